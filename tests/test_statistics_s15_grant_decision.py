"""A decision granting an application is no intake (session 15, s15-nouns): in 「准予登记1,390件」
「核准登记」「准予变更登记」 the grant word (numbers.toml ``clauses.grant-words`` and
``grant-decisions``) makes the figure a decision (concluded), whatever intake verb (登记) names
the thing granted — read once, where every figure's verb is classed
(quantities._words_before). A stage verb before 申请 after another stage verb names the kind
of the application (「受理…登记申请」: accepted, not received). A refusal of the same verb
(不予登记) after the grant is the decision's other side, an outcome of the same list.

Every sentence is written for these tests; each verdict derived by hand, the arithmetic in
the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors, findings

from fazhi_lint.analysis.quantities import extract

WRONG = [
    # granted 871 > accepted 862
    "不动产登记中心全年受理不动产首次登记申请862件，经审核准予登记871件，群众满意率99.2%。",
    # granted 39 + refused 9 = 48 > received 46
    "全年区民政局收到社会组织成立登记申请46件，依法准予登记39件，不予登记9件。",
    # granted 1,436 > accepted 1,420 (a kind of registration between grant and verb)
    "全年受理市场主体设立登记申请1,420件，准予设立登记1,436件。",
    # 核准 2,168 > accepted 2,150
    "全年受理登记申请2,150件，核准登记2,168件，登记时限压缩至1个工作日。",
    # 1,204 + 61 = 1,265 > 1,260, all concluded
    "全年收到婚姻登记申请1,260件，准予登记1,204件，不予登记61件，已全部办结。",
    # 312 + 25 = 337 > 330
    "全年受理个体工商户注销登记申请330件，准予注销登记312件，不予注销登记25件，均已办结。",
    # granted 97 > accepted 94
    "区民政局全年受理慈善组织认定申请94件，同意登记97件。",
    # 不准予 3 + 准予 52 = 55 > received 54
    "全年收到宗教活动场所登记申请54件，不准予登记3件，准予登记52件。",
]

RIGHT = [
    # accepted 8,620, granted 8,571, concluded 8,620: the grant is no intake
    "全年受理不动产登记申请8,620件，准予登记8,571件，办结8,620件。",
    # concluded 1,250 of which granted 1,238
    "全年准予登记1,238件，审结1,250件。",
    # 530 + 64 = 594 granted within 612 concluded
    "全年准予变更登记530件、准予注销登记64件，全年办结各类登记业务612件。",
    # 2,290 + 26 = 2,316 = accepted
    "全年受理市场主体登记申请2,316件，准予登记2,290件，不予登记26件，登记申请全部在1个工作日内办结。",
    # 1,390 + 30 = 1,420 = received
    "全年收到设立登记申请1,420件，准予登记1,390件，不予登记30件。",
    # 48 + 6 + 4 = 58 = accepted, all concluded
    "全年受理民办学校设立登记申请58件，上述申请均已办理完毕。经审查，准予登记48件，不予登记6件，"
    "申请人撤回申请4件。",
    # 892 + 344 = 1,236 granted, concluded 1,180 of another measure (户 vs 件)
    "全年准予设立登记1,236户，其中个体工商户892户、企业344户；办结登记业务1,180件。",
    # 核准 131 + 不予 7 = 138 = accepted
    "全年受理建设项目规划核实申请138件，核准登记131件，不予登记7件，均在法定时限内办结。",
    # a grant in the first half against an intake of the whole year: no relation of periods
    "上半年准予登记1,230件；全年受理登记申请2,150件。",
]


# a stated link (「对受理的申请」) makes the excess an error, not outranked by the warning of
# the grant + refusal pair on the same figures and one more: 准予 2,315 > 受理 2,308
LINKED = "全年受理林权登记申请2,308件，对受理的申请依法作出准予登记决定2,315件、不予登记决定19件。"
# a grant needs an accepted application: 告知 (closed before acceptance) explains no excess;
# 准予 1.63万 > 受理 1.58万
TOLD = "全年受理不动产登记申请1.58万件，经审核，准予登记1.63万件，不予登记的申请均书面告知理由。"
# 申请人 is no kind of application: 155 answered (答复) of 162 received, 148 accepted, 7 sent on
APPLICANT = (
    "县人民政府全年收到行政复议申请162件，依法受理148件；收到的申请中，已在法定期限内告知或答复"
    "申请人的155件，其余7件已转送有权机关并告知申请人。"
)


def test_a_stated_link_outranks_the_pair() -> None:
    found = findings(LINKED)
    assert [c for c, _ in found] == ["N101"], found
    assert errors(LINKED) == found
    assert "对受理的申请" in found[0][1]


def test_told_explains_no_excess_of_a_grant() -> None:
    assert [c for c, _ in findings(TOLD)] == ["N107"]


def test_an_applicant_is_no_application() -> None:
    assert not findings(APPLICANT)


@pytest.mark.parametrize("text", WRONG)
def test_a_grant_beyond_its_intake_is_found(text: str) -> None:
    assert findings(text, codes=("N101", "N102", "N103", "N107")), text


@pytest.mark.parametrize("text", RIGHT)
def test_a_grant_is_no_intake(text: str) -> None:
    assert not findings(text), text


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("准予登记1,390件", "concluded"),
        ("核准登记3,204户", "concluded"),
        ("准予变更登记530件", "concluded"),
        ("同意登记97件", "concluded"),
        ("不予登记30件", "rejected"),
        ("不予注销登记25件", "rejected"),
        ("不准予登记3件", "rejected"),
        ("登记矛盾纠纷1,206件", "received"),
        ("予以受理862件", "accepted"),
        ("受理不动产首次登记申请862件", "accepted"),
        ("收到成立登记申请48件", "received"),
    ],
)
def test_the_verb_class_of_a_grant(text: str, family: str) -> None:
    assert extract(text).quantities[0].family == family
