"""Session 15 (s15-announce3, issue 9): three readings.

* A count after its noun and a run of 《》 titles (「配套文件5件，分别为《A》《B》…」) is judged
  also when a quoted name with a numeral (“三项制度”) stands before it in the sentence: a
  numeral inside a name or title is no other count the list may be of
  (relations/announced.py, ``trailing``).
* A count of kinds (numbers.toml ``announced.kind-measures``: 分两类, 三种情形) and a colon,
  then 分号 pieces that each open with a condition ending in 的 (「对…的，…；对…的，…」): each
  piece is one kind, not the 顿号 list inside the first condition nor its commas
  (announced.py ``_list_readings``).
* A sentence opened by the year after the report year and its subject's plan verb
  (「2024年，我们将…」) is a plan as 下一步 makes one: a deadline in it at the report year or
  earlier (「力争在2023年底前」 in a report on 2023) is already past (relations/years.py
  ``_next_year_opens``).

Every sentence is written for these tests; the arithmetic or the years in the comment above."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _n203(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=("N203",))


TITLES_WRONG = [
    # 6 announced, 5 titles, “两个清单” before the count
    "对照“两个清单”要求，制定配套制度6件，分别为《轻微违法行为首违不罚办法》《行政执法音像记录管理办法》"
    "《执法文书送达规程》《罚没物品处置办法》《执法车辆管理规定》，已全部印发。",
    # 4 announced, 3 titles, “两个中心” before it
    "围绕“两个中心”建设印发工作规范4项，包括《政务服务事项受理规范》《帮办代办服务规范》《好差评处理规范》。",
    # 5 announced, 4 titles, “三个一批” before it
    "按照“三个一批”清理要求，废止规范性文件5件，即《区农贸市场管理办法》《区临时占道经营管理办法》"
    "《区户外广告管理办法》《区渣土运输管理办法》。",
    # 3 announced, 4 titles (more listed than announced), “四项机制” before it
    "践行“四项机制”要求，出台便民规定3件，分别为《A街道便民服务办法》《B街道便民服务办法》"
    "《C街道便民服务办法》《D街道便民服务办法》。",
    # 2 announced, 3 titles, a title with a year and “五个一批” before it
    "依据《2024年立法工作计划》和“五个一批”要求，审议通过规章2件，分别为《市停车场管理办法》《市供热管理办法》《市节水管理办法》。",
    # 7 announced, 6 titles, “六个一” before it
    "落实“六个一”要求，修订内部制度7项，分别为《会议制度》《公文处理制度》《财务制度》《考勤制度》"
    "《保密制度》《车辆管理制度》。",
]

TITLES_RIGHT = [
    # 5 announced, 5 titles (“三项制度” before it)
    "印发“三项制度”配套文件5件，分别为《公示办法》《记录办法》《审核办法》《评查办法》《考核办法》。",
    # 等 closes a partial list: 2 titles named of 6
    "对照“两个清单”清理文件6件，包括《招商引资奖励办法》《企业扶持资金管理办法》等，均已按程序处理。",
    # titles without a count of titles: 3 laws studied, 9 lectures
    "围绕“八五”普法规划，组织学习《中华人民共和国宪法》《中华人民共和国民法典》《中华人民共和国行政复议法》，举办讲座9场。",
    # 2 items, each naming titles inside it (3 titles)
    "修订制度2项，分别为依据《行政复议法》《行政复议条例》修订的审理规则、依照《信访工作条例》制定的接访规程。",
    # 4 announced, 4 titles
    "推进“放管服”改革，出台配套文件4件，分别为《证明事项清单》《告知承诺办法》《容缺受理办法》《帮办代办办法》。",
    # the other count (3个部门) is a count of its own in the sentence: no reading
    "会同3个部门出台配套文件4件，分别为《公示办法》《记录办法》《审核办法》。",
]


@pytest.mark.parametrize("text", TITLES_WRONG)
def test_titles_after_a_count_past_a_quoted_numeral(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", TITLES_RIGHT)
def test_titles_traps(text: str) -> None:
    assert not _n203(text), _n203(text)


KINDS_WRONG = [
    # 分两类, 3 conditions
    "对排查出的问题，分两类进行处理：对涉及违规收费的，责令退还；对涉及服务不规范的，限期整改；对涉及资质缺失的，依法查处。",
    # 分三类, 4 conditions (the first holds a 顿号 list)
    "对投诉举报，分三类办理：对涉及食品、药品安全的，当日核查；对涉及价格的，3日内核查；对涉及广告的，7日内核查；对其他事项的，转办。",
    # 分两种情形, 3 conditions
    "对申请材料，分两种情形处理：对材料齐全的，当场受理；对材料不全的，一次性告知；对不属于受理范围的，告知去向。",
    # 分为三类, 2 conditions
    "对审查的文件分为三类处置：对违反上位法的，提请撤销；对表述不规范的，督促修改。",
    # 分四类, 3 conditions, 属于…的 with no 对
    "对检查发现的隐患分四类处置：属于重大隐患的，挂牌督办；属于一般隐患的，限期整改；属于轻微隐患的，当场整改。",
    # 分两类, 3 conditions, the first open with 等 inside it
    "对清理出的文件分两类处理：对存在设定许可、收费等问题的，予以废止；对内容滞后的，予以修订；对文字错误的，予以更正。",
]

KINDS_RIGHT = [
    # 分三类, 3 conditions
    "对群众来信分三类办理：对属于本机关职责的，直接办理；对属于下级机关职责的，转交办理；对不属于行政机关职责的，告知途径。",
    # 分两类, 2 conditions; the third 对…的 after 。 is another sentence
    "对企业诉求分两类处理：对属于本部门职责的，当场答复；对不属于的，及时转交。对处理结果不满意的，可申请复查。",
    # no count of kinds: three conditions after 分类处置
    "对检查中发现的问题坚持分类处置：对逾期未整改的，约谈负责人；对拒不整改的，依法处罚；对整改到位的，予以销号。",
    # 分两类 and a 顿号 list of the 2 kinds, no conditions
    "全年审查文件分两类：规范性文件、合同。",
    # a count of instances, not kinds (3次): conditions are not its items
    "开展联合检查3次：对发现问题的，当场交办；对问题严重的，立案查处。",
    # 分两类, 2 conditions, each with commas of its own
    "对复议申请分两类处理：对符合条件的，依法受理，按期审结；对不符合条件的，不予受理，说明理由。",
]


@pytest.mark.parametrize("text", KINDS_WRONG)
def test_kinds_counted_by_their_conditions(text: str) -> None:
    assert _n203(text), text


@pytest.mark.parametrize("text", KINDS_RIGHT)
def test_kinds_traps(text: str) -> None:
    assert not _n203(text), _n203(text)


def _past_plan(text: str, year: int) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N301"
    ]


PLANS_WRONG = [
    # report on 2023, 2024 plan, deadline 2023年底 (past)
    ("2024年，我们将持续推进执法规范化，力争在2023年底前实现执法证件电子化全覆盖。", 2023),
    # report on 2024, 2025 plan, deadline 2024年6月 (past)
    ("2025年，我局将深化审批改革，计划在2024年6月底前实现全流程网办。", 2024),
    # report on 2022, 2023 plan, deadline 2022年 (past)
    ("2023年，区政府将继续推进依法行政，力争于2022年底前完成行政执法主体清理。", 2022),
    # report on 2023, 2024 plan, deadline 2023年9月 (past)
    ("2024年，全县要进一步规范执法，计划于2023年9月底前完成执法车辆标识统一。", 2023),
    # report on 2021, 2022 plan, deadline 2020年 (before the report year)
    ("2022年，我们将继续深化改革，力争在2020年底前建成智慧执法平台。", 2021),
    # report on 2024, 2025 plan, 拟 and 于, deadline 2024年10月
    ("2025年，我委拟进一步规范决策程序，拟于2024年10月底前出台重大决策目录。", 2024),
]

PLANS_RIGHT = [
    # report on 2024, deadline 2025年底 (future)
    ("2025年，我们将继续深化改革，力争在2025年底前实现政务服务事项全覆盖。", 2024),
    # a past deadline told as done (已于), the plan's own deadline future (2025 > 2024)
    (
        "执法案卷电子化归档已于2023年底前全部完成；2025年，将力争在2025年6月底前实现乡镇全覆盖。",
        2024,
    ),
    # the report year's target told as done
    ("按照在2023年底前完成法律顾问全覆盖的目标，全区186个村已全部配备法律顾问。", 2023),
    # the sentence opens with the report year itself (what was done), not the next
    ("2023年，我局将执法案卷评查结果纳入考核，于2023年底前完成全部评查。", 2023),
    # the next year's plan builds on the report year's work
    ("2024年，我们将在2023年工作的基础上，持续深化法治政府建设。", 2023),
    # 2024 plan, deadline 2024年6月 (future for a report on 2023)
    ("2024年，我们将力争在2024年6月底前完成执法证件换发。", 2023),
]


@pytest.mark.parametrize(("text", "year"), PLANS_WRONG)
def test_plan_of_next_year_with_a_past_deadline(text: str, year: int) -> None:
    assert _past_plan(text, year), text


@pytest.mark.parametrize(("text", "year"), PLANS_RIGHT)
def test_plan_deadline_traps(text: str, year: int) -> None:
    assert not _past_plan(text, year), _past_plan(text, year)
