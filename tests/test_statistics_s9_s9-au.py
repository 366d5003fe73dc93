"""Announced counts, time and visits, session 9 (s9-au): general structures behind misses of
sets 14 and 17.

* 对 is a measure word of couples (「办理婚姻登记2714对」); after a figure with no unit it is
  a preposition or a word of its own (一对一, 对象, 对接…: numbers.toml ``units.not-before``).
* A body right after 对 or 向 is the object or the addressee of the work, not the body that
  counts it: 「上半年共对区政府重大行政决策…开展合法性审核186件」 counts what 「全年，区司法局
  共对区政府重大行政决策…开展合法性审核172件」 counts (relations/common.py
  ``_BODY_OPENING_RE``).
* A next paragraph that opens with a short lead naming the counted noun's head and a colon
  (「专项整治的重点：一是…」) lists what 「开展六个方面的专项整治」 counted (a warning).
* A count of measures (举措, 措施, 方面: ``summary-heads``) whose paragraph's other figures
  only follow it in its sentence (「推出六项举措，全年惠及4.3万户次。」) is listed by the
  一是… of the next paragraph (a warning); headings (一、 （一）) may be an outline of more.
* 「上述专项行动，即A、B…」: a comma may stand between the pointing lead and its opener.
* Visits (人次) above ``magnitude.visits-per-resident`` (12) times a population stated in an
  earlier paragraph under the same heading (a warning), with the exemptions of the
  paragraph-level bound (online reach, 辐射周边, years, another area).

Every sentence is written for these tests (bodies, nouns and numbers varied; none taken from
a statistics set). Verdicts worked out by hand:

* 对: 1290 < 1320; 398 < 412; 752 < 786; 88 < 96; 1,987 < 2,031; 455 < 460; 三百一十 <
  三百二十; 640 < 655: N302. Silent: 3614 ≥ 2714; 一对一 (no figure); 1046 ≥ 520; 12对 (a part of 86对)
  in the half year; other units; a part of another year (上年全年); 1对1; 180 ≥ 150.
* object bodies: 80 < 86 (向阳街道, a name); 41 < 46; 21 < 23; 15 < 17; 52 < 58; 12 < 14; 88 < 93; 60 < 64; 31 < 35: N302.
  Silent: 92 ≥ 86; 51 ≥ 46; a whole of one body against the area's part (全区 … 区应急局); 52 ≥ 46;
  another body (东城/西城); 31 ≥ 24; a whole of another year (去年全年); 60 ≥ 58; 39 ≥ 35.
* lead and colon: items counted 3 ≠ 4; 4 ≠ 5; 4 ≠ 3; 5 ≠ 6; 4 ≠ 3; 3 ≠ 2; 4 ≠ 3; 2 ≠ 5.
  Silent: 3 = 3; a lead naming another thing; 主要包括 (examples); 5 = 5; a lead naming another noun (案件查处);
  another sentence after the count; a lead over twelve characters; 2 = 2.
* effect only: 4 ≠ 5; 3 ≠ 4; 4 ≠ 3; 6 ≠ 7; 5 ≠ 6; 3 ≠ 2; 7 ≠ 8; 3 ≠ 4. Silent: 4 = 4; a figure
  before the count; headings 一、; a count of 制度 (not measures) with items naming none;
  another sentence after it; another count after it; 4 = 4; a paragraph between.
* 上述X，即: 3 or 2 ≠ 4; 7 or 6 ≠ 5; 3 or 2 ≠ 6; 5 or 4 ≠ 3; 5 or 4 ≠ 8; 6 or 5 ≠ 4; 3 ≠ 2
  (titles); 4 or 3 ≠ 5. Silent: 3 fits; no opener; a lead of another noun; 2 + 等 ≤ 3; 4 or 3
  fits 4; 8 or 7 fits 8; no pointing word; 即日起.
* visits: 56万 > 12 × 3.55万 = 42.6万; 30万 > 25.2万; 12万 > 10.32万; 70万 > 62.4万 (5.2万);
  200万 > 150万 (约12万: at most 12.5万); 10万 > 8.16万; 2万 > 1.44万; 60万 > 49.2万: N206
  (warning). Silent: 36万 ≤ 42.6万; online (阅读); another area (全区); 近三年; a heading
  between; 份 (not visits); 辐射周边; 20万 ≤ 25.2万.
"""

