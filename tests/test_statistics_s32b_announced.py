"""Session 32 round 2, coder announced: two list structures of N203 (issue 9).

* A comma list of a whole's parts holding a 顿号 inside one comma piece: the 顿号 after a word
  that lacks the head the 顿号 words of the list end with (情况) joins two words of one part
  (「行政复议、诉讼和申诉，」), so counting it as a split only warns; after a word ending with
  that head (「总体情况、主动公开情况，」) it may still split whole parts.
* 这N + measure pointing back at a 顿号 list of an earlier clause or sentence whose names each
  end with the head the counted noun's clause holds (「成立了A委员会、B委员会、C委员会。…这四个
  委员会」): more counted than named warns; fewer or as many says nothing.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _n203(text: str) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, 2024)) if r.code == "N203"]


def _messages(text: str) -> list[str]:
    return [r.message for r in contradictions(analyze_text(text, 2024)) if r.code == "N203"]


PARTS = "本报告内容包括：概述，主动公开，依申请公开，复议、诉讼和举报，年度收支，改进措施，附表{n}部分组成。"


def test_parts_counted_by_commas_fit() -> None:
    assert _n203(PARTS.format(n="七")) == []


def test_parts_counted_at_the_inner_mark_warn() -> None:
    assert _n203(PARTS.format(n="八")) == [Severity.WARNING]
    assert any("顿号连接同一部分" in m for m in _messages(PARTS.format(n="八")))


def test_parts_counted_short_err() -> None:
    assert _n203(PARTS.format(n="六")) == [Severity.ERROR]


MIXED = (
    "本报告由总体情况、主动公开信息情况、依申请公开情况，存在的问题及改进情况、"
    "其他需要报告的事项{n}个部分组成。"
)


@pytest.mark.parametrize("n", ["五"])
def test_inner_marks_after_whole_parts_still_split(n: str) -> None:
    # (the 顿号 after words ending with 情况 split whole parts: five is a reading)
    assert _n203(MIXED.format(n=n)) == []


BACK = (
    "区司法局今年新设立了交通事故纠纷调解委员会、物业纠纷调解委员会、婚姻家庭纠纷调解委员会。"
    "各调解委员会配备专职调解员12名。这{n}个专业调解委员会成立后，全年调解纠纷310件。"
)


def test_pointed_back_count_as_named_fits() -> None:
    assert _n203(BACK.format(n="三")) == []


def test_pointed_back_count_more_than_named_warns() -> None:
    assert _n203(BACK.format(n="四")) == [Severity.WARNING]
    found = _messages(BACK.format(n="四"))
    assert found and "这四个专业调解委员会" in found[0] and "3项" in found[0]


def test_pointed_back_count_fewer_than_named_says_nothing() -> None:
    # (「这两个」 may be the last two of three)
    assert _n203(BACK.format(n="两")) == []


def test_pointed_back_list_of_other_names_says_nothing() -> None:
    # (the names end with 委员会, the count is of stations: no link)
    text = (
        "区里设立了交通事故纠纷调解委员会、物业纠纷调解委员会、婚姻家庭纠纷调解委员会。"
        "这五个调解工作站全年调解纠纷310件。"
    )
    assert _n203(text) == []
