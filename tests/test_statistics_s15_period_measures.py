"""A whole year's figure against a part of the year's (N302) only for one measure (session 15,
s15-nouns). Session 14 reported false N302 warnings between different measures (上半年食品
经营许可 / 全年药品经营许可, 上半年欠薪投诉 / 全年劳动争议投诉); these shapes were not
reproduced on the branch's base (relations/periods.py ``_same_measure`` already compares the
nouns by ``same_thing``), so they stand here as traps, beside true contradictions of the same
shapes — the same measure, some with a shortened noun.

Every sentence is written for these tests; each verdict derived by hand, the comparison in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

WRONG = [
    # 全年 1,215 < 上半年 1,380, food licences both
    "上半年，区市场监督管理局受理食品经营许可申请1,380件；全年共受理食品经营许可申请1,215件。",
    # 全年 287 < 上半年 312 欠薪投诉
    "上半年，县劳动保障监察大队受理欠薪投诉312件；全年受理欠薪投诉287件，结案率98.3%。",
    # 全年 398 < 上半年 415: 仲裁案件 shortens 劳动争议仲裁案件
    "上半年，市仲裁院办理劳动争议仲裁案件415件；全年办理仲裁案件398件，结案率97.5%。",
    # 全年 428 < 1至6月 436 drug licences
    "1至6月办结药品经营许可436件，全年办结药品经营许可428件。",
    # 全年 88 < 上半年 96 违法建设案件
    "上半年查处违法建设案件96件；全年查处违法建设案件88件，拆除违法建筑1.2万平方米。",
    # 全年 1,098 < 前三季度 1,145 inspections
    "前三季度开展安全生产执法检查1,145家次；全年共开展安全生产执法检查1,098家次。",
    # 全年 198 < 1至9月 214 涉税投诉
    "1至9月受理涉税投诉214件，全年受理涉税投诉198件，满意率98.6%。",
    # 全年 52 < 第三季度 61: one kind of a list of kinds (无证经营 of 无证经营、超范围经营等领域)
    "全年查处无证经营、超范围经营等领域违法案件52件。第三季度开展专项整治，仅该季度就查处无证经营"
    "违法案件61件。",
    # 全年 152 < 第一季度 167 disputes
    "第一季度调处矛盾纠纷167起，调解成功率96.4%；全年共调处矛盾纠纷152起。",
]

RIGHT = [
    # food 1,160 in the first half, drug 428 in the year
    "上半年，县市场监督管理局办结食品经营许可1,160件；全年办结药品经营许可428件。",
    # 欠薪投诉 236, 劳动争议投诉 184: different kinds of 投诉
    "上半年受理欠薪投诉236件；全年受理劳动争议投诉184件。",
    "上半年，区劳动保障监察大队共受理欠薪投诉236件，全部办结。全年共受理劳动争议投诉184件，办结180件。",
    # licences as certificates
    "上半年共核发食品经营许可证1,160张，全年核发药品经营许可证428张。",
    # 食品安全案件 96, 药品安全案件 88
    "上半年查处食品安全案件96件，全年查处药品安全案件88件。",
    # 违法建设 96, 占道经营 88
    "上半年，查处违法建设案件96件；全年查处占道经营案件88件。",
    # 社会保险待遇投诉 184, 欠薪投诉 236
    "上半年，区劳动保障监察大队受理欠薪投诉236件；全年受理社会保险待遇投诉184件、劳动合同投诉97件。",
    # 违法建设 96 in 1至6月, 市容环境卫生 88 in the year
    "1至6月，区综合行政执法局查处违法建设案件96件；全年查处市容环境卫生案件88件、占道经营案件142件。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_whole_year_below_its_part_is_found(text: str) -> None:
    assert [c for c, _ in findings(text, 2024, ("N302",))] == ["N302"], text


@pytest.mark.parametrize("text", RIGHT)
def test_other_measures_of_the_periods_are_silent(text: str) -> None:
    assert not findings(text, 2024, ("N302",)), text
