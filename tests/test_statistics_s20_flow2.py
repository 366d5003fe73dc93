"""Case flow in the phrasing of published reports (session 20, s20-flow, second part).

* past a clause boundary (；), a nearer count in another unit is what a later 其中 list or stage
  is of, not a farther figure in the parts' unit (relations/common.py
  ``nearer_count_past_clause``: 「留言15件；接听来电8947个，其中转办2274件」);
* a 含 bracket naming a single part holds it, so the part is at most the figure before it; a
  bare count after 含 restates the figure at another grain (relations/partition.py
  ``_paren_groups``);
* once a whole's own outcome is told, a 其中 part told of a body (「其中市中院受理2.8万件」) opens
  that body's caseload and the outcome after it is the body's (relations/flow.py);
* a pending word naming the counted things before a figure (「尚有各类未结案2453件」「未结案件
  24件」) marks it still open (relations/flow.py ``_pending_noun_re``); against this year's new
  intake (新收) concluded and open together may be more (``_new_intake``);
* a bracket telling what of a figure is concluded and what is still open (办理中, 处理中: numbers.toml
  ``clauses.pending``) tells both states of all of it (relations/partition.py
  ``_concluded_and_open``).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, findings


def _found(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=FLOW_CODES)


WRONG = [
    # a single 含 part above its whole: 21 > 18
    (
        "全年办结行政复议案件18件（含2023年受理、2024年办结的案件21件），纠错率11%。",
        "N101",
        "21件",
        "18件",
    ),
    # 52 > 46
    ("共审查规范性文件46件（含镇街报送的文件52件）。", "N101", "52件", "46件"),
    # the body's own outcome after the whole's: 1.5万 > 1.2万
    (
        "全区法院受理各类案件3.6万件，审结3.3万件。其中区法院受理1.2万件，审结1.5万件。",
        "N107",
        "1.5万件",
        "1.2万件",
    ),
    # 1010 > 980
    (
        "全市仲裁机构受理劳动争议4200件，结案4050件；其中市仲裁院受理980件，结案1010件。",
        "N107",
        "1010件",
        "980件",
    ),
    # 51 + 15 = 66 > 64
    ("本年度共受理行政复议案件64件，审结51件，尚有未结案件15件。", "N101", "66件", "64件"),
    # 207 + 28 = 235 > 230
    ("全年受理信访事项230件，办结207件，未办结事项28件。", "N101", "235件", "230件"),
    # done 4 + open 3 = 7 > 6
    ("查处违法建设案件6起（已办结4起，办理中3起）。", "N101", "7起", "6起"),
    # done 5 + open 2 = 7 < 9
    ("立案调查价格违法案件9起（办结5起，处理中2起）。", "N102", "7起", "9起"),
]


@pytest.mark.parametrize(("text", "code", "a", "b"), WRONG)
def test_flow_contradiction_found(text: str, code: str, a: str, b: str) -> None:
    found = _found(text)
    assert any(c == code and a in msg and b in msg for c, msg in found), found


RIGHT = [
    # the 其中 is of the 5120 calls (个), not of the 12 messages
    "接收市长信箱转来留言12件；接听群众来电5120个，其中转办1360件，办结1122件。",
    "收到省平台交办件9件；受理市民来电3472个，其中派单1008件，已办结995件。",
    # a bare count after 含: the same items at another grain
    "共梳理行政许可事项35个（含112个子项）。",
    "保留行政许可事项18项（含子项41项），全部纳入平台办理。",
    # a single 含 part within its whole: 5 ≤ 18
    "全年审结行政复议案件18件（含2023年受理、2024年办结的案件5件）。",
    # the body's outcome within its intake: 1.1万 ≤ 1.2万
    "全区法院受理各类案件3.6万件，审结3.3万件。其中区法院受理1.2万件，审结1.1万件。",
    # a channel part (线上) opens no caseload of its own: 2350 ≤ 2400
    "全年受理投诉2400件，其中线上受理1500件，办结2350件。",
    # no outcome of the whole before the part: 1.1万 is the whole's (≤ 1.2万)
    "区法院受理各类案件1.2万件，其中东城法庭受理3000件，审结1.1万件。",
    # 51 + 13 = 64
    "本年度共受理行政复议案件64件，审结51件，尚有未结案件13件。",
    # 4 + 2 = 6
    "查处违法建设案件6起（已办结4起，办理中2起）。",
    # 新收 holds no carried-in stock: 100 + 30 = 130 > 120 came from last year's cases too
    "全年新收案件120件，审结100件，未结案件30件。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_flow_consistent_quiet(text: str) -> None:
    assert _found(text) == []