from __future__ import annotations

import pytest

from fazhi_lint.analysis.relations import analyze_text, contradictions
from fazhi_lint.model import Severity


def _found(text: str, code: str, year: int = 2024) -> list[Severity]:
    return [
        r.severity
        for r in contradictions(analyze_text(text, year))
        if r.code == code and r.severity is not None
    ]


# --- 对, the measure of couples ------------------------------------------------------------

COUPLES_WRONG = [
    "1至6月全县办理结婚登记1320对。\n全年共办理结婚登记1290对。",
    "前三季度区民政局办理离婚登记412对，全年区民政局办理离婚登记398对。",
    "上半年共为新人颁发结婚证786对。\n全年累计颁发结婚证752对，颁证仪式实现常态化。",
    "上半年婚姻登记处受理补领结婚证申请96对，全年受理补领结婚证申请88对。",
    "截至9月底，全区已办理婚姻登记2,031对。\n全年共办理婚姻登记1,987对，登记合格率100%。",
    "1至9月完成婚姻家庭辅导460对，全年完成婚姻家庭辅导455对。",
    "前10个月全镇办理婚姻登记三百二十对，全年办理婚姻登记三百一十对。",
    "上半年开展婚前辅导655对。\n全年共开展婚前辅导640对，辅导满意率98%。",
]

COUPLES_RIGHT = [
    "1至9月全区共办理婚姻登记2714对。\n全年累计办理婚姻登记3614对。",
    "开展一对一帮扶，全年结对帮扶困难家庭126户，上半年结对帮扶困难家庭80户。",
    "上半年办理结婚登记520对，全年办理结婚登记1046对。",
    "上半年办理婚姻登记86对，对其中12对开展婚前辅导；全年办理婚姻登记172对。",
    "上半年为62对新人举办集体颁证仪式，全年举办集体颁证仪式3场。",
    "上年全年办理婚姻登记2600对，1至9月已办理婚姻登记2714对。",
    "推行1对1帮办服务，上半年帮办企业开办手续150件，全年帮办企业开办手续180件。",
    "1至9月开展婚前辅导150对，全年共开展婚前辅导180对。",
]


@pytest.mark.parametrize("text", COUPLES_WRONG)
def test_couples_counted_by_dui_against_a_part_of_the_year(text: str) -> None:
    assert _found(text, "N302"), text


@pytest.mark.parametrize("text", COUPLES_RIGHT)
def test_couples_that_fit_and_dui_that_is_no_measure(text: str) -> None:
    assert _found(text, "N302") == [], text


# --- a body after 对 or 向 is the object, not the counting body -------------------------

OBJECT_WRONG = [
    "上半年向阳街道共受理调解申请86件。\n全年，向阳街道共受理调解申请80件。",
    "上半年共对镇政府规范性文件开展合法性审查46件。\n全年，镇司法办公室共对镇政府规范性文件"
    "开展合法性审查41件。",
    "1至6月共向区法院移送涉嫌犯罪案件23件。\n全年，区市场监管局共向区法院移送涉嫌犯罪案件21件。",
    "前三季度共对街道办事处重大决策开展风险评估17项。\n全年，区司法局共对街道办事处重大决策"
    "开展风险评估15项。",
    "上半年共对县政府行政协议进行合法性审查58份，全年县司法局共对县政府行政协议进行合法性审查52份。",
    "1至6月共向区检察院移交公益诉讼线索14条。\n全年区自然资源局共向区检察院移交公益诉讼线索12条。",
    "上半年共对区政府拟出台文件提出法律意见93条。\n全年，区法律服务中心共对区政府拟出台文件提出"
    "法律意见88条。",
    "1至9月共对镇政府所属单位开展执法检查64次。\n全年镇综合执法大队共对镇政府所属单位开展执法检查60次。",
    "前三季度共向市信访局报送信访信息35期。\n全年，区信访局共向市信访局报送信访信息31期。",
]

