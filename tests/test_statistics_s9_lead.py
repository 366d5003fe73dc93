"""A rest named without a figure (其余…) ends its clause at a comma as well as at a full stop,
and says the figures listed before it are not all of the whole (issue 9: a false error of a
helper's trap, 「其中基本满意64人、不满意9人，其余均表示满意，满意率为97.0%」). When such a list
is what a rate counts, the listed parts together may be the rate's base (the rest was not
counted: 「其余未参与评价，参评满意率94.7%」). A figure joined to the next by a 顿号 is a member
of a list, never the whole that the following members split by nature (a helper's trap:
「电话咨询5200次、窗口咨询2000次、网上咨询800次」 read 2000 + 800 against 5200). Sentences written
for these tests; each verdict worked out by hand."""

from __future__ import annotations

import pytest
from relation_helpers import found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

# consistent: the rest names no figure and another clause with figures follows it
REST_THEN_ANOTHER_CLAUSE = [
    # 64 + 9 listed, the rest satisfied: 291 / 300 = 97.0%
    "全年开展群众满意度回访300人，其中基本满意64人、不满意9人，其余均表示满意，满意率为97.0%。",
    # 分别为 claims the split, 其余 says it is not all of it; 9 / 128 = 7.03%
    "全年受理行政复议申请128件，按结果分别为维持76件、撤销9件，其余以和解、撤回等方式终止，纠错率7.0%。",
    # an exhaustive-looking pair (已/未) with a rest beyond it
    "受理劳动人事争议仲裁申请430件，其中已结案352件、未结案31件，其余为不予受理后转入诉讼，结案率81.9%。",
    "全年办结行政处罚案件350件，其中一般程序182件、简易程序95件，其余适用快速办理程序，平均办案时限缩短至11天。",
    "共受理投诉举报1,250件，其中线上受理820件、电话受理210件，其余为现场受理，按期办结率100%。",
    "办理12345热线工单8,640件，其中咨询类3,120件、求助类2,870件，剩余为投诉类，平均办理时长2.6天。",
    "全年开展执法检查420次，其中联合检查136次、专项检查98次，其他为日常巡查，发现问题隐患312处。",
    "街道共调处矛盾纠纷268起，其中婚姻家庭纠纷72起、邻里纠纷65起，其余涉及物业、劳资等方面，调解成功率97.4%。",
]

# consistent: the rate's base is the listed parts (the rest was not counted)
COUNTED_PARTS_AS_BASE = [
    # 412 / (412 + 23) = 94.71%
    "全年办理信访事项560件，其中满意412件、不满意23件，其余未参与评价，参评满意率94.7%。",
    # 1,104 / (1,104 + 61) = 94.76%
    "抽查市场主体1,200户，其中合格1,104户、不合格61户，其余因停业未检，抽检合格率94.8%。",
    # 702 / (702 + 96) = 87.97%
    "回访当事人860人，其中表示满意的702人、基本满意的96人，其余未接听电话，满意率为88.0%。",
]

# contradictions of the same shapes: (text, figure the finding must name)
PARTS_THAT_CANNOT_FIT = [
    # numbered rest: 64 + 9 + 220 = 293 ≠ 300
    (
        "全年开展群众满意度回访300人，其中基本满意64人、不满意9人，其余220人表示满意，满意率为97.0%。",
        "293",
    ),
    # an unnumbered rest still leaves the parts at most the whole: 820 + 510 = 1,330 > 1,250
    (
        "共受理投诉举报1,250件，其中线上受理820件、电话受理510件，其余为现场受理，按期办结率100%。",
        "1330",
    ),
    (
        "办理12345热线工单8,640件，其中咨询类5,120件、求助类3,870件，剩余为投诉类，平均办理时长2.6天。",
        "8990",
    ),
    ("清理证明事项75项，其中取消41项、改为告知承诺39项，其余保留，清单外不得索要证明。", "80"),
    # 72 + 65 + 141 = 278 ≠ 268
    (
        "街道共调处矛盾纠纷268起，其中婚姻家庭纠纷72起、邻里纠纷65起，其余141起涉及物业、劳资等方面。",
        "278",
    ),
    (
        "全年开展执法检查420次，其中联合检查236次、专项检查198次，其他为日常巡查，发现问题隐患312处。",
        "434",
    ),
    (
        "全年共接待来访群众1,360人次，其中法律咨询980人次、申请法律援助420人次，其余为反映诉求，满意率98%。",
        "1400",
    ),
    (
        "全年审查规范性文件46件，其中提出修改意见的28件、建议暂缓出台的21件，其余予以通过，全年投入审查经费12万元。",
        "49",
    ),
]

