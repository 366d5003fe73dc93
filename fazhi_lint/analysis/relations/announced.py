"""Announced counts against the items listed (N203).

An announcement is a numeral with a measure word and the noun it counts (「四项工作机制」,
「五类重点行动」, 「“三项制度”」). The items may be listed

* before it: 「涵盖A、B、C、D、E五个领域」, 「“强基”“聚力”四大工程」, a 顿号 list of three or
  more right against a quoted count (「上级督办、自查自纠、科技赋能“三条渠道”」), a count of
  what lies within the kinds between the count and its noun (「A、B等4类64家企业」) (from the item holding
  分别 when places come first, 「在A、B、C分别设立X、Y、Z调解委员会3个…」: what was set up
  there), two names joined by 和 before a count of kinds or groups (「聚焦A和B三大领域」: numbers.toml
  ``announced.and-measures``), after a word summing them up (「A、B、C共四类」) — not when
  the count is of something within the items (「A和B两个街道的12个社区」, a count more than
  twice the items), the items carry its measure with a numeral (「一期…三期」) or the last
  item is a clause (it ends with a verb, or holds one and is twice as long as the others —
  a last item ending with a verb no longer than half again the longest of two others or more
  is one of them: 「提高法治思维、…、强化考核检查等八个方面」); a 等 inside a word
  (numbers.toml ``announced.deng-words``: 均等, 平等) leaves no list open; one quote right
  before the count holding a run split by 顿号, plus signs or dashes is the list
  (「“宪法进企业、…、进网络”七个主题活动」「“A+B+C”三级学习体系」「“A—B—C”三个阶段」), and a
  bracket naming the list before it is read like a quoted count against it
  (「A、B、C（以下统称“三项制度”）」); the parts of a whole after a lead (由, 包括, 分…) or
  before 组成 and a count of parts (「本报告包括A，B…等五个部分」) are read by
  :mod:`.parts_listed`, every count its commas, 顿号 and 和 allow (a 顿号 may join two words
  of one part: 「政府信息公开行政复议、行政诉讼情况」); the first item is read from the words
  that lead to it for a count of its own (「省市县三级应急部门对A、B…4个领域」);
* in a bracket after the noun: 「4个部门（A、B、C、D）」 — unless the bracket qualifies the noun
  instead of naming its members (「12个县（市、区）」: the items are kinds of the noun, or too few
  to name the members);
* after a colon or an announcing word (numbers.toml ``announced.openers``: 分别是, 即, 包括…):
  a 顿号 list, a 分号 list (pieces of one clause each and no comma: that list alone) or quoted
  names (names filling the first clause are the list, not the sentence's 分号 pieces running
  on to other work: 「即《A》《B》，同时…；开展…」), also sharing the head noun after the last
  one (「即“清废”“护水”“蓝天”行动」); after a
  count of kinds (「分两类进行处理：」, numbers.toml ``announced.kind-measures``) 分号 pieces that
  each open with a condition ending in 的 (「对…的，…；对…的，…」) are one kind each;
* as an ordinal enumeration (一是…二是…, 第一…, （一）…, 1.…), inside the paragraph or over the
  following paragraphs (「从以下三个方面：」 then （一）…（三）);
* in the next paragraph, when the last sentence of a paragraph announces a count and lists
  nothing: after an announcing word that opens it (「分别是A、B和C」「具体包括：…」「即…」), or
  as an ordinal enumeration (一是…, 其一…, （一）… or 1.… a paragraph each) whose items name
  what was counted (its head noun, a title, a quoted name) — when other figures share the
  paragraph, every item must name the counted noun (a warning: the link between the
  paragraphs is a reading); 其一…其二… points back at what was counted by itself, and
  items that each open with the verb the count was announced with (「开展了5次专项行动，…。」
  then 「一是开展…；二是开展…」) are its items too; a set phrase after the announcement
  (「推动“三项制度”落地」) and a year (「2024年，」) are no other count of the paragraph; a
  count of parts of the work (numbers.toml ``summary-heads``: 「重点推进了四个方面的工作」)
  alone in its paragraph is listed by the enumeration whatever its items say — also when
  its paragraph's other figures only follow it in its sentence (「推出五项便企举措，全年为企业
  减负3.2亿元。」, what the measures achieved) and the items run on in one paragraph (一是…, not
  headings); a short lead naming the counted noun's head and a colon may open the
  enumeration (「开展四个方面的专项治理，…。」 then 「专项治理的重点：一是…」);
* as an ordinal enumeration opening right after the announcing sentence — the next sentence
  of its paragraph (「立足法治“四个坚持”，扛牢…责任。一是坚持…」), the text after a heading
  without a full stop (「…新格局 一是…」) or the next paragraph when that sentence ends its own
  — and running on over the following paragraphs, when every item names the counted word in
  its first clause (a quoted name's word too: 着力, 坚持, 进; a warning); items that each carry
  one of the measure (「一是建设一个…」 after “三个一”) are counted, not summed;
* for a count after its noun whose paragraph ends with one clause without a figure (「…内部管理
  制度四项，全部经过审议。」), as for a count before its noun: in the next paragraph;
* over the following paragraphs as a series 首先…其次…再次…最后 (sentences or paragraphs
  opening with those words; the series stops at 最后 or after two paragraphs without one);
  a count ending its paragraph with 「具体如下：」 or a colon after a quoted count
  (「聚焦“三项重点”：」) points at the enumeration of the next paragraphs (or at paragraphs
  that each open with its word: 「“三个强化”：」 then 「强化…」), and a quoted count
  ending its paragraph with 。 does when the items name its noun (「实施“五项行动”。」 then
  「一是“净街”行动；…」);
* in its sentence as ordinals of the counted noun's head (「三支执法分队，第一分队…，第四分队…」)
  or, when a verb follows the measure, of the measure (「分两批开展…，第一批…第三批」): members
  the sentence goes on about, so only more of them than announced contradict;
* after 分别 and a word that leads to a list (numbers.toml ``announced.list-leads``) or a verb
  of the lexicon (「5轮检查，分别聚焦A、B…」「五场督查，分别覆盖A、B…」): each member has its
  item, and like a duty one member may hold two joined by 和 (the 顿号 pieces, or one more);
* after an attribute of each member and 分别为 (「6场讲座，主题分别为A、B…」), also past a short
  bracket of the announcing clause (「4家律师事务所的律师担任村（社区）法律顾问，分别为…」);
  names of the counted kind that all repeat a suffix its noun holds (「五个“民主法治示范村”，
  分别是东湖村、…南塘村和北港村」: a noun in quotes after its measure too) are one item each,
  the last 和 joining two of them;
* after a count that follows its noun, 「制度七项，包括《A》…」 — not the kinds of what was done
  N times (numbers.toml ``announced.instance-measures``: 「活动12场，包括A、B和C」) nor kinds
  of more than twice as many items;
* as names that each end with the counted noun's head (清单 of “四张清单”), the object of the
  clause after the count (「建立健全“三张清单”…，全面公布权力清单、…和…清单」) or of the first
  clause of the next paragraph when the count ends its paragraph — not after 其中/包括 or
  another figure, not the tail of a longer list (…等A和B), not kinds of an instance count;
* after a count with no noun right after 有 (「…常住人口超过百万的有4个，分别是A、B和C」), when the
  clause of 有 holds no other count: counts in the clauses before it frame what is counted
  (「在4个地级市和15个县中，」), and a month (「3月末」) is a date — session 35, real68 LF100 and
  real29 QK054 (twins quiet; no other read-set case reads differently);
* in the next sentence, when it glosses the count (「建立“四张清单”。具体来说，就是A清单、
  B清单…」「…五个全覆盖。即…」; not 其中包括, a subset, nor 即日起).

Read by small modules of their own: a list summed after a comma by 共 (「包括A，B…，共五个部分」,
:mod:`.summed`), one name a line after a count that ends its paragraph without a stop
(:mod:`.lines_listed`, a warning) or — session 32 round 2 — a count in the last sentence of its
paragraph closed by a stop or a colon (「…共18家单位入选，其中…这5市分别有2家单位入选。」 then
「湖北省武汉市江岸区」…; ``_lines_after_stop``, a warning), and the days before a count of instances (「4月27日和10月21日
举办3场」, :mod:`.dated`, a warning), and — session 34 — 这N right after the 顿号 list it counts
(「武汉、襄阳…黄冈这6市」「…分别为上海市、…、重庆市，这6个省市」, :mod:`.pointed_list`, a warning).

A compound name followed by a bracket (「“一委一办四组”（市委…委员会，委员会办公室、立法协调小组…和
守法普法协调小组）」) is held to the bracket: each piece counts for the term whose noun it holds last
(办公室 an 办, 协调小组 a 组), short pieces without one sharing the head of the piece after them
(「黄石港、西塞山、…、开发区执法大队」: five 队) — a warning. A quoted 顿号 run whose every piece
holds one character, then (的) a count of that character (「“…联抓、…联防…”的五联机制」「“有牌子、
…”的“五有目标”」), is held to its pieces — a warning; so is an unquoted run tied by 的 to a quoted count
(「定职责、…、定要求的“四定”原则」: session 27, found 2 | 0 | 0, real19–42 | real43–45 | invented, no
consistent case warned on). A figure after 各 (「A、B、C各2场」) is what each of the names holds, never
their count. Three 分号 pieces or more that each hold a
comma part the items (「提出四点建议：A，a；B，b；C，c。」): the list may end early at a 分号,
never inside an item.

A quoted name counting levels (“三级联调”) is held to the 顿号 list of levels right before it, or to
another count of levels in its sentence whose own list fits that count (「由A、B、C和D四级力量」);
a quoted name of a numeral and a repeated two-character word (“五统一”) to the 顿号 pieces of its
gloss that each hold the word; a compound name (“一规划两方案”) glossed by titles alone to the
number of titles; a quoted count whose clause runs on past the opener's reach to a colon to the
enumeration after it — all warnings. 这N项 points back at an enumeration like 上述 (only fewer
items than it says contradict: 「这两项」 may be the last two of four).

Quoted names count by their numeral also when a figure or 一体 follows the measure
(「“五个100%”：…」「“三位一体”…，分别是…」). A quoted name glossed in a later sentence or
paragraph is judged where it is repeated with its gloss (「“四张清单”即A、B和C」「“两单一书”，
就是…」「“五心”是指…」); one not repeated, by a lead that points back at it (「上述清单包括…」).
A lead (这些/上述/以上/各 X, or the counted noun repeated after a full stop or a comma, followed
by an announcing word — after 这些/上述… also 是 or 为 and a colon, 「这些示范村是：…」 — a comma
between them or not: 「上述工作室分别设在A、B…」「上述联合
执法行动，即A、B…」) names what was counted when its head word
ends the counted noun; so does 「X的Y」 when X is said in the announcing sentence, before or
after the count (「修订完善了7项制度。修订的制度包括…」「6个社区开展“法治体检”，覆盖全部社区。
体检覆盖的社区分别为…」; Y of one character after 的 may end the counted noun: 建有…的村 /
行政村). The counted noun ends at a predicate adverb (「8个行政村均已…」) or at a verb whose
object is a quoted name. A bracket may also follow a long noun phrase (「3支卫生健康普法志愿
服务队伍（…）」) when no verb with an object of its own stands before it.

A list whose items each carry a count in the announced count's unit (「审查文件14件，分别为
规范性文件5件、重大决策事项3件、合同6件」) is a whole and its parts: the partition rule
judges the sum, this one says nothing. Items counted in another unit (「4支队伍，分别为A队12人…」)
are still the items.

A gloss that is one quote holding a 顿号 list (「即“一窗受理、一网通办、一次办结”」) lists the
items inside the quote, for every reading above and for the numbered names below.

A slogan counted by its 一-items (「“三个一”，即一套清单、一张流程图」) is judged by the clauses
or 顿号 pieces of its gloss that each hold 一 and a measure near their start (一张, 一套, 一网,
一窗…; not 一体化, 一站式, 一次性), in its sentence after ——, ：, 即, 就是, 包括… (a word of
gloss also after a long noun phrase of the name's own: 「“五个一”…化解机制，即…」; a piece opening
with 一 that goes on a 顿号 run of such items is one too: 「…、一次办结、一评到底」), or in the next
sentence or the first sentence of the next paragraph when it opens with such a word
(「具体来说，就是一张联系卡、…」); a name the announcement rules found wrong already is not
reported twice.

分号 pieces that each open with one word (「强化…，…；强化…，…」) are the items whatever
their commas. Every list is read in each way its punctuation allows (the 顿号 list of the first clause, the
分号 pieces of the sentence, 「A、B和C」 as two or three items; a 和 inside the last item
whose right side alone ends with the head noun all the other items end with —
「联席会议机制、…、法律援助和司法救助衔接机制」 — may join two modifiers of one item; so may
a 顿号 before a short piece ending with the list's head that the piece before it lacks —
「危险化学品生产、储存企业和非煤矿山企业」): a count is reported only when no
reading fits and at least one reading is a closed list. A list ending with 等, or opened by a
word that says it gives examples (主要包括) or that places what each member did (分别在,
分别于: members may share a place or a time), is reported only when it names more items than
announced — or, for a list before its count whose 等 is its last word (no 等 inside an item:
「医疗卫生等其他八大领域」), when it names five items or more and exactly one fewer than
announced (「建筑施工、…、人员密集场所等七个重点领域」 naming six), a warning: a long list that
stops one short reads as complete, though 等 may leave one out. Counted in session 25 over
every read set and the tests: with three names or more, real19–38 three contradictions found
(QN002, QX047, QF060) and no consistent case warned, but the invented text warned four
consistent traps (own10 RA32 and three tests, all naming three or four) for one contradiction
found (own23 ANZ017, four names); from five names on, real two found (QN002, QX047) and
nothing warned anywhere. Session 26 (s26-lists), decisions on counts over every read set (real19–38 | real39–42 |
invented blind1–44 and own; cases): a count closing its sentence with no noun after its
measure (「…、行政征用、行政检查五类。」) counts the 顿号 list right before it — the noun is elided,
the items are what it counts; not when the list's clause holds a figure (「商务楼宇6栋、中小学4
所。」), and no list after such a count is read — together with a count in a bracket right
before a colon (「县（市、区）政府（17个）：A、B…」), whose list opens past the bracket: found
0 | 2 | 0, consistent cases warned 0 | 0 | 0 (a first form that also read lists after the
bare count warned two invented consistent cases and was narrowed). A space between digits and
their measure (「等8 个一级指标」) no longer ends the count — read against the list before it
alone (a first form reading lists after it too warned on a heading 「2 名词解释」 in the corpus):
1 | 0 | 0 found, nothing warned.
Session 28 (s28-lists): quoted names standing side by side before a count are read as its
list whatever their length up to 40 characters (「重制“…申请(手机端)”“广州南沙人才卡”…等6个专题
专栏」; before, a quoted name over 12 characters ended the run, while titles in 《》 ran to 40):
found 1 | 0 | 1 (real19–42 | real43–45 | invented), no consistent case warned, no change in
the corpus and seeds; held-out announced 12 → 13 found, no warning on a consistent case.
Session 31 (s31-announced): a list whose last two names a closing 和 joins, right against a
quoted count (「责任机制、监督机制和评议考核“四到位”」), names three — the last name ending
with a verb (考核) is one more name when no longer than half again the longest other, and the
two sides of the 和 count among the three names that test asks for (before, only 顿号 pieces
did, so 「A、B和C“N…”」 was read as no list at all). Found real55 KQ053 (at warning: a list
before a quoted count is a reading); N2 findings compared case by case over every read set
(real19–57, blind1–46, own10–26): no other change. Consistent shapes of the class in other
pages: blind13 G059, blind26 RB73 (「…、…和…“三统一/三公开”」), real48 KH065. A message names
the count in 项 when the character after a quoted numeral is no measure (「“四到位”说有4项」,
was 「说有4到」). Left: a list before 「等各类X N个」 (count after its noun: real57 KT052 alone
in the read sets), a last item over 16 characters (KT083 alone), a question announcing the
answer's enumeration (real56 KS070 alone) and a ranking whose members follow on their own lines
(real57 KT036 alone) — one page each.
Session 32 (s32b-announced): 这N + measure pointing back, when no enumeration is before it, at
the last 顿号 list of its paragraph that closes a clause before the count's own (within 300
characters: ``_named_before``), three names at least, none left open by 等, each after the
first ending with the same two characters the count's clause holds (「申报成立了A委员会、B委员
会、C委员会。…。这四个专业性…委员会挂牌运行后」): like the 这 of an enumeration, only more
counted than named contradicts (a warning — the link is a reading; 「这两个」 may be the last
two). Class: a resumptive count naming the head of the names listed before it — real58 KV065
(found, was missed), its consistent twin KV064, and the same shape quiet in real25 QV057 and
own25 TAV007 (「是指A制度、B制度、C制度。这三项制度…」); found real58–60 29→30 of 43 (at
warning; at error 18, false errors 2, warnings on consistent 5 unchanged); every other read
set (real19–57, blind1–44, own10–26) and the seeds/corpus/fixtures snapshot unchanged. Left:
这N with no measure (「武汉、…、黄冈这5市」, real58 KV061 alone) and a resumptive 这N in the
list's own sentence that counts fewer than the names (real41 KA054: its closing 和 may join
two, so nine is a reading).
Session 33 (s33-announced): a headline's count before a verb of making a list (numbers.toml
``announced.selection-verbs``: 「淮安4个村(社区)上榜」「湖南4地上榜」) against the only 顿号 run of
names before such a verb in the story's first paragraph (:mod:`.headlined`, a warning). Class
over three pages: real58 KV063, real61 KY056, real63 LA047 — each found (was missed), their
consistent twins KV062, KY055, LA046 quiet. Counts (found | at error | FE | warnings on
consistent, before → after): real58–60 101 → 102 | 61 | 3 | 15; real61–63 95 → 97 | 63 | 10 |
8; real19–57, blind1–44, own10–26 unchanged. Left: one rate fewer than the subjects of a
分别 (real62 KZ029, alone), 「提出了6点建议」 read as an hour (real44 KD051, alone), a count
of units then names with another verb of award (real60 KX041: 受到表彰 then 获评, two kinds), a
line of comma-separated names after 「其中金山有6个！」 (real63 LA072, alone), an enumeration
right after the count that never names it (real54 KP075, real56 KS070: two pages but
different shapes — a sentence, a question and its answer — and the naming test guards the
consistent enumerations of other work).
Set phrases (四个意识, 三项制度: ``numerals.idioms``) are checked only against a list
that follows them. The work per announcement is bounded (a sentence, a bounded run of
following paragraphs), so the rule is linear in the text. Every message names the count and
the items it counted (the names listed, or the labels and opening words of an enumeration).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ...grammar import CLOSE_BRACKETS, OPEN_BRACKETS, SENTENCE_ENDS, YEAR_ASCII
from ...model import Severity, Span
from ..cn_numbers import NumeralError, cn_to_int, fmt
from ..quantities import BlockQuantities, Lexicon, finditer_at
from .common import Relation, Verdict, opens_with_body, shown_items
from .dated import dated_items
from .fused import fused_slogans
from .headlined import headlined
from .kinds_listed import kinds_listed_relations
from .lines_listed import complete_list, line_items, name_their_kind, noun_ends, shaped_lines
from .moves_listed import moves_listed_relations
from .parts_listed import PartsList, composed_re, joined_parts, parts_list
from .pointed_list import pointed_list_relations
from .ranking import ranking_relations
from .summed import SUMMING_ONLY, summed_list
from .unity_listed import unity_relations

_CN_DIGITS = "一二三四五六七八九十"
_INCLUDED = ("，包括", ",包括")
_QUOTED_NOUN = 16  # characters of a counted noun in quotes right after its measure
_QUOTED_NOUN_RE = re.compile(rf"[“「][^”」]{{1,{_QUOTED_NOUN}}}[”」]")
# a count right after an announcement's measure, with its own measure and noun (「11类64家企业」)
_INNER_COUNT_AFTER_RE = re.compile(
    r"[0-9０-９]{1,6}余?[个项家条件名所处户人批支张种类][\u4e00-\u9fff]"
)


@lru_cache(maxsize=4)
def _ordinal_names(lex: Lexicon) -> tuple[str, ...]:
    """numbers.toml ``numerals.ordinal-names``: ordinals that name, never count."""
    return tuple(lex.data["numerals"].get("ordinal-names", ()))


_ELIDED_NOUN_RE = re.compile(r"[ 　]*(?:[。；;！？!?]|$)")
_DIGIT_RE = re.compile(r"[0-9０-９]")
_LISTED_MARK_RE = re.compile("[、”」》]")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last clause mark before it)."""
    return max(text.rfind(c, 0, at) for c in "，,；;。：:！？!?\n") + 1


_ANNOUNCE_FIRST = re.compile("[0-9一二两三四五六七八九十]")  # where an announcement begins
_IDEOGRAPH_RE = re.compile(r"[\u4e00-\u9fff]")
_OPEN_BR = OPEN_BRACKETS
_CLOSE_BR = CLOSE_BRACKETS
_SENTENCE_END = SENTENCE_ENDS
_CLAUSE_END = "，,。；;：:、）)！？!?\n"
_MAX_FOLLOWING = 60  # paragraphs a list may run over
_MAX_SCAN = 4000  # characters of one paragraph an enumeration may run over (regex scan)
_MAX_LIST = 600  # characters a list after its announcement may run over
_LAST_CLAUSE = 40  # characters of a clause after a trailing count that ends its paragraph


@dataclass(frozen=True)
class _Patterns:
    """The patterns of an announced count, built from numbers.toml."""

    announce: re.Pattern[str]
    opener: re.Pattern[str]
    partial_opener: frozenset[str]
    categories: frozenset[str]
    opener_words: tuple[str, ...] = ()
    duty_openers: frozenset[str] = frozenset()
    measures: frozenset[str] = frozenset()
    # counted words of parts of the work (方面, 工作, 任务…): numbers.toml ``summary-heads``
    summary_heads: tuple[str, ...] = ()
    # where an announcement may begin: a numeral followed, within its numerals, by a measure
    announce_first: re.Pattern[str] = _ANNOUNCE_FIRST
    # measures of times something was done (次, 场…): names listed after them are its kinds
    instance_measures: frozenset[str] = frozenset()
    # measures of kinds (类, 种): 分号 pieces each led by a condition (对…的，) are its items
    kind_measures: frozenset[str] = frozenset()
    # acts right after an instance measure (带队, 赴): the count is a frequency of its subject
    instance_acts: tuple[str, ...] = ()
    # words of a sentence giving examples (部分, 例如): the name lines after it are no whole list
    example_words: tuple[str, ...] = ()


_CACHE: dict[int, _Patterns] = {}


def _patterns(lex: Lexicon) -> _Patterns:
    cached = _CACHE.get(id(lex))
    if cached is not None:
        return cached
    data = lex.data.get("announced", {})
    measures = sorted(data.get("measure", []), key=len, reverse=True)
    duties = data.get("duty-openers", [])
    openers = sorted([*data.get("openers", []), *duties], key=len, reverse=True)
    announce = re.compile(
        r"(?<![0-9０-９.．第一二两三四五六七八九十百千万])"
        # (the day or month of a date, 2024-12-13: no count)
        r"(?<![0-9０-９][-－/／])"
        r"(?P<num>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})"
        # (a space may stand between digits and their measure: 「等8 个一级指标」)
        r"(?:(?<=[0-9]) )?"
        rf"(?P<meas>{'|'.join(re.escape(m) for m in measures) or '(?!)'})"
        rf"(?=[\u4e00-\u9fff]|[：:]|[，,](?:具体|分别|即|依次|第一|包括)|{_QUOTED_NOUN_RE.pattern}"
        # a count of what lies within the counted kinds, then their noun (「11类64家企业」)
        rf"|{_INNER_COUNT_AFTER_RE.pattern}"
        # a count after its noun whose paragraph ends with one clause without a figure
        # (「…内部管理制度四项，全部经过审议。」 then 「一是…」): its list may be the next paragraph
        rf"|[，,][^，,。；;：:！？!?\n0-9０-９]{{1,{_LAST_CLAUSE}}}[。！？!?]?[ 　]*$"
        # a count closing its sentence with no noun after it (「…、行政检查五类。」), or in a
        # bracket right before a colon (「县（市、区）政府（17个）：」)
        r"|[。；;]|[ 　]*$|[）)][：:])"
    )
    # what may stand between the noun and its list: the rest of the noun phrase (a closing
    # quote, a few more characters), then a colon, an announcing word or clause punctuation
    # 分别 and a verb pair each item with one of the counted (「5轮检查，分别聚焦A、B…」「五场
    # 督查，分别覆盖A、B…」): the words that lead to a list and the lexicon's verbs
    # longest first, then by text: a set's order changes with the hash seed, and a pattern built
    # in another order is a new pattern to compile and keep on every start (pattern_cache)
    paired = sorted({*data.get("list-leads", []), *lex.verb_family}, key=lambda w: (-len(w), w))
    opener = re.compile(
        r"[”’」]?[^，,。；;：:（()）、“”《》\n]{0,10}?"
        rf"(?P<open>[：:]|[，,]?(?P<word>{'|'.join(re.escape(w) for w in openers) or '(?!)'}"
        # 分别 and a done verb pair each item with one of the counted (「会前学法4次，分别学习了
        # 《A》《B》…」「3个专班，分别牵头了…」)
        r"|分别[\u4e00-\u9fff]{1,3}?了"
        rf"|分别(?:{'|'.join(re.escape(w) for w in paired) or '(?!)'}))"
        r"[：:，,]?|[，,。；;])"
    )
    # (the numeral of an announcement is at most three characters: the first one is
    # followed by at most two more, then the measure; a numeral that is not is not tried)
    announce_first = re.compile(
        r"[0-9一二两三四五六七八九十](?=[0-9一二两三四五六七八九十]{0,2}"
        r"(?:(?<=[0-9]) )?"
        rf"(?:{'|'.join(re.escape(m) for m in measures) or '(?!)'}))"
    )
    pats = _Patterns(
        announce,
        opener,
        frozenset(data.get("partial-openers", [])),
        frozenset(data.get("categories", [])),
        tuple(openers),
        frozenset(duties),
        frozenset(measures),
        announce_first=announce_first,
        summary_heads=tuple(data.get("summary-heads", [])),
        instance_measures=frozenset(data.get("instance-measures", [])),
        kind_measures=frozenset(data.get("kind-measures", [])),
        instance_acts=tuple(data.get("instance-acts", [])),
        example_words=tuple(data.get("example-words", [])),
    )
    _CACHE[id(lex)] = pats
    return pats


