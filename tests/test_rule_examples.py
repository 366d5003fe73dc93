"""Every built-in rule's 错误示例 produces its finding and its 正确示例 does not.

The examples are read from the explanation by the registry's parser (the same text that
``fazhi-lint explain``, the HTML report and docs/rules.md show) and checked as a plain-text
document through the engine with only that rule selected. A failing example is a wrong
example (fix the docstring) or a bug in the rule (report it).

F001 and F002 describe a state of the Word file (pending revisions, comments), not text:
their examples are built as .docx files that are in, or out of, that state. The layout rules
F101–F108 read page setup, fonts, indents, page numbers and the line grid from a .docx or PDF:
their examples describe such a file in words, so they are run on the .docx variants of
``fixtures/build_form_fixtures.py`` instead (the variant that breaks the rule, and the correct
report); ``tests/test_form_fixtures.py`` checks the same variants and their PDF exports in
detail. Rules that act only under a profile setting (``EXAMPLE_PROFILES``) run their examples
under the setting their example names. The comparison rules C101–C105 need a second report
(``--previous``) or a batch (``--compare``): their examples describe two reports in words, and
``tests/test_comparison.py`` runs them on the report pairs and the batch that
``fixtures/build_previous.py`` builds.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from docx_factory import build_docx, p, r

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Severity
from fazhi_lint.plugins import Check, parse_explanation
from fazhi_lint.registry import Registry

REGISTRY = Registry.from_plugins()
BUILTIN = [c for c in REGISTRY.checks if c.plugin.startswith("fazhi_lint") and c.family != "E"]

WORD_STATE = {"F001", "F002"}


def _form_fixtures() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "fixtures" / "build_form_fixtures.py"
    spec = importlib.util.spec_from_file_location("build_form_fixtures", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


FORM = _form_fixtures()
# Layout rules: their examples describe a Word/PDF file; each runs on the first fixture variant
# that breaks it (bad) and on the correct report (good).
LAYOUT_VARIANT = {
    code: variant
    for variant, code in reversed(FORM.VARIANTS.items())
    if code is not None and code.startswith("F1")
}
# Rules that act only under a profile setting, with the setting their examples name.
EXAMPLE_PROFILES = {"F302": "[length]\nmax-chars = 50\n"}


def findings(item: Check, data: bytes, name: str, tmp_path: Path | None = None) -> list[str]:
    profile = "national"
    if item.code in EXAMPLE_PROFILES and tmp_path is not None:
        path = tmp_path / "example.toml"
        setting = EXAMPLE_PROFILES[item.code]
        path.write_text(f'extends = "national"\nname = "example"\n{setting}', "utf-8")
        profile = str(path)
    linter = Linter(Config(select=(item.code,), profile=profile), REGISTRY)
    result = linter.lint_bytes(data, name)
    assert not [d for d in result.diagnostics if d.code.startswith("E")], result.diagnostics
    return [d.code for d in result.diagnostics]


def word_file(item: Check, bad: bool) -> bytes:
    title = p(r("天津市某区2024年度法治政府建设情况报告"))
    text = "全年共收到行政复议案件"
    if item.code == "F001":
        change = '<w:ins w:id="1" w:author="审核人"><w:r><w:t>111</w:t></w:r></w:ins>'
        return build_docx(
            title + (p(r(text), change, r("件。")) if bad else p(r(text + "111件。")))
        )
    comment = '<w:comment w:id="0" w:author="审核人"><w:p><w:r><w:t>此数据请再核实</w:t></w:r></w:p></w:comment>'
    reference = '<w:r><w:commentReference w:id="0"/></w:r>'
    body = title + p(r(text + "111件。"), reference if bad else "")
    return build_docx(body, comments=comment if bad else None)


COMPARISON = Path(__file__).with_name("test_comparison.py")


def compared_elsewhere(item: Check) -> bool:
    """A comparison rule: its examples exist and test_comparison.py exercises its code."""
    if not item.code.startswith("C1"):
        return False
    assert item.sections.bad_example and item.sections.good_example, item.code
    assert item.code in COMPARISON.read_text(encoding="utf-8"), item.code
    return True


@pytest.mark.parametrize("item", BUILTIN, ids=lambda c: c.code)
def test_bad_example_is_found(item: Check, tmp_path: Path) -> None:
    if compared_elsewhere(item):
        return
    if item.code in LAYOUT_VARIANT:
        assert item.sections.bad_example, f"{item.code} has no example"
        data = FORM.build_variant(LAYOUT_VARIANT[item.code])
        assert item.code in findings(item, data, "示例.docx")
        return
    if item.code in WORD_STATE:
        assert item.code in findings(item, word_file(item, bad=True), "示例.docx")
        return
    example = item.sections.bad_example
    assert example, f"{item.code} has no 错误示例"
    found = findings(item, example.encode("utf-8"), "错误示例.txt", tmp_path)
    assert item.code in found, f"{item.code} 的错误示例没有被发现：\n{example}"


@pytest.mark.parametrize("item", BUILTIN, ids=lambda c: c.code)
def test_good_example_is_not_found(item: Check, tmp_path: Path) -> None:
    if compared_elsewhere(item):
        return
    if item.code in LAYOUT_VARIANT:
        assert item.sections.good_example, f"{item.code} has no example"
        data = FORM.build_variant("correct")
        assert item.code not in findings(item, data, "示例.docx")
        return
    if item.code in WORD_STATE:
        assert item.code not in findings(item, word_file(item, bad=False), "示例.docx")
        return
    example = item.sections.good_example
    assert example, f"{item.code} has no 正确示例"
    found = findings(item, example.encode("utf-8"), "正确示例.txt", tmp_path)
    assert item.code not in found, f"{item.code} 的正确示例被误报：\n{example}"


@pytest.mark.parametrize("item", BUILTIN, ids=lambda c: c.code)
def test_explanation_is_in_chinese_sections(item: Check) -> None:
    sections = item.sections
    assert sections.get("检查什么") and sections.get("为什么"), item.code
    assert "检查什么" in sections.sections, f"{item.code}: no 检查什么 section"
    assert "\n\n" not in sections.lead, f"{item.code}: more than a one-paragraph lead"
    for english in ("What it finds", "Why it matters", "Why:", "Not reported", "Option "):
        assert english not in item.explanation, f"{item.code}: English heading {english!r}"
    if item.options:
        assert sections.get("选项"), f"{item.code} has options but no 选项 section"
        for key in item.options:
            assert key in sections.get("选项"), f"{item.code}: option {key} not explained"


def test_parser_reads_the_chinese_form() -> None:
    text = """检查什么：标题编号跳号。
    第二行。

