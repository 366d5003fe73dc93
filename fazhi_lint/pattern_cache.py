"""Compiled regular expressions kept across runs: a cold start without the regex compiler.

Why: the checks and analyses hold some 500 regular expressions, and CPython compiles each
of them in Python on every start. A character class over a large range (``[一-鿿]``) is
the costly part: ``re._compiler._optimize_charset`` walks every code point of it, 1–2 ms
per pattern, so compiling was about half of a cold ``fazhi-lint check 报告.docx``.

How: ``re._compiler.compile(pattern, flags)`` parses the pattern, generates a list of code
words and hands it to ``_sre.compile(pattern, flags, code, groups, groupindex,
indexgroup)``, which builds the Pattern object in C. :func:`install` puts
:meth:`PatternCache.compile` in its place: it keeps those arguments per ``(pattern,
flags)`` in one file of the user cache folder and hands them straight to ``_sre.compile``
on the next start, skipping parser and code generator. The Pattern is the one ``re``
builds (``Pattern.__eq__`` compares the code; the tests do).

Never required for correctness:

* the file belongs to one interpreter build: its name and header carry ``sys.version``,
  ``_sre.MAGIC`` and ``_sre.CODESIZE``, and a CRC-32 covers the payload; a file that is
  missing, truncated, corrupt, foreign or unreadable counts as empty, and a code list
  ``_sre`` refuses (it validates every one) is compiled as usual;
* before it compiles a first pattern itself, the cache checks that its copy of the
  compiler's last steps builds exactly the Pattern ``re`` builds, and hands every pattern
  not in the file to ``re``'s own compiler otherwise (another ``re``, another Python
  implementation; :meth:`PatternCache.sound`: not on a start that finds every pattern in
  the file, where it cost two compilations, 5 M instructions);
* the file is rewritten at exit, only when something new was compiled: merged with what
  another process wrote meanwhile, into a temporary file in the same folder that is then
  renamed over the old one (``os.replace``: atomic on POSIX and Windows). Any error there
  (read-only or missing folder, a reader holding the file on Windows) is ignored;
* bounded: an entry that no process writing the file used in its last
  :data:`KEEP_GENERATIONS` writes is left out (one document's own patterns, another
  version's), and past :data:`MAX_ENTRIES` only the patterns this process used are kept;
* ``FAZHI_LINT_PATTERN_CACHE=0`` switches it off; ``FAZHI_LINT_PATTERN_CACHE=FOLDER`` keeps
  the file in ``FOLDER`` instead of :func:`cache_dir`.

The same file keeps the compiled methods of dataclasses. ``@dataclass`` writes the source of
``__init__``, ``__repr__``, ``__eq__``… of each class and compiles it with ``exec``, about
60 % of the 3.5 M instructions a class costs, for some 80 classes on every start. Once
installed, ``exec`` *inside the dataclasses module* (a module global that shadows the
builtin) compiles such a source text once and takes the code object from the file
afterwards, keyed by the text itself; the functions are then built from it by the same
``exec`` with the same namespaces. The text is compiled without the caller's ``__future__``
flags (``dont_inherit``), as the builtin ``exec`` called from ``dataclasses`` (which has none)
does. ``compile`` inside the ``typing`` module is shadowed the same way: a forward reference
(a TypedDict's or NamedTuple's field written as a string, pluggy's and ours) compiles its text
with ``compile(text, "<string>", "eval")``, and the first ``compile()`` of a process builds
the C types of ast's nodes (``PyAST_Check``), 9 M instructions of every start; the code object
comes from the file instead (any other call goes to the builtin).

The same file keeps parsed TOML: the profiles, configuration and data files beside the
modules (word lists, patterns, units) are parsed by ``tomllib`` in Python on every start,
some 60 KB. Once installed, ``tomllib.loads`` (and ``tomllib.load``, which calls it) keeps
the parsed value per source text, marshalled, and unmarshals a fresh copy on a hit (callers
may change what they get); a text holding dates or times (which marshal cannot keep), another
``parse_float`` and a text that fails to parse go to ``tomllib`` as before. fazhi_lint's own
readers call :func:`toml_loads`, which answers a hit without importing ``tomllib`` (nor its
``string`` and ``datetime``), and wraps ``tomllib.loads`` on its first miss.

``re._compile`` itself (3.10 and 3.11) is replaced by one that does the same for plain ``int``
flags without testing them against enum flags, which ran enum's ``__and__`` in Python twice
for every pattern of every start (:func:`_re_compile_through`).

Patterns compiled with ``re.DEBUG`` (it prints) or ``re.LOCALE`` are never cached. Only the
command line installs the cache (:mod:`fazhi_lint.cli`, first thing on import; batch workers
forked from it inherit it and save what they compiled, :func:`save`): a program that uses
fazhi_lint as a library (``lint_path``) keeps its ``re`` as it was.
"""

