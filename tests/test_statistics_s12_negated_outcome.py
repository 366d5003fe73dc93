"""An outcome and its negation told with words between (session 12, s12-missA).

「调解成功206件，调解不成引导当事人诉讼解决的11件」: the negation may stand inside the
figure's clause with the result word cut short (不成 for 成功, 未达 for 达成协议) and what was
done after it between; the two outcomes still come from the stage figure before them and
cannot add up to more than it (a warning, as every pair read from its words alone).

Traps: the pair within the intake; carry-over stated (the outcomes may hold last year's
cases); a negation of another verb (「不予受理」); outcomes of another stage's figure.
Every sentence is written for these tests (none from a blind set); each verdict was derived by
hand (the arithmetic is in the comment above it)."""

from __future__ import annotations

import pytest
from relation_helpers import errors as _errors
from relation_helpers import findings as _any

WRONG = [
    # 298+17 = 315 > 310
    "全年受理矛盾纠纷310件，调解成功298件，调解不成引导当事人向法院起诉的17件。",
    # 186+9 = 195 > 192
    "街道调委会全年受理邻里纠纷192件，调解成功186件，调解不成依法告知当事人通过诉讼途径解决的9件。",
    # 412+30 = 442 > 436
    "全年受理劳动争议调解申请436件，调解成功412件，调解未成转入仲裁程序的30件。",
    # 77+6 = 83 > 80
    "全年受理消费纠纷80件，组织调解达成协议77件，调解未达成协议并告知投诉人另行起诉的6件。",
    # 145+12 = 157 > 150
    "镇人民调解委员会全年受理土地承包纠纷150件，调解成功145件，调解不成的12件已引导当事人申请仲裁。",
    # 63+5 = 68 > 66 (Chinese numerals)
    "村调委会全年受理家事纠纷六十六件，调解成功六十三件，调解不成引导诉讼的五件。",
    # 520+41 = 561 > 548
    "全年受理医疗纠纷调解申请548件，调解成功520件，调解不成建议通过诉讼解决的41件。",
    # 96+8 = 104 > 101
    "全年受理物业纠纷101件，经调解成功96件，调解不成依法引导当事人起诉的8件。",
]

RIGHT = [
    # 298+12 = 310
    "全年受理矛盾纠纷310件，调解成功298件，调解不成引导当事人向法院起诉的12件。",
    # 186+6 = 192
    "街道调委会全年受理邻里纠纷192件，调解成功186件，调解不成依法告知当事人通过诉讼途径解决的6件。",
    # carry-over stated: 412+30 = 442 <= 436+9 = 445
    "全年受理劳动争议调解申请436件，上年结转9件，调解成功412件，调解未成转入仲裁程序的30件。",
    # 77+3 = 80
    "全年受理消费纠纷80件，组织调解达成协议77件，调解未达成协议并告知投诉人另行起诉的3件。",
    # a refusal of intake is no outcome of the accepted: 145 <= 150, 12 refused beside them
    "全年收到土地承包纠纷调解申请162件，依法受理150件，不予受理的12件已告知理由，调解成功145件。",
    # 63+3 = 66 (Chinese numerals)
    "村调委会全年受理家事纠纷六十六件，调解成功六十三件，调解不成引导诉讼的三件。",
    # 500+41 = 541 <= 548
    "全年受理医疗纠纷调解申请548件，调解成功500件，调解不成建议通过诉讼解决的41件，其余7件正在调解。",
    # the negated figure counts hearings (场), not disputes: 96 <= 101
    "全年受理物业纠纷101件，经调解成功96件，组织调解不成的纠纷听证会8场。",
]


@pytest.mark.parametrize("text", WRONG)
def test_outcome_and_its_negation_above_the_intake(text: str) -> None:
    assert {code for code, _ in _any(text)} & {"N101", "N103", "N107"}


@pytest.mark.parametrize("text", RIGHT)
def test_outcome_and_its_negation_within_the_intake(text: str) -> None:
    assert not _any(text)
    assert not _errors(text)
