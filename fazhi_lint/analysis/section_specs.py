"""The required contents a profile defines (C1–C5) and how a heading is matched to one.

Below the outline, which asks :func:`classify` which top heading names the results (for the
report's year), and below :mod:`fazhi_lint.analysis.sections`, which maps the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ..grammar import YEAR_RE
from ..profiles import Profile


@dataclass(frozen=True)
class SectionSpec:
    """One expected section of the profile."""

    key: str
    name: str
    short: str
    required: bool
    priority: int
    year: str | None  # "report" | "next" | None
    nested: bool
    keywords: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]
    causes: tuple[str, ...] = ()
    in_text: tuple[str, ...] = ()  # words that make the content present anywhere in a paragraph

    def matches(self, text: str) -> bool:
        keyword, exclude = self._keyword_search, self._exclude_search
        return (
            keyword is not None
            and keyword(text) is not None
            and not (exclude is not None and exclude(text) is not None)
        )

    @cached_property
    def _keyword_search(self) -> Callable[[str], object] | None:
        return _either(self.keywords)

    @cached_property
    def _exclude_search(self) -> Callable[[str], object] | None:
        return _either(self.exclude)


# one search for a list of patterns (asked of every heading by every section): the patterns
# as branches of one, which matches somewhere exactly when one of them does, unless one
# refers back to a group by number or name (its number changes) or sets a flag inline
_BACKREF_RE = re.compile(r"\\[1-9]|\(\?P=|\(\?[aiLmsux]")


def _either(patterns: tuple[re.Pattern[str], ...]) -> Callable[[str], object] | None:
    """A search for any of ``patterns`` (None: there are none)."""
    if len(patterns) <= 1:
        return patterns[0].search if patterns else None
    if any(p.flags != patterns[0].flags or _BACKREF_RE.search(p.pattern) for p in patterns):
        return _any_of(patterns)
    joined = "|".join(f"(?:{p.pattern})" for p in patterns)
    try:
        return re.compile(joined, patterns[0].flags).search
    except re.error:  # (a group name used by two of them)
        return _any_of(patterns)


def _any_of(patterns: tuple[re.Pattern[str], ...]) -> Callable[[str], object]:
    def search(text: str) -> object:
        return next((m for p in patterns if (m := p.search(text)) is not None), None)

    return search


# per profile (by identity: a profile holds a dict and has no hash), the last few
_SPECS: dict[int, tuple[Profile, dict[str, SectionSpec]]] = {}


def specs_from(profile: Profile) -> dict[str, SectionSpec]:
    """The required contents a profile defines (``[sections.*]``), read once per profile
    (the outline and the sections of every document ask for them)."""
    entry = _SPECS.get(id(profile))
    if entry is None or entry[0] is not profile:
        if len(_SPECS) >= 16:
            _SPECS.clear()
        entry = (profile, _read_specs(profile))
        _SPECS[id(profile)] = entry
    return dict(entry[1])


def _read_specs(profile: Profile) -> dict[str, SectionSpec]:
    specs: dict[str, SectionSpec] = {}
    for key, data in (profile.get("sections", {}) or {}).items():
        specs[key] = SectionSpec(
            key=key,
            name=data.get("name", key),
            short=data.get("short", data.get("name", key)),
            required=bool(data.get("required", False)),
            priority=int(data.get("priority", 0)),
            year=data.get("year"),
            nested=bool(data.get("nested", False)),
            keywords=tuple(re.compile(k) for k in data.get("keywords", [])),
            exclude=tuple(re.compile(k) for k in data.get("exclude", [])),
            causes=tuple(data.get("causes", [])),
            in_text=tuple(data.get("in-text", [])),
        )
    return specs


def years_in(text: str) -> list[tuple[int, int, int]]:
    """Standalone years (not ends of ranges such as 2021—2025年): (year, start, end) of the digits."""
    return [(int(m.group(1)), m.start(1), m.end(1)) for m in YEAR_RE.finditer(text)]


def classify(spec_map: dict[str, SectionSpec], text: str, report_year: int | None) -> str | None:
    """The required content a heading names, or None for a thematic heading."""
    candidates = [s for s in spec_map.values() if s.matches(text)]
    if report_year is not None:
        years = {y for y, _, _ in years_in(text)}
        if report_year + 1 in years and report_year not in years:
            # 「2024年工作举措」 in a report on 2023: the plan, unless it names problems or duty.
            stronger = [s for s in candidates if s.priority > _priority(spec_map, "next")]
            if not stronger:
                nxt = [s for s in spec_map.values() if s.year == "next"]
                if nxt:
                    return nxt[0].key
    if not candidates:
        return None
    return max(candidates, key=lambda s: s.priority).key


def _priority(spec_map: dict[str, SectionSpec], year_kind: str) -> int:
    return max((s.priority for s in spec_map.values() if s.year == year_kind), default=0)
