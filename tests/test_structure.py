"""The `S` structure checks, on synthetic reports and on the seed reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


def lint_text(text: str, select: str = "S") -> list[Diagnostic]:
    linter = Linter(Config(select=(select,)))
    return linter.lint_bytes(text.encode("utf-8"), "report.txt").diagnostics


def codes(diags: list[Diagnostic]) -> list[str]:
    return [d.code for d in diags]


GOOD = """\
某某区司法局2024年度法治政府建设情况报告
2024年，我局坚持以习近平法治思想为指导，现将有关情况报告如下：
一、主要举措和成效
（一）依法全面履行职能。全年办理行政复议案件12件。
（二）严格规范公正文明执法。组织执法培训3期。
二、党政主要负责人履行推进法治建设第一责任人职责情况
局主要负责同志带头学法，亲自部署法治建设重要工作。
三、存在的不足和原因
一是执法水平有待提高。原因在于培训不够系统。
四、2025年主要工作安排
（一）深化行政执法改革。
（二）加强普法宣传。
"""


def test_complete_report_has_no_structure_findings() -> None:
    assert lint_text(GOOD) == []


def test_missing_first_responsible_person_section() -> None:
    text = (
        GOOD.replace(
            "二、党政主要负责人履行推进法治建设第一责任人职责情况\n局主要负责同志带头学法，亲自部署法治建设重要工作。\n",
            "",
        )
        .replace("三、存在", "二、存在")
        .replace("四、2025", "三、2025")
    )
    diags = lint_text(text, "S101")
    assert codes(diags) == ["S101"]
    assert "第一责任人" in diags[0].message and "C3" in diags[0].message
    assert diags[0].location.block is None  # a document-level finding


def test_first_responsible_person_nested_in_c1_counts() -> None:
    text = (
        GOOD.replace(
            "二、党政主要负责人履行推进法治建设第一责任人职责情况\n局主要负责同志带头学法，亲自部署法治建设重要工作。\n",
            "",
        )
        .replace(
            "（二）严格规范公正文明执法。组织执法培训3期。\n",
            "（二）严格规范公正文明执法。组织执法培训3期。\n（三）主要负责人履行推进法治建设第一责任人职责情况。局长带头学法。\n",
        )
        .replace("三、存在", "二、存在")
        .replace("四、2025", "三、2025")
    )
    assert lint_text(text, "S101") == []


def test_synonymous_headings_are_matched_by_meaning() -> None:
    text = (
        GOOD.replace("一、主要举措和成效", "一、工作成效及举措")
        .replace("三、存在的不足和原因", "三、存在的问题及原因分析")
        .replace("四、2025年主要工作安排", "四、下一步工作计划")
    )
    assert lint_text(text, "S101") == []


def test_next_year_heading_with_measures_word_is_the_plan() -> None:
    # 「2025年工作举措」 in a report on 2024 is the plan, although 举措 is a C1 word.
    text = GOOD.replace("四、2025年主要工作安排", "四、2025年工作举措")
    assert lint_text(text, "S101") == []


def test_causes_missing_from_shortcomings() -> None:
    text = GOOD.replace(
        "三、存在的不足和原因\n一是执法水平有待提高。原因在于培训不够系统。",
        "三、存在问题和不足\n一是执法水平有待提高。二是普法实效不足。",
    )
    diags = lint_text(text, "S102")
    assert codes(diags) == ["S102"]
    assert diags[0].excerpt == "存在问题和不足"


def test_causes_named_in_body_are_enough() -> None:
    text = GOOD.replace("三、存在的不足和原因", "三、存在的不足")
    assert lint_text(text, "S102") == []


def test_plan_before_measures_is_out_of_order() -> None:
    text = """\
某某区2024年度法治政府建设情况报告
一、2025年工作安排
继续推进。
二、主要举措和成效
全年办理案件12件。
三、履行推进法治建设第一责任人职责情况
亲自部署。
四、存在的不足和原因
原因在于投入不足。
"""
    diags = lint_text(text, "S103")
    assert len(diags) >= 1
    assert any("之前" in d.message for d in diags)


def test_title_without_year() -> None:
    diags = lint_text(
        GOOD.replace("某某区司法局2024年度法治政府建设情况报告", "法治政府建设情况报告"), "S104"
    )
    assert codes(diags) == ["S104"]
    assert "年度" in diags[0].message
    assert diags[0].excerpt == "法治政府建设情况报告"


def test_title_of_a_different_report() -> None:
    diags = lint_text(
        GOOD.replace(
            "某某区司法局2024年度法治政府建设情况报告", "某某区司法局2024年政府信息公开工作年度报告"
        ),
        "S104",
    )
    assert codes(diags) == ["S104"]
    assert "政府信息公开" in diags[0].message


def test_plan_heading_names_the_wrong_year() -> None:
    diags = lint_text(GOOD.replace("四、2025年主要工作安排", "四、2024年主要工作安排"), "S105")
    assert codes(diags) == ["S105"]
    assert diags[0].excerpt == "2024"
    assert diags[0].suggestion == "2025"


def test_opening_names_another_year_than_the_title() -> None:
    diags = lint_text(GOOD.replace("2024年，我局坚持", "2023年，我局坚持"), "S105")
    assert codes(diags) == ["S105"]
    assert diags[0].excerpt == "2023"


def test_outline_years_in_a_range_are_not_report_years() -> None:
    text = GOOD.replace(
        "2024年，我局坚持以习近平法治思想为指导",
        "我局贯彻《法治政府建设实施纲要（2021—2025年）》，2024年坚持以习近平法治思想为指导",
    )
    assert lint_text(text, "S105") == []


def test_thematic_headings_only_give_a_warning_not_a_missing_section() -> None:
    text = """\
