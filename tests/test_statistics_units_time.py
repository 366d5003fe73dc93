"""Units, magnitudes and time (issue 9, tuning round 3), each rule with a consistent twin.

The sentences are written for these tests from the general shapes; none comes from a blind
set (other bodies, nouns, verbs and figures)."""

from __future__ import annotations

from relation_helpers import codes, found

# --- shares of a split the sentence says is complete ---------------------------------------


def test_shares_of_a_counted_split_add_to_100() -> None:
    """「分为四类：…占X%…」 names all the parts: the shares must add up to 100%."""
    bad = (
        "全年办理的信访事项按来源分为四类：来信占18.5%，来访占22.0%，网上信访占41.3%，"
        "12345转办占12.2%。"
    )
    assert codes(bad) == ["N102"]
    assert "94%" in found(bad)[0][1]
    good = bad.replace("12.2%", "18.2%")
    assert codes(good) == []
    # the same shares without the count of classes: a partial split, nothing to say
    assert codes(bad.replace("按来源分为四类：", "")) == []


def test_shares_named_before_a_count_of_classes_joined_by_he() -> None:
    """「划分为A、B、C三类，分别占…、…和…」: 和 joins the last share to the list."""
    bad = "全年办结的执法案件划分为安全生产、消防、环保三类，分别占案件总量的45.5%、30.2%和27.3%。"
    assert codes(bad) == ["N102"]
    good = bad.replace("27.3%", "24.3%")
    assert codes(good) == []


def test_shares_closed_by_a_statement_that_they_are_all() -> None:
    """「…，以上为全部结案方式」 after the shares makes the split complete."""
    bad = "全年审结的劳动争议案件中，调解结案占57.4%，裁决结案占30.1%，撤诉占6.0%，以上为全部结案方式。"
    assert codes(bad) == ["N102"]
    good = bad.replace("6.0%", "12.5%")
    assert codes(good) == []


# --- a plain 元 part among 万元 parts ----------------------------------------------------


def test_a_yuan_part_that_balances_the_sum_once_shifted_by_a_power_of_ten() -> None:
    """73.5万 + 9600元 ≠ 83.1万, but 73.5万 + 96000元 = 83.1万: a digit lost in converting."""
    bad = "全年拨付法律援助补贴83.1万元，其中律师办案补贴73.5万元、基层法律服务工作者补贴9600元。"
    messages = [m for c, m in found(bad) if c == "N201"]
    assert messages and "9.6万元" in messages[0] and "83.1万元" in messages[0], messages
    # the same figures with the part written in full: consistent
    assert codes(bad.replace("9600元", "96000元")) == []
    # a partial list whose 元 part balances under no shift: a partial 其中, nothing to say
    assert codes(bad.replace("9600元", "9720元")) == []


# --- counts against a base the paragraph states ------------------------------------------


def test_full_coverage_with_fewer_than_the_base() -> None:
    """「现有X 52所……检查45所，实现…全覆盖」: 45 cannot cover 52."""
    bad = "全县现有中小学校52所，全年对其开展校园安全执法检查45所，实现中小学校执法检查全覆盖。"
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "45所" in messages[0] and "52所" in messages[0]
    assert codes(bad.replace("45所", "52所")) == []
    # no claim of coverage: a part of the schools was inspected, fine
    assert codes(bad.replace("，实现中小学校执法检查全覆盖", "")) == []


def test_full_coverage_with_more_than_the_base() -> None:
    """A coverage rate of 100% over more households than exist."""
    bad = "全镇共有养殖户1860户，年内完成防疫政策入户宣传2310户，宣传覆盖率100%。"
    assert "N206" in codes(bad)
    assert codes(bad.replace("2310户", "1860户")) == []


def test_a_base_named_after_its_count() -> None:
    """「下辖9个村已全部…」 names 村 after the count; 11个村 later exceeds it."""
    bad = "镇下辖9个村已全部建成法治文化广场，全年组织律师为11个村开展法律咨询活动。"
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "11个" in messages[0] and "9个" in messages[0]
    assert codes(bad.replace("11个村", "7个村")) == []


