"""Session 16, round 2 of whole and parts (issue 9): readings of sentence structure.

* A bare total word (合计/共计/总计 and nothing else) after clauses of its unit joined by
  commas sums those clauses, as after a 顿号 list (a warning when it falls short).
* A part ending in a verb of its own past intake (同意公开) is an act on the whole's items,
  not a kind of them, though the whole's name ends in that word (依申请公开).
* A figure of classes (两类) between a dimension and its figures counts the classes: it
  neither is a part nor ends the list.
* A list of figures closed by their count (「…8.3亿元、…4300万元两部分」) names all of the
  latest figure of its unit before it in the sentence.
* In an announced list, a 与 right after the joining 和 opens the next item (「…机制和与…」).
* 前年 is a prior year to compare with, as 2022年 is.
* A table row equal to the whole beside other non-zero rows: the rows overlap, no split.
* A figure the text names a 标准 (「按每个村每年3,000元标准」) is no average of a total.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings, table_document

from fazhi_lint.analysis.relations import analyze_document, contradictions

SUMS = ("N101", "N102")

BARE_TOTAL_WRONG = [
    # 38 + 52 + 61 + 47 = 198 != 202
    "分季度看，第一季度巡查38次，第二季度52次，第三季度汛期加密巡查61次，第四季度47次，合计202次。",
    # 73 + 91 = 164 != 168
    "按半年看，上半年开展执法检查73次，下半年开展91次，合计168次。",
    # 312 + 198 = 510 != 520
    "城区中队查处违法停车312起，开发区中队查处违法停车198起，合计520起。",
    # 45 + 38 + 29 = 112 != 115
    "东片区走访企业45家，西片区38家，北片区29家，共计115家。",
    # 16 + 22 = 38 != 36
    "一月份开展普法讲座16场，二月份22场，合计36场。",
    # 140 + 95 + 61 = 296 != 286
    "城关所接待来访群众140人次，河口所95人次，石桥所61人次，总计286人次。",
    # 9 + 14 + 6 = 29 != 27
    "春季组织应急演练9次，夏季14次，秋季6次，合计27次。",
    # 230 + 118 = 348 != 350
    "线上培训执法人员230人，线下培训118人，合计350人。",
]

BARE_TOTAL_RIGHT = [
    # 21 + 34 + 52 + 29 = 136
    "分季度看，第一季度21次，第二季度34次，第三季度暑运期间加密检查52次，第四季度29次，合计136次。",
    # 73 + 95 = 168
    "按半年看，上半年开展执法检查73次，下半年开展95次，合计168次。",
    # a total of its own verb after clauses of another verb: no sum of them
    "全年受理投诉58件，办结52件，合计立案查处12件。",
    # 45 + 38 + 29 = 112
    "东片区走访企业45家，西片区38家，北片区29家，共计112家。",
    # 16 + 20 = 36
    "一月份开展普法讲座16场，二月份20场，合计36场。",
    # different units before the total: 人次 then 场
    "全年开展送法下乡活动42场，受众3,100人次，合计发放资料5,600份。",
    # 140 + 95 + 51 = 286
    "城关所接待来访群众140人次，河口所95人次，石桥所51人次，总计286人次。",
    # 230 + 120 = 350
    "线上培训执法人员230人，线下培训120人，合计350人。",
]


@pytest.mark.parametrize("text", BARE_TOTAL_WRONG)
def test_bare_total_after_comma_clauses_sums_them(text: str) -> None:
    assert [c for c, _ in findings(text, codes=SUMS)], text


@pytest.mark.parametrize("text", BARE_TOTAL_RIGHT)
def test_bare_total_traps_stay_silent(text: str) -> None:
    assert findings(text, codes=SUMS) == [], findings(text)


ACTED_ON_WRONG = [
    # 12 + 3 + 5 = 20 > 19
    "今年收到依申请公开19件，均已按时答复，其中同意公开12件、部分公开3件、告知信息不存在5件。",
    # 30 + 8 + 6 = 44 > 42
    "全年收到依申请公开42件，均已按期答复，其中予以公开30件、部分公开8件、告知非本机关掌握6件。",
    # 17 + 4 + 3 = 24 > 22
    "本年度受理依申请公开22件，均已按时答复，其中同意公开17件、部分公开4件、告知信息不存在3件。",
    # 41 + 9 + 7 = 57 > 55
    "今年收到依申请公开55件，已全部答复，其中同意公开41件、部分公开9件、告知信息不存在7件。",
    # 8 + 2 + 3 = 13 > 12
    "全年收到依申请公开12件，均已按时答复，其中同意公开8件、部分公开2件、告知信息不存在3件。",
    # 60 + 11 + 9 = 80 > 78
    "今年收到依申请公开78件，均已依法答复，其中同意公开60件、部分公开11件、告知信息不存在9件。",
    # 5 + 2 + 2 = 9 > 8
    "今年收到依申请公开8件，均已按时答复，其中同意公开5件、部分公开2件、告知信息不存在2件。",
    # 13 + 5 + 4 = 22 > 21
    "今年收到依申请公开21件，均已按时答复，其中同意公开13件、部分公开5件、告知信息不存在4件。",
]

ACTED_ON_RIGHT = [
    # 12 + 3 + 4 = 19
    "今年收到依申请公开19件，均已按时答复，其中同意公开12件、部分公开3件、告知信息不存在4件。",
    # 30 + 8 + 4 = 42
    "全年收到依申请公开42件，均已按期答复，其中予以公开30件、部分公开8件、告知非本机关掌握4件。",
    # 15 + 4 = 19 <= 28: the granted side only
    "今年收到依申请公开28件，均已按时答复，其中同意公开15件、部分公开4件。",
    # 17 + 4 + 1 = 22
    "本年度受理依申请公开22件，均已按时答复，其中同意公开17件、部分公开4件、告知信息不存在1件。",
    # a kind of the whole's things (消费投诉 under 投诉): 80 + 30 = 110 <= 120
    "受理投诉120件，均已办结，其中消费投诉80件、价格投诉30件。",
    # 41 + 9 + 5 = 55
    "今年收到依申请公开55件，已全部答复，其中同意公开41件、部分公开9件、告知信息不存在5件。",
    # 8 + 2 + 2 = 12
    "全年收到依申请公开12件，均已按时答复，其中同意公开8件、部分公开2件、告知信息不存在2件。",
    # 60 + 11 + 7 = 78
    "今年收到依申请公开78件，均已依法答复，其中同意公开60件、部分公开11件、告知信息不存在7件。",
]


@pytest.mark.parametrize("text", ACTED_ON_WRONG)
def test_acts_on_the_whole_above_it_are_found(text: str) -> None:
    assert [c for c, _ in findings(text, codes=SUMS)], text


@pytest.mark.parametrize("text", ACTED_ON_RIGHT)
def test_acts_on_the_whole_that_fit_stay_silent(text: str) -> None:
    assert findings(text, codes=SUMS) == [], findings(text)


CLASS_COUNT_WRONG = [
    # 142318 + 44315 = 186633 != 186452
    "全年，市热线共受理群众诉求工单186,452件。按受理渠道划分，工单来源包括电话和网络两类，"
    "分别为电话渠道142,318件、网络渠道44,315件。",
    # 903 + 395 = 1298 != 1284
    "全年共接收行政复议申请1,284件。按申请方式划分，申请途径包括现场和邮寄两种，"
    "分别为现场递交903件、邮寄395件。",
    # 512 + 230 = 742 != 724
    "全年办理公证事项724件。按业务类型划分，公证业务分为国内和涉外两类，分别为国内公证512件、涉外公证230件。",
    # 61 + 40 = 101 != 110
    "全年调处纠纷110件。按调处方式划分，包括人民调解和行政调解两类，分别为人民调解61件、行政调解40件。",
    # 1,200 + 860 = 2060 != 2600
    "全年办理政务服务事项2,600件。按办理渠道划分，包括线上和线下两类，分别为线上1,200件、线下860件。",
    # 33 + 18 = 51 != 50
    "全年受理行政复议申请50件。按申请人划分，包括自然人和法人两类，分别为自然人33件、法人18件。",
    # 70 + 25 = 95 != 90
    "全年办理法律援助案件90件。按案件类型划分，包括民事和刑事两类，分别为民事70件、刑事25件。",
    # 400 + 380 = 780 != 790
    "全年受理诉求790件。按受理渠道划分，工单来源包括电话和网络两类，分别为电话渠道400件、网络渠道380件。",
]

CLASS_COUNT_RIGHT = [
    # 142318 + 44315 = 186633
    "全年，市热线共受理群众诉求工单186,633件。按受理渠道划分，工单来源包括电话和网络两类，"
    "分别为电话渠道142,318件、网络渠道44,315件。",
    # 903 + 381 = 1284
    "全年共接收行政复议申请1,284件。按申请方式划分，申请途径包括现场和邮寄两种，"
    "分别为现场递交903件、邮寄381件。",
    # 512 + 212 = 724
    "全年办理公证事项724件。按业务类型划分，公证业务分为国内和涉外两类，分别为国内公证512件、涉外公证212件。",
    # 61 + 49 = 110
    "全年调处纠纷110件。按调处方式划分，包括人民调解和行政调解两类，分别为人民调解61件、行政调解49件。",
    # 1,740 + 860 = 2600
    "全年办理政务服务事项2,600件。按办理渠道划分，包括线上和线下两类，分别为线上1,740件、线下860件。",
    # 32 + 18 = 50
    "全年受理行政复议申请50件。按申请人划分，包括自然人和法人两类，分别为自然人32件、法人18件。",
    # 65 + 25 = 90
    "全年办理法律援助案件90件。按案件类型划分，包括民事和刑事两类，分别为民事65件、刑事25件。",
    # 410 + 380 = 790
    "全年受理诉求790件。按受理渠道划分，工单来源包括电话和网络两类，分别为电话渠道410件、网络渠道380件。",
]


@pytest.mark.parametrize("text", CLASS_COUNT_WRONG)
def test_class_count_before_a_dimension_list_is_no_part(text: str) -> None:
    assert [c for c, _ in findings(text, codes=SUMS)], text


@pytest.mark.parametrize("text", CLASS_COUNT_RIGHT)
def test_class_count_traps_stay_silent(text: str) -> None:
    assert findings(text, codes=SUMS) == [], findings(text)


COUNTED_LIST_WRONG = [
    # 8.3亿 + 0.43亿 = 8.73亿 != 12.6亿
    "全年完成水利建设投资12.6亿元，资金来源为中央和省级补助资金8.3亿元、县级配套资金4300万元两部分。",
    # 3200万 + 16000万 = 19200万 != 4800万
    "全年完成农村供水保障工程投资4,800万元，其资金构成为省级补助3,200万元和县级配套1.6亿元两部分。",
    # 120 + 45 = 165 != 156
    "全年培训执法人员156人，包括市级120人和县级45人两部分。",
    # 30 + 41 + 12 = 83 != 88
    "全年办理案件88件，涉及行政许可30件、行政处罚41件、行政强制12件三类。",
    # 2.1亿 + 0.35亿 = 2.45亿 != 5.6亿
    "全年落实城市更新资金5.6亿元，由市级财政资金2.1亿元和社会资本3500万元两部分构成。",
    # 66 + 27 = 93 != 90
    "全年受理申请90件，分为个人申请66件和单位申请27件两类。",
    # 14 + 9 = 23 != 25
    "全年审查合同25件，其构成为采购合同14件和租赁合同9件两类。",
    # 250万 + 130万 = 380万 != 390万
    "全年投入普法经费390万元，资金来源为财政拨款250万元和社会捐助130万元两部分。",
]

COUNTED_LIST_RIGHT = [
    # 8.3亿 + 4.3亿 = 12.6亿
    "全年完成水利建设投资12.6亿元，资金来源为中央和省级补助资金8.3亿元、县级配套资金4.3亿元两部分。",
    # 3200万 + 1600万 = 4800万
    "全年完成农村供水保障工程投资4,800万元，其资金构成为省级补助3,200万元和县级配套1,600万元两部分。",
    # 111 + 45 = 156
    "全年培训执法人员156人，包括市级111人和县级45人两部分。",
    # 30 + 46 + 12 = 88
    "全年办理案件88件，涉及行政许可30件、行政处罚46件、行政强制12件三类。",
    # 2.1亿 + 3.5亿 = 5.6亿
    "全年落实城市更新资金5.6亿元，由市级财政资金2.1亿元和社会资本3.5亿元两部分构成。",
    # 63 + 27 = 90
    "全年受理申请90件，分为个人申请63件和单位申请27件两类。",
    # 16 + 9 = 25
    "全年审查合同25件，其构成为采购合同16件和租赁合同9件两类。",
    # 260万 + 130万 = 390万
    "全年投入普法经费390万元，资金来源为财政拨款260万元和社会捐助130万元两部分。",
]


@pytest.mark.parametrize("text", COUNTED_LIST_WRONG)
def test_list_closed_by_its_count_names_all_of_the_whole(text: str) -> None:
    assert [c for c, _ in findings(text, codes=SUMS)], text


@pytest.mark.parametrize("text", COUNTED_LIST_RIGHT)
def test_counted_list_traps_stay_silent(text: str) -> None:
    assert findings(text, codes=SUMS) == [], findings(text)


ANNOUNCED = ("N203",)

AND_WITH_WRONG = [
    # 四类 announced, five listed
    "形成四类执法协作机制，分别是与公安机关的联合执法机制、与检察机关的公益诉讼协作机制、"
    "与相邻县区的跨界联合巡查机制、与乡镇的信息通报机制和与自然资源部门的线索移送机制。",
    # 三项 announced, four listed
    "建立三项协作机制，分别是与公安机关的联合办案机制、与法院的诉调对接机制、"
    "与检察院的信息共享机制和与司法所的衔接机制。",
    # 两项 announced, three listed
    "签订两项合作协议，分别是与高校的人才培养协议、与律所的法律服务协议和与企业的普法共建协议。",
    # 四个 announced, five listed
    "建成四个联动平台，分别是与公安的视频联网平台、与城管的案件移送平台、与市场监管的信息平台、"
    "与应急管理的预警平台和与气象部门的会商平台。",
    # 三项 announced, four listed
    "出台三项配套制度，分别是关于立案的审查制度、关于听证的组织制度、关于送达的管理制度和关于归档的保管制度。",
    # 五类 announced, six listed
    "开展五类专项行动，分别是与公安联合的打假行动、与税务联合的清欠行动、与海关联合的缉私行动、"
    "与交通联合的治超行动、与环保联合的治污行动和与农业联合的护农行动。",
    # 两类 announced, three listed
    "建立两类会商机制，分别是与法院的联席会商机制、与检察院的案件会商机制和与监察委的线索会商机制。",
    # 三个 announced, four listed
    "组建三个工作专班，分别是与发改的项目专班、与财政的资金专班、与住建的工程专班和与自然资源的用地专班。",
]

AND_WITH_RIGHT = [
    # 五类 and five
    "形成五类执法协作机制，分别是与公安机关的联合执法机制、与检察机关的公益诉讼协作机制、"
    "与相邻县区的跨界联合巡查机制、与乡镇的信息通报机制和与自然资源部门的线索移送机制。",
    # 四项 and four
    "建立四项协作机制，分别是与公安机关的联合办案机制、与法院的诉调对接机制、"
    "与检察院的信息共享机制和与司法所的衔接机制。",
    # 三项 and three
    "签订三项合作协议，分别是与高校的人才培养协议、与律所的法律服务协议和与企业的普法共建协议。",
    # 五个 and five
    "建成五个联动平台，分别是与公安的视频联网平台、与城管的案件移送平台、与市场监管的信息平台、"
    "与应急管理的预警平台和与气象部门的会商平台。",
    # 三项 and three, 和 inside the first item
    "建立三项执法协作机制，分别是与公安机关和检察机关的联合办案机制、与法院的非诉执行衔接机制、与乡镇的信息通报机制。",
    # 六类 and six
    "开展六类专项行动，分别是与公安联合的打假行动、与税务联合的清欠行动、与海关联合的缉私行动、"
    "与交通联合的治超行动、与环保联合的治污行动和与农业联合的护农行动。",
    # 三类 and three
    "建立三类会商机制，分别是与法院的联席会商机制、与检察院的案件会商机制和与监察委的线索会商机制。",
    # 四个 and four
    "组建四个工作专班，分别是与发改的项目专班、与财政的资金专班、与住建的工程专班和与自然资源的用地专班。",
]


@pytest.mark.parametrize("text", AND_WITH_WRONG)
def test_with_after_and_opens_the_next_item(text: str) -> None:
    assert [c for c, _ in findings(text, codes=ANNOUNCED)], text


@pytest.mark.parametrize("text", AND_WITH_RIGHT)
def test_with_after_and_traps_stay_silent(text: str) -> None:
    assert findings(text, codes=ANNOUNCED) == [], findings(text)


CHANGES = ("N105", "N106", "N108", "N109", "N110")

YEAR_BEFORE_LAST_WRONG = [
    # 64 - 41 = 23, not 27
    "全年办理农业行政执法案件64件，较上年的53件增加11件，较前年的41件增加27件。",
    # 158 - 109 = 49, not 53
    "全年办理行政复议案件158件，较前年的109件增加53件。",
    # 90 - 72 = 18, not 16
    "全年调解纠纷90件，较前年的72件增加16件。",
    # 40 - 31 = 9, not 11
    "全年发生安全事故31起，较前年的40起减少11起。",
    # 300 - 250 = 50, not 60
    "全年办理公证300件，比前年的250件增加60件。",
    # 47 - 39 = 8, not 6
    "全年受理复议申请47件，较前年的39件增加6件。",
    # 125 - 100 = 25, not 20
    "全年开展普法活动125场，较前年的100场增加20场。",
    # 88 - 80 = 8, not 10
    "全年培训执法人员88人，较前年的80人增加10人。",
]

YEAR_BEFORE_LAST_RIGHT = [
    # 64 - 53 = 11; 64 - 41 = 23
    "全年办理农业行政执法案件64件，较上年的53件增加11件，较前年的41件增加23件。",
    # 158 - 109 = 49
    "全年办理行政复议案件158件，较前年的109件增加49件。",
    # 90 - 72 = 18
    "全年调解纠纷90件，较前年的72件增加18件。",
    # 40 - 31 = 9
    "全年发生安全事故31起，较前年的40起减少9起。",
    # 300 - 250 = 50
    "全年办理公证300件，比前年的250件增加50件。",
    # 47 - 39 = 8
    "全年受理复议申请47件，较前年的39件增加8件。",
    # 125 - 100 = 25
    "全年开展普法活动125场，较前年的100场增加25场。",
    # 88 - 80 = 8
    "全年培训执法人员88人，较前年的80人增加8人。",
]


@pytest.mark.parametrize("text", YEAR_BEFORE_LAST_WRONG)
def test_change_against_the_year_before_last_is_checked(text: str) -> None:
    assert findings(text), text


@pytest.mark.parametrize("text", YEAR_BEFORE_LAST_RIGHT)
def test_change_against_the_year_before_last_traps(text: str) -> None:
    assert findings(text) == [], findings(text)


def _table_n401(rows: list[list[str]], before: str) -> list[str]:
    found = contradictions(
        analyze_document(table_document(rows, before, "以上数据均经核实。"), 2024)
    )
    return [r.message for r in found if r.code == "N401"]


OVERLAP_ROWS = [
    # rows 14, 9, 11, 14: one row holds the whole (14), so the rows overlap
    (
        [
            ["程序", "事项数"],
            ["公众参与", "14"],
            ["专家论证", "9"],
            ["风险评估", "11"],
            ["合法性审查", "14"],
        ],
        "全年共作出重大行政决策14项，各项程序履行情况见下表。",
    ),
    # rows 86, 52, 47: 86 is the whole
    (
        [["专题", "参训人数"], ["行政处罚法", "86"], ["行政许可法", "52"], ["行政强制法", "47"]],
        "全年参训执法人员共86人，各专题参训情况见下表。",
    ),
]

SPLIT_ROWS = [
    # 41 + 27 + 19 = 87 != 94, no row equals the whole: a warning
    (
        [["领域", "案件数"], ["食品", "41"], ["药品", "27"], ["特种设备", "19"]],
        "全年共立案查处各类违法案件94件，分领域情况如下。",
    ),
    # 50 + 30 = 80 != 70: above it, no row equals it
    (
        [["领域", "案件数"], ["食品", "50"], ["药品", "30"]],
        "全年共立案查处各类违法案件70件，分领域情况如下。",
    ),
]


@pytest.mark.parametrize(("rows", "before"), OVERLAP_ROWS)
def test_table_row_holding_the_whole_is_no_split(rows: list[list[str]], before: str) -> None:
    assert _table_n401(rows, before) == []


@pytest.mark.parametrize(("rows", "before"), SPLIT_ROWS)
def test_table_rows_that_split_the_whole_still_sum(rows: list[list[str]], before: str) -> None:
    assert _table_n401(rows, before)


AVERAGES = ("N205",)

STANDARD_RIGHT = [
    # 180 x 3000元 = 54万; 54 + 24.6 = 78.6
    "全年共安排村法律顾问经费78.6万元，其中按每个村每年3,000元标准安排补贴54万元（覆盖180个村），"
    "聘请律师事务所服务费24.6万元。",
    # 214 x 4000元 = 85.6万; 85.6 + 41.2 = 126.8
    "全年共安排经费126.8万元，其中按每个村（社区）每年4000元标准安排法律顾问补贴85.6万元"
    "（覆盖214个村（社区）），法律顾问团服务费41.2万元。",
]


@pytest.mark.parametrize("text", STANDARD_RIGHT)
def test_a_standard_is_no_average_of_the_whole(text: str) -> None:
    assert findings(text, codes=AVERAGES) == [], findings(text)


def test_an_average_without_standard_is_still_checked() -> None:
    # 78.6万 / 180 = 4366.67, not 3,000 (a stated 平均 average of the whole)
    text = "全年共安排村法律顾问经费78.6万元，覆盖180个村，平均每个村3,000元。"
    assert findings(text, codes=AVERAGES), findings(text)


def test_a_standard_is_still_checked_against_its_product_after_it() -> None:
    # 312万人 x 1.5元 = 468万元, not 46.8万元 (the total after the standard is its product)
    text = "全市常住人口312万人，按人均1.5元的标准安排法治宣传教育经费，全年共安排46.8万元。"
    assert findings(text, codes=AVERAGES), findings(text)
