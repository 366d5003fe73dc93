"""Flow and time shapes nobody had written (session 11 round 2, s11-rft).

1. A quarter or a half of the year glossed in brackets with months that are not its own
   (「第三季度（4月至6月）」: the third quarter is July to September) — N304, an error
   (relations/dates.py ``_glossed_parts``).
2. An outcome clause opened by the body that brought it about (「经人民调解委员会调解成功
   1,302起」): the agent names who acted, the outcome's noun is still the intake's, so it
   cannot be more than the intake (relations/flow.py ``_without_agent``, numbers.toml
   ``clauses.outcome-agents``).
3. The stock of a case flow opened by the cases in hand at the start of the year (「年初在办
   …」「期初未结…」): carried in, not open at the end (numbers.toml ``clauses.carry-in``).
4. 「今年」 names the whole report year (numbers.toml ``periods.whole``): a part of the year
   (上半年, 前三季度) or a cumulative count since an earlier year measured against it.
5. A rate after a 其中 list of several parts, whose name shares at most one character with
   what sets the last part apart (「其中派遣处置6,214件、现场处置3,642件，结案率98.7%」), is a
   rate of the whole, not of the last part (relations/rates.py); a rate naming the part
   (「提出修改意见的19件，修改意见提出率…」) is still checked.

Every sentence is written for these tests (none from a blind set); each verdict was derived
by hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import judged

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _found(text: str, year: int = 2024, codes: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [
        (r.code, r.message)
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and (not codes or r.code in codes)
    ]


# --- 1. a part of the year glossed with other months -----------------------------------------

GLOSS_WRONG = [
    # Q1 is months 1-3, not 2-4
    "第一季度（2月至4月），区司法局组织开展行政执法案卷评查，共评查案卷86卷。",
    # Q2 is 4-6, not 7-9
    "第二季度（7—9月），街道办事处开展消防安全专项检查，检查沿街商铺214家。",
    # Q4 is 10-12, not 9-12
    "第四季度（9月至12月），区城市管理局集中整治占道经营行为，劝导商户312户次。",
    # the first half is 1-6, not 1-5
    "上半年（1—5月），区税务局共受理纳税人涉税诉求1,046件。",
    # the second half is 7-12, not 6-12
    "下半年（6月至12月），区教育局组织开展校园安全隐患排查，排查隐患58处。",
    # Q3 is 7-9, not 4-6
    "三季度（4至6月），区应急管理局组织执法检查企业173家次。",
    # Q1 is 1-3, not 4-6 (months in Chinese numerals)
    "第一季度（四至六月），区人力资源和社会保障局开展根治欠薪专项行动，追回工资款214万元。",
    # Q3 is 7-9, not 10-12
    "2024年第三季度（10月—12月），区卫生健康委开展医疗机构依法执业检查，检查机构96家。",
]

GLOSS_RIGHT = [
    "第一季度（1月至3月），区司法局组织开展行政执法案卷评查，共评查案卷86卷。",
    "第二季度（4—6月），街道办事处开展消防安全专项检查，检查沿街商铺214家。",
    "第四季度（10月至12月），区城市管理局集中整治占道经营行为，劝导商户312户次。",
    "上半年（1—6月），区税务局共受理纳税人涉税诉求1,046件。",
    "下半年（7月至12月），区教育局组织开展校园安全隐患排查，排查隐患58处。",
    "第三季度（七月至九月），区应急管理局组织执法检查企业173家次。",
    # a bracket that glosses no months
    "第三季度（含国庆假期），区市场监督管理局开展节日市场检查，检查经营户426户。",
    # a run of two quarters: 4-9 is theirs together
    "第二季度至第三季度（4月至9月），区住房和城乡建设局开展扬尘治理专项检查，检查工地88个。",
]


@pytest.mark.parametrize("text", GLOSS_WRONG)
def test_part_glossed_with_other_months_is_an_error(text: str) -> None:
    assert any(code == "N304" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", GLOSS_RIGHT)
def test_part_glossed_with_its_months_is_silent(text: str) -> None:
    assert not _found(text, codes=("N303", "N304")), text


# --- 2. an outcome told after its agent -------------------------------------------------------

AGENT_WRONG = [
    # 655 > 642
    "全年共排查出邻里纠纷642起，经村调解委员会调解成功655起。",
    # 327 > 318
    "全年接待来访群众反映的劳资纠纷318件，经劳动争议调解中心调处化解327件。",
    # 1,071 > 1,054
    "全年共排查各类矛盾纠纷1,054件，由街道人民调解委员会化解1,071件。",
    # 103 > 96
    "年内摸排婚姻家庭纠纷96起，经妇联调解组织调解成功103起。",
    # 231 > 226
    "全年排查物业纠纷226件，经社区调解室调解成功231件。",
    # 2,437 > 2,415
    "全年共受理消费纠纷2,415件，经消费者权益保护委员会调解成功2,437件。",
    # 51 > 47
    "排查出涉校矛盾纠纷47件，由区教育纠纷调处中心化解51件。",
    # 138 > 134
    "全年接到医患纠纷投诉134件，经医疗纠纷人民调解委员会调解成功138件。",
]

AGENT_RIGHT = [
    # 642 < 655
    "全年共排查出邻里纠纷655起，经村调解委员会调解成功642起。",
    # 1,054 + 31 carried in = 1,085 >= 1,071
    "全年共排查矛盾纠纷1,054件，加上上年结转的31件，经街道人民调解委员会化解1,071件。",
    # 218 / 226 = 96.46 -> 96.5%
    "全年排查物业纠纷226件，经社区调解室调解成功218件，调解成功率96.5%。",
    # 2,137 < 2,415
    "全年共受理消费纠纷2,415件，经消费者权益保护委员会调解成功2,137件，为消费者挽回损失318万元。",
    # 89 + 7 = 96
    "年内摸排婚姻家庭纠纷96起，经妇联调解组织调解成功89起，其余7起引导当事人通过诉讼解决。",
    # 人次 of training, not disputes
    "全年排查劳资纠纷318件；经劳动争议调解中心培训调解员335人次。",
    # 198 < 212
    "全镇排查矛盾纠纷212件，经镇司法所和村调解委员会共同调解成功198件。",
    # 571 / 580 = 98.45 -> 98.4% (truncated) or 98.4 rounded from 98.448
    "全年排查矛盾纠纷580件，经各级调解组织调解成功571件，调解成功率98.4%。",
]


@pytest.mark.parametrize("text", AGENT_WRONG)
def test_outcome_after_its_agent_above_the_intake_is_found(text: str) -> None:
    assert _found(text, codes=("N101", "N107")), text


@pytest.mark.parametrize("text", AGENT_RIGHT)
def test_outcome_after_its_agent_within_the_intake_is_silent(text: str) -> None:
    assert not _found(text, codes=("N101", "N102", "N107")), text


# --- 3. the cases in hand at the start of the year are carried in ---------------------------

OPENING_WRONG = [
    # 4 + 37 = 41 vs 36 + 6 = 42
    "年初在办复议案件4件，全年新收37件，审结36件，年末未结6件。",
    # 12 + 305 = 317 vs 309 + 10 = 319
    "年初未结信访事项12件，本年新收305件，办结309件，年末未结10件。",
    # 21 + 418 = 439 vs 420 + 17 = 437
    "期初在办仲裁案件21件，本年新收418件，结案420件，期末未结案件17件。",
    # 9 + 64 = 73 vs 65 + 6 = 71
    "年初在审行政案件9件，年内新收64件，审结65件，尚未审结6件。",
    # 12 + 90 = 102 vs 95 + 8 = 103
    "年初在办案件十二件，新收九十件，办结九十五件，年末在办八件。",
    # 6 + 58 = 64 vs 57 + 8 = 65
    "年初未结劳动保障监察案件6件，新收投诉案件58件，结案57件，年末未结8件。",
    # 30 + 212 = 242 vs 219 + 21 = 240
    "期初未结案件30件，本年受理212件，审结219件，未结21件。",
    # 3 + 22 = 25 vs 23 + 1 = 24
    "年初在办行政复议案件3件，本年新收22件，审结23件，年末在办1件。",
]

OPENING_RIGHT = [
    # 5 + 37 = 42 = 36 + 6
    "年初在办复议案件5件，全年新收37件，审结36件，年末未结6件。",
    # 12 + 305 = 317 = 307 + 10
    "年初未结信访事项12件，本年新收305件，办结307件，年末未结10件。",
    # 21 + 418 = 439 = 422 + 17
    "期初在办仲裁案件21件，本年新收418件，结案422件，期末未结案件17件。",
    # 9 + 64 = 73 = 67 + 6
    "年初在审行政案件9件，年内新收64件，审结67件，尚未审结6件。",
    # 12 + 90 = 102 = 94 + 8
    "年初在办案件十二件，新收九十件，办结九十四件，年末在办八件。",
    # 6 + 58 = 64 = 56 + 8
    "年初未结劳动保障监察案件6件，新收投诉案件58件，结案56件，年末未结8件。",
    # 30 + 212 = 242 = 221 + 21
    "期初未结案件30件，本年受理212件，审结221件，未结21件。",
    # 15 + 83 = 98 = 91 + 7
    "年初在办行政案件十五件，年内新收八十三件，办结九十一件，年末在办七件。",
]


@pytest.mark.parametrize("text", OPENING_WRONG)
def test_unbalanced_stock_opened_at_the_start_of_the_year_is_an_error(text: str) -> None:
    assert any(code == "N102" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", OPENING_RIGHT)
def test_balanced_stock_opened_at_the_start_of_the_year_is_silent(text: str) -> None:
    assert not _found(text, codes=("N101", "N102", "N107")), text


# --- 4. 今年 is the whole report year ----------------------------------------------------------

THIS_YEAR_WRONG = [
    # whole year 296 < first half 318
    "上半年共办理法律援助案件318件；今年共办理法律援助案件296件，受援群众满意率98%。",
    # 58 < 64 in the first three quarters
    "前三季度受理行政复议申请64件，今年受理行政复议申请58件，纠错率12%。",
    # since 2020 (holds this year) 210 < this year's 236
    "2020年以来累计审查规范性文件210件，今年审查规范性文件236件。",
    # 1,156 < 1,204 in months 1-9
    "1—9月开展执法检查1,204次，今年开展执法检查1,156次，发现问题隐患312处。",
    # 395 < 420 in the first half
    "上半年新增法律明白人420名，今年新增法律明白人395名。",
    # 842 < 871 in the first half
    "今年共调处矛盾纠纷842件。上半年共调处矛盾纠纷871件，调处成功率97%。",
    # since 2021 1,350 < this year's 1,420
    "2021年以来累计培训网格员1,350人次，今年培训网格员1,420人次。",
    # 598 < 612 in the first quarter
    "第一季度受理消费投诉612件，今年受理消费投诉598件。",
]

THIS_YEAR_RIGHT = [
    # 618 >= 296
    "上半年共办理法律援助案件296件；今年共办理法律援助案件618件，受援群众满意率98%。",
    # different stages: accepted in the first half, concluded in the year
    "上半年受理行政复议申请58件，今年审结行政复议案件52件。",
    # 410 >= 36
    "2020年以来累计审查规范性文件410件，今年审查规范性文件36件。",
    # last year's first half is no part of this year
    "去年上半年开展执法检查1,204次，今年开展执法检查1,156次。",
    # different measures (法律明白人 / 人民调解员)
    "上半年新增法律明白人420名，今年新增人民调解员395名。",
    # 1,642 >= 871
    "今年上半年共调处矛盾纠纷871件，全年共调处矛盾纠纷1,642件。",
    # no part of the year
    "今年培训网格员1,420人次，较去年的1,350人次有所增加。",
    # 2,498 >= 612
    "第一季度受理消费投诉612件，今年受理消费投诉2,498件。",
]


@pytest.mark.parametrize("text", THIS_YEAR_WRONG)
def test_this_year_below_a_part_of_it_is_found(text: str) -> None:
    assert any(code == "N302" for code, _ in _found(text)), text


@pytest.mark.parametrize("text", THIS_YEAR_RIGHT)
def test_this_year_at_or_above_its_parts_is_silent(text: str) -> None:
    assert not _found(text, codes=("N302",)), text


# --- 5. a rate after several parts is of the whole unless it names the last one ---------------

LIST_RATE_WRONG = [
    # 124 / 1,230 = 10.1%, not 11.2
    "开展执法检查1,230次，其中联合检查406次、发现问题的检查124次，问题发现率11.2%。",
    # 15 / 420 = 3.6%, not 4.6
    "抽检食品样品420批次，其中风险监测样品86批次、检出不合格的15批次，不合格检出率4.6%。",
    # 97 / 312 = 31.1%, not 34.8
    "审查合同协议312份，其中采购合同148份、提出修改意见的97份，意见提出率34.8%。",
    # 241 / 265 = 90.9%, not 93.6
    "组织执法人员考试265人次，其中补考人员12人次、考试合格的241人次，考试合格率93.6%。",
    # 19 / 58 = 32.8%, not 35.1
    "审查规范性文件58件，其中区政府文件21件、提出修改意见的19件，修改意见提出率35.1%。",
    # 96 / 640 = 15.0%, not 16.5
    "培训网格员640人次，其中集中培训416人次、考核优秀的96人次，考核优秀率16.5%。",
    # 23 / 96 = 24.0%, not 25.8
    "受理复议申请96件，其中涉企申请41件、予以纠错的23件，纠错率25.8%。",
    # 148 / 530 = 27.9%, not 29.2
    "检查企业530家，其中规上企业206家、责令整改的148家，责令整改率29.2%。",
]

LIST_RATE_RIGHT = [
    # 3,106 + 2,314 = 5,420; the rate is of all work orders
    "受理群众诉求工单5,420件，其中转交属地街道3,106件、部门直接办理2,314件，按期办结率97.6%。",
    # 148 + 97 + 67 = 312
    "审查各类合同协议312份，其中采购合同148份、租赁合同97份、合作协议67份，审查通过率96.2%。",
    # 312 + 552 = 864
    "接收来信来访事项864件，其中来信312件、来访552件，及时受理率99.3%。",
    # 406 + 824 = 1,230
    "开展执法检查1,230次，其中联合检查406次、部门单独检查824次，问题整改率96.1%。",
    # 112 + 74 = 186
    "举办普法讲座186场，其中进社区112场、进企业74场，群众知晓率91.5%。",
    # 195 + 73 = 268
    "办理政府信息公开申请268件，其中网上申请195件、信函申请73件，按期答复率99.6%。",
    # 19 + 27 = 46; 45 / 46 = 97.8% of the whole
    "审核行政规范性文件46件，其中区政府文件19件、部门文件27件，报备及时率97.8%。",
    # 9,856 = 6,214 + 3,642; the rate is of all cases
    "全年接到数字城管平台案件9,856件，其中派遣至责任单位处置6,214件、直接由平台现场处置3,642件，结案率98.7%。",
]


@pytest.mark.parametrize("text", LIST_RATE_WRONG)
def test_rate_naming_the_last_part_is_still_checked(text: str) -> None:
    assert any(code == "N104" for code, _ in judged(text)), text


@pytest.mark.parametrize("text", LIST_RATE_RIGHT)
def test_rate_after_several_parts_is_of_the_whole(text: str) -> None:
    assert not _found(text, codes=("N104",)), text


# --- 6. an uncounted addition between what came in and the accepted figure --------------------

ADDITION_WRONG = [
    # 402 > 318, nothing added
    "通过网上平台收到企业开办申请318件，全年共受理企业开办申请402件。",
    # 231 > 215
    "接收群众来信215件，依法受理群众来信231件。",
    # 96 > 88
    "收到行政复议申请88件，受理96件，无上年结转。",
    # 151 > 142
    "收到政府信息公开申请142件，予以受理151件。",
    # 1,238 > 1,206
    "接到投诉举报1,206件，依法受理1,238件。",
    # 452 > 436
    "收到法律援助申请436件，受理法律援助申请452件。",
    # 2,176 > 2,104
    "收到行政许可申请2,104件；全年受理行政许可申请2,176件。",
    # 97 > 90
    "全年收到劳动人事争议仲裁申请90件，立案受理97件。",
]

ADDITION_RIGHT = [
    "通过网上平台收到企业开办申请318件；加上窗口现场提交的申请，全年共受理企业开办申请402件。",
    "通过信箱收到群众来信215件，连同来访登记的事项，依法受理信访事项231件。",
    "网上收到行政复议申请88件，再加上现场递交的申请，全年受理96件。",
    "邮寄收到政府信息公开申请142件，加上当面提交和网上提交的申请，予以受理151件。",
    "通过平台接到投诉举报1,206件，连同来电来访反映的事项，依法受理1,238件。",
    "通过网上平台收到法律援助申请436件，加上窗口和电话申请，受理法律援助申请452件。",
    # 2,076 + 28 = 2,104
    "收到行政许可申请2,104件，受理2,076件，不予受理28件。",
    "通过邮寄收到劳动人事争议仲裁申请90件，加上现场提交的申请，立案受理97件。",
]


@pytest.mark.parametrize("text", ADDITION_WRONG)
def test_accepted_above_received_with_nothing_added_is_found(text: str) -> None:
    assert any(code == "N103" for code, _ in _found(text)), text


@pytest.mark.parametrize("text", ADDITION_RIGHT)
def test_accepted_above_received_after_an_uncounted_addition_is_silent(text: str) -> None:
    assert not _found(text, codes=("N101", "N103", "N107")), text


# --- 7. a caseload of no stage verb with its carried-in part in its bracket -------------------

CASELOAD_WRONG = [
    # 57 vs 52 + 6 = 58
    "全年共办理行政复议案件57件（其中上年结转4件），审结52件，尚未审结6件。",
    # 43 vs 35 + 7 = 42
    "全年办理行政应诉案件43件（含上年结转5件），已审结35件，尚未审结7件。",
    # 318 vs 301 + 19 = 320
    "年内共处理劳动争议仲裁案件318件（其中上年结转21件），结案301件，未结案件19件。",
    # 226 vs 214 + 14 = 228
    "全年处理信访事项226件（含上年结转9件），办结214件，正在办理的14件。",
    # 164 vs 152 + 10 = 162
    "本年度办理政府信息公开申请164件（其中上年结转6件），答复152件，结转下年度继续办理10件。",
    # 60 vs 52 + 7 = 59
    "全年共处理行政执法投诉案件六十件（其中上年结转三件），办结五十二件，尚未办结七件。",
    # 512 vs 493 + 21 = 514
    "全年共办理法律援助案件512件（含上年结转17件），结案493件，未结案件21件。",
    # 29 vs 24 + 3 = 27
    "全年审理行政处罚听证案件29件（其中上年结转2件），审结24件，尚未审结3件。",
]

CASELOAD_RIGHT = [
    "全年共办理行政复议案件57件（其中上年结转4件），审结51件，尚未审结6件。",
    "全年办理行政应诉案件43件（含上年结转5件），已审结36件，尚未审结7件。",
    "年内共处理劳动争议仲裁案件318件（其中上年结转21件），结案299件，未结案件19件。",
    "全年处理信访事项226件（含上年结转9件），办结212件，正在办理的14件。",
    "本年度办理政府信息公开申请164件（其中上年结转6件），答复154件，结转下年度继续办理10件。",
    "全年共处理行政执法投诉案件六十件（其中上年结转三件），办结五十三件，尚未办结七件。",
    "全年共办理法律援助案件512件（含上年结转17件），结案491件，未结案件21件。",
    "全年审理行政处罚听证案件29件（其中上年结转2件），审结26件，尚未审结3件。",
]


@pytest.mark.parametrize("text", CASELOAD_WRONG)
def test_unbalanced_caseload_with_its_carry_in_a_bracket_is_a_warning(text: str) -> None:
    found = _found(text, codes=("N102",))
    assert found and not any(code == "N102" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", CASELOAD_RIGHT)
def test_balanced_caseload_with_its_carry_in_a_bracket_is_silent(text: str) -> None:
    assert not _found(text, codes=("N101", "N102", "N107")), text


# --- 8. parts of the year listed with their period alone -------------------------------------

QUARTERS_WRONG = [
    # 86 + 93 + 101 + 97 = 377, not 367
    "第一季度受理企业登记申请86件、第二季度93件、第三季度101件、第四季度97件，全年共受理企业登记申请367件。",
    # 112 + 126 + 131 + 118 = 487, not 497
    "第一季度办理法律援助案件112件、第二季度126件、第三季度131件、第四季度118件，全年共办理法律援助案件497件。",
    # 602 + 571 = 1,173, not 1,183
    "上半年调解矛盾纠纷602件、下半年571件，全年共调解矛盾纠纷1,183件。",
    # 214 + 236 + 251 + 228 = 929, not 919
    "一季度开展执法检查214次、二季度236次、三季度251次、四季度228次，全年共开展执法检查919次。",
    # 46 + 52 + 49 + 61 = 208, not 218
    "第一季度审查合同协议46份、第二季度52份、第三季度49份、第四季度61份，全年共审查合同协议218份。",
    # 3,215 + 3,006 = 6,221, not 6,211
    "上半年受理消费投诉3,215件、下半年3,006件，全年共受理消费投诉6,211件。",
    # 84 + 97 + 105 + 92 = 378, not 388
    "第一季度新增法律明白人84名、第二季度97名、第三季度105名、第四季度92名，全年共新增法律明白人388名。",
    # 412 + 398 = 810, not 801
    "上半年接待群众来访412批次、下半年398批次，全年共接待群众来访801批次。",
]

QUARTERS_RIGHT = [
    "第一季度受理企业登记申请86件、第二季度93件、第三季度101件、第四季度97件，全年共受理企业登记申请377件。",
    "第一季度办理法律援助案件112件、第二季度126件、第三季度131件、第四季度118件，全年共办理法律援助案件487件。",
    "上半年调解矛盾纠纷602件、下半年571件，全年共调解矛盾纠纷1,173件。",
    "一季度开展执法检查214次、二季度236次、三季度251次、四季度228次，全年共开展执法检查929次。",
    "第一季度审查合同协议46份、第二季度52份、第三季度49份、第四季度61份，全年共审查合同协议208份。",
    "上半年受理消费投诉3,215件、下半年3,006件，全年共受理消费投诉6,221件。",
    "第一季度新增法律明白人84名、第二季度97名、第三季度105名、第四季度92名，全年共新增法律明白人378名。",
    "上半年接待群众来访412批次、下半年398批次，全年共接待群众来访810批次。",
]


@pytest.mark.parametrize("text", QUARTERS_WRONG)
def test_listed_parts_of_the_year_not_adding_up_are_found(text: str) -> None:
    assert any(code == "N302" for code, _ in _found(text)), text


@pytest.mark.parametrize("text", QUARTERS_RIGHT)
def test_listed_parts_of_the_year_adding_up_are_silent(text: str) -> None:
    assert not _found(text, codes=("N302",)), text


# --- 9. a reply right before a figure concludes it ------------------------------------------

REPLY_WRONG = [
    # 11 > 9, nothing carried in
    "全年收到检察建议9份，无往年结转，已书面回复11份。",
    # 2,862 > 2,845
    "收到网民留言2,845条，无往年积压，已回复2,862条。",
    # 16 > 14
    "全年收到人大代表询问函14件，无上年结转，已逐件回复16件。",
    # 331 > 326
    "全年收到企业诉求反映326条，均为本年新收，已回复331条。",
    # 112 > 108
    "收到群众来信108件，无上年结转，已回复112件。",
    # 47 > 45
    "全年收到政协委员意见建议45条，无往年结转，已书面回复47条。",
    # 219 > 217
    "全年通过局长信箱收到来信217件，无上年结转，已回复219件。",
    # 15 > 12
    "收到审计整改督办函12份，无上年结转，已回复15份。",
]

REPLY_RIGHT = [
    "全年收到检察建议9份，已书面回复9份。",
    # 2,801 + 44 = 2,845
    "收到网民留言2,845条，已回复2,801条，其余44条为重复留言。",
    # 14 + 3 carried in = 17 >= 16
    "全年收到人大代表询问函14件，加上上年结转的3件，已逐件回复16件。",
    # 314 + 12 = 326; 尚未回复 is no reply
    "全年收到企业诉求反映326条，已回复314条，尚未回复的12条正在办理。",
    # 103 + 5 = 108; 待回复 is no reply
    "收到群众来信108件，已回复103件，待回复5件。",
    "全年收到政协委员意见建议45条，已书面回复45条。",
    # 217 + 6 = 223 >= 219
    "全年通过局长信箱收到来信217件，加上上年结转的6件，已回复219件。",
    # 回复 after the figure names no stage of it; 2,335 < 2,471
    "全年共接收热线派单2471件，实际签收承办2335件，承办工单均在规定时限内回复群众。",
]


@pytest.mark.parametrize("text", REPLY_WRONG)
def test_more_replied_than_received_is_found(text: str) -> None:
    assert _found(text, codes=("N101", "N107")), text


@pytest.mark.parametrize("text", REPLY_RIGHT)
def test_replies_within_what_came_in_are_silent(text: str) -> None:
    assert not _found(text, codes=("N101", "N102", "N103", "N107")), text


# --- 10. 连续运行 N: a run between a start and an end date ------------------------------------

RUN_WRONG = [
    # Jul 1 - Dec 31: 183 days, not nine months
    "“一网通办”平台于2024年7月1日上线，截至2024年12月31日已连续运行九个月。",
    # Mar 1 - Dec 31: 305 days, not five months
    "区级调解中心于2024年3月1日启用，截至2024年12月31日已连续运行五个月。",
    # Oct 8 - Dec 31: 84 days, not 150
    "“随手拍”小程序于2024年10月8日上线，截至2024年12月31日已连续运行150天。",
    # May 20 - Nov 20: 184 days, not ten months
    "执法监督平台于2024年5月20日投入使用，截至2024年11月20日已连续运行十个月。",
    # Sep 1 - Dec 31: 121 days, not two months
    "“法律服务超市”于2024年9月1日开业，截至2024年12月31日已连续运行两个月。",
    # Jan 15 - Dec 31: 351 days, not 200
    "非诉纠纷化解平台于2024年1月15日上线，截至2024年12月31日已连续运行200天。",
    # Apr 1 - Dec 31: 274 days, not twelve months
    "电子证照系统于2024年4月1日上线，截至2024年12月31日已连续运行十二个月。",
    # Aug 1 - Dec 31: 152 days, not eight months
    "12345热线分中心于2024年8月1日启用，截至2024年12月31日已连续运行八个月。",
]

RUN_RIGHT = [
    "“一网通办”平台于2024年7月1日上线，截至2024年12月31日已连续运行六个月。",
    "区级调解中心于2024年3月1日启用，截至2024年12月31日已连续运行十个月。",
    "“随手拍”小程序于2024年10月8日上线，截至2024年12月31日已连续运行85天。",
    "执法监督平台于2024年5月20日投入使用，截至2024年11月20日已连续运行六个月。",
    "“法律服务超市”于2024年9月1日开业，截至2024年12月31日已连续运行四个月。",
    "非诉纠纷化解平台于2024年1月15日上线，截至2024年12月31日已连续运行351天。",
    "电子证照系统于2024年4月1日上线，截至2024年12月31日已连续运行九个月。",
    "12345热线分中心于2024年8月1日启用，截至2024年12月31日已连续运行五个月。",
]


@pytest.mark.parametrize("text", RUN_WRONG)
def test_continuous_run_against_its_dates_is_found(text: str) -> None:
    assert any(code == "N304" for code, _ in _found(text)), text


@pytest.mark.parametrize("text", RUN_RIGHT)
def test_continuous_run_fitting_its_dates_is_silent(text: str) -> None:
    assert not _found(text, codes=("N303", "N304")), text


# --- 11. concluded within an accepted figure that is above what came in ----------------------

ABOVE_RECEIVED_WRONG = [
    # 262 > 256 accepted (and > 213 received), no carry-over
    "收到投诉举报213件，立案查处违法案件256件，结案262件，无上年结转。",
    # 103 > 98 received, accepted 45 below
    "接到举报线索98件，立案调查45件，办结103件，无上年结转。",
    # 69 > 64 received and > 58 accepted
    "收到复议申请64件，受理58件，审结69件，无上年结转。",
    # accepted 318 > received 312 (N103)
    "收到信访事项312件，受理318件，办结315件。",
    # accepted 452 > received 436 (N103)
    "收到法律援助申请436件，受理法律援助申请452件，结案447件。",
    # accepted 2,176 > received 2,104 (N103)
    "收到行政许可申请2,104件，受理2,176件，办结2,150件，无上年结转。",
    # accepted 97 > received 90 (N103)
    "接收劳动人事争议仲裁申请90件，立案受理97件，结案95件。",
    # 271 > 256 accepted, no carry-over
    "收到投诉举报213件，结合日常巡查发现的线索，立案查处违法案件256件，结案271件，无上年结转。",
]

ABOVE_RECEIVED_RIGHT = [
    # 241 <= 256 accepted (cases from inspections too)
    "全年收到投诉举报213件，结合日常检查、“双随机、一公开”抽查发现的违法线索，全年立案查处违法案件256件，结案241件。",
    "收到群众投诉86件，结合“双随机”抽查发现的问题，立案查处违法案件132件，结案125件。",
    "接到举报线索57件，结合大数据监测发现的线索，立案调查94件，办结90件。",
    "收到消费投诉举报1,024件，结合执法检查中发现的问题线索，立案查处1,178件，结案1,102件。",
    "收到网格上报事件412件，结合日常巡查，立案处置事件486件，办结479件。",
    "收到12345转办线索64件，结合专项检查，立案查处案件118件，结案111件。",
    "收到环境污染举报152件，结合在线监测数据，立案查处环境违法案件187件，结案180件。",
    "收到安全生产举报39件，结合执法检查，立案查处违法案件76件，结案72件。",
]


@pytest.mark.parametrize("text", ABOVE_RECEIVED_WRONG)
def test_concluded_above_its_stage_is_still_found(text: str) -> None:
    assert _found(text, codes=("N101", "N103", "N107")), text


@pytest.mark.parametrize("text", ABOVE_RECEIVED_RIGHT)
def test_concluded_within_an_accepted_figure_above_the_received_is_silent(text: str) -> None:
    assert not _found(text, codes=("N101", "N107")), text


# --- 12. a cumulative count at the ends of two years ----------------------------------------

CUMULATIVE_WRONG = [
    # 19 < 23 a year later
    "截至2023年底，全区累计建成村（社区）法律服务工作室23个；截至2024年底，全区累计建成村（社区）法律服务工作室19个。",
    # 1,206 < 1,260
    "截至2023年底，累计培训法律明白人1,260名；截至2024年底，累计培训法律明白人1,206名。",
    # 11.9万 < 12.6万
    "截至2022年底，全市累计办理不动产登记12.6万件；截至2024年底，全市累计办理不动产登记11.9万件。",
    # 2.9万 < 3.2万
    "截至2023年末，累计发放普法读本3.2万册；截至2024年末，累计发放普法读本2.9万册。",
    # 12 < 14
    "截至2021年底，全县累计建成法治文化公园14个；截至2024年底，全县累计建成法治文化公园12个。",
    # 168 < 186
    "截至2023年底，累计聘请村（居）法律顾问186名；截至2024年底，累计聘请村（居）法律顾问168名。",
    # 5,214 < 5,412
    "截至2023年12月31日，累计调解矛盾纠纷5,412件；截至2024年12月31日，累计调解矛盾纠纷5,214件。",
    # 38 < 41, in two sentences
    "截至2023年底，全区累计创建民主法治示范村41个。截至2024年底，全区累计创建民主法治示范村38个。",
]

CUMULATIVE_RIGHT = [
    "截至2023年底，全区累计建成村（社区）法律服务工作室19个；截至2024年底，全区累计建成村（社区）法律服务工作室23个。",
    "截至2023年底，累计培训法律明白人1,206名；截至2024年底，累计培训法律明白人1,260名。",
    "截至2022年底，全市累计办理不动产登记11.9万件；截至2024年底，全市累计办理不动产登记12.6万件。",
    "截至2023年末，累计发放普法读本2.9万册；截至2024年末，累计发放普法读本3.2万册。",
    "截至2021年底，全县累计建成法治文化公园12个；截至2024年底，全县累计建成法治文化公园14个。",
    "截至2023年12月31日，累计调解矛盾纠纷5,214件；截至2024年12月31日，累计调解矛盾纠纷5,412件。",
    # a level, not a cumulative count: it may fall
    "截至2023年底，全区有执业律师312名；截至2024年底，全区有执业律师298名。",
    # the later figure is the year's own, not cumulative
    "截至2023年底，累计培训法律明白人1,260名；2024年全年培训法律明白人1,206名。",
]


@pytest.mark.parametrize("text", CUMULATIVE_WRONG)
def test_cumulative_count_falling_a_year_later_is_a_warning(text: str) -> None:
    found = _found(text, codes=("N302",))
    assert found and not any(code == "N302" for code, _ in _errors(text)), text


@pytest.mark.parametrize("text", CUMULATIVE_RIGHT)
def test_cumulative_count_rising_or_a_level_is_silent(text: str) -> None:
    assert not _found(text, codes=("N302",)), text
