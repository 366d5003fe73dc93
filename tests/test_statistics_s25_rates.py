"""Two decisions on rates taken on counts (session 25, s25-rates).

1. Granularity (:mod:`fazhi_lint.analysis.relations.granular`): a capped rate whose numerator
   the text does not state, in a sentence whose one figure before it is a whole stated as one
   (共, 总数, 全镇…) of whole items, can only be k/n of that set; a printed rate no k gives is
   reported (a warning). Not when the count is what the rate counts (its name in the count's
   clause), a figure done (no whole marker), in a bracket, or the name names another thing.
2. Shares whose own counts (each share right after its count) add up to a figure the
   paragraph states are a complete split of it: they add up to 100% within their rounding
   (N102, an error).

Every sentence is written for these tests (none from a fixture set); the arithmetic is in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

# (text, code, figures the message must name)
CONTRADICTIONS = [
    # 1. (k/58: 56/58 = 96.55%, 57/58 = 98.28%; 97.3% none)
    ("全所共有执法人员58名，参训率97.3%，考核合格率100%。", "N104", ("97.3%", "58")),
    # 1. (k/7: 6/7 = 85.7%; 90% none)
    ("本年度共收到行政复议申请7件，均已依法审查，办结率90%。", "N104", ("90%", "7")),
    # 1. (k/240: 238/240 = 99.17%, 239/240 = 99.58%; 99.30% none; the count after its verb)
    ("组织全区240名网格员参加业务测试，参测率99.30%。", "N104", ("99.30%", "240")),
    # 1. (k/3: 66.7%; 70% none)
    ("全年共受理政府信息公开申请3件，答复率70%。", "N104", ("70%", "3")),
    # 2. (12+30+18 = 60 stated; shares 20 + 52 + 30 = 102%)
    (
        "全年共办理执法案件60件。其中，简易程序案件12件，占比20%；普通程序案件30件，"
        "占比52%；快速办理案件18件，占比30%。",
        "N102",
        ("102%",),
    ),
    # 2. (5+9+6 = 20 stated; 25 + 40 + 30 = 95%)
    (
        "全街道共有调解组织20个。按类型看，村级调委会5个，占比25%；社区调委会9个，"
        "占比40%；行业性调委会6个，占比30%。",
        "N102",
        ("95%",),
    ),
    # 2. (the counts before, the whole after: 41+9 = 50; 82 + 20 = 102%)
    (
        "来信41件，占比82%；来访9件，占比20%。全年信访事项共50件，均已按期办结。",
        "N102",
        ("102%",),
    ),
    # 2. (人 counts: 120+75+55 = 250; 48 + 30 + 24 = 102%)
    (
        "参训人员共250人，其中机关干部120人，占比48%；村干部75人，占比30%；网格员55人，占比24%。",
        "N102",
        ("102%",),
    ),
]

CONSISTENT = [
    # 1. (the count is what the rate counts: 纠错 in its clause; 13/92 = 14.1%)
    "全年审结行政复议案件92件。纠错13件，纠错率14.1%。",
    # 1. (a figure done, no whole stated: 241 of 263 = 91.6%)
    "全区在建项目263个。开展执法检查，检查在建项目241个，覆盖率91.6%。",
    # 1. (the count in a bracket qualifies a noun)
    "各镇街主要负责人（共71人）全部述法，群众测评满意率为95.3%。",
    # 1. (k/116 fits: 115/116 = 99.14%)
    "组织全镇116名干部参加法治理论考试，参考率达99.14%，合格率100%。",
    # 1. (a long name for another thing than the count's: 9 towns, 台账 rate)
    "全区共建成无违建镇街9个，存量违法建设台账销号率达到92%。",
    # 1. (100% always fits)
    "全年共收到公开申请1件，已全部答复，办结率100%。",
    # 2. (12+30+18 = 60, shares 20 + 50 + 30 = 100%)
    "全年共办理执法案件60件。其中，简易程序案件12件，占比20%；普通程序案件30件，"
    "占比50%；快速办理案件18件，占比30%。",
    # 2. (rounding: 1+2+4 = 7; 14.29 + 28.57 + 57.14 = 100%)
    "共收到建议7件，其中教育类1件，占比14.29%；交通类2件，占比28.57%；城建类4件，占比57.14%。",
    # 2. (counts add up to no stated figure: a partial list, 25 + 40 = 65%)
    "全年共受理投诉200件，其中价格类50件，占比25%；质量类80件，占比40%。",
]


@pytest.mark.parametrize(("text", "code", "shown"), CONTRADICTIONS)
def test_found(text: str, code: str, shown: tuple[str, ...]) -> None:
    hits = [m for c, m in findings(text) if c == code]
    assert hits, findings(text)
    assert any(all(s in m for s in shown) for m in hits), hits


@pytest.mark.parametrize("text", CONSISTENT)
def test_silent(text: str) -> None:
    assert not [
        (c, m)
        for c, m in findings(text)
        if c in ("N102", "N104") and ("不可能出自" in m or "完整划分" in m)
    ], findings(text)
    assert not errors(text)


def test_granularity_is_a_warning() -> None:
    text = "全所共有执法人员58名，参训率97.3%，考核合格率100%。"
    assert not errors(text)


def test_long_name_not_read() -> None:
    # a name of four characters or more may name another thing than the set (「人员覆盖率」 of
    # 23 units): not read, the measured limit of the rule (「按期答复率70%」 of 3 is silent)
    assert not [
        m
        for _, m in findings("全年共受理政府信息公开申请3件，按期答复率70%。")
        if "不可能出自" in m
    ]
