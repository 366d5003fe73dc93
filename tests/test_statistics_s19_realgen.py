"""Whole and parts in the phrasing of published reports (session 19, s19-realgen;
relations/partition.py ``_names_compose``, ``_trailing_groups``, ``_after_other_list``).

* a kind may carry its counter as a noun suffix (「投诉件2029件，举报件800件」): read without
  it, the kinds compose the whole's name (投诉举报) and the split is complete.
* 「共发放办案补贴41.8万元，值班补贴5.19万元，合计46.99万元」: the 共 over the verb of the
  sentence's first figure opens the list that the trailing strong total word sums.
* a change against another period right before 其中 (「罚没款3306.08万元，同比增加21.8%，其中：」)
  annotates the figure before it; the parts after 其中 break that figure down.

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=("N101", "N102"))


# --- a kind named with its counter as suffix --------------------------------------------------

SUFFIX_WRONG = [
    # 700 + 400 = 1100 ≠ 1200
    "全年共受理投诉举报1200件，其中投诉件700件，举报件400件。",
    # 500 + 300 = 800 ≠ 860 (half-width commas)
    "共收到各类投诉举报860件,其中投诉件500件,举报件300件;",
    # 60 + 30 = 90 ≠ 95
    "共办理建议提案95件，其中建议件60件、提案件30件。",
    # 1500 + 1000 = 2500 ≠ 2400
    "平台共受理咨询投诉2400件，其中咨询件1500件，投诉件1000件。",
    # 120 + 200 = 320 ≠ 330
    "全年受理求助投诉330件，其中求助件120件，投诉件200件。",
    # 300 + 200 = 500 ≠ 540
    "全年收到来信来访540件，其中来信件300件，来访件200件。",
    # 90 + 30 = 120 ≠ 128
    "共收到信访举报128件，其中信访件90件、举报件30件。",
    # 4069 + 179 = 4248 ≠ 4266
    "12345热线共收到各类投诉举报4266件,其中投诉件4069件,举报件179件;",
]

SUFFIX_RIGHT = [
    # 2029 + 800 = 2829
    "全国12315平台共收到各类投诉举报2829件,其中投诉件2029件,举报件800件;",
    # 700 + 500 = 1200
    "全年共受理投诉举报1200件，其中投诉件700件，举报件500件。",
    # 300 + 240 = 540
    "全年收到来信来访540件，其中来信件300件，来访件240件，均已办结。",
    # 60 + 35 = 95
    "共办理建议提案95件，其中建议件60件、提案件35件，办结率100%。",
    # 1400 + 1000 = 2400
    "受理咨询投诉2400件，其中咨询件1400件，投诉件1000件。",
    # 300 + 200 = 500 ≤ 1200: kinds (食品, 药品) that do not compose 投诉举报, some only
    "共受理投诉举报1200件，其中涉及食品的300件，涉及药品的200件。",
    # 120 + 80 = 200 ≤ 300: 民事案/刑事案 compose no 案件 whole; some kinds only
    "共受理案件300件，其中民事案件120件，刑事案件80件。",
    # one part only: 60 ≤ 95
    "共办理建议提案95件，其中建议件60件。",
]


@pytest.mark.parametrize("text", SUFFIX_WRONG)
def test_counter_suffix_kinds_compose_the_whole(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", SUFFIX_RIGHT)
def test_counter_suffix_kinds_consistent(text: str) -> None:
    assert not _found(text)


# --- 共 over the first figure, a trailing 合计 ---------------------------------------------------

OPENED_WRONG = [
    # 41.8 + 5.19 = 46.99 ≠ 49.69 万元
    "共发放办案补贴41.8万元，值班补贴5.19万元，合计49.69万元。",
    # 30 + 20 = 50 ≠ 55
    "共开展培训30场，宣传活动20场，合计55场。",
    # 120 + 80 = 200 ≠ 210
    "共发放生活补贴120万元，护理补贴80万元，合计210万元。",
    # 45 + 38 = 83 ≠ 73
    "共调解婚姻纠纷45件，邻里纠纷38件，合计73件。",
    # 36 + 12 = 48 ≠ 50 (half-width commas)
    "全年共拨付办案经费36万元,培训经费12万元,合计50万元。",
    # 210 + 150 = 360 ≠ 350
    "共检查餐饮单位210家，食品销售单位150家，合计350家。",
    # 132.37 + 29.5 = 161.87 ≠ 171.87
    "共追回医保基金132.37万元，违约金29.5万元，合计171.87万元。",
    # 41.8万 + 5.19万 = 469900元 ≠ 46.99元 (万 left out of the total)
    "共发放办案补贴41.8万元，值班补贴5.19万元，合计46.99元。",
]

OPENED_RIGHT = [
    # 41.8 + 5.19 = 46.99
    "共发放办案补贴41.8万元，值班补贴5.19万元，合计46.99万元。",
    # 30 + 20 = 50
    "共开展培训30场，宣传活动20场，合计50场。",
    # 41.8 + 5.19 = 46.99 (half-width)
    "共发放补贴41.8万元,值班补贴5.19万元,合计46.99万元。",
    # the 共 figure is the whole of a 其中 list; 合计 sums the list: 70 + 50 = 120
    "共受理案件120件，其中民事案件70件，刑事案件50件，合计120件。",
    # 300 + 200 = 500 (其中 list, then 合计)
    "共投入资金500万元，其中财政资金300万元，社会资金200万元，合计500万元。",
    # no second part before the total: 合计 restates nothing of 300万元
    "共发放救助金300万元，惠及困难群众1200人，合计发放物资50万元。",
    # 86 + 40 = 126 (the money between is no part)
    "共办理案件86件，挽回损失230万元，调解纠纷40件，合计126件。",
    # no total word: 办结 100 of 120, a rate
    "全年共受理案件120件，办结案件100件，结案率83.3%。",
]


@pytest.mark.parametrize("text", OPENED_WRONG)
def test_gong_opened_list_summed_by_trailing_total(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", OPENED_RIGHT)
def test_gong_opened_list_consistent(text: str) -> None:
    assert not _found(text)


# --- a change before 其中 ---------------------------------------------------------------------

CHANGE_WRONG = [
    # 384.73万元 > 3306.08元
    "实施行政处罚222次，罚没款金额3306.08元，同比增加21.8%，其中：监督监察行政处罚124次，监督监察罚没款金额384.73万元。",
    # 650 > 612 万元
    "立案查处案件86件，罚没款612万元，同比增长8.2%，其中食品案件41件，食品罚没款650万元。",
    # 1020 > 980 万元
    "办理案件150件，涉案金额980万元，同比下降5.1%，其中刑事案件60件，涉案金额1020万元。",
    # 92 > 86 万元
    "检查企业420家，罚款金额86万元，较上年增长15%，其中重点企业120家，罚款金额92万元。",
    # 1600 > 1500 万元
    "受理申请320件，涉及资金1500万元，同比增加6.4%，其中线上申请200件，涉及资金1600万元。",
    # 95 > 88 万元
    "处理投诉1200件，挽回损失88万元，环比增长4.5%，其中网购投诉500件，挽回损失95万元。",
    # 384.73亿 > 3306.08万 元
    "查处案件64件，罚没款3306.08万元，同比增长21.8%，其中大案12件，罚没款384.73亿元。",
    # 384.73 > 300 万元, changes after every figure
    "实施处罚222次，同比减少32.5%，罚没款金额300万元，同比增加21.8%，其中：专项处罚124次，同比减少42.3%，专项罚没款金额384.73万元，同比减少19.9%。",
]

CHANGE_RIGHT = [
    # 384.73 ≤ 3306.08 万元; 124 ≤ 222
    "实施行政处罚222次，罚没款金额3306.08万元，同比增加21.8%，其中：监督监察行政处罚124次，监督监察罚没款金额384.73万元。",
    # 250 ≤ 612; 41 ≤ 86
    "立案查处案件86件，罚没款612万元，同比增长8.2%，其中食品案件41件，食品罚没款250万元。",
    # 420 ≤ 980; 60 ≤ 150
    "办理案件150件，涉案金额980万元，同比下降5.1%，其中刑事案件60件，涉案金额420万元。",
    # 52 ≤ 86; 120 ≤ 420
    "检查企业420家，罚款金额86万元，较上年增长15%，其中重点企业120家，罚款金额52万元。",
    # 600 ≤ 1500; 200 ≤ 320
    "受理申请320件，涉及资金1500万元，同比增加6.4%，其中线上申请200件，涉及资金600万元。",
    # 45 ≤ 88; 500 ≤ 1200
    "处理投诉1200件，挽回损失88万元，环比增长4.5%，其中网购投诉500件，挽回损失45万元。",
    # after a semicolon a new statement: 200 + 120 = 320
    "罚没款612万元，同比增长8.2%；受理举报320件，其中电话举报200件，网络举报120件。",
    # 284.73 ≤ 300; 124 ≤ 222
    "实施处罚222次，同比减少32.5%，罚没款金额300万元，同比增加21.8%，其中：专项处罚124次，同比减少42.3%，专项罚没款金额284.73万元，同比减少19.9%。",
]


@pytest.mark.parametrize("text", CHANGE_WRONG)
def test_change_before_marker_read_past(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", CHANGE_RIGHT)
def test_change_before_marker_consistent(text: str) -> None:
    assert not _found(text)


# --- a part naming the whole's own verb -------------------------------------------------------

OWN_VERB_WRONG = [
    # 5423 + 4008 = 9431 > 9326
    "全市共计受理消费者诉求9326件，其中受理政策咨询5423件、商品和服务投诉4008件。",
    # 50 + 40 = 90 > 86
    "共受理行政复议申请86件，其中受理涉企申请50件、个人申请40件。",
    # 300 + 260 = 560 > 520
    "全年共办理法律援助案件520件，其中办理民事案件300件、刑事案件260件。",
    # 40 + 38 = 78 > 75
    "共查处违法案件75起，其中查处食品案件40起、药品案件38起。",
    # 700 + 600 = 1300 > 1200
    "共调解矛盾纠纷1200件，其中调解婚姻家庭纠纷700件、邻里纠纷600件。",
    # 150 + 220 = 370 > 360
    "全年共受理信访事项360件，其中受理来信150件，来访220件。",
    # 30 + 20 = 50 > 48
    "共审查规范性文件48件，其中审查政府文件30件、部门文件20件。",
    # 1500 + 1000 = 2500 > 2400 (half-width commas)
    "共受理投诉2400件,其中受理电话投诉1500件,网络投诉1000件。",
]

OWN_VERB_RIGHT = [
    # 4423 + 4008 = 8431 ≤ 9326 (some kinds only)
    "全市共计受理消费者诉求9326件，其中受理政策咨询4423件、商品和服务投诉4008件。",
    # stages of other verbs: 80 ≤ 100 received, 70 ≤ 80 accepted
    "共收到申请100件，其中受理80件，办结70件。",
    # 150 + 210 = 360
    "全年共受理信访事项360件，其中受理来信150件，来访210件。",
    # 300 + 200 = 500 ≤ 520
    "共办理法律援助案件520件，其中办理民事案件300件、刑事案件200件。",
    # 80 + 6 = 86
    "收到行政复议申请86件，其中依法受理80件，不予受理6件。",
    # 审结 is another stage: 120 ≤ 200, 150 ≤ 200
    "共受理案件200件，其中受理民事案件120件，审结150件。",
    # a rate after the part: 300 ≤ 580
    "共受理投诉580件，其中受理网络投诉300件，办结率98%。",
    # 700 + 500 = 1200; 调解成功 1100 of the 1200, no further kind
    "共调解矛盾纠纷1200件，其中调解婚姻家庭纠纷700件、邻里纠纷500件，调解成功1100件。",
    # the rest 40 is of the 800 received (800 - 760), not of the 760 concluded: 500 + 200 ≤ 760
    "全年受理投诉800件，办结760件，其中电话投诉办结500件、网络投诉办结200件，其余40件转入下年。",
]


@pytest.mark.parametrize("text", OWN_VERB_WRONG)
def test_part_with_the_wholes_verb_is_a_kind(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", OWN_VERB_RIGHT)
def test_part_with_the_wholes_verb_consistent(text: str) -> None:
    assert not _found(text)


# --- outcomes of one word are never nested ----------------------------------------------------

OUTCOMES_WRONG = [
    # 4 + 1 + 1 = 6 > 5 (4 + 1 = 5 does not make 不公开 a part of 部分公开)
    "共收到政府信息公开申请5件，其中4件予以公开，1件部分公开，1件不公开。",
    # 15 + 5 + 3 = 23 > 20
    "全年收到依申请公开20件，其中予以公开15件，部分公开5件，不予公开3件。",
    # 8 + 4 + 2 = 14 > 12
    "办理申请12件，其中同意公开8件、部分公开4件、不予公开2件。",
    # 25 + 5 + 5 = 35 > 30
    "受理许可申请30件，其中准予许可25件，部分许可5件，不予许可5件。",
    # 32 + 8 + 4 = 44 > 40
    "审查备案文件40件，其中予以备案32件，部分备案8件，不予备案4件。",
    # 6 + 3 + 1 = 10 > 9 (half-width commas)
    "收到申请9件,其中予以公开6件,部分公开3件,不予公开1件。",
    # 12 + 6 + 2 = 20 > 18
    "共收到申请18件，其中公开12件，部分公开6件，不公开2件。",
    # 40 + 10 + 6 = 56 > 50
    "收到意见建议50条，其中予以采纳40条，部分采纳10条，不予采纳6条。",
]

OUTCOMES_RIGHT = [
    # 3 + 1 + 1 = 5
    "共收到政府信息公开申请5件，其中3件予以公开，1件部分公开，1件不公开。",
    # 39 + 64 = 103; 31 ≤ 64, read as settled among the 64 (no word negated)
    "办结案件103件，其中案前调解39件，受理后调解64件，案中调解成功31件。",
    # 12 + 5 + 3 = 20
    "全年收到依申请公开20件，其中予以公开12件，部分公开5件，不予公开3件。",
    # 25 + 5 = 30
    "受理许可申请30件，其中准予许可25件，不予许可5件。",
    # 40 + 20 = 60; 15 ≤ 20 may lie within the others
    "共办理案件60件，其中民事案件40件，刑事案件20件，涉及未成年人案件15件。",
    # 8 + 3 + 1 = 12
    "办理申请12件，其中同意公开8件、部分公开3件、不予公开1件。",
    # 30 + 6 + 4 = 40
    "审查备案文件40件，其中予以备案30件，部分备案6件，不予备案4件。",
    # 12 + 6 = 18
    "收到申请18件，其中公开12件，部分公开6件，均已答复。",
]


@pytest.mark.parametrize("text", OUTCOMES_WRONG)
def test_outcomes_of_one_word_not_nested(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", OUTCOMES_RIGHT)
def test_outcomes_of_one_word_consistent(text: str) -> None:
    assert not _found(text)


# --- 集中供养 / 分散供养: the two forms of support of the extremely poor ----------------------------

SUPPORT_WRONG = [
    # 54 + 226 = 280 ≠ 316 (half-width commas)
    "全区共有特困人员316人,其中集中供养 54人,分散供养226人,累计发放供养金858.27万元。",
    # 300 + 850 = 1150 ≠ 1200
    "全县特困人员1200人，其中集中供养300人，分散供养850人。",
    # 120 + 460 = 580 ≠ 600
    "全市现有特困供养人员600人，其中集中供养120人、分散供养460人。",
    # 45 + 300 = 345 ≠ 354
    "全镇共有特困人员354人，其中集中供养45人，分散供养300人，供养金按月足额发放。",
    # 1800 + 5100 = 6900 ≠ 7000
    "全省纳入特困人员救助供养7000人，其中集中供养1800人，分散供养5100人。",
    # 88 + 400 = 488 ≠ 498
    "年末特困人员498人，其中集中供养88人，分散供养400人。",
    # 210 + 1000 = 1210 > 1200
    "全县特困人员1200人，其中集中供养210人，分散供养1000人。",
    # 12 + 60 = 72 ≠ 70
    "全乡特困人员70人，其中集中供养12人，分散供养60人。",
]

SUPPORT_RIGHT = [
    # 54 + 262 = 316
    "全区共有特困人员316人,其中集中供养 54人,分散供养262人,累计发放供养金858.27万元。",
    # 300 + 900 = 1200
    "全县特困人员1200人，其中集中供养300人，分散供养900人。",
    # 300 + 900 = 1200; 失能 210 is another way of classing
    "全县特困人员1200人，其中集中供养300人，分散供养900人，失能半失能特困人员210人。",
    # one part only: 300 ≤ 1200
    "全县特困人员1200人，其中集中供养300人。",
    # 120 + 480 = 600
    "全市现有特困供养人员600人，其中集中供养120人、分散供养480人。",
    # 1800 + 5200 = 7000
    "全省纳入特困人员救助供养7000人，其中集中供养1800人，分散供养5200人。",
    # a rate, no count: nothing to add
    "全县特困人员1200人，集中供养率达到25%。",
    # 集中/分散 of trainings: no such pair, some kinds only (40 + 30 ≤ 100)
    "全年开展培训100场，其中集中培训40场，分散培训30场。",
]


@pytest.mark.parametrize("text", SUPPORT_WRONG)
def test_support_forms_split_the_whole(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", SUPPORT_RIGHT)
def test_support_forms_consistent(text: str) -> None:
    assert not _found(text)
