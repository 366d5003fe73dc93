"""Announced counts (N203), time (N301–N304) and text against table (N401), on minimal inputs
written for these tests: each shape of list, date and table the rules read, with its twin."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import SectionRange, analyze_text, contradictions, year_relations
from fazhi_lint.analysis.relations.announced import announced_relations
from fazhi_lint.analysis.relations.dates import date_consistency_relations
from fazhi_lint.analysis.relations.periods import period_relations
from fazhi_lint.analysis.relations.years import date_relations
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Block, Document
from tests.docx_factory import build_docx, p, tbl, tc


def codes(text: str, year: int | None = None) -> list[str]:
    return [r.code for r in contradictions(analyze_text(text, year))]


def messages(text: str, year: int | None = None, code: str = "") -> list[str]:
    return [r.message for r in contradictions(analyze_text(text, year)) if r.code == code]


# -- announced counts ---------------------------------------------------------------------------

ANNOUNCED_WRONG = [
    # 分别是 with a 顿号 list whose last item is joined by 和 (both sides names of their own)
    "全年开展五类专项行动，分别是校园周边整治、农贸市场检查、网络订餐抽查和餐饮油烟治理，成效明显。",
    # 即 with a list of quoted names
    "组织4次集中行动，即“清风”行动、“护苗”行动和“净网”行动，共查处案件20起。",
    # a colon list that ends at a comma before a new statement
    "出台六条便民措施：容缺受理、帮办代办、预约服务、延时服务、上门服务，全年服务群众800人次。",
    # a set phrase in quotes checked against the list after its colon
    "落实“三项制度”：执法公示制度、执法全过程记录制度、法制审核制度和持证上岗制度。",
    # a quoted name whose measure is not a measure word (五员)
    "组建“五员”调解队伍：社区民警、法律顾问、网格员、楼栋长，化解纠纷30件。",
    # book titles after 分别为
    "制定两项制度，分别为《集体讨论办法》《检查计划规定》和《考核办法》，并印发执行。",
    # an ordinal enumeration inside the paragraph
    "健全四项机制：一是建立繁简分流机制；二是建立咨询论证机制；三是建立跟踪反馈机制。",
    # parallel items that each carry 的 are a list
    "重点清理三类文件：与上位法不一致的、不符合营商环境要求的、含有地方保护内容的、与民法典相冲突的，共清理20件。",
    # 「A和B」 as two items
    "构建“三道防线”：智能监控防线和专项稽核防线，全年追回资金10万元。",
    # the terms of a 1+N name against the counts listed
    "构建“1+3”政策体系，即1个管理办法和甲、乙、丙、丁4个专项方案。",
    # book titles before the count
    "制定《甲办法》《乙规定》《丙细则》两项制度。",
    # a bracket that lists the members
    "推动落实5个部门（政务服务办、市场监管局、数字办、应急局）常务会前讲法工作。",
]

ANNOUNCED_RIGHT = [
    "全年开展四类专项行动，分别是校园周边整治、农贸市场检查、网络订餐抽查和餐饮油烟治理，成效明显。",
    "出台五条便民措施：容缺受理、帮办代办、预约服务、延时服务、上门服务，全年服务群众800人次。",
    "落实“三项制度”：执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。",
    # brackets that qualify the noun
    "覆盖全市12个县（市、区）的法治宣传阵地全部建成。",
    "全省8个县区（开发区、管理局）开展试点。",
    "梳理21个行政许可事项（47个子项），实现全程网办。",
    # an open list
    "开展宪法宣传周、民法典宣传月等9项主题宣传活动。",
    "主要包括容缺受理、帮办代办等，共推出12项便民措施：容缺受理、帮办代办等。",
    # set phrases with nothing listed
    "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    # a 顿号 list inside a modifier of each item
    "设立三个办案组，分别是负责公安、交通类案件的第一办案组，负责市场监管、人社类案件的"
    "第二办案组，以及负责其他类别案件的第三办案组，全年审结案件206件。",
    # a duration and a difference are not counts of items
    "连续24个月保持两位数增长，较上年提高两个百分点。",
    # a list counted by its own number, a numeral inside a list
    "“三免三便利”政策：我省为甲国、乙国、丙国3个国家提供便利。",
    "包括一级子公司、二级子公司、三级子公司等。",
    "形成1个管理运营机构、1个省级平台公司、N个专业化二级运营公司。",
    "构建“1+3”政策体系，即1个管理办法和甲、乙、丙3个专项方案。",
]


@pytest.mark.parametrize("text", ANNOUNCED_WRONG)
def test_announced_count_against_a_closed_list(text: str) -> None:
    assert "N203" in codes(text), text


@pytest.mark.parametrize("text", ANNOUNCED_RIGHT)
def test_announced_count_silent(text: str) -> None:
    assert "N203" not in codes(text), text


def test_announced_over_following_paragraphs() -> None:
    wrong = "\n".join(
        [
            "街道重点从四个方面加强法治建设。",
            "（一）压实第一责任人职责。全年专题研究法治工作5次。",
            "（二）规范合同审查。全年审查合同48份。",
            "（三）提升执法水平。全年办理案件73件。",
        ]
    )
    assert "N203" in codes(wrong)
    right = wrong.replace("四个方面", "三个方面")
    assert "N203" not in codes(right)
    inline = "\n".join(
        [
            "区政府着力在三个环节上下功夫。",
            "一是严把公众参与关。",
            "二是严把专家论证关。",
            "三是严把风险评估关。",
            "四是严把合法性审查关。",
        ]
    )
    assert "N203" in codes(inline)
    assert "N203" not in codes(inline.replace("三个环节", "四个环节"))
    # a set phrase ending a paragraph does not announce the next paragraphs
    phrase = "推动“三个定位”不断取得新进展。\n1.第一项。\n2.第二项。\n3.第三项。\n4.第四项。"
    assert "N203" not in codes(phrase)
    # an item of 一是… cut in two by a PDF's layout
    cut = "开展了三项工作。\n一是发布通告，发布通告12\n份，均经审核。\n二是做好管控。"
    assert "N203" in codes(cut)
    assert "N203" not in codes(cut.replace("三项", "两项"))


def test_announced_message_names_the_items() -> None:
    (message,) = messages(ANNOUNCED_WRONG[2], code="N203")
    assert "六条" in message and "5项" in message and "容缺受理" in message


# -- time ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "code"),
    [
        ("截至2025年9月，全区累计建成法治文化阵地36个。", 2024, "N301"),
        ("平台已于2024年10月正式上线运行，文件公开率100%。", 2023, "N301"),
        ("2022年，区仲裁院共立案受理争议案件1126件，审结1098件。", 2021, "N301"),
        ("下一步，区局将认真总结经验，2023年重点做好以下工作：推进执法规范化。", 2023, "N301"),
        ("上半年受理行政复议案件56件。全年共受理行政复议案件52件。", 2024, "N302"),
        ("1—6月，全区受理报警求助3.42万起；全年受理报警求助3.16万起。", 2024, "N302"),
        ("前9个月受理案件300件，全年受理案件280件。", 2024, "N302"),
        ("2022年2月29日，委员会召开第五次会议，审议通过工作要点。", 2022, "N303"),
        ("2021年6月31日，两部门签署协作机制。", 2021, "N303"),
        ("2024年3月5日（星期一），区政府召开常务会议。", 2024, "N303"),
        ("2025年第二季度，区局完成了全部整改。", 2024, "N301"),
        ("2025年1月至9月，全区累计受理案件300件。", 2024, "N301"),
        ("2024年5月起开展为期一个半月的专项行动，至2024年9月底结束。", 2024, "N304"),
        ("2024年11月4日至15日，开展为期5天的集中检查，检查企业126家。", 2024, "N304"),
        (
            "2023年3月，启动为期两个月的专项行动，至2023年7月底行动结束时，共拆除违建12处。",
            2023,
            "N304",
        ),
        ("于2025年9月启动专项整治，2025年6月底前已全部完成问题整改。", 2025, "N304"),
        ("调解工作室自2021年成立以来，已连续运行五周年，累计调解纠纷1260件。", 2024, "N304"),
        ("2024年3月，区政府对2024年度法治政府建设考核优秀的12个单位进行了表彰。", 2024, "N304"),
    ],
)
def test_time_contradictions(text: str, year: int, code: str) -> None:
    assert code in codes(text, year), text


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("截至2025年2月底，上述案件中已执行完毕的224件。", 2024),
        ("截至2026年3月中旬，累计完成申报4126户。", 2025),
        ("2019年以来，区政府累计出台行政规范性文件86件；2024年出台14件。", 2024),
        ("下一步，区教育局将计划于2025年9月前实现法治副校长培训全覆盖。", 2024),
        ("力争到2025年底建成法治文化阵地40个。", 2024),
        ("认真落实2021年出台的《改革实施方案》，2022年全年共收到申请213件。", 2022),
        ("新修订的条例自2025年5月1日起施行。", 2024),
        ("上半年破获刑事案件486起；全年共受理行政案件412起。", 2024),
        ("去年上半年受理案件56件，全年受理案件52件。", 2024),
        ("上半年开展法治讲座148场；全年共开展法治讲座336场。", 2022),
        ("1—11月，共办理投诉286件，全年办理总量达到312件。", 2023),
        ("2024年2月29日，常务会议审议通过工作要点。", 2024),
        ("2024年3月5日（星期二），区政府召开常务会议。", 2024),
        ("2025年第一季度，区局完成了全部整改。", 2024),
        ("2025年1月至3月，全区累计受理案件300件。", 2024),
        ("2024年5月起开展为期一个半月的专项行动，至2024年6月底结束。", 2024),
        ("2023年，全区受理案件100件；2024年，全区受理案件120件。", 2024),
        ("2023年10月9日至13日，组织开展为期5天的集中检查。", 2023),
        ("自2023年4月起开展为期半年的集中整治，至9月底圆满结束。", 2023),
        ("区住建局于2025年4月启动专项整治，至2025年11月底基本完成整改任务。", 2025),
        ("工作室自2019年成立以来，2024年迎来运行五周年，五年来累计调解纠纷1260件。", 2024),
        ("2024年3月，区政府对2023年度法治政府建设考核优秀的12个单位进行了表彰。", 2024),
        ("按照省厅统一部署，公开平台于2023年10月正式上线运行。", 2023),
        ("2020年，共收到申请186件，其余14件结转至2021年办理；截至2021年1月底已审结9件。", 2020),
        ("下一步，县政府将以“十四五”规划开局为契机，2021年重点抓好三项工作。", 2020),
    ],
)
def test_time_silent(text: str, year: int) -> None:
    found = [c for c in codes(text, year) if c in ("N301", "N302", "N303", "N304")]
    assert found == [], (text, found)


def test_time_messages_show_the_arithmetic() -> None:
    (message,) = messages("上半年受理案件56件，全年受理案件52件。", 2024, "N302")
    assert "52件" in message and "56件" in message and "52 < 56" in message
    (message,) = messages("2024年11月4日至15日，开展为期5天的集中检查。", 2024, "N304")
    assert "11至12天" in message
    (message,) = messages("截至2025年9月，累计建成阵地36个。", 2024, "N301")
    assert "截至2025年9月" in message and "2025年3月" in message


# -- paragraph and table ---------------------------------------------------------------------------


def lint_bytes(data: bytes, name: str) -> list[tuple[str, str]]:
    result = Linter(Config(select=("N",))).lint_bytes(data, name)
    return [(d.code, d.message) for d in result.diagnostics]


TEXT_TABLE = """区司法局2024年法治政府建设情况报告
全年共办理法律援助案件{total}件，其中刑事法律援助{criminal}件，各类案件见下表。
案件类型\t件数
刑事法律援助\t612
民事法律援助\t1148
行政法律援助\t27
合计\t1787
"""


def test_text_against_a_text_table() -> None:
    wrong = TEXT_TABLE.format(total=1778, criminal=612).encode("utf-8")
    found = [m for c, m in lint_bytes(wrong, "报告.txt") if c == "N401"]
    assert len(found) == 1 and "1778件" in found[0] and "1787" in found[0]
    row = TEXT_TABLE.format(total=1787, criminal=621).encode("utf-8")
    found = [m for c, m in lint_bytes(row, "报告.txt") if c == "N401"]
    assert len(found) == 1 and "刑事法律援助" in found[0]
    right = TEXT_TABLE.format(total=1787, criminal=612).encode("utf-8")
    assert not [c for c, _ in lint_bytes(right, "报告.txt") if c in ("N401", "N102")]


def test_text_against_headers_without_units() -> None:
    table = (
        "区2024年法治政府建设情况报告\n全年收到行政复议申请121件，受理83件。\n"
        "类别\t收到\t受理\n行政复议\t111\t83\n行政应诉\t12\t12\n合计\t123\t95\n"
    )
    found = [m for c, m in lint_bytes(table.encode("utf-8"), "报告.txt") if c == "N401"]
    assert len(found) == 1 and "121件" in found[0] and "111" in found[0]


def test_unit_line_above_a_table() -> None:
    table = (
        "区2024年法治政府建设情况报告\n全年罚没款共计{}万元，详见下表。\n单位：万元\n"
        "领域\t罚没款\n食品\t412\n药品\t186\n合计\t598\n"
    )
    found = [m for c, m in lint_bytes(table.format(916).encode("utf-8"), "报告.txt") if c == "N401"]
    assert len(found) == 1 and "916万元" in found[0] and "598万元" in found[0]
    assert not [
        c for c, _ in lint_bytes(table.format(598).encode("utf-8"), "报告.txt") if c == "N401"
    ]


def test_two_column_text_table_total_row() -> None:
    text = "区应急管理局2024年法治政府建设情况报告\n执法检查情况见下表。\n行业\t检查（家次）\n危化\t186\n工贸\t423\n合计\t619\n"
    assert "N102" in [c for c, _ in lint_bytes(text.encode("utf-8"), "报告.txt")]


def _word_table(total: str, people: str) -> bytes:
    rows = [
        ["执法部门", "持证执法人员（人）", "罚没款（万元）"],
        ["市场监管", "142", "412.7"],
        ["综合行政执法", "96", "186.3"],
        ["合计", "238", "599.0"],
    ]
    body = p("区人民政府2024年法治政府建设情况报告")
    body += p(
        f"全区持证行政执法人员共{total}人，其中综合行政执法、市场监管两支队伍{people}人，罚没款合计599万元。"
    )
    body += tbl(*[[tc(p(cell)) for cell in row] for row in rows])
    return build_docx(body)


def test_text_against_a_word_table() -> None:
    found = [m for c, m in lint_bytes(_word_table("283", "238"), "报告.docx") if c == "N401"]
    assert len(found) == 1 and "283人" in found[0] and "238" in found[0]
    # the total matches; a figure naming two rows is a sum, not one cell; 万元 scaled
    assert not [c for c, _ in lint_bytes(_word_table("238", "999"), "报告.docx") if c == "N401"]


# -- linear time -------------------------------------------------------------------------------------


def test_huge_inputs_finish() -> None:
    """Bounded work per announcement, date, period and table row: long inputs of every shape
    finish (these rules on their own; no timing asserted). The inputs with many dates are
    shorter: extracting the dates themselves (quantities.py) costs more per date there."""
    lex = load_lexicon()
    shapes = [
        "建立三项制度：甲制度、乙制度、丙制度、丁制度；" * 1000,
        "健全四项机制：" + "一是甲；二是乙；" * 3000,
        "2024年11月4日至15日，开展为期5天的检查，" * 800 + "。",
        "自2019年成立以来连续6年，" * 800,
        "上半年受理案件56件，全年受理案件52件，" * 3000,
        "下一步，2023年重点做好，截至2025年9月，" * 800,
        "12个部门（" + "甲、" * 20000,
    ]
    for text in shapes:
        bq = extract(text, 0, lex)
        document = Document(path="<huge>", format="text", blocks=[Block(0, text)])
        found = announced_relations(bq, lex, lambda: iter(["一是甲。"] * 3000))
        found += period_relations([bq], lex, 2024)
        found += date_consistency_relations([bq], 2024)
        found += date_relations(document, 2024, [], [bq])
        found += year_relations(document, 2024, [SectionRange("C1", -1, 1)], [bq])
        assert isinstance(found, list)
    rows = "\n".join(f"类别{i}\t{i}" for i in range(3000))
    table = f"区2024年法治政府建设情况报告\n共办理案件10件。\n类别\t件数\n{rows}\n合计\t10\n"
    lint_bytes(table.encode("utf-8"), "报告.txt")
