"""Session 17 (s17-left38): seven families of set 38's failures, each read generally.

* a figure told after a sibling in the flat list a scope opens (「办结的申请中，予以公开…，
  …无法提供61件，不予处理9件，其他处理12件」) is one more member of that list, never the whole
  of the members after it (a false N102 before);
* a remainder or state of the very flow stage a list is in (「撤诉及其他方式结案」 after
  调解结案/裁决结案) names one more category of it: the list goes on, closed by the rest;
* a share of a total named by an action (「占清理总数的」) is over the figure that action is
  done to in its own clause (「对现行有效的312件…进行了全面清理」), whatever its qualifiers;
* a due/done rate (结案率) reads the due and done figures by any verb of its flow stage that
  shares a character with its name (应审结…，实际审结…);
* a list led by 分别为 after a count names each counted item: names before the count (县、乡、村
  三级) fitting it do not make up for items the list leaves out;
* 「全部由A和B两级办理」 says the two named doers did all of it: their shares must make 100%;
* a plan heading dated with the report year (「二、2024年工作计划」 in a report on 2024), a plan
  clause whose deadline is the report year (「下一步…，于2023年内实现…」 in a report on 2023), and a
  paragraph opening with a title sentence of the plan (「2025年工作打算。一是力争到2024年底…」).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions

SCOPE_LIST_TRAPS = [
    # 88+21+9+14+5+3 = 140: a flat list after 办结的申请中 that adds up
    "全年办结政府信息公开申请140件。办结的申请中，予以公开88件，部分公开21件，不予公开9件，"
    "因信息不存在等原因无法提供14件，不予处理5件，其他处理3件。",
    # 118+37+12+61+9+12 = 249
    "全年办结政府信息公开申请249件。办结的申请中，予以公开118件，部分公开37件，不予公开12件，"
    "因本机关不掌握等原因无法提供61件，不予处理9件，其他处理12件。",
    # 52+17+6+30+4+11 = 120
    "本年度办结依申请公开事项120件，办结的申请中，予以公开52件，部分公开17件，不予公开6件，"
    "因信息不存在无法提供30件，不予处理4件，其他处理11件。",
    # 40+8+3+12+2+5 = 70
    "共办结政府信息公开申请70件。在办结的申请中，予以公开40件，部分公开8件，不予公开3件，"
    "无法提供12件，不予处理2件，其他处理5件。",
]

SCOPE_LIST_MISSES = [
    # 95+30+11+40+6+10 = 192 ≠ 203
    "本年度共办结政府信息公开申请203件，办结的申请中，予以公开95件，部分公开30件，不予公开11件，"
    "因本机关不掌握相关信息等原因无法提供40件，不予处理6件，其他处理10件。",
    # 88+21+9+14+5+3 = 140 ≠ 146
    "全年办结政府信息公开申请146件。办结的申请中，予以公开88件，部分公开21件，不予公开9件，"
    "因信息不存在等原因无法提供14件，不予处理5件，其他处理3件。",
    # 52+17+6+30+4+11 = 120 ≠ 112
    "本年度办结依申请公开事项112件，办结的申请中，予以公开52件，部分公开17件，不予公开6件，"
    "因信息不存在无法提供30件，不予处理4件，其他处理11件。",
    # 40+8+3+12+2+5 = 70 ≠ 75
    "共办结政府信息公开申请75件。在办结的申请中，予以公开40件，部分公开8件，不予公开3件，"
    "无法提供12件，不予处理2件，其他处理5件。",
]


@pytest.mark.parametrize("text", SCOPE_LIST_TRAPS)
def test_member_of_a_scope_list_is_no_whole(text: str) -> None:
    assert findings(text, codes=("N101", "N102")) == []


@pytest.mark.parametrize("text", SCOPE_LIST_MISSES)
def test_scope_list_short_of_its_whole_is_found(text: str) -> None:
    got = findings(text, codes=("N101", "N102"))
    assert len(got) == 1 and "分项合计" in got[0][1] and "其他处理" not in got[0][1], got


REST_OF_STAGE_MISSES = [
    # 612+428+143 = 1183 ≠ 1174
    "全年审结劳动人事争议仲裁案件1174件，其中调解结案612件、裁决结案428件、撤诉及其他方式结案143件。",
    # 402+263+97 = 762 ≠ 751
    "全年共审结劳动人事争议仲裁案件751件，其中调解结案402件、裁决结案263件、撤回申请及以其他方式结案97件，"
    "调解成功率保持在五成以上。",
    # 210+96+31 = 337 ≠ 345
    "全年办结行政复议案件345件，其中决定维持后办结210件、调解和解办结96件、以其他方式办结31件。",
    # 58+41+12 = 111 ≠ 104
    "年内执结案件104件，其中全部履行执结58件、和解执结41件、以其他方式执结12件。",
]

REST_OF_STAGE_TRAPS = [
    # 612+428+134 = 1174
    "全年审结劳动人事争议仲裁案件1174件，其中调解结案612件、裁决结案428件、撤诉及其他方式结案134件。",
    # 402+263+86 = 751
    "全年共审结劳动人事争议仲裁案件751件，其中调解结案402件、裁决结案263件、撤回申请及以其他方式结案86件，"
    "调解成功率保持在五成以上。",
    # a partial 其中 list, no rest: 402+263 = 665 ≤ 751
    "全年共审结劳动人事争议仲裁案件751件，其中调解结案402件、裁决结案263件，案件平均审理周期缩短至32天。",
    # 58+41+5 = 104
    "年内执结案件104件，其中全部履行执结58件、和解执结41件、以其他方式执结5件。",
]


@pytest.mark.parametrize("text", REST_OF_STAGE_MISSES)
def test_rest_of_the_stage_closes_the_list(text: str) -> None:
    assert [c for c, _ in findings(text, codes=("N101", "N102"))] in (["N101"], ["N102"])


@pytest.mark.parametrize("text", REST_OF_STAGE_TRAPS)
def test_rest_of_the_stage_that_fits_is_silent(text: str) -> None:
    assert findings(text, codes=("N101", "N102")) == []


NAMED_ACTION_MISSES = [
    # 49/312 = 15.7%, not 13.1
    "对现行有效的312件行政规范性文件进行了全面清理，宣布废止49件，占清理总数的13.1%。",
    # 36/275 = 13.1%, not 11.6
    "组织对本部门制定的275件规章和规范性文件开展专项清理，决定废止36件，占清理总数的11.6%，修改17件。",
    # 27/180 = 15.0%, not 17.5
    "对现行有效的180件政府规章进行全面清理，决定修改27件，占清理总数的17.5%。",
    # 64/410 = 15.6%, not 12.4
    "对现行有效的410件行政规范性文件进行了集中清理，宣布失效64件，占清理总数的12.4%。",
]

NAMED_ACTION_TRAPS = [
    # 49/312 = 15.71 → 15.7
    "对现行有效的312件行政规范性文件进行了全面清理，宣布废止49件，占清理总数的15.7%。",
    # 36/275 = 13.09 → 13.1
    "组织对本部门制定的275件规章和规范性文件开展专项清理，决定废止36件，占清理总数的13.1%，修改17件。",
    # 27/180 = 15.0
    "对现行有效的180件政府规章进行全面清理，决定修改27件，占清理总数的15%。",
    # 64/410 = 15.61 → 15.6
    "对现行有效的410件行政规范性文件进行了集中清理，宣布失效64件，占清理总数的15.6%。",
]


@pytest.mark.parametrize("text", NAMED_ACTION_MISSES)
def test_share_of_the_total_an_action_names(text: str) -> None:
    assert [c for c, _ in findings(text, codes=("N104",))] == ["N104"]


@pytest.mark.parametrize("text", NAMED_ACTION_TRAPS)
def test_share_of_the_total_an_action_names_fits(text: str) -> None:
    assert findings(text, codes=("N104",)) == []


DUE_STAGE_MISSES = [
    # 1156/1211 = 95.5%, not 96.8
    "仲裁结案率为96.8%（当年应审结案件1211件，实际审结1156件）。",
    # 884/932 = 94.8%, not 97.3
    "行政复议案件结案率为97.3%（全年应审结案件932件，实际审结884件）。",
    # 301/318 = 94.7%, not 98.1
    "信访事项办结率达98.1%（应办结信访事项318件，实际结案301件）。",
    # 455/470 = 96.8%, not 92.2
    "执行案件结案率为92.2%（应执结案件470件，实际执结455件）。",
]

DUE_STAGE_TRAPS = [
    # 1156/1211 = 95.46 → 95.5
    "仲裁结案率为95.5%（当年应审结案件1211件，实际审结1156件）。",
    # 884/932 = 94.85 → 94.8 (truncated) or 94.9
    "行政复议案件结案率为94.8%（全年应审结案件932件，实际审结884件）。",
    # 301/318 = 94.65 → 94.7 (94.6 truncated)
    "信访事项办结率达94.7%（应办结信访事项318件，实际结案301件）。",
    # 455/470 = 96.81 → 96.8
    "执行案件结案率为96.8%（应执结案件470件，实际执结455件）。",
]


@pytest.mark.parametrize("text", DUE_STAGE_MISSES)
def test_due_and_done_by_a_verb_of_the_stage(text: str) -> None:
    assert [c for c, _ in findings(text, codes=("N104",))] == ["N104"]


@pytest.mark.parametrize("text", DUE_STAGE_TRAPS)
def test_due_and_done_by_a_verb_of_the_stage_fits(text: str) -> None:
    assert findings(text, codes=("N104",)) == []


EACH_NAMED_MISSES = [
    # 三级; 分别为 names 2
    "建成县、乡、村三级公共法律服务实体平台，分别为县公共法律服务中心、15个乡镇公共法律服务工作站。",
    # 三级; 分别为 names 2
    "构建市、区、街道三级矛盾纠纷调处化解中心，分别为市矛盾纠纷调处化解中心、12个区级调处化解中心，"
    "实现纠纷“一站式”受理。",
    # 四级; 分别为 names 3
    "健全市、县、乡、村四级网格化服务管理体系，分别为市级指挥中心、9个县级分中心和126个乡镇工作站。",
    # 两级; 分别是 names 1... 3: 2 ≠ 3
    "完善市、区两级行政复议机构，分别是市行政复议局、区行政复议局和开发区行政复议办公室。",
]

EACH_NAMED_TRAPS = [
    # 三级 = 3 named
    "建成县、乡、村三级公共法律服务实体平台，分别为县公共法律服务中心、15个乡镇公共法律服务工作站、"
    "187个村公共法律服务室。",
    # 三级 = 3 (A、B和C)
    "构建市、区、街道三级矛盾纠纷调处化解中心，分别为市矛盾纠纷调处化解中心、12个区级调处化解中心和"
    "146个街道调处化解站，实现纠纷“一站式”受理。",
    # 四级 = 4
    "健全市、县、乡、村四级网格化服务管理体系，分别为市级指挥中心、9个县级分中心、126个乡镇工作站和"
    "1,480个村级网格站。",
    # no 分别为: the levels before the count name all of it
    "建成县、乡、村三级公共法律服务实体平台，实现公共法律服务全覆盖。",
]


@pytest.mark.parametrize("text", EACH_NAMED_MISSES)
def test_each_named_list_short_of_the_count(text: str) -> None:
    assert [c for c, _ in findings(text, codes=("N203",))] == ["N203"]


@pytest.mark.parametrize("text", EACH_NAMED_TRAPS)
def test_each_named_list_that_fits_is_silent(text: str) -> None:
    assert findings(text, codes=("N203",)) == []


ALL_BY_MISSES = [
    # 58.4+34.6 = 93.0 ≠ 100
    "全年行政执法案件全部由县直部门和乡镇综合行政执法队两级办理，其中县直部门办理的占58.4%，"
    "乡镇综合行政执法队办理的占34.6%。",
    # 61.2+31.5 = 92.7
    "全年受理的行政处罚案件全部由市级执法支队和区级执法大队两级查办，其中市级执法支队查办的占61.2%，"
    "区级执法大队查办的占31.5%。",
    # 47.0+46.1 = 93.1
    "本年度行政复议案件均由市、县两级复议机关审理，其中市级审理的占47.0%，县级审理的占46.1%。",
    # 70.4+35.2 = 105.6
    "全年法律援助案件全部由法律援助中心和基层法律服务所两类机构承办，其中法律援助中心承办的占70.4%，"
    "基层法律服务所承办的占35.2%。",
]

ALL_BY_TRAPS = [
    # 58.4+41.6 = 100
    "全年行政执法案件全部由县直部门和乡镇综合行政执法队两级办理，其中县直部门办理的占58.4%，"
    "乡镇综合行政执法队办理的占41.6%。",
    # 主要由, and the rest named: no complete split
    "全年受理的行政处罚案件主要由市级执法支队和区级执法大队查办，其中市级执法支队查办的占61.2%，"
    "区级执法大队查办的占31.5%，其余由乡镇办理。",
    # 由 without 全部/均: not said to be all
    "全年行政执法案件由县直部门和乡镇综合行政执法队办理，其中县直部门办理的占58.4%，"
    "乡镇综合行政执法队办理的占34.6%。",
    # 53.9+46.1 = 100
    "本年度行政复议案件均由市、县两级复议机关审理，其中市级审理的占53.9%，县级审理的占46.1%。",
]


@pytest.mark.parametrize("text", ALL_BY_MISSES)
def test_shares_of_all_done_by_the_named_doers(text: str) -> None:
    assert [c for c, _ in findings(text, codes=("N101", "N102"))] == ["N102"]


@pytest.mark.parametrize("text", ALL_BY_TRAPS)
def test_shares_of_all_done_by_the_named_doers_fit(text: str) -> None:
    assert findings(text, codes=("N101", "N102")) == []


def _years(text: str, year: int) -> list[str]:
    return [r.code for r in contradictions(analyze_text(text, year)) if r.code == "N301"]


PLAN_TITLE_MISSES = [
    # a plan heading dated 2024 in a report on 2024
    "一、2024年工作开展情况\n全年共开展安全生产执法检查412次。\n二、2024年工作计划\n"
    "下一步，我局将持续深化安全生产治本攻坚行动。",
    "三、2023年度工作打算\n继续推进行政执法三项制度落实。",
    # a title sentence opens the plan; its deadline the end of the report year
    "2025年工作打算。一是力争到2024年底实现医疗机构依法执业自查全覆盖；二是完善执法全过程记录制度。",
    "下一步工作计划：一是力争到2024年底完成全部乡镇合法性审查中心建设；二是加强执法人员培训。",
]
PLAN_TITLE_YEARS = [2024, 2023, 2024, 2024]

PLAN_TITLE_TRAPS = [
    # the heading names the next year
    "一、2024年工作开展情况\n全年共开展安全生产执法检查412次。\n二、2025年工作计划\n"
    "下一步，我局将持续深化安全生产治本攻坚行动。",
    # a report on the plan's execution, not a plan
    "一、2024年工作计划完成情况\n全年共开展安全生产执法检查412次。",
    # the deadline is the next year
    "2025年工作打算。一是力争到2025年底实现医疗机构依法执业自查全覆盖；二是巩固2024年建成的记录制度。",
    # a title sentence of the year's plan execution: no plan part opens
    "下一步工作计划：一是力争到2025年底完成全部乡镇合法性审查中心建设；二是加强执法人员培训。",
]


@pytest.mark.parametrize(
    ("text", "year"), list(zip(PLAN_TITLE_MISSES, PLAN_TITLE_YEARS, strict=True))
)
def test_plan_title_dated_with_the_report_year(text: str, year: int) -> None:
    assert _years(text, year), contradictions(analyze_text(text, year))


@pytest.mark.parametrize("text", PLAN_TITLE_TRAPS)
def test_plan_title_of_the_next_year_is_silent(text: str) -> None:
    assert _years(text, 2024) == []


DEADLINE_MISSES = [
    # report on 2023; the plan's clause dates its task 于2023年内
    "下一步，我县将加快推进乡镇合法性审查中心建设，于2023年内实现全覆盖。",
    "下一步，我县将继续加强基层合法性审查能力建设，确保于2023年内完成全部乡镇合法性审查中心建设。",
    "下一步，我局将深入推进行政执法规范化建设，于2023年底前完成全部执法人员轮训。",
    "下一步，区司法局将着力补齐短板。一是于2023年内实现村（社区）法律顾问全覆盖；二是加强执法监督。",
]

DEADLINE_TRAPS = [
    # the deadline is the next year
    "下一步，我县将加快推进乡镇合法性审查中心建设，于2024年内实现全覆盖。",
    # what was built in 2023, the object of the plan's verb: no deadline
    "下一步，我们将巩固于2023年内建成的乡镇合法性审查中心，持续发挥作用。",
    # a fact of the year, the plan only in a later clause
    "2023年，我县于2023年内完成全部乡镇合法性审查中心建设，下一步将持续巩固。",
    # the year as the base the plan builds on, the deadline the next year
    "下一步，我县将在2023年试点基础上，于2024年底前实现全覆盖。",
]


@pytest.mark.parametrize("text", DEADLINE_MISSES)
def test_plan_deadline_within_the_report_year(text: str) -> None:
    assert _years(text, 2023), contradictions(analyze_text(text, 2023))


@pytest.mark.parametrize("text", DEADLINE_TRAPS)
def test_plan_deadline_of_the_next_year_is_silent(text: str) -> None:
    assert _years(text, 2023) == []