def _cn_or_int(text: str) -> int | None:
    try:
        return int(text) if text.isdigit() else cn_to_int(text)
    except (NumeralError, ValueError):
        return None


def _split_top(segment: str, seps: str) -> list[tuple[int, str]]:
    """Pieces of ``segment`` split at ``seps`` outside brackets and quotes: (offset, text)."""
    pieces: list[tuple[int, str]] = []
    depth = 0
    begin = 0
    for i, ch in enumerate(segment):
        if ch in _OPEN_BR:
            depth += 1
        elif ch in _CLOSE_BR:
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            pieces.append((begin, segment[begin:i]))
            begin = i + 1
    pieces.append((begin, segment[begin:]))
    out = []
    for off, piece in pieces:
        stripped = piece.strip(" 　")
        if stripped:
            out.append((off + piece.find(stripped), stripped))
    return out


def _split_items(segment: str) -> list[str]:
    return [p for _, p in _split_top(segment, "、")]


_LEVEL_SUFFIX_RE = re.compile(r"(?:一?级|[（(][^（）()]{1,8}[）)])+$")


def _names_level(item: str, lex: Lexicon) -> bool:
    """Does the item end with a name of a level (numbers.toml announced.level-names: 省,
    市级, 县（区）)?"""
    word = _LEVEL_SUFFIX_RE.sub("", item)
    return any(word.endswith(n) for n in lex.data["announced"].get("level-names", ()))


_MAX_LEVEL_RUN = 8  # characters of a run of level names written together (区县乡镇村组)
MIN_LEVEL_TAIL = 3  # levels of a run read at the end of longer words (县乡村 of 推行县乡村)


def _level_parts(word: str, lex: Lexicon) -> tuple[str, ...] | None:
    """``word`` cut into names of levels (numbers.toml announced.level-names), the longest
    name first at each step (区县 and 乡镇 are one level each), or None when it is no such run."""
    names = lex.data["announced"].get("level-names", ())
    parts: list[str] = []
    i = 0
    while i < len(word):
        name = max((n for n in names if word.startswith(n, i)), key=len, default="")
        if not name:
            return None
        parts.append(name)
        i += len(name)
    return tuple(parts)


def _level_run(segment: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The levels of a run of two or more level names written together right before a count
    of levels (「县乡村三级联动」: 县、乡、村; 「市县乡村四级」): the run is the whole last
    顿号 item, or what follows the words leading to it (「全面推行县乡村四级…」). None when
    the item is anything else (「多元化解联调、县乡村」 ends with one: its levels are those)."""
    last = _split_items(segment)[-1] if "、" in segment else segment
    cut = 0 if "、" in segment else _lead_end(last, lex)
    word = last[max(cut, 0) :]
    if cut < 0:
        return None
    parts = _level_parts(word, lex) if 2 <= len(word) <= _MAX_LEVEL_RUN else None
    if parts is None and "、" not in segment:
        # words before the run that no lead word ends (「全面推行县乡村四级…」): the longest
        # tail of three levels or more (two, 乡村 of 美丽乡村 or 村社区 of 农村社区, may end a
        # word of their own) — or of two right after a verb of work (numbers.toml
        # ``announced.work-aims``: 「调整县乡两级」「巩固镇村两级」; not a pair that is a word of its
        # own, ``announced.level-words``: 乡村 the countryside)
        aims = tuple(lex.data["announced"].get("work-aims", ()))
        words = lex.data["announced"].get("level-words", ())
        for i in range(max(0, len(word) - _MAX_LEVEL_RUN), len(word) - 1):
            tail = _level_parts(word[i:], lex)
            if tail is None:
                continue
            if len(tail) >= MIN_LEVEL_TAIL or (
                len(tail) == 2 and word[:i].endswith(aims) and word[i:] not in words
            ):
                return tail
    return parts if parts is not None and len(parts) >= 2 else None


def _levels_only(items: list[str], lex: Lexicon) -> list[str]:
    """The items of a count of levels: a first item naming no level before two or more that
    each are one (「政府发文、中央、省、市三级」) is offered beside the levels, not one of them.
    (「县、乡、村、组三级」 keeps its four.)"""
    if len(items) >= 3 and not _names_level(items[0], lex):
        rest = items[1:]
        if all(_LEVEL_SUFFIX_RE.sub("", i) in lex.data["announced"]["level-names"] for i in rest):
            return rest
    return items


# a clause that is one quote holding a 顿号 list, maybe after a short gloss word
# (「即“一窗受理、一网通办、一次办结”」): the quote marks the list as a whole, its items are
# those of the list inside
_QUOTED_LIST_RE = re.compile(r"(?P<lead>[^“”「」]{0,4}?)[“「](?P<body>[^“”「」]*、[^“”「」]*)[”」]")


def _unquoted(clause: str) -> tuple[str, int]:
    """A clause that is one quoted 顿号 list without its quote marks, and where in it the
    text after the opening mark begins (offsets from there stood one character further
    right); the clause itself and its length when it is no such list."""
    m = _QUOTED_LIST_RE.fullmatch(clause)
    if m is None:
        return clause, len(clause)
    return m.group("lead") + m.group("body"), len(m.group("lead"))


@lru_cache(maxsize=16)
def _top_marks(stops: str) -> re.Pattern[str]:
    """The characters :func:`_top_end` reads: brackets, quotes and ``stops``."""
    return re.compile(f"[{re.escape(_OPEN_BR + _CLOSE_BR + stops)}]")


def _top_end(text: str, start: int, stops: str) -> int:
    """The first position from ``start`` where a character of ``stops`` stands outside brackets
    and quotes (or the end of the text, at most ``_MAX_LIST`` characters on). Read from one
    bracket, quote or stop to the next (a character class the regex engine scans for), not
    character by character in Python."""
    depth = 0
    limit = min(len(text), start + _MAX_LIST)
    search = _top_marks(stops).search
    while (m := search(text, start, limit)) is not None:
        i = m.start()
        ch = text[i]
        if ch in _OPEN_BR:
            depth += 1
        elif ch in _CLOSE_BR:
            depth = max(0, depth - 1)
        elif depth == 0:  # (a stop)
            return i
        start = i + 1
    return limit


# --------------------------------------------------------------------------------------
# ordinal enumerations
# --------------------------------------------------------------------------------------

# style -> (pattern of the marker with a group for its value, level in the outline)
_STYLES: dict[str, tuple[str, int]] = {
    # (一要…二要…: the same style; not 一要素, 统一要求)
    "是": (
        r"(?<![一二三四五六七八九十统唯惟只])([一二三四五六七八九十]{1,2})(?:是|要(?![求素件点]))",
        2,
    ),
    "第": (r"第([一二三四五六七八九十]{1,2})(?:[个项支类条种批家]?)(?=[，,、：:是])", 2),
    "其": (r"(?<![\u4e00-\u9fff])其([一二三四五六七八九十]{1,2})(?=[，,、：:是为])", 2),
    "（一）": (r"[（(]([一二三四五六七八九十]{1,2})[）)]", 2),
    "一、": (r"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,2})、", 1),
    "1.": (r"(?<![0-9.．])([0-9]{1,2})[.．、](?![0-9])", 3),
    "（1）": (r"[（(]([0-9]{1,2})[）)]", 4),
    "①": (r"([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])", 4),
}
_STYLE_RES = {k: re.compile(v) for k, (v, _) in _STYLES.items()}
_BLOCK_STYLES = ("（一）", "一、", "1.", "（1）")  # labels of paragraphs, not of clauses
_WORDS_ONLY_RE = re.compile(r"[\u4e00-\u9fff]*")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _value(style: str, raw: str) -> int | None:
    if style == "①":
        return _CIRCLED.index(raw) + 1
    return _cn_or_int(raw)


def _marker_at(text: str, pos: int) -> tuple[str, int, int] | None:
    """The ordinal marker that starts at ``pos`` (spaces skipped): (style, value, end). A
    quotation mark before it is skipped too: a PDF reader may move the quotes of a line to
    its start (「“（二）规范…三项制”」)."""
    while pos < len(text) and text[pos] in " 　\t":
        pos += 1
    if (
        text.startswith(("“", "”"), pos)
        and pos + 1 < len(text)
        and text[pos + 1] in "（(一二三四五六七八九十0123456789第其①②③④⑤⑥⑦⑧⑨⑩"
    ):
        pos += 1
    for style, pattern in _STYLE_RES.items():
        m = pattern.match(text, pos)
        if m:
            value = _value(style, m.group(1))
            if value is not None:
                return style, value, m.end()
    return None


_HEAD_LEN = 12  # characters of an enumerated item shown in a message


def _item_head(text: str, pos: int) -> str:
    """The opening words of an item that begins at ``pos`` (its label and up to the end of
    its first clause, at most ``_HEAD_LEN`` characters), for the message."""
    end = pos
    limit = min(len(text), pos + _HEAD_LEN)
    while end < limit and text[end] not in "，,。；;：:\n":
        end += 1
    if end < len(text) and text[end] in "，," and end - pos <= 3:
        # 「第一，规范执法程序」「首先，…」: the label alone, shown with its clause
        limit = min(len(text), end + 1 + _HEAD_LEN)
        end += 1
        while end < limit and text[end] not in "，,。；;：:\n":
            end += 1
    head = text[pos:end].strip(" 　")
    if end == limit and end < len(text) and text[end] not in "，,。；;：:\n":
        head = head[:-1] + "…"  # the clause goes on
    return head


_ITEM_CLAUSE = 40  # characters of an item's first clause read for a figure in it
_ITEM_CLAUSE_END_RE = re.compile(r"[，,。；;：:\n]")


def _item_clause(text: str, pos: int) -> str:
    """The first clause of an item that begins at ``pos`` (at most ``_ITEM_CLAUSE``
    characters): where the item's own figure stands (「一是企业虚报瞒报案件19件，」)."""
    limit = min(len(text), pos + _ITEM_CLAUSE)
    stop = _ITEM_CLAUSE_END_RE.search(text, pos, limit)
    return text[pos : stop.start() if stop else limit]


def _ordinals_inline(
    text: str,
    style: str,
    start: int,
    count: int,
    heads: list[str] | None = None,
    clauses: list[str] | None = None,
) -> int:
    """Continue an enumeration of ``style`` inside ``text`` from ``start`` (the last value seen
    is ``count``): the next values in order; a restart ends it. The opening words of each
    item found are added to ``heads``, its first clause to ``clauses``."""
    pattern = _STYLE_RES[style]
    pos = start
    limit = min(len(text), start + _MAX_SCAN)
    for m in pattern.finditer(text, pos, limit):
        value = _value(style, m.group(1))
        if value == count + 1:
            count += 1
            if heads is not None:
                heads.append(_item_head(text, m.start()))
            if clauses is not None:
                clauses.append(_item_clause(text, m.start()))
        elif value == 1:
            break  # another enumeration begins
    return count


def _ordinal_list(
    text: str,
    pos: int,
    following: Callable[[], Iterable[str]] | None,
    clauses: list[str] | None = None,
) -> tuple[int, str, tuple[str, ...]] | None:
    """An enumeration whose first marker (value 1) stands at ``pos``: its number of items over
    this paragraph and the following ones, its style and the opening words of its items (the
    first clauses of the items inside this paragraph are added to ``clauses``)."""
    first = _marker_at(text, pos)
    if first is None or first[1] != 1:
        return None
    style, _, end = first
    heads = [_item_head(text, pos)]
    if clauses is not None:
        clauses.append(_item_clause(text, pos))
    count = _ordinals_inline(text, style, end, 1, heads, clauses)
    if following is not None:
        count = _continue_over(following(), style, count, heads)
    return count, style, tuple(heads)


def _continue_over(
    blocks: Iterable[str],
    style: str,
    count: int,
    heads: list[str] | None = None,
    clauses: list[str] | None = None,
) -> int:
    """Paragraphs that carry an enumeration on: each opening with its next marker. Paragraphs
    without a label, or labelled one level deeper, are the body of an item for the
    paragraph-level styles; a shallower label or any other value ends the list (the first
    clause of each item found is added to ``clauses``)."""
    level = _STYLES[style][1]
    block_level = style in ("（一）", "一、", "1.", "（1）")
    unlabelled = 0  # paragraphs without a label since the last item
    for seen, text in enumerate(blocks):
        if seen >= _MAX_FOLLOWING:
            break
        marker = _marker_at(text, 0)
        if marker is not None and marker[0] == style:
            if marker[1] != count + 1:
                break
            if heads is not None:
                heads.append(_item_head(text, 0))
            if clauses is not None:
                clauses.append(_item_clause(text, 0))
            count = _ordinals_inline(text, style, marker[2], count + 1, heads, clauses)
            unlabelled = 0
            continue
        if marker is not None and (_STYLES[marker[0]][1] <= level or not block_level):
            break
        unlabelled += 1
        # an item of 一是… runs on over at most two paragraphs (a sentence cut by the page
        # layout of a PDF); items labelled （一）… may hold any number of paragraphs
        if not block_level and unlabelled > 2:
            break
    return count


# --------------------------------------------------------------------------------------
# readings of a list
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """One reading of the list that follows an announced count."""

    counts: frozenset[int]  # the numbers of items the list may hold
    how: str  # where the list is, for the message
    closed: bool  # True: may prove a contradiction; False: may only confirm
    partial: bool = False  # an open list (…等): only more items than announced contradict
    items: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    # counted by ordinals (一是…三是, （一）…（三）): a count that no reading of 和 or of an
    # item's end can change, so a mismatch is certain
    ordinal: bool = False
    # each item's first clause in full (``items`` are heads cut for the message): where a
    # figure in the announced unit makes the list a sum (「立案28件：一是A案件19件，…」)
    clauses: tuple[str, ...] = ()
    # what the message adds after the items (the readings a list of parts allows)
    note: str = ""


_AND_RE = re.compile(r"以及|[和及与]")
_MARKS_RE = re.compile(r"[“”‘’「」《》\s]")


def _and_counts(
    items: Sequence[str], places: frozenset[str] = frozenset(), closing: bool = False
) -> frozenset[int]:
    """「A、B和C」 names three items; when one side of the 和 is short (「宪法和法律」) the
    last item may also be one item joined in itself, so two or three — unless each side is
    a whole name of a place or unit, words of its own before a word of ``places``
    (numbers.toml ``announced.categories``: 「城关镇、新桥镇、石门乡和河口镇」: four), or,
    with ``closing`` (a list of the counted kinds right before an unquoted count), the 和
    closes a list of bare names (:func:`_closing_and`)."""
    k = len(items)
    if not items:
        return frozenset({0})
    joined = _and_split(items[-1])
    shared = _shared_heads(items, joined)
    if joined is None:
        return frozenset({k, k - shared})
    left, right = joined
    if (
        (len(left) >= 4 and len(right) >= 4 and not _one_head(items, left, right))
        or (_place_name(left, places) and _place_name(right, places))
        or (closing and _closing_and(items, left, right))
    ):
        return frozenset({k + 1, k + 1 - shared})
    return frozenset({k, k + 1, k + 1 - shared})


_CLOSING_AND_MIN = 3  # 顿号 pieces before which a 和 closes the list rather than an item


def _closing_and(items: Sequence[str], left: str, right: str) -> bool:
    """Does the 和 of the last item close a list of three or more names instead of joining
    two words of one (「老年人、未成年人、残疾人、妇女和农民工」)? Both sides are bare names
    of the list's own size — two characters or more, none longer than the longest other
    item, no 的, no figure — and the right side does not alone carry a head the other items
    end with (「…、法律援助和司法救助衔接机制」 may be one item). Only 和: 及/与 join the
    words of one kind more often than they close a list (「演出场所及演出经纪机构」)."""
    if len(items) < _CLOSING_AND_MIN or _and_split(items[-1], "和") != (left, right):
        return False
    others = [_MARKS_RE.sub("", i) for i in items[:-1]]
    longest = max(map(len, others))
    return all(
        2 <= len(side) <= longest and not re.search(r"[的0-9０-９%％]", side)
        for side in (left, right)
    ) and not _one_head(items, left, right)


_PLACE_OWN = 2  # characters of its own a place's name has before its category (石门 of 石门乡)


def _place_name(side: str, places: frozenset[str]) -> bool:
    """Is ``side`` a whole name of a place or unit: at least :data:`_PLACE_OWN` characters
    (no verb-like 的/了, no figure) before a category word it ends with (石门乡, 高新区)?"""
    return not re.search(r"[的了0-9０-９]", side) and any(
        side.endswith(c) and len(side) - len(c) >= _PLACE_OWN for c in places
    )


def _names_of_kind(reading: _Reading, noun: str) -> _Reading:
    """A list of proper names of the counted kind, each its own word before a suffix they all
    repeat and the counted noun holds (「五个“民主法治示范村”，分别是东湖村、西岭村、南塘村
    和北港村」): the last 和 joins two names, not two modifiers of one head — one count."""
    if len(reading.items) < 2:
        return reading
    joined = _and_split(reading.items[-1])
    last = [_MARKS_RE.sub("", reading.items[-1])] if joined is None else list(joined)
    names = [*(_MARKS_RE.sub("", i) for i in reading.items[:-1]), *last]
    if any("的" in p for p in names):
        return reading
    tail = 0
    while (
        all(len(p) > tail + 1 for p in names)
        and len({p[-1 - tail] for p in names}) == 1
        # (a suffix of words: not the closing bracket of each item's gloss, 「社区(村)」)
        and _IDEOGRAPH_RE.match(names[0][-1 - tail])
    ):
        tail += 1
    # (each name keeps a word of its own before the suffix: 南塘 of 南塘村, 东 of 东站)
    if tail < 1 or names[0][-tail:] not in noun:
        return reading
    return replace(reading, counts=frozenset({len(names)}))


def _shared_heads(items: Sequence[str], joined: tuple[str, str] | None) -> int:
    """The 顿号 pieces that may be modifiers sharing the head noun of the piece after them
    (「危险化学品生产、储存企业和非煤矿山企业」: 生产 lacks the head 企业 that the short piece
    储存企业 after it ends with — one item, two or three): how many such pieces."""
    pieces = [_MARKS_RE.sub("", i) for i in items]
    if joined is not None:
        pieces[-1] = joined[0]
    last = joined[1] if joined is not None else pieces[-1]
    head = last[-2:]
    if len(head) < 2:
        return 0
    modifiers = [
        i
        for i, (a, b) in enumerate(itertools.pairwise(pieces))
        # (城关小学、实验中学: a piece ending as the head does, 学, is a name of its own)
        if len(a) >= 2 and a[-1] != head[-1] and 2 < len(b) <= 4 and b.endswith(head)
    ]
    # every other piece ends with the head too: the head is the list's
    others = [p for i, p in enumerate(pieces) if i not in modifiers] + [last]
    if not modifiers or not all(p.endswith(head) for p in others):
        return 0
    return len(modifiers)


def _one_head(items: Sequence[str], left: str, right: str) -> bool:
    """Do the two sides of the last item's 和 share one head noun that the other items end
    with (「联席会议机制、…、法律援助和司法救助衔接机制」: 机制 closes the right side only,
    so 和 may join two modifiers of one item)?"""
    others = [_MARKS_RE.sub("", i) for i in items[:-1]]
    if not others:
        return False
    tail = 0
    while tail < 4 and all(
        len(o) > tail and len(right) > tail and o[-1 - tail] == right[-1 - tail] for o in others
    ):
        tail += 1
    return tail >= 2 and not left.endswith(right[-tail:])


def _and_split(item: str, joiners: str = "和及与") -> tuple[str, str] | None:
    """The two sides of the last 和/及/与 (of ``joiners``) of an item outside brackets (marks
    left out)."""
    found = None
    depth = 0
    for i, ch in enumerate(item):
        if ch in _OPEN_BR:
            depth += 1
        elif ch in _CLOSE_BR:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in joiners and not (found is not None and found == i - 1):
            # (「…信息通报机制和与自然资源部门的…机制」: a 与 right after the joining 和 opens
            # the next item's own phrase — the 和 before it joins the two)
            found = i
    if found is None:
        return None
    left = item[: found - 1] if item[found - 1 : found + 1] == "以及" else item[:found]
    right = item[found + 1 :]
    left, right = _MARKS_RE.sub("", left), _MARKS_RE.sub("", right)
    if not left or not right:
        return None
    return left, right


@lru_cache(maxsize=4)
def _deng_words_re(lex: Lexicon) -> re.Pattern[str]:
    """numbers.toml ``announced.deng-words``: words holding 等 that leave no list open."""
    words = sorted(lex.data["announced"].get("deng-words", ()), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


def _open_item(item: str, lex: Lexicon) -> bool:
    """Does a 等 inside the item leave its list open (「用地、用林等报批」), one outside the
    words that hold 等 as a character (「均等普惠」「平等保护」)?"""
    return "等" in item and "等" in _deng_words_re(lex).sub("", item)


def _open_ended(item: str) -> bool:
    return bool(re.search(r"等(?:等)?[\u4e00-\u9fff]{0,6}$", item)) or item.endswith(
        ("等", "等等", "……", "...")
    )


def _list_readings(
    text: str,
    start: int,
    partial: bool,
    how: str,
    kinds: bool = False,
    places: frozenset[str] = frozenset(),
    word: str = "",
) -> list[_Reading]:
    """The readings of a list that begins at ``start`` and ends with its sentence; ``kinds``:
    the count is of kinds (分两类), whose items may be conditions (对…的，…；对…的，…);
    ``word``: the word a quoted name counts (不出 of “五不出”), which its items repeat."""
    end = _top_end(text, start, _SENTENCE_END)
    segment = text[start:end]
    if not segment.strip():
        return []
    if kinds:
        pieces = _split_top(segment, "；;")
        if len(pieces) >= 2 and all(_CONDITION_RE.match(p.lstrip(" 　")) for _, p in pieces):
            # 「分两类进行处理：对存在A、B等问题的，…；对存在C问题的，…」: each piece opens with
            # the condition of one kind — the pieces are the kinds, not a 顿号 list inside
            # the first condition nor the clauses after its commas
            names = [p for _, p in pieces]
            return [
                _Reading(
                    frozenset({len(pieces)}),
                    how,
                    closed=True,
                    partial=partial or _open_ended(names[-1]),
                    items=tuple(names),
                    spans=tuple((start + o, start + o + len(p)) for o, p in pieces),
                )
            ]
    out: list[_Reading] = []
    clause_end = _top_end(segment, 0, "，,；;")
    clause, cut = _unquoted(segment[:clause_end])
    # (an item of an unquoted list stood one character further right: past the quote mark)
    items = [(o + (o >= cut), p) for o, p in _split_top(clause, "、")]
    quotes = list(_QUOTED_RE.finditer(clause))
    listed = False  # the first clause holds a list of its own
    titled = False  # ... of names in quotes or titles only
    # names in quotes may follow a modifier of them all (「新修订的《A》和《B》」)
    lead = quotes[0].start() if quotes else 0
    names_only = clause[lead:] if _MODIFIER_RE.fullmatch(clause, 0, lead) else clause
    if len(quotes) >= 2 and _SHARED_TAIL_RE.fullmatch(clause, quotes[-1].end()):
        # 「“清废”“护水”“蓝天”“净土”行动」: the names share the head noun after the last one
        names_only = names_only[: quotes[-1].end() - len(clause)]
    if len(quotes) >= 2 and len(_QUOTED_RE.sub("", _FILLER_RE.sub("", names_only))) == 0:
        # names in quotes or book-title marks: 《A》《B》和《C》
        listed = titled = True
        out.append(
            _Reading(
                frozenset({len(quotes)}),
                how,
                closed=True,
                partial=partial or _open_ended(clause),
                items=tuple(q.group(0) for q in quotes),
                spans=tuple((start + q.start(), start + q.end()) for q in quotes),
            )
        )
    elif (
        len(quotes) == 1
        and clause_end == len(segment)
        and how == "冒号"
        and not _QUOTED_RE.sub("", _FILLER_RE.sub("", names_only)).strip()
    ):
        # 「两个文件：《A办法》。」: one name after the colon, and the sentence ends
        listed = True
        q = quotes[0]
        out.append(
            _Reading(
                frozenset({1}),
                how,
                closed=True,
                partial=partial,
                items=(q.group(0),),
                spans=((start + q.start(), start + q.end()),),
            )
        )
    elif len(items) >= 2 and not _counts_itself([p for _, p in items]):
        names = [p for _, p in items]
        # 「负责公安、交通类案件的第一办案组」: the 顿号 list is inside a modifier of the
        # last item (…的X); parallel items that each carry 的 are a list
        modifier = (
            "的" in names[-1]
            and not any("的" in x for x in names[:-1])
            and not _closing_whole(names)
        )
        listed = not modifier
        # 「即：事故起数、死亡人数，受伤人数，直接经济损失同比下降」: a writer mixing 、 and ，
        # — bare names after the commas go on with the list, the last maybe carrying the
        # shared predicate; both counts are readings (the 顿号 list alone, or run on)
        more = 0 if modifier else _run_on_items(segment[clause_end:], max(map(len, names)))
        if word and not modifier and all(word in x for x in names):
            # 「“五不出”即小事不出社区、大事不出街道，…纠纷不出区，…不出本领域，…」: the
            # clauses after the 顿号 run that each repeat the name's word go on with its items
            more = max(more, _word_run_on(segment[clause_end:], word))
        out.append(
            _Reading(
                _and_counts(names, places) | ({len(names) + more} if more else set()),
                how,
                closed=not modifier,
                partial=partial or _open_ended(names[-1]),
                items=tuple(names),
                spans=tuple((start + o, start + o + len(p)) for o, p in items),
            )
        )
    elif items and (joined := _and_split(items[0][1])) is not None:
        # 「A和B」: two items when both sides are names of their own
        left, right = joined
        strong = len(left) >= 4 and len(right) >= 4 and "的" not in items[0][1]
        listed = strong
        out.append(
            _Reading(
                frozenset({2}) if strong else frozenset({1, 2}),
                how,
                closed=strong,
                partial=partial or _open_ended(items[0][1]),
                items=(left, right),
                spans=((start + items[0][0], start + items[0][0] + len(items[0][1])),),
            )
        )
    repeated = _word_led(segment)
    if len(repeated) >= 2:
        # 「“三个务必”，就是务必A、B，务必C、D，务必E、F」: each item a clause opening with
        # the same word; the list ends at the first clause that opens otherwise
        out.append(
            _Reading(
                frozenset({len(repeated)}),
                how,
                closed=True,
                partial=partial or _open_ended(segment[repeated[-1][0] : repeated[-1][1]]),
                items=tuple(segment[a:b] for a, b in repeated),
                spans=tuple((start + a, start + b) for a, b in repeated),
            )
        )
    led = _quote_led(segment)
    if not listed and len(led) >= 2:
        # 「“一窗通办”集成…，“一次告知”清单化…，全年压减…」: each item a clause opening with
        # its quoted name; the list ends at the first clause that opens otherwise
        listed = True
        out.append(
            _Reading(
                frozenset({len(led)}),
                how,
                closed=True,
                partial=partial or _open_ended(segment[led[-1][0] : led[-1][1]]),
                items=tuple(segment[a:b] for a, b in led),
                spans=tuple((start + a, start + b) for a, b in led),
            )
        )
    pieces = _split_top(segment, "；;")
    # (names in quotes or titles filling the first clause are the list: the 分号 pieces of the
    # sentence then run on to other work, 「即《A》《B》，同时…；开展…；自…起施行…」)
    if len(pieces) >= 2 and not titled:
        names = [p for _, p in pieces]
        # 「强化组织领导，…；强化制度建设，…」: 分号 pieces that each open with one word are
        # the items, whatever their commas
        same_word = not listed and len({_MARKS_RE.sub("", x)[:2] for x in names}) == 1
        out.append(
            _Reading(
                frozenset({len(pieces)}),
                how,
                closed=not listed,  # a list in the first clause is the likelier list
                partial=partial or _open_ended(names[-1]),
                items=tuple(names),
                spans=tuple((start + o, start + o + len(p)) for o, p in pieces),
            )
        )
    if not listed and not (len(pieces) >= 2 and same_word):
        # items separated by commas; the list may end at any of them
        commas = _split_top(segment, "，,；;")
        # (分号 pieces of one clause each and no comma: the 分号 reading is the list)
        if len(commas) >= 2 and not (len(pieces) >= 2 and len(commas) == len(pieces)):
            # (分号 pieces that each hold a comma: the writer parts the items by 分号 and the
            # clauses of one item by commas — 「四点建议：A，a；B，b；C，c。」 — so the list may
            # end early at a 分号, never split an item at its comma)
            last = len(commas)
            # (three pieces at least: two make no pattern of the writer's marks)
            if len(pieces) >= RUN_MIN_ITEMS and all(
                len(_split_top(p, "，,")) >= 2 for _, p in pieces
            ):
                last = len(pieces)
            out.append(_Reading(frozenset(range(2, last + 1)), how, closed=False))
    return out


def _closing_whole(names: Sequence[str]) -> bool:
    """Does the last item's closing 和 join two whole items, its left side ending with the head
    the items before end with (「…总体情况、…申请情况、…改进情况和其他需要报告的事项」: the 的
    is an item's own, no modifier of the list)?"""
    joined = _and_split(names[-1])
    head = _list_head(names[:-1])
    return joined is not None and bool(head) and joined[0].endswith(head)


def _word_run_on(rest: str, word: str) -> int:
    """The comma clauses at the start of ``rest`` (after a list's first clause) that each hold
    ``word`` — at most ``RUN_ON_ITEMS``; the run ends at the first clause without it."""
    more = 0
    if len(word) < 2:
        return 0  # (one character, 访 of “四访”, is in too many words to mark an item: 信访)
    for _, piece in _split_top(rest, "，,")[: RUN_ON_ITEMS + 1]:
        if not piece:
            continue  # (the comma that opens ``rest``)
        if word not in piece or _COUNT_IN_RE.search(piece):
            break  # (a clause with a figure says something of them all: 「全年公开信息1260条」)
        more += 1
    return more


RUN_ON_ITEMS = 6  # comma pieces a 顿号 list may run on over (「A、B，C，D同比下降」)
RUN_ON_NAME = 8  # characters of a name after such a comma (a longer piece is a clause)
# a bare name: ideographs without a numeral (「共计二百一十六处」 counts) nor a word that opens
# a statement about some or all of them (「各阵地均…」「全市…学校全部落实」「每校…」)
_BARE_NAME_RE = re.compile(
    r"(?!各|全|每|该|本|这|其|所有|上述|共|合计)(?:(?![一二两三四五六七八九十百千万])[\u4e00-\u9fff])+"
)


def _run_on_items(rest: str, longest: int) -> int:
    """Items of a 顿号 list that run on past a comma: ``rest`` starts at the first clause's end;
    each comma piece that is a bare name (ideographs only, no numeral, no 的, no longer than
    the longest item and two, nor than ``RUN_ON_NAME``) is one; after one, the sentence's
    last piece may be one more name followed by a predicate the items share (…损失同比下降).
    A lone clause after the list is no item (「…进驻服务中心，群众办事平均跑动次数明显减少」)."""
    pieces = [p for _, p in _split_top(rest[1:], "，,")] if rest[:1] in "，," else []
    count = 0
    for i, piece in enumerate(pieces[:RUN_ON_ITEMS]):
        piece = piece.strip(" 　")
        if (
            _BARE_NAME_RE.fullmatch(piece)
            and "的" not in piece
            and len(piece) <= min(longest + 2, RUN_ON_NAME)
            and not _SHARED_PREDICATE_RE.search(piece)
        ):
            count += 1
            continue
        shared = _SHARED_PREDICATE_RE.search(piece, 2)
        if (
            count
            and i == len(pieces) - 1
            and shared is not None
            and _BARE_NAME_RE.fullmatch(piece[: shared.start()])
            and shared.start() <= min(longest + 2, RUN_ON_NAME)
        ):
            count += 1
        break
    return count


CONDITION_REACH = 40  # characters of a condition (对…的) opening a 分号 piece
# a condition naming one kind, then its handling: 「对存在…问题的，」「属于本部门职责的，」
_CONDITION_RE = re.compile(rf"[^，,；;。：:]{{2,{CONDITION_REACH}}}?的[，,]")


# a head noun shared by the quoted names before it (“A”“B”行动), no verb, no figure
_SHARED_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{2,5}")


_INNER_COUNT_RE = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?P<num>[两二三四五六七八九十]|[2-9])[个项级类方家支]"
)


