"""Session 19 (s19-left44): the failures of blind set 44 and the false findings left of set 43,
read by general rules.

* a carry-over named in the bracket right after a part (「办结631件（含上年结转的11件），其余3件」)
  widens the whole that part and the rest split (受理 + 结转); a bracket naming a part of the
  part (「（含调解成功的736件）」) does not (relations/partition.py ``_bracketed_carry``);
* a count of parts of the work (方面, 任务, 举措: numbers.toml ``announced.summary-heads``) whose
  clause runs on past the opener's reach to a colon announces the enumeration after it
  (relations/announced.py ``_after``, ``heads``);
* a share after a count of things and a count of visits to them (户 and 户次) fitting their
  quotient only shifted by a power of ten is a slip (relations/magnitude.py ``_visit_share_slip``);
* a text figure naming a table's row and its column with a qualifier between (区政府主要负责人出庭)
  is a part of the row, not its cell (relations/tables.py ``_narrowed_column``);
* 「废止的为《A》《B》和《C》」 lists the titles of the figure whose clause ends with that verb
  (relations/announced.py ``_pointed_titles``);
* a rate named after a review (评查, 审查, 核查) read by position against a figure not said to be
  reviewed has no stated term (relations/rates.py ``_review_unsaid``);
* a figure told by a 的-clause after a topic lead (涉及…的9件) is a kind of case, no flow stage
  (relations/flow.py ``_topic_item``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings


def _codes(text: str) -> list[str]:
    return [code for code, _ in findings(text)]


# --- a carry-over in an outcome's bracket -------------------------------------------------

CARRY_WRONG = [
    # 148 + 9 = 157 in; 152 + 6 = 158 out
    "全年市政府本级受理行政复议申请148件，审结152件（含上年结转的9件），其余6件正在审理中。",
    # 265 + 3 = 268 in; 270 + 4 = 274 out
    "全年受理政府信息公开申请265件，按期答复270件（含上年结转的3件），其余4件在法定期限内办理中。",
    # 316 + 12 = 328 in; 309 + 15 = 324 out
    "全年受理问题线索316条，办结309条（含上年结转的12条），其余15条正在核查。",
    # 480 + 25 = 505 in; 471 + 30 = 501 out
    "全年受理劳动人事争议仲裁案件480件，结案471件（包括上年度结转的25件），其余30件正在审理。",
    # a part named in the bracket, no carry-over: 1081 + 15 = 1096 != 1093
    "全年受理消费者投诉1093件，办结1081件（含调解成功的736件），其余15件正在处理。",
    # 78 + 1 = 79 in; 80 + 2 = 82 out
    "全年承办人大代表建议78件，办复80件（含上年结转的1件），其余2件正在办理。",
]

CARRY_FIT = [
    # 623 + 11 = 634; 631 + 3 = 634
    "全年受理各类教育投诉举报623件，办结631件（含上年结转的11件），其余3件正在按程序核查处理。",
    # 412 + 13 = 425; 418 + 7 = 425
    "全年登记群众来信来访412件，办结418件（含2023年结转的13件），其余7件正在按程序调查处理。",
    # 57 + 4 = 61; 58 + 3 = 61
    "全年镇人民调解委员会受理矛盾纠纷57件，调处完毕58件（包括上年度结转的4件），剩余3件正在跟进化解。",
    # a part in the bracket: 279 + 7 = 286
    "全年受理劳动保障监察举报投诉286件，办结279件（含责令用人单位支付拖欠工资的104件），其余7件正在调查取证。",
    # 316 + 17 = 333; 318 + 15 = 333
    "全年受理问题线索316条，办结318条（含上年结转的17条），其余15条正在核查。",
    # 480 + 21 = 501; 474 + 27 = 501
    "全年受理劳动人事争议仲裁案件480件，结案474件（包括上年度结转的21件），其余27件正在审理。",
]


@pytest.mark.parametrize("text", CARRY_WRONG)
def test_a_carry_bracket_does_not_hide_an_unbalanced_split(text: str) -> None:
    assert "N101" in [c for c, _ in errors(text)], findings(text)


@pytest.mark.parametrize("text", CARRY_FIT)
def test_a_carry_bracket_widens_the_whole(text: str) -> None:
    assert errors(text) == [], errors(text)


# --- a count of aspects whose clause runs on to a colon -----------------------------------

ASPECTS_WRONG = [
    # 四 announced, (一)-(三) three
    "从四个方面推进城市管理领域行政执法规范化：（一）推行执法公示，公开执法事项126项；（二）规范执法全过程记录，配备执法记录仪60台；（三）落实法制审核，审核案件44件。",
    # 三 announced, 一是 二是 two
    "围绕三个方面深化公共法律服务体系建设工作：一是建成村（社区）公共法律服务工作室108个；二是组建法律服务团队12支。",
    # 五 announced, (一)-(四) four
    "从五个方面加强乡镇综合行政执法队伍建设：（一）核定执法编制；（二）开展岗位培训；（三）配发执法装备；（四）建立考核制度。",
    # 两项 announced, three listed
    "重点抓好两项任务推进全区营商环境法治化建设：一是清理涉企规范性文件；二是规范涉企行政检查；三是推行包容审慎监管。",
    # 三 announced, (一)-(四) four
    "从三个方面推进行政复议体制改革落地见效：（一）集中行使复议职责；（二）设立复议受理点；（三）推行繁简分流；（四）加强复议监督。",
    # 四项举措 announced, five listed
    "采取四项举措提升行政执法案卷制作质量：（一）统一文书格式；（二）编制案卷范本；（三）开展交叉评查；（四）通报典型问题；（五）纳入年度考核。",
]

ASPECTS_FIT = [
    # four and four
    "从四个方面推进城市管理领域行政执法规范化：（一）推行执法公示；（二）规范执法全过程记录；（三）落实法制审核；（四）强化执法监督。",
    # three and three
    "围绕三个方面深化公共法律服务体系建设工作：一是建成公共法律服务工作室108个；二是组建法律服务团队12支；三是开通服务热线。",
    # four, the list going on after a paragraph break
    "从四个方面推进城市管理领域行政执法规范化：（一）推行执法公示；（二）规范执法全过程记录。\n（三）落实法制审核。（四）强化执法监督。",
    # 名 counts people, not parts of the work: no announcement of the list
    "组织12名工作人员深入全区各乡镇开展专题调研：一是摸清基层执法力量；二是梳理执法事项。",
    # 轮 counts instances: what the rounds aimed at may follow
    "开展两轮专项督查推动执法问题整改落实到位：一是建立问题台账；二是实行销号管理；三是开展回头看。",
    # three and three; 12个乡镇（街道） a bracket of kinds, no list
    "从三个方面推进行政复议体制改革落地见效：（一）在全区12个乡镇（街道）设立受理点；（二）推行繁简分流；（三）加强复议监督。",
]


@pytest.mark.parametrize("text", ASPECTS_WRONG)
def test_aspects_announced_before_a_long_clause_are_counted(text: str) -> None:
    assert "N203" in _codes(text), findings(text)


@pytest.mark.parametrize("text", ASPECTS_FIT)
def test_aspects_matching_or_other_counts_are_no_finding(text: str) -> None:
    assert "N203" not in _codes(text), findings(text)


# --- a share of visits against things, off by a power of ten ------------------------------

VISITS_WRONG = [
    # 2.8万 / 1.42万 = 197.2%; 19.7% fits 2,800
    "全区共有持证药品经营企业1.42万家，全年抽查药品经营企业2.8万家次，抽查比例达19.7%。",
    # 1.5万 / 1380 = 1087.0%; 10.9% fits 150
    "全区现有备案校外培训机构1380家，全年开展联合执法检查1.5万家次，检查比例达10.9%。",
    # 3.12万 / 2.6万 = 120.0%; 12.0% fits 3,120
    "全市共有各类医疗卫生机构2.6万家，全年开展监督抽查3.12万家次，抽查比例12.0%。",
    # 1.35万 / 920 = 1467.4%; 14.7% fits 1,350
    "全县共有特种设备使用单位920家，全年检查使用单位1.35万家次，检查比例14.7%。",
    # 2.7万 / 3600 = 750.0%; 75.0% fits 2,700
    "辖区共有餐饮服务单位3600户，全年检查餐饮服务单位2.7万户次，检查率75.0%。",
    # 6.02万 / 860 = 7000%; 70.0% fits 602
    "全市共有规模以上工业企业860家，全年开展安全生产检查6.02万家次，检查比例70.0%。",
]

VISITS_FIT = [
    # the share's own figure in a bracket: 805 / 920 = 87.5%
    "全县共有特种设备使用单位920家，全年开展监督检查1350家次，检查覆盖率达87.5%（已检查单位805家）。",
    # an average: 1.05万 / 4200 = 2.5
    "全区登记小餐饮经营户4200户，全年日常检查1.05万户次，平均每户检查2.5次。",
    # every household reached: 100%, visits ten times the households
    "全镇共有农户3400户，全年入户走访3.4万户次，走访覆盖率100%。",
    # 2400 / 12600 = 19.05%
    "全区共有持证食品经营主体1.26万户，全年抽查食品经营主体2400户次，抽查比例19.0%。",
    # 168 / 42 = 4 visits each, every home covered
    "全县共有养老机构42家，全年检查养老机构168家次，每家平均检查4次，检查覆盖率100%。",
    # the share of another figure after the visits: 32 / 64 = 50.0%
    "全区共有在建工地64个，全年检查工地3580个次，其中发现隐患的工地32个，隐患工地占比50.0%。",
]


@pytest.mark.parametrize("text", VISITS_WRONG)
def test_a_visit_share_off_by_a_power_of_ten_is_an_error(text: str) -> None:
    assert "N104" in [c for c, _ in errors(text)], findings(text)


@pytest.mark.parametrize("text", VISITS_FIT)
def test_visit_shares_of_another_base_are_no_error(text: str) -> None:
    assert errors(text) == [], errors(text)


# --- a sub-group of a table's row ----------------------------------------------------------

_HEADS = "被告层级｜开庭审理案件（件）｜负责人出庭（件）\n区政府｜18｜18\n区政府部门｜63｜63\n街道办事处｜15｜15\n合计｜96｜96"
_COUNTY = "被告层级｜开庭审理案件（件）｜负责人出庭（件）\n县政府｜21｜21\n县政府部门｜47｜47\n乡镇人民政府｜12｜12\n合计｜80｜80"
_FIELDS = "执法领域｜检查（家次）｜立案（件）\n食品｜412｜36\n药品｜168｜12\n特种设备｜95｜7\n合计｜675｜55"
_LEAD = "全年法院开庭审理的行政诉讼案件96件，行政机关负责人出庭应诉96件，各层级情况见下表，"
_LEAD_C = "全年法院开庭审理的涉县行政诉讼案件80件，行政机关负责人出庭应诉80件，分层级情况见下表，"
_LEAD_F = "全年开展市场监管执法检查675家次，立案55件，分领域情况见下表，"

ROW_WRONG = [
    # the row's own cell: 12 != 18
    _LEAD + "其中区政府负责人出庭12件。\n" + _HEADS,
    # 26 != 21
    _LEAD_C + "其中县政府负责人出庭26件。\n" + _COUNTY,
    # 14 != 15
    _LEAD + "其中街道办事处负责人出庭14件。\n" + _HEADS,
    # 10 != 12
    _LEAD_C + "其中乡镇人民政府负责人出庭10件。\n" + _COUNTY,
    # 领域 ends the row's name: 38 != 36
    _LEAD_F + "其中食品领域立案38件。\n" + _FIELDS,
    # 领域 again: 15 != 12
    _LEAD_F + "其中药品领域立案15件。\n" + _FIELDS,
]

ROW_FIT = [
    # 主要负责人: a part of the row's 18
    _LEAD + "其中区政府主要负责人出庭2件。\n" + _HEADS,
    # a part of 21
    _LEAD_C + "其中县政府主要负责人出庭3件。\n" + _COUNTY,
    # a part of 15
    _LEAD + "其中街道办事处主要负责人出庭5件。\n" + _HEADS,
    # a part of 12
    _LEAD_C + "其中乡镇人民政府主要负责人出庭4件。\n" + _COUNTY,
    # the cell: 36 = 36
    _LEAD_F + "其中食品领域立案36件。\n" + _FIELDS,
    # 重大案件 narrows the 食品 row's 36
    _LEAD_F + "其中食品领域重大案件立案9件。\n" + _FIELDS,
]


@pytest.mark.parametrize("text", ROW_WRONG)
def test_a_rows_own_cell_is_still_compared(text: str) -> None:
    assert "N401" in _codes(text), findings(text)


@pytest.mark.parametrize("text", ROW_FIT)
def test_a_sub_group_of_a_row_is_not_the_row(text: str) -> None:
    assert "N401" not in _codes(text), findings(text)


# --- titles pointed back at by a part's verb -----------------------------------------------

TITLES_WRONG = [
    # 废止2件, three titles
    "集中清理规范性文件8件，决定废止2件、修改3件、继续有效3件，废止的为《关于加强林木采伐管理的通知》《县级公益林管护办法》和《林地审核工作规程》。",
    # 废止3件, two titles
    "全年清理规范性文件14件，决定废止3件、修改4件、继续保留7件，废止的为《个体工商户登记管理暂行规定》和《农贸市场摊位经营管理办法》。",
    # 宣布失效3件, four titles
    "共清理规范性文件12件，宣布失效3件、修改2件、继续有效7件，宣布失效的为《农机购置补贴资金管理办法》《动物防疫条件审查办法》《耕地保护补助发放细则》和《渔业船舶登记管理规定》。",
    # 废止4件, three titles
    "清理本部门规范性文件11件，决定废止4件、修改2件、继续有效5件，废止的为《宅基地审批暂行办法》《土地复垦验收细则》和《矿产资源补偿费征收规定》。",
    # 修改2件, one title (是)
    "全年清理规范性文件9件，废止3件、修改2件、继续有效4件，修改的是《城市道路挖掘管理办法》。",
    # 撤销1件, two titles
    "全年审查报备的规范性文件26件，依法撤销1件，撤销的为《关于规范摊点经营的通知》《关于加强广告牌管理的通知》。",
]

TITLES_FIT = [
    # 废止2件, two titles
    "全年清理规范性文件10件，决定废止2件、修改3件、继续有效5件，废止的为《县客运出租汽车经营权管理办法》《农村公路养护资金管理细则》。",
    # 宣布失效3件, three titles
    "共清理规范性文件12件，宣布失效3件、修改2件、继续有效7件，宣布失效的为《农机购置补贴资金管理办法》《动物防疫条件审查办法》和《耕地保护补助发放细则》。",
    # 等: an open list
    "全年清理规范性文件9件，废止3件、修改2件、继续有效4件，废止的为《建设项目环评审批实施细则》《排污收费办法》等。",
    # 包括: some named
    "全年清理规范性文件9件，废止4件、修改1件、继续有效4件，废止文件中包括《建设项目环评文件审批实施细则》。",
    # 修改1件, one title
    "全年清理规范性文件9件，废止4件、修改1件、继续有效4件，修改的是《城市道路挖掘管理办法》。",
    # 撤销1件, one title
    "全年审查报备的规范性文件26件，依法撤销1件，撤销的为《关于规范摊点经营的通知》。",
]


@pytest.mark.parametrize("text", TITLES_WRONG)
def test_titles_pointed_back_at_a_part_are_counted(text: str) -> None:
    assert "N203" in [c for c, _ in errors(text)], findings(text)


@pytest.mark.parametrize("text", TITLES_FIT)
def test_titles_matching_or_open_are_no_finding(text: str) -> None:
    assert "N203" not in _codes(text), findings(text)


# --- a rate of a review ----------------------------------------------------------------------

REVIEW_WRONG = [
    # 39 / 150 = 26.0%
    "区司法局评查行政执法案卷150卷，评查结果为优秀的39卷，案卷评查优秀率为30%。",
    # 45 / 48 = 93.75%
    "全年审查规范性文件48件，审查通过45件，审查通过率95%。",
    # 52 / 86 = 60.5%
    "全年核查问题线索86条，经核查属实的52条，核查属实率65.0%。",
    # 108 / 120 = 90.0%
    "全年评查行政许可案卷120卷，评查合格的108卷，评查合格率95.0%。",
    # 1290 / 1362 = 94.7%
    "全年法律援助案件结案1362件，其中经评查为优良的1290件，评查优良率96.1%。",
    # 301 / 320 = 94.1%
    "全年开展合法性审核事项320件，审核通过301件，审核通过率97.5%。",
]

REVIEW_FIT = [
    # 1362 is not said to be reviewed: the 优良率's terms are unstated
    "全年收到法律援助申请1532件，经审查受理1497件，对不符合条件的35件书面告知理由；已结案1362件，案件质量评查优良率96.1%。",
    # 208 concluded, the review's sample unstated
    "全年办结行政复议案件208件，案件质量评查优秀率92.3%。",
    "全年法律援助机构已结案586件，案卷评查合格率98.6%。",
    "全年受理投诉举报612件，办结603件，办理质量核查合格率97.2%。",
    "全年审结劳动争议仲裁案件745件，结案文书审查合格率99.1%。",
    # the review's own figures: 39 / 150 = 26.0%
    "区司法局评查行政执法案卷150卷，评查结果为优秀的39卷，案卷评查优秀率为26.0%。",
]


@pytest.mark.parametrize("text", REVIEW_WRONG)
def test_a_review_rate_with_its_figures_is_judged(text: str) -> None:
    assert "N104" in _codes(text), findings(text)


@pytest.mark.parametrize("text", REVIEW_FIT)
def test_a_review_rate_has_no_term_by_position(text: str) -> None:
    assert "N104" not in _codes(text), findings(text)


# --- a topic item is no flow stage -----------------------------------------------------------

TOPIC_WRONG = [
    # 61 concluded > 50 accepted
    "全年受理行政复议申请50件，其中涉及行政登记的9件，审结61件。",
    # 128 > 120 accepted
    "涉及企业的投诉举报受理120件，办结128件。",
    # 104 > 96 accepted, a topic list before
    "全年受理信访事项96件，其中涉及征地拆迁的18件、涉及登记办证的7件，办结104件。",
    # 75 > 70 accepted
    "全年受理行政复议申请70件，从类型看，涉及不动产登记的12件，审结75件。",
    # 33 > 30 accepted
    "全年受理政府信息公开申请30件，其中关于房屋登记的6件，办结33件。",
    # 58 > 52 accepted
    "全年受理劳动仲裁申请52件，其中涉及工伤认定的8件，结案58件。",
]

TOPIC_FIT = [
    # 45 + 17 = 62; 43 + 5 + 3 = 51 <= 62; 9 is a kind of case
    "全年区政府作为被告的行政诉讼案件共62件，其中一审45件、二审17件。从案由看，涉及房屋征收的24件、政府信息公开的11件、行政登记的9件；从结果看，法院已审结51件，其中驳回原告诉讼请求的43件，原告撤诉的5件，区政府败诉3件。",
    "从案由看，涉及行政登记的9件；从结果看，法院已审结51件。",
    "从案由看，涉及房屋征收的24件、行政登记的9件、政府信息公开的11件；从结果看，法院已审结51件。",
    # 30 accepted, 28 concluded; 6 a topic
    "全年受理政府信息公开申请30件，其中关于房屋登记的6件，办结28件。",
    # 35 + 13 = 48; 31 + 4 + 2 = 37 <= 40
    "全年县政府作为被告的行政诉讼案件共48件，其中一审35件、二审13件。从案由看，涉及土地征收的18件、行政处罚的9件；从结果看，法院已审结40件。",
    "从类型看，涉及受理登记的5件、涉及征收补偿的7件；全年共审结行政复议案件22件。",
]


@pytest.mark.parametrize("text", TOPIC_WRONG)
def test_stages_beside_a_topic_are_still_read(text: str) -> None:
    assert "N107" in _codes(text), findings(text)


@pytest.mark.parametrize("text", TOPIC_FIT)
def test_a_topic_item_is_no_received_figure(text: str) -> None:
    assert "N107" not in _codes(text), findings(text)
