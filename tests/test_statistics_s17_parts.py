"""Whole and parts (session 17, s17-parts; issue 9).

1. A rest clause that lists its kinds joined by 和/及/、, each with its figure —
   「专职律师431名，其余为兼职律师21名和公职律师34名」 — is the rest: all of its figures are
   parts of the whole (relations/partition.py ``_rest_items``, ``_rest_run_end``). Not a
   figure added by 另/还/此外 (outside the whole), nor one in another clause.
2. A list read after 全部办结 whose one part is the whole (按承诺时限办结1,046件) beside acts
   done to some items (当场办结388件, 全程网办721件) is no split: those acts may overlap
   (``_whole_again``). Kinds of one measure (区级审结/街道审结) or an exhaustive pair still
   split the whole.
3. A list under a scope naming its set (「联合检查中，由我局牵头开展的215次，配合…178次」) lies
   in that set: no part of it is read into the list of the figure's parent to excuse an excess
   (``partition_relations``: the nested reading is not tried for a group with a scope).
4. A split by nature without a marker (「58件，已审结的49件，尚未审结的7件」) ends before a
   clause opening with a scope (「已审结案件中维持…41件」): that figure draws from the scope's
   set, no third part (``_exhaustive_groups``); a state under way (尚在审查中5件) is no scope.
5. A last part added by 另 that lies outside the whole — larger than the whole by itself, or
   said so in its clause (不在登记数内, 未纳入统计: numbers.toml ``containment.outside-whole``)
   — is no part of it (``_drop_added_outside``); a 另 part with no such words stays the rest.
6. 「部分联合检查同时覆盖两个领域」 says one item is counted in several parts (numbers.toml
   ``clauses.overlap``: 同时覆盖/同时包含/同时涵盖): the parts need not add up, but each is
   still at most the whole.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

REST_LIST_WRONG = [
    # 49 + 9 + 8 = 66 != 64
    "全区共有执业公证员64名，其中专职公证员49名，其余为兼职公证员9名和援助公证员8名。",
    # 58 + 917 + 246 = 1221 != 1236
    "全年共检查食品经营户1,236户，其中大型商超58户，其余为中小餐饮店917户和流动摊贩246户。",
    # 248 + 52 + 9 = 309 != 306
    "全年共办理物业纠纷调解案件306件，其中调解成功的248件，其余为调解不成的52件和申请人撤回的9件。",
    # 431 + 21 + 36 = 488 != 486
    "全区共有执业律师486名，其中专职律师431名，其余为兼职律师21名和公职律师36名。",
    # 120 + 45 + 30 + 8 = 203 != 210
    "全年审查行政合同210份，其中采购合同120份，其余为租赁合同45份、服务合同30份和合作协议8份。",
    # 73 + 12 + 6 = 91 != 95
    "全年受理政府信息公开申请95件，其中予以公开73件，其余为部分公开12件及不予公开6件。",
    # 26 + 14 + 5 = 45 > 43
    "全县共有法律援助工作站43个，其中乡镇工作站26个，其余为村级联络点14个和园区工作站5个。",
    # 310 + 88 + 21 = 419 != 412
    "全年培训行政执法人员412人，其中区直部门310人，其余为街道执法队员88人和辅助人员21人。",
]

REST_LIST_RIGHT = [
    # 431 + 21 + 34 = 486
    "全区共有执业律师486名。执业律师中，专职律师431名，其余为兼职律师21名和公职律师34名。",
    # 316 + 745 + 67 = 1128
    "全区共有人民调解员1,128名，其中专职人民调解员316名，其余为兼职调解员745名和特邀调解员67名。",
    # 58 + 917 + 246 = 1221
    "全年共检查食品经营户1,221户，其中大型商超58户，其余为中小餐饮店917户和流动摊贩246户。",
    # 120 + 45 + 30 + 15 = 210
    "全年审查行政合同210份，其中采购合同120份，其余为租赁合同45份、服务合同30份和合作协议15份。",
    # 73 + 22 = 95; 另有 adds 6 outside the whole (not a part of the rest)
    "全年受理政府信息公开申请95件，其中予以公开73件，其余为部分公开22件，另有撤回申请6件。",
    # the figure after the rest is a new clause of another thing: 26 + 17 = 43, 9 staff
    "全县共有法律援助工作站43个，其中乡镇工作站26个，其余为村级联络点17个，配备专职人员9个。",
    # a rest of one figure: 310 + 102 = 412
    "全年培训行政执法人员412人，其中区直部门310人，其余102人为街道执法队员和辅助人员。",
    # rest words only, no figure: the listed part is partial
    "全市共有执业律师2,134名，其中专职律师1,896名，其余为兼职律师和公职律师。",
]


@pytest.mark.parametrize("text", REST_LIST_WRONG)
def test_rest_listing_its_kinds_sums_all_of_them(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", REST_LIST_RIGHT)
def test_rest_listing_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


ACTS_WRONG = [
    # kinds of one measure (区级审结/街道审结): 90 + 70 = 160 > 150
    "全年受理复议申请150件，全部办结，其中按期办结150件，区级审结90件，街道审结70件。",
    # a part above the whole: 812 > 734
    "全年受理审批申请734件，全部办结，其中按期办结734件，当场办结812件。",
    # an exhaustive pair beside the whole: 线上 + 线下 = 420 + 330 = 750 > 734
    "全年受理审批申请734件，全部办结，其中按期办结734件，线上办结420件，线下办结330件。",
    # 分别为 makes it a split: 300 + 450 = 750 != 734
    "全年受理审批申请734件，其中窗口办结和网上办结分别为300件、450件。",
    # kinds with no act: 区级 90 + 街道 60 = 150 > 146
    "全年参加考试的执法人员146名，其中区级90名、街道60名；经考核合格的146名。",
    # 1046 + 1 > 1046: a part above the whole beside the acts
    "全年受理企业开办申请1,046件，全部办结，其中按承诺时限办结1,046件，当场办结1,047件。",
    # 男/女 exhaustive beside the whole: 89 + 52 = 141 != 136
    "全年组织执法人员考试136名，其中实际参考136名，男性89名、女性52名。",
    # a plain split, no part equal to the whole: 388 + 721 = 1109 > 1046
    "全年受理企业开办申请1,046件，其中城区受理388件，园区受理721件。",
]

ACTS_RIGHT = [
    # 388, 721 <= 1046; acts that overlap (一件可当场办结且全程网办)
    "区行政审批局全年受理企业开办申请1,046件，全部办结，其中按承诺时限办结1,046件，当场办结388件，全程网办721件。",
    # 512, 603 <= 734
    "全年受理工程建设项目审批申请734件，全部办结，其中按期办结734件，提前办结512件，全程网办603件。",
    # 210, 180 <= 300
    "全年受理不动产登记申请300件，全部办结，其中按时办结300件，当场办结210件，全程网办180件。",
    # 的-clauses of acts: 13, 11, 9 <= 13
    "全年作出重大行政决策13项，其中经公众参与的13项、专家论证的11项、风险评估的9项。",
    # 24 meetings, 学法 at all of them, 11 in first half
    "全年共召开常务会议24次，其中上半年11次；会前学法24次。",
    # 87 reviewed, 52 and 39 overlapping attributes with 同时
    "全年审查规范性文件87件，其中涉及市场主体经济活动的52件，同时涉及公平竞争审查的39件。",
    # 2316 complaints, partial 其中 list 418 + 637 = 1055 < 2316
    "全年共受理消费投诉2,316件，其中涉及预付式消费的418件，涉及网络购物的637件。",
    # 办结 all 560, 当场 300, 网办 400 (each <= 560)
    "全年受理户籍业务申请560件，全部办结，其中限时办结560件，当场办结300件，全程网办400件。",
]


@pytest.mark.parametrize("text", ACTS_WRONG)
def test_acts_beside_the_whole_do_not_hide_a_split(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", ACTS_RIGHT)
def test_acts_beside_the_whole_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


SCOPED_WRONG = [
    # 215 + 178 = 393 > 386
    "全年开展各类执法检查1420次，其中联合检查386次。联合检查中，由我局牵头开展的215次，配合其他部门开展的178次。",
    # 64 + 31 = 95 > 92
    "全年办理信访事项530件，其中联合接访92件。联合接访中，由我局牵头接待的64件，配合其他部门接待的31件。",
    # 118 + 45 = 163 > 160
    "全年开展行政执法检查612次，其中跨部门检查160次。跨部门检查中，由我局牵头组织的118次，配合其他部门组织的45次。",
    # 27 + 16 = 43 > 41
    "全年组织普法活动305场，其中线上活动41场。线上活动中，由本局举办的27场，与其他单位联合举办的16场。",
    # 73 + 69 = 142 > 139
    "全年受理投诉举报1,026件，其中涉企投诉139件。涉企投诉中，已办结73件，未办结69件。",
    # 52 + 40 = 92 > 90
    "全年组织执法培训300人次，其中新任执法人员培训90人次。新任执法人员中，男性52人次，女性40人次。",
    # 210 + 95 = 305 > 301
    "全年审核行政处罚案件1,500件，其中重大案件301件。重大案件中，适用普通程序的210件，适用听证程序的95件。",
    # 12 + 9 = 21 > 20
    "全年开展联合督查35次，其中专项督查20次。专项督查中，牵头开展12次，配合开展9次。",
]

SCOPED_RIGHT = [
    # 215 + 171 = 386
    "全年开展各类执法检查1420次，其中联合检查386次。联合检查中，由我局牵头开展的215次，配合其他部门开展的171次。",
    # 64 + 28 = 92
    "全年办理信访事项530件，其中联合接访92件。联合接访中，由我局牵头的64件，配合其他部门的28件。",
    # a partial scoped list: 27 + 10 = 37 < 41 (other kinds unlisted)
    "全年组织普法活动305场，其中线上活动41场。线上活动中，直播讲座27场，网络答题10场。",
    # 73 + 66 = 139
    "全年受理投诉举报1,026件，其中涉企投诉139件。涉企投诉中，已办结73件，未办结66件。",
    # one part only: 118 <= 160
    "全年开展行政执法检查612次，其中跨部门检查160次。跨部门检查中，我局牵头118次。",
    # 其中…同时: overlapping attributes, 52 and 39 each <= 87
    "全年审查规范性文件87件，其中涉及市场主体经济活动的52件，同时涉及公平竞争审查的39件。",
    # parts of a different whole (招聘会 36 = 22 + 14), 线上培训 2680 < 4210
    "全年开展职业技能培训4,210人次，其中线上培训2,680人次；全年举办招聘会36场，其中线下招聘会22场，线上招聘会14场。",
    # 12 + 8 = 20
    "全年开展联合督查35次，其中专项督查20次。专项督查中，牵头开展12次，配合开展8次。",
]


@pytest.mark.parametrize("text", SCOPED_WRONG)
def test_scoped_list_is_not_read_into_the_parent(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", SCOPED_RIGHT)
def test_scoped_list_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


PAIR_WRONG = [
    # 49 + 7 = 56 != 58
    "全年共办理行政复议应诉案件58件，已审结的49件，尚未审结的7件，已审结案件中维持原行政行为的41件。",
    # 212 + 15 = 227 != 230
    "全年受理劳动仲裁案件230件，已结案的212件，未结案的15件，结案案件中调解结案的130件。",
    # 88 + 9 = 97 != 99
    "全年受理行政裁决申请99件，已办结的88件，未办结的9件，办结案件中支持申请人请求的51件。",
    # 301 + 24 = 325 != 328
    "全年受理政务服务投诉328件，已办结301件，未办结24件，办结事项中群众满意的287件。",
    # 64 + 5 = 69 != 70
    "全年受理行政复议申请70件，已审结的64件，尚未审结的5件，审结案件中撤销原行政行为的8件。",
    # 153 + 20 = 173 != 170
    "全年受理举报线索170条，已核查的153条，未核查的20条，核查线索中属实的61条。",
    # 42 + 6 = 48 != 46
    "全年办理行政赔偿案件46件，已审结的42件，尚未审结的6件，审结案件中决定赔偿的11件。",
    # 520 + 31 = 551 != 541
    "全年受理消费纠纷541件，已调解的520件，未调解的31件，调解案件中达成协议的466件。",
]

PAIR_RIGHT = [
    # 49 + 9 = 58
    "全年共办理行政复议应诉案件58件，已审结的49件，尚未审结的9件，已审结案件中维持原行政行为的41件。",
    # 212 + 18 = 230
    "全年受理劳动仲裁案件230件，已结案的212件，未结案的18件，结案案件中调解结案的130件。",
    # 109 + 8 + 4 + 5 = 126; 尚在审查中 is a state, no scope
    "受理建设工程规划许可申请126件，作出准予许可决定109件、不予许可8件，申请人撤回4件，尚在审查中5件。",
    # 88 + 11 = 99
    "全年受理行政裁决申请99件，已办结的88件，未办结的11件，办结案件中支持申请人请求的51件。",
    # carry-over: 64 + 5 = 69 = 60 new + 9 carried; not a split of the 60 new
    "全年新收行政复议申请60件，上年结转9件，已审结的64件，尚未审结的5件。",
    # 301 + 27 = 328
    "全年受理政务服务投诉328件，已办结301件，未办结27件，办结事项中群众满意的287件。",
    # 另有 outside: 64 + 6 = 70, another 3 not accepted
    "全年受理行政复议申请70件，已审结的64件，尚未审结的6件，另有不予受理的申请3件。",
    # 153 + 17 = 170
    "全年受理举报线索170条，已核查的153条，未核查的17条，核查线索中属实的61条。",
]


@pytest.mark.parametrize("text", PAIR_WRONG)
def test_pair_ends_before_a_scoped_clause(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", PAIR_RIGHT)
def test_pair_before_a_scoped_clause_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


OUTSIDE_WRONG = [
    # the parts before 另 exceed by themselves: 250 + 150 = 400 > 386
    "全区共有社会组织386家，其中社会团体250家，民办非企业单位150家，另有备案的社区社会组织1,107家不在登记数内。",
    # a 另 part with no words putting it outside is the rest: 142 + 239 + 9 = 390 > 386
    "全区共有社会组织386家，其中社会团体142家，民办非企业单位239家，另有基金会9家。",
    # 41 + 28 + 6 = 75 > 72
    "全年受理行政复议申请72件，其中维持41件，撤销28件，另有终止审理6件。",
    # 310 + 95 = 405 > 398 before the outside figure
    "全年办理法律援助案件398件，其中民事案件310件，刑事案件95件，另有法律咨询2,640人次未计入案件数。",
    # 520 + 47 = 567 > 560
    "全年审查行政执法决定560件，其中一般程序520件，简易程序47件，另有即时处罚128件不纳入审查。",
    # 17 + 9 + 3 = 29 > 27
    "全年制定规范性文件27件，其中区政府文件17件，部门文件9件，另有废止文件3件。",
    # 88 + 40 = 128 > 126, the 另 figure 600 outside (larger than the whole)
    "全年举办法治讲座126场，其中线下88场，线上40场，另有观看回放600人次。",
    # 63 + 31 = 94 > 90
    "全年组织执法检查90次，其中联合检查63次，单独检查31次，另有暗访检查12次未列入统计。",
]

OUTSIDE_RIGHT = [
    # 142 + 239 = 381 <= 386 (partial); 1,107 outside by words and by size
    "全区共有社会组织386家，其中社会团体142家，民办非企业单位239家，另有备案的社区社会组织1,107家不在登记数内。",
    # 142 + 239 = 381; 9 not counted in
    "全区共有社会组织386家，其中社会团体142家，民办非企业单位239家，另有基金会9家未纳入统计。",
    # 310 + 80 = 390 <= 398; 2,640 consultations outside
    "全年办理法律援助案件398件，其中民事案件310件，刑事案件80件，另有法律咨询2,640人次未计入案件数。",
    # 470 + 47 = 517 <= 560; 128 outside
    "全年审查行政执法决定560件，其中一般程序470件，简易程序47件，另有即时处罚128件不纳入审查。",
    # 41 + 28 + 3 = 72
    "全年受理行政复议申请72件，其中维持41件，撤销28件，另有终止审理3件。",
    # 88 + 38 = 126; 600 (larger than 126) is no part
    "全年举办法治讲座126场，其中线下88场，线上38场，另有讲座回放600场。",
    # 63 + 27 = 90; 12 outside
    "全年组织执法检查90次，其中联合检查63次，单独检查27次，另有暗访检查12次未列入统计。",
    # 17 + 9 = 26 <= 27 partial; 另 figure 45 > 27 is outside by size
    "全年制定规范性文件27件，其中区政府文件17件，部门文件9件，另有清理文件45件。",
]


@pytest.mark.parametrize("text", OUTSIDE_WRONG)
def test_added_outside_keeps_true_excesses(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", OUTSIDE_RIGHT)
def test_added_outside_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


COVER_WRONG = [
    # no overlap words: 204 + 167 = 371 > 318
    "全年开展跨领域联合执法检查318次，其中安全生产检查204次、生态环境检查167次。",
    # overlap said, but one part above the whole: 331 > 318
    "全年开展跨领域联合执法检查318次，其中涉及安全生产的检查331次、涉及生态环境的检查167次，部分检查同时覆盖两个领域。",
    # no overlap words: 88 + 61 = 149 > 140
    "全年审查行政合同140份，其中政府采购合同88份、国有资产合同61份。",
    # overlap said, one part above: 146 > 140
    "全年审查行政合同140份，其中涉及政府采购的146份、涉及国有资产的61份，部分合同同时包含两类内容。",
    # no overlap words: 52 + 47 = 99 > 95
    "全年开展普法宣讲95场，其中面向企业的52场、面向村民的47场。",
    # overlap said, one part above: 97 > 95
    "全年开展普法宣讲95场，其中面向企业的97场、面向村民的47场，部分宣讲同时涵盖两类对象。",
    # no overlap words: 410 + 233 = 643 > 620
    "全年办理投诉件620件，其中价格投诉410件、质量投诉233件。",
    # overlap said, one part above: 640 > 620
    "全年办理投诉件620件，其中涉及价格的640件、涉及质量的233件，部分投诉同时覆盖价格和质量问题。",
]

COVER_RIGHT = [
    # 204, 167 <= 318; 53 checks covered both
    "全年开展跨领域联合执法检查318次，其中涉及安全生产的检查204次、涉及生态环境保护的检查167次，部分检查同时覆盖两个领域。",
    # 88, 61 <= 140
    "全年审查行政合同140份，其中涉及政府采购的88份、涉及国有资产的61份，部分合同同时包含两类内容。",
    # 52, 47 <= 95
    "全年开展普法宣讲95场，其中面向企业的52场、面向村民的47场，部分宣讲同时涵盖两类对象。",
    # 410, 233 <= 620
    "全年办理投诉件620件，其中涉及价格的410件、涉及质量的233件，部分投诉同时覆盖价格和质量问题。",
    # the overlap said in the next paragraph of the parts
    "全年开展联合执法检查318次。\n从检查内容看，涉及安全生产的检查204次、涉及生态环境保护的检查167次，部分联合检查同时覆盖两个领域。",
    # 120 + 80 = 200 adds up anyway
    "全年开展普法宣讲200场，其中面向企业的120场、面向村民的80场，部分宣讲同时涵盖两类对象。",
    # 30, 25 <= 40
    "全年组织执法检查40次，其中检查食品安全的30次、检查消防安全的25次，部分检查同时覆盖两项内容。",
    # 15, 12 <= 20
    "全年办理重大行政决策20项，其中涉及民生的15项、涉及营商环境的12项，部分决策同时包含两方面内容。",
]


@pytest.mark.parametrize("text", COVER_WRONG)
def test_cover_words_keep_excess_of_one_part(text: str) -> None:
    assert any(code in ("N101", "N102") for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", COVER_RIGHT)
def test_cover_words_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text
