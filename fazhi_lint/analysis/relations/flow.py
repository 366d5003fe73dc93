"""Case flow: received >= accepted (+ rejected) (N103); concluded against accepted or
received (N107), which may legitimately exceed them when the text mentions cases carried
over from last year or settled before acceptance.

Two links come from the sentence's structure rather than from the order of the stages:

* a figure scoped by a 的-clause or a stage word and 中 (「受理的案件中已审结92件」) is
  judged against that stage only (more than it is N101, from :mod:`.partition`'s scope
  groups), not against the other stages;
* the stock of the year: 新收 + 上年结转 = 审结 + 未结 (numbers.toml ``clauses.carry-in`` and
  ``clauses.pending``); when all four are stated and do not balance it is N102, when the
  concluded alone exceed what came in it is N101. What came in may be told in one sentence
  and what became of it in the next (or, read with :mod:`.pickup`, the next paragraph), when
  that sentence names no part of it (其中, 在涉企案件中) and counts the same things: then it
  is a warning. 「上年度无结转」 makes the carried-in figure nought; 「对139件申请作出答复」
  is a concluded figure (its verb after it). The four figures of a stock are not also read
  as a total and its parts (:func:`.analyze.analyze_block` drops that reading).

The figure still open is read in any wording (issue 9, session 6): a pending word, or a
count with a still-going state after it — 「尚有37件在审理期限内」「另有12件正在办理中」
「仍有5件处于调查阶段」「截至年底，9件在法定期限内办理」 — unless the words between the
count and its state name other things (「另有3件信访事项在办」), the count is of a part
(其中…) or of another time (截至6月底, 上年同期). What became of the cases may follow what
came in by a remark sentence, and a paragraph that tells only what became of them (审结,
尚有…在办) is read after the paragraph under its heading that counted what came in
(:func:`stock_source`, asked by :mod:`.pickup`). A clause saying nothing is left open
(年底无未结案件, 已全部审结) makes the pending figure nought (a warning).

Session 8: the stock is read in any order — the carried-in figure may open the later
sentence or paragraph (「受理196件。…上年结转11件，审结189件，尚未审结16件」), a refusal
beside the intake (对…的18件作出不予受理决定) is no intake, a 其中 part of the concluded is
passed over, the open figure may be named before its count (「尚在审理期限内的案件34件」,
its head noun then compared with the stock's) or be the rest whose statement says it goes
on (「余下16件…已转入下年度继续办理」); a count of no flow verb that a denial of a
carry-over right after it speaks of (「…案件22件，无上年结转」) is what came in; a refusal
after the concluded figure (审结案件中，驳回申请15件) is an outcome of the review.

Session 9: an outcome after an accepted part whose activity it names (「其中…受理调解的296起，
经调解达成协议的302起」) counts what that part took in; a grant of the object of the accepted
applications (「受理法律援助申请1,136件」 … 「决定给予法律援助1,142件」: numbers.toml
``clauses.grant-words``) cannot exceed them, whatever closure before acceptance (告知) the text
names (warnings, as every elided outcome).

Session 10 (real reports): a refusal listed in the 其中-list that opens right after the
accepted figure (「受理1033件，其中，决定维持435件，驳回申请136件」) is an outcome of the
accepted cases' review (:func:`_listed_under`), not a refusal of intake beside them.

Session 10: a 其中 part of the accepted (「受理8,214件，其中网上受理5,127件，办结8,106件」) is not
what a concluded figure naming nothing of its own counts; a count told as added to what came in
(另计, 另有) lifts the intake the accepted is judged against; the outcomes and the open part may
follow the whole across a semicolon (「接收318件，按职责分流办理；已办结296件，正在办理的17件」),
and a clause that is a pending state alone (「正在办理12件」) is the open part.

Session 11: an outcome after a 其中 list in the same statement counts what the figure opening
the list took in, not what the list's last part counts (:func:`_whole_of_list`).

Two outcomes that split a stage figure by their words alone are judged against it as a
warning: an outcome and its negation (调解成功 / 调解不成功的), and the concluded and open
figures of a set a 的-clause names (「转办的28,630件工单中，已办结…，在办…」).

Session 11 (s11-rft): a clause of no figure that adds to what came in (「加上窗口现场提交的
申请，」) leaves the accepted figure unbounded by it; a figure of no stage verb whose own
bracket holds the carried-in part (「办理行政复议案件57件（其中上年结转4件）」) is the year's
caseload, judged against 审结 + 未结 as a warning; the cases in hand at the start of the year
(年初在办, 期初未结) are carried in; an outcome told after the body that brought it about
(「经人民调解委员会调解成功1,302起」) still counts the intake's noun.

Session 13 (s13-among): the stock told clause by clause has its outcomes read by their place
between the carried-in and the open figure, whatever their verbs (「新受理226件，加上年结转9件，
调解成功218件，调解不成…解决11件，截至年底尚在调解中的4件」: :func:`_balance_by_position`);
a chain's answer is judged against its request (交办 → 反馈, 告知 → 提出: numbers.toml
``clauses.approval-stages``); a figure under 「对收到的申请已…」 is of that stage's set
(:func:`_told_scope_re`), not of the accepted.

Session 14 (s14-flow): the rest told after a time frame (「截至年底剩余41件正在按程序办理」) is
the open part; a plain concluded figure and the open one right after it split what was accepted
when nothing else is told between (:func:`_whole_split`): falling short is an error too; a
grant and a refusal right after an accepted figure are decisions on it (:func:`_decision_pairs`).

Session 15 (s15-flow2): a total word before a verb of handling a set (共办理48件) right after the
new and the carried-in figures is their stated sum (:func:`_caseload`), judged against them and
never an outcome; what is accepted or granted right after the figure found eligible (属于…受理
范围的, 符合…条件的) cannot be more (:func:`_eligible_bounds`); a concluded figure pointing back
(上述案件, 上述应处理事项) is judged with the open part against the figure it points at
(:func:`_pointed_whole`).

Session 22 (s22-flow2): an outcome's manner words (成功, 已, 依法: ``clauses.outcome-fillers``)
name no kind of their own (「成功化解纠纷」 counts the accepted 矛盾纠纷); an outcome told as the
number of (「调处成功数」) is an elided outcome; the fates told in the sentence after a 其中 list
of kinds are of the set that opened it; the fates after an open part told first (「受理38件，
未结17件，裁定驳回起诉7件，撤诉6件，…」) are read by their place (:func:`_fates_after_open`), and
a closure word (驳回, 撤回) in the own clause of a fate counted in the sentence explains no
excess (:func:`_closed_untold`).

Session 25 (s25-flow), decided on counts: the open part is read by its clause — a figure whose
own clause opens with a carry into the next year (a pending word holding a carry word: 结转下年,
结转至下一年 — whatever follows, 「结转下年度继续办理61件」, and in the concluded figure's bracket,
「完成62件(结转至下年度办理2件)」) is still open (:func:`_carried_out_clause`, asked by
:func:`_open_now`); 下一年 / 上一年 is no duration of one year (quantities). Against the base:
real19–38 +2 found (real36 QC018, QC020), one found case from error to warning (real31 QJ029:
新收7份, 办结6份 + 结转下年度2份 — the open part's reading, a warning, now claims the figures the
outcome list read as an error; an unstated carry-in can explain it), invented no change, the
snapshot unchanged. A 其中 run of received figures that splits a whole told in the sentence
before (「共收到…63件。其中，市政府收到24件，…收到39件」), or whose sum passes a part before
the whole, names that whole as the intake (:func:`_split_whole`): no change in the read sets,
one false error fewer in own25 (FLV005). Not taken: a carry-out above the intake when no
carry-in is told (real34 QE018: the open stock may hold older cases), and the balance with a
carried-in part bracketed inside the concluded (real38 QQ022: 「办结168件（含上年结转14件）」
bounds the carried-in from below only) — neither reading is forced.

Session 26 (s26-flow), decided on counts: a sentence opening with 其中 and a plain concluded
figure (「…共计613件。其中已结案件336件，未结案件27件」) goes on with the stock of the sentence
before — it splits the whole by state, not by a kind (:func:`_goes_on_stock`; a warning, as
every stock told over two sentences). Against the base (aea12eb): real19–38 no change,
real39–42 +1 found (real42 KB024, a real slip), invented no change, no warning on a consistent
case, the snapshot unchanged. Not taken this session (classes of the read misses, counted in
the s26 report): a total told before its new and carried-in parts (real42 KB023: one case), a
later stage of an unlisted verb (检查 → 处理, 受理 → 查处 / 转办: real40 QO030, real37 QG026,
real38 QQ026 — 处理 and 转办 may count more than the stage before: one matter to several
bodies, cases from other channels), the carried-in part bracketed inside the concluded (real38
QQ022, real39 QI016: bounds the carry-in from below only).

Session 27 (s27-flow), decided on counts (the misses of real19–45 classed by the guard that
silenced them; recurrence over the six harvests in the s27 report): a year named between two
figures of the stock is no figure (「…1554件，2023年结转132件；全年办理1503件，结转2025年
138件」: :data:`_ONE_CLAUSE_YEARS_RE`); a carry out of the year the text tells into a later one
(「2025年…9件，共办结6件，2025年结转至2026年继续办理1件」) is open, as one from an earlier year
(2024年结转至2025年) is carried in (:func:`_carried_to_later_year`, asked first by
:func:`_open_now`); a count inside the 的-phrase between an intake verb and its object (「收到187个
申请人提出的…申请583件」) names who asked, not what came in (:data:`_ATTRIBUTE_RE`); 转结 is
read as 结转 (quantities.fold_variants). The carried-in part bracketed inside the concluded
(class D, four misses in three harvests) is read by :mod:`.carried_inside` as a warning. Counts
against the base (0ade73a) in :mod:`.carried_inside`'s docstring.

Session 28 (s28-flow), the open rest of a whole (:func:`_open_rest`: concluded + open > the
accepted), decided on counts over every read set against the base (2dd0f34), real19–42 |
real43–45 | invented (blind1–44, own) | held-out real46–48 (aggregate only). The open figure
told as the stock at the period's end (its own clause opening with numbers.toml
``clauses.stock-closing``: 「期末未结131件」「年底未结案件9件」) may hold cases carried in
before the period, which the text neither names nor denies, so the sum above the accepted is
a warning (:func:`_closing_stock`; as the concluded above the accepted alone is): 0 | 0 | one
false error to a warning (own24 FLX07, a trap of exactly this reading) and one contradiction
found through the same reading from error to warning (FLX08) | flow false errors 3 → 2, one
more warning on a consistent case, found 11/18 and at error 8/18 unchanged. An open figure
whose own clause names a set before its pending word that the whole's noun does not hold
(「执行案件未结15件」 after 受理民事案件, 「督办件在办30件」 after 受理群众诉求) is that set's
open part — the sentence does not tie it to the whole: not judged; a set sharing a word of the
whole's noun with no other qualifier (信访件 of 信访事项) a warning (:func:`_names_own_set`; a
state before the pending word, 处于办结时限内正在办理, names no set): 0 | 0 | 0 | 0 — a guard
against the false errors of tests/test_statistics_s28_flow.py (five consistent sentences, each
an error at the base), no contradiction of any set lost. Not taken (classes of the read misses
in the s28 report): a total told before its new and carried-in parts (KB023, KE022: two
harvests, two different gaps — a comma list without 其中, and 结转 alone beside 新收), the
shortfall of the fates against what was received (QC022: one case).

Session 28 round 2 (s28b-flow), the carry-over balance (新收 + 上年结转 = the outcomes + 结转下年度;
新收 + 上月未办结 = 本月共有), a shape that recurs in all seven real harvests (65 cases of
real19–48, 34 of them contradictions), decided on counts over every read set against the base
(3cd1e9c), real19–42 | real43–45 | real46–48 | invented (blind1–44, own), measured by switch:
a bracket right after a figure is its own remark, not a clause of the stock
(:data:`_OWN_BRACKET_RE`, 「受理36件(其中:自然人申请32件…)，上年结转9件」), and the open figure may
be the last item of the outcomes' 顿号 list (「予以公开3件、无法提供12件、结转下年度办理4件」):
together 0 | 0 | +2 found (KF019, KF080) | 0, no consistent case fires (each alone: 0). The
period before of a monthly or quarterly statement carries in (numbers.toml
``clauses.year-before``: 上月, 上季度 — 上月未办结工单223件) and 共有 names the stated caseload
(本月共有工单2138件): 0 | 0 | +1 found (KH017) | 0, no consistent case fires. Not taken: a 其中
sentence splitting the stock by a fate of another verb than 办结/审结 (KE020 答复, KG052 办理: two
harvests — not measured in time), a total told before its parts (KE022), a carry-out or a
shortfall with no carry-in told (QE018, QC022, KH019: the open stock may hold older cases).

Session 29 (s29-flow), decided on counts over every read set against the base (base29 =
739a9a3), real19–42 | real43–48 | real49–51 | blind1–44 | own10–26 (flow: found, at error,
false errors, warnings on consistent). A sentence opening with 其中 whose two figures are a
concluded fate of any verb (答复, 办结) and, after it, the part carried out into the next year
splits the stock of the sentence before by state, as 「其中已结案件336件，未结案件27件」 does
(:func:`_state_split_sentence`; class D of the s28 reports) — and a 其中 followed by a comma
names no scope (「其中，已办结…」: the state-split lead was silenced by it before): 0 | +1
found (real45 KE020, a warning) | 0 | 0 | 0. The fates told after a semicolon that closes
the 其中 list of what came in are of the figure that opened the list (:func:`_open_fates`,
「受理212件，其中网站申请195件、…信函申请13件；已办理208件，结转下年度继续办理6件」), unless
their own clause names a set after the semicolon (「…；职责范围内的投诉已办结…」: own14 KG15,
a consistent case warned without that guard): 0 | 0 | +1 found (real51 KL009, a warning) |
0 | 0. The form's 结果纠正 sums decisions as 纠错 does (numbers.toml ``clauses.outcome-sums``):
「结果纠正0件」 is no set named by its noun alone (real49 KI023, a consistent case warned with
0 as the whole, is quiet; its twin KI024 had been found only through that misreading and is
lost): real49–51 warnings on consistent 1 → 0, found −1. Not taken: a carry-out alone above
the intake (QE018: needs 接受 as an intake verb and 结转2023年 read as a carry-out — one case),
a total told as 未收到 (KC026: one case), 共办理 as the concluded beside a carry-out (KG052).

Session 29 round 2 (s29b-flow2), decided on counts over every read set against s29m1 (main
after round 1; real19–42 | real43–48 | real49–51 | blind1–44 | own10–26; flow: found, at
error, false errors, warnings on consistent). The outcomes of the year's stock read again
without the misreading round 1 removed (a flat list of the form's outcomes as a whole split
by 不予处理): 另 alone before a count whose clause tells it still open (「已答复119件，…，另4件
结转下一年处理」) opens the open rest as 另有 does (:data:`_OPEN_REST_RE`), so the concluded and
the open figures are judged against what came in — with the new and the carried-in parts in
the accepted figure's bracket, the balance 新收 + 上年结转 = 答复 + 结转下一年 (the 顿号/comma
list after 答复 splits it and is not read as further fates): 0 | 0 | +1 found at error (real51
KL002) | 0 | 0. The fates may open the sentence after the new and the carried-in figures by
pointing back at them (「…另有上年结转申请3件，申请内容主要涉及…等。对上述申请，予以公开94件，
…，结转下年度继续办理5件」: :data:`_RESULTS_HEADING_RE`, after at most one remark clause of no
figure), a warning across two paragraphs as every such reading: 0 | 0 | 0 | +1 found (blind15
F021, a warning: its fates are a paragraph of their own) | 0. No consistent case of any set
changed. Not taken (classes left, see the s29b report): a carry-out or a shortfall with no
carry-in told (QE018: 接受 is no intake verb and 结转2023年11件 is not read as open; QC022: 完成
is no concluded verb; KH019: 至下月办结 inside the concluded's bracket), a later stage of a verb
no list names (QH024 转…办理 → 办结, QF023 承办…转派 → 办结, KF079 受理 → 交办, QO030 检查 →
处理: four verbs in four harvests, each stage allowed to exceed the one before in other texts).

Session 30 (s30-flowtime): what is left open at the year's end (结转下年度, 尚未审结) told with
what came in and no concluded figure cannot exceed what came in and what was carried in
(:func:`_judge_left_over`; 「收到3件，上年结转0件，结转下年度继续办理5件」): N101, an error with
the carried-in figure stated or denied, a warning with it unsaid or told across sentences. For
that, a pending figure told open by its own words (:func:`_told_open`: 未, a carry-out word) no
longer takes the time of the clause before when that clause is closed by a figure of its own
(「上年结转申请0件，」: 上年 is that figure's). Not for a still-going state (「加上上年结转的11件，
全年在办案件147件」, blind14 L019: the year's caseload, warned on without the 未/carry-out
guard). Counts: no change on real49–54 and blind1–38 (the real misses of the class, QE018 接受
and KC026 未收到, name their intake by words no list reads); rest: see the session's check_all.
Session 30 round 2 (s30b-stages), a later stage told with a verb no stage list names, decided
on counts against s30m1 (real19–42 | real43–48 | real49–54 | blind1–44 | own10–26; flow:
found, at error, false errors, warnings on consistent). An elided outcome (:func:`_elided_outcomes`)
counts what the figure right before it took in also when that figure opens its clause after a
comma and tells its verb of taking in after it (「，344件已转有关部门办理，已办结382件」:
:func:`_intake_after`, numbers.toml ``clauses.intake-verbs``), as the verb-first wording
「已转有关部门办理344件」 already was; and a clause of such a verb alone (fillers before it)
right after a figure counting things by another such verb and a noun of its own is what became
of those things (「检查定点医药机构318.9万家次，处理354.3万家次」: :func:`_handled_alone`).
Warnings, as every elided outcome: 处理 and 转办 may count more than the stage before in other
texts (one matter to several bodies, older cases). Counts: +1 found (real32 QH024) +1 found
(real40 QO030) | 0 | 0 | 0 | 0; at error, false errors and warnings on consistent unchanged
(the partition guard of the same session keeps the verb-first wording free of N101).
Seen and left: KF079 (受理事项23517个 → 交办重点事项26534件) and KI020 (梳理出89个矛盾纠纷 →
化解98件) count one thing in 个 and then in 件 — a unit-kin reading, another class; QF023
(「转派电话诉求事项2114已办结2141件」) prints the intake with no unit; KD024 (承办案件53件，56起案件
已判决或裁定) names its outcome after a noun of its own in another unit.

Session 31 (s31-flow), balances of a flow read by the role of each term, decided on counts
against base31 (real19–49 | real50–54 | real55–57 | blind1–25; the rest of blind/own and the
snapshot were not finished at the hard stop — see the s31 report). (1) 存案 is the court's
stock still open (numbers.toml ``pending``): 「新收…91.73万件（另有上年旧存12.74万件），审执结
96.46万件，…；存案10.01万件」 is the stock, N102 at error; this year's new intake (新收) holds no
carried-in stock, so the outcome run of :func:`_open_fates` with a stock-word open figure (not a
carry into the next year: 结转下年度 keeps its warning, QJ029) may exceed it — 「新收…565223件,
办结554296件,存案69346件」 is quiet (real45 KE030, warned without that guard). (2) The results
named as a set (「处理结果中，」「本年度办理结果中，」: :data:`_RESULTS_HEADING_RE`) head the
outcomes of the stock told before, and one remark clause of no figure may stand between the new
and the carried-in figures (:func:`_after_remark`): real57 KT060 found at error. (3) A carry word
of no direction alone in its clause after the concluded figure carries out
(「已办结56件，结转4件」: :data:`_BARE_CARRY_RE`, :func:`_judge_carried_out`); with no carry-in
told, concluded + carried out above what came in is a warning (real57 KT087). Counts: 0 | 0 |
flow found 13→16 (+KS028, KT060, KT087; KS053 kept by net.py's births − deaths, its base
find a misreading of 12706万人), at error 4→7, warnings on consistent 3→1 (KS011, KS052 quiet;
KT074 left); all kinds 83→86 found, 45→48 at error, 5 false errors unchanged, 6→4 warnings |
blind1–25 no change; false errors unchanged. Seen and left: KS092 (a 决算's 支出总计 split by
其中 into 本级支出, 调出资金 and 结转下年使用 — a use side whose residual is the carry-out; one
page in the read sets), KQ043 (办理4件（其中当年收到3件，上年转结2件），均已办结: a caseload
bracket whose parts pass it — a whole/parts reading), KS044/KT038 (outcomes against a 办理 or
转办 figure).

Session 32 (s32-flow), decided on counts against base32 (real19–42 | real43–48 | real49–54 |
real55–57 | real58–60 | blind1–44 | own10–26; flow: found, at error, false errors, warnings on
consistent). All four readings together (with :mod:`.carried_inside`'s): found real19–38 748 →
749 (QC022), real58–60 86 → 89 (KW020, KX021, KX027), every other group unchanged; at error,
false errors and warnings on consistent unchanged in every group. Three readings of the structure, all warnings:
(1) what was fixed named by the found figure's own noun after the fix verb (「发现火灾隐患104处，
督促整改火灾隐患119处」: :func:`_fixed_of_found`, :data:`_FIX_NAMED_RE`) is of what was found, as
the bare fix verb (「当场整改634处」) already was; a bracket right after it saying it holds more
(「（含复查整改）」, :data:`_FIX_HOLDS_MORE_RE`) keeps it quiet, as a carry-over does (real60 KX024,
the consistent twin, and KX022/KX026: quiet); a fix of another noun (责令整改722家 after 排查风险
隐患537个, real57 KT057) is no pair: real60 +1 found (KX027). (2) 无 before a carry into the
next year (「无转结下年度继续办理件」: :func:`_none_carried_out_re`, the carry-out words of
``clauses.pending``) says nothing is left open, as 无未结 does (:func:`all_concluded`); a carry
word denied alone (上年度无结转) is of the year before and not read: real60 +1 found (KX021,
收到3件，已按期答复1件 — a warning: the timely answers may not be all). (3) The part carried into
the next year told in the concluded figure's bracket (「完成62件(结转至下年度办理2件)」「答复1292件
(结转到2026年58件)」: :func:`_bracket_carried_out`) is the open part of the outcome run of
:func:`_open_fates`; the figure before the bracket is the concluded one by its verb or, a bare
verb of completion (完成), by the bracket: real36 QC022 found (the shortfall 62 + 2 < 74 the
s29b report left), real44 KD040/KD058 (1292 + 58 = 1350) quiet. With (1)–(3) and
:mod:`.carried_inside`'s untold open part the flow misses of real58–60 go 8 → 5.
Seen and left: KX019 (收到2件，均…答复，结转下年度继续办理1件: a carry-out with no carry-in told —
the open stock may hold older cases, as QE018), KX052 (诉讼案件2件（审结2件、1件在审）: a whole
split by state in its own bracket — one page), KX025 (a figure told again in the next paragraph
of one action: 责令“三停”7家 / 9家 — restated phrases differ in many consistent texts: parts, years),
KV053 (自然增长 − 迁出 = 人口变化: one page, the births − deaths reading is net.py's), KV085
(提出纠正意见54件次 … 已纠正56件: across sentences and 件次 → 件), KH019 (至下月办结 in the concluded
figure's bracket: a carry into the next month no pending word names).

Session 33 (s33-flow): a bare denial 「无结转」 (numbers.toml ``clauses.no-carry``) followed by a
next period or a later year (「无结转下年度继续办理」「无结转2024年继续办理件」: common's
``_CARRY_ONWARD``) denies the carry OUT, as (2) of session 32 reads it, and is no denial of a
carry-in: more concluded than received is then no error by ``no_carry`` (real61 KY051, whose
bracket tells the carried-in part — read by :mod:`.carried_inside`, with the counts there).
Seen and left (s33 report): the carried-in word 上一年度转办 / 2021年转办 and the carry-out
剩余6件转2023年办理 (real63 LA014, LA087, LA090: one city's reports); 其中，全年共办理… between
the intake and the carry-out (real47 KG052: :func:`_balance_by_position` reads no 其中 part
between the figures, and 除上年度结转的1件 also blocks it — one case); the form's outcomes told
after the received figure with no 其中 or in the next sentence (real61 KY020, real52 KN034,
real53 KO049, real20 QP024: sums past the whole — a class over four harvests, not built in time).

Session 33 round 2 (s33b-outflow), the form's answers told after the received figure past its
statement, decided on counts against main at 75e6411. The answers of the disclosure form
(numbers.toml ``clauses.form-answers``: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理 — a
closed list, each application gets one) are decisions of :func:`_decisions_over`'s run, read
before ``one-decision`` (不予公开 and 不予处理 are two answers, not one 不予), and a figure naming
one is no bare set (:func:`_said_re`). The run after a received, accepted or concluded figure
may go on into the later statements of the paragraph (:func:`_answers_go_on`) when the whole
opens its statement's figures of its unit, the run named only answers so far, the next figure
names one too and no set is named as a scope between (「复议案件中，」): 「收到申请3件，已在规定
期限内答复。…申请回复为予以公开2件，无法提供2件」 (real61 KY020), 「收到申请12件，其中予以公开
10件，…。无法提供3件，…」 (real52 KN034). A warning only (an application of the year before,
unsaid, may be answered this year), quiet when the text tells a carry-in, and reported only
when the run crossed a statement (inside it the answers are :mod:`.partition`'s parts of the
whole: one reading, one finding — real46 KF021, real58 KV028, own12 SV25 each got a second,
duplicate warning before that guard). Counts (every case of every read set holding an answer
word, 254 of 18466, N findings compared case by case with main; no other case can change):
real19–42 0 | real43–48 0 | real49–54 +1 found (KN034, a warning) | real55–57 0 | real58–60 0 |
real61–63 +1 found (KY020, a warning) | blind1–44 0 | own10–26 0; at error, false errors and
warnings on consistent unchanged in every group. Tried and dropped: the answers as decisions
inside one statement too (a bare-set whole 「予以公开及部分公开55件」 before 不予公开/无法提供 —
real44 KD017, a consistent trap — was warned until a figure naming an answer stopped being a
bare set; then three found contradictions got duplicate warnings). Seen and left: real20 QP024
(判决支持, 判决撤销, 协调化解 against 审结: 协调化解 names no decision of a closed list), real53
KO049 (已经解决 / 正在解决 / 列入计划解决 / 难以解决 of suggestions answered: states of one verb,
no list of the data), real57 KT038 (已办结 / 阶段性办结 / 办理时间延后 of 转办件), real49 KI024
(the form's 结果纠正 / 结果维持 against 行政复议案件2件, the text's carry-in bracket (含2021年结转2件)
silencing the run) — each a different vocabulary, none in two harvests.

Session 34 (s34-flow): the open and carried-in parts of the disclosure year in more wordings.
「在办结的N件申请中」 is the concluded set named by the preposition 在 (:func:`_at_concluded`: no
pending word 在办 — it had made the figure the open part, a false warning on a consistent
「受理8件，在办结的5件申请中，…，3件结转下年度」; texts with it: real61 KY017, blind24's
「在办结的88件申请中」, own11's 「在办结的158件案件中」); 另外 opens the open rest as 另/另有 do
(real64 LB023, found: a warning); a rest carried on by a bare 转 (numbers.toml ``pending``
转下年…, ``carry-to-year`` 转, :func:`_tail_to_later_year`: 「剩余6件转2023年办理」) is the open
part, which also keeps 「共办理55件」 before it from being read as the sum of new and carried in
(a false error on a consistent 「收到57件，上年结转2件，共办理55件，剩余4件转下年度办理」); a year
before the text's with 转办/转入 (:func:`_from_earlier_year`: 「以及2021年转办…2件」) is carried
in. Left: the stock told over three statements (intake. concluded and its answers. the rest
carried on — real61 KY017, real63 LA014), and 其中 before 办理 + 结转 after a 除…结转 carry-in
(real47 KG052: the partition reading of 其中 fits the changed text, so it stays silent).

Session 35 (s35-flow): a clause of no figure right after what came in saying all of it was
concluded (:func:`all_concluded`, or a whole clause opened by a word of all and closed by a
concluding verb, however long its adverbials: 「均严格按照规定时间、规范格式予以答复」) leaves
nothing to carry on: the next figure of the statement carried into the next year must be nought
(:func:`_all_done_yet_carried`, an error; not after a rest 其余…均已答复, nor with a carry-in told).
The same clause of all (its verb an outcome word too: 全部调处化解) after what was sought out to
be settled (``clauses.intake-verbs``: 排查矛盾纠纷186起) bounds the count of the settled set that
follows (:func:`_of_the_concluded`: 「对化解的纠纷…回访纠纷193起」), read also in a paragraph
whose figures name no stage.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache, partial

from ...grammar import YEAR_ASCII
from ...model import Severity, Span
from ..quantities import BlockQuantities, Lexicon, Quantity, _replace, scan
from .common import (
    FLOW_STAGES,
    INCLUDED_OPEN,
    WHOLE_AREA_RE,
    Relation,
    Verdict,
    bounds,
    carried_out_re,
    carry_denials,
    common_substring,
    denies_carry,
    last_mark,
    named_body,
    names_carry_over,
    nearer_count_past_clause,
    nouns_compatible,
    number_starts,
    other_kind,
    other_qualifiers,
    per_or_change,
    rest_words,
    show,
    span_of,
    verbs_of,
)
from .kinds import _ends_alike, _said, names_other_kind, period_at, periods_fit
from .periods import _words, period_marks

# the figures before a stage that are read as its earlier stages: a flow is told in a few
# clauses, and a paragraph of thousands of figures must not be read pairwise
WINDOW = 24


def _topic_item(lex: Lexicon, text: str, q: Quantity) -> bool:
    """「从案由看，涉及房屋征收的24件、…、行政登记的9件」: a figure told by a 的-clause in a clause
    opened by a topic lead (numbers.toml ``clauses.topic-leads``: 涉及, 关于…) counts cases of a
    kind; a verb inside the topic (登记) is no stage of the flow. Only where the clause breaks a
    set down — after 其中, in a 、 list, or after a dimension (从案由看，): 「属于职责范围依法受理的
    1,296件」 alone is a stage told by a predicate."""
    floor = max(0, q.num_start - _TOPIC_REACH)
    mark = last_mark(text, "，,；;：:。！？", floor, q.num_start)
    if mark < 0 and floor > 0:
        return False  # a clause longer than the reach: no lead read
    clause = text[mark + 1 : q.num_start].lstrip(" 　")
    among = clause.startswith("其中")
    clause = clause.removeprefix("其中")
    if not (clause.endswith("的") and clause.startswith(tuple(lex.data["clauses"]["topic-leads"]))):
        return False
    listed = "、" in clause or text.startswith("、", q.end)
    return among or listed or (mark > 0 and text[mark - 1] == "看")


_TOPIC_REACH = 80  # characters back a figure's clause is read for its topic lead


MAX_SPLIT_RUN = 8  # received figures read back for a run splitting a whole (who received it)


def _split_whole(received: list[Quantity], text: str = "") -> Quantity:
    """The intake a later stage is of: the latest received figure — unless it closes a run of
    two or more received figures of its sentence that add up exactly to the one before them
    (「共收到网民留言3059条，市政府各部门收到1904条，各县(市、区)收到1155条，…处理答复3055
    条」): the run splits that whole by who received it, and what follows is of the whole."""
    run = Decimal(0)
    last = received[-1]
    for k in range(len(received) - 1, max(0, len(received) - 1 - MAX_SPLIT_RUN), -1):
        q, head = received[k], received[k - 1]
        if q.sentence != last.sentence or q.approx:
            break
        run += q.value
        if (
            len(received) - k >= 2
            and (
                head.sentence == last.sentence
                # (「共收到…63件。其中，市政府收到24件，…收到39件」: the run opens the next
                # sentence with 其中, its whole closing the sentence before)
                or (head.sentence == last.sentence - 1 and "其中" in text[head.end : q.num_start])
            )
            and not head.approx
            and head.low == head.high == run
        ):
            return head
        # (a run above a figure before it does not end the search: that figure is one of its
        # parts, 「…收到24件，…收到39件」 of 63, and the whole may lie before it)
    return last


def flow_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    out: list[Relation] = []
    flows: list[Quantity] = []
    for q in bq.quantities:
        if q.kind != "count" or q.quoted:
            continue
        staged = (
            q.family in FLOW_STAGES
            # (every concluding word holds 结 or 回复: tested first, the pattern is tried at
            # every character)
            or (("结" in q.pre or "回复" in q.pre) and _CONCLUDING_RE.search(q.pre) is not None)
            or _DECIDED_RE.search(q.pre) is not None
        )
        # 「对符合条件的1541件申请予以受理」: the stage told by a verb after the figure (对 before
        # it), or by a clause of its own saying all of it was accepted (「…34087件，已全部受理」)
        if (
            not staged
            and "对" not in q.pre
            and not _opens_clause(bq.text, q)  # 「，390件已按期办结」: its stage after it
            and not _all_accepted_after(lex, bq.text, q)
        ):
            continue
        if per_or_change(lex, q) or _topic_item(lex, bq.text, q):
            continue
        r = _restage(lex, bq.text, q)
        if staged or r.family in FLOW_STAGES:
            flows.append(r)
    out.extend(_back_references(lex, bq))
    out.extend(_decision_pairs(lex, bq))
    out.extend(_decisions_over(lex, bq))
    out.extend(_eligible_bounds(lex, bq))
    out.extend(_opening_closing(lex, bq))
    out.extend(_caseload_origins(lex, bq))
    if not flows:
        out.extend(_elided_outcomes(lex, bq, set()))
        # 「案件共14件，…维持9件、撤销1件，…另有3件尚在审理中」: a whole of no stage, its fates
        out.extend(_open_fates(lex, bq, set()))
        if not speaks_of_carry_over(lex, bq.text):
            out.extend(_approval_chains(lex, bq))
            # (「排查矛盾纠纷186起，全部调处化解；…对化解的纠纷…回访纠纷193起」: no figure of a stage)
            out.extend(_of_the_concluded(lex, bq))
        return out
    clauses = lex.data["clauses"]
    text = bq.text
    no_carry = denies_carry(lex, text)
    carry = not no_carry and speaks_of_carry_over(lex, text)
    pre_acc = any(w in text for w in clauses["pre-acceptance"])
    forwarded = set(clauses.get("forwarded", ()))
    # closed before acceptance here (案前化解, 不予受理): not matters sent to another body
    closed_unaccepted = any(w in text for w in clauses["pre-acceptance"] if w not in forwarded)
    if no_carry:
        flows = _denied_carry_intakes(lex, bq, flows)
    scoped: set[int] = set()
    for idx, q in enumerate(flows):
        rel = _scoped(lex, q, flows[max(0, idx - WINDOW) : idx]) or _pointed_back(
            lex, q, flows[max(0, idx - WINDOW) : idx], carry
        )
        if rel is not None:
            out.append(rel)
            scoped.add(id(q))
    out.extend(_balance_by_position(lex, bq, _balance(lex, bq)))
    rest = _open_rest(lex, bq, flows)
    out.extend(rest)
    out.extend(_open_fates(lex, bq, {r.span[1] for r in rest}))
    if not carry:
        out.extend(_negated_pairs(lex, bq))
    # the period of each stage figure, read only when the block names a part of the year
    # (上半年, 一季度, 1至6月): with the year alone (全年) no two of them differ

    words = _words(lex)
    named = any(
        m.lastgroup != "word" or m.group() not in words.whole for m in period_marks(lex, text)
    )
    periods = [period_at(lex, text, q.num_start) if named else None for q in flows]
    for idx, q in enumerate(flows):
        if id(q) in scoped or (q.family == "concluded" and _adds_beside(q)):
            continue
        q_period = periods[idx]
        said = _said(text, q) if q.noun and not q.inherited else ""
        first = max(0, idx - WINDOW)
        earlier = [
            p
            for j, p in enumerate(flows[first:idx], start=first)
            if p.unit == q.unit
            and (nouns_compatible(p, q) or _verbal(lex, p, q))
            # (not 受理刑事法律援助申请 against 办结民事法律援助: other kinds of one thing)
            and (p.inherited or q.inherited or not other_qualifiers(p.noun, q.noun))
            and not _kind_between(text, p, q)
            and (not (said or q_period) or _same_set(p, periods[j], q_period, said))
            # (「…留言15件；接听群众来电8947个，其中转办2274件，办结1715件」: past a clause
            # boundary, a nearer count in another unit is what the later stage is of)
            and not nearer_count_past_clause(bq, p, q.num_start)
        ]
        received = [p for p in earlier if p.family == "received"]
        last_r = received[-1] if received else None
        if last_r is not None:
            # (the whole a run of received figures splits, when that whole is an intake of q)
            head = _split_whole(
                [
                    p
                    for p in flows[first:idx]
                    if p.family == "received" and p.unit == q.unit and p.end <= last_r.end
                ],
                text,
            )
            if any(head is p for p in received):
                last_r = head
        since = [p for p in earlier if last_r is None or p.num_start > last_r.num_start]
        if q.family == "accepted" and last_r is not None:
            refused = [p for p in since if p.family == "rejected"]
            if carry and _caseload(lex, q):
                # 「旧存案件12件，新收案件205件，合计受理217件」「新登记426件，连同上年转入的31件，
                # 共受理457件」: the caseload holds the cases carried in (judged by the stock's
                # sum, _balance)
                out.append(_flow(q, last_r, "", None, ""))
            elif bounds(q)[0] > bounds(last_r)[1] and not _added_intake(bq, last_r, q):
                # what it counts named by a verb (立案查处81件) is a reading: a warning
                verbal = q.noun in lex.verb_family
                out.append(
                    _flow(
                        q,
                        last_r,
                        "N103",
                        Severity.WARNING if verbal else Severity.ERROR,
                        f"{q.verb + q.noun if verbal else '受理'}{q.text}多于收到的{last_r.text}",
                    )
                )
            elif refused and bounds(refused[-1])[0] + bounds(q)[0] > bounds(last_r)[1]:
                # 「接收派单2471件，申请退回的136件，实际承办2356件」: the refusal told first
                r = refused[-1]
                out.append(
                    _flow(
                        q,
                        last_r,
                        "N103",
                        Severity.ERROR,
                        f"受理{q.text}与不予受理等{r.text}合计"
                        f"{show(q.low + r.low, q)}，多于收到的{last_r.text}",
                        extra=(r,),
                    )
                )
            else:
                out.append(_flow(q, last_r, "", None, ""))
        elif q.family == "rejected" and last_r is not None:
            accepted = [p for p in since if p.family == "accepted"]
            if (
                accepted
                and not any(
                    p.family == "concluded" and p.num_start > accepted[-1].num_start for p in since
                )
                and not _listed_under(text, accepted[-1], q)
            ):
                # (「审结109件…审结案件中，…驳回申请15件」: after the concluded figure a refusal
                # is an outcome of the review, not of the intake)
                a = accepted[-1]
                if bounds(a)[0] + bounds(q)[0] > bounds(last_r)[1]:
                    out.append(
                        _flow(
                            q,
                            last_r,
                            "N103",
                            Severity.ERROR,
                            f"受理{a.text}与不予受理等{q.text}合计"
                            f"{show(a.low + q.low, q)}，多于收到的{last_r.text}",
                            extra=(a,),
                        )
                    )
        elif q.family == "concluded":
            accepted = [p for p in since if p.family == "accepted"]
            if last_r is not None and _listed_intake_holds(text, received, q):
                last_r = None  # (the listed channels together: what a later outcome counts)
            if q.inherited and not _INCLUDED_RE.search(q.pre):
                # 「受理8,214件，其中网上受理5,127件，办结8,106件」: a part (其中…) of the
                # accepted figure before it is not what a concluded figure that names nothing
                # of its own counts (「其中受理投诉7315件，已办结的投诉7402件」 is the part's)
                # (but once the whole's own outcome is told, a part told of a body opens that
                # body's caseload, and the outcome after it is the body's: 「受理25.4万件，办结
                # 23.1万件…其中市中院受理2.8万件，办结2.4万件」)
                told = [p for p in since if p.family == "concluded"]
                accepted = [
                    p
                    for k, p in enumerate(accepted)
                    if k == 0
                    or not _INCLUDED_RE.search(p.pre)
                    or (
                        named_body(p)
                        and any(accepted[0].num_start < c.num_start < p.num_start for c in told)
                    )
                ]
            last_a = accepted[-1] if accepted else None
            # 「收到投诉213件，结合日常检查发现的线索，立案查处256件，结案241件」: an accepted
            # figure after what came in and above it, holding the concluded — the concluded
            # are of what was accepted (above the received by the text's own account: a case
            # of N103 when they count the same things), so the received figure bounds nothing
            over_received = (
                last_r is not None
                and last_a is not None
                and last_a.num_start > last_r.num_start
                and bounds(last_a)[0] > bounds(last_r)[1]
                and bounds(q)[1] <= bounds(last_a)[1]
            )
            if last_r is not None and not over_received:
                if (
                    not carry
                    and not no_carry
                    and bounds(q)[0] > bounds(last_r)[1]
                    and _new_intake(lex, text, last_r)
                ):
                    # 「新收各类行政诉讼案件38061件，…审结38369件」: the word names this
                    # year's new intake alone, so the concluded may hold cases carried in; only
                    # the caseload told before it in its sentence bounds them (「共受理执行
                    # 案件218171件，新收210285件，已结219317件」: 受理 holds 新收 and 旧存)
                    load = _caseload_over_new(lex, text, earlier, last_r)
                    if load is not None and bounds(q)[0] > bounds(load)[1]:
                        out.append(
                            _flow(
                                q,
                                load,
                                "N107",
                                Severity.WARNING,
                                f"办结{q.text}多于受理的{load.text}（受理数多于新收的"
                                f"{last_r.text}，含上年结转），办结数不应多于受理数",
                                extra=(last_r,),
                            )
                        )
                    else:
                        out.append(_flow(q, last_r, "", None, ""))
                elif (
                    bounds(q)[0] > bounds(last_r)[1]
                    and not carry
                    and (no_carry or not last_r.glossed)
                ):
                    why = "而文中说明无上年结转" if no_carry else "且未说明是否含上年结转"
                    out.append(
                        _flow(
                            q,
                            last_r,
                            "N107",
                            Severity.ERROR if no_carry else Severity.WARNING,
                            f"办结{q.text}多于收到的{last_r.text}，{why}",
                        )
                    )
                elif (
                    sent := [
                        p
                        for p in since
                        if p.family == "rejected" and any(w in p.pre for w in forwarded)
                    ]
                ) and (
                    bounds(q)[0] > bounds(last_r)[1] - sum(bounds(p)[0] for p in sent)
                    and not carry
                    and not closed_unaccepted
                ):
                    # 「接收612件，依法受理538件，转送有权处理机关74件；…办结547件」: what was
                    # sent to another body is not concluded here, so the concluded are at most
                    # what came in less what was sent away (without a figure sent away, what
                    # was not accepted may have been closed too: 收到1460，受理1388，办结1402)
                    left = last_r.value - sum(p.value for p in sent)
                    names = "、".join(f"{p.verb or '转送'}的{p.text}" for p in sent)
                    why = "而文中说明无上年结转" if no_carry else "且未说明上年结转或案前化解"
                    out.append(
                        _flow(
                            q,
                            last_r,
                            "N107",
                            Severity.ERROR if no_carry else Severity.WARNING,
                            f"办结{q.text}多于收到的{last_r.text}减去{names}后的"
                            f"{show(left, q)}，{why}",
                            extra=tuple(sent),
                        )
                    )
                elif (
                    no_carry
                    and last_a is not None
                    and last_a.num_start > last_r.num_start
                    and bounds(q)[0] > bounds(last_a)[1]
                    and _closes_filed(lex, q)
                ):
                    # 「接到举报264件，立案查处71件，当年结案74件（无上年结转案件）」: what is closed as
                    # a case was filed this year, whatever more was received or was closed
                    # before acceptance (不予受理, 撤回: never 审结)
                    out.append(
                        _flow(
                            q,
                            last_a,
                            "N107",
                            Severity.ERROR,
                            f"结案{q.text}多于立案受理的{last_a.text}，而文中说明无上年结转",
                        )
                    )
                else:
                    out.append(_flow(q, last_r, "", None, ""))
            elif last_a is not None:
                if bounds(q)[0] > bounds(last_a)[1] and _remainder_pending(text, q) and not carry:
                    # carried-in cases explain the excess (新立案32件，加上结转的7件，办结36件，
                    # 尚有3件在办); the year's stock is balanced by _balance
                    out.append(
                        _flow(
                            q,
                            last_a,
                            "N107",
                            Severity.ERROR,  # the text says some are still open
                            f"办结{q.text}多于受理的{last_a.text}，而文中说其余案件尚在办理，"
                            "办结数应少于受理数",
                        )
                    )
                elif (
                    bounds(q)[0] > bounds(last_a)[1]
                    and not carry
                    # (an intake whose stage is read across a gloss in its noun, 「受理以…乡镇
                    # （街道）为被告的…案件115件，审结117件」, is a reading: it bounds the outcomes
                    # the text links to it, 对受理的…, not an unlinked pairing)
                    and (no_carry or not last_a.glossed)
                    # (what was closed before acceptance explains neither a grant nor, with
                    # no carry-over, what is closed only once filed: 审结, 结案)
                    and not (
                        pre_acc
                        and not _grant_decision(lex, q)
                        and not (no_carry and _closes_filed(lex, q))
                    )
                ):
                    # 「受理56件，无上年结转…审结58件」: the text rules the carry-over out
                    why = "而文中说明无上年结转" if no_carry else "且未说明上年结转或案前化解"
                    out.append(
                        _flow(
                            q,
                            last_a,
                            "N107",
                            Severity.ERROR if no_carry else Severity.WARNING,
                            f"办结{q.text}多于受理的{last_a.text}，{why}",
                        )
                    )
                else:
                    out.append(_flow(q, last_a, "", None, ""))
    if not carry:
        out.extend(_all_done_short(lex, bq, flows, scoped))
        out.extend(_of_the_concluded(lex, bq))
        out.extend(_all_done_yet_carried(lex, bq))
    taken = {r.span for r in out if r.code in ("N101", "N103", "N107")}
    out.extend(_elided_outcomes(lex, bq, taken))
    if not carry:
        out.extend(r for r in _approval_chains(lex, bq) if r.span not in taken)
    return out


# the words of a concluded figure's own clause before its verb (按时 in 「，按时办结2,296件」)
_OWN_CLAUSE_RE = re.compile(r"[^，,；;：:、。！？!?（(）)]*$")


def _all_done_short(
    lex: Lexicon, bq: BlockQuantities, flows: list[Quantity], scoped: set[int]
) -> list[Relation]:
    """「受理诉求2,318件，均已按时办结，按时办结2,296件」「办理投诉2,745件，无未结件，办结
    2,731件」: a clause of no figure right after a count says all of it was concluded (whatever
    the count's verb: 转办, 办理); the concluded figure of its unit next, in its sentence, a
    clause of its own that is no part (其中…) nor a list item and names no qualifier the clause
    of all leaves out (已全部办结，按期办结498件: the timely ones only), counts all of it, so it
    cannot be fewer. Not when the text counts a carry-in (asked by the caller)."""
    out: list[Relation] = []
    text = bq.text
    index = {id(q): k for k, q in enumerate(bq.quantities)}
    for q in flows:
        k = index.get(id(q), 0)
        if q.family != "concluded" or id(q) in scoped or q.depth or k == 0:
            continue
        p = bq.quantities[k - 1]
        if p.kind != "count" or p.family in ("concluded", "rejected") or p.unit != q.unit:
            continue
        if p.depth or p.total_marker:
            continue
        own = _OWN_CLAUSE_RE.search(q.pre)
        words = own.group() if own else q.pre
        between = text[p.end : q.num_start - len(words)]
        if _SENTENCE_END_RE.search(between) or not all_concluded(lex, between):
            continue
        if _OTHER_TIME_RE.search(between):
            continue  # 「上年无未结」「截至6月底均已办结」: of another time than this year's end
        lead = words[: words.find(q.verb)] if q.verb and q.verb in words else words
        lead = lead.lstrip(" 　").removeprefix("已").removeprefix("共")
        if "其中" in words or (lead and lead not in between):
            continue
        if text[q.end : q.end + 1] in "、（(" or _LIST_ITEM_RE.match(text, q.end):
            continue  # a list of outcomes, judged as a split by :mod:`.partition`
        stop = _SENTENCE_END_RE.search(text, q.end)
        end = stop.start() if stop else len(text)
        if any(
            r.num_start < end and r.unit == q.unit for r in bq.quantities[k + 1 : k + 1 + WINDOW]
        ):
            continue  # more figures of the unit after it: a split, not one figure
        if bounds(q)[1] >= bounds(p)[0]:
            continue
        out.append(
            _flow(
                q,
                p,
                "N107",
                Severity.ERROR,
                f"文中说明已全部办结，办结{q.text}应与{p.text}相等，少{show(p.value - q.value, q)}",
            )
        )
    return out


@lru_cache(maxsize=4)
def _of_concluded_re(lex: Lexicon) -> re.Pattern[str]:
    """The set of the concluded named by 对 opening a statement (「对已办结工单」「对办结的诉求」),
    a verb of numbers.toml ``verbs.concluded``."""
    verbs = "|".join(
        re.escape(v) for v in sorted(verbs_of(lex, "concluded"), key=len, reverse=True)
    )
    return re.compile(rf"\s*(?:[\u4e00-\u9fff]{{0,8}}?)对(?:已经|已)?(?:{verbs})")


def _of_the_concluded(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「受理诉求17,982件，全部办结；对已办结工单逐件回访，回访工单18,246件」: a count, a clause of
    no figure saying all of it was concluded (:func:`all_concluded`), and the next statement
    opening with the set of the concluded (对已办结…): the first figure of the count's unit in
    that statement counts items of that set, so it cannot be more than the count. Not when the
    text counts a carry-in (asked by the caller)."""
    out: list[Relation] = []
    text = bq.text
    if "对" not in text:
        return out  # (the set of the concluded is named by 对: most paragraphs have none)
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and q.depth == 0]
    intake_verbs = lex.data["clauses"].get("intake-verbs", ())
    for i, p in enumerate(qs):
        # (what was sought out or taken in to be settled: 「排查矛盾纠纷186起」 as 受理)
        if p.family not in ("received", "accepted") and p.verb not in intake_verbs:
            continue
        if per_or_change(lex, p):
            continue
        stop = _STATEMENT_STOP_RE.search(text, p.end, p.end + STATEMENT_REACH)
        if stop is None or stop.group() in "！？!?":
            continue
        between = text[p.end : stop.start()]
        if any(c.isdigit() for c in between):
            continue
        if not all_concluded(lex, between) and not (
            between[:1] in "，," and _whole_clause_all_done(lex).fullmatch(between, 1)
        ):
            continue
        if _OTHER_TIME_RE.search(between):
            continue
        scope = _of_concluded_re(lex).match(text, stop.end())
        if scope is None or _CLAUSE_END_RE.search(text, stop.end(), scope.end()):
            continue
        end = _STATEMENT_STOP_RE.search(text, scope.end(), scope.end() + STATEMENT_REACH)
        last = end.start() if end else min(len(text), scope.end() + STATEMENT_REACH)
        q = next((r for r in qs[i + 1 : i + 1 + WINDOW] if r.num_start >= scope.end()), None)
        if q is None or q.num_start >= last or q.unit != p.unit or per_or_change(lex, q):
            continue
        if q.family in ("received", "accepted", "rejected") or _ADDED_RE.search(q.pre.strip(" 　")):
            continue  # 「另新受理申请80件」: a new intake, not items of the concluded set
        if any(r.num_start > p.end and r.num_start < q.num_start for r in qs[i + 1 :][:WINDOW]):
            continue  # a figure between: the set is not the count's alone
        if bounds(q)[0] <= bounds(p)[1]:
            continue
        out.append(
            _flow(
                q,
                p,
                "N107",
                Severity.ERROR,
                f"文中说明{p.text}已全部办结，对办结的事项计数{q.text}，多于办结的{p.text}",
            )
        )
    return out


