"""Rates the readings missed (session 16, s16-rates).

1. A share that opens a 其中 clause as its subject — a percentage or a share in words (四成以上,
   四分之三以上), no name of a rate before it — whose part the next clause counts by a word of
   total right before its figure (共计, 合计, 达…): the part over the figure the 其中 follows
   (rates ``_share_opening_part``; a warning, the structure ties the terms).
2. 执行率 (预算执行率, 资金执行率, 计划执行率) names no numerator of its own: the figure of the
   clause right before it (实际拨付, 已支出) is its numerator, as for 完成率 (numbers.toml
   ``rates.generic``).
3. A budget (预算, no 总) and what was actually spent of it (实际 + a verb of spending) in one
   sentence: an actual of ten times the budget or more is a slip of 万/亿 or of a digit
   (magnitude ``_done_above_whole``, N206 warning); a small overrun is no slip.
4. Parts after a total (其中, 共计…) that add up exactly to the total's digits at another power
   of ten: the total's decimal point or 万/亿 slipped (magnitude ``_shifted_total``, N201).
5. A share of a noun's total (占投诉总量的, 占全部诉求的) is not over a figure a check narrowed
   (其中有效投诉1720件: numbers.toml ``rates.checked-wholes``) unless the whole says so too
   (rates ``_checked_subset``).
6. A change whose sentence states no prior is read against the figure of the next sentence
   opening with last year — not when the two name different areas (本区 … 上年全市…): another
   scope's figure (change ``_base_after``, common ``other_area``).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

RATES = ("N104",)

# ---- 1. a share opening a 其中 clause, its part counted in the next clause ---------------------
OPENING_WRONG = [
    # 652/1850 = 35.2% < 四成以上 (40–100%)
    "全年办理异地就医备案1,850人次，其中四成以上为跨省备案，共计652人次，全部即时办结。",
    # 120/186 = 64.5% < 四分之三以上 (75–100%)
    "共办理涉税信访和投诉186件，其中四分之三以上通过电话回访得到解决，回访解决的共计120件。",
    # 652/1850 = 35.2% ≠ 40%
    "全年办理异地就医备案1,850人次，其中40%为跨省备案，共计652人次。",
    # 318/540 = 58.9% ≠ 68.9%
    "全年受理城市管理投诉540件，其中68.9%涉及占道经营，合计318件，均已按期处置。",
    # 七成 (65–75%): 41/97 = 42.3% outside
    "全年审查行政规范性文件97件，其中七成经过公开征求意见程序，共41件。",
    # 205/312 = 65.7% ≠ 56.7%
    "全乡调解各类矛盾纠纷312起，其中56.7%为婚姻家庭纠纷，共计205起，调解成功率100%。",
    # 88/260 = 33.8% < 超过四成 (40–100%)
    "全年开展医疗机构依法执业检查260家次，其中超过四成发现问题，共计88家次，已全部整改。",
    # 1,210/4,030 = 30.0% ≠ 三分之二 (2/3 ± 6.7: 60.0–73.3%)
    "全年组织教师法治培训4,030人次，其中三分之二通过线上平台参训，达1,210人次。",
    # 97/150 = 64.7% < 八成以上 (80–100%)
    "全年办理不动产登记投诉150件，其中八成以上通过电话沟通化解，共为97件。",
]

OPENING_RIGHT = [
    # 652/1850 = 35.2% in 三成以上 (30–100%)
    "全年办理异地就医备案1,850人次，其中三成以上为跨省备案，共计652人次，全部即时办结。",
    # 652/1850 = 35.24 -> 35.2%
    "全年办理异地就医备案1,850人次，其中35.2%为跨省备案，共计652人次。",
    # 140/186 = 75.3% in 四分之三以上
    "共办理涉税信访和投诉186件，其中四分之三以上通过电话回访得到解决，回访解决的共计140件。",
    # 372/540 = 68.89 -> 68.9%
    "全年受理城市管理投诉540件，其中68.9%涉及占道经营，合计372件，均已按期处置。",
    # truncation: 177/312 = 56.73 -> printed 56.7 (and 56.73 truncated to 56.7)
    "全乡调解各类矛盾纠纷312起，其中56.7%为婚姻家庭纠纷，共计177起，调解成功率100%。",
    # the next clause counts another thing (its figure after a verb, not after 共计):
    # 共计办结 1,020 of all the 1,200, not the 九成
    "全年受理行政处罚案件1,200件，其中九成以上适用简易程序，共计办结1,020件。",
    # the next clause's figure is of another unit (万元, not 件): no part
    "全年受理医保投诉1,126件，其中六成涉及门诊报销，共计追回资金56万元。",
    # 2/3 of 27 = 18 exactly
    "全年新建法治教育实践基地27个，其中三分之二建在农村学校，共计18个。",
    # a rate of another base stated by name (占全市的), its figure not the part: 23.6% of the
    # city's total, 318 are the district's own cases; no 其中 opening
    "全年查处违法建设案件318件，占全市同类案件总数的23.6%，共计拆除276件。",
    # a share with no figure after it at all
    "全年审查行政规范性文件97件，其中七成以上经过公开征求意见程序，全部按时备案。",
]


@pytest.mark.parametrize("text", OPENING_WRONG)
def test_a_share_opening_a_part_clause_is_read_against_the_next_count(text: str) -> None:
    found = _any(text, codes=RATES)
    assert [c for c, _ in found] == ["N104"], found
    assert "其后" in found[0][1]


@pytest.mark.parametrize("text", OPENING_RIGHT)
def test_a_share_opening_a_part_clause_that_fits_or_counts_nothing_is_silent(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


# ---- 2. 执行率 read against the figure of the clause before it ---------------------------------
EXECUTION_WRONG = [
    # 2,734.6/2,860 = 95.6%, stated 97.6
    "全年下达耕地保护补偿资金预算2,860万元，实际拨付2,734.6万元，预算执行率97.6%。",
    # 1,468.3/1,520 = 96.6%, stated 98.6
    "全年地质灾害防治项目预算资金1,520万元，实际支出1,468.3万元，执行率98.6%。",
    # 312.5/346 = 90.3%, stated 93.2
    "全年行政执法经费预算346万元，已支出312.5万元，预算执行率93.2%。",
    # 4,452/4,800 = 92.75%, stated 94.3
    "全年下达医保基金监管项目资金4,800万元，实际使用4,452万元，资金执行率94.3%。",
    # 171/180 = 95.0%, stated 96.7
    "年初计划开展城市管理执法检查180次，实际开展171次，计划执行率96.7%。",
    # 118.6/125 = 94.9%, stated 96.9
    "全年法律援助经费预算125万元，实际支出118.6万元，执行率96.9%。",
    # 2.87/3.2 = 89.7%, stated 91.7
    "全年部门预算3.2亿元，年内支出2.87亿元，预算执行率91.7%。",
    # 59.2/64 = 92.5%, stated 94.5
    "全年安排普法专项资金64万元，实际使用59.2万元，执行率94.5%。",
]

EXECUTION_RIGHT = [
    # 2,734.6/2,860 = 95.61 -> 95.6
    "全年下达耕地保护补偿资金预算2,860万元，实际拨付2,734.6万元，预算执行率95.6%。",
    # 1,468.3/1,520 = 96.60 -> 96.6
    "全年地质灾害防治项目预算资金1,520万元，实际支出1,468.3万元，执行率96.6%。",
    # 312.5/346 = 90.32 -> 90.3
    "全年行政执法经费预算346万元，已支出312.5万元，预算执行率90.3%。",
    # 4,452/4,800 = 92.75 -> 92.8 (rounded half up)
    "全年下达医保基金监管项目资金4,800万元，实际使用4,452万元，资金执行率92.8%。",
    # 4,452/4,800 = 92.75 -> 92.7 (truncated)
    "全年下达医保基金监管项目资金4,800万元，实际使用4,452万元，资金执行率92.7%。",
    # 312/320 = 97.5
    "全年作出行政处罚决定320件，执行到位312件，执行率97.5%。",
    # 189/180 = 105.0: a plan's execution may exceed 100%
    "年初计划开展城市管理执法检查180次，实际开展189次，计划执行率105%。",
    # a 执行率 with no figures of its own
    "全年预算执行率达到98.2%，较上年提高1.5个百分点，全年开展执法检查180次。",
]


@pytest.mark.parametrize("text", EXECUTION_WRONG)
def test_an_execution_rate_is_read_against_the_figure_before_it(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)


@pytest.mark.parametrize("text", EXECUTION_RIGHT)
def test_an_execution_rate_that_fits_or_has_no_figures_is_silent(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


# ---- 3. an actual ten times its budget ----------------------------------------------------
BUDGET_WRONG = [
    # 2,734.6亿 / 2,860万 = 9,561×
    "全年下达耕地保护补偿资金预算2,860万元，实际拨付2,734.6亿元。",
    # 860/86 = 10×
    "全年普法经费预算86万元，实际支出860万元，主要用于普法阵地建设。",
    # 4,260/420 = 10.1×
    "全年执法装备购置预算资金420万元，实际支付4,260万元，装备全部配发到位。",
    # 13.8/1.35 = 10.2×
    "法治文化公园建设项目预算经费1.35亿元，实际使用13.8亿元，项目已竣工验收。",
    # 3,520/36 = 97.8×
    "全年法律顾问服务预算为36万元，实际支付3,520万元，聘请律师事务所4家。",
    # 6,120/580 = 10.6×
    "全年困难群众法律援助补贴资金预算580万元，实际发放6,120万元。",
    # 284/28 = 10.1×
    "全年执法人员培训经费预算额28万元，实际投入284万元，培训执法人员1,260人次。",
    # 1.21亿 / 1,200万 = 10.1×
    "全年办案经费预算1,200万元，实际拨付1.21亿元，保障了重大案件办理。",
]

BUDGET_RIGHT = [
    # 2,734.6 < 2,860
    "全年下达耕地保护补偿资金预算2,860万元，实际拨付2,734.6万元。",
    # 91.3/86 = 1.06×: an overrun, no slip
    "全年普法经费预算86万元，实际支出91.3万元，超支部分已按规定报批。",
    # 426/420 = 1.01×
    "全年执法装备购置预算资金420万元，实际支付426万元，装备全部配发到位。",
    # 5亿 is invested by others (撬动), not spent of the budget (no 实际)
    "争取上级预算资金500万元，撬动社会投资5亿元，建成法治文化阵地12处。",
    # 累计 since the start of the project: more than one year's budget
    "全年普法经费预算86万元，项目启动以来累计实际支出1,260万元。",
    # 追加: the budget was added to
    "全年困难群众法律援助补贴资金预算580万元，经两次追加，实际发放6,120万元。",
    # the actual in another sentence: another scope (all departments)
    "全年普法经费预算86万元。全区各部门实际投入普法资金1,020万元。",
    # 1,180 < 1,200
    "全年办案经费预算1,200万元，实际拨付1,180万元，保障了重大案件办理。",
]


@pytest.mark.parametrize("text", BUDGET_WRONG)
def test_an_actual_ten_times_its_budget_is_a_slip(text: str) -> None:
    found = _any(text, codes=("N206",))
    assert [c for c, _ in found] == ["N206"], _any(text)
    assert "预算" in found[0][1]


@pytest.mark.parametrize("text", BUDGET_RIGHT)
def test_an_actual_near_its_budget_or_of_another_scope_is_silent(text: str) -> None:
    assert _any(text, codes=("N206",)) == [], _any(text)


# ---- 4. parts adding up to the total's digits at another power of ten -----------------------
SHIFTED_TOTAL = [
    # 1.98亿 + 0.38亿 = 2.36亿, total 23.6亿
    "镇政府签订各类合同87份，标的额合计23.6亿元，其中工程建设类1.98亿元，服务采购类3800万元。",
    # 210 + 146 = 356万, total 35.6万
    "全年普法经费共计35.6万元，其中区级财政安排210万元、部门自筹146万元。",
    # 96.5 + 31.9 = 128.4万, total 1,284万
    "全年罚没收入合计1,284万元，其中罚款收入96.5万元、没收违法所得31.9万元。",
    # 3.86亿 + 0.86亿 = 4.72亿, total 47.2亿
    "全年为劳动者追讨欠薪共计47.2亿元，其中建筑领域3.86亿元、其他领域8,600万元。",
    # 148.2 + 83.4 = 231.6万, total 2,316万
    "全年法律援助经费合计2,316万元，其中中央补助148.2万元、省级补助83.4万元。",
    # 2,810 + 830 = 3,640件, total 3.64万件
    "全年受理医保咨询投诉共计3.64万件，其中电话渠道2,810件、网络渠道830件。",
    # 5,230万 + 3,220万 = 8,450万 = 0.845亿, total 8.45亿
    "全年落实退税减税合计8.45亿元，其中留抵退税5,230万元、减税降费3,220万元。",
    # 2.95 + 1.73 = 4.68万, total 46.8万
    "全年执法培训经费共计46.8万元，其中线上培训2.95万元、线下培训1.73万元。",
]

SUM_RIGHT = [
    # 1.98亿 + 0.38亿 = 2.36亿
    "镇政府签订各类合同87份，标的额合计2.36亿元，其中工程建设类1.98亿元，服务采购类3800万元。",
    # 210 + 146 = 356
    "全年普法经费共计356万元，其中区级财政安排210万元、部门自筹146万元。",
    # 96.5 + 30.9 = 127.4 ≠ 128.4 (and ≠ 1,284): a partial list
    "全年罚没收入合计1,284万元，其中罚款收入96.5万元、没收违法所得30.9万元。",
    # 2 + 1 = 3 = 30/10, but one significant digit: met by chance
    "全年普法经费共计30万元，其中宣传品制作2万元、场地租用1万元。",
    # 3.86亿 + 0.86亿 = 4.72亿
    "全年为劳动者追讨欠薪共计4.72亿元，其中建筑领域3.86亿元、其他领域8,600万元。",
    # 2.81万 + 0.83万 = 3.64万
    "全年受理医保咨询投诉共计3.64万件，其中电话渠道2.81万件、网络渠道8,300件。",
    # 5.23亿 + 3.22亿 = 8.45亿
    "全年落实退税减税合计8.45亿元，其中留抵退税5.23亿元、减税降费3.22亿元。",
    # 148.2 + 83.4 = 231.6 < 2,361: a partial list meeting no power of ten
    "全年法律援助经费合计2,361万元，其中中央补助148.2万元、省级补助83.4万元。",
]


@pytest.mark.parametrize("text", SHIFTED_TOTAL)
def test_parts_adding_to_the_total_at_another_power_of_ten(text: str) -> None:
    found = _any(text, codes=("N201",))
    assert [c for c, _ in found] == ["N201"], _any(text)
    # (all parts in a smaller magnitude than the total: partition's reading of the group,
    # which cannot say which side slipped)
    assert "疑为总数数量级有误" in found[0][1] or "疑为总数或分项的单位" in found[0][1]


@pytest.mark.parametrize("text", SUM_RIGHT)
def test_parts_that_fit_or_meet_no_power_of_ten_are_silent(text: str) -> None:
    assert _any(text, codes=("N201",)) == [], _any(text)


# ---- 5. the total of a noun is not its checked subset ---------------------------------------
TOTAL_NOT_SUBSET = [
    # 688/2150 = 32.0%; 40% = 688/1720, the 有效 subset
    "全年共接收住房领域投诉2150件，其中有效投诉1720件。物业服务类投诉688件，占投诉总量的40%。",
    # the same in one sentence
    "全年共接收住房领域投诉2150件，其中有效投诉1720件，物业服务类投诉688件，占投诉总量的40%。",
    # 412/1360 = 30.3%; 37.9% = 412/1088 (属实)
    "全年收到举报线索1,360条，其中属实线索1,088条。涉及食品安全的412条，占线索总数的37.9%。",
    # 95/760 = 12.5%; 17.9% = 95/532 (立案)
    "全年共收到行政复议申请760件，其中立案532件。涉及征收拆迁的95件，占申请总量的17.9%。",
    # 231/1180 = 19.6%; 24.5% = 231/944 (有效)
    "全年共接收来信来访诉求1,180件，其中有效诉求944件。反映劳动纠纷的231件，占全部诉求的24.5%。",
    # 57/300 = 19.0%; 25% = 57/228 (合格)
    "全年抽检食品样品300批次，其中合格样品228批次。来自网络销售的57批次，占样品总数的25%。",
    # 126/870 = 14.5%; 18.1% = 126/696 (核实)
    "全年接到价格投诉举报870件，其中核实696件。涉及停车收费的126件，占投诉举报总量的18.1%。",
    # 318/2400 = 13.25%; 16.6% = 318/1920 (有效)
    "全年受理群众诉求2,400件，其中有效诉求1,920件。涉及物业管理的318件，占诉求总数的16.6%。",
]

SUBSET_NAMED_OR_RIGHT = [
    # 688/1720 = 40.0%: the share names the 有效 subset
    "全年共接收住房领域投诉2150件，其中有效投诉1720件。物业服务类投诉688件，占有效投诉的40%。",
    # 688/2150 = 32.0%
    "全年共接收住房领域投诉2150件，其中有效投诉1720件。物业服务类投诉688件，占投诉总量的32%。",
    # 412/1360 = 30.29 -> 30.3
    "全年收到举报线索1,360条，其中属实线索1,088条。涉及食品安全的412条，占线索总数的30.3%。",
    # 231/944 = 24.47 -> 24.5: the whole names 有效 too
    "全年共接收来信来访诉求1,180件，其中有效诉求944件。反映劳动纠纷的231件，占有效诉求总数的24.5%。",
    # 231/1180 = 19.58 -> 19.6
    "全年共接收来信来访诉求1,180件，其中有效诉求944件。反映劳动纠纷的231件，占全部诉求的19.6%。",
    # only the 有效 figure stated: the total is unsaid, no base to read
    "全年共接收有效投诉1720件。物业服务类投诉688件，占投诉总量的40%。",
    # 57/228 = 25.0%: the whole names 合格
    "全年抽检食品样品300批次，其中合格样品228批次。来自网络销售的57批次，占合格样品总数的25%。",
    # 95/760 = 12.5%
    "全年共收到行政复议申请760件，其中立案532件。涉及征收拆迁的95件，占申请总量的12.5%。",
]


@pytest.mark.parametrize("text", TOTAL_NOT_SUBSET)
def test_a_share_of_a_total_is_not_read_over_its_checked_subset(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)


@pytest.mark.parametrize("text", SUBSET_NAMED_OR_RIGHT)
def test_a_share_naming_the_subset_or_fitting_the_total_is_silent(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


# ---- 6. the prior of the next sentence, of another area -------------------------------------
PRIOR_SAME_AREA = [
    # 2,150/1,870 - 1 = 15.0%, stated 9.4
    "本区全年办理门诊慢特病待遇认定2,150件，同比增长9.4%。上年本区认定此类待遇共计1,870件。",
    # 1,320/1,180 - 1 = 11.9%, stated 15.2
    "全区全年受理行政复议案件1,320件，同比增长15.2%。上年同期全区受理行政复议案件1,180件。",
    # 86/74 - 1 = 16.2%, stated 12.4
    "全市全年建成法治文化阵地86个，同比增长12.4%。上年全市建成法治文化阵地74个。",
    # 1,200/1,050 - 1 = 14.3%, stated 20 (no area named)
    "全年受理行政处罚案件1,200件，同比增长20%。上年同期受理行政处罚案件1,050件。",
    # 415/368 - 1 = 12.8%, stated 16.8 (only the current names its area)
    "本镇全年调解矛盾纠纷415起，同比增长16.8%。上年同期调解矛盾纠纷368起。",
    # 968/880 - 1 = 10.0%, stated 12
    "全县全年办理公证968件，同比增长12%。上年同期，全县办理公证880件。",
    # 64/58 - 1 = 10.3%, stated 6.3 (only the prior names its area)
    "全年组织执法人员培训64场，同比增长6.3%。上年全区组织执法人员培训58场。",
    # 212/190 - 1 = 11.6%, stated 9.6
    "本区全年审查行政合同212件，同比增长9.6%。上年同期本区审查行政合同190件。",
]

PRIOR_OTHER_AREA_OR_RIGHT = [
    # the prior is the whole city's (全市), the current the district's (本区)
    "本区全年办理门诊慢特病待遇认定2,150件，同比增长9.4%。上年全市（含三个县）认定此类待遇共计6,870件。",
    # 全区 against 上年同期全市
    "全区全年受理行政复议案件1,320件，同比增长15.2%。上年同期全市受理行政复议案件1,180件。",
    # 全镇 against 全县 (16.9%: 415 ÷ 355 = 1.169, a whole prior; 16.8% has none, a note of
    # s18-realfix8's reading; 415 ÷ 368 = 1.128 would be 12.8%)
    "全镇全年调解矛盾纠纷415起，同比增长16.9%。上年全县调解矛盾纠纷368起。",
    # 全县 against 全市
    "全县全年办理公证968件，同比增长12%。上年同期，全市办理公证880件。",
    # 本区 against 全市
    "本区全年审查行政合同212件，同比增长9.6%。上年全市审查行政合同190件。",
    # 2,150/1,870 - 1 = 14.97 -> 15%
    "本区全年办理门诊慢特病待遇认定2,150件，同比增长15%。上年本区认定此类待遇共计1,870件。",
    # 1,200/1,050 - 1 = 14.29 -> 14.3%
    "全年受理行政处罚案件1,200件，同比增长14.3%。上年同期受理行政处罚案件1,050件。",
    # 545/500 - 1 = 9.0%
    "全区全年办理法律援助案件545件，同比增长9%。上年同期全区办理法律援助案件500件。",
]


@pytest.mark.parametrize("text", PRIOR_SAME_AREA)
def test_a_change_against_the_next_sentence_prior_of_its_area(text: str) -> None:
    assert [c for c, _ in _any(text, codes=("N108",))] == ["N108"], _any(text)


@pytest.mark.parametrize("text", PRIOR_OTHER_AREA_OR_RIGHT)
def test_a_prior_of_another_area_or_a_right_change_is_silent(text: str) -> None:
    assert _any(text, codes=("N108",)) == [], _any(text)
