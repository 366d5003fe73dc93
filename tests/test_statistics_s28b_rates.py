"""Session 28b, coder rates: three structural readings of a breakdown (issue 9).

1. A bare share (「占16.00%」) after an item whose share named its whole (「占总量的37.26%」)
   is a share of the same whole — the items are one breakdown, neither the other's base
   (rates.same_share_name; before: 3893÷9063 reported, real KH067, KG074).
2. A list carried past its full stop stops at an item naming another head noun than the one
   its items (or its whole and its one item) share (partition._list_head; before: 国民总收入
   summed into the 三次产业, 基金支出 into 基金收入 — real KG044, KF072).
3. A 其中 list whose parts add up exactly to another figure of the whole's unit told before
   the whole in its sentence breaks that figure down (partition._earlier_exact_whole; real
   KH075: 一审+二审 = 受理, not 结案).
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CONTRADICTIONS = [
    # (text, code, figures the message names)
    # 1. the bare share of a later item, against the whole the text prints
    (
        "全年受理行政复议案件412件，其中不动产登记类186件，占全部案件的45.1%；行政处罚类98件，"
        "占28.8%；信息公开类57件，占13.8%。",
        "N104",
        ("28.8%", "98÷412"),
    ),
    (
        "全区法律援助中心共办理案件1250件，其中民事案件640件，占全部案件的51.2%；刑事案件410件，"
        "占38.2%；行政案件200件，占16.0%。",
        "N104",
        ("38.2%", "410÷1250"),
    ),
    (
        "本年度共接待群众来访2000人次，其中反映征地拆迁问题的620人次，占来访总量的31.0%；"
        "反映劳动保障问题的480人次，占20.0%。",
        "N104",
        ("20.0%", "480÷2000"),
    ),
    # 2. a list that still sums past its full stop when the next item shares its head
    (
        "全年办理法律援助案件900件。其中民事案件520件、刑事案件300件。行政案件120件。",
        "N101",
        ("520", "300", "120", "900件"),
    ),
    (
        "全市罚没收入8.6亿元，其中罚款收入6.2亿元、没收收入3.1亿元。",
        "N101",
        ("6.2", "3.1", "8.6亿元"),
    ),
    # 3. parts above the nearest whole fitting no earlier figure exactly: still an error
    (
        "全年共收到行政复议申请215件，受理186件，受理率86.5%，其中维持决定120件，撤销决定76件。",
        "N101",
        ("120+76", "186件"),
    ),
    (
        "共受理民事案件5200件，结案4800件，结案率92.3%，其中调解结案2600件，判决结案2500件。",
        "N101",
        ("2600+2500", "4800件"),
    ),
    # a rate against its own two figures, the statement framed by no other period
    (
        "全县受理林政案件3757起，已查处3693起，查处率96.3%。",
        "N104",
        ("96.3%", "3693÷3757"),
    ),
]

CONSISTENT = [
    # 1. items of one breakdown whose whole is not printed: no item is another's base
    "按投诉性质划分：涉及质量问题的投诉案件9063件，占总量的37.26%；售后服务问题3893件，"
    "占16.00%；合同问题2932件，占12.05%；价格问题2743件，占11.28%。",
    "2023年末，苏南地区拥有法人单位173.3万个，占全省法人单位数的59.6%，比2018年末提高1.8个"
    "百分点；苏中地区48.9万个，占16.8%，下降0.8个百分点；苏北地区68.5万个，占23.6%。",
    "今年共调处矛盾纠纷，其中婚姻家庭纠纷318件，占纠纷总数的31.8%；邻里纠纷245件，占24.5%；"
    "损害赔偿纠纷150件，占15.0%。",
    "全区检察机关共起诉2400人，其中危险驾驶罪620人，占起诉总人数的25.8%；盗窃罪410人，"
    "占比17.1%；诈骗罪205人，占比8.5%。",
    # 2. an item past the full stop naming another head noun is a statement of its own
    "全年地区生产总值1210亿元，比上年增长3.0%。其中，第一产业增加值88亿元，增长4.1%；第二产业"
    "增加值483亿元，增长3.8%；第三产业增加值639亿元，增长2.3%。居民可支配收入1197亿元，增长2.8%。",
    "职工医疗保险基金收入2063亿元，同比增长8.6%，其中征缴收入1949亿元。基金支出1515亿元，"
    "同比增长2.8%。",
    "全市一般公共预算收入52.6亿元，其中税收收入41.3亿元。一般公共预算支出98.4亿元。",
    # 3. parts adding up to the figure told before the nearest one
    "2020年两级法院共受理民事案件43296件，结案38180件，结案率88.18%，其中一审案件40148件，"
    "同比下降5.1%，二审案件3148件，基本保持平衡。",
    "全年共收到行政复议申请215件，受理186件，受理率86.5%，其中维持决定120件，撤销决定66件。",
    "全县共收到信访事项1350件，办结1288件，办结率95.4%，其中来信860件，来访490件。",
]


def _n(text: str) -> list[tuple[str, Severity, str]]:
    return [
        (r.code, r.severity, r.message)
        for r in contradictions(analyze_text(text, 2024))
        if r.code.startswith("N")
    ]


@pytest.mark.parametrize(("text", "code", "shown"), CONTRADICTIONS)
def test_contradiction_found(text: str, code: str, shown: tuple[str, ...]) -> None:
    found = [(s, m) for c, s, m in _n(text) if c == code]
    assert found, (text, _n(text))
    assert any(all(f in m for f in shown) for _, m in found), found


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text: str) -> None:
    assert [x for x in _n(text) if x[1] is Severity.ERROR] == [], _n(text)


def test_bare_share_of_named_whole_is_an_error() -> None:
    """The whole the first share names and the text prints is the one base: an error."""
    text = CONTRADICTIONS[0][0]
    (rate,) = [x for x in _n(text) if x[0] == "N104"]
    assert rate[1] is Severity.ERROR
