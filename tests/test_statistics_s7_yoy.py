"""Year-on-year changes, session 7 (issue 9): paired 分别 lists of changes in units and in
per cent, a prior-year figure stated sentences or paragraphs after the change, a bracketed
prior that belongs to its own sentence's change, the % / 个百分点 slip across sentences, and
a 个百分点 change paragraphs after the 由…到… pair it measures.

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). The expected verdicts were worked out
by hand:

* 分别 lists: 136 − 16 = 120 and 16 ÷ 120 = 13.3%; 820 − 120 = 700 and 120 ÷ 700 = 17.1%
  (14.6% fails); 2,350 + 150 = 2,500 and 150 ÷ 2,500 = 6.0%, 1,260 + 140 = 1,400 and
  140 ÷ 1,400 = 10.0% (9.1% fails); 60 ÷ 360 = 16.7%, 70 ÷ 490 = 14.3% (12.0% fails);
  300 ÷ 1,200 = 25%, 160 ÷ 800 = 20% (25% fails); 4 ÷ 16 = 25%, 1 ÷ 4 = 25% (40% fails);
  四十 ÷ 二百八十 = 14.3%, 五万 ÷ 四十万 = 12.5% (15% fails); 30 ÷ 240 = 12.5%,
  22 ÷ 220 = 10.0% (11.0% fails); 20 ÷ 400 = 5%, 200 ÷ 1,000 = 20%.
* a prior figure after the change: 1,874 ← 1,902 is −1.5% (增长3.2% fails); 2,150 ← 2,010
  is +7.0% (下降4.5% fails); 316 ← 300 is +5.3% (12.0% fails); 1,560 ← 1,420 is +9.9%
  (下降8.6% fails); 1,320 ← 1,380 is −4.3% (增长6.5% fails); 3,460 ← 3,120 is +10.9%
  (4.1% fails); 1,280 ← 1,300 is −1.5% (增长5.0% fails); 5,210 ← 4,730 is +10.1%.
* a bracketed prior of another change: 1,306 ← 1,496 is −12.7%; 836 has no prior of its
  own (silent), 836 ← 800 is +4.5% (8.3% fails).

A link across a full stop or a paragraph is a warning; an error only within one sentence.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, 2023))]


# (code, severity, text)
LISTED = [
    (
        "N108",
        E,
        "受理案件136件、涉及金额820万元，分别比上年增加16件、120万元，同比分别增长13.3%和14.6%。",
    ),
    (
        "N108",
        E,
        "区人社局追发工资2,350万元、惠及劳动者1,260人，分别较上年减少150万元、140人，"
        "同比分别下降6.0%和9.1%。",
    ),
    (
        "N108",
        W,
        "街道调解纠纷420件、涉案金额560万元，分别比上年增加60件、70万元。同比分别增长16.7%、12.0%。",
    ),
    ("N108", E, "区税务局办理退税1,500件和960户，比上年分别增加300件、160户，分别增长25%和25%。"),
    (
        "N108",
        E,
        "安全生产事故和死亡人数分别为12起、3人，较上年分别减少4起、1人，同比分别下降25%、40%。",
    ),
    (
        "N108",
        E,
        "区卫健委监督检查医疗机构三百二十家次、罚没款四十五万元，分别比上年增加四十家次、五万元，"
        "分别增长百分之十四点三、百分之十五。",
    ),
    (
        "N108",
        E,
        "行政复议申请和受理分别为210件、198件，比上年分别减少30件、22件，同比分别下降12.5%和11.0%。",
    ),
]

LISTED_TRAPS = [
    "受理案件136件、涉及金额820万元，分别比上年增加16件、120万元，同比分别增长13.3%和17.1%。",
    "区人社局追发工资2,350万元、惠及劳动者1,260人，分别较上年减少150万元、140人，"
    "同比分别下降6.0%和10.0%。",
    "街道调解纠纷420件、涉案金额560万元，分别比上年增加60件、70万元。同比分别增长16.7%、14.3%。",
    "区税务局办理退税1,500件和960户，比上年分别增加300件、160户，分别增长25%和20%。",
    "安全生产事故和死亡人数分别为12起、3人，较上年分别减少4起、1人，同比分别下降25%、25%。",
    "区卫健委监督检查医疗机构三百二十家次、罚没款四十五万元，分别比上年增加四十家次、五万元，"
    "分别增长百分之十四点三、百分之十二点五。",
    "行政复议申请和受理分别为210件、198件，比上年分别减少30件、22件，同比分别下降12.5%和10.0%。",
    # two statements, each naming its own thing: not one list
    "全年查处案件420件、罚没1,200万元，较上年分别增加20件和200万元，罚没金额增长20%，案件数增长5%。",
    # each change with its own amount
    "受理案件136件，比上年增加16件，增长13.3%；涉及金额820万元，比上年增加120万元，增长17.1%。",
    # the bases restated too
    "受理案件136件、涉及金额820万元，分别比上年增加16件、120万元，同比分别增长13.3%和17.1%"
    "（上年分别为120件、700万元）。",
]

PRIOR_LATER = [
    (
        "N108",
        W,
        "全年受理投诉1,874件，同比增长3.2%。\n区市场监管局组织培训12场。\n上年同期受理投诉1,902件。",
    ),
    (
        "N108",
        W,
        "全年受理投诉1,874件，同比增长3.2%。区市场监管局开展检查20次。而上年同期受理投诉1,902件。",
    ),
    (
        "N108",
        W,
        "2023年，区人社局全年受理劳动仲裁案件2,150件，同比下降4.5%。\n区人社局开展执法检查46次。\n"
        "2022年受理劳动仲裁案件2,010件。",
    ),
    (
        "N108",
        W,
        "区城管局查处违法建设案件316起，同比增长12.0%。\n区城管局开展宣传42场。\n"
        "去年全年查处违法建设案件300起。",
    ),
    (
        "N108",
        W,
        "区生态环境局下达行政处罚决定书128份，罚没金额1,560万元，较上年下降8.6%。\n"
        "上年处罚金额为1,420万元。",
    ),
    (
        "N108",
        W,
        "区应急管理局全年检查企业1,320家次，较上年增长6.5%。\n区应急管理局开展宣传20场。\n"
        "上一年度检查企业1,380家次。",
    ),
    ("N108", W, "区公安分局受理治安案件3,460起，同比增长4.1%。上年同期受理治安案件3,120起。"),
    (
        "N108",
        W,
        "区税务局全年办理退税1,280笔，较上年增长5.0%。组织纳税人培训16场，覆盖企业420家。"
        "去年办理退税1,300笔。",
    ),
    (
        "N108",
        W,
        "全年办理公证5,210件，出具法律意见书1,460份。\n公证办理量比上年的4,730件增长12.0%。",
    ),
    (
        "N108",
        E,
        "信访总量1,306件次，同比下降12.7%（上年为1,496件次），其中网上信访836件次，"
        "同比增长8.3%（上年为800件次）。",
    ),
]

PRIOR_LATER_TRAPS = [
    "2023年，区人社局全年受理劳动仲裁案件2,150件，同比增长7.0%。\n区人社局开展执法检查46次。\n"
    "2022年受理劳动仲裁案件2,010件。",
    # the year's own figure restated, not a prior
    "2023年，区人社局全年受理劳动仲裁案件2,150件，同比增长7.0%。\n区人社局开展执法检查46次。\n"
    "2023年受理劳动仲裁案件2,150件。",
    # another thing of another unit class
    "2023年，区人社局全年受理劳动仲裁案件2,150件，同比增长7.0%。\n区人社局开展执法检查46次。\n"
    "2022年办理工伤认定2,400件。",
    # another counted thing last year
    "区城管局查处违法建设案件316起，同比增长12.0%。\n区城管局开展宣传42场。\n"
    "去年全年查处占道经营案件300起。",
    "区公安分局受理治安案件3,460起，同比增长4.1%。上年同期受理刑事案件3,320起。",
    "全年受理投诉1,874件，同比增长3.2%。区市场监管局开展检查20次。上年同期开展检查1,902件。",
    # an approximate prior
    "区应急管理局全年检查企业1,320家次，较上年增长6.5%。\n区应急管理局开展宣传20场。\n"
    "上一年度检查企业约1,240家次。",
    "区公安分局受理治安案件3,460起，同比增长10.9%。上年同期受理治安案件3,120起。",
    # the current figure is the 公证 one, not the 法律意见书 one
    "全年办理公证5,210件，出具法律意见书1,460份。\n公证办理量比上年的4,730件增长10.1%。",
    "全年出具法律意见书1,460份。\n公证办理量比上年的4,730件增长10.1%。",
    # a bracketed prior belongs to its own sentence's figure
    "信访总量1,306件次，同比下降12.7%（上年为1,496件次）。\n网上信访836件次，同比增长8.3%。",
    "信访总量1,306件次，同比下降12.7%（上年为1,496件次），其中网上信访836件次，同比增长8.3%。",
    "信访总量1,306件次，同比下降12.7%，上年为1,496件次。网上信访836件次，同比增长8.3%。",
    # a prior share against this year's part and whole
    "全区律师事务所68家，其中个人所17家。\n组织培训12场。\n个人所占比重由上年的21.3%提高到25.0%。",
    "全区律师事务所68家，其中个人所17家，个人所占比重由上年的21.3%提高到25.0%。",
]


@pytest.mark.parametrize(("code", "severity", "text"), [*LISTED, *PRIOR_LATER])
def test_contradiction_found(code: str, severity: Severity, text: str) -> None:
    got = found(text)
    assert any(c == code and s is severity for c, s, _ in got), got


@pytest.mark.parametrize("text", [*LISTED_TRAPS, *PRIOR_LATER_TRAPS])
def test_consistent_silent(text: str) -> None:
    got = [g for g in found(text) if g[0] in ("N106", "N108")]
    assert got == []


def test_listed_message_shows_the_pair() -> None:
    (msg,) = [m for c, _, m in found(LISTED[0][2]) if c == "N108"]
    assert "820万元－120万元＝基期700万元" in msg
    assert "120万元÷700万元＝17.1%" in msg
