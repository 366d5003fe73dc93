"""An outcome after a 其中 list counts what the list's whole took in (session 11, lead).

「全年共受理矛盾纠纷2300件，其中婚姻家庭纠纷612件、邻里纠纷845件、其他纠纷843件，成功调处
2388件」: a session-11 reading ends the list before 成功调处 (parts named by their kind, then a
clause opening with a verb), so the three parts make up the whole and nothing sums wrong; the
outcome was then judged against nothing, for the figure right before it is the list's last
part. It counts what the figure opening the 其中 list took in (N107, a warning as every elided
outcome). Found when the session's first round lost one found flow case of a fresh unseen set
(set 23, read as a table only). Every sentence is written for these tests; the arithmetic is in
each comment."""

from __future__ import annotations

import pytest
from relation_helpers import codes

OUTCOME_ABOVE_WHOLE = [
    # 612 + 845 + 843 = 2300; 调处 2388 > 2300 accepted
    "全年共受理矛盾纠纷2300件，其中婚姻家庭纠纷612件、邻里纠纷845件、其他纠纷843件，成功调处2388件。",
    # 40 + 25 + 15 = 80; 调解成功 86 > 80
    "街道调委会全年受理纠纷80件，其中物业纠纷40件、邻里纠纷25件、家庭纠纷15件，调解成功86件。",
    # 300 + 150 = 450; 办结 462 > 450
    "区市场监管局全年受理投诉举报450件，其中食品类300件、价格类150件，办结462件。",
    # 18 + 12 = 30; 审结 33 > 30
    "县司法局全年受理行政复议申请30件，其中涉及自然资源18件、涉及市场监管12件，审结33件。",
    # 70 + 50 + 30 = 150; 化解 158 > 150
    "镇综治中心全年受理矛盾纠纷150件，其中土地纠纷70件、婚姻家庭纠纷50件、劳资纠纷30件，化解158件。",
    # 200 + 100 = 300; 答复 305 > 300
    "全年受理政府信息公开申请300件，其中网上申请200件、信函申请100件，按期答复305件。",
    # 9 + 6 = 15; 办结 16 > 15
    "区人社局全年受理劳动保障监察举报15件，其中欠薪9件、社保6件，依法办结16件。",
    # 120 + 80 = 200; 调处 215 > 200
    "全年受理涉企纠纷200件，其中合同纠纷120件、劳动纠纷80件，成功调处215件。",
]

OUTCOME_WITHIN_WHOLE = [
    # 612 + 845 + 843 = 2300; 调处 2288 <= 2300
    "全年共受理矛盾纠纷2300件，其中婚姻家庭纠纷612件、邻里纠纷845件、其他纠纷843件，成功调处2288件。",
    # 40 + 25 + 15 = 80; 调解成功 76 <= 80
    "街道调委会全年受理纠纷80件，其中物业纠纷40件、邻里纠纷25件、家庭纠纷15件，调解成功76件。",
    # 300 + 150 = 450; 办结 450 = 450
    "区市场监管局全年受理投诉举报450件，其中食品类300件、价格类150件，办结450件。",
    # 18 + 12 = 30; 审结 28 <= 30
    "县司法局全年受理行政复议申请30件，其中涉及自然资源18件、涉及市场监管12件，审结28件。",
    # carry-over told: 审结 33 > 30 new is explained
    "县司法局全年受理行政复议申请30件，其中涉及自然资源18件、涉及市场监管12件，加上上年结转5件，审结33件。",
    # a semicolon ends the statement: the outcome may be of another set; 2388 not compared
    "全年共受理矛盾纠纷2300件，其中婚姻家庭纠纷612件、邻里纠纷845件；全年各级调解组织成功调处纠纷2388件。",
    # the outcome is of the last part's own activity (受理调解的 296, 达成协议 290 <= 296)
    "全年共排查矛盾纠纷318起，其中符合条件并受理调解的296起，经调解达成协议的290起。",
    # 200 + 100 = 300; 答复 290 <= 300
    "全年受理政府信息公开申请300件，其中网上申请200件、信函申请100件，按期答复290件。",
]