OBJECT_RIGHT = [
    # 向阳街道 is a name, not 向 and an addressee
    "上半年向阳街道共受理调解申请86件。\n全年，向阳街道共受理调解申请92件。",
    "上半年共对镇政府规范性文件开展合法性审查46件。\n全年，镇司法所共对镇政府规范性文件开展"
    "合法性审查51件。",
    "上半年全区共对企业开展安全检查300次。\n全年区应急局共对企业开展安全检查280次。",
    "上半年区司法局对区政府重大决策开展合法性审查46件。\n全年，区司法局对区政府重大决策开展"
    "合法性审查52件。",
    "上半年东城街道共对辖区企业开展检查86次。\n全年，西城街道共对辖区企业开展检查80次。",
    "1至9月共对区政府部门开展执法监督检查24次，全年共对区政府部门开展执法监督检查31次。",
    "上半年共向区法院移送案件23件。\n去年全年区市场监管局共向区法院移送案件21件。",
    "上半年共对县政府行政协议进行合法性审查58份，全年县司法局共对县政府行政协议进行合法性审查60份。",
    "前三季度共向市信访局报送信访信息35期。\n全年，区信访局共向市信访局报送信访信息39期。",
]


@pytest.mark.parametrize("text", OBJECT_WRONG)
def test_a_body_after_dui_is_the_object_of_the_work(text: str) -> None:
    assert _found(text, "N302"), text


@pytest.mark.parametrize("text", OBJECT_RIGHT)
def test_object_bodies_that_fit_or_count_other_things(text: str) -> None:
    assert _found(text, "N302") == [], text


# --- a lead naming the counted noun, a colon, then the enumeration ---------------------------

LEAD_WRONG = [
    "区城管局开展四个方面的专项治理，全年拆除违法建设1.2万平方米。\n专项治理的重点：一是治理占道"
    "经营；二是治理户外广告；三是治理渣土运输。",
    "组织开展五项专项行动。\n专项行动的安排：一是开展食品安全行动；二是开展药品安全行动；三是开展"
    "特种设备行动；四是开展价格监督行动。",
    "年内建立三项协作机制，化解劳动争议案件230件。\n协作机制的内容：一是建立信息共享机制；二是"
    "建立联合调解机制；三是建立案件移送机制；四是建立会商研判机制。",
    "开展六个方面的法治宣传。\n法治宣传的重点：（一）宪法宣传；（二）民法典宣传；（三）安全生产法"
    "宣传；（四）禁毒宣传；（五）反诈宣传。",
    "区卫健委推进三个方面的改革，全年办理许可事项4,260件。\n改革的重点：一是推行告知承诺制；二是"
    "推行一网通办；三是推行跨省通办；四是推行证照分离。",
    "实施两项重点工程。\n重点工程的任务：一是建设法治文化公园；二是建设法治广场；三是建设普法长廊。",
    "开展三类专项督查。\n专项督查的内容：一是督查执法公示；二是督查执法全过程记录；三是督查法制"
    "审核；四是督查执法案卷。",
    "2024年，县林业局开展五个方面的专项整治，查处案件42起。\n专项整治的重点：一是整治乱砍滥伐；"
    "二是整治非法占用林地。",
]

LEAD_RIGHT = [
    "区城管局开展三个方面的专项治理，全年拆除违法建设1.2万平方米。\n专项治理的重点：一是治理占道"
    "经营；二是治理户外广告；三是治理渣土运输。",
    "区城管局开展四个方面的专项治理，全年拆除违法建设1.2万平方米。\n执法队伍建设的重点：一是强化"
    "培训；二是规范着装；三是严格考核。",
    "推出四项便民措施。\n便民措施主要包括：一是延时服务；二是预约服务。",
    "组织开展五项专项行动。\n专项行动的安排：一是开展食品安全行动；二是开展药品安全行动；三是开展"
    "特种设备行动；四是开展价格监督行动；五是开展燃气安全行动。",
    "开展四个方面的专项治理，查处案件36件。\n案件查处的重点：一是查处占道经营；二是查处户外广告；"
    "三是查处渣土运输。",
    "开展四个方面的专项治理。治理成效明显。\n专项治理的重点：一是治理占道经营；二是治理户外广告；"
    "三是治理渣土运输。",
    "开展四个方面的专项治理。\n在区委区政府的坚强领导下专项治理的重点：一是治理占道经营；二是治理"
    "户外广告；三是治理渣土运输。",
    "实施两项重点工程。\n重点工程的任务：一是建设法治文化公园；二是建设普法长廊。",
]


@pytest.mark.parametrize("text", LEAD_WRONG)
def test_a_lead_naming_the_counted_noun_then_fewer_or_more_items(text: str) -> None:
    assert _found(text, "N203") == [Severity.WARNING], text


