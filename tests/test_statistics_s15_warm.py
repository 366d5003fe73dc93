"""Session 15's warm shortcuts (issue 12) give what the slower forms gave: each new form is
compared with the old one, kept here, on random inputs, and on a few cases worked out by hand."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.checks.phrases import (
    Garble,
    PhraseData,
    _global_distance,
    _lead_in_slips,
    _literal,
    _may_be_one_edit,
    phrase_data,
)
from fazhi_lint.grammar import is_ideograph
from fazhi_lint.model import Block
from fazhi_lint.profiles import load_profile


def _data() -> PhraseData:
    return phrase_data(load_profile("national"))


def _lead_in_slips_by_every_word(block: Block, data: PhraseData) -> list[Garble]:
    """The former form: every lead-in at each of its three lengths, the longest kept."""
    text = block.text
    found: list[Garble] = []
    accepted = (*data.lead_ins, *data.lead_in_variants)
    for obj in data.lead_in_objects:
        if obj not in text:
            continue
        for m in _literal(obj).finditer(text):
            p = m.start()
            if text.endswith(accepted, 0, p):
                continue
            best: tuple[int, int, str] | None = None
            for word in data.lead_ins:
                for k in (len(word) - 1, len(word), len(word) + 1):
                    if k < 3 or k > p:
                        continue
                    piece = text[p - k : p]
                    if piece[0] != word[0] or not all(is_ideograph(c) for c in piece):
                        continue
                    if piece == word[:-1] and piece[-1] == "学" and not obj.startswith("习"):
                        continue
                    if (
                        _may_be_one_edit(word, piece)
                        and _global_distance(word, piece) == 1
                        and (best is None or k > best[0])
                    ):
                        best = (k, p - k, word)
            if best is not None:
                k, s, word = best
                found.append(Garble(block, s, p, text[s:p], word, 1, word))
    return found


def _block(text: str) -> Block:
    return Block(index=0, text=text)


def test_lead_in_slips_are_what_every_word_finds() -> None:
    data = _data()
    # the lead-ins' characters (so that slips of them occur), the objects, a few others
    chars = sorted({c for w in data.lead_ins for c in w})
    alphabet = [*chars, *data.lead_in_objects, *data.lead_ins, "学", "，", "a", "的", "了"]
    rng = random.Random(1512)
    for _ in range(draws(20000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 12)))
        block = _block(text)
        assert _lead_in_slips(block, data) == _lead_in_slips_by_every_word(block, data), text


def test_lead_in_slips_by_hand() -> None:
    data = _data()
    # 「贯彻落习近平」: 贯彻落 (0-3) is 贯彻落实 with 实 dropped, one edit, before 习近平 at 3
    found = _lead_in_slips(_block("贯彻落习近平总书记重要讲话精神"), data)
    assert [(g.start, g.end, g.found, g.expected) for g in found] == [(0, 3, "贯彻落", "贯彻落实")]
    # the formula itself before 习近平 is no slip
    assert _lead_in_slips(_block("贯彻落实习近平总书记重要讲话精神"), data) == []


def test_section_keywords_searched_as_one_are_what_each_finds() -> None:
    from fazhi_lint.analysis.section_specs import specs_from

    specs = specs_from(load_profile("national")).values()
    words = [
        w
        for s in specs
        for k in (*s.keywords, *s.exclude)
        for w in re.findall(r"[一-鿿]+", k.pattern)
    ]
    alphabet = sorted({c for w in words for c in w}) + words + ["2023", "年", "，", "（一）"]
    rng = random.Random(1515)
    for _ in range(draws(3000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 10)))
        for s in specs:
            slow = any(k.search(text) for k in s.keywords) and not any(
                e.search(text) for e in s.exclude
            )
            assert s.matches(text) == slow, (s.key, text)


def test_either_keeps_patterns_that_refer_back_apart() -> None:
    from fazhi_lint.analysis.section_specs import _either

    # (.)\\1 finds a doubled character: 「好好」 holds one, 「好的」 none; as a branch after
    # 甲(.) its group would be the second, so the two are searched apart
    search = _either((re.compile("甲(.)"), re.compile(r"(.)\1")))
    assert search is not None
    assert search("好好") is not None
    assert search("好的") is None
    assert search("甲乙") is not None
    # two patterns naming the same group cannot be one pattern: searched apart
    search = _either((re.compile("(?P<a>甲)"), re.compile("(?P<a>乙)")))
    assert search is not None and search("丙乙") is not None and search("丙") is None
    assert _either(()) is None


def test_mark_positions_are_what_a_class_of_the_marks_finds() -> None:
    from fazhi_lint.analysis.relations.common import mark_positions

    alphabet = [*"，,；;。：:《》（）()、-]^\\甲乙1", "，，", "。"]
    rng = random.Random(1517)
    for _ in range(draws(5000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 20)))
        marks = "".join(rng.choices(alphabet[:17], k=rng.randint(1, 6)))
        slow = [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]
        assert mark_positions(text, marks) == slow, (text, marks)
    # 「甲，乙。丙，」 with marks 「，。」: 1, 3 and 5 (a mark named twice counted once)
    assert mark_positions("甲，乙。丙，", "，。，") == [1, 3, 5]
