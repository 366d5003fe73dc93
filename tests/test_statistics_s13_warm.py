"""Session 13's shortcuts for the warm lint (issue 12) give what the slower forms gave: each
new form is compared with the old one, kept here, on random inputs, and on a few cases
worked out by hand."""

from __future__ import annotations

import random
import re

from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import announced, change, flow, rates
from fazhi_lint.analysis.relations.common import common_substring


def _common_substring_table(a: str, b: str) -> int:
    """The former form: a table of every pair of characters."""
    if not a or not b:
        return 0
    best = 0
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, other in enumerate(b, start=1):
            if ch == other:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def test_common_substring_is_the_table_maximum() -> None:
    alphabet = "行政复议案件受理一二"
    rng = random.Random(13)
    for _ in range(draws(20000)):
        a = "".join(rng.choices(alphabet, k=rng.randint(0, 10)))
        b = "".join(rng.choices(alphabet, k=rng.randint(0, 10)))
        assert common_substring(a, b) == _common_substring_table(a, b), (a, b)


def test_common_substring_by_hand() -> None:
    # 行政复议案件 / 复议案件数: 复议案件 is in both (4 characters), nothing longer
    assert common_substring("行政复议案件", "复议案件数") == 4
    # 满意率 / 群众满意: 满意 (2)
    assert common_substring("满意率", "群众满意") == 2
    # no character in common; an empty side
    assert common_substring("受理", "办结") == 0
    assert common_substring("", "办结") == 0
    # the shorter one first or second: the same
    assert common_substring("案件", "行政案件") == common_substring("行政案件", "案件") == 2


def _top_end_by_character(text: str, start: int, stops: str) -> int:
    """The former form: every character read in Python."""
    depth = 0
    limit = min(len(text), start + announced._MAX_LIST)
    for i in range(start, limit):
        ch = text[i]
        if ch in announced._OPEN_BR:
            depth += 1
        elif ch in announced._CLOSE_BR:
            depth = max(0, depth - 1)
        elif ch in stops and depth == 0:
            return i
    return limit


def test_top_end_is_the_character_walk() -> None:
    alphabet = "（）(【]“”「」，,；;。\n！a成"
    stop_sets = [announced._SENTENCE_END, "，,；;", "，,；;。", "；;。"]
    rng = random.Random(13)
    for _ in range(draws(5000)):
        # up to 900 characters: past _MAX_LIST (600), so the limit is tried too
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 900)))
        stops = rng.choice(stop_sets)
        start = rng.randint(0, len(text))
        assert announced._top_end(text, start, stops) == _top_end_by_character(text, start, stops)


def test_top_end_by_hand() -> None:
    # 「A（B，C），D」: the comma at 3 is inside the brackets, the one at 6 outside
    assert announced._top_end("A（B，C），D", 0, "，") == 6
    # a close without an open leaves the depth at 0: the comma at 2 ends it
    assert announced._top_end("）A，B", 0, "，") == 2
    # no stop: the end of the text
    assert announced._top_end("ABC", 0, "，") == 3


def test_worded_rates_are_the_pattern_s_matches() -> None:
    alphabet = "近将接超过逾约大不到足二两三四五六七八九十一成分之以上多余有左右个项件1%，。率"
    rng = random.Random(13)
    for _ in range(draws(30000)):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 40)))
        old = [(m.span(), m.groupdict()) for m in rates._WORDED_RATE_RE.finditer(text)]
        new = [(m.span(), m.groupdict()) for m in rates._worded_rate_matches(text)]
        assert new == old, text


def test_worded_rates_by_hand() -> None:
    # 「满意率达将近九成以上」: 将近 (2) + 九 (1) before 成: the match opens 3 before 成
    found = [m.group() for m in rates._worded_rate_matches("满意率达将近九成以上，完成一项")]
    assert found == ["将近九成以上"]  # (完成: no numeral before 成)
    # 三分之二 and 八成五 in one text, in order (约 before 占, not before the numeral)
    found = [m.group() for m in rates._worded_rate_matches("约占三分之二，合格率八成五")]
    assert found == ["三分之二", "八成五"]


