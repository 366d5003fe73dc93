"""Whole and parts, rates and year-on-year change: shapes of issue 9 tuned in session 4.

Every sentence is written for these tests from the general shape (none is taken from a blind
set), and each has a consistent twin that must stay silent."""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Severity


def found(text: str, year: int | None = None) -> list[tuple[str, Severity | None, str]]:
    return [(r.code, r.severity, r.message) for r in contradictions(analyze_text(text, year))]


def codes(text: str) -> list[str]:
    return [c for c, _, _ in found(text)]


# -- year on year --------------------------------------------------------------------------------


def test_an_average_moving_from_a_base_to_a_new_level() -> None:
    """「平均…由上年的45天缩短至36天，缩短了X%」: an average is compared with itself."""
    bad = "优化复议审理流程，案件平均审理周期由上年的45天缩短至36天，缩短了25%，当事人满意度提升。"
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N108"]
    assert "（45－36）÷45＝20" in rels[0][2]
    assert found(bad.replace("25%", "20%")) == []


def test_a_change_named_by_its_size() -> None:
    """「压缩比例达X%」「下降幅度为X%」: the change word with 幅度/比例 is a change."""
    bad = "推行告知承诺制，企业开办平均用时由上年的15个工作日压缩至6个工作日，压缩比例达70%。"
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N108"]
    assert "（15－6）÷15＝60" in rels[0][2]
    assert found(bad.replace("70%", "60%")) == []
    down = "全年发生安全生产事故由上年的40起减少至31起，下降幅度为22.5%。"
    assert found(down) == []
    assert codes(down.replace("22.5%", "29.0%")) == ["N108"]


def test_an_average_without_from_to_is_not_compared_with_a_count() -> None:
    """An average and a count of the same unit named apart are not one measure."""
    text = "全年办理案件人均12件，较上年的300件增长5%。"
    assert found(text) == []


# -- rates ---------------------------------------------------------------------------------------


def test_a_rate_stated_before_its_figures() -> None:
    """The rate alone in its sentence, its numerator and base in the next: a warning."""
    bad = "群众对人民调解工作的满意度为96.2%。全年回访纠纷当事人850人，其中表示满意的801人。"
    rels = found(bad)
    assert [(c, s) for c, s, _ in rels] == [("N104", Severity.WARNING)]
    assert "801÷850＝94.2" in rels[0][2]
    assert found(bad.replace("96.2%", "94.2%")) == []


def test_a_rate_before_figures_that_do_not_name_it() -> None:
    """The next sentence names no figure of the rate's stem: nothing is read."""
    text = "全区行政执法案卷合格率为98.5%。全年抽查案卷200卷，发现问题37个。"
    assert found(text) == []


def test_a_rate_in_the_paragraph_before_its_figures() -> None:
    bad = "法律援助服务质量持续提升，受援人满意度达到99.1%。\n本年度共回访受援人620人，其中表示满意的598人。"
    rels = found(bad)
    assert [(c, s) for c, s, _ in rels] == [("N104", Severity.WARNING)]
    assert found(bad.replace("99.1%", "96.5%")) == []


# -- whole and parts -----------------------------------------------------------------------------


def test_a_rest_whose_figure_closes_a_later_clause() -> None:
    """「其中A 57份，其余为B，共78份」: the 其余 clause makes the split complete."""
    bad = "全年审核行政合同138份，其中采购类合同57份，其余为服务和租赁类合同，共78份。"
    rels = found(bad)
    assert [(c, s) for c, s, _ in rels] == [("N102", Severity.ERROR)]
    assert "57+78" in rels[0][2]
    assert found(bad.replace("共78份", "共81份")) == []


