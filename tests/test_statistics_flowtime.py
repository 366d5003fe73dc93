"""Case flows and time told over several sentences or paragraphs (issue 9, session 4).

The sentences are written for these tests from the general shapes; none comes from a blind
set. Each contradiction has a consistent twin that must stay silent."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def found(text: str, year: int | None = None) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


def test_stock_told_in_two_sentences() -> None:
    """新收 + 上年结转 in one sentence, 审结 + 未结 in the next: they must balance (a warning,
    since the link is read across a full stop)."""
    bad = "县人民法院全年新收以县政府部门为被告的行政案件64件，上年结转案件7件。截至12月31日，已审结58件，尚未审结10件，均在审限内。"
    assert found(bad) == [("N102", Severity.WARNING)]
    assert found(bad.replace("尚未审结10件", "尚未审结13件")) == []


def test_stock_told_in_two_paragraphs() -> None:
    bad = (
        "市政府行政复议机构上年结转复议案件9件，本年度依法受理新申请233件。\n"
        "全年审结复议案件226件，尚未审结的18件均在法定期限内。"
    )
    rels = contradictions(analyze_text(bad))
    assert [(r.code, r.severity) for r in rels] == [("N102", Severity.WARNING)]
    assert "9件" in rels[0].message and "226件" in rels[0].message
    assert found(bad.replace("18件", "16件")) == []


def test_stock_of_a_later_sentence_that_counts_a_part_is_not_read() -> None:
    """The next sentence names a part (其中 / 在…中) of what came in: not the whole's stock."""
    text = "全年新收各类行政案件120件，上年结转15件。其中涉及征收拆迁的案件审结40件，未审结6件。"
    assert found(text) == []
    text = "全年新收各类行政案件120件，上年结转15件。在涉企案件中，审结40件，未审结6件。"
    assert found(text) == []


def test_stock_with_no_carry_over_stated() -> None:
    """「上年度无结转」: what came in is the new figure alone, and it must equal what was
    answered plus what was carried on into next year."""
    bad = (
        "本机关全年收到政府信息公开申请318件，上年度无结转申请。"
        "全年答复305件，另有9件因在答复期内结转下一年度办理。"
    )
    assert found(bad) == [("N102", Severity.WARNING)]
    assert found(bad.replace("9件", "13件")) == []


def test_concluded_told_as_object_of_a_verb() -> None:
    """「对N件申请作出答复」: the figure is what was concluded, though its verb comes after it."""
    bad = (
        "区司法局新收行政复议申请74件，上年结转4件，主要涉及工伤认定和信息公开。\n"
        "全年共对70件申请依法作出答复，结转下年度继续办理10件。"
    )
    assert [c for c, _ in found(bad)] == ["N102"]
    assert found(bad.replace("10件", "8件")) == []


def test_whole_year_against_months_counted_to_a_date() -> None:
    """「截至2024年10月底」 counts from January: the whole year cannot be smaller."""
    bad = (
        "截至2024年10月底，全区累计发放法律援助补贴3620人次；"
        "全年共发放法律援助补贴3480人次，较上年有所增长。"
    )
    assert [c for c, _ in found(bad, 2024)] == ["N302"]
    assert found(bad.replace("3480人次", "4110人次"), 2024) == []
    # another year's months are not a part of this year
    assert found(bad.replace("2024年10月底", "2023年10月底"), 2024) == []


def test_whole_year_names_the_measure_with_fewer_words() -> None:
    """The part-year figure names its measure with qualifiers (and a verb inside a name,
    承办单位); the whole-year one with fewer words in the same order."""
    bad = (
        "1至10月，市市场监管局共向各承办单位转交消费者投诉件8120件，按期反馈率99%。\n"
        "从全年看，市市场监管局共转交投诉件7960件，消费者满意率96%。"
    )
    assert [c for c, _ in found(bad, 2023)] == ["N302"]
    assert found(bad.replace("7960件", "9340件"), 2023) == []
    # a different measure in the whole-year sentence stays silent
    other = bad.replace("共转交投诉件7960件", "共受理举报线索7960件")
    assert found(other, 2023) == []


def test_duration_in_months_of_a_month_range() -> None:
    """「2024年3月至6月」 is four months counted inclusively (three between them)."""
    bad = "开展为期2个月的食品安全专项整治（2024年3月至6月），共检查经营主体1260家。"
    assert found(bad, 2024) == [("N304", Severity.WARNING)]
    assert found(bad.replace("2个月", "4个月"), 2024) == []
    assert found(bad.replace("2个月", "3个月"), 2024) == []
    # far off by days too: an error, as before
    assert found(bad.replace("2个月", "7个月"), 2024) == [("N304", Severity.ERROR)]