# the clause right after a figure: its words up to the next clause mark
_ALL_CLAUSE_RE = re.compile(r"[，,]([^，,；;。！？!?：:]*)")
# words of a clause of all that leave some out (其余…均已办结, 除…外均已答复): not all of the figure
_PART_OF_ALL = ("其余", "余下", "剩余", "其他", "除")


@lru_cache(maxsize=4)
def _whole_clause_all_done(lex: Lexicon) -> re.Pattern[str]:
    """A clause that is all of one statement of all concluded, however long its adverbials
    (「均严格按照规定时间、规范格式予以答复」): a word of all opening it, a concluding verb ending it
    (numbers.toml ``clauses.all-done-leads``, ``all-done-verbs``), no negation between."""
    clauses = lex.data["clauses"]
    leads = "|".join(map(re.escape, clauses.get("all-done-leads", ())))
    # (the outcome words too: 「全部调处化解」「均已整改销号」)
    done = {*clauses.get("all-done-verbs", ()), *clauses.get("outcome-words", ())}
    verbs = "|".join(map(re.escape, sorted(done, key=lambda w: (-len(w), w))))
    return re.compile(
        rf"\s*(?:已|并|且)?(?:{leads})[^未不没非0-9０-９]*?(?:{verbs})(?:完毕|了)?\s*"
    )