# a paragraph with a level left (由…至), a change, a comparison base and plain counts
_PIECES = [
    "法律顾问由41名增加到52名",
    "企业占比由上年的31.2%提高到34.0%",
    "全年受理120件",
    "其中办结100件",
    "较上年的61件减少18件",
    "从3个增至5个",
    "，",
    "。",
]


def test_from_level_kept_with_the_block_is_the_computed_answer() -> None:
    lex = load_lexicon()
    rng = random.Random(13)
    for _ in range(300):
        text = "".join(rng.choices(_PIECES, k=rng.randint(1, 8)))
        bq = extract(text, 0, lex)
        for q in bq.quantities:
            computed = (
                change._FROM_RE.search(change._context(bq, q)) is not None
                and change._LEAVES_FOR_RE.match(bq.text, q.end) is not None
            )
            assert change.is_from_level(bq, q) is computed
            assert change.is_from_level(bq, q) is computed  # asked again: kept


def test_from_level_by_hand() -> None:
    lex = load_lexicon()
    bq = extract("法律顾问由41名增加到52名。", 0, lex)
    # 41名 follows 由 and a verb of change leaves it for 到52名: the level left; 52名 is reached
    assert [change.is_from_level(bq, q) for q in bq.quantities] == [True, False]


def test_all_concluded_kept_per_words() -> None:
    lex = load_lexicon()
    # 均已办结: a word of all done; 未全部办结: negated; 尚有3件在办: neither
    assert flow.all_concluded(lex, "上述申请均已办结")
    assert not flow.all_concluded(lex, "上述申请未全部办结")
    assert not flow.all_concluded(lex, "尚有3件在办")
    # asked again, the kept answer is the same
    assert flow.all_concluded(lex, "上述申请均已办结")
    assert not flow.all_concluded(lex, "上述申请未全部办结")


def _overlap_by_pattern(lex: object, text: str) -> bool:
    """The former form: one alternation of the words (均… not after an average's character)."""
    from fazhi_lint.analysis.relations.partition import _AVERAGE_BEFORE

    words = sorted(lex.data["clauses"].get("overlap", ()), key=len, reverse=True)  # type: ignore[attr-defined]
    pattern = re.compile(
        "|".join(
            (f"(?<![{_AVERAGE_BEFORE}])" if w.startswith("均") else "") + re.escape(w)
            for w in words
        )
        or "(?!)"
    )
    return pattern.search(text) is not None


def test_says_overlap_is_the_alternation() -> None:
    from fazhi_lint.analysis.relations.partition import _says_overlap

    lex = load_lexicon()
    pieces = [
        "均参加",
        "人均参加",
        "年均计入",
        "均计入",
        "两者均",
        "兼有",
        "重复",
        "计入",
        "参加",
        "，",
        "人",
        "均",
    ]
    rng = random.Random(13)
    for _ in range(draws(5000)):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 6)))
        assert _says_overlap(lex, text) is _overlap_by_pattern(lex, text), text
    # 人均参加: 均 after 人 is an average's; 两种方式均参加: the parts overlap
    assert not _says_overlap(lex, "人均参加培训3次")
    assert _says_overlap(lex, "两种方式均参加的12人")


_PLAN_OPENER_BEFORE = re.compile(
    r"(?:^|[。！？!?；;])\s*(?:[一二三四五六七八九十]+\s*、|[（(][一二三四五六七八九十]+[）)])?\s*"
    r"(?:下一步|下步|明年|下一年度?|来年|新的一年|下一阶段|下阶段|今后|接下来|未来一年)"
)


def test_plan_opener_is_the_former_pattern() -> None:
    from fazhi_lint.analysis.relations import years

    pieces = [
        "。",
        "；",
        " ",
        "一、",
        "（二）",
        "下一年",
        "度",
        "下一步",
        "明年",
        "今后",
        "将",
        "工作",
        "下",
    ]
    rng = random.Random(13)
    for _ in range(draws(20000)):
        # (41 commas: longer than a heading of 40 characters, and no plan word)
        text = "".join(rng.choices(pieces, k=rng.randint(0, 8))) + "，" * 41
        old = _PLAN_OPENER_BEFORE.search(text)
        expected = (None, False) if old is None else (old.end(), old.start() == 0)
        assert years.plan_part(text, False) == expected, text
    # 「下一年度，我们将…」: 下一年度 (4) read whole, the plan part opens at 4 and goes on
    assert years.plan_part("下一年度，我们将继续推进依法行政工作，" + "，" * 30, False) == (
        4,
        True,
    )


