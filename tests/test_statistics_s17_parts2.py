"""Whole and parts, round 2 (session 17, s17-parts2; issue 9).

1. A whole counted by its concluding verb (办结/审结…68件) is all concluded: a 其中 list of
   three or more decisions (维持、撤销、驳回、确认违法…) is all of its outcomes and must add up
   (relations/partition.py, the 其中 branch calling ``_as_outcomes``). Two decisions only
   (「维持52件、撤销9件」) are the pair usually quoted, not the outcome split, even after
   「全部审结」 (``_outcome_split``).
2. After a split by nature (线上/线下), a 的-clause telling what a check found among the items
   (核查发现…的办件90件: numbers.toml ``clauses.found-leads``, ``topic-leads``) is no third part:
   the split alone is the reading (``_found_among``).
3. A sentence opening with a strong total (「全区合计开展法治培训406场」) sums the sentence
   before it when every figure there names the tail of the total's words (培训)
   (``_sums_sentence_before``); as after a comma, a shortfall is a warning, an excess an error.
4. One whole split by several dimensions in the tight form 「按…分A…」 where one split adds up:
   the others must add up too — a warning when short (``_parallel_splits``).
5. A scope of a stage with no figure of that stage before it (「审结的…案件中，…分别为47件、
   15件；全年共审结…案件60件」) takes the first figure of that stage after its statement in
   its sentence that names the scope's noun (``_stage_told_after``).
6. A scope opening with a word pointing back (这些站点中, 上述检查中) at the one figure of the
   unit before it is that figure's set, whatever noun it uses; items joined by 、 are one
   enumeration even when a bracket cuts the words before a figure (「村（居）工作室137个」).
7. Figures per the same member and period (每人每月), the later ones counted as the parts that
   make up the first (「由…和…两部分组成」), add up like counts (``_per_member_composed``).
8. A total after 「每个乡镇配备专职法治员3名」 whose words are the members' noun and then what each
   got (「乡镇专职法治员共计45名」) repeats it: above the product is a warning too
   (relations/magnitude.py ``_repeats``).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

SPLIT = ("N101", "N102")

OUTCOMES_WRONG = [
    # 61 + 14 + 8 + 5 + 2 + 1 = 91 != 93
    "全年共审结行政复议案件93件，其中维持原行政行为61件、驳回复议申请14件、撤销8件、确认违法5件、责令履行法定职责2件、终止审理1件。",
    # 45 + 4 + 6 + 9 + 3 = 67 != 68
    "全年办结行政复议案件68件，其中维持45件、确认违法4件、撤销6件、驳回复议申请9件、终止审理3件。",
    # 33 + 7 + 5 + 1 = 46 != 47
    "区政府全年审结行政复议案件47件，其中维持33件、撤销7件、驳回复议申请5件、终止审理1件。",
    # 120 + 18 + 11 + 9 = 158 != 161
    "市政府全年办结行政复议案件161件，其中维持120件、撤销18件、确认违法11件、终止9件。",
    # 22 + 6 + 4 = 32 != 30 (over)
    "全年审结行政复议案件30件，其中维持22件、撤销6件、终止审理4件。",
    # 70 + 12 + 8 + 3 = 93 != 95
    "县政府全年办结行政复议案件95件，其中维持70件、驳回复议申请12件、撤销8件、终止审理3件。",
    # 14 + 3 + 2 = 19 != 21
    "全年审结行政复议案件21件，其中维持14件、撤销3件、终止2件。",
    # 88 + 15 + 6 + 4 + 2 = 115 != 118
    "全年办结行政复议案件118件，其中维持88件、驳回15件、撤销6件、确认违法4件、终止2件。",
]

OUTCOMES_RIGHT = [
    # partial pair: 52 + 9 = 61 < 76; 9 / 76 = 11.84% -> 11.8%
    "区人民政府全年共受理行政复议案件76件，全部依法审结，其中维持52件、撤销9件，依法纠错率11.8%。",
    # partial pair: 74 + 11 = 85 < 118; 11 / 118 = 9.32% -> 9.3%
    "市人民政府全年共受理行政复议案件118件，已全部审结，其中维持74件、撤销11件，纠错率9.3%。",
    # 61 + 14 + 8 + 5 + 2 + 1 = 91
    "全年共审结行政复议案件91件，其中维持原行政行为61件、驳回复议申请14件、撤销8件、确认违法5件、责令履行法定职责2件、终止审理1件。",
    # partial pair after a concluded whole: 40 + 6 = 46 < 58
    "全年审结行政复议案件58件，其中维持40件、撤销6件。",
    # no closing (终止) listed: some ways only; 33 + 7 + 5 = 45 < 47
    "区政府全年审结行政复议案件47件，其中维持33件、撤销7件、驳回复议申请5件。",
    # a rest told after the list: 14 + 28 + 5 + 2 + 4 + 3 = 56 < 73
    "审结行政复议案件73件，其中驳回复议申请14件、维持28件、撤销5件、变更2件、确认违法4件、终止3件，其余案件以调解、和解方式结案。",
    # a sum of some told after: 52 + 9 + 6 + 3 = 70 < 96
    "全年办结行政复议案件96件，其中维持52件，撤销9件、确认违法6件、终止3件，合计纠正违法行为15件。",
    # 主要为…: some outcomes only, 30 + 5 + 3 = 38 < 44
    "全年审结行政复议案件44件，主要为维持30件、撤销5件、驳回3件等。",
    # the whole is received, not concluded: 31 + 4 + 2 = 37 < 45 (some still open)
    "全年收到行政复议申请45件，其中维持31件、撤销4件、驳回2件，其余尚在审理中。",
    # pair quoted after 均已办结: 66 + 8 = 74 < 90
    "全年受理行政复议案件90件，均已办结，其中维持66件、撤销8件。",
]

FOUND_WRONG = [
    # 1842 + 761 = 2603 != 2615 (12 is found among them)
    "全年受理医保待遇申请2,615件，其中线上申请1,842件、窗口申请761件，抽查发现材料不全需补正的申请12件，均已一次性告知。",
    # 3517 + 1219 = 4736 != 4826
    "区政务服务中心全年受理政务服务事项办件4,826件，其中线上办理3,517件、线下办理1,219件，核查发现存在材料重复提交问题的办件90件。",
    # 512 + 233 = 745 != 752
    "全年受理企业登记申请752件，其中网上申请512件、窗口申请233件，核查发现信息填报有误的申请7件。",
    # 84 + 39 = 123 != 130
    "全年审结行政案件130件，其中一审案件84件、二审案件39件，查实存在程序瑕疵的案件7件。",
    # 286 + 91 = 377 != 383
    "全年办理法律援助案件383件，其中线上受理286件、线下受理91件，查出不符合条件的案件6件。",
    # 1204 + 377 = 1581 != 1590
    "全年办理不动产登记业务1,590件，其中网上办理1,204件、窗口办理377件，抽查发现资料缺失的业务9件。",
    # 45 + 28 = 73 != 76
    "全年审结劳动争议案件76件，其中简易程序45件、普通程序28件，涉及欠薪问题的案件3件。",
    # 652 + 141 = 793 != 801
    "全年受理12345热线诉求801件，其中线上诉求652件、线下诉求141件，回访发现办理不到位的诉求8件。",
]

FOUND_RIGHT = [
    # 2871 + 333 = 3204; 2016 户 is another unit
    "全年办理企业开办业务3,204件，其中线上办理2,871件、线下办理333件，涉及新设市场主体2,016户。",
    # 3517 + 1219 = 4736; 90万元 another unit
    "全年受理投诉举报4,736件，其中线上3,517件、线下1,219件，涉及金额90万元。",
    # 1842 + 773 = 2615; 12 found among them
    "全年受理医保待遇申请2,615件，其中线上申请1,842件、窗口申请773件，抽查发现材料不全需补正的申请12件。",
    # 一顿号 list of three channels: 60 + 50 + 40 = 150
    "全年受理咨询150件，其中窗口60件、网上50件、热线40件。",
    # 84 + 46 = 130; 7 found among them
    "全年审结行政案件130件，其中一审案件84件、二审案件46件，查实存在程序瑕疵的案件7件。",
    # the third is a third channel (自助终端), no 的-clause of a finding: 500 + 240 + 12 = 752
    "全年受理企业登记申请752件，其中网上申请500件、窗口申请240件、自助终端申请12件。",
    # 286 + 97 = 383; 6 found
    "全年办理法律援助案件383件，其中线上受理286件、线下受理97件，查出不符合条件的案件6件。",
    # 45 + 31 = 76; 3 touch 欠薪
    "全年审结劳动争议案件76件，其中简易程序45件、普通程序31件，涉及欠薪问题的案件3件。",
]

TOTAL_AFTER_WRONG = [
    # 21 + 86 + 302 = 409 != 406
    "全年区级层面开展法治培训21场，各街道开展培训86场，各村居开展培训302场。全区合计开展法治培训406场。",
    # 16 + 143 + 58 = 217 != 215
    "全年区级组织法治讲座16场，各学校自行组织法治讲座143场，家长学校组织法治讲座58场。全区合计开展法治讲座215场。",
    # 12 + 47 + 136 = 195 != 197
    "全年区级举办普法文艺演出12场，各街道举办普法文艺演出47场，各社区举办普法文艺演出136场。全区合计举办普法文艺演出197场。",
    # 35 + 118 = 153 != 150
    "市级开展联合执法检查35次，各县区开展联合执法检查118次。全市合计开展联合执法检查150次。",
    # 8 + 26 + 64 = 98 != 96
    "县级组织矛盾纠纷排查8次，乡镇组织排查26次，村级组织排查64次。全县总计组织矛盾纠纷排查96次。",
    # 140 + 95 = 235 != 245
    "区级层面发放普法资料140份，各街道发放普法资料95份。全区共计发放普法资料245份。",
    # 3 + 17 + 42 = 62 != 60
    "区级召开法治政府建设推进会3次，部门召开推进会17次，街道召开推进会42次。全区合计召开推进会60次。",
    # 410 + 236 = 646 != 640
    "区司法局组织旁听庭审410人次，各部门组织旁听庭审236人次。全区合计组织旁听庭审640人次。",
]

TOTAL_AFTER_RIGHT = [
    # 12 + 47 + 136 = 195
    "全年区级举办普法文艺演出12场，各街道举办普法文艺演出47场，各社区举办普法文艺演出136场。全区合计举办普法文艺演出195场。",
    # 21 + 86 + 302 = 409
    "全年区级层面开展法治培训21场，各街道开展培训86场，各村居开展培训302场。全区合计开展法治培训409场。",
    # the total names another noun (宣传活动): the sentence before is not all of it
    "全年区级开展法治讲座16场，各学校开展法治讲座143场。全区合计开展普法宣传活动215场。",
    # a total in the same sentence as other figures first: only the same-sentence rule
    "市级开展联合执法检查35次，各县区开展联合执法检查118次。全年抽查企业62家，合计开展检查153次。",
    # the sentence before holds a figure of another noun (案件): not all parts
    "区级开展法治培训21场，各街道办理案件86件，各村居开展培训302场。全区合计开展法治培训330场。",
    # a figure of the previous sentence has its own total marker: 140 + 95 = 235
    "区级层面发放普法资料140份，各街道共发放普法资料95份。全区共计发放普法资料245份。",
    # 3 + 17 + 42 = 62
    "区级召开法治政府建设推进会3次，部门召开推进会17次，街道召开推进会42次。全区合计召开推进会62次。",
    # one figure only before: no list
    "区司法局组织旁听庭审410人次。全区合计组织旁听庭审640人次。",
]

PARALLEL_WRONG = [
    # 19 + 15 + 9 = 43 != 46; 31 + 15 = 46
    "全年共查处占道经营案件46起，按经营类型分餐饮摊点19起，水果摊点15起，杂货摊点9起；按查处方式分简易程序31起，普通程序15起。",
    # 13 + 7 + 6 = 26 != 28; 5 + 23 = 28
    "全年共查处违法建设案件28宗，按建设性质分住宅加建13宗，商铺搭建7宗，厂房扩建6宗；按当事人类别分单位5宗，个人23宗。",
    # 40 + 22 = 62 != 65; 30 + 20 + 15 = 65
    "全年共办理行政许可事项65件，按许可类型分经营许可30件，建设许可20件，卫生许可15件；按申请主体分企业40件，个人22件。",
    # 11 + 9 + 5 = 25 != 27; 20 + 7 = 27
    "全年立案查处价格违法案件27件，按违法类型分不明码标价11件，虚假优惠9件，价格欺诈5件；按案件来源分投诉举报20件，日常检查7件。",
    # 52 + 30 = 82 != 84; 60 + 24 = 84
    "全年查处交通运输违法案件84起，按行业分货运52起，客运30起；按处罚种类分罚款60起，警告24起。",
    # 17 + 12 + 4 = 33 != 35; 25 + 10 = 35
    "全年查处环境违法案件35件，按污染类型分水污染17件，大气污染12件，噪声污染4件；按主体分企业25件，个体工商户10件。",
    # 8 + 6 = 14 != 16; 9 + 7 = 16
    "全年查处无证经营案件16起，按领域分餐饮8起，食品销售6起；按程序分简易程序9起，普通程序7起。",
    # 101 + 77 = 178 != 180; 120 + 60 = 180
    "全年办理消防行政处罚案件180件，按对象分单位101件，个人77件；按处罚种类分罚款120件，警告60件。",
]

PARALLEL_RIGHT = [
    # 38 + 21 + 13 = 72; 29 + 43 = 72
    "全年共查处安全生产违法行为72起，按行业分工贸企业38起，危化品企业21起，建筑施工企业13起；按处罚种类分警告29起，罚款43起。",
    # 13 + 7 + 8 = 28; 5 + 23 = 28
    "全年共查处违法建设案件28宗，按建设性质分住宅加建13宗，商铺搭建7宗，厂房扩建8宗；按当事人类别分单位5宗，个人23宗。",
    # no split adds up: neither claimed whole (19 + 15 = 34 < 46, 20 + 15 = 35 < 46)
    "全年共查处占道经营案件46起，按经营类型分餐饮摊点19起，水果摊点15起；按案件来源分群众举报20起，日常巡查15起。",
    # one split only: 19 + 15 + 9 = 43 < 46, the main kinds
    "全年共查处占道经营案件46起，按经营类型分餐饮摊点19起，水果摊点15起，杂货摊点9起。",
    # 30 + 20 + 15 = 65; 40 + 25 = 65
    "全年共办理行政许可事项65件，按许可类型分经营许可30件，建设许可20件，卫生许可15件；按申请主体分企业40件，个人25件。",
    # the second split opened with a comma (按年龄分，): classes of interest, not tight
    "全年共调解婚姻家庭纠纷60件，按程序分简易程序45件，普通程序15件；按当事人年龄分，60周岁以上老年人18件、未成年人子女抚养纠纷9件。",
    # 52 + 32 = 84; 60 + 24 = 84
    "全年查处交通运输违法案件84起，按行业分货运52起，客运32起；按处罚种类分罚款60起，警告24起。",
    # 101 + 79 = 180; 120 + 60 = 180
    "全年办理消防行政处罚案件180件，按对象分单位101件，个人79件；按处罚种类分罚款120件，警告60件。",
]

AFTER_SCOPE_WRONG = [
    # 47 + 15 = 62 > 60
    "审结的行政诉讼案件中，一审、二审案件分别为47件、15件；全年共审结行政诉讼案件60件，败诉4件。",
    # 1384 + 297 = 1681 > 1672
    "审结的民事案件中，简易程序、普通程序案件分别为1,384件、297件；全年共审结民事案件1,672件，调撤率61.2%。",
    # 33 + 20 = 53 > 51
    "受理的行政复议案件中，涉企案件、涉民生案件分别为33件、20件；全年共受理行政复议案件51件。",
    # 128 + 77 = 205 > 201
    "办结的政府信息公开申请中，予以公开、部分公开分别为128件、77件；全年共办结政府信息公开申请201件。",
    # 60 + 45 = 105 > 98
    "审结的刑事案件中，适用速裁程序、简易程序案件分别为60件、45件；全年共审结刑事案件98件。",
    # 19 + 14 = 33 > 31
    "受理的劳动争议仲裁案件中，线上申请、窗口申请分别为19件、14件；全年共受理劳动争议仲裁案件31件。",
    # 240 + 130 = 370 > 366
    "审结的执行案件中，首次执行、恢复执行案件分别为240件、130件；全年共审结执行案件366件。",
    # 8 + 5 = 13 > 12
    "办结的行政复议案件中，维持、撤销分别为8件、5件；全年共办结行政复议案件12件。",
]

AFTER_SCOPE_RIGHT = [
    # 47 + 13 = 60
    "审结的行政诉讼案件中，一审、二审案件分别为47件、13件；全年共审结行政诉讼案件60件，败诉4件。",
    # partial: 23 + 17 = 40 < 58 (other kinds of supervision)
    "办理的行政检察监督案件中，生效裁判监督、审判程序监督案件分别为23件、17件；全年共办理行政检察监督案件58件。",
    # partial: 33 + 12 = 45 < 51
    "受理的行政复议案件中，涉企案件、涉民生案件分别为33件、12件；全年共受理行政复议案件51件。",
    # the figure after names another noun (刑事案件): not the scope's set; 1384 + 297 = 1681
    "审结的民事案件中，简易程序、普通程序案件分别为1,384件、297件；全年共审结刑事案件1,672件。",
    # the later figure is of another stage (受理): 47 + 15 = 62 < 70
    "审结的行政诉讼案件中，一审、二审案件分别为47件、15件；全年共受理行政诉讼案件70件。",
    # the later figure is in the next sentence: no whole; 60 + 45 = 105
    "审结的刑事案件中，适用速裁程序、简易程序案件分别为60件、45件。全年共审结刑事案件98件。",
    # 128 + 73 = 201
    "办结的政府信息公开申请中，予以公开、部分公开分别为128件、73件；全年共办结政府信息公开申请201件。",
    # 240 + 126 = 366
    "审结的执行案件中，首次执行、恢复执行案件分别为240件、126件；全年共审结执行案件366件。",
]


@pytest.mark.parametrize("text", OUTCOMES_WRONG)
def test_enumerated_decisions_of_a_concluded_whole_add_up(text: str) -> None:
    assert any(code in SPLIT for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", OUTCOMES_RIGHT)
def test_decision_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=SPLIT), text


@pytest.mark.parametrize("text", FOUND_WRONG)
def test_found_among_a_split_is_no_third_part(text: str) -> None:
    assert any(code in SPLIT for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", FOUND_RIGHT)
def test_found_among_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=SPLIT), text


@pytest.mark.parametrize("text", TOTAL_AFTER_WRONG)
def test_total_sentence_sums_the_sentence_before(text: str) -> None:
    # (an excess is an error; a shortfall a warning, as for a total after a comma)
    assert _any(text, codes=SPLIT), text


@pytest.mark.parametrize("text", TOTAL_AFTER_RIGHT)
def test_total_sentence_traps_stay_silent(text: str) -> None:
    assert not _errors(text), text


@pytest.mark.parametrize("text", PARALLEL_WRONG)
def test_parallel_splits_each_add_up(text: str) -> None:
    assert any(code in SPLIT for code, _ in _any(text)), text


@pytest.mark.parametrize("text", PARALLEL_RIGHT)
def test_parallel_split_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=SPLIT), text


@pytest.mark.parametrize("text", AFTER_SCOPE_WRONG)
def test_scope_whole_told_after(text: str) -> None:
    assert any(code in SPLIT for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", AFTER_SCOPE_RIGHT)
def test_scope_whole_after_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=SPLIT), text


BACK_WRONG = [
    # 11 + 137 = 148 > 146
    "全区建成公共法律服务工作站（室）146个。这些站点中，镇级工作站11个、村（居）工作室137个。",
    # 12 + 49 = 61 > 58
    "全市设立法律援助工作站58个。上述站点中，县级工作站12个、乡镇（街道）工作站49个。",
    # 187 + 131 = 318 > 312
    "全年收到群众来信312件。这些信件中，实名来信187件、匿名来信131件。",
    # 148 + 61 = 209 > 205
    "全县共聘请村（社区）法律顾问205名。这些顾问中，执业律师148名、基层法律服务工作者61名。",
    # 176 + 262 = 438 > 430
    "全年开展行政执法检查430次。上述检查中，联合检查176次、单独检查262次。",
    # 9 + 30 = 39 > 37
    "全区共培育法治示范村（社区）37个。这些示范点中，省级示范点9个、市级示范点30个。",
    # 58 + 41 = 99 > 96
    "全年审查行政规范性文件96件。上述文本中，市政府文件58件、部门文件41件。",
    # 50 + 37 = 87 > 84
    "全年受理政府信息公开申请84件。这些申请中，网上申请50件、信函申请37件。",
]

BACK_RIGHT = [
    # 11 + 135 = 146
    "全区建成公共法律服务工作站（室）146个。这些站点中，镇级工作站11个、村（居）工作室135个。",
    # partial: 11 + 97 = 108 < 146
    "全区建成公共法律服务工作站（室）146个。这些站点中，镇级工作站11个、村（居）工作室97个。",
    # attributes with their own verbs (may overlap): 132 + 98 = 230 > 146
    "全区建成公共法律服务工作站146个。这些站点中，配备专职律师的132个，开通远程视频服务的98个。",
    # another unit after the scope (个, 次): no split of 430次
    "全年开展行政执法检查430次。上述检查中，发现问题183个、督促整改176个。",
    # 187 + 125 = 312
    "全年收到群众来信312件。这些信件中，实名来信187件、匿名来信125件。",
    # 176 + 254 = 430
    "全年开展行政执法检查430次。上述检查中，联合检查176次、单独检查254次。",
    # 12 + 46 = 58
    "全市设立法律援助工作站58个。上述站点中，县级工作站12个、乡镇（街道）工作站46个。",
    # 148 + 57 = 205
    "全县共聘请村（社区）法律顾问205名。这些顾问中，执业律师148名、基层法律服务工作者57名。",
]


@pytest.mark.parametrize("text", BACK_WRONG)
def test_scope_pointing_back_at_the_one_figure(text: str) -> None:
    assert _any(text, codes=SPLIT), text


@pytest.mark.parametrize("text", BACK_RIGHT)
def test_scope_pointing_back_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=SPLIT), text


COMPOSED_WRONG = [
    # 1760 + 340 = 2100 != 2080
    "公益性岗位补贴标准调整为每人每月2,080元，由岗位补贴每人每月1,760元和社会保险补贴每人每月340元两部分构成。",
    # 980 + 190 = 1170 != 1150
    "特困人员基本生活费提高至每人每月1,150元，由基本生活标准每人每月980元和照料护理补贴每人每月190元两部分组成。",
    # 1400 + 250 = 1650 != 1630
    "孤儿基本生活费提高至每人每月1,630元，由基本生活费每人每月1,400元和教育补助每人每月250元两部分组成。",
    # 2600 + 500 = 3100 != 3200
    "村干部报酬标准为每人每月3,200元，由基本报酬每人每月2,600元和绩效报酬每人每月500元两部分构成。",
    # 1.8 + 0.4 = 2.2 != 2.4 (beyond the rounding of one decimal)
    "专职网格员补贴为每人每年2.4万元，由基础补贴每人每年1.8万元和考核奖励每人每年0.4万元两部分组成。",
    # 600 + 300 + 150 = 1050 != 1000
    "专职调解员补贴为每人每月1,000元，由固定补贴每人每月600元、案件补贴每人每月300元和交通补贴每人每月150元三部分组成。",
    # 90 + 70 = 160 != 150
    "困难残疾人生活补贴为每人每月150元，由省级补助每人每月90元和县级配套每人每月70元两部分组成。",
    # 780 + 100 = 880 != 900
    "城市低保标准提高至每人每月900元，由基本保障金每人每月780元和物价补贴每人每月100元两部分组成。",
]

COMPOSED_RIGHT = [
    # 1760 + 320 = 2080
    "公益性岗位补贴标准调整为每人每月2,080元，由岗位补贴每人每月1,760元和社会保险补贴每人每月320元两部分构成。",
    # 980 + 170 = 1150
    "特困人员基本生活费提高至每人每月1,150元，由基本生活标准每人每月980元和照料护理补贴每人每月170元两部分组成。",
    # 1400 + 230 = 1630
    "孤儿基本生活费提高至每人每月1,630元，由基本生活费每人每月1,400元和教育补助每人每月230元两部分组成。",
    # 2600 + 600 = 3200
    "村干部报酬标准为每人每月3,200元，由基本报酬每人每月2,600元和绩效报酬每人每月600元两部分构成。",
    # 1.8 + 0.6 = 2.4
    "专职网格员补贴为每人每年2.4万元，由基础补贴每人每年1.8万元和考核奖励每人每年0.6万元两部分组成。",
    # 600 + 300 + 100 = 1000
    "专职调解员补贴为每人每月1,000元，由固定补贴每人每月600元、案件补贴每人每月300元和交通补贴每人每月100元三部分组成。",
    # different periods (每月, 每年): 980 + 2040 / 12 = 1150, no sum of the printed figures
    "特困人员基本生活费提高至每人每月1,150元，由基本生活标准每人每月980元和照料护理补贴每人每年2,040元两部分组成。",
    # no count of parts (两部分): no claim they make it up; 980 + 190 = 1170
    "特困人员基本生活费提高至每人每月1,150元，基本生活标准每人每月980元和照料护理补贴每人每月190元均按月发放。",
]

PRODUCT_WRONG = [
    # 14 * 3 = 42 != 45
    "全县14个乡镇每个乡镇配备专职法治员3名，全县乡镇专职法治员共计45名。",
    # 11 * 2 = 22 != 24
    "全区11个街道每个街道配备公职律师2名，全区街道公职律师共计24名。",
    # 8 * 2 = 16 != 18
    "全市8个园区每个园区设立法律服务站2个，全市园区法律服务站共计18个。",
    # 23 * 5 = 115 != 120
    "全县23个社区每个社区配备法律明白人5名，全县社区法律明白人共计120名。",
    # 6 * 2 = 12 != 14
    "全区6个执法中队每个中队配备法制审核员2名，全区中队法制审核员共计14名。",
    # 12 * 3 = 36 != 39
    "全市12个司法所每个司法所配备专职人民调解员3名，全市司法所专职人民调解员共计39名。",
    # 9 * 4 = 36 != 38
    "全县9个乡镇每个乡镇建立调解工作室4个，全县乡镇调解工作室共计38个。",
    # 15 * 1 = 15 != 17
    "全区15个社区每个社区聘请法律顾问1名，全区社区法律顾问共计17名。",
]

PRODUCT_RIGHT = [
    # 14 * 3 = 42
    "全县14个乡镇每个乡镇配备专职法治员3名，全县乡镇专职法治员共计42名。",
    # 至少: a bound, 14 * 3 = 42 <= 45
    "全县14个乡镇每个乡镇至少配备专职法治员3名，全县乡镇专职法治员共计45名。",
    # a stock (共有) may hold more than those given
    "全县14个乡镇每个乡镇配备专职法治员3名，全县共有专职法治员45名。",
    # another thing counted (各类法治工作人员): more may be of other work
    "全县14个乡镇每个乡镇配备专职法治员3名，全县共招聘各类法治工作人员45名。",
    # 11 * 2 = 22
    "全区11个街道每个街道配备公职律师2名，全区街道公职律师共计22名。",
    # 另: more from elsewhere (11 * 2 + 2 = 24)
    "全区11个街道每个街道配备公职律师2名，另在区级配备公职律师2名，全区公职律师共计24名。",
    # 8 * 2 = 16
    "全市8个园区每个园区设立法律服务站2个，全市园区法律服务站共计16个。",
    # 23 * 5 = 115
    "全县23个村每个村配备法律明白人5名，全县村法律明白人共计115名。",
]


@pytest.mark.parametrize("text", COMPOSED_WRONG)
def test_per_member_parts_make_up_the_figure(text: str) -> None:
    assert _any(text, codes=SPLIT), text


@pytest.mark.parametrize("text", COMPOSED_RIGHT)
def test_per_member_composed_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=SPLIT), text


@pytest.mark.parametrize("text", PRODUCT_WRONG)
def test_total_repeating_members_and_what_each_got(text: str) -> None:
    assert _any(text), text


@pytest.mark.parametrize("text", PRODUCT_RIGHT)
def test_member_product_traps_stay_silent(text: str) -> None:
    assert not _any(text), text
