"""HTML: one self-contained page for a whole batch, for the reviewer's desk.

``fazhi-lint check 收文/ --format html -o report.html`` writes a single file with its CSS and
JavaScript inline and no external resource of any kind (no fonts, images, scripts or
styles fetched), so it opens offline and can be mailed as is. The page has:

* a **summary table** of the files (file, reporting unit and year from the title, errors,
  warnings, infos, the worst finding), sortable by clicking a column header and filterable by
  check family and severity (the counts follow the filters), by a search box, and to the
  files with findings only. The filter state lives in the address (``#view?family=H,N&
  severity=error&sort=errors&dir=desc``) so a filtered view can be bookmarked or sent;
* each file's **findings**: severity, code, place, message (the arithmetic of a statistics
  finding is in its message), the paragraph excerpt with the flagged span highlighted
  (related spans in the same paragraph highlighted differently, related places in other
  paragraphs listed below it), the suggestion, and the check's data;
* each **rule's explanation** one click away: clicking a code opens it in a dialog (without
  JavaScript the link jumps to the explanation at the end of the page). Only the rules
  that occur are embedded.

Without JavaScript everything is still shown, unfiltered, in input order.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from ..model import Diagnostic, Severity, family_order
from . import FAMILIES, ReportOptions, file_row, summarize, summary_line, worst_text

if TYPE_CHECKING:
    from ..engine import FileResult
    from ..plugins import Check

BEFORE = 60  # characters of context shown before the span
AFTER = 90  # and after it
MAX_WINDOW = 320  # a window may widen to this many characters to include related spans
RELATED_SHOWN = 8  # related places in other paragraphs listed per finding
FORMAT_NAMES = {
    "docx": "Word",
    "pdf": "PDF",
    "text": "文本",
    "markdown": "Markdown",
    "html": "网页",
    "unknown": "无法读取",
    "skipped": "未检查",
}


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


# -- excerpts ------------------------------------------------------------------------------


def highlight(
    text: str,
    primary: tuple[int, int] | None,
    related: Iterable[tuple[int, int]] = (),
    before: int = BEFORE,
    after: int = AFTER,
) -> str:
    """HTML for a window of ``text`` around ``primary`` with the spans in ``<mark>``.

    The window keeps ``before``/``after`` characters around the primary span and widens (up
    to :data:`MAX_WINDOW`) to take in the related spans; cut ends get 「…」. An empty span
    is shown as a thin marker so the place is still visible.
    """
    n = len(text)
    others = sorted((max(0, min(a, n)), max(0, min(b, n))) for a, b in related)
    if primary is None:
        start = end = 0
    else:
        start, end = max(0, min(primary[0], n)), max(0, min(primary[1], n))
        end = max(start, end)
    lo, hi = max(0, start - before), min(n, end + after)
    for a, b in others:
        if max(hi, b) - min(lo, a) <= MAX_WINDOW:
            lo, hi = min(lo, a), max(hi, b)
    kinds = [""] * (hi - lo)
    for a, b in others:
        for i in range(max(a, lo), min(b, hi)):
            kinds[i - lo] = "related"
    if primary is not None:
        for i in range(max(start, lo), min(end, hi)):
            kinds[i - lo] = "primary"
    caret = start if primary is not None and start == end else None  # an empty span
    out: list[str] = ["…" if lo > 0 else ""]
    i = lo
    while i < hi:
        if i == caret:
            out.append('<mark class="primary empty" title="此处"></mark>')
        kind = kinds[i - lo]
        j = i + 1
        while j < hi and kinds[j - lo] == kind and j != caret:
            j += 1
        chunk = esc(text[i:j])
        out.append(f'<mark class="{kind}">{chunk}</mark>' if kind else chunk)
        i = j
    if caret is not None and caret == hi:
        out.append('<mark class="primary empty" title="此处"></mark>')
    out.append("…" if hi < n else "")
    return "".join(out)


# -- pieces --------------------------------------------------------------------------------


def _badge(severity: Severity) -> str:
    return f'<span class="badge {severity.label}">{severity.zh}</span>'


def _data_rows(data: dict[str, Any]) -> str:
    rows = []
    for key, value in data.items():
        if isinstance(value, (list, tuple, set, frozenset)):
            shown = "、".join(str(v) for v in value)
        elif isinstance(value, dict):
            shown = json.dumps(value, ensure_ascii=False, default=str)
        else:
            shown = str(value)
        rows.append(f"<tr><th>{esc(key)}</th><td>{esc(shown)}</td></tr>")
    return "".join(rows)


def _finding(d: Diagnostic, result: FileResult, number: int) -> str:
    family = d.code[:1]
    loc = d.location.human(d.offset)
    parts = [
        f'<li class="finding sev-{d.severity.label}" data-family="{esc(family)}" '
        f'data-severity="{d.severity.label}" data-code="{esc(d.code)}">',
        '<div class="head">',
        _badge(d.severity),
        f' <a class="code" href="#rule-{esc(d.code)}" data-rule="{esc(d.code)}" '
        f'title="查看检查说明">{esc(d.code)}</a>',
        f' <span class="name">{esc(d.name)}</span>',
        f' <span class="loc">{esc(loc)}</span>',
        "</div>",
        f'<p class="msg">{esc(d.message)}</p>',
    ]
    if d.context and d.span is not None:
        same = [
            (s.start, s.end)
            for s in d.related
            if d.location.block is not None and s.block == d.location.block
        ]
        parts.append(f'<p class="excerpt">{highlight(d.context, d.span, same)}</p>')
    elsewhere = [s for s in d.related if s.block != d.location.block]
    if elsewhere:
        items = []
        for span in elsewhere[:RELATED_SHOWN]:
            block = result.blocks.get(span.block)
            if block is None:
                continue
            items.append(
                f'<li><span class="loc">{esc(block.location.human(span.start))}</span> '
                f'<span class="excerpt">'
                f"{highlight(block.text, None, [(span.start, span.end)], 30, 50)}</span></li>"
            )
        if items:
            more = len(elsewhere) - RELATED_SHOWN
            if more > 0:
                items.append(f'<li class="more">另有 {more} 处</li>')
            parts.append(f'<ul class="related">{"".join(items)}</ul>')
    if d.suggestion:
        parts.append(f'<p class="suggestion"><b>建议：</b>{esc(d.suggestion)}</p>')
    if d.data:
        parts.append(
            f'<details class="data"><summary>检查数据</summary><table>{_data_rows(d.data)}'
            "</table></details>"
        )
    parts.append("</li>")
    return "".join(parts)


def _counts(result: FileResult) -> dict[str, int]:
    counts: dict[str, int] = {}
    for d in result.diagnostics:
        key = f"{d.code[:1]}:{d.severity.label}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def common_folder(results: Sequence[FileResult]) -> str:
    """The folder all checked files are in ("" when they share none, or for a single name)."""
    import os

    folders = [
        os.path.dirname(os.path.abspath(r.path)) for r in results if not r.path.startswith("<")
    ]
    if len(folders) < 2:
        return ""
    try:
        return os.path.commonpath(folders)
    except ValueError:  # different drives
        return ""


def display_path(path: str, base: str) -> str:
    import os

    if not base or path.startswith("<"):
        return path
    return os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")


def _file_row(index: int, result: FileResult, base: str = "") -> str:
    row = file_row(result)
    shown = display_path(row["path"], base)
    worst = row["worst"]
    families = sorted({d.code[:1] for d in result.diagnostics})
    status = "error" if row["errors"] else ("warning" if row["warnings"] else "ok")
    title = row["title"] or ""
    year = row["year"] if row["year"] is not None else ""
    worst_cell = ""
    if worst is not None:
        worst_cell = (
            f'{_badge(worst.severity)} <a class="code" href="#rule-{esc(worst.code)}" '
            f'data-rule="{esc(worst.code)}">{esc(worst.code)}</a> '
            f"{esc(worst_text(worst, 80)[len(worst.code) + 1 :])}"
        )
    return (
        f'<tr class="status-{status}" data-file="f{index}" data-index="{index}" '
        f'data-path="{esc(row["path"])}" data-unit="{esc(row["unit"])}" '
        f'data-year="{esc(year)}" data-families="{esc(" ".join(families))}" '
        f"data-counts='{esc(json.dumps(_counts(result), ensure_ascii=False))}'>"
        f'<td class="num">{index}</td>'
        f'<td class="path"><a href="#f{index}" title="{esc(title or row["path"])}">'
        f"{esc(shown)}</a></td>"
        f'<td class="unit">{esc(row["unit"])}</td>'
        f'<td class="num">{esc(year)}</td>'
        f'<td class="num errors">{row["errors"]}</td>'
        f'<td class="num warnings">{row["warnings"]}</td>'
        f'<td class="num infos">{row["infos"]}</td>'
        f'<td class="worst">{worst_cell}</td>'
        "</tr>"
    )


def _file_section(index: int, result: FileResult, base: str = "") -> str:
    row = file_row(result)
    facts = []
    if row["title"]:
        facts.append(f"标题：{esc(row['title'])}")
    if row["unit"]:
        facts.append(f"单位：{esc(row['unit'])}")
    if row["year"] is not None:
        facts.append(f"年度：{row['year']}")
    facts.append(f"格式：{esc(FORMAT_NAMES.get(result.format, result.format))}")
    counts = (
        f"错误 {row['errors']}，警告 {row['warnings']}，提示 {row['infos']}"
        if result.diagnostics
        else "未发现问题"
    )
    findings = "".join(_finding(d, result, n) for n, d in enumerate(result.diagnostics, 1))
    body = (
        f'<ol class="findings">{findings}</ol>' if findings else '<p class="clean">未发现问题。</p>'
    )
    return (
        f'<article class="file" id="f{index}" data-file="f{index}">'
        f'<h3 title="{esc(result.path)}"><span class="num">{index}.</span> '
        f"{esc(display_path(result.path, base))}</h3>"
        f'<p class="facts">{" · ".join(facts)} · <span class="counts">{counts}</span></p>'
        f'{body}<p class="empty-filter" hidden>（当前筛选条件下没有问题）</p>'
        '<p class="top"><a href="#summary">返回汇总</a></p>'
        "</article>"
    )


def _rule_section(code: str, checks: dict[str, Check], names: dict[str, str]) -> str:
    check = checks.get(code)
    name = check.name if check else names.get(code, "")
    summary = check.summary if check else ""
    explanation = (check.explanation.strip() if check else "") or "（该检查暂无详细说明）"
    severity = _badge(check.severity) if check else ""
    family = FAMILIES.get(code[:1], "其他")
    return (
        f'<article class="rule" id="rule-{esc(code)}">'
        f'<h3><span class="code">{esc(code)}</span> {esc(name)} {severity}</h3>'
        f'<p class="rule-summary">{esc(summary)}（类别：{esc(family)}）</p>'
        f'<div class="explanation">{_explanation_html(explanation)}</div>'
        f'<p class="config">配置：<code>[tool.fazhi-lint.rules.{esc(name)}]</code></p>'
        "</article>"
    )


def _explanation_html(text: str) -> str:
    """The explanation by its fixed sections (:func:`fazhi_lint.plugins.parse_explanation`)."""
    from ..plugins import parse_explanation

    parsed = parse_explanation(text)
    out: list[str] = []

    def paragraphs(body: str) -> None:
        for line in body.splitlines():
            line = line.rstrip().replace("``", "`")
            out.append(f"<p>{esc(line)}</p>" if line.strip() else '<div class="gap"></div>')

    if parsed.lead and parsed.sections.get("检查什么"):
        paragraphs(parsed.lead)
    for title, body in parsed.ordered():
        out.append(f"<h4>{esc(title + parsed.notes.get(title, ''))}</h4>")
        if title in ("错误示例", "正确示例"):
            kind = "bad" if title == "错误示例" else "good"
            out.append(f'<pre class="example {kind}">{esc(body.replace("``", "`"))}</pre>')
        else:
            paragraphs(body)
    return "".join(out)


def _filters(results: Sequence[FileResult]) -> str:
    families = sorted({d.code[:1] for r in results for d in r.diagnostics}, key=family_order)
    family_boxes = "".join(
        f'<label><input type="checkbox" name="family" value="{esc(f)}" checked> '
        f"{esc(f)} {esc(FAMILIES.get(f, '其他'))}</label>"
        for f in families
    )
    severity_boxes = "".join(
        f'<label class="sev-{s.label}"><input type="checkbox" name="severity" '
        f'value="{s.label}" checked> {s.zh}</label>'
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    return (
        '<form class="filters" id="filters" onsubmit="return false">'
        f"<fieldset><legend>类别</legend>{family_boxes or '<span>（无）</span>'}</fieldset>"
        f"<fieldset><legend>级别</legend>{severity_boxes}</fieldset>"
        '<fieldset><legend>文件</legend><label><input type="checkbox" id="only-problems"> '
        "只看有问题的文件</label> "
        '<input type="search" id="search" placeholder="按文件名或单位查找" '
        'aria-label="按文件名或单位查找"></fieldset>'
        '<p class="shown" id="shown" aria-live="polite"></p>'
        "</form>"
    )


def render(results: Sequence[FileResult], options: ReportOptions) -> str:
    from .. import __version__

    summary = summarize(results)
    checks: dict[str, Check] = {}
    if options.registry is not None:
        checks = {c.code: c for c in options.registry.checks}
    names = {d.code: d.name for r in results for d in r.diagnostics}
    codes = sorted(names, key=lambda c: (family_order(c[:1]), c))
    now = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    base = common_folder(results)
    rows = "".join(_file_row(i, r, base) for i, r in enumerate(results, 1))
    sections = "".join(_file_section(i, r, base) for i, r in enumerate(results, 1))
    rules = "".join(_rule_section(code, checks, names) for code in codes)
    counts = summary["by_severity"]
    failed = sum(1 for r in results if any(d.severity >= Severity.WARNING for d in r.diagnostics))
    header = (
        "<header><h1>法治政府建设年度报告检查结果</h1>"
        f'<p class="meta">共 {summary["files"]} 个文件，其中 {failed} 个有错误或警告 · '
        f"错误 {counts['error']} · 警告 {counts['warning']} · 提示 {counts['info']} · "
        f"fazhi-lint {esc(__version__)} · 生成于 {esc(now)}</p>"
        f'<p class="line">{esc(summary_line(summary))}</p>'
        + (f'<p class="line">文件夹：{esc(base)}</p>' if base else "")
        + "</header>"
    )
    table = (
        '<section id="summary"><h2>汇总</h2>'
        f"{_filters(results)}"
        '<div class="table-wrap"><table id="files"><thead><tr>'
        '<th data-key="index" data-type="num" aria-sort="ascending">序号</th>'
        '<th data-key="path">文件</th>'
        '<th data-key="unit">报告单位</th>'
        '<th data-key="year" data-type="num">年度</th>'
        '<th data-key="errors" data-type="num">错误</th>'
        '<th data-key="warnings" data-type="num">警告</th>'
        '<th data-key="infos" data-type="num">提示</th>'
        '<th data-key="worst">最严重的问题</th>'
        f"</tr></thead><tbody>{rows}</tbody></table></div>"
        '<p class="hint">点击列标题排序；点击检查代码查看说明。</p></section>'
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="fazhi-lint">'
        f"<title>检查结果（{summary['files']} 个文件）- fazhi-lint</title>"
        f"<style>{CSS}</style></head><body>"
        f"{header}<main>{table}"
        f'<section id="details"><h2>逐个文件</h2>{sections}</section>'
        f'<section id="rules"><h2>检查说明</h2>{rules or "<p>（无）</p>"}</section>'
        "</main>"
        '<dialog id="rule-dialog" aria-labelledby="rule-dialog-title">'
        '<div id="rule-dialog-body"></div>'
        '<form method="dialog"><button type="submit">关闭</button></form></dialog>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )


def report(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
    stream.write(render(results, options))


CSS = """
:root{--error:#c62828;--warning:#b26a00;--info:#1565c0;--ok:#2e7d32;--line:#d9dde3;
--bg:#f6f7f9;--mark:#ffe08a;--rel:#cfe3ff;font-family:-apple-system,"PingFang SC",
"Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:#1d232b;line-height:1.6}
header{background:#16324f;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
header .meta,header .line{margin:4px 0 0;opacity:.9;font-size:14px}
main{max-width:1280px;margin:0 auto;padding:8px 24px 40px}
h2{font-size:19px;border-bottom:2px solid #16324f;padding-bottom:4px;margin-top:28px}
.filters{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;margin:8px 0 12px}
.filters fieldset{border:1px solid var(--line);border-radius:6px;padding:4px 10px;margin:0;
background:#fff}.filters legend{font-size:12px;color:#555;padding:0 4px}
.filters label{margin-right:10px;white-space:nowrap;cursor:pointer}
.filters input[type=search]{padding:3px 6px;border:1px solid #aab;border-radius:4px;width:14em}
.shown{margin:0;color:#555;font-size:14px}
.table-wrap{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:6px}
table#files{border-collapse:collapse;width:100%;font-size:14px}
#files th,#files td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;
vertical-align:top}#files th{background:#eef1f5;cursor:pointer;user-select:none;
white-space:nowrap;position:sticky;top:0}
#files th[aria-sort=ascending]::after{content:" ▲";font-size:10px}
#files th[aria-sort=descending]::after{content:" ▼";font-size:10px}
#files td.num{text-align:right;white-space:nowrap}
#files td.path{min-width:11em;overflow-wrap:anywhere}#files td.unit{min-width:8.5em}
#files tr.status-error td.errors{color:var(--error);font-weight:bold}
#files tr.status-warning td.warnings{color:var(--warning);font-weight:bold}
#files tr.status-ok td.path a::after{content:" ✓";color:var(--ok)}
#files tbody tr:hover{background:#f3f7ff}
.badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;color:#fff;
line-height:1.7;vertical-align:1px}.badge.error{background:var(--error)}
.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
a.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:bold;color:#16324f}
.hint{font-size:13px;color:#666}
article.file{background:#fff;border:1px solid var(--line);border-radius:6px;margin:14px 0;
padding:6px 18px 10px}article.file h3{margin:8px 0 2px;font-size:16px;word-break:break-all}
article.file h3 .num{color:#888}.facts{margin:0 0 6px;color:#555;font-size:13px}
ol.findings{padding-left:22px;margin:4px 0}li.finding{margin:10px 0;padding:6px 10px;
border-left:4px solid var(--line);background:#fbfbfc}li.sev-error{border-left-color:var(--error)}
li.sev-warning{border-left-color:var(--warning)}li.sev-info{border-left-color:var(--info)}
.finding .name{color:#666;font-size:13px}.finding .loc{color:#333;font-size:13px;
background:#eef1f5;border-radius:3px;padding:0 5px}.finding .msg{margin:4px 0}
.excerpt{font-family:"FangSong","仿宋","STFangsong","Noto Serif CJK SC",serif;
background:#fff;border:1px dashed #ccd;border-radius:4px;padding:4px 8px;margin:4px 0;
word-break:break-all}ul.related .excerpt{display:inline;border:none;padding:0}
mark.primary{background:var(--mark);border-bottom:2px solid var(--error);padding:0 1px}
mark.related{background:var(--rel);border-bottom:2px dotted var(--info)}
mark.empty{display:inline-block;width:3px;height:1.1em;background:var(--error);
vertical-align:-2px;padding:0}
ul.related{margin:2px 0;padding-left:18px;font-size:14px}
.suggestion{margin:4px 0;color:#1b5e20}.clean{color:var(--ok)}
details.data{font-size:13px;color:#444}details.data table{border-collapse:collapse}
details.data th,details.data td{border:1px solid var(--line);padding:1px 6px;text-align:left}
.top{text-align:right;font-size:12px;margin:0}
article.rule{background:#fff;border:1px solid var(--line);border-radius:6px;margin:10px 0;
padding:4px 16px}article.rule h3{font-size:16px;margin:8px 0 0}
.explanation p{margin:2px 0}.explanation .gap{height:6px}
.example.bad{border-left:3px solid var(--error)}.example.good{border-left:3px solid var(--ok)}
.explanation h4{margin:8px 0 2px}
.explanation pre{background:#f3f3f3;padding:6px;overflow-x:auto}
dialog{max-width:760px;width:92vw;border:1px solid #889;border-radius:8px;padding:8px 20px 14px}
dialog::backdrop{background:rgba(0,0,0,.35)}dialog form{text-align:right}
[hidden]{display:none!important}
@media print{.filters,.hint,.top,dialog{display:none!important}header{color:#000;
background:none}article.file{break-inside:avoid-page}}
"""

SCRIPT = r"""
(function () {
  "use strict";
  var table = document.getElementById("files");
  var tbody = table.tBodies[0];
  var form = document.getElementById("filters");
  var search = document.getElementById("search");
  var only = document.getElementById("only-problems");
  var shown = document.getElementById("shown");
  var sortKey = "index", sortDir = "asc";
  var LEVELS = ["error", "warning", "info"];

  function checked(name) {
    return Array.prototype.filter.call(form.querySelectorAll("input[name=" + name + "]"),
      function (box) { return box.checked; }).map(function (box) { return box.value; });
  }
  function all(name) {
    return form.querySelectorAll("input[name=" + name + "]").length;
  }
  function rowCounts(row, families, levels) {
    var counts = JSON.parse(row.getAttribute("data-counts") || "{}");
    var out = {error: 0, warning: 0, info: 0};
    Object.keys(counts).forEach(function (key) {
      var parts = key.split(":");
      if (families.indexOf(parts[0]) >= 0 && levels.indexOf(parts[1]) >= 0) {
        out[parts[1]] += counts[key];
      }
    });
    return out;
  }
  function value(row, key) {
    if (key === "index") return Number(row.getAttribute("data-index"));
    if (key === "year") return Number(row.getAttribute("data-year") || 0);
    if (key === "errors" || key === "warnings" || key === "infos") {
      return Number(row.querySelector("td." + key).textContent);
    }
    if (key === "worst") return row.querySelector("td.worst").textContent;
    return row.getAttribute("data-" + key) || "";
  }
  function sortRows() {
    var rows = Array.prototype.slice.call(tbody.rows);
    var numeric = ["index", "year", "errors", "warnings", "infos"].indexOf(sortKey) >= 0;
    rows.sort(function (a, b) {
      var x = value(a, sortKey), y = value(b, sortKey), c;
      c = numeric ? x - y : String(x).localeCompare(String(y), "zh-CN");
      if (c === 0) c = value(a, "index") - value(b, "index");
      return sortDir === "asc" ? c : -c;
    });
    rows.forEach(function (row) { tbody.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (th.getAttribute("data-key") === sortKey) {
        th.setAttribute("aria-sort", sortDir === "asc" ? "ascending" : "descending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }
  function apply() {
    var families = checked("family"), levels = checked("severity");
    var narrowed = families.length < all("family") || levels.length < all("severity");
    var query = search.value.trim().toLowerCase();
    var visible = 0, total = tbody.rows.length;
    Array.prototype.forEach.call(tbody.rows, function (row) {
      var c = rowCounts(row, families, levels);
      row.querySelector("td.errors").textContent = c.error;
      row.querySelector("td.warnings").textContent = c.warning;
      row.querySelector("td.infos").textContent = c.info;
      var matching = c.error + c.warning + c.info;
      var text = (row.getAttribute("data-path") + " " + row.getAttribute("data-unit")).toLowerCase();
      var show = (!query || text.indexOf(query) >= 0) &&
        (matching > 0 || (!narrowed && !only.checked));
      row.hidden = !show;
      var article = document.getElementById(row.getAttribute("data-file"));
      if (article) {
        article.hidden = !show;
        var items = article.querySelectorAll("li.finding"), left = 0;
        Array.prototype.forEach.call(items, function (li) {
          var ok = families.indexOf(li.getAttribute("data-family")) >= 0 &&
            levels.indexOf(li.getAttribute("data-severity")) >= 0;
          li.hidden = !ok;
          if (ok) left += 1;
        });
        var note = article.querySelector(".empty-filter");
        if (note) note.hidden = !(items.length && !left);
      }
      if (show) visible += 1;
    });
    shown.textContent = "显示 " + visible + " / " + total + " 个文件";
    if (sortKey === "errors" || sortKey === "warnings" || sortKey === "infos") sortRows();
    saveState(families, levels, query, narrowed);
  }
  function saveState(families, levels, query, narrowed) {
    var parts = [];
    if (families.length < all("family")) parts.push("family=" + families.join(","));
    if (levels.length < all("severity")) parts.push("severity=" + levels.join(","));
    if (only.checked) parts.push("only=1");
    if (query) parts.push("q=" + encodeURIComponent(query));
    if (sortKey !== "index" || sortDir !== "asc") parts.push("sort=" + sortKey, "dir=" + sortDir);
    var hash = parts.length ? "#view?" + parts.join("&") : "";
    if (location.hash.indexOf("#view") === 0 || hash) {
      try { history.replaceState(null, "", hash || location.pathname + location.search); }
      catch (e) { /* file: URLs in some browsers */ }
    }
  }
  function loadState() {
    if (location.hash.indexOf("#view?") !== 0) return false;
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      box.checked = box !== only;
    });
    search.value = "";
    sortKey = "index";
    sortDir = "asc";
    location.hash.slice(6).split("&").forEach(function (pair) {
      var i = pair.indexOf("="), key = pair.slice(0, i), val = decodeURIComponent(pair.slice(i + 1));
      if (key === "family" || key === "severity") {
        var wanted = val ? val.split(",") : [];
        form.querySelectorAll("input[name=" + key + "]").forEach(function (box) {
          box.checked = wanted.indexOf(box.value) >= 0;
        });
      } else if (key === "only") { only.checked = val === "1"; }
      else if (key === "q") { search.value = val; }
      else if (key === "sort") { sortKey = val; }
      else if (key === "dir") { sortDir = val === "desc" ? "desc" : "asc"; }
    });
    return true;
  }
  table.tHead.addEventListener("click", function (event) {
    var th = event.target.closest("th");
    if (!th) return;
    var key = th.getAttribute("data-key");
    if (key === sortKey) { sortDir = sortDir === "asc" ? "desc" : "asc"; }
    else {
      sortKey = key;
      sortDir = ["errors", "warnings", "infos", "year"].indexOf(key) >= 0 ? "desc" : "asc";
    }
    sortRows();
    apply();
  });
  form.addEventListener("change", apply);
  search.addEventListener("input", apply);
  var dialog = document.getElementById("rule-dialog");
  var dialogBody = document.getElementById("rule-dialog-body");
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-rule]");
    if (!link || !dialog || typeof dialog.showModal !== "function") return;
    var rule = document.getElementById("rule-" + link.getAttribute("data-rule"));
    if (!rule) return;
    event.preventDefault();
    dialogBody.innerHTML = rule.innerHTML;
    var heading = dialogBody.querySelector("h3");
    if (heading) heading.id = "rule-dialog-title";
    dialog.showModal();
  });
  window.addEventListener("hashchange", function () {
    if (loadState()) { sortRows(); apply(); }
  });
  loadState();
  sortRows();
  apply();
  document.body.setAttribute("data-ready", "1");
})();
"""
