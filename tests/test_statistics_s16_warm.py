"""Session 16's warm shortcuts (issue 12) give what the slower forms gave: each guarded or
rewritten form is compared with the former one, kept here, on random inputs, and on a few
cases worked out by hand."""

from __future__ import annotations

import copy
import random
import re
from types import SimpleNamespace
from typing import cast

from draws import draws

from fazhi_lint.analysis.quantities import Lexicon, Quantity, load_lexicon
from fazhi_lint.analysis.relations import flow, partition, table_grid
from fazhi_lint.analysis.relations.common import DUE_WORD_RE, is_due
from fazhi_lint.model import Block

# --------------------------------------------------------------------------------------
# table_grid._text_cells: a line without a bar or a tab is no row, said before the walk
# --------------------------------------------------------------------------------------


def _text_cells_by_walk(block: Block) -> int:
    """The former form: every tab-less line walked by _pipe_cells."""
    text = block.text
    if "\t" in text:
        return len([c for c in re.split(r"\t+", text.strip("\t")) if c.strip()])
    cells = table_grid._pipe_cells(text)
    if len(cells) < 2 or any(
        len(t) > table_grid._CELL_CHARS or table_grid._CLAUSE_MARK.search(t) for _, t in cells
    ):
        return 0
    return len(cells)


_CELL_ALPHABET = "|｜\t 　“”「」《》‘’，。；合计民政部门件123４5"


def test_text_cells_guard_matches_the_walk_on_random_lines() -> None:
    rng = random.Random(1612)
    for _ in range(draws(6000)):
        n = rng.randint(0, 30)
        # lines with and without separators: bars drawn rarely, so many lines have none
        alphabet = _CELL_ALPHABET if rng.random() < 0.5 else _CELL_ALPHABET[3:]
        text = "".join(rng.choices(alphabet, k=n))
        block = Block(0, text)
        assert table_grid._text_cells(block) == _text_cells_by_walk(block), repr(text)


def test_text_cells_by_hand() -> None:
    # 「民政部门｜37｜12」: three cells split at two bars
    assert table_grid._text_cells(Block(0, "民政部门｜37｜12")) == 3
    # no bar, no tab: one cell at most, so no row (0)
    assert table_grid._text_cells(Block(0, "民政部门37件")) == 0
    # the bar inside 「“”」 is part of a name: one cell, no row
    assert table_grid._text_cells(Block(0, "“法治进万家｜宪法在身边”")) == 0


# --------------------------------------------------------------------------------------
# flow._approval_stage_of: the stage words searched as one alternation
# --------------------------------------------------------------------------------------


def _lexicon_with(chains: list[list[list[str]]]) -> Lexicon:
    data = copy.deepcopy(load_lexicon().data)
    data["clauses"]["approval-stages"] = chains
    return Lexicon(data)


def _random_clause(rng: random.Random, words: list[str]) -> str:
    pieces = []
    for _ in range(rng.randint(0, 5)):
        if rng.random() < 0.4 and words:
            w = rng.choice(words)
            # a word cut short or whole: prefixes of words find no stage of their own
            pieces.append(w[: rng.randint(1, len(w))] if rng.random() < 0.3 else w)
        else:
            pieces.append("".join(rng.choices("经共已受理通过项目件，", k=rng.randint(0, 4))))
    return "".join(pieces)


def test_approval_stage_matches_the_walk_on_the_shipped_chains() -> None:
    lex = load_lexicon()
    chains = lex.data["clauses"]["approval-stages"]
    words = [w for chain in chains for stage in chain for w in stage]
    rng = random.Random(1613)
    for _ in range(draws(4000)):
        clause = _random_clause(rng, words)
        assert flow._approval_stage_of(lex, clause) == flow._approval_stage(chains, clause), clause


