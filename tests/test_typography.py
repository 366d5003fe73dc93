"""T101–T111: punctuation and typography, one finding per habit, legitimate uses left alone."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic, Severity
from fazhi_lint.readers import read_bytes, read_path

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
TITLE = "河北区司法局2023年度法治政府建设情况报告\n"


@cache
def linter(*codes: str) -> Linter:
    return Linter(Config(select=codes))


def lint(text: str, *codes: str, title: bool = True) -> list[Diagnostic]:
    document = read_bytes(((TITLE if title else "") + text).encode("utf-8"), "报告.txt")
    return linter(*codes).lint_document(document)


def only(found: list[Diagnostic], code: str) -> list[Diagnostic]:
    return [d for d in found if d.code == code]


def fixed(d: Diagnostic) -> str:
    """The paragraph with the finding's machine fix applied."""
    assert d.span is not None and d.fix is not None
    return d.context[: d.span[0]] + d.fix + d.context[d.span[1] :]


def apply_all(d: Diagnostic, block_text: dict[int, str]) -> dict[int, str]:
    """Apply every fix of an aggregated finding (``data["fixes"]``), right to left."""
    out = dict(block_text)
    for f in sorted(d.data["fixes"], key=lambda f: (f["block"], f["start"]), reverse=True):
        text = out[f["block"]]
        out[f["block"]] = text[: f["start"]] + f["replacement"] + text[f["end"] :]
    return out


# -- T101 ------------------------------------------------------------------------------------


def test_half_width_commas_are_one_finding_with_every_place() -> None:
    text = "2023年,在市委领导下,市司法局坚持依法行政;工作取得成效:一是立法,二是执法。\n另一段,继续推进。\n"
    found = lint(text, "T101")
    assert len(found) == 1
    d = found[0]
    assert (d.code, d.severity) == ("T101", Severity.WARNING)
    assert d.data["count"] == 6
    assert len(d.related) == 5
    assert d.excerpt == ","
    assert "全文共6处" in d.message and "逗号" in d.message and "分号" in d.message
    assert d.fix is None  # several places: the fixes are in data
    document = read_bytes((TITLE + text).encode(), "报告.txt")
    blocks = {b.index: b.text for b in document.blocks}
    after = apply_all(d, blocks)
    assert (
        after[1] == "2023年，在市委领导下，市司法局坚持依法行政；工作取得成效：一是立法，二是执法。"
    )
    assert after[2] == "另一段，继续推进。"


def test_a_single_place_carries_a_fix() -> None:
    (d,) = lint("切实落实“谁执法谁普法”责任制,组织开展评议活动。\n", "T101")
    assert d.data["count"] == 1 and "全文" not in d.message
    assert fixed(d) == "切实落实“谁执法谁普法”责任制，组织开展评议活动。"
    assert "，" in (d.suggestion or "")


def test_legitimate_half_width_marks_are_not_flagged() -> None:
    text = (
        "上午8:00召开会议，比例为3:1，金额1,000元，增长3.5%。\n"
        "使用 Microsoft Word (2016) 编辑，详见http://www.example.gov.cn/a,b;c。\n"
        "1.提升执法规范化水平。\n"
        "(一)坚持党的领导，切实增强定力。\n"
    )
    assert lint(text, "T101") == []


def test_brackets_pair_is_one_place_and_angle_brackets_become_book_marks() -> None:
    (d,) = lint("下达整改通知书19份(31条)；完成《<天津市纲要>2023年重点工作台账》。\n", "T101")
    assert d.data["count"] == 2
    replacements = [f["replacement"] for f in d.data["fixes"]]
    assert replacements == ["（31条）", "〈天津市纲要〉"]


def test_ascii_quotes_alternate_and_period_becomes_full_stop() -> None:
    (d,) = lint('开展"民法典进社区"活动.另起一句。\n', "T101")
    assert [f["replacement"] for f in d.data["fixes"]] == ["“", "”", "。"]


def test_paragraph_final_comma_is_left_to_t105() -> None:
    found = lint("推动全民法治意识进一步增强,\n下一段内容。\n", "T101", "T105")
    assert [d.code for d in found] == ["T105"]


def test_seed_002_half_width_commas_cover_the_whole_document() -> None:
    found = only(linter("T101").lint_path(SEEDS / "002.txt").diagnostics, "T101")
    assert len(found) == 1
    d = found[0]
    assert d.data["count"] > 150
    assert d.location.block is not None
    blocks = {d.location.block} | {s.block for s in d.related}
    document = read_path(SEEDS / "002.txt")
    last_para = max(b.index for b in document.blocks if "," in b.text and "分享" not in b.text)
    assert min(blocks) <= 8 and max(blocks) >= last_para - 2
    assert all(document.blocks[s.block].text[s.start] in ",;:()" for s in d.related)


