"""The compiled-pattern cache (fazhi_lint/pattern_cache.py): a hit builds the very Pattern
``re`` builds; a missing, corrupt, foreign or refused cache and an unwritable folder fall
back to compiling as usual; the command line gives the same findings with and without it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fazhi_lint import pattern_cache
from fazhi_lint.pattern_cache import PatternCache

ROOT = Path(__file__).resolve().parents[1]
PARTS = pattern_cache._compiler_parts()
pytestmark = pytest.mark.skipif(
    PARTS is None or not pattern_cache._WORD, reason="this Python's re is not the one it knows"
)

# what the project's patterns use: CJK ranges (the costly part), named groups and
# back-references, look-arounds, lazy repeats, flags, bytes (flags as plain ints, as re
# hands them to its compiler)
SAMPLES: list[tuple[str | bytes, int]] = [
    (r"[\u4e00-\u9fff]{0,8}(?:满意度|知晓度|率)$", 0),
    (r"(?P<year>(?:19|20)\d{2})\s*年(?!\s*[-—至])", 0),
    (r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?P<unit>件|个|人次?)", 0),
    (r"第([一二三四五六七八九十]{1,2})(节|会)\1?", 0),
    (r"(?:HYPERLINK|PAGEREF)\s+\"[^\"\r\n]{0,500}\"", int(re.IGNORECASE)),
    (r"  (?P<a>\d+)  # a number\n  \s* (?P=a)", int(re.VERBOSE)),
    (r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$", int(re.MULTILINE)),
    (rb"PK\x03\x04[\x00-\xff]{2}", 0),
    (r".+?。", int(re.DOTALL)),
]
TEXTS = [
    "2024年完成行政复议案件58件，满意度",
    "第三节第三节 2021—2025年",
    'HYPERLINK "http://example.org" 12  12',
    "法治政府\n建设",
    "共受理1,234件，办结123.5个人次。",
]


def new_cache(path: Path) -> PatternCache:
    assert PARTS is not None
    compiler, parser = PARTS
    return PatternCache(path, compiler.compile, parser, compiler._code)


def original(pattern: str | bytes, flags: int) -> re.Pattern:  # type: ignore[type-arg]
    assert PARTS is not None
    return PARTS[0].compile(pattern, flags)  # type: ignore[no-any-return]


def behaviour(compiled: re.Pattern) -> list[object]:  # type: ignore[type-arg]
    out: list[object] = [compiled.flags, compiled.groups, dict(compiled.groupindex)]
    for text in TEXTS:
        subject = text.encode("utf-8") if isinstance(compiled.pattern, bytes) else text
        out.append([(m.span(), m.groups()) for m in compiled.finditer(subject)])  # type: ignore[arg-type]
    return out


def filled(path: Path) -> PatternCache:
    cache = new_cache(path)
    for pattern, flags in SAMPLES:
        cache.compile(pattern, flags)
    cache.write()
    return cache


def test_a_hit_builds_the_pattern_re_builds(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    first = filled(path)
    assert first.misses == len(SAMPLES) and first.hits == 0
    assert path.is_file()
    second = new_cache(path)
    for pattern, flags in SAMPLES:
        compiled = second.compile(pattern, flags)
        expected = original(pattern, flags)
        assert compiled == expected  # same flags, pattern and code words
        assert compiled is not expected
        assert behaviour(compiled) == behaviour(expected)
    assert second.hits == len(SAMPLES) and second.misses == 0


def test_nothing_new_is_not_written_again(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    filled(path)
    stamp = path.stat().st_mtime_ns - 10**9
    os.utime(path, ns=(stamp, stamp))
    cache = new_cache(path)
    for pattern, flags in SAMPLES:
        cache.compile(pattern, flags)
    cache.write()  # every pattern was a hit
    assert path.stat().st_mtime_ns == stamp


def test_errors_are_raised_as_re_raises_them(tmp_path: Path) -> None:
    cache = new_cache(tmp_path / "patterns.bin")
    with pytest.raises(re.error):
        cache.compile("(unclosed", 0)
    with pytest.raises(re.error):
        cache.compile(r"(?P<a>x)(?P=b)", 0)


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "flipped byte", "another python", "empty", "not a dict"],
)
def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "patterns.bin"
    filled(path)
    data = path.read_bytes()
    cache = new_cache(path)
    head = cache._head()
    if damage == "garbage":
        data = os.urandom(len(data))
    elif damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "flipped byte":
        data = data[:-40] + bytes([data[-40] ^ 0xFF]) + data[-39:]
    elif damage == "another python":
        data = data.replace(sys.version.encode(), b"2.7.18 (default)", 1)
    elif damage == "empty":
        data = b""
    else:
        import marshal
        import zlib

        payload = marshal.dumps([1, 2, 3])
        data = head + zlib.crc32(payload).to_bytes(4, "little") + payload
    path.write_bytes(data)
    assert cache.read() == {}
    for pattern, flags in SAMPLES:
        assert cache.compile(pattern, flags) == original(pattern, flags)
    assert cache.misses == len(SAMPLES) and cache.hits == 0
    cache.write()  # and the file is whole again
    assert len(new_cache(path).read()) == len(SAMPLES)


def test_code_that_sre_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    """A well-formed file (right header and checksum) whose code is wrong for the pattern:
    ``_sre`` validates code words and refuses, and the pattern compiles as usual."""
    import marshal
    import zlib
    from array import array

    path = tmp_path / "patterns.bin"
    cache = new_cache(path)
    pattern = r"(?P<n>\d+)件"
    bogus = array(pattern_cache._WORD, [999999, 3, 7]).tobytes()  # no such opcode
    entries = {(pattern, 0): (32, bogus, 1, {"n": 1}, (None, "n"))}
    payload = marshal.dumps(entries)
    path.write_bytes(cache._head() + zlib.crc32(payload).to_bytes(4, "little") + payload)
    compiled = cache.compile(pattern, 0)
    assert compiled == original(pattern, 0)
    assert compiled.search("共58件").group("n") == "58"
    assert cache.misses == 1 and cache.hits == 0


def test_an_unwritable_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache = new_cache(blocker / "patterns.bin")  # its folder cannot be created
    for pattern, flags in SAMPLES:
        assert cache.compile(pattern, flags) == original(pattern, flags)
    cache.write()  # silently nothing
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    assert [p.name for p in tmp_path.iterdir()] == ["a file"]


def test_writers_merge_and_leave_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "缓存 目录"
    path = folder / "patterns.bin"
    one, two = new_cache(path), new_cache(path)
    one.compile(*SAMPLES[0])
    two.compile(*SAMPLES[1])  # both read the (missing) file before either wrote
    one.write()
    two.write()
    assert set(new_cache(path).read()) == {SAMPLES[0], SAMPLES[1]}
    assert [p.name for p in folder.iterdir()] == ["patterns.bin"]


def test_the_file_stays_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.bin"
    filled(path)  # len(SAMPLES) entries
    monkeypatch.setattr(pattern_cache, "MAX_ENTRIES", len(SAMPLES))
    cache = new_cache(path)
    cache.compile(*SAMPLES[0])  # a hit
    cache.compile(r"新的模式\d+", 0)  # one more: past the bound
    cache.write()
    assert set(new_cache(path).read()) == {SAMPLES[0], (r"新的模式\d+", 0)}


def test_locale_and_parsed_patterns_pass_through(tmp_path: Path) -> None:
    assert PARTS is not None
    cache = new_cache(tmp_path / "patterns.bin")
    assert cache.compile(rb"[a-z]+", int(re.LOCALE)).match(b"abc")
    parsed = PARTS[1].parse(r"\d+|\s+")  # what re.Scanner hands the compiler
    assert cache.compile(parsed).match("12")
    assert cache.compile(r"\d+", re.IGNORECASE).match("12")  # a flag enum, not an int
    assert cache.misses == 0 and cache.hits == 0
    assert cache._entries is None  # the file was not even read


def test_the_switch_and_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for off in ("0", "off", "false", "No"):
        monkeypatch.setenv(pattern_cache.ENV, off)
        assert pattern_cache.default_path() is None
    monkeypatch.setenv(pattern_cache.ENV, str(tmp_path / "模式 缓存"))
    path = pattern_cache.default_path()
    assert path is not None and path.parent == tmp_path / "模式 缓存"
    assert path.name.isascii() and path.suffix == ".bin"
    monkeypatch.setenv(pattern_cache.ENV, "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    default = pattern_cache.default_path()
    assert default is not None and default.parent == tmp_path / "fazhi-lint"


def test_install_routes_re_through_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    pattern_cache.uninstall()  # an in-process cli.main of another test may have installed it
    try:
        cache = pattern_cache.install(path)
        assert cache is not None
        assert pattern_cache.install(path) is cache  # idempotent
        unique = r"[\u4e00-\u9fff]+第(\d+)个独有的模式" + str(os.getpid())
        re.purge()
        compiled = re.compile(unique)
        assert cache.misses == 1
        assert compiled == original(unique, 0)
    finally:
        pattern_cache.uninstall()
    assert PARTS is not None and PARTS[0].compile == cache.original  # put back
    assert (unique, 0) in new_cache(path).read()  # written on the way out


def _check(env: dict[str, str], target: Path) -> list[object]:
    done = subprocess.run(
        [sys.executable, "-m", "fazhi_lint", "check", str(target), "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr
    files = json.loads(done.stdout)["files"]
    return [(f["path"], f["diagnostics"]) for f in files]


def test_the_command_line_finds_the_same_with_and_without_it(tmp_path: Path) -> None:
    import shutil

    inbox = tmp_path / "收文 2024"
    inbox.mkdir()
    for name in ("001.txt", "003.txt"):  # two seed reports with statistics findings
        shutil.copyfile(ROOT / "fixtures" / "seeds" / name, inbox / f"报告 {name}")
    env = {**os.environ, "FAZHI_LINT_PATTERN_CACHE": str(tmp_path / "cache")}
    cold = _check(env, inbox)  # fills the cache (in the batch workers, too)
    files = list((tmp_path / "cache").iterdir())
    assert len(files) == 1 and files[0].suffix == ".bin"
    assert len(new_cache(files[0]).read()) > 300  # the project's patterns, not a handful
    warm = _check(env, inbox)  # from the cache
    off = _check({**env, "FAZHI_LINT_PATTERN_CACHE": "0"}, inbox)
    assert cold == warm == off
    assert all(diagnostics for _, diagnostics in cold)  # findings were compared


def _make_classes() -> dict[str, type]:
    """A few dataclasses as the project writes them, defined afresh on each call."""
    from dataclasses import dataclass, field

    @dataclass(frozen=True, order=True)
    class Span:
        start: int
        end: int = 0

    @dataclass
    class Finding:
        code: str
        spans: list[Span] = field(default_factory=list)
        note: str = field(default="", repr=False, compare=False)

    return {"Span": Span, "Finding": Finding}


def _dataclass_behaviour(classes: dict[str, type]) -> list[object]:
    import dataclasses

    span, finding = classes["Span"], classes["Finding"]
    a, b = span(1, 5), span(1)
    out: list[object] = [repr(a), a == span(1, 5), a < b or b < a, hash(a) == hash(span(1, 5))]
    try:
        a.start = 2  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        out.append("frozen")
    one, two = finding("N101"), finding("N101", note="x")
    out += [repr(one), one == two, one.spans is not finding("N102").spans, repr(two)]
    return out


def test_dataclass_methods_come_from_the_cache_and_behave_alike(tmp_path: Path) -> None:
    import dataclasses

    path = tmp_path / "patterns.bin"
    pattern_cache.uninstall()
    expected = _dataclass_behaviour(_make_classes())  # the builtin exec
    try:
        first = pattern_cache.install(path)
        assert first is not None and "exec" in vars(dataclasses)
        assert _dataclass_behaviour(_make_classes()) == expected
        assert first.misses >= 6  # __init__, __repr__, __eq__, order, hash, frozen: compiled
    finally:
        pattern_cache.uninstall()  # written
    assert "exec" not in vars(dataclasses)  # the builtin again
    try:
        second = pattern_cache.install(path)
        assert second is not None and second is not first
        assert _dataclass_behaviour(_make_classes()) == expected
        assert second.misses == 0 and second.hits >= 6  # every method from the file
    finally:
        pattern_cache.uninstall()


def test_forward_references_come_from_the_cache_and_behave_alike(tmp_path: Path) -> None:
    """``typing``'s forward references (TypedDict and NamedTuple fields written as strings)
    compile their text with ``compile()``, whose first call builds ast's C types (~9 M
    instructions of every start): once installed, the code comes from the file."""
    import typing

    path = tmp_path / "patterns.bin"
    pattern_cache.uninstall()
    namespace = {"Sequence": typing.Sequence, "Optional": typing.Optional}

    def refs() -> list[object]:
        ref = typing.ForwardRef("Optional[Sequence[int]]")
        evaluated = ref._evaluate(namespace, None, frozenset())  # type: ignore[call-arg]
        return [ref, evaluated, ref.__forward_code__.co_names]

    expected = refs()
    try:
        first = pattern_cache.install(path)
        assert first is not None and "compile" in vars(typing)
        assert refs() == expected and first.misses == 1
        with pytest.raises(SyntaxError):
            typing.ForwardRef("not valid(")
        with pytest.raises(SyntaxError):  # another mode or file name: the builtin's
            typing.compile("x y", "<other>", "exec")  # type: ignore[attr-defined]
    finally:
        pattern_cache.uninstall()  # written
    assert "compile" not in vars(typing)  # the builtin again
    try:
        second = pattern_cache.install(path)
        assert second is not None and refs() == expected
        assert second.misses == 0 and second.hits == 1
    finally:
        pattern_cache.uninstall()


TOML_TEXT = """
title = "测试方案"
ratio = 0.1
limits = [1, 2, 3]

