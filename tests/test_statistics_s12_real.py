"""False alarms found on 40 published reports, session 12 (s12-real): the shapes behind them,
rewritten with other bodies, nouns and figures.

1. Partition: a whole classed twice by one mark throughout (「其中自然人6件，法人及其他组织1件，
   予以公开1件，本机关不掌握4件…」): the parts before the cut each name a value of one classing
   dimension (numbers.toml ``clauses.dimensions``) that no later part names — two splits of
   one whole, not one list summed (N101).
2. Changes: two rates whose words end alike in no more than the rate word (败诉率 / 出庭应诉率
   in 诉率, 持证率 / 审核率 in 率) are other rates, whatever subject their words share; last
   year's figure of one is no base of the other's 个百分点 change (N108).
3. Rates: one subject's figure of a 分别 list of several (「甲市、乙市、丙市…分别为3595件、…」)
   is a part of the whole a later sentence's rate is over, not that whole (N104).
4. Stocks: items of one list (「生活饮用水许可2家，放射诊疗许可5家，放射诊疗校验32家」) are
   siblings: the base's own name is no word of the later item's statement, and a later item
   ending in a head of its own (校验 after 许可) counts another thing (N206).

Every sentence is written for these tests; each carries the arithmetic done by hand."""

from __future__ import annotations

import pytest
from relation_helpers import codes

# --- 1. a whole classed twice, one mark throughout --------------------------------------------

TWO_DIMENSIONS_CONSISTENT = [
    # 7 + 2 = 9 = 5 + 4 (party, then outcome)
    "全年办理政府信息公开申请9件，其中自然人7件，法人2件，予以公开5件，不予公开4件。",
    # 40 + 20 = 60 = 55 + 5 (political, then result)
    "全年培训执法人员60人，其中党员40人，民主党派20人，考核合格55人，不合格5人。",
    # 10 + 2 = 12 = 6 + 3 + 3
    "全年收到政府信息公开申请12件，其中自然人10件，法人2件，予以公开6件，不予公开3件，信息不存在3件。",
    # 11 + 4 = 15 = 7 + 8
    "全年受理依申请公开15件，其中自然人11件，法人4件，部分公开7件，本机关不掌握8件。",
    # 50 + 30 = 80 = 72 + 8
    "全年组织执法人员培训80人，其中党员50人，团员30人，考试合格72人，不合格8人。",
    # 8 + 12 = 20 = 15 + 5
    "全年受理申请公开20件，其中企业8件，个人12件，予以公开15件，不予公开5件。",
    # 8 + 6 = 14 = 10 + 4 (channel, then outcome)
    "全年受理信息公开申请14件，其中来信8件，来访6件，予以公开10件，不予公开4件。",
    # 9 + 2 = 11 = 7 + 4
    "全年受理政府信息公开申请11件，其中自然人9件，法人2件，同意公开7件，不予公开4件。",
]

ONE_LIST_WRONG = [
    # 6 + 2 = 8 != 9: no cut adds up; 6 + 2 + 5 + 4 = 17 > 9
    "全年办理政府信息公开申请9件，其中自然人6件，法人2件，予以公开5件，不予公开4件。",
    # every part an outcome: 6 × 4 = 24 > 12
    "全年审结复议案件12件，其中维持6件，撤销6件，变更6件，终止6件。",
    # 民主党派 after the cut names the head's dimension: 40 + 20 + 40 + 20 = 120 > 60
    "全年培训执法人员60人，其中党员40人，团员20人，民主党派40人，群众20人。",
    # 自然人 named after the cut: 7 + 3 + 6 + 4 = 20 > 10
    "全年受理信息公开申请10件，其中自然人7件，法人3件，自然人予以公开6件，不予公开4件。",
    # 9 + 2 = 11, but 8 + 4 = 12 != 11: 23 > 11
    "全年受理政府信息公开申请11件，其中自然人9件，法人2件，同意公开8件，不予公开4件。",
    # 20 + 5 = 25, but 15 + 12 = 27 != 25: 52 > 25
    "全年办理政府信息公开申请25件，其中自然人20件，法人5件，予以公开15件，不予公开12件。",
    # 11 + 4 = 15, but 7 + 9 = 16 != 15: 31 > 15
    "全年受理依申请公开15件，其中自然人11件，法人4件，部分公开7件，本机关不掌握9件。",
    # 50 + 30 = 80, but 72 + 18 = 90 != 80: 170 > 80
    "全年组织执法人员培训80人，其中党员50人，团员30人，考试合格72人，不合格18人。",
]


