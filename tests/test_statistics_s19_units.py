"""Magnitudes against a stated base, and a 环比 change with its prior in a bracket (session 19,
s19-units; relations/magnitude.py ``_crowded_events``, ``_members_visits``, the bare coverage
reading of ``_exceeds``; relations/change.py ``_other_comparisons_base``).

* visits (人次) whose events stated before them each drew over a fifth of the residents on
  average while the visits pass four times the residents: a slip of 万 or of a digit.
* visits of the members of a group stated as a stock (「共有退役军人…4.3万人」 … 「参加活动的
  退役军人达386万人次」): above twelve a member, or more than all members at each event.
* a count right after 覆盖/走访, in the base's own unit, with no noun of its own, counts the
  base's distinct members and cannot exceed it.
* a bracketed prior after a 环比 change is that change's base, not a later 同比 change's; 通
  (calls) is a unit; 约合人民币 restates a money figure.

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _found(text: str, codes: tuple[str, ...] = ("N206",)) -> list[tuple[str, str]]:
    return findings(text, codes=codes)


# --- visits against residents and members ---------------------------------------------------

VISITS_WRONG = [
    # 16万 / 1.5万 = 10.7 a resident (> 4); 16万 / 40 = 4000 a lecture > 3000 (a fifth)
    "全镇常住人口1.5万人，全年开展法治讲座40场，参加群众达16万人次。",
    # 7.2万 / 8000 = 9 (> 4); 7.2万 / 30 = 2400 > 1600
    "全乡常住人口8,000人，全年举办普法夜校30期，参加群众达7.2万人次。",
    # 3.1万 / 2600 = 11.9 (> 4); 3.1万 / 24 = 1292 a showing > 520
    "全村常住人口2,600人，全年开展法治电影放映24场，现场观众达3.1万人次。",
    # population a sentence before: 36万 / 4.2万 = 8.6 (> 4); 36万 / 40 = 9000 > 8400
    "全街道常住人口4.2万人。全年开展法律进社区活动40场次，参与居民达36万人次。",
    # members: 3.7万 / 1850 = 20 a mediator (> 12)
    "全区共有人民调解员1,850名，全年组织调解员业务培训15期，参训调解员达3.7万人次。",
    # members: 3840 / 5 = 768 a session > all 640 of them (and 3840 = 6 × 640 > 4 ×)
    "全县共有法律明白人640名，全年组织法律明白人轮训5期，参训法律明白人达3,840人次。",
    # members: 36万 / 1.2万 = 30 an officer (> 12)
    "全市共有行政执法人员1.2万人，全年组织执法人员集中培训20期，参训执法人员达36万人次。",
    # members: 4.6万 / 2300 = 20 (> 12)
    "全县共有网格员2,300名，全年组织网格员培训12期，参训网格员达4.6万人次。",
    # members by 参训人员, the group named on the way: 36万 / 1.2万 = 30 (> 12)
    "全市共有行政执法人员1.2万人，全年组织执法人员培训20期，参训人员达36万人次。",
    # 累计培训 with no people of its own: 36万 / 1.2万 = 30
    "全市共有行政执法人员1.2万人，全年组织执法人员培训20期，累计培训36万人次。",
    # the stock opens the sentence: 57.6万 / 1260 = 457 (> 12)
    "全县共有社区矫正对象1,260人，全年组织集中教育42期，参加教育57.6万人次。",
]

VISITS_RIGHT = [
    # 9.6万 / 3.2万 = 3 (≤ 4); 1116 an event
    "全镇常住人口3.2万人，全年开展普法活动86场，参与群众达9.6万人次。",
    # 4.8万 / 42万 = 0.11
    "全县常住人口42万人，全年举办大型普法宣传集市6场，参与群众达4.8万人次。",
    # online: 186万 / 62万 = 3 anyway, 6.2万 a stream
    "全县常住人口62万人，全年开展线上直播普法30期，观看达186万人次。",
    # over years (以来): 1.58万 / 1320 = 12 over four years
    "全区共有专职网格员1,320名，十四五以来累计开展网格员法治培训，参训网格员达1.58万人次。",
    # the visits of the people served, not of the lawyers: 3.6万 / 1200 = 30 but no bound
    "全区共有律师1,200名，全年组织律师开展公益法律服务80场，服务群众达3.6万人次。",
    # members all at each monthly lesson: 8600 / 12 = 717 < 860; 8600 / 860 = 10 ≤ 12
    "全县共有社区矫正对象860人，全年组织集中教育12期，参加教育的社区矫正对象达8,600人次。",
    # 5万 / 1.2万 = 4.2 but 250 an event (2%)
    "全镇常住人口1.2万人，全年开展普法活动200场，参与群众达5万人次。",
    # 覆盖 with no medium takes in the neighbours (reach-factor 4): 16万 / 1.5万 = 10.7 ≤ 16,
    # 4000 an event ≤ 0.2 × 1.5万 × 4 = 12000
    "全镇常住人口1.5万人，全年开展普法宣传活动40场，覆盖群众16万人次。",
    # 12万 / 5万 = 2.4 (≤ 4), though 12000 a show (24%)
    "全县常住人口5万人，全年举办大型文艺普法演出10场，现场观众达12万人次。",
    # members: 1.2万 / 1850 = 6.5 (≤ 12); 800 a session < 1850
    "全区共有人民调解员1,850名，全年组织调解员业务培训15期，参训调解员达1.2万人次。",
    # people of their own (群众) take part, not the lawyers: 3.6万 / 1200 = 30, no bound
    "全区共有律师1,200名，全年组织律师开展普法讲座80场，参加群众3.6万人次。",
    # 服务: the people served
    "全区共有律师1,200名，全年组织律师开展法律咨询80场，累计服务3.6万人次。",
    # the lawyers a sentence before, not named on the way: the trainees are anyone's
    "全区共有律师1,200名。全年开展普法培训40期，参训人员达3.6万人次。",
    # 参训人员 of the officers: 9.6万 / 1.2万 = 8 (≤ 12), 4800 a session < 1.2万
    "全市共有行政执法人员1.2万人，全年组织执法人员培训20期，参训人员达9.6万人次。",
]


@pytest.mark.parametrize("text", VISITS_WRONG)
def test_visits_beyond_people(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", VISITS_RIGHT)
def test_visits_within_people(text: str) -> None:
    assert not _found(text)


# --- coverage in the base's own unit ------------------------------------------------------------

COVERAGE_WRONG = [
    # 3600户 reached > 3420户
    "街道共有居民3,420户，全年组织网格员入户普法，入户走访覆盖3,600户。",
    # 1236 > 1148
    "全村共有农户1,148户，全年组织法律明白人入户宣讲，宣讲覆盖1,236户，发放资料两千余份。",
    # 62 > 58
    "全县共有养老机构58家，全年开展消防安全检查，检查覆盖62家。",
    # 26 > 24
    "全镇共有行政村24个，全年开展法治宣讲，走访覆盖26个。",
    # 104 > 96
    "全区共有中小学校96所，全年开展校园安全检查，覆盖达104所。",
    # 340 > 312
    "全市共有住宅小区312个，全年开展消防安全宣传，走访覆盖340个。",
    # 2150 > 1980
    "社区共有居民1,980户，全年开展入户普法，走访达2,150户。",
    # 51 > 46
    "全县共有农贸市场46家，全年开展食品安全检查，检查覆盖51家。",
]

COVERAGE_RIGHT = [
    # 农户 named after 覆盖: another group than the 脱贫户
    "全镇共有脱贫户426户，全年组织法律服务入户走访，覆盖全镇农户3,580户。",
    # the verb's own object (企业), not the firms of lawyers
    "全区共有律师事务所42家，全年组织律师走访企业，走访达380家。",
    # 人次 against 户
    "全村共有农户860户，全年开展入户宣讲，累计服务群众2,150人次。",
    # 户 against 个 communities
    "全市共有城乡社区368个，全年开展社区法律服务，覆盖居民12.6万户。",
    # 214 of 214
    "全县共有行政村214个，全年开展法治宣讲，走访覆盖214个。",
    # 户次: visits, not households
    "社区共有居民1,980户，全年开展入户普法，走访达4,150户次。",
    # 人 (students) against 所 (schools)
    "全区共有中小学校96所，全年开展校园安全检查，覆盖学生达10.4万人。",
    # 企业 the object of 走访: 126 firms, not homes for the aged
    "全县共有养老机构58家，全年组织工作人员走访企业，走访覆盖126家。",
]


@pytest.mark.parametrize("text", COVERAGE_WRONG)
def test_coverage_beyond_base(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", COVERAGE_RIGHT)
def test_coverage_within_base(text: str) -> None:
    assert not _found(text)


# --- 环比 with a bracketed prior; 通; 约合人民币 ------------------------------------------------

CHANGE_CODES = ("N101", "N108", "N201")

CHANGE_WRONG = [
    # 4.20 / 3.80 - 1 = 10.5%, not 15.0%
    "三季度热线接听来电4.20万通，环比增长15.0%（二季度为3.80万通）。",
    # 9860 / 10120 - 1 = -2.6%, not -8.0%
    "12月份热线接听来电9,860通，环比下降8.0%（11月份为10,120通）。",
    # 3.6 / 3.2 - 1 = 12.5%, not 20.0%
    "上半年热线接听来电3.6万通，同比增长20.0%（上年同期为3.2万通）。",
    # 5.82 / 5.36 - 1 = 8.6%, not 12.6%
    "四季度热线接听来电5.82万通，环比增长12.6%（三季度为5.36万通），同比下降3.1%。",
    # 1260 / 1120 - 1 = 12.5%, not 3.0%
    "四季度受理投诉1,260件，环比增长3.0%（三季度为1,120件），同比增长5.0%。",
    # 586万 = 0.0586亿, not 0.586亿
    "全年罚没款共计586万元，约合人民币0.586亿元，全部缴入国库。",
    # 2430万 = 0.243亿, not 2.43亿
    "全年罚没款共计2,430万元，折合人民币2.43亿元，全部缴入国库。",
    # 9.8 + 3.1 = 12.9万 ≠ 12.6万
    "全年接听来电12.6万通，其中咨询类9.8万通、投诉类3.1万通。",
]

CHANGE_RIGHT = [
    # 5.82 / 5.36 - 1 = 8.6% (环比); the 同比 -3.1% has no stated base
    "四季度受理5.82万件，环比增长8.6%（三季度为5.36万件），同比下降3.1%。",
    "四季度热线接听来电5.82万通，环比增长8.6%（三季度为5.36万通），同比下降3.1%。",
    # 1260 / 1120 - 1 = 12.5% (同比); the 环比 -3.0% has no stated base
    "四季度受理投诉1,260件，同比增长12.5%（上年同期为1,120件），环比下降3.0%。",
    # 586万 = 0.0586亿
    "全年罚没款共计586万元，约合人民币0.0586亿元，全部缴入国库。",
    # 9.5 + 3.1 = 12.6万
    "全年接听来电12.6万通，其中咨询类9.5万通、投诉类3.1万通。",
    # 3360 / 3200 - 1 = 5.0% (同比); 环比 2.0% unstated base
    "1至11月受理案件3,360件，同比增长5.0%（上年同期为3,200件），环比增长2.0%。",
    # 4.18 / 3.80 - 1 = 10.0%
    "三季度热线接听来电4.18万通，环比增长10.0%（二季度为3.80万通）。",
    # 2430万 = 0.243亿
    "全年罚没款共计2,430万元，折合人民币0.243亿元，全部缴入国库。",
]


@pytest.mark.parametrize("text", CHANGE_WRONG)
def test_change_and_restatement_off(text: str) -> None:
    assert _found(text, CHANGE_CODES)


@pytest.mark.parametrize("text", CHANGE_RIGHT)
def test_change_and_restatement_fit(text: str) -> None:
    assert not _found(text, CHANGE_CODES)


# --- an area stock against a later area in another unit (1 平方公里 = 1500 亩) --------------------

AREA_WRONG = [
    # 380平方公里 = 57万亩 > 52.6万亩
    "全县耕地面积52.6万亩，已流转耕地面积达380平方公里。",
    # 56万亩 = 373.3平方公里 > 350平方公里
    "全县耕地面积350平方公里，已流转耕地面积达56万亩。",
    # 22平方公里 = 3.3万亩 > 3.1万亩
    "全镇林地面积3.1万亩，已落实林长责任的林地面积达22平方公里。",
    # 4.2平方公里 = 6300亩 > 6000亩
    "全乡耕地面积6,000亩，已流转耕地面积4.2平方公里。",
    # 95平方公里 = 14.25万亩 > 13.8万亩
    "全区耕地面积13.8万亩，已确权登记耕地面积达95平方公里。",
    # 12.6万亩 = 84平方公里 > 80平方公里
    "全县草原面积80平方公里，已落实草原承包经营的草原面积达12.6万亩。",
    # 21500亩 = 14.3平方公里 > 12.6 (其中: a part)
    "开发区规划面积12.6平方公里，其中已开发建设用地21500亩。",
    # 24500亩 = 16.3平方公里 > 15.3
    "县级自然保护区总面积15.3平方公里，其中核心区面积24,500亩。",
]

AREA_RIGHT = [
    # 300平方公里 = 45万亩 ≤ 52.6万亩
    "全县耕地面积52.6万亩，已流转耕地面积达300平方公里。",
    # 50万亩 = 333.3平方公里 ≤ 350
    "全县耕地面积350平方公里，已流转耕地面积达50万亩。",
    # 18.6平方公里 = 27,900亩 ≥ 21,300亩
    "全区林地面积18.6平方公里（约合27,900亩），其中公益林面积21,300亩。",
    # 4平方公里 = 6000亩 = 6000亩: equal
    "全乡耕地面积6,000亩，已流转耕地面积4平方公里。",
    # a money figure after the area: other units
    "全区耕地面积13.8万亩，发放耕地地力保护补贴9,500万元。",
    # 全市 against 全县: another area's land
    "全县耕地面积52.6万亩。全市耕地面积达820平方公里。",
    # a count of plots, not land
    "全镇林地面积3.1万亩，已划定林长责任区22个。",
    # 95平方公里 = 14.25万亩 ≤ 15万亩
    "全区耕地面积15万亩，已确权登记耕地面积达95平方公里。",
]


@pytest.mark.parametrize("text", AREA_WRONG)
def test_area_beyond_stock(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", AREA_RIGHT)
def test_area_within_stock(text: str) -> None:
    assert not _found(text)