[rules.H101]
severity = "warning"
words = ["依法行政", "法治政府"]
"""


def test_parsed_toml_comes_from_the_cache_and_is_a_fresh_copy(tmp_path: Path) -> None:
    import tomllib

    path = tmp_path / "patterns.bin"
    pattern_cache.uninstall()
    plain = tomllib.loads
    expected = tomllib.loads(TOML_TEXT)
    try:
        first = pattern_cache.install(path)
        assert first is not None and tomllib.loads is not plain
        assert tomllib.loads(TOML_TEXT) == expected
        assert first.misses == 1
    finally:
        pattern_cache.uninstall()
    assert tomllib.loads is plain  # put back
    try:
        second = pattern_cache.install(path)
        assert second is not None
        one = tomllib.loads(TOML_TEXT)
        assert one == expected and second.hits == 1 and second.misses == 0
        one["rules"]["H101"]["words"].append("改了")  # a caller's change stays its own
        assert tomllib.loads(TOML_TEXT) == expected
        toml = tmp_path / "数据 文件.toml"
        toml.write_text(TOML_TEXT, encoding="utf-8")
        with open(toml, "rb") as handle:  # tomllib.load goes through it too
            assert tomllib.load(handle) == expected
        assert second.hits == 3
        dated = 'received = 2025-03-05\nname = "x"\n'  # a date: marshal cannot keep it
        assert tomllib.loads(dated) == tomllib.loads(dated)
        assert ("toml", dated) not in second._entries
        with pytest.raises(tomllib.TOMLDecodeError):
            tomllib.loads("not = [valid")
        from decimal import Decimal

        assert tomllib.loads("x = 0.1", parse_float=Decimal) == {"x": Decimal("0.1")}
    finally:
        pattern_cache.uninstall()


def test_a_damaged_toml_entry_is_parsed_afresh(tmp_path: Path) -> None:
    import marshal
    import zlib

    import tomllib

    path = tmp_path / "patterns.bin"
    cache = new_cache(path)
    entries = {("toml", TOML_TEXT): b"\xff not marshal", ("toml", "a = 1\n"): marshal.dumps([1])}
    payload = marshal.dumps(entries)
    path.write_bytes(cache._head() + zlib.crc32(payload).to_bytes(4, "little") + payload)
    pattern_cache.uninstall()
    try:
        installed = pattern_cache.install(path)
        assert installed is not None
        assert tomllib.loads(TOML_TEXT) == tomllib.loads.original(TOML_TEXT)  # type: ignore[attr-defined]
        assert tomllib.loads("a = 1\n") == {"a": 1}  # a list kept for it: not a table
        assert installed.hits == 0 and installed.misses == 2
        assert tomllib.loads(TOML_TEXT) == tomllib.loads("\n" + TOML_TEXT)  # mended: a hit
        assert installed.hits == 1
    finally:
        pattern_cache.uninstall()


def test_entries_no_recent_writer_used_are_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each write is a generation; an entry unused in the last KEEP_GENERATIONS writes goes
    (a pattern built from one document's text, another version's), one in use stays."""
    monkeypatch.setattr(pattern_cache, "KEEP_GENERATIONS", 2)
    path = tmp_path / "patterns.bin"
    filled(path)  # generation 1: every sample
    for generation, new in ((2, r"第一份报告独有的\d+"), (3, r"第二份报告独有的\d+")):
        cache = new_cache(path)
        cache.compile(*SAMPLES[0])  # a hit: used by every run
        cache.compile(new, 0)  # a miss: the file is written
        cache.write()
        assert cache._read_all()[0] == generation
    kept = set(new_cache(path).read())
    # generation 3 keeps what generations 2 and 3 used
    assert kept == {SAMPLES[0], (r"第一份报告独有的\d+", 0), (r"第二份报告独有的\d+", 0)}
    cache = new_cache(path)
    cache.compile(r"第三份报告独有的\d+", 0)  # SAMPLES[0] unused in this one
    cache.write()
    assert set(new_cache(path).read()) == {
        SAMPLES[0],  # used in generation 3
        (r"第二份报告独有的\d+", 0),
        (r"第三份报告独有的\d+", 0),
    }


