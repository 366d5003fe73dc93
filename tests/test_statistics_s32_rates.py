"""Session 32, coder rates: a rate whose name names its own numerator and denominator (issue 9).

1. A rate named by its whole's noun and its part's stem (「常住人口城镇化率」 = 城镇人口 ÷
   常住人口, 「户籍人口城镇化率」 = 城镇人口 ÷ 户籍人口) against the two figures so named before
   it (ratios ``named_pair_rate_relations``): an error when the name ties it to one pair that
   does not fit, nothing when a pair fits.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, codes: tuple[str, ...] = ("N104",)) -> list[tuple[str, Severity | None]]:
    return [
        (r.code, r.severity) for r in contradictions(analyze_text(text, 2024)) if r.code in codes
    ]


def _messages(text: str) -> list[str]:
    return [r.message for r in contradictions(analyze_text(text, 2024)) if r.code == "N104"]


# 1. a rate named by its whole and its part
def test_rate_named_by_whole_and_part_stem() -> None:
    text = (
        "年末全市常住人口312.5万人，比上年末增加1.2万人。其中，城镇人口201.6万人，"
        "乡村人口110.9万人；常住人口城镇化率为66.5%，比上年末提高0.9个百分点。"
    )
    assert _found(text) == [("N104", Severity.ERROR)], _messages(text)
    assert any("201.6万÷312.5万＝64.5%" in m for m in _messages(text))
    twin = text.replace("66.5%", "64.5%")
    assert _found(twin) == [], _messages(twin)


def test_rate_named_whole_picks_its_own_register() -> None:
    # two registers, each with its 城镇 part: the name (户籍人口) ties the rate to one
    text = (
        "年末全县常住人口48.20万人，其中城镇人口26.30万人。年末户籍人口55.10万人，"
        "其中城镇人口22.40万人，乡村人口32.70万人，户籍人口城镇化率为45.2%。"
    )
    assert _found(text) == [("N104", Severity.ERROR)], _messages(text)
    assert any("22.40万÷55.10万＝40.7%" in m for m in _messages(text))
    twin = text.replace("45.2%", "40.7%")
    assert _found(twin) == [], _messages(twin)


def test_part_repeating_the_whole_name() -> None:
    text = "年末全区常住人口860.4万人，其中城镇常住人口512.3万人，常住人口城镇化率为61.5%。"
    assert _found(text) == [("N104", Severity.ERROR)], _messages(text)
    twin = text.replace("61.5%", "59.5%")
    assert _found(twin) == [], _messages(twin)


def test_negated_part_is_not_the_stem() -> None:
    # 不合格案卷 is no 合格案卷: the name ties the rate to no pair of its own
    text = "共评查执法案卷240卷，发现不合格案卷12卷，已全部退回补正，全局执法案卷合格率为95%。"
    assert not any("名称所指" in m for m in _messages(text))


# 2. a target named inline in brackets
def test_target_in_brackets_after_a_change_of_the_figure() -> None:
    text = (
        "1-9月，全县固定资产投资累计完成62.40亿元，同比增长5.3%，完成年度目标（85.0亿元）的70.4%。"
    )
    assert _found(text) == [("N104", Severity.ERROR)], _messages(text)
    assert any("62.40亿÷85.0亿＝73.4%" in m or "62.4亿÷85亿" in m for m in _messages(text))
    twin = text.replace("70.4%", "73.4%")
    assert _found(twin) == [], _messages(twin)


def test_target_in_brackets_without_de() -> None:
    text = "全年完成非税收入2480万元，完成预期目标（2000万元）128.0%，比上年增长6.1%。"
    assert _found(text) == [("N104", Severity.ERROR)], _messages(text)
    twin = text.replace("128.0%", "124.0%")
    assert _found(twin) == [], _messages(twin)
