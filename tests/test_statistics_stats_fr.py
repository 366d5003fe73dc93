"""General rules added for issue 9 in the third tuning round (stats-fr), each with a twin.

The sentences are written for these tests; none comes from a blind set."""

from __future__ import annotations

from relation_helpers import codes, found

from fazhi_lint.analysis.relations import analyze_text, contradictions


def errors(text: str) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text))
        if r.severity and r.severity.label == "error"
    ]


def test_carry_over_beside_a_scope_is_no_part_of_it() -> None:
    """「当年受理的案件中办结52件，另办结上年结转案件9件」: the 9 are last year's, outside the
    scope of this year's 56 accepted; 「此外」 adds beside a scope too."""
    good = (
        "全年收到投诉举报线索430条，符合受理条件的受理56件；当年受理的案件中办结52件，"
        "另办结上年结转案件9件，全年共办结61件。"
    )
    assert errors(good) == []
    also = "全年受理信访事项64件，受理的事项中办结60件，此外协助办理其他单位转来事项12件。"
    assert errors(also) == []
    # inside the scope, the same figures are still summed against their whole
    bad = "全年受理信访事项64件，受理的事项中办结60件，正在办理的12件。"
    assert "N101" in codes(bad)


def test_a_rate_named_with_its_base_counts_only_what_follows_中() -> None:
    """「办结案件中撤销率」 counts 撤销, over 办结: a figure of another stage (结转下年11件)
    is not its numerator because it shares 结 with the base's words."""
    good = (
        "全年新收行政复议案件215件，上年结转19件，办结223件，结转下年11件，办结案件中撤销率为9.4%。"
    )
    assert errors(good) == []
    bad = "全年新收行政复议案件215件，上年结转19件，办结223件，其中撤销21件，办结案件中撤销率为11.4%。"
    messages = [m for c, m in found(bad) if c == "N104"]
    # only the base the name gives (办结223件) is a reading: 21÷223 = 9.4%
    assert messages and "21÷223" in messages[0] and "215" not in messages[0]
    assert codes(bad.replace("11.4%", "9.4%")) == []


def test_a_rate_counts_the_figure_that_holds_most_of_its_name() -> None:
    """「行政处罚结案率」 counts 行政处罚结案 (its base, the cases opened, is not stated), not
    the 简易程序结案 part that shares only 结案 with it."""
    good = (
        "全年行政处罚结案863件，其中简易程序结案512件，简易程序适用率59.3%；行政处罚结案率98.6%。"
    )
    assert errors(good) == []
    # with its base stated the rate is checked: 863÷880 = 98.1%
    stated = "全年立案行政处罚案件880件，行政处罚结案863件，行政处罚结案率98.6%。"
    assert codes(stated) == ["N104"]
    assert codes(stated.replace("98.6%", "98.1%")) == []


def test_another_verb_after_a_semicolon_ends_a_list() -> None:
    """「…；另办理变更登记240件」 adds a statement beside the list; 「另有」 names a part."""
    bad = (
        "全年受理户外广告设置许可申请132件，已全部办结，其中准予许可118件、不予许可9件、"
        "申请人撤回8件；另办理设置期限延续业务240件。"
    )
    assert "N101" in codes(bad)
    good = bad.replace("118件", "115件")
    assert errors(good) == []


def test_concluded_and_still_open_exceed_the_accepted() -> None:
    """「受理48件…审结41件，尚有9件正在审理」: 41 + 9 = 50 > 48; with the whole a scope
    names (受理的案件中); silent when cases came over from last year."""
    bad = "全年受理行政裁决申请48件，审结41件，尚有9件正在审理。"
    messages = [m for c, m in found(bad) if c == "N101"]
    assert messages and "41+9" in messages[0] and "48件" in messages[0]
    assert errors(bad.replace("41件", "39件")) == []
    scoped = (
        "全年收到政府信息公开申请190件，受理176件。受理的申请中已答复165件，"
        "其中予以公开121件、部分公开30件，另有14件仍在办理中。"
    )
    assert "N101" in codes(scoped)
    assert errors(scoped.replace("另有14件", "另有11件")) == []
    carried = "全年新收行政裁决申请48件，审结41件（含上年结转3件），尚有9件正在审理。"
    assert errors(carried) == []


