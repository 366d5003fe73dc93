"""Checks the ledger's pending submissions, one file at a time, each in one transaction.

``python -m fazhi_lint.desk.worker DATA_DIR [--profile NAME]`` claims the oldest pending
submission, checks it in a batch worker process (:func:`fazhi_lint.batch.lint_files`: the
per-file time and memory limits, a crash of a reading library becomes an ``E999`` finding),
and records its findings and the document's text in one transaction; until none is left.
Killed at any moment, it loses at most the file in progress, which the desk puts back in
the queue when it starts again (:meth:`Ledger.reset_stale`).

When no file is left to check, it compares the submissions queued for it with their unit's
report of the year before (C101–C104, :func:`fazhi_lint.desk.previous.compare_with_last_year`): a submission is
queued when the reviewer confirms its unit, or when a file of a confirmed unit is checked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..engine import FileResult, Linter
from .ledger import DONE

if TYPE_CHECKING:
    from ..model import Document

BLOCKS_KEY = "desk_blocks"


def document_text(document: Document) -> list[list[str]]:
    """(key, text, place) for the body's blocks, then the furniture's (see :func:`block_key`)."""
    from .ledger import block_key

    return [
        [block_key(b.location.part, b.index), b.text, b.location.human()]
        for b in (*document.blocks, *document.furniture)
    ]


class DeskLinter(Linter):
    """A linter whose results also carry the document's text (for the report view)."""

    def _result(self, document: Document) -> FileResult:
        result = super()._result(document)
        result.meta[BLOCKS_KEY] = document_text(document)
        return result


def make_linter(profile: str | None = None, received: str | None = None) -> DeskLinter:
    """The desk's linter; ``received`` (the ledger's date of receipt, ISO) is F301's date, so a
    late report is measured against the day the bureau really received it."""
    from ..config import Config, RuleSettings

    config = Config().with_overrides(profile=profile or None)
    if received:
        current = config.rules.get("F301", RuleSettings())
        rules = dict(config.rules)
        rules["F301"] = RuleSettings(
            current.severity, {**current.options, "received": received[:10]}
        )
        config = config.with_overrides(rules=rules)
    return DeskLinter(config)


def run(folder: str, profile: str | None = None, limit: int | None = None) -> int:
    """Check pending submissions until none is left (or ``limit`` files); returns how many."""
    from ..run import Run
    from .ledger import Ledger

    linters: dict[str, DeskLinter] = {}  # one per day of receipt
    done = 0
    with Ledger(folder) as ledger:
        while limit is None or done < limit:
            row = ledger.claim_next()
            if row is None:
                from .previous import compare_with_last_year

                queued = ledger.claim_comparison()
                if queued is not None:
                    compare_with_last_year(ledger, queued, make_linter(profile))
                    continue
                batch = ledger.claim_batch_comparison()
                if batch is None:
                    break
                compare_batch_reports(ledger, batch, make_linter(profile))
                continue
            day = str(row["received"] or "")[:10]
            linter = linters.get(day) or linters.setdefault(day, make_linter(profile, day))
            path = str(ledger.upload_path(row["stored"]))
            try:
                result = Run(linter, jobs=1).lint_one(path)
            except Exception as exc:  # never leave the file "running" because of a bug here
                ledger.record_failure(row["id"], f"检查失败：{type(exc).__name__}: {exc}")
                done += 1
                continue
            blocks: Any = result.meta.pop(BLOCKS_KEY, None)
            if blocks is None:
                blocks = _text_again(path, result)
            result = _renamed(result, row["name"])
            text = [(str(k), str(t), str(h)) for k, t, h in blocks] if blocks is not None else None
            try:
                ledger.record_result(row["id"], result, text)
            except Exception as exc:  # e.g. a finding's data that cannot be stored
                ledger.record_failure(row["id"], f"无法记录检查结果：{type(exc).__name__}: {exc}")
            done += 1
    return done


def compare_batch_reports(ledger: Any, batch_id: int, linter: Any) -> bool:
    """The passages shared between the reports of one batch (C105), stored on the first
    submission holding each (its finding lists every place); returns whether it ran.
    Files the checking process could not read or check within its limits are left out."""
    from dataclasses import replace

    from ..comparison import batch_findings
    from .previous import read_stored, similarity_available

    if not linter.is_enabled("C105") or not similarity_available():
        return False
    rows = [
        r
        for r in ledger.submissions(batch_id)
        if r["status"] == DONE and r["stored"] and not ledger.unchecked(r["id"])
    ]
    if len(rows) < 2:
        ledger.record_shared(batch_id, {})
        return False
    try:
        documents = [read_stored(ledger, r["stored"], r["name"]) for r in rows]
        shared = {
            int(rows[i]["id"]): [replace(d, path=rows[i]["name"]) for d in ds]
            for i, ds in batch_findings(linter, documents).items()
        }
    except Exception:  # the comparison failing leaves every file's own findings as they are
        return False
    ledger.record_shared(batch_id, shared)
    return True


def _text_again(path: str, result: FileResult) -> list[list[str]] | None:
    """The document's text when the checking process could not send it (spawned workers,
    e.g. on Windows, build a plain linter): read once more, unless the file was given up on
    (then reading it again would only stall this process too)."""
    from ..batch import CRASH_CODE, LIMIT_CODE
    from ..readers import read_path

    if any(d.code in (LIMIT_CODE, CRASH_CODE) for d in result.diagnostics):
        return None
    try:
        document = read_path(path)
    except Exception:
        return None
    return document_text(document)


def _renamed(result: FileResult, name: str) -> FileResult:
    """Findings name the file as the reviewer knows it, not by its generated storage name."""
    from dataclasses import replace

    return replace(
        result,
        path=name,
        diagnostics=[replace(d, path=name) for d in result.diagnostics],
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fazhi_lint.desk.worker")
    parser.add_argument("folder")
    parser.add_argument("--profile")
    args = parser.parse_args(argv)
    run(args.folder, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
