"""False alarms found on real published reports, session 10 (s10-real): the shapes behind
them, rewritten with other bodies, nouns and figures.

1. Flow: a refusal listed in the 其中-list that opens right after the accepted figure
   (「受理…件，其中，决定维持…件，驳回申请…件」) is an outcome of the accepted cases' review,
   not a refusal of intake beside them (N103).
2. Rates: a base with a rate of its own right after it (「直接纠错…件，纠错率…%」) implies the
   whole that rate is of; a sibling outcome's rate (调解率) is read against that whole, and a
   reading over the sibling itself is a warning at most (N104).
3. Rates: items of one breakdown, each with its own share of the same name (「A类…件，占比…%；
   B类…件，占比…%」), are not each other's bases (N104).
4. Pick-up: a paragraph opening with a dimension of its own (「从申请渠道看，」) does not go on
   with the shares listed in the paragraph before (N101).
5. Rates across sentences: a rate whose sentence names a span of months (「7月至12月，」) is
   not read against the year's figures stated before (N104).

Every sentence is written for these tests; each carries the arithmetic done by hand."""

from __future__ import annotations

import pytest
from relation_helpers import found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _codes(text: str, family: tuple[str, ...]) -> list[str]:
    return [c for c, _ in found(text) if c in family]


def _severities(text: str, code: str) -> list[Severity]:
    return [r.severity for r in contradictions(analyze_text(text)) if r.code == code]


# --- 1. a refusal listed under the accepted figure ----------------------------------------

LISTED_REFUSAL_CONSISTENT = [
    # 580 + 96 = 676 > 620, but the 96 are among the 580 (301 + 96 = 397 <= 580)
    "市政府全年收到行政复议申请620件，受理580件，其中决定维持301件，驳回申请96件。",
    # 198 + 37 = 235 > 212; 37 + 15 = 52 <= 198
    "县政府本年度共收到复议申请212件，依法受理198件，其中，驳回申请37件，决定撤销15件。",
    # 962 + 188 = 1,150 > 1,045; 510 + 188 + 41 = 739 <= 962
    "区行政复议局接收申请1,045件，受理962件，其中维持原行政行为510件、驳回申请188件、确认违法41件。",
    # 129 + 22 = 151 > 136
    "市人社局收到行政复议申请136件，受理129件，其中驳回申请22件，其余均作出维持决定。",
    # 81 + 9 = 90 > 88
    "州政府收到行政复议申请88件，受理81件，其中驳回申请9件。",
    # 340 + 47 = 387 > 354; 47 + 12 = 59 <= 340
    "全年收到复议申请354件，受理340件，其中，经审理驳回申请47件，责令履行12件。",
    # 70 + 8 = 78 > 73; 44 + 8 = 52 <= 70
    "省交通运输厅收到复议申请73件，受理70件，其中维持44件，驳回申请8件。",
    # 1,466 + 203 = 1,669 > 1,520
    "区政府共收到行政复议申请1,520件，受理1,466件，其中决定驳回申请203件。",
]

REFUSAL_BESIDE_WRONG = [
    # 580 + 96 = 676 > 620
    "市政府全年收到行政复议申请620件，受理580件，驳回申请96件。",
    # 198 + 37 = 235 > 212
    "县政府本年度共收到复议申请212件，受理198件，不予受理37件。",
    # 962 + 188 = 1,150 > 1,045
    "区行政复议局接收申请1,045件，受理962件，不予受理188件，其中维持原行政行为510件。",
    # 129 + 22 = 151 > 136
    "市人社局收到行政复议申请136件，受理129件，不予受理22件。",
    # 81 + 9 = 90 > 88
    "州政府收到行政复议申请88件，受理81件，驳回申请9件。",
    # 340 + 47 = 387 > 354
    "全年收到复议申请354件，受理340件，不予受理47件，审结321件。",
    # 70 + 8 = 78 > 73
    "省交通运输厅收到复议申请73件，受理70件，不予受理8件，其中维持44件。",
    # 1,466 + 203 = 1,669 > 1,520 (其中 before the accepted figure: both within what came in)
    "区政府共收到行政复议申请1,520件，其中受理1,466件，不予受理203件。",
]


