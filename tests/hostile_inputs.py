"""Small hostile inputs that once took a check or a reader quadratic time (issue 11, item 7).

Each builder takes a scale (1.0 = the size in the issue) and returns ``(bytes, file name)``.
Used by ``tests/test_hostile_inputs.py`` (bounded work, hang guard) and
``benchmarks/bench_hostile.py`` (one timing row per case).
"""

from __future__ import annotations

from collections.abc import Callable

TITLE = "某市司法局关于2023年度法治政府建设情况的报告\n\n"


def _text(body: str) -> bytes:
    return (TITLE + body).encode("utf-8")


def digits(scale: float = 1.0) -> tuple[bytes, str]:
    """200k digits in one paragraph (T101's e-mail pattern scanned to the end from each one)."""
    return _text("一、总体情况\n" + "1" * int(200_000 * scale) + "\n"), "digits.txt"


def outline_labels(scale: float = 1.0) -> tuple[bytes, str]:
    """8,000 lines 「（一）」 (the outline compared every heading with the ones before)."""
    lines = "\n".join("（一）" for _ in range(int(8000 * scale)))
    return _text("一、总体情况\n" + lines + "\n"), "outline.txt"


def outline_headings(scale: float = 1.0) -> tuple[bytes, str]:
    """8,000 short numbered headings with text, one level, counting up and restarting."""
    lines = "\n".join(
        f"（{'一二三四五六七八九十'[i % 10]}）加强工作" for i in range(int(8000 * scale))
    )
    return _text("一、总体情况\n" + lines + "\n"), "headings.txt"


def doctype(scale: float = 1.0) -> tuple[bytes, str]:
    """10,000 unterminated ``<!DOCTYPE html [`` before a page (the blanking pattern restarted
    at each)."""
    page = "<html><body><p>法治政府建设情况的报告。</p></body></html>"
    return ("<!DOCTYPE html [" * int(10_000 * scale) + page).encode("utf-8"), "doctype.html"


def stray_spaces(scale: float = 1.0) -> tuple[bytes, str]:
    """A 431k-character paragraph of 「向 各个 项目。」 (T107 searched the paragraph per space)."""
    unit = "向 各个项目普法，工作 。"
    count = int(431_000 * scale) // len(unit)
    return _text("一、总体情况\n" + unit * count + "\n"), "spaces.txt"


def ideograph_spaces(scale: float = 1.0) -> tuple[bytes, str]:
    """Long runs of ideographs with single spaces (T107 measured each run end to end)."""
    unit = "法" * 2000 + " "
    count = int(400_000 * scale) // len(unit)
    return _text("一、总体情况\n" + unit * count + "。\n"), "ideographs.txt"


def emails(scale: float = 1.0) -> tuple[bytes, str]:
    """Address-like runs without a domain (``a@`` and long local parts)."""
    unit = "x" * 300 + "@" + "y" * 300 + " "
    count = int(200_000 * scale) // len(unit)
    return _text("一、总体情况\n" + unit * count + "\n"), "emails.txt"


CASES: dict[str, Callable[[float], tuple[bytes, str]]] = {
    "200k digits in one paragraph": digits,
    "8,000 「（一）」 lines": outline_labels,
    "8,000 numbered headings": outline_headings,
    "10k unterminated <!DOCTYPE [": doctype,
    "431k-char paragraph, spaces (T107)": stray_spaces,
    "ideograph runs with spaces (T107)": ideograph_spaces,
    "address-like runs (T101)": emails,
}


def dates(scale: float = 1.0) -> tuple[bytes, str]:
    """10,000 dates in one paragraph (N101; the statistics analysis)."""
    body = "".join(
        f"2023年{i % 12 + 1}月{i % 28 + 1}日召开会议，" for i in range(int(10_000 * scale))
    )
    return _text("一、总体情况\n" + body + "。\n"), "dates.txt"


def qizhong(scale: float = 1.0) -> tuple[bytes, str]:
    """5,000 repeated 其中 clauses (the statistics relations)."""
    body = "全年办理案件120件，其中行政案件80件" * int(5000 * scale)
    return _text("一、总体情况\n" + body + "。\n"), "qizhong.txt"


# cases of the statistics analysis (analysis/quantities.py, analysis/relations): benchmark rows
# only, their fixes belong to that code
STATISTICS_CASES: dict[str, Callable[[float], tuple[bytes, str]]] = {
    "10,000 dates in a paragraph (N101)": dates,
    "5,000 其中 clauses (relations)": qizhong,
}
