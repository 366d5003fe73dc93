"""Flow and whole/parts, session 7 (issue 9): an outcome whose noun is left to the intake
before it, the parts of an earlier whole marked by 其余/剩余, the year's stock over three
paragraphs, a whole that is a union of kinds (村（社区）), and a text figure qualified by a
table's row label.

Every sentence is written for these tests (none comes from a blind set), for varied bodies;
each carries the verdict derived by hand. Paragraphs are separated by newlines; several cases
put an unrelated paragraph between the figures they link."""

from __future__ import annotations

import pytest
from relation_helpers import found

_FLOW = ("N101", "N102", "N103", "N107")


def _flow_codes(text: str) -> list[tuple[str, str]]:
    return [(c, m) for c, m in found(text) if c in _FLOW]


# --- 1. an outcome with no noun of its own after an intake -------------------------------

OUTCOME_WRONG = [
    # within one sentence, a remark between (1,215 > 1,206)
    "全年排查各类矛盾纠纷1,206件，全部纳入调解程序，调解成功1,215件。",
    # across sentences, Chinese numerals (三百四十 > 三百二十)
    "区人社局全年排查欠薪线索三百二十条。经督促，已全部办结三百四十条。",
    # across paragraphs with an unrelated paragraph between (4,320 > 4,318)
    "区市场监管局全年共接到投诉举报4,318件。\n加强执法队伍建设，组织执法人员培训12期。\n"
    "截至年底，办理完毕4,320件，按期办结率100%。",
    # 万 units (1.4万 > 1.2万, beyond rounding)
    "区城管局全年受理市民诉求工单1.2万件，全部分派至责任单位，处置完毕1.4万件。",
    # 化解 alone as the outcome verb (612 > 598)
    "区信访局全年接待群众来访598批次，经多方协调，成功化解612批次。",
    # an outcome before its rate, unrelated paragraph between (233 > 226)
    "区应急管理局全年排查安全隐患226处。\n开展安全生产宣传月活动。\n整改完毕233处，整改率100%。",
    # a 卫健 body, the outcome named by 办结 after 依法 (87 > 85)
    "区卫健委全年收到医疗纠纷投诉85件，依法办结87件。",
    # 调处 as the outcome (451 > 432)
    "东湖街道全年摸排邻里纠纷432起，均纳入网格化管理，调处成功451起。",
    # the intake verb before a concluding one (排查化解), the outcome 化解成功
    "全年排查化解矛盾纠纷1,206件，化解成功1,215件。",
    # the outcome after the figure (「已有…件调解成功」)
    "全年排查各类矛盾纠纷1,206件，已有1,215件调解成功。",
    # the outcome's own verb names the intake (整改 … 整改完毕)
    "区生态环境局全年整改环境问题326个，整改完毕331个。",
    # the outcome opening a paragraph after an unrelated one (835 > 826)
    "区司法局全年共排查各类矛盾纠纷826件。\n推进人民调解员队伍建设。\n"
    "经调解，成功化解835件，涉及金额1,200万元。",
    # fillers and a verb before the outcome (经核查后全部依法处置)
    "区应急管理局全年接报各类安全隐患举报352件，经核查后全部依法处置360件。",
    # 均已办结 is no average
    "区政务服务中心全年交办群众诉求3,420件，均已办结3,460件。",
]

OUTCOME_TRAPS = [
    # fewer concluded than came in, a rate after it
    "全年排查各类矛盾纠纷1,206件，调解成功1,180件，成功率97.8%。",
    # carried-in cases named
    "全年排查各类矛盾纠纷1,206件，加上上年结转的案件，调解成功1,215件。",
    "区信访局全年受理信访事项598件，办结612件（含积存事项20件）。",
    # another measure word
    "全年排查矛盾纠纷1,206件，调解成功1,215人次。",
    # money, not a count
    "全年受理劳动争议案件420件，办结1,215万元。",
    # the outcome names a thing of its own
    "区城管局全年受理市民诉求工单1.2万件，处置违法建设1.3万件。",
    # a part (其中) between: the nearest figure is not an intake
    "区信访局全年接待群众来访598批次，其中集体访32批次，成功化解590批次。",
    # an approximation that may hold more
    "全年排查各类矛盾纠纷1200余件，调解成功1,215件。",
    # what came in is not what the outcome counts (新增 / 注销)
    "区市场监管局全年新增市场主体1,206户，注销完毕1,215户。",
    # a part of the intake (的-clause) right before the outcome
    "全年接到举报投诉637件，对不属于职责范围的25件转交有关部门，已结案587件。",
]


