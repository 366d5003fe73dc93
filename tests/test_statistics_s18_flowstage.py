"""Session 18 (s18-flowstage): a later stage larger than its source.

* a whole split by a 的-clause said and denied (属于…的 / 对不属于…的, 符合/不符合, 涉及/不涉及)
  across what is told between them (a semicolon, what became of the first part): the two parts
  cannot add up to more than the received or accepted figure before them (relations/flow.py
  ``_negated_pairs``, ``_NEGATED_PREDICATE_RE``), unless another set is opened between them
  (另…, 此外, 「…中，」);
* a later stage of a chain larger than the stage it comes from (numbers.toml
  ``clauses.approval-stages``: 申请强制执行 → 准予执行; 提出意见 → 采纳的, flow.py
  ``_ADOPTED_RE``, now also with 的; ``clauses.named-stages``
  when the later figure names the earlier stage: 督办事项已办结, 对移送线索已立案, 对答复表示
  满意): figures joined by 、 or added (连同, 另有) are counted with the earlier one, and a later
  figure of a whole area (全市) counts other bodies' things.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N101", "N103", "N107")

PREDICATE_MISSES = [
    # 298 + 31 = 329 > 325
    "全年受理行政执法投诉325件，经核查属于本局管辖的298件，均已依法处理；对不属于本局管辖的31件，已移交有管辖权的部门。",
    # 187 + 30 = 217 > 214
    "共收到政府信息公开申请214件，符合法定条件的187件已予公开；对不符合法定条件的30件，依法告知申请人。",
    # 58 + 41 = 99 > 96
    "全年接收报送审查的行政合同96份，涉及国有资产的58份，均报请集体审议；不涉及国有资产的41份，由承办科室直接审核。",
    # 1351 + 57 = 1408 > 1402
    "接收法律援助申请1402件，经审查符合援助条件的1351件，已全部指派；对不符合援助条件的57件，书面告知申请人。",
    # 3410 + 214 = 3624 > 3620
    "收到市场主体登记申请3620件，属于本级登记权限的3410件已办理；不属于本级登记权限的214件，引导至上级登记机关。",
    # 575 + 41 = 616 > 612
    "共受理劳动保障监察投诉612件，属于劳动保障监察范围的575件，已全部办结；对不属于劳动保障监察范围的41件，告知投诉人通过仲裁解决。",
    # 121 + 15 = 136 > 133
    "收到行政复议申请133件，经审查符合受理条件的121件依法受理；不符合受理条件的15件，依法作出不予受理决定。",
    # 7690 + 536 = 8226 > 8210
    "全年接收群众诉求件8210件，经分析属于本部门职权范围的7690件，均已按时答复；对不属于本部门职权范围的536件，转交相关单位办理。",
]

PREDICATE_TRAPS = [
    # 294 + 31 = 325: balanced
    "全年受理行政执法投诉325件，属于本局管辖的294件已依法处理；对不属于本局管辖的31件，已移交有管辖权的部门。",
    # 180 + 30 = 210 <= 214 (the rest not told)
    "共收到政府信息公开申请214件，符合法定条件的180件已予公开；对不符合法定条件的30件，依法告知申请人。",
    # 298 + 31 > 325, but the 31 are of other letters added (另有)
    "全年受理行政执法投诉325件，属于本局管辖的298件均已处理；另有上级转办的来信中，不属于本局管辖的31件已移交。",
    # 1351 + 57 > 1402, but the 57 are of another set (在…中，)
    "接收法律援助申请1402件，符合援助条件的1351件已全部指派；在上年结转的申请中，不符合援助条件的57件已书面告知。",
    # another predicate (个体工商户登记), no complement of 本级登记权限
    "收到市场主体登记申请3620件，属于本级登记权限的3410件已办理；不属于个体工商户登记的214件，按企业登记程序办理。",
    # 41 人次 is no count of complaints (件)
    "共受理劳动保障监察投诉612件，属于劳动保障监察范围的575件已全部办结；对不属于劳动保障监察范围的41人次进行了政策解释。",
    # 30 are of 2022, not of this year's 214
    "共收到政府信息公开申请214件，符合法定条件的187件已予公开；2022年不符合法定条件的30件已于当年告知申请人。",
    # 126 + 9 = 135: balanced
    "全年受理排污许可申请135件，达到排放标准的126件已予许可；对未达到排放标准的9件，责令限期整改后重新申请。",
]

STAGE_MISSES = [
    # granted 36 > applied 33
    "全年向人民法院申请强制执行行政处罚决定33件，法院已裁定准予执行36件，其余正在审查。",
    # adopted 226 > proposed 212
    "对地方性法规草案提出修改意见212条，被起草单位采纳226条。",
    # concluded of the supervised 27 > supervised 24
    "对群众反映集中的24件信访突出问题实行挂牌督办，挂牌督办事项已全部办结27件。",
    # filed of the transferred 11 > transferred 9
    "全年向检察机关移送涉嫌职务犯罪问题线索9条，检察机关对移送线索已立案11条。",
    # 18 + 23 = 41 answered < 44 satisfied
    "全年承办省人大代表建议18件、省政协委员提案23件，均已按期答复，代表委员对答复结果表示满意的44件。",
    # satisfied 5703 > accepted 5620
    "全年受理群众诉求工单5620件，群众对处理结果表示满意的工单5703件。",
    # adopted 61 > proposed 57
    "对重大行政决策草案提出法律意见57条，决策承办单位采纳61条。",
    # concluded of the supervised 15 > supervised 13
    "全年挂牌督办安全生产重大隐患13处，督办隐患已整改销号15处。",
    # licences 147 > applications accepted 142 (40 + 102 = 142 are parts: 办理 breaks no chain)
    "受理农村建房申请142户，其中当场办理40户、承诺办理102户，核发乡村建设规划许可证147户。",
]

STAGE_TRAPS = [
    # 52 人次 of follow-up, not the 40 items (件)
    "全年承办建议提案40件，均已办结，回访代表委员对办理结果表示满意的52人次。",
    # 198 is all courts' grants for every agency in the city
    "本局向人民法院申请强制执行21件，全市法院全年裁定准予执行各类非诉行政案件198件。",
    # 19 + 11 = 30 >= 26 granted
    "全年申请人民法院强制执行19件，连同上年申请尚未裁定的11件，法院裁定准予执行26件。",
    # 356 are all cases concluded, not the 12 supervised (办结 names no 督办)
    "全年挂牌督办重点案件12件，全年办结各类执法案件356件。",
    # 214 are the bureau's own cases, not the 6 transferred (立案 names no 移送)
    "全年向公安机关移送涉嫌犯罪案件6件，全年立案查处违法案件214件。",
    # 180 <= 186 cumulative (21 is this year's)
    "本年承办建议21件，均已办结；五年来累计承办建议提案186件，代表委员对答复表示满意的180件。",
    # 31 + 27 = 58 >= 56
    "全年承办人大代表建议31件、政协委员提案27件，代表委员对办理结果表示满意的56件。",
    # 69 <= 73
    "全年提出规范性文件审查意见73条，被制定机关采纳69条。",
    # 55 <= 58 concluded; 31 + 27 = 58 are parts of it (其中), not the source
    "全年受理群众来信58件，按期办结58件，其中当场化解的31件，书面答复的27件，群众对办理结果满意的55件。",
]


@pytest.mark.parametrize("text", PREDICATE_MISSES + STAGE_MISSES)
def test_later_part_or_stage_beyond_its_source_is_found(text: str) -> None:
    assert findings(text, 2024, CODES)


@pytest.mark.parametrize("text", PREDICATE_TRAPS + STAGE_TRAPS)
def test_other_base_is_no_contradiction(text: str) -> None:
    assert not findings(text, 2024, CODES)


def test_the_denied_part_is_added_to_the_affirmed_one() -> None:
    # 298 + 31 = 329 > 325
    (found,) = findings(PREDICATE_MISSES[0], 2024, CODES)
    assert "329" in found[1] and "325" in found[1]


def test_parts_joined_by_a_pause_mark_are_one_source() -> None:
    # 18 + 23 = 41 < 44: the source told is their sum
    (found,) = findings(STAGE_MISSES[4], 2024, CODES)
    assert "41件" in found[1]
