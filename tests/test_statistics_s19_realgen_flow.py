"""Session 19 (s19-realgen-flow): flow on real phrasing, from the failures of a set of real
report sentences with one figure changed (fixtures/statistics/own19/s19-realgen-flow.toml).

* a counted noun whose qualifier's last word the other noun says after the shared core
  (「依申请信息公开」 against 「政府信息公开申请」: 申请) names one thing in another order, not
  another kind of it (relations/common.py ``_reordered``): the answered are of what came in;
* a 其中 opening a run of decisions right after an intake or concluded figure opens the list on
  that figure (「受理73件，其中维持46件，驳回27件，撤销2件」): each item gets one decision, so the
  run cannot count more than the whole (relations/flow.py ``_decision_of``, ``opening``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings


def _codes(text: str, codes: tuple[str, ...]) -> list[str]:
    return [code for code, _ in findings(text, codes=codes)]


# --- one noun, its words reordered ----------------------------------------------------------

REORDERED_WRONG = [
    # answered 63 > received 58, no carry-over
    "2024年，区教育局收到政府信息公开申请共58件，无上年结转，答复依申请信息公开63件。",
    # 41 > 37
    "全年收到政府信息公开申请37件，无上年结转申请，办结依申请公开41件。",
    # 15 > 12 (carry-over not said: a warning)
    "本年度镇政府收到政府信息公开申请12件，答复依申请信息公开15件，均在法定期限内答复。",
    # 140 > 104
    "2024年，我局收到政府信息公开申请共104件，共答复依申请信息公开140件，引发行政复议1件。",
    # 31 > 27
    "全年县自然资源局收到政府信息公开申请27件，无上年结转，答复依申请公开31件。",
    # 9 > 6
    "本年度街道收到政府信息公开申请6件，无上年结转，依法答复依申请信息公开9件。",
]

REORDERED_FIT = [
    # 58 answered of 58
    "2024年，区教育局收到政府信息公开申请共58件，无上年结转，答复依申请信息公开58件。",
    # 37 of 37
    "全年收到政府信息公开申请37件，无上年结转申请，办结依申请公开37件。",
    # 12 of 12
    "本年度镇政府收到政府信息公开申请12件，答复依申请信息公开12件，均在法定期限内答复。",
    # other kinds (刑事 / 民事 legal aid): 45 > 40 proves nothing
    "全年受理刑事法律援助申请40件，无上年结转，办结民事法律援助45件。",
    # other things (行政复议申请 / 依申请信息公开): 22 > 19 proves nothing
    "2024年，区司法局收到行政复议申请19件，无上年结转，办结依申请信息公开22件。",
    # 21 + 4 = 25 = 24 + 1
    "县卫健局收到政府信息公开申请21件，上年结转4件，答复依申请信息公开24件，结转下年1件。",
]


@pytest.mark.parametrize("text", REORDERED_WRONG)
def test_a_reordered_noun_counts_the_same_things(text: str) -> None:
    assert "N107" in _codes(text, ("N107", "N101")), findings(text)


@pytest.mark.parametrize("text", REORDERED_FIT)
def test_a_reordered_noun_fits_or_other_kinds_stay_apart(text: str) -> None:
    assert _codes(text, ("N101", "N102", "N103", "N107")) == [], findings(text)


def test_a_reordered_noun_unbalanced_stock() -> None:
    # 21 + 4 = 25 in; 26 + 1 = 27 out
    text = "县卫健局收到政府信息公开申请21件，上年结转4件，答复依申请信息公开26件，结转下年1件。"
    assert "N102" in _codes(text, ("N102",)), findings(text)


# --- a run of decisions opened by 其中 ------------------------------------------------------

DECISIONS_WRONG = [
    # 46 + 27 + 2 = 75 > 73
    "全年受理行政复议案件73件，其中维持46件，驳回27件，撤销2件。",
    # 22 + 18 + 3 = 43 > 40
    "审结行政复议案件40件，其中维持22件、确认违法18件、责令履行3件。",
    # 31 + 12 + 17 = 60 > 58
    "区政府共办结行政复议案件58件，其中决定维持31件、撤销12件、驳回申请17件。",
    # 15 + 4 + 9 = 28 > 26
    "市人社局受理劳动保障行政复议申请26件，其中维持15件，变更4件，终止9件。",
    # 298 + 21 = 319 > 315
    "全年受理行政许可申请315件，其中准予许可298件、不予许可21件。",
    # 39 + 8 + 7 + 12 = 66 > 64
    "受理复议申请64件，其中：维持39件、撤销8件、确认违法7件、驳回12件。",
]

DECISIONS_FIT = [
    # 46 + 25 + 2 = 73
    "全年受理行政复议案件73件，其中维持46件，驳回25件，撤销2件。",
    # 22 + 15 + 3 = 40
    "审结行政复议案件40件，其中维持22件、确认违法15件、责令履行3件。",
    # carry-over: 15 + 4 + 9 = 28 ≤ 26 + 5 = 31
    "全年新收行政复议案件26件，上年结转案件5件，审结案件中维持15件，变更4件，终止9件。",
    # 纠错 sums its bracket: 19 + 21 = 40; 15 + 6 = 21
    "审结行政复议案件40件，其中维持19件，纠错21件（撤销15件、确认违法6件）。",
    # 294 + 21 = 315
    "全年受理行政许可申请315件，其中准予许可294件、不予许可21件。",
    # a 其中 on a part splits that part: 28 of the 30 upheld; 30 + 22 = 52
    "办结行政复议案件52件，其中维持30件，其中维持原处罚决定的28件，撤销22件。",
    # decisions of the 60 concluded, not of the channels: 39 + 8 + 13 = 60
    "受理复议申请64件，其中网上申请40件、现场申请24件，审结60件，其中维持39件、撤销8件、驳回13件。",
    # 50 + 12 + 20 + 6 = 88 (carry-over inside)
    "全年受理行政复议申请88件（含上年结转6件），其中维持50件，撤销12件，驳回20件，终止6件。",
]


@pytest.mark.parametrize("text", DECISIONS_WRONG)
def test_decisions_opened_by_qizhong_count_each_item_once(text: str) -> None:
    assert "N101" in [c for c, _ in errors(text)], findings(text)


@pytest.mark.parametrize("text", DECISIONS_FIT)
def test_decisions_opened_by_qizhong_that_fit(text: str) -> None:
    assert errors(text) == [], errors(text)
