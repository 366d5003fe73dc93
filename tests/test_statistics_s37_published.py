"""Session 37, coder parts: published items counted in mixed measure words.

「主动公开政府信息120件，其中工作动态64条，通知公告…条」, 「发布预决算信息7件（预算信息3条，决算
信息5条）」: a whole counted by a verb of publishing (clauses.publishing-verbs) and its parts
counted in other measure words of one class of published items (units.listed: 条/篇/件/份) are
one list — the writer varied the counter. An excess over the whole is an error naming the
figures; a whole of no publishing verb (审查, 办理: articles, clues) keeps its parts apart.

The sentences are written for these tests; none comes from a read set.
"""

from __future__ import annotations

from relation_helpers import errors, found


def _sums(text: str) -> list[str]:
    return [m for c, m in found(text) if "分项合计" in m]


def test_bracketed_parts_in_mixed_counters_above_the_whole() -> None:
    bad = "2024年，我办在门户网站发布预决算信息7件（预算信息3条，决算信息5件）。"
    messages = _sums(bad)
    assert messages, found(bad)
    assert "8件" in messages[0] and "7件" in messages[0] and "3" in messages[0]
    assert errors(bad)


def test_bracketed_parts_in_mixed_counters_that_fit_are_silent() -> None:
    good = "2024年，我办在门户网站发布预决算信息8件（预算信息3条，决算信息5件）。"
    assert _sums(good) == []


def test_a_listed_split_in_another_counter_than_the_whole() -> None:
    bad = (
        "2024年，区住建局通过门户网站主动公开政府信息120件，其中工作动态64条，通知公告31条，"
        "人事信息9条，财政预决算6条，规划计划20条。"
    )
    messages = _sums(bad)
    assert messages, found(bad)
    assert "130条" in messages[0] and "120件" in messages[0]


def test_a_listed_split_in_another_counter_that_fits_is_silent() -> None:
    good = (
        "2024年，区住建局通过门户网站主动公开政府信息120件，其中工作动态54条，通知公告31条，"
        "人事信息9条，财政预决算6条，规划计划20条。"
    )
    assert _sums(good) == []


def test_articles_of_documents_reviewed_are_no_parts() -> None:
    # 审查 publishes nothing: 条 counts the articles of the documents, not documents
    text = "2024年，我局审查规范性文件5件（修改条款3条、废止条款4条）。"
    assert _sums(text) == []
    assert errors(text) == []


# Records of two measures (session 37): a whole in each of two measures, split over records
# parted by ；, one measure's records adding up exactly — the records are all of the whole, so
# the other measure's must add up too (a warning naming the exact split).


def test_records_short_of_their_whole_beside_an_exact_measure_warn() -> None:
    bad = (
        "8月份，全县检查门店46家次，发现问题120个，罚款金额12万元。其中：餐饮行业检查门店20家次，"
        "发现问题70个，罚款金额8万元；零售行业检查门店15家次，发现问题30个，未予罚款；"
        "药店检查门店11家次，发现问题12个，罚款金额4万元。"
    )
    messages = [m for c, m in found(bad) if "分项合计112个" in m]
    assert messages, found(bad)
    # (the exact split named: the visits 20+15+11 = 46家次, or the fines 8万+4万 = 12万元)
    assert "120个" in messages[0]
    assert "20+15+11" in messages[0] or "8万+4万" in messages[0]
    assert not [m for c, m in errors(bad) if "112个" in m]  # a reading of the form: a warning


def test_records_adding_up_in_both_measures_are_silent() -> None:
    good = (
        "8月份，全县检查门店46家次，发现问题120个，罚款金额12万元。其中：餐饮行业检查门店20家次，"
        "发现问题70个，罚款金额8万元；零售行业检查门店15家次，发现问题38个，未予罚款；"
        "药店检查门店11家次，发现问题12个，罚款金额4万元。"
    )
    assert not [m for c, m in found(good) if "分项合计" in m]


def test_records_where_neither_measure_adds_up_stay_partial() -> None:
    # (no exact split beside it: the records may be the notable ones only)
    text = (
        "8月份，全县检查门店46家次，发现问题120个，罚款金额13万元。其中：餐饮行业检查门店20家次，"
        "发现问题70个，罚款金额8万元；药店检查门店11家次，发现问题12个，罚款金额4万元。"
    )
    assert not [m for c, m in found(text) if "分项合计" in m]


# 等 naming what one part holds (session 37): 「通过A、B等栏目公布信息63条」 lists the part's own
# contents; the list of parts is no more open for it, so a shortfall that two transposed
# digits explain is still read as a slip (a warning).


def test_etc_inside_a_parts_name_leaves_the_transposition_warning() -> None:
    bad = (
        "2024年，我局通过多种渠道主动公开政府信息334条。其中，通过门户网站通知公告、人事信息等"
        "栏目公布信息25条；通过政务微信公众号推送政策解读、办事指南等信息282条。"
    )
    messages = [m for c, m in found(bad) if "两位数字颠倒" in m]
    assert messages, found(bad)
    assert "307条" in messages[0] and "334条" in messages[0] and "52条" in messages[0]


def test_etc_after_the_list_keeps_it_open() -> None:
    text = "2024年，我局主动公开政府信息334条。其中，通知公告25条、政策解读282条等。"
    assert not [m for c, m in found(text) if "两位数字颠倒" in m]
