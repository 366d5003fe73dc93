"""T201: sentences and passages repeated verbatim in one report."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fazhi_lint.config import Config, RuleSettings
from fazhi_lint.engine import Linter
from fazhi_lint.model import Diagnostic
from fazhi_lint.readers import read_bytes

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
TITLE = "河北区司法局2023年度法治政府建设情况报告\n"
LONG_A = "组织召开2023年度“谁执法谁普法”履职评议活动，对团区委等5家重点单位落实普法责任制履职情况开展评议。"
LONG_B = "召开社区“法律明白人”培养工程推进会，组织全区“法律明白人”参加专题培训和网上学习。"


@cache
def linter(**options: int) -> Linter:
    rules = {"T201": RuleSettings(options=dict(options))} if options else {}
    return Linter(Config(select=("T201",), rules=rules))


def lint(text: str, **options: int) -> list[Diagnostic]:
    document = read_bytes((TITLE + text).encode(), "报告.txt")
    return linter(**options).lint_document(document)


def test_seed_003_repeats_between_its_sections() -> None:
    found = linter().lint_path(SEEDS / "003.txt").diagnostics
    sentences = [s for d in found for s in d.data["sentences"]]
    assert any("法律明白人" in s for s in sentences)
    assert any(s.startswith("组织召开2023年度“谁执法谁普法”履职评议活动") for s in sentences)
    assert any("河北区法治研学" in s for s in sentences)
    # the copies sit in 「（三）稳步推进“八五”普法规划实施」, the originals in 「（四）创新开展…」
    main = max(found, key=lambda d: d.data["count"])
    assert main.data["count"] == 3
    assert "稳步推进" not in main.context and "多措并举" in main.context
    assert len(main.related) == 2 + 3


def test_exact_repeat_in_another_paragraph() -> None:
    text = f"一、主要举措\n{LONG_A}另有其他工作。\n二、第一责任人\n此外还有工作。{LONG_A}\n"
    (d,) = lint(text)
    assert d.excerpt == LONG_A and d.location.block == 4 and d.span == (7, 7 + len(LONG_A))
    assert d.related[-1].block == 2 and d.related[-1].start == 0
    assert "完全相同" in d.message and d.suggestion


def test_repeat_with_different_quotes_and_contained_copy() -> None:
    text = (
        f"{LONG_B}\n"
        "另起一段，说明情况。\n"
        "召开社区法律明白人培养工程推进会，组织全区法律明白人参加专题培训和网上学习，多措并举壮大队伍。\n"
    )
    (d,) = lint(text)
    assert "基本相同" in d.message and d.data["count"] == 1


def test_a_copied_passage_is_one_finding() -> None:
    para1 = f"{LONG_A}另外还开展了其他的一些普法宣传活动。"
    para2 = f"{LONG_B}各单位积极参与并取得了良好效果。"
    text = f"{para1}\n{para2}\n中间一段不同的内容，说明情况。\n{para1}\n{para2}\n"
    (d,) = lint(text)
    assert d.data["count"] == 4 and d.data["blocks"] == [4, 5]
    assert d.data["first_blocks"] == [1, 2]


def test_repeat_within_one_paragraph() -> None:
    (d,) = lint(f"{LONG_A}{LONG_B}{LONG_A}\n")
    assert "本段前文" in d.message


def test_short_sentences_headings_and_tables_are_not_compared() -> None:
    text = (
        "（一）深入学习宣传贯彻习近平法治思想\n"
        "严格落实重大行政决策程序。\n"
        "（二）深入学习宣传贯彻习近平法治思想\n"
        "严格落实重大行政决策程序。\n"
    )
    assert lint(text) == []
    assert lint(f"| 项目 | 说明 |\n|---|---|\n| 甲 | {LONG_A} |\n| 乙 | {LONG_A} |\n") == []


def test_a_repeated_formula_is_not_a_copy() -> None:
    formula = (
        "加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府"
    )
    text = f"2023年，我局{formula}，取得新成效。\n2024年，将继续{formula}，推动工作。\n"
    assert lint(text) == []


def test_thresholds_are_options() -> None:
    sentence = "严格落实重大行政决策程序制度。"  # 14 Chinese characters
    text = f"{sentence}其他。\n另起。{sentence}\n"
    assert lint(text) == []
    assert len(lint(text, **{"min-chars": 10})) == 1


def test_column_gaps_counted_as_the_consuming_pattern_counted_them() -> None:
    # the gap pattern looks behind for the visible character before a gap (so a scan jumps
    # between spaces); the count is the one the pattern that consumed that character gave
    import random
    import re

    from checks.repetition import _gaps

    consuming = re.compile(r"[^\s\u3000](?:\t|[ \u3000]{2,})(?=[^\s\u3000])")
    rng = random.Random(7)
    alphabet = ["甲", "乙", "a", " ", "\u3000", "\t"]
    for _ in range(5000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 16)))
        assert _gaps(text) == min(2, len(consuming.findall(text))), repr(text)
    assert _gaps("序号\t单位\t件数") == 2
    assert _gaps("\u3000\u3000全年办理案件120件。") == 0  # an indent is no column gap


def test_a_long_clause_is_found_whatever_stands_around_it() -> None:
    from checks.repetition import find_repeats
    from fazhi_lint.analysis.sentences import Sentence

    # 30 ideographs between two commas, in two sentences of different wording otherwise
    clause = "全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度"
    assert len(clause) >= 30
    first = Sentence(0, 0, 0, f"今年以来，{clause}，成效明显。")
    again = Sentence(3, 0, 0, f"下一步，{clause}，不断提升执法水平。")
    short = Sentence(5, 0, 0, "下一步，继续推行三项制度，不断提升执法水平，确保执法公正。")
    found = find_repeats([first, short, again], 15, 20, 30)
    assert [(r.first.block, r.again.block) for r in found] == [(0, 3)]
