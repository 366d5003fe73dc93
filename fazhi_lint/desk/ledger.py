"""The review ledger (审查台账): an SQLite database in a folder the reviewer chooses.

It holds the roster of reporting units (单位名称, 类别, 应报送日期), every submission (file hash,
name as received, received time, the unit — guessed from the title and file name, then
confirmed by the reviewer — and its version number), the findings of each version, and the
reviewer's verdicts (确认 / 误报 / 已整改, with a note).

Nothing is lost on a crash: the database runs in WAL mode, every change is one transaction
(a file's findings and its "done" mark are committed together), and the schema carries its
version in ``PRAGMA user_version`` with numbered migrations applied in order.

Uploaded files are kept under ``uploads/`` with generated names, read-only; a name sent by a
browser or found in a zip is only ever *shown*, never used as a path.

Findings are matched between two versions of one unit's report by the diagnostic fingerprint
of :mod:`fazhi_lint.baseline` (the flagged text and its surroundings, not its place), with a
fixed pseudo-path so that the two files' different names do not matter.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as _dt
import hashlib
import io
import itertools
import json
import os
import re
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..engine import FileResult
    from ..model import Diagnostic
    from ..profiles import Profile

DB_NAME = "ledger.sqlite3"
UPLOADS = "uploads"
VERDICTS = ("确认", "误报", "已整改")
FINGERPRINT_PATH = "<报告>"  # one pseudo-path for every version, see the module doc
DEFAULT_DEADLINE = "03-01"  # when the profile names none (DOMAIN.md §1)

# status of a submission
PENDING, RUNNING, DONE, FAILED = "pending", "running", "done", "failed"
STATUS_ZH = {PENDING: "等待检查", RUNNING: "正在检查", DONE: "已检查", FAILED: "未能检查"}

# per-unit status
ON_TIME, OVERDUE, NOT_YET = "已报送", "逾期", "未报送"

MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema
    """
    CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        category TEXT NOT NULL DEFAULT '',
        deadline TEXT,               -- ISO date; NULL: not on the roster
        in_roster INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        created TEXT NOT NULL,
        source TEXT NOT NULL,        -- desk | cli
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE submissions (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES batches(id),
        name TEXT NOT NULL,          -- as received, for display only
        stored TEXT,                 -- generated file name under uploads/ (NULL: refused)
        sha256 TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0,
        received TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        error TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        year INTEGER,
        unit_id INTEGER REFERENCES units(id),
        unit_confirmed INTEGER NOT NULL DEFAULT 0,
        version INTEGER,
        text TEXT                    -- JSON: the document's blocks, for the report view
    );
    CREATE INDEX submissions_batch ON submissions(batch_id);
    CREATE INDEX submissions_unit ON submissions(unit_id);
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        submission_id INTEGER NOT NULL REFERENCES submissions(id),
        position INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        severity INTEGER NOT NULL,
        message TEXT NOT NULL,
        diagnostic TEXT NOT NULL     -- JSON: everything needed to rebuild the Diagnostic
    );
    CREATE INDEX findings_submission ON findings(submission_id);
    CREATE TABLE verdicts (
        finding_id INTEGER PRIMARY KEY REFERENCES findings(id),
        verdict TEXT NOT NULL CHECK (verdict IN ('确认', '误报', '已整改')),
        note TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL
    );
    """,
    # 2: last year's report of the same unit, compared automatically (C101–C104)
    """
    ALTER TABLE submissions ADD COLUMN previous_id INTEGER REFERENCES submissions(id);
    ALTER TABLE submissions ADD COLUMN compare_pending INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE batches ADD COLUMN shared_pending INTEGER NOT NULL DEFAULT 0;
    """,
)


class LedgerError(Exception):
    """A roster or ledger problem to show the reviewer (in Chinese)."""


def now_iso() -> str:
    return _dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


@dataclass(frozen=True)
class UnitStatus:
    unit_id: int
    name: str
    category: str
    deadline: str | None
    status: str  # 已报送 | 逾期 | 未报送
    first_received: str | None
    versions: int
    detail: str


@dataclass(frozen=True)
class PreviousReport:
    """Last year's report of a submission's unit, as the ledger holds it."""

    id: int  # submission id
    name: str  # as received
    stored: str
    year: int
    version: int | None
    received: str
    candidates: int  # how many different files of the unit's report for that year

    def describe(self, unit: str) -> str:
        """Which file was used, in the words the reviewer reads."""
        version = f"第{self.version}版，" if self.version else ""
        said = f"{unit}{self.year}年度报告「{self.name}」（{version}{self.received[:10]}收到）"
        if self.candidates > 1:
            said += f"；台账中该单位{self.year}年度报告共{self.candidates}份，采用最新的一版"
        return said


@dataclass(frozen=True)
class Comparison:
    """Findings between two versions of one unit's report."""

    previous: int  # submission ids
    current: int
    fixed: list[dict[str, Any]]  # 已整改: in the previous version, gone from this one
    new: list[dict[str, Any]]  # 新增
    remaining: list[dict[str, Any]]  # 仍存在


