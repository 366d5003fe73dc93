"""The reviewer's desk in a real browser: Playwright driving the system Chromium.

A ``fazhi-lint serve`` process on a free loopback port, a fresh data folder, and what a
reviewer does in a spring: import the roster, upload a folder of incoming reports (with a
broken file and a .zip holding a nested archive), watch the progress, read the results,
open one report, mark verdicts, download the annotated copy and the .zip of everything,
upload a revised version of one unit's report and see 已整改/新增, look at the overdue list;
and a report whose text carries script and HTML payloads, which must show as text.

A screenshot of each page is saved (to ``$FAZHI_LINT_SCREENSHOTS`` when set, else a
temporary folder). Skipped when the ``playwright`` package or Chromium is missing; no
browser is ever downloaded (``executable_path`` is the system Chromium).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sync_api = pytest.importorskip("playwright.sync_api")
pytest.importorskip("starlette")

CHROMIUM = next(
    (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p),
    None,
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
WAIT = 180_000  # ms: checking a folder on a busy two-core machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("desk") / "审查 台账"
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "fazhi_lint", "serve", "--port", str(port), "--data", str(data),
         "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/", timeout=2) as response:
                    assert response.status == 200
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode() if process.stdout else ""
                    pytest.fail(f"the desk did not start: {output}")
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        accept_downloads=True, viewport={"width": 1400, "height": 1000}, locale="zh-CN"
    )
    context.set_default_timeout(WAIT)
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.dialogs = dialogs
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("FAZHI_LINT_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shoot(page: Any, shots: Path, name: str) -> None:
    path = shots / f"desk-{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def wait_for_batch(page: Any) -> None:
    page.wait_for_url("**/batch/*")
    sync_api.expect(page.locator("#downloads")).to_be_visible(timeout=WAIT)


def upload_files(page: Any, base: str, files: list[Path]) -> None:
    page.goto(base + "/")
    page.set_input_files("#files", [str(f) for f in files])
    page.click("#upload-button")
    wait_for_batch(page)


def revised_000() -> str:
    original = (SEEDS / "000.txt").read_text(encoding="utf-8")
    return (
        original.replace("1、 推进法治政府建设", "一、推进法治政府建设", 1)
        + "\n[bookmark: _GoBack]\n"
    )


def test_a_reviewers_spring(page: Any, server: str, shots: Path, tmp_path: Path) -> None:
    expect = sync_api.expect
    # the roster: 河北区司法局 is overdue and never reports
    roster = tmp_path / "名册.csv"
    roster.write_text(
        "单位名称,类别,应报送日期\n滨海新区司法局,区级部门,2099-03-01\n天津市司法局,市级部门,\n"
        "河北区司法局,区级部门,2020-03-01\n",
        encoding="utf-8-sig",
    )
    page.goto(server + "/ledger")
    page.set_input_files("#roster-file", str(roster))
    page.click("#roster-button")
    expect(page.locator("#units")).to_contain_text("天津市司法局")

    # a folder of incoming reports with a broken file and a zip holding a nested archive
    inbox = tmp_path / "收文 2025"
    inbox.mkdir()
    shutil.copyfile(SEEDS / "000.txt", inbox / "滨海新区司法局.txt")
    shutil.copyfile(SEEDS / "002-autonum.docx", inbox / "市司法局 报告.docx")
    (inbox / "损坏.docx").write_bytes((SEEDS / "002-autonum.docx").read_bytes()[:700])
    with zipfile.ZipFile(inbox / "附件.zip", "w") as archive:
        archive.writestr("003.txt", (SEEDS / "003.txt").read_bytes())
        archive.writestr("再压缩.zip", b"PK\x05\x06" + b"\0" * 18)
    page.goto(server + "/")
    shoot(page, shots, "1-upload")
    page.set_input_files("#folder", str(inbox))
    page.click("#upload-button")
    page.wait_for_url("**/batch/*")
    rows = page.locator("#batch-files tbody tr")
    expect(rows).to_have_count(5)
    shoot(page, shots, "2-progress")
    expect(page.locator("#progress-text")).to_have_text("已完成 5 / 5", timeout=WAIT)
    expect(page.locator("#downloads")).to_be_visible()
    nested = rows.filter(has_text="再压缩.zip")
    expect(nested).to_contain_text("未能检查")
    expect(nested).to_contain_text("嵌套的压缩包")
    expect(rows.filter(has_text="损坏.docx")).to_contain_text("已检查")
    frame = page.frame_locator("#report-frame")
    expect(frame.locator("table#files tbody tr")).to_have_count(4)
    expect(frame.locator("body")).to_contain_text("E005")  # the broken file, as a finding
    shoot(page, shots, "3-results")
    batch_url = page.url

    # one report: the text with the findings in place, verdicts beside it
    page.click("#batch-files a:text('市司法局 报告.docx')")
    page.wait_for_url("**/submission/*")
    marks = page.locator("#document-text mark")
    assert marks.count() > 0
    cards = page.locator("#findings article.finding")
    first, second = cards.nth(0), cards.nth(1)
    first.locator("input.note").fill("核对原文，属实")
    first.locator("button:text('确认')").click()
    expect(first.locator(".verdict-value")).to_have_text("确认")
    second.locator("button:text('误报')").click()
    expect(second.locator(".verdict-value")).to_have_text("误报")
    marks.first.click()  # a mark leads to its finding
    page.reload()
    expect(first.locator(".verdict-value")).to_have_text("确认")
    expect(first.locator("input.note")).to_have_value("核对原文，属实")
    expect(second.locator(".verdict-value")).to_have_text("误报")
    shoot(page, shots, "4-report")

    with page.expect_download() as info:
        page.click("#download-annotated")
    download = info.value
    assert download.suggested_filename == "市司法局 报告（批注）.docx"
    annotated = zipfile.ZipFile(download.path())
    assert annotated.read("word/comments.xml").count(b"<w:comment ") == cards.count()

    # the reviewer confirms who sent the zipped report (its title names only 「区司法局」)
    page.goto(batch_url)
    page.click("#batch-files a:text('附件.zip › 003.txt')")
    expect(page.locator("#unit-input")).to_have_value("区司法局")
    expect(page.locator("#report-head")).to_contain_text("系统推测，请确认")
    page.fill("#unit-input", "河北区司法局")
    page.click("#report-head button:text('确认单位')")
    expect(page.locator("#report-head")).to_contain_text("已确认")
    expect(page.locator("#unit-input")).to_have_value("河北区司法局")

    page.goto(batch_url)
    with page.expect_download() as info:
        page.click("#download-zip")
    names = zipfile.ZipFile(info.value.path()).namelist()
    assert "问题清单.csv" in names and "检查结果.html" in names
    assert "批注副本/市司法局 报告（批注）.docx" in names

    # a revised version of 滨海新区司法局's report: one defect fixed, one new
    revised = tmp_path / "滨海新区司法局-修改稿.txt"
    revised.write_text(revised_000(), encoding="utf-8")
    upload_files(page, server, [revised])
    expect(page.locator("#batch-files tbody tr")).to_contain_text("第 2 版")
    page.click("#batch-files a")
    page.click("#compare-link")
    expect(page.locator("#compare-fixed")).to_contain_text("H10")
    expect(page.locator("#compare-new")).to_contain_text("bookmark")
    expect(page.locator("#compare-remaining .count")).not_to_have_text("0")
    shoot(page, shots, "5-compare")

    # the overdue list
    page.goto(server + "/ledger")
    overdue = page.locator("#overdue")
    expect(overdue.locator("tr", has_text="河北区司法局")).to_contain_text("逾期报送")
    expect(overdue).not_to_contain_text("滨海新区司法局")
    expect(page.locator("#units")).to_contain_text("已报送")
    shoot(page, shots, "6-ledger")
    with page.expect_download() as info:
        page.click("#export-xlsx")
    assert zipfile.ZipFile(info.value.path()).namelist()  # a workbook
    assert page.dialogs == []


def test_script_and_html_in_a_report_are_shown_as_text(
    page: Any, server: str, shots: Path, tmp_path: Path
) -> None:
    expect = sync_api.expect
    title = '和平区司法局<script>alert("标题")</script>2024年法治政府建设情况报告'
    body = (SEEDS / "000.txt").read_text(encoding="utf-8").splitlines()[2:]
    payload = tmp_path / '<img src=x onerror="alert(1)">.txt'
    payload.write_text(
        "\n".join([title, '<img src=x onerror="alert(2)"><b>加粗</b>共办理案件十件。', *body]),
        encoding="utf-8",
    )
    upload_files(page, server, [payload])
    frame = page.frame_locator("#report-frame")
    expect(frame.locator("body")).to_contain_text('<script>alert("标题")</script>')
    page.click("#batch-files a")
    page.wait_for_url("**/submission/*")
    text = page.locator("#document-text")
    expect(text).to_contain_text('<script>alert("标题")</script>')
    expect(text).to_contain_text('<img src=x onerror="alert(2)"><b>加粗</b>')
    assert page.locator("#document-text img, #document-text b, #document-text script").count() == 0
    expect(page.locator("#report-head h2")).to_contain_text("<img src=x")
    shoot(page, shots, "7-payload")
    assert page.dialogs == []


def test_screenshots_are_pngs(shots: Path) -> None:
    """Runs after the walkthrough: every page was photographed."""
    names = sorted(p.name for p in shots.glob("desk-*.png"))
    assert len(names) >= 7, names
    for path in shots.glob("desk-*.png"):
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width = int.from_bytes(data[16:20], "big")
        assert width >= 1000
