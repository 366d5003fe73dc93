"""The review ledger: schema, roster, submissions, versions, statuses, export, crash safety."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fazhi_lint.desk.ledger import (
    DONE,
    MIGRATIONS,
    NOT_YET,
    ON_TIME,
    OVERDUE,
    PENDING,
    RUNNING,
    Ledger,
    LedgerError,
    display_name,
    record_files,
)
from fazhi_lint.engine import FileResult
from fazhi_lint.model import Diagnostic, Location, Severity
from fazhi_lint.profiles import load_profile

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def finding(code: str, context: str, flagged: str, message: str = "问题") -> Diagnostic:
    start = context.index(flagged)
    return Diagnostic(
        code=code,
        name="test-rule",
        severity=Severity.WARNING,
        message=message,
        location=Location(block=0, paragraph=1),
        span=(start, start + len(flagged)),
        excerpt=flagged,
        context=context,
    )


def result(title: str, *diagnostics: Diagnostic) -> FileResult:
    return FileResult("x.txt", "text", list(diagnostics), {"title": title, "year": 2024})


def test_schema_is_versioned_in_wal_mode_and_migrates_once(tmp_path: Path) -> None:
    with Ledger(tmp_path) as ledger:
        assert ledger.schema_version == len(MIGRATIONS)
        assert ledger.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        ledger.new_batch()
    with Ledger(tmp_path) as again:  # reopening keeps the data, runs nothing twice
        assert again.schema_version == len(MIGRATIONS)
        assert len(again.batches()) == 1


def test_a_later_migration_is_applied_once_to_an_existing_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fazhi_lint.desk import ledger as module

    with Ledger(tmp_path) as ledger:
        ledger.new_batch(note="旧数据")
    monkeypatch.setattr(
        module, "MIGRATIONS", (*MIGRATIONS, "ALTER TABLE batches ADD COLUMN reviewer TEXT; -- 2")
    )
    with Ledger(tmp_path) as ledger:
        assert ledger.schema_version == len(MIGRATIONS) + 1
        (batch,) = ledger.batches()
        assert batch["note"] == "旧数据" and batch["reviewer"] is None
    with Ledger(tmp_path) as ledger:  # not applied twice (a second ALTER would fail)
        assert ledger.schema_version == len(MIGRATIONS) + 1


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    Ledger(tmp_path).close()
    db = sqlite3.connect(tmp_path / "ledger.sqlite3")
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(LedgerError, match="更新版本"):
        Ledger(tmp_path)


def test_roster_from_csv_takes_the_profile_deadline_when_none_is_given(tmp_path: Path) -> None:
    roster = tmp_path / "名册.csv"
    roster.write_text(
        "单位名称,类别,应报送日期\n河西区人民政府,区政府,\n市司法局,市级部门,2025年2月20日\n"
        "某省人民政府,省级,\n",
        encoding="utf-8-sig",
    )
    with Ledger(tmp_path / "data") as ledger:
        assert ledger.import_roster(roster, profile=load_profile("national"), year=2025) == 3
        units = {u["name"]: (u["category"], u["deadline"]) for u in ledger.units()}
    assert units == {
        "河西区人民政府": ("区政府", "2025-03-01"),
        "市司法局": ("市级部门", "2025-02-20"),
        "某省人民政府": ("省级", "2025-04-01"),
    }


def test_the_default_deadline_year_is_the_coming_spring() -> None:
    from fazhi_lint.desk.ledger import due_year

    assert due_year(dt.date(2025, 2, 10)) == 2025  # the reports on 2024, due this spring
    assert due_year(dt.date(2025, 6, 30)) == 2025
    assert due_year(dt.date(2025, 12, 3)) == 2026  # the next round


def test_roster_from_xlsx_and_gbk_csv(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["序号", "单位名称", "应报送日期"])
    sheet.append([1, "和平区人民政府", dt.datetime(2025, 2, 28)])
    sheet.append([2, "南开区人民政府", "3/5"])
    book.save(tmp_path / "名册.xlsx")
    (tmp_path / "gbk.csv").write_bytes("单位名称\n红桥区人民政府\n".encode("gbk"))
    with Ledger(tmp_path / "data") as ledger:
        assert ledger.import_roster(tmp_path / "名册.xlsx", year=2025) == 2
        assert ledger.import_roster(tmp_path / "gbk.csv", year=2025) == 1
        units = {u["name"]: u["deadline"] for u in ledger.units()}
    assert units == {
        "和平区人民政府": "2025-02-28",
        "南开区人民政府": "2025-03-05",
        "红桥区人民政府": "2025-03-01",
    }


def test_roster_problems_are_explained(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("名字,类别\n甲,乙\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("单位名称,应报送日期\n甲,下周\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("单位名称\n甲\n", encoding="utf-8")
    with Ledger(tmp_path / "data") as ledger:
        with pytest.raises(LedgerError, match="单位名称"):
            ledger.import_roster(tmp_path / "a.csv")
        with pytest.raises(LedgerError, match=r"第2行.*下周"):
            ledger.import_roster(tmp_path / "b.csv")
        with pytest.raises(LedgerError, match=r"\.xlsx 或 \.csv"):
            ledger.import_roster(tmp_path / "c.txt")
        assert ledger.units() == []  # a failed import adds nothing


def test_uploads_are_read_only_with_generated_names(tmp_path: Path) -> None:
    with Ledger(tmp_path) as ledger:
        batch = ledger.new_batch()
        sid = ledger.add_submission(batch, "../../etc/passwd.docx", b"data")
        row = ledger.submission(sid)
        assert row is not None
        assert row["name"] == "passwd.docx"
        stored = ledger.upload_path(row["stored"])
        assert stored.parent == tmp_path / "uploads"
        assert stored.suffix == ".docx" and "passwd" not in stored.name
        assert stored.read_bytes() == b"data"
        if os.name == "posix":
            assert not stored.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        other = ledger.add_submission(batch, "报告.exe", b"MZ")
        row = ledger.submission(other)
        assert row is not None and row["stored"].endswith(".bin")
        with pytest.raises(LedgerError):
            ledger.upload_path("../ledger.sqlite3")
    assert display_name("C:\\收文\\河西区 报告.docx") == "河西区 报告.docx"


def test_unit_guess_versions_and_comparison(tmp_path: Path) -> None:
    roster = tmp_path / "名册.csv"
    roster.write_text("单位名称\n河西区司法局\n河东区司法局\n", encoding="utf-8")
    text = "今年共办理案件十件，比去年增长百分之五十，成效显著。"
    kept = finding("N101", text, "十件")
    fixed = finding("T104", text, "增长")
    added = finding("P101", text, "成效显著")
    with Ledger(tmp_path / "data") as ledger:
        ledger.import_roster(roster, year=2025)
        batch = ledger.new_batch()
        first = ledger.add_submission(batch, "v1.txt", b"one", received="2025-02-01 09:00:00")
        ledger.record_result(
            first, result("天津市河西区司法局2024年法治政府建设情况报告", kept, fixed)
        )
        # the file name names the unit when the title does not
        other = ledger.add_submission(batch, "河东区司法局-报告.txt", b"x", received="2025-02-02")
        ledger.record_result(other, result("法治政府建设情况报告"))
        second = ledger.add_submission(batch, "v2.txt", b"two", received="2025-03-05 10:00:00")
        ledger.record_result(second, result("河西区司法局2024年法治政府建设情况报告", kept, added))
        rows = {r["id"]: r for r in ledger.submissions()}
        assert rows[first]["unit"] == "河西区司法局" and rows[first]["version"] == 1
        assert rows[second]["unit"] == "河西区司法局" and rows[second]["version"] == 2
        assert rows[other]["unit"] == "河东区司法局"
        assert ledger.previous_version(second) == first
        assert ledger.previous_version(first) is None
        comparison = ledger.compare(first, second)
        assert [f["code"] for f in comparison.fixed] == ["T104"]
        assert [f["code"] for f in comparison.new] == ["P101"]
        assert [f["code"] for f in comparison.remaining] == ["N101"]
        # the reviewer moves the first file to another unit: both units are renumbered
        ledger.confirm_unit(first, "河东区司法局")
        rows = {r["id"]: r for r in ledger.submissions()}
        assert rows[first]["unit_confirmed"] == 1
        assert (rows[first]["version"], rows[other]["version"]) == (1, 2)  # by received time
        assert rows[second]["version"] == 1


def test_a_generic_or_ambiguous_unit_is_not_matched_to_the_roster(tmp_path: Path) -> None:
    roster = tmp_path / "名册.csv"
    roster.write_text(
        "单位名称\n天津市河西区司法局\n滨海新区司法局\n河北区司法局\n", encoding="utf-8"
    )
    with Ledger(tmp_path / "data") as ledger:
        ledger.import_roster(roster, year=2025)
        assert ledger.guess_unit("2023年区司法局法治政府建设情况报告", "a.txt") == "区司法局"
        assert ledger.guess_unit("河西区司法局2023年法治政府建设情况报告", "a.txt") == (
            "天津市河西区司法局"
        )
        assert ledger.guess_unit("法治政府建设情况报告", "滨海新区司法局（修改稿）.docx") == (
            "滨海新区司法局"
        )
        assert ledger.guess_unit("法治政府建设情况报告", "报告.docx") == ""


def test_same_file_twice_keeps_its_version(tmp_path: Path) -> None:
    with Ledger(tmp_path) as ledger:
        batch = ledger.new_batch()
        ids = [ledger.add_submission(batch, f"{n}.txt", b"same") for n in (1, 2)]
        for sid in ids:
            ledger.record_result(sid, result("滨海新区司法局2024年法治政府建设情况报告"))
        assert [r["version"] for r in ledger.submissions()] == [1, 1]


def test_verdicts(tmp_path: Path) -> None:
    text = "全年办结案件十件。"
    with Ledger(tmp_path) as ledger:
        sid = ledger.add_submission(ledger.new_batch(), "a.txt", b"a")
        ledger.record_result(sid, result("", finding("N101", text, "十件")))
        (row,) = ledger.findings(sid)
        ledger.set_verdict(row["id"], "误报", "  数字无误  ")
        (row,) = ledger.findings(sid)
        assert (row["verdict"], row["note"]) == ("误报", "数字无误")
        ledger.set_verdict(row["id"], "已整改")
        assert ledger.findings(sid)[0]["verdict"] == "已整改"
        ledger.set_verdict(row["id"], "")
        assert ledger.findings(sid)[0]["verdict"] is None
        with pytest.raises(LedgerError, match="未知的审查结论"):
            ledger.set_verdict(row["id"], "通过")
        with pytest.raises(LedgerError):
            ledger.set_verdict(9999, "确认")


def test_result_round_trip_keeps_what_reports_and_annotation_need(tmp_path: Path) -> None:
    text = "全年办结案件十件。"
    original = finding("N101", text, "十件", "数字<b>有误</b>")
    with Ledger(tmp_path) as ledger:
        sid = ledger.add_submission(ledger.new_batch(), "a.txt", b"a")
        ledger.record_result(sid, result("题目", original))
        rebuilt = ledger.result(sid)
    (d,) = rebuilt.diagnostics
    assert (d.code, d.message, d.span, d.context, d.location) == (
        original.code,
        original.message,
        original.span,
        original.context,
        original.location,
    )
    assert rebuilt.meta["title"] == "题目"


def test_unit_statuses(tmp_path: Path) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text(
        "单位名称,应报送日期\n甲区政府,2025-03-01\n乙区政府,2025-03-01\n丙区政府,2025-03-01\n"
        "丁区政府,2025-04-01\n",
        encoding="utf-8",
    )
    with Ledger(tmp_path / "data") as ledger:
        ledger.import_roster(roster)
        batch = ledger.new_batch()
        on_time = ledger.add_submission(batch, "甲区政府.txt", b"1", received="2025-02-27 08:00:00")
        late = ledger.add_submission(batch, "乙区政府.txt", b"2", received="2025-03-03 08:00:00")
        for sid in (on_time, late):
            ledger.record_result(sid, result(""))
        statuses = {s.name: s for s in ledger.unit_statuses(today=dt.date(2025, 3, 10))}
    assert statuses["甲区政府"].status == ON_TIME
    assert statuses["乙区政府"].status == OVERDUE and "逾期报送" in statuses["乙区政府"].detail
    assert statuses["丙区政府"].status == OVERDUE and "9 天" in statuses["丙区政府"].detail
    assert statuses["丁区政府"].status == NOT_YET


def test_export_xlsx(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    text = "=HYPERLINK(1) 全年办结案件十件。"
    with Ledger(tmp_path / "data") as ledger:
        sid = ledger.add_submission(ledger.new_batch(), "甲.txt", b"1")
        ledger.record_result(sid, result("", finding("N101", text, "=HYPERLINK(1)")))
        ledger.set_verdict(ledger.findings(sid)[0]["id"], "确认", "请改")
        target = ledger.export_xlsx(tmp_path / "台账.xlsx")
    book = load_workbook(target)
    assert book.sheetnames == ["报送情况", "收文登记", "问题清单"]
    rows = list(book["问题清单"].iter_rows(values_only=True))
    assert rows[1][4] == "N101" and rows[1][9] == "确认" and rows[1][10] == "请改"
    assert rows[1][8] == "'=HYPERLINK(1)"  # never a formula
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_record_files_from_the_command_line(tmp_path: Path) -> None:
    from fazhi_lint.cli import main

    inbox = tmp_path / "收文"
    inbox.mkdir()
    (inbox / "000.txt").write_bytes((SEEDS / "000.txt").read_bytes())
    status = main(["check", str(inbox), "--ledger", str(tmp_path / "台账"), "--no-config", "-q"])
    assert status == 1
    with Ledger(tmp_path / "台账") as ledger:
        (row,) = ledger.submissions()
        assert row["status"] == DONE and row["unit"] == "滨海新区司法局"
        assert row["findings"] > 0 and row["version"] == 1
        assert ledger.batches()[0]["source"] == "cli"
    assert record_files  # the CLI goes through it


WORKER_BATCH = 40


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL of a process group is POSIX")
def test_a_kill_mid_batch_keeps_every_earlier_result(tmp_path: Path) -> None:
    import signal

    data = tmp_path / "data"
    seeds = sorted(SEEDS.glob("*.txt"))
    with Ledger(data) as ledger:
        batch = ledger.new_batch()
        for n in range(WORKER_BATCH):
            seed = seeds[n % len(seeds)]
            ledger.add_submission(batch, f"{n:02d}-{seed.name}", seed.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "fazhi_lint.desk.worker", str(data)],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    check = sqlite3.connect(data / "ledger.sqlite3", timeout=30)
    try:
        deadline = time.monotonic() + 300
        done = 0
        while done < 3 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
            done = check.execute("SELECT count(*) FROM submissions WHERE status='done'").fetchone()[
                0
            ]
    finally:
        check.close()
        os.killpg(process.pid, signal.SIGKILL)  # the worker and its checking child
        process.wait()
    with Ledger(data) as ledger:
        assert ledger.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = ledger.submissions()
        finished = [r for r in rows if r["status"] == DONE]
        assert len(finished) >= 3
        assert len(finished) < WORKER_BATCH, "the batch finished before the kill"
        for row in finished:  # each recorded result is complete: findings and text
            assert row["findings"] == len(ledger.result(row["id"]).diagnostics) > 0
            assert ledger.blocks(row["id"])
        assert {r["status"] for r in rows} <= {DONE, PENDING, RUNNING}
        ledger.reset_stale()
        assert all(r["status"] in (DONE, PENDING) for r in ledger.submissions())


def test_the_worker_stores_the_text_also_from_a_spawned_checking_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fazhi_lint.desk import worker

    monkeypatch.setenv("FAZHI_LINT_START_METHOD", "spawn")  # as on Windows
    with Ledger(tmp_path) as ledger:
        sid = ledger.add_submission(ledger.new_batch(), "000.txt", (SEEDS / "000.txt").read_bytes())
    assert worker.run(str(tmp_path)) == 1
    with Ledger(tmp_path) as ledger:
        blocks = ledger.blocks(sid)
        row = ledger.submission(sid)
    assert row is not None and row["status"] == DONE
    assert blocks and blocks[0][1].startswith("滨海新区司法局")


def test_every_finding_points_at_the_stored_text_it_was_found_in(tmp_path: Path) -> None:
    """The report view highlights a finding in the block its location names: the stored
    text of that block is the finding's context (body and furniture are numbered apart)."""
    import json

    from fazhi_lint.desk import worker
    from fazhi_lint.desk.ledger import block_key

    with Ledger(tmp_path) as ledger:
        batch = ledger.new_batch()
        for seed in ("000-autonum.docx", "001-literal.docx", "003-autonum.docx", "004.txt"):
            ledger.add_submission(batch, seed, (SEEDS / seed).read_bytes())
    worker.run(str(tmp_path))
    checked = 0
    with Ledger(tmp_path) as ledger:
        for row in ledger.submissions():
            texts = {key: text for key, text, _ in ledger.blocks(row["id"]) or ()}
            assert texts, row["name"]
            for finding in ledger.findings(row["id"]):
                data = json.loads(finding["diagnostic"])
                block = data["location"]["block"]
                if block is None or not data["context"]:
                    continue
                assert texts[block_key(data["location"]["part"], block)] == data["context"]
                checked += 1
    assert checked > 10


def test_the_worker_measures_lateness_from_the_ledgers_date_of_receipt(tmp_path: Path) -> None:
    """F301 takes the day the bureau received the file (recorded in the ledger) as its date:
    a report on 2023 from a district body is due on 1 March 2024 (national profile)."""
    from fazhi_lint.desk import worker

    report = (SEEDS / "003.txt").read_bytes()  # a district body's report on 2023
    with Ledger(tmp_path) as ledger:
        batch = ledger.new_batch()
        late = ledger.add_submission(batch, "晚.txt", report, received="2024-03-11T09:30:00")
        early = ledger.add_submission(batch, "早.txt", report, received="2024-02-20T09:30:00")
    assert worker.run(str(tmp_path)) == 2
    with Ledger(tmp_path) as ledger:
        f301 = [r for r in ledger.findings(late) if r["code"] == "F301"]
        early_codes = {r["code"] for r in ledger.findings(early)}
    assert len(f301) == 1 and f301[0]["severity"] >= Severity.WARNING
    assert "10天" in f301[0]["message"].replace(" ", ""), f301[0]["message"]  # 1 → 11 March
    assert "F301" not in early_codes
