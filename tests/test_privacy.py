"""F4xx: what must not be published — found, and masked in every output format."""

from __future__ import annotations

import io
import re

import pytest

from fazhi_lint import reporters
from fazhi_lint.analysis.privacy import (
    _ID_RE,
    _patterns,
    _without_lookbehind,
    find_sensitive,
    id_checksum_ok,
    luhn_ok,
    mask,
)
from fazhi_lint.config import Config
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic
from fazhi_lint.readers import read_bytes
from fazhi_lint.reporters import ReportOptions

# A made-up ID number whose check character is right (weights of GB 11643-1999), the same with
# a wrong check character, a Luhn-valid card and a Luhn-invalid one.
ID = "120102198007040016"
ID_BAD = "120102198007040011"
CARD = "6217000010012345677"
CARD_BAD = "6217000010012345676"
PHONE = "15900001234"
NAME = "刘晓东"

REPORT = f"""XX区2024年度法治政府建设情况报告

一、主要举措和成效
对当事人（身份证号{ID}）依法作出行政处罚，并告知联系人{PHONE}，全年办理案件12件。
执行款已划入申请人银行账户{CARD}。
申请人{NAME}因不服区市场监管局行政处罚申请行政复议，本机关依法维持。
"""


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=("F4",)))


def lint(linter: Linter, text: str) -> list[Diagnostic]:
    return linter.lint_document(read_bytes(text.encode("utf-8"), "报告.txt"))


def codes(found: list[Diagnostic]) -> list[str]:
    return [d.code for d in found]


def test_checksums() -> None:
    assert id_checksum_ok(ID)
    assert not id_checksum_ok(ID_BAD)
    assert luhn_ok(CARD)
    assert not luhn_ok(CARD_BAD)


def test_mask_keeps_length_and_ends() -> None:
    assert mask(ID) == "120*************16"
    assert len(mask(CARD)) == len(CARD)
    assert mask("6217 0000 1001") == "621* **** **01"


def test_each_kind_is_found_once(linter: Linter) -> None:
    found = lint(linter, REPORT)
    assert codes(found) == ["F401", "F402", "F403", "F405"]
    assert all(d.severity.label == "error" for d in found)
    by_code = {d.code: d for d in found}
    assert by_code["F401"].location.line == 4
    assert by_code["F405"].excerpt == "刘**"


def test_wrong_check_digits_are_not_reported(linter: Linter) -> None:
    text = f"标题\n\n编号{ID_BAD}，金额{CARD_BAD}元。统一社会信用代码{CARD}。\n"
    assert lint(linter, text) == []


def test_numbers_inside_longer_numbers_are_not_phones(linter: Linter) -> None:
    assert lint(linter, "标题\n\n共计159000012345件，电话022-15900001。\n") == []


@pytest.mark.parametrize(
    "line",
    ["机密★1年", "秘密★", "内部资料", "【内部资料】", "内部资料，请勿外传"],
)
def test_secrecy_markings(linter: Linter, line: str) -> None:
    assert codes(lint(linter, f"标题\n\n{line}\n\n正文。\n")) == ["F404"]


@pytest.mark.parametrize(
    "line",
    [
        "全年编印内部资料12期，秘密级文件管理规范。",
        "当事人王某某陈述、申辩后，依法作出决定。",
        "申请人数同比增长12%，被告人员依法出庭。",
        "当事人陈述、申辩的权利得到保障。",
    ],
)
def test_prose_is_not_flagged(linter: Linter, line: str) -> None:
    assert lint(linter, f"标题\n\n{line}\n") == []


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv", "html", "sarif", "github"])
def test_no_output_republishes_the_values(fmt: str) -> None:
    # all checks: other findings on the same paragraphs print their text too
    result = Linter(Config()).lint_bytes(REPORT.encode("utf-8"), "报告.txt")
    assert {"F401", "F402", "F403", "F405"} <= {d.code for d in result.diagnostics}
    stream = io.StringIO()
    reporters.get_reporter(fmt)([result], stream, ReportOptions(color="never"))
    out = stream.getvalue()
    for secret in (ID, PHONE, CARD, NAME):
        assert secret not in out, (fmt, secret)
    if fmt in ("text", "json", "csv"):
        assert "120*************16" in out


def test_other_checks_see_masked_context() -> None:
    # a finding from another check on the paragraph with the ID number keeps its offsets
    text = f"标题\n\n当事人身份证号{ID}，办理案件12件,依法处理。\n"
    result = Linter(Config()).lint_bytes(text.encode("utf-8"), "报告.txt")
    others = [
        d
        for d in result.diagnostics
        if not d.code.startswith("F4") and d.context.startswith("当事人")
    ]
    assert others
    for d in others:
        assert ID not in d.context and "120*************16" in d.context
        assert d.span is not None and d.context[d.span[0] : d.span[1]] == d.excerpt


def test_number_patterns_are_searched_whole_only_where_they_can_match() -> None:
    assert _without_lookbehind(re.compile("[1-9]{3}")) is None  # nothing to drop
    stripped = _without_lookbehind(_ID_RE)
    assert stripped is not None and not stripped.pattern.startswith("(?<")
    pats = _patterns()
    # the pattern without its look-behind finds every match of the pattern (and more)
    for name in ("card", "mobile"):
        possible = pats[f"{name}-possible"]
        assert possible is not None
        for text in (f"卡号{CARD}。", f"电话{PHONE}", "编号A" + "1" * 19, "共12件、34人"):
            if pats[name].search(text):
                assert possible.search(text)
    # a paragraph full of numbers but with no long one: none found, the long ones still are
    numbers = "办理案件123件，其中456件调解，789件撤回，同比增长12.5%。" * 3
    found = read_bytes(f"标题\n\n{numbers}当事人身份证号{ID}，电话{PHONE}。\n".encode(), "a.txt")
    codes = [f.code for f in find_sensitive(found)]
    assert codes.count("F401") == 1 and codes.count("F402") == 1