def test_the_first_format_is_read_and_damaged_stamps_are_no_file(tmp_path: Path) -> None:
    import marshal
    import zlib
    from array import array

    path = tmp_path / "patterns.bin"
    first = filled(path)
    generation, entries, stamps = first._read_all()
    assert (generation, len(entries), stamps) == (1, len(SAMPLES), [1] * len(SAMPLES))
    head = first._head()

    def put(value: object) -> None:
        payload = marshal.dumps(value)
        path.write_bytes(head + zlib.crc32(payload).to_bytes(4, "little") + payload)

    put(entries)  # a bare dict, as the first version wrote
    assert new_cache(path)._read_all() == (0, entries, [0] * len(SAMPLES))
    cache = new_cache(path)
    cache.compile(r"新的模式\d+", 0)
    cache.write()  # generation 1: the old entries stay for now
    assert len(new_cache(path).read()) == len(SAMPLES) + 1
    for damaged in (
        (1, entries, array("q", [1] * (len(SAMPLES) - 1)).tobytes()),  # one stamp short
        (1, entries, b"\x01\x02\x03"),  # not whole words
        ("1", entries, array("q", [1] * len(SAMPLES)).tobytes()),
        (1, list(entries), array("q", [1] * len(SAMPLES)).tobytes()),
    ):
        put(damaged)
        assert new_cache(path).read() == {}