def _counts_itself(names: Sequence[str]) -> bool:
    """Does the last item open with a count of the items before it (「市、区两级联审」)? Then
    the 顿号 list is inside one item, not the list of the announcement."""
    m = _INNER_COUNT_RE.match(names[-1])
    return m is not None and _cn_or_int(m.group("num")) == len(names)


def _word_led(segment: str) -> list[tuple[int, int]]:
    """The clauses at the start of ``segment`` that each open with the same two characters
    (「务必…，务必…，务必…」), as (start, end) of each clause."""
    pieces = _split_top(segment, "，,；;")
    if len(pieces) < 2 or not _WORD_RE.match(pieces[0][1]):
        return []
    key = pieces[0][1][:2]
    out: list[tuple[int, int]] = []
    for off, piece in pieces:
        if not piece.startswith(key) or len(piece) <= 2:
            break
        out.append((off, off + len(piece)))
    return out


_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def _quote_led(segment: str) -> list[tuple[int, int]]:
    """The clauses at the start of ``segment`` that each open with a quoted name (“…”), as
    (start, end of the quoted name); a list of one or of none is returned as it is."""
    out: list[tuple[int, int]] = []
    for off, piece in _split_top(segment, "，,；;"):
        m = _LEADING_QUOTE_RE.match(piece)
        if m is None:
            break
        out.append((off, off + m.end()))
    return out


_LEADING_QUOTE_RE = re.compile(r"(?:[一二三四五六七八九十]是)?“[^”]{1,16}”")
_QUOTED_RE = re.compile(r"“[^”]{1,30}”|「[^」]{1,30}」|《[^》]{1,40}》")
_FILLER_RE = re.compile(r"以及|[和及与、，,\s]|等")
_MODIFIER_RE = re.compile(r"[\u4e00-\u9fff]{1,8}的")


def _is_qualifier(items: Sequence[str], n: int, categories: frozenset[str]) -> bool:
    """Does a bracket after a counted noun qualify it (「12个县（市、区）」「8个县区（开发区、
    管理局）」) rather than name its members? Its items are all kinds of unit (data:
    ``announced.categories``), or they are short words too few to be the members."""
    if all(i in categories for i in items):
        return True
    return 2 * len(items) <= n and all(len(i) <= 3 for i in items)


# --------------------------------------------------------------------------------------
# the rule
# --------------------------------------------------------------------------------------

# a list after the counted noun led by words that say it names each item (分别为, 分别是)
_EACH_NAMED_RE = re.compile(r"[，,]?\s*分别(?:为|是)[：:]?")

_WHERE = {
    "前列": "前面列出",
    "括号": "括号中列出",
    "冒号": "冒号后列出",
    "列举": "随后列举",
    "后文": "随后各段列出",
    "下段": "下一段列出",
    "下文": "下文列出",
}


# a quoted name that opens with a numeral: “五员”, “三道防线”, “四个一” (the measure is any
# character; such a name is checked only against a list that follows it)
_QUOTED_NAME = re.compile(
    r"(?<=[“「])(?P<num>[两三四五六七八九十]{1,2}|[2-9])(?P<meas>(?![一二两三四五六七八九十百千])[\u4e00-\u9fff])"
    # the rest of the name: words, a figure every item reaches (“五个100%”), or 一体
    # (“四位一体”: four parts in one)
    r"(?=(?:一体|(?![一二两三四五六七八九十])[\u4e00-\u9fff]|[0-9%％]){0,8}(?P<close>[”」]))"
)


def _candidates(text: str, lex: Lexicon) -> Iterator[tuple[re.Match[str], bool]]:
    """Announcements in text order: (match, is a quoted name found by its quotes only)."""
    found: dict[int, tuple[re.Match[str], bool]] = {}
    pats = _patterns(lex)
    for m in finditer_at(pats.announce_first, pats.announce, text):
        found[m.start("num")] = (m, False)
    if "“" in text or "「" in text:
        for m in _QUOTED_NAME.finditer(text):
            found.setdefault(m.start("num"), (m, True))
    for key in sorted(found):
        yield found[key]


# characters after an instance count's noun searched for the colon its clause ends with
INSTANCE_CLAUSE_REACH = 24


def _instances_act_on(text: str, noun_end: int, meas: str, pats: _Patterns, lex: Lexicon) -> bool:
    """「开展两轮专项督查推动问题整改落实到位：一是…」: a count of instances (numbers.toml
    ``announced.instance-measures``: 轮, 次, 场) whose clause goes on past its noun with a verb
    and its object before the colon says how often a thing was done; the list after the colon
    tells what that doing was about (the problems), not the instances."""
    if meas not in pats.instance_measures:
        return False
    colon = next(
        (
            i
            for i in range(noun_end, min(len(text), noun_end + INSTANCE_CLAUSE_REACH))
            if text[i] in "：:，,；;。"
        ),
        -1,
    )
    if colon < 0 or text[colon] not in "：:":
        return False
    verb = lex.verb_re.search(text, noun_end, colon)
    if verb is not None and colon - verb.end() >= 2:
        return True
    clause = text[noun_end:colon]
    return any(
        clause.find(w) >= 0 and len(clause) - clause.find(w) - len(w) >= 2
        for w in lex.data["announced"].get("instance-aims", ())
    )


def _curly_quotes(text: str) -> str:
    """Straight double quotes paired as “ and ” in turn when the paragraph holds an even
    number of them (an odd one is no pair: the text is left as it is)."""
    if text.count('"') % 2:
        return text
    parts = text.split('"')
    return "".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(parts[:-1])) + parts[-1]


def announced_relations(
    bq: BlockQuantities, lex: Lexicon, next_blocks: Callable[[], Iterable[str]] | None = None
) -> list[Relation]:
    out: list[Relation] = []
    if '"' in bq.text:
        # straight quotes of a PDF or a plain-text copy ("政府开放日") pair as “…” (one
        # character each way: every offset stays)
        curly = _curly_quotes(bq.text)
        if curly != bq.text:
            bq = replace(bq, text=curly)
    text = bq.text
    pats = _patterns(lex)
    idioms = lex.idiom_re
    seen = 0  # announcements read
    # the last one without a list: (count, measure, name, span, where its noun starts,
    # the noun before a count after it)
    last: tuple[int, str, str, tuple[int, int], int, str] | None = None
    # announcements without a list of their own, for a lead further on (「这些X分别是…」)
    unlisted: list[tuple[int, str, str, tuple[int, int], str, bool]] = []
    for m, named in _candidates(text, lex):
        n = _cn_or_int(m.group("num"))
        if n is None or not 2 <= n <= 30:
            continue
        num_start = m.start("num")
        if _is_unit(text, m.start("meas")):
            continue  # 24个月, 两个百分点: a duration or a difference, not a count of items
        if m.group("meas") == "点" and m.group("num").isdigit():
            continue  # 「下午3点召开」: an hour; points of a proposal are written 三点
        if text.startswith(_ordinal_names(lex), num_start):
            continue  # 党的二十大, 二十届三中全会: an ordinal naming a congress, no count
        # 「制度七项，包括《A》…」: a count after its noun, its members after 包括; not the
        # kinds of what was done N times (「活动12场，包括A、B和C」), nor kinds of many
        # items (「事项126项，包括A、B和C类」: fewer than half the count)
        included = text.startswith(_INCLUDED, m.end("meas"))
        if included and m.group("meas") in pats.instance_measures:
            continue
        # set phrases (四个意识, 三项制度) are checked only against a list that follows them
        idiom = idioms.match(text, num_start) is not None
        quoted = named or idiom or (num_start > 0 and text[num_start - 1] in "“‘「")
        after = m.end("meas")
        if (
            not named
            and _ELIDED_NOUN_RE.match(text, after) is not None
            and not _LISTED_MARK_RE.search(text, _clause_start(text, num_start), num_start)
            and m.group("meas") not in _part_nouns(lex)
        ):
            continue  # (a count closing its clause with no list in it: 「受理案件15件。」)
        noun_end = after
        while (
            noun_end < len(text)
            and noun_end - after < 4
            and _IDEOGRAPH_RE.match(text[noun_end])
            and text[noun_end] not in "的和及与等即"
            and not (noun_end > after and text.startswith(pats.opener_words, noun_end))
            # (「8个行政村均已…」: the predicate opens at its adverb)
            and not (noun_end - after >= 2 and _PREDICATE_LEAD_RE.match(text, noun_end))
            # (「承担四大职责一是…」: an enumeration opening with no mark before it)
            and not (noun_end > after and _BARE_FIRST_RE.match(text, noun_end))
        ):
            # (「这五类问题分别是…」: the opening word is not part of the noun)
            noun_end += 1
        if named:
            noun_end = max(noun_end, m.start("close"))  # “五个100%”: the name up to its quote
        elif noun_end == after and (quoted_noun := _QUOTED_NOUN_RE.match(text, after)):
            # 「五个“民主法治示范村”」: the counted noun in quotes, up to its closing quote
            noun_end = quoted_noun.end()
        name = text[num_start:noun_end]
        whole = _NOUN_HEAD_RE.match(text, after) if noun_end - after == 4 and not named else None
        noun = _counted_noun(text, after, lex.verb_re) if whole is not None else ""
        in_quotes = text[after : after + 1] in "“「"  # (「3个“…调解委员会”」: a name)
        verb = (
            lex.verb_re.search(text, after + 1, noun_end) if not named and not in_quotes else None
        )
        cut = after + len(noun)  # (one character read, not the rest of the paragraph copied)
        if whole is not None and len(noun) > 4 and text[cut : cut + 1] in _CLAUSE_END:
            # the noun phrase runs on to the end of its clause: named whole in the message
            # (「6个矛盾纠纷调解工作室」)
            name = text[num_start : after + len(noun)]
        elif len(noun) > 4 and len(noun) < len(whole.group() if whole else ""):
            name = text[num_start : after + len(noun)]  # (「四类重点矛盾开展排查化解」)
        elif verb is not None and verb.end() < len(text) and text[verb.end()] not in _CLAUSE_END:
            # 「三个社区开展“智慧调解”」: the noun ends at a verb with an object (not at
            # 「4类调解组织，」)
            name = text[num_start : verb.start()]
        span = (num_start, noun_end)
        readings: list[_Reading] = []
        # a count closing its sentence with no noun after its measure (「…、行政检查五类。」):
        # the noun is elided, the list right before it is what it counts; no list after it
        elided = noun_end == after and not named and _ELIDED_NOUN_RE.match(text, after) is not None
        if _instances_act_on(text, noun_end, m.group("meas"), pats, lex):
            continue
        # (A) a list right before the numeral: 涵盖A、B、C五个领域 / “强基”“聚力”四大工程 —
        # not before a frequency (「县委常委、常务副县长某某4次带队…」: numbers.toml
        # ``announced.instance-acts``), whose names before it are its subject
        frequency = m.group("meas") in pats.instance_measures and text.startswith(
            pats.instance_acts, after
        )
        parts = None if quoted or frequency else parts_list(text, num_start, lex)
        if parts is not None:
            # 「本报告包括A，B…等五部分组成」: the parts of a whole, read in every way its
            # commas, 顿号 and 和 allow (:mod:`.parts_listed`)
            readings.append(_parts_reading(parts, n))
            count = composed_re(lex).match(text, num_start)
            if count is not None:
                name = text[num_start : count.end("noun")]  # (「六个部分」, not the verb after it)
        elif not quoted and not frequency:
            commas = _comma_names_before(text, num_start, after, lex)
            # 「A、B、C等11类64家企业」「…等5方面10项内容」: a count of what lies within the
            # kinds follows the measure, and the noun after it is the kinds' noun too
            has_noun = (
                noun_end > after
                or _INNER_COUNT_AFTER_RE.match(text, after) is not None
                or (
                    elided and not _DIGIT_RE.search(text, _clause_start(text, num_start), num_start)
                )
            )
            readings.extend(commas or _before(text, num_start, has_noun, lex, n, m.group("meas")))
            if m.group("meas") in pats.instance_measures:
                # 「4月27日和10月21日举办3场培训班」: each day named is one event
                days = dated_items(text, num_start)
                if days:
                    readings.append(
                        _Reading(frozenset({len(days)}), "前列", True, items=tuple(days))
                    )
        elif m.group("meas") in lex.data["announced"].get(
            "member-measures", ()
        ) and _MEMBERS_BEFORE_RE.search(text, max(0, num_start - 8), num_start):
            # 「由A、B、C、D和E组成的“四位一体”团队」: a quoted name that counts its members
            # (numbers.toml ``announced.member-measures``; not “三治融合”, three ways of
            # governing) listed before it (a set phrase alone, “四个意识”, has no such list)
            readings.extend(_before(text, num_start - 1, True, lex, n, m.group("meas")))
        elif (
            not frequency
            and num_start > 1
            and text[num_start - 1] in "“「"
            # (「…、“六稳”“六保”专题等领域」: a quoted count right after another quoted name
            # is one name of a run of them, an item of the list, no name for it)
            and text[num_start - 2] not in "、，,”」"
        ):
            # 「拓宽上级督办、自查自纠、科技赋能“三条渠道”」: a 顿号 list written right against a
            # quoted count is its members (a set phrase alone, “四个意识”, has none before it);
            # so is the list before a bracket that names it (「A、B、C（以下统称“三项制度”）」)
            called = _CALLED_RE.search(text, max(0, num_start - 8), num_start - 1)
            at = called.start() if called is not None else num_start - 1
            against = _before(text, at, True, lex, n, m.group("meas"))
            readings.extend(r for r in against if len(r.items) >= 3)
        if elided or m.start("meas") > m.end("num"):
            # (a count with a space before its measure is read against the list before it
            # alone: 「2 名词解释」 opening a paragraph is a section's number, no count)
            relation = _judge(bq, lex, n, m.group("meas"), name, span, readings)
            if relation is not None:
                out.append(relation)
            continue
        # (B) a bracketed list right after the noun: 4个部门（A、B、C、D）
        list_from = noun_end  # where a list after the noun may open (past a qualifier)
        if noun_end == after and text.startswith(("）：", "）:", "):", ")："), after):
            # 「县（市、区）政府（17个）：A、B…」: a count in a bracket after its noun, the list
            # after the colon past the bracket's close
            list_from = after + 1
        k = noun_end
        while k < len(text) and k - noun_end < 4 and text[k] not in "（(，,。；;：:、":
            k += 1
        if not (k < len(text) and text[k] in "（(") and not named and noun_end - after == 4:
            # a long noun phrase (「3支卫生健康普法志愿服务队伍（A、B、C、D）」): the bracket
            # right after its end, when no verb with an object of its own comes before it
            k = after + len(_counted_noun(text, after, lex.verb_re))
            if k < len(text) and text[k] in "（(":
                name = text[num_start:k]
        if k < len(text) and text[k] in "（(":
            close = text.find("）" if text[k] == "（" else ")", k, k + 200)
            if close > k:
                inside = text[k + 1 : close]
                # items joined by ，(「A，对乡镇、部门一把手发送B及C」): a 、 inside one of them
                # joins words of that item, no items of the list
                items = _split_top(inside, "，,")
                if len(items) < 2:
                    items = _split_top(inside, "、")
                if len(items) < 2:
                    # 「“五步决策闭环机制”（公众参与→专家论证→…→集体决议）」: the steps of a
                    # chain, one item between arrows
                    items = _split_top(inside, "→")
                names = [p for _, p in items]
                qualifier = _is_qualifier(names, n, pats.categories)
                if k == noun_end and all(p in pats.categories for p in names):
                    # 「8个村（社区）分别为：…」: the bracket says what kinds of unit the
                    # members may be (numbers.toml ``announced.categories``), the list opens
                    # after it (not 「三级标题（节）：」, a short word that is no kind of unit)
                    list_from = close + 1
                if (
                    len(names) >= 2
                    and not re.search(r"[0-9]|等|含|其中|包括", inside)
                    and not qualifier
                ):
                    readings.append(
                        _Reading(
                            _and_counts(names),
                            "括号",
                            closed=True,
                            items=tuple(names),
                            spans=tuple((k + 1 + o, k + 1 + o + len(p)) for o, p in items),
                        )
                    )
        # (C) a list after a colon or an announcing word, or an enumeration; not for a name
        # that is itself an item of a list (「“四旁”、“五边”：……」)
        in_list = text[max(0, num_start - 2) : num_start].rstrip("“‘「").endswith(("、", "，"))
        # 「修订内部管理制度6项，具体为：」: a count after its noun, the list after it; not
        # when other counts precede it in the sentence (「行政单位1家…事业单位4家，具体包括：」
        # lists them all) — a date or a numeral inside a quoted name or title
        # (「“三项制度”配套文件5件，分别为…」) is no other count the list may be of
        # (after 有 the clause of 有 says what is counted, 「…常住人口超过百万的有4个，分别是」:
        # counts in the clauses before it frame it, 「在4个地级市和15个县中，」, no list of
        # theirs — and a month, 「制定了3月末节点目标且…的任务有4个」, is a date; session 35)
        lead_from = _sentence_start(text, num_start)
        if text[num_start - 1 : num_start] == "有" and noun_end == after:
            lead_from = max(lead_from, *(text.rfind(c, lead_from, num_start) + 1 for c in "，,；;"))
        trailing = (
            noun_end == after
            and not _IDEOGRAPH_RE.match(text, after)
            and not _COUNT_IN_RE.search(
                _GLOSSED_ONE_RE.sub(
                    "",
                    _QUOTED_RE.sub(
                        "", _MONTH_RE.sub("", _DATE_RE.sub("", text[lead_from:num_start]))
                    ),
                )
            )
        )
        if (noun_end > after or named or trailing) and not in_list:
            kinds = m.group("meas") in pats.kind_measures
            listed = _after(
                text,
                list_from,
                n,
                pats,
                next_blocks,
                quoted,
                num_start,
                kinds,
                m.group("meas") in pats.instance_measures,
                _work_parts(text, after, pats, lex),
            )
            if listed and _EACH_NAMED_RE.match(text, _top_end(text, noun_end, "，,；;。：:")):
                # 「建成县、乡、村三级…平台，分别为县…中心、15个乡镇…工作站」: a list led by
                # 分别为 names each counted item itself; the names before the count (the
                # levels) fitting it do not make up for items the list leaves out
                readings = []
            if m.group("meas") in _part_nouns(lex) or text.startswith(_part_nouns(lex), after):
                # 「报告共分为六部分：A、…、政府信息公开行政复议、行政诉讼情况、…」: a 顿号
                # after a part lacking the head the others end with may join two words of one
                # part, as in a list before its count (:mod:`.parts_listed`) — a reading that
                # only confirms
                listed.extend(
                    _Reading(frozenset(range(len(r.items) - j, len(r.items))), r.how, False)
                    for r in list(listed)
                    if len(r.items) >= 3
                    and not any("，" in i or "," in i for i in r.items)
                    and (j := joined_parts(r.items))
                )
            readings.extend(listed)
        if trailing and not readings:
            # 「专题学法四次，第一次…，第二次…」: ordinals of the announcement's own measure
            readings.extend(_measure_ordinals(text, after, m.group("meas")))
        if not readings and not quoted and noun_end > after and not in_list:
            if lex.verb_re.match(text, after):
                # 「分两批开展…，第一批…，第二批…」: a verb after the measure, its ordinals (the
                # counted noun is then the verb's object, no head its ordinals repeat)
                readings.extend(
                    replace(r, partial=True)
                    for r in _measure_ordinals(text, after, m.group("meas"))
                )
            head = _counted_noun(text, after, lex.verb_re)[-2:]
            if not readings and len(head) == 2:
                # 「组建三支执法分队，第一分队…，第二分队…」: ordinals of the counted noun's head
                readings.extend(_measure_ordinals(text, after, m.group("meas"), head))
        if (
            not readings
            and noun_end > after
            and not in_list
            and m.group("meas") not in pats.instance_measures
        ):
            # 「推行“三张清单”…，全面公布权力清单、责任清单和负面清单」: a list of names that
            # each end with the counted noun's head, later in the sentence or opening the next
            # paragraph
            readings.extend(_head_named(text, text[after:noun_end], noun_end, next_blocks))
        if (
            not readings
            and not in_list
            and not idiom
            and not included
            and (noun_end > after or named or quoted)
            and m.group("meas") not in pats.instance_measures
        ):
            # 「立足法治“四个坚持”，扛牢…责任。」 then 「一是坚持…二是坚持…」: the enumeration
            # after its sentence whose items each name the counted word
            readings.extend(
                _named_enumeration_next(
                    text,
                    noun_end,
                    _counted_word(text, m.end("num") if quoted else after, quoted),
                    pats,
                    next_blocks,
                    not quoted
                    and (
                        text.startswith(_part_nouns(lex), after)
                        # (「采取五大举措提高…。」 then 「一是…」: parts of the work, a verb of
                        # an aim after them — not 「五项工作机制」, a longer noun)
                        or _work_parts(text, after, pats, lex)
                    ),
                )
            )
        if not readings and not quoted and text[max(0, num_start - 2) : num_start] in _AHEAD:
            # 「围绕以下四个方面持续深化“放管服”改革：」 then （一）…（三） in the next paragraphs
            readings.extend(_following(text, noun_end, next_blocks))
        # (a set phrase pointed back at, 「这三项制度」, counts what was listed, not the phrase)
        pointed = quoted and not named and idiom and text[num_start - 1 : num_start] not in "“‘「"
        if (
            not readings
            and (not quoted or pointed)
            and _BACK_RE.search(text, max(0, num_start - 2), num_start)
        ):
            # 「一是…；二是…；三是…。通过上述四项措施，…」: the items listed before it (「这两项」
            # after four items may point at the last two: only fewer listed than it says
            # contradicts a 这)
            this = text[num_start - 1 : num_start] == "这"
            readings.extend(
                r for r in _enumerated_before(text, num_start) if not (this and n < max(r.counts))
            )
            if not readings and this:
                # 「成立了A委员会、B委员会、C委员会。…。这三个…委员会挂牌后」: the 顿号 list
                # of names ending with the counted noun's head, before it in its paragraph
                back, named_end = _named_before(text, num_start, after, lex, n, m.group("meas"))
                readings.extend(r for r in back if n >= max(r.counts))
                if readings:
                    name = text[num_start - 1 : named_end]  # (「这四个…委员会」 whole)
        if idiom and not readings:
            # a set phrase (「推动“三项制度”落地」) whose count is fixed by its name: not
            # another count that the next paragraph may list, nor the last announcement
            pass
        else:
            seen += 1
            last = None
        if not readings and not in_list:
            if not quoted:
                # (a count after its noun, 「内部管理制度四项，」: that noun is what it counts)
                before = _noun_before(text, num_start) if trailing else ""
                last = (n, m.group("meas"), before + name, span, after, before)
            if len(unlisted) < _MAX_UNLISTED:
                noun = _counted_noun(text, after, lex.verb_re) if noun_end > after else ""
                noun = noun or _noun_before(text, num_start)
                # (a quoted name, 「推行“两个清单”」, is looked for only by a lead that
                # points back: 「上述清单包括…」)
                unlisted.append((n, m.group("meas"), name, span, noun, quoted))
        if included:
            readings = [r for r in readings if 2 * max(r.counts, default=0) >= n]
        # (the rest of the announcing clause: its noun, 「交通执法服务站（点）」, whole)
        kind = text[after : _top_end(text, after, "，,；;。：:")] if readings else ""
        readings = [_names_of_kind(r, kind) for r in readings]
        relation = _judge(bq, lex, n, m.group("meas"), name, span, readings)
        if relation is not None:
            out.append(relation)
    judged_last = False
    if last is not None and next_blocks is not None:
        n, meas, name, span, noun_start, before = last
        # the verb the count was announced with (「组织开展了5次」: 开展)
        done = text[max(0, span[0] - 4) : span[0]].rstrip("了共计累")[-2:]
        if lex.verb_re.fullmatch(done) is None:
            done = ""
        readings = _next_paragraph(
            text, span, noun_start, seen == 1, pats, next_blocks, idioms, done, before, n
        )
        relation = _judge(bq, lex, n, meas, name, span, readings)
        judged_last = bool(readings)
        if relation is not None:
            out.append(relation)
    if not judged_last and unlisted and next_blocks is not None:
        # 「…共18家单位入选。」 then one name a line
        relation = _lines_after_stop(bq, lex, pats, unlisted, next_blocks)
        if relation is not None:
            out.append(relation)
    # each announcement and the lead it found; a lead two announcements point to (「建立3项
    # 制度，出台5项配套制度。上述制度包括…」) may list them all: neither is judged
    leads = []
    for n, meas, name, span, noun, back_only in unlisted:
        if judged_last and last is not None and span == last[3]:
            continue
        key, readings = _led_back(text, span[1], noun, pats, next_blocks, back_only, span[0])
        if key is not None:
            leads.append((key, (n, meas, name, span, readings)))
    shared = Counter(key for key, _ in leads) if leads else {}
    for key, (n, meas, name, span, readings) in leads:
        if shared[key] > 1:
            continue
        relation = _judge(bq, lex, n, meas, name, span, readings)
        if relation is not None:
            out.append(relation)
    if next_blocks is not None and "\n" not in text and len(text) <= _HEADLINE_MAX:
        relation = _headline_names(bq, lex, next_blocks, out)
        if relation is not None:
            out.append(relation)
    if "+" in text or "＋" in text:
        out.extend(_plus_names(bq, pats))
    if "“" in text or "「" in text:
        out.extend(_compound_names(bq, pats))
        if "级" in text:
            out.extend(_level_names(bq, lex))
        out.extend(_run_counted(bq))
        # (a name the announcements above found wrong already, against the same list, is
        # not reported twice)
        judged = {r.span[0]: r.span[1] for r in out if r.verdict is Verdict.CONTRADICTION}
        out.extend(
            r
            for r in _numbered_names(bq, lex, next_blocks)
            if not any(judged.get(a, r.span[1] + 1) <= r.span[1] for a in range(*r.span))
        )
    if "的为《" in text or "的是《" in text:
        out.extend(_pointed_titles(bq, lex))
    if "位一" in text:
        # 「“A+B+C”四位一体」: the quoted run right before it lists the parts (session 38)
        out.extend(unity_relations(bq))
    if "、" in text:
        out.extend(_fused_counts(bq, [r.span for r in out]))
    # the first N of a ranking (前五位…) and the kinds a 其中 gives figures (三类案件…其中): not
    # again where the count was judged (前五类)
    wrong = [r.span for r in out if r.verdict is Verdict.CONTRADICTION]
    out.extend(
        r
        for r in (
            *ranking_relations(bq),
            *kinds_listed_relations(bq, lex),
            *moves_listed_relations(bq),
        )
        if not any(s < r.span[1] and r.span[0] < e for s, e in wrong)
    )
    if "这" in text or "以上" in text or "上述" in text:
        # 「武汉、襄阳…黄冈这6市」: 这N right after the list it counts, 「A、B、C、D均设在…。这五大
        # 平台」 the list the clause before opens with (:mod:`.pointed_list`)
        out.extend(
            pointed_list_relations(bq, [r.span for r in out if r.verdict is Verdict.CONTRADICTION])
        )
    return out


