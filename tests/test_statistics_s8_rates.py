"""Rates, units and magnitudes, session 8 (issue 9).

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). The verdicts were worked out by hand:

* shares of a split whose items the sentence counts with a verb of composition (由…三部分
  构成, 来源于…三类渠道, 分三类：, 按照…四类统计): 22.5 + 30.1 + 40.2 = 92.8%,
  48 + 39 + 6 = 93%, 62.1 + 20.4 + 10.2 = 92.7%, 58.2 + 27.1 + 9.4 = 94.7%,
  45.5 + 30.2 + 14.3 = 90%, 12 + 33 + 45 = 90%, 31.2 + 1.8 + 24.6 + 35.4 = 93%,
  38 + 27 + 21 + 4 = 90%; traps: 38 + 27 + 21 + 14 = 100, 71.4 + 19.0 + 9.5 = 99.9 (rounding),
  33.3 × 3 = 99.9, a list left open (主要, 等, 其中), a selection (重点查处…三类, of 全部案件);
* a share whose whole is named with a long noun phrase before its figure (占全区医保基金年度支出
  总额18.6亿元的6.8%): 1,263.8万 ÷ 18.6亿 = 0.68%, 2,350 ÷ 3,120 = 75.3%, 8,640万 ÷ 2.16亿 = 40%;
* a part printed without the 万 of its total and the other parts whose digits, shifted by a
  power of ten, make the sum exact: 3.12万 + 5.81万 = 8.93万 (5,810户), 8.34万 + 4.26万 = 12.6万
  (4,260件), 210万 + 146万 = 356万 (146元), 2.41万 + 1.21万 = 3.62万 (1,210人); traps: 5.81万户
  printed right, 4,160件 (no shift makes 12.6万: 8.34万 + 4.16万 = 12.5万), 4,200件 and 120人
  (two significant digits: a shifted sum by chance is too likely to be read as a slip);
* an average per person whose people are counted in an earlier sentence, off by a power of
  ten: 312 ÷ 8 = 39 (3.9 stated), 2,394 ÷ 126 = 19 (190 stated), 1,260 ÷ 45 = 28 (280
  stated); traps: 39 stated, 25 stated (no shift: another reading may be meant), 一线执法人员
  against 干部职工 (another group);
* a rate whose base is stated before with its predicate after the counted noun (1,236名行政执法
  人员报名并参加考试 … 考试合格1,187人，合格率93.8%): 1,187 ÷ 1,236 = 96.04%, 452 ÷ 486 = 93%;
  traps: 96%, 93%.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, 2024))]


def codes(text: str, code: str) -> list[Severity | None]:
    return [s for c, s, _ in found(text) if c == code]


COUNTED_SPLITS = [
    "区信访局全年受理信访事项2,140件，来源于来信、来访和网上信访三类渠道，分别占22.5%、30.1%和40.2%。",
    "区市场监管局受理投诉举报5,612件，由电话、网络、现场三个渠道组成，分别占比48%、39%和6%。",
    "全区行政复议案件按被申请人分三类：区政府部门、街道和镇，分别占62.1%、20.4%和10.2%。",
    "区城管局处理的投诉中，来自12345热线、数字城管和群众来信三个渠道的分别占58.2%、27.1%和9.4%。",
    "区人社局受理的劳动争议案件由工资、社会保险和解除劳动合同三类争议构成，"
    "占比分别为45.5%、30.2%和14.3%。",
    "区应急管理局检查企业1,260家次，按规模分为大、中、小三类，分别占12%、33%和45%。",
    "区生态环境局全年处理环境信访件，按照大气、水、土壤和噪声四类统计，分别占31.2%、1.8%、24.6%"
    "和35.4%。",
    "街道受理的矛盾纠纷来源于邻里、婚姻家庭、物业和劳动四类，分别占38%、27%、21%和4%。",
    # 依次 for 分别; each share with its own 占 after the counted items; 三大类; 涉及 (a warning)
    "区信访局全年受理信访事项2,140件，来源于来信、来访和网上信访三类渠道，占比依次为22.5%、30.1%"
    "和40.2%。",
    "区信访局受理的信访事项由来信、来访、网上信访三部分组成，其中来信占22.5%，来访占30.1%，"
    "网上信访占40.2%。",
    "区司法局全年办理法律援助案件1,186件，分为民事、刑事、行政三大类，所占比例分别为62.7%、31.5%"
    "和3.8%。",
    "区司法局全年办理法律援助案件1,186件，涉及民事、刑事、行政三大类，分别占62.7%、31.5%和3.8%。",
    # across the paragraph's sentences: the whole stated before, the split after
    "区教育局全年受理涉校投诉420件。\n按来源统计，投诉来自家长、学生和社会公众三个方面，"
    "分别占71.4%、19.0%和5.5%。",
]

COUNTED_SPLIT_TRAPS = [
    "街道受理的矛盾纠纷来源于邻里、婚姻家庭、物业和劳动四类，分别占38%、27%、21%和14%。",
    # rounding: 71.4 + 19.0 + 9.5 = 99.9, 33.3 × 3 = 99.9
    "区教育局处理的涉校投诉来自家长、学生和社会公众三个方面，分别占71.4%、19.0%和9.5%。",
    "区医保局基金支出由住院、门诊和药店购药三部分构成，占比分别为33.3%、33.3%和33.3%。",
    # a list left open
    "投诉主要来源于电话、网络和来信三类渠道，分别占52%、31%和9%。",
    "投诉来源于电话、网络等三类渠道，分别占52%、31%和9%。",
    "全区投诉举报来源于电话、来信来访、网络和现场四类渠道，其中电话、网络分别占61.2%和17.3%。",
    "区医保局基金支出由住院、门诊、药店购药和其他四部分构成，其中住院、门诊和药店购药分别占64.1%、"
    "24.6%和4.3%。",
    # a selection of the whole named after 占, not its composition
    "区公安分局办理治安、刑事两类案件，分别占全部案件的30%和20%。",
    "区司法局重点查处食品、药品和特种设备三类案件，分别占全部案件的31%、22%和9%。",
    # the number of items is not the number of shares
    "全区法律援助案件由民事、刑事、行政和国家赔偿四类组成，其中民事、刑事分别占61%和30%。",
    "区信访局受理的信访事项由来信、来访、网上信访三部分组成，来信占22.5%，来访占30.1%，网上信访占47.4%。",
    "区信访局受理的信访事项由来信、来访、网上信访和其他四部分组成，其中来信占22.5%，来访占30.1%，"
    "网上信访占40.2%。",
    # changes, not shares
    "全区法律援助案件由民事、刑事和行政三类组成，较上年分别增长12%、5%和3%。",
]


@pytest.mark.parametrize("text", COUNTED_SPLITS)
def test_counted_split_must_add_up_to_100(text: str) -> None:
    assert codes(text, "N102"), found(text)


@pytest.mark.parametrize("text", COUNTED_SPLIT_TRAPS)
def test_counted_split_traps(text: str) -> None:
    assert not codes(text, "N102"), found(text)


def test_counted_split_message_shows_the_sum() -> None:
    text = "区人社局受理的劳动争议案件由工资、社会保险和解除劳动合同三类争议构成，占比分别为45.5%、30.2%和14.3%。"
    ((_, severity, message),) = [f for f in found(text) if f[0] == "N102"]
    assert severity is E
    assert "90%" in message and "45.5%＋30.2%＋14.3%" in message


def test_counted_split_of_a_list_that_may_select_is_a_warning() -> None:
    # 包括 with a count may still be read as a selection: a warning (71 + 19 = 90)
    text = "区税务局纳税服务投诉包括办税服务厅、电子税务局两种渠道，分别占71%和19%。"
    assert codes(text, "N102") == [W]


LONG_BASE_SHARES = [
    "区医保局全年追回违规使用医保基金1263.8万元，占全区医保基金年度支出总额18.6亿元的6.8%。",
    "区人社局全年为农民工追回欠薪2,350万元，占全区劳动保障监察追回工资总额3,120万元的55.3%。",
    "区税务局全年查补税款8,640万元，占全区税务稽查入库税款总额2.16亿元的4%。",
]
LONG_BASE_TRAPS = [
    "区医保局全年追回违规使用医保基金1263.8万元，占全区医保基金年度支出总额18.6亿元的0.68%。",
    "区人社局全年为农民工追回欠薪2,350万元，占全区劳动保障监察追回工资总额3,120万元的75.3%。",
    "区税务局全年查补税款8,640万元，占全区税务稽查入库税款总额2.16亿元的40%。",
]


@pytest.mark.parametrize("text", LONG_BASE_SHARES)
def test_share_with_a_long_named_whole(text: str) -> None:
    assert codes(text, "N104") == [E], found(text)


@pytest.mark.parametrize("text", LONG_BASE_TRAPS)
def test_share_with_a_long_named_whole_traps(text: str) -> None:
    assert not codes(text, "N104"), found(text)


SHIFTED_PARTS = [
    ("全区实有市场主体8.93万户，其中企业3.12万户、个体工商户5,810户。", "5.81万户"),
    ("全市受理12345热线诉求12.6万件，其中咨询类8.34万件、投诉类4,260件。", "4.26万件"),
    ("全区共有法律援助经费356万元，其中区级财政安排210万元、街道配套146元。", "146万元"),
    ("全镇共有登记流动人口3.62万人，其中省内流入2.41万人、省外流入1,210人。", "1.21万人"),
]
SHIFTED_TRAPS = [
    "全区实有市场主体8.93万户，其中企业3.12万户、个体工商户5.81万户。",
    "全市受理12345热线诉求12.6万件，其中咨询类8.34万件、投诉类4,160件。",
    # two digits shifted make a sum by chance too often: 2.4万 + 120 × 100 = 3.6万
    "全市受理12345热线诉求12.6万件，其中咨询类8.4万件、投诉类4,200件。",
    "全区共有法律援助经费356万元，其中区级210万元、街道14.6万元。",
    "全镇共有登记流动人口3.6万人，其中省内流入2.4万人、外籍人员120人。",
]


@pytest.mark.parametrize(("text", "guess"), SHIFTED_PARTS)
def test_part_printed_in_another_magnitude(text: str, guess: str) -> None:
    slips = [(s, m) for c, s, m in found(text) if c == "N201"]
    assert slips and all(s is W for s, _ in slips), found(text)
    assert any(guess in m or guess.replace("万", "") in m for _, m in slips), slips


@pytest.mark.parametrize("text", SHIFTED_TRAPS)
def test_part_printed_in_another_magnitude_traps(text: str) -> None:
    assert not codes(text, "N201"), found(text)


AVERAGES_OF_EARLIER_PEOPLE = [
    "区司法局共有行政复议工作人员8名。全年办理行政复议案件312件，人均办案3.9件。",
    "区城管执法局共有在编执法人员126名。全年办理行政处罚案件2,394件，执法人员人均办案约190件。",
    "区市场监管局有一线执法人员45名。全年立案查处案件1,260件，执法人员人均办案280件。",
    # 每名X平均 / 每个X平均 over X counted before: 5,160 ÷ 86 = 60, 1,560 ÷ 12 = 130
    "全镇共有网格员86名。全年网格员累计排查矛盾纠纷5,160件，每名网格员平均排查约600件。",
    "全区共有法律顾问团队12个。全年共审查合同1,560份，每个团队平均审查1,300份。",
    # the people in the paragraph before
    "区城管执法局共有在编执法人员一百二十六名，全部持证上岗。\n"
    "全年办理行政处罚案件2,394件，执法人员人均办案约190件。",
]
AVERAGES_OF_EARLIER_PEOPLE_TRAPS = [
    "区司法局共有行政复议工作人员8名。全年办理行政复议案件312件，人均办案39件。",
    # no power of ten explains it: another group may be meant
    "区司法局共有行政复议工作人员8名。全年办理行政复议案件312件，人均办案25件。",
    # the average names another group than the people counted
    "区税务局共有干部职工426人。全年办理涉税行政处罚案件1,278件，一线执法人员人均办案约30件。",
    "全镇共有干部职工86名。全年网格员累计排查矛盾纠纷5,160件，每名网格员平均排查约600件。",
    "全镇共有网格员86名。全年网格员累计排查矛盾纠纷5,160件，每名网格员平均排查约60件。",
]


@pytest.mark.parametrize("text", AVERAGES_OF_EARLIER_PEOPLE)
def test_average_over_people_stated_before(text: str) -> None:
    assert codes(text, "N205") == [W], found(text)


@pytest.mark.parametrize("text", AVERAGES_OF_EARLIER_PEOPLE_TRAPS)
def test_average_over_people_stated_before_traps(text: str) -> None:
    assert not codes(text, "N205"), found(text)


RATES_OF_A_PREDICATED_BASE = [
    "区司法局组织执法人员参加考试，全区共有1,236名行政执法人员报名并参加考试。"
    "经统一阅卷评分，考试合格1,187人，合格率为93.8%。",
    "区人社局组织劳动保障监察员业务考试，全区共有486名监察员报名参加考试。\n"
    "全年开展专项检查12次，检查用人单位3,200户。\n经阅卷，考试合格452人，合格率为98.6%。",
]
RATES_OF_A_PREDICATED_BASE_TRAPS = [
    "区司法局组织执法人员参加考试，全区共有1,236名行政执法人员报名并参加考试。"
    "经统一阅卷评分，考试合格1,187人，合格率为96%。",
    "区人社局组织劳动保障监察员业务考试，全区共有486名监察员报名参加考试。\n"
    "全年开展专项检查12次，检查用人单位3,200户。\n经阅卷，考试合格452人，合格率为93%。",
]


@pytest.mark.parametrize("text", RATES_OF_A_PREDICATED_BASE)
def test_rate_against_a_base_named_by_its_predicate(text: str) -> None:
    assert codes(text, "N104") == [W], found(text)


@pytest.mark.parametrize("text", RATES_OF_A_PREDICATED_BASE_TRAPS)
def test_rate_against_a_base_named_by_its_predicate_traps(text: str) -> None:
    assert not codes(text, "N104"), found(text)


# a figure above a stock its paragraph states: the stock named by its area and a noun alone
# (全县耕地面积52.6万亩, 全区中小学校98所), or the next stock of a statement (现有中小学98所，
# 在校中小学生12.6万人) against a figure tied to its noun by 达 (参与学生达123.5万人)
ABOVE_STOCK = [
    "全县耕地面积52.6万亩，严守耕地保护红线，全年查处违法占用耕地案件37宗，涉及耕地面积68.4万亩。",
    "全镇林地面积3.2万亩，全年查处毁林案件12起，涉及林地4.6万亩。",
    "全区现有中小学98所，在校中小学生12.6万人。全年组织开展法治教育系列活动，参与学生达123.5万人。",
    "全区中小学校98所，全年开展法治副校长进校园活动，覆盖学校106所。",
    "全市养老机构86家，民政局联合消防部门开展安全检查，检查养老机构92家。",
    "全区现有执业律师1,260名，司法局组织年度业务培训，参加培训的律师达1,420名。",
]
ABOVE_STOCK_TRAPS = [
    "全县耕地面积52.6万亩，严守耕地保护红线，全年查处违法占用耕地案件37宗，涉及耕地面积684亩。",
    "全区中小学校98所，全年开展法治副校长进校园活动，覆盖学校96所。",
    # a flow (件) is no stock: carry-over may make a later figure larger
    "全区行政处罚案件1,200件，全年办理行政处罚案件1,350件（含上年结转）。",
    # visits (人次) are not people; another area; several years
    "全区中小学校98所，全年开展法治进校园活动320场次，惠及学生12.3万人次。",
    "全县耕地面积52.6万亩，全市耕地面积268万亩，全县占全市的19.6%。",
    "全县耕地面积52.6万亩，近五年累计整治耕地60.2万亩。",
    "全区现有执业律师1,260名，全市执业律师8,600名。",
    "全区中小学校98所，在校学生12.6万人。",
]


@pytest.mark.parametrize("text", ABOVE_STOCK)
def test_figure_above_a_stock_stated_before(text: str) -> None:
    assert codes(text, "N206") == [W], found(text)


@pytest.mark.parametrize("text", ABOVE_STOCK_TRAPS)
def test_figure_above_a_stock_traps(text: str) -> None:
    assert not codes(text, "N206"), found(text)


# the same figure stated again by a 的-clause of its own verb (受理的…) or a pointer back, its
# digits shifted by a power of ten: 1.2万 vs 1200, 3,450 vs 345, 8,600 vs 860, 2,360万 vs 2,360
RESTATED_SHIFTED = [
    "区市场监管局全年受理消费者投诉举报1.2万件。受理的1200件投诉举报均已在法定期限内办结。",
    "区市场监管局全年受理消费者投诉举报1.2万件，办结率99%。\n"
    "在受理的1200件投诉举报中，涉及食品安全的310件。",
    "区人社局全年调解劳动争议案件3,450件。调解的345件案件中，达成协议的300件。",
    "区信访局全年办理网上信访事项8,600件。办理的860件网上信访事项均按期答复。",
    "区人社局全年共追回农民工工资2,360万元。追回的2,360元工资已全部发放到农民工手中。",
    "区税务局全年办理退税业务4.6万笔。\n开展纳税辅导12场。\n办理的460笔退税业务均在3个工作日内完成。",
]
RESTATED_SHIFTED_TRAPS = [
    "区市场监管局全年受理消费者投诉举报1.2万件。受理的1.2万件投诉举报均已办结。",
    # a part (其中, a qualifier before the verb, a kind of the thing)
    "区市场监管局全年受理消费者投诉举报1.2万件，其中受理的食品类投诉1200件。",
    "区城管局全年受理投诉1,500件。12345转办受理的150件均已办结。",
    "区司法局全年办理法律援助案件1,860件。办理的186件刑事法律援助案件中，值班律师参与的120件。",
    # another stage, no restatement
    "区城管局全年受理投诉1,500件，办结150件。",
    "全年共追回工资2,360万元，惠及农民工1,200人。为1,200名农民工追回工资236万元。",
]


@pytest.mark.parametrize("text", RESTATED_SHIFTED)
def test_figure_restated_with_shifted_digits(text: str) -> None:
    assert codes(text, "N201") == [W], found(text)


@pytest.mark.parametrize("text", RESTATED_SHIFTED_TRAPS)
def test_figure_restated_with_shifted_digits_traps(text: str) -> None:
    assert not codes(text, "N201"), found(text)


# visits (人次) above the visits its residents may make, the population's own digits shifted:
# a reach word (覆盖) does not exempt them (230万 = 2.3万 × 100 > 2.3万 × 12)
VISITS_SHIFTED = [
    "全镇常住人口2.3万人。全年开展普法活动64场次，普法活动覆盖群众230万人次。",
    "全街道常住人口4.6万人。全年开展法治宣传活动86场，覆盖居民460万人次。",
    "全乡户籍人口1.8万人，辖12个行政村。全年举办法治讲座40场，宣传覆盖群众180万人次。",
]
VISITS_SHIFTED_TRAPS = [
    # ten visits a resident, below the bound
    "全镇常住人口2.3万人。全年开展普法活动64场次，覆盖群众23万人次。",
    # online views reach beyond the area
    "全镇常住人口2.3万人。全年开展网络直播普法12场，线上观看230万人次。",
    # a reach word and no digits of the population
    "全镇常住人口2.3万人。全年开展普法活动64场次，覆盖群众31万人次。",
]


@pytest.mark.parametrize("text", VISITS_SHIFTED)
def test_visits_that_shift_the_population(text: str) -> None:
    assert codes(text, "N206") == [W], found(text)


@pytest.mark.parametrize("text", VISITS_SHIFTED_TRAPS)
def test_visits_that_shift_the_population_traps(text: str) -> None:
    assert not codes(text, "N206"), found(text)


# a paragraph that opens by naming an aspect (在经费构成上，/从经费构成看，/经费使用方面，)
# picks up the paragraph whose figure of its first figure's unit it continues, past a paragraph
# on something else: 198万 + 88元 under 286万 (88 is 88万)
_FUNDS = "2024年，区财政加大公共法律服务投入，全年法律援助经费总额286万元，较上年有所增长。"
_BETWEEN = "全区建成镇（街道）公共法律服务工作站12个、村（社区）公共法律服务室163个。"
ASPECT_PICKUPS = [
    f"{_FUNDS}\n{_BETWEEN}\n在经费构成上，区级财政安排198万元，上级转移支付补助88元。",
    f"{_FUNDS}\n{_BETWEEN}\n从经费构成看，区级财政安排198万元，上级转移支付补助88元。",
    f"{_FUNDS}\n{_BETWEEN}\n经费来源方面，区级财政安排198万元，上级转移支付补助88元。",
]


@pytest.mark.parametrize("text", ASPECT_PICKUPS)
def test_aspect_paragraph_picks_up_its_total(text: str) -> None:
    assert codes(text, "N201") == [W], found(text)


def test_aspect_paragraph_consistent() -> None:
    text = f"{_FUNDS}\n{_BETWEEN}\n在经费构成上，区级财政安排198万元，上级转移支付补助88万元。"
    assert not [f for f in found(text) if f[0] in ("N101", "N102", "N201")], found(text)


# one member of a set (该案, 单起最高, 最大一笔) above the total stated for all of them
ONE_ABOVE_ALL = [
    "全年查办食品安全违法案件248件，罚没款金额合计596.8万元。该案涉案货值3.2万元，"
    "依法处以罚款并没收违法所得共计642万元。",
    "区市场监管局全年罚没款合计596.8万元。案值最高的一起为某公司无证经营案，该案罚没款742万元。",
    "区应急管理局全年罚款共计386万元。单起最高罚款达420万元，为某化工企业重大隐患案。",
    "区人社局全年为农民工追回欠薪合计1,280万元。最大一笔为某建筑公司拖欠工资案，追回欠薪1,650万元。",
]
ONE_ABOVE_ALL_TRAPS = [
    "区应急管理局全年罚款共计386万元。单起最高罚款达42万元，为某化工企业重大隐患案。",
    # another amount (涉案货值 is no 罚没款), another period
    "全年罚没款合计596.8万元。该案涉案货值达800万元。",
    "区生态环境局全年罚没款合计1,260万元，近三年单笔最高罚款达1,500万元。",
]


@pytest.mark.parametrize("text", ONE_ABOVE_ALL)
def test_one_member_above_the_total(text: str) -> None:
    assert codes(text, "N206") == [W], found(text)


@pytest.mark.parametrize("text", ONE_ABOVE_ALL_TRAPS)
def test_one_member_above_the_total_traps(text: str) -> None:
    assert not codes(text, "N206"), found(text)


# households reached (居民, 群众, 入户) above the people the area has
HOUSEHOLDS_ABOVE_PEOPLE = [
    "全镇常住人口3.2万人，全年开展入户普法宣传，走访群众3.5万户。",
    "全乡户籍人口8,600人。全年开展“法律进万家”活动，入户宣传9,200户。",
]
HOUSEHOLDS_ABOVE_PEOPLE_TRAPS = [
    "全镇常住人口3.2万人，全年开展入户普法宣传，走访群众1.1万户。",
    # visits to businesses, businesses of the whole market
    "全镇常住人口3.2万人。全年检查个体工商户3.5万户次。",
    "全区常住人口3.2万人。全年新登记市场主体3.5万户。",
]


@pytest.mark.parametrize("text", HOUSEHOLDS_ABOVE_PEOPLE)
def test_households_above_the_population(text: str) -> None:
    assert codes(text, "N206") == [W], found(text)


@pytest.mark.parametrize("text", HOUSEHOLDS_ABOVE_PEOPLE_TRAPS)
def test_households_above_the_population_traps(text: str) -> None:
    assert not codes(text, "N206"), found(text)


# a rate over what was due (应X) and what was done (实际X) of the thing it names, whatever the
# rest of their words: 42 ÷ 45 = 93.3%, 26 ÷ 28 = 92.9%, 1,180 ÷ 1,260 = 93.7%
DUE_AND_DONE = [
    "全年应出庭应诉案件45件，行政机关负责人实际出庭42件，出庭应诉率95.6%。",
    "全区行政机关负责人出庭应诉率达到95.6%（全年应出庭应诉案件45件，行政机关负责人实际出庭42件）。",
    "区政府常务会议应到会人员28人，实际到会26人，到会率96.4%。",
    "全年应参训执法人员1,260人，实际参训1,180人，参训率为96.8%。",
]
DUE_AND_DONE_TRAPS = [
    "全年应出庭应诉案件45件，行政机关负责人实际出庭43件，出庭应诉率95.6%。",
    "区政府常务会议应到会人员28人，实际到会26人，到会率92.9%。",
    "全年应参训执法人员1,260人，实际参训1,180人，参训率为93.7%。",
]


@pytest.mark.parametrize("text", DUE_AND_DONE)
def test_rate_of_due_and_done(text: str) -> None:
    assert codes(text, "N104") == [E], found(text)


def test_rate_of_due_and_done_across_a_full_stop_is_a_warning() -> None:
    text = "全年应出庭应诉案件45件，行政机关负责人实际出庭42件。出庭应诉率达95.6%。"
    assert codes(text, "N104") == [W], found(text)


@pytest.mark.parametrize("text", DUE_AND_DONE_TRAPS)
def test_rate_of_due_and_done_traps(text: str) -> None:
    assert not codes(text, "N104"), found(text)


# a bracket inside a figure's words or inside the bracket after a rate (村（社区）): the words
# before the bracket still name the figure, the inner bracket does not close the outer one
# (146 ÷ 152 = 96.05%)
NESTED_BRACKETS = [
    "全区已建成村（社区）公共法律服务室146个，建成率达98.6%（全区共有村（社区）152个）。",
    "全区已建成村（社区）公共法律服务室146个，建成率达98.6%（全区共152个村（社区））。",
    "全区已配备村（居）法律顾问146个，配备率达98.6%（全区共有村（居）152个）。",
]
NESTED_BRACKETS_TRAPS = [
    "全区已建成村（社区）公共法律服务室146个，建成率达96.1%（全区共有村（社区）152个）。",
    "全区已建成村（社区）公共法律服务室146个，建成率达96%（全区共152个村（社区））。",
    "全区已配备村（居）法律顾问146个，配备率达96.1%（全区共有村（居）152个）。",
]


@pytest.mark.parametrize("text", NESTED_BRACKETS)
def test_rate_with_nested_brackets(text: str) -> None:
    assert codes(text, "N104") == [E], found(text)


@pytest.mark.parametrize("text", NESTED_BRACKETS_TRAPS)
def test_rate_with_nested_brackets_traps(text: str) -> None:
    assert not codes(text, "N104"), found(text)


# a coverage rate (抽查覆盖率, 走访覆盖率) against a stock stated paragraphs before: 42 ÷ 48 =
# 87.5%, 288 ÷ 320 = 90%
COVERAGE_ACROSS = [
    "全市共有执法单位48家。\n全年组织行政执法案卷评查，抽查执法单位42家，抽查覆盖率为95.8%。",
    "全区共有规模以上企业320家。\n开展送法进企业活动36场。\n全年走访企业288家，走访覆盖率达95%。",
]
COVERAGE_ACROSS_TRAPS = [
    "全市共有执法单位48家。\n全年组织行政执法案卷评查，抽查执法单位46家，抽查覆盖率为95.8%。",
    "全区共有规模以上企业320家。\n开展送法进企业活动36场。\n全年走访企业288家，走访覆盖率达90%。",
]


@pytest.mark.parametrize("text", COVERAGE_ACROSS)
def test_coverage_rate_across_paragraphs(text: str) -> None:
    assert codes(text, "N104") == [W], found(text)


@pytest.mark.parametrize("text", COVERAGE_ACROSS_TRAPS)
def test_coverage_rate_across_paragraphs_traps(text: str) -> None:
    assert not codes(text, "N104"), found(text)


# a part in the twin of its total's unit (人 for 人次, 户 for 户次) whose value makes the sum
TWIN_UNITS = [
    "全年开展普法活动覆盖群众12.6万人次，其中线上8.4万人次、线下4.2万人。",
    "全年培训执法人员共计3,860人，其中线上培训2,600人、线下培训1,260人次。",
    "全年检查企业共计1,260户次，其中食品企业860户次、药品企业400户。",
]
TWIN_UNITS_TRAPS = [
    "全年开展普法活动覆盖群众12.6万人次，其中线上8.4万人次、线下4.2万人次。",
    # the sum does not fit: people trained once each, not the visits
    "全年培训执法人员共计3,860人次，其中线上培训2,600人次，线下培训1,200人。",
]


@pytest.mark.parametrize("text", TWIN_UNITS)
def test_part_in_the_twin_unit(text: str) -> None:
    assert codes(text, "N201") == [W], found(text)


@pytest.mark.parametrize("text", TWIN_UNITS_TRAPS)
def test_part_in_the_twin_unit_traps(text: str) -> None:
    assert not codes(text, "N201"), found(text)
