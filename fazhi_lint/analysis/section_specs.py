"""The required contents a profile defines (C1–C5) and how a heading is matched to one.

Below the outline, which asks :func:`classify` which top heading names the results (for the
report's year), and below :mod:`fazhi_lint.analysis.sections`, which maps the whole document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
        return any(k.search(text) for k in self.keywords) and not any(
            e.search(text) for e in self.exclude
        )


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
