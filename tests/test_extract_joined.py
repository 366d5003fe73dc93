"""extract_joined: two texts read as one, put together from their own extractions, equal to
extracting the joined text (the cross-paragraph reading relies on it, for speed)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from fazhi_lint.analysis.quantities import (
    BlockQuantities,
    _clean_joint,
    extract,
    extract_joined,
    load_lexicon,
)

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
JOINTS = "。；，"


def _same(got: BlockQuantities, want: BlockQuantities) -> None:
    assert got.text == want.text
    assert got.sentence_starts == want.sentence_starts
    assert got.years == want.years
    assert got.brackets() == want.brackets()
    assert len(got.quantities) == len(want.quantities)
    for a, b in zip(got.quantities, want.quantities, strict=True):
        assert a == b, (a.number, a.unit)
    assert got == want


def _joined(first_text: str, second_text: str, head_mark: str | None = None) -> BlockQuantities:
    """extract_joined with ``first`` extracted from ``first_text`` ending in ``head_mark``."""
    lex = load_lexicon()
    head = first_text if head_mark is None else first_text[:-1] + head_mark
    return extract_joined(extract(head, 3, lex), first_text, extract(second_text, 7, lex), 7, lex)


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if len(line) > 1]
        pairs.extend(itertools.pairwise(lines))
    return pairs


def test_the_seed_paragraphs_joined_at_every_mark_equal_their_joined_extraction() -> None:
    lex = load_lexicon()
    pairs = _pairs()
    assert len(pairs) > 100
    fast = 0
    for a, b in pairs:
        body = a.rstrip("。；，")
        if not body:
            continue
        for mark in JOINTS:
            for head_mark in JOINTS:
                first_text = body + mark
                first = extract(body + head_mark, 3, lex)
                second = extract(b, 7, lex)
                fast += _clean_joint(first, first_text, b)
                _same(
                    extract_joined(first, first_text, second, 7, lex),
                    extract(first_text + b, 7, lex),
                )
    assert fast > len(pairs)  # the put-together path is taken, not only the fallback


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the second text's first sentence goes on with the first's last: its elided noun is
        # the one before the joint (受理98件 counts 行政复议申请)
        ("全年收到行政复议申请120件。", "受理98件，不予受理22件。"),
        ("上半年办理法律援助案件1236件。", "其中刑事案件530件，民事案件706件。"),
        # a bracket left open before the joint: the figures after it are inside it
        ("全年审结案件300件（其中一审210件。", "二审90件）。"),
        # a quote left open before the joint
        ("开展“法律进万家活动12场。", "覆盖群众3000人”。"),
        # a figure and a year right at the joint
        ("截至2024年12月。", "2024年全年共受理35件。"),
        ("共计三十件。", "五十件已办结。"),
        # 「一起」 read as a count looks back over its sentence
        ("全年发生安全事故三起。", "一起正在调查。"),
        # a sentence mark on either side of the joint
        ("办理案件十件！。", "审结九件。"),
        ("办理案件十件。", "。审结九件。"),
        ("办理案件十件。", "\n审结九件。"),
        # no figure at all on one side
        ("深入推进依法行政。", "全年受理复议案件45件，审结43件。"),
        ("全年受理复议案件45件。", "持续深化法治宣传。"),
    ],
)
@pytest.mark.parametrize("mark", JOINTS)
def test_joints_that_reach_across_equal_the_joined_extraction(
    first: str, second: str, mark: str
) -> None:
    first_text = first[:-1] + mark
    for head_mark in JOINTS:
        _same(_joined(first_text, second, head_mark), extract(first_text + second, 7))


def test_an_elided_noun_after_a_semicolon_joint_is_inherited_from_before_it() -> None:
    joined = _joined("全年收到行政复议申请120件；", "受理98件。")
    accepted = joined.quantities[-1]
    assert accepted.number == "98"
    assert accepted.noun == joined.quantities[0].noun != ""
    assert accepted.inherited
    assert accepted.sentence == 0
    # after a full stop it starts a sentence of its own, and inherits nothing
    alone = _joined("全年收到行政复议申请120件。", "受理98件。")
    assert alone.quantities[-1].sentence == 1
    assert not alone.quantities[-1].inherited


def test_a_figure_after_a_bracket_left_open_is_inside_it() -> None:
    joined = _joined("审结案件300件（其中一审210件，", "二审90件）。")
    second = next(q for q in joined.quantities if q.number == "90")
    assert second.depth == 1
    assert second.num_start == len("审结案件300件（其中一审210件，") + 2


def test_texts_that_do_not_end_with_a_joint_mark_are_extracted_afresh() -> None:
    lex = load_lexicon()
    first = extract("全年受理案件45件：", 0, lex)
    second = extract("审结43件。", 1, lex)
    assert not _clean_joint(first, first.text, second.text)
    _same(extract_joined(first, first.text, second, 1, lex), extract(first.text + second.text, 1))
