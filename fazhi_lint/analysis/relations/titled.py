"""Documents the report names with a year of their own, against the time it was written (N301).

A report on a year is written in the first quarter of the next. A document titled with its own
year (the year opening the title, after a place at most: 「《2026年全县法治政府建设工作要点》」,
「《静海区2024年度法治政府建设情况报告》」) cannot have been used by then when

* it is a plan (its title ends with a plan noun, numbers.toml ``years.plan-titles``) for a
  year after the one the report is written in: the work of 2024 did not follow the work points
  of 2026 (a plan of the next year is made at the turn of the year, so it may be named);
* it reviews a year (``years.review-titles``: 年度报告, 情况报告, 总结…) after the report year:
  no review of 2024 existed when a report on 2023 was written. A report delivered in the year
  its title names (「2025年政府工作报告」 reviews 2024) reviews the year before
  (:func:`.years.work_year`).

A span (「(2021-2025年)」「20212025年」), a year with 前/以来/远景… (a target, not the
document's year), the plan section and a sentence that plans (将, 拟, 下一步…) are left alone.
One pass over the titles of each paragraph: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...grammar import YEAR_ASCII
from ...model import Document, Severity, Span
from ..quantities import BlockQuantities, Lexicon, quantities_of
from .common import Relation, Verdict
from .years import SectionRange, plan_part, work_year

_TITLE_RE = re.compile(r"《(?P<title>[^《》]{2,80})》")
# the document's own year: at the title's start, after a place or 关于 (no digit before it);
# not a span (2021-2025年) nor a target (2030年前, 2035年远景目标)
_OWN_YEAR_RE = re.compile(
    rf"^[^0-9０-９]{{0,16}}?(?P<y>{YEAR_ASCII})\s*年(?P<du>度)?"
    r"(?!\s*[-－—–~～至到]|\s*[0-9]|前|后|以来|以前|以后|远景|底|末|中长期)"
)
# a plan in the clause before the title: the document is one still to be made or used
_PLANS_RE = re.compile(
    r"(?<![已并均即])将(?!近)|(?<![原])计划[于在将]|拟|力争|争取|下一步|明年|来年|筹备|起草"
)
_BRACKET_TAIL_RE = re.compile(r"(?:[（(][^（）()]*[）)]|——.*)\s*$")


def titled_relations(
    extracted: Sequence[BlockQuantities] | None,
    document: Document,
    report_year: int | None,
    sections: Sequence[SectionRange],
    lex: Lexicon,
) -> list[Relation]:
    """Titled documents of a later year than the report could have used (N301, warnings)."""
    if report_year is None:
        return []
    data = lex.data.get("years", {})
    plans = tuple(data.get("plan-titles", []))
    reviews = tuple(data.get("review-titles", []))
    if not plans and not reviews:
        return []
    plan_blocks = [(s.start, s.end) for s in sections if s.role == "C4"]
    out: list[Relation] = []
    in_plan = False
    for bq in extracted or quantities_of(document):
        opens, in_plan = plan_part(bq.text, in_plan)
        if "《" not in bq.text or any(a <= bq.block < b for a, b in plan_blocks):
            continue
        for m in _TITLE_RE.finditer(bq.text):
            if opens is not None and opens <= m.start():
                break  # the plan part of the report
            title = m.group("title")
            own = _OWN_YEAR_RE.match(title)
            if own is None:
                continue
            year = int(own.group("y"))
            if year <= report_year:
                continue
            name = _BRACKET_TAIL_RE.sub("", title).strip()
            s_start = bq.sentence_span(bq.sentence_of(m.start()))[0]
            if _PLANS_RE.search(bq.text, _clause_start(bq.text, s_start, m.start()), m.start()):
                continue
            message = ""
            if name.endswith(plans) and year >= report_year + 2:
                message = (
                    f"《{title}》是{year}年的计划，而本报告报告{report_year}年的工作、"
                    f"于{report_year + 1}年初写成，那时还没有这份计划：{report_year}年的工作"
                    "不能依照它开展"
                )
            elif name.endswith(reviews):
                reviewed = work_year(name, year, lex) or year
                if reviewed > report_year:
                    message = (
                        f"《{title}》总结的是{reviewed}年，而本报告报告{report_year}年的工作、"
                        f"于{report_year + 1}年初写成：那时{reviewed}年还没有结束，"
                        "不能有这份总结或报告"
                    )
            if not message:
                continue
            start = m.start("title") + own.start("y")
            end = m.start("title") + own.end()
            out.append(
                Relation(
                    "year",
                    Verdict.CONTRADICTION,
                    bq.block,
                    (start, end),
                    (Span(bq.block, start, end),),
                    code="N301",
                    severity=Severity.WARNING,
                    message=message,
                    suggestion="核对文件名中的年份是否写错",
                )
            )
    return out


_CLAUSE_END = "，,；;：:"


def _clause_start(text: str, s_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` opens (a plan word of the sentence's earlier clause,
    「将习近平法治思想纳入…，制定《…》」, governs another verb)."""
    return max([s_start, *(text.rfind(c, s_start, pos) + 1 for c in _CLAUSE_END)])
