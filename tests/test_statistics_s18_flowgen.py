"""Session 18 (s18-flowgen): the ``flow`` kind on unseen text.

* outcomes told after a clause pointing back at the intake by its noun (「全年收到申请58件。
  对上述申请，予以公开31件…」「对这些线索，」「对以上投诉，」): the pointing word (numbers.toml
  ``containment.back``) names the set told, so the outcomes split that figure and last year's
  cases are none of them — more outcomes than the intake is an error, not the warning of an
  intake that may leave a carry-in unsaid. A pointing clause naming another set (「对上述问题，」)
  or a text speaking of carry-over keeps the old reading;
* pieces opening with the kind of items they count, joined by semicolons (「对诉求合理的，予以
  办理63件；对不符合规定的，解释说明31件，均已办结」), split the intake told before them: the
  statement read for its outcomes runs on over them, and the first figure of each piece is an
  outcome by its place whatever its verb (立案查处, 督促赔偿); the kinds named need not be all
  of them, so only an excess is told;
* a return visit and the answers it gathered are a chain of stages (numbers.toml
  ``approval-stages``: 回访 → 满意): in one sentence, more satisfied than visited is a warning.

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

POINTED_MISSES = [
    # 58; 31+9+6+10+4 = 60 > 58
    "全年收到政府信息公开申请58件。对上述申请，予以公开31件，部分公开9件，不予公开6件，无法提供10件，"
    "不属于本机关公开范围4件，均已按期答复。",
    # 412; 380+40 = 420 > 412
    "全年共接到火灾隐患举报投诉412件，均已办结。对上述投诉，责令整改380件，移交属地处理40件。",
    # 95; 61+22+15 = 98 > 95
    "全年受理农民工欠薪线索95条，均已办理完毕。对这些线索，督促支付61条，调解处理22条，移送公安机关15条。",
    # 240; 180+51+12 = 243 > 240
    "本年度受理劳动保障监察举报投诉240件，均已办结。对以上投诉，责令改正180件，调解处理51件，移送仲裁12件。",
    # 127; 100+30 = 130 > 127
    "全年收到行政许可申请127件，全部办理完毕。对以上申请，准予许可100件，不予许可30件。",
    # 66; 40+19+9 = 68 > 66
    "年内登记涉企收费投诉66件。对前述投诉，经查实予以退费40件，责令整改19件，说明解释9件，均已办结。",
    # 203; 150+41+15 = 206 > 203
    "全年受理矛盾纠纷调解申请203件。对上述申请，调解成功150件，调解不成41件，引导诉讼15件，已全部办结。",
    # 84; 52+20+14 = 86 > 84
    "全年收到群众来信84件，均已按期答复。对上述来信，转交办理52件，直接答复20件，存档备查14件。",
]

POINTED_TRAPS = [
    # 58 = 31+9+6+8+4
    "全年收到政府信息公开申请58件。对上述申请，予以公开31件，部分公开9件，不予公开6件，无法提供8件，"
    "不属于本机关公开范围4件，均已按期答复。",
    # 412 = 372+40
    "全年共接到火灾隐患举报投诉412件，均已办结。对上述投诉，责令整改372件，移交属地处理40件。",
    # 95 = 58+22+15
    "全年受理农民工欠薪线索95条，均已办理完毕。对这些线索，督促支付58条，调解处理22条，移送公安机关15条。",
    # carry-over said: 240 + 6 = 246 = 180+54+12 (the outcomes hold the carried cases)
    "本年度受理劳动保障监察举报投诉240件，上年结转6件，均已办结。对以上投诉，责令改正180件，调解处理54件，"
    "移送仲裁12件。",
    # 127 = 97+30
    "全年收到行政许可申请127件，全部办理完毕。对以上申请，准予许可97件，不予许可30件。",
    # 203 = 150+38+15
    "全年受理矛盾纠纷调解申请203件。对上述申请，调解成功150件，调解不成38件，引导诉讼15件，已全部办结。",
    # 84 = 52+18+14
    "全年收到群众来信84件，均已按期答复。对上述来信，转交办理52件，直接答复18件，存档备查14件。",
    # not all concluded: 31+9+6 = 46 done, 12 open, 46+12 = 58
    "全年收到政府信息公开申请58件。对上述申请，予以公开31件，部分公开9件，不予公开6件，尚有12件正在办理。",
]


@pytest.mark.parametrize("text", POINTED_MISSES)
def test_pointed_outcomes_over_intake_is_an_error(text: str) -> None:
    assert [c for c, _ in errors(text) if c == "N101"], text


@pytest.mark.parametrize("text", POINTED_TRAPS)
def test_pointed_outcomes_trap_silent(text: str) -> None:
    assert findings(text) == [], text


def test_pointing_at_another_set_stays_a_warning() -> None:
    # 31+9+6+10+4 = 60 > 58, but 「上述问题」 names no 申请: a carry-in may be among them
    text = (
        "全年收到政府信息公开申请58件，均已按期答复。对上述问题，予以公开31件，部分公开9件，"
        "不予公开6件，无法提供10件，不属于本机关公开范围4件。"
    )
    assert errors(text) == []
    assert [c for c, _ in findings(text)] == ["N101"]


def test_pointed_message_names_the_intake() -> None:
    # 380+40 = 420, 420-412 = 8
    text = POINTED_MISSES[1]
    assert any("420件" in m and "412件" in m and "多出8件" in m for _, m in errors(text))


KIND_PIECE_MISSES = [
    # 89; 63+31 = 94 > 89
    "全年受理公积金业务投诉89件。对其中诉求合理的，予以办理63件；对不符合政策规定的，耐心解释说明31件，"
    "投诉均已办结。",
    # 152; 97+41+18 = 156 > 152
    "全年受理涉烟举报152件，均已办结。对其中查证属实的，立案查处97件；对线索不清的，补充核实41件；"
    "对不属于本部门职责的，转交相关部门18件。",
    # 47; 30+19 = 49 > 47
    "全年收到师生申诉47件。对其中符合受理条件的，组织复查30件；对不符合受理条件的，书面告知19件，"
    "申诉均已办理完毕。",
    # 316; 250+70 = 320 > 316
    "全年受理涉企诉求316件，已全部办结。对其中属于园区职权范围的，直接办理250件；对需要上级部门协调的，"
    "提请协调办理70件。",
    # 64; 41+25 = 66 > 64
    "全年受理档案利用投诉64件。对其中反映服务态度的，约谈提醒41件；对反映查档时限的，限期改进25件，均已办结。",
    # 128; 90+40 = 130 > 128
    "全年受理气象服务投诉128件。对其中诉求合理的，整改落实90件；对诉求不合理的，解释说明40件，已全部办理完毕。",
    # 75; 52+26 = 78 > 75
    "全年受理进出口企业申诉75件。对其中申诉理由成立的，撤销或变更原决定52件；对申诉理由不成立的，"
    "维持原决定26件，均已办结。",
    # 230; 180+55 = 235 > 230
    "全年受理快递服务申诉230件。对其中责任在企业的，督促赔偿180件；对责任不在企业的，解释说明55件，"
    "申诉均已办结。",
]

KIND_PIECE_TRAPS = [
    # 89 = 58+31
    "全年受理公积金业务投诉89件。对其中诉求合理的，予以办理58件；对不符合政策规定的，耐心解释说明31件，"
    "投诉均已办结。",
    # 152 = 93+41+18
    "全年受理涉烟举报152件，均已办结。对其中查证属实的，立案查处93件；对线索不清的，补充核实41件；"
    "对不属于本部门职责的，转交相关部门18件。",
    # 47 = 28+19
    "全年收到师生申诉47件。对其中符合受理条件的，组织复查28件；对不符合受理条件的，书面告知19件，"
    "申诉均已办理完毕。",
    # the kinds named need not be all: 41+15 = 56 < 64
    "全年受理档案利用投诉64件。对其中反映服务态度的，约谈提醒41件；对反映查档时限的，限期改进15件，均已办结。",
    # carry-over said: 128 + 4 = 132 = 92+40
    "全年受理气象服务投诉128件，另有上年结转4件。对其中诉求合理的，整改落实92件；对诉求不合理的，"
    "解释说明40件，已全部办理完毕。",
    # not all concluded: 52+20 = 72, 3 open, 72+3 = 75
    "全年受理进出口企业申诉75件。对其中申诉理由成立的，撤销或变更原决定52件；对申诉理由不成立的，"
    "维持原决定20件，其余3件正在办理。",
    # another unit: 180 件 and 1200 万元 are no two counts of complaints
    "全年受理快递服务申诉230件，均已办结。对其中责任在企业的，督促赔偿180件；对造成损失的，挽回经济损失1200万元。",
    # 316 = 246+70
    "全年受理涉企诉求316件，已全部办结。对其中属于园区职权范围的，直接办理246件；对需要上级部门协调的，"
    "提请协调办理70件。",
]


@pytest.mark.parametrize("text", KIND_PIECE_MISSES)
def test_kind_pieces_over_intake_found(text: str) -> None:
    assert [c for c, _ in errors(text) if c == "N101"], text


@pytest.mark.parametrize("text", KIND_PIECE_TRAPS)
def test_kind_pieces_trap_silent(text: str) -> None:
    assert findings(text) == [], text


def test_kind_pieces_without_pointing_back_is_a_warning() -> None:
    # 63+31 = 94 > 89; no 其中/上述 ties the pieces to the 89: last year's cases may be among them
    text = (
        "全年受理公积金业务投诉89件，均已办结。对诉求合理的，予以办理63件；对不符合政策规定的，"
        "耐心解释说明31件。"
    )
    assert errors(text) == []
    assert [c for c, _ in findings(text)] == ["N101"]


def test_kind_pieces_message_adds_every_piece() -> None:
    # 97+41+18 = 156; 156-152 = 4
    assert any("156件" in m and "多出4件" in m for _, m in errors(KIND_PIECE_MISSES[1]))


VISIT_MISSES = [
    # visited 2364, satisfied 2401 > 2364
    "全年受理邮政快递用户有效申诉2364件，全部依法处理完毕；对处理结果开展回访2364件，用户表示满意2401件。",
    # 1,836 > 1,820
    "对办结的12345热线工单开展电话回访1,820件，群众满意1,836件。",
    # 421 > 415
    "全年回访矛盾纠纷当事人415人，表示满意的421人。",
    # 139 > 136
    "对已办结的信访事项逐件回访，回访136件，群众满意139件。",
    # 972 > 960
    "对审批服务事项开展回访960件，企业满意972件，满意率100%。",
    # 91 > 89
    "对公积金业务投诉人回访89件，满意91件。",
    # 310 > 300
    "对办结投诉回访三百件，消费者满意三百一十件。",
    # 80 > 78
    "对行政执法对象开展回访调查78家，表示满意的80家。",
]

VISIT_TRAPS = [
    # 2301 <= 2364
    "全年受理邮政快递用户有效申诉2364件，全部依法处理完毕；对处理结果开展回访2364件，用户表示满意2301件。",
    # 1796/1820 = 98.68% -> 98.7%
    "对办结的12345热线工单开展电话回访1,820件，群众满意1,796件，满意率98.7%。",
    # 411 <= 415
    "全年回访矛盾纠纷当事人415人，表示满意的411人。",
    # 136 = 136
    "对已办结的信访事项逐件回访，回访136件，群众满意136件。",
    # another unit: 120 家 visited, 2900 份 satisfied answers of a survey
    "开展回访企业120家；群众满意度测评收回问卷3000份，满意2900份。",
    # 86 + 3 = 89 (基本满意 beside 满意)
    "对公积金业务投诉人回访89件，满意86件，基本满意3件。",
    # 290 <= 300
    "回访当事人300人次，当事人满意290人次。",
    # the satisfied in another sentence count another set
    "对审批服务事项开展回访960件，满意率98.5%。全年企业通过网上平台评价满意9,720件。",
]


@pytest.mark.parametrize("text", VISIT_MISSES)
def test_more_satisfied_than_visited_found(text: str) -> None:
    assert [c for c, _ in findings(text) if c == "N107"], text


@pytest.mark.parametrize("text", VISIT_TRAPS)
def test_visit_trap_silent(text: str) -> None:
    assert findings(text) == [], text


def test_visit_message_names_both_stages() -> None:
    # 2401 > 2364
    assert any("满意2401件" in m and "回访的2364件" in m for _, m in findings(VISIT_MISSES[0]))
