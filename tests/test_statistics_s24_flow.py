"""Session 24, coder "flow": two guards relaxed by the structure of the clause.

* A running sum (累计, numbers.toml ``clauses.carry-over-sums``) right before an intake verb
  makes that intake the sum so far, holding every case carried in, also after a comma
  (「截至2022年12月，累计受理…203062件，办结212014件」): it explains no outcome above it (real34
  QE014). Before an outcome (累计办结) it still may.
* The first figure after a whole that names a stage by a verb of its own, split exactly by the
  figures after it whose words hold that verb (「受理纠纷5935件，调解纠纷5935件，调解成功5894件，
  未调解成功41件」), is the next stage of the chain, not a part of the whole beside them (real34
  QE020, a false error).
Sentences of our own, not copies of fixture cases.
"""

from __future__ import annotations

import pytest

from tests.relation_helpers import errors, findings

# --- a running sum before the intake: the intake holds what was carried in ----------------

CUMULATIVE_OVER = [
    ("截至2023年11月底，累计受理各类政务服务事项58210件，办结58934件。", "58934", "58210"),
    ("截至目前，累计接收群众来信1260件，已答复1302件。", "1302", "1260"),
    ("今年以来，全镇累计受理矛盾纠纷312件，化解纠纷320件。", "320", "312"),
    (
        "2019年以来，区市场监管局累计受理消费投诉4518件，办结4602件，为消费者挽回经济损失86万元。",
        "4602",
        "4518",
    ),
]


@pytest.mark.parametrize(("text", "outcome", "intake"), CUMULATIVE_OVER)
def test_cumulative_intake_below_its_outcome_is_found(text: str, outcome: str, intake: str) -> None:
    got = findings(text, 2023, ("N107",))
    assert got, text
    assert any(outcome in m and intake in m for _, m in got)


CUMULATIVE_FINE = [
    "截至2023年11月底，累计受理各类政务服务事项58210件，办结57934件。",
    # 累计 before the outcome: the outcome may hold cases of earlier years
    "今年受理投诉112件，累计办结历年投诉130件。",
    "全年新收案件420件，累计审结435件。",
    "今年以来，全镇累计受理矛盾纠纷312件，化解纠纷301件，化解率96.5%。",
]


@pytest.mark.parametrize("text", CUMULATIVE_FINE)
def test_cumulative_within_bounds_or_on_the_outcome_stays_silent(text: str) -> None:
    assert findings(text, 2023, ("N101", "N102", "N103", "N107")) == []


# --- a stage named by any verb, split by that verb's outcomes ------------------------------

STAGE_SPLIT_FINE = [
    "全年受理纠纷1203件，调解纠纷1203件，调解成功1180件，未调解成功23件。",
    "共排查矛盾纠纷645件，化解纠纷640件，化解成功612件，未化解成功28件。",
    "全年受理劳动争议案件516件，仲裁案件498件，仲裁结案482件，仲裁未结案16件。",
    "上半年受理信访事项230件，办理信访事项226件，办理完毕219件，未办理完毕7件。",
]


@pytest.mark.parametrize("text", STAGE_SPLIT_FINE)
def test_outcomes_of_a_stage_split_that_stage_not_the_whole(text: str) -> None:
    assert errors(text, 2023) == []


STAGE_SPLIT_OVER = [
    # the outcomes exceed their stage: still found, against the right figures
    ("全年受理纠纷1203件，调解纠纷1203件，调解成功1180件，未调解成功33件。", "1180", "33"),
    ("上半年受理信访事项230件，办理信访事项226件，办理完毕219件，未办理完毕17件。", "219", "17"),
    ("全年受理劳动争议案件516件，仲裁案件498件，仲裁结案482件，仲裁未结案26件。", "482", "26"),
    ("前三季度共受理纠纷2210件，调解纠纷2210件，调解成功2186件，未调解成功36件。", "2186", "36"),
]


@pytest.mark.parametrize(("text", "done", "open_"), STAGE_SPLIT_OVER)
def test_outcomes_above_their_stage_are_found(text: str, done: str, open_: str) -> None:
    got = findings(text, 2023, ("N101", "N102", "N107"))
    assert any(done in m and open_ in m for _, m in got), got
