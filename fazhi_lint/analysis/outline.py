"""Placeholder outline (replaced by the outline work)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document
from ..profiles import Profile


@dataclass
class Outline:
    title_text: str | None = None
    report_year: int | None = None


def outline_of(document: Document, profile: Profile) -> Outline:
    return document.cache.setdefault("outline", Outline())