def test_duration_from_a_start_to_the_year_end() -> None:
    """「9月1日起……截至年底已运行N个月」: four months to the end of the year."""
    bad = (
        "2023年9月1日起，区政务服务中心试行“周末不打烊”服务，截至年底已运行7个月，累计办件2100件。"
    )
    assert found(bad, 2023) == [("N304", Severity.WARNING)]
    assert found(bad.replace("7个月", "4个月"), 2023) == []


def test_ordinal_year_of_a_plan() -> None:
    """The year of a plan's run counts its first year as the first."""
    bad = "2024年是《县法治社会建设实施方案（2022—2026年）》实施的第二年，县委依法治县办组织中期评估。"
    assert [c for c, _ in found(bad, 2024)] == ["N304"]
    assert found(bad.replace("第二年", "第三年"), 2024) == []
    bad = "本年度是2020年启动的“公共法律服务提升工程”推进的第五年，全区新建服务站12个。"
    assert [c for c, _ in found(bad, 2023)] == ["N304"]
    assert found(bad.replace("第五年", "第四年"), 2023) == []


def test_years_counted_since_a_start() -> None:
    bad = "2018年以来的七年间，全镇人民调解组织累计化解矛盾纠纷4300余件。"
    assert [c for c, _ in found(bad, 2022)] == ["N304"]
    assert found(bad.replace("七年间", "五年间"), 2022) == []


def test_a_year_result_dated_with_the_next_year() -> None:
    """A statement opened by the year after the report's, stating a rate the year reached."""
    bad = (
        "2022年，镇政府共签订行政合同36份，均经法律顾问审查。\n"
        "2023年，镇政府全面落实合同管理制度，年内合同备案率和履约率均达到100%。"
    )
    assert [c for c, _ in found(bad, 2022)] == ["N301"]
    assert found(bad.replace("2023年，", "2022年，"), 2022) == []
    # a plan for the next year stays silent
    plan = bad.replace("全面落实", "将全面落实").replace("均达到", "力争达到")
    assert found(plan, 2022) == []


def test_outcomes_of_concluded_cases_do_not_explain_more_than_accepted() -> None:
    """驳回 told among the decisions of the concluded cases is an outcome, not a case
    settled before acceptance: concluded + still open cannot exceed what was accepted."""
    bad = (
        "全年共收到行政复议申请302件，依法受理276件。\n"
        "在已受理的案件中，审结259件，其中驳回和维持复议决定198件，纠错61件；另有21件正在审理中。"
    )
    assert [c for c, _ in found(bad)] == ["N101"]
    assert found(bad.replace("21件正在", "17件正在")) == []
    # a request rejected before acceptance may explain it: silent
    before = bad.replace("依法受理276件。", "依法受理276件，驳回申请9件。")
    assert found(before) == []


def test_parts_of_a_set_named_by_a_scope_clause() -> None:
    """「移交的N件线索中，已办结A件，在办B件」: A + B cannot exceed N."""
    bad = "移交的4,210件问题线索中，截至年底已办结3,980件，在办256件，线索办结率94.5%。"
    assert [c for c, _ in found(bad)] == ["N101"]
    assert found(bad.replace("在办256件", "在办230件")) == []


def test_cumulative_since_an_earlier_year_holds_this_year() -> None:
    """「2020年以来，累计…」 counts the report year too: it cannot be smaller than it."""
    bad = (
        "全年共办理涉企行政执法监督案件87件；2020年以来，累计办理涉企行政执法监督案件64件，"
        "整改率保持100%。"
    )
    assert found(bad, 2023) == [("N302", Severity.WARNING)]
    assert found(bad.replace("64件", "264件"), 2023) == []
    # a period of the report year itself is not "since an earlier year"
    assert found(bad.replace("2020年以来", "2023年以来"), 2023) == []


def test_an_outcome_and_its_negation_within_the_whole() -> None:
    """「受理N件，达成协议A件……未达成协议的B件」: A + B cannot exceed N."""
    bad = (
        "区劳动人事争议仲裁院全年受理调解申请348件，达成协议301件，涉及金额860万元；"
        "对未达成协议的52件，及时转入仲裁程序。"
    )
    rels = [r for r in contradictions(analyze_text(bad)) if r.code == "N101"]
    assert [r.severity for r in rels] == [Severity.WARNING]
    assert "301+52" in rels[0].message and "348件" in rels[0].message
    assert found(bad.replace("52件", "47件")) == []
    # cases carried over from last year may explain it
    assert found(bad.replace("受理调解申请348件", "受理调解申请348件（含上年结转9件）")) == []


def test_a_stage_named_with_a_second_verb_against_what_was_received() -> None:
    """「接到投诉N件，经核实后立案查处M件」: M counts the complaints received, not more."""
    bad = "全年通过12345热线接到食品安全投诉96件，经核实后立案查处103件，罚没款12.4万元。"
    assert found(bad) == [("N103", Severity.WARNING)]
    assert found(bad.replace("103件", "63件")) == []


