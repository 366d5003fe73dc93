"""Session 37, coder quiet: false errors on consistent text (issue 9).

1. A rate of a stock against a norm (``rates.over-norm``: 配备率, 自给率, 毛入学率) may exceed
   100% — no N105; any other capped rate above 100% stays an error.
2. 「由A、B等六个部分组成」: a 等 after half the count or fewer names examples — the list is
   open (N203 only when more parts are named than the count); a full list one short stays an
   error.
3. A rate named for one kind or body (刑事案件结案率, 省高院结案率) read against a base told as
   every kind (受理各类案件): the pairing is assumed — a warning naming its figures; the bare
   rate name against the same figures stays an error.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str) -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, 2024)) if r.code == code
    ]


def test_a_staffing_rate_over_its_quota_is_no_contradiction() -> None:
    assert not _found("全年乡镇专职人民调解员配备率达112%，调解成功率达98%。", "N105")
    assert not _found("全省粮食自给率为104.5%，较上年提高1.2个百分点。", "N105")


def test_a_share_over_100_is_still_an_error() -> None:
    found = _found("全年调解纠纷320件，调解成功率达112%。", "N105")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "调解成功率112%" in found[0][1], found


def test_a_staffing_rate_of_a_set_is_read_as_a_share() -> None:
    # (not over-norm when paired: 64 villages, all staffed — no reading 112 ÷ 64)
    text = "全县64个村（社区）均配备法律顾问，共签订服务合同112份，村级法律顾问配备率100%。"
    assert not _found(text, "N104")
    assert not _found(text, "N105")


COMPOSED = "本报告由总体情况、主动公开政府信息情况{more}等{n}个部分组成。"
MORE = "、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项"


def test_two_parts_named_with_deng_of_six_are_examples() -> None:
    assert not _found(COMPOSED.format(more="", n="六"), "N203")


def test_a_full_list_one_short_of_its_count_is_still_an_error() -> None:
    found = _found(COMPOSED.format(more=MORE, n="六"), "N203")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "说有6个" in found[0][1] and "5项" in found[0][1], found


def test_more_parts_named_than_the_count_is_still_an_error() -> None:
    found = _found(COMPOSED.format(more=MORE, n="三"), "N203")
    assert [s for s, _ in found] == [Severity.ERROR], found


EVERY_KIND = "全年全市法院共受理{all}案件5200件，办结5050件，{name}结案率{r}%。"


def test_a_rate_of_one_kind_against_every_kind_is_a_warning() -> None:
    found = _found(EVERY_KIND.format(all="各类", name="刑事案件", r="98.5"), "N104")
    assert [s for s, _ in found] == [Severity.WARNING], found
    message = found[0][1]
    assert "5050÷5200＝97.1%" in message and "98.5%" in message and "推断" in message, message


def test_a_rate_of_one_kind_that_fits_is_quiet() -> None:
    assert not _found(EVERY_KIND.format(all="各类", name="刑事案件", r="97.1"), "N104")


def test_the_bare_rate_against_every_kind_is_still_an_error() -> None:
    found = _found(EVERY_KIND.format(all="各类", name="", r="98.5"), "N104")
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "5050÷5200＝97.1%" in found[0][1], found


def test_a_kind_rate_against_a_plain_base_is_still_an_error() -> None:
    # (a base told plainly, 受理案件, is the set the name speaks of)
    found = _found(EVERY_KIND.format(all="", name="刑事案件", r="98.5"), "N104")
    assert [s for s, _ in found] == [Severity.ERROR], found
