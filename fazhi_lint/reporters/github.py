"""GitHub Actions workflow commands: one annotation per finding.

``::error file=报告.txt,line=12,col=5,title=H101 heading-number-gap::第12行第5列：…``

Errors become ``::error``, warnings ``::warning``, infos ``::notice``. Text files give a
line and column, so GitHub shows the annotation on the line; Word and PDF files have no
lines GitHub could show, so their annotations are attached to the file and the message
starts with the place in Chinese (「第12段」「第3页第7行」). Values are escaped the way the
runner expects (``%``, CR, LF; in properties also ``:`` and ``,``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from ..model import Diagnostic, Severity
from . import ReportOptions

if TYPE_CHECKING:
    from ..engine import FileResult

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(diagnostic: Diagnostic, path: str) -> str:
    from ..baseline import normalize_path

    location = diagnostic.location
    props = [f"file={escape_property(normalize_path(path))}"]
    text_file = location.line is not None and location.page is None
    if text_file:
        props.append(f"line={location.line}")
        if location.column is not None:
            props.append(f"col={location.column + diagnostic.offset}")
            if diagnostic.span is not None and diagnostic.span[1] > diagnostic.span[0]:
                props.append(f"endColumn={location.column + diagnostic.span[1] - 1}")
    props.append(f"title={escape_property(f'{diagnostic.code} {diagnostic.name}')}")
    message = diagnostic.message
    if not text_file:
        message = f"{location.human(diagnostic.offset)}：{message}"
    if diagnostic.suggestion:
        message += f"\n建议：{diagnostic.suggestion}"
    command = COMMANDS.get(diagnostic.severity, "warning")
    return f"::{command} {','.join(props)}::{escape_data(message)}"


def report_file(result: FileResult, stream: TextIO, options: ReportOptions) -> None:
    for d in result.diagnostics:
        stream.write(annotation(d, d.path or result.path) + "\n")
    stream.flush()


def report(results: Sequence[FileResult], stream: TextIO, options: ReportOptions) -> None:
    for result in results:
        report_file(result, stream, options)
