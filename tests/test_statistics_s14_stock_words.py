"""The year's stock told with 「尚未结案的有N件」 or in the words of execution (执结) (session 14,
s14-flow3): 新收 + 上年结转 = 结案 + 未结 (relations/flow.py ``_balance``). 有 before the count
is no noun of other things (``_OF_STATE_NOUN_RE``); 执结, 未执结 and 上年未执结 are words of
the concluded, the open and the carried-in (numbers.toml ``verbs.concluded``,
``clauses.pending``, ``clauses.carry-in``).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # in 2136 + 184 = 2320; out 2207 + 123 = 2330
    "全年新立案查处违法案件2136件，加上上年结转的案件184件，全年共结案2207件，截至年底尚未结案的有123件。",
    # in 1528 + 217 = 1745; out 1602 + 151 = 1753
    "本年新收执行案件1,528件，加上上年未执结的217件，全年共执结1,602件，年底尚未执结的151件。",
    # in 412 + 23 = 435; out 401 + 30 = 431
    "全年新收行政复议案件412件，上年结转23件，审结401件，尚未审结的有30件。",
    # in 96 + 8 = 104; out 90 + 12 = 102
    "全年新收案件96件，加上上年结转的8件，共结案90件，尚未结案的有12件。",
    # in 780 + 64 = 844; out 790 + 58 = 848
    "全年新收执行案件780件，上年未执结的64件，执结790件，尚未执结的58件。",
    # in 57 + 5 = 62; out 55 + 9 = 64
    "新立案57件，加上上年结转的5件，全年结案55件，年底尚未结案的有9件。",
    # in 1,204 + 96 = 1,300; out 1,187 + 117 = 1,304
    "全年新收案件1,204件，加上上年结转的96件，共结案1,187件，截至年底尚未结案的有117件。",
    # in 330 + 41 = 371; out 322 + 45 = 367
    "本年新收执行案件330件，加上上年未执结的41件，全年执结322件，尚未执结的有45件。",
]

RIGHT = [
    # 2136 + 184 = 2320 = 2197 + 123
    "全年新立案查处违法案件2136件，加上上年结转的案件184件，全年共结案2197件，截至年底尚未结案的有123件。",
    # 1528 + 217 = 1745 = 1594 + 151
    "本年新收执行案件1,528件，加上上年未执结的217件，全年共执结1,594件，年底尚未执结的151件。",
    # another thing open: 尚未结案的信访事项 is no case of the stock (401 + 30 ≠ 435 unjudged)
    "全年新收行政复议案件412件，上年结转23件，审结405件；另有信访事项尚未办结的有30件。",
    # 96 + 8 = 104 = 92 + 12
    "全年新收案件96件，加上上年结转的8件，共结案92件，尚未结案的有12件。",
    # a part (其中) of the open: not the stock's open figure; 780 + 64 = 844 = 790 + 54
    "全年新收执行案件780件，上年未执结的64件，执结790件，尚未执结54件，其中涉企案件尚未执结的有20件。",
    # 57 + 5 = 62 = 53 + 9
    "新立案57件，加上上年结转的5件，全年结案53件，年底尚未结案的有9件。",
    # 1,204 + 96 = 1,300 = 1,187 + 113
    "全年新收案件1,204件，加上上年结转的96件，共结案1,187件，截至年底尚未结案的有113件。",
    # 330 + 41 = 371 = 326 + 45
    "本年新收执行案件330件，加上上年未执结的41件，全年执结326件，尚未执结的有45件。",
]


@pytest.mark.parametrize("text", WRONG)
def test_unbalanced_stock_is_an_error(text: str) -> None:
    assert [c for c, _ in _errors(text)] == ["N102"], _any(text)


@pytest.mark.parametrize("text", RIGHT)
def test_balanced_or_other_open_figures_raise_nothing(text: str) -> None:
    assert _any(text, codes=("N101", "N102", "N107")) == [], _any(text)
