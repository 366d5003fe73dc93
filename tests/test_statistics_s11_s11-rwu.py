"""Whole and parts, units and magnitudes: shapes nobody wrote yet (session 11, s11-rwu).

1. Members times what each got (magnitude._member_products): the count after its noun with
   the next clause's 每 naming the noun's last character or the count's unit (「组建执法小组
   24个，每组3人」「办理案件420件，每件补贴2000元」), a bare 共计 total in the clause right
   after it (「每队20人，共计260名志愿者」), a quoted name inside the members' noun.
2. A figure said again in other units after 「，合/折合/即」 (magnitude._restated): a power
   of ten off is an error; after 约 only a slip is read.
3. A flow stage counted after a strong total word closes a trailing list (「群众举报68件、
   …，全年合计立案查处209件」; partition._trailing_groups).
4. Markers of a list: 涵盖 as 包括, 各为 before figures joined by 和/、 as 分别为, 「，由…组成/
   构成」 as a complete list (not with 等).
5. 「正在办理中」 is a pending state (a verb right before 中 is no scope; flow._is_open).
6. Shares of a complete split are open above: 58% and 40% of 男/女 cannot make 100%.
7. The year's first figure of a unit in a paragraph pointing to the table (见下表) with 全年 is
   the table's 合计 (a warning; not when a carry-over is stated).
8. Guards: a share named by a 的-clause (持有执法证件的人员占比) counts only figures naming
   that clause; a figure followed by （含…） is not bounded by an inventory of one kind.

Every sentence is written for these tests (none from a blind set); each verdict was derived
by hand (the arithmetic is in the comment or the sentence)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _found(text: str, codes: tuple[str, ...] = (), year: int = 2024) -> list[tuple[str, str]]:
    return [
        (r.code, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and (not codes or r.code in codes)
    ]


# --- 1. members times what each got ----------------------------------------------------------

PRODUCT_WRONG = [
    "全区组建12支普法志愿服务队，每队20人，共计260名志愿者。",  # 12×20 = 240
    "全年组建执法小组24个，每组3人，共派出执法人员62人。",  # 24×3 = 72
    "全县设立调解工作室15个，每室配备调解员4名，共计66名。",  # 15×4 = 60
    "办理法律援助案件420件，每件发放办案补贴2,000元，共计8.4万元。",  # 84万
    "开展送法进企业活动36场，每场发放宣传资料150份，共计发放4,500份。",  # 5400
    "组建“红色律师”服务团9个，每团5人，共计54人。",  # 45
    "全镇划分网格32个，每格配备网格员2名，共计网格员60名。",  # 64
    "全区组建12支“法治红袖标”普法志愿服务队，每队20人，共计260名志愿者。",  # 240
    "为全区86个村（社区）每个安排法律顾问经费2万元，共计安排182万元。",  # 172
    "为全县41所中小学每个配备法治副校长1名，共计配备法治副校长45名。",  # 41
    "为辖区23个商圈每个设立调解点2个，共计设立调解点40个。",  # 46
]

PRODUCT_RIGHT = [
    "全区组建12支普法志愿服务队，每队20人，共计240名志愿者。",
    "全年组建执法小组24个，每组3人，共派出执法人员72人。",
    "全县设立调解工作室15个，每室配备调解员4名，共计60名。",
    "办理法律援助案件420件，每件发放办案补贴2,000元，共计84万元。",
    "开展送法进企业活动36场，每场约150人参加，共计覆盖职工5,400人次。",
    "组建“红色律师”服务团9个，每团5人，共计45人。",
    "全镇划分网格32个，每格配备网格员2名，共配备网格员64名，另有专职网格长8名。",
    # each per month: 12×2×12 = 288, not 12×2
    "设立法律服务点12个，每个服务点每月开展咨询2次，全年共开展咨询288次。",
    "为全区86个村（社区）每个安排法律顾问经费2万元，共计安排172万元。",
    "为全县41所中小学每个配备法治副校长1名，共计配备法治副校长41名。",
    "为辖区23个商圈每个设立调解点2个，共计设立调解点46个。",
]


@pytest.mark.parametrize("text", PRODUCT_WRONG)
def test_members_times_each_off(text: str) -> None:
    assert _found(text, ("N205",))


@pytest.mark.parametrize("text", PRODUCT_RIGHT)
def test_members_times_each_fits(text: str) -> None:
    assert _found(text) == []


# --- 2. a figure said again in other units after 合/即 ---------------------------------------

RESTATED_WRONG = [
    "全年依法拆除违法建筑面积12.6万平方米，合126公顷。",  # 12.6公顷
    "清理闲置土地1,245亩，约合8.3公顷。",  # 1245/15 = 83
    "新建法治文化公园3.2公顷，合3,200平方米。",  # 32000
    "修复河道护岸12.5公里，即1,250米。",  # 12500
    "查扣违规农药2.4吨，折合240千克。",  # 2400
    "收回被侵占林地45公顷，合67.5亩。",  # 675
    "整治黑臭水体岸线8.6千米，合860米。",  # 8600
    "全年压减一般性支出3,860万元，即3.86亿元。",  # 0.386亿
]

RESTATED_RIGHT = [
    "全年依法拆除违法建筑面积12.6万平方米，合12.6公顷。",
    "清理闲置土地1,245亩，约合83公顷。",
    "清理闲置土地1,245亩，约合80公顷。",  # a rounded restatement
    "修复河道护岸12.5公里，即12,500米。",
    "查扣违规农药2.4吨，折合2,400千克。",
    "收回被侵占林地45公顷，合675亩。",
    "全年压减一般性支出3,860万元，即0.386亿元。",
    "全年依法拆除违法建筑面积12.6万平方米，即拆除违法建筑126处。",  # another unit
]


@pytest.mark.parametrize("text", RESTATED_WRONG)
def test_said_again_in_other_units_off(text: str) -> None:
    assert _found(text, ("N201",))


@pytest.mark.parametrize("text", RESTATED_RIGHT)
def test_said_again_in_other_units_fits(text: str) -> None:
    assert _found(text) == []


# --- 3. a flow stage closing a trailing list --------------------------------------------------

TRAILING_WRONG = [
    "群众举报68件、日常巡查发现113件、上级交办19件、部门移送7件，全年合计立案查处209件。",  # 207
    "市级部门提出立法建议23条、区县提出16条、社会公众提出41条，共计收到立法意见建议82条。",  # 80
    "窗口申请146件、网上申请392件、信函申请27件，共计受理政府信息公开申请571件。",  # 565
    "热线转办318件、信访渠道转来104件、媒体曝光线索12件，合计受理投诉举报440件。",  # 434
    "劳动报酬争议212件、工伤待遇争议64件、社会保险争议38件，合计受理劳动人事争议案件320件。",  # 314
    "人民调解转来41件、行政机关移送17件、当事人直接申请129件，总计受理仲裁申请183件。",  # 187
    "邮寄申请9件、当面申请33件、网上申请58件，合计收到行政复议申请102件。",  # 100
    "电话投诉1,206件、网络投诉2,318件，共计受理消费投诉3,514件。",  # 3524
    # a closed way of classing (层级, 年龄) before the list: 1260+2310+4870 = 8440
    "按层级分，区级培训1,260人次、街道级培训2,310人次、社区级培训4,870人次，全区共培训8,540人次。",
    # 35岁以下 / 35至50岁 / 50岁以上: 96+212+81 = 389
    "从年龄结构看，35岁以下的96名、35至50岁的212名、50岁以上的81名，全市共有调解员398名。",
]

TRAILING_RIGHT = [
    "群众举报68件、日常巡查发现113件、上级交办21件、部门移送7件，全年合计立案查处209件。",
    "市级部门提出立法建议23条、区县提出18条、社会公众提出41条，共计收到立法意见建议82条。",
    "窗口申请146件、网上申请392件、信函申请33件，共计受理政府信息公开申请571件。",
    "热线转办318件、信访渠道转来110件、媒体曝光线索12件，合计受理投诉举报440件。",
    "劳动报酬争议212件、工伤待遇争议64件、社会保险争议44件，合计受理劳动人事争议案件320件。",
    "人民调解转来41件、行政机关移送17件、当事人直接申请125件，总计受理仲裁申请183件。",
    "邮寄申请9件、当面申请35件、网上申请58件，合计收到行政复议申请102件。",
    # 等: a list of examples
    "电话投诉1,206件、网络投诉2,318件等，共计受理消费投诉3,914件。",
    "按层级分，区级培训1,260人次、街道级培训2,310人次、社区级培训4,870人次，全区共培训8,440人次。",
    # 等 leaves the levels open
    "按层级分，区级培训1,260人次、街道级培训2,310人次等，全区共培训8,440人次。",
]


@pytest.mark.parametrize("text", TRAILING_WRONG)
def test_trailing_stage_total_off(text: str) -> None:
    assert _found(text, ("N101", "N102"))


@pytest.mark.parametrize("text", TRAILING_RIGHT)
def test_trailing_stage_total_fits(text: str) -> None:
    assert _found(text) == []


# --- 4. 涵盖, 各为, 由…组成 -------------------------------------------------------------------

MARKER_WRONG = [
    "共抽查案卷312卷，涵盖行政处罚案卷207卷、行政许可案卷86卷、行政强制案卷24卷。",  # 317
    "全年区政府涉诉案件共46件，一审、二审各为31件和17件。",  # 48
    "全区行政执法队伍共1,024人，由区级部门执法人员386人和街道综合执法人员648人组成。",  # 1034
    "专家库共有专家58名，由法学专家21名、律师17名构成。",  # 38
    "全年共培训1,380人次，涵盖领导干部420人次、执法人员1,006人次。",  # 1426
    "复议委员会共有委员15名，由政府领导3名、部门负责人5名和专家学者9名组成。",  # 17
    "全年共办理建议提案86件，人大代表建议、政协委员提案各为49件和39件。",  # 88
    "律师服务团共32人，由执业律师26人和公职律师8人组成。",  # 34
]

MARKER_RIGHT = [
    "共抽查案卷312卷，涵盖行政处罚案卷207卷、行政许可案卷86卷、行政强制案卷19卷。",
    "全年区政府涉诉案件共46件，一审、二审各为31件和15件。",
    "全区行政执法队伍共1,024人，由区级部门执法人员386人和街道综合执法人员638人组成。",
    "专家库共有专家58名，由法学专家21名、律师17名等构成。",  # 等: not all
    "共抽查案卷312卷，涵盖行政处罚、行政许可等类别，其中行政处罚案卷207卷。",
    "复议委员会共有委员15名，由政府领导3名、部门负责人5名和专家学者7名组成。",
    "全年区政府涉诉案件共46件，一审、二审各为23件。",  # each 23
    "律师服务团共32人，由执业律师24人和公职律师8人组成。",
]


@pytest.mark.parametrize("text", MARKER_WRONG)
def test_list_markers_off(text: str) -> None:
    assert _found(text, ("N101", "N102"))


@pytest.mark.parametrize("text", MARKER_RIGHT)
def test_list_markers_fit(text: str) -> None:
    assert _found(text) == []


# --- 5. 正在办理中 ----------------------------------------------------------------------------

PENDING_WRONG = [
    "全年受理工单2.36万件，已办结2.29万件，正在办理中0.09万件。",  # 2.38万
    "受理行政许可申请518件，已办结497件，正在办理中26件。",  # 523
    "受理投诉举报1,032件，已办结1,001件，正在办理中35件。",  # 1036
    "受理信访事项264件，已办结248件，正在办理中19件。",  # 267
    "受理劳动保障监察举报投诉87件，已办结80件，正在办理中9件。",  # 89
    "受理行政复议申请73件，已审结66件，正在审理中9件。",  # 75
    "受理消费者投诉3,420件，已办结3,388件，正在办理中41件。",  # 3429
    "受理法律援助申请652件，已办结611件，正在办理中47件。",  # 658
]

PENDING_RIGHT = [
    "全年受理工单2.36万件，已办结2.27万件，正在办理中0.09万件。",
    "受理行政许可申请518件，已办结497件，正在办理中21件。",
    "受理投诉举报1,032件，已办结1,001件，正在办理中31件。",
    "受理信访事项264件，已办结248件，正在办理中16件。",
    "受理劳动保障监察举报投诉87件，已办结80件，正在办理中7件。",
    "受理行政复议申请73件，已审结66件，正在审理中7件。",
    "受理消费者投诉3,420件，已办结3,388件，正在办理中32件。",
    "受理法律援助申请652件，已办结611件，正在办理中41件。",
]


@pytest.mark.parametrize("text", PENDING_WRONG)
def test_pending_in_progress_off(text: str) -> None:
    assert _errors(text)


@pytest.mark.parametrize("text", PENDING_RIGHT)
def test_pending_in_progress_fits(text: str) -> None:
    assert _found(text) == []


# --- 6. shares of a complete split, open above ------------------------------------------------

SHARES_WRONG = [
    "参训560人，男性占58%，女性占40%。",  # 98: each below its next whole number
    "受援人员中，城镇居民占37%，农村居民占61%。",  # 98
    "办理的事项中，线上办理占71%，线下办理占27%。",  # 98
    "审结案件中，一审案件占82%，二审案件占16%。",  # 98
    "在受理的申请中，网上申请占比65%，窗口申请占比37%。",  # 102
    "执法人员中，男性占比61.5%，女性占比36.5%。",  # 98.0
    "培训对象中男性占57%，女性占41%。",  # 98
    "处罚案件中，适用普通程序的占64%，适用简易程序的占34%。",  # 98
]

SHARES_RIGHT = [
    "参训560人，男性占58%，女性占42%。",
    "受援人员中，城镇居民占37%，农村居民占62%。",  # 99: truncation may make 100
    "办理的事项中，线上办理占71%，线下办理占28%。",
    "审结案件中，一审案件占82.4%，二审案件占17.6%。",
    "在受理的申请中，网上申请占比65%，窗口申请占比35%。",
    "执法人员中，男性占比61.5%，女性占比38.5%。",
    "培训对象中男性占57%，女性占42%。",
    "培训对象中，领导干部占37%，执法人员占41%。",  # no complete split
]


@pytest.mark.parametrize("text", SHARES_WRONG)
def test_complete_split_shares_off(text: str) -> None:
    assert _found(text, ("N101", "N102"))


@pytest.mark.parametrize("text", SHARES_RIGHT)
def test_complete_split_shares_fit(text: str) -> None:
    assert _found(text) == []


# --- 7. the year's figure against the table's 合计 --------------------------------------------


def _table(before: str, *rows: str) -> str:
    return "\n".join([before, *("\t".join(r.split("|")) for r in rows)])


TABLE_WRONG = [
    _table(  # 71+38+17 = 126
        "全年办理行政复议案件128件，具体情况见下表。",
        "类别|件数（件）",
        "道路运输|71",
        "路政管理|38",
        "港航管理|17",
        "合计|126",
    ),
    _table(  # 820+690 = 1510
        "全年受理行政许可申请1,530件，分类情况见下表。",
        "申请人|件数（件）",
        "企业|820",
        "个人|690",
        "合计|1510",
    ),
    _table(  # 41+22+31 = 94
        "全年查处违法案件96件，详见下表。",
        "领域|案件数（件）",
        "食品|41",
        "药品|22",
        "特种设备|31",
        "合计|94",
    ),
    _table(  # 150+240+20 = 410
        "全年办理法律援助案件412件，案件类型如下表。",
        "类型|件数（件）",
        "刑事|150",
        "民事|240",
        "行政|20",
        "合计|410",
    ),
    _table(  # 1200+760+420 = 2380
        "全年开展执法检查2,360次，分领域情况见下表。",
        "领域|检查（次）",
        "安全生产|1200",
        "消防|760",
        "其他|420",
        "合计|2380",
    ),
    _table(  # 300+275+290 = 865
        "全年化解矛盾纠纷875件，分类情况见下表。",
        "类型|件数（件）",
        "婚姻家庭|300",
        "邻里|275",
        "其他|290",
        "合计|865",
    ),
    _table(  # 20+18+24 = 62
        "全年审查规范性文件64件，见下表。",
        "制定主体|件数（件）",
        "区政府|20",
        "区政府办公室|18",
        "部门|24",
        "合计|62",
    ),
    _table(  # 1500+1400+200 = 3100
        "全年受理投诉举报3,120件，具体如下表所示。",
        "渠道|件数（件）",
        "电话|1500",
        "网络|1400",
        "来信|200",
        "合计|3100",
    ),
]

TABLE_RIGHT = [
    _table(
        "全年办理行政复议案件126件，具体情况见下表。",
        "类别|件数（件）",
        "道路运输|71",
        "路政管理|38",
        "港航管理|17",
        "合计|126",
    ),
    _table(  # 近 1500: an approximation
        "全年受理行政许可申请近1,500件，分类情况见下表。",
        "申请人|件数（件）",
        "企业|820",
        "个人|690",
        "合计|1510",
    ),
    _table(  # carried over: the table holds 94 = 90 + 4
        "全年新立案查处违法案件90件，上年结转4件，详见下表。",
        "领域|案件数（件）",
        "食品|41",
        "药品|22",
        "特种设备|31",
        "合计|94",
    ),
    _table(
        "全年办理法律援助案件410件，案件类型如下表。",
        "类型|件数（件）",
        "刑事|150",
        "民事|240",
        "行政|20",
        "合计|410",
    ),
    _table(  # a part (其中) is not the total
        "其中开展执法检查2,360次，分领域情况见下表。",
        "领域|检查（次）",
        "安全生产|1200",
        "消防|760",
        "其他|420",
        "合计|2380",
    ),
    _table(  # no reference to the table: another matter
        "全年化解矛盾纠纷875件。",
        "类型|件数（件）",
        "婚姻家庭|300",
        "邻里|275",
        "其他|290",
        "合计|865",
    ),
    _table(
        "全年审查规范性文件62件，见下表。",
        "制定主体|件数（件）",
        "区政府|20",
        "区政府办公室|18",
        "部门|24",
        "合计|62",
    ),
    _table(
        "全年受理投诉举报3,100件，具体如下表所示。",
        "渠道|件数（件）",
        "电话|1500",
        "网络|1400",
        "来信|200",
        "合计|3100",
    ),
]


@pytest.mark.parametrize("text", TABLE_WRONG)
def test_year_figure_against_table_total_off(text: str) -> None:
    assert _found(text, ("N401",))


@pytest.mark.parametrize("text", TABLE_RIGHT)
def test_year_figure_against_table_total_fits(text: str) -> None:
    assert _found(text, ("N401",)) == []


# --- 8. guards: a share named by a 的-clause, a figure that says it counts more kinds ---------

GUARD_WRONG = [
    # 370/400 = 92.5
    "共回收问卷400份，其中表示满意的370份，表示满意的占比为90.5%。",
    # 52/80 = 65.0
    "共审查合同80份，其中提出修改意见的52份，提出修改意见的占比为61%。",
    # 46/200 = 23.0
    "检查企业200家，其中发现问题的46家，发现问题的企业占比为28%。",
    # 372 > 356
    "辖区共有规模以上工业企业356家，为其中372家规模以上企业出具合规指导意见书。",
    # 21 > 18
    "全镇辖18个行政村，目前已有21个行政村建成法治文化广场。",
    # 2640 > 2310
    "全村户籍人口2,310人，全年为其中2,640名村民建立家庭法律服务档案。",
    # 2.6万 > 2.3万
    "全区共有网格员2.3万名，全年已有2.6万名网格员完成法治培训。",
    # 91 > 84
    "局机关共有干部职工84人，全年组织全员学法考试2次，每次参考人员均为91人，参考率100%。",
]

GUARD_RIGHT = [
    "全年培训执法人员1,240人次，其中科级以上干部386人次、新入职人员415人次，持有执法证件的人员占比96%。",
    "全年走访企业620家，其中小微企业418家、个体工商户97家，获得合规指导的企业占比72%。",
    "全年接待来访群众1,560人次，其中老年人412人次、残疾人58人次，首次来访的群众占比81%。",
    "共调解纠纷860件，其中婚姻家庭纠纷214件、邻里纠纷305件，当场达成协议的纠纷占比67%。",
    "辖区共有规模以上工业企业356家，全年为872家企业（含规模以下企业）出具合规指导意见书。",
    "全镇辖18个行政村，为27个村（含邻镇共建村）配备法律顾问。",
    "全区共有律师事务所42家，组织86家机构（包括基层法律服务所）参加年度考核。",
    "全县共有社区23个，为41个社区（含农村社区）开展法治体检。",
]


@pytest.mark.parametrize("text", GUARD_WRONG)
def test_guards_keep_the_findings(text: str) -> None:
    assert _found(text, ("N101", "N104", "N206"))


@pytest.mark.parametrize("text", GUARD_RIGHT)
def test_guards_no_error(text: str) -> None:
    assert _errors(text) == []
    assert _found(text, ("N101",)) == []
