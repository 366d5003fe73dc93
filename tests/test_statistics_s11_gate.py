"""No consistent statement as an error: what each figure counts (session 11, s11-gate).

1. The gate (relations/gate.py): a link between two figures whose counted nouns, read from
   sure sources (the noun after a measure word: 「12个街道（镇）」; the noun an average is per:
   「平均每个网格」), clearly differ is no error — two members of one list related as a rate,
   an average per another thing than its count are dropped; when the nouns agree the finding
   stands.
2. A bracket of kinds between two listed inventories (「辖8个镇（街道）、74个村（社区）」) does
   not hide the list: 74 is an inventory of its own, not a part above 8, and a later count of
   villages above it is found (also paragraphs later).
3. A figure drawn from a stage's set (「在办结的事项中群众表示满意的28件」) has no place in
   the year's stock (新收 + 结转 = 办结 + 未结).
4. After parts named by their kind alone, a clause of a verb (「成功调处2388件」) may end the
   list: it tells what became of the whole, it is no further part.
5. A 其中 after a 顿号 list of named figures (「A142件、B37件，其中…134件」) may break down
   all of them: a part above the last item but within their sum is no error.
6. A level left (「由41名增加到52名」) is neither a base nor a part above one.
7. A part of the year and the whole year whose clauses name different places (「上半年城区
   受理…236件；全年各乡镇受理…198件」) count different things: no N302.
8. Two paragraphs read together (more concluded than came in) with the carry-over told in
   the paragraph right after them (「审结的案件中包含上年结转的11件」): no N107 warning.

Every sentence is written for these tests (none from a blind set), for varied bodies; each
verdict was derived by hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

# --- 1. the gate: co-listed members, an average per another thing ----------------------------

GATE_WRONG = [
    # 21/23 = 91.3, not 95.7: both count 站 (the rate's own part and whole)
    "在全县23个便民服务站中，已有21个站完成标准化建设，占95.7%。",
    # 152/160 = 95.0, not 97.5
    "全年抽查执法案卷160卷，评为合格的152卷，合格率97.5%。",
    # 41 attended / 44 = 93.2, not 97.7
    "全年应参加旁听庭审的领导干部44名，实际参加41名，参加率97.7%。",
    # 2400 / 40 = 60 per village, not 600
    "全镇40个村共选聘法律明白人2400名，平均每个村600名。",
    # 1820 / 14 = 130 per class, not 310
    "全年举办执法培训班14期，培训执法人员1820人次，平均每期310人次。",
    # 96 of 128 = 75.0, not 57.0
    "全市128家行政执法单位中，96家已建立公示平台，占比57.0%。",
    # 18 of 20 = 90.0, not 96.0
    "全区20个街道（镇）中，已有18个建成矛盾纠纷调处中心，建成率96.0%。",
    # 342 passed of 360 = 95.0, not 98.5
    "组织360名网格员参加法律知识考试，考试合格342名，合格率98.5%。",
]

GATE_RIGHT = [
    # 100% of 卫生室 (no count stated); 9 towns and 126 villages are two members of one list
    "卫生监督覆盖全县9个乡镇、126个行政村，村卫生室依法执业承诺书签订率100%。",
    # 8 streets and 96 communities co-listed; 98.2% has no base stated
    "法律服务覆盖全区8个街道、96个社区，群众满意率98.2%。",
    # 14 departments, 6 streets co-listed with brackets; the rate of the 2416 trainees
    "培训覆盖全区14个部门（单位）、6个街道（镇），参训人员考试合格率99.0%。",
    # the average is per 网格 (not per town): 4.6万户 / 12 towns is not it
    "全县12个乡镇、4.6万户全部纳入网格服务，平均每个网格服务约380户。",
    # per 调解员: 1260 disputes / 30 villages is not it
    "全区30个村（社区）全年调解纠纷1260件，平均每名调解员调解14件。",
    # 5 streets and 47 communities co-listed, 全覆盖 100%
    "公共法律服务工作站覆盖全区5个街道、47个社区，覆盖率100%。",
    # per 律所: 11 towns, 186 villages co-listed
    "全县11个乡镇、186个村均签约法律顾问，平均每家律所联系约17个村。",
    # 3 counties, 42 towns co-listed; 100% of the towns
    "法治督察覆盖全市3个县、42个乡镇，乡镇督察覆盖率达到100%。",
]


@pytest.mark.parametrize("text", GATE_WRONG)
def test_gate_keeps_links_of_one_thing(text: str) -> None:
    assert _any(text, codes=("N104", "N205")), text


@pytest.mark.parametrize("text", GATE_RIGHT)
def test_gate_drops_links_of_different_things(text: str) -> None:
    assert _any(text) == [], text


# --- 2. a bracket of kinds between listed inventories ----------------------------------------

INVENTORY_WRONG = [
    # 83 villages equipped > 78 in the district (next paragraph)
    "全区共辖6个镇（街道）、78个村（社区）。\n全年为83个村（社区）配备法律顾问，实现全覆盖。",
    # 126 > 121, two paragraphs later
    "全县共辖9个乡镇（街道）、121个村（社区）。\n县司法局统筹全县律师资源开展结对服务。\n"
    "截至年底，共为126个村（社区）配备了法律顾问，全年提供咨询4200余次。",
    # 59 > 54 in the same paragraph
    "全市共辖4个县（区）、54个乡镇（街道），全年为59个乡镇（街道）建成公共法律服务站。",
    # 240 > 236
    "全区下辖12个镇（街道）、236个村（社区）。\n年内240个村（社区）完成村规民约修订。",
    # 35 > 31
    "全县共辖3个镇（乡）、31个村（居）。\n全年为35个村（居）配备了专职人民调解员。",
    # 150 > 147, a paragraph between
    "全区共辖7个街道（镇）、147个社区（村）。\n区民政局牵头开展社区治理试点。\n"
    "全年为150个社区（村）建成法律服务室。",
    # 66 > 62
    "全市共辖5个区（县）、62个街道（乡镇）。\n全年为66个街道（乡镇）建成综治中心。",
    # 97 > 95
    "全县共辖8个乡（镇）、95个村（社区）。\n全年为97个村（社区）配备法律顾问。",
]

INVENTORY_RIGHT = [
    # 74 villages is an inventory of its own beside 8 towns, not a part of them
    "全区共辖8个镇（街道）、74个村（社区），全年为74个村（社区）配备法律顾问。",
    "全县共辖11个乡镇（街道）、142个村（社区）。\n全年为142个村（社区）配备法律顾问。",
    "全市共辖4个县（区）、54个乡镇（街道），全年为54个乡镇（街道）建成公共法律服务站。",
    "全区下辖12个镇（街道）、236个村（社区）。\n年内230个村（社区）完成村规民约修订。",
    "全县共辖3个镇（乡）、31个村（居）。\n全年为31个村（居）配备了专职人民调解员。",
    "全区共辖7个街道（镇）、147个社区（村）。\n全年为147个社区（村）建成法律服务室。",
    "全县共辖9个乡镇（街道）、121个村（社区），全年开展送法下乡活动126场。",
    "全县共辖8个乡（镇）、95个村（社区）。\n全年为95个村（社区）配备法律顾问。",
]


@pytest.mark.parametrize("text", INVENTORY_WRONG)
def test_listed_inventory_bounds_a_later_count(text: str) -> None:
    assert _any(text, 2022, ("N101", "N206")), text


@pytest.mark.parametrize("text", INVENTORY_RIGHT)
def test_listed_inventory_is_no_part_of_the_one_before(text: str) -> None:
    assert _any(text, 2022, ("N101", "N206")) == [], text


# --- 3. a figure drawn from a stage's set is no place of the stock ----------------------------

SCOPE_WRONG = [
    # 45 + 3 = 48 != 44 + 6 = 50
    "全年新受理行政复议申请四十五件，加上上年结转的三件，共审结四十四件，在审结的案件中经调解"
    "和解结案的十一件，另有六件结转下年继续审理。",
    # 27 + 4 = 31 != 30 + 3 = 33
    "全年新登记信访事项二十七件，加上上年结转的四件，当年办结三十件，在办结的事项中群众表示满意"
    "的二十八件，另有三件结转下年继续办理。",
    # 63 + 5 = 68 != 60 + 6 = 66
    "全年新收行政案件63件，上年结转5件，审结60件，在审结的案件中调解撤诉的18件，未审结6件。",
    # 118 + 9 = 127 != 120 + 9 = 129
    "全年新收投诉118件，上年结转9件，办结120件，在办结的投诉中群众满意的112件，未办结9件。",
    # 52 + 4 = 56 != 50 + 4 = 54
    "全年新受理劳动仲裁案件52件，上年结转4件，结案50件，在结案的案件中调解结案的31件，"
    "尚未结案4件。",
    # 86 + 7 = 93 != 88 + 7 = 95
    "全年新收复议申请86件，上年结转7件，审结88件，在审结的案件中维持原行政行为的60件，未审结7件。",
    # 240 + 12 = 252 != 236 + 18 = 254
    "全年新登记工单240件，上年结转12件，办结236件，在办结的工单中按期办结的230件，未办结18件。",
    # 33 + 2 = 35 != 31 + 2 = 33
    "全年新收申请33件，上年结转2件，办结31件，在办结的申请中予以公开的20件，未办结2件。",
]

SCOPE_RIGHT = [
    # 27 + 4 = 31 = 30 + 1; 28 satisfied inside the 30
    "全年新登记信访事项二十七件，加上上年结转的四件，当年办结三十件，在办结的事项中群众表示满意"
    "的二十八件，另有一件结转下年继续办理。",
    # 41 + 6 = 47 = 43 + 4; 11 inside the 43
    "全年新受理行政复议申请四十一件，加上上年结转的六件，共审结四十三件，在审结的案件中经调解"
    "和解结案的十一件，另有四件结转下年继续审理。",
    # 63 + 5 = 68 = 62 + 6
    "全年新收行政案件63件，上年结转5件，审结62件，在审结的案件中调解撤诉的18件，未审结6件。",
    # 118 + 9 = 127 = 118 + 9
    "全年新收投诉118件，上年结转9件，办结118件，在办结的投诉中群众满意的112件，未办结9件。",
    # 52 + 4 = 56 = 52 + 4
    "全年新受理劳动仲裁案件52件，上年结转4件，结案52件，在结案的案件中调解结案的31件，"
    "尚未结案4件。",
    # 86 + 7 = 93 = 86 + 7
    "全年新收复议申请86件，上年结转7件，审结86件，在审结的案件中维持原行政行为的60件，未审结7件。",
    # 240 + 12 = 252 = 236 + 16
    "全年新登记工单240件，上年结转12件，办结236件，在办结的工单中按期办结的230件，未办结16件。",
    # 33 + 2 = 35 = 33 + 2
    "全年新收申请33件，上年结转2件，办结33件，在办结的申请中予以公开的20件，未办结2件。",
]


@pytest.mark.parametrize("text", SCOPE_WRONG)
def test_stock_with_a_scoped_figure_still_judged(text: str) -> None:
    assert any(code == "N102" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", SCOPE_RIGHT)
def test_scoped_figure_is_no_pending_part(text: str) -> None:
    assert _any(text) == [], text


# --- 4. a clause of a verb after parts named by their kind ------------------------------------

VERB_AFTER_NAMES_WRONG = [
    # 612 + 845 + 1037 = 2494 > 2416
    "全年共排查各类矛盾纠纷2416件，其中婚姻家庭纠纷612件、邻里纠纷845件、土地权属纠纷1037件，"
    "成功调处2388件。",
    # 96 + 102 = 198 > 187
    "全年审查各类合同187份，其中政府采购合同96份、资产租赁合同102份；经审查提出修改意见的合同63份。",
    # 210 + 150 = 360 > 342
    "全年受理消费投诉342件，其中食品投诉210件、家电投诉150件，调解成功310件。",
    # 75 + 48 = 123 > 120 (普通/简易: the second part's verb names its category)
    "全年共受理案件120件，其中普通程序75件、简易程序办理48件。",
    # 58 + 47 = 105 > 98
    "全年排查安全隐患98处，其中一般隐患58处、较大隐患47处，督促整改到位的91处。",
    # 41 + 26 + 19 = 86 > 80
    "全年办理法律援助案件80件，其中刑事案件41件、民事案件26件、行政案件19件，办结案件75件。",
    # 130 + 92 = 222 > 215
    "全年收到政府信息公开申请215件，其中网上申请130件、信函申请92件，按期答复的209件。",
    # 64 + 38 = 102 > 99
    "全年查处违法建设99处，其中城区违建64处、城中村违建38处，依法拆除违建88处。",
]

VERB_AFTER_NAMES_RIGHT = [
    # 612 + 845 + 437 = 1894 <= 2416 (partial); 2388 concluded is an outcome
    "全年共排查各类矛盾纠纷2416件，其中婚姻家庭纠纷612件、邻里纠纷845件、土地权属纠纷437件，"
    "成功调处2388件。",
    # 96 + 42 = 138 <= 187; 63 with comments is another dimension
    "全年审查各类合同187份，其中政府采购合同96份、资产租赁合同42份；经审查提出修改意见的合同63份。",
    # 120 + 90 = 210 <= 342; 310 is an outcome
    "全年受理消费投诉342件，其中食品投诉120件、家电投诉90件，调解成功310件。",
    # 38 + 27 = 65 <= 98; 91 rectified of the 98
    "全年排查安全隐患98处，其中一般隐患38处、较大隐患27处，督促整改到位的91处。",
    # 31 + 26 = 57 <= 80; 75 concluded
    "全年办理法律援助案件80件，其中刑事案件31件、民事案件26件，办结案件75件。",
    # 130 + 62 = 192 <= 215; 209 answered
    "全年收到政府信息公开申请215件，其中网上申请130件、信函申请62件，按期答复的209件。",
    # 44 + 38 = 82 <= 99; 88 demolished
    "全年查处违法建设99处，其中城区违建44处、城中村违建38处，依法拆除违建88处。",
    # 160 + 94 = 254 <= 318; 306 closed
    "全年查处道路运输违法案件318件，其中超限超载160件、非法营运94件，已结案306件。",
]


@pytest.mark.parametrize("text", VERB_AFTER_NAMES_WRONG)
def test_named_parts_above_whole_still_found(text: str) -> None:
    assert any(code == "N101" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", VERB_AFTER_NAMES_RIGHT)
def test_verb_clause_after_named_parts_is_no_part(text: str) -> None:
    assert _any(text, codes=("N101", "N102")) == [], text


# --- 5. a 其中 after a 顿号 list of named figures may break down all of them -----------------

LISTED_WHOLE_WRONG = [
    # 190 > 142 + 37 = 179: above every reading
    "全年共立案查处食品安全违法案件142件、药品医疗器械违法案件37件，其中适用一般程序的190件。",
    # 95 > 46 + 31 = 77
    "全年受理行政复议申请46件、行政赔偿申请31件，其中经调解结案的95件。",
    # 130 > 64 + 52 = 116
    "全年调解婚姻家庭纠纷64件、邻里纠纷52件，其中涉及老年人的130件。",
    # 260 > 118 + 96 + 40 = 254
    "全年检查餐饮单位118家、食品生产企业96家、药店40家，其中发现问题的260家。",
    # 47 > 21 + 18 = 39
    "全年审查区政府合同21份、部门合同18份，其中涉及金额超过100万元的47份。",
    # 520 > 310 + 190 = 500
    "全年开展线上普法活动310场、线下普法活动190场，其中面向青少年的520场。",
    # 88 > 40 + 35 = 75
    "全年办理人大代表建议40件、政协提案35件，其中涉及城市管理的88件。",
    # 61 > 33 + 26 = 59
    "全年查处无证经营案件33件、超范围经营案件26件，其中移送公安机关的61件。",
]

LISTED_WHOLE_RIGHT = [
    # 134 <= 142 + 37 = 179 (134 > 37 only against the last item)
    "全年共立案查处食品安全违法案件142件、药品医疗器械违法案件37件，其中适用一般程序的134件。",
    # 60 <= 46 + 31 = 77
    "全年受理行政复议申请46件、行政赔偿申请31件，其中经调解结案的60件。",
    # 90 <= 64 + 52 = 116
    "全年调解婚姻家庭纠纷64件、邻里纠纷52件，其中涉及老年人的90件。",
    # 200 <= 118 + 96 + 40 = 254
    "全年检查餐饮单位118家、食品生产企业96家、药店40家，其中发现问题的200家。",
    # 30 <= 21 + 18 = 39
    "全年审查区政府合同21份、部门合同18份，其中涉及金额超过100万元的30份。",
    # 400 <= 310 + 190 = 500
    "全年开展线上普法活动310场、线下普法活动190场，其中面向青少年的400场。",
    # 50 <= 40 + 35 = 75
    "全年办理人大代表建议40件、政协提案35件，其中涉及城市管理的50件。",
    # 45 <= 33 + 26 = 59
    "全年查处无证经营案件33件、超范围经营案件26件，其中移送公安机关的45件。",
]


@pytest.mark.parametrize("text", LISTED_WHOLE_WRONG)
def test_part_above_the_listed_sum_found(text: str) -> None:
    assert any(code == "N101" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", LISTED_WHOLE_RIGHT)
def test_part_within_the_listed_sum_is_no_error(text: str) -> None:
    assert _errors(text) == [], text


# --- 6. a level left (由X增加到Y) is no base of a part ---------------------------------------

FROM_LEVEL_WRONG = [
    # a stock stated as such (现有, 共有) bounds a later count: 52 > 41, 48 > 36, 126 > 120,
    # 910 > 860, 450 > 412, 22 > 18, 70 > 64, 12 > 9
    "全县现有村（社区）法律顾问41名，全年为52名法律顾问颁发聘书。",
    "全区现有专职人民调解员36名，全年组织48名专职人民调解员参加培训。",
    "全镇共有网格员120名，全年表彰优秀网格员126名。",
    "全市现有执业律师860名，全年组织910名执业律师参加公益法律服务。",
    "全县现有行政执法人员412名，全年为450名行政执法人员换发执法证件。",
    "全区共有公证员18名，全年为22名公证员办理执业年审。",
    "全县共有基层法律服务工作者64名，全年有70名基层法律服务工作者参与调解。",
    "全区现有司法所所长9名，全年组织12名司法所所长参加业务竞赛。",
]

FROM_LEVEL_RIGHT = [
    # 41 is last year's level, 52 this year's: no part above a whole
    "全县法律顾问由41名增加到52名，实现村（社区）全覆盖。",
    "全区专职人民调解员由36名增加至48名。",
    "全镇网格员由上年的120名增加到126名。",
    "全市公益法律服务律师由860名增至910名。",
    "全县参加轮训的执法人员由412名提高到450名。",
    "全区公证员由18名增加到22名。",
    "全县基层法律服务工作者从64名增加到70名。",
    "全区司法所工作人员由9名增加到12名。",
]


@pytest.mark.parametrize("text", FROM_LEVEL_WRONG)
def test_stock_still_bounds_a_later_count(text: str) -> None:
    assert _any(text, codes=("N206", "N101")), text


@pytest.mark.parametrize("text", FROM_LEVEL_RIGHT)
def test_level_left_is_no_base(text: str) -> None:
    assert _any(text, codes=("N206", "N101")) == [], text


# --- 7. a part of the year and the whole year counted by different places --------------------

PLACES_WRONG = [
    # the same place (or none named) in both: the whole year below its half (198 < 236)
    "上半年城区受理信访事项236件；全年城区受理信访事项198件。",
    "上半年开发区办理行政许可412件，全年开发区办理行政许可398件。",
    "一季度东湖街道调解纠纷86件，全年东湖街道调解纠纷80件。",
    "上半年受理劳动仲裁案件318件，全年受理劳动仲裁案件296件。",
    "前三季度全镇查处违法建设47处，全年全镇查处违法建设45处。",
    "上半年区法院受理行政案件126件，全年区法院受理行政案件119件。",
    "上半年景区接待投诉52件，全年景区接待投诉49件。",
    "一季度园区新增市场主体230户，全年园区新增市场主体221户。",
]

PLACES_RIGHT = [
    # two places: the city area's half year and the towns' whole year are other counts
    "上半年城区受理信访事项236件；全年各乡镇受理信访事项198件。",
    "上半年开发区办理行政许可412件，全年高新区办理行政许可398件。",
    "一季度城区调解纠纷86件，全年各村调解纠纷80件。",
    "上半年主城区受理劳动仲裁案件318件，全年郊县受理劳动仲裁案件296件。",
    "前三季度城区查处违法建设47处，全年乡村查处违法建设45处。",
    "上半年园区受理行政案件126件，全年各乡镇受理行政案件119件。",
    "上半年景区接待投诉52件，全年各商场接待投诉49件。",
    "一季度园区新增市场主体230户，全年老城片区新增市场主体221户。",
]


@pytest.mark.parametrize("text", PLACES_WRONG)
def test_whole_year_below_its_part_of_one_place(text: str) -> None:
    assert any(code == "N302" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", PLACES_RIGHT)
def test_part_and_whole_year_of_two_places(text: str) -> None:
    assert _any(text, codes=("N302",)) == [], text


# --- 8. carry-over told in the paragraph after a pair read together ---------------------------

CARRY_NEXT_WRONG = [
    # more concluded than came in, and no paragraph tells of carry-over: a warning stays
    # (收到/受理, not 新收: the new intake alone may be exceeded by what is concluded — s36)
    "全年共收到行政复议申请86件，申请事项主要集中在行政处罚领域。\n全年共审结行政复议案件93件，"
    "其中维持51件、撤销12件、驳回17件、终止13件。\n复议决定均已依法送达。",
    "全年共受理劳动仲裁案件212件，同比略有增加。\n全年共审结劳动仲裁案件230件，其中调解结案"
    "120件、裁决结案110件。\n仲裁文书均已依法送达。",
    "全年共收到信访事项140件。\n全年共办结信访事项152件，其中按期办结150件。\n群众满意度进一步提升。",
    "全年共受理消费投诉318件。\n全年共办结消费投诉331件，为消费者挽回损失86万元。\n投诉处理质效持续提升。",
    "全年共受理行政诉讼案件45件。\n全年共审结行政诉讼案件52件，其中胜诉46件、败诉6件。\n应诉能力不断增强。",
    "全年共受理法律援助申请406件。\n全年共办结法律援助案件421件，受援群众满意率99%。\n援助质量持续提升。",
    "全年共受理政府信息公开申请96件。\n全年共答复政府信息公开申请104件，均在法定期限内答复。\n"
    "公开工作规范有序。",
    "全年共受理行政许可申请612件。\n全年共办结行政许可申请640件，其中准予许可620件。\n审批效率明显提升。",
]

CARRY_NEXT_RIGHT = [
    # the next paragraph says what was carried in: 86 + 11 = 97 = 93 + 4
    "全年共新收行政复议申请86件，申请事项主要集中在行政处罚领域。\n全年共审结行政复议案件93件，"
    "其中维持51件、撤销12件、驳回17件、终止13件。\n审结的案件中包含上年结转的11件，尚有4件正在审理。",
    # 212 + 25 = 237 = 230 + 7
    "全年共受理劳动仲裁案件212件，同比略有增加。\n全年共审结劳动仲裁案件230件，其中调解结案"
    "120件、裁决结案110件。\n审结案件中含上年结转案件25件，尚有7件正在审理。",
    # 140 + 15 = 155 = 152 + 3
    "全年共收到信访事项140件。\n全年共办结信访事项152件，其中按期办结150件。\n办结事项中含上年结转15件，"
    "另有3件正在办理。",
    # 318 + 20 = 338 = 331 + 7
    "全年共受理消费投诉318件。\n全年共办结消费投诉331件，为消费者挽回损失86万元。\n办结的投诉中有20件为上年结转，"
    "尚有7件正在处理。",
    # 45 + 9 = 54 = 52 + 2
    "全年共新收行政诉讼案件45件。\n全年共审结行政诉讼案件52件，其中胜诉46件、败诉6件。\n审结案件中包括上年结转的9件，"
    "未审结2件。",
    # 406 + 18 = 424 = 421 + 3
    "全年共受理法律援助申请406件。\n全年共办结法律援助案件421件，受援群众满意率99%。\n办结案件中含上年结转18件，"
    "尚有3件正在办理。",
    # 96 + 10 = 106 = 104 + 2
    "全年共受理政府信息公开申请96件。\n全年共答复政府信息公开申请104件，均在法定期限内答复。\n"
    "答复的申请中含上年结转10件，另有2件正在办理。",
    # 612 + 31 = 643 = 640 + 3
    "全年共受理行政许可申请612件。\n全年共办结行政许可申请640件，其中准予许可620件。\n办结件中含上年结转31件，"
    "尚有3件正在审查。",
]


@pytest.mark.parametrize("text", CARRY_NEXT_WRONG)
def test_more_concluded_untold_stays_a_warning(text: str) -> None:
    assert _any(text, codes=("N107", "N101", "N103")), text


@pytest.mark.parametrize("text", CARRY_NEXT_RIGHT)
def test_carry_over_told_after_the_pair(text: str) -> None:
    assert _any(text, codes=("N107", "N101", "N103")) == [], text
