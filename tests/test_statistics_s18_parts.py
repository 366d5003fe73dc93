"""Whole and parts (session 18, s18-parts; issue 9).

1. An outcome run closed by the part still open tells what became of a set counted whole:
   the open part may be a state alone in its clause (「，尚在审理中1件」「，仍在调查中10起」), the
   whole a figure with a total word whatever act its words name (「应诉案件共23件」「检查共发现
   隐患1,147处」), and the whole may close the sentence before the run's (「…案件共14件，主要
   集中在…领域。经复议机关审理，维持9件、…，尚在审理中1件」) when the words between name no
   figure, no part (其中), no other set (另, a scope 「…中，」) and do not say all of it is done
   (relations/flow.py ``_open_fates``). More fates than such a whole is a warning; fewer is
   silent (a fate may go unnamed).
2. A 其中 list of two kinds of one act, one of them its negation and the other a degree of it
   (不予处罚 / 减轻处罚, 从轻处罚), is no word and its negation: the act in full degree is
   unnamed, the list partial (relations/partition.py ``_negated_pair``).
3. 分别 opening the clause right after a total (「经费共计486.5万元，分别用于A…、B…」; 分别投入,
   分别由, 分别来自) lists all of it, as 分别为 does — not 分别 after a noun of another figure
   (「上年经费分别用于…」) nor 分别 after a subset's figure.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

OPEN_FATES_WRONG = [
    # 15 + 3 + 2 + 4 = 24 > 23 (the whole closes the sentence before)
    "全年我区作为被告的行政应诉案件共23件，涉及征收补偿和工伤认定等领域。经人民法院审理，"
    "驳回原告诉讼请求15件、判决败诉3件，原告撤回起诉2件，尚在审理中4件。",
    # 1089 + 62 = 1151 > 1147
    "全年对辖区工贸企业开展执法检查共发现安全隐患1,147处，督促企业整改完毕1,089处，正在整改中62处。",
    # 11 + 3 + 2 + 3 = 19 > 18
    "本年度涉及我委的行政复议案件共18件。经复议机关审理，维持11件、撤销3件，申请人撤回申请2件，"
    "仍在审理中3件。",
    # 327 + 21 + 16 = 364 > 362
    "全年共排查矛盾纠纷362起，成功化解327起，移交有关部门处理21起，仍在调处中16起。",
    # 58 + 19 = 77 > 75
    "全镇共摸排违法用地问题图斑75处，已整改销号58处，正在整改中19处。",
    # 25 + 9 + 5 + 4 = 43 > 42
    "全年共查处违法建设案件42起。经依法处置，自行拆除25起、强制拆除9起，补办手续5起，仍在调查中4起。",
    # 9 + 2 + 1 + 2 + 1 = 15 > 14
    "全年我局作为被申请人的行政复议案件共14件，主要集中在道路运输处罚领域。经复议机关审理，"
    "维持原行政行为9件、撤销2件、确认违法1件，申请人主动撤回申请终止审理2件，尚在审理中1件。",
    # 40 + 6 + 3 = 49 > 47
    "全年涉及我局的行政应诉案件合计47件，判决驳回诉讼请求40件，原告撤诉6件，尚在审理中3件。",
]

OPEN_FATES_RIGHT = [
    # 15 + 3 + 1 + 4 = 23
    "全年我区作为被告的行政应诉案件共23件，涉及征收补偿等领域。经人民法院审理，"
    "驳回原告诉讼请求15件、判决败诉3件，原告撤回起诉1件，尚在审理中4件。",
    # 次 against 家: no whole of the run's unit
    "全年共开展执法检查96次。经检查，责令整改52家，立案查处11家，仍在整改中4家。",
    # 11 + 3 + 2 + 2 = 18
    "本年度涉及我委的行政复议案件共18件。经复议机关审理，维持11件、撤销3件，申请人撤回申请2件，"
    "仍在审理中2件。",
    # the run follows a 其中 part, not the whole: 5 + 2 + 2 = 9 of no stated set
    "全年行政复议案件共20件，其中涉及征收的8件。经审理，维持5件、撤销2件，尚在审理中2件。",
    # 4 all concluded; the run (3 + 2 = 5) is of a scope named in the next sentence
    "全年共受理行政裁决申请4件，均已审结。对历年积存的案件，调解结案3件，尚在审理中2件。",
    # fewer fates than the whole: an outcome may go unnamed (5 + 1 + 2 = 8 < 9)
    "我局作为被申请人的行政复议案件共9件，主要涉及政府信息公开领域。经审理，维持原行政行为5件，"
    "确认违法1件，尚在审理中2件。",
    # 1089 + 58 = 1147
    "全年对辖区工贸企业开展执法检查共发现安全隐患1,147处，督促企业整改完毕1,089处，正在整改中58处。",
    # 10 + 2 + 3 + 3 = 18 = 15 + 3 carried in
    "全年新收行政复议案件共15件，上年结转3件。经审理，维持10件、撤销2件，终止3件，尚在审理中3件。",
]


@pytest.mark.parametrize("text", OPEN_FATES_WRONG)
def test_open_fates_of_a_counted_whole(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", OPEN_FATES_RIGHT)
def test_open_fates_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


DEGREE_PARTIAL_RIGHT = [
    # 89 + 22 = 111 < 146: 不予 and 减轻 leave the punishments in full degree unnamed
    "全年办理涉企行政处罚案件146件，其中依法不予处罚89件、减轻处罚22件，免予和减少罚款约630万元。",
    # 12 + 9 = 21 < 64
    "全年办理价格违法案件64件，其中依法不予处罚12件、减轻处罚9件，共督促退还多收价款约37万元。",
    # 35 + 18 = 53 < 120
    "全年查办食品安全案件120件，其中从轻处罚35件、不予处罚18件，教育引导当事人自觉整改。",
    # 41 + 17 = 58 < 95
    "全年受理政府信息公开申请95件，其中部分公开41件、不予公开17件。",
    # 7 + 30 = 37 < 80
    "全年查处交通运输违法行为80起，其中不予处罚7起、从轻处罚30起，执法温度持续提升。",
    # 26 + 9 = 35 < 212
    "全年作出行政处罚决定212件，其中减轻处罚26件、依法不予行政处罚9件，并同步开展普法教育。",
    # 13 + 4 = 17 < 40
    "全年审查涉税违法案件40件，其中首违不予处罚13件、从轻处罚4件，涉及税款约86万元。",
    # 52 + 11 = 63 < 150
    "全年办理安全生产执法案件150件，其中减轻处罚52件，不予处罚11件，罚没款合计312万元。",
]

DEGREE_COMPLETE_WRONG = [
    # a word and its plain negation stay a complete pair: 50 + 12 = 62 != 64
    "全年作出行政处罚决定64件，其中依法不予处罚12件、予以处罚50件。",
    # 42 + 20 = 62 != 64 (of the answered: under 受理 the pair leaves the undecided out, s24)
    "全年答复政府信息公开申请64件，其中予以公开42件、不予公开20件。",
    # 分别为 makes the degree list complete: 89 + 22 = 111 != 146
    "全年办理涉企轻微违法案件146件，分别为不予处罚89件、减轻处罚22件。",
    # 其余 closes it: 89 + 55 = 144 != 146
    "全年办理涉企行政处罚案件146件，其中依法不予处罚89件，其余55件均为减轻处罚。",
    # 28 + 19 = 47 != 45
    "全年审查行政许可申请45件，其中准予许可28件、不予许可19件。",
    # 130 + 16 = 146 > 140 (more than the whole: a contradiction whatever the list)
    "全年办理涉企行政处罚案件140件，其中依法不予处罚130件、减轻处罚16件。",
    # 61 + 9 = 70 != 72 (of the decided: under 受理 the pair leaves the undecided out, s24)
    "全年审结登记申请72件，其中准予登记61件、不予登记9件。",
    # 35 + 90 = 125 > 120
    "全年查办食品安全案件120件，其中从轻处罚35件、不予处罚90件。",
]


@pytest.mark.parametrize("text", DEGREE_PARTIAL_RIGHT)
def test_negation_beside_a_degree_is_partial(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", DEGREE_COMPLETE_WRONG)
def test_complete_splits_of_one_act_still_found(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), text


RESPECTIVE_WRONG = [
    # 186.2 + 112 + 190.3 = 488.5 != 486.5
    "全年法治建设经费投入共计486.5万元，分别用于普法阵地建设186.2万元、法律顾问服务112万元、"
    "执法装备190.3万元。",
    # 31.2 + 18.5 + 25.9 = 75.6 != 73.6
    "全年法治宣传教育专项经费共计73.6万元，分别用于普法阵地建设31.2万元、普法读物印制18.5万元、"
    "法治文艺演出25.9万元。",
    # 620 + 385 + 265 = 1270 != 1250
    "全年投入执法信息化建设资金共1,250万元，分别投入执法办案平台建设620万元、移动执法终端采购385万元、"
    "指挥中心数据升级265万元。",
    # 28 + 24 + 13 = 65 != 63
    "全年报送县政府审查的规范性文件草案63件，分别由县政府办公室起草28件、各职能部门起草24件、"
    "各乡镇起草13件。",
    # 96 + 74 + 45 = 215 != 218
    "全年争取上级法治建设补助资金218万元，分别用于基层司法所规范化建设96万元、"
    "公共法律服务站点建设74万元和人民调解员培训45万元。",
    # 40 + 22 + 15 = 77 != 75
    "全年选派法律顾问75名，分别来自律师事务所40名、高等院校22名、基层法律服务所15名。",
    # 3.2 + 1.5 = 4.7 != 4.5 (亿元)
    "全年安排公共法律服务体系建设资金4.5亿元，分别用于乡村法律服务3.2亿元和城市社区法律服务1.5亿元。",
    # 12 + 9 + 6 = 27 != 25
    "全年开展法治讲座25场，分别由法官主讲12场、检察官主讲9场、律师主讲6场。",
]

RESPECTIVE_RIGHT = [
    # 186.2 + 112 + 188.3 = 486.5
    "全年法治建设经费投入共计486.5万元，分别用于普法阵地建设186.2万元、法律顾问服务112万元、"
    "执法装备188.3万元。",
    # the 2023 split (38 + 29 + 17 = 84) is of last year's 84 = 95 - 11, not of 95
    "2024年安排普法依法治理经费95万元，比上年增加11万元；2023年该项经费分别用于普法宣传38万元、"
    "法律援助29万元、人民调解17万元。",
    # the last year's split after a noun: 14 + 12 + 10 = 36 (42 this year)
    "全年投入校园安全法治教育经费42万元，上年经费分别用于法治副校长聘任14万元、安全演练12万元、"
    "教材购置10万元。",
    # 分别由 a level the year before (change, not a split): 15 -> 11, 17 -> 12
    "全年生产安全事故起数和死亡人数分别由上年的15起、17人下降至11起、12人。",
    # 150 + 90 + 80 = 320
    "全年下达乡村法治建设资金320万元，分别用于民主法治示范村创建150万元、法律明白人培训90万元和"
    "村规民约修订80万元。",
    # 40 + 22 + 13 = 75
    "全年选派法律顾问75名，分别来自律师事务所40名、高等院校22名、基层法律服务所13名。",
    # 620 + 385 + 245 = 1250
    "全年投入执法信息化建设资金共1,250万元，分别投入执法办案平台建设620万元、移动执法终端采购385万元、"
    "指挥中心数据升级245万元。",
    # 28 + 24 + 11 = 63
    "全年报送县政府审查的规范性文件草案63件，分别由县政府办公室起草28件、各职能部门起草24件、"
    "各乡镇起草11件。",
]


@pytest.mark.parametrize("text", RESPECTIVE_WRONG)
def test_respective_verbs_after_a_total_list_all_of_it(text: str) -> None:
    assert _any(text, codes=("N101", "N102")), text


@pytest.mark.parametrize("text", RESPECTIVE_RIGHT)
def test_respective_verb_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text
