"""Session 17 (s17-flow): flows that do not balance.

* the year's case stock (新收 + 上年结转 = 审结 + 未结) when the pending figure's state is told
  with its manner (「尚未审结的124件依法结转下一年度」): 依法/依规/依照/依据 is no noun of other
  things (relations/flow.py ``_NOUN_STOP_RE``), so the figure counts what the stock counts;
* a stock told at the year's opening and closing by the same state (年初在册 … 年末在册),
  every figure of that unit between them a coming-in or a going-out (numbers.toml
  ``clauses.stock-in``, ``stock-out``): opening + in − out = closing (flow.py
  ``_opening_closing``). A figure between of any other kind, a closing of another state or a
  comparison with the opening (较年初) leaves it unjudged;
* the cases open at the end of the year before (上年末在办, 上年底未结) are the year's carried-in
  stock, and those 年底在审 the open ones (numbers.toml ``clauses.carry-in``, ``pending``);
* a scope pointing back (「；上述案件中，」) after a concluded figure and the cases still open
  beside it names both (flow.py ``open_between``): the origin of the cases (当年新收) may be as
  many as the two together (containment.py, partition.py's scope groups).

Every sentence is written for these tests; the arithmetic in the comment above it."""

from __future__ import annotations

import pytest
from relation_helpers import errors
from relation_helpers import findings as _any

CODES = ("N101", "N102", "N103", "N107")

MANNER_MISSES = [
    # 214 + 19 = 233; 201 + 35 = 236
    "全年新收行政复议案件214件，加上上年结转的19件，全年审结201件，尚未审结的35件依法结转下一年度办理。",
    # 96 + 8 = 104; 90 + 12 = 102
    "全年新收行政诉讼案件96件，上年结转8件，审结90件，未审结的12件依法转入下一年度。",
    # 530 + 41 = 571; 548 + 29 = 577
    "全年新收执行案件530件，旧存41件，执结548件，尚未执结的29件依规结转下一年度继续执行。",
    # 158 + 22 = 180; 171 + 12 = 183
    "全年新收商事仲裁案件158件，加上上年结转的22件，审结171件，尚未审结的12件依法结转下一年度。",
    # 33 + 4 = 37; 30 + 6 = 36
    "全年新收国家赔偿案件33件，上年结转4件，审结30件，尚未审结的6件依法延至下一年度审理。",
    # 412 + 37 = 449; 405 + 41 = 446
    "全年新收劳动争议案件412件，上年结转37件，审结405件，未审结的41件依据规定结转下一年度。",
    # 88 + 5 = 93; 86 + 9 = 95
    "全年新收行政非诉审查案件88件，加上上年结转的5件，审结86件，尚未审结的9件依法结转下一年。",
    # 1035 + 68 = 1103; 987 + 124 = 1111
    "全年新收行政复议案件1035件，加上上年结转的68件，全年审结987件，尚未审结的124件依照规定结转下一年度继续办理。",
]

MANNER_TRAPS = [
    # 214 + 19 = 233 = 201 + 32
    "全年新收行政复议案件214件，加上上年结转的19件，全年审结201件，尚未审结的32件依法结转下一年度办理。",
    # 96 + 8 = 104 = 90 + 14
    "全年新收行政诉讼案件96件，上年结转8件，审结90件，未审结的14件依法转入下一年度。",
    # 530 + 41 = 571 = 542 + 29
    "全年新收执行案件530件，旧存41件，执结542件，尚未执结的29件依规结转下一年度继续执行。",
    # carry-over explains the excess, no pending told: 120 + 15 = 135 >= 128
    "全年新收行政复议案件120件，上年结转15件，审结128件，依法维持原行政行为的占62%。",
    # 64 + 5 = 69 = 60 + 9; the 23 are another kind of case (行政应诉)
    "全年新收行政复议案件64件，上年结转5件，审结60件，尚未审结9件；另有行政应诉案件23件依法正在审理。",
    # partial 其中: 74 + 6 = 80 >= 71, 12 of the 71
    "全年新收行政复议案件74件，上年结转6件，审结71件，其中依法驳回复议申请的12件。",
    # 33 + 4 = 37 = 30 + 7
    "全年新收国家赔偿案件33件，上年结转4件，审结30件，尚未审结的7件依法延至下一年度审理。",
    # 1035 + 68 = 1103 = 987 + 116
    "全年新收行政复议案件1035件，加上上年结转的68件，全年审结987件，尚未审结的116件依照规定结转下一年度继续办理。",
]


@pytest.mark.parametrize("text", MANNER_MISSES)
def test_pending_told_with_its_manner_is_balanced(text: str) -> None:
    assert "N102" in [c for c, _ in errors(text)]


@pytest.mark.parametrize("text", MANNER_TRAPS)
def test_balanced_or_unstated_stock_is_silent(text: str) -> None:
    assert not _any(text, codes=CODES)


