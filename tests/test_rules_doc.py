"""The rule documentation is generated from the code and must be current and complete."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from fazhi_lint.registry import Registry

ROOT = Path(__file__).resolve().parents[1]


def load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "gen_rules_doc", ROOT / "scripts" / "gen_rules_doc.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_rules_md_is_current() -> None:
    generator = load_generator()
    expected = generator.render(Registry.from_plugins())
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run python scripts/gen_rules_doc.py"


def test_every_check_explains_itself_with_a_bad_and_a_good_example() -> None:
    for item in Registry.from_plugins().checks:
        if item.code.startswith("E"):
            continue  # reading problems describe a file, not a text pattern
        assert item.summary, item.code
        assert re.search("错误示例", item.explanation), f"{item.code} lacks 错误示例"
        assert re.search("正确示例", item.explanation), f"{item.code} lacks 正确示例"
