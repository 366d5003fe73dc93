"""The blind-set scorer (fixtures/statistics/score_blind.py): loading, rendering, counting."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from fazhi_lint.model import BlockKind
from fazhi_lint.readers import read_bytes

SCRIPT = Path(__file__).resolve().parents[1] / "fixtures" / "statistics" / "score_blind.py"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score_blind", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_blind"] = module
    spec.loader.exec_module(module)
    return module


sb = _load_scorer()

SET = '''
[[case]]
id = "T1"
kind = "whole_parts"
label = "contradiction"
report_year = 2023
body = "区司法局"
text = """全年办理案件120件，其中一审80件、二审50件。"""

[[case]]
id = "T2"
kind = "whole_parts"
label = "consistent"
trap = true
report_year = 2023
body = "区司法局"
text = """全年办理案件120件，其中一审80件、二审40件。
第二段没有数字。"""
table = [["项目", "件数"], ["一审", "80"], ["二审", "40"]]
'''


def test_cases_load_with_their_fields(tmp_path: Path) -> None:
    path = tmp_path / "set.toml"
    path.write_text(SET, encoding="utf-8")
    first, second = sb.load_cases([path])
    assert first.contradiction and not second.contradiction and second.trap
    assert second.paragraphs == ("全年办理案件120件，其中一审80件、二审40件。", "第二段没有数字。")
    assert second.lines()[:2] == [
        "区司法局2023年法治政府建设情况报告",
        "一、2023年推进法治政府建设的主要举措和成效",
    ]
    assert second.table[1] == ("一审", "80")
    assert first.key() != second.key()


def test_bad_sets_are_refused_with_the_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(SET.replace('label = "consistent"', 'label = "fine"'), encoding="utf-8")
    with pytest.raises(sb.SetError, match="T2"):
        sb.load_cases([path])
    path.write_text(SET.replace('id = "T2"', 'id = "T1"'), encoding="utf-8")
    with pytest.raises(sb.SetError, match="T1"):
        sb.load_cases([path])


def test_docx_holds_the_paragraphs_and_a_real_table(tmp_path: Path) -> None:
    path = tmp_path / "set.toml"
    path.write_text(SET, encoding="utf-8")
    case = sb.load_cases([path])[1]
    document = read_bytes(sb.render_docx(case), "case.docx")
    paragraphs = [b.text for b in document.blocks if b.kind is BlockKind.PARAGRAPH]
    cells = [b.text for b in document.blocks if b.kind is BlockKind.TABLE_CELL]
    assert paragraphs[:3] == case.lines()[:3]
    assert cells == ["项目", "件数", "一审", "80", "二审", "40"]
    assert sb.render_docx(case) == sb.render_docx(case)  # cached by content: reproducible


def test_scoring_counts_found_and_false_alarms(tmp_path: Path) -> None:
    path = tmp_path / "set.toml"
    path.write_text(SET, encoding="utf-8")
    results, notices = sb.score([path], ("txt", "docx"), tmp_path / "cache")
    assert notices == []
    for fmt in ("txt", "docx"):
        rows = sb.tally(results[fmt])
        row = rows["whole_parts"]
        assert (row.contradictions, row.consistent) == (1, 1)
        assert row.found == row.found_error == 1  # 80 + 50 > 120 is an N error
        assert row.false_alarms == 0
        text = sb.table(rows, fmt)
        assert "| whole_parts | 1/1 | 1.00 | 1/1 | 0/1 | 0/1 |" in text
