"""Session 30 (s30-warm): the hardened XML parser is kept per thread instead of built for every
part. Every .docx of the fixtures and of ../shared/corpus/real reads to the same document model
with the kept parser as with a parser made anew for each part — also after a malformed part
and a refused DTD were parsed with it, and in another thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from fazhi_lint.readers import read_bytes, read_path, safety
from fazhi_lint.readers.errors import ReadError

ROOT = Path(__file__).resolve().parents[1]
_CORPORA = [ROOT / "../shared/corpus/real", ROOT / "../../shared/corpus/real"]
FILES = sorted(
    {
        p.resolve()
        for folder in [ROOT / "fixtures", *_CORPORA]
        if folder.is_dir()
        for p in folder.rglob("*")
        if p.suffix.lower() in (".docx", ".dotx") and p.is_file()
    }
)


def _model(path: Path) -> tuple[object, ...]:
    doc = read_path(path)
    return (doc.format, doc.blocks, doc.furniture, repr(doc.meta), doc.problems)


def _fresh(monkeypatch: pytest.MonkeyPatch, path: Path) -> tuple[object, ...]:
    with monkeypatch.context() as m:
        m.setattr(safety, "_parser", safety._new_parser)
        return _model(path)


def _spoil_the_kept_parser() -> None:
    for bad in (b"<a><b></a>", b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'):
        with pytest.raises(ReadError):
            safety.parse_xml(bad)


def test_there_are_files() -> None:
    assert len(FILES) >= 10


# the corpus's files (theses of hundreds of pages among them) are left to the full suite
CASES = [
    pytest.param(p, marks=() if (ROOT / "fixtures") in p.parents else pytest.mark.slow)
    for p in FILES
]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_kept_parser_reads_the_same_model(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    expected = _fresh(monkeypatch, path)
    assert _model(path) == expected
    _spoil_the_kept_parser()
    assert _model(path) == expected
    assert read_bytes(path.read_bytes(), str(path)).blocks == expected[1]


def test_each_thread_has_its_own_parser() -> None:
    mine = safety._parser()
    assert safety._parser() is mine
    other: list[object] = []
    worker = threading.Thread(target=lambda: other.append(safety._parser()))
    worker.start()
    worker.join()
    assert other and other[0] is not mine


def test_threads_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [p for p in FILES if (ROOT / "fixtures") in p.parents][:6]
    expected = {p: _fresh(monkeypatch, p) for p in paths}
    got: dict[Path, tuple[object, ...]] = {}

    def work(p: Path) -> None:
        for _ in range(3):
            got[p] = _model(p)

    threads = [threading.Thread(target=work, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == expected
