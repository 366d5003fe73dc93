"""Session 33, coder units: paragraphs copied in traditional script (issue 9).

1. The fold of traditional characters (numbers.toml ``fold.traditional``) lacked characters
   the statistics readers need: 別 (分別 is 分别, the partition word), 貢獻 (贡献率), 構 (构成),
   勝/敗 (胜诉/败诉), 種 (种), 漲 (上涨) and others. A paragraph in traditional script must read as
   its simplified twin: a complete split's contributions (第一、二、三产业…贡献率分别为) that add up
   to more than 100 % are an error in either script, the consistent twin quiet.
"""

from __future__ import annotations

from fazhi_lint.analysis.quantities import fold_variants
from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, year: int = 2024) -> list[tuple[str, Severity | None]]:
    return [(r.code, r.severity) for r in contradictions(analyze_text(text, year))]


def test_fold_reads_partition_and_contribution_words() -> None:
    assert fold_variants("分別為") == "分别为"
    assert fold_variants("貢獻率") == "贡献率"
    assert fold_variants("構成") == "构成"
    assert fold_variants("勝訴") == "胜诉"


def test_traditional_contributions_above_hundred_is_error() -> None:
    text = "第一、二、三產業對地區生產總值增長的貢獻率分別為12.5%、40.2%和49.8%。"
    assert ("N102", Severity.ERROR) in _found(text), _found(text)


def test_traditional_contributions_of_hundred_is_quiet() -> None:
    text = "第一、二、三產業對地區生產總值增長的貢獻率分別為12.5%、40.2%和47.3%。"
    assert not _found(text), _found(text)


def test_simplified_twin_reads_the_same() -> None:
    slip = "第一、二、三产业对地区生产总值增长的贡献率分别为12.5%、40.2%和49.8%。"
    assert ("N102", Severity.ERROR) in _found(slip), _found(slip)
    fine = "第一、二、三产业对地区生产总值增长的贡献率分别为12.5%、40.2%和47.3%。"
    assert not _found(fine), _found(fine)