def test_a_list_after_the_announcing_clause() -> None:
    """「与4所高校签订合作协议，分别为A、B、C」: 分别为 opens the list after the clause of
    the announcement; 「分别设在」 pairs each member with a place."""
    bad = "与4所高校签订法治人才联合培养协议，分别为政法学院、财经大学、师范大学，共建实践基地。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("4所", "3所")) == []
    placed = "全年新设3个公共法律服务工作站，分别设在火车站、人民医院、市民中心和会展中心。"
    assert codes(placed) == ["N203"]
    assert codes(placed.replace("3个", "4个")) == []
    # another count in the clause between: the list is not the announcement's
    other = "组织4个督查组赴12个乡镇开展检查，分别为东乡、西乡、南乡。"
    assert codes(other) == []


def test_items_that_open_with_their_quoted_names() -> None:
    """「“四个到位”：“人员到位”…，“经费到位”…，“场地到位”…，全年…」 names three."""
    bad = (
        "落实“四个到位”保障机制：“人员到位”配齐专职调解员，“经费到位”纳入财政预算，"
        "“场地到位”统一设置调解室，全年调解纠纷860件。"
    )
    assert codes(bad) == ["N203"]
    good = bad.replace(
        "“场地到位”统一设置调解室", "“场地到位”统一设置调解室，“制度到位”完善工作规则"
    )
    assert codes(good) == []


def test_each_term_of_a_compound_name() -> None:
    """「“一网两端”」 and 「“三站一室”」: each term against the items ending with its noun."""
    bad = "建成“三站一室”：交通执法站、治安执法站、城管执法站、市场执法站和法律服务室。"
    messages = [m for c, m in found(bad) if c == "N203"]
    assert messages and "4个站" in messages[0]
    assert codes(bad.replace("三站", "四站")) == []
    # an item that ends with no term's noun: no count per term, silent
    assert codes("建成“三站一室”：交通执法站、治安执法站、城管执法站和调解中心。") == []


def test_a_clause_opening_a_scope_ends_the_scope_before_it() -> None:
    """「受理案件中办结70件，办结案件中撤销9件」: the 9 are a part of the 70, not of the
    accepted; the figures of the first scope are still summed."""
    good = "全年收到投诉84件，受理76件；受理案件中办结70件，办结案件中撤销9件。"
    assert errors(good) == []
    bad = "全年收到投诉84件，受理76件；受理案件中办结70件、移送9件。"
    assert "N101" in codes(bad)


def test_a_split_by_nature_before_a_semicolon_is_whole() -> None:
    """「其中线上办理A件、线下办理B件；…」: A + B is the whole, the figures after the semicolon
    break it down another way."""
    good = (
        "全年办理公证事项2210件，其中线上办理1350件、线下办理860件；涉外公证412件，涉企公证630件。"
    )
    assert errors(good) == []
    assert "N101" in codes(good.replace("860件", "880件"))


def test_last_years_figures_restated_in_a_clause() -> None:
    """「…，上年分别为52场和3100人次」: bases, not parts; 「分别增长X%和Y%」 pairs each."""
    good = "全年开展送法进企业活动65场、覆盖职工3720人次，分别比上年增长25%和20%，上年分别为52场和3100人次。"
    assert errors(good) == []
    bad = good.replace("增长25%和20%", "增长25%和22%")
    messages = [m for c, m in found(bad) if c == "N108"]
    assert messages and "3100" in messages[0]
    # 「较上年的A、B分别下降X%和Y%」
    down = "全年发生道路交通事故64起、受伤78人，较上年的80起、100人分别下降20%和22%。"
    assert codes(down) == []
    assert codes(down.replace("22%。", "25%。")) == ["N108"]
    # without the pairing (由…的A、B), the second change is not read against the wrong pair
    free = "全年火灾起数和受伤人数分别由上年的20起、25人下降至16起、19人，分别下降20%和24%。"
    assert errors(free) == []


