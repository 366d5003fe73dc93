"""Session 35 round 2, coder shares: bare shares (「，占35.73%」) each right after its own count,
the counts' own clauses naming a split that is exhaustive by nature (numbers.toml
``clauses.exhaustive``: 城镇/乡村, 男/女, 线上/线下 …): the split is complete, its shares add
up to 100% within their printing (N102, an error), below 100% as well as above.

Open splits, counts naming no exhaustive pair, and shares that name a subject of their own
stay as before.
"""

from __future__ import annotations

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str = "N102") -> list[tuple[Severity | None, str]]:
    return [
        (r.severity, r.message) for r in contradictions(analyze_text(text, 2024)) if r.code == code
    ]


# 5000 residents: 1860 in town, 3140 in the country (37.2% + 62.8%)
TOWN = "全县常住居民中，居住在城镇的居民为1860户，占37.2%；居住在乡村的居民为3140户，占{b}%。"


def test_town_and_country_shares_that_add_up_are_quiet() -> None:
    assert not _found(TOWN.format(b="62.8"))


def test_town_and_country_shares_below_100_are_an_error() -> None:
    found = _found(TOWN.format(b="60.8"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "98%" in found[0][1] and "37.2%＋60.8%" in found[0][1], found


def test_town_and_country_shares_above_100_are_an_error() -> None:
    found = _found(TOWN.format(b="64.8"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "102%" in found[0][1] and "37.2%＋64.8%" in found[0][1], found


# 800 applicants by sex: 430 men, 370 women (53.75% + 46.25%)
SEX = "受援人中男性430人，占53.8%；女性370人，占{b}%，老年人受援比例有所提高。"


def test_men_and_women_rounded_shares_are_quiet() -> None:
    assert not _found(SEX.format(b="46.3"))
    assert not _found(SEX.format(b="46.2"))


def test_men_and_women_shares_below_100_are_an_error() -> None:
    found = _found(SEX.format(b="44.2"))
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "53.8%＋44.2%" in found[0][1], found


def test_counts_naming_no_exhaustive_pair_stay_silent_below_100() -> None:
    # 投诉/举报 may leave 咨询 out: an open split, below 100% says nothing
    assert not _found("受理投诉430件，占53.8%；举报290件，占36.3%；另有咨询若干。")


def test_counts_of_different_units_are_no_split() -> None:
    # 户 and 人 count different things: the shares need not be of one whole
    assert not _found("居住在城镇的居民为1860户，占37.2%；居住在乡村的人口为8140人，占50.0%。")


def test_a_negation_in_the_counts_clauses_is_no_complete_split() -> None:
    # 予以公开 / 不予公开 leave out the requests neither names (信息不存在, 不予处理 …)
    assert not _found("全年办结申请460件。予以公开及部分公开250件，占54.3%；不予公开40件，占8.7%。")


# Session 36 (s36-shares): a pair of channels (网上/窗口, 线上/现场: a letter or a call is a
# third) or of levels (区级/街道) named by the counts leaves the split open (numbers.toml
# clauses.channel-pairs); a pair exhaustive by nature (直办/转办) still closes it.


def test_channel_pair_named_by_counts_is_no_complete_split() -> None:
    # 网上 + 窗口 = 92%: the rest came by letter or fax
    text = "从受理渠道看，网上提交的345件，占比69%；窗口提交的115件，占比23%。"
    assert not _found(text)
    text = "从服务方式看，现场服务的412人次，占比61%；线上服务的203人次，占比30%。"
    assert not _found(text)


def test_level_pair_named_by_counts_is_no_complete_split() -> None:
    text = "从办理层级看，市级办理的188件，占比47%；县级办理的164件，占比41%。"
    assert not _found(text)


def test_route_pair_named_by_counts_still_complete() -> None:
    # 直办/转办: every request takes one of the two routes
    bad = "本月受理的群众诉求中，直办4210件，占58.3%，转办3010件，占38.7%。"
    found = _found(bad)
    assert [s for s, _ in found] == [Severity.ERROR], found
    assert "58.3%＋38.7%" in found[0][1], found
    assert not _found("本月受理的群众诉求中，直办4210件，占58.3%，转办3010件，占41.7%。")
