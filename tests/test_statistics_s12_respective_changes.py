"""A 分别 list of percentage changes against a list of last year's figures, this year's figures
stated earlier in the same sentence (session 12, s12-missB; relations/change.py
``_bases_listed``): 「…事故9起、死亡7人，事故起数和死亡人数较上年的13起、9人分别下降30.8%和
28.6%」 — the i-th change is the i-th figure of this year against the i-th base, a link the
sentence states (an error when it does not fit).

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _changes(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code in ("N108", "N106")
    ]


WRONG = [
    # (13-9)/13 = 30.77 ok; (9-7)/9 = 22.2, not 28.6
    "全年发生生产安全事故9起、死亡7人，事故起数和死亡人数较上年的13起、9人分别下降30.8%和28.6%。",
    # (51-42)/51 = 17.65 ok; (232-186)/232 = 19.83, not 21.8
    "全年发生火灾事故42起、直接财产损失186万元，较上年的51起、232万元分别下降17.6%和21.8%。",
    # (73-64)/64 = 14.06 ok; (612-538)/538 = 13.75, not 8.3
    "全年下达处罚决定书73份、罚没款612万元，较上年的64份、538万元分别增长14.1%和8.3%。",
    # (31-24)/24 = 29.17 ok; (1860-1420)/1420 = 30.99, not 37.0
    "全年调解医疗纠纷31件、赔偿金额1860万元，较上年的24件、1420万元分别增长29.2%和37.0%。",
    # (88-70)/88 = 20.45 -> 20.5 ok; (412-350)/412 = 15.05, not 17.7 (17.7 = 62/350)
    "全年受理信访事项350件、来访群众70人次，较上年的412件、88人次分别下降17.7%和20.5%。",
    # (56-48)/48 = 16.67 ok; (960-820)/820 = 17.07, not 14.6 (14.6 = 140/960)
    "全年开展执法检查56次、检查企业960家，较上年的48次、820家分别增长16.7%和14.6%。",
    # (26-19)/26 = 26.92 ok; (14-9)/14 = 35.71, not 55.6 (55.6 = 5/9)
    "全年发生道路交通事故19起、死亡9人，较上年的26起、14人分别下降26.9%和55.6%。",
    # (140-112)/112 = 25.0 ok; (3.6-2.9)/2.9 = 24.14, not 42.1
    "全年办理公证事项140件、收取费用3.6万元，较上年的112件、2.9万元分别增长25.0%和42.1%。",
]

RIGHT = [
    # (13-9)/13 = 30.77 -> 30.8; (9-7)/9 = 22.22 -> 22.2
    "全年发生生产安全事故9起、死亡7人，事故起数和死亡人数较上年的13起、9人分别下降30.8%和22.2%。",
    # (51-42)/51 = 17.65 -> 17.6 (truncated); (232-186)/232 = 19.83 -> 19.8
    "全年发生火灾事故42起、直接财产损失186万元，较上年的51起、232万元分别下降17.6%和19.8%。",
    # (73-64)/64 = 14.06 -> 14.1; (612-538)/538 = 13.75 -> 13.8
    "全年下达处罚决定书73份、罚没款612万元，较上年的64份、538万元分别增长14.1%和13.8%。",
    # (31-24)/24 = 29.17 -> 29.2; (1860-1420)/1420 = 30.99 -> 31.0
    "全年调解医疗纠纷31件、赔偿金额1860万元，较上年的24件、1420万元分别增长29.2%和31.0%。",
    # (412-350)/412 = 15.05 -> 15.0 (truncated 15.0); (88-70)/88 = 20.45 -> 20.5
    "全年受理信访事项350件、来访群众70人次，较上年的412件、88人次分别下降15.0%和20.5%。",
    # no list of bases: 分别增长 with no prior figures stated
    "全年开展执法检查56次、检查企业960家，分别增长16.7%和14.6%。",
    # (56-48)/48 = 16.67 -> 16.7; (960-820)/820 = 17.07 -> 17.1
    "全年开展执法检查56次、检查企业960家，较上年的48次、820家分别增长16.7%和17.1%。",
    # (26-19)/26 = 26.92 -> 26.9; (14-9)/14 = 35.71 -> 35.7
    "全年发生道路交通事故19起、死亡9人，较上年的26起、14人分别下降26.9%和35.7%。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_listed_change_off_its_pair_is_reported(text: str) -> None:
    assert _changes(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_listed_changes_that_fit_are_not(text: str) -> None:
    assert not _changes(text), text
