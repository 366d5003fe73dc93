"""An announced count listed later by a lead that names the counted things by what the
announcing sentence says of them (session 12, s12-missB; relations/announced.py
``_led_back``, ``_same_thing``, ``_done_lead``, ``_counted_noun``).

1. The lead 「X的Y分别为…」 names what was counted when Y ends the counted noun (one character
   is enough after 的: 「建有法治文化广场的村」 and 行政村) and X is said in the announcing
   sentence — anywhere in it, also after the count (「6个社区开展“法治体检”，覆盖全部社区」 …
   「体检覆盖的社区分别为…」). A lead may run to sixteen characters.
2. The counted noun ends where the predicate opens: at an adverb (「8个行政村均已建成…」) or at
   a verb whose object is a quoted name (「6个社区开展“法治体检”」).

Every sentence is written for these tests; each verdict derived by hand (the items counted in
the comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _announced(text: str, year: int = 2024) -> list[str]:
    return [
        r.message
        for r in contradictions(analyze_text(text, year))
        if r.severity is not None and r.code == "N203"
    ]


WRONG = [
    # 6 announced, 5 listed (东湖, 桂园, 长兴, 望江, 金沙)
    "街道聘请律师对辖区6个社区开展“法治体检”，覆盖全部社区居委会。\n"
    "体检覆盖的社区分别为东湖社区、桂园社区、长兴社区、望江社区和金沙社区，共梳理问题清单27条。",
    # 8 announced, 7 listed
    "全镇8个行政村均已建成法治文化广场，实现村级法治文化阵地全覆盖。\n"
    "建有法治文化广场的村分别为东岗村、石桥村、柳林村、南湾村、枫树村、新塘村和高坪村。",
    # 5 announced, 4 listed
    "区司法局在5个街道开展“枫桥式”调解工作室建设，实现街道全覆盖。\n"
    "开展调解工作室建设的街道分别为东城街道、西城街道、南苑街道和北湖街道。",
    # 4 announced, 3 listed (a verb of the lexicon, 开展, before the quoted name)
    "县人社局对4家职业中介机构开展“双随机”抽查，抽查结果全部公示。\n"
    "接受抽查的机构分别为县人才服务中心、汇智人力资源公司和联创劳务派遣公司。",
    # 7 announced, 6 listed
    "市生态环境局对7个工业园区开展环境执法“体检”，督促整改问题41个。\n"
    "开展执法体检的园区分别为高新园区、临港园区、化工园区、物流园区、食品园区和纺织园区。",
    # 3 announced, 4 listed (more listed than announced)
    "县交通运输局3个乡镇交管站均已完成标准化改造，通过市级验收。\n"
    "完成标准化改造的交管站分别为城关站、河口站、青山站、白水站。",
    # 6 announced, 5 listed (the lead's X is said before the count)
    "区教育局为辖区6所中学配备专职法治辅导员，实现全覆盖。\n"
    "配备法治辅导员的中学分别为第一中学、第三中学、实验中学、育才中学和启明中学。",
    # 5 announced, 4 listed
    "镇政府5个村民小组均已制定村规民约，经镇司法所合法性审查后公布。\n"
    "制定村规民约的小组分别为东组、西组、南组和北组。",
]

RIGHT = [
    # 6 announced, 6 listed
    "街道聘请律师对辖区6个社区开展“法治体检”，覆盖全部社区居委会。\n"
    "体检覆盖的社区分别为东湖社区、桂园社区、长兴社区、望江社区、新河社区和金沙社区。",
    # a subset named by what the announcing sentence does not say (新建…): 2 of the 8
    "全镇8个行政村均已建成法治文化广场，实现村级法治文化阵地全覆盖。\n"
    "今年新增电子屏的村分别为东岗村和石桥村。",
    # another noun after 的 (律师, not 社区)
    "街道聘请律师对辖区6个社区开展“法治体检”，覆盖全部社区居委会。\n"
    "参与体检的律师分别为张律师、李律师和王律师。",
    # 8 announced, 8 listed
    "全镇8个行政村均已建成法治文化广场，实现全覆盖。\n"
    "建有法治文化广场的村分别为东岗村、石桥村、柳林村、南湾村、枫树村、新塘村、桃源村和高坪村。",
    # an open list (等)
    "区司法局在5个街道开展“枫桥式”调解工作室建设，实现街道全覆盖。\n"
    "开展调解工作室建设的街道包括东城街道、西城街道等。",
    # 3 announced, 3 listed
    "县交通运输局3个乡镇交管站均已完成标准化改造，通过市级验收。\n"
    "完成标准化改造的交管站分别为城关站、河口站和青山站。",
    # a subset by what was found (问题), not said of all
    "县人社局对4家职业中介机构开展“双随机”抽查，抽查结果全部公示。\n"
    "发现问题的机构分别为汇智人力资源公司和联创劳务派遣公司。",
    # the counted noun with its adverb: 4 listed for 4
    "镇政府4个村民小组均已制定村规民约。\n制定村规民约的小组分别为东组、西组、南组和北组。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_lead_listing_other_than_announced_is_reported(text: str) -> None:
    assert _announced(text), text


@pytest.mark.parametrize("text", RIGHT)
def test_matching_subset_or_open_lists_are_not(text: str) -> None:
    assert not _announced(text), text