def _all_done_yet_carried(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「共收到依申请公开政府信息38件，已全部办结，结转下年度继续办理5件」「收到申请2件，均…予以
    答复，结转下年度继续办理1件」: a figure of what came in, a clause of no figure right after it
    saying all of it was concluded (:func:`all_concluded`, not of another time, not of a rest:
    其余…均已答复), and the next figure of its unit in the statement carried into the next year
    (:func:`.common.carried_out_re`): all concluded leaves none to carry, so that figure must be
    nought. Not when the text counts a carry-in (asked by the caller): cases carried in may be
    the ones carried on."""
    text = bq.text
    out: list[Relation] = []
    carried = carried_out_re(lex)
    if carried.search(text) is None:
        return out
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and q.depth == 0]
    for i, p in enumerate(qs[:-1]):
        if p.family not in ("received", "accepted") or per_or_change(lex, p):
            continue
        m = _ALL_CLAUSE_RE.match(text, p.end)
        if m is None:
            continue
        clause = m.group(1)
        if any(c.isdigit() for c in clause) or any(w in clause for w in _PART_OF_ALL):
            continue
        if _OTHER_TIME_RE.search(clause) or not (
            all_concluded(lex, clause) or _whole_clause_all_done(lex).fullmatch(clause)
        ):
            continue
        q = qs[i + 1]
        if q.unit != p.unit or per_or_change(lex, q) or bounds(q)[0] <= 0:
            continue
        if _SENTENCE_END_RE.search(text, m.end(), q.num_start):
            continue  # another statement: what it carries on may be of another set
        lead = text[last_mark(text, "，,；;：:", m.end(), q.num_start) + 1 : q.num_start]
        end = _CLAUSE_END_RE.search(text, q.end)
        own = lead + text[q.end : end.start() if end else len(text)]
        if carried.search(own) is None or "上年" in own or q.family in ("received", "accepted"):
            continue
        out.append(
            _flow(
                q,
                p,
                "N101",
                Severity.ERROR,
                f"{p.verb}的{p.text}之后说“{clause.strip()}”，却又有{q.text}“{own.strip()}”：全部办结则无可"
                f"结转，结转的{q.text}应为0（文中未说明上年结转）",
            )
        )
    return out


@lru_cache(maxsize=4)
def _approval_words_re(
    lex: Lexicon,
) -> tuple[re.Pattern[str], dict[str, tuple[tuple[int, int], ...]]] | None:
    """The words of ``clauses.approval-stages`` as one alternation in the order
    :func:`_approval_stage` tries them (no groups: the engine then skips to their first
    characters), with the (chain, stage) of every place of each word (提出 answers 告知 and
    is answered by 采纳); None when a word is empty (found everywhere: only the walk says
    which stage it is)."""
    chains = lex.data["clauses"].get("approval-stages", ())
    words = [(w, (c, k)) for c, st in enumerate(chains) for k, ws in enumerate(st) for w in ws]
    if not words or any(not w for w, _ in words):
        return None
    stage_of: dict[str, tuple[tuple[int, int], ...]] = {}
    for w, stage in words:
        stage_of[w] = (*stage_of.get(w, ()), stage)
    return re.compile("|".join(re.escape(w) for w, _ in words)), stage_of


def _approval_stage_of(lex: Lexicon, clause: str) -> tuple[tuple[int, int], ...]:
    """:func:`_approval_stage` of the lexicon's chains by one search: the leftmost match is
    the word found first, and at one position the first alternative that matches is the one
    the walk keeps (it replaces a word only by one found further left)."""
    words = _approval_words_re(lex)
    if words is None:
        return _approval_stage(lex.data["clauses"].get("approval-stages", ()), clause)
    m = words[0].search(clause)
    return () if m is None else words[1][m.group()]


def _approval_stage(
    chains: Sequence[Sequence[Sequence[str]]], clause: str
) -> tuple[tuple[int, int], ...]:
    """The chains and stages of numbers.toml ``clauses.approval-stages`` whose word comes
    first in a figure's own clause (申报…认定163家: 申报), empty for none."""
    best: str | None = None
    at = len(clause)
    for stages in chains:
        for words in stages:
            for w in words:
                i = clause.find(w)
                if 0 <= i < at:
                    best, at = w, i
    if best is None:
        return ()
    return tuple(
        (c, k) for c, stages in enumerate(chains) for k, ws in enumerate(stages) if best in ws
    )


def _named_stage_of(lex: Lexicon, clause: str, after: str) -> tuple[tuple[int, int], ...]:
    """The stages of numbers.toml ``clauses.named-stages`` (numbered after the approval
    chains) of a figure: the later stage when its own clause names an earlier stage's word
    before the later one's (「挂牌督办事项已办结41件」「对答复表示满意的65件」: the set it
    counts of is named), else the first stage when its clause before it — or, when that names
    none, the rest of its clause after it (「38件投诉实行挂牌督办」) — holds a first-stage word."""
    base = len(lex.data["clauses"].get("approval-stages", ()))
    out: list[tuple[int, int]] = []
    for c, (first, later) in enumerate(_named_stage_res(lex)):
        m = first.search(clause)
        at = m.start() if m is not None else -1
        # (not a scope naming the set, 「办结的事项中群众满意的」: the scope groups judge it)
        k = next(
            (
                k
                for k in range(len(later), 0, -1)
                if at >= 0 and _named_after(later[k - 1], clause, at)
            ),
            0,
        )
        if k or at >= 0 or first.search(after) is not None:
            out.append((base + c, k))
    return tuple(out)


def _words_re(words: Sequence[str]) -> re.Pattern[str]:
    """Any of ``words``, one search where a ``find`` of each word was: it matches first where
    the first of them stands (the least of their ``find``); no word, nowhere."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered) if ordered else "(?!)")


@lru_cache(maxsize=4)
def _named_stage_res(
    lex: Lexicon,
) -> tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]:
    """numbers.toml ``clauses.named-stages``, each chain's first stage and its later ones as
    :func:`_words_re` (read for every figure by :func:`_named_stage_of`)."""
    return tuple(
        (_words_re(first), tuple(_words_re(ws) for ws in later))
        for first, *later in lex.data["clauses"].get("named-stages", ())
    )


def _named_after(words: re.Pattern[str], clause: str, at: int) -> bool:
    """Does a word of ``words`` stand in ``clause`` after ``at`` with no 中 from ``at`` to it?
    (The first such word has the fewest characters before it: if any has no 中 there, it has
    none.)"""
    m = words.search(clause, at + 1)
    return m is not None and "中" not in clause[at : m.start()]


# a figure's own clause opening with a word adding it to the figure before
# (「连同上年已申请尚未裁定的11件」「另有…」): the earlier stage counts both
_ADDING_OPEN_RE = re.compile(r"^(?:再)?(?:连同|加上|另有|另)")
# the rest of a figure's clause after it (「38件重点投诉实行挂牌督办」)
_CLAUSE_REST_RE = re.compile(r"[^，,；;。：:]*")


def _approval_chains(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「申报建设用地项目57个，经初审通过52个，最终获批准核准59个」「交办线索214件，…办结反馈的
    229件」: in one sentence, a figure of a later stage of a chain (numbers.toml
    ``clauses.approval-stages``: each stage answers the one before; ``named-stages`` when the
    later figure's clause names the earlier stage: 「督办38件…督办事项已办结41件」, walked
    apart so that their broad first words — 办理, 受理 — break no approval chain) may not
    count more than the figure of that chain's stage told before it in the same unit (figures
    of no stage between them, in any unit, leave the chain open). A figure joined to the
    earlier one by 、 (「承办建议42件、提案55件」) or told as added to it (连同, 另有) is counted
    with it; a later figure of a whole area (全市) the earlier one's words do not name counts
    other bodies' things. The stages are read from words alone, so what is found is a warning.
    A chain goes on into the next statement only at its first figure, whose words name no
    figure, period or other source (:func:`_chain_goes_on`: 「发现隐患309处。截至目前，完成整改
    326处」), and a later figure glossed as holding more (「（含复查整改）」) is of another source."""
    approval = lex.data["clauses"].get("approval-stages", ())
    named = lex.data["clauses"].get("named-stages", ())
    twice = _chains_named_twice(lex, bq.text)
    if not twice:
        return []
    out = []
    # (an approval figure's stage is read from approval words alone: the walk of those chains
    # links two figures only where one of them has two stages named)
    if min(twice) < len(approval) or _approval_words_re(lex) is None:
        out += _chain_walk(
            lex, bq, approval, lambda own, after: _approval_stage_of(lex, own), False
        )
    out += _chain_walk(lex, bq, [*approval, *named], partial(_named_stage_of, lex), True)
    return out


def _two_stages_named(lex: Lexicon, text: str) -> bool:
    """Does ``text`` hold words of two stages of one approval or named chain?"""
    return bool(_chains_named_twice(lex, text))


def _chains_named_twice(lex: Lexicon, text: str) -> set[int]:
    """The approval and named chains (numbered approval first) of which ``text`` holds words
    of two stages. A figure's stage is read from words of its clause (or the one it was sent
    by), so a chain links two figures only then: most paragraphs are let go here before any
    figure's walk. The words are found by one search of them all, tried again one character
    after each (a word inside or overlapping another is found too; a word found holds the
    shorter words it opens with)."""
    words, stages_of = _stage_words(lex)
    hit: dict[int, int] = {}  # chain -> a stage of it named
    twice: set[int] = set()
    pos = 0
    while (m := words.search(text, pos)) is not None:
        for chain, stage in stages_of[m.group()]:
            if hit.setdefault(chain, stage) != stage:
                twice.add(chain)
        pos = m.start() + 1
    return twice


@lru_cache(maxsize=4)
def _stage_words(lex: Lexicon) -> tuple[re.Pattern[str], dict[str, list[tuple[int, int]]]]:
    """The words of the approval and named chains' stages as one pattern (longest first),
    and for each word the (chain, stage) pairs of the words it opens with (itself too)."""
    chains = (
        *lex.data["clauses"].get("approval-stages", ()),
        *lex.data["clauses"].get("named-stages", ()),
    )
    named = [
        (w, c, k) for c, stages in enumerate(chains) for k, ws in enumerate(stages) for w in ws
    ]
    words = sorted({w for w, _, _ in named}, key=lambda w: (-len(w), w))
    # (each word's prefixes looked up, not every stage word tried on every word: the same
    # pairs in ``named`` order, ~0.05 against ~0.5 ms on a cold start)
    at: dict[str, list[int]] = {}
    for i, (v, _, _) in enumerate(named):
        at.setdefault(v, []).append(i)
    stages_of = {}
    for w in words:
        found = sorted(i for n in range(1, len(w) + 1) for i in at.get(w[:n], ()))
        stages_of[w] = [named[i][1:] for i in found]
    return re.compile("|".join(map(re.escape, words)) or "(?!)"), stages_of


def _chain_walk(
    lex: Lexicon,
    bq: BlockQuantities,
    chains: Sequence[Sequence[Sequence[str]]],
    stage_of: Callable[[str, str], tuple[tuple[int, int], ...]],
    named: bool,
) -> list[Relation]:
    """:func:`_approval_chains` over one kind of chain, ``stage_of`` giving the stages of a
    figure from its own clause and the rest of its clause after it. In a walk of named chains
    a first-stage figure after a 其中 opened since the source (「办结168件，其中…书面答复的75件」)
    is a part of it, not a new source."""
    if not chains:
        return []
    out: list[Relation] = []
    last: tuple[tuple[tuple[int, int], ...], Quantity] | None = None
    added = Decimal(0)  # figures counted with the last staged one
    for q in bq.quantities:
        if q.kind != "count" or q.quoted or q.depth or per_or_change(lex, q):
            continue
        crossed = False
        if last is not None and q.sentence != last[1].sentence:
            crossed = _chain_goes_on(lex, bq, last[1], q)
            if not crossed:
                last, added = None, Decimal(0)
        own = _OWN_CLAUSE_SPLIT_RE.split(q.pre)[-1]
        after = _CLAUSE_REST_RE.match(bq.text, q.end)
        stage = stage_of(own, after.group() if after else "")
        if named and not stage and last is not None:
            stage = _recipient_stage(lex, last[1], own)
        if "其中" in own and last is not None and last[0] == stage and last[1].unit == q.unit:
            continue  # 「排查1326处，其中区级排查418处」: a part of the stage's figure, not another
        between = bq.text[last[1].end : q.num_start] if last is not None else ""
        if named and "其中" in between and all(k == 0 for _, k in stage):
            continue
        if (
            last is not None
            and q.unit == last[1].unit
            and "其中" not in own
            and ((not stage and between.startswith("、")) or _ADDING_OPEN_RE.match(own))
        ):
            added += bounds(q)[1]  # 「建议42件、提案55件」「连同上年…的11件」
            continue
        if crossed and not stage:
            last, added = None, Decimal(0)  # (the next statement's first figure, of no stage)
            continue
        if not stage:
            # (a figure of no stage between two stages — 组织审核12场次 — breaks no chain)
            if last is not None and q.unit == last[1].unit and _other_half(lex, last[1], own):
                # 「交办495件，县热线办直办11件；按期回复506件」: the other half of an exhaustive
                # split of what came in (clauses.exhaustive: 交办/直办) is answered too
                added += bounds(q)[1]
            continue
        link = next(
            (
                (c, k, k0)
                for c, k in stage
                for c0, k0 in (last[0] if last is not None else ())
                if c == c0 and k > k0
            ),
            None,
        )
        if (
            last is not None
            and link is not None
            and q.unit == last[1].unit
            and bounds(q)[0] > bounds(last[1])[1] + added
            and not (WHOLE_AREA_RE.search(own) and not WHOLE_AREA_RE.search(last[1].pre))
            # (「整改火灾隐患1665处（含复查整改）」: what it counts holds another source)
            and _INCLUDED_GLOSS_RE.match(bq.text, q.end) is None
            and not _found_left_to_others(lex, last[1], q, crossed)
        ):
            p, (c, k, k0) = last[1], link
            stages = chains[c]
            whole = p.text if not added else f"{show(bounds(p)[1] + added, p)}"
            out.append(
                _flow(
                    q,
                    p,
                    "N107",
                    Severity.WARNING,
                    f"{_told_word(stages[k], own)}{q.text}多于前一环节"
                    f"{_told_word(stages[k0], _OWN_CLAUSE_SPLIT_RE.split(p.pre)[-1])}的{whole}",
                )
            )
        last, added = (stage, q), Decimal(0)
    return out


# a figure in the statement after another's: its sentence up to it holds no figure and no
# mark of another period (a year, 月)
_NO_FIGURE_LEAD_RE = re.compile(r"[^0-9０-９一二三四五六七八九十百千万亿年月]*")


def _chain_goes_on(lex: Lexicon, bq: BlockQuantities, p: Quantity, q: Quantity) -> bool:
    """May a chain walked to ``p`` go on to ``q`` in the next statement (「发现问题隐患309处
    （…）。截至目前，完成整改326处」)? Only for the first figure of the very next statement,
    whose words before it name no figure, period or other source (numbers.toml
    ``clauses.chain-across-not``: 累计, 以来, 上年, 其中, 另…): what it did is done to what the
    statement before counted."""
    if q.sentence != p.sentence + 1:
        return False
    start = bq.sentence_starts[q.sentence] if q.sentence < len(bq.sentence_starts) else 0
    lead = bq.text[start : q.num_start]
    if _NO_FIGURE_LEAD_RE.fullmatch(lead) is None:
        return False
    return not any(w in lead for w in lex.data["clauses"].get("chain-across-not", ()))


def _found_left_to_others(lex: Lexicon, p: Quantity, q: Quantity, crossed: bool) -> bool:
    """Is ``p`` a figure of things found (numbers.toml ``clauses.found-leads``: 发现, 查出) that
    the chain leaves alone? In its own statement what was fixed of it is read by
    :func:`_back_references` (with the nouns of both); in the next one only a fix naming the
    same things, or none, is of it."""
    own = _OWN_CLAUSE_SPLIT_RE.split(p.pre)[-1]
    if not any(w in own for w in lex.data["clauses"].get("found-leads", ())):
        return False
    return not crossed or not nouns_compatible(p, q)


def _told_word(words: Sequence[str], own: str) -> str:
    """The word of a stage a figure's own clause tells (发现 of 排查/发现), else the stage's
    first word (its name)."""
    return min(((own.find(w), -len(w), w) for w in words if w in own), default=(0, 0, words[0]))[2]


def _other_half(lex: Lexicon, p: Quantity, own: str) -> bool:
    """Does a figure's own clause ``own`` name one side of a pair of numbers.toml
    ``clauses.exhaustive`` whose other side the figure ``p``'s own clause names (交办 / 直办)?"""
    mine = _OWN_CLAUSE_SPLIT_RE.split(p.pre)[-1]
    return any(
        b in own and a not in own and b not in mine
        for a, others in _exhaustive_partners(lex).items()
        if a in mine
        for b in others
    )


@lru_cache(maxsize=4)
def _exhaustive_partners(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Each word of numbers.toml ``clauses.exhaustive`` with the other sides of its pairs
    (one pass over the words per figure instead of over every pair of every combination)."""
    partners: dict[str, list[str]] = {}
    for combo in lex.data["clauses"]["exhaustive"]:
        for a in combo:
            mine = partners.setdefault(a, [])
            mine.extend(b for b in combo if b != a and b not in mine)
    return {a: tuple(others) for a, others in partners.items()}


_RECIPIENT_CHARS = r"[\u4e00-\u9fff]{2,10}?"  # the body a matter is sent to (公安机关)
_AGENT_LEAD_RE = re.compile(r"^(?:经|由|被|而|后)?")


@lru_cache(maxsize=4)
def _sent_to_res(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """For each named chain, 「向…」 the body sent to before one of its first words: compiled
    once per lexicon (asked for each figure of a flow)."""
    return tuple(
        re.compile(rf"向({_RECIPIENT_CHARS})(?:{'|'.join(re.escape(w) for w in first)})")
        for first, *_later in lex.data["clauses"].get("named-stages", ())
    )


def _recipient_stage(lex: Lexicon, sent: Quantity, own: str) -> tuple[tuple[int, int], ...]:
    """The later stage of a named chain (numbers.toml ``clauses.named-stages``) of a figure
    whose own clause opens with the body the figure before was sent to and then says the later
    word (「向公安机关移送案件230件，公安机关立案250件」): that body acts on what it was sent,
    the set is named by its agent instead of its stage word."""
    chains = lex.data["clauses"].get("named-stages", ())
    base = len(lex.data["clauses"].get("approval-stages", ()))
    sent_clause = _OWN_CLAUSE_SPLIT_RE.split(sent.pre)[-1]
    own = _AGENT_LEAD_RE.sub("", own, count=1)
    out: list[tuple[int, int]] = []
    for c, ((_first, *later), sent_to) in enumerate(zip(chains, _sent_to_res(lex), strict=True)):
        m = sent_to.search(sent_clause)
        if m is None or not own.startswith(m.group(1)):
            continue
        rest = own[len(m.group(1)) :]
        k = next((k for k in range(len(later), 0, -1) if any(w in rest for w in later[k - 1])), 0)
        if k:
            out.append((base + c, k))
    return tuple(out)


# 「另计45件」「另有…12件」: a count told as an addition to what came in before it
_ADDED_RE = re.compile(r"另(?:计|有|外|行)?$|(?:^|[，,；;])另(?:有|外|计)")


# a clause of no figure opened by a word of adding (加上, 连同, 再加上) between what came in
# and the accepted figure: something more came in, uncounted
_UNCOUNTED_ADDITION_RE = re.compile(
    r"(?:^|[，,；;。])\s*(?:再)?(?:加上|连同)[^，,；;。0-9０-９]*[，,；;]"
)


def _added_intake(bq: BlockQuantities, received: Quantity, q: Quantity) -> bool:
    """Does a count between what came in and the accepted figure say it comes on top
    (「接收申请620件，退回补正后重新提交的申请另计45件；受理631件」)? Then what came in is more
    than the first figure, and the accepted may exceed it up to their sum."""
    if _UNCOUNTED_ADDITION_RE.search(bq.text, received.end, q.num_start):
        # 「网上收到申请318件；加上窗口现场提交的申请，全年共受理402件」: more came in than
        # the first figure, by an amount the text does not give
        return True
    qs = bq.quantities
    starts = number_starts(bq)
    between = qs[
        bisect.bisect_right(starts, received.num_start) : bisect.bisect_left(starts, q.num_start)
    ]
    added = [
        p
        for p in between
        if p.unit == q.unit and not p.quoted and _ADDED_RE.search(p.pre.strip(" 　"))
    ]
    return bool(added) and bounds(q)[0] <= bounds(received)[1] + sum(
        (bounds(p)[1] for p in added), Decimal(0)
    )


# the words between a count and the denial of a carry-over that speaks of it: the rest of
# its clause and at most the next clause, no figure (「案件22件，均为当年新发生案件、无上年结转」)
_TO_DENIAL_RE = re.compile(r"[^，,；;。0-9０-９]*(?:[，,][^，,；;。0-9０-９]*)?")


def _denied_carry_intakes(
    lex: Lexicon, bq: BlockQuantities, flows: list[Quantity]
) -> list[Quantity]:
    """「以区政府为被告的行政诉讼案件22件，无上年结转案件，年内已审结25件」: a count of no
    flow verb that the denial of a carry-over right after it speaks of is what came in this
    year (numbers.toml ``clauses.no-carry``)."""
    text = bq.text
    taken = {id(q) for q in flows}
    added: list[Quantity] = []
    ends = [q.end for q in bq.quantities]
    for at in carry_denials(lex, text):
        i = bisect.bisect_right(ends, at) - 1
        for q in bq.quantities[i : i + 1] if i >= 0 else ():
            if (
                q.kind == "count"
                and q.sentence == bq.sentence_of(at)
                and id(q) not in taken
                and q.family not in FLOW_STAGES
                and q.depth == 0
                and not q.quoted
                and q.noun
                and not q.pre.startswith("其中")  # a part: the denial is of the whole
                and not per_or_change(lex, q)
                and _TO_DENIAL_RE.fullmatch(text, q.end, at) is not None
            ):
                added.append(_replace(q, family="received"))
                taken.add(id(q))
    if not added:
        return flows
    return sorted([*flows, *added], key=lambda q: q.num_start)


# 「调解不成功的21件」「未达成协议的」: an outcome and its negation
_NEGATED_RE = re.compile(r"(?:不|未|没有)(?P<word>[\u4e00-\u9fff]{2,4}?)(?:的)?$")
_RESULT_CHARS = 4  # the result word after a verb (成功, 达成协议)
# a 的-clause naming a set by a predicate denied (不属于本部门职责范围的, 不符合受理条件的,
# 不涉及…的): its word after the negation, the whole of what the affirmed set's clause ends with
_NEGATED_PREDICATE_RE = re.compile(
    r"(?:^|[^\u4e00-\u9fff]|对|经\w{0,2}?)(?P<neg>不|未)(?P<word>[\u4e00-\u9fff]{3,12})的$"
)
# between the affirmed set and the denied one, a clause adding other things (另…, 此外) or a
# scope of another set (「另通过信函接收的投诉中，」): the denied set is of that one
_OTHER_SET_BETWEEN_RE = re.compile(r"(?:^|[，,；;。])\s*(?:另|此外)|中[，,：:]")
# a verb negated inside its clause, its result word cut short after the negation (调解不成…的)
# (the verb two characters of a word, no joiner: not 「未采纳或未查实」)
_NEGATED_INSIDE_RE = re.compile(
    r"(?P<stem>[^\W\d_或和及与并的]{2})(?:不|未)(?P<word>[\u4e00-\u9fff])"
)


def _new_intake(lex: Lexicon, text: str, whole: Quantity) -> bool:
    """Does the intake figure's own clause name it this year's new intake (numbers.toml
    ``clauses.new-intake``: 新收, 本年受理)? It holds no carried-in stock, so concluded and
    still open together may exceed it."""
    own = _own_clause(text, whole)
    # (「新收行政一审、二审、再审案件4 364件」: the word governs the enumeration of kinds before
    # the figure, so the clause reaches back over 、 while no other figure is told in it)
    start = last_mark(text, "，,；;。！？!?：:", 0, whole.num_start) + 1
    clause = text[start : whole.num_start]
    if not any(ch.isdigit() for ch in clause):
        own = clause
    return any(word in own for word in lex.data["clauses"].get("new-intake", ()))


def _caseload_over_new(
    lex: Lexicon, text: str, earlier: Sequence[Quantity], new: Quantity
) -> Quantity | None:
    """The caseload a new-intake figure is part of: an intake of its sentence told before it,
    of its unit and above it, not itself named new (「共受理执行案件218171件，新收210285件」
    「受理案件102.3万件，其中新收93.7万件」): it holds the new intake and the cases carried
    in. ``earlier``: the stage figures the caller found comparable, in order."""
    for p in reversed(earlier):
        if (
            p.num_start < new.num_start
            and p.sentence == new.sentence
            and p.family in ("received", "accepted")
            and p.unit == new.unit
            and bounds(p)[0] > bounds(new)[1]
            and not _new_intake(lex, text, p)
        ):
            return p
    return None


def _negated_pairs(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「受理纠纷612件，调解成功597件……调解不成功的21件」: an outcome and its negation are
    two parts of the whole that both come from (the stage figure before the outcome); they
    cannot add up to more than it. A warning: the reading rests on the words alone."""
    out: list[Relation] = []
    clauses = lex.data["clauses"]
    qs = [
        q
        for q in bq.quantities
        if q.kind == "count" and not q.quoted and q.depth == 0 and not per_or_change(lex, q)
    ]
    for i, q in enumerate(qs):
        near = [p for p in qs[max(0, i - 6) : i] if p.unit == q.unit]
        found = _affirmed(q, near, bq.text)
        if found is None:
            continue
        k, word, said = found
        yes = near[k]
        wholes = [
            p
            for p in near[:k]
            if p.family in ("received", "accepted") and p.sentence == yes.sentence
        ]
        if not wholes:
            continue
        whole = wholes[-1]
        if bounds(yes)[0] + bounds(q)[0] <= bounds(whole)[1]:
            continue
        if _new_intake(lex, bq.text, whole) and any(w in q.pre for w in clauses["pending"]):
            continue  # (「新收…审结…未结案件…」: the open ones may have come in before)
        summed = show(yes.value + q.value, q)
        out.append(
            Relation(
                "flow",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                tuple(span_of(x) for x in (q, yes, whole)),
                code="N101",
                severity=Severity.WARNING,
                message=f"{word}的{yes.text}与{said}的{q.text}合计{summed}"
                f"（{yes.number}+{q.number}），多于{whole.verb or '受理'}的{whole.text}",
                suggestion="核对总数与两种结果的数字",
            )
        )
    return out


def _affirmed(q: Quantity, near: Sequence[Quantity], text: str) -> tuple[int, str, str] | None:
    """The figure of ``near`` (the last one) whose outcome ``q`` negates, with the outcome's
    word and the negation as said: 「调解成功…，调解不成功的21件」 (the word negated whole at
    the end of the clause), or 「调解成功206件，调解不成引导当事人诉讼的11件」 (the verb and
    its result cut short under the negation, 不成 for 成功, what was done after it between), or
    「属于…范围的3876件…；对不属于…范围的284件」 (a 的-clause said and denied)."""
    own = q.pre.rstrip(" 　")
    m = _NEGATED_RE.search(own)
    if m is not None:
        word = m.group("word")
        for k in range(len(near) - 1, -1, -1):
            if _affirms_whole(near[k], q, word):
                return k, word, m.group().removesuffix("的")
    pred = _NEGATED_PREDICATE_RE.search(own)
    if pred is not None:
        # 「属于本部门职责范围的3876件…；对不属于本部门职责范围的284件」: the same 的-clause
        # said and denied names two parts of one whole, whatever is told between them
        word = pred.group("word")
        for k in range(len(near) - 1, -1, -1):
            if (
                near[k].pre.rstrip(" 　").endswith(word + "的")
                and _affirms_whole(near[k], q, "")
                and _OTHER_SET_BETWEEN_RE.search(text, near[k].end, q.num_start) is None
            ):
                return k, word, pred.group("neg") + word
    inner = _NEGATED_INSIDE_RE.search(q.pre)
    if inner is None:
        return None
    stem, cut = inner.group("stem"), inner.group("word")
    for k in range(len(near) - 1, -1, -1):
        theirs = near[k].pre.rstrip(" 　")
        at = theirs.rfind(stem)
        if (
            at >= 0
            and 1 <= len(theirs) - at - len(stem) <= _RESULT_CHARS
            and theirs[at + len(stem)] == cut[0]
            and _affirms_whole(near[k], q, "")
        ):
            return k, theirs[at:], inner.group()
    return None


def _affirms_whole(p: Quantity, q: Quantity, word: str) -> bool:
    """Is ``p`` an outcome said without negation (ending with ``word`` when given), in the
    sentence of ``q`` or the one before?"""
    own = p.pre.rstrip(" 　")
    return (
        own.endswith(word)
        and _NEGATED_RE.search(own) is None
        and _NEGATED_INSIDE_RE.search(p.pre) is None
        and q.sentence - 1 <= p.sentence <= q.sentence
    )


_PART_LIST_RE = re.compile(r"^[^。；;！？!?]*?其中")


def _listed_under(text: str, whole: Quantity, q: Quantity) -> bool:
    """Whether *q* is an item of the 其中-list that opens right after *whole* in the same
    statement (「受理1033件，其中，决定维持435件，驳回申请136件」): a refusal listed there is an
    outcome of the accepted cases' review, not a refusal of intake beside them."""
    return _PART_LIST_RE.match(text[whole.num_end : q.num_start]) is not None


def _same_set(p: Quantity, p_period: str | None, q_period: str | None, said: str) -> bool:
    """May a later stage figure (of period ``q_period``, its words ``said`` when it names its
    own things) count what an earlier one counts: of the same period (上半年受理 against 全年
    办结 are other sets, :func:`.kinds.periods_fit` both ways) and not of a kind the earlier
    one's words exclude (行政复议案件 against 审结行政诉讼案件: :func:`.kinds.names_other_kind`)?"""
    a, b = p_period, q_period
    if a != b and None not in (a, b) and not (periods_fit(a, b) and periods_fit(b, a)):
        return False
    # both name their things with the same head (案件), the earlier one's kind (复议)
    # absent from the later one's words
    return not (said and p.noun and not p.inherited and _other_kind(p.noun, said))


@lru_cache(maxsize=2048)
def _other_kind(noun: str, said: str) -> bool:
    """Do the later figure's words ``said`` name the same head as ``noun`` (案件) with another
    kind (复议 absent: 行政诉讼案件)? Cached: a report repeats its nouns."""
    return _ends_alike(noun, said) >= 2 and names_other_kind(noun, said)


def _verbal(lex: Lexicon, p: Quantity, q: Quantity) -> bool:
    """Does the later figure name what it counts by a second verb only (「接到举报74件，经核查
    属实并立案查处81件」: 查处), so that it counts the earlier figure's things?"""
    return q.sentence == p.sentence and q.family == "accepted" and q.noun in lex.verb_family


# a figure's own words pointing back at the set of a stage told before: 「上述受理案件已审结
# 152件」「以上受理的申请均已办结」 (the stage's verb, a noun of what it counts)
_SET_NOUNS = "案件|申请|事项|纠纷|线索|工单|举报|投诉|诉求"  # nouns of a set of cases a stage names
_POINTED_STAGE_RE = re.compile(
    rf"(?:上述|以上|前述|这些)(?P<verb>[\u4e00-\u9fff]{{2,4}}?)的?(?:{_SET_NOUNS})"
)


@lru_cache(maxsize=4)
def _set_opening_re(lex: Lexicon) -> re.Pattern[str]:
    """A clause opening with the set of an intake stage (「受理事项已按期办结118件」「对受理的
    申请…」「上述受理案件…」): what follows is said of that stage's figure."""
    verbs = [v for v, f in lex.verb_family.items() if f in ("received", "accepted")]
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(
        rf"^(?:对|在|从)?(?:上述|以上|前述|这些)?(?P<verb>{alternation})了?的?[\u4e00-\u9fff]{{0,4}}?(?:{_SET_NOUNS})"
    )


def set_named_at_opening(lex: Lexicon, pre: str) -> str:
    """The intake stage (received, accepted) whose set a figure's clause opens with, or ""."""
    m = _set_opening_re(lex).match(pre.lstrip(" 　"))
    return lex.verb_family.get(m.group("verb"), "") if m is not None else ""


def _pointed_back(
    lex: Lexicon, q: Quantity, earlier: list[Quantity], carry: bool
) -> Relation | None:
    """「经审查依法受理148件…。上述受理案件已审结152件」: a later stage whose words point back at
    the set of an earlier stage is judged against that stage's figure (the latest before it,
    same unit): more than it is N107 — the set is this year's intake, named; a warning when
    the text speaks of carry-over."""
    m = _POINTED_STAGE_RE.search(q.pre)
    if m is None:
        return None
    family = lex.verb_family.get(m.group("verb"), "")
    if family not in ("received", "accepted") or family == q.family:
        return None
    wholes = [p for p in earlier if p.family == family and p.unit == q.unit]
    if not wholes:
        return None
    whole = wholes[-1]
    if bounds(q)[0] <= bounds(whole)[1]:
        return _flow(q, whole, "", None, "")
    return _flow(
        q,
        whole,
        "N107",
        Severity.WARNING if carry else Severity.ERROR,
        f"{m.group(0)}{q.verb}{q.text}多于{whole.verb or '受理'}的{whole.text}",
    )


# a figure of the items found eligible (「经甄别属于信访事项受理范围的1534件」「符合法律援助条件的
# 1158件」): its own clause ends with the scope or the conditions it belongs to
_ELIGIBLE_RE = re.compile(r"(?<![不非])(?:属于|符合)[^，,；;。0-9]{0,14}?(?:范围|条件)(?:的|之)?$")
ELIGIBLE_REACH = 2  # figures after an eligible one read for the acceptance drawn from it


def _eligible(q: Quantity) -> bool:
    """Is ``q`` the figure of what was found eligible (its own clause ends with the scope)?"""
    return _ELIGIBLE_RE.search(_OWN_CLAUSE_SPLIT_RE.split(q.pre)[-1]) is not None


def _granted(lex: Lexicon, q: Quantity) -> bool:
    """Is ``q`` an acceptance or a grant (what an eligible set is drawn on)?"""
    return (
        q.family == "accepted"
        or _grant_decision(lex, q)
        or _grant_re(lex).match(q.pre.strip(" 　")) is not None
    )


def drawn_from_eligible(lex: Lexicon, parts: Sequence[Quantity]) -> bool:
    """Does a figure of ``parts`` accept or grant from an eligible one before it (「符合条件的
    871件，决定给予法律援助865件」): nested, not two parts beside each other?"""
    seen = False
    for q in parts:
        if seen and _granted(lex, q) and not _eligible(q):
            return True
        seen = seen or _eligible(q)
    return False


def _eligible_bounds(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「属于受理范围的1534件，依法受理1543件」: what was accepted (or granted) right after the
    figure of what was found eligible, in its sentence and unit, is drawn from it and cannot
    be more (an error: the text states the scope)."""
    out: list[Relation] = []
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and not q.depth]
    for i, e in enumerate(qs):
        if not _eligible(e):
            continue
        for q in qs[i + 1 : i + 1 + ELIGIBLE_REACH]:
            if q.sentence != e.sentence or q.unit != e.unit:
                break
            if _eligible(q):
                break
            if not _granted(lex, q):
                continue
            if bounds(q)[0] > bounds(e)[1]:
                out.append(
                    _flow(
                        q,
                        e,
                        "N103",
                        Severity.ERROR,
                        f"{q.verb or '受理'}{q.text}多于符合条件（属于受理范围）的{e.text}",
                    )
                )
            break
    out.extend(_checked_eligible_bounds(lex, bq))
    return out


# a clause met the conditions (not 不符合): 「经审查符合条件并指派律师承办2914件」
_MET_RE = re.compile(r"(?<![不非])(?:属于|符合)[^，,；;。0-9]{0,14}?(?:范围|条件)")


def _checked_eligible_bounds(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「共受理法律援助申请2870件，经审查符合条件并指派律师承办2914件」: a figure whose own clause
    opens with a check (numbers.toml ``containment.checked``: 经审查, 经审核) and says its items met
    the conditions counts what passed the check of the intake figure right before it (the
    last one received or accepted, in its sentence and unit, nothing of that unit between):
    it cannot be more (an error: the sentence states the link). A 的-clause (「经审查符合立案
    条件的70件」) is the checked set of relations/containment.py, read there."""
    checked = tuple(lex.data["containment"].get("checked", ()))
    out: list[Relation] = []
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and not q.depth]
    for p, q in itertools.pairwise(qs):
        if p.sentence != q.sentence or p.unit != q.unit or p.change or q.change:
            continue
        # (the clause from the text: a figure's words stop at a 顿号 inside it — 律师、基层…)
        own = _OWN_CLAUSE_SPLIT_RE.split(bq.text[p.end : q.num_start])[-1].lstrip(" 　")
        if not own.startswith(checked) or _MET_RE.search(own) is None:
            continue
        if own.endswith("的"):
            continue  # (「经审查符合立案条件的70件」: a 的-set checked from it, containment's N101)
        if p.family not in ("received", "accepted") or _eligible(p):
            continue
        if bounds(q)[0] > bounds(p)[1]:
            out.append(
                _flow(
                    q,
                    p,
                    "N103",
                    Severity.ERROR,
                    f"{own}{q.text}多于{p.phrase}{p.text}（{q.number}＞{p.number}），经审查符合条件的出自所受理的",
                )
            )
    return out


def _flow(
    q: Quantity,
    ref: Quantity,
    code: str,
    severity: Severity | None,
    message: str,
    extra: tuple[Quantity, ...] = (),
) -> Relation:
    verdict = Verdict.CONTRADICTION if code else Verdict.CONSISTENT
    return Relation(
        "flow",
        verdict,
        q.block,
        (q.num_start, q.end),
        tuple(span_of(x) for x in (q, ref, *extra)),
        code=code,
        severity=severity,
        message=message,
        suggestion="核对收到、受理、办结数字；如含上年结转或案前化解，请在文中说明"
        if code
        else None,
    )


@lru_cache(maxsize=4)
def _scope_re(lex: Lexicon) -> re.Pattern[str]:
    """A stage named as the scope of a figure: 「受理的案件中」「在收到的申请中」「已办结的…里」."""
    verbs = [v for v, f in lex.verb_family.items() if f in FLOW_STAGES]
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    # (a verb right before 中 is a state, not a scope: 「正在办理中0.09万件」)
    return re.compile(
        rf"({alternation})(?:了?的[^，,；;。、]{{0,10}}?|(?:了)?[^，,；;。、]{{1,10}}?)(?:中|当中|里)"
    )


def scope_family(lex: Lexicon, pre: str) -> str:
    """The flow stage a figure's words name as their scope (受理的案件中 -> accepted)."""
    found = list(_scope_re(lex).finditer(pre))
    return lex.verb_family.get(found[-1].group(1), "") if found else ""


@lru_cache(maxsize=4)
def _told_scope_re(lex: Lexicon) -> re.Pattern[str]:
    """A stage's set named by 对 in the clause of its figure, up to the adverb opening the
    predicate (「对收到的申请已逐件答复155件」: numbers.toml ``containment.scope-adverbs``)."""
    verbs = [v for v, f in lex.verb_family.items() if f in FLOW_STAGES]
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    data = lex.data["containment"]
    back = "|".join(re.escape(w) for w in data["back"])
    adverbs = "|".join(re.escape(w) for w in data.get("scope-adverbs", ())) or "(?!)"
    return re.compile(rf"对(?:{back})?({alternation})了?的[^，,；;。、0-9]{{0,10}}?(?:{adverbs})")


def _scoped(lex: Lexicon, q: Quantity, earlier: list[Quantity]) -> Relation | None:
    """A figure inside a stage's 的-clause scope against that stage's figure."""
    at = q.pre.rfind(q.verb) if q.verb else len(q.pre)
    found = list(_scope_re(lex).finditer(q.pre, 0, max(at, 0))) or list(
        _told_scope_re(lex).finditer(q.pre, 0, max(at, 0))
    )
    if not found:
        return None
    m = found[-1]
    if m is None:
        return None
    family = lex.verb_family.get(m.group(1), "")
    if family == q.family:
        return None
    wholes = [p for p in earlier if p.family == family and p.unit == q.unit]
    if not wholes:
        return None
    # every figure of that stage is a reading (「不符合受理条件的264件」 names the stage too):
    # the figure is more than its whole only when it is more than each of them
    whole = max(wholes, key=lambda p: bounds(p)[1])
    # more than its whole is reported by the partition's scope groups
    return _flow(q, whole, "", None, "")


def stock_role(lex: Lexicon, q: Quantity, text: str = "") -> str:
    """:func:`_role` for the other modules."""
    return _role(lex, q, text)


def open_between(lex: Lexicon, bq: BlockQuantities, whole: Quantity, end: int) -> Decimal:
    """The cases still open (尚有5件正在审理) told after ``whole``, in its unit, before
    ``end``: a scope there pointing back (「；上述案件中，」) names them with the whole."""
    return sum(
        (
            bounds(q)[1]
            for q in bq.quantities
            if whole.end <= q.num_start < end
            and q.kind == "count"
            and q.unit == whole.unit
            and _role(lex, q, bq.text) == "pending"
        ),
        Decimal(0),
    )


def _role(lex: Lexicon, q: Quantity, text: str = "") -> str:
    """carry | pending | new | concluded | "" — the place of a figure in the year's stock
    (with the block's ``text``, a figure 尚有…正在审理 is pending by the words after it)."""
    words = q.pre
    scope = list(_scope_re(lex).finditer(words))
    if (
        scope
        # (「审结的案件中包含上年结转的11件」: its own words name its place, carried in)
        and _stock_words(lex)[1].search(words, scope[-1].end()) is None
        and (
            not q.verb
            or words.rfind(q.verb) < scope[-1].end()
            or lex.verb_family.get(scope[-1].group(1)) == q.family
        )
    ):
        # 「在办结的事项中群众表示满意的28件」「在审结的案件中经调解结案的11件」: a figure
        # drawn from a stage's set, its verb inside the scope or of the scope's stage: a part
        # of that set, no place of its own in the stock (the scope's 在办结 holds no pending
        # word 在办); 「受理的案件中已审结92件」 is the next stage of the set, read as such
        return ""
    if text and _is_open(lex, text, q):
        return "pending"
    if text and _carried_to_later_year(lex, text, q):
        return "pending"  # 「…共办结24件，结转到2025年办理6件」: open at the year's end
    if text and _from_earlier_year(text, q):
        return "carry"  # 「2022年，…共收到…57件以及2021年转办…2件」: carried in
    stock_words, any_word = _stock_words(lex)
    words = _at_concluded(words)
    if any_word.search(words) is not None:
        # the longest word held (carry-in before pending at equal length)
        for w, name in stock_words:
            if w in words:
                if name == "pending" and _of_year_before(lex, words[: words.find(w)]):
                    return "carry"  # 「连同上年未审结的6件」: open at the year before's end
                return name
    if q.family in ("received", "accepted"):
        if q.verb and _undone(lex, words[: words.rfind(q.verb)]):
            return ""  # 「依法撤销立案23件」: a stage undone, where cases went
        if text and _ATTRIBUTE_RE.match(text, q.end):
            # 「收到187个申请人提出的…申请583件」: the count inside a 的-phrase before the
            # verb's object names who asked; the object is the figure after it
            return ""
        return "new"
    if q.family == "concluded":
        return "concluded"
    return ""


def _at_concluded(words: str) -> str:
    """A figure's words with 在 before the concluded verb 办结 left out: 「在办结的5件申请中」
    「在办结的88件申请中」 name the concluded set by the preposition 在, and hold no pending
    word 在办 (in progress) for the stock's roles or the open part to find."""
    return words.replace("在办结", "办结") if "在办结" in words else words


# the words after a figure up to a 的 and a figure of its clause (a 的-phrase it opens)
_ATTRIBUTE_RE = re.compile(
    r"[^，,；;。：:、！？!?0-9０-９]{1,12}的[^，,；;。：:、！？!?0-9０-９]{0,16}[0-9０-９]"
)
YEAR_BACK_REACH = 200  # characters before a figure read for the year its text speaks of
# (20xx only, narrower than grammar.YEAR_ASCII, here and in _carry_to_year_re: with 19xx a law's
# 「1999年修订的…」 before a figure would become the last year its text named; not the same reading)
_YEAR_RE = re.compile(r"(20[0-9]{2})年")


@lru_cache(maxsize=4)
def _carry_to_year_re(lex: Lexicon) -> re.Pattern[str]:
    """numbers.toml ``clauses.carry-to-year`` followed by a year (结转到2025年)."""
    words = sorted(lex.data["clauses"].get("carry-to-year", ()), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words)) or '(?!)'})(20[0-9]{{2}})年")