def test_a_daily_average_in_an_unlisted_measure_word() -> None:
    """笔 is a measure word: 8.4万笔 a year is about 230 a day, not 2300."""
    bad = "全年办理不动产登记业务8.4万笔，日均约2300笔。"
    assert codes(bad) == ["N205"]
    assert codes(bad.replace("2300笔", "230笔")) == []
    assert codes("现场制作询问笔录35份，一次性告知笔试安排。") == []


# --- time ---------------------------------------------------------------------------------


def test_whole_year_below_part_year_without_a_listed_verb() -> None:
    """No verb the lexicon knows: the same words before both figures make them one measure."""
    bad = "上半年清退违规发放补贴46.2万元；全年共清退违规发放补贴39.5万元。"
    assert codes(bad) == ["N302"]
    assert codes(bad.replace("39.5万元", "88.7万元")) == []
    # other words: other measures
    assert codes("上半年清退违规发放补贴46.2万元；全年共收缴罚没款39.5万元。") == []


def test_whole_year_below_part_year_with_an_elided_noun() -> None:
    """「前三季度组织…演练14次，全年共组织11次」: the second borrows the first's noun."""
    bad = "前三季度共组织危化品泄漏应急演练14次，全年共组织11次，参演人员980人次。"
    messages = [m for c, m in found(bad) if c == "N302"]
    assert messages and "11次" in messages[0] and "14次" in messages[0]
    assert codes(bad.replace("11次", "19次")) == []
    # another verb on a borrowed noun: another measure
    assert codes("上半年受理行政复议案件56件，全年办结52件。") == []


def test_next_step_plans_dated_with_the_report_year() -> None:
    """「下一步，我局将在2022年…」 in a report on 2022: the plan is for 2023."""
    bad = "下一步，我委将在2022年全面推开医疗机构依法执业自查工作，力争实现全覆盖。"
    assert codes(bad, 2022) == ["N301"]
    assert codes(bad.replace("2022年", "2023年"), 2022) == []
    theme = "下一步，我局将以2022年为“依法行政深化年”，推动执法规范化建设。"
    assert codes(theme, 2022) == ["N301"]
    # building on this year's work is no date of the plan
    base = "下一步，我局将在2022年工作的基础上，力争执法规范化水平再上新台阶。"
    assert codes(base, 2022) == []


def test_a_wan_part_under_a_yi_total_shifted_by_ten() -> None:
    """2.36亿 = 1.75亿 + 6100万, not 610万: which one part, shifted, makes the sum."""
    bad = "全年筹集保障性住房建设资金2.36亿元，其中中央补助1.75亿元、地方配套610万元。"
    messages = [m for c, m in found(bad) if c == "N201"]
    assert messages and "6100万元" in messages[0], found(bad)
    assert codes(bad.replace("610万元", "6100万元")) == []
    bad2 = "全年投入数字政府建设资金1.48亿元，其中平台建设9200万元、运维服务560万元。"
    assert "N201" in codes(bad2)
    assert codes(bad2.replace("560万元", "5600万元")) == []


def test_a_figure_above_two_bases_listed_together() -> None:
    """「共有A 41个、B 17个」 and a figure for A（B）: their sum 58 bounds it."""
    bad = "全县共有建制村41个、居委会17个，全年为63个村（居委会）开展“法律体检”。"
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "58个" in messages[0], found(bad)
    good = bad.replace("63个", "58个") + "实现全覆盖。"
    assert codes(good) == []


def test_a_one_character_base_and_a_population_stated_afterwards() -> None:
    bad = "全乡共有村（社区）15个，实现调解组织全覆盖，设立调解组织的村（社区）18个。"
    assert "N206" in codes(bad)
    assert codes(bad.replace("18个", "15个")) == []
    late = "全年举办“民法典进万家”活动，参与群众2.6万人，全乡常住人口仅1.9万人。"
    assert "N206" in codes(late)
    assert codes(late.replace("2.6万人", "1.2万人")) == []


