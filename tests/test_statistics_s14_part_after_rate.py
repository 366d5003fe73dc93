"""Session 14 (s14-misc2): a 其中 right after a rate of another measure than the count before
it (「败诉12件，败诉率为10.26%，行政机关负责人出庭率为100%，其中，我局代理市政府…出庭应诉共计
31件」) breaks down what that rate counts (the cases heard with a head present), not the count:
31 is no part of 败诉12 (relations/partition.py ``_other_rate_between``), and no numerator of
a rate of 100% either — what 其中 lists is some of what that rate counts in full
(relations/rates.py ``_part_of_a_whole_rate``). A rate of the count's own measure (败诉率 after 败诉) or a bare share
(占比) keeps the count as the whole of the 其中.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

PART_ABOVE_WHOLE = [
    # 8/96 = 8.33%; 败诉率 is the count's own: 10 > 8
    "全年审结行政诉讼案件96件，败诉8件，败诉率为8.3%，其中涉企案件败诉10件。",
    # 12/85 = 14.1%; 6 + 8 = 14 > 12
    "全年受理复议案件85件，纠错12件，纠错率为14.1%，其中变更6件、撤销8件。",
    # 613/640 = 95.8%; 620 > 613
    "全年调解纠纷640件，调解成功613件，调解成功率为95.8%，其中当场调解成功620件。",
    # 436/450 = 96.9%; 440 > 436
    "全年收到投诉举报450件，办结436件，办结率为96.9%，其中按期办结440件。",
    # 58/210 = 27.6%; 61 > 58
    "全年开展执法检查210次，发现问题58个，问题发现率为27.6%，其中重大问题61个。",
    # a bare share of the count before: 132/186 = 71%; 140 > 132
    "全年审查合同186份，提出修改意见的132份，占比71%，其中提出重大修改意见的140份。",
    # 88/96 = 91.7%; 90 > 88
    "全年受理行政诉讼案件96件，审结88件，审结率91.7%，其中一审审结90件。",
    # no rate between: 300 < 320
    "全年办理法律援助案件300件，其中刑事案件320件。",
]

PART_OF_THE_RATE = [
    # 5/70 = 7.1%; 19 are the cases the bureau attended, not parts of 败诉5
    "全年法院受理以县政府为被告的行政诉讼案件74件，审结70件，败诉5件，败诉率为7.1%，"
    "行政机关负责人出庭应诉率为100%，其中，县司法局代理县政府出庭应诉19件。",
    # the real report: 12/117 = 10.26%; 31 of the cases heard
    "指导全市行政诉讼工作,截至9月底,金华各级法院共受理以XX市政府、部门、乡镇(街道)为被告的行政诉讼案件"
    "115件,审结117件,败诉12件,败诉率为10.26%,行政机关负责人出庭率为100%,其中,我局代理市政府为单独"
    "被告或共同被告案件出庭应诉共计31件。",
    # 158 answered online, not parts of 不予公开4
    "全年收到政府信息公开申请236件，不予公开4件，按期答复率为100%，其中，通过网络平台答复的158件。",
    # 6/130 = 4.6%, 42/130 = 32.3%; 31 + 11 = 42 of the 调解和解率, not of 撤销6
    "全年办理行政复议案件130件，撤销6件，纠错率为4.6%，调解和解率为32.3%，其中，调解结案31件、和解结案11件。",
    # 14/520 = 2.7%; 221 of those concluded on time, not of 驳回14, nor the 100%'s numerator
    "全年受理劳动人事争议仲裁案件520件，驳回申请14件，驳回率为2.7%，按期结案率为100%，其中，仲裁庭调解结案221件。",
    # 683 of those closed on time, not of 转办9
    "全年受理投诉举报1,260件，转办9件，按时办结率为99.2%，其中，当日办结的683件。",
    # 8/96 = 8.3%; 27 of the concluded, not of 驳回8, nor the 100%'s numerator
    "全年审结行政复议案件96件，驳回8件，驳回率为8.3%，结案率为100%，其中，以调解方式结案27件。",
    # 2/45 = 4.4%; 12 of the hearings attended, not of 败诉2
    "全年受理行政应诉案件45件，败诉2件，败诉率为4.4%，出庭应诉率为100%，其中，主要负责人出庭12件。",
]


@pytest.mark.parametrize("text", PART_ABOVE_WHOLE)
def test_a_part_above_its_whole_past_its_own_rate(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N103", "N104"))


@pytest.mark.parametrize("text", PART_OF_THE_RATE)
def test_a_part_of_what_a_rate_of_another_measure_counts(text: str) -> None:
    assert not findings(text, codes=("N101", "N104"))
