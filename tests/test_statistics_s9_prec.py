"""Precision, session 9: consistent paragraphs in shapes that are easy to misread, and
contradictions of the same shapes.

The main shape: a scope (在…中 / …中，) followed by clauses with different verbs or objects
(已建成X, 配备Y, 开展Z) lists attributes of the set, which may overlap — each is at most the
whole, but their sum may exceed it. A split needs parts that exclude each other (the same
verb or noun with different qualifiers, 其余, 未…, an exhaustive pair).

Every sentence is written for these tests (none comes from a blind set); each verdict is
derived by hand in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import judged

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _errors(text: str) -> list[tuple[str, str]]:
    return [
        (r.code, r.message)
        for r in contradictions(analyze_text(text))
        if r.severity is None or r.severity is Severity.ERROR
    ]


def _all(text: str) -> list[tuple[str, str]]:
    return [(r.code, r.message) for r in contradictions(analyze_text(text))]


# --- 1. attribute lists after a scope: each part at most the whole -------------------------

ATTRIBUTES_CONSISTENT = [
    # 21 communities; 18 have a mediation room, 21 have a legal adviser: each ≤ 21
    "在全街道21个社区中，已设立人民调解室18个，聘请社区法律顾问21个，实现法律服务全覆盖。",
    # 36 schools; 30 with a vice-principal for rule of law, 36 with a legal course: ≤ 36
    "全区36所中小学校中，配备法治副校长30所，开设法治教育课程36所。",
    # 12 departments; 9 published lists, 11 held trainings, 12 set up review: ≤ 12
    "在12个执法部门中，已公布权责清单9个，组织执法培训11个，建立法制审核机构12个。",
    # 45 enterprises; 40 signed commitments, 38 received visits: ≤ 45
    "在全县45家重点企业中，签订守法承诺书40家，接受普法走访38家。",
    # 8 towns: 8 built centres, 7 held lectures, 6 opened hotlines
    "全市8个乡镇中，建成公共法律服务工作站8个，举办法治讲座7个，开通法律咨询热线6个。",
    # 150 grid members: 120 trained, 96 certified — certification needs no split
    "在150名网格员中，参加法律知识培训120名，取得调解员资格96名。",
    # 27 villages: 25 with a 法律明白人 team, 20 with a 法治宣传栏 (verbs 培育 / 设置)
    "在27个行政村中，培育法律明白人队伍25个，设置法治宣传栏20个。",
    # scope with 的 whole named before: 64 units; 60 filed reports, 55 posted online
    "全区共有64个行政执法单位。在这些单位中，按时报送执法数据60个，在网上公示执法信息55个。",
    # 19 villages (the known false error): 17 squares, 19 advisers
    "在全镇19个村中，已建成法治文化广场17个，配备村法律顾问19个，实现全覆盖。",
    # 300 mediators: 280 took part in training, 150 handled disputes
    "全县300名人民调解员中，参加业务培训280名，年内办理调解案件的150名。",
    # 14 streets: 14 published, 13 built, 10 passed — 3 different verbs
    "在14个街道中，公开权力运行流程14个，建成综合执法平台13个，通过法治建设示范验收10个。",
    # 52 hospitals: 50 appointed legal staff, 47 set up complaint offices
    "全市52家公立医院中，明确法务人员50家，设立投诉受理办公室47家，开展合规培训44家。",
]

ATTRIBUTES_WRONG = [
    # a part above the whole: 20 advisers of 19 villages (each village has at most one
    # counted) — the attribute may not exceed the set
    "在全镇19个村中，已建成法治文化广场17个，配备村法律顾问20个，实现全覆盖。",
    # 38 of 36 schools
    "在全区36所中小学校中，配备法治副校长30所，开设法治教育课程38所。",
    # exclusive: 已 / 未 of one verb: 9 + 5 = 14 > 12
    "在12个执法部门中，已公布权责清单9个，未公布权责清单5个。",
    # exclusive: 其余 completes the whole: 40 + 8 = 48 > 45
    "在全县45家重点企业中，签订守法承诺书40家，其余8家正在签订中。",
    # exclusive: one noun with different qualifiers (男/女): 80 + 75 = 155 > 150
    "在150名网格员中，男性80名，女性75名。",
]


@pytest.mark.parametrize("text", ATTRIBUTES_CONSISTENT)
def test_attribute_list_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", ATTRIBUTES_WRONG)
def test_attribute_list_wrong(text: str) -> None:
    assert _all(text) != []


# --- 2. several counts of one set by different verbs -----------------------------------

VERBS_CONSISTENT = [
    # 86 applications received; 80 accepted, 78 concluded, 60 mediated: stages of one flow
    "区司法局全年收到行政复议申请86件，受理80件，审结78件，其中调解和解60件。",
    # 240 complaints: 230 answered, 225 satisfied — a later stage is within the earlier one
    "全年接到群众投诉240件，按时回复230件，群众满意225件。",
    # 1,200 inspections; 310 found problems, 305 rectified: rectified within found
    "全年开展执法检查1,200次，发现问题310个，督促整改305个。",
    # 75 lawsuits: 75 heads appeared? no — 应诉75件，出庭68件: appearance within the suits
    "全年应诉行政诉讼案件75件，行政机关负责人出庭应诉68件，胜诉61件。",
    # 600 hotline calls: 590 handled, 560 called back, 540 satisfied
    "法律援助热线全年接听来电600个，办理590个，回访560个，满意540个。",
    # 46 normative documents: 46 reviewed, 44 registered, 3 amended: review steps overlap
    "全年制发行政规范性文件46件，全部经过合法性审核，报送备案44件，修改完善3件。",
    # 92 major decisions: 92 reviewed, 85 with experts consulted, 70 with public comment
    "全年作出重大行政决策92项，经合法性审查92项，开展专家论证85项，公开征求意见70项。",
    # 410 staff: 410 took the exam, 402 passed
    "全区410名执法人员参加年度法律知识考试，合格402名。",
]

VERBS_WRONG = [
    # passed above the takers: 415 > 410
    "全区410名执法人员参加年度法律知识考试，其中合格415名。",
    # 其中 split by outcome: 52 + 30 = 82 > 78
    "区司法局全年审结行政复议案件78件，其中维持52件，撤销30件。",
    # 分别: 300 + 320 = 620 > 600
    "法律援助热线全年接听来电600个，分别为咨询类300个、求助类320个。",
]


@pytest.mark.parametrize("text", VERBS_CONSISTENT)
def test_counts_by_different_verbs_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", VERBS_WRONG)
def test_counts_by_different_verbs_wrong(text: str) -> None:
    assert _all(text) != []


# --- 3. rates of different bases in one sentence ----------------------------------------

RATES_CONSISTENT = [
    # 120 suits, 110 appeared: 91.7%; 80 concluded, lost 4: 5% of the concluded
    "全年应诉案件120件，负责人出庭110件，出庭率91.7%；审结80件，败诉4件，败诉率5%。",
    # 88% of villages, 95% of communities: different bases, no sum
    "村（社区）法律顾问覆盖率达100%，其中行政村覆盖率88%的目标提前完成，社区覆盖率95%。",
    # 500 cases: 450 concluded (90%); of the concluded 405 on time (90%)
    "全年受理案件500件，办结450件，办结率90%，其中按期办结405件，按期办结率90%。",
    # 200 reviewed, 190 legal; 30 rejected of 220 applications: two bases
    "全年审核规范性文件200件，审核通过率95%；收到复议申请220件，不予受理30件，不予受理率13.6%。",
    # two rates over 100 in total but of different things
    "行政复议纠错率12.5%，行政诉讼败诉率3.2%，行政机关负责人出庭应诉率100%。",
    # rate and share: 65% online, 80% satisfied
    "全年办理政务服务事项3.2万件，网上办理率65%，群众满意率80%，按时办结率99%。",
    # 40 adviser posts: 36 filled (90%), 30 visited monthly (75% of 40)
    "全区设立法律顾问岗位40个，已到岗36个，到岗率90%，每月驻点服务30个，驻点率75%。",
]

RATES_WRONG = [
    # 110 / 120 = 91.7%, not 95.7%
    "全年应诉案件120件，负责人出庭110件，出庭率95.7%；审结80件，败诉4件，败诉率5%。",
    # 36 / 40 = 90%, not 80%
    "全区设立法律顾问岗位40个，已到岗36个，到岗率80%。",
    # 450 / 500 = 90%, not 95%
    "全年受理案件500件，办结450件，办结率95%。",
]


@pytest.mark.parametrize("text", RATES_CONSISTENT)
def test_rates_of_different_bases_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", RATES_WRONG)
def test_rates_of_different_bases_wrong(text: str) -> None:
    assert _all(text) != []


# --- 4. outcome lists after a concluded figure ------------------------------------------

OUTCOMES_CONSISTENT = [
    # 64 concluded: 40 upheld, 12 revoked, 8 confirmed illegal, 4 others = 64
    "全年审结行政复议案件64件，其中维持40件，撤销12件，确认违法8件，以其他方式结案4件。",
    # outcomes, then a count of the upheld by kind (nested): 40 + 24 = 64; 15 of the 40
    "全年审结行政复议案件64件，其中维持40件，纠错24件；维持案件中涉及行政处罚的15件。",
    # outcome list beside a list of areas (different dimensions)
    "全年审结行政复议案件64件，其中维持40件、纠错24件，涉及公安30件、市场监管20件、自然资源14件。",
    # outcomes with 调解 inside the concluded: 58 concluded, 20 by mediation, 38 by decision
    "全年办结劳动人事争议案件58件，调解结案20件，裁决结案38件，调解成功率34.5%。",
    # outcomes plus a figure of another stage after: 64 = 40 + 24; 5 still open
    "全年审结行政复议案件64件，其中维持40件、纠错24件，另有5件尚在审理中。",
    # results of the concluded and a separate count of suits after review (not a part)
    "全年审结复议案件64件，维持40件，纠错24件。复议后提起行政诉讼的11件。",
    # 130 concluded: 100 disclosed, 20 partly disclosed, 10 not disclosed = 130
    "全年办结政府信息公开申请130件，其中予以公开100件，部分公开20件，不予公开10件。",
]

OUTCOMES_WRONG = [
    # 40 + 12 + 8 + 6 = 66 > 64
    "全年审结行政复议案件64件，其中维持40件，撤销12件，确认违法8件，以其他方式结案6件。",
    # 100 + 20 + 15 = 135 ≠ 130
    "全年办结政府信息公开申请130件，其中予以公开100件，部分公开20件，不予公开15件。",
    # 20 + 42 = 62 > 58
    "全年办结劳动人事争议案件58件，其中调解结案20件，裁决结案42件。",
]


@pytest.mark.parametrize("text", OUTCOMES_CONSISTENT)
def test_outcome_lists_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", OUTCOMES_WRONG)
def test_outcome_lists_wrong(text: str) -> None:
    assert _all(text) != []


# --- 5. nested 其中 ------------------------------------------------------------------------

NESTED_CONSISTENT = [
    # 300 = 180 + 120; of the 180, 90 + 60 (30 unnamed)
    "全年查处违法案件300件，其中一般程序180件，简易程序120件；一般程序案件中，罚款90件，没收违法所得60件。",
    # 56 trainings, 30 online (其中 of them 12 live): 12 within 30
    "全年组织法治培训56场，其中线上培训30场（其中直播12场），线下培训26场。",
    # 500 = 320 + 180; of the 320, 200 enterprises
    "全年办理行政许可500件，其中即办件320件，承诺件180件，即办件中涉企事项200件。",
    # 90 suits: 60 first instance, 30 second; of the first instance, 10 lost
    "全年办理行政诉讼案件90件，其中一审60件，其中败诉10件；二审30件。",
    # nested 其中 inside parentheses: 48 = 30 + 18; 30 contains 12
    "全年受理法律援助案件48件，其中民事案件30件（其中农民工讨薪12件）、刑事案件18件。",
    # 75 = 40 + 35; 40 of which 40 resolved
    "全年排查矛盾纠纷75起，其中邻里纠纷40起，全部化解，婚姻家庭纠纷35起。",
]

NESTED_WRONG = [
    # 180 + 130 = 310 > 300
    "全年查处违法案件300件，其中一般程序180件，简易程序130件。",
    # inner: 35 + 30 = 65 > 56 (线上/线下 exhaustive)
    "全年组织法治培训56场，其中线上培训35场，线下培训30场。",
    # 320 + 190 = 510 > 500
    "全年办理行政许可500件，其中即办件320件，承诺件190件。",
]


@pytest.mark.parametrize("text", NESTED_CONSISTENT)
def test_nested_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", NESTED_WRONG)
def test_nested_wrong(text: str) -> None:
    assert _all(text) != []


# --- 6. figures of two years in one sentence; 累计 vs 全年 --------------------------------

YEARS_CONSISTENT = [
    # this year 68, last year 60 (+13.3%): (68 - 60) / 60 = 13.3%
    "全年受理行政复议申请68件，较上年的60件增长13.3%。",
    # 2023: 120 trainings, 2022: 95 — no split
    "2023年组织执法人员培训120场次，2022年为95场次。",
    # cumulative 1,500 since 2019, this year 400: the year within the cumulative
    "自2019年以来累计培育法律明白人1,500名，其中今年新培育400名。",
    # cumulative 86 squares, 12 this year
    "全县累计建成法治文化广场86个，本年度新建12个。",
    # 累计 and 全年 side by side: 全年 240, 累计 1,020
    "全年开展送法下乡活动240场，累计开展1,020场。",
    # a rate against last year's figure: 54 vs 45 = +20%
    "本年度办理法律援助案件54件，上年同期45件，同比增长20%。",
    # two years, one split each: 2023 = 30 + 20 = 50; 2022 = 25 + 15 = 40
    "2023年审结复议案件50件（维持30件、纠错20件），2022年审结40件（维持25件、纠错15件）。",
    # this year's total smaller than the cumulative parts
    "今年新增公共法律服务工作站9个，截至年底累计建成工作站102个，其中村级工作站88个。",
]

YEARS_WRONG = [
    # (68 - 60) / 60 = 13.3%, not 23.3%
    "全年受理行政复议申请68件，较上年的60件增长23.3%。",
    # (54 - 45) / 45 = 20%, not 25%
    "本年度办理法律援助案件54件，上年同期45件，同比增长25%。",
    # cumulative 102, of which village 110 > 102
    "截至年底累计建成工作站102个，其中村级工作站110个。",
]


@pytest.mark.parametrize("text", YEARS_CONSISTENT)
def test_years_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", YEARS_WRONG)
def test_years_wrong(text: str) -> None:
    assert _all(text) != []


# --- 7. scopes opened by 其中 with attributes of the set -----------------------------------

SCOPE_MORE_CONSISTENT = [
    # 其中-scope: 46 units, 40 with advisers, 35 trained
    "全区共有46个镇（街道）和部门，其中聘请法律顾问的40个，组织法治培训的35个。",
    # …中，: 180 enterprises inspected; 150 with a compliance officer, 120 with records
    "在抽查的180家企业中，设有合规专员150家，建立台账120家，存在问题的32家。",
    # people: 60 new staff; 60 sworn in, 58 certified, 20 with law degrees
    "在新招录的60名执法人员中，60名已参加宪法宣誓，58名取得执法证件，20名具有法学学历。",
    # 400 villages: 396 with rules, 380 revised rules — revision among those having rules
    "在全市400个村（社区）中，制定村规民约396个，修订完善村规民约380个。",
    # 25 departments: 25 published, 24 updated, 25 linked
    "在25个市直部门中，公布行政执法事项清单25个，年内动态调整24个，接入执法监督平台25个。",
    # 33 courts? — 33 hearings: 30 livestreamed, 28 with lay assessors
    "在开展的33场庭审旁听活动中，网络直播30场，组织人大代表参加28场。",
    # 9 towns: 9 have mediation committees, 8 have labour dispute mediation, 7 traffic
    "全县9个乡镇中，成立人民调解委员会9个，建立劳动争议调解组织8个，设立交通事故调解室7个。",
    # 1,000 households surveyed: 930 knew, 890 satisfied
    "在随机走访的1,000户居民中，知晓普法活动的930户，对法治建设表示满意的890户。",
    # 其中 of bodies with 的-clauses of different actions: 520 staff, 500 / 460 / 75
    "全局现有在编干部职工520名，其中参加年度学法考试的500名，取得执法证件的460名，具有法律职业资格的75名。",
    # 其中 of bodies, 的-clauses: 88 firms, 80 signed, 66 trained
    "全县规模以上企业88家，其中签订安全生产承诺书的80家，参加合规培训的66家。",
]

SCOPE_MORE_WRONG = [
    # figures first, one above the whole: 21 > 19
    "全县19个村均建立了村民议事会，其中17个村建成法治文化广场，21个村配备法律顾问。",
    # figures first, a word and its negation exclude each other: 70 + 60 = 130 > 120
    "全区120名网格员全部参加培训，其中70名通过考核，60名未通过考核。",
    # figures first, one lead (来自) with different qualifiers: 70 + 60 = 130 > 120
    "全区共有网格员120名，其中70名来自乡镇，60名来自街道。",
    # a 其中 attribute above its whole: 48 of 46
    "全区共有46个镇（街道）和部门，其中聘请法律顾问的48个，组织法治培训的35个。",
    # 已/未 of one verb after 其中 exclude each other: 40 + 8 = 48 > 46
    "全区共有46个镇（街道）和部门，其中已公布权责清单的40个，未公布权责清单的8个。",
    # 185 of 180 enterprises
    "在抽查的180家企业中，设有合规专员185家，建立台账120家。",
    # sworn 62 of 60
    "在新招录的60名执法人员中，62名已参加宪法宣誓，58名取得执法证件。",
    # 男 / 女 exhaustive: 33 + 30 = 63 > 60
    "在新招录的60名执法人员中，男性33名，女性30名。",
]


@pytest.mark.parametrize("text", SCOPE_MORE_CONSISTENT)
def test_scope_more_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", SCOPE_MORE_WRONG)
def test_scope_more_wrong(text: str) -> None:
    assert _all(text) != []


# --- 8. bare 每月 before a count of bodies; tables with subtotal rows --------------------

MORE_CONSISTENT = [
    # 其中 with figures opening their clauses, different actions: 17 ≤ 19, 19 ≤ 19
    "全县19个村均建立了村民议事会，其中17个村建成法治文化广场，19个村配备法律顾问。",
    # passed 100 ≤ 120, certified 85 ≤ 120 (certified may be among the passed)
    "全区120名网格员全部参加培训，其中100名通过考核，85名获得证书。",
    # a scope with figures first: 410 ≤ 410, 402 ≤ 410
    "在参加考试的410名执法人员中，410名按时参考，402名成绩合格。",
    # 中有 names a part, not a stock: 17 ≤ 19, 19 ≤ 19
    "全镇19个村中有17个建成了法治文化广场，19个配备了法律顾问。",
    # 60 mediation rooms; 55 of them check disputes each month (≤ 60)
    "全县共有村级调解室60个，每月开展纠纷排查55个。",
    # 每周 of bodies: 25 stations, 20 open each week
    "全区建成公共法律服务工作站25个，每周开放接待20个。",
    # the 合计 sums the data rows, not the 小计: 64 + 75 + 48 = 187
    "类别\t件数\n行政复议\t64\n行政诉讼\t75\n小计\t139\n法律援助\t48\n合计\t187",
    # two year columns, each adds up: 12 + 30 = 42, 15 + 28 = 43
    "单位\t上年\t本年\n司法局\t12\t15\n公安局\t30\t28\n合计\t42\t43",
    # subtotals of two groups and a total of the subtotals: 10 + 6 = 16, 9 + 5 = 14, 30
    "项目\t场次\n线上讲座\t10\n线下讲座\t6\n小计\t16\n线上培训\t9\n线下培训\t5\n小计\t14\n合计\t30",
]

MORE_WRONG = [
    # figures first, one above the whole: 21 > 19
    "全县19个村均建立了村民议事会，其中17个村建成法治文化广场，21个村配备法律顾问。",
    # figures first, a word and its negation exclude each other: 70 + 60 = 130 > 120
    "全区120名网格员全部参加培训，其中70名通过考核，60名未通过考核。",
    # figures first, one lead (来自) with different qualifiers: 70 + 60 = 130 > 120
    "全区共有网格员120名，其中70名来自乡镇，60名来自街道。",
    # 64 + 75 + 48 = 187, not 197
    "类别\t件数\n行政复议\t64\n行政诉讼\t75\n小计\t139\n法律援助\t48\n合计\t197",
    # 15 + 28 = 43, not 45
    "单位\t上年\t本年\n司法局\t12\t15\n公安局\t30\t28\n合计\t42\t45",
    # a monthly average of cases: 1,200 / 12 = 100, not 10 (an average, not bodies)
    "全年共办理法律援助案件1,200件，平均每月办理10件。",
]


@pytest.mark.parametrize("text", MORE_CONSISTENT)
def test_more_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", MORE_WRONG)
def test_more_wrong(text: str) -> None:
    assert _all(text) != []


def test_attribute_above_whole_is_an_error() -> None:
    """An attribute list still gets a part above its whole, at error, named alone."""
    text = ATTRIBUTES_WRONG[0]
    assert _errors(text) == [("N101", "分项20个大于总数19个（在全镇）")]


# --- 9. more shapes: a scope of outcomes, columns of two measures, a cumulative whole ----

PROBES_CONSISTENT = [
    # outcomes of the concluded after a scope: 290 + 8 + 2 = 300
    "在已办结的300件投诉中，群众满意290件，基本满意8件，不满意2件。",
    # different actions on the same complaints: 290 ≤ 300, 300 ≤ 300
    "在已办结的300件投诉中，群众满意290件，电话回访300件。",
    # two measures split alike: 620 + 900 = 1,520 cases; 780 + 70 = 850万元
    "全年立案查处各类违法案件1,520件，罚没款850万元，其中一般程序案件620件，罚没款780万元；"
    "简易程序案件900件，罚没款70万元。",
    # a cumulative whole split: 120 + 150 + 50 = 320; the year's 45 within it
    "年内新建法治文化阵地45个，累计达到320个，其中法治广场120个，法治长廊150个，法治书屋50个。",
    # a scope with a rate between the attributes: 61 / 62 = 98.4%, 60 ≤ 62
    "在全区62家执法单位中，61家单位按时公开年度执法数据，公开率98.4%，60家单位完成执法案卷评查。",
    # a nested chain of firms: 420 of 2,800 found, 410 of 420 rectified (97.6%)
    "全年开展执法检查3,600次，检查企业2,800家，其中发现问题企业420家，已整改410家，整改率97.6%。",
    # outcomes and an open rest: 70 + 10 + 5 + 10 = 95 concluded, 95 + 5 = 100
    "受理行政复议案件100件，审结95件，其中维持70件，撤销10件，确认违法5件，驳回10件，另有5件正在审理。",
    # attributes of 1,200 firms by different verbs: each ≤ 1,200
    "全市1,200家企业中，获评守法诚信企业300家，列入重点监管企业80家，签订合规承诺1,150家。",
]


@pytest.mark.parametrize("text", PROBES_CONSISTENT)
def test_probes_consistent(text: str) -> None:
    assert _errors(text) == []


# --- 10. 其中 lists of attributes of bodies -------------------------------------------------

QIZHONG_ATTRIBUTES_CONSISTENT = [
    # 30 offices: 28 with rules published, 25 with hotlines — each ≤ 30
    "全县共有基层司法所30个，其中公开办事指南的28个，开通咨询热线的25个。",
    # 75 law firms: 70 pro bono, 60 with party branches
    "全市共有律师事务所75家，其中参与公益法律服务的70家，建立党支部的60家。",
    # 260 mediators, figures first: 250 trained, 200 certified, 180 handled cases
    "全区共有人民调解员260名，其中250名参加岗前培训，200名取得资格证书，180名年内办理过案件。",
    # 96 households visited: 90 received leaflets, 85 filled forms
    "走访困难群众96户，其中领取普法资料的90户，填写法律需求登记表的85户。",
    # 40 teachers: 40 attended, 38 passed
    "全镇40名法治辅导员，其中40名参加集中轮训，38名通过考核。",
    # 12 centres: 12 opened windows, 11 joined the platform, 9 ran night service
    "全区建成公共法律服务中心12个，其中设立综合窗口的12个，接入热线平台的11个，提供夜间服务的9个。",
    # 500 volunteers: 480 registered online, 300 served over 20 hours
    "全县招募法治志愿者500名，其中480名完成网上注册，300名年内服务超过20小时。",
    # 68 enterprises: 60 built compliance, 52 hired counsel
    "全区重点企业68家，其中建立合规管理体系的60家，聘请常年法律顾问的52家。",
]

QIZHONG_ATTRIBUTES_WRONG = [
    # an attribute above its whole: 31 > 30
    "全县共有基层司法所30个，其中公开办事指南的31个，开通咨询热线的25个。",
    # figures first, above the whole: 265 > 260
    "全区共有人民调解员260名，其中265名参加岗前培训，200名取得资格证书。",
    # exclusive by negation: 70 + 10 = 80 > 75
    "全市共有律师事务所75家，其中参与公益法律服务的70家，未参与公益法律服务的10家。",
    # exclusive by a rest: 60 + 12 = 72 > 68
    "全区重点企业68家，其中建立合规管理体系的60家，其余12家正在建立。",
    # exclusive by one head with different qualifiers: 300 + 220 = 520 > 500
    "全县招募法治志愿者500名，其中专业志愿者300名，普通志愿者220名。",
    # exclusive by a named pair (男/女): 25 + 20 = 45 > 40
    "全镇40名法治辅导员，其中男性25名，女性20名。",
    # the same verb for both (一个动作，不同对象): 50 + 50 = 100 > 96
    "走访困难群众96户，其中走访低保户的50户，走访残疾人家庭的50户。",
    # above the whole in a three-item list: 13 > 12
    "全区建成公共法律服务中心12个，其中设立综合窗口的12个，接入热线平台的13个，提供夜间服务的9个。",
]


@pytest.mark.parametrize("text", QIZHONG_ATTRIBUTES_CONSISTENT)
def test_qizhong_attributes_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", QIZHONG_ATTRIBUTES_WRONG)
def test_qizhong_attributes_wrong(text: str) -> None:
    assert _all(text) != []


# --- 11. where a 其中 list ends: a scope clause, a figure closing a scope, topics -------------

LIST_END_CONSISTENT = [
    # 180 = 100 + 80; 一般程序案件中 breaks down the 100
    "全年查处案件180件，其中一般程序100件，简易程序80件，一般程序案件中移送司法机关12件。",
    # a figure closing a scope after a semicolon: 40 = 25 + 15; of the 30 heard, 28 upheld
    "全年审结复议案件40件，其中维持25件，纠错15件；在经听证审理的30件中，维持28件。",
    # topics after outcomes: 90 = 60 + 30; topics 50 + 45 + 20 another dimension
    "全年审结行政复议案件90件，其中维持60件、纠错30件，涉及公安50件、自然资源45件、市场监管20件。",
    # 200 = 120 + 80; 线上办理中 a part of 120
    "全年办理公证事项200件，其中线上办理120件，线下办理80件，线上办理中涉外公证90件。",
    # a figure closing a scope with a colon: 56 = 30 + 26; of 50 reviewed, 48 legal
    "全年制定规范性文件56件，其中政府文件30件，部门文件26件；在报送审查的50件中：合法48件。",
    # topics after kinds: 150 = 90 + 60; 反映 topics 80 + 85 count again
    "全年受理信访事项150件，其中来信90件、来访60件，反映征地拆迁问题80件、劳动保障问题85件。",
    # a still-open state is no scope: 300 = 290 + 10 (尚在办理中的 is a part)
    "全年受理投诉300件，其中已办结290件，尚在办理中的10件。",
    # 24 = 14 + 10, a scope closing after the list with its own rate
    "全年组织旁听庭审24场，其中线上14场，线下10场；在线下组织的10场中，领导干部参加8场。",
]

LIST_END_WRONG = [
    # the list before the scope still adds up wrong: 110 + 80 = 190 > 180
    "全年查处案件180件，其中一般程序110件，简易程序80件，一般程序案件中移送司法机关12件。",
    # before the semicolon: 25 + 20 = 45 > 40
    "全年审结复议案件40件，其中维持25件，纠错20件；在经听证审理的30件中，维持28件。",
    # the scope's own part above it: 32 > 30
    "全年审结复议案件40件，其中维持25件，纠错15件；在经听证审理的30件中，维持32件。",
    # before the topics: 60 + 35 = 95 > 90
    "全年审结行政复议案件90件，其中维持60件、纠错35件，涉及公安50件、自然资源45件。",
    # 130 + 80 = 210 > 200
    "全年办理公证事项200件，其中线上办理130件，线下办理80件，线上办理中涉外公证90件。",
    # a still-open part still counts: 295 + 10 = 305 > 300
    "全年受理投诉300件，其中已办结295件，尚在办理中的10件。",
    # kinds before topics: 95 + 60 = 155 > 150
    "全年受理信访事项150件，其中来信95件、来访60件，反映征地拆迁问题80件。",
    # 14 + 12 = 26 > 24
    "全年组织旁听庭审24场，其中线上14场，线下12场；在线下组织的12场中，领导干部参加8场。",
]


@pytest.mark.parametrize("text", LIST_END_CONSISTENT)
def test_list_end_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", LIST_END_WRONG)
def test_list_end_wrong(text: str) -> None:
    assert _all(text) != []


# --- 12. outcomes after a figure concluded inside a scope -----------------------------------

SCOPE_OUTCOMES_CONSISTENT = [
    # 20 accepted; 18 concluded ≤ 20; 12 + 6 = 18
    "全年受理行政复议申请20件；受理的案件中已审结18件，维持12件、撤销6件。",
    # 55 accepted; 50 concluded; 30 + 15 + 5 = 50
    "依法受理行政裁决申请55件，受理的申请中已办结50件，支持30件、部分支持15件、驳回5件。",
    # outcomes below the concluded (some unnamed): 9 + 3 = 12 ≤ 15 ≤ 16
    "全年受理复议案件16件，受理的案件中已审结15件，维持9件、确认违法3件。",
    # 分别 for the outcomes: 26 + 4 = 30 ≤ 32
    "全年受理劳动仲裁案件32件，受理的案件中已结案30件，调解26件、裁决4件。",
    # two concluded figures? no: one concluded then outcomes 7 + 2 + 1 = 10 ≤ 10 ≤ 11
    "全年受理行政复议申请11件，受理的申请中已审结10件，维持7件、撤销2件、终止1件。",
    # a nested scope before: 70 accepted; 66 concluded; 40 + 26 = 66
    "全年受理政府信息公开申请70件，受理的申请中已答复66件，予以公开40件、不予公开26件。",
    # a case unit other than 件: 30起 accepted, 28起 concluded, 20 + 8 = 28
    "全年受理治安调解案件30起，受理的案件中已办结28起，调解成功20起、调解不成8起。",
    # the scope names the concluded (审结的…中): outcomes break down 24, 16 + 8 = 24
    "全年审结复议案件24件，审结的案件中维持16件、纠错8件。",
]

SCOPE_OUTCOMES_WRONG = [
    # outcomes above the concluded: 12 + 8 = 20 > 18
    "全年受理行政复议申请20件；受理的案件中已审结18件，维持12件、撤销8件。",
    # concluded above accepted: 22 > 20
    "全年受理行政复议申请20件；受理的案件中已审结22件，维持12件、撤销6件。",
    # 30 + 15 + 10 = 55 > 50
    "依法受理行政裁决申请55件，受理的申请中已办结50件，支持30件、部分支持15件、驳回10件。",
    # 10 + 6 = 16 > 15
    "全年受理复议案件16件，受理的案件中已审结15件，维持10件、确认违法6件。",
    # 26 + 6 = 32 > 30
    "全年受理劳动仲裁案件32件，受理的案件中已结案30件，调解26件、裁决6件。",
    # 40 + 30 = 70 > 66
    "全年受理政府信息公开申请70件，受理的申请中已答复66件，予以公开40件、不予公开30件。",
    # 20 + 10 = 30 > 28
    "全年受理治安调解案件30起，受理的案件中已办结28起，调解成功20起、调解不成10起。",
    # 16 + 10 = 26 > 24
    "全年审结复议案件24件，审结的案件中维持16件、纠错10件。",
]


@pytest.mark.parametrize("text", SCOPE_OUTCOMES_CONSISTENT)
def test_scope_outcomes_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", SCOPE_OUTCOMES_WRONG)
def test_scope_outcomes_wrong(text: str) -> None:
    assert _all(text) != []


# --- 13. 中有: a part of the set before it, and a scope of its own -----------------------------

ZHONGYOU_CONSISTENT = [
    # 24 ≤ 26, 26 ≤ 26: attributes by different verbs
    "全县26个村中有24个完成村规民约修订，26个建立法律顾问微信群。",
    # 13 ≤ 15, 15 ≤ 15
    "全市15家医院中有13家设立医患调解室，15家开通投诉热线。",
    # 28 ≤ 30, 3 ≤ 30
    "全县30所学校中有28所配备法治副校长，3所开设法治课程。",
    # a rest beside: 6 + 2 = 8
    "全区8个街道中有6个建成法治文化公园，另有2个正在建设。",
    # 17 ≤ 19 and 19 ≤ 19, 了 after the verbs
    "全镇19个村中有17个建成了法治文化广场，19个配备了法律顾问。",
    # a rest that completes: 40 + 5 = 45
    "全县45家重点企业中有40家签订守法承诺书，其余5家正在签订。",
    # one attribute alone: 11 ≤ 12
    "全区12个执法部门中有11个完成执法案卷评查。",
    # people: 90 ≤ 95, 60 ≤ 95
    "全局95名执法人员中有90名取得执法证件，60名参加过法律职业资格考试。",
]

ZHONGYOU_WRONG = [
    # 28 > 26
    "全县26个村中有24个完成村规民约修订，28个建立法律顾问微信群。",
    # 32 > 30
    "全县30所学校中有32所配备法治副校长。",
    # a rest that does not complete: 6 + 3 = 9 > 8
    "全区8个街道中有6个建成法治文化公园，其余3个正在建设。",
    # 16 > 15
    "全市15家医院中有13家设立医患调解室，16家开通投诉热线。",
    # 42 + 5 = 47 > 45
    "全县45家重点企业中有42家签订守法承诺书，其余5家正在签订。",
    # 13 > 12
    "全区12个执法部门中有13个完成执法案卷评查。",
    # 96 > 95
    "全局95名执法人员中有96名取得执法证件，60名参加过法律职业资格考试。",
    # 20 > 19
    "全镇19个村中有17个建成了法治文化广场，20个配备了法律顾问。",
]


@pytest.mark.parametrize("text", ZHONGYOU_CONSISTENT)
def test_zhongyou_consistent(text: str) -> None:
    assert _all(text) == []


@pytest.mark.parametrize("text", ZHONGYOU_WRONG)
def test_zhongyou_wrong(text: str) -> None:
    assert _errors(text) != []


# --- 14. a bare 每月 before a count of bodies: at most a warning -----------------------------

BARE_MONTH_CONSISTENT = [
    # 120 / 12 = 10, and 100 is 10 × 10: a slip reading; 100 of the 120 advisers instead
    "全县共有村法律顾问120名，每月驻村服务100名。",
    # 240 / 12 = 20; 200 of the 240 rooms
    "全区设立调解室240个，每月开展纠纷排查200个。",
    # 36 / 12 = 3; 30 of the 36 notaries
    "全市有公证员36名，每月参加业务学习30名。",
    # 60 / 12 = 5; 50 of the 60 stations
    "全区建成法律服务站60个，每月开放接待50个。",
]

BARE_MONTH_WRONG = [
    # an average (平均): 1,200 / 12 = 100, not 10
    "全年共办理法律援助案件1,200件，平均每月办理10件。",
    # cases are no bodies: 2,400 / 12 = 200, not 20
    "全年受理调解案件2,400件，每月受理20件。",
    # 月均 is an average: 3,600 / 12 = 300, not 30
    "全年共接待来访群众3,600人，月均接待30人。",
    # copies are no bodies: 120,000 / 12 = 10,000, not 1,000
    "全年发放法治宣传资料12万份，每月发放1,000份。",
]


@pytest.mark.parametrize("text", BARE_MONTH_CONSISTENT)
def test_bare_month_of_bodies_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", BARE_MONTH_WRONG)
def test_bare_month_wrong(text: str) -> None:
    assert [c for c, _ in _errors(text)] == ["N205"]


# --- 15. 各占: shares paired in order with the listed parts, like 分别占 ----------------------

EACH_SHARE_CONSISTENT = [
    # 150 / 200 = 75%, 50 / 200 = 25%
    "全年审结案件200件，其中维持150件、纠错50件，各占75%、25%。",
    # 281 / 600 = 46.8%, 182 / 600 = 30.3%, 137 / 600 = 22.8%
    "全年办理处罚案件600件，其中超限超载281件、非法营运182件、其他违法行为137件，各占46.8%、30.3%、22.8%。",
    # 分别为 list, then 各占: 45 / 120 = 37.5%, 75 / 120 = 62.5%
    "全年开展法治培训120场，分别为线上45场、线下75场，各占37.5%、62.5%。",
    # 各占比: 18 / 40 = 45%, 22 / 40 = 55%
    "全年新收行政诉讼案件40件，其中一审18件、二审22件，各占比45%、55%。",
    # three parts with 和: 30 / 80 = 37.5%, 30 / 80 = 37.5%, 20 / 80 = 25%
    "全年排查矛盾纠纷80起，其中婚姻家庭30起、邻里纠纷30起、劳动争议20起，各占37.5%、37.5%和25%。",
    # people: 64 / 160 = 40%, 96 / 160 = 60%
    "全年为160名群众提供法律援助，其中农民工64名、其他群众96名，各占40%、60%。",
]

EACH_SHARE_WRONG = [
    # 50 / 200 = 25%, not 20%
    "全年审结案件200件，其中维持150件、纠错50件，各占75%、20%。",
    # 137 / 600 = 22.8%, not 25.8%
    "全年办理处罚案件600件，其中超限超载281件、非法营运182件、其他违法行为137件，各占46.8%、30.3%、25.8%。",
    # 45 / 120 = 37.5%, not 35.5%
    "全年开展法治培训120场，分别为线上45场、线下75场，各占35.5%、62.5%。",
    # 22 / 40 = 55%, not 50%
    "全年新收行政诉讼案件40件，其中一审18件、二审22件，各占比45%、50%。",
    # 20 / 80 = 25%, not 28%
    "全年排查矛盾纠纷80起，其中婚姻家庭30起、邻里纠纷30起、劳动争议20起，各占37.5%、37.5%和28%。",
    # 64 / 160 = 40%, not 44%
    "全年为160名群众提供法律援助，其中农民工64名、其他群众96名，各占44%、60%。",
]


@pytest.mark.parametrize("text", EACH_SHARE_CONSISTENT)
def test_each_share_consistent(text: str) -> None:
    assert _all(text) == []


@pytest.mark.parametrize("text", EACH_SHARE_WRONG)
def test_each_share_wrong(text: str) -> None:
    assert _errors(text) != []


# --- 16. a rate that draws a part from an earlier part: nested, not a sibling ---------------

RATE_NESTED_CONSISTENT = [
    # 1,280 / 1,320 = 97.0%; 860 / 1,280 = 67.2% (not / 1,320 = 65.2%): 860 within 1,280
    "在受理的1,320件劳动争议案件中，仲裁结案1,280件，结案率97%，调解结案的860件，调解率67.2%。",
    # 390 / 400 = 97.5%; 370 / 390 = 94.9%
    "在收到的400件投诉中，办结390件，办结率97.5%，群众满意的370件，满意率94.9%。",
    # 140 / 150 = 93.3%; 28 / 140 = 20%
    "全年受理复议申请150件，其中审结140件，审结率93.3%，纠错28件，纠错率20%。",
    # 400 / 600 = 66.7%; 380 / 400 = 95%
    "在排查的600家企业中，发现隐患企业400家，占66.7%，完成整改的380家，整改率95%。",
    # 480 / 500 = 96%; 300 / 480 = 62.5%
    "在参加考试的500名执法人员中，合格480名，合格率96%，优秀的300名，优秀率62.5%。",
    # 760 / 800 = 95%; 722 / 760 = 95%
    "全年办理法律援助案件800件，其中结案760件，结案率95%，获得受援人好评的722件，好评率95%。",
    # 210 / 220 = 95.5%; 189 / 210 = 90%
    "在受理的220件行政诉讼案件中，审结210件，审结率95.5%，胜诉189件，胜诉率90%。",
    # 980 / 1,000 = 98%; 700 / 980 = 71.4%
    "全市收到政府信息公开申请1,000件，其中答复980件，按时答复率98%，予以公开的700件，公开率71.4%。",
]

RATE_NESTED_WRONG = [
    # 860 / 1,280 = 67.2%, 860 / 1,320 = 65.2%: 63.2% fits neither
    "在受理的1,320件劳动争议案件中，仲裁结案1,280件，结案率97%，调解结案的860件，调解率63.2%。",
    # 370 / 390 = 94.9%, 370 / 400 = 92.5%: 96.9% fits neither
    "在收到的400件投诉中，办结390件，办结率97.5%，群众满意的370件，满意率96.9%。",
    # 28 / 140 = 20%, 28 / 150 = 18.7%: 25% fits neither
    "全年受理复议申请150件，其中审结140件，审结率93.3%，纠错28件，纠错率25%。",
    # 380 / 400 = 95%: 97% is wrong
    "在排查的600家企业中，发现隐患企业400家，占66.7%，完成整改的380家，整改率97%。",
    # a part above the whole: 520 > 500
    "在参加考试的500名执法人员中，合格520名，合格率96%，优秀的300名，优秀率62.5%。",
    # 722 / 760 = 95%, 722 / 800 = 90.3%: 98% fits neither
    "全年办理法律援助案件800件，其中结案760件，结案率95%，获得受援人好评的722件，好评率98%。",
    # 189 / 210 = 90%, 189 / 220 = 85.9%: 92% fits neither
    "在受理的220件行政诉讼案件中，审结210件，审结率95.5%，胜诉189件，胜诉率92%。",
    # 980 / 1,000 = 98%, not 96%
    "全市收到政府信息公开申请1,000件，其中答复980件，按时答复率96%，予以公开的700件，公开率71.4%。",
]


@pytest.mark.parametrize("text", RATE_NESTED_CONSISTENT)
def test_rate_nested_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", RATE_NESTED_WRONG)
def test_rate_nested_wrong(text: str) -> None:
    assert judged(text) != []


# --- 17. a clause opening with a time or frame word ends a 其中 list -------------------------

OPENER_CONSISTENT = [
    # 1,250 / 1,260 = 99.2%; the 85 newly certified are among the 1,250
    "全区共有行政执法人员1,260名，其中持证1,250名，持证率99.2%，年内新增持证人员85名。",
    # 210 + 20 = 230; 15 set up this year, beside
    "全县共有人民调解委员会230个，其中村级210个，街道级20个，全年新设行业性调解组织15个。",
    # 380 + 40 = 420; 36 new this year
    "全区共有律师420名，其中专职律师380名，兼职律师40名，本年度新执业律师36名。",
    # 3 + 15 = 18; 2 new
    "全市共有公证机构18家，其中市级3家，县级15家，今年新设立公证机构2家。",
    # 12 + 40 = 52; 6 being built
    "全区共有法律援助工作站52个，其中镇街12个，村居40个，目前在建工作站6个。",
    # 150 + 450 = 600; 60 recruited this year
    "全县共有网格员600名，其中专职网格员150名，兼职网格员450名，全年新招录网格员60名。",
    # 18 + 8 = 26; 12 advisers besides (同时)
    "全区共有行政复议工作人员26名，其中专职18名，兼职8名，同时聘请行政复议咨询委员12名。",
    # 5 + 40 = 45; 43 of them lectured this year
    "全市共有普法讲师团45个，其中市级5个，区县级40个，年内开展宣讲的讲师团43个。",
]

OPENER_WRONG = [
    # 1,270 > 1,260
    "全区共有行政执法人员1,260名，其中持证1,270名，年内新增持证人员85名。",
    # 215 + 20 = 235 > 230
    "全县共有人民调解委员会230个，其中村级215个，街道级20个，全年新设行业性调解组织15个。",
    # 390 + 40 = 430 > 420
    "全区共有律师420名，其中专职律师390名，兼职律师40名，本年度新执业律师36名。",
    # 4 + 15 = 19 > 18
    "全市共有公证机构18家，其中市级4家，县级15家，今年新设立公证机构2家。",
    # 14 + 40 = 54 > 52
    "全区共有法律援助工作站52个，其中镇街14个，村居40个，目前在建工作站6个。",
    # 160 + 450 = 610 > 600
    "全县共有网格员600名，其中专职网格员160名，兼职网格员450名，全年新招录网格员60名。",
    # 18 + 10 = 28 > 26
    "全区共有行政复议工作人员26名，其中专职18名，兼职10名，同时聘请行政复议咨询委员12名。",
    # 5 + 42 = 47 > 45
    "全市共有普法讲师团45个，其中市级5个，区县级42个，年内开展宣讲的讲师团43个。",
]


@pytest.mark.parametrize("text", OPENER_CONSISTENT)
def test_opener_ends_list_consistent(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize("text", OPENER_WRONG)
def test_opener_ends_list_wrong(text: str) -> None:
    assert _errors(text) != []


# --- 18. a part after 其中 is no stock of its own: a later part may exceed it ----------------

LATER_PART_CONSISTENT = [
    # 150 + 450 = 600
    "全县共有网格员600名，其中专职网格员150名，兼职网格员450名。",
    # 200 + 1,000 = 1,200
    "全区共有人民调解员1,200名，其中专职调解员200名，兼职调解员1,000名。",
    # 300 + 600 = 900
    "全市共有执业律师900名，其中女律师300名，男律师600名。",
    # 80 + 270 = 350
    "全区共有社区矫正对象350名，其中缓刑人员80名，假释人员270名。",
    # 400 + 2,000 = 2,400
    "全县共有法律明白人2,400名，其中村干部400名，普通村民2,000名。",
    # 40 + 220 = 260
    "全局共有执法人员260名，其中科级以上40名，其他执法人员220名。",
    # 120 + 680 = 800
    "全区共有法治宣传志愿者800名，其中教师120名，其他志愿者680名。",
    # 50 + 400 = 450
    "全市共有公职律师450名，其中市直部门50名，区县部门400名。",
]

LATER_PART_WRONG = [
    # 150 + 460 = 610 > 600
    "全县共有网格员600名，其中专职网格员150名，兼职网格员460名。",
    # 200 + 1,050 = 1,250 > 1,200
    "全区共有人民调解员1,200名，其中专职调解员200名，兼职调解员1,050名。",
    # 300 + 620 = 920 > 900
    "全市共有执业律师900名，其中女律师300名，男律师620名。",
    # 80 + 280 = 360 > 350
    "全区共有社区矫正对象350名，其中缓刑人员80名，假释人员280名。",
    # 400 + 2,100 = 2,500 > 2,400
    "全县共有法律明白人2,400名，其中村干部400名，普通村民2,100名。",
    # 40 + 230 = 270 > 260
    "全局共有执法人员260名，其中科级以上40名，其他执法人员230名。",
    # 120 + 690 = 810 > 800
    "全区共有法治宣传志愿者800名，其中教师120名，其他志愿者690名。",
    # 50 + 410 = 460 > 450
    "全市共有公职律师450名，其中市直部门50名，区县部门410名。",
]


@pytest.mark.parametrize("text", LATER_PART_CONSISTENT)
def test_later_part_consistent(text: str) -> None:
    assert _all(text) == []


@pytest.mark.parametrize("text", LATER_PART_WRONG)
def test_later_part_wrong(text: str) -> None:
    assert _errors(text) != []


# --- 19. a figure repeating the scope's noun, then its own action; shares of attributes -----

REPEATED_NOUN_CONSISTENT = [
    # 12 ≤ 17, 9 ≤ 17: 镇街 repeated, then 建立 / 开通
    "在全区17个镇街中，12个镇街建立了法律服务超市，9个镇街开通了矛盾调处中心。",
    # 20 ≤ 24, 18 ≤ 24
    "在全县24个部门中，20个部门编制了行政执法事项清单，18个部门完成了裁量基准修订。",
    # 70 ≤ 80, 65 ≤ 80
    "在全市80所学校中，70所学校聘任了法治副校长，65所学校开展了模拟法庭活动。",
    # 40 ≤ 45, 38 ≤ 45
    "在全区45家医院中，40家医院设立了医调委工作室，38家医院实行了投诉首问负责制。",
    # 11 ≤ 13, 10 ≤ 13, 12 ≤ 13
    "在全县13个乡镇中，11个乡镇建成了综治中心，10个乡镇配齐了专职调解员，12个乡镇开展了法律体检。",
    # shares of attributes: 148 / 156 = 94.9%, 140 / 156 = 89.7%
    "全区156家规上企业中，已签订合规承诺书的148家，占94.9%；建立合规台账的140家，占89.7%。",
    # shares of attributes: 45 / 50 = 90%, 40 / 50 = 80%
    "全县50个村中，建成法治广场的45个，占90%；配备法律顾问的40个，占80%。",
    # shares of attributes: 27 / 30 = 90%, 24 / 30 = 80%
    "全市30家律所中，参与公益服务的27家，占90%；设立党支部的24家，占80%。",
]

REPEATED_NOUN_WRONG = [
    # 19 > 17
    "在全区17个镇街中，12个镇街建立了法律服务超市，19个镇街开通了矛盾调处中心。",
    # one lead after the noun (位于) with different qualifiers: 12 + 9 = 21 > 17
    "在全区17个镇街中，12个镇街位于城区，9个镇街位于郊区。",
    # 26 > 24
    "在全县24个部门中，26个部门编制了行政执法事项清单，18个部门完成了裁量基准修订。",
    # 82 > 80
    "在全市80所学校中，70所学校聘任了法治副校长，82所学校开展了模拟法庭活动。",
    # a word and its negation: 40 + 8 = 48 > 45
    "在全区45家医院中，40家医院设立了医调委工作室，8家医院未设立医调委工作室。",
    # 14 > 13
    "在全县13个乡镇中，11个乡镇建成了综治中心，14个乡镇配齐了专职调解员。",
    # a share that does not fit: 45 / 50 = 90%, not 95%
    "全县50个村中，建成法治广场的45个，占95%；配备法律顾问的40个，占80%。",
    # a share that does not fit: 24 / 30 = 80%, not 85%
    "全市30家律所中，参与公益服务的27家，占90%；设立党支部的24家，占85%。",
]


@pytest.mark.parametrize("text", REPEATED_NOUN_CONSISTENT)
def test_repeated_noun_consistent(text: str) -> None:
    assert _all(text) == []


@pytest.mark.parametrize("text", REPEATED_NOUN_WRONG)
def test_repeated_noun_wrong(text: str) -> None:
    assert _errors(text) != []