@pytest.mark.parametrize("text", OUTCOME_ABOVE_WHOLE)
def test_outcome_after_list_above_its_whole(text: str) -> None:
    assert "N107" in codes(text)


@pytest.mark.parametrize("text", OUTCOME_WITHIN_WHOLE)
def test_outcome_after_list_within_its_whole(text: str) -> None:
    assert not {"N101", "N102", "N107"} & set(codes(text))


# --- a statement naming the base's people bounds its figure (session 11, lead) --------------
# 「全局共有在编执法人员126名…全年组织执法人员参加法律知识考试，参考人员138名」: 参考人员 is
# another qualifier of the head 人员, but the statement names 执法人员, the base's people; s11-pa2's
# rule (another class of one head bounds nothing: 社区矫正对象37人 … 安置帮教对象126人) left it
# silent. Found by s11-rwu's own case RW2C06 after the merge.

NAMED_PEOPLE_OVER_BASE = [
    # 138 > 126
    "全局共有在编执法人员126名，均持有行政执法证件。全年组织执法人员参加法律知识考试，参考人员138名，合格率100%。",
    # 95 > 88
    "全区共有专职人民调解人员88名。全年组织人民调解人员参加业务培训，参训人员95名。",
    # 64 > 60
    "全县共有法律服务工作人员60名。全年组织法律服务工作人员开展考核，参评人员64名。",
    # 230 > 212
    "本局共有行政执法人员212名。全年组织行政执法人员旁听庭审，旁听人员230名。",
    # 51 > 47
    "全镇共有专职网格人员47名。全年组织专职网格人员参加法治培训，参训人员51名。",
    # 33 > 30
    "全所共有执业公证人员30名。全年组织执业公证人员参加业务轮训，受训人员33名。",
    # 410 > 398
    "全区共有社区专职工作人员398名。全年组织社区专职工作人员参加法律知识测试，参测人员410名。",
    # 18 > 15
    "全局共有法制审核人员15名。全年组织法制审核人员参加专题培训，参训人员18名。",
]

OTHER_CLASS_OF_ONE_HEAD = [
    # 安置帮教对象 is another class than 社区矫正对象: 126 > 37 is no contradiction
    "全年在册社区矫正对象37人，无一人脱管漏管。安置帮教对象126人，衔接率100%。",
    # 参训人员 of another body than the base's 执法人员
    "全局共有在编执法人员126名。全年为辖区企业组织合规培训，参训人员438名。",
    # 参评人员 are the 群众, not the 调解人员
    "全区共有专职人民调解人员88名。全年开展群众满意度测评，参评人员960名。",
    # 参训人员 are 村干部, another class
    "全县共有法律服务工作人员60名。全年为村干部举办法治培训，参训人员640名。",
    # 旁听人员 are 机关干部 generally
    "本局共有行政执法人员212名。全年组织机关干部旁听庭审，旁听人员350名。",
    # 受援人员 are the people helped, another class
    "全镇共有专职网格人员47名。全年为困难群众提供法律援助，受援人员1260名。",
    # within the base: 28 <= 30
    "全所共有执业公证人员30名。全年组织执业公证人员参加业务轮训，受训人员28名。",
    # within the base: 380 <= 398
    "全区共有社区专职工作人员398名。全年组织社区专职工作人员参加法律知识测试，参测人员380名。",
]


@pytest.mark.parametrize("text", NAMED_PEOPLE_OVER_BASE)
def test_statement_naming_the_base_people_is_bounded(text: str) -> None:
    assert {"N205", "N206"} & set(codes(text))


@pytest.mark.parametrize("text", OTHER_CLASS_OF_ONE_HEAD)
def test_other_class_of_one_head_is_not_bounded(text: str) -> None:
    assert not {"N205", "N206"} & set(codes(text))
