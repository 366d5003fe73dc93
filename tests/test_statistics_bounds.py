"""The statistics relations stay linear: pathological paragraphs finish, and the work per
figure is bounded by caps that these tests pin (no timing assertions; see
benchmarks/bench_statistics_worst.py for the speed)."""

from __future__ import annotations

from fazhi_lint.analysis.quantities import extract, load_lexicon
from fazhi_lint.analysis.relations import (
    analyze_text,
    change,
    contradictions,
    flow,
    partition,
    rates,
)
from fazhi_lint.analysis.relations.analyze import analyze_block


def _relations(text: str):
    lex = load_lexicon()
    return analyze_block(extract(text, 0, lex), lex, lambda: iter(()))


def test_ten_thousand_dates_in_one_paragraph_finish() -> None:
    text = "".join(f"2024年{i % 12 + 1}月{i % 28 + 1}日，" for i in range(10_000))
    bq = extract(text, 0, load_lexicon())
    assert len(bq.years) == 10_000
    assert contradictions(_relations(text)) == []


def test_many_lists_in_one_sentence_each_judged_against_its_own_whole() -> None:
    clauses = [
        f"全年受理案件{100 + i}件，其中行政处罚{50 + i}件、行政许可40件" for i in range(1_000)
    ]
    clauses[500] = "全年受理案件600件，其中行政处罚550件、行政许可90件"  # 640 > 600
    found = contradictions(_relations("；".join(clauses) + "。"))
    assert [(r.code, r.message.split("（")[0]) for r in found] == [("N101", "分项合计640件")]


def test_many_remainders_finish_and_each_is_judged() -> None:
    text = "".join(f"受理{i + 20}件，办结{i + 5}件，其余15件；" for i in range(2_000))
    assert contradictions(_relations(text)) == []
    wrong = "受理40件，办结25件，其余16件；" + text
    assert [r.code for r in contradictions(_relations(wrong))] == ["N101"]  # 25 + 16 > 40


def test_one_long_paragraph_finishes_with_its_findings() -> None:
    sentence = "全年共办理行政复议案件120件，其中维持80件、撤销10件，较上年的100件增长25%。"
    found = contradictions(_relations(sentence * 2_000))
    assert len(found) == 2_000 and {r.code for r in found} == {"N108"}


def test_a_change_is_read_only_against_the_first_figures_of_its_sentence() -> None:
    head = "，".join(f"开展活动{i + 1}场" for i in range(change.MAX_FIGURES))
    late = head + "，办理案件1236件，较上年的1050件增长11.2%。"
    early = "办理案件1236件，较上年的1050件增长11.2%，" + head + "。"
    assert [r.code for r in contradictions(analyze_text(early))] == ["N108"]
    assert [r.code for r in contradictions(analyze_text(late))] == []


def test_a_stage_is_compared_only_with_the_stages_just_before_it() -> None:
    filler = "，".join(f"受理咨询{i + 1}件" for i in range(flow.WINDOW))
    near = "全年收到行政复议申请80件，受理83件。"
    far = "全年收到行政复议申请80件，" + filler + "，受理83件。"
    assert [r.code for r in contradictions(analyze_text(near))] == ["N103"]
    assert "N103" not in [r.code for r in contradictions(analyze_text(far))]


def test_a_rate_reads_the_figures_near_it() -> None:
    filler = "，".join(f"开展检查{i + 1}次" for i in range(rates.SCOPE))
    near = "参考865人，合格812人，合格率为97.1%。"
    far = "参考865人，合格812人，" + filler + "，合格率为97.1%。"
    assert [r.code for r in contradictions(analyze_text(near))] == ["N104"]
    assert [r.code for r in contradictions(analyze_text(far))] == []


def test_a_remainder_completes_one_of_the_few_figures_before_it() -> None:
    parts = "，".join(f"办结{i + 1}件" for i in range(partition.MAX_BACK))
    assert partition.MAX_BACK <= 8
    text = f"受理100件，{parts}，其余5件正在办理。"
    # the whole is more than MAX_BACK figures back: no reading reaches it, nothing reported
    assert "N102" not in [r.code for r in contradictions(analyze_text(text))]


def test_a_period_parts_duration_is_read_within_its_reach() -> None:
    from fazhi_lint.analysis.relations import dates

    assert dates._WITHIN_REACH == 40
    # 第四季度 (at most 92 days) then 开展 and the words: 为期120天 is read when it ends within
    # 40 characters of the period (4 words of 6 characters: 2 + 24 + 1 + 7 = 34 ≤ 40), not past
    # them (6 words: 2 + 36 + 1 + 7 = 46 > 40)
    near = "第四季度开展" + "专项整治行动" * 4 + "，为期120天。"
    far = "第四季度开展" + "专项整治行动" * 6 + "，为期120天。"
    assert [r.code for r in contradictions(analyze_text(near))] == ["N304"]
    assert [r.code for r in contradictions(analyze_text(far))] == []
