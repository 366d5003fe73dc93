"""F2xx (signature and date) and F3xx (deadlines, length, the year's formula)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_lint.config import Config, RuleSettings
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic
from fazhi_lint.readers import read_bytes

BODY = "全年办理行政复议案件12件，深入学习贯彻党的二十届三中全会精神，依法作出处理决定，群众满意度持续提升。"


def report(title: str = "XX区司法局2024年度法治政府建设情况报告", ending: str = "") -> str:
    return f"{title}\n\n一、主要举措和成效\n{BODY}\n\n{ending}\n"


def lint(
    text: str, select: str = "F2", name: str = "报告.txt", **config: object
) -> list[Diagnostic]:
    linter = Linter(Config(select=(select,), **config))  # type: ignore[arg-type]
    return linter.lint_document(read_bytes(text.encode("utf-8"), name))


def codes(found: list[Diagnostic]) -> list[str]:
    return [d.code for d in found]


def test_a_correct_ending_gives_nothing() -> None:
    assert lint(report(ending="XX区司法局\n2025年2月26日"), "F") == []


@pytest.mark.parametrize(
    ("date", "fix"),
    [
        ("2025年03月06日", "2025年3月6日"),
        ("二〇二五年三月六日", "2025年3月6日"),
        ("二〇二五年十二月三十一日", "2025年12月31日"),
        ("25年3月6日", "2025年3月6日"),
    ],
)
def test_date_format(date: str, fix: str) -> None:
    found = lint(report(ending=f"XX区司法局\n{date}"))
    assert codes(found) == ["F202"]
    assert found[0].fix == fix and found[0].excerpt == date


def test_date_not_after_report_year_and_impossible_dates() -> None:
    assert codes(lint(report(ending="XX区司法局\n2024年3月6日"))) == ["F203"]
    found = lint(report(ending="XX区司法局\n2025年2月30日"))
    assert codes(found) == ["F203"] and found[0].severity.label == "error"
    assert codes(lint(report(ending="XX区司法局\n2099年3月6日"))) == ["F203"]


def test_signature_body_must_match_the_title() -> None:
    found = lint(report(ending="XX区人民政府\n2025年3月6日"))
    assert codes(found) == ["F204"]
    assert "XX区司法局" in found[0].message
    # a longer official name of the same body, and the party prefix, agree
    assert lint(report(ending="天津市XX区司法局\n2025年3月6日")) == []
    title = "中共XX区委 XX区人民政府关于2024年度法治政府建设情况的报告"
    assert lint(report(title, "中共XX区委\u3000XX区人民政府\n2025年3月6日")) == []


def test_missing_signature_is_a_note() -> None:
    docx_like = Linter(Config(select=("F201",)))
    document = read_bytes(report().encode("utf-8"), "报告.txt")
    found = docx_like.lint_document(document)
    assert codes(found) == ["F201"] and found[0].severity.label == "info"
    assert codes(lint(report(ending="2025年3月6日"))) == ["F201"]
    assert "发文机关署名" in lint(report(ending="2025年3月6日"))[0].message


def test_late_by_received_date() -> None:
    text = report(ending="XX区司法局\n2025年2月20日")
    rules = {"F301": RuleSettings(options={"received": "2025-03-05"})}
    found = lint(text, "F301", rules=rules)
    assert codes(found) == ["F301"] and found[0].severity.label == "warning"
    assert "逾期4天" in found[0].message
    on_time = {"F301": RuleSettings(options={"received": "2025-03-01"})}
    assert lint(text, "F301", rules=on_time) == []


def test_provincial_bodies_have_until_april() -> None:
    text = report("XX省人民政府2024年度法治政府建设情况报告", "XX省人民政府\n2025年3月6日")
    rules = {"F301": RuleSettings(options={"received": "2025-03-20"})}
    assert lint(text, "F301", rules=rules) == []


def test_web_copy_publication_date_and_written_date_fallback() -> None:
    web = (
        "XX区司法局2024年度法治政府建设情况报告\n发布时间：2025-04-08\n\n一、主要举措和成效\n"
        + BODY
    )
    found = lint(web, "F301")
    assert codes(found) == ["F301"] and "逾期7天" in found[0].message
    found = lint(report(ending="XX区司法局\n2025年3月12日"), "F301")
    assert codes(found) == ["F301"] and found[0].severity.label == "info"
    assert "11天" in found[0].message


def test_length_limit_from_a_profile(tmp_path: Path) -> None:
    profile = tmp_path / "short.toml"
    profile.write_text('extends = "national"\nname = "short"\n[length]\nmax-chars = 20\n', "utf-8")
    text = report(ending="XX区司法局\n2025年3月6日")
    assert lint(text, "F302") == []
    found = lint(text, "F302", profile=str(profile))
    assert codes(found) == ["F302"] and "20字" in found[0].message


def test_year_formula_table() -> None:
    assert lint(report(ending="XX区司法局\n2025年3月6日"), "F303") == []
    other = report(ending="XX区司法局\n2025年3月6日").replace("二十届三中全会", "二十大")
    found = lint(other, "F303")
    assert codes(found) == ["F303"] and "二十届三中全会" in found[0].message
    assert lint(other.replace("二十大", "二十届二中、三中全会"), "F303") == []