@pytest.mark.parametrize("text", TWO_DIMENSIONS_CONSISTENT)
def test_two_dimensions_split_one_whole(text: str) -> None:
    assert "N101" not in codes(text)


@pytest.mark.parametrize("text", ONE_LIST_WRONG)
def test_one_list_or_unequal_halves_still_summed(text: str) -> None:
    assert "N101" in codes(text)


# --- 2. another rate is no base of a rate's change ------------------------------------------

OTHER_RATE_SILENT = [
    # 败诉率 / 出庭应诉率 (诉率): 99.6 - 16.4 = 83.2, no reading
    "2023年，全区行政机关败诉率为16.4%。\n2024年，全区行政机关负责人出庭应诉率达到99.6%，同比上升0.8个百分点。",
    # 败诉率 / 出庭应诉率: 98.5 - 9.7 = 88.8, no reading
    "2023年，全市行政诉讼败诉率为9.7%。\n2024年，全市行政机关负责人出庭应诉率达到98.5%，同比提高1.5个百分点。",
    # 持证率 / 审核率 (率): 100 - 96 = 4, no reading
    "2023年，全区行政执法人员持证率为96.0%。\n2024年，全区重大执法决定法制审核率达到100%，同比提高2.0个百分点。",
    # 满意率 / 结案率: 90 - 97.5 = -7.5, no reading
    "2023年，全市法律援助受援人满意率为97.5%。\n2024年，全市法律援助案件结案率为90.0%，同比提高1.2个百分点。",
    # 纠错率 / 维持率: 70 - 12 = 58, no reading
    "2023年，全区行政复议纠错率为12.0%。\n2024年，全区行政复议维持率为70.0%，同比提高1.0个百分点。",
    # 网办率 / 即办率 (办率): 60 - 92 = -32, no reading
    "2023年，全县政务服务事项网办率为92.0%。\n2024年，全县政务服务事项即办率达到60.0%，同比提高5.0个百分点。",
    # 优秀率 / 合格率: 98 - 30 = 68, no reading
    "2023年，全市执法案卷优秀率为30.0%。\n2024年，全市执法案卷合格率达到98.0%，同比提高1.0个百分点。",
    # 受理率 / 办结率 (理率 / 结率 end alike in 率): 97 - 99 = -2, no reading
    "2023年，全区信访事项及时受理率为99.0%。\n2024年，全区信访事项按期办结率达到97.0%，同比提高1.0个百分点。",
]

SAME_RATE_WRONG = [
    # 99.6 - 95.0 = 4.6 != 0.8
    "2023年，全区行政机关负责人出庭应诉率为95.0%。\n2024年，全区行政机关负责人出庭应诉率达到99.6%，同比上升0.8个百分点。",
    # 9.7 - 6.0 = 3.7 != 1.5
    "2023年，全市行政诉讼败诉率为9.7%。\n2024年，全市行政诉讼败诉率为6.0%，同比下降1.5个百分点。",
    # 97 - 90 = 7 != 2
    "2023年，全县执法案卷合格率为90.0%。\n2024年，全县执法案卷合格率达到97.0%，同比提高2.0个百分点。",
    # 12 - 10 = 2 != 1
    "2023年，全区复议纠错率为12.0%。\n2024年，全区复议纠错率为10.0%，同比下降1.0个百分点。",
    # 98 - 95 = 3 != 0.5
    "2023年，全镇调解成功率为95.0%。\n2024年，全镇调解成功率达到98.0%，同比提高0.5个百分点。",
    # 15 - 13 = 2 != 0.4
    "2023年，全县一审败诉率为15.0%。\n2024年，全县一审败诉率为13.0%，同比下降0.4个百分点。",
    # 99 - 96 = 3 != 2
    "2023年，全区行政执法人员持证率为96.0%。\n2024年，全区行政执法人员持证率达到99.0%，同比提高2.0个百分点。",
    # 90 - 85 = 5 != 1.2
    "2023年，全市法律援助案件结案率为85.0%。\n2024年，全市法律援助案件结案率为90.0%，同比提高1.2个百分点。",
]


