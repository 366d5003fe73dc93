"""Shares and parts measured against the right whole (session 15, s15-shares).

1. Every part of a complete split has its own share, and every share is exact on the parts'
   own sum, not on the total: one finding on the total (relations/own_sum.py), not one N104
   per share — the shares are right on the figures listed, the total disagrees with them.
2. A part named 一般/普通 + the head noun of the whole or of a sibling is the rest of a named
   class (示范站5个、一般工作站6个 of 12 乡镇): the split is complete (partition ``_generic_rest``).
3. Two breakdowns of one whole, each opened by its dimension (从…看 / 按…分): a figure of one
   is no base of a share of the other (rates ``_across_dimensions``).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

SPLIT = ("N101", "N102", "N104")

# ---- 1. shares exact on the parts' sum, the total another figure --------------------------
SHARES_OF_SUM = [
    # 3120+1460+388+232 = 5200 ≠ 5600; 3120/5200 = 60.00, 1460/5200 = 28.08, 388/5200 = 7.46,
    # 232/5200 = 4.46 (on 5600: 55.71, 26.07, 6.93, 4.14)
    (
        "全年区12345热线受理群众诉求5600件，其中咨询类3120件，占60.00%；求助类1460件，占28.08%；"
        "投诉类388件，占7.46%；其他类232件，占4.46%。",
        "N102",
    ),
    # the same with 其它类 (read as 其他)
    (
        "全年区12345热线受理群众诉求5600件，其中咨询类3120件，占60.00%；求助类1460件，占28.08%；"
        "投诉类388件，占7.46%；其它类232件，占4.46%。",
        "N102",
    ),
    # 846+311 = 1157 ≠ 1290; 846/1157 = 73.1, 311/1157 = 26.9 (on 1290: 65.6, 24.1)
    ("全年共为1290名群众提供法律援助，受援人中男性846人，占73.1%；女性311人，占26.9%。", "N102"),
    # 2210+915+407 = 3532 ≠ 3731; 62.6, 25.9, 11.5 on 3532 (59.2, 24.5, 10.9 on 3731)
    (
        "按市、区、街道三级划分，全年共开展联合检查3731次，其中市级2210次，占62.6%；区级915次，"
        "占25.9%；街道级407次，占11.5%。",
        "N102",
    ),
    # 15421+4379 = 19800 ≠ 21200; 77.9, 22.1 on 19800 (72.7, 20.7 on 21200)
    (
        "全年共办理不动产登记业务21200件，其中线上办理15421件，占77.9%，线下窗口办理4379件，"
        "占22.1%。",
        "N102",
    ),
    # 730+528+149+93 = 1500 > 1400; 48.67, 35.20, 9.93, 6.20 on 1500 (52.14, 37.71 … on 1400)
    (
        "全年受理消费投诉1400件，其中商品类730件，占48.67%；服务类528件，占35.20%；价格类149件，"
        "占9.93%；其他类93件，占6.20%。",
        "N101",
    ),
    # 4180+2650+1170 = 8000 ≠ 8500; 52.25, 33.13, 14.63 on 8000 (49.18, 31.18, 13.76)
    (
        "全年办理行政许可8500件，其中即办件4180件，占52.25%；承诺件2650件，占33.13%；"
        "其余1170件，占14.63%。",
        "N102",
    ),
    # 57+38 = 95 ≠ 101; 60.0, 40.0 on 95 (56.4, 37.6 on 101)
    ("全年审结行政诉讼案件101件，其中一审57件，占60.0%；二审38件，占40.0%。", "N102"),
    # a dimension's items parted by ；: 1043+862+517+141 = 2563 > 2536; 40.69, 33.63, 20.17,
    # 5.50 on 2563 (41.13, 33.99, 20.39, 5.56 on 2536)
    (
        "全年受理消费者投诉举报2536件。按诉求领域分，食品安全1043件，占40.69%；商品质量862件，"
        "占33.63%；服务合同517件，占20.17%；其他领域141件，占5.50%。",
        "N101",
    ),
]

SHARES_RIGHT = [
    # 3120+1460+388+232 = 5200, shares on 5200
    "全年区12345热线受理群众诉求5200件，其中咨询类3120件，占60.00%；求助类1460件，占28.08%；"
    "投诉类388件，占7.46%；其他类232件，占4.46%。",
    # 主要: a partial list, shares of the total (3120/5600 = 55.71, 1460/5600 = 26.07)
    "全年受理群众诉求5600件，主要为咨询类3120件，占55.71%；求助类1460件，占26.07%。",
    # a partial 其中 list, shares of the total (388/5600 = 6.93)
    "全年受理群众诉求5600件，其中咨询类3120件，占55.71%；求助类1460件，占26.07%；投诉类388件，"
    "占6.93%。",
    # the parts' sum is a figure of its own (来电 5200 of 5600): the shares are of it
    "全年受理群众诉求5600件，其中来电诉求5200件、网络留言400件。来电诉求中，咨询类3120件，"
    "占60.00%；求助类1460件，占28.08%；投诉类388件，占7.46%；其他类232件，占4.46%。",
    # an approximate total: 5200余 holds 5200
    "全年受理群众诉求5200余件，其中咨询类3120件，占60.00%；求助类1460件，占28.08%；投诉类388件，"
    "占7.46%；其他类232件，占4.46%。",
    # rounding: 2/3 = 66.7, 1/3 = 33.3
    "全年审结行政诉讼案件3件，其中一审2件，占66.7%；二审1件，占33.3%。",
    # ranked: the first three only, shares of 860 (312/860 = 36.28, 148/860 = 17.21,
    # 97/860 = 11.28)
    "全年受理投诉举报860件，居前三位的是食品类312件，占36.3%；药品类148件，占17.2%；"
    "医疗器械类97件，占11.3%。",
    # a dimension's items parted by ；adding up: 1043+862+517+114 = 2536; 41.13, 33.99,
    # 20.39, 4.50 on 2536
    "全年受理消费者投诉举报2536件。按诉求领域分，食品安全1043件，占41.13%；商品质量862件，"
    "占33.99%；服务合同517件，占20.39%；其他领域114件，占4.50%。",
]


@pytest.mark.parametrize(("text", "code"), SHARES_OF_SUM)
def test_shares_exact_on_the_parts_sum_give_one_finding_on_the_total(text: str, code: str) -> None:
    found = _any(text, codes=SPLIT)
    assert [c for c, _ in found] == [code], found
    assert "恰是各项占分项合计" in found[0][1]
    assert [c for c, _ in _errors(text)] == [code]


@pytest.mark.parametrize("text", SHARES_RIGHT)
def test_shares_of_the_stated_whole_or_a_partial_list_raise_nothing(text: str) -> None:
    assert _any(text, codes=SPLIT) == [], _any(text)


# ---- 2. a named class and its ordinary rest ------------------------------------------------
GENERIC_WRONG = [
    # 6 + 8 = 14 ≠ 15
    ("全县15个乡镇均已建成综治中心，其中市级示范中心6个、一般综治中心8个。", "N102"),
    # 4 + 4 = 8 ≠ 9 (the head noun named by the sibling: 调解室)
    ("全区9个街道全部建成规范化调解室，其中金牌调解室4个、普通调解室4个。", "N102"),
    # 21 + 298 = 319 ≠ 326
    (
        "全年对326件行政决策事项开展合法性审核，其中重大行政决策事项21件、一般决策事项298件。",
        "N102",
    ),
    # 17 + 99 = 116 ≠ 118
    ("全县118个行政村全部配备法律顾问，其中民主法治示范村17个、一般行政村99个。", "N102"),
    # 62 + 361 = 423 ≠ 430
    ("全市共有规模以上企业430家，其中重点企业62家、一般企业361家，均已建立合规管理制度。", "N102"),
    # 215 + 1038 = 1253 ≠ 1260 (监管单位 named by the sibling)
    ("本年度共检查食品经营单位1260户，其中重点监管单位215户、一般监管单位1038户。", "N102"),
    # 38 + 201 = 239 ≠ 245
    ("全局共办理信访事项245件，其中重要信访事项38件、普通信访事项201件。", "N102"),
    # 37 + 240 = 277 ≠ 284
    ("全年共开展执法检查284次，其中专项检查37次、一般检查240次。", "N102"),
    # 5 + 8 = 13 > 12
    ("全县12个乡镇全部建成公共法律服务工作站，其中省级示范站5个、一般工作站8个。", "N101"),
]

GENERIC_RIGHT = [
    # 6 + 9 = 15
    "全县15个乡镇均已建成综治中心，其中市级示范中心6个、一般综治中心9个。",
    # 一般程序 beside another dimension, partial (35 + 150 = 185 < 420)
    "全年办理行政处罚案件420件，其中重大行政处罚案件35件、适用一般程序的案件150件。",
    # 一般性咨询: no head noun of the whole or the sibling (520 + 200 = 720 < 860)
    "全年受理法律咨询860件，其中一般性咨询520件、专业咨询200件。",
    # the 一般 points are in villages, not of the 12 乡镇 (5 + 86 unrelated)
    "全县12个乡镇全部建成工作站，其中省级示范站5个；同时在村（社区）设立一般服务点86个。",
    # 普通话 is no 普通 class (6 + 5 = 11 < 24)
    "全年共举办培训班24期，其中领导干部专题班6期、普通话培训班5期。",
    # a list left open by 等 (12 + 120 = 132 < 156)
    "全区共有各类调解组织156个，其中金牌调解室12个、普通调解室等基层组织120个。",
    # three classes adding up: 12 + 25 + 51 = 88
    "全年查处违法案件88件，其中重大案件12件、较大案件25件、一般案件51件。",
    # a grade of a ladder (一般/较大/重大): 重大 may go unlisted (38 + 27 = 65 < 98)
    "全年排查安全隐患98处，其中较大隐患27处、一般隐患38处，均已督促整改。",
    # 62 + 368 = 430
    "全市共有规模以上企业430家，其中重点企业62家、一般企业368家，均已建立合规管理制度。",
]


@pytest.mark.parametrize(("text", "code"), GENERIC_WRONG)
def test_a_named_class_and_its_ordinary_rest_split_the_whole(text: str, code: str) -> None:
    assert [c for c, _ in _errors(text)] == [code], _any(text)


@pytest.mark.parametrize("text", GENERIC_RIGHT)
def test_an_ordinary_rest_that_fits_or_is_no_rest_raises_nothing(text: str) -> None:
    assert _any(text, codes=SPLIT) == [], _any(text)


# ---- 3. two breakdowns of one whole ----------------------------------------------------------
# (whole, the other breakdown's figure, the share's figure, the right share)
# 66/120 = 55.0 (66/74 = 89.2); 81/146 = 55.5 (81/92 = 88.0); 43/77 = 55.8 (43/49 = 87.8);
# 129/233 = 55.4 (129/168 = 76.8); 212/390 = 54.4 (212/240 = 88.3); 35/61 = 57.4 (35/41 = 85.4);
# 148/265 = 55.8 (148/172 = 86.0); 90/173 = 52.0 (90/101 = 89.1)
TWO_DIMENSIONS = [
    "全年县人民政府受理行政复议案件120件。从案件类型看，涉及行政处罚的74件、行政强制的21件；"
    "从申请人类型看，由企业提起的66件，涉企案件占比{}%。",
    "全年受理劳动仲裁案件146件。从争议类型看，劳动报酬争议92件、工伤争议18件；从用人单位性质看，"
    "民营企业81件，占比{}%。",
    "全年审结行政诉讼案件77件。按案件类别分，城建类49件、资源类13件；按被告层级分，区政府部门43件，"
    "占比{}%。",
    "全年办理法律援助案件233件。从案件类别看，民事案件168件、刑事案件52件；从受援人群看，"
    "农民工129件，占比{}%。",
    "全年受理群众诉求390件。从诉求类型看，投诉类240件、咨询类98件；从办理渠道看，网上受理212件，"
    "网上受理占比{}%。",
    "全年受理行政复议申请61件。从申请事项看，行政处罚41件、信息公开12件；按申请人分，"
    "自然人申请35件，占比{}%。",
    "全年接到消费投诉265件。从投诉对象看，网络商家172件、实体门店70件；从投诉内容看，"
    "质量问题148件，占比{}%。",
    "全年调处纠纷173件。从纠纷类型看，邻里纠纷101件、婚姻家庭纠纷46件；从调处主体看，"
    "村级调委会调处90件，占比{}%。",
]
RIGHT_SHARES = ["55.0", "55.5", "55.8", "55.4", "54.4", "57.4", "55.8", "52.0"]
# two points off each (57.0 ≠ 55.0 …): wrong on the whole and on the other breakdown's figure
WRONG_SHARES = ["57.0", "57.5", "57.8", "57.4", "56.4", "59.4", "57.8", "54.0"]


@pytest.mark.parametrize(("text", "share"), list(zip(TWO_DIMENSIONS, RIGHT_SHARES, strict=True)))
def test_a_share_of_the_whole_is_not_read_over_the_other_breakdown(text: str, share: str) -> None:
    assert _any(text.format(share), codes=("N104",)) == [], _any(text.format(share))


@pytest.mark.parametrize(("text", "share"), list(zip(TWO_DIMENSIONS, WRONG_SHARES, strict=True)))
def test_a_wrong_share_of_the_whole_is_still_reported(text: str, share: str) -> None:
    assert [c for c, _ in _any(text.format(share), codes=("N104",))] == ["N104"], _any(
        text.format(share)
    )


# ---- 4. shares of a named whole that no whole number of its items gives ----------------------
NO_COUNT = [
    # 19.52% × 186 = 36.31, 17.62% × 186 = 32.77, 14.29% × 186 = 26.58: none whole (the
    # shares are 41, 37, 30 of 210)
    "全年全区信访总量186件次。从反映问题看，主要集中在征地拆迁、劳动社保和城市管理方面，"
    "分别占全区信访总量的19.52%、17.62%、14.29%。",
    # 30.21% × 88 = 26.58, 21.88% × 88 = 19.25 (29 and 21 of 96)
    "全年共受理行政复议申请88件，其中涉及行政处罚和政府信息公开的分别占受理总数的30.21%、21.88%。",
    # 32.24% × 1189 = 383.33 (403 of 1250); 22.96% × 1189 = 272.99 fits (273/1189 = 22.96)
    "全年共办理法律援助案件1189件，其中劳动争议和婚姻家庭案件分别占办理总数的32.24%、22.96%。",
    # 19.41% × 312 = 60.56, 12.06% × 312 = 37.63 (66 and 41 of 340); 28.53% × 312 = 89.01 fits
    "全县共排查矛盾纠纷312件，从纠纷类型看，邻里纠纷、土地纠纷和婚姻纠纷分别占排查总数的"
    "28.53%、19.41%、12.06%。",
    # one decimal: 33.3% × 52 = 17.32 (17/52 = 32.7, 18/52 = 34.6), 22.8% × 52 = 11.86
    # (12/52 = 23.1)
    "全年镇人民政府共收到群众来信52件，其中反映环境问题和噪声扰民的分别占来信总数的33.3%、22.8%。",
    # 28.90% × 694 = 200.57, 21.64% × 694 = 150.18 (211 and 158 of 730)
    "全年区市场监管局共受理投诉举报694件，涉及预付式消费和网络购物的分别占受理总数的28.90%、21.64%。",
    # 27.34% × 117 = 31.99, but 32/117 = 27.350 (27.35 rounded or truncated, 31/117 = 26.50);
    # 21.09% × 117 = 24.68, 14.84% × 117 = 17.36 (the shares are 35, 27, 19 of 128)
    "今年以来全镇信访总量117件次，其中土地征收、劳动报酬和邻里纠纷类信访分别占信访总量的"
    "27.34%、21.09%、14.84%。",
    # each share alone: 30.12% × 392 = 118.07, 21.73% × 392 = 85.18 (122 and 88 of 405)
    "全年区政务服务中心共受理投诉392件，其中反映办事效率的占受理总数的30.12%，"
    "反映服务态度的占受理总数的21.73%。",
]

COUNT_GIVES = [
    # 41, 37, 30 of 186: 22.04, 19.89, 16.13
    "全年全区信访总量186件次。从反映问题看，主要集中在征地拆迁、劳动社保和城市管理方面，"
    "分别占全区信访总量的22.04%、19.89%、16.13%。",
    # 29 and 21 of 88: 33.0, 23.9
    "全年共受理行政复议申请88件，其中涉及行政处罚和政府信息公开的分别占受理总数的33.0%、23.9%。",
    # 403 and 287 of 1189: 33.89, 24.14
    "全年共办理法律援助案件1189件，其中劳动争议和婚姻家庭案件分别占办理总数的33.89%、24.14%。",
    # rounding: 2/7 = 28.57 → 28.6, 3/7 = 42.86 → 42.9
    "全年共收到行政诉讼应诉通知7件，涉及土地征收和政府信息公开的分别占收到总数的28.6%、42.9%。",
    # truncation: 454/634 = 71.609, printed 71.60
    "全年区市场监督管理局办理行政处罚案件634件，其中适用简易程序的占全部处罚案件的71.60%。",
    # a share of another area's whole, not stated (18.46% × 312 = 57.6 says nothing)
    "全年全县共受理人民调解案件312件，调解成功305件，受理量占全市受理总量的18.46%。",
    # an approximate whole: 近190 is no exact count
    "全年全区信访总量近190件次。从反映问题看，主要集中在征地拆迁、劳动社保和城市管理方面，"
    "分别占全区信访总量的19.52%、17.62%、14.29%。",
    # a large whole: every two-decimal share is some count of 52380
    "全年市12345热线共受理群众诉求52380件，其中咨询和求助类诉求分别占受理总数的54.33%、22.72%。",
]


@pytest.mark.parametrize("text", NO_COUNT)
def test_a_share_no_count_of_its_named_whole_gives_is_a_warning(text: str) -> None:
    found = _any(text, codes=("N104",))
    assert found and all("不可能是" in m for _, m in found), found
    assert _errors(text) == []


@pytest.mark.parametrize("text", COUNT_GIVES)
def test_a_share_some_count_of_its_whole_gives_raises_nothing(text: str) -> None:
    assert _any(text, codes=("N104",)) == [], _any(text)


# ---- 5. a second breakdown's whole is the figure before the first ------------------------------
# (the first breakdown's last figure is no whole of the second: 301 of 男/女 is no whole of
# 老年人/未成年人; and a second breakdown singling out classes of interest need not add up)
SECOND_BREAKDOWN_RIGHT = [
    # 236 + 301 = 537; 148 + 37 = 185 ≤ 537 (some ages only)
    "全年县法律援助中心共为537名受援人提供法律援助服务。按受援人性别分，男性236人、女性301人；"
    "按年龄分，60周岁以上老年人148人、未成年人37人，均已指派律师承办。",
    # 260 + 160 = 420; 128 + 41 = 169 ≤ 420
    "全年共受理劳动争议案件420件。按争议类型分，劳动报酬争议260件、解除合同争议160件；"
    "按年龄分，35岁以下劳动者128件、55岁以上劳动者41件。",
    # 1040 and 820 are parts of the first breakdown, not the whole of 940 + 880
    "从当事人看，自然人申请的1,040人次，占比52%；法人申请的820人次，占比41%。"
    "从援助形式看，法律咨询940人次，占比47%；代理诉讼880人次，占比44%。",
    # 312 + 97 = 409; 65 + 22 = 87 ≤ 409
    "全年共调处矛盾纠纷409件。按调解层级分，村级调委会312件、镇级调委会97件；"
    "按当事人年龄分，60岁以上当事人65件、未成年人22件。",
    # 71 + 49 = 120; 66 ≤ 120 (66 > 49 says nothing)
    "全年受理行政复议案件120件。从被申请人层级看，区级部门71件、街道49件；从申请人看，"
    "企业申请66件。",
    # 180 + 95 = 275; 140 + 90 = 230 ≤ 275
    "全年办理法律援助案件275件。从案件类型看，民事案件180件、刑事案件95件；"
    "从受援人看，农民工140件、残疾人90件。",
    # 58 + 42 = 100; 61 + 27 = 88 ≤ 100
    "全年审结行政诉讼案件100件。从审级看，一审58件、二审42件；从案由看，城建类61件、资源类27件。",
    # 203 + 151 = 354; 120 + 64 = 184 ≤ 354
    "全年受理消费投诉354件。按渠道分，线上投诉203件、线下投诉151件；按对象分，餐饮企业120件、"
    "商超64件。",
]

SECOND_BREAKDOWN_WRONG = [
    # 236 + 301 = 537 ≠ 548 (男/女 all of them), the age list after it partial
    "全年县法律援助中心共为548名受援人提供法律援助服务。按受援人性别分，男性236人、女性301人；"
    "按年龄分，60周岁以上老年人148人、未成年人37人。",
    # 260 + 160 = 420; the second breakdown 男/女: 251 + 180 = 431 ≠ 420
    "全年共受理劳动争议案件420件。按争议类型分，劳动报酬争议260件、其他争议160件；"
    "按劳动者性别分，男性劳动者251件、女性劳动者180件。",
    # the second breakdown exhaustive (线上/线下): 203 + 160 = 363 ≠ 354
    "全年受理消费投诉354件。按对象分，餐饮企业120件、商超64件；按渠道分，线上投诉203件、"
    "线下投诉160件。",
    # the second breakdown with 其他: 61 + 27 + 15 = 103 ≠ 100
    "全年审结行政诉讼案件100件。从审级看，一审58件、二审42件；从案由看，城建类61件、资源类27件、"
    "其他类15件。",
    # the first breakdown wrong: 一审/二审 58 + 45 = 103 ≠ 100
    "全年审结行政诉讼案件100件。从审级看，一审58件、二审45件；从案由看，城建类61件、资源类27件。",
    # the second breakdown 男/女: 150 + 121 = 271 ≠ 275
    "全年办理法律援助案件275件。从案件类型看，民事案件180件、刑事案件95件；"
    "从受援人性别看，男性150件、女性121件。",
    # 线上/线下: 130 + 283 = 413 ≠ 409
    "全年共调处矛盾纠纷409件。按调解方式分，线上调解130件、线下调解283件；"
    "按当事人年龄分，60岁以上当事人65件、未成年人22件。",
    # the second breakdown 其余: 66 + 58 = 124 ≠ 120
    "全年受理行政复议案件120件。从被申请人层级看，区级部门71件、街道49件；从申请人看，"
    "企业申请66件，其余58件为个人申请。",
]


@pytest.mark.parametrize("text", SECOND_BREAKDOWN_RIGHT)
def test_a_second_breakdown_of_some_classes_raises_nothing(text: str) -> None:
    assert _any(text, codes=SPLIT) == [], _any(text)


@pytest.mark.parametrize("text", SECOND_BREAKDOWN_WRONG)
def test_a_complete_breakdown_that_misses_the_whole_is_reported(text: str) -> None:
    assert [c for c, _ in _any(text, codes=("N101", "N102"))], _any(text)
