"""Outcomes listed after the colon of a clause saying a whole is all concluded (session 14,
s14-flow3): 「收到听证申请11件，均已依法处理完毕：组织听证9件，撤回3件」 — the colon opens what
became of every item, so the list (to the statement's end) adds up to the whole, whatever
its verbs (relations/partition.py ``_done_colon``). Not when the text counts a carry-in, for
items naming a topic or a kind (涉及…, …类), nor past a semicolon.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 9 + 3 = 12 ≠ 11
    "全年共收到行政处罚听证申请11件，均已依法处理完毕：组织听证9件，当事人在听证前撤回申请3件。",
    # 5 + 3 = 8 ≠ 7
    "本年度共收到执法案卷评查结果申诉7件，均已办结：维持评查结果5件，改变评查结果3件。",
    # 21 + 6 + 2 = 29 ≠ 27
    "全年受理行政赔偿申请27件，已全部办理完毕：决定给予赔偿21件，决定不予赔偿6件，申请人撤回2件。",
    # 40 + 13 = 53 ≠ 55 (short: an item missing)
    "区政府全年收到行政复议申请55件，均已依法审结：维持原行政行为40件，撤销或确认违法13件。",
    # 118 + 37 + 9 = 164 ≠ 160
    "市局全年接到群众来信160件，均已按期答复：转交有关单位办理118件，直接答复37件，告知向有权机关反映9件。",
    # 8 + 4 = 12 ≠ 10 (ASCII colon)
    "全年收到政府信息公开申请10件,均已依法答复:予以公开8件,不予公开4件。",
    # 31 + 12 = 43 ≠ 41 (list ends at the semicolon; the 5 after it is not an item)
    "本年度共收到听证申请41件，均已处理完毕：举行听证31件，申请人撤回12件；听证后变更决定5件。",
    # 66 + 17 + 3 = 86 ≠ 84
    "全区受理土地权属争议调处申请84件，全部办结：作出调处决定66件，调解结案17件，驳回申请3件。",
]

RIGHT = [
    # 9 + 2 = 11
    "全年共收到行政处罚听证申请11件，均已依法处理完毕：组织听证9件，当事人撤回申请2件。",
    # 12 + 4 = 16; 3 after the semicolon is among the 12 heard
    "全年收到行政处罚听证申请16件，均已依法办理完毕：组织听证12件，当事人撤回申请4件；经听证后变更处罚决定3件。",
    # topics, not outcomes: 31 + 12 + 9 = 52 < 58, no word makes them complete
    "区政府全年受理行政复议申请58件，均已审结：涉及行政处罚类31件，涉及行政强制类12件，涉及信息公开类9件。",
    # carry-in named: 63 + 8 = 71 = 50 + 21; 50 + 21 > 63 is no contradiction
    "本年新收行政复议案件63件，加上上年结转的8件，均已全部审结：作出复议决定50件，调解结案21件。",
    # some only (主要): 30 + 10 = 40 < 52
    "全年收到举报52件，均已办结：主要为责令整改30件，立案查处10件等。",
    # not concluded (未全部办结): no complete list, 20 + 6 = 26 < 33
    "全年收到申诉33件，目前尚未全部办结：维持原决定20件，撤销原决定6件。",
    # the colon clause names a figure of its own: no all-concluded clause before the list
    "全年收到投诉45件，其中线上受理30件：办结28件，转办2件。",
    # 4 + 3 = 7
    "本年度共收到执法案卷评查结果申诉7件，均已办结：维持评查结果4件，改变评查结果3件。",
    # 5 + 4 + 1 = 10 (ASCII colon)
    "全年收到政府信息公开申请10件,均已依法答复:予以公开5件,部分公开4件,不予公开1件。",
]


@pytest.mark.parametrize("text", WRONG)
def test_outcomes_after_the_done_colon_must_make_up_the_whole(text: str) -> None:
    # more is N101, fewer N102
    assert [c for c, _ in _errors(text) if c in ("N101", "N102")], _errors(text)


@pytest.mark.parametrize("text", RIGHT)
def test_consistent_or_unstated_splits_raise_nothing(text: str) -> None:
    assert _any(text, codes=("N101",)) == []
