"""N304: a comparison whose base is the figure's own period or a later one (session 34).

Written from the class (a change or a multiple measured from a base that is not before the
figure's period), not copied from a read set's case; each wrong text has a consistent twin."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _based(text: str, year: int) -> list[tuple[Severity, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.code == "N304" and "基期" in r.message and r.severity is not None
    ]


# (text, report year, severity, words the message must show)
WRONG = [
    # a later year as the base of the figure's year, named in the sentence
    (
        "今年全县办理行政复议案件96件，比2025年82件增加14件。",
        2024,
        Severity.ERROR,
        ("今年（2024年）", "96件", "2025年"),
    ),
    (
        "2022年末全市登记律师1320人，比2023年末增加45人。",
        2023,
        Severity.ERROR,
        ("2022年末", "1320人", "2023年末"),
    ),
    # a later quarter as the base of a quarter
    (
        "一季度全区受理投诉案件412件，较二季度增加37件。",
        2024,
        Severity.ERROR,
        ("一季度", "412件", "二季度"),
    ),
    # the figure's own year as its base
    (
        "2023年全县共调解矛盾纠纷2860件，比2023年增长12.6%。",
        2023,
        Severity.ERROR,
        ("2023年", "2860件", "就是"),
    ),
    # no period in the sentence: the report year, as a warning that says so
    (
        "全年共开展执法检查1460次，是2023年的1.3倍。",
        2023,
        Severity.ERROR,
        ("全年（2023年）", "1460次", "就是"),
    ),
    (
        "区市场监管局共开展执法检查1460次，是2023年的1.3倍。",
        2023,
        Severity.WARNING,
        ("报告年度2023年", "1460次", "推定"),
    ),
    (
        "全镇共受理信访事项75件，比2024年下半年减少9件。",
        2024,
        Severity.WARNING,
        ("报告年度2024年", "2024年下半年", "一段"),
    ),
]

RIGHT = [
    ("今年全县办理行政复议案件96件，比2023年82件增加14件。", 2024),
    ("2023年末全市登记律师1320人，比2022年末增加45人。", 2023),
    ("二季度全区受理投诉案件412件，较一季度增加37件。", 2024),
    ("2023年全县共调解矛盾纠纷2860件，比2022年增长12.6%。", 2023),
    ("全年共开展执法检查1460次，是2022年的1.3倍。", 2023),
    ("下半年全镇共受理信访事项75件，比2024年上半年减少9件。", 2024),
    # a relative base is relative to the figure; a frame names the base of what follows
    ("2021年共受理案件52件，比上年增加6件。", 2023),
    ("与改革前的2022年相比，全年行政处罚案件较2022年的412件下降22.8%。", 2023),
    # a bracket's period is not the period of the figure outside it
    ("2023年共办理申请4件（其中当年收到3件，上年结转1件），较2022年增加1件。", 2023),
    # budgets and plans of the year are not its outcome; targets are not facts
    ("2023年决算数为156万元，较2023年预算数增加12万元。", 2023),
    ("力争2024年办案数量比2025年减少10%。", 2023),
    # a start of a run leaves the figure's period open
    ("2023年以来累计受理案件860件，比2023年同期增长5%。", 2024),
    ("2023年1-6月受理案件86件，比2023年同期增加5件。", 2024),
]


@pytest.mark.parametrize(("text", "year", "severity", "words"), WRONG)
def test_a_base_not_before_the_figure_is_reported(
    text: str, year: int, severity: Severity, words: tuple[str, ...]
) -> None:
    [(found, message)] = _based(text, year)
    assert found is severity, message
    for word in words:
        assert word in message, (word, message)


@pytest.mark.parametrize(("text", "year"), RIGHT)
def test_a_base_before_the_figure_is_silent(text: str, year: int) -> None:
    assert _based(text, year) == [], text