def _carried_to_later_year(lex: Lexicon, text: str, q: Quantity) -> bool:
    """Is a figure carried on into a year later than the one its text last named before it
    (「2024年全区共收到…30件，…结转到2025年办理6件」「2023年…其中结转2024年度7件」)? Such
    cases are open at the year's end. A year named before the carry word in the figure's own
    words (「2022年结转至2023年2件」) is where they came from: carried in, not out."""
    words = q.pre
    if "年" not in words:
        return False  # (no year named: most figures; the search below needs one)
    m = _carry_to_year_re(lex).search(words)
    if m is None:
        return False
    start = q.num_start - len(words)
    years = _YEAR_RE.findall(text, max(0, start - YEAR_BACK_REACH), start)
    own = _YEAR_RE.findall(words, 0, m.start())
    if own:
        # 「2025年全年共收到…9件，…2025年结转至2026年继续办理1件」: the year it leaves is the
        # one the text tells, so it is carried out of it (not in, as from an earlier year)
        return bool(years) and int(own[-1]) == int(years[-1]) < int(m.group(1))
    return bool(years) and int(years[-1]) < int(m.group(1))


# a year named with a verb carrying cases on from it, the figure's own words ending there at
# most a noun after (「以及2021年转办依申请公开2件」「2023年度转入的3件」)
_YEAR_CARRY_RE = re.compile(r"(20[0-9]{2})年度?(?:转办|转入)(?:的)?[\u4e00-\u9fff]{0,12}$")


def _from_earlier_year(text: str, q: Quantity) -> bool:
    """Are a figure's own words a carry from a year earlier than one the text named before it
    (「2022年，…共收到…57件以及2021年转办…2件」)? 转办 alone is a handing on, not a carry:
    only from the year before the one the text tells is it the stock carried in."""
    words = q.pre
    if "年" not in words:
        return False
    m = _YEAR_CARRY_RE.search(words)
    if m is None:
        return False
    start = q.num_start - len(words)
    years = _YEAR_RE.findall(text, max(0, start - YEAR_BACK_REACH), start + m.start())
    return any(int(y) > int(m.group(1)) for y in years)


def _tail_to_later_year(lex: Lexicon, text: str, q: Quantity, tail: str) -> bool:
    """Is the rest of a figure's statement after it (``tail``) a carry into a year later than
    the one the text last named before the figure (「剩余6件转2023年办理」 after 「2022年」)?"""
    if "年" not in tail:
        return False
    m = _carry_to_year_re(lex).search(tail)
    if m is None or not m.group(0).startswith("转") or tail[m.start() - 1 : m.start()] == "结":
        # (the bare 转 only: 「其余14件结转至2021年办理；截至2021年1月底，结转案件已审结9件」
        # read so made the later 结转案件 a carry-in — blind1 B160, a false error)
        return False
    if _YEAR_RE.search(tail, 0, m.start()) is not None:
        return False  # (a year of its own before it: where they came from)
    years = _YEAR_RE.findall(text, max(0, q.num_start - YEAR_BACK_REACH), q.num_start)
    return bool(years) and int(years[-1]) < int(m.group(1))


def _fate_in_own_clause(lex: Lexicon, text: str, q: Quantity) -> bool:
    """Does the rest of a figure's own clause, with no comma between, say all of it is
    concluded (「…19件已全部审结；」)?"""
    stop = _CLAUSE_AFTER.search(text, q.end, q.end + _REST_STATE_REACH)
    return all_concluded(lex, text[q.end : stop.start() if stop else q.end])


_WHOLE_SPLIT_LEAD_RE = re.compile(r"其中[，,]?(?:尚有|还有|仍有|尚)?")


def _open_part_of_stock(lex: Lexicon, q: Quantity, group: dict[str, Quantity]) -> bool:
    """「收到…59件，上年度结转办理2件，其中结转2024年度7件，其余52件全部按时答复」: a 其中
    right before the open word (no class named between) splits what came in by its state,
    before anything is said concluded: the open part of the stock, not a class of it."""
    m = _WHOLE_SPLIT_LEAD_RE.match(q.pre)
    if m is None or "new" not in group or "concluded" in group:
        return False
    rest = q.pre[m.end() :]
    return (
        _carry_to_year_re(lex).match(rest) is not None
        or _stock_words(lex)[1].match(rest) is not None
    )


def _of_year_before(lex: Lexicon, before: str) -> bool:
    """Do the words before a pending word end with the year before (numbers.toml
    ``clauses.year-before``: 上年, 上年度 — 上年尚未审结的 is the year before's open stock)?"""
    return before.rstrip("尚仍还 　").endswith(tuple(lex.data["clauses"].get("year-before", ())))


def _undone(lex: Lexicon, before: str) -> bool:
    """Do the words before an intake verb end with a word undoing it (numbers.toml
    ``clauses.undone``: 撤销立案, 撤回受理)?"""
    return before.rstrip("依法予以 　").endswith(tuple(lex.data["clauses"].get("undone", ())))


@lru_cache(maxsize=4)
def _stock_words(lex: Lexicon) -> tuple[tuple[tuple[str, str], ...], re.Pattern[str]]:
    """The words of numbers.toml ``clauses.carry-in`` and ``pending`` with their role,
    longest first, and one pattern matching any of them (most figures hold none)."""
    clauses = lex.data["clauses"]
    pairs = [(w, "carry") for w in clauses.get("carry-in", ())]
    pairs += [(w, "pending") for w in clauses.get("pending", ())]
    pairs.sort(key=lambda pair: -len(pair[0]))  # stable: carry-in first at equal length
    return tuple(pairs), re.compile("|".join(re.escape(w) for w, _ in pairs))


# the words between a figure and one in the next clause: one comma, then words
_NEXT_CLAUSE_RE = re.compile(r"[^，,；;。0-9]*[，,][^，,；;。0-9]*")


