"""P201–P203 (wording.py), T003 damaged copies, and debris kept out of the wording checks."""

from __future__ import annotations

import subprocess
import sys
from functools import cache

import pytest
from docx_factory import build_docx, p, tbl, tc

from fazhi_lint.analysis.views import clean_blocks
from fazhi_lint.checks.wording import load_rules, parse_rules
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic, Severity
from fazhi_lint.readers import read_bytes

WATERMARK = "秘书之家—全网资源每日更新www.mishuzhijia.com"


@cache
def linter(*codes: str) -> Linter:
    return Linter(Config(select=codes))


def lint(
    body: str, *codes: str, year: int = 2023, title: str | None = None, name: str = "报告.txt"
) -> list[Diagnostic]:
    head = title if title is not None else f"某区司法局{year}年度法治政府建设情况报告"
    document = read_bytes(f"{head}\n{body}\n".encode(), name)
    return linter(*codes).lint_document(document)


def applied(d: Diagnostic) -> str:
    assert d.span is not None and d.fix is not None
    return d.context[: d.span[0]] + d.fix + d.context[d.span[1] :]


# -- the rule data --------------------------------------------------------------------------------


def test_every_rule_names_a_source_and_a_reason() -> None:
    rules = load_rules()
    assert {r.code for r in rules} == {"P201", "P202"}
    for rule in rules:
        assert rule.source and rule.why and rule.what, rule.id


@pytest.mark.parametrize(
    ("item", "error"),
    [
        ({"code": "P999"}, "code must be"),
        ({"regex": "截?"}, "empty string"),
        ({"regex": "("}, "bad regex"),
        ({"colour": "red"}, "unknown keys"),
        ({"severity": "loud"}, "bad severity"),
    ],
)
def test_bad_rules_are_named(item: dict[str, str], error: str) -> None:
    rule = {
        "id": "x",
        "code": "P201",
        "regex": "截止",
        "fix": "截至",
        "what": "w",
        "why": "y",
        "source": "s",
    }
    with pytest.raises(ValueError, match=error):
        parse_rules({"rule": [{**rule, **item}]})


# -- P201 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("截止2023年底，全区共有公职律师56名。", "截至2023年底，全区共有公职律师56名。"),
        ("截止目前，已办结12件。", "截至目前，已办结12件。"),
        ("区政府做出部署，落实三项制度。", "区政府作出部署，落实三项制度。"),
        ("依法做出行政复议决定8件。", "依法作出行政复议决定8件。"),
        ("按照区委布署开展整治。", "按照区委部署开展整治。"),
        ("按照区委部暑开展整治。", "按照区委部署开展整治。"),
        ("二0二四年三月五日", "二〇二四年三月五日"),
        ("开展法制宣传活动36场。", "开展法治宣传活动36场。"),
        ("在《法制日报》刊发经验做法2篇。", "在《法治日报》刊发经验做法2篇。"),
    ],
)
def test_confusable_words_are_fixed(text: str, after: str) -> None:
    found = lint(text, "P201")
    assert [applied(d) for d in found] == [after]


def test_letter_o_in_a_year_is_reported_at_each_place() -> None:
    found = lint("二O二四年三月五日", "P201")
    assert [d.excerpt for d in found] == ["O"]
    assert found[0].fix == "〇"


def test_short_year_is_a_suggestion_not_an_autofix() -> None:
    found = one(lint("23年全区共办理行政复议案件12件。", "P201"))
    assert found.suggestion == "2023" and found.fix is None


def test_qita_is_a_note() -> None:
    found = one(lint("全面清理规章及其它文件。", "P201"))
    assert found.severity == Severity.INFO and applied(found) == "全面清理规章及其他文件。"


