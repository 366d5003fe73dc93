"""The audited scorer (fixtures/statistics/score_audited.py): only the cases an auditor judged
clear are counted, and the misses of a held-out set are not printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "fixtures" / "statistics" / "score_audited.py"

SET = '''
[[case]]
id = "QZ001"
kind = "whole_parts"
label = "contradiction"
report_year = 2023
body = "区司法局"
text = """全年办理行政诉讼案件120件，其中一审案件80件、二审案件50件。"""

[[case]]
id = "QZ002"
kind = "whole_parts"
label = "contradiction"
report_year = 2023
body = "区司法局"
text = """全年开展普法活动36场，群众反响良好。"""

[[case]]
id = "QZ003"
kind = "whole_parts"
label = "consistent"
report_year = 2023
body = "区司法局"
text = """全年办理行政诉讼案件120件，其中一审案件80件、二审案件40件。"""
'''

# QZ001: 80 + 50 = 130 ≠ 120, found; QZ002 is graded B (nothing in the text to check), so it
# is left out of the recall; QZ003: 80 + 40 = 120, consistent and OK.
AUDIT = """# audit
QZ001 whole_parts contradiction → A — 80+50=130 ≠ 120
QZ002 whole_parts contradiction → B — needs outside knowledge
QZ003 whole_parts consistent → OK — 80+40=120
"""


def test_counts_only_clear_cases(tmp_path: Path) -> None:
    (tmp_path / "setza.toml").write_text(SET, encoding="utf-8")
    (tmp_path / "audit.md").write_text(AUDIT, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True, check=True
    ).stdout
    assert "graded 3 of 3 cases" in out
    assert "| whole_parts | 1/1 | 0/1 | 0/1 |" in out
    assert "QZ002" not in out and "MISS" not in out