class Ledger:
    """One ledger folder: ``ledger.sqlite3`` and ``uploads/``."""

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / UPLOADS).mkdir(exist_ok=True)
        except OSError as exc:
            raise LedgerError(f"无法创建台账文件夹 {self.folder}：{exc.strerror or exc}") from exc
        self.path = self.folder / DB_NAME
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"无法打开台账数据库 {self.path}：{exc}") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply the migrations the database has not seen, each in its own transaction."""
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise LedgerError(
                f"台账数据库 {self.path} 由更新版本的 fazhi-lint 创建（结构版本 {current}），"
                "请升级 fazhi-lint"
            )
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction():
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT (ROLLBACK on any exception)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- roster --------------------------------------------------------------------------

    def import_roster(
        self,
        path: str | os.PathLike[str],
        *,
        profile: Profile | None = None,
        year: int | None = None,
        display_name: str | None = None,
    ) -> int:
        """Add or update the units of an .xlsx/.csv roster; returns how many rows were read.

        Columns by header: 单位名称 (required), 类别, 应报送日期. A missing date is the profile's
        deadline for the unit's category (``[deadline]`` in the profile), in ``year`` (the year
        after the reporting year; default: :func:`due_year`).
        """
        name = display_name or os.fspath(path)
        rows = _read_table(Path(path), name)
        if not rows:
            raise LedgerError(f"{name}：名册为空")
        header = [str(h or "").strip() for h in rows[0]]
        columns = _roster_columns(header, name)
        year = year or due_year()
        count = 0
        with self.transaction():
            for number, row in enumerate(rows[1:], start=2):
                cells = [*row, *([None] * len(header))]
                unit = str(cells[columns["name"]] or "").strip()
                if not unit:
                    continue
                category = (
                    str(cells[columns["category"]] or "").strip() if "category" in columns else ""
                )
                raw = cells[columns["deadline"]] if "deadline" in columns else None
                deadline = _parse_date(raw, year) if raw not in (None, "") else None
                if raw not in (None, "") and deadline is None:
                    raise LedgerError(f"{name} 第{number}行：无法识别应报送日期「{raw}」")
                if deadline is None:
                    deadline = profile_deadline(profile, category, year)
                self.db.execute(
                    "INSERT INTO units(name, category, deadline, in_roster, created) "
                    "VALUES (?, ?, ?, 1, ?) ON CONFLICT(name) DO UPDATE SET "
                    "category=excluded.category, deadline=excluded.deadline, in_roster=1",
                    (unit, category, deadline.isoformat(), now_iso()),
                )
                count += 1
        return count

    def units(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM units ORDER BY in_roster DESC, id").fetchall()

    def unit_id(self, name: str, *, create: bool = True) -> int | None:
        name = name.strip()
        if not name:
            return None
        row = self.db.execute("SELECT id FROM units WHERE name = ?", (name,)).fetchone()
        if row is not None:
            return int(row["id"])
        if not create:
            return None
        cursor = self.db.execute(
            "INSERT INTO units(name, created) VALUES (?, ?)", (name, now_iso())
        )
        return int(cursor.lastrowid or 0)

    def guess_unit(self, title: str, file_name: str) -> str:
        """The roster unit named in the title, else in the file name (the longest name that
        occurs wins); else the one roster unit whose name contains the unit the title names
        (:func:`reporting_unit`), or that unit itself; else ""."""
        from ..reporters import reporting_unit

        names = [r["name"] for r in self.db.execute("SELECT name FROM units WHERE in_roster = 1")]
        stem = Path(file_name.replace("\\", "/")).stem
        for text in (title, stem):
            found = [n for n in names if n and n in text]
            if found:
                return max(found, key=len)
        unit = reporting_unit(title)
        if unit and not _GENERIC_UNIT.match(unit):
            # 「河西区司法局」 in the title, 「天津市河西区司法局」 on the roster: only when unique
            found = [n for n in names if unit in n or n in unit]
            if len(found) == 1:
                return found[0]
        return unit

    # -- submissions ---------------------------------------------------------------------

    def new_batch(self, source: str = "desk", note: str = "") -> int:
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO batches(created, source, note) VALUES (?, ?, ?)",
                (now_iso(), source, note),
            )
        return int(cursor.lastrowid or 0)

    def store_upload(self, data: bytes, name: str) -> tuple[str, str]:
        """Keep ``data`` read-only under ``uploads/`` with a generated name; returns
        (stored name, sha256). Only the suffix of ``name`` is kept, and only a known one."""
        from ..discovery import SUPPORTED_SUFFIXES

        suffix = Path(display_name(name)).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            suffix = ".bin"
        stored = f"{uuid.uuid4().hex}{suffix}"
        target = self.folder / UPLOADS / stored
        temporary = target.with_name(stored + ".part")
        with open(temporary, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o444)
        os.replace(temporary, target)
        return stored, hashlib.sha256(data).hexdigest()

    def upload_path(self, stored: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{32}\.[a-z]+", stored):
            raise LedgerError("无效的存储文件名")
        return self.folder / UPLOADS / stored

    def add_submission(
        self,
        batch_id: int,
        name: str,
        data: bytes | None,
        *,
        error: str = "",
        received: str | None = None,
    ) -> int:
        """Record a received file (stored read-only) as pending; with ``data=None`` it is a
        refused item (e.g. a nested archive) recorded as failed with ``error``."""
        stored = sha = None
        size = 0
        if data is not None:
            stored, sha = self.store_upload(data, name)
            size = len(data)
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO submissions(batch_id, name, stored, sha256, size, received, status, "
                "error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    batch_id,
                    display_name(name),
                    stored,
                    sha or "",
                    size,
                    received or now_iso(),
                    PENDING if data is not None else FAILED,
                    error,
                ),
            )
        return int(cursor.lastrowid or 0)

    def claim_next(self) -> sqlite3.Row | None:
        """Mark the oldest pending submission as running and return it (None: nothing to do)."""
        with self.transaction():
            row = self.db.execute(
                "SELECT * FROM submissions WHERE status = ? ORDER BY id LIMIT 1", (PENDING,)
            ).fetchone()
            if row is None:
                return None
            self.db.execute("UPDATE submissions SET status = ? WHERE id = ?", (RUNNING, row["id"]))
        return row

    def reset_stale(self) -> int:
        """Put back submissions left running by a process that died (at start-up)."""
        with self.transaction():
            cursor = self.db.execute(
                "UPDATE submissions SET status = ? WHERE status = ?", (PENDING, RUNNING)
            )
        return cursor.rowcount

    def fail_stale(self, error: str) -> int:
        """Mark submissions left running by a worker that has exited as failed (while the
        desk runs: retrying a file that kills the worker would only kill it again)."""
        with self.transaction():
            cursor = self.db.execute(
                "UPDATE submissions SET status = ?, error = ? WHERE status = ?",
                (FAILED, error, RUNNING),
            )
        return cursor.rowcount

    def pending(self) -> int:
        """Files waiting to be checked or to be compared with last year's report."""
        row = self.db.execute(
            "SELECT (SELECT count(*) FROM submissions WHERE status IN (?, ?) "
            "OR (status = ? AND compare_pending = 1)) "
            "+ (SELECT count(*) FROM batches WHERE shared_pending = 1)",
            (PENDING, RUNNING, DONE),
        ).fetchone()
        return int(row[0])

    def record_result(
        self,
        submission_id: int,
        result: FileResult,
        blocks: Sequence[tuple[str, str, str]] | None = None,
    ) -> None:
        """Store a file's findings and mark it done, in one transaction; guess its unit
        and number its version."""
        from ..baseline import fingerprint

        row = self.submission(submission_id)
        if row is None:
            raise LedgerError(f"没有编号为 {submission_id} 的收文")
        title = result.meta.get("title")
        title = title if isinstance(title, str) else ""
        year = result.meta.get("year")
        seen: Counter[str] = Counter()
        with self.transaction():
            self.db.execute("DELETE FROM findings WHERE submission_id = ?", (submission_id,))
            for position, d in enumerate(result.diagnostics):
                value = fingerprint(d, FINGERPRINT_PATH)
                seen[value] += 1
                self.db.execute(
                    "INSERT INTO findings(submission_id, position, fingerprint, code, name, "
                    "severity, message, diagnostic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        submission_id,
                        position,
                        f"{value}:{seen[value]}",
                        d.code,
                        d.name,
                        int(d.severity),
                        d.message,
                        json.dumps(diagnostic_to_json(d), ensure_ascii=False, default=str),
                    ),
                )
            unit_id = row["unit_id"]
            if unit_id is None:
                guess = self.guess_unit(title, row["name"])
                unit_id = self.unit_id(guess) if guess else None
            self.db.execute(
                "UPDATE submissions SET status = ?, format = ?, title = ?, year = ?, unit_id = ?, "
                "text = ?, compare_pending = unit_confirmed WHERE id = ?",
                (
                    DONE,
                    result.format,
                    title,
                    year if isinstance(year, int) else None,
                    unit_id,
                    json.dumps(list(blocks), ensure_ascii=False) if blocks is not None else None,
                    submission_id,
                ),
            )
            if unit_id is not None:
                self._renumber(unit_id)
            self.db.execute(  # the batch's reports are compared with each other again (C105)
                "UPDATE batches SET shared_pending = 1 WHERE id = ?", (row["batch_id"],)
            )

    def record_failure(self, submission_id: int, error: str) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE submissions SET status = ?, error = ? WHERE id = ?",
                (FAILED, error, submission_id),
            )

    def confirm_unit(self, submission_id: int, unit_name: str, *, compare: bool = True) -> None:
        """The reviewer says which unit sent the file; versions of both units are renumbered.

        With ``compare`` the file is queued for the comparison with its unit's report of the
        year before, and so are the next year's confirmed reports of both units (their last
        year's report may be this one now, or no longer)."""
        row = self.submission(submission_id)
        if row is None:
            raise LedgerError(f"没有编号为 {submission_id} 的收文")
        with self.transaction():
            unit_id = self.unit_id(unit_name)
            if unit_id is None:
                raise LedgerError("单位名称不能为空")
            self.db.execute(
                "UPDATE submissions SET unit_id = ?, unit_confirmed = 1 WHERE id = ?",
                (unit_id, submission_id),
            )
            self._renumber(unit_id)
            if row["unit_id"] is not None and row["unit_id"] != unit_id:
                self._renumber(row["unit_id"])
            if compare:
                self.db.execute(
                    "UPDATE submissions SET compare_pending = 1 WHERE status = ? AND ("
                    "id = ? OR (unit_confirmed = 1 AND year = ? AND unit_id IN (?, ?)))",
                    (DONE, submission_id, row["year"] and row["year"] + 1, unit_id, row["unit_id"]),
                )

    # -- last year's report --------------------------------------------------------------

    def previous_year_report(self, submission_id: int) -> PreviousReport | None:
        """The report of the year before from the same unit, for the comparison C101–C104.

        Both units must be confirmed by the reviewer (a guessed unit is never used: a wrong
        guess would compare two different units' reports). When the ledger holds several
        files of that report, the latest version is taken.
        """
        row = self.submission(submission_id)
        if row is None or not row["unit_confirmed"] or row["unit_id"] is None:
            return None
        if not isinstance(row["year"], int):
            return None
        return self._report_of(int(row["unit_id"]), row["year"] - 1, submission_id)

    def find_confirmed_unit(self, sha256: str) -> str | None:
        """The unit the reviewer confirmed for a file with these bytes, if any (and only one)."""
        names = {
            r["name"]
            for r in self.db.execute(
                "SELECT DISTINCT u.name FROM submissions s JOIN units u ON u.id = s.unit_id "
                "WHERE s.sha256 = ? AND s.unit_confirmed = 1",
                (sha256,),
            )
        }
        return names.pop() if len(names) == 1 else None

    def previous_for(self, unit_name: str, year: int) -> PreviousReport | None:
        """A confirmed unit's report for ``year`` (the latest version): for a file not yet in
        the ledger whose unit the user has named (``check --unit``)."""
        unit_id = self.unit_id(unit_name, create=False)
        if unit_id is None:
            return None
        return self._report_of(unit_id, year)

    def _report_of(self, unit_id: int, year: int, exclude: int = 0) -> PreviousReport | None:
        """The latest version of a unit's report for ``year``, among files the reviewer
        confirmed as that unit's (checked and stored)."""
        rows = self.db.execute(
            "SELECT id, name, stored, year, version, received, sha256 FROM submissions "
            "WHERE unit_id = ? AND unit_confirmed = 1 AND year = ? AND status = ? AND id != ? "
            "AND stored IS NOT NULL ORDER BY version DESC, received DESC, id DESC",
            (unit_id, year, DONE, exclude),
        ).fetchall()
        if not rows:
            return None
        latest = rows[0]
        return PreviousReport(
            int(latest["id"]),
            str(latest["name"]),
            str(latest["stored"]),
            int(latest["year"]),
            latest["version"],
            str(latest["received"]),
            len({r["sha256"] for r in rows}),
        )

    def _replace_findings(
        self, submission_id: int, codes: Sequence[str], diagnostics: Iterable[Diagnostic]
    ) -> None:
        """Within a transaction: the submission's findings of ``codes`` replaced by
        ``diagnostics`` (numbered after its other findings); verdicts kept by fingerprint."""
        from ..baseline import fingerprint

        old = self.db.execute(
            "SELECT f.id, f.fingerprint, v.verdict, v.note, v.updated FROM findings f "
            "LEFT JOIN verdicts v ON v.finding_id = f.id WHERE f.submission_id = ? "
            f"AND f.code IN ({', '.join('?' * len(codes))})",
            (submission_id, *codes),
        ).fetchall()
        kept = {r["fingerprint"]: r for r in old if r["verdict"]}
        for r in old:
            self.db.execute("DELETE FROM verdicts WHERE finding_id = ?", (r["id"],))
            self.db.execute("DELETE FROM findings WHERE id = ?", (r["id"],))
        top = self.db.execute(
            "SELECT coalesce(max(position), -1) FROM findings WHERE submission_id = ?",
            (submission_id,),
        ).fetchone()[0]
        seen: Counter[str] = Counter()
        for position, d in enumerate(diagnostics, start=int(top) + 1):
            value = fingerprint(d, FINGERPRINT_PATH)
            seen[value] += 1
            key = f"{value}:{seen[value]}"
            cursor = self.db.execute(
                "INSERT INTO findings(submission_id, position, fingerprint, code, name, "
                "severity, message, diagnostic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    submission_id,
                    position,
                    key,
                    d.code,
                    d.name,
                    int(d.severity),
                    d.message,
                    json.dumps(diagnostic_to_json(d), ensure_ascii=False, default=str),
                ),
            )
            if key in kept:
                was = kept[key]
                self.db.execute(
                    "INSERT INTO verdicts(finding_id, verdict, note, updated) VALUES (?, ?, ?, ?)",
                    (cursor.lastrowid, was["verdict"], was["note"], was["updated"]),
                )

    def claim_batch_comparison(self) -> int | None:
        """A batch whose files are all checked, waiting for the comparison of its reports
        with each other (C105); a batch with a file still waiting keeps its place."""
        with self.transaction():
            row = self.db.execute(
                "SELECT b.id FROM batches b WHERE b.shared_pending = 1 AND NOT EXISTS ("
                "SELECT 1 FROM submissions s WHERE s.batch_id = b.id AND s.status IN (?, ?)) "
                "ORDER BY b.id LIMIT 1",
                (PENDING, RUNNING),
            ).fetchone()
            if row is None:
                return None
            self.db.execute("UPDATE batches SET shared_pending = 0 WHERE id = ?", (row["id"],))
        return int(row["id"])

    def record_shared(self, batch_id: int, found: dict[int, Sequence[Diagnostic]]) -> None:
        """Replace the C105 findings of a batch's submissions by ``found`` (submission id ->
        findings), in one transaction; a verdict on a passage found again is kept."""
        ids = [int(r["id"]) for r in self.submissions(batch_id)]
        with self.transaction():
            for submission_id in ids:
                self._replace_findings(submission_id, ("C105",), found.get(submission_id, ()))

    def unchecked(self, submission_id: int) -> bool:
        """True when the file could not be read or checked within the limits (an E finding)."""
        row = self.db.execute(
            "SELECT 1 FROM findings WHERE submission_id = ? AND code LIKE 'E%' LIMIT 1",
            (submission_id,),
        ).fetchone()
        return row is not None

    def set_previous(self, submission_id: int, previous_id: int | None) -> None:
        """Which submission the C101–C104 findings were found against."""
        with self.transaction():
            self.db.execute(
                "UPDATE submissions SET previous_id = ? WHERE id = ?", (previous_id, submission_id)
            )

    def claim_comparison(self) -> int | None:
        """A checked submission waiting for the comparison with last year's report."""
        with self.transaction():
            row = self.db.execute(
                "SELECT id FROM submissions WHERE compare_pending = 1 AND status = ? "
                "ORDER BY id LIMIT 1",
                (DONE,),
            ).fetchone()
            if row is None:
                return None
            self.db.execute("UPDATE submissions SET compare_pending = 0 WHERE id = ?", (row["id"],))
        return int(row["id"])

    def record_comparison(
        self,
        submission_id: int,
        previous_id: int | None,
        diagnostics: Sequence[Diagnostic],
    ) -> None:
        """Replace the submission's C101–C104 findings by ``diagnostics`` (found against
        submission ``previous_id``; None: no report of last year to compare with), in one
        transaction. A verdict on a finding that is found again (same fingerprint) is kept."""
        from ..comparison import PREVIOUS_CODES

        with self.transaction():
            self._replace_findings(submission_id, PREVIOUS_CODES, diagnostics)
            self.db.execute(
                "UPDATE submissions SET previous_id = ? WHERE id = ?",
                (previous_id, submission_id),
            )

    def _renumber(self, unit_id: int) -> None:
        """Versions 1, 2, … of a unit's checked submissions in the order they were received.
        A file identical to an earlier one (same hash) keeps that one's number."""
        rows = self.db.execute(
            "SELECT id, sha256 FROM submissions WHERE unit_id = ? AND status = ? "
            "ORDER BY received, id",
            (unit_id, DONE),
        ).fetchall()
        seen: dict[str, int] = {}
        version = 0
        for row in rows:
            if row["sha256"] in seen:
                number = seen[row["sha256"]]
            else:
                version += 1
                number = seen[row["sha256"]] = version
            self.db.execute("UPDATE submissions SET version = ? WHERE id = ?", (number, row["id"]))

    def submission(self, submission_id: int) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.db.execute(
            "SELECT s.*, u.name AS unit FROM submissions s LEFT JOIN units u ON u.id = s.unit_id "
            "WHERE s.id = ?",
            (submission_id,),
        ).fetchone()
        return row

    def submissions(self, batch_id: int | None = None) -> list[sqlite3.Row]:
        query = (
            "SELECT s.id, s.batch_id, s.name, s.stored, s.sha256, s.size, s.received, s.status, "
            "s.error, s.format, s.title, s.year, s.unit_id, s.unit_confirmed, s.version, "
            "s.previous_id, s.compare_pending, "
            "u.name AS unit, "
            "(SELECT count(*) FROM findings f WHERE f.submission_id = s.id) AS findings, "
            "(SELECT count(*) FROM findings f WHERE f.submission_id = s.id AND f.severity = 3) "
            "AS errors "
            "FROM submissions s LEFT JOIN units u ON u.id = s.unit_id"
        )
        if batch_id is None:
            return self.db.execute(query + " ORDER BY s.id").fetchall()
        return self.db.execute(
            query + " WHERE s.batch_id = ? ORDER BY s.id", (batch_id,)
        ).fetchall()

    def batches(self) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT b.*, (SELECT count(*) FROM submissions s WHERE s.batch_id = b.id) AS files "
            "FROM batches b ORDER BY b.id DESC"
        ).fetchall()

    # -- findings and verdicts -----------------------------------------------------------

    def findings(self, submission_id: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT f.*, v.verdict, v.note, v.updated FROM findings f "
            "LEFT JOIN verdicts v ON v.finding_id = f.id "
            "WHERE f.submission_id = ? ORDER BY f.position",
            (submission_id,),
        ).fetchall()

    def set_verdict(self, finding_id: int, verdict: str, note: str = "") -> None:
        if verdict not in (*VERDICTS, ""):
            raise LedgerError(f"未知的审查结论「{verdict}」（应为 确认、误报 或 已整改）")
        if self.db.execute("SELECT 1 FROM findings WHERE id = ?", (finding_id,)).fetchone() is None:
            raise LedgerError(f"没有编号为 {finding_id} 的问题")
        with self.transaction():
            if not verdict:
                self.db.execute("DELETE FROM verdicts WHERE finding_id = ?", (finding_id,))
            else:
                self.db.execute(
                    "INSERT INTO verdicts(finding_id, verdict, note, updated) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(finding_id) DO UPDATE SET verdict=excluded.verdict, "
                    "note=excluded.note, updated=excluded.updated",
                    (finding_id, verdict, note.strip()[:2000], now_iso()),
                )

    def result(self, submission_id: int) -> FileResult:
        """The stored result rebuilt for the reporters and the annotator."""
        from ..engine import FileResult

        row = self.submission(submission_id)
        if row is None:
            raise LedgerError(f"没有编号为 {submission_id} 的收文")
        diagnostics = [
            diagnostic_from_json(json.loads(f["diagnostic"]), row["name"])
            for f in self.findings(submission_id)
        ]
        meta: dict[str, Any] = {"title": row["title"], "year": row["year"]}
        return FileResult(row["name"], row["format"] or "unknown", diagnostics, meta)

    def blocks(self, submission_id: int) -> list[tuple[str, str, str]] | None:
        """The document's text as (key, text, place) per block; the key is
        :func:`block_key` (body and furniture are numbered apart)."""
        row = self.db.execute(
            "SELECT text FROM submissions WHERE id = ?", (submission_id,)
        ).fetchone()
        if row is None or row["text"] is None:
            return None
        return [(str(k), str(t), str(h)) for k, t, h in json.loads(row["text"])]

    # -- versions ------------------------------------------------------------------------

    def previous_version(self, submission_id: int) -> int | None:
        row = self.submission(submission_id)
        if row is None or row["unit_id"] is None or not row["version"] or row["version"] < 2:
            return None
        previous = self.db.execute(
            "SELECT id FROM submissions WHERE unit_id = ? AND version = ? AND status = ? "
            "ORDER BY received DESC, id DESC LIMIT 1",
            (row["unit_id"], row["version"] - 1, DONE),
        ).fetchone()
        return int(previous["id"]) if previous else None

    def compare(self, previous: int, current: int) -> Comparison:
        """已整改 / 新增 / 仍存在 between two submissions, matched by fingerprint."""
        before = {f["fingerprint"]: _finding_summary(f) for f in self.findings(previous)}
        after = {f["fingerprint"]: _finding_summary(f) for f in self.findings(current)}
        return Comparison(
            previous,
            current,
            fixed=[v for k, v in before.items() if k not in after],
            new=[v for k, v in after.items() if k not in before],
            remaining=[v for k, v in after.items() if k in before],
        )

    # -- status --------------------------------------------------------------------------

    def unit_statuses(self, today: _dt.date | None = None) -> list[UnitStatus]:
        """Per roster unit: 已报送 (on time), 逾期 (late or missing after the deadline),
        未报送 (nothing yet, deadline not passed)."""
        today = today or _dt.date.today()
        out = []
        for unit in self.db.execute("SELECT * FROM units WHERE in_roster = 1 ORDER BY id"):
            first = self.db.execute(
                "SELECT min(received) AS first, count(DISTINCT version) AS versions "
                "FROM submissions WHERE unit_id = ? AND status = ?",
                (unit["id"], DONE),
            ).fetchone()
            deadline = _dt.date.fromisoformat(unit["deadline"]) if unit["deadline"] else None
            received = first["first"]
            if received:
                day = _dt.date.fromisoformat(received[:10])
                if deadline is not None and day > deadline:
                    status = OVERDUE
                    detail = f"逾期报送（{_zh_date(day)}收到，应于{_zh_date(deadline)}前报送）"
                else:
                    status, detail = ON_TIME, f"{_zh_date(day)}收到"
            elif deadline is not None and today > deadline:
                status = OVERDUE
                detail = (
                    f"已逾期 {(today - deadline).days} 天未报送（应于{_zh_date(deadline)}前报送）"
                )
            else:
                status = NOT_YET
                detail = f"应于{_zh_date(deadline)}前报送" if deadline else ""
            out.append(
                UnitStatus(
                    int(unit["id"]),
                    unit["name"],
                    unit["category"],
                    unit["deadline"],
                    status,
                    received,
                    int(first["versions"] or 0),
                    detail,
                )
            )
        return out

    # -- export --------------------------------------------------------------------------

    def export_xlsx(self, target: str | os.PathLike[str], today: _dt.date | None = None) -> Path:
        """The ledger as an Excel workbook (报送情况, 收文登记, 问题清单), written to a
        temporary file beside ``target`` and renamed when complete."""
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "报送情况"
        sheet.append(["单位名称", "类别", "应报送日期", "状态", "首次收到", "版本数", "说明"])
        for s in self.unit_statuses(today):
            sheet.append(
                [s.name, s.category, s.deadline or "", s.status, s.first_received or "",
                 s.versions, s.detail]
            )  # fmt: skip
        register = book.create_sheet("收文登记")
        register.append(
            ["编号", "文件名", "单位", "单位已确认", "版本", "收到时间", "SHA-256", "状态",
             "标题", "问题数", "错误数"]
        )  # fmt: skip
        for r in self.submissions():
            register.append(
                [r["id"], r["name"], r["unit"] or "", "是" if r["unit_confirmed"] else "否",
                 r["version"], r["received"], r["sha256"], STATUS_ZH.get(r["status"], r["status"]),
                 r["title"], r["findings"], r["errors"]]
            )  # fmt: skip
        problems = book.create_sheet("问题清单")
        problems.append(
            ["收文编号", "文件名", "单位", "版本", "代码", "严重程度", "位置", "问题", "原文",
             "审查结论", "备注"]
        )  # fmt: skip
        from ..model import Severity

        for r in self.db.execute(
            "SELECT f.*, s.name AS file, s.version, u.name AS unit, v.verdict, v.note "
            "FROM findings f JOIN submissions s ON s.id = f.submission_id "
            "LEFT JOIN units u ON u.id = s.unit_id LEFT JOIN verdicts v ON v.finding_id = f.id "
            "ORDER BY s.id, f.position"
        ):
            data = json.loads(r["diagnostic"])
            problems.append(
                [r["submission_id"], r["file"], r["unit"] or "", r["version"], r["code"],
                 Severity(r["severity"]).zh, data.get("human", ""), r["message"],
                 data.get("excerpt", ""), r["verdict"] or "", r["note"] or ""]
            )  # fmt: skip
        for ws in book.worksheets:
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for row in ws.iter_rows(min_row=2):
                for cell in row:
                    if isinstance(cell.value, str):
                        cell.value = _excel_safe(cell.value)
        path = Path(target)
        temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
        try:
            book.save(temporary)
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
        return path


