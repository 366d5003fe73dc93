"""Which part of the report holds each required content (C1–C5), matched by meaning.

Real headings vary widely («工作成效及举措», «存在问题和不足», «2024年工作举措»), so a heading
matches a required content by keywords and synonyms from the profile, with year logic: in
a report on year Y, a heading naming year Y+1 is the plan. Computed once per document by the
``sections`` view (:mod:`fazhi_lint.analysis.views`); the structure checks and the year logic of the
statistics checks both read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block, Document
from ..profiles import Profile
from .outline import Outline, Section
from .section_specs import SectionSpec, classify, specs_from

# The first clause of a paragraph: where an unheaded report names its parts.
_FIRST_CLAUSE_RE = re.compile(r"^[^，,。；;：:！!？?]{2,40}")


@dataclass(frozen=True)
class SectionMatch:
    """Where a required content was found.

    ``how`` is ``heading`` (a heading names it), ``implicit`` (present under thematic
    headings only) or ``text`` (a paragraph's opening words name it, no heading).
    """

    key: str
    block: Block
    how: str
    section: Section | None = None

    @property
    def position(self) -> int:
        return self.block.index


@dataclass
class SectionMap:
    """The expected sections of a report and where the outline has them."""

    specs: dict[str, SectionSpec]
    found: dict[str, list[SectionMatch]] = field(default_factory=dict)
    thematic: list[Section] = field(default_factory=list)  # top sections matching nothing

    def first(self, key: str) -> SectionMatch | None:
        matches = self.found.get(key)
        return matches[0] if matches else None

    def key_of(self, section: Section) -> str | None:
        for key, matches in self.found.items():
            if any(m.section is section for m in matches):
                return key
        return None


def build_sections(
    document: Document, profile: Profile, outline: Outline, report_year: int | None = None
) -> SectionMap:
    """Where each required content is, computed afresh (the ``sections`` view caches it), in
    a report on ``report_year`` (by default the outline's)."""
    return _build(document, profile, outline, report_year)


def _build(
    document: Document, profile: Profile, outline: Outline, report_year: int | None = None
) -> SectionMap:
    specs = specs_from(profile)
    result = SectionMap(specs=specs)
    year = outline.report_year if report_year is None else report_year
    top = outline.top_sections()

    def add(key: str, match: SectionMatch) -> None:
        result.found.setdefault(key, []).append(match)

    for section in top:
        if section.heading is None:
            continue
        key = classify(specs, section.heading.title, year)
        if key is None:
            result.thematic.append(section)
        else:
            add(key, SectionMatch(key, section.heading.block, "heading", section))

    # Second pass, deeper headings: C3 often nests in C1; other contents only when the top level
    # lacks them (some reports put everything under one 「一、2023年工作情况」).
    for section in _deeper(top):
        if section.heading is None:
            continue
        key = classify(specs, section.heading.title, year)
        if key is None or (key in result.found and not specs[key].nested):
            continue
        if key == "C1":
            continue  # 「（一）…成效」 inside another part says nothing about C1
        if specs[key].nested or key not in result.found:
            add(key, SectionMatch(key, section.heading.block, "heading", section))

    # C1 written under thematic headings only: present, but without a title of its own.
    if "C1" in specs and "C1" not in result.found and result.thematic:
        later = [
            m.position for k in ("C2", "C4") for m in result.found.get(k, []) if m.how == "heading"
        ]
        limit = min(later) if later else len(document.blocks)
        before = [s for s in result.thematic if s.start < limit]
        if before:
            add("C1", SectionMatch("C1", before[0].heading.block, "implicit", before[0]))  # type: ignore[union-attr]

    # No heading names it: a paragraph that opens with it (reports without headings).
    title_indices = {b.index for b in outline.title_blocks}
    for key, spec in specs.items():
        if key in result.found:
            continue
        for block in document.blocks:
            if block.index in title_indices or not block.is_body:
                continue
            clause = _FIRST_CLAUSE_RE.match(block.text)
            if clause and _names(spec, clause.group(0), year):
                add(key, SectionMatch(key, block, "text"))
                break
        else:
            # the content given inside another part, in words that name nothing else
            for block in document.blocks:
                if (
                    block.is_body
                    and block.index not in title_indices
                    and any(word in block.text for word in spec.in_text)
                ):
                    add(key, SectionMatch(key, block, "text"))
                    break
    # A report without any headings: what precedes the shortcomings or the plan is C1.
    if "C1" in specs and "C1" not in result.found and not top:
        later = [m.position for k in ("C2", "C4") for m in result.found.get(k, [])]
        limit = min(later) if later else len(document.blocks)
        body = [
            b
            for b in document.blocks
            if b.is_body and b.index not in title_indices and b.index < limit
        ]
        if body:
            add("C1", SectionMatch("C1", body[0], "implicit"))
    for matches in result.found.values():
        matches.sort(key=lambda m: m.position)
    return result


def _names(spec: SectionSpec, text: str, year: int | None) -> bool:
    """``classify({spec.key: spec}, text, year) == spec.key``, asked of many paragraphs: its
    keywords name it; otherwise only the plan can be named, by the next year alone."""
    if spec.matches(text):
        return True
    if spec.year != "next" or year is None:
        return False
    return classify({spec.key: spec}, text, year) == spec.key


def _deeper(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        for child in section.children:
            out.append(child)
            out.extend(_deeper([child]))
    return out