def test_approval_stage_matches_the_walk_on_overlapping_words() -> None:
    # words that are prefixes of others, a word in two stages, regex characters: the walk
    # keeps the leftmost word and, at one place, the first in the chains' order
    chains = [
        [["申请", "申请听证", "a.b"], ["听证", "申请"]],
        [["提出申请"], ["(核)", "听"]],
    ]
    lex = _lexicon_with(chains)
    words = [w for chain in chains for stage in chain for w in stage]
    rng = random.Random(1614)
    for _ in range(draws(4000)):
        clause = _random_clause(rng, words)
        assert flow._approval_stage_of(lex, clause) == flow._approval_stage(chains, clause), clause
    # 「提出申请听证」: 提出申请 at 0 is leftmost → chain 1, stage 0
    assert flow._approval_stage_of(lex, "提出申请听证") == ((1, 0),)
    # 「申请听证」: 申请 is tried before 申请听证 at the same place; every place of the word
    # (chain 0, stages 0 and 1: s18-flowstage, a word may stand in several chains)
    assert flow._approval_stage_of(lex, "申请听证") == ((0, 0), (0, 1))
    # 「axb」: the dot is a literal dot, so no word at all
    assert flow._approval_stage_of(lex, "axb") == ()


def test_approval_stage_with_an_empty_word_falls_back_to_the_walk() -> None:
    chains = [[["申报"], [""]]]
    lex = _lexicon_with(chains)
    for clause in ("", "申报", "经申报", "受理"):
        assert flow._approval_stage_of(lex, clause) == flow._approval_stage(chains, clause)


# --------------------------------------------------------------------------------------
# literal guards before patterns tried at every character of a figure's words
# --------------------------------------------------------------------------------------


def _random_words(rng: random.Random, alphabet: str) -> str:
    return "".join(rng.choices(alphabet, k=rng.randint(0, 24)))


def test_concluding_guard_matches_the_pattern() -> None:
    # flow_relations: 结 or 回复 in the words before the pattern is searched
    pattern = flow._CONCLUDING_RE
    rng = random.Random(1615)
    for _ in range(draws(8000)):
        pre = _random_words(rng, "结回复办审总未不没尚待案件已，1 \n")
        guarded = ("结" in pre or "回复" in pre) and pattern.search(pre) is not None
        assert guarded == (pattern.search(pre) is not None), repr(pre)
    # 「已办结」 ends with 办结 → a concluding word; 「总结」 (总 before 结) is none
    assert flow._CONCLUDING_RE.search("已办结") is not None
    assert flow._CONCLUDING_RE.search("总结") is None


def test_other_than_guard_matches_the_pattern() -> None:
    pattern = partition._OTHER_THAN_RE
    rng = random.Random(1616)
    for _ in range(draws(8000)):
        pre = _random_words(rng, "以之外的在线办理件，1")
        guarded = pattern.search(pre) if "外" in pre else None
        plain = pattern.search(pre)
        assert (guarded is None) == (plain is None), repr(pre)
        if guarded is not None and plain is not None:
            assert guarded.span() == plain.span()
    # 「在线办理以外的」: two or more ideographs, then 以外, then 的 at the end
    assert partition._OTHER_THAN_RE.search("在线办理以外的") is not None


def _is_due_unguarded(pre: str) -> bool:
    """The former form of is_due: the pattern searched in every figure's words."""
    m = DUE_WORD_RE.search(pre)
    return m is not None and not pre[: m.start()].endswith("不")


def test_is_due_guard_matches_the_pattern() -> None:
    rng = random.Random(1617)
    for _ in range(draws(8000)):
        pre = _random_words(rng, "应当该不响对考人员出庭诉，1")
        q = cast(Quantity, SimpleNamespace(pre=pre))
        assert is_due(q) == _is_due_unguarded(pre), repr(pre)
    # 「应考人员」: 应 opens a due word; 「响应」: 应 after 响 is none; 「不应当」: said not due
    assert is_due(cast(Quantity, SimpleNamespace(pre="应考人员")))
    assert not is_due(cast(Quantity, SimpleNamespace(pre="响应")))
    assert not is_due(cast(Quantity, SimpleNamespace(pre="不应当")))
