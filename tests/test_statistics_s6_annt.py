"""Announced counts, session 6 (issue 9): the list before the count, a quoted name glossed
later (即/就是/是指/指的是), 上述…分别 across sentences and paragraphs, and lists whose items
carry their own counts (a sum, not a count of items).

Every sentence is written for these tests (none comes from a blind set), for varied bodies;
each carries the verdict derived by hand by counting the items named. Paragraphs are
separated by newlines; several cases put an unrelated paragraph between the count and its
list."""

from __future__ import annotations

import pytest
from relation_helpers import found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n203(text: str) -> list[str]:
    return [message for code, message in found(text) if code == "N203"]


# --- 1. the list stands right before the count ---------------------------------------------

BEFORE_WRONG = [
    # 3 named (和 joins the last two), 四类
    "区信访局围绕征地拆迁、劳动保障和医疗纠纷四类重点矛盾开展排查化解。",
    # 4 named, 五个
    "区市场监管局聚焦食品、药品、特种设备、产品质量五个重点领域，开展专项整治。",
    # 3 named, 两类
    "区人社局对拖欠工资、劳动合同和社会保险两类违法行为开展专项检查。",
    # two names joined by 和 only, 三个
    "东湖街道在东风社区和红旗社区三个社区开展“智慧调解”试点。",
    # 5 named, 6 (Arabic)
    "区应急管理局重点检查危化品、烟花爆竹、非煤矿山、工贸企业和建筑施工6个行业领域。",
    # the last item long, joined by 以及: 3 named, 两大
    "区生态环境局围绕大气污染防治、水污染防治以及土壤污染防治两大攻坚战持续发力。",
    # 3 named, 四类, a figure after it
    "区卫健委在医疗机构、公共场所、学校四类场所开展卫生监督检查1200余户次。",
    # 4 named, 三个方面
    "区城管局对占道经营、违章搭建、乱贴乱画、噪声扰民三个方面的问题开展集中整治。",
    # 4 named, 五个部门
    "区教育局联合公安、司法、团委、妇联五个部门开展“法治进校园”活动。",
    # an unrelated paragraph with a figure before it: 3 named, 四大
    "全年办理行政复议案件86件。\n区税务局聚焦发票虚开、骗取退税和偷逃税款四大领域开展打击行动。",
    # quoted names joined by 和: 3 named, 四项
    "区司法局开展“送法进企业”“送法进社区”和“送法进校园”四项活动。",
    # long names holding a verb (专项整治行动): 3 named for 四项
    "区市场监管局开展食品安全专项整治行动、校园周边环境整治行动和药品质量安全专项检查行动四项行动。",
    "区人社局开展根治欠薪冬季攻坚行动、劳动用工专项检查、人力资源市场清理整顿两项行动。",
    # a word summing the list up before the count: 3 named
    "区信访局梳理出征地拆迁、劳动保障、医疗纠纷共四类矛盾。",
    "区信访局梳理出征地拆迁、劳动保障、医疗纠纷这四类矛盾。",
    # quoted names separated by 、: 3 named for 四个
    "区市场监管局针对“食品安全”、“药品安全”、“特种设备安全”四个重点开展检查。",
    # titles: 3 named for 两部
    "区司法局对《行政处罚法》《行政许可法》《行政强制法》两部法律开展专题培训。",
    # a quoted name counting what its items repeat, the list before it: 5 named for 六进
    "区司法局组织开展法律进机关、进乡村、进社区、进学校、进企业“六进”活动120场。",
    # two names joined by 和 before 三大: 2 named
    "区公安分局聚焦电信网络诈骗和养老诈骗三大领域开展集中打击。",
]

