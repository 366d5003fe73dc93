"""Announced counts after a date, session 9 (task t18b).

A year or a date in the clause of an announcement (「2021年新建了四类阵地，分别是…」「2024年
3月起开展了5次行动，即…」) says when, it is no other count the list could be of: the list that
follows the announcing word is the announcement's own. Another count in the clause still is
(「2023年组织4个检查组赴12个乡镇，分别为…」: the list may be of the 12), and stays silent.

A start that 已 says has come (「修订后的细则已于2024年9月1日起施行」) is a fact like any other
date: in a report on year Y, written by the end of March of Y+1, a later start has not come
yet (N301, a warning). Without 已 (「将于…起施行」「…起施行」) it is a start still to come and
stays silent, as does a start within the first quarter of Y+1.

A bare share (「，占5.8%」) after a clause of its own that names the rest and holds no figure
(「其余为其他类别，占5.8%」) is the rest's share: the split is complete and its shares must add
up to 100% within their rounding (N102), as with 「其余占5.8%」.

A scope whose 中 runs on into 已有 or 已为 with no comma (「全区128个村中已为120个村配备…」)
names its figure as the set its part is drawn from, as 中有 does: a part larger than the set
is an error (N101).

A 人均 money average over people counted only by their visits (人次), in the sentence of the
visits and sharing a word with their clause, in a paragraph stating no people: the people are
at most the visits, so the average is at least the total over the visits; below that it is
contradicted (N205, a warning), above it may be right.

Every sentence is written for these tests (none comes from a blind set); each verdict was
derived by hand by counting the items named. A list 「A、B和C」 may be read as two or three
items (a 和 may join two modifiers of one item), so the contradictions are chosen to fit
neither reading."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _found(text: str, year: int = 2023, code: str = "N203") -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.code == code and r.severity is not None
    ]


DATED_WRONG = [
    # 五类 for 4 顿号 items
    "2023年，区卫健委新设了五类健康法治宣传点，分别是社区卫生站、乡镇卫生院、村卫生室、"
    "妇幼保健站。",
    # 3 items (2 or 3 with 和) for 四项
    "2023年市交通运输局修订了四项执法制度，分别为执法公示制度、执法全过程记录制度和法制审核制度。",
    # 5 items for 7次 after 即
    "2023年5月起县林业局组织了7次森林防火专项检查，即春节检查、清明检查、五一检查、国庆检查"
    "和冬季检查。",
    # 2 items for 三个 after a full date
    "2023年6月1日区市场监管局挂牌成立了三个知识产权维权工作站，分别是高新区工作站和电商园工作站。",
    # 6 for 四支, the year after the subject
    "区应急管理局2023年组建了四支应急救援志愿队伍，分别是山地搜救队、水上救援队、医疗救护队、"
    "通信保障队、心理援助队、后勤保障队。",
    # 3 (顿号) for 五场, 包括 is a closed opener
    "2023年县人社局举办了五场劳动法律宣讲会，包括园区专场、建筑工地专场、商超专场。",
    # 4 for 六项, a year with 度
    "2023年度，市生态环境局出台了六项执法监管措施，具体为非现场检查、信用评价、差异化监管、"
    "包容审慎监管。",
    # 2 for 4个 after a year and a month
    "2023年9月，镇政府新建了4个矛盾纠纷调处中心，即东片中心和西片中心。",
]

DATED_RIGHT = [
    # 四类 with 4 顿号 items
    "2023年，区卫健委新设了四类健康法治宣传点，分别是社区卫生站、乡镇卫生院、村卫生室、"
    "妇幼保健站。",
    # 3 with 和 (2 or 3 readings) for 三项
    "2023年市交通运输局修订了三项执法制度，分别为执法公示制度、执法全过程记录制度和法制审核制度。",
    # 5 for 5次 after 即
    "2023年5月起县林业局组织了5次森林防火专项检查，即春节检查、清明检查、五一检查、国庆检查"
    "和冬季检查。",
    # 2 for 两个 after a full date
    "2023年6月1日区市场监管局挂牌成立了两个知识产权维权工作站，分别是高新区工作站和电商园工作站。",
    # another count in the clause (3个乡镇): the three towns are its list, not the 4 groups'
    "2023年区司法局组织4个督查组赴3个乡镇开展检查，分别为城关镇、河西镇和东山镇。",
    # 主要包括 gives examples: fewer than announced is fine
    "2023年县人社局举办了五场劳动法律宣讲会，主要包括园区专场、建筑工地专场、商超专场。",
    # a list whose items carry the announced unit: a whole and its parts, not a count of items
    "2023年共审查文件14件，分别为规范性文件5件、重大决策事项3件、合同6件。",
    # 分别在 places what each did: members may share a place, fewer places are fine
    "2023年10月，区法院开展了4场巡回审判，分别在青山镇和河口镇。",
]


@pytest.mark.parametrize("text", DATED_WRONG)
def test_dated_announcement_contradicted(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", DATED_RIGHT)
def test_dated_announcement_consistent(text: str) -> None:
    assert _found(text) == [], text


# --- a start that 已 says has come, after the report was written (N301) ---------------------

STARTED_WRONG = [
    # report on 2023, written by March 2024: September 2024 has not come
    ("2023年完成《物业管理办法》修订，新办法已于2024年9月1日起施行。", 2023),
    # 已经于, a start in June of the next year
    ("区政府修订行政执法公示细则，修订后的细则已经于2022年6月1日起实施。", 2021),
    # 已在 with 开始
    ("全年清理规范性文件41件，保留的文件已在2025年10月开始统一编号公布。", 2024),
    # two years later
    ("县人社局制定了劳动监察投诉处理规程，该规程已于2024年1月1日起执行。", 2022),
    # a month only, after the first quarter
    ("我局起草的《停车管理规定》经审议通过，已于2023年5月起施行，群众反映良好。", 2022),
    # a date after a long subject
    ("市城市管理综合行政执法局自由裁量权基准已于2021年7月15日起正式适用。", 2020),
    # after a clause of counted work
    ("全年审查合同112份，新的合同审查办法已于2026年4月1日起试行。", 2025),
    # a December start, the day given
    ("镇政府制定村规民约指导意见，意见已于2020年12月20日起施行。", 2019),
]

STARTED_RIGHT = [
    # 将于: a start still to come
    ("2023年完成《物业管理办法》修订，新办法将于2024年9月1日起施行。", 2023),
    # within the first quarter of the next year
    ("区政府修订行政执法公示细则，修订后的细则已于2022年3月1日起实施。", 2021),
    # in the report year itself
    ("全年清理规范性文件41件，保留的文件已于2024年10月开始统一编号公布。", 2024),
    # no 已: a start named, the sentence says nothing happened yet
    ("县人社局制定了劳动监察投诉处理规程，规程自2024年1月1日起执行。", 2022),
    # 已 with a start in January of the next year
    ("我局起草的《停车管理规定》经审议通过，已于2023年1月起施行。", 2022),
    # a plan word in the sentence
    ("市城市管理综合行政执法局计划修订自由裁量权基准，拟于2021年7月15日起正式适用。", 2020),
    # a date inside a title
    ("全年审查合同112份，学习《2026年4月1日起施行的新规解读》。", 2025),
    # 已 with a deadline (前): done before a date, not a start
    ("镇政府制定村规民约指导意见，要求各村已于2020年12月20日前完成修订。", 2019),
]


@pytest.mark.parametrize(("text", "year"), STARTED_WRONG)
def test_a_start_that_has_come_after_the_report_was_written(text: str, year: int) -> None:
    assert _found(text, year, "N301"), text


@pytest.mark.parametrize(("text", "year"), STARTED_RIGHT)
def test_a_start_to_come_or_within_the_writing_time(text: str, year: int) -> None:
    assert _found(text, year, "N301") == [], text


# --- the rest named in a clause of its own, then its share (N102) -----------------------------

REST_WRONG = [
    # 41.2 + 30.5 + 16.1 + 7.4 = 95.2
    "从申请方式看，网上申请占41.2%，窗口申请占30.5%，电话预约占16.1%，其余为信函申请，占7.4%。",
    # 55 + 25 + 12 = 92
    "按案件类型划分，民事案件占55%，行政案件占25%，其余为刑事附带民事案件，占12%。",
    # 62.5 + 20.3 + 9.4 = 92.2
    "从来源看，群众举报占62.5%，日常巡查发现占20.3%，剩余为上级交办，占9.4%。",
    # 38.6 + 33.2 + 21.5 + 10.2 = 103.5
    "从学历结构看，本科占38.6%，大专占33.2%，硕士占21.5%，其余是职高学历人员，占10.2%。",
    # 70.4 + 18.9 + 6.1 = 95.4
    "按结案方式，调解结案占70.4%，撤诉占18.9%，其余均为判决结案，占6.1%。",
    # 47 + 36 + 22 = 105
    "从主体类型看，个体工商户占47%，企业占36%，其余为农民专业合作社，占22%。",
    # 58.8 + 26.7 + 9.9 = 95.4 (a semicolon after)
    "从违法类型看，无证经营占58.8%，超范围经营占26.7%，其余为其他违法行为，占9.9%；均已依法处理。",
    # 81.3 + 14.2 = 95.5
    "从办理渠道看，线上办理占81.3%，其余为线下窗口办理，占14.2%。",
]

REST_RIGHT = [
    # 41.2 + 30.5 + 16.1 + 12.2 = 100
    "从申请方式看，网上申请占41.2%，窗口申请占30.5%，电话预约占16.1%，其余为信函申请，占12.2%。",
    # 55 + 25 + 20 = 100
    "按案件类型划分，民事案件占55%，行政案件占25%，其余为刑事附带民事案件，占20%。",
    # 62.5 + 20.3 + 17.2 = 100
    "从来源看，群众举报占62.5%，日常巡查发现占20.3%，剩余为上级交办，占17.2%。",
    # rounding: 33.3 + 33.3 + 33.3 = 99.9, within the rounding of three shares
    "按结案方式，调解结案占33.3%，撤诉占33.3%，其余均为判决结案，占33.3%。",
    # the clause before holds a figure: not the rest named on its own
    "从主体类型看，个体工商户占47%，企业占36%，另有合作社12家，占2%。",
    # the share has words of its own: 其中 a part of the rest, not the rest
    "从主体类型看，个体工商户占47%，企业占36%，其余为合作社，其中示范社占5%。",
    # not a rest clause: a clause naming a part, then a bare share
    "从违法类型看，无证经营占58.8%，超范围经营占26.7%，标签不合格问题较多，占9.9%。",
    # 81.3 + 18.7 = 100
    "从办理渠道看，线上办理占81.3%，其余为线下窗口办理，占18.7%。",
]


@pytest.mark.parametrize("text", REST_WRONG)
def test_rest_named_in_a_clause_before_its_share(text: str) -> None:
    assert _found(text, 2023, "N102"), text


@pytest.mark.parametrize("text", REST_RIGHT)
def test_rest_named_before_its_share_adds_up(text: str) -> None:
    assert _found(text, 2023, "N102") == [], text


# --- 中已有 / 中已为 after a scope holding its set (N101) -------------------------------------

SCOPE_RUN_ON_WRONG = [
    # 52 > 48
    "全市48个街道中已为52个街道配备公职律师。",
    # 19 > 17
    "全县17个乡镇中已有19个乡镇建成公共法律服务站。",
    # 已经为, 240 > 236
    "全区236个小区中已经为240个小区选聘物业纠纷调解员。",
    # 已经有, 35 > 31
    "全市31所中学中已经有35所中学配备法治副校长。",
    # a bracket in the noun, 93 > 90
    "全镇90个村（居）中已为93个村（居）建立法律明白人队伍。",
    # after a subject, 14 > 12
    "市司法局所属12家公证机构中已有14家公证机构开通线上办证。",
    # 66 > 64 with 个
    "全县64个行政村中已为66个行政村安装法治宣传显示屏。",
    # 已有 and a figure with a thousands separator, 1,212 > 1,208
    "全省1,208家律师事务所中已有1,212家律师事务所建立党组织。",
]

SCOPE_RUN_ON_RIGHT = [
    # 45 <= 48
    "全市48个街道中已为45个街道配备公职律师。",
    # all of them
    "全县17个乡镇中已有17个乡镇建成公共法律服务站。",
    # another unit: 300 residents are no part of 236 小区
    "全区236个小区中已经为300名居民提供上门法律服务。",
    # 城中村 is no scope
    "全市推进31个城中村已有35个村完成改造。",
    # a part with 中 and a comma, within
    "全镇90个村（居）中，已为88个村（居）建立法律明白人队伍。",
    # two within the set
    "市司法局所属12家公证机构中已有9家公证机构开通线上办证，已为3家配备自助终端。",
    # 中为 without 已 and within
    "全县64个行政村中为60个行政村安装法治宣传显示屏。",
    # a period, not a set (3个月中 / 已有25件 in another unit)
    "专项行动开展的3个月中已有25件案件移送公安机关。",
    # two parts that may overlap (a village may have both): 20 + 18 > 26 is no contradiction
    "全县26个村中已有20个村建成法治广场，已有18个村建成调解室。",
]


@pytest.mark.parametrize("text", SCOPE_RUN_ON_WRONG)
def test_part_after_a_run_on_scope_larger_than_its_set(text: str) -> None:
    assert _found(text, 2023, "N101"), text


@pytest.mark.parametrize("text", SCOPE_RUN_ON_RIGHT)
def test_part_after_a_run_on_scope_within_its_set(text: str) -> None:
    assert _found(text, 2023, "N101") == [], text


# --- 人均 over 人次: the visits bound the people, the average has a floor (N205) -------------

FLOOR_WRONG = [
    # 520万 / 1300人次 = 4000 > 400
    "全年开展法律援助1300人次，发放法律援助补贴520万元，人均援助补贴400元。",
    # 86.4万 / 960人次 = 900 > 90
    "全年实施医疗救助960人次，支出医疗救助资金86.4万元，人均救助金额90元。",
    # 1.2亿 / 3.6万人次 = 3333.33 > 333
    "全年开展职业技能培训3.6万人次，发放培训补贴1.2亿元，人均培训补贴333元。",
    # 45万 / 250人次 = 1800 > 1200
    "全年慰问困难职工250人次，发放慰问金45万元，人均慰问金1200元。",
    # 2400万 / 1.5万人次 = 1600 > 160
    "全年发放就业补贴1.5万人次，共计发放就业补贴资金2400万元，人均补贴160元。",
    # 78万 / 390人次 = 2000 > 20
    "全年开展司法救助390人次，发放司法救助金78万元，人均救助金20元。",
    # 630万 / 4200人次 = 1500 > 1000
    "全年资助困难学生4200人次，发放资助金630万元，人均资助1000元。",
    # 9.6万 / 48人次 = 2000 > 200
    "全年奖励举报人48人次，兑现举报奖励9.6万元，人均奖励200元。",
]

FLOOR_RIGHT = [
    # 520万 / 1300人次 = 4000: exactly the floor
    "全年开展法律援助1300人次，发放法律援助补贴520万元，人均援助补贴4000元。",
    # above the floor (people fewer than visits): 86.4万 / 960 = 900 < 1200
    "全年实施医疗救助960人次，支出医疗救助资金86.4万元，人均救助金额1200元。",
    # a count of people is given: the average is judged against it, not the visits
    "全年开展职业技能培训3.6万人次，培训1.2万人，发放培训补贴1.2亿元，人均培训补贴1万元。",
    # no word shared: 人均 may be of the residents, not of those visited
    "全年接待来访群众250人次，全市投入经费45万元，人均公共服务经费1元。",
    # a population in the paragraph: 人均 may be per resident
    "全县常住人口30万人，全年开展普法宣传1.5万人次，投入普法经费60万元，人均普法经费2元。",
    # the visits in another sentence
    "全年开展司法救助390人次。另安排司法救助专项资金78万元，人均救助金20元。",
    # an approximate count of visits (余): no floor is sure
    "全年资助困难学生4200余人次，发放资助金630万元，人均资助1000元。",
    # 人均 of a count, not of money
    "全年奖励举报人48人次，兑现举报奖励9.6万元，人均举报2次。",
]


@pytest.mark.parametrize("text", FLOOR_WRONG)
def test_per_head_average_below_its_visits_floor(text: str) -> None:
    assert _found(text, 2023, "N205"), text


@pytest.mark.parametrize("text", FLOOR_RIGHT)
def test_per_head_average_at_or_above_its_visits_floor(text: str) -> None:
    assert _found(text, 2023, "N205") == [], text
