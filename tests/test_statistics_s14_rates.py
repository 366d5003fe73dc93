"""Rates and lists across stages (session 14, s14-rates).

1. 「完成…目标任务N的X%」 names its base inline, like 「占…N的X%」: the figure of the clause right
   before is the numerator (relations/rates.py ``_inline_base``).
2. A due told with its doer (「应由负责人出庭的7件」) is a due; after it, a figure whose words
   do the rate's verb without 应 or 实际 is the done — inferred, so a warning that names both,
   and only when the rate's own words find no reading (rates.py ``_due_and_done``).
3. A list is one list only when its members are of one stage (partition.py ``_nest_stages``,
   rest.py): a member that another group splits keeps its split out of the list (应考 → 参考 →
   合格/不合格), a figure doing what an earlier one was due to do is its later stage (应X/已X),
   survey answers after the 有效/回收 figure are its parts — and each nested split is still
   checked on its own.

Every sentence is written for these tests (none from a fixture set); each verdict derived by
hand, the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any


def _codes(text: str, codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return _any(text, codes=codes)


# ---- 1. 完成…N的X%: the target named inside the share's words ----------------------------

COMPLETION_WRONG = [
    # 3916 / 3600 = 108.78%, not 110.8
    "全年办理公证事项3,916件，完成年度目标任务3,600件的110.8%，公证质量抽查合格率稳步提升。",
    # 12480 / 11000 = 113.45%, not 115.5
    "全区新增市场主体12,480户，完成市下达目标任务11,000户的115.5%。",
    # 268 / 240 = 111.67%, not 113.7
    "年内开展法治宣传进基层活动268场，完成年初计划240场的113.7%。",
    # 2146 / 2000 = 107.3%, not 105.3
    "全年调处各类矛盾纠纷2,146件，完成省定目标2,000件的105.3%，调处成功率保持高位。",
    # 1530 / 1400 = 109.29%, not 107.9
    "全年培训网格员1,530人次，完成区委下达培训任务1,400人次的107.9%。",
    # 87 / 80 = 108.75%, not 110.9
    "集中清理历史遗留问题案件87件，完成年度清理任务80件的110.9%。",
    # 18.6 / 16.5 = 112.73%, not 114.7
    "全年组织税收收入18.6亿元，完成年度预算收入16.5亿元的114.7%。",
    # 42.3 / 40 = 105.75%, not 108.3
    "全年归集涉企信用信息42.3万条，完成年度归集目标40万条的108.3%。",
]

COMPLETION_RIGHT = [
    # 3916 / 3600 = 108.78% -> 108.8
    "全年办理公证事项3,916件，完成年度目标任务3,600件的108.8%，公证质量抽查合格率稳步提升。",
    # 12480 / 11000 = 113.45% -> 113.5
    "全区新增市场主体12,480户，完成市下达目标任务11,000户的113.5%。",
    # 268 / 240 = 111.67% -> 111.7
    "年内开展法治宣传进基层活动268场，完成年初计划240场的111.7%。",
    # 2146 / 2000 = 107.3%
    "全年调处各类矛盾纠纷2,146件，完成省定目标2,000件的107.3%，调处成功率保持高位。",
    # 1530 / 1400 = 109.286%: 109.28 by truncation
    "全年培训网格员1,530人次，完成区委下达培训任务1,400人次的109.28%。",
    # 87 / 80 = 108.75%
    "集中清理历史遗留问题案件87件，完成年度清理任务80件的108.75%。",
    # trap: last year's 3702 stands right before the target; 3916 / 3600 = 108.78% -> 108.8
    "全年办理公证事项3,916件，上年为3,702件，完成年度目标任务3,600件的108.8%。",
    # 42.3 / 40 = 105.75% -> 105.8
    "全年归集涉企信用信息42.3万条，完成年度归集目标40万条的105.8%。",
]


@pytest.mark.parametrize("text", COMPLETION_WRONG)
def test_a_completion_share_against_its_named_target(text: str) -> None:
    assert _errors(text)


@pytest.mark.parametrize("text", COMPLETION_RIGHT)
def test_a_completion_share_that_fits_its_target(text: str) -> None:
    assert not _codes(text, ("N104",))


# ---- 2. a due told with its doer, a done told by the rate's verb ------------------------

DUE_WRONG = [
    # 10 / 12 = 83.33%, not 91.7
    "全年应由行政机关负责人出庭应诉的案件12件，区长、副区长出庭应诉10件，负责人出庭应诉率91.7%。",
    # 7 / 9 = 77.78%, not 88.9
    "应当由县政府主要负责人出庭的行政案件9件，主要负责人出庭7件，出庭率为88.9%。",
    # 128 / 142 = 90.14%, not 92.1
    "应由镇村两级组织调处的矛盾纠纷142件，镇村两级调处128件，调处率为92.1%。",
    # 58 / 63 = 92.06%, not 95.2
    "应当由本机关办理的政府信息公开申请63件，本机关按期办理58件，办理率95.2%。",
    # 69 / 75 = 92.0%, not 94.7
    "全年应由执法人员现场核查的投诉线索75条，执法人员现场核查69条，核查率94.7%。",
    # 51 / 54 = 94.44%, not 96.3
    "应由区级部门答复的建议提案54件，区级部门按时答复51件，答复率96.3%。",
    # 27 / 31 = 87.10%, not 90.3 (a done said with 实际)
    "应当由负责人出庭应诉的案件31件，负责人实际出庭应诉27件，出庭应诉率90.3%。",
    # 80 / 86 = 93.02%, not 95.3
    "应由街道审核的低保申请86户，街道已审核80户，审核率95.3%。",
]

DUE_RIGHT = [
    # 10 / 12 = 83.33% -> 83.3
    "全年应由行政机关负责人出庭应诉的案件12件，区长、副区长出庭应诉10件，负责人出庭应诉率83.3%。",
    # 7 / 9 = 77.78% -> 77.8
    "应当由县政府主要负责人出庭的行政案件9件，主要负责人出庭7件，出庭率为77.8%。",
    # 128 / 142 = 90.14% -> 90.1
    "应由镇村两级组织调处的矛盾纠纷142件，镇村两级调处128件，调处率为90.1%。",
    # 58 / 63 = 92.06% -> 92.1
    "应当由本机关办理的政府信息公开申请63件，本机关按期办理58件，办理率92.1%。",
    # 69 / 75 = 92.0%
    "全年应由执法人员现场核查的投诉线索75条，执法人员现场核查69条，核查率92%。",
    # 51 / 54 = 94.44% -> 94.4
    "应由区级部门答复的建议提案54件，区级部门按时答复51件，答复率94.4%。",
    # trap: the due and done in a 其中 list of 20 cases: 12 + 10 = 22 > 20, but 10 is the
    # done of the 12 (a later stage), no sibling; 10 / 12 = 83.3%
    "全年发生行政诉讼案件20件，其中应由负责人出庭应诉的12件，负责人实际出庭应诉10件，出庭应诉率83.3%。",
    # trap: the 4 主要负责人 are a part of the 10 done; 10 / 12 = 83.3%
    "应由负责人出庭应诉的案件12件，负责人出庭应诉10件，其中主要负责人出庭4件，出庭应诉率83.3%。",
]


@pytest.mark.parametrize("text", DUE_WRONG)
def test_a_rate_of_a_due_and_its_done_that_does_not_fit(text: str) -> None:
    assert _codes(text, ("N104",))


@pytest.mark.parametrize("text", DUE_RIGHT)
def test_a_rate_of_a_due_and_its_done(text: str) -> None:
    assert not _codes(text, ("N101", "N104"))


def test_an_inferred_done_is_a_warning_naming_both_figures() -> None:
    # 10 / 12 = 83.33%: the done (区长、副区长出庭应诉10件) is read by the rate's verb alone
    text = DUE_WRONG[0]
    assert not _errors(text)
    ((_, message),) = _codes(text, ("N104",))
    assert "12件" in message and "10件" in message and "推断" in message


# ---- 3. a list of one stage: nested splits, dues and their dones, survey answers --------

STAGES_WRONG = [
    # 参训 408 split 合格/不合格: 396 + 15 = 411 ≠ 408 (still < 应参训 420)
    "应参训人员420人，请假12人，实际参训408人，考核合格396人，考核不合格15人。",
    # 检查 251 split 合格/不合格: 233 + 21 = 254 ≠ 251
    "应检查企业260家，实际检查251家，其中合格233家，不合格21家。",
    # 有效回访 523 holds the answers: 508 + 19 = 527 > 523
    "对办结的600件工单开展回访，其中有效回访523件，表示满意的508件，表示不满意的19件。",
    # 回收 812 holds the answers: 790 + 30 = 820 > 812
    "向企业发放问卷900份，其中回收问卷812份，表示满意的790份，表示不满意的30份。",
    # 参考 193 split 合格/不合格: 184 + 11 = 195 ≠ 193
    "应考人员198人，缓考5人，实际参考193人，考试合格184人，考试不合格11人。",
    # 审核 64 split 通过/不予通过: 58 + 8 = 66 ≠ 64
    "应开展合法性审核的文件64件，实际审核64件，审核后予以通过58件，不予通过8件。",
    # 有效 answers 360 + 17 = 377 > 371
    "对调解成功的410件纠纷开展回访，其中有效回访371件，表示满意的有360件，表示不满意的有17件。",
    # 受理 87 split 调解/裁决 after 收到 96: 64 + 27 = 91 ≠ 87 (< 96)
    "仲裁院全年收到申请96件，受理87件，不予受理9件，受理案件全部结案，其中调解结案64件，裁决结案27件。",
]

STAGES_RIGHT = [
    # 420 = 12 + 408; 408 = 396 + 12 (合格/不合格 split 参训, not 应参训)
    "应参训人员420人，请假12人，实际参训408人，考核合格396人，考核不合格12人。",
    # 260 = 9 + 251; 251 = 233 + 18
    "应检查企业260家，因注销未检查9家，实际检查251家，其中合格233家，不合格18家。",
    # 508 + 11 = 519 ≤ 523 ≤ 600: answers of the 有效 visits
    "对办结的600件工单开展回访，其中有效回访523件，表示满意的508件，表示基本满意的11件。",
    # 790 + 18 = 808 ≤ 812 ≤ 900
    "向企业发放问卷900份，其中回收问卷812份，表示满意的790份，表示不满意的18份。",
    # 198 = 5 + 193; 193 = 184 + 9
    "应考人员198人，缓考5人，实际参考193人，考试合格184人，考试不合格9人。",
    # 137 done of the 142 due; 142 + rest 14 = 156
    "承办市人大代表建议156件，其中应于年内办结的142件，已办结137件，其余为跨年度办理事项。",
    # 31 done of the 33 due; 33 + 5 = 38
    "全街道辖38个社区，其中按要求应设立法律服务点的33个，已设立31个，其余5个社区与邻近社区共用服务点。",
    # 14 done of the 15 due: 15 ≤ 27, no sibling sum 15 + 14 = 29
    "全年涉诉案件27件，其中应由负责人出庭的15件，负责人实际出庭应诉14件，其余案件由法律顾问代理。",
]


@pytest.mark.parametrize("text", STAGES_WRONG)
def test_a_nested_split_that_does_not_add_up(text: str) -> None:
    assert _codes(text, ("N101", "N102"))


@pytest.mark.parametrize("text", STAGES_RIGHT)
def test_figures_of_successive_stages_are_no_one_list(text: str) -> None:
    assert not _codes(text, ("N101", "N102"))
    assert not _errors(text)


# ---- 4. items each with a bare share of one whole are siblings -------------------------

SHARED_WRONG = [
    # 131 of a category > the 120 matters received (the whole has no share of its own)
    "全年受理信访事项120件，从反映问题看，征地拆迁类信访事项131件，占10.9%，居各类之首。",
    # 358 > 326
    "全年主动公开政府信息326条，从内容看，政策文件类信息358条，占比最高。",
    # 61 > 58
    "全年办理行政复议案件58件，从案件类型看，自然资源类复议案件61件，占比最高。",
    # 427 > 412
    "全年查处违法案件412件，从领域看，食品安全领域违法案件427件，占比最高。",
    # 913 > 905
    "全年调处矛盾纠纷905件，从纠纷类型看，婚姻家庭类矛盾纠纷913件，占比最高。",
    # 281 > 274
    "全年受理投诉举报274件，从领域看，物业服务类投诉举报281件，占据首位。",
    # 104 > 96
    "全年审查合同协议96份，从类型看，工程建设类合同协议104份，占比最高。",
    # 1602 > 1530
    "全年接待法律咨询1,530人次，从内容看，劳动争议方面法律咨询1,602人次，占比最高。",
]

SHARED_RIGHT = [
    # items each with its own share of 12: 1 + 5 + 2 + 2 + 2 = 12; 2 > 1 are siblings
    "在主动公开的信息中，办事指南类信息1条，占8%；规范性文件5条，占42%；财政预决算类信息2条，占17%；公示公告类信息2条，占17%；其他类信息2条，占17%。",
    # 3 + 9 + 6 = 18: 3/18 = 16.7, 9/18 = 50, 6/18 = 33.3
    "在受理的申请中，自然人申请3件，占16.7%；法人申请9件，占50%；其他组织类申请6件，占33.3%。",
    # 14 + 30 + 6 = 50
    "从案件类型看，治安类案件14件，占28%；交通类案件30件，占60%；其他类案件6件，占12%。",
    # 2 + 11 + 7 = 20
    "在办理的复议案件中，公安类案件2件，占10%；自然资源类案件11件，占55%；市场监管类案件7件，占35%。",
    # 4 + 16 = 20
    "从纠纷类型看，邻里纠纷4件，占20%；婚姻家庭类纠纷16件，占80%。",
    # 5 + 12 + 8 = 25
    "在抽查的案卷中，行政许可类案卷5卷，占20%；行政处罚类案卷12卷，占48%；行政强制类案卷8卷，占32%。",
    # 1 + 3 + 6 = 10
    "在提出的意见中，程序方面意见1条，占10%；实体方面意见3条，占30%；文字表述类意见6条，占60%。",
    # 6 + 9 + 10 = 25
    "在培训的人员中，科级干部6人，占24%；执法类人员9人，占36%；其他类人员10人，占40%。",
]


@pytest.mark.parametrize("text", SHARED_WRONG)
def test_a_category_above_a_whole_without_a_share_of_its_own(text: str) -> None:
    assert _codes(text, ("N101",))


@pytest.mark.parametrize("text", SHARED_RIGHT)
def test_items_each_with_a_share_are_no_whole_of_each_other(text: str) -> None:
    assert not _codes(text, ("N101",))


# ---- 5. a rank (前十) counts the list it heads, not the kinds named before it -----------

RANKED_WRONG = [
    # 五类 announced, four listed
    "全年重点办理五类案件：征地拆迁、劳动争议、婚姻家庭、物业纠纷。",
    # 三项 announced, four listed
    "区司法局建立三项工作机制：案件会商、法律顾问列席、合法性审核前置、定期通报。",
    # 四个 announced, three listed
    "街道组建四个专项工作组，分别为综合协调组、执法检查组、宣传引导组。",
    # 六类 announced, five listed
    "全年集中整治六类突出问题：占道经营、违规搭建、噪声扰民、油烟污染、乱贴乱画。",
    # 两项 announced, three listed
    "县政府出台两项配套制度：重大决策目录管理办法、合法性审查工作规则、决策后评估办法。",
    # 五个 announced, four listed
    "全年培育五个法治示范社区：东园社区、南湖社区、西苑社区、北城社区。",
    # 三类 announced, two listed
    "重点查处三类违法行为：无证经营、超范围经营。",
    # 四项 announced, five listed
    "今年推进四项重点改革：行政执法公示、执法全过程记录、重大执法决定法制审核、包容审慎监管、执法协调监督。",
]

RANKED_RIGHT = [
    # 前十 counts the ten cities listed
    "五类案件数量排名前十的地市为：甲市、乙市、丙市、丁市、戊市、己市、庚市、辛市、壬市、癸市。",
    # 前三 counts the three towns
    "四类纠纷调处数量排名前三的镇为：东镇、西镇、南镇。",
    # 前五 counts five bodies
    "三项考核得分位列前五的部门为：司法局、公安分局、税务局、市场监管局、城管局。",
    # 前四 counts four streets
    "六类隐患整改数量居前四的街道是：东街道、西街道、南街道、北街道。",
    # 前两 counts two (两类 announced, list of two anyway)
    "两类投诉办理量排名前两位的单位为：区住建局、区城管局。",
    # 前六 counts six
    "七类案件罚没金额排名前六的县区为：甲县、乙县、丙县、丁县、戊县、己区。",
    # 五类 announced, five listed (counts match)
    "全年重点办理五类案件：征地拆迁、劳动争议、婚姻家庭、物业纠纷、邻里纠纷。",
    # 三项 announced, three listed
    "区司法局建立三项工作机制：案件会商、法律顾问列席、合法性审核前置。",
]


@pytest.mark.parametrize("text", RANKED_WRONG)
def test_an_announced_count_its_list_does_not_match(text: str) -> None:
    assert _codes(text, ("N203",))


@pytest.mark.parametrize("text", RANKED_RIGHT)
def test_a_rank_counts_the_list_after_it(text: str) -> None:
    assert not _codes(text, ("N203",))


# ---- 6. a satisfaction degree of graded answers may be a weighted score -----------------

GRADED_WRONG = [
    # 1920/2400 = 80.0, (1920+300)/2400 = 92.5; 88.35 neither
    "全年回访工单2,400件，其中满意1,920件、基本满意300件、不满意180件；满意度88.35%。",
    # 702/860 = 81.63, 800/860 = 93.02; 86.12 neither
    "共收回有效问卷860份，表示满意的702份、比较满意的98份、不满意的60份，满意度为86.12%。",
    # 1230/1500 = 82.0, 1410/1500 = 94.0; 90.18 neither
    "对办结的1,500件诉求开展回访，满意1,230件，基本满意180件，不满意90件；群众满意度90.18%。",
    # 2650/3200 = 82.81, 3060/3200 = 95.63; 87.43 neither
    "全年测评服务对象3,200人次，满意2,650人次、基本满意410人次、不满意140人次，满意度87.43%。",
    # 521/640 = 81.41, 604/640 = 94.38; 85.06 neither
    "回访调解当事人640人，满意521人，基本满意83人，不满意36人，当事人满意度85.06%。",
    # 4100/5000 = 82.0, 4720/5000 = 94.4; 90.71 neither
    "全年收集评价信息5,000条，其中满意4,100条、基本满意620条、不满意280条，综合满意度90.71%。",
    # 301/380 = 79.21, 356/380 = 93.68; 84.62 neither
    "回访企业380家，满意301家、基本满意55家、不满意24家；企业满意度84.62%。",
    # 10900/12600 = 86.51, 12200/12600 = 96.83; 93.11 neither
    "共评价窗口服务12,600次，满意10,900次、基本满意1,300次、不满意400次，满意度93.11%。",
]

ONE_GRADE_WRONG = [
    # 1920/2400 = 80.0, not 83.5
    "全年回访工单2,400件，其中表示满意的1,920件，满意率为83.5%。",
    # 702/860 = 81.63, not 84.6
    "共收回有效问卷860份，表示满意的702份，满意率为84.6%。",
    # 1230/1500 = 82.0, not 86.0
    "对办结的1,500件诉求开展回访，群众表示满意的1,230件，满意率86.0%。",
    # 2650/3200 = 82.81, not 85.8
    "全年测评服务对象3,200人次，表示满意的2,650人次，满意率为85.8%。",
    # 521/640 = 81.41, not 83.4
    "回访调解当事人640人，表示满意的521人，满意率为83.4%。",
    # 4100/5000 = 82.0, not 84.0
    "全年收集评价信息5,000条，其中满意的4,100条，满意率84.0%。",
    # 301/380 = 79.21, not 81.2
    "回访企业380家，表示满意的301家，满意率81.2%。",
    # 10900/12600 = 86.51, not 88.5
    "共评价窗口服务12,600次，评价满意的10,900次，满意率为88.5%。",
]

GRADED_RIGHT = [
    # 1920/2400 = 80.0
    "全年回访工单2,400件，其中满意1,920件、基本满意300件、不满意180件；满意率80%。",
    # (702+98)/860 = 93.02
    "共收回有效问卷860份，表示满意的702份、比较满意的98份、不满意的60份，满意率为93.02%。",
    # 1230/1500 = 82.0
    "对办结的1,500件诉求开展回访，满意1,230件，基本满意180件，不满意90件；满意率82%。",
    # 2650/3200 = 82.81
    "全年测评服务对象3,200人次，满意2,650人次、基本满意410人次、不满意140人次，满意率82.81%。",
    # 521/640 = 81.41
    "回访调解当事人640人，满意521人，基本满意83人，不满意36人，满意率81.41%。",
    # (4100+620)/5000 = 94.4
    "全年收集评价信息5,000条，其中满意4,100条、基本满意620条、不满意280条，满意率94.4%。",
    # 301/380 = 79.21
    "回访企业380家，满意301家、基本满意55家、不满意24家；满意率79.21%。",
    # (10900+1300)/12600 = 96.83
    "共评价窗口服务12,600次，满意10,900次、基本满意1,300次、不满意400次，满意率96.83%。",
]


@pytest.mark.parametrize("text", GRADED_WRONG)
def test_a_degree_of_graded_answers_no_reading_gives_is_a_warning(text: str) -> None:
    assert _codes(text, ("N104",))
    assert not _errors(text)


@pytest.mark.parametrize("text", ONE_GRADE_WRONG)
def test_a_rate_of_one_answer_that_does_not_fit_is_an_error(text: str) -> None:
    assert [code for code, _ in _errors(text)] == ["N104"]


@pytest.mark.parametrize("text", GRADED_RIGHT)
def test_a_rate_of_graded_answers_that_one_reading_gives(text: str) -> None:
    assert not _codes(text, ("N104",))


# ---- 7. the completion rate of items told before is a share: at most 100% ---------------

CAPPED_WRONG = [
    # 45 of 42 problems: 107.1% > 100%
    "督察反馈问题建立台账42项，年底前已完成整改45项，整改完成率达到107.1%。",
    # 63 of 60 items: 105% > 100%
    "全年梳理自查事项60项，已完成自查63项，自查完成率105%。",
    # 33 of 31 documents: 106.5% > 100%
    "需修订的规范性文件31件，已修订33件，修订完成率106.5%。",
    # 112 of 104 leads: 107.7% > 100%
    "上级交办问题线索104条，已核查112条，核查完成率107.7%。",
    # 26 of 25 alerts: 104% > 100%
    "全年收到风险预警25条，已处置26条，处置完成率104%。",
    # 211 of 205 documents: 102.9% > 100%
    "纳入清理范围的文件205件，已清理211件，清理完成率102.9%。",
    # 38 of 36 problems: 105.6% > 100%
    "巡查发现问题36个，已整改销号38个，销号完成率105.6%。",
    # 502 of 480 tickets: 104.6% > 100%
    "全年受理工单480件，已办结502件，办结完成率104.6%。",
]

CAPPED_RIGHT = [
    # a plan's completion may pass 100%: 347 / 320 = 108.4%
    "年度计划开展执法检查320次，全年实际检查347次，执法检查计划完成率108.4%。",
    # a task's completion: 126 / 120 = 105%
    "年度普法任务120场，全年开展126场，普法任务完成率105%。",
    # a target's completion: 5600 / 5000 = 112%
    "年度目标培训5,000人次，实际培训5,600人次，培训目标完成率112%。",
    # bare 完成率 of a plan: 1356 / 1200 = 113.0%
    "计划培训1,200人次，实际培训1,356人次，完成率113.0%。",
    # 40 / 42 = 95.2%
    "督察反馈问题建立台账42项，年底前已完成整改40项，整改完成率达到95.2%。",
    # 57 / 60 = 95%
    "全年梳理自查事项60项，已完成自查57项，自查完成率95%。",
    # 31 / 31 = 100%
    "需修订的规范性文件31件，已全部修订31件，修订完成率100%。",
    # 98 / 104 = 94.2%
    "上级交办问题线索104条，已核查98条，核查完成率94.2%。",
]


@pytest.mark.parametrize("text", CAPPED_WRONG)
def test_the_completion_of_items_told_cannot_pass_all_of_them(text: str) -> None:
    assert _codes(text, ("N105",))


@pytest.mark.parametrize("text", CAPPED_RIGHT)
def test_a_plan_completion_may_pass_100_and_an_item_completion_below_it(text: str) -> None:
    assert not _codes(text, ("N104", "N105"))


# ---- 8. what was due is split by what did it and what did not --------------------------

DUE_SPLIT_WRONG = [
    # 7 + 278 = 285 ≠ 286
    "应考人员286人，缓考7人，实际参考278人，考试合格271人，不合格7人。",
    # 6 + 146 = 152 ≠ 150
    "应参训人员150人，请假6人，实际参训146人，其中考核合格140人，考核不合格6人。",
    # 5 + 113 = 118 ≠ 120
    "应到会代表120人，请假5人，实到会113人。",
    # 9 + 253 = 262 ≠ 260
    "应检查企业260家，未检查9家，实际检查253家，其中合格233家，不合格20家。",
    # 113 + 9 = 122 ≠ 120 (the absence after the done)
    "应到会代表120人，实到会113人，请假9人。",
    # 4 + 91 = 95 ≠ 96
    "应参加年度考核的执法人员96人，免考4人，实际参加考核91人。",
    # 3 + 58 = 61 ≠ 62
    "应报送备案的规范性文件62件，未报送3件，实际报送58件。",
    # 11 + 430 = 441 ≠ 438
    "应参加普法考试的公职人员438人，缺考11人，实际参考430人。",
]

DUE_SPLIT_RIGHT = [
    # 7 + 279 = 286; 271 + 8 = 279 (合格/不合格 split 参考)
    "应考人员286人，缓考7人，实际参考279人，考试合格271人，不合格8人。",
    # 6 + 144 = 150; 140 + 4 = 144
    "应参训人员150人，请假6人，实际参训144人，其中考核合格140人，考核不合格4人。",
    # 7 + 113 = 120
    "应到会代表120人，请假7人，实到会113人。",
    # 7 + 253 = 260; 233 + 20 = 253
    "应检查企业260家，未检查7家，实际检查253家，其中合格233家，不合格20家。",
    # 113 + 7 = 120
    "应到会代表120人，实到会113人，请假7人。",
    # 5 + 91 = 96
    "应参加年度考核的执法人员96人，免考5人，实际参加考核91人。",
    # no absence told: 58 ≤ 62 is all that is said
    "应报送备案的规范性文件62件，实际报送58件，其余正在补报。",
    # 8 + 430 = 438
    "应参加普法考试的公职人员438人，缺考8人，实际参考430人。",
]


@pytest.mark.parametrize("text", DUE_SPLIT_WRONG)
def test_a_due_its_done_and_absences_do_not_add_up(text: str) -> None:
    assert _codes(text, ("N101", "N102"))


@pytest.mark.parametrize("text", DUE_SPLIT_RIGHT)
def test_a_due_its_done_and_absences_add_up(text: str) -> None:
    assert not _codes(text, ("N101", "N102"))
    assert not _errors(text)
