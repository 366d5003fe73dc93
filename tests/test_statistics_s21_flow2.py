"""Outcome parts after an intake, a 其中 statement parallel to the one before, and the funnel's
silences refined (session 21, s21-flow2).

relations/outcomes.py: the figures that follow an intake figure, each telling one outcome of
it (concluded, answered, in time or late, under way, not accepted, carried forward), cannot
together exceed it. relations/parallel.py: a statement opening with 其中 that repeats the
words of the statement before figure by figure breaks each of them down. Every sentence is
written for these tests; each verdict derived by hand (arithmetic in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CODES = ("N101", "N103", "N107")


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=CODES)


WRONG = [
    # 按期 83 + 逾期 9 = 92 > 收到 90
    ("全年共收到人大代表建议90件，按期办结83件，逾期办结9件，满意率98%。", "92件", "90件"),
    # 办结 40 + 正在办理 8 = 48 > 受理 45
    ("局法制科全年受理行政执法投诉45件，已办结40件，正在办理8件。", "48件", "45件"),
    # 答复 120 + 不予受理 9 + 结转 6 = 135 > 接收 131
    ("全年接收政府信息公开申请131件，答复120件，不予受理9件，结转下一年度6件。", "135件", "131件"),
    # 其中 未办结 3 + 已办结 27 = 30 > 登记 28
    ("网格员登记矛盾纠纷28起，其中未办结3起、已办结27起。", "30起", "28起"),
    # figure first: 52 已回复 + 9 结转 = 61 > 收到 58
    ("本年度收到网民留言58条，其中52条已回复，9条结转下年度处理。", "61条", "58条"),
    # 限时 211 + 超时 15 = 226 > 派单 220
    ("热线平台向各部门派单220件，限时办结211件，超时办结15件。", "226件", "220件"),
]


@pytest.mark.parametrize("text,summed,intake", WRONG)
def test_outcomes_above_their_intake_are_reported(text: str, summed: str, intake: str) -> None:
    got = _found(text)
    assert any(summed in m and intake in m for _, m in got), got


PARALLEL_WRONG = [
    # 其中 repeats 发出检察建议/提起诉讼: 提起诉讼 41 > 38
    (
        "全市检察机关立案公益诉讼案件520件，发出检察建议402件，提起诉讼38件。其中，食品药品领域"
        "立案210件，发出检察建议160件，提起诉讼41件。",
        "41件",
        "38件",
    ),
    # 其中 repeats 受理/办结: 受理 66 > 64
    (
        "全年受理劳动争议仲裁案件64件，办结59件。其中，受理集体劳动争议66件，办结12件。",
        "66件",
        "64件",
    ),
]


@pytest.mark.parametrize("text,part,whole", PARALLEL_WRONG)
def test_a_parallel_qizhong_statement_above_the_statement_before(
    text: str, part: str, whole: str
) -> None:
    got = _found(text)
    assert any(part in m and whole in m for _, m in got), got


def test_a_result_complement_names_nothing_of_its_own() -> None:
    # 提起 65 → 法院判决支持 71: 71 > 65, the complement 支持 is the verb's
    got = _found("全年提起民事公益诉讼65件，法院判决支持71件。")
    # (判决 is no funnel stage word; 审结支持 is)
    got += _found("全年提起民事公益诉讼65件，法院审结支持71件。")
    assert any("71件" in m and "65件" in m for _, m in got), got


RIGHT = [
    # 83 + 7 = 90
    "全年共收到人大代表建议90件，按期办结83件，逾期办结7件，满意率98%。",
    # 办结 90 and 按期办结 85 count the same cases: one concluded figure, no sum
    "全年受理行政复议申请100件，办结90件，按期办结85件。",
    # 办结 and 化解 may count the same cases
    "全年受理矛盾纠纷150起，办结140起，化解130起。",
    # a carry-in from a named year balances: 10 + 2 = 12 = 10 + 2
    "2024年，共收到10件依申请公开请求，2023年结转申请2件，共办结10件，结转2025年度继续办理2件。",
    # 其中 after the first outcome is a part of it: 办结 40, 其中 按时 38
    "全年受理投诉45件，办结40件，其中按时办结38件，未办结5件。",
    # another statement, no 其中: not the intake's outcomes
    "全年派单举报件12件。开展专项检查按时办结案件10件，超时办结5件。",
    # a new intake after the first outcome opens a chain of its own: 40 + 8 ≤ 50
    "全年派单420件，按时办结399件，受理群众来信50件，按时办结40件，超时办结8件。",
    # 诉前 work before a suit: 提起 218, 审结支持 164
    "通过诉前程序督促履职4059件，提起公益诉讼218件，法院审结支持164件。",
    # a closure before acceptance told first: 诉前调解化解 20 joins the 调解成功
    "诉前调解化解纠纷20件，受理100件，调解成功110件。",
    # parallel 其中 statement within its wholes: 160 ≤ 402, 31 ≤ 38
    "全市检察机关立案公益诉讼案件520件，发出检察建议402件，提起诉讼38件。其中，食品药品领域"
    "立案210件，发出检察建议160件，提起诉讼31件。",
    # a 其中 statement sharing one phrase only is no plain parallel: 提起诉讼 41 is not read
    "全市检察机关立案公益诉讼案件520件，提起诉讼38件。其中，食品药品领域立案210件，起诉到法院41件。",
    # a next sentence opening with a coverb is no item of the 其中 list: 16.8 ≤ 19, 11.6 apart
    "2024年，检察机关立案办理公益诉讼19万件，其中行政公益诉讼16.8万件。"
    "向行政机关发出诉前检察建议11.6万件，回复整改率99.1%。",
    # a category at another stage (立案) than the whole (提起): no part of it
    "全年提起公益诉讼45件，法院已审结38件。立案办理食品药品安全领域公益诉讼52件。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_outcomes_that_hold_or_are_scoped_are_silent(text: str) -> None:
    assert _found(text) == []


def test_an_explicit_chain_is_an_error_one_across_statements_a_warning() -> None:
    explicit = contradictions(
        analyze_text("热线平台派单220件，限时办结211件，超时办结15件。", 2024)
    )
    one = [r for r in explicit if "去向合计" in r.message]
    assert one and one[0].severity is Severity.ERROR
    inferred = contradictions(
        analyze_text(
            "本年度收到申请4件，2件为网络申请。其中3件已书面回复，2件结转下年度办理。", 2024
        )
    )
    two = [r for r in inferred if "去向合计" in r.message]
    assert two and two[0].severity is Severity.WARNING