def test_each_share_of_a_respective_run() -> None:
    """「A件、B件、C件，分别占X%、Y%和Z%」: the i-th share counts the i-th figure."""
    good = (
        "全年办结信访事项300件，其中初次信访210件、重复信访66件、越级信访24件，分别占70%、22%和8%。"
    )
    assert errors(good) == []
    bad = good.replace("22%和8%", "24%和8%")
    messages = [m for c, m in found(bad) if c == "N104"]
    assert messages and "66÷300" in messages[0]


def test_a_count_after_its_noun_then_the_list() -> None:
    """「清理证明事项5项，具体为：…」: the count closes its noun phrase, the list follows."""
    bad = "年内废止规范性文件4件，具体为：《甲办法》《乙规定》《丙细则》。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("4件", "3件")) == []
    # several counts before it: the list may be of all of them
    summed = "下设行政科室2个，事业单位3个，具体包括：综合科、执法科、甲中心、乙中心、丙中心。"
    assert codes(summed) == []


def test_ordinals_of_the_announcements_own_measure() -> None:
    """「开展集中轮训三轮，第一轮…，第二轮…」."""
    bad = (
        "全年举办执法人员集中轮训三轮，第一轮学习行政处罚法，第二轮学习行政强制法，考试合格率100%。"
    )
    assert codes(bad) == ["N203"]
    good = bad.replace("第二轮学习行政强制法", "第二轮学习行政强制法，第三轮学习行政许可法")
    assert codes(good) == []


def test_items_told_by_first_then_last() -> None:
    """「做法有四个方面：首先…；其次…；最后…」 names three."""
    bad = "主要做法体现在四个方面：首先是清单管理；其次是分级审核；最后是定期评估。"
    assert codes(bad) == ["N203"]
    good = "主要做法体现在三个方面：首先是清单管理；其次是分级审核；最后是定期评估。"
    assert codes(good) == []


def test_a_list_joined_to_its_noun_by_组成的() -> None:
    """「由A、B、C组成的四支队伍」 names three."""
    bad = "组建由执业律师、公证员、司法所长组成的四支宣讲队伍，全年服务群众2100人次。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("四支", "三支")) == []


def test_the_next_paragraphs_after_以下() -> None:
    """「围绕以下三个方面推进“八五”普法：」 then （一）（二）."""
    from fazhi_lint import Config, lint_bytes

    def run(paragraphs: list[str]) -> list[str]:
        text = "\n".join(["报告", *paragraphs]) + "\n"
        result = lint_bytes(text.encode(), "a.txt", Config(select=("N",)))
        return [d.code for d in result.diagnostics]

    head = "今年以来，我局围绕以下三个方面推进“八五”普法规划落实："
    items = ["（一）抓实领导干部学法。", "（二）抓好青少年法治教育。"]
    assert run([head, *items]) == ["N203"]
    assert run([head, *items, "（三）抓牢重点对象普法。"]) == []


def test_a_refusal_told_before_the_acceptance() -> None:
    """「接收转办件930件，退回的41件，实际承办895件」: 895 + 41 > 930."""
    bad = "全年接收上级转办信访件930件，经审核退回的41件，实际承办895件。"
    assert "N103" in codes(bad)
    assert errors(bad.replace("895件", "889件")) == []


def test_an_approval_above_the_applications() -> None:
    """批准 decides an application: more approved than accepted, with nothing carried over."""
    bad = "全年受理建设用地审批申请212件，经审查批准218件。"
    assert "N107" in codes(bad)
    assert codes(bad.replace("218件", "205件")) == []


