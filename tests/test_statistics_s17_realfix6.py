"""Session 17 (s17-realfix6): readings missing behind seven false errors on published reports
(s17-real6: 07, 20, 22, 27, 32, 43, 45).

* a change rate (下降率, 增长率, 降幅) is measured on the level its sentence compares with
  (「较去年同期的355起，下降101起，下降率28.45%」: 101 ÷ 355), one more reading beside this
  year's figure;
* a 分别 run of shares whose named base opens with a service's number (12315系统, 12345热线)
  is still a run: each share pairs with its figure in order;
* a share of a whole named only by its area and total (全区总量, 总数) is also read over the
  totals (共…) the paragraph states before;
* a share in a sentence opened by 其中 with no figure before it draws from the figure before:
  that figure is its whole, its numerator is not stated;
* a 其中 right after the last item of a 其中 list that adds up to its whole exactly may take
  that whole (36 of the 38, not of the last item's 3);
* a carried-in figure named by its year (上年度结转2件) joins the year's intake as the caseload
  its 其中 list splits (59 + 2 = 7 + 54);
* a figure stated as a share of the area's total (「共立案532件，占全区总量的9.81%」) is an
  item of one split of that total, no whole of a split by a dimension after it (从案件类型看).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# -- a change rate on the compared level -------------------------------------------------
CHANGE_TRAPS = [
    # 120 − 84 = 36; 36 ÷ 120 = 30%
    "全年发生火灾事故84起，较去年同期的120起，下降36起，下降率30%。",
    # 390 − 312 = 78; 78 ÷ 390 = 20%
    "全年受理信访件312件，较上年同期的390件，下降78件，下降率20%。",
    # 200 − 150 = 50; 50 ÷ 200 = 25%
    "全年查处酒驾案件150起，较去年同期的200起，下降50起，下降率25%。",
    # 60 − 45 = 15; 15 ÷ 60 = 25%
    "全年新增欠薪投诉45件，较上年同期的60件，下降15件，降幅25%。",
    # 1,380 − 1,200 = 180; 180 ÷ 1,200 = 15%
    "全年办理行政许可1,380件，较上年的1,200件，增长180件，增长率15%。",
    # 24 − 18 = 6; 6 ÷ 24 = 25%
    "全年发生生产安全事故18起，较去年同期的24起，下降6起，下降率25%。",
]
CHANGE_CONTRADICTIONS = [
    # 36 ÷ 120 = 30%, 36 ÷ 84 = 42.9%: 35% neither
    "全年发生火灾事故84起，较去年同期的120起，下降36起，下降率35%。",
    # 78 ÷ 390 = 20%, 78 ÷ 312 = 25%: 22% neither
    "全年受理信访件312件，较上年同期的390件，下降78件，下降率22%。",
    # 50 ÷ 200 = 25%, 50 ÷ 150 = 33.3%: 30% neither
    "全年查处酒驾案件150起，较去年同期的200起，下降50起，下降率30%。",
    # 15 ÷ 60 = 25%, 15 ÷ 45 = 33.3%: 30% neither
    "全年新增欠薪投诉45件，较上年同期的60件，下降15件，降幅30%。",
    # 180 ÷ 1,200 = 15%, 180 ÷ 1,380 = 13.0%: 18% neither
    "全年办理行政许可1,380件，较上年的1,200件，增长180件，增长率18%。",
    # 6 ÷ 24 = 25%, 6 ÷ 18 = 33.3%: 20% neither
    "全年发生生产安全事故18起，较去年同期的24起，下降6起，下降率20%。",
]


@pytest.mark.parametrize("text", CHANGE_TRAPS)
def test_change_rate_on_the_compared_level_is_consistent(text: str) -> None:
    assert findings(text, 2023, ("N104", "N108")) == []


@pytest.mark.parametrize("text", CHANGE_CONTRADICTIONS)
def test_change_rate_fitting_no_level_is_found(text: str) -> None:
    assert findings(text, 2023, ("N104", "N108"))


# -- a 分别 run whose base opens with a service number -----------------------------------
SERVICE_TRAPS = [
    # 300/500 = 60%, 150/500 = 30%, 50/500 = 10%
    "全年热线工单共500件，其中电话登记300件、网络登记150件、来信登记50件，分别占12345热线受理总量的60%、30%和10%。",
    # 220/400 = 55%, 120/400 = 30%, 60/400 = 15%
    "本月受理投诉400件，其中电话220件、网络120件、现场60件，分别占12315平台受理量的55%、30%和15%。",
    # 200/800 = 25%, 440/800 = 55%, 160/800 = 20%
    "全年受理求助800件，其中走失求助200件、纠纷求助440件、其他160件，分别占110接处警总量的25%、55%和20%。",
    # 350/1,000 = 35%, 420/1,000 = 42%, 230/1,000 = 23%
    "全年法律咨询1,000人次，其中婚姻家庭350人次、劳动争议420人次、其他230人次，分别占12348热线咨询总量的35%、42%和23%。",
    # 100/250 = 40%, 125/250 = 50%, 25/250 = 10%
    "全年工单共250件，其中咨询100件、投诉125件、建议25件，分别占12345平台工单总量的40%、50%和10%。",
    # 277/640 = 43.28%, 206/640 = 32.19%, 157/640 = 24.53%
    "全年接件640件，其中平台登记277件、来电登记206件、来信登记157件，分别占12315系统受理诉求总量的43.28%、32.19%和24.53%。",
]
SERVICE_CONTRADICTIONS = [
    # 150/500 = 30%, not 35%
    "全年热线工单共500件，其中电话登记300件、网络登记150件、来信登记50件，分别占12345热线受理总量的60%、35%和10%。",
    # 120/400 = 30%, not 35%
    "本月受理投诉400件，其中电话220件、网络120件、现场60件，分别占12315平台受理量的55%、35%和15%。",
    # 440/800 = 55%, not 50%
    "全年受理求助800件，其中走失求助200件、纠纷求助440件、其他160件，分别占110接处警总量的25%、50%和20%。",
    # 420/1,000 = 42%, not 40%
    "全年法律咨询1,000人次，其中婚姻家庭350人次、劳动争议420人次、其他230人次，分别占12348热线咨询总量的35%、40%和23%。",
    # 125/250 = 50%, not 45%
    "全年工单共250件，其中咨询100件、投诉125件、建议25件，分别占12345平台工单总量的40%、45%和10%。",
    # 206/640 = 32.19%, not 30.19%
    "全年接件640件，其中平台登记277件、来电登记206件、来信登记157件，分别占12315系统受理诉求总量的43.28%、30.19%和24.53%。",
]


@pytest.mark.parametrize("text", SERVICE_TRAPS)
def test_respective_shares_of_a_numbered_service_pair_in_order(text: str) -> None:
    assert findings(text, 2023, ("N104",)) == []


@pytest.mark.parametrize("text", SERVICE_CONTRADICTIONS)
def test_respective_share_off_its_figure_is_found(text: str) -> None:
    assert findings(text, 2023, ("N104",))


# -- a share of 全区总量 over the paragraph's stated total ---------------------------------
TOTAL_TRAPS = [
    # 600/4,000 = 15%, 520/4,000 = 13%
    "全区共受理城市管理案件4,000件。其中，东城街道最多，共600件，占全区总量的15%；其次是西城街道，共520件，占全区总量的13%。",
    # 450/2,500 = 18%, 400/2,500 = 16%
    "全市共立案违法建设案件2,500件，其中甲镇最多，共450件，占全市总量的18%；其次是乙镇，共400件，占全市总量的16%。",
    # 240/1,200 = 20%, 180/1,200 = 15%
    "全县共办理信访事项1,200件。其中县城管局最多，共240件，占总量的20%；其次是县住建局，共180件，占总量的15%。",
    # 750/5,000 = 15%, 600/5,000 = 12%
    "全区共受理投诉5,000件。其中甲街道最多，共750件，占全区总数的15%；其次是乙街道，共600件，占全区总数的12%。",
    # 2,000/8,000 = 25%, 1,600/8,000 = 20%
    "全年共查处交通违法行为8,000起。其中超速最多，共2,000起，占总数的25%；其次是闯红灯，共1,600起，占总数的20%。",
    # 450/3,000 = 15%, 330/3,000 = 11%
    "全区共受理案件3,000件。其中甲镇最多，共450件，占全区总量的15%；其次是乙镇，共立案330件，占全区总量的11%。",
    # 受理36件 is what the kinds split (20+9+7 = 36): 15/36 = 41.7% (15/20 and 15/40 do not fit)
    "全年共收到复议申请40件，受理36件。按类型分，行政处罚类20件，行政强制类9件，信息公开类7件。"
    "其中市场监管领域行政处罚案件15件，占总量的41.7%。",
]
TOTAL_CONTRADICTIONS = [
    # 520/4,000 = 13%, 520/600 = 86.7%: 14% neither
    "全区共受理城市管理案件4,000件。其中，东城街道最多，共600件，占全区总量的15%；其次是西城街道，共520件，占全区总量的14%。",
    # 400/2,500 = 16%: 19% no
    "全市共立案违法建设案件2,500件，其中甲镇最多，共450件，占全市总量的18%；其次是乙镇，共400件，占全市总量的19%。",
    # 180/1,200 = 15%: 17% no
    "全县共办理信访事项1,200件。其中县城管局最多，共240件，占总量的20%；其次是县住建局，共180件，占总量的17%。",
    # 600/5,000 = 12%: 14% no
    "全区共受理投诉5,000件。其中甲街道最多，共750件，占全区总数的15%；其次是乙街道，共600件，占全区总数的14%。",
    # 1,600/8,000 = 20%: 22% no
    "全年共查处交通违法行为8,000起。其中超速最多，共2,000起，占总数的25%；其次是闯红灯，共1,600起，占总数的22%。",
    # 330/3,000 = 11%: 12% no
    "全区共受理案件3,000件。其中甲镇最多，共450件，占全区总量的15%；其次是乙镇，共立案330件，占全区总量的12%。",
    # 15/36 = 41.7%, 15/40 = 37.5%, 15/20 = 75%: 47.7% fits none
    "全年共收到复议申请40件，受理36件。按类型分，行政处罚类20件，行政强制类9件，信息公开类7件。"
    "其中市场监管领域行政处罚案件15件，占总量的47.7%。",
]


@pytest.mark.parametrize("text", TOTAL_TRAPS)
def test_share_of_the_area_total_reads_the_stated_total(text: str) -> None:
    assert findings(text, 2023, ("N104",)) == []


@pytest.mark.parametrize("text", TOTAL_CONTRADICTIONS)
def test_share_of_the_area_total_off_it_is_found(text: str) -> None:
    assert findings(text, 2023, ("N104",))


# -- a 其中 sentence's share: the figure before is its whole ------------------------------
AMONG_TRAPS = [
    # the part (30 of 48 = 62.5%) is not stated; 48 ÷ 52 is no reading
    "全年共收到行政复议申请52件，受理48件。其中以乡镇政府为被申请人的居多，占总量的62.5%。",
    # 70% of 120 (84) not stated
    "全年受理劳动仲裁案件120件。其中涉及拖欠工资的居多，占总量的70%。",
    # 40.2% of 580 not stated; 580 ÷ 600 = 96.7% is no reading
    "全年收到投诉举报600件，受理580件。其中食品类投诉最多，占总量的40.2%。",
    # 36% of 900 not stated
    "全年调处矛盾纠纷900件，调处成功880件。其中婚姻家庭纠纷为主，占总量的36%。",
    # 31.5% of 2,400 not stated
    "全年接收热线转办件2,400件。其中城市管理类最多，占总量的31.5%。",
    # 94.11% of 34 not stated; 34 ÷ 35 = 97.1% is no reading
    "全年收到复议申请35件，受理34件。其中被申请人以市直部门为主，占总量的94.11%。",
]
AMONG_CONTRADICTIONS = [
    # 30/48 = 62.5%, 30/52 = 57.7%: 68.5% neither
    "全年共收到行政复议申请52件，受理48件。其中以乡镇政府为被申请人的30件，占总量的68.5%。",
    # 84/120 = 70%: 75% no
    "全年受理劳动仲裁案件120件。其中涉及拖欠工资的84件，占总量的75%。",
    # 240/580 = 41.4%, 240/600 = 40%: 45% neither
    "全年收到投诉举报600件，受理580件。其中食品类投诉240件，占总量的45%。",
    # 324/900 = 36%, 324/880 = 36.8%: 30% neither
    "全年调处矛盾纠纷900件，调处成功880件。其中婚姻家庭纠纷324件，占总量的30%。",
    # 756/2,400 = 31.5%: 35% no
    "全年接收热线转办件2,400件。其中城市管理类756件，占总量的35%。",
    # 32/34 = 94.1%, 32/35 = 91.4%: 98% neither
    "全年收到复议申请35件，受理34件。其中以市直部门为被申请人的32件，占总量的98%。",
]


@pytest.mark.parametrize("text", AMONG_TRAPS)
def test_among_sentence_share_without_its_figure_says_nothing(text: str) -> None:
    assert findings(text, 2023, ("N104",)) == []


@pytest.mark.parametrize("text", AMONG_CONTRADICTIONS)
def test_among_sentence_share_with_its_figure_is_found(text: str) -> None:
    assert findings(text, 2023, ("N104",))


# -- a 其中 after a closed list takes the list's whole -------------------------------------
LIST_TRAPS = [
    # 7+14+5+2+7+3 = 38; 36 ≤ 38
    "全年公开信息38条，其中政策文件7条、招生招考14条、督导报告5条、学区划分2条、民办学校7条、互动交流3条，其中区网站录用36条。",
    # 12+9+6+4+14 = 45; 41 ≤ 45
    "全年发布信息45条，其中工作动态12条、通知公告9条、政策解读6条、人事信息4条，专题专栏14条，其中市政府网站采用41条。",
    # 20+25+15 = 60; 42 ≤ 60
    "全年报送信息60条，其中政务信息20条、工作动态25条、专题信息15条，其中被市级采用42条。",
    # 18+12 = 30; 25 ≤ 30
    "共办理建议提案30件，其中人大建议18件、政协提案12件，其中面商沟通25件。",
    # 16+24 = 40; 30 ≤ 40
    "全年开展培训40场，其中线上16场、线下24场，其中邀请专家授课30场。",
    # 52+28 = 80; 65 ≤ 80
    "受理申请80件，其中个人52件、企业28件，其中通过网络提交65件。",
]
LIST_CONTRADICTIONS = [
    # 40 > 38, the list's whole too
    "全年公开信息38条，其中政策文件7条、招生招考14条、督导报告5条、学区划分2条、民办学校7条、互动交流3条，其中区网站录用40条。",
    # 12+9+6+4+14 = 45 ≠ 47: no closed list; 41 > 14
    "全年发布信息47条，其中工作动态12条、通知公告9条、政策解读6条、人事信息4条，专题专栏14条，其中市政府网站采用41条。",
    # 64 > 60
    "全年报送信息60条，其中政务信息20条、工作动态25条、专题信息15条，其中被市级采用64条。",
    # 32 > 30
    "共办理建议提案30件，其中人大建议18件、政协提案12件，其中面商沟通32件。",
    # 44 > 40
    "全年开展培训40场，其中线上16场、线下24场，其中邀请专家授课44场。",
    # 85 > 80
    "受理申请80件，其中个人52件、企业28件，其中通过网络提交85件。",
    # 500 + 300 = 800 closed, but a list of kinds breaks the last item: 120 + 110 + 80 = 310 > 300
    "共受理纠纷800件，其中社区调解500件，街道调解300件，其中婚姻家庭纠纷120件，邻里纠纷110件，物业纠纷80件。",
    # 300 + 200 = 500 closed; 90 + 80 + 40 = 210 > 200 (the kinds of the last item)
    "全年共调解纠纷500件，其中村级调解300件，街道调解200件，其中婚姻纠纷90件，邻里纠纷80件，合同纠纷40件。",
]


@pytest.mark.parametrize("text", LIST_TRAPS)
def test_among_after_a_closed_list_takes_its_whole(text: str) -> None:
    assert findings(text, 2023, ("N101",)) == []


@pytest.mark.parametrize("text", LIST_CONTRADICTIONS)
def test_among_larger_than_every_whole_is_found(text: str) -> None:
    assert findings(text, 2023, ("N101",))


# -- a carry-in named by its year joins the caseload ---------------------------------------
CARRY_TRAPS = [
    # 59 + 2 = 61 = 7 + 54
    "本年度共收到政府信息公开申请59件，上年度结转办理2件，其中结转下年度7件，其余54件全部按时答复。",
    # 40 + 3 = 43 = 38 + 5
    "全年共收到申请40件，上年度结转3件，其中办结38件，结转下年度5件。",
    # 120 + 4 = 124 = 116 + 8
    "本年度新收申请120件，上年度结转4件，其中办结116件，结转下年度8件。",
    # 25 + 1 = 26 = 2 + 24
    "全年收到依申请公开申请25件，上年度结转1件，其中结转下年度2件，其余24件已办结。",
    # 70 + 6 = 76 = 71 + 5
    "全年共受理申请70件，上年度结转6件，其中办结71件，结转下年度5件。",
    # 33 + 2 = 35 = 4 + 31
    "全年收到申请33件，上年度结转办理2件，其中结转下一年度4件，其余31件全部答复。",
]
CARRY_CONTRADICTIONS = [
    # 7 + 57 = 64 ≠ 61 (nor 59)
    "本年度共收到政府信息公开申请59件，上年度结转办理2件，其中结转下年度7件，其余57件全部按时答复。",
    # 38 + 8 = 46 ≠ 43
    "全年共收到申请40件，上年度结转3件，其中办结38件，结转下年度8件。",
    # 116 + 12 = 128 ≠ 124
    "本年度新收申请120件，上年度结转4件，其中办结116件，结转下年度12件。",
    # 2 + 27 = 29 ≠ 26
    "全年收到依申请公开申请25件，上年度结转1件，其中结转下年度2件，其余27件已办结。",
    # 75 + 5 = 80 ≠ 76
    "全年共受理申请70件，上年度结转6件，其中办结75件，结转下年度5件。",
    # 4 + 34 = 38 ≠ 35
    "全年收到申请33件，上年度结转办理2件，其中结转下一年度4件，其余34件全部答复。",
]


@pytest.mark.parametrize("text", CARRY_TRAPS)
def test_carry_in_named_by_its_year_joins_the_caseload(text: str) -> None:
    assert findings(text, 2023, ("N101", "N102")) == []


@pytest.mark.parametrize("text", CARRY_CONTRADICTIONS)
def test_caseload_split_off_both_wholes_is_found(text: str) -> None:
    assert findings(text, 2023, ("N101", "N102"))


# -- a ranked item with its share of the area total is no whole of a later split -------------
RANKED_TRAPS = [
    # 600 ÷ 4,000 = 15%: 600 is an item of the 4,000; 700 is of the 4,000 too
    "平台共受理案件4,000件。其中东城街道最多，共立案600件，占全区总量的15%。从案件类型看，占道经营共立案700件。",
    # 450 ÷ 3,000 = 15%
    "热线共接收投诉3,000件。其中甲区最多，共受理450件，占全市总量的15%。从投诉类型看，食品类共受理520件。",
    # 180 ÷ 900 = 20%
    "全县共接报案件900件。其中乙镇最多，共查处180件，占全县总数的20%。按违法类型分，无证经营共查处240件。",
    # 500 ÷ 2,000 = 25%
    "大厅共受理申请2,000件。其中政务中心窗口最多，共办理500件，占全区总量的25%。从事项类别看，企业开办共办理620件。",
    # 300 ÷ 1,500 = 20%
    "全市共排查纠纷1,500件。其中甲街道最多，共调解300件，占全市总量的20%。从纠纷类型看，邻里纠纷共调解410件。",
    # 160 ÷ 800 = 20%
    "全区共登记企业800家。其中丙镇最多，共检查160家，占全区总数的20%。按行业分，餐饮业共检查210家。",
]
RANKED_CONTRADICTIONS = [
    # 700 > 600, the only figure of 立案 before the split (no share marks it an item)
    "东城街道共立案600件。从案件类型看，占道经营共立案700件。",
    # 520 > 450
    "甲区共受理投诉450件。从投诉类型看，食品类共受理520件。",
    # 240 > 180
    "乙镇共查处案件180件。按违法类型分，无证经营共查处240件。",
    # 620 > 500
    "政务中心共办理许可500件。从事项类别看，企业开办共办理620件。",
    # 410 > 300
    "甲街道共调解纠纷300件。从纠纷类型看，邻里纠纷共调解410件。",
    # 210 > 160
    "丙镇共检查企业160家。按行业分，餐饮业共检查210家。",
]


@pytest.mark.parametrize("text", RANKED_TRAPS)
def test_ranked_item_with_its_share_is_no_whole_of_a_later_split(text: str) -> None:
    assert findings(text, 2023, ("N101",)) == []


@pytest.mark.parametrize("text", RANKED_CONTRADICTIONS)
def test_split_part_over_its_only_whole_is_found(text: str) -> None:
    assert findings(text, 2023, ("N101",))