from __future__ import annotations

import _sre
import atexit
import builtins
import contextlib
import dataclasses
import marshal
import os
import re
import sys
import typing
import zlib
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from types import CodeType
from typing import Any

ENV = "FAZHI_LINT_PATTERN_CACHE"
MAX_ENTRIES = 5000
KEEP_GENERATIONS = 16  # writes an entry outlives unused (see PatternCache.write)
_FORMAT = 2  # of the file; part of its identity (2: generations, see PatternCache.write)
_HEADER = b"fazhi-lint compiled patterns\n"

# (pattern, flags) -> the last five arguments of _sre.compile, the code as machine words
# (bytes: marshal reads a long list of small ints many times slower)
# (a compiled dataclass method: ("exec", its source text) -> its code object; a forward
# reference of typing: ("eval", its text) -> its code object)
Key = tuple[Any, Any]
Entry = Any
# the array type of one code word of this _sre ("" if none fits: no cache)
_WORD = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), "")


def cache_dir() -> Path:
    """The user cache folder of fazhi-lint: %LOCALAPPDATA%\\fazhi-lint\\Cache on Windows,
    ~/Library/Caches/fazhi-lint on macOS, $XDG_CACHE_HOME/fazhi-lint or ~/.cache/fazhi-lint
    elsewhere (the places platformdirs gives, without its import on every start)."""
    if sys.platform.startswith("win"):
        base = os.environ.get("LOCALAPPDATA") or os.path.join(
            os.path.expanduser("~"), "AppData", "Local"
        )
        return Path(base) / "fazhi-lint" / "Cache"
    if sys.platform == "darwin":
        return Path(os.path.expanduser("~/Library/Caches/fazhi-lint"))
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "fazhi-lint"


def _identity() -> bytes:
    """What the cached code depends on: the interpreter build and its regex engine."""
    parts = (
        _FORMAT,
        sys.implementation.name,
        sys.version,
        getattr(_sre, "MAGIC", 0),
        getattr(_sre, "CODESIZE", 0),
        getattr(_sre, "MAXREPEAT", 0),
        getattr(_sre, "MAXGROUPS", 0),
        sys.maxunicode,
    )
    return repr(parts).encode("utf-8", "backslashreplace")


def switched_folder(variable: str) -> Path | None:
    """The folder a cache switch names: None when it is off (0/off/no/false), the user cache
    folder when unset or on, else the folder it gives (one reading for every cache switch)."""
    setting = os.environ.get(variable, "").strip()
    if setting.lower() in ("0", "off", "no", "false"):
        return None
    on = not setting or setting.lower() in ("1", "on", "yes", "true")
    return cache_dir() if on else Path(setting)


def default_path() -> Path | None:
    """The cache file of this interpreter, or None when ``FAZHI_LINT_PATTERN_CACHE=0``."""
    folder = switched_folder(ENV)
    if folder is None:
        return None
    version = f"{sys.version_info[0]}{sys.version_info[1]}"
    tag = f"{zlib.crc32(_identity()):08x}"
    return folder / f"patterns-{sys.implementation.name}-{version}-{tag}.bin"


