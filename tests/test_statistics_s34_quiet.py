"""Session 34, coder quiet: readings that make a false error give way (issue 9: an N error
needs a link the sentence states; a second reading that fits is silence). Each rule with a
contradiction still found, its figures asserted, and a consistent twin that stays silent.

1. A whole number of 万 or 亿 of four digits or more (36242万人, 49133亿元) is a statistic
   rounded to its last digit: a split of such figures may miss its whole by the rounding of
   each (half a unit apiece).
2. A part that says in its own bracket that it holds figures carried in (「（含上期积存）」
   「（含上年结转8件）」) may exceed the intake: with the carried-in figure given, the parts
   less it must still fit; without it, nothing is said.
3. A refusal framed by its own 决定 (「审结时决定不起诉56人」) answers the verb of the other
   clause (提起公诉): the refusal rate is of the two answers together.
4. A state and its rest (已整改22项，其余2项) that add up to the part named right before them
   (重大隐患24项) split that part, not the whole of the list.
5. A carried-in figure joined to the year's intake by 加上 (上年未整改的23个，加上本年新发现
   的186个) is part of the whole the outcome and its rest (其余) split.
6. A 其中 part larger than the figure right before it, repeating the words of an earlier figure
   of its sentence (查办…案件) that the nearer one does not share, is a part of that earlier one.
7. A span of time an average is taken over (两年平均增长, 三年年均增速) is no amount to add up.
"""

from __future__ import annotations

from relation_helpers import errors, findings

# 1. coarse figures of 万 and 亿 are rounded
FARES = "全省客运收入{total}亿元。其中，铁路客运收入5362亿元，公路客运收入2418亿元。"
PEOPLE = "年末参加养老保险{total}万人，其中，城镇职工18245万人，城乡居民12907万人。"


def test_coarse_split_off_by_rounding_is_silent() -> None:
    assert errors(FARES.format(total="7779")) == []  # 5362 + 2418 = 7780
    assert errors(PEOPLE.format(total="31153")) == []  # 18245 + 12907 = 31152


def test_coarse_split_off_beyond_rounding_is_found() -> None:
    found = errors(FARES.format(total="7770"))
    assert any(code == "N101" and "7780" in msg and "7770" in msg for code, msg in found)
    found = errors(PEOPLE.format(total="31140"))
    assert any(code == "N101" and "31152" in msg and "31140" in msg for code, msg in found)


def test_small_whole_numbers_stay_exact() -> None:
    # (a count of 万 under four digits is no such statistic: 12 + 9 ≠ 20)
    found = errors("全年培训干部20万人次，其中，线上培训12万人次，线下培训9万人次。")
    assert any(code == "N101" and "21" in msg for code, msg in found)


# 2. a part carrying cases in from the period before
CARRIED = "全年共受理复议申请{intake}件。其中，审结{done}件（含上年结转{carry}），驳回申请3件。"


def test_part_with_unsized_carry_over_is_silent() -> None:
    assert errors(CARRIED.format(intake=140, done=146, carry="的案件")) == []


def test_part_with_sized_carry_over_fits_after_it() -> None:
    assert errors(CARRIED.format(intake=140, done=146, carry="9件")) == []  # 137 + 3 ≤ 140


def test_part_beyond_its_sized_carry_over_is_found() -> None:
    found = errors(CARRIED.format(intake=120, done=146, carry="9件"))
    assert any(code == "N101" and "146" in msg and "120" in msg for code, msg in found)


def test_part_without_carry_over_is_found() -> None:
    found = errors("全年共受理复议申请140件。其中，审结146件，驳回申请3件。")
    assert any(code == "N101" and "146" in msg and "140" in msg for code, msg in found)


# 3. a refusal framed by its own 决定
REFUSAL = (
    "全年受理审查起诉案件300件410人。其中，提起公诉360人，经审查后决定不起诉45人，"
    "不起诉率为{rate}%。"
)


def test_framed_refusal_rate_of_both_answers_is_silent() -> None:
    assert [c for c, _ in errors(REFUSAL.format(rate="11.11"))] == []  # 45 ÷ 405


def test_framed_refusal_rate_wrong_is_found() -> None:
    # (two bases are named, 410 received and 360 charged: which one is a reading, a warning)
    found = findings(REFUSAL.format(rate="13.11"), codes=("N104",))
    assert any(code == "N104" and "13.11%" in msg for code, msg in found)


# 4. a state and its rest split the part before them
HAZARDS = (
    "全年排查各类隐患1,380处，其中较大隐患{big}处，已完成整改{done}处，其余{rest}处正在落实"
    "管控措施。"
)


def test_state_and_rest_of_the_part_before_is_silent() -> None:
    assert errors(HAZARDS.format(big=37, done=31, rest=6)) == []


def test_state_and_rest_missing_every_whole_is_found() -> None:
    found = errors(HAZARDS.format(big=37, done=31, rest=9))
    assert any(code == "N102" and "1,380" in msg for code, msg in found)


# 5. the carried-in figure joined by 加上
ADDED = (
    "对上年检查发现但尚未整改的15个问题持续跟踪，加上本年度新发现的96个问题，全年整改到位"
    "{done}个，其余{rest}个正在整改。"
)


def test_carried_and_new_together_split_by_rest_is_silent() -> None:
    assert errors(ADDED.format(done=103, rest=8)) == []  # 15 + 96 = 103 + 8


def test_carried_and_new_together_missed_is_found() -> None:
    found = errors(ADDED.format(done=103, rest=12))
    assert any(code == "N101" and "103" in msg and "12" in msg for code, msg in found)


# 6. a 其中 part of an earlier figure whose words it repeats
EARLIER = (
    "2020—2022年，市场监管局累计查处价格违法案件{total}件，移送公安机关5件，其中2022年"
    "查处价格违法案件{part}件。"
)


def test_part_of_the_earlier_figure_it_repeats_is_silent() -> None:
    assert errors(EARLIER.format(total=96, part=41)) == []


def test_part_larger_than_every_figure_is_found() -> None:
    found = errors(EARLIER.format(total=96, part=141))
    assert any(code == "N101" and "141" in msg for code, msg in found)


# 7. the span of an average
AVERAGES = (
    "前三季度，全县地区生产总值420.6亿元，同比增长7.2%，两年平均增长4.1%。其中，第一产业增加值"
    "35.2亿元，两年平均增长3.0%；第二产业增加值150.3亿元，两年平均增长4.4%；第三产业增加值"
    "{third}亿元，两年平均增长4.0%。"
)


def test_spans_of_averages_are_not_summed() -> None:
    assert errors(AVERAGES.format(third="235.1")) == []


def test_split_beside_the_averages_still_found() -> None:
    found = errors(AVERAGES.format(third="255.1"))
    assert any(code == "N101" and "440.6" in msg for code, msg in found)