def test_coverage_claimed_before_the_figure() -> None:
    bad = "全区共有加油站64座，全年安全检查覆盖率100%，检查加油站57座。"
    assert "N206" in codes(bad)
    assert codes(bad.replace("57座", "64座")) == []
    # a part of the covered figure is not the covered figure
    part = "全区共有加油站64座，全年安全检查覆盖率100%，其中重点站点检查22座。"
    assert codes(part) == []


def test_an_average_whose_count_follows_it() -> None:
    bad = "全年审查行政合同216件，人均审查36件，合同审查专职人员8名。"
    messages = [m for c, m in found(bad) if c == "N205"]
    assert messages and "216件÷8名" in messages[0], found(bad)
    assert codes(bad.replace("36件", "27件")) == []
    # a count after a ；belongs to another statement
    other = "全年罚没款合计316.2万元，平均每件约7.2万元；另有移送案件3件。"
    assert codes(other) == []


def test_a_plan_dated_with_the_report_year_whatever_verb_follows() -> None:
    bad = "明年，我局将在2022年实现“双随机、一公开”监管全覆盖。"
    assert codes(bad, 2022) == ["N301"]
    assert codes(bad.replace("2022年", "2023年"), 2022) == []
    ref = "下一步，我局将在2020年出台的《行政执法公示办法》基础上，完善公示制度。"
    assert codes(ref, 2022) == []


def test_work_carried_out_in_a_quarter_or_half_year_lasts_no_longer() -> None:
    bad = "第三季度集中开展为期100天的燃气安全隐患排查整治，排查用户3.2万户。"
    messages = [m for c, m in found(bad) if c == "N304"]
    assert messages and "为期100天" in messages[0] and "第三季度" in messages[0], found(bad)
    assert codes(bad.replace("100天", "60天")) == []
    half = "下半年组织开展“清源”专项行动，为期9个月，查处案件46起。"
    assert "N304" in codes(half)
    # launched then, it may run on; several quarters are longer
    assert codes("第四季度启动为期100天的“百日攻坚”行动。") == []
    assert codes("前三季度开展为期200天的安全生产大检查。") == []


def test_a_run_of_years_with_a_verb_inside() -> None:
    bad = "自2021年挂牌以来，区法律援助工作站已连续运行六年。"
    assert codes(bad, 2024) == ["N304"]
    assert codes(bad.replace("六年", "四年"), 2024) == []


def test_a_span_since_an_earlier_year_is_no_left_over_figure() -> None:
    text = "2019年以来，全区累计办理法律援助案件3260件，其中本年度办理712件。"
    assert codes(text, 2024) == []


def test_a_part_in_another_unit_of_area_larger_than_its_whole() -> None:
    bad = "全镇耕地总面积4.6万亩，其中高标准农田面积3800公顷。"
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "3800公顷" in messages[0] and "5.7万亩" in messages[0], found(bad)
    assert codes(bad.replace("3800公顷", "2600公顷")) == []


def test_one_for_each_needs_as_many_as_the_base() -> None:
    bad = "全街道共划分微网格218个，选聘专职网格员176名，实现“一格一员”全覆盖。"
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "176名" in messages[0] and "218个" in messages[0], found(bad)
    assert codes(bad.replace("176名", "231名")) == []
    assert codes("坚持“一案一评”，全年评查案卷126卷，其中优秀98卷。") == []


def test_a_total_below_the_minimum_for_each_person_said_to_be_met() -> None:
    bad = (
        "全局现有在编干部职工186名，落实每人每年不少于40学时的学法要求，"
        "全年累计组织学法810学时，人均学法时长全部达标。"
    )
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "7440学时" in messages[0], found(bad)
    assert codes(bad.replace("810学时", "8100学时")) == []
    # no claim that everyone met it: nothing to say
    assert codes(bad.replace("，人均学法时长全部达标", "")) == []


