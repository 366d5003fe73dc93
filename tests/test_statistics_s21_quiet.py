"""Session 21 (s21-quiet): false alarms on real published text.

* one rate name spread by 分别 over as many listed subjects (「提出的抗诉、再审检察建议法院改判
  占比分别为68.8%、89.2%」: 改判 of the 抗诉, 改判 of the 再审检察建议) gives each share its own
  subject, a figure the text does not state: no figure before it (a whole of all the subjects,
  a count of another noun) is its base, so no N104 is reported; rates named in turn
  (「受理率、审结率分别为…」) are still checked one by one.

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from relation_helpers import errors, judged

SILENT = [
    "全年办结行政审判监督案件3000件，提出抗诉、检察建议等监督意见900余件，提出的抗诉、检察建议法院采纳占比分别为70.2%、85.6%。",
    "全市办结民事监督案件1.2万件，提出抗诉、再审检察建议等监督意见3100件，提出的抗诉、再审检察建议法院改判占比分别为61.5%、77.3%。",
    "区法院审结执行监督案件1500件，提出纠正意见、检察建议等监督意见450件，提出的纠正意见、检察建议采纳占比分别为91.2%、87.5%。",
    "全年办结行政诉讼监督案件2万件，提出抗诉、再审检察建议等监督意见5200余件，提出的抗诉、再审检察建议改判占比分别为66.1%、90.3%。",
    "全县审结信访复查案件400件，作出撤销、变更等复查意见96件，作出的撤销、变更意见落实占比分别为93.4%、88.9%。",
    "市局办结投诉举报1.5万件，提出约谈、整改通知等处理意见4200件，提出的约谈、整改通知落实占比分别为97.1%、92.6%。",
    "全年办理行政审批事项8000件，发出补正、退回等告知书1300份，发出的补正、退回告知书回复占比分别为81.3%、64.2%。",
    "全年受理劳动仲裁案件2600件，提出调解、裁决等处理方案700余件，提出的调解、裁决方案履行占比分别为95.5%、83.7%。",
]

FOUND = [
    (
        "全年收到复议申请200件，受理180件，审结171件，受理率、审结率分别为90%、98%。",
        "N104",
        "171÷180",
    ),
    ("全年受理法律援助申请500件，办结450件，办结率为95%。", "N104", "450÷500"),
    ("区司法局全年受理调解申请300件，调解成功270件，调解成功率为80%。", "N104", "270÷300"),
    ("共抽查行政执法案卷400卷，合格380卷，合格率为90%。", "N104", "380÷400"),
    ("全年审查合同600份，合格540份，合格率分别为95%。", "N104", "540÷600"),
    ("共收到依申请公开申请120件，其中网络申请90件、信函申请20件、当面申请20件。", "N101", "130件"),
    (
        "本年度审查合同250份，其中采购合同150份、租赁合同60份、其他合同30份，分别占60%、24%和12%。",
        "N102",
        "240份",
    ),
    (
        "全年办理行政复议案件150件，其中维持90件，撤销30件，其余40件以调解方式结案。",
        "N101",
        "160件",
    ),
]


@pytest.mark.parametrize("text", SILENT)
def test_rate_spread_over_listed_subjects_is_silent(text: str) -> None:
    assert not [e for e in errors(text) if e[0] == "N104"]


@pytest.mark.parametrize(("text", "code", "figure"), FOUND)
def test_contradictions_still_found(text: str, code: str, figure: str) -> None:
    found = judged(text)
    assert any(c == code and figure in m for c, m in found), found
