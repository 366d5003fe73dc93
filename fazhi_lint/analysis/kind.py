"""What kind of document this is: a report of the profile's kind, another report, or neither.

A reviewer who opens a 政府信息公开工作年度报告 or a 部门决算 sent in by mistake says so once;
they do not go on to list the headings it numbers its own way or the contents it lacks. Nor
does a writer's README deserve the findings of a report. So:

* ``other`` — the title names another statutory report (the profile's ``title.confusable``,
  e.g. 「政府信息公开工作年度报告」「部门决算」) and not 法治: S104 says so once;
* ``none`` — no title carries the profile's title words (法治政府建设 + 报告), fewer than two required
  contents have headings of their own, and the opening does not speak of the subject in a year or as a report (「现报告如下」):
  the file is plainly not a report (a README, an index, a notice), and S100 says so once;
* ``report`` — everything else: every check runs.

On ``other`` and ``none`` the checks that read a document as a report of this kind
(:data:`REPORT_ONLY`) are not run. Computed once per document by the ``kind`` view.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Document
from ..profiles import Profile
from .outline import YEAR_RE, Outline
from .sections import SectionMap

# Checks (code prefixes) that presuppose a report of the profile's kind: structure, heading
# numbering, mandated phrases, the year of each part (N301 reads the report year; the other
# time checks — 全年 below 上半年, dates that do not exist — hold in any document), and the
# form of this genre (F1 GB/T 9704 layout, F2 signature and date, F3 deadlines, length and the
# year's formula). Revisions (F0) and what must not be published (F4) hold for any file. The
# kind findings themselves run.
REPORT_ONLY: tuple[str, ...] = ("S", "H", "P", "N301", "F1", "F2", "F3")
KIND_CODES: tuple[str, ...] = ("S100", "S104")
# A file without a report title has the shape of a report when this many required contents
# have headings of their own (a thesis has a 「总结与展望」, not also a 「存在的不足」).
REPORT_SHAPE_PARTS = 2
# An opening that reports: «现将……情况报告如下», «现报告如下».
_REPORTING_RE = re.compile(r"报告如下|现(?:将|就)[^。]{0,40}报告")


@dataclass(frozen=True)
class DocumentKind:
    """What kind of document a file is: a report, another report, or none."""

    kind: str  # report | other | none
    name: str | None = None  # for ``other``: the kind of report its title names

    @property
    def is_report(self) -> bool:
        return self.kind == "report"


def runs_on(code: str, kind: DocumentKind) -> bool:
    """Whether the check ``code`` runs on a document of this kind."""
    if kind.is_report or code in KIND_CODES:
        return True
    return not code.startswith(REPORT_ONLY)


def _words(profile: Profile) -> list[str]:
    return [str(w) for w in profile.get("title.required", []) or []] or ["法治政府建设", "报告"]


def classify_kind(
    document: Document,
    profile: Profile,
    outline: Outline,
    sections: Callable[[], SectionMap],
) -> DocumentKind:
    """The kind of the document, computed afresh (the ``kind`` view caches it); ``sections``
    is asked only when the title does not decide."""
    title = re.sub(r"\s+", "", outline.title_text or "")
    if "法治" not in title:
        for name in profile.get("title.confusable", []) or []:
            if name in title:
                return DocumentKind("other", str(name))
    words = _words(profile)
    if title and all(word in title for word in words):
        return DocumentKind("report")
    parts = sections()
    headed = {
        key
        for key, spec in parts.specs.items()
        if spec.required
        for match in parts.found.get(key, [])
        if match.how == "heading"
    }
    if len(headed) >= REPORT_SHAPE_PARTS:
        return DocumentKind("report")
    subject = words[0]
    opening = outline.opening.text if outline.opening is not None else ""
    text = re.sub(r"\s+", "", title + opening)
    if subject in text and (YEAR_RE.search(text) or _REPORTING_RE.search(text)):
        return DocumentKind("report")
    return DocumentKind("none")