BEFORE_RIGHT = [
    # 等 opens the list: fewer named than announced
    "区信访局围绕征地拆迁、劳动保障、医疗纠纷等四类重点矛盾开展排查化解。",
    # the 12 counts 社区 inside the two 街道
    "区司法局组织东城和西城两个街道的12个社区开展“法律明白人”培训。",
    # a count matching its list
    "区市场监管局聚焦食品、药品、特种设备、产品质量四个重点领域，开展专项整治。",
    "区生态环境局围绕大气污染防治、水污染防治以及土壤污染防治三大攻坚战持续发力。",
    "区司法局对宪法、民法典和行政诉讼法3部法律开展专题宣讲。",
    # set phrases
    "区政府坚持“两个确立”、“两个维护”，增强“四个意识”。",
    # items that name levels (市、区两级; 县、乡、村三级)
    "镇政府建立市、区两级联动机制，形成县、乡、村三级调解网络。",
    # phases: 一期 … 三期 are not a count of the list
    "推动城北污水厂一期竣工、城南污水厂三期全面开工。",
    # the count is of what lies within the places named
    "区住建局完成城东、城西片区12个小区的改造。",
    # a bracket qualifying the noun
    "全市12个县（市、区）全部建立了公共法律服务中心。",
    # 和 between two actions, then a count of instances
    "区城管局在执法检查和专项整治中查处3起案件。",
    # a list of two departments before a count of two
    "区人社局、区住建局两个部门联合开展根治欠薪行动，检查在建项目16个。",
    "区司法局开展“送法进企业”“送法进社区”和“送法进校园”三项活动。",
    # a verb inside a quoted name is not where the list begins
    "区交通局在全局开展“以案释法”“执法大比武”和“岗位练兵”三类活动。",
    "区信访局梳理出征地拆迁、劳动保障、医疗纠纷共三类矛盾。",
    "区市场监管局开展食品安全专项整治行动、校园周边环境整治行动和药品质量安全专项检查行动三项行动。",
    # the last "item" is a clause (subjects, then what they did): 4 towns built by two cities
    "东区、西区对口援助山区县建设4个安置小区，受灾群众年底前全部入住。",
    "区司法局组织开展“法律进机关、进乡村、进社区、进学校、进企业、进单位”“六进”活动120场。",
    # what was done, then a count of rounds
    "区卫健委对学校、医院开展检查两轮次。",
    "区城管局全年开展各类执法检查和专项整治三大行动。",
    # 共 before a count of instances: the places named are kinds
    "区教育局会同卫健部门检查学校、医院、商场共4家单位。",
    # the count is of instances of the named kinds (家 counts instances)
    "区市场监管局走访企业和个体户3家，宣讲新修订的食品安全法。",
]


@pytest.mark.parametrize("text", BEFORE_WRONG)
def test_a_list_before_its_count_that_does_not_match(text: str) -> None:
    assert len(_n203(text)) == 1


@pytest.mark.parametrize("text", BEFORE_RIGHT)
def test_a_list_before_its_count_traps(text: str) -> None:
    assert _n203(text) == []


def test_the_message_names_the_count_and_the_items_without_the_lead_words() -> None:
    (message,) = _n203("区信访局围绕征地拆迁、劳动保障和医疗纠纷四类重点矛盾开展排查化解。")
    assert "「四类重点矛盾」说有4类" in message
    assert "3项：征地拆迁；劳动保障；医疗纠纷" in message
    (message,) = _n203("东湖街道在东风社区和红旗社区三个社区开展“智慧调解”试点。")
    assert "「三个社区」" in message and "东风社区；红旗社区" in message


# --- 2. a quoted name, its list glossed later ------------------------------------------------

