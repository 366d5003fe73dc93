"""A funnel told clause by clause: a figure whose verb is of a later stage of a case flow than
the figure of the clause right before it cannot exceed it (issue 9, session 21).

「共发现公益诉讼案件线索764件，立案767件」「接案调处167起，成功化解176起」「提起公益诉讼218件，
法院审结支持246件」: the stage of each figure is read from the characters of the verb nearest
before it (numbers.toml ``funnel``: closed morpheme classes intake < accepted < outcome), so a
verb no list names (发现, 摸排, 接案调处, 审结支持) still has its place. Two figures are judged
only when they are next to each other in one statement — one clause mark between them, no
other figure — and of one unit; a word giving the later figure another source or scope
(其中, 结转, 上年, 诉前, 累计, 同比…: ``funnel.other-scope``) between them or in the later
clause, or a carry-over or a closure before acceptance (clauses.pre-acceptance) anywhere in the
sentence, leaves them alone. A pair the flow rule
(:mod:`.flow`) already judged is left to it. When the later clause names nothing of its own
or the same things, the chain is explicit: an error; when it names other things (线索 →
违纪案件), a warning. One pass over a block's figures; each clause is read once.

Session 25 (s25-flow), a stage by form and place, decided on counts: a clause telling its deed
done (numbers.toml ``funnel.completed-lead`` 已 opening it, a ``completed-complements`` word —
完成, 完毕, 到位 — in it; not ``completed-not``: 已有, 已达) is an outcome whatever its verb
(已解决, 已完成执行, 执行到位); the figure of the clause right before it, of no stage word and no
deed done, is what it came from when the two clauses share a character of what they count or
the later names nothing of its own (回访686件，已解决688件). Both readings are warnings: the
stage is inferred. Counted over every read set against the base (0102c92): real19–38 +3 found
(real28 QY018, real37 QG018, real38 QQ025), no new warning or false error; invented sets
(blind1–44, own) no change; seeds + corpus + fixtures snapshot +1 warning (blind24/SCORE.md
quoting the contradiction TB21). Tried and dropped: the place reading for a later figure whose
stage word is known (办结, 化解) — 1 found (own19 FPX004), 1 found by a wrong pairing (real20
QP024: 化解220 against 判决撤销23), 3 warnings on consistent cases (real20 QP018, blind39 ZC18,
own17 YK19).

Session 27b (time coder, flow class C: a later stage above an earlier one with a verb the lists
do not name), decided on counts over every read set: a later clause that is one verb of
numbers.toml ``verbs`` and nothing else (「受理…73098起，查处76536起」「受理…674件，转办686件」)
acts on what the clause before counted: a later stage than it, a warning; the same stage word
with a result complement (「调处…28797件，调处成功28952件」) is its outcome; a change clause said of
the earlier figure (「674件，同比增长32.94%，」) stands between them as no scope word. With a quote
holding a full stop read as speech, not a name (quantities.py), counts: real19–42 +2 found
(real37 QG026, real38 QQ026), real43–45 +1 (real44 KD028), invented 0; no consistent case newly
warned, no false error; one more warning on a consistent case already warned (real38 QQ018: a
court's 审查 above its 受理 with cases carried in). Tried and dropped: any bare clause after a
staged figure (其余, 比去年, 全年合计, 解除矫正: 7 consistent cases warned for 1 found). Left: an
outcome figure far from its intake (有效工单 … 综合办结, QM043/QW014), a figure before its verb
(「344件已转…办理，已办结382件」), tables (QR033, QT018, QF023).

Session 37 (s37-flow), verb classes in the data file: 检查, 抽查 and 梳理 are intake (what an
inspection or a review took up): real73 LK035 (检查51.66万家 → 查处61.25万家). A stage word
before a noun tail (``funnel.noun-tails``: 人民调解范围, 调解委员会) names a field or a body.
调解 as the accepted stage (real61 KY048, real68 LF072) was tried and left out: 「调解申请316件」
and 「收到申请4件」 need a tail reading that tells a request from a verb's object.

Session 38 (s38-flow), what one body puts forward to another: 提出 and 提交 are intake words
(numbers.toml ``funnel.put-forward``) — 「提出提案491件，立案496件」 (own25 FLV030), 「提出抗诉99件，
法院已审结105件」 (real69 LG021), 「提出纠正意见…法院已纠正」 (real58 KV085, not reached: 件次
against 件). The later figure is the other body's and may hold matters put forward before the
year: a warning, and only in the next clause one comma on that names no set by 对 (real48 KH006,
own25 RTV19: 「提出再审检察建议2件；对…监督案受理5件」 opens another matter). A deed done told with
the way it was reached (「已协调解决152条」, real77 LO034) names nothing of its own: the verb of
numbers.toml ``clauses.outcome-verb-leads`` before its own verb is stripped with it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from ...model import Severity
from ..quantities import BlockQuantities, Lexicon, Quantity
from .common import (
    FLOW_STAGES,
    Relation,
    Verdict,
    bounds,
    last_mark,
    nouns_compatible,
    other_qualifiers,
    span_of,
)
from .flow import speaks_of_carry_over

STAGES = ("intake", "accepted", "outcome")  # the order of a funnel
_STAGE_NAME = {"intake": "收到", "accepted": "受理", "outcome": "办结"}
_CLAUSE_MARK_RE = re.compile("[，,；;]")
# the change said of a figure right after it (「674件，同比增长32.94%，」): no scope of the next
_CHANGE_CLAUSE_RE = re.compile(
    r"[，,](?:同比|环比|较上年|比上年|较去年|比去年)[^，,；;。]*?[0-9.]+[%％]"
)
_STATEMENT_END_RE = re.compile("[。！？!?]")
_SENTENCE_RE = re.compile(r"[^。！？!?]*")
_FIGURE_LISTED_RE = re.compile(r"[0-9０-９][^0-9０-９，,；;、]{0,4}、")  # a figure, its unit, 、


@lru_cache(maxsize=4)
def _stage_words(
    lex: Lexicon,
) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...], tuple[str, ...]]:
    data = lex.data["funnel"]
    words = tuple((w, rank) for rank, name in enumerate(STAGES) for w in data[name])
    return words, tuple(data["negators"]), tuple(data["other-scope"])


@lru_cache(maxsize=4)
def _flow_verbs(lex: Lexicon) -> frozenset[str]:
    """The verbs of numbers.toml ``verbs`` whose stage the flow rule reads (受理, 审结…)."""
    return frozenset(w for fam in FLOW_STAGES for w in lex.data["verbs"].get(fam, ()))


@lru_cache(maxsize=4)
def _opening_re(lex: Lexicon) -> re.Pattern[str]:
    data = lex.data["funnel"]
    words = sorted({*data["intake"], *data["accepted"]}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=4)
def _all_verbs(lex: Lexicon) -> tuple[str, ...]:
    """Every verb of numbers.toml ``verbs``, longest first."""
    verbs = {w for fam in lex.data["verbs"].values() for w in fam}
    return tuple(sorted(verbs, key=len, reverse=True))


@lru_cache(maxsize=4)
def _verb_leads(lex: Lexicon) -> tuple[str, ...]:
    """numbers.toml ``clauses.outcome-verb-leads`` (协调, 督促…), longest first."""
    return tuple(sorted(lex.data["clauses"]["outcome-verb-leads"], key=len, reverse=True))


def opens_a_funnel(lex: Lexicon, text: str) -> bool:
    """Does ``text`` hold an intake or accepted word at all? Without one no figure can be an
    earlier stage, so no funnel (nor its outcomes) is told: one search gates the block."""
    return _opening_re(lex).search(text) is not None


def stage_of(lex: Lexicon, clause: str) -> tuple[int, str] | None:
    """The stage (0 intake, 1 accepted, 2 outcome) and word of the stage word nearest the end
    of ``clause`` (the words before a figure), or None when none is there or it is denied
    (未结, 不予受理)."""
    best = nearest_stage_word(lex, clause)
    if best is None:
        return None
    end, length, rank, word = best
    before = clause[: end - length]
    if before.endswith(_stage_words(lex)[1]) or before.endswith("不予"):
        return None
    return rank, word


@lru_cache(maxsize=4)
def _noun_tails(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.data["funnel"].get("noun-tails", ()))


@lru_cache(maxsize=4)
def _any_stage_re(lex: Lexicon) -> re.Pattern[str]:
    """Every stage word of :func:`_stage_words` (intake, accepted, outcome) as one alternation."""
    words = sorted({w for w, _ in _stage_words(lex)[0]}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


@lru_cache(maxsize=4)
def stage_ranks(lex: Lexicon) -> dict[str, int]:
    """Each stage word's rank (0 intake, 1 accepted, 2 outcome)."""
    return dict(_stage_words(lex)[0])