@pytest.mark.parametrize(
    "text",
    [
        "截至2023年底，报名截止日期为3月1日，活动至12月31日截止。",
        "各部门做出了一批可复制的经验成果。",
        "利用全部暑期开展青少年法治教育，发布署名文章3篇。",
        "二〇二四年三月五日",
        "该同志连续从事行政执法工作23年，23年来未发生执法过错。",
        "落实重大执法决定法制审核制度，健全政府法制机构。",
    ],
)
def test_confusable_traps_stay_silent(text: str) -> None:
    assert lint(text, "P201") == []


def test_renamed_newspaper_is_fine_in_a_report_on_2020() -> None:
    assert lint("在《法制日报》刊发经验做法2篇。", "P201", year=2020) == []


def test_another_kind_of_report_gets_no_wording_findings() -> None:
    body = "截止2024年底，全省其它固体废物处置能力提升。"
    assert lint(body, "P2", title="2025年云南省政府工作报告") == []
    assert len(lint(body, "P2")) == 2


def one(found: list[Diagnostic]) -> Diagnostic:
    assert len(found) == 1, [(d.code, d.excerpt) for d in found]
    return found[0]


# -- P202 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("区政府第33会议审议通过《规定》。", "33", "33次"),
        ("面推进严格规范公正文明执法。", "面", "全面"),
        ("今年法律顾为领导班子讲授民法典。", "顾", "顾问"),
        ("区委人大常委会会议听取了报告。", "委", "删除「委」"),
        ("区委党委理论学习中心组开展专题学习4次。", "委党委", "委"),
    ],
)
def test_garbled_expressions(text: str, excerpt: str, suggestion: str) -> None:
    found = one(lint(text, "P202"))
    assert (found.excerpt, found.suggestion) == (excerpt, suggestion)
    assert found.fix is None or found.fix == suggestion


def test_truncated_results_sentence_gives_both_missing_pieces() -> None:
    found = lint("法治政府建设取得了一定成仍存在和不足。", "P202")
    assert [d.suggestion for d in found] == ["了一定成效", "存在问题"]


@pytest.mark.parametrize(
    "text",
    [
        "区政府第33次常务会议在第三会议室召开。",
        "从制度层面推进执法规范化，面对新形势新要求。",
        "区人大常委会会议、区委常委会会议、市教委党委会议听取了汇报。",
        "充分发挥法律顾问作用，公职律师参与审查合同45份。",
        "法治政府建设取得了一定成效，但仍存在一些问题和不足。",
    ],
)
def test_garble_traps_stay_silent(text: str) -> None:
    assert lint(text, "P202") == []


# -- P203 ---------------------------------------------------------------------------------------

DATED = (
    "　　今年以来，我局坚持依法行政，全年办理行政复议案件12件。\n{middle}某区司法局\n2024年3月5日"
)


def test_this_year_in_a_report_dated_next_year() -> None:
    found = one(lint(DATED.format(middle=""), "P203"))
    assert found.excerpt == "今年" and found.suggestion == "2023年"
    assert "2024" in found.message


def test_this_year_with_last_year_wording_as_evidence() -> None:
    body = "一、上一年度推进法治政府建设的主要举措和成效\n　　今年以来，我局坚持依法行政。"
    assert [d.code for d in lint(body, "P203")] == ["P203"]


def test_this_year_in_the_plan_or_future_is_right() -> None:
    middle = "四、2024年工作安排\n　　今年，我局将继续深化行政执法体制改革。\n　　今年要重点抓好三项工作。\n"
    body = "　　2023年以来，我局坚持依法行政。\n" + middle + "2024年3月5日"
    assert lint(body, "P203") == []


def test_this_year_in_a_report_written_in_the_year() -> None:
    body = "　　今年以来，我局坚持依法行政。\n某区司法局\n2023年12月20日"
    assert lint(body, "P203") == []


# -- P103: the 年 of a plan's years -------------------------------------------------------------


def test_plan_years_without_nian() -> None:
    found = one(lint("认真落实《法治政府建设实施纲要（2021—2025）》。", "P103"))
    assert found.severity == Severity.WARNING
    assert applied(found) == "认真落实《法治政府建设实施纲要（2021—2025年）》。"


