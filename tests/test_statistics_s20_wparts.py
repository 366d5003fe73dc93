"""Session 20 (s20-wparts): whole and parts on real phrasing.

* a bracket right after a figure that opens with 含 lists parts of that figure, as 其中 does
  (「主动公开市政府规章13件（含新制定5件，修改4件，废止4件）」): parts above the figure are N101; the
  bracket never says it is all of the figure, so parts below it are fine; a lone part (「118件（含
  刑事自诉1件）」), 含有/含量, and a bracket naming a carry-over (含上年结转) are no such list
  (relations/partition.py ``_paren_groups``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _n101(text: str) -> list[str]:
    return [message for code, message in findings(text) if code == "N101"]


@pytest.mark.parametrize(
    ("text", "parts", "whole"),
    [
        # 28+11+6 = 45 > 42
        (
            "全年审查行政规范性文件42件（含新制定28件，修订11件，废止6件），均按程序报送备案。",
            "45件",
            "42件",
        ),
        # 52+71+19 = 142 > 136
        (
            "全年办理政府信息公开申请136件（含当面申请52件、网上申请71件、信函申请19件），"
            "均在法定期限内答复。",
            "142件",
            "136件",
        ),
        # 420+2900 = 3320 > 3100
        (
            "组织法治培训26场（含线上9场），参训人员3100人次（含领导干部420人次、执法人员2900人次）。",
            "3320人次",
            "3100人次",
        ),
        # 148+171 = 319 > 312
        (
            "受理法律援助申请312件（含刑事案件148件、民事案件171件），指派律师办理。",
            "319件",
            "312件",
        ),
        # 40.2+45.6 = 85.8 > 85.6 (万元)
        ("发放补助资金85.6万元（含区级配套40.2万元、镇级配套45.6万元）。", "85.8万元", "85.6万元"),
        # 9+7 = 16 > 15
        ("新建公共法律服务站点15个（含村级站点9个，社区站点7个），覆盖率达100%。", "16个", "15个"),
        # 63+27+14 = 104 > 98
        (
            "清理涉及营商环境的文件98件（含保留63件、修改27件、废止14件），清理结果向社会公布。",
            "104件",
            "98件",
        ),
        # 4+3+2 = 9 > 8
        ("举办专题听证会8场（含行政处罚听证4场、价格听证3场、规划听证2场）。", "9场", "8场"),
    ],
)
def test_parts_in_a_holds_bracket_above_the_whole(text: str, parts: str, whole: str) -> None:
    messages = _n101(text)
    assert messages, text
    assert parts in messages[0] and whole in messages[0]


@pytest.mark.parametrize(
    "text",
    [
        # 28+11+3 = 42: the list makes up the figure
        "全年审查行政规范性文件42件（含新制定28件，修订11件，废止3件），均按程序报送备案。",
        # 46+71+19 = 136
        "全年办理政府信息公开申请136件（含当面申请46件、网上申请71件、信函申请19件），均在法定期限内答复。",
        # 148+150 = 298 < 312: 含 names some parts, never all (行政, 非诉讼 may be the rest)
        "受理法律援助申请312件（含刑事案件148件、民事案件150件），指派律师办理。",
        # a lone part of the part, not a list
        "承办法律援助案件220件，其中刑事案件118件（含刑事自诉1件）、民事案件102件。",
        # 含有: what the figure contains, no list of its parts
        "抽检食品样品560批次（含有农药残留超标的6批次），已全部依法处置。",
        # a carry-over bracket is read by the flow readings, not as a split
        "办结行政复议案件87件（含上年结转9件、本年新收78件），纠错11件。",
        # 含 inside a clause of its own after a comma: 30+12 = 42
        "共清理文件42件，含继续有效30件、修改12件。",
        # 9+6 = 15: the list adds up
        "新建公共法律服务站点15个（含村级站点9个，社区站点6个），覆盖率达100%。",
    ],
)
def test_holds_brackets_that_fit(text: str) -> None:
    assert _n101(text) == [], text
