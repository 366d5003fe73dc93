"""False alarms on published reports, session 11 (s11-real): four shapes, each rewritten here in
new words and figures.

1. 分别 past a semicolon pairing activities of their own with figures (「调解成功…件；推行…，
   调解、排查和预防纠纷量分别为…」): one of the activities is the one the whole before the
   semicolon counts, the others are not, so the figures are no parts of that whole (N101).
2. A bracket inside a list before a count (「市场监管、公安（含交警）、自然资源三大类」): the
   list is read through the bracket, not cut at it (N203).
3. An average that is the next item of a 、 list after a figure and names a subject of its own
   (「周例会学法11次、党委会定期学法每月1次」): side by side, neither averages the other (N205).
4. A share of the cases concluded one way (以调解、和解等方式结案…，调撤率…) is taken of all
   cases concluded, not of those received or accepted; and a figure of another paragraph done
   by some means (通过调解方式结案…) is no base of a rate that does not name that means (N104).

Every sentence is written for these tests; each verdict was worked out by hand (the sums and
quotients are in the comments)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _found(text: str, code: str) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, 2024))
        if r.code == code and r.severity is not None
    ]


# --- 1. 分别 past a semicolon: activities, one of them the whole's ------------------------------

ACTIVITIES_RIGHT = [
    # whole 调解成功1380; 900+620+410 = 1930 are the counts of three activities
    "全年受理矛盾纠纷1500件，调解成功1380件；依托“老娘舅”工作室，调解、走访和排查分别为900件、"
    "620件和410件。",
    # whole 解答咨询2100; 1200+1100+900 = 3200
    "全年接待来访群众2600人次，解答咨询2100人次；推行首问负责制，接待、解答和指导分别为1200人次、"
    "1100人次和900人次。",
    # whole 整改到位580; 300+260+90 = 650
    "全年检查企业640家次，整改到位580家次；开展“安全体检”行动，检查、整改和约谈分别为300家次、"
    "260家次和90家次。",
    # whole 审核合同310; 150+120+90 = 360
    "全年审核合同310份，提出修改意见280条；建立合同台账，审核、修订和备案分别为150份、120份和90份。",
    # whole 考核合格790; 420+380+300 = 1100
    "全年培训执法人员860人次，考核合格790人次；推行“以考促学”，培训、考试和考核分别为420人次、"
    "380人次和300人次。",
    # whole 宣传活动开展96; 50+30+20 = 100
    "全年宣传活动开展96场，走访企业88家；创新“法治夜校”，宣传、讲授和走访分别为50场、30场和20场。",
    # whole 处理完毕395; 230+200+60 = 490
    "全年受理群众投诉420件，处理完毕395件；依托热线平台，处理、回复和督办分别为230件、200件和60件。",
    # whole 调解成功270; 150+90+60 = 300
    "全年受理劳动争议310件，调解成功270件；推行“厂区调解室”，调解、宣传和走访分别为150件、90件和"
    "60件。",
]

ACTIVITIES_WRONG = [
    # 其中 and no semicolon: kinds of the whole; 700+420+300 = 1420 > 1380
    "全年受理矛盾纠纷1500件，调解成功1380件，其中婚姻家庭、邻里和物业纠纷分别为700件、420件和300件。",
    # no activity is the whole's own (执法活动): 120+90+70 = 280 > 260
    "全年开展执法活动260次；检查、抽查和约谈分别为120次、90次和70次。",
    # kinds after 其中: 80+45+40 = 165 > 150
    "全年办理复议案件150件；其中行政处罚、行政强制和信息公开类分别为80件、45件和40件。",
    # no semicolon: 200+150+40 = 390 > 380
    "全年排查风险隐患380处，其中排查、整治和核查分别为200处、150处和40处。",
    # names that are no verbs: 150+120+60 = 330 > 310
    "全年审核合同310份；重大合同、一般合同和框架协议分别为150份、120份和60份。",
    # kinds of complaints: 230+120+60 = 410 > 395
    "全年受理投诉420件，处理完毕395件；市场监管、城市管理和交通运输类分别为230件、120件和60件。",
    # 罚款 a verb, 没收 and 责令停业 not: 120+60+50 = 230 > 210
    "全年查处违法案件210起；其中罚款、没收和责令停业分别为120起、60起和50起。",
    # kinds of offences: 260+150+120 = 530 > 500
    "全年查处交通违法行为500起，其中超速、酒驾和闯红灯分别为260起、150起和120起。",
]


@pytest.mark.parametrize("text", ACTIVITIES_RIGHT)
def test_activities_of_their_own_are_no_parts(text: str) -> None:
    assert _found(text, "N101") == [], text


@pytest.mark.parametrize("text", ACTIVITIES_WRONG)
def test_parts_that_exceed_their_whole_still_found(text: str) -> None:
    assert _found(text, "N101"), text


# --- 2. a bracket inside a list before a count -----------------------------------------------

BRACKET_RIGHT = [
    # 4 items: 市场监管 / 公安（含交警） / 人力社保 / 自然资源
    "全年收案中，市场监管、公安（含交警）、人力社保、自然资源四大类案件占八成以上。",
    # 3 items
    "围绕劳动争议、征地拆迁（含棚户区改造）、医疗纠纷三类重点矛盾开展专项排查。",
    # 4 towns
    "对河口镇、城关镇（含开发区）、青山镇、石门镇四个镇开展法治督察。",
    # 4 problems
    "重点整治违规广告、占道经营（含流动摊贩）、乱堆乱放、私搭乱建四类问题。",
    # 3 teams
    "组建公证员、律师（含公职律师）、调解员三支服务队伍。",
    # 5 fields
    "在农业农村、交通运输（含港航）、文化旅游、卫生健康、应急管理五个领域推行包容审慎监管。",
    # 2 kinds
    "开展行政强制、行政处罚（含简易程序）两类案卷评查。",
    # 4 fields (和 joins the last two)
    "聚焦药品、食品（含保健食品）、特种设备和工业产品四大领域开展抽检。",
]

BRACKET_WRONG = [
    "围绕劳动争议、征地拆迁（含棚户区改造）、医疗纠纷四类重点矛盾开展专项排查。",  # 3 for 4
    "对河口镇、城关镇（含开发区）、青山镇、石门镇五个镇开展法治督察。",  # 4 for 5
    "重点整治违规广告、占道经营（含流动摊贩）、乱堆乱放两类问题。",  # 3 for 2
    "组建公证员、律师（含公职律师）、调解员四支服务队伍。",  # 3 for 4
    # 5 for 6
    "在农业农村、交通运输（含港航）、文化旅游、卫生健康、应急管理六个领域推行包容审慎监管。",
    "开展行政强制、行政处罚（含简易程序）、行政许可两类案卷评查。",  # 3 for 2
    "聚焦药品、食品（含保健食品）、特种设备、工业产品六大领域开展抽检。",  # 4 for 6
    "全年收案中，市场监管、公安（含交警）、人力社保、自然资源三大类案件占八成以上。",  # 4 for 3
]


@pytest.mark.parametrize("text", BRACKET_RIGHT)
def test_list_read_through_a_bracket(text: str) -> None:
    assert _found(text, "N203") == [], text


@pytest.mark.parametrize("text", BRACKET_WRONG)
def test_list_through_a_bracket_counted_wrong(text: str) -> None:
    assert _found(text, "N203"), text


# --- 3. an average that is the next item of a 、 list -------------------------------------------

SIBLING_RIGHT = [
    "全年组织科室晨会学法10次、班子会议集中学法每月2次。",  # 10÷12 = 0.83, another subject
    "全年召开执法例会9次、执法队伍业务培训每月1次。",  # 9÷12 = 0.75
    "全年举办法治讲座7场、机关干部专题学法每月2场。",  # 7÷12 = 0.58
    "全年开展集中巡查30次、网格员日常巡查每月1次。",  # 30÷12 = 2.5
    "全年组织联合执法14次、片区执法队夜查每月3次。",  # 14÷12 = 1.17
    "全年开展案卷评查5次、法制审核人员抽查每月2次。",  # 5÷12 = 0.42
    "全年召开调度会议8次、专班例会每月4次。",  # 8÷12 = 0.67
    "全年组织应急演练6场、社区消防宣传每月3场。",  # 6÷12 = 0.5
]

SIBLING_WRONG = [
    "全年组织集中学法30次，每月2次。",  # 30÷12 = 2.5, not 2
    "全年受理申请1200件、月均300件。",  # 1200÷12 = 100 (no subject of its own after 、)
    "全年开展联合执法48次，月均6次。",  # 48÷12 = 4
    "全年办理法律援助案件360件，月均50件。",  # 360÷12 = 30
    "全年召开调度会议24次，平均每月3次。",  # 24÷12 = 2
    "全年组织应急演练18场、月均3场。",  # 18÷12 = 1.5
    "全年开展普法宣传96场，每月平均12场。",  # 96÷12 = 8
    "全年查处案件240起、月均40起。",  # 240÷12 = 20
]


@pytest.mark.parametrize("text", SIBLING_RIGHT)
def test_sibling_item_is_no_total_of_an_average(text: str) -> None:
    assert _found(text, "N205") == [], text


@pytest.mark.parametrize("text", SIBLING_WRONG)
def test_average_of_its_own_total_still_found(text: str) -> None:
    assert _found(text, "N205"), text


# --- 4. a share of the cases concluded one way --------------------------------------------------

CONCLUDED_RIGHT = [
    # the concluded cases are not stated: 190÷820 = 23.2% says nothing of 28.6%
    "全年新收复议申请820件，以调解、和解等方式结案190件，调撤率28.6%。",
    "全年受理劳动仲裁案件640件，以调解方式结案210件，调解结案率38.5%。",  # 210÷640 = 32.8%
    "全年新收行政复议申请450件，以调解、和解方式结案96件，调撤结案率24%。",  # 96÷450 = 21.3%
    "全年新收行政诉讼案件120件，以撤诉方式结案30件，撤诉率31%。",  # 30÷120 = 25%
    "全年受理医疗纠纷调解申请96件，以和解方式结案40件，和解率50%。",  # 40÷96 = 41.7%
    "全年受理物业纠纷调解申请210件，以调解方式结案150件，调解结案率80%。",  # 150÷210 = 71.4%
    "全年收到行政复议申请380件，以申请人撤回申请方式结案44件，撤回率15%。",  # 44÷380 = 11.6%
    # a figure of another paragraph done by a means the rate does not name: 30÷80 = 37.5%
    "全年通过调解、和解方式结案80件。\n全年作出撤销、变更等纠错决定30件，纠错率10%。",
    # the same in one paragraph, a sentence apart: 30÷80 = 37.5%
    "全年通过调解、和解方式结案80件。全年作出撤销、变更等纠错决定30件，纠错率10%。",
]

CONCLUDED_WRONG = [
    "全年受理行政复议案件300件，审结280件，其中以调解方式结案60件，调解结案率25%。",  # 60÷280 = 21.43%
    "全年审结劳动仲裁案件500件，以调解方式结案150件，调解结案率40%。",  # 150÷500 = 30%
    "全年结案复议案件400件，通过调解、和解方式结案100件，调撤率30%。",  # 100÷400 = 25%
    # 纠错 is no share of the concluded one way: 30÷200 = 15%, 30÷40 = 75%
    "全年受理复议申请200件，以调解、和解方式结案40件，作出纠错决定30件，纠错率25%。",
    # 96÷410 = 23.41%
    "全年收到行政复议申请450件，审结410件，其中通过调解、和解方式结案96件，调撤结案率30%。",
    "全年办结民事纠纷调解案件260件，以和解方式结案52件，和解率25%。",  # 52÷260 = 20%
    "全年新收行政诉讼案件120件，审结110件，以撤诉方式结案30件，撤诉率20%。",  # 30÷110 = 27.27%
    "全年受理复议案件300件，审结280件，办结率80%。",  # 280÷300 = 93.33%
    # 其中 points back at the figure done online: 280÷300 = 93.33%
    "通过网上平台受理申请300件。其中准予280件，准予率90%。",
]


@pytest.mark.parametrize("text", CONCLUDED_RIGHT)
def test_share_of_concluded_not_of_intake(text: str) -> None:
    assert _found(text, "N104") == [], text


@pytest.mark.parametrize("text", CONCLUDED_WRONG)
def test_share_of_concluded_against_concluded_still_found(text: str) -> None:
    assert _found(text, "N104"), text
