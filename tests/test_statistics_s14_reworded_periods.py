"""Session 14 (s14-misc2): a part of the year and the whole year counting one thing named in
other words, in one paragraph (relations/periods.py ``_reworded``; a warning): the whole's
thing without a light verb closing the part's (「1—6月，县人民政府作为被告的行政应诉案件73件」 /
「全年县人民政府共办理行政应诉案件68件」), or object and act in the other order (「执法人员…
轮训1200人次」 / 「累计轮训执法人员1050人次」). A word of its own in either names another thing.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

PART_ABOVE_YEAR = [
    # 790 < 860
    "截至6月底，已完成全区网格员法律知识轮训860人次；截至年底，累计轮训网格员790人次。",
    # 55 < 58
    "1—6月，区人民政府作为被告的行政应诉案件58件；全年区人民政府共办理行政应诉案件55件。",
    # 68 < 73
    "1—6月，县人民政府作为被告的行政应诉案件73件，均按期答辩。全年县人民政府共办理行政应诉案件68件。",
    # 1180 < 1240
    "前三季度，全市完成企业合规指导培训1,240家次；全年累计培训指导企业1,180家次。",
    # 298 < 316
    "截至9月底，已开展农民工欠薪投诉调处316件；截至年底，累计调处农民工欠薪投诉298件。",
    # 510 < 530
    "上半年，完成食品经营许可现场核查530户次；全年累计现场核查食品经营许可510户次。",
    # 610 < 640
    "截至6月底，已完成全县村居法律顾问业务轮训640人次；截至年底，累计轮训村居法律顾问610人次。",
    # 960 < 1020
    "截至6月底，已开展法律明白人骨干培训1,020人次；截至年底，累计培训法律明白人骨干960人次。",
]

NOT_BELOW = [
    # other trainings (全县执法人员轮训 / 新任执法人员岗前培训)
    "截至2024年6月底，已组织全县行政执法人员专业法律知识轮训960人次；截至年底，累计组织新任执法人员岗前培训310人次。",
    # 1540 ≥ 860
    "截至6月底，已开展执法人员轮训860人次；截至年底，累计轮训执法人员1,540人次。",
    # other bodies (区人民政府 / 区司法局)
    "上半年，区人民政府作为被申请人的行政复议案件52件；全年区司法局共办理行政复议案件47件。",
    # 136 ≥ 73
    "1—6月，县人民政府作为被告的行政应诉案件73件；全年县人民政府共办理行政应诉案件136件，败诉2件。",
    # 1010 ≥ 530
    "上半年，完成食品经营许可现场核查530户次；全年累计现场核查食品经营许可1,010户次。",
    # 402 ≥ 316
    "截至9月底，已开展农民工欠薪投诉调处316件；截至年底，累计调处农民工欠薪投诉402件。",
    # 培训 / 整改: other acts
    "前三季度，全市完成企业合规指导培训1,240家次；全年累计指导企业合规整改1,180家次。",
    # 行政应诉 / 行政复议: other cases
    "上半年，县人民政府作为被告的行政应诉案件40件；全年县人民政府共办理行政复议案件36件。",
]


@pytest.mark.parametrize("text", PART_ABOVE_YEAR)
def test_a_part_of_the_year_above_the_year_in_other_words(text: str) -> None:
    assert findings(text, codes=("N302",))


@pytest.mark.parametrize("text", NOT_BELOW)
def test_other_things_or_a_year_that_holds_its_part(text: str) -> None:
    assert not findings(text, codes=("N302",))
