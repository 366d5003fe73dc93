"""Session 30, coder lists: the structure of a list or of a bracketed aside (issue 9), each
rule with its own examples, each contradiction beside a consistent twin.

0. The rest words have one home (numbers.toml ``rest``): the kinds each rule reads.
1. A colon after a figure opens its items as 其中 does (containment ``_listed_together``): a
   category among them is no part of the item before it.
2. A bracket opening with 共 counts a total of its own (partition ``_paren_groups``), at
   either bracket width: its lone figure is no part of the figure before the bracket.
3. A part named 「X中的Y」 right after the part X is a sub-part of X (partition
   ``_without_scoped_subparts``), not summed beside it.
4. A first figure with its own share of a whole, as the later figures have, is their sibling
   (partition ``_other_closed_groups``), not the whole a closing 其他 completes.
5. A clause opening with a check of the whole (经…审查，) ends a 其中 list: what the check
   kept is a later step, not one more part.
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.quantities import load_lexicon
from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.analysis.relations.common import rest_alternation, rest_words
from fazhi_lint.model import Severity

PARTS = ("N101", "N102")


def _severities(text: str, codes: tuple[str, ...] = PARTS) -> list[Severity | None]:
    return [r.severity for r in contradictions(analyze_text(text, 2024)) if r.code in codes]


# 0. one home for the rest words
def test_rest_words_come_from_numbers_toml() -> None:
    data = load_lexicon().data["rest"]
    assert set(rest_words("left")) == set(data["left"])
    assert set(rest_words("left", "other")) == set(data["left"]) | set(data["other"])
    assert rest_words("added")[0] == "另外"  # longest first: 另外 before 另
    assert "|" in rest_alternation("left", "other")
    assert "complement" not in load_lexicon().data["clauses"]


# 1. a colon list: siblings
def test_colon_list_items_are_siblings() -> None:
    text = (
        "在门户网站发布信息60条：发布工作制度3份，规范性文件4份，财政类信息30份，"
        "更新人事信息9次，其他信息14条。"
    )
    assert not findings(text, 2024, PARTS), text


def test_category_above_its_whole_before_the_colon_still_found() -> None:
    text = "全年受理信访事项120件。从反映问题看，征地拆迁类信访事项最为集中，达130件。"
    assert Severity.ERROR in _severities(text) or Severity.WARNING in _severities(text), text


# 2. a bracket opening with 共
@pytest.mark.parametrize(
    "text",
    [
        "全镇共抽取40个样本块，涉及31个村（居）委会和5个社区（共抽中普查小区212个小区），"
        "调查人口约5万人。",
        "全镇共抽取40个样本块,涉及31个村(居)委会和5个社区(共抽中普查小区212个小区),"
        "调查人口约5万人。",
    ],
)
def test_bracket_opening_with_total_is_no_part(text: str) -> None:
    assert not findings(text, 2024, PARTS), text


@pytest.mark.parametrize("open_, close", [("（", "）"), ("(", ")")])
def test_bracketed_breakdown_still_checked(open_: str, close: str) -> None:
    text = f"办理行政处罚案件30件{open_}普通程序12件，简易程序25件{close}，罚没款20万元。"
    assert Severity.ERROR in _severities(text), text


# 3. X中的Y: a sub-part of the part X
def test_scoped_subpart_is_not_summed() -> None:
    text = (
        "全县登记在册市场主体共计5.2万户。其中，企业1.6万户，增长4.1%，企业中的外资企业"
        "0.3万户，增长1.2%；个体工商户3.5万户，增长5.0%；农民专业合作社0.1万户。"
    )
    assert not findings(text, 2024, PARTS), text


def test_parts_above_the_whole_without_the_subpart_still_found() -> None:
    text = (
        "全县登记在册市场主体共计5.2万户。其中，企业1.6万户，增长4.1%，企业中的外资企业"
        "0.3万户，增长1.2%；个体工商户3.9万户，增长5.0%；农民专业合作社0.1万户。"
    )
    found = findings(text, 2024, PARTS)
    assert any("0.3万" not in m and "5.2万户" in m for _, m in found), found


# 4. parallel shares: siblings
def test_first_figure_with_share_is_no_whole_of_the_rest() -> None:
    text = (
        "上半年，受理商品类投诉5200件，占投诉总量的65.00%；服务类投诉2600件，占投诉总量的"
        "32.50%；其他类投诉200件，占投诉总量的2.50%。"
    )
    assert not findings(text, 2024, PARTS), text


def test_others_closed_list_without_shares_still_checked() -> None:
    text = "现区级保留政务服务事项500项，行政许可事项218项，公共服务等其他事项297项。"
    assert Severity.ERROR in _severities(text), text


# 5. a check of the whole ends the list
def test_check_clause_ends_the_list() -> None:
    text = (
        "会议期间共收到委员意见建议150件，其中通过网上提交的有90多件，经提案委员会审查，"
        "立为提案的有140件。"
    )
    assert not findings(text, 2024, PARTS), text


def test_part_above_whole_before_the_check_still_found() -> None:
    text = (
        "会议期间共收到委员意见建议150件，其中通过网上提交的有160多件，经提案委员会审查，"
        "立为提案的有140件。"
    )
    assert Severity.ERROR in _severities(text), text