_HEADLINE_MAX = 60  # characters of a headline (read by :mod:`.headlined`)


def _headline_names(
    bq: BlockQuantities,
    lex: Lexicon,
    next_blocks: Callable[[], Iterable[str]],
    out: Sequence[Relation],
) -> Relation | None:
    """A headline's count (「湖南4地上榜」) against the names its story's first paragraph
    lists before a verb of the same class (:mod:`.headlined`): a warning at most."""
    found = headlined(bq.text, lambda: next(iter(next_blocks()), None), lex)
    if found is None:
        return None
    n = _cn_or_int(found.num)
    if n is None or not 2 <= n <= 30:
        return None
    if any(r.span[0] < found.span[1] and found.span[0] < r.span[1] for r in out):
        return None  # (judged already)
    k = len(found.items)
    counts = frozenset({k, k + 1}) if found.joined else frozenset({k})
    reading = _Reading(counts, "下段", closed=True, partial=found.partial, items=found.items)
    relation = _judge(bq, lex, n, found.measure, found.name, found.span, [reading])
    if relation is None or relation.verdict is not Verdict.CONTRADICTION:
        return relation
    return replace(relation, severity=Severity.WARNING)


def _fused_counts(bq: BlockQuantities, taken: Sequence[tuple[int, int]]) -> list[Relation]:
    """A numeral fused to the word each item of a 顿号 run near it opens with (「法律六进」 …
    「进机关、进学校、…」): :mod:`.fused`; a slogan another reading judged is passed over."""
    out: list[Relation] = []
    for n, start, end, run, pieces in fused_slogans(bq.text):
        if any(s < end and start < e for s, e in taken):
            continue
        span = (start, end)
        if n == len(pieces):
            out.append(Relation("announced", Verdict.CONSISTENT, bq.block, span))
            continue
        out.append(
            _name_warning(
                bq,
                span,
                (Span(bq.block, *span), Span(bq.block, *run)),
                f"「{bq.text[start:end]}」说有{n}项，附近列出的却是{len(pieces)}项："
                + shown_items(pieces),
                {"announced": n, "listed": len(pieces)},
            )
        )
    return out


# 「…，废止的为《A》《B》和《C》」: a clause pointing back at a part by its verb, then the titles
# of that part, joined by 、和及与 alone, ending its clause (no 等: a closed list)
_POINTED_TITLES_RE = re.compile(
    r"(?<=[，,；;])(?P<verb>[\u4e00-\u9fff]{2,6})的(?:为|是)[：:]?"
    r"(?P<list>《[^《》\n]{1,60}》(?:[、和及与]{0,2}《[^《》\n]{1,60}》){0,19})"
    r"(?=[，,；;。]|$)"
)
_POINTED_REACH = 120  # characters before the pointing clause its figure is looked for in


