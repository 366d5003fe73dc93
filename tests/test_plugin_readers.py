"""A plugin can contribute a reader for a format the built-ins do not know."""

from __future__ import annotations

from fazhi_lint.model import Block, Document, Location
from fazhi_lint.plugins import ReaderSpec, hookimpl
from fazhi_lint.readers import read_bytes
from fazhi_lint.registry import Registry, make_plugin_manager

MAGIC = b"FZDEMO\n"


def _read(data: bytes, path: str, limits: object) -> Document:
    lines = data[len(MAGIC) :].decode("utf-8").splitlines()
    blocks = [
        Block(index=i, text=line, location=Location(block=i, line=i + 2, column=1))
        for i, line in enumerate(lines)
    ]
    return Document(path=path, format="fzdemo", blocks=blocks)


class DemoReaderPlugin:
    @hookimpl
    def fazhi_lint_readers(self) -> list[ReaderSpec]:
        return [ReaderSpec("fzdemo", lambda data, path: data.startswith(MAGIC), _read)]


def registry_with_demo() -> Registry:
    pm = make_plugin_manager(load_entry_points=False)
    pm.register(DemoReaderPlugin(), name="demo-reader")
    return Registry.from_plugins(pm)


def test_plugin_reader_is_collected_and_used() -> None:
    registry = registry_with_demo()
    assert [r.kind for r in registry.readers] == ["fzdemo"]
    document = read_bytes(
        MAGIC + "一、总体情况\n正文。\n".encode(), "x.bin", plugin_readers=registry.readers
    )
    assert document.format == "fzdemo"
    assert [b.text for b in document.blocks] == ["一、总体情况", "正文。"]


def test_built_in_sniffing_still_applies_to_other_content() -> None:
    registry = registry_with_demo()
    document = read_bytes("一、总体情况\n".encode(), "x.txt", plugin_readers=registry.readers)
    assert document.format == "text"


def test_a_failing_plugin_reader_is_a_finding_not_a_crash() -> None:
    def broken(data: bytes, path: str, limits: object) -> Document:
        raise RuntimeError("boom")

    spec = ReaderSpec("broken", lambda data, path: True, broken)
    document = read_bytes(b"anything", "x.bin", plugin_readers=[spec])
    assert [d.code for d in document.problems] == ["E999"]