@pytest.mark.parametrize("text", LEAD_RIGHT)
def test_leads_that_fit_name_other_things_or_give_examples(text: str) -> None:
    assert _found(text, "N203") == [], text


# --- a count of measures whose paragraph's other figures tell what they achieved -------------

EFFECT_WRONG = [
    "推出五项便企举措，全年为企业减负3.2亿元。\n一是压缩审批时限；二是取消证明材料；三是推行容缺"
    "受理；四是开展上门服务。",
    "2024年，区人社局出台四项稳岗措施，惠及企业1,860家。\n一是发放稳岗返还；二是开展以工代训；"
    "三是提供用工指导。",
    "落实三项减负措施，惠及群众5.6万人次。\n一是减免证照工本费；二是免收公证费；三是压减鉴定费；"
    "四是取消查档费。",
    "推出七项服务举措，办理业务2.4万件。\n一是开设绿色通道；二是推行首问负责；三是实行限时办结；"
    "四是推行一次告知；五是开展预约服务；六是提供延时服务。",
    "推行六项监管措施，覆盖市场主体3,200户。\n第一，推行信用分级；第二，实施双随机抽查；第三，"
    "开展联合检查；第四，推行包容审慎监管；第五，强化信用修复。",
    "聚焦群众办事难点推出两项便民举措，累计服务群众860人次。\n一是开通夜间窗口；二是设立帮办代办"
    "岗；三是推行周末预约。",
    "实施八项惠企措施，兑现资金1.2亿元。\n一是减免房租；二是降低电价；三是缓缴社保；四是贷款贴息；"
    "五是稳岗返还；六是技改补助；七是研发奖励。",
    "区税务局推出四项办税举措，全年惠及纳税人2.1万户次。\n其一，推行容缺办理；其二，推行预约办税；"
    "其三，推行智能导办。",
]

EFFECT_RIGHT = [
    "推出四项便企举措，全年为企业减负3.2亿元。\n一是压缩审批时限；二是取消证明材料；三是推行容缺"
    "受理；四是开展上门服务。",
    "全年为企业减负3.2亿元，推出五项便企举措，惠及企业860家。\n一是压缩审批时限；二是取消证明材料；三是推行容缺"
    "受理；四是开展上门服务。",
    "推出五项便企举措，全年为企业减负3.2亿元。\n一、压缩审批时限。\n二、取消证明材料。\n三、推行"
    "容缺受理。\n四、开展上门服务。",
    "建立五项工作制度，全年办理案件320件。\n一是加强领导；二是强化督查；三是严格考核；四是注重宣传。",
    "推出五项便企举措。全年为企业减负3.2亿元。\n一是压缩审批时限；二是取消证明材料；三是推行容缺"
    "受理；四是开展上门服务。",
    "推出五项便企举措，开展三次专项督查，全年为企业减负3.2亿元。\n一是压缩审批时限；二是取消证明"
    "材料；三是推行容缺受理；四是开展上门服务。",
    "2024年，区人社局出台四项稳岗措施，惠及企业1,860家。\n一是发放稳岗返还；二是开展以工代训；"
    "三是提供用工指导；四是落实社保补贴。",
    "推出五项便企举措，全年为企业减负3.2亿元。\n各部门高度重视，成立了工作专班。\n一是压缩审批"
    "时限；二是取消证明材料；三是推行容缺受理；四是开展上门服务。",
]


@pytest.mark.parametrize("text", EFFECT_WRONG)
def test_measures_whose_effect_follows_then_an_enumeration_that_differs(text: str) -> None:
    assert _found(text, "N203") == [Severity.WARNING], text


@pytest.mark.parametrize("text", EFFECT_RIGHT)
def test_measures_that_fit_or_whose_paragraph_may_mean_more(text: str) -> None:
    assert _found(text, "N203") == [], text


# --- 上述X，即… ------------------------------------------------------------------------------

