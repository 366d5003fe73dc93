"""People of the population's own sentence counted above it (session 17, s17-units;
relations/containment.py ``_over_population``).

「全区常住人口38.6万人，…覆盖群众41.2万人」: a count of residents (群众, 居民:
numbers.toml ``magnitude.residents``) that names no area of its own, in the sentence that states
the population, counts that population's people: it cannot exceed it. A count naming no area in
another sentence may still reach beyond it (visitors, neighbours), visits (人次) are not people,
words that reach beyond the residents (线上, 辐射周边: ``magnitude.beyond``) exempt, and a count
naming another area (全县 after 全镇) is another set.

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _over(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N206"
    ]


WRONG = [
    # 29.8万 residents covered > 27.3万 population
    "全区常住人口27.3万人，全年组织开展“健康法治进万家”活动，发放宣传手册覆盖居民29.8万人，群众知晓率显著提升。",
    # 4.9万 > 4.2万
    "全乡常住人口4.2万人，全年开展“法律明白人”入户宣讲，受教育群众达4.9万人。",
    # 13.5万 > 12.8万
    "本县户籍人口12.8万人，年内组织民法典专题宣传，覆盖村民13.5万人，发放读本2万册。",
    # 31200 > 2.9万 = 29000
    "街道常住人口2.9万人，全年开展法治体检进小区活动，服务居民31200人。",
    # 6.6万 > 6.1万
    "全镇总人口6.1万人，通过“村村响”、宣传栏、入户走访等方式宣传，受教育群众6.6万人。",
    # 18.7万 > 17.9万
    "全市常住人口17.9万人，年内开展“宪法进万家”活动，参与市民18.7万人。",
    # 52.4万 > 48万
    "全县常住人口48万人，全年组织开展“八五”普法中期宣传，覆盖农民52.4万人，法治意识明显增强。",
    # 2.35万 > 2.1万
    "全乡常住人口2.1万人，全年开展防范电信诈骗宣传，受益群众2.35万人。",
]

RIGHT = [
    # visits, not people: 41.2万人次 / 38.6万 = 1.07 a resident
    "全区常住人口38.6万人，全年开展健康法治宣传，覆盖群众41.2万人次。",
    # 4.1万 < 4.6万
    "全街道常住人口4.6万人，全年组织“法治大讲堂”进社区活动，覆盖居民4.1万人。",
    # online reach (线上) may pass the area: 9.6万 > 3.2万 but beyond
    "全镇常住人口3.2万人，全年通过线上平台开展普法直播，覆盖群众9.6万人。",
    # another area named (全县 after 全镇 population): 11.8万 is the county's (below 4 x 3.3万 = 13.2万,
    # the reach bound of relations/magnitude.py)
    "全镇常住人口3.3万人，镇司法所参与全县“法治进乡村”活动，活动覆盖全县群众11.8万人。",
    # the count is in the next sentence, naming no area: a reach that may pass the area (5.1万)
    "全镇常住人口4.4万人。全年组织“法治赶集日”活动12场，覆盖群众5.1万人。",
    # 辐射周边: beyond the residents
    "全乡常住人口1.9万人，全年依托集市开展普法宣传，辐射周边群众2.4万人。",
    # people, not residents (干部): no count of the population's people (and below it anyway:
    # 1.2万 cadres < 31.2万 population)
    "全县常住人口31.2万人，全年组织国家工作人员学法考试，参考干部1.2万人。",
    # below the population: 26.9万 < 27.3万
    "全区常住人口27.3万人，全年组织开展“健康法治进万家”活动，覆盖居民26.9万人。",
    # population after the count in the same sentence, area-less: not held (reversed pops only
    # before); 3.1万 vs 2.8万 stated later — left to the population's own checks
    "全年开展“送法进村”活动，覆盖外来务工人员和群众3.1万人，全镇常住人口2.8万人。",
]


@pytest.mark.parametrize("text", WRONG)
def test_residents_of_the_populations_sentence_above_it(text: str) -> None:
    assert _over(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_visits_reach_beyond_and_other_areas_stay_silent(text: str) -> None:
    assert not _over(text), (text, _over(text))


# An explicit 平均每 average of members counted before it, and the total its sentence names
# after it by a total word (共计, 合计…) and the average's own words (relations/magnitude.py
# ``_average``): the total over the members must give the average.


def _average(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N205"
    ]


AVERAGE_WRONG = [
    # 8.4万 / 420 = 200元, not 2,000元 (420 x 2,000 = 84万)
    "全年办理法律援助案件420件，平均每件发放办案补贴2,000元，办案补贴支出共计8.4万元。",
    # 6.93万 / 385 = 180元, not 1,800元
    "全年办理法律援助案件385件，平均每件发放办案补贴1800元，办案补贴支出共计6.93万元。",
    # 12.6万 / 84 = 1,500元, not 15,000元
    "全年聘请法律顾问84名，平均每名法律顾问年度顾问费15000元，顾问费支出合计12.6万元。",
    # 3.24万 / 36 = 900元, not 9,000元
    "全年举办人民调解员培训班36期，平均每期培训经费9000元，培训经费共计3.24万元。",
    # 57.6万 / 48 = 1.2万元, not 12万元
    "年内完成行政执法案卷评查48卷，平均每卷评查费用12万元，评查费用总计57.6万元。",
    # 2.6万 / 130 = 200元, not 2,000元
    "全年为130户困难家庭提供法律援助，平均每户减免诉讼费用2000元，减免诉讼费用合计2.6万元。",
    # 1.8万 / 45 = 400册, not 4,000册 (count, not money)
    "全年向45个村（社区）配送法治图书，平均每个村（社区）配送图书4000册，配送图书共计1.8万册。",
    # 96万 / 240 = 4,000元, not 400元
    "全年受理劳动争议调解案件240件，平均每件为劳动者追回欠薪400元，追回欠薪累计96万元。",
]

AVERAGE_RIGHT = [
    # 420 x 2,000 = 84万
    "全年办理法律援助案件420件，平均每件发放办案补贴2,000元，办案补贴支出共计84万元。",
    # another scope: 法律援助经费 holds more than the subsidies (120万 / 385 = 3,117元)
    "全年办理法律援助案件385件，平均每件发放办案补贴1800元，全年法律援助经费支出共计120万元。",
    # 84 x 15,000 = 126万
    "全年聘请法律顾问84名，平均每名法律顾问年度顾问费15000元，顾问费支出合计126万元。",
    # no total word: 经费32.4万 may be another year's or a plan (not read)
    "全年举办人民调解员培训班36期，平均每期培训经费9000元，区财政安排培训经费32.4万元用于明年。",
    # the total is in the next sentence: not this average's
    "全年办理法律援助案件420件，平均每件发放办案补贴2,000元。全市法律援助办案补贴支出共计8.4万元。",
    # a time per case, no total of its unit: nothing to compare (360万 is money)
    "全年受理行政复议申请215件，平均每件审理用时28天，累计为群众挽回经济损失共计360万元。",
    # 每 without 平均: a standard, not read by this path (130 x 2,000 = 26万, consistent anyway)
    "全年为130户困难家庭提供法律援助，每户减免诉讼费用2000元，减免诉讼费用合计26万元。",
    # the total before the average: 96万 / 240 = 4,000元
    "全年受理劳动争议调解案件240件，追回欠薪累计96万元，平均每件为劳动者追回欠薪4000元。",
]


@pytest.mark.parametrize("text", AVERAGE_WRONG)
def test_average_per_member_against_the_total_after_it(text: str) -> None:
    assert _average(text), text


@pytest.mark.parametrize("text", AVERAGE_RIGHT)
def test_average_per_member_other_scope_or_consistent_stays_silent(text: str) -> None:
    assert not _average(text), (text, _average(text))


# Fines split by the party fined (numbers.toml ``partition.exhaustive`` 单位罚款/个人罚款): an
# organisation or a natural person, nothing else — the two shares must add to 100% (rounding
# aside); other acts split by 单位/个人 (举报, 检查) have other sources beside them.


def _shares(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N102"
    ]


FINES_WRONG = [
    # 81.2 + 11.6 = 92.8 != 100
    "全年罚款金额合计326.8万元，从处罚对象看，对生产经营单位罚款占81.2%，对个人罚款占11.6%。",
    # 72.4 + 17.5 = 89.9
    "全年作出安全生产行政处罚决定84件，从处罚对象看，对生产经营单位罚款占72.4%，对个人罚款占17.5%。",
    # 66.3 + 43.7 = 110
    "全年罚没款共计512万元，其中对单位罚款占66.3%，对个人罚款占43.7%。",
    # 58.1 + 35.2 = 93.3
    "全年环境违法罚款合计1,260万元，从对象看，对排污单位罚款占58.1%，对直接责任人个人罚款占35.2%。",
    # 90.4 + 4.2 = 94.6
    "年内共作出罚款决定215件，其中对用人单位罚款占90.4%，对个人罚款占4.2%。",
    # 47.5 + 47.5 = 95
    "全年交通运输领域罚款合计88万元，从处罚对象看，对运输经营单位罚款占47.5%，对驾驶员个人罚款占47.5%。",
    # 70 + 20 = 90
    "全年市场监管罚款共计2,040万元，其中对经营单位罚款占70%，对个人罚款占20%。",
    # 85.5 + 9.5 = 95
    "全年作出行政处罚决定126件，按罚款对象统计，对建设单位罚款占85.5%，对个人罚款占9.5%。",
]

FINES_RIGHT = [
    # 72.4 + 27.5 = 99.9 (rounding)
    "全年作出安全生产行政处罚决定84件，从处罚对象看，对生产经营单位罚款占72.4%，对个人罚款占27.5%。",
    # 61.2 + 38.8 = 100
    "全年罚没款合计326万元，其中对单位罚款占61.2%，对个人罚款占38.8%。",
    # a third kind beside them (其余为警告): the two need not fill the whole (41.2 + 48.6 = 89.8)
    "全年作出行政处罚决定97件，其中对单位罚款的占41.2%，对个人罚款的占48.6%，其余为警告、责令改正。",
    # 举报 from persons and units: anonymous and media sources besides (45.2 + 20.1 = 65.3)
    "全年受理举报线索368条，其中个人举报占45.2%，单位举报占20.1%。",
    # inspections of key units and of individual businesses: not all (38.5 + 42.1 = 80.6)
    "全年开展执法检查1,200家次，其中对重点单位检查占38.5%，对个体工商户等个人经营者检查占42.1%。",
    # 单位/个人 applicants, with a third kind named (31.6 + 52.3 = 83.9)
    "全年受理行政复议申请215件，从申请人看，企业单位申请的占31.6%，个人申请的占52.3%，另有部分为村民委员会等其他组织申请。",
    # three sources (12.4 + 80.3 + 7.3 = 100)
    "全年登记信访事项512件，从信访人看，以单位名义信访的占12.4%，个人信访的占80.3%，集体访占7.3%。",
    # 50.05 + 49.9 = 99.95 (rounding)
    "全年罚款共计180万元，其中对单位罚款占50.05%，对个人罚款占49.9%。",
]


@pytest.mark.parametrize("text", FINES_WRONG)
def test_fines_split_by_party_add_to_the_whole(text: str) -> None:
    assert _shares(text), text


@pytest.mark.parametrize("text", FINES_RIGHT)
def test_other_splits_by_unit_and_person_or_rounding_stay_silent(text: str) -> None:
    assert not _shares(text), (text, _shares(text))


# Rounds of an act said of every member of a stock (每家, 逐户, 全覆盖), the stock and the visits
# (家次: the stock's unit and 次) in one sentence (relations/magnitude.py ``_rounds_products``):
# the visits are the rounds times the stock. Fewer contradict; more may hold follow-ups, and
# only a whole other multiple of the stock is read as the rounds misstated.


def _rounds(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N205" and "轮" in r.message
    ]


ROUNDS_WRONG = [
    # 328 x 2 = 656, not 1312 (= 4 x 328)
    "全年对全区每家医疗机构开展两轮依法执业检查，全区共有医疗机构328家，全年共检查医疗机构1312家次。",
    # 412 x 3 = 1236, not 1648 (= 4 x 412)
    "全年对全市食品生产企业开展三轮全覆盖监督检查，全市共有食品生产企业412家，累计检查食品生产企业1648家次。",
    # 412 x 3 = 1236, 1102 fewer
    "全年对全市食品生产企业开展三轮全覆盖监督检查，全市共有食品生产企业412家，累计检查食品生产企业1102家次。",
    # 86 x 2 = 172, not 258 (= 3 x 86)
    "年内对辖区每家校外培训机构开展两轮执法检查，辖区共有校外培训机构86家，共检查校外培训机构258家次。",
    # 1,530 x 2 = 3,060, not 1,530 (= 1 x: fewer)
    "全年对全镇农户逐户开展两轮燃气安全排查，全镇共有农户1530户，累计排查农户1530户次。",
    # 64 x 4 = 256, not 192 (fewer)
    "全年对每家危化品企业开展四轮安全生产检查，全区共有危化品企业64家，全年检查危化品企业192家次。",
    # 57 x 3 = 171, not 114 (= 2 x 57)
    "年内对全村每户开展三轮防汛隐患排查，全村共有住户57户，共排查住户114户次。",
    # 240 x 2 = 480, not 960 (= 4 x 240)
    "全年对全市每家养老机构开展两轮消防安全检查，全市共有养老机构240家，累计检查养老机构960家次。",
]

ROUNDS_RIGHT = [
    # 328 x 2 = 656
    "全年对全区每家医疗机构开展两轮依法执业检查，全区共有医疗机构328家，全年共检查医疗机构656家次。",
    # 412 x 3 = 1236; 1302 more: follow-ups besides, no whole multiple (1302 / 412 = 3.16)
    "全年对全市食品生产企业开展三轮全覆盖监督检查，全市共有食品生产企业412家，累计检查食品生产企业1302家次。",
    # rounds not said of every member (no 每家, 全覆盖): 1312 may be any of them
    "全年开展两轮依法执业检查，全区共有医疗机构328家，全年共检查医疗机构1312家次。",
    # rounds per quarter: 每季度一轮 is four a year (328 x 4 = 1312), not read
    "每季度对每家医疗机构开展一轮检查，全区共有医疗机构328家，全年共检查医疗机构1312家次。",
    # visits of another noun (企业 vs 医疗机构)
    "全年对全区每家医疗机构开展两轮依法执业检查，全区共有医疗机构328家，另检查涉医企业1312家次。",
    # the stock in another sentence: not read
    "全区共有医疗机构328家。全年对每家医疗机构开展两轮依法执业检查，共检查医疗机构1312家次。",
    # 86 x 2 = 172
    "年内对辖区每家校外培训机构开展两轮执法检查，辖区共有校外培训机构86家，共检查校外培训机构172家次。",
    # 240 x 2 = 480; 520 more: follow-ups (520 / 240 = 2.17)
    "全年对全市每家养老机构开展两轮消防安全检查，全市共有养老机构240家，累计检查养老机构520家次。",
]


@pytest.mark.parametrize("text", ROUNDS_WRONG)
def test_rounds_times_the_stock_against_the_visits(text: str) -> None:
    assert _rounds(text), text


@pytest.mark.parametrize("text", ROUNDS_RIGHT)
def test_rounds_with_follow_ups_or_unsaid_members_stay_silent(text: str) -> None:
    assert not _rounds(text), (text, _rounds(text))