def test_a_dimension_list_followed_by_an_unnumbered_rest() -> None:
    """「从…看，A的41份、B的33份、C的25份，其余为…」: the listed figures are some of the
    whole, so their sum may not exceed it."""
    bad = (
        "全年为政府重大决策出具法律意见书92份。"
        "从涉及领域看，土地征收的41份、国企改革的33份、招商引资的25份，其余为其他领域。"
    )
    rels = found(bad)
    assert [(c, s) for c, s, _ in rels] == [("N101", Severity.ERROR)]
    assert "41+33+25" in rels[0][2]
    assert found(bad.replace("25份", "12份")) == []


def test_a_dimension_list_with_a_rest_may_split_an_earlier_whole() -> None:
    """Two wholes before the list: it is consistent when it fits either of them."""
    text = "全年受理投诉120件，办结100件。按来源分，来电的60件、网络的50件，其余为来信来访。"
    assert found(text) == []


def test_the_rest_named_by_what_it_is_not() -> None:
    """「其中网上申请0.97万件」 … 「网上申请以外的0.61万件」: the two make up the whole."""
    bad = "全年办理不动产登记1.52万件，其中网上申请办理0.97万件。网上申请以外的0.61万件均在窗口当场办结。"
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N101"]
    assert "0.97万+0.61万" in rels[0][2]
    assert found(bad.replace("0.61万件", "0.55万件")) == []
    short = bad.replace("0.61万件", "0.45万件")
    assert codes(short) == ["N102"]


def test_a_scope_named_by_a_bare_noun() -> None:
    """「受教育人员中，男性…、女性…」 after the whole: a warning naming the scope read."""
    bad = "全区组织486名社区矫正对象参加集中教育，教育时长累计32小时。受教育人员中，男性402人、女性94人。"
    rels = found(bad)
    assert [(c, s) for c, s, _ in rels] == [("N101", Severity.WARNING)]
    assert "受教育人员中" in rels[0][2]
    assert found(bad.replace("402人", "392人")) == []
    short = bad.replace("402人", "372人")
    assert [(c, s) for c, s, _ in found(short)] == [("N102", Severity.WARNING)]


def test_a_word_ending_in_zhong_is_no_scope() -> None:
    """「向深中通道…」: 中 inside a name, no comma after it, opens no scope."""
    text = "这一年，总书记向深中通道建成开通、中山大学建校100周年、黄埔军校建校100周年致贺信。纪念澳门回归25周年。"
    assert found(text) == []


def test_a_scope_whose_figure_has_a_thousands_separator() -> None:
    """「转办的12,480件诉求中，…」: the comma inside the number does not cut the scope."""
    bad = "转办的12,480件诉求中，截至年底已办结12,106件，在办391件。"
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N101"]
    assert found(bad.replace("391件", "374件")) == []


# -- text against a table ------------------------------------------------------------------------


def lint_txt(text: str) -> list[tuple[str, str]]:
    result = Linter(Config(select=("N",))).lint_bytes(text.encode("utf-8"), "报告.txt")
    return [(d.code, d.message) for d in result.diagnostics]


TABLE = """区信访局2024年法治政府建设情况报告
全年共受理信访事项{total}件，办结305件，各街道情况见下表。
街道\t受理数（件）\t办结数（件）
东湖街道\t118\t116
西湖街道\t97\t95
南岭街道\t95\t94
合计\t310\t305
"""


def test_a_figure_against_the_column_its_verb_names() -> None:
    """Two columns of one unit (受理数, 办结数): the figure's verb names its column."""
    wrong = [m for c, m in lint_txt(TABLE.format(total=312)) if c == "N401"]
    assert len(wrong) == 1 and "312件" in wrong[0] and "310" in wrong[0]
    assert [c for c, _ in lint_txt(TABLE.format(total=310)) if c in ("N401", "N102")] == []


