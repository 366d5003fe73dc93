"""Session 33 round 2, coder outflow: the disclosure form's answers told after what was
received (issue 9), each rule with its own examples.

The answers (numbers.toml ``clauses.form-answers``: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理,
其他处理) each go to one application: a run of them after the received figure — in its
statement or, the received figure opening its statement, in the next ones of the paragraph —
adding up to more than it is a warning (N101; an application of the year before, unsaid, may
be answered this year). A carry-in told, a shortfall, or a set named as a scope between stay
quiet.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [
        (r.code, r.severity)
        for r in contradictions(analyze_text(text, year))
        if r.code.startswith("N1")
    ]


def test_answers_in_a_later_statement_above_received_warn() -> None:
    text = (
        "本年度我局共收到政府信息公开申请5件，均在法定期限内办理完毕。申请人均为自然人。"
        "经审查，予以公开3件，部分公开1件，不予公开2件。"
    )
    assert _found(text) == [("N101", Severity.WARNING)], _found(text)
    twin = text.replace("不予公开2件", "不予公开1件")
    assert not _found(twin), _found(twin)


def test_answers_split_across_statements_warn() -> None:
    text = "全年共收到申请8件，其中予以公开6件，均按时答复。无法提供3件，因本机关不掌握该信息。"
    assert _found(text) == [("N101", Severity.WARNING)], _found(text)
    twin = text.replace("无法提供3件", "无法提供2件")
    assert not _found(twin), _found(twin)


def test_answers_with_a_carry_in_told_are_quiet() -> None:
    text = "全年新收到政府信息公开申请6件，另有上年结转申请2件。经审查，予以公开5件，无法提供3件。"
    assert not _found(text), _found(text)


def test_answers_falling_short_are_quiet() -> None:
    text = "全年收到政府信息公开申请9件。经审查，予以公开4件，无法提供2件。"
    assert not _found(text), _found(text)


def test_answers_after_a_part_of_the_received_are_not_its_own() -> None:
    # the 5 received by the city government are a part of the 20: the answers are of all 20
    text = (
        "全年共收到政府信息公开申请20件，其中市政府办公室收到5件。"
        "经审查，予以公开10件，部分公开6件，无法提供4件。"
    )
    assert not _found(text), _found(text)


def test_answers_under_a_named_scope_are_quiet() -> None:
    # (N107 reads the pair 予以公开/不予公开 as one decision's two results, a warning of its own)
    text = "全年共收到政府信息公开申请4件。复议案件中，予以公开3件，无法提供2件。"
    assert not _found(text), _found(text)
