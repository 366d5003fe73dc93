"""Year-on-year changes, session 8 (issue 9): the % / 个百分点 slip that a relative change
fits only at the edge of the rates' precision, a prior-year figure after a lead-in clause
(「作为对比，上年…」「对照上年数据，2022年同期…」), a base in a bracket right after a change
whose current figure stands sentences or paragraphs before, a prior-year figure stated
before the change, net-change verbs (净增/净减) and derived bases (current − change).

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). The expected verdicts were worked out
by hand:

* the slip at the edge: 97.3 − 94.1 = 3.2 points, 3.2 ÷ 94.1 = 3.40%; 96.8 − 93.9 = 2.9,
  2.9 ÷ 93.9 = 3.09%; 98.5 − 96.2 = 2.3, 2.3 ÷ 96.2 = 2.39%; 99.2 − 96.4 = 2.8, 2.8 ÷ 96.4
  = 2.90%; 97.9 − 94.8 = 3.1, 3.1 ÷ 94.8 = 3.27%; 97.4 − 95.1 = 2.3, 2.3 ÷ 97.4 = 2.36% (a
  fall); 97.0 − 95.1 = 1.9, 1.9 ÷ 95.1 = 2.00%; 98.2 − 95.6 = 2.6, 2.6 ÷ 95.6 = 2.72%. Each
  stated % is the difference, and the relative change rounds to another figure: N106. The
  relative figure (3.4%, 3.1%…), the points, 99.4 against 98.9 (0.5 either way) and whole
  rates (96 against 93: 3.2% rounds to 3%) are silent.
* a lead-in before the prior: 1,320 ← 1,380 is −4.3% (增长6.5% fails); 3,460 ← 3,120 is
  +10.9% (4.1% fails); 236 ← 210 is +12.4% (下降4.0% fails); 1,560 ← 1,420 is +9.9% (下降
  8.6% fails); 二千一百 ← 二千二百 is −4.5% (增长5% fails); 1,236 ← 1,150 is +7.5% (18.2%
  fails); 1,460 ← 1,300 is +12.3% (10.1% fails); 2,150 ← 2,010 is +7.0% (下降4.5% fails);
  回看上年 / 从去年情况看 open a clause of last year: 215 ← 198 is +8.6% (下降4.0% fails).
  Silent: the right figures, another thing (欠薪案件 against 投诉), a quarter of last year,
  「与上年相比，2023年…」 (this year), 1,200余 (approximate), another unit.
* a bracketed base after the change: 4.85 ← 4.12亿 is +17.7% (12.0% fails); 6,430 ← 6,080 is
  +5.8% (下降5.2% fails); 3,215 ← 3,010 is +6.8% (9.0% fails); 1,263.8 ← 1,050万 is +20.4%
  (15.0% fails); 2,350 ← 2,400万 is −2.1% (6.0% fails); 412 ← 356 is +15.7% (8.0% fails);
  一百二十 ← 一百 is +20% (10% fails); 528 ← 480 is +10% (3.0% fails). Silent: the right
  figures, another thing (举报量 against 投诉), a part (网购投诉 2,150 ← 1,792 is +20%).

* a derived base (current − the amount of change): 1,248 − 48 = 1,200, 48 ÷ 1,200 = 4.0%
  (5.0% fails); 326 + 14 = 340, 14 ÷ 340 = 4.1% (3.0% fails); 540 − 90 = 450, 90 ÷ 450 =
  20% (25% fails); 320 − 120 = 200, 120 ÷ 200 = 60% (一倍以上 fails); 2,400 − 400 = 2,000,
  20% (近五成 fails); 36 + 12 = 48, 12 ÷ 48 = 25% (近一半 fails); 一千二百 − 二百 = 一千, 20%
  (25% fails); 860 − 160 = 700万, 22.9% (18.6% fails). Silent: the right figures (4.0%,
  4.1%, 一倍以上 of 170 over 150, 两成), 22.9%, 1,200余 (approximate), a part's own figure
  (线上讲座 60 over 60).
* a prior stated before: 1,236 ← 1,150 is +7.5% (18.2% fails); 236 ← 300 is −21.3% (下降
  4.0% fails); 528 ← 480 is +10% (3.0% fails); 360 ÷ 150 = 2.4 times (增长一倍 fails);
  1,320 − 1,380 = −60 (减少40件 fails); 一千四百六十 ← 一千三百 is +12.3% (10.1% fails);
  1,263.8 ← 1,050万 is +20.4% (15.0% fails); 52 ← 46 is +13.0% (下降 fails). Silent: the
  right figures, another thing (诉讼应诉), a quarter of last year, a half of this year,
  1,300余 (approximate), a base of the change's own sentence, a part (涉及征收的312件).

* a 分别 list of changes whose sentence lists only the bases: 62 ← 70 is −11.4%, 9 ← 12 is
  −25.0% (33.3% fails); 4,816 ← 4,300 is +12.0%, 1,260 ← 1,150 is +9.6% (5.0% fails);
  2,350 ← 2,500万 is −6.0%, 1,260 ← 1,400 is −10.0% (12.0% fails); 420 ← 360 is +16.7%,
  560 ← 490万 is +14.3% (12.0% fails); 一百二十 ← 一百 is +20%, 八千 ← 六千 is +33.3% (25%
  fails); 3,200 ← 2,800 is +14.3%, 4.8 ← 4.0亿 is +20% (25.0% fails); 1,150 ← 1,000 is
  +15%, 86 ← 80 is +7.5% (8.0% fails); 3,215 ← 3,010 is +6.8% (下降6.4% fails), 236 ← 246
  is −4.1%. Silent: the right figures, a list whose second figure this year is not stated,
  a part named otherwise (网购投诉 for 举报量), 60余起 (approximate), figures of other
  things in the same units (酒后驾驶, 拘留).

* last year first, with a long noun before its figure: 14.6 − 11.2 = 3.4 points, 3.4 ÷
  11.2 = 30.4% (3.4% is the slip); 528 ← 480 is +10% (3.0% fails); 98.3 − 96.1 = 2.2
  points (2.4 fails); 1,460 ← 1,300 is +12.3% (10.1% fails); 198 ← 215 is −7.9% (增长
  fails); 9 ← 12 is −25% (33.3% fails); 946 ← 860 is +10% (8.0% fails); 6.2 ← 5.0 万 is
  +24% (20% fails). Silent: the right figures, 上年结转 (this year's intake, no base),
  98.6 against 97.3 (1.3 either way), 近一成 of 10%, a change of a count after two rates.

* a 个百分点 change (or a % one) wherever the rates stand: 14.6 − 11.2 = 3.4 (4.4 fails)
  after 由…到…, before 达到…（上年为…）, with last year's rate in the sentence or paragraph
  before (上年… / 2022年…); 97.5 − 95.0 = 2.5 (3.5 fails); 88.0 − 91.5 = −3.5 (a fall of 2.5
  fails); 3.4% after 达到14.6%（上年为11.2%） is the slip. Silent: the right differences, the
  relative 30.4%, another rate (败诉率), a part's base (网上受理 600 ← 500), a rate stated as
  reached of another year.

* 翻番 / 倍 / 成 / 一半 with last year's figure in a sentence before: 1,200 ÷ 500 = 2.4 times
  (翻番, 翻了一番 fail; 1,200 ÷ 600 = 2 fits); 1,200 ← 500 is +140% (增长近两倍, 150%–200%,
  fails; 增长一倍以上 fits); 1,200 ← 1,000 is +20% (三成 fails, 两成 fits); 300 ← 1,000 is
  −70% (一半 fails), 520 ← 1,000 is −48% (fits); 五百 → 一千二百 翻番 fails. Silent: another
  thing (诉讼案件), a quarter of last year.

* 由/从 a base to a level whose verb goes the other way (1,000 下降到 1,200; 97.6% 提高至
  95.2%; 20 压缩至 25 个工作日; 8.5% 降至 9.2%; 2,360 减少到 2,500万元; 45 减至 52天; 三十二
  增至 二十八): an error; the same verbs the figures' way, and 1,000余 → 1,050, are silent.

A link across a full stop or a paragraph is a warning.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def found(text: str, year: int = 2023) -> list[tuple[str | None, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def change_findings(text: str) -> list[tuple[str | None, Severity | None, str]]:
    return [f for f in found(text) if f[0] in ("N106", "N108")]


# the % / 个百分点 slip: the stated % is the difference, the relative change rounds elsewhere
EDGE_SLIPS = [
    "全区行政执法案卷合格率为97.3%，上年为94.1%，同比提高3.2%。",
    "街道矛盾纠纷调解成功率达到96.8%，同比增长2.9%（上年为93.9%）。",
    "镇政府信访事项按期办结率为98.5%，上年同期为96.2%，同比上升2.3%。",
    "区司法局行政复议决定履行率99.2%，较上年的96.4%提高2.8%。",
    "区医保局定点医药机构检查覆盖率为97.9%。上年为94.8%。同比提高3.1%。",
    "区城管局执法群众满意率为95.1%，上年为97.4%，同比下降2.3%。",
    "区教育局中小学法治副校长配备率达到97.0%，同比增长1.9%（上年为95.1%）。",
    "区市场监管局抽检合格率为98.2%，同比提高2.6%（上年为95.6%）。",
]

EDGE_SILENT = [
    "全区行政执法案卷合格率为97.3%，上年为94.1%，同比提高3.4%。",
    "全区行政执法案卷合格率为97.3%，上年为94.1%，同比提高3.2个百分点。",
    "区人社局劳动保障监察群众满意率为99.4%，上年为98.9%，同比提高0.5%。",
    "区医保局定点医药机构检查覆盖率为97.9%。上年为94.8%。同比提高3.3%。",
    "区城管局执法群众满意率为95.1%，上年为97.4%，同比下降2.4%。",
    "区教育局中小学法治副校长配备率达到97.0%，同比增长2.0%（上年为95.1%）。",
    # whole rates: 3 ÷ 93 = 3.2%, printed to whole per cent as 3%
    "区税务局办税事项网上办理率为96%，上年为93%，同比提高3%。",
    # the change speaks of a count of its own sentence, not of the rate
    "全区行政执法案卷合格率为97.3%，上年为94.1%；评查案卷1,240件，同比增长3.2%。",
]


@pytest.mark.parametrize("text", EDGE_SLIPS)
def test_edge_slip_reported(text: str) -> None:
    got = change_findings(text)
    assert [(code, sev) for code, sev, _ in got] == [("N106", W)], got
    assert "个百分点" in got[0][2]


@pytest.mark.parametrize("text", EDGE_SILENT)
def test_edge_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# a prior-year figure after a lead-in clause, in the next sentence or paragraph
LEAD_IN = [
    "区人社局全年共受理劳动保障监察投诉1,320件，同比增长6.5%。\n作为对比，上年全年受理投诉1,380件。",
    "区司法局全年办理公证事项3,460件，同比增长4.1%。\n对照上年数据，2022年同期办理公证事项3,120件。",
    "镇综合执法队全年查处违法建设案件236起，同比下降4.0%。数据显示，上年同期查处违法建设案件210起。",
    "区应急管理局全年组织执法检查1,560家次，同比下降8.6%。\n相比之下，去年全年执法检查1,420家次。",
    "区信访局全年受理群众来信二千一百件，同比增长5%。\n作为参照，上年受理群众来信二千二百件。",
    "区人社局全年办理劳动人事争议仲裁案件1,236件，同比增长18.2%。\n作为比较，2022年同期办理仲裁案件1,150件。",
    "全区法律援助机构全年办理案件1,460件，同比增长10.1%。对照上年数据，2022年同期办理法律援助案件1,300件。",
    "区卫健委全年开展医疗机构监督检查2,150户次，同比下降4.5%。\n统计显示，上年同期监督检查2,010户次。",
    # a lead-in that looks back at last year and names it
    "全区法律援助机构全年办理案件1,460件，同比增长10.1%。\n区司法局深化便民服务。\n"
    "回看上年，全区办理法律援助案件1,300件。",
    "区税务局全年受理涉税投诉215件，同比下降4.0%。\n从去年情况看，全区受理涉税投诉198件。",
]

LEAD_IN_SILENT = [
    "区人社局全年共受理劳动保障监察投诉1,320件，同比下降4.3%。\n作为对比，上年全年受理投诉1,380件。",
    "区司法局全年办理公证事项3,460件，同比增长10.9%。\n对照上年数据，2022年同期办理公证事项3,120件。",
    # another thing
    "区人社局全年共受理劳动保障监察投诉1,320件，同比增长6.5%。\n作为对比，上年全年查处欠薪案件1,380件。",
    # a part of last year
    "区人社局全年共受理劳动保障监察投诉1,320件，同比增长6.5%。\n作为对比，上年一季度受理投诉380件。",
    # 「与上年相比，2023年…」 is this year
    "区人社局2023年全年共受理劳动保障监察投诉1,320件，同比增长6.5%。\n"
    "与上年相比，2023年第二季度受理投诉420件。",
    # approximate: 1,320 ÷ 1,240 = +6.5% lies in 1,200余
    "区人社局全年共受理劳动保障监察投诉1,320件，同比增长6.5%。\n作为对比，上年受理投诉1,200余件。",
    # another unit
    "区人社局全年共受理劳动保障监察投诉1,320件，同比增长6.5%。\n作为对比，上年投诉涉及金额1,380万元。",
    "区卫健委全年开展医疗机构监督检查2,150户次，同比增长7.0%。\n统计显示，上年同期监督检查2,010户次。",
    # 「与上年相比，」 introduces this year's figures
    "全区法律援助机构全年办理案件1,460件，同比增长10.1%。\n与上年相比，全区办理法律援助案件1,300件。",
    "全区法律援助机构全年办理案件1,460件，同比增长12.3%。\n回看上年，全区办理法律援助案件1,300件。",
]


@pytest.mark.parametrize("text", LEAD_IN)
def test_lead_in_prior_reported(text: str) -> None:
    got = change_findings(text)
    assert [(code, sev) for code, sev, _ in got] == [("N108", W)], got


@pytest.mark.parametrize("text", LEAD_IN_SILENT)
def test_lead_in_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# a base in a bracket right after the change, the current figure sentences or paragraphs before
BRACKET_AFTER = [
    "区税务局全年共为辖区纳税人办理退税4.85亿元。\n全年退税金额同比增长12.0%（上年为4.12亿元）。",
    "区市场监管局全年受理消费者投诉6,430件。投诉量同比下降5.2%（上年为6,080件）。",
    "区城管局全年查处占道经营行为3,215起，市容环境明显改善。\n区城管局推行非现场执法。\n"
    "占道经营查处量同比增长9.0%（上年为3,010起）。",
    "区医保局全年追回医保基金1,263.8万元。追回金额同比增长15.0%（去年为1,050万元）。",
    "区人社局全年为农民工追发工资2,350万元。追发工资金额同比减少6.0%（2022年为2,400万元）。",
    "区司法局全年办理行政复议案件412件。复议案件量同比增长8.0%(上年同期为356件)。",
    "区法律援助中心全年发放法律援助补贴一百二十万元。补贴金额同比增长10%（上年为一百万元）。",
    "镇政府全年化解矛盾纠纷528件。\n化解纠纷数量同比增长3.0%（上年为480件）。",
]

BRACKET_AFTER_SILENT = [
    "区税务局全年共为辖区纳税人办理退税4.85亿元。\n全年退税金额同比增长17.7%（上年为4.12亿元）。",
    "区市场监管局全年受理消费者投诉6,430件。投诉量同比增长5.8%（上年为6,080件）。",
    "区医保局全年追回医保基金1,263.8万元。追回金额同比增长20.4%（去年为1,050万元）。",
    "区人社局全年为农民工追发工资2,350万元。追发工资金额同比减少2.1%（2022年为2,400万元）。",
    "区法律援助中心全年发放法律援助补贴一百二十万元。补贴金额同比增长20%（上年为一百万元）。",
    "镇政府全年化解矛盾纠纷528件。\n化解纠纷数量同比增长10.0%（上年为480件）。",
    # another thing
    "区市场监管局全年受理消费者投诉6,430件。举报量同比增长5.8%（上年为1,200件）。",
    # a part of the whole: 2,150 ÷ 1,792 = +20.0%
    "区市场监管局全年受理消费者投诉6,430件，其中网购投诉2,150件。网购投诉同比增长20%（上年为1,792件）。",
]


@pytest.mark.parametrize("text", BRACKET_AFTER)
def test_bracket_after_reported(text: str) -> None:
    got = change_findings(text)
    assert [(code, sev) for code, sev, _ in got] == [("N108", W)], got


@pytest.mark.parametrize("text", BRACKET_AFTER_SILENT)
def test_bracket_after_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# a derived base: the current figure minus the stated amount of change
DERIVED = [
    ("截至年底，全区持证律师共有1,248名。律师总数较上年净增48名，增长5.0%。", W),
    ("全区共有人民调解委员会326个。\n调解委员会数量较上年净减14个，下降3.0%。", W),
    ("镇综合执法队全年查处案件540起，较上年增加90起，增长25%。", E),
    ("区司法局全年组织法治讲座320场。讲座场次较上年增加了120场，增长了一倍以上。", W),
    ("区公证处全年办理公证事项2,400件，较上年增加400件，增长近五成。", E),
    ("区应急管理局全年共发生生产安全事故36起，较上年减少12起，下降了近一半。", E),
    ("区税务局全年办理退税1,200笔。退税笔数较上年净增200笔，增长25%。", W),
    ("区医保局全年追回医保基金860万元。追回金额较上年增加160万元，增长18.6%。", W),
]

DERIVED_SILENT = [
    "截至年底，全区持证律师共有1,248名。律师总数较上年净增48名，增长4.0%。",
    "全区共有人民调解委员会326个。\n调解委员会数量较上年净减14个，下降4.1%。",
    "区司法局全年组织法治讲座320场。讲座场次较上年增加了170场，增长了一倍以上。",
    "区公证处全年办理公证事项2,400件，较上年增加400件，增长两成。",
    "区医保局全年追回医保基金860万元。追回金额较上年增加160万元，增长22.9%。",
    # approximate: 1,200余 − 200 lies in [1,000, 1,100]: 18%–20%
    "区税务局全年办理退税1,200余笔。退税笔数较上年增加200笔，增长20%。",
    # a part's change against the part's own figure: 60 ÷ (120 − 60) = 100%
    "区司法局全年组织法治讲座320场，其中线上讲座120场。线上讲座较上年增加60场，增长了一倍以上。",
    "镇综合执法队全年查处案件540起，较上年增加90起，增长20%。",
]


@pytest.mark.parametrize(("text", "severity"), DERIVED)
def test_derived_base_reported(text: str, severity: Severity) -> None:
    got = change_findings(text)
    assert [(code, sev) for code, sev, _ in got] == [("N108", severity)], got


@pytest.mark.parametrize("text", DERIVED_SILENT)
def test_derived_base_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# a prior figure stated in a sentence or paragraph before the change
PRIOR_BEFORE = [
    "上年全区受理行政复议申请1,150件。今年受理行政复议申请1,236件，同比增长18.2%。",
    "2022年，区城管局查处违法建设案件300起。\n2023年，区城管局查处违法建设案件236起，同比下降4.0%。",
    "去年全镇调处矛盾纠纷480件。\n镇政府深化网格化治理。\n全年调处矛盾纠纷528件，较上年增长3.0%。",
    "上年全区开展法治宣传活动150场。全年开展法治宣传活动360场，较上年增长一倍。",
    "上年受理劳动仲裁案件1,380件。今年受理劳动仲裁案件1,320件，同比减少40件。",
    "上年办理法律援助案件一千三百件。全年办理法律援助案件一千四百六十件，同比增长10.1%。",
    "上年追回医保基金1,050万元。全年追回医保基金1,263.8万元，同比增长15.0%。",
    "去年全区发生火灾事故46起。今年全区发生火灾事故52起，同比下降13.0%。",
]

PRIOR_BEFORE_SILENT = [
    "上年全区受理行政复议申请1,150件。今年受理行政复议申请1,236件，同比增长7.5%。",
    # another thing
    "上年全区受理行政复议申请1,150件。今年办理行政诉讼应诉案件1,236件，同比增长18.2%。",
    # a quarter of last year
    "上年一季度受理行政复议申请300件。今年受理行政复议申请1,236件，同比增长18.2%。",
    # a half of this year
    "2023年上半年查处违法建设案件120起。全年查处违法建设案件236起，同比下降4.0%。",
    "上年全区开展法治宣传活动180场。全年开展法治宣传活动360场，较上年增长一倍。",
    # approximate: 1,320 − [1,300, 1,400] lies between −80 and +20
    "上年受理劳动仲裁案件1,300余件。今年受理劳动仲裁案件1,320件，同比减少40件。",
    # the change's own sentence states its base
    "上年受理劳动仲裁案件1,380件。今年受理劳动仲裁案件1,320件，较上年同期的1,400件减少80件。",
    # a part's change
    "上年全区受理行政复议申请1,150件。今年受理行政复议申请1,236件，其中涉及征收的312件，同比增长18.2%。",
]


@pytest.mark.parametrize("text", PRIOR_BEFORE)
def test_prior_before_reported(text: str) -> None:
    got = change_findings(text)
    assert [(code, sev) for code, sev, _ in got] == [("N108", W)], got


@pytest.mark.parametrize("text", PRIOR_BEFORE_SILENT)
def test_prior_before_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# a 分别 list of changes whose sentence states only the figures of the period compared with
BASES_LISTED = [
    "全区发生道路交通事故62起、死亡9人。\n与上年相比（2022年发生事故70起、死亡12人），"
    "事故起数和死亡人数分别下降11.4%和33.3%。",
    "区市场监管局全年受理投诉4,816件、举报1,260件。投诉量和举报量分别增长12.0%和5.0%"
    "（上年分别为4,300件、1,150件）。",
    "区人社局全年追发工资2,350万元、惠及劳动者1,260人。\n追发金额和惠及人数较上年分别下降"
    "6.0%和12.0%（上年分别为2,500万元、1,400人）。",
    "镇政府全年调解纠纷420件、涉案金额560万元。同比分别增长16.7%和12.0%（上年分别为360件、490万元）。",
    "街道全年开展普法活动一百二十场、受众八千人次。与上年（分别为一百场、六千人次）相比，"
    "活动场次和受众人次分别增长20%和25%。",
    "区税务局全年办理退税3,200笔、退税金额4.8亿元。上年分别为2,800笔、4.0亿元，同比分别增长14.3%和25.0%。",
    "区卫健委全年监督检查医疗机构1,150户次、立案查处86起。\n与上年相比（上年检查1,000户次、"
    "立案80起），检查户次和立案数分别增长15.0%和8.0%。",
    "区城管局全年查处占道经营3,215起、违法建设236起。占道经营和违法建设查处量同比分别下降6.4%和"
    "4.1%（上年分别为3,010起、246起）。",
]

BASES_LISTED.append(
    # the bases listed after 较上年的: 14 ← 11 is +27.3% (下降21.4% fails)
    "区应急管理局全年共发生生产安全事故19起、死亡14人。\n事故起数和死亡人数分别比上年的21起、11人"
    "下降9.5%和21.4%。"
)

BASES_LISTED_SILENT = [
    "区应急管理局全年共发生生产安全事故19起、死亡9人。事故起数和死亡人数较上年的21起、11人分别下降"
    "9.5%和18.2%。",
    "全区发生道路交通事故62起、死亡9人。\n与上年相比（2022年发生事故70起、死亡12人），"
    "事故起数和死亡人数分别下降11.4%和25.0%。",
    "区市场监管局全年受理投诉4,816件、举报1,260件。投诉量和举报量分别增长12.0%和9.6%"
    "（上年分别为4,300件、1,150件）。",
    "区人社局全年追发工资2,350万元、惠及劳动者1,260人。\n追发金额和惠及人数较上年分别下降"
    "6.0%和10.0%（上年分别为2,500万元、1,400人）。",
    "镇政府全年调解纠纷420件、涉案金额560万元。同比分别增长16.7%和14.3%（上年分别为360件、490万元）。",
    # this year's deaths are not stated: nothing to read
    "全区发生道路交通事故62起。\n与上年相比（2022年发生事故70起、死亡12人），"
    "事故起数和死亡人数分别下降11.4%和33.3%。",
    # 网购投诉 is a part of the complaints, not the reports the change names
    "区市场监管局全年受理投诉4,816件，其中网购投诉1,500件。投诉量和举报量分别增长12.0%和9.6%"
    "（上年分别为4,300件、1,150件）。",
    # approximate: 60余 ← 70 lies between −14.3% and 0
    "全区发生道路交通事故60余起、死亡9人。\n与上年相比（2022年发生事故70起、死亡12人），"
    "事故起数和死亡人数分别下降11.4%和25.0%。",
    # figures of other things in the same units
    "全区查处酒后驾驶50起、拘留驾驶人8人。与上年相比（2022年发生事故70起、死亡12人），"
    "事故起数和死亡人数分别下降11.4%和25.0%。",
]


@pytest.mark.parametrize("text", BASES_LISTED)
def test_bases_listed_reported(text: str) -> None:
    got = change_findings(text)
    assert ("N108", W) in [(code, sev) for code, sev, _ in got], got
    assert all(sev is not E for _, sev, _ in got), got


@pytest.mark.parametrize("text", BASES_LISTED_SILENT)
def test_bases_listed_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# last year's figure first, a long noun before it, this year's after
PRIOR_NOUN = [
    ("上年全区行政复议纠错率为11.2%，今年为14.6%，增长3.4%。", "N106", W),
    ("去年全镇调处矛盾纠纷480件，今年调处528件，增长3.0%。", "N108", E),
    ("上年区人社局劳动保障监察结案率96.1%，今年98.3%，同比提高2.4个百分点。", "N108", E),
    ("上一年度全区办理法律援助案件1,300件，本年度办理1,460件，同比增长10.1%。", "N108", E),
    ("去年区税务局受理涉税投诉215件，今年受理198件，同比增长7.9%。", "N108", E),
    ("上年全区安全生产事故死亡人数为12人，今年为9人，下降33.3%。", "N108", E),
    ("上年全区政府信息公开申请办理量为860件，今年为946件，增长8.0%。", "N108", E),
    ("上年全区人民调解组织调解涉案金额5.0万元，今年6.2万元，增长20%。", "N108", E),
]

PRIOR_NOUN_SILENT = [
    "上年全区行政复议纠错率为11.2%，今年为14.6%，增长30.4%。",
    "去年全镇调处矛盾纠纷480件，今年调处528件，增长10%。",
    "上一年度全区办理法律援助案件1,300件，本年度办理1,460件，同比增长12.3%。",
    "上年全区人民调解组织调解涉案金额5.0万元，今年6.2万元，增长24%。",
    # carried over from last year: this year's intake, not a base
    "上年结转案件20件，今年新收案件180件，同比增长12.5%。",
    # 1.3 points and 1.3 ÷ 97.3 = 1.34%: either reading
    "上年全区食品抽检合格率为97.3%，今年为98.6%，同比增长1.3%。",
    "去年全镇调处矛盾纠纷480件，今年调处528件，增长近一成。",
    # the change speaks of a count of its own clause
    "上年全区行政复议纠错率为11.2%，今年为14.6%；受理复议申请1,270件，同比增长3.4%。",
]


@pytest.mark.parametrize(("text", "code", "severity"), PRIOR_NOUN)
def test_prior_noun_reported(text: str, code: str, severity: Severity) -> None:
    got = change_findings(text)
    assert [(c, sev) for c, sev, _ in got] == [(code, severity)], got


@pytest.mark.parametrize("text", PRIOR_NOUN_SILENT)
def test_prior_noun_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# a 个百分点 change in any position
POINTS_ANYWHERE = [
    ("行政复议纠错率同比提高4.4个百分点，由11.2%提高到14.6%。", "N108", E),
    ("全年行政复议纠错率提高4.4个百分点，达到14.6%（上年为11.2%）。", "N108", E),
    ("全年行政复议纠错率提高3.4%，达到14.6%（上年为11.2%）。", "N106", W),
    (
        "上年全区政务服务好评率为95.0%。今年全区政务服务好评率为97.5%，同比提高3.5个百分点。",
        "N108",
        W,
    ),
    (
        "上年行政复议纠错率为11.2%。\n区司法局加强复议监督。\n今年行政复议纠错率为14.6%，同比提高4.4个百分点。",
        "N108",
        W,
    ),
    (
        "2022年，全区行政复议纠错率为11.2%。2023年，全区行政复议纠错率为14.6%，同比提高4.4个百分点。",
        "N108",
        W,
    ),
    (
        "去年全区12345热线按时办结率为91.5%。今年全区12345热线按时办结率为88.0%，同比下降2.5个百分点。",
        "N108",
        W,
    ),
    ("区城管局执法满意度同比下降2.5个百分点，由91.5%下降到88.0%。", "N108", E),
]

POINTS_ANYWHERE_SILENT = [
    "行政复议纠错率同比提高3.4个百分点，由11.2%提高到14.6%。",
    "全年行政复议纠错率提高3.4个百分点，达到14.6%（上年为11.2%）。",
    "全年行政复议纠错率提高30.4%，达到14.6%（上年为11.2%）。",
    "上年全区政务服务好评率为95.0%。今年全区政务服务好评率为97.5%，同比提高2.5个百分点。",
    # another rate
    "上年行政复议纠错率为11.2%。今年行政诉讼败诉率为14.6%，同比提高4.4个百分点。",
    "区城管局执法满意度同比下降3.5个百分点，由91.5%下降到88.0%。",
    # a bracketed base after a part of this year is the part's
    "全年受理案件1,000件，增长25%，其中网上受理600件（上年为500件）。",
    "全年受理案件1,000件，增长20%，其中网上受理600件，上年为500件。",
]


@pytest.mark.parametrize(("text", "code", "severity"), POINTS_ANYWHERE)
def test_points_anywhere_reported(text: str, code: str, severity: Severity) -> None:
    got = change_findings(text)
    assert [(c, sev) for c, sev, _ in got] == [(code, severity)], got


@pytest.mark.parametrize("text", POINTS_ANYWHERE_SILENT)
def test_points_anywhere_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# a change in words or a doubling against last year's figure stated before
WORDED_BEFORE = [
    "上年区法院受理行政案件500件。今年受理行政案件1,200件，实现翻番。",
    "去年全区开展法治讲座500场。\n今年开展法治讲座1,200场，较上年翻了一番。",
    "上年区信访局受理网上信访500件。今年受理网上信访1,200件，增长近两倍。",
    "上年区司法局办理公证事项1,000件。全年办理公证事项1,200件，增长三成。",
    "上年全区发生火灾事故1,000起。全年发生火灾事故300起，减少了一半。",
    "2022年，区税务局受理涉税投诉1,000件。2023年，区税务局受理涉税投诉1,200件，增长三成以上。",
    "上年区城管局查处违法广告五百起。今年查处违法广告一千二百起，实现翻番。",
    "上年区人社局追发工资1,000万元。\n区人社局开展根治欠薪行动。\n全年追发工资1,200万元，增长近四成。",
]

WORDED_BEFORE_SILENT = [
    "上年区法院受理行政案件600件。今年受理行政案件1,200件，实现翻番。",
    "上年区信访局受理网上信访500件。今年受理网上信访1,200件，增长一倍以上。",
    "上年区司法局办理公证事项1,000件。全年办理公证事项1,200件，增长两成。",
    "上年全区发生火灾事故1,000起。全年发生火灾事故520起，减少了一半。",
    "上年区人社局追发工资1,000万元。\n区人社局开展根治欠薪行动。\n全年追发工资1,380万元，增长近四成。",
    # another thing
    "上年区法院受理行政案件500件。今年审结民事案件1,200件，实现翻番。",
    # a quarter of last year
    "上年一季度区法院受理行政案件500件。今年受理行政案件1,200件，实现翻番。",
    "2023年上半年区司法局办理公证事项1,000件。全年办理公证事项1,200件，增长三成。",
]


@pytest.mark.parametrize("text", WORDED_BEFORE)
def test_worded_before_reported(text: str) -> None:
    got = change_findings(text)
    assert [(c, sev) for c, sev, _ in got] == [("N108", W)], got


@pytest.mark.parametrize("text", WORDED_BEFORE_SILENT)
def test_worded_before_consistent_silent(text: str) -> None:
    assert change_findings(text) == []


# a change that names nothing, right after the sentence stating its pair
NAMELESS_AFTER_PAIR = [
    # 312 → 286 is −8.3%
    ("全年共受理行政复议申请286件。上年同期为312件。同比下降9.3%。", True),
    ("全年共受理行政复议申请286件。上年同期为312件。同比下降8.3%。", False),
    # 2,150 ← 2,010 is +7.0%
    ("区卫健委全年监督检查医疗机构2,150户次。上年为2,010户次。同比增长9.0%。", True),
    ("区卫健委全年监督检查医疗机构2,150户次。上年为2,010户次。同比增长7.0%。", False),
    # a sentence between: the change may speak of anything
    ("全年共受理行政复议申请286件。上年同期为312件。区司法局加强监督。同比下降9.3%。", False),
]


@pytest.mark.parametrize(("text", "reported"), NAMELESS_AFTER_PAIR)
def test_nameless_change_after_pair(text: str, reported: bool) -> None:
    got = change_findings(text)
    assert [(c, sev) for c, sev, _ in got] == ([("N108", W)] if reported else []), got


# 由/从 a base to a level whose verb goes the other way: one clause, one reading
FROM_TO = [
    ("区法院受理行政案件数由上年的1,000件下降到1,200件。", True),
    ("区法院受理行政案件数由上年的1,000件增加到1,200件。", False),
    ("区政务服务中心群众满意率从97.6%提高至95.2%。", True),
    ("区政务服务中心群众满意率从95.2%提高至97.6%。", False),
    ("区市场监管局办理时限由20个工作日压缩至25个工作日。", True),
    ("区市场监管局办理时限由20个工作日压缩至8个工作日。", False),
    ("区政府行政诉讼败诉率由上年的8.5%降至9.2%。", True),
    ("区政府行政诉讼败诉率由上年的9.2%降至8.5%。", False),
    ("区税务局罚没款由2022年的2,360万元减少到2,500万元。", True),
    ("区人社局仲裁办案时长从45天减至38天。", False),
    ("区人社局仲裁办案时长从45天减至52天。", True),
    # approximate: 1,000余 may be 1,050 or more
    ("区信访局受理信访事项由1,000余件下降到1,050件。", False),
    ("镇政府人均调解量由三十二件增至二十八件。", True),
    ("镇政府人均调解量由三十二件增至四十一件。", False),
]


@pytest.mark.parametrize(("text", "reported"), FROM_TO)
def test_from_to_direction(text: str, reported: bool) -> None:
    got = change_findings(text)
    assert [(c, sev) for c, sev, _ in got] == ([("N108", E)] if reported else []), got
    if reported:
        assert "实为" in got[0][2]


# a paragraph opening with the year before the report year, after a change in a paragraph
# that names no year (report year 2023): 1,460 ← 1,300 is +12.3%
YEAR_BEFORE_REPORT = [
    (
        "全年办理法律援助案件1,460件，同比增长10.1%。\n区司法局深化便民服务。\n2022年，全区办理法律援助案件1,300件。",
        True,
    ),
    (
        "全年办理法律援助案件1,460件，同比增长12.3%。\n区司法局深化便民服务。\n2022年，全区办理法律援助案件1,300件。",
        False,
    ),
    # two years back: not the period compared with
    (
        "全年办理法律援助案件1,460件，同比增长10.1%。\n区司法局深化便民服务。\n2021年，全区办理法律援助案件1,300件。",
        False,
    ),
    # the change's paragraph names its own year
    (
        "2021年全区办理法律援助案件1,460件，同比增长10.1%。\n区司法局深化便民服务。\n2022年，全区办理法律援助案件1,300件。",
        False,
    ),
]


@pytest.mark.parametrize(("text", "reported"), YEAR_BEFORE_REPORT)
def test_year_before_report_year(text: str, reported: bool) -> None:
    got = change_findings(text)
    assert [(c, sev) for c, sev, _ in got] == ([("N108", W)] if reported else []), got


# a figure and its stated change in one sentence, the percentage in the next:
# 60 ÷ (1,260 − 60) = 5.0%; 60 ÷ (1,260 + 60) = 4.5%; 150 ÷ (2,150 − 150) = 7.5%
CHANGE_NEXT_SENTENCE = [
    ("区司法局全区共有行政执法人员1,260名，较上年增加60名。执法人员数量同比增长5.5%。", True),
    ("区司法局全区共有行政执法人员1,260名，较上年增加60名。执法人员数量同比增长5.0%。", False),
    ("区司法局全区共有行政执法人员1,260名，较上年增加60名。同比增长5.5%。", True),
    # another thing named
    ("区司法局全区共有行政执法人员1,260名，较上年增加60名。法律顾问数量同比增长5.5%。", False),
    ("区司法局全区共有行政执法人员1,260名，较上年减少60名。\n执法人员数量同比下降4.0%。", True),
    ("区司法局全区共有行政执法人员1,260名，较上年减少60名。执法人员数量同比下降4.5%。", False),
    ("镇政府全镇共有人民调解员2,150名，比上年增加150名。调解员人数同比增长8.0%。", True),
    ("镇政府全镇共有人民调解员2,150名，比上年增加150名。调解员人数同比增长7.5%。", False),
]


@pytest.mark.parametrize(("text", "reported"), CHANGE_NEXT_SENTENCE)
def test_change_next_sentence(text: str, reported: bool) -> None:
    got = change_findings(text)
    assert [(c, sev) for c, sev, _ in got] == ([("N108", W)] if reported else []), got