QUOTED_WRONG = [
    # the name repeated in the next paragraph, 即: 3 named
    "区司法局推行“四张清单”管理模式。全年共梳理权责事项320项。\n“四张清单”即权力清单、责任清单和负面清单。",
    # 就是, an unrelated paragraph between: 两单一书 named as one 单 and two 书
    "区市场监管局全面推行“两单一书”制度。\n全年共检查经营主体860户次。\n“两单一书”，就是告知单、承诺书和责任书。",
    # 是指 in the next sentence: 2 named
    "区司法局建立“三项机制”。“三项机制”是指案件会商机制和执法协作机制。",
    # 指的是 after a paragraph with a figure: 4 named
    "区人社局推行“五个一”服务，全年服务企业230家。\n“五个一”服务指的是一次告知、一表申请、一窗受理、一网通办。",
    # 这三张清单 two paragraphs on: 4 named
    "镇政府推行“三张清单”。\n全年开展执法检查56次。\n这三张清单分别是权力清单、责任清单、服务清单和负面清单。",
    # 即 in the same sentence: 3 named
    "区应急管理局推行“四项制度”，即隐患排查制度、风险评估制度和应急值守制度。",
    # 上述 leads back to a quoted name: 3 named for 两个
    "区教育局推行“两个清单”。全年排查校园安全隐患128处。上述清单包括安全责任清单、隐患整改清单和风险防控清单。",
    # 是指 after a paragraph: 2 named for 三个
    "公安分局推行“三个一律”。全年办理行政案件1260件。\n“三个一律”是指一律全程录音录像、一律法制审核。",
    # Chinese numeral, 即, 5 named for 六个
    "区税务局推出“六个便利”措施。\n全年办理退税业务3200笔。\n“六个便利”即便利申报、便利缴税、便利退税、便利开票、便利咨询。",
    # a name counting what its items repeat (一本, 一支): 2 named for 三个一
    "区司法局实施“三个一”工程。全年开展普法活动120场。\n“三个一”工程即编印一本普法手册、组建一支宣讲队伍。",
    # 是指 after a comma, two paragraphs on: 3 named for 四个一批
    "区政府推行“四个一批”工作法。\n全年化解信访积案36件。\n“四个一批”，是指交办一批、督办一批、约谈一批。",
    # clauses opening with the same word: 2 for 三个
    "区政府党组坚持“三个务必”，就是务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗。",
    # a one-character noun: 4 named for 五心
    "区城管局推出“五心”服务。\n“五心”是指热心、耐心、细心、诚心。",
]

QUOTED_RIGHT = [
    "区司法局实施“三个一”工程。全年开展普法活动120场。\n"
    "“三个一”工程即编印一本普法手册、组建一支宣讲队伍、搭建一个服务平台。",
    "区政府推行“四个一批”工作法。\n全年化解信访积案36件。\n“四个一批”，是指交办一批、督办一批、约谈一批、问责一批。",
    # clauses opening with the same word are the items, not the 顿号 pairs inside them
    "区政府党组坚持“三个务必”，就是务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。",
    "“四个意识”是指政治意识、大局意识、核心意识、看齐意识。",
    # a compound name whose items end with no term's noun
    "区市场监管局推行“两随机一公开”监管。“两随机一公开”即随机抽取检查对象、随机选派执法人员、抽查结果公开。",
    "区司法局推行“四张清单”管理模式。全年共梳理权责事项320项。\n“四张清单”即权力清单、责任清单、服务清单和负面清单。",
    "区市场监管局全面推行“两单一书”制度。\n全年共检查经营主体860户次。\n“两单一书”，就是告知单、提醒单和承诺书。",
    "区司法局建立“三项机制”。“三项机制”是指案件会商机制、执法协作机制和信息共享机制。",
    "区人社局推行“五个一”服务，全年服务企业230家。\n“五个一”服务指的是一次告知、一表申请、一窗受理、一网通办、一次办结。",
    "镇政府推行“三张清单”。\n全年开展执法检查56次。\n这三张清单分别是权力清单、责任清单和负面清单。",
    # the core of a set phrase, not its list
    "全面落实“三项制度”，全年公示执法信息1260条。\n“三项制度”的核心就是规范执法。",
    # 其中: some of the lists, with their figures
    "区司法局推行“四张清单”，其中权力清单梳理事项320项，责任清单梳理事项280项。",
    # a name never glossed
    "区市场监管局推行“两单一书”。全年发出告知单120份。",
    # a set phrase glossed correctly
    "区政府坚持“两个确立”，增强“四个意识”，即政治意识、大局意识、核心意识、看齐意识。",
    # an open gloss
    "区卫健委推行“四项承诺”，包括承诺依法执业、承诺规范收费等。",
]


