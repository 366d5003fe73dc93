"""P101–P106: mandated phrases, canonical wording, citations, request phrases, enumerations."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from fazhi_lint.checks.phrases import (
    PhraseDataError,
    align,
    near_misses,
    parse_pattern,
    phrase_data,
)
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Block, Diagnostic, Severity
from fazhi_lint.profiles import load_profile
from fazhi_lint.readers import read_bytes

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


@cache
def linter(*codes: str, profile: str = "national") -> Linter:
    return Linter(Config(select=codes, profile=profile))


def lint(body: str, *codes: str, year: int = 2023, title: str | None = None) -> list[Diagnostic]:
    head = title if title is not None else f"河北区司法局{year}年度法治政府建设情况报告"
    document = read_bytes(f"{head}\n{body}".encode(), "报告.txt")
    return linter(*codes).lint_document(document)


def fixed(d: Diagnostic) -> str:
    assert d.span is not None and d.fix is not None
    return d.context[: d.span[0]] + d.fix + d.context[d.span[1] :]


NATIONAL = phrase_data(load_profile("national"))


def misses(text: str) -> list[tuple[str, str]]:
    return [(g.found, g.expected) for g in near_misses(Block(0, text), NATIONAL)]


# -- the aligner and the near-miss search -------------------------------------------------------


def test_align_costs() -> None:
    tokens = list("习近平法治思想")
    assert align(tokens, "学习习近平法治思想", range(0, 4), 9, 6, 2).cost == 0  # type: ignore[union-attr]
    assert align(tokens, "学习习近平法制思想", range(0, 4), 9, 6, 2).cost == 1  # type: ignore[union-attr]
    assert align(tokens, "习近平法法治思想", range(0, 1), 8, 6, 2).cost == 1  # type: ignore[union-attr]
    assert align(tokens, "习近平治法思想", range(0, 1), 7, 6, 2).cost == 1  # type: ignore[union-attr]
    # a different inserted character is never a garble
    assert align(tokens, "习近平的法治思想", range(0, 1), 8, 6, 2) is None
    slot = parse_pattern("视察{地名}重要讲话").tokens
    hit = align(slot, "视察天津重要讲话", range(0, 1), 8, 6, 1)
    assert hit is not None and (hit.cost, hit.slot) == (0, "天津")


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "深入学习贯彻习近平总书记察天津重要讲话精神",
            "习近平总书记察天津重要讲话精神",
            "习近平总书记视察天津重要讲话精神",
        ),
        (
            "坚持以习近平新时代特色社会主义思想为指导",
            "习近平新时代特色社会主义思想",
            "习近平新时代中国特色社会主义思想",
        ),
        ("深入学习贯彻习近平法制思想", "习近平法制思想", "习近平法治思想"),
        ("落实谁执法谁谱法责任制", "谁执法谁谱法", "谁执法谁普法"),
        ("认真贯彻落习近平法治思想", "贯彻落", "贯彻落实"),
        ("深入学习近平法治思想", "深入学", "深入学习"),
    ],
)
def test_near_misses_are_found_with_the_canonical_form(
    text: str, found: str, expected: str
) -> None:
    assert misses(text) == [(found, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "深入学习贯彻习近平法治思想和习近平经济思想",
        "认真学习贯彻习近平总书记重要讲话精神",
        "深入贯彻落实习近平总书记视察天津时的重要讲话精神",
        "学习贯彻习近平总书记考察浙江重要讲话精神",
        "坚持以习近平新时代中国特色社会主义经济思想为指导",
        "履行法治建设第一责任人职责，落实《法治社会建设实施纲要（2020—2025年）》",
        "全面落实习近平总书记重要指示，认真落实党中央决策部署，坚决贯彻党的二十大精神",
        "推进法治政府建设第一责任人职责落实",
        "深入学党的创新理论，认真学党的二十大报告",
    ],
)
def test_legitimate_forms_are_not_near_misses(text: str) -> None:
    assert misses(text) == []


def test_seed_002_garbles_are_one_finding_with_the_canonical_suggestion() -> None:
    found = linter("P102").lint_path(SEEDS / "002.txt").diagnostics
    (d,) = found
    assert d.excerpt == "贯彻落习近平总书记察天津重要讲话精神"
    assert d.suggestion == "贯彻落实习近平总书记视察天津重要讲话精神"
    assert "漏字" in d.message


def test_single_slip_has_a_fix() -> None:
    (d,) = lint("深入学习贯彻习近平法制思想。\n", "P102")
    assert d.fix == "习近平法治思想"
    assert fixed(d) == "深入学习贯彻习近平法治思想。"


def test_bad_pattern_is_rejected() -> None:
    with pytest.raises(PhraseDataError):
        parse_pattern("{地名}重要讲话")
    with pytest.raises(PhraseDataError):
        parse_pattern("视{地名}重要讲话")


# -- P101 -----------------------------------------------------------------------------------


def test_required_phrase_missing() -> None:
    found = lint("2023年，我局依法行政，取得成效。\n", "P101")
    by_phrase = {d.data["phrase"]: d for d in found}
    assert set(by_phrase) == {"习近平法治思想", "党的二十大"}
    assert by_phrase["习近平法治思想"].severity == Severity.WARNING
    assert by_phrase["党的二十大"].severity == Severity.INFO
    assert all(d.location.block is None and d.suggestion for d in found)


def test_required_phrases_follow_the_report_year() -> None:
    assert lint("依法行政。\n", "P101", year=2019) == []
    found = lint("深入学习贯彻习近平法治思想。\n", "P101", year=2021)
    assert found == []  # 党的二十大 only from 2022
    found = lint(
        "深入学习贯彻习近平法治思想，学习贯彻党的二十届三中全会精神。\n", "P101", year=2024
    )
    assert found == []


def test_required_phrases_only_for_rule_of_law_reports() -> None:
    assert lint("依法行政。\n", "P101", title="2023年政府工作报告") == []


def test_seed_001_lacks_the_twentieth_congress() -> None:
    found = linter("P101").lint_path(SEEDS / "001.txt").diagnostics
    assert [(d.data["phrase"], d.severity) for d in found] == [("党的二十大", Severity.INFO)]


# -- P103 -----------------------------------------------------------------------------------


def test_plan_with_wrong_years() -> None:
    (d,) = lint("深入贯彻落实《法治政府建设实施纲要（2022—2025年）》。\n", "P103")
    assert d.severity == Severity.ERROR
    assert d.suggestion == "2021—2025" and d.fix == "2021—2025"
    assert fixed(d) == "深入贯彻落实《法治政府建设实施纲要（2021—2025年）》。"


def test_plan_with_right_years_any_prefix_any_connector() -> None:
    text = "落实《天津市法治政府建设实施纲要(2021-2025年)》和《法治社会建设实施纲要（2020—2025年）》。\n"
    assert lint(text, "P103") == []


def test_outdated_plan_edition() -> None:
    (d,) = lint("对照《法治政府建设实施纲要（2015—2020年）》推进工作。\n", "P103", year=2023)
    assert d.severity == Severity.WARNING and d.suggestion == "2021—2025"
    assert lint("完成《法治政府建设实施纲要（2015—2020年）》各项任务。\n", "P103", year=2021) == []


# -- P104 / P105 --------------------------------------------------------------------------------


def test_old_goal_formula() -> None:
    body = "加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。\n"
    (d,) = lint(body, "P104", year=2023)
    assert d.suggestion == "智能高效、廉洁诚信、人民满意"
    assert fixed(d).endswith("智能高效、廉洁诚信、人民满意的法治政府。")
    assert lint(body, "P104", year=2019) == []


def test_outdated_wording_used_twice_is_one_finding() -> None:
    body = (
        "学习习近平总书记全面依法治国新理念新思想新战略。\n再学全面依法治国新理念新思想新战略。\n"
    )
    (d,) = lint(body, "P104", year=2023)
    assert d.severity == Severity.INFO and d.data["count"] == 2 and len(d.related) == 1


def test_request_phrase_in_a_report() -> None:
    (d,) = lint("以上报告，妥否，请批示。\n", "P105")
    assert d.excerpt == "妥否，请批示" and d.suggestion
    assert lint("区委书记对此作出批示给予肯定。\n", "P105") == []
    assert lint("妥否，请批示。\n", "P105", title="关于2023年度法治政府建设经费的请示") == []


# -- P106 ------------------------------------------------------------------------------------


def test_enumeration_incomplete_and_out_of_order() -> None:
    found = lint(
        "牢固树立政治意识、大局意识、核心意识，坚定道路自信、制度自信、理论自信、文化自信。\n",
        "P106",
    )
    assert [d.data["enumeration"] for d in found] == ["四个意识", "四个自信"]
    assert found[0].data["missing"] == ["看齐意识"]
    assert found[0].suggestion == "政治意识、大局意识、核心意识、看齐意识"
    assert "顺序" in found[1].message


def test_enumeration_verbs() -> None:
    found = lint("增强“四个自信”、坚定“四个意识”。\n", "P106")
    assert [(x.excerpt, x.fix) for x in found] == [("增强", "坚定"), ("坚定", "增强")]
    good = "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。\n"
    assert lint(good, "P106") == []


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seeds_have_no_wrong_citations_requests_or_enumerations(seed: str) -> None:
    found = linter("P103", "P105", "P106").lint_path(SEEDS / f"{seed}.txt").diagnostics
    assert found == []


def test_the_document_wide_filter_keeps_every_near_miss() -> None:
    # P102 first asks which phrases may have a candidate anywhere in the document (enough of
    # their bigrams somewhere); a paragraph of the document finds the same near misses with
    # that filter as without it, and a phrase whose bigrams the document lacks is left out
    from fazhi_lint.checks.phrases import _bigram_index, _possible

    texts = [
        "深入学习贯彻落习近平总书记察天津重要讲话精神。",
        "坚持以习近平新时代特色社会主义思想为指导，践行习近平法制思想。",
        "全年共办理行政复议案件111件。",
    ]
    indexes = [_bigram_index(t, NATIONAL) for t in texts]
    possible = _possible(NATIONAL, set().union(*indexes))
    for text, index in zip(texts, indexes, strict=True):
        block = Block(0, text)
        assert near_misses(block, NATIONAL, index, possible) == near_misses(block, NATIONAL)
    assert misses(texts[0]) and misses(texts[1])
    assert len(possible) < len(NATIONAL.canonical)
    assert not _possible(NATIONAL, set(_bigram_index(texts[2], NATIONAL)))
