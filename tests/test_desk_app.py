"""The desk's web application through Starlette's TestClient (no browser, no server)."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient

from fazhi_lint.desk import worker
from fazhi_lint.desk.app import DeskLimits, create_app, hash_password
from fazhi_lint.desk.ledger import Ledger

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
PAYLOAD_TITLE = "河西区司法局<script>window.__pwned=1</script>2024年法治政府建设情况报告"


def payload_report() -> bytes:
    """A report whose text carries script and HTML payloads (and a finding on them)."""
    body = (SEEDS / "000.txt").read_text(encoding="utf-8").splitlines()[2:]
    lines = [
        PAYLOAD_TITLE,
        "",
        '据统计，<img src=x onerror="window.__pwned=2">共办理案件10件，其中行政复议6件、行政诉讼5件。',
        *body,
    ]
    return "\n".join(lines).encode("utf-8")


def make_client(tmp_path: Path, **options: Any) -> TestClient:
    options.setdefault("start_worker", False)
    app = create_app(tmp_path / "data", allowed_hosts=["testserver"], **options)
    client = TestClient(app)
    client.get("/")  # the CSRF cookie
    return client


def token(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": client.cookies.get("desk_csrf") or ""}


def upload(client: TestClient, files: list[tuple[str, bytes]]) -> Any:
    return client.post(
        "/upload", files=[("files", (name, data)) for name, data in files], headers=token(client)
    )


def run_worker(tmp_path: Path) -> None:
    worker.run(str(tmp_path / "data"))


def test_pages_carry_security_headers_and_the_csrf_cookie(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    client.cookies.clear()  # a first visit
    response = client.get("/")
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert len(client.cookies.get("desk_csrf") or "") == 43
    assert "httponly" in response.headers["set-cookie"].lower()
    report = client.get("/batch/1/report")  # an empty batch still renders
    assert "sandbox allow-scripts" in report.headers["content-security-policy"]
    assert "上传报告" in response.text
    assert client.get("/static/desk.js").status_code == 200


def test_state_changing_requests_need_the_csrf_token(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    files = [("files", ("a.txt", b"x"))]
    assert client.post("/upload", files=files).status_code == 403
    assert (
        client.post("/upload", files=files, headers={"X-CSRF-Token": "x" * 43}).status_code == 403
    )
    foreign = {**token(client), "Origin": "http://evil.example"}
    assert client.post("/upload", files=files, headers=foreign).status_code == 403
    assert client.post("/finding/1/verdict", data={"verdict": "确认"}).status_code == 403
    with Ledger(tmp_path / "data") as ledger:
        assert ledger.batches() == []


def test_a_foreign_host_header_is_refused(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_upload_of_files_and_a_zip_with_progress_and_refusals(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("附件/003.txt", (SEEDS / "003.txt").read_bytes())
        z.writestr("附件/里面.zip", b"PK\x05\x06" + b"\0" * 18)
        z.writestr("附件/说明.exe", b"MZ")
        z.writestr("XXXXXXXXXX.txt", (SEEDS / "002.txt").read_bytes())
    # a name in GBK without the UTF-8 flag, as Windows' own zip tool writes it
    gbk = "河东区报告.txt".encode("gbk")
    assert len(gbk) == len("XXXXXXXXXX.txt")
    archive = io.BytesIO(archive.getvalue().replace(b"XXXXXXXXXX.txt", gbk))
    answer = upload(
        client,
        [
            ("000-autonum.docx", (SEEDS / "000-autonum.docx").read_bytes()),
            ("报告.zip", archive.getvalue()),
            ("损坏.docx", b"PK\x03\x04 cut short"),
            ("病毒.exe", b"MZ"),
        ],
    )
    assert answer.status_code == 200, answer.text
    batch = answer.json()["batch"]
    progress = client.get(f"/api/batch/{batch}").json()
    assert progress["finished"] == 3 and progress["total"] == 7  # the refusals are final
    assert {f["status"] for f in progress["files"]} == {"pending", "failed"}
    run_worker(tmp_path)
    progress = client.get(f"/api/batch/{batch}").json()
    assert progress["finished"] == progress["total"] == 7
    files = {f["name"]: f for f in progress["files"]}
    assert "报告.zip › 河东区报告.txt" in files  # the GBK name decoded
    assert files["报告.zip › 里面.zip"]["error"].startswith("压缩包中嵌套的压缩包不予解开")
    assert "不支持的文件类型" in files["病毒.exe"]["error"]
    assert files["000-autonum.docx"]["status"] == "done" and files["000-autonum.docx"]["findings"]
    assert files["损坏.docx"]["status"] == "done"
    bad = client.get(f"/submission/{files['损坏.docx']['id']}").text
    assert "E005" in bad  # an unreadable file is a finding, shown like any other
    page = client.get(f"/batch/{batch}").text
    assert "损坏.docx" in page and "未能检查" in page
    report = client.get(f"/batch/{batch}/report")
    assert report.status_code == 200 and "000-autonum.docx" in report.text
    assert "文件夹：" not in report.text and f"第 {batch} 批收文" in report.text
    assert str(Path.cwd()) not in report.text  # the server's own folders stay private


def test_upload_limits(tmp_path: Path) -> None:
    client = make_client(tmp_path, limits=DeskLimits(max_files=2, max_file_bytes=1000))
    too_many = upload(client, [(f"{n}.txt", b"x") for n in range(3)])
    assert too_many.status_code == 413 and "最多上传 2 个文件" in too_many.json()["error"]
    far_too_many = upload(client, [(f"{n}.txt", b"x") for n in range(5)])  # refused while read
    assert far_too_many.status_code == 400 and "超过 2 个文件" in far_too_many.json()["error"]
    answer = upload(client, [("大.txt", b"x" * 1001), ("小.txt", b"x")])
    files = {
        f["name"]: f for f in client.get(f"/api/batch/{answer.json()['batch']}").json()["files"]
    }
    assert files["大.txt"]["status"] == "failed" and "大小上限" in files["大.txt"]["error"]
    assert files["小.txt"]["status"] == "pending"


def test_a_streamed_upload_above_the_limit_is_refused(tmp_path: Path) -> None:
    client = make_client(tmp_path, limits=DeskLimits(max_request_bytes=10_000))

    def body() -> Any:
        for _ in range(20):
            yield b"x" * 1000

    headers = {**token(client), "content-type": "multipart/form-data; boundary=b"}
    response = client.post("/upload", content=body(), headers=headers)
    assert response.status_code == 413 and "一次上传不能超过" in response.text
    with Ledger(tmp_path / "data") as ledger:
        assert ledger.batches() == []


def test_the_plain_form_upload_redirects_to_the_batch(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    response = client.post(
        "/upload",
        files=[("files", ("a.txt", b"x"))],
        data={"csrf": client.cookies.get("desk_csrf")},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/batch/1"


def test_unknown_pages_answer_in_chinese(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    response = client.get("/nowhere")
    assert response.status_code == 404 and "页面不存在" in response.text
    assert client.get("/submission/99").status_code == 404


def test_document_text_is_always_escaped(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    batch = upload(client, [("<b>恶意</b>.txt", payload_report())]).json()["batch"]
    run_worker(tmp_path)
    (row,) = client.get(f"/api/batch/{batch}").json()["files"]
    for path in (
        f"/submission/{row['id']}",
        f"/batch/{batch}",
        f"/batch/{batch}/report",
        "/ledger",
    ):
        text = client.get(path).text
        assert "<script>window.__pwned" not in text, path
        assert "<img src=x" not in text and "<b>恶意</b>" not in text, path
    text = client.get(f"/submission/{row['id']}").text
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in text
    assert "&lt;img src=x onerror=" in text


def test_report_view_verdicts_and_downloads(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    source = (SEEDS / "000-autonum.docx").read_bytes()
    batch = upload(client, [("000-autonum.docx", source)]).json()["batch"]
    run_worker(tmp_path)
    (row,) = client.get(f"/api/batch/{batch}").json()["files"]
    sid = row["id"]
    page = client.get(f"/submission/{sid}").text
    ids = re.findall(r'<article class="finding [^"]*" id="f(\d+)"', page)
    assert len(ids) == row["findings"] > 0
    # every finding with a place in the text is highlighted there
    marked = set(re.findall(r'<mark class="[^"]*" data-f="(\d+)"', page))
    assert marked and marked <= set(ids)
    # a verdict by the plain form (no script): redirect back to the finding
    response = client.post(
        f"/finding/{ids[0]}/verdict",
        data={"verdict": "误报", "note": "数字核对无误", "csrf": client.cookies.get("desk_csrf"),
              "back": f"/submission/{sid}"},
        follow_redirects=False,
    )  # fmt: skip
    assert response.status_code == 303 and response.headers["location"].endswith(f"#f{ids[0]}")
    # and by the script (JSON)
    answer = client.post(
        f"/finding/{ids[1]}/verdict", data={"verdict": "确认"}, headers=token(client)
    )
    assert answer.json()["verdict"] == "确认"
    refused = client.post(
        f"/finding/{ids[1]}/verdict", data={"verdict": "随便"}, headers=token(client)
    )
    assert refused.status_code == 400 and "未知的审查结论" in refused.text
    with Ledger(tmp_path / "data") as ledger:
        verdicts = {f["id"]: (f["verdict"], f["note"]) for f in ledger.findings(sid)}
    assert verdicts[int(ids[0])] == ("误报", "数字核对无误")
    assert verdicts[int(ids[1])] == ("确认", "")
    # the annotated copy: one comment per finding; the stored upload is untouched
    annotated = client.get(f"/submission/{sid}/annotated.docx")
    assert annotated.status_code == 200
    assert "filename*=UTF-8''" in annotated.headers["content-disposition"]
    comments = zipfile.ZipFile(io.BytesIO(annotated.content)).read("word/comments.xml").decode()
    assert comments.count("<w:comment ") == row["findings"]
    uploads = list((tmp_path / "data" / "uploads").iterdir())
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in uploads] == [
        hashlib.sha256(source).hexdigest()
    ]
    everything = zipfile.ZipFile(io.BytesIO(client.get(f"/batch/{batch}/download.zip").content))
    assert sorted(everything.namelist()) == sorted(
        ["问题清单.csv", "批注副本/000-autonum（批注）.docx", "检查结果.html"]
    )
    assert not [p for p in (tmp_path / "data" / "exports").iterdir() if p.suffix == ".part"]
    csv_text = client.get(f"/submission/{sid}/findings.csv").content.decode("utf-8-sig")
    assert csv_text.count("\n") >= row["findings"]


def test_a_revised_version_is_compared_with_the_previous_one(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    original = (SEEDS / "000.txt").read_text(encoding="utf-8")
    revised = (
        original.replace("1、 推进法治政府建设", "一、推进法治政府建设", 1)
        + "\n[bookmark: _GoBack]\n"
    )
    first = upload(client, [("滨海新区.txt", original.encode())]).json()["batch"]
    run_worker(tmp_path)
    second = upload(client, [("滨海新区-修改稿.txt", revised.encode())]).json()["batch"]
    run_worker(tmp_path)
    (v1,) = client.get(f"/api/batch/{first}").json()["files"]
    (v2,) = client.get(f"/api/batch/{second}").json()["files"]
    assert (v1["unit"], v1["version"]) == ("滨海新区司法局", 1)
    assert (v2["unit"], v2["version"]) == ("滨海新区司法局", 2)
    report = client.get(f"/submission/{v2['id']}").text
    assert "与第 1 版比较" in report
    summary = re.search(r"已整改 (\d+) 个，新增 (\d+) 个，仍存在 (\d+) 个", report)
    assert summary and int(summary[1]) >= 1 and int(summary[2]) >= 1
    assert report.count('<span class="change">新增</span>') == int(summary[2])
    assert report.count('<span class="change">仍存在</span>') == int(summary[3])
    page = client.get(f"/submission/{v2['id']}/compare").text
    fixed = re.search(r'id="compare-fixed">.*?</section>', page, re.S)
    new = re.search(r'id="compare-new">.*?</section>', page, re.S)
    assert fixed and new
    assert "H10" in fixed.group(0)  # the heading number was corrected
    assert "T0" in new.group(0) and "bookmark" in new.group(0)  # conversion debris came in
    assert client.get(f"/submission/{v1['id']}/compare").status_code == 404


def test_roster_import_overdue_list_unit_confirmation_and_export(tmp_path: Path) -> None:
    client = make_client(tmp_path)
    roster = "单位名称,类别,应报送日期\n滨海新区司法局,区级部门,2020-03-01\n河北区司法局,区级部门,2099-03-01\n"
    response = client.post(
        "/roster",
        files={"roster": ("名册.csv", roster.encode("utf-8-sig"))},
        data={"csrf": client.cookies.get("desk_csrf"), "year": "2024"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = client.get("/ledger").text
    overdue = re.search(r'id="overdue">.*?</section>', page, re.S)
    assert (
        overdue and "滨海新区司法局" in overdue.group(0) and "河北区司法局" not in overdue.group(0)
    )
    batch = upload(client, [("报告.txt", (SEEDS / "003.txt").read_bytes())]).json()["batch"]
    run_worker(tmp_path)
    (row,) = client.get(f"/api/batch/{batch}").json()["files"]
    client.post(
        f"/submission/{row['id']}/unit",
        data={"unit": "河北区司法局", "csrf": client.cookies.get("desk_csrf")},
    )
    with Ledger(tmp_path / "data") as ledger:
        saved = ledger.submission(row["id"])
        assert saved is not None and saved["unit"] == "河北区司法局" and saved["unit_confirmed"]
    client.post(  # no date: the profile's (4月1日 for 省级), in the year after 2024
        "/roster",
        files={"roster": ("名册.csv", "单位名称,类别\n某省人民政府,省级\n".encode())},
        data={"csrf": client.cookies.get("desk_csrf"), "year": "2024"},
    )
    with Ledger(tmp_path / "data") as ledger:
        deadlines = {u["name"]: u["deadline"] for u in ledger.units()}
    assert deadlines["某省人民政府"] == "2025-04-01"
    wrong_year = client.post(
        "/roster",
        files={"roster": ("名册.csv", "单位名称\n甲\n".encode())},
        data={"csrf": client.cookies.get("desk_csrf"), "year": "去年"},
    )
    assert wrong_year.status_code == 400 and "报告年度" in wrong_year.text
    bad = client.post(
        "/roster",
        files={"roster": ("名册.txt", b"x")},
        data={"csrf": client.cookies.get("desk_csrf")},
    )
    assert bad.status_code == 400 and ".xlsx 或 .csv" in bad.text
    xlsx = client.get("/ledger.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_with_a_password_every_page_needs_a_login(tmp_path: Path) -> None:
    client = make_client(tmp_path, password_hash=hash_password("正确的密码123"))
    response = client.get("/ledger", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert client.post("/upload", files=[("files", ("a.txt", b"x"))]).status_code == 401
    client.get("/login")
    csrf = client.cookies.get("desk_csrf")
    wrong = client.post("/login", data={"password": "错误", "csrf": csrf})
    assert wrong.status_code == 401 and "密码不正确" in wrong.text
    right = client.post("/login", data={"password": "正确的密码123", "csrf": csrf})
    assert right.status_code == 200 and "上传报告" in right.text
    assert client.get("/ledger").status_code == 200


def test_serve_refuses_another_address_without_a_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from fazhi_lint.cli import main

    monkeypatch.delenv("FAZHI_LINT_DESK_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status = main(["serve", "--host", "0.0.0.0", "--data", str(tmp_path / "d"), "--no-browser"])
    assert status == 2
    assert "必须先设置访问密码" in capsys.readouterr().err
    assert not (tmp_path / "d" / "desk-access.json").exists()


def test_serve_on_another_address_sets_a_hashed_password_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    import uvicorn

    from fazhi_lint.cli import main
    from fazhi_lint.desk.app import check_password

    started: list[tuple[Any, str, int]] = []
    monkeypatch.setattr(
        uvicorn, "run", lambda app, host, port, **kw: started.append((app, host, port))
    )
    monkeypatch.setenv("FAZHI_LINT_DESK_PASSWORD", "短")
    data = tmp_path / "台账"
    args = ["serve", "--host", "0.0.0.0", "--port", "9999", "--data", str(data), "--no-browser"]
    assert main(args) == 2 and not started  # too short
    monkeypatch.setenv("FAZHI_LINT_DESK_PASSWORD", "足够长的访问密码")
    assert main(args) == 0
    ((app, host, port),) = started
    assert (host, port) == ("0.0.0.0", 9999)
    stored = (data / "desk-access.json").read_text(encoding="utf-8")
    assert "足够长的访问密码" not in stored
    assert check_password("足够长的访问密码", json.loads(stored))
    assert not check_password("别的密码", json.loads(stored))
    assert app.state.desk.password_hash is not None
    # loopback needs none
    started.clear()
    monkeypatch.delenv("FAZHI_LINT_DESK_PASSWORD")
    assert main(["serve", "--data", str(tmp_path / "本机"), "--no-browser"]) == 0
    assert started[0][0].state.desk.password_hash is None
    assert "http://127.0.0.1:8765/" in capsys.readouterr().out


def test_a_file_left_running_by_a_dead_worker_fails_instead_of_hanging(tmp_path: Path) -> None:
    import subprocess
    import sys

    app = create_app(tmp_path / "data", allowed_hosts=["testserver"])
    desk = app.state.desk
    with Ledger(tmp_path / "data") as ledger:
        sid = ledger.add_submission(ledger.new_batch(), "a.txt", b"x")
        assert ledger.claim_next() is not None  # the worker took it, then died
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    desk.process = dead
    desk.kick()
    assert desk.process is dead  # nothing pending: no new worker
    with Ledger(tmp_path / "data") as ledger:
        row = ledger.submission(sid)
    assert row is not None and row["status"] == "failed"
    assert "检查进程意外退出" in row["error"]
