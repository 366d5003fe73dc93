"""A slogan counted by its 一-items (“五个一”) whose own noun phrase runs long before the gloss
word (session 12, s12-missB; relations/announced.py ``_ONE_OPEN_RE``): 「“五个一”涉退役军人
矛盾纠纷化解机制，即建立一本…、组建一支…」 — the gloss after 即 (or 就是, 包括…) lists the items
each holding 一 and a measure; fewer or more than the slogan says is reported (a warning).

Every sentence is written for these tests; each verdict derived by hand (the items counted in
the comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _named(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N203"
    ]


WRONG = [
    # 五 announced, 4 items (一本, 一支, 一个, 一套)
    "区退役军人事务局建立“五个一”涉退役军人矛盾纠纷多元化解机制，即建立一本工作台账、"
    "组建一支调解队伍、设立一个法律服务站、制定一套应急预案，全年化解纠纷63件。",
    # 四 announced, 3 items
    "街道推行“四个一”社区法律服务精准对接工作模式，即配备一名法律顾问、建立一个微信群、"
    "印发一张联系卡，全年提供咨询410人次。",
    # 三 announced, 4 items (more than said)
    "县司法局打造“三个一”青少年法治教育品牌项目，就是建设一个教育基地、编印一套读本、"
    "组建一支宣讲团、拍摄一部微电影，覆盖学生2.1万人次。",
    # 六 announced, 5 items
    "镇政府推行“六个一”村级重大事项民主决策规范化机制，即一张议事清单、一套决策流程、"
    "一本会议台账、一名法律顾问、一块公开栏。",
    # 四 announced, 5 items
    "区市场监管局探索“四个一”涉企轻微违法行为包容审慎监管机制，即一份提醒函、一次约谈、"
    "一张整改单、一次回访、一份信用修复指引，全年适用该机制企业127家。",
    # 五 announced, 3 items, 包括 as the gloss word
    "县人社局建立“五个一”农民工工资支付全过程动态监管制度，包括一本工资台账、"
    "一个专用账户、一张维权公示牌，全年追回欠薪286万元。",
    # 三 announced, 2 items
    "区卫健委推行“三个一”医疗纠纷人民调解工作衔接机制，即设立一个调解窗口、"
    "配备一名专职调解员，全年调解纠纷41件。",
    # 四 announced, 3 items, 具体为
    "市城管局建立“四个一”城市管理领域违法建设快速处置机制，具体为一张巡查网格图、"
    "一套快速拆除流程、一支应急队伍，全年拆除违建1.2万平方米。",
]

RIGHT = [
    # 五, 5 items
    "区退役军人事务局建立“五个一”涉退役军人矛盾纠纷多元化解机制，即建立一本工作台账、"
    "组建一支调解队伍、设立一个法律服务站、制定一套应急预案、开通一条咨询热线。",
    # 四, 4 items
    "街道推行“四个一”社区法律服务精准对接工作模式，即配备一名法律顾问、建立一个微信群、"
    "印发一张联系卡、开设一个法律讲堂。",
    # 三, 3 items
    "县司法局打造“三个一”青少年法治教育品牌项目，就是建设一个教育基地、编印一套读本、"
    "组建一支宣讲团，覆盖学生2.1万人次。",
    # no gloss: the slogan named alone
    "镇政府推行“六个一”村级重大事项民主决策规范化机制，全年召开村民代表会议212次。",
    # the gloss names no 一-items: not its list
    "区市场监管局探索“四个一”涉企轻微违法行为包容审慎监管机制，即对首次轻微违法依法不予处罚，"
    "全年适用该机制企业127家。",
    # 五, 5 items with 包括
    "县人社局建立“五个一”农民工工资支付全过程动态监管制度，包括一本工资台账、一个专用账户、"
    "一张维权公示牌、一名劳资专管员、一份用工合同。",
    # 一体化 and 一站式 are no items: the gloss lists 3 items for 三
    "区卫健委推行“三个一”医疗纠纷人民调解工作衔接机制，即设立一个调解窗口、配备一名专职调解员、"
    "建立一套一站式处理流程。",
    # 四, 4 items, 具体为
    "市城管局建立“四个一”城市管理领域违法建设快速处置机制，具体为一张巡查网格图、"
    "一套快速拆除流程、一支应急队伍、一本执法台账。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_slogan_glossed_with_other_than_its_count_is_reported(text: str) -> None:
    assert _named(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_slogans_glossed_in_full_or_not_glossed_are_not(text: str) -> None:
    assert not _named(text), text