def nearest_stage_word(lex: Lexicon, words: str) -> tuple[int, int, int, str] | None:
    """(end, length, rank, word) of the stage word ending nearest the end of ``words`` (the
    longer of two ending there), denied or not; None when ``words`` tells no stage (one
    search says so before a ``rfind`` of each stage word: most words tell none)."""
    if _any_stage_re(lex).search(words) is None:
        return None
    best: tuple[int, int, int, str] | None = None
    for word, rank in _stage_words(lex)[0]:
        at = words.rfind(word)
        if at < 0:
            continue
        key = (at + len(word), len(word), rank, word)
        if best is None or key[:2] > best[:2]:
            best = key
    # (「不属于人民调解范围的14件」「调解申请316件」: the word names a field, a body or a request
    # before the figure, no stage: numbers.toml ``funnel.noun-tails``)
    if best is not None and words.startswith(_noun_tails(lex), best[0]):
        return None
    return best


_EMPTY = set("共已的了和及与等各类件人个次项条家起份为有在中对其并均经依法全年")


def completed_form(lex: Lexicon, clause: str) -> str:
    """The form telling the clause's deed done (numbers.toml ``funnel.completed-lead`` opening
    it: 已解决; a ``completed-complements`` word in it: 办理完成, 执行到位), or ""."""
    data = lex.data["funnel"]
    bare = clause.strip(" 　").lstrip("共均并及")
    if bare.startswith(tuple(data["completed-not"])):
        return ""
    if bare.startswith(data["completed-lead"]) and len(bare) > 1:
        return data["completed-lead"]
    return next((w for w in data["completed-complements"] if w in bare), "")


