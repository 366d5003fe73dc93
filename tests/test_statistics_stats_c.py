"""General rules added for issue 9 after blind set 1 (stats-c), each with a consistent twin.

The sentences are written for these tests; none comes from a blind set."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions


def found(text: str) -> list[tuple[str, str]]:
    return [(r.code, r.message) for r in contradictions(analyze_text(text))]


def codes(text: str) -> list[str]:
    return [code for code, _ in found(text)]


def test_a_rate_may_count_several_listed_parts() -> None:
    """合格率 of a 优秀/合格/不合格 split counts 优秀 + 合格: (23+58)÷84 = 96.4%."""
    good = "全年评查行政执法案卷84卷，其中优秀23卷、合格58卷、不合格3卷，合格率96.4%。"
    bad = "全年评查行政执法案卷84卷，其中优秀23卷、合格58卷、不合格3卷，合格率90.4%。"
    assert codes(good) == []
    assert codes(bad) == ["N104"]
    # another shape: a 达标率 over three grades, two of them counting
    good2 = "抽查企业台账120家，其中优良45家、达标70家、不达标5家，达标率95.8%。"
    assert codes(good2) == []
    assert codes(good2.replace("95.8%", "92.5%")) == ["N104"]


def test_last_years_figures_in_a_bracket_are_bases_not_parts() -> None:
    """「（上年分别为80件、50件）」 restates last year: no sum against this year's figures,
    and each change is met by its own pair (90 against 80, 45 against 50)."""
    good = (
        "全年新收行政复议案件90件、行政应诉案件45件，"
        "分别较上年增长12.5%、下降10.0%（上年分别为80件、50件）。"
    )
    assert codes(good) == []
    bad = good.replace("下降10.0%", "下降30.0%")
    assert codes(bad) == ["N108"]
    # 分别 pairs in order: 增长80% is (90−50)÷50, the wrong pair, so it is no reading
    crossed = found(good.replace("增长12.5%", "增长80.0%"))
    assert [c for c, _ in crossed] == ["N108"] and "（90－80）÷80" in crossed[0][1]
    # with a stated whole before the list: the bracket is still no breakdown of it
    whole = (
        "全年办理审批事项和备案事项共1350件，其中审批事项900件、备案事项450件，"
        "分别较上年增长12.5%、下降10.0%（上年分别为800件、500件）。"
    )
    assert codes(whole) == []
    assert codes("全年办理审批事项1200件（上年为1000件），较上年增长20%。") == []
    assert codes("全年办理审批事项1200件（上年为1000件），较上年增长25%。") == ["N108"]


def test_a_scope_naming_its_figure_with_a_de_clause_is_the_whole() -> None:
    """「受理的209件中调解成功196件、调解不成17件」: the figure the 的-clause names is the
    whole of the outcomes after it, with or without a noun and a comma."""
    bad = "全年共受理矛盾纠纷230件，受理的209件中调解成功196件、调解不成17件。"
    good = "全年共受理矛盾纠纷230件，受理的209件中调解成功192件、调解不成17件。"
    assert codes(bad) == ["N101"]
    assert codes(good) == []
    bad2 = "各所办理的58件法律援助案件中，结案49件，正在办理11件。"
    assert codes(bad2) == ["N101"]
    assert codes(bad2.replace("11件", "9件")) == []
    # a figure inside a place name is no scope (城中村)
    assert codes("推进30个城中村改造，完成改造12个、启动改造25个。") == []


def severities(text: str) -> list[tuple[str, str]]:
    """(code, severity) of each N finding of a one-paragraph report, as a reviewer sees it."""
    from fazhi_lint import Config, lint_bytes

    doc = "报告\n" + text + "\n"
    result = lint_bytes(doc.encode(), "p.txt", Config(select=("N",)))
    return [(d.code, d.severity.name) for d in result.diagnostics]


def test_an_average_off_by_a_power_of_ten_is_an_error() -> None:
    """A misplaced decimal point (2.8万件÷365天 = 76.7, printed 767) is certain: error. An
    average that is merely off (another base may be meant) stays a warning."""
    slip = "全年受理咨询2.8万件，日均767件。"
    assert severities(slip) == [("N205", "ERROR")]
    assert severities("全年受理咨询2.8万件，日均76.7件。") == []
    assert severities("全年受理咨询2.8万件，日均95件。") == [("N205", "WARNING")]


def test_a_bracket_restatement_off_by_a_power_of_ten_is_an_error() -> None:
    slip = "全年投入专项资金4.65亿元（4650万元），用于基层法治阵地建设。"
    assert severities(slip) == [("N201", "ERROR")]
    assert severities(slip.replace("4650万元", "46500万元")) == []


def test_concluded_above_intake_when_the_text_rules_out_carry_over_is_an_error() -> None:
    """「无上年结转」 or 「其余…正在办理」 leaves no explanation for more concluded than
    received: error; without such words it stays a warning."""
    bad = "全年收到行政复议申请128件，无上年结转案件，审结131件。"
    assert ("N107", "ERROR") in severities(bad)
    assert severities(bad.replace("131件", "121件")) == []
    pending = "全年受理各类案件540件，已办结552件，其余案件正在办理中。"
    assert ("N107", "ERROR") in severities(pending)
    assert severities(pending.replace("552件", "500件")) == []
    plain = "全年收到行政复议申请128件，审结131件。"
    assert ("N107", "WARNING") in severities(plain)


def test_an_announced_count_against_ordinals_is_an_error() -> None:
    """一是…二是 counts the items beyond doubt: 「四项机制」 with three ordinals is an error;
    a list read from 顿号 and 和 stays a warning (和 may join two items or name one)."""
    bad = "建立四项工作机制：一是联席会议机制；二是信息通报机制；三是联合执法机制。"
    assert severities(bad) == [("N203", "ERROR")]
    assert severities(bad.replace("四项", "三项")) == []
    words = "开展四类专项行动，分别是校园周边整治、农村市场治理、网络销售监测和冷链食品排查。"
    assert severities(words.replace("四类", "五类")) == [("N203", "WARNING")]
    assert severities(words) == []


def test_a_stated_span_against_its_own_dates_is_an_error() -> None:
    """「为期5天」 from 11月4日 to 11月15日 is plainly wrong; 「约」 keeps it a warning."""
    bad = "2024年11月4日至11月15日，开展为期5天的执法培训。"
    assert severities(bad) == [("N304", "ERROR")]
    assert severities(bad.replace("为期5天", "为期12天")) == []
    finished = "2024年9月启动专项整治，2024年6月底全部完成整改。"
    assert severities(finished) == [("N304", "ERROR")]
    assert severities(finished.replace("6月底", "12月底")) == []


def test_a_scope_after_a_semicolon_is_not_swallowed_by_an_earlier_list() -> None:
    """「其中A、B；A的…中已办结X」: the list before the semicolon is complete without X, so
    the 的-scope after it still names A as X's whole."""
    bad = (
        "全年共受理信访事项860件，其中本级办理610件，转交属地办理的250件；"
        "本级办理的事项中已办结625件。"
    )
    assert codes(bad) == ["N101"]
    assert codes(bad.replace("625件", "601件")) == []