# -- diagnostics to and from JSON ----------------------------------------------------------


def diagnostic_to_json(d: Diagnostic) -> dict[str, Any]:
    location = dataclasses.asdict(d.location)
    return {
        "code": d.code,
        "name": d.name,
        "severity": int(d.severity),
        "message": d.message,
        "location": location,
        "human": d.location.human(d.offset),
        "span": list(d.span) if d.span else None,
        "excerpt": d.excerpt,
        "context": d.context,
        "suggestion": d.suggestion,
        "related": [[s.block, s.start, s.end] for s in d.related],
        "data": d.data,
        "fix": d.fix,
    }


def diagnostic_from_json(data: dict[str, Any], path: str) -> Diagnostic:
    from ..model import Diagnostic, Location, Severity, Span

    fields = {f.name for f in dataclasses.fields(Location)}
    raw = {k: v for k, v in (data.get("location") or {}).items() if k in fields}
    raw["line_starts"] = tuple(tuple(x) for x in raw.get("line_starts") or ())
    span = data.get("span")
    return Diagnostic(
        code=data["code"],
        name=data["name"],
        severity=Severity(int(data["severity"])),
        message=data["message"],
        path=path,
        location=Location(**raw),
        span=(int(span[0]), int(span[1])) if span else None,
        excerpt=data.get("excerpt") or "",
        context=data.get("context") or "",
        suggestion=data.get("suggestion"),
        related=tuple(Span(int(b), int(s), int(e)) for b, s, e in data.get("related") or ()),
        data=data.get("data") or {},
        fix=data.get("fix"),
    )


