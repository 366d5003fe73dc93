"""A precise rate that another figure of its sentence or the one before fits exactly is read so.

「受理政府信息公开申请267件，答复263件。其中同意公开81件，公开率为30.80%」: the rules read the
rate over 267 (30.34%); 81 ÷ 263 = 30.80% exactly, a reading the sentences allow, so nothing is
reported (a false N104 on a published report, s13-real file 21). Only for a rate printed with
four significant digits or more (``PRECISE_DIGITS``), where a wrong base rarely fits by chance
(at three, 审减 ÷ 审定 fitted a 审减率 of 10.5% in a labelled set); a rate that fits no figure is
still an error. Sentences written for these tests, verdicts by hand.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors, judged

SILENT = [
    # the published report's paragraph: 81 ÷ 263 = 30.80% (÷ 267 = 30.34%)
    "全区各行政机关共受理政府信息公开申请267件，答复263件，申请量比2021年同期上升1.52%。其中同意公开或部分公开共81件，公开率为30.80%。",
    # 61 ÷ 142 = 42.96% (÷ 148 = 41.22%)
    "区卫健委共受理政府信息公开申请148件，答复142件。其中予以公开共61件，公开率为42.96%。",
    # 288 ÷ 305 = 94.43% (÷ 312 = 92.31%)
    "全镇共受理人民调解申请312件，受理后审查305件。其中调解成功共288件，调解率为94.43%。",
    # 301 ÷ 522 = 57.66% (÷ 540 = 55.74%)
    "区人社局共受理劳动仲裁申请540件，立案522件。其中仲裁调解共301件，仲裁调解率为57.66%。",
    # 71 ÷ 83 = 85.54% (÷ 88 = 80.68%)
    "区司法局共受理听证申请88件，审查83件。其中举行听证共71件，听证率为85.54%。",
    # 233 ÷ 411 = 56.69% (÷ 420 = 55.48%)
    "县政府共收到信息公开申请420件，办结411件。其中全部公开共233件，公开率为56.69%。",
    # 702 ÷ 934 = 75.16% (÷ 960 = 73.12%)
    "区市场监管局共受理投诉调解申请960件，处理934件。其中调解成功共702件，调解率为75.16%。",
    # 689 ÷ 718 = 95.96% (÷ 730 = 94.38%)
    "区住建局共受理行政许可申请730件，审查718件。其中准予许可共689件，许可率为95.96%。",
    # 52 ÷ 91 = 57.14% (÷ 95 = 54.74%)
    "区教育局共收到政务公开申请95件，答复91件。其中主动公开共52件，公开率为57.14%。",
]

KEPT = [
    # 61 ÷ 148 = 41.22%, ÷ 142 = 42.96%: 45.26% fits neither
    "区卫健委共受理政府信息公开申请148件，答复142件。其中予以公开共61件，公开率为45.26%。",
    # 288 ÷ 312 = 92.31%, ÷ 305 = 94.43%: 96.73% fits neither
    "全镇共受理人民调解申请312件，受理后审查305件。其中调解成功共288件，调解率为96.73%。",
    # 301 ÷ 540 = 55.74%, ÷ 522 = 57.66%: 59.96% fits neither
    "区人社局共受理劳动仲裁申请540件，立案522件。其中仲裁调解共301件，仲裁调解率为59.96%。",
    # 71 ÷ 88 = 80.68%, ÷ 83 = 85.54%: 87.84% fits neither
    "区司法局共受理听证申请88件，审查83件。其中举行听证共71件，听证率为87.84%。",
    # 233 ÷ 420 = 55.48%, ÷ 411 = 56.69%: 58.99% fits neither
    "县政府共收到信息公开申请420件，办结411件。其中全部公开共233件，公开率为58.99%。",
    # 702 ÷ 960 = 73.12%, ÷ 934 = 75.16%: 77.46% fits neither
    "区市场监管局共受理投诉调解申请960件，处理934件。其中调解成功共702件，调解率为77.46%。",
    # 689 ÷ 730 = 94.38%, ÷ 718 = 95.96%: 98.26% fits neither
    "区住建局共受理行政许可申请730件，审查718件。其中准予许可共689件，许可率为98.26%。",
    # 52 ÷ 95 = 54.74%, ÷ 91 = 57.14%: 59.44% fits neither
    "区教育局共收到政务公开申请95件，答复91件。其中主动公开共52件，公开率为59.44%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_another_base_in_reach_fits_exactly(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize("text", KEPT)
def test_a_rate_that_fits_no_figure(text: str) -> None:
    assert "N104" in [code for code, _ in judged(text)], judged(text)
