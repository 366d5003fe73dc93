"""A figure picked up again in a later paragraph under the same heading (issue 9).

The paragraphs are written for these tests from the general shapes; none comes from a blind
set."""

from __future__ import annotations

from typing import Any

import pytest

from fazhi_lint.analysis.quantities import BlockQuantities
from fazhi_lint.analysis.relations import analyze_text, contradictions, pickup
from fazhi_lint.model import Severity


def found(text: str, year: int | None = None) -> list[tuple[str, Severity | None, int]]:
    return [(r.code, r.severity, r.block) for r in contradictions(analyze_text(text, year))]


def test_parts_in_the_next_paragraph_of_a_whole_stated_before() -> None:
    """The whole in one paragraph, an exhaustive split of it in the next: a warning that
    points at both paragraphs."""
    bad = (
        "全年共受理劳动人事争议案件264件，均在法定期限内审结。\n"
        "按审理程序区分，适用普通程序审理的171件，适用简易程序审理的88件。"
    )
    rels = [r for r in contradictions(analyze_text(bad)) if r.code == "N102"]
    assert len(rels) == 1
    assert rels[0].severity is Severity.WARNING
    assert {s.block for s in rels[0].involved} == {0, 1}
    assert "两段" in rels[0].message
    assert found(bad.replace("88件", "93件")) == []


def test_a_reference_back_without_the_figure() -> None:
    """「上述案件中，…」 opens the later paragraph: its parts cannot exceed the whole."""
    bad = (
        "全年共受理消费投诉举报3120件，均已按期办结。\n"
        "上述投诉举报中，食品类投诉1480件，网购类投诉1350件，预付卡类投诉460件。"
    )
    assert [c for c, _, _ in found(bad)] == ["N101"]
    assert found(bad.replace("460件", "260件")) == []


def test_the_figure_repeated_is_not_counted_twice() -> None:
    """「在上述3120件中」 names the whole again: it is not one of the parts."""
    good = (
        "全年共受理消费投诉举报3120件，均已按期办结。\n"
        "在上述3120件中，食品类投诉1480件，网购类投诉1350件，预付卡类投诉260件。"
    )
    assert found(good) == []


def test_a_heading_between_the_paragraphs_starts_another_subject() -> None:
    """Under another heading the earlier whole is not picked up."""
    text = (
        "全年共受理劳动人事争议案件264件，均在法定期限内审结。\n"
        "（二）加强调解组织建设\n"
        "按审理程序区分，适用普通程序审理的171件，适用简易程序审理的88件。"
    )
    assert found(text) == []


def test_shares_going_on_in_the_next_paragraph_keep_their_whole() -> None:
    """A list of shares begun under its whole goes on in the next paragraph: each share is
    of that whole, not of the part before it (no error from the later paragraph alone)."""
    good = (
        "全年受理12345热线转办的噪声扰民诉求480件，其中建筑施工噪声216件，占45.0%。\n"
        "社会生活噪声168件，占35.0%；交通运输噪声96件，占20.0%，均已按时限办理。"
    )
    assert found(good) == []
    bad = good.replace("占20.0%", "占25.0%")
    codes = found(bad)
    assert codes and all(s is Severity.WARNING for _, s, _ in codes)


def test_a_rate_whose_base_is_in_the_paragraph_before_is_not_an_error() -> None:
    """「办结案件中，…，办结率X%」: the rate's base stands in the paragraph before; the later
    paragraph read alone has no base for it and must not report an error."""
    good = (
        "全年共受理不动产登记异议申请540件，涉及权利人610人，办结513件。\n"
        "办结案件中，更正登记260件、注销异议登记170件、驳回申请83件，办结率为95.0%。"
    )
    assert [s for _, s, _ in found(good) if s is Severity.ERROR] == []


def test_a_contradiction_within_the_later_paragraph_stays_an_error() -> None:
    """The later paragraph's own contradiction, with its whole in the same paragraph, is
    still an error when the paragraph before is read with it."""
    text = (
        "全年共开展安全生产执法检查1260家次，发现隐患2310处。\n"
        "全年共办理安全生产行政处罚案件96件，其中适用普通程序的61件、适用简易程序的31件。"
    )
    assert ("N102", Severity.ERROR, 1) in found(text)


def test_a_numbered_item_does_not_go_on_with_the_item_before() -> None:
    """「4.」 opens an item of its own: its shares are not read as the list of the item
    before it."""
    text = (
        "3.共建模式：区属国企出资占40%，街道集体经济组织出资占35%，社会资本出资占25%。\n"
        "4.收益分配：村集体占50%，合作社占30%，农户占20%。"
    )
    assert found(text) == []


def test_a_stage_named_again_with_its_figure_is_judged_in_its_paragraph() -> None:
    """「移送的N件线索中，…」 names the whole again with its figure: the later paragraph's
    own reading (parts above that whole) stays an error."""
    text = (
        "全年共接收违法违规线索2960条，向纪检监察机关移送线索385条。\n"
        "移送的385条线索中，已立案审查312条，正在初核81条。"
    )
    assert ("N101", Severity.ERROR, 1) in found(text)
    assert found(text.replace("81条", "73条")) == []


