"""The reviewer's desk: a Starlette application served by uvicorn (``fazhi-lint serve``).

Pages (all text in Chinese, every piece of document text HTML-escaped):

* ``/`` — upload files, folders or .zip attachments; the batches so far;
* ``/batch/{id}`` — progress per file, then the batch as the HTML report shows it (embedded
  from ``/batch/{id}/report``, rendered by :mod:`fazhi_lint.reporters.html`) and downloads;
* ``/submission/{id}`` — one report's text with every finding highlighted in place and the
  finding, its explanation and the verdict form (确认 / 误报 / 已整改 + note) beside it;
  downloads of the annotated Word copy and the CSV list; the comparison with the previous
  version of the same unit's report (已整改 / 新增 / 仍存在);
* ``/ledger`` — the roster import, every unit's status (已报送 / 逾期 / 未报送, the overdue
  list first), all submissions, and the ledger as .xlsx.

Safety: bound to loopback unless a password is set (:func:`serve` refuses otherwise); a
``Host`` check against DNS rebinding; a double-submit CSRF token on every state-changing
request (plus an ``Origin`` check); upload size and count limits; uploads stored by the
ledger read-only under generated names; a strict Content-Security-Policy (no inline script
on the desk's own pages).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import getpass
import hashlib
import hmac
import io
import ipaddress
import json
import os
import secrets
import string
import subprocess
import sys
import threading
import uuid
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..model import Severity
from ..reporters.html import FORMAT_NAMES, _explanation_html, esc
from .ledger import (
    DONE,
    FAILED,
    OVERDUE,
    STATUS_ZH,
    VERDICTS,
    Ledger,
    LedgerError,
    block_key,
    display_name,
    due_year,
)

CSRF_COOKIE = "desk_csrf"
SESSION_COOKIE = "desk_session"
PASSWORD_FILE = "desk-access.json"
PASSWORD_ENV = "FAZHI_LINT_DESK_PASSWORD"
MIN_PASSWORD = 8
ARCHIVE_SUFFIXES = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'self'"
)
# the embedded HTML report carries its own inline script and style (escaped text only)
REPORT_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; "
    "sandbox allow-scripts"  # an origin of its own: no access to the desk's cookies or pages
)


@dataclass
class DeskLimits:
    max_files: int = 500  # files per upload, zip members included
    max_file_bytes: int = 200 * 1024 * 1024  # one file (as the readers' own limit)
    max_request_bytes: int = 1024 * 1024 * 1024  # one upload request


@dataclass
class Desk:
    """What the application needs: the data folder and its worker."""

    folder: Path
    profile: str | None = None
    password_hash: dict[str, Any] | None = None
    limits: DeskLimits = field(default_factory=DeskLimits)
    start_worker: bool = True
    sessions: set[str] = field(default_factory=set)
    process: subprocess.Popen[bytes] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ledger(self) -> Ledger:
        return Ledger(self.folder)

    def kick(self) -> None:
        """Start the worker when there is work and none is running."""
        if not self.start_worker:
            return
        with self.lock:
            if self.process is not None and self.process.poll() is None:
                return
            with self.ledger() as ledger:
                if self.process is not None:  # the worker has exited: nothing is running
                    ledger.fail_stale("检查进程意外退出，此文件未能检查；可重新上传")
                if not ledger.pending():
                    return
            command = [sys.executable, "-m", "fazhi_lint.desk.worker", str(self.folder)]
            if self.profile:
                command += ["--profile", self.profile]
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL
            )

    def stop(self) -> None:
        with self.lock:
            if self.process is not None and self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()

    def exports(self) -> Path:
        folder = self.folder / "exports"
        folder.mkdir(exist_ok=True)
        return folder


# -- passwords -----------------------------------------------------------------------------


def hash_password(password: str, salt: bytes | None = None) -> dict[str, Any]:
    salt = salt or secrets.token_bytes(16)
    iterations = 240_000
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return {
        "algorithm": "pbkdf2_sha256",
        "iterations": iterations,
        "salt": salt.hex(),
        "hash": digest.hex(),
    }


def check_password(password: str, stored: dict[str, Any]) -> bool:
    digest = hashlib.pbkdf2_hmac(
        "sha256",
        password.encode("utf-8"),
        bytes.fromhex(stored["salt"]),
        int(stored["iterations"]),
    )
    return hmac.compare_digest(digest.hex(), str(stored["hash"]))


def load_password(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / PASSWORD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(data, dict) and {"salt", "hash", "iterations"} <= data.keys():
        return data
    return None


def save_password(folder: Path, password: str) -> dict[str, Any]:
    stored = hash_password(password)
    target = folder / PASSWORD_FILE
    temporary = folder / f".{PASSWORD_FILE}.{uuid.uuid4().hex[:8]}.part"
    temporary.write_text(json.dumps(stored), encoding="utf-8")
    with contextlib.suppress(OSError):
        os.chmod(temporary, 0o600)
    os.replace(temporary, target)
    return stored


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# -- middleware ----------------------------------------------------------------------------


class SecurityHeaders:
    """Security headers on every response; the desk's CSP unless the route set its own."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = {
                    b"content-security-policy": CSP.encode(),
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"x-frame-options": b"SAMEORIGIN",
                    b"cache-control": b"no-store",
                }
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """Refuses a request body above ``limit`` bytes as it streams in (a chunked upload has
    no Content-Length to check beforehand)."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLarge:
            if started:
                raise
            response = PlainTextResponse(
                f"一次上传不能超过 {self.limit // 1024 // 1024} MB", status_code=413
            )
            await response(scope, receive, send)


class Authentication:
    """With a password set: every page but the login page needs a session cookie."""

    def __init__(self, app: ASGIApp, desk: Desk):
        self.app = app
        self.desk = desk

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.desk.password_hash is None:
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if path in ("/login",) or path.startswith("/static/"):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        token = request.cookies.get(SESSION_COOKIE, "")
        if token and any(hmac.compare_digest(token, s) for s in self.desk.sessions):
            await self.app(scope, receive, send)
            return
        response: Response
        if scope.get("method") == "GET":
            response = RedirectResponse("/login", status_code=303)
        else:
            response = PlainTextResponse("请先登录审查台", status_code=401)
        await response(scope, receive, send)


# -- CSRF ----------------------------------------------------------------------------------


def csrf_token(request: Request) -> tuple[str, bool]:
    """The browser's token, and whether it is new (then the response sets the cookie)."""
    token = request.cookies.get(CSRF_COOKIE, "")
    if len(token) == 43:
        return token, False
    fresh = getattr(request.state, "csrf", None)  # one new token per response
    if fresh is None:
        fresh = request.state.csrf = secrets.token_urlsafe(32)
    return str(fresh), True


