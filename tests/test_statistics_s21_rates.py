"""Session 21 (s21-rates): rates read by the structure of their name and of the figures around
them (N104, N105).

* a qualifier in a rate's name that narrows the set it is a share of (一审, 诉前, 线上, 涉企,
  当年: numbers.toml ``rates.base-qualifiers``) must be in its base's words: 「新收行政诉讼案件
  500件…一审败诉率」 names the 一审 cases, a base the text does not give — silent;
* a share right after a 、 list (「A类210件、B类190件、C类100件，占投诉总量的50%」) may be the
  share of the items together; over the one whole its readings name, that sum is the reading
  reported when it does not fit;
* 「…3206件，…28件，合计占70.9%」: a share said of the figures before it taken together is their
  sum over the figure before them (a warning when that whole is only guessed: the sentence
  before, or the first figure of the run without a 其中 link);
* shares of one sentence adding up to 100% over the figure right before each, whose figures add
  up to a figure of the paragraph that each fits, are a complete split of that figure (not of
  the wider figure 总数 might name);
* a rate named before 到达 is read as any other (发放比例到达120% is impossible: N105).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N104", "N105")


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=CODES)


FOUND = [
    # 12 ÷ 150 = 8%: the base names 一审 as the rate does
    (
        "全年审结一审行政诉讼案件150件，其中行政机关一审败诉12件，一审败诉率为10%。",
        "N104",
        ("12÷150＝8%",),
    ),
    # 76 ÷ 80 = 95%
    ("受理涉企行政复议案件80件，办结76件，涉企案件办结率为90%。", "N104", ("76÷80＝95%",)),
    # 180 ÷ 200 = 90%
    ("线上受理申请200件，线上办结180件，线上办结率为95%。", "N104", ("180÷200＝90%",)),
    # (210 + 190 + 100) ÷ 1000 = 50%, the list's sum, not its last item
    (
        "全年受理投诉1000件。其中价格类210件、质量类190件、服务类100件，占投诉总量的55%。",
        "N104",
        ("（210＋190＋100）÷1000＝50%",),
    ),
    # (60 + 30) ÷ 120 = 75%
    (
        "全年受理案件120件，其中调解结案60件、撤诉30件，合计占70%。",
        "N104",
        ("（60＋30）÷120＝75%",),
    ),
    # (150 + 60) ÷ 300 = 70%, the whole in the sentence before
    (
        "共收到行政复议申请300件。其中维持决定150件，驳回申请60件，合计占65%。",
        "N104",
        ("（150＋60）÷300＝70%",),
    ),
    # a payout proportion over 100%
    ("截至年底，全区法律援助补贴发放比例到达120%。", "N105", ("120%超过100%",)),
    # shares adding up to 105%: no complete split; 15 ÷ 50 = 30%
    (
        "新收案件60件，受理50件。其中治安类10件，占案件总数的20%；劳动类25件，占总数的50%；"
        "其他15件，占总数的35%。",
        "N104",
        ("15÷50＝30%",),
    ),
    # (800 + 400 + 300) ÷ 2000 = 75%
    (
        "全年接听来电2000个，其中咨询类800个、求助类400个和投诉类300个，占来电总量的70%。",
        "N104",
        ("（800＋400＋300）÷2000＝75%",),
    ),
]


@pytest.mark.parametrize(("text", "code", "shown"), FOUND)
def test_found(text: str, code: str, shown: tuple[str, ...]) -> None:
    got = _found(text)
    assert any(c == code and all(s in m for s in shown) for c, m in got), got


QUIET = [
    # 一审败诉率 over the 一审 cases, unstated (30 ÷ 500 = 6%, 30 ÷ 480 = 6.25%)
    "全年新收行政诉讼案件500件，审结480件。其中行政机关一审败诉案件30件，一审败诉率为8.2%。",
    # 诉前 names a set the sentence does not count (7900 ÷ 8000 = 98.75%)
    "全年受理矛盾纠纷8000件，化解7900件，化解成功率98.8%，诉前纠纷化解率为35%。",
    # 涉企 cases unstated (30 ÷ 200 = 15%)
    "全年办结行政复议案件200件，纠错30件，涉企案件纠错率为18%。",
    # (210 + 190 + 100) ÷ 1000 = 50%
    "全年受理投诉1000件。其中价格类210件、质量类190件、服务类100件，占投诉总量的50%。",
    # (800 + 400 + 300) ÷ 2000 = 75%
    "全年接听来电2000个，其中咨询类800个、求助类400个和投诉类300个，占来电总量的75%。",
    # 15 + 27 + 18 = 60 and 25 + 45 + 30 = 100: a complete split of 受理60, not of 收到90
    "全年收到复议申请90件，受理60件。其中治安类15件，占总数的25%；劳动类27件，占总数的45%；"
    "其他18件，占总数的30%。",
    # (60 + 30) ÷ 120 = 75%
    "全年受理案件120件，其中调解结案60件、撤诉30件，合计占75%。",
    # (150 + 60) ÷ 300 = 70%
    "共收到行政复议申请300件。其中维持决定150件，驳回申请60件，合计占70%。",
    # a rate of growth may exceed 100%
    "全年法律援助案件增长率达到120%。",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert _found(text) == []
