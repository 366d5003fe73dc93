"""A list is an error only when no split the sentence allows fits (issue 9, session 13,
s13-part; relations/partition.py ``other_splits``, ``_distribution``; quantities.py, a
bracketed remark before a number).

1. Other splits: a list that does not fit its whole is consistent when the segment after a
   ；/。 makes the whole exactly (the part before it a partial split by another dimension),
   when the parts other than those of a part of the year or a narrower scope make it, or when
   a last 其余/另有 is the rest of the whole's parent (the parts before it make the whole). A
   list whose readings all miss stays an error.
2. 「未办结（正在办理中）55件」: the number is named by the words before the bracket, so a
   complete pair (办结/未办结) is seen.
3. Shares after a dimension clause that classes (按…分; not 从…看), three or more each with its own 占 and
   nothing left open, are a distribution listed in full: below 100% a warning, above an error.
4. A segment of such a list that is a split complete by nature (a pair and its negation,
   线上/线下, 男/女) must add up to the whole even where a shorter reading leaves the list
   partial (``Group.whole_segments``).

Every sentence is written for these tests; the arithmetic of each is in the comment above it."""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions


def _found(text: str, codes: tuple[str, ...] = ("N101", "N102")) -> list[str]:
    return [
        f"{r.code} {r.message}"
        for r in contradictions(analyze_text(text, 2024))
        if r.severity is not None and r.code in codes
    ]


SPLIT_WRONG = [
    # 其余 closes the split of 受理: 62 + 18 + 58 = 138 != 150 (62 + 18 = 80 makes no figure)
    "全年受理行政复议申请150件，其中维持决定62件、撤销18件；其余58件尚在审理中。",
    # 40 + 9 + 14 + 11 = 74 > 71; before ； 49, after it 25: neither makes 71
    "全年审结行政复议案件71件，其中维持40件、撤销9件；驳回复议申请14件，终止审理11件。",
    # 38 + 7 + 6 + 4 = 55 = 审结, but 55 + 8 = 63 != 62 受理: the parent reading misses too
    "全年受理行政复议案件62件，审结55件，其中维持38件、撤销7件、驳回6件、终止4件，其余8件在法定期限内。",
    # 其余 of 审结: 30 + 9 + 6 + 5 = 50 != 52; 45 != 52, so no rest of 受理 either
    "全年受理行政复议案件60件，审结52件，其中维持30件、撤销9件、驳回复议申请6件，其余5件正在审理。",
    # one enumeration whose items ； parts (no cut stronger than the rest): 4 x 12 = 48 > 24
    "全年办理法律咨询24件，其中婚姻类12件；继承类12件；劳动类12件；合同类12件。",
    # 现场/非现场 complete after ；: 468 + 47 = 515 != 520
    "全年开展行政执法检查520次，其中双随机抽查213次、专项检查177次；现场检查468次，非现场检查47次。",
    # 上半年 a time split; 198 + 301 + 25 = 524 > 512 still
    "全年办理法律援助案件512件，其中上半年230件，刑事案件198件、民事案件301件、行政案件25件。",
    # 本级 a narrower scope; 19 + 30 = 49 > 46 still
    "全年新制定行政规范性文件46件，其中本级制定21件；政府文件19件，部门文件30件。",
    # 举行/撤回 after ；: 24 + 9 = 33 > 31, with the quarter 41 > 31
    "全年受理行政处罚听证申请31件，其中第一季度8件；举行听证24件，当事人撤回申请9件。",
]

SPLIT_FINE = [
    # 21 + 4 + 2 + 5 + 1 = 33 = 审结; 其余 of 受理: 33 + 5 = 38
    "全年受理行政复议案件38件，审结33件，其中维持21件、撤销4件、确认违法2件、驳回申请5件、终止1件，其余5件在审理期限内。",
    # 7 + 6 + 3 = 16 = 办结; 另有 of 受理: 16 + 3 = 19
    "全年受理行政赔偿申请19件，办结16件，其中决定赔偿7件、不予赔偿6件、终止审查3件，另有3件正在审查。",
    # the quarter 7 apart; 13 + 5 = 18
    "全年受理行政处罚听证申请18件，其中第四季度7件；举行听证13件，当事人撤回申请5件。",
    # after ；: 571 + 41 = 612; before it 205 + 133 = 338 <= 612
    "全年开展执法检查612次，其中联合检查205次、专项检查133次；现场检查571次，非现场检查41次。",
    # 下半年 apart; 226 + 503 + 15 = 744
    "全年办理法律援助案件744件，其中下半年381件，刑事案件226件，民事案件503件，行政案件15件。",
    # quarters 96 + 104 = 200 <= 410; 188 + 222 = 410
    "全年办理涉企行政检查事项410件，其中第一季度96件、第二季度104件；城区188件、乡镇222件。",
    # 本级 apart; 61 + 27 + 8 = 96
    "全年收到政府信息公开申请96件，其中本级收到41件；予以公开61件，部分公开27件，不予公开8件。",
    # 上半年 apart; 271 + 15 = 286
    "全年调处矛盾纠纷286件，其中上半年131件；调解成功271件，调解不成功15件。",
]