@pytest.mark.parametrize("text", QUOTED_WRONG)
def test_a_quoted_name_glossed_later_that_does_not_match(text: str) -> None:
    assert len(_n203(text)) == 1


@pytest.mark.parametrize("text", QUOTED_RIGHT)
def test_a_quoted_name_glossed_later_traps(text: str) -> None:
    assert _n203(text) == []


# --- 3. 上述/这些/这N个 … 分别 -----------------------------------------------------------------

BACK_WRONG = [
    # 5 places for 6 (新城街道和开发区: two), next paragraph
    "全县共建成6个矛盾纠纷调解工作室。\n上述工作室分别设在城关镇、河东镇、河西镇、新城街道和开发区。",
    # the same with an unrelated paragraph between
    "全县共建成6个矛盾纠纷调解工作室。\n全年调解各类纠纷1260件，调解成功率98.2%。\n"
    "上述工作室分别设在城关镇、河东镇、河西镇、新城街道和开发区。",
    # duties, next sentence: 3 for 4
    "区人社局组建了4支劳动监察执法队。这些执法队分别负责建筑领域、制造业领域和服务业领域。",
    # 以上, 4 places for 三个
    "区司法局新建三个公共法律服务工作站。以上工作站分别设在东湖街道、西湖街道、南湖街道和北湖街道。",
    # 分别来自, 3 firms for 两名
    "镇政府聘请了两名法律顾问，上述法律顾问分别来自明德律师事务所、正义律师事务所和公信律师事务所。",
    # 这7个 two paragraphs on: 6 places
    "区生态环境局设立7个空气质量自动监测站。\n全年空气质量优良天数312天。\n"
    "这7个监测站分别位于城区、工业园区、高新区、经开区、港区和农业园区。",
    # 分别为 in the next paragraph: 3 for 四支
    "区应急管理局组建四支应急救援队伍。\n上述救援队伍分别为消防救援队、矿山救护队和危化品救援队。",
    # 前述 … 分别设于: 2 for 3
    "区卫健委设立3个医疗纠纷调解室。\n前述调解室分别设于区人民医院、区中医院。",
    # 4 streets for 5 points (和平路 is one name)
    "区城管局在全区设置了5处便民疏导点，上述疏导点分别设在人民路、解放路、建设路和和平路。",
    # 各 … 分别负责, two paragraphs on: 2 duties for 三个
    "区医保局组建三个专项检查组。\n全年检查定点医药机构236家，追回医保基金860万元。\n各检查组分别负责医院、药店。",
    # the counted noun repeated whole after a comma: 7 places for 八个
    "区公安分局在辖区设立了八个警务服务站，警务服务站分别设在火车站、汽车站、万达广场、步行街、人民公园、"
    "体育馆和会展中心。",
    # another count in the first sentence does not hide the lead: 5 places for 6
    "全县共建成6个调解工作室，配备专职调解员18名。上述工作室分别设在城关镇、河东镇、河西镇、新城街道和开发区。",
]

