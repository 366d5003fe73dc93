"""Session 22 (s22-ann): announced counts read by the shape of the list, and time.

* a 和 between bare names of the list's own size closes a list of three or more names
  (「老年人、未成年人、残疾人、妇女和农民工等四类」: five, more than four); 及/与, a side with a
  figure or 的, or a right side alone carrying the list's head (…和司法救助衔接机制) keep the
  reading of one item;
* a 和 whose left side ends with the head the parts end with splits any part of a whole, not
  only the last (「…主动公开政府信息情况和收到处理…申请情况、…六个部分」: six);
* a quoted title inside the last item before a count is one word: its 的 and its verb make no
  clause of the item;
* arrows split the steps of a chain in a bracket after the count, and a quoted name may run
  to eight characters after its measure (“五步决策闭环机制”);
* a 顿号 run inside one quote is the list, its dashes join the pairs of an item;
* a month after 「至YYYY年」 ends a span over years: no month of one year (N302);
* a news dateline (「…11月4日电」) or a day opening a sentence that publishes figures is the
  day the text speaks: this year's months counted to a later month are not over (N304).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CONTRADICTIONS = [
    # 5 groups (…、残障人士和退役军人) before 等四类
    ("为儿童、老人、孕产妇、残障人士和退役军人等四类群体开通绿色通道。", "N203", "5项"),
    # 6 subjects, 五类
    (
        "把律师事务所、公证处、司法鉴定所、仲裁机构、调解组织和基层法律服务所五类机构纳入监管。",
        "N203",
        "6项",
    ),
    # 3 honours, one a quoted title holding 的, 四项
    (
        "该所先后荣获全国模范司法所、省级青年文明号、首届“群众满意的基层站所”四项荣誉。",
        "N203",
        "3项",
    ),
    # 4 steps between arrows, “五步审查工作法”
    ("推行“五步审查工作法”（受理登记→初审→集体讨论→出具意见），全年审查文件42件。", "N203", "4项"),
    # six parts (a 和 splitting a middle part), 七个部分
    (
        "报告包括总体情况、主动公开情况和依申请公开情况、复议和诉讼情况、存在问题及改进情况"
        "和其他事项七个部分。",
        "N203",
        "6项",
    ),
    # five dash pairs in a quoted 顿号 run, 六个方面
    (
        "形成“上游—下游、线上—线下、城区—乡村、白天—夜间、平时—节假日”六个方面的联动。",
        "N203",
        "5项",
    ),
    # dateline 3月8日, 今年1至4月
    ("新华社3月8日电 记者从市场监管部门获悉，今年1至4月共查处案件356件。", "N304", "4月"),
    # a day publishing 2023年1月至10月 data on 8月12日
    (
        "8月12日，市统计局发布了2023年1月至10月全市行政执法主要数据。",
        "N304",
        "10月",
    ),
    # dateline with a year, 今年1—12月 on 12月20日
    ("本报2022年12月20日电 今年1—12月，全市法律援助机构办理案件2310件。", "N304", "12月"),
]

CONSISTENT = [
    # 4 groups, 和 closing the list
    "为儿童、老人、残障人士和退役军人等四类群体开通绿色通道。",
    # a 和 joining two modifiers of one head (衔接机制): three or four items
    "建立联席会议机制、信息共享机制、法律援助和司法救助衔接机制四项机制。",
    # 及 joins one kind; shares in each item: 4 kinds
    "检查对象分为四类：网吧占31%、娱乐场所占25%、演出场所及经纪机构占19%、旅行社及景区占25%。",
    # six parts read with the middle 和 splitting one
    "报告包括总体情况、主动公开情况和依申请公开情况、复议和诉讼情况、存在问题及改进情况"
    "和其他事项六个部分。",
    # five steps between arrows
    "推行“五步审查工作法”（受理登记→初审→集体讨论→出具意见→备案归档），全年审查文件42件。",
    # five dash pairs, 五个方面
    "形成“上游—下游、线上—线下、城区—乡村、白天—夜间、平时—节假日”五个方面的联动。",
    # a span over years, then this year's months as its part
    "2020年5月至2023年8月，全市共受理申请5120件。其中，今年1月至8月受理1320件。",
    # dateline after the months end
    "新华社10月8日电 记者从市场监管部门获悉，今年1至9月共查处案件356件。",
    # a day of January publishing last year's months (the day may be the next year's)
    "1月15日，市统计局发布2023年1月至12月全市行政执法数据，全年办理案件120件。",
    # a day opening a sentence that does not publish: a meeting, figures of the year later
    "6月3日，区政府召开推进会。今年1至11月，全区共办理行政复议案件86件。",
]


@pytest.mark.parametrize(("text", "code", "word"), CONTRADICTIONS)
def test_found(text: str, code: str, word: str) -> None:
    got = findings(text, 2023, (code,))
    assert got, text
    assert any(word in message for _, message in got), got


@pytest.mark.parametrize("text", CONSISTENT)
def test_silent(text: str) -> None:
    assert findings(text, 2023, ("N203", "N302", "N304")) == [], text
