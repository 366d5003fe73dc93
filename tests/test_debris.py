"""T001 conversion-debris and T002 web-page-debris."""

from __future__ import annotations

from pathlib import Path

import pytest

from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic
from fazhi_lint.readers import read_bytes
from fazhi_lint.registry import Registry

SEEDS = Path(__file__).resolve().parents[1] / "../shared/seeds"


def applied(d: Diagnostic) -> str:
    """The paragraph after applying the finding's machine fix to its span."""
    assert d.span is not None and d.fix is not None
    start, end = d.span
    return d.context[:start] + d.fix + d.context[end:]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=("T001", "T002")))


def lint(linter: Linter, text: str, name: str = "报告.txt") -> list[Diagnostic]:
    document = read_bytes(text.encode("utf-8"), name)
    assert not document.problems
    return linter.lint_document(document)


def one(found: list[Diagnostic]) -> Diagnostic:
    assert len(found) == 1, [(d.code, d.excerpt) for d in found]
    return found[0]


# -- T001 ---------------------------------------------------------------------------------
def test_bookmark_inside_a_heading(linter: Linter) -> None:
    d = one(
        lint(linter, "正文第一行\n（2） [bookmark: _GoBack]着力保障科学民主依法决策有效推进。\n")
    )
    assert (d.code, d.name, d.severity.label) == ("T001", "conversion-debris", "warning")
    assert d.excerpt == "[bookmark: _GoBack]"
    assert d.context[d.span[0] : d.span[1]] == "[bookmark: _GoBack]"
    assert d.span == (4, 23)
    assert d.location.line == 2 and d.location.short(d.offset) == "2:5"
    assert applied(d) == "（2） 着力保障科学民主依法决策有效推进。"
    assert d.suggestion == "删除「[bookmark: _GoBack]」"
    assert "[bookmark: _GoBack]" in d.message and "书签" in d.message


def test_every_bookmark_is_one_finding(linter: Linter) -> None:
    found = lint(linter, "[bookmark: _Toc12345]一、总体情况[bookmark: OLE_LINK1]\n")
    assert [d.excerpt for d in found] == ["[bookmark: _Toc12345]", "[bookmark: OLE_LINK1]"]
    assert applied(found[0]) == "一、总体情况[bookmark: OLE_LINK1]"


def test_marker_alone_on_a_line_suggests_deleting_the_line(linter: Linter) -> None:
    assert one(lint(linter, "[bookmark: _GoBack]\n")).suggestion == "删除此行"


@pytest.mark.parametrize(
    ("line", "marker", "kept"),
    [
        ("见附件[image: 图1.png]所示", "[image: 图1.png]", "见附件所示"),
        (
            '详见HYPERLINK "http://www.gov.cn/"中国政府网',
            'HYPERLINK "http://www.gov.cn/"',
            "详见中国政府网",
        ),
        ("— PAGE \\* MERGEFORMAT 3 —", "PAGE \\* MERGEFORMAT", "—  3 —"),
        ('TOC \\o "1-3" \\h \\z \\u一、总体情况', 'TOC \\o "1-3" \\h \\z \\u', "一、总体情况"),
        ("见第PAGEREF _Toc123456 \\h页", "PAGEREF _Toc123456 \\h", "见第页"),
        (
            "Evaluation Warning: The document was created with Spire.Doc for .NET.",
            "Evaluation Warning: The document was created with Spire.Doc for .NET.",
            "",
        ),
        ("一、总体[]{#_GoBack .anchor}情况", "[]{#_GoBack .anchor}", "一、总体情况"),
    ],
)
def test_conversion_markers(linter: Linter, line: str, marker: str, kept: str) -> None:
    d = one(lint(linter, line + "\n"))
    assert d.code == "T001"
    assert d.excerpt == marker
    assert applied(d) == kept


def test_mojibake_has_no_automatic_fix(linter: Linter) -> None:
    found = lint(linter, "全年办理案件\ufffd\ufffd件，锟斤拷结案率100%。\n")
    assert [(d.excerpt, d.suggestion) for d in found] == [("\ufffd\ufffd", None), ("锟斤拷", None)]
    assert one(lint(linter, "全年办理案件锟斤拷锟斤拷件。\n")).excerpt == "锟斤拷锟斤拷"


@pytest.mark.parametrize("line", ["— 3 —", "-12-", "第 3 页 共 10 页", "第3页"])
def test_page_number_lines(linter: Linter, line: str) -> None:
    d = one(lint(linter, f"正文。\n{line}\n正文。\n"))
    assert (d.code, d.span, d.suggestion) == ("T001", (0, len(line)), "删除此行")