BACK_RIGHT = [
    "全县共建成6个矛盾纠纷调解工作室。\n上述工作室分别设在城关镇、河东镇、河西镇、新城街道、开发区和工业园区。",
    # a count, not a list
    "全县共建成6个矛盾纠纷调解工作室，分别设在3个镇。",
    "全县共建成6个矛盾纠纷调解工作室。\n上述工作室分布在城关镇、河东镇和河西镇3个镇。",
    "区市场监管局设立五个投诉举报受理点，这些受理点分别位于城东、城西和城南三个片区的商圈。",
    # 主要: examples
    "区人社局组建了4支劳动监察执法队。全年检查用人单位860户次。这些执法队主要负责建筑领域和制造业领域。",
    "区司法局新建三个公共法律服务工作站。以上工作站分别设在东湖街道、西湖街道和南湖街道。",
    "区生态环境局设立7个空气质量自动监测站。\n全年空气质量优良天数312天。\n"
    "这7个监测站分别位于城区、工业园区、高新区、经开区、港区、临空区和农业园区。",
    # 上述纠纷 points at the disputes, not at the 调解室
    "区卫健委设立3个医疗纠纷调解室，全年调解医疗纠纷45件。\n上述纠纷分别为医疗损害纠纷30件、医患沟通纠纷15件。",
    # 上述队员: the members, not the teams
    "区应急管理局组建四支应急救援队伍，共有队员120人。\n上述队员分别来自消防、公安和卫健部门。",
    "区公安分局在辖区设立了七个警务服务站，警务服务站分别设在火车站、汽车站、万达广场、步行街、人民公园、"
    "体育馆和会展中心。",
    # 各街道调解室 … 分别配备2名: a count for each, not a list
    "全区建成5个调解室，各街道调解室分别配备2名专职调解员。",
    # 分别在: two achievements may be presented at one meeting
    "区司法局的三项创新成果分别在全省法治工作会议、全市依法行政工作会议上交流经验。",
]


@pytest.mark.parametrize("text", BACK_WRONG)
def test_a_lead_back_with_fen_bie_that_does_not_match(text: str) -> None:
    assert len(_n203(text)) == 1


@pytest.mark.parametrize("text", BACK_RIGHT)
def test_a_lead_back_with_fen_bie_traps(text: str) -> None:
    assert _n203(text) == []


def test_a_lead_across_paragraphs_is_a_warning_naming_both() -> None:
    text = (
        "全县共建成6个矛盾纠纷调解工作室。\n全年调解各类纠纷1260件，调解成功率98.2%。\n"
        "上述工作室分别设在城关镇、河东镇、河西镇、新城街道和开发区。"
    )
    (rel,) = [r for r in contradictions(analyze_text(text)) if r.code == "N203"]
    assert rel.severity is Severity.WARNING
    assert "说有6个" in rel.message and "城关镇" in rel.message and "开发区" in rel.message


# --- 4. items with their own counts: a sum, not a count of items -----------------------------

SUM_CONSISTENT = [
    "区司法局审查各类文件14件，分别为规范性文件5件、重大决策事项3件、合同6件。",
    "区司法局全年开展法治培训12场，分别为领导干部专题培训4场、执法人员培训5场、村居法律明白人培训3场。",
    "区市场监管局立案查处案件36起，包括食品安全案件15起、药品案件9起和特种设备案件12起。",
    "区人社局受理劳动仲裁案件二十件，分别为工资争议十二件、工伤争议八件。",
    # 人/名 are one class
    "全年共组织执法人员参加培训320人，分别为公安120名、市场监管110名、城管90名。",
    "区应急管理局开展执法检查5轮，分别为春节前2轮、汛期前2轮、国庆前1轮。",
    "区信访局接待群众来访86批次，分别为集体访12批次、个体访74批次。",
    "区生态环境局共下达处罚决定书23份，分别为大气类10份、水类8份、固废类5份。",
    # the parts in the next paragraph, led back by 上述
    "区税务局制发文件9份。\n上述文件分别为规范性文件3份、工作方案4份、通知2份。",
]

SUM_WRONG = [
    "区司法局审查各类文件14件，分别为规范性文件5件、重大决策事项3件、合同5件。",
    "区司法局全年开展法治培训12场，分别为领导干部专题培训4场、执法人员培训5场、村居法律明白人培训4场。",
    "全年共组织执法人员参加培训320人，分别为公安120人、市场监管110人、城管80人。",
    "区生态环境局共下达处罚决定书23份，分别为大气类10份、水类8份、固废类6份。",
    "区信访局接待群众来访86批次，分别为集体访12批次、个体访70批次。",
    "区人社局受理劳动仲裁案件二十件，分别为工资争议十二件、工伤争议九件。",
    "区应急管理局开展执法检查5轮，分别为春节前2轮、汛期前2轮、国庆前2轮。",
    "区交通运输局查处违法案件58起，分别为超限超载31起、非法营运19起、违规经营6起。",
]


