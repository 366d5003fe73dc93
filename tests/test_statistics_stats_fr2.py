"""General rules added for issue 9 in the fourth tuning round (stats-fr2), each with a twin.

The sentences are written for these tests; none comes from a blind set."""

from __future__ import annotations

from fazhi_lint import Config, Linter
from fazhi_lint.analysis.relations import analyze_text, contradictions


def found(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.code, r.severity.label if r.severity else "", r.message)
        for r in contradictions(analyze_text(text))
    ]


def errors(text: str) -> list[str]:
    return [m for _, s, m in found(text) if s == "error"]


def lint_txt(text: str) -> list[tuple[str, str]]:
    result = Linter(Config(select=("N",))).lint_bytes(text.encode("utf-8"), "报告.txt")
    return [(d.code, d.message) for d in result.diagnostics]


# -- a dimension clause that splits the sentence before ---------------------------------------


def test_a_respective_list_of_named_kinds_after_a_dimension_splits_the_whole() -> None:
    """「从纠纷类型看，A、B及其他纠纷分别为…」: the names end with 其他, so the figures are the
    whole of the previous sentence's total; a clause of its own after the list is not a part."""
    text = (
        "全年各级调解组织共受理矛盾纠纷{}件。从纠纷类型看，婚姻家庭、邻里关系及其他纠纷"
        "分别为214件、309件、176件，制作调解协议书52份。"
    )
    bad = errors(text.format(708))
    assert len(bad) == 1 and "214+309+176" in bad[0] and "708" in bad[0]
    assert errors(text.format(699)) == []


def test_a_division_clause_claims_a_split_and_warns_on_a_shortfall() -> None:
    """「按所在区域划分，」 says the figures divide the whole: more than the whole is an error,
    less is a warning (the text does not say nothing else exists)."""
    text = (
        "全市共建成公共法律服务工作站{}个。按所在区域划分，城区建成的45个、"
        "乡镇建成的120个，年内接待来访群众3600人次。"
    )
    over = found(text.format(150))
    assert [(c, s) for c, s, _ in over] == [("N101", "error")]
    short = found(text.format(172))
    assert [(c, s) for c, s, _ in short] == [("N102", "warning")]
    assert "划分" in short[0][2]
    assert found(text.format(165)) == []


# -- a rate's numerator found by position ------------------------------------------------------


def test_a_figure_sharing_only_the_counted_noun_is_not_the_rates_numerator() -> None:
    """「抽查合同200份，评为优秀的合同58份，合同规范率为97%」: 58 shares only 合同 (the
    thing the base counts too) with the name, so it is not what 规范率 counts."""
    assert errors("全年抽查企业合同200份，评为优秀的合同58份，合同规范率为97%。") == []
    # a numerator named by the rate's own stem is still judged
    bad = errors("全年抽查企业合同200份，其中规范的合同188份，合同规范率为97%。")
    assert bad and "188÷200" in bad[0]


# -- flows ---------------------------------------------------------------------------------


def test_a_scope_clause_of_its_own_names_the_set_the_next_figure_counts_in() -> None:
    """「在登记的事项中，」「对移交的线索，」: the figure of the next clause is within that set."""
    bad = found(
        "全年接到群众举报线索342条，经甄别登记276条；在登记的线索中，已核查办结281条，"
        "其中查实108条。"
    )
    assert {s for _, s, _ in bad} == {"warning"}
    assert any(c == "N107" and "在登记的线索中281条" in m and "276" in m for c, _, m in bad)
    moved = found(
        "全年收到涉企举报417件，经研判移交属地执法队的366件，对移交的举报，执法队已反馈结果的"
        "372件，其余51件由本局直接处理。"
    )
    assert any(c == "N107" and "372" in m and "366" in m for c, _, m in moved)
    ok = "全年接到群众举报线索342条，经甄别登记276条；在登记的线索中，已核查办结261条，其中查实108条。"
    assert found(ok) == []