def test_stock_carried_in_as_old_stock_is_no_unexplained_excess() -> None:
    """旧存 names cases carried in: concluded + open above the new figure alone is explained,
    and the four figures are judged as the year's stock."""
    text = "全年新收劳动争议仲裁案件264件，旧存11件。\n本年度审结262件，未审结13件。"
    assert found(text) == []
    assert [c for c, _ in found(text.replace("未审结13件", "未审结16件"))] == ["N102"]


def test_carried_in_from_last_year_open_is_not_open_now() -> None:
    """「加上上年未结的9件」: open a year ago, carried in now (not a pending figure)."""
    bad = (
        "2023年区人民法院受理涉区政府部门行政案件142件，加上上年未结的9件，共计151件。\n"
        "全年结案140件，年底未结14件。"
    )
    assert [c for c, _ in found(bad)] == ["N102"]
    assert found(bad.replace("未结14件", "未结11件")) == []


def test_open_cases_told_as_still_being_heard() -> None:
    bad = (
        "全年共受理行政复议案件96件，另有上年度结转案件5件。\n"
        "上述案件中，已审结88件，尚有15件在审理中。"
    )
    assert [c for c, _ in found(bad)] == ["N102"]
    assert found(bad.replace("15件", "13件")) == []


def test_more_time_shapes() -> None:
    # a month counted to without 底 (截至2022年8月，…)
    bad = "截至2022年8月，全区累计调处物业纠纷3400件；全年累计调处物业纠纷3150件。"
    assert [c for c, _ in found(bad, 2022)] == ["N302"]
    assert found(bad.replace("3150件", "4620件"), 2022) == []
    # 已满N个月 from a start to the year's end
    bad = "2022年10月起施行的《实施细则》运行至年底，已满6个月。"
    assert [c for c, _ in found(bad, 2022)] == ["N304"]
    assert found(bad.replace("6个月", "3个月"), 2022) == []
    # the ordinal year of a bracketed plan period
    bad = "2022年是“八五”普法（2021—2025年）的第三年。"
    assert [c for c, _ in found(bad, 2022)] == ["N304"]
    assert found(bad.replace("第三年", "第二年"), 2022) == []


def test_a_balanced_stock_is_not_read_as_a_total_and_its_parts() -> None:
    """「受理N件，上年结转C件，审结D件，尚未审结P件」 with N + C = D + P: the carried-in,
    concluded and open figures are not parts of the new figure alone."""
    text = "全年受理行政复议案件385件，上年结转17件，审结379件，尚未审结23件。"
    assert found(text) == []
    assert [c for c, _ in found(text.replace("尚未审结23件", "尚未审结28件"))] == ["N102"]


def test_years_a_piece_of_work_has_run() -> None:
    bad = "区公共法律服务中心自2019年挂牌以来，已运行六年，累计接待群众2.6万人次。"
    assert [c for c, _ in found(bad, 2022)] == ["N304"]
    assert found(bad.replace("六年", "三年"), 2022) == []
    assert found(bad.replace("六年", "四年"), 2022) == []


def test_whole_year_with_its_verb_alone_against_a_verb_inside_a_name() -> None:
    """「上半年共办理法律援助案件N件……全年共办理M件」: 援助 inside the name is not the verb;
    the whole year's figure, which names only 办理, counts the same thing."""
    bad = "上半年全县共办理法律援助案件433件，全年共办理405件。"
    assert [c for c, _ in found(bad, 2022)] == ["N302"]
    assert found(bad.replace("405件", "861件"), 2022) == []
    # the whole year's figure names something else: no reading
    assert found(bad.replace("全年共办理405件", "全年共办理公证事项405件"), 2022) == []


def test_quarters_that_make_a_half_year() -> None:
    bad = "第一季度受理行政许可申请1250件，第二季度受理行政许可申请1310件，上半年共受理行政许可申请2490件。"
    rels = [r for r in contradictions(analyze_text(bad, 2023)) if r.code == "N302"]
    assert [r.severity for r in rels] == [Severity.WARNING]
    assert "上半年" in rels[0].message and "2560" in rels[0].message
    assert found(bad.replace("2490件", "2560件"), 2023) == []


def test_outcomes_of_a_set_named_again_in_the_next_sentence_or_paragraph() -> None:
    """「受理N件。上述申请中，A件…，B件…，尚在办理的C件」: the outcomes and the open part
    add up to the set they are said to come from (a warning)."""
    bad = (
        "全年收到政府信息公开申请186件，予以受理172件。\n"
        "上述申请中，按期作出答复151件，终止办理14件，尚在办理的11件。"
    )
    assert found(bad) == [("N101", Severity.WARNING)]
    assert found(bad.replace("11件", "7件")) == []
    one = bad.replace("\n", "")
    assert found(one) == [("N101", Severity.WARNING)]
    assert found(one.replace("11件", "7件")) == []
