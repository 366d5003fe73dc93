"""Session 20 (s20-wparts, second coder): a rate is read against figures only when its sentence
ties them to it.

* two figures each followed by a rate of one name are items of one breakdown: neither is the
  other's base, whether the rate judged is one of those rates (yearly 败诉率 after each year's
  败诉 count) or a third one (总体合格率 after 优秀…占比、良好…占比、合格…占比)
  (relations/rates.py ``_peer_share``);
* a bare class of a rate's subject (刑事案件118件, 邻里纠纷280件 for 刑事案件胜诉率,
  家庭纠纷调解成功率) is the set the rate is of, never what it counts: with no figure of the
  stem (胜诉, 成功) the rate stays silent (``_counts_the_subject``, also in rates_across.py);
* a sentence opened by 其中 draws its figures from the last figure of the sentence before,
  which is a base of its shares (「抽取评估案件250件，…。其中…合格150件占比66%」: 150÷250).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings


def _n104(text: str) -> list[str]:
    return [message for code, message in findings(text) if code == "N104"]


@pytest.mark.parametrize(
    "text",
    [
        # each year's rate is over that year's (unstated) caseload: not 3÷12, not 4÷12
        "其中2022年度败诉12件，败诉率为6.5%，2023年度败诉3件，败诉率为1.8%，"
        "2024年度败诉4件，败诉率为2.1%。",
        # 5÷86 = 5.81%, 3÷92 = 3.26%; 3÷5 is no reading
        "2023年审结行政应诉案件86件，败诉5件，败诉率为5.81%；2024年审结92件，败诉3件，败诉率为3.26%。",
        # 20+60+120 = 200, all 合格以上: 100%; not 60÷120
        "抽查案卷200件，其中，优秀20件占比10%、良好60件占比30%、合格120件占比60%，总体合格率为100%。",
        # 25÷250 = 10%, 75÷250 = 30%, 150÷250 = 60%: the whole of the sentence before
        "抽取评估案件250件，评估结果均为合格以上。其中优秀25件占比10%、良好75件占比30%、合格150件占比60%。",
        # 胜诉 is not stated: neither 130÷300 nor 170÷300
        "共办理法律援助案件300件，其中刑事案件170件、民事案件130件。民事案件胜诉率达97%，刑事案件胜诉率达95%。",
        # 纠错 is not stated: 90 is another class of the subject
        "受理行政复议案件150件，其中涉企案件60件、涉民生案件90件，涉企案件纠错率为12%。",
        # 调解成功 is not stated: 280 邻里纠纷 is a class, not a success count
        "调解纠纷480件，其中婚姻家庭纠纷200件、邻里纠纷280件，婚姻家庭纠纷调解成功率为96%。",
        # 执法人员420名 is the base of 持证率: 415÷420 = 98.8%
        "全局现有执法人员420名，持有执法证件415名，执法人员持证率98.8%。",
        # 460÷500 = 92%
        "回收问卷500份。其中表示满意的460份，占比92%。",
    ],
)
def test_rate_silent_or_fitting(text: str) -> None:
    assert _n104(text) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # 150÷250 = 60% != 66%
        (
            "抽取评估案件250件，评估结果均为合格以上。其中优秀25件占比10%、良好75件占比30%、合格150件占比66%。",
            "150÷250＝60%",
        ),
        # 460÷500 = 92% != 95%
        ("回收问卷500份。其中表示满意的460份，占比95%。", "460÷500＝92%"),
        # 300÷1200 = 25% != 30%
        ("开展法治培训，参训人员1200人次。其中领导干部300人次，占比30%。", "300÷1200＝25%"),
        # 158÷170 = 92.94% != 95%
        ("共办理刑事法律援助案件170件，胜诉158件，胜诉率为95%。", "158÷170＝92.94%"),
        # 9÷120 = 7.5% != 8.5%
        ("2023年度审结案件120件，败诉9件，败诉率为8.5%。", "9÷120＝7.5%"),
        # 40÷500 = 8% != 9%
        ("审结一审行政案件500件，其中行政机关败诉40件，败诉率为9%。", "40÷500＝8%"),
        # 5÷86 = 5.81% != 6.81%: each year's own pair is still read
        (
            "2023年审结行政应诉案件86件，败诉5件，败诉率为6.81%；2024年审结92件，败诉3件，败诉率为3.26%。",
            "5÷86＝5.81%",
        ),
        # 415÷420 = 98.8% != 99.8% (shown at the printed precision)
        ("全局现有执法人员420名，持有执法证件415名，执法人员持证率99.8%。", "415÷420＝98.8%"),
    ],
)
def test_rate_read_against_its_own_figures(text: str, shown: str) -> None:
    assert any(shown in m for m in _n104(text)), _n104(text)