# -- T002 ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "分享到:",
        "分享到：微信 微博 QQ空间",
        "建议升级浏览器版本到最新版本!",
        "您的浏览器版本过低，请升级后访问",
        "X",
        "×",
        "✕",
        "来源:  天津市司法局 发布时间:  2024-03-18 10:29",
        "来源：天津市司法局　发布时间：2024年3月18日",
        "发布时间：2024-03-18",
        "今天是2024年3月18日 星期一",
        "【打印本页】【关闭窗口】",
        "[打印] [关闭]",
        "【字体：大 中 小】",
        "字号：大 中 小",
        "扫一扫在手机打开当前页",
        "网站地图 | 联系我们",
        "版权所有：天津市司法局",
        "版权所有：天津市司法局 网站标识码：1200000045 津ICP备05004636号",
        "上一篇：关于2022年度法治政府建设情况的报告",
        "上一篇：没有了 下一篇：2024年工作要点",
        "阅读次数：1234",
        "【浏览量：56】",
        "责任编辑：张三",
        "当前位置：首页 > 政务公开 > 法治政府建设",
        "首页 > 政务公开",
        "索引号：11120000MB1234567X/2024-00012",
        "来源：天津市司法局 作者：李四",
        "来源：青海日报",
        "来源 : 南方日报",
        "来源：天津人大—天津日报",
        "信息来源：中国政府网",
    ],
)
def test_web_chrome_lines(linter: Linter, line: str) -> None:
    d = one(lint(linter, f"一、主要举措和成效\n{line}\n（一）完善制度。\n"))
    assert (d.code, d.name) == ("T002", "web-page-debris")
    assert d.span == (0, len(line)) and d.excerpt == line
    assert d.suggestion == "删除此行"
    assert d.location.line == 2


@pytest.mark.parametrize(
    "line",
    [
        "资金来源：区财政专项资金，全年投入120万元。",
        "案件来源主要是群众举报和部门移送。",
        "来源：根据区统计局数据整理，全年受理案件较上年增长12%。",
        "来源：区统计局",  # a table note, alone: weak, not flagged
        "把基层经验分享到全市各单位。",
        "依法关闭不符合安全生产条件的企业3家。",
        "各单位统一使用国产浏览器办公。",
        "推荐使用政务浏览器登录平台办理业务。",
        "XX区司法局2024年法治政府建设情况报告",
        "2024年3月18日",  # a signature date
        "天津市司法局",
        "今天是我们开展普法宣传的第100天。",
        "打印机等办公设备采购严格执行政府采购程序。",
        "著作权人依法享有版权所有权利。",
        "上一年度工作计划全部完成。",
        "一、主要举措和成效",
        "（三）加强普法教育宣传。做好“八五”普法总结验收。",
        "作者：张三",  # weak alone
        "2. 强化规范性文件管理。",
    ],
)
def test_report_prose_is_not_flagged(linter: Linter, line: str) -> None:
    assert lint(linter, f"一、主要举措和成效\n{line}\n（一）完善制度。\n") == []


def test_weak_items_need_a_chrome_neighbour(linter: Linter) -> None:
    found = lint(linter, "报告标题\n来源：天津市司法局\n发布时间：2024-03-18\n正文。\n")
    assert [(d.code, d.excerpt) for d in found] == [
        ("T002", "来源：天津市司法局"),
        ("T002", "发布时间：2024-03-18"),
    ]
    far = lint(linter, "来源：天津市司法局\n正文一。\n正文二。\n正文三。\n分享到：\n")
    assert [d.excerpt for d in far] == ["分享到："]


def test_unit_lists_next_to_chrome_are_not_flagged(linter: Linter) -> None:
    found = lint(linter, "分享到：\n主办单位：省交通运输厅，各州、市人民政府\n正文。\n")
    assert [d.excerpt for d in found] == ["分享到："]


def test_signature_date_next_to_chrome_is_not_flagged(linter: Linter) -> None:
    found = lint(linter, "正文。\n天津市司法局\n2024年3月18日\n分享到：\n")
    assert [d.excerpt for d in found] == ["分享到："]


def test_html_entities_and_tags(linter: Linter) -> None:
    found = lint(linter, "依法行政&nbsp;&ldquo;八五&rdquo;普法<br/>工作\n")
    assert [(d.excerpt, d.code) for d in found] == [
        ("&nbsp;", "T002"),
        ("&ldquo;", "T002"),
        ("&rdquo;", "T002"),
        ("<br/>", "T002"),
    ]
    assert applied(found[1]) == "依法行政&nbsp;“八五&rdquo;普法<br/>工作"
    assert applied(found[0]) == "依法行政&ldquo;八五&rdquo;普法<br/>工作"
    # Markdown may carry inline HTML on purpose; entities are still debris
    in_markdown = lint(linter, "依法行政<br>工作&nbsp;\n", "报告.md")
    assert [d.excerpt for d in in_markdown] == ["&nbsp;"]


def test_codes_can_be_selected_apart() -> None:
    text = "[bookmark: _GoBack]正文\n分享到:\n"
    only_t001 = lint(Linter(Config(select=("T001",))), text)
    only_t002 = lint(Linter(Config(select=("T002",))), text)
    assert [d.code for d in only_t001] == ["T001"]
    assert [d.code for d in only_t002] == ["T002"]


