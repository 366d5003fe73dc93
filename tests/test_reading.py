"""Reading a report as a reviewer reads it (issue 10): title, report year, kind, S106, `read`.

Every input is built here, in the shape of a real published report, and read in each format
where the pattern applies: text, .docx (tests/docx_factory.py) and a saved web page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

import pytest

from fazhi_lint.analysis.views import kind_of, outline_of
from fazhi_lint.cli import main
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic, Document
from fazhi_lint.profiles import load_profile
from fazhi_lint.readers import read_bytes
from tests.docx_factory import build_docx, p


def as_text(lines: list[str]) -> tuple[bytes, str]:
    return "\n".join(lines).encode("utf-8"), "report.txt"


def as_docx(lines: list[str]) -> tuple[bytes, str]:
    return build_docx("".join(p(line) if line else p() for line in lines)), "report.docx"


def as_html(lines: list[str]) -> tuple[bytes, str]:
    body = "".join(f"<p>{escape(line)}</p>" for line in lines if line)
    page = f'<html><head><meta charset="utf-8"></head><body><div class="article">{body}</div></body></html>'
    return page.encode("utf-8"), "report.html"


FORMATS: dict[str, Callable[[list[str]], tuple[bytes, str]]] = {
    "txt": as_text,
    "docx": as_docx,
    "html": as_html,
}


def document(lines: list[str], fmt: str) -> Document:
    data, name = FORMATS[fmt](lines)
    return read_bytes(data, name)


def lint(lines: list[str], fmt: str, select: tuple[str, ...] = ("ALL",)) -> list[Diagnostic]:
    data, name = FORMATS[fmt](lines)
    return Linter(Config(select=select)).lint_bytes(data, name).diagnostics


PROFILE = load_profile("national")

BODY = [
    "一、2025年推进法治政府建设总体情况",
    "（一）依法全面履行政府职能。全年办理行政许可事项1200件。",
    "（二）严格规范公正文明执法。组织执法培训3期。",
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    "镇党委书记带头学法，亲自部署法治建设重要工作。",
    "三、存在的不足和原因",
    "一是执法水平有待提高。原因在于培训不够系统。",
    "四、2026年工作安排",
    "（一）深化行政执法改革。",
    "（二）加强普法宣传。",
]

# A web copy: metadata lines above the title, one of them dated in the following year.
WEB_COPY = [
    "发文时间：2026年01月21日",
    "来源：XX镇人民政府",
    "索引号：11320800MB1234567X/2026-00012",
    "XX镇2025年度法治政府建设情况报告",
    "2025年，XX镇坚持以习近平法治思想为指导，现将有关情况报告如下：",
    *BODY,
]


# -- false alarm 1: metadata lines never join the title -----------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_dated_metadata_line_is_not_part_of_the_title(fmt: str) -> None:
    doc = document(WEB_COPY, fmt)
    outline = outline_of(doc, PROFILE)
    assert outline.title_text == "XX镇2025年度法治政府建设情况报告"
    assert outline.report_year == 2025
    assert outline.year_source == "title"
    found = lint(WEB_COPY, fmt, ("S", "N3"))
    assert [d.code for d in found if d.code in ("S104", "S105", "N301")] == []


@pytest.mark.parametrize(
    "line",
    ["发布日期：2026-01-21", "成文日期：2026年1月21日", "文号：X政发〔2026〕3号"],
)
def test_each_kind_of_metadata_line_stays_out_of_the_title(line: str) -> None:
    lines = [line, "XX镇2025年度法治政府建设情况报告", *WEB_COPY[4:]]
    outline = outline_of(document(lines, "txt"), PROFILE)
    assert outline.title_text == "XX镇2025年度法治政府建设情况报告"
    assert outline.report_year == 2025


def test_title_is_the_line_with_the_title_words_not_a_menu_item() -> None:
    lines = ["政府工作报告", "XX镇2025年度法治政府建设情况报告", *WEB_COPY[4:]]
    outline = outline_of(document(lines, "txt"), PROFILE)
    assert outline.title_text == "XX镇2025年度法治政府建设情况报告"


def test_title_broken_over_two_lines_is_still_joined() -> None:
    lines = ["XX镇2025年度法治", "政府建设情况报告", "", *WEB_COPY[4:]]
    outline = outline_of(document(lines, "txt"), PROFILE)
    assert outline.title_text == "XX镇2025年度法治政府建设情况报告"


# -- blind spot 6: the report year when the title has none ----------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_year_from_the_opening_when_the_title_has_none(fmt: str) -> None:
    lines = ["XX镇法治政府建设情况报告", "2025年，XX镇坚持依法行政，现将有关情况报告如下：", *BODY]
    outline = outline_of(document(lines, fmt), PROFILE)
    assert (outline.report_year, outline.year_source) == (2025, "opening")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_year_from_the_results_heading(fmt: str) -> None:
    lines = ["XX镇法治政府建设情况报告", "我镇坚持依法行政，现将有关情况报告如下：", *BODY]
    outline = outline_of(document(lines, fmt), PROFILE)
    assert (outline.report_year, outline.year_source) == (2025, "heading")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_year_from_the_date_of_signature(fmt: str) -> None:
    body = [line.replace("2025年", "").replace("2026年", "下一年度") for line in BODY]
    lines = [
        "XX镇法治政府建设情况报告",
        "我镇坚持依法行政，现将有关情况报告如下：",
        *body,
        "XX镇人民政府",
        "2026年1月20日",
    ]
    outline = outline_of(document(lines, fmt), PROFILE)
    assert (outline.report_year, outline.year_source) == (2025, "date")


def test_a_plan_heading_does_not_give_the_year() -> None:
    lines = [
        "XX镇法治政府建设情况报告",
        "我镇坚持依法行政，现将有关情况报告如下：",
        "一、主要举措和成效",
        "（一）依法履职。全年办理许可事项1200件。",
        "二、2026年工作安排",
        "（一）深化改革。",
    ]
    outline = outline_of(document(lines, "txt"), PROFILE)
    assert outline.report_year is None and outline.year_source is None


def test_year_read_from_a_heading_makes_a_wrong_plan_year_visible() -> None:
    lines = ["XX镇法治政府建设情况报告", "我镇坚持依法行政，现将有关情况报告如下：", *BODY]
    lines[-3] = "四、2025年工作安排"
    found = [d for d in lint(lines, "txt", ("S105",))]
    assert len(found) == 1 and "部分标题" in found[0].message


# -- false alarm 3: explicit results titles are C1 ------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "一、2025年推进法治政府建设总体情况",
        "一、2024年法治政府建设基本情况",
        "一、基本情况",
        "一、工作回顾",
        "一、工作总结",
        "一、主要情况",
    ],
)
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_results_titles_are_the_results_section(heading: str, fmt: str) -> None:
    lines = ["XX镇2025年度法治政府建设情况报告", "2025年，XX镇坚持依法行政。", heading, *BODY[1:]]
    codes = [d.code for d in lint(lines, fmt, ("S",))]
    assert "S106" not in codes and "S101" not in codes


THEMATIC = [
    "XX镇2025年度法治政府建设情况报告",
    "2025年，XX镇坚持依法行政，现将有关情况报告如下：",
    "一、坚持党的领导，统筹谋划法治建设",
    "镇党委书记带头学法，亲自部署法治建设重要工作。",
    "二、聚焦职能优势，提升依法行政水平",
    "全年办理行政许可事项1200件。",
    "三、存在的不足和原因",
    "一是执法水平有待提高。原因在于培训不够系统。",
    "四、2026年工作安排",
    "（一）深化行政执法改革。",
]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_thematic_results_beside_titled_parts_still_get_s106(fmt: str) -> None:
    assert [d.code for d in lint(THEMATIC, fmt, ("S106",))] == ["S106"]


def test_no_s106_on_a_report_without_part_titles() -> None:
    lines = [
        "XX镇2025年度法治政府建设情况报告",
        "2025年，XX镇坚持依法行政，全年办理行政许可事项1200件。",
        "镇党委书记带头学法，亲自部署法治建设重要工作。",
    ]
    assert [d.code for d in lint(lines, "txt", ("S106",))] == []


# -- false alarm 7: a file that is plainly not a report --------------------------------------------

README = [
    "# 材料报送说明",
    "",
    "本文件夹存放各单位报送的材料，请按以下要求整理。",
    "",
    "## 命名",
    "",
    "1. 文件名写明单位名称。",
    "3. 不要使用空格。",
    "",
    "## 联系人",
    "",
    "办公室，电话请见通讯录。",
]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_readme_gets_one_info_finding(fmt: str) -> None:
    found = lint(README, fmt)
    structural = [d for d in found if d.code[0] in "SHP"]
    assert [d.code for d in structural] == ["S100"]
    assert structural[0].severity.label == "info"
    assert "不像是法治政府建设年度报告" in structural[0].message


def test_a_readme_does_not_fail_a_commit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "README.md").write_text("\n".join(README), encoding="utf-8")
    assert main(["check", "--no-progress", "--no-config", str(tmp_path / "README.md")]) == 0


def test_exclude_keeps_a_readme_out_of_a_pre_commit_run(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    # pre-commit passes the staged file names; the documented exclude drops the README
    (tmp_path / "README.md").write_text("\n".join(README), encoding="utf-8")
    (tmp_path / ".fazhi-lint.toml").write_text('exclude = ["README.md"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-progress", "--format", "json", "README.md"]) == 0
    assert json.loads(capsys.readouterr().out)["files"] == []


def test_a_report_without_a_title_line_is_still_a_report() -> None:
    lines = ["2025年，XX镇坚持依法行政，全面推进法治政府建设，现将有关情况报告如下：", *BODY]
    doc = document(lines, "txt")
    assert kind_of(doc, PROFILE).is_report
    assert "S100" not in [d.code for d in lint(lines, "txt")]


def test_an_opening_without_title_or_year_that_reports_is_a_report() -> None:
    lines = [
        "五年来，我区全面推进依法行政，法治政府建设成效显著。现将有关情况报告如下：",
        "一、抬高政治站位，统筹推进法治政府建设",
        "（一）全面加强党的领导。深入学习贯彻党的二十大精神。",
    ]
    assert kind_of(document(lines, "txt"), PROFILE).is_report


def test_a_thesis_with_an_outlook_chapter_is_not_a_report() -> None:
    lines = [
        "基于深度学习的价格预测研究",
        "摘要",
        "本文研究价格预测方法，提出一种新模型。",
        "第一章 绪论",
        "研究背景与意义。",
        "第二章 总结与展望",
        "本文工作总结如下。",
    ]
    assert kind_of(document(lines, "txt"), PROFILE).kind == "none"


# -- blind spot 9: another kind of report is said once ---------------------------------------------

BUDGET = [
    "上海市XX局2024年度部门决算",
    "第一部分 上海市XX局概况",
    "一、主要职能",
    "（一）负责本区财政工作。",
    "（三）负责本区会计管理工作。",
    "二、机构设置",
    "十一、城乡社区支出  3845.25 十二、农林水支出",
    "第三部分 上海市XX局2023年度部门决算情况说明",
    "一、收入支出决算总体情况说明",
    "1、一般公共服务支出（类）财政事务（款）行政运行（项）。",
]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_budget_sent_by_mistake_is_one_finding(fmt: str) -> None:
    found = [d for d in lint(BUDGET, fmt) if d.code[0] in "SHP" or d.code == "N301"]
    assert [d.code for d in found] == ["S104"]
    assert "部门决算" in found[0].message


def test_an_information_disclosure_report_is_one_finding() -> None:
    lines = [
        "XX区人民政府2024年政府信息公开工作年度报告",
        "一、总体情况",
        "2024年，XX区坚持以习近平新时代中国特色社会主义思想为指导。",
        "三、收到和处理政府信息公开申请情况",
        "六、其他需要报告的事项",
    ]
    found = [d for d in lint(lines, "txt") if d.code[0] in "SHP"]
    assert [d.code for d in found] == ["S104"]


# -- `fazhi-lint read` ------------------------------------------------------------------------------


def test_read_json_shows_blocks_parts_labels_and_the_year(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    data, _ = as_text(WEB_COPY)
    path = tmp_path / "网页 报告.txt"
    path.write_bytes(data)
    assert main(["read", str(path), "--format", "json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["path"] == str(path) and view["format"] == "text"
    assert view["meta"]["title"] == "XX镇2025年度法治政府建设情况报告"
    assert (view["meta"]["report_year"], view["meta"]["year_source"]) == (2025, "title")
    blocks = view["blocks"]
    assert all({"text", "part", "label", "level", "location"} <= set(b) for b in blocks)
    by_text = {b["text"]: b for b in blocks}
    assert by_text["发文时间：2026年01月21日"]["part"] == "furniture"
    assert by_text["XX镇2025年度法治政府建设情况报告"]["role"] == "title"
    first = by_text["一、2025年推进法治政府建设总体情况"]
    assert first["level"] == 1 and first["label"] == {"text": "一、", "automatic": False}
    assert by_text["（一）依法全面履行政府职能。全年办理行政许可事项1200件。"]["level"] == 2
    assert first["location"]["line"] == 6


def test_read_marks_automatic_numbering_and_table_cells(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from tests.docx_factory import abstract_num, lvl, num, tbl, tc

    numbering = abstract_num(
        1, lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）")
    ) + num(1, 1)
    body = (
        p("XX镇2025年度法治政府建设情况报告")
        + p("主要举措和成效", num=(1, 0))
        + p("全年办理行政许可事项1200件。")
        + tbl([tc(p("项目")), tc(p("数量"))])
    )
    path = tmp_path / "report.docx"
    path.write_bytes(build_docx(body, numbering=numbering))
    assert main(["read", str(path), "--format", "json"]) == 0
    view = json.loads(capsys.readouterr().out)
    heading = next(b for b in view["blocks"] if b["text"].endswith("主要举措和成效"))
    assert heading["label"] == {"text": "一、", "automatic": True}
    assert heading["level"] == 1
    assert heading["location"]["paragraph"] == 2
    cells = [b for b in view["blocks"] if b["part"] == "table"]
    assert [c["text"] for c in cells] == ["项目", "数量"]
    assert main(["read", str(path)]) == 0
    text = capsys.readouterr().out
    assert "编号「一、」[自动]" in text and "报告年度：2025（来源：标题）" in text


def test_read_text_names_the_year_source(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    lines = ["XX镇法治政府建设情况报告", "我镇坚持依法行政，现将有关情况报告如下：", *BODY]
    path = tmp_path / "r.html"
    path.write_bytes(as_html(lines)[0])
    assert main(["read", str(path), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "报告年度：2025（来源：部分标题）" in out
    assert "[正文 标题层级 1级 编号「一、」" in out


def test_read_an_unreadable_file_says_why(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.docx"
    path.write_bytes(b"PK\x03\x04 not a zip")
    assert main(["read", str(path)]) == 1
    assert "读取问题：E" in capsys.readouterr().out


def test_read_a_missing_file_is_a_usage_error(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["read", str(tmp_path / "无.txt")]) == 2
    assert "文件不存在" in capsys.readouterr().err