def _finding_summary(row: sqlite3.Row) -> dict[str, Any]:
    from ..model import Severity

    data = json.loads(row["diagnostic"])
    return {
        "id": row["id"],
        "code": row["code"],
        "severity": Severity(row["severity"]).zh,
        "message": row["message"],
        "excerpt": data.get("excerpt", ""),
        "human": data.get("human", ""),
    }


# -- helpers -------------------------------------------------------------------------------

BODY_PARTS = ("body", "textbox")  # in Document.blocks; other parts index Document.furniture


def block_key(part: str | None, index: int) -> str:
    """``b12`` for body block 12, ``f3`` for furniture block 3 (headers, footers, notes,
    comments, a printed table of contents): a finding's ``Location.block`` indexes the list
    its ``part`` belongs to."""
    return f"{'b' if (part or 'body') in BODY_PARTS else 'f'}{index}"


# 「区司法局」「市人民政府」: a level without a place name says nothing about which unit it is
_GENERIC_UNIT = re.compile(r"^(?:本|我)?[省市区县镇乡]")


def display_name(name: str) -> str:
    """The last component of a client-supplied name, for display only."""
    base = re.split(r"[\\/]", name or "")[-1].strip()
    base = re.sub(r"[\x00-\x1f\x7f]", "", base)
    return base[:200] or "未命名"