@pytest.mark.parametrize("text", OUTCOME_WRONG)
def test_an_elided_outcome_above_its_intake_is_found(text: str) -> None:
    assert _flow_codes(text), found(text)


@pytest.mark.parametrize("text", OUTCOME_TRAPS)
def test_an_elided_outcome_trap_stays_silent(text: str) -> None:
    assert _flow_codes(text) == []


# --- 2. parts of an earlier whole, the list ending with the rest (其余/剩余/余下) ---------

REST_WRONG = [
    # the whole two paragraphs before, 的-clause parts (96+231 > 318)
    "全年接收各类举报线索318条。\n经核查，立案查处的96条，转交属地处理的231条，其余线索经核实不属实。",
    # an unrelated paragraph between (128+420 > 540)
    "区生态环境局全年收到群众信访举报件540件。\n深化“放管服”改革，推行告知承诺制。\n"
    "经调查核实，立案查处的128件，责令整改的420件，其余举报经核查不属实。",
    # whole and parts in one sentence, 其中 (320+950 > 1,250)
    "区市场监管局全年受理投诉举报1,250件，其中立案调查的320件，转相关部门处理的950件，"
    "其余均已调解办结。",
    # Chinese numerals, 余下 (九十+四十 > 一百二十)
    "区教育局全年受理校外培训机构投诉一百二十件，其中退费完成的九十件，调解结案的四十件，"
    "余下投诉正在处理。",
    # the rest counted (64+21+140 ≠ 215)
    "区医保局全年接到医保基金违规线索215条，其中立案调查的64条，移交纪检的21条，"
    "其余140条经核实不属实。",
    # the next sentence, 的有 (53+40 > 86)
    "区应急管理局全年收到安全生产举报线索86条。经核查属实的有53条，不属实的40条，其余线索正在核查。",
    # 万 (1.7万+0.9万 > 2.4万 beyond rounding)
    "区税务局全年受理纳税人咨询2.4万件。通过电话答复的1.7万件，通过网上答复的0.9万件，"
    "其余通过现场解答。",
    # 剩余, 人社
    "区人社局全年受理劳动保障监察投诉案件486件，其中责令整改的302件，移送仲裁的197件，"
    "剩余案件已结案。",
    # a 分别 list
    "全年接收各类举报线索318条。\n经核查，立案查处、转交属地处理的分别为96条、231条，"
    "其余线索经核实不属实。",
    # parts told by their verbs, no 的 (立案查处, 转交)
    "区人社局全年接到欠薪线索318条。\n经核查，立案查处96条，转交属地处理231条，其余线索经核实不属实。",
    # a paragraph opening with 其中 (5,230+3,410 > 8,560)
    "区城管局全年受理12345热线诉求8,560件。\n其中，即时办结的5,230件，转办的3,410件，"
    "其余工单正在跟踪督办。",
    # ... in the sentence of the whole
    "区市场监管局全年受理投诉举报1,250件，立案调查320件，转相关部门处理950件，其余均已调解办结。",
    # the rest counted, the whole in the paragraph before (64+21+140 ≠ 215)
    "区教育局全年受理家长投诉215件。\n调查核实后，责令整改64件，约谈机构21件，剩余140件经核实不属实。",
]

REST_TRAPS = [
    # parts below the whole: the rest is what is left
    "全年接收各类举报线索318条。\n经核查，立案查处的96条，转交属地处理的131条，其余线索经核实不属实。",
    "区人社局全年受理劳动保障监察投诉案件486件，其中责令整改的302件，移送仲裁的97件，"
    "剩余案件已结案。",
    # the rest counted and fitting (64+21+130 = 215)
    "区医保局全年接到医保基金违规线索215条，其中立案调查的64条，移交纪检的21条，"
    "其余130条经核实不属实。",
    # parts in another unit
    "区生态环境局全年收到群众信访举报件540件。\n经调查核实，涉及企业的128家，涉及个人的420人，"
    "其余举报经核查不属实。",
    # another whole of the unit between
    "区生态环境局全年收到群众信访举报件540件，处理各类环境问题800件。\n"
    "经调查核实，立案查处的128件，责令整改的420件，其余问题已整改。",
    # a scope names the whole of the list (一审案件中), not the figure before
    "全年行政诉讼案件78件，其中一审案件52件、二审案件26件；一审案件中，判决的31件，撤诉的14件，"
    "其余尚在审理中。",
    # an approximate whole that may hold the parts
    "区城管局全年受理市民诉求约1,300件，其中现场处置的800件，转办的510件，其余正在办理。",
    # the parts a figure of their own sentence precedes (not a 的-list)
    "区信访局全年受理信访事项300件。年内办结280件，转交的150件，其余事项正在办理。",
    # a concluding stage among the figures: the parts may overlap
    "区信访局全年受理信访事项300件。年内办结280件，转交150件，其余事项正在办理。",
    # the 其中 list's whole is the intake, not the outcome before 其中 (100+60 ≤ 180)
    "区医保局全年受理医保投诉180件，调解成功150件；其中，涉及定点医院的100件，涉及定点药店的60件，"
    "其余为其他机构投诉。",
    # a figure listed beside the whole in its clause is no part (1,190+10 = 1,200)
    "全年排查发现一般隐患1,200处、较大隐患8处，一般隐患已整改1,190处，其余10处正在整改。",
    # parts by verbs below the whole
    "区人社局全年接到欠薪线索318条。\n经核查，立案查处96条，转交属地处理131条，其余线索经核实不属实。",
]