def _own_words(lex: Lexicon, clause: str, form: str) -> str:
    """The words of a done deed's clause less its form and verbs: what it names of its own."""
    words = clause.strip(" 　")
    if form:
        words = words.replace(form, "", 1)
    for v in _all_verbs(lex):
        words = words.replace(v, "")
    return "".join(ch for ch in words if ch not in _EMPTY)


def _clause_before(text: str, q: Quantity) -> str:
    start = last_mark(text, "，,；;。！？!?：:", 0, q.num_start)
    return text[start + 1 : q.num_start]


def _sentence_start(text: str, at: int) -> int:
    return last_mark(text, "。！？!?", 0, at) + 1


def _sentence_of(text: str, at: int) -> str:
    m = _SENTENCE_RE.match(text, at)
    return text[_sentence_start(text, at) : m.end() if m else len(text)]


def closed_before(lex: Lexicon, told: str, words: Collection[str]) -> bool:
    """Does ``told`` tell cases closed before acceptance: a closure word (不予受理, 撤回) or a
    time before acceptance (诉前, 案前) in a clause that tells an outcome (诉前调解化解20件)?
    「通过行政诉前程序督促行政机关依法履职4059件」 tells work before a suit, no closure."""
    for clause in _CLAUSE_MARK_RE.split(told):
        for w in words:
            if w in clause and (not w.endswith("前") or _outcome_after(lex, clause, w)):
                return True
    return False


def _outcome_after(lex: Lexicon, clause: str, word: str) -> bool:
    stage = stage_of(lex, clause[clause.find(word) :])
    return stage is not None and stage[0] == 2


