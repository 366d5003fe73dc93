"""Silence on real consistent text (session 19, s19-realquiet): readings that tell a
consistent sentence of a published report from the slip its shape resembles.

* A change figure restates the measure before it and may leave its unit unsaid
  (「死亡1人，同比增加1」): it is no unit-less item of a list (N204 stays for a list item
  without unit: 「行政许可1件，行政处罚1513，行政强制4件」).
* A count written straight against a second count of the same visits in 次 (「来访95件127人次」)
  is a pair of measures whose 次 is said once at the end; its 件 is not the twin unit written
  for 件次 (N201 stays for a part in the twin unit on its own: 「线上6.1万人次、线下3.4万人」).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _codes(text: str, code: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == code
    ]


# --- a change figure's elided unit (N204) -------------------------------------------------

CHANGE_ELIDED = [
    # 死亡2人 then its change +1 (人 unsaid); 受伤4人, change -2
    "去年全市发生火灾事故3起，死亡2人，同比增加1；受伤4人，同比减少2。",
    # 受理45件, +6 on last month (件 unsaid)
    "本月受理群众投诉45件，较上月增加6，办结43件。",
    # 新收38件, 5 fewer than last year
    "全年新收行政复议案件38件，同比减少5，审结36件。",
    # 12起, 3 fewer
    "辖区发生道路交通事故12起，比上年下降3，死亡5人。",
    # 860户, 42 more
    "全年新增市场主体860户，同比多出42，注销310户。",
    # 9期, 2 more than last month
    "本季度举办执法培训班9期，环比增加2，培训执法人员650人。",
]

LIST_ITEM_BARE = [
    # 1件, 1513 (no unit), 4件: a list item without its unit
    "全年办理行政许可1件，行政处罚1513，行政强制4件。",
    # 56件 = 49 + 7件: the 49 lost its 件
    "受理行政复议案件56件，审结49，未审结7件。",
    # 23场, 18 (no unit), 6场
    "开展普法讲座23场，送法下乡18，法治文艺演出6场。",
    # 3家, 1 (no unit), 2家
    "新增律师事务所3家，公证机构1，司法鉴定机构2家。",
    # 128起 = 126 + 2起: the 126 lost its 起
    "调解矛盾纠纷128起，调解成功126，未成功2起。",
    # 47件 … 移送3 (no unit) between 5件 and 12件
    "查处违法案件47件，同比增加5件，移送司法机关3，责令整改12件。",
]


@pytest.mark.parametrize("text", CHANGE_ELIDED)
def test_change_figure_leaves_unit_unsaid(text: str) -> None:
    assert _codes(text, "N204") == []


@pytest.mark.parametrize("text", LIST_ITEM_BARE)
def test_list_item_without_unit_still_warned(text: str) -> None:
    assert _codes(text, "N204")


# --- a pair of measures 「95件127人次」 (N201) ------------------------------------------------

PAIRED = [
    # 52 + 14 + 20 = 86 件次; 52件71人次 a pair
    "今年以来，全县信访总量86件次，其中来访52件71人次，来信14件次，网上信访20件次。",
    # 40 + 200 = 240 件次
    "全年接待群众来访总量240件次，其中集体访40件310人次，个体访200件次。",
    # 98 + 212 = 310 件次
    "一季度受理群众诉求310件次，其中来访98件145人次，电话来电212件次。",
    # 9 + 48 = 57 件次
    "上半年共接待来访群众57件次，其中越级访9件15人次，本级访48件次。",
    # 38 + 57 = 95 家次; 38家52人次 a pair
    "全年共走访企业95家次，其中规上企业38家52人次，小微企业57家次。",
    # 150 + 48 = 198 件次
    "今年累计接待来访198件次，其中初访150件203人次，重复访48件次。",
]

TWIN_ALONE = [
    # 6.1万 + 3.4万 = 9.5万 人次; 线下 counted in 人
    "普法活动共覆盖群众9.5万人次，其中线上6.1万人次、线下3.4万人。",
    # 160 + 98 + 154 = 412 件次; 来访 in 件, followed by a mark
    "全年受理信访事项412件次，其中来访160件，来信98件次，网上信访154件次。",
    # 30 + 45 = 75 人次; 集体访 in 人
    "共接待来访群众75人次，其中集体访30人，个体访45人次。",
    # 64 + 122 = 186 家次; 联合检查 in 家
    "检查企业合计186家次，其中联合检查64家，单独检查122家次。",
    # 310 + 210 = 520 人次; 线下 in 人
    "培训执法人员共计520人次，其中线下培训310人、线上培训210人次。",
    # 62 + 35 = 97 件次; 来访 in 件
    "共办理群众来信来访97件次，其中来访62件，来信35件次。",
]


@pytest.mark.parametrize("text", PAIRED)
def test_pair_of_measures_is_no_unit_slip(text: str) -> None:
    assert _codes(text, "N201") == []


@pytest.mark.parametrize("text", TWIN_ALONE)
def test_twin_unit_alone_still_warned(text: str) -> None:
    assert _codes(text, "N201")


# --- a complete split whose rounding the writer balanced onto one share (N104) ---------------


def _split(total: int, unit: str, named: list[tuple[str, int, str]]) -> str:
    head = f"全年累计主动公开政府信息{total}{unit}。其中，"
    return head + "；".join(f"{n}{c}{unit}，占比{s}%" for n, c, s in named) + "。"


BALANCED = [
    # 1+54+11+7+4+3 = 80; exact 1.25/67.5/13.75/8.75/5/3.75, half up sums to 100.2;
    # printed 1.1 (-0.15) brings it to 100.0; half-steps 5×0.05 = 0.25 ≥ 0.15
    _split(
        80,
        "条",
        [
            ("年报", 1, "1.1"),
            ("工作动态", 54, "67.5"),
            ("领导信息", 11, "13.8"),
            ("财政信息", 7, "8.8"),
            ("政策文件", 4, "5.0"),
            ("政策解读", 3, "3.8"),
        ],
    ),
    # 2+97+26+19+9+7 = 160; 60.625 printed 60.5 (-0.125); 1.3+60.5+16.3+11.9+5.6+4.4 = 100.0
    _split(
        160,
        "件",
        [
            ("规划计划", 2, "1.3"),
            ("通知公告", 97, "60.5"),
            ("部门文件", 26, "16.3"),
            ("人事信息", 19, "11.9"),
            ("预决算", 9, "5.6"),
            ("其他", 7, "4.4"),
        ],
    ),
    # 5+223+94+41+22+15 = 400; 55.75 printed 55.6 (-0.15); 1.3+55.6+23.5+10.3+5.5+3.8 = 100.0
    _split(
        400,
        "条",
        [
            ("机构概况", 5, "1.3"),
            ("工作动态", 223, "55.6"),
            ("公示公告", 94, "23.5"),
            ("政策法规", 41, "10.3"),
            ("财政资金", 22, "5.5"),
            ("其他信息", 15, "3.8"),
        ],
    ),
    # 80 again: 13.75 printed 13.6 (-0.15); 1.3+67.5+13.6+8.8+5.0+3.8 = 100.0
    _split(
        80,
        "篇",
        [
            ("法治宣传", 1, "1.3"),
            ("镇街动态", 54, "67.5"),
            ("便民服务", 11, "13.6"),
            ("应急管理", 7, "8.8"),
            ("乡村振兴", 4, "5.0"),
            ("其他内容", 3, "3.8"),
        ],
    ),
    # 160 again: 5.625 printed 5.5 (-0.125); 1.3+60.6+16.3+11.9+5.5+4.4 = 100.0
    _split(
        160,
        "条",
        [
            ("年度报告", 2, "1.3"),
            ("政务动态", 97, "60.6"),
            ("民生保障", 26, "16.3"),
            ("行政执法", 19, "11.9"),
            ("社会救助", 9, "5.5"),
            ("其他", 7, "4.4"),
        ],
    ),
    # 400 again: 10.25 printed 10.1 (-0.15); 1.3+55.8+23.5+10.1+5.5+3.8 = 100.0
    _split(
        400,
        "件",
        [
            ("建议提案", 5, "1.3"),
            ("工作信息", 223, "55.8"),
            ("通知公告", 94, "23.5"),
            ("人事任免", 41, "10.1"),
            ("财政预决算", 22, "5.5"),
            ("其他", 15, "3.8"),
        ],
    ),
]

UNBALANCED = [
    # 80: 1.25 printed 0.5 (-0.75) and 67.5 printed 68.1 (+0.6): sum 100.0 but far beyond
    # the half-steps (0.3)
    _split(
        80,
        "条",
        [
            ("年报", 1, "0.5"),
            ("工作动态", 54, "68.1"),
            ("领导信息", 11, "13.8"),
            ("财政信息", 7, "8.8"),
            ("政策文件", 4, "5.0"),
            ("政策解读", 3, "3.8"),
        ],
    ),
    # 160: 1.25 printed 1.1 but nothing balanced: 1.1+60.6+16.3+11.9+5.6+4.4 = 99.9 ≠ 100
    _split(
        160,
        "件",
        [
            ("规划计划", 2, "1.1"),
            ("通知公告", 97, "60.6"),
            ("部门文件", 26, "16.3"),
            ("人事信息", 19, "11.9"),
            ("预决算", 9, "5.6"),
            ("其他", 7, "4.4"),
        ],
    ),
    # 400: 55.75 printed 53.6, 23.5 printed 25.5: sum 100.0, each ~2 points off
    _split(
        400,
        "条",
        [
            ("机构概况", 5, "1.3"),
            ("工作动态", 223, "53.6"),
            ("公示公告", 94, "25.5"),
            ("政策法规", 41, "10.3"),
            ("财政资金", 22, "5.5"),
            ("其他信息", 15, "3.8"),
        ],
    ),
    # two shares only: 1/80 = 1.25 printed 1.1, 79/80 = 98.75 printed 98.9 — no split of three
    _split(80, "篇", [("法治宣传", 1, "1.1"), ("镇街动态", 79, "98.9")]),
    # 80: 13.75 printed 12.8 (-0.95), 8.75 printed 9.8 (+1.05), 1.25 printed 1.1: sum 100.0
    _split(
        80,
        "条",
        [
            ("年度报告", 1, "1.1"),
            ("政务动态", 54, "67.5"),
            ("民生保障", 11, "12.8"),
            ("行政执法", 7, "9.8"),
            ("社会救助", 4, "5.0"),
            ("其他", 3, "3.8"),
        ],
    ),
    # 3+151+38+29+11+8 = 240: 62.917 printed 61.9, 15.833 printed 16.8: sum 100.0, ~1 off each
    _split(
        240,
        "件",
        [
            ("建议提案", 3, "1.3"),
            ("工作信息", 151, "61.9"),
            ("通知公告", 38, "16.8"),
            ("人事任免", 29, "12.1"),
            ("财政预决算", 11, "4.6"),
            ("其他", 8, "3.3"),
        ],
    ),
]


@pytest.mark.parametrize("text", BALANCED)
def test_balanced_split_is_rounding(text: str) -> None:
    assert _codes(text, "N104") == []


@pytest.mark.parametrize("text", UNBALANCED)
def test_share_beyond_balanced_rounding_still_found(text: str) -> None:
    assert _codes(text, "N104")


# --- a sentence opened on one stage's set takes its shares of that stage (N104) -------------

STAGE_NAMED = [
    # 18/48 = 37.5% (受理); of 收到 it would be 18/52 = 34.6%
    "全年共收到行政复议申请52件，受理48件。受理案件以城市管理领域为主，其中违法建设类案件18件，占总量的37.5%。",
    # 27/72 = 37.5% (受理); 27/80 = 33.75%
    "共收到政府信息公开申请80件，受理72件。受理的申请以自然资源领域为主，其中征地补偿类27件，占总量的37.5%。",
    # 60/96 = 62.5% (审结); 60/110 = 54.5%, 60/125 = 48%
    "本年度共收到行政复议申请125件，受理110件，审结96件。审结案件以维持为主，其中维持原行政行为60件，占总量的62.5%。",
    # 21/56 = 37.5% (受理); 21/64 = 32.8%
    "全年共收到消费投诉64件，受理56件。受理投诉以食品安全为主，其中食品类投诉21件，占总量的37.5%。",
    # 99/132 = 75% (受理); 99/150 = 66%
    "共收到劳动仲裁申请150件，立案受理132件。受理案件以劳动报酬争议为主，其中追索劳动报酬案件99件，占总量的75%。",
    # 27/81 = 33.33% → 33.3% (受理); 27/90 = 30%
    "今年共收到信访事项90件，受理81件。受理事项以城乡建设为主，其中物业纠纷27件，占总量的33.3%。",
]

STAGE_NAMED_WRONG = [
    # 18/48 = 37.5%, 18/52 = 34.6%: 45.5% fits neither
    "全年共收到行政复议申请52件，受理48件。受理案件以城市管理领域为主，其中违法建设类案件18件，占总量的45.5%。",
    # 27/72 = 37.5%, 27/80 = 33.75%: 30.5% fits neither
    "共收到政府信息公开申请80件，受理72件。受理的申请以自然资源领域为主，其中征地补偿类27件，占总量的30.5%。",
    # 60/96 = 62.5%, 60/110 = 54.5%, 60/125 = 48%: 70% fits none
    "本年度共收到行政复议申请125件，受理110件，审结96件。审结案件以维持为主，其中维持原行政行为60件，占总量的70%。",
    # 21/56 = 37.5%, 21/64 = 32.8%: 40.5% fits neither
    "全年共收到消费投诉64件，受理56件。受理投诉以食品安全为主，其中食品类投诉21件，占总量的40.5%。",
    # 99/132 = 75%, 99/150 = 66%: 80% fits neither
    "共收到劳动仲裁申请150件，立案受理132件。受理案件以劳动报酬争议为主，其中追索劳动报酬案件99件，占总量的80%。",
    # 27/81 = 33.3%, 27/90 = 30%: 36.3% fits neither
    "今年共收到信访事项90件，受理81件。受理事项以城乡建设为主，其中物业纠纷27件，占总量的36.3%。",
]


@pytest.mark.parametrize("text", STAGE_NAMED)
def test_share_of_the_stage_the_sentence_names(text: str) -> None:
    assert _codes(text, "N104") == []


@pytest.mark.parametrize("text", STAGE_NAMED_WRONG)
def test_share_fitting_no_stage_still_found(text: str) -> None:
    assert _codes(text, "N104")
