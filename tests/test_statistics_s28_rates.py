"""Session 28, coder rates: guards measured on counts (issue 9).

1. A bound figure with a bracketed note before its 的 (「超过1亿元（人民币，下同）的有…」) is a
   threshold each member passes, not a whole of them (partition._threshold).
2. Items a semicolon parts with a last figure after a weaker mark (，): the last figure is said
   within the last item's clause, the items before it may make the whole (partition.other_splits).
3. One home for the words: a rise larger than its own level (prior_sign) reads the caller's
   change match and comparison (较上年末 too); the carry-in bracket of a rate (含/包括/含有) is
   built from common.INCLUDED_WORDS.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # (text, code, figures the message names)
    # 1. a threshold with its note, and a true total of the same sentence still read
    (
        "全省罚没收入共计5亿元，其中罚没收入超过1亿元（含本数）的有甲市、乙市和丙市，"
        "分别为2.6亿元、1.9亿元和1.3亿元。",
        "N101",
        ("5亿元",),
    ),
    # 2. a semicolon list that does not fit without its last figure either
    (
        "全年受理行政复议案件120件，其中维持52件；撤销18件；确认违法11件，驳回43件。",
        "N101",
        ("52+18+11+43", "120"),
    ),
    (
        "共办理群众来信860件，其中转办交办410件；直接答复390件；退回补充材料120件，"
        "涉及重复来信60件。",
        "N102",
        ("860",),
    ),
    (
        "全年公开政府文件3400件，其中规范性文件1500件；部门文件1800件；会议纪要300件。",
        "N101",
        ("1500+1800+300", "3400"),
    ),
    # 3. a rise larger than its own level, the comparison the caller reads
    ("全年受理信息公开申请30件（其中依申请公开4件），较上年末增加45件。", "N108", ("30件", "45件")),
    ("执法人员培训合格率为84.9%，同比上升92个百分点。", "N108", ("84.9%", "92")),
    ("本年度办理法律援助案件58件，比2023年度增加了73件。", "N108", ("58件", "73件")),
    ("受理行政复议申请41件，较上年同期增长60件。", "N108", ("41件", "60件")),
]

CONSISTENT = [
    # 1. thresholds noted in a bracket before their 的
    "据统计，2023年行政处罚金额超过1亿元（人民币，下同）的有甲市、乙市、丙市和丁市，"
    "分别为3.82亿元、1.95亿元、1.12亿元和1.11亿元。",
    "全市罚没收入超过500万元（含500万元）的有甲县、乙县和丙区，分别为812万元、633万元和527万元。",
    "受理标的额在50万元以上（含本数）的案件有三个区，分别为212件、148件和97件。",
    # 2. the last figure after a weaker mark is said within the last item's clause
    "全年主动公开政府信息约6.7万条，其中政府网站公开信息5636条；政务新媒体公开信息9500余条；"
    "报刊、电视公开信息51800余条，公开重点领域信息4300余条。",
    "全年办理群众诉求1200件，其中热线转办600件；网络留言400件；来信来访200件，涉及住房保障的150件。",
    "共审查行政规范性文件96件，其中区政府文件40件；部门文件56件，报送备案文件12件。",
    # 3. a rise no larger than its level, a fall, and a carry-in bracket on a rate
    "全年受理信息公开申请64件（其中依申请公开4件），比2023年度增加21件。",
    "全年受理信息公开申请30件，较上年末减少45件。",
    "新收行政诉讼案件500件，结案560件（含有上年旧存案件），结案率为93%。",
]


@pytest.mark.parametrize(("text", "code", "figures"), CONTRADICTIONS)
def test_contradiction(text: str, code: str, figures: tuple[str, ...]) -> None:
    found = findings(text, 2024, (code,))
    assert found, text
    message = found[0][1]
    for figure in figures:
        assert figure in message, message


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent(text: str) -> None:
    assert findings(text, 2024) == [], text
