"""The HTML report in a real browser: headless Chromium driven through chromedriver.

chromedriver speaks the W3C WebDriver protocol (JSON over HTTP on the loopback), so the
standard library is enough: no selenium. The test builds a report for the acceptance inbox
(fixtures in every format plus bad files), opens it from a ``file:`` URL with networking
disabled, and checks what a reviewer would do: the table renders, clicking a header sorts,
unticking severities and families filters rows and findings, the filter state goes into the
address, clicking a rule code opens its explanation. A screenshot is saved (to
``$FAZHI_LINT_SCREENSHOTS`` when set, else the test's temporary folder).

Skipped when chromium or chromedriver is not installed (Debian: ``apt-get install chromium
chromium-driver``). Without chromedriver but with chromium, a reduced check runs through
``chromium --headless --dump-dom``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from report_samples import build_inbox

from fazhi_lint.cli import main

CHROMIUM = next(
    (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p),
    None,
)
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--window-size=1280,1600",
]
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    inbox = folder / "收文"
    build_inbox(inbox, seeds=("000", "002", "003"), pdfs=False)
    target = folder / "检查结果.html"
    status = main(["check", str(inbox), "--format", "html", "-o", str(target), "--no-config"])
    assert status == 1
    return target


def screenshot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("FAZHI_LINT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def check_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 600
    assert len(data) > 20_000  # not a blank page


# -- a minimal WebDriver client -------------------------------------------------------------


class Driver:
    def __init__(self, port: int):
        self.base = f"http://127.0.0.1:{port}"
        self.session = ""

    def call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        data = None if payload is None else json.dumps(payload).encode("utf-8")
        request = urllib.request.Request(
            self.base + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read().decode("utf-8"))["value"]
        except urllib.error.HTTPError as exc:
            raise AssertionError(exc.read().decode("utf-8", "replace")) from None

    def start(self, profile: Path) -> None:
        options = {"binary": CHROMIUM, "args": [*FLAGS, f"--user-data-dir={profile}"]}
        capabilities = {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}
        self.session = self.call("POST", "/session", {"capabilities": capabilities})["sessionId"]

    def s(self, path: str) -> str:
        return f"/session/{self.session}{path}"

    def get(self, url: str) -> None:
        self.call("POST", self.s("/url"), {"url": url})

    def js(self, script: str, *args: Any) -> Any:
        return self.call("POST", self.s("/execute/sync"), {"script": script, "args": list(args)})

    def click(self, selector: str) -> None:
        found = self.call("POST", self.s("/element"), {"using": "css selector", "value": selector})
        self.call("POST", self.s(f"/element/{found[ELEMENT]}/click"), {})

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.call("GET", self.s("/screenshot"))))

    def quit(self) -> None:
        if self.session:
            with contextlib.suppress(Exception):
                self.call("DELETE", self.s(""))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[Driver]:
    if CHROMEDRIVER is None:
        pytest.skip("chromedriver is not installed")
    port = free_port()
    process = subprocess.Popen(
        [CHROMEDRIVER, f"--port={port}", "--allowed-ips=127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    client = Driver(port)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if client.call("GET", "/status").get("ready"):
                    break
            except (OSError, AssertionError):
                pass
            if time.monotonic() > deadline:
                pytest.skip("chromedriver did not start")
            time.sleep(0.1)
        client.start(tmp_path / "profile")
        yield client
    finally:
        client.quit()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


ROWS = """return Array.from(document.querySelectorAll('#files tbody tr')).map(function (r) {
  return {name: r.getAttribute('data-path').split('/').pop(), hidden: r.hidden,
          errors: Number(r.querySelector('td.errors').textContent),
          warnings: Number(r.querySelector('td.warnings').textContent)};
});"""


def test_report_in_chromium(driver: Driver, report: Path, tmp_path: Path) -> None:
    driver.get(report.as_uri())
    assert driver.js("return document.body.getAttribute('data-ready')") == "1"
    assert driver.js("return document.title").startswith("检查结果")
    rows = driver.js(ROWS)
    assert len(rows) >= 15 and not any(r["hidden"] for r in rows)
    names = [r["name"] for r in rows]
    assert {"损坏.docx", "空白.txt", "000-autonum.docx"} <= set(names)
    shown = driver.js("return document.getElementById('shown').textContent")
    assert shown == f"显示 {len(rows)} / {len(rows)} 个文件"
    # nothing was fetched from anywhere: every resource is the page itself
    resources = driver.js(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
    )
    assert resources == []
    folder = screenshot_dir(tmp_path)
    driver.screenshot(folder / "report-summary.png")
    check_png(folder / "report-summary.png")

    # sort by errors: click once (descending)
    driver.click("th[data-key=errors]")
    errors = [r["errors"] for r in driver.js(ROWS)]
    assert errors == sorted(errors, reverse=True) and errors[0] > 0
    assert driver.js("return location.hash") == "#view?sort=errors&dir=desc"
    driver.click("th[data-key=errors]")  # again: ascending
    errors = [r["errors"] for r in driver.js(ROWS)]
    assert errors == sorted(errors)

    # errors only: untick warnings and infos
    driver.click("input[name=severity][value=warning]")
    driver.click("input[name=severity][value=info]")
    rows = driver.js(ROWS)
    assert all(r["warnings"] == 0 for r in rows)
    assert all(r["hidden"] == (r["errors"] == 0) for r in rows)
    visible_findings = driver.js(
        "return Array.from(document.querySelectorAll('li.finding')).filter(function (li) {"
        " return !li.hidden && li.offsetParent !== null; }).map(function (li) {"
        " return li.getAttribute('data-severity'); })"
    )
    assert visible_findings and set(visible_findings) == {"error"}
    assert "severity=error" in driver.js("return location.hash")

    # a bookmarked view reopens with the same filter: the E family alone
    driver.get(report.as_uri() + "#view?family=E")
    rows = driver.js(ROWS)
    visible = sorted(r["name"] for r in rows if not r["hidden"])
    assert "损坏.docx" in visible and "空白.txt" in visible and "000.txt" not in visible
    driver.get(report.as_uri())

    # a rule code opens the explanation in a dialog
    driver.click("li.finding a.code[data-rule]")
    assert driver.js("return document.getElementById('rule-dialog').open") is True
    title = driver.js("return document.querySelector('#rule-dialog h3').textContent")
    code = driver.js("return document.querySelector('li.finding a.code').getAttribute('data-rule')")
    assert title.startswith(code)
    assert (
        len(driver.js("return document.querySelector('#rule-dialog .explanation').textContent"))
        > 20
    )
    driver.screenshot(folder / "report-rule-dialog.png")
    check_png(folder / "report-rule-dialog.png")
    driver.click("#rule-dialog button")
    assert driver.js("return document.getElementById('rule-dialog').open") is False

    # the findings of one file, with the highlighted excerpt
    driver.js("document.getElementById('f1').scrollIntoView()")
    marks = driver.js(
        "return Array.from(document.querySelectorAll('#details mark.primary'))"
        ".map(function (m) { return m.textContent; })"
    )
    assert "[bookmark: _GoBack]" in marks
    driver.screenshot(folder / "report-findings.png")
    check_png(folder / "report-findings.png")


def test_report_dump_dom(report: Path, tmp_path: Path) -> None:
    """Without WebDriver: the DOM after the scripts ran, with a filter from the address."""
    assert CHROMIUM is not None
    run = subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            report.as_uri() + "#view?severity=error",
        ],
        capture_output=True,
        timeout=120,
    )
    dom = run.stdout.decode("utf-8")
    assert 'data-ready="1"' in dom, run.stderr.decode("utf-8", "replace")[-2000:]
    assert 'id="shown"' in dom and "个文件</p>" in dom
    # rows without errors are hidden once the filter is applied
    assert re.search(r'<tr class="status-warning"[^>]*hidden', dom)
    shot = screenshot_dir(tmp_path) / "report-dump.png"
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            f"--user-data-dir={tmp_path / 'profile2'}",
            f"--screenshot={shot}",
            report.as_uri(),
        ],
        capture_output=True,
        timeout=120,
    )
    check_png(shot)