def test_new_and_carried_against_their_stated_caseload() -> None:
    """「新收86件，加上上年结转的7件，全年共需办理95件」: 86 + 7 = 93; an outcome after
    the two (共审结91件) is no statement of their sum."""
    bad = "全年新收行政裁决案件86件，加上上年结转的7件，全年共需办理95件。"
    messages = [m for c, m in found(bad) if c == "N102"]
    assert messages and "86件＋7件＝93件" in messages[0]
    assert codes(bad.replace("95件", "93件")) == []
    outcome = "全年新收行政裁决案件86件，加上上年结转的7件，共审结91件。"
    assert errors(outcome) == []


def test_a_split_by_nature_is_not_cut_by_a_flow_verb_inside_it() -> None:
    """「其中线上受理方式办结A件，线下窗口办结B件」: 受理 inside the first part names no stage."""
    bad = "全年办理不动产登记业务8640件，其中通过线上受理方式办理5120件，线下窗口办理3420件。"
    messages = [m for c, m in found(bad) if c == "N102"]
    assert messages and "5120+3420" in messages[0]
    assert codes(bad.replace("3420件", "3520件")) == []


def test_a_clause_naming_the_dimension_of_a_split() -> None:
    """「从受理渠道看，线上A件，线下B件」 and 「按类别分，…、其他C件」 split the figure before."""
    bad = "全年受理消费者投诉2318件，挽回经济损失96万元。从投诉渠道看，线上投诉1540件，线下投诉768件。"
    assert "N102" in codes(bad)
    assert codes(bad.replace("768件", "778件")) == []
    kinds = "全年调处矛盾纠纷640件，按纠纷类别分，物业纠纷210件、婚恋纠纷150件、其他纠纷270件。"
    assert "N102" in codes(kinds)
    assert codes(kinds.replace("270件", "280件")) == []
    # without 其他 or a split by nature the list may be partial
    partial = "全年调处矛盾纠纷640件，按纠纷类别分，物业纠纷210件、婚恋纠纷150件。"
    assert codes(partial) == []


def test_a_rate_named_by_a_class_of_outcomes() -> None:
    """纠错率 counts the correcting decisions named one by one (撤销、变更…的N件)."""
    bad = "全年审结行政复议案件180件，其中决定撤销、变更和确认违法的共27件，纠错率为13.0%。"
    messages = [m for c, m in found(bad) if c == "N104"]
    assert messages and "27÷180" in messages[0]
    assert codes(bad.replace("13.0%", "15.0%")) == []
    # one outcome alone is a part of the corrections, not all of them
    assert codes("全年审结行政复议案件180件，其中撤销12件，纠错率为13.0%。") == []


def test_a_share_named_with_its_subject() -> None:
    """「抽检比例」 counts the figure its subject names (抽取…检验), over the base."""
    bad = "从全区1250批次食品中抽取100批次进行检验，抽检比例为9%。"
    assert codes(bad) == ["N104"]
    assert codes(bad.replace("9%", "8%")) == []


def test_a_multiple_against_a_base_restated_after_it() -> None:
    """「比上年增加了1.5倍，上年为120万元」: 300 ÷ 120 = 2.5 times, 增加1.5倍 fits."""
    good = "全年投入公共法律服务经费300万元，比上年增加了1.5倍，上年为120万元。"
    assert errors(good) == []
    bad = good.replace("300万元", "210万元")
    assert codes(bad) == ["N108"]


def test_a_set_named_again_by_its_words() -> None:
    """「申请复核的14件，对申请复核的案件组织复核16件」 and a review's findings above the
    items reviewed: warnings, each with its twin."""
    bad = "全年作出行政处罚决定320件，当事人申请复核的14件，我局对申请复核的案件依法组织复核16件。"
    assert codes(bad) == ["N107"]
    assert codes(bad.replace("16件", "14件")) == []
    review = "对各部门报送的38件行政合同逐件审查，发现存在法律风险的41件。"
    assert codes(review) == ["N107"]
    assert codes(review.replace("41件", "11件")) == []