# rates that fit neither the whole nor the listed parts
RATES_THAT_FIT_NO_BASE = [
    # 412 / 560 = 73.6%, 412 / 435 = 94.7%: 96.7 fits neither
    "全年办理信访事项560件，其中满意412件、不满意23件，其余未参与评价，参评满意率96.7%。",
    # 1,104 / 1,200 = 92.0%, 1,104 / 1,165 = 94.8%
    "抽查市场主体1,200户，其中合格1,104户、不合格61户，其余因停业未检，抽检合格率97.8%。",
    # 702 / 860 = 81.6%, 702 / 798 = 88.0%, (702 + 96) / 860 = 92.8%
    "回访当事人860人，其中表示满意的702人、基本满意的96人，其余未接听电话，满意率为91.6%。",
]


@pytest.mark.parametrize("text", REST_THEN_ANOTHER_CLAUSE + COUNTED_PARTS_AS_BASE)
def test_consistent_lists_with_an_unnumbered_rest_raise_no_error(text: str) -> None:
    errors = [r for r in contradictions(analyze_text(text)) if r.severity == Severity.ERROR]
    assert errors == [], [r.message for r in errors]


@pytest.mark.parametrize(("text", "figure"), PARTS_THAT_CANNOT_FIT)
def test_parts_that_cannot_fit_their_whole_are_errors(text: str, figure: str) -> None:
    messages = [m for c, m in found(text) if c in ("N101", "N102")]
    assert any(figure in m.replace(",", "") for m in messages), messages


@pytest.mark.parametrize("text", RATES_THAT_FIT_NO_BASE)
def test_a_rate_that_fits_no_base_is_still_reported(text: str) -> None:
    assert "N104" in [c for c, _ in found(text)]


# consistent: the first member of a 顿号 list, then members that would split something by
# nature (网上/窗口, 国内/境外, 城镇/农村, 一审/二审, 线上/线下)
MEMBER_BEFORE_A_SPLIT_BY_NATURE = [
    "全年受理纳税咨询8000次，电话咨询5200次、窗口咨询2000次、网上咨询800次。",
    "共办理各类证照3,650件，自助终端办理2,950件、网上办理1,860件、窗口办理580件。",
    "全年办理公证事项4,200件，民事公证2,860件、国内使用公证1,420件、境外使用公证980件。",
    "排查各类点位1,700个，企业960个、城镇点位420个、农村点位310个。",
    "全年受理各类案件420件，刑事案件160件、一审案件98件、二审案件41件。",
    "全年开展宣传活动240场，进企业86场、线上活动52场、线下活动21场。",
    "接受群众咨询3,100人次，其中律师值班1,260人次、男性咨询者680人次、女性咨询者510人次。",
    "组织培训考试1,260人，首次参考960人、线上考试520人、线下考试330人。",
]

# contradictions: splits by nature after a comma or a 其中 list still add up to their whole
SPLITS_BY_NATURE_THAT_MISS = [
    ("开展普法活动215场，线上活动96场，线下活动109场。", "205"),
    ("办理政务服务事项12,600件，网上办理8,450件，窗口办理4,350件。", "12800"),
    ("全年受理纳税咨询8000次，其中电话咨询5200次、窗口咨询2000次、网上咨询900次。", "8100"),
    ("审结行政诉讼案件148件，一审案件102件，二审案件52件。", "154"),
    ("全年办理公证事项2,860件，国内使用公证1,920件，境外使用公证980件。", "2900"),
    ("排查检查点位960个，城镇点位620个，农村点位310个。", "930"),
    ("累计培训人员3,400人次，线上培训2,150人次，线下培训1,150人次。", "3300"),
    ("接待群众咨询2,380人次，其中男性1,260人次、女性1,180人次。", "2440"),
]


@pytest.mark.parametrize("text", MEMBER_BEFORE_A_SPLIT_BY_NATURE)
def test_a_list_member_is_not_the_whole_of_the_members_after_it(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")] == []


@pytest.mark.parametrize(("text", "figure"), SPLITS_BY_NATURE_THAT_MISS)
def test_splits_by_nature_that_miss_their_whole_are_errors(text: str, figure: str) -> None:
    errors = [
        r.message.replace(",", "")
        for r in contradictions(analyze_text(text))
        if r.code in ("N101", "N102") and r.severity == Severity.ERROR
    ]
    assert any(figure in m for m in errors), errors
