"""Session 22 (s22-rates): a rate is accepted when any reading the sentence allows fits, and
reported when the sentence forces one that does not (N104, N105, N108).

* 改变率 is a class of outcomes the figures name one by one (改判、发回重审、撤销、变更…:
  numbers.toml ``rates.numerator-words``), as 纠错率 is: a 其中 part that names two of them is
  what the rate counts;
* a share naming its whole by a verb of the case flow (占审结数的) over a figure told by another
  verb (办结…) is a reading the text allows, not one it forces: a warning at most;
* a closure rate (结案率) whose concluded figure is above the intake it would be read over holds
  a carry-in the text leaves unsaid: bounded by concluded ÷ intake, never lower-bounded;
* a month or quarter compared with (较上月的, 比第一季度的) is a base as 上年 is; a change in a
  sentence opened by 其中 may speak of the whole of the sentence before.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings


def _codes(text: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return findings(text, codes=codes)


CONTRADICTIONS = [
    # 406 ÷ 520 = 78.1%
    (
        "全年法院审结抗诉案件520件，其中改判、发回重审406件，改变率81.6%。",
        "N104",
        "406÷520＝78.1%",
    ),
    # 150 ÷ 200 = 75%
    (
        "法院已审结再审检察建议案件200件，其中撤销原判、改判150件，改变率80%。",
        "N104",
        "150÷200＝75%",
    ),
    # the intake is stated by the verb the share names: forced, an error
    ("全年共受理案件120件，审结100件，占受理数的90.9%。", "N104", "100÷120＝83.3%"),
    # less concluded than received: the plain reading holds (845 ÷ 900 = 93.9%)
    ("全年共受理一审案件900件，审结845件，结案率为95.2%。", "N104", "845÷900＝93.9%"),
    # 3120 − 2890 = 230
    ("本月共办理工单3120件，较上月的2890件增加了320件。", "N108", "3120－2890＝230件"),
    # 640 − 710 = −70
    ("第二季度受理投诉640件，比第一季度的710件减少了80件。", "N108", "640－710＝-70件"),
    # the whole of the sentence before: 5230 − 4800 = 430
    (
        "全月共受理来电5230件。其中，咨询类3100件、投诉类2130件，总量较上月的4800件增加了340件。",
        "N108",
        "5230－4800＝430件",
    ),
    # a closure rate above 100% stays impossible, carry-in or not
    ("全年共受理一审案件820件，审结845件，结案率为106.1%。", "N105", "106.1%"),
]

CONSISTENT = [
    "全年法院审结抗诉案件520件，其中改判、发回重审406件，改变率78.1%。",
    "法院已审结再审检察建议案件200件，其中撤销原判、改判150件，改变率75%。",
    "全年共受理案件120件，审结100件，占受理数的83.3%。",
    # more concluded than received: a carry-in exists, 845 ÷ (820 + 旧存) may be 95.2%
    "全年共受理一审案件820件，审结845件，结案率为95.2%。",
    "本月共办理工单3120件，较上月的2890件增加了230件。",
    "第二季度受理投诉640件，比第一季度的710件减少了70件。",
    "全月共受理来电5230件。其中，咨询类3100件、投诉类2130件，总量较上月的4800件增加了430件。",
    "全年共受理一审案件900件，审结845件，结案率为93.9%。",
]


@pytest.mark.parametrize(("text", "code", "shown"), CONTRADICTIONS)
def test_reported(text: str, code: str, shown: str) -> None:
    got = _codes(text, (code,))
    assert got, text
    assert any(shown in message for _, message in got), got


@pytest.mark.parametrize("text", CONSISTENT)
def test_silent(text: str) -> None:
    assert not _codes(text, ("N104", "N105", "N108")), text


def test_named_verb_unsaid_is_a_warning_at_most() -> None:
    # 占审结数的 over a figure the text tells by 办结 (another body's count): a guess
    text = (
        "全年共办结各类监督案件3000件，其中提出抗诉60件；法院改判、发回重审45件，占审结数的90.5%。"
    )
    assert not [e for e in errors(text) if e[0] == "N104"]


def test_new_intake_unsaid_is_a_warning_at_most() -> None:
    # 受理 may hold the carry-over 新收 leaves out: 5730 ÷ 15400 is no forced reading
    text = "全年受理案件15400件，结案9594件。其中，巡回法庭新收案件5730件，占新收案件总数的44.8%。"
    assert not [e for e in errors(text) if e[0] == "N104"]
