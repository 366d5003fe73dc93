"""Session 25, coder flow: three general decisions on the flow of cases (issue 9).

1. A stage by form and place (:mod:`fazhi_lint.analysis.relations.funnel`): a clause telling
   its deed done (已解决, 已完成执行, 执行到位) is an outcome whatever its verb; the figure of
   the clause right before it, of no stage, is what it came from when the two share a word of
   what they count or the later names nothing of its own — a warning.
2. A decision's two answers (:mod:`fazhi_lint.analysis.relations.decisions`): a clause telling
   only how a figure moved (同比下降17.5%) is no second source; a figure counted twice
   (「起诉257件292人」) is one clause, its first count the answer right before the refusal.
3. The open part (:mod:`fazhi_lint.analysis.relations.flow`): a clause opening with a carry
   into the next year (「结转下年度继续办理61件」「结转至下年度办理2件」) is still open at the
   year's end; 下一年 / 上一年 is no duration of one year. A 其中 run of received figures in
   the sentence after their whole still names that whole as the intake.
"""

from __future__ import annotations

import pytest
from relation_helpers import FLOW_CODES, findings

CONTRADICTIONS = [
    # (text, code, figures the message names)
    (
        "全年受理行政处罚案件40件。申请人民法院强制执行15件，已完成执行17件。",
        "N107",
        ("17件", "15件"),
    ),
    ("受理来电诉求1200件，回访540件，已解决548件。", "N107", ("548件", "540件")),
    (
        "受理诉讼案件900件，审结860件，办理执行案件380件，执行到位392件。",
        "N107",
        ("392件", "380件"),
    ),
    (
        "全年受理审查起诉案件210件，较上年增长8%。决定起诉168件205人，不起诉51件60人。",
        "N107",
        ("168件", "51件", "219件", "210件"),
    ),
    (
        "本年度审结审查起诉案件326件364人，同比分别下降17.5%、下降15.2%。共起诉257件292人。"
        "共不起诉87件70人。",
        "N107",
        ("257件", "87件", "344件", "326件"),
    ),
    (
        "2024年受理政府信息公开申请520件，办结470件，结转下年度继续办理30件。",
        "N102",
        ("470件", "30件", "500件", "520件"),
    ),
    (
        "受理行政复议申请45件，办结40件，结转至下一年度办理8件。",
        "N101",
        ("40件", "8件", "48件", "45件"),
    ),
    (
        "全年新收申请161件，上年结转14件，办结168件，结转下一年17件。",
        "N102",
        ("161件", "14件", "168件", "17件"),
    ),
    (
        "全市共收到行政复议申请63件。其中，市政府收到24件，县区政府收到39件。经审查，立案受理45件；"
        "不予受理21件。",
        "N103",
        ("45件", "21件", "66件", "63件"),
    ),
    (
        "收到依申请公开申请110件，办理完成98件，结转下年度继续办理2件。",
        "N101",
        ("98", "2件", "110件"),
    ),
]

CONSISTENT = [
    "全年受理行政处罚案件40件。申请人民法院强制执行15件，已完成执行12件。",
    "受理来电诉求1200件，回访540件，已解决530件。",
    "受理诉讼案件900件，审结860件，办理执行案件380件，执行到位352件。",
    "全年受理审查起诉案件210件，较上年增长8%。决定起诉158件205人，不起诉51件60人。",
    "本年度审结审查起诉案件326件364人，同比分别下降17.5%、下降15.2%。共起诉257件292人。"
    "共不起诉67件70人。",
    "2024年受理政府信息公开申请520件，办结490件，结转下年度继续办理30件。",
    "全年新收申请161件，上年结转24件，办结168件，结转下一年17件。",
    # (a 其中 run in the next sentence splits the whole before it: 45 + 12 ≤ 63, not 39)
    "全市共收到行政复议申请63件。其中，市政府收到24件，县区政府收到39件。经审查，立案受理45件；"
    "不予受理12件。",
    # (no intake told in the paragraph: a deed done has no figure to come from)
    "新建项目12个，已完成15个。",
    # (已有 tells no deed done; 已达 a level reached)
    "全年受理申请100件，审结96件，已有4个乡镇实现零受理，已达到年度目标。",
    # (the later clause names things of its own that the earlier does not count)
    "全年受理信访事项300件，走访群众60户，已完成安置房分配75套。",
]


@pytest.mark.parametrize(("text", "code", "figures"), CONTRADICTIONS)
def test_contradiction_found(text: str, code: str, figures: tuple[str, ...]) -> None:
    got = findings(text, codes=FLOW_CODES)
    assert any(c == code and all(f in m for f in figures) for c, m in got), got


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_silent(text: str) -> None:
    assert findings(text, codes=FLOW_CODES) == []


def test_position_reading_is_a_warning() -> None:
    from fazhi_lint.analysis.relations import analyze_text, contradictions
    from fazhi_lint.model import Severity

    rels = [
        r
        for r in contradictions(analyze_text("受理来电诉求1200件，回访540件，已解决548件。", 2024))
        if r.code == "N107"
    ]
    assert rels and all(r.severity is Severity.WARNING for r in rels)


def test_next_year_is_no_duration() -> None:
    from fazhi_lint.analysis.quantities import extract

    got = [q.text for q in extract("办结168件，结转下一年17件，上一年度结转9件。").quantities]
    assert got == ["168件", "17件", "9件"]