def test_what_was_fixed_after_what_was_found() -> None:
    """「检查发现问题86个，已整改到位90个」: fixed above found; silent with a stock carried
    over."""
    bad = "全年开展消防安全检查210次，检查发现问题86个，已整改到位90个。"
    assert codes(bad) == ["N107"]
    assert codes(bad.replace("90个", "80个")) == []
    stock = "全年开展消防安全检查210次，检查发现问题86个，连同上年遗留问题，已整改到位90个。"
    assert codes(stock) == []


def test_a_quoted_name_counting_what_its_items_repeat() -> None:
    """「“四个一”——建一个…，配一支…，编一本…，全年…」 names three; 「“法治六进”…进A、进B…」."""
    bad = "推行普法“四个一”模式——建设一个法治广场，配备一支宣讲队伍，编印一本案例读本，全年开展活动52场。"
    assert codes(bad) == ["N203"]
    assert codes(bad.replace("四个一", "三个一")) == []
    goes = "开展“法治六进”活动，推动法治进机关、进农村、进社区、进学校、进企业，全年开展宣讲96场。"
    assert codes(goes) == ["N203"]
    assert codes(goes.replace("六进", "五进")) == []


def test_online_and_counter_exhaust_a_service() -> None:
    """「其中网上办理A件、窗口办理B件」: online and at the counter are all channels."""
    bad = "全年办理户籍业务3.58万件，其中网上办理2.21万件、窗口办理1.27万件。"
    assert "N102" in codes(bad)
    assert codes(bad.replace("1.27万件", "1.37万件")) == []


def test_the_results_of_a_review_are_all_of_it() -> None:
    """「审查结果为A件、B件、C件」 classifies every item; one result alone is a part."""
    bad = "全年审查行政合同126件，审查结果为通过98件、修改后通过21件、不予通过5件。"
    assert "N102" in codes(bad)
    assert codes(bad.replace("5件", "7件")) == []
    assert codes("全年抽检食品150批次，检测结果为合格的146批次。") == []


def test_a_list_after_a_carried_over_figure_breaks_down_the_caseload() -> None:
    """「收到申请64件，上年结转5件，已全部办结，其中…」: the list sums to 64 + 5."""
    good = (
        "全年收到政府信息公开申请64件，上年结转5件，已全部办结，"
        "其中予以公开40件、部分公开15件、不予公开6件、信息不存在8件。"
    )
    assert errors(good) == []
    bad = good.replace("信息不存在8件", "信息不存在10件")
    messages = [m for c, m in found(bad) if c in ("N101", "N102")]
    assert messages and "64+5件" in messages[0]


def test_a_still_open_figure_balances_the_stock() -> None:
    """「新收72件，上年结转4件，审结70件，尚有8件正在审理」: 76 in, 78 out; a carry-over
    inside the concluded (审结70件（含上年结转4件）) is no stock carried in."""
    bad = "全年新收行政诉讼案件72件，上年结转4件，审结70件，尚有8件正在审理中。"
    assert "N102" in codes(bad)
    assert errors(bad.replace("尚有8件", "尚有6件")) == []
    inside = "全年新收行政诉讼案件72件，审结70件（含上年结转4件），尚有5件正在审理中。"
    assert errors(inside) == []


def test_a_caseload_that_includes_its_carry_over() -> None:
    """「收到申请230件（含上年结转9件），办结221件，结转下年度12件」: 230 in, 233 out."""
    bad = "全年共收到行政复议申请230件（含上年结转9件），已办结221件，结转下年度12件。"
    messages = [m for c, m in found(bad) if c == "N102"]
    assert messages and "230件（含结转9件）" in messages[0]
    assert errors(bad.replace("12件", "9件")) == []


def test_a_category_then_a_state_and_its_rest() -> None:
    """「其中较大隐患5处，已整改70处，其余4处正在整改」: 70 + 4 = 74 is the whole; the 5 are
    a category across both."""
    good = "全年排查发现安全隐患74处，其中较大隐患5处，已整改70处，其余4处正在整改。"
    assert errors(good) == []
    assert "N101" in codes(good.replace("其余4处", "其余7处"))