def test_a_warm_start_compiles_nothing_whatever_the_hash_seed(tmp_path: Path) -> None:
    """The patterns a start compiles do not depend on the order of a set (which changes with
    every process's hash seed): once warm, a start with another seed finds every pattern in
    the file and leaves it as it was, instead of compiling and rewriting it on every start."""
    report = ROOT / "fixtures" / "seeds"  # every bundled report: more patterns, more chances
    env = {
        **os.environ,
        "FAZHI_LINT_PATTERN_CACHE": str(tmp_path / "cache"),
        "FAZHI_LINT_PLUGIN_CACHE": str(tmp_path / "cache"),
        "PYTHONHASHSEED": "0",
    }
    first = _check(env, report)
    [kept] = (tmp_path / "cache").glob("patterns-*.bin")
    # the batch's workers each merge what they compiled into the file at exit; two merging at
    # once may drop each other's new entries (harmless: compiled again on the next start), so
    # warm until a start with the same seed leaves the file as it found it
    for _ in range(3):
        written = kept.read_bytes()
        assert _check(env, report) == first
        if kept.read_bytes() == written:
            break
    written = kept.read_bytes()
    for seed in ("1", "2", "3", "4", "5", "6"):
        assert _check({**env, "PYTHONHASHSEED": seed}, report) == first
        # compared outside the assert: pytest's diff of two ~1 MB byte strings runs for minutes
        same = kept.read_bytes() == written
        assert same, f"PYTHONHASHSEED={seed} compiled new patterns"


