"""Session 36, coder named: a share of a named whole (占X总数的) against the figure the
sentence names that whole.

1. 「…报送的480件，截至年底已全部答复。…的96件，占答复总数的22.5%」: a clause after a figure,
   in its sentence, that says all of it reached a state (全部/均已 + the state) names that
   figure the whole of the state — the share is over it (96 ÷ 480 = 20%), an error when none
   of the readings fits.
2. 「共收到申请240件，…按类别分：甲类50件、乙类30件…。受理90件，占申请总数的45%」: a share that
   names its whole counts the figure it is told of; the classes of another list of that whole,
   summed, are no reading that excuses it (90 ÷ 240 = 37.5%).

Every sentence is written for these tests (bodies, nouns and numbers varied; none taken from
a statistics set).
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str = "N104") -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, 2024)) if r.code == code
    ]


# --- 1. 全部 + the state names the whole ----------------------------------------------

ALL_DONE = (
    "本年度各单位报送的意见建议480件，截至年底已全部答复。其中已采纳的312件，占答复总数的65%；"
    "部分采纳的96件，占答复总数的{p}%；作出说明的72件，占答复总数的15%。"
)


def test_share_of_a_whole_named_by_all_done_is_judged() -> None:
    # 96 / 480 = 20%, printed 22.5%
    found = _found(ALL_DONE.format(p="22.5"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "96÷480＝20%" in found[0][1] and "22.5%" in found[0][1], found


def test_share_of_a_whole_named_by_all_done_that_fits_is_quiet() -> None:
    assert not _found(ALL_DONE.format(p="20"))


def test_all_done_of_another_state_names_no_whole() -> None:
    # 全部受理 names 480 the received, not the answered: no whole of 答复 is stated — no
    # error (the listed-sum reading, 312＋96＋72＝480, may still warn)
    text = ALL_DONE.format(p="22.5").replace("已全部答复", "已全部受理")
    assert all(s is not Severity.ERROR for s, _ in _found(text)), _found(text)


MOSTLY = (
    "全区共排查矛盾纠纷1250件，均已调处完毕。调处成功的1175件，占调处总数的{p}%，"
    "其余75件已引导通过诉讼途径解决。"
)


def test_all_done_with_words_between() -> None:
    # 均已调处: 1175 / 1250 = 94%, printed 96%
    found = _found(MOSTLY.format(p="96"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "1175÷1250＝94%" in found[0][1], found
    assert not _found(MOSTLY.format(p="94"))


# --- 2. the named share's figure, not a sum of another list -------------------------------

CLASSES = (
    "全年共收到行政复议申请240件。按类别分：公安类50件、市场监管类30件、自然资源类70件、"
    "人社类40件、其他类50件。经审查，受理{n}件，占申请总数的45%；不予受理30件，"
    "占申请总数的12.5%。"
)


def test_named_share_not_excused_by_another_lists_sum() -> None:
    # 90 / 240 = 37.5%, printed 45% (= (50+30+28…)? 108/240: 公安+市场监管+… no figure of its own)
    found = _found(CLASSES.format(n="90"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "90÷240＝37.5%" in found[0][1], found


def test_named_share_that_fits_is_quiet() -> None:
    assert not _found(CLASSES.format(n="108"))