为什么：读者会以为漏了一部分。

错误示例（2024年度报告）：
    （一）甲
    （三）乙

正确示例：（一）甲（二）乙
选项：
    ``restart-per-parent``（默认 true）：逐级重新编号。
"""
    parsed = parse_explanation(text)
    assert parsed.get("检查什么") == "标题编号跳号。\n    第二行。"
    assert parsed.get("为什么") == "读者会以为漏了一部分。"
    assert parsed.bad_example == "（一）甲\n（三）乙"
    assert parsed.notes["错误示例"] == "（2024年度报告）"
    assert parsed.good_example == "（一）甲（二）乙"
    assert parsed.get("选项").startswith("``restart-per-parent``")
    assert [t for t, _ in parsed.ordered()] == [
        "检查什么",
        "为什么",
        "错误示例",
        "正确示例",
        "选项",
    ]


def test_parser_tolerates_the_old_english_form() -> None:
    text = """Finds a thing.

What it finds: the thing,
over two lines.

Why it matters: because.

Not reported: other things.

错误示例: 甲
正确示例: 乙
"""
    parsed = parse_explanation(text)
    assert parsed.lead == "Finds a thing."
    assert parsed.get("检查什么") == "the thing,\nover two lines."
    assert parsed.get("为什么") == "because."
    assert parsed.get("不报告") == "other things."
    assert (parsed.bad_example, parsed.good_example) == ("甲", "乙")
    # without any heading, the whole text is what the rule checks
    assert parse_explanation("Just one line.").get("检查什么") == "Just one line."


def test_registry_refuses_a_builtin_rule_without_examples() -> None:
    def func(ctx):  # type: ignore[no-untyped-def]
        return ()

    bare = Check(
        "X901",
        "bare-rule",
        Severity.WARNING,
        "说明",
        func,
        "检查什么：某事。",
        plugin="fazhi_lint.x",
    )
    with pytest.raises(ValueError, match="X901 lacks 错误示例、正确示例"):
        Registry([bare])
    # a third-party plugin may still document itself in prose only
    Registry(
        [Check("X902", "plugin-rule", Severity.WARNING, "说明", func, "Finds it.", plugin="acme")]
    )


@pytest.mark.parametrize(
    "item", [c for c in REGISTRY.checks if c.family == "E"], ids=lambda c: c.code
)
def test_reading_problems_explain_themselves_in_chinese(item: Check) -> None:
    """E codes describe a file, not text: their examples name files and what to do."""
    sections = item.sections
    for title in ("检查什么", "为什么", "错误示例", "正确示例"):
        assert sections.get(title), f"{item.code} lacks {title}"
    assert not re.search(r"[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", sections.get("检查什么")), item.code
