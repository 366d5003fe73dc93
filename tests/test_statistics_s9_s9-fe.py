"""False alarms on consistent statements, session 9 (issue 9): the layer that linked the
figures wrongly, read by a general rule.

1. 「各占A%、B%、C%」 pairs its shares in order with the figures listed before, as 分别占 does
   (numbers.toml ``rates.respective``), not one share at a time with the last figure;
2. a clause opening a scope that names a figure as its set (「在…的62件中，」) ends a 其中
   list: its figures count within that scope;
3. decisions told after a concluded figure inside a scope (「受理的案件中审结11件，维持9件、
   撤销2件」) are the concluded's own split, not more parts of the scope's whole;
4. a list ending with 其余 that opens by naming its whole again (「320处隐患已整改301处，其余
   19处」) does not count that whole as a part, and an outcome told by its verb (批准203件)
   is a part beside the refusals, not their whole;
5. a share's named whole is never its own numerator, and a rate whose numerator is stated
   before it (审结860件，结案率96.2%) is not read ahead against later figures with its stem
   (调解结案412件), which are parts of that numerator.

Every sentence is written for these tests (none comes from a blind set), for varied bodies;
each carries the verdict derived by hand. Paragraphs are separated by newlines."""

from __future__ import annotations

import pytest
from relation_helpers import found

# --- 1. 各占: shares paired in order with the listed parts ---------------------------------

EACH_SHARE_CONSISTENT = [
    # 230/500 = 46.0, 190/500 = 38.0, 80/500 = 16.0
    "全年受理劳动争议案件500件，按来源分为本市户籍230件、外省户籍190件、境外人员80件，"
    "各占46.0%、38.0%、16.0%。",
    # 1500/2400 = 62.5, 900/2400 = 37.5
    "区市场监管局全年办理投诉举报2400件，其中投诉1500件、举报900件，各占62.5%和37.5%。",
    # 120/320 = 37.5, 200/320 = 62.5
    "全年举办普法讲座320场，线上120场、线下200场，各占37.5%、62.5%。",
    # 95/250 = 38, 80/250 = 32, 75/250 = 30
    "街道共调处矛盾纠纷250件，婚姻家庭纠纷95件、邻里纠纷80件、物业纠纷75件，各占38%、32%、30%。",
    # 104/160 = 65, 32/160 = 20, 24/160 = 15
    "全年办理政府信息公开申请160件，予以公开104件、部分公开32件、不予公开24件，"
    "各占65.0%、20.0%、15.0%。",
    # 450/1250 = 36, 800/1250 = 64
    "全年作出行政处罚决定1250件，简易程序450件、普通程序800件，各占36%和64%。",
    # 5200/8000 = 65, 2000/8000 = 25, 800/8000 = 10
    "区税务局全年受理纳税咨询8000次，其中电话咨询5200次、窗口咨询2000次、网上咨询800次，"
    "各占65%、25%、10%。",
    # 12/40 = 30, 10/40 = 25, 18/40 = 45
    "全年聘任人民监督员40名，其中律师12名、教师10名、社区工作者18名，各占30%、25%、45%。",
]

EACH_SHARE_WRONG = [
    # 190/500 = 38.0, not 36.0
    "全年受理劳动争议案件500件，按来源分为本市户籍230件、外省户籍190件、境外人员80件，"
    "各占46.0%、36.0%、16.0%。",
    # 900/2400 = 37.5, not 27.5
    "区市场监管局全年办理投诉举报2400件，其中投诉1500件、举报900件，各占62.5%和27.5%。",
    # 120/320 = 37.5, not 27.5
    "全年举办普法讲座320场，线上120场、线下200场，各占27.5%、62.5%。",
    # 80/250 = 32, not 22
    "街道共调处矛盾纠纷250件，婚姻家庭纠纷95件、邻里纠纷80件、物业纠纷75件，各占38%、22%、30%。",
    # 24/160 = 15, not 5
    "全年办理政府信息公开申请160件，予以公开104件、部分公开32件、不予公开24件，"
    "各占65.0%、20.0%、5.0%。",
    # 450/1250 = 36, not 26
    "全年作出行政处罚决定1250件，简易程序450件、普通程序800件，各占26%和64%。",
    # 2000/8000 = 25, not 15
    "区税务局全年受理纳税咨询8000次，其中电话咨询5200次、窗口咨询2000次、网上咨询800次，"
    "各占65%、15%、10%。",
    # 18/40 = 45, not 35
    "全年聘任人民监督员40名，其中律师12名、教师10名、社区工作者18名，各占30%、25%、35%。",
]


