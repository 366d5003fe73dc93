"""Session 19 (s19-realflow): intake, carry-over and status splits in published phrasing.

* a figure carried on into a named year later than the one its text last named (「2024年…结转到
  2025年办理6件」「2023年…其中结转2024年度7件」) is open at the year's end (numbers.toml
  ``clauses.carry-to-year``; relations/flow.py ``_carried_to_later_year``); a year named before
  the carry word in the figure's own words (「2022年结转至2023年2件」) is where it came from;
* 「其中」 right before the open word, before anything is said concluded, splits what came in by its
  state (flow.py ``_open_part_of_stock``), and the rest after it with its stage told after it
  (「其余52件全部按时答复」) is concluded (flow.py ``_stage_after``);
* a figure opening its clause after a comma, its concluded stage told after it (「，1646件已按规定
  …予以答复」), is concluded (flow.py ``_opens_clause``);
* a space between the digits and 万/亿 before a unit (「办结152.05 万件」) is one figure
  (quantities.py ``_mention_re``).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

CODES = ("N101", "N102", "N103", "N107")


def flow_findings(text: str, year: int = 2024) -> list[tuple[str, str]]:
    return _any(text, year, CODES)


CARRY_YEAR_MISSES = [
    # 30 + 1 = 31; 24 + 6 = 30
    "2024年全镇共收到依申请公开件30件,上年度结转办理件1件,共办结24件,结转到2025年办理6件。",
    # 48 + 3 = 51; 40 + 9 = 49
    "2023年本局共收到政府信息公开申请48件,上年度结转3件,已办结40件,结转至2024年办理9件。",
    # 112 + 4 = 116; 101 + 12 = 113
    "2022年全县共受理行政复议申请112件,上年结转4件,审结101件,结转2023年度继续审理12件。",
    # 59 + 2 = 61; 7 + 52 = 59
    "2023年共收到政府信息公开申请59件,上年度结转办理2件,其中结转2024年度7件,其余52件全部按时答复。",
    # 26 + 0 = 26 (无上年结转); 20 + 4 = 24
    "2024年街道共收到依申请公开26件,无上年结转,共办结20件,结转到2025年办理4件。",
    # 75 + 5 = 80; 9 + 68 = 77
    "2023年共收到信息公开申请75件,上年度结转5件,其中结转到2024年9件,其余68件均按期答复。",
    # 19 + 1 = 20; 15 + 3 = 18
    "2024年我委收到政府信息公开申请19件,上年结转1件,共办结15件,转入2025年办理3件。",
    # 330 + 14 = 344; 301 + 40 = 341
    "2023年全市共受理行政复议案件330件,上年度结转14件,审结301件,结转到下年度办理40件。",
]

CARRY_YEAR_TRAPS = [
    # 30 + 1 = 31 = 24 + 7
    "2024年全镇共收到依申请公开件30件,上年度结转办理件1件,共办结24件,结转到2025年办理7件。",
    # carried in from 2022: 2 + 265 = 267 = 264 + 3
    "2022年结转至2023年2件,2023年共受理265件,已办结264件,结转下年度办理3件。",
    # 59 + 2 = 61 = 7 + 54
    "2023年共收到政府信息公开申请59件,上年度结转办理2件,其中结转2024年度7件,其余54件全部按时答复。",
    # 48 + 3 = 51 = 42 + 9
    "2023年本局共收到政府信息公开申请48件,上年度结转3件,已办结42件,结转至2024年办理9件。",
    # the stock carried in from 2023 into 2024's report (a year before, not after): 5 + 40 = 45 = 45
    "2024年,上年度结转至2024年办理5件,新收申请40件,全部办结45件。",
    # 其中 names a class (涉企), not the open state: 75 + 5 = 80 = 71 + 9; the class 12 is a part
    "2023年共收到信息公开申请75件,上年度结转5件,其中涉企申请12件,已办结71件,结转到2024年9件。",
    # 330 + 14 = 344 = 304 + 40
    "2023年全市共受理行政复议案件330件,上年度结转14件,审结304件,结转到下年度办理40件。",
    # 19 + 1 = 20 = 17 + 3
    "2024年我委收到政府信息公开申请19件,上年结转1件,共办结17件,转入2025年办理3件。",
]


CARRY_OWN_FATE_TRAPS = [
    # the 19 carried in are all concluded apart; this year's: 207 = 195 + 12
    "2023年结转至本年的案件19件已全部审结；本年新收行政案件207件，审结195件，结转2025年12件。",
    # the 12 carried in are all concluded apart; this year's: 86 = 80 + 6
    "上年结转12件已全部审结,本年新收86件,审结80件,尚未审结6件。",
]


@pytest.mark.parametrize("text", CARRY_OWN_FATE_TRAPS)
def test_carried_in_with_own_fate_consistent(text: str) -> None:
    assert not flow_findings(text), text


def test_carried_in_with_own_fate_year_still_judged() -> None:
    # this year's own stock: 86 ≠ 80 + 9 = 89
    assert flow_findings("上年结转12件已全部审结,本年新收86件,审结80件,尚未审结9件。")


@pytest.mark.parametrize("text", CARRY_YEAR_MISSES)
def test_carry_to_later_year_contradiction(text: str) -> None:
    assert flow_findings(text), text


@pytest.mark.parametrize("text", CARRY_YEAR_TRAPS)
def test_carry_to_later_year_consistent(text: str) -> None:
    assert not flow_findings(text), text


OPENS_CLAUSE_MISSES = [
    # caseload 1717 (76 carried in inside it); 1646 + 17 = 1663
    "全区共处理政府信息公开申请件1717件(包含上年结转76件),1646件已按规定在法定期限内予以答复,17件结转下年答复。",
    # caseload 420 (含上年结转15件); 390 + 20 = 410
    "全年共办理信访事项420件(含上年结转15件),390件已按期办结,20件正在办理中。",
    # 88 + 6 = 94; 80 + 7 = 87
    "全年新收行政复议申请88件,上年结转6件,80件已审结,7件尚未审结。",
    # caseload 256 (含上年结转9件); 240 + 10 = 250
    "全年共办理政府信息公开申请256件(含上年结转9件),240件已依法答复,10件结转下一年度办理。",
    # 143 + 5 = 148; 131 + 12 = 143
    "全年受理行政执法投诉143件,上年结转5件,131件已办结,尚有12件正在办理。",
    # caseload 612 (其中上年结转20件); 590 + 12 = 602
    "全年共办理行政复议案件612件(其中上年结转20件),590件已审结,12件尚未审结。",
    # 64 + 3 = 67; 58 + 6 = 64
    "本年度新收申请64件,上年度结转3件,58件已全部答复,6件结转至下一年度办理。",
    # caseload 1020 (含上年结转31件); 1000 + 30 = 1030
    "全年共处理群众来信1020件(含上年结转31件),1000件已办结回复,30件仍在办理中。",
]

OPENS_CLAUSE_TRAPS = [
    # 1646 + 71 = 1717
    "全区共处理政府信息公开申请件1717件(包含上年结转76件),1646件已按规定在法定期限内予以答复,71件结转下年答复。",
    # 400 + 20 = 420
    "全年共办理信访事项420件(含上年结转15件),400件已按期办结,20件正在办理中。",
    # 88 + 6 = 94 = 87 + 7
    "全年新收行政复议申请88件,上年结转6件,87件已审结,7件尚未审结。",
    # 246 + 10 = 256
    "全年共办理政府信息公开申请256件(含上年结转9件),246件已依法答复,10件结转下一年度办理。",
    # 136 opens its clause, its stage after it:
    # 143 + 5 = 148 = 136 + 12
    "全年受理行政执法投诉143件,上年结转5件,136件已办结,尚有12件正在办理。",
    # 600 + 12 = 612
    "全年共办理行政复议案件612件(其中上年结转20件),600件已审结,12件尚未审结。",
    # 58 + 6 = 64 + 3 − 3? no: 64 + 3 = 67 = 61 + 6
    "本年度新收申请64件,上年度结转3件,61件已全部答复,6件结转至下一年度办理。",
    # 990 + 30 = 1020
    "全年共处理群众来信1020件(含上年结转31件),990件已办结回复,30件仍在办理中。",
]


@pytest.mark.parametrize("text", OPENS_CLAUSE_MISSES)
def test_figure_opening_clause_concluded_contradiction(text: str) -> None:
    assert flow_findings(text), text


@pytest.mark.parametrize("text", OPENS_CLAUSE_TRAPS)
def test_figure_opening_clause_concluded_consistent(text: str) -> None:
    assert not flow_findings(text), text


SPACED_MAGNITUDE_MISSES = [
    # 180.00 万 received; 152.05 + 29.75 = 181.80 万
    "7月全省热线共受理群众诉求180.00万件,办结152.05 万件,正在办理中29.75万件。",
    # 61.20 万; 55.10 + 5.00 = 60.10 万
    "全年共受理诉求61.20万件,办结55.10 万件,正在办理中5.00 万件。",
    # 12.5 万; 11.8 + 1.2 = 13.0 万
    "全年共受理来电12.5 万件,办结11.8 万件,正在办理1.2 万件。",
    # 3.40 万; 3.10 + 0.20 = 3.30 万
    "一季度共受理工单3.40 万件,已办结3.10 万件,正在办理中0.20 万件。",
    # 9.67 万; 7.25 + 2.62 = 9.87 万
    "共受理诉求9.67 万件,已办结7.25 万件,正在办理中2.62 万件。",
    # 25.3 万; 21.0 + 3.5 = 24.5 万
    "上半年共受理企业群众诉求25.3 万件,办结21.0 万件,正在办理中3.5万件。",
    # 7.08 万; 6.00 + 1.18 = 7.18 万
    "全年受理投诉举报7.08 万件,已办结6.00 万件,正在办理中1.18 万件。",
    # 144.18 + 30.64 = 174.82 ≠ 173.83 万
    "全市热线共受理诉求173.83 万件,办结144.18 万件,办理中30.64 万件,正在办理中30.64 万件。",
]

SPACED_MAGNITUDE_TRAPS = [
    # 152.05 + 27.95 = 180.00 万
    "7月全省热线共受理群众诉求180.00万件,办结152.05 万件,正在办理中27.95万件。",
    # 56.20 + 5.00 = 61.20 万
    "全年共受理诉求61.20万件,办结56.20 万件,正在办理中5.00 万件。",
    # 11.3 + 1.2 = 12.5 万
    "全年共受理来电12.5 万件,办结11.3 万件,正在办理1.2 万件。",
    # 3.20 + 0.20 = 3.40 万
    "一季度共受理工单3.40 万件,已办结3.20 万件,正在办理中0.20 万件。",
    # money with a space: 1.5 万元 of 1500 cases is no count of them (no flow)
    "全年受理投诉1500件,办结1500件,为群众挽回损失1.5 万元。",
    # 21.8 + 3.5 = 25.3 万
    "上半年共受理企业群众诉求25.3 万件,办结21.8 万件,正在办理中3.5万件。",
    # a year before a space and 万 is no magnitude: 「2024 万众一心」 has no unit after 万
    "2024 万众一心推进热线建设,全年受理诉求120件,办结120件。",
    # 5.90 + 1.18 = 7.08 万
    "全年受理投诉举报7.08 万件,已办结5.90 万件,正在办理中1.18 万件。",
]


@pytest.mark.parametrize("text", SPACED_MAGNITUDE_MISSES)
def test_spaced_magnitude_contradiction(text: str) -> None:
    assert flow_findings(text), text


@pytest.mark.parametrize("text", SPACED_MAGNITUDE_TRAPS)
def test_spaced_magnitude_consistent(text: str) -> None:
    assert not flow_findings(text), text
