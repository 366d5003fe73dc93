"""Rates and year-on-year change in any shape and across paragraphs (issue 9, session 5).

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). Each contradiction has a consistent
twin a few characters apart, and the traps (another period, a part's own base, an
approximate figure, a rounding, another unit) must stay silent. The expected verdicts were
worked out by hand:

* worded changes: 近两成 = a rise of 15–20%, 三成以上 = 30–40%, 近三分之一 = a fall of
  30–33.3%, 超过四成 = 40–50%, 一半 = 45–55%, 一倍以上 = 100–200%, 过半 = 50–100%,
  三成 = 25–35%, 约两成 = 15–25% (numbers.toml ``rates.change-words``);
* 比上年多N件 is the difference of the two figures; 个百分点 the difference of two rates,
  also when they stand in the sentence before;
* across paragraphs (an unrelated paragraph between) the link is found by the figures'
  nouns, and is never more than a warning.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def found(text: str) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, 2024))]


WORDED = [
    ("N108", "区司法局全年办理法律援助案件1,300件，较上年的1,000件增长近两成。"),
    (None, "区司法局全年办理法律援助案件1,180件，较上年的1,000件增长近两成。"),
    ("N108", "街道全年受理12345热线工单6,000件，比上年的4,000件增长三成以上。"),
    (None, "街道全年受理12345热线工单5,400件，比上年的4,000件增长三成以上。"),
    ("N108", "镇全年发生生产安全事故12起，较上年的20起下降近三分之一。"),
    (None, "镇全年发生生产安全事故14起，较上年的20起下降近三分之一。"),
    ("N108", "市场监管局全年查处食品安全案件一千件，较上年的六百件增长超过四成。"),
    (None, "市场监管局全年查处食品安全案件八百八十件，较上年的六百件增长超过四成。"),
    ("N108", "人社局全年受理劳动争议案件300件，较上年的1,000件减少一半。"),
    (None, "人社局全年受理劳动争议案件520件，较上年的1,000件减少一半。"),
    ("N108", "区卫健委全年受理医疗投诉200件，较上年的120件增长一倍以上。"),
    (None, "区卫健委全年受理医疗投诉260件，较上年的120件增长一倍以上。"),
    ("N108", "全年税务行政复议案件25件，较上年的40件下降过半。"),
    (None, "全年税务行政复议案件18件，较上年的40件下降过半。"),
    ("N108", "教育局全年新增聘请法律顾问的学校46所，较上年的40所增长三成。"),
    (None, "教育局全年新增聘请法律顾问的学校52所，较上年的40所增长三成。"),
    ("N108", "公安分局全年接报电信诈骗警情2,900起，较上年同期的2,000起上升约两成。"),
    (None, "公安分局全年接报电信诈骗警情2,380起，较上年同期的2,000起上升约两成。"),
    (None, "全年调解纠纷数量增长两成。"),
    (None, "全年受理案件1,600件，较2021年增长三成（上年为1,000件）。"),
    (None, "全年受理案件近1,200件，较上年的1,000件增长两成。"),
    (None, "全年办理案件1,300件，其中线上办理较上年的400件增长五成。"),
    (None, "办案成本较上年下降三成，全年节约经费20万元。"),
]

MORE_OR_FEWER = [
    ("N108", "全年受理案件1,200件，比上年多300件（上年为1,000件）。"),
    (None, "全年受理案件1,200件，比上年多200件（上年为1,000件）。"),
    ("N108", "全年公安分局办理治安案件820起，较上年同期少40起（上年同期为900起）。"),
    (None, "全年公安分局办理治安案件820起，较上年同期少80起（上年同期为900起）。"),
]

POINTS_BEFORE = [
    ("N108", "行政机关负责人出庭率由85.5%提高到96.0%。出庭率提高11.5个百分点。"),
    (None, "行政机关负责人出庭率由85.5%提高到96.0%。出庭率提高10.5个百分点。"),
    ("N108", "行政复议纠错率由12.0%下降到8.5%。同比下降4.5个百分点。"),
    (None, "行政复议纠错率由12.0%下降到8.5%。同比下降3.5个百分点。"),
]

YEAR_TRAPS = [
    (None, "全年受理案件1,200件，较上年同期增长20%（上年全年为2,000件）。"),
    (None, "全年受理案件1,200件，其中行政处罚案件较上年的600件增长10%。"),
]

ACROSS_PARAGRAPHS = [
    (
        "N104",
        "街道信访事项按期办结率达99%。\n今年以来，街道开展普法宣传活动30场。\n全年受理信访事项450件，按期办结420件。",
    ),
    (
        None,
        "街道信访事项按期办结率达93.3%。\n今年以来，街道开展普法宣传活动30场。\n全年受理信访事项450件，按期办结420件。",
    ),
    (
        "N104",
        "全年共办理行政处罚案件1,250件。\n开展执法培训12场。\n其中适用简易程序的案件500件，占全部处罚案件的35%。",
    ),
    (
        None,
        "全年共办理行政处罚案件1,250件。\n开展执法培训12场。\n其中适用简易程序的案件500件，占全部处罚案件的40%。",
    ),
    (
        "N104",
        "区生态环境局全年查处环境违法案件400件。\n组织开展专项执法行动6次。\n查处的案件中，适用按日连续处罚的案件60件，占查处案件的25%。",
    ),
    (
        None,
        "区生态环境局全年查处环境违法案件400件。\n组织开展专项执法行动6次。\n查处的案件中，适用按日连续处罚的案件60件，占查处案件的15%。",
    ),
    ("N108", "全年受理复议申请1,200件。\n组织执法培训6场。\n复议申请较上年的1,000件增长10%。"),
    (None, "全年受理复议申请1,100件。\n组织执法培训6场。\n复议申请较上年的1,000件增长10%。"),
    (
        "N104",
        "区医保局全年受理医保基金违规举报线索120条。\n组织开展医保政策宣传进社区活动15场。\n在受理的举报线索中，查实违规线索54条，占45.5%。",
    ),
    (
        None,
        "区医保局全年受理医保基金违规举报线索120条。\n组织开展医保政策宣传进社区活动15场。\n在受理的举报线索中，查实违规线索54条，占45%。",
    ),
    (
        "N104",
        "区人民调解委员会调解成功率达百分之九十九。\n今年以来，新建村级调解室八个。\n全年调解矛盾纠纷五百件，调解成功四百六十件。",
    ),
    (
        None,
        "区人民调解委员会调解成功率达百分之九十二。\n今年以来，新建村级调解室八个。\n全年调解矛盾纠纷五百件，调解成功四百六十件。",
    ),
    (
        "N104",
        "全区共收到政府信息公开申请386件。\n组织政务公开培训3期，参训人员240人次。\n受理的申请中按时答复380件，按时答复率为99.5%。",
    ),
    (
        None,
        "全区共收到政府信息公开申请386件。\n组织政务公开培训3期，参训人员240人次。\n受理的申请中按时答复380件，按时答复率为98.4%。",
    ),
    (
        "N108",
        "全年办理行政许可事项4,800件。\n推行“一网通办”改革，上线事项120项。\n许可事项办理量较上年的4,000件增长10%。",
    ),
    (
        None,
        "全年办理行政许可事项4,400件。\n推行“一网通办”改革，上线事项120项。\n许可事项办理量较上年的4,000件增长10%。",
    ),
    (
        None,
        "全区受理行政复议申请320件。\n街道开展法律咨询活动共计40场，其中进社区活动12场，占30%。",
    ),
    (
        None,
        "全年办理行政处罚案件1,250件。\n法院受理行政诉讼案件80件。\n其中行政机关败诉案件6件，占7.5%。",
    ),
    (
        None,
        "全年受理信访事项近3000件。\n组织领导接访日活动12次。\n受理的信访事项中按期办结2,800件，按期办结率为93.3%。",
    ),
    (
        None,
        "全区共有行政执法单位30个。\n开展执法人员培训4期。\n在执法单位中，已实现执法全过程记录的20个，占66.7%。",
    ),
    (
        None,
        "全区共有行政执法单位30个。\n开展执法人员培训4期。\n在执法单位中，已实现执法全过程记录的20个，占67%。",
    ),
]

PART_SET_APART = [
    (
        "N104",
        "城管执法局行政执法案件网上办案率为92%，全年办理执法案件3,600件，其中网上办理3,000件。",
    ),
    (
        None,
        "城管执法局行政执法案件网上办案率为83.3%，全年办理执法案件3,600件，其中网上办理3,000件。",
    ),
    ("N104", "区税务局全年办理涉税业务12,000笔，其中线上办理9,600笔，线上办理率为85%。"),
    (None, "区税务局全年办理涉税业务12,000笔，其中线上办理9,600笔，线上办理率为80%。"),
    ("N104", "公安分局全年办理户籍业务3,200件，其中自助办理960件，自助办理率35%。"),
    (None, "公安分局全年办理户籍业务3,200件，其中自助办理960件，自助办理率30%。"),
    ("N104", "应急管理局全年检查企业600家，其中远程检查150家，远程检查率为30%。"),
    (None, "应急管理局全年检查企业600家，其中远程检查150家，远程检查率为25%。"),
    ("N104", "教育局全年受理投诉420件，其中网上受理336件，网上受理率为85%。"),
    (None, "教育局全年受理投诉420件，其中网上受理336件，网上受理率为80%。"),
    ("N104", "镇政府全年作出行政决定240件，其中经合法性审查的228件，合法性审查率为98%。"),
    (None, "镇政府全年作出行政决定240件，其中经合法性审查的228件，合法性审查率为95%。"),
    ("N104", "人社局全年受理社保业务8,000件，其中跨省通办1,600件，跨省通办率为25%。"),
    (None, "人社局全年受理社保业务8,000件，其中跨省通办1,600件，跨省通办率为20%。"),
    ("N104", "信访局全年受理来信2,500件，其中网上来信2,000件，网上来信率为85%。"),
    (None, "信访局全年受理来信2,500件，其中网上来信2,000件，网上来信率为80%。"),
    (None, "全区共有加油站64座，全年安全检查覆盖率100%，其中重点站点检查22座。"),
    (None, "全年办理执法案件3,600件，其中网上办理3,000件，执法案件办结率为99%。"),
    (None, "全年检查企业600家，其中远程检查150家，检查覆盖率为100%。"),
]

CASES = [
    *[(e, t, Severity.ERROR) for e, t in WORDED],
    *[(e, t, Severity.ERROR) for e, t in MORE_OR_FEWER],
    *[(e, t, None) for e, t in POINTS_BEFORE],
    *[(e, t, None) for e, t in YEAR_TRAPS],
    *[(e, t, Severity.WARNING) for e, t in ACROSS_PARAGRAPHS],
    *[(e, t, Severity.ERROR) for e, t in PART_SET_APART],
]


@pytest.mark.parametrize(("code", "text", "severity"), CASES)
def test_verdict(code: str | None, text: str, severity: Severity | None) -> None:
    rels = found(text)
    if code is None:
        assert rels == []
        return
    assert [c for c, _, _ in rels] == [code]
    if severity is not None:
        assert rels[0][1] is severity


def test_enough_variants_per_mechanism() -> None:
    """At least eight contradictions and as many silent twins or traps per mechanism."""
    for cases in (WORDED, ACROSS_PARAGRAPHS, PART_SET_APART):
        bad = [t for c, t in cases if c]
        good = [t for c, t in cases if c is None]
        assert len(bad) >= 8
        assert len(good) >= len(bad)


def test_a_worded_change_shows_its_interval_and_arithmetic() -> None:
    rels = found("镇全年发生生产安全事故12起，较上年的20起下降近三分之一。")
    assert len(rels) == 1
    message = rels[0][2]
    assert "「下降近三分之一」" in message
    assert "降幅约在30%～33.3%之间" in message
    assert "（12－20）÷20＝-40" in message


def test_a_worded_multiple_with_a_qualifier_is_an_interval_not_a_ratio() -> None:
    """「增长一倍以上」 is at least double: 2.17 times is consistent, 1.67 times is not."""
    assert found("区卫健委全年受理医疗投诉260件，较上年的120件增长一倍以上。") == []
    rels = found("区卫健委全年受理医疗投诉200件，较上年的120件增长一倍以上。")
    assert "增幅约在100%～200%之间" in rels[0][2]


def test_more_than_last_year_is_a_difference() -> None:
    rels = found("全年受理案件1,200件，比上年多300件（上年为1,000件）。")
    assert "1,200－1,000＝200" in rels[0][2]


def test_points_against_the_rates_of_the_sentence_before() -> None:
    named = found("行政机关负责人出庭率由85.5%提高到96.0%。出庭率提高11.5个百分点。")
    assert named[0][1] is Severity.ERROR  # the change names the rate the pair names
    assert "96.0%－85.5%＝10.5个百分点" in named[0][2]
    unnamed = found("行政复议纠错率由12.0%下降到8.5%。同比下降4.5个百分点。")
    assert unnamed[0][1] is Severity.WARNING


def test_a_rate_first_and_its_figures_two_paragraphs_later() -> None:
    rels = found(
        "街道信访事项按期办结率达99%。\n今年以来，街道开展普法宣传活动30场。\n"
        "全年受理信访事项450件，按期办结420件。"
    )
    assert "420÷450＝93.33%" in rels[0][2]
    assert "前后两段" in rels[0][2]


def test_a_part_set_apart_by_the_rate_names_words() -> None:
    rels = found("应急管理局全年检查企业600家，其中远程检查150家，远程检查率为30%。")
    assert "150÷600＝25%" in rels[0][2]


# -- a rate and its figures further apart in one paragraph ---------------------------------------

WITHIN_PARAGRAPH = [
    ("N104", "全年调解纠纷640件，调解成功率为95.8%。其中调解成功600件。"),
    (None, "全年调解纠纷640件，调解成功率为93.8%。其中调解成功600件。"),
    ("N104", "群众满意率达98.1%。问卷由第三方机构组织发放。共发放问卷2,400份，表示满意的2,318份。"),
    (None, "群众满意率达96.6%。问卷由第三方机构组织发放。共发放问卷2,400份，表示满意的2,318份。"),
    (
        "N104",
        "全年受理行政复议申请320件。依法组织听证12次。维持原行政行为的180件，占受理总数的62.5%。",
    ),
    (
        None,
        "全年受理行政复议申请320件。依法组织听证12次。维持原行政行为的180件，占受理总数的56.3%。",
    ),
    ("N104", "区法院行政机关负责人出庭率为90%。全年开庭审理的行政案件52件中，负责人出庭44件。"),
    (None, "区法院行政机关负责人出庭率为84.6%。全年开庭审理的行政案件52件中，负责人出庭44件。"),
    ("N104", "街道综治中心矛盾纠纷化解率达百分之九十五。全年排查纠纷三百件。化解二百七十件。"),
    (None, "街道综治中心矛盾纠纷化解率达百分之九十。全年排查纠纷三百件。化解二百七十件。"),
    ("N104", "区应急管理局隐患整改率为99%。全年开展执法检查，发现隐患820项。已整改到位780项。"),
    (None, "区应急管理局隐患整改率为95.1%。全年开展执法检查，发现隐患820项。已整改到位780项。"),
    (
        "N104",
        "镇政府行政规范性文件备案审查率为95%。备案工作纳入年度考核。报送备案文件20件，审查20件。",
    ),
    (
        None,
        "镇政府行政规范性文件备案审查率为100%。备案工作纳入年度考核。报送备案文件20件，审查20件。",
    ),
    ("N104", "全区法律援助案件结案率为96%。全年受理法律援助案件一千二百件，结案一千一百件。"),
    (None, "全区法律援助案件结案率为91.7%。全年受理法律援助案件一千二百件，结案一千一百件。"),
    ("N104", "全年查处无证经营案件150件。组织联合执法8次。其中移送公安机关30件，占查处案件的25%。"),
    (None, "全年查处无证经营案件150件。组织联合执法8次。其中移送公安机关30件，占查处案件的20%。"),
    # another measure named later: a rate of 按时 answers is not read against all answers
    (None, "按时答复率为100%。全年答复申请96件，其中延期答复3件。"),
    # the whole a share names is not any figure of the paragraph: silent
    (None, "全年受理行政复议申请320件。依法组织听证12次。维持原行政行为的180件，占审结案件的60%。"),
    # approximate base
    (None, "办结率为93.3%。全年受理信访事项近3000件，办结2,800件。"),
]


@pytest.mark.parametrize(("code", "text"), WITHIN_PARAGRAPH)
def test_within_a_paragraph(code: str | None, text: str) -> None:
    rels = found(text)
    if code is None:
        assert rels == []
        return
    assert [c for c, _, _ in rels] == [code]
    assert rels[0][1] is Severity.WARNING  # the link is a reading: never an error


# -- scores and other measures in 分 -------------------------------------------------------------

SCORES = [
    ("N108", "法治政府建设考核得分93.4分，较上年提高2.6分（上年为91.2分）。"),
    (None, "法治政府建设考核得分93.4分，较上年提高2.2分（上年为91.2分）。"),
    ("N108", "群众安全感测评得分由91.5分提升至94.2分，提高3.7分。"),
    (None, "群众安全感测评得分由91.5分提升至94.2分，提高2.7分。"),
    ("N108", "区营商环境评价得分88分，较上年的84.5分提高4.5分。"),
    (None, "区营商环境评价得分88分，较上年的84.5分提高3.5分。"),
    ("N108", "街道群众满意度测评得分为90.2分，比上年下降1.5分（上年为92.0分）。"),
    (None, "街道群众满意度测评得分为90.2分，比上年下降1.8分（上年为92.0分）。"),
    (None, "考核得分93.4分，较上年提高2.2分。"),
    (None, "满分100分，考核得分93.4分，较上年提高2.6分。"),
    (None, "考核得分93.4分，排名较上年提高2位。"),
    (None, "全年开展执法检查30次，平均每次用时45分钟，较上年减少5分钟。"),
    (None, "全年受理案件120件，较上年下降三分之一（上年为180件）。"),
]


@pytest.mark.parametrize(("code", "text"), SCORES)
def test_a_score_change_is_a_difference(code: str | None, text: str) -> None:
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])


def test_a_score_message_shows_the_difference() -> None:
    rels = found("法治政府建设考核得分93.4分，较上年提高2.6分（上年为91.2分）。")
    assert "93.4－91.2＝2.2分" in rels[0][2]


# -- the base of a change in the next sentence ---------------------------------------------------

BASE_AFTER = [
    ("N108", "全年受理案件1,200件，同比增长20%。上年同期受理1,050件。"),
    (None, "全年受理案件1,200件，同比增长14.3%。上年同期受理1,050件。"),
    ("N108", "区市场监管局全年受理投诉举报3,600件，较上年增长12%。去年全年受理3,000件。"),
    (None, "区市场监管局全年受理投诉举报3,600件，较上年增长20%。去年全年受理3,000件。"),
    ("N108", "全年追缴医保基金2,680万元，同比下降15%。上年同期追缴3,350万元。"),
    (None, "全年追缴医保基金2,680万元，同比下降20%。上年同期追缴3,350万元。"),
    (None, "1至6月受理案件600件，较上年同期增长20%。上年全年受理1,000件。"),
    ("N108", "全年受理案件1,200件，同比增长20%。上年全年受理2,000件。"),
    (None, "全年受理案件1,200件，同比增长20%。上年开展培训30场，培训1,000人。"),
    (None, "全年受理案件1,200件，同比增长20%。2023年受理1,050件。"),
]


@pytest.mark.parametrize(("code", "text"), BASE_AFTER)
def test_a_base_stated_in_the_next_sentence(code: str | None, text: str) -> None:
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])
    if code:
        assert rels[0][1] is Severity.WARNING
        assert "为基数" in rels[0][2]


# -- two rates and their difference across sentences and paragraphs ------------------------------

RATE_DIFFERENCES = [
    ("N106", "行政机关负责人出庭率由85.5%提高到96.0%。出庭率提高10.5%。"),
    ("N106", "行政机关负责人出庭率由85.5%提高到96.0%，提高了10.5%。"),
    ("N108", "行政机关负责人出庭率由85.5%提高到96.0%。\n与上年相比，出庭率提高11.5个百分点。"),
    (None, "行政机关负责人出庭率由85.5%提高到96.0%。\n与上年相比，出庭率提高10.5个百分点。"),
    ("N108", "全区行政复议纠错率为12.5%，上年为10.2%，提高3.3个百分点。"),
    (None, "全区行政复议纠错率为12.5%，上年为10.2%，提高2.3个百分点。"),
    ("N108", "全区行政复议纠错率为12.5%，较上年的10.2%提高3.3个百分点。"),
    ("N108", "群众满意率为96.5%。较上年的94.0%提高3.5个百分点。"),
    (None, "群众满意率为96.5%。较上年的94.0%提高2.5个百分点。"),
    (None, "办结率为96.5%。满意率较上年的94.0%提高3.5个百分点。"),
    ("N108", "群众满意率为96.5%。满意率较上年的94.0%提高3.5个百分点。"),
]


@pytest.mark.parametrize(("code", "text"), RATE_DIFFERENCES)
def test_a_difference_of_two_rates(code: str | None, text: str) -> None:
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])


# -- a figure of the same flow or named thing a few sentences before -----------------------------

SENTENCES_BEFORE = [
    (
        "N104",
        "全年受理行政复议申请320件，依法审结298件。\n坚持开门办案。在受理的案件中，维持原行政行为的180件，占62.5%。",
    ),
    (
        "N104",
        "全年受理行政复议申请320件。\n坚持开门办案，听证12次。维持原行政行为的180件，占受理案件的62.5%。",
    ),
    (
        "N104",
        "全年受理行政复议申请320件，审结298件。\n坚持开门办案，听证12次。审结的案件中，调解和解结案120件，调解和解率为45%。",
    ),
    ("N104", "全区受理信访事项1,200件。\n依法分类处理信访诉求。按期办结1,140件，按期办结率为97%。"),
    (None, "全区受理信访事项1,200件。\n依法分类处理信访诉求。按期办结1,140件，按期办结率为95%。"),
    ("N108", "全年受理行政复议申请320件。\n坚持开门办案，听证12次。受理量较上年的250件增长20%。"),
    (None, "全年受理行政复议申请320件。\n坚持开门办案，听证12次。受理量较上年的250件增长28%。"),
    (None, "全年受理行政复议申请320件。其中听证案件40件。听证案件较上年的30件增长33.3%。"),
    ("N108", "全年受理行政复议申请320件。其中听证案件40件。听证案件较上年的30件增长20%。"),
    (None, "全年受理行政复议申请320件。行政诉讼应诉案件较上年的100件增长20%。"),
    (None, "全年受理行政复议申请320件。办理行政处罚案件较上年的1,000件下降10%。"),
    (
        "N108",
        "区市场监管局全年办结投诉举报2,600件。开展消费维权宣传12场。投诉举报办结量较上年的2,000件增长20%。",
    ),
    (
        None,
        "区市场监管局全年办结投诉举报2,600件。开展消费维权宣传12场。投诉举报办结量较上年的2,000件增长30%。",
    ),
    (
        "N108",
        "全年追缴医保基金2,680万元。查处定点医药机构120家。追缴金额较上年的2,000万元增长24%。",
    ),
    (None, "全年追缴医保基金2,680万元。查处定点医药机构120家。追缴金额较上年的2,000万元增长34%。"),
    # 受理 of two things before: any reading that fits is the one
    (None, "全年受理行政复议申请320件。受理信访事项1,200件。按期办结1,140件，按期办结率为95%。"),
]


@pytest.mark.parametrize(("code", "text"), SENTENCES_BEFORE)
def test_a_figure_some_sentences_before(code: str | None, text: str) -> None:
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])
    if code:
        assert rels[0][1] is Severity.WARNING


# -- a share of the year's days without a stated base --------------------------------------------

DAYS_OF_THE_YEAR = [
    # 298 ÷ 366 = 81.4%: at least that share of the year's days
    ("N104", "生态环境分局持续推进大气治理，全年空气质量优良天数为298天，优良天数比率为78.9%。"),
    (None, "生态环境分局持续推进大气治理，全年空气质量优良天数为298天，优良天数比率为81.6%。"),
    (None, "生态环境分局持续推进大气治理，全年空气质量优良天数为298天，优良天数比率为95%。"),
    # 330 ÷ 366 = 90.2%
    ("N104", "2024年，全区饮用水水源地水质达标天数为330天，达标率为88.5%。"),
    (None, "2024年，全区饮用水水源地水质达标天数为330天，达标率为90.2%。"),
    # half a year, or days of something the rate does not count: silent
    (None, "2024年1至6月，空气质量优良天数160天，优良率为80.0%。"),
    (None, "2024年上半年，空气质量优良天数160天，优良率为80.0%。"),
    (None, "全年组织执法培训，培训天数共计20天，培训覆盖率为3%。"),
    (None, "全年开展执法检查，平均办理时限压缩至5天，按时办结率为80%。"),
]


@pytest.mark.parametrize(("code", "text"), DAYS_OF_THE_YEAR)
def test_a_share_of_the_years_days(code: str | None, text: str) -> None:
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])
    if code:
        assert rels[0][1] is Severity.WARNING
        assert "一年至多366天" in rels[0][2]


def test_a_whole_smaller_than_its_part_is_not_a_rates_base() -> None:
    """「从15个中队各抽取案卷1卷…优秀的案卷10卷，优秀率67%」: 1 is per unit, not the whole;
    the rate is not read as 10 ÷ 1 (the list's own finding is another rule's)."""
    text = (
        "全年开展执法案卷评查，从15个执法中队各抽取案卷1卷进行评查。\n"
        "评查结果为优秀的案卷10卷，优秀率67%；其余案卷已反馈整改。"
    )
    assert [c for c, _, _ in found(text) if c == "N104"] == []


# -- a figure that negates the rate's name -------------------------------------------------------

NEGATED = [
    ("N104", "市场监管局全年抽检食品1,200批次，检出不合格产品36批次，抽检合格率为98.5%。"),
    (None, "市场监管局全年抽检食品1,200批次，检出不合格产品36批次，抽检合格率为97%。"),
    ("N104", "全年受理信访事项450件，未按期办结的15件，按期办结率为98%。"),
    (None, "全年受理信访事项450件，未按期办结的15件，按期办结率为96.7%。"),
    ("N104", "全年审查行政规范性文件86件，不予通过的4件，审查通过率为98%。"),
    (None, "全年审查行政规范性文件86件，不予通过的4件，审查通过率为95.3%。"),
    ("N104", "区卫健委全年开展公共场所卫生监督检查860户次，发现不合格43户次，检查合格率为96%。"),
    (None, "区卫健委全年开展公共场所卫生监督检查860户次，发现不合格43户次，检查合格率为95%。"),
    (None, "全年受理信访事项450件，其中按期办结435件，未按期办结的15件，按期办结率为96.7%。"),
    (None, "市场监管局全年抽检食品1,200批次，检出不合格产品36批次，不合格率为3%。"),
    ("N104", "市场监管局全年抽检食品1,200批次，检出不合格产品36批次，不合格率为3.5%。"),
    # accepted 410 of 441: the base is the whole with the negated beside it
    (None, "全年收到行政复议申请后受理410件，不予受理31件，受理率为93.0%。"),
]


@pytest.mark.parametrize(("code", "text"), NEGATED)
def test_a_negated_figure(code: str | None, text: str) -> None:
    """「未按期办结的15件」 is not what 按期办结率 counts: the rate is the rest of the whole
    (or the whole over itself and the negated together); a reading, so a warning, except
    for 不合格率, which counts the negated figure itself."""
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])
    if code and "不合格率" not in text:
        assert rels[0][1] is Severity.WARNING


# -- a rate whose name is a class of the listed outcomes -----------------------------------------

CLASS_OF_OUTCOMES = [
    ("N104", "全年审结行政复议案件200件，其中撤销18件、变更4件、确认违法8件，纠错率为12%。"),
    (None, "全年审结行政复议案件200件，其中撤销18件、变更4件、确认违法8件，纠错率为15%。"),
    ("N104", "区政府全年审结复议案件九十件，其中撤销六件、责令履行三件，直接纠错率为8%。"),
    (None, "区政府全年审结复议案件九十件，其中撤销六件、责令履行三件，直接纠错率为10%。"),
    (None, "全年审结行政复议案件200件，其中维持150件、撤销18件，纠错率为9%。"),
]


@pytest.mark.parametrize(("code", "text"), CLASS_OF_OUTCOMES)
def test_a_class_of_listed_outcomes(code: str | None, text: str) -> None:
    """纠错率 counts 撤销, 变更, 确认违法, 责令履行… (numbers.toml ``numerator-words``) summed;
    a list may leave some out, so a warning."""
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])
    if code:
        assert rels[0][1] is Severity.WARNING
        assert "＋" in rels[0][2]


# -- traps: another thing, another period, a sub-item, a restated change -------------------------

TRAPS = [
    (
        None,
        "全年受理行政复议案件320件。\n全区法院受理行政诉讼案件80件。\n在行政复议案件中，维持原行政行为的180件，占56.3%。",
    ),
    (
        None,
        "全年受理行政复议案件320件。\n全区法院受理行政诉讼案件80件。\n在行政诉讼案件中，行政机关败诉6件，占7.5%。",
    ),
    (None, "全年受理案件1,200件，较2021年增长20%（上年为1,100件）。"),
    (None, "行政机关负责人出庭率为96%，较上年提高5个百分点（上年群众满意率为91%）。"),
    (None, "全年受理信访事项450件，较上年的500件下降10%，其中网上信访较上年的200件增长25%。"),
    (None, "全年办结投诉1,200件，较上年多100件。"),
    (
        None,
        "全年调解纠纷1,200件，调解成功率为96.5%。\n全区共有人民调解员300名。\n培训调解员280名，培训率为93.3%。",
    ),
    (
        None,
        "区司法局持续深化行政执法监督。\n全年开展执法检查120次，发现问题45个。\n问题整改率为100%。",
    ),
    (None, "全年办理法律援助案件1,530件，较上年增长两成以上，上年为1,200件。"),
    (None, "全年办理法律援助案件1,530件，同比增长近三成（上年为1,200件）。"),
    (None, "今年以来，全区市场主体总数达12万户，较上年增长一成左右（上年为10.8万户）。"),
    (
        None,
        "全年受理复议申请300件。\n全区法院一审受理行政案件120件。\n复议申请较上年的250件增长20%。",
    ),
    (
        None,
        "全年查处违法建设案件260件，拆除违法建筑面积1.2万平方米。\n拆除面积较上年的0.96万平方米增长25%。",
    ),
]


@pytest.mark.parametrize("text", [t for _, t in TRAPS])
def test_a_trap_stays_silent(text: str) -> None:
    assert found(text) == []


# -- the survey named by the rate is not what it counts ------------------------------------------

SURVEYS = [
    (
        "N104",
        "全年发放满意度调查问卷1,500份，收回有效问卷1,480份，其中满意1,400份、基本满意50份，满意度为99.2%。",
    ),
    (
        None,
        "全年发放满意度调查问卷1,500份，收回有效问卷1,480份，其中满意1,400份、基本满意50份，满意度为98%。",
    ),
    ("N104", "开展群众满意度测评，共回收测评问卷860份，表示满意的800份，满意度为95%。"),
    (None, "开展群众满意度测评，共回收测评问卷860份，表示满意的800份，满意度为93%。"),
    (
        "N104",
        "医保局群众满意度为99.2%。\n全年发放满意度调查问卷1,500份，收回有效问卷1,480份，其中满意1,400份、基本满意50份。",
    ),
    (
        None,
        "医保局群众满意度为98%。\n全年发放满意度调查问卷1,500份，收回有效问卷1,480份，其中满意1,400份、基本满意50份。",
    ),
]


@pytest.mark.parametrize(("code", "text"), SURVEYS)
def test_a_survey_named_by_the_rate(code: str | None, text: str) -> None:
    """「发放满意度调查问卷1,500份」 uses 满意度 as a modifier of the survey: the answers
    (满意1,400份) are what 满意度 counts, so the rate is judged on them."""
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])


# -- a worded change whose current figure stands in an earlier sentence --------------------------

WORDED_ACROSS = [
    ("N108", "全年受理劳动争议案件1,300件。较上年的1,000件增长近两成。"),
    (None, "全年受理劳动争议案件1,180件。较上年的1,000件增长近两成。"),
    ("N108", "区城管局全年查处占道经营案件2,400起。\n占道经营案件较上年的1,500起增长三成以上。"),
    (None, "区城管局全年查处占道经营案件2,000起。\n占道经营案件较上年的1,500起增长三成以上。"),
    (None, "全年受理劳动争议案件1,300件。培训调解员300名。较上年的1,000件增长近两成。"),
]


@pytest.mark.parametrize(("code", "text"), WORDED_ACROSS)
def test_a_worded_change_across_sentences(code: str | None, text: str) -> None:
    rels = found(text)
    assert [c for c, _, _ in rels] == ([code] if code else [])
    if code:
        assert rels[0][1] is Severity.WARNING
