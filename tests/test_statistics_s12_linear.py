"""Session 12 (issue 12): the statistics look-ups that walked to the end of a sentence or a
paragraph per figure, now an index built once and a bisection, give what the walk gave."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import partition, rates
from fazhi_lint.analysis.relations.flow import speaks_of_carry_over

# pieces of statistics paragraphs, joined at random (as in tests/test_warm_shortcuts.py)
_PIECES = (
    "全年共受理",
    "行政复议案件",
    "128件",
    "，",
    "；",
    "。",
    "其中",
    "一审审结71件",
    "二审审结19件",
    "二审案件中包括上年一审判决后上诉的案件",
    "含上年结转的案件",
    "包括2023年立案的",
    "其余",
    "《",
    "》",
    "条例",
    "分别为",
    "受理的不动产登记申请中",
    "即时办结的占",
    "62.4%",
    "占",
    "12%",
    "办结",
    "96件",
    "中",
    "的",
)


def _paragraphs(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(1, 40))) for _ in range(count)]


def test_in_title_by_bisection_is_the_search_back_and_forth() -> None:
    rng = random.Random(121)
    alphabet = "《》其中a，"
    for _ in range(draws(5000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 20)))
        for pos in range(len(text) + 1):
            left = text.rfind("《", 0, pos)
            walked = left >= 0 and text.find("》", left) > pos
            assert partition._in_title(text, pos) == walked
    # 「《行政复议法》其中」: the marker after the closed title is outside it; 「《其中》」 inside
    assert not partition._in_title("《行政复议法》其中", 7)
    assert partition._in_title("《其中》", 1)
    assert not partition._in_title("《其中", 1)  # (a title never closed holds nothing)


def _carried_walk(lex, bq, last) -> bool:
    """:func:`partition._part_carried_in` as it was: every clause of the rest of the sentence
    split and tested afresh."""
    _, end = bq.sentence_span(last.sentence)
    tail = bq.text[last.end : end]
    return any(
        clause
        and not partition._DIGITS_RE.search(clause)
        and partition._INCLUDES_RE.search(clause) is not None
        and speaks_of_carry_over(lex, clause)
        for clause in partition._CLAUSE_MARKS_RE.split(tail)[1:]
    )


def test_carried_in_by_clause_index_is_the_walk_to_the_sentence_end() -> None:
    lex = load_lexicon()
    seen = set()
    for text in _paragraphs(122, 1500):
        bq = extract(text, 0, lex)
        for q in bq.quantities:
            walked = _carried_walk(lex, bq, q)
            seen.add(walked)
            assert partition._part_carried_in(lex, bq, q) == walked
    assert seen == {True, False}
    # 71件 is followed by a clause naming no figure that includes 上年's cases; 19件 by nothing
    text = "其中一审审结71件，二审审结19件，二审案件中包括上年一审判决后上诉的案件。"
    bq = extract(text, 0, lex)
    first, second = bq.quantities
    assert partition._part_carried_in(lex, bq, first)
    assert partition._part_carried_in(lex, bq, second)
    bq = extract("二审案件中包括上年一审判决后上诉的案件，其中一审审结71件。", 0, lex)
    assert not partition._part_carried_in(lex, bq, bq.quantities[0])


def test_scoped_share_window_is_the_longest_match() -> None:
    # 2 (verb) + 1 (的) + 14 + 2 (当中) + 1 (，) + 10 (part) + 1 (的) + 2 (占比) + 2 (约为) = 35
    assert rates._SCOPED_SHARE_WIDTH == 35
    longest = "受理" + "的" + "不" * 14 + "当中" + "，" + "办" * 10 + "的" + "占比" + "约为"
    assert len(longest) == 35 and rates._SCOPED_SHARE_RE.fullmatch(longest)
    assert not rates._SCOPED_SHARE_RE.fullmatch("办" + longest)


def test_scoped_share_search_from_its_reach_is_the_search_from_the_sentence_start() -> None:
    pattern = rates._SCOPED_SHARE_RE
    width = rates._SCOPED_SHARE_WIDTH
    rng = random.Random(123)
    pieces = ("受理", "办结", "的", "申请", "中", "当中", "，", "即时", "占", "占比", "为", "约")
    texts = _paragraphs(124, 600) + [
        "".join(rng.choices(pieces, k=rng.randint(0, 30))) for _ in range(draws(6000))
    ]
    seen = set()
    for text in texts:
        for end in range(len(text) + 1):
            full = pattern.search(text, 0, end)
            near = pattern.search(text, max(0, end - width), end)
            seen.add(full is not None)
            assert (full and full.span(), full and full.groupdict()) == (
                near and near.span(),
                near and near.groupdict(),
            )
    assert seen == {True, False}


def test_rest_named_anywhere_is_asked_once_per_block() -> None:
    lex = load_lexicon()
    for text, named in (("受理40件，办结25件，其余均为调解", True), ("受理40件，办结25件", False)):
        bq = extract(text, 0, lex)
        assert rates._names_rest(bq) is named
        assert rates._names_rest(bq) is named  # (the kept answer)
    assert re.search("|".join(rates._REST_WORDS), "剩余的全部调解成功")


def test_worded_rate_clause_start_is_the_last_stop_searched_back() -> None:
    from fazhi_lint.analysis.relations.common import last_mark

    rng = random.Random(125)
    alphabet = [*rates._WORDED_STOP, "满", "意", "率", "七", "成"]
    for _ in range(draws(3000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 24)))
        for begin in range(len(text) + 1):
            searched = max(text.rfind(c, 0, begin) for c in rates._WORDED_STOP)
            assert last_mark(text, rates._WORDED_STOP, 0, begin) == searched


def test_whole_text_patterns_tried_at_their_first_characters_find_the_same() -> None:
    from fazhi_lint.analysis import prefilter
    from fazhi_lint.analysis.relations import dates

    rng = random.Random(126)
    pieces = (
        *_PIECES,
        "，含",
        "含有",
        "，由",
        "三个部门",
        "组成",
        "各为",
        "5件和",
        "结果为",
        "包括：",
        "涵盖",
        "满意率达",
        "七成",
        "以上",
        "约占",
        "三分之二",
        "八成五",
        "2024年",
        "第五季度",
        "第六季度",
    )
    patterns = (partition._MARKER_RE, rates._WORDED_RATE_RE, dates._NO_QUARTER_RE)
    seen = dict.fromkeys(patterns, 0)
    for _ in range(draws(3000)):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 30)))
        for pattern in patterns:
            found = [m.span() for m in prefilter.finditer(pattern, text)]
            assert found == [m.span() for m in pattern.finditer(text)]
            seen[pattern] += bool(found)
    assert all(seen.values())


def test_here_below_to_the_end_matched_in_place_is_the_test_on_the_stripped_rest() -> None:
    from fazhi_lint.analysis.relations import announced

    rng = random.Random(127)
    pieces = (" ", "　", "具体", "如下", "：", "。", "是", "分别", "具体内容", "工作", "，")
    seen = set()
    for _ in range(draws(5000)):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
        for start in range(len(text) + 1):
            rest = text[start:].strip(" 　")
            stripped = not rest or announced._HERE_BELOW_RE.fullmatch(rest) is not None
            seen.add(stripped)
            in_place = announced._HERE_BELOW_TO_END_RE.match(text, start) is not None
            assert in_place == stripped
    assert seen == {True, False}


def test_clause_and_sentence_starts_by_bisection_are_the_searches_back() -> None:
    from fazhi_lint.analysis.relations import flow
    from fazhi_lint.analysis.relations.common import last_mark, mark_positions

    # (rates' bracket opening, tables' statement opening and the partition's clause before an
    # item read last_mark with the marks tried here)
    rng = random.Random(128)
    alphabet = list("，,；;。：:、！？!?（(）)字")
    for _ in range(draws(1000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 20)))
        for pos in range(len(text) + 1):
            assert (
                partition._own_clause_at(text, pos)
                == text[max(text.rfind(ch, 0, pos) for ch in "，,；;。：:") + 1 : pos]
            )
            assert (
                flow._sentence_start(text, pos)
                == max(text.rfind(ch, 0, pos) for ch in "。！？!?") + 1
            )
            for marks in ("，,；;：:、。", "（(", "。；;！？!?"):
                searched = max(text.rfind(ch, 0, pos) for ch in marks)
                assert last_mark(text, marks, 0, pos) == searched
            closes = mark_positions(text, "）)")
            first = next((c for c in closes if c >= pos), len(text))
            assert first == min(
                (i for i in (text.find("）", pos), text.find(")", pos)) if i >= 0),
                default=len(text),
            )
            assert partition._negated_at(text, pos) == any(
                text[:pos].endswith(n) for n in partition.NEGATIONS
            )


def test_a_period_parts_statement_end_within_its_reach_is_the_search_to_the_end() -> None:
    from fazhi_lint.analysis.relations import dates

    rng = random.Random(129)
    alphabet = ["；", "。", ";", "字"]
    for reach in (dates._WITHIN_REACH, dates._PART_OUTSIDE_REACH):
        for _ in range(300):
            text = "".join(rng.choices(alphabet, k=rng.randint(0, 120)))
            for start in range(len(text) + 1):
                stop = re.compile("[；;。]").search(text, start)
                searched = min(stop.start() if stop else len(text), start + reach)
                near = dates._STATEMENT_END_RE.search(text, start, start + reach)
                assert (near.start() if near else min(len(text), start + reach)) == searched
