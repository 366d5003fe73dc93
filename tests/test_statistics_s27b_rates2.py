"""Session 27b, coder rates2: general decisions on success rates and lists closed by their
others, taken on counts (issue 9).

1. A success rate (调解成功率, numbers.toml ``rates.attempt-outcomes``) with no figure naming
   the success reads the figure its verb tells as done over the intake before it (「受理…调解
   16.3万起，现已调解15.2万起，调解成功率96.3%」), a warning: not when the verb only modifies
   a noun (调解协议, 调解组织) or the done figure is a 其中 part of a whole.
2. A last part named as the others (电视、报纸等其他媒体…, 化妆品、医疗器械等其他类…) closes
   its list however many examples a 顿号 joins before 等其他 (partition._REST_SHARE_RE).
"""

from __future__ import annotations

import pytest
from relation_helpers import findings

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity

CONTRADICTIONS = [
    # (text, code, figures the message names)
    # 1. a success rate over the done and the intake
    ("全年受理人民调解申请300件，已调解280件，调解成功率达到97%。", "N104", ("280", "300")),
    (
        "本年度共受理劳动争议调解案件1200件，现已调解1150件，调解成功率为99%。",
        "N104",
        ("1150", "1200"),
    ),
    ("全镇共收到群众调解申请86件，已调解78件，调解成功率96.5%。", "N104", ("78", "86")),
    ("受理医疗纠纷调解申请140件，调解133件，调解成功率98%。", "N104", ("133", "140")),
    # 2. a list closed by its others, a cross-cutting figure after it
    (
        "全年处理投诉举报1800件，其中12345热线转办900件；网站留言500件；来信、来访等其他渠道200件。",
        "N102",
        ("900+500+200", "1800"),
    ),
    (
        "共办理群众诉求960件，其中热线转办410件，网络留言220件，信件、来访等其他渠道130件。",
        "N102",
        ("410+220+130", "960"),
    ),
    (
        "全年查处违法案件215起，其中食品类90起、药品类60起、化妆品、医疗器械等其他类35起，"
        "罚没款120万元。",
        "N102",
        ("90+60+35", "215"),
    ),
    (
        "共接待来访群众620人次，其中信访窗口接待300人次，网上预约150人次，电话、信函等其他方式100人次。",
        "N102",
        ("300+150+100", "620"),
    ),
]

CONSISTENT = [
    "全年受理人民调解申请300件，已调解291件，调解成功率达到97%。",
    "受理劳动争议调解案件1200件，已调解1188件，调解成功率99%。",
    "受理人民调解申请500件，调解成功480件，调解成功率96%。",
    # the verb modifies a noun: no figure told as done
    "全年受理消费纠纷调解申请230件，其中达成书面调解协议90件，调解成功率100%。",
    "辖区现有人民调解组织54个，专业性调解组织6个，共化解矛盾纠纷1500件，调解成功率98%。",
    # a part's own rate
    "全年调解纠纷900件，其中村级调委会调解600件，乡镇调委会调解280件，调解成功率97.8%。",
    "全年主动公开政府信息3.2万条，其中门户网站公开8000条；政务微博公开4000条；广播、电视等"
    "其他渠道公开2万条，公开重点领域信息2600条。",
    "共办理群众诉求960件，其中热线转办410件，网络留言220件，信件、来访等其他渠道330件。",
    "全年查处违法案件215起，其中食品类90起、药品类60起、化妆品、医疗器械等其他类65起，"
    "罚没款120万元。",
    # 其他 as a partner, not a class of the split
    "全年开展执法检查320次，其中单独检查200次，会同公安、交通等其他部门联合检查60次，"
    "专项检查60次。",
]


@pytest.mark.parametrize(("text", "code", "figures"), CONTRADICTIONS)
def test_contradiction(text: str, code: str, figures: tuple[str, ...]) -> None:
    found = findings(text, 2024, (code,))
    assert found, text
    message = found[0][1]
    for figure in figures:
        assert figure in message, message


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent(text: str) -> None:
    assert findings(text, 2024) == [], text


def test_success_rate_reading_is_a_warning() -> None:
    text = "全年受理人民调解申请300件，已调解280件，调解成功率达到97%。"
    rels = [r for r in contradictions(analyze_text(text, 2024)) if r.code == "N104"]
    assert rels and all(r.severity is Severity.WARNING for r in rels)
