"""Announced counts, session 37 (s37-announced): each shape with a consistent twin.

Written for these tests from the general shapes (other bodies, names and figures than the
read sets' cases they generalise)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _severities(text: str) -> list[Severity]:
    return [r.severity for r in contradictions(analyze_text(text)) if r.code == "N203"]


# --- an enumeration opening right after the announcing clause, its colon lost ---------------


def test_enumeration_right_after_the_noun_without_a_colon() -> None:
    """「主要负责五项工作一是…」: the 一是 list the clause runs into is the count's list."""
    bad = (
        "区公共法律服务中心主要负责五项工作一是接待群众法律咨询；二是受理法律援助申请，"
        "做好审查指派；三是组织人民调解员开展纠纷化解；四是协调公证、司法鉴定等服务。"
    )
    assert codes(bad) == ["N203"]
    message = found(bad)[0][1]
    assert "「五项工作」说有5项" in message and "却是4项" in message
    assert "一是接待群众法律咨询" in message
    assert _severities(bad) == [Severity.ERROR]
    assert codes(bad.replace("五项工作", "四项工作")) == []


def test_enumeration_after_a_few_words_of_the_clause_without_a_colon() -> None:
    """「围绕三个重点开展了以下工作一是…」: words of the clause, then the list."""
    bad = (
        "局机关围绕三个重点开展了以下工作一是规范执法。修订裁量基准，统一执法尺度。"
        "二是强化监督。开展案卷评查，发现问题及时整改。"
    )
    assert codes(bad) == ["N203"]
    assert "「三个重点」说有3个" in found(bad)[0][1] and "却是2项" in found(bad)[0][1]
    assert codes(bad.replace("三个重点", "两个重点")) == []


def test_no_bare_enumeration_past_a_figure_or_within_a_word() -> None:
    """A figure or a mark before the 一是 leaves it to the other readings; 统一要求 is no
    marker; a single 一是 is no list."""
    assert codes("组建三支队伍统一要求持证上岗，全年检查120次。") == []
    assert codes("明确三项职责一是牵头协调，全年召开会议4次。") == []