@pytest.mark.parametrize("text", LISTED_REFUSAL_CONSISTENT)
def test_listed_refusal_consistent(text: str) -> None:
    assert "N103" not in _codes(text, ("N103",)), found(text)


@pytest.mark.parametrize("text", REFUSAL_BESIDE_WRONG)
def test_refusal_beside_wrong(text: str) -> None:
    assert "N103" in _codes(text, ("N103",)), found(text)


# --- 2. a sibling outcome with a rate of its own implies the whole -------------------------

SIBLING_RATE_CONSISTENT = [
    # whole 1,200: 300/1,200 = 25.0%, 180/1,200 = 15.0%
    "审结的复议案件中，直接纠错300件，纠错率25.0%，以调解方式结案180件，调解率15.0%。",
    # whole 860: 602/860 = 70.0%, 129/860 = 15.0%
    "全年法院判决行政机关胜诉602件，胜诉率70.0%，原告主动撤诉129件，撤诉率15.0%。",
    # whole 450: 420/450 = 93.3%, 396/450 = 88.0%
    "热线工单按时办结420件，按时办结率93.3%，经回访表示满意的396件，满意率88.0%。",
    # whole 2,500: 1,850/2,500 = 74.0%, 400/2,500 = 16.0%
    "各调委会调解成功1,850件，调解成功率74.0%，引导当事人诉讼解决400件，诉讼引导率16.0%。",
    # whole 640: 384/640 = 60.0%, 32/640 = 5.0%
    "处罚案件中适用简易程序的384件，简易程序适用率60.0%，举行听证的32件，听证率5.0%。",
    # whole 3,600: 2,880/3,600 = 80.0%, 540/3,600 = 15.0%
    "不动产登记网上办理2,880件，网办率80.0%，邮寄送达证书540件，邮寄率15.0%。",
    # whole 125: 75/125 = 60.0%, 20/125 = 16.0%
    "一审判决维持的75件，维持率60.0%，判决撤销的20件，撤销率16.0%。",
    # whole 2,040: 1,530/2,040 = 75.0%, 204/2,040 = 10.0%
    "公共法律服务中心当场解答咨询1,530人次，当场解答率75.0%，转介律师跟进204人次，转介率10.0%。",
]

SIBLING_RATE_WRONG = [
    # 180/1,200 = 15.0% and 180/300 = 60.0%, not 21.0%
    "审结的复议案件中，直接纠错300件，纠错率25.0%，以调解方式结案180件，调解率21.0%。",
    # 129/860 = 15.0% and 129/602 = 21.4%, not 19.0%
    "全年法院判决行政机关胜诉602件，胜诉率70.0%，原告主动撤诉129件，撤诉率19.0%。",
    # 396/450 = 88.0% and 396/420 = 94.3%, not 80.0%
    "热线工单按时办结420件，按时办结率93.3%，经回访表示满意的396件，满意率80.0%。",
    # 400/2,500 = 16.0% and 400/1,850 = 21.6%, not 25.0%
    "各调委会调解成功1,850件，调解成功率74.0%，引导当事人诉讼解决400件，诉讼引导率25.0%。",
    # 32/640 = 5.0% and 32/384 = 8.3%, not 9.0%
    "处罚案件中适用简易程序的384件，简易程序适用率60.0%，举行听证的32件，听证率9.0%。",
    # 540/3,600 = 15.0% and 540/2,880 = 18.8%, not 12.0%
    "不动产登记网上办理2,880件，网办率80.0%，邮寄送达证书540件，邮寄率12.0%。",
    # 20/125 = 16.0% and 20/75 = 26.7%, not 20.0%
    "一审判决维持的75件，维持率60.0%，判决撤销的20件，撤销率20.0%。",
    # 204/2,040 = 10.0% and 204/1,530 = 13.3%, not 15.0%
    "公共法律服务中心当场解答咨询1,530人次，当场解答率75.0%，转介律师跟进204人次，转介率15.0%。",
]