def test_averages_per_working_day_per_day_and_per_month() -> None:
    bad = "全年办理社保经办业务21.5万件，平均每个工作日办理约8600件。"
    messages = [m for c, m in found(bad) if c == "N205"]
    assert messages and "250个工作日" in messages[0], found(bad)
    assert codes(bad.replace("8600件", "860件")) == []
    month = "全年受理市场主体登记申请4.8万件，每月受理约400件。"
    assert codes(month) == ["N205"]
    assert codes(month.replace("400件", "4000件")) == []
    # a standard per person and month is no average of a year's total
    assert codes("特困人员供养标准从每人每月1320元提高到1390元，全年发放2760元。") == []


def test_parts_that_make_the_total_shifted_by_ten() -> None:
    """3120万 + 1680万 = 4800万 = 0.48亿, printed 4.8亿: one magnitude is wrong."""
    bad = "全年筹措生态修复资金4.8亿元，其中市级补助3120万元、区级配套1680万元。"
    messages = [m for c, m in found(bad) if c == "N201"]
    assert messages and "10倍" in messages[0], found(bad)
    assert codes(bad.replace("4.8亿元", "4800万元")) == []


def test_online_and_counter_are_the_two_channels() -> None:
    bad = "全年办理医保经办业务48.6万件，其中网上办理39.2万件，窗口办理8.4万件。"
    assert codes(bad) == ["N102"]
    assert codes(bad.replace("8.4万件", "9.4万件")) == []
    shares = "全年受理的社保申请中，通过网上渠道提交的占71.4%，通过窗口提交的占24.6%。"
    assert codes(shares) == ["N102"]
    assert codes(shares.replace("24.6%", "28.6%")) == []


def test_a_stock_named_before_gong_and_a_full_rate() -> None:
    bad = "全委在职干部职工共148人，全年组织全员参加法治理论考试，参考率100%，实际参考163人。"
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "163人" in messages[0] and "148人" in messages[0], found(bad)
    assert codes(bad.replace("163人", "148人")) == []


def test_a_part_sharing_the_bases_noun_above_it() -> None:
    bad = "全局共有一线执法队员64人，今年新增持证执法队员9人，目前持证执法队员达到71人。"
    assert "N206" in codes(bad)
    assert codes(bad.replace("71人", "61人")) == []


def test_a_minimum_per_person_with_words_between() -> None:
    bad = (
        "全县现有网格员860名，落实网格员每人每年参加业务轮训不少于24学时的要求，"
        "全员完成年度轮训，累计轮训9600学时。"
    )
    messages = [m for c, m in found(bad) if c == "N206"]
    assert messages and "20640学时" in messages[0] and "全员" in messages[0], found(bad)
    assert codes(bad.replace("9600学时", "2.1万学时")) == []


def test_a_month_that_does_not_exist_and_a_glossed_relative_year() -> None:
    assert codes("2022年14月，区政府印发《实施意见》。", 2022) == ["N303"]
    assert codes("2022年12月，区政府印发《实施意见》。", 2022) == []
    bad = "明年（2022年），我局将以“八五”普法中期评估为契机，深化法治宣传。"
    assert codes(bad, 2022) == ["N304"]
    assert codes(bad.replace("2022年", "2023年"), 2022) == []
    # 今年 may be the year of writing in a report written early the next year
    assert codes("今年（2023年）是“八五”普法的关键之年。", 2022) == []


def test_the_time_of_writing_glossed_in_a_bracket() -> None:
    bad = "截至目前（2023年8月），全区已建成村级公共法律服务工作室214个。"
    assert codes(bad, 2022) == ["N301"]
    assert codes(bad.replace("2023年8月", "2023年2月"), 2022) == []


