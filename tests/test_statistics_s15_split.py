"""Splits complete by their own words (session 15, s15-split; issue 9).

1. The last part names the rest of the split inside its own words — 「以撤诉等其他方式结案128件」
   「行政及其他案件54件」「责令停产停业等其他种类占13.2%」: 等 before 其他 names examples of the
   rest and leaves nothing open, so the parts (or shares) are all of the whole
   (relations/partition.py ``_names_rest``, used by ``_complete_flag`` and ``share_relations``).
   Not when a verb of acting together makes the other bodies a partner (会同…等其他部门), nor
   when a later part opens a list of its own (…的214名人员分别来自…以及其他单位27名).
2. A strong total word (合计, 共计, 总计) opening a clause after such a split — parts complete by
   their own words (普通/简易程序, 男/女, …其他…) — is its whole even when clauses about other
   things stand between (罚没款收入412.6万元，案件全部录入平台，合计1523件): ``_trailing_complete``.
   Not a total of a wider class (各类, 等), not a figure of another unit, not across a second
   dimension clause (按程序分…；按领域分…, ``_trailing_groups``), and not a total named by a
   的-clause of its own below every part (移送公安机关的案件合计12件: ``_exhaustive_before_groups``).
3. A whole whose name is a coordinate compound of the parts' first characters — 罚没款 of 罚款
   and 没收违法所得, 进出口 of 出口 and 进口, 民商事, 大中型, 水电气 — is split by them
   (``_names_abbreviate``; a warning: a kind opening with the same character, 没收非法财物, may
   go unnamed). The compound keeps the head the kinds share (罚款 goes on with 款), so a word of
   its own (法律援助 against 法院指派…、律师值班…) is none.
4. What was concluded and what is still open (numbers.toml ``clauses.pending``), two items of
   one list, are the two states of everything accepted: a strong total of the accepted (or of
   no stage) after them, across clauses of other things, is their sum (``_done_and_open``).
   Not a total of what was received, not past a semicolon, not when a carry-over is named,
   not when a third figure stands between.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

REST_WRONG = [
    # 643 + 158 + 262 = 1063 != 1072
    "全年共审结行政复议案件1,072件，按审理结果分，维持原行政行为的643件、撤销或确认违法的158件、"
    "以驳回申请等其他方式审结的262件。",
    # 297 + 121 + 72 = 490 != 486
    "全年化解医疗纠纷486起，按化解途径分，通过人民调解化解的297起、自行协商化解的121起、"
    "经诉讼等其他途径化解的72起。",
    # 806 + 397 + 54 = 1257 != 1248
    "全年办理法律援助案件1,248件，从案件类型看，民事案件806件、刑事案件397件、行政及其他案件54件。",
    # 803 + 437 + 137 = 1377: neither 审结 1386 nor 受理 1412
    "全年受理劳动争议1,412件，审结1,386件，按结案方式分，调解结案803件、裁决结案437件、"
    "以撤诉等其他方式结案137件。",
    # 213 + 318 + 104 = 635 != 642
    "全年检查企业642家次，其中危险化学品企业213家次、工贸企业318家次、烟花爆竹等其他行业企业104家次。",
    # 2315 + 2946 + 579 = 5840 != 5860
    "全年争取补助资金5,860万元，其中中央资金2,315万元、省级资金2,946万元、市县等其他渠道资金579万元。",
    # 418 + 627 = 1045 != 1326 (联合检查 names a class of checks, not a partner)
    "全年开展执法检查1,326次，其中独立检查418次、以联合检查等其他方式检查627次。",
    # shares: 36.4 + 47.9 + 13.2 = 97.5 (at most 97.65 with rounding) < 100
    "全年作出处罚决定357件，从处罚种类看，警告占36.4%，罚款占47.9%，责令停产停业等其他种类占13.2%。",
    # shares: 58.6 + 31.2 + 12.2 = 102.0 (at least 101.85) > 100
    "全年结案2,046件，从结案方式看，调解结案占58.6%、裁决结案占31.2%、撤诉及其他方式结案占12.2%。",
    # shares: 44.6 + 38.2 + 14.3 = 97.1 < 100
    "全年受理投诉1,701件，从被投诉对象看，餐饮单位占44.6%，销售单位占38.2%，生产加工等其他单位占14.3%。",
]

REST_RIGHT = [
    # 643 + 158 + 271 = 1072
    "全年共审结行政复议案件1,072件，按审理结果分，维持原行政行为的643件、撤销或确认违法的158件、"
    "以驳回申请等其他方式审结的271件。",
    # 297 + 121 + 68 = 486; 41 is inside the rest (68), no fourth part
    "全年化解医疗纠纷486起，按化解途径分，通过人民调解化解的297起、自行协商化解的121起、"
    "经诉讼等其他途径化解的68起，其中经法院判决的41起。",
    # 812 + 437 + 137 = 1386 = 审结 (受理 1412 = 1386 + 26 carried on)
    "全年受理劳动争议1,412件，审结1,386件，按结案方式分，调解结案812件、裁决结案437件、"
    "以撤诉等其他方式结案137件，其余26件结转下年办理。",
    # 等 without 其他 leaves the list open: 213 + 318 + 104 = 635 < 642 is fine
    "全年检查企业642家次，其中危险化学品企业213家次、工贸企业318家次、烟花爆竹等企业104家次。",
    # 其他 is a partner (会同…等其他部门), not the rest of the checks: 418 + 627 = 1045 < 1326
    "全年开展执法检查1,326次，其中独立检查418次、会同公安等其他部门联合检查627次。",
    # shares 44.6 + 38.2 + 17.3 = 100.1 by rounding (758 + 649 + 294 = 1701)
    "全年受理投诉1,701件，从被投诉对象看，餐饮单位占44.6%，销售单位占38.2%，生产加工及其他单位占17.3%。",
    # shares 37.5 + 29.8 + 32.6 = 99.9 by rounding (146 + 116 + 127 = 389)
    "全年收到行政复议申请389件，按申请事项分，政府信息公开类占37.5%，行政处罚类占29.8%，"
    "行政强制、行政许可等其他类占32.6%。",
    # 58.6 + 31.2 + 10.2 = 100.0; 71.3% (149/209) is a share of the rest, not a fourth share
    "全年结案2,046件，从结案方式看，调解结案占58.6%、裁决结案占31.2%、撤诉等其他方式结案占10.2%，"
    "其中撤诉结案占其他方式结案的71.3%。",
    # 214 is the whole of the list after 分别来自 (87 + 69 + 31 + 27 = 214), a part of 1,126
    "全区持证行政执法人员1,126名，其中，今年新申领执法证件的214名人员分别来自区市场监管局87名、"
    "区城管执法局69名、区生态环境分局31名以及其他单位27名。",
    # two named classes, no word of the rest: 186 + 74 = 260 < 312 (water, roads… left out)
    "全年共检查在建工程312个，按工程类别分，房屋建筑工程186个、市政基础设施工程74个。",
]


@pytest.mark.parametrize("text", REST_WRONG)
def test_rest_named_in_the_last_part_closes_the_split(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in _errors(text)), _any(text)


@pytest.mark.parametrize("text", REST_RIGHT)
def test_rest_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), _any(text)


TRAILING_WRONG = [
    # 214 + 593 = 807 != 817
    "全年查处道路运输领域违法行为，按处罚程序分，适用一般程序的214起、适用简易程序的593起，"
    "罚款收入186.3万元，处罚决定书全部在网上公示，共计817起。",
    # 386 + 1127 = 1513 != 1523
    "全年办理城市管理领域行政处罚案件，按程序分，适用普通程序的386件、适用简易程序的1127件，"
    "罚没款收入412.6万元，案件全部录入执法办案平台，合计1523件。",
    # 2348 + 917 = 3265 != 3256
    "按办理渠道分，线上渠道2,348件、线下窗口917件，平均办理时限压缩至2.3个工作日，合计3,256件。",
    # 73 + 26 = 99 != 97
    "按审级分，一审案件73件、二审案件26件，负责人出庭应诉率100%，合计97件。",
    # 1047 + 498 = 1545 != 1536
    "全年为农民工提供法律援助，其中男性1,047人、女性498人，挽回欠薪2,316.8万元，合计受援1,536人。",
    # 263 + 184 + 97 = 544 != 551
    "按违法行为类别分，超限超载运输263起、非法营运184起、其他违法行为97起，罚款132.5万元，合计查处551起。",
    # 2315 + 2946 + 579 = 5840 != 5860
    "按资金来源分，中央财政资金2,315万元、省级财政资金2,946万元、其他渠道资金579万元，"
    "惠及群众3.6万人，总计5,860万元。",
    # 312 + 47 = 359 != 365 (公开 / 不予公开)
    "按处理方式分，予以公开的312件、不予公开的47件，答复期限平均9个工作日，共计365件。",
]

TRAILING_RIGHT = [
    # 386 + 1127 = 1513
    "全年办理城市管理领域行政处罚案件，按程序分，适用普通程序的386件、适用简易程序的1127件，"
    "罚没款收入412.6万元，案件全部录入执法办案平台，合计1513件。",
    # a total of a wider class (各类执法案件): 1513 < 1650 is fine
    "按程序分，适用普通程序的386件、适用简易程序的1127件，罚没款收入412.6万元，全年合计办理各类执法案件1,650件。",
    # an open list (等): 263 + 184 = 447 < 612
    "按类别分，超限超载运输263起、非法营运184起等，罚款132.5万元，合计查处612起。",
    # the total is of another unit (万元)
    "按程序分，普通程序386件、简易程序1127件，合计罚没款412.6万元。",
    # a narrower set named by its own 的-clause, below every part: 12 counts transfers
    "按程序分，普通程序386件、简易程序1127件，移送公安机关的案件合计12件。",
    # a third figure of the unit between: 386 + 1127 + 12 = 1525
    "按程序分，普通程序386件、简易程序1127件，另移送涉嫌犯罪案件12件，合计1525件。",
    # 1047 + 489 = 1536
    "全年为农民工提供法律援助，其中男性1,047人、女性489人，挽回欠薪2,316.8万元，合计受援1,536人。",
    # two dimensions of one whole: 386 + 1127 = 1513 and 612 + 488 + 413 = 1513
    "按程序分，普通程序386件、简易程序1127件；按领域分，市容类612件、占道类488件、其他类413件，合计1513件。",
]


@pytest.mark.parametrize("text", TRAILING_WRONG)
def test_total_after_other_clauses_sums_a_complete_split(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in _errors(text)), _any(text)


@pytest.mark.parametrize("text", TRAILING_RIGHT)
def test_trailing_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), _any(text)


ABBREVIATED_WRONG = [
    # 395.2 + 3.33 = 398.53 != 428.5
    "全年收缴罚没款共计428.5万元，其中罚款395.2万元、没收违法所得3.33万元，全部按规定上缴国库。",
    # 231.8 + 35.6 = 267.4 != 276.4
    "全年收缴罚没款共计276.4万元，其中罚款231.8万元、没收违法所得35.6万元。",
    # told before the whole, the verb 处以 no part of the name: 62.35 + 8.7 = 71.05 != 78.05
    "全年查处破坏森林资源案件57起，处以罚款62.35万元、没收违法所得8.7万元，罚没款合计78.05万元。",
    # 1204.7 + 322.5 = 1527.2 != 1536.2
    "全年罚没收入1,536.2万元，其中罚款1,204.7万元、没收违法所得322.5万元。",
    # 30.2 + 17.4 = 47.6 != 48.6
    "全区外贸进出口总额48.6亿元，其中出口30.2亿元、进口17.4亿元。",
    # 712 + 143 = 855 != 865
    "全年受理民商事纠纷调解案件865件，其中民事纠纷712件、商事纠纷143件。",
    # 58 + 259 = 317 != 326
    "全区检查大中型企业326家，其中大型企业58家、中型企业259家。",
    # 42.3 + 96.8 + 38.1 = 177.2 != 186.4
    "全年减免水电气费用186.4万元，其中水费42.3万元、电费96.8万元、气费38.1万元。",
]

ABBREVIATED_RIGHT = [
    # a third kind in a clause of its own: 118.4 + 27.3 + 8.2 = 153.9
    "全年罚没款合计153.9万元，其中罚款118.4万元、没收违法所得27.3万元，"
    "没收的非法财物依法拍卖所得8.2万元一并上缴国库。",
    # one kind only: 72.9 < 86.5
    "全年罚没款收入共计86.5万元，其中罚款72.9万元，同比增长6.4%。",
    # 240.8 + 35.6 = 276.4
    "全年收缴罚没款共计276.4万元，其中罚款240.8万元、没收违法所得35.6万元。",
    # no compound: 1206 + 983 = 2189 < 3210
    "全年受理投诉举报3,210件，其中涉及食品1,206件、药品983件。",
    # 法律 is a word, not 法院… + 律师…: 312 + 206 = 518 < 1248
    "全年办理法律援助案件1,248件，其中法院指派的312件、律师值班转入的206件。",
    # 31.2 + 17.4 = 48.6
    "全区外贸进出口总额48.6亿元，其中出口31.2亿元、进口17.4亿元。",
    # 1023.2 + 263.25 = 1286.45
    "全年罚没款合计1,286.45万元，其中罚款1,023.2万元、没收违法所得263.25万元。",
    # kinds not named by the compound's characters: 312 + 143 = 455 < 865
    "全年受理民商事纠纷调解案件865件，其中婚姻家庭纠纷312件、合同纠纷143件。",
]


@pytest.mark.parametrize("text", ABBREVIATED_WRONG)
def test_compound_whole_is_split_by_its_kinds(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), _any(text)


@pytest.mark.parametrize("text", ABBREVIATED_RIGHT)
def test_compound_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), _any(text)


DONE_OPEN_WRONG = [
    # 2417 + 38 = 2455 != 2465
    "全年受理的群众诉求中，已办结的2,417件、正在办理的38件，平均办理时长3.6个工作日，合计受理诉求2,465件。",
    # 2417 + 58 = 2475 > 2465
    "已办结的2,417件、正在办理的58件，平均办理时长3.6个工作日，合计受理诉求2,465件。",
    # 3812 + 46 = 3858 != 3868
    "全年接到的12345工单中，已办结3,812件，尚未办结46件，群众满意率98.9%，合计受理工单3,868件。",
    # 142 + 9 = 151 != 153
    "已审结行政复议案件142件、正在审理的9件，召开听证会3次，共计受理153件。",
    # 612 + 14 = 626 != 631
    "已办结投诉举报612件、正在办理的14件，为消费者挽回损失38.6万元，合计受理631件。",
    # 271 + 12 = 283 != 286
    "已结案的271件、未结案的12件，挽回损失36万元，合计受理286件。",
    # 1206 + 23 = 1229 > 1219
    "已办结1,206件，在办23件，平均用时2.1天，总计受理1,219件。",
    # 318 + 21 = 339 > 335
    "对受理的信访事项，已办结的318件、正在办理的21件，按期办结率100%，合计受理335件。",
]

DONE_OPEN_RIGHT = [
    # 2417 + 48 = 2465
    "已办结的2,417件、正在办理的48件，平均办理时长3.6个工作日，合计受理诉求2,465件。",
    # received, not accepted: some may not have been accepted (2455 < 2465)
    "全年已办结的2,417件、正在办理的38件，平均办理时长3.6个工作日，合计收到诉求2,465件。",
    # 3812 + 56 = 3868
    "全年接到的12345工单中，已办结3,812件，尚未办结56件，群众满意率98.9%，合计受理工单3,868件。",
    # a third figure: 2417 + 38 + 10 = 2465
    "已办结的2,417件、正在办理的38件，退回重办的10件，合计受理2,465件。",
    # handed on is no open state: another state may go unnamed (2455 < 2465)
    "已办结的2,417件、转交相关部门的38件，合计受理2,465件。",
    # past a semicolon, of old cases: 47 + 8 = 55 against the new 52
    "今年办结积案的47件、正在办理的积案8件；全年合计受理新诉求52件。",
    # a carry-over is named: 47 + 11 = 58 = 52 + 6 (the done and open hold the carried ones)
    "加上上年结转的6件，已办结47件、正在办理11件，合计受理52件。",
    # 318 + 21 = 339
    "已办结的318件、正在办理的21件，按期办结率100%，合计受理339件。",
]


@pytest.mark.parametrize("text", DONE_OPEN_WRONG)
def test_done_and_open_sum_to_the_accepted_total(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in _errors(text)), _any(text)


@pytest.mark.parametrize("text", DONE_OPEN_RIGHT)
def test_done_and_open_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), _any(text)
