"""Session 23's warm shortcuts (issue 12) give what the long way gave: each gate is compared with
the ungated rule on random inputs."""

from __future__ import annotations

import random

import pytest
from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import magnitude

# words of stocks, areas, populations and what is done to them, and marks
_BASE_WORDS = [
    "全县",
    "全市",
    "辖区内",
    "共有",
    "现有",
    "下辖",
    "在编在岗",
    "总数",
    "行政村",
    "社区",
    "街道",
    "学校",
    "企业",
    "常住人口",
    "人口",
    "开展",
    "走访",
    "检查",
    "服务",
    "实现",
    "全覆盖",
    "均已",
    "全部",
    "其中",
    "约",
    "（",
    "）",
    "的",
]
_FIGURES = ["12", "58", "214", "1.3万", "9800"]
_UNITS = ["个", "所", "家", "户", "人", "人次", "名"]


def _paragraph(rng: random.Random) -> str:
    """Clauses of a few words, a figure and its unit (a base, a figure it bounds, or neither)."""
    clauses = []
    for _ in range(rng.randint(1, 6)):
        words = "".join(rng.choices(_BASE_WORDS, k=rng.randint(0, 4)))
        tail = "".join(rng.choices(_BASE_WORDS, k=rng.randint(0, 2)))
        clauses.append(words + rng.choice(_FIGURES) + rng.choice(_UNITS) + tail)
        clauses.append(rng.choice("，，、。"))
    return "".join(clauses)


class _Every:
    """A set of characters that meets every clause: :func:`magnitude._bases` ungated."""

    def isdisjoint(self, other: object) -> bool:
        return False


def test_bases_gate_keeps_every_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = load_lexicon()
    rng = random.Random(23001)
    cases = []
    for _ in range(draws(3000)):
        text = _paragraph(rng)
        bq = extract(text, 0, lex)
        cases.append((text, bq, magnitude._bases(bq, lex)))
    monkeypatch.setattr(magnitude, "_BASE_CHARS", _Every())
    found = 0
    for text, _, got in cases:
        bq = extract(text, 0, lex)  # afresh: no answer kept with the gated figures
        assert got == magnitude._bases(bq, lex), text
        found += bool(got)
    assert found  # the inputs reach the rule's findings