def read_file(path: Path, head: bytes) -> Any:
    """What :func:`write_file` kept in ``path`` under ``head``; None when the file is missing,
    unreadable, written by another interpreter or program (another ``head``), truncated or
    corrupt (the CRC-32 of the payload)."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        return None
    if not data.startswith(head):
        return None
    # the payload is read where it lies (a memoryview: no copy of a file of a megabyte or more)
    checksum, payload = data[len(head) : len(head) + 4], memoryview(data)[len(head) + 4 :]
    if len(checksum) != 4 or int.from_bytes(checksum, "little") != zlib.crc32(payload):
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def write_file(path: Path, head: bytes, value: Any, prefix: str = ".cache-") -> bool:
    """Keep ``value`` (marshal's types) in ``path``: written to a temporary file in the same
    folder, then renamed over the old one (``os.replace``: atomic on POSIX and Windows).
    Silent on any error (read-only or missing folder, a reader holding the file on
    Windows); returns whether the file was written."""
    temp = None
    try:
        payload = marshal.dumps(value)
        data = head + zlib.crc32(payload).to_bytes(4, "little") + payload
        import tempfile  # here, not at the top: its imports cost every start ~3 ms

        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, path)
        temp = None
        return True
    except Exception:
        return False
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _compiler_parts() -> tuple[Any, Any] | None:
    """``(compiler module, parser module)`` of this Python's ``re`` (``re._compiler`` and
    ``re._parser`` from 3.11, ``sre_compile`` and ``sre_parse`` before), or None."""
    compiler = getattr(re, "_compiler", None) or getattr(re, "sre_compile", None)
    parser = getattr(compiler, "_parser", None) or getattr(compiler, "sre_parse", None)
    if compiler is None or parser is None:
        return None
    if not all(callable(getattr(compiler, name, None)) for name in ("compile", "_code")):
        return None
    return compiler, parser


def _build(pattern: Any, entry: Entry) -> Any:
    """The Pattern object of a cache entry (``_sre`` validates the code)."""
    flags, words, groups, groupindex, indexgroup = entry
    code = array(_WORD)
    code.frombytes(words)
    return _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


class PatternCache:
    """The entries of one cache file and the ``compile`` that uses them."""

    def __init__(self, path: Path, original: Callable[..., Any], parser: Any, code: Any) -> None:
        self.path = path
        self.original = original  # re's own compile
        self._parse = parser.parse
        self._code = code
        self._entries: dict[Key, Entry] | None = None  # the file is read on the first compile
        self._used: set[Key] = set()
        self._new = 0
        self._sound: bool | None = None  # see sound()
        self.hits = 0
        self.misses = 0

    # -- the file ---------------------------------------------------------------------------

    def _head(self) -> bytes:
        return _HEADER + _identity() + b"\n"

    def read(self) -> dict[Key, Entry]:
        """The entries of the file; empty when it is missing, foreign, corrupt or unreadable."""
        return self._read_all()[1]

    def _read_all(self) -> tuple[int, dict[Key, Entry], list[int]]:
        """``(generation, entries, the generation each entry was last used in)`` of the file:
        ``(generation, entries, stamps)`` with the stamps as 64-bit words in the entries'
        order; a bare dict of entries (as the first version wrote) is generation 0."""
        value = read_file(self.path, self._head())
        if isinstance(value, dict):
            return 0, value, [0] * len(value)
        if type(value) is tuple and len(value) == 3:
            generation, entries, stamps = value
            if type(generation) is int and type(entries) is dict and type(stamps) is bytes:
                words = array("q")
                with contextlib.suppress(ValueError):
                    words.frombytes(stamps)
                    if len(words) == len(entries):
                        return generation, entries, words.tolist()
        return 0, {}, []

    def write(self) -> None:
        """Merge with the file as it is now, then replace it atomically; silent on any error.

        Each write is one generation: what this process used is stamped with it, and an
        entry no writer used in the last :data:`KEEP_GENERATIONS` is left out (patterns
        built from one document's text, another version's patterns and classes), so the
        file holds what recent runs use and its reading stays short."""
        if not self._new or self._entries is None:
            return
        mine = self._entries
        self._new = 0
        try:
            generation, theirs, stamps = self._read_all()
            generation += 1
            last = dict(zip(theirs, stamps, strict=True))
            merged = dict(theirs)
            for key in self._used:
                if key in mine:
                    merged[key] = mine[key]
                    last[key] = generation
            oldest = generation - KEEP_GENERATIONS
            merged = {key: entry for key, entry in merged.items() if last[key] > oldest}
            if len(merged) > MAX_ENTRIES:  # bounded: keep what this process used
                merged = {key: mine[key] for key in self._used if key in mine}
            words = array("q", [last[key] for key in merged]).tobytes()
        except Exception:
            return
        write_file(self.path, self._head(), (generation, merged, words), prefix=".patterns-")

    # -- compiling --------------------------------------------------------------------------

    def fresh(self, pattern: Any, flags: int) -> tuple[Any, Entry]:
        """Compile as ``re._compiler.compile`` does, and keep the arguments of ``_sre.compile``."""
        parsed = self._parse(pattern, flags)
        code = self._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup: list[Any] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry: Entry = (
            int(flags | parsed.state.flags),
            array(_WORD, code).tobytes(),
            parsed.state.groups - 1,
            dict(groupindex),
            tuple(indexgroup),
        )
        return _build(pattern, entry), entry

    def sound(self) -> bool:
        """Whether our copy of the compiler's last steps (:meth:`fresh`) builds the very
        Pattern ``re`` builds (another ``re``, another Python implementation: no); tried on
        the first pattern that is not in the file, once. A pattern from the file needs no
        such test: :meth:`fresh` made it in a process that passed it, with this interpreter
        build (the file's identity)."""
        if self._sound is None:
            try:
                ours, _ = self.fresh(_PROBE, re.IGNORECASE)
                self._sound = bool(ours == self.original(_PROBE, re.IGNORECASE))
            except Exception:
                self._sound = False
        return self._sound

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """Stands in for ``re._compiler.compile`` (called on a miss of ``re``'s own cache)."""
        if type(pattern) not in (str, bytes) or type(flags) is not int:
            return self.original(pattern, flags)  # a parsed pattern (re.Scanner), a flag enum
        if flags & _UNCACHED_FLAGS:
            return self.original(pattern, flags)
        if self._entries is None:
            self._entries = self.read()
        key = (pattern, flags)
        entry = self._entries.get(key)
        if entry is not None:
            try:
                compiled = _build(pattern, entry)
            except Exception:  # refused by _sre: compile it afresh below
                pass
            else:
                self.hits += 1
                self._used.add(key)
                return compiled
        if not self.sound():
            return self.original(pattern, flags)
        compiled, entry = self.fresh(pattern, flags)  # raises re.error as re does
        self.misses += 1
        self._entries[key] = entry
        self._used.add(key)
        self._new += 1
        return compiled


def _exec_through(cache: PatternCache) -> Callable[..., Any]:
    """The ``exec`` the dataclasses module sees once installed (see the module docstring)."""

    def exec_(source: Any, globals_: Any = None, locals_: Any = None, /) -> None:
        if type(source) is not str:
            builtins.exec(source, globals_, locals_)
            return
        if cache._entries is None:
            cache._entries = cache.read()
        key = ("exec", source)
        code = cache._entries.get(key)
        if type(code) is CodeType:
            cache.hits += 1
        else:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            cache.misses += 1
            cache._entries[key] = code
            cache._new += 1
        cache._used.add(key)
        builtins.exec(code, globals_, locals_)

    return exec_


def _compile_through(cache: PatternCache) -> Callable[..., Any]:
    """The ``compile`` the typing module sees once installed (see the module docstring)."""

    def compile_(source: Any, filename: Any, mode: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or type(source) is not str or (filename, mode) != ("<string>", "eval"):
            return builtins.compile(source, filename, mode, *args, **kwargs)
        if cache._entries is None:
            cache._entries = cache.read()
        key = ("eval", source)
        code = cache._entries.get(key)
        if type(code) is CodeType:
            cache.hits += 1
        else:  # raises SyntaxError as typing's own call does
            code = builtins.compile(source, filename, mode, dont_inherit=True)
            cache.misses += 1
            cache._entries[key] = code
            cache._new += 1
        cache._used.add(key)
        return code

    return compile_


def _recall_toml(cache: PatternCache, s: str) -> dict[str, Any] | None:
    """A fresh copy of the parsed TOML ``s`` kept in ``cache``'s file, or None."""
    if cache._entries is None:
        cache._entries = cache.read()
    key = ("toml", s)
    kept = cache._entries.get(key)
    if type(kept) is not bytes:
        return None
    try:
        value = marshal.loads(kept)
    except (EOFError, ValueError, TypeError):
        return None
    if type(value) is not dict:
        return None
    cache.hits += 1
    cache._used.add(key)
    return value


def _loads_through(cache: PatternCache, original: Callable[..., Any]) -> Callable[..., Any]:
    """The ``tomllib.loads`` once installed (see the module docstring)."""

    def loads(s: Any, /, *, parse_float: Any = float) -> dict[str, Any]:
        if type(s) is not str or parse_float is not float:
            return original(s, parse_float=parse_float)
        value = _recall_toml(cache, s)
        if value is not None:
            return value
        value = original(s)  # raises TOMLDecodeError as tomllib does
        try:
            kept = marshal.dumps(value)
        except ValueError:  # a date or a time: not kept
            return value
        cache.misses += 1
        cache._entries[("toml", s)] = kept  # type: ignore[index]
        cache._used.add(("toml", s))
        cache._new += 1
        return value

    loads.original = original  # type: ignore[attr-defined]
    return loads


def _wrap_tomllib(cache: PatternCache) -> None:
    """Parse TOML through ``cache``: ``tomllib.loads`` (``tomllib.load`` calls it) wrapped,
    unless someone else's stands there already."""
    import tomllib
    import tomllib._parser

    if tomllib.loads is tomllib._parser.loads:  # nobody else's: tomllib.load calls it too
        tomllib.loads = tomllib._parser.loads = _loads_through(cache, tomllib.loads)


def toml_loads(text: str) -> dict[str, Any]:
    """The TOML ``text`` parsed, as ``tomllib.loads`` parses it (and raises what it raises).

    With the cache installed (the command line) a text parsed on an earlier run comes from
    its file without importing ``tomllib`` at all (its parser and ``string``: 4 M instructions
    of a cold start; the first ``compile()``, which builds ast's C types, then falls to
    pluggy's TypedDicts); a text not kept there is parsed by ``tomllib``
    (``tomli`` before 3.11) and kept."""
    if _INSTALLED and type(text) is str:
        value = _recall_toml(_INSTALLED[0], text)
        if value is not None:
            return value
    if sys.version_info < (3, 11):  # pragma: no cover
        import tomli

        return tomli.loads(text)
    if _INSTALLED:
        _wrap_tomllib(_INSTALLED[0])
    import tomllib

    return tomllib.loads(text)


def toml_error() -> type[Exception]:
    """``tomllib.TOMLDecodeError`` (``tomli``'s before 3.11), imported when first asked for:
    for the ``except`` clause of a :func:`toml_loads` caller (evaluated only when something
    was raised)."""
    if sys.version_info < (3, 11):  # pragma: no cover
        import tomli

        return tomli.TOMLDecodeError
    import tomllib

    return tomllib.TOMLDecodeError


_INSTALLED: list[PatternCache] = []


def recall(kind: str, key: Any) -> Any:
    """The value :func:`keep` kept under ``(kind, key)`` in the installed cache's file; None
    when nothing was kept or no cache is installed (a library caller: compute it)."""
    if not _INSTALLED:
        return None
    cache = _INSTALLED[0]
    if cache._entries is None:
        cache._entries = cache.read()
    value = cache._entries.get((kind, key))
    if value is not None:
        cache.hits += 1
        cache._used.add((kind, key))
    return value


def keep(kind: str, key: Any, value: Any) -> None:
    """Keep ``value`` (marshal's types, not None) under ``(kind, key)`` in the installed
    cache's file, for :func:`recall` in later runs: a pure function of ``key``, so ``key``
    carries what the value depends on besides the interpreter (a version of the code that
    computed it). No-op without an installed cache, or for a value marshal cannot keep."""
    if not _INSTALLED or value is None or kind in ("exec", "eval", "toml"):
        return
    try:
        marshal.dumps((key, value))
    except ValueError:
        return
    cache = _INSTALLED[0]
    if cache._entries is None:
        cache._entries = cache.read()
    cache.misses += 1
    cache._entries[(kind, key)] = value
    cache._used.add((kind, key))
    cache._new += 1


def code_fingerprint(functions: Iterable[Callable[..., Any]], data: str = "") -> int:
    """A CRC-32 of the functions' byte code, names and constants (not their marshalled form,
    which varies with reference counts) and of ``data`` (the tables they read): part of the
    key under which :func:`keep` keeps what they worked out, so that another version of them
    never reads a value it did not make."""
    parts: list[bytes] = []

    def add(code: Any) -> None:
        parts.extend((code.co_code, repr(code.co_names).encode()))
        for const in code.co_consts:
            if hasattr(const, "co_code"):
                add(const)
            elif isinstance(const, frozenset):  # its order varies with the hash seed
                parts.append(repr(sorted(map(repr, const))).encode())
            else:
                parts.append(repr(const).encode())

    for function in functions:
        add(function.__code__)
    parts.append(data.encode())
    return zlib.crc32(b"\0".join(parts))


# a plain int: ``int & RegexFlag`` goes through enum's Python ``__and__`` on every compile
_UNCACHED_FLAGS = int(re.DEBUG | re.LOCALE)
# what re's own ``_compile`` handles itself (a warning, no caching, an error)
_PASSED_FLAGS = int(re.DEBUG | re.LOCALE | getattr(re, "TEMPLATE", 0))


def _re_compile_through(original: Callable[..., Any]) -> Callable[..., Any] | None:
    """The ``re._compile`` once installed, or None when this ``re`` is not the one it knows
    (3.10 and 3.11: one ``_cache`` dict of at most ``_MAXCACHE`` patterns, oldest dropped).

    ``re._compile`` tests the flags of every pattern it has not seen in this process with
    ``flags & TEMPLATE`` and ``flags & DEBUG``: an ``int & RegexFlag``, which runs enum's
    ``__and__`` in Python, twice per pattern on each start. This one does what it does for
    plain ``int`` flags and a ``str``/``bytes`` pattern without the enum (the same ``_cache``,
    the same compiler: :meth:`PatternCache.compile` once installed), and hands everything
    else to ``original``."""
    cached = getattr(re, "_cache", None)
    limit = getattr(re, "_MAXCACHE", None)
    compiler = _compiler_parts()
    if type(cached) is not dict or type(limit) is not int or hasattr(re, "_cache2"):
        return None
    if compiler is None:
        return None
    module = compiler[0]
    flag_type = re.RegexFlag

    def _compile(pattern: Any, flags: Any) -> Any:
        kind = type(pattern)
        if type(flags) is not int:
            if type(flags) is not flag_type:  # a subclass, or not a flag: as re does it
                return original(pattern, flags)
            flags = flags._value_  # what re takes of a RegexFlag (``flags.value``)
        if kind is not str and kind is not bytes:
            return original(pattern, flags)
        if flags & _PASSED_FLAGS:
            return original(pattern, flags)
        key = (kind, pattern, flags)
        compiled = cached.get(key)
        if compiled is None:
            compiled = module.compile(pattern, flags)
            if len(cached) >= limit:
                # try, not contextlib.suppress: a suppress object is three calls of Python
                # (~3 K instructions) for each of the ~800 patterns a start drops from the cache
                try:  # noqa: SIM105
                    del cached[next(iter(cached))]
                except (StopIteration, RuntimeError, KeyError):
                    pass
            cached[key] = compiled
        return compiled

    _compile.original = original  # type: ignore[attr-defined]
    return _compile


_PROBE = r"(?P<year>\d{4})年?[〇一二三]+(?:[，,]\s*(?P=year))?"


def install(path: Path | None = None) -> PatternCache | None:
    """Compile this process's regular expressions through the cache file ``path`` (default
    :func:`default_path`), written back at exit. Returns the cache, or None when it is
    switched off or this Python's ``re`` is not the one it knows. Idempotent."""
    if _INSTALLED:
        return _INSTALLED[0]
    try:
        path = path or default_path()
        parts = _compiler_parts()
    except Exception:  # an odd environment: no cache, never a command line that cannot start
        return None
    if path is None or parts is None or not _WORD:
        return None
    compiler, parser = parts
    # (our copy of the compiler's last steps is tried on the first pattern compiled afresh:
    # PatternCache.sound, which hands everything to re's own compiler when it fails)
    cache = PatternCache(path, compiler.compile, parser, compiler._code)
    compiler.compile = cache.compile
    current: Any = vars(re).get("_compile")
    if getattr(current, "__module__", None) == "re":  # nobody else's: ours to set and take back
        through = _re_compile_through(current)
        if through is not None:
            re._compile = through  # type: ignore[attr-defined]
    if "exec" not in vars(dataclasses):  # nobody else's: ours to set and to take back
        dataclasses.exec = _exec_through(cache)  # type: ignore[attr-defined]
    if "compile" not in vars(typing):  # nobody else's: ours to set and to take back
        typing.compile = _compile_through(cache)  # type: ignore[attr-defined]
    if "tomllib" in sys.modules:  # else on its first import by toml_loads (the data files)
        _wrap_tomllib(cache)
    _INSTALLED.append(cache)
    atexit.register(cache.write)
    return cache


def save() -> None:
    """Write what this process compiled now (a batch worker, which leaves by ``os._exit``)."""
    for cache in _INSTALLED:
        cache.write()


def uninstall() -> None:
    """Undo :func:`install` (for tests), after writing the file."""
    if not _INSTALLED:
        return
    cache = _INSTALLED.pop()
    parts = _compiler_parts()
    if parts is not None and parts[0].compile == cache.compile:
        parts[0].compile = cache.original
    original_compile = getattr(vars(re).get("_compile"), "original", None)
    if original_compile is not None:
        re._compile = original_compile  # type: ignore[attr-defined]
    if getattr(vars(dataclasses).get("exec"), "__qualname__", "").startswith("_exec_through"):
        del dataclasses.exec  # type: ignore[attr-defined]
    if getattr(vars(typing).get("compile"), "__qualname__", "").startswith("_compile_through"):
        del typing.compile  # type: ignore[attr-defined]
    tomllib = sys.modules.get("tomllib")
    original = getattr(getattr(tomllib, "loads", None), "original", None)
    if tomllib is not None and original is not None:
        tomllib.loads = tomllib._parser.loads = original  # type: ignore[attr-defined]
    atexit.unregister(cache.write)
    cache.write()
