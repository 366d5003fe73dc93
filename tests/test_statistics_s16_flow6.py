"""Session 16 (s16-flow6): more out than in, chains of stages, the stock with nothing open.

* a chain of approval stages (numbers.toml ``clauses.approval-stages``) opens with what was
  accepted (受理) as well as what was put forward (申报), has a stage for passing the review
  (审核通过, 审查通过) and one for the licences issued on the approvals (发证, 核发, 颁发): a
  later stage may not count more than the stage told before it; a figure of no stage between
  them, in another unit (组织审核12场次), leaves the chain open (relations/flow.py
  ``_approval_chains``);
* 「至年底均已审结」 told between what came in and the concluded figure says nothing is left
  open as much as when told after it: 新收 + 结转 must equal the concluded (flow.py
  ``_none_left``);
* an outcome told by a 的-clause before a noun the intake names (「调解成功的医疗纠纷91件」
  after 「收到医疗纠纷调解申请93件…受理87件」) counts the intake's things: it cannot exceed
  what was accepted (flow.py ``_outcome_of_intake``, a warning);
* 「受理医疗机构执业登记和校验申请46件」 is accepted: a stage verb before two kinds of
  application joined by 和/及/与/、 names their kind, as before 申请 alone; a stage verb before a
  noun of who acts (承办单位, 受理窗口, 登记机关: numbers.toml ``verbs.stage-noun-tails``) is
  no verb there (「转办至承办单位2330件」 is no accepted figure);
* the cases carried in told in a sentence of their own before the year's
  (「结转至本年度的行政复议案件7件。本年度新收61件，审结63件，尚有4件在审理中。」) open the
  year's stock: 7 + 61 must equal 63 + 4 (flow.py ``_balance``, a warning);
* 「共收到投诉举报156件」: 共收 no longer takes the 收 of 收到 (the noun was 「到投诉举报」 and
  matched nothing after it).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import findings as _any

CODES = ("N101", "N102", "N103", "N107")

CHAIN_MISSES = [
    # 申报 142 → 审核通过 131 → 核准 127 → 颁发 129: 129 > 127
    "全年农户申报建房142户，经村级审核通过131户，镇级联审核准127户，颁发乡村建设规划许可证129户。",
    # 申报 41 → 审核通过 36 → 核准 39: 39 > 36
    "全年申报人才公寓入住资格的企业共41家，经审核通过36家，核准并发放入住通知39家。",
    # 受理 86 → 核发 91: 91 > 86 (the 场次 between is of no stage)
    "全年受理营业性演出审批申请86件，组织专家开展内容审核12场次，核发营业性演出批准文件91件。",
    # 受理 189 → 核准 194: 194 > 189
    "全年受理兽药经营许可申请189件，其中当场办理63件、承诺办理126件，共核准194件。",
    # 申报 58 → 审查通过 52 → 认定 55: 55 > 52
    "全年申报高新技术企业58家，经专家审查通过52家，最终认定55家。",
    # 申报 27 → 初审 24 → 批准 21 → 发证 23: 23 > 21
    "全年申报民办学校办学许可27所，初审通过24所，批准21所，已发证23所。",
    # 受理 73 → 批准 70 → 颁证 74: 74 > 70
    "全年受理林木采伐许可申请73件，批准70件，颁证74件。",
    # 申报 16 → 审核通过 15 → 核发 17: 17 > 15
    "全年申报建筑业企业资质16家，审核通过15家，核发资质证书17家。",
]

CHAIN_TRAPS = [
    # 150 ≥ 141 ≥ 138 ≥ 138
    "全年农户申报建房150户，经村级审核通过141户，镇级联审核准138户，颁发乡村建设规划许可证138户。",
    # 41 ≥ 36 ≥ 36 (本 of 认定书 per 家: 36 家 issued)
    "全年申报人才公寓入住资格的企业共41家，经审核通过36家，核准并发放入住通知36家。",
    # 86 ≥ 82; the 12 场次 are of no stage
    "全年受理营业性演出审批申请86件，组织专家开展内容审核12场次，核发营业性演出批准文件82件。",
    # 申报 in 家, 核发 in 本 (several licences per firm): other units, no comparison: 30 家, 45 本
    "全年申报建筑业企业资质30家，审核通过28家，核发资质证书45本。",
    # two sentences: the 核发 of the second is not a stage of the first's chain (64 > 60 but apart)
    "全年受理林木采伐许可申请60件，批准58件。全年核发各类林权证书64件。",
    # 58 ≥ 52 ≥ 50
    "全年申报高新技术企业58家，经专家审查通过52家，最终认定50家。",
    # 27 ≥ 24 ≥ 21 ≥ 21
    "全年申报民办学校办学许可27所，初审通过24所，批准21所，已发证21所。",
    # carry-over stated: the chain is not read (受理 73, 连同上年结转 批准 76)
    "全年受理林木采伐许可申请73件，连同上年结转的申请，批准76件。",
]

NONE_LEFT_MISSES = [
    # in 9 + 38 = 47; all concluded, 45 ≠ 47
    "本年度农业综合行政执法旧存案件九件，新收案件三十八件，至年底均已审结，全年共审结农业行政处罚案件四十五件。",
    # in 12 + 60 = 72; all concluded, 70 ≠ 72
    "上年结转行政复议案件12件，本年新收60件，年底前已全部审结，全年审结70件。",
    # in 5 + 41 = 46; all concluded, 48 ≠ 46
    "上年结转信访复查案件5件，新收41件，至年底均已办结，共办结48件。",
    # in 3 + 27 = 30; all concluded, 29 ≠ 30
    "旧存劳动仲裁案件3件，新收27件，截至年底均已结案，全年结案29件。",
    # in 20 + 131 = 151; all concluded, 150 ≠ 151
    "上年结转行政处罚案件20件，新收131件，年底均已办结，全年办结150件。",
    # in 7 + 33 = 40; all concluded, 42 ≠ 40
    "上年结转医疗纠纷调解案件7件，新收33件，至年底已全部办结，共办结42件。",
    # in 4 + 21 = 25; 26 done, none open (after the figure, as before)
    "上年结转信访事项复核申请4件，本年新收复核申请21件，办结26件，年底无未结事项。",
    # in 11 + 85 = 96; all concluded, 94 ≠ 96
    "上年结转行政诉讼案件11件，本年新收85件，至年末均已审结，全年审结94件。",
]

NONE_LEFT_TRAPS = [
    # 6 + 31 = 37 = 37
    "本年度农业综合行政执法旧存案件六件，新收案件三十一件，至年底均已审结，全年共审结三十七件。",
    # 12 + 60 = 72 = 72
    "上年结转行政复议案件12件，本年新收60件，年底前已全部审结，全年审结72件。",
    # the new cases of a part are all concluded, not the stock: 5 + 41 = 46 ≥ 40 + 6 open
    "上年结转信访复查案件5件，新收41件，其中新收案件均已办结，全年办结40件，尚有6件在办。",
    # 3 + 27 = 30 = 24 + 6 pending: the clause before is of other things (决定均已履行)
    "旧存劳动仲裁案件3件，新收27件，仲裁裁决均已履行，全年结案24件，未结6件。",
    # 20 + 131 = 151 = 151
    "上年结转行政处罚案件20件，新收131件，年底均已办结，全年办结151件。",
    # nothing said of all being done: 7 + 33 = 40 ≥ 36
    "上年结转医疗纠纷调解案件7件，新收33件，经耐心调解，共办结36件。",
    # 4 + 21 = 25 = 25, none open
    "上年结转信访事项复核申请4件，本年新收复核申请21件，办结25件，年底无未结事项。",
    # all concluded told in another sentence of other things: 11 + 85 = 96 ≥ 90
    "上年结转行政诉讼案件11件，本年新收85件，全年审结90件。行政机关负责人出庭应诉的案件均已审结。",
]

RECEIVED_MISSES = [
    # 收到 156, 办结 161 > 156, no carry-over said (a warning)
    "通过热线、信箱和现场接待等渠道共收到投诉举报156件，经核查督促整改，全年办结投诉举报161件。",
    # 共收到 40, 受理 43 > 40
    "全年共收到行政复议申请40件，依法受理43件。",
    # 共收到 212, 受理 200 + 不予受理 15 = 215 > 212
    "全年共收到政府信息公开申请212件，受理200件，不予受理15件。",
]

RECEIVED_TRAPS = [
    # 共收到 156 ≥ 办结 150
    "通过热线、信箱和现场接待等渠道共收到投诉举报156件，经核查督促整改，全年办结投诉举报150件。",
    # 共收到 40 = 受理 37 + 不予受理 3
    "全年共收到行政复议申请40件，依法受理37件，不予受理3件。",
    # 公共收益 holds no 共收: 收益 12 万元 is money, no flow
    "全年收到物业纠纷投诉52件，办结50件，追回公共收益12万元。",
]


NAMED_OUTCOME_MISSES = [
    # 受理 87, 调解成功的医疗纠纷 91 > 87
    "全年收到医疗纠纷调解申请93件。人民调解委员会依法受理87件，调解成功的医疗纠纷91件。",
    # 受理 240, 达成协议的物业纠纷 246 > 240
    "全年受理物业纠纷调解申请240件，经调解达成协议的物业纠纷246件。",
    # 受理 58, 化解的信访事项 61 > 58 (排查 64 is no received figure)
    "全年排查梳理信访事项64件，受理信访事项58件，成功化解的信访事项61件。",
    # 受理 130, 调解成功的劳动争议 133 > 130
    "全年受理劳动争议调解申请130件，调解成功的劳动争议133件，调解成功率较高。",
    # 受理 45, 经委员会调解成功的土地承包经营纠纷 47 > 45
    "全年收到土地承包经营纠纷调解申请52件，受理45件，经仲裁委员会调解成功的土地承包经营纠纷47件。",
    # 受理 312, 化解的矛盾纠纷 327 > 312
    "全年受理矛盾纠纷312件，经调解成功化解的矛盾纠纷327件。",
    # 受理 76, 达成调解协议的消费纠纷 80 > 76
    "全年收到消费纠纷投诉81件，受理76件，经调解达成调解协议的消费纠纷80件。",
    # 受理 19, 调解成功的交通事故纠纷 21 > 19
    "全年受理交通事故纠纷调解申请19件，调解成功的交通事故纠纷21件。",
]

NAMED_OUTCOME_TRAPS = [
    # 87 ≥ 80
    "全年收到医疗纠纷调解申请93件。人民调解委员会依法受理87件，调解成功的医疗纠纷80件。",
    # another thing than the intake's: 劳动争议 not named by 医疗纠纷 (91 > 87 but apart)
    "全年受理医疗纠纷调解申请87件，调解成功的劳动争议91件。",
    # carry-over said: 240 + 上年结转 can hold 246
    "全年受理物业纠纷调解申请240件，连同上年结转案件，经调解达成协议的物业纠纷246件。",
    # 人次 against 件: other units
    "全年受理劳动争议调解申请130件，调解成功的劳动争议涉及劳动者146人次。",
    # 累计 of several years (the reach of 累计 is another scope): 45 this year
    "全年受理土地纠纷调解申请45件，调解成功43件；2019年以来累计调解成功的土地纠纷312件。",
    # closed before acceptance (案前化解) explain outcomes above the accepted: 312 → 327
    "全年受理矛盾纠纷312件，另有案前化解的纠纷若干，经调解成功化解的矛盾纠纷327件。",
    # 办结 may close what was not accepted (告知, 不予受理): 80 ≤ 81 received
    "全年收到投诉举报81件，受理76件，依法办结的投诉举报80件。",
    # 19 ≥ 19
    "全年受理交通事故纠纷调解申请19件，调解成功的交通事故纠纷19件。",
]


NOUN_HEAD_MISSES = [
    # 收到 300, 受理 310 > 300 (登记 before 和抵押申请 is a kind, not a received stage)
    "全年收到不动产登记和抵押申请300件，受理不动产登记和抵押申请310件。",
    # 收到 120, 受理 125 > 120
    "全年收到医疗机构执业登记和校验申请120件，受理执业登记和校验申请125件。",
    # 收到 64, 受理 66 > 64
    "全年收到食品经营登记及备案申请64件，受理食品经营登记及备案申请66件。",
    # 收到 41, 受理 38 + 不予受理 5 = 43 > 41
    "全年收到民办非企业单位登记与变更申请41件，受理登记与变更申请38件，不予受理5件。",
    # 受理 220 (via 受理窗口 named before), 办结 226 > 220, no carry-over: the window is no stage
    "全年通过政务服务中心受理窗口受理建设工程许可申请220件，依法办结226件。",
    # 接收 500, 受理 510 > 500 (承办单位 before the figure is no stage)
    "全年接收群众诉求工单500件，经分类后由承办单位受理510件。",
    # 收到 90, 受理 95 > 90 (登记机关 is who acts)
    "全年登记机关共收到社会组织登记和注销申请90件，受理登记和注销申请95件。",
    # 收到 35, 受理 37 > 35
    "全年收到出版物经营许可、变更申请35件，受理许可、变更申请37件。",
]

NOUN_HEAD_TRAPS = [
    # 300 ≥ 290
    "全年收到不动产登记和抵押申请300件，受理不动产登记和抵押申请290件。",
    # 120 ≥ 118
    "全年收到医疗机构执业登记和校验申请120件，受理执业登记和校验申请118件。",
    # 收到 41 = 受理 36 + 不予受理 5
    "全年收到民办非企业单位登记与变更申请41件，受理登记与变更申请36件，不予受理5件。",
    # 受理 220 ≥ 办结 215
    "全年通过政务服务中心受理窗口受理建设工程许可申请220件，依法办结215件。",
    # 交办 880 → 承办单位 反馈 870 ≤ 880
    "全年交办承办单位各类工单880件，承办单位反馈办理结果870件。",
    # 申请人 is a person: 受理 64 ≥ 60 of the applicants' 60 件
    "全年受理申请人提交的行政复议申请64件，审结60件。",
    # 90 ≥ 90
    "全年登记机关共收到社会组织登记和注销申请90件，受理登记和注销申请90件。",
    # 35 ≥ 35
    "全年收到出版物经营许可、变更申请35件，受理许可、变更申请35件。",
]


CARRIED_FIRST_MISSES = [
    # 7 + 61 = 68 ≠ 63 + 4 = 67
    "2022年度结转至本年度的行政复议案件7件。本年度新收行政复议申请61件，全年审结63件，尚有4件在审理中。",
    # 12 + 140 = 152 ≠ 145 + 9 = 154
    "上年结转行政诉讼案件12件。本年新收行政诉讼案件140件，审结145件，未结9件。",
    # 5 + 38 = 43 ≠ 40 + 2 = 42
    "上年度结转信访复查案件5件。本年新收信访复查申请38件，办结40件，正在办理2件。",
    # 3 + 27 = 30 ≠ 26 + 3 = 29
    "旧存劳动仲裁案件3件。今年新收劳动仲裁案件27件，结案26件，尚未审结3件。",
    # 9 + 101 = 110 ≠ 104 + 7 = 111
    "上年结转行政处罚案件9件。本年新收行政处罚案件101件，审结104件，未结7件。",
    # 4 + 55 = 59 ≠ 52 + 6 = 58
    "上年结转医疗纠纷调解案件4件。本年新收医疗纠纷调解案件55件，办结52件，在办6件。",
    # 15 + 230 = 245 ≠ 236 + 11 = 247
    "上年结转政府信息公开申请15件。本年新收政府信息公开申请230件，办结236件，结转下年11件。",
    # 2 + 19 = 21 ≠ 18 + 2 = 20
    "上年结转复核案件2件。本年新收复核案件19件，审结18件，尚未审结2件。",
]

CARRIED_FIRST_TRAPS = [
    # 7 + 61 = 68 = 64 + 4
    "2022年度结转至本年度的行政复议案件7件。本年度新收行政复议申请61件，全年审结64件，尚有4件在审理中。",
    # 12 + 140 = 152 = 143 + 9
    "上年结转行政诉讼案件12件。本年新收行政诉讼案件140件，审结143件，未结9件。",
    # the carried figure is of another thing (经费, 万元): no stock; 61 = 56 + 5
    "上年结转专项经费12万元。本年新收行政复议申请61件，审结56件，尚有5件在审理中。",
    # two sentences apart: 上年结转 is not read with the third sentence's stock (61 = 57 + 4)
    "上年结转行政复议案件7件。全年召开案审会12次。本年新收行政复议申请61件，审结57件，尚有4件在审理中。",
    # 3 + 27 = 30 = 27 + 3
    "旧存劳动仲裁案件3件。今年新收劳动仲裁案件27件，结案27件，尚未审结3件。",
    # another kind of thing carried in (信访件 against 行政处罚案件): 101 = 94 + 7
    "上年结转信访件9件。本年新收行政处罚案件101件，审结94件，未结7件。",
    # 4 + 55 = 59 = 53 + 6
    "上年结转医疗纠纷调解案件4件。本年新收医疗纠纷调解案件55件，办结53件，在办6件。",
    # 15 + 230 = 245 = 234 + 11
    "上年结转政府信息公开申请15件。本年新收政府信息公开申请230件，办结234件，结转下年11件。",
]


@pytest.mark.parametrize(
    "text",
    CHAIN_MISSES
    + NONE_LEFT_MISSES
    + RECEIVED_MISSES
    + NAMED_OUTCOME_MISSES
    + NOUN_HEAD_MISSES
    + CARRIED_FIRST_MISSES,
)
def test_more_out_than_in_is_found(text: str) -> None:
    assert _any(text, codes=CODES)


@pytest.mark.parametrize(
    "text",
    CHAIN_TRAPS
    + NONE_LEFT_TRAPS
    + RECEIVED_TRAPS
    + NAMED_OUTCOME_TRAPS
    + NOUN_HEAD_TRAPS
    + CARRIED_FIRST_TRAPS,
)
def test_flows_that_fit_stay_silent(text: str) -> None:
    assert not _any(text, codes=CODES)


def test_a_noun_of_who_acts_is_no_accepted_figure() -> None:
    # 接收 3050 = 即时答复 720 + 转办 2330; 办结 3018 + 其余 32 = 3050: 转办至承办单位 2330 is no
    # accepted figure that 办结 3018 + 32 would exceed (the 其中 list's reading is partition's)
    text = (
        "全年共接收工单3050件，其中即时答复720件，转办至承办单位2330件，"
        "全年工单共办结3018件，其余32件正在办理。"
    )
    assert not [m for _, m in _any(text, codes=CODES) if "承办" in m]
