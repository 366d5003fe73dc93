"""Session 25, coder ta: three general decisions on time and one on announced counts.

* a later year's closing act stated as done (N301): a year's review (考核, 考评, 述法 …) and its
  carry-over (结转) exist only once the year is over, and the report is written by the end of
  the first quarter after the report year;
* a cut-off after the day that opens its sentence (N304): figures told on a day (「5月8日，记者
  …获悉」「3月2日，…通报」) cannot run to a later 截至;
* the report's statistics period named as 「统计数据的期限/时限」 is read like 「统计期限」;
* a list closed by 等 that names five items or more and exactly one fewer than its count (N203,
  a warning): a long list that stops one short reads as complete — the reviewer checks.

The sentences are written for these tests; none comes from a fixture. Each finding has a
consistent twin that must stay silent."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# ---------------------------------------------------------------------------------------------
# a later year's closing act
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a review completed (the noun phrase between 年度 and the review holds digits)
        ("区委依法治区办组织完成2025年度全区38名部门主要负责人述法，实现述法全覆盖。", "述法"),
        # a ranking in a review
        ("我区在2025年度全市法治政府建设考核中位列第三。", "考核"),
        # an honour named in quotes
        ("市场监管局被评为“2025年度依法行政考评先进单位”。", "考评"),
        # a carry-over out of a year not yet over
        ("全年办结复议案件96件（含2025年结转4件）。", "结转"),
    ],
)
def test_a_later_years_closing_act_stated_as_done(text: str, shown: str) -> None:
    found = findings(text, 2024, ("N301",))
    assert len(found) == 1
    message = found[0][1]
    assert "2025年" in message and shown in message and "2024年" in message


@pytest.mark.parametrize(
    "text",
    [
        # the report year's own review (held in the first quarter after it)
        "我区在2024年度全市法治政府建设考核中位列第三。",
        # the review's design may be issued before the year begins
        "印发2025年度法治建设考核实施方案，细化考核指标21项。",
        # a plan
        "下一步，将认真做好2025年度述法评议工作。",
        # a title of the review's rules
        "制定《2025年度部门述职述法工作办法》。",
        # a carry-over from the year before
        "全年办结复议案件96件（含2023年结转4件）。",
        # a carry-over into the next year
        "尚未办结的5件结转至2025年度继续办理。",
    ],
)
def test_closing_acts_that_may_be_named_stay_silent(text: str) -> None:
    assert findings(text, 2024, ("N301",)) == []


# ---------------------------------------------------------------------------------------------
# a cut-off after the day of its sentence
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cut", "day"),
    [
        (
            "5月8日，记者从县人力资源和社会保障局获悉，截至5月底，全县共追讨欠薪326万元。",
            "截至5月底",
            "5月8日",
        ),
        ("3月2日，区司法局通报，截至3月15日，已办理法律援助案件147件。", "截至3月15日", "3月2日"),
        ("9月3日，市场监管局发布消息，截至10月，全市共查办案件412件。", "截至10月", "9月3日"),
    ],
)
def test_a_cut_off_after_the_day_its_figures_are_told(text: str, cut: str, day: str) -> None:
    found = findings(text, 2023, ("N304",))
    assert len(found) == 1
    assert cut in found[0][1] and day in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "5月8日，记者从县人力资源和社会保障局获悉，截至4月底，全县共追讨欠薪326万元。",
        "3月2日，区司法局通报，截至3月1日，已办理法律援助案件147件。",
        # 截至 a month without a day may end on the day itself
        "9月3日，市场监管局发布消息，截至9月，全市共查办案件412件。",
        # the day opens another sentence
        "截至5月底，全县共追讨欠薪326万元。6月8日，县人社局召开会议。",
    ],
)
def test_cut_offs_before_the_day_stay_silent(text: str) -> None:
    assert findings(text, 2023, ("N304",)) == []


# ---------------------------------------------------------------------------------------------
# the statistics period named after 的
# ---------------------------------------------------------------------------------------------


def test_statistics_period_named_after_de() -> None:
    bad = "本报告所列统计数据的时限自2024年1月1日起，至2025年6月30日止。"
    found = findings(bad, 2024, ("N301",))
    assert len(found) == 1 and "2025年6月30日" in found[0][1]
    assert findings(bad.replace("2025年6月30日", "2024年12月31日"), 2024, ("N301",)) == []


# ---------------------------------------------------------------------------------------------
# a list closed by 等 one item short
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said", "listed"),
    [
        (
            "重点围绕食品安全、药品安全、特种设备、工业产品质量、网络交易、价格监管等七个领域开展专项执法。",
            "7个",
            "6项",
        ),
        (
            "对市场监管、生态环境、交通运输、文化旅游、农业农村等六支执法队伍开展案卷评查。",
            "6支",
            "5项",
        ),
    ],
)
def test_a_list_closed_by_deng_one_item_short(text: str, said: str, listed: str) -> None:
    found = findings(text, 2024, ("N203",))
    assert len(found) == 1
    assert said in found[0][1] and listed in found[0][1] and "等" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # complete
        "重点围绕食品安全、药品安全、特种设备、工业产品质量等四个领域开展专项执法。",
        # four named of five: 等 may leave one out
        "重点围绕食品安全、药品安全、特种设备、工业产品质量等五个领域开展专项执法。",
        # 等其他 says in words that unnamed ones are counted
        "对市场监管、生态环境、交通运输、文化旅游、农业农村等其他六支执法队伍开展案卷评查。",
        # two named of three: 等 leaves the list open
        "开展宪法宣传周、民法典宣传月等3项主题活动。",
        # far fewer than the count
        "围绕食品安全、药品安全等十个领域开展执法检查。",
    ],
)
def test_lists_closed_by_deng_that_may_be_open_stay_silent(text: str) -> None:
    assert findings(text, 2024, ("N203",)) == []