def _listed_part(text: str, p: Quantity) -> bool:
    """Is ``p`` an item of a list or a 其中 part (「其中：初查不受理190件、尚在初查中3件、正式
    受理266件，目前已办结426件」)? A later figure may count the list's whole, not that item."""
    start = last_mark(text, "。！？!?；;", 0, p.num_start) + 1
    lead = text[start : p.num_start]
    return "其中" in lead or _FIGURE_LISTED_RE.search(lead) is not None


def funnel_relations(
    bq: BlockQuantities,
    lex: Lexicon,
    judged: Collection[object] = (),
) -> list[Relation]:
    """The funnel findings of a block; ``judged`` holds the (later, earlier) figure spans the
    other rules already related, and the spans of the figures they already reported."""
    if not opens_a_funnel(lex, bq.text):
        return []
    _, _, other = _stage_words(lex)
    known = _flow_verbs(lex)
    pre_acceptance = lex.data["clauses"]["pre-acceptance"]  # 诉前调解, 案前化解: closed before
    complements = lex.data["funnel"]["result-complements"]
    text = bq.text
    out: list[Relation] = []
    prev: Quantity | None = None
    prev_stage: tuple[int, str] | None = None
    prev_clause = ""
    for q in bq.quantities:
        if q.change and prev is not None and prev_stage is not None:
            continue  # (a change said of the staged figure before: 「674件，同比增长32.94%」)
        p, p_stage = prev, prev_stage
        p_clause = prev_clause
        prev = q
        prev_stage = None
        prev_clause = ""
        if q.kind != "count" or q.quoted or q.change:
            continue
        clause = _clause_before(text, q)
        q_stage = stage_of(lex, clause)
        prev_stage = q_stage
        prev_clause = clause
        # (issue 9, session 25: a stage by form and place — a clause telling its deed done,
        # 已解决 / 执行到位, is an outcome whatever its verb; the figure of the clause right
        # before it, of no stage and no deed done, is what it came from when the two clauses
        # share a word of what they count or the later names nothing of its own)
        form = completed_form(lex, clause) if q_stage is None else ""
        by_form = bool(form)
        if form:
            q_stage = (2, form)
        if (
            form
            and p_stage is None
            and p is not None
            and p.kind == "count"
            and not completed_form(lex, p_clause)
            and nearest_stage_word(lex, p_clause) is None
        ):
            own = _own_words(lex, clause, form)
            if not own or set(own) & set(_own_words(lex, p_clause, "")):
                p_stage = (0, "")
        # (session 27b, flow class C: a later clause that is one verb and nothing else —
        # 「受理…73098起，查处76536起」「受理…674件，转办686件」 — acts on what the clause before
        # counted, so it is a later stage whatever the verb; the same stage word with a result
        # complement — 「调处…28797件，调处成功28952件」 — is its outcome; warnings)
        by_place = False
        if p is not None and p_stage is not None and not form:
            bare = clause.strip(" 　").lstrip("共均并及已")
            if q_stage is None and lex.verb_re.fullmatch(bare) and p_stage[0] < 2:
                q_stage, by_place = (p_stage[0] + 1, bare), True
            elif (
                q_stage is not None
                and q_stage[1] == p_stage[1]
                and any(bare.endswith(q_stage[1] + c) for c in complements)
                and not any(c in p_clause for c in complements)
            ):
                q_stage, by_place = (min(2, p_stage[0] + 1), bare), True
        if p is None or p_stage is None or q_stage is None or q_stage[0] <= p_stage[0]:
            continue
        if p.kind != "count" or p.quoted or p.change or p.unit != q.unit or p.depth != q.depth:
            continue
        between = text[p.end : q.num_start]
        if "比" in between:  # (the change clause of the earlier figure is no scope word)
            between = _CHANGE_CLAUSE_RE.sub("", between)
        if _STATEMENT_END_RE.search(between) or len(_CLAUSE_MARK_RE.findall(between)) != 1:
            continue
        if any(w in between or w in clause for w in other):
            continue
        if ((q.num_start, q.end), (p.num_start, p.end)) in judged or (q.num_start, q.end) in judged:
            continue
        # two stage words the flow rule knows (受理 → 审结): its reading, silences included
        # (a court's 审结 above its 受理 holds last year's cases), stands
        if (p.family in FLOW_STAGES and q.family in FLOW_STAGES) or (
            p_stage[1] in known and q_stage[1] in known
        ):
            continue
        if bounds(q)[0] <= bounds(p)[1]:
            continue
        sentence = _sentence_of(text, q.num_start)
        # (a closure before acceptance told before the later figure: 「诉前调解化解20件，受理100件，
        # 调解成功110件」; one told after it, 「发出诉前检察建议」, is a later stage)
        told_before = text[_sentence_start(text, q.num_start) : q.num_start]
        if speaks_of_carry_over(lex, sentence) or closed_before(lex, told_before, pre_acceptance):
            continue
        if _listed_part(text, p):
            continue
        own = clause[clause.rfind(q_stage[1]) + len(q_stage[1]) :]
        # (a result complement is the verb's: 「法院审结支持246件」 names nothing of its own)
        own = own.removeprefix(next((c for c in complements if own.startswith(c)), ""))
        # (a verb of the way the deed was done before it is the verb's too: 「已协调解决152条」
        # 「督促整改」; numbers.toml ``clauses.outcome-verb-leads``)
        own = own.removeprefix(next((v for v in _verb_leads(lex) if own.startswith(v)), ""))
        # (a second verb of the deed is the verb's too: 「立案查处451件」 names no thing; any
        # verb of numbers.toml ``verbs``)
        own = own.removeprefix(next((v for v in _all_verbs(lex) if own.startswith(v)), ""))
        # another kind of thing named in the later clause (受理刑事… → 办结民事…)
        if (
            own.strip()
            and not q.inherited
            and (not nouns_compatible(p, q) or other_qualifiers(p.noun, q.noun))
        ):
            continue
        put_forward = p_stage[1] in lex.data["funnel"]["put-forward"]
        # (what was put forward is the other body's intake only in the clause right after it,
        # one comma on, naming no set of its own by 对: 「提出再审检察建议2件；对民事审判活动监督案
        # 受理5件」 opens another matter, and the 提出 there is itself an outcome)
        if put_forward and (
            not ("，" in between or "," in between)
            or clause.strip(" 　").startswith("对")  # (对… names the set it acts on)
        ):
            continue
        explicit = (
            not by_form
            and not put_forward
            and not by_place
            and (q.inherited or not own.strip() or bool(p.noun and own and own in p.noun))
        )
        code = "N103" if STAGES[q_stage[0]] == "accepted" else "N107"
        out.append(
            Relation(
                "flow",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(p)),
                code=code,
                severity=Severity.ERROR if explicit else Severity.WARNING,
                message=(
                    f"{clause.strip(' 　')[-12:]}{q.text}多于前一分句{p_clause.strip(' 　')[-12:]}"
                    f"的{p.text}（后一分句说的是前一分句所计事项办理的结果，不应多于前者，"
                    "文中未说明上年结转、案前化解或其他来源）"
                )
                if by_form
                else f"{q_stage[1]}{q.text}多于前一分句{p_stage[1]}的{p.text}（后一分句未另说对象，"
                "说的是前一分句所计事项的后续办理，不应多于前者，文中未说明上年结转或其他来源）"
                if by_place
                else f"{q_stage[1]}{q.text}多于前一分句{p_stage[1]}的{p.text}（后一分句说的是"
                f"所{p_stage[1]}事项的后续办理，不应多于前者，文中未说明此前{p_stage[1]}的"
                "事项或其他来源）"
                if put_forward
                else f"{q_stage[1]}{q.text}多于前一环节{p_stage[1]}的{p.text}"
                f"（{_STAGE_NAME[STAGES[p_stage[0]]]}→{_STAGE_NAME[STAGES[q_stage[0]]]}，"
                "后一环节不应多于前一环节，文中未说明上年结转、案前化解或其他来源）",
                suggestion="核对前后环节的数字；如含上年结转或其他来源，请在文中说明",
            )
        )
    return out
