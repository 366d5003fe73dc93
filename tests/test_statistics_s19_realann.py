"""Session 19 (s19-realann): announced counts in published phrasing (N203).

* the first N of a ranking (前N/前N位/前N名, after 排名/位居/居/位于…) names exactly N members:
  after the rank and a word that gives them (为/是/依次为/主要涉及/：), read as ordinals, 分号
  pieces, pieces joined by > or the 顿号 list of the first clause (a last 和 joining two members
  whose left one ends with its bracket or figure); before the rank, more members than N
  (relations/ranking.py). A tie with the N-th member, 等 with no more than N, a piece of the
  rest (其余, 此外…) and a period (前三季度) are not reported;
* 「N类X M件，其中…」: the 其中 pieces that give a figure in M's unit are kinds; more of them
  than N contradict, fewer are a subset (relations/kinds_listed.py);
* names split by commas before 等 and a count: the pieces after 由 of a composition (…等六个
  部分组成), or the pieces back from 等 that each end with the counted noun's head (…制等五项
  …制); more than announced contradicts (announced.py ``_comma_names_before``).
* straight double quotes ("政府开放日") pair as “…” when a paragraph holds an even number of
  them (announced.py ``_curly_quotes``): every reading of quoted names applies.
* a run of level names written together at the end of longer words (「全面推行县乡村四级」) is
  the list of levels when it holds three or more (announced.py ``_level_run``; 乡村 of
  美丽乡村 is two: no tail reading).

Half-width punctuation (, ; : ( )) of PDFs reads as the full-width forms. Every sentence is
written for these tests; the count of what is named in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N203",)


def _n203(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=CODES)


RANKING_MISSES = [
    # 前四 ranked, 5 named: 甲 乙 丙 丁 戊
    "本月投诉量排名前四的乡镇为：甲镇、乙镇、丙镇、丁镇、戊镇。",
    # two rankings split by a semicolon, the second naming 6 for 前五: 甲 乙 己 丙 庚 辛
    "投诉数量排名前五的乡镇为:甲镇、乙镇、丙镇、丁镇、戊镇;罚没金额排名前五的乡镇为:乙镇、甲镇、己镇、丙镇、庚镇、辛镇。",
    # 前四位 with 2 named and the sentence closed by its stop
    "工单办理量前四位的是：城建公司、市监局。",
    # 前三位, 4 by 分号 with figures 88 > 61 > 40 > 35 (no tie at the 3rd)
    "办件量位居前三位的部门是：交通局88件；住建局61件；城管局40件；水务局35件。",
    # 前两名, 3 by 顿号 with shares, the last joined by 和: 18% / 15% / 11%
    "满意度排名前两名的窗口依次是不动产登记窗口（18%）、社保窗口（15%）和公积金窗口（11%）。",
    # 前五类, joined by >: 6 kinds
    "举报量居前五位的类别是，价格（21%）>广告（17%）>食品（12%）>计量（9%）>质量（7%）>网络交易（5%）。",
    # 前十位 named BEFORE the rank: 11 towns
    "从工单数量看，东城、西城、南城、北城、河口、山前、桥头、湖滨、新港、石门、柳林办件量排名前十位。",
    # 前三名 with half-width colon and semicolons, 4 named
    "考核得分排名前三名的单位为:税务局98分;医保局96分;人社局95分;民政局93分。",
    # 前四位 with ordinals (1)…(5)
    "投诉量排名前四位的商品依次为：（1）食品1203件；（2）家用电器856件；（3）服装鞋帽641件；（4）交通工具410件；（5）通讯器材302件。",
    # 前六 named after 是 without a colon, 4 named, every item with its figure (fewer: a warning)
    "受理量位居前六的街道是城关街道312件、东关街道287件、西关街道201件、南关街道166件。",
    # 前三, 4 named with 等: more than announced whatever 等 means
    "诉求排名前三的领域为城乡建设、交通运输、市场监管、劳动保障等。",
]

RANKING_TRAPS = [
    # 前三 with 等 and 3 named: the first three of a longer ranking
    "本季度工单量排名前三的社区为花园社区、阳光社区、翠湖社区等，其余社区均在百件以下。",
    # 前五位 with five, then a further sentence on others
    "投诉量居前五位的依次为：预付卡、快递、家电、二手车、装修。此外，宠物、美容、培训投诉也有增加。",
    # 前三位 with 4: the 3rd and 4th tie at 96.5分
    "考核排名前三位的是：甲局（99分）、乙局（97.2分）、丙局（96.5分）和丁局（96.5分）。",
    # 前三季度 is a period, not a rank
    "前三季度共受理诉求4120件，主要集中在物业、供暖、噪声、停车、占道五类问题。",
    # list before the rank naming some of the first ten only
    "河东街道、河西街道办件量进入全区前十位。",
    # 前四 with 4 by 分号, a rest piece after them
    "办件量位于前四的单位为：公安局120件；住建局96件；教育局80件；卫健局72件；其余单位均少于50件。",
    # 前五名 with 5, one item 其他…违法行为 with its figure
    "举报量排名前五名的是：价格违法40件；虚假广告31件；无照经营22件；其他市场违法行为18件；计量违法9件。",
    # 前两位 with 2, the second holding 及 inside its name
    "投诉量居前两位的依次是：食品、宠物及宠物用品。",
    # 提前三天 is no rank
    "各单位提前三天完成整改，涉及道路、管网、路灯三个方面。",
    # two rankings of five in one sentence split by a semicolon: 5 and 5, not 9
    "1-6月，投诉数量排名前五的乡镇为:甲镇、乙镇、丙镇、丁镇、戊镇;罚没金额排名前五的乡镇为:乙镇、甲镇、己镇、丙镇、庚镇。",
    # the paragraph ends on the list with no stop (cut at a page): 3 of 六 named, the rest may follow
    "工单办理量前六位的是:城建公司、市监局、交警大队",
]


@pytest.mark.parametrize("text", RANKING_MISSES)
def test_ranking_names_other_than_n(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", RANKING_TRAPS)
def test_ranking_traps(text: str) -> None:
    assert not _n203(text), text


KINDS_MISSES = [
    # 三类, 其中 gives 4 kinds: 12 + 30 + 8 + 5 = 55 ≤ 60
    "全年共办理三类行政执法案件60件。其中，行政处罚案件12件；行政检查案件30件；行政强制案件8件；行政许可撤销案件5件。",
    # 两类, 其中 gives 3: 14 + 9 + 6 = 29
    "受理两类信访事项29件，其中，来信14件，来访9件，网上信访6件。",
    # 四类, 其中 gives 5 (件 and 起 are one unit): 40 + 22 + 18 + 11 + 9 = 100
    "共查处四类违法案件100件。其中，无证经营40件，超范围经营22件，虚假宣传18起，价格违法11件，商标侵权9件。",
    # 三种, 其中 gives 4 with a money figure between (another unit, no kind)
    "办理三种复议案件46件，其中撤销类18件，罚款金额35万元，确认违法类12件，变更类9件，责令履行类7件。",
    # 2 类 (digit), 其中 gives 3: 5 + 4 + 3 = 12
    "全年开展2类专项检查12次，其中消防检查5次，燃气检查4次，电梯检查3次。",
    # 三类, half-width punctuation: 7 + 6 + 5 + 4 = 22
    "处理三类投诉22件,其中:质量投诉7件;价格投诉6件;合同投诉5件;服务投诉4件。",
    # 四类, 5 kinds, one with 、 inside its name (one figure, one kind): 3+6+2+4+1 = 16
    "共移送四类案件16件。其中，查封、扣押案件3件；限产、停产案件6件；按日计罚案件2件；移送拘留案件4件；移送涉罪案件1件。",
    # 两类, 其中 gives 3: 20 + 15 + 10 = 45
    "审结两类行政诉讼案件45件，其中，土地类20件，房屋征收类15件，劳动保障类10件。",
]

KINDS_TRAPS = [
    # 三类 then 其中 two of them: 21 + 17 = 38 < 46 (a subset)
    "全年查处三类环境违法案件共46件，其中超标排放案件21件，未批先建案件17件。",
    # 五类 with 4 given: 其中 leaves one out
    "配套实施五类案件300件，其中按日计罚20件，查封扣押150件，限产停产60件，移送拘留50件。",
    # 两类 with 2 kinds and a change figure in each piece: 30 + 20 = 50
    "办理两类案件50件，其中行政处罚30件，同比增加5件，行政强制20件，同比减少3件。",
    # 三类 with 3 kinds and a status figure after them (已办结 is no kind)
    "受理三类申请90件，其中依申请公开40件，咨询30件，投诉20件，已办结85件。",
    # 四类 with 4 kinds and a bracket 其中 inside one: 10 + 8 + 6 + 4 = 28
    "查处四类案件28件，其中价格案件10件（其中网络价格案件3件），广告案件8件，计量案件6件，质量案件4件。",
    # no total after the kinds: nothing to read
    "以上八类案件败诉率同比均有所下降，其中土地类案件败诉率下降5个百分点。",
    # 三类 with 3 kinds and a share piece (占) after: 60 + 30 + 10 = 100
    "办理三类事项100件，其中咨询60件，求助30件，投诉10件，占比最高的为咨询。",
    # 两类 with other units only in 其中 (人, 家)
    "开展两类培训12场，其中培训执法人员300人，覆盖企业45家，发放资料800份。",
]


@pytest.mark.parametrize("text", KINDS_MISSES)
def test_kinds_among_more_than_announced(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", KINDS_TRAPS)
def test_kinds_among_traps(text: str) -> None:
    assert not _n203(text), text


COMMA_MISSES = [
    # 5 names ending with 制 before 等四项…制
    "健全了首问负责制，限时办结制，责任追究制，一次告知制，服务承诺制等四项服务制，群众满意率提升。",
    # 4 names ending with 单 before 等三张…清单
    "编制了权力清单，责任清单，负面清单，服务清单等三张清单，全部向社会公布。",
    # composition: 6 pieces after 由 split by commas, 等五个部分组成
    "报告全文由工作概况,主要做法,取得成效,存在问题,下步计划,附表说明等五个部分组成。",
    # 4 names ending with 站 before 等三个…站 (half-width commas)
    "建成了城东服务站,城西服务站,城南服务站,城北服务站等三个便民服务站。",
    # composition: 5 pieces, 等四部分构成
    "本办法由总则，申请与受理，审查与决定，监督管理，附则等四部分构成。",
    # 6 names ending with 制 before 等五项工作制
    "落实了坐班制，值班制，例会制，台账制，回访制，督办制等五项工作制，推动矛盾化解。",
    # 4 names ending with 队 before 等三支…队
    "组建了法律服务队，普法宣传队，矛盾调解队，应急救援队等三支志愿队。",
    # composition: 5 pieces with a 顿号 inside one part, 等四个部分组成
    "年报由总体情况，主动公开情况，依申请公开情况，复议、诉讼情况，存在问题等四个部分组成。",
]

COMMA_TRAPS = [
    # 5 names for 五项
    "健全了首问负责制，限时办结制，责任追究制，一次告知制，服务承诺制等五项服务制。",
    # 等 with fewer names than the count (an open list)
    "编制了权力清单，责任清单等四张清单。",
    # composition: 5 pieces for 五个部分
    "报告全文由工作概况，主要做法，取得成效，存在问题，下步计划等五个部分组成。",
    # composition: 5 pieces, the last two parts joined by 及 (5 or 6)
    "报告由总体情况，主动公开情况，依申请公开情况，复议诉讼情况，存在问题及其他事项等六个部分组成。",
    # clauses that do not end with the noun's head: no comma list of names
    "开展了入户走访，召开了座谈会，发放了问卷等三项调研活动。",
    # only two names ending with the head: too few for the reading
    "完善了值班制，例会制等三项制度。",
    # names split by commas that are clauses with figures
    "新建调解室3个，培训调解员40人，化解纠纷120件等两项工作取得成效。",
    # 4 names ending with 站 for 四个
    "建成了城东服务站,城西服务站,城南服务站,城北服务站等四个便民服务站。",
]


@pytest.mark.parametrize("text", COMMA_MISSES)
def test_comma_names_before_more_than_announced(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", COMMA_TRAPS)
def test_comma_names_before_traps(text: str) -> None:
    assert not _n203(text), text


# straight quotes ("…", of a PDF or a plain-text copy) pair as “…”
STRAIGHT_MISSES = [
    # 4场 announced, 3 dates: 3月、6月、10月
    '全年举办4场"法治讲堂"活动，分别于3月12日、6月8日和10月20日举行。',
    # "一库、三清单": 1 库, 2 清单 named
    '建立"一库、三清单"管理机制，即建立监管对象名录库，编制检查事项清单和免罚事项清单。',
    # "一中心、四平台": 1 中心, 3 平台 named
    '打造"一中心、四平台"服务体系，即建成1个调解中心，同步上线咨询平台、预约平台和评价平台。',
    # 三个"示范站", 分别是 4 named
    '建成三个"法律服务示范站"，分别是城关示范站、河口示范站、石桥示范站和柳林示范站。',
    # 2项"规范", 3 titles
    '出台2项"执法规范"，即《检查规范》《处罚规范》《听证规范》。',
    # "五个一", 4 items with 一
    '推行"五个一"工作法，即一张清单、一套流程、一个台账、一次回访。',
    # 6场 with dates in half-width separators: 5 named
    '组织6场"送法进企"宣讲，分别于2月、4月、6月、8月和10月开展。',
    # 3个"调解室" in a bracket, 4 named
    '设立3个"品牌调解室"（老娘舅调解室、和事佬调解室、金牌调解室、暖心调解室），全年化解纠纷86件。',
]

STRAIGHT_TRAPS = [
    # 3场, 3 dates
    '全年举办3场"法治讲堂"活动，分别于3月12日、6月8日和10月20日举行。',
    # "一库、两清单": 1 + 2
    '建立"一库、两清单"管理机制，即建立监管对象名录库，编制检查事项清单和免罚事项清单。',
    # an odd number of straight quotes: left as it is
    '推行"三张清单制度，全年公布权力清单、责任清单和负面清单。',
    # "四个意识" is a set phrase, no list follows
    '牢固树立"四个意识"，坚定"四个自信"，做到"两个维护"。',
    # 4个"示范站", 4 named
    '建成4个"法律服务示范站"，分别是城关示范站、河口示范站、石桥示范站和柳林示范站。',
    # "五个一" with 5 items
    '推行"五个一"工作法，即一张清单、一套流程、一个台账、一次回访、一份报告。',
    # "三级" levels 县、乡、村 = 3
    '构建县、乡、村"三级联调"工作格局，全年化解纠纷320件。',
    # 2项"规范", 2 titles
    '出台2项"执法规范"，即《检查规范》和《处罚规范》。',
]


@pytest.mark.parametrize("text", STRAIGHT_MISSES)
def test_straight_quotes_read_as_curly(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", STRAIGHT_TRAPS)
def test_straight_quotes_traps(text: str) -> None:
    assert not _n203(text), text


# a run of three levels or more written together at the end of longer words (推行县乡村四级)
LEVEL_TAIL_MISSES = [
    # 县乡村 = 3 levels, not 四级
    "全面推行县乡村四级调解网络，全年调解纠纷1860件。",
    # 市县乡村 = 4, not 三级
    "持续深化市县乡村三级联动机制。",
    # 县乡镇村 = 县、乡镇、村: 3, not 四级
    "扎实推进县乡镇村四级便民服务体系建设。",
    # 市县乡 = 3, not 两级
    "着力构建市县乡两级执法协作网络。",
    # 区街道社区 = 区、街道、社区: 3, not 四级
    "不断完善区街道社区四级网格体系。",
    # 省市县乡 = 4, not 五级
    "积极打造省市县乡五级联动平台。",
    # 县乡村组 = 4, not 三级
    "全力构建县乡村组三级治理架构。",
    # 市区街道 = 3, not 两级
    "逐步形成市区街道两级服务格局。",
]

LEVEL_TAIL_TRAPS = [
    # 县乡村 = 3
    "全面推行县乡村三级调解网络，全年调解纠纷1860件。",
    # 乡村 alone may be a word (美丽乡村): two levels are not read at a tail
    "推进美丽乡村三级创建工作。",
    # 市县乡村 = 4
    "持续深化市县乡村四级联动机制。",
    # 城市社区: 市+社区 = 2, too few for a tail
    "持续推进城市社区两级服务。",
    # 县乡镇村 = 3
    "扎实推进县乡镇村三级便民服务体系建设。",
    # 区街道社区 = 3
    "不断完善区街道社区三级网格体系。",
    # 农村社区: 村+社区 = 2, too few for a tail
    "建设农村社区三级服务站点。",
    # 省市县乡 = 4
    "积极打造省市县乡四级联动平台。",
]


@pytest.mark.parametrize("text", LEVEL_TAIL_MISSES)
def test_level_run_at_a_tail(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", LEVEL_TAIL_TRAPS)
def test_level_run_at_a_tail_traps(text: str) -> None:
    assert not _n203(text), text