def _balance(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """新收 + 上年结转 = 审结 + 未结, for each run of these figures in one unit."""
    out: list[Relation] = []
    group: dict[str, Quantity] = {}
    unit, sentence = "", -1
    last: Quantity | None = None
    plain: Quantity | None = None  # the last figure of no role (新发生…案件142件)
    no_carry = denies_carry(lex, bq.text)
    # where the figures end: a clause closed by one names its own time (「上年结转申请0件，
    # 结转下年度继续办理5件」), read for a figure told open (:func:`_told_open`)
    closing = frozenset(q.end for q in bq.quantities)

    def close() -> None:
        if "bare-out" in group and "carry" not in group and not no_carry:
            rel = _judge_carried_out(group)
            if rel is not None:
                out.append(rel)
        if "pending" in group and "new" in group and "concluded" not in group:
            rel = _judge_left_over(group, no_carry)
            if rel is not None:
                out.append(rel)
        if "concluded" in group and "new" in group and ("carry" in group or no_carry):
            rel = _judge_balance(group, _none_left(lex, bq.text, group))
            if rel is not None:
                out.append(rel)
                if rel.verdict is Verdict.CONTRADICTION and "pending" in group:
                    # the four figures are the year's stock, whether or not they balance
                    out.append(
                        replace(
                            rel,
                            kind="flow",
                            verdict=Verdict.CONSISTENT,
                            code="",
                            severity=None,
                            message=STOCK,
                            suggestion=None,
                        )
                    )

    listing = False  # inside a 其中 list of the stock's own figure (passed over)
    skip: Quantity | None = None  # a caseload taken up with the bracket before it
    for at, q in enumerate(bq.quantities):
        if q.kind != "count" or q.quoted or per_or_change(lex, q) or q is skip:
            continue
        role = _role(lex, q, bq.text)
        if listing and role in ("concluded", "") and _LIST_ITEM_RE.match(q.pre):
            continue
        if listing and role == "concluded" and _qualified_part(q, listing=True):
            continue  # 「…，其中按期办结342件，逾期办结15件」  # 「审结422件，其中裁决结案173件、调解结案249件」: the list goes on
        listing = False
        if group and (
            (role in ("carry", "new") and _joins_statement(lex, bq.text, q))
            # 「…已审结497件，其余43件正在审理中；另有上年结转的27件已于一季度全部审结」: the
            # cases carried in, told beside the stock after what became of it, with a fate
            # of their own
            or (role == "carry" and "concluded" in group and _BESIDE_OPENING_RE.match(q.pre))
        ):
            # 「办结205件，办结率55.4%，同时上年结转行政复议案件34件，本年新收92件」: a
            # statement joined by 同时 starts a stock of its own
            close()
            group = {}
        if role == "carry" and "new" not in group and _fate_in_own_clause(lex, bq.text, q):
            # 「2023年结转至本年的案件19件已全部审结；本年新收…207件，审结195件，…」: the
            # carried-in cases with their own fate told right after them, apart from the year's
            continue
        if role == "new" and _restage(lex, bq.text, q).family == "rejected":
            continue  # 「对不符合受理条件的18件作出不予受理决定」: refused, not come in
        if (
            role == "carry"
            and {"new", "concluded"} <= set(group)
            and not {"carry", "pending"} & set(group)
            and q.unit == unit
            and q.sentence == sentence
            and _BARE_CARRY_RE.fullmatch(_OWN_CLAUSE_SPLIT_RE.split(q.pre)[-1].strip(" 　"))
        ):
            # 「共收到…58件，…，已办结56件，结转4件」: a carry word of no direction after the
            # concluded figure carries out (before the outcomes it carries in)
            role = "pending"
            group["bare-out"] = q
        if role == "pending" and (
            not _same_things(lex, bq.text, q, group)
            or (_SUBSET_LEAD_RE.search(q.pre) and not _open_part_of_stock(lex, q, group))
            # (the year it is carried into, 结转2024年度, is where it goes, not when counted)
            or (
                _at_other_time(bq.text, q, closing if _told_open(lex, q) else frozenset())
                and not _carried_to_later_year(lex, bq.text, q)
            )
        ):
            # 「另有3件信访事项在办」「其中涉企案件尚有10件在审理中」: open, but another
            # thing than the stock counts, or a part of it
            continue
        if not role and _concluded_after(lex, bq.text, q):
            q, role = _restage(lex, bq.text, q), "concluded"  # 「对139件申请作出答复」
        if (
            # 「合计收案354件」: a total word before the intake verb sums what came in
            ((not role and q.family not in FLOW_STAGES) or role == "new")
            and _caseload(lex, q)
            and "new" in group
            and "carry" in group
            and "concluded" not in group
            and q.unit == unit
            and q.sentence == sentence
        ):
            if _handled_part(lex, bq, at, group["new"], group["carry"]):
                # 「…连同上年度结转的12件，共调处191件，…；年底仍在调解中的8件」: the handled
                group["concluded"] = last = q
                continue
            # 「新收125件，加上上年结转的4件，全年共需办理131件」: their stated sum
            rel = _judge_sum(group["new"], group["carry"], q)
            if rel is not None:
                out.append(rel)
            continue
        if not role:
            plain = q
            continue
        if (
            role == "carry"
            and not group
            and plain is not None
            and plain.unit == q.unit
            and plain.sentence == q.sentence
            and plain.depth == q.depth
            and (last is None or last.num_start < plain.num_start)
            and _NEXT_CLAUSE_RE.fullmatch(bq.text, plain.end, q.num_start) is not None
        ):
            # 「新发生行政诉讼案件142件，上年结转23件，…」: the figure of no flow verb right
            # before the carried-in one, in the clause before it, is what came in new
            unit, sentence = q.unit, q.sentence
            group["new"] = plain
        if role == "carry" and _INCLUDED_RE.search(q.pre):
            # 「收到548件（含上年结转12件）」「新收318件，其中上年结转19件」: the figure
            # before holds the whole caseload; 「审结41件（含上年结转3件）」: part of the
            # concluded, not the stock carried in
            if (
                last is not None
                and last is group.get("new")
                and "concluded" not in group
                # 「收到1641件…。共处理…1717件（包含上年结转76件）」: the bracket holds the
                # part of the figure right before it, not of the intake before that one
                and (plain is None or plain.num_start < last.num_start)
            ):
                group["carry"] = q
                group["included"] = q
            elif (
                # (an intake alone of a sentence before: 「收到1641件…。共处理…1717件（包含
                # 上年结转76件）」 — the caseload starts a stock of its own)
                (not group or (set(group) == {"new"} and group["new"].sentence != q.sentence))
                and plain is not None
                and plain.unit == q.unit
                and plain.sentence == q.sentence
                and _BRACKET_OPEN_RE.fullmatch(bq.text, plain.end, q.num_start - len(q.pre))
            ):
                group = {}
                # 「全年共办理行政复议案件57件（其中上年结转4件）」: a figure of no stage whose
                # own bracket holds the carried-in part is the year's caseload (a reading)
                unit, sentence = q.unit, q.sentence
                group.update(new=plain, carry=q, included=q, caseload=plain)
                last = q
            elif not group and (ahead := _bracketed_for(lex, bq, at)) is not None:
                # 「共执行各类案件（含上年结转案件37件）1126件，执结1080件」: the bracket before
                # a figure of no stage, closing right before it, holds its carried-in part (the
                # figure named by the words before the bracket: no reading, as the partition's
                # 「受理…（含上年结转4件）97件」)
                unit, sentence = q.unit, q.sentence
                group.update(new=ahead, carry=q, included=q)
                last = skip = ahead
            continue
        if role == "concluded" and "concluded" not in group and _qualified_part(q):
            # 「新收348件，上年结转9件，均已办结，其中按期办结342件，逾期办结15件」: a class of
            # the concluded (按期), not all of them
            listing = True
            continue
        if (
            role in ("concluded", "pending")
            and group.get(role) is last
            and last is not None
            and q.unit == last.unit
            and _INCLUDED_RE.search(q.pre)
        ):
            # 「审结553件，其中纠错结案的142件，尚有74件在审」: a part of the figure right
            # before it, not the stock's own figure
            listing = True
            continue
        if (
            (
                role in ("concluded", "pending")
                or (role == "carry" and not {"concluded", "pending"} & set(group))
            )
            and role not in group
            and q.unit == unit
            and q.sentence != sentence
            and _goes_on_stock(
                bq.text,
                group,
                q,
                role == "carry" and _bare_carry(lex, q),
                carried_out_re(lex) if role in ("concluded", "pending") else None,
            )
        ):
            # 「新收86件，上年结转12件。截至年底，审结90件，尚未审结9件。」: what came in is
            # told in one sentence, what became of it in the next (「受理196件。上年结转11
            # 件，审结189件，尚未审结16件。」: with the carried-in figure)
            group["across"] = q
        elif (
            role == "new"
            and set(group) == {"carry"}
            and q.unit == unit
            and q.sentence == sentence + 1
            and nouns_compatible(group["carry"], q)
        ):
            # 「上年结转至本年度的案件7件。本年度新收61件，审结63件，尚有4件在审理中。」: the
            # cases carried in told in a sentence of their own before the year's (a reading)
            group["across"] = q
        elif role in group or (group and (q.unit != unit or q.sentence != sentence)):
            close()
            group = {}
        if (
            role == "carry"
            and last is not None
            and last is group.get("new")
            and _BRACKETED_AFTER_RE.fullmatch(bq.text, last.end, q.num_start)
        ):
            # 「受理12件（上年结转2件，已办结9件，正在办理3件）」: a bracket right after the
            # intake may tell its parts — the carried-in ones held in it, or added to it
            group["bracketed"] = q
        unit, sentence = q.unit, q.sentence
        group[role] = q
        last = q
    close()
    return out


STOCK_SPAN = 8  # figures read after a stock's opening figure for its closing one
STATE_CHARS = 2  # characters of the opening's state the closing figure repeats
# the marks closing a figure's own clause back (a 、 list item is a clause of its own here)
_ITEM_MARKS = "，,；;。：:（(）)、！？!?"
# a comparison with the opening (较年初增加, 比年初), not the opening itself
_AGAINST_RE = re.compile("(?:较|比|与|同|相比)$")


@lru_cache(maxsize=4)
def _stock_flow_res(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """numbers.toml ``clauses.stock-opening``, ``stock-closing``, ``stock-in``, ``stock-out``."""
    clauses = lex.data["clauses"]
    return tuple(
        re.compile("|".join(map(re.escape, clauses.get(key, ()))) or "(?!)")
        for key in ("stock-opening", "stock-closing", "stock-in", "stock-out")
    )


def _own_clause(text: str, q: Quantity) -> str:
    return text[last_mark(text, _ITEM_MARKS, 0, q.num_start) + 1 : q.num_start]


def _stock_end(pattern: re.Pattern[str], clause: str) -> str | None:
    """The words after an opening or closing word of a figure's own clause (年初全区在册 →
    在册), or None when it names no end of the year, or names it only to compare (较年初)."""
    m = pattern.search(clause)
    if m is None or _AGAINST_RE.search(clause, 0, m.start()):
        return None
    return WHOLE_AREA_RE.sub("", clause[m.end() :], count=1)


def _opening_closing(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「年初在册386人、新接收172人…解除矫正163人，截至年底在册398人」: a stock told at the
    year's opening and at its closing by the same state (在册, 存量积案, 登记在册), every figure
    of that unit between them a coming-in (新接收, 新设立) or a going-out (解除, 注销, 化解):
    opening + in − out = closing. A figure between of any other kind (a 其中 class, a total,
    累计) leaves the stock unjudged; an opening of cases carried in (年初未结) is the year's
    case stock, judged by :func:`_balance`."""
    text = bq.text
    opening_re, closing_re, in_re, out_re = _stock_flow_res(lex)
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted]
    out: list[Relation] = []
    for i, o in enumerate(qs):
        state = _stock_end(opening_re, _own_clause(text, o))
        if (
            state is None
            or len(state) < STATE_CHARS
            or per_or_change(lex, o)
            or _role(lex, o, text) == "carry"
        ):
            continue
        ins: list[Quantity] = []
        outs: list[Quantity] = []
        for q in qs[i + 1 : i + 1 + STOCK_SPAN]:
            if q.unit != o.unit:
                continue
            clause = _own_clause(text, q)
            if q.sentence > o.sentence + 1 or opening_re.search(clause):
                break
            end = _stock_end(closing_re, clause)
            # the closing tells the opening's state again (在册, 存量, 登记, 持证): the state's
            # first two characters, not a head noun alone (年底开展集中教育的对象)
            if end is not None and state[:STATE_CHARS] in end:
                rel = _judge_stock(o, ins, outs, q) if ins or outs else None
                if rel is not None:
                    out.append(rel)
                break
            came, went = in_re.search(clause), out_re.search(clause)
            if per_or_change(lex, q) or (came is None) == (went is None):
                break  # neither (or both): not a figure of the stock's movement
            (ins if came else outs).append(q)
    return out


def _judge_stock(
    opening: Quantity, ins: list[Quantity], outs: list[Quantity], closing: Quantity
) -> Relation | None:
    low = bounds(opening)[0] + sum(bounds(q)[0] for q in ins) - sum(bounds(q)[1] for q in outs)
    high = bounds(opening)[1] + sum(bounds(q)[1] for q in ins) - sum(bounds(q)[0] for q in outs)
    spans = tuple(span_of(x) for x in (closing, opening, *ins, *outs))
    if low <= bounds(closing)[1] and high >= bounds(closing)[0]:
        return _balanced(closing, spans)
    if (not outs and high > bounds(closing)[0]) or (not ins and low < bounds(closing)[1]):
        # only comings-in told (or only goings-out): the untold side may explain a closing
        # below (above) the sum; only a closing above all that came in (below all that is
        # left) cannot be
        return None
    value = opening.value + sum(q.value for q in ins) - sum(q.value for q in outs)
    came = "".join(f"＋{q.text}" for q in ins) + "".join(f"－{q.text}" for q in outs)
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        closing.block,
        (closing.num_start, closing.end),
        spans,
        code="N102",
        severity=Severity.ERROR,
        message=f"存量不平衡：期初{opening.text}{came}＝{show(value, opening)}，"
        f"与期末{closing.text}不符",
        suggestion="核对期初、新增、减少与期末数字",
    )


def _qualified_part(q: Quantity, listing: bool = False) -> bool:
    """Is ``q`` a 其中 part (or, ``listing``, the next clause of such a list) whose verb a
    qualifier narrows (其中按期办结, 逾期办结, 调解结案): a class of the concluded rather than
    the concluded figure itself (其中审结)?"""
    m = _INCLUDED_RE.search(q.pre)
    if (m is None and not listing) or not q.verb:
        return False
    own = q.pre[m.end() :] if m else q.pre.lstrip("，,；; 　")
    return q.verb in own and bool(own.split(q.verb)[0].strip(" 　已共"))


MAX_OUTCOMES = 8  # outcome figures of one stock read between the carried-in and open ones
_ONE_CLAUSE_RE = re.compile(r"[^，,；;。！？!?0-9０-９]*[，,；;][^，,；;。！？!?0-9０-９]*")
# (a year named between is no figure: 「…1554件，2023年结转132件；全年办理1503件，结转2025年…」)
_CLAUSE_WORDS = r"(?:[^，,；;。！？!?0-9０-９]|20[0-9]{2}年)*"
_ONE_CLAUSE_YEARS_RE = re.compile(f"{_CLAUSE_WORDS}[，,；;]{_CLAUSE_WORDS}")


def _balance_by_position(
    lex: Lexicon, bq: BlockQuantities, balanced: list[Relation]
) -> list[Relation]:
    """The year's stock told clause by clause with outcomes of any verb: 「新受理226件，加上年
    结转9件，调解成功218件，调解不成…解决11件，截至年底尚在调解中的4件」. A new and a
    carried-in figure side by side, then figures of no place of their own in the stock, then
    an open one, each in the clause after the one before (one unit, one statement, no 其中
    part among them): the figures between are where the cases went, whatever their verb, so
    new + carried-in = their sum + the open. :func:`_balance`'s readings (``balanced``) are
    returned with these: a run of one outcome it read is left to it; a run of several
    outcomes replaces its readings of the run's figures (it takes one outcome for all)."""
    text = bq.text
    qs = [
        q
        for q in bq.quantities
        if q.kind == "count" and not q.quoted and q.depth == 0 and not per_or_change(lex, q)
    ]
    if not qs or not _stock_words(lex)[1].search(text):
        return balanced  # no carried-in or open figure can be told
    seen = {x for r in balanced for x in r.involved}
    # (a carried-in figure whose own clause tells its fate, 「上年结转12件已全部审结」, is apart)
    roles = [
        "" if r == "carry" and _fate_in_own_clause(lex, text, q) else r
        for q, r in ((q, _role(lex, q, text)) for q in qs)
    ]
    out: list[Relation] = []
    i = 0
    while i + 3 < len(qs):
        a, b = qs[i], qs[i + 1]
        if not (
            (_next_clause(text, a, b) or _after_remark(text, a, b))
            and {roles[i], roles[i + 1]} == {"new", "carry"}
        ):
            i += 1
            continue
        j, outs = i + 2, list[Quantity]()
        # 「新立案42件，加上上年结转6件，共办理48件，已结案45件，尚有3件…」: their stated sum
        # right after them is what came in again (judged by _balance), not a fate
        total = qs[j] if _next_clause(text, b, qs[j]) and _caseload(lex, qs[j]) else None
        if total is not None and roles[j] in ("", "new"):
            j += 1
        else:
            total = None
        while (
            j < len(qs)
            and len(outs) < MAX_OUTCOMES
            and (
                _next_clause(text, qs[j - 1], qs[j], items=bool(outs))
                # 「…上年结转3件。办理结果为：予以公开87件、…」: the results open the next
                # sentence under a heading of their own
                or (not outs and _results_heading(text, qs[j - 1], qs[j]))
            )
            and roles[j] in ("", "concluded")
        ):
            outs.append(qs[j])
            j += 1
        if (
            outs
            and j < len(qs)
            # (the open figure may be the last item of the outcomes' 顿号 list:
            # 「予以公开3件、无法提供12件、结转下年度办理4件」)
            and _next_clause(text, qs[j - 1], qs[j], items=True)
            and roles[j] == "pending"
            and not _SUBSET_LEAD_RE.search(qs[j].pre)
            and not any(_not_a_fate(lex, q) for q in outs)
            # 「另有3件信访事项在办」: open, but another thing than the stock counts
            and _same_things(lex, text, qs[j], {"new": a, "carry": b})
            and not _at_other_time(text, qs[j])
        ):
            run = {span_of(q) for q in (a, b, *outs, qs[j])}
            if len(outs) > 1 or not run & seen:
                kept = span_of(total) if total is not None else None
                balanced = [r for r in balanced if not set(r.involved) & run or kept in r.involved]
                new, carry = (a, b) if roles[i] == "new" else (b, a)
                out.append(_judge_run(new, carry, outs, qs[j], total))
            i = j + 1
            continue
        i += 1
    # 「年内执结1,208件，驳回执行申请96件，年底未结127件，上述案件中上年旧存105件、本年新收
    # 1,326件」: the same stock told backwards, what came in named after the open figure by a
    # pointer to the cases above (上述, 以上): several outcomes before the open one, one of
    # them concluded, are where the cases went
    for k in range(2, len(qs) - 2):
        pending, c1, c2 = qs[k], qs[k + 1], qs[k + 2]
        if (
            roles[k] != "pending"
            or {roles[k + 1], roles[k + 2]} != {"new", "carry"}
            or not pending.unit == c1.unit == c2.unit
            or not pending.sentence == c1.sentence == c2.sentence
            or _POINTER_BACK_RE.search(text, pending.end, c1.num_start) is None
        ):
            continue
        m, outs = k - 1, list[Quantity]()
        while (
            m >= 0
            and len(outs) < MAX_OUTCOMES
            and roles[m] in ("", "concluded")
            and _next_clause(text, qs[m], qs[m + 1], items=True)
        ):
            outs.insert(0, qs[m])
            m -= 1
        if (
            len(outs) < 2
            or roles[m + 1] != "concluded"  # (the first outcome: the concluded)
            or any(_not_a_fate(lex, q) for q in outs)
            or _SUBSET_LEAD_RE.search(pending.pre)
        ):
            continue
        run = {span_of(q) for q in (c1, c2, *outs, pending)}
        balanced = [r for r in balanced if not set(r.involved) & run]
        out = [r for r in out if not set(r.involved) & run]
        new, carry = (c1, c2) if roles[k + 1] == "new" else (c2, c1)
        out.append(_judge_run(new, carry, outs, pending))
    return balanced + out


_POINTER_BACK_RE = re.compile(r"上述|以上|前述|这些")


# a clause of no figure between two figures of one statement: 「…9件,全部为自然人申请,上年度…」
_REMARK_GAP_RE = re.compile(
    r"[^，,；;。！？!?0-9０-９]*[，,][^，,；;。！？!?0-9０-９]+[，,][^，,；;。！？!?0-9０-９]*"
)


def _after_remark(text: str, p: Quantity, q: Quantity) -> bool:
    """Is ``q`` in the clause after the one after ``p``'s, the clause between a remark of no
    figure (「收到…9件,全部为自然人申请,上年度结转…0件」)? The new and the carried-in figures
    of a stock may stand so apart."""
    return (
        p.unit == q.unit
        and p.sentence == q.sentence
        and _REMARK_GAP_RE.fullmatch(text, p.end, q.num_start) is not None
        and "其中" not in text[p.end : q.num_start]
        and not _INCLUDED_RE.search(q.pre)
    )


def _not_a_fate(lex: Lexicon, q: Quantity) -> bool:
    """Is a figure between the carried-in and the open one no fate of its own: the sum of
    what came in (合计131件, 共需办理629件) or a part of the figure before it, drawn by a
    scope (「在审结的案件中经调解…的11件」「在办结的事项中…满意的28件」)?"""
    return (
        _CASELOAD_RE.search(q.pre) is not None
        or _scope_re(lex).search(q.pre) is not None
        or _IN_SCOPE_RE.search(q.pre + "，") is not None
    )


def _next_clause(text: str, p: Quantity, q: Quantity, items: bool = False) -> bool:
    """Is ``q`` in the clause right after ``p``'s, in its unit and statement, and not a part
    listed under it (其中, 含)? With ``items``, the next item of a 顿号 list of outcomes
    (予以公开87件、部分公开21件) counts as the next clause. A bracket right after ``p``
    (「受理36件(其中:自然人申请32件、企业申请2件)，上年结转9件」) is ``p``'s own remark, not a
    clause of the stock: the clause after it is the next one."""
    start = p.end
    if m := _OWN_BRACKET_RE.match(text, p.end, q.num_start):
        start = m.end()
    return (
        p.unit == q.unit
        and p.sentence == q.sentence
        and (
            _ONE_CLAUSE_RE.fullmatch(text, start, q.num_start) is not None
            or (
                text.find("年", start, q.num_start) >= 0
                and _ONE_CLAUSE_YEARS_RE.fullmatch(text, start, q.num_start) is not None
            )
            or (items and _ONE_ITEM_RE.fullmatch(text, start, q.num_start) is not None)
        )
        and "其中" not in text[start : q.num_start]
        and not _INCLUDED_RE.search(q.pre)
    )


# a bracket opening right after a figure and closing within its statement: the figure's remark
_OWN_BRACKET_RE = re.compile(r"\s*[（(][^（()）。；;]*[)）]")


_ONE_ITEM_RE = re.compile(r"[^，,；;。！？!?0-9０-９、]*、[^，,；;。！？!?0-9０-９、]*")
# the end of a statement, then a heading of results with a colon (办理结果为：, 处理结果如下：)
_RESULTS_HEADING_RE = re.compile(
    r"[。；;]\s*[\u4e00-\u9fff]{0,6}结果(?:为|是|如下)?[:：][^，,；;。！？!?0-9０-９、]*"
    # (or the results named as the set the figures are drawn from: 「…上年度结转…0件。处理结果
    # 中，部分公开2件」「本年度办理结果中，予以公开65件」)
    r"|[。；;]\s*[\u4e00-\u9fff]{0,6}结果(?:中|当中)[，,：:][^，,；;。！？!?0-9０-９、]*"
    # or a pointer back at what came in (「…上年结转申请3件，申请内容主要涉及…等。对上述申请，
    # 予以公开94件」), after at most one remark clause of no figure closing the sentence
    r"|(?:[，,][^，,；;。！？!?0-9０-９]*)?[。；;]\s*对(?:上述|以上|前述)[\u4e00-\u9fff]{0,8}[，,]\s*[^，,；;。！？!?0-9０-９、]*"
)


def _results_heading(text: str, p: Quantity, q: Quantity) -> bool:
    """Does ``q`` open the statement right after ``p``'s, under a heading of results
    (「…上年结转3件。办理结果为：予以公开87件」), in ``p``'s unit?"""
    return (
        p.unit == q.unit
        and q.sentence == p.sentence + 1
        and _RESULTS_HEADING_RE.fullmatch(text, p.end, q.num_start) is not None
    )


def _balanced(at: Quantity, spans: tuple[Span, ...]) -> Relation:
    """The consistent relation that marks a year's stock that balances (:data:`STOCK`)."""
    return Relation(
        "flow", Verdict.CONSISTENT, at.block, (at.num_start, at.end), spans, message=STOCK
    )


def _judge_run(
    new: Quantity,
    carry: Quantity,
    outs: Sequence[Quantity],
    pending: Quantity,
    stated: Quantity | None = None,
) -> Relation:
    in_low, in_high = (x + y for x, y in zip(bounds(new), bounds(carry), strict=True))
    out_low = sum((bounds(q)[0] for q in (*outs, pending)), Decimal(0))
    out_high = sum((bounds(q)[1] for q in (*outs, pending)), Decimal(0))
    first = outs[0]
    spans = tuple(span_of(x) for x in (*outs, new, carry, pending))
    if out_low <= in_high and out_high >= in_low:
        if stated is not None and _judge_sum(new, carry, stated) is None:
            # 「…共调处540件，调解成功489件、调解不成38件；截至年底仍在调解中的13件」: their
            # stated sum is split by the outcomes and the open ones, not by the outcomes alone
            spans += (span_of(stated),)
        return _balanced(first, spans)
    went = "＋".join(q.text for q in (*outs, pending))
    total = show(sum((q.value for q in (*outs, pending)), Decimal(0)), new)
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        first.block,
        (first.num_start, first.end),
        spans,
        code="N102",
        severity=Severity.ERROR,
        message=f"收结不平衡：新收加结转{new.text}＋{carry.text}＝"
        f"{show(new.value + carry.value, new)}，而其后各项去向与未结{went}＝{total}，两者应相等",
        suggestion="核对新收、结转、各项办理结果与未结数字",
    )


_BESIDE_OPENING_RE = re.compile(r"[，,；;\s]*(?:另有|另外|另)")


def _joins_statement(lex: Lexicon, text: str, q: Quantity) -> bool:
    """Does a figure's clause open with a word joining a statement of its own (numbers.toml
    ``clauses.statement-joins``: 同时, 此外)?"""
    start = last_mark(text, "，,；;。：:", 0, q.num_start) + 1
    return (
        text[start : q.num_start]
        .lstrip(" 　")
        .startswith(tuple(lex.data["clauses"].get("statement-joins", ())))
    )


def _same_things(lex: Lexicon, text: str, q: Quantity, group: dict[str, Quantity]) -> bool:
    """Does a figure still open count what the stock counts: no noun between it and its
    state (「尚有36件在审理期限内」), or one the stock's figures name (「尚有36件案件在审」
    「另有30件复议案件在审」; 「另有3件信访事项在办」「另有40件行政应诉案件正在办理」 beside
    行政复议案件 do not)?"""
    noun = _still_going(lex, text, q)
    if noun is None:
        # 「尚在办理中的信访事项21件」: the head noun after a 的-phrase of state
        own = _OWN_CLAUSE_SPLIT_RE.split(q.pre.rstrip(" 　"))[-1]
        named = _OF_STATE_NOUN_RE.search(own)
        noun = named.group("noun") if named is not None else None
    if not noun or noun in _COPULA_NOUNS or not group:
        return True
    words = "".join(p.noun + p.phrase for p in group.values())
    # a bare head noun (案件) the stock's words hold, or three characters in a row shared
    # (行政 or 案件 alone is shared by 行政赔偿申请, 行政应诉案件 and 行政复议案件)
    return (len(noun) <= 2 and noun in words) or common_substring(noun, words) >= 3


def stock_source(
    lex: Lexicon, bq: BlockQuantities, recent: Sequence[BlockQuantities]
) -> BlockQuantities | None:
    """The earlier paragraph (of ``recent``, nearest first) whose stock a paragraph goes on
    with: its first sentence tells what became of the year's cases — a concluded figure and
    one still open — and counts none that came in, and the earlier paragraph counts cases
    carried in and new ones in that unit (「上年结转…12件，全年新立案150件。」 … an unrelated
    paragraph … 「截至年底，已办结140件，尚有15件正在调查中。」)."""
    end = _SENTENCE_END_RE.search(bq.text)
    first = [
        q for q in bq.quantities if q.kind == "count" and (end is None or q.num_start < end.end())
    ]
    roles = {id(q): _role(lex, q, bq.text) for q in first[:_FIRST_FIGURES]}
    done = [q for q in first[:_FIRST_FIGURES] if roles[id(q)] == "concluded"]
    if not done or "pending" not in roles.values() or "new" in roles.values():
        return _outcome_source(lex, first, recent)
    unit = done[0].unit
    # 「上年结转11件，审结189件，尚未审结16件。」 opening a paragraph: only the new figure
    # is looked for before it
    wanted = {"new"} if "carry" in roles.values() else {"new", "carry"}
    for earlier in reversed(recent):
        have = {
            _role(lex, q, earlier.text)
            for q in earlier.quantities[-_FIRST_FIGURES * 2 :]
            if q.kind == "count" and q.unit == unit and not q.quoted
        }
        if wanted <= have:
            return earlier
    return None


def _outcome_source(
    lex: Lexicon, first: Sequence[Quantity], recent: Sequence[BlockQuantities]
) -> BlockQuantities | None:
    """The earlier paragraph (nearest first) whose intake an outcome opening a paragraph with
    no noun of its own goes on with (「全年共接到投诉举报4,318件。」 … an unrelated paragraph …
    「截至年底，办理完毕4,320件…」): the last figure of that unit there is an intake."""
    if not first or not is_elided_outcome(lex, first[0]) or first[0].depth > 0:
        return None
    unit = first[0].unit
    for earlier in reversed(recent):
        theirs = [
            q
            for q in earlier.quantities
            if q.kind == "count" and q.unit == unit and not q.quoted and q.depth == 0
        ]
        if theirs:
            return earlier if _intake(lex, theirs[-1]) else None
    return None


_SENTENCE_END_RE = re.compile("[。！？!?]")
_FIRST_FIGURES = 6  # figures of a paragraph's first sentence read for a stock's outcome


# a sentence that counts a part of what came in (其中, 涉及, 中, 分别) or another period
_SUBSET_LEAD_RE = re.compile(
    r"其中|涉及|分别|上半年|季度|(?<!截)[至到—\-－~～][0-9]{1,2}月|(?<![0-9])(?:[1-9]|1[01])月(?:底|末)"
)
# 「在行政复议案件中，」 names a part; 「上述案件中，」 names the whole again
_IN_SCOPE_RE = re.compile(r"([^，,；;。]{0,12})(?:中|当中)[，,]")
_WHOLE_AGAIN_RE = re.compile(r"^(?:在)?(?:上述|前述|以上|这些)")


# sentences between what came in and what became of it (a remark such as 「同比增长5%。」 may
# stand between them)
STOCK_GAP = 2


def _bare_carry(lex: Lexicon, q: Quantity) -> bool:
    """Does a carried-in figure name nothing but its carrying (「上年结转7件」「另有上年结转
    11件」): then it counts what the stock counts."""
    noun = q.noun
    for w in _carried_in_words(lex):
        noun = noun.replace(w, "")
    return not re.sub("[另有还共计 　]", "", noun)


def _goes_on_stock(
    text: str,
    group: dict[str, Quantity],
    q: Quantity,
    bare: bool = False,
    carried_out: re.Pattern[str] | None = None,
) -> bool:
    """May the stock begun in an earlier sentence (new and carried in, or new alone in a
    paragraph that says nothing was carried in) go on with a concluded or pending figure of
    a later sentence? Only when that sentence is one of the next two (the pending count: the
    concluded one's or the next), counts the same things and does not name a part of them
    (其中, 在…中 other than 上述/前述) before the figure — unless the 其中 opens a sentence of
    two figures, the second carried out into the next year (``carried_out``: the state split
    of :func:`_state_split_sentence`)."""
    new = group.get("new")
    if new is None:
        return False
    done = group.get("concluded")
    if done is not None and not done.sentence <= q.sentence <= done.sentence + 1:
        return False  # the pending count in the concluded one's sentence or the next
    if "across" not in group and not new.sentence < q.sentence <= new.sentence + STOCK_GAP:
        return False
    if not bare and not any(
        nouns_compatible(p, q) for p in (new, group.get("carry")) if p is not None
    ):
        return False
    start = _sentence_start(text, q.num_start)
    if _SUBSET_LEAD_RE.search(text, start, q.num_start) is not None:
        # 「…共计613件。其中已结案件336件，未结案件27件」: a 其中 opening the sentence with a
        # plain concluded figure splits the whole by its state (concluded, still open), not
        # by a kind of its own
        if _STATE_SPLIT_LEAD_RE.match(text, start) is not None:
            opens = _SPLIT_OPENS_RE.match(text, start)
            after = opens.end() if opens is not None else start
        else:
            after = _state_split_sentence(text, start, carried_out) if carried_out else -1
            if after < 0:
                return False
        start = after  # (its 其中 followed by a comma names no scope: 「其中，答复…75件」)
    return all(
        _WHOLE_AGAIN_RE.match(m.group(1)) for m in _IN_SCOPE_RE.finditer(text, start, q.num_start)
    )


# a sentence opening with 其中 and a plain concluded verb (已结, 审结, 办结) before the noun of
# the stock alone and its figure
_STATE_SPLIT_LEAD_RE = re.compile(
    r"\s*其中[，,：:]?\s*已?(?:办结|审结|结案|已结|执结|结)的?[\u4e00-\u9fff]{0,4}?[0-9]"
)


_SPLIT_OPENS_RE = re.compile(r"\s*其中[，,：:]?")
_DIGITS_RE = re.compile(r"[0-9０-９][0-9０-９,，.．]*")


def _state_split_sentence(text: str, start: int, carried_out: re.Pattern[str]) -> int:
    """「新收…78件，结转上年度办理3件。其中，答复…75件，…，结转下年度继续办理3件。」: a sentence
    opening with 其中 whose two figures are a fate (any verb: 答复, 办理, 办结) and, after it,
    the part carried out into the next year splits the stock by its state — done or still
    open — as 「其中已结案件336件，未结案件27件」 does, not by a kind of its own. Where the
    words after its 其中 start, or -1."""
    m = _SPLIT_OPENS_RE.match(text, start)
    if m is None:
        return -1
    stop = _SENTENCE_END_RE.search(text, m.end())
    end = stop.start() if stop else len(text)
    numbers = list(itertools.islice(_DIGITS_RE.finditer(text, m.end(), end), 3))
    if len(numbers) != 2 or carried_out.search(text, numbers[0].end(), numbers[1].start()) is None:
        return -1
    return m.end()


def _sentence_start(text: str, pos: int) -> int:
    return last_mark(text, "。！？!?", 0, pos) + 1  # (a bisection, not a search per mark)


# the message of a consistent relation that marks the four figures of a year's stock (新收 +
# 结转 = 审结 + 未结), judged by the flow rule whether they balance or not
STOCK = "收结平衡关系"


# the words of a figure that is the year's whole caseload (全年共需办理131件, 合计131件), not
# an outcome (共调结1394件, 共作出决定7件)
_CASELOAD_RE = re.compile(r"(?:需|应|待)(?:办理|审理|处理|办)|共有|合计|共计|总计|总数|总量")


def _caseload(lex: Lexicon, q: Quantity) -> bool:
    """Do a figure's words make it the year's whole caseload: a caseload word, or a total word
    (共, 一共) before a verb of handling a set or none (numbers.toml ``clauses.caseload-verbs``:
    共办理48件 — 共审结45件 is an outcome)?"""
    if _CASELOAD_RE.search(q.pre) is not None:
        return True
    handling = lex.data["clauses"].get("caseload-verbs", ())
    # (共作出予以赔偿决定4件 names an outcome: the words after the total word name no handling)
    return (
        bool(q.total_marker)
        and q.family not in ("concluded", "rejected")
        and (q.verb in handling or q.pre.rstrip(" 　").endswith(q.total_marker))
    )


def _handled_part(
    lex: Lexicon, bq: BlockQuantities, at: int, new: Quantity, carry: Quantity
) -> bool:
    """Is the figure ``bq.quantities[at]``, the year's caseload by a total word and a verb of
    handling alone (共调处191件, not 合计/共需办理), what was handled of the stock rather than
    its sum: it is not the sum of ``new`` and ``carry``, and a figure still open of its unit
    follows in its sentence, neither in its own 其中 list nor after a concluded figure
    (「受理187件，连同上年度结转的12件，共调处191件，其中…；年底仍在调解中的8件」: 187 + 12 =
    191 + 8; 「…共办理48件，已结案45件，尚有3件…」「共调处165件，其中…，尚在调解中的6件」
    are the sum)? Read up to :data:`MAX_OUTCOMES` figures on."""
    q = bq.quantities[at]
    if _CASELOAD_RE.search(q.pre) is not None or _judge_sum(new, carry, q) is None:
        return False
    for p in bq.quantities[at + 1 : at + 1 + MAX_OUTCOMES]:
        if p.sentence != q.sentence:
            return False
        if p.kind != "count" or p.unit != q.unit:
            continue
        role = _role(lex, p, bq.text)
        if role in ("concluded", "new", "carry"):
            return False
        if role == "pending":
            listed = bq.text.rfind("其中", q.end, p.num_start)
            return (
                # (a 其中 list of the figure still going on: the open ones are a part of it)
                (listed < 0 or _STATEMENT_MARK_RE.search(bq.text, listed, p.num_start) is not None)
                and not _SUBSET_LEAD_RE.search(p.pre)
                and not _at_other_time(bq.text, p)
            )
    return False


def _bracketed_for(lex: Lexicon, bq: BlockQuantities, at: int) -> Quantity | None:
    """The figure right after the bracket that holds the carried-in figure
    ``bq.quantities[at]`` (「（含上年结转案件37件）1126件」): of its unit and sentence, of no
    place of its own in the stock, nothing but the bracket's close between them."""
    q = bq.quantities[at]
    if q.depth == 0 or at + 1 >= len(bq.quantities):
        return None
    p = bq.quantities[at + 1]
    if (
        p.kind != "count"
        or p.unit != q.unit
        or p.sentence != q.sentence
        or p.depth != 0
        or _role(lex, p, bq.text)
        or _CLOSE_ONLY_RE.fullmatch(bq.text, q.end, p.num_start) is None
    ):
        return None
    return p


_CLOSE_ONLY_RE = re.compile(r"\s*[）)]\s*")
_INCLUDED_RE = re.compile(r"^[（(]?(?:含|包括|包含|其中)")
_ITEM_GAP_RE = re.compile(r"[^，,；;。！？!?]{0,16}")


def _listed_intake_holds(text: str, received: Sequence[Quantity], q: Quantity) -> bool:
    """「工单共640件，其中平台登记277件、来电登记206件、来信登记157件。…已办结回复485件」: the
    last received figure is one item of a 顿号 run of intake channels, and a later sentence's
    outcome counts them all — it is bounded by the run's sum (not above it: held)."""
    run = [received[-1]]
    for p in reversed(received[:-1]):
        first = run[0]
        if p.block != first.block or not _ITEM_GAP_RE.fullmatch(text, p.end, first.num_start):
            break
        if "、" not in text[p.end : first.num_start]:
            break
        run.insert(0, p)
    if len(run) < 2 or q.sentence == run[-1].sentence:
        return False
    return bounds(q)[0] <= sum(bounds(p)[1] for p in run)


# the next item of a 顿号 list (「、调解结案249件」「和撤回终止12件」)
_LIST_ITEM_RE = re.compile(r"^\s*[、和及与]")
# the words between a figure and the words of the carried-in part of its bracket: the bracket
_BRACKET_OPEN_RE = re.compile(r"\s*[（(]?\s*")
# a bracket opened right after a figure, the words before the next one in it (no clause break)
_BRACKETED_AFTER_RE = re.compile(r"\s*[（(][^（()）,，;；。]*")


# the words between a caseload and its first origin part: a clause break, or a bracket opened
# right after it (其中/含 may lead the bracket)
_ORIGINS_OPEN_RE = re.compile(r"\s*(?:[，,]|[（(]\s*(?:其中|含|包括)?)\s*")
_ORIGINS_NEXT_RE = re.compile(r"\s*[，,、；;]\s*")
# the year an origin part names at its head (2022年办理6件, 本年受理): what came in that year
_YEAR_HEAD_RE = re.compile(r"^(?:[0-9]{4}年度?|本年度?|当年|今年)")
_ORIGIN_MARKS = ("旧存", "结转", "转入")  # (the cheap gate: a carried-in part is named)


def _caseload_origins(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「共受理执行案件4697件，新收4526件，旧存117件」「办理行政复议案件111.5万件（其中新收
    98.5万件，结转15.0万件）」「申请7件（2021年结转办理2件，2022年办理6件）」: a caseload told
    first, its two origins right after it — the cases carried in and this year's new ones, a
    split by nature (numbers.toml ``origin-splits``) — add up to it. In a bracket right after
    the caseload the parts are its own (an error); listed after a comma, a reading (a warning)."""
    text = bq.text
    if not any(w in text for w in _ORIGIN_MARKS):
        return []
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and not q.change]
    out: list[Relation] = []
    for i in range(len(qs) - 2):
        total, a, b = qs[i], qs[i + 1], qs[i + 2]
        if not (total.unit == a.unit == b.unit and total.sentence == a.sentence == b.sentence):
            continue
        opened = _ORIGINS_OPEN_RE.fullmatch(text, total.end, a.num_start - len(a.pre))
        if opened is None or not _ORIGINS_NEXT_RE.fullmatch(text, a.end, b.num_start - len(b.pre)):
            continue
        bracketed = "（" in opened.group() or "(" in opened.group()
        if bracketed != (a.depth == b.depth == total.depth + 1) or (
            not bracketed and not (a.depth == b.depth == total.depth)
        ):
            continue
        role = _role(lex, total, text)
        if role not in ("new", "") or _new_intake(lex, text, total):
            continue
        roles = (_role(lex, a, text), _role(lex, b, text))
        if roles.count("carry") != 1:
            continue
        carry, new = (a, b) if roles[0] == "carry" else (b, a)
        own = new.pre.strip(" 　").removeprefix("其中").removeprefix("含")
        if not (
            (_role(lex, new, text) == "new" and _new_intake(lex, text, new))
            or (bracketed and _YEAR_HEAD_RE.match(own) and _role(lex, new, text) in ("new", ""))
        ):
            continue
        if bounds(new)[0] >= bounds(total)[1]:
            continue  # (not a caseload holding the new ones: another count)
        rel = _judge_sum(new, carry, total)
        if rel is not None:
            out.append(rel if bracketed else replace(rel, severity=Severity.WARNING))
    return out


def _judge_sum(new: Quantity, carry: Quantity, total: Quantity) -> Relation | None:
    low = bounds(new)[0] + bounds(carry)[0]
    high = bounds(new)[1] + bounds(carry)[1]
    if low <= bounds(total)[1] and high >= bounds(total)[0]:
        return None
    came = f"{new.text}＋{carry.text}＝{show(new.value + carry.value, new)}"
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        total.block,
        (total.num_start, total.end),
        tuple(span_of(x) for x in (total, new, carry)),
        code="N102",
        severity=Severity.ERROR,
        message=f"新收加结转{came}，与所说的合计{total.text}不符",
        suggestion="核对新收、结转与合计数字",
    )


def _none_left(lex: Lexicon, text: str, group: dict[str, Quantity]) -> bool:
    """Does a clause of its own, with no figure, after what came in and up to the end of
    the concluded figure's sentence say nothing of the stock is left open (「，年底无未结案件」
    「，已全部审结」, or before the concluded figure: 「新收38件，至年底均已审结，全年共审结
    45件」)? Not when a pending figure is stated."""
    done, new = group["concluded"], group["new"]
    if "pending" in group or "carry" not in group:
        return False  # with no carry-in stated, the outcome split of :mod:`.partition` judges it
    stop = _SENTENCE_END_RE.search(text, done.end)
    came = max(new.end, group["carry"].end)
    start = came if came < done.num_start and done.sentence == new.sentence else done.end
    tail = text[start : stop.start() if stop else len(text)]
    return any(
        clause.strip(" 　")
        and not any(ch.isdigit() or ch in _NUMERALS for ch in clause)
        # a clause of no subject of its own or a time frame (「信访事项均已办结」 tells of
        # other things, 「其中新收案件均已审结」 of a part of the stock)
        and clause.lstrip(" 　").startswith(_NONE_LEFT_LEADS)
        and "其中" not in clause
        and not (new.verb and new.verb in clause)
        and all_concluded(lex, clause)
        for clause in re.split("[，,；;]", tail)[1:]
    )


@lru_cache(maxsize=512)
def all_concluded(lex: Lexicon, words: str) -> bool:
    """「上述申请均已办结」「已全部办结」「年底无在办案件」 between a whole and its 其中 list,
    or the same by its form (「均已在法定时限内办结」「已全部依法作出处理决定」). Kept per
    words: the partition and flow readings ask it of the same stretch of text several times."""
    clauses = lex.data["clauses"]
    if any(w in words for w in clauses.get("none-open", ())):
        return True
    # 「无结转下年度继续办理件」: no case carried into the next year — none left open (a carry
    # word denied by itself, 「上年度无结转」, tells of the year before: not read)
    if "无" in words and _none_carried_out_re(lex).search(words) is not None:
        return True
    for w in clauses.get("all-done", ()):
        at = words.find(w)
        while at >= 0:
            if at == 0 or words[at - 1] not in "不未没非":  # not 未全部办结
                return True
            at = words.find(w, at + 1)
    # 「办结率100%，其中…」: a concluding rate of all (not 按期办结率: all of the concluded on
    # time), told of the whole when its 其中 list follows it; a rate after the figures
    # (「自行处理2276件,派单601件,按时结案597件,…结案率100%」) closes a list of several levels
    rate = _ALL_RATE_RE.search(words)
    if rate:
        after = words[rate.end() :].lstrip(_RATE_TAIL)
        if not after or after.startswith("其中"):
            return True
    # (tried at the characters a word of all begins with: 全, 均…)
    return next(scan(_all_done_re(lex), words), None) is not None


@lru_cache(maxsize=4)
def _none_carried_out_re(lex: Lexicon) -> re.Pattern[str]:
    """无 (没有) right before a word of a carry into the next year (:func:`.common.carried_out_re`:
    结转下年, 转入下一年, 顺延至下年…): nothing is carried out, nothing left open."""
    return re.compile(r"(?:无|没有)(?:" + carried_out_re(lex).pattern + ")")


# a concluding rate of 100% (办结率100%, 审结率达100%), its verb not qualified by a time
# (按期办结率, 及时答复率: a share of the concluded, not of the whole)
# what may stand between that rate and the 其中 list it tells of
_RATE_TAIL = " 　,，;；、"
_ALL_RATE_RE = re.compile(
    r"(?<![期时限速效当])(?:办结|审结|结案|处理|答复|办复)率(?:为|达到|达|是)?\s*100(?:\.0+)?\s*[%％]"
)


@lru_cache(maxsize=4)
def _all_done_re(lex: Lexicon) -> re.Pattern[str]:
    """A word of all and a concluding verb a few words on in its clause (numbers.toml
    ``clauses.all-done-leads``, ``all-done-verbs``), not under a negation (未全部办结)."""
    clauses = lex.data["clauses"]
    leads = "|".join(map(re.escape, clauses.get("all-done-leads", ())))
    verbs = "|".join(map(re.escape, clauses.get("all-done-verbs", ())))
    return re.compile(
        rf"(?<![未不没非])(?:{leads})(?:已经|已|于|在|能|得到|依法|按期|及时)?"
        rf"[^，,；;。：:！？0-9０-９未不没]{{0,12}}?(?:{verbs})"
    )


_NUMERALS = "零〇一二两三四五六七八九十百千万"
_NONE_LEFT_LEADS = (
    "已",
    "均",
    "全部",
    "都",
    "并",
    "且",
    "年底",
    "年末",
    "截至",
    "截止",
    "至",
    "无",
    "没有",
)


# a carry word alone in its clause, no direction named (「，结转4件」)
_BARE_CARRY_RE = re.compile(r"(?:另|还|并|共)?(?:有)?结转")


def _judge_carried_out(group: dict[str, Quantity]) -> Relation | None:
    """The concluded and the carried-out figures (a bare 结转 read by its place) against what
    came in, no carried-in figure told: more than it is a warning — cases of an earlier year,
    unsaid, may be among them."""
    new, done, left = group["new"], group["concluded"], group["pending"]
    if bounds(done)[0] + bounds(left)[0] <= bounds(new)[1]:
        return None
    summed = show(done.value + left.value, done)
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        left.block,
        (done.num_start, left.end),
        tuple(span_of(x) for x in (done, left, new)),
        code="N101",
        severity=Severity.WARNING,
        message=f"办结{done.text}与结转{left.text}合计{summed}（{done.number}+{left.number}），"
        f"多于收到的{new.text}（文中未说上年结转）",
        suggestion="核对收到、办结与结转数字；如含上年结转，请在文中说明",
    )


def _judge_left_over(group: dict[str, Quantity], no_carry: bool) -> Relation | None:
    """What is left open at the year's end (结转下年度, 尚未办结) told with what came in and no
    concluded figure: it cannot exceed what came in and what was carried in (「收到3件，上年结
    转0件，结转下年度继续办理5件」). With the carried-in figure stated, or denied (上年无结转),
    an error; with it unsaid, a warning (cases of an earlier year may be open too)."""
    new, pending = group["new"], group["pending"]
    carry = group.get("carry")
    in_high = bounds(new)[1]
    if carry is not None and "included" not in group:
        in_high += bounds(carry)[1]
    if bounds(pending)[0] <= in_high or "caseload" in group:
        return None
    if carry is None and no_carry:
        came, severity = f"{new.text}（文中说明无上年结转）", Severity.ERROR
    elif carry is None:
        came, severity = f"{new.text}（文中未说上年结转）", Severity.WARNING
    elif "included" in group:
        came, severity = f"{new.text}（含结转{carry.text}）", Severity.ERROR
    else:
        came = f"{new.text}＋{carry.text}＝{show(new.value + carry.value, new)}"
        severity = Severity.ERROR
    if "across" in group:
        severity = Severity.WARNING
    spans = tuple(span_of(x) for x in (pending, new, *((carry,) if carry else ())))
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        pending.block,
        (pending.num_start, pending.end),
        spans,
        code="N101",
        severity=severity,
        message=f"年底尚未办结（结转）的{pending.text}多于新收与结转之和（{came}）",
        suggestion="核对新收、结转与尚未办结的数字",
    )


def _judge_balance(group: dict[str, Quantity], none_left: bool = False) -> Relation | None:
    """The year's stock (``none_left``: the text says nothing is left open, so the pending
    figure is nought)."""
    new, done = group["new"], group["concluded"]
    carry = group.get("carry")
    pending = group.get("pending")
    # told over two sentences (「新收86件，上年结转12件。截至年底，审结90件…」): a reading
    severity = Severity.WARNING if "across" in group or "caseload" in group else Severity.ERROR
    in_low, in_high = bounds(new)
    if carry is not None and "included" not in group:
        # 收到548件（含上年结转12件）: the caseload is 548
        in_low += bounds(carry)[0]
        in_high += bounds(carry)[1]
    out_low = bounds(done)[0] + (bounds(pending)[0] if pending else Decimal(0))
    out_high = bounds(done)[1] + (bounds(pending)[1] if pending else Decimal(0))
    if carry is None:  # 「上年度无结转申请」: what came in is the new figure alone
        if pending is None:
            return None
        came = f"{new.text}（文中说明无上年结转）"
    elif "included" in group:
        came = f"{new.text}（含结转{carry.text}）"
    else:
        came = f"{new.text}＋{carry.text}＝{show(new.value + carry.value, new)}"
    spans = tuple(
        span_of(x)
        for x in (done, new, *((carry,) if carry else ()), *((pending,) if pending else ()))
    )
    if pending is None:
        if out_low <= in_high and not (none_left and out_high < in_low):
            return None
        if out_low <= in_high:
            # 「上年结转23件，新收412件，审结430件，年底无未结案件」: 435 came in, 430 went
            return Relation(
                "partition",
                Verdict.CONTRADICTION,
                done.block,
                (done.num_start, done.end),
                spans,
                code="N102",
                severity=Severity.WARNING,
                message=f"收结不平衡：新收加结转{came}，"
                f"而文中说明已全部办结（无未结），办结{done.text}应与之相等",
                suggestion="核对新收、结转与办结数字，或说明尚未办结的数量",
            )
        return Relation(
            "partition",
            Verdict.CONTRADICTION,
            done.block,
            (done.num_start, done.end),
            spans,
            code="N101",
            severity=severity,
            message=f"办结{done.text}多于新收与结转之和（{came}）",
            suggestion="核对新收、结转与办结数字",
        )
    if out_low <= in_high and out_high >= in_low:
        # the four figures balance: no other reading of them (a total and its parts) stands
        return _balanced(done, spans)
    if "bracketed" in group and "included" not in group:
        # the bracket's carried-in part read as held in the intake before it: it balances
        new_low, new_high = bounds(new)
        if out_low <= new_high and out_high >= new_low:
            return _balanced(done, spans)
    went = f"{done.text}＋{pending.text}＝{show(done.value + pending.value, done)}"
    return Relation(
        "partition",
        Verdict.CONTRADICTION,
        done.block,
        (done.num_start, done.end),
        spans,
        code="N102",
        severity=severity,
        message=f"收结不平衡：{'新收' if carry is None else '新收加结转'}{came}，"
        f"办结加未结{went}，两者应相等"
        + (
            f"（若括号中的结转已含在{new.text}中，也不等于{new.text}）"
            if "bracketed" in group and "included" not in group
            else ""
        ),
        suggestion="核对新收、结转、办结与未结数字",
    )


_PENDING_REST_RE = re.compile(
    r"[^。；;]{0,4}?(?:其余|剩余|尚有|余下)[^，,；;。]{0,6}?(?:正在|仍在|尚在|待|未)"
)


def _remainder_pending(text: str, q: Quantity) -> bool:
    """「已查结6483起，其余案件正在调查中」: the rest of the whole is still open."""
    return _PENDING_REST_RE.match(text, q.end, q.end + 24) is not None


_CLAUSE_AFTER = re.compile("[，,；;。]")
# a 、 after a figure that joins another figure of the clause to it (「受理16件、不予受理2件」):
# the words from there are that figure's own, not a qualifier of this one
_SIBLING_AFTER = re.compile("、[^，,；;。]*?[0-9０-９]")


def _restage(lex: Lexicon, text: str, q: Quantity) -> Quantity:
    """A figure whose own clause ends with a refusal (对不符合受理条件的3件依法作出不予受理
    决定) is a refusal, whatever verb its words before it name."""
    stop = _CLAUSE_AFTER.search(text, q.end)
    after = text[q.end : stop.start() if stop else len(text)]
    if sibling := _SIBLING_AFTER.search(after):
        after = after[: sibling.start()]
    rejected = verbs_of(lex, "rejected")

    composition = after.lstrip(" 　").startswith(
        ("（含", "(含", "（其中", "(其中", "（包括", "(包括")
    )
    if q.family != "rejected" and not composition and any(v in after for v in rejected):
        return _replace(q, family="rejected", inherited=True)  # its words qualify it
    if q.family not in FLOW_STAGES:
        verb = _concluded_after(lex, text, q)
        if verb:
            return _replace(q, family="concluded", verb=verb, inherited=True)
        verb = _stage_after(lex, text, q, "accepted") or _all_accepted_after(lex, text, q)
        if verb:
            return _replace(q, family="accepted", verb=verb, inherited=True)
        m = _CONCLUDING_RE.search(q.pre)
        if m is not None:
            return _replace(q, family="concluded", verb=m.group(0), inherited=True)
        m = _DECIDED_RE.search(q.pre)
        if m is not None and not _NOT_DECIDED_RE.search(m.group(0)):
            # 「作出复议决定的98件」「作出行政处罚决定436件」: a decision, whatever its kind
            return _replace(q, family="concluded", verb=m.group(0), inherited=True)
    return q


# a statement's end, and the words that make a figure a part of, or an addition to, the one
# before it (其中网上申请50件, 另计邮寄申请5件)
_STATEMENT_MARK_RE = re.compile("[；;。]")
_PART_WORD_RE = re.compile("其中|另|含|包括")


def _kind_between(text: str, p: Quantity, q: Quantity) -> bool:
    """Does ``q`` carry the noun of a figure told after ``p`` in a statement of its own,
    another kind of ``p``'s head (「受理价格类投诉158件，全部办结；处理产品质量类投诉264件，
    办结259件」: 259 of the 质量类投诉, nothing of the 价格类)? Not the noun of a part or an
    addition (其中网上申请, 另计邮寄申请): those are of ``p``'s things."""
    if not q.inherited or p.inherited or not p.noun or not other_kind(p.noun, q.noun):
        return False
    between = text[p.end : q.num_start]
    return bool(_STATEMENT_MARK_RE.search(between)) and not _PART_WORD_RE.search(between)


