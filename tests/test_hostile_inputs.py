"""Small hostile inputs do bounded work (issue 11, item 7).

No timings: each test counts the work instead (characters a pattern is asked to scan, passes
of a repair loop) and checks that it grows with the input, not with its square; the last
test runs every case through the CLI with a generous time limit as a guard against hangs.
Benchmark rows for the same cases: ``benchmarks/bench_hostile.py``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from re import _parser as sre_parse
from typing import Any

import pytest

from fazhi_lint.analysis import debris, masks
from fazhi_lint.analysis import outline as outline_module
from fazhi_lint.checks import typography
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.profiles import Profile
from fazhi_lint.readers import html as html_reader
from fazhi_lint.readers import read_bytes

try:
    from . import hostile_inputs
except ImportError:  # tests/ is not a package
    import hostile_inputs  # type: ignore[no-redef]


class CountingPattern:
    """A compiled pattern that adds up how many characters it is asked to look at."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.scanned = 0
        self.calls = 0

    def _count(self, string: str, pos: int = 0) -> None:
        self.calls += 1
        self.scanned += len(string) - pos

    def search(self, string: str, pos: int = 0, *args: Any) -> re.Match[str] | None:
        self._count(string, pos)
        return self.pattern.search(string, pos, *args)

    def match(self, string: str, pos: int = 0, *args: Any) -> re.Match[str] | None:
        self._count(string, pos)
        return self.pattern.match(string, pos, *args)

    def fullmatch(self, string: str, pos: int = 0, *args: Any) -> re.Match[str] | None:
        self._count(string, pos)
        return self.pattern.fullmatch(string, pos, *args)

    def finditer(self, string: str, *args: Any) -> Any:
        self._count(string)
        return self.pattern.finditer(string, *args)

    def findall(self, string: str, *args: Any) -> Any:
        self._count(string)
        return self.pattern.findall(string, *args)

    def sub(self, repl: Any, string: str, *args: Any) -> str:
        self._count(string)
        return self.pattern.sub(repl, string, *args)


