"""Session 27's warm shortcut (issue 12) gives what the long way gave, compared on random
paragraphs: ``analyze_block`` asks the partition and the flow rule only about a paragraph
where two countable figures share a unit class (``analyze._summable_pair``); on every other
paragraph both rules find nothing, so leaving them out changes no finding."""

from __future__ import annotations

import random

from draws import draws

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import analyze
from fazhi_lint.analysis.relations.flow import flow_relations
from fazhi_lint.analysis.relations.partition import partition_groups

# clauses of intakes, outcomes, parts and other figures, each with a unit drawn below
_CLAUSES = (
    "全年共受理行政复议申请{n}{u}",
    "收到群众来信{n}{u}",
    "其中{n}{u}已办结",
    "其中调解结案{n}{u}",
    "不予受理{n}{u}",
    "审结{n}{u}",
    "尚在审理中的{n}{u}",
    "排查矛盾纠纷{n}{u}",
    "涉及群众{n}{u}",
    "办结率达{n}%",
    "同比增长{n}%",
    "罚没款{n}万元",
    "培训执法人员{n}{u}",
    "公开政府信息{n}{u}",
    "其中工作要闻{n}{u}",
    "结转上年{n}{u}",
    "全部{n}{u}",
    "用时{n}个工作日",
)
_UNITS = ("件", "项", "起", "条", "篇", "份", "人", "名", "人次", "家", "个", "场", "批次", "次")


def _paragraph(rng: random.Random) -> str:
    clauses = [
        rng.choice(_CLAUSES).format(n=rng.randint(1, 900), u=rng.choice(_UNITS))
        for _ in range(rng.randint(2, 6))
    ]
    marks = ["，", "，", "；", "、"]
    return "".join(c + rng.choice(marks) for c in clauses[:-1]) + clauses[-1] + "。"


def test_unit_classes_join_the_groups_that_share_a_unit() -> None:
    classes = analyze.unit_classes(load_lexicon())
    assert classes["人"] == classes["名"]
    assert classes["件"] == classes["项"] == classes["起"]
    # (条 is a writing and a filed item: 纠纷 in 条 become cases in 件)
    assert classes["条"] == classes["篇"] == classes["件"]
    assert "人次" not in classes


def test_the_rules_of_one_unit_class_find_nothing_without_two_such_figures() -> None:
    lex = load_lexicon()
    rng = random.Random(27)
    gated = grouped = 0
    for _ in range(draws(1200)):
        bq = extract(_paragraph(rng), 0, lex)
        if len(bq.quantities) < 2:
            continue
        if analyze._summable_pair(bq, lex):
            grouped += bool(partition_groups(bq, lex))
            continue
        gated += 1
        assert partition_groups(bq, lex) == [], bq.text
        assert flow_relations(bq, lex) == [], bq.text
    # (the inputs reach both sides: paragraphs left out, and ones whose figures group)
    assert gated and grouped