def test_a_set_named_back_reads_as_the_whole_of_an_exhaustive_split() -> None:
    """「上述纠纷中，」 names the set counted at the end of the paragraph before: an exhaustive
    split of it (线上/线下) that falls short is a warning over both paragraphs."""
    bad = (
        "全年共调处物业服务纠纷538件，群众满意度持续提升。\n"
        "上述纠纷中，通过线上平台调处307件，通过线下窗口调处221件。"
    )
    rels = [r for r in contradictions(analyze_text(bad)) if r.code == "N102"]
    assert len(rels) == 1 and rels[0].severity is Severity.WARNING
    assert {s.block for s in rels[0].involved} == {0, 1}
    assert found(bad.replace("221件", "231件")) == []
    # a set the earlier figure does not count is not its split
    other = bad.replace("上述纠纷中", "上述调解员中")
    assert found(other) == []


def test_a_stage_named_back_by_its_verb() -> None:
    """「在移交的线索中，」 names the stage counted last in the paragraph before (移交): its
    outcomes above it are a warning; a stage its words share with two counts is not read."""
    bad = (
        "全年共接到群众来电2140件，向属地街镇移交620件。\n"
        "在移交的工单中，已办结588件，正在办理47件。"
    )
    assert [(c, s) for c, s, _ in found(bad)] == [("N101", Severity.WARNING)]
    assert found(bad.replace("47件", "32件")) == []
    two = (
        "全年新收行政裁决申请86件，上年结转9件，共办结88件，尚未办结的7件转入下年度。\n"
        "在办结案件中，经调解达成协议的31件。"
    )
    assert found(two) == []


def _pairs_read(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The (earlier, later) blocks pickup reads together in ``text``."""
    read: list[tuple[int, int]] = []
    original = pickup._across

    def across(earlier: BlockQuantities, later: BlockQuantities, *args: Any) -> Any:
        read.append((earlier.block, later.block))
        return original(earlier, later, *args)

    monkeypatch.setattr(pickup, "_across", across)
    analyze_text(text)
    return read


def test_a_titled_item_after_a_finished_paragraph_is_not_read_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """「2.规范执法程序。」「（三）…。」「二是…。」 open an item with a title of its own: after a
    paragraph that ends its sentence, naming none of its figures again, it is not read with
    that paragraph (the pair readings are the statistics view's costliest part), nor is a
    paragraph opening with a title without a number; one without the title is."""
    earlier = "全年共受理信访事项120件，均已按期办结。\n"
    body = "全年办理行政处罚案件80件，听证3件。"
    for item in ("2.", "3、", "（三）", "(4)", "二是", "二、"):
        assert _pairs_read(earlier + item + "规范执法程序。" + body, monkeypatch) == []
        assert _pairs_read(earlier + item + body, monkeypatch) == [(0, 1)]
    # a title without a number, after a finished paragraph, opens a subject of its own too
    assert _pairs_read(earlier + "执法部门严格规范执法程序。" + body, monkeypatch) == []
    # a first sentence that points back is no title of a subject of its own
    assert _pairs_read(earlier + "上述事项均已办结。" + body, monkeypatch) == [(0, 1)]
    # 「2024年」 opens a statement, not an item: it may compare with the paragraph before
    assert _pairs_read(earlier + "2024年，" + body, monkeypatch) == [(0, 1)]
    # a first sentence with a figure, in digits or in words, is no title
    assert _pairs_read(earlier + "2.办理案件80件。听证3件。", monkeypatch) == [(0, 1)]
    words = "年底前已办结一百一十件。尚未办结的十件。"
    assert _pairs_read(earlier + words, monkeypatch) == [(0, 1)]


def test_a_numbered_item_is_read_when_it_may_link(monkeypatch: pytest.MonkeyPatch) -> None:
    """An item naming a figure of the paragraph before again, one whose text after its
    title names the dimension of a split, one with a contradiction of its own to judge, or
    one after a paragraph cut without a sentence end is read with the paragraph before it
    as before."""
    earlier = "1.全年共受理消费投诉举报3120件，均已按期办结。\n"
    repeated = "2.分类处置投诉。在上述3120件中，食品类投诉1480件，网购类投诉1350件。"
    assert _pairs_read(earlier + repeated, monkeypatch) == [(0, 1)]
    assert found(earlier + repeated) == []
    split = "2.分类处置投诉。按投诉类型分，食品类投诉1480件，网购类投诉1350件，预付卡类投诉460件。"
    assert _pairs_read(earlier + split, monkeypatch) == [(0, 1)]
    own = "2.加强复议工作。全年收到行政复议申请100件，其中受理80件，不予受理30件。"
    assert found(own) != []  # alone: 80 + 30 > 100
    assert _pairs_read(earlier + own, monkeypatch) == [(0, 1)]
    cut = (
        "全年办理法律援助案件1027件，接待法律咨询5000人次，其中现场咨询3210人次，已办结103件\n"
        "（三）加强站点建设。全区建成法律服务站点126个。"
    )
    assert _pairs_read(cut, monkeypatch) == [(0, 1)]