STOCK_MISSES = [
    # only comings-in told, and the closing above all of them: 245 + 131 = 376 < 380
    "年初在册社区矫正对象245人，全年新接收131人，年末在册380人。",
    # 214 + 98 - 87 = 225 != 231
    "区司法局年初在册安置帮教对象214人，本年新衔接98人，期满解除帮教87人，年末在册231人。",
    # 63 + 14 - 5 = 72 != 74
    "年初全区登记在册的养老服务机构63家，年内新设立14家、注销5家，年末登记在册74家。",
    # 1134 + 72 = 1206 (the 累计); 1134 + 72 - 58 = 1148 != 1152
    "全年累计监管特种设备使用单位1,206家（年初在册1,134家、新增登记72家），其中注销停用58家，截至年底在册1,152家。",
    # 32 + 105 - 110 = 27 != 30
    "年初存量积案三十二件，全年新增一百零五件，化解一百一十件，年底存量积案三十件。",
    # 1318 + 146 - 97 = 1367 != 1372
    "年初持证行政执法人员1,318人，全年新增持证人员146人，注销执法证件97人，年底持证行政执法人员1,372人。",
    # 76 + 24 - 31 = 69 != 71
    "期初在管戒毒康复人员76人，本期新收治24人，期满出所31人，期末在管71人。",
    # 152 + 31 - 9 = 174 != 176
    "年初登记在册的志愿服务组织152个，新登记注册31个，依法撤销登记9个，年末登记在册176个。",
    # 1046 + 128 - 93 = 1081 != 1075
    "年初全县在册特困供养人员1,046人，新纳入128人，因死亡、迁出等退出93人，年末在册1,075人。",
]

STOCK_TRAPS = [
    # 245 + 131 - 119 = 257
    "县司法局年初在册社区矫正对象245人，全年新接收131人，解除矫正119人，年末在册257人。",
    # 300 + 112 = 412 (累计); 300 + 112 - 95 - 2 = 315
    "全年累计管理社区矫正对象412人（年初在册300人、新接收112人），其中解除矫正95人、收监执行2人，截至年底在册315人。",
    # backlog 14 - 11 = 3; the 230 new matters after the closing are not of the backlog
    "年初存量信访积案14件，全年化解11件，年底尚有积案3件；全年新发生信访事项230件，办结226件。",
    # no going-out told: 245 + 131 = 376 >= 250, the exits untold may explain it
    "年初在册社区矫正对象245人，全年新接收131人，年末在册250人。",
    # a figure between of no movement (集中学习 210): unjudged; 245 + 131 - 119 = 257 != 250
    # would be read only with the exits all told
    "年初在册社区矫正对象245人，全年新接收131人，组织集中学习的对象210人，年末在册250人。",
    # the closing figure of another state (集中教育 of the year, not 在册): no closing
    "年初在册社区矫正对象245人，全年新接收131人，解除矫正119人，年底开展集中教育的对象180人。",
    # a comparison with the opening, not an opening: 257 - 245 = 12
    "社区矫正对象年末在册257人，比年初在册的245人增加12人，全年新接收131人，解除矫正119人。",
    # since 2019 (another scope) then the year: 245 + 131 - 119 - 3 = 254
    "2019年以来累计接收社区矫正对象1,820人；年初在册245人，全年新接收131人，解除矫正119人、收监执行3人，年末在册254人。",
    # a half-year closing (6月底) is no closing of the year; 245 + 62 - 55 = 252 anyway
    "年初在册社区矫正对象245人，上半年新接收62人，解除矫正55人，6月底在册252人。",
]


@pytest.mark.parametrize("text", STOCK_MISSES)
def test_opening_and_closing_stock_that_do_not_balance(text: str) -> None:
    assert "N102" in [c for c, _ in errors(text)]


@pytest.mark.parametrize("text", STOCK_TRAPS)
def test_balanced_or_unjudged_stock_is_silent(text: str) -> None:
    assert not _any(text, codes=CODES)


YEAR_END_MISSES = [
    # 124 + 1036 = 1160; 1047 + 131 = 1178
    "上年末在办法律援助案件124件，本年新受理1,036件，本年办结1,047件，年底在办131件。",
    # 17 + 83 = 100; 88 + 14 = 102
    "上年底在办行政复议案件17件，全年新收83件，审结88件，年底在办14件。",
    # 26 + 219 = 245; 230 + 18 = 248
    "上年末未结劳动争议案件26件，本年新受理219件，审结230件，年末未结18件。",
    # 9 + 146 = 155; 149 + 4 = 153
    "上年底未结信访事项9件，全年新受理146件，办结149件，年底未结4件。",
    # 31 + 204 = 235; 215 + 24 = 239
    "上年末在审行政诉讼案件31件，全年新收204件，审结215件，年底在审24件。",
    # 5 + 22 = 27; 23 + 6 = 29
    "上年底在审国家赔偿案件5件，新收22件，审结23件，未审结6件。",
    # 12 + 58 = 70; 61 + 11 = 72
    "上年末在办公益诉讼案件12件，全年新立案58件，办结61件，尚在办理的11件。",
    # 8 + 41 = 49; 43 + 9 = 52
    "上年末在办行政裁决案件8件，本年新受理41件，办结43件，年底在办9件。",
]

