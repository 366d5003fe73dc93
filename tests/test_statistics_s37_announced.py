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


# --- a 顿号 list of long names before its count -------------------------------------------------


def test_long_names_before_a_count_closed_by_deng() -> None:
    """Names of bodies or approval items up to 24 characters are items of the list before
    the count; more of them than announced, even after 等, contradict (a warning)."""
    bad = (
        "调整市生态环境保护委员会、市河湖长制工作领导小组、市大气污染防治工作领导小组、"
        "市第二次全国污染源普查工作领导小组办公室等3个议事协调机构的成员。"
    )
    assert codes(bad) == ["N203"]
    message = found(bad)[0][1]
    assert "「3个议事协调」说有3个" in message and "却是4项" in message
    assert _severities(bad) == [Severity.WARNING]
    assert codes(bad.replace("等3个", "等4个")) == []


def test_yiji_inside_an_item_may_join_two_members() -> None:
    """「A、B、C领域以及D、E五项」: 以及 inside an item before the last joins two members or two
    words of one — both counts fit."""
    text = "围绕整治食品、药品、农资质量、特种设备领域以及网络交易违法行为、虚假广告{}重点任务开展检查。"
    assert codes(text.format("六项")) == []
    assert codes(text.format("五项")) == []
    assert codes(text.format("八项")) == ["N203"]


def test_the_list_opens_after_a_counted_phrase_joined_before_it() -> None:
    """「对…8个重点行业以及A、B、C、D四个专项…」: the counted phrase joined by 以及/和 before
    the list is no item of it."""
    good = "对全区8个重点行业以及燃气安全、自建房、校外培训、消防通道四个专项整治开展督导。"
    assert codes(good) == []
    bad = good.replace("四个", "五个")
    assert codes(bad) == ["N203"]
    assert "「五个专项」说有5个" in found(bad)[0][1] and "却是4项：燃气安全" in found(bad)[0][1]
    assert (
        codes("对全区8个重点行业和燃气安全、自建房、校外培训、消防通道四个专项整治开展督导。") == []
    )