def test_a_change_rate_against_a_level_stated_before() -> None:
    """「法定时限为20个工作日…承诺时限压缩至8个工作日，压缩率达X%」: the base is the latest
    earlier figure naming the same measure; a warning that names it."""
    bad = "该审批事项法定办理时限为30个工作日。改革后承诺办理时限压缩至12个工作日，压缩率达65%。"
    rels = found(bad)
    assert [(c, s) for c, s, _ in rels] == [("N108", Severity.WARNING)]
    assert "（30－12）÷30＝60" in rels[0][2] and "30个工作日" in rels[0][2]
    assert found(bad.replace("65%", "60%")) == []
    # a clause that does not name the measure again is not read against it
    assert found("全年召开会议30次。改革后审批环节压缩至12个，压缩了65%。") == []


def test_a_change_rate_named_with_lv() -> None:
    """「增长率为X%」「压缩率达X%」 after 由A…到B: a change like 增长X%."""
    bad = "全年受理公证申请由上年的1200件增加到1500件，增长率为20%。"
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N108"]
    assert "（1500－1200）÷1200＝25" in rels[0][2]
    assert found(bad.replace("20%", "25%")) == []


def test_a_rate_before_its_numerator_in_the_same_clause_group() -> None:
    """「调解纠纷640件，调解成功率为97.5%，成功调解612件」: the figure after the rate is read
    as its numerator (never as its base)."""
    bad = "全年各级调委会调解纠纷640件，调解成功率为97.5%，成功调解612件。"
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N104"]
    assert "612÷640" in rels[0][2]
    assert found(bad.replace("97.5%", "95.6%")) == []
    # a larger figure after the rate is no base of it
    assert found("全年新增就业8.2万人，城镇调查失业率4.9%，转移农村劳动力就业96.5万人。") == []


def test_a_share_named_by_its_subject() -> None:
    """「不予处罚案件占全部处罚案件的比例为X%」: the subject names the numerator, the words
    after 占 the whole. An error when the numerator is a stated part of that whole."""
    bad = "全年办理行政处罚案件740件，其中不予处罚的案件88件。不予处罚案件占全部处罚案件的比例为14.2%。"
    rels = found(bad)
    assert [(c, s) for c, s, _ in rels] == [("N104", Severity.ERROR)]
    assert "88÷740＝11.9" in rels[0][2]
    assert found(bad.replace("14.2%", "11.9%")) == []
    beside = "全年办理行政处罚案件740件，另对88件违法行为作出不予处罚决定。不予处罚案件占全部处罚案件的比例为14.2%。"
    assert [(c, s) for c, s, _ in found(beside)] == [("N104", Severity.WARNING)]


def test_a_share_of_a_subset_named_by_a_scope() -> None:
    """「答复中予以公开的占比达X%」: what is counted follows 中 and names no figure."""
    text = "全年收到政府信息公开申请236件，已作出答复227件，答复中予以公开的占比达71.4%。"
    assert found(text) == []


def test_a_rate_over_the_answers_listed_in_its_bracket() -> None:
    """「满意率为96.4%（满意135件，基本满意5件）」: the answers listed may be all of them, so
    135 ÷ 140 fits; a rate that fits no reading is still reported."""
    ok = "全年办理代表建议52件、政协提案88件，办结率100%，满意率为96.4%（满意135件，基本满意5件）。"
    assert found(ok) == []
    assert codes(ok.replace("96.4%", "92.0%")) == ["N104"]


TABLE_SHARES = """区司法局2024年法治政府建设情况报告
全年共办理法律援助案件640件，各类案件见下表。
类型\t件数\t占比（%）
刑事\t288\t45.0
民事\t304\t{civil}
行政\t48\t7.5
合计\t640\t100
"""


def test_a_share_column_of_a_table() -> None:
    """A share column against the row's count over the 合计 row's (rows adding up to it)."""
    wrong = [m for c, m in lint_txt(TABLE_SHARES.format(civil="48.5")) if c == "N104"]
    assert len(wrong) == 1 and "304÷640＝47.5%" in wrong[0] and "民事" in wrong[0]
    assert [c for c, _ in lint_txt(TABLE_SHARES.format(civil="47.5")) if c == "N104"] == []
    # a rate column (…率) is not a share of the total
    rates = TABLE_SHARES.replace("占比（%）", "结案率（%）").format(civil="48.5")
    assert [c for c, _ in lint_txt(rates) if c == "N104"] == []


