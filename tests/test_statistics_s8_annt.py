"""Announced counts and time, session 8 (issue 9).

Announced counts: a lead that names the counted things by the verb of the announcing sentence
(「修订完善了7项制度。」 then 「修订的制度包括…」), an enumeration 其一…其二… in the next
paragraph (「其」 points back at what was counted), an enumeration whose items each open with
the verb the count was announced with (「开展了5次专项行动，形成…。」 then 「一是开展…」), a set
phrase (「推动“三项制度”落地」) after the announcement that does not take the list over, a year
that is no figure of the work, a bracket after a long noun phrase, and 分别 with the other verbs
that give each member its host or site (依托, 派驻, 挂靠, 嵌入, 进驻, 坐落在…).

Every sentence is written for these tests (none comes from a blind set), for varied bodies;
each verdict was derived by hand by counting the items named. A list 「A、B、C和D」 may be read
as three items (a 和 may join two modifiers of one item), so the contradictions below are
chosen to fit neither reading."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2023, code: str = "N203") -> list[tuple[Severity, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.code == code and r.severity is not None
    ]


def _wrong(text: str) -> None:
    found = _found(text)
    assert found, text


def _right(text: str) -> None:
    assert _found(text) == [], text


# --- 1. a lead naming the counted things by the announcing verb (修订的制度) --------------------

LEAD_DONE_WRONG = [
    # 8 titles after 包括 for 7: more than announced even for a partial opener
    "全年修订完善了7项内部管理制度。\n修订的制度包括：《公示办法》《记录办法》《审核办法》"
    "《评查办法》《持证规定》《追究办法》《装备规定》《奖励细则》。",
    # 5 for three
    "区人社局新建了三个劳动争议调解委员会。\n新建的调解委员会分别是：开发区调委会、物流园调委会、"
    "商贸城调委会、工业园调委会和港区调委会。",
    # 3 for four (和 joins the last two: 2 or 3)
    "街道培育了四支平安志愿服务队，覆盖全部社区。\n培育的服务队分别为：红袖标巡逻队、法律明白人"
    "宣讲队和银发调解队。",
    # 6 titles for 五份, in the same paragraph
    "区医保局清理了五份规范性文件。清理的文件分别是《定点管理办法》《结算规程》《稽核办法》"
    "《报销规定》《门诊办法》《统筹细则》。",
    # 5 for 6项, a year opening the paragraph
    "2023年，区税务局制定了6项纳税服务制度。\n制定的制度分别是首问责任、限时办结、一次告知、"
    "预约服务和延时服务。",
    # 4 for two
    "县公安局设立了两个执法办案中心。\n设立的中心分别位于城关镇、青山镇、河口镇和新城镇。",
    # 7 for eight
    "区教育局组建了八个法治宣讲团。\n组建的宣讲团分别是：小学宣讲团、初中宣讲团、高中宣讲团、"
    "职校宣讲团、幼儿园宣讲团、家长宣讲团和教师宣讲团。",
    # 4 named for 3 (the 和 joins two whole names: 3 or 4 — both differ from... 3 fits!) -> 5
    "区应急局印发了3个专项预案。印发的预案分别是：防汛预案、森林防火预案、危化品预案、"
    "地质灾害预案和燃气预案。",
]

LEAD_DONE_RIGHT = [
    "全年修订完善了7项内部管理制度。\n修订的制度包括：《公示办法》《记录办法》《审核办法》"
    "《评查办法》《持证规定》《追究办法》《装备规定》。",
    "区人社局新建了三个劳动争议调解委员会。\n新建的调解委员会分别是：开发区调委会、物流园调委会"
    "和商贸城调委会。",
    # a partial list: 等, 主要有
    "全年修订完善了7项内部管理制度。\n修订的制度包括：《公示办法》《记录办法》《审核办法》等。",
    "全年修订完善了7项内部管理制度。\n修订的制度主要有：《公示办法》《记录办法》《审核办法》。",
    # the lead's verb is not the announcement's: other things
    "区人社局新设了三个劳动仲裁庭。\n撤销的仲裁庭分别是：开发区庭、物流园庭、商贸城庭、"
    "工业园庭和港区庭。",
    # the lead names another noun
    "街道培育了四支平安志愿服务队。\n培育的骨干分别为：张某、李某、王某、赵某和刘某。",
    "区医保局清理了五份规范性文件。清理的文件分别是《定点管理办法》《结算规程》《稽核办法》"
    "《报销规定》《门诊办法》。",
    # 和 may join two names into one: two or three, two fits
    "县公安局设立了两个执法办案中心。\n设立的中心分别位于城关镇、青山镇和河口镇。",
]


@pytest.mark.parametrize("text", LEAD_DONE_WRONG)
def test_a_lead_naming_what_was_done_lists_another_number(text: str) -> None:
    _wrong(text)


@pytest.mark.parametrize("text", LEAD_DONE_RIGHT)
def test_a_lead_naming_what_was_done_that_fits_or_names_other_things(text: str) -> None:
    _right(text)


def test_a_lead_by_the_done_verb_is_a_warning_that_names_the_items() -> None:
    [(severity, message)] = _found(LEAD_DONE_WRONG[1])
    assert severity is Severity.WARNING
    assert "三个劳动争议调解委员会" in message and "5项" in message and "港区调委会" in message


# --- 2. 其一…其二… in the next paragraph -----------------------------------------------------

QI_WRONG = [
    "街道新建了两个法治文化阵地，为居民提供学法场所。\n其一为滨河法治公园；其二为社区法治书屋；"
    "其三为调解室。",
    "区司法局打造了三个公共法律服务品牌，服务群众。\n其一是“老娘舅”调解品牌，其二是“法润万家”"
    "普法品牌。",
    "镇政府建成四处法治广场，丰富群众文化生活。\n其一，镇中心广场；其二，东村广场；其三，西村广场。",
    "区市场监管局推出两项信用监管措施，营造诚信环境。\n其一为分级分类监管；其二为信用修复提醒；"
    "其三为失信联合惩戒。",
    "区卫健委设立五个医疗纠纷调解点，方便群众就近调解。\n其一为区人民医院调解点，其二为区中医院"
    "调解点，其三为妇幼保健院调解点，其四为区第二医院调解点。",
    "区城管局开展了三轮集中整治，市容明显改善。\n其一为占道经营整治，其二为违规广告整治，其三为"
    "渣土运输整治，其四为夜市噪声整治。",
    "区信访局推行两项创新做法，推动信访法治化。\n其一，领导包案；其二，公开听证；其三，律师驻点。",
    "区生态环境局组建六支执法队伍，实现网格化监管。\n其一为大气执法队；其二为水环境执法队；其三为"
    "固废执法队；其四为辐射执法队；其五为综合执法队。",
]

QI_RIGHT = [
    "街道新建了两个法治文化阵地，为居民提供学法场所。\n其一为滨河法治公园；其二为社区法治书屋。",
    "镇政府建成四处法治广场，丰富群众文化生活。\n其一，镇中心广场；其二，东村广场；其三，西村广场；"
    "其四，南村广场。",
    # another figure in the paragraph: 其一 may point at either (and the items name no 调解点)
    "区卫健委设立五个医疗纠纷调解点，受理纠纷86件。\n其一为区人民医院，其二为区中医院，其三为"
    "妇幼保健院，其四为区第二医院。",
    # 其中 is no ordinal
    "区城管局开展了三轮集中整治，市容明显改善。\n其中占道经营整治成效最好，违规广告整治次之。",
    "区信访局推行两项创新做法，推动信访法治化。\n其一，领导包案；其二，公开听证。",
    "区生态环境局组建六支执法队伍，实现网格化监管。\n其一为大气执法队；其二为水环境执法队；其三为"
    "固废执法队；其四为辐射执法队；其五为综合执法队；其六为机动执法队。",
    # no enumeration in the next paragraph
    "区市场监管局推出两项信用监管措施，营造诚信环境。\n全年检查企业320家。",
    "区司法局打造了三个公共法律服务品牌，服务群众。\n其一是“老娘舅”调解品牌，其二是“法润万家”"
    "普法品牌，其三是“法律明白人”培育品牌。",
]


@pytest.mark.parametrize("text", QI_WRONG)
def test_qi_items_in_the_next_paragraph_that_miss_the_count(text: str) -> None:
    _wrong(text)


@pytest.mark.parametrize("text", QI_RIGHT)
def test_qi_items_that_fit_or_may_belong_to_another_figure(text: str) -> None:
    _right(text)


# --- 3. items opening with the verb of the announcement --------------------------------------

VERB_WRONG = [
    # 4 for 5次; the announcing sentence goes on after the noun; items over three paragraphs
    "2023年，区生态环境分局组织开展了5次专项执法行动，形成高压态势。\n一是开展企业专项检查，"
    "检查企业146家。\n二是开展排污口整治，排查87个；三是开展危废专项检查，检查63家。\n"
    "四是开展扬尘专项整治，检查工地212个次。",
    "区市场监管局开展了四轮食品安全检查，守护舌尖安全。\n一是开展校园周边检查；二是开展农贸市场"
    "检查；三是开展节日市场检查。",
    "区人社局组织了六场法治讲座，覆盖企业职工。\n一是组织劳动合同法讲座；二是组织社会保险法讲座。\n"
    "三是组织工伤保险条例讲座；四是组织仲裁法讲座；五是组织就业促进法讲座。",
    "区税务局举办了3期业务培训，提升执法能力。\n一是举办纳税服务培训；二是举办稽查执法培训；三是"
    "举办法律知识培训；四是举办数字化培训。",
    "镇综合执法办开展了两次联合执法，整治突出问题。\n一是开展渣土车联合执法；二是开展夜市联合执法；"
    "三是开展河道联合执法。",
    "区教育局制定了5项校园安全制度，筑牢安全防线。\n一是制定门卫管理规定；二是制定食堂管理规定；"
    "三是制定校车管理规定；四是制定住校生管理规定。",
    "区公安分局开展七类专项整治，维护社会稳定。\n一是开展电诈整治；二是开展涉黄整治；三是开展涉赌"
    "整治；四是开展盗抢整治；五是开展交通整治；六是开展消防整治。",
    "区应急管理局组织了三次应急演练，检验预案实效。\n（一）组织防汛演练；\n（二）组织消防演练；\n"
    "（三）组织危化品泄漏演练；\n（四）组织地震避险演练。",
]

VERB_RIGHT = [
    "2023年，区生态环境分局组织开展了4次专项执法行动，形成高压态势。\n一是开展企业专项检查，"
    "检查企业146家。\n二是开展排污口整治，排查87个；三是开展危废专项检查，检查63家。\n"
    "四是开展扬尘专项整治，检查工地212个次。",
    "区市场监管局开展了三轮食品安全检查，守护舌尖安全。\n一是开展校园周边检查；二是开展农贸市场"
    "检查；三是开展节日市场检查。",
    # the items do not repeat the verb: how the work was done, not the count's items
    "区人社局组织了六场法治讲座，覆盖企业职工。\n一是加强组织领导；二是强化督促检查。",
    "区税务局举办了3期业务培训，提升执法能力。\n一是举办纳税服务培训；二是举办稽查执法培训；三是"
    "举办法律知识培训。",
    "镇综合执法办开展了两次联合执法，整治突出问题。\n一是开展渣土车联合执法；二是开展夜市联合执法。",
    # only one item repeats the verb
    "区教育局制定了5项校园安全制度，筑牢安全防线。\n一是制定门卫管理规定；二是加强宣传；三是强化"
    "考核。",
    "区公安分局开展七类专项整治，维护社会稳定。\n一是开展电诈整治；二是开展涉黄整治；三是开展涉赌"
    "整治；四是开展盗抢整治；五是开展交通整治；六是开展消防整治；七是开展食药环整治。",
    # another sentence after the announcement: the list may be of that
    "区应急管理局组织了三次应急演练，检验预案实效。全年培训人员500人次。\n（一）组织防汛演练；\n"
    "（二）组织消防演练；\n（三）组织危化品泄漏演练；\n（四）组织地震避险演练。",
]


@pytest.mark.parametrize("text", VERB_WRONG)
def test_items_repeating_the_announcing_verb_that_miss_the_count(text: str) -> None:
    _wrong(text)


@pytest.mark.parametrize("text", VERB_RIGHT)
def test_items_repeating_the_verb_that_fit_or_do_not_repeat_it(text: str) -> None:
    _right(text)


def test_items_repeating_the_verb_are_a_warning_that_shows_them() -> None:
    [(severity, message)] = _found(VERB_WRONG[0])
    assert severity is Severity.WARNING
    assert "5次专项执法行动" in message and "4项" in message and "四是开展" in message


# --- 4. a set phrase after the announcement; a year is no figure of the work -----------------

IDIOM_WRONG = [
    "2023年，区司法局牵头出台了四项配套制度，推动行政执法“三项制度”在全区落地见效。\n一是修订"
    "《公示办法》；二是制定《全过程记录细则》。\n三是建立《法制审核目录》。",
    "2023年，区城管局出台了五项配套措施，树牢“四个意识”。\n一是制定《执法规范》；二是修订《裁量"
    "基准》；三是印发《文书范本》；四是出台《考核办法》。",
    "2023年，区交通局制定了六项实施细则，规范执法行为。\n一是《路政许可细则》；二是《运政处罚细则》；"
    "三是《港航检查细则》。",
    "2023年，区教育局制定完善了依法治校六项配套制度，推动学校治理现代化。\n一是《章程修订指引》；"
    "二是《安全防控办法》；三是《惩戒细则》；四是《申诉办法》；五是《校务公开办法》。",
    "2023年，区民政局修订了3项内部制度，增强“四个意识”。\n一是修订《救助审批规程》；二是修订"
    "《低保复核办法》；三是修订《临时救助办法》；四是修订《资金管理办法》。",
    "2023年，区水务局出台四项管理办法，强化依法治水。\n一是《河道巡查办法》；二是《取水许可办法》；"
    "三是《排水许可办法》；四是《节水考核办法》；五是《执法协作办法》。",
    "2023年，区林业局制定五项配套规定，推动“三项制度”落地。\n一是《公示规定》；二是《记录规定》；"
    "三是《审核规定》。",
    "2023年3月，区商务局出台了两项工作规则，落实“两个确立”。\n一是《议事规则》；二是《决策规则》；"
    "三是《督办规则》。",
]

IDIOM_RIGHT = [
    "2023年，区司法局牵头出台了四项配套制度，推动行政执法“三项制度”在全区落地见效。\n一是修订"
    "《公示办法》；二是制定《全过程记录细则》。\n三是建立《法制审核目录》；四是出台《考核办法》。",
    "2023年，区城管局出台了五项配套措施，树牢“四个意识”。\n一是制定《执法规范》；二是修订《裁量"
    "基准》；三是印发《文书范本》；四是出台《考核办法》；五是制定《评议办法》。",
    # the set phrase's own three items: the reading of the set phrase may hold
    "2023年，街道建立了两项工作制度，落实“三项制度”要求。\n一是《执法公示制度》；二是《法制审核"
    "制度》；三是《全过程记录制度》。",
    "2023年，区教育局制定完善了依法治校六项配套制度。\n全区58所中小学全部完成章程修订。",
    # measures naming nothing that was counted
    "2023年，区水务局出台四项管理办法，推动“三项制度”落地。\n一是加强组织领导；二是强化督促检查。",
    "2023年，区林业局制定两项配套规定，推动“三项制度”落地。\n一是《公示规定》；二是《记录规定》。",
    "2023年，区民政局修订了3项内部制度，增强“四个意识”。\n一是修订《救助审批规程》；二是修订"
    "《低保复核办法》；三是修订《临时救助办法》。",
    # another count after the announcement (a new count, not a set phrase)
    "2023年，区交通局制定了六项实施细则，推动五项改革，取得实效。\n一是加强组织领导；二是强化督促检查；三是"
    "严格考核问责。",
]


@pytest.mark.parametrize("text", IDIOM_WRONG)
def test_an_announcement_before_a_set_phrase_or_after_a_year_is_checked(text: str) -> None:
    _wrong(text)


@pytest.mark.parametrize("text", IDIOM_RIGHT)
def test_an_announcement_before_a_set_phrase_that_fits(text: str) -> None:
    _right(text)


# --- 5. a bracket after a long noun phrase ---------------------------------------------------

BRACKET_WRONG = [
    "组建了3支卫生健康普法志愿服务队伍（医疗纠纷调解宣讲队、健康科普宣讲队、职业病防治法宣讲队、"
    "控烟执法宣传队），全年宣讲146场。",
    "区市场监管局设立了4个食品安全快速检测服务站点（城东站、城西站、城南站），全年检测样品2.3万批次。",
    "街道成立了五个矛盾纠纷多元联动工作小组（综治组、调解组、信访组、法律组），全年化解纠纷216件。",
    "区司法局打造了两个青少年法治教育实践基地（宪法馆、禁毒馆、消防馆），接待师生1.2万人次。",
    "区人社局推出了六项劳动保障监察便民举措（网上投诉、电话受理、上门服务、预约办理、容缺受理），"
    "惠及群众3000人次。",
    "区应急局建立了3个安全生产风险监测预警平台系统（危化品平台、尾矿库平台、消防平台、燃气平台），"
    "覆盖企业412家。",
    "区教育局评选了四所依法治校示范学校（实验小学、第二中学、职教中心），带动全区学校86所。",
    "区医保局开通了2条医保基金社会监督举报渠道（电话、网站、信箱），全年受理举报56件。",
]

BRACKET_RIGHT = [
    "组建了4支卫生健康普法志愿服务队伍（医疗纠纷调解宣讲队、健康科普宣讲队、职业病防治法宣讲队、"
    "控烟执法宣传队），全年宣讲146场。",
    "区市场监管局设立了3个食品安全快速检测服务站点（城东站、城西站、城南站），全年检测样品2.3万批次。",
    # the bracket qualifies a verb's object, not the counted noun
    "街道成立5个工作小组开展矛盾纠纷排查（综治、调解、信访、法律），全年化解纠纷216件。",
    # a partial bracket (含)
    "区司法局打造了两个青少年法治教育实践基地（含宪法馆、禁毒馆、消防馆），接待师生1.2万人次。",
    "区人社局推出了六项劳动保障监察便民举措（网上投诉、电话受理等），惠及群众3000人次。",
    # the bracket names kinds of unit
    "全区12个乡镇街道综合行政执法机构（乡镇、街道）全部完成挂牌，执法人员386名。",
    "区教育局评选了三所依法治校示范学校（实验小学、第二中学、职教中心），带动全区学校86所。",
    "区医保局开通了3条医保基金社会监督举报渠道（电话、网站、信箱），全年受理举报56件。",
]


@pytest.mark.parametrize("text", BRACKET_WRONG)
def test_a_bracket_after_a_long_noun_that_misses_the_count(text: str) -> None:
    _wrong(text)


@pytest.mark.parametrize("text", BRACKET_RIGHT)
def test_a_bracket_after_a_long_noun_that_fits_or_qualifies(text: str) -> None:
    _right(text)


def test_a_bracket_after_a_long_noun_names_the_noun_whole() -> None:
    [(_, message)] = _found(BRACKET_WRONG[0])
    assert "3支卫生健康普法志愿服务队伍" in message and "4项" in message


# --- 6. 分别 and a verb of host or site; a long counted noun ---------------------------------

HOST_WRONG = [
    "2023年，分局共设立5个执法办案管理中心。\n上述中心分别依托城东派出所、城西派出所、经开区"
    "派出所和高铁新城派出所建设。",
    "区司法局组建4支法律服务队，分别派驻城东街道、城西街道和滨江镇。",
    # an eleven-character noun whose head word is the lead's
    "全区建成六个青少年法治教育实践基地。\n这些实践基地分别设在区法院、区检察院、区禁毒教育馆、"
    "区消防救援大队和交警大队。",
    "区人社局设立3个劳动争议调解工作室，分别挂靠开发区管委会、物流园管委会、商贸城管委会和工业园"
    "管委会。",
    "区税务局设立了5个办税服务点，分别嵌入政务服务中心、城东街道便民中心、城西街道便民中心和产业园"
    "服务中心。",
    "区卫健委建成两个卫生监督执法分队，分别进驻东部片区、中部片区和西部片区。",
    "镇政府设置了4个法律服务站。\n这些服务站分别坐落在东村、西村和南村。",
    "区应急局组建3支救援队，分别驻扎在北山、南湖、东港、西岭和中坝。",
]

HOST_RIGHT = [
    "2023年，分局共设立4个执法办案管理中心。\n上述中心分别依托城东派出所、城西派出所、经开区"
    "派出所和高铁新城派出所建设。",
    "区司法局组建3支法律服务队，分别派驻城东街道、城西街道和滨江镇。",
    "全区建成五个青少年法治教育实践基地。\n这些实践基地分别设在区法院、区检察院、区禁毒教育馆、"
    "区消防救援大队和交警大队。",
    "区人社局设立4个劳动争议调解工作室，分别挂靠开发区管委会、物流园管委会、商贸城管委会和工业园"
    "管委会。",
    # 分别在: members may share a place; fewer places is fine
    "区司法局组织3场法治讲座，分别在东村和西村举行。",
    "区卫健委建成三个卫生监督执法分队，分别进驻东部片区、中部片区和西部片区。",
    # the lead names another thing
    "镇政府设置了4个法律服务站。\n这些村分别坐落在东山和西山。",
    # 和 may join two: four or three
    "区应急局组建3支救援队，分别驻扎在北山、南湖、东港和西岭。",
]


@pytest.mark.parametrize("text", HOST_WRONG)
def test_members_given_hosts_that_miss_the_count(text: str) -> None:
    _wrong(text)


@pytest.mark.parametrize("text", HOST_RIGHT)
def test_members_given_hosts_that_fit(text: str) -> None:
    _right(text)


def test_a_lead_by_another_verb_is_not_linked_but_the_same_verb_is() -> None:
    wrong = (
        "区人社局新设了三个劳动仲裁庭。\n新设的仲裁庭分别是：开发区庭、物流园庭、商贸城庭、"
        "工业园庭和港区庭。"
    )
    assert [s for s, _ in _found(wrong)] == [Severity.WARNING]


# === time ====================================================================================
# A report on year Y is written in the first quarter of Y+1: a fact dated later cannot be in it
# (N301); a plan for next year must name Y+1; a whole year's figure cannot be smaller than a
# part of the same year's (N302).

CUTOFF_WRONG = [
    ("全年受理行政复议案件86件。\n本报告所列数据统计截止时间为2024年4月30日。", 2023),
    ("全年办理法律援助案件512件。\n以上数据截至日期为2024年5月31日，均为全年累计数。", 2023),
    ("全年查处违法案件64件。\n本报告数据统计截止日期是2023年6月30日。", 2022),
    ("全年受理投诉举报4380件。数据截止时间为2025年7月1日。", 2024),
    ("全年办理行政许可3218件。\n相关数据的统计截止时点为2022年9月30日。", 2021),
    ("全年开展执法检查1035户次。\n文中数据截至时间为2026年4月15日。", 2025),
    ("全年调解矛盾纠纷2160件。\n统计截止时间为2024年12月31日。", 2023),
    ("全年处理信访事项826件。\n本报告数据截止日期为2025年6月。", 2024),
]
CUTOFF_RIGHT = [
    ("全年受理行政复议案件86件。\n本报告所列数据统计截止时间为2023年12月31日。", 2023),
    ("全年办理法律援助案件512件。\n以上数据截至日期为2024年3月31日，均为全年累计数。", 2023),
    ("全年查处违法案件64件。\n本报告数据统计截止日期是2023年2月28日。", 2022),
    ("全年受理投诉举报4380件。数据截止时间为2025年1月10日。", 2024),
    # a deadline that lies ahead: a plan
    ("下一步，将于2022年9月30日前完成整改，整改截止时间为2022年9月30日。", 2021),
    # the date of a document quoted
    ("全年开展执法检查1035户次，依据《2026年4月15日印发的通知》开展。", 2025),
    ("全年调解矛盾纠纷2160件，数据截止时间为年底。", 2023),
    ("全年处理信访事项826件。\n本报告数据截止日期为2024年12月。", 2024),
]
SUBJECT_WRONG = [
    (
        "全年组织集中学法8次。2022年5月18日，组织召开国土空间规划法律法规专题培训会，参训126人次。",
        2021,
    ),
    ("2023年6月，组织开展城乡规划法宣传周活动，发放资料3000份。", 2022),
    ("2024年8月，联合规划局开展违法建设专项整治，拆除违建56处。", 2023),
    ("2025年5月，办理建设工程规划许可证128件。", 2024),
    ("2021年7月，举办城市规划条例专题讲座2场，参训干部160人次。", 2020),
    ("2026年6月，邀请规划委专家开展法治讲座，参训干部90人次。", 2025),
    ("2024年9月，组织国土空间规划法律知识考试，参考人员210人。", 2023),
    ("2023年10月，开展规划许可执法检查，检查项目46个。", 2022),
]
SUBJECT_RIGHT = [
    (
        "全年组织集中学法8次。2022年3月18日，组织召开国土空间规划法律法规专题培训会，参训126人次。",
        2021,
    ),
    ("计划于2023年6月组织开展城乡规划法宣传周活动。", 2022),
    # a plan word: the date is a target
    ("按照规划，2024年8月前完成违法建设专项整治。", 2023),
    ("力争2025年5月完成建设工程规划许可证审批系统升级。", 2024),
    ("2020年7月，举办城市规划条例专题讲座2场，参训干部160人次。", 2020),
    ("下一步，2026年6月将邀请规划委专家开展法治讲座。", 2025),
    ("编制完成《国土空间总体规划（2021—2035年）》，明确2035年发展目标。", 2023),
    ("将于2023年10月开展规划许可执法检查。", 2022),
]
PLANNOUN_WRONG = [
    ("一是严格执法监管。2024年，我局共开展“双随机、一公开”检查计划76次，抽查企业438家次。", 2022),
    ("2025年，区市场监管局共制定抽查计划12项，抽查企业320家。", 2023),
    ("2024年，全区累计下达执法检查计划46批次，检查企业1280家次。", 2022),
    ("2026年，区应急局共完成年度检查计划86次，查处隐患312项。", 2024),
    ("2023年，我局共审核规划12项，办理许可86件。", 2021),
    ("2025年，区教育局已完成培训计划9期，培训教师630人次。", 2023),
    ("2027年，区人社局共落实监察计划15项，追发工资286万元。", 2025),
    ("2022年，区税务局共执行稽查计划32户，查补税款1200万元。", 2020),
]
PLANNOUN_RIGHT = [
    ("一是严格执法监管。2022年，我局共开展“双随机、一公开”检查计划76次，抽查企业438家次。", 2022),
    ("2023年，区市场监管局共制定抽查计划12项，抽查企业320家。", 2023),
    # a plan: 计划 not counted, 将
    ("2024年，全区将下达执法检查计划，力争检查企业1280家次。", 2022),
    ("下一步，2026年区应急局计划完成检查86次。", 2025),
    ("2023年，我局拟审核规划12项。", 2022),
    ("2025年，区教育局将完成培训计划9期。", 2024),
    ("按照2027年检查计划，区人社局确定了检查重点。", 2026),
    ("2021年，区税务局共执行稽查计划32户，查补税款1200万元。", 2021),
]
LONGBODY_WRONG = [
    (
        "下一步，区住房和城乡建设局将在2021年重点做好以下工作：一是修订裁量基准；二是开展案卷评查。",
        2021,
    ),
    ("下一步，区市场监督管理局将在2023年重点推进信用监管。", 2023),
    ("下一步，区人力资源和社会保障局将于2022年重点抓好以下工作。", 2022),
    ("下一步，区生态环境综合执法大队将在2024年继续深化执法改革。", 2024),
    ("下一步，区卫生健康委员会将在2020年重点做好依法行医监管。", 2020),
    ("下一步，区交通运输综合执法支队将在2021年全面推行非现场执法。", 2021),
    ("下一步，区文化广电和旅游局将在2023年重点推进综合执法。", 2023),
    ("下一步，区农业农村局执法大队将在2025年持续开展农资打假。", 2025),
]
LONGBODY_RIGHT = [
    (
        "下一步，区住房和城乡建设局将在2022年重点做好以下工作：一是修订裁量基准；二是开展案卷评查。",
        2021,
    ),
    ("下一步，区市场监督管理局将在2024年重点推进信用监管。", 2023),
    ("下一步，区人力资源和社会保障局将于2023年重点抓好以下工作。", 2022),
    # the report year's work as the plan's base
    ("下一步，区生态环境保护综合执法大队将在2024年工作的基础上继续深化改革。", 2024),
    ("2020年，区卫生健康委员会重点做好依法行医监管。", 2020),
    ("下一步，区交通运输综合执法支队将在2022年全面推行非现场执法。", 2021),
    ("区文化广电和旅游局在2023年重点推进综合执法，查处案件86件。", 2023),
    ("下一步，区农业农村局执法大队将在2026年持续开展农资打假。", 2025),
]
ELIDED_WRONG = [
    (
        "全年共完成老旧小区违法建设拆除整治186处。\n据统计，1至9月已累计完成违法建设拆除整治213处。",
        2025,
    ),
    ("全年受理农民工欠薪投诉举报案件320件。\n上半年受理欠薪投诉举报案件356件。", 2023),
    ("全年办理城区占道经营整治案件86件。\n前三季度办理占道经营整治案件102件。", 2024),
    ("全年调解住宅小区物业服务纠纷412件。\n1至6月调解物业服务纠纷450件。", 2022),
    ("全年开展校园周边食品安全检查126次。\n上半年已开展食品安全检查140次。", 2023),
    ("全年查处高速公路超限超载车辆214台次。\n前三季度已累计查处超限超载车辆260台次。", 2024),
    ("全年受理道路交通事故损害赔偿纠纷78件。\n1至6月受理损害赔偿纠纷96件。", 2021),
    ("全年办理不动产登记业务3200件。\n上半年办理不动产登记业务3500件。", 2023),
]
ELIDED_RIGHT = [
    (
        "全年共完成老旧小区违法建设拆除整治186处。\n据统计，1至9月已累计完成违法建设拆除整治113处。",
        2025,
    ),
    # the whole is a kind of a list (等): narrower
    ("全年查处酒驾醉驾等严重交通违法行为120起。\n上半年查处交通违法行为300起。", 2023),
    # the part stated first, the whole later with more words: the whole may be narrower
    ("前三季度完成违法建设拆除整治213处。\n全年完成老旧小区违法建设拆除整治186处。", 2024),
    # a part of another year
    ("全年调解物业服务合同纠纷412件。\n2021年1至6月调解合同纠纷450件。", 2022),
    ("全年开展校园周边食品安全检查126次。\n上半年已开展食品安全检查100次。", 2023),
    # the part's noun is too short to name one thing
    ("全年查处高速公路超限超载车辆214台次。\n前三季度查处车辆260台次。", 2024),
    # a body's figure against the whole area's
    ("区交警大队全年受理道路交通事故损害赔偿纠纷78件。\n1至6月全区受理损害赔偿纠纷96件。", 2021),
    ("全年办理不动产登记业务3200件。\n上半年办理不动产登记业务1500件。", 2023),
]


def _time(text: str, year: int) -> list[tuple[str, Severity]]:
    return [
        (r.code, r.severity)
        for r in contradictions(analyze_text(text, year))
        if r.code in ("N301", "N302") and r.severity is not None
    ]


@pytest.mark.parametrize(("text", "year"), CUTOFF_WRONG)
def test_a_data_cut_off_named_as_a_time_after_the_first_quarter(text: str, year: int) -> None:
    assert [c for c, _ in _time(text, year)] == ["N301"], text


@pytest.mark.parametrize(("text", "year"), CUTOFF_RIGHT)
def test_a_data_cut_off_within_the_first_quarter_or_a_deadline(text: str, year: int) -> None:
    assert _time(text, year) == [], text


def test_a_cut_off_time_shows_its_words() -> None:
    text, year = CUTOFF_WRONG[0]
    [r] = [r for r in contradictions(analyze_text(text, year)) if r.code == "N301"]
    assert "截止时间为2024年4月30日" in r.message and "2024年第一季度" in r.message


@pytest.mark.parametrize(("text", "year"), SUBJECT_WRONG)
def test_guihua_naming_a_subject_does_not_make_a_later_date_a_plan(text: str, year: int) -> None:
    assert [c for c, _ in _time(text, year)] == ["N301"], text


@pytest.mark.parametrize(("text", "year"), SUBJECT_RIGHT)
def test_dates_in_plans_or_within_the_writing_time(text: str, year: int) -> None:
    assert _time(text, year) == [], text


@pytest.mark.parametrize(("text", "year"), PLANNOUN_WRONG)
def test_plans_counted_as_done_work_dated_later(text: str, year: int) -> None:
    assert [c for c, _ in _time(text, year)] == ["N301"], text


@pytest.mark.parametrize(("text", "year"), PLANNOUN_RIGHT)
def test_plans_counted_in_the_report_year_or_planned(text: str, year: int) -> None:
    assert _time(text, year) == [], text


@pytest.mark.parametrize(("text", "year"), LONGBODY_WRONG)
def test_a_plan_of_a_long_named_body_dated_with_the_report_year(text: str, year: int) -> None:
    assert _time(text, year) == [("N301", Severity.WARNING)], text


@pytest.mark.parametrize(("text", "year"), LONGBODY_RIGHT)
def test_a_plan_of_a_long_named_body_for_the_next_year(text: str, year: int) -> None:
    assert _time(text, year) == [], text


@pytest.mark.parametrize(("text", "year"), ELIDED_WRONG)
def test_a_part_of_the_year_named_with_fewer_words_later(text: str, year: int) -> None:
    assert [c for c, _ in _time(text, year)] == ["N302"], text


@pytest.mark.parametrize(("text", "year"), ELIDED_RIGHT)
def test_a_narrower_whole_a_later_year_or_a_fitting_part(text: str, year: int) -> None:
    assert _time(text, year) == [], text


def test_an_elided_later_part_is_a_warning_with_the_arithmetic() -> None:
    text, year = ELIDED_WRONG[0]
    [r] = [r for r in contradictions(analyze_text(text, year)) if r.code == "N302"]
    assert r.severity is Severity.WARNING
    assert "186" in r.message and "213" in r.message and "1至9月" in r.message


# --- one month of the year alone (N302) ---

ONE_MONTH_WRONG = [
    ("12月份办理法律援助案件96件，全年办理法律援助案件88件。", 2023),
    ("6月，区应急局组织开展安全生产月活动，检查企业320家。全年共检查企业300家。", 2023),
    ("全年受理行政复议申请52件。\n3月受理行政复议申请61件。", 2023),
    ("上半年查处违法建设37处，其中5月查处违法建设41处。", 2023),
    ("十月份全区调解纠纷230件，全年调解纠纷216件。", 2024),
    ("2023年11月，全区办理不动产登记3500件。\n2023年全年办理不动产登记3200件。", 2023),
    ("第四季度受理投诉860件，其中12月受理投诉900件。", 2022),
    ("全年开展普法讲座86场。9月份开展普法讲座92场。", 2022),
]
ONE_MONTH_RIGHT = [
    ("6月18日，检查企业320家。全年共检查企业300家。", 2023),
    ("6月底，全区共有执业律师320名。全年新增执业律师30名。", 2023),
    ("6月起，全区开展专项整治，查处案件120件。全年查处案件100件。", 2023),
    ("1至6月受理行政复议申请52件，全年受理行政复议申请86件。", 2023),
    ("12月份办理法律援助案件96件，全年办理法律援助案件880件。", 2023),
    ("2022年12月办理法律援助案件96件，2023年全年办理法律援助案件88件。", 2023),
    ("3个月内受理投诉120件，全年受理投诉100件。", 2023),
    ("3月受理行政复议申请61件，较上年3月增加12件，全年受理行政复议申请520件。", 2023),
    ("6月，区司法局开展宪法宣传活动12场，全年开展普法活动320场。", 2023),
    ("5月至9月开展夏季治安打击整治行动，查处案件120件，全年查处案件860件。", 2023),
]


@pytest.mark.parametrize(("text", "year"), ONE_MONTH_WRONG)
def test_one_month_figure_above_the_whole_or_the_part_holding_it(text: str, year: int) -> None:
    assert "N302" in [c for c, _ in _time(text, year)], text


@pytest.mark.parametrize(("text", "year"), ONE_MONTH_RIGHT)
def test_dates_cut_offs_starts_ranges_and_fitting_months(text: str, year: int) -> None:
    assert _time(text, year) == [], text


def test_one_month_against_the_year_shows_both_figures() -> None:
    text, year = ONE_MONTH_WRONG[0]
    [r] = [r for r in contradictions(analyze_text(text, year)) if r.code == "N302"]
    assert "88" in r.message and "96" in r.message and "12月份" in r.message


# --- parts of the year whose noun is elided (「二季度受理1300件」) ---

TILE_WRONG = [
    (
        "一季度受理12345热线诉求1200件，二季度受理1300件，三季度受理1100件，四季度受理1250件，全年受理4650件。",
        2023,
    ),
    ("上半年办理法律援助案件320件，下半年办理290件，全年办理598件。", 2023),
    ("第一季度受理复议申请30件，第二季度受理36件，全年受理60件。", 2023),
    ("区税务局上半年办理退税业务1.2万户次，下半年办理0.9万户次，全年办理2.4万户次。", 2024),
    (
        "一季度调解纠纷六十件，二季度调解八十件，三季度调解七十件，四季度调解九十件，全年调解二百八十件。",
        2022,
    ),
    ("上半年，区城管局查处占道经营1200起；下半年查处1500起；全年查处2500起。", 2023),
    ("第一季度办理不动产登记820件，第二季度办理910件，第三季度办理870件，全年办理2400件。", 2021),
    ("前三季度开展执法检查860次，第四季度开展310次，全年共开展1100次。", 2024),
]
TILE_RIGHT = [
    (
        "一季度受理12345热线诉求1200件，二季度受理1300件，三季度受理1100件，四季度受理1250件，全年受理4850件。",
        2023,
    ),
    ("上半年办理法律援助案件320件，下半年办理290件，全年办理610件。", 2023),
    # another verb: another count
    ("上半年受理复议申请30件，下半年审结36件，全年受理60件。", 2023),
    ("一季度受理投诉1200件，二季度办结投诉1300件，全年受理投诉2000件。", 2023),
    # an approximation
    ("上半年办理退税业务1.2万余户次，下半年办理0.9万余户次，全年办理2万余户次。", 2024),
    (
        "一季度调解纠纷六十件，二季度调解八十件，三季度调解七十件，四季度调解九十件，全年调解三百件。",
        2022,
    ),
    # last year's halves
    ("去年上半年查处占道经营1200起，下半年查处1500起；今年全年查处2500起。", 2023),
    ("第一季度办理不动产登记820件，第二季度办理910件，第三季度办理870件，全年办理3400件。", 2021),
]


@pytest.mark.parametrize(("text", "year"), TILE_WRONG)
def test_elided_parts_of_the_year_that_do_not_add_up(text: str, year: int) -> None:
    assert ("N302", Severity.WARNING) in _time(text, year), text


@pytest.mark.parametrize(("text", "year"), TILE_RIGHT)
def test_elided_parts_that_add_up_or_count_other_things(text: str, year: int) -> None:
    assert _time(text, year) == [], text


def test_elided_quarters_are_shown_with_their_sum() -> None:
    text, year = TILE_WRONG[0]
    [r] = [r for r in contradictions(analyze_text(text, year)) if r.code == "N302"]
    assert "4850" in r.message and "4650" in r.message


# --- 7. 第N and the counted noun's head (第一分队…第四分队); an attribute before 分别为 ---------

ORDINAL_HEAD_WRONG = [
    # more ordinals than announced: there is no 第四分队 of three
    "区水务局组建三支执法分队，第一分队负责河道巡查，第二分队负责取水许可，第三分队负责排水监管，"
    "第四分队负责节水执法。",
    "区应急局组成3个检查小组，第一小组检查危化品企业；第二小组检查烟花爆竹经营点；第三小组检查"
    "加油站；第四小组检查燃气企业。",
    "区税务局设立两个办税厅，第一办税厅位于政务中心，第二办税厅位于高新区，第三办税厅位于港区。",
    "全区分两批开展执法证件换发工作，第一批换发320本，第二批换发280本，第三批换发150本。",
    "区委政法委派出2个督导组，第一督导组督导东城街道，第二督导组督导西城街道，第三督导组督导滨江镇。",
    "街道成立了两个调解小组，第一调解小组负责物业纠纷，第二调解小组负责婚姻家庭纠纷，第三调解小组"
    "负责邻里纠纷。",
    "区人社局组建三个劳动监察中队，第一中队负责建筑领域，第二中队负责制造业，第三中队负责服务业，"
    "第四中队负责餐饮业。",
    "区公安分局开设4个专窗，第一专窗办理户籍，第二专窗办理身份证，第三专窗办理出入境，第四专窗办理"
    "车驾管，第五专窗办理治安许可。",
]

ORDINAL_HEAD_RIGHT = [
    "区水务局组建四支执法分队，第一分队负责河道巡查，第二分队负责取水许可，第三分队负责排水监管，"
    "第四分队负责节水执法。",
    "区委政法委派出3个督导组，第一督导组督导东城街道，第二督导组督导西城街道，第三督导组督导滨江镇。",
    "全区分三批开展执法证件换发工作，第一批换发320本，第二批换发280本，第三批换发150本。",
    # fewer: the sentence may go on about some members only
    "镇政府设立五个网格，第一网格覆盖东村，第二网格覆盖西村。",
    "区卫健委组建六支应急队伍，第一支队伍负责传染病防控，第二支队伍负责医疗救治。",
    # ordinals of another noun (季度)
    "区应急局组成3个检查小组，第一季度检查危化品企业，第二季度检查加油站，第三季度检查燃气企业，"
    "第四季度检查烟花爆竹经营点。",
    # another sentence
    "区税务局设立两个办税厅。第一办税厅位于政务中心，第二办税厅位于高新区，第三办税厅位于港区。",
    "街道成立了7个调解小组，其中第一调解小组负责物业纠纷。",
]

ATTRIBUTE_WRONG = [
    "区司法局组织了6场法治讲座，主题分别为宪法、民法典、行政复议法、安全生产法和反电诈。",
    "设立5个调解工作室，名称分别为“老娘舅”“和为贵”“连心桥”“解忧坊”。",
    "区人社局组建3个工作专班，牵头领导分别为张某、李某、王某、赵某和刘某。",
    "区教育局举办了两期培训班，培训对象分别是校长、法治副校长、班主任和辅导员。",
    "全镇共建成4个村级公共法律服务室，分布在东村、西村、南村、北村、中心村和新村。",
    "区城管局组建4支执法中队，驻地分别为城东、城西和城南。",
    "区生态环境局开展3次专项执法，主题依次为大气、水、土壤、固废和噪声。",
    "区医保局成立了五个监管小组，组长分别为张某、李某和王某。",
]

ATTRIBUTE_RIGHT = [
    "区司法局组织了5场法治讲座，主题分别为宪法、民法典、行政复议法、安全生产法和反电诈。",
    "设立4个调解工作室，名称分别为“老娘舅”“和为贵”“连心桥”“解忧坊”。",
    "区人社局组建3个工作专班，牵头领导分别为张某、李某和王某。",
    # 其中: a subset
    "组织3场讲座，其中2场分别为宪法和民法典专题。",
    # spread over fewer places: several may share one
    "全镇共建成4个村级公共法律服务室，分布在东村、西村和南村。",
    "区城管局组建3支执法中队，驻地分别为城东、城西和城南。",
    "区生态环境局开展5次专项执法，主题依次为大气、水、土壤、固废和噪声。",
    # a 和 may join two names of one: two or three
    "区医保局成立了两个监管小组，组长分别为张某、李某和王某。",
]


@pytest.mark.parametrize("text", ORDINAL_HEAD_WRONG)
def test_more_ordinals_of_the_counted_noun_than_announced(text: str) -> None:
    assert [s for s, _ in _found(text)] == [Severity.ERROR], text


@pytest.mark.parametrize("text", ORDINAL_HEAD_RIGHT)
def test_ordinals_that_fit_are_fewer_or_name_another_thing(text: str) -> None:
    _right(text)


@pytest.mark.parametrize("text", ATTRIBUTE_WRONG)
def test_an_attribute_of_each_member_listed_in_another_number(text: str) -> None:
    _wrong(text)


@pytest.mark.parametrize("text", ATTRIBUTE_RIGHT)
def test_an_attribute_of_each_member_that_fits_or_a_subset(text: str) -> None:
    _right(text)


# --- the report's own date (its signature, 「本报告于…报送」) ---

OWN_WRONG = [
    (
        "2024年2月20日，区司法局召开全区法治政府建设推进会，部署年度重点任务。\n区司法局\n2024年1月15日",
        2023,
    ),
    (
        "本报告于2024年1月20日报送。\n2024年3月，区政府完成了行政规范性文件清理工作，废止文件12件。",
        2023,
    ),
    ("截至2024年3月31日，全区已办结信访事项826件。\n区人民政府\n2024年2月28日", 2023),
    ("2025年1月28日，区人社局召开根治欠薪工作会议，追发工资286万元。\n2025年1月20日", 2024),
    (
        "全年受理复议案件86件。2023年3月，我局组织开展执法案卷评查，评查案卷120卷。\n区市场监管局\n2023年2月10日",
        2022,
    ),
    (
        "2022年2月，区教育局印发《依法治校工作要点》，部署重点工作12项。\n区教育局  2022年1月25日",
        2021,
    ),
    (
        "区税务局于2026年3月10日召开专题会议，研究整改问题8个。\n国家税务总局某区税务局\n2026年3月1日",
        2025,
    ),
    (
        "本报告于2024年2月1日经区政府常务会议审议通过。\n2024年3月，区政府出台重大行政决策目录，列入事项6项。",
        2023,
    ),
]
OWN_RIGHT = [
    ("2024年1月10日，区司法局召开全区法治政府建设推进会。\n区司法局\n2024年1月15日", 2023),
    ("截至2024年1月31日，全区已办结信访事项826件。\n区人民政府\n2024年2月28日", 2023),
    # a plan after the report's date
    ("下一步，我局将于2025年3月开展执法案卷评查。\n2025年1月20日", 2024),
    (
        "全年受理复议案件86件，计划2023年3月组织开展执法案卷评查。\n区市场监管局\n2023年2月10日",
        2022,
    ),
    # the month of the signature itself
    ("2022年1月，区教育局印发《依法治校工作要点》。\n区教育局  2022年1月25日", 2021),
    # a date of another year in the signature: not the report's
    ("2024年2月20日，区司法局召开全区法治政府建设推进会。\n2023年12月30日", 2023),
    # no signature date: the first quarter is the writing time
    ("2024年2月20日，区司法局召开全区法治政府建设推进会。", 2023),
    (
        "本报告于2024年2月1日经区政府常务会议审议通过。\n2024年1月，区政府出台重大行政决策目录，列入事项6项。",
        2023,
    ),
]


@pytest.mark.parametrize(("text", "year"), OWN_WRONG)
def test_a_fact_dated_after_the_reports_own_date(text: str, year: int) -> None:
    assert _time(text, year) == [("N301", Severity.WARNING)], text


@pytest.mark.parametrize(("text", "year"), OWN_RIGHT)
def test_facts_before_the_reports_date_plans_and_no_date(text: str, year: int) -> None:
    assert _time(text, year) == [], text


def test_the_reports_own_date_is_named_in_the_message() -> None:
    text, year = OWN_WRONG[0]
    [r] = [r for r in contradictions(analyze_text(text, year)) if r.code == "N301"]
    assert "2024年2月20日" in r.message and "2024年1月15日" in r.message


# --- 8. a summary count of parts of the work; 具体情况如下; slogans whose items repeat its word --

SUMMARY_WRONG = [
    "2023年，区司法局围绕中心工作，重点推进了四个方面的工作，取得明显成效。\n（一）深化行政复议"
    "改革。全年受理复议案件86件。\n（二）加强法律援助。全年办理案件512件。\n（三）推进公共法律服务。",
    "区人社局着力抓好五项重点任务。\n（一）根治欠薪。\n（二）稳定就业。\n（三）规范劳动用工。"
    "\n（四）化解劳动争议。",
    "区城管局从三个方面推进严格规范执法。\n一、完善执法制度。\n二、规范执法程序。\n三、强化执法监督。"
    "\n四、提升执法能力。",
    "区税务局今年重点落实了两项举措，成效明显。\n1.推行非强制性执法。\n2.推行说理式执法。\n"
    "3.推行首违不罚。",
    "全年共出台配套制度5项，具体情况如下。\n1.《行政执法公示办法》；\n2.《执法全过程记录办法》；\n"
    "3.《法制审核办法》；\n4.《执法案卷评查办法》。",
    "区医保局制定了6项监管制度，详细情况如下：\n（一）《定点机构检查办法》。\n（二）《稽核办法》。",
    "本年度我局着力抓好“三个强化”：强化组织领导，成立领导小组；强化制度建设，出台制度5项。",
    "本年度我局坚持“四个坚持”：\n坚持党的领导，把方向。\n坚持依法行政，守底线。\n坚持执法为民，"
    "办实事。\n全年办理案件86件。",
]

SUMMARY_RIGHT = [
    "2023年，区司法局围绕中心工作，重点推进了三个方面的工作，取得明显成效。\n（一）深化行政复议"
    "改革。全年受理复议案件86件。\n（二）加强法律援助。全年办理案件512件。\n（三）推进公共法律服务。",
    "区人社局着力抓好四项重点任务。\n（一）根治欠薪。\n（二）稳定就业。\n（三）规范劳动用工。"
    "\n（四）化解劳动争议。",
    # another figure in the paragraph: the enumeration may tell how it was reached
    "区城管局推进了三项重点任务，全年办理案件860件。\n一、完善执法制度。\n二、规范执法程序。"
    "\n三、强化执法监督。\n四、提升执法能力。",
    # a count of named things (机制): items must name them
    "区税务局今年建立了两项工作机制，成效明显。\n1.推行非强制性执法。\n2.推行说理式执法。\n"
    "3.推行首违不罚。",
    "全年共出台配套制度4项，具体情况如下。\n1.《行政执法公示办法》；\n2.《执法全过程记录办法》；\n"
    "3.《法制审核办法》；\n4.《执法案卷评查办法》。",
    "本年度我局着力抓好“三个强化”：强化组织领导，成立领导小组；强化制度建设，出台制度5项；"
    "强化队伍建设，开展培训。",
    # pieces that open with other words: the list may end at any comma
    "本年度我局着力抓好三项工作：加强组织领导，成立领导小组；完善制度建设，出台制度5项。",
    "本年度我局坚持“四个坚持”：\n坚持党的领导，把方向。\n坚持依法行政，守底线。\n坚持执法为民，"
    "办实事。\n坚持改革创新，求实效。",
]


@pytest.mark.parametrize("text", SUMMARY_WRONG)
def test_summary_counts_and_slogans_that_miss_their_items(text: str) -> None:
    _wrong(text)


@pytest.mark.parametrize("text", SUMMARY_RIGHT)
def test_summary_counts_and_slogans_that_fit_or_may_mean_other_things(text: str) -> None:
    _right(text)


# --- founded in one paragraph, work 「…以来」 dated before it in the next (N304) ---------------

FOUNDED_WRONG = [
    (
        "2023年5月，市交通运输局整合执法力量，组建市交通运输综合行政执法支队。\n支队组建以来，于2023年"
        "2月至4月集中开展了超限超载治理行动，查处车辆214台次。",
        2023,
    ),
    (
        "2023年9月，区委依法治区办成立区行政执法协调监督中心。\n中心成立以来，于2023年6月开展执法案卷"
        "评查，评查案卷120卷。",
        2023,
    ),
    (
        "2024年7月，街道综合执法队正式挂牌。\n执法队挂牌以来，在2024年3月开展了违建整治，拆除违建46处。",
        2024,
    ),
    (
        "2022年10月，区公共法律服务中心建成投用。\n中心建成以来，于2022年8月接待群众咨询1200人次。",
        2022,
    ),
    (
        "2021年11月，区医保局组建医保基金监管专班。\n专班组建以来，于2021年9月至10月开展专项检查，"
        "追回基金86万元。",
        2021,
    ),
    (
        "2023年6月，镇人民调解委员会设立“老娘舅”调解室。\n调解室设立以来，于2023年4月调解纠纷36件。",
        2023,
    ),
    (
        "2024年8月1日，区税务局“枫桥式”税务所揭牌。\n税务所揭牌以来，于2024年7月15日化解涉税争议12件。",
        2024,
    ),
    ("2022年12月，区12345热线平台开通。\n平台开通以来，于2022年11月受理诉求3200件。", 2022),
]

FOUNDED_RIGHT = [
    (
        "2023年5月，市交通运输局整合执法力量，组建市交通运输综合行政执法支队。\n支队组建以来，于2023年"
        "6月至8月集中开展了超限超载治理行动，查处车辆214台次。",
        2023,
    ),
    # an earlier date named as the preparation
    (
        "2023年9月，区委依法治区办成立区行政执法协调监督中心。\n中心成立以来，开展案卷评查120卷；此前，"
        "于2023年6月完成了筹备工作。",
        2023,
    ),
    # the paragraph opens with the founding of something else
    ("2024年7月，街道综合执法队正式挂牌。\n调解室成立以来，于2024年3月调解纠纷46件。", 2024),
    # no 以来: the next paragraph may tell what was done before
    (
        "2022年10月，区公共法律服务中心建成投用。\n全年接待群众咨询1200人次，2022年8月开展了专项普法。",
        2022,
    ),
    (
        "2021年11月，区医保局组建医保基金监管专班。\n专班组建以来，于2021年12月开展专项检查，追回基金"
        "86万元。",
        2021,
    ),
    # a paragraph between: the founding is not the one before
    (
        "2023年6月，镇人民调解委员会设立“老娘舅”调解室。\n全年调解纠纷360件。\n调解室设立以来，于2023年"
        "4月调解纠纷36件。",
        2023,
    ),
    (
        "2024年8月1日，区税务局“枫桥式”税务所揭牌。\n税务所揭牌以来，于2024年8月15日化解涉税争议12件。",
        2024,
    ),
    # the year the unit was founded in as a comparison
    ("2022年12月，区12345热线平台开通。\n平台开通以来，受理诉求较2022年11月增长一倍。", 2022),
]


@pytest.mark.parametrize(("text", "year"), FOUNDED_WRONG)
def test_work_since_a_founding_told_before_dated_before_it(text: str, year: int) -> None:
    found = [
        (r.code, r.severity)
        for r in contradictions(analyze_text(text, year))
        if r.code == "N304" and r.severity is not None
    ]
    assert found == [("N304", Severity.WARNING)], text


@pytest.mark.parametrize(("text", "year"), FOUNDED_RIGHT)
def test_work_since_a_founding_dated_after_or_not_linked(text: str, year: int) -> None:
    found = [r.code for r in contradictions(analyze_text(text, year)) if r.code == "N304"]
    assert found == [], text


# --- statistics periods ending after the first quarter; 统计至; plans dated with a part of a later
# year ----------------------------------------------------------------------------------------

PERIOD_END_WRONG = [
    ("统计时间：2023年1月1日至2024年4月30日。全年受理案件86件。", 2023),
    ("统计期间为2023年1月1日—2024年5月31日，全年受理案件86件。", 2023),
    ("本报告数据统计至2024年4月30日。", 2023),
    ("全年办理法律援助案件512件，数据统计区间为2022年1月至2023年6月。", 2022),
    ("上述数据的统计时段为2024年1月1日至2025年4月15日。", 2024),
    ("全年受理投诉4380件（统计时间2021年1月至2022年5月）。", 2021),
    ("以上数据累计至2025年6月30日。", 2024),
    ("数据统计截至2026年5月，全年查处案件64件。", 2025),
]

PERIOD_END_RIGHT = [
    ("统计时间：2023年1月1日至2023年12月31日。全年受理案件86件。", 2023),
    ("统计期间为2023年1月1日—2024年3月31日，全年受理案件86件。", 2023),
    ("本报告数据统计至2024年2月29日。", 2023),
    # a campaign's period may still be going on
    ("专项行动时间为2023年10月至2024年6月，目前正在推进中。", 2023),
    ("2023年10月至2024年6月，全市将开展专项行动。", 2023),
    ("印发《2023年10月至2024年6月专项整治方案》。", 2023),
    # plans dated with a part of the next year
    ("2024年上半年，全区将建成法律服务站100个。", 2023),
    ("2024年第二季度，我局将开展专项检查；2024年下半年，计划开展执法培训2期。", 2023),
]


@pytest.mark.parametrize(("text", "year"), PERIOD_END_WRONG)
def test_a_statistics_period_ending_after_the_first_quarter(text: str, year: int) -> None:
    assert [c for c, _ in _time(text, year)] == ["N301"], text


@pytest.mark.parametrize(("text", "year"), PERIOD_END_RIGHT)
def test_periods_within_the_writing_time_campaigns_and_plans(text: str, year: int) -> None:
    assert _time(text, year) == [], text