def _pointed_titles(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「决定废止2件、修改3件…，废止的为《A》《B》和《C》」: the titles a clause pointing back at
    a part by its verb (废止的为) names are the items of the figure whose own clause ends with
    that verb (决定废止2件), the nearest before it in its sentence: another number of titles
    is a contradiction (N203)."""
    text = bq.text
    out: list[Relation] = []
    for m in _POINTED_TITLES_RE.finditer(text):
        verb = m.group("verb")
        floor = max(0, m.start() - _POINTED_REACH)
        floor = text.rfind("。", floor, m.start()) + 1 or floor  # (a bounded look back)
        figure = None
        for q in bq.quantities:
            if q.num_start < floor or q.num_start >= m.start():
                continue
            own = re.split(r"[，,、；;：:]", q.pre)[-1]
            if (
                q.kind == "count"
                and not q.quoted
                and q.depth == 0
                and len(own) >= 2
                and (own.endswith(verb) or verb.endswith(own))
            ):
                figure = q
        if figure is None or figure.low != figure.high:
            continue
        titles = m.group("list").count("《")
        if titles == figure.value:
            out.append(
                Relation("announced", Verdict.CONSISTENT, bq.block, (figure.num_start, figure.end))
            )
            continue
        out.append(
            Relation(
                "announced",
                Verdict.CONTRADICTION,
                bq.block,
                (figure.num_start, figure.end),
                (Span(bq.block, figure.num_start, figure.end), Span(bq.block, m.start(), m.end())),
                code="N203",
                severity=Severity.ERROR,
                message=f"「{verb}{figure.text}」说有{fmt(figure.value)}{figure.unit_text}，"
                f"随后“{verb}的”列出的却是{titles}项：{m.group('list')[:40]}",
                suggestion="核对数量词与所列项目是否一致",
                data={"announced": int(figure.value), "listed": titles},
            )
        )
    return out


_NAME_SUGGESTION = "核对名称中的数字与所列项目的数量是否一致"


def _name_warning(
    bq: BlockQuantities,
    span: tuple[int, int],
    involved: tuple[Span, ...],
    message: str,
    data: dict[str, object],
    suggestion: str = _NAME_SUGGESTION,
) -> Relation:
    """The N203 warning on a name that counts its items (“五进”, “三级联调”, “两库一平台”,
    “1+3”) against the items or counts its text lists: one shape for every such reading."""
    return Relation(
        "announced",
        Verdict.CONTRADICTION,
        bq.block,
        span,
        involved,
        code="N203",
        severity=Severity.WARNING,
        message=message,
        suggestion=suggestion,
        data=data,
    )


# 「“三个一”」「“法律八进”」: a quoted name whose count is of a word its items repeat
_NUMBERED_NAME = re.compile(
    r"[“「](?P<pre>[\u4e00-\u9fff]{0,4}?)(?<![一二两三四五六七八九十])(?P<num>[两三四五六七八九十])个?"
    # (or a word of two its items each repeat: “五统一” 统一执法主体、统一执法程序…)
    r"(?P<ch>[一进入下上]|(?![一二两三四五六七八九十个项])[\u4e00-\u9fff]{2})[”」]"
)
_ONE_ITEM_RE = re.compile(
    # one of a slogan's items: 一 and a measure (一张清单, 一网通办, 一窗受理); not 一体化,
    # 一站式, 一次性, 一批 of an amount
    r"(?<![0-9一二三四五六七八九十第统唯专])一"
    r"[个项本支套张条座部份名家所处间网窗门次站号码库图表册单卡证台群口章把员枚]"
    r"(?![式化性])"
)
# a bracket right after a numbered name and its noun (「“法律六进”活动（进机关、…）」)
_BRACKET_AFTER_NAME_RE = re.compile(r"[\u4e00-\u9fff]{0,4}[（(]([^（）()]{2,120})[）)]")
_GLOSS_LEAD_RE = re.compile(r"^(?:即|包括|含|分别是|分别为|主要是|具体是)[：:]?")
_ONE_HEAD = 6  # characters of an item its 一 and measure may stand after (「组建一支」)
# what opens the gloss of a slogan in its sentence (「，即」「——」「：」「，包括」)
# (a gloss word may follow the slogan's own noun phrase, however long: 「“五个一”涉退役军人
# 矛盾纠纷化解机制，即建立一本…」)
_ONE_OPEN_RE = re.compile(
    r"[一-鿿]{0,16}?[，,]?(?:即|就是|是指|指的是|包括|具体为|具体是|分别是|分别为)[：:，,]?"
    r"|[一-鿿]{0,6}?(?:——|—|：|:|[，,])"
)
# a later sentence that glosses it (「具体来说，就是…」「即…」「主要包括：…」)
_ONE_GLOSS_RE = re.compile(
    r"[^。！？!?“”「」]{0,8}?(?:即|就是|是指|指的是|包括|具体为|具体是|分别是|分别为)[：:，,]?"
)


def _one_items(rest: str) -> tuple[list[str], bool]:
    """The items of a slogan's gloss at the start of ``rest`` (clauses or 顿号 pieces that
    each hold 一 and a measure near their start) and whether the list ends inside ``rest``."""
    items: list[str] = []
    for _, clause in _split_top(rest, "，,；;"):
        # (a quoted 顿号 list is read inside its quote: 「即“一窗受理、一网通办”」)
        pieces = [p for _, p in _split_top(_unquoted(clause)[0], "、")]
        for i, piece in enumerate(pieces):
            # a piece opening with 一 that goes on a 顿号 run of items is one too, whatever
            # follows its 一 (「一窗受理、一网通办、一次办结、一评到底」)
            if not _ONE_ITEM_RE.search(piece, 0, _ONE_HEAD + 2) and not (
                i > 0 and piece.startswith("一") and pieces[i - 1] is items[-1]
            ):
                return items, True
            items.append(piece)
    return items, False


def _later_gloss(
    text: str, end: int, name: str, next_blocks: Callable[[], Iterable[str]] | None
) -> tuple[list[str], str]:
    """The gloss of a slogan in the next sentence of its paragraph or the first sentence of
    the next paragraph (「推行“四个一”服务模式。具体来说，就是一张联系卡、…」); not when
    that sentence repeats the name (it is judged where it is repeated)."""
    following = text[end + 1 : end + 1 + _MAX_LIST].lstrip(" 　")
    where = "随后"
    if not following.strip() and next_blocks is not None:
        following = next(iter(next_blocks()), "").strip(" 　")
        where = "下一段"
    stop = _top_end(following, 0, _SENTENCE_END)
    sentence = following[:stop]
    if name in sentence:
        return [], where
    g = _ONE_GLOSS_RE.match(sentence)
    if g is None:
        return [], where
    items, ended = _one_items(sentence[g.end() :])
    return (items if ended or stop < len(following) or where == "下一段" else []), where


def _listed_before(text: str, start: int, lex: Lexicon, ch: str) -> tuple[list[str], str]:
    """The 顿号 list right before a numbered name at ``start`` whose items each hold the word
    the name repeats (进 of “六进”; 一 and a measure for “三个一”), or none."""
    lo = max(0, start - _REACH)
    begin = max(lo - 1, *(text.rfind(c, lo, start) for c in "，,；;：:。！？!?")) + 1
    before = _MARKS_RE.sub("", text[begin:start])
    pieces = [p for _, p in _split_top(before, "、")]
    if len(pieces) < 2:
        return [], "随后"
    cut = _lead_end(pieces[0], lex)
    items = [pieces[0][max(cut, 0) :] or pieces[0], *pieces[1:]]
    if ch == "一":
        first = _ONE_ITEM_RE.search(pieces[0])
        holds = first is not None and all(
            _ONE_ITEM_RE.search(p, 0, _ONE_HEAD + 2) for p in items[1:]
        )
        if first is not None:
            items[0] = pieces[0][first.start() :]  # (the verb before the first item left out)
    else:
        holds = all(ch in p for p in pieces)
    return (items, "前面") if holds else ([], "随后")


def _numbered_names(
    bq: BlockQuantities, lex: Lexicon, next_blocks: Callable[[], Iterable[str]] | None = None
) -> list[Relation]:
    """A quoted name counting what its items repeat: 「“三个一”工程——编印一本…，组建一支…」
    (items that each hold 一 and a measure), 「“法律八进”活动，推动法律进机关、进乡村…」
    (the 顿号 list of the sentence whose items each hold 进). Reported as a warning when the
    items are fewer or more than the name says."""
    out: list[Relation] = []
    text = bq.text
    for m in _NUMBERED_NAME.finditer(text):
        n = _cn_or_int(m.group("num"))
        if n is None:
            continue
        end = _top_end(text, m.end(), _SENTENCE_END)
        rest = text[m.end() : end]
        ch = m.group("ch")
        items: list[str] = []
        where = "随后"
        if ch == "一":
            opened = _ONE_OPEN_RE.match(rest)
            ended = False
            if opened is not None:
                items, ended = _one_items(rest[opened.end() :])
                if items and not ended and _ONE_ITEM_RE.match(text, end + 1):
                    continue  # the next sentence goes on with items: the list is longer
            if not items:
                items, where = _later_gloss(text, end, m.group(), next_blocks)
            if not items:
                # 「推行一套清单、一张流程图“三个一”工作法」: the items right before the name
                items, where = _listed_before(text, m.start(), lex, ch)
        else:
            for off, clause in _split_top(rest, "，,；;"):
                pieces = [p for _, p in _split_top(_unquoted(clause)[0], "、")]
                if len(pieces) >= 2:
                    if all(ch in p for p in pieces):
                        # (the comma clauses after the run that each repeat the word go on
                        # with it: 「小事不出社区、大事不出街道，…不出区，…不出本领域」)
                        following = rest[off + len(clause) : _top_end(rest, off, "；;")]
                        items = [
                            *pieces,
                            *[p for _, p in _split_top(following, "，,") if p][
                                : _word_run_on(following, ch)
                            ],
                        ]
                    break
            if not items:
                # 「“法律六进”活动（进机关、进乡村…）」: the list in a bracket right after the
                # name (and its noun)
                b = _BRACKET_AFTER_NAME_RE.match(rest)
                pieces = (
                    [p for _, p in _split_top(_GLOSS_LEAD_RE.sub("", b.group(1)), "、")]
                    if b
                    else []
                )
                # (each item opens with the word the name repeats: not 「（以进乡村、进社区为重点）」)
                if len(pieces) >= 2 and all(p.startswith(ch) for p in pieces):
                    items = pieces
            if not items:
                # the list right before the name (「开展法律进机关、进乡村…进企业“六进”活动」,
                # its items maybe in quotes of their own)
                items, where = _listed_before(text, m.start(), lex, ch)
        if len(items) < 2:
            continue
        span = m.span()
        if len(items) == n:
            out.append(Relation("announced", Verdict.CONSISTENT, bq.block, span))
            continue
        out.append(
            _name_warning(
                bq,
                span,
                (Span(bq.block, *span),),
                f"「{text[span[0] + 1 : span[1] - 1]}」说有{n}项，{where}列出的却是{len(items)}项："
                + shown_items(items),
                {"announced": n, "listed": len(items)},
            )
        )
    return out


# a quote holding a 顿号 run, then (的) a numeral and the one character every item of the run
# holds: 「“法制宣传联抓、…、基层平安联创”的五联机制」「“有牌子、…、有效果”的“五有目标”」
_RUN_THEN_COUNT_RE = re.compile(
    r"“(?P<run>[^“”0-9０-９等]{3,160})”的?[“「]?"
    r"(?P<num>[两三四五六七八九十]{1,2})(?P<ch>(?![一二两三四五六七八九十个项])[\u4e00-\u9fff])"
)
RUN_MIN_ITEMS = 3  # pieces of the quoted run that make it a list (two may be one name)
# an unquoted 顿号 run, then 的 and a quoted numeral and character: 「定职责、…、定要求的“四定”原则」
# (a run right against the quote is the list before its count, read with the other counts)
_BARE_RUN_COUNT_RE = re.compile(
    r"(?<=[^”“、，,；;：:。])的“(?P<num>[两三四五六七八九十]{1,2})"
    r"(?P<ch>(?![一二两三四五六七八九十个项])[\u4e00-\u9fff])”"
)
_RUN_STOPS = "，,；;：:。！？!?“”（）()"
RUN_REACH = 160  # characters before the quoted count read for its unquoted run
RUN_PIECE = 16  # characters of a piece after the first (the first carries the clause's lead)


def _run_counted(bq: BlockQuantities) -> list[Relation]:
    """A quoted 顿号 run whose every piece holds one character, then a count of that character
    right after the quote (its 的 between them or not): the count names what each item does
    (联抓、联防… 五联; 有牌子、有场地… 五有), so it is the number of pieces — a warning when
    it is not (the run is read as the list, a reading)."""
    out: list[Relation] = []
    text = bq.text
    runs: list[tuple[str, str, tuple[int, int], re.Match[str]]] = [
        (m.group("run"), m.group("ch"), m.span("run"), m) for m in _RUN_THEN_COUNT_RE.finditer(text)
    ]
    quoted = len(runs)
    if "的“" in text:
        for m in _BARE_RUN_COUNT_RE.finditer(text):
            # 「严格落实定职责、定任务、…、定要求的“四定”原则」: the run needs no quotes of its
            # own when the count after it is quoted and 的 ties them; it opens with its clause
            begin = max(text.rfind(c, max(0, m.start() - RUN_REACH), m.start()) for c in _RUN_STOPS)
            begin = max(begin + 1, m.start() - RUN_REACH)
            runs.append((text[begin : m.start()], m.group("ch"), (begin, m.start()), m))
    for k, (run, ch, run_span, m) in enumerate(runs):
        pieces = [p for _, p in _split_top(run, "、")]
        if (
            len(pieces) < RUN_MIN_ITEMS
            or not all(ch in p for p in pieces)
            or any(len(p) > RUN_PIECE for p in pieces[1:])
        ):
            continue
        n = _cn_or_int(m.group("num"))
        if n is None:
            continue
        span = (m.start("num"), m.end("ch"))
        if n == len(pieces):
            out.append(Relation("announced", Verdict.CONSISTENT, bq.block, span))
            continue
        out.append(
            _name_warning(
                bq,
                span,
                (Span(bq.block, *span), Span(bq.block, *run_span)),
                f"「{m.group('num')}{ch}」说有{n}项，前面{'引号内' if k < quoted else ''}列出的却是"
                f"{len(pieces)}项：" + shown_items(pieces),
                {"announced": n, "listed": len(pieces)},
            )
        )
    return out


# a quoted name that counts levels (“三级联调”, “四级联动”, “五级书记”)
_LEVEL_NAME = re.compile(r"[“「](?P<num>[两三四五六七八九])级[\u4e00-\u9fff]{1,6}[”」]")
# an unquoted count of levels in the name's sentence (「…四级力量」)
_LEVEL_COUNT = re.compile(r"(?<![0-9一二两三四五六七八九十第“「])(?P<num>[两三四五六七八九])级")
_LEVEL_SEP = "，,；;：:。！？!?"  # the marks that end the clause holding the levels named


def _level_names(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """A quoted name that counts levels against the levels its sentence names: the 顿号 list
    right before it (「构建县、乡镇、村（社区）、村民小组“三级联调”机制」: four) or another
    count of levels in its sentence whose own list it matches (「推行“三级联调”模式，由社区、
    街道、区级职能部门和区信访联席会议四级力量逐级调处」). A warning: which levels the name
    counts is a reading of the sentence."""
    out: list[Relation] = []
    text = bq.text
    for m in _LEVEL_NAME.finditer(text):
        n = _cn_or_int(m.group("num"))
        if n is None:
            continue
        listed: tuple[str, ...] = ()
        counts: frozenset[int] = frozenset()
        # (1) the levels right before the name, back to its clause's start (brackets kept)
        begin = m.start()
        while begin > 0 and m.start() - begin < _REACH and text[begin - 1] not in _LEVEL_SEP:
            begin -= 1
        clause = text[begin : m.start()]
        cut = _lead_end(clause, lex)
        pieces = _levels_only([p for _, p in _split_top(clause[max(cut, 0) :], "、")], lex)
        if len(pieces) >= 2 and not re.search(r"[0-9０-９]|等", clause):
            listed, counts = tuple(pieces), _and_counts(pieces)
        else:
            # (2) another count of levels in the sentence that its own list before it fits
            end = _top_end(text, m.end(), _SENTENCE_END)
            for c in _LEVEL_COUNT.finditer(text, m.end(), end):
                k = _cn_or_int(c.group("num"))
                if k is None or k == n:
                    continue
                fits = [
                    r
                    for r in _before(text, c.start(), True, lex, k, "级")
                    if k in r.counts and r.closed
                ]
                if fits:
                    listed, counts = fits[0].items, frozenset({k})
                    break
        if not counts:
            continue
        span = m.span()
        if n in counts:
            out.append(Relation("announced", Verdict.CONSISTENT, bq.block, span))
            continue
        shown = "或".join(str(c) for c in sorted(counts))
        out.append(
            _name_warning(
                bq,
                span,
                (Span(bq.block, *span),),
                f"「{m.group()[1:-1]}」说有{n}级，句中列出的层级却是{shown}级："
                + shown_items(listed),
                {"announced": n, "listed": min(counts)},
                suggestion="核对名称中的层级数与所列层级是否一致",
            )
        )
    return out


# 「“两库一平台”」「“三会一课”」「“一中心两平台”」: a name of several counted terms
_COMPOUND_NAME = re.compile(
    r"[“「](?P<terms>(?:[一二两三四五六七八九十]{1,2}[^一二两三四五六七八九十”」“「，,、]{1,3}、?){2,4})[”」]"
)
_TERM_RE = re.compile(r"([一二两三四五六七八九十]{1,2})([^一二两三四五六七八九十、]{1,3})")
# clauses of a compound name's gloss read as its items (「即建成1个…中心，同步上线A平台和B平台」)
GLOSS_CLAUSES = 4
# a figure other than one in a gloss's piece (建成3个分中心): the piece is not one item
_MANY_RE = re.compile(
    r"(?<![0-9])(?:[2-9]|[1-9][0-9]+|[两二三四五六七八九十])(?:个|项|张|类|条|套|部|家)"
)


def _compound_names(bq: BlockQuantities, pats: _Patterns) -> list[Relation]:
    """Each term of a compound name against the listed items that end with its noun:
    「“两库一平台”：A库、B库、C库和D平台」 names three 库, not two. The name is judged only
    when every listed item ends with the noun of one of its terms."""
    out: list[Relation] = []
    text = bq.text
    measures = pats.measures
    for m in _COMPOUND_NAME.finditer(text):
        terms = [(_cn_or_int(a), b) for a, b in _TERM_RE.findall(m.group("terms"))]
        if len(terms) < 2 or any(v is None for v, _ in terms):
            continue
        if terms[0][1] in measures:
            # 「“四个一批”」: four items of 一批, not four 个 and one 批 (a later term's noun
            # may be a measure too and still name a member: 「“五队一处三中心”」, a 管理处)
            continue
        stated = [v for v, _ in terms]
        if text[m.end() : m.end() + 1] in "（(":
            # 「“一委一办四组”（市委…委员会，委员会办公室、立法协调小组…和…小组）」: a bracket
            # right after the name lists its members
            bracket = _bracket_terms(text, m.end(), terms)
            if bracket is not None:
                counts, inside = bracket
                if counts == stated:
                    out.append(Relation("announced", Verdict.CONSISTENT, bq.block, m.span("terms")))
                    continue
                listed = "、".join(
                    f"{c}个{noun}" for c, (_, noun) in zip(counts, terms, strict=True)
                )
                out.append(
                    _name_warning(
                        bq,
                        m.span("terms"),
                        (
                            Span(bq.block, *m.span("terms")),
                            Span(bq.block, m.end() + 1, m.end() + 1 + len(inside)),
                        ),
                        f"「{m.group('terms')}」与括号内列出的{listed}不符",
                        {"announced": m.group("terms"), "listed": listed},
                    )
                )
            continue
        o = pats.opener.match(text, m.end())
        if o is None or not (o.group("word") or o.group("open") in "：:"):
            continue
        start = o.end()
        clause = text[start : _top_end(text, start, "，,；;。")]
        titles = _TITLES_ONLY_RE.fullmatch(clause)
        if (
            titles is not None
            and o.group("word")
            and not o.group("word").startswith(tuple(pats.partial_opener))
        ):
            # 「“一规划两方案”，即《…规划》《…方案》《…方案》《…办法》」: a gloss of titles
            # alone lists the documents the name counts, whatever each is called
            names = _TITLE_RE.findall(clause)
            if len(names) >= 2 and len(names) != sum(v or 0 for v in stated):
                out.append(
                    _compound_count(bq, m, start, clause, names, sum(v or 0 for v in stated))
                )
                continue
        items = _gloss_items(clause)
        counts = [sum(1 for i in items if i.endswith(noun)) for _, noun in terms]
        if items and sum(counts) == len(items) and counts != stated:
            # each item of the first clause ends with a term's noun: the gloss may run on
            # over the clauses after it, each naming items of the terms
            # (kept only when it adds a clause and names every term: else the first clause
            # alone, as before)
            run = _run_on_gloss(text, start, clause, items, terms)
            if run is not None and len(run[1]) > len(items) and all(run[2]):
                clause, items, counts = run
        if len(items) < 2 or sum(counts) != len(items):
            continue  # an item ends with no term's noun (or with two): no count per term
        if counts == stated:
            out.append(Relation("announced", Verdict.CONSISTENT, bq.block, m.span("terms")))
            continue
        listed = "、".join(f"{c}个{noun}" for c, (_, noun) in zip(counts, terms, strict=True))
        out.append(
            _name_warning(
                bq,
                m.span("terms"),
                (Span(bq.block, *m.span("terms")), Span(bq.block, start, start + len(clause))),
                f"「{m.group('terms')}」与随后列出的{listed}不符：" + "；".join(items),
                {"announced": m.group("terms"), "listed": listed},
            )
        )
    return out


BRACKET_GLOSS = 200  # characters a bracket after a compound name may hold
SHARED_HEAD_PIECE = 8  # characters of a piece before the head it shares with the last one


def _bracket_terms(
    text: str, open_at: int, terms: list[tuple[int | None, str]]
) -> tuple[list[int], str] | None:
    """The members a bracket after a compound name lists for each term: its pieces (split at
    commas, then at 顿号, the last at 和) each count for the term whose noun they hold last
    (「委员会办公室」 an 办, 「立法协调小组」 a 组); short pieces without any noun before one
    that holds one share its head (「黄石港、西塞山、…、开发区执法大队」: five 队). None when a
    piece holds no noun nor shares one, or a term gets no member (the bracket is no list of
    the name's members)."""
    close = text.find("）" if text[open_at] == "（" else ")", open_at, open_at + BRACKET_GLOSS)
    if close < 0:
        return None
    inside = text[open_at + 1 : close]
    if re.search(r"[0-9０-９（(]|等|含|其中|包括", inside):
        return None

    def term_of(piece: str) -> int:
        ends = [piece.rfind(noun) + len(noun) if noun in piece else -1 for _, noun in terms]
        best = max(ends)
        return ends.index(best) if best > 0 else -1

    counts = [0] * len(terms)
    for _, group in _split_top(inside, "，,；;"):
        pieces = [p for _, p in _split_top(group, "、")]
        if pieces and (joined := _and_split(pieces[-1])) is not None:
            pieces = [*pieces[:-1], *joined]
        waiting = 0  # pieces without a noun, sharing the next piece's head
        for piece in pieces:
            t = term_of(piece)
            if t < 0:
                if not piece or len(piece) > SHARED_HEAD_PIECE:
                    return None
                waiting += 1
                continue
            counts[t] += 1 + waiting
            waiting = 0
        if waiting:
            return None
    if not all(counts):
        return None
    return counts, inside


def _gloss_items(clause: str) -> list[str]:
    """The items of one clause of a gloss: its 顿号 pieces, the last split at 和."""
    items = [p for _, p in _split_top(clause, "、")]
    if items and (joined := _and_split(items[-1])) is not None:
        items = [*items[:-1], *joined]
    return [_MARKS_RE.sub("", i) for i in items]


def _run_on_gloss(
    text: str,
    start: int,
    clause: str,
    items: list[str],
    terms: list[tuple[int | None, str]],
) -> tuple[str, list[str], list[int]] | None:
    """「“一中心、三平台”，即建成1个…中心，同步上线A平台和B平台，全年…」: the clauses after the
    gloss's first that, like it, only name items ending with a term's noun (at most
    ``GLOSS_CLAUSES``) are the gloss too; it ends at the first clause that does not. The
    count is judged only when the rest of the sentence names no term whose count is off (a
    later 「C平台同步试运行」 may be a third); else None."""
    end = _top_end(text, start, "；;。")
    at = start + len(clause)
    if any(_MANY_RE.search(i) for i in items):
        return None
    for _ in range(GLOSS_CLAUSES):
        if at >= end:
            break
        nxt = text[at + 1 : _top_end(text, at + 1, "，,；;。")]
        more = _gloss_items(nxt)
        if not more or _MANY_RE.search(nxt):
            break
        if not all(any(i.endswith(noun) for _, noun in terms) for i in more):
            break
        items = [*items, *more]
        at += 1 + len(nxt)
    counts = [sum(1 for i in items if i.endswith(noun)) for _, noun in terms]
    rest = text[at:end]
    off = [noun for (v, noun), c in zip(terms, counts, strict=True) if v != c]
    if any(noun in rest for noun in off):
        return None
    return text[start:at], items, counts


# a gloss of titles alone (《A》《B》和《C》)
_TITLE_RE = re.compile(r"《[^《》]{1,60}》")
_TITLES_ONLY_RE = re.compile(r"(?:《[^《》]{1,60}》[、和及与]?){2,12}")


def _compound_count(
    bq: BlockQuantities, m: re.Match[str], start: int, clause: str, names: list[str], total: int
) -> Relation:
    """The N203 warning that a compound name's terms add up to ``total`` documents, its gloss
    of titles naming another number."""
    return _name_warning(
        bq,
        m.span("terms"),
        (Span(bq.block, *m.span("terms")), Span(bq.block, start, start + len(clause))),
        f"「{m.group('terms')}」共{total}项，随后列出的却是{len(names)}项："
        + "；".join(n if len(n) <= 14 else n[:13] + "…" for n in names),
        {"announced": total, "listed": len(names)},
    )


# 「“1+3”政策体系，即1个……和……4个……」: the terms of a 1+N name against the counts listed
_PLUS_NAME = re.compile(r"[“「](?P<terms>[0-9]{1,2}(?:\s*[+＋]\s*(?:[0-9]{1,2}|[NnXx])){1,4})[”」]")
_LISTED_COUNT = re.compile(
    r"(?<![0-9.])([0-9]{1,2}|[一二两三四五六七八九十]{1,3}|[NnXx])(?:个|项|张|类|条|套|部|大)"
)
# the name's noun before its gloss: 「“1+8+53”工作体系（1个中心…）」「“1+1+4+N”模式，即…」
_PLUS_NOUN_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?=[（(]|[，,]即)")


def _plus_term(term: str) -> int | None:
    """A term of a plus name or of its gloss: its number, -1 for N (any number)."""
    return -1 if term in "NnXx" else _cn_or_int(term)


def _plus_names(bq: BlockQuantities, pats: _Patterns) -> list[Relation]:
    out: list[Relation] = []
    text = bq.text
    for m in _PLUS_NAME.finditer(text):
        terms = [_plus_term(t) for t in re.split(r"\s*[+＋]\s*", m.group("terms"))]
        after = m.end()
        noun = _PLUS_NOUN_RE.match(text, after)
        if noun is not None:
            after = noun.end()  # (the gloss after the name's noun: its bracket or 即)
        if text[after : after + 1] in ("（", "("):
            # 「“1+8+53”工作体系（1个中心：…，七大行动，53项重点工作）」: the bracket glosses it
            start = after + 1
            close = text.find("）" if text[after] == "（" else ")", start, start + _MAX_LIST)
            if close < 0:
                continue
            clause = text[start:close]
        else:
            o = pats.opener.match(text, after)
            if o is None or not (o.group("word") or o.group("open") in "：:"):
                continue
            start = o.end()
            end = _top_end(text, start, _SENTENCE_END)
            clause = text[start : _top_end(text, start, "；;。")] if end > start else ""
        found = [(c.start(), _plus_term(c.group(1))) for c in _LISTED_COUNT.finditer(clause)]
        listed = [(p, v) for p, v in found if v is not None]
        if len(found) != len(terms) or len(listed) != len(found):
            continue  # the list does not give one count per term
        values = [v for _, v in listed]
        if values == terms:
            out.append(Relation("announced", Verdict.CONSISTENT, bq.block, m.span("terms")))
            continue
        shown = "+".join(str(v) if v >= 0 else "N" for v in values)
        out.append(
            _name_warning(
                bq,
                m.span("terms"),
                (
                    Span(bq.block, *m.span("terms")),
                    *(
                        Span(bq.block, start + p, start + p + (len(str(v)) if v >= 0 else 1))
                        for p, v in listed
                    ),
                ),
                f"「{m.group('terms')}」与随后列出的数量{shown}不符",
                {"announced": m.group("terms"), "listed": shown},
            )
        )
    return out


@lru_cache(maxsize=4)
def _part_nouns(lex: Lexicon) -> tuple[str, ...]:
    """numbers.toml ``announced.part-nouns``: the parts of a whole (部分, 方面…), longest first."""
    return tuple(sorted(lex.data["announced"].get("part-nouns", ()), key=len, reverse=True))


def _is_unit(text: str, measure_start: int) -> bool:
    """Does a unit of time or of a difference start at the measure word (个月, 个百分点)?"""
    return text.startswith(_NOT_ITEMS, measure_start)


_NOT_ITEMS = ("个月", "个工作日", "个小时", "个百分点", "个星期", "个季度", "个学时", "个课时")


# an item that carries its own count (「1个管理运营机构」「我区首个」): the list is not counted
# by the numeral after it
_OWN_COUNT_RE = re.compile(r"[0-9０-９一二两三四五六七八九十首每NnXx]\s*[个项家条类种批名所级]")


# the last item ends with a count of the items before it (「……泰国、越南5个国家」)
_COUNT_AT_END_RE = re.compile(
    r"(?<![每一])[0-9０-９两三四五六七八九十]{1,3}\s*[个项家条类种批名所]"
    r"[\u4e00-\u9fff]{0,4}[”」》]?$"
)


# one quote ending the words before a count, holding a run of items (no figure, no 等)
_QUOTED_RUN_RE = re.compile(r"“([^“”0-9０-９等]{3,160}[、+＋—][^“”0-9０-９等]{1,160})”$")
# the words of a bracket that name the list before it (「A、B、C（以下统称“三项制度”）」)
_CALLED_RE = re.compile(r"[（(](?:以下)?(?:统称|简称|合称)为?$")
_SUMMING_RE = re.compile(r"(?:共计|合计|总计|共|这些|这)$")
_LINKED_RE = re.compile(r"(?:共同)?(?:组成|构成|参加|参与|在内)的$")
# the words before a quoted name that make the list before them its members
_MEMBERS_BEFORE_RE = re.compile(r"(?:组成|构成)的[“「]$")


# the quoted names of a list (「“…”、《…》」)
_QUOTED_NAMES_RE = re.compile(r"“[^”]{1,40}”|《[^》]{1,40}》")


def _before(
    text: str, num_start: int, has_noun: bool, lex: Lexicon, n: int, measure: str
) -> list[_Reading]:
    """The list right before a count: 「围绕A、B和C四类重点矛盾」「聚焦A和B三大领域」
    「“强基”“聚力”四大工程」. Not a list that ends with 的 or a verb (the count is of
    something else), one whose items carry counts of their own or the count's measure with
    a numeral (「一期竣工、…三期全面开工」: phases, not a count), nor one the count far
    exceeds (「城东、城西片区12个小区」: the count is of what lies within the items)."""
    start = num_start
    inside = 0  # brackets closed before the count, read through (「公安（含交警）、自然资源」)
    while start > 0 and num_start - start < 200:
        ch = text[start - 1]
        if ch in "）)":
            inside += 1
        elif inside and ch in "（(":
            inside -= 1
        elif ch == "\n" or (not inside and ch in "，,；;：:。！？!?（("):
            break
        start -= 1
    segment = text[start:num_start]
    if segment.endswith("、"):
        return []  # the numeral begins an item of the list (「一级子公司、二级子公司、三级子公司」)
    if segment.rstrip(" 　").endswith(("各", "各有")):
        return []  # 「A、B、C、D各2场」: what each of them holds, not how many they are
    if start > 0 and text[start - 1] in "，," and SUMMING_ONLY.fullmatch(segment):
        # 「包括A，B，…，共五个部分」: 共 after a comma sums the list its sentence's lead opened
        return _summed(text, start - 1, measure, lex)
    composed = _composition(text, num_start, segment, lex)
    if composed is not None:
        return [composed]
    if measure == "级":
        levels = _level_run(segment, lex)
        if levels is not None:
            return [_Reading(frozenset({len(levels)}), "前列", closed=True, items=levels)]
    # a word that sums the list up before its count (「A、B、C共四类」「A、B、C这四类」);
    # before a measure of instances the sum is of instances (「学校、医院、商场共4家」)
    summed = _SUMMING_RE.search(segment)
    if summed is not None:
        if measure not in _and_measures(lex):
            return []
        segment = segment[: summed.start()]
    linked = _LINKED_RE.search(segment)
    if linked is not None:
        # 「由A、B、C组成的六类专家库」: the list, then the words that make it the noun's
        segment = segment[: linked.start()]
        lead = segment.rfind("由")
        segment = segment[lead + 1 :] if lead >= 0 else segment
    partial = segment.endswith("等")
    seg = segment[:-1] if partial else segment
    if not seg:
        return []
    quotes = _QUOTED_NAMES_RE.findall(seg)
    first = min((i for i in (seg.find("“"), seg.find("《")) if i >= 0), default=-1)
    tail = seg[first:] if first >= 0 else ""
    if len(quotes) >= 2 and _FILLER_RE.sub("", tail) == "".join(quotes):
        return [
            _Reading(
                frozenset({len(quotes)}), "前列", closed=True, partial=partial, items=tuple(quotes)
            )
        ]
    if not has_noun:
        return []
    inner = _QUOTED_RUN_RE.search(seg)
    if inner is None and seg.endswith("”的"):
        # 「“A、B、C”的三项机制」: 的 ties the quote holding the members to their count
        inner = _QUOTED_RUN_RE.search(seg, 0, len(seg) - 1)
    if inner is not None:
        # 「开展“宪法进企业、进农村、…、进宾馆（景区）”八个主题活动」「“A+B+C”三级学习体系」
        # 「经历了“摸索尝试—积极推广—蓬勃发展”三个阶段」: one quote right before the count
        # holding its items, split by 顿号, plus signs or dashes
        # (a 顿号 run is the list, dashes and plus signs inside a piece join a pair of one
        # item: 「“楼上—楼下、前台—后台、…”五个维度」)
        seps = "、" if "、" in inner.group(1) else "+＋—"
        pieces = [p for _, p in _split_top(inner.group(1), seps)]
        if (
            len(pieces) >= 2
            and all(0 < len(p) <= 16 for p in pieces)
            # (past a 的 the count may be of what lies within the members: 「“A、B”的12个部门」)
            and (inner.end() == len(seg) or n <= 2 * len(pieces))
        ):
            # (the quote's marks set the items apart: only in a 顿号 run may a 和 in the last
            # join two — plus signs and dashes join every item, 「…+群众普及学」: 及 of 普及)
            joining = "、" in inner.group(1) and _and_split(pieces[-1]) is not None
            counts = _and_counts(pieces) if joining else frozenset({len(pieces)})
            return [_Reading(counts, "前列", closed=True, partial=partial, items=tuple(pieces))]
    if "、" in seg:
        items = _split_items(seg)
        if measure == "级":
            items = _levels_only(items, lex)
        joined_first = _and_split(items[0]) if items else None
        if (
            joined_first is not None
            and _OWN_COUNT_RE.search(joined_first[0])
            and not _OWN_COUNT_RE.search(joined_first[1])
        ):
            # 「对…等12个重点领域以及电梯安全、有限空间…五个专项整治」「68个县区和A、B、C 3个」:
            # a counted phrase of its own joined before the list; the list opens after the 和
            items[0] = joined_first[1]
            opens = seg.rfind(joined_first[1], 0, seg.find("、"))
            seg = seg[opens:] if opens > 0 else seg
    elif measure in _and_measures(lex):
        # 「聚焦安全生产和食品药品三大领域」: two names joined by 和 before a count of kinds,
        # after the words that lead to them (none of them a verb after the first name:
        # 「开展执法检查和专项整治三大行动」 names what was done)
        cut = _lead_end(seg, lex)
        named = _and_split(seg[cut:]) if cut >= 0 else None
        if (
            named is None
            or len(named[0]) > 10
            or _GAP_RE.search(seg)
            # 「区住房和城乡建设局重点推进四项工作」: the 和 of a body's name
            or opens_with_body(named[1])
        ):
            # (a space between words: the line of a PDF whose quotation marks were moved
            # away, 「法 执法大比武和岗位练兵」; its names cannot be told apart)
            return []
        items = [seg[cut:]]
    else:
        return []
    run = _located_run(items)
    located, items = run is not items, run
    last = items[-1] if items else ""
    joined = _and_split(last)
    # the last item's own words: after its 和 (「劳动保障和医疗纠纷」: 医疗纠纷)
    own = joined[1] if joined is not None else last
    # (a quoted count after a list may name what the members make, 「由A、B、C和D组成的
    # “三治融合”服务队」: the closing 和 is read before a plain count only)
    counts = _and_counts(
        items, closing=not re.search(r"[“「‘]", text[max(0, num_start - 1) : num_start + 1])
    )
    if any("以及" in i for i in items[:-1]):
        # 「药品、…、特种设备安全领域以及知识产权领域侵权假冒、扰乱…」: 以及 inside an item
        # before the last joins two members of the list (or two words of one)
        counts = counts | {c + 1 for c in counts}
    # (a name in quotes is one word of the item: 「全国首届十佳“人民满意的海事执法集体”」 is a
    # title, its 的 and its length no clause's)
    bare_last, bare_own = _QUOTED_RE.sub("名", last), _QUOTED_RE.sub("名", own)
    if (
        len(items) + (joined is not None) < 2
        or len(bare_own) > 24
        or (joined is not None and len(joined[0]) > 24 and len(items) > 1)
        # (共 sums only as an adverb before its figure or 计, not inside a word: 公共, 共享)
        or re.search(
            r"[的了0-9]|分别|新增|累计|达到|共(?=[计有0-9０-９一二两三四五六七八九十])", bare_last
        )
        or (
            _verb_phrase(bare_own, lex.verb_re)
            # (the names a closing 和 joins count: 「A、B和C」 names three)
            and not _parallel_acts(
                [*items[:-1], *joined] if joined is not None else items,
                len(bare_own),
                _longest_other(items, joined, lex),
            )
        )
        or (
            lex.verb_re.search(bare_own)
            # (a run after the places: its first item holds the verb, no words leading to it)
            and len(bare_own)
            > 2 * (len(items[0]) if located else _longest_other(items, joined, lex))
        )
        or not all(len(i) <= 24 for i in items[1:-1])
        # (the first item from the words that lead to the list: 「省市县三级应急部门对危化品、…
        # 4个重点行业领域」, the levels are who acted)
        or any(_OWN_COUNT_RE.search(i) for i in (_led_item(items[0], lex), *items[1:]))
        or _numbered(measure).search(seg)
        or n > 2 * max(counts)
    ):
        return []
    # an item with 等 inside (「用地、用林等报批」) leaves the list open — not the 等 of a word
    # (「均等普惠」)
    partial = partial or any(_open_item(i, lex) for i in items)
    shown = list(items) if joined is None or len(counts) > 1 else [*items[:-1], *joined]
    # the first item holds the words that lead to the list (「围绕征地拆迁」): shown from
    # after the last of them
    cut = -1 if located else _lead_end(shown[0], lex)
    # (not down to the head the other items end with: 「全面推行行政执法公示制度、…审核制度」
    # shows the first whole, not 「制度」)
    if 0 < cut < len(shown[0]) and not all(i.endswith(shown[0][cut:]) for i in shown[1:]):
        shown[0] = shown[0][cut:]
    if shown[0].startswith("了") and len(shown[0]) > 1:
        shown[0] = shown[0][1:]  # (「推出了建立…」: the 了 of the leading verb)
    return [_Reading(counts, "前列", closed=True, partial=partial, items=tuple(shown))]


COMMA_NAME = 24  # characters of one name in a comma list before 等 and its count
_NOUN_RUN_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?=[，,。；;：:！？!?\n]|$)")


def _comma_names_before(text: str, num_start: int, after: int, lex: Lexicon) -> list[_Reading]:
    """A list whose names are split by commas, right before 等 and its count (PDFs and
    some writers put ，/, where a 顿号 belongs): 「由总体情况，…，其他需要报告的事项等六个部分
    组成」 (every piece after 由 is a part; a 顿号 inside one joins words of that part), or
    「建立和完善了信访接待制，信访工作联络制，…，矛盾纠纷排查制等四项信访工作制」 (the pieces
    back from 等 that each end with the counted noun's head, 制: three at least). 等 leaves
    the list open: only more names than announced contradict."""
    if num_start == 0:
        return []
    if text[num_start - 1] != "等":
        return _comma_parts_led(text, num_start, lex)
    before = text[_sentence_start(text, num_start) : num_start - 1]
    if len(_CLAUSE_MARK_RE.findall(before)) < 2:
        return []
    if _composed_re(lex).match(text, num_start) is not None:
        lead = before.rfind("由")
        if lead < 0:
            # 「全文包括：总体情况，…，其他需要报告的事项等六部分组成」
            parts = _last_lead(before)
            lead = parts.end() - 1 if parts is not None else -1
        items = [p for _, p in _split_top(before[lead + 1 :], "，,")] if lead >= 0 else []
        if len(items) < 3 or any(
            not i or len(i) > 2 * COMMA_NAME or re.search("[0-9０-９；;：:]", i) for i in items
        ):
            return []
        counts = {len(items)} | ({len(items) + 1} if _and_split(items[-1]) else set())
        return [_Reading(frozenset(counts), "前列", closed=True, partial=True, items=tuple(items))]
    noun = _NOUN_RUN_RE.match(text, after)
    if noun is None:
        return []
    head = noun.group(0)[-1]
    names: list[str] = []
    for _, piece in reversed(_split_top(before, "，,")):
        if not piece.endswith(head) or len(piece) > COMMA_NAME or "、" in piece:
            break
        names.append(piece)
    if len(names) < 3:
        return []
    return [
        _Reading(
            frozenset({len(names)}), "前列", closed=True, partial=True, items=tuple(reversed(names))
        )
    ]


