"""N302 names a period once: a figure whose own words hold its period (「1—4月的财政收入」)
was shown as 「1—4月1—4月的财政收入43.61亿元」 (found by the s36-across coder)."""

from __future__ import annotations

import pytest
from relation_helpers import findings


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("1—4月的财政收入43.61亿元，4月份的财政收入79.43亿元。", "1—4月的财政收入43.61亿元"),
        ("郑州1—4月的财政收入43.61亿元，4月财政收入79.43亿元。", "郑州1—4月的财政收入43.61亿元"),
        # a period the words do not hold keeps its label in front
        ("全年财政收入40.12亿元，1—4月财政收入43.61亿元。", "全年财政收入40.12亿元"),
    ],
)
def test_the_period_is_named_once(text: str, named: str) -> None:
    found = [m for c, m in findings(text) if c == "N302"]
    assert found, findings(text)
    assert found[0].startswith(named), found
    assert "1—4月1—4月" not in found[0]