BACK_WRONG = [
    "全年开展了4次联合执法行动，查处违法案件58件。\n上述联合执法行动，即春季行动、夏季行动和秋季"
    "行动，共出动执法人员620人次。",
    "区司法局新建了5个调解工作室。\n上述调解工作室，分别是：东城工作室、西城工作室、南城工作室、"
    "北城工作室、中心工作室、园区工作室和新区工作室。",
    "制定了六项工作制度，全部印发实施。上述制度，即首问负责制度、限时办结制度和责任追究制度。",
    "组建了3支执法队伍。\n这些执法队伍，分别是城管执法队、市场执法队、交通执法队、农业执法队和"
    "文化执法队。",
    "开展了八次专项检查，发现隐患210处。\n上述专项检查，即消防检查、燃气检查、电梯检查、危化品"
    "检查和建筑工地检查。",
    "建成4个法治文化阵地。\n以上阵地，分别为：法治公园、法治广场、法治长廊、法治书屋、法治讲堂"
    "和法治驿站。",
    "出台了2项配套办法。上述办法，即《公示办法》、《记录办法》、《审核办法》。",
    "全年举办了5期业务培训班。\n上述培训班，依次为执法培训班、复议培训班、调解培训班和普法培训班。",
]

BACK_RIGHT = [
    "全年开展了3次联合执法行动，查处违法案件58件。\n上述联合执法行动，即春季行动、夏季行动和秋季"
    "行动，共出动执法人员620人次。",
    "全年开展了4次联合执法行动。\n上述联合执法行动，共出动执法人员620人次，查处案件58件。",
    "全年开展了4次联合执法行动。\n上述案件，即违法建设案件、占道经营案件和噪声扰民案件。",
    "全年开展了4次联合执法行动。\n上述联合执法行动，即日起纳入常态化管理。",
    "组建了3支执法队伍。\n这些执法队伍，分别是城管执法队、市场执法队等。",
    "建成4个法治文化阵地。\n以上阵地，分别为：法治公园、法治广场、法治长廊和法治书屋。",
    "开展了八次专项检查。\n上述专项检查，即消防、燃气、电梯、危化品、建筑工地、校园、医院和商场"
    "检查。",
    "开展了八次专项检查。\n专项检查，即消防检查、燃气检查和电梯检查。",
]


@pytest.mark.parametrize("text", BACK_WRONG)
def test_a_pointing_lead_with_a_comma_before_its_list(text: str) -> None:
    assert _found(text, "N203") == [Severity.WARNING], text


@pytest.mark.parametrize("text", BACK_RIGHT)
def test_pointing_leads_that_fit_or_open_no_list(text: str) -> None:
    assert _found(text, "N203") == [], text


# --- visits against a population stated in an earlier paragraph ----------------------------

VISITS_WRONG = [
    "东湖街道常住人口约3.5万人，下辖8个社区。\n全年开展法治讲座120场，受众达56万人次。",
    "全镇户籍人口2.1万人。\n镇司法所全年开展送法下乡活动86场，参与群众30万人次。",
    "该乡总人口8600人。\n乡综治中心全年开展矛盾纠纷排查，走访群众12万人次。",
    "本街道常住人口5.2万人，面积4.3平方公里。\n街道组织居民参加法治文艺演出，观众达70万人次。",
    "全县常住人口约12万人。\n全年县法律援助中心接待来访群众200万人次。",
    "本社区常住人口6,800人。\n社区建成法治文化长廊一处。\n全年开展普法活动42场，受众达10万人次。",
    "全村常住人口一千二百人。\n村里全年组织法治电影放映，观众达2万人次。",
    "新城街道辖区常住人口4.1万人、1.5万户。\n全年开展入户普法宣传，受教育群众达60万人次。",
]

VISITS_RIGHT = [
    "东湖街道常住人口约3.5万人，下辖8个社区。\n全年开展法治讲座120场，受众达36万人次。",
    "东湖街道常住人口约3.5万人。\n依托微信公众号开展线上普法，阅读量达56万人次。",
    "东湖街道常住人口约3.5万人。\n全区开展法治讲座1200场，受众达56万人次。",
    "东湖街道常住人口约3.5万人。\n近三年来开展法治讲座360场，受众达56万人次。",
    "东湖街道常住人口约3.5万人。\n二、加强法治宣传\n全年开展法治讲座120场，受众达56万人次。",
    "东湖街道常住人口约3.5万人。\n全年开展法治讲座120场，发放资料56万份。",
    "东湖街道常住人口约3.5万人。\n辐射周边地区开展法治讲座，受众达56万人次。",
    "全镇户籍人口2.1万人。\n镇司法所全年开展送法下乡活动86场，参与群众20万人次。",
]