@pytest.mark.parametrize("text", EACH_SHARE_CONSISTENT)
def test_each_share_consistent(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", EACH_SHARE_WRONG)
def test_each_share_wrong(text: str) -> None:
    assert any(c == "N104" for c, _ in found(text)), found(text)


# --- 2. a scope naming a figure ends a 其中 list -----------------------------------------

SCOPE_AFTER_LIST_CONSISTENT = [
    # 11 <= 96; 58 <= 70 (the old reading summed 11 + 70 + 58 = 139 > 96)
    "全年审结行政诉讼案件96件，其中行政机关败诉11件；在作出实体判决的70件中，驳回诉讼请求58件。",
    # 180 <= 450; 402 <= 430
    "全年办理信访事项450件，其中网上信访180件；在已办结的430件中，群众满意的402件。",
    # 150 <= 520; 455 <= 480
    "全年受理法律援助申请520件，其中刑事案件150件；在指派律师办理的480件中，已结案的455件。",
    # 420 <= 1600; 130 <= 900
    "全年开展执法检查1600次，其中联合检查420次；在“双随机”抽查的900次中，发现问题的130次。",
    # 1800 <= 3200; 1260 <= 1400
    "全年办理行政许可事项3200件，其中即办件1800件；在承诺办理的1400件中，提前办结的1260件。",
    # 20 <= 68; 43 <= 45
    "全年审查行政规范性文件68件，其中区政府文件20件；在提出修改意见的45件中，已采纳的43件。",
    # 90 <= 380; 300 <= 352
    "街道全年排查矛盾纠纷380件，其中婚姻家庭纠纷90件；在调解成功的352件中，达成书面协议的300件。",
    # 35 <= 260; 190 <= 210
    "全年办理行政复议案件260件，其中涉企案件35件；在经听证审理的210件中，维持原行政行为的190件。",
]

SCOPE_AFTER_LIST_WRONG = [
    # 78 > 70
    "全年审结行政诉讼案件96件，其中行政机关败诉11件；在作出实体判决的70件中，驳回诉讼请求78件。",
    # 442 > 430
    "全年办理信访事项450件，其中网上信访180件；在已办结的430件中，群众满意的442件。",
    # 495 > 480
    "全年受理法律援助申请520件，其中刑事案件150件；在指派律师办理的480件中，已结案的495件。",
    # 930 > 900
    "全年开展执法检查1600次，其中联合检查420次；在“双随机”抽查的900次中，发现问题的930次。",
    # 1460 > 1400
    "全年办理行政许可事项3200件，其中即办件1800件；在承诺办理的1400件中，提前办结的1460件。",
    # 48 > 45
    "全年审查行政规范性文件68件，其中区政府文件20件；在提出修改意见的45件中，已采纳的48件。",
    # the 其中 list is still checked: 111 > 96
    "全年审结行政诉讼案件96件，其中行政机关败诉111件；在作出实体判决的70件中，驳回诉讼请求58件。",
    # 480 > 450
    "全年办理信访事项450件，其中网上信访480件；在已办结的430件中，群众满意的402件。",
]


@pytest.mark.parametrize("text", SCOPE_AFTER_LIST_CONSISTENT)
def test_scope_after_list_consistent(text: str) -> None:
    assert [c for c, _ in found(text) if c in ("N101", "N102", "N103")] == []


@pytest.mark.parametrize("text", SCOPE_AFTER_LIST_WRONG)
def test_scope_after_list_wrong(text: str) -> None:
    assert any(c in ("N101", "N103") for c, _ in found(text)), found(text)


# --- 3. decisions after a concluded figure in a scope -------------------------------------

DECISIONS_CONSISTENT = [
    # 20 + 5 = 25; 18 <= 20; 12 + 6 = 18 (the old reading: 18 + 12 + 6 = 36 > 20)
    "全年收到行政复议申请二十五件，依法受理二十件，不予受理五件；受理的案件中已审结十八件，"
    "维持十二件、撤销六件。",
    # 30 <= 36; 21 + 4 + 5 = 30
    "全年受理行政复议申请36件；受理的案件中审结30件，维持21件、确认违法4件、撤销5件。",
    # 40 <= 48; 31 + 6 + 3 = 40
    "区政府全年新收行政诉讼案件48件；新收的案件中已审结40件，驳回诉讼请求31件、撤诉6件、败诉3件。",
    # 47 <= 52; 35 + 2 + 10 = 47
    "全年受理行政复议申请52件，受理的案件中办结47件，维持35件、变更2件、终止10件。",
    # 30 <= 34; 20 + 8 = 28 <= 30 (some decisions only)
    "全年依法受理行政复议申请34件，受理的申请中已审结30件，维持20件、驳回8件。",
    # 8 <= 9; 5 + 3 = 8
    "全年受理行政复议案件九件，受理的案件中审结八件，维持五件、撤销三件。",
    # 60 <= 63; 44 + 11 + 5 = 60
    "全年立案受理行政复议案件63件；受理的案件中已办结60件，维持44件、纠错11件、终止5件。",
    # 110 <= 120; 80 + 18 + 7 + 5 = 110
    "全年受理行政复议案件120件，受理的案件中审结110件，维持80件、撤销18件、确认违法7件、驳回5件。",
]

DECISIONS_WRONG = [
    # 14 + 6 = 20 > 18
    "全年收到行政复议申请二十五件，依法受理二十件，不予受理五件；受理的案件中已审结十八件，"
    "维持十四件、撤销六件。",
    # 23 + 4 + 5 = 32 > 30
    "全年受理行政复议申请36件；受理的案件中审结30件，维持23件、确认违法4件、撤销5件。",
    # 33 + 6 + 3 = 42 > 40
    "区政府全年新收行政诉讼案件48件；新收的案件中已审结40件，驳回诉讼请求33件、撤诉6件、败诉3件。",
    # 38 + 2 + 10 = 50 > 47
    "全年受理行政复议申请52件，受理的案件中办结47件，维持38件、变更2件、终止10件。",
    # 24 + 8 = 32 > 30
    "全年依法受理行政复议申请34件，受理的申请中已审结30件，维持24件、驳回8件。",
    # 6 + 3 = 9 > 8
    "全年受理行政复议案件九件，受理的案件中审结八件，维持六件、撤销三件。",
    # 48 + 11 + 5 = 64 > 60
    "全年立案受理行政复议案件63件；受理的案件中已办结60件，维持48件、纠错11件、终止5件。",
    # 84 + 18 + 7 + 6 = 115 > 110
    "全年受理行政复议案件120件，受理的案件中审结110件，维持84件、撤销18件、确认违法7件、驳回6件。",
]


@pytest.mark.parametrize("text", DECISIONS_CONSISTENT)
def test_decisions_of_the_concluded_consistent(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", DECISIONS_WRONG)
def test_decisions_of_the_concluded_wrong(text: str) -> None:
    got = found(text)
    assert any(c == "N101" for c, _ in got), got


def test_decisions_message_names_the_concluded() -> None:
    (msg,) = [m for c, m in found(DECISIONS_WRONG[1]) if c == "N101"]
    assert "23+4+5" in msg and "30件" in msg


# --- 4. a list ending with 其余: the whole named again, an outcome beside the refusals -----

REST_CONSISTENT = [
    # 301 + 19 = 320 (320 named again opens the list)
    "区住建局全年排查燃气安全隐患320处。\n截至2025年1月底，320处隐患已整改完成301处，其余19处正在整改。",
    # 532 + 28 = 560
    "街道全年收集居民诉求560条。\n560条诉求已办结532条，其余28条正在协调办理。",
    # 76 + 8 = 84
    "全年发现食品安全问题线索84条。截至年底，84条线索已核查完毕76条，其余8条正在核查。",
    # 39 + 3 = 42
    "全区共有行政村（社区）42个，42个村（社区）中已有39个建成法治文化阵地，其余3个正在建设。",
    # 1150 + 38 + 12 = 1200
    "区自然资源局全年受理不动产登记申请1200件。\n经审核，依法批准1150件，对材料不全的38件退回补正，"
    "其余12件正在审核中。",
    # 88 + 5 + 3 = 96
    "全年受理建设工程规划许可申请96件。经审查，批准88件，对不符合规划条件的5件不予许可，其余3件正在审查中。",
    # 61 + 9 + 5 = 75
    "全年受理户外广告设置申请75件。\n依法批准61件，对不符合条件的9件作出不予许可决定，其余5件在办理中。",
    # 50 + 3 = 53
    "全区共有中小学校53所。\n53所学校中已有50所配齐法治副校长，其余3所将于明年配齐。",
]

REST_WRONG = [
    # 301 + 25 = 326 != 320
    "区住建局全年排查燃气安全隐患320处。\n截至2025年1月底，320处隐患已整改完成301处，其余25处正在整改。",
    # 532 + 38 = 570 != 560
    "街道全年收集居民诉求560条。\n560条诉求已办结532条，其余38条正在协调办理。",
    # 76 + 18 = 94 != 84
    "全年发现食品安全问题线索84条。截至年底，84条线索已核查完毕76条，其余18条正在核查。",
    # 39 + 5 = 44 != 42
    "全区共有行政村（社区）42个，42个村（社区）中已有39个建成法治文化阵地，其余5个正在建设。",
    # 1150 + 38 + 22 = 1210 != 1200
    "区自然资源局全年受理不动产登记申请1200件。\n经审核，依法批准1150件，对材料不全的38件退回补正，"
    "其余22件正在审核中。",
    # 88 + 5 + 13 = 106 != 96
    "全年受理建设工程规划许可申请96件。经审查，批准88件，对不符合规划条件的5件不予许可，其余13件正在审查中。",
    # 61 + 9 + 15 = 85 != 75
    "全年受理户外广告设置申请75件。\n依法批准61件，对不符合条件的9件作出不予许可决定，其余15件在办理中。",
    # 50 + 5 = 55 != 53
    "全区共有中小学校53所。\n53所学校中已有50所配齐法治副校长，其余5所将于明年配齐。",
]


@pytest.mark.parametrize("text", REST_CONSISTENT)
def test_rest_consistent(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", REST_WRONG)
def test_rest_wrong(text: str) -> None:
    got = found(text)
    assert any(c in ("N101", "N102") for c, _ in got), got


# --- 5. a share's whole is not its numerator; no reading ahead past a stated numerator -----

RATE_CONSISTENT = [
    # the share's numerator (增值税) is not stated: uncheckable, not 8.40亿 ÷ 8.40亿
    "全年征收各项税费8.40亿元，分税种情况见下表。\n从结构看，增值税是第一大税种，占全年税费总额的46.2%。",
    "全年发放各类补贴资金2.35亿元。\n其中，耕地地力保护补贴是主体，占补贴资金总额的61.3%。",
    "全年归集公共信用信息1.86亿条。\n从来源看，市场监管部门报送的是主要部分，占全部信息总量的54.8%。",
    "全年罚没收入3.27亿元。\n从构成看，罚款收入是大头，占罚没收入总额的72.4%。",
    # 结案率's numerator is the 860 concluded, its base not stated; 412 + 301 + 147 = 860
    "全年仲裁院审结劳动人事争议案件860件，结案率96.2%。\n从结案方式看，调解结案412件、裁决结案301件、"
    "撤诉结案147件。",
    # 150 + 40 + 25 = 215
    "区行政复议机构全年审结案件215件，审结率94.3%。\n从审理结果看，维持审结150件、撤销审结40件、终止审结25件。",
    # 920 + 560 + 60 = 1540
    "全区法律援助机构全年办结法律援助案件1540件，办结率98.1%。\n其中，民事办结920件、刑事办结560件、"
    "行政办结60件。",
    # 1600 + 500 + 200 = 2300
    "全年化解矛盾纠纷2300件，化解率97.5%。\n从化解方式看，人民调解化解1600件、行政调解化解500件、"
    "司法调解化解200件。",
]

RATE_WRONG = [
    # 3.88 / 8.40 = 46.19%, not 56.2
    "全年征收各项税费8.40亿元，其中增值税3.88亿元，占全年税费总额的56.2%。",
    # 1.44 / 2.35 = 61.28%, not 71.3
    "全年发放各类补贴资金2.35亿元，其中耕地地力保护补贴1.44亿元，占补贴资金总额的71.3%。",
    # 1.02 / 1.86 = 54.84%, not 64.8
    "全年归集公共信用信息1.86亿条，其中市场监管部门报送1.02亿条，占全部信息总量的64.8%。",
    # 2.37 / 3.27 = 72.48%, not 62.4
    "全年罚没收入3.27亿元，其中罚款收入2.37亿元，占罚没收入总额的62.4%。",
    # 860 / 900 = 95.56%, not 98.2
    "全年受理劳动人事争议案件900件，审结860件，结案率98.2%。",
    # 215 / 228 = 94.30%, not 97.3
    "区行政复议机构全年受理案件228件，审结215件，审结率97.3%。",
    # nothing counted before the rate: still read ahead, 1493 / 1530 = 97.58%, not 98.6
    "区政务服务中心群众满意度达到98.6%。共回访办事群众1530人，其中表示满意的1493人。",
    # 2300 / 2360 = 97.46%, not 99.5
    "全年受理矛盾纠纷2360件，化解2300件，化解率99.5%。",
]


@pytest.mark.parametrize("text", RATE_CONSISTENT)
def test_rate_terms_consistent(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", RATE_WRONG)
def test_rate_terms_wrong(text: str) -> None:
    got = found(text)
    assert any(c == "N104" for c, _ in got), got
