"""Rates on unseen text (session 19, s19-rates).

1. A share naming a qualified whole (占违规机构总数的) is over a figure whose words name the
   qualifier (查实存在违规问题的426家), never over a wider figure of the whole's head alone
   (检查定点医药机构1,380家); with no figure of that whole stated, nothing is judged (rates
   ``_wider_than_whole``, ``_qualifier_named``).
2. A rate of concluding whatever the outcome (办结率, 结案率: numbers.toml
   ``rates.all-outcomes``) read over one outcome's figure (批准2,097件) counts the outcomes
   told after it (对不符合条件的67件告知理由): their sum may be its numerator; a figure still
   open (正在办理中的28件) is not (rates ``_outcomes_fit``).
3. Telephone calls counted in 通 are counts (numbers.toml ``units.count``).
4. 「X个行政村中，已有Y个村…」: Y is drawn from X across the comma (rates ``_DRAWN_FROM_RE``),
   Chinese numerals and 百分之… alike; a survey rate (满意率) is no share of the set's units.
5. A rate whose name carries a qualifier (审限内, 按期, 按时, 及时: numbers.toml
   ``rates.qualifiers``) reads a part by the sentence's structure only when the part's words
   carry it or the rate's verb: 「尚在审理期限内的13件」 is no numerator of 审限内结案率 (rates
   ``_structural_pair``).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings, judged

RATES = ("N104",)

# ---- 1. a share naming a qualified whole ---------------------------------------------------------
NAMED_WHOLE_FOUND = [
    # 23 ÷ 184 = 12.5%, not 14.5% (23 ÷ 960 = 2.4%: not the named whole)
    "检查餐饮单位960家，发现存在违章行为的184家；对违章单位中整改不力的23家予以立案，占违章单位总数的14.5%。",
    # 18 ÷ 96 = 18.75%, not 20.8%
    "排查建筑工地430个，查出存在扬尘隐患的96个；对隐患工地中情节严重的18个责令停工，占隐患工地总数的20.8%。",
    # 41 ÷ 310 = 13.2%, not 11.2%
    "抽查经营户1,250户，查实存在违法行为的310户；对违法经营户中拒不改正的41户依法处罚，占违法经营户总数的11.2%。",
    # 30 ÷ 88 = 34.1%, not 32.1%
    "核查培训机构520家，查实无证办学的88家；对无证机构中规模较大的30家移送处理，占无证机构总数的32.1%。",
    # 12 ÷ 75 = 16.0%, not 14.0%
    "巡查河道点位640个，发现存在违规排污的75个；对违规点位中问题突出的12个挂牌督办，占违规点位总数的14.0%。",
    # 47 ÷ 265 = 17.7%, not 15.7%
    "检查药品零售企业2,130家，发现违规经营的265家；对违规企业中情节较重的47家暂停医保结算，占违规企业总数的15.7%。",
    # 65 ÷ 412 = 15.8%, not 13.8%
    "清查出租房屋3,860套，查实存在消防隐患的412套；对隐患房屋中隐患较大的65套责令停租，占隐患房屋总数的13.8%。",
    # 9 ÷ 34 = 26.5%, not 29.4%
    "检查旅行社186家，发现违规经营的34家；对违规旅行社中情节严重的9家吊销许可，占违规旅行社总数的29.4%。",
    # the whole's qualifier (检查) named by the wider figure: 265 ÷ 2,130 = 12.4%, not 14.4%
    "检查药品零售企业2,130家，发现违规经营的265家，占检查企业总数的14.4%。",
]


@pytest.mark.parametrize("text", NAMED_WHOLE_FOUND)
def test_named_whole_found(text: str) -> None:
    assert [c for c, _ in judged(text) if c in RATES]


NAMED_WHOLE_KEPT = [
    # 23 ÷ 184 = 12.5% (not 23 ÷ 960 = 2.4%)
    "检查餐饮单位960家，发现存在违章行为的184家；对违章单位中整改不力的23家予以立案，占违章单位总数的12.5%。",
    # 12 ÷ 75 = 16.0%
    "巡查河道点位640个，发现存在违规排污的75个；对违规点位中问题突出的12个挂牌督办，占违规点位总数的16.0%。",
    # 41 ÷ 310 = 13.2% (查实: how they were found)
    "抽查经营户1,250户，查实存在违法行为的310户；对违法经营户中拒不改正的41户依法处罚，占违法经营户总数的13.2%。",
    # 30 ÷ 88 = 34.09%
    "核查培训机构520家，查实无证办学的88家；对无证机构中规模较大的30家移送处理，占无证机构总数的34.1%。",
    # 47 ÷ 265 = 17.74%
    "检查药品零售企业2,130家，发现违规经营的265家；对违规企业中情节较重的47家暂停医保结算，占违规企业总数的17.7%。",
    # 9 ÷ 34 = 26.47%
    "检查旅行社186家，发现违规经营的34家；对违规旅行社中情节严重的9家吊销许可，占违规旅行社总数的26.5%。",
    # no figure of 涉个体工商户案件 stated (64 ÷ 820 = 7.8% is over all cases): nothing judged
    "全年办理行政处罚案件820件，其中对个体工商户作出的处罚中适用减轻处罚的64件，占涉个体工商户案件的18.5%。",
    # no figure of 涉农户案件 (47 ÷ 310 = 15.2%): nothing judged
    "全年查处违法建设案件310件，其中对农户建房的处罚中从轻处罚的47件，占涉农户案件的22.6%。",
]


@pytest.mark.parametrize("text", NAMED_WHOLE_KEPT)
def test_named_whole_kept(text: str) -> None:
    assert not findings(text, codes=RATES)


# ---- 2. a rate of concluding whatever the outcome -------------------------------------------------
OUTCOMES_FOUND = [
    # (2,097 + 47) ÷ 2,164 = 99.08% → 99, not 100; 2,097 ÷ 2,164 = 96.9%
    "全年受理救助申请2,164件，依法批准2,097件，对不符合条件的47件书面告知理由，申请办结率100%。",
    # 1,120 ÷ 1,148 = 97.56%: the 28 still open are not concluded
    "全年受理信访事项1,148件，已办结1,120件，正在办理中的28件，办结率为100%。",
    # (1,180 + 150) ÷ 1,350 = 98.5% → 99, not 100
    "受理公租房申请1,350户，审核批准1,180户，对不符合条件的150户告知理由，申请办结率为100%。",
    # (245 + 21) ÷ 278 = 95.7% → 96, not 100
    "受理建设工程规划许可申请278件，批准245件，不予批准21件，办结率100%。",
    # (5,388 + 132) ÷ 5,620 = 98.2%, not 99.9%
    "受理不动产登记申请5,620件，核准登记5,388件，驳回申请132件，办结率为99.9%。",
    # 批准率 counts one outcome: 460 ÷ 500 = 92%, not 100
    "受理许可申请500件，批准460件，不予批准40件，批准率为100%。",
    # (812 + 36) ÷ 860 = 98.6% → 99, not 100
    "受理行政许可申请860件，批准812件，不予批准36件，办结率为100%。",
    # (1,530 + 40) ÷ 1,620 = 96.9% → 97, not 100
    "受理临时救助申请1,620件，依法批准1,530件，对不符合条件的40件书面告知理由，申请办结率为100%。",
]


@pytest.mark.parametrize("text", OUTCOMES_FOUND)
def test_outcomes_found(text: str) -> None:
    assert [c for c, _ in judged(text) if c in RATES]


OUTCOMES_KEPT = [
    # 2,097 + 67 = 2,164: 100%
    "全年受理救助申请2,164件，依法批准2,097件，对不符合条件的67件书面告知理由，申请办结率100%。",
    # 1,180 + 170 = 1,350: 100%
    "受理公租房申请1,350户，审核批准1,180户，对不符合条件的170户告知理由，申请办结率为100%。",
    # 812 + 48 = 860: 100%
    "受理行政许可申请860件，批准812件，不予批准48件，办结率为100%。",
    # 245 + 33 = 278: 100%
    "受理建设工程规划许可申请278件，批准245件，不予批准33件，办结率100%。",
    # 5,488 + 132 = 5,620: 100%
    "受理不动产登记申请5,620件，核准登记5,488件，驳回申请132件，办结率100%。",
    # 1,120 ÷ 1,148 = 97.56% (the 28 open left out)
    "全年受理信访事项1,148件，已办结1,120件，正在办理中的28件，办结率为97.6%。",
    # (968 + 52) ÷ 1,040 = 98.08%
    "受理许可申请1,040件，批准968件，对不符合条件的52件告知理由，其余20件正在审查，办结率为98.1%。",
    # 1,580 + 40 = 1,620: 100%
    "受理临时救助申请1,620件，依法批准1,580件，对不符合条件的40件书面告知理由，申请办结率为100%。",
]


@pytest.mark.parametrize("text", OUTCOMES_KEPT)
def test_outcomes_kept(text: str) -> None:
    assert not findings(text, codes=RATES)


# ---- 3. telephone calls in 通 -------------------------------------------------------------------
CALLS = [
    # (text, the rate stated wrong, the rate that fits)
    # 86,412 ÷ 92,380 = 93.54%
    ("全年热线呼入92,380通，人工接通86,412通，接通率为{}。", "95.3%", "93.5%"),
    # 24,180 ÷ 25,600 = 94.45%
    ("全年接听来电25,600通，有效解答24,180通，解答率为{}。", "96.8%", "94.5%"),
    # 8,012 ÷ 8,450 = 94.82%
    ("受理咨询电话8,450通，及时回复8,012通，回复率为{}。", "97.6%", "94.8%"),
    # 3,040 ÷ 3,200 = 95.0%
    ("开展电话回访3,200通，群众表示满意的3,040通，满意率为{}。", "97.0%", "95.0%"),
    # 39,580 ÷ 41,230 = 96.0%
    ("呼入电话41,230通，接通39,580通，接通率{}。", "98.0%", "96.0%"),
    # 1,482 ÷ 1,560 = 95.0%
    ("拨打回访电话1,560通，成功回访1,482通，回访成功率为{}。", "97.5%", "95.0%"),
    # 2,615 ÷ 2,840 = 92.08%
    ("接到举报电话2,840通，受理2,615通，受理率为{}。", "94.6%", "92.1%"),
    # 6,450 ÷ 6,720 = 95.98%
    ("热线转办来电6,720通，按时办结6,450通，按时办结率为{}。", "97.8%", "96.0%"),
]


@pytest.mark.parametrize(("text", "wrong", "right"), CALLS)
def test_calls_found(text: str, wrong: str, right: str) -> None:
    assert [c for c, _ in errors(text.format(wrong)) if c in RATES]


@pytest.mark.parametrize(("text", "wrong", "right"), CALLS)
def test_calls_kept(text: str, wrong: str, right: str) -> None:
    assert not findings(text.format(right), codes=RATES)


# ---- 4. drawn from a set across its comma, Chinese numerals -------------------------------------
DRAWN = [
    # 33 ÷ 36 = 91.67%
    (
        "全镇三十六个行政村中，已有三十三个村获评民主法治示范村，创建率达{}。",
        "百分之九十四点四",
        "百分之九十一点七",
    ),
    # 38 ÷ 42 = 90.48%
    (
        "全县四十二所学校中，已有三十八所通过法治校园验收，达标率为{}。",
        "百分之九十二点九",
        "百分之九十点五",
    ),
    # 17 ÷ 20 = 85%
    (
        "全县二十个乡镇中，已有十七个乡镇挂牌成立法律服务站，覆盖率达{}。",
        "百分之九十",
        "百分之八十五",
    ),
    # 15 ÷ 16 = 93.75%
    (
        "辖区十六个村中，已有十五个村选聘法律顾问，覆盖率为{}。",
        "百分之九十八点八",
        "百分之九十三点八",
    ),
    # 26 ÷ 30 = 86.67%
    (
        "全区三十个执法单位中，已有二十六个单位接入执法监督平台，接入率达{}。",
        "百分之九十",
        "百分之八十六点七",
    ),
    # 20 ÷ 24 = 83.33%
    (
        "全县二十四个乡镇中，已有二十个获评省级平安乡镇，创建率为{}。",
        "百分之八十六点七",
        "百分之八十三点三",
    ),
    # 47 ÷ 52 = 90.38%
    ("全县52个行政村中，已有47个村获评法治示范村，创建率达{}。", "92.3%", "90.4%"),
    # 14 ÷ 18 = 77.78%
    (
        "全市十八个街道中，已有十四个街道配齐专职调解员，配备率达{}。",
        "百分之八十三点三",
        "百分之七十七点八",
    ),
]


@pytest.mark.parametrize(("text", "wrong", "right"), DRAWN)
def test_drawn_found(text: str, wrong: str, right: str) -> None:
    assert findings(text.format(wrong), codes=RATES)


@pytest.mark.parametrize(("text", "wrong", "right"), DRAWN)
def test_drawn_kept(text: str, wrong: str, right: str) -> None:
    assert not findings(text.format(right), codes=RATES)


@pytest.mark.parametrize(
    "text",
    [
        # a survey's answer is no count of the stations (17 ÷ 20 = 85% is not it)
        "全县二十个乡镇中，已有十七个乡镇挂牌成立法律服务站，群众满意率达百分之九十五。",
        "全县20个乡镇中已有17个乡镇挂牌成立法律服务站，满意率达95%。",
    ],
)
def test_drawn_survey_rate_not_read(text: str) -> None:
    assert not findings(text, codes=RATES)


# ---- 5. a qualified rate reads only a part its words qualify ------------------------------------
QUALIFIED_FOUND = [
    # 120 ÷ 126 = 95.2%, not 98.0%
    "全年审结的126件案件中，审限内审结的有120件，审限内结案率为98.0%。",
    # 226 ÷ 240 = 94.17%, not 96.5%
    "受理的240件申请中，按期办结的有226件，按期办结率为96.5%。",
    # 80 ÷ 86 = 93.02%, not 95.3%
    "办理的86件建议中，按时答复的有80件，按时答复率为95.3%。",
    # 139 ÷ 152 = 91.45%, not 93.4%
    "收到的152件投诉中，及时处理的有139件，及时处理率为93.4%。",
    # 301 ÷ 310 = 97.10%, not 98.7%
    "审结的310件案件中，在审限内审结的有301件，审限内结案率为98.7%。",
    # 226 ÷ 240 = 94.17%, not 96.5%
    "全年受理案件240件，其中按期办结的226件，按期办结率为96.5%。",
    # 402 ÷ 415 = 96.87%, not 98.6%
    "全年审结案件415件，其中审限内结案402件，审限内结案率为98.6%。",
    # 498 ÷ 520 = 95.77%, not 97.5%
    "全年受理申请520件，其中按时办结498件，按时办结率97.5%。",
]


@pytest.mark.parametrize("text", QUALIFIED_FOUND)
def test_qualified_found(text: str) -> None:
    assert [c for c, _ in errors(text) if c in RATES]


QUALIFIED_KEPT = [
    # 9 + 130 = 139 = 126 + 13; the 13 still in their term are no part of the 126 concluded
    "上年结转行政案件9件，今年新收行政案件130件，审结案件126件，尚在审理期限内的13件，审限内结案率100%。",
    # the 6 open are not what 审限内结案率 counts
    "全年审结行政案件88件，尚在审理期限内的6件，审限内结案率100%。",
    "今年新收案件215件，审结203件，另有12件尚在审理期限内，审限内结案率100%。",
    # 402 ÷ 415 = 96.87%
    "全年审结案件415件，其中审限内结案402件，审限内结案率为96.9%。",
    # 226 ÷ 240 = 94.17%
    "受理的240件申请中，按期办结的有226件，按期办结率为94.2%。",
    # 80 ÷ 86 = 93.02%
    "办理的86件建议中，按时答复的有80件，按时答复率为93.0%。",
    # 139 ÷ 152 = 91.45%
    "收到的152件投诉中，及时处理的有139件，及时处理率为91.4%。",
    # 301 ÷ 310 = 97.10%
    "审结的310件案件中，在审限内审结的有301件，审限内结案率为97.1%。",
    # 涉及征地拆迁的36件 is a topic, not what 按期办结率 counts
    "全年受理信访事项410件，其中涉及征地拆迁的36件，按期办结率100%。",
]


@pytest.mark.parametrize("text", QUALIFIED_KEPT)
def test_qualified_kept(text: str) -> None:
    assert not findings(text, codes=RATES)