def _closes_filed(lex: Lexicon, q: Quantity) -> bool:
    """Does ``q``'s verb close only what was filed or accepted (结案, 审结: numbers.toml
    ``clauses.filed-closing``), not whatever was received (办结, 答复)?"""
    return q.family == "concluded" and any(
        w in q.verb for w in lex.data["clauses"].get("filed-closing", ())
    )


def _grant_decision(lex: Lexicon, q: Quantity) -> bool:
    """Is ``q`` a decision granting an application (准予登记, 核准登记: its verb opens with a
    word of numbers.toml ``clauses.grant-words`` or ``grant-decisions``)? A grant needs an
    accepted application: what was closed before acceptance (告知) explains none of it."""
    clauses = lex.data["clauses"]
    return q.family == "concluded" and q.verb.startswith(
        (*clauses.get("grant-words", ()), *clauses.get("grant-decisions", ()))
    )


# 「对139件申请作出答复」「对其中12件依法审结」「对符合条件的1541件申请予以受理」: 对, maybe a
# 的-clause qualifying the figure, the figure, and the verb of a stage after it
_OBJECT_LEAD_RE = re.compile(
    r"(?:^|[，,；;。]|[\u4e00-\u9fff])对(?:其中|[^，,；;。对的0-9]{1,16}的)?$"
)
# 「作出给予法律援助的决定」: a decision on the figure's matters, told after it
_DECISION_AFTER_RE = re.compile(r"作出[^，,；;。0-9]{0,12}?决定")


def _stage_after(lex: Lexicon, text: str, q: Quantity, family: str) -> str:
    """The verb of the stage ``family`` (concluded, accepted) of a figure's own clause that
    follows it as its object (「全年共对139件申请作出答复」「对符合条件的1541件申请予以受理」),
    or ""."""
    lead = q.pre.rstrip(" 　")
    if q.family in FLOW_STAGES or not (
        # 「其余52件全部按时答复」: the rest of a stock, its stage told after it
        _OBJECT_LEAD_RE.search(lead)
        or (family == "concluded" and (_REST_LEAD_RE.search(lead) or _opens_clause(text, q)))
    ):
        return ""
    stop = _CLAUSE_AFTER.search(text, q.end, q.end + 40)
    after = text[q.end : stop.start() if stop else min(len(text), q.end + 40)]
    if _NOT_DECIDED_RE.search(after):
        return ""
    for v in verbs_of(lex, family):
        if v in after:
            return v
    if family == "concluded" and (m := _DECISION_AFTER_RE.search(after)):
        return m.group(0)
    return ""


# the clause right after a figure that ends its own: 「…的34087件，已全部受理；」
_NEXT_OWN_CLAUSE_RE = re.compile(
    r"[，,]\s*(?P<clause>[^，,；;。！？!?：:0-9０-９]{2,12})(?=[，,；;。！？!?]|$)"
)
_ALL_FILLERS_RE = re.compile(r"(?:已经|已|均|全部|都|悉数|全数|一律|予以|依法|及时|了)")


def _all_accepted_after(lex: Lexicon, text: str, q: Quantity) -> str:
    """The accepting verb of a clause of its own right after a figure of no stage that says
    all of it was accepted and nothing else (「属于本部门职责范围的34087件，已全部受理；」): the
    figure is then what was accepted. Only a word of all (numbers.toml
    ``clauses.all-done-leads``), adverbs and the verb; else ""."""
    m = _NEXT_OWN_CLAUSE_RE.match(text, q.end)
    if m is None:
        return ""
    clause = m.group("clause")
    if not any(w in clause for w in lex.data["clauses"].get("all-done-leads", ())):
        return ""
    rest = _ALL_FILLERS_RE.sub("", clause)
    if rest not in verbs_of(lex, "accepted"):
        return ""
    # (with a carry-in told, what was accepted may hold last year's cases too)
    return "" if speaks_of_carry_over(lex, text) else rest


def _opens_clause(text: str, q: Quantity) -> bool:
    """「…（包含上年结转76件），1646件已按规定…予以答复」: a figure with no words before it in
    its clause, after a comma, its stage told after it as its subject."""
    return not q.pre.strip(" 　") and q.pre_start > 0 and text[q.pre_start - 1] in "，,"


def _concluded_after(lex: Lexicon, text: str, q: Quantity) -> str:
    return _stage_after(lex, text, q, "concluded")


# 作出…决定 / 作出复查意见 / 作出审查结论: what a review ends in is made (作出) by its form,
# whatever the review's name
_DECIDED_RE = re.compile(r"作出[\u4e00-\u9fff]{0,8}?(?:决定|意见|结论)(?:的|书)?$")
_NOT_DECIDED_RE = re.compile(r"不予|不|驳回|终止|撤销")


# a verb no list names that concludes by its form: 查结, 调结, 已结 — a character and 结 right
# before the figure (not 总结, 团结, 冻结, 归结…, and not 未结 / 不结); or a reply right before
# it (已书面回复11份: not 未回复, 待回复 — 回复 after a figure, 「…均在时限内回复群众」, names
# no stage of it)
_CONCLUDING_RE = re.compile(
    r"(?:(?<![未不没尚])[^总团连冻归缔凝纠终未不没\W\d]结|(?<![未不没尚待])回复)$"
)


# 「审结61件，尚有7件正在审理中」: a figure still open, named beside the concluded ones
_OPEN_REST_RE = re.compile(r"(?:尚有|另有|还有|仍有|另外|另|尚)$")
# (a time frame may open the rest's clause: 「截至年底剩余41件正在按程序办理」)
_REST_LEAD_RE = re.compile(
    r"(?:^|[，,；;：:])(?:(?:截至|截止|到|至)?(?:年底|年末|目前|12月底|12月31日|本年底)(?:时)?)?"
    r"(?:余下|其余|剩余)(?:的)?$"
)
_STATEMENT_STOP_RE = re.compile("[；;。！？!?]")
_REST_STATE_REACH = 60  # characters after the rest read for its state
_CLAUSE_END_RE = re.compile("[，,；;。]")


@lru_cache(maxsize=4)
def _carried_in_words(lex: Lexicon) -> tuple[str, ...]:
    """Words of a figure carried in that no pending word holds (「加上上年未结的14件」: still
    open a year ago, carried in now; not 结转, which 结转下年 holds)."""
    clauses = lex.data["clauses"]
    return tuple(w for w in clauses["carry-in"] if not any(w in p for p in clauses["pending"]))


@lru_cache(maxsize=4)
@lru_cache(maxsize=4)
def _pending_noun_re(lex: Lexicon) -> re.Pattern[str]:
    """A pending word naming the counted things just before the figure (「尚有各类未结案2453件」
    「未结案件24件」: a pending word, then a short noun, no verb)."""
    words = sorted(lex.data["clauses"]["pending"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?:案件|案|事项|件)$")


_OWN_LEADS_RE = re.compile(r"^(?:其余|剩余|余下|另有|另|尚有|还有|共|均|已|并|依法)*")


def _carried_out_clause(lex: Lexicon, q: Quantity) -> bool:
    """Does the figure's own clause open with a word carrying it into the next year (a pending
    word of numbers.toml ``clauses.pending`` holding a carry word: 结转下年, 结转至下一年),
    whatever follows it (「结转下年度继续办理61件」「结转至下年度办理2件」)? Such cases came in
    and are still open at the year's end."""
    own = _OWN_CLAUSE_SPLIT_RE.split(q.pre)[-1].strip(" 　(（")
    lead = _OWN_LEADS_RE.match(own)
    own = own[lead.end() :] if lead else own
    return carried_out_re(lex).match(own) is not None


def _pending_words(lex: Lexicon) -> tuple[str, ...]:
    """numbers.toml ``clauses.pending`` as a tuple (for one ``str.endswith`` of them all)."""
    return tuple(lex.data["clauses"]["pending"])


_OWN_CLAUSE_SPLIT_RE = re.compile(r"[，,；;。：:]")


def _is_open(lex: Lexicon, text: str, q: Quantity) -> bool:
    """:func:`_open_now`, kept with the figure for its text: asked of the same figure by the
    stock's roles, its fates and the open rest (each rule once for every figure)."""
    kept = q.__dict__.get("_is_open")
    if kept is not None and kept[0] is text and kept[1] is lex:
        return kept[2]
    found = _open_now(lex, text, q)
    q.__dict__["_is_open"] = (text, lex, found)
    return found


def _open_now(lex: Lexicon, text: str, q: Quantity) -> bool:
    """Is the figure the part still open: 尚有/另有 before it (or no words of its own but a
    time frame: 「截至年底，9件在法定期限内办理」) and a still-going state after it in its
    clause (a pending word of numbers.toml ``clauses.pending``, or by its form: 在审理期限内,
    处于调查阶段, 正在…, …中)?"""
    pre = q.pre.rstrip(" 　")
    if _carried_to_later_year(lex, text, q):
        return True  # 「（2025年）结转至2026年继续办理1件」: into a year after the text's
    if _at_other_time(text, q):
        return False  # 「截至6月底，尚有40件…」「上年同期尚有…」: open at another time
    if _carried_out_clause(lex, q):
        return True  # 「结转下年度继续办理61件」: carried into the next year, still open
    if _REST_LEAD_RE.search(pre):
        # 「余下16件因涉及多部门职责，已转入下年度继续办理」: the rest, whose statement tells
        # its state in a later clause
        reach = min(len(text), q.end + _REST_STATE_REACH)
        stop = _STATEMENT_STOP_RE.search(text, q.end, reach)
        tail = text[q.end : stop.start() if stop else reach]
        # the state a pending word says, or one told by its form right after the figure
        # (「剩余41件正在按程序办理」)
        return (
            any(w in tail for w in lex.data["clauses"]["pending"])
            or _still_going(lex, text, q) is not None
            # 「剩余6件转2023年办理」「其余4件结转2025年继续办理」: carried on into a year
            # later than the one the text last named before the figure
            or _tail_to_later_year(lex, text, q, tail)
        )
    if not _OPEN_REST_RE.search(pre):
        # 「仍在办理中的15件」「未办结的3件」: a 的-phrase of a pending state names the figure
        own = _OWN_CLAUSE_SPLIT_RE.split(pre)[-1]
        # 「尚在审理期限内的案件34件」: the 的-phrase with the head noun after it
        named = _OF_STATE_NOUN_RE.search(own)
        if named is not None and _STILL_IN_RE.search(own, 0, named.start() + 1) is not None:
            own = own[: named.start() + 1]
        if not own.endswith("的"):
            bare = own.strip(" 　")
            # 「已办结296件，正在办理17件」: the clause's words are a pending state alone
            # (「正在办理中0.09万件」: the state with its 中)
            state = bare.removesuffix("中")
            # (one endswith of them all first: most figures' words end with none)
            lead = (
                next((w for w in lex.data["clauses"]["pending"] if state.endswith(w)), None)
                if state.endswith(_pending_words(lex))
                else None
            )
            if (
                lead is not None and _OPEN_LEAD_RE.fullmatch(state[: -len(lead)]) is not None
            ) or _STILL_ALONE_RE.fullmatch(bare) is not None:
                return not any(w in bare for w in _carried_in_words(lex))
            return (not bare or _FRAME_ONLY_RE.fullmatch(bare) is not None) and _still_going(
                lex, text, q
            ) is not None
        clauses = lex.data["clauses"]
        own = _at_concluded(own)
        return (
            any(w in own for w in clauses["pending"]) or _STILL_IN_RE.search(own) is not None
        ) and not any(w in own for w in _carried_in_words(lex))
    return _still_going(lex, text, q) is not None


# another time than the year's end: another year, a comparison, a part of the year, a month
# before the twelfth (截至6月底; not 12月31日). (The month's digits come before the look back
# at the character before them: a look back opening a branch is tried at every character.)
_OTHER_TIME_RE = re.compile(
    r"上年|去年|前年|上一年|同期|上半年|季度|[1-9１-９](?<![0-9０-９].)月|1[01](?<![0-9０-９]..)月"
)
# in the figure's own words: the cases of one year (「2023年受理的未结案件」), a part of what
# is open
_ONE_YEAR_RE = re.compile(rf"{YEAR_ASCII}年度?(?:以前|之前|前)?(?:受理|新收|立案|收到|发生|结转)")
_CLAUSE_STOP_BACK = "，,；;。！？!?"


def _told_open(lex: Lexicon, q: Quantity) -> bool:
    """Do the figure's own words say it is left open — carried out to the next year or not
    concluded (结转下年度继续办理, 尚未审结) — rather than a state that may be the year's
    caseload (「全年在办案件147件」)?"""
    return "未" in q.pre or carried_out_re(lex).search(q.pre) is not None


def _at_other_time(text: str, q: Quantity, closing: frozenset[int] = frozenset()) -> bool:
    """Do the figure's words, or the clause before them in its sentence (「截至6月底，」),
    name another time than the year's end? Not a clause closed by a figure of its own (its
    end in ``closing``): 「上年结转申请0件，结转下年度继续办理5件」 — 上年 is that figure's."""
    if _OTHER_TIME_RE.search(q.pre) or _ONE_YEAR_RE.search(q.pre):
        return True
    if not text or q.pre_start < 2:
        return False
    # the clause before the figure's own one (at most 40 characters back)
    stop = q.pre_start - 1
    if text[stop] not in "，," or stop in closing:
        return False  # the figure's clause opens its sentence (or a list)
    floor = max(0, stop - 40)
    back = last_mark(text, _CLAUSE_STOP_BACK, floor, stop)
    return _OTHER_TIME_RE.search(text, back + 1 if back >= 0 else floor, stop) is not None


# a still-going state told right after a figure (the words before it name what is counted,
# 「另有3件信访事项在办」): 在审理期限内, 处于调查阶段, 正在办理中, 仍在调解, 在办, 审理中
_STILL_GOING_RE = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{0,8}?)(?:均|仍|尚|还|正|都)?(?:"
    r"(?:在|处于)[\u4e00-\u9fff]{0,10}?(?:期限|期间|时限|时效|期)内"
    r"|处于[\u4e00-\u9fff]{1,10}?(?:阶段|程序|状态|过程|环节)"
    r"|(?<=[正仍尚还])在[\u4e00-\u9fff]{1,8}"
    # (「另有4件尚未开庭审理」: a step not yet taken)
    r"|(?<=[仍尚还])未[\u4e00-\u9fff]{1,8}"
    r"|在(?:办|审|查|处理|办理|审理|调查|调解|审查|核查|复查)(?![中心室站所])"
    r"|[\u4e00-\u9fff]{0,6}?(?:办理|审理|调查|调解|处理|审查|核查|查处|复查)中(?!心)"
    r")"
)
# the words of a figure that are only a time frame (截至年底, 目前, 年末)
# what may stand before a pending word that is a figure's whole clause (尚未办结12件)
_OPEN_LEAD_RE = re.compile(r"(?:目前|年底|年末)?(?:尚|仍|还)?(?:有)?")
_FRAME_ONLY_RE = re.compile(
    r"(?:截至|截止|到|至)?(?:年底|年末|目前|当前|报告期末|12月底|12月31日|本年底)(?:前|时)?"
)


def _still_going(lex: Lexicon, text: str, q: Quantity) -> str | None:
    """The noun between a figure and the still-going state after it in its clause ("" when
    the state follows the unit), or None when its clause tells no such state."""
    stop = _CLAUSE_END_RE.search(text, q.end)
    after = text[q.end : stop.start() if stop else len(text)].lstrip(" 　")
    # (the first place any still-open word stands: one search of their alternation, where a
    # ``find`` of each word was)
    pending = _pending_re(lex).search(after)
    if pending is not None:
        words = after[: pending.start()]
    else:
        m = _STILL_GOING_RE.match(after)
        if m is None:
            # 「尚有58件因涉及历史遗留问题正在协调办理」: a reason between the figure and its
            # state, the state an adverb and 在/处于 after it (the reason names no noun)
            reason = _REASON_RE.match(after)
            if reason is None or _STILL_GOING_RE.match(after, reason.end()) is None:
                return None
            return ""
        words = m.group("noun")
    # the noun is what comes before an adverb or a reason (「9件因在答复期内结转下一年度」)
    return _NOUN_STOP_RE.split(words, maxsplit=1)[0]


# a reason after a figure up to a still-going state (因涉及多部门职责正在…, 由于…仍处于…)
_REASON_RE = re.compile(r"(?:因为|由于|因)[\u4e00-\u9fff、]{1,16}?(?=[正仍尚还](?:在|处于))")


# (将/拟/需: a future or need before the state, 「78件将结转至下一年度」; 依法/依规: the
# manner of it, 「尚未审结的124件依法结转下一年度」)
_NOUN_STOP_RE = re.compile("[因在处正仍尚还均都已由经于按系待未将拟需]|依(?:法|规|照|据)")


# the head noun after a 的-phrase of state (「…的案件」「…的复议申请」), at most six characters,
# before a copula (「尚未审结的案件为95件」)
_OF_STATE_NOUN_RE = re.compile(r"的(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:为|是|达|有|共|计|共计)?$")
# a copula or 有 read as that noun (「尚未结案的有123件」): no noun of other things
_COPULA_NOUNS = frozenset({"为", "是", "达", "有", "共", "计"})
# 「尚在调解中的」「仍在核查中的」「尚在审理的」: a state still under way, whatever its verb;
# 「尚在法定时限内办理的」「仍在承诺期限内处理的」: within a term still running, maybe a verb
# of handling after it
_STILL_STATE = (
    r"(?:尚|仍|还|正)在(?:[\u4e00-\u9fff]{0,10}?(?:期限|期间|时限|时效)内[\u4e00-\u9fff]{0,4}?"
    r"|[\u4e00-\u9fff]{1,6}?)(?:中|之中|过程中)?"
)
_STILL_IN_RE = re.compile(_STILL_STATE + "的$")
# 「…，尚在审理中1件」「，仍在调查中10起」: a clause whose words are that state alone, a time
# frame before it at most, names the open part as a pending word does
_STILL_ALONE_RE = re.compile(rf"(?:{_FRAME_ONLY_RE.pattern}[，,]?)?{_STILL_STATE}")


# the words between a stage figure and the first outcome of the next sentence that names
# the stage's set again: 「。这些案件中，作出复议决定」「；上述申请中，已办结」
_AGAIN_GAP_RE = re.compile(
    r"^[^，,；;。]{0,6}[。；;]\s*(?:在)?(?:这些|上述|以上|前述)[^，,；;。]{0,12}?(?:中|当中)[，,]"
    r"[^，,；;。]*$"
)


# the words between a whole closing its sentence and the run of fates opening the next: one
# full stop, no figure, no part (其中) nor another set (另), a short way at most
# (nor a clause saying all of it is done: 均已审结) and the next sentence opens with no scope of
# another set (「对历年积存的案件，」「…案件中，」) nor points back (「上述45件案件中」: the whole
# told again, 「这31起中」: read by _AGAIN_GAP_RE)
_NEXT_SENTENCE_GAP_RE = re.compile(
    r"^(?:(?!其中|另|均|全部)[^。；;！？!?0-9０-９])*。"
    r"(?!对)(?:(?!其中|另|中[，,]|上述|以上|前述)[^。；;！？!?0-9０-９])*(?<![这该此])$"
)
_NEXT_SENTENCE_GAP = 80  # characters


# 「接收诉求318件，按职责分流至相关部门办理；已办结296件，…」: the whole's statement may
# end with a clause of how it was handled and a semicolon before what became of it (the
# fates may open with the date they are counted at: 「…56起；截至年底，已结案41起，…」)
_WHOLE_GAP_RE = re.compile(
    r"^[^，,；;。]*(?:[，,][^，,；;。0-9０-９]*)?[；;]"
    r"(?:(?:截至|截止|截止到|到)[^，,；;。]{1,12}?(?:底|末|日|为止)[，,])?[^，,；;。]*$"
)
# the words between two figures of a run of fates: the next clause, or the next item of a
# 顿号 list of outcomes; between the whole and the first fate, a clause break
_FATE_GAP_RE = re.compile(r"^[^，,；;。]*[，,、]")
# a set named in the words before a fate (职责范围内的投诉, 其中, 在…中) or pointed back at
# (上述应查处事项: :func:`_pointed_whole`)
_SCOPE_WORDS_RE = re.compile("[的中]|上述|前述|以上|这些")
# between the last fate and the open part that names itself the rest (另有, 尚有, 还有)
_OPEN_REST_GAP_RE = re.compile(r"^[^，,；;。]*[；;]\s*(?:另有|尚有|还有|仍有)$")
_CLAUSE_GAP_RE = re.compile(r"^[^，,；;。、]*[，,]")
# a clause naming a way of classing (按结案方式分，从案件类型看，): the figures after it split
# the one before it
_DIMENSION_GAP_RE = re.compile(
    r"[，,；;：:](?:按|按照|从)[\u4e00-\u9fff]{1,8}(?:分|划分|分类|统计|看|来看)[，,：:]"
)


@lru_cache(maxsize=4)
def _before_acceptance_re(lex: Lexicon) -> re.Pattern[str]:
    """Words of matters closed before acceptance (numbers.toml ``clauses.pre-acceptance``:
    案前, 驳回, 撤回…), but for those whose matters are never an outcome of the intake
    (不予受理, 告知)."""
    words = sorted(
        (w for w in lex.data["clauses"]["pre-acceptance"] if w not in ("不予受理", "告知")),
        key=lambda w: (-len(w), w),
    )
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _closed_untold(
    text: str, before: re.Pattern[str], qs: list[Quantity], run: list[Quantity], whole: Quantity
) -> bool:
    """Does the text speak of matters closed before acceptance that no fate of the run's
    sentence and unit counts? A word of them in the own clause of such a figure (「裁定驳回
    起诉7件」「撤诉6件」), not the whole, is a fate told with its count (in this run or a
    sibling one), not closures left out of the run that could explain more fates than the
    whole (「立案前经调解撤回的另有74件」 as the whole still does). A run holding a total of its
    own (共计审结150件) is not read so: its figures are not one fate a clause."""
    if any(x.total_marker for x in run):
        return True
    q = run[-1]
    counted = [
        (x.pre_start, x.num_start)
        for x in qs
        if x.sentence == q.sentence and x.unit == q.unit and x is not whole
    ]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in counted) for m in scan(before, text)
    )


def _fates_after_open(lex: Lexicon, text: str, qs: list[Quantity], i: int) -> list[Quantity]:
    """「兴庆区法院受理38件，未结17件，裁定驳回起诉7件，撤诉6件，…中止1件；」: the open part
    told right after the whole, the figures after it in its statement, one a clause in its
    unit, are the other fates of that whole by their place, whatever their words (撤诉, 驳回,
    移送, 中止 are no stage of a list). The run stops at a figure of a stage (a concluded
    total may be split by the figures after it; an intake opens another set), an open one, a
    part (其中), a way of classing, a gap holding another figure (a rate) or any mark but a
    comma."""
    q = qs[i]
    out: list[Quantity] = []
    last = q
    for r in qs[i + 1 : i + 1 + WINDOW]:
        gap = text[last.end : r.num_start]
        if (
            r.sentence != q.sentence
            or r.unit != q.unit
            or r.family not in ("", "other")
            or r.total_marker
            or not _CLAUSE_GAP_RE.match(gap)
            or "其中" in gap
            or _DIGIT_RE.search(gap)
            or _DIMENSION_GAP_RE.search(gap)
            or _is_open(lex, text, r)
        ):
            break
        out.append(r)
        last = r
    return out


_DIGIT_RE = re.compile(r"[0-9０-９]")


def _counted_whole(p: Quantity) -> bool:
    """A set counted whole (共, 合计) with no stage of intake or conclusion: 「行政复议案件共14件」
    「应诉案件共23件」「检查共发现隐患1,147处」 (a verb of another act before the total word
    does not make its figure a stage)."""
    return bool(p.total_marker) and p.family in ("", "other")


def _no_stage_between(window: Sequence[Quantity], opener: Quantity, last: Quantity) -> bool:
    """Do the figures after the list's opener, up to its last part, name no stage of their own
    (its parts, not another intake or outcome the fates could be of)?"""
    return all(
        x.family in ("", "other")
        for x in window
        if opener.num_start < x.num_start <= last.num_start
    )