@pytest.mark.parametrize("text", SUM_CONSISTENT)
def test_items_with_counts_of_the_unit_are_a_sum_and_no_count_of_items(text: str) -> None:
    assert _n203(text) == []
    assert [c for c, _ in found(text) if c.startswith("N1")] == []


@pytest.mark.parametrize("text", SUM_WRONG)
def test_a_sum_that_differs_is_the_partition_rules_finding(text: str) -> None:
    assert _n203(text) == []
    assert [c for c, _ in found(text) if c in ("N101", "N102")]


def test_items_counted_in_another_unit_are_still_counted_as_items() -> None:
    """「4支队伍，分别为A队12人…」: 人 counts members, not teams — the three teams are the list."""
    bad = "区司法局组建4支队伍，分别为律师服务队12人、调解队8人、志愿服务队20人。"
    assert len(_n203(bad)) == 1
    assert _n203(bad.replace("4支", "3支")) == []
    # every item counted in 个 under a count of kinds (类): the items are the kinds
    kinds = "区司法局建立4类调解组织，包括人民调解委员会36个、行业性专业性调解组织8个、个人调解工作室5个。"
    assert len(_n203(kinds)) == 1
    assert _n203(kinds.replace("4类", "3类")) == []


# --- the count's own sub-lists are not its list ----------------------------------------------

INNER_RIGHT = [
    # 「市、区两级」 is one item holding a list of its own
    "区政府推行三项措施：市、区两级联审，部门、街道联动，社区网格巡查。",
    # a 顿号 list inside an item of 一是…
    "区司法局建立三项机制：一是会商机制，其中包括公安、检察、法院、司法四家单位；二是通报机制；三是督办机制。",
    # the sub-items of one item in brackets
    "区城管局落实三项制度：行政执法公示制度（含事前、事中、事后公开）、执法全过程记录制度、重大执法决定法制审核制度。",
]


@pytest.mark.parametrize("text", INNER_RIGHT)
def test_sub_lists_inside_one_item_are_not_the_list(text: str) -> None:
    assert _n203(text) == []


def test_a_count_in_a_later_paragraph_is_kept_when_an_earlier_one_is_read_with_it() -> None:
    """The pick-up of figures reads a paragraph with the one before it; it must not drop the
    paragraph's own announced count (N203 looks across paragraphs by itself)."""
    text = "全年共受理调解申请320件。\n镇政府设立四个调解工作站，分别设在东村、西村和南村。"
    assert len(_n203(text)) == 1
    assert _n203(text.replace("西村和南村", "西村、南村和北村")) == []


def test_messages_of_enumerations_name_their_items() -> None:
    """The items counted are named in every message: labels and opening words of an
    enumeration, the steps of 首先…最后, the members of a compound name."""
    (message,) = _n203(
        "区生态环境局聚焦两个方面开展执法：一是大气污染防治，二是水污染防治，三是土壤污染防治。"
    )
    assert "说有2个" in message and "一是大气污染防治；二是水污染防治；三是土壤污染防治" in message
    (message,) = _n203(
        "区司法局推出三项措施：首先是建立台账；其次是定期约谈；再次是公开曝光；最后是联合惩戒。"
    )
    assert "4项" in message and "首先是建立台账" in message and "最后是联合惩戒" in message
    (message,) = _n203("区政府推行“两库一平台”：专家库、案例库、法规库和信息平台。")
    assert "3个库、1个平台" in message and "专家库；案例库；法规库；信息平台" in message
    (message,) = _n203(
        "区应急管理局开展了6项专项行动。\n（一）危化品安全整治。\n（二）消防安全排查。\n"
        "（三）燃气安全检查。\n（四）建筑施工安全治理。\n（五）道路交通安全整治。"
    )
    assert "「6项专项行动」说有6项" in message and "（一）危化品安全整治" in message
    assert "（五）道路交通安全整治" in message
