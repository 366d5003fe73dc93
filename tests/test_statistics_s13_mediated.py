"""调结 (调解结案) concludes a dispute: a figure after 共计调结 is the concluded count of the year's
stock, not the stated sum of what came in (numbers.toml ``verbs.concluded``).

「新收六十四件，加上上年结转的五件，共计调结六十六件，尚有三件正在调解中」 balances (64 + 5 = 66 + 3);
read as 「合计」 of 64 + 5 it raised a false N102. Sentences written for these tests, verdicts by
hand.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors

KEPT = [
    # 64 + 5 = 69 in; 66 + 1 = 67 out
    "全年镇人民调解委员会新收矛盾纠纷六十四件，加上上年结转的五件，共计调结六十六件，尚有一件正在调解中。",
    # 120 + 8 = 128 in; 121 + 9 = 130 out
    "街道人民调解委员会全年新受理纠纷120件，上年结转8件，共调结121件，年底仍在调解中的9件。",
    # 230 + 12 = 242 in; 236 + 8 = 244 out
    "全年新收各类矛盾纠纷230件，上年结转12件，调结236件，尚有8件正在调解中。",
    # 88 + 4 = 92 in; 90 + 4 = 94 out
    "村（社区）调解组织全年新收纠纷88件，上年结转4件，共计调结90件，未结4件。",
    # 310 + 15 = 325 in; 318 + 9 = 327 out
    "全年受理行业性专业性纠纷新收310件，加上年结转15件，调结318件，未结9件。",
    # 75 + 3 = 78 in; 76 + 4 = 80 out
    "镇司法所全年新收纠纷75件、上年结转3件，共调结76件，正在调解4件。",
    # 150 + 9 = 159 in; 152 + 9 = 161 out
    "全年医患纠纷人民调解委员会新收纠纷150件，上年结转9件，调结152件，未结9件。",
    # 42 + 2 = 44 in; 43 + 3 = 46 out
    "全年交通事故纠纷调解室新收纠纷42件，上年结转2件，共计调结43件，尚在调解3件。",
]

SILENT = [
    # 64 + 5 = 69 = 66 + 3
    "全年镇人民调解委员会新收矛盾纠纷六十四件，加上上年结转的五件，共计调结六十六件，尚有三件正在调解中。",
    # 120 + 8 = 128 = 121 + 7
    "街道人民调解委员会全年新受理纠纷120件，上年结转8件，共调结121件，年底仍在调解中的7件。",
    # 230 + 12 = 242 = 236 + 6
    "全年新收各类矛盾纠纷230件，上年结转12件，调结236件，尚有6件正在调解中。",
    # 88 + 4 = 92 = 90 + 2
    "村（社区）调解组织全年新收纠纷88件，上年结转4件，共计调结90件，未结2件。",
    # 310 + 15 = 325 = 318 + 7
    "全年受理行业性专业性纠纷新收310件，加上年结转15件，调结318件，未结7件。",
    # 75 + 3 = 78 = 76 + 2
    "镇司法所全年新收纠纷75件、上年结转3件，共调结76件，正在调解2件。",
    # 150 + 9 = 159 = 152 + 7
    "全年医患纠纷人民调解委员会新收纠纷150件，上年结转9件，调结152件，未结7件。",
    # 42 + 2 = 44 = 43 + 1
    "全年交通事故纠纷调解室新收纠纷42件，上年结转2件，共计调结43件，尚在调解1件。",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_mediated_stock_that_does_not_balance(text: str) -> None:
    assert "N102" in [code for code, _ in errors(text)], errors(text)


@pytest.mark.parametrize("text", SILENT)
def test_a_mediated_stock_that_balances(text: str) -> None:
    assert errors(text) == []