def _open_fates(lex: Lexicon, bq: BlockQuantities, reported: set[int]) -> list[Relation]:
    """「受理148起，调解成功121起，终止调解的19起，尚在调解中的5起」: a run of clauses, each
    with one figure, that ends with the part still open tells what became of the whole
    before it; the run should add up to that whole. Whatever the verbs, the run is read
    only when its figures follow the whole clause by clause (no 其中, no brackets, one unit,
    one sentence); it is a warning, since an outcome may go unnamed."""
    out: list[Relation] = []
    text = bq.text
    before = _before_acceptance_re(lex)
    # (and the part carried into the next year told in the bracket of the concluded figure:
    # 「完成62件(结转至下年度办理2件)」, :func:`_bracket_carried_out`)
    inner: dict[int, Quantity] = {}
    qs = []
    for k, q in enumerate(bq.quantities):
        if q.kind != "count" or q.quoted or per_or_change(lex, q):
            continue
        if q.depth == 0:
            qs.append(q)
        elif (done := _bracket_carried_out(lex, text, bq.quantities, k)) is not None:
            inner[id(q)] = done
            qs.append(q)
    for i, q in enumerate(qs):
        if q.end in reported or not _is_open(lex, text, q):
            continue
        run = [q]
        whole = None
        for p in reversed(qs[max(0, i - WINDOW) : i]):
            if run[0].depth:
                if inner.get(id(run[0])) is not p:
                    break
                run.insert(0, p)  # the concluded figure whose bracket tells the open part
                continue
            if p.depth:
                continue  # (read only as the open part, as before: the figures outside)
            gap = text[p.end : run[0].num_start]
            # 「受理296件。这些案件中，作出复议决定281件，…」: the next sentence names it again
            again = p.family in ("received", "accepted") and _AGAIN_GAP_RE.match(gap) is not None
            # 「…案件共14件，主要集中在…领域。经复议机关审理，维持9件、…，尚在审理中1件」: the
            # whole closes the sentence before the run's, the words between naming no figure
            again = again or (
                len(run) > 1
                and p.sentence == q.sentence - 1
                and run[0].sentence == q.sentence
                and (p.family in ("received", "accepted") or _counted_whole(p))
                and len(gap) <= _NEXT_SENTENCE_GAP
                and _NEXT_SENTENCE_GAP_RE.match(gap) is not None
            )
            if (p.sentence != q.sentence and not again) or p.unit != q.unit:
                # 「共发生矛盾纠纷38件，其中…纠纷14件，一般纠纷24件。已成功调解37件，正在调处中
                # 的纠纷3件」: the sentence before closes with the 其中 list of a set counted
                # whole: its fates are of that set, not of the list's last part (a list of
                # kinds: parts told by a stage, 其中受理…不予受理…, split it by stage, and the
                # fates are of one of them)
                opener = (
                    _whole_of_list(text, qs, p, p)
                    if len(run) > 1
                    and p.unit == q.unit
                    and p.sentence == q.sentence - 1
                    and run[0].sentence == q.sentence
                    and len(gap) <= _NEXT_SENTENCE_GAP
                    and _NEXT_SENTENCE_GAP_RE.match(gap) is not None
                    else None
                )
                if (
                    opener is not None
                    and (opener.family in ("received", "accepted") or _counted_whole(opener))
                    and _no_stage_between(qs[max(0, i - WINDOW) : i], opener, p)
                ):
                    whole = opener
                break
            whole_next = p.family in ("received", "accepted") and _WHOLE_GAP_RE.match(gap)
            if (
                len(run) > 1
                and not whole_next
                and _WHOLE_GAP_RE.match(gap)
                # (「…；职责范围内的投诉已办结1,310件」: the fates' own clause names a set of
                # its own after the semicolon — a part of the list, not its whole)
                and _SCOPE_WORDS_RE.search(gap, max(gap.rfind("；"), gap.rfind(";"))) is None
            ):
                # 「受理申请212件，其中网站申请195件、…信函申请13件；已办理208件，结转下年度
                # 继续办理6件」: the statement before the semicolon closes with the 其中 list of
                # what came in; the fates after it are of the figure that opened the list
                opener = _whole_of_list(text, qs, p, p)
                if (
                    opener is not None
                    and opener.family in ("received", "accepted")
                    and _no_stage_between(qs[max(0, i - WINDOW) : i], opener, p)
                ):
                    whole = opener
                break
            # 「…移送公安机关3件；另有10件正在调查处理」: the open part after a semicolon, as
            # the rest still left, closes the run of the clauses before it
            rest_next = len(run) == 1 and _OPEN_REST_GAP_RE.match(gap) is not None
            if not again and (
                # (「维持9件、撤销1件」: the outcomes of one clause told item by item)
                not (whole_next or rest_next or _FATE_GAP_RE.match(gap))
                or "其中" in gap
                or ("；" in gap and not (whole_next or rest_next))
                # 「审结1,386件，按结案方式分，调解结案812件、…」: what follows splits the figure
                or _DIMENSION_GAP_RE.search(gap)
            ):
                break  # one figure per clause, told one after another
            if (
                p.family in ("received", "accepted")
                or _eligible(p)
                # 「…行政复议案件共14件，经…审理，维持9件、…，另有3件尚在审理中」: a set
                # counted whole (共, 合计) with no stage of its own, its fates after it
                or (_counted_whole(p) and (again or _CLAUSE_GAP_RE.match(gap)))
            ):
                # (「符合条件的871件，决定给予865件，其余6件…」: the eligible hold the run)
                whole = p
                break
            if _REST_LEAD_RE.search(p.pre.rstrip(" 　")):
                break  # 「…39件，其余1,106件全部受理…，已办结…，另有17件…」: the run after a
                # rest breaks the rest down, not the whole before it
            if len(run) > 1 and _SCOPE_AFTER_RE.match(text, p.end):
                # 「已审结的10件中，维持8件、确认违法2件，其余2件正在审理中」: the fates told
                # after a figure naming their set (…中，) break it down; beside the open
                # part it stands for them
                run = [p, q]
                continue
            run.insert(0, p)
        # the fates after the open part: only more than the whole is told by them (a
        # figure of a stage may end them before the last fate)
        forward = whole is not None and len(run) == 1
        if forward:
            run.extend(_fates_after_open(lex, text, qs, i))
        if whole is None or len(run) < 2 or not _same_things(lex, text, q, {"": whole}):
            continue
        low = sum((bounds(x)[0] for x in run), Decimal(0))
        high = sum((bounds(x)[1] for x in run), Decimal(0))
        w_low, w_high = bounds(whole)
        # a set counted whole with no stage (案件共14件) holds what was withdrawn or rejected
        # in it: only a carry-over explains more fates than it
        staged = whole.family in ("received", "accepted")
        if (
            (w_low <= high and low <= w_high)
            or (
                low > w_high
                # cases carried in or settled before acceptance may make the run more than
                # the whole (the text read for them only then: most blocks have no run)
                and (
                    speaks_of_carry_over(lex, text)
                    or (staged and _closed_untold(text, before, qs, run, whole))
                    # (「新收各类案件565223件,办结554296件,存案69346件」: this year's new
                    # intake holds no carried-in stock, as in :func:`_open_rest`)
                    # (a carry into the next year, 结转下年度2件, keeps the reading: a
                    # warning, as before — an outcome list's N107 would take it at error; so
                    # does an open part named the rest of the whole, 「其余4件正在审理中」)
                    or (
                        staged
                        and _new_intake(lex, text, whole)
                        and not _carried_out_clause(lex, q)
                        and not _REST_LEAD_RE.search(q.pre.rstrip(" 　"))
                    )
                )
            )
            # (and a fate may go unnamed: only more than it is told)
            or ((forward or not staged) and high < w_low)
        ):
            out.append(_flow(q, whole, "", None, ""))
            continue
        summed = show(sum((x.value for x in run), Decimal(0)), q)
        listed = "+".join(x.number for x in run)
        # (a whole of no stage, 案件共14件, is named as the total)
        named = f"{whole.verb or '受理'}的{whole.text}" if staged else f"总数{whole.text}"
        side = f"多于{named}" if low > w_high else f"少于{named}（请核对是否还有办理结果未列出）"
        out.append(
            Relation(
                "flow",
                Verdict.CONTRADICTION,
                q.block,
                (run[0].num_start, run[-1].end),
                tuple(span_of(x) for x in (*run, whole)),
                code="N101",
                severity=Severity.WARNING,
                message=f"各项办理结果与尚未办结的{q.text}合计{summed}（{listed}），{side}",
                suggestion="核对受理数与各项办理结果、未结数字",
            )
        )
    return out


# the words between a concluded figure and the first figure of its own bracket (「62件(结转至
# 下年度办理」): the bracket's lead, no clause mark, no other figure
_BRACKET_LEAD_RE = re.compile(r"\s*[（(][^，,；;。、（）()0-9０-９]*")


def _bracket_carried_out(
    lex: Lexicon, text: str, quantities: list[Quantity], k: int
) -> Quantity | None:
    """The concluded figure whose bracket opens with the part carried into the next year
    (「完成62件(结转至下年度办理2件)」「答复1292件(结转到2026年58件)」): the figure right before
    ``quantities[k]``, outside any bracket, of a concluded verb or of a bare verb of completion
    (完成, 办理完成: numbers.toml ``funnel.completed-complements``) — the bracket tells the rest
    of what came in, so the figure is the part concluded. None when ``quantities[k]`` is not
    such a carried-out figure."""
    q = quantities[k]
    if q.depth != 1 or k == 0:
        return None
    if not (_carried_out_clause(lex, q) or _is_open(lex, text, q)):
        return None
    p = quantities[k - 1]
    if p.depth or p.kind != "count" or p.unit != q.unit:
        return None
    if _BRACKET_LEAD_RE.fullmatch(text, p.end, q.num_start) is None:
        return None
    if p.family == "concluded":
        return p
    own = _OWN_CLAUSE_SPLIT_RE.split(p.pre)[-1].strip(" 　")
    done = lex.data["funnel"]["completed-complements"]
    return p if own and len(own) <= 4 and own.endswith(tuple(done)) else None


# 「转办的28,630件工单中，」: a figure that names the set its sentence goes on to count in
_SCOPE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:中|当中)[，,]")


def _named_scope(bq: BlockQuantities, c: Quantity, starts: list[int]) -> Quantity | None:
    """The figure of a 的-scope clause 「…的N件X中，」 that opens the concluded figure's
    sentence (the clause before it), if any: the whole of what the sentence counts."""
    k = bisect.bisect_left(starts, c.num_start)
    for p in reversed(bq.quantities[max(0, k - 4) : k]):
        if p.sentence != c.sentence or p.unit != c.unit or p.kind != "count" or p.depth:
            return None
        m = _SCOPE_AFTER_RE.match(bq.text, p.end)
        pre = p.pre.rstrip(" 　")
        if m is not None and (pre.endswith("的") or _BACK_SCOPE_RE.search(pre)):
            return p
    return None


# 「上述45件案件中，」「以上126件申请中，」「这312件中，」: a figure the clause points back to
# (the whole told before) opening the sentence, the scope of what the sentence counts
_BACK_SCOPE_RE = re.compile(r"(?:^|[，,：:])(?:在|对|从)?(?:上述|以上|前述|这|该|此)$")


@lru_cache(maxsize=4)
def _pointer_re(lex: Lexicon) -> re.Pattern[str]:
    """A clause opening by pointing back at a set told before (「上述案件」「上述应处理事项」:
    numbers.toml ``containment.back``), the words naming it between."""
    back = "|".join(re.escape(w) for w in lex.data["containment"]["back"])
    return re.compile(
        rf"^(?:对|在)?(?:{back})(?P<words>[\u4e00-\u9fff]{{0,6}}?)的?(?:{_SET_NOUNS})"
    )


def _pointed_whole(lex: Lexicon, bq: BlockQuantities, c: Quantity) -> Quantity | None:
    """The figure a concluded one points back at (「…74件，其中…52件，…22件；上述案件已办结70
    件」 → 74; 「其中依法应由本镇处理的352件，…；上述应处理事项已办结344件」 → 352): in the
    statement before the concluded one's, the figure whose words hold the pointer's words, or
    with none, the statement's first figure when a 其中 list of it follows."""
    m = _pointer_re(lex).match(c.pre.lstrip(" 　"))
    if m is None:
        return None
    text = bq.text
    here = c.num_start - len(c.pre)
    mark = last_mark(text, "；;。", 0, here)
    if mark < 0:
        return None
    start = last_mark(text, "；;。", 0, mark) + 1
    figures = [
        q
        for q in bq.quantities
        if start <= q.num_start < mark
        and q.kind == "count"
        and q.unit == c.unit
        and not q.depth
        and not q.quoted
    ][:MAX_LIST_BACK]
    words = m.group("words")
    if words:
        held = [q for q in figures if _subsequence(words, q.pre)]
        return held[0] if len(held) == 1 else None
    if len(figures) >= 2 and figures[1].pre.lstrip(" 　，,").startswith("其中"):
        return figures[0]
    return None


def _settled_before(lex: Lexicon, bq: BlockQuantities, flows: list[Quantity]) -> bool:
    """Does the paragraph speak of cases settled before acceptance (案前化解, 撤回, 驳回…)?
    An outcome word (驳回, 撤诉: numbers.toml ``clauses.dimensions.outcome``) told after a
    concluded figure of its sentence (「审结451件，其中驳回和维持337件」) is what became of
    the concluded cases, not of cases before acceptance."""
    clauses = lex.data["clauses"]
    outcomes = set(clauses.get("dimensions", {}).get("outcome", ()))
    text = bq.text
    done = [q for q in flows if q.family == "concluded"]
    for w in clauses["pre-acceptance"]:
        if w in ("不予受理", "告知"):
            continue
        for m in re.finditer(re.escape(w), text):
            if w in outcomes and any(
                q.end <= m.start() and q.sentence == bq.sentence_of(m.start()) for q in done[-8:]
            ):
                continue
            return True
    return False


def _open_rest(lex: Lexicon, bq: BlockQuantities, flows: list[Quantity]) -> list[Relation]:
    """Concluded and still open are both parts of what was accepted: 「受理66件…审结61件，
    尚有7件正在审理中」 (61 + 7 > 66) cannot be, unless cases came over from last year. The
    whole is the stage a scope names (受理的案件中审结61件), else the latest accepted (or
    received) figure before the concluded one."""
    out: list[Relation] = []
    clauses = lex.data["clauses"]
    if speaks_of_carry_over(lex, bq.text) or _settled_before(lex, bq, flows):
        return out
    by_start = sorted(flows, key=lambda p: p.num_start)
    starts = [p.num_start for p in by_start]
    q_starts = [p.num_start for p in bq.quantities]
    pending = tuple(clauses["pending"])
    for q in bq.quantities:
        if q.kind != "count" or q.quoted:
            continue
        carried_out = _carried_out_clause(lex, q)
        if q.depth and not carried_out:
            continue
        # 「尚有7件正在审理中」, or the figure's own words a pending state (「在办761件」), or
        # its own clause opening with a carry into the next year (「结转下年度继续办理61件」,
        # also in the concluded figure's bracket: 「完成62件(结转至下年度办理2件)」)
        if not (
            carried_out
            or _is_open(lex, bq.text, q)
            or q.pre.rstrip(" 　").endswith(pending)
            or _pending_noun_re(lex).search(q.pre) is not None
        ):
            continue
        cut = bisect.bisect_left(starts, q.num_start)
        earlier = [
            p
            for p in by_start[max(0, cut - WINDOW) : cut]
            if p.num_start < q.num_start
            and q.sentence - 1 <= p.sentence <= q.sentence
            and p.depth == 0
            and p.unit == q.unit
        ][-WINDOW:]
        done = [p for p in earlier if p.family == "concluded"]
        if not done:
            continue
        c = done[-1]
        family = scope_family(lex, c.pre) or "accepted"
        wholes = [p for p in earlier if p.num_start < c.num_start and p.family == family]
        if not wholes and family == "accepted":
            wholes = [p for p in earlier if p.num_start < c.num_start and p.family == "received"]
        # 「转办的28,630件工单中，已办结…，在办…」; 「…其中应由本局查处的876件…；上述应查处事项
        # 已办结861件」: the set the concluded figure's words name, before any stage figure
        named = _named_scope(bq, c, q_starts) or _pointed_whole(lex, bq, c)
        if named is not None:
            wholes = [named]
        if not wholes:
            continue
        whole = _split_whole(wholes)
        # (what was received may hold refusals of intake the text leaves unsaid: a shortfall
        # is read against what was accepted only)
        short = (
            whole.family == "accepted"
            and bounds(c)[1] + bounds(q)[1] < bounds(whole)[0]
            and _whole_split(bq, c, q, whole, q_starts)
        )
        if bounds(c)[0] + bounds(q)[0] <= bounds(whole)[1] and not short:
            continue
        if not short and _new_intake(lex, bq.text, whole):
            # 「新收案件878247件…审结899420件…未结案件184194件」: this year's intake (the new
            # side of numbers.toml ``clauses.origin-splits``) holds no carried-in stock, so
            # concluded and open together may exceed it
            continue
        # (「受理民事案件300件，审结290件，执行案件未结15件」: the open figure's own clause
        # names another set; the sentence does not tie it to the whole — one sharing a word of
        # the whole's noun, 「行政诉讼案件未结5件」 after 行政复议案件, may be it: a warning)
        own_set = _names_own_set(lex, bq.text, q, whole)
        if own_set == "other":
            continue
        closing = not short and _closing_stock(lex, q)
        summed = show(c.value + q.value, c)
        whole_name = whole.verb or ("总数" if named is not None else "受理")
        sums = f"办结{c.text}与尚未办结的{q.text}合计{summed}（{c.number}+{q.number}），"
        out.append(
            Relation(
                "partition",
                Verdict.CONTRADICTION,
                q.block,
                (c.num_start, q.end),
                tuple(span_of(x) for x in (c, q, whole)),
                code="N102" if short else "N101",
                severity=Severity.WARNING if closing or own_set else Severity.ERROR,
                message=f"{sums}少于{whole_name}的{whole.text}"
                "（办结与未结是全部案件的两部分，且文中未说明其他去向）"
                if short
                else f"{sums}多于{whole_name}的{whole.text}",
                suggestion="核对受理、办结与未结数字；"
                + ("如有其他办理结果，请在文中列明" if short else "如含上年结转，请在文中说明"),
            )
        )
    return out


def _names_own_set(lex: Lexicon, text: str, q: Quantity, whole: Quantity) -> str:
    """Does the open figure's own clause name a set of its own before its pending word, one
    the whole's noun does not hold (「行政诉讼案件未结5件」 after 受理行政复议案件, 「督办件在办30件」
    after 受理诉求)? Then it is the open part of that set: the sentence does not tie it to the
    whole. Not a figure told by its state alone (「未结12件」「尚有7件正在审理中」「未结案件24件」
    「结转下年度继续办理61件」), nor one whose named set is the whole's (「案件未结5件」)."""
    if _carried_out_clause(lex, q) or _is_open(lex, text, q):
        return ""
    own = _OWN_CLAUSE_SPLIT_RE.split(q.pre)[-1].strip(" 　(（")
    lead = _OWN_LEADS_RE.match(own)
    own = own[lead.end() :] if lead else own
    frame = _FRAME_ONLY_RE.match(own)
    own = own[frame.end() :] if frame else own
    # (a period's end: 期末未结131件, 年终在办)
    own = own.removeprefix(next((w for w in _closing_words(lex) if own.startswith(w)), ""))
    noun = _pending_noun_re(lex).search(own)
    if noun is not None:
        own = own[: noun.start()]
    else:
        own = own.rstrip(" 　")
        word = max((w for w in _pending_words(lex) if own.endswith(w)), key=len, default="")
        own = own[: len(own) - len(word)]
    # (a state before the pending word: 「处于办结时限内正在办理586件」 — what it names is
    # the words before the state, here none)
    state = _STILL_GOING_RE.search(own)
    if state is not None:
        own = state.group("noun")
    own = own.strip(" 　的")
    if _OPEN_LEAD_RE.fullmatch(own) or (whole.noun and own in whole.noun):
        return ""
    # (a set sharing a word of the whole's noun may be the whole told in other words: 信访件 of
    # 信访事项 — unless the shared word has other qualifiers before it: 执行案件 / 民事案件)
    kin = common_substring(own, whole.noun) >= 2 and not other_qualifiers(whole.noun, own)
    return "kin" if kin else "other"


def _closing_stock(lex: Lexicon, q: Quantity) -> bool:
    """Is the open figure told as the stock at the period's end (its own clause opening with
    numbers.toml ``clauses.stock-closing``: 「期末未结131件」「年底未结案件9件」)? That stock may
    hold cases carried in from before the period, which the text neither names nor denies. Not
    the rest of the whole named so (「年末其余17件仍在跟踪办理」)."""
    own = _OWN_CLAUSE_SPLIT_RE.split(q.pre)[-1].strip(" 　(（")
    word = next((w for w in _closing_words(lex) if own.startswith(w)), "")
    # (「年末其余17件仍在跟踪办理」: the rest of the whole, named so, is no stock of its own)
    return (
        bool(word)
        and not own.startswith(_REST_WORDS, len(word))
        and not _carried_out_clause(lex, q)
    )


_REST_WORDS = rest_words("left")  # numbers.toml ``rest``


@lru_cache(maxsize=4)
def _closing_words(lex: Lexicon) -> tuple[str, ...]:
    """numbers.toml ``clauses.stock-closing`` (年末, 期末…), longest first."""
    return tuple(sorted(lex.data["clauses"]["stock-closing"], key=len, reverse=True))


STATEMENT_REACH = 200  # characters read on for the end of a figure's statement (。；)


