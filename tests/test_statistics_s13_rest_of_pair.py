"""A split by nature (准予/不予, 受理/不予受理…) followed by a rest the text names (其余/剩余/其他)
is complete only with that rest.

「受理申请52件，准予登记44件，不予登记3件，其余5件…撤回」: 44 + 3 + 5 = 52. Read as the pair alone
(44 + 3 = 47) it raised a false N102; with the rest, a rest that does not close the gap is still
an error (N102 under the whole, N101 over it). Sentences written for these tests, verdicts by hand.
"""

from __future__ import annotations

import pytest
from relation_helpers import errors

KEPT = [
    # 44 + 3 + 4 = 51 ≠ 52
    "全年共受理社会组织成立登记申请52件，经审查准予登记44件，不予登记3件，其余4件因申请材料不齐全由申请人主动撤回。",
    # 120 + 15 + 7 = 142 ≠ 144
    "全年共收到政府信息公开申请144件，予以公开120件，不予公开15件，其余7件因信息不存在已告知申请人。",
    # 860 + 42 + 20 = 922 ≠ 920
    "全年受理建设工程施工许可申请920件，准予许可860件，不予许可42件，剩余20件申请人撤回申请。",
    # 316 + 27 + 9 = 352 ≠ 354
    "全年共收到行政复议申请354件，依法受理316件，不予受理27件，其余9件经释明后申请人撤回。",
    # 75 + 6 + 5 = 86 ≠ 85
    "区人社局全年受理劳动人事争议仲裁申请85件，立案75件，不予立案6件，其余5件转调解组织处理。",
    # 1,208 + 63 + 27 = 1,298 ≠ 1,300
    "全年受理临时救助申请1300件，批准救助1208件，不予批准63件，其余27件因申请人主动放弃终止办理。",
    # 96 + 7 + 4 = 107 ≠ 106
    "全年审查规范性文件106件，审查通过96件，未予通过7件，其余4件退回起草单位修改。",
    # 540 + 31 + 10 = 581 ≠ 583
    "全年受理食品经营许可申请583件，准予许可540件，不予许可31件，剩余10件正在补正材料。",
]

SILENT = [
    # 44 + 3 + 5 = 52
    "全年共受理社会组织成立登记申请52件，经审查准予登记44件，不予登记3件，其余5件因申请材料不齐全由申请人主动撤回。",
    # 120 + 15 + 9 = 144
    "全年共收到政府信息公开申请144件，予以公开120件，不予公开15件，其余9件因信息不存在已告知申请人。",
    # 860 + 42 + 18 = 920
    "全年受理建设工程施工许可申请920件，准予许可860件，不予许可42件，剩余18件申请人撤回申请。",
    # 316 + 27 + 11 = 354
    "全年共收到行政复议申请354件，依法受理316件，不予受理27件，其余11件经释明后申请人撤回。",
    # 75 + 6 + 4 = 85
    "区人社局全年受理劳动人事争议仲裁申请85件，立案75件，不予立案6件，其余4件转调解组织处理。",
    # 1,208 + 63 + 29 = 1,300
    "全年受理临时救助申请1300件，批准救助1208件，不予批准63件，其余29件因申请人主动放弃终止办理。",
    # 96 + 7 + 3 = 106
    "全年审查规范性文件106件，审查通过96件，未予通过7件，其余3件退回起草单位修改。",
    # 540 + 31 + 12 = 583
    "全年受理食品经营许可申请583件，准予许可540件，不予许可31件，剩余12件正在补正材料。",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_rest_that_does_not_close_the_split(text: str) -> None:
    # over the whole: N101 (parts exceed it); under it: N102 (a complete split falls short)
    assert [code for code, _ in errors(text)] in (["N101"], ["N102"]), errors(text)


@pytest.mark.parametrize("text", SILENT)
def test_a_rest_that_closes_the_split(text: str) -> None:
    assert errors(text) == []
