"""False alarms found on real published reports, session 10 second batch (s10-real2): the
shapes behind them, rewritten with other bodies, nouns and figures.

1. Partition: a 其中 list of the ways a service matter was handled, each on its own axis —
   how fast (马上办, 即办), how many trips (一次办, 最多跑一次), where (就近办, 跨省通办), by
   which channel (网上) — counts one matter under several heads, so its sum may pass the
   total (numbers.toml ``clauses.dimensions``: speed, visits, place). Parts all on one axis
   (即办件 / 承诺件, 网上 / 现场) still split the whole and are still added up (N101).

Every sentence is written for these tests; each carries the arithmetic done by hand."""

from __future__ import annotations

import pytest
from relation_helpers import found


def _codes(text: str) -> list[str]:
    return [c for c, _ in found(text) if c in ("N101", "N102")]


# --- 1. ways of handling on different axes ------------------------------------------------

HANDLING_AXES_CONSISTENT = [
    # 41,200 + 9,800 + 38,900 = 89,900 > 52,600: speed, place and trips overlap
    "全县政务服务中心全年办件52600件，其中马上办41200件、就近办9800件、一次办38900件。",
    # 7,310 + 6,020 = 13,330 > 8,450: speed and channel
    "街道便民服务中心共受理事项8450件，其中即办7310件，网上办理6020件。",
    # 2,980 + 2,760 + 1,150 = 6,890 > 3,400
    "镇便民服务中心受理群众事项3400件，其中最多跑一次2980件、马上办2760件、异地办1150件。",
    # 15,400 + 14,900 = 30,300 > 18,200: trips and channel
    "区行政审批局共办理审批服务事项18200件，其中不见面审批办理15400件，网上申报14900件。",
    # 612 + 590 + 344 = 1,546 > 705
    "乡便民服务站全年代办事项705件，其中零跑腿612件、马上办590件、就近办344件。",
    # 26,500 + 25,800 + 3,100 = 55,400 > 31,000
    "市民中心本年度办理事项31000件，其中网上办26500件、一次办25800件、跨省通办3100件。",
    # 4,420 + 3,950 = 8,370 > 5,100: speed and trips
    "开发区政务服务大厅办件5100件，其中即办件4420件，零跑动3950件。",
    # 980 + 870 + 760 + 120 = 2,730 > 1,060
    "社区服务站累计办理1060件，其中马上办980件，网上办870件，一次办760件，全城通办120件。",
]

HANDLING_ONE_AXIS_WRONG = [
    # 5,900 + 3,100 = 9,000 > 8,450: 即办 and 承诺件 are both speed, a split
    "街道便民服务中心共受理事项8450件，其中即办件5900件，承诺件3100件。",
    # 2,100 + 1,460 = 3,560 > 3,400: 网上 and 现场, both channel
    "镇便民服务中心受理群众事项3400件，其中网上办理2100件，现场办理1460件。",
    # 30,400 + 23,100 = 53,500 > 52,600: no axis named, an ordinary split
    "全县政务服务中心全年办件52600件，其中行政许可30400件，公共服务23100件。",
    # 11,900 + 6,500 = 18,400 > 18,200: 线上 and 线下
    "区行政审批局共办理审批服务事项18200件，其中线上办理11900件，线下办理6500件。",
    # 420 + 300 = 720 > 705
    "乡便民服务站全年代办事项705件，其中即办件420件、承诺件300件。",
    # 17,800 + 13,600 = 31,400 > 31,000: 网上 and 现场
    "市民中心本年度办理事项31000件，其中网上申办17800件，现场申办13600件。",
    # 2,900 + 2,300 = 5,200 > 5,100
    "开发区政务服务大厅办件5100件，其中企业事项2900件，个人事项2300件。",
    # 610 + 470 = 1,080 > 1,060
    "社区服务站累计办理1060件，其中线上受理610件，线下受理470件。",
]


