"""The level a 由…到… leaves is last year's: no term of this year's rate.

「全程网办事项由上年的1,140项增加到1,362项」 names one measure at two times; 1,140 ÷ 1,362 is no
全程网办率 (read so, it raised a false N104 on a consistent paragraph). A figure of another period
after 较/比 was already no term of a rate (``is_comparison_base``); the level left by a 由/从…到
(``change.is_from_level``) is one too. This year's figures in the same paragraph still pair.
Sentences written for these tests, verdicts by hand.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors

KEPT = [
    # 912 ÷ 960 = 95.0%, not 96.5% (960 is this year's, 820 last year's)
    "区司法局受理行政复议案件由上年的820件增加到960件，其中审结912件，审结率96.5%。",
    # 1,688 ÷ 1,750 = 96.5%, not 98.6%
    "全区网上办理事项从上年的1,420项增加到1,750项，其中全程网办1,688项，全程网办率98.6%。",
    # 388 ÷ 415 = 93.5%, not 95.2%
    "镇调解委员会受理纠纷由上年的372件上升到415件，调解成功388件，调解成功率95.2%。",
    # 61 ÷ 64 = 95.3%, not 98.4%
    "区行政应诉案件由上年的52件增至64件，行政机关负责人出庭应诉61件，出庭应诉率98.4%。",
    # 5,260 ÷ 5,400 = 97.4%, not 99.1%
    "县12345热线工单由上年的4,810件增加到5,400件，按时办结5,260件，按时办结率99.1%。",
    # 730 ÷ 768 = 95.1%, not 97.3%
    "区市场监管局投诉举报由上年的690件增加到768件，办结730件，办结率97.3%。",
    # 96 ÷ 102 = 94.1%, not 96.9%
    "全区规范性文件备案审查件数由上年的88件增加到102件，其中按时报备96件，按时报备率96.9%。",
    # a fall: 930 ÷ 980 = 94.9%, not 97.2% (1,260 is last year's)
    "全镇群众来访由上年的1,260人次下降到980人次，其中一次性化解930人次，一次性化解率97.2%。",
]

SILENT = [
    # 1,140 is last year's level: 1,140 ÷ 1,362 = 83.7% is no 全程网办率; no base is stated
    "全县全程网办事项由上年的1,140项增加到1,362项，增长19.5%；全程网办率由71.3%提高到84.9%，提高13.6个百分点。",
    # 2,400 ÷ 2,950 = 81.4% would be no 线上办理率 either: the rate's base is not stated
    "区政务服务中心线上办理事项由上年的2,400项增加到2,950项，线上办理率达92.3%。",
    # 912 ÷ 960 = 95.0%: this year's figures fit; 820 is not read
    "区司法局受理行政复议案件由上年的820件增加到960件，其中审结912件，审结率95.0%。",
    # 388 ÷ 415 = 93.5%: fits
    "镇调解委员会受理纠纷由上年的372件上升到415件，调解成功388件，调解成功率93.5%。",
    # 从…到 with the earlier year named: 3,100 ÷ 3,650 = 84.9% is no 电子证照应用率
    "全区电子证照应用事项从2022年的3,100项增加到3,650项，电子证照应用率达到96.0%。",
    # a fall: 640 ÷ 410 would be over 100% — still no term of the 化解率
    "全镇信访事项由上年的640件下降到410件，初信初访化解率为97.8%。",
    # 730 ÷ 768 = 95.1%: fits
    "区市场监管局投诉举报由上年的690件增加到768件，办结730件，办结率95.1%。",
    # 5,260 ÷ 5,400 = 97.4%: fits
    "县12345热线工单由上年的4,810件增加到5,400件，按时办结5,260件，按时办结率97.4%。",
]


@pytest.mark.parametrize("text", KEPT)
def test_this_years_figures_still_pair(text: str) -> None:
    assert "N104" in [code for code, _ in errors(text)], errors(text)


@pytest.mark.parametrize("text", SILENT)
def test_the_level_left_is_no_term_of_a_rate(text: str) -> None:
    assert errors(text) == []
