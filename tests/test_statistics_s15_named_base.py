"""Session 15 (s15-realfix): a share's base by what the share names.

- A run 「分别占X总量的A%、B%、C%」 pairs in order with the figures listed before it, as
  「分别占A%、B%」 does (relations/common.py ``respective_end`` reads the named base), and the
  listed figures are siblings, never a base of the run (rates.py ``_named_whole_bases``).
- A share naming its whole (占诉求总量的) is not read over a figure whose words do not hold
  that whole and whose counted noun is another thing (PC端14510件, a sub-channel of a sibling).
- A share of a figure drawn from a set its statement names (「商品类投诉中，」「服务类投诉较多的
  前五类依次为：」) is not read over a wider whole that does not name that set
  (common.py ``set_unnamed``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

SHARES_THAT_FIT = [
    # 分别 with a named base, ranked: 142/506 = 28.06, 97/506 = 19.17, 61/506 = 12.06
    "质量类投诉共506件，排名前三位的依次是电动自行车142件、燃气灶具97件、儿童玩具61件，分别占质量类投诉总量的28.1%、19.2%、12.1%。",
    # 依次为 with 占…的 (no 总量): 88/317 = 27.76, 54/317 = 17.03, 39/317 = 12.30
    "涉企行政检查317次，检查次数居前三位的依次为安全生产88次、消防54次、环境保护39次，分别占涉企检查的27.8%、17.0%、12.3%。",
    # two paragraphs, the second list's base stated before it: 75/262 = 28.63, 44/262 = 16.79,
    # 31/262 = 11.83; the equal 31 of the first paragraph counts another thing
    "房屋类纠纷中，排名前三位的依次是物业纠纷120件、装修纠纷58件、租赁纠纷31件，分别占房屋类纠纷总量的29.6%、14.3%、7.7%。\n"
    "邻里类纠纷262件。排名前三的依次为噪音扰民75件，占道堆物44件，宠物饲养31件，分别占邻里类纠纷总量的28.6%、16.8%、11.8%。",
    # named base a paragraph away, sub-channels nearer: 3120/45860 = 6.80, 905/45860 = 1.97
    "全年共受理各类咨询求助45860件，其中热线电话29875件，网上平台11960件，来信3120件，来访905件。\n"
    "网上平台中，门户网站4210件，移动端7750件。来信受理3120件，占咨询求助总量的6.80%；来访受理905件，占咨询求助总量的1.97%。",
    # a base named by its verb: 412/1530 = 26.93
    "全年共抽查各类市场主体1530户，其中发现问题并责令整改的412户，占抽查总数的26.9%。",
    # 该类 refers back: 268/911 = 29.42
    "全年办理的3,406件执法案件中，涉及违法建设的911件，占26.7%；在违法建设案件中，当事人自行拆除的268件，占该类案件的29.4%。",
    # a set the statement names, its total not stated: the four shares fit one base 12480
    # (3106/12480 = 24.89, 2218 -> 17.77, 1540 -> 12.34, 977 -> 7.83), not the wider 20315
    "全年共受理消费者投诉20315件。服务类投诉中，教育培训3106件，占比24.89%；快递物流2218件，占比17.77%；美容美发1540件，占比12.34%；健身服务977件，占比7.83%。",
    # ranking lead naming the set: shares of 食品类 (total 5200 not stated): 1300/5200 = 25.0,
    # 780/5200 = 15.0
    "全年受理投诉举报11640件。食品类投诉较多的前两类依次为：预包装食品1300件，占比25%；餐饮食品780件，占比15%。",
]

SHARES_THAT_DO_NOT_FIT = [
    # 97/506 = 19.17, stated 21.2
    "质量类投诉共506件，排名前三位的依次是电动自行车142件、燃气灶具97件、儿童玩具61件，分别占质量类投诉总量的28.1%、21.2%、12.1%。",
    # 39/317 = 12.30, stated 13.3
    "涉企行政检查317次，检查次数居前三位的依次为安全生产88次、消防54次、环境保护39次，分别占涉企检查的27.8%、17.0%、13.3%。",
    # 75/262 = 28.63, stated 30.6
    "房屋类纠纷中，排名前三位的依次是物业纠纷120件、装修纠纷58件、租赁纠纷31件，分别占房屋类纠纷总量的29.6%、14.3%、7.7%。\n"
    "邻里类纠纷262件。排名前三的依次为噪音扰民75件，占道堆物44件，宠物饲养31件，分别占邻里类纠纷总量的30.6%、16.8%、11.8%。",
    # 905/45860 = 1.97, stated 2.97
    "全年共受理各类咨询求助45860件，其中热线电话29875件，网上平台11960件，来信3120件，来访905件。\n"
    "网上平台中，门户网站4210件，移动端7750件。来信受理3120件，占咨询求助总量的6.80%；来访受理905件，占咨询求助总量的2.97%。",
    # 412/1530 = 26.93, stated 24.9
    "全年共抽查各类市场主体1530户，其中发现问题并责令整改的412户，占抽查总数的24.9%。",
    # 911/3406 = 26.75 ok; 268/911 = 29.42, stated 31.4
    "全年办理的3,406件执法案件中，涉及违法建设的911件，占26.7%；在违法建设案件中，当事人自行拆除的268件，占该类案件的31.4%。",
    # one named base in its sentence: 2218/12480 = 17.77, stated 18.77
    "全年共受理服务类投诉12480件，其中教育培训3106件，占比24.89%；快递物流2218件，占比18.77%。",
    # 分别 without a named base: 63/240 = 26.25, stated 28.3
    "全年审结行政复议案件240件，其中维持151件、驳回26件、纠错63件，分别占62.9%、10.8%、28.3%。",
]


@pytest.mark.parametrize("text", SHARES_THAT_FIT)
def test_shares_of_the_base_they_name(text: str) -> None:
    assert not _any(text, codes=("N104",))


@pytest.mark.parametrize("text", SHARES_THAT_DO_NOT_FIT)
def test_shares_that_miss_the_base_they_name(text: str) -> None:
    assert _any(text, codes=("N104",))
