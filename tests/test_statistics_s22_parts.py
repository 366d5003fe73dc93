"""Session 22 (s22-parts): whole and parts read where a guard silenced the reading before.

* before any part of a 其中 list names a stage, a part told with a verb of the whole's own
  stage (登记办理, 窗口登记 of a whole 收到; not the whole's verb itself) names the route an item was taken in by, no later
  stage: the list does not end there (``_list_parts``);
* parts in 件次 of a whole in 件 (numbers.toml ``units.kin``) are read as its parts; when they
  exceed it the finding is a warning (an item may be counted twice);
* an inner 其中 list whose head adds up to its whole gives the parts after it back to the outer
  list, which is judged with them (a consistent outer list is no longer short of its whole);
* a part that only says the items were done (已处理, 均已办理) after a part named by its kind is
  what became of them, no sibling kind.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _parts(text: str, year: int = 2024) -> list[tuple[str, str]]:
    return [(code, m) for code, m in findings(text, year) if code in ("N101", "N102")]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 74 + 205 + 52 = 331 > 312: routes of the letters received
        (
            "本季度共收到网上留言312件。其中，省平台转来74件，市本级登记办理205件，"
            "各区县登记办理52件。",
            ("331", "312"),
        ),
        # 17 + 72 = 89 > 86
        (
            "全年收到行政复议申请86件，其中，市政府转交17件，本机关收到并登记72件。",
            ("89", "86"),
        ),
        # 211 + 845 = 1056 > 1032
        (
            "全年共收到信访事项1,032件，其中，上级交办转来211件，本级窗口登记845件。",
            ("1056", "1,032"),
        ),
        # 418 + 1985 = 2403 > 2360
        (
            "全年共收到群众来信来电2,360件，其中，上级转来418件，本单位登记接收1,985件。",
            ("2403", "2,360"),
        ),
        # 129 + 534 = 663 > 647
        (
            "今年以来共收到人民群众来信647件。其中，省、市转办129件，本级登记办理534件。",
            ("663", "647"),
        ),
        # 1876 + 296 = 2172 > 2115: a state clause after the kinds cuts nothing before it
        (
            "全年收到政务邮箱来信2,115件，其中有效信件1,876件，无效信件296件，已办理1,876件。",
            ("2172", "2,115"),
        ),
        # 3318 + 2827 = 6145 > 6045 (the inner list is wrong)
        (
            "全年受理消费者咨询投诉举报12,630件。其中，咨询5,210件，占41.3%；投诉6,045件，"
            "占47.9%，其中商品类投诉3,318件，服务类投诉2,827件；举报1,375件，占10.9%。",
            ("6,045",),
        ),
    ],
)
def test_route_parts_above_whole_found(text: str, figures: tuple[str, ...]) -> None:
    found = _parts(text)
    assert any(c == "N101" and all(f in m for f in figures) for c, m in found), found


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 63 + 160 = 223 件次 > 215 件
        ("全年收到书面来信215件。其中，市级转办63件次，本级登记办理160件次。", ("223", "215")),
        # 418 + 806 + 35 = 1259 件次 > 1204 件
        (
            "今年共收到来信来访1,204件。其中，转交有关部门办理418件次，本级登记办理806件次，"
            "镇街登记办理35件次。",
            ("1259", "1,204"),
        ),
    ],
)
def test_arrivals_above_items_warned(text: str, figures: tuple[str, ...]) -> None:
    relations = [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N101"]
    assert len(relations) == 1, relations
    assert relations[0].severity is Severity.WARNING
    assert all(f in relations[0].message for f in figures)
    assert "件次" in relations[0].message


@pytest.mark.parametrize(
    "text",
    [
        # 74 + 186 + 52 = 312
        "本季度共收到网上留言312件。其中，省平台转来74件，市本级登记办理186件，各区县登记办理52件。",
        # 17 + 69 = 86
        "全年收到行政复议申请86件，其中，市政府转交17件，本机关收到并登记69件。",
        # 129 + 518 = 647
        "今年以来共收到人民群众来信647件。其中，省、市转办129件，本级登记办理518件。",
        # 398 + 771 + 35 = 1204 (件次 of 件)
        "今年共收到来信来访1,204件。其中，转交有关部门办理398件次，本级登记办理771件次，"
        "镇街登记办理35件次。",
        # 63 + 152 = 215, then a state of all of them
        "全年收到书面来信215件。其中，市级转办63件次，本级登记办理152件次，已全部办结。",
        # 17 transferred, then 受理 (a later stage) ends the list: 17 ≤ 86
        "全年收到行政复议申请86件，其中，市政府转交17件，受理79件，审结72件。",
        # 5210 + 6045 + 1375 = 12630; 3218 + 2827 = 6045
        "全年受理消费者咨询投诉举报12,630件。其中，咨询5,210件，占41.3%；投诉6,045件，占47.9%，"
        "其中商品类投诉3,218件，服务类投诉2,827件；举报1,375件，占10.9%。",
        # 1876 valid letters, all 1876 handled: no second part
        "全年收到政务邮箱来信2,115件，其中有效信件1,876件，已办理1,876件。",
        "“区长信箱”共收到来信3,460件，其中有效信件2,905件，均已办理2,905件，答复率100%。",
    ],
)
def test_consistent_routes_and_states_silent(text: str) -> None:
    assert _parts(text) == []