def due_year(today: _dt.date | None = None) -> int:
    """The year whose spring the next reports are due in: this year until the end of June
    (the reports on last year), else next year."""
    today = today or _dt.date.today()
    return today.year if today.month <= 6 else today.year + 1


def profile_deadline(profile: Profile | None, category: str, year: int) -> _dt.date:
    """The submission deadline for a unit's category: the profile's ``[deadline]`` table
    (``default`` and ``by_category``, as 月-日), else 3月1日."""
    default = DEFAULT_DEADLINE
    by_category: dict[str, str] = {}
    if profile is not None:
        default = str(profile.get("deadline.default", default))
        table = profile.get("deadline.by_category", {}) or {}
        by_category = {str(k): str(v) for k, v in table.items()}
    chosen = default
    for word, value in by_category.items():
        if word and word in category:
            chosen = value
            break
    month, day = (int(x) for x in chosen.split("-"))
    return _dt.date(year, month, day)


_DATE_FORMS = (
    re.compile(r"^\s*(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"),
    re.compile(r"^\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?\s*$"),
)


def _parse_date(value: Any, year: int) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value)
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            parts = match.groupdict()
            try:
                return _dt.date(int(parts.get("y") or year), int(parts["m"]), int(parts["d"]))
            except ValueError:
                return None
    return None