def test_a_plan_whose_year_comes_before_its_subject() -> None:
    bad = "下一步，2022年我委将重点抓好以下工作：一是完善执法制度；二是加强队伍建设。"
    assert codes(bad, 2022) == ["N301"]
    assert codes(bad.replace("2022年", "2023年"), 2022) == []


def test_an_average_stated_before_its_total() -> None:
    bad = "全县常住人口24万人，人均法律援助经费1.5元，全年投入法律援助经费360万元。"
    messages = [m for c, m in found(bad) if c == "N205"]
    assert messages and "360万元÷24万人" in messages[0], found(bad)
    assert codes(bad.replace("1.5元", "15元")) == []


def test_a_quarter_that_does_not_exist() -> None:
    assert codes("2023年第六季度，区政府召开依法行政专题会议。", 2023) == ["N303"]
    assert codes("2023年第四季度，区政府召开依法行政专题会议。", 2023) == []


def test_a_part_of_the_year_holding_another() -> None:
    """前三季度 holds 上半年, 1—9月 holds 1—6月: the longer period cannot count less."""
    bad = "上半年共查办食品安全案件138件；前三季度共查办食品安全案件121件。"
    messages = [m for c, m in found(bad) if c == "N302"]
    assert messages and "121件" in messages[0] and "138件" in messages[0], found(bad)
    assert codes(bad.replace("121件", "201件")) == []
    months = "1—6月调处矛盾纠纷640件，1—9月调处矛盾纠纷610件。"
    assert codes(months) == ["N302"]


def test_shares_listed_with_fenbie_pair_with_the_listed_parts() -> None:
    """Each share of 「分别占A%、B%和C%」 is its own part over the whole (96÷240, 120÷240…),
    not the figure nearest to it."""
    good = (
        "全年办结政府信息公开申请240件，其中予以公开96件、部分公开120件、不予公开24件，"
        "分别占40.0%、50.0%和10.0%。"
    )
    assert codes(good) == []
    bad = good.replace("40.0%", "45.0%")
    assert "N104" in codes(bad)


def test_a_rest_named_without_a_figure_leaves_the_split_open() -> None:
    """「网上…窗口…，其余通过自助终端办理」: more channels than counted, no sum to check."""
    open_ = "全年办理户籍业务9.6万笔，其中网上办理6.1万笔，窗口办理2.8万笔，其余通过自助终端办理。"
    assert codes(open_) == []
    assert codes(open_.replace("，其余通过自助终端办理", "")) == ["N102"]
    shares = "全年受理的登记申请中，线上申请占61.5%，线下申请占35.5%，其余为邮寄申请。"
    assert codes(shares) == []
    assert codes(shares.replace("，其余为邮寄申请", "")) == ["N102"]


def test_a_coverage_claim_about_another_thing_is_no_claim_about_the_base() -> None:
    text = "全区共有特种设备使用单位3200家，全年抽查使用单位860家，抽查项目覆盖率100%。"
    assert "N206" not in codes(text)


def test_this_years_work_dated_with_an_earlier_year() -> None:
    bad = "今年以来，我局于2022年4月组织开展了全系统行政执法案卷集中评查。"
    assert codes(bad, 2023) == ["N304"]
    assert codes(bad.replace("2022年4月", "2023年4月"), 2023) == []
    assert codes("今年以来，我局对2022年出台的5件规范性文件开展后评估。", 2023) == []


def test_an_end_before_its_start_marked_by_zhi() -> None:
    bad = "自2023年9月起至2023年6月，在全区开展道路运输安全专项整治。"
    assert codes(bad, 2023) == ["N304"]
    assert codes(bad.replace("至2023年6月", "至2023年12月"), 2023) == []
    assert codes("自11月起至次年2月，在全区开展冬季安全专项整治。", 2023) == []


def test_a_plan_heading_dated_with_the_report_year() -> None:
    assert codes("2023年下一步工作计划：一是深化改革；二是强化监督。", 2023) == ["N301"]
    assert codes("2024年下一步工作计划：一是深化改革；二是强化监督。", 2023) == []