@pytest.mark.parametrize("text", VISITS_WRONG)
def test_visits_above_twelve_per_resident_of_an_earlier_paragraph(text: str) -> None:
    assert _found(text, "N206") == [Severity.WARNING], text


@pytest.mark.parametrize("text", VISITS_RIGHT)
def test_visits_within_the_bound_or_beyond_the_residents(text: str) -> None:
    assert _found(text, "N206") == [], text


# --- inventories: a bare noun clause after a stock, and the area alone before a count ----------
# (a paragraph stands between the inventory and the figure: the next paragraph alone is read
# with it by the pick-up already)
# bare stock: 12万 > 1.2万; 2,460 > 2,100; 68 > 58; 720 > 610; 5.3万 > 4.9万; 700 > 630; 96 > 86;
# 2.1万 > 1.8万 (N101, a warning). Silent: 1.1万 ≤ 1.2万; another noun (监护人, not 在校学生); a clause
# with a verb (招收); another area (全市); years (近三年累计); visits (人次); 48 ≤ 48; a clause of a flow (新增).
# area alone: 20 > 18 (行政村和社区 against 村（社区）); 11 > 9; 16 > 14; 13 > 11 (区县); 13 > 11; 28 > 26;
# 9 > 8 (乡镇和街道 against 乡镇（街道）); 13 > 12. Silent: 18 = 18; another noun (社区); another
# area (全市); years (近三年累计); 村（社区） against 村 alone; another noun (部门); 企业 (the
# area's firms that took part, no inventory: not an administrative unit);
# 128 社区 against 9 街道.

BARE_STOCK_WRONG = [
    "全县共有幼儿园48所，在园幼儿1.2万人。\n相关工作纳入年度目标考核。\n全年开展幼儿安全教育，覆盖全县在园幼儿12万人。",
    "全区现有养老机构36家，入住老人2,100人。\n相关工作纳入年度目标考核。\n年内法律体检覆盖全区入住老人2,460人。",
    "全镇共有村卫生室22个，乡村医生58人。\n相关工作纳入年度目标考核。\n依法执业培训覆盖全镇乡村医生68人。",
    "全市共有律师事务所42家，执业律师610人。\n相关工作纳入年度目标考核。\n年度考核覆盖全市执业律师720人。",
    "全区共有中小学校58所，在校学生4.9万人。\n相关工作纳入年度目标考核。\n法治副校长讲座覆盖全区在校学生5.3万人。",
    "全县共有行政村126个，村干部630人。\n相关工作纳入年度目标考核。\n全年法治培训覆盖全县村干部700人。",
    "全区共有物业小区212个，物业公司86家。\n相关工作纳入年度目标考核。\n信用评价覆盖全区物业公司96家。",
    "全镇共有规模以上企业45家，从业人员1.8万人。\n相关工作纳入年度目标考核。\n安全生产培训覆盖全镇从业人员2.1万人。",
]

BARE_STOCK_RIGHT = [
    "全县共有幼儿园48所，在园幼儿1.2万人。\n相关工作纳入年度目标考核。\n全年开展幼儿安全教育，覆盖全县在园幼儿1.1万人。",
    "全区共有中小学校58所，在校学生4.9万人。\n相关工作纳入年度目标考核。\n法治教育覆盖全区未成年人监护人"
    "5.3万人。",
    "全区共有中小学校58所，招收新生4.9万人。\n相关工作纳入年度目标考核。\n法治副校长讲座覆盖全区学生5.3万人。",
    "全区共有中小学校58所，在校学生4.9万人。\n相关工作纳入年度目标考核。\n法治讲座覆盖全市在校学生5.3万人。",
    "全区共有中小学校58所，在校学生4.9万人。\n相关工作纳入年度目标考核。\n近三年累计覆盖在校学生13万人。",
    "全区共有中小学校58所，在校学生4.9万人。\n相关工作纳入年度目标考核。\n法治讲座覆盖在校学生13万人次。",
    "全县共有幼儿园48所，在园幼儿1.2万人。\n相关工作纳入年度目标考核。\n全年开展幼儿安全教育，覆盖全县幼儿园48所。",
    "全市共有律师事务所42家，2024年新增执业律师61人。\n相关工作纳入年度目标考核。\n年度考核覆盖全市执业律师610人。",
]