# -- debris kept out of the wording checks ------------------------------------------------------


def test_watermark_inside_a_phrase_is_debris_not_a_garble() -> None:
    text = f"　　深入学习贯彻习近平法{WATERMARK}治思想，全年组织专题学习6次。"
    found = lint(text, "T002", "P102", "P2", "T107")
    assert [d.code for d in found] == ["T002"]
    assert found[0].excerpt == WATERMARK


def test_garble_behind_a_watermark_is_found_at_its_place() -> None:
    text = f"　　深入学习贯彻习近平法{WATERMARK}制思想。"
    found = one(lint(text, "P102"))
    assert found.excerpt == f"习近平法{WATERMARK}制思想"
    assert found.fix is None  # the watermark sits inside the span: a suggestion only
    assert found.suggestion == "习近平法治思想"


def test_clean_blocks_map_back_to_the_original() -> None:
    document = read_bytes(f"标题\n截止{WATERMARK}2023年底\n".encode(), "报告.txt")
    clean = clean_blocks(document)
    (view,) = clean.values()
    assert view.block.text == "截止2023年底"
    assert view.span(0, 2) == (0, 2)
    assert view.span(2, 4) == (2 + len(WATERMARK), 4 + len(WATERMARK))


# -- T003 damaged copies ------------------------------------------------------------------------

MASKED = (
    "　　全年办理行政复议案件（略）件，纠错（略）件。\n　　行政应诉案件（略）件，败诉率（略）。"
)
TRADITIONAL = (
    "　　一年來，我區堅持以習近平法治思想為指導，深入推進依法行政，全面建設法治政府。\n"
    "　　全年辦理行政復議案件12件，行政應訴案件15件，行政機關負責人出庭應訴率100%。"
)
PINYIN = "　　一年来（yì nián lái），我区坚持（jiān chí）以习近平法治思想为指导（zhǐ dǎo）。"
QUESTIONS = "? ? ? ? ? ? ? ? ? ? ? ?\n? ? ? ? ? ? ? ? 2023? ? ? ? ?"


@pytest.mark.parametrize(
    ("body", "reason"),
    [(MASKED, "略"), (TRADITIONAL, "繁体"), (PINYIN, "拼音"), (QUESTIONS, "?")],
)
def test_damaged_copy_is_one_finding_and_the_rest_is_silent(body: str, reason: str) -> None:
    found = lint(body + "\n　　截止2023年底，全区做出部署。, ,", "ALL")
    assert [d.code for d in found] == ["T003"], [(d.code, d.excerpt) for d in found]
    assert reason in found[0].message and found[0].severity == Severity.ERROR


def test_damaged_copy_in_a_docx() -> None:
    rows = [[tc(p("事项")), tc(p("件数"))], [tc(p("行政复议")), tc(p("（略）"))]]
    body = (
        p("某区司法局2023年度法治政府建设情况报告")
        + p("全年办理行政复议案件（略）件，纠错（略）件。")
        + tbl(*rows)
    )
    document = read_bytes(build_docx(body), "报告.docx")
    assert [d.code for d in linter("T003").lint_document(document)] == ["T003"]


@pytest.mark.parametrize(
    "body",
    [
        "　　出版《法治宣传读本》（内容略有删节）1册。\n　　具体名单见附件（此处略）。",
        "　　与澳門、香港律師協會開展交流，全年办理行政复议案件12件。",
        "　　群众问：怎样申请行政复议？工作人员当场解答。",
    ],
)
def test_intact_copies_are_not_damaged(body: str) -> None:
    assert lint(body, "T003") == []


# -- no word segmenter on a plain check ---------------------------------------------------------


