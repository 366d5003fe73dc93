"""Session 23 (s23-flow2): structure read a step wider.

* the results of sets named by their noun alone (「行政复议案件10件，行政诉讼案件0件，结果维持2件，
  结果纠错2件，尚未审结8件」): the sets told side by side are the whole, a class summing
  decisions (纠错) none of the run named and the cases still open are parts of the run — N101;
  a carry-in glossed as included in another figure (「答复64件（含上年结转4件）」) leaves the
  run alone;
* a part still open (结转下年办理, 尚未办结) is never a sub-part of the outcome told before it —
  N101 when the outcomes with it exceed the whole;
* a date bounding things concluded before it that work done acts on (「对…2027年1月1日前结案
  归档…案卷进行评查」「…以前办结的案件」) dates a fact — N301, a warning, past the report's
  writing;
* a quoted count right after another quoted name (「“六稳”“六保”专题等领域」) is an item of a
  run of names, no name for the list before it — no N203.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

CONTRADICTIONS = [
    # sets named by noun, results with the open ones, more than the sets
    (
        "市本级行政复议案件15件，行政诉讼案件3件，结果维持9件，结果纠错4件，尚未审结7件。",
        2024,
        "N101",
        "20件",
    ),
    # another body, 撤销 and 驳回 as decisions, 未办结 open
    (
        "县政府作为被申请人的复议案件12件，其中维持5件，撤销3件，驳回2件，未办结4件。",
        2023,
        "N101",
        "14件",
    ),
    # a carry-in glossed in an earlier statement leaves the later run alone
    (
        "全年答复申请52件（含上年结转3件）。涉及本机关的行政复议案件6件，维持3件，纠错2件，尚未审结2件。",
        2024,
        "N101",
        "7件",
    ),
    # an accepted whole, decisions and the cases still open
    (
        "受理行政复议申请40件，维持22件，撤销8件，终止5件，尚未审结7件。",
        2024,
        "N101",
        "42件",
    ),
    # outcomes with a part carried forward, the open part last
    (
        "本年度受理依申请公开38件。其中，予以公开的20件，不予公开6件，无法提供8件，其他处理4件，结转下年办理3件。",
        2024,
        "N101",
        "41件",
    ),
    # the same with 尚未办结 last, another noun
    (
        "全年受理网络举报26件，其中查实转办15件，不予采信6件，其他处理5件，尚未办结4件。",
        2024,
        "N101",
        "30件",
    ),
    # a date bounding what was concluded, the object of 对…进行
    (
        "2024年，市司法局对全市2026年7月1日前结案归档的法律援助案件进行了质量评查，共评查案卷210本。",
        2024,
        "N301",
        "2026年7月1日",
    ),
    # 以前 and a 的-phrase of concluded cases, another body
    (
        "2023年，县人民法院抽查了2025年12月31日以前审结的民事案件卷宗80卷。",
        2023,
        "N301",
        "2025年12月31日",
    ),
]


@pytest.mark.parametrize(("text", "year", "code", "figure"), CONTRADICTIONS)
def test_contradictions(text: str, year: int, code: str, figure: str) -> None:
    hits = [m for c, m in findings(text, year) if c == code]
    assert hits, findings(text, year)
    assert any(figure in m for m in hits), hits


CONSISTENT = [
    # the printed sets and results that add up (the open ones included)
    ("市本级行政复议案件15件，行政诉讼案件3件，结果维持9件，结果纠错4件，尚未审结5件。", 2024),
    # the results of the second set alone would exceed it; of both they do not
    ("区政府行政复议案件10件，行政诉讼案件0件，结果维持2件，结果纠错2件，尚未审结6件。", 2024),
    # one set, results that add up to it exactly
    ("镇政府行政复议案件8件，结果维持3件，结果纠错2件，尚未审结3件。", 2023),
    # the concluded as the whole: cases still open are none of its parts
    ("审结行政复议案件30件，维持18件，撤销6件，驳回4件，尚未审结9件。", 2024),
    # a carry-in told of the run's own cases in a statement of its own
    ("上年结转复议案件4件。本年复议案件10件，维持6件，纠错3件，尚未审结5件。", 2024),
    # outcomes with the open part that add up
    (
        "本年度受理依申请公开38件。其中，予以公开的20件，不予公开6件，无法提供5件，其他处理4件，结转下年办理3件。",
        2024,
    ),
    # a sub-part after an outcome, not open: the nested reading stays
    ("全年办结投诉42件，其中调解成功30件，终止调解12件，现场调解8件。", 2024),
    # a figure after a decision, its verb in no list (责令履职): one more of the run, no set
    (
        "审结复议案件90件，结果分别为决定撤销20件，责令履职10件，撤销并责令重做8件，确认违法15件。",
        2024,
    ),
    # a date bounding concluded cases within the report's writing
    (
        "2024年，市司法局对全市2025年1月1日前结案归档的法律援助案件进行了质量评查，共评查案卷210本。",
        2024,
    ),
    # a deadline to conclude by (a plan), no thing it qualifies
    ("2024年，市局部署专项清理，要求各单位确保2025年6月30日前办结。", 2024),
    # a bound on what is still to come (到期): no fact of the past
    ("2024年，县财政局对2025年6月30日前到期的政府采购合同进行了梳理。", 2024),
    # a run of quoted names, one a count, as an item of the list before 等领域
    (
        "我局在机构职能、政策文件、财政预决算、“双随机”“三公”经费等栏目发布信息，全年主动公开政府信息320条。",
        2024,
    ),
    (
        "围绕法治宣传、依法行政、基层治理、“放管服”“三项制度”专题等方面开展工作。",
        2024,
    ),
]


@pytest.mark.parametrize(("text", "year"), CONSISTENT)
def test_consistent(text: str, year: int) -> None:
    assert not [(c, m) for c, m in findings(text, year) if c in ("N101", "N107", "N203", "N301")], (
        findings(text, year)
    )


@pytest.mark.parametrize(
    "text",
    [
        # a whole summed from sets named by their noun alone: no word joins the results to them
        "市本级行政复议案件15件，行政诉讼案件3件，结果维持9件，结果纠错4件，尚未审结7件。",
        # an accepted whole whose run takes the cases still open: a reading, not a statement
        "受理行政复议申请40件，维持22件，撤销8件，终止5件，尚未审结7件。",
    ],
)
def test_an_inferred_run_is_a_warning(text: str) -> None:
    assert [c for c, _ in findings(text) if c == "N101"], findings(text)
    assert not [c for c, _ in errors(text) if c == "N101"], errors(text)


def test_a_run_of_named_decisions_over_its_whole_stays_an_error() -> None:
    text = "受理行政复议申请40件，维持22件，撤销8件，终止7件，驳回6件。"
    assert [c for c, _ in errors(text) if c == "N101"], findings(text)


def test_a_last_part_under_an_inferred_class_may_be_its_sub_part() -> None:
    # 维持 + 纠错 make the whole; the 12 settled during review are part of the 35 (seed 001's shape)
    text = "审结行政复议案件60件，其中维持25件，纠错35件，审理期间和解12件。"
    assert not [c for c, _ in findings(text) if c == "N101"], findings(text)
    # cases still open are no sub-part of what was decided
    text = "行政复议案件60件，结果维持25件，结果纠错35件，尚未审结12件。"
    assert [c for c, _ in findings(text) if c == "N101"], findings(text)
