"""The period and the kind of thing a figure counts, for the readers that link a part to the
set it is drawn from (issue 9): :mod:`.containment`, the partition's scope groups, the
pick-up's 其中 reading and the text-against-table check ask the same two questions here.

* :func:`period_at`: the period a figure is counted over, the one named last before it in its
  sentence or one opening an earlier sentence of its paragraph (「下半年，…」), read with the
  words of :mod:`.periods`; :func:`periods_fit`: may a part of one period be drawn from a set
  of another (上半年 from 全年, not from 下半年);
* :func:`names_other_kind`: does a scope name a kind the set's words exclude (行政复议案件
  against 行政诉讼案件: the distinguishing modifier, generic words such as 行政 aside:
  numbers.toml ``containment.generic``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..quantities import Lexicon, Quantity, load_lexicon, scan
from .periods import _period_of, _words

_WORD = r"[^，,；;。：:、！？!?（）()“”\n]"
_BRACKET_RE = re.compile(r"[（(][^）)]*[）)]")


@lru_cache(maxsize=4096)  # the same scope words and figure words are paired again and again
def _bigrams(words: str) -> frozenset[str]:
    """The pairs of characters in a row of ``words`` (的 joins words, it names nothing)."""
    return frozenset(
        words[i : i + 2] for i in range(len(words) - 1) if "的" not in words[i : i + 2]
    )


_SAID_TAIL_RE = re.compile(rf"{_WORD}{{0,12}}")


def _said(text: str, q: Quantity) -> str:
    """The words of a figure: its clause before it and the noun right after its unit."""
    tail = _SAID_TAIL_RE.match(text[q.end : q.end + 12])
    return q.pre + (tail.group(0) if tail else "")


_SENTENCE_END = "。！？!?"
PERIOD_REACH = 160  # characters read back from a figure for the period it is counted over


def period_at(lex: Lexicon, text: str, pos: int) -> str | None:
    """The period a figure at ``pos`` is counted over (numbers.toml ``periods``, read by
    :mod:`.periods`): the one named last before it in its sentence, else one opening an
    earlier sentence of its paragraph as a topic (「下半年，…。…」); ``"whole"`` for the
    year, None when none is named (a comparison base, 较上半年, names none)."""

    words = _words(lex)
    start = max(0, pos - PERIOD_REACH)
    marks = list(scan(words.pattern, text, start, pos))  # (at the words' first characters)
    for m in reversed(marks):
        named = _period_of(text, m, words, None)
        if named is None:
            continue
        if not any(ch in text[m.end() : pos] for ch in _SENTENCE_END):
            return named  # in the figure's own sentence
        before = text[max(0, m.start() - 1) : m.start()]
        if m.start() == 0 or (before and before in _SENTENCE_END):
            return named  # 「下半年，…」 opening a sentence: the topic of those after it
        return None  # the last period named is another sentence's own
    return None


def periods_fit(whole: str | None, part: str | None) -> bool:
    """May a figure of period ``part`` be drawn from a set counted over ``whole``: the same
    period, none named for the part, or a part of the year from the year's set (上半年 from
    全年)? 上半年 from 下半年, 全年 from 上半年 are other sets; 自…以来 holds more than a year."""
    if part is None or part == whole:
        return True
    if part == "since":
        return False
    if whole is None or whole == "whole":
        return part != "whole" or whole is None
    return False


def names_other_kind(scope: str, said: str) -> bool:
    """Does a scope name a kind of thing the words of a figure exclude? The scope's noun and
    the figure's words end alike (the head: 案件, 安全案件); what stands before that in the
    scope (复议, 药), past what the figure's words also open with, has no character among
    those words (行政诉讼案件, 行政案件 for 行政复议案件; 食品安全案件 for 药品…). Generic words (行政, 工作:
    numbers.toml ``containment.generic``) tell no kind. 受理的仲裁案件 against 劳动仲裁案件,
    信访事项 against 来信来访事项: the same kind."""
    noun = _BRACKET_RE.sub("", scope.rpartition("的")[2])
    if len(noun) < 3:
        return False
    at = said.rfind(noun[-2:])
    if at < 0:
        return _other_after_shared(noun, said)
    own = said[: at + 2]
    common = 0  # the ending both share (安全案件 of 药品安全案件 and 食品安全案件)
    while common < min(len(noun), len(own)) and noun[-common - 1] == own[-common - 1]:
        common += 1
    rest, other = noun[: len(noun) - common], own[: len(own) - common]
    if not _manner_re().sub("", load_lexicon().verb_re.sub("", other)):
        # 「办结援助案件」 of 法律援助案件, 「成功化解纠纷」 of 矛盾纠纷: a verb, the words of how it
        # ended (成功, 已, 依法: numbers.toml ``clauses.outcome-fillers``) and the ending alone,
        # a shortened mention
        return False
    lead = 0  # the longest opening of the rest found in the figure's words (行政 of 行政复议)
    for n in range(len(rest), 0, -1):
        if other.find(rest[:n]) >= 0:
            lead = n
            break
    modifier = rest[lead:]
    for word in load_lexicon().data["containment"].get("generic", ()):
        modifier = modifier.replace(word, "")
    # none of its characters anywhere in the figure's words (参考人员 is of 执法人员参加考试)
    return bool(modifier) and not set(modifier) & set(said)


@lru_cache(maxsize=1)
def _manner_re() -> re.Pattern[str]:
    """The words of how a verb was carried out or ended (numbers.toml
    ``clauses.outcome-fillers``: 成功, 已, 依法, 妥善), longest first: they name no kind."""
    words = sorted(
        load_lexicon().data["clauses"].get("outcome-fillers", ()), key=lambda w: (-len(w), w)
    )
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _sibling(named: tuple[str, str] | None, said: str) -> bool:
    """Is a category (its kind and noun) of a sibling kind of what a figure's words count?"""
    if named is None:
        return False
    full = named[0] + named[1]
    return _ends_alike(full, said) > len(named[1]) and names_other_kind(full, said)


