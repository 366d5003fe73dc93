"""Year-on-year changes, session 37: a count cut from one level to another and its rate of
cutting (削减/精简/压减, 精简率/削减率), read as any fall from 由/从 a base to a level is.

Every text is written for these tests from the general mechanism (labels, figures and layouts
varied; none is taken from a statistics set). The expected verdicts were worked out by hand:

* 由640项削减至208项，精简率为67.5%: (640 − 208) ÷ 640 = 67.5% (silent); printed 76.5% an error
  showing the arithmetic.
* 从96个精简到60个，精简37.5%: (96 − 60) ÷ 96 = 37.5%; printed 35.7% an error.
* 由上年的22.5个工作日压缩至13.5个工作日，压减40%: (22.5 − 13.5) ÷ 22.5 = 40% (silent).
* a direction the figures contradict: 由48项精简到75项 (the verb says fewer, the figures more).
* 精简为 a level reached, not an amount of change: 由120项精简为84项，精简30% silent.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

E, W = Severity.ERROR, Severity.WARNING


def n108(text: str, year: int = 2023) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.code == "N108"
    ]


def test_cut_rate_off_is_an_error_with_its_arithmetic() -> None:
    found = n108("全面清理区级审批事项，由640项削减至208项，精简率为76.5%。")
    assert len(found) == 1
    severity, message = found[0]
    assert severity is E
    assert "76.5%" in message and "（640－208）÷640＝67.5%" in message


def test_cut_rate_right_is_silent() -> None:
    assert n108("全面清理区级审批事项，由640项削减至208项，精简率为67.5%。") == []
    assert n108("全面清理区级审批事项，由640项削减至208项，削减率达67.5%。") == []


def test_simplified_to_and_its_percentage() -> None:
    found = n108("证明材料从96个精简到60个，精简35.7%。")
    assert [s for s, _ in found] == [E]
    assert "（96－60）÷96＝37.5%" in found[0][1]
    assert n108("证明材料从96个精简到60个，精简37.5%。") == []


def test_pressed_down_time_limit_is_silent_when_right() -> None:
    text = "平均审批时限由上年的22.5个工作日压缩至13.5个工作日，压减40%。"
    assert n108(text) == []


def test_cut_verb_against_rising_figures() -> None:
    found = n108("部门权责清单事项由48项精简到75项。")
    assert [s for s, _ in found] == [E]
    assert "实为增加" in found[0][1]
    assert n108("部门权责清单事项由75项精简到48项。") == []


def test_cut_to_a_level_with_wei_is_no_amount_of_change() -> None:
    assert n108("中介服务事项由120项精简为84项，精简30%。") == []