def test_shares_paired_by_fenbie_with_named_items() -> None:
    """「A、B分别占x%和y%」 with A/B a split by nature, 「分为A、B、C三类，占比分别为…」: all
    the parts; 「分别占全区男性、女性职工的…」: each of its own whole, no split."""
    bad = "全年调解的纠纷中，线上、线下调解分别占47.5%和48.5%。"
    assert codes(bad) == ["N102"]
    assert codes(bad.replace("48.5%", "52.5%")) == []
    counted = "全年审查的合同分为采购、租赁、合作三类，占比分别为41.2%、35.6%、19.2%。"
    assert codes(counted) == ["N102"]
    assert codes(counted.replace("19.2%", "23.2%")) == []
    own = "男性、女性志愿者分别占全区男性、女性居民的6%和9%。"
    assert codes(own) == []


def test_per_ten_thousand_residents() -> None:
    bad = "全县户籍人口52万人，现有人民调解员1560名，每万人配备人民调解员3名。"
    messages = [m for c, m in found(bad) if c == "N205"]
    assert messages and "1560名÷52万人×万＝30" in messages[0], found(bad)
    assert codes(bad.replace("3名。", "30名。")) == []


def test_a_per_person_count_of_times_over_person_times() -> None:
    bad = "全年组织执法人员轮训8期，参训2400人次，全区执法人员1500名，人均参训3.6次。"
    assert codes(bad) == ["N205"]
    assert codes(bad.replace("3.6次", "1.6次")) == []


def test_a_flow_over_the_year_may_exceed_a_stock() -> None:
    text = "全区现有社区矫正对象126名，全年新接收社区矫正对象142名，解除矫正98名。"
    assert codes(text) == []
    assert "N206" in codes("全区现有社区矫正对象126名，其中女性社区矫正对象142名。")


def test_a_full_rate_named_by_what_the_figure_also_names() -> None:
    bad = "全街道共有村（居）21个，法律顾问覆盖率100%，已签约法律顾问的村（居）18个。"
    assert "N206" in codes(bad)
    assert codes(bad.replace("18个", "21个")) == []


def test_a_cumulative_or_newly_added_member_count_is_still_bounded_by_the_set() -> None:
    bad = "街道下辖社区11个，今年新增“民主法治示范社区”3个，辖区示范社区累计达到13个。"
    assert "N206" in codes(bad)
    assert codes(bad.replace("13个", "9个")) == []


def test_a_range_whose_end_is_before_its_start() -> None:
    bad = "2023年6月18日至6月12日，区市场监管局开展食品安全集中宣传。"
    assert codes(bad, 2023) == ["N304"]
    assert codes(bad.replace("6月12日", "6月22日"), 2023) == []
    # months without years may cross into the next year
    assert codes("2023年12月20日至1月5日，开展冬季集中宣传。", 2023) == []


def test_a_list_closed_by_saying_nothing_else_exists() -> None:
    shares = (
        "全年办结的信访事项中，按期办结的占81.5%，延期办结的占9.4%，转办的占6.1%，"
        "上述三类之外无其他办结方式。"
    )
    assert codes(shares) == ["N102"]
    assert codes(shares.replace("6.1%", "9.1%")) == []
    counts = "全年审查合同96件，其中通过86件、修改后通过6件、退回2件，以上为全部审查结果。"
    assert codes(counts) == ["N102"]
    assert codes(counts.replace("退回2件", "退回4件")) == []


def test_parts_of_the_year_that_tile_it_add_up_to_the_whole() -> None:
    bad = "上半年查处违法广告案件46起，下半年查处违法广告案件58起，全年共查处违法广告案件98起。"
    messages = [m for c, m in found(bad) if c == "N302"]
    assert messages and "46起＋下半年58起" in messages[0], found(bad)
    assert codes(bad.replace("98起", "104起")) == []
    quarter = "第四季度调处纠纷212件，全年共调处纠纷198件。"
    assert codes(quarter) == ["N302"]