async def verify_csrf(request: Request) -> None:
    """The token in the header or form must equal the cookie's; a foreign Origin is refused."""
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if origin.split("://", 1)[-1] != host:
            raise Forbidden("跨站请求已被拒绝")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf")
        sent = value if isinstance(value, str) else None
    if not cookie or not sent or not hmac.compare_digest(cookie, sent):
        raise Forbidden("请求缺少有效的安全令牌（请刷新页面后重试）")


class Forbidden(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


Endpoint = Callable[[Request], Awaitable[Response]]


def protected(endpoint: Endpoint) -> Endpoint:
    """A state-changing endpoint: CSRF-checked; ledger errors become a Chinese 400."""

    async def wrapper(request: Request) -> Response:
        try:
            await verify_csrf(request)
            return await endpoint(request)
        except Forbidden as exc:
            return PlainTextResponse(exc.message, status_code=403)
        except LedgerError as exc:
            return message_page(request, "操作未完成", str(exc), status=400)

    return wrapper


# -- pages ---------------------------------------------------------------------------------


def _template(name: str) -> string.Template:
    text = (
        resources.files("fazhi_lint.desk").joinpath("templates").joinpath(name).read_text("utf-8")
    )
    return string.Template(text)


def page(request: Request, title: str, body: str, status: int = 200) -> HTMLResponse:
    token, new = csrf_token(request)
    html = _template("layout.html").substitute(title=esc(title), body=body, csrf=esc(token))
    response = HTMLResponse(html, status_code=status)
    if new:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
    return response


def message_page(request: Request, title: str, text: str, status: int = 200) -> HTMLResponse:
    return page(
        request,
        title,
        f'<section class="card"><h2>{esc(title)}</h2><p>{esc(text)}</p>'
        '<p><a href="/">返回首页</a> · <a href="/ledger">审查台账</a></p></section>',
        status,
    )


def hidden_csrf(request: Request) -> str:
    token, _ = csrf_token(request)
    return f'<input type="hidden" name="csrf" value="{esc(token)}">'


def _desk(request: Request) -> Desk:
    desk: Desk = request.app.state.desk
    return desk


def _int(request: Request, name: str) -> int:
    try:
        return int(request.path_params[name])
    except (KeyError, ValueError):
        raise LedgerError("无效的编号") from None


async def home(request: Request) -> Response:
    desk = _desk(request)
    with desk.ledger() as ledger:
        batches = ledger.batches()
    rows = "".join(
        f'<tr><td><a href="/batch/{b["id"]}">第 {b["id"]} 批</a></td><td>{esc(b["created"])}</td>'
        f"<td>{'命令行' if b['source'] == 'cli' else '网页上传'}</td><td>{b['files']}</td></tr>"
        for b in batches
    )
    limits = desk.limits
    body = f"""
<section class="card" id="upload">
  <h2>上传报告</h2>
  <p>可选择多个文件、整个文件夹或 .zip 压缩包（压缩包内不得再嵌套压缩包）。支持 .docx .dotx .pdf
  .txt .md .html；.doc/.wps 请先另存为 .docx。单个文件不超过 {limits.max_file_bytes // 1024 // 1024} MB，
  每次最多 {limits.max_files} 个文件。</p>
  <form id="upload-form" method="post" action="/upload" enctype="multipart/form-data">
    {hidden_csrf(request)}
    <label class="pick">选择文件 <input type="file" name="files" id="files" multiple></label>
    <label class="pick">选择文件夹 <input type="file" name="files" id="folder" webkitdirectory multiple></label>
    <button type="submit" id="upload-button">上传并检查</button>
  </form>
  <p id="upload-status" role="status"></p>
</section>
<section class="card"><h2>已收批次</h2>
  <table class="grid"><thead><tr><th>批次</th><th>时间</th><th>来源</th><th>文件数</th></tr></thead>
  <tbody>{rows or '<tr><td colspan="4">尚无收文</td></tr>'}</tbody></table>
</section>"""
    return page(request, "审查台", body)


# -- upload --------------------------------------------------------------------------------


@dataclass
class Incoming:
    name: str
    data: bytes | None
    error: str = ""


def _zip_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its author saw it (Chinese Windows zips are GBK without the flag)."""
    name = info.filename
    if not info.flag_bits & 0x800:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("gbk")
    return name


def unpack_zip(data: bytes, name: str, limits: DeskLimits) -> list[Incoming]:
    """The members of an uploaded .zip, with the readers' zip limits; nested archives are
    refused, other unsupported files reported."""
    from ..discovery import SUPPORTED_SUFFIXES
    from ..readers.errors import ReadError
    from ..readers.safety import open_zip, read_member

    try:
        archive = open_zip(data)
    except ReadError as err:
        return [Incoming(name, None, f"压缩包无法解开：{err.message}")]
    out: list[Incoming] = []
    for info in archive.infolist():
        if info.is_dir():
            continue
        member = _zip_name(info)
        shown = f"{display_name(name)} › {display_name(member)}"
        base = display_name(member)
        suffix = Path(base).suffix.lower()
        if base.startswith((".", "~$")) or "__MACOSX" in member:
            continue
        if suffix in ARCHIVE_SUFFIXES:
            out.append(
                Incoming(shown, None, "压缩包中嵌套的压缩包不予解开：请先解压后直接上传其中的报告")
            )
            continue
        if suffix not in SUPPORTED_SUFFIXES:
            out.append(Incoming(shown, None, f"不支持的文件类型（{suffix or '无扩展名'}），未检查"))
            continue
        if info.file_size > limits.max_file_bytes:
            out.append(Incoming(shown, None, "文件超过大小上限，未检查"))
            continue
        try:
            content = read_member(archive, info.filename)
        except ReadError as err:
            out.append(Incoming(shown, None, f"压缩包中的文件已损坏：{err.message}"))
            continue
        out.append(Incoming(shown, content or b""))
    return out


async def upload(request: Request) -> Response:
    from ..discovery import SUPPORTED_SUFFIXES

    desk = _desk(request)
    limits = desk.limits
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limits.max_request_bytes:
        return JSONResponse(
            {"error": f"一次上传不能超过 {limits.max_request_bytes // 1024 // 1024} MB"},
            status_code=413,
        )
    try:
        form = await request.form(max_files=limits.max_files + 1, max_fields=20)
    except HTTPException:  # too many parts, or not a multipart body
        return JSONResponse(
            {"error": f"上传内容无法读取，或一次超过 {limits.max_files} 个文件"}, status_code=400
        )
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    if not uploads:
        return JSONResponse({"error": "没有选择文件"}, status_code=400)
    incoming: list[Incoming] = []
    for item in uploads:
        name = display_name(item.filename or "")
        if name.startswith((".", "~$")):
            continue
        data = await item.read(limits.max_file_bytes + 1)
        suffix = Path(name).suffix.lower()
        if len(data) > limits.max_file_bytes:
            incoming.append(Incoming(name, None, "文件超过大小上限，未检查"))
        elif suffix == ".zip":
            incoming.extend(unpack_zip(data, name, limits))
        elif suffix in ARCHIVE_SUFFIXES:
            incoming.append(Incoming(name, None, "只能解开 .zip 压缩包：请先解压后上传其中的报告"))
        elif suffix not in SUPPORTED_SUFFIXES:
            incoming.append(
                Incoming(name, None, f"不支持的文件类型（{suffix or '无扩展名'}），未检查")
            )
        else:
            incoming.append(Incoming(name, data))
    if len(incoming) > limits.max_files:
        return JSONResponse(
            {"error": f"一次最多上传 {limits.max_files} 个文件（本次 {len(incoming)} 个）"},
            status_code=413,
        )
    with desk.ledger() as ledger:
        batch = ledger.new_batch("desk")
        for entry in incoming:
            ledger.add_submission(batch, entry.name, entry.data, error=entry.error)
    desk.kick()
    if not request.headers.get("x-csrf-token"):  # the plain form, without the script
        return RedirectResponse(f"/batch/{batch}", status_code=303)
    return JSONResponse({"batch": batch, "url": f"/batch/{batch}", "files": len(incoming)})


# -- batches -------------------------------------------------------------------------------


def _progress(rows: list[Any]) -> dict[str, Any]:
    return {
        "total": len(rows),
        "finished": sum(1 for r in rows if r["status"] in (DONE, FAILED)),
        "files": [
            {
                "id": r["id"],
                "name": r["name"],
                "status": r["status"],
                "status_zh": STATUS_ZH.get(r["status"], r["status"]),
                "error": r["error"],
                "unit": r["unit"] or "",
                "version": r["version"],
                "findings": r["findings"],
                "errors": r["errors"],
            }
            for r in rows
        ],
    }


async def batch_api(request: Request) -> Response:
    desk = _desk(request)
    batch = _int(request, "batch")
    desk.kick()  # a file uploaded while the worker was finishing
    with desk.ledger() as ledger:
        return JSONResponse(_progress(ledger.submissions(batch)))


def _file_rows(rows: list[Any]) -> str:
    out = []
    for r in rows:
        link = (
            f'<a href="/submission/{r["id"]}">{esc(r["name"])}</a>'
            if r["status"] == DONE
            else esc(r["name"])
        )
        note = f'<div class="error">{esc(r["error"])}</div>' if r["error"] else ""
        version = f"第 {r['version']} 版" if r["version"] else ""
        out.append(
            f'<tr data-id="{r["id"]}" class="status-{esc(r["status"])}"><td>{link}{note}</td>'
            f'<td class="status">{esc(STATUS_ZH.get(r["status"], r["status"]))}</td>'
            f'<td class="unit">{esc(r["unit"] or "")}</td><td class="version">{version}</td>'
            f'<td class="num errors">{r["errors"] if r["status"] == DONE else ""}</td>'
            f'<td class="num findings">{r["findings"] if r["status"] == DONE else ""}</td></tr>'
        )
    return "".join(out)


async def batch_page(request: Request) -> Response:
    desk = _desk(request)
    batch = _int(request, "batch")
    desk.kick()
    with desk.ledger() as ledger:
        rows = ledger.submissions(batch)
    if not rows:
        return message_page(request, "没有这一批", f"没有第 {batch} 批收文", status=404)
    progress = _progress(rows)
    finished = progress["finished"] == progress["total"]
    body = f"""
<section class="card" id="progress" data-batch="{batch}" data-finished="{int(finished)}">
  <h2>第 {batch} 批收文</h2>
  <p><progress id="bar" max="{progress["total"]}" value="{progress["finished"]}"></progress>
  <span id="progress-text">已完成 {progress["finished"]} / {progress["total"]}</span></p>
  <table class="grid" id="batch-files"><thead><tr><th>文件</th><th>状态</th><th>单位</th><th>版本</th>
  <th>错误</th><th>问题数</th></tr></thead><tbody>{_file_rows(rows)}</tbody></table>
  <p class="downloads" id="downloads" {"" if finished else "hidden"}>
    <a class="button" href="/batch/{batch}/download.zip" id="download-zip">下载全部（.zip：批注副本、问题清单、检查结果）</a>
    <a class="button" href="/batch/{batch}/findings.csv">问题清单（CSV）</a>
    <a class="button" href="/batch/{batch}/report" target="_blank">检查结果（新窗口）</a>
  </p>
</section>
<section class="card" id="summary" {"" if finished else "hidden"}>
  <h2>检查结果</h2>
  <iframe id="report-frame" title="检查结果" src="{"/batch/" + str(batch) + "/report" if finished else "about:blank"}" data-src="/batch/{batch}/report"></iframe>
</section>"""
    return page(request, f"第 {batch} 批收文", body)


def _results(ledger: Ledger, batch: int) -> list[Any]:
    return [ledger.result(r["id"]) for r in ledger.submissions(batch) if r["status"] == DONE]


def render_batch(results: list[Any], batch: int) -> str:
    """The HTML report of a batch. The files are named as received, so the report's
    「文件夹」 line (the server's working folder, for names without a folder) names the batch."""
    from ..engine import default_registry
    from ..reporters import ReportOptions
    from ..reporters.html import common_folder, render

    html = render(results, ReportOptions(registry=default_registry()))
    base = common_folder(results)
    if base:
        html = html.replace(
            f'<p class="line">文件夹：{esc(base)}</p>', f'<p class="line">第 {batch} 批收文</p>', 1
        )
    return html


async def batch_report(request: Request) -> Response:

    desk = _desk(request)
    batch = _int(request, "batch")
    with desk.ledger() as ledger:
        results = _results(ledger, batch)
    html = render_batch(results, batch)
    return HTMLResponse(html, headers={"content-security-policy": REPORT_CSP})


def _csv_text(results: list[Any]) -> str:
    from ..engine import default_registry
    from ..reporters import ReportOptions
    from ..reporters.csv_reporter import report

    stream = io.StringIO()
    report(results, stream, ReportOptions(registry=default_registry()))
    return stream.getvalue()


def _publish(folder: Path, name: str, write: Callable[[Path], object]) -> Path:
    """Write an export through a temporary file in the same folder, renamed when complete."""
    target = folder / name
    temporary = folder / f".{uuid.uuid4().hex}.part"
    try:
        write(temporary)
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return target


def _download(path: Path, filename: str, media_type: str) -> FileResponse:
    return FileResponse(
        path,
        media_type=media_type,
        headers={"content-disposition": f"attachment; filename*=UTF-8''{quote(filename)}"},
    )


async def batch_csv(request: Request) -> Response:
    desk = _desk(request)
    batch = _int(request, "batch")
    with desk.ledger() as ledger:
        text = _csv_text(_results(ledger, batch))
    target = _publish(
        desk.exports(), f"batch-{batch}.csv", lambda p: p.write_text(text, encoding="utf-8")
    )
    return _download(target, f"第{batch}批问题清单.csv", "text/csv; charset=utf-8")


def _annotated_copy(ledger: Ledger, submission: int, target: Path) -> None:
    from ..annotate import annotate_docx

    row = ledger.submission(submission)
    assert row is not None
    annotate_docx(ledger.upload_path(row["stored"]), ledger.result(submission).diagnostics, target)


def _annotated_name(name: str) -> str:
    stem = Path(name).stem
    return f"{stem}（批注）.docx"


def _zip_everything(desk: Desk, batch: int, target: Path) -> None:
    from ..annotate import AnnotateError

    with desk.ledger() as ledger, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        rows = [r for r in ledger.submissions(batch) if r["status"] == DONE]
        results = [ledger.result(r["id"]) for r in rows]
        archive.writestr("问题清单.csv", "\ufeff" + _csv_text(results).lstrip("\ufeff"))
        archive.writestr("检查结果.html", render_batch(results, batch))
        used: set[str] = set()
        notes = []
        for row in rows:
            if row["format"] != "docx":
                continue
            name = _annotated_name(row["name"])
            if name in used:
                name = f"{row['id']}-{name}"
            used.add(name)
            part = target.with_name(f".{uuid.uuid4().hex}.docx")
            try:
                _annotated_copy(ledger, row["id"], part)
                archive.write(part, f"批注副本/{name}")
            except AnnotateError as exc:
                notes.append(f"{row['name']}：未能生成批注副本（{exc}）")
            finally:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
        if notes:
            archive.writestr("说明.txt", "\n".join(notes) + "\n")


async def batch_zip(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    desk = _desk(request)
    batch = _int(request, "batch")
    target = await run_in_threadpool(
        _publish, desk.exports(), f"batch-{batch}.zip", lambda p: _zip_everything(desk, batch, p)
    )
    return _download(target, f"第{batch}批审查结果.zip", "application/zip")


# -- one report ----------------------------------------------------------------------------


def _marked_text(text: str, spans: list[tuple[int, int, int, str]]) -> str:
    """``text`` escaped, with each (start, end, finding id, severity) span in a ``<mark>``;
    overlapping spans go to the first finding; an empty span is a thin marker."""
    n = len(text)
    owner: list[tuple[int, str] | None] = [None] * n
    carets: dict[int, list[tuple[int, str]]] = {}
    for start, end, fid, severity in spans:
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if end <= start:
            carets.setdefault(start, []).append((fid, severity))
            continue
        for i in range(start, end):
            if owner[i] is None:
                owner[i] = (fid, severity)
    out: list[str] = []
    i = 0
    while i <= n:
        for fid, severity in carets.get(i, ()):
            out.append(
                f'<mark class="caret sev-{severity}" data-f="{fid}" id="m{fid}" title="此处"></mark>'
            )
        if i == n:
            break
        current = owner[i]
        j = i + 1
        while j < n and owner[j] == current and j not in carets:
            j += 1
        chunk = esc(text[i:j])
        if current is None:
            out.append(chunk)
        else:
            fid, severity = current
            out.append(f'<mark class="sev-{severity}" data-f="{fid}">{chunk}</mark>')
        i = j
    return "".join(out)


def _finding_card(
    finding: Any,
    data: dict[str, Any],
    request: Request,
    checks: dict[str, Any],
    back: str,
    change: str = "",
    previous_id: int | None = None,
) -> str:
    severity = Severity(finding["severity"])
    check = checks.get(finding["code"])
    explanation = (check.explanation.strip() if check else "") or "（该检查暂无详细说明）"
    verdict = finding["verdict"] or ""
    buttons = "".join(
        f'<button type="submit" name="verdict" value="{v}" class="verdict-button'
        f'{" chosen" if v == verdict else ""}">{v}</button>'
        for v in VERDICTS
    )
    suggestion = (
        f'<p class="suggestion"><b>建议：</b>{esc(data["suggestion"])}</p>'
        if data.get("suggestion")
        else ""
    )
    return f"""
<article class="finding sev-{severity.label}" id="f{finding["id"]}" data-f="{finding["id"]}">
  <div class="head"><span class="badge {severity.label}">{severity.zh}</span>
  <span class="code">{esc(finding["code"])}</span> <span class="loc">{esc(data.get("human", ""))}</span>
  {f'<span class="change">{esc(change)}</span>' if change else ""}</div>
  <p class="msg">{esc(finding["message"])}</p>{_last_year_place(data, previous_id)}{suggestion}
  <details class="explain"><summary>检查说明：{esc(check.summary if check else finding["name"])}</summary>
  <div class="explanation">{_explanation_html(explanation)}</div></details>
  <form class="verdict" method="post" action="/finding/{finding["id"]}/verdict">
    {hidden_csrf(request)}<input type="hidden" name="back" value="{esc(back)}">
    <span class="current">审查结论：<b class="verdict-value">{esc(verdict or "未标记")}</b></span>
    <input type="text" name="note" class="note" placeholder="备注（可选）" value="{esc(finding["note"] or "")}" maxlength="2000">
    {buttons}
  </form>
</article>"""


def _last_year_place(data: dict[str, Any], previous_id: int | None) -> str:
    """For a finding against last year's report (C102–C104): its place there, linked to
    that report's page in the desk, with last year's text."""
    before = (data.get("data") or {}).get("previous")
    if previous_id is None or not isinstance(before, dict):
        return ""
    location = before.get("location")
    if not isinstance(location, dict) or location.get("block") is None:
        return ""
    key = block_key(location.get("part"), int(location["block"]))
    text = before.get("text")
    if isinstance(text, list):
        text = "".join(str(t) for t in text)
    quote = f"：「{esc(_clip(str(text)))}」" if text else ""
    return (
        f'<p class="previous-place">上年报告中的位置：<a href="/submission/{previous_id}#{esc(key)}">'
        f"{esc(location.get('human', ''))}</a>{quote}</p>"
    )


def _clip(text: str, limit: int = 120) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _last_year_line(row: Any, previous: Any, unit: str) -> str:
    """Which report of last year the comparison (C101–C104) used, or why there was none."""
    from .previous import similarity_available

    if row["status"] != DONE:
        return ""
    if not row["unit_confirmed"]:
        return (
            '<p class="hint" id="last-year">确认报送单位后，将自动与台账中该单位上年度的报告比较'
            "（照搬比例、照搬段落、上年安排未提及、同比数字不符）。</p>"
        )
    if row["compare_pending"]:
        return '<p class="hint" id="last-year">正在与该单位上年度的报告比较，请稍后刷新。</p>'
    if previous is not None and row["previous_id"] == previous.id:
        return (
            f'<p id="last-year">与上年报告比较：<a href="/submission/{previous.id}">'
            f"{esc(previous.describe(unit))}</a></p>"
        )
    if previous is not None and not similarity_available():
        return (
            f'<p class="hint" id="last-year">台账中有上年报告 {esc(previous.describe(unit))}，'
            "但未安装比较所需的组件，未比较（pip install 'fazhi-lint[desk]'）。</p>"
        )
    if previous is not None:  # found now, not yet compared (e.g. the check ran before)
        return (
            f'<p class="hint" id="last-year">台账中有上年报告 {esc(previous.describe(unit))}，'
            "尚未比较；可重新确认单位以比较。</p>"
        )
    if not isinstance(row["year"], int):
        return '<p class="hint" id="last-year">未识别本报告的年度，未与上年报告比较。</p>'
    year = f"{row['year'] - 1}年度"
    return f'<p class="hint" id="last-year">台账中没有{esc(unit)}已确认的{year}报告，未与上年比较。</p>'


async def submission_page(request: Request) -> Response:
    from ..engine import default_registry

    desk = _desk(request)
    sid = _int(request, "submission")
    with desk.ledger() as ledger:
        row = ledger.submission(sid)
        if row is None:
            return message_page(request, "没有这份收文", f"没有编号为 {sid} 的收文", status=404)
        findings = ledger.findings(sid)
        blocks = ledger.blocks(sid)
        previous = ledger.previous_version(sid)
        comparison = ledger.compare(previous, sid) if previous is not None else None
        units = [u["name"] for u in ledger.units()]
        last_year = ledger.previous_year_report(sid)
    checks = {c.code: c for c in default_registry().checks}
    decoded = [(f, json.loads(f["diagnostic"])) for f in findings]
    by_block: dict[str, list[tuple[int, int, int, str]]] = {}
    whole: list[int] = []
    for f, data in decoded:
        location = data.get("location") or {}
        block = location.get("block")
        key = block_key(location.get("part"), block) if block is not None else None
        span = data.get("span")
        label = Severity(f["severity"]).label
        if key is None or span is None:
            whole.append(f["id"])
            if key is not None:
                by_block.setdefault(key, []).append((0, 0, f["id"], label))
            continue
        by_block.setdefault(key, []).append((span[0], span[1], f["id"], label))
    if blocks is None:  # no stored text (a command-line batch): the findings' paragraphs
        seen: dict[str, tuple[str, str, str]] = {}
        for _, data in decoded:
            location = data.get("location") or {}
            if location.get("block") is None or not data.get("context"):
                continue
            key = block_key(location.get("part"), location["block"])
            seen.setdefault(key, (key, data["context"], data.get("human", "")))
        blocks = sorted(seen.values(), key=lambda b: (b[0][0], int(b[0][1:])))

    def paragraph(key: str, text: str, human: str) -> str:
        return (
            f'<p class="block" id="{esc(key)}"><span class="where">{esc(human)}</span>'
            f"{_marked_text(text, by_block.get(key, []))}</p>"
        )

    shown = [b for b in blocks if b[1].strip() or b[0] in by_block]
    body = "".join(paragraph(*b) for b in shown if b[0].startswith("b"))
    furniture = "".join(paragraph(*b) for b in shown if b[0].startswith("f"))
    paragraphs = body + (
        f'<h4 class="furniture">正文以外（页眉、页脚、脚注、批注、目录）</h4>{furniture}'
        if furniture
        else ""
    )
    back = f"/submission/{sid}"
    changes: dict[int, str] = {}
    if comparison is not None:  # against the previous version of the same unit's report
        changes = {f["id"]: "新增" for f in comparison.new}
        changes.update({f["id"]: "仍存在" for f in comparison.remaining})
    cards = "".join(
        _finding_card(f, data, request, checks, back, changes.get(f["id"], ""), row["previous_id"])
        for f, data in decoded
    )
    downloads = [f'<a class="button" href="/submission/{sid}/findings.csv">问题清单（CSV）</a>']
    if row["format"] == "docx":
        downloads.insert(
            0,
            f'<a class="button" id="download-annotated" href="/submission/{sid}/annotated.docx">'
            "下载带批注的 Word 副本</a>",
        )
    if previous is not None:
        downloads.append(
            f'<a class="button" id="compare-link" href="/submission/{sid}/compare">'
            f"与第 {row['version'] - 1} 版比较</a>"
        )
        assert comparison is not None
        downloads.append(
            f'<span class="hint" id="compare-summary">与上一版相比：已整改 {len(comparison.fixed)} 个，'
            f"新增 {len(comparison.new)} 个，仍存在 {len(comparison.remaining)} 个</span>"
        )
    options = "".join(f'<option value="{esc(u)}"></option>' for u in units)
    unit_state = "已确认" if row["unit_confirmed"] else "系统推测，请确认"
    body = f"""
<section class="card" id="report-head">
  <h2>{esc(row["name"])}</h2>
  <p class="meta">标题：{esc(row["title"] or "（未识别）")} · 格式：{esc(FORMAT_NAMES.get(row["format"], row["format"]))}
  · 收到：{esc(row["received"])} · 版本：{esc(row["version"] or "—")} · 问题 {len(findings)} 个</p>
  <form class="unit" method="post" action="/submission/{sid}/unit">{hidden_csrf(request)}
    报送单位：<input name="unit" id="unit-input" list="units" value="{esc(row["unit"] or "")}" required>
    <datalist id="units">{options}</datalist>
    <button type="submit">确认单位</button> <span class="hint">（{unit_state}）</span>
  </form>
  {_last_year_line(row, last_year, row["unit"] or "")}
  <p class="downloads">{"".join(downloads)}</p>
</section>
<div class="reader">
  <section class="card text" id="document-text"><h3>报告正文</h3>
  {f'<p class="hint">有 {len(whole)} 个问题针对全文，见右侧。</p>' if whole else ""}
  {paragraphs or '<p class="hint">（没有可显示的正文）</p>'}</section>
  <aside class="card findings" id="findings"><h3>问题与审查结论</h3>{cards or "<p>未发现问题。</p>"}</aside>
</div>"""
    return page(request, row["name"], body)


async def submission_csv(request: Request) -> Response:
    desk = _desk(request)
    sid = _int(request, "submission")
    with desk.ledger() as ledger:
        row = ledger.submission(sid)
        if row is None:
            return PlainTextResponse("没有这份收文", status_code=404)
        text = _csv_text([ledger.result(sid)])
    target = _publish(
        desk.exports(), f"submission-{sid}.csv", lambda p: p.write_text(text, encoding="utf-8")
    )
    return _download(target, f"{Path(row['name']).stem}-问题清单.csv", "text/csv; charset=utf-8")


async def submission_annotated(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from ..annotate import AnnotateError

    desk = _desk(request)
    sid = _int(request, "submission")
    with desk.ledger() as ledger:
        row = ledger.submission(sid)
        if row is None or row["format"] != "docx" or row["status"] != DONE:
            return message_page(
                request, "无法生成批注副本", "只有已检查的 Word 文件才有批注副本", 404
            )

        def write(path: Path) -> None:
            with desk.ledger() as own:
                _annotated_copy(own, sid, path)

        try:
            target = await run_in_threadpool(
                _publish, desk.exports(), f"submission-{sid}.docx", write
            )
        except AnnotateError as exc:
            return message_page(request, "无法生成批注副本", str(exc), 400)
    return _download(
        target,
        _annotated_name(row["name"]),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def _compare_list(title: str, items: list[dict[str, Any]], kind: str) -> str:
    rows = "".join(
        f"<li><span class='code'>{esc(i['code'])}</span> {esc(i['severity'])} "
        f"<span class='loc'>{esc(i['human'])}</span> {esc(i['message'])}"
        f"{'<q>' + esc(i['excerpt']) + '</q>' if i['excerpt'] else ''}</li>"
        for i in items
    )
    return (
        f'<section class="card compare {kind}" id="compare-{kind}"><h3>{esc(title)}'
        f'（<span class="count">{len(items)}</span>）</h3><ul>{rows or "<li>无</li>"}</ul></section>'
    )


async def compare_page(request: Request) -> Response:
    desk = _desk(request)
    sid = _int(request, "submission")
    with desk.ledger() as ledger:
        row = ledger.submission(sid)
        previous = ledger.previous_version(sid)
        if row is None or previous is None:
            return message_page(request, "没有可比较的版本", "这份收文没有上一版本", status=404)
        before = ledger.submission(previous)
        comparison = ledger.compare(previous, sid)
    assert before is not None
    body = (
        f'<section class="card"><h2>{esc(row["unit"])}：第 {row["version"] - 1} 版 → 第 '
        f"{row['version']} 版</h2><p>上一版：<a href='/submission/{previous}'>{esc(before['name'])}</a>"
        f"（{esc(before['received'])}） · 本版：<a href='/submission/{sid}'>{esc(row['name'])}</a>"
        f"（{esc(row['received'])}）</p></section>"
        + _compare_list("已整改", comparison.fixed, "fixed")
        + _compare_list("新增", comparison.new, "new")
        + _compare_list("仍存在", comparison.remaining, "remaining")
    )
    return page(request, "版本比较", body)


async def set_verdict(request: Request) -> Response:
    desk = _desk(request)
    fid = _int(request, "finding")
    form = await request.form()
    verdict = str(form.get("verdict") or "")
    note = str(form.get("note") or "")
    with desk.ledger() as ledger:
        ledger.set_verdict(fid, verdict, note)
    if request.headers.get("x-csrf-token"):
        return JSONResponse({"finding": fid, "verdict": verdict, "note": note.strip()})
    back = str(form.get("back") or "/")
    back = back if back.startswith("/submission/") else "/"
    return RedirectResponse(f"{back}#f{fid}", status_code=303)


async def confirm_unit(request: Request) -> Response:
    desk = _desk(request)
    sid = _int(request, "submission")
    form = await request.form()
    with desk.ledger() as ledger:
        ledger.confirm_unit(sid, str(form.get("unit") or "")[:200])
    desk.kick()  # the comparison with the unit's report of last year
    return RedirectResponse(f"/submission/{sid}", status_code=303)


# -- the ledger ----------------------------------------------------------------------------


async def ledger_page(request: Request) -> Response:
    desk = _desk(request)
    with desk.ledger() as ledger:
        statuses = ledger.unit_statuses()
        submissions = ledger.submissions()
    overdue = [s for s in statuses if s.status == OVERDUE]

    def unit_rows(items: list[Any]) -> str:
        return "".join(
            f'<tr class="unit-status {"overdue" if s.status == OVERDUE else ""}">'
            f"<td>{esc(s.name)}</td><td>{esc(s.category)}</td><td>{esc(s.deadline or '')}</td>"
            f'<td class="status">{esc(s.status)}</td><td>{s.versions}</td><td>{esc(s.detail)}</td></tr>'
            for s in items
        )

    head = "<tr><th>单位名称</th><th>类别</th><th>应报送日期</th><th>状态</th><th>版本数</th><th>说明</th></tr>"
    subs = "".join(
        f'<tr><td><a href="/submission/{r["id"]}">{esc(r["name"])}</a></td>'
        f"<td>{esc(r['unit'] or '')}{'' if r['unit_confirmed'] or not r['unit'] else '（推测）'}</td>"
        f"<td>{esc(r['version'] or '')}</td><td>{esc(r['received'])}</td>"
        f"<td>{esc(STATUS_ZH.get(r['status'], r['status']))}</td><td>{r['findings']}</td></tr>"
        for r in reversed(submissions)
    )
    body = f"""
<section class="card" id="roster"><h2>报送单位名册</h2>
  <p>导入 Excel（.xlsx）或 CSV 名册，第一行为列名：单位名称、类别、应报送日期（可空：按配置方案，
  一般为报告年度次年的 3月1日，省级为 4月1日）。</p>
  <form method="post" action="/roster" enctype="multipart/form-data">{hidden_csrf(request)}
    <input type="file" name="roster" id="roster-file" accept=".xlsx,.csv" required>
    <label>报告年度 <input type="number" name="year" id="roster-year" min="2000" max="2100"
      value="{due_year() - 1}" required></label>
    <button type="submit" id="roster-button">导入名册</button></form>
  <p><a class="button" href="/ledger.xlsx" id="export-xlsx">导出审查台账（Excel）</a></p>
</section>
<section class="card" id="overdue"><h2>逾期单位（<span class="count">{len(overdue)}</span>）</h2>
  <table class="grid"><thead>{head}</thead><tbody>{unit_rows(overdue) or '<tr><td colspan="6">无</td></tr>'}</tbody></table></section>
<section class="card" id="units"><h2>全部单位报送情况</h2>
  <table class="grid"><thead>{head}</thead><tbody>{unit_rows(statuses) or '<tr><td colspan="6">尚未导入名册</td></tr>'}</tbody></table></section>
<section class="card"><h2>收文登记</h2>
  <table class="grid"><thead><tr><th>文件</th><th>单位</th><th>版本</th><th>收到时间</th><th>状态</th><th>问题数</th></tr></thead>
  <tbody>{subs or '<tr><td colspan="6">尚无收文</td></tr>'}</tbody></table></section>"""
    return page(request, "审查台账", body)


async def import_roster(request: Request) -> Response:
    from ..engine import default_registry
    from ..profiles import load_profile

    desk = _desk(request)
    form = await request.form(max_files=2, max_fields=10)
    item = form.get("roster")
    if not isinstance(item, UploadFile) or not item.filename:
        raise LedgerError("请选择名册文件（.xlsx 或 .csv）")
    name = display_name(item.filename)
    data = await item.read(20 * 1024 * 1024 + 1)
    if len(data) > 20 * 1024 * 1024:
        raise LedgerError("名册文件过大")
    profile = load_profile(desk.profile or "national", default_registry().profile_dirs)
    temporary = desk.exports() / f".{uuid.uuid4().hex}{Path(name).suffix.lower()}"
    try:
        temporary.write_bytes(data)
        with desk.ledger() as ledger:
            ledger.import_roster(
                temporary, profile=profile, display_name=name, year=_report_year(form) + 1
            )
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return RedirectResponse("/ledger", status_code=303)


def _report_year(form: Any) -> int:
    value = str(form.get("year") or "").strip()
    if not value:
        return due_year() - 1
    if not value.isdigit() or not 2000 <= int(value) <= 2100:
        raise LedgerError(f"报告年度「{value}」无效，应为四位年份，如 2024")
    return int(value)


async def ledger_xlsx(request: Request) -> Response:
    desk = _desk(request)
    with desk.ledger() as ledger:
        target = ledger.export_xlsx(desk.exports() / "审查台账.xlsx")
    stamp = _dt.date.today().strftime("%Y%m%d")
    return _download(
        target,
        f"审查台账-{stamp}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


# -- login ---------------------------------------------------------------------------------


async def login(request: Request) -> Response:
    desk = _desk(request)
    if desk.password_hash is None:
        return RedirectResponse("/", status_code=303)
    error = ""
    if request.method == "POST":
        try:
            await verify_csrf(request)
        except Forbidden as exc:
            return PlainTextResponse(exc.message, status_code=403)
        form = await request.form()
        if check_password(str(form.get("password") or ""), desk.password_hash):
            token = secrets.token_urlsafe(32)
            desk.sessions.add(token)
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", path="/")
            return response
        await asyncio.sleep(1)  # slows down guessing
        error = '<p class="error">密码不正确</p>'
    body = (
        '<section class="card"><h2>登录审查台</h2>'
        f'<form method="post" action="/login">{hidden_csrf(request)}'
        '<label>访问密码 <input type="password" name="password" autofocus required></label> '
        f'<button type="submit">登录</button></form>{error}</section>'
    )
    return page(request, "登录", body, status=401 if error else 200)


# -- errors --------------------------------------------------------------------------------

HTTP_ZH = {404: "页面不存在", 405: "不支持此操作", 400: "请求有误", 413: "上传内容过大"}


async def http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return message_page(
        request, HTTP_ZH.get(status, "请求未能完成"), f"（错误代码 {status}）", status
    )


async def internal_error(request: Request, exc: Exception) -> Response:
    return PlainTextResponse(
        "审查台内部错误：操作未完成，已保存的内容不受影响。请刷新页面重试。", status_code=500
    )


# -- the application -----------------------------------------------------------------------


def create_app(
    folder: str | os.PathLike[str],
    *,
    profile: str | None = None,
    password_hash: dict[str, Any] | None = None,
    allowed_hosts: list[str] | None = None,
    limits: DeskLimits | None = None,
    start_worker: bool = True,
) -> Starlette:
    """The desk for one data folder (see the module doc)."""
    desk = Desk(
        Path(folder),
        profile=profile,
        password_hash=password_hash,
        limits=limits or DeskLimits(),
        start_worker=start_worker,
    )
    with desk.ledger() as ledger:  # creates the folder and the schema; fails early
        ledger.reset_stale()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        desk.kick()  # a batch interrupted by a crash goes on
        try:
            yield
        finally:
            desk.stop()

    static = resources.files("fazhi_lint.desk").joinpath("static")
    routes = [
        Route("/", home),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/upload", protected(upload), methods=["POST"]),
        Route("/api/batch/{batch:int}", batch_api),
        Route("/batch/{batch:int}", batch_page),
        Route("/batch/{batch:int}/report", batch_report),
        Route("/batch/{batch:int}/findings.csv", batch_csv),
        Route("/batch/{batch:int}/download.zip", batch_zip),
        Route("/submission/{submission:int}", submission_page),
        Route("/submission/{submission:int}/findings.csv", submission_csv),
        Route("/submission/{submission:int}/annotated.docx", submission_annotated),
        Route("/submission/{submission:int}/compare", compare_page),
        Route("/submission/{submission:int}/unit", protected(confirm_unit), methods=["POST"]),
        Route("/finding/{finding:int}/verdict", protected(set_verdict), methods=["POST"]),
        Route("/ledger", ledger_page),
        Route("/ledger.xlsx", ledger_xlsx),
        Route("/roster", protected(import_roster), methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(static)), name="static"),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS),
        Middleware(BodyLimit, limit=desk.limits.max_request_bytes),
        Middleware(Authentication, desk=desk),
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error, Exception: internal_error},
    )
    app.state.desk = desk
    return app


def _ask_password() -> str | None:
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin or not sys.stdin.isatty():
        return None
    first = getpass.getpass("请设置审查台访问密码（至少 8 个字符）：")
    second = getpass.getpass("请再次输入访问密码：")
    if first != second:
        print("两次输入的密码不一致", file=sys.stderr)
        return None
    return first


def serve(
    host: str,
    port: int,
    data: str | os.PathLike[str],
    *,
    browser: bool = True,
    profile: str | None = None,
) -> int:
    """``fazhi-lint serve``: run the desk until Ctrl-C; returns the exit status."""
    import uvicorn

    folder = Path(data)
    try:
        Ledger(folder).close()
    except LedgerError as exc:
        print(f"fazhi-lint: 错误：{exc}", file=sys.stderr)
        return 2
    password_hash = None
    allowed = [*LOOPBACK_HOSTS, host]  # e.g. 127.0.0.2 or a name for ::1
    if not is_loopback(host):
        password_hash = load_password(folder)
        if password_hash is None:
            password = _ask_password()
            if password is None or len(password) < MIN_PASSWORD:
                print(
                    f"fazhi-lint: 错误：在本机以外的地址（{host}）上提供审查台必须先设置访问密码"
                    f"（至少 {MIN_PASSWORD} 个字符）：请在终端中启动以输入密码，或设置环境变量 "
                    f"{PASSWORD_ENV}；审查台未启动",
                    file=sys.stderr,
                )
                return 2
            password_hash = save_password(folder, password)
        allowed = ["*"]
    app = create_app(folder, profile=profile, password_hash=password_hash, allowed_hosts=allowed)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}/"
    print(f"审查台已启动：{url}  数据文件夹：{folder.resolve()}（按 Ctrl+C 停止）", flush=True)
    if browser:
        import webbrowser

        threading.Timer(1.0, webbrowser.open, [url]).start()
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except SystemExit as exc:  # e.g. the port is taken
        print(
            f"fazhi-lint: 错误：审查台无法在 {host}:{port} 上启动（端口可能已被占用）",
            file=sys.stderr,
        )
        return int(exc.code) if isinstance(exc.code, int) and exc.code else 2
    return 0


__all__ = ["check_password", "create_app", "hash_password", "serve", "unpack_zip"]