@pytest.mark.parametrize("text", SIBLING_RATE_CONSISTENT)
def test_sibling_rate_consistent(text: str) -> None:
    assert not _codes(text, ("N104",)), found(text)


@pytest.mark.parametrize("text", SIBLING_RATE_WRONG)
def test_sibling_rate_wrong_is_a_warning(text: str) -> None:
    severities = _severities(text, "N104")
    assert severities, found(text)
    assert all(s is Severity.WARNING for s in severities), found(text)


# --- 3. items of one breakdown are not each other's bases ----------------------------------

PEER_SHARES_CONSISTENT = [
    # whole 800 unsaid: 320 = 40%, 200 = 25%, 120 = 15%
    "从案件类型看，行政处罚类320件，占比40%；行政强制类200件，占比25%；信息公开类120件，占比15%。",
    # whole 1,800 unsaid: 1,260 = 70%, 450 = 25%
    "按申请人身份分，自然人提出的1,260件，占比70%；企业提出的450件，占比25%。",
    # whole 1,350 unsaid: 486 = 36%, 324 = 24%, 189 = 14%
    "从纠纷类型看，婚姻家庭纠纷486件，占比36%；邻里纠纷324件，占比24%；合同纠纷189件，占比14%。",
    # whole 600 unsaid: 132 = 22%, 288 = 48%, 180 = 30%
    "从来源渠道看，来信反映的132件，占比22%；网上投诉的288件，占比48%；来访反映的180件，占比30%。",
    # whole 500 unsaid: 95 = 19%, 75 = 15%
    "涉及市场监管领域的95件，占比19%；涉及城市管理领域的75件，占比15%。",
    # whole 200 unsaid: 14 = 7%, 8 = 4%
    "从审理结果看，一审败诉的14件，占比7%；二审改判的8件，占比4%。",
    # whole 2,500 unsaid: 1,150 = 46%, 1,200 = 48%, 150 = 6%
    "从案件性质看，刑事案件1,150件，占比46%；民事案件1,200件，占比48%；行政案件150件，占比6%。",
    # whole 3,000 unsaid: 2,340 = 78%, 480 = 16%, 180 = 6%
    "按处罚种类分，罚款类2,340件，占比78%；警告类480件，占比16%；没收违法所得类180件，占比6%。",
]

PEER_SHARES_WRONG = [
    # 320/800 = 40%, not 45%
    "全年受理复议申请800件，其中行政处罚类320件，占比45%；行政强制类200件，占比25%。",
    # 1,260/1,800 = 70%, not 75%
    "共受理申请1,800件，其中自然人提出的1,260件，占比75%；企业提出的450件，占比25%。",
    # 324/1,350 = 24%, not 30%
    "全年调解纠纷1,350件，其中婚姻家庭纠纷486件，占比36%；邻里纠纷324件，占比30%。",
    # 288/600 = 48%, not 40%
    "收到信访事项600件，其中来信反映的132件，占比22%；网上投诉的288件，占比40%。",
    # 75/500 = 15%, not 18%
    "办理投诉举报500件，其中市场监管领域95件，占比19%；城市管理领域75件，占比18%。",
    # 14/200 = 7%, not 9%
    "全年应诉案件200件，其中一审败诉14件，占比9%；二审改判8件，占比4%。",
    # 1,200/2,500 = 48%, not 52%
    "办理法律援助案件2,500件，其中刑事案件1,150件，占比46%；民事案件1,200件，占比52%。",
    # 480/3,000 = 16%, not 19%
    "作出行政处罚3,000件，其中罚款类2,340件，占比78%；警告类480件，占比19%。",
]


@pytest.mark.parametrize("text", PEER_SHARES_CONSISTENT)
def test_peer_shares_consistent(text: str) -> None:
    assert not _codes(text, ("N104",)), found(text)


@pytest.mark.parametrize("text", PEER_SHARES_WRONG)
def test_peer_shares_wrong(text: str) -> None:
    assert "N104" in _codes(text, ("N104",)), found(text)


