"""Session 33, coder quiet: fewer false errors (issue 9), each rule with its own examples.

1. A share that names its whole by a noun (占任务数的, 占考核目标的) read over a base whose own
   words lack that noun's telling characters (年初预算数…) is a reading the text allows, not
   one it forces — each part may have a target of its own left unsaid: a warning at most; the
   same share naming the base's own noun stays an error.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


def test_share_of_a_whole_the_base_does_not_name_is_warning() -> None:
    text = (
        "上半年全县非税收入完成8000万元，占年初预算数20000万元的40.0%。其中教育收费完成3000万元，"
        "占任务数的45.0%；罚没收入完成5000万元，占任务数的38.0%。"
    )
    found = _found(text)
    assert ("N104", Severity.ERROR) not in found, found
    assert ("N104", Severity.WARNING) in found, found


def test_share_of_the_named_whole_is_still_an_error() -> None:
    text = "全县非税收入20000万元，其中教育收费完成3000万元，占非税收入的25.0%。"
    assert ("N104", Severity.ERROR) in _found(text), _found(text)


def test_share_of_the_named_whole_that_fits_is_quiet() -> None:
    text = "全县非税收入20000万元，其中教育收费完成3000万元，占非税收入的15.0%。"
    assert not [f for f in _found(text) if f[0] == "N104"], _found(text)
