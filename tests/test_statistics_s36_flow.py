"""Session 36 (s36-flow): flow readings.

1. An intake whose verb is read across a gloss in brackets inside its noun (「受理以…乡镇（街道）
   为被告的…案件」) is a reading of the words: its stage bounds the outcomes the text links to it
   (对受理的…), not an outcome told after it with no link (审结 more than 受理 may hold cases
   carried in).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings


def test_glossed_intake_bounds_its_linked_outcomes() -> None:
    text = (
        "全年共受理食品经营（餐饮）许可申请88件，对受理的申请，作出准予许可决定80件，"
        "不予许可6件，申请人撤回4件。"
    )
    hits = [m for c, m in errors(text) if c == "N101"]
    assert any("90件" in m and "88件" in m for m in hits), findings(text)


GLOSSED_CONSISTENT = [
    "截至6月底，全区法院共受理以区政府、镇（街道）为被告的一审行政案件64件，审结66件。",
    "全年收到各村（社区）上报的矛盾纠纷线索212条，办结215条，回访满意率98%。",
]


@pytest.mark.parametrize("text", GLOSSED_CONSISTENT)
def test_glossed_intake_no_unlinked_pairing(text: str) -> None:
    assert not [(c, m) for c, m in findings(text) if c == "N107"], findings(text)
