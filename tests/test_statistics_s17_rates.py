"""Rates and shares (session 17, s17-rates).

1. A share whose own clause names what it counts by a 的-phrase before 占 (「受援人满意或基本
   满意的占96.3%」) and gives it no figure has no stated numerator: a figure of another clause
   is not read as its numerator (rates ``_numerators``, ``_OWN_SUBJECT_SHARE_RE``). A share
   right after its figure (「…的172件，占38.5%」) is still read.
2. A part whose words put the opposite of a rate's timing qualifier before the rate's verb
   (逾期报备 for 及时报备率, 超期答复 for 按期答复率, 未按时报送 for 按时报送率) lies outside what
   the rate counts, so the rate is at most (whole － part) ÷ whole (rates ``_opposite_bound``,
   numbers.toml ``rates.opposite-qualifiers``): only a rate above that bound is reported.
3. A share in words that is a clause of its own (only 已/均 before it, a mark after it) right
   after a clause ending with a counted figure (「其中提出修改意见的47份，超过六成，」「在线申请
   的3,915件，已超过半数，」) is that figure's share, as a bare 「，占X%」 is (rates
   ``_closes_a_count_clause``; a warning, as every share in words).
4. A figure of last year's stock (「连同上年未办结的14件」) is no part of this year's whole: no
   complement reading (whole － it) for a rate (rates ``_complements``).

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

RATES = ("N104",)

# ---- 1. a share whose own clause has a subject without a figure ------------------------------
SUBJECT_SILENT = [
    # 满意或基本满意的 has no figure; 17÷1,218 is not its reading
    "全年共办结法律援助案件1,218件，截至年底尚有17件在办，受援人对援助结果满意或基本满意的占96.3%。",
    # 当场缴纳罚款的 over the 罚款决定 cases (not stated); 212÷530 = 40.0% is another share
    "全年办理城市管理行政处罚案件530件，其中适用简易程序的212件；在作出罚款决定的案件中，当事人当场缴纳罚款的占41.2%。",
    # 通过调解化解的 has no figure; 46÷318 is not it
    "全年受理劳动人事争议案件318件，仲裁裁决46件，通过调解方式化解的占61.5%。",
    # 获得赔偿的 no figure; 9÷64 is not it
    "全年审结国家赔偿案件64件，决定不予赔偿9件，赔偿请求人依法获得赔偿的占72.0%。",
    # 表示认可的 no figure; 38÷1,200 is not it
    "开展执法满意度回访1,200人次，收到意见建议38条，受访群众表示认可的占95.5%。",
    # 一次办成的 no figure; 126÷2,460 is not it
    "全年办理企业开办业务2,460件，退回补正材料126件，申请人一次办成的占88.8%。",
    # 当日办结的 no figure; 560÷3,300 is not it
    "全年受理户籍业务3,300件，其中外地户籍560件，群众当日办结的占90.2%。",
    # 主动履行的 no figure; 15÷133 is not it
    "全年作出行政处罚决定133件，申请强制执行15件，当事人自觉主动履行的占86.5%。",
]

SUBJECT_READ = [
    # 172/412 = 41.7% ≠ 38.5%: the share right after its figure
    "全年办理行政处罚案件412件，其中适用简易程序的172件，占38.5%。",
    # 172/412 = 41.7% ≠ 38.5%
    "全年办理行政处罚案件412件，其中适用简易程序的有172件，占比38.5%。",
    # 1,150/1,218 = 94.4% ≠ 96.3%
    "全年共办结法律援助案件1,218件，受援人对援助结果满意的1,150件，占96.3%。",
    # 205/312 = 65.7% ≠ 60.7%
    "全乡调解各类矛盾纠纷312起，其中婚姻家庭纠纷205起，占60.7%。",
    # 90/240 = 37.5% ≠ 35.7%
    "全年抽查执法案卷240卷，其中评为优秀的90卷，占35.7%。",
    # 41/97 = 42.3% ≠ 45.3%
    "全年审查行政规范性文件97件，其中经过公开征求意见程序的41件，占45.3%。",
    # 1,210/4,030 = 30.0% ≠ 33.0%
    "全年组织教师法治培训4,030人次，其中通过线上平台参训的1,210人次，占33.0%。",
    # 88/260 = 33.8% ≠ 38.3%
    "全年开展医疗机构依法执业检查260家次，其中发现问题的88家次，占38.3%。",
]


@pytest.mark.parametrize("text", SUBJECT_SILENT)
def test_a_share_whose_own_subject_has_no_figure_counts_no_other_clause(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


@pytest.mark.parametrize("text", SUBJECT_READ)
def test_a_share_right_after_its_figure_is_still_read(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)


# ---- 2. a part of the opposite qualifier bounds the rate ------------------------------------
OPPOSITE_WRONG = [
    # (146－5)/146 = 96.6% < 100%
    "全年向市政府报备规范性文件146件，其中逾期报备5件，规范性文件及时报备率达到100%。",
    # (312－4)/312 = 98.7% < 100%
    "全年受理政府信息公开申请312件，其中超期答复4件，依法按期答复率为100%。",
    # (647－11)/647 = 98.3% < 99.1%
    "全年登记处理群众来信来访647件次，其中逾期办理11件次，及时办理率为99.1%。",
    # (38－2)/38 = 94.7% < 100%
    "向区人大常委会报送备案规范性文件38件，其中未按时报送2件，按时报送率达到100%。",
    # (1,335－12)/1,335 = 99.1% < 99.8%
    "全年共办结热线工单1,335件，其中超时办结12件，工单按时办结率为99.8%。",
    # (86－3)/86 = 96.5% < 98.8%
    "全年办理人大代表建议86件，其中延期答复3件，按期答复率为98.8%。",
    # (520－26)/520 = 95.0% < 97.5%
    "全年受理行政许可申请520件，其中超期办理26件，按时办理率97.5%。",
    # (230－7)/230 = 97.0% < 100%
    "全年对执法案件开展法制审核230件，其中未及时审核7件，及时审核率为100%。",
]

OPPOSITE_RIGHT = [
    # (146－3)/146 = 97.945 -> 97.9%: at the bound
    "全年向市人大常委会报备规范性文件146件，其中逾期报备3件，规范性文件及时报备率为97.9%。",
    # 逾期 qualifies the applicant's 补正材料, not the office's 办结: no bound
    "全年受理不动产登记更正申请96件，其中申请人逾期补正材料的7件，依法按期办结率为100%。",
    # (1,335－5)/1,335 = 99.63 -> 99.6%
    "全年共办结热线工单1,335件，其中超时办结5件，工单按时办结率为99.6%。",
    # (86－3)/86 = 96.5%; 95.2% is below the bound (some may still be open): silent
    "全年办理人大代表建议86件，其中延期答复3件，按期答复率为95.2%以上。",
    # (520－26)/520 = 95.0% -> 95.0%
    "全年受理行政许可申请520件，其中超期办理26件，按时办理率95.0%。",
    # 逾期 of a fine's payment, not of 审核: no bound
    "全年对执法案件开展法制审核230件，其中当事人逾期缴纳罚款7件，及时审核率为100%。",
    # (647－11)/647 = 98.30 -> 98.3%
    "全年登记处理群众来信来访647件次，其中逾期办理11件次，及时办理率为98.3%。",
    # (38－2)/38 = 94.74 -> 94.7%
    "向区人大常委会报送备案规范性文件38件，其中未按时报送2件，按时报送率为94.7%。",
]


@pytest.mark.parametrize("text", OPPOSITE_WRONG)
def test_a_part_of_the_opposite_qualifier_bounds_the_rate(text: str) -> None:
    found = _any(text, codes=RATES)
    assert [c for c, _ in found] == ["N104"], _any(text)
    assert "－" in found[0][1], found  # the bound's reading: (whole － part) ÷ whole


@pytest.mark.parametrize("text", OPPOSITE_RIGHT)
def test_a_rate_within_its_opposite_bound_is_silent(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


# ---- 3. a share in words closing its own clause after a count --------------------------------
WORDED_WRONG = [
    # 47/86 = 54.7% < 超过六成 (60–100%)
    "全年审查合同86份，其中提出修改意见的47份，超过六成，审查意见均被采纳。",
    # 3,915/8,460 = 46.3% < 超过半数 (50–100%)
    "全年办理不动产登记业务8,460件，其中在线申请的3,915件，已超过半数，平均用时2个工作日。",
    # 88/260 = 33.8% < 四成以上 (40–100%)
    "全年检查医疗机构260家次，其中发现问题的88家次，四成以上，均已整改。",
    # 180/230 = 78.3% < 九成以上 (90–100%)
    "全年组织执法人员考试230人次，其中成绩优良的180人次，九成以上，均已颁发证书。",
    # 410/1,000 = 41.0% < 过半数 (50–100%)
    "全年发放问卷1,000份，其中表示非常满意的410份，过半数，其余为基本满意。",
    # 29/58 = 50.0%, 超过六成 (60–100%) false
    "全年办理行政应诉案件58件，其中调解撤诉的29件，超过六成，无败诉案件。",
    # 55/120 = 45.8% < 半数以上 (50–100%)
    "全年新招录执法人员120人，其中具有法律职业资格的55人，半数以上，均已取得执法证件。",
    # 1,200/2,000 = 60.0% < 七成以上 (70–100%)
    "全年受理12345工单2,000件，其中当日办结的1,200件，七成以上，其余在3日内办结。",
]

WORDED_RIGHT = [
    # 47/86 = 54.7% in 超过半数
    "全年审查合同86份，其中提出修改意见的47份，超过半数，审查意见均被采纳。",
    # 57/86 = 66.3% in 超过六成
    "全年审查合同86份，其中提出修改意见的57份，超过六成，审查意见均被采纳。",
    # a share opening its clause with a verb after it names its own subject: not 1,280's share
    "全年受理案件1,280件，超过六成通过网上办理，平均用时缩短一半。",
    # 4,500/8,460 = 53.2% in 已超过半数
    "全年办理不动产登记业务8,460件，其中在线申请的4,500件，已超过半数，平均用时2个工作日。",
    # 88/260 = 33.8% in 三成以上
    "全年检查医疗机构260家次，其中发现问题的88家次，三成以上，均已整改。",
    # 216/230 = 93.9% in 九成以上
    "全年办理复议案件230件，其中维持的216件，九成以上，纠错的14件。",
    # 2 shares in a list (分别): terms unstated, silent
    "全年办理案件300件，简易程序和普通程序分别约占六成、四成，均依法办结。",
    # 1,500/2,000 = 75.0% in 七成以上
    "全年受理12345工单2,000件，其中当日办结的1,500件，七成以上，其余在3日内办结。",
]


@pytest.mark.parametrize("text", WORDED_WRONG)
def test_a_worded_share_closing_a_clause_after_a_count_is_read(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)


@pytest.mark.parametrize("text", WORDED_RIGHT)
def test_a_worded_share_that_fits_or_names_its_subject_is_silent(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


# ---- 4. last year's stock is no part of this year's whole -----------------------------------
CARRIED_SILENT = [
    # 1326+14 = 1340 = 1335+5; 按时办结率 has no stated numerator; not (1326－14)÷1326
    "全年办理热线工单1326件，连同上年未办结的14件，全年共办结1335件，尚有5件正在办理中，按时办结率99.6%。",
    # 412+9 = 421 = 415+6; 按期办结率 not stated by a figure
    "全年受理行政复议申请412件，加上上年未审结的9件，共审结415件，尚有6件在审，按期审结率99.8%。",
]

CARRIED_READ = [
    # a part of this year's whole negating the stem: (1326－14)/1326 = 98.9% ≠ 99.6%
    "全年办理热线工单1326件，其中未办结14件，办结率99.6%。",
    # (412－9)/412 = 97.8% ≠ 99.8%
    "全年受理行政复议申请412件，其中未审结9件，审结率99.8%。",
]


@pytest.mark.parametrize("text", CARRIED_SILENT)
def test_last_years_stock_is_no_complement_of_this_years_whole(text: str) -> None:
    assert _any(text, codes=RATES) == [], _any(text)


@pytest.mark.parametrize("text", CARRIED_READ)
def test_a_negated_part_of_this_years_whole_is_still_read(text: str) -> None:
    assert [c for c, _ in _any(text, codes=RATES)] == ["N104"], _any(text)
