"""A figure counting two verbs joined by 并 is its own base only for the rate of its doing.

「发现并整改问题36个，整改率100%」: the 36 were found and rectified, so 整改率 is 36 ÷ 36. The
reading needs the rate's name to count one of the joined verbs (_stem: the two characters
before 率), and that verb not to follow an order (numbers.toml ``rates.ordered-leads``):
「发现并督促整改问题1032个，整改完成率98.7%」 counts what was found and ordered, and says
nothing of how much was completed. Sentences written for these tests, verdicts by hand.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors, judged

KEPT = [
    # 214 found and rectified: 整改率 214 ÷ 214 = 100%, not 95.3%
    "区应急管理局全年开展安全生产执法检查420次，发现并整改安全隐患214处，隐患整改率95.3%。",
    # 45 found and corrected: 纠正率 100%, not 97.8%
    "区司法局全年评查行政执法案卷300卷，发现并纠正问题案卷45卷，纠正率97.8%。",
    # 1,260 found and resolved: 化解率 100%, not 98.2%
    "各街道全年排查并化解矛盾纠纷1260件，化解率98.2%，未发生民转刑案件。",
    # 860 accepted and concluded: 办结率 100%, not 99.1%
    "区政务服务中心全年受理并办结群众诉求860件，办结率99.1%。",
    # 37 checked and rectified (并已): 整改率 100%, not 91.9%
    "县卫生健康局全年抽查医疗机构126家，查出并已整改问题37个，问题整改率91.9%。",
    # 18 found and closed: 销号率 100%, not 94.4%
    "镇安全生产委员会全年排查并销号重大隐患18项，销号率94.4%。",
    # the first verb counts too: 52 received and answered, 答复率 100%, not 96.2%
    "区信访局全年接收并答复网上信访事项52件，答复率96.2%。",
    # 240 reviewed and filed: 备案审查率… the rate counts 备案 of the joined figure, 100% not 97.5%
    "区人大常委会全年审查并备案规范性文件240件，备案率97.5%。",
]

SILENT = [
    # found and ordered: how many were completed is not stated (1032 is no numerator)
    "全年镇综合行政执法队开展各类执法检查648次；检查中发现并督促整改问题1032个，整改完成率98.7%。",
    # ordered (责令) rectification: 整改完成率 unstated
    "区市场监管局全年检查食品生产经营主体1820家次，排查并责令整改隐患326处，整改完成率96.9%。",
    # urged to carry out (督促落实): 到位率 counts what is in place, not stated
    "区住建局全年开展在建工地巡查215次，检查并督促落实整改问题58个，整改到位率94.8%。",
    # found and referred: 查处率 counts what another body punished, not stated
    "区纪委监委派驻组全年审查专项资金使用情况，发现并移送问题线索47条，查处率91.5%。",
    # ordered rectification, bare 整改率: the order says nothing of the deed
    "全年镇综合行政执法队检查中发现并督促整改问题1032个，整改率98.7%。",
    # 责令 then 整改率: ordered, not done
    "区应急管理局全年开展执法检查420次，排查并责令整改安全隐患214处，整改率95.3%。",
    # required within a deadline (限期): 整改率 unstated
    "县生态环境局全年检查排污单位310家次，发现并限期整改环境问题96个，整改率93.8%。",
    # the figure's own rate is 100%, as stated: fits
    "区司法局全年评查行政执法案卷300卷，发现并纠正问题案卷45卷，纠正率100%。",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_joined_figure_is_the_base_of_its_own_doing(text: str) -> None:
    assert [code for code, _ in judged(text)] == ["N104"], judged(text)


@pytest.mark.parametrize("text", SILENT)
def test_an_order_or_another_verb_is_no_base_of_the_rate(text: str) -> None:
    assert errors(text) == []
