"""Session 21 (s21-parts): whole and parts read where the reading failed before.

* parts of other dimensions may overlap, but the two sides of one split by nature among them
  (简易程序/普通程序: numbers.toml ``clauses.exhaustive``) never do: alone they are at most the
  whole (``_split_by_nature_within``);
* after parts that add up to the whole, parts naming steps some of its cases also went through
  (听证, 强制执行: ``clauses.case-steps``) or a combinable penalty (没收违法所得) class the same
  cases again, no more parts of the first split (``_second_split``);
* in a list of measured nouns (「19个…批准的较大的市和47个…」) a verb inside the noun of the
  item before is no flow stage of the next figure (``_noun_of_item_before``);
* a bracket of named parts parted by commas restates its figure as 、 does (``_bare_breakdown``);
* a whole in a kindred unit of its parts' (8份申请 / 2件, 501条信息 / 370篇: ``units.kin``) is
  the whole of a 其中 list (``_kin_whole``); a last part named 其他 is never nested;
* 分布情况为 / 构成为 open a complete list; after a semicolon, the whole's verb and object said
  again (公开…信息) is the same action elsewhere, not one more part (``_repeats_action``);
* numbers grouped in threes by a space (3 111件) are one number (quantities.py).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.quantities import extract


def _codes(text: str, year: int = 2024) -> list[str]:
    return [code for code, _ in findings(text, year) if code in ("N101", "N102")]


def _messages(text: str, year: int = 2024) -> str:
    return "\n".join(m for code, m in findings(text, year) if code in ("N101", "N102"))


@pytest.mark.parametrize(
    ("text", "code", "figures"),
    [
        # 简易 75 + 普通 160 = 235 > 230; 涉企 42 is of another dimension (may overlap)
        (
            "全年立案查处违法案件230件（其中简易程序75件，普通程序160件、涉企案件42件），"
            "罚没款48.6万元。",
            "N101",
            ("235件", "230件"),
        ),
        # 线上 812 + 线下 440 = 1252 > 1240; 涉企 96 may overlap either
        (
            "受理法律咨询1240件，其中线上812件、线下440件、涉企咨询96件。",
            "N101",
            ("1252件", "1240件"),
        ),
        # 3+12+5+9+22 = 51 > 50: the verb 认定 is in the noun of the item before 22
        (
            "本次检查对象为50个单位，包括3个市直部门、12个乡镇、5个街道、9个经认定的重点企业和"
            "22个随机抽取的村（社区）。",
            "N101",
            ("51个", "50个"),
        ),
        # 1305 + 6270 = 7575 != 7620 (a bracket of named parts, parted by a comma)
        (
            "全年办理公证事项7620件（国内公证1305件，涉外公证6270件），未发生错证。",
            "N102",
            ("7575件", "7620件"),
        ),
        # 4+3+2+2+1 = 12 > 11: a whole in 份, its parts in 件, the last part 其他
        (
            "全年共收到11份政府信息公开申请。其中，予以公开4件，部分公开3件，信息不存在2件，"
            "不属于本机关职责2件，其他1件。无上年结转及下年度结转。",
            "N101",
            ("12件", "11份"),
        ),
        # 210+61+45 = 316 > 309: 条 and 篇 count one thing
        (
            "在门户网站主动公开信息309条，其中工作动态210篇，通知公告61篇，政策解读45篇。",
            "N101",
            ("316篇", "309条"),
        ),
        # 88+40+9+17 = 154 != 160: 分布情况为 makes the list complete; the semicolon ends it
        (
            "在区政府网站主动公开政府信息160条，分布情况为：工作动态88条，通知公告40条，"
            "规划计划9条，财政信息17条；政务微信公开信息530条。",
            "N102",
            ("154条", "160条"),
        ),
        # 1 206 + 689 = 1895 > 1 870 (numbers grouped by a space)
        (
            "全年共受理行政复议案件1 870件，其中适用普通程序1 206件、适用简易程序689件。",
            "N101",
            ("1895件", "870件"),
        ),
    ],
)
def test_parts_read_now(text: str, code: str, figures: tuple[str, ...]) -> None:
    assert code in _codes(text)
    message = _messages(text)
    for figure in figures:
        assert figure in message


@pytest.mark.parametrize(
    "text",
    [
        # 110 + 280 = 390: the split by nature adds up; 立案撤销 is of another dimension
        "全年立案查处390件（其中简易程序110件，普通程序280件、立案撤销8件），执结率87.5%。",
        # 52+186 = 238; 没收/听证/强制执行 are what some of those cases also had
        "实施行政处罚案件238件，其中警告52件，罚款186件，没收违法所得9件，听证案件14件，"
        "强制执行6件。",
        # 6+20+4 = 30
        "本机关网站发布信息30条，其中机构信息6条，通知公告20条，人事信息4条。",
        # 3+12+5+9+21 = 50
        "本次检查对象为50个单位，包括3个市直部门、12个乡镇、5个街道、9个经认定的重点企业和"
        "21个随机抽取的村（社区）。",
        # 1305 + 6315 = 7620
        "全年办理公证事项7620件（国内公证1305件，涉外公证6315件），未发生错证。",
        # 320 of 4 named notable parts: a bracket leaving out more than its largest part
        "开展执法检查320次（联合检查45次，夜查28次），发现问题112个。",
        # 4+3+1+2+1 = 11
        "全年共收到11份政府信息公开申请。其中，予以公开4件，部分公开3件，信息不存在1件，"
        "不属于本机关职责2件，其他1件。无上年结转及下年度结转。",
        # 88+40+9+23 = 160; 530 and 612 are other channels after the semicolon
        "在区政府网站主动公开政府信息160条，分布情况为：工作动态88条，通知公告40条，"
        "规划计划9条，财政信息23条；政务微信公开信息530条、政务微博公开信息612条。",
        # 1 181 + 689 = 1 870
        "全年共受理行政复议案件1 870件，其中适用普通程序1 181件、适用简易程序689件。",
        # a partial list of three parts (6+20+3 = 29 < 35): no completeness claimed
        "全年发布信息35条，其中工作动态6条，通知公告20条，人事信息3条。",
    ],
)
def test_consistent_stays_quiet(text: str) -> None:
    assert _codes(text) == []


def test_space_grouped_number_is_one_figure() -> None:
    values = [q.value for q in extract("城建案件收1 002件，共12 345人次。").quantities]
    assert values == [1002, 12345]


def test_chance_prefix_is_no_second_split() -> None:
    # 6+20+4 = 30 adds up by chance; 信息公开指南 and 年报 are more kinds of information, not
    # steps some items also went through: 6+20+4+1+1 = 32 > 30
    text = (
        "本机关网站发布信息30条，其中机构信息6条，通知公告20条，人事信息4条，信息公开指南1条，"
        "信息公开年报1条。"
    )
    assert "N101" in _codes(text)
