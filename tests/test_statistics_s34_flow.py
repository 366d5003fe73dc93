"""Session 34, coder flow: the open part and the carried-in part of an information-disclosure
year read in more of their wordings (issue 9), each rule with its own examples.

1. 「在办结的N件申请中」 names the concluded set by the preposition 在: it holds no pending word
   在办, so the figure is the concluded one, not the part still open.
2. 「另外N件…顺延到下年度」 opens the open rest as 另/另有 do.
3. A rest carried on by a bare 转 (「剩余6件转下年度办理」「剩余6件转2025年办理」) is the open
   part; the handled figure before it is then no caseload sum of new + carried in.
4. A year before the text's with 转办/转入 (「以及2023年转办申请3件」) is the stock carried in.
"""

from __future__ import annotations

from relation_helpers import found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def _flow(text: str, year: int = 2024) -> list[tuple[str, Severity | None, str]]:
    return [f for f in _found(text, year) if f[0] in ("N101", "N102", "N107")]


# 1. 在办结的 is the concluded set
def test_concluded_set_named_with_zai_is_not_open() -> None:
    text = (
        "全年共受理政府信息公开申请12件，在办结的9件申请中，予以公开6件，不予公开3件，"
        "3件结转下年度继续办理。"
    )
    assert not _flow(text), _found(text)


def test_concluded_set_named_with_zai_and_open_part_exceed_intake() -> None:
    text = (
        "全年共受理政府信息公开申请11件，在办结的9件申请中，予以公开6件，不予公开3件，"
        "3件结转下年度继续办理。"
    )
    flows = _flow(text)
    assert any(
        s is Severity.ERROR and "9件" in m and "3件" in m and "12件" in m and "11件" in m
        for _, s, m in flows
    ), flows


# 2. 另外 opens the open rest
def test_another_rest_postponed_beyond_intake() -> None:
    text = "2024年，全县共受理依申请公开200件，已办结190件，另外15件申请依法顺延到下年度答复。"
    flows = _flow(text)
    assert any("190件" in m and "15件" in m and "205件" in m and "200件" in m for _, _, m in flows)


def test_another_rest_postponed_within_intake() -> None:
    text = "2024年，全县共受理依申请公开200件，已办结190件，另外10件申请依法顺延到下年度答复。"
    assert not _flow(text), _found(text)


# 3. a rest carried on by a bare 转
def test_rest_carried_on_by_bare_zhuan_balances() -> None:
    for tail in ("剩余4件转下年度办理。", "剩余4件转2025年办理。"):
        text = f"2024年，共收到申请57件，上年结转申请2件，全年共办理申请55件，{tail}"
        assert not [f for f in found(text, 2024) if f[0].startswith("N1")], _found(text)


def test_rest_carried_on_by_bare_zhuan_unbalanced() -> None:
    for tail in ("剩余6件转下年度办理。", "剩余6件转2025年办理。"):
        text = f"2024年，共收到申请57件，上年结转申请2件，全年共办理申请55件，{tail}"
        flows = _flow(text)
        assert any(c == "N102" and "59件" in m and "61件" in m for c, _, m in flows), flows


def test_rest_carried_into_the_same_year_is_not_open() -> None:
    text = "2024年，共收到申请57件，全年共办理申请51件，剩余6件转2024年第四季度办理。"
    assert not any(f[1] is Severity.ERROR for f in _flow(text)), _found(text)


# 4. a year before with 转办 carries in
def test_year_before_forwarded_is_carried_in() -> None:
    text = "2024年，共收到申请40件以及2023年转办申请3件，全年共办结申请38件，剩余5件转2025年办理。"
    assert not _flow(text), _found(text)


def test_year_before_forwarded_unbalanced() -> None:
    text = "2024年，共收到申请40件以及2023年转办申请3件，全年共办结申请38件，剩余7件转2025年办理。"
    flows = _flow(text)
    assert any(c == "N102" and "43件" in m and "45件" in m for c, _, m in flows), flows


def test_same_year_forwarded_is_no_carry() -> None:
    text = "2024年，共收到申请40件，2024年转办申请3件，全年共办结申请38件，剩余2件转2025年办理。"
    assert not [f for f in _flow(text) if f[0] == "N102"], _found(text)
