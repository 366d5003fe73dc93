"""Announced counts against lists of names (session 13, s13-misc; relations/announced.py
``_LATE_OPENER_RE``, ``_QUOTED_NOUN_RE``, ``_names_of_kind``, ``_head_named``).

1. Names of the counted kind after 分别为/分别是: the announcing clause may hold a short bracket
   (「担任村（社区）法律顾问，分别为…」), the counted noun may stand in quotes right after its
   measure (「五个“民主法治示范村”」), and names that all repeat a suffix the counted noun ends
   with (东湖村、…南塘村和北港村) are one item each, the last 和 included.
2. A list of names that each end with the counted noun's head (清单 of “四张清单”), the object
   of the clause after the count or of the first clause of the next paragraph when the count
   ends its paragraph. Not a list that follows 其中/包括 or another figure, the tail of a longer
   list (…等A和B), a list further on, nor kinds of what was done N times (八次专项检查).

Every sentence is written for these tests; each verdict derived by hand (the items counted in
the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _announced(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=("N203",))


# --- 1. names of the counted kind ------------------------------------------------------------

KIND_WRONG = [
    # 4 announced; 3 firms: 恒信, 明正, 天衡
    "镇政府统一聘请4家律师事务所的律师担任村（社区）法律顾问，分别为恒信律师事务所、明正律师事务所和天衡律师事务所。",
    # 5 announced; 4 villages: 东湖, 西岭, 南塘, 北港
    "全年评选出五个“民主法治示范村”，分别是东湖村、西岭村、南塘村和北港村。",
    # 5 announced; 4 villages (no quotes)
    "全年评选出五个民主法治示范村，分别是东湖村、西岭村、南塘村和北港村。",
    # 3 announced; 4 communities: 桂园, 长兴, 望江, 金沙
    "街道培育三个“枫桥式”社区，分别为桂园社区、长兴社区、望江社区和金沙社区。",
    # 4 announced; 3 schools: 城关小学, 实验小学, 育才小学
    "区教育局确定4所“法治教育示范校”，分别是城关小学、实验小学和育才小学。",
    # 2 announced; 3 stations: 东站, 西站, 南站 (a bracket in the clause)
    "设立2个交通执法服务站（点），分别为东站、西站和南站。",
    # 6 announced; 5 towns: 河口, 青山, 白水, 柳林, 石桥
    "县司法局在6个乡镇（街道）开展试点，分别为河口镇、青山镇、白水镇、柳林镇和石桥镇。",
    # 3 announced; 2 committees: 临川, 宁安
    "组建3个“行业性专业性人民调解委员会”，分别为临川调解委员会和宁安调解委员会。",
]

KIND_RIGHT = [
    # 3 firms counted; 12 lawyers is a count of items, not of the firms listed
    "选聘3家律师事务所的12名律师担任法律顾问，分别为正衡律师事务所、德信律师事务所和泽明律师事务所。",
    # 4 announced; 4 villages
    "全年评选出四个“民主法治示范村”，分别是东湖村、西岭村、南塘村和北港村。",
    # 4 announced; 4 communities
    "街道培育4个“枫桥式”社区，分别为桂园社区、长兴社区、望江社区和金沙社区。",
    # 3 announced; 3 schools
    "区教育局确定3所“法治教育示范校”，分别是城关小学、实验小学和育才小学。",
    # brackets qualify nouns, no list
    "全市9个县（市、区）均已建立行政复议咨询服务中心，覆盖14个乡镇（街道）。",
    # 3 centres placed in 3 towns (分别位于; three whole place names: 2 centres in 3 towns is
    # a contradiction since s18-left40, tests/test_statistics_s18_left40.py)
    "县公安局设立三个执法办案中心，分别位于城关镇、青山镇和河口镇。",
    # an open list: 等
    "开展“宪法宣传周”“民法典宣传月”等6项主题普法活动。",
    # 2 firms named, 6 lawyers split 4 + 2
    "聘请2家律师事务所共6名律师担任法律顾问，其中恒正律师事务所4名、明德律师事务所2名。",
]

# --- 2. names sharing the counted noun's head ------------------------------------------------

HEAD_WRONG = [
    # 3 announced; 4 lists
    "区政府建立健全“三张清单”动态调整机制，全面公布权力清单、责任清单、公共服务事项清单和证明事项保留清单。",
    # 4 announced; 3 lists in the next paragraph
    "区市场监管局推行“四张清单”管理，清单内容全部向社会公开。\n"
    "一年来，我局先后编制并公布了权力清单、责任清单和负面清单，全年调整清单事项17项。",
    # 5 announced; 4 lists in the next paragraph
    "区卫生健康委员会梳理公布了“五张清单”，对清单实行动态管理。\n"
    "一年来，我委先后编制并公布了权力清单、责任清单、服务清单和收费清单。",
    # 2 announced; 3 mechanisms
    "建立“两项机制”，全面推行会商研判机制、联合督办机制和情况通报机制。",
    # 3 announced; 2 platforms
    "搭建三个服务平台，建成线上法律服务平台和线下调解服务平台。",
    # 4 announced; 3 lists
    "推行“四张清单”制度，编制责任清单、权力清单和服务清单。",
    # 2 announced; 3 systems
    "完善两项工作制度，修订重大决策听证制度、集体讨论制度和决策后评估制度。",
    # 3 announced; 4 mechanisms in the next paragraph
    "县人社局健全“三项机制”。\n今年以来，我局建立了欠薪预警机制、快速处置机制、联动执法机制和信用惩戒机制。",
]

HEAD_RIGHT = [
    # 3 announced; 3 lists
    "区政府建立健全“三张清单”动态调整机制，全面公布权力清单、责任清单和负面清单。",
    # a subset: 其中
    "推行“四张清单”管理，其中权力清单和责任清单已全部公布。",
    # an open list: 等
    "推行“四张清单”管理，公布权力清单、责任清单等。",
    # kinds of what was done 8 times
    "开展了八次专项检查。\n专项检查，即消防检查、燃气检查和电梯检查。",
    # the tail of a longer list after 等, several clauses on
    "实施三大先导产业新方案，优化空间布局，培育低空经济、机器人等战略性新兴产业和未来产业。",
    # another figure before the list: the list is of those 12
    "建立“两项机制”，对12个部门落实会商研判机制和联合督办机制情况开展督查。",
    # a list further on (two clauses later) names other things
    "完善两项工作制度，规范决策程序，修订听证制度、讨论制度和评估制度。",
    # 3 announced; 3 mechanisms in the next paragraph
    "县人社局健全“三项机制”。\n今年以来，我局建立了欠薪预警机制、快速处置机制和信用惩戒机制。",
]


@pytest.mark.parametrize("text", KIND_WRONG + HEAD_WRONG)
def test_a_list_of_names_other_than_announced_is_reported(text: str) -> None:
    assert _announced(text), text


@pytest.mark.parametrize("text", KIND_RIGHT + HEAD_RIGHT)
def test_matching_open_or_unrelated_lists_are_not(text: str) -> None:
    assert not _announced(text), text


# --- 3. members after 「N项，包括」 --------------------------------------------------------------

INCLUDED_WRONG = [
    # 5 announced; 4 titles
    "全年修订内部管理制度五项，包括《合同管理办法》《印章管理规定》《公文处理细则》和《档案管理办法》。",
    # 4 announced; 3 titles
    "出台配套文件4件，包括《轻微违法免罚清单》《首违不罚清单》和《从轻处罚清单》。",
    # 6 announced; 5 sites: 宪法公园, 民法典广场, 普法长廊, 法治书屋, 青少年教育基地
    "建成法治文化阵地6个，包括宪法主题公园、民法典广场、滨河普法长廊、社区法治书屋和青少年教育基地。",
    # 3 announced; 4 committees
    "组建专业调解组织3个，包括医疗纠纷调解委员会、交通事故调解委员会、物业纠纷调解委员会和劳动争议调解委员会。",
    # 7 announced; 8 titles
    "制定配套制度七项，包括《A办法》《B规定》《C细则》《D规则》《E办法》《F制度》《G规程》和《H办法》。",
    # 3 announced; 2 firms
    "选聘法律顾问单位3家，包括恒信律师事务所和明正律师事务所。",
    # 5 announced; 6 titles
    "清理规范性文件5件，包括《A规定》《B办法》《C细则》《D意见》《E通知》和《F办法》。",
    # 4 announced; 3 mechanisms
    "建立协作机制4项，包括联席会商机制、案件督办机制和信息通报机制。",
]

INCLUDED_RIGHT = [
    # 4 announced; 4 titles
    "全年修订内部管理制度四项，包括《合同管理办法》《印章管理规定》《公文处理细则》和《档案管理办法》。",
    # 12 sessions of 3 kinds (a count of what was done)
    "开展普法活动12场，包括宪法宣传周、民法典宣传月和法律进社区活动。",
    # 28 contracts of 3 kinds (more than twice the kinds)
    "审查合同28份，包括采购合同、租赁合同和服务合同。",
    # open: 等
    "出台配套文件3件，包括《轻微违法免罚清单》《首违不罚清单》等。",
    # 4 announced; 4 mechanisms
    "建立协作机制4项，包括联席会商机制、案件督办机制、信息通报机制和联合考评机制。",
    # 6 sessions of 2 kinds
    "组织执法培训6期，包括执法人员资格培训和调解员业务培训。",
    # open: 等
    "建成法治文化阵地5个，包括宪法主题公园、民法典广场等。",
    # 15 cases of 2 kinds
    "办理涉企案件15件，包括行政处罚案件和行政强制案件。",
]

# --- 4. 分别为 with names, a figure of a later clause (relations/partition.py) -------------------

NAMES_THEN_FIGURE = [
    # 3 streets named; the 12 rooms are built there, no part of the 3
    "在3个街道开展“枫桥式”司法所创建试点，分别为东城街道、西城街道和南城街道，共建成示范调解室12个。",
    # 5 communities named; 18 service points
    "选定5个社区开展试点，分别为东湖社区、西湖社区、南湖社区、北湖社区和中湖社区，共设立服务点18个。",
    # 3 squads named; 14 posts
    "下设3个中队，分别是一中队、二中队和三中队，另设立巡查岗点14个。",
    # 2 firms named; 9 firms' lawyers serve elsewhere
    "确定2家牵头律所，分别为恒信律师事务所和明正律师事务所，带动全区律所27家参与。",
    # 4 towns named; 31 villages covered
    "在4个乡镇推行“法律明白人”培养工程，分别为河口镇、青山镇、白水镇和柳林镇，覆盖行政村31个。",
    # 3 schools named; 26 classes
    "确定3所法治教育示范校，分别是城关小学、实验小学和育才小学，共开设法治课堂26个。",
    # 2 parks named; 11 sites
    "建成2个法治主题公园，分别为滨河公园和人民公园，设置普法宣传点位11个。",
    # 3 committees named; 40 mediators (another unit) and 15 rooms
    "组建3个专业调解委员会，分别为医疗、交通和物业纠纷调解委员会，聘任调解员40名，设立调解室15个。",
]

FIGURES_WRONG = [
    # 18 + 25 = 43, not 46
    "审查规范性文件46件，分别为区政府文件18件、部门文件25件。",
    # 98 + 64 + 49 = 211, not 215
    "调解纠纷215件，分别为邻里纠纷98件、婚姻家庭纠纷64件和劳动争议49件。",
    # 85 + 41 = 126, not 132
    "办理法律援助案件132件，分别为民事案件85件、刑事案件41件。",
    # 86 + 150 + 92 = 328, not 320
    "培训执法人员320人，分别为市级86人、区级150人、街道级92人。",
    # 41 + 25 = 66, not 68
    "开展执法检查68次，分别为日常检查41次、专项检查25次。",
    # 210 + 320 = 530, not 540
    "出动执法人员540人次，分别为市级210人次、区级320人次。",
    # 12 + 9 + 7 = 28, not 26
    "建成调解室26个，分别为东城街道12个、西城街道9个、南城街道7个。",
    # 33 + 19 = 52, not 55
    "受理行政复议申请55件，分别为行政处罚类33件、行政许可类19件。",
]


@pytest.mark.parametrize("text", INCLUDED_WRONG)
def test_members_after_included_other_than_announced(text: str) -> None:
    assert _announced(text), text


@pytest.mark.parametrize("text", INCLUDED_RIGHT)
def test_matching_kinds_or_open_lists_after_included(text: str) -> None:
    assert not _announced(text), text


@pytest.mark.parametrize("text", NAMES_THEN_FIGURE)
def test_a_figure_after_a_list_of_names_is_no_part(text: str) -> None:
    assert not findings(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", FIGURES_WRONG)
def test_figures_after_fenbiewei_still_split_the_whole(text: str) -> None:
    assert findings(text, codes=("N101", "N102")), text
