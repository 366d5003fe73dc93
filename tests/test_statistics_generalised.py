"""Relations found from the structure of the sentence (issue 9), each with a consistent twin.

The sentences are written for these tests from the kinds the issue describes; none comes
from the blind sets in fixtures/statistics/blind1."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def found(text: str) -> list[tuple[str, str]]:
    return [(r.code, r.message) for r in contradictions(analyze_text(text))]


def codes(text: str) -> list[str]:
    return [code for code, _ in found(text)]


# (contradiction, its consistent twin, the code, words the message must show)
PAIRS = [
    # whole and parts
    (
        "全年审理行政诉讼案件86件，分别为一审案件61件、二审案件22件。",
        "全年审理行政诉讼案件86件，分别为一审案件61件、二审案件25件。",
        "N102",
        ["61+22", "86件"],
    ),
    (
        "开展普法活动215场，线上活动96场，线下活动109场。",
        "开展普法活动215场，线上活动96场，线下活动119场。",
        "N102",
        ["96+109"],
    ),
    (
        "受理经营许可申请58件，依法批准50件，对不符合条件的3件不予批准，申请人撤回2件。",
        "受理经营许可申请58件，依法批准53件，对不符合条件的3件不予批准，申请人撤回2件。",
        "N102",
        ["50+3+2"],
    ),
    (
        "全年受理群众投诉举报2380件，其中投诉1620件、举报740件。",
        "全年受理群众投诉举报2360件，其中投诉1620件、举报740件。",
        "N102",
        ["1620+740"],
    ),
    (
        "全年共受理劳动监察案件350件，已结案341件，其余12件正在调查处理。",
        "全年共受理劳动监察案件350件，已结案341件，其余9件正在调查处理。",
        "N101",
        ["341+12"],
    ),
    (
        "全年共收到行政复议申请140件，受理128件；受理的案件中已审结131件。",
        "全年共收到行政复议申请140件，受理128件；受理的案件中已审结121件。",
        "N101",
        ["131件", "128件"],
    ),
    (
        "全年收到信访件180件，已办结172件；办结件中，经查属实的96件，不属实的70件。",
        "全年收到信访件180件，已办结172件；办结件中，经查属实的96件，不属实的76件。",
        "N102",
        ["96+70"],
    ),
    # flow
    (
        "全年新收行政诉讼案件52件，上年结转7件，审结50件，未结11件。",
        "全年新收行政诉讼案件52件，上年结转7件，审结50件，未结9件。",
        "N102",
        ["52件＋7件", "50件＋11件"],
    ),
    (
        "全年共收到复议申请23件，依法受理20件，对不符合受理条件的4件依法作出不予受理决定。",
        "全年共收到复议申请24件，依法受理20件，对不符合受理条件的4件依法作出不予受理决定。",
        "N103",
        ["20件", "4件", "23件"],
    ),
    # rates
    (
        "组织执法人员考试，参考640人，合格603人，合格率为96.8%。",
        "组织执法人员考试，参考640人，合格603人，合格率为94.2%。",
        "N104",
        ["603÷640"],
    ),
    (
        "开展满意度测评，满意度为96.0%（回收有效问卷450份，表示满意的418份）。",
        "开展满意度测评，满意度为92.9%（回收有效问卷450份，表示满意的418份）。",
        "N104",
        ["418÷450"],
    ),
    (
        "全年审查合同214件，其中提出修改意见的有73件，占36.2%。",
        "全年审查合同214件，其中提出修改意见的有73件，占34.1%。",
        "N104",
        ["73÷214"],
    ),
    (
        "全年新收仲裁案件900件，加上上年结转的60件，全年共审结880件，结案率93.5%。",
        "全年新收仲裁案件900件，加上上年结转的60件，全年共审结880件，结案率91.7%。",
        "N104",
        ["880÷"],
    ),
    # year on year
    (
        "全年办理法律援助案件940件，较上年的800件增长15.2%。",
        "全年办理法律援助案件940件，较上年的800件增长17.5%。",
        "N108",
        ["（940－800）÷800＝17.5%"],
    ),
    (
        "出庭应诉率由81.2%提高到95.6%，提高了13.4个百分点。",
        "出庭应诉率由81.2%提高到95.6%，提高了14.4个百分点。",
        "N108",
        ["95.6%－81.2%＝14.4个百分点"],
    ),
    (
        "受理投诉举报2710件，同比下降12.0%（上年为2950件）。",
        "受理投诉举报2710件，同比下降8.1%（上年为2950件）。",
        "N108",
        ["（2950－2710）÷2950"],
    ),
    (
        "全年查办案件152件，较上年的120件增加23件，增长26.7%。",
        "全年查办案件152件，较上年的120件增加32件，增长26.7%。",
        "N108",
        ["152－120＝32件"],
    ),
    (
        "全年发生纠纷60件，较上年减少15件，下降25.0%。",
        "全年发生纠纷60件，较上年减少15件，下降20.0%。",
        "N108",
        ["60＋15＝75"],
    ),
    (
        "办件量达到1500件，较上年的900件实现翻番。",
        "办件量达到1820件，较上年的900件实现翻番。",
        "N108",
        ["1500÷900"],
    ),
    # units and magnitudes
    (
        "全年普法经费412万元，其中区级财政安排260万元、部门自筹152元。",
        "全年普法经费412万元，其中区级财政安排260万元、部门自筹152万元。",
        "N201",
        ["152元", "412"],
    ),
    (
        "受理的复议案件中，线上申请占58%，线下申请占47%。",
        "受理的复议案件中，线上申请占58%，线下申请占42%。",
        "N102",
        ["105%"],
    ),
    (
        "全年检查企业820家次，发现隐患3690项，平均每家次发现隐患约45项。",
        "全年检查企业820家次，发现隐患3690项，平均每家次发现隐患约4.5项。",
        "N205",
        ["3690项÷820家次"],
    ),
    (
        "全镇共有行政村24个，年内在全镇27个行政村全部建成法律服务工作室。",
        "全镇共有行政村24个，年内在全镇24个行政村全部建成法律服务工作室。",
        "N206",
        ["27个", "24个"],
    ),
    (
        "全镇常住人口2.4万人，全年举办讲座40场，现场受众达到36万人次。",
        "全镇常住人口2.4万人，全年举办讲座40场，现场受众达到3.6万人次。",
        "N206",
        ["36万人次", "2.4万人"],
    ),
    (
        "巡查岸线82.5公里（累计巡查里程8250米）。",
        "巡查岸线82.5公里（累计巡查里程82500米）。",
        "N201",
        ["82500米", "8250米"],
    ),
]


@pytest.mark.parametrize(("bad", "good", "code", "shown"), PAIRS, ids=[p[2] for p in PAIRS])
def test_contradiction_found_and_twin_silent(
    bad: str, good: str, code: str, shown: list[str]
) -> None:
    messages = [m for c, m in found(bad) if c == code]
    assert messages, found(bad)
    assert all(any(s in m for m in messages) for s in shown), messages
    assert found(good) == []


CONSISTENT = [
    # carry-over explains 审结 > 新收
    "全年新收劳动仲裁案件1164件，加上上年结转的87件，全年共审结1198件，结案率95.8%，余53件依法结转下一年度办理。",
    # rounding: 2/3 = 66.7%
    "共审查规范性文件3件，其中提出修改意见的2件，占66.7%。",
    # a 其中 after a semicolon breaks down the first figure
    "全年受理医疗纠纷214件，调解成功197件；其中，发生在公立医院的152件，发生在基层医疗机构的49件。",
    # parts that may overlap, said so
    "对发现问题的612户次责令整改，其中标签不规范的388户次、进货查验不全的297户次（部分主体同时存在多类问题）。",
    # a change naming its own period is not read against another period's base
    "全年行政复议案件412件，较2021年的286件增长44.1%，较上年增长12.6%。",
    # a number of categories is not the whole of the figures counted in each
    "评估结果分为优秀、合格、不合格三个等次，其中优秀31个、合格152个、不合格3个。",
    # approximate totals
    "全年接待群众近3000人次，其中来访1200人次、来电1790人次。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_statements_raise_no_error(text: str) -> None:
    errors = [
        r for r in contradictions(analyze_text(text)) if r.severity and r.severity.label == "error"
    ]
    assert errors == [], [r.message for r in errors]


def test_a_paragraph_cut_mid_clause_is_read_as_one() -> None:
    """A PDF line wrap read as a paragraph end (「…其中投诉8716」/「件、举报2457件…」): the
    pieces are read together and the finding points into the pieces it names."""
    from fazhi_lint import Config, lint_bytes

    text = "报告\n全年共受理投诉举报11263件，其中投诉8716\n件、举报2457件，办结率达99.2%。\n"
    found = [d for d in lint_bytes(text.encode(), "cut.txt", Config(select=("N",))).diagnostics]
    assert [d.code for d in found] == ["N102"]
    (d,) = found
    assert d.location.block == 1 and d.excerpt == "11263件"
    assert {span.block for span in d.related} == {1, 2}
    whole = "报告\n全年共受理投诉举报11263件，其中投诉8716件、举报2457件。\n第二段。\n"
    assert [
        d.code for d in lint_bytes(whole.encode(), "a.txt", Config(select=("N",))).diagnostics
    ] == ["N102"]


def test_an_unlisted_concluding_verb_and_a_pending_rest() -> None:
    """查结 is named by no list: a character and 结 before the figure make it a conclusion;
    「其余案件正在调查中」 says the rest of the whole is still open."""
    bad = "全年共受理各类行政案件6438起，已查结6483起，其余案件正在调查中。"
    good = "全年共受理各类行政案件6438起，已查结6400起，其余案件正在调查中。"
    messages = [m for c, m in found(bad) if c == "N107"]
    assert messages and "其余案件尚在办理" in messages[0] and "6438起" in messages[0]
    assert found(good) == []
    assert found("总结经验12条，受理案件20件，办结18件。") == []
