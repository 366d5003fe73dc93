"""Splits complete by nature or by words that fall short of their whole (session 16,
s16-parts; issue 9).

1. A whole named by joined kinds (A和B, A、B及C), as many as the parts that follow, each kind's
   words ending with the name of the part at its place — 「办理区人大代表建议和区政协委员提案153件，
   其中代表建议68件、委员提案79件」 — is exactly those kinds: the parts are all of it
   (relations/partition.py ``_names_conjoin``). Not when the whole names more kinds than parts,
   not when a part is a narrower kind (涉企投诉 of 投诉), not when the order differs.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

CONJOINED_WRONG = [
    # 61 + 31 = 92 != 96
    "全年办理行政复议案件和行政应诉案件共96件，其中行政复议案件61件、行政应诉案件31件。",
    # 412 + 229 = 641 != 614 (a transposition)
    "全年受理群众投诉和举报614件，其中投诉412件、举报229件，均在规定时限内办结。",
    # 38 + 17 = 55 != 57
    "审查区政府规范性文件和行政协议57件，其中规范性文件38件、行政协议17件，提出审查意见143条。",
    # 23 + 14 + 9 = 46 != 48
    "组织开展法治讲座、模拟法庭和法律知识竞赛48场，其中法治讲座23场、模拟法庭14场、法律知识竞赛9场。",
    # 1260 + 315 = 1575 != 1557
    "全年为企业和个体工商户办理登记1,557户，其中企业1,260户、个体工商户315户。",
    # 86 + 45 = 131 != 128
    "年内审核重大行政决策和重大执法决定共128件，其中重大行政决策86件、重大执法决定45件。",
    # 72 + 19 = 91 != 93
    "全年办理市人大代表建议及市政协委员提案93件，其中代表建议72件、委员提案19件，办复率100%。",
    # 204 + 97 = 301 != 310
    "全年共调处劳动争议和人事争议310件，其中劳动争议204件、人事争议97件。",
]

CONJOINED_RIGHT = [
    # 61 + 35 = 96: adds up
    "全年办理行政复议案件和行政应诉案件共96件，其中行政复议案件61件、行政应诉案件35件。",
    # three kinds named, two listed: 38 + 17 = 55 < 57 is a partial list (行政合同 unlisted)
    "审查规范性文件、行政协议和行政合同57件，其中规范性文件38件、行政协议17件。",
    # a narrower kind (实名投诉) than the whole's kind 投诉: 286 + 97 = 383 < 614, partial
    "全年受理群众投诉和举报614件，其中实名投诉286件、匿名举报97件。",
    # one part only: nothing to add up
    "全年受理群众投诉和举报614件，其中投诉412件，均在规定时限内办结。",
    # 1260 + 315 = 1575 (约 1,600): an approximate whole
    "全年为企业和个体工商户办理登记约1,600户，其中企业1,260户、个体工商户315户。",
    # parts of another dimension than the joined kinds: 32 + 41 = 73 < 128 (some were neither)
    "年内审核重大行政决策和重大执法决定共128件，其中涉企事项32件、涉民生事项41件。",
    # the first part a narrower kind (区长领办的): 8 + 5 = 13 < 153, the items singled out
    "区政府全年办理代表建议和政协提案共153件，其中区长领办代表建议8件、政协提案5件。",
    # 72 + 21 = 93: adds up
    "全年办理市人大代表建议及市政协委员提案93件，其中代表建议72件、委员提案21件，办复率100%。",
]


@pytest.mark.parametrize("text", CONJOINED_WRONG)
def test_whole_named_by_its_joined_kinds_is_split_by_them(text: str) -> None:
    assert any(code == "N102" or code == "N101" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", CONJOINED_RIGHT)
def test_joined_kinds_traps_stay_silent(text: str) -> None:
    assert not _any(text, codes=("N101", "N102")), text
