"""Values kept across runs in the pattern cache's file (fazhi_lint.pattern_cache.recall/keep)
and the pre-filter's analyses kept there (fazhi_lint.analysis.prefilter._analyse_kept): a hit
gives what working it out gives; a damaged value, another version's value, no cache and an
unwritable folder fall back to working it out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from fazhi_lint import pattern_cache
from fazhi_lint.analysis import prefilter

pytestmark = pytest.mark.skipif(
    pattern_cache._compiler_parts() is None or not pattern_cache._WORD,
    reason="this Python's re is not the one it knows",
)

# what the analysis tells apart: a look-behind first (a class of first characters), a
# literal first (the engine skips by itself), branches, required characters, flags that
# turn the analysis off (IGNORECASE) or change the class (ASCII), nothing worked out
PATTERNS = [
    (r"(?<![\d.])(\d+)件", 0),
    (r"(?<![A-Za-z])[1-8](?:个|项)", int(re.ASCII)),
    (r"行政复议(?:案件)?\d+件", 0),
    (r"(?:受理|办结)[^。]{0,6}案件", 0),
    (r"^\s*第[一二三]", int(re.MULTILINE)),
    (r"(?<!不)满意度", int(re.IGNORECASE)),
    (r".*?。", 0),
]


def analyses() -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    prefilter._ANALYSES.clear()
    for source, flags in PATTERNS:
        found = prefilter._analysis(re.compile(source, flags))
        first = None if found.first is None else (found.first.pattern, found.first.flags)
        out.append((found.skips, first, sorted(found.required)))
    return out


@pytest.fixture
def fresh() -> Iterator[None]:
    """No cache installed before or after (an in-process cli.main may have installed one)."""
    pattern_cache.uninstall()
    prefilter._ANALYSES.clear()
    try:
        yield
    finally:
        pattern_cache.uninstall()
        prefilter._ANALYSES.clear()


def kept_keys(cache: pattern_cache.PatternCache) -> list[object]:
    return [key for key in cache.read() if key[0] == prefilter._KIND]


def test_an_analysis_from_the_file_is_the_one_worked_out(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = analyses()  # no cache: worked out
    assert any(e[1] is not None for e in expected) and any(e[2] for e in expected)
    path = tmp_path / "patterns.bin"
    first = pattern_cache.install(path)
    assert first is not None
    assert analyses() == expected
    assert first.misses >= len(PATTERNS)
    pattern_cache.uninstall()  # written
    assert len(kept_keys(first)) == len(PATTERNS)

    def refuse(pattern: re.Pattern[str]) -> prefilter._Analysis:
        raise AssertionError(f"worked out again: {pattern.pattern}")

    monkeypatch.setattr(prefilter, "_analyse", refuse)  # every one must come from the file
    second = pattern_cache.install(path)
    assert second is not None and second is not first
    assert analyses() == expected
    assert second.misses == 0


def test_a_damaged_value_is_worked_out_afresh(tmp_path: Path, fresh: None) -> None:
    expected = analyses()
    path = tmp_path / "patterns.bin"
    cache = pattern_cache.install(path)
    assert cache is not None
    analyses()
    cache._entries = cache._entries or {}
    damaged = [(1, "[", 0, "x"), (True, "[", 0, "x"), (True, None, 0, 5), ("x",), b"junk"]
    keys = [key for key in cache._entries if key[0] == prefilter._KIND]
    assert len(keys) == len(PATTERNS)
    for i, key in enumerate(keys):
        cache._entries[key] = damaged[
            i % len(damaged)
        ]  # wrong types, a class that does not compile
    assert analyses() == expected


def test_another_versions_value_is_not_read(tmp_path: Path, fresh: None) -> None:
    expected = analyses()
    cache = pattern_cache.install(tmp_path / "patterns.bin")
    assert cache is not None
    fingerprint = prefilter._fingerprint()
    for source, flags in PATTERNS:  # well-formed, but wrong and under another fingerprint
        pattern_cache.keep(prefilter._KIND, (fingerprint + 1, source, flags), (True, "[x]", 0, ""))
    assert analyses() == expected


def test_the_fingerprint_follows_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    before = prefilter._fingerprint()
    assert prefilter._fingerprint() == before  # stable within a process (and across: no ids)
    monkeypatch.setattr(prefilter, "_WIDE", prefilter._WIDE + 1)
    assert prefilter._fingerprint() != before
    monkeypatch.undo()

    def _required_of(op: object, av: object) -> frozenset[str]:
        return frozenset()

    monkeypatch.setattr(prefilter, "_required_of", _required_of)
    assert prefilter._fingerprint() != before


def test_without_a_cache_nothing_is_kept(fresh: None) -> None:
    assert pattern_cache.recall(prefilter._KIND, (1, "a", 0)) is None
    pattern_cache.keep(prefilter._KIND, (1, "a", 0), (True, None, 0, ""))  # no error
    assert pattern_cache.recall(prefilter._KIND, (1, "a", 0)) is None
    assert analyses()  # worked out


def test_a_value_marshal_cannot_keep_is_left_out_and_the_rest_written(
    tmp_path: Path, fresh: None
) -> None:
    path = tmp_path / "patterns.bin"
    cache = pattern_cache.install(path)
    assert cache is not None
    pattern_cache.keep("test", ("flag",), (re.ASCII,))  # a RegexFlag: marshal refuses it
    pattern_cache.keep("test", ("kept",), (1, "二", None))
    pattern_cache.keep("exec", "x = 1", (1,))  # not this function's kind
    assert pattern_cache.recall("test", ("flag",)) is None
    assert pattern_cache.recall("exec", "x = 1") is None
    pattern_cache.uninstall()
    entries = cache.read()
    assert entries[("test", ("kept",))] == (1, "二", None)
    assert ("test", ("flag",)) not in entries and ("exec", "x = 1") not in entries


def test_an_unwritable_folder_is_no_error(tmp_path: Path, fresh: None) -> None:
    expected = analyses()
    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    cache = pattern_cache.install(blocker / "patterns.bin")  # its folder is a file
    assert cache is not None
    assert analyses() == expected
    pattern_cache.uninstall()  # the write fails silently
    assert cache.read() == {}