def _zh_date(day: _dt.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


_HEADERS = {
    "name": ("单位名称", "单位", "名称"),
    "category": ("类别", "单位类别", "类型"),
    "deadline": ("应报送日期", "报送日期", "截止日期", "应报送时间"),
}


def _roster_columns(header: list[str], name: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for key, names in _HEADERS.items():
        for candidate in names:
            if candidate in header:
                columns[key] = header.index(candidate)
                break
    if "name" not in columns:
        raise LedgerError(f"{name}：第一行没有「单位名称」列（应有：单位名称、类别、应报送日期）")
    return columns


def _read_table(path: Path, name: str) -> list[list[Any]]:
    suffix = Path(name).suffix.lower() or path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise LedgerError(f"{name}：无法读取 Excel 文件（{type(exc).__name__}）") from exc
        try:
            sheet = book.worksheets[0]
            rows = sheet.iter_rows(values_only=True)
            return [list(row) for row in itertools.islice(rows, 10_000)]
        finally:
            book.close()
    if suffix == ".csv":
        data = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise LedgerError(f"{name}：无法识别 CSV 文件的编码（应为 UTF-8 或 GBK）")
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""))][:10_000]
    raise LedgerError(f"{name}：名册应为 .xlsx 或 .csv 文件")


def _excel_safe(text: str) -> str:
    """No formula injection, no characters Excel refuses."""
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _statements(script: str) -> Iterable[str]:
    """The statements of a migration script (comments removed first: they may hold a ';')."""
    code = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    for part in code.split(";"):
        if part.strip():
            yield part.strip()


