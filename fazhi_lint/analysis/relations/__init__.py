"""Relations between the numbers of a report, each judged consistent / contradiction / unknown.

Only contradictions become findings; "unknown" is the honest answer whenever the wording does
not pin down which numbers belong together. Interval arithmetic handles approximations
(``5000余`` = [5000, 6000]). One module per kind of relation, run by :mod:`.analyze`:

* :mod:`.partition` — whole and parts (``共 X，其中 a、b、c``; parenthesised breakdowns; a
  sentence opening with 其中 that names the parts of the previous sentence's totals; trailing
  ``共计``; nested lists checked against their own parent) — N101 parts exceed the total,
  N102 a complete partition that does not add up;
* :mod:`.backref` — a split declared complete after a reference back to its whole
  (「以上立案案件分为四类：…」「上述纠纷全部由三级…，其中…」), over sentences and paragraphs
  (warnings) — N101, N102;
* :mod:`.flow` — 收到 ≥ 受理 ≥ … ; 办结 may exceed 受理 when cases closed before
  acceptance; an outcome or a grant (决定给予法律援助) not above what it decides on — N103,
  N107; :mod:`.funnel` reads a verb's stage from its characters (intake → accepted →
  outcome, numbers.toml ``[funnel]``) so verbs no list names still form a chain; :mod:`.outcomes`
  adds the outcomes told after an intake (N107); :mod:`.parallel` pairs a 其中 sentence with the
  sentence it repeats figure by figure (N101); :mod:`.paired_lists` pairs two 、 lists of one
  statement, intakes then decisions, item by item (N107); :mod:`.decisions` reads a decision's
  two answers (X / 不X) and a passive 被X against what came before them (N107);
* :mod:`.containment` — a figure drawn from a set the text names by its structure (a scope
  「受理的案件中」「对排查出的线索，」「上述投诉中」, a whole inside the scope 「全镇26个村中」,
  「从中」「经调查…的」, a split by a dimension, an inventory 「共有…」) above that set,
  within a paragraph and across a heading's paragraphs — N101, N103;
* :mod:`.rates` — rates against their own numerator and denominator (statcheck-style
  rounding tolerance) — N104; capped rates above 100% — N105; a rate's change given in %
  instead of 个百分点 — N106;
* :mod:`.change` — a year-on-year change (增长X%, 提高X个百分点) against the two figures it
  compares — N108; :mod:`.year_pairs` pairs a 分别 list of changes item by item with the
  clause opening with the year it compares with; :mod:`.pulls` adds the three industries'
  pulls (拉动 …个百分点) up to the total's growth;
* :mod:`.rates_across` — a rate or a change stated sentences or paragraphs after the
  part/whole pair or the two periods' figures it speaks of (warnings) — N104, N108;
* :mod:`.plausibility` — unit slips (28101万次) — N201; contradictory approximations — N202;
  a number missing the unit of its neighbours — N204;
* :mod:`.magnitude` — averages against their total and count (N205), a figure restated in
  another unit in brackets (N201), figures above a base the paragraph states (N206);
* :mod:`.settled` (run by :mod:`.magnitude`) — a sum owed and the same sum settled or named
  again, printed a 万 apart (N201);
* :mod:`.announced` — announced counts against the items listed — N203;
* :mod:`.tables` — a 合计/小计 row against the rows above it — N102;
* :mod:`.years` — years against the report year — N301; :mod:`.span_parts` — the 其中 parts
  of a span over years that run past it (N304, warning); :mod:`.base_period` — a
  comparison whose base is the figure's own period or a later one (N304);
* :mod:`.gate` — last: a link between two figures whose counted nouns clearly differ
  (:func:`.common.counted_noun`: 「12个街道（镇）、147个村（社区）」 read as a rate; an average
  per another thing than its count) is dropped or made a warning, never an error.

:mod:`.common` holds the :class:`Relation` record and the helpers the rules share.
"""

from __future__ import annotations

from .analyze import analyze_block, analyze_document, analyze_text, contradictions
from .common import KIND_OF_CODE, KINDS, Relation, Verdict
from .years import SectionRange, classify_sections, role_of, year_relations

__all__ = [
    "KINDS",
    "KIND_OF_CODE",
    "Relation",
    "SectionRange",
    "Verdict",
    "analyze_block",
    "analyze_document",
    "analyze_text",
    "classify_sections",
    "contradictions",
    "role_of",
    "year_relations",
]