AREA_STOCK_WRONG = [
    "全镇18个行政村和社区均建立了调解委员会。\n相关工作纳入年度目标考核。\n年内为全镇20个村（社区）配备法律顾问。",
    "全区9个街道已全部建成公共法律服务站。\n相关工作纳入年度目标考核。\n全年为全区11个街道配备专职调解员。",
    "全县14个乡镇均设立了司法所。\n相关工作纳入年度目标考核。\n全年在全县16个乡镇开展法治体检。",
    "全市11个区县均已公布权责清单。\n相关工作纳入年度目标考核。\n年内督促全市13个区县完成清单动态调整。",
    "全镇11个村已实现法律顾问全覆盖。\n相关工作纳入年度目标考核。\n全年为全镇13个村建成法治文化广场。",
    "全区26个社区均建成了法治文化阵地。\n相关工作纳入年度目标考核。\n年内组织全区28个社区开展示范社区创建。",
    "全县8个乡镇和街道均设立了综治中心。\n相关工作纳入年度目标考核。\n全年为全县9个乡镇（街道）配齐网格员。",
    "全旗12个苏木镇均建成了法律服务站。\n相关工作纳入年度目标考核。\n全年为全旗13个苏木镇配备法律顾问。",
]

AREA_STOCK_RIGHT = [
    "全镇18个行政村和社区均建立了调解委员会。\n相关工作纳入年度目标考核。\n年内为全镇18个村（社区）配备法律顾问。",
    "全区9个街道已全部建成公共法律服务站。\n相关工作纳入年度目标考核。\n全年为全区86个社区配备专职调解员。",
    "全区9个街道已全部建成公共法律服务站。\n相关工作纳入年度目标考核。\n全年为全市11个街道配备专职调解员。",
    "全区9个街道已全部建成公共法律服务站。\n相关工作纳入年度目标考核。\n近三年累计为11个街道配备专职调解员。",
    "全镇11个村已实现法律顾问全覆盖。\n相关工作纳入年度目标考核。\n全年为全镇13个村（社区）建成法治文化广场。",
    "全县14个乡镇均设立了司法所。\n相关工作纳入年度目标考核。\n全年为全县16个部门开展法治培训。",
    "全区300家企业参加了合规培训。\n相关工作纳入年度目标考核。\n全年为全区500家企业提供法律体检。",
    "全区9个街道已全部建成公共法律服务站。\n相关工作纳入年度目标考核。\n全年为全区9个街道128个社区配备专职调解员。",
]


def _over_stock(text: str) -> list[Severity]:
    return _found(text, "N101") + _found(text, "N206")


@pytest.mark.parametrize("text", BARE_STOCK_WRONG + AREA_STOCK_WRONG)
def test_units_above_an_inventory_stated_in_an_earlier_paragraph(text: str) -> None:
    assert _over_stock(text) == [Severity.WARNING], text


@pytest.mark.parametrize("text", BARE_STOCK_RIGHT + AREA_STOCK_RIGHT)
def test_inventories_that_bound_nothing_here(text: str) -> None:
    assert _over_stock(text) == [], text


# --- wages recovered below the floor per worker (numbers.toml magnitude.per-head ``min``) -----
# 1,520 ÷ 860 = 1.77; 3,865 ÷ 2,140 = 1.81; 4,210.5 ÷ 1,032 = 4.08; 980 ÷ 605 = 1.62; 3,200 ÷ 58
# = 55.2; 一千二百 ÷ 九百 = 1.33; 2.4万 ÷ 326 = 73.6 (at most 2.45万 ÷ 325.5 = 75.3); 5,620 ÷
# 1,500 = 3.75; 2,137.6 ÷ 1,286 = 1.66 over three years: under 100元 each (N205, a warning). Silent: 1,520万 ÷ 860 = 17,674; 0.1万 ÷ 12
# (up to 1,500 ÷ 11.5 = 130); 900 ÷ 3 = 300; two counts of people (no single reading); 人均;
# 费用 (no floor for that money); 家 (firms, not workers).

