"""Silence on real consistent text (session 20, s20-quiet): three readings that tied figures
the sentence does not tie, each met in a published paragraph.

* A count that opens its clause and whose noun runs on, with no mark, into the next figure of
  its unit counts the holders of that figure (「其中，省直部门差评工单0个，17个地市差评工单
  1249个」): it is no part of the 其中 list (N101 stays when the listed parts do exceed).
* A change in % after a share, read as points, would put the share below 0% (「占…的20%，同比
  上升220%」): it is a relative change, no % / 个百分点 slip (N106 stays when it may be points).
* A rate whose sentence opens a period of its own (「三年来，」) counts within that frame, not
  against a total of an earlier sentence told for another frame (N104 stays when the frames
  are the same or the base is in the rate's own sentence).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from tests.relation_helpers import findings


def _messages(text: str, code: str, year: int = 2024) -> list[str]:
    return [message for c, message in findings(text, year, (code,)) if c == code]


# --- a count of the holders of the next figure (N101) ---------------------------------------

HOLDERS = [
    # 0 + 1249 = 1249; 17个 counts the cities the 1249 are spread over
    "全省产生有效差评工单1249个。其中，省直部门差评工单0个，17个地市差评工单1249个。",
    # 12 + 86 = 98; 9个 counts the towns of the 86
    "全年受理投诉举报98件，其中，区级部门办理12件，9个镇街办理86件。",
    # 3 + 40 = 43; 5所 counts the schools of the 40
    "今年共开展校园法治讲座43场，其中，教育局组织3场，5所中学自行组织40场。",
    # 2 + 31 = 33; 6家 counts the firms of the 31
    "全年检查发现问题33个，其中，本级发现2个，6家第三方机构发现31个。",
    # 7 + 120 = 127; 14个 counts the villages of the 120
    "全镇共建成法治宣传阵地127个，其中，镇级7个，14个行政村建成120个。",
    # 1 + 56 = 57; 8个 counts the offices of the 56
    "全年办理行政复议案件57件，其中，县政府本级1件，8个部门被申请56件。",
]

HOLDERS_EXCEED = [
    # 2 + 1249 = 1251 > 1249
    (
        "全省产生有效差评工单1249个。其中，省直部门差评工单2个，17个地市差评工单1249个。",
        "1251",
    ),
    # 15 + 86 = 101 > 98
    ("全年受理投诉举报98件，其中，区级部门办理15件，9个镇街办理86件。", "101"),
    # 5 + 40 = 45 > 43
    ("今年共开展校园法治讲座43场，其中，教育局组织5场，5所中学自行组织40场。", "45"),
    # 9 + 120 = 129 > 127
    ("全镇共建成法治宣传阵地127个，其中，镇级9个，14个行政村建成120个。", "129"),
]


@pytest.mark.parametrize("text", HOLDERS)
def test_count_of_holders_is_no_part(text: str) -> None:
    assert _messages(text, "N101") == []


@pytest.mark.parametrize(("text", "total"), HOLDERS_EXCEED)
def test_parts_beside_a_holder_count_still_exceed(text: str, total: str) -> None:
    messages = _messages(text, "N101")
    assert messages and total in messages[0]


# --- a % change that cannot be points (N106) -------------------------------------------------

IMPOSSIBLE_POINTS = [
    # 20% rising by 220 points would start at -200%: a relative change (of 861 or the share)
    "全年新收政府信息公开案件861件，占一审常规行政案件的20%，同比上升220%。",
    # 15% + 150 points: impossible
    "受理涉企投诉312件，占投诉总量的15%，较上年增长150%。",
    # 8.5% rising 40 points: impossible
    "办理涉外公证1203件，占公证总量的8.5%，同比提高40%。",
    # 90% falling 35 points would start at 125%: impossible
    "网上办理事项4528件，占全部事项的90%，较上年下降35%。",
]

POSSIBLE_POINTS = [
    # 20% rising 2 points is possible: the % / 个百分点 slip is warned
    ("全年新收政府信息公开案件861件，占一审常规行政案件的20%，同比上升2%。", "2%"),
    # 54.8% rising 16.7 points is possible
    ("法律顾问覆盖率为54.8%，较去年同期提高16.7%。", "16.7%"),
    # 90% falling 5 points is possible
    ("网上办理事项4528件，占全部事项的90%，较上年下降5%。", "5%"),
    # 15% rising 3 points is possible
    ("受理涉企投诉312件，占投诉总量的15%，较上年提高3%。", "3%"),
]


@pytest.mark.parametrize("text", IMPOSSIBLE_POINTS)
def test_change_too_large_for_points_is_relative(text: str) -> None:
    assert _messages(text, "N106") == []


@pytest.mark.parametrize(("text", "figure"), POSSIBLE_POINTS)
def test_change_that_may_be_points_still_warned(text: str, figure: str) -> None:
    messages = _messages(text, "N106")
    assert messages and figure in messages[0]


# --- a rate inside a period frame of its own (N104) ------------------------------------------

OWN_FRAME = [
    # 41.7% of the centre's own total (unsaid); 3896 ÷ 9.9万 = 3.9% is another frame's base
    "《法律援助法》实施以来，全市共受理法律援助案件9.9万件。三年来，市法律援助中心累计为"
    "特殊群体提供法律援助3896件，占法律援助案件总量的41.7%。",
    # 30% of the five-year total (unsaid); 612 ÷ 8500 = 7.2% is this year's base
    "2024年，全区共办理行政复议案件8500件。五年来，区复议局累计办结涉企案件612件，占办结"
    "案件总量的30%。",
    # 55% of the decade's total; 2200 ÷ 40000 = 5.5%
    "全年共调解矛盾纠纷4万件。十年来，各级调委会累计调解邻里纠纷2200件，占调解纠纷总数的55%。",
    # 62% of the period's total; 930 ÷ 12000 = 7.8%
    "今年全市受理投诉1.2万件。2019年以来，市消费者协会累计调处预付卡投诉930件，占受理投诉"
    "总量的62%。",
]

SAME_FRAME = [
    # 3896 ÷ 9900 = 39.4% ≠ 41.7%: one frame, the base stands
    (
        "三年来，全市共受理法律援助案件9900件。三年来，为特殊群体提供法律援助3896件，占法律"
        "援助案件总量的41.7%。",
        "3896÷9900",
    ),
    # 612 ÷ 1800 = 34% ≠ 30%: the base is in the rate's own sentence
    (
        "五年来，区复议局累计办结行政复议案件1800件，其中涉企案件612件，占办结案件总量的30%。",
        "612÷1800",
    ),
    # 180 ÷ 320 = 56.3% ≠ 52.5%: no frame opened, the earlier base stands
    ("全年受理申请320件。组织听证12次。维持原行政行为的180件，占受理总数的52.5%。", "180÷320"),
    # 2200 ÷ 4000 = 55% fits; 2200 ÷ 4000 with 50% does not
    (
        "十年来，全市共调解矛盾纠纷4000件。十年来，各级调委会调解邻里纠纷2200件，占调解纠纷"
        "总数的50%。",
        "2200÷4000",
    ),
]


@pytest.mark.parametrize("text", OWN_FRAME)
def test_rate_in_a_frame_of_its_own_takes_no_earlier_base(text: str) -> None:
    assert _messages(text, "N104") == []


@pytest.mark.parametrize(("text", "pair"), SAME_FRAME)
def test_rate_in_the_same_frame_still_checked(text: str, pair: str) -> None:
    messages = _messages(text, "N104")
    assert messages and pair in messages[0]
