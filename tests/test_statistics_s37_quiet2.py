"""Session 37, coder quiet2: a rate named for one kind of a base told as every kind (N104).

Round 1 made such a rate a warning (受理各类案件…办结…审判执行案件结案率: the name may be of
one kind of the whole). When the sentence states the numerator as a part of that very base — a
其中 / 中有 / 的有 link in the numerator's own clause — the pairing is stated, not assumed: the
name's subject (网上办理率) is the part's words told otherwise, and a mismatch stays an error.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str = "N104") -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, 2024)) if r.code == code
    ]


AMONG = "全年共受理各类行政许可申请5200件，其中通过手机端和自助终端办理4680件，网上办理率达{r}%。"


def test_a_part_stated_with_qizhong_of_every_kind_is_an_error() -> None:
    found = _found(AMONG.format(r="95.0"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    message = found[0][1]
    assert "4680÷5200＝90%" in message and "网上办理率95.0%" in message, message
    assert "推断" not in message, message


def test_the_stated_part_that_fits_is_quiet() -> None:
    assert not _found(AMONG.format(r="90.0"))


def test_a_part_stated_with_zhong_you_is_an_error() -> None:
    text = "全年办理的各类政务服务事项5200件中有4680件通过手机端和自助终端办理，网上办理率达95.0%。"
    found = _found(text)
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "4680÷5200＝90%" in found[0][1], found


def test_every_kind_without_a_stated_link_is_still_a_warning() -> None:
    text = "全年共办理各类政务服务事项5200件，办结5050件，窗口事项办结率达98.5%。"
    found = _found(text)
    assert [s for s, _ in found] == [Severity.WARNING], found
    message = found[0][1]
    assert "5050÷5200＝97.1%" in message and "98.5%" in message and "推断" in message, message


def test_a_qizhong_of_another_part_links_not_the_numerator() -> None:
    # (其中 opens the clause of 企业申请800件; 办结5050件 is told on its own: still assumed)
    text = (
        "全年共受理各类行政许可申请5200件，其中企业申请800件，办结5050件，窗口事项办结率达98.5%。"
    )
    found = _found(text)
    assert [s for s, _ in found] == [Severity.WARNING], found
    assert "5050÷5200＝97.1%" in found[0][1], found
