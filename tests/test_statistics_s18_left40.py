"""Session 18 (s18-left40, issue 9): the six failure families of blind set 40.

1. A 由上年的X提高到Y pair before a change is that change's reading: a level stated after
   the change (「…，优秀率达到90%以上」) is another statement, no second reading of the base
   (relations/change.py ``_pairs``; AD39).
2. A clause after a comma that opens with a verb of its own and names the parts' head noun,
   after parts joined by 顿号 (「其中处罚案卷836份、许可案卷217份，评出优秀案卷312份」), picks
   items of any part: no part of its own (relations/partition.py ``_finding_after_list``; AC02).
3. Two whole names of places joined by 和 (石门乡和河口镇: words of their own before a category
   of numbers.toml ``announced.categories``) are two items of the list, not one
   (relations/announced.py ``_and_counts``; AD59).
4. A rate's name shares characters with a figure only through the counted thing the other
   figures name too (案件 of 上年度未结案件 for 案件质量评查优良率): no numerator (relations/
   rates.py ``_shared_beyond`` and the remainder's done part; AC24).
5. A short bracket qualifying a unit (9个区（县）建成…) breaks no clause between a figure and
   the rate after it (relations/rates.py ``_previous_clause``; AC35).
6. A figure whose clause opens with a check and says its items met the conditions (经审查符合
   条件并指派…承办2914件) is drawn from the intake figure right before it: never more (N103,
   relations/flow.py ``_checked_eligible_bounds``; AC23).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

# ---- 1. a 由…到 pair before its change ----
FROM_TO_WRONG = [
    # 94.1 - 86.4 = 7.7, not 8.7
    "全年城建执法案件结案率由上年的86.4%提高到94.1%，提高了8.7个百分点，案卷评查优秀率达到90%以上。",
    # 98.5 - 91.2 = 7.3, not 6.3
    "行政处罚决定按时公示率由上年的91.2%提高到98.5%，提高了6.3个百分点，群众满意率达到95%以上。",
    # 12.6 - 8.9 = 3.7, not 4.7
    "行政复议纠错率从去年的12.6%下降到8.9%，下降了4.7个百分点，调解和解率达到30%以上。",
    # 97.2 - 88.5 = 8.7, not 9.7
    "政务服务事项网上可办率由上年的88.5%提升至97.2%，提升了9.7个百分点，好评率达到99%以上。",
    # 83.0 - 76.4 = 6.6, not 5.6
    "律师参与信访化解率从上年的76.4%上升到83.0%，上升了5.6个百分点，群众满意率达到92%。",
    # 64.3 - 52.1 = 12.2, not 11.2
    "行政机关负责人出庭应诉率由上年的52.1%提高到64.3%，提高了11.2个百分点，出声率达到90%以上。",
    # 100 - 93.4 = 6.6, not 7.6
    "重大行政决策合法性审查率由上年的93.4%提高到100%，提高了7.6个百分点，公众参与率达到85%以上。",
    # 45.8 - 39.9 = 5.9, not 6.9
    "案件调解结案率由上年的39.9%提高到45.8%，提高了6.9个百分点，服判息诉率达到96%以上。",
]


@pytest.mark.parametrize("text", FROM_TO_WRONG)
def test_from_to_pair_is_the_reading(text: str) -> None:
    assert [c for c, _ in _errors(text)] == ["N108"], _any(text)


FROM_TO_FINE = [
    # 94.1 - 86.4 = 7.7
    "全年城建执法案件结案率由上年的86.4%提高到94.1%，提高了7.7个百分点，案卷评查优秀率达到90%以上。",
    # 98.5 - 91.2 = 7.3
    "行政处罚决定按时公示率由上年的91.2%提高到98.5%，提高了7.3个百分点，群众满意率达到95%以上。",
    # 12.6 - 8.9 = 3.7
    "行政复议纠错率从去年的12.6%下降到8.9%，下降了3.7个百分点，调解和解率达到30%以上。",
    # 97.2 - 88.5 = 8.7
    "政务服务事项网上可办率由上年的88.5%提升至97.2%，提升了8.7个百分点，好评率达到99%以上。",
    # 83.0 - 76.4 = 6.6
    "律师参与信访化解率从上年的76.4%上升到83.0%，上升了6.6个百分点，群众满意率达到92%。",
    # 64.3 - 52.1 = 12.2
    "行政机关负责人出庭应诉率由上年的52.1%提高到64.3%，提高了12.2个百分点，出声率达到90%以上。",
    # 76.4 + 6.6 = 83.0: the level reached after the change, no 由…到 pair before it
    "律师参与信访化解率比上年的76.4%上升了6.6个百分点，达到83.0%。",
    # 45.8 - 39.9 = 5.9
    "案件调解结案率由上年的39.9%提高到45.8%，提高了5.9个百分点，服判息诉率达到96%以上。",
]


@pytest.mark.parametrize("text", FROM_TO_FINE)
def test_from_to_pair_fits(text: str) -> None:
    assert not _any(text, codes=("N106", "N108")), _any(text)


# ---- 2. a verb-led finding after a 顿号 list of parts ----
FINDING_FINE = [
    # 836 + 217 = 1053 <= 1260 (a partial list); 312 excellent are of any kind
    "全年评查行政执法案卷1260份，其中行政处罚案卷836份、行政许可案卷217份，评出优秀案卷312份。",
    # 318 + 145 = 463 <= 540; 206 graded
    "共评查案卷540卷，其中道路运输案卷318卷、水路运输案卷145卷，评定优秀案卷206卷。",
    # 112 + 54 = 166 <= 186; 73 found with problems
    "审查行政规范性文件186件，其中区政府文件112件、部门文件54件，查出问题文件73件。",
    # 1380 + 640 = 2020 <= 2450; 215 found
    "全年抽查食品经营主体2450户，其中餐饮服务主体1380户、食品销售主体640户，检出不合格主体215户。",
    # 402 + 251 = 653 <= 700; 88 chosen
    "全年抽取执法案卷700卷，其中城区执法案卷402卷、城郊执法案卷251卷，评选出示范执法案卷88卷。",
    # 96 + 75 = 171 <= 180 (a partial list of kinds); 60 found
    "全年核查政务服务办件180件，其中行政许可办件96件、公共服务办件75件，发现超时办件60件。",
    # 520 + 300 = 820 <= 900; 150 picked
    "共抽查合同文本900份，其中格式合同文本520份、示范合同文本300份，挑出问题合同文本150份。",
    # 210 + 160 = 370 <= 400; 95 graded
    "共评查复议案卷400卷，其中维持类复议案卷210卷、纠错类复议案卷160卷，评定优秀复议案卷95卷。",
]


@pytest.mark.parametrize("text", FINDING_FINE)
def test_finding_after_list_is_no_part(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), _any(text)


FINDING_WRONG = [
    # 836 + 217 + 312 = 1365 > 1260: a third kind after the comma, no verb of its own
    "全年评查行政执法案卷1260份，其中行政处罚案卷836份、行政许可案卷217份，行政强制案卷312份。",
    # 402 + 251 = 653 > 615: the parts alone exceed the whole
    "全年查处违法建设案件615件，其中城区案件402件、城郊案件251件，评出优秀案卷88件。",
    # 194 + 57 + 98 = 349 > 328: outcomes after the comma are one list (驳回 is a decision)
    "办理行政复议案件328件，其中维持194件、撤销57件，驳回申请98件。",
    # 318 + 145 = 463 > 450: the parts exceed before the finding
    "共评查案卷450卷，其中道路运输案卷318卷、水路运输案卷145卷，评定优秀案卷206卷。",
    # 112 + 54 + 30 = 196 > 186: a third kind, no verb
    "审查行政规范性文件186件，其中区政府文件112件、部门文件54件，街道文件30件。",
    # 1380 + 640 + 500 = 2520 > 2450: a third kind, no verb
    "全年抽查食品经营主体2450户，其中餐饮服务主体1380户、食品销售主体640户，食品生产主体500户。",
    # 96 + 75 + 20 = 191 > 180: a third channel
    "全年核查政务服务办件180件，其中线上办件96件、窗口办件75件，自助终端办件20件。",
    # 520 + 300 = 820 > 800
    "共抽查合同文本800份，其中格式合同文本520份、示范合同文本300份，挑出问题合同文本150份。",
]


@pytest.mark.parametrize("text", FINDING_WRONG)
def test_parts_over_whole_still_found(text: str) -> None:
    assert any(c in ("N101", "N102") for c, _ in _errors(text)), _any(text)


# ---- 3. whole place names joined by 和 ----
PLACES_WRONG = [
    # 3 announced; 城关镇, 新桥镇, 石门乡, 河口镇 = 4
    "年内新建3个不动产登记便民服务点，分别设在城关镇、新桥镇、石门乡和河口镇，群众可就近办理。",
    # 4 announced; 5 places
    "新建4个公共法律服务工作站，分别位于东关街道、西湖镇、南岭乡、北山镇和江口镇。",
    # 2 announced; 高新区, 经开区, 保税区 = 3
    "引进2个涉外法律服务机构，分别落户高新区、经开区和保税区。",
    # 2 announced; 城关镇, 青山镇, 河口镇 = 3
    "县公安局设立两个执法办案中心，分别位于城关镇、青山镇和河口镇。",
    # 3 announced; 4 communities
    "培育3个“枫桥式”调解室，分别设在桂园社区、长兴社区、望江社区和金沙社区。",
    # 5 announced; 6 villages
    "建成5个村级法治文化广场，分别建在东湖村、西岭村、南塘村、北港村、白石村和青山村。",
    # 2 announced; 3 towns
    "设立两个巡回审判点，分别设在柳林镇、枫桥镇和白沙乡。",
    # 3 announced; 4 streets
    "新设3个劳动争议调解工作站，分别设在城东街道、城西街道、城南街道和城北街道。",
]


@pytest.mark.parametrize("text", PLACES_WRONG)
def test_more_places_than_announced(text: str) -> None:
    assert [c for c, _ in _any(text, codes=("N203",))] == ["N203"], _any(text)


PLACES_FINE = [
    # 3 and 3
    "新建3个不动产登记便民服务点，分别设在城关镇、新桥镇和河口镇，群众可就近办理。",
    # 4 and 4
    "新建4个公共法律服务工作站，分别位于东关街道、西湖镇、南岭乡和江口镇。",
    # 2 and 2: 区人民法院, 区公安分局交警大队 (大队 is no place category)
    "设立2个律师调解工作室，分别设在区人民法院和区公安分局交警大队。",
    # 3 and 3
    "县公安局设立三个执法办案中心，分别位于城关镇、青山镇和河口镇。",
    # 2 and 2: one item named by two modifiers (法律援助和司法救助 ... 机制)
    "建立2项工作机制，分别为联席会议机制和法律援助和司法救助衔接机制。",
    # 3 and 3
    "引进3个涉外法律服务机构，分别落户高新区、经开区和保税区。",
    # 4 and 4
    "培育4个“枫桥式”调解室，分别设在桂园社区、长兴社区、望江社区和金沙社区。",
    # 2 and 2
    "设立两个巡回审判点，分别设在柳林镇和白沙乡。",
]


@pytest.mark.parametrize("text", PLACES_FINE)
def test_places_as_announced(text: str) -> None:
    assert not _any(text, codes=("N203",)), _any(text)


# ---- 4. a rate's name sharing only the counted thing: no numerator ----
UNSTATED_FINE = [
    # 4312 + 268 = 4580 = 4397 + 183; 优良 cases not stated
    "全年新受理法律援助案件4312件，加上上年度未结案件268件，全年共结案4397件，其余183件转入下年度继续办理；案件质量评查优良率为96.8%。",
    # 842 + 57 = 899 = 860 + 39; 优良 not stated
    "全年新立劳动保障监察案件842件，连同上年未结案件57件，年内结案860件，其余39件转入下年度；案件办结优良率为93.2%。",
    # 1520 + 96 = 1616 = 1483 + 133; 满意 answers not stated
    "全年新收行政复议案件1520件，加上上年未结案件96件，共结案1483件，其余133件结转下年继续办理；案件群众满意率为97.5%。",
    # 610 + 44 = 654 = 620 + 34; 优秀 not stated
    "全年新收行政诉讼案件610件，加上上年度未结案件44件，全年共结案620件，其余34件转入下年度；案件评查优秀率为88%。",
    # 1200 + 80 = 1280 = 1190 + 90; 规范 not stated
    "全年新受理信访案件1200件，加上上年度未结案件80件，全年共结案1190件，其余90件转入下年度；案件办理规范率为95%。",
    # 330 + 21 = 351 = 340 + 11
    "全年新受理仲裁案件330件，加上上年度未结案件21件，全年共结案340件，其余11件转入下年度；案件当事人满意率为91.4%。",
]


@pytest.mark.parametrize("text", UNSTATED_FINE)
def test_rate_of_unstated_numerator_silent(text: str) -> None:
    assert not _any(text, codes=("N104",)), _any(text)


NAMED_WRONG = [
    # 400 / 500 = 80%, not 70%: 调解 is the activity of the part, its whole names it too
    "调解纠纷500件，其中调解结案400件，调解成功率70%。",
    # 400 / 500 = 80%
    "受理纠纷500件，其中调解结案400件，调解成功率70%。",
    # 41 / 46 = 89.1%, not 80.1%
    "发现问题46个，已推动整改41个，其余5个正在推进，整改完成率80.1%。",
    # 117 / 128 = 91.4%, not 93.4%
    "排查隐患128处，已整改117处，其余11处正在限期整改，整改率93.4%。",
    # 600 / 800 = 75%, not 70%
    "受理劳动争议800件，其中调解结案600件，调解结案率70%。",
    # 1190 / 1280 = 93.0%, not 95%
    "全年受理信访案件1280件，全年共办结1190件，办结率为95%。",
    # 265 + 98 = 363 of 380: 100% fits no reading (化解 is what the parts and their whole count)
    "全年化解矛盾纠纷380件。其中由村调委会化解的265件、镇调委会化解的98件，化解成功率100%。",
]


@pytest.mark.parametrize("text", NAMED_WRONG)
def test_rate_of_named_numerator_still_judged(text: str) -> None:
    assert [c for c, _ in _any(text, codes=("N104",))] == ["N104"], _any(text)


# ---- 5. a bracket qualifying a unit breaks no clause ----
BRACKET_WRONG = [
    # 9 / 13 = 69.2%, not 76.9%
    "全市13个区（县）中，已有9个区（县）建成一体化公共法律服务中心，覆盖率为76.9%，其余区（县）计划明年建成。",
    # 8 / 11 = 72.7%, not 81.8%
    "全市11个县（市、区）中，已有8个县（市、区）建成公共法律服务实体平台，覆盖率为81.8%。",
    # 12 / 17 = 70.6%, not 76.5%
    "全区17个镇（街道）中，已有12个镇（街道）建成法律服务站，覆盖率达到76.5%。",
    # 20 / 24 = 83.3%, not 87.5%
    "全县24个村（社区）中，已有20个村（社区）配备法律顾问，覆盖率为87.5%。",
    # 7 / 10 = 70%, not 80%
    "全市10个县（区）中，已有7个县（区）完成清单编制，完成率为80%。",
    # 15 / 18 = 83.3%, not 88.9%
    "全区18个乡（镇）中，已有15个乡（镇）建成综治中心，覆盖率为88.9%。",
]


@pytest.mark.parametrize("text", BRACKET_WRONG)
def test_bracketed_unit_rate_judged(text: str) -> None:
    assert [c for c, _ in _any(text, codes=("N104",))] == ["N104"], _any(text)


BRACKET_FINE = [
    # 10 / 13 = 76.9%
    "全市13个区（县）中，已有10个区（县）建成一体化公共法律服务中心，覆盖率为76.9%，其余区（县）计划明年建成。",
    # 9 / 11 = 81.8%
    "全市11个县（市、区）中，已有9个县（市、区）建成公共法律服务实体平台，覆盖率为81.8%。",
    # 13 / 17 = 76.5%
    "全区17个镇（街道）中，已有13个镇（街道）建成法律服务站，覆盖率达到76.5%。",
    # 21 / 24 = 87.5%
    "全县24个村（社区）中，已有21个村（社区）配备法律顾问，覆盖率为87.5%。",
    # 8 / 10 = 80%
    "全市10个县（区）中，已有8个县（区）完成清单编制，完成率为80%。",
    # 16 / 18 = 88.9%
    "全区18个乡（镇）中，已有16个乡（镇）建成综治中心，覆盖率为88.9%。",
]


@pytest.mark.parametrize("text", BRACKET_FINE)
def test_bracketed_unit_rate_fits(text: str) -> None:
    assert not _any(text, codes=("N104",)), _any(text)


# ---- 6. what passed a check cannot exceed what was taken in ----
CHECKED_WRONG = [
    # 2914 assigned > 2870 accepted
    "全年共受理法律援助申请2870件，经审查符合条件并指派律师、基层法律服务工作者承办2914件，指派率达到100%。",
    # 1412 > 1360
    "全年受理人民调解申请1360件，经审查符合条件并组织调解1412件。",
    # 3208 > 3145
    "全年共受理法律援助申请3145件，经审核符合条件予以指派的3208件，全部指派律师办理。",
    # 530 > 512
    "全年受理司法救助申请512件，经审查符合条件并发放救助金530件。",
    # 96 > 90
    "全年收到行政裁决申请90件，经审查符合受理条件并立案96件。",
    # 248 > 240
    "全年受理公证援助申请240件，经审核符合条件并减免公证费248件。",
]


@pytest.mark.parametrize("text", CHECKED_WRONG)
def test_checked_over_intake(text: str) -> None:
    assert any(c in ("N101", "N103") for c, _ in _errors(text)), _any(text)


CHECKED_FINE = [
    # 2870 = 2870
    "全年共受理法律援助申请2870件，经审查符合条件并指派律师承办2870件，指派率达到100%。",
    # 1300 <= 1360
    "全年受理人民调解申请1360件，经审查符合条件并组织调解1300件。",
    # 3102 <= 3145
    "全年共受理法律援助申请3145件，经审核符合条件予以指派的3102件，全部指派律师办理。",
    # 43 refused <= 3145: 不符合 is no grant
    "全年共受理法律援助申请3145件，经审查不符合条件的43件。",
    # 530 <= 612
    "全年受理司法救助申请612件，经审查符合条件并发放救助金530件。",
    # 248 <= 260
    "全年受理公证援助申请260件，经审核符合条件并减免公证费248件。",
]


@pytest.mark.parametrize("text", CHECKED_FINE)
def test_checked_within_intake(text: str) -> None:
    assert not _any(text, codes=("N101", "N103")), _any(text)