@pytest.mark.parametrize("text", SPLIT_WRONG)
def test_no_split_fits_stays_an_error(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", SPLIT_FINE)
def test_another_split_fits(text: str) -> None:
    assert not _found(text)


REMARK_WRONG = [
    # 6377 + 53 = 6430 != 6420
    "全年承办12345热线工单6420件，截至年底已办结6377件，未办结（正在办理）53件。",
    # 79 + 11 = 90 != 88
    "全年受理行政复议申请88件，已审结79件，未审结（在法定期限内）11件。",
    # 1290 + 35 = 1325 != 1315
    "全年共收到群众投诉举报1315件，已办结1290件，未办结（正在核查）35件。",
    # 2098 + 68 = 2166 != 2160
    "全年受理行政许可申请2160件，已办结2098件，未办结（在法定期限内）68件。",
    # 3021 + 46 = 3067 != 3076 (under: a complete pair)
    "全年受理政务服务事项3076件，已办结3021件，未办结（需补正材料）46件。",
    # 512 + 29 = 541 != 514
    "全年受理市场主体投诉514件，已办结512件，未办结（已转交相关部门）29件。",
    # 866 + 47 = 913 != 903
    "全年受理行政执法案件903件，已办结866件，未办结（处于调查阶段）47件。",
    # 140 + 12 = 152 != 150
    "全年受理政府信息公开申请150件，已办结140件，未办结（延期答复）12件。",
]

REMARK_FINE = [
    # 6367 + 53 = 6420
    "全年承办12345热线工单6420件，截至年底已办结6367件，未办结（正在办理）53件。",
    # 77 + 11 = 88
    "全年受理行政复议申请88件，已审结77件，未审结（在法定期限内）11件。",
    # 1280 + 35 = 1315
    "全年共收到群众投诉举报1315件，已办结1280件，未办结（正在核查）35件。",
    # 2092 + 68 = 2160
    "全年受理行政许可申请2160件，已办结2092件，未办结（在法定期限内）68件。",
    # 3030 + 46 = 3076
    "全年受理政务服务事项3076件，已办结3030件，未办结（需补正材料）46件。",
    # 74 villages, 74 with advisers
    "全县共有行政村（社区）74个，已配备法律顾问74个。",
    # 398 <= 426: a partial 其中
    "全区共有执法人员（含辅助人员）426名，其中持证执法人员398名。",
    # 138 + 12 = 150
    "全年受理政府信息公开申请150件，已办结138件，未办结（延期答复）12件。",
]


@pytest.mark.parametrize("text", REMARK_WRONG)
def test_pair_after_remark_found(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", REMARK_FINE)
def test_pair_after_remark_fits(text: str) -> None:
    assert not _found(text)


SHARES_WRONG = [
    # 46.5 + 31.2 + 18.1 = 95.8
    "全年受理法律援助申请1832件，按申请渠道分，窗口申请占46.5%、网上申请占31.2%、电话预约占18.1%。",
    # 28.3 + 24.6 + 39.4 + 4.2 = 96.5
    "全年受理热线诉求9420件，按诉求类型分，咨询类占28.3%、求助类占24.6%、投诉类占39.4%、建议类占4.2%。",
    # 42.7 + 38.4 + 21.5 = 102.6
    "全年办理群众诉求5316件，按办理层级分，区级办理占42.7%、街道办理占38.4%、社区办理占21.5%。",
    # 63.8 + 27.1 + 6.9 = 97.8
    "全年受理不动产登记申请2.4万件，按受理方式分，线上受理占63.8%、窗口受理占27.1%、自助终端受理占6.9%。",
    # 71.4 + 19.8 + 6.3 = 97.5
    "全年办理行政复议案件126件，按申请人类型分，自然人占71.4%、法人占19.8%、其他组织占6.3%。",
    # 33.6 + 21.3 + 29.5 + 18.7 = 103.1
    "全年作出行政处罚决定1870件，按执法领域分，市场监管占33.6%、生态环境占21.3%、城市管理占29.5%、交通运输占18.7%。",
    # 12.6 + 21.9 + 58.3 + 5.1 = 97.9
    "全年登记信访事项2240件次，按反映方式分，来信占12.6%、来访占21.9%、网上信访占58.3%、电话反映占5.1%。",
    # 52.4 + 25.1 + 19.6 = 97.1
    "全年调解矛盾纠纷1206件，按调解方式分，现场调解占52.4%、电话调解占25.1%、视频调解占19.6%。",
]

SHARES_FINE = [
    # 49.8 + 31.2 + 19.0 = 100.0
    "全年受理法律援助申请1832件，按申请渠道分，窗口申请占49.8%、网上申请占31.2%、电话预约占19.0%。",
    # 28.3 + 24.6 + 42.9 + 4.2 = 100.0
    "全年受理热线诉求9420件，按诉求类型分，咨询类占28.3%、求助类占24.6%、投诉类占42.9%、建议类占4.2%。",
    # 42.7 + 38.4 + 18.8 = 99.9 (rounding)
    "全年办理群众诉求5316件，按办理层级分，区级办理占42.7%、街道办理占38.4%、社区办理占18.8%。",
    # 等 leaves the list open: 34.2 + 27.9 = 62.1 is fine
    "全年调处矛盾纠纷652件，按纠纷类型分，婚姻家庭纠纷占34.2%、邻里纠纷占27.9%等。",
    # 主要 leaves it open: 34.2 + 27.9 + 16.4 = 78.5
    "全年调处矛盾纠纷652件，按纠纷类型分，主要为婚姻家庭纠纷占34.2%、邻里纠纷占27.9%、合同纠纷占16.4%。",
    # two classes may be the largest only: 41.3 + 36.2 = 77.5
    "全年调处矛盾纠纷652件，按纠纷类型分，婚姻家庭纠纷占41.3%、邻里纠纷占36.2%。",
    # 从…看 may single out the main classes: 46.5 + 31.2 + 18.1 = 95.8
    "全年受理法律援助申请1832件，从申请渠道看，窗口申请占46.5%、网上申请占31.2%、电话预约占18.1%。",
    # 71.4 + 20.3 + 8.3 = 100.0
    "全年办理行政复议案件126件，按申请人类型分，自然人占71.4%、法人占20.3%、其他组织占8.3%。",
    # 12.6 + 21.9 + 60.4 + 5.2 = 100.1 (rounding)
    "全年登记信访事项2240件次，从反映方式看，来信占12.6%、来访占21.9%、网上信访占60.4%、电话反映占5.2%。",
]


@pytest.mark.parametrize("text", SHARES_WRONG)
def test_announced_distribution_found(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", SHARES_FINE)
def test_announced_distribution_fits(text: str) -> None:
    assert not _found(text)


SEGMENT_WRONG = [
    # 上半年 apart; 通过/不予通过 a complete pair: 58 + 7 = 65 != 64
    "全年审查行政规范性文件64件，其中上半年审查29件；经审查，予以通过58件，不予通过7件。",
    # 线上/线下: 846 + 421 = 1267 != 1260
    "全年办理行政许可事项1260件，其中第一季度298件；线上办理846件，线下办理421件。",
    # 简易/普通程序: 98 + 310 = 408 != 415
    "全年作出行政处罚决定415件，其中本级作出162件；适用简易程序的98件，适用普通程序的310件。",
    # 调解成功/不成功: 506 + 31 = 537 != 530
    "全年调解矛盾纠纷530件，其中下半年271件；调解成功506件，调解不成功31件。",
    # 男/女: 241 + 139 = 380 != 386
    "全年培训执法人员386名，其中上半年培训172名；男性241名，女性139名。",
    # 一审/二审: 83 + 15 = 98 != 96
    "全年新收行政诉讼案件96件，其中上半年41件；一审案件83件，二审案件15件。",
    # 涉企/非涉企: 28 + 47 = 75 != 73
    "全年办理行政复议案件73件，其中本级办理30件；涉企案件28件，非涉企案件47件。",
    # 现场/非现场: 597 + 51 = 648 != 640
    "全年开展执法检查640次，其中第三季度188次；现场检查597次，非现场检查51次。",
]

SEGMENT_FINE = [
    # 57 + 7 = 64
    "全年审查行政规范性文件64件，其中上半年审查29件；经审查，予以通过57件，不予通过7件。",
    # 839 + 421 = 1260
    "全年办理行政许可事项1260件，其中第一季度298件；线上办理839件，线下办理421件。",
    # 105 + 310 = 415
    "全年作出行政处罚决定415件，其中本级作出162件；适用简易程序的105件，适用普通程序的310件。",
    # 499 + 31 = 530
    "全年调解矛盾纠纷530件，其中下半年271件；调解成功499件，调解不成功31件。",
    # 247 + 139 = 386
    "全年培训执法人员386名，其中上半年培训172名；男性247名，女性139名。",
    # 81 + 15 = 96
    "全年新收行政诉讼案件96件，其中上半年41件；一审案件81件，二审案件15件。",
    # 26 + 47 = 73
    "全年办理行政复议案件73件，其中本级办理30件；涉企案件26件，非涉企案件47件。",
    # 589 + 51 = 640
    "全年开展执法检查640次，其中第三季度188次；现场检查589次，非现场检查51次。",
]


@pytest.mark.parametrize("text", SEGMENT_WRONG)
def test_complete_segment_must_fit(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize("text", SEGMENT_FINE)
def test_complete_segment_fits(text: str) -> None:
    assert not _found(text)


def test_segments_of_one_dimension_are_one_split() -> None:
    # 维持/撤销/驳回 are decisions of one split: 5 + 30 + 28 = 63 > 58, though 30 + 28 = 58
    assert _found("全年审结行政复议案件58件，其中维持5件；撤销30件、驳回复议申请28件。")
