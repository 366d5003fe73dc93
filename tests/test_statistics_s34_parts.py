"""Session 34, coder parts: two structures of a whole and its parts that recur on published pages.

1. A statistical bulletin's split by a dimension clause whose items each carry their own change
   and are parted by ；(「分产业看，第一产业增加值…亿元，增长…%；第二产业增加值…；第三产业…」):
   the items are one list, as items each with their own share were (session 14), and the three
   industries split the whole by nature (numbers.toml ``clauses.exhaustive``).
2. A budget's receipts (or expenditure): the figure before 加上, the figures after it, and the
   total word that names their sum (「…收入…亿元，加上…补助收入…亿元、…，收入合计…亿元」): the
   text states the addition, so the parts must add up (an error either way).
3. 具体为 after a total tells the whole item by item (「公开了21218条，具体为A…条、B…条和C…条」),
   as 分布情况为 does: complete unless the list says it gives some only (等, 主要).
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # (text, code, words the message must hold)
    # three industries with their own changes, one figure too large
    (
        "全年地区生产总值318.40亿元，比上年增长5.1%。分产业看，第一产业增加值40.12亿元，增长3.2%；"
        "第二产业增加值131.66亿元，增长6.0%；第三产业增加值156.62亿元，增长4.9%。",
        "N101",
        ("328.4亿元", "318.40亿元", "40.12亿+131.66亿+156.62亿"),
    ),
    # the same shape in 比上年, one figure too small
    (
        "全年实现地区生产总值512.8亿元，同比增长6.3%。分产业看，第一产业增加值61.5亿元，比上年"
        "增长3.8%；第二产业增加值190.2亿元，比上年增长7.1%；第三产业增加值251.1亿元，比上年增长6.2%。",
        "N102",
        ("502.8亿元", "512.8亿元"),
    ),
    # receipts: base, 加上 two items, 收入合计 above their sum
    (
        "全县一般公共预算收入12.6亿元，加上上级补助收入20.3亿元、上年结转收入1.4亿元，"
        "收入合计35.3亿元。",
        "N102",
        ("34.3亿元", "35.3亿元", "12.6亿+20.3亿+1.4亿"),
    ),
    # the base in the sentence before, 以及 before the last item, 收入总量为 below the sum
    (
        "全区一般公共预算收入86.5亿元，比上年增长4.2%。加上转移性收入42.7亿元、调入资金3.1亿元，"
        "以及债务转贷收入9.6亿元，收入总量为140.9亿元。",
        "N101",
        ("141.9亿元", "140.9亿元"),
    ),
    # expenditure, after a change figure that is no addend
    (
        "一般公共预算支出45680万元，比上年减少1320万元，加上上解支出2150万元、债务还本支出800万元，"
        "支出合计48730万元。",
        "N102",
        ("48630万元", "48730万元", "45680万+2150万+800万"),
    ),
    # 具体为: the channels told one by one, short of the whole
    (
        "全年通过各渠道公开政府信息3250条，具体为门户网站1820条、政务微信公众号960条和政务微博"
        "420条。",
        "N102",
        ("3200条", "3250条", "1820+960+420"),
    ),
]


@pytest.mark.parametrize(("text", "code", "words"), CONTRADICTIONS)
def test_parts_stated_against_their_whole(text: str, code: str, words: tuple[str, ...]) -> None:
    found = [m for c, m in findings(text) if c == code]
    assert found, findings(text)
    assert any(all(w in m for w in words) for m in found), found


CONSISTENT = [
    # the industries add up (within rounding of the printed figures)
    "全年地区生产总值318.40亿元，比上年增长5.1%。分产业看，第一产业增加值40.12亿元，增长3.2%；"
    "第二产业增加值121.66亿元，增长6.0%；第三产业增加值156.62亿元，增长4.9%。",
    "全年实现地区生产总值512.8亿元，同比增长6.3%。分产业看，第一产业增加值61.5亿元，比上年增长"
    "3.8%；第二产业增加值200.2亿元，比上年增长7.1%；第三产业增加值251.1亿元，比上年增长6.2%。",
    # a dimension of no closed classes, the items each with a change: some of the whole only
    "全年受理各类案件5200件，同比增长8.0%。分类型看，民事案件2100件，增长6.1%；行政案件320件，"
    "增长2.0%；执行案件1500件，下降3.2%。",
    # receipts that add up
    "全县一般公共预算收入12.6亿元，加上上级补助收入20.3亿元、上年结转收入1.4亿元，收入合计34.3亿元。",
    "全区一般公共预算收入86.5亿元，比上年增长4.2%。加上转移性收入42.7亿元、调入资金3.1亿元，"
    "以及债务转贷收入9.6亿元，收入总量为141.9亿元。",
    # the base is the whole before its own 其中 list, not its last part
    "全镇一般公共预算收入预计完成6400万元，其中：税收收入3400万元、非税收入3000万元。"
    "加上转移性收入48692万元，收入总计55092万元。",
    # a change before 加上 is no addend
    "一般公共预算支出45680万元，比上年减少1320万元，加上上解支出2150万元、债务还本支出800万元，"
    "支出合计48630万元。",
    # a total word counting another stage of a flow: what was concluded, not the sum
    "全年新收矛盾纠纷64件，加上上年结转的5件，共计调结66件，尚有3件正在调解中。",
    # a list of its own inside the addends: not read
    "全镇一般公共预算收入4402万元，加上级转移支付收入1884万元，其中：一般转移支付收入1478万元，"
    "上年结转结余60万元，收入合计为6900万元。",
    # 具体为 with a list that adds up
    "全年通过各渠道公开政府信息3200条，具体为门户网站1820条、政务微信公众号960条和政务微博420条。",
    # 具体为 … 等: some of the channels only
    "全年通过各渠道公开政府信息3250条，具体为门户网站1820条、政务微信公众号960条等。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_stays_silent(text: str) -> None:
    assert findings(text, codes=("N101", "N102")) == []
