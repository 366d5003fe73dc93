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
    # the 28 have their own run (25 + 3 = 28); the 6 of the first sentence are all decided
    "全年共受理国家赔偿申请6件，均已作出决定。另办理行政复议案件28件，已办结25件，正在办理3件。",
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