def test_a_figure_still_open_is_no_part_of_the_concluded() -> None:
    """「审结52件，其中…，另有4件尚在审理中」: the 4 open cases are beside the 52, not among
    them; the concluded outcomes alone are held against 52."""
    good = "全年审结行政诉讼案件52件，其中维持40件、撤销12件，另有4件尚在审理中。"
    assert codes(good) == []
    partial = "新收行政诉讼案件50件，审结52件，其中败诉3件，另有5件尚在审理中。"
    assert not any(code == "N102" for code, _ in severities(partial))
    bad = "全年审结行政诉讼案件52件，其中维持40件、撤销15件，另有4件尚在审理中。"
    assert codes(bad) == ["N101"]


def test_a_figure_right_before_zhong_opens_a_scope() -> None:
    """「…案件3178起中，…的2915起」: a figure followed by 「中，」 is the whole of what
    follows, even after a long clause and without 在/的 before it."""
    bad = "全年各级行政机关办理的行政许可申请事项3178件中，通过网上办理的3215件。"
    assert codes(bad) == ["N101"]
    assert codes(bad.replace("3215件", "2815件")) == []
    rate = "网办率达到92.7%，全年各级行政机关办理的行政许可申请事项3178件中，网上办理的2815件。"
    assert codes(rate) == ["N104"]
    assert codes(rate.replace("92.7%", "88.6%")) == []
