"""Session 17's warm shortcuts (issue 12) give what the slower forms gave: each guarded or
rewritten form is compared with the former one, kept here, on random inputs, and on a few
cases worked out by hand."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.analysis import prefilter
from fazhi_lint.analysis.quantities import load_lexicon
from fazhi_lint.analysis.relations import flow

# --------------------------------------------------------------------------------------
# prefilter: a pattern opening with a literal look-behind tried only right after the literal
# --------------------------------------------------------------------------------------

_BEHIND_PATTERNS = [
    # the wording rule this was measured on (checks/wording.toml): 第 before a meeting's number
    r"(?<=第)(?:\d{1,3}|[一二三四五六七八九十百]{1,4})(?=(?:常务|全体|专题)?会议(?![室厅楼中区场]))",
    r"(?<=公职)律(?=[\u4e00-\u9fff])(?!师)",
    r"(?<=第第)第?[一二]",  # the literal overlapping itself (第第第一: two places after it)
    r"(?<=ab)[ab]{1,3}",  # a match may end where the next literal ends
    r"(?<=a)b|[bc]",  # a top-level alternation: no opening look-behind
]
_BEHIND_ALPHABET = "第第一二十3会议常务室公职律师ab c，"


def _former_finditer(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_behind_literal_read_off_the_parse() -> None:
    behind = [prefilter._analyse(re.compile(p)).behind for p in _BEHIND_PATTERNS]
    # 第 before a class of 13 fragments; 公职 (two characters); 第第; ab; none for a|b
    assert behind == ["第", "公职", "第第", "ab", ""]
    # one character before one character: 《 is no rarer than 法
    assert prefilter._analyse(re.compile("(?<=《)法制日报(?=》)")).behind == ""


def test_matches_after_the_literal_are_the_engines_matches() -> None:
    rng = random.Random(17001)
    patterns = [re.compile(p) for p in _BEHIND_PATTERNS]
    for _ in range(draws(20000)):
        text = "".join(rng.choice(_BEHIND_ALPHABET) for _ in range(rng.randint(0, 16)))
        for pattern in patterns:
            got = [m.span() for m in prefilter.finditer(pattern, text)]
            assert got == _former_finditer(pattern, text), (pattern.pattern, text)
            found = pattern.search(text)
            first = prefilter.search(pattern, text)
            assert (first and first.span()) == (found and found.span()), (pattern.pattern, text)


def test_matches_after_the_literal_by_hand() -> None:
    meeting = re.compile(_BEHIND_PATTERNS[0])
    # 「第3次常务会议」: 3 is followed by 次, no meeting; 「第十二次…第5常务会议」: 5 only
    assert [m.group() for m in prefilter.finditer(meeting, "第3次常务会议，第5常务会议")] == ["5"]
    overlap = re.compile(_BEHIND_PATTERNS[2])
    # 第第第一: 第第 at 0 (start 2: 「第一」, to 4) and at 1 (start 3, inside the match)
    assert [m.span() for m in prefilter.finditer(overlap, "第第第一")] == [(2, 4)]


# --------------------------------------------------------------------------------------
# flow._open_now: the pending word a state ends with, after one endswith of them all
# --------------------------------------------------------------------------------------


def _former_lead(pending: list[str], state: str) -> str | None:
    return next((w for w in pending if state.endswith(w)), None)


def test_pending_lead_is_the_former_lead() -> None:
    lex = load_lexicon()
    pending = lex.data["clauses"]["pending"]
    assert flow._pending_words(lex) == tuple(pending)
    alphabet = "".join(sorted(set("".join(pending)))) + "已的，"
    rng = random.Random(17002)
    for _ in range(draws(20000)):
        state = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.3:
            state += rng.choice(pending)
        new = _former_lead(pending, state) if state.endswith(flow._pending_words(lex)) else None
        assert new == _former_lead(pending, state), state


# --------------------------------------------------------------------------------------
# repetition: a short line without a sentence end, by one set test
# --------------------------------------------------------------------------------------


def test_sentence_end_set_test_is_the_former_any() -> None:
    from checks import repetition

    ends = repetition.SENTENCE_END
    rng = random.Random(17003)
    alphabet = ends + "第一章，、 a1"
    for _ in range(draws(20000)):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        former = not any(c in ends for c in text)
        assert repetition._SENTENCE_END_SET.isdisjoint(text) == former, text
    # 「第一章 总则」 holds no 。！？；!?; (a heading); 「完成。」 holds 。
    assert repetition._SENTENCE_END_SET.isdisjoint("第一章 总则")
    assert not repetition._SENTENCE_END_SET.isdisjoint("完成。")


# --------------------------------------------------------------------------------------
# phrases: a plan cited by title searched only in paragraphs holding 「name》」
# --------------------------------------------------------------------------------------


def test_title_search_skips_only_paragraphs_without_a_match() -> None:
    from checks.phrases import _literal_title

    name = "法治政府建设实施纲要"
    bare = _literal_title(name)
    pieces = ["《", "》", name, "省", "2021—2025年", "（", "）", "，"]
    rng = random.Random(17004)
    for _ in range(draws(20000)):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        former = [m.span() for m in bare.finditer(text)]
        kept = [m.span() for m in bare.finditer(text)] if name + "》" in text else []
        assert kept == former, text
    # 「《省法治政府建设实施纲要》」: one match (a place before the name); 「《…纲要（2021—2025年）》」
    # has no 纲要》 and no match of the bare title
    assert [m.group() for m in bare.finditer(f"《省{name}》")] == [f"《省{name}》"]
    assert not bare.search(f"《{name}（2021—2025年）》")