@pytest.mark.parametrize("seed", ["000", "001", "002", "004"])
def test_seed_half_width_commas_are_one_finding(seed: str) -> None:
    found = only(linter("T101").lint_path(SEEDS / f"{seed}.txt").diagnostics, "T101")
    assert len(found) == 1
    assert found[0].data["by_mark"].get(",", 0) >= 1


# -- T102 / T103 -----------------------------------------------------------------------------


def test_seed_000_year_range_hyphen() -> None:
    found = linter("T102").lint_path(SEEDS / "000.txt").diagnostics
    (d,) = found
    assert d.excerpt == "-" and "（2023-2025年）" in d.context
    assert d.fix == "—"
    assert "2023—2025年" in fixed(d)


def test_range_connectors_by_kind() -> None:
    text = (
        "落实《纲要（2021－2025年）》，办理时限3-5个工作日，覆盖率15-30%，"
        "上午8:00-12:00开放，3月1日-5日开展活动，第1-3批次。\n"
    )
    (d,) = lint(text, "T102")
    assert d.data["count"] == 6
    document = read_bytes((TITLE + text).encode(), "报告.txt")
    after = apply_all(d, {b.index: b.text for b in document.blocks})[1]
    assert "（2021—2025年）" in after
    assert "3～5个工作日" in after
    assert "15%～30%" in after
    assert "8:00—12:00" in after
    assert "3月1日—5日" in after
    assert "第1—3批次" in after


def test_hyphens_that_are_not_ranges() -> None:
    text = (
        "发布时间2024-03-18，电话022-12345678，依据GB/T 9704-2012，一汽-大众公司，"
        "见表1-2 配置，版本2025-2021不是范围。\n"
        "Smith (Econometrica: 1929-1958) 一文。\n"
    )
    assert lint(text, "T102") == []


def test_mixed_dash_and_wave_for_year_ranges() -> None:
    text = "落实《纲要（2021—2025年）》和《规划（2021～2025年）》，以及《方案（2023—2025年）》。\n"
    (d,) = lint(text, "T103")
    assert d.severity == Severity.INFO
    assert d.excerpt == "～" and d.suggestion == "—" and d.fix == "—"
    assert lint("《纲要（2021—2025年）》《方案（2023—2025年）》。\n", "T103") == []


# -- T104 -----------------------------------------------------------------------------------


def test_closing_quote_without_opening_one() -> None:
    (d,) = lint(
        "联合区工商联成立河北区民营企业法治体检中心”，组建顾问团，提供“一对一”服务。\n", "T104"
    )
    assert d.excerpt == "”" and "没有对应的「“」" in d.message
    assert d.fix is None and "“" in (d.suggestion or "")


def test_seed_003_unbalanced_quote() -> None:
    found = linter("T104").lint_path(SEEDS / "003.txt").diagnostics
    assert [(d.excerpt, "法治体检中心”" in d.context) for d in found] == [("”", True)]


def test_quotation_broken_across_paragraphs_is_one_finding() -> None:
    text = "在推动以高水平法治保障高质量发展“\n十项行动”方面，还有一定不足。\n"
    (d,) = lint(text, "T104")
    assert d.excerpt == "“" and d.data["kind"] == "split"
    assert len(d.related) == 1 and d.related[0].start == 4
    assert "发展“十项行动”方面" in (d.suggestion or "")


def test_seed_002_broken_quotation() -> None:
    found = linter("T104").lint_path(SEEDS / "002.txt").diagnostics
    assert [d.data["kind"] for d in found] == ["split"]


def test_multi_paragraph_quotation_and_enumeration_labels_are_fine() -> None:
    text = (
        "“第一段引文的内容。\n"
        "“第二段引文的内容。”\n"
        "主要做法包括：1）完善制度；2）加强培训；a) 定期检查。\n"
        "“引号内有《书名》和（括注）”都配对。\n"
    )
    assert lint(text, "T104") == []


def test_reversed_quote_has_a_fix() -> None:
    (d,) = lint("如有协议，则填“按协议“的字样，不得空白。\n", "T104")
    assert d.fix == "”" and fixed(d) == "如有协议，则填“按协议”的字样，不得空白。"
    (d,) = lint("构建”数据层—特征层”分析框架。\n", "T104")
    assert d.fix == "“" and fixed(d).startswith("构建“数据层")


