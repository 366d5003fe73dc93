"""Session 28's warm shortcuts in extraction (issue 12) give what the long way gave, compared on
random texts and on the case texts of read sets: the compared-clause test returns at once
without a closing bracket in its window, the approximation words after a unit are tried only
after one of their first characters, the year patterns only at runs of four digits and the
month, day and clock patterns at runs of one or two, and each figure's words are filled into
the new figure ``_build`` made (no other figure shares it)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import tomllib
from draws import draws

from fazhi_lint.analysis import quantities
from fazhi_lint.analysis.quantities import (
    DIGIT_RUN_PATTERNS,
    Quantity,
    at_digit_runs,
    digit_runs_by_length,
    extract,
    load_lexicon,
)

_SETS = Path(__file__).resolve().parents[1] / "fixtures" / "statistics"
_PIECES = (
    "受理",
    "办结",
    "行政复议案件",
    "较上年",
    "增加",
    "增长",
    "（",
    "）",
    "(",
    ")",
    "，",
    "。",
    "、",
    "：",
    ":",
    "年",
    "月",
    "日",
    "号",
    "至",
    "—",
    "-",
    ".",
    "/",
    "件",
    "人",
    "万元",
    "%",
    "以上",
    "左右",
    "上下",
    "以下",
    "以内",
    "多",
    "许",
    "有余",
    "余",
    "约",
    "近",
    "二〇二三",
    " ",
    "份",
    "时",
    "同比",
    "其中",
)


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(3, 24)):
        if rng.random() < 0.4:
            parts.append(
                str(
                    rng.choice((rng.randint(0, 99), rng.randint(1900, 2100), rng.randint(0, 10**6)))
                )
            )
        else:
            parts.append(rng.choice(_PIECES))
    return "".join(parts)


def _case_texts() -> list[str]:
    texts = []
    for name in ("flow.toml", "partitions.toml", "real19/real19a.toml"):
        path = _SETS / name
        if path.exists():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            texts += [c["text"] for c in data.get("case", []) if isinstance(c.get("text"), str)]
    return texts


def _texts() -> list[str]:
    rng = random.Random(28)
    return [_random_text(rng) for _ in range(draws(3000))] + _case_texts()


def _compared_clause_long(text: str, q: Quantity) -> bool:
    """``_compared_clause`` before its bracket test."""
    lo = max(0, q.start - quantities.COMPARED_REACH)
    marks = [m.end() for m in quantities._CLAUSE_MARK_RE.finditer(text, lo, q.start)]
    clause = text[marks[-1] if marks else lo : q.start].strip(" 　")
    return (")" in clause or "）" in clause) and quantities._CHANGE.search(clause) is not None


class _Everything:
    """A set holding every character: the approximation words tried after every figure."""

    def __contains__(self, item: object) -> bool:
        return True


def test_the_year_patterns_find_at_their_runs_what_they_find_everywhere() -> None:
    for text in _texts():
        year_runs, short_runs = digit_runs_by_length(text)
        for pattern in DIGIT_RUN_PATTERNS:
            runs = short_runs if pattern in quantities._SHORT else year_runs
            assert [m.span() for m in at_digit_runs(pattern, text, runs)] == [
                m.span() for m in pattern.finditer(text)
            ], (pattern.pattern, text)


def test_extraction_is_what_the_long_way_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = load_lexicon()
    texts = _texts()
    short = [extract(text, 0, lex) for text in texts]
    monkeypatch.setattr(quantities, "_compared_clause", _compared_clause_long)
    monkeypatch.setattr(lex, "post_approx_first", _Everything())
    long = [extract(text, 0, lex) for text in texts]
    for a, b, text in zip(short, long, texts, strict=True):
        assert (a.quantities, a.years) == (b.quantities, b.years), text
    # (the shortcuts were taken: a window without a bracket, a figure followed by no word)
    assert any(q.kind != "bare" and not q.approx for bq in short for q in bq.quantities)


def test_each_figure_is_an_instance_of_its_own() -> None:
    lex = load_lexicon()
    first = extract("收到申请213件，受理189件，约占88.7%，较上年增加12件。", 0, lex)
    again = extract("收到申请213件，受理189件，约占88.7%，较上年增加12件。", 0, lex)
    assert first.quantities == again.quantities
    ids = [id(q) for q in first.quantities + again.quantities]
    assert len(set(ids)) == len(ids)
    assert first.quantities[0].noun and not again.quantities[0].approx
    assert re.fullmatch("[0-9]+", first.quantities[0].number)