@lru_cache(maxsize=4)
def _decision_res(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A decision granting what was asked (同意救助, 准予许可, 批准…: numbers.toml
    ``clauses.grant-words`` and ``grant-decisions``) and one refusing it (不予批准, 不同意,
    驳回申请: ``clauses.refuse-words``), each looked for in the figure's own clause."""
    clauses = lex.data["clauses"]
    grants = (*clauses.get("grant-words", ()), *clauses.get("grant-decisions", ()))
    refusals = clauses.get("refuse-words", ())
    return (
        re.compile("(?<![不未])(?:" + "|".join(map(re.escape, grants)) + ")"),
        re.compile("|".join(map(re.escape, refusals))),
    )


def _decision_pairs(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「受理临时救助申请1,208件，…同意救助1,067件，因不符合条件不予批准163件」: the first two
    figures of the unit after an accepted one in its statement, a grant and a refusal, are
    decisions on what was accepted: together they cannot be more, unless the text names cases
    carried over. A warning: the link rests on the order of the figures."""
    text = bq.text
    if speaks_of_carry_over(lex, text):
        return []
    out: list[Relation] = []
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and q.depth == 0]
    for i, p in enumerate(qs[:-2]):
        if p.family != "accepted" or per_or_change(lex, p):
            continue
        stop = _STATEMENT_STOP_RE.search(text, p.end, p.end + STATEMENT_REACH)
        end = stop.start() if stop else min(len(text), p.end + STATEMENT_REACH)
        after = [q for q in qs[i + 1 : i + 1 + WINDOW] if q.num_start < end and q.unit == p.unit]
        if len(after) < 2:
            continue
        grant, refuse = after[0], after[1]
        g_clause = re.split(r"[，,；;：:]", grant.pre)[-1]
        r_clause = re.split(r"[，,；;：:]", refuse.pre)[-1]
        grant_re, refuse_re = _decision_res(lex)
        if (
            grant_re.search(g_clause) is None
            or refuse_re.search(g_clause) is not None
            or refuse_re.search(r_clause) is None
            or "受理" in r_clause
            or bounds(grant)[0] + bounds(refuse)[0] <= bounds(p)[1]
        ):
            continue
        summed = show(grant.value + refuse.value, grant)
        out.append(
            _flow(
                refuse,
                p,
                "N101",
                Severity.WARNING,
                f"{g_clause}{grant.text}与{r_clause}{refuse.text}合计{summed}，"
                f"多于{p.verb or '受理'}的{p.text}（准予与不予均为对受理事项的决定）",
                (grant,),
            )
        )
    return out


_PART_SEP_RE = re.compile(r"[，,；;：:、]")


def _decision_of(lex: Lexicon, q: Quantity, opening: bool = False) -> str:
    """The decision a figure's own words name first (numbers.toml ``clauses.one-decision``), in
    its clause before the figure or, with no word of its own there (另有4件), after it; "" when
    none or when they name a class that sums others (``outcome-sums``). With ``opening`` (the
    first figure after the whole) a 其中 before the words opens the list on that whole
    (「受理73件，其中维持46件，…」); on a later figure it splits the part before (no decision)."""
    clauses = lex.data["clauses"]
    own = _PART_SEP_RE.split(q.pre)[-1]
    if opening:
        own = own.lstrip(" 　").removeprefix("其中").lstrip("：: 　")
    words = own + (q.after if not own.strip(" 　").removeprefix("另有").removeprefix("有") else "")
    if "其中" in own or any(w in words for w in clauses.get("outcome-sums", ())):
        return ""
    for key in ("form-answers", "one-decision", "closing-ways"):
        # (the word standing first, the least of those standing there: one search)
        hit = _decision_words_re(lex, key).search(words)
        if hit is not None:
            return hit.group()
    return ""


@lru_cache(maxsize=16)
def _decision_words_re(lex: Lexicon, key: str) -> re.Pattern[str]:
    """numbers.toml ``clauses.<key>`` as one alternation in the words' own order (as strings):
    its match is where the first of them stands, and of the words standing there the least —
    what ``min`` of the (place, word) pairs of a ``find`` of each gave."""
    words = sorted(set(lex.data["clauses"].get(key, ())))
    return re.compile("|".join(re.escape(w) for w in words) if words else "(?!)")


def _decisions_over(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """「办结行政复议案件68件，依法作出维持决定49件、撤销决定9件、确认违法决定6件、责令履行
    法定职责决定7件」「对受理的84件申请，作出准予许可决定77件、不予许可决定5件，另有4件申请人
    主动撤回」: the figures of a count's unit right after it in its statement, each naming
    another decision of which an item gets one (:func:`_decision_of`), count its items once
    each: more than it is an error, whether every decision is named or not. Only figures
    after an intake or concluded count, the first of them next to it; a refusal of intake
    (不予受理) is one of them after what was received only; not when the text counts a
    carry-in (last year's cases may be decided this year); a denial of one (无上年结转) is none,
    and one glossed as included in a figure (（含上年结转4件）) is that figure's. Sets named by
    their noun alone that open their statement (「行政复议案件10件，行政诉讼案件0件，结果维持2件，
    结果纠错2件，尚未审结8件」) are a whole too, their sum; a class summing decisions none of
    the run named (纠错) and the cases still open (after a whole not concluded) join the run."""
    text = bq.text
    qs = [q for q in bq.quantities if q.kind == "count" and not q.quoted and q.depth == 0]
    if max(Counter(q.unit for q in qs).values(), default=0) < 3:
        return []  # a whole and two parts after it, in one unit: nothing to read without them
    denied = denies_carry(lex, text)
    # (a carry-in glossed as included in a figure, 「答复64件（含上年结转4件）」, is that figure's:
    # it gives no other figure a second source)
    if not denied and speaks_of_carry_over(lex, _INCLUDED_GLOSS_RE.sub("", text)):
        return []
    out: list[Relation] = []
    for i, whole in enumerate(qs):
        siblings: list[Quantity] = []
        bare = whole.family not in ("received", "accepted", "concluded")
        if bare:
            if not _bare_set(lex, whole, text):
                continue
            # 「行政复议案件10件，行政诉讼案件0件，结果维持2件，…」: sets named by their noun
            # alone, one clause each, then the results of them all: the whole is their sum
            siblings = _bare_siblings(lex, text, qs, i)
            j = i - len(siblings) - 1
            first = qs[i - len(siblings)]
            if (
                j >= 0
                and qs[j].unit == whole.unit
                and not _STATEMENT_STOP_RE.search(text, qs[j].end, first.num_start)
            ):
                # the sets open their statement's figures of the unit: after another figure
                # they are its parts (「受理500件，其中企业300件、个人200件」「受理复议申请86件、
                # 应诉案件41件」) or one more of a run (「决定撤销48件，责令履职10件」)
                continue
        elif per_or_change(lex, whole):
            continue
        if whole.family == "concluded" and _decision_of(lex, whole):
            continue  # 「调解结案534件、裁决结案461件」: a decision is a part of the run, no whole
        stop = _STATEMENT_STOP_RE.search(text, whole.end, whole.end + STATEMENT_REACH)
        if stop is not None and not bare and _concluded_scope_re(lex).match(text, stop.end()):
            # 「受理326件。办结案件中，调解结案214件，…」: the next statement opens with the
            # set of the concluded and splits it: its decisions are of the same cases
            stop = _STATEMENT_STOP_RE.search(text, stop.end(), stop.end() + STATEMENT_REACH)
        end = stop.start() if stop else min(len(text), whole.end + STATEMENT_REACH)
        parts: list[Quantity] = []
        named: set[str] = set()
        # a whole summed from bare sets, or a part joined by its class or as still open, is a
        # reading no 其中 or stage word forces: a warning (session 23: an error of this reading
        # fell on a consistent paragraph of an unseen set)
        inferred = bare
        answers = _form_answers(lex)
        crossed = False
        for q in qs[i + 1 : i + 1 + MAX_DECISIONS]:
            if q.unit != whole.unit:
                break
            word = _decision_of(lex, q, opening=not parts)
            if q.num_start >= end:
                # 「收到申请3件，已按期答复。…申请回复为予以公开2件，无法提供2件」: the form's
                # answers told in a later statement of the paragraph (:func:`_answers_go_on`)
                if (
                    bare
                    or word not in answers
                    or not _answers_go_on(text, qs, i, parts, named, answers, q)
                ):
                    break
                crossed = True
            if not word:
                word = _run_word(lex, q, whole, named)
                inferred = inferred or bool(word)
            if not word or word in named or _summed_in(lex, word, named):
                break
            if (
                q.family == "rejected"
                and whole.family != "received"
                and any(v in q.verb for v in verbs_of(lex, "accepted"))
            ):
                break  # 不予立案 beside 立案查处: a refusal of intake, not a decision on it
            named.add(word)
            parts.append(q)
        sets = [*siblings, whole]
        high = sum((bounds(w)[1] for w in sets), Decimal(0))
        if len(parts) < 2 or sum(bounds(p)[0] for p in parts) <= high:
            continue
        low = sum((bounds(w)[0] for w in sets), Decimal(0))
        if inferred and _last_nested(parts, low, high, lex):
            continue
        # the form's answers (an application answered this year may have come in the year
        # before, unsaid): a warning, and only told past the whole's statement — in it they
        # are :mod:`.partition`'s parts of that whole (one reading, one finding)
        form = bool(named & answers)
        if form and not crossed:
            continue
        total = sum((p.value for p in parts), Decimal(0))
        summed = show(total, parts[0])
        plus = "+".join(p.text.removesuffix(p.unit) for p in parts)
        whole_value = sum((w.value for w in sets), Decimal(0))
        over = show(total - whole_value, whole)
        shown = whole.text
        if siblings:
            shown = (
                "、".join(_PART_SEP_RE.split(w.pre)[-1] + w.text for w in sets)
                + f"合计{show(whole_value, whole)}"
            )
        out.append(
            Relation(
                "partition",
                Verdict.CONTRADICTION,
                whole.block,
                (whole.num_start, whole.end),
                tuple(span_of(x) for x in (whole, *parts)),
                code="N101",
                severity=Severity.WARNING if inferred or form else Severity.ERROR,
                message=f"分项合计{summed}（{plus}），与总数{shown}不符，多出{over}"
                "（各项为不同的决定，每件只得其一" + ("；文中未说上年结转" if form else "") + "）",
                suggestion="核对各项决定的数字与总数",
            )
        )
    return out


MAX_DECISIONS = 8  # decisions after a count read as its run (维持、撤销、变更、确认违法…)


def _form_answers(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.data["clauses"].get("form-answers", ()))


# a set named as the scope of what follows (「行政复议案件中，」): the figures after it are its own
_NAMED_SCOPE_RE = re.compile(r"中[，,：:]")


def _answers_go_on(
    text: str,
    qs: Sequence[Quantity],
    i: int,
    parts: Sequence[Quantity],
    named: set[str],
    answers: frozenset[str],
    q: Quantity,
) -> bool:
    """May the run of the form's answers after ``qs[i]`` go on into a later statement at
    ``q`` (「收到申请12件，其中予以公开10件，…。无法提供3件」)? Only when the whole opens its
    statement's figures of its unit (after another figure it may be a part: 「共收到20件，其中
    市政府收到5件。予以公开10件…」), the run so far named only the form's answers (numbers.toml
    ``clauses.form-answers``; the next figure names one too, tested by the caller), and no
    set is named as a scope between (「行政复议案件中，」)."""
    whole = qs[i]
    if not named <= answers:
        return False
    if (
        i > 0
        and qs[i - 1].unit == whole.unit
        and not _STATEMENT_STOP_RE.search(text, qs[i - 1].end, whole.num_start)
    ):
        return False
    last = parts[-1] if parts else whole
    return _NAMED_SCOPE_RE.search(text, last.end, q.num_start) is None


def _last_nested(parts: list[Quantity], low: Decimal, high: Decimal, lex: Lexicon) -> bool:
    """Do the parts before the last add up to the whole, the last no larger than the one
    before it and not still open — a sub-part of it, as partition reads seed 001's list
    (「其中维持39件，纠错64件，审理期间调解31件」: the 31 are part of the 64)?"""
    if len(parts) < 3:
        return False
    head, last = parts[:-1], parts[-1]
    pending = lex.data["clauses"].get("pending", ())
    if any(w in last.pre for w in pending):
        return False
    head_low = sum((bounds(p)[0] for p in head), Decimal(0))
    head_high = sum((bounds(p)[1] for p in head), Decimal(0))
    return head_low <= high and head_high >= low and bounds(last)[1] <= bounds(head[-1])[0]


# a bracket glossing what its figure includes (（含上年结转4件）)
_INCLUDED_GLOSS_RE = re.compile(INCLUDED_OPEN + r"[^（()）]{0,60}[）)]")


def _clause_words(q: Quantity) -> str:
    return _PART_SEP_RE.split(q.pre)[-1].strip(" 　")


# a clause told of the rest or of what is still open (其余, 尚在审理期限内的): no set of its own
_NOT_BARE_RE = re.compile(r"(?:其余|剩余|余下|另有|另|尚|仍|正在)")


def _bare_set(lex: Lexicon, q: Quantity, text: str = "") -> bool:
    """Is the figure a set named by its noun alone (「行政复议案件10件」): its clause tells no
    stage (numbers.toml ``funnel``), no decision, nothing still open, no total since (累计),
    no comparison — the cases themselves, whatever became of them?"""
    words = _clause_words(q)
    if not words or q.change or _NOT_BARE_RE.match(words):
        return False
    if text and _PART_SEP_RE.match(text, q.end) is None:
        return False  # words after the figure (「其余两件在法定期限内尚在审理」): no bare set
    return _said_re(lex).search(words) is None and not _run_word(lex, q, q, set())


@lru_cache(maxsize=4)
def _said_re(lex: Lexicon) -> re.Pattern[str]:
    """Any word that tells a stage, a decision or an open case (numbers.toml ``funnel`` and
    ``clauses``): one search per figure instead of a loop over the words."""
    funnel = lex.data["funnel"]
    clauses = lex.data["clauses"]
    said = {
        *funnel["intake"],
        *funnel["accepted"],
        *funnel["outcome"],
        *funnel["other-scope"],
        *clauses.get("form-answers", ()),
        *clauses.get("one-decision", ()),
        *clauses.get("closing-ways", ()),
        *clauses.get("outcome-sums", ()),
        *clauses.get("pending", ()),
    }
    return re.compile("|".join(re.escape(w) for w in sorted(said, key=lambda w: (-len(w), w)) if w))


def _bare_siblings(lex: Lexicon, text: str, qs: list[Quantity], i: int) -> list[Quantity]:
    """The sets named by their noun alone right before ``qs[i]`` in its statement, one clause
    each (「行政复议案件10件，行政诉讼案件0件」): told side by side, the results after them are of
    them all."""
    out: list[Quantity] = []
    later = qs[i]
    for q in reversed(qs[max(0, i - MAX_DECISIONS) : i]):
        gap = text[q.end : later.pre_start]
        if (
            q.unit != later.unit
            or not _bare_set(lex, q, text)
            or _STATEMENT_STOP_RE.search(gap)
            or gap.strip(" 　") not in ("，", ",", "、")
        ):
            break
        out.append(q)
        later = q
    return out[::-1]


def _run_word(lex: Lexicon, q: Quantity, whole: Quantity, named: set[str]) -> str:
    """The class a figure adds to a run of decisions when it names none of one: a class that
    sums decisions (纠错: numbers.toml ``rates.numerator-words``) none of which the run
    named; or the cases still open (尚未审结, ``clauses.pending``), after a whole that is
    not the concluded — each case is decided one way or still open. "" otherwise."""
    words = _clause_words(q).removeprefix("其中").lstrip("：:，, 　")
    sums = lex.data["rates"].get("numerator-words", {})
    for key, members in sums.items():
        if key in words and not named & set(members):
            return key
    if whole.family != "concluded" and _pending_re(lex).search(words) is not None:
        return "pending"
    return ""


@lru_cache(maxsize=4)
def _pending_re(lex: Lexicon) -> re.Pattern[str]:
    """Any word of numbers.toml ``clauses.pending`` (尚未审结, 正在办理…): one search where a
    test of each word in turn was (a literal alternation matches where any of its words
    stands; an empty word, if one were listed, everywhere; no word, nowhere)."""
    words = sorted(lex.data["clauses"].get("pending", ()), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words) if words else "(?!)")


def _summed_in(lex: Lexicon, word: str, named: set[str]) -> bool:
    """Is a decision one a class the run named already sums (撤销 after 纠错)?"""
    sums = lex.data["rates"].get("numerator-words", {})
    return any(word in sums.get(k, ()) for k in named)


@lru_cache(maxsize=4)
def _concluded_scope_re(lex: Lexicon) -> re.Pattern[str]:
    """A statement opening with the set of the concluded as its scope (「办结案件中，」「审结的
    案件中」「在已结案件中」): a verb of numbers.toml ``verbs.concluded``, maybe 的, at most
    four characters of noun, and 中."""
    verbs = "|".join(
        re.escape(v) for v in sorted(verbs_of(lex, "concluded"), key=len, reverse=True)
    )
    return re.compile(rf"\s*(?:在)?(?:已)?(?:{verbs})的?[\u4e00-\u9fff]{{0,4}}?中[，,]?")


# the words a concluded figure may have beside its verb and still count every concluded case
# (「核查办结221条」「受理的案件中审结71件」); 按时办结, 调解结案 count some of them
_PLAIN_CONCLUDED_RE = re.compile(
    r"^(?:已|共|均|依法|全年|年内|当年|经|核查|审查|调查|审理|复查|办理|并)*$"
)
_PLAIN_VERBS = ("办结", "审结", "结案", "办理完毕", "处理完毕", "已结", "查结", "调结", "答复")


def _whole_split(
    bq: BlockQuantities, c: Quantity, q: Quantity, whole: Quantity, starts: list[int]
) -> bool:
    """Do the concluded figure and the open one right after it tell all of the whole
    (「受理79件，不予受理8件；受理的案件中审结71件，另有6件转入下一年度继续审理」)? The
    concluded figure counts every concluded case (its own words a plain verb of concluding,
    not 按时办结 or 调解结案), nothing of the unit lies between the whole and it but refusals of
    intake (不予受理, outside what was accepted), none between it and the open one, and no
    other outcome follows in the statement: 办结 and 未结 are then the two sides of the whole."""
    own = re.split(r"[，,；;：:]", c.pre)[-1]
    own = own[own.rfind("中") + 1 :].strip(" 　")
    verb = next((v for v in _PLAIN_VERBS if own.endswith(v)), None)
    if verb is None or _PLAIN_CONCLUDED_RE.match(own[: -len(verb)]) is None:
        return False
    lo = bisect.bisect_right(starts, whole.num_start)
    hi = bisect.bisect_left(starts, c.num_start)
    if hi - lo > WINDOW:
        return False
    same = [
        p for p in bq.quantities[lo:hi] if p.kind == "count" and p.depth == 0 and p.unit == c.unit
    ]
    if any(p.family != "rejected" or "不予" not in p.verb for p in same):
        return False
    k = bisect.bisect_left(starts, q.num_start)
    if bisect.bisect_right(starts, c.num_start) != k:
        return False  # a figure between the concluded and the open one
    stop = _STATEMENT_STOP_RE.search(bq.text, q.end, q.end + STATEMENT_REACH)
    end = stop.start() if stop else min(len(bq.text), q.end + STATEMENT_REACH)
    if _REST_NAMED_RE.search(bq.text, q.end, end):
        return False  # 「…未结案31件，其余为不予受理后转入诉讼」: a rest named without a figure
    return not any(
        p.num_start < end and p.kind == "count" and p.unit == q.unit
        for p in bq.quantities[k + 1 : k + 1 + WINDOW]
    )


_REST_NAMED_RE = re.compile(r"[，,、；;]\s*(?:其余|剩余|余下|另有|另外)")
# 「对提出申请的案件依法组织听证11件」: the figure counts within a set a 的-phrase names again
_BACK_REF_RE = re.compile(r"对(?:其中|上述)?(?P<core>[^，,；;。对的]{3,16})的")
# 「对…报送备案的46件规范性文件逐件审查，发现存在问题…的51件」: findings of a review
_REVIEW_RE = re.compile(r"审查|检查|核查|排查|评查|抽查|审核|巡查|复核|清理")
_FOUND_RE = re.compile(r"^(?:经|共|其中|并|已|累计)?[^，,；;。]{0,6}?发现")
_CLAUSE_STOPS = "，,；;。"
# 「发现问题隐患120处，已整改118处」: what is fixed was found first (not 上年/累计 stock)
_FOUND_IN_RE = re.compile(r"发现|查出|查找出|排查出|梳理出")
_PROPOSED_RE = re.compile(r"提出[\u4e00-\u9fff]{0,8}(?:意见|建议)")
_ADOPTED_RE = re.compile(r"(?:被|已|均|予以)?(?:采纳|采用|吸收)的?$")
_FIX_VERB = r"(?:整改|纠正|改正|修改|修订完善|修改完善|消除|销号)(?:到位|完成|完毕)?"
_FIX_RE = re.compile(rf"{_FIX_VERB}$")
# the fix with the thing fixed named between it and the figure (「督促整改火灾隐患119处」)
_FIX_NAMED_RE = re.compile(rf"{_FIX_VERB}(?P<noun>[\u4e00-\u9fff]{{2,10}})$")
# a bracket opening right after the fixed figure that holds more in it (「（含复查整改）」)
_FIX_HOLDS_MORE_RE = re.compile(INCLUDED_OPEN)


_CLAUSE_STOP_RE = re.compile(f"[{_CLAUSE_STOPS}]")


def _fixed_of_found(q: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """The figure found right before ``q`` when ``q`` counts what of it was fixed: its words end
    with a fix verb (「已整改15件」), or with a fix verb and the found figure's own noun
    (「发现火灾隐患104处，督促整改火灾隐患119处」: the noun after 发现 repeated after 整改)."""
    if not earlier:
        return None
    p = earlier[-1]
    hit = _FOUND_IN_RE.search(p.pre)
    if hit is None:
        return None
    if _FIX_RE.search(q.pre):
        return p
    named = _FIX_NAMED_RE.search(q.pre)
    if named is None:
        return None
    # the found figure's own words after its verb (「发现火灾隐患」 → 火灾隐患)
    own = _OWN_CLAUSE_SPLIT_RE.split(p.pre[hit.end() :])[-1].strip(" 　")
    noun = named.group("noun")
    return p if own and (own == noun or own.endswith(noun) or noun.endswith(own)) else None


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: from after the last clause stop before it
    (at most 200 characters back) to the first one after it (at most 200 on)."""
    floor = max(0, start - 200)
    last = last_mark(text, _CLAUSE_STOPS, floor, start)
    stop = _CLAUSE_STOP_RE.search(text, end, end + 200)
    return (
        last + 1 if last >= 0 else floor,
        stop.start() if stop else min(len(text), end + 200),
    )


def _found_other(found: str, reviewed: str) -> bool:
    """Do the words after 发现 name a thing of their own (「发现并整改问题56个」 after 「对38个
    市直部门…开展专项检查」: problems, not departments)? Not a 的-phrase of the reviewed items
    (「发现存在合法性问题的51件」), nor words the reviewing clause holds."""
    words = _FIX_WORDS_RE.sub("", found).lstrip("并及和").strip(" 　")
    if not words or words.endswith("的"):
        return False
    return common_substring(words, reviewed) < 2 and len(words) >= 2


# what was done to what was found, before its noun (「发现并整改问题」)
_FIX_WORDS_RE = re.compile(r"(?:并|及|和)?(?:整改|纠正|改正|督促整改|处理|处置|查处)")


def _back_references(lex: Lexicon, bq: BlockQuantities) -> list[Relation]:
    """A figure counted within a set named by an earlier figure, not more than it:

    * its clause opens with 对 and a 的-phrase whose words are an earlier figure's own words
      in order (对提出申请的案件…组织听证11件 ← 提出听证申请的9件);
    * its clause opens with 发现 right after a clause that reviews the earlier figure's items
      (对…46件规范性文件逐件审查，发现…的51件);
    * it is what was fixed (整改, 纠正, 修改完善) right after what was found (发现问题13件，
      已督促修改完善15件), unless the paragraph speaks of a stock carried over.

    Either is a warning: the set is named again by its words, not by a figure."""
    out: list[Relation] = []
    text = bq.text
    qs = [
        q
        for q in bq.quantities
        if q.kind == "count" and not q.quoted and q.depth == 0 and not per_or_change(lex, q)
    ]
    carried = speaks_of_carry_over(lex, text)
    for i, q in enumerate(qs):
        earlier = [
            p for p in qs[max(0, i - WINDOW) : i] if p.sentence == q.sentence and p.unit == q.unit
        ]
        # every set read below is one of ``earlier``: none below the figure, none exceeded
        low = bounds(q)[0]
        if all(bounds(p)[1] >= low for p in earlier):
            continue
        whole, why = None, ""
        m = _BACK_REF_RE.search(q.pre)
        if m is not None:
            core = m.group("core")
            named = [
                p for p in earlier if p.end <= q.pre_start + m.start() and _subsequence(core, p.pre)
            ]
            if len(named) == 1:
                whole, why = named[0], f"对{core}的"
        if whole is None:
            p = earlier[-1]
            a, b = _clause_bounds(text, p.num_start, p.end)
            qa, _ = _clause_bounds(text, q.num_start, q.end)
            if (
                text[a : p.num_start].lstrip(" 　").lstrip("同时并还").startswith("对")
                and _REVIEW_RE.search(text, p.end, b)
                and qa == b + 1
                and (hit := _FOUND_RE.search(said := text[qa : q.num_start].lstrip(" 　")))
                and not _found_other(said[hit.end() :], text[a:b])
            ):
                whole, why = p, "审查发现的"
        if whole is None:
            whole, why = _lead_scope(text, q, earlier)
        if (
            whole is None
            and not carried
            and _FIX_HOLDS_MORE_RE.match(text, q.end) is None
            and (fixed := _fixed_of_found(q, earlier)) is not None
        ):
            whole, why = fixed, "整改（纠正）的"
        if whole is None and _ADOPTED_RE.search(q.pre) and not carried:
            # 「提出修改意见的11件，采纳13件」: what was adopted was proposed first
            proposed = [p for p in earlier if _PROPOSED_RE.search(p.pre)]
            if proposed and proposed[-1] is earlier[-1]:
                whole, why = proposed[-1], "采纳的"
        if whole is None or bounds(q)[0] <= bounds(whole)[1]:
            continue
        out.append(
            Relation(
                "flow",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(whole)),
                code="N107",
                severity=Severity.WARNING,
                message=f"{why}{q.text}多于其所指的{whole.text}",
                suggestion="核对这两个数字：后者是前者中的一部分，不应更多",
            )
        )
    return out


# a clause of its own, with no figure, that names the set the next clause counts in:
# 「在受理的案件中，」「对转办的投诉，」「针对排查出的隐患，」
_LEAD_SCOPE_RE = re.compile(
    r"^(?:对于|对|在|针对|就)(?P<core>[\u4e00-\u9fff]{2,8}?)(?:了)?的[\u4e00-\u9fff]{0,8}?"
    r"(?:中|当中)?$"
)


def _lead_scope(text: str, q: Quantity, earlier: list[Quantity]) -> tuple[Quantity | None, str]:
    """The earlier figure whose words hold the verb of a scope clause right before the
    figure's clause (「受理189件；在受理的案件中，已审结194件」 ← 受理189件)."""
    qa, _ = _clause_bounds(text, q.num_start, q.end)
    if qa < 2:
        return None, ""
    la, _ = _clause_bounds(text, qa - 1, qa - 1)
    lead = text[la : qa - 1].strip(" 　")
    m = _LEAD_SCOPE_RE.match(lead)
    if m is None or any(ch.isdigit() for ch in lead):
        return None, ""
    core = m.group("core")
    named = [p for p in earlier if p.end <= la and core in p.pre]
    if len(named) != 1:
        return None, ""
    return named[0], lead


def _subsequence(stem: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in stem)


@lru_cache(maxsize=4)
def _outcome_re(lex: Lexicon) -> re.Pattern[str]:
    """The clause of an outcome told by its verb alone (「调解成功」「已全部办理完毕」「经调解
    成功化解」): words of the verb lexicon, fillers and outcomes (numbers.toml
    ``clauses.outcome-words`` / ``outcome-fillers``), ending with an outcome."""
    clauses = lex.data["clauses"]
    ends = sorted(clauses.get("outcome-words", ()), key=len, reverse=True)
    # longest first, ties by the word: a set's order changes with every run's hash seed, and
    # a pattern that changes with it misses the pattern cache on every start
    words = sorted(
        {*ends, *clauses.get("outcome-fillers", ()), *lex.verb_family}, key=lambda w: (-len(w), w)
    )
    any_word = "|".join(re.escape(w) for w in words)
    last = "|".join(re.escape(w) for w in ends)
    return re.compile(rf"^(?:{any_word}){{0,6}}?(?:{last})$")


# sentences an elided outcome may follow its intake by
OUTCOME_REACH = 3


@lru_cache(maxsize=4)
def _earlier_intake_re(lex: Lexicon) -> re.Pattern[str]:
    verbs = sorted(
        {w for family in ("received", "accepted") for w in lex.data["verbs"][family]},
        key=lambda w: (-len(w), w),
    )
    alternation = "|".join(re.escape(w) for w in verbs)
    return re.compile(
        rf"(?:包含|包括|含)[^，,。；;]{{0,8}}?{YEAR_ASCII}年度?(?:{alternation})"
        # 「加上2021年未调结的纠纷14件」「连同2023年底尚未办结的9件」: a named year's cases
        # left open, added to this year's
        rf"|(?:加上|连同|加|含|包含|包括){YEAR_ASCII}年度?(?:底|末)?(?:尚|仍)?未[^，,。；;0-9]{{0,3}}?结"
    )


# 「全县各乡镇另就地化解初信初访事项2961件」「此外还办结…」: 另/另外/此外 (and at most an
# adverb of manner) right before a figure's verb
_BESIDE_BEFORE_VERB_RE = re.compile(r"(?:另外|此外|另)[\u4e00-\u9fff]{0,2}$")


def _adds_beside(q: Quantity) -> bool:
    """Does the clause of a figure add a statement beside what came before (另 before its
    verb): what it concludes came in by a way of its own, not an outcome of the intake
    stated before it."""
    pos = q.pre.rfind(q.verb) if q.verb else -1
    return pos > 0 and _BESIDE_BEFORE_VERB_RE.search(q.pre, 0, pos) is not None


@lru_cache(maxsize=2048)  # the same clauses are asked by the flow, partition and rest rules
def speaks_of_carry_over(lex: Lexicon, text: str) -> bool:
    """Does the text say that cases came in before this year: a word of carry-over
    (:func:`.common.names_carry_over`: 结转, 上年… but not 较上年) or the concluded said to include an
    intake of a named year (「结案61起（含2023年立案、本年度结案的9起）」「结案数中包含2021年
    受理…的案件63件」), or a named year's open cases added (「加上2021年未调结的纠纷14件」)?"""
    return names_carry_over(lex, text) or bool(_earlier_intake_re(lex).search(text))


def is_elided_outcome(lex: Lexicon, q: Quantity, text: str = "") -> bool:
    """Is a count an outcome whose clause names no thing of its own (「调解成功1,215件」
    「办理完毕4,320件」; with the block's ``text``, also the outcome after the figure:
    「已有1,215件调解成功」)? What it counts is the intake's noun."""
    if q.kind != "count" or q.quoted:
        return False
    words = _count_word_re(lex).sub("", q.pre.strip(" 　"))
    # (「经调解达成协议的302起」: a 的-clause of the outcome alone names no thing either)
    said = _without_agent(lex, words.removesuffix("的"))
    if 2 <= len(said) <= 12 and _outcome_re(lex).match(said) is not None:
        return True
    if text and words in _BARE_LEADS:
        after = _CLAUSE_RE.match(text, q.end)
        return after is not None and _outcome_re(lex).match(after.group(0)) is not None
    return False


@lru_cache(maxsize=4)
def _count_word_re(lex: Lexicon) -> re.Pattern[str]:
    """A word saying the figure is the number of what is named before it, at the end of its
    clause (「调处成功数10772件」「办结数量」: numbers.toml ``clauses.noun-trailing``, those of 数 and
    量): the outcome named is the thing counted."""
    words = sorted(
        (w for w in lex.data["clauses"]["noun-trailing"] if w.endswith(("数", "量"))),
        key=lambda w: (-len(w), w),
    )
    return re.compile(rf"(?:{'|'.join(map(re.escape, words)) or '(?!)'})$")


def _outcome_of_intake(lex: Lexicon, q: Quantity, p: Quantity, received: Quantity | None) -> bool:
    """「收到医疗纠纷调解申请93件，…受理87件，调解成功的医疗纠纷91件」: an outcome told by a
    的-clause (:func:`is_elided_outcome`'s words) before a noun that the intake ``p`` names, or
    the figure received before it (``received``) names, counts the intake's things too."""
    words = q.pre.strip(" 　")
    clause, of, noun = words.rpartition("的")
    said = _without_agent(lex, clause)
    if not of or not 2 <= len(noun) <= 8 or not 2 <= len(said) <= 12:
        return False
    if _outcome_re(lex).match(said) is None:
        return False
    if q.family == "concluded" and received is not None and bounds(q)[0] <= bounds(received)[1]:
        # (办结 may close what was received and not accepted, as the flow rule reads it:
        # 收到81件，受理76件，办结的投诉举报80件; a success — 调解成功 — needs the acceptance)
        return False
    return noun in p.noun or (
        received is not None and received.num_start < p.num_start and noun in received.noun
    )


def _without_agent(lex: Lexicon, words: str) -> str:
    """The words of an outcome clause after the body that brought it about, named after 经/由
    (「经人民调解委员会调解成功」 → 调解成功): the agent names who acted, not what was done
    (numbers.toml ``clauses.outcome-agents``: the last words of a body's name)."""
    if not words.startswith(("经", "由")):
        return words
    best = -1
    for end in lex.data["clauses"].get("outcome-agents", ()):
        k = words.find(end, 1, 14)
        if k > 0 and k + len(end) > best:
            best = k + len(end)
    return words[best:] if best > 0 else words


# the words before a figure whose outcome follows it (「已有1,215件调解成功」)
_BARE_LEADS = frozenset({"", "已有", "有", "共有", "共", "已", "累计", "全年", "年内", "全年共"})
_CLAUSE_RE = re.compile(r"[^，,；;。！？!?（(]{2,12}(?=[，,；;。！？!?（(]|$)")


# what stands between a whole and the 其中 that opens its list of parts
_LIST_OPENS_RE = re.compile(r"[，,]?(?:其中)[，,：:]?")


def _whole_of_list(
    text: str, quantities: Sequence[Quantity], last: Quantity, q: Quantity
) -> Quantity | None:
    """「受理矛盾纠纷2300件，其中婚姻家庭纠纷612件、邻里纠纷845件、其他纠纷843件，成功调处
    2388件」: when the figure before an outcome is the last part of a 其中 list opened right
    after a figure of the unit in the same statement, the outcome counts what that figure
    took in, not what its last part counts. The figure opening the list, or None. Bounded:
    the statement is found once and at most ``MAX_LIST_BACK`` figures are walked back."""
    if last.sentence != q.sentence:
        return None
    opened = last_mark(text, "。；;！？!?", 0, q.num_start)
    k = bisect.bisect_left(quantities, last.num_start, key=lambda x: x.num_start)
    for w in reversed(quantities[max(0, k - MAX_LIST_BACK) : k]):
        if w.num_start <= opened or w.sentence != q.sentence:
            return None
        if w.unit == q.unit and _LIST_OPENS_RE.match(text, w.end) is not None:
            return w
    return None


MAX_LIST_BACK = 50  # figures of one 其中 list walked back over (a list is short)


def _intake(lex: Lexicon, p: Quantity, outcome: Quantity | None = None) -> bool:
    """A figure that counts things coming in, by a verb and a noun of its own (「排查各类矛盾
    纠纷1,206件」「接到投诉举报4,318件」), not a part (其中…) nor an outcome."""
    return (
        p.kind == "count"
        and p.depth == 0
        and not p.quoted
        and bool(p.noun)
        and not p.inherited
        and p.family != "rejected"
        and not per_or_change(lex, p)
        and _SUBSET_LEAD_RE.search(p.pre) is None
        and not p.pre.rstrip(" 　").endswith("的")  # 「不属于…范围的25件」: a part
        and not is_elided_outcome(lex, p)
        and (
            p.family in ("received", "accepted")
            # 排查化解矛盾纠纷: an intake verb before a concluding one
            or any(v in p.pre for v in lex.data["clauses"].get("intake-verbs", ()))
            # the outcome's own verb (调解矛盾纠纷 … 调解成功)
            or (outcome is not None and bool(p.verb) and outcome.pre.startswith(p.verb))
        )
    )


@lru_cache(maxsize=4)
def _fillers_longest_first(lex: Lexicon) -> tuple[str, ...]:
    fillers = lex.data["clauses"].get("outcome-fillers", ())
    return tuple(sorted(fillers, key=lambda w: (-len(w), w)))


def _handled_alone(lex: Lexicon, text: str, q: Quantity, p: Quantity) -> bool:
    """「全国累计检查定点医药机构318.9万家次，处理354.3万家次」: a figure whose own clause is a
    verb of taking matters in alone (numbers.toml ``clauses.intake-verbs``; no noun, at most
    fillers before it), right after a figure in the next clause that counts things by another
    such verb and a noun of its own, tells what became of those things: a later stage."""
    words = q.pre.strip(" 　")
    verbs = lex.data["clauses"].get("intake-verbs", ())
    if not words.endswith(tuple(verbs)):
        return False
    for filler in _fillers_longest_first(lex):
        words = words.removeprefix(filler)
    if words not in verbs or words in p.pre:
        return False
    between = text[p.end : q.pre_start]
    return (
        p.sentence == q.sentence
        and between.strip(" 　") in ("，", ",")
        and any(v in p.pre for v in verbs)
        and _intake(lex, p, q)
    )


def _intake_after(lex: Lexicon, text: str, p: Quantity) -> bool:
    """「，344件已转有关部门办理，已办结382件」: a figure opening its clause after a comma,
    its verb of taking the matters in after it (numbers.toml ``clauses.intake-verbs``: 办理,
    转办, 交办…), names the stage an elided outcome right after it counts, as 「已转有关部门
    办理344件」 does — not an outcome (「，390件已按期办结」) nor a refusal told after it."""
    if p.kind != "count" or p.quoted or p.depth > 0 or not _opens_clause(text, p):
        return False
    told = _CLAUSE_RE.match(text, p.end)
    if told is None or per_or_change(lex, p):
        return False
    after = told.group(0).strip(" 　")
    return (
        any(v in after for v in lex.data["clauses"].get("intake-verbs", ()))
        and _outcome_re(lex).match(after) is None
        and _NOT_DECIDED_RE.search(after) is None
        and not any(v in after for v in verbs_of(lex, "rejected"))
        and not any(v in after for v in verbs_of(lex, "concluded"))
    )


def _decided_part(lex: Lexicon, p: Quantity, outcome: Quantity) -> bool:
    """An accepted figure, a part of a larger one (「其中符合调解条件并受理调解的296起」), whose
    activity the outcome after it names (「经调解达成协议的302起」: 调解): what it took in is
    what the outcome counts, though it is no intake of its own noun."""
    return (
        p.kind == "count"
        and p.family == "accepted"
        and p.depth == 0
        and not p.quoted
        and len(p.noun) >= 2
        and not p.inherited
        and not per_or_change(lex, p)
        and p.noun in outcome.pre
    )


@lru_cache(maxsize=4)
def _grant_re(lex: Lexicon) -> re.Pattern[str]:
    """「决定给予法律援助」「依法准予行政许可」: a decision granting its object."""
    words = "|".join(re.escape(w) for w in lex.data["clauses"].get("grant-words", ()))
    return re.compile(
        rf"^(?:经审查|经审核|依法|决定|最终)*(?:{words})(?P<object>[\u4e00-\u9fff]{{2,10}})$"
    )


def _grants(lex: Lexicon, q: Quantity, p: Quantity) -> bool:
    """Is ``q`` a decision granting what the accepted figure ``p`` asked for: its object
    is the head of ``p``'s noun (给予法律援助 of 受理法律援助申请)? Not a stage of its own
    (予以受理) nor one of another object (给予表彰)."""
    if not lex.data["clauses"].get("grant-words") or q.family in FLOW_STAGES:
        return False
    if p.family != "accepted" or not p.noun:
        return False
    m = _grant_re(lex).match(q.pre.strip(" 　"))
    return m is not None and p.noun.startswith(m["object"])


def _elided_outcomes(
    lex: Lexicon, bq: BlockQuantities, taken: set[tuple[int, int]]
) -> list[Relation]:
    """「全年排查各类矛盾纠纷1,206件，全部纳入调解程序，调解成功1,215件」: an outcome whose
    noun is left out counts what the figure before it in the same unit took in (the nearest
    one, within a few sentences, when that one counts things by a noun of its own); it cannot
    be more, unless the text names cases carried over or settled before acceptance. A
    warning: the link rests on the order of the figures. ``taken``: spans already judged by
    the stage rule."""
    clauses = lex.data["clauses"]
    text = bq.text
    if speaks_of_carry_over(lex, text):
        return []
    # matters closed before acceptance (案前化解, 告知) explain outcomes above the intake, not
    # grants of what was applied for: a grant needs an accepted application
    closed_before = any(w in text for w in clauses["pre-acceptance"])
    out: list[Relation] = []
    last: dict[str, Quantity] = {}  # the last figure of each unit
    came: dict[str, Quantity] = {}  # the last received figure of each unit
    arrivals: dict[str, list[Quantity]] = {}  # every received figure of each unit, in order
    for q in bq.quantities:
        # (「均已办结」 is no average: an outcome's words are read by is_elided_outcome)
        if q.kind != "count" or q.quoted or q.depth > 0 or q.change:
            continue
        p = last.get(q.unit)
        last[q.unit] = q
        received = came.get(q.unit)
        if q.family == "received":
            came[q.unit] = q
            arrivals.setdefault(q.unit, []).append(q)
        if (
            p is not None
            and is_elided_outcome(lex, q, text)
            and not (_intake(lex, p, q) or _decided_part(lex, p, q) or _intake_after(lex, text, p))
        ):
            # (the last part of a 其中 list: the outcome counts what the list's whole took in)
            p = _whole_of_list(text, bq.quantities, p, q) or p
        if p is not None and p.family == "received" and p is not q:
            # (the whole a run of received figures splits: 「共收到…2480条，区直部门收到1530条，
            # 各街道收到950条，…已答复2476条」)
            run = arrivals.get(q.unit, [])
            if run and run[-1] is p:  # (the latest arrival: no list is filtered per figure)
                p = _split_whole(run)
        # (the accepted figure whose noun is the received one's, 受理45件: the intake named)
        named = p is not None and _outcome_of_intake(lex, q, p, received)
        # (「检查定点医药机构318.9万家次，处理354.3万家次」: a later verb of handling alone)
        named = named or (p is not None and _handled_alone(lex, text, q, p))
        if (
            p is None
            or (q.num_start, q.end) in taken
            or p.glossed  # (its stage a reading across a gloss: no unlinked pairing)
            # (新收: this year's new intake alone — what is closed may have come in before;
            # the stage rule reads it against the caseload)
            or (p.family == "received" and _new_intake(lex, text, p))
            or not (
                ((is_elided_outcome(lex, q, text) or named) and not closed_before)
                or _grants(lex, q, p)
            )
            or not (
                _intake(lex, p, q)
                or _decided_part(lex, p, q)
                or _intake_after(lex, text, p)
                or (
                    named
                    and p.family == "accepted"
                    and _intake(lex, replace(p, inherited=False), q)
                )
            )
            or q.sentence - p.sentence > OUTCOME_REACH
            # a figure between them blanked by the pick-up (a repeat of an earlier one)
            or "　" in text[p.end : q.num_start].strip("　")
        ):
            continue
        if bounds(q)[0] <= bounds(p)[1]:
            continue
        words = q.pre.strip(" 　")
        after = _CLAUSE_RE.match(text, q.end)
        shown = (
            f"{words}{q.text}"
            if _outcome_re(lex).match(words) or after is None
            else f"{q.text}{after.group(0)}"
        )
        intake = f"{p.phrase}{p.text}"
        if not p.pre.strip(" 　") and (told := _CLAUSE_RE.match(text, p.end)) is not None:
            intake = f"{p.text}{told.group(0)}"  # (its verb after it: 344件已转有关部门办理)
        out.append(
            _flow(
                q,
                p,
                "N107",
                Severity.WARNING,
                f"{shown}多于{intake}（{q.number}＞{p.number}），且文中未说明上年结转",
            )
        )
    return out
