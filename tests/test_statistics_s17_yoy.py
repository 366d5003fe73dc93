"""Year-on-year readings that judged a change against figures not its own (session 17, s17-yoy).

1. A claimed pair: a change whose clause names a subject of its own, compared with two
   figures whose own change follows them nearer, speaks of something whose prior figure is
   unsaid — silent, no longer a warning (sure ``_CLAIMED``). The pair's own change is still
   judged, and so is a later change with no subject (it restates the pair's change).
2. A new statement after a semicolon that states its own figure before its percentage
   (「较上年的28件增加13件；普通程序案件91件，同比增长33.8%」): the percentage is that
   figure's change, not the earlier difference over a derived base (change
   ``_restated_between``). A difference and a percentage of one clause are still judged.
3. 「是上年4.6万人次的两倍多」: last year's figure is the base of the ratio, no numerator of
   this year's share (change ``is_comparison_base``). The ratio and the share's own terms are
   still judged.
4. An earlier year's figure stated right after a comparison that fits it (「…同比下降8.6%。
   2021年全区查处违法建设451处。」) is the base, not data carried over (years
   ``_compared_later``); a comparison that does not fit keeps the N301 warning.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from relation_helpers import findings

from fazhi_lint import Config, lint_path

# ---- 1. a claimed pair ---------------------------------------------------------------------------
CLAIMED_RIGHT = [
    # 12.5 - 9.2 = 3.3 points; 21.4% is of 申请量, whose prior is unsaid
    "全区行政复议直接纠错率由上年的9.2%上升至12.5%，上升3.3个百分点；行政复议申请量同比增长21.4%，主渠道作用持续显现。",
    # (3,460 - 2,980)/2,980 = 16.1%; 压缩四成以上 is of 审批环节
    "全年办理工程建设项目审批事项3,460件，上年为2,980件，同比增长16.1%，审批环节平均压缩四成以上。",
    # 97.4 - 93.1 = 4.3 points; 12.7% is of 接待量
    "全县法律援助受援人满意率由93.1%提升至97.4%，提高4.3个百分点；法律援助值班律师接待量同比增长12.7%。",
    # 96.5 - 88.0 = 8.5 points; 35% is of 培训人次
    "全区行政执法案卷合格率由88.0%提高到96.5%，提高了8.5个百分点；执法人员培训人次同比增长35%。",
    # 86.4 -> 95.1 = 8.7 points; 18% of 投诉件数
    "全市政务服务事项全程网办率由86.4%提高到95.1%，提高8.7个百分点；群众投诉件数同比下降18%。",
    # 1,284/1,032 - 1 = 24.4%; 30% of 结案平均用时
    "全年受理劳动人事争议仲裁案件1,284件，较上年的1,032件增长24.4%；仲裁结案平均用时同比缩短30%。",
    # 2,615/2,190 - 1 = 19.4%; 50% of 开办所需时间
    "全年办理企业开办登记2,615户，较上年的2,190户增长19.4%；开办所需时间同比压缩50%以上。",
    # 8.62/6.90 - 1 = 24.9%; 26.5% of 平均办理时长
    "全年受理12345热线工单8.62万件，较上年的6.90万件增长24.9%；工单平均办理时长同比缩短26.5%。",
    # 71.3 - 64.8 = 6.5 points; 七成以上 of 平均用时
    "全区不动产登记网办率由64.8%提高到71.3%，提高6.5个百分点；一般登记平均用时压缩七成以上。",
]

CLAIMED_WRONG = [
    # 12.5 - 9.2 = 3.3 points, stated 4.3
    "全区行政复议直接纠错率由上年的9.2%上升至12.5%，上升4.3个百分点；行政复议申请量同比增长21.4%。",
    # 95.1 - 86.4 = 8.7, stated 7.7
    "全市政务服务事项全程网办率由86.4%提高到95.1%，提高7.7个百分点；群众投诉件数同比下降18%。",
    # (3,460 - 2,980)/2,980 = 16.1%, stated 18.1
    "全年办理工程建设项目审批事项3,460件，上年为2,980件，同比增长18.1%，审批环节平均压缩四成以上。",
    # 1,284/1,032 - 1 = 24.4%, stated 22.4
    "全年受理劳动人事争议仲裁案件1,284件，较上年的1,032件增长22.4%；仲裁结案平均用时同比缩短30%。",
    # 97.4 - 93.1 = 4.3, stated 3.3
    "全县法律援助受援人满意率由93.1%提升至97.4%，提高3.3个百分点；法律援助值班律师接待量同比增长12.7%。",
    # 2,615/2,190 - 1 = 19.4%, stated 21.4
    "全年办理企业开办登记2,615户，较上年的2,190户增长21.4%；开办所需时间同比压缩50%以上。",
    # 96.5 - 88.0 = 8.5, stated 7.5
    "全区行政执法案卷合格率由88.0%提高到96.5%，提高了7.5个百分点；执法人员培训人次同比增长35%。",
    # 8.62/6.90 - 1 = 24.9%, stated 27.9
    "全年受理12345热线工单8.62万件，较上年的6.90万件增长27.9%；工单平均办理时长同比缩短26.5%。",
    # no subject of its own: restates the pair's change, 24.4% stated 22.4
    "全年受理劳动人事争议仲裁案件1,284件，较上年的1,032件，增长了22.4%。",
]


@pytest.mark.parametrize("text", CLAIMED_RIGHT)
def test_a_change_of_its_own_subject_after_a_claimed_pair_is_silent(text: str) -> None:
    assert findings(text) == [], findings(text)


@pytest.mark.parametrize("text", CLAIMED_WRONG)
def test_the_pairs_own_change_is_still_judged(text: str) -> None:
    found = findings(text)
    assert [c for c, _ in found] == ["N108"], found


# ---- 2. a new statement with its own figure after a semicolon ----------------------------------
RESTATED_RIGHT = [
    # 41 - 28 = 13; 91 is 普通程序's own figure, its prior (96 - 28 = 68) unsaid: 91/68 = 33.8%
    "其中，适用简易程序的41件，较上年的28件增加13件；普通程序案件91件，同比增长33.8%。",
    # 640 - 575 = 65; 312 企业 with unsaid prior
    "全年新设立个体工商户640户，较上年的575户增加65户；新设立企业312户，同比增长18.6%。",
    # 86.5 - 71.2 = 15.3; 办案补贴 62.4 with unsaid prior
    "全年发放法律援助补贴86.5万元，比上年的71.2万元增加15.3万元；其中办案补贴62.4万元，同比增长9.7%。",
    # 57 - 49 = 8; 调解成功 52 with unsaid prior
    "全年调处医患纠纷57起，较上年的49起增加8起；调解成功52起，同比增长4.0%。",
    # 214 - 180 = 34; 线上讲座 96 with unsaid prior
    "全年开展普法讲座214场，较上年的180场增加34场；其中线上讲座96场，同比增长60%。",
    # 92 - 73 = 19; 罚没款案件 48 with unsaid prior
    "全年查处无证经营案件73件，比上年的92件减少19件；罚没款案件48件，同比下降7.7%。",
    # 4,126 - 3,880 = 246; 涉外公证 612 with unsaid prior
    "全年办理公证事项4,126件，较上年的3,880件增加246件；其中涉外公证612件，同比增长25.4%。",
    # 87 + 19 = 106; 19/106 = 17.9%: one clause, fits
    "发生数为87件，较上年减少19件，下降17.9%。",
]

RESTATED_WRONG = [
    # 87 + 19 = 106; 19/106 = 17.9%, stated 25.8
    "发生数为87件，较上年减少19件，下降25.8%。",
    # 640 - 65 = 575; 65/575 = 11.3%, stated 15.1
    "全年新设立个体工商户640户，较上年增加65户，增长15.1%。",
    # 1,930 - 228 = 1,702; 228/1,702 = 13.4%, stated 17.4
    "全年受理行政许可申请1,930件，比上年增加228件，增长17.4%。",
    # 86.5 - 15.3 = 71.2; 15.3/71.2 = 21.5%, stated 25.5
    "全年发放法律援助补贴86.5万元，比上年增加15.3万元，增长25.5%。",
    # 57 - 8 = 49; 8/49 = 16.3%, stated 20.3
    "全年调处医患纠纷57起，较上年增加8起，增长20.3%。",
    # 214 - 34 = 180; 34/180 = 18.9%, stated 23.9
    "全年开展普法讲座214场，较上年增加34场，增长23.9%。",
    # 73 + 19 = 92; 19/92 = 20.7%, stated 26.7
    "全年查处无证经营案件73件，比上年减少19件，下降26.7%。",
    # 4,126 - 246 = 3,880; 246/3,880 = 6.3%, stated 8.3
    "全年办理公证事项4,126件，较上年增加246件，增长8.3%。",
    # the later clause states its own prior: 91/68 - 1 = 33.8%, stated 23.8
    "其中，适用简易程序的41件，较上年的28件增加13件；普通程序案件91件，较上年的68件增长23.8%。",
]


@pytest.mark.parametrize("text", RESTATED_RIGHT)
def test_a_percentage_of_a_new_statements_own_figure_is_not_the_earlier_differences(
    text: str,
) -> None:
    assert findings(text) == [], findings(text)


@pytest.mark.parametrize("text", RESTATED_WRONG)
def test_a_difference_and_its_percentage_in_one_statement_are_still_judged(text: str) -> None:
    found = findings(text)
    assert [c for c, _ in found] == ["N108"], found


# ---- 3. 是上年…的N倍: last year's figure is no term of this year's share ----------------------
RATIO_BASE_RIGHT = [
    # 3.6/1.5 = 2.4倍; 2.5/3.6 = 69.4% ≈ 七成 (not 1.5/3.6 = 41.7%)
    "全年办理网上立案申请3.6万件，是上年1.5万件的2.4倍；其中通过移动端提交的占七成，为2.5万件。",
    # 9.7/4.6 = 2.11; 5.9/9.7 = 60.8% ≈ 六成 (not 4.6/9.7 = 47.4%)
    "全年提供法律咨询服务9.7万人次，是上年4.6万人次的两倍多；其中通过网络平台提供的占六成左右，为5.9万人次。",
    # 8,400/3,500 = 2.4倍; 6,100/8,400 = 72.6% ≈ 七成 (not 3.5/8.4 = 41.7%)
    "全年网上调解纠纷8,400件，是上年3,500件的2.4倍；其中视频调解的占七成，为6,100件。",
    # 1,260/580 = 2.17; 516/1,260 = 41.0% ≈ 四成
    "全年开展法治宣传活动1,260场，是上年580场的两倍多；其中进社区活动占四成左右，为516场。",
    # 420/200 = 2.1; 262/420 = 62.4% 六成以上
    "全年受理涉企合规指导申请420件，是上年200件的两倍多；其中小微企业申请占六成以上，为262件。",
    # 3,150/1,020 = 3.09; 1,040/3,150 = 33.0% ≈ 三分之一
    "全年组织旁听庭审人数达3,150人次，是上年1,020人次的三倍多；其中科级以上干部占三分之一左右，为1,040人次。",
    # 516/1,260 = 41.0%
    "全年开展法治宣传活动1,260场，是上年580场的两倍多；其中进社区活动为516场，占四成左右。",
    # 2.5/3.6 = 69.4%
    "全年办理网上立案申请3.6万件，是上年1.5万件的2.4倍；其中通过移动端提交的2.5万件，占69.4%。",
]

RATIO_BASE_WRONG = [
    # 1,260/580 = 2.17, not 三倍多
    "全年开展法治宣传活动1,260场，是上年580场的三倍多；其中进社区活动占四成左右，为516场。",
    # 3.6/1.5 = 2.4, not 3.4
    "全年办理网上立案申请3.6万件，是上年1.5万件的3.4倍；其中通过移动端提交的占七成，为2.5万件。",
    # 316/1,260 = 25.1%, not 四成
    "全年开展法治宣传活动1,260场，是上年580场的两倍多；其中进社区活动为316场，占四成左右。",
    # 2.5/3.6 = 69.4%, stated 79.4
    "全年办理网上立案申请3.6万件，是上年1.5万件的2.4倍；其中通过移动端提交的2.5万件，占79.4%。",
    # 9.7/4.6 = 2.11, not 三倍多
    "全年提供法律咨询服务9.7万人次，是上年4.6万人次的三倍多；其中通过网络平台提供的占六成左右，为5.9万人次。",
    # 420/200 = 2.1, not 3.1
    "全年受理涉企合规指导申请420件，是上年200件的3.1倍；其中小微企业申请占六成以上，为262件。",
    # 3,150/1,020 = 3.09, not 两倍多 (2–3)
    "全年组织旁听庭审人数达3,150人次，是上年1,020人次的两倍多；其中科级以上干部占三分之一左右，为1,040人次。",
    # 8,400/3,500 = 2.4, not 1.4
    "全年网上调解纠纷8,400件，是上年3,500件的1.4倍；其中视频调解的占七成，为6,100件。",
]


@pytest.mark.parametrize("text", RATIO_BASE_RIGHT)
def test_last_years_figure_before_a_ratio_is_no_term_of_a_share(text: str) -> None:
    assert findings(text) == [], findings(text)


@pytest.mark.parametrize("text", RATIO_BASE_WRONG)
def test_the_ratio_and_the_shares_own_terms_are_still_judged(text: str) -> None:
    assert len(findings(text)) == 1, findings(text)


# ---- 4. an earlier year's figure right after a comparison that fits ----------------------------
def _lint(year: int, text: str) -> list[str]:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "report.txt"
        path.write_text(
            f"区司法局{year}年法治政府建设情况报告\n一、{year}年推进法治政府建设的主要举措和成效\n{text}\n",
            encoding="utf-8",
        )
        return [x.code for x in lint_path(path, Config(select=("N",))).diagnostics]


PRIOR_AFTER_RIGHT = [
    # 1 - 412/451 = 8.65%, printed 8.6 (truncation)
    (2022, "全年查处违法建设412处，同比下降8.6%。2021年全区查处违法建设为451处。"),
    # 286/260 - 1 = 10.0%
    (2023, "全年受理行政复议申请286件，同比增长10.0%。2022年全区受理行政复议申请260件。"),
    # 1,327/1,186 - 1 = 11.89% -> 11.9
    (2024, "全年办理法律援助案件1,327件，较上年增长11.9%。2023年全县办理法律援助案件1,186件。"),
    # 1 - 1,560/1,625 = 4.0%
    (2024, "全年开展执法检查1,560次，同比减少4.0%。2023年全区开展执法检查1,625次。"),
    # 3,840 - 3,420 = 420
    (2023, "全年调解矛盾纠纷3,840件，较上年增加420件。2022年全镇调解矛盾纠纷3,420件。"),
]

PRIOR_AFTER_WRONG = [
    # 8.65%, stated 5.6
    (2022, "全年查处违法建设412处，同比下降5.6%。2021年全区查处违法建设为451处。"),
    # 10.0%, stated 16.0
    (2023, "全年受理行政复议申请286件，同比增长16.0%。2022年全区受理行政复议申请260件。"),
    # 11.9%, stated 9.9
    (2024, "全年办理法律援助案件1,327件，较上年增长9.9%。2023年全县办理法律援助案件1,186件。"),
    # 3,840 - 3,420 = 420, stated 320
    (2023, "全年调解矛盾纠纷3,840件，较上年增加320件。2022年全镇调解矛盾纠纷3,420件。"),
    # no comparison at all: last year's figure in this year's work
    (2023, "全年调解矛盾纠纷3,840件。2022年全镇调解矛盾纠纷3,420件。"),
]


@pytest.mark.parametrize(("year", "text"), PRIOR_AFTER_RIGHT)
def test_an_earlier_years_figure_after_a_fitting_comparison_is_its_base(
    year: int, text: str
) -> None:
    assert _lint(year, text) == []


@pytest.mark.parametrize(("year", "text"), PRIOR_AFTER_WRONG)
def test_an_earlier_years_figure_after_a_comparison_that_fails_keeps_the_warning(
    year: int, text: str
) -> None:
    assert "N301" in _lint(year, text)


# ---- 5. a base in the clause right after the change, opening with an earlier year ---------------
BASE_CLAUSE_WRONG = [
    # 12.6/9.8 - 1 = 28.6%, stated 18.9
    (
        2024,
        "2024年，区城管局拆除违法建设面积12.6万平方米，同比增长18.9%，2023年拆除面积为9.8万平方米。",
    ),
    # 286/260 - 1 = 10.0%, stated 16.0
    (2024, "2024年，全区受理行政复议申请286件，同比增长16.0%，2023年受理行政复议申请260件。"),
    # 1 - 1,560/1,625 = 4.0%, stated 7.0
    (2024, "2024年，全区开展执法检查1,560次，同比减少7.0%，2023年开展执法检查1,625次。"),
    # 1,327/1,186 - 1 = 11.9%, stated 9.9
    (2023, "2023年，全县办理法律援助案件1,327件，同比增长9.9%，2022年办理法律援助案件1,186件。"),
    # 3,840/3,420 - 1 = 12.3%, stated 16.3
    (2024, "2024年，全市调解矛盾纠纷3,840件，同比增长16.3%，2023年调解矛盾纠纷3,420件。"),
    # 64/56 - 1 = 14.3%, stated 21.9
    (2024, "2024年，全区审查规范性文件64件，同比增长21.9%，2023年审查规范性文件56件。"),
    # 86.5/71.2 - 1 = 21.5%, stated 25.5
    (2024, "2024年，全县发放法律援助补贴86.5万元，同比增长25.5%，2023年发放法律援助补贴71.2万元。"),
    # 1 - 214/238 = 10.1%, stated 12.6
    (
        2024,
        "2024年，全区查处食品安全违法案件214件，同比下降12.6%，2023年查处食品安全违法案件238件。",
    ),
]

BASE_CLAUSE_RIGHT = [
    # 12.6/9.8 - 1 = 28.57% -> 28.6
    (
        2024,
        "2024年，区城管局拆除违法建设面积12.6万平方米，同比增长28.6%，2023年拆除面积为9.8万平方米。",
    ),
    # 286/260 - 1 = 10.0%
    (2024, "2024年，全区受理行政复议申请286件，同比增长10.0%，2023年受理行政复议申请260件。"),
    # 1 - 1,560/1,625 = 4.0%
    (2024, "2024年，全区开展执法检查1,560次，同比减少4.0%，2023年开展执法检查1,625次。"),
    # 1,327/1,186 - 1 = 11.89% -> 11.9
    (2023, "2023年，全县办理法律援助案件1,327件，同比增长11.9%，2022年办理法律援助案件1,186件。"),
    # 3,840/3,420 - 1 = 12.28% -> 12.3
    (2024, "2024年，全市调解矛盾纠纷3,840件，同比增长12.3%，2023年调解矛盾纠纷3,420件。"),
    # 1 - 214/238 = 10.08% -> 10.1
    (
        2024,
        "2024年，全区查处食品安全违法案件214件，同比下降10.1%，2023年查处食品安全违法案件238件。",
    ),
    # 以来: a span up to now (1,260 since 2023), no earlier period
    (
        2024,
        "2024年，全区受理行政复议申请286件，同比增长16.0%，2023年以来累计受理行政复议申请1,260件。",
    ),
    # after a semicolon: a new statement (last year's whole against this half-year's 2,316)
    (
        2024,
        "2024年1—6月，区市场监督管理局共受理消费者投诉举报2316件，同比下降8.2%；2023年全年共受理消费者投诉举报4108件。",
    ),
    # another measure (办结, not 受理): no base of the change
    (2024, "2024年，全区受理行政复议申请286件，同比增长16.0%，2023年办结行政复议案件260件。"),
]


@pytest.mark.parametrize(("year", "text"), BASE_CLAUSE_WRONG)
def test_an_earlier_years_figure_in_the_clause_after_a_change_is_its_base(
    year: int, text: str
) -> None:
    found = findings(text, year, codes=("N108",))
    assert len(found) == 1 and "后一分句" in found[0][1], found


@pytest.mark.parametrize(("year", "text"), BASE_CLAUSE_RIGHT)
def test_a_fitting_or_other_figure_in_the_clause_after_a_change_is_silent(
    year: int, text: str
) -> None:
    assert findings(text, year, codes=("N108",)) == []


# ---- 6. a rule taking effect before it was adopted or issued -----------------------------------
EFFECTIVE_EARLY = [
    # effective 2024-03-01, adopted 2024-05-14
    "《县重大行政决策程序实施办法》经2024年5月14日县人民政府常务会议审议通过，自2024年3月1日起施行，进一步规范重大行政决策程序。",
    # effective 2023-03, adopted 2023-05, issued 2023-06
    "2023年3月起施行的《县优化营商环境条例实施细则》，于2023年5月经县政府常务会议审议通过，当年6月正式印发。",
    # effective 2024-07-01, issued 2024-08
    "《区行政执法公示办法》于2024年8月印发，自2024年7月1日起施行。",
    # effective 2024-08, adopted 2024-09
    "《镇村规民约指导意见》经2024年9月镇党委会议审议通过，自2024年8月起施行。",
    # effective 2024-01-01, published 2024-02-20
    "《县行政规范性文件管理办法》于2024年2月20日公布，自2024年1月1日起施行。",
    # effective 2024-05-01, voted 2024-06-12
    "《市公共法律服务条例》于2024年6月12日经市人大常委会表决通过，自2024年5月1日起施行。",
    # effective 2024-04, issued 2024-06
    "《区重大执法决定法制审核办法》于2024年6月正式印发，自2024年4月起实施。",
    # effective 2024-09-01, adopted 2024-10-08
    "《县行政复议听证规则》自2024年9月1日起施行，该规则于2024年10月8日经县政府常务会议审议通过。",
]

EFFECTIVE_RIGHT = [
    # adopted 2024-05-14, effective 2024-07-01
    "《县重大行政决策程序实施办法》经2024年5月14日县人民政府常务会议审议通过，自2024年7月1日起施行，进一步规范重大行政决策程序。",
    # adopted 2023-05, issued 2023-06, effective 2023-07
    "2023年7月起施行的《县优化营商环境条例实施细则》，于2023年5月经县政府常务会议审议通过，当年6月正式印发。",
    # issued 2024-06, effective 2024-07-01
    "《区行政执法公示办法》于2024年6月印发，自2024年7月1日起施行。",
    # effective on the day it was issued
    "《区行政执法公示办法》于2024年6月1日发布，自2024年6月1日起施行。",
    # effective from publication; the later range is the year's review work
    "《县行政规范性文件管理办法》于2024年2月20日公布，自公布之日起施行，2024年1月至12月共审查文件36件。",
    # 审议通过的合同: other things adopted, not the rule
    "2024年3月起施行的《区合同管理办法》明确了合同审查程序，2024年5月经区法制机构审议通过的合同共86份。",
    # two statements: the rule issued in June, another system effective in March
    "《区行政执法公示办法》于2024年6月印发；2024年3月起施行的另一项制度运行良好。",
    # 公布 of enforcement data after the rule took effect
    "《区行政执法公示办法》自2024年3月起施行，2024年5月全区公布执法信息1,260条。",
]


@pytest.mark.parametrize("text", EFFECTIVE_EARLY)
def test_a_rule_effective_before_its_adoption_is_reported(text: str) -> None:
    found = findings(text, 2024, codes=("N304",))
    assert len(found) == 1 and "早于审议通过或印发" in found[0][1], found


@pytest.mark.parametrize("text", EFFECTIVE_RIGHT)
def test_a_rule_effective_on_or_after_its_adoption_is_silent(text: str) -> None:
    assert findings(text, 2024, codes=("N304",)) == []
