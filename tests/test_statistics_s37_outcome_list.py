"""An outcome list told in the statement after the decided whole, summing above it (session
37, s37-outcomes).

「办结40件。其中，准予许可12件、部分许可9件、不予许可15件、退回补正6件」: the statement after
a concluded figure lists, one count to a clause, what became of the decided cases in verbs of
their own; the list cannot exceed every figure of the statement before. Opened by 其中 it is
tied to that statement (an error); without it the pairing is inferred (a warning naming the
figures). Silent: a list some figure before may hold (the intake), a partial list (等, 主要),
a list of another scope (同比, 另), a carry-over told, a concluded word told again.
Every sentence is written for these tests; the arithmetic is in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

TIED = [
    # 21+9+17+8 = 55 > 52
    "全年办理行政复议案件52件，审结52件。其中，维持原行政行为21件、撤销9件、驳回申请17件、调解和解8件。",
    # 20+11+9 = 40 > 38
    "今年收到复议申请38件，审结38件。其中维持原行政行为20件，撤销11件，确认违法9件。",
]

INFERRED = [
    # 30+25+18 = 73 > 70
    "全年受理网上信访件70件，办结70件。依法解决30件，解释说明25件，转有关部门办理18件。",
    # 51+40+13 = 104 > 100
    "全年受理12345热线转办件100件，办结100件。群众满意51件，基本满意40件，不满意13件。",
]

RIGHT = [
    # 21+9+14+8 = 52
    "全年办理行政复议案件52件，审结52件。其中，维持原行政行为21件、撤销9件、驳回申请14件、调解和解8件。",
    # 20+11+9 = 40 ≤ 45 (the intake may hold them)
    "今年收到复议申请45件，审结38件。其中维持原行政行为20件，撤销11件，确认违法9件。",
    # partial: 等
    "全年办理行政复议案件52件，审结52件。其中，维持原行政行为21件、撤销9件、驳回申请17件、调解和解等8件。",
    # carry-over told
    "全年受理复议申请38件（含上年结转5件），审结38件。其中维持20件，撤销11件，确认违法9件。",
    # another scope: 同比
    "全年受理网上信访件70件，办结70件。依法解决30件，同比增加25件，转有关部门办理18件。",
    # two splits of one whole (程序, 结果): 6+6 = 12, 5+4+3 = 12
    "全年审结复议案件12件。普通程序6件、简易程序6件；维持5件、撤销4件、驳回3件。",
    # the concluded word told again: a statement of its own
    "一季度受理投诉40件，办结40件。二季度办结22件，三季度办结15件，四季度办结9件。",
]


@pytest.mark.parametrize("text", TIED)
def test_tied_list_above_the_whole_is_an_error(text: str) -> None:
    found = [m for _, m in _errors(text) if "所列各项结果" in m]
    assert found, text
    assert "“其中”" in found[0]


def test_message_names_every_figure() -> None:
    (msg,) = [m for _, m in _errors(TIED[0]) if "所列各项结果" in m]
    assert "55件" in msg and "21件＋9件＋17件＋8件" in msg and "52件" in msg


@pytest.mark.parametrize("text", INFERRED)
def test_inferred_list_is_a_warning(text: str) -> None:
    assert not [m for _, m in _errors(text) if "所列各项结果" in m]
    found = [m for _, m in _any(text) if "所列各项结果" in m]
    assert found, text
    assert "按均为前一句所述案件的结果计算" in found[0]


@pytest.mark.parametrize("text", RIGHT)
def test_consistent_or_open_lists_stay_silent(text: str) -> None:
    assert not [m for _, m in _any(text) if "所列各项结果" in m], text