@pytest.mark.parametrize("text", HANDLING_AXES_CONSISTENT)
def test_handling_axes_consistent(text: str) -> None:
    assert "N101" not in _codes(text), found(text)


@pytest.mark.parametrize("text", HANDLING_ONE_AXIS_WRONG)
def test_handling_one_axis_wrong(text: str) -> None:
    assert "N101" in _codes(text), found(text)


# --- 2. a day or month average that names an activity of its own --------------------------

OWN_ACTIVITY_AVERAGE_CONSISTENT = [
    # 180 a day of meals: none of 1,233 / 124 / 2,152 is about meals
    "全年办理医疗救助1233人次、临时救助124人次、居家养老上门服务2152人次，“长者食堂”日均供餐180人次。",
    # 95 rides a day of the shuttle: 8,600 consultations and 3,100 visits are other things
    "全年提供法律咨询8600人次、上门走访3100人次，便民接驳车日均运送95人次。",
    # 60 a day at the library against 4,200 trained and 2,900 checked
    "全年培训网格员4200人次，入户核查2900户次，社区书屋日均借阅60人次。",
    # 40 a month of river patrols beside 310 complaints handled
    "全年处理噪声投诉310件、占道经营投诉260件，河道保洁船月均出勤40次。",
    # 300 a day of the canteen beside 5,400 and 1,800
    "全年接待企业咨询5400人次、办理营业执照1800件，机关食堂日均就餐300人次。",
    # 75 a day of the parking lot beside 2,300 and 960
    "全年调解物业纠纷2300件、邻里纠纷960件，智慧停车场日均进出75车次。",
    # 120 a day of hotline calls on weather beside 3,650 inspections
    "全年开展安全检查3650家次、约谈企业420家次，气象服务热线日均答复120次。",
    # 500 a day at the swimming pool beside 9,100 and 4,300
    "全年发放宣传资料9100份、张贴海报4300份，全民健身中心日均入场500人次。",
]

OWN_ACTIVITY_AVERAGE_WRONG = [
    # 1,233 / 365 = 3.38 and 1,233 / 250 = 4.93: 180 a day of the same 医疗救助 cannot be
    "全年办理医疗救助1233人次，日均办理医疗救助180人次。",
    # 8,600 / 365 = 23.6, / 250 = 34.4: not 95
    "全年提供法律咨询8600人次，日均提供法律咨询95人次。",
    # 12,000 / 365 = 32.9, / 250 = 48: not 180
    "全年接待来访群众12000人次，日均接待来访群众180人次。",
    # 310 / 12 = 25.8: not 40
    "全年处理噪声投诉310件，月均处理噪声投诉40件。",
    # 5,400 / 365 = 14.8, / 250 = 21.6: not 300
    "全年接待企业咨询5400人次，日均接待企业咨询300人次。",
    # 2,300 / 365 = 6.3, / 250 = 9.2: not 75
    "全年调解物业纠纷2300件，日均调解物业纠纷75件。",
    # 280,000 / 365 = 767, / 250 = 1,120: not 967 (no words of its own: any total)
    "全年共受理群众来电28万件，日均约967件。",
    # 9,100 / 365 = 24.9, / 250 = 36.4: not 500
    "全年发放宣传资料9100份，日均发放宣传资料500份。",
    # 2,920 / 365 = 8, / 250 = 11.68: not 30 (a verb of its own but no subject: any total)
    "全年办结矛盾纠纷2920件，日均化解30件。",
]


@pytest.mark.parametrize("text", OWN_ACTIVITY_AVERAGE_CONSISTENT)
def test_own_activity_average_consistent(text: str) -> None:
    assert "N205" not in [c for c, _ in found(text)], found(text)


@pytest.mark.parametrize("text", OWN_ACTIVITY_AVERAGE_WRONG)
def test_own_activity_average_wrong(text: str) -> None:
    assert "N205" in [c for c, _ in found(text)], found(text)