FLOOR_WRONG = [
    "县人社局全年为860名农民工追讨欠薪1,520元。",
    "通过劳动保障监察为2,140名劳动者追发工资3,865元。",
    "全年办结欠薪案件86件，为1,032名工人追回劳动报酬4,210.5元。",
    "根治欠薪专项行动中，帮助605名建筑工人追回工资980元，涉及用人单位12家。",
    "为58名职工追回拖欠薪酬3,200元。",
    "为九百名农民工讨回工钱一千二百元。",
    "仲裁委为326名劳动者追回劳动报酬2.4万元。",
    "全年为1,500名农民工追回欠薪5,620元，结案率100%。",
    # (over three years the 1,286 workers 为 names still got 2,137.6元 in all: 1.66元 each)
    "近三年累计为1,286名农民工追回工资2,137.6元。",
]

FLOOR_RIGHT = [
    "县人社局全年为860名农民工追讨欠薪1,520万元。",
    "全年为12名农民工追回工资0.1万元。",
    "为3名劳动者追回工资900元。",
    "为1,286名农民工、35名管理人员追回工资2,137.6元。",
    "为1,286名农民工追回工资，人均追回2,137.6元。",
    "为1,286名农民工免费提供法律咨询，节省咨询费用2,137.6元。",
    "为86家企业追回工资款2,137.6元。",
]


@pytest.mark.parametrize("text", FLOOR_WRONG)
def test_wages_recovered_below_the_floor_for_each_worker(text: str) -> None:
    assert _found(text, "N205") == [Severity.WARNING], text


@pytest.mark.parametrize("text", FLOOR_RIGHT)
def test_wages_that_reach_the_floor_or_have_no_single_reading(text: str) -> None:
    assert _found(text, "N205") == [], text


# --- a whole year's count, then its halves or quarters in the next paragraph by a light verb ---
# 3 + 2 = 5 ≠ 4; 2 + 3 = 5 ≠ 6; 1 + 2 + 1 + 2 = 6 ≠ 5; 5 + 8 = 13 ≠ 12; 12 + 10 = 22 ≠ 20;
# 2 + 2 = 4 ≠ 3; 四 + 六 = 10 ≠ 9; 三 + 四 = 7 ≠ 8 (N302, a warning). Silent: 2 + 2 = 4; parts that
# name a thing of their own (培训); two whole-year counts of the measure (which one divides);
# verbs that are no light verbs (受理 / 办结: other stages); a stage of a case flow (受理) with a
# light verb before it (通过热线); a heading between; one part alone;
# a whole of another year; the halves in the whole's own sentence adding up.

ELIDED_WRONG = [
    "全年共开展了4次联合督查。\n上半年组织三次，下半年组织两次。",
    "年内共组织专题培训6场。\n上半年开展两场，下半年开展三场。",
    "全年开展安全生产大检查5轮。\n一季度开展一轮，二季度开展两轮，三季度开展一轮，四季度开展两轮。",
    "全年组织模拟法庭活动12场。\n上半年组织5场，下半年组织8场。",
    "2024年，区司法局共开展法律援助进社区活动20次。\n上半年开展12次，下半年开展10次。",
    "全年完成行政执法案卷评查3批次。\n上半年完成两批次，下半年完成两批次。",
    "全年共组织应急演练九次。\n上半年组织四次，下半年组织六次。",
    "全年开展“双随机”抽查8次，覆盖企业120家。\n上半年开展三次，下半年开展四次。",
]

ELIDED_RIGHT = [
    "全年共开展了4次联合督查。\n上半年组织两次，下半年组织两次。",
    "全年共开展了4次联合督查。\n上半年组织培训三次，下半年组织培训两次。",
    "全年共开展联合督查4次，组织培训6次。\n上半年组织三次，下半年组织两次。",
    "全年共受理投诉4件。\n上半年办结三件，下半年办结两件。",
    "全年通过热线共受理投诉4件。\n上半年完成三件，下半年完成两件。",
    "全年共开展了4次联合督查。\n二、加强队伍建设\n上半年组织三次，下半年组织两次。",
    "全年共开展了4次联合督查。\n上半年组织三次。",
    "2023年共开展了4次联合督查。\n上半年组织三次，下半年组织两次。",
    "全年共开展了4次联合督查，上半年组织两次，下半年组织两次。",
]


@pytest.mark.parametrize("text", ELIDED_WRONG)
def test_halves_by_a_light_verb_that_do_not_add_up_to_the_year(text: str) -> None:
    assert _found(text, "N302") == [Severity.WARNING], text


@pytest.mark.parametrize("text", ELIDED_RIGHT)
def test_halves_that_add_up_or_may_divide_something_else(text: str) -> None:
    assert _found(text, "N302") == [], text
