"""Shortcuts taken for the warm lint's speed (session 10) give what the slower form gave."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.analysis.relations.common import clause_tail
from fazhi_lint.checks.phrases import _global_distance, _may_be_one_edit


def test_clause_tail_is_the_search_of_no_mark_up_to_the_end() -> None:
    marks = "，,；;。：:（）()"
    pattern = re.compile(r"[^，,；;。：:（）()]*$")
    alphabet = [*marks, "a", "中", "文", "\n", " "]
    rng = random.Random(10)
    for _ in range(draws(5000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 24)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        found = pattern.search(text, start, end)
        assert clause_tail(text, marks, start, end) == (found.group(0) if found else "")


def test_one_edit_pretest_never_rejects_a_single_edit() -> None:
    alphabet = "贯彻落实学习深入"
    rng = random.Random(10)
    for _ in range(draws(5000)):
        word = "".join(rng.choices(alphabet, k=rng.randint(1, 6)))
        chars = list(word)
        i = rng.randrange(len(chars))
        edit = rng.randrange(4)
        if edit == 0:
            del chars[i]
        elif edit == 1:
            chars[i] = rng.choice(alphabet)
        elif edit == 2 and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            chars.insert(i, chars[i])
        piece = "".join(chars)
        if _global_distance(word, piece) == 1:
            assert _may_be_one_edit(word, piece)
    assert not _may_be_one_edit("贯彻落实", "深入学习")
    assert _may_be_one_edit("贯彻落实", "贯彻落")


# --- session 11: the per-figure answers kept with the figure (or its block) -------------

# pieces of statistics paragraphs, joined at random: figures with their words, clause marks,
# brackets, states still open, words of change and of another period
_PIECES = (
    "全年共受理",
    "行政复议申请",
    "128件",
    "，",
    "；",
    "。",
    "其中",
    "已办结",
    "96件",
    "尚有",
    "12件",
    "正在审理中",
    "在审理期限内",
    "上年结转",
    "较上年增长",
    "15.2%",
    "下降",
    "3个百分点",
    "（",
    "）",
    "上半年",
    "截至6月底",
    "村（社区）",
    "公共法律服务室",
    "146个",
    "占",
    "的",
    "比例为",
    "75%",
    "全镇常住人口",
    "9800人",
    "人均",
    "2.5次",
    "由上年的",
    "提高到",
    "加上2021年未调结的纠纷",
    "14件",
    "结转下年",
    "另有",
    "、",
)


def _paragraphs(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(1, 40))) for _ in range(count)]


def test_kept_figure_answers_are_the_computed_ones() -> None:
    from fazhi_lint.analysis.quantities import extract, load_lexicon
    from fazhi_lint.analysis.relations import change, flow, magnitude, rates

    lex = load_lexicon()
    for text in _paragraphs(11, 400):
        bq = extract(text, 0, lex)
        other = "".join(list(text))  # an equal text, another object: computed afresh
        for _ in range(2):  # the second time from what was kept
            for q in bq.quantities:
                assert flow._is_open(lex, text, q) == flow._open_now(lex, text, q)
                assert flow._is_open(lex, other, q) == flow._open_now(lex, other, q)
                assert rates._name_words(q, text) == rates._named_by(q, text)
                assert rates._name_words(q, other) == rates._named_by(q, other)
                assert magnitude._clause_before(text, q) == magnitude._clause_before_pos(
                    text, q.num_start
                )
                # (the words as the unkept form read them, written out here)
                start, _ = bq.sentence_span(q.sentence)
                before = text[max(start, q.start - 16) : q.start]
                for mark in ("（", "(", " ", "　"):
                    before = before.replace(mark, "")
                assert change._context(bq, q) == before


def test_kept_carry_over_answer_is_the_computed_one() -> None:
    from fazhi_lint.analysis.quantities import load_lexicon
    from fazhi_lint.analysis.relations import flow

    lex = load_lexicon()
    for text in _paragraphs(12, 2000):
        for _ in range(2):
            assert flow.speaks_of_carry_over(lex, text) == flow.speaks_of_carry_over.__wrapped__(
                lex, text
            )


def test_verbs_of_a_family_are_the_walk_of_every_verb() -> None:
    from fazhi_lint.analysis.quantities import load_lexicon
    from fazhi_lint.analysis.relations.common import verbs_of

    lex = load_lexicon()
    families = {*lex.verb_family.values(), "no-such-family"}
    for family in families:
        assert list(verbs_of(lex, family)) == [v for v, f in lex.verb_family.items() if f == family]
    # the first verb of the family the words after a figure hold, as the walk found it
    for text in _paragraphs(13, 300):
        for family in ("concluded", "accepted"):
            walked = next((v for v, f in lex.verb_family.items() if f == family and v in text), "")
            kept = next((v for v in verbs_of(lex, family) if v in text), "")
            assert kept == walked


def test_kept_character_pairs_are_the_computed_ones() -> None:
    from fazhi_lint.analysis.relations.kinds import _bigrams

    rng = random.Random(14)
    alphabet = "的受理案件复议行政（）类纠纷"
    for _ in range(draws(3000)):
        words = "".join(rng.choices(alphabet, k=rng.randint(0, 12)))
        for _ in range(2):
            assert _bigrams(words) == {
                words[i : i + 2] for i in range(len(words) - 1) if "的" not in words[i : i + 2]
            }


def test_all_done_tried_at_its_first_characters_is_the_search() -> None:
    from fazhi_lint.analysis.quantities import load_lexicon, scan
    from fazhi_lint.analysis.relations.flow import _all_done_re

    lex = load_lexicon()
    clauses = lex.data["clauses"]
    pieces = [
        *clauses.get("all-done-leads", ()),
        *clauses.get("all-done-verbs", ()),
        "未",
        "不",
        "，",
        "已",
        "依法",
        "案件",
        "12",
    ]
    pattern = _all_done_re(lex)
    rng = random.Random(17)
    seen = set()
    for words in _paragraphs(18, 300) + [
        "".join(rng.choices(pieces, k=rng.randint(0, 8))) for _ in range(draws(4000))
    ]:
        expected = pattern.search(words) is not None
        seen.add(expected)
        assert (next(scan(pattern, words), None) is not None) == expected
    assert seen == {True, False}


def test_kept_scopes_are_the_computed_ones() -> None:
    from fazhi_lint.analysis.quantities import extract, load_lexicon
    from fazhi_lint.analysis.relations import containment

    lex = load_lexicon()
    scoped = [
        "在受理的行政复议申请中，",
        "对上述案件，",
        "其中",
        "上述投诉中，",
        "全镇26个村中，",
        "的",
    ]
    rng = random.Random(19)
    found = 0
    for text in _paragraphs(20, 300):
        pieces = [text[i : i + 9] for i in range(0, len(text), 9)]
        text = "".join(p + (rng.choice(scoped) if rng.random() < 0.3 else "") for p in pieces)
        bq = extract(text, 0, lex)
        qs = [q for q in bq.quantities if containment._usable(q, lex)]
        fewer = qs[1:]
        for figures in (qs, qs, fewer, list(qs)):
            kept = containment._scopes(bq, lex, figures)
            assert kept == containment._scopes_of(bq, lex, figures)
            found += len(kept)
    assert found


def test_kept_significant_digits_are_the_computed_ones() -> None:
    from decimal import Decimal

    from fazhi_lint.analysis.relations.magnitude import _significant

    rng = random.Random(21)
    for _ in range(draws(5000)):
        digits = str(rng.randint(0, 10 ** rng.randint(1, 9)))
        exponent = rng.randint(-4, 6)
        # the same value printed several ways: what was kept for one is right for the others
        for value in (
            Decimal(digits).scaleb(exponent),
            Decimal(digits).scaleb(exponent).normalize(),
            Decimal(digits).scaleb(exponent).quantize(Decimal("0.01"))
            if exponent > -3 and len(digits) + exponent < 20
            else Decimal(digits).scaleb(exponent),
        ):
            assert _significant(value) == format(value.normalize(), "f").replace(".", "").strip("0")