def test_plain_check_does_not_import_jieba(tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "报 告.txt"
    report.write_text("某区司法局2023年度法治政府建设情况报告\n截止2023年底，做出部署。\n", "utf-8")
    code = (
        "import sys\n"
        "from fazhi_lint.cli import main\n"
        f"try:\n    main(['check', {str(report)!r}])\nexcept SystemExit:\n    pass\n"
        "print('jieba' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=True
    )
    assert "P201" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "False"


# -- web-page furniture seen on published reports (issue 10, blind spot 2) ----------------------


@pytest.mark.parametrize(
    "line",
    [
        "您所在的位置：首页 > 政务公开 > 法治政府建设",
        "您现在的位置 首页 > 五公开专栏 > 结果公开",
        "无障碍 简体| 繁体",
        "来源：",
        "作者:",
        "• 成文日期:",
        "• 索 引 号:abc/2026-00009",
        "今天是:2019年10月31日 星期三 农历十月初七",
        "发布日期:2026-03-06 信息来源: 浏览次数:",
    ],
)
def test_page_furniture_is_web_debris(line: str) -> None:
    found = lint(f"{line}\n　　2023年，我局坚持依法行政。", "T002")
    assert [d.location.line for d in found] == [2], [(d.excerpt, d.message) for d in found]


@pytest.mark.parametrize(
    "line",
    [
        "　　该村所在位置偏远，我局组织律师上门服务。",
        "　　推进无障碍环境建设，提供简体、繁体两种文本。",
        "　　案件来源：群众举报3件、上级交办2件。",
    ],
)
def test_prose_with_page_words_is_not_debris(line: str) -> None:
    assert lint(line, "T002") == []


def test_plan_cited_without_its_years() -> None:
    found = one(lint("认真落实《法治政府建设实施纲要》，制定年度工作要点。", "P103"))
    assert found.excerpt == "《法治政府建设实施纲要》"
    assert "2021—2025年" in (found.suggestion or "")


def test_plan_cited_with_years_once_may_be_shortened() -> None:
    body = (
        "认真落实《法治政府建设实施纲要（2021—2025年）》。\n对照《法治政府建设实施纲要》逐项落实。"
    )
    assert lint(body, "P103") == []


# -- renamed organs (P104 data) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("区政府法制办审核规范性文件12件。", "区政府法制办"),
        ("区工商局开展执法检查。", "区工商局"),
        ("县环保局查处案件3起。", "县环保局"),
        ("深入实施“七五”普法规划，组织法治讲座12场。", "实施“七五”普法"),
    ],
)
def test_renamed_organs_and_plans(text: str, found: str) -> None:
    assert [d.excerpt for d in lint(text, "P104")] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "原区政府法制办的职责已划入区司法局，原区工商局更名为区市场监督管理局。",
        "“七五”普法规划顺利通过总结验收。",
    ],
)
def test_former_names_said_as_such_are_fine(text: str) -> None:
    assert lint(text, "P104") == []


def test_renames_do_not_apply_before_the_change() -> None:
    assert lint("区工商局开展执法检查。", "P104", year=2017) == []


@pytest.mark.parametrize(
    "text",
    ["有效期延长至10年，到期后重新审核。", "该制度于10年前建立。", "在23年来的实践中形成经验。"],
)
def test_durations_are_not_short_years(text: str) -> None:
    assert lint(text, "P201") == []


def test_jiezhi_dao_becomes_jiezhi() -> None:
    (found,) = lint("截止到2023年底，全区共有公职律师56名。", "P201")
    assert applied(found) == "截至2023年底，全区共有公职律师56名。"


def test_tag_shaped_placeholder_in_code_is_not_a_web_tag() -> None:
    assert lint("DROP TABLE <table>;\nCREATE TABLE <table> (", "T002") == []
    found = lint("</p>\n　　全年办理案件12件。<p>", "T002")
    assert [d.excerpt for d in found] == ["</p>", "<p>"]


def test_a_documents_own_copyright_sentence_is_not_a_site_footer() -> None:
    body = (
        "版权所有©2013年-2016年某某信息科技（上海）有限公司。保留所有权利。\n版权所有：某区人民政府"
    )
    found = lint(body, "T002")
    assert [d.location.line for d in found] == [3]