def _ends_alike(noun: str, said: str) -> int:
    """How many characters a noun ends with that the figure's words hold, ending with the
    noun's last two (药品安全案件 and 查处食品安全案件: 5)."""
    at = said.rfind(noun[-2:])
    if at < 0:
        return 0
    own = said[: at + 2]
    n = 0
    while n < min(len(noun), len(own)) and noun[-n - 1] == own[-n - 1]:
        n += 1
    return n


def _other_after_shared(noun: str, said: str) -> bool:
    """With another head: the scope's noun goes on after the longest run it shares with the
    figure's words with four characters or more none of which they hold (劳动仲裁案件 against
    劳动监察投诉: 仲裁案件; 重大行政决策事项 against 行政规范性文件: 决策事项)? 复议案件
    against 复议申请 (案件: two) is the same set named by its stage."""
    best, end = 0, 0
    for i in range(len(noun)):
        for j in range(len(noun), i + best, -1):
            if noun[i:j] in said:
                best, end = j - i, j
                break
    after = noun[end:]
    return best >= 2 and len(after) >= 4 and not set(after) & set(said)


def fitting_sets(
    lex: Lexicon, text: str, scope: str, part: Quantity, earlier: Sequence[Quantity]
) -> list[Quantity]:
    """The earlier figures of a block a scope (「受理的仲裁案件中，」) may name for a part of
    it: of the part's period (:func:`periods_fit`) and not of a kind the scope excludes
    (:func:`names_other_kind`). The partition's scope groups ask it too."""
    period = period_at(lex, text, part.num_start)
    return [
        q
        for q in earlier
        if periods_fit(period_at(lex, text, q.num_start), period)
        and not names_other_kind(scope, _said(text, q))
    ]