def test_re_compile_through_the_cache_behaves_as_re_and_is_put_back(tmp_path: Path) -> None:
    """Once installed, ``re``'s own per-process cache still serves a pattern seen before;
    enum flags, DEBUG/LOCALE/TEMPLATE, compiled patterns and bad input go to ``re`` as before;
    uninstall puts ``re._compile`` back."""
    # (what was there before this test's own install: an earlier test of the worker may have
    # left a cache installed, which the first uninstall removes)
    pattern_cache.uninstall()
    before = vars(re)["_compile"]
    try:
        cache = pattern_cache.install(tmp_path / "patterns.bin")
        assert cache is not None
        unique = r"(?P<n>\d+)个独有的模式" + str(os.getpid())
        re.purge()
        first = re.compile(unique)
        assert re.compile(unique) is first and re.match(unique, "12") is None
        assert cache.misses == 1  # the second call came from re's own cache
        assert first == original(unique, 0)
        folded = re.compile(unique, re.IGNORECASE)  # a RegexFlag, as re takes it
        assert folded.flags & re.IGNORECASE and folded is re.compile(unique, int(re.I))
        assert re.compile(first) is first
        with pytest.raises(ValueError):
            re.compile(first, re.I)
        with pytest.raises(TypeError):
            re.compile(12)  # type: ignore[call-overload]
        with pytest.raises(re.error):
            re.compile(r"(unclosed")
        with pytest.raises(ValueError):
            re.compile("a", re.LOCALE)  # LOCALE with a str pattern, as re says
        assert re.compile(rb"\d+", re.LOCALE).flags & re.LOCALE
        assert re.sub(r"(\d)", r"<\1>", "a1b2") == "a<1>b<2>"
    finally:
        pattern_cache.uninstall()
    assert vars(re)["_compile"] is before
