"""Session 20 (s20-ann): announced counts after the list they count (N203), on real phrasing.

* a 等 that is a character of a word (均等, 平等, 同等…: numbers.toml ``announced.deng-words``)
  leaves no list open: 「覆盖城乡、便捷高效、均等普惠四个方面」 names three, not "three or more";
* the last item of a 顿号 list before a count may end with a verb when it has the others'
  shape (three items at least, no longer than half again the longest other): 「提高法治思维、
  …、强化考核检查等七个方面」 names eight; a last item twice as long stays a clause of its own;
* one quote right before the count holding a run of items split by 顿号, plus signs or dashes
  (「“宪法进企业、…、进网络”七个主题活动」「“A+B+C”四级学习体系」「“A—B—C”三个阶段」) is its
  list;
* a bracket naming the list before it (「A、B、C（以下统称“四项制度”）」) is read like a quoted
  count written right against its list.

Every sentence is written for these tests; the count of what is named in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings

CODES = ("N203",)


def _n203(text: str) -> list[tuple[str, str]]:
    return findings(text, codes=CODES)


MISSES = [
    # 3 named (公开透明、权责一致、平等保护), 平等 is a word
    ("坚持公开透明、权责一致、平等保护四项原则，全面梳理涉企执法事项。", "4", "3"),
    # 3 named, 同等 a word
    ("推动同等待遇、同等标准、同城通办两个方面的改革落地见效。", "2", "3"),
    # 6 named, each a verb phrase, the last ending with a verb
    (
        "全年围绕规范执法程序、压实执法责任、提升执法能力、加强执法监督、优化执法方式、强化考核评议等五个方面开展工作。",
        "5",
        "6",
    ),
    # 4 named in one quote by 顿号
    ("组织开展“法律进社区、进校园、进企业、进乡村”三项主题宣传活动，受众广泛。", "3", "4"),
    # 3 named in one quote by plus signs
    ("构建“司法所调处+律师调解+人民调解员跟进”四级调解机制，化解纠纷。", "4", "3"),
    # 3 named by plus signs, 及 of 普及 in the last joins nothing
    ("推行“线上答疑+线下普及+入户走访”两类普法宣传模式，覆盖全镇。", "2", "3"),
    # 3 named in one quote by dashes
    ("执法监督工作经历了“试点探索—全面推开—规范提升”两个阶段，逐步走向成熟。", "2", "3"),
    # 3 named before the bracket that names them
    (
        "在全县推行权力清单制度、责任清单制度、负面清单制度（以下统称“四张清单”），规范权力运行。",
        "4",
        "3",
    ),
    # 3 named against the quoted count, the last ending with a verb of the same shape
    ("全面落实执法公示、执法全过程记录、重大执法决定法制审核“两项制度”，执法更加规范。", "2", "3"),
    # 5 named, 均等 a word inside the last
    ("着力推进法律咨询、法律援助、人民调解、公证服务、服务均等四个领域建设。", "4", "5"),
]


@pytest.mark.parametrize(("text", "said", "listed"), MISSES)
def test_count_against_the_list_before_it(text: str, said: str, listed: str) -> None:
    found = _n203(text)
    assert len(found) == 1, found
    message = found[0][1]
    assert f"说有{said}" in message and f"却是{listed}项" in message, message


CONSISTENT = [
    # 3 named, 均等 a word
    "进一步健全公共法律服务体系，从覆盖城乡、便捷高效、均等普惠三个方面持续发力。",
    # 等 of a list: 2 named, five announced — an open list
    "开展宪法宣传、民法典宣讲等五项主题活动，受众达1.2万人次。",
    # 6 verb phrases, 等六个方面
    "全年围绕规范执法程序、压实执法责任、提升执法能力、加强执法监督、优化执法方式、强化考核评议等六个方面开展工作。",
    # a last item twice as long as the names is a clause: the count is of what it did
    "组织学校、商场、医院联合开展消防安全隐患排查整治检查3次。",
    # 4 named in one quote
    "组织开展“法律进社区、进校园、进企业、进乡村”四项主题宣传活动，受众广泛。",
    # 3 named by plus signs
    "构建“司法所调处+律师调解+人民调解员跟进”三级调解机制，化解纠纷。",
    # 3 stages by dashes
    "执法监督工作经历了“试点探索—全面推开—规范提升”三个阶段，逐步走向成熟。",
    # 3 named before 以下统称“三项制度”
    "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度（以下统称“三项制度”），促进严格规范公正文明执法。",
    # a quote of one name, no run of items, before an ordinal count
    "“枫桥经验”第三个年头在全区推广，4个街道先行先试。",
    # tiers named in one quote of 4 joined by plus signs
    "建立“区级统筹+街道主抓+社区落实+网格响应”四级联动工作体系。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_count_that_fits_its_list(text: str) -> None:
    assert _n203(text) == []
