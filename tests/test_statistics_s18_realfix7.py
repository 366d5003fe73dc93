"""Session 18 (s18-realfix7): the last false findings on the s17-real6 published reports.

* a year in the body of a run-in heading (「一、加强组织领导。一是…报告2024年度…情况」) is no
  year of the section's title (N301 reads the heading's first sentence only);
* an instance count right before an act (「副县长某某4次带队深入一线」, numbers.toml
  ``announced.instance-acts``) is a frequency: the names before it are its subject, no list;
* a 顿号 list after an announcement that runs on past commas (「即：A、B，C，D同比下降」) is
  also read with the bare names after the commas (and the last one before a shared predicate);
* a rate whose numerator is unstated takes no 其中 part by position when its name shares no
  two characters in a row with what sets the part apart (成功率 after 其中达成书面协议210起);
* a paragraph opening with a label and a colon (「行政管理类别：」) opens a breakdown of its
  own: it is not read as going on with the paragraph before (one sentence, 。 as ；).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from relation_helpers import findings

from fazhi_lint import Config, lint_path


def _lint(year: int, body: str) -> list[str]:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "report.txt"
        path.write_text(
            f"某区人民政府关于{year}年法治政府建设情况的报告\n"
            f"{year}年，在区委的坚强领导下，区政府深入推进法治政府建设，现将有关情况报告如下。\n"
            f"{body}\n",
            encoding="utf-8",
        )
        return [x.code for x in lint_path(path, Config(select=("N",))).diagnostics]


# ---- 1. a year in the body of a run-in heading -------------------------------------------------
RUN_IN_TRAPS = [
    # in 2025 the government reports on 2024: the year stands in the body, not the title
    (
        2025,
        "一、加强法治政府建设组织领导。一是加强党的领导。向区人大常委会报告2024年度法治政府建设情况。",
    ),
    (
        2024,
        "一、强化组织保障。一是健全工作机制。3月向市政府报告2023年度法治政府建设情况，并向社会公开。",
    ),
    (
        2023,
        "一、压实第一责任人职责。一是主要负责人带头述法。按时报送2022年度法治政府建设年度报告。",
    ),
    (2025, "一、深化依法行政。一是完善制度体系。清理2024年度以前出台的规范性文件，废止5件。"),
    (
        2024,
        "一、健全依法决策机制。一是规范决策程序。对照2023年度重大行政决策事项目录逐项开展评估。",
    ),
    (2022, "一、推进严格规范公正文明执法。一是落实三项制度。通报2021年度行政执法案卷评查结果。"),
]
RUN_IN_WRONG = [
    # the heading's own title names another year than the report's
    (2025, "一、2023年度法治政府建设主要举措。一是加强党的领导。区政府常务会议学法7次。"),
    (2024, "一、2022年度主要工作成效。一是健全工作机制。区政府常务会议学法6次。"),
    (2023, "一、2021年法治政府建设工作情况。一是压实责任。区政府常务会议学法5次。"),
    (2025, "一、2022年推进法治政府建设的主要举措。一是完善制度体系。区政府常务会议学法8次。"),
    (2024, "一、2021年度法治政府建设主要成效。一是规范决策程序。区政府常务会议学法4次。"),
    (2022, "一、2020年度依法行政工作情况。一是落实三项制度。区政府常务会议学法9次。"),
]


@pytest.mark.parametrize(("year", "body"), RUN_IN_TRAPS)
def test_a_year_in_the_body_of_a_run_in_heading_is_no_title_year(year: int, body: str) -> None:
    assert "N301" not in _lint(year, body)


@pytest.mark.parametrize(("year", "body"), RUN_IN_WRONG)
def test_a_wrong_year_in_the_run_in_headings_title_is_found(year: int, body: str) -> None:
    assert "N301" in _lint(year, body)


# ---- 2. an instance count before an act: a frequency ----------------------------------------
FREQUENCY_TRAPS = [
    # 4次 counts trips of one person; 县委常委 and 常务副县长 are two titles of him
    "县委常委、常务副县长李建华4次带队深入一线开展安全检查，督促整改隐患36处。",
    # 3次 counts visits; the two titles are one person's
    "局党组书记、局长周明3次率队赴化工园区督导检查，发现问题11个。",
    # 5次 counts inspections led; the bodies before it are the subject
    "县应急局、县消防救援大队5次带领专家深入企业开展会诊，整改隐患52处。",
    # 6次 counts trips; 镇党委书记 and 镇长 are the two who went
    "镇党委书记、镇长6次深入村组走访群众，化解矛盾纠纷23件。",
    # 2次 counts trips; one person's two titles
    "区委副书记、区长王磊2次前往项目工地调研，协调解决问题8个。",
    # 7次 counts visits; two titles of one person
    "市场监管局党组书记、局长7次赴商超检查食品安全，下达整改通知书15份。",
]
FREQUENCY_WRONG = [
    # 四次会议 announced, three listed before it (党组会、常务会、专题会)
    "先后召开党组会、常务会、专题会四次会议研究安全生产工作，部署重点任务12项。",
    # 4次 announced, three listed after 分别为
    "局领导带队开展4次专项督查，分别为春节前安全检查、汛期隐患排查和危化品专项检查。",
    # 五场 announced, three listed after 分别是
    "全年举办五场法治讲座，分别是民法典专题、行政复议法专题和安全生产法专题讲座。",
    # 3轮 announced, two listed after 即
    "组织3轮集中整治，即燃气安全整治和电动车充电整治，整改隐患86处。",
    # 6次 announced, four listed after 分别为
    "开展6次联合执法，分别为城区夜市、校园周边、农贸市场和汽车站周边整治行动。",
    # 两批 announced, three listed after 分别是
    "分两批开展执法培训，分别是执法人员、法制审核人员和辅助人员培训，参训286人次。",
]


@pytest.mark.parametrize("text", FREQUENCY_TRAPS)
def test_an_instance_count_before_an_act_announces_no_list(text: str) -> None:
    assert findings(text, 2023, ("N203",)) == []


@pytest.mark.parametrize("text", FREQUENCY_WRONG)
def test_an_instance_count_of_a_listed_thing_is_still_checked(text: str) -> None:
    assert [c for c, _ in findings(text, 2023, ("N203",))] == ["N203"]


# ---- 3. a 顿号 list run on past commas -------------------------------------------------------
RUN_ON_TRAPS = [
    # 四下降: 事故起数、死亡人数，受伤人数，直接经济损失 = 4
    "全县事故呈现“四下降”趋势。即：事故起数、死亡人数，受伤人数，直接经济损失同比下降。",
    # 三下降: 事故起数、死亡人数，受伤人数 = 3 (then the shared predicate alone)
    "全县安全生产形势平稳，实现“三下降”，即：事故起数、死亡人数，受伤人数，均同比下降。",
    # 四项指标: 立案数、结案数，罚没款，涉案货值 = 4
    "全年执法实现四项指标增长，即立案数、结案数，罚没款，涉案货值均较上年增长。",
    # 五减少: 警情、刑事案件，治安案件，交通事故，火灾 = 5
    "辖区社会治安实现“五减少”，即：警情、刑事案件，治安案件，交通事故，火灾同比减少。",
    # 四项指标: 受理量、办结量，回访量，满意度 = 4
    "热线四项指标稳步提升，即受理量、办结量，回访量，满意度均有所提升。",
    # 四个方面: 组织保障、制度建设，队伍建设，执法监督 = 4
    "重点抓好四个方面工作，即：组织保障、制度建设，队伍建设，执法监督均取得新成效。",
]
RUN_ON_WRONG = [
    # 四下降 announced; 事故起数、死亡人数，直接经济损失 = 3
    "全县安全生产形势平稳，实现“四下降”，即：事故起数、死亡人数，直接经济损失均同比下降。",
    # 五下降 announced; 4 run on (事故起数、死亡人数，受伤人数，直接经济损失)
    "全县事故呈现“五下降”趋势。即：事故起数、死亡人数，受伤人数，直接经济损失同比下降。",
    # 五项指标 announced; 立案数、结案数，罚没款 = 3
    "全年执法实现五项指标增长，即立案数、结案数，罚没款均较上年增长。",
    # 六减少 announced; 警情、刑事案件，治安案件，交通事故 = 4
    "辖区社会治安实现“六减少”，即：警情、刑事案件，治安案件，交通事故同比减少。",
    # 四项指标 announced; 受理量、办结量 = 2 (a lone clause after the list is no item)
    "热线四项指标稳步提升，即受理量、办结量，群众满意度均有所提升。",
    # 五个方面 announced; 组织保障、制度建设，队伍建设 = 3
    "重点抓好五个方面工作，即：组织保障、制度建设，队伍建设均取得新成效。",
]


@pytest.mark.parametrize("text", RUN_ON_TRAPS)
def test_a_list_run_on_past_commas_counts_its_bare_names(text: str) -> None:
    assert findings(text, 2022, ("N203",)) == []


@pytest.mark.parametrize("text", RUN_ON_WRONG)
def test_a_list_run_on_past_commas_that_misses_the_count_is_found(text: str) -> None:
    assert [c for c, _ in findings(text, 2022, ("N203",))] == ["N203"]


# ---- 4. a 其中 part named by its own noun is no unstated numerator --------------------------
SUBSET_TRAPS = [
    # 152 ÷ 640 = 23.75%: 152 are those with a written agreement, not the successes
    "共调解各类纠纷640起，其中达成书面协议152起，成功率100%。",
    # 41 ÷ 318 = 12.9%: 41 were confirmed by a court, the successes are unstated
    "全年调处邻里纠纷318件，其中经司法确认的41件，调处成功率99.1%。",
    # 28 ÷ 96 = 29.2%: 28 signed a settlement, 化解 unstated
    "共化解劳资纠纷96起，其中签订和解协议的28起，化解率100%。",
    # 120 ÷ 455 = 26.4%
    "共排查矛盾纠纷455起，其中形成书面调解协议120起，调处成功率98.5%。",
    # 9 ÷ 76 = 11.8%: 9 went to arbitration, 结案 unstated
    "受理农民工欠薪投诉76件，其中进入仲裁程序的9件，结案率100%。",
    # 210 ÷ 823 = 25.5%
    "近三年来，共调解各类矛盾纠纷823起，其中达成书面协议210起，成功率100%，履行率100%。",
]
SUBSET_WRONG = [
    # 600 ÷ 640 = 93.75%, stated 100%
    "共调解各类纠纷640起，其中调解成功600起，成功率100%。",
    # 301 ÷ 318 = 94.65%, stated 99.1%
    "全年调处邻里纠纷318件，调处成功301件，调处成功率99.1%。",
    # 90 ÷ 96 = 93.75%, stated 100%
    "共受理劳资纠纷96起，已化解90起，化解率100%。",
    # 430 ÷ 455 = 94.5%, stated 98.5%
    "共排查矛盾纠纷455起，调处成功430起，调处成功率98.5%。",
    # 70 ÷ 76 = 92.1%, stated 100%
    "受理农民工欠薪投诉76件，已结案70件，结案率100%。",
    # 780 ÷ 823 = 94.8%, stated 100%
    "近三年来，共调解各类矛盾纠纷823起，其中调解成功780起，成功率100%，履行率100%。",
]


@pytest.mark.parametrize("text", SUBSET_TRAPS)
def test_a_subset_named_by_its_own_noun_is_no_numerator(text: str) -> None:
    assert findings(text, 2023, ("N104",)) == []


@pytest.mark.parametrize("text", SUBSET_WRONG)
def test_a_stated_numerator_that_misses_its_rate_is_found(text: str) -> None:
    assert "N104" in [c for c, _ in findings(text, 2023, ("N104",))]


# ---- 5. a paragraph opened by a label and a colon -------------------------------------------
LABEL_TRAPS = [
    # 总量 = 34: 13 ÷ 34 = 38.2%, 12 ÷ 34 = 35.3%; 17 is a peer item of the paragraph before
    "全年受理行政复议案件34件。\n案件类型情况：受理案件中投诉举报类12件，行政处罚类17件，行政强制类1件，行政确权类2件，行政不作为2件。\n"
    "行政管理类别：受理案件以市场监管及公共资源交易监管领域为主，其中市场监管领域投诉举报案件13件，占总量的38%，公共资源交易监管领域行政处罚案件12件，占总量的35%。",
    # 总量 = 40: 11 ÷ 40 = 27.5%, 9 ÷ 40 = 22.5%
    "全年受理行政复议案件40件。\n案件类型情况：受理案件中行政处罚类21件，行政许可类9件，信息公开类10件。\n"
    "被申请人情况：受理案件以县直部门为主，其中市场监管局案件11件，占总量的27.5%，自然资源局案件9件，占总量的22.5%。",
    # 总量 = 60: 15 ÷ 60 = 25%, 21 ÷ 60 = 35%
    "全年受理行政复议案件60件。\n案件类型情况：受理案件中行政处罚类30件，行政强制类8件，行政许可类22件。\n"
    "行政管理类别：受理案件以城市管理和生态环境领域为主，其中城市管理领域案件15件，占总量的25%，生态环境领域案件21件，占总量的35%。",
]
LABEL_WRONG = [
    # 13 ÷ 34 = 38.2%, stated 48% (a share of its own paragraph's 34)
    "案件类型情况：全年受理案件34件，其中投诉举报类12件，行政处罚类17件。\n"
    "行政管理类别：受理案件34件，其中市场监管领域投诉举报案件13件，占总量的48%。",
    # 11 ÷ 40 = 27.5%, stated 37.5%
    "案件类型情况：全年受理案件40件，其中行政处罚类21件，行政许可类9件。\n"
    "被申请人情况：受理案件40件，其中市场监管局案件11件，占总量的37.5%。",
    # 15 ÷ 60 = 25%, stated 35%
    "案件类型情况：全年受理案件60件，其中行政处罚类30件，行政强制类8件。\n"
    "行政管理类别：受理案件60件，其中城市管理领域案件15件，占总量的35%。",
]


@pytest.mark.parametrize("text", LABEL_TRAPS)
def test_a_labelled_paragraph_takes_no_peer_item_as_its_whole(text: str) -> None:
    assert findings(text, 2022, ("N101", "N104")) == []


@pytest.mark.parametrize("text", LABEL_WRONG)
def test_a_labelled_paragraphs_own_share_is_still_checked(text: str) -> None:
    assert "N104" in [c for c, _ in findings(text, 2022, ("N104",))]