@pytest.mark.parametrize("text", OTHER_RATE_SILENT)
def test_other_rate_is_no_base(text: str) -> None:
    assert "N108" not in codes(text)


@pytest.mark.parametrize("text", SAME_RATE_WRONG)
def test_same_rate_change_still_checked(text: str) -> None:
    assert "N108" in codes(text)


# --- 3. one subject's figure of a 分别 list is no whole -------------------------------------


def _court_report(
    year: int,
    first: str,
    provinces: str,
    rates: list[float],
    lost: int,
    rate: float,
    points: float,
    tail: str,
) -> str:
    return (
        f"{year}年某省行政审判报告\n{year}年,{first}。{tail}\n"
        f"{year - 4}年以来,{provinces}行政机关败诉率分别为{'、'.join(f'{r}%' for r in rates)},"
        f"{year}年该省法院审结的行政一审案件中行政机关败诉{lost}件,败诉率为{rate}%,"
        f"同比下降{points}个百分点。"
    )


def _listed(cities: list[str], counts: list[int]) -> str:
    figures = "、".join(f"{c}件" for c in counts)
    return f"{'、'.join(cities)}受理行政一审案件数分别为{figures}"


_CASES = [
    # (year, cities, counts, provinces, rates, lost, rate, points, tail)
    # 1874 ÷ 3595 = 52.1% would be read against 济南's-like first figure; the base (all
    # cases concluded: 1874 ÷ 6.88% ≈ 27,238) is not stated
    (
        2022,
        ["甲市", "乙市", "丙市", "丁市", "戊市", "己市"],
        [3595, 3125, 2655, 2574, 2398, 1998],
        "某省",
        [16.4, 11.36, 9.72, 10.83],
        1874,
        6.88,
        3.95,
        "庚市、辛市年收案数均不足500件。",
    ),
    # 2100 ÷ 4200 = 50% against 7.5%
    (
        2023,
        ["甲市", "乙市", "丙市", "丁市"],
        [4200, 3100, 2800, 2500],
        "某省",
        [12.1, 10.5, 9.8, 8.9],
        2100,
        7.5,
        1.4,
        "其余各市年收案数均不足800件。",
    ),
    # 1900 ÷ 2600 = 73.1% against 9.6%
    (
        2021,
        ["一市", "二市", "三市", "四市", "五市"],
        [2600, 2400, 2100, 1800, 1500],
        "某省",
        [14.0, 12.5, 11.8, 10.9],
        1900,
        9.6,
        1.3,
        "六市、七市年收案数均不足400件。",
    ),
    # 2200 ÷ 5100 = 43.1% against 9.7%
    (
        2022,
        ["A市", "B市", "C市"],
        [5100, 4300, 3900],
        "该省",
        [13.2, 12.8, 11.9, 10.7],
        2200,
        9.7,
        1.0,
        "D市年收案数不足900件。",
    ),
    # 2300 ÷ 3300 = 69.7% against 10.2%
    (
        2023,
        ["北市", "中市", "南市", "东市"],
        [3300, 2900, 2700, 2600],
        "某省",
        [15.5, 13.1, 12.2, 11.4],
        2300,
        10.2,
        1.2,
        "西市年收案数不足700件。",
    ),
    # 3000 ÷ 6100 = 49.2% against 8.5%
    (
        2024,
        ["甲市", "乙市", "丙市"],
        [6100, 5200, 4400],
        "某省",
        [10.1, 9.9, 9.5, 9.0],
        3000,
        8.5,
        0.5,
        "丁市年收案数不足1000件。",
    ),
    # 1500 ÷ 2200 = 68.2% against 11.1%
    (
        2021,
        ["江市", "河市", "湖市", "海市"],
        [2200, 2000, 1700, 1600],
        "某省",
        [17.2, 15.0, 13.6, 12.4],
        1500,
        11.1,
        1.3,
        "山市年收案数不足500件。",
    ),
    # 1300 ÷ 2800 = 46.4% against 8.8%
    (
        2024,
        ["东市", "西市", "南市"],
        [2800, 2300, 1900],
        "本省",
        [11.0, 10.2, 9.6, 9.1],
        1300,
        8.8,
        0.3,
        "北市年收案数不足600件。",
    ),
]

LISTED_SUBJECT_SILENT = [
    (y, _court_report(y, _listed(c, n), p, r, lost, rate, pts, tail))
    for y, c, n, p, r, lost, rate, pts, tail in _CASES
]

