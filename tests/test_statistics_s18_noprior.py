"""Session 18 (s18-noprior): the false notes of the no-whole-prior reading (relations/change.py
``_no_whole_prior``) on published reports.

* a figure that is itself a change (「较上年增加58件」 — a difference after 增加/减少/上升/下降/
  多/少 against another period) is no count whose prior can be asked for: the rate after it is
  of the total, stated sentences before or not at all;
* figures of one thing written side by side (「来访87件133人次」) before a rate: the rate may be
  of any of them, so one giving a whole prior is enough; figures apart (a comma between) are
  not one thing, and when none of the side-by-side figures has a whole prior the note stays.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

DIFFERENCE_TRAPS = [
    # a total (unstated) of 512 = 454 + 58: 58 ÷ 454 = 12.78% → 12.8; 58 ÷ 1.128 = 51.42:
    # 51 → 13.73%, 52 → 11.54% — no whole prior of the difference 58 gives it
    "行政复议申请较上年增加58件，同比增长12.8%，其中涉企申请占三成。",
    # a total (unstated) of 356 = 403 − 47: 47 ÷ 403 = 11.66% → 11.7; 47 ÷ 0.883 = 53.23: 53 → 11.32%, 54 → 12.96%
    "法律援助案件比上年减少47件，同比下降11.7%，主要是诉前调解分流了部分纠纷。",
    # 1830 − 215 = 1615: 215 ÷ 1615 = 13.31% → 13.3; 215 ÷ 1.133 = 189.76: 189 → 13.76%,
    # 190 → 13.16%
    "全年调解矛盾纠纷1830件。调解成功率为98.2%。较上年多出215件，同比增长13.3%。",
    # 86 + 31 = 117: 31 ÷ 117 = 26.50% → 26.5; 31 ÷ 0.735 = 42.18: 42 → 26.19%, 43 → 27.91%
    "生产安全事故比上年少31起，同比下降26.5%，未发生较大事故。",
    # 742 − 96 = 646: 96 ÷ 646 = 14.86% → 14.9; 96 ÷ 1.149 = 83.55: 83 → 15.66%, 84 → 14.29%
    "全年受理信访事项742件次。按期办结率为100%。较上年同期上升96件次，同比上升14.9%。",
    # 1264 + 138 = 1402: 138 ÷ 1402 = 9.843% → 9.84; 138 ÷ 0.9016 = 153.06: 153 → 9.80%,
    # 154 → 10.39%
    "行政处罚案件较上年下降138件，同比下降9.84%。",
]

SIDE_BY_SIDE_TRAPS = [
    # of 87: 64 → 87, 23 ÷ 64 = 35.94% → 35.9; of 133: 133 ÷ 1.359 = 97.87: 97 → 37.11%,
    # 98 → 35.71% — the rate is of the 件
    "全年接待群众来访87件133人次，同比上升35.9%。",
    # of 63: 81 → 63, 18 ÷ 81 = 22.22% → 22.2; of 92: 92 ÷ 0.778 = 118.25: 118 → 22.03%,
    # 119 → 22.69%
    "全年受理群众来信63件92人，同比下降22.2%。",
    # of 118: 142 → 118, 24 ÷ 142 = 16.90% → 16.9; of 175: 175 ÷ 0.831 = 210.59: 210 → 16.67%,
    # 211 → 17.06%
    "全年查处酒驾醉驾案件118起175人，同比下降16.9%。",
    # of 214: 186 → 214, 28 ÷ 186 = 15.05% → 15.1; of 263: 263 ÷ 1.151 = 228.50: 228 →
    # 15.35%, 229 → 14.85%
    "全年办理法律援助案件214件263人，同比增长15.1%。",
    # of 75: 98 → 75, 23 ÷ 98 = 23.47% → 23.5; of 109: 109 ÷ 0.765 = 142.48: 142 → 23.24%,
    # 143 → 23.78%
    "上半年网上信访75件109人次，同比下降23.5%。",
    # of 214: 15.1 as above; of 271: 271 ÷ 1.151 = 235.45: 235 → 15.32%, 236 → 14.83%
    "全年开展法治宣传活动214场271次，同比增长15.1%。",
]

STILL_NOTED = [
    # of 84: 84 ÷ 1.276 = 65.83: 65 → 29.23%, 66 → 27.27%; of 156: 156 ÷ 1.276 = 122.26:
    # 122 → 27.87%, 123 → 26.83% — no whole prior of either
    "全年接待群众来访84件156人次，同比上升27.6%。",
    # of 66: 66 ÷ 0.806 = 81.89: 81 → 18.52%, 82 → 19.51%; of 143: 143 ÷ 0.806 = 177.42:
    # 177 → 19.21%, 178 → 19.66%
    "全年受理群众来信66件143人，同比下降19.4%。",
    # of 233: 233 ÷ 1.0827 = 215.20: 215 → 8.37%, 216 → 7.87%; of 412: 412 ÷ 1.0827 =
    # 380.53: 380 → 8.42%, 381 → 8.14%
    "全年查处交通违法案件233起412人，同比增长8.27%。",
    # of 58: 58 ÷ 1.417 = 40.93: 40 → 45.00%, 41 → 41.46%; of 97: 97 ÷ 1.417 = 68.45:
    # 68 → 42.65%, 69 → 40.58%
    "上半年网上投诉58件97人次，同比上升41.7%。",
    # a comma between: 95 (58 → 63.79%) is another figure; of 127: 127 ÷ 1.6379 = 77.54:
    # 77 → 64.94%, 78 → 62.82%
    "全年受理行政复议案件95件，审结127件，同比上升63.79%。",
    # 新增 is a count of new things, not a difference: 326 ÷ 1.127 = 289.26: 289 → 12.80%,
    # 290 → 12.41%
    "全年新增市场主体326户，同比增长12.7%。",
]


def _n108(text: str) -> list[str]:
    return [c for c, _ in _any(text, codes=("N108",))]


@pytest.mark.parametrize("text", DIFFERENCE_TRAPS)
def test_a_difference_has_no_prior_to_ask_for(text: str) -> None:
    assert _n108(text) == [], text


@pytest.mark.parametrize("text", SIDE_BY_SIDE_TRAPS)
def test_one_side_by_side_figure_with_a_whole_prior_is_enough(text: str) -> None:
    assert _n108(text) == [], text


@pytest.mark.parametrize("text", STILL_NOTED)
def test_no_whole_prior_still_noted(text: str) -> None:
    assert _n108(text) == ["N108"], text


def test_side_by_side_note_names_the_last_figure() -> None:
    # 156 ÷ 1.276 = 122.26 (the figure right before the rate)
    msgs = [m for _, m in _any(STILL_NOTED[0], codes=("N108",))]
    assert any("156人次" in m and "122.26" in m for m in msgs), msgs