def test_a_pending_state_named_by_a_de_phrase_is_the_open_rest() -> None:
    """「仍在办理中的14件」 is what is still open: concluded + open cannot exceed what came in."""
    bad = errors("全年共受理劳动保障监察投诉209件，已结案198件，仍在办理中的14件均未超过办案期限。")
    assert len(bad) == 1 and "198" in bad[0] and "14" in bad[0] and "209" in bad[0]
    assert (
        errors("全年共受理劳动保障监察投诉209件，已结案195件，仍在办理中的14件均未超过办案期限。")
        == []
    )


# -- paragraph and table -----------------------------------------------------------------------


TABLE = (
    "区民政局2024年法治政府建设情况报告\n{}\n"
    "类别\t办理件数\t其中会办\n群众来信\t57\t8\n网上信访\t92\t11\n合计\t149\t19\n"
)


def test_a_figure_naming_every_row_with_共_is_the_tables_total() -> None:
    """「共办理群众来信和网上信访152件」 names both rows: it is the 合计 row (149)."""
    text = TABLE.format("全年共办理群众来信和网上信访152件，均按期答复，具体情况如下表。")
    hits = [m for c, m in lint_txt(text) if c == "N401"]
    assert len(hits) == 1 and "152件" in hits[0] and "149" in hits[0]
    right = TABLE.format("全年共办理群众来信和网上信访149件，均按期答复，具体情况如下表。")
    assert [c for c, _ in lint_txt(right) if c == "N401"] == []


def test_a_figure_within_a_row_is_not_that_rows_value() -> None:
    """「网上信访的事项中有11件…」 counts inside the 网上信访 row (92), not the row itself."""
    text = TABLE.format(
        "全年办理信访事项149件，其中网上信访的事项中有11件由多部门会办，情况见下表。"
    )
    assert [c for c, _ in lint_txt(text) if c == "N401"] == []


def test_outcomes_told_clause_by_clause_up_to_the_open_rest_add_up_to_the_whole() -> None:
    """「受理…，X的A件，Y的B件，尚在核查中的C件」: whatever the verbs, the clauses ending with
    the part still open tell what became of the whole; a shortfall or excess is a warning."""
    text = (
        "全年受理消费维权投诉{}件，促成和解的186件，因证据不足终止调查的23件，"
        "截至年底尚在核查中的9件。"
    )
    short = found(text.format(221))
    assert [(c, s) for c, s, _ in short] == [("N101", "warning")]
    assert "186+23+9" in short[0][2] and "221" in short[0][2]
    over = found(text.format(214))
    assert [(c, s) for c, s, _ in over] == [("N101", "warning")]
    assert found(text.format(218)) == []
    # a 其中 breaks the run: the figure after it is a part of the one before
    nested = (
        "全年受理消费维权投诉221件，促成和解的186件，其中现场和解的23件，截至年底尚在核查中的9件。"
    )
    assert [c for c, s, _ in found(nested) if s == "error"] == []
    # cases carried in may explain an excess (214+4 = 218 = 186+23+9; with 12 carried in,
    # 226 came in and 218 went: the stock is told whole and does not balance, session 13)
    carried = (
        "全年受理消费维权投诉214件，上年结转4件，促成和解的186件，终止调查的23件，尚在核查中的9件。"
    )
    assert found(carried) == []
    assert [c for c, _, _ in found(carried.replace("结转4件", "结转12件"))] == ["N102"]


def test_分别_and_a_done_verb_opens_the_list_of_a_count() -> None:
    """「开展专题培训3场，分别讲授了A、B」: 分别 pairs each item with one of the counted."""
    text = "全年开展执法人员专题培训{}场，分别讲授了《行政处罚法》《行政许可法》和《行政强制法》。"
    bad = found(text.format(4))
    assert [(c, s) for c, s, _ in bad] == [("N203", "warning")]
    assert found(text.format(3)) == []
    assert found("组织旁听庭审2次，分别旁听了一起行政诉讼案件和一起民事案件。") == []