def _count(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> CountingPattern:
    counter = CountingPattern(getattr(module, name))
    monkeypatch.setattr(module, name, counter)
    return counter


def _lint(data: bytes, name: str, select: str) -> None:
    Linter(Config(select=(select,))).lint_bytes(data, name)


# -- the patterns --------------------------------------------------------------------------


def _repeats_before(items: Any, literal: str) -> list[tuple[int, int]]:
    """(min, max) of each repeat that comes before ``literal`` in a parsed branch."""
    found: list[tuple[int, int]] = []
    for op, av in items:
        if op == sre_parse.LITERAL and chr(av) == literal:
            return found
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            found.append((av[0], av[1]))
    raise AssertionError(f"{literal!r} not in the branch")


def test_address_pattern_starts_once_per_run_and_is_bounded() -> None:
    """T101's masks: an address begins where a run of address characters begins (a
    lookbehind), and its local part is bounded, so a run of 200k digits is scanned once."""
    parsed = sre_parse.parse(masks._URL_RE.pattern)
    (op, (_, branches)) = parsed[0]
    assert op == sre_parse.BRANCH
    address = next(
        b for b in branches if any(o == sre_parse.LITERAL and chr(a) == "@" for o, a in b)
    )
    assert address[0][0] == sre_parse.ASSERT_NOT  # (?<![…]) at the start
    assert all(high <= 64 for _, high in _repeats_before(address, "@"))
    # still finds what it should
    text = "联系邮箱 fzb@example.gov.cn 或访问 https://www.gov.cn/x ，电话123456"
    found = [m.group() for m in masks._URL_RE.finditer(text)]
    assert found == ["fzb@example.gov.cn", "https://www.gov.cn/x"]


def test_markdown_and_contents_patterns_read_blank_runs_once() -> None:
    from fazhi_lint.readers import text, toc

    for pattern in (text._MD_CLOSING_HASHES, toc._LEADER):
        assert pattern.pattern.startswith("(?<![")  # a blank run is entered at its start only
    delimiter = text._MD_TABLE_DELIM.pattern
    assert "[ \\t]*\\|?[ \\t]*" not in delimiter  # no two adjacent blank runs
    assert text._MD_TABLE_DELIM.match("| :-- | --: |")
    assert toc._key("一、总体情况 …… 12") == "一、总体情况"


# -- checks and readers: work proportional to the input --------------------------------------


def test_stray_spaces_scan_each_paragraph_once(monkeypatch: pytest.MonkeyPatch) -> None:
    leader = _count(monkeypatch, typography, "_DOT_LEADER_RE")
    runs = []
    for scale in (0.05, 0.1):
        data, name = hostile_inputs.stray_spaces(scale)
        before = leader.scanned
        _lint(data, name, "T107")
        runs.append(leader.scanned - before)
        assert leader.scanned - before <= 2 * len(data)  # once per paragraph, not per space
    assert runs[1] <= 2.2 * runs[0]


def test_ideograph_runs_are_measured_up_to_the_phrase_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    original = typography.is_ideograph

    def counting(char: str) -> bool:
        nonlocal calls
        calls += 1
        return original(char)

    monkeypatch.setattr(typography, "is_ideograph", counting)
    data, name = hostile_inputs.ideograph_spaces(0.25)
    _lint(data, name, "T107")
    spaces = data.decode("utf-8").count(" ")
    # each space: its two neighbours and at most PHRASE_RUN characters either side
    assert calls <= spaces * (4 + 2 * typography.PHRASE_RUN) + 10


def test_debris_checks_each_marker_without_rescanning_the_paragraph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    separators = _count(monkeypatch, debris, "_SEPARATORS")
    text = "正文内容" + "&nbsp;" * 20_000 + "正文"
    document = read_bytes(text.encode("utf-8"), "debris.txt")
    findings = [f for f in debris.find_debris(document) if f.start is not None]
    assert separators.scanned <= 4 * len(text) + 20_000 * 8
    # each finding carries its paragraph: a paragraph full of markers gets a bounded number
    limit = debris.MAX_INLINE_PER_BLOCK
    assert len(findings) == limit
    summary = findings[-1]
    assert f"此段另有 {20_000 - limit + 1} 处" in summary.message
    assert len(summary.marks) == 20_000 - limit + 1 and summary.fix is None


@pytest.mark.parametrize("markers", [debris.MAX_INLINE_PER_BLOCK, debris.MAX_INLINE_PER_BLOCK + 1])
def test_debris_up_to_the_limit_is_reported_one_by_one(markers: int) -> None:
    text = "正文内容" + "正文&nbsp;" * markers
    findings = [f for f in debris.find_debris(read_bytes(text.encode("utf-8"), "d.txt")) if f.start]
    limit = debris.MAX_INLINE_PER_BLOCK
    assert len(findings) == limit
    summed = [f for f in findings if f.marks]
    assert len(summed) == (1 if markers > limit else 0)
    if summed:
        marks = summed[0].marks
        assert len(marks) == markers - limit + 1
        assert all(text[a:b] == "&nbsp;" for a, b in marks)  # the markers, not the prose between


def test_doctype_is_looked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    start = _count(monkeypatch, html_reader, "_DOCTYPE_START")
    body = _count(monkeypatch, html_reader, "_DOCTYPE_BODY")
    data, name = hostile_inputs.doctype(1.0)
    document = read_bytes(data, name)
    assert start.calls == 1 and body.calls == 1
    assert any("法治政府建设" in b.text for b in document.blocks)
    # a declaration that is complete is still blanked out, its lines kept
    page = '<!DOCTYPE html [\n<!ENTITY x "秘密">\n]>\n<html><body><p>正文</p></body></html>'
    blanked = html_reader._blank_doctype(page)
    assert "ENTITY" not in blanked and blanked.count("\n") == page.count("\n")


def test_outline_repairs_do_not_grow_with_the_headings(monkeypatch: pytest.MonkeyPatch) -> None:
    passes = 0
    original = outline_module._children

    def counting(items: list[Any]) -> Any:
        nonlocal passes
        passes += 1
        return original(items)

    monkeypatch.setattr(outline_module, "_children", counting)
    counts = []
    for build in (hostile_inputs.outline_labels, hostile_inputs.outline_headings):
        for scale in (0.1, 0.2):
            data, name = build(scale)
            passes = 0
            outline = outline_module.build_outline(read_bytes(data, name), Profile("test", {}))
            assert outline.all_headings()
            counts.append(passes)
    # the number of passes is bounded by the repair limit, whatever the number of headings
    assert all(c <= 3 * outline_module.MAX_REPAIRS + 3 for c in counts)


# -- the hang guard ------------------------------------------------------------------------


@pytest.mark.parametrize("case", sorted(hostile_inputs.CASES))
def test_every_case_finishes_through_the_cli(case: str, tmp_path: Path) -> None:
    data, name = hostile_inputs.CASES[case](0.5)  # the counting tests above show the growth
    source = tmp_path / name
    source.write_bytes(data)
    out = tmp_path / "out.json"
    command = [sys.executable, "-m", "fazhi_lint", "check", str(source), "--format", "json"]
    command += ["-o", str(out), "--jobs", "1", "--exit-zero"]
    done = subprocess.run(command, capture_output=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    codes = [d["code"] for d in report["files"][0]["diagnostics"]]
    assert "E999" not in codes and "E007" not in codes
    assert source.read_bytes() == data
