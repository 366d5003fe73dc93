"""Averages and per-item bounds against their own total and count (session 18, s18-units;
relations/magnitude.py averages, ``_bound_against_average`` and ``_per_population``).

* 生均 (per student) is an average word like 人均: 「经费1265万元，按在校学生42.7万人计算，生均投入
  约296元」 is 1265万 ÷ 42.7万 = 29.6元, not 296元.
* a bound on every member (单笔…均在200元以下, 每人次…均不超过1000元, 个人…最高为1万元, 单案…均在
  10万元以上) cannot be broken by the members' average: total ÷ count above an upper bound (below
  a lower one) is a contradiction. Not read: a bound after 其中 (of a part), a 的-clause naming a
  part (200元以下的案件), a total of other words, a count in another member's unit (单笔 vs 家).
* 每万人X量 is the volume of X per ten thousand residents: the count of X over the population
  (3.6万件 ÷ 240 = 150件).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _found(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code in ("N205", "N206")
    ]


# --- 生均 -----------------------------------------------------------------------------

STUDENT_WRONG = [
    # 1265万 / 42.7万 = 29.6元, not 296
    "全区投入法治教育经费1265万元，按在校学生42.7万人计算，生均投入约296元。",
    # 936万 / 7.8万 = 120元, not 12
    "全县投入校园安保经费936万元，在校中小学生7.8万人，生均12元。",
    # 2.16亿 / 4.5万 = 4800元, not 480
    "市教育局统筹安排学生资助资金2.16亿元，惠及在校学生4.5万人，生均资助480元。",
    # 3840万 / 6.4万 = 600元, not 60
    "全年投入课后服务补助资金3840万元，参加课后服务学生6.4万人，生均补助60元。",
    # 252万 / 2.1万 = 120元, not 1200
    "安排心理健康教育经费252万元，覆盖学生2.1万名，生均约1200元。",
    # 540万 / 18万 = 30元, not 300
    "投入法治副校长培训及课程建设经费540万元，全市在校生18万人，生均300元。",
    # 1.35亿 / 90万 = 150元, not 1.5
    "全市学生意外伤害保险补助资金1.35亿元，参保学生90万人，生均约1.5元。",
    # 4.2亿 / 7万 = 6000元, not 600
    "全县义务教育公用经费4.2亿元，在校学生7万人，生均600元。",
]

STUDENT_RIGHT = [
    # 1265万 / 42.7万 = 29.6 ≈ 30 (约, rounded to units)
    "全区投入法治教育经费1265万元，按在校学生42.7万人计算，生均投入约30元。",
    # 936万 / 7.8万 = 120
    "全县投入校园安保经费936万元，在校中小学生7.8万人，生均120元。",
    # 2.16亿 / 4.5万 = 4800
    "市教育局统筹安排学生资助资金2.16亿元，惠及在校学生4.5万人，生均资助4800元。",
    # 3840万 / 6.4万 = 600
    "全年投入课后服务补助资金3840万元，参加课后服务学生6.4万人，生均补助600元。",
    # 1560万 / 52万 = 30 (the 312所 of schools is another base)
    "全市中小学校312所，投入经费1560万元，在校学生52万人，生均30元。",
    # 1000万 / 3万 = 333.3 ≈ 333
    "全年投入经费1000万元，惠及在校学生3万人，生均约333元。",
    # 84万 / 2800名 = 300
    "全年安排研学实践经费84万元，在校学生2800名，生均300元。",
    # a standard: 4.6万 × 50 = 230万
    "按生均每年50元标准，为全区4.6万名学生安排法治教育经费230万元。",
]


@pytest.mark.parametrize("text", STUDENT_WRONG)
def test_student_average_off(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", STUDENT_RIGHT)
def test_student_average_fits(text: str) -> None:
    assert not _found(text), text


# --- a bound on every member against the members' average ------------------------------

BOUND_WRONG = [
    # 256万 / 1280 = 2000元 > 200元 each
    "全年适用简易程序当场处罚违法行为1280件，罚款合计256万元，单笔罚款均在200元以下。",
    # 64万 / 32 = 2万 > 最高1万
    "全年表彰见义勇为人员32名，发放奖励金64万元，个人奖励金额最高为1万元。",
    # 2.55亿 / 850 = 30万 > 5万 each
    "全年诉前调解小额纠纷850件，涉及标的额合计2.55亿元，单件标的额均不超过5万元。",
    # 960万 / 6400 = 1500元 > 1000元 each
    "全年救助困难群众6400人次，发放临时救助金960万元，每人次救助金额均不超过1000元。",
    # 192万 / 320 = 6000元 > 3000元 each
    "对320户个体工商户作出罚款处罚，罚没款合计192万元，每户罚款金额均在3000元以下。",
    # lower bound: 540万 / 60 = 9万 < 10万 each
    "全年办理环境违法重大案件60件，罚款合计540万元，单案罚款金额均在10万元以上。",
    # lower bound: 45万 / 150 = 3000元 < 5000元 each
    "全年扶持创业人员150名，发放创业补贴资金45万元，每人补贴金额均不低于5000元。",
    # 168万 / 420 = 4000元 > 最高3000元
    "全年为农民工420名追讨欠薪，追回工资合计168万元，个人追回金额最高为3000元。",
    # the count names the bound's members too (当场处罚): 192万 / 960 = 2000元 > 200元
    "全年适用简易程序当场处罚违法行为960件，罚款合计192万元，当场处罚的单笔罚款均在200元以下。",
]

BOUND_RIGHT = [
    # 25.6万 / 1280 = 200元 = the bound (every fine 200元)
    "全年适用简易程序当场处罚违法行为1280件，罚款合计25.6万元，单笔罚款均在200元以下。",
    # 其中: the bound is of a part (930万 / 186 = 5万 is of all cases)
    "全年查处违法案件186件，罚没款合计930万元，其中对个人当场作出的罚款单笔均在200元以下。",
    # 以上: 1440万 / 48 = 30万 ≥ 10万
    "全年办理环境违法重大案件48件，罚款合计1440万元，单案罚款金额均在10万元以上。",
    # 单笔 of 213笔: 688万 / 213 = 3.23万 < 5万 (688万 / 86家 = 8万 is per firm)
    "全年对86家生产经营单位作出罚款处罚213笔，罚款金额合计688万元，单笔罚款均在5万元以下。",
    # a bound of days, not of money (1836万 / 12240 = 1500元 bounds nothing)
    "全年救助困难群众12240人次，发放临时救助金1836万元，每人次审批时限均不超过3天。",
    # a 的-clause names a part: the 200元以下 cases are some of them
    "全年当场处罚违法行为1280件，罚款合计256万元，单笔罚款200元以下的案件占35%。",
    # 84万 / 420 = 2000元 ≤ 最高3000元
    "全年为农民工420名追讨欠薪，追回工资合计84万元，个人追回金额最高为3000元。",
    # the money is of equipment, not of fines (360万 / 1200 bounds no fine)
    "全年开展执法检查1200件，投入执法装备经费360万元，单笔罚款均在500元以下。",
    # 适用简易程序的: a part of the 860 cases (1290万 / 860 = 1.5万 is of all of them)
    "全年办理行政处罚案件860件，罚没款合计1290万元，适用简易程序的单笔罚款均在200元以下。",
    # a bound per month: 960万 / 1000 = 9600元 a year = 800元 × 12
    "全年为1000名困难群众发放生活补助960万元，每人每月补助最高不超过800元。",
]


@pytest.mark.parametrize("text", BOUND_WRONG)
def test_average_breaks_each_bound(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", BOUND_RIGHT)
def test_bound_kept_or_not_of_them(text: str) -> None:
    assert not _found(text), text


def test_bound_message_names_arithmetic() -> None:
    # 256万 / 1280 = 2000元
    (msg,) = _found(BOUND_WRONG[0])
    assert "256万元÷1280件＝2000元" in msg and "上限" in msg


# --- 每万人X量 ---------------------------------------------------------------------------

PER_WAN_WRONG = [
    # 3.6万 / 240 = 150, not 15
    "全市常住人口240万人，全年办理公证事项3.6万件，每万人公证量约15件。",
    # 430 / 86 = 5, not 0.5
    "全区常住人口86万人，全年受理行政复议案件430件，每万人行政复议案件量为0.5件。",
    # 2600 / 52 = 50, not 5
    "全县户籍人口52万人，全年受理信访事项2600件，每万人信访量约5件。",
    # 9600 / 120 = 80, not 8
    "全市常住人口120万人，全年调解矛盾纠纷9600件，每万人调解量为8件。",
    # 700 / 35 = 20, not 2
    "全区常住人口35万人，全年办理法律援助案件700件，每万人法律援助量2件。",
    # 20.4万 / 68 = 3000, not 300
    "全区常住人口68万人，全年受理诉求工单20.4万件，每万人诉求量300件。",
    # 45万 / 150 = 3000, not 300
    "全市常住人口150万人，全年处理交通违法行为45万起，每万人交通违法量为300起。",
    # 1600 / 40 = 40, not 4
    "全区常住人口40万人，全年受理投诉举报1600件，每万人投诉举报量为4件。",
]

PER_WAN_RIGHT = [
    # 3.6万 / 240 = 150
    "全市常住人口240万人，全年办理公证事项3.6万件，每万人公证量约150件。",
    # 430 / 86 = 5
    "全区常住人口86万人，全年受理行政复议案件430件，每万人行政复议案件量为5件。",
    # 2600 / 52 = 50
    "全县户籍人口52万人，全年受理信访事项2600件，每万人信访量约50件。",
    # 9600 / 120 = 80
    "全市常住人口120万人，全年调解矛盾纠纷9600件，每万人调解量约80件。",
    # 20.4万 / 68 = 3000
    "全区常住人口68万人，全年受理诉求工单20.4万件，每万人诉求量3000件。",
    # no 量: 1424 / 356 = 4
    "全市常住人口356万人，全年受理行政复议案件1424件，每万人行政复议案件4件。",
    # 律师 counted nowhere: no reading (3.6万件 is of 公证)
    "全市常住人口240万人，全年办理公证事项3.6万件，每万人律师量为3.5名。",
    # 每千人: 1500 / (50万 / 1000) = 3
    "全区常住人口50万人，全年查处违法案件1500件，每千人案件量为3件。",
]


@pytest.mark.parametrize("text", PER_WAN_WRONG)
def test_volume_per_wan_off(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", PER_WAN_RIGHT)
def test_volume_per_wan_fits(text: str) -> None:
    assert not _found(text), text
