"""Session 15 (s15-realfix2): misreadings of 42 more published reports, fixed by general rules.

- A share of a whole a check narrowed (占有效举报的, 占属实线索的, 占立案案件的: numbers.toml
  ``rates.checked-wholes``) is not read over a figure whose words lack the check; a figure of
  the qualified noun still is its base (rates.py ``_check_unnamed``).
- A figure in a bracket right after a figure (「325件（其中无照经营210件）」) breaks that figure
  down: the share after the bracket is the outer figure's (rates.py ``_bracket_after``).
- A place in a ranking (排名前五位, 前3名) counts nothing (quantities.py ``_rank``).
- Signed changes are no levels for N206 (magnitude.py); a percentage change whose amount's
  clause names nothing is read by what the percentage's clause names (「增加433件，举报量增长
  12%」), and a figure stated as the prior (较上年的2358件) is the base itself (change.py).
- An average word inside a name (每日头条, “每日甘州”) is no average (common.py ``in_name``).
- A heading naming the report year and the next one (2024年工作总结及2025年工作计划) is no
  section of the next year alone (years.py).
- N203: the day of a date (2024-12-13) is no count; a bracketed list joined by ，keeps the 、
  inside its items; a list opening with the places (在A、B设立…) counts the run after them.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

# --- 1. a whole a check narrowed --------------------------------------------------------
CHECKED_FIT = [
    # 76% of 有效 (unstated): 226/0.76 = 297 of 413
    "本年度共接违法建设举报线索413起，均已办结（其中村（社区）上报226起，占有效举报的76%）。",
    # 82% of 属实 (unstated); 301/468 = 64.3% is another base
    "全年共收到违法建设举报线索468件。其中由网格员上报301件，占属实举报的82%。",
    # 152/190 = 80.0 (立案 stated)
    "全年受理信访投诉246件，立案查处的190件中，由群众举报发现152件，占立案案件的80%。",
    # 688/1720 = 40.0 (有效 stated); 688/2150 = 32
    "全年共接收投诉2150件，剔除重复后有效投诉1720件。其中物业类投诉688件，占有效投诉的40%。",
    # 45/0.6 = 75 合格 (unstated) of 120 抽检
    "全年抽检食品120批次，其中本地生产的45批次，占合格样品的60%。",
    # 33/55 = 60.0 (查实 stated)
    "全年受理价格举报140件，经查实55件，其中网络交易33件，占查实举报的60%。",
    # 64/0.8 = 80 核实 (unstated) of 150
    "共收到群众来信150封，其中反映物业问题的64封，占核实来信的80%。",
    # 18/24 = 75.0 (有效 stated), 18/40 = 45
    "共回收问卷40份，其中有效问卷24份，表示满意的18份，占有效问卷的75%。",
]
CHECKED_MISS = [
    # 236/295 = 80.0, stated 85
    "全年共收到举报线索468件，经核查属实295件。属实线索中，网格员上报236件，占属实举报的85%。",
    # 688/1720 = 40.0, stated 45
    "全年共接收投诉2150件，剔除重复后有效投诉1720件。其中物业类投诉688件，占有效投诉的45%。",
    # 152/190 = 80.0, stated 70
    "全年受理信访投诉246件，立案查处的190件中，由群众举报发现152件，占立案案件的70%。",
    # 301/468 = 64.3, stated 82 (no check named)
    "全年共收到违法建设举报线索468件，其中由网格员上报301件，占举报线索总量的82%。",
    # 33/55 = 60.0, stated 66
    "全年受理价格举报140件，经查实55件，其中网络交易33件，占查实举报的66%。",
    # 18/24 = 75.0, stated 72
    "共回收问卷40份，其中有效问卷24份，表示满意的18份，占有效问卷的72%。",
    # 226/413 = 54.7, stated 76 (no check named)
    "本年度共接违法建设举报线索413起，均已办结（其中村（社区）上报226起，占举报线索的76%）。",
    # 40/64 = 62.5, stated 52 (立案 stated)
    "全年接报案件线索90条，立案64件，其中简易程序40件，占立案案件的52%。",
    # 40/64 = 62.5, stated 52: 上述64件 points back at the 立案 figure
    "全年立案查处违法案件64件。\n上述64件案件中，适用简易程序的40件，占立案总数的52%。",
]


@pytest.mark.parametrize("text", CHECKED_FIT)
def test_checked_whole_not_the_wider_figure(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", CHECKED_MISS)
def test_checked_whole_stated_still_judged(text: str) -> None:
    assert findings(text, codes=("N104",))


# --- 2. a bracket right after a figure ---------------------------------------------------
BRACKET_FIT = [
    # 186/1550 = 12.0 (93/186 = 50, 93/1550 = 6)
    "全年共受理举报1550件。价格违法举报186件（其中哄抬价格93件），占举报总量的12%。",
    # 402/1748 = 23.0 (155/1748 = 8.9)
    "全年处理投诉1748件。其中质量投诉402件（含网购商品155件），占投诉总数的23%。",
    # 325/3618 = 8.98
    "受理举报3618件。其他违法行为325件（其中无照经营210件），占举报量的9%。",
    # 120/480 = 25.0
    "全年办理案件480件，其中简易程序120件（当场处罚86件），占25%。",
    # 64/320 = 20.0
    "全年调解纠纷320件。婚姻家庭纠纷64件(涉及赡养的21件)，占纠纷总数的20%。",
    # 90/600 = 15.0
    "全年检查企业600家，发现隐患企业90家（其中重大隐患12家），占比15%。",
    # 45/300 = 15.0
    "全年受理咨询300件，其中劳动争议45件（含工伤18件），占15%。",
    # 210/700 = 30.0
    "全年办件700件，其中跨省通办210件（线上办理150件），占全部办件的30%。",
]
BRACKET_MISS = [
    # 186/1550 = 12.0, stated 15
    "全年共受理举报1550件。价格违法举报186件（其中哄抬价格93件），占举报总量的15%。",
    # 402/1748 = 23.0, stated 9 (the bracketed 155 would give 8.9)
    "全年处理投诉1748件。其中质量投诉402件（含网购商品155件），占投诉总数的9%。",
    # 325/3618 = 9.0, stated 6 (the bracketed 210 would give 5.8)
    "受理举报3618件。其他违法行为325件（其中无照经营210件），占举报量的6%。",
    # 120/480 = 25.0, stated 18 (86/480 = 17.9)
    "全年办理案件480件，其中简易程序120件（当场处罚86件），占18%。",
    # 64/320 = 20.0, stated 7 (21/320 = 6.6)
    "全年调解纠纷320件。婚姻家庭纠纷64件(涉及赡养的21件)，占纠纷总数的7%。",
    # 90/600 = 15.0, stated 2 (12/600 = 2.0)
    "全年检查企业600家，发现隐患企业90家（其中重大隐患12家），占比2%。",
    # 45/300 = 15.0, stated 6 (18/300 = 6.0)
    "全年受理咨询300件，其中劳动争议45件（含工伤18件），占6%。",
    # 210/700 = 30.0, stated 21.4 (150/700 = 21.4)
    "全年办件700件，其中跨省通办210件（线上办理150件），占全部办件的21.4%。",
]


@pytest.mark.parametrize("text", BRACKET_FIT)
def test_share_after_a_bracket_is_the_outer_figures(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", BRACKET_MISS)
def test_share_after_a_bracket_still_judged(text: str) -> None:
    assert findings(text, codes=("N104",))


# --- 3. a place in a ranking -------------------------------------------------------------
RANK_FIT = [
    # shares of unstated counts; 五 and 三 are places
    "受理服务投诉5121件。排名前五位的服务类投诉是，餐饮住宿(占服务投诉的34%)、美容美发(8%)。",
    "受理商品投诉4759件。排名前五位的是食品（占商品投诉的18%）、交通工具（13%）。",
    "受理诉求800件。居前三位的为咨询类（占诉求总量的55%）、投诉类（38%）。",
    "全区16个镇街中，排名前五位的镇街共办理咨询3120件，占全区的52%。",
    "共评选执法案卷120卷，排名前10名的案卷均为优秀，占优秀案卷的25%。",
    "受理投诉2846件。投诉量排名前三位的商品依次是：服装（占18%）、家电（占15%）、食品（占11%）。",
    "全市12个区县中，受理量居前3名的区县共受理9600件，占全市的48%。",
    "受理举报3618件。排名前五位主要涉及，价格违法行为497件，占举报量的14%。",
]
RANK_MISS = [
    # 612/2846 = 21.5, stated 18
    "受理投诉2846件。投诉量排名前三位的商品依次是：服装612件（占商品类投诉的18%）、家电438件。",
    # 497/3618 = 13.7, stated 17
    "受理举报3618件。排名前五位主要涉及，价格违法行为497件，占举报量的17%。",
    # 440/800 = 55.0, stated 50
    "受理诉求800件。居前三位的为咨询类440件，占诉求总量的50%；投诉类304件，占38%。",
    # 142/506 = 28.1, stated 31.1
    "质量类投诉共506件，排名前三位的依次是电动车142件、燃气灶97件，分别占质量类投诉总量的31.1%、19.2%。",
    # 88/317 = 27.8, stated 25.8
    "检查317次，居前三位的依次为安全生产88次、消防54次，分别占涉企检查的25.8%、17.0%。",
    # 120/1000 = 12, stated 15
    "全年共受理诉求1000件，其中受理量前五名的东城街道120件，占15%。",
    # 230/500 = 46, stated 56
    "全年受理消费投诉500件，排在前三位的是食品类230件，占56%；价格类150件，占30%。",
    # 96/402 = 23.9, stated 32.9
    "全年调处纠纷402件，位居前三位的为婚姻家庭纠纷96件，占32.9%；邻里纠纷74件，占18.4%。",
]


@pytest.mark.parametrize("text", RANK_FIT)
def test_a_rank_is_no_count(text: str) -> None:
    assert not findings(text, codes=("N104",))


@pytest.mark.parametrize("text", RANK_MISS)
def test_shares_after_a_rank_still_judged(text: str) -> None:
    assert findings(text, codes=("N104",))


# --- 4. signed changes: no levels; a change over this year's level ------------------------
CHANGE_FIT = [
    # 举报 +433 beside all cases +49: 投诉 fell; no part above a whole
    "共接到案件13499件，比去年同期增加49件。其中受理投诉9880件，举报3618件，比去年同期增加433件。",
    "全年受理投诉举报11240件，比上年增加58件。其中投诉8480件，比上年减少344件；举报2760件，比上年增加402件。",
    # 402/2358 = 17.05
    "全年受理举报2760件，比上年增加402件，增长17%。",
    # the level stated is the prior: 402/2358 = 17.05
    "全年受理举报量较上年的2358件增加402件，增长17%。",
    # 312/2808 = 11.1
    "全年受理仲裁案件3120件，较上年增加312件，增长11.1%。",
    # prior stated: 312/2808 = 11.1
    "全年受理仲裁案件较上年的2808件增加312件，增长11.1%。",
    # 433/3185 = 13.6, the level a sentence before
    "受理消费者举报3618件，占27%。比去年同期增加433件，举报量增长13.6%。",
    # 96/1296 = 7.4
    "全年登记来访1200人次，同比减少96人次，下降7.4%；其中集体访42批次，同比增加6批次。",
]
CHANGE_MISS = [
    # 433/3185 = 13.6, stated 12 (433/3618)
    "受理消费者举报3618件，占27%。比去年同期增加433件，举报量增长12%。",
    # 402/2358 = 17.0, stated 14.6 (402/2760)
    "全年受理举报2760件，比上年增加402件，增长14.6%。",
    # 312/2808 = 11.1, stated 10 (312/3120)
    "全年受理仲裁案件3120件，较上年增加312件，增长10%。",
    # prior stated: 402/2358 = 17.0, stated 14.6
    "全年受理举报量较上年的2358件增加402件，增长14.6%。",
    # prior stated: 312/2808 = 11.1, stated 13.3
    "全年受理仲裁案件较上年的2808件增加312件，增长13.3%。",
    # 96/1296 = 7.4, stated 8 (96/1200)
    "全年登记来访1200人次，同比减少96人次，下降8%。",
    # 60/1200 = 5.0, stated 4.8 (60/1260), the level a sentence before
    "全区共有执法人员1260名。比上年增加60名，执法人员数量增长4.8%。",
    # 50/450 = 11.1, stated 10 (50/500)
    "全年办理法律援助案件500件，比上年增加50件，增长10%。",
]


@pytest.mark.parametrize("text", CHANGE_FIT)
def test_changes_read_as_changes(text: str) -> None:
    assert not findings(text, codes=("N206", "N108", "N101"))


@pytest.mark.parametrize("text", CHANGE_MISS)
def test_change_over_this_years_level_found(text: str) -> None:
    assert findings(text, codes=("N108",))


# --- 5. an average word inside a name ----------------------------------------------------
NAME_FIT = [
    # 35 + 80 + 243 = 358
    "全年公开信息358条，包括政府网站35条，今日定西、每日头条等媒体80条，微信公众号243条。",
    # 46 + 95 + 1210 = 1351
    "全年公开信息1351条，其中网站46条，在“每日甘州”、今日头条等平台发布95条，公众号1210条。",
    "全年发布信息1351条，其中“每日播报”栏目刊发240条。",
    "通过政府网站、每日临洮、公示栏等方式公开信息126条。",
    "在《每日新闻》栏目播出法治节目52期，全年开展普法活动36场。",
    "全年在每日头条、抖音等平台发布短视频64条，累计播放12万次。",
    # 1351/365 = 3.70
    "全年发布信息1351条，日均发布3.7条，其中“每日播报”刊发240条。",
    "全年接待群众1825人次，平均每日接待5人次。",
]
NAME_MISS = [
    # 35 + 80 + 2443 = 2558 > 382
    "全年公开信息382条，包括政府网站35条，今日定西、每日头条等媒体80条，微信公众号2443条。",
    # 46 + 95 + 1210 = 1351 > 1315
    "全年公开信息1315条，其中网站46条，在“每日甘州”、今日头条等平台发布95条，公众号1210条。",
    # 35 + 380 = 415 > 382 (380 on 每日临洮)
    "全年公开信息382条，其中政府网站35条，“每日临洮”380条。",
    # 240 > 200
    "全年发布信息200条，其中“每日播报”栏目刊发240条。",
    # 64 + 90 = 154 > 150
    "全年发布短视频150条，其中在每日头条、抖音等平台发布64条，在视频号发布90条。",
    # 52 + 60 = 112 > 100
    "全年播出法治节目100期，其中《每日新闻》栏目52期，《法治时空》栏目60期。",
    # 126 > 120
    "全年公开信息120条，其中通过每日临洮、公示栏等方式公开126条。",
    # 80 + 45 = 125 > 118
    "全年发布信息118条，其中在“每日新闻”发布80条，在公众号发布45条。",
]


@pytest.mark.parametrize("text", NAME_FIT)
def test_an_average_word_inside_a_name(text: str) -> None:
    assert not findings(text, codes=("N205", "N101"))


@pytest.mark.parametrize("text", NAME_MISS)
def test_a_figure_after_a_name_is_a_part(text: str) -> None:
    assert findings(text, codes=("N101", "N206"))


# --- 7. announced counts --------------------------------------------------------------------
ANNOUNCED_FIT = [
    "成文日期: 2024-12-13\n名称: 县应急管理局2024年工作总结",
    "发布日期：2024-12-26\n名称：县司法局2024年法治政府建设情况报告\n全年围绕“三个提升”开展工作：一是提升执法质量；二是提升服务效能；三是提升治理水平。",
    "印发日期：2025/01/06\n3名联络员负责报送。",
    "推进“三项制度”（市政府每月听取汇报，对分管领导及乡镇、部门一把手发送提示提醒及隐患挂牌督办），成效明显。",
    "落实“三项机制”（每季度召开分析会，向街道、社区负责人发送提示函，对重大隐患挂牌督办），成效明显。",
    "先后在县工商联、县旅文局、县市场监督管理局、县妇联设立总商会人民调解委员会、旅游纠纷人民调解委员会、消费纠纷人民调解委员会、婚姻家庭纠纷人民调解委员会4个行业性调解组织。",
    "在县总工会、县住建局设立劳动争议人民调解委员会、物业纠纷人民调解委员会2个专业性调解组织。",
    "在城东街道、城西街道、城南街道设立东区法律服务工作站、西区法律服务工作站、南区法律服务工作站3个站点。",
]
ANNOUNCED_MISS = [
    "发布日期：2024-12-26\n名称：县司法局2024年法治政府建设情况报告\n全年围绕“三个提升”开展工作：一是提升执法质量；二是提升服务效能。",
    "推进“四项制度”（市政府每月听取汇报，对分管领导及乡镇、部门一把手发送提示提醒及隐患挂牌督办），成效明显。",
    "落实“四项机制”（每季度召开分析会，向街道、社区负责人发送提示函，对重大隐患挂牌督办），成效明显。",
    "先后在县工商联、县旅文局、县市场监督管理局、县妇联设立总商会人民调解委员会、旅游纠纷人民调解委员会、消费纠纷人民调解委员会、婚姻家庭纠纷人民调解委员会5个行业性调解组织。",
    "在县总工会、县住建局设立劳动争议人民调解委员会、物业纠纷人民调解委员会3个专业性调解组织。",
    "在城东街道、城西街道、城南街道设立东区法律服务工作站、西区法律服务工作站、南区法律服务工作站4个站点。",
    "建立“三项制度”（A部门每月通报，B部门每季度考评），成效明显。",
    "成文日期: 2024-12-13\n名称: 县应急管理局2024年工作总结\n全年建立五项制度：一是例会制度；二是通报制度；三是督办制度。",
]


@pytest.mark.parametrize("text", ANNOUNCED_FIT)
def test_announced_counts_that_fit(text: str) -> None:
    assert not findings(text, codes=("N203",))


@pytest.mark.parametrize("text", ANNOUNCED_MISS)
def test_announced_counts_that_miss(text: str) -> None:
    assert findings(text, codes=("N203",))