YEAR_END_TRAPS = [
    # 124 + 1036 = 1160 = 1047 + 113
    "上年末在办法律援助案件124件，本年新受理1,036件，本年办结1,047件，年底在办113件。",
    # 17 + 83 = 100 = 88 + 12
    "上年底在办行政复议案件17件，全年新收83件，审结88件，年底在办12件。",
    # 26 + 219 = 245 = 230 + 15
    "上年末未结劳动争议案件26件，本年新受理219件，审结230件，年末未结15件。",
    # 9 + 146 = 155 = 149 + 6
    "上年底未结信访事项9件，全年新受理146件，办结149件，年底未结6件。",
    # 31 + 204 = 235 = 215 + 20
    "上年末在审行政诉讼案件31件，全年新收204件，审结215件，年底在审20件。",
    # a comparison with the year before's end (per_or_change), no outcome told beside it
    "上年末在办法律援助案件124件，较上年末在办案件增加12件，本年新受理1,036件，本年办结1,047件。",
    # carry-over explains the excess, none open told: 12 + 58 = 70 >= 61
    "上年末在办公益诉讼案件12件，全年新立案58件，办结61件。",
    # 5 + 22 = 27 >= 26, none open told
    "上年底在审国家赔偿案件5件，新收22件，审结26件。",
]


@pytest.mark.parametrize("text", YEAR_END_MISSES)
def test_open_at_the_year_before_end_is_carried_in(text: str) -> None:
    assert "N102" in [c for c, _ in errors(text)]


@pytest.mark.parametrize("text", YEAR_END_TRAPS)
def test_year_before_end_stock_that_balances_is_silent(text: str) -> None:
    assert not _any(text, codes=CODES)


BACK_MISSES = [
    # 35 > 27 + 5 = 32 (and 35 + 3 = 38 != 32)
    "全年审结行政赔偿案件27件，尚有5件正在审理；上述案件中当年新收35件，上年结转3件。",
    # 57 > 46 + 8 = 54
    "全年办结行政复议案件46件，另有8件尚在审理中；上述案件中，本年新收57件，上年结转3件。",
    # no open cases told: 190 > 182
    "全年审结劳动争议案件182件；上述案件中，当年新收190件。",
    # 29 > 27
    "全年审结行政赔偿案件27件；上述案件中当年新收29件，上年结转3件。",
    # 75 > 64 + 7 = 71
    "全年审结国家赔偿案件64件，尚未审结的7件结转下一年度；上述案件中，当年新收75件，上年结转4件。",
    # 341 > 312 + 18 = 330
    "全年办结信访事项312件，尚有18件正在办理；上述事项中，本年新受理341件，上年结转6件。",
    # 110 > 95 + 12 = 107
    "全年审结行政诉讼案件95件，尚有12件正在审理；上述案件中当年新收110件。",
    # 151 > 140
    "全年审结商事仲裁案件140件；上述案件中，当年新收151件，上年结转9件。",
]

BACK_TRAPS = [
    # 27 + 5 = 32 = 29 + 3
    "全年审结行政赔偿案件27件，尚有5件正在审理；上述案件中当年新收29件，上年结转3件。",
    # 46 + 8 = 54 = 51 + 3
    "全年办结行政复议案件46件，另有8件尚在审理中；上述案件中，本年新收51件，上年结转3件。",
    # 182 + 19 = 201 = 190 + 11
    "全年审结劳动争议案件182件，尚未审结的19件结转下一年度；上述案件中，当年新收190件，上年结转11件。",
    # 64 + 7 = 71 = 68 + 3
    "全年审结国家赔偿案件64件，尚未审结的7件结转下一年度；上述案件中，当年新收68件，上年结转3件。",
    # 312 + 18 = 330 = 325 + 5
    "全年办结信访事项312件，尚有18件正在办理；上述事项中，本年新受理325件，上年结转5件。",
    # 95 + 12 = 107 = 101 + 6
    "全年审结行政诉讼案件95件，尚有12件正在审理；上述案件中当年新收101件，上年结转6件。",
    # 140 = 131 + 9
    "全年审结商事仲裁案件140件；上述案件中，当年新收131件，上年结转9件。",
    # a partial split: 41 + 30 = 71 <= 95
    "全年审结行政诉讼案件95件，尚有12件正在审理；上述案件中，涉及征地拆迁的41件，涉及行政处罚的30件。",
]


@pytest.mark.parametrize("text", BACK_MISSES)
def test_origin_above_the_pointed_set_is_found(text: str) -> None:
    assert [c for c, _ in errors(text) if c in CODES]


@pytest.mark.parametrize("text", BACK_TRAPS)
def test_pointed_set_holds_the_open_cases(text: str) -> None:
    assert not _any(text, codes=CODES)
