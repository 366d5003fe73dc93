"""Units, magnitudes and time (issue 9, tuning round 4), each rule with a consistent twin.

The sentences are written for these tests from the general shapes; none comes from a blind
set (other bodies, nouns, verbs and figures)."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

# --- averages -------------------------------------------------------------------------------


def test_an_average_in_another_unit_of_the_same_measure() -> None:
    """平方公里 and 平方千米 are one unit: the average converts before it is compared."""
    bad = "全镇耕地面积12平方公里，划为巡查责任区48个，每个责任区平均面积约2.5平方千米。"
    assert codes(bad) == ["N205"]
    assert codes(bad.replace("2.5平方千米", "0.25平方千米")) == []
    assert codes(bad.replace("2.5平方千米", "25公顷")) == []


def test_an_average_larger_than_its_total_by_a_lost_wan() -> None:
    """「场均…万元」 above the total it averages: kept only when a power of ten explains it."""
    bad = "全年安排普法演出经费96万元，共演出320场，场均经费约3000万元。"
    assert codes(bad) == ["N205"]
    assert "3000元" in found(bad)[0][1]
    assert codes(bad.replace("3000万元", "3000元")) == []
    # an average far above the total and no slip: another thing, nothing to say
    assert codes(bad.replace("3000万元", "1780万元")) == []


def test_an_average_shifted_by_a_power_of_ten_from_a_total_of_an_earlier_sentence() -> None:
    """The total in the sentence before, the count and the average in the next: kept only
    when a power of ten explains the average, and a warning."""
    bad = "全年安排调解员以案定补经费48万元。全年共调解纠纷1600件，件均补贴约300万元。"
    rels = [r for r in contradictions(analyze_text(bad)) if r.code == "N205"]
    assert len(rels) == 1 and rels[0].severity is Severity.WARNING
    assert codes(bad.replace("300万元", "300元")) == []
    assert codes(bad.replace("300万元", "120元")) == []


# --- counts above a base --------------------------------------------------------------------


def test_a_figure_naming_each_part_of_a_joined_base() -> None:
    """「共有居委会和村委会52个…为57个居（村）委会…」: the figure names both parts."""
    bad = "全镇共有居委会和村委会52个，年内为57个居（村）委会建立法律服务微信群。"
    assert codes(bad) == ["N206"]
    assert codes(bad.replace("57个", "52个")) == []


def test_people_reached_above_a_stock_stated_in_a_later_clause() -> None:
    """「现有X所，在校学生N人」 states a second stock; people (人, not 人次) reached cannot
    exceed it."""
    bad = "全县现有职业院校7所，在校学员1.2万人。年内开展法治讲座36场，覆盖学员1.5万人。"
    assert codes(bad) == ["N206"]
    assert codes(bad.replace("1.5万人", "1.5万人次")) == []
    assert codes(bad.replace("1.5万人", "1.1万人")) == []


def test_a_base_noun_with_its_total_word_and_a_shortened_name() -> None:
    """「现有A和B共计N名」: 共计 is no part of the noun; 「规上企业」 names 「规模以上工业企业」
    by its head."""
    bad = "全镇现有调解员和信息员共计140名，年内组织165名调解员（信息员）参加轮训。"
    assert codes(bad) == ["N206"]
    assert codes(bad.replace("165名", "138名")) == []
    short = "全区共有规模以上服务业企业380家，年内为412家规上企业开展合规指导。"
    assert codes(short) == ["N206"]
    assert codes(short.replace("412家", "312家")) == []


# --- time -----------------------------------------------------------------------------------


def test_as_of_a_date_after_writing_with_a_target_said_to_be_reached() -> None:
    """「实现…的目标」 reports a target reached; it does not make the sentence a plan."""
    bad = "截至2024年8月，全市已建成村级法治文化广场312个，实现每个行政村至少一个的目标。"
    assert codes(bad, 2023) == ["N301"]
    assert codes(bad.replace("2024年8月", "2024年2月"), 2023) == []
    # a target still to be reached is a plan
    plan = "截至2024年8月，力争实现每个行政村至少一个法治文化广场的目标。"
    assert codes(plan, 2023) == []


def test_a_fact_dated_after_writing_after_an_earlier_plan() -> None:
    """「原计划…，目前已于…完成」: the 已于 clause states a fact, the former plan changes
    nothing."""
    bad = "市场主体登记档案数字化原计划于2023年9月底前完成，目前已于2023年7月全部完成。"
    assert codes(bad, 2022) == ["N301"]
    assert codes(bad.replace("2023年7月", "2023年2月"), 2022) == []


def test_a_next_step_deadline_at_the_end_of_the_report_year() -> None:
    """「下一步…力争到Y年底前…」 in a report on Y: a deadline already past when written."""
    bad = "下一步，我局将力争到2023年底前完成全部行政许可事项标准化梳理。"
    assert codes(bad, 2023) == ["N301"]
    assert codes(bad.replace("2023年底", "2024年底"), 2023) == []


def test_years_since_a_start_against_the_report_year() -> None:
    """「自Y年M月…以来，N年来」 in a report on R: N is R−Y or R−Y+1."""
    bad = "区矛盾纠纷调处中心自2021年6月投入运行以来，五年来累计调处纠纷4100余件。"
    assert codes(bad, 2023) == ["N304"]
    assert codes(bad.replace("五年来", "三年来"), 2023) == []
    since = "自2020年起，区里推行行政复议“阳光听证”，五年来累计举行听证会96场。"
    assert codes(since, 2022) == ["N304"]
    assert codes(since.replace("五年来", "三年来"), 2022) == []
    # 「近五年来」 is the latest five years, not a run since the start
    assert codes(bad.replace("五年来", "近五年来"), 2023) == []


def test_a_shortened_time_limit_against_both_figures() -> None:
    """「X天，较Y天的法定期限缩短Z天」: Z is Y − X."""
    bad = "全年行政许可平均办理时间为6天，较20天的法定时限缩短16天。"
    assert codes(bad) == ["N108"]
    assert codes(bad.replace("缩短16天", "缩短14天")) == []
    # 日 is a unit of time like 天 (dates keep their own reading)
    limit = "平均办结时间为9天，较30日的承诺时限缩短19天。"
    assert codes(limit) == ["N108"]
    assert codes(limit.replace("19天", "21天")) == []
    assert codes("该办法自2024年3月1日起施行，12月31日前完成清理。", 2024) == []


def test_a_month_range_with_both_months_named() -> None:
    """「1月至8月」 (each month with its 月) is a part of the year like 「1—8月」."""
    bad = "1月至8月，全市共办理商事登记变更1920件；全年共办理商事登记变更1870件。"
    assert codes(bad, 2023) == ["N302"]
    assert codes(bad.replace("1870件", "2870件"), 2023) == []
    # 「1月至12月」 is the whole year
    whole = "1月至12月，全市共办理商事登记变更1870件；上半年共办理商事登记变更1920件。"
    assert codes(whole, 2023) == ["N302"]


def test_sessions_attended_per_person_are_no_share_of_the_sessions_held() -> None:
    """「举办N期，参训M人，人均参训X期」: X averages attendances, not N ÷ M."""
    good = "全年举办合规管理培训班15期，参训企业负责人1200人，人均参训约1.8期。"
    assert codes(good) == []
    # against attendances (人次) the average is judged
    bad = "全年合规管理培训共2160人次，参训企业负责人1200人，人均参训约2.8次。"
    assert codes(bad) == ["N205"]
    assert codes(bad.replace("2.8次", "1.8次")) == []


def test_an_average_far_from_its_reading_is_a_warning_not_a_slip() -> None:
    """Only an average that is its reading shifted by a power of ten (a misplaced point) is
    an error; one merely far from it (0.0139 against 3) may average something else."""
    far = "全年共调处物业纠纷12件，全区物业调解员860人，人均调处3件。"
    rels = [r for r in contradictions(analyze_text(far)) if r.code == "N205"]
    assert len(rels) == 1 and rels[0].severity is Severity.WARNING
    slip = "全年共调处物业纠纷96件，全区物业调解员4人，人均调处2.4件。"
    rels = [r for r in contradictions(analyze_text(slip)) if r.code == "N205"]
    assert len(rels) == 1 and rels[0].severity is Severity.ERROR


def test_a_per_person_bound_is_no_average() -> None:
    """「人均…万元以下的…」 names a bound, not the average of the figures before it."""
    text = "全年累计帮扶困难职工3.2万人，发放帮扶资金2.6亿元，人均帮扶资金8万元以下的家庭全部建档。"
    assert codes(text) == []
    # the same figure as an average (2.6亿 ÷ 3.2万 = 0.81万, a lost point) is judged
    assert codes(text.replace("万元以下的家庭全部建档", "万元")) == ["N205"]
