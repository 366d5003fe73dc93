"""Session 35, coder flow: a clause saying all of what came in was concluded bounds what the
same statement tells after it (issue 9).

1. 「收到申请N件，已全部办结，结转下年度继续办理M件」: all concluded leaves nothing to carry into
   the next year, so a carried-out figure above nought contradicts the clause of all — however
   long the adverbials between the word of all and the verb (「均严格按照规定时间、规范格式予以
   答复」). Silent when the carried-out figure is nought, when the clause of all is of a rest
   (其余…均已答复), or when the text counts a carry-in (the cases carried on may be those).
2. 「排查纠纷N起，全部调处化解；…对化解的纠纷…回访M起」: what was sought out to be settled (an
   intake verb of numbers.toml ``clauses.intake-verbs``), said all settled, bounds a count of the
   settled the same statement makes — also when no figure of the paragraph has a stage verb.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def _flow(text: str, year: int = 2024) -> list[tuple[str, Severity | None, str]]:
    return [f for f in _found(text, year) if f[0] in ("N101", "N102", "N107")]


def test_all_concluded_yet_carried_into_next_year() -> None:
    text = "全年区政府受理行政复议申请40件，已全部审结，结转下年度继续审理3件。"
    flows = _flow(text)
    assert any(
        s is Severity.ERROR and "40件" in m and "3件" in m and "已全部审结" in m
        for _, s, m in flows
    ), flows


def test_all_answered_with_long_adverbials_yet_carried() -> None:
    text = "本年度我局共收到政府信息公开申请6件，均依照法定程序、在规定时限内予以答复，结转下年度继续办理2件。"
    flows = _flow(text)
    assert any(s is Severity.ERROR and "6件" in m and "2件" in m for _, s, m in flows), flows


def test_all_concluded_nothing_carried_is_silent() -> None:
    text = "本年度我局共收到政府信息公开申请6件，均依照法定程序、在规定时限内予以答复，结转下年度继续办理0件。"
    assert not _flow(text), _found(text)


def test_rest_all_concluded_with_carry_is_silent() -> None:
    text = "全年共受理政府信息公开申请15件，其余均已按期答复，结转下年度继续办理2件。"
    assert not _flow(text), _found(text)


def test_carry_in_told_leaves_the_carried_out_alone() -> None:
    text = "全年共收到政府信息公开申请15件（含上年结转3件），均已办结，结转下年度继续办理2件。"
    assert not _flow(text), _found(text)


def test_carried_out_in_the_next_statement_is_silent() -> None:
    text = "全年受理行政复议申请40件，已全部审结。另有上年度未审结的案件结转下年度继续审理3件。"
    assert not _flow(text), _found(text)


# 2. what was sought out to be settled (排查), said all settled (全部调处化解), bounds a count of
#    the settled ones the same statement makes after 对化解的… (no figure of a stage verb at all)
def test_count_of_the_settled_above_what_was_sought_out() -> None:
    text = (
        "各社区全年排查邻里纠纷240起，全部调处化解；街道司法所对化解的纠纷开展回访，回访纠纷251起。"
    )
    flows = _flow(text)
    assert any(s is Severity.ERROR and "240起" in m and "251起" in m for _, s, m in flows), flows


def test_count_of_the_settled_within_what_was_sought_out_is_silent() -> None:
    text = (
        "各社区全年排查邻里纠纷240起，全部调处化解；街道司法所对化解的纠纷开展回访，回访纠纷236起。"
    )
    assert not _flow(text), _found(text)


def test_sought_out_not_all_settled_is_silent() -> None:
    text = "各社区全年排查邻里纠纷240起，调处化解231起；街道司法所对化解的纠纷开展回访，回访纠纷251起次。"
    assert not [f for f in _flow(text) if "240起" in f[2] and "251" in f[2]], _found(text)