# the same figures, the first stated as the province's own total: 1874 ÷ 3595 = 52.1% != 6.88%
# (and so on for each: the arithmetic of the list above)
WHOLE_STATED_WRONG = [
    (y, _court_report(y, f"全省法院受理行政一审案件{n[0]}件", p, r, lost, rate, pts, tail))
    for y, c, n, p, r, lost, rate, pts, tail in _CASES
]


@pytest.mark.parametrize(("year", "text"), LISTED_SUBJECT_SILENT)
def test_listed_subject_is_no_whole(year: int, text: str) -> None:
    assert "N104" not in codes(text, year)


@pytest.mark.parametrize(("year", "text"), WHOLE_STATED_WRONG)
def test_stated_whole_still_checked(year: int, text: str) -> None:
    assert "N104" in codes(text, year)


# --- 4. items of one list are siblings -------------------------------------------------------

SIBLING_ITEMS_SILENT = [
    # 5 > 2 and 32 > 5, but 生活饮用水许可 / 放射诊疗许可 / 放射诊疗校验 are items of one list
    "2022年,全区被监督单位3299户,监督检查3482户次;公共场所行政许可事后监督527家,生活饮用水许可2家,放射诊疗许可5家,放射诊疗校验32家,办理放射人员工作证26人。",
    # 4 > 3, 21 > 4: siblings
    "2023年，全县被监督单位2100户，监督检查2300户次；公共场所许可事后监督310家，生活饮用水许可3家，放射诊疗许可4家，放射诊疗校验21家。",
    # 7 > 4, 44 > 7: siblings
    "2023年，全市被监管企业950家，检查1100家次；危化品经营许可事后检查120家，烟花爆竹经营许可4家，非药品类易制毒许可7家，非药品类易制毒备案44家。",
    # 8 > 3, 40 > 8: siblings
    "2022年，全区被监督单位2600户，监督检查2800户次；医疗机构执业许可事后监督180家，母婴保健技术许可3家，放射诊疗许可8家，放射诊疗校验40家。",
    # 6 > 2, 30 > 6: siblings
    "2024年，全县被监督单位1700户，监督检查1900户次；公共场所许可事后监督350家，生活饮用水许可2家，放射诊疗许可6家，放射诊疗校验30家。",
    # 9 > 4, 45 > 9: siblings
    "2023年，全区被监督单位2400户，监督检查2600户次；医疗机构执业许可事后监督200家，生活饮用水许可4家，放射诊疗许可9家，放射诊疗校验45家。",
    # 7 > 3, 36 > 7: siblings
    "2022年，全市被监督单位3100户，监督检查3300户次；公共场所许可事后监督480家，消毒产品生产许可3家，放射诊疗许可7家，放射诊疗校验36家。",
    # 8 > 5, 38 > 8: siblings
    "2024年，全区被监管单位1600户，检查1800户次；公共场所许可事后监督300家，生活饮用水许可5家，放射诊疗许可8家，放射诊疗校验38家。",
]

STOCK_EXCEEDED_WRONG = [
    # 32 > 5 of the same units
    "全区共有放射诊疗许可单位5家。\n全年检查放射诊疗许可单位32家。",
    # 30 > 8
    "全县共有持证食品经营单位8家。\n全年检查持证食品经营单位30家。",
    # 25 > 4
    "全区现有建筑施工企业4个。\n全年检查建筑施工企业25个。",
    # 48 > 2
    "全县共有危化品经营企业2家。\n全年检查危化品经营企业48家。",
    # 35 > 3
    "全市现有取水许可单位3个。\n全年检查取水许可单位35个。",
    # 60 > 4
    "全区共有出租汽车企业4家。\n全年检查出租汽车企业60家。",
    # 45 > 2
    "全县共有民办学校2所。\n全年检查民办学校45所。",
    # 56 > 3
    "全区共有户外广告设置单位3处。\n全年巡查户外广告设置单位56处。",
]


@pytest.mark.parametrize("text", SIBLING_ITEMS_SILENT)
def test_sibling_items_are_no_parts(text: str) -> None:
    assert "N206" not in codes(text)


@pytest.mark.parametrize("text", STOCK_EXCEEDED_WRONG)
def test_stock_exceeded_still_found(text: str) -> None:
    assert "N206" in codes(text)