def test_a_share_run_with_its_own_subject() -> None:
    """「其中网上办理分别占85%和90%」: shares of each figure's online part, not of the figures."""
    good = "全年办理行政许可760件、备案事项240件，其中网上办理分别占85%和90%。"
    assert errors(good) == []


def test_a_rate_over_a_stock_carried_over_is_not_its_part() -> None:
    """「化解积案52件，其中化解上年结转积案31件，化解率为94.5%」: the rate's base (积案总数)
    is not stated; the carried-over part is no numerator of it."""
    good = "全年化解信访积案52件，其中化解上年结转积案31件，化解率为94.5%。"
    assert errors(good) == []


def test_a_share_with_its_base_inside_its_words() -> None:
    """「撤销的有14件，占审结总数160件的9.8%」: 14 ÷ 160 = 8.75%."""
    bad = "审结的行政复议案件中，决定撤销的有14件，占审结总数160件的9.8%。"
    messages = [m for c, m in found(bad) if c == "N104"]
    assert messages and "14÷160" in messages[0]
    assert codes(bad.replace("9.8%", "8.8%")) == []


def test_what_was_adopted_after_what_was_proposed() -> None:
    """「提出法律意见建议36条，被采纳39条」: adopted above proposed."""
    bad = "全年法律顾问参与审查重大合同52件，提出法律意见建议36条，被采纳39条。"
    assert codes(bad) == ["N107"]
    assert codes(bad.replace("39条", "33条")) == []


def test_a_split_by_nature_then_another_dimension_after_a_comma() -> None:
    """「其中一审案件70件、二审案件16件，涉企案件31件」: 70 + 16 is the whole."""
    good = "全年办理行政诉讼案件86件，其中一审案件70件、二审案件16件，涉企案件31件。"
    assert errors(good) == []
    assert "N101" in codes(good.replace("70件", "72件"))


def test_times_the_base() -> None:
    """「是上年150场的3倍」: 300 ÷ 150 = 2."""
    bad = "全年开展法治讲座300场，是上年150场的3倍。"
    messages = [m for c, m in found(bad) if c == "N108"]
    assert messages and "300÷150" in messages[0]
    assert codes(bad.replace("3倍", "2倍")) == []


def test_a_member_of_a_split_is_not_its_whole() -> None:
    """「准予登记96件、变更登记40件、不予登记12件」: 96 is a member (准予…不予), not a total."""
    good = "办理的申请中，准予登记96件、变更登记40件、不予登记12件、撤回申请6件。"
    assert errors(good) == []
    # a whole whose words merely hold the word the parts negate is still the whole
    bad = "全年受理登记申请110件，经审查准予登记96件，不予登记12件。"
    assert "N102" in codes(bad)


def test_a_bracket_that_breaks_a_figure_down_is_no_refusal() -> None:
    """「办结115件（含不予受理5件）」: the 115 are concluded, 5 of them refusals."""
    good = "全年共收到公开申请120件，受理110件，办结115件（含不予受理5件）。"
    assert errors(good) == []


def test_a_decision_named_by_作出_决定() -> None:
    """「作出行政处罚决定的N件」 is a decision whatever its kind: not more than the cases filed."""
    bad = "全年立案查处违法案件260件，作出行政处罚决定的271件，无上年结转。"
    assert codes(bad) == ["N107"]
    assert codes(bad.replace("271件", "251件")) == []


def test_decisions_that_split_a_stage_of_the_whole() -> None:
    """「收到申请52件，受理47件，作出准予许可决定44件，作出不予许可决定3件」: 44 + 3 split
    the 47 accepted, not the 52 received."""
    good = "全年收到申请52件，受理47件，作出准予许可决定44件，作出不予许可决定3件。"
    assert errors(good) == []