def _comma_parts_led(text: str, num_start: int, lex: Lexicon) -> list[_Reading]:
    """「从依法行政的概述，法治政府建设的基本要求，法治政府建设的具体举措三个方面进行讲解」:
    comma pieces right before a count of parts (numbers.toml ``announced.part-nouns``), the
    first opened by a word that leads to a list (``announced.list-leads``), are its parts —
    three at least, each a short name without a figure; no 等, so the list is closed."""
    if _composed_re(lex).match(text, num_start) is None:
        return []
    before = text[_sentence_start(text, num_start) : num_start]
    pieces = [p for _, p in _split_top(before, "，,")]
    if pieces and SUMMING_ONLY.fullmatch(pieces[-1]):
        pieces.pop()  # 「…，附则，共五个部分」: 共 sums the pieces, no piece of its own
    leads = _leads(lex, words_only=True)
    for i in range(len(pieces) - 1, -1, -1):
        found = max(leads.finditer(pieces[i]), key=lambda m: m.start(), default=None)
        if found is None:
            continue
        items = [pieces[i][found.end() :], *pieces[i + 1 :]]
        if len(items) < 3 or any(
            not p or len(p) > COMMA_NAME or re.search("[0-9０-９；;：:、]", p) for p in items
        ):
            return []
        counts = {len(items)} | ({len(items) + 1} if _and_split(items[-1]) else set())
        return [_Reading(frozenset(counts), "前列", closed=True, items=tuple(items))]
    return []


# the words that close a composition's list before its count (等, 共, 这)
_COMPOSED_TAIL_RE = re.compile(r"(?:等|共计|合计|总计|共|这)+$")


@lru_cache(maxsize=4)
def _composed_re(lex: Lexicon) -> re.Pattern[str]:
    """A count of parts and the verb of making up after it (「六部分组成」「三个方面构成」
    「五项内容」)."""
    nouns = "|".join(sorted(lex.data["announced"].get("part-nouns", ()), key=len, reverse=True))
    return re.compile(
        rf"(?P<num>[0-9一二三四五六七八九十两]+)[个项]?(?:{nouns})(?:内容)?"
        r"(?P<made>组成|构成)?(?!的)"
    )


# words that open the list of a whole's parts without 由…组成 (「本报告包括A、B…等六个部分」)
# (分别为/分别是 after 分为 opens the names: 「分为六大部分，分别为A，B…等六项内容」)
_PARTS_LEAD_RE = re.compile(r"(?:包括|包含|涵盖|分为|分别为|分别是)[：:]?")


def _last_lead(text: str) -> re.Match[str] | None:
    """The last word in ``text`` that opens the list of a whole's parts (包括, 分为…)."""
    return max(_PARTS_LEAD_RE.finditer(text), key=lambda m: m.start(), default=None)


PART_JOIN = 4  # characters before the shared head of a piece a 顿号 may join to the one before


def _list_head(items: Sequence[str]) -> str:
    """The two characters most items of a list end with (情况 of 「总体情况、主动公开…情况」),
    when two items at least and half of them end so; else none."""
    ends = Counter(i[-2:] for i in items if len(i) >= 2)
    if not ends:
        return ""
    head, times = ends.most_common(1)[0]
    return head if times >= 2 and 2 * times >= len(items) else ""


def _part_counts(items: Sequence[str]) -> frozenset[int]:
    """The numbers of parts a 顿号 list of a whole's parts may name: a 顿号 before a short piece
    ending with the head most items end with, after a piece without it, may join two words
    of one part (「政府信息公开行政复议、行政诉讼情况」); a 和 in any item joins two parts
    when its left side ends with that head (「主动公开政府信息情况和收到处理…申请情况」,
    「…改进情况和其他需要报告的事项」: each side a whole part), the last item's one or two
    otherwise (a 和 before the head joins words of one part: 「行政复议和行政诉讼情况」)."""
    head = _list_head(items)
    joinable = sum(
        1
        for a, b in itertools.pairwise(items)
        if head and not a.endswith(head) and b.endswith(head) and len(b) - len(head) <= PART_JOIN
    )
    low, high = len(items) - joinable, len(items)
    for k, item in enumerate(items):
        joined = _and_split(item)
        if joined is None:
            continue
        if head and joined[0].endswith(head):
            low, high = low + 1, high + 1
        elif k == len(items) - 1:
            high += 1
    return frozenset(range(low, high + 1))


def _summed(text: str, comma: int, measure: str, lex: Lexicon) -> list[_Reading]:
    """The reading of a list summed after a comma (:mod:`.summed`), for a count of kinds or
    parts (not of instances: 「学校、医院、商场，共4家」 counts the places' members)."""
    parts = lex.data["announced"].get("part-nouns", ())
    if measure not in _and_measures(lex) and measure not in parts:
        return []
    found = summed_list(text, comma)
    if found is None:
        return []
    items, by_comma, open_ = found
    if by_comma:
        # (a 和 in the last piece may join two parts: 「…改进情况和其他需要报告的事项」)
        counts = frozenset({len(items), len(items) + (_and_split(items[-1]) is not None)})
    else:
        counts = _part_counts(items)
    return [
        _Reading(
            counts,
            "前列",
            closed=True,
            partial=open_,
            items=tuple(items),
            ordinal=len(counts) == 1 and not open_,
        )
    ]


def _composition(text: str, num_start: int, segment: str, lex: Lexicon) -> _Reading | None:
    """「本报告由总体情况、主动公开…、其他需要报告的事项等六部分组成」: the 顿号 list after 由
    names every part of the whole (its items may hold 的; 等 closes it; a 和 inside an item
    joins words of one part, only the last item's may join two; a 顿号 may join two words of
    one part, ``_part_counts``). A list after 包括/分为 before 等 and a count of parts without
    组成 (「本报告包括A、B…等六个部分」) may leave parts unnamed: only more parts named than
    the count contradict it."""
    composed = _composed_re(lex).match(text, num_start)
    if composed is None:
        return None
    made = composed.group("made") is not None
    lead = segment.rfind("由") if made else -1
    if lead >= 0:
        seg = segment[lead + 1 :]
    else:
        parts = _last_lead(segment)
        if parts is None:
            return None
        seg = segment[parts.end() :]
    partial = not made and segment.endswith("等")
    n = _cn_or_int(composed.group("num"))
    seg = _COMPOSED_TAIL_RE.sub("", seg)
    items = [i for _, i in _split_top(seg, "、")]
    if len(items) < 2 or any(not i or re.search(r"[0-9０-９]", i) for i in items):
        return None
    counts = _part_counts(items)
    # 「由总体情况、主动公开政府信息情况等六个部分组成」: a 等 after half the count or fewer
    # names examples, not every part — a list left open, like 包括…等 (session 37: a part
    # left out of a full list stops one or two short, 「…等六部分」 after five names)
    if made and segment.endswith("等") and n is not None and 2 * max(counts) <= n:
        partial = True
    if n is None or (n < len(items) and n >= min(counts)):
        return None
    return _Reading(
        counts,
        "前列",
        closed=True,
        partial=partial,
        items=tuple(items),
        ordinal=len(counts) == 1 and not partial,
    )


# a list opening with the places it is done in (「先后在A、B、C设立…」)
_LOCATED_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}?在")
# the shortest head noun the items of a run share (人民调解委员会, 工作站)
_RUN_HEAD = 3


def _located_run(items: list[str]) -> list[str]:
    """「在县工商联、县旅文局、县市场监督管理局、县妇联设立总商会人民调解委员会、旅游纠纷人民调解
    委员会、…4个」: a list that opens with the places (在…) and ends with a run of items sharing
    a head noun the places lack names the places first, then what was set up there — the
    count is of the run (its first item holds the last place and the verb). So is the run
    from the item holding 分别 (「在A、B、C分别设立X、Y、Z调解委员会3个」: each place set up one,
    the count is of what was set up)."""
    paired = next((k for k, item in enumerate(items[:-1]) if "分别" in item), 0)
    if paired > 0:
        return items[paired:]
    if len(items) < 3 or not _LOCATED_RE.match(items[0]):
        return items
    head = items[-1][-_RUN_HEAD:]
    if len(head) < _RUN_HEAD:
        return items
    k = len(items)
    while k > 0 and items[k - 1].endswith(head):
        k -= 1
    return items[k:] if 2 <= len(items) - k < len(items) else items


def _led_item(item: str, lex: Lexicon) -> str:
    """The first item of a list before a count from the end of the words that lead to it
    (「省市县三级应急部门对危化品」: 危化品), whole when no lead word is followed by names only."""
    cut = _lead_end(item, lex)
    return item[cut:] if cut > 0 else item


def _longest_other(items: Sequence[str], joined: tuple[str, str] | None, lex: Lexicon) -> int:
    """The longest item of a list before a count other than the last one's own words (the
    first without the words that lead to it): a last item holding a verb and twice as long
    is a clause (「广州、深圳援助梅州建设4个小镇」), not a name like the others."""
    others = [*items[:-1], *(joined[:1] if joined else ())]
    if others:
        cut = _lead_end(others[0], lex)
        others[0] = others[0][max(cut, 0) :]
    return max((len(o) for o in others), default=0)


def _parallel_acts(items: Sequence[str], own: int, longest: int) -> bool:
    """Is the last item (``own`` characters of its own) of the others' shape — three items at
    least, and it no longer than half again the longest other (「围绕提高法治思维、转变政府职能、
    …、强化考核检查等八个方面」「行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”」:
    parts named by what is done)? Then its ending with a verb makes it one more item, not a
    clause of its own (「学校、商场、医院开展检查」: twice as long as the names)."""
    return len(items) >= 3 and 2 * own <= 3 * longest


def _verb_phrase(item: str, verbs: re.Pattern[str]) -> bool:
    """Does the item end with a verb or hold two verbs in a row (「医院开展检查」: what was
    done, the count after it its object)? A verb inside a name (「专项整治行动」) does not
    make it one."""
    return any(v.end() == len(item) or verbs.match(item, v.end()) for v in verbs.finditer(item))


def _and_measures(lex: Lexicon) -> frozenset[str]:
    """Measures of kinds or groups (data: ``announced.and-measures``), the only ones a
    list of two joined by 和 before them is read for (「东城和西城两个街道」); a measure of
    instances (件, 次, 家) after 「审查和备案」 counts the instances."""
    key = id(lex)
    cached = _AND_MEASURES.get(key)
    if cached is None:
        cached = frozenset(lex.data.get("announced", {}).get("and-measures", []))
        _AND_MEASURES[key] = cached
    return cached


_GAP_RE = re.compile(r"[\u4e00-\u9fff][ 　\t]+[\u4e00-\u9fff]")
_AND_MEASURES: dict[int, frozenset[str]] = {}
_LEADS: dict[tuple[int, bool], re.Pattern[str]] = {}


_QUOTED_SPAN_RE = re.compile(r"“[^”]*”|《[^》]*》|（[^）]*）")


def _lead_end(text: str, lex: Lexicon) -> int:
    """Where the words that lead to a list end in ``text`` (outside quotes and brackets):
    after the first lead word or verb that only names follow — no other lead word and no
    verb phrase (「区市场监管局开展食品安全专项整治行动」: after 开展). 0 when there is no
    lead word, -1 when none is followed by names only (「开展执法检查和专项整治」)."""
    masked = _QUOTED_SPAN_RE.sub(lambda m: "□" * len(m.group()), text)
    found = False
    for m in _leads(lex).finditer(masked):
        found = True
        rest = masked[m.end() :]
        if (
            rest
            and not lex.verb_re.match(rest)
            and not _verb_phrase(rest, lex.verb_re)
            and not _leads(lex, words_only=True).search(rest)
        ):
            return m.end()
    return -1 if found else 0


def _leads(lex: Lexicon, words_only: bool = False) -> re.Pattern[str]:
    """The words that lead to a list before a count (data: ``announced.list-leads``), and
    the verbs unless ``words_only``."""
    key = (id(lex), words_only)
    cached = _LEADS.get(key)
    if cached is None:
        words = list(lex.data.get("announced", {}).get("list-leads", []))
        if not words_only:
            words.extend(lex.verb_family)
        words.sort(key=len, reverse=True)
        cached = re.compile("|".join(re.escape(w) for w in words) or "(?!)")
        _LEADS[key] = cached
    return cached


_NUMBERED: dict[str, re.Pattern[str]] = {}


def _numbered(measure: str) -> re.Pattern[str]:
    """A numeral with the announcement's own measure (「一期」「二级」)."""
    pattern = _NUMBERED.get(measure)
    if pattern is None:
        pattern = re.compile(rf"[0-9０-９一二两三四五六七八九十首]{re.escape(measure)}")
        _NUMBERED[measure] = pattern
    return pattern


# the first marker of an enumeration written right after the announcing clause, its colon or
# line break lost (「法律顾问主要承担四大职责一是为…；二是…」「从四个方面开展了以下工作一是…」)
_BARE_FIRST_RE = re.compile(r"一[是要](?![求素件点])")
_BARE_REACH = 10  # characters of the announcing clause after its noun, as the opener allows


def _bare_enumeration(
    text: str,
    noun_end: int,
    next_blocks: Callable[[], Iterable[str]] | None,
) -> list[_Reading]:
    """An enumeration 一是…二是… opening inside the announcing clause with no mark before it,
    within the opener's reach of the noun and after words only (no figure, no punctuation):
    the clause leads straight into it as it would through a colon, so it is the list of the
    count (an ordinal reading: an error, as after a colon)."""
    at = text.find("一", noun_end, noun_end + _BARE_REACH + 1)
    if at < 0 or not _WORDS_ONLY_RE.fullmatch(text, noun_end, at):
        return []
    if _BARE_FIRST_RE.match(text, at) is None or _marker_at(text, at) is None:
        return []  # (统一要求, 唯一是: the marker's own pattern decides)
    clauses: list[str] = []
    enum = _ordinal_list(text, at, next_blocks, clauses)
    if enum is None or enum[0] < 2:
        return []
    count, _, listed = enum
    return [
        _Reading(
            frozenset({count}),
            "列举",
            closed=True,
            items=listed,
            ordinal=True,
            clauses=tuple(clauses) if len(clauses) == len(listed) else (),
        )
    ]


# the rest of an announcing clause beyond the opener's reach, up to its colon
_FAR_COLON_RE = re.compile(r"[”’」]?[^，,。；;：:（()）、“”《》\n]{11,24}[：:]")


# 分别于/分别在 before the times of the counted acts: each act took place once, at its own time
_TIMED_OPENERS = ("分别于", "分别在")
# one time an act took place: a month or a day, a quarter, a half of the year
_WHEN = (
    r"(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|第?[一二三四]季度|[上下]半年)"
    r"(?:上旬|中旬|下旬|初|中|底|末)?"
)
_WHEN_RE = re.compile(_WHEN)
_DATES_RE = re.compile(rf"{_WHEN}(?:(?:和|及|与|、){_WHEN})*")


def _dated(r: _Reading) -> _Reading:
    """「6次培训，分别于2月、4月、6月、9月和11月组织实施」: a list after 分别于 of the times
    of counted acts (次, 场, 轮) gives each act its time — two acts at one time would be named
    so — so the times the items open with are the list, closed whatever 和 joins (5 here).
    Items that are not all times (places, 分别在A、B) keep their reading."""
    if not r.items:
        return r
    for item in r.items[:-1]:
        if not _WHEN_RE.fullmatch(item):
            return r
    last = _DATES_RE.match(r.items[-1])
    if last is None:
        return r
    n = len(r.items) - 1 + len(_WHEN_RE.findall(last.group()))
    return replace(r, counts=frozenset({n}), partial=False)


def _paired_verb(word: str, pats: _Patterns) -> bool:
    """分别 and a verb that is no opener of its own (「分别聚焦」「分别覆盖」): each member has
    its object, and like a duty one member may hold two joined by 和."""
    word = word.rstrip("：:，,")
    return word.startswith("分别") and not word.endswith("了") and word not in pats.opener_words


def _work_parts(text: str, after: int, pats: _Patterns, lex: Lexicon) -> bool:
    """Does the counted noun at ``after`` name parts of the work (numbers.toml
    ``announced.summary-heads``: 方面, 任务…) and end there, a verb of an aim after it
    (``announced.instance-aims``, ``work-aims`` or the lexicon's verbs: 「四个方面推进」, not
    「12名工作人员」)?"""
    data = lex.data["announced"]
    aims = (*data.get("instance-aims", ()), *data.get("work-aims", ()))
    for h in pats.summary_heads:
        if text.startswith(h, after):
            at = after + len(h)
            return text.startswith(aims, at) or lex.verb_re.match(text, at) is not None
    return False


def _after(
    text: str,
    noun_end: int,
    n: int,
    pats: _Patterns,
    next_blocks: Callable[[], Iterable[str]] | None,
    quoted: bool = False,
    own: int | None = None,
    kinds: bool = False,
    instances: bool = False,
    work_parts: bool = False,
) -> list[_Reading]:
    """The readings of a list after an announcement; ``kinds``: it counts kinds (分两类);
    ``instances``: it counts times something was done (numbers.toml
    ``announced.instance-measures``); ``work_parts``: its noun is a part of the work (numbers.toml
    ``announced.summary-heads``: 方面, 任务…)."""
    if "一" in text[noun_end : noun_end + _BARE_REACH + 1]:
        bare = _bare_enumeration(text, noun_end, next_blocks)
        if bare:
            return bare
    o = pats.opener.match(text, noun_end)
    if o is not None and (
        _COUNT_IN_RE.search(text, noun_end, o.start("open"))
        or (
            o.start("open") > noun_end
            and _COUNT_IN_RE.search(_ONE_RE.sub("", _clause_before(text, noun_end, own)))
        )
    ):
        return []  # 「4个组赴12个乡镇检查，分别为…」: the list may be of the other count
    late = _LATE_OPENER_RE.match(text, noun_end)
    if (
        late is not None
        and (o is None or not (o.group("word") or o.group("open") in "：:"))
        and not _COUNT_IN_RE.search(_clause_before(text, noun_end, own))
    ):
        # 「与6家律师事务所签订常年法律顾问服务协议，分别为A、B…」: the list follows the
        # clause of the announcement, opened by a word that pairs its items with it
        return _list_readings(
            text, late.end(), False, "列举", word=_quoted_word(text, own) if quoted and own else ""
        )
    if o is None:
        # 「围绕“四个一批”目标推进劳动保障监察规范化建设：一是…」: the announcing clause runs
        # on past the opener's reach to a colon, an enumeration right after it (a warning:
        # the clause may name another set the enumeration lists)
        # (a quoted name only: an instance count, 「开展两轮督查推动…：一是…」, may be followed
        # by what the rounds found)
        # (or a count of parts of the work, ``work_parts``: 「从四个方面推进…规范化：（一）…」 — the
        # aspects are what the enumeration after the colon lists, whatever the clause aims at)
        far = _FAR_COLON_RE.match(text, noun_end) if quoted or work_parts else None
        if far is not None and not _COUNT_IN_RE.search(text, noun_end, far.end()):
            enum = _ordinal_list(text, far.end(), next_blocks)
            if enum is not None and enum[0] >= 2:
                return [_Reading(frozenset({enum[0]}), "冒号", closed=True, items=enum[2])]
        # a heading or a paragraph without a closing mark that ends with the counted noun
        # (「（三）扎实推进四项改革」): its items are the numbered paragraphs that follow
        # (the length asked before the tail is cut: a copy of the rest of the paragraph per
        # count is quadratic in a long one)
        if next_blocks is None or quoted or len(text) - noun_end > 10:
            return []
        if not _WORDS_ONLY_RE.fullmatch(text, noun_end):
            return []
        first = next(iter(next_blocks()), "")
        marker = _marker_at(first, 0)
        if marker is None or marker[1] != 1 or marker[0] not in (*_BLOCK_STYLES, "是", "第", "其"):
            return []
        heads: list[str] = []
        count = _continue_over(next_blocks(), marker[0], 0, heads)
        if count < 2:
            return []
        return [_Reading(frozenset({count}), "后文", closed=True, items=tuple(heads))]
    word = o.group("word") or ""
    opened = o.group("open")
    start = o.end()
    announcing = bool(word) or opened in "：:"
    partial = any(word.startswith(w) for w in pats.partial_opener) if word else False
    sequence = _sequence_list(text, start)
    if sequence is not None:
        return [sequence]
    # an enumeration: 一是…二是…, （一）…, 1.…
    clauses: list[str] = []
    enum = _ordinal_list(text, start, next_blocks, clauses)
    if enum is not None:
        count, _, listed = enum
        if count >= 2:
            return [
                _Reading(
                    frozenset({count}),
                    "列举",
                    closed=not partial,
                    partial=partial,
                    items=listed,
                    ordinal=True,
                    # (items over later paragraphs have heads only: no clause for each)
                    clauses=tuple(clauses) if len(clauses) == len(listed) else (),
                )
            ]
        return []
    # (nothing but spaces or 如下 up to the end; matched in place, not on a copy of the rest
    # of the paragraph per announcement)
    if _HERE_BELOW_TO_END_RE.match(text, start) is not None:
        # the paragraph ends with the announcement: its items are the next paragraphs
        # (「从以下三个方面：」 / 「重点抓好以下三项工作。」)
        sentence = text[max(0, text.rfind("。", 0, noun_end) + 1) : noun_end]
        # (the paragraph ends within a few characters of the noun: the opener pattern
        # reached its end; 「着力在三个环节上下功夫。」 then 一是…)
        # a set phrase (“三个定位”) ending a paragraph is not announcing the next ones
        # (unless a colon ends the paragraph: 「聚焦“三项重点”：」)
        # (or the items name it: 「实施“五项行动”。」 then 「一是“净街”行动；…」)
        colon = not quoted or text.rstrip().endswith("：")
        if next_blocks is not None and sentence:
            first = next(iter(next_blocks()), "")
            marker = _marker_at(first, 0)
            sequence = _sequence_over(next_blocks()) if marker is None and colon else None
            if sequence is not None:
                return [sequence]
            gloss = _paragraph_opener(pats).match(first.lstrip(" 　")) if marker is None else None
            if gloss is not None and gloss.group("word") not in pats.duty_openers:
                # 「建立“四张清单”制度。」 then 「即风险清单、责任清单…」
                partial = any(gloss.group("word").startswith(w) for w in pats.partial_opener)
                readings = _list_readings(first.lstrip(" 　"), gloss.end(), partial, "下段")
                return [replace(r, spans=()) for r in readings]
            word = _MARKS_RE.sub("", text[max(0, noun_end - 3) : noun_end])[-2:]
            if marker is None and colon and len(word) == 2 and first.lstrip(" 　").startswith(word):
                # 「着力抓好“三个强化”：」 then paragraphs each opening with 强化
                opened = list(
                    itertools.takewhile(
                        lambda b: b.lstrip(" 　").startswith(word),
                        itertools.islice(next_blocks(), _MAX_FOLLOWING),
                    )
                )
                if len(opened) >= 2:
                    return [
                        _Reading(
                            frozenset({len(opened)}),
                            "后文",
                            closed=True,
                            items=tuple(_item_head(b.lstrip(" 　"), 0) for b in opened),
                        )
                    ]
            if marker is None and colon:
                # one unrelated paragraph, then the enumeration naming the counted noun
                counted = _NOUN_HEAD_RE.match(text, max(0, noun_end - 2))
                return _after_unrelated(counted.group(0) if counted else "", pats, next_blocks)
            if marker is not None and marker[1] == 1:
                heads = []
                count = _continue_over(next_blocks(), marker[0], 0, heads)
                noun = _MARKS_RE.sub("", text[max(0, noun_end - 3) : noun_end])[-2:]
                if count >= 2 and (colon or all(noun in h for h in heads)):
                    # (linked by the noun its items repeat only: a warning)
                    return [
                        _Reading(
                            frozenset({count}),
                            "后文",
                            closed=True,
                            items=tuple(heads),
                            ordinal=colon,
                        )
                    ]
        return []
    if not announcing and opened in "，,":
        lead = _LEAD_COLON_RE.match(text, start)
        below = lead is not None and _HERE_BELOW_RE.fullmatch(lead.group("lead") + "：")
        if (
            lead is not None
            and (below or not _OTHER_SET_RE.search(lead.group("lead")))
            and not _COUNT_IN_RE.search(_clause_before(text, noun_end, own))
        ):
            # 「制定三项制度，推动决策规范化：一是…；二是…」「六项措施，主要内容如下：一是…」:
            # a clause of purpose (or 如下) and a colon, then the enumeration of the counted
            # items; a purpose clause may announce a set of its own: the link is a reading
            enum = _ordinal_list(text, lead.end(), next_blocks)
            head = _MARKS_RE.sub("", text[max(0, noun_end - 3) : noun_end])[-2:]
            if (
                enum is not None
                and not below
                and _LEAD_SET_NOUN_RE.search(lead.group("lead"))
                and not all(_names_item(i, head) for i in enum[2])
            ):
                enum = None  # 「两项制度，明确工作要求：…三是开展年度考核」: a list of the 要求
            if enum is not None and enum[0] >= 2:
                return [
                    _Reading(
                        frozenset({enum[0]}),
                        "列举",
                        closed=True,
                        items=enum[2],
                        ordinal=bool(below),
                    )
                ]
    if not announcing:
        if opened == "。" and own is not None and (noun_end > own + 2 or quoted):
            # 「建立“四张清单”。具体来说，就是A清单、B清单…」: the next sentence glosses it
            return _glossed_next(text, start, pats)
        return []
    readings = _list_readings(
        text,
        start,
        partial,
        "冒号" if opened in "：:" else "列举",
        kinds,
        pats.categories,
        _quoted_word(text, own) if quoted and own else "",
    )
    if partial and instances and word.startswith(_TIMED_OPENERS):
        readings = [_dated(r) for r in readings]
    if word.rstrip("：:，,") in pats.duty_openers or _paired_verb(word, pats):
        # 「2个专项组，分别负责督察、宣传及考核工作」: one member may hold the two duties
        # joined by 及 — the list holds as many items as its 顿号 pieces, or one more
        readings = [
            replace(r, counts=r.counts | {len(r.items)}) if r.items else r for r in readings
        ]
    # a list whose last item carries its own count (「柬埔寨、老挝……越南5个国家」) is counted
    # by that number, not by the announcement
    # (when every item carries a count, each is an item counted with its own figure:
    # 「4类调解组织，包括A36个、B8个、C5个」)
    return [
        r
        for r in readings
        if not (
            r.items
            and _COUNT_AT_END_RE.search(r.items[-1])
            and not all(_OWN_COUNT_RE.search(i) for i in r.items)
            # (a clause of its own, 「强化制度建设，出台制度5项」: the count is the clause's)
            and not re.search("[，,]", r.items[-1])
        )
    ]


