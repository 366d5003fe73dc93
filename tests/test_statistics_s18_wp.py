"""Whole and parts announced by an ordinal list (session 18, s18-wp; issue 9).

1. An ordinal list (一是…二是…) right after a total whose items each carry a figure in the
   total's unit — 「立案28件：一是企业虚报案件19件，二是…6件，三是…3件」 — is the total's parts,
   not a list of 28 items: no N203 (relations/announced.py ``_Reading.clauses``: ``_is_sum``
   reads each item's first clause in full, not the head cut for the message). A list of
   plain names (or figures of another unit) still counts items: N203 stays.
2. 一是 right after a colon or a full stop, its first clause holding a figure, opens a list of
   parts as 其中 does (relations/partition.py ``_MARKER_RE``): parts adding to more than the
   total contradict it (N101); a list it does not call complete may add to less.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in the
comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

N203 = ("N203",)
PARTS = ("N101", "N102")

# ---- 1. an ordinal list of parts carrying figures in the count's unit: no N203 ----
SUM_LISTS = [
    # 19 + 6 + 3 = 28: parts of 28 cases, not 28 items
    "全年共立案查处统计违法案件28件：一是企业虚报瞒报案件19件，二是单位拒报迟报案件6件，三是伪造篡改统计资料案件3件。",
    # 12 + 9 = 21
    "全年审查水务规范性文件21件：一是行政规范性文件12件；二是党内规范性文件9件。",
    # 40 + 35 + 25 = 100
    "全年组织气象执法检查100次：一是防雷安全检查40次，二是施放气球检查35次，三是气象设施保护检查25次。",
    # 8 + 7 = 15
    "年内办理档案行政处罚案件15件：一是档案损毁案件8件；二是擅自销毁档案案件7件。",
    # 230 + 180 + 95 = 505 (家)
    "全年检查园区企业505家：一是检查制造业企业230家，二是检查物流企业180家，三是检查科技企业95家。",
    # 16 + 14 = 30 (人 and 名 are one unit group)
    "学校共有法律顾问30人：一是校内专职法律顾问16名，二是外聘律师14名。",
    # 3 + 2 + 1 = 6; the total 6 differs from the items counted, still a sum
    "全年修订公积金管理制度6项：一是缴存类制度3项，二是提取类制度2项，三是贷款类制度1项。",
    # 55 + 37 = 92
    "全年受理消防投诉举报92件：一是线上受理55件，二是窗口受理37件。",
]


@pytest.mark.parametrize("text", SUM_LISTS)
def test_ordinal_sum_is_no_item_count(text: str) -> None:
    assert not _any(text, codes=N203), _any(text)


ITEM_LISTS = [
    # 5 announced, three named (no figures in the items)
    "全年出台水务规范性文件5件：一是《水资源管理办法》，二是《河道管理办法》，三是《节约用水实施细则》。",
    # 4 announced, two listed
    "制定档案工作制度4项：一是档案移交制度；二是档案借阅制度。",
    # 3 announced, four listed
    "开展三次气象执法专项行动：一是防雷安全专项行动；二是施放气球专项行动；三是气象设施保护专项行动；四是观测环境保护专项行动。",
    # 5 announced, three listed
    "建立5项消防工作机制：一是联合检查机制，二是隐患通报机制，三是约谈整改机制。",
    # 4 announced, three listed; the figures are of another unit (家), no parts of 4项
    "推出4项惠企措施：一是为企业120家上门服务，二是为企业85家开通绿色通道，三是为企业60家减免费用。",
    # 6 announced, four listed
    "修订公积金管理制度6项：一是缴存管理办法；二是提取管理办法；三是贷款管理办法；四是内部控制制度。",
    # 3 announced, two listed
    "完成3件统计立法项目：一是统计条例实施细则；二是统计执法办法。",
    # 5 announced, four listed
    "健全5项园区审批制度：一是容缺受理制度，二是告知承诺制度，三是联合审图制度，四是多测合一制度。",
]


@pytest.mark.parametrize("text", ITEM_LISTS)
def test_ordinal_item_count_still_checked(text: str) -> None:
    assert [c for c, _ in _any(text, codes=N203)] == ["N203"], _any(text)


# ---- 2. 一是 after a colon or full stop opens a list of parts ----
ORDINAL_PARTS_WRONG = [
    # 19 + 6 + 3 = 28 > 27
    "全年共立案查处统计违法案件27件。一是企业虚报瞒报案件19件，二是单位拒报迟报案件6件，三是伪造篡改统计资料案件3件。",
    # 19 + 6 + 3 = 28 > 27 (colon)
    "全年共立案查处统计违法案件27件：一是企业虚报瞒报案件19件，二是单位拒报迟报案件6件，三是伪造篡改统计资料案件3件。",
    # 13 + 10 = 23 > 21
    "全年审查水务规范性文件21件。一是行政规范性文件13件；二是党内规范性文件10件。",
    # 42 + 35 + 25 = 102 > 100
    "全年组织气象执法检查100次：一是防雷安全检查42次，二是施放气球检查35次，三是气象设施保护检查25次。",
    # 9 + 7 = 16 > 15
    "年内办理档案行政处罚案件15件。一是档案损毁案件9件；二是擅自销毁档案案件7件。",
    # 240 + 180 + 95 = 515 > 505
    "全年检查园区企业505家：一是制造业企业240家，二是物流企业180家，三是科技企业95家。",
    # 57 + 37 = 94 > 92
    "全年受理消防投诉举报92件。一是线上受理57件，二是窗口受理37件。",
    # 1,260 + 880 = 2,140 > 2,104
    "全年办理公积金提取业务2,104笔：一是住房消费类提取1,260笔，二是非住房消费类提取880笔。",
]


@pytest.mark.parametrize("text", ORDINAL_PARTS_WRONG)
def test_ordinal_parts_over_total(text: str) -> None:
    assert any(code in PARTS for code, _ in _errors(text)), _any(text)


ORDINAL_PARTS_FINE = [
    # 19 + 6 + 3 = 28 == 28
    "全年共立案查处统计违法案件28件。一是企业虚报瞒报案件19件，二是单位拒报迟报案件6件，三是伪造篡改统计资料案件3件。",
    # 12 + 9 = 21 == 21
    "全年审查水务规范性文件21件：一是行政规范性文件12件；二是党内规范性文件9件。",
    # 30 + 35 + 25 = 90 < 100: a list it does not call complete
    "全年组织气象执法检查100次：一是防雷安全检查30次，二是施放气球检查35次，三是气象设施保护检查25次。",
    # 6 + 7 = 13 < 15: not called complete
    "年内办理档案行政处罚案件15件。一是档案损毁案件6件；二是擅自销毁档案案件7件。",
    # the items' first clauses hold no figure: measures, no parts (150 and 200 are what
    # each measure checked, no list after 一是 of the 320)
    "全年检查企业320家。一是开展安全生产检查，进一步压实企业主体责任；二是开展消防安全检查，督促整改隐患200处。",
    # 230 + 180 + 95 = 505 == 505
    "全年检查园区企业505家：一是制造业企业230家，二是物流企业180家，三是科技企业95家。",
    # the 一是 list is of another unit (场) than the total (人次): 14 + 9 = 23 场
    "全年开展消防宣传培训8,600人次：一是进校园宣传14场，二是进社区宣传9场。",
    # 1,260 + 844 = 2,104 == 2,104
    "全年办理公积金提取业务2,104笔：一是住房消费类提取1,260笔，二是非住房消费类提取844笔。",
]


@pytest.mark.parametrize("text", ORDINAL_PARTS_FINE)
def test_ordinal_parts_fitting(text: str) -> None:
    assert not _errors(text), _errors(text)


# ---- 3. a bracket right after a figure of a 顿号 list breaks down that figure alone ----
BRACKET_PART_WRONG = [
    # 784 + 1,458 = 2,242 > 2,187 (the bracket's figure), though < 4,085
    "全年接处警4,085起，其中火灾扑救1,236起、抢险救援2,187起（其中交通事故救援784起、危化品泄漏处置1,458起）、社会救助662起。",
    # 60 + 45 = 105 > 98
    "全年审查档案行政执法案卷160份、水务执法案卷98份（其中一般程序案卷60份、简易程序案卷45份）。",
    # 1,300 + 950 = 2,250 > 2,200
    "全年办理公积金缴存登记3,100笔、提取业务2,200笔（其中线上办理1,300笔、窗口办理950笔）、贷款业务860笔。",
    # 30 + 25 = 55 > 52
    "园区受理企业投诉52件（其中线上渠道30件、现场接待25件）、咨询事项410件。",
    # 9 + 8 = 17 > 16
    "学校修订教学管理制度24项、人事管理制度16项（其中新制定9项、修订8项）。",
    # 210 + 180 = 390 > 385
    "全年发布暴雨预警412次、大风预警385次（其中县级发布210次、乡镇级发布180次）。",
    # 48 + 37 = 85 > 83
    "全年查处统计违法案件83件（其中企业案件48件、个体户案件37件）、其他违法线索19条。",
    # 700 + 520 = 1,220 > 1,200
    "全年开展消防培训3,600人次、消防演练1,200人次（其中学校演练700人次、企业演练520人次）。",
]


@pytest.mark.parametrize("text", BRACKET_PART_WRONG)
def test_bracket_parts_of_their_figure(text: str) -> None:
    assert any(code in PARTS for code, _ in _errors(text)), _any(text)


BRACKET_PART_FINE = [
    # 784 + 1,358 = 2,142 <= 2,187
    "全年接处警4,085起，其中火灾扑救1,236起、抢险救援2,187起（其中交通事故救援784起、危化品泄漏处置1,358起）、社会救助662起。",
    # 50 + 45 = 95 <= 98
    "全年审查档案行政执法案卷160份、水务执法案卷98份（其中一般程序案卷53份、简易程序案卷45份）。",
    # 1,300 + 900 = 2,200 == 2,200
    "全年办理公积金缴存登记3,100笔、提取业务2,200笔（其中线上办理1,300笔、窗口办理900笔）、贷款业务860笔。",
    # no bracket: 其中 after the 顿号 list may break down both, 160 <= 142 + 37 = 179
    "全年查处水务违法案件142件、档案违法案件37件，其中适用一般程序的160件。",
    # 30 + 22 = 52 == 52
    "园区受理企业投诉52件（其中线上渠道30件、现场接待22件）、咨询事项410件。",
    # the bracket follows the last figure but holds no 其中 list of it: 25 + 16 = 41 (a
    # gloss of the list's items, 「含」 a few)
    "学校修订教学管理制度25项、人事管理制度16项（含新制定的制度9项），共计41项。",
    # 48 + 35 = 83 == 83
    "全年查处统计违法案件83件（其中企业案件48件、个体户案件35件）、其他违法线索19条。",
    # 700 + 500 = 1,200 == 1,200
    "全年开展消防培训3,600人次、消防演练1,200人次（其中学校演练700人次、企业演练500人次）。",
]


@pytest.mark.parametrize("text", BRACKET_PART_FINE)
def test_bracket_parts_fitting(text: str) -> None:
    assert not _errors(text), _errors(text)


# ---- 4. 其中 naming one figure of a 顿号 list as its scope (「其中A中…」) breaks down that figure ----
SCOPE_PART_WRONG = [
    # 784 + 1,458 = 2,242 > 2,187 (抢险救援), though < 4,085
    "全年接处警4,085起，其中火灾扑救1,236起、抢险救援2,187起、社会救助662起，其中抢险救援中交通事故救援784起、危化品泄漏处置1,458起。",
    # 60 + 45 = 105 > 98 (水务执法案卷)
    "全年审查档案执法案卷160份、水务执法案卷98份，其中水务执法案卷中一般程序案卷60份、简易程序案卷45份。",
    # 1,300 + 950 = 2,250 > 2,200 (提取业务)
    "全年办理缴存登记3,100笔、提取业务2,200笔，其中提取业务中线上办理1,300笔、窗口办理950笔。",
    # 9 + 8 = 17 > 16 (人事管理制度)
    "学校修订教学管理制度24项、人事管理制度16项，其中人事管理制度中新制定9项、修订8项。",
    # 210 + 180 = 390 > 385 (大风预警)
    "全年发布暴雨预警412次、大风预警385次，其中大风预警中县级发布210次、乡镇级发布180次。",
    # 48 + 37 = 85 > 83 (统计违法案件)
    "全年查处统计违法案件83件、档案违法案件41件，其中统计违法案件中企业案件48件、个体户案件37件。",
    # 700 + 520 = 1,220 > 1,200 (消防演练)
    "全年开展消防培训3,600人次、消防演练1,200人次，其中消防演练中学校演练700人次、企业演练520人次。",
    # 30 + 25 = 55 > 52 (企业投诉)
    "园区受理咨询事项410件、企业投诉52件，其中企业投诉中线上渠道30件、现场接待25件。",
]


@pytest.mark.parametrize("text", SCOPE_PART_WRONG)
def test_scope_named_part_over_its_figure(text: str) -> None:
    assert any(code in PARTS for code, _ in _errors(text)), _any(text)


SCOPE_PART_FINE = [
    # 784 + 1,358 = 2,142 <= 2,187
    "全年接处警4,085起，其中火灾扑救1,236起、抢险救援2,187起、社会救助662起，其中抢险救援中交通事故救援784起、危化品泄漏处置1,358起。",
    # 53 + 45 = 98 == 98
    "全年审查档案执法案卷160份、水务执法案卷98份，其中水务执法案卷中一般程序案卷53份、简易程序案卷45份。",
    # 1,300 + 900 = 2,200
    "全年办理缴存登记3,100笔、提取业务2,200笔，其中提取业务中线上办理1,300笔、窗口办理900笔。",
    # 8 + 8 = 16
    "学校修订教学管理制度24项、人事管理制度16项，其中人事管理制度中新制定8项、修订8项。",
    # no scope named: 其中 after the list may break down both, 450 <= 412 + 385 = 797
    "全年发布暴雨预警412次、大风预警385次，其中县级发布450次。",
    # 48 + 35 = 83
    "全年查处统计违法案件83件、档案违法案件41件，其中统计违法案件中企业案件48件、个体户案件35件。",
    # 700 + 500 = 1,200
    "全年开展消防培训3,600人次、消防演练1,200人次，其中消防演练中学校演练700人次、企业演练500人次。",
    # 30 + 22 = 52
    "园区受理咨询事项410件、企业投诉52件，其中企业投诉中线上渠道30件、现场接待22件。",
]


@pytest.mark.parametrize("text", SCOPE_PART_FINE)
def test_scope_named_part_fitting(text: str) -> None:
    assert not _errors(text), _errors(text)
