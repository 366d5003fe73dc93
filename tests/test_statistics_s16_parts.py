"""Splits complete by nature or by words that fall short of their whole (session 16,
s16-parts; issue 9).

1. A whole named by joined kinds (A和B, A、B及C), as many as the parts that follow, each kind's
   words ending with the name of the part at its place — 「办理区人大代表建议和区政协委员提案153件，
   其中代表建议68件、委员提案79件」 — is exactly those kinds: the parts are all of it
   (relations/partition.py ``_names_conjoin``). Not when the whole names more kinds than parts,
   not when a part is a narrower kind (涉企投诉 of 投诉), not when the order differs.

3. A table of no 合计 row that the paragraph points to right after a whole of the column's unit
   (「全年共立案查处各类违法案件166件，分领域情况如下」) breaks that whole down: its rows add up
   to it (relations/tables.py ``_against_rows_sum``; a warning, the table may leave a class
   out). Not when the words say the table shows some of it (其中, 重点, 主要), nor for rows
   of years or sub-rows.
4. A strong total word (总计, 合计) after clauses that each count the total's own stage —
   「对医疗机构立案查处112件，对公共场所立案查处67件，…，总计立案199件」 — sums them
   (``_trailing_groups``: a stage ends the run only when it is another stage); a year or
   scope named before the first part of a list whose total follows it in the same sentence
   scopes that total too (「县税务局2021年为纳税人办理…，合计…」: ``_narrower_scope``).
5. A whole built of a count of levels or classes (建成三级…平台, 形成两类…机制), the count
   naming the whole's own noun, followed by as many parts: one part for each, so they add up
   (``_declared_classes``, "named": a warning, the levels are not named). Not without the
   verb that builds the whole (三级医院 is a grade), nor with fewer or more parts.
6. A whole that is one side of a split by nature (一审行政案件) holds none of the other side:
   parts named by the pair's words (一审判决后上诉的…, 二审维持…) are no split of it
   (``_whole_is_one_side``); a whole naming both sides (一审、二审案件) or neither stays split.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any
from relation_helpers import table_document

from fazhi_lint.analysis.relations import analyze_document, contradictions

CONJOINED_WRONG = [
    # 61 + 31 = 92 != 96
    "全年办理行政复议案件和行政应诉案件共96件，其中行政复议案件61件、行政应诉案件31件。",
    # 412 + 229 = 641 != 614 (a transposition)
    "全年受理群众投诉和举报614件，其中投诉412件、举报229件，均在规定时限内办结。",
    # 38 + 17 = 55 != 57
    "审查区政府规范性文件和行政协议57件，其中规范性文件38件、行政协议17件，提出审查意见143条。",
    # 23 + 14 + 9 = 46 != 48
    "组织开展法治讲座、模拟法庭和法律知识竞赛48场，其中法治讲座23场、模拟法庭14场、法律知识竞赛9场。",
    # 1260 + 315 = 1575 != 1557
    "全年为企业和个体工商户办理登记1,557户，其中企业1,260户、个体工商户315户。",
    # 86 + 45 = 131 != 128
    "年内审核重大行政决策和重大执法决定共128件，其中重大行政决策86件、重大执法决定45件。",
    # 72 + 19 = 91 != 93
    "全年办理市人大代表建议及市政协委员提案93件，其中代表建议72件、委员提案19件，办复率100%。",
    # 204 + 97 = 301 != 310
    "全年共调处劳动争议和人事争议310件，其中劳动争议204件、人事争议97件。",
]

CONJOINED_RIGHT = [
    # 61 + 35 = 96: adds up
    "全年办理行政复议案件和行政应诉案件共96件，其中行政复议案件61件、行政应诉案件35件。",
    # three kinds named, two listed: 38 + 17 = 55 < 57 is a partial list (行政合同 unlisted)
    "审查规范性文件、行政协议和行政合同57件，其中规范性文件38件、行政协议17件。",
    # a narrower kind (实名投诉) than the whole's kind 投诉: 286 + 97 = 383 < 614, partial
    "全年受理群众投诉和举报614件，其中实名投诉286件、匿名举报97件。",
    # one part only: nothing to add up
    "全年受理群众投诉和举报614件，其中投诉412件，均在规定时限内办结。",
    # 1260 + 315 = 1575 (约 1,600): an approximate whole
    "全年为企业和个体工商户办理登记约1,600户，其中企业1,260户、个体工商户315户。",
    # parts of another dimension than the joined kinds: 32 + 41 = 73 < 128 (some were neither)
    "年内审核重大行政决策和重大执法决定共128件，其中涉企事项32件、涉民生事项41件。",
    # the first part a narrower kind (区长领办的): 8 + 5 = 13 < 153, the items singled out
    "区政府全年办理代表建议和政协提案共153件，其中区长领办代表建议8件、政协提案5件。",
    # 72 + 21 = 93: adds up
    "全年办理市人大代表建议及市政协委员提案93件，其中代表建议72件、委员提案21件，办复率100%。",
]


@pytest.mark.parametrize("text", CONJOINED_WRONG)
def test_whole_named_by_its_joined_kinds_is_split_by_them(text: str) -> None:
    assert any(code == "N102" or code == "N101" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", CONJOINED_RIGHT)
def test_joined_kinds_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


# 2. Splits complete by nature (numbers.toml ``clauses.exhaustive``): the basic courts and
#    the intermediate court of a city (全市两级法院). (Not 牵头/配合: it splits joint actions
#    only, and a whole of all checks holds checks done alone.) A region (分区域统计, ``closed-dimensions``): every item has one place, a
#    warning when the regions fall short. A whole that says it holds (含, 包括) a sibling
#    kind no part names (再审案件 beside 一审/二审) is not exhausted by the parts
#    (``_whole_holds_another``); a held word of another kind (上年结转) leaves the split whole.

NATURE_WRONG = [
    # 311 + 41 = 352 != 356
    "全市法院共审结一审行政案件356件，其中基层法院审结311件、中级法院审结41件。",
    # 768 + 125 = 893 != 902
    "全年全市两级法院受理行政诉讼案件902件，其中基层人民法院受理768件，中级人民法院受理125件。",
    # 49 + 41 = 90 > 87: led and assisted joint checks past all of them
    "全年参与联合执法检查87次，其中牵头开展49次、配合开展41次，查处违法行为126起。",
    # 1180 + 73 = 1253 != 1235 (基层人民法院 / 中级人民法院)
    "全市法院全年新收行政案件1,235件，其中基层人民法院1,180件、中级人民法院73件。",
    # no 含: 39 + 17 = 56 != 58
    "全年审结行政诉讼案件58件，其中一审案件39件、二审案件17件，败诉率下降2个百分点。",
    # 51 + 23 = 74 > 72: an excess is an error whatever the whole holds
    "办理行政诉讼案件72件（含行政赔偿案件），其中一审案件51件、二审案件23件。",
    # 上年结转 is no kind of 审结: 389 + 27 = 416 != 420
    "共受理仲裁案件420件（含上年结转案件），其中已审结389件、未审结27件。",
    # 87 + 69 = 156 != 165
    "全年受理群众来信来访165件，按区域统计，城区87件、开发区69件，均已按期答复。",
]

NATURE_RIGHT = [
    # 311 + 41 = 352 < 356: the whole holds the high court's first-instance cases
    "全市法院共审结一审行政案件356件（含高级法院审结的案件），其中基层法院审结311件、中级法院审结41件。",
    # 39 + 15 = 54 < 58: 再审 cases held by the whole
    "办理行政诉讼案件58件（含再审案件），其中一审案件39件、二审案件15件。",
    # a list of two wholes before 其中 (142 + 37 = 179): 134 一般程序 of all of them
    "全年共立案查处食品安全违法案件142件、药品医疗器械违法案件37件，其中适用一般程序的134件。",
    # 41 + 18 = 59 < 64: 包括再审审查案件
    "全年办理行政诉讼案件64件，包括再审审查案件，其中一审41件、二审18件。",
    # 49 + 38 = 87
    "全年参与联合执法检查87次，其中牵头开展49次、配合开展38次，查处违法行为126起。",
    # one part: nothing to add up
    "全年参与联合执法检查87次，其中牵头开展49次，查处违法行为126起。",
    # 214 + 97 = 311 < 318, the rest named without a figure
    "全年受理信访事项318件，按区域划分，城区受理214件、开发区受理97件，其余为乡镇受理。",
    # 214 + 104 = 318
    "全年受理信访事项318件，按区域划分，城区受理214件、开发区受理104件。",
    # 牵头/配合 split the joint checks, not all checks: 31 + 18 = 49 < 210 (some done alone)
    "全年开展执法检查210次，其中牵头开展联合检查31次、配合其他部门检查18次。",
]


@pytest.mark.parametrize("text", NATURE_WRONG)
def test_split_complete_by_nature_must_add_up(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", NATURE_RIGHT)
def test_split_by_nature_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


def test_court_pair_short_is_an_error() -> None:
    # 311 + 41 = 352 != 356: complete by nature, an error (not a warning)
    assert _errors("全市法院共审结一审行政案件356件，其中基层法院审结311件、中级法院审结41件。")


def _table_n401(rows: list[list[str]], before: str) -> list[str]:
    found = contradictions(
        analyze_document(table_document(rows, before, "以上数据均经核实。"), 2024)
    )
    return [r.message for r in found if r.code == "N401"]


TABLE_WRONG = [
    # 41 + 27 + 19 + 9 = 96 != 94
    (
        [
            ["税种", "案件数（件）"],
            ["增值税", "41"],
            ["企业所得税", "27"],
            ["个人所得税", "19"],
            ["其他", "9"],
        ],
        "全年办理税务行政处罚案件共计94件，按税种分类情况见下表。",
    ),
    # 88 + 23 + 31 + 14 = 156 != 166
    (
        [
            ["领域", "立案数（件）"],
            ["食品", "88"],
            ["药品", "23"],
            ["特种设备", "31"],
            ["价格", "14"],
        ],
        "全年共立案查处各类违法案件166件，分领域情况如下。",
    ),
    # 52 + 37 = 89 != 98
    (
        [["调解组织", "调解纠纷（件）"], ["镇调委会", "52"], ["村调委会", "37"]],
        "全镇全年调解矛盾纠纷98件，分组织情况见下表。",
    ),
    # 126 + 74 + 31 = 231 != 213
    (
        [["区域", "检查（家次）"], ["城区", "126"], ["开发区", "74"], ["乡镇", "31"]],
        "全年共检查在建工地213家次，分区域情况如下表。",
    ),
    # 17 + 9 + 6 = 32 != 35
    (
        [["类别", "人数（人）"], ["专职", "17"], ["兼职", "9"], ["志愿者", "6"]],
        "全街道共有人民调解员35人，具体构成见下表。",
    ),
    # 64 + 41 + 23 + 17 + 12 = 157 != 175
    (
        [
            ["类别", "申请数（件）"],
            ["市场监管类", "64"],
            ["城市管理类", "41"],
            ["人社类", "23"],
            ["自然资源类", "17"],
            ["其他类", "12"],
        ],
        "全年共受理行政复议申请175件，分类情况如下。",
    ),
    # 311 + 96 = 407 != 417
    (
        [["渠道", "受理（件）"], ["线上", "311"], ["线下", "96"]],
        "全年共受理劳动人事争议仲裁申请417件，按申请渠道统计见下表。",
    ),
    # 58 + 33 + 21 = 112 != 121
    (
        [["执法中队", "办理案件（件）"], ["一中队", "58"], ["二中队", "33"], ["三中队", "21"]],
        "全年街道综合执法队共办理案件121件，各中队办理情况见下表。",
    ),
]

TABLE_RIGHT = [
    # 71 + 38 + 34 = 143
    (
        [["区域", "投诉举报（件）"], ["城区", "71"], ["开发区", "38"], ["乡镇", "34"]],
        "全年受理建筑市场投诉举报143件，按区域分布情况见下表。",
    ),
    # 重点行业 only: 412 + 256 + 162 = 830 < 1260
    (
        [
            ["重点行业", "检查家次"],
            ["食品生产", "412"],
            ["特种设备使用", "256"],
            ["电动自行车销售", "162"],
        ],
        "全年检查各类生产经营主体1,260家次，其中重点行业检查情况见下表。",
    ),
    # 主要类别 only: 64 + 41 = 105 < 175
    (
        [["类别", "申请数（件）"], ["市场监管类", "64"], ["城市管理类", "41"]],
        "全年共受理行政复议申请175件，主要类别情况如下。",
    ),
    # rows of years, not a split: 156 + 166 != 166 is no sum
    (
        [["年度", "立案数（件）"], ["2023年", "156"], ["2024年", "166"]],
        "全年共立案查处各类违法案件166件，近两年情况如下。",
    ),
    # an approximate whole: 约 400 against 311 + 96 = 407
    (
        [["渠道", "受理（件）"], ["线上", "311"], ["线下", "96"]],
        "全年共受理劳动人事争议仲裁申请约400件，按申请渠道统计见下表。",
    ),
    # no pointer to the table after the whole: 52 + 37 = 89 < 98 not read as its split
    (
        [["调解组织", "调解纠纷（件）"], ["镇调委会", "52"], ["村调委会", "37"]],
        "全镇全年调解矛盾纠纷98件，调解成功率98%。",
    ),
    # 58 + 33 + 21 = 112
    (
        [["执法中队", "办理案件（件）"], ["一中队", "58"], ["二中队", "33"], ["三中队", "21"]],
        "全年街道综合执法队共办理案件112件，各中队办理情况见下表。",
    ),
    # 部分领域 said after the pointer: 88 + 23 + 31 = 142 < 156, some fields only
    (
        [["领域", "立案数（件）"], ["食品安全", "88"], ["药品安全", "23"], ["特种设备", "31"]],
        "全年立案查处违法案件156件，分领域情况如下（部分领域）。",
    ),
    # sub-rows (其中) in the table: not a flat split (150 + 60 + 40 != 190 is no sum)
    (
        [
            ["类别", "案件数（件）"],
            ["行政处罚", "150"],
            ["其中：简易程序", "60"],
            ["行政强制", "40"],
        ],
        "全年共办理执法案件190件，具体情况见下表。",
    ),
]


@pytest.mark.parametrize(("rows", "before"), TABLE_WRONG)
def test_table_without_total_row_against_text_whole(rows: list[list[str]], before: str) -> None:
    assert _table_n401(rows, before), before


@pytest.mark.parametrize(("rows", "before"), TABLE_RIGHT)
def test_table_without_total_row_traps_stay_silent(rows: list[list[str]], before: str) -> None:
    assert not _table_n401(rows, before), before


TRAILING_WRONG = [
    # 46 + 29 + 11 = 86 != 88
    "对娱乐场所立案查处46件，对住宿场所立案查处29件，对游泳场所立案查处11件，总计立案88件。",
    # 213 + 94 = 307 != 311
    "在城区受理投诉213件，在开发区受理投诉94件，合计受理投诉311件，均已按期答复。",
    # 34 + 21 = 55 != 59
    "对建筑工地立案查处34件，对物业小区立案查处21件，总计立案59件，罚没款42.6万元。",
    # 34 + 28 = 62 > 59
    "对建筑工地立案查处34件，对物业小区立案查处28件，总计立案59件。",
    # 312 + 87 + 41 = 440 != 446 (the year before the list scopes the total too)
    "区市场监管局2024年办理食品类投诉312件、药品类投诉87件、其他投诉41件，合计办理投诉446件。",
    # 63 + 48 + 29 = 140 != 146
    "镇调委会2024年调解婚姻纠纷63件、邻里纠纷48件、其他纠纷29件，合计调解纠纷146件。",
    # 214 + 87 = 301 != 307
    "街道2024年受理线上申请214件、线下申请87件，合计受理申请307件。",
    # 57 + 38 = 95 != 97
    "对企业审结案件57件，对个体工商户审结案件38件，共计审结97件。",
]

TRAILING_RIGHT = [
    # 112 + 67 + 18 = 197
    "对医疗机构立案查处112件，对公共场所立案查处67件，对生活饮用水单位立案查处18件，总计立案197件。",
    # parts of another stage (受理) than the total (立案): no sum
    "对医疗机构受理投诉58件，对药店受理投诉31件，总计立案12件。",
    # 约: 112 + 67 + 18 = 197, about 200
    "对医疗机构立案查处112件，对公共场所立案查处67件，对生活饮用水单位立案查处18件，总计立案约200件。",
    # 312 + 87 + 41 = 440
    "区市场监管局2024年办理食品类投诉312件、药品类投诉87件、其他投诉41件，合计办理投诉440件。",
    # a half-year split under a whole stated first: 120 + 95 = 215 < 300
    "全年受理300件，其中上半年线上受理120件，线下受理95件。",
    # 63 + 48 + 29 = 140
    "镇调委会2024年调解婚姻纠纷63件、邻里纠纷48件、其他纠纷29件，合计调解纠纷140件。",
    # 57 + 38 = 95
    "对企业审结案件57件，对个体工商户审结案件38件，共计审结95件。",
    # 213 + 94 = 307
    "在城区受理投诉213件，在开发区受理投诉94件，合计受理投诉307件，均已按期答复。",
]


@pytest.mark.parametrize("text", TRAILING_WRONG)
def test_total_after_clauses_of_its_stage_sums_them(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", TRAILING_RIGHT)
def test_total_after_clauses_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


BUILT_WRONG = [
    # 1 + 14 + 162 = 177 != 181
    "全区建成三级公共法律服务平台共181个，其中区级中心1个、街道工作站14个、社区工作室162个。",
    # 1 + 18 + 192 = 211 != 215
    "全县建立三级调解组织共215个，其中县级1个、乡镇级18个、村级192个。",
    # 21 + 12 = 33 != 36
    "形成两类监督机制共36项，其中内部监督制度21项、外部监督制度12项。",
    # 1 + 11 = 12 != 14
    "全市设立两级行政复议机构共14个，其中市级1个、区县级11个。",
    # 1 + 12 + 143 + 1124 = 1280 != 1286
    "打造四级网格共1,286个，其中一级网格1个、二级网格12个、三级网格143个、四级网格1,124个。",
    # 18 + 42 + 61 = 121 != 126
    "组建覆盖三级的法律顾问队伍共126人，其中市级顾问18人、区级顾问42人、街道级顾问61人。",
    # 1 + 11 = 12 != 13
    "建成两级政务服务中心共13个，其中区级1个、街道级11个。",
    # 6 + 14 + 35 = 55 != 58
    "建立三类普法阵地共58处，其中法治公园6处、法治广场14处、法治长廊35处。",
]

BUILT_RIGHT = [
    # 1 + 14 + 166 = 181
    "全区建成三级公共法律服务平台共181个，其中区级中心1个、街道工作站14个、社区工作室166个。",
    # two parts of three levels: 162 + 14 = 176 < 181, partial
    "全区建成三级公共法律服务平台共181个，其中社区工作室162个、街道工作站14个。",
    # 三级医院 is a grade, no count of levels: 8 + 2 + 1 = 11 < 12
    "全市三级医院共12家，其中公立医院8家、民营医院2家、部队医院1家。",
    # the count names the network, not the counted people: 86 + 421 + 90 = 597 < 612
    "构建县、乡、村三级网络，全县共有调解员612人，其中专职调解员86人、兼职调解员421人、志愿者90人。",
    # 1 + 13 = 14
    "全市设立两级行政复议机构共14个，其中市级1个、区县级13个。",
    # 余: 1 + 14 + 162 = 177, 170余
    "全区建成三级公共法律服务平台170余个，其中区级中心1个、街道工作站14个、社区工作室162个。",
    # 21 + 15 = 36
    "形成两类监督机制共36项，其中内部监督制度21项、外部监督制度15项。",
    # 6 + 14 + 38 = 58
    "建立三类普法阵地共58处，其中法治公园6处、法治广场14处、法治长廊38处。",
]


@pytest.mark.parametrize("text", BUILT_WRONG)
def test_whole_built_of_counted_levels_is_split_by_them(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", BUILT_RIGHT)
def test_counted_levels_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


ONE_SIDE_WRONG = [
    # the whole names both sides: 47 + 13 = 60 != 62
    "全年审结一审、二审行政案件62件，其中一审47件、二审13件。",
    # neither side named by the whole: 47 + 13 = 60 != 62
    "全年审结行政案件62件，其中一审47件、二审13件。",
    # 男/女 of a whole naming neither: 129 + 95 = 224 != 218
    "全局参加执法资格考试218人，其中男性129人、女性95人。",
    # 线上/线下 of a whole naming neither: 87 + 131 = 218 != 214
    "全年受理调解申请214件，其中线上受理87件、线下受理131件。",
    # 普通/简易 of a whole naming neither: 38 + 126 = 164 != 146 (transposed)
    "全年办理行政处罚案件146件，其中适用普通程序38件、适用简易程序126件。",
    # the whole names both: 公开/不公开 212 + 19 = 231 != 213
    "全年办理公开和不公开审理的案件213件，其中公开审理212件、不公开审理19件。",
    # 一审 whole, its own split (普通/简易): 168 + 41 = 209 != 214
    "全年审结一审行政案件214件，其中适用普通程序168件、适用简易程序41件。",
    # 普通程序 figure no whole of the 简易程序 one after it: 104 + 45 = 149 != 152
    "全年办理行政处罚案件152件。按办理程序区分，适用普通程序办理的104件，适用简易程序办理的45件。",
    # 线上 whole, its own split by nature (男/女): 56 + 71 = 127 != 129
    "线上参加法治培训129人，其中男性56人、女性71人。",
]

ONE_SIDE_RIGHT = [
    # a 一审 whole: 46 appealed and 39 upheld are no split of 214
    "全年审结一审行政案件214件，一审判决后上诉至中级法院的46件，二审维持原判39件。",
    # a 线上 whole: 线下 figures are another whole (68 + 40 = 108 < 311)
    "全年线上受理调解申请311件，其中转线上视频调解68件，转线下调解40件。",
    # 47 + 15 = 62
    "全年审结一审、二审行政案件62件，其中一审47件、二审15件。",
    # 47 + 15 = 62
    "全年审结行政案件62件，其中一审47件、二审15件。",
    # a 简易程序 whole: 普通程序 figures after it are no split of it (12 + 9 = 21 < 126)
    "适用简易程序办理案件126件，其中转为普通程序12件，普通程序听证9件。",
    # 129 + 89 = 218
    "全局参加执法资格考试218人，其中男性129人、女性89人。",
    # no whole: a 普通程序 figure, then 简易程序 and a 普通程序 sub-part (45 + 12 = 57 < 104)
    "适用普通程序办理的104件，适用简易程序办理的45件，普通程序案件中有12件举行了听证。",
    # 168 + 46 = 214
    "全年审结一审行政案件214件，其中适用普通程序168件、适用简易程序46件。",
    # 56 + 73 = 129
    "线上参加法治培训129人，其中男性56人、女性73人。",
]


@pytest.mark.parametrize("text", ONE_SIDE_WRONG)
def test_split_by_nature_of_a_whole_naming_no_side(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", ONE_SIDE_RIGHT)
def test_whole_of_one_side_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text