def record_files(
    folder: str | os.PathLike[str],
    results: Sequence[FileResult],
    *,
    source: str = "cli",
    units: dict[str, str] | None = None,
    previous: dict[str, int] | None = None,
) -> int:
    """Record a command-line batch: each file copied into the ledger, with its findings.
    ``units``: path -> the unit the user named (``--unit``) or the ledger had confirmed for
    the same bytes, recorded as confirmed; ``previous``: path -> the submission its C101–C104
    findings were found against. Returns the batch id."""
    with Ledger(folder) as ledger:
        batch = ledger.new_batch(source)
        for result in results:
            try:
                data = Path(result.path).read_bytes()
            except OSError as exc:
                ledger.add_submission(batch, result.path, None, error=f"无法读取：{exc.strerror}")
                continue
            submission = ledger.add_submission(batch, result.path, data)
            ledger.record_result(submission, result)
            unit = (units or {}).get(result.path)
            if unit:  # its C findings are already recorded: not queued for the desk again
                ledger.confirm_unit(submission, unit, compare=False)
            if result.path in (previous or {}):
                ledger.set_previous(submission, (previous or {})[result.path])
        with ledger.transaction():  # the command line compared what it was asked to (--compare)
            ledger.db.execute("UPDATE batches SET shared_pending = 0 WHERE id = ?", (batch,))
        return batch
