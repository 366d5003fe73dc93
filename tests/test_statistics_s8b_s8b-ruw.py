"""Rates read across sentences and paragraphs, session 8 second round (issue 9).

Every sentence is written for these tests from the general mechanism (bodies, nouns and
numbers varied; none is taken from a statistics set). The verdicts were worked out by hand:

* a rate whose numerator is followed, after the rate, by a part of it that 其中 opens
  (「结案1,210件，结案率98.9%，其中调解结案640件」): the rate counts the figure before it, over
  the total stated sentences or paragraphs before: 1,210 ÷ 1,240 = 97.6%, 361 ÷ 386 = 93.5%,
  2,050 ÷ 2,130 = 96.2%, 886 ÷ 918 = 96.5%, 5,310 ÷ 5,460 = 97.3%, 251 ÷ 264 = 95.1%;
  traps: the same with the right rate (before this round, 「全年结案1,210件，结案率97.6%，其中
  调解结案640件」 was read as 640 ÷ 1,210: a false error);
* a rate whose name qualifies its stem with the thing counted (隐患整改率, 风险点管控率) while
  the numerator's clause leaves that thing out (已整改到位1,198处) and the total stated before
  names it (发现问题隐患1,260处): 1,198 ÷ 1,260 = 95.1%, 3,300 ÷ 3,420 = 96.5%,
  468 ÷ 486 = 96.3%, 331 ÷ 352 = 94.0%, 590 ÷ 620 = 95.2%, 1,300 ÷ 1,350 = 96.3%;
  traps: the right rates, a total of another year (the year opening its sentence:
  「2023年，街道排查…」), a 其中 part of the total, the rest stated after (其余62处正在整改);
* a rate of equipping (配备率, 配置率, 配齐率: numbers.toml ``rates.generic``) whose numerator
  says what was equipped with a verb of its own (已有58所幼儿园聘请了法律顾问，配备率…), over
  the stock stated before (共有…64所): 58 ÷ 64 = 90.6%, 150 ÷ 156 = 96.2%, 402 ÷ 428 = 93.9%,
  230 ÷ 240 = 95.8%, 34 ÷ 36 = 94.4%, 1,180 ÷ 1,260 = 93.7%; traps: the right rates, a stock of
  another year, the rest stated after, a 其中 part of the stock, things the stock does not
  name (幼儿园 against 中小学校: no reading by position alone);
* a split of a whole stated in the paragraph before, opened by 「在上述/在这些/在以上X中，」,
  into a word and its negation with an auxiliary between (未能达成协议, 不能调解成功): 498 + 41
  = 539 > 536, 270 + 19 = 289 > 286, 1,180 + 52 = 1,232 < 1,240 (complete: a warning),
  2,180 + 300 = 2,480 > 2,460, 108 + 15 = 123 > 120, 86 + 6 = 92 < 94, 139 + 12 = 151 > 148;
  traps: the sums right, another set (在仲裁案件中), a third part (其余18件), one part only,
  an approximate whole (近300起), two parts that are no word and its negation (符合条件 /
  不能提供…证明: a partial list);
* a list of parts or shares closed by a clause that says, with their number, that they are
  all (「三类合计覆盖了全部投诉」「上述三类涵盖了全部案件」「这两类纠纷包括了全部…」): 93.8%,
  680 + 412 + 301 = 1,393 ≠ 1,420, 96 + 70 = 166 ≠ 210, 2,960 + 1,870 = 4,830 ≠ 5,230, 94.6%,
  95%, 312 + 286 + 247 = 845 ≠ 860; traps: the sums right, a number that is not that of the
  parts (四类 after three), no claim (三类投诉占比较高), 33.3% × 3 (rounding), 大部分;
* a whole said of the levels by their number (「两级共…」「三级共…」) and a 分别 list for as
  many subjects after it (one may be counted or bracketed: 5个镇（街道）执法队): 2,410 ≠ 2,460,
  620 > 612, 380 ≠ 386, 1,260 > 1,240, 900 ≠ 920, 3,700 > 3,600 (warnings); traps: the sums
  right, fewer subjects than levels (三级 and 县、乡), a whole smaller than a part, another
  unit (家 against 家次), no levels named;
* a count of forms right after 表 (发放测评表1,250份, 回收调查表860份) is a figure, not a table
  reference (表3, 如表2所示: small numbers): 1,190 ÷ 1,250 = 95.2%, 812 ÷ 860 = 94.4%,
  398 ÷ 420 = 94.8%, 1,102 ÷ 1,136 = 97.0%, 2,318 ÷ 2,400 = 96.6%, 3,420 ÷ 3,600 = 95%;
  traps: the right rates, and references (见表2所示, 如表3所示, 如图1所示) beside figures that
  fit;
* an average per case (案均, like 件均) over the cases counted in 件, 起 or 宗: 326.4万 ÷ 218 =
  1.5万 (15万 stated), 412.5万 ÷ 86 = 4.8万 (48万), 1,280万 ÷ 64 = 20万 (2万), 216.3万 ÷ 58 =
  3.73万 (37.3万), 一百六十万 ÷ 三十二 = 5万 (五十万), 96万 ÷ 120 = 0.8万 (8万); traps: the right
  averages, people counted beside the cases, an average duration with no total.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

HEAD = "区人民政府2024年法治政府建设情况报告\n一、2024年推进法治政府建设的主要举措和成效\n"


def rate_findings(text: str) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(HEAD + text, 2024))
        if r.code == "N104"
    ]


PART_AFTER = [
    "区劳动人事争议仲裁院全年受理案件1,240件。\n全年结案1,210件，结案率98.9%，其中调解结案640件。",
    "区行政复议局全年收到复议申请386件，均登记在册。\n依法受理361件，受理率为95.8%，"
    "其中适用简易程序审理142件。",
    "区司法局全年受理法律援助申请2,130件。\n决定给予援助2,050件，援助率为97.9%，"
    "其中刑事案件620件。",
    "街道全年排查矛盾纠纷918起，涉及邻里、物业等领域。\n区政府还组织开展普法宣传活动。\n"
    "成功调解886起，调解成功率为98.0%，其中当场调解612起。",
    "区市场监管局全年受理消费投诉5,460件。\n办结5,310件，办结率为98.6%，其中网上办结3,204件。",
    "区医保局全年收到信访事项264件。\n按期答复251件，按期答复率为97.8%，其中书面答复180件。",
]

PART_AFTER_TRAPS = [
    "区劳动人事争议仲裁院全年受理案件1,240件。\n全年结案1,210件，结案率97.6%，其中调解结案640件。",
    "区行政复议局全年收到复议申请386件，均登记在册。\n依法受理361件，受理率为93.5%，"
    "其中适用简易程序审理142件。",
    "区司法局全年受理法律援助申请2,130件。\n决定给予援助2,050件，援助率为96.2%，"
    "其中刑事案件620件。",
    "区市场监管局全年受理消费投诉5,460件。\n办结5,310件，办结率为97.3%，其中网上办结3,204件。",
    "区医保局全年收到信访事项264件。\n按期答复251件，按期答复率为95.1%，其中书面答复180件。",
    # printed to two decimals: 361 ÷ 386 = 93.52%
    "区行政复议局全年收到复议申请386件。\n依法受理361件，受理率为93.52%，其中适用简易程序审理142件。",
]

THING_WITH_BASE = [
    "区市场监管局全年开展食品安全检查，发现问题隐患1,260处。\n截至12月底，已整改完毕1,198处，"
    "隐患整改率达97.9%。",
    "区城管局全年收到群众反映问题3,420个。\n已全部反馈3,300个，问题反馈率为98.5%。",
    "街道全年排查出租房屋消防隐患486处。\n目前已整治468处，隐患整治率达98.2%。",
    "区应急管理局督导企业开展风险评估，共识别重大风险点352个。\n已落实管控措施331个，"
    "风险点管控率为97.2%。",
    "区卫健委全年开展医疗机构监督检查，发现违法违规问题620个。\n区卫健委还推进了依法执业培训。\n"
    "截至年底已整改到位590个，问题整改率为97.6%。",
    "镇政府全年排查农村危房1,350户。\n已改造到位1,300户，危房改造率达98.1%。",
]

THING_WITH_BASE_TRAPS = [
    "区市场监管局全年开展食品安全检查，发现问题隐患1,260处。\n截至12月底，已整改完毕1,198处，"
    "隐患整改率达95.1%。",
    "区城管局全年收到群众反映问题3,420个。\n已全部反馈3,300个，问题反馈率为96.5%。",
    "街道全年排查出租房屋消防隐患486处。\n目前已整治468处，隐患整治率达96.3%。",
    "区应急管理局督导企业开展风险评估，共识别重大风险点352个。\n已落实管控措施331个，"
    "风险点管控率为94%。",
    # a 其中 part stated with the total: the rate counts over the total
    "全区发现问题隐患1,260处，其中重大隐患36处。\n已整改到位1,198处，隐患整改率为95.1%。",
    # a total of another year
    "2023年，街道排查出租房屋消防隐患486处。\n目前已整治468处，隐患整治率达98.2%。",
    # the rest is stated after: (1,198 + 62) ÷ 1,260 is not what 整改率 counts, but 95.1% fits
    "全区发现问题隐患1,260处。\n已整改到位1,198处，隐患整改率为95.1%，其余62处正在整改。",
]


EQUIPPED = [
    "全区现有公办幼儿园共64所。\n目前已有58所幼儿园聘请了法律顾问，配备率达95.3%。",
    "全区共有行政村和社区156个。\n区司法局统筹律师资源开展结对服务。\n"
    "已有150个村选派了驻村律师，驻村律师配备率为98.7%。",
    "全区共有规模以上企业428家。\n其中已有402家企业设立劳动争议调解组织，调解组织配置率达96.3%。",
    "全镇共有村民小组二百四十个。\n已有二百三十个村民小组选聘了人民调解员，配备率为97.5%。",
    "全区共有执法中队36个。\n目前已有34个执法中队配齐执法记录仪，配齐率达97.2%。",
    "全区共有医疗机构1,260家。\n已有1,180家医疗机构聘任法律顾问，配备率达95.6%。",
]

EQUIPPED_TRAPS = [
    "全区现有公办幼儿园共64所。\n目前已有58所幼儿园聘请了法律顾问，配备率达90.6%。",
    "全区共有规模以上企业428家。\n其中已有402家企业设立劳动争议调解组织，调解组织配置率达93.9%。",
    "全镇共有村民小组二百四十个。\n已有二百三十个村民小组选聘了人民调解员，配备率为95.8%。",
    "全区共有执法中队36个。\n目前已有34个执法中队配齐执法记录仪，配齐率达94.4%。",
    "2023年，全区共有医疗机构1,260家。\n已有1,180家医疗机构聘任法律顾问，配备率达95.6%。",
    "全区共有执法中队36个。\n已有34个执法中队配齐执法记录仪，其余2个正在采购，配齐率达94.4%。",
    "全区共有医疗机构1,260家，其中民营医院320家。\n已有1,180家医疗机构聘任法律顾问，配备率达93.7%。",
]


NEGATED_SPLITS = [
    "区人社局全年受理劳动争议调解申请536件。\n在上述申请中，调解达成协议的498件，未能达成协议的41件。",
    "街道全年受理物业纠纷286起。\n在这些纠纷中，经调解成功化解的270起，未能成功化解的19起。",
    "区信访局全年受理信访事项1,240件。\n在以上事项中，按期办结的1,180件，未能按期办结的52件。",
    "区市场监管局全年受理消费纠纷调解2,460件，其中调解成功2,180件，不能调解成功的300件。",
    "镇司法所全年受理矛盾纠纷一百二十起。\n在上述纠纷中，达成调解协议的一百零八起，未能达成调解协议的十五起。",
    "区税务局全年受理涉税争议调解申请94件。\n在上述申请中，达成和解的86件，未能达成和解的6件。",
    "区应急管理局全年督办重大隐患148项。\n在上述隐患中，按期整改到位的139项，未能按期整改到位的12项。",
]

NEGATED_SPLIT_TRAPS = [
    "区人社局全年受理劳动争议调解申请536件。\n在上述申请中，调解达成协议的498件，未能达成协议的38件。",
    "街道全年受理物业纠纷286起。\n在这些纠纷中，经调解成功化解的270起，未能成功化解的16起。",
    "区人社局全年受理劳动争议调解申请536件。\n在仲裁案件中，调解达成协议的498件，未能达成协议的41件。",
    "区人社局全年受理劳动争议调解申请536件。\n在上述申请中，调解达成协议的498件，未能达成协议的20件，其余18件申请人撤回申请。",
    "街道全年受理物业纠纷286起。\n在这些纠纷中，经调解成功化解的270起。",
    "街道全年受理物业纠纷近300起。\n在这些纠纷中，经调解成功化解的270起，未能成功化解的19起。",
    "区司法局全年受理法律援助申请620件。\n在上述申请中，符合条件的590件，不能提供经济困难证明的24件。",
]


def split_findings(text: str) -> list[tuple[str | None, Severity | None]]:
    return [
        (r.code, r.severity)
        for r in contradictions(analyze_text(HEAD + text, 2024))
        if r.code in ("N101", "N102")
    ]


@pytest.mark.parametrize("text", NEGATED_SPLITS)
def test_negated_split_after_a_back_reference_found(text: str) -> None:
    assert split_findings(text), text


@pytest.mark.parametrize("text", NEGATED_SPLIT_TRAPS)
def test_negated_split_traps_silent(text: str) -> None:
    assert split_findings(text) == [], text


CLOSED_BY_COUNT = [
    "区城管局受理的投诉中，占道经营类占41.6%，噪声扰民类占32.4%，违法建设类占19.8%，三类合计覆盖了全部投诉。",
    "区人社局全年受理劳动争议案件1,420件，其中工资类680件，社保类412件，解除合同类301件，上述三类涵盖了全部案件。",
    "街道全年调处矛盾纠纷二百一十起，其中邻里纠纷九十六起、婚姻家庭纠纷七十起，这两类纠纷包括了全部调处案件。",
    "区市场监管局全年受理投诉举报5,230件，其中电话渠道2,960件，网络渠道1,870件，两个渠道涵盖了所有投诉举报。",
    "区医保局基金支出中，住院费用占58.3%，门诊费用占27.1%，药店购药占9.2%，三项支出共同涵盖了全部基金支出。",
    "区税务局受理的纳税咨询中，电话咨询占64%，窗口咨询占31%，两种方式囊括了全部咨询。",
    "区信访局全年受理信访事项860件，其中来信312件，来访286件，网上信访247件，以上三类涵盖了全部信访事项。",
]

CLOSED_BY_COUNT_TRAPS = [
    "区城管局受理的投诉中，占道经营类占41.6%，噪声扰民类占32.4%，违法建设类占26.0%，三类合计覆盖了全部投诉。",
    "区城管局受理的投诉中，占道经营类占41.6%，噪声扰民类占32.4%，违法建设类占19.8%，四类合计覆盖了全部投诉。",
    "区人社局全年受理劳动争议案件1,420件，其中工资类680件，社保类412件，解除合同类328件，上述三类涵盖了全部案件。",
    "区城管局受理的投诉中，占道经营类占41.6%，噪声扰民类占32.4%，违法建设类占19.8%，三类投诉占比较高。",
    "区医保局基金支出中，住院费用占33.3%，门诊费用占33.3%，药店购药占33.3%，三项支出共同涵盖了全部基金支出。",
    "区城管局受理的投诉中，占道经营类占41.6%，噪声扰民类占32.4%，违法建设类占19.8%，三类合计涵盖了大部分投诉。",
    "区市场监管局全年受理投诉举报5,230件，其中电话渠道2,960件，网络渠道2,270件，两个渠道涵盖了所有投诉举报。",
]


@pytest.mark.parametrize("text", CLOSED_BY_COUNT)
def test_split_closed_by_its_count_found(text: str) -> None:
    assert ("N102", Severity.ERROR) in split_findings(text), text


@pytest.mark.parametrize("text", CLOSED_BY_COUNT_TRAPS)
def test_split_closed_by_its_count_traps_silent(text: str) -> None:
    assert split_findings(text) == [], text


LEVELS = [
    "全年区、街两级共开展食品安全抽检2,460批次。\n从层级看，区局与8个街道市场监管所分别完成抽检1,020批次和1,390批次。",
    "全年市、区两级共受理行政复议申请612件。区复议局和市复议局分别受理280件和340件。",
    "镇村两级共排查矛盾纠纷386起。\n镇调委会和各村调委会分别排查112起、268起。",
    "全年三级共开展普法活动1,240场。县、乡、村分别开展120场、380场和760场。",
    "区、镇两级执法队伍共办理行政处罚案件九百二十件。\n区执法大队和各镇执法中队分别办理三百一十件、五百九十件。",
    "全年两级共培训网格员3,600人次。区级与街道分别培训1,200人次和2,500人次。",
]

LEVELS_TRAPS = [
    "全年区、街两级共开展食品安全抽检2,460批次。\n从层级看，区局与8个街道市场监管所分别完成抽检1,020批次和1,440批次。",
    "全年三级共开展普法活动1,240场。县、乡分别开展120场、380场。",
    "全年三级共开展普法活动1,240场。县、乡、村分别开展120场、380场和740场。",
    "全年两级共培训网格员1,000人次。区级与街道分别培训1,200人次和2,500人次。",
    "全年两级共检查企业1,275家。区局与镇街分别检查536家次和729家次。",
    "全年两级共培训网格员3,600人次。区级与街道分别培训1,100人次和2,500人次。",
    "全年开展普法活动1,240场。县、乡分别开展120场、380场。",
]


@pytest.mark.parametrize("text", LEVELS)
def test_levels_together_found(text: str) -> None:
    found = split_findings(text)
    assert found and all(s is Severity.WARNING for _, s in found), text


@pytest.mark.parametrize("text", LEVELS_TRAPS)
def test_levels_together_traps_silent(text: str) -> None:
    assert split_findings(text) == [], text


FORMS = [
    "区人社局发放满意度测评表1,250份，其中表示满意的1,190份，满意度为96.8%。",
    "区市场监管局回收调查表860份，其中满意的812份，满意率为96.5%。",
    "街道向居民发放征求意见表420份，回收意见表398份，回收率为97.6%。",
    "区司法局共受理法律援助申请表1,136份，其中符合条件的1,102份，符合率为98.9%。",
    "区医保局发放满意度评价表2,400份，其中满意2,318份，满意度为97.5%。",
    "区教育局印发安全责任登记表3,600份，已签订登记表3,420份，签订率为96.1%。",
]

FORMS_TRAPS = [
    "区人社局发放满意度测评表1,250份，其中表示满意的1,190份，满意度为95.2%。",
    "全区共有学校84所，具体见表2所示，其中79所聘任了法治副校长，配备率为94%。",
    "如表3所示，全年受理案件120件，办结116件，办结率96.7%。",
    "如图1所示，全年受理投诉1,200件，办结1,176件，办结率98%。",
    "区市场监管局回收调查表860份，其中满意的812份，满意率为94.4%。",
    "街道向居民发放征求意见表420份，回收意见表398份，回收率为94.8%。",
    "区医保局发放满意度评价表2,400份，其中满意2,318份，满意度为96.6%。",
]


@pytest.mark.parametrize("text", FORMS)
def test_forms_counted_after_biao_found(text: str) -> None:
    assert [s for s, _ in rate_findings(text)] == [Severity.ERROR], text


@pytest.mark.parametrize("text", FORMS_TRAPS)
def test_forms_counted_after_biao_traps_silent(text: str) -> None:
    assert rate_findings(text) == [], text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("发放测评表1,250份，回收1,190份。", ["1,250份", "1,190份"]),
        ("具体见表2所示，共有学校84所。", ["84所"]),
        ("如图12所示，受理120件。", ["120件"]),
        ("附表3.2列出了办理情况，办结98件。", ["98件"]),
    ],
)
def test_forms_against_references(text: str, figures: list[str]) -> None:
    assert [q.text for q in extract(text, 0, load_lexicon()).quantities] == figures


PER_CASE = [
    "区市场监管局全年作出罚款决定218件，罚没款326.4万元，案均罚没款约15万元。",
    "区城管局查处违法建设案件86起，罚款412.5万元，案均罚款48万元。",
    "区生态环境局全年办理环境违法案件64件，罚款金额1,280万元，案均罚款2万元。",
    "区应急管理局立案查处安全生产违法行为58起，罚款216.3万元，案均罚款37.3万元。",
    "区税务局查处涉税违法案件三十二件，罚款一百六十万元，案均罚款五十万元。",
    "区卫健委全年办理医疗卫生行政处罚案件120宗，罚没金额96万元，案均罚没金额8万元。",
]

PER_CASE_TRAPS = [
    "区市场监管局全年作出罚款决定218件，罚没款326.4万元，案均罚没款约1.5万元。",
    "区城管局查处违法建设案件86起，罚款412.5万元，案均罚款4.8万元。",
    "区生态环境局全年办理环境违法案件64件，罚款金额1,280万元，案均罚款20万元。",
    "区应急管理局立案查处安全生产违法行为58起，罚款216.3万元，案均罚款3.73万元。",
    "区城管局查处违法建设案件86起，涉案人员120人，罚款412.5万元，案均罚款4.8万元。",
    "区司法局全年办理行政复议案件120件，案均办理时间32天。",
    "区卫健委全年办理医疗卫生行政处罚案件120宗，罚没金额96万元，案均罚没金额0.8万元。",
]


def average_findings(text: str) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(HEAD + text, 2024)) if r.code == "N205"]


@pytest.mark.parametrize("text", PER_CASE)
def test_average_per_case_found(text: str) -> None:
    assert average_findings(text) == [Severity.ERROR], text


@pytest.mark.parametrize("text", PER_CASE_TRAPS)
def test_average_per_case_traps_silent(text: str) -> None:
    assert average_findings(text) == [], text


def test_equipped_by_position_needs_the_stock_to_name_its_things() -> None:
    # 幼儿园 against 中小学校: this reading stays silent (a paragraph pick-up may still warn,
    # by its own rule and message)
    text = "全区共有中小学校84所。\n已有30所幼儿园配齐安保人员，配备率达100%。"
    assert not any("前文段落所述总数" in m for _, m in rate_findings(text))


@pytest.mark.parametrize("text", PART_AFTER + THING_WITH_BASE + EQUIPPED)
def test_rate_across_contradictions_found(text: str) -> None:
    found = rate_findings(text)
    assert found, text
    assert all(s is Severity.WARNING for s, _ in found), found


@pytest.mark.parametrize("text", PART_AFTER_TRAPS + THING_WITH_BASE_TRAPS + EQUIPPED_TRAPS)
def test_rate_across_traps_silent(text: str) -> None:
    assert rate_findings(text) == [], text


def test_message_names_both_figures() -> None:
    (sev, msg), *_ = rate_findings(THING_WITH_BASE[0])
    assert sev is Severity.WARNING
    assert "1198÷1260" in msg.replace(",", "") and "97.9%" in msg