def test_html_outside_article_summary() -> None:
    paragraph = "市司法局坚持把抓实党政主要负责人履行推进法治建设第一责任人职责作为重要抓手。"
    page = (
        "<html><head><title>报告</title></head><body>"
        "<ul><li>首页</li><li>政务公开</li><li>新闻中心</li></ul>"
        f"<div class='content'><p>{paragraph}</p><p>{paragraph}</p></div>"
        "<div>分享到：</div></body></html>"
    )
    document = read_bytes(page.encode(), "page.html")
    found = Linter(Config(select=("T002",))).lint_document(document)
    summary = [d for d in found if d.severity.label == "info"]
    flagged = [d.excerpt for d in found if d.severity.label == "warning"]
    assert flagged == ["首页", "分享到："]
    assert len(summary) == 1
    assert summary[0].excerpt == "政务公开"
    assert "2 段" in summary[0].message and "新闻中心" in summary[0].message
    off = Linter(
        Config(select=("T002",), rules={"T002": _settings({"outside-article": False})})
    ).lint_document(document)
    assert all(d.severity.label == "warning" for d in off)


def _settings(options: dict[str, object]):  # type: ignore[no-untyped-def]
    from fazhi_lint.config import RuleSettings

    return RuleSettings(options=options)


# -- data and documentation ------------------------------------------------------------------
def test_pattern_file_is_valid_and_complete() -> None:
    from importlib import resources

    import tomllib

    from fazhi_lint.analysis.debris import DATA_FILE, load_patterns, parse_patterns

    # the command loads the shipped table without compiling each regex (they compile when
    # first used): here each is compiled and checked as a user's table would be
    data = tomllib.loads(
        resources.files("fazhi_lint.analysis").joinpath(DATA_FILE).read_text(encoding="utf-8")
    )
    assert parse_patterns(data, validate=True) == load_patterns()
    patterns = load_patterns()
    ids = [p.id for p in patterns]
    assert len(ids) == len(set(ids))
    for wanted in (
        "word-bookmark",
        "share-to",
        "browser-notice",
        "source",
        "publish-time",
        "toolbar",
    ):
        assert wanted in ids
    assert {p.code for p in patterns} == {"T001", "T002"}
    assert all(p.description for p in patterns)


@pytest.mark.parametrize(
    ("item", "error"),
    [
        (
            {"id": "a", "code": "T001", "scope": "inline", "regex": "(", "description": "x"},
            "bad regex",
        ),
        ({"id": "a", "code": "T009", "scope": "inline", "regex": "a", "description": "x"}, "code"),
        (
            {"id": "a", "code": "T001", "scope": "inline", "regex": "a*", "description": "x"},
            "empty",
        ),
        ({"id": "a", "code": "T001", "scope": "word", "regex": "a", "description": "x"}, "scope"),
        (
            {
                "id": "a",
                "code": "T001",
                "scope": "line",
                "literal": "a",
                "description": "x",
                "typo": 1,
            },
            "unknown",
        ),
    ],
)
def test_bad_pattern_data_is_refused(item: dict[str, object], error: str) -> None:
    from fazhi_lint.analysis.debris import parse_patterns

    with pytest.raises(ValueError, match=error):
        parse_patterns({"pattern": [item]})


def test_literal_patterns() -> None:
    from fazhi_lint.analysis.debris import parse_patterns

    (pattern,) = parse_patterns(
        {
            "pattern": [
                {"id": "a", "code": "T002", "scope": "inline", "literal": "[x]", "description": "x"}
            ]
        }
    )
    assert pattern.regex.search("a[x]b") and not pattern.regex.search("axb")


@pytest.mark.parametrize("code", ["T001", "T002"])
def test_explanations(code: str) -> None:
    item = Registry.from_plugins().resolve(code)
    assert item is not None
    assert "错误示例" in item.explanation and "正确示例" in item.explanation
    assert item.sections.get("为什么")


# -- the seeds ----------------------------------------------------------------------------------
EXPECTED_SEED_DEBRIS = {
    "000": [("T001", 7, "[bookmark: _GoBack]")],
    "001": [],
    "002": [
        ("T002", 1, "建议升级浏览器版本到最新版本!"),
        ("T002", 2, "X"),
        ("T002", 6, "来源:\u00a0 天津市司法局 发布时间:\u00a0 2024-03-18 10:29"),
        ("T002", 88, "分享到:"),
    ],
    "003": [],
    "004": [("T001", 43, "[bookmark: _GoBack]")],
}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seeds not present")
@pytest.mark.parametrize("seed", sorted(EXPECTED_SEED_DEBRIS))
def test_seeds_find_exactly_the_real_debris(linter: Linter, seed: str) -> None:
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    result = linter.lint_path(path)
    found = [(d.code, d.location.line, d.excerpt) for d in result.diagnostics]
    assert found == EXPECTED_SEED_DEBRIS[seed]