def test_missing_closing_quote_is_placed_at_the_first_opening_one() -> None:
    (d,) = lint("培育专精特新“小巨人企业414家，制造业“单项冠军”企业51家。\n", "T104")
    assert d.excerpt == "“" and d.span == (6, 7)
    assert "没有对应的「”」" in d.message


# -- T105 / T106 ----------------------------------------------------------------------------


def test_paragraph_ending_in_a_comma() -> None:
    text = "一、总体情况\n推动全民法治意识进一步增强，\n（一）标题不查，\n"
    (d,) = lint(text, "T105")
    assert d.excerpt == "，" and fixed(d) == "推动全民法治意识进一步增强。"


def test_doubled_punctuation() -> None:
    found = lint("完成备案审查146件，，开展清理。。是否完成？！等等。。。\n", "T106")
    assert [(d.excerpt, d.fix) for d in found] == [("，，", "，"), ("。。", "。"), ("。。。", "……")]


# -- T107 ------------------------------------------------------------------------------------


def test_stray_spaces_are_one_finding() -> None:
    text = "检查组对49名人员进行了考查；向 58个 项目普法，下发通知书11 份，在大力支持下， 2023年完成。\n"
    (d,) = lint(text, "T107")
    assert d.data["count"] == 4
    document = read_bytes((TITLE + text).encode(), "报告.txt")
    after = apply_all(d, {b.index: b.text for b in document.blocks})[1]
    assert (
        after
        == "检查组对49名人员进行了考查；向58个项目普法，下发通知书11份，在大力支持下，2023年完成。"
    )


def test_spaces_that_are_layout() -> None:
    text = (
        "组织“乡村振兴 法治同行”活动，开展宣传。\n"
        "1、 推进法治政府建设的主要举措和成效\n"
        "省长 王予波\n"
        "目  次\n"
        "表1 主要指标，单位：件。\n"
        "指 导 教 师：王  武，日期。\n"
        "天津市司法局          2024年3月1日。\n"
    )
    assert lint(text, "T107") == []


# -- T108 / T109 / T110 -----------------------------------------------------------------------


def test_dunhao_between_book_titles() -> None:
    (d,) = lint("被《天津司法简报》、《河北区改革动态》、《法治日报》刊发。\n", "T108")
    assert d.fix == "《天津司法简报》《河北区改革动态》《法治日报》"
    assert lint("依据《条例》（2020年修订）、《办法》执行。\n", "T108") == []


def test_dunhao_between_quoted_items_is_a_note() -> None:
    (d,) = lint("紧盯“两节”、“两会”、夏季达沃斯论坛等重点时段。\n", "T109")
    assert d.severity == Severity.INFO and d.fix == "“两节”“两会”"


def test_interpunct() -> None:
    text = "开展“美好生活.民法典相伴”活动，开展“3.15消费者权益日”“4.26知识产权”宣传。\n"
    (d,) = lint(text, "T110")
    assert d.data["count"] == 3
    assert {f["replacement"] for f in d.data["fixes"]} == {"·"}
    assert lint("完成“3.5亿元”投资，“律企同行·法护营商”活动。\n", "T110") == []


def test_point_between_characters_outside_quotes_is_a_full_stop() -> None:
    found = lint("工作取得成效.下一步继续推进。\n", "T101", "T110")
    assert [(d.code, d.data["fixes"][0]["replacement"]) for d in found] == [("T101", "。")]


# -- T111 --------------------------------------------------------------------------------------


def test_placeholders() -> None:
    text = "全年办理案件XX件，其中调解*件，出台《行动计划（—年）》，共（）人参加，日期：2024年  月  日。\n"
    found = lint(text, "T111")
    assert [d.data["kind"] for d in found] == [
        "x-run",
        "star",
        "empty-year",
        "empty-marks",
        "date-slot",
    ]
    assert all(d.suggestion for d in found)


def test_not_placeholders() -> None:
    text = "开展X光检查，面积3×4米，用六角括号“〔〕”括入，尺码XXL，**重点**工作。\n"
    assert lint(text, "T111") == []


def test_an_unfilled_template_is_one_finding() -> None:
    text = "".join(f"第{i}项工作完成XX件。\n" for i in range(12))
    (d,) = lint(text, "T111")
    assert d.data["count"] == 12 and len(d.related) == 11
    assert "模板" in d.message


# -- the seeds as a whole -------------------------------------------------------------------


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_every_t1_finding_on_the_seeds_has_a_suggestion(seed: str) -> None:
    found = linter("T1").lint_path(SEEDS / f"{seed}.txt").diagnostics
    assert found
    assert all(d.suggestion for d in found)
