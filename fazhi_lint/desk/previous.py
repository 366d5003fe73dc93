"""Last year's report of the same unit, taken from the review ledger (C101–C104).

The desk compares a submission with its unit's report of the year before when both are in
the ledger with a unit the reviewer confirmed (:meth:`Ledger.previous_year_report`); the
command line does the same for ``check FILE --ledger DIR`` when the unit is known: named
with ``--unit``, or confirmed in the ledger for a file with the same bytes. A unit is never
guessed here: a wrong guess would compare two different units' reports.
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import Document
    from .ledger import Ledger, PreviousReport

SIMILARITY_MODULES = ("jieba", "rapidfuzz", "datasketch")


def similarity_available() -> bool:
    return all(importlib.util.find_spec(m) for m in SIMILARITY_MODULES)


def read_stored(ledger: Ledger, stored: str, name: str, readers: Any = None) -> Document:
    """A file kept in the ledger, named as it was received."""
    from ..readers import read_path

    document = read_path(str(ledger.upload_path(stored)), plugin_readers=readers or ())
    return replace(document, path=name)  # messages name the file as it was received


def compare_with_last_year(ledger: Ledger, submission_id: int, linter: Any) -> bool:
    """Compare a submission with its unit's report of the year before and store the
    C101–C104 findings in place of earlier ones; returns whether a comparison ran.

    Files the checking process could not read or check within its limits (an ``E`` finding)
    are not read again here; without the similarity libraries nothing is compared."""
    from ..comparison import previous_findings, wants_previous

    row = ledger.submission(submission_id)
    found = ledger.previous_year_report(submission_id)
    if (
        row is None
        or found is None
        or not wants_previous(linter)
        or not similarity_available()
        or ledger.unchecked(submission_id)
        or ledger.unchecked(found.id)
    ):
        ledger.record_comparison(submission_id, None, [])
        return False
    try:
        current = read_stored(ledger, row["stored"], row["name"])
        previous = read_stored(ledger, found.stored, found.name)
        diagnostics = previous_findings(linter, current, previous)
    except Exception:  # a comparison that fails leaves the file's own findings as they are
        ledger.record_comparison(submission_id, None, [])
        return False
    ledger.record_comparison(submission_id, found.id, diagnostics)
    return True


@dataclass
class LastYear:
    """What the command line found in the ledger for one checked file."""

    unit: str = ""  # the confirmed unit (named with --unit or confirmed for the same bytes)
    report: PreviousReport | None = None
    document: Document | None = None
    note: str = ""  # why nothing was compared, for the terminal

    def describe(self) -> str:
        return self.report.describe(self.unit) if self.report else ""


def for_file(
    folder: str, path: str, year: object, unit: str | None = None, readers: Any = None
) -> LastYear:
    """Last year's report for a file checked on the command line (``check --ledger``)."""
    from .ledger import Ledger, LedgerError

    if not isinstance(year, int):
        return LastYear(note="未识别本报告的年度，未与上年报告比较")
    if not similarity_available():
        return LastYear(
            note="未安装比较所需的库（pip install 'fazhi-lint[compare]'），未与上年报告比较"
        )
    try:
        with Ledger(folder) as ledger:
            if not unit:
                try:
                    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
                except OSError:
                    return LastYear()
                unit = ledger.find_confirmed_unit(digest) or ""
            if not unit:
                return LastYear(
                    note="台账中没有此文件已确认的报送单位，未与上年报告比较"
                    "（可用 --unit 指定单位，或用 --previous 指定上年报告）"
                )
            report = ledger.previous_for(unit, year - 1)
            if report is None:
                return LastYear(
                    unit, note=f"台账中没有{unit}已确认的{year - 1}年度报告，未与上年报告比较"
                )
            if ledger.unchecked(report.id):
                return LastYear(
                    unit, report, note=f"{report.describe(unit)}未能正常检查，未与之比较"
                )
            document = read_stored(ledger, report.stored, report.name, readers)
    except LedgerError as exc:
        return LastYear(note=str(exc))
    if not document.readable:
        return LastYear(unit, report, note=f"无法读取{report.describe(unit)}，未与之比较")
    return LastYear(unit, report, document)
