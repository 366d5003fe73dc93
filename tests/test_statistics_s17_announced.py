"""Session 17 (s17-announced): announced counts against the list that follows.

* 分别 and a verb that pairs each counted member with its object (「5轮检查，分别聚焦A、B…」
  「五场督查，分别覆盖A、B…」): the words that lead to a list (numbers.toml
  ``announced.list-leads``) and the lexicon's verbs open the list after 分别 as the listed
  openers do; like a duty (分别负责), one member may hold two objects joined by 和, so the list
  counts its 顿号 pieces or one more;
* a count after its noun whose paragraph then ends with one clause without a figure
  (「…内部管理制度四项，全部经过审议。」) is the paragraph's last announcement like a count
  before its noun: the enumeration of the next paragraph is its list when its items name the
  counted noun (its last two characters) or titles — a warning, the link being a reading;
* a list before a count that names places, then 分别 and a verb, then what was set up there
  (「在A、B、C分别设立X、Y、Z调解委员会3个…」) is counted from the item holding 分别: the
  count is of what was set up, one per place, not of places and things together;
* names in quotes or titles filling the first clause after the opener are the list: the
  分号 pieces of the sentence that run on to other work (「即《A》《B》，同时…；开展…；…」)
  are no other reading of it, even when their number equals the count.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N203",)

PAIRED_MISSES = [
    # 6 rounds; 分别针对 names 4 (3 顿号 pieces, 4 with 和): 6 ∉ {3, 4}
    "全年组织开展6轮集中整治行动，分别针对农村假冒伪劣食品、电动自行车充电器、燃气具和儿童玩具，"
    "共检查经营主体1,214家。",
    # 五场; 分别覆盖 names 4: 5 ∉ {3, 4}
    "全年组织五场根治欠薪专项督查，分别覆盖在建工程项目、劳动密集型加工企业、餐饮住宿企业和物流快递企业，"
    "帮助1,106名劳动者追回工资1,873万元。",
    # 5轮; 分别聚焦 names 4: 5 ∉ {3, 4}
    "年内部署开展5轮专项执法检查，分别聚焦交通运输、特种设备、旅游市场和农资领域，共检查市场主体860家。",
    # 三次; 分别围绕 names 2 (A和B): 3 ∉ {1, 2}
    "全年召开三次法治政府建设专题会议，分别围绕重大行政决策程序和行政复议体制改革，形成会议纪要。",
    # 4期; 分别面向 names 6 (5 pieces, 6 with 和): 4 ∉ {5, 6}
    "举办4期行政执法人员培训班，分别面向市场监管、城市管理、生态环境、交通运输、农业农村和文化旅游执法人员，"
    "培训执法人员612人次。",
    # 七个; 分别涉及 names 5: 7 ∉ {4, 5}
    "审查七个重大行政决策事项，分别涉及老旧小区改造、公交线路调整、垃圾分类收费、停车收费标准和学区划分，"
    "均出具合法性审查意见。",
    # 两支; 分别开展 names 4 pieces (3 顿号 + 和): 2 ∉ {3, 4}
    "组建两支普法志愿服务队，分别开展宪法宣传、民法典宣讲、反诈宣传和未成年人保护宣传，服务群众3,100人次。",
    # 3个; 分别对 names 5: 3 ∉ {4, 5}
    "成立3个专项督查组，分别对东城街道、西城街道、南湖镇、北山镇和开发区开展督查，发现问题41个。",
]

PAIRED_TRAPS = [
    # 四轮 = 4 named (3 pieces + 和)
    "全年开展四轮医疗机构依法执业专项检查，分别聚焦医疗美容、口腔诊疗、民营医院和血液透析机构，"
    "共检查医疗机构286家。",
    # 3次 of events; the list carries its own count 5 (5个行业领域): the list is of the 5
    "全年组织3次安全生产综合督查，分别聚焦危险化学品、非煤矿山、烟花爆竹、工贸企业和交通运输5个行业领域，"
    "每次督查覆盖全部5个行业。",
    # 两场 = 2 (A和B)
    "组织两场行政应诉旁听庭审，分别涉及土地征收补偿和行政处罚决定，参加旁听的领导干部46人。",
    # 3个 = one member holding two joined by 和: 3 pieces → 3 (or 4)
    "成立3个专项督查组，分别对东城街道、西城街道和南湖镇、北山镇开展督查，发现问题41个。",
    # 12次 in 4 places: 分别在 places what each did (members share a place): fewer is fine
    "全年组织开展12次送法下乡活动，分别在东湖镇、西岭镇、南山乡和北河乡举办，每个乡镇3次。",
    # 五场 = 5 named (4 pieces + 和)
    "全年组织五场根治欠薪专项督查，分别覆盖在建工程项目、劳动密集型加工企业、餐饮住宿企业、商贸企业和物流快递企业，"
    "帮助1,106名劳动者追回工资。",
    # 等: an open list of 3 of 7
    "审查七个重大行政决策事项，分别涉及老旧小区改造、公交线路调整、垃圾分类收费等领域，均出具合法性审查意见。",
    # no list after 分别: each member's figure (a whole and parts, not named items)
    "组建两支普法志愿服务队，分别开展宣传活动36场和41场，服务群众3,100人次。",
]


@pytest.mark.parametrize("text", PAIRED_MISSES)
def test_paired_verb_list_short_of_the_count(text: str) -> None:
    assert [c for c, _ in findings(text, codes=CODES)] == ["N203"], findings(text)


@pytest.mark.parametrize("text", PAIRED_TRAPS)
def test_paired_verb_list_that_fits_is_silent(text: str) -> None:
    assert findings(text, codes=CODES) == []


TRAILING_MISSES = [
    # 四项; next paragraph 一是/二是/三是 = 3 (items: titles, 制度)
    "管委会全年新制定和修订内部管理制度四项，全部经过合法性审核和党工委会议审议。\n"
    "一是修订《重大行政决策程序规定》；二是出台《合同管理办法》；三是建立涉企行政检查备案制度。",
    # 三项; 一是/二是 = 2
    "区司法局年内牵头起草配套制度三项，均已提请区政府常务会议审议通过。\n"
    "一是《行政执法公示办法》；二是《重大执法决定法制审核办法》。",
    # 5个; 一是..四是 = 4 (each names 机制)
    "年内建立健全协作机制5个，已全部投入运行。\n"
    "一是建立行刑衔接机制；二是建立府院联动机制；三是建立检调对接机制；四是建立警调联动机制。",
    # 两项; 一是..三是 = 3 (each names 清单)
    "全面梳理并公布涉企清单两项，实行动态调整。\n"
    "一是行政许可事项清单；二是涉企收费目录清单；三是涉企行政检查事项清单。",
    # 六个; （一）..（五） one paragraph each = 5 (each names 方案)
    "年内印发专项整治方案六个，明确整治重点和责任分工。\n（一）《食品安全专项整治方案》。\n"
    "（二）《燃气安全专项整治方案》。\n（三）《校外培训专项整治方案》。\n"
    "（四）《电动自行车专项整治方案》。\n（五）《农资市场专项整治方案》。",
    # 4项; 一是/二是/三是 = 3 (each a quoted name)
    "区市场监管局推出信用监管举措4项，惠及经营主体。\n"
    "一是“信用修复一件事”；二是“轻微违法首违不罚”；三是“信用承诺即审即办”。",
    # 三个; 一是/二是 = 2 (each names 平台)
    "搭建法律服务平台三个，实现线上线下一体运行。\n一是建成公共法律服务网络平台；二是开通12348热线平台。",
    # 七项; 一是..六是 = 6 (titles)
    "县政府年内制定行政规范性文件七项，全部报送县人大常委会备案。\n"
    "一是《A办法》；二是《B规定》；三是《C细则》；四是《D意见》；五是《E通知》；六是《F方案》。",
]

TRAILING_TRAPS = [
    # 四项 = 一是..四是 = 4
    "管委会全年新制定和修订内部管理制度四项，全部经过合法性审核和党工委会议审议。\n"
    "一是修订《重大行政决策程序规定》；二是出台《合同管理办法》；三是建立涉企行政检查备案制度；"
    "四是修订《党工委会议议事规则》。",
    # another figure in the paragraph (12件): the items must name 文件 — they tell the work
    "全年审查行政规范性文件12件，全部依法报送备案。\n"
    "一是加强组织领导；二是健全审查机制；三是强化队伍建设。",
    # 5个 = 5 named
    "年内建立健全协作机制5个，已全部投入运行。\n"
    "一是建立行刑衔接机制；二是建立府院联动机制；三是建立检调对接机制；四是建立警调联动机制；"
    "五是建立访调对接机制。",
    # the clause after the count holds a figure: the next paragraph may list that
    "全面梳理并公布涉企清单两项，涉及事项126项。\n"
    "一是行政许可事项清单；二是涉企收费目录清单；三是涉企行政检查事项清单。",
    # two sentences after the count: the count is not the paragraph's last announcement
    "年内印发专项整治方案六个，明确整治重点。各单位按方案推进。\n"
    "一是《食品安全专项整治方案》；二是《燃气安全专项整治方案》。",
    # items do not name the counted noun (机制 vs 举措 of the work), nor titles or quotes
    "年内建立健全协作机制5个，已全部投入运行。\n"
    "一是加强组织领导；二是强化督促检查；三是严格考核问责。",
    # 三个 = 3 named
    "搭建法律服务平台三个，实现线上线下一体运行。\n"
    "一是建成公共法律服务网络平台；二是开通12348热线平台；三是上线法律服务小程序平台。",
    # a count of times (次) whose next paragraph tells what was done: items name no 检查
    "全年开展联合执法检查六次，均形成检查报告。\n"
    "一是严格执法程序；二是规范自由裁量；三是落实执法公示。",
]


@pytest.mark.parametrize("text", TRAILING_MISSES)
def test_trailing_count_listed_by_the_next_paragraph(text: str) -> None:
    assert [c for c, _ in findings(text, codes=CODES)] == ["N203"], findings(text)


@pytest.mark.parametrize("text", TRAILING_TRAPS)
def test_trailing_count_that_fits_or_is_unlinked_is_silent(text: str) -> None:
    assert findings(text, codes=CODES) == []


PLACED_MISSES = [
    # 3 places; 2 named after 分别设立, count 3: 2 ≠ 3
    "在县总工会、县住建局、县交通运输局分别设立劳动争议、物业纠纷人民调解委员会3个行业性专业性调解组织。",
    # 3 named after 分别建成, count 2
    "在东湖镇、西岭镇、南山乡分别建成法治文化广场、法治长廊、宪法主题公园2个阵地。",
    # 3 named after 分别设立, count 2
    "在城东街道、城西街道分别设立青少年法治驿站、老年人法治驿站、妇女儿童法治驿站2个站点。",
    # 2 named, count 4
    "在开发区、高新区、物流园区分别设立企业服务中心、知识产权工作站4个服务机构。",
    # 3 named, count 4
    "在县一中、县二中、县职业中学分别建立青少年模拟法庭、法治教育基地、禁毒教育展室4个场所。",
    # 3 named, count 4
    "在南湖公园、北湖公园分别建成民法典主题广场、宪法主题长廊、法治文化墙4处阵地。",
    # 4 named, count 5
    "在东湖镇、西岭镇、南山乡、北河乡分别建成法治文化广场、法治长廊、法治公园、普法书屋5个阵地。",
    # 2 named, count 3
    "在县人民医院、县中医院、县妇幼保健院分别设立医疗纠纷、医患沟通3个调解室，全年调处纠纷41件。",
]

PLACED_TRAPS = [
    # 3 = 3 (places not counted: 3 + 3 = 6 pieces in all)
    "在县总工会、县住建局、县交通运输局分别设立劳动争议、物业纠纷、道路交通事故人民调解委员会"
    "3个行业性专业性调解组织，全年调处纠纷186件。",
    # 3 = 3
    "在东湖镇、西岭镇、南山乡分别建成法治文化广场、法治长廊、宪法主题公园3个阵地。",
    # 3 = 3
    "在开发区、高新区、物流园区分别设立企业服务中心、知识产权工作站、人才服务站3个服务机构。",
    # 3 = 3
    "在县一中、县二中、县职业中学分别建立青少年模拟法庭、法治教育基地、禁毒教育展室3个场所。",
    # 2 = 2
    "在南湖公园、北湖公园分别建成民法典主题广场、宪法主题长廊2处阵地。",
    # 3 = 3
    "在区图书馆、区文化馆、区博物馆分别开设法治书架、法治讲堂、法治展区3个专区。",
    # 4 = 4
    "在甲村、乙村、丙村、丁村分别建成农家书屋、法治宣传栏、调解室、法律顾问室4个阵地。",
    # 3 = 3
    "在县人民医院、县中医院、县妇幼保健院分别设立医疗纠纷、医患沟通、母婴保健3个调解室，全年调处纠纷41件。",
]


@pytest.mark.parametrize("text", PLACED_MISSES)
def test_places_then_what_was_set_up_short_of_the_count(text: str) -> None:
    assert [c for c, _ in findings(text, codes=CODES)] == ["N203"], findings(text)


@pytest.mark.parametrize("text", PLACED_TRAPS)
def test_places_then_what_was_set_up_that_fits_is_silent(text: str) -> None:
    assert findings(text, codes=CODES) == []


# each: titles in the first clause short of the count; the sentence's 分号 pieces number the count
TITLED_MISSES = [
    # 三项; 2 titles (3 分号 pieces)
    "制定出台三项配套制度，即《规范性文件备案办法》《执法全过程记录实施细则》，同时服务群众近3万人次；"
    "开展法治宣传活动173场；完成首轮培训。",
    # 四项; 3 titles (4 pieces)
    "制定出台四项配套制度，即《执法全过程记录实施细则》《重大执法决定法制审核目录》《行政应诉工作规定》；"
    "此外，办理政务服务事项550件；收到申请371件；执法案卷合格率达到79.8%。",
    # 三项; 2 titles (3 pieces)
    "制定三项配套制度，即《合同管理办法》《法律顾问工作规则》，同时开展培训2场；办理复议案件31件；组织旁听庭审4次。",
    # 两项; 3 titles (2 pieces)
    "修订两项制度，即《党组会议议事规则》《工作规则》《保密制度》，并组织集中学习；开展专项检查3次。",
    # “三张清单”; 2 quoted (3 pieces)
    "印发三张清单，即“权力清单”“责任清单”，实行动态管理；调整事项43项；公布清单3批次。",
    # 五项; 4 titles (5 pieces)
    "出台五项制度，分别为《A办法》《B规则》《C细则》《D规定》，均经合法性审核；开展培训5场；培训人员300人次；"
    "印发解读材料2份；组织考试1次。",
    # 四个; 3 titles (4 pieces)
    "印发四个实施方案，即《A方案》《B方案》《C方案》，明确责任分工；召开推进会2次；开展督查3轮。",
    # 三部; 2 titles (3 pieces)
    "起草三部地方性法规草案，即《A条例》《B条例》，已提请审议；组织立法调研6次；征求意见132条。",
]

TITLED_TRAPS = [
    # 3 titles = 三项
    "制定三项配套制度，即《合同管理办法》《法律顾问工作规则》《行政应诉办法》，同时开展培训2场；"
    "办理复议案件31件；组织旁听庭审4次。",
    # 2 titles = 两项
    "修订两项制度，即《党组会议议事规则》《保密制度》，并组织集中学习；开展专项检查3次；整改问题12个。",
    # 3 quoted = 三张
    "印发三张清单，即“权力清单”“责任清单”“负面清单”，实行动态管理；调整事项43项；公布清单3批次。",
    # 等: an open list of 3 of 4
    "制定四项配套制度，即《A办法》《B规则》《C细则》等，并组织宣贯；开展培训5场；培训人员300人次。",
    # 4 titles = 四个
    "印发四个实施方案，即《A方案》《B方案》《C方案》《D方案》，明确责任分工；召开推进会2次；开展督查3轮。",
    # 2 titles = 两部
    "起草两部地方性法规草案，即《A条例》《B条例》，已提请审议；组织立法调研6次；征求意见132条。",
    # 主要包括: examples, 2 of 5
    "出台五项制度，主要包括《A办法》《B规则》，均经合法性审核；开展培训5场；培训人员300人次。",
    # 5 titles = 五项
    "出台五项制度，分别为《A办法》《B规则》《C细则》《D规定》《E办法》，均经合法性审核；开展培训5场；"
    "培训人员300人次。",
]


@pytest.mark.parametrize("text", TITLED_MISSES)
def test_titles_short_of_the_count_beside_semicolon_pieces(text: str) -> None:
    assert [c for c, _ in findings(text, codes=CODES)] == ["N203"], findings(text)


@pytest.mark.parametrize("text", TITLED_TRAPS)
def test_titles_that_fit_or_are_open_are_silent(text: str) -> None:
    assert findings(text, codes=CODES) == []
