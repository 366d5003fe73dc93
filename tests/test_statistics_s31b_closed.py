"""Session 31 round 2, coder closed: lists closed by the text and nested parts read as a tree
(issue 9), each rule with its own examples.

1. A list whose names mark a tree (partition ``_marked_tree``): two parts or more name one
   class noun after words of their own (林业用地 / 建设用地), the list opens and closes with
   them, and the parts in between (no such noun) are members of the class part before them.
   The class parts are the split of the whole; the members are not added beside them.
"""

from __future__ import annotations

from relation_helpers import errors, findings

# 1. a tree marked by a class noun
TREE = (
    "全镇土地面积52000亩，比上年增加600亩。其中：林业用地面积30000亩，增加200亩；"
    "公益林面积12000亩，增加100亩；商品林面积9000亩，减少50亩；竹林面积6000亩，增加150亩；"
    "建设用地面积22000亩，增加400亩。"
)


def test_members_between_class_parts_are_not_siblings() -> None:
    assert not findings(TREE, 2024, ("N101", "N102", "N108")), TREE


def test_class_parts_off_the_whole_still_err() -> None:
    text = TREE.replace("建设用地面积22000亩", "建设用地面积25000亩")
    found = errors(text)
    assert any(code == "N101" for code, _ in found), found


def test_tree_changes_off_the_whole_change_err() -> None:
    text = TREE.replace("增加600亩", "增加900亩")
    found = errors(text)
    assert any(code == "N108" and "400" in m for code, m in found), found


def test_flat_list_without_class_return_still_err() -> None:
    # the list never comes back to the class: no tree, the flat sum is above the whole
    text = (
        "全镇土地面积52000亩。其中：林业用地面积30000亩；公益林面积12000亩；"
        "商品林面积9000亩；草地面积22000亩。"
    )
    found = errors(text)
    assert any(code == "N101" for code, _ in found), found


def test_members_above_their_class_part_no_tree() -> None:
    text = TREE.replace("公益林面积12000亩", "公益林面积32000亩")
    found = errors(text)
    assert any(code == "N101" for code, _ in found), found