HEAD_ITEM = 12  # characters of a name before the head it shares with the counted noun
_HEAD_END = "，,。；;！？!?\n"
_BLANK_TO_END_RE = re.compile(r"\s*\Z")
_CLAUSE_MARK_RE = re.compile("[，,；;：:]")
HEAD_CLAUSES = 1  # clause marks between a count and the list of names that may be its members
# what makes a list after a count a subset or an example of it, not its members
_SUBSET_RE = re.compile(r"其中|包括|包含|例如|比如|部分|中[，,]|[0-9０-９]")


@lru_cache(maxsize=64)
def _head_list_re(head: str) -> re.Pattern[str]:
    item = rf"[^、，,。；;：:（()）“”《》\n和及与等0-9０-９]{{1,{HEAD_ITEM}}}?{re.escape(head)}"
    return re.compile(rf"(?:{item}、)*{item}(?:、|以及|[和及与]){item}(?=[{_HEAD_END}]|$)")


def _head_list(text: str, start: int, end: int, head: str) -> re.Match[str] | None:
    """:func:`_head_list_re`'s search in ``text[start:end]``. Every match holds two names or
    more, each ending with the head: where the head does not stand twice there is none, and
    no pattern is compiled (one per head, 0.5 ms each, and most sentences name it once)."""
    if text.count(head, start, end) < 2:
        return None
    return _head_list_re(head).search(text, start, end)


def _head_named(
    text: str, noun: str, start: int, next_blocks: Callable[[], Iterable[str]] | None
) -> list[_Reading]:
    """The names that each end with the counted noun's head (清单 of “四张清单”), listed as
    the object of a clause after the count in its sentence (「建立健全“三张清单”动态调整机制，
    全面公布权力清单、责任清单、…和…清单」) or, when the count ends its paragraph, in the
    first sentence of the next one (「先后编制并公布了权力清单、责任清单和负面清单，…」).
    The list must end its clause (not 「…清单管理办法」, not 「…等」) and follow no word of a
    subset or another figure (其中, 包括, 「9个社区中，A社区和B社区…」); a warning."""
    head = _MARKS_RE.sub("", noun)[-2:]
    if len(head) < 2 or not _IDEOGRAPH_RE.match(head) or not _IDEOGRAPH_RE.match(head, 1):
        return []
    end = _top_end(text, start, _SENTENCE_END)
    found = _head_list(text, start, end, head)
    how, where = "列举", text
    if found is None and next_blocks is not None and _BLANK_TO_END_RE.match(text, end + 1):
        first = next(iter(next_blocks()), "")
        found = _head_list(first, 0, _top_end(first, 0, _SENTENCE_END), head)
        how, where, start = "下段", first, 0
    if found is None or _SUBSET_RE.search(where, start, found.start()):
        return []
    if where[found.start() - 1 : found.start()] in (*_CLOSE_BR, "等", "、") and found.start():
        return []  # (the tail of a longer list: 「…机器人等战略性新兴产业和未来产业」)
    if len(_CLAUSE_MARK_RE.findall(where, start, found.start())) > HEAD_CLAUSES:
        return []  # (the object of a clause further on names other things)
    items = _split_top(found.group(0), "、")
    names = [p for _, p in items]
    joined = _and_split(names[-1])
    if joined is not None:
        names[-1:] = list(joined)
    spans = ((found.start(), found.end()),) if where is text else ()
    return [_Reading(frozenset({len(names)}), how, closed=True, items=tuple(names), spans=spans)]


# the opening of a sentence that glosses the count before it (「具体来说，就是」「即」); not
# a subset (其中包括)
_GLOSS_OPEN_RE = re.compile(
    r"(?!其中)(?:具体来说|具体而言|具体地说|也就是说|简单来说)?[，,]?\s*"
    r"(?P<word>即(?![日将使便可时刻])|就是|是指|指的是|具体是|具体为|具体包括|主要包括|包括"
    r"|分别是|分别为)[：:，,]?"
)


def _glossed_next(text: str, start: int, pats: _Patterns) -> list[_Reading]:
    """The list of a sentence that glosses the count of the sentence before it."""
    g = _GLOSS_OPEN_RE.match(text, start)
    if g is None:
        return []
    partial = any(g.group("word").startswith(w) for w in pats.partial_opener)
    return _list_readings(text, g.end(), partial, "列举")


# what may end a paragraph after an announcement that points at the next paragraphs
# (「制定了四项措施，具体如下：」); not 「主要工作如下」 (a list of the work, not of the count)
_HERE_BELOW_RE = re.compile(
    r"(?:具体|详细|具体内容|主要内容|具体情况|详细情况|分别)?如下[：:。]?|具体(?:是|为|包括)[：:]"
)
# the rest of a paragraph that is nothing but it (or nothing), spaces around
_HERE_BELOW_TO_END_RE = re.compile(rf"[ 　]*(?:{_HERE_BELOW_RE.pattern})?[ 　]*\Z")


def _names_item(item: str, head: str) -> bool:
    """Does an enumerated item name a thing of the counted noun: its head (制度), a title
    (《…》) or a quoted name?"""
    return (len(head) == 2 and head in item) or "《" in item or "“" in item


# a clause between a count and a colon that opens its enumeration (「，推动决策规范化：」)
_LEAD_COLON_RE = re.compile(r"(?P<lead>[^，,。；;：:（()）《》\n0-9０-９]{2,24}?)[：:]")
# a lead clause that names a set of its own (「重点抓好以下工作：」「从几个方面：」) or a count
_OTHER_SET_RE = re.compile(r"以下|下列|如下|几|[一二两三四五六七八九十]+[个项类方条种大]")
# a purpose clause naming things that may be the list's own (「明确工作要求：」「围绕重点任务：」):
# the enumeration belongs to the announcement only when its items name the counted thing
_LEAD_SET_NOUN_RE = re.compile("工作|方面|举措|措施|要求|任务|目标|重点|内容|环节|问题|事项")
# a count in the words around an announcement (another list may be meant)
# (a rank, 前十, counts the list it heads: 「五类案件数量排名前十的地市为：…」 lists ten cities,
# not the five kinds; 前三季度/前两个月 are periods)
_COUNT_IN_RE = re.compile(
    r"[0-9０-９]|[一二两三四五六七八九十]+[个项家名类条所批种场次]"
    r"|前[一二两三四五六七八九十]+(?![季月年周天日个])"
)
# a count of one that names its one member (「法律法规授权组织有1个，为A，…」): no other count
# the list after a later count may be of
_GLOSSED_ONE_RE = re.compile(
    r"(?<![0-9０-９.．])[1１一][个项家名类条所批种场次支][，,]?(?:为|即|是)[^，,；;。]{2,40}(?=[，,；;])"
)
# a count of one owns no list of several (「1个领导小组加4个专项工作组，分别负责…」)
_ONE_RE = re.compile(r"(?<![0-9０-９.．])[1１一](?=[个项家名类条所批种场次支])")


def _clause_before(text: str, end: int, own: int | None = None) -> str:
    """The clause of an announcement up to the end of its noun, without its own count (the
    words before ``own``, where the count begins, when it is given: a name such as
    “五个100%” holds a figure of its own) and without its dates: a year (「2021年新建了四类
    阵地，分别是…」) is when, not another count the list could be of."""
    floor = max(0, end - _REACH)
    start = max(floor - 1, *(text.rfind(c, floor, end) for c in "，,。；;：:\n")) + 1
    if own is not None and start <= own < end:
        return _DATE_RE.sub("", text[start:own])
    clause = _DATE_RE.sub("", text[start:end])
    first = _COUNT_IN_RE.search(clause)
    return clause[first.end() :] if first else clause


# the rest of the announcing clause (no other count in it), then 分别为/分别是/依次为
# (an attribute of each member may name what the list gives: 「6场讲座，主题分别为A、B…」
# 「3个工作组，组长分别是…」)
_LATE_OPENER_RE = re.compile(
    # (a short bracket inside the clause qualifies a noun: 「担任村（社区）法律顾问」; a measure
    # character after no word of quantity is part of a noun: 「3项重大行政决策事项组织召开听证会」)
    r"(?:[^，,。；;：:（()）“”《》\n0-9０-９一二两三四五六七八九十个项家名类]|(?<![各多几数每诸若干])[个项家名类]"
    r"|[（(][\u4e00-\u9fff、]{1,6}[）)]){0,30}?[，,]"
    r"(?:(?!其中|其余|另外|此外|同时)[\u4e00-\u9fff]{1,4}?)?"
    r"(?:分别为|分别是|依次为|依次是)[：:，,]?"
)


_AHEAD = ("以下", "如下", "下列")


def _sentence_start(text: str, pos: int) -> int:
    floor = max(0, pos - _REACH)
    return max(floor - 1, *(text.rfind(c, floor, pos) for c in "。！？!?\n")) + 1


_REACH = 200  # how far back a clause or sentence start is looked for (linear time)


def _following(
    text: str, noun_end: int, next_blocks: Callable[[], Iterable[str]] | None
) -> list[_Reading]:
    """An announcement with 以下/如下 whose sentence ends the paragraph: its items are the
    enumeration of the following paragraphs."""
    if len(text) - noun_end > _REACH:
        return []  # the paragraph goes on: its items are not the next paragraphs
    rest = text[noun_end:].rstrip(" 　")
    if next_blocks is None or not rest.endswith(("：", ":", "。")) or _END_IN_RE.search(rest[:-1]):
        return []
    first = next(iter(next_blocks()), "")
    marker = _marker_at(first, 0)
    if marker is None:
        sequence = _sequence_over(next_blocks())
        return [sequence] if sequence is not None else []
    if marker[1] != 1:
        return []
    heads: list[str] = []
    count = _continue_over(next_blocks(), marker[0], 0, heads)
    if count < 2:
        return []
    return [_Reading(frozenset({count}), "后文", closed=True, items=tuple(heads), ordinal=True)]


_END_IN_RE = re.compile("[。！？!?：:；;]")
_DATE_RE = re.compile(rf"(?<![0-9０-９.．]){YEAR_ASCII}年(?:[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?)?")
# a month or day without its year (「3月末」「6月底」「10月15日」)
_MONTH_RE = re.compile(
    r"(?<![0-9０-９.．])[0-9]{1,2}月(?:末|底|初|份|上旬|中旬|下旬|[0-9]{1,2}日)?"
)


def _next_paragraph(
    text: str,
    span: tuple[int, int],
    noun_start: int,
    alone: bool,
    pats: _Patterns,
    next_blocks: Callable[[], Iterable[str]],
    idioms: re.Pattern[str] | None = None,
    verb: str = "",
    counted: str = "",
    said: int = 0,
) -> list[_Reading]:
    """The last sentence of a paragraph announces a count and lists nothing; the next
    paragraph opens with the list: after an announcing word (「分别是A、B和C」「具体包括：」
    「即…」), or — when the announcement is the only figure of its paragraph — as an ordinal
    enumeration (一是…二是…, （一）…). The link between the paragraphs is a reading, so the
    verdict is a warning at most."""
    rest = text[span[1] :].rstrip(" 　")
    other = any(
        idioms is None or idioms.match(rest, a.start("num")) is None
        for a in pats.announce.finditer(rest)
    )
    if _SENTENCE_END_RE.search(rest[:-1]) or other or _AHEAD_RE.search(rest):
        # another sentence, another count or 「…，主要工作如下。」 after it: the next
        # paragraph may list that (a set phrase, 「推动“三项制度”落地」, counts nothing new)
        return []
    if rest[-1:] not in _SENTENCE_END and rest[-1:] not in "，,；;、":
        # 「…共有8个村（社区）进入…名单」 with no stop, then one name a line: those lines
        ends = noun_ends(text, noun_start, span[1])
        lines = line_items(next_blocks(), ends)
        if lines is not None:
            items, closed = lines
            # (every line ending with the counted noun: clearly its whole list, an error)
            whole = closed and complete_list(items, ends, said)
            return [
                _Reading(
                    frozenset({len(items)}),
                    "下文",
                    closed=closed,
                    items=tuple(items),
                    ordinal=whole,
                )
            ]
    first = next(iter(next_blocks()), "").strip(" 　")
    o = _paragraph_opener(pats).match(first)
    if o is not None:
        word = o.group("word")
        partial = any(word.startswith(w) for w in pats.partial_opener)
        readings = _list_readings(first, o.end(), partial, "下段")
        return [replace(r, spans=()) for r in readings]
    # other figures in the paragraph: the enumeration may tell how they were reached, so its
    # items must each name what was counted (「建立四项工作机制，全年化解欠薪案件120件。」
    # then 「一是建立…机制；二是…机制」)
    # (a year or a date, 「2024年，」, is no figure of the work)
    busy = (
        not alone or re.search("[0-9０-９]", _DATE_RE.sub("", text[: span[0]] + rest)) is not None
    )
    # figures only after the count, in its own sentence (「推出五项举措，全年为企业减负3.2亿元。」):
    # what the counted work achieved, not other work the enumeration may tell about
    effect_only = alone and re.search("[0-9０-９]", _DATE_RE.sub("", text[: span[0]])) is None
    phrase = _SUMMARY_TAIL_RE.match(text, noun_start)
    summary = (
        text[:noun_start].endswith(pats.summary_heads)
        or counted.endswith(pats.summary_heads)
        or (phrase is not None and phrase.group().endswith(pats.summary_heads))
        # 「四个方面的专项治理」: the parts are the head, what they are of follows 的
        or any(
            text.startswith(h, noun_start)
            and text[noun_start + len(h) : noun_start + len(h) + 1] == "的"
            for h in pats.summary_heads
        )
    )
    lead = _NEXT_LEAD_RE.match(first)
    if lead is not None:
        # 「专项治理的重点：一是…」: a short lead naming the counted noun's head, then its
        # enumeration (「开展四个方面的专项治理，…。」)
        phrase_at = _NOUN_PHRASE_RE.match(text, noun_start)
        tail = counted[-2:] or (phrase_at.group()[-2:] if phrase_at else "")
        if (
            len(tail) == 2
            and tail in lead.group()
            and (summary or not busy or effect_only)
            # (「便民措施主要包括：」: examples, not the whole list)
            and not any(w in lead.group() for w in pats.partial_opener)
        ):
            listed = _ordinal_list(
                first, lead.end(), lambda: itertools.islice(next_blocks(), 1, None)
            )
            if listed is not None and listed[0] >= 2:
                return [_Reading(frozenset({listed[0]}), "下段", closed=True, items=listed[2])]
    marker = _marker_at(first, 0)
    if marker is None and not busy:
        # 「首先，…。其次，…。最后，…」 over the next paragraphs
        sequence = _sequence_over(next_blocks())
        if sequence is not None:
            return [replace(sequence, how="下段")]
    head = _NOUN_HEAD_RE.match(text, noun_start)
    noun = counted[-2:] or (head.group(0)[-2:] if head else "")
    if marker is None:
        return _after_unrelated(noun, pats, next_blocks)
    if marker[1] != 1:
        return []
    # a count of parts of the work (「重点推进了四个方面的工作」「三项重点任务」): its items are
    # the headings of what was done, which need not repeat the counted word; also when the
    # only other figures tell what that work achieved (「推出五项便企举措，全年为企业减负…亿元。」)
    # and the items run on in one paragraph (一是…): headings (一、 （一）) after a paragraph
    # with figures may be the outline of more than the count
    if summary and (not busy or (effect_only and marker[0] not in _BLOCK_STYLES)):
        heads: list[str] = []
        count = _continue_over(next_blocks(), marker[0], 0, heads)
        if count >= 2:
            return [_Reading(frozenset({count}), "下段", closed=True, items=tuple(heads))]
        return []
    return _naming_enumeration(noun, first, marker[0], busy, next_blocks, verb)


# a count that is the total of what follows (「共18家单位入选」「共有8个村」)
_TOTAL_BEFORE_RE = re.compile("(?:共有|共计|总计|合计|共)$")
# words telling that what follows is a part of the counted (「部分名单如下」「典型案例有：」)
# a figure of the announcing sentence (another count the lines may be of: 「这5市」)
_LINE_FIGURE_RE = re.compile("[0-9０-９]+|[零〇一二两三四五六七八九十百]+")


def _lines_after_stop(
    bq: BlockQuantities,
    lex: Lexicon,
    pats: _Patterns,
    unlisted: Sequence[tuple[int, str, str, tuple[int, int], str, bool]],
    next_blocks: Callable[[], Iterable[str]],
) -> Relation | None:
    """The last sentence of a paragraph, closed by a stop or a colon, announces a count that
    lists nothing in it; one name a line follows (「…共18家单位入选，其中…。」 then
    「湖北省武汉市江岸区」…). The lines are its list when they are clearly one: at least
    three, closed, none ending with 等, and either most end with a character of the counted
    noun, or they are of one shape (the same first two or last character) and the count is a
    total (共/共有 before it). The count judged is the first such in the sentence; no figure
    of the sentence may equal the number of lines (a count of a part may be what they list).
    The link across line breaks is a reading: a warning at most."""
    text = bq.text
    body = text.rstrip(" 　")
    if body[-1:] not in "。：:":
        return None
    start = max(body.rfind(c, 0, len(body) - 1) for c in "。！？!?；;\n") + 1
    sentence = body[start:]
    examples = (*pats.partial_opener, *pats.example_words)  # numbers.toml ``announced``
    if any(w in sentence for w in examples) or sentence[:-1].endswith("如"):
        return None  # (「…，如：」: examples)
    heads = [u for u in unlisted if u[3][0] >= start and not u[5]]
    if not heads:
        return None
    shaped = shaped_lines(next_blocks())
    if shaped is None:
        return None
    items, same = shaped
    for f in _LINE_FIGURE_RE.finditer(sentence):
        if _cn_or_int(f.group()) == len(items):
            return None
    for n, meas, name, span, noun, _ in heads:
        ends = frozenset(c for c in noun if "\u4e00" <= c <= "\u9fff") | noun_ends(
            text, span[1], span[1]
        )
        total = _TOTAL_BEFORE_RE.search(text, max(0, span[0] - 2), span[0]) is not None
        if name_their_kind(items, ends) or (same and total):
            whole = complete_list(items, ends, n)
            reading = _Reading(
                frozenset({len(items)}), "下文", closed=True, items=tuple(items), ordinal=whole
            )
            return _judge(bq, lex, n, meas, name, span, [reading])
    return None


# a short lead opening the next paragraph before its enumeration (「专项整治的重点：」)
_NEXT_LEAD_RE = re.compile(r"[^，,。；;：:、0-9０-９（()）“”《》\s]{2,12}[：:]")
# the counted noun phrase after the measure, through 的 (「方面的专项整治」)
_NOUN_PHRASE_RE = re.compile(r"[^，,。；;：:、（()）“”《》\s和及与等]{1,16}")
# the counted noun after the measure, up to its head (「四个方面的工作」「三项重点任务」)
_SUMMARY_TAIL_RE = re.compile(r"[^，,。；;：:、（()）“”《》\s]{0,6}(?=[，,。；;：:]|$)")


def _after_unrelated(
    noun: str, pats: _Patterns, next_blocks: Callable[[], Iterable[str]]
) -> list[_Reading]:
    """An enumeration after one unrelated paragraph (no count, no list of its own, no
    以下/如下), whose items each name what was counted: 「出台五项配套制度。」, 「全年检查企业
    320家。」, then 「一是建立…制度；二是…制度」 (a warning)."""
    blocks = [b.strip(" 　") for b in itertools.islice(next_blocks(), 2)]
    if len(blocks) < 2 or len(noun) != 2:
        return []
    between, first = blocks
    marker = _marker_at(first, 0)
    if (
        marker is None
        or marker[1] != 1
        or _marker_at(between, 0) is not None
        or pats.announce.search(between)
        or _AHEAD_RE.search(between)
        or _paragraph_opener(pats).match(between)
    ):
        return []
    readings = _naming_enumeration(
        noun, first, marker[0], True, lambda: itertools.islice(next_blocks(), 1, None)
    )
    return [replace(r, how="后文") for r in readings]


def _naming_enumeration(
    noun: str,
    first: str,
    style: str,
    busy: bool,
    next_blocks: Callable[[], Iterable[str]],
    verb: str = "",
) -> list[_Reading]:
    """The enumeration of ``style`` opening ``first`` (the first of ``next_blocks``), read when
    its items name the counted ``noun`` (or, unless ``busy``, a title or a quoted name), or
    when every item opens with the ``verb`` the count was announced with (「开展了5次专项
    行动。」 then 「一是开展…检查；二是开展…整治」: each item is one of what was done)."""
    heads: list[str] = []
    count = _continue_over(next_blocks(), style, 0, heads)
    if count < 2:
        return []
    if verb and all(_opens_with(h, verb) for h in heads):
        return [_Reading(frozenset({count}), "下段", closed=True, items=tuple(heads))]
    if style in _BLOCK_STYLES:
        # a paragraph per item (（一）…, 1.…): the first sentence of the first two
        first = "".join(
            t[: _top_end(t, 0, _SENTENCE_END)] for t in itertools.islice(next_blocks(), 2)
        )
    # the items name what was counted (its head noun, a title 《…》 or a quoted name): an
    # enumeration of measures (一是加强领导，二是强化督查) after 「建立3项机制，推动…」 may
    # tell how the work was done, not list the three
    items = [
        first[a:b]
        for a, b in itertools.pairwise(
            [m.start() for m in _STYLE_RES[style].finditer(first, 0, _MAX_SCAN)] + [len(first)]
        )
    ]
    # (其一…其二…: 「of them, the first」 points back at what was counted by itself)
    if not items or not all(
        (not busy and (style == "其" or any(mark in item for mark in "《“「")))
        or (len(noun) == 2 and noun in item)
        for item in items
    ):
        return []
    return [_Reading(frozenset({count}), "下段", closed=True, items=tuple(heads))]


# where the sentence of an announcement ends: a full stop, or a gap of spaces after a heading
# written without one (「县司法局突出五项重点开创…新格局 一是…」)
_SENTENCE_GAP_RE = re.compile(r"[。！？!?]|[ 　]{1,4}(?=\S)")
_WORD_IN_ITEM = 12  # characters of an item's first clause, after its label, that name the word


def _counted_word(text: str, num_end: int, quoted: bool) -> str:
    """The word an announcement counts, for its items to name: the rest of a quoted name
    after its numeral (``num_end``) and measure (“五着力” 着力, “四个坚持” 坚持, “五进” 进),
    or the two characters after the measure (``num_end`` is its end) of a count in the
    running text (四项重点 重点)."""
    k = num_end
    if quoted:
        close = text.find("”", k, k + 8)
        if close < 0:
            return ""
        if text[k : k + 1] in "个项" and close > k + 1:
            k += 1
        word = text[k:close]
        return word if 1 <= len(word) <= 2 and _IDEOGRAPH_RE.fullmatch(word[0]) else ""
    word = text[k : k + 2]
    return word if len(word) == 2 and _IDEOGRAPH_RE.fullmatch(word, 1) else ""


_NUMERAL_RE = re.compile("[0-9一二两三四五六七八九十]+")


def _quoted_word(text: str, num_start: int) -> str:
    """The word a quoted name counts after its numeral (“五不出” 不出), or ""."""
    if text[num_start - 1 : num_start] not in "“「":
        return ""
    numeral = _NUMERAL_RE.match(text, num_start)
    return _counted_word(text, numeral.end(), True) if numeral is not None else ""


