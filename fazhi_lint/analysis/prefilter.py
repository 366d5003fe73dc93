"""One search over the whole body before a search per paragraph: a pattern that matches in no
paragraph is not tried paragraph by paragraph.

Many checks run each of their patterns over each body paragraph (rules × paragraphs calls),
and most patterns match nowhere in a given report. :class:`TextIndex` holds the paragraphs'
texts joined by line breaks; :meth:`TextIndex.may_match` searches that once and answers False
only when the pattern cannot match in any paragraph, so a check may skip the per-paragraph
search for it and find exactly what it found before.

The joined search may find more than the paragraphs hold (a match running across a line
break: the check then searches the paragraphs as before), never less: ``^`` and ``$`` are
read at line breaks (the pattern is searched with ``re.MULTILINE``), and a pattern whose
meaning at a paragraph's edge could change with a line break beside it (``\\A``, ``\\Z``, a
negative look-around that can match a line break) is never filtered (``may_match`` says
True).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

SEPARATOR = "\n"


@lru_cache(maxsize=2048)
def _multiline(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with ``^``/``$`` at line breaks, or None when a line break beside a
    paragraph could hide one of its matches (then it is never filtered)."""
    source = pattern.pattern
    if not isinstance(source, str) or r"\A" in source or r"\Z" in source:
        return None
    if "(?>" in source or _POSSESSIVE_RE.search(source):
        return None  # an atomic group could take a line break and not give it back
    if _negative_lookarounds_may_see_break(source):
        return None
    return re.compile(source, pattern.flags | re.MULTILINE)


_POSSESSIVE_RE = re.compile(r"[*+?}]\+")
_NEGATIVE_RE = re.compile(r"\(\?<?!")
# inside a negative look-around, what can match a line break: a negated class, any
# character, a class escape (\s, \S, \W, \D…) or a literal line break
_MAY_MATCH_BREAK_RE = re.compile(r"\[\^|(?<!\\)\.|\\[sSWDBn]|\n")


def _negative_lookarounds_may_see_break(source: str) -> bool:
    for m in _NEGATIVE_RE.finditer(source):
        depth, i = 1, m.end()
        escaped = in_class = False
        while i < len(source) and depth:
            c = source[i]
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif in_class:
                in_class = c != "]"
            elif c == "[":
                in_class = True
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            i += 1
        if _MAY_MATCH_BREAK_RE.search(source, m.end(), i):
            return True
    return False


class TextIndex:
    """The texts of some paragraphs joined by line breaks, for :meth:`may_match`."""

    def __init__(self, texts: Iterable[str]):
        self.text = SEPARATOR.join(texts)
        self._answers: dict[re.Pattern[str], bool] = {}

    def may_match(self, pattern: re.Pattern[str], first: re.Pattern[str] | None = None) -> bool:
        """False only when ``pattern`` matches in none of the texts (searched once).
        ``first``: what each match begins with, for a pattern that opens with a look-behind
        (searched as :func:`~fazhi_lint.analysis.quantities.finditer_at` does)."""
        answer = self._answers.get(pattern)
        if answer is None:
            joined = _multiline(pattern)
            if joined is None:
                answer = True
            elif first is None:
                answer = joined.search(self.text) is not None
            else:
                from .quantities import finditer_at

                answer = next(finditer_at(first, joined, self.text), None) is not None
            self._answers[pattern] = answer
        return answer


__all__ = ["TextIndex"]