# --- 4. a paragraph opening with its own dimension -----------------------------------------

DIMENSION_PARAGRAPHS_CONSISTENT = [
    # 65 + 30 = 95 and 70 + 25 = 95, each of its own breakdown
    "从办理层级看，区级受理的260件，占比65%；街道受理的120件，占比30%。\n"
    "从申请渠道看，网上申请的280件，占比70%；窗口申请的100件，占比25%。",
    # 40 and 45 + 35 + 12 = 92
    "以乡镇人民政府为被申请人的案件共96件，占比40%。\n"
    "从申请事项看，征收补偿类108件，占比45%；行政处罚类84件，占比35%；政府信息公开类29件，占比12%。",
    # 55 + 38 = 93 and 60 + 30 = 90
    "从执法领域看，市场监管类594件，占比55%；交通运输类410件，占比38%。\n"
    "按处罚种类分，罚款类648件，占比60%；警告类324件，占比30%。",
    # 52 + 41 = 93 and 47 + 44 = 91
    "从当事人看，自然人申请的1,040人次，占比52%；法人申请的820人次，占比41%。\n"
    "从援助形式看，法律咨询940人次，占比47%；代理诉讼880人次，占比44%。",
    # 62 + 30 = 92 and 58 + 36 = 94
    "从纠纷来源看，群众主动申请的372件，占比62%；部门移交的180件，占比30%。\n"
    "从调解方式看，现场调解348件，占比58%；线上调解216件，占比36%。",
    # 48 + 44 = 92 and 66 + 27 = 93
    "从被诉机关看，区政府部门被诉的96件，占比48%；街道被诉的88件，占比44%。\n"
    "从审理结果看，判决驳回原告诉讼请求的132件，占比66%；原告撤诉的54件，占比27%。",
    # 71 + 24 = 95 and 50 + 43 = 93
    "从来件渠道看，12345热线转办的1,420件，占比71%；网站留言的480件，占比24%。\n"
    "从办理时限看，当日办结的1,000件，占比50%；三日内办结的860件，占比43%。",
    # 57 + 35 = 92 and 64 + 29 = 93
    "从文件类型看，区政府文件114件，占比57%；部门文件70件，占比35%。\n"
    "从审查结果看，提出修改意见的128件，占比64%；直接通过的58件，占比29%。",
]

DIMENSION_PARAGRAPH_WRONG = [
    # 65 + 30 + 12 = 107 > 100
    "从办理层级看，区级受理的260件，占比65%；街道受理的120件，占比30%；社区受理的48件，占比12%。",
    # 45 + 35 + 25 = 105
    "从申请事项看，征收补偿类108件，占比45%；行政处罚类84件，占比35%；政府信息公开类60件，占比25%。",
    # 60 + 30 + 15 = 105
    "按处罚种类分，罚款类648件，占比60%；警告类324件，占比30%；没收类162件，占比15%。",
    # 52 + 36 + 15 = 103
    "从受援人群看，农民工案件412件，占比52%；老年人案件286件，占比36%；残疾人案件119件，占比15%。",
    # 58 + 36 + 9 = 103
    "从调解方式看，现场调解348件，占比58%；线上调解216件，占比36%；电话调解54件，占比9%。",
    # 66 + 27 + 11 = 104
    "从审理结果看，判决驳回原告诉讼请求的132件，占比66%；原告撤诉的54件，占比27%；判决撤销的22件，占比11%。",
    # 50 + 43 + 10 = 103
    "从办理时限看，当日办结的1,000件，占比50%；三日内办结的860件，占比43%；七日内办结的200件，占比10%。",
    # 57 + 35 + 12 = 104
    "从文件类型看，区政府文件114件，占比57%；部门文件70件，占比35%；街道文件24件，占比12%。",
]


@pytest.mark.parametrize("text", DIMENSION_PARAGRAPHS_CONSISTENT)
def test_dimension_paragraphs_consistent(text: str) -> None:
    assert not _codes(text, ("N101", "N102")), found(text)