def _named_enumeration_next(
    text: str,
    noun_end: int,
    word: str,
    pats: _Patterns,
    next_blocks: Callable[[], Iterable[str]] | None,
    parts: bool = False,
) -> list[_Reading]:
    """An enumeration opening right after the sentence of an announcement — the next sentence
    of its paragraph (「立足法治“四个坚持”，扛牢…责任。一是坚持…」), or the next paragraph when
    that sentence ends its own (「围绕“四着力”，推进…建设。」 then 「一是着力…」) — running on
    over the following paragraphs, whose every item names the counted ``word`` in its first
    clause: its items. The sentence holds no other count, list or colon; the link is a
    reading (a warning)."""
    if not word:
        return []
    gap = _SENTENCE_GAP_RE.search(text, noun_end, min(len(text), noun_end + _REACH))
    end = gap.start() if gap is not None else len(text)
    if gap is None and len(text) - noun_end > _REACH:
        return []
    # (a date, 「2024年」, is no other count of the sentence)
    between = _DATE_RE.sub("", text[noun_end:end])
    if re.search("[、：:；;0-9０-９]", between) or pats.announce.search(between):
        return []
    # a count of aspects (numbers.toml ``announced.part-nouns``: 「从四个方面总结…。」 then
    # 「一是…」) is listed by the enumeration after it whatever its items say (not the first
    # word of a longer noun, 「五项工作机制」: what that counts its items must name)
    start = gap.end() if gap is not None else len(text)
    while start < len(text) and text[start] in " 　。":
        start += 1
    clauses: list[str] = []
    heads: list[str] = []
    # (the enumeration in the announcement's own paragraph: one over the next paragraphs is
    # read, as before, by the rules of the following paragraphs)
    inline = start < len(text)
    if inline:
        marker = _marker_at(text, start)
        if marker is None or marker[1] != 1:
            return []
        count = _ordinals_inline(text, marker[0], marker[2], 1, heads, clauses)
        heads.insert(0, _item_head(text, start))
        clauses.insert(0, _item_clause(text, start))
        following = itertools.islice(next_blocks(), _MAX_FOLLOWING) if next_blocks else ()
        count = _continue_over(following, marker[0], count, heads, clauses)
    else:
        if next_blocks is None:
            return []
        first = next(iter(next_blocks()), "")
        marker = _marker_at(first, 0)
        if marker is None or marker[1] != 1:
            return []
        count = _continue_over(next_blocks(), marker[0], 0, heads, clauses)
    if count < 2 or len(clauses) != count:
        return []
    for clause in clauses:
        label = _marker_at(clause, 0)
        body = clause[label[2] if label else 0 :]
        # (the word within the clause's first characters, or ending a clause that names the
        # item: 「一是实施法治宣传教育服务提升工程。」 after “五项工程”)
        if not (parts and inline) and word not in body[:_WORD_IN_ITEM] and not body.endswith(word):
            return []
    return [_Reading(frozenset({count}), "后文", closed=True, items=tuple(heads))]


def _opens_with(head: str, verb: str) -> bool:
    """Does the enumerated item ``head`` open with ``verb`` (within two characters after its
    label: 「一是开展…」「二是组织开展…」)?"""
    marker = _marker_at(head, 0)
    if marker is None:
        return False
    return verb in head[marker[2] : marker[2] + 2 + len(verb)]


# words that point back at what was listed before a count (「通过上述四项措施」)
_BACK_RE = re.compile(r"(?:上述|以上|前述|(?<![这那])这)$")


def _enumerated_before(text: str, num_start: int) -> list[_Reading]:
    """The ordinal enumeration of the paragraph that ends before a count pointing back at it
    (「一是…；二是…；三是…。通过上述四项措施」): the last run of one style of labels, in order
    from 1. The link is a reading of 上述, so a warning at most."""
    lo = max(0, num_start - _MAX_SCAN)
    # the shallowest style of labels before the count (sub-points ① inside an item are not
    # the items), the one labelled last among equals; digits may be figures and 一、 a
    # heading's label: neither is read here
    best: tuple[int, int, str] | None = None  # (level, -position of its last label, style)
    for style, pattern in _STYLE_RES.items():
        if style in ("1.", "（1）", "一、"):
            continue
        pos = -1
        for m in pattern.finditer(text, lo, num_start):
            pos = m.start()
        if pos >= 0:
            key = (_STYLES[style][1], -pos, style)
            best = key if best is None or key < best else best
    if best is None:
        return []
    style = best[2]
    run = 0
    heads: list[str] = []
    for m in _STYLE_RES[style].finditer(text, lo, num_start):
        value = _value(style, m.group(1))
        if value == run + 1:
            run += 1
        elif value == 1:
            run = 1
            heads = []
        else:
            return []  # labels out of order: not one enumeration
        heads.append(_item_head(text, m.start()))
    if run < 2:
        return []
    return [_Reading(frozenset({run}), "前列", closed=True, items=tuple(heads))]


_BACK_NAMES = 300  # characters before 这N a list of the counted noun's names is looked for
_BACK_HEAD = 2  # characters of the counted noun's head each name of that list ends with
_CLAUSE_CLOSE = "，,；;。！？!?"
_LEAD_CUT_RE = re.compile(r"[)）了]")  # (what ends a lead before a first name: a bracket, 了)


def _named_before(
    text: str, num_start: int, after: int, lex: Lexicon, n: int, measure: str
) -> tuple[list[_Reading], int]:
    """The 顿号 list a 这N count points back at (「申报成立了A委员会、B委员会、C委员会。…
    这三个专业性…委员会挂牌运行后」): the last 顿号 list of its paragraph before the count's
    clause, within ``_BACK_NAMES`` characters, its names three at least and each ending with
    the same ``_BACK_HEAD`` characters that the counted noun's clause holds. The link is a
    reading of 这: a warning at most, and only more counted than named contradicts (「这两个」
    may be the last two); with the end of the counted noun's head in its clause."""
    lo = max(0, num_start - _BACK_NAMES, text.rfind("\n", 0, num_start) + 1)
    mark = text.rfind("、", lo, num_start)
    if mark < 0:
        return [], 0
    cut = min(
        (i for i in (text.find(c, mark, num_start) for c in _CLAUSE_CLOSE) if i >= 0), default=-1
    )
    if cut < 0:
        return [], 0  # (「A、B、C这三类」: the list of the count's own clause, read before)
    clause = text[after : _top_end(text, after, _CLAUSE_CLOSE)]
    for r in _before(text, cut, True, lex, n, measure):
        head = r.items[-1][-_BACK_HEAD:]
        if (
            len(r.items) >= 3
            and not r.partial
            and head in clause
            and all(i.endswith(head) for i in r.items[1:])
        ):
            # (the first name from the end of the words that lead to it: 「…申报成立了A委员会」)
            first = _LEAD_CUT_RE.split(r.items[0])[-1]
            if first.endswith(head) and first != r.items[0]:
                r = replace(r, items=(first, *r.items[1:]))
            return [r], after + clause.index(head) + _BACK_HEAD
    return [], 0


_MAX_UNLISTED = 8  # announcements of a paragraph that look for a lead further on
_LEAD_REACH = 400  # characters after an announcement, in its paragraph, a lead is looked for
_LEAD_BLOCKS = 3  # following paragraphs a lead is looked for in (their first characters)
_LEAD_HEAD = 200
# a phrase that points back to counted things and opens their list: 「这些X分别是」「上述X包括」
_LEAD_RE = re.compile(
    # (after a comma only the counted noun repeated whole: 「8个警务服务站，警务服务站分别
    # 设在…」; 各 points at each of them: 「各检查组分别负责…」)
    r"(?:(?P<this>这些|上述|以上|前述|这批|该批|各)|^|(?<=[。！？!?，,]))"
    # (a noun of 「X的Y」 may run longer: 「建有法治文化广场的村分别为…」)
    r"(?P<noun>[^，,。；;：:、（()）“”《》\s0-9０-９]{1,16})"
)


def _noun_before(text: str, num_start: int) -> str:
    """The noun a count after it counts (「梳理执法事项四类」: 执法事项), up to six characters."""
    start = num_start
    while start > 0 and num_start - start < 6 and _IDEOGRAPH_RE.match(text[start - 1]):
        start -= 1
    return text[start:num_start]


def _same_thing(lead: str, noun: str) -> bool:
    """Does the lead's noun name what was counted? Its head word (the last two characters)
    ends the counted noun (「上述制度」 and 「工作制度」, 「这些事项」 and 「执法事项」);
    「上述纠纷」 does not name 「医疗纠纷调解室」."""
    _, de, after = lead.rpartition("的")
    if de and after and len(after) < 2:
        return noun.endswith(after)  # 「建有法治文化广场的村」 and 行政村: the head after 的
    head = lead[-2:]
    return len(head) == 2 and noun.endswith(head)


def _said(text: str, count_at: int | None, lead_at: int | None) -> str:
    """The announcing sentence of the count at ``count_at`` (none when not given), cut at
    ``lead_at`` when the lead stands in it (:func:`_led_back`)."""
    if count_at is None:
        return ""
    start = _sentence_start(text, count_at)
    end = _top_end(text, count_at, _SENTENCE_END)
    return text[start : end if lead_at is None else min(end, lead_at)]


def _done_lead(lead: str, announcing: str) -> bool:
    """Is ``lead`` 「X的Y」 whose X (two characters or more) is said in the announcing sentence
    before the count (「修订的制度」 after 「修订完善了7项制度」, 「新建的阵地」 after 「新建了
    两个阵地」)? The head word Y is matched by :func:`_same_thing`."""
    pre, de, _ = lead.rpartition("的")
    return bool(de) and len(pre) >= 2 and pre[-2:] in announcing


def _counted_noun(text: str, after: int, verbs: re.Pattern[str]) -> str:
    """The noun after a measure, up to sixteen characters and the first verb that has an
    object of its own after it (「调解室开展矛盾纠纷调解」: 调解室; 「矛盾纠纷调解工作室」
    whole: what follows 调解 is a suffix of the noun, not an object). A noun cut short would
    lose its head word (「青少年法治教育实践基地」 is eleven characters)."""
    head = _LONG_NOUN_RE.match(text, after)
    if head is None:
        return ""
    noun = head.group()
    adverb = _PREDICATE_LEAD_RE.search(noun, 2)
    if adverb is not None:
        noun = noun[: adverb.start()]  # 「8个行政村均已建成…」: the predicate opens at 均
    for v in verbs.finditer(noun, 2):
        rest = noun[v.end() :]
        if len(rest) >= 4 or (len(rest) >= 2 and verbs.search(rest)):
            return noun[: v.start()]  # (「重点开展检查」: a verb and a verb of its own)
        if not rest and text[after + len(noun) : after + len(noun) + 1] in _NAME_OPEN:
            return noun[: v.start()]  # 「6个社区开展“法治体检”」: its object a quoted name
    return noun


# adverbs that open the predicate after a counted noun (「8个行政村均已建成」「5个社区全部
# 完成」); at the third character or later, so that no noun loses its first word
_PREDICATE_LEAD_RE = re.compile("均|都|已|全部|全都|也")
# what opens a predicate the items share after the last (均, 同比 of 「…损失同比下降」)
_SHARED_PREDICATE_RE = re.compile(f"{_PREDICATE_LEAD_RE.pattern}|同比|较上年|有所")
_NAME_OPEN = "“「《"


def _led_back(
    text: str,
    after: int,
    noun: str,
    pats: _Patterns,
    next_blocks: Callable[[], Iterable[str]] | None,
    back_only: bool = False,
    count_at: int | None = None,
) -> tuple[tuple[int, int] | None, list[_Reading]]:
    """An announcement that lists nothing, then — later in its paragraph or at the start of
    one of the next paragraphs — a phrase that points back to what it counted and opens their
    list (「这些事项分别是A、B和C」「上述制度包括A、B和C」). The lead names no count of its own
    and its noun shares its head word with the counted noun; the link is a reading across
    sentences, so the verdict is a warning at most. A lead may also name the counted things
    by what was done to them, with the verb of the announcing sentence (「修订完善了7项内部
    管理制度。」 then 「修订的制度包括…」: :func:`_done_lead`)."""
    if len(noun) < 2:
        return None, []
    opener = _paragraph_opener(pats)
    windows: list[tuple[str, int, int]] = [(text, after, min(len(text), after + _LEAD_REACH))]
    if next_blocks is not None:
        for i, block in enumerate(next_blocks()):
            if i >= _LEAD_BLOCKS:
                break
            windows.append((block, 0, min(len(block), _LEAD_HEAD)))
    head = noun[-2:]
    one = "的" + noun[-1]  # (「X的村」 names 行政村 by its last character: :func:`_same_thing`)
    for w, (block, start, end) in enumerate(windows):
        if block.find(head, start, end) < 0 and block.find(one, start, end) < 0:
            continue  # no lead's noun in the window can hold the head (searched below)
        for m in _LEAD_RE.finditer(block, start, end):
            if head not in m.group("noun") and one not in m.group("noun"):
                continue  # no cut of it ends with the counted noun's head (:func:`_same_thing`)
            # the noun ends where the opening word begins (「这些事项分别是」)
            base = m.start("noun")
            o = None
            for cut in range(1, len(m.group("noun")) + 1):
                o = opener.match(block, base + cut)
                if o is None and m.group("this") and block.startswith(("，", ","), base + cut):
                    # 「上述联合执法行动，即A、B…」: a comma after the pointing lead
                    o = opener.match(block, base + cut + 1)
                if o is None and m.group("this"):
                    # 「这些示范村是：A、B…」: 是 or 为 and a colon after the pointing lead
                    o = _POINTED_IS_RE.match(block, base + cut)
                if o is not None:
                    break
            if o is None:
                continue
            lead = block[base : base + cut]
            if not _same_thing(lead, noun) or (back_only and m.group("this") is None):
                continue
            if (
                m.group("this") is None
                and (len(lead) < 4 or not noun.endswith(lead[-4:]))
                # (the whole announcing sentence — 「6个社区开展“法治体检”，覆盖全部社区」 says
                # 覆盖 —, in the announcing paragraph up to the lead; its bounds are read only
                # here, as most calls find no lead)
                and not _done_lead(lead, _said(text, count_at, m.start() if w == 0 else None))
            ):
                # a sentence that opens with the noun itself (「专项行动具体为：…」) names
                # the counted noun whole: at least its last four characters
                continue
            word = o.group("word")
            partial = any(word.startswith(w) for w in pats.partial_opener)
            readings = _list_readings(block, o.end(), partial, "下文")
            if word.rstrip("：:，,") in pats.duty_openers:
                # one member may hold two duties joined by 及 (as after the announcement)
                readings = [
                    replace(r, counts=r.counts | {len(r.items)}) if r.items else r for r in readings
                ]
            # the key: the paragraph (0: the announcement's own) and where the lead stands
            return (w, m.start()), [replace(r, spans=(), ordinal=False) for r in readings]
    return None, []


_POINTED_IS_RE = re.compile(r"(?P<word>[是为][：:])")

# the noun an announcement counts, after its measure word (「两项制度性文件」: 制度性文件)
_NOUN_HEAD_RE = re.compile(r"[^，,。；;：:、（()）“”《》\s的和及与等]{1,10}")
_LONG_NOUN_RE = re.compile(r"[^，,。；;：:、（()）“”《》\s的和及与等]{1,16}")


_SENTENCE_END_RE = re.compile("[。！？!?]")
_AHEAD_RE = re.compile("|".join(_AHEAD))
_OPENER_CACHE: dict[int, re.Pattern[str]] = {}


def _paragraph_opener(pats: _Patterns) -> re.Pattern[str]:
    """A paragraph that opens with an announcing word (numbers.toml ``announced.openers``)."""
    cached = _OPENER_CACHE.get(id(pats))
    if cached is None:
        words = sorted(pats.opener_words, key=len, reverse=True)
        cached = re.compile(
            rf"(?P<word>{'|'.join(re.escape(w) for w in words) or '(?!)'})"
            r"(?!(?<=即)[日将使便可时刻])[：:，,]?"  # (not 即日起, 即将, 即使: 即 as an adverb)
        )
        _OPENER_CACHE[id(pats)] = cached
    return cached


_ORDINAL_NUMERALS = "一二三四五六七八九十"
ORDINAL_FILLER = 3  # ideographs between 第N and the head word (「第一督导组」 of 组)


def _ordinals(
    text: str, after: int, end: int, measure: str, head: str
) -> Iterator[tuple[int, str]]:
    """Where 「第N」 + the measure (or, with ``head``, the measure if any, up to
    :data:`ORDINAL_FILLER` ideographs and the head: 「4个督导组，第一督导组…」) stands in
    ``text[after:end]``, one after the other, and its numeral: what ``finditer`` of
    ``第([一-十]{1,2})(?:measure)?[\u4e00-\u9fff]{0,3}?head`` finds, tried in the same order
    (two numerals before one, the measure before none, fewer ideographs first) at each 第,
    without compiling a pattern per measure and head (a document has many: 0.8 ms each)."""
    p = text.find("第", after, end)
    while p >= 0:
        found = _ordinal_at(text, p, end, measure, head)
        if found is None:
            p = text.find("第", p + 1, end)
            continue
        numeral, stop = found
        yield p, numeral
        p = text.find("第", stop, end)


def _ordinal_at(text: str, p: int, end: int, measure: str, head: str) -> tuple[str, int] | None:
    """The numeral and the end of an ordinal of :func:`_ordinals` opening at ``p`` (第)."""
    for k in (2, 1):
        q = p + 1 + k
        if q > end or not all(c in _ORDINAL_NUMERALS for c in text[p + 1 : q]):
            continue
        if not head:
            if text.startswith(measure, q, end):
                return text[p + 1 : q], q + len(measure)
            continue
        starts = [q + len(measure)] if measure and text.startswith(measure, q, end) else []
        for s in (*starts, q):
            for r in range(s, min(s + ORDINAL_FILLER, end) + 1):
                if r > s and not "\u4e00" <= text[r - 1] <= "\u9fff":
                    break
                if text.startswith(head, r, end):
                    return text[p + 1 : q], r + len(head)
    return None


def _measure_ordinals(text: str, after: int, measure: str, head: str = "") -> list[_Reading]:
    """「四次，第一次…，第二次…，第三次…」: 第N and the announcement's measure, in order, in
    its sentence; with ``head``, 第N and the counted noun's head word (「三支执法分队，第一分队
    负责…，第二分队负责…」)."""
    end = _top_end(text, after, _SENTENCE_END)
    count = 0
    heads: list[str] = []
    for at, numeral in _ordinals(text, after, end, measure, head):
        if _cn_or_int(numeral) != count + 1:
            break
        count += 1
        heads.append(_item_head(text, at))
    if count < 2:
        return []
    # (the members named by their own ordinals may be only the ones the sentence goes on
    # about: fewer is no contradiction, more is — there is no 第四分队 of three)
    return [
        _Reading(
            frozenset({count}),
            "列举",
            closed=True,
            partial=bool(head),
            items=tuple(heads),
            ordinal=True,
        )
    ]


# 「首先是…；其次是…；再次是…；最后是…」: items in order without numbers
_SEQUENCE_FIRST_RE = re.compile(r"\s*首先")
_SEQUENCE_NEXT_RE = re.compile(r"(?<=[，,；;。])\s*(其次|再次|再者|然后|随后|接着|最后)")


def _sequence_list(text: str, start: int) -> _Reading | None:
    """Items told by 首先…其次…再次…最后 after an announcement; closed when 最后 ends them."""
    if _SEQUENCE_FIRST_RE.match(text, start) is None:
        return None
    end = _top_end(text, start, "。！？!?\n")
    count, closed = 1, False
    first = _SEQUENCE_FIRST_RE.match(text, start)
    heads = [_item_head(text, first.end() - 2 if first else start)]
    for m in _SEQUENCE_NEXT_RE.finditer(text, start, end):
        count += 1
        heads.append(_item_head(text, m.start(1)))
        if m.group(1) == "最后":
            closed = True
            break
    if count < 2:
        return None
    return _Reading(frozenset({count}), "列举", closed=closed, items=tuple(heads), ordinal=closed)


_SEQUENCE_AT_RE = re.compile(
    r"(?:^|(?<=[，,；;。！？!?]))\s*(首先|其次|再次|再者|然后|随后|接着|最后)(?=[，,：:是要])"
)


def _sequence_over(blocks: Iterable[str]) -> _Reading | None:
    """Items told by 首先…其次…再次…最后 over the following paragraphs, the first of which
    opens with 首先: each item a sentence or a paragraph opening with its word; the series
    stops at 最后, or at the third paragraph in a row that carries none of the words."""
    heads: list[str] = []
    unlabelled = 0
    for seen, text in enumerate(blocks):
        if seen >= _MAX_FOLLOWING:
            break
        if seen == 0 and _SEQUENCE_FIRST_RE.match(text) is None:
            return None
        found = False
        for m in _SEQUENCE_AT_RE.finditer(text, 0, min(len(text), _MAX_SCAN)):
            word = m.group(1)
            if (word == "首先") != (not heads):
                return None if not heads else _closed_sequence(heads, False)
            found = True
            heads.append(_item_head(text, m.start(1)))
            if word == "最后":
                return _closed_sequence(heads, True)
        if found:
            unlabelled = 0
            continue
        if _marker_at(text, 0) is not None:
            break  # a numbered paragraph: another list
        unlabelled += 1
        if unlabelled > 2:
            break
    return _closed_sequence(heads, False)


def _closed_sequence(heads: list[str], last: bool) -> _Reading | None:
    """The reading of a series of 首先… items read over paragraphs (``last``: 最后 ended it)."""
    if len(heads) < 2:
        return None
    return _Reading(frozenset({len(heads)}), "后文", closed=True, items=tuple(heads))


def _parts_reading(parts: PartsList, n: int) -> _Reading:
    """The reading of a whole's parts listed before their count of ``n``: an error when no way
    of reading the marks gives ``n``, a warning when only a split at a joining 顿号 does."""
    note = ""
    if parts.joined and n in parts.loose:
        note = "（顿号连接同一部分的两个词：" + "；".join(dict.fromkeys(parts.joined)) + "）"
    counts = parts.counts | (parts.loose if not parts.closed else frozenset())
    return _Reading(
        counts,
        "前列",
        closed=True,
        partial=not parts.closed,
        items=parts.items,
        ordinal=n not in parts.loose,
        note=note,
    )


# the fewest names a list closed by 等 must give to be read as complete when it stops one short
# of its count (session 25, counted over every read set and the tests: at three or four names
# the writers' traps (「征地拆迁、劳动保障、医疗纠纷等四类」, 「食品、药品、化妆品、医疗器械等
# 5类」) are as many as the contradictions; from five on, only contradictions)
_DENG_SHORT_MIN = 5


def _deng_closes(r: _Reading) -> bool:
    """Is the list's 等 its last word, after names all of one kind (no 等 inside an item:
    「医疗卫生等其他八大领域」 says in words that unnamed ones are counted)?"""
    if r.how == "前列":
        return not any("等" in item for item in r.items)
    # a list after its count (「“6个聚焦”即聚焦A、B、C、D和E等」) carries its 等 in its last item;
    # only there, as its last word (session 27: one contradiction of real text found, no
    # consistent case of a read set warned on)
    return bool(r.items) and not any("等" in item for item in (*r.items[:-1], r.items[-1][:-1]))


def _judge(
    bq: BlockQuantities,
    lex: Lexicon,
    n: int,
    measure: str,
    name: str,
    span: tuple[int, int],
    readings: Sequence[_Reading],
) -> Relation | None:
    # a list whose items each carry a count of the announced unit is a sum (「审查文件14件，
    # 分别为规范性文件5件、重大决策事项3件、合同6件」): the whole and its parts, judged by
    # the partition rule, not a count of items
    readings = [r for r in readings if not _is_sum(r, measure, lex)]
    if not readings:
        return None
    short: list[_Reading] = []
    for r in readings:
        if n in r.counts:
            return Relation("announced", Verdict.CONSISTENT, bq.block, span)
        if r.partial and min(r.counts) <= n:
            if r.closed and max(r.counts) == n - 1 >= _DENG_SHORT_MIN and _deng_closes(r):
                short.append(r)
                continue
            return Relation("announced", Verdict.CONSISTENT, bq.block, span)
    if short:
        r = short[0]
        return Relation(
            "announced",
            Verdict.CONTRADICTION,
            bq.block,
            span,
            (Span(bq.block, span[0], span[1]), *(Span(bq.block, s, e) for s, e in r.spans)),
            code="N203",
            severity=Severity.WARNING,
            message=f"「{name}」说有{n}{_said_unit(measure, lex)}，"
            f"{_WHERE[r.how]}的却是{max(r.counts)}项"
            + (f"：{shown_items(r.items)}" if r.items and len(r.items) <= 12 else "")
            + "（以“等”收尾，只少列一项）",
            suggestion="核对数量词与所列项目是否一致，或补全所列项目",
            data={"announced": n, "listed": max(r.counts)},
        )
    closed = [r for r in readings if r.closed]
    if not closed:
        return None
    r = closed[0]
    shown = sorted(r.counts)
    listed = "或".join(str(c) for c in shown)
    items = ""
    if r.items and len(r.items) <= 12:
        items = "：" + shown_items(r.items)
    involved = (
        Span(bq.block, span[0], span[1]),
        *(Span(bq.block, s, e) for s, e in r.spans),
    )
    return Relation(
        "announced",
        Verdict.CONTRADICTION,
        bq.block,
        span,
        involved,
        code="N203",
        severity=Severity.ERROR if r.ordinal else Severity.WARNING,
        message=f"「{name}」说有{n}{_said_unit(measure, lex)}，"
        f"{_WHERE[r.how]}的却是{listed}项{items}{r.note}",
        suggestion="核对数量词与所列项目是否一致",
        data={"announced": n, "listed": shown[0]},
    )


def _said_unit(measure: str, lex: Lexicon) -> str:
    """The unit a message counts the announced in: its measure, 个 for 大 (「五大领域」: no
    measure to count with), 项 for the character after the numeral of a name found by its
    quotes only (「“四到位”」: 到 is no measure; 说有4项, not 说有4到)."""
    if measure == "大":
        return "个"
    return measure if measure in _patterns(lex).measures else "项"


_SUM_UNITS: dict[tuple[int, str], re.Pattern[str]] = {}


def _is_sum(reading: _Reading, measure: str, lex: Lexicon) -> bool:
    """Does every item of the reading carry a count in the announced count's unit (the same
    measure, or one of its group in numbers.toml ``units.same``: 人/名/位)?"""
    if len(reading.items) < 2:
        return False
    key = (id(lex), measure)
    pattern = _SUM_UNITS.get(key)
    if pattern is None:
        group = lex.same_unit.get(measure)
        units = {measure, *(u for u, g in lex.same_unit.items() if group and g == group)}
        # (longest first, ties by text: the same pattern whatever the hash seed)
        alternation = "|".join(re.escape(u) for u in sorted(units, key=lambda u: (-len(u), u)))
        pattern = re.compile(
            r"(?<![0-9０-９.．第])(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千]+)"
            rf"(?:余|多)?(?:{alternation})"
        )
        _SUM_UNITS[key] = pattern
    found = [pattern.search(item) for item in reading.clauses or reading.items]
    if not all(found):
        return False
    # items that each carry one (「一是建设一个…；二是建设一个…」 after “三个一”): their sum is
    # the number of items, the very count judged here
    return not all(
        f.group()[0] in "一1" and f.group()[1:2] not in "0123456789０１２３４５６７８９.．十百千万"
        for f in found
        if f is not None
    )
