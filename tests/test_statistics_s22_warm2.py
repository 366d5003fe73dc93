"""Session 22's second warm gate (issue 12): decisions.py reads a block only where 被 or 不
opens a clause that ends at a figure — compared with the ungated rule on random inputs."""

from __future__ import annotations

import random

import pytest
from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import decisions

# a clause: a lead, words, a figure and its unit; clauses joined by marks
_LEADS = ["", "", "其中", "共", "已", " ", "经审查，"]
_WORDS = ["逮捕", "批准逮捕", "不捕", "不批捕", "准予许可", "不予许可", "提出建议", "被采纳", "被"]
_WORDS += ["不", "不断提升", "受理", "收到", "审结", "上年结转", "依法不予受理", "案件", ""]
_FIGURES = ["25", "27", "79", "16", "120", "7206", "7620", "3"]
_UNITS = ["件", "件", "人", "条"]
_MARKS = ["，", "，", "。", "；", "、", ""]


def _text(rng: random.Random) -> str:
    clauses = []
    for _ in range(rng.randint(1, 6)):
        words = "".join(rng.choices(_WORDS, k=rng.randint(1, 2)))
        figure = rng.choice(_FIGURES) + rng.choice(_UNITS) if rng.random() < 0.85 else ""
        clauses.append(rng.choice(_LEADS) + words + figure + rng.choice(_MARKS))
    return "".join(clauses)


def test_the_clause_gate_keeps_every_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = load_lexicon()
    rng = random.Random(22201)
    blocks = [extract(_text(rng), 0, lex) for _ in range(draws(4000))]
    gated = [decisions.decision_relations(bq, lex) for bq in blocks]
    monkeypatch.setattr(decisions, "_opens_a_figure_clause", lambda *args: True)
    assert gated == [decisions.decision_relations(bq, lex) for bq in blocks]
    # the inputs reach the rule's findings (> 20; a quarter of the inputs in the lane: scaled)
    assert sum(map(bool, gated)) >= draws(21)


def test_the_clause_gate_by_hand() -> None:
    def opens(text: str, word: str) -> bool:
        bq = extract(text, 0, load_lexicon())
        return decisions._opens_a_figure_clause(text, word, [q.num_start for q in bq.quantities])

    assert opens("经审查，共逮捕25人，不捕27人。", "不")
    assert opens("提出建议7206条，其中已被采纳7620条。", "被")
    assert not opens("受理案件57件，不断提升办案质量。", "不")
    assert not opens("受理案件57件，依法不予受理3件。", "不")  # 不 inside the clause