def test_a_relative_change_of_two_stated_rates_is_no_points_slip() -> None:
    """「由30%提高到45%…相对增长50%」: the % is the relative change of the two rates."""
    ok = "全区村级法律顾问参与率由上年的30%提高到45%，提高了15个百分点。\n参与率相对上年增长50%，全年新签订顾问合同86份。"
    assert found(ok) == []
    assert codes("全区村级法律顾问参与率由上年的30%提高到45%，参与率增长15%。") == ["N106"]


def test_a_base_after_the_change_with_a_change_of_its_own() -> None:
    """「4,530起，同比下降9.8%。其中A 1,210起，较上年的1,420起下降14.8%」: the later base
    belongs to the later change."""
    ok = "全年共受理治安案件4,530起，同比下降9.8%。\n其中，盗窃案件1,210起，较上年的1,420起下降14.8%。"
    assert found(ok) == []
    bad = ok.replace("14.8%", "17.8%")
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N108"] and "1,420" in rels[0][2]


def test_a_dimension_split_of_an_earlier_whole() -> None:
    """「立案520件，结案497件。从适用程序看，普通程序…451件，简易程序…69件」: the split fits
    立案; only a split that fits no earlier figure is reported."""
    ok = "全年立案查处违法案件520件，结案497件。\n从适用程序看，适用普通程序办理的451件，适用简易程序办理的69件。"
    assert found(ok) == []
    bad = ok.replace("69件", "79件")
    assert [c for c, _, _ in found(bad)] == ["N101"]


def test_a_negated_figure_is_not_what_a_rate_counts() -> None:
    """「不予受理31件」 is not the numerator of 受理率; 不合格率 does count 不合格."""
    assert found("全年受理行政复议申请410件，不予受理31件，受理率为93.0%。") == []
    assert found("全年受理行政复议申请410件，受理率为93.0%，不予受理31件。") == []
    bad = "全年抽检食品2150批次，其中不合格样品43批次，不合格率为3.2%。"
    assert [c for c, _, _ in found(bad)] == ["N104"]
    assert found(bad.replace("3.2%", "2.0%")) == []


def test_a_base_in_the_bracket_of_a_later_change() -> None:
    """「1840件，同比增长10%，其中A 1150件，同比增长15%（上年1000件）」: the bracket is the
    base of the change before it only."""
    ok = "全年新收案件1840件，同比增长10%，其中民事案件1150件，同比增长15%（上年1000件）。"
    assert found(ok) == []
    bad = ok.replace("15%（", "18%（")
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N108"] and "18%" in rels[0][2]


def test_a_level_reached_in_a_named_year() -> None:
    """「从2023年的840件增加到2024年的1050件，增幅为X%」: the year after 到 names the current."""
    bad = "行政调解案件从2023年的840件增加到2024年的1050件，增幅为20%。"
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N108"] and "（1050－840）÷840＝25" in rels[0][2]
    assert found(bad.replace("20%", "25%")) == []


def test_a_base_set_against_with_xiangbi() -> None:
    """「与2023年办理的1,236件相比，…增长X%」: a base of its own, never a part of this year's
    list (no 326 + 1,236 sum against 1,418)."""
    bad = "全年共办理法律援助案件1,530件，其中农民工案件412件。\n与2023年办理的1,275件相比，案件数量增长12.0%。"
    rels = found(bad)
    assert [c for c, _, _ in rels] == ["N108"]
    assert "（1,530－1,275）÷1,275＝20" in rels[0][2]
    assert found(bad.replace("12.0%", "20.0%")) == []