某市司法局关于2023年度法治政府建设情况的报告
2023年，市司法局坚持以习近平法治思想为指导。现将有关情况报告如下：
一、突出主体责任，认真履行第一责任人职责
主要负责同志带头学法。
二、深入统筹谋划，全力推进全市法治政府建设
完成备案审查146件。
三、存在的问题及原因分析
原因分析：一是学用结合不够。
四、2024年工作举措
持续深化行政执法。
"""
    diags = lint_text(text)
    assert "S101" not in codes(diags)
    implicit = [d for d in diags if d.code == "S106"]
    assert len(implicit) == 1
    assert implicit[0].severity.label == "warning"
    assert "深入统筹谋划" in implicit[0].excerpt


def test_report_without_headings_names_its_parts_in_paragraph_openings() -> None:
    text = """\
某镇2024年度法治政府建设情况报告
2024年，我镇坚持依法行政。主要举措和成效如下：全年调解纠纷35起。
我镇主要负责人履行推进法治建设第一责任人职责，亲自部署重要工作。
存在的不足和原因：执法力量薄弱，原因是人员不足。
2025年工作安排：继续加强普法。
"""
    assert "S101" not in codes(lint_text(text))


# -- the seed reports (bundled as fixtures) ---------------------------------------------------


def seed(name: str) -> list[Diagnostic]:
    path = SEEDS / f"{name}.txt"
    if not path.exists():
        pytest.skip("seed fixtures not built")
    return Linter(Config(select=("S",))).lint_path(path).diagnostics


def test_seed_000_lacks_the_first_responsible_person_section() -> None:
    diags = seed("000")
    missing = [d for d in diags if d.code == "S101"]
    assert [d.data.get("section") for d in missing] == ["C3"]


@pytest.mark.parametrize("name", ["001", "002", "004"])
def test_seeds_with_all_four_contents_have_no_missing_section(name: str) -> None:
    assert [d for d in seed(name) if d.code == "S101"] == []


def test_seed_001_title_lacks_the_year() -> None:
    titles = [d for d in seed("001") if d.code == "S104"]
    assert len(titles) == 1 and "年度" in titles[0].message


def test_seed_002_measures_only_under_thematic_headings() -> None:
    diags = seed("002")
    assert [d.code for d in diags if d.code == "S106"] == ["S106"]


def test_seed_003_shortcomings_without_causes() -> None:
    diags = seed("003")
    assert [d.excerpt for d in diags if d.code == "S102"] == ["存在问题和不足"]


def test_another_kind_of_report_is_one_finding_not_a_list_of_missing_sections() -> None:
    text = """\
某区人民政府2023年政府信息公开工作年度报告
一、总体情况
2023年，我区主动公开政府信息1136条。
二、主动公开政府信息情况
规章1件。
"""
    diags = lint_text(text)
    assert codes(diags) == ["S104"]
    assert "政府信息公开工作年度报告" in diags[0].message


def test_a_title_naming_fazhi_is_never_taken_for_another_kind_of_report() -> None:
    text = GOOD.replace(
        "某某区司法局2024年度法治政府建设情况报告", "某某区2024年度法治政府工作报告"
    )
    assert "另一" not in " ".join(d.message for d in lint_text(text, "S104"))
    assert lint_text(text, "S101") == []


def test_many_missing_contents_are_one_finding() -> None:
    text = """\
某某区司法局2024年度法治政府建设情况报告
2024年，我局坚持依法行政。
一、依法全面履行职能
全年办理行政复议案件12件。
"""
    diags = lint_text(text, "S101")
    assert len(diags) == 1
    assert diags[0].data["sections"] == ["C2", "C3", "C4"]
    assert "可能不是" in diags[0].message


def test_a_paragraph_names_a_content_as_classify_says() -> None:
    # the sections map asks every paragraph without a heading for each missing content; its
    # quick answer must be classify's with that content alone
    from fazhi_lint.analysis.section_specs import classify, specs_from
    from fazhi_lint.analysis.sections import _names

    specs = specs_from(Linter(Config()).profile)
    clauses = [
        "2024年工作打算",
        "2025年，我区将继续深化依法行政",
        "2024年和2025年的安排",
        "存在的不足和问题",
        "党政主要负责人履行推进法治建设第一责任人职责情况",
        "主要举措和成效",
        "下一步工作安排",
        "其他需要报告的情况",
        "全年办理行政复议案件12件",
    ]
    seen = set()
    for year in (None, 2023, 2024):
        for key, spec in specs.items():
            for text in clauses:
                expected = classify({key: spec}, text, year) == key
                assert _names(spec, text, year) is expected, (key, text, year)
                seen.add(expected)
    assert seen == {True, False}