@pytest.mark.parametrize("text", REST_WRONG)
def test_parts_above_an_earlier_whole_are_found(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")], found(text)


@pytest.mark.parametrize("text", REST_TRAPS)
def test_a_rest_trap_stays_silent(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")] == [], found(text)


# --- 3. the year's stock over paragraphs ---------------------------------------------------

STOCK_WRONG = [
    # 318+19 = 337 in, 302+37 = 339 out, an unrelated paragraph between
    "新收行政复议案件318件，另有上年结转19件。\n积极推进调解和解，以调解和解方式结案的占比达到35%。\n"
    "截至年底，审结302件，尚在审理期限内的37件。",
    # the carried-in first (438 in, 440 out)
    "区人社局上年结转劳动人事争议仲裁案件26件，全年新收412件。\n"
    "深入推进“互联网+调解”，线上调解占比提升至40%。\n截至年底，审结421件，尚有19件在审理期限内。",
    # Chinese numerals (162 in, 160 out)
    "区市场监管局全年新立案件一百五十件，另有上年结转十二件。\n加强执法培训。\n"
    "年底前已办结一百四十件，尚未办结的二十件。",
    # sentences of one paragraph, 旧存 (95 in, 92 out)
    "全年新收行政诉讼案件88件，上年旧存7件。截至年末，审结80件，未结案件12件。",
    # 正在办理中 (49 in, 48 out)
    "区税务局全年受理税务行政复议申请46件，另有上年度结转3件。\n坚持复议为民。\n"
    "截至12月31日，已审结40件，另有8件正在办理中。",
    # 结转下年 (219 in, 221 out)
    "区公安分局全年新收行政复议案件205件，上年结转案件14件。\n加强执法监督，开展案件评查2次。\n"
    "全年审结210件，结转下年11件。",
    # 上年积存 (61 in, 63 out)
    "区卫健委全年受理医疗纠纷投诉55件，上年积存6件。\n截至年底，办结58件，尚有5件在办。",
    # all concluded said, but less than came in (83 in, 80 out)
    "区城管局全年新收行政处罚听证申请76件，上年结转7件。\n截至年底，已审结80件，年底无未结案件。",
]

STOCK_TRAPS = [
    # the carried-in counted within what came in (其中)
    "新收行政复议案件318件，其中上年结转19件。\n积极推进调解和解，以调解和解方式结案的占比达到35%。\n"
    "截至年底，审结302件，尚在审理期限内的16件。",
    # ... (含)
    "区生态环境局受理行政处罚听证申请64件（含上年结转6件）。\n推进执法规范化建设。\n"
    "截至年底，已办结60件，尚有4件正在办理中。",
    # balanced
    "区人社局上年结转劳动人事争议仲裁案件26件，全年新收412件。\n"
    "深入推进“互联网+调解”，线上调解占比提升至40%。\n截至年底，审结419件，尚有19件在审理期限内。",
    "区卫健委全年受理医疗纠纷投诉55件，上年积存6件。\n截至年底，办结56件，尚有5件在办。",
    # open at another time
    "全年新收行政诉讼案件88件，上年旧存7件。截至6月底，审结40件，未结案件60件。",
    # a year named by the carried-in clause before the open figure, not by its own words
    "区市场监管局全年新立案查处违法案件420件，结案450件，主要是集中清理了2023年结转的积案40件，"
    "至年底仍在办理的案件10件。",
    # open figure of the cases of one year
    "全年新收行政诉讼案件88件，上年旧存7件。截至年末，审结80件，2023年受理的未结案件12件。",
    # a statement about last year between
    "区人社局全年新收劳动仲裁案件412件，上年结转26件。\n上年同期未结案件为30件。\n"
    "截至年底，审结421件，尚有17件在审理期限内。",
    # open figure of other things
    "全年新收行政复议案件88件，上年结转7件。\n截至年底，审结80件，另有30件信访事项正在办理中。",
    # the carried-in part of the concluded
    "全年新收行政复议案件88件。\n截至年底，审结90件（含上年结转9件），尚未审结7件。",
    # balanced, Chinese numerals
    "区市场监管局全年新立案件一百五十件，另有上年结转十二件。\n加强执法培训。\n"
    "年底前已办结一百四十二件，尚未办结的二十件。",
]


@pytest.mark.parametrize("text", STOCK_WRONG)
def test_an_unbalanced_stock_over_paragraphs_is_found(text: str) -> None:
    assert _flow_codes(text), found(text)


@pytest.mark.parametrize("text", STOCK_TRAPS)
def test_a_stock_trap_stays_silent(text: str) -> None:
    assert _flow_codes(text) == []


# --- 4. a whole that is a union of kinds ---------------------------------------------------

UNION_WRONG = [
    # 24+8 = 32 ≠ 31, an unrelated paragraph between
    "全镇31个村（社区）全部建立法律顾问制度。\n深入开展法治宣传教育。\n"
    "全镇24个行政村和8个社区全部完成民主法治示范创建。",
    # the kinds before the number, a 、 list (118+6 ≠ 126)
    "全区村（社区）126个已全部配备法律顾问。\n全区118个村、6个社区完成“法律明白人”培养。",
    # 镇（街道） in one paragraph, a sentence between (9+4 ≠ 12)
    "全市12个镇（街道）全部设立公共法律服务工作站。开展法律援助活动30场。"
    "全市9个镇和4个街道均已实现全覆盖。",
    # Chinese numerals (十四+五 ≠ 二十)
    "全县二十个乡（镇）均成立调解委员会。\n全县十四个乡和五个镇全部建成调解室。",
    # kinds joined by 和 in the whole (20+7 ≠ 25)
    "本街道25个社区和村全部建成法治文化阵地。\n本街道20个社区、7个村均完成网格化调解全覆盖。",
    # 居 (居委会) and 村 (36+12 ≠ 46)
    "全镇46个村（居）全面推行“一村一法律顾问”。\n区司法局组织培训3期。\n"
    "全镇36个村和12个居委会全部签订法律顾问合同。",
    # the listed kinds before their numbers (24+8 ≠ 31)
    "全镇31个村（社区）全部建立法律顾问制度。\n全镇行政村24个、社区8个全部完成民主法治示范创建。",
    # no area for the list, but every unit of it (全部): the whole's area (24+8 ≠ 31)
    "全镇31个村（社区）全部建立法律顾问制度。\n深入开展法治宣传教育。\n"
    "24个行政村和8个社区全部完成民主法治示范创建。",
    # the whole an inventory with its kinds before the number (118+6 ≠ 126)
    "全区共有村（社区）126个。\n全区118个村、6个社区完成“法律明白人”培养。",
]

UNION_TRAPS = [
    # a part of one kind
    "全镇31个村（社区）全部建立法律顾问制度。\n深入开展法治宣传教育。\n其中12个村完成民主法治示范创建。",
    # the sum fits
    "全镇31个村（社区）全部建立法律顾问制度。\n全镇23个行政村和8个社区全部完成民主法治示范创建。",
    # another area
    "全镇31个村（社区）全部建立法律顾问制度。\n全区24个行政村和8个社区全部完成民主法治示范创建。",
    # another kind listed
    "全镇31个村（社区）全部建立法律顾问制度。\n全镇24个行政村和8个企业完成创建。",
    # a set drawn from the listed kinds
    "全镇31个村（社区）全部建立法律顾问制度。\n全镇24个行政村和8个社区中，6个完成创建。",
    # ... both of them, not the last alone (20 of 24+8)
    "全镇31个村（社区）全部建立法律顾问制度。\n全镇23个行政村和8个社区中，已有20个完成创建。",
    # the listed kinds before their numbers, fitting
    "全镇31个村（社区）全部建立法律顾问制度。\n全镇行政村23个、社区8个全部完成民主法治示范创建。",
    # every unit of the list, fitting
    "全镇31个村（社区）全部建立法律顾问制度。\n23个行政村和8个社区均已完成民主法治示范创建。",
    # no area named for the list
    "全镇31个村（社区）全部建立法律顾问制度。\n24个行政村和8个社区完成民主法治示范创建。",
]


@pytest.mark.parametrize("text", UNION_WRONG)
def test_kinds_of_a_union_that_do_not_add_up_are_found(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")], found(text)


@pytest.mark.parametrize("text", UNION_TRAPS)
def test_a_union_trap_stays_silent(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102")] == [], found(text)


# --- 5. a text figure qualified by a table's row label --------------------------------------


def _table(*rows: str) -> str:
    return "\n".join(row.replace("|", "\t") for row in rows)


_PROCEDURES = _table("类别|审结件数", "普通程序|150", "简易程序|210", "合计|360")
_COMPLAINTS = _table(
    "渠道|受理件数|办结件数", "电话|820|800", "网络|1,160|1,150", "合计|1,980|1,950"
)


def _n401(text: str) -> list[str]:
    return [m for c, m in found(text) if c == "N401"]


ROW_SILENT = [
    "全年共审结行政诉讼案件360件。简易程序案件中，审结210件。\n" + _PROCEDURES,
    "全年共审结行政诉讼案件360件。简易程序案件中，共审结210件，平均审理天数12天。\n" + _PROCEDURES,
    "在简易程序案件方面，全年审结210件。\n" + _PROCEDURES,
    "区市场监管局网络渠道投诉中，受理1,160件，办结1,150件。\n" + _COMPLAINTS,
    "从电话渠道看，共受理820件，办结800件。\n" + _COMPLAINTS,
    "全年共受理投诉1,980件，办结1,950件。\n" + _COMPLAINTS,
    "推行简易程序，全年共审结360件。\n" + _PROCEDURES,
    # two rows named as the scope: their sum, not one cell nor the total
    "普通程序和简易程序案件中，审结350件。\n" + _PROCEDURES,
]

ROW_WRONG = [
    (
        "全年共审结行政诉讼案件360件。简易程序案件中，审结230件。\n" + _PROCEDURES,
        "230件",
        "简易程序",
    ),
    ("在普通程序案件方面，全年审结160件。\n" + _PROCEDURES, "160件", "普通程序"),
    ("区市场监管局网络渠道投诉中，受理1,160件，办结1,105件。\n" + _COMPLAINTS, "1,105件", "网络"),
    ("从电话渠道看，共受理802件，办结800件。\n" + _COMPLAINTS, "802件", "电话"),
    ("全年共受理投诉1,890件。\n" + _COMPLAINTS, "1,890件", "合计"),
    # a row named before, not as the scope: 全年/共 make it the total
    ("推行简易程序，全年共审结370件。\n" + _PROCEDURES, "370件", "合计"),
    ("简易程序：审结230件，平均审理天数12天。\n" + _PROCEDURES, "230件", "简易程序"),
]


@pytest.mark.parametrize("text", ROW_SILENT)
def test_a_figure_of_a_named_row_is_not_compared_with_the_total(text: str) -> None:
    assert _n401(text) == []


@pytest.mark.parametrize(("text", "figure", "row"), ROW_WRONG)
def test_a_figure_of_a_named_row_against_that_row(text: str, figure: str, row: str) -> None:
    assert any(figure in m and f"“{row}”行" in m for m in _n401(text)), found(text)


# --- 6. the stages of a flow pair only within one period and one kind of thing ------------

PAIR_TRAPS = [
    # another period (上半年 received, 全年 concluded)
    "上半年受理信访事项120件。\n全年办结信访事项200件。",
    "区税务局上半年受理税务行政复议申请12件。\n加强复议能力建设。\n全年审结税务行政复议案件20件。",
    # another kind of case (复议 / 诉讼)
    "全年受理行政复议案件80件。\n全年审结行政诉讼案件90件。",
    "全年受理行政复议案件80件，审结行政诉讼案件90件。",
]

PAIR_WRONG = [
    "全年受理行政复议案件80件。\n全年审结行政复议案件90件，且无上年结转。",
    "区卫健委全年受理医疗纠纷投诉45件，办结医疗纠纷投诉52件，年初无结转。",
]


@pytest.mark.parametrize("text", PAIR_TRAPS)
def test_stages_of_another_period_or_kind_do_not_pair(text: str) -> None:
    assert _flow_codes(text) == [], found(text)


@pytest.mark.parametrize("text", PAIR_WRONG)
def test_stages_of_the_same_set_still_pair(text: str) -> None:
    assert _flow_codes(text), found(text)