@pytest.mark.parametrize("text", DIMENSION_PARAGRAPH_WRONG)
def test_dimension_paragraph_wrong(text: str) -> None:
    assert _codes(text, ("N101", "N102")), found(text)


# --- 5. a rate of a span of months --------------------------------------------------------

MONTH_SPAN_CONSISTENT = [
    # 240/702 = 34.2%: the 93% is of the cases of July to December, not of the year's
    "2020年全州两级法院新收行政诉讼案件730件，审结702件。7月至12月，全州被诉行政机关负责人出庭应诉240件，出庭应诉率93%。",
    # 21/60 = 35%
    "2022年全旗受理行政诉讼案件64件，审结60件。9月以来，全旗行政机关负责人出庭应诉21件，出庭应诉率100%。",
    # 109/298 = 36.6%
    "2023年全区法院审理行政案件312件，结案298件。10月起，全区行政机关负责人出庭应诉109件，出庭应诉率95%。",
    # 66/171 = 38.6%
    "2024年全县法院新收行政案件188件，审结171件。8月至11月，全县行政机关负责人出庭应诉66件，出庭应诉率98%。",
    # 97/231 = 42.0%
    "2021年全县新收行政诉讼案件256件，审结231件。3月至12月，全县共有97件案件行政机关负责人出庭应诉，出庭应诉率为90%。",
    # 620/1,390 = 44.6%
    "2023年全市法院受理行政案件1,480件，审结1,390件。6月以来，全市行政机关负责人出庭应诉620件，出庭应诉率97%。",
    # 3,050/9,100 = 33.5%
    "2021年全省法院新收一审行政案件9,600件，审结9,100件。5月至年底，全省行政机关负责人出庭应诉3,050件，出庭应诉率88%。",
    # 205/598 = 34.3%
    "2023年全县法院受理行政案件640件，审结598件。7月至12月，全县行政机关负责人出庭应诉205件，出庭应诉率96%。",
]

MONTH_SPAN_ABSENT_WRONG = [
    # 240/702 = 34.2%, not 93%
    "2020年全州两级法院新收行政诉讼案件730件，审结702件。全州被诉行政机关负责人出庭应诉240件，出庭应诉率93%。",
    # 21/60 = 35%, not 100%
    "2022年全旗受理行政诉讼案件64件，审结60件。全旗行政机关负责人出庭应诉21件，出庭应诉率100%。",
    # 109/298 = 36.6%, not 95%
    "2023年全区法院审理行政案件312件，结案298件。全区行政机关负责人出庭应诉109件，出庭应诉率95%。",
    # 66/171 = 38.6%, not 98%
    "2024年全县法院新收行政案件188件，审结171件。全县行政机关负责人出庭应诉66件，出庭应诉率98%。",
    # 97/231 = 42.0%, not 90%
    "2021年全县新收行政诉讼案件256件，审结231件。全县共有97件案件行政机关负责人出庭应诉，出庭应诉率为90%。",
    # 620/1,390 = 44.6%, not 97%
    "2023年全市法院受理行政案件1,480件，审结1,390件。全市行政机关负责人出庭应诉620件，出庭应诉率97%。",
    # 3,050/9,100 = 33.5%, not 88%
    "2021年全省法院新收一审行政案件9,600件，审结9,100件。全省行政机关负责人出庭应诉3,050件，出庭应诉率88%。",
    # 205/598 = 34.3%, not 96%
    "2023年全县法院受理行政案件640件，审结598件。全县行政机关负责人出庭应诉205件，出庭应诉率96%。",
]


@pytest.mark.parametrize("text", MONTH_SPAN_CONSISTENT)
def test_month_span_consistent(text: str) -> None:
    assert not _codes(text, ("N104",)), found(text)


@pytest.mark.parametrize("text", MONTH_SPAN_ABSENT_WRONG)
def test_month_span_absent_wrong(text: str) -> None:
    assert "N104" in _codes(text, ("N104",)), found(text)
