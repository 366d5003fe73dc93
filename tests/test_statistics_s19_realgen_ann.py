"""Session 19 (s19-realgen-ann): announced counts in the phrasing of published reports (N203).

* a ranking whose noun carries a short bracket of its kinds (「前十的县（市、区）为：」) gives its
  list after the word that opens it, like any other ranked noun (relations/ranking.py ``_OPEN_RE``);
* a ranking's members split by commas, each a name with its figure in the first one's unit
  (「依次为A类97件，B类52件，C类49件，分别占…」): the run stops at a piece that is no such
  member (a share, a change, other matters) (relations/ranking.py ``_figured_pieces``);
* a count of kinds right before a count of what lies within them (「A、B、C等4类64家企业」
  「…等2方面10项内容」): the noun after the second count is the kinds' noun, so the list
  before the first count is its list (announced.py ``_INNER_COUNT_AFTER_RE``);
* two level names written together right after a verb of work (numbers.toml
  ``announced.work-aims``: 「巩固镇村三级」「调整县乡三级」) are the levels of the count; two
  at the end of any other word (美丽乡村, 农村社区) stay unread;
* a 顿号 list of three or more written right against a quoted count (「拓宽上级督办、自查自纠、
  科技赋能“三条渠道”」) is its members (announced.py, the list before a quoted count).

Every sentence is written for these tests; the count of what is named in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N203",)


def _n203(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=CODES)


RANKING_BRACKET_MISSES = [
    # 前八 but 10 named: 甲 乙 丙 丁 戊 己 庚 辛 壬 癸
    "上半年信访量排名前八的县（市、区）为：甲县、乙县、丙县、丁县、戊县、己县、庚县、辛县、壬县、癸县。",
    # half-width brackets and colon: 前三 but 4 named
    "办件量排名前三的镇(街道)为:东城街道、西城街道、南湖镇、北山镇。",
    # second ranking 前四 but 5 named (两 rankings split by ;)
    "投诉量排名前三的乡(镇)为:甲乡、乙乡、丙镇;满意度排名前四的乡(镇)为:丁乡、甲乡、戊镇、乙乡、丙镇。",
    # 前五位 but 6 named after 是
    "工单量居前五位的单位（部门）是住建局、公安局、城管局、市监局、交通局、水务局。",
    # 前二 but 3 named
    "整改率排名前二的街道（乡镇）依次为：城关街道、河西镇、湖东乡。",
    # 前六 but 7 named
    "案件数排名前六的区（县）为：一区、二区、三县、四县、五区、六县、七区。",
]

RANKING_BRACKET_TRAPS = [
    # 前十 = 10 named
    "上半年信访量排名前十的县（市、区）为：甲县、乙县、丙县、丁县、戊县、己县、庚县、辛县、壬县、癸县。",
    # 前四 = 4
    "办件量排名前四的镇(街道)为:东城街道、西城街道、南湖镇、北山镇。",
    # 3 + 5
    "投诉量排名前三的乡(镇)为:甲乡、乙乡、丙镇;满意度排名前五的乡(镇)为:丁乡、甲乡、戊镇、乙乡、丙镇。",
    # 前六位 = 6
    "工单量居前六位的单位（部门）是住建局、公安局、城管局、市监局、交通局、水务局。",
    # 前三 with 等 naming 2: the first few quoted
    "整改率排名前三的街道（乡镇）有城关街道、河西镇等。",
    # 前七 = 7
    "案件数排名前七的区（县）为：一区、二区、三县、四县、五区、六县、七区。",
]

RANKING_FIGURED_MISSES = [
    # 前四 but 3 named by comma pieces with 件 (a warning: fewer)
    "服务类投诉中，排名前四的依次为餐饮类88件，家政类41件，教培类35件。",
    # 前二 but 3 named, half-width commas
    "商品类投诉排名前二的依次为食品类120件,服装类64件,家电类51件。",
    # 前三 but 4 named with 宗
    "诉求量排名前三的部门依次为：公安局312宗，住建局208宗，人社局176宗，城管局150宗。",
    # 前三 but 2 named, then the shares (a warning: fewer)
    "排名前三的依次为物业类56件，供水类41件，分别占投诉总量的22%、16%。",
    # 前二 but 4 named with 个
    "问题数量排名前二的依次为甲镇12个，乙镇9个，丙镇7个，丁镇5个。",
    # 前四 but 5 named with 起
    "事故数排名前四的依次为甲区14起，乙区11起，丙区9起，丁区6起，戊区5起。",
]

RANKING_FIGURED_TRAPS = [
    # 前三 = 3 named, then their shares
    "服务类投诉中，排名前三的依次为餐饮类88件，家政类41件，教培类35件，分别占总量的30%、14%、12%。",
    # 前二 = 2 named; the third piece is a change of the second, not a member
    "商品类投诉排名前二的依次为食品类120件,服装类64件,同比增长12件。",
    # 前三 = 3 named; 其余 opens the rest
    "诉求量排名前三的部门依次为：公安局312宗，住建局208宗，人社局176宗，其余部门共计150宗。",
    # 前二 = 2; a share piece in another unit ends the run
    "排名前二的依次为物业类56件，供水类41件，占比超过四成。",
    # 前四 = 4
    "问题数量排名前四的依次为甲镇12个，乙镇9个，丙镇7个，丁镇5个。",
    # 前三 = 3; the fourth piece gives a figure in another unit (a percentage)
    "事故数排名前三的依次为甲区14起，乙区11起，丙区9起，合计占全市的47%。",
]

INNER_COUNT_MISSES = [
    # 等3类 but 4 named (more than announced): 食品 药品 化妆品 医疗器械
    "组织对食品、药品、化妆品、医疗器械等3类126家经营主体开展抽查。",
    # 2方面 but 3 named
    "清单涵盖简化审批流程、压减办理时限、推行告知承诺等2方面18项措施。",
    # 等3类 but 4 named: 餐饮 住宿 娱乐 美容
    "检查餐饮、住宿、娱乐、美容等3类208家门店。",
    # 2类 but 3 named, no 等: 教育 医疗 养老
    "落实教育、医疗、养老2类19项民生实事。",
    # 3类 but 2 named, no 等: a closed list with fewer names
    "围绕矿产、林业3类41家企业开展专项检查。",
    # 等2批 but 3 named
    "对建筑、交通、水利等2批65个项目开展质量巡查。",
]

INNER_COUNT_TRAPS = [
    # 等5类: 4 named, 等 leaves it open
    "组织对食品、药品、化妆品、医疗器械等5类126家经营主体开展抽查。",
    # 3方面 = 3 named
    "清单涵盖简化审批流程、压减办理时限、推行告知承诺等3方面18项措施。",
    # 等4类 = 4 named
    "检查餐饮、住宿、娱乐、美容等4类208家门店。",
    # 3类 = 3
    "落实教育、医疗、养老3类19项民生实事。",
    # 2类 = 2
    "围绕矿产、林业2类41家企业开展专项检查。",
    # 3批 = 3
    "对建筑、交通、水利等3批65个项目开展质量巡查。",
]

LEVEL_PAIR_MISSES = [
    # 镇村 = 2 levels, not 三级
    "巩固镇村三级法律服务体系，全年提供法律咨询620人次。",
    # 县乡 = 2, not 三级
    "调整县乡三级安委会组织结构。",
    # 市县 = 2, not 三级 (健全)
    "健全市县三级执法协作机制。",
    # 区街道 = 2, not 三级 (完善)
    "完善区街道三级网格管理体系。",
    # 省市 = 2, not 四级 (强化)
    "强化省市四级联动，全年联合执法9次。",
    # 镇村 = 2, not 三级 (夯实); 乡村 after a verb is the countryside (a trap below)
    "夯实镇村三级调解组织，全年调解纠纷214件。",
]

LEVEL_PAIR_TRAPS = [
    # 乡村 after a verb of work is the countryside, not 乡 and 村: 三级 counts the network's tiers
    "持续健全乡村三级医疗卫生服务网络，全年新建村卫生室12个。",
    # 镇村 = 2
    "巩固镇村两级法律服务体系，全年提供法律咨询620人次。",
    # 县乡 = 2
    "调整县乡两级安委会组织结构。",
    # 乡村 of 美丽乡村: a word, not two levels
    "推进美丽乡村三级创建工作。",
    # 村社区 of 农村社区: a word
    "建设农村社区三级服务站点。",
    # 城市社区: a word
    "持续推进城市社区三级服务。",
    # 县乡村 = 3 after 健全
    "健全县乡村三级调解网络，全年调解纠纷1860件。",
]


@pytest.mark.parametrize("text", RANKING_BRACKET_MISSES)
def test_ranking_bracketed_noun_found(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", RANKING_BRACKET_TRAPS)
def test_ranking_bracketed_noun_traps(text: str) -> None:
    assert not _n203(text), text


@pytest.mark.parametrize("text", RANKING_FIGURED_MISSES)
def test_ranking_figured_pieces_found(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", RANKING_FIGURED_TRAPS)
def test_ranking_figured_pieces_traps(text: str) -> None:
    assert not _n203(text), text


@pytest.mark.parametrize("text", INNER_COUNT_MISSES)
def test_inner_count_after_kinds_found(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", INNER_COUNT_TRAPS)
def test_inner_count_after_kinds_traps(text: str) -> None:
    assert not _n203(text), text


@pytest.mark.parametrize("text", LEVEL_PAIR_MISSES)
def test_level_pair_after_work_verb_found(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", LEVEL_PAIR_TRAPS)
def test_level_pair_after_work_verb_traps(text: str) -> None:
    assert not _n203(text), text


QUOTED_AFTER_LIST_MISSES = [
    # “四条渠道” but 3 named: 来信 来访 网上
    "畅通来信、来访、网上“四条渠道”，全年受理诉求316件。",
    # “三个平台” but 4 named
    "整合热线、网站、微信、客户端“三个平台”，实现诉求一口受理。",
    # “四类人员” but 3 named: 法律顾问 公职律师 调解员
    "配齐法律顾问、公职律师、调解员“四类人员”。",
    # “两张清单” but 3 named
    "编制权责清单、负面清单、服务清单“两张清单”并向社会公布。",
    # “三个阵地” but 4 named
    "打造法治广场、法治长廊、法治书屋、法治公园“三个阵地”。",
    # “六个统一” but 5 named
    "推行统一标识、统一着装、统一文书、统一流程、统一考核“六个统一”。",
    # “两个站点” but 3 named: 调解室 法律服务站 警务室
    "建成调解室、法律服务站、警务室“两个站点”。",
]

QUOTED_AFTER_LIST_TRAPS = [
    # 3 = 3
    "畅通来信、来访、网上“三条渠道”，全年受理诉求316件。",
    # 4 = 4
    "整合热线、网站、微信、客户端“四个平台”，实现诉求一口受理。",
    # a set phrase with no list before it
    "牢固树立“四个意识”，坚定“四个自信”。",
    # set phrases joined by 顿号, each with its own count: no list
    "树牢“四个意识”、坚定“四个自信”、做到“两个维护”。",
    # two places then a verb: the list is not the count's
    "在甲镇、乙镇开展“三个一”活动。",
    # 4 = 4
    "打造法治广场、法治长廊、法治书屋、法治公园“四个阵地”。",
]


@pytest.mark.parametrize("text", QUOTED_AFTER_LIST_MISSES)
def test_list_before_quoted_count_found(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", QUOTED_AFTER_LIST_TRAPS)
def test_list_before_quoted_count_traps(text: str) -> None:
    assert not _n203(text), text
