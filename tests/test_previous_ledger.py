"""Last year's report taken from the review ledger (C101–C104 without --previous).

A ledger with two units × two years, built here from the comparison fixtures: the desk
compares a submission with its unit's confirmed report of the year before (the latest
version when there are two), never with another unit's report and never with a file whose
unit is only guessed; the command line does the same for ``check FILE --ledger DIR``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fazhi_lint.cli import main
from fazhi_lint.comparison import PREVIOUS_CODES
from fazhi_lint.desk import worker
from fazhi_lint.desk.ledger import Ledger

ROOT = Path(__file__).resolve().parent.parent
PREVIOUS = ROOT / "fixtures" / "previous"
SEEDS = ROOT / "fixtures" / "seeds"
A, B = "滨海新区大港街", "河北区司法局"
A_2022 = (PREVIOUS / "2022.txt").read_text(encoding="utf-8")
A_2023 = (PREVIOUS / "2023.txt").read_text(encoding="utf-8")


def retitled(text: str, unit: str) -> str:
    """The same report under another unit's name (a two-line title, as in the fixture)."""
    return text.replace("天津市滨海新区大港街", f"天津市{unit}", 1)


def revised(text: str, marker: str) -> str:
    """Another version of a report: one more sentence in its first results paragraph."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if len(line) > 80)
    lines[at] += marker
    return "\n".join(lines) + "\n"


FILES = {  # name -> (text, received)
    "大港街2022.txt": (A_2022, "2023-02-10 09:00:00"),
    "大港街2022-修改稿.txt": (
        revised(A_2022, "修改稿另增加社区法律顾问驻点服务，全年开展驻点咨询服务。"),
        "2023-02-20 09:00:00",
    ),
    "河北区司法局2022.txt": (retitled(A_2022, B), "2023-02-12 09:00:00"),
    # the latest 2022 file of 大港街 by its guessed unit, never confirmed by the reviewer
    "大港街2022-草稿.txt": (
        revised(A_2022, "草稿中还写了一句没有人确认过的话，用来检验猜测的单位不被采用。"),
        "2023-03-01 09:00:00",
    ),
    "大港街2023.txt": (A_2023, "2024-02-10 09:00:00"),
    "河北区司法局2023.txt": ((SEEDS / "003.txt").read_text(encoding="utf-8"), "2024-02-11"),
}
CONFIRMED = {
    "大港街2023.txt": A,  # confirmed before last year's files: queued again when they are
    "大港街2022.txt": A,
    "大港街2022-修改稿.txt": A,
    "河北区司法局2022.txt": B,
    "河北区司法局2023.txt": B,
}


@pytest.fixture(scope="module")
def ledger_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ledger") / "台账"
    roster = folder.parent / "名册.csv"
    roster.write_text(f"单位名称\n{A}\n{B}\n", encoding="utf-8")
    with Ledger(folder) as ledger:
        ledger.import_roster(roster, year=2024)
        batch = ledger.new_batch()
        for name, (text, received) in FILES.items():
            ledger.add_submission(batch, name, text.encode("utf-8"), received=received)
    worker.run(str(folder))
    with Ledger(folder) as ledger:
        ids = by_name(ledger)
        # nothing confirmed yet: nothing compared with last year
        assert all(c not in PREVIOUS_CODES for i in ids.values() for c in codes(ledger, i))
        for name, unit in CONFIRMED.items():
            ledger.confirm_unit(ids[name], unit)
    worker.run(str(folder))
    return folder


def by_name(ledger: Ledger) -> dict[str, int]:
    return {r["name"]: int(r["id"]) for r in ledger.submissions()}


def codes(ledger: Ledger, submission: int) -> list[str]:
    return [f["code"] for f in ledger.findings(submission)]


def test_years_and_guesses_are_as_built(ledger_dir: Path) -> None:
    with Ledger(ledger_dir) as ledger:
        rows = {r["name"]: r for r in ledger.submissions()}
    assert {n: r["year"] for n, r in rows.items()} == {
        n: (2023 if "2023" in n else 2022) for n in FILES
    }
    draft = rows["大港街2022-草稿.txt"]
    assert draft["unit"] == A and not draft["unit_confirmed"]  # guessed, not confirmed


def test_a_confirmed_report_is_compared_with_the_latest_confirmed_one_of_last_year(
    ledger_dir: Path,
) -> None:
    with Ledger(ledger_dir) as ledger:
        ids = by_name(ledger)
        row = ledger.submission(ids["大港街2023.txt"])
        assert row is not None and row["previous_id"] == ids["大港街2022-修改稿.txt"]
        found = ledger.previous_year_report(ids["大港街2023.txt"])
        assert found is not None and found.candidates == 2
        assert "共2份，采用最新的一版" in found.describe(A)
        findings = ledger.findings(ids["大港街2023.txt"])
    got = {f["code"] for f in findings}
    assert {"C101", "C102", "C103", "C104"} <= got
    (summary,) = [f for f in findings if f["code"] == "C101"]
    assert "大港街2022-修改稿.txt" in summary["message"]
    for f in findings:
        if f["code"] in ("C102", "C103", "C104"):
            data = json.loads(f["diagnostic"])["data"]
            assert data["previous"]["path"] == "大港街2022-修改稿.txt"  # as received
            assert data["previous"]["location"]["human"]


def test_never_another_units_report_nor_a_guessed_one(ledger_dir: Path) -> None:
    with Ledger(ledger_dir) as ledger:
        ids = by_name(ledger)
        rows = {n: ledger.submission(i) for n, i in ids.items()}
        texts = [
            f["message"]
            for f in ledger.findings(ids["大港街2023.txt"])
            if f["code"] in PREVIOUS_CODES
        ]
    assert not any("河北区司法局2022" in t or "草稿" in t for t in texts)
    assert rows["河北区司法局2023.txt"]["previous_id"] == ids["河北区司法局2022.txt"]
    # last year's reports have no report of their own year before
    assert all(rows[n]["previous_id"] is None for n in FILES if "2022" in n)


def test_an_unconfirmed_submission_is_not_compared(tmp_path: Path) -> None:
    folder = tmp_path / "台账"
    roster = tmp_path / "名册.csv"
    roster.write_text(f"单位名称\n{A}\n", encoding="utf-8")
    with Ledger(folder) as ledger:
        ledger.import_roster(roster, year=2024)
        batch = ledger.new_batch()
        old = ledger.add_submission(batch, "大港街2022.txt", A_2022.encode(), received="2023-02-01")
        new = ledger.add_submission(batch, "大港街2023.txt", A_2023.encode(), received="2024-02-01")
    worker.run(str(folder))
    with Ledger(folder) as ledger:
        ledger.confirm_unit(old, A)
        assert ledger.submission(new)["unit"] == A  # the right guess, still only a guess
    worker.run(str(folder))
    with Ledger(folder) as ledger:
        assert ledger.previous_year_report(new) is None
        assert not [c for c in codes(ledger, new) if c in PREVIOUS_CODES]
        ledger.confirm_unit(new, A)  # the reviewer confirms: now it is compared
    worker.run(str(folder))
    with Ledger(folder) as ledger:
        assert ledger.submission(new)["previous_id"] == old
        assert "C101" in codes(ledger, new)


def test_moving_last_years_file_to_another_unit_compares_again_and_keeps_verdicts(
    tmp_path: Path, ledger_dir: Path
) -> None:
    import shutil

    folder = tmp_path / "copy"
    shutil.copytree(ledger_dir, folder)
    with Ledger(folder) as ledger:
        ids = by_name(ledger)
        current = ids["大港街2023.txt"]
        c102 = next(f for f in ledger.findings(current) if f["code"] == "C102")
        ledger.set_verdict(c102["id"], "确认", "照搬上年")
        before = {f["fingerprint"] for f in ledger.findings(current) if f["code"] == "C102"}
        ledger.confirm_unit(ids["大港街2022-修改稿.txt"], B)  # it was 河北区's after all
    worker.run(str(folder))
    with Ledger(folder) as ledger:
        assert ledger.submission(current)["previous_id"] == ids["大港街2022.txt"]
        moved = ids["大港街2022-修改稿.txt"]  # now the latest confirmed 2022 file of 河北区
        assert ledger.submission(ids["河北区司法局2023.txt"])["previous_id"] == moved
        findings = [f for f in ledger.findings(current) if f["code"] == "C102"]
        assert {f["fingerprint"] for f in findings} & before
        kept = [f for f in findings if f["fingerprint"] == c102["fingerprint"]]
        assert [(f["verdict"], f["note"]) for f in kept] == [("确认", "照搬上年")]


# -- the command line: check FILE --ledger DIR ----------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[list[dict], str]:
    main(["check", "--no-config", "--format", "json", "--jobs", "1", "--select", "C", *args])
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    files = data["files"] if isinstance(data, dict) else data
    return [d for f in files for d in f["diagnostics"]], captured.err


def test_check_with_ledger_and_unit_takes_last_years_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ledger_dir: Path
) -> None:
    import shutil

    folder = tmp_path / "台账"
    shutil.copytree(ledger_dir, folder)
    report = tmp_path / "大港街 2023 新收.txt"  # bytes the ledger has never seen
    report.write_text(revised(A_2023, "新收的文件多写了这一句话。"), encoding="utf-8")
    found, err = run_cli(capsys, str(report), "--ledger", str(folder), "--unit", A)
    (summary,) = [d for d in found if d["code"] == "C101"]
    assert "大港街2022-修改稿.txt" in summary["message"]
    assert "大港街2022-修改稿.txt" in err and "共2份，采用最新的一版" in err
    with Ledger(folder) as ledger:
        row = ledger.submissions()[-1]
        assert row["name"] == report.name and row["unit"] == A and row["unit_confirmed"]
        assert row["previous_id"] == by_name(ledger)["大港街2022-修改稿.txt"]
        assert not row["compare_pending"]  # its C findings came with it
        assert "C101" in codes(ledger, row["id"])

    # --no-previous: nothing compared; --previous: the file given wins
    found, _ = run_cli(capsys, str(report), "--ledger", str(folder), "--unit", A, "--no-previous")
    assert not found
    found, _ = run_cli(
        capsys, str(report), "--ledger", str(folder), "--previous", str(PREVIOUS / "2022.txt")
    )
    (summary,) = [d for d in found if d["code"] == "C101"]
    assert "（2022.txt）" in summary["message"]


def test_check_with_ledger_knows_a_confirmed_file_by_its_bytes_never_by_a_guess(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ledger_dir: Path
) -> None:
    import shutil

    folder = tmp_path / "台账"
    shutil.copytree(ledger_dir, folder)
    same = tmp_path / "again.txt"
    same.write_text(A_2023, encoding="utf-8")  # the bytes of 大港街2023.txt, confirmed
    found, err = run_cli(capsys, str(same), "--ledger", str(folder))
    assert [d for d in found if d["code"] == "C101"]
    assert "大港街2022-修改稿.txt" in err
    unknown = tmp_path / "天津市滨海新区大港街2023年报告.txt"  # the name guesses 大港街
    unknown.write_text(revised(A_2023, "另一份没有确认单位的文件。"), encoding="utf-8")
    found, err = run_cli(capsys, str(unknown), "--ledger", str(folder))
    assert not found
    with Ledger(folder) as ledger:
        row = ledger.submissions()[-1]
        assert row["unit"] == A and not row["unit_confirmed"] and row["previous_id"] is None


def test_unit_needs_the_ledger_and_one_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["check", "--no-config", str(PREVIOUS / "2023.txt"), "--unit", A]) == 2
    assert "--ledger" in capsys.readouterr().err
    code = main(
        ["check", "--no-config", str(PREVIOUS), "--ledger", str(tmp_path / "l"), "--unit", A]
    )
    assert code == 2 and "一个" in capsys.readouterr().err
    code = main(
        ["check", "--no-config", str(PREVIOUS / "2023.txt"), "--previous",
         str(PREVIOUS / "2022.txt"), "--no-previous"]
    )  # fmt: skip
    assert code == 2


# -- the desk's report page -------------------------------------------------------------------


def test_the_report_page_names_last_years_file_and_both_places(
    tmp_path: Path, ledger_dir: Path
) -> None:
    import shutil

    from starlette.testclient import TestClient

    from fazhi_lint.desk.app import create_app

    folder = tmp_path / "data"
    shutil.copytree(ledger_dir, folder)
    client = TestClient(create_app(folder, allowed_hosts=["testserver"], start_worker=False))
    with Ledger(folder) as ledger:
        ids = by_name(ledger)
    page = client.get(f"/submission/{ids['大港街2023.txt']}").text
    line = re.search(r'<p id="last-year">(.*?)</p>', page, re.S)
    assert line is not None
    assert f'href="/submission/{ids["大港街2022-修改稿.txt"]}"' in line.group(1)
    assert "大港街2022-修改稿.txt" in line.group(1) and "采用最新的一版" in line.group(1)
    places = re.findall(r'class="previous-place">上年报告中的位置：<a href="([^"]+)"', page)
    assert places and all(
        p.startswith(f"/submission/{ids['大港街2022-修改稿.txt']}#b") for p in places
    )
    for code in ("C101", "C102", "C103", "C104"):
        assert f'<span class="code">{code}</span>' in page
    draft = client.get(f"/submission/{ids['大港街2022-草稿.txt']}").text
    assert "确认报送单位后，将自动与台账中该单位上年度的报告比较" in draft


# -- the desk's batches: passages shared between the reports of one upload (C105) ----------

BATCH = ROOT / "fixtures" / "batch"


def test_the_desk_compares_a_batchs_reports_and_keeps_verdicts_on_shared_passages(
    tmp_path: Path,
) -> None:
    names = ["report-01.txt", "report-04.txt", "report-09.txt", "report-12.txt", "report-16.txt"]
    folder = tmp_path / "台账"
    with Ledger(folder) as ledger:
        batch = ledger.new_batch()
        for name in names:
            ledger.add_submission(batch, name, (BATCH / name).read_bytes())
    worker.run(str(folder))
    with Ledger(folder) as ledger:
        ids = by_name(ledger)
        shared = {n: [f for f in ledger.findings(i) if f["code"] == "C105"] for n, i in ids.items()}
        assert [len(v) for v in shared.values()] == [0, 2, 0, 0, 0]  # filed on report-04
        places = sorted(
            tuple(sorted(p["path"] for p in json.loads(f["diagnostic"])["data"]["places"]))
            for f in shared["report-04.txt"]
        )
        assert places == [
            ("report-04.txt", "report-09.txt", "report-16.txt"),
            ("report-04.txt", "report-16.txt"),
        ]  # the files as received, not their storage names
        first = shared["report-04.txt"][0]
        ledger.set_verdict(first["id"], "误报", "统一模板")
        ledger.db.execute("UPDATE batches SET shared_pending = 1 WHERE id = ?", (batch,))
        assert ledger.pending() == 1
    worker.run(str(folder))  # compared again: the verdict stays with its passage
    with Ledger(folder) as ledger:
        again = [f for f in ledger.findings(ids["report-04.txt"]) if f["code"] == "C105"]
        assert len(again) == 2
        kept = [f for f in again if f["fingerprint"] == first["fingerprint"]]
        assert [(f["verdict"], f["note"]) for f in kept] == [("误报", "统一模板")]
        assert ledger.pending() == 0


def test_a_command_line_batch_is_not_compared_again_by_the_desk(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """check --ledger records what the command line found: without --compare the desk's
    worker does not add C105 to that batch afterwards."""
    folder = tmp_path / "台账"
    files = [str(BATCH / n) for n in ("report-04.txt", "report-09.txt")]
    main(["check", "--no-config", "--jobs", "1", "--quiet", *files, "--ledger", str(folder)])
    capsys.readouterr()
    with Ledger(folder) as ledger:
        assert ledger.pending() == 0
    worker.run(str(folder))
    with Ledger(folder) as ledger:
        assert not [
            f for r in ledger.submissions() for f in ledger.findings(r["id"]) if f["code"] == "C105"
        ]
