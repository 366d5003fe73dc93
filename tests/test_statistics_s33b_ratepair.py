"""Session 33b, coder ratepair: a rate read over the wrong pair of figures (issue 9).

1. A share whose subject's telling characters (those its named whole lacks) are in the base's
   words and in none of the numerator's is read backwards: no reading of it, or — when the
   numerator holds the whole the share names — the reading turned round, a warning at most.
2. A pair that gives another rate told right beside the one judged (no figure between them)
   is that rate's pair, no reading of the first.
3. A generic rate (落实率) whose full name says what it counts before the generic word, read by
   position over a figure sharing none of those characters beyond what the figures before it
   share, is a guess: a warning.
"""

from __future__ import annotations

from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


# 1. the share's subject names the base read
def test_share_subject_naming_the_base_is_no_reading() -> None:
    text = (
        "年末全县户籍人口52万人。其中城区户籍人口31万人，农村户籍人口21万人，"
        "城区人口占全县户籍人口比重为59.6%。"
    )
    assert not findings(text, 2024, ("N104",)), _found(text)


def test_share_subject_with_wrong_share_is_still_found() -> None:
    text = (
        "年末全县户籍人口52万人。其中城区户籍人口31万人，农村户籍人口21万人，"
        "城区人口占全县户籍人口比重为52.6%。"
    )
    assert any(c == "N104" for c, _ in _found(text)), _found(text)


# 2. the pair is the rate's told right beside it
def test_pair_of_the_rate_beside_is_no_reading() -> None:
    text = "全年共受理并调处邻里纠纷520件，调解成功507件，纠纷调处率100%，调成率97.5%。"
    assert not findings(text, 2024, ("N104",)), _found(text)


def test_rate_beside_with_wrong_value_is_found_at_error() -> None:
    text = "全年共受理并调处邻里纠纷520件，调解成功507件，纠纷调处率100%，调成率95.5%。"
    assert ("N104", Severity.ERROR) in _found(text), _found(text)


def test_shares_each_with_own_figure_keep_their_error() -> None:
    text = "全县共有网格员2.4万人，其中城区网格员1.1万人，占54%，农村网格员1.3万人，占46%。"
    assert ("N104", Severity.ERROR) in _found(text), _found(text)


# 3. a generic rate whose full name names another thing than the figure before it
def test_generic_rate_naming_another_thing_is_a_warning() -> None:
    text = (
        "截至6月底，全市城镇新增就业8.2万人，失业人员再就业3.35万人，困难人员再就业1.2万人。"
        "高校毕业生去向落实率52.3%，较去年同期提高3个百分点。"
    )
    found = _found(text)
    assert ("N104", Severity.ERROR) not in found, found


def test_generic_rate_naming_its_figure_stays_an_error() -> None:
    text = "全年应开展执法检查120家，已开展执法检查96家，执法检查落实率90%。"
    assert ("N104", Severity.ERROR) in _found(text), _found(text)