# --- prefilter: a pattern of bounded width tried only before a character it needs ---------

_BOUNDED = [
    # the anniversaries' shape: a numeral, then 年 within a few characters
    r"(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?周年|连续(?P<run>[一二三]{1,2})年",
    # a look-behind before the match, a look-ahead after it (outside the width)
    r"(?<=以来)[，,]?(?:已)?运行(?P<n>[0-9]{1,2})年(?![度份])",
    # several required characters (第 and 年), no first characters the engine skips to
    r"(?:实施|运行)?的?第(?P<nth>[一二三]{1,3})(?:个)?年",
    # matches that overlap the window of the next occurrence (年年年)
    r"年{1,3}",
    # no character every match holds, but one of two strings (季度, 半年) inside the match;
    # the look-behind's characters are no anchor
    r"(?<![前至到])(?:第?(?P<q>[一二三四])季度|(?P<half>[上下])半年)(?:内|期间)?",
]


def test_anchored_finditer_finds_what_the_pattern_finds() -> None:
    from fazhi_lint.analysis import prefilter

    alphabet = "2023年一二三十周连续个以来，已运行第实施的度份季上下半前至内期间"
    rng = random.Random(13)
    for source in _BOUNDED:
        pattern = re.compile(source)
        assert prefilter._analysis(pattern).width > 0  # (the anchored walk is the one tried)
        for _ in range(draws(5000)):
            text = "".join(rng.choices(alphabet, k=rng.randint(0, 40)))
            old = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            new = [(m.span(), m.groups()) for m in prefilter.finditer(pattern, text)]
            assert new == old, (source, text)


def test_anchored_finditer_by_hand() -> None:
    from fazhi_lint.analysis import prefilter

    pattern = re.compile(_BOUNDED[3])
    # 「年年年年」: 年{1,3} takes three (0-3), then the fourth (3-4)
    assert [m.span() for m in prefilter.finditer(pattern, "年年年年")] == [(0, 3), (3, 4)]
    pattern = re.compile(_BOUNDED[0])
    # 「成立三周年，连续二年」: 三周年 at 2-5, 连续二年 at 6-10
    found = [m.group() for m in prefilter.finditer(pattern, "成立三周年，连续二年")]
    assert found == ["三周年", "连续二年"]
    pattern = re.compile(_BOUNDED[4])
    # 「前三季度，第四季度内」: 三季度 follows 前 (the look-behind refuses it at 1, and 季度 at
    # 2 opens nothing); 第四季度内 at 5-10
    assert [m.span() for m in prefilter.finditer(pattern, "前三季度，第四季度内")] == [(5, 10)]
    assert prefilter._analysis(pattern).anchors == ("季度", "半年")
    # a string only a look-ahead holds is no anchor: 「半年」 is outside the match
    assert prefilter._analysis(re.compile(r"[上下](?=半年)")).anchors == ()
    # unbounded (\s*, +): no width, searched as before
    assert prefilter._analysis(re.compile(r"第\s*[一二]+年")).width == 0


def test_period_marks_are_the_scan_of_the_period_words() -> None:
    from fazhi_lint.analysis.quantities import scan
    from fazhi_lint.analysis.relations.periods import _words, period_marks

    lex = load_lexicon()
    pieces = ["上半年", "全年", "1-6月", "截至9月底", "2023年以来", "受理", "12件", "，", "。"]
    rng = random.Random(13)
    for _ in range(500):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
        expected = [(m.span(), m.lastgroup) for m in scan(_words(lex).pattern, text)]
        assert [(m.span(), m.lastgroup) for m in period_marks(lex, text)] == expected
        assert period_marks(lex, text) is period_marks(lex, text)  # listed once per text
    # 「上半年受理12件，全年受理30件」: 上半年 (0-3), 受理 (3-5), 12 (5-7), 件 (7), ， (8), 全年 (9-11)
    found = [(m.span(), m.group()) for m in period_marks(lex, "上半年受理12件，全年受理30件")]
    assert found == [((0, 3), "上半年"), ((9, 11), "全年")]
