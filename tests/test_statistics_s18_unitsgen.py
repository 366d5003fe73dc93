"""Units and magnitudes on unseen shapes (session 18, s18-unitsgen).

1. A rate per ten thousand residents named as an incidence (「每万人火灾发生率为0.6起」,
   「每万人刑事案件发案率」): 发生率/发案率 after the thing counted is its count per that many
   residents, like 每万人律师数 (relations/magnitude.py ``_PER_PEOPLE_RE``), so the thing is
   火灾 and the figure is checked against the count of 火灾 over the population.
   A clause opening with 万人 says the same without 每 (「万人刑事案件发案率为3.5起」), and such
   a rate may hold a fraction of a discrete thing (numbers.toml ``plausibility.average``).
2. Online and on site (网上/线上 against 现场) are the two channels of a service, a split by
   nature like 网上/窗口 (numbers.toml ``clauses.exhaustive``): their figures or shares make
   the whole.

Every sentence is written for these tests; each verdict derived by hand (arithmetic in the
comment above it)."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _found(text: str, year: int = 2024) -> list[str]:
    return [r.message for r in contradictions(analyze_text(text, year)) if r.severity is not None]


def _per_people(text: str) -> list[str]:
    return [m for m in _found(text) if "每万人" in m or "每十万人" in m]


RATE_WRONG = [
    # 1716 / 286 = 6.0 per 万人, stated 0.6
    "全市常住人口286万人，全年共接报火灾1716起，每万人火灾发生率为0.6起，火灾形势总体平稳。",
    # 1820 / 52 = 35.0, stated 3.5
    "全县常住人口52万人，全年立刑事案件1820起，每万人刑事案件发案率为3.5起，同比有所下降。",
    # 498 / 41.5 = 12.0, stated 1.2
    "全区户籍人口41.5万人，全年发生道路交通事故498起，每万人道路交通事故发生率为1.2起。",
    # 352 / 6.4 = 55.0, stated 5.5
    "全镇常住人口6.4万人，全年排查矛盾纠纷352件，每万人矛盾纠纷发生率为5.5件，调处成功率98%。",
    # 64 / 128 = 0.5, stated 0.05
    "全市常住人口128万人，全年发生生产安全事故64起，每万人生产安全事故发生率为0.05起。",
    # 252 / 36 = 7.0, stated 7.9
    "全县常住人口36万人，全年发生火灾252起，每万人火灾发生率为7.9起，未发生亡人火灾。",
    # 1125 / 75 = 15.0, stated 1.5
    "全区常住人口75万人，全年发生电信网络诈骗案件1125起，每万人电信网络诈骗案件发案率为1.5起。",
    # per 十万: 35 / 250万 x 10万 = 1.4, stated 14
    "全市常住人口250万人，全年发生命案35起，每十万人命案发案率为14起，命案全部侦破。",
]

RATE_RIGHT = [
    # 1716 / 286 = 6.0
    "全市常住人口286万人，全年共接报火灾1716起，每万人火灾发生率为6.0起，火灾形势总体平稳。",
    # 1820 / 52 = 35.0
    "全县常住人口52万人，全年立刑事案件1820起，每万人刑事案件发案率为35起，同比有所下降。",
    # 498 / 41.5 = 12.0
    "全区户籍人口41.5万人，全年发生道路交通事故498起，每万人道路交通事故发生率为12.0起。",
    # 352 / 6.4 = 55.0
    "全镇常住人口6.4万人，全年排查矛盾纠纷352件，每万人矛盾纠纷发生率为55件，调处成功率98%。",
    # 64 / 128 = 0.5
    "全市常住人口128万人，全年发生生产安全事故64起，每万人生产安全事故发生率为0.5起。",
    # 1125 / 75 = 15.0, 约 allowed
    "全区常住人口75万人，全年发生电信网络诈骗案件1125起，每万人电信网络诈骗案件发案率约15起。",
    # trap: the count is of 警情, not of 火灾: no count of the rated thing, nothing to check
    "全市常住人口286万人，全年共接报警情1716起，每万人火灾发生率为0.6起，火灾形势总体平稳。",
    # per 十万: 35 / 25 = 1.4
    "全市常住人口250万人，全年发生命案35起，每十万人命案发案率为1.4起，命案全部侦破。",
]


@pytest.mark.parametrize("text", RATE_WRONG)
def test_incidence_per_residents_off(text: str) -> None:
    assert _per_people(text)


@pytest.mark.parametrize("text", RATE_RIGHT)
def test_incidence_per_residents_fits(text: str) -> None:
    assert not _per_people(text)


CHANNEL_WRONG = [
    # 网上/现场 shares: 61.3 + 31.8 = 93.1
    "全年受理档案查阅申请4862人次，通过网上查档平台办理的占61.3%，到馆现场查阅的占31.8%。",
    # 1.62 + 0.92 = 2.54万 != 2.4万
    "全年办理不动产登记业务2.4万件，其中网上办理1.62万件、现场办理0.92万件，办理时限压缩至3个工作日。",
    # 2180 + 1020 = 3200 != 3260
    "全年受理投诉举报3260件，其中线上受理2180件、现场受理1020件，办结率100%。",
    # 1140 + 760 = 1900 != 1860
    "全年调解矛盾纠纷1860件，其中线上调解1140件、现场调解760件，调解成功率97.3%。",
    # 46.5 + 57.5 = 104
    "全年受理公证申请4120件，线上申请的占46.5%，现场申请的占57.5%，公证书出证及时率100%。",
    # 612 + 794 = 1406 != 1386
    "全年受理劳动人事争议仲裁申请1386件，其中线上申请612件，现场申请794件，结案率95.2%。",
    # 82.4 + 12.6 = 95.0
    "全年办理涉税业务8.6万笔，其中网上办理的占82.4%、现场办理的占12.6%，纳税人满意度持续提升。",
    # 173 + 103 = 276 != 286
    "全年受理政府信息公开申请286件，其中网上申请173件、现场申请103件，均在法定期限内答复。",
]

CHANNEL_RIGHT = [
    # 61.3 + 38.7 = 100
    "全年受理档案查阅申请4862人次，通过网上查档平台办理的占61.3%，到馆现场查阅的占38.7%。",
    # 1.62 + 0.78 = 2.4
    "全年办理不动产登记业务2.4万件，其中网上办理1.62万件、现场办理0.78万件，办理时限压缩至3个工作日。",
    # 2180 + 1080 = 3260
    "全年受理投诉举报3260件，其中线上受理2180件、现场受理1080件，办结率100%。",
    # 1140 + 720 = 1860
    "全年调解矛盾纠纷1860件，其中线上调解1140件、现场调解720件，调解成功率97.3%。",
    # 46.5 + 53.5 = 100
    "全年受理公证申请4120件，线上申请的占46.5%，现场申请的占53.5%，公证书出证及时率100%。",
    # 612 + 774 = 1386
    "全年受理劳动人事争议仲裁申请1386件，其中线上申请612件，现场申请774件，结案率95.2%。",
    # trap: a third channel completes it: 82.4 + 12.6 + 5.0 = 100
    "全年办理涉税业务8.6万笔，其中网上办理的占82.4%、现场办理的占12.6%、自助终端办理的占5.0%。",
    # trap: 现场 counts inspections (次), another unit and thing: 1916 online of 4120, no split
    "全年受理公证申请4120件，其中网上申请1916件，开展现场核查310次，公证书出证及时率100%。",
]


@pytest.mark.parametrize("text", CHANNEL_WRONG)
def test_online_on_site_split_off(text: str) -> None:
    assert _found(text)


@pytest.mark.parametrize("text", CHANNEL_RIGHT)
def test_online_on_site_split_fits(text: str) -> None:
    assert not _found(text)


PLAIN_WRONG = [
    # 1820 / 52 = 35.0, stated 3.5
    "全县常住人口52万人，全年立刑事案件1820起，万人刑事案件发案率为3.5起，同比有所下降。",
    # 258 / 86 = 3.0, stated 5.2
    "全区常住人口86万人，现有执业律师258名，万人拥有律师数为5.2名。",
    # 498 / 41.5 = 12.0, stated 1.2
    "全区户籍人口41.5万人，全年发生道路交通事故498起，万人道路交通事故发生率为1.2起。",
    # 1716 / 286 = 6.0, stated 60
    "全市常住人口286万人，全年共接报火灾1716起，万人火灾发生率为60起。",
    # 64 / 128 = 0.5, stated 5
    "全市常住人口128万人，全年发生生产安全事故64起，万人生产安全事故发生率为5起。",
    # 1125 / 75 = 15.0, stated 1.5
    "全区常住人口75万人，全年发生电信网络诈骗案件1125起，万人电信网络诈骗案件发案率为1.5起。",
    # 352 / 6.4 = 55.0, stated 5.5
    "全镇常住人口6.4万人，全年排查矛盾纠纷352件，万人矛盾纠纷发生率为5.5件。",
    # 252 / 36 = 7.0, stated 7.9
    "全县常住人口36万人，全年发生火灾252起，万人火灾发生率为7.9起，未发生亡人火灾。",
]

PLAIN_RIGHT = [
    # 1820 / 52 = 35.0
    "全县常住人口52万人，全年立刑事案件1820起，万人刑事案件发案率为35起，同比有所下降。",
    # 258 / 86 = 3.0 (a fraction of 名 in a rate is no slip)
    "全区常住人口86万人，现有执业律师258名，万人拥有律师数为3.0名。",
    # 498 / 41.5 = 12.0
    "全区户籍人口41.5万人，全年发生道路交通事故498起，万人道路交通事故发生率为12.0起。",
    # 64 / 128 = 0.5 (a fraction of 起 in a rate is no slip)
    "全市常住人口128万人，全年发生生产安全事故64起，万人生产安全事故发生率为0.5起。",
    # 1125 / 75 = 15.0
    "全区常住人口75万人，全年发生电信网络诈骗案件1125起，万人电信网络诈骗案件发案率为15起。",
    # 352 / 6.4 = 55.0
    "全镇常住人口6.4万人，全年排查矛盾纠纷352件，万人矛盾纠纷发生率为55件。",
    # trap: 万人 inside a figure (1.2万人) is no rate: 1.2万 people trained, 36 sessions
    "全县常住人口36万人，全年组织培训1.2万人，举办培训班36期，未发生安全事故。",
    # trap: the rate names 火灾, the count is of 警情: nothing to check
    "全市常住人口286万人，全年共接报警情1716起，万人火灾发生率为0.6起。",
]


@pytest.mark.parametrize("text", PLAIN_WRONG)
def test_incidence_without_mei_off(text: str) -> None:
    assert _per_people(text)


@pytest.mark.parametrize("text", PLAIN_RIGHT)
def test_incidence_without_mei_fits(text: str) -> None:
    assert not _found(text)
