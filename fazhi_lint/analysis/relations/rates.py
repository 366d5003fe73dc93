"""Rates: a percentage against its own numerator and denominator (N104, with the rounding
tolerance of its printed precision), capped rates above 100% (N105) and a rate's change
given in % instead of 个百分点 (N106).

Session 10 (real reports): a base with a rate of its own right after it (「直接纠错236件，纠错率
24.2%，以调解方式结案170件，调解率17.4%」) implies the whole that rate is of (236 ÷ 24.2%), and
a sibling outcome's rate fits when it is a share of that whole; a reading over such a sibling
is a warning at most. Items of one breakdown, each followed by its own share of the same name
(「A类349件，占比31%；B类296件，占比27%」), are not each other's bases.

Session 10 reads three shares whose figures are told after them, each a warning when it fails:
the whole named (占…的) and its figure in the next clause (:func:`_named_whole_after`), a 其中
part's share before the part's count (:func:`_share_then_count`), and a share scoped by a stage
(受理的…中，X的占r%) before the sentence of its figures (:func:`_scoped_share_ahead`).

Session 11: a 实际 figure of another verb right after the 应 figure a rate names (「应参与自查
机构246家，实际提交自查报告的231家，参与率…」) is its done figure, a warning at most
(:func:`_due_and_done`); an item of a list that is only the previous item's noun and a joiner
(「覆盖8个镇、96个村」) is the numerator's sibling, not its base (:func:`_co_listed`); a rate
told before its figures reads the figure of the later flow stage its verb is of (结案率 ←
审结827件, :func:`_staged`); a rate in words keeps a finding on a numerator after it that the
stem of its name names, in its sentence or the next (「调解成功率近九成。…调解成功252件」,
:func:`_worded_kept`).

Session 13: a bare rate name right after 「X中，…的（Y）有N」 is that part's share in X whatever
its verb (配备率 after 聘任, :func:`_scoped_pair`; a warning when the name shares nothing with the
part); a completion rate (完成率, 执行率, 「完成计划的」, uncapped) is the actual over the planned
figure (「计划…1260家，实际…1318家」, :func:`_plan_and_actual`); a numerator whose clause repeats
another figure's noun is drawn from it, across a full stop (「其中初次信访事项1936件。…初次信访
事项一次性化解1781件」, :func:`_subject_bases`); 应X…/实X… of one verb character are a due and
done pair (应考/实考 for 参考率, :func:`_paired_one`); without a 应-figure, 「实际+verb N」 is read
over the set the verb was applied to (「对126家企业开展抽查」, :func:`_applied_to`, a warning);
a rate named by a thing its verb found (问题合同检出率 ← 检出问题合同29份) is no population
rate (:func:`_population_named`).

Session 19: a share naming a qualified whole (占违规机构总数的) is over a figure whose words name
the qualifier, never over the wider figure of its head alone (:func:`_wider_than_whole`); a
rate of concluding whatever the outcome (办结率) read over one outcome's figure counts the
outcomes after it too (:func:`_outcomes_fit`); 「X个村中，已有Y个」 is drawn from X across the
comma.

Session 22: a share naming its whole by a verb of the case flow (占审结数的) read over a figure
told by another verb (办结…8269件) is a reading the text allows, not one it forces — a warning
at most (:func:`_named_verb_unsaid`); a closure rate whose concluded figure exceeds the intake it
is read over is bounded by their quotient, a carry-in being unsaid (:func:`_more_than_came_in`);
改变率 is a class of outcomes named one by one, as 纠错率 is (numbers.toml
``rates.numerator-words``).

Session 23: a completion rate names what it completes (完成预算的, 完成年度目标的; uncapped), the
plan the figure whose clause names it, the actual the figure right after (:func:`_named_plan_pair`);
a rate named by 率 that fits a base its sentence allows — the nearest figure before its numerator,
the first after the rate, a 件/人 pair's other unit — is not reported (:func:`_nearest_base_fits`);
a numerator matched by an intake stage alone (承办率 ← 受理量) is a guess; a numerator outside a
其中 list that names the rate's stem is never replaced by a sum of the list's parts.

Session 25 (decisions on counts, the misses of real19–38 classed by the reason the code is
silent: 18 misses — 4 a base outside the rate's sentence, 3 shares of a complete split, 3 a rate
name not read (完成度, 结收比, 1/3), 3 a numerator not named by the rate, 2 a small base's
granularity, 1 a named-whole guard, 1 an inline base, 1 a change): a rate of a small stated set
no whole count gives is :mod:`.granular`'s (kept, a warning); shares whose own counts add up to
a stated figure are a complete split (:func:`.partition._counts_make_a_whole`, kept). Dropped:
reading the sentence before when the rate's own sentence holds one figure only (the numerator)
— real19–38 +1 found (QJ040) against 2 consistent cases raised to an error (QV075, QR034),
invented sets 6 consistent cases raised to an error; the four misses of the class are each
silenced by another guard (two bases in another paragraph, one 其中 whole dropped by the
subject filter, one sentence scope), none shared by two.

Session 26 (decisions on counts; the 23 rate misses of real19–42 classed by the reason the code
is silent: 6 a base or numerator outside the rate's paragraph or sentence (QR019, QK029, QJ040,
QF036, KA026, KA027), 4 a rate name or number not read (QS008 「比例最高，达」, QY037 1/3, QD035
完成度, QD038 结收比), 3 a qualifier guard (QM052 and QO020 平均, QO005 当期 with a scope cut
by another rate's figure), 2 shares whose siblings imply the base (KB030, QY033), 2 judgements
no arithmetic of two figures makes (QI025 过半, KA034 bounds), 1 each: a 万 with no 元 (QY035),
a named whole of another verb (QH028), a numerator the name does not name (QE036), a summed
share 上述…占 (QC028), a derived ratio (QJ044), granularity (KA032)). Counts below are
over 16,267 read cases (real19–38 | real39–42 | invented blind1–44 + own10–25):

* kept, a warning: a qualifier of aggregation or scope (平均, 当期; numbers.toml
  ``rates.loose-qualifiers``) that no figure repeats no longer silences the reading over the
  statement's figures — found +1 | +1 | +1, consistent cases warned 0 | 0 | 0, false errors 0
  (the rule is exercised on 7 real and 3 invented consistent cases naming such a rate);
* kept: a figure after another rate in the clause group (「当期结案率95.8%，调解率58.3%，…
  挽回损失267.07万元」) is no term of the first rate, so a rate with no figure before it in its
  sentence reads the sentence before — found 0 | +1 | 0, warned 0 | 0 | 0, false errors 0
  (the scope changed for 118 rates, none of them reported);
* kept, a warning: the bare shares of a list (「…17条，占比3.20%；…77条，占比15.40%；…275条，
  占比51.79%」) whose others all imply one base the paragraph states before them (531) — two
  agreeing shares suffice when the base is stated, and no 「X中」 set need be named then
  (:func:`_sibling_share_outlier`) — found 0 (+2 findings on cases found already) | +1 | +2,
  warned 0 | 0 | 0, false errors 0.

Session 27 (quiet: false errors, decisions on counts over the read sets, real19–42 | real43–45
| invented; the 22 real false errors classed by cause, the biggest a share of a part–share
breakdown read over a figure among the breakdown's items — QK065, KC035, KD058 in harvests
2 and 6 — and a rate whose base the text describes otherwise, KD038, KE047, KE067):

* kept: the items of one sentence that each carry their own share of one name are a
  breakdown; a figure told among its items (another item, a sum of items, an item's 其中
  part) is no base of an item's share (:func:`_run_of_own_shares`; a bracket's figures between
  an item and its share are an aside, :func:`_own_share`, also for
  :func:`_sibling_share_outlier`) — false errors −1 | −2 | 0; contradictions lost 0 | 0 | 0
  (errors on wrong readings demoted: QL031 | KD040, KD060 now warned with the right base 7 and
  1292 | PRT004; no consistent case warned);
* kept: an adverb between a share's subject and 占 (「其中刑事类警情约占6%」) leaves the
  subject its own, so no figure of another clause is its numerator — false errors 0 | −1 | 0,
  lost 0 (KE076 error → warning, its error a wrong reading);
* kept: a concluded figure said to hold a carry-in (「结案1634件（含上年旧存）」) over an intake
  bounds its closure rate from above only (:func:`_holds_carry_in`) — false errors 0 | −1 | 0,
  lost 0 (KE037 error → warning, its error a wrong reading);
* kept (data): time-limit qualifiers 时效内/期限内/时限内 beside 审限内 in numbers.toml
  ``rates.qualifiers`` — false errors 0 | −1 | 0, lost 0 (RFX04 stays an error).

Session 27b (rates2: the rate misses of real19–45 classed by the reason the code is silent —
a base or numerator outside the rate's sentence 6 (harvests 1, 2, 3, 5: QR019, QK029, QJ040,
QF036, KA026, KA027), a name or number not read 4 (harvests 1, 2, 3: QS008, QY037, QD035,
QD038), a success rate whose success no figure names 2 (harvest 6: KE034, KE040; the class
was silenced in earlier harvests by the weak-numerator and 其中-part guards, which read it
right), figures with no unit 1 (harvest 6: KD036; the unitless-count shape occurs in no other
real set — not taken), a base of new + carried-in the text states only through the stock
left (KE036: 结案率 over concluded + 存案 — prototyped over every read set: of 25 readings
7 consistent cases would not fit it, dropped):

* kept, a warning: a success rate (numbers.toml ``rates.attempt-outcomes``: 调解成功率) with
  no figure naming the success reads the figure its verb tells as done (the verb its own,
  not a noun's modifier: 调解协议, 调解组织; no 其中 part) over the intake of the attempts
  before it in its sentence (:func:`_attempt_done`) — found 0 | +2 | 0 (KE034, KE040),
  consistent cases warned 0 | 0 | 0, false errors 0; without the verb-is-its-own and
  no-其中-part conditions it warned on 3 consistent cases (QD061, RM01, QZC049) and demoted
  one error (OB28), so those conditions are part of the rule.

Session 30 (s30-shares): a rate paired with the wrong numerator or whole. Readings dropped
after judging (none adds a finding):
1. :func:`_forced_complements` — shares of one whole whose exact counts add up to it and whose
   printed shares add up to exactly 100%: the last carries its siblings' rounding (100 − 49.9
   = 50.1 for 50.04%); never over approximate figures (real20 QP034, 3.3万多/3.4万多, was
   silenced by the first version);
2. :func:`_named_in_rate` — a Chinese numeral inside the rate's own name (四项案件未结率) is no
   numerator;
3. :func:`_route_numerator` — a numerator read by a stage alike, not the rate's stem (答复 for
   办结), that with the figure right after it (neither still open) splits the base exactly; the
   stem is read before the words a rate's name ends with (率, 占比, 比重…: at the merge the
   branch took 占比 itself for the stem of 「即办件占比」 and silenced blind38 AB28, 214 ÷ 326
   against 68.6%, found again, no other score changed);
4. :func:`_numerator_has_own_share` — a figure with its own share of the same named whole
   between it and the share judged, the share's subject naming it (税收占… after 税收收入;
   not 直接来电占… after 来信来访850件: own15 FR14 was lost by the first version);
5. :func:`_decision_pair_fits` strips the frame both answers open with (决定起诉/决定不起诉).
Counts (with partition's session-30 rules; found | at error | FE | warnings on consistent):
real19–38 749 | 449 | 7→5 (QH029, QQ002) | 41; real39–42 unchanged; real43–48 found 201
unchanged, at error 110→109 (KH083's time twin was found at error by the 四÷四 reading, still
found as a warning), FE 3→2 (KH083); real49–54 found, at error, warnings unchanged, FE 8→6
(KN015, KP048); own10–26 FE 19→17 (own25 RTV12, own26 QZC017), found and warnings
unchanged on own10–23 and on own15/25/26 scored with the final code; blind1–44 not all scored
at the hard stop (blind1–27 unchanged under the first version). Seen and left: KH021 (办结率
over a stock in the paragraph before, 1919 ÷ 2381), QG035 (其中涉及… a topical subset closed by
其他劳资纠纷, N102), YQ16 (覆盖率 read over money), YPX09 (全省 share over a 13-city total).

Session 30 (s30-precision): a number printed without its unit right before a rate's numerator,
after a figure of the numerator's unit (「排查矛盾纠纷8451件，调处8438，调解成功7913件，成功率
93.78%」: the reading N204 reports) counts what its neighbours count and is the nearest figure
before the numerator (:func:`_unit_dropped_before`). QG043 (real37, a false error: 7913 ÷
8438 = 93.78%) quiet — the second real case of the unitless-count shape (KD036, session 27b,
was the first); false errors real19–38 −1; QG044 and QG045 (its twins, slips of the 同比/环比 changes in a paragraph under another heading) found at error only by that false N104, now by the N204 warning alone (at error −2, found unchanged).

Session 31 (s31-yoy): a rate's rise of more than 100% with no rate stated before it
(「审查报备率同比增长886.4%」) is its relative change — read in points the rate would stand above
100%, as a rise larger than a stated rate is (:func:`_points_impossible`) — and no 个百分点
slip (N106 quiet). Counts (real19–42 | real43–48 | real49–54 | real55–57 | blind1–44 |
own10–26): warnings on consistent 0 | 0 | 0 | −1 (real55 KQ063) | 0 | 0; nothing found lost.

Session 31 (s31-rates): a share whose whole is named after 占 (the denominator is the noun
phrase after 占, matched to a stated figure by that noun, never by a sibling; no such figure,
no reading). Classes, each seen on several pages of the read sets:

1. 「占X比重为r%」 without 的 (real56 KS004 「占全省就业人员比重为」, real50 KJ026 「占地区生产
   总值比重为」; own26 QZC017 「非税收入占财政总收入比重」 has a subject before 占 and keeps it):
   the words after 占 name the whole, not a subject of the share's own — the subject guard of
   :func:`_numerators` reads the words before 占 only;
2. a whole too long for a rate's name (real55 KQ025 「占全区规模以上工业总产值的比重达」: the
   name was cut to 「以上工业总产值的比重」, no 占): a share's name is read from its 占
   (``_LONG_SHARE_NAME_RE`` in :func:`rate_word`);
3. 「占X的」 and 「占X的比重」 name one whole (real57 KT070: the items of an age breakdown, the
   first in one form, the others in the other, were not one breakdown, and a sibling 1527万 was
   the base of 1507万's share — a false error): :func:`same_share_name`;
4. two shares printed with nothing between (real57 KT027 「分别占到举报总量的51.1%49.2%」) are
   a run that pairs with the parts in order (:func:`_share_run`; the only glued pair in the read
   sets — taken because a figure never runs on past its %, no other reading exists);
5. a named whole opening with another area than the figure's statement (real55 KS011 「占全省
   中级法院案件总数的39.17%」 over 「全市法院共受理…99984件」, a false warning) is not that
   figure: :func:`_whole_of_other_area` (``common.other_area``), in :func:`_named_whole_bases`
   and :func:`_named_whole_before`.
Ratios and rate differences of two stated figures: :mod:`.ratios`.

Session 32 (quiet): items giving a share and then their count in a bracket (「商品类投诉占比
64.6%（35542件），服务类投诉占比35.4%（19444件）」, real60 KX057: 19444 ÷ 35542, a false
error) are one breakdown (:func:`_bracketed_count_of` in :func:`_peer_share`); when their
shares add up to 100% the whole is the counts' sum (:func:`_bracketed_breakdown`, an error when
a share misses it: KX058 still found at error). Counts real58–60: false errors −1, found and
at error unchanged; real19–57 unchanged. Tried and dropped (a failing session-15 test, no time
to measure a narrower form): a part's share printed at least as large as its whole's share of
a stated base is of its own plan (real59 KW063, real58 KV078).
Counts of the session (these five and :mod:`.ratios`; found | at error | FE | warnings on
consistent): real55–57 83→86 | 45→47 | 5→3 | 6→7 (+KQ025, KS004, KS014, KT044; −KT071, found
before only by KT070's wrong sibling base; KT027's FE now partition's N101 overlap warning,
KT028 found with the right base 413÷876 as a warning, no longer at error by 413÷448);
real49–51 82→83 | 55→56 (KJ026); real52–54 91→93 | 54→56 (KN046, KO035); own10–25 at error
1675→1676; real19–48, blind1–44, own26 unchanged; no FE added; corpus and seeds snapshot
unchanged. A long 占…比重 name is taken only when 占 opens the clause (with a subject before 占
it silenced nothing and warned on s30_shares' consistent text5).
Seen and left: KT046 (「财政收入为151.70亿」 — 亿 without 元 is a bare number, no count; the
only bare-亿 share with a stated base in the read sets), KQ029 (a window's 办结 above its
受理 with 办结率 99.7%: the session-22 carry-in bound reads it as consistent, and a real
consistent case has that shape — 「收…3 111件，…审结3 147件，…结案率为96.1%」; a warning
from the sibling levels' exact fits would be a new rule of its own), KT074 (办结率 over the
sum of two 办结 statuses and the whole of the sentence before: the base is outside the rate's
sentence), KS011's N106 (「99984件（占…40.26%），同比下降1.76%」: the change after a
bracketed share is the count's; one page only).

Session 31 (s31-flow): a change after a bracket holding a rate remark on an amount
(「受理…99984件（占全省…的40.26%），同比下降1.76%」: :func:`_bracket_remark_of_amount`) is the
amount's, no rate's (N106). With s31-rates' :func:`_whole_of_other_area` (class 5 above) real56
KS011 (three warnings on a consistent case) is quiet; real19–57 and blind1–25 otherwise
unchanged. (s31-flow had also put the area test in :func:`_judge_rate`; at the merge it was
the same test a second time — real50/55/56/57 scored ``-v`` identical without it — and went.)

Session 32 (s32-rates), a target named inline in brackets (「累计完成43.11亿元，同比下降9.2%，完成
年度任务（111.3亿元）的36.7%」, 「完成税收收入7106万元，完成预期目标（5100万元）136.3%」): the
figure completed is the numerator even when its own change (同比…%, at most
INLINE_CHANGES_SKIPPED) stands between it and the target's clause, and a bracketed target right
before the rate needs no 的 (:func:`_inline_base`). The class is on two pages (real47 KG063,
real58 KV037, both found now; KV037 a warning — 建筑业产值3.2亿元 before the semicolon is a
reading :func:`_earlier_subjects` keeps). Over every read case the new paths change the
inline reading of these two and of four consistent readings (real47 KG062, real58 KV034–
KV036, now consistent where nothing was said): found real43–48 +1 (+1 at error), real58–60 +1,
no FE, no warning on consistent. Seen and left: real23 QY035 「占全年任务1550万的58%」 (万
without 元 is no money figure), ratios for the named pair (:mod:`.ratios`, session 32).

Session 32b (s32b-sumshare): a share of one item of a list whose whole is not stated but is the
sum of the listed items (「刑事类报警310起，占…有效报警数的6.5%，…；治安类报警750起，占…的
13.5%，…，其他类报警4484起」 real60 KX082; 「16个…，占比50.00%。12个…，占比35.70%。4个…，占比
12.50%」 across three sentences, real51 KL051). :func:`_sibling_share_outlier` groups shares by
sentence and needs a named set or a stated base; :func:`_listed_sum_share` reads the list across
the paragraph's sentences: the counts of one unit, each followed in its sentence by 占比/占…的
X%, up to a count of the unit with no share (an item 其他/其余 is the list's last item and
closes it). The list is complete when closed so, when the paragraph states its sum before
it, or when the sum fits every share but one (at least :data:`MIN_SUM_AGREEING`); then a single
share the sum does not give is a warning (never an error: the text cannot say which figure is
wrong), naming every item and the division. Left: shares of wholes of different names (占简易
程序案件的 vs 占全部案件的), partial lists (two shares, no closer), a share another rule reads
(consistent or not), lists with two or more off shares. A share may stray from n÷sum by
LISTED_SHARE_SLACK (1.5) units of its last digit: without it real32 QH035 (five shares evened
to sum to 100.00%, 10÷276 = 3.62% printed 3.63%) was warned on a consistent case.
Counts (found | at error | FE | warnings on consistent, before → after): real49–51 86→87 |
57→57 | 1→1 | 6→6 (+KL051); real58–60 98→99 | 60→60 | 3→3 | 15→15 (+KX082); real19–48,
real52–57 and blind1–44 unchanged (scored -v, identical after the first line); no FE, no
warning on consistent added.
Tried and dropped: dropping another rule's contradiction on a share that fits the list's sum
(it fixed an invented 750÷4484 reading, nothing on the read sets, and took real38 QQ009's error
— shares 占总量的 of a stated 449248 the items miss — to a warning). Seen and left: real28
QY033 (items one per line: the txt reader makes each line a paragraph, the rule is per
block), real22 QS008 (「占受理案件数比例最高，达93.71%」 — words between 占 and the share, and
the sibling names 受理总数, another name), real58 KV033 (化解率 of 15 over the sum 13+2+1 批 —
a rate, not a share of a listed item: another class).

Session 33 (s33-quiet, false errors): a share naming its whole by a noun (占任务数的) read over a
base whose own words hold none of that noun's telling characters (the counting suffix 数/量/额
left out: 年初预算数109466万元 for 任务数) is a reading the text allows, not one it forces —
each part may have a target of its own left unsaid — so a warning at most
(:func:`_named_whole_unsaid`, one more reason in :func:`_judge_rate`'s severity; every reading
must be so). Seen: real59 KW063 (false error → warning on consistent; its twin KW064 stays
found at error through its own slip). Counts (found | at error | FE | warnings on consistent):
real58–60 unchanged but FE 3→2, warnings on consistent 15→16; every other read set unchanged
(check_all of s33-quiet against base33). Tried and dropped: any one telling character of the
whole missing from the base's words — it took real19 QM056 (占全部诉求的 over 投诉举报78599件,
which shares 诉) from error to warning (at error −1, no FE gained). Seen and left: real62 KZ039
and real63 LA085 (the rate read over two sibling figures of the sentence before it — 乡村 over
城镇, 再就业 over 再就业 — another class: the numerator's own name), real58 KV031 (调解率 beside
调成率 of the same pair), real48 KH021 (办结率 over 本月共有 = 接收 + 上月未办结).

Session 33b (s33b-ratepair, false errors of a rate read over the wrong pair; the structural
reason in each: the rate's word is cut to its last characters — 「口占全省常住人口比重」,
「业生毕业去向落实率」 — so the rule matched the figures against a name that lost its subject):
1. a share's full name (:func:`_clause_name`, the clause up to the figure) whose subject's
   telling characters — those the whole it names lacks (城镇 of 「城镇人口占全省常住人口比重」)
   — are in the base's words and in none of the numerator's reads the pair backwards
   (:func:`_subject_names_base`): no reading; turned round (w ÷ n) only when the numerator's
   words hold the whole named (:func:`_names_the_whole`), then a warning at most. Seen: real62
   KZ039 (229万 ÷ 366万, false error → quiet); s30_shares' text5 (8000万 ÷ 2800万 turned to
   2800万 ÷ 8000万, still a warning).
2. a pair that gives another rate told right beside the judged one in its sentence (no figure
   of another unit between the two) is that rate's pair (:func:`_owned_by_sibling_rate`): no
   reading. Seen: real58 KV031 (3882 ÷ 3921 is the 调成率 99%'s; 调解率100% quiet; twin KV032
   still found at error, both rates). First version without the told-together condition took
   a share's error whose pair fitted the next item's share (「乡镇…3.3万多人，占51%，街道…
   3.4万多人，占49%」) — the condition is part of the rule.
3. a generic rate (落实率, 完成率: ``rates.generic``) read by position over the figure before it,
   whose full name says what it counts before the generic word and shares no two characters in
   a row with any figure before it (「毕业生毕业去向」 against 「…再就业6.3万人」), is a guess: a
   warning. Seen: real63 LA085 (false error → warning on consistent). First version tested
   the numerator's words only: it took real26 QW026 (「任务完成率」 over 任务总数696家) from error
   to warning — the name's qualifier may name the base.
Counts (found | at error | FE | warnings on consistent, before → after, each set scored -v
against main at 75e6411f): real58 FE 1→0 (KV031); real62 FE 2→1
(KZ039); real63 at error 20→19, FE 3→2, warnings on consistent 6→7 (LA085 error → warning; its
time twin LA086 found through the same wrong reading, error → warning); own17 FE 1→0, warnings
4→5 (YQ16, 覆盖率 read by position over money, now a warning: rule 3); own11 at error 398→397
(RR31 「已拆除复耕的38件，整改到位率」: 整改 names no figure — the cost of rule 3, still found);
real19–57 (but real58/62/63 above), real59–61, blind1–46, own10, own12–16, own18–26
unchanged. Guard 2 first took own20 WRB14 (办结率87%
beside 诉讼案件占比84%: 71617 ÷ 85685 fits the share) — so the other rate's stem must be in the
numerator's words (调成 of 调解成功).
Seen and left: real48 KH021 (its base 2381 = 接收 + 上月未办结 is stated in the paragraph
before; the rates rules read one block — its twin KH022 is found only through the same wrong
reading, kept), real59 KW063 (each department's own target, a warning since s33-quiet).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ...grammar import YEAR_ASCII
from ...model import Severity, Span
from ..cn_numbers import cn_to_int, fmt
from ..quantities import (
    BlockQuantities,
    Lexicon,
    Quantity,
    _quantity,
    _replace,
    _strip_trailing,
    load_lexicon,
)
from .change import change_direction, from_words, is_comparison_base, is_from_level
from .common import (
    COMMA_RE,
    FLOW_STAGES,
    INCLUDED_WORDS,
    MAX_RESPECTIVE_BASE,
    OCCUPY_AFTER_RE,
    OCCUPY_BEFORE_RE,
    REFERS_BACK_RE,
    WHOLE_AREA_RE,
    WITHIN_AFTER_RE,
    WITHIN_BEFORE_RE,
    Relation,
    Verdict,
    bounds,
    by_means,
    char_before,
    clause_tail,
    common_prefix,
    common_substring,
    common_suffix,
    counted_noun,
    distinguishing,
    drawn_set,
    earlier_stage,
    is_due,
    last_mark,
    mark_positions,
    names_carry_over,
    not_the_concluded,
    other_area,
    own_clause,
    per_or_change,
    respective_end,
    rest_words,
    same_thing,
    span_of,
    unnamed_chars,
)
from .common import index_of as _index_of
from .common import rate_check as _rate_check
from .decisions import _answer_pair, _bare, _clause
from .flow import _role, _scope_re, scope_family
from .kinds import period_at, periods_fit
from .partition import (
    LIST_JOINER_RE,
    Group,
    _new_dimension,
    _statement_openers,
    _still_open,
    _window,
    dimension_opened,
    rest_unnumbered,
)
from .respective import respective_listed

_RATE_TRAIL = re.compile(
    r"(?:均为|均达到|均达|分别为|分别是|依次为|保持在|稳定在|保持|达到了|达到|到达|已达|高达|约为|约|近|超过|为|达|是|在|仅)+$"
)
_BRACKETED_RE = re.compile(r"[（(][^）)]*[）)]")
_SHARE_RE = re.compile(r"占[^，,；;。]{0,20}的?$")
# a share of a plan (「实际检查1318家，完成计划的104.6%」「完成预算的68%」): named by what it
# completes, not by 率
_PLAN_SHARE_RE = re.compile(r"(?:完成|执行|达成)了?(?:年度|全年|年初)?[\u4e00-\u9fff]{2,4}?数?的$")
# a share naming its whole between 占 and 比重/比例 (the whole's words only, up to _SHARE_RE's
# reach): the name the share is read by when the whole is too long for a rate's name
_LONG_SHARE_NAME_RE = re.compile(r"占[\u4e00-\u9fff]{2,20}?的?(?:比重|比例)$")


def _intake_over_concluded(n: Quantity, w: Quantity) -> bool:
    """Is a reading what came in over what was concluded of it (「新收41件，…审结46件，…出庭
    应诉率100%」: 41÷46)? A rate of a flow puts a later stage over an earlier one (受理率,
    结案率), never an intake over the concluded (session 13)."""
    return n.family in ("received", "accepted") and w.family == "concluded"


def _rate_mismatch(
    q: Quantity,
    numerator: Quantity,
    base: Quantity,
    value: str,
    *,
    said: str,
    severity: Severity,
    check: str = "比例",
    note: str = "",
    data: dict[str, Any] | None = None,
) -> Relation:
    """An N104 finding: the rate ``q`` (named as the text says it, ``said``) against
    ``numerator`` ÷ ``base`` = ``value``%, naming all three."""
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q), span_of(numerator), span_of(base)),
        code="N104",
        severity=severity,
        message=f"{said}与其分子分母不符：{numerator.number}÷{base.number}＝{value}%{note}",
        suggestion=f"核对{check}，或核对{numerator.text}与{base.text}",
        data={
            "numerator": str(numerator.value),
            "denominator": str(base.value),
            "stated": str(q.value),
            **(data or {}),
        },
    )


@lru_cache(maxsize=1)
def _rate_name_re() -> re.Pattern[str]:
    """A rate's name at the end of the words before a percentage: …率, 占比, 满意度
    (``rates.degree`` in numbers.toml)."""

    names = [
        "率",
        "占比",
        "比例",
        "比重",
        "百分比",
        "覆盖面",
        *load_lexicon().data["rates"].get("degree", []),
    ]
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))
    return re.compile(rf"[\u4e00-\u9fff]{{0,8}}(?:{alternation})$")


_RATE_SUBJECT_RE = re.compile(r"(率|占比|比例|比重|百分比)")
_COUNT_CHANGE_RE = re.compile(r"(?:增长|增加|减少|增幅|降幅|减幅)了?$")


@lru_cache(maxsize=4)
def _change_re(lex: Lexicon) -> re.Pattern[str]:
    """A change word (提高, 下降...) right before a number: 「较去年提高16.7%」."""
    change = "|".join(sorted(lex.data["rates"]["change"], key=len, reverse=True))
    return re.compile(rf"(?:{change})了?$")


def rate_word(q: Quantity) -> str:
    """The rate a percentage states (参与率, 占比, 占…的), or ""."""
    pre = q.pre.strip(" 　")
    pre = _RATE_TRAIL.sub("", pre)
    m = _rate_name_re().search(pre)
    if m:
        # 「占全区规模以上工业总产值的比重达65.11%」: a share's name is read from its 占 (the
        # whole it names) however long the whole is, not from a cut inside the whole
        # (only when 占 opens the clause: a subject before it, 「非税收入占…比重」, is the
        # share's own and keeps the name it had)
        whole = _LONG_SHARE_NAME_RE.search(pre)
        if whole is not None and whole.start() == 0 and whole.start() < m.start():
            return whole.group(0)
        return m.group(0)
    m = _SHARE_RE.search(q.pre.strip(" 　")) or _PLAN_SHARE_RE.search(pre)
    if m:
        return m.group(0)
    return ""


def _without_sibling_bases(
    text: str, word: str, readings: list[tuple[Quantity, Quantity]]
) -> list[tuple[Quantity, Quantity]]:
    """「送审46.82亿元，审定42.37亿元，审减4.45亿元，审减率…」: a figure and another that add up
    to a third the rate may also be over (4.45 + 42.37 = 46.82) are two parts of it — the
    rate of one part is over their whole, not over the other part. Not when the other names
    what the rate counts too (「执法检查83家，另有4家…未纳入检查，…检查覆盖率」) or either is
    a stage of a flow (受理187件 and 纠错23件 are no parts of 收到210件, whatever they sum to)."""
    if len(readings) < 2:
        return readings
    bases = {id(n): [w for m, w in readings if m is n] for n, _ in readings}

    def sibling(n: Quantity, w: Quantity) -> bool:
        if n.family in FLOW_STAGES or w.family in FLOW_STAGES:
            return False
        if common_substring(word, _name_words(w, text)) >= 2:
            return False
        low = bounds(n)[0] + bounds(w)[0]
        high = bounds(n)[1] + bounds(w)[1]
        return any(
            v is not w
            and n.unit == w.unit == v.unit
            and low <= bounds(v)[1]
            and bounds(v)[0] <= high
            for v in bases[id(n)]
        )

    return [(n, w) for n, w in readings if not sibling(n, w)]


# the words between a set's figure and a figure drawn from it in its clause: 「审结的31件中我局
# 败诉2件」「14个行政村中已有11个」 (中 after at most a noun, then the part's own words), or
# across a comma when the next clause opens with how many of them are so (「三十六个行政村中，
# 已有三十三个」; not 「186人中，安置到机关事业单位的121人」, a part of its own words)
_DRAWN_FROM_RE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?<![其集])中(?:[^，,；;。：:0-9０-９]{0,12}|[，,](?:已经|已|共|均)?有)"
)


def _scope_bases(
    text: str, readings: list[tuple[Quantity, Quantity]]
) -> list[tuple[Quantity, Quantity]]:
    """A numerator drawn from a set whose figure opens its clause (「审结的31件中我局败诉2件，败诉
    率6.5%」) has that set for its base: its readings over other figures are dropped."""
    scoped = {
        id(n)
        for n, w in readings
        if w.end <= n.num_start and _DRAWN_FROM_RE.fullmatch(text, w.end, n.num_start)
    }
    return [
        (n, w)
        for n, w in readings
        if id(n) not in scoped
        or (w.end <= n.num_start and _DRAWN_FROM_RE.fullmatch(text, w.end, n.num_start))
    ]


_STATEMENT_MARK_RE = re.compile("[；;。！？!?]")
_NEGATED_STAGE_RE = re.compile(r"(?:未|不予|没有)$")
SCOPE_WHOLE_BACK = 8  # figures looked back from a scope opening its sentence for its set


def _scope_whole_bases(
    lex: Lexicon,
    bq: BlockQuantities,
    counts: list[Quantity],
    readings: list[tuple[Quantity, Quantity]],
) -> list[tuple[Quantity, Quantity]]:
    """「全年审结219件。审结案件中维持141件，…，纠错22件，纠错率10.0%」: a sentence opening with
    a stage's set as its scope (审结案件中) lists parts of that set; a base inside the scope is
    the numerator's sibling, and the base is the set's figure told before the scope (the
    last figure of that stage and unit, a few figures back). Without such a figure the
    readings stay."""
    out: list[tuple[Quantity, Quantity]] = []
    for n, w in readings:
        start, _ = bq.sentence_span(n.sentence)
        first = min(n.num_start, w.num_start)
        m = (
            None
            if w.sentence != n.sentence
            else _sentence_scope_re(lex).match(bq.text, start, first)
        )
        family = lex.verb_family.get(m.group(1), "") if m else ""
        whole = None
        if family:
            before = [c for c in counts if c.num_start < start][-SCOPE_WHOLE_BACK:]
            whole = next(
                (
                    c
                    for c in reversed(before)
                    if c.family == family
                    and c.kind == n.kind
                    and c.unit == n.unit
                    and c.depth == 0
                    # (not the stage negated: 未审结8件 is the set's complement)
                    and not _NEGATED_STAGE_RE.search(c.pre, 0, max(0, c.pre.rfind(c.verb)))
                ),
                None,
            )
        pair = (n, whole) if whole is not None and whole.high >= n.low else (n, w)
        if not any(pair[0] is a and pair[1] is b for a, b in out):
            out.append(pair)
    return out


@lru_cache(maxsize=4)
def _sentence_scope_re(lex: Lexicon) -> re.Pattern[str]:
    """A stage's set opening a sentence as the scope of its figures (审结案件中，/在受理的申请中)."""
    return re.compile(rf"[\s　]*(?:在|对)?{_scope_re(lex).pattern}")


def _drawn_pair(text: str, q: Quantity, scope: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """(the part, the set) of the last figure before the rate ``q`` in its clause group
    that is drawn from a set whose figure opens its clause (「14个行政村中已有11个」), when
    no figure of that unit stands between it and the rate."""
    before = [p for p in scope if p.end <= q.num_start]
    for k in range(len(before) - 1, 0, -1):
        n, w = before[k], before[k - 1]
        if n.unit != w.unit or any(p.unit == n.unit for p in before[k + 1 :]):
            return None
        if (
            (_DRAWN_FROM_RE.fullmatch(text, w.end, n.num_start) or _stock_then_some(text, w, n))
            and bounds(n)[1] <= bounds(w)[1]
            and not _STATEMENT_MARK_RE.search(text, n.end, q.num_start)
        ):
            return n, w
        return None
    return None


# a stock of units stated in its clause (「全镇下辖12个行政村」「全区共有社区28个」) and, opening
# the next clause, how many of them already are something (「截至年底已有10个村…」)
_STOCK_RE = re.compile(r"共有|下辖|辖有|现有|全[省市区县镇乡][^，,；;。]{0,4}有")
_SOME_OF_STOCK_RE = re.compile(r"[\u4e00-\u9fff]{0,6}[，,][^，,；;。：:0-9０-９]{0,8}?已经?有?")


def _stock_then_some(text: str, w: Quantity, n: Quantity) -> bool:
    """Is ``n`` (「已有10个村」) that many of the units of the stock ``w`` (「下辖12个行政村」):
    a stock word in ``w``'s clause, 已有 opening the next clause, and the units named alike
    (村 of 行政村)?"""
    if not _SOME_OF_STOCK_RE.fullmatch(text, w.end, n.num_start) or not _STOCK_RE.search(w.pre):
        return False
    stock = w.after or w.pre
    return bool(n.after) and common_substring(stock, n.after) >= 1


# an aside naming the unit a rate counts in: 「（以意见条数计）」「（按户数计算）」
_COUNTED_IN_RE = re.compile(r"(?P<unit>[条件人户家项次场份个])数")
ASIDE_REACH = 40  # characters of a bracketed aside between a rate's name and its figure


def _name_before_aside(text: str, q: Quantity) -> str:
    """「合格率（按实考人数计算）为97.3%」: the name of a rate stated before a bracketed aside
    that stands between it and its figure (the figure's own words are a copula or none)."""
    if _RATE_TRAIL.sub("", q.pre.strip(" 　")):
        return ""
    close = q.pre_start - 1
    if close < 0 or text[close] not in "）)":
        return ""
    start = max(0, close - ASIDE_REACH)
    opening = max(text.rfind("（", start, close), text.rfind("(", start, close))
    if opening < 0 or re.search(r"[）)]", text[opening + 1 : close]):
        return ""
    boundary = last_mark(text, "，,；;。：:（）()", start, opening) + 1
    m = _rate_name_re().search(text[max(boundary, start) : opening].strip(" 　"))
    if m is None:
        return ""
    # 「采纳率（以意见条数计）」 after figures in 件: counted in a unit no figure before it is
    # in, the rate is of figures the text does not give
    counted = _COUNTED_IN_RE.search(text, opening, close)
    if counted is not None:
        unit = counted.group("unit")
        if not text.count(unit, max(0, q.pre_start - ASIDE_REACH * 4), opening):
            return ""
    return m.group(0)


def _words(q: Quantity) -> str:
    """Everything said about a number: the words before it, its verb and the noun after it."""
    return q.pre + q.unit_text + q.after + q.verb + ("" if q.inherited else q.noun)


def _capped_by_its_statement(lex: Lexicon, text: str, q: Quantity, word: str) -> bool:
    """Is a bare 完成率 the completion of an action on a set of items (「清理任务58项，已完成
    清理63项，完成率…」): its statement, before it, says 完成 with one of numbers.toml
    ``rates.capped-completions``? Then it is a share of that set, capped at 100%; 「实际完成检查
    681家次」 completes a plan, which may be exceeded."""
    if not word.endswith("完成率") or len(word) > len("完成率"):
        return False
    low = max(0, q.num_start - _STATEMENT_REACH)
    said = text[max(low, last_mark(text, "。；;！？!?", low, q.num_start) + 1) : q.num_start]
    return any(f"完成{v}" in said for v in lex.data["rates"]["capped-completions"])


_STATEMENT_REACH = 80  # characters looked back for a rate's statement


def _is_capped(lex: Lexicon, word: str) -> bool:
    if not word:
        return False
    if any(f"{v}完成率" in word for v in lex.data["rates"]["capped-completions"]):
        return True  # 整改完成率: a share of the items to rectify (numbers.toml)
    if _PLAN_SHARE_RE.search(word):
        return False  # 完成全年任务的150%: a plan may be exceeded
    return not any(u in word for u in lex.data["rates"]["uncapped"])


def _subsequence(stem: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in stem)


def rate_relations(bq: BlockQuantities, lex: Lexicon, groups: list[Group]) -> list[Relation]:
    """Every rate of the block against the figures it may be computed from.

    The numerator is found by the rate's own words, wherever it stands in the sentence
    (before or after the rate, inside or outside brackets): the stem of the rate's name
    (合格率 ← 合格812人, 满意度 ← 表示满意的370份, 办结率 ← a number of the same flow stage),
    or the figure right before a bare 「占X%」/「占比X%」. Its possible denominators are the
    figures that may hold it: its 其中 parent, a total, an earlier flow stage, and any other
    figure in the same unit that is not smaller. Each (numerator, denominator) pair is one
    reading; the rate is consistent when any reading fits within the printed precision, and a contradiction when none does (the
    message names every reading when there are several)."""
    out: list[Relation] = []
    part_of: dict[int, Quantity] = {}
    for g in groups:
        if g.pooled or g.origin == "respective-subject":
            # (a total of the subjects named together in an earlier sentence, read by their
            # order: no base a rate of one subject's figure names)
            continue
        for p in g.parts:
            part_of.setdefault(id(p), g.total)
    quantities = [q for q in bq.quantities if not q.quoted]
    worded = _worded_rates(lex, bq)
    if worded:
        quantities = sorted([*quantities, *worded], key=lambda x: x.num_start)
    if not any(q.kind == "percent" for q in quantities):
        return out

    # a figure of another period (「较上年（1,647件）」「上年为250件」, the level a 由…到… leaves:
    # 「由上年的1,140项增加到1,362项」) is no term of a rate
    counts = [
        p
        for p in quantities
        if (p.kind in ("count", "money", "measure") or _counted_days(p))
        and not per_or_change(lex, p)
        and not is_comparison_base(p, bq)
        and not is_from_level(bq, p)
    ]
    count_starts = [p.num_start for p in counts]  # (once: bisected by the readings below)
    left: Quantity | None = None  # the earlier level of 「由上年的31.2%提高到34.0%」
    run_word = ""  # the word of the first share of a 分别 run (its named base)
    for q in quantities:
        if q.kind != "percent":
            continue
        word = rate_word(q)
        if id(q) in _respective_shares(bq):
            if word:
                run_word = word if _NAMED_WHOLE_RE.match(word) else ""
            else:
                # a later share of 「分别占A%、B%」 or 「分别占服务类投诉总量的A%、B%」: the
                # base the run names is each share's
                word = run_word or "占"
        reached = not word and left is not None and left.sentence == q.sentence
        if reached and left is not None:
            # the level reached is the rate the earlier one named (its words before 由)
            word = rate_word(_replace(left, pre=from_words(left.pre.rstrip(" 　"))))
        left = None
        if is_from_level(bq, q):
            left = q
            continue  # 「比重由上年的31.2%提高到34.0%」: the earlier year's level
        inline = _inline_base(bq, q)
        if inline is not None:
            out.append(inline)
            continue
        if not word:
            word = _bracket_share(bq.text, q) or _name_before_aside(bq.text, q)
            if not word:
                rel = _share_opening_part(bq, q, counts, count_starts)
                if rel is not None:
                    out.append(rel)
                continue
        capped = _is_capped(lex, word) or _capped_by_its_statement(lex, bq.text, q, word)
        if capped and q.low > 100:
            if any(w in word for w in lex.data["rates"].get("over-norm", ())):
                continue  # 配备率106%: a stock over its norm may exceed it (numbers.toml)
            out.append(
                Relation(
                    "rate-cap",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q),),
                    code="N105",
                    severity=Severity.ERROR,
                    message=f"{word}{q.text}超过100%，该比率不可能超过100%",
                    suggestion="核对比率的分子和分母",
                )
            )
            continue
        if not reached and (q.change or _change_re(lex).search(q.pre.strip(" 　"))):
            continue  # 较上年提高5%: a change, not a rate of two figures
        if _all_said(bq, q, word):
            out.append(Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end)))
            continue
        rel = _decision_pair_fits(lex, bq, q, word, counts, count_starts)
        if rel is not None:
            out.append(rel)
            continue
        bound = _opposite_bound(lex, bq, q, word, counts, part_of)
        if bound is None:
            bound = _equipped_bound(lex, bq, q, word, counts)
        if bound is not None:
            out.append(bound)
            continue
        rel = _summed_share(bq, q, counts, part_of)
        if rel is not None:
            out.append(rel)
            continue
        rel = _due_and_done(
            lex,
            bq,
            q,
            word,
            counts,
            functools.partial(_judge_rate, lex, bq, q, word, capped, counts, part_of),
        )
        if rel is None:
            rel = _plan_and_actual(lex, bq, q, word, counts)
        if rel is None:
            rel = _judge_rate(lex, bq, q, word, capped, counts, part_of)
        if rel is None:
            rel = _subject_share(bq, q, counts, part_of)
        if rel is None:
            rel = _named_whole_after(bq, q, word, counts, count_starts)
        if rel is None:
            rel = _share_then_count(bq, q, counts, count_starts)
        if rel is None and (_bare_share(word) or word.endswith("占比")):
            rel = _scoped_share_ahead(bq, q, counts, count_starts)
        if rel is None and capped:
            rel = _structural_pair(lex, bq, q, word, counts, part_of)
        if rel is None and capped:
            i = _index_of(bq).get(id(q), 0)
            rel = _days_of_year(bq, q, word, bq.quantities[max(0, i - DAYS_REACH) : i])
        if rel is None:
            rel = _listed_bound(lex, bq, q, counts, part_of)
        if (
            rel is not None
            and rel.verdict is Verdict.CONTRADICTION
            and _sum_of_parts_fits(groups, rel, q, bq.text)
        ):
            rel = None  # 优秀23卷、合格58卷、不合格3卷，合格率96.4% = (23+58)÷84
        if rel is not None and any(q is w for w in worded):
            rel = _worded_kept(bq, q, rel, word)
        if reached and rel is not None and not _level_named(bq, word, rel):
            rel = None
        if rel is not None:
            out.append(rel)
    out += _sibling_share_outlier(bq, out)
    out += _listed_sum_share(bq, out)
    out = _split_of_a_figure(bq, counts, out)
    kept = [
        r
        for r in _drop_explained(out)
        if not _named_in_rate(bq, r)
        and not _route_numerator(lex, bq, r)
        and not _numerator_has_own_share(bq, r)
    ]
    return _forced_complements(bq, kept)


# the whole a share names (占财政总收入的比重为, 占投诉总量的): the words after 占
_NAMED_SHARE_WHOLE_RE = re.compile(r"占(?P<whole>[\u4e00-\u9fff]{2,16}?)(?:的|比重|比例)")


def _share_named_whole(q: Quantity) -> str:
    m = _NAMED_SHARE_WHOLE_RE.search(q.pre.strip(" 　")[-24:])
    return m["whole"] if m else ""


def _numerator_has_own_share(bq: BlockQuantities, r: Relation) -> bool:
    """「税收收入36552万元，…，税收占财政总收入的比重为53.79%；…非税收入31397万元，…，非税
    收入占财政总收入比重为46.21%」: a figure followed, before the share judged, by its own
    share of the same named whole is that whole's part with its own share — not the numerator
    of the later share (own26 QZC017; as 6949件 with its 66.43% is no whole of the counts after
    it, partition ``_sibling_shares``)."""
    if r.kind != "rate" or r.verdict is not Verdict.CONTRADICTION or len(r.involved) != 3:
        return False
    by_start = {x.num_start: x for x in bq.quantities}
    q, n = by_start.get(r.involved[0].start), by_start.get(r.involved[1].start)
    if q is None or n is None or n.num_start > q.num_start:
        return False
    whole = _share_named_whole(q)
    # (the share's own subject names the figure: 「税收占…」 after 税收收入; not 「直接来电占
    # 受理总量的27.39%」 after 来信来访850件, own15 FR14)
    return bool(whole) and any(
        p.kind == "percent"
        and p is not q
        and _share_named_whole(p) == whole
        and common_substring(own_clause(p).split("占")[0], own_clause(n)) >= 2
        for p in _window(bq.quantities, n.end, q.num_start)
    )


def _route_numerator(lex: Lexicon, bq: BlockQuantities, r: Relation) -> bool:
    """「共受理各类市民诉求6.85万件，…即时答复5.70万件，转办1.15万件，全口径办结率99.67%」: a
    numerator whose words do not hold the rate's stem (答复 read for 办结, a stage alike) and
    the figure right after it, neither still open, add up exactly to the base: they split the
    base by the way each was handled, and the rate's act (办结) may be done on either side — the
    text gives no figure of it (real52 KN015)."""
    if r.kind != "rate" or r.verdict is not Verdict.CONTRADICTION or len(r.involved) != 3:
        return False
    by_start = {x.num_start: x for x in bq.quantities}
    q, n, w = (by_start.get(s.start) for s in r.involved)
    if q is None or n is None or w is None or not (w.num_start < n.num_start < q.num_start):
        return False
    # the words the rate's name ends with (率, 占比, 比重…: numbers.toml rates.words) name no act;
    # 「即办件占比」 is of 即办件 (blind38 AB28 was silenced when 占比 was taken for the stem)
    name = rate_word(q)
    suffix = max((w for w in lex.data["rates"]["words"] if name.endswith(w)), key=len, default="")
    stem = name[: len(name) - len(suffix)][-2:]
    if len(stem) < 2 or stem in own_clause(n) + _clause_after(bq.text, n):
        return False
    i = _index_of(bq).get(id(n), -1)
    m = bq.quantities[i + 1] if 0 <= i < len(bq.quantities) - 1 else None
    return (
        m is not None
        and m.num_start < q.num_start
        and m.unit == n.unit
        and n.value + m.value == w.value
        and not _still_open(bq, lex, n)
        and not _still_open(bq, lex, m)
    )


# what ends a rate's name looking back from it: a clause mark or a figure
_NAME_STOP_RE = re.compile(r"[，,；;。：:、（）()0-9０-９%％]")


def _named_in_rate(bq: BlockQuantities, r: Relation) -> bool:
    """「全院四项未结案件共211件，四项案件未结率为26.78%」: a numeral in Chinese characters
    inside the rate's own name (四项案件未结率: nothing but words between it and the rate) names
    the kinds the rate is of, not a count of its members; a reading that takes it as the
    numerator is no reading of the text (real48 KH083)."""
    if r.kind != "rate" or r.verdict is not Verdict.CONTRADICTION or len(r.involved) < 2:
        return False
    rate, numerator = r.involved[0], r.involved[1]
    q = next((x for x in bq.quantities if x.num_start == numerator.start), None)
    return (
        q is not None
        and q.chinese
        and numerator.end < rate.start
        and _NAME_STOP_RE.search(bq.text, numerator.end, rate.start) is None
    )


def _forced_complements(bq: BlockQuantities, out: list[Relation]) -> list[Relation]:
    """「新增449248条。其中，市级机关224438条，占总量的49.9%；各区（市）政府224810条，占总量的
    50.1%」: shares of one whole whose counts add up to it exactly and whose printed shares add
    up to exactly 100% — the last share written as what the others leave (100 − 49.9), so it
    carries their rounding (224810 ÷ 449248 = 50.04%, printed 50.1%). A share read against
    the same numerator and whole as the text gives is no contradiction when every other share
    of that whole fits (real38 QQ002)."""
    wrong = [
        r
        for r in out
        if r.kind == "rate" and r.verdict is Verdict.CONTRADICTION and len(r.involved) == 3
    ]
    if not wrong:
        return out
    by_span = {span_of(q): q for q in bq.quantities}
    fits: dict[Span, list[tuple[Quantity, Quantity]]] = {}
    for r in out:
        if r.kind == "rate" and r.verdict is Verdict.CONSISTENT and len(r.involved) == 3:
            q, n = by_span.get(r.involved[0]), by_span.get(r.involved[1])
            if q is not None and n is not None:
                fits.setdefault(r.involved[2], []).append((q, n))
    dropped: set[int] = set()
    for r in wrong:
        q, n, w = (by_span.get(s) for s in r.involved)
        others = fits.get(r.involved[2], [])
        if q is None or n is None or w is None or not others:
            continue
        exact = [n, w, *(m for _, m in others)]
        if any(x.approx or x.low != x.high for x in exact):
            continue  # (「3.3万多人，占51%；…3.4万多人，占49%」: no exact sum to carry)
        if (
            q.value + sum(o.value for o, _ in others) == 100
            and n.value + sum(m.value for _, m in others) == w.value
            and len({id(m) for _, m in others} | {id(n)}) == len(others) + 1
        ):
            dropped.add(id(r))
    return [r for r in out if id(r) not in dropped]


PAIR_REACH = 8  # figures before a rate looked at for the two answers of a decision


def _decision_pair_fits(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    counts: list[Quantity],
    count_starts: list[int],
) -> Relation | None:
    """「共起诉各类犯罪257件292人。共不起诉67件70人，…不起诉率为19.34%」: a rate named by one
    answer of a decision (a verb and its 不-refusal, :func:`.decisions._answer_pair`) is that
    answer over the two answers together — the cases decided (70 ÷ (292＋70)). Read among the
    figures of one unit right before the rate; a reading that only accepts."""
    name = word.removesuffix("率")
    if len(name) < 2 or name == word:
        return None
    i = bisect.bisect_left(count_starts, q.num_start)
    window = [p for p in counts[max(0, i - PAIR_REACH) : i] if p.kind == "count"]
    heads = [_bare(_clause(bq.text, p)[1]) for p in window]
    heads = [_DIGITS_ON_RE.sub("", h) for h in heads]
    for k, (no, no_words) in enumerate(zip(window, heads, strict=True)):
        for yes, yes_words in zip(window[:k], heads[:k], strict=True):
            if yes.unit != no.unit or not yes_words or not no_words:
                continue
            # 「决定起诉68.1万人…；决定不起诉20.9万人」: the words both answers open with
            # (决定, 依法) frame the decision; the answers follow them
            frame = common_prefix(yes_words, no_words)
            answer = _answer_pair(lex, yes_words[len(frame) :], no_words[len(frame) :])
            if not answer and "决定" in no_words:
                # 「提起公诉673人…审结时决定不起诉56人」: the refusal framed by its own 决定
                # (and a time before it) answers the verb the other clause opens with
                answer = _answer_pair(
                    lex, yes_words[len(frame) :], no_words[no_words.rfind("决定") + 2 :]
                )
            if not answer:
                continue
            stem = answer.lstrip("不予")
            if name.endswith(answer):
                part = no
            elif name.endswith(stem) and not name.startswith("不"):
                part = yes
            else:
                continue
            if _rate_check(part, _summed([yes, no]), q)[0]:
                return _rate_fits(q, yes, no)
    return None


# a clause's words from its first figure on (「不起诉67件」 → 「不起诉」)
_DIGITS_ON_RE = re.compile(r"[0-9０-９].*$")


# a share said of the figures before it taken together: 「…3206件，…28件，合计占70.9%」
_SUMMED_SHARE_RE = re.compile(
    r"(?:合计|共计|合共|两项合计|两者合计|二者合计|以上合计|共)占(?:比)?(?:为|达)?$"
)


def _summed_share(
    bq: BlockQuantities, q: Quantity, counts: list[Quantity], part_of: dict[int, Quantity]
) -> Relation | None:
    """「提出检察建议4562件。相关行政机关已履行职责或纠正违法3206件，相关社会组织提起公益诉讼
    28件，合计占70.9%」: a share the text says is of the figures before it taken together
    (合计占, 共计占) counts every figure of its sentence before it, in one unit and at its
    depth (two at least); its whole is the figure of that unit right before them — in the
    sentence before, or the first of the run, when its own sentence names none before them.
    One reading: reported when it does not fit (a warning when the whole is such a guess)."""
    if not _SUMMED_SHARE_RE.search(q.pre.strip(" 　")):
        return None
    same = [
        p
        for p in _by_sentence(counts).get(q.sentence, [])
        if p.end <= q.num_start and p.depth == q.depth
    ]
    if len(same) < 2:
        return None
    unit = same[-1].unit
    run: list[Quantity] = []
    for p in reversed(same):
        if p.unit != unit or p.magnitude != same[-1].magnitude:
            break
        run.insert(0, p)
    earlier = [p for p in same[: len(same) - len(run)] if p.unit == unit]
    guessed = not earlier
    before = [
        p
        for p in _by_sentence(counts).get(q.sentence - 1, [])
        if p.unit == unit and p.depth == q.depth and p.magnitude == run[0].magnitude
    ]
    parts, whole = run, (earlier[-1] if earlier else None)
    if whole is None and len(run) >= 3 and not before:
        # 「督促履行职责4562件，已履行职责3206件，提起公益诉讼28件，合计占70.9%」: the first
        # figure of the run, before its parts, is their whole
        parts, whole = run[1:], run[0]
    elif whole is None and before:
        whole = before[-1]
    if whole is None or len(parts) < 2:
        return None
    # (parts a 其中 list puts under that whole: no guess)
    guessed = guessed and not all(part_of.get(id(p)) is whole for p in parts)
    total = _summed(parts)
    if bounds(total)[0] > bounds(whole)[1]:
        return None  # (no part of that whole)
    ok, value = _rate_check(total, whole, q)
    if ok:
        return _rate_fits(q, whole, *parts)
    return _rate_mismatch(
        q,
        total,
        whole,
        value,
        said=f"{q.pre.strip(' 　')[-4:].lstrip('，,；;')}{q.text}",
        severity=Severity.WARNING if guessed else Severity.ERROR,
        data={"numerators": tuple(span_of(p) for p in parts)},
    )


def _is_share_word(word: str) -> bool:
    """Is a rate's name a share of a whole (占…的, 占比, 比例, 比重)?"""
    return word.startswith("占") or word.endswith(("占比", "比例", "比重"))


def _split_of_a_figure(
    bq: BlockQuantities, counts: list[Quantity], out: list[Relation]
) -> list[Relation]:
    """「受理治安管理类案件13件，占案件总数的22.0%；…受理21件，占总数的35.6%；…新收6件，占
    总数的10.2%；…新收19件，占案件总数的32.2%」 with 「受理59件」 stated before: shares of one
    sentence that add up to 100% (within their rounding), each over the figure right before
    it, whose figures add up to a figure of the paragraph (13＋21＋6＋19＝59) that each fits,
    are a complete split of that figure, whatever other figure the words 总数 might name —
    no finding on them stands."""
    flagged = {r.span for r in out if r.code == "N104" and r.verdict is Verdict.CONTRADICTION}
    if not flagged:
        return out
    by_sentence: dict[int, list[Quantity]] = {}
    for q in bq.quantities:
        if q.kind == "percent" and not q.change and _is_share_word(rate_word(q)):
            by_sentence.setdefault(q.sentence, []).append(q)
    starts = [p.num_start for p in counts]
    cleared: set[tuple[int, int]] = set()
    for shares in by_sentence.values():
        if len(shares) < 2 or not any((q.num_start, q.end) in flagged for q in shares):
            continue
        parts: list[Quantity] = []
        floor = bq.sentence_span(shares[0].sentence)[0] if bq.sentence_starts else 0
        for q in shares:
            i = bisect.bisect_left(starts, q.num_start) - 1
            if i < 0 or counts[i].num_start < floor:
                break
            parts.append(counts[i])
            floor = q.end
        if len(parts) != len(shares) or len({(p.unit, p.magnitude) for p in parts}) != 1:
            continue
        halves = sum((Decimal(1).scaleb(-q.decimals) / 2 for q in shares), Decimal(0))
        if abs(sum((q.value for q in shares), Decimal(0)) - 100) > halves:
            continue
        total = sum((p.value for p in parts), Decimal(0))
        whole = next(
            (
                w
                for w in counts
                if w.value == total
                and (w.unit, w.magnitude) == (parts[0].unit, parts[0].magnitude)
                and all(w is not p for p in parts)
            ),
            None,
        )
        if whole is None or not all(
            _rate_check(p, whole, q)[0] for p, q in zip(parts, shares, strict=True)
        ):
            continue
        cleared.update((q.num_start, q.end) for q in shares)
    if not cleared:
        return out
    return [
        r
        for r in out
        if not (r.code == "N104" and r.verdict is Verdict.CONTRADICTION and r.span in cleared)
    ]


# the counted noun closing a share's head (被纠错案件占比): no word of what sets it apart
_COUNTED_HEAD_RE = re.compile(r"(?:案件|事项|问题|人员|件)$")


def _level_named(bq: BlockQuantities, word: str, rel: Relation) -> bool:
    """Is the level a change reaches (「…占比由10.3%下降到4.9%」) a share of figures the
    sentence names: is every numerator named by nearly all of the share's head (the words
    before 的, or before 占比/率)? A change of a share is told against last year's level; a
    figure that names less (被撤销2件 for 因程序违法被撤销的案件占比) counts another set."""
    if rel.verdict is not Verdict.CONTRADICTION:
        return True
    head = re.sub(r"(?:占比|比例|比重|率|度)$", "", name_core(word)[1])
    head = head.rsplit("的", 1)[0] if "的" in head else _COUNTED_HEAD_RE.sub("", head)
    spans = set(rel.data.get("numerators", ()) if rel.data else ())
    named = [p for p in bq.quantities if span_of(p) in spans]
    # (a reading that names no numerator span, read from the rate's own clause, stands)
    return not named or all(
        common_substring(head, _name_words(p, bq.text)) >= len(head) - 1 for p in named
    )


# shares of a list whose implied bases agree before one that disagrees is reported
MIN_AGREEING = 3
# the shares of one list compared (a bounded run)
MAX_LISTED_SHARES = 12


def _sibling_share_outlier(bq: BlockQuantities, found: list[Relation]) -> list[Relation]:
    """「商品类投诉中，（1）服装鞋帽11081件，占比28.07%；（2）食品9456件，占比21.42%；（3）家居
    用品5396件，占比13.67%…」: the bare shares (占比/占) of the items of one statement that
    names the set they are drawn from (:func:`drawn_set`) each imply that set's total, which
    the text does not state. When all but one agree on it (:data:`MIN_AGREEING` at least)
    and that one's base lies outside theirs, that share disagrees with its siblings: a
    warning (which figure is wrong the text cannot say). One pass over the block.

    A figure of the items' unit stated before the run that lies in the base all others imply
    (「共计531条。…其中…17条，占比3.20%；…77条，占比15.40%；…275条，占比51.79%」) is that
    base: then two agreeing shares suffice and no set need be named (session 26)."""
    text = bq.text
    reported = {r.span for r in found if r.verdict is Verdict.CONTRADICTION}
    fitting = {r.span for r in found if r.verdict is Verdict.CONSISTENT}
    runs: dict[int, list[tuple[Quantity, Quantity]]] = {}
    qs = bq.quantities
    for k in range(1, len(qs)):
        q, n = qs[k], qs[k - 1]
        if q.kind != "percent" or rate_word(q) not in ("占比", "占"):
            continue
        # 「予以公开3件（主动公开1件，依申请公开2件），占42.86%」: a bracket's figures between a
        # figure and its share are an aside
        j = k - 1
        while j > 0 and k - j <= ASIDE_FIGURES and qs[j].depth > q.depth:
            j -= 1
        n = qs[j]
        if n.kind != "count" or n.depth != q.depth or n.sentence != q.sentence or n.value <= 0:
            continue
        if _CLAUSE_BREAK_SHARE_RE.search(text, n.end, q.num_start) is None:
            continue  # 「…11081件，占比28.07%」: the share in the clause right after its count
        runs.setdefault(q.sentence, []).append((n, q))
    out: list[Relation] = []
    for sentence, pairs in runs.items():
        pairs = pairs[:MAX_LISTED_SHARES]
        if len(pairs) < MIN_STATED_AGREEING + 1 or len({n.unit for n, _ in pairs}) != 1:
            continue
        start = bq.sentence_span(sentence)[0]
        named = bool(drawn_set(text, start, pairs[0][0].num_start))
        stated = _stated_wholes(bq, pairs[0][0])
        if not named and not stated:
            continue
        if any((q.num_start, q.end) in fitting for _, q in pairs):
            continue  # a stated total some share fits: the shares are read against it
        spans = [_implied_base(n, q) for n, q in pairs]
        for i, (n, q) in enumerate(pairs):
            others = [b for j, b in enumerate(spans) if j != i]
            lo = max(b[0] for b in others)
            hi = min(b[1] for b in others)
            if lo > hi or (spans[i][0] <= hi and lo <= spans[i][1]):
                continue  # the others disagree among themselves, or this one agrees
            if (len(others) < MIN_AGREEING or not named) and not any(
                lo <= w.value <= hi for w in stated
            ):
                # (two agreeing shares only, or no set named: their base must be stated)
                continue
            if (q.num_start, q.end) in reported:
                continue
            whole = next((w for w in stated if lo <= w.value <= hi), None)
            base = whole.value if whole is not None else (lo + hi) / 2
            shown = fmt(base.quantize(Decimal(1)))
            said = f"（约{shown}）" if whole is None else f"{whole.text}（前文所述）"
            out.append(
                Relation(
                    "rate",
                    Verdict.CONTRADICTION,
                    q.block,
                    (q.num_start, q.end),
                    (span_of(q), span_of(n), *((span_of(whole),) if whole else ())),
                    code="N104",
                    severity=Severity.WARNING,
                    message=(
                        f"占比{q.text}与同列其他{len(others)}项占比所示的同一总数{said}"
                        f"不符：{n.number}÷{whole.number if whole else shown}＝"
                        f"{fmt((n.value / base * 100).quantize(Decimal('0.01')))}%"
                    ),
                    suggestion=f"核对{n.text}与占比{q.text}",
                    data={"numerator": str(n.value), "stated": str(q.value)},
                )
            )
    return out


# a share's words from its 占 to its number: 占比 / 占（whole）的 / 占（whole）比重为
_LISTED_SHARE_WORDS_RE = re.compile(
    r"占(?:比|(?P<whole>[^，,；;。：:]{1,24}?)(?:的|比重|比例)+)(?:为|达到?|是)?(?:约|近)?\s*$"
)
# the text between a listed count and the 占 of its share: no clause of another sentence
_LISTED_SHARE_GAP_RE = re.compile(r"[^。；;！？!?\n]*")
# an item that closes a list (其他类报警4484起, 其余3件)
_LIST_CLOSER_RE = re.compile(r"(?:^|[，,；;、。：:\n])\s*(?:其他|其它|其余)")
# shares of a list agreeing on the sum of its items before one that disagrees is reported
# (one suffices when an item 其他/其余 closes the list)
MIN_SUM_AGREEING = 2


def _listed_sum_share(bq: BlockQuantities, found: list[Relation]) -> list[Relation]:
    """「刑事类报警310起，占110类有效报警数的6.5%，…；治安类报警750起，占…的13.5%，…，其他类
    报警4484起」, 「16个…，占比50.00%。12个…，占比35.70%。4个…，占比12.50%」: the items of
    one list, each a count of one unit (most with its share), whose whole the text does not
    state: the whole is the sum of the items when the list is complete — closed by an item
    其他/其余, or the sum fitting every other share of it (:data:`MIN_SUM_AGREEING`). A share
    that the sum does not give while all its siblings fit it is reported (a warning: which
    figure is wrong the text cannot say). The list runs across sentences of the paragraph
    (unlike :func:`_sibling_share_outlier`): it ends at a count of its unit with no share
    that is no closing item. A share of a whole of another name than its siblings', or one
    another reading fits, is left. One pass over the block."""
    text = bq.text
    skip = {r.span for r in found}
    qs = bq.quantities
    shares: dict[int, tuple[Quantity, str]] = {}  # id(count) -> its share and whole
    inside: set[int] = set()
    for k, q in enumerate(qs):
        if q.kind != "percent" or q.change:
            continue
        at = text.rfind("占", max(0, q.num_start - 30), q.num_start)
        m = _LISTED_SHARE_WORDS_RE.match(text, at, q.num_start) if at >= 0 else None
        if m is None:
            continue
        j = k - 1
        while j >= 0 and qs[j].num_start >= at:
            inside.add(id(qs[j]))  # 「占110类有效报警数的」: a figure of the whole's name
            j -= 1
        while j >= 0 and qs[j].depth > q.depth:
            j -= 1  # a bracket's figures between a count and its share are an aside
        if j < 0:
            continue
        n = qs[j]
        if (
            n.kind != "count"
            or n.depth != q.depth
            or n.value <= 0
            or not _LISTED_SHARE_GAP_RE.fullmatch(text, n.end, at)
        ):
            continue
        shares[id(n)] = (q, m["whole"] or "")
    if len(shares) < MIN_SUM_AGREEING:
        return []
    out: list[Relation] = []
    first = next((n for n in qs if id(n) in shares), None)
    if first is None:
        return []
    items: list[Quantity] = []
    closed = False
    for n in qs[qs.index(first) :]:
        if n.kind != "count" or n.unit != first.unit or n.depth != first.depth:
            continue
        if id(n) in inside or n.change:
            continue
        if id(n) not in shares:
            if _LIST_CLOSER_RE.search(text, max(0, n.pre_start - 1), n.num_start):
                items.append(n)
                closed = True
            break
        items.append(n)
    paired = [(n, *shares[id(n)]) for n in items if id(n) in shares]
    if len(paired) < MIN_SUM_AGREEING or len(paired) > MAX_LISTED_SHARES:
        return []
    if len({w for _, _, w in paired if w}) > 1:
        return []  # shares of wholes of different names
    total = sum((n.value for n in items), Decimal(0))
    closer = f"（列至{items[-1].text}止）" if closed else ""
    if not closed:
        # 「新受理的行政复议151件中，…140件，占…93.71%；…11件，占…7.28%」: the paragraph
        # states the sum before the list — the list is whole
        whole = next((w for w in _stated_wholes(bq, first) if w.value == total), None)
        closed = whole is not None
        closer = f"（即前文所述{whole.text}）" if whole is not None else ""
    fits = [_fits_sum(n, q, total) for n, q, _ in paired]
    agreeing = fits.count(True)
    if agreeing < (1 if closed else MIN_SUM_AGREEING) or fits.count(False) > 1:
        return []
    if agreeing == len(paired):
        return []
    n, q, _ = paired[fits.index(False)]
    if (q.num_start, q.end) in skip:
        return []
    terms = "＋".join(i.number for i in items)
    closer = closer or f"（其余{agreeing}项占比均与之相符）"
    out.append(
        Relation(
            "rate",
            Verdict.CONTRADICTION,
            q.block,
            (q.num_start, q.end),
            (span_of(q), *(span_of(i) for i in items)),
            code="N104",
            severity=Severity.WARNING,
            message=(
                f"占比{q.text}与所列各项之和不符：{terms}＝{fmt(total)}{closer}，"
                f"{n.number}÷{fmt(total)}＝{fmt((n.value / total * 100).quantize(Decimal('0.01')))}%"
            ),
            suggestion=f"核对{n.text}与占比{q.text}",
            data={"numerator": str(n.value), "stated": str(q.value)},
        )
    )
    return out


# the units of a share's last printed digit a listed share may stray from its item's part of
# the sum: the shares of one list are often evened to sum to 100% (33.3%, 33.3%, 33.4%)
LISTED_SHARE_SLACK = Decimal("1.5")


def _fits_sum(n: Quantity, q: Quantity, total: Decimal) -> bool:
    """Whether ``n`` of ``total`` is the share ``q`` at its printed precision, rounded,
    truncated or evened by one unit of its last digit."""
    slack = LISTED_SHARE_SLACK * Decimal(1).scaleb(-q.decimals)
    share = n.value * 100 / total
    return q.low - slack <= share <= q.high + slack


# shares agreeing on one base, besides a figure the paragraph states before them that is it
MIN_STATED_AGREEING = 2


def _stated_wholes(bq: BlockQuantities, first: Quantity) -> list[Quantity]:
    """The figures of ``first``'s unit the paragraph states before it, at its depth and of
    no other period's comparison: the wholes a run of shares may be drawn from."""
    return [
        w
        for w in bq.quantities
        if w.end <= first.num_start
        and w.kind == first.kind
        and w.unit == first.unit
        and w.depth == first.depth
        and not w.change
        and not is_comparison_base(w, bq)
    ]


# the words between a count and its share in the next clause: a comma and 占比/占 at most
_CLAUSE_BREAK_SHARE_RE = re.compile(r"[，,]")


def _implied_base(n: Quantity, q: Quantity) -> tuple[Decimal, Decimal]:
    """The totals ``n`` is ``q`` of, at the share's printed precision (rounded or truncated)."""
    unit = Decimal(1).scaleb(-q.decimals)
    lo_rate = q.low - unit / 2
    hi_rate = q.high + unit
    if lo_rate <= 0:
        return Decimal(0), Decimal("Infinity")
    return n.value * 100 / hi_rate, n.value * 100 / lo_rate


def _drop_explained(out: list[Relation]) -> list[Relation]:
    """「…经法制审核的重大执法决定412件，占普通程序案件的26.1%」 beside 「法制审核覆盖率100%」:
    a figure read as a rate's numerator with a fitting base of its own (the rate nearest to
    it) is that rate's; another rate whose every reading counts such figures is not
    reported against them (it speaks of figures the text does not give)."""
    own: dict[Span, tuple[int, int]] = {}
    for r in out:
        if r.kind == "rate" and r.verdict is Verdict.CONSISTENT and len(r.involved) == 3:
            n = r.involved[1]
            if n not in own or abs(r.span[0] - n.start) < abs(own[n][0] - n.start):
                own[n] = r.span
    if not own:
        return out
    kept = []
    for r in out:
        numerators = r.data.get("numerators") if r.verdict is Verdict.CONTRADICTION else None
        if numerators and all(
            n in own and own[n] != r.span and abs(own[n][0] - n.start) < abs(r.span[0] - n.start)
            for n in numerators
        ):
            continue
        kept.append(r)
    return kept


# a rate stated in words after its name (满意率达七成以上, 约占三分之二, 卸载率为八成五,
# 四分之三以上): tenths (成, and a digit of hundredths after it) or a fraction (分之)
_WORDED_RATE_RE = re.compile(
    r"(?P<pre>近|将近|接近|超过|超|逾|约|大约|不到|不足)?"
    r"(?:(?P<den>[二两三四五六七八九十])分之(?P<frac>[一二两三四五六七八九])"
    r"|(?P<num>[一二两三四五六七八九])成(?P<tenth>[一二三四五六七八九](?![0-9一二两三四五六七八九十百千万个项件人次名]))?)"
    r"(?P<post>以上|多|余|有余|左右)?"
)
_WORDED_STOP = "，,；;。：:（()）"
# what every match of _WORDED_RATE_RE holds (成 or 分之), and how far before it a match may
# open: the longest ``pre`` word (将近) and the numeral
_WORDED_ANCHOR_RE = re.compile("成|分之")
_WORDED_REACH = 3


def _worded_rate_matches(text: str) -> Iterator[re.Match[str]]:
    """``_WORDED_RATE_RE.finditer(text)``, tried only in the few characters before each 成 and
    分之 (the pattern opens with numerals, and prose has a 一 or 二 in nearly every clause): a
    match opens at most ``_WORDED_REACH`` characters before its 成 or 分之, so the starts
    tried, left to right, are those where the engine could succeed — the same matches."""
    pos = 0  # the end of the last match: the next one starts there or later
    for anchor in _WORDED_ANCHOR_RE.finditer(text):
        at = anchor.start()
        for start in range(max(pos, at - _WORDED_REACH), at):
            m = _WORDED_RATE_RE.match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break


def _worded_kept(bq: BlockQuantities, q: Quantity, rel: Relation, word: str) -> Relation | None:
    """A finding on a rate in words, kept only on its nearest terms: every figure in its
    sentence, the numerator in its clause or the one before (「满意的138件，满意率达七成以上」;
    not 「21个事项（47个子项），全部实现网上可办，其中…事项占比达到九成以上」, whose subset
    is not counted), or a numerator after it that the stem of its name names, in its sentence
    or the next (「调解成功率近九成。共受理纠纷356件，调解成功252件。」「合格率达九成（参考人数
    240人，合格198人）」); never more than a warning (a rate in words is a round one)."""
    if rel.verdict is not Verdict.CONTRADICTION:
        return rel
    numerator = rel.involved[1] if len(rel.involved) > 1 else None
    if numerator is None:
        return None
    lo, hi = bq.sentence_span(q.sentence)
    if numerator.start > q.num_start:
        # the numerator told after the rate: by its name, at most one sentence on
        hi = bq.sentence_span(q.sentence + 1)[1] if q.sentence + 1 < len(bq.sentence_starts) else hi
        stem = _stem(word)
        n = next((x for x in bq.quantities if span_of(x) == numerator), None)
        if not stem or n is None or not _subsequence(stem, _name_words(n, bq.text)):
            return None
    if any(s.block != q.block or s.start < lo or s.end > hi for s in rel.involved):
        return None
    if (
        numerator.start < q.num_start
        and len(COMMA_RE.findall(bq.text, numerator.end, q.num_start)) > 1
    ):
        return None
    # (marked: the reading of two paragraphs as one does not report it, relations/pickup.py)
    return replace(rel, severity=Severity.WARNING, data={**rel.data, "worded": True})


# words that may stand before a bare share closing its clause (「，已超过半数，」)
_BARE_SHARE_LEAD = ("", "已", "已经", "均")
_CLAUSE_OPEN_MARKS = "，,"
_CLAUSE_CLOSE_MARKS = "，,；;。"
_ENDS_WITH_COUNT_RE = re.compile(r"[0-9０-９][0-9０-９,，.]*[\u4e00-\u9fff]{1,2}$")


def _closes_a_count_clause(text: str, at: int, pre: str, end: int) -> bool:
    """Is a share in words a clause of its own (only 已/均 before it, a mark after it) right
    after a clause that ends with a counted figure (「其中提出修改意见的47份，超过六成，」)? Then
    it is that figure's share, as a bare 「，占X%」 is; a share opening a clause with more
    after it (「，超过六成通过网上办理」) names a subject of its own."""
    if pre not in _BARE_SHARE_LEAD or at < 1 or text[at] not in _CLAUSE_OPEN_MARKS:
        return False
    if end < len(text) and text[end] not in _CLAUSE_CLOSE_MARKS:
        return False
    return _ENDS_WITH_COUNT_RE.search(text, max(0, at - 16), at) is not None


@lru_cache(maxsize=4)
def _fixed_share_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """The fixed words of a half (超过半数, 过半…), longest first."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _worded_rates(lex: Lexicon, bq: BlockQuantities) -> list[Quantity]:
    """Rates stated in words (「满意率达七成以上」「约占三分之二」「八成五」) as percentages
    of the interval they name, when a rate's name or 占 stands right before them in their
    clause: numbers.toml ``rates.change-words`` gives the interval around the amount (成:
    tenths; 分之: a fifth of the fraction; plain: half a step either way); 以上, 超过 reach up
    to 100%. A rate in words is never more than a warning."""
    text = bq.text
    if "成" not in text and "分之" not in text and "半" not in text:
        return []
    table = lex.data["rates"]["change-words"]
    out: list[Quantity] = []
    # 「在线申请的3,915件，已超过半数，」: a fixed word of a half, as a bare share closing the
    # clause after a count (numbers.toml ``rates.change-words.fixed``)
    for m in _fixed_share_re(tuple(table["fixed"])).finditer(text):
        at = last_mark(text, _WORDED_STOP, 0, m.start())
        if not _closes_a_count_clause(text, at, text[at + 1 : m.start()], m.end()):
            continue
        low, high = (Decimal(str(x)) * 100 for x in table["fixed"][m.group(0)])
        out.append(
            _quantity(
                block=bq.block,
                start=m.start(),
                end=m.end(),
                num_start=m.start(),
                num_end=m.end(),
                number=m.group(0),
                value=(low + high) / 2,
                low=low,
                high=high,
                unit="%",
                unit_text="",
                kind="percent",
                approx=m.group(0),
                chinese=True,
                depth=0,
                sentence=bq.sentence_of(m.start()) if bq.sentence_starts else 0,
                pre="占",
                pre_start=at + 1,
                decimals=2,
            )
        )
    for m in _worded_rate_matches(text):
        begin = m.start("den") if m["den"] else m.start("num")
        at = last_mark(text, _WORDED_STOP, 0, begin)  # (a search back per stop was quadratic)
        pre = text[at + 1 : begin]
        if m["pre"]:
            pre = pre[: -len(m["pre"])]
        if "分别" in pre or pre.endswith("、") or text.startswith(("、", "和", "及"), m.end()):
            continue  # 「分别约占三成、两成和一成半」: shares of a list, their terms unstated
        probe = _quantity(pre=pre)
        if not rate_word(probe) and pre != "其中":
            if not _closes_a_count_clause(text, at, pre, m.end()):
                continue  # (其中 + a share: the subject of a part's clause, _share_opening_part)
            pre = "占"  # 「其中提出修改意见的47份，超过六成，」: the share of the figure before
        if m["den"]:
            den, frac = cn_to_int(m["den"]), cn_to_int(m["frac"])
            if frac >= den:
                continue
            amount = Decimal(frac) / Decimal(den)
            step = amount * Decimal(str(table["steps"]["分之"]))
        else:
            step = Decimal(str(table["steps"]["成"]))
            amount = cn_to_int(m["num"]) * step
            if m["tenth"]:
                amount += cn_to_int(m["tenth"]) * step / 10
                step = step / 10
        shift = table["before"].get(m["pre"]) if m["pre"] else None
        shift = shift or (table["after"][m["post"]] if m["post"] else table["plain"])
        low = amount + Decimal(str(shift[0])) * step
        high = amount + Decimal(str(shift[1])) * step
        if m["post"] == "以上" or m["pre"] in ("超过", "超", "逾"):
            high = Decimal(1)
        hundred = Decimal(100)
        out.append(
            _quantity(
                block=bq.block,
                start=m.start(),
                end=m.end(),
                num_start=begin,
                num_end=m.end(),
                number=m.group(0),
                value=amount * hundred,
                low=max(Decimal(0), low * hundred),
                high=min(hundred, high * hundred),
                unit="%",
                unit_text="",
                kind="percent",
                approx=(m["pre"] or "") + (m["post"] or ""),
                chinese=True,
                depth=0,
                sentence=bq.sentence_of(begin) if bq.sentence_starts else 0,
                pre=pre,
                pre_start=at + 1,
                decimals=2,
            )
        )
    return out


# 「有效监测天数365天」「优良天数312天」: days counted (a number of days, named so), not a span
# of time; such figures are terms of a rate over days (优良天数比例)
_COUNTED_DAYS_RE = re.compile(r"[天日]数(?:为|是|达到|达|共|有|计|累计|合计)*$")


def _counted_days(p: Quantity) -> bool:
    return p.kind == "time" and p.unit in ("天", "日") and bool(_COUNTED_DAYS_RE.search(p.pre))


# 「应出庭应诉案件45件，实际出庭42件」「应参训1,260人，实到1,180人」: what was due (应X) and
# what was done (实际X, 实X) of the thing a rate names
# (需 says the due as 应 does: 「需行政机关负责人出庭应诉的257件」)
_DUE_RE = re.compile(r"(?:应|需)(?:当|该|要)?([\u4e00-\u9fff]{2})")
# 「应由负责人出庭的7件」「应当由本机关办理的」: the due named with its doer between 应 and the
# verb (the verb one of the rate's keys somewhere in the words after 由)
_DUE_BY_RE = re.compile(r"(?<![不无])(?:应(?:当|该)?由|需(?:要)?(?:由)?)[\u4e00-\u9fff]{1,12}")
_DONE_RE = re.compile(r"(?:实际|实)([\u4e00-\u9fff]{2})")
# 「应考3,418人，实考3,391人，参考率…」「应到126人，实到120人，到会率…」: a clause that is only
# 应/实 and a one-character verb, the verb one of the last two characters of the rate's name
_DUE_ONE_RE = re.compile(r"应(?:当|该)?([\u4e00-\u9fff])")
_DONE_ONE_RE = re.compile(r"(?:实际|实)([\u4e00-\u9fff])")
# characters of a rate's name, before 率, its due and done figures are matched against
DUE_NAME = 4
NAMED_DONE = 5  # characters in a row a 其中 part shares with the rate's name to be its done
_PAIRED_ONE = {"应": "实", "实": "应"}  # the other of a due/done pair of one verb (应考/实考)
_PAIRED_ONE_RE = re.compile(r"(应|实)(?!际)([\u4e00-\u9fff])")


def _paired_one(
    bare: str, head: str, text: str, p: Quantity, done: bool = False
) -> re.Match[str] | None:
    """「应考人数438人，实考432人，参考率…」: 应X… (or 实X…, not 实际) opening a figure's words
    counts the due (done) of X when the other of the pair, 实X (应X), stands within DUE_REACH
    of it and X is a character of the rate's head (考 of 参考率, not of 考试合格率): one
    verb, stated both ways."""
    m = _PAIRED_ONE_RE.match(bare)
    if m is None or (m.group(1) == "实") != done or m.group(2) not in head:
        return None
    other = _PAIRED_ONE[m.group(1)] + m.group(2)
    if other not in text[max(0, p.num_start - DUE_REACH) : p.num_start + DUE_REACH]:
        return None
    return (_DONE_ONE_RE if done else _DUE_ONE_RE).match(bare)  # (X its first group)


DUE_REACH = 200  # characters around a rate its due and done figures are looked for in


_CLAUSE_END_RE = re.compile("[，,；;。]")


def _due_by(words: str, keys: set[str]) -> bool:
    """Do the words name a due with its doer (「应由负责人出庭的」) whose verb is a rate key?"""
    m = _DUE_BY_RE.search(words)
    return m is not None and any(k in m.group(0) for k in keys)


def _names_the_doing(lex: Lexicon, word: str, head: str, verb: str) -> bool:
    """Does the rate count the doing of ``verb`` itself: its head is the verb (评查率), or a
    generic share (覆盖率: numbers.toml ``rates.generic``) of it (抽查覆盖率) — not another
    result of it (测评合格率)?"""
    if not verb:
        return False
    return verb == head or any(
        word.endswith(g) and verb in word[: -len(g)] for g in lex.data["rates"]["generic"]
    )


def _applied_to(
    lex: Lexicon, text: str, nearby: list[Quantity], done: Quantity, keys: set[str]
) -> Quantity | None:
    """The last figure before ``done``, in its unit and not smaller, whose clause holds the
    rate's verb (a key of its name): the set that verb was to be applied to."""
    found = None
    for p in nearby:
        if p.num_start >= done.num_start or p.kind != done.kind or p.high < done.low:
            continue
        if not lex.same_units(p.unit, done.unit) or p.value <= 0:
            continue
        # (its clause up to the next clause mark, brackets and all: 「对170个村（社区）开展…」)
        end = _CLAUSE_END_RE.search(text, p.end, p.end + DUE_REACH)
        clause = _clause_before(text, p) + text[p.end : end.start() if end else p.end]
        if any(k in clause for k in keys):
            found = p
    return found


def _due_and_done(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    counts: list[Quantity],
    other: Callable[[], Relation | None] | None = None,
) -> Relation | None:
    """A rate whose figures are stated as what was due and what was done of the thing it
    names (出庭应诉率 ← 应出庭应诉案件45件 and 实际出庭42件, in its sentence or the one before,
    in brackets or not): the done over the due. Consistent when it fits; else an error when
    the three stand in one sentence, a warning otherwise."""
    if not word.endswith("率"):
        return None
    name = word[:-1][-DUE_NAME:]
    if len(name) < 2:
        return None
    keys = {name[i : i + 2] for i in range(len(name) - 1)}
    # 「仲裁结案率…（应审结案件1211件，实际审结1156件）」: a verb of the same flow stage as
    # the name's last word that shares a character with it (审结/办结 for 结案; not 答复)
    # names the due and the done as well as that word
    head2 = name[-2:]
    stage = lex.verb_family.get(head2, "")
    if stage in FLOW_STAGES:
        keys |= {
            w
            for w, f in lex.verb_family.items()
            if f == stage and len(w) == 2 and set(w) & set(head2)
        }
    text = bq.text
    window = text[max(0, q.num_start - DUE_REACH) : q.num_start + DUE_REACH]
    if "应" not in window and "需" not in window and "实际" not in window:
        return None
    grouped = _by_sentence(counts)
    same = grouped.get(q.sentence, [])
    cut = _split_at(same, q.num_start) if same else 0
    nearby = [
        p
        for p in (
            *grouped.get(q.sentence - 1, [])[-SCOPE:],
            *same[max(0, cut - SCOPE) : cut + SCOPE],
        )
        if abs(p.num_start - q.num_start) < DUE_REACH
    ]
    due = done = None
    done_verb = ""
    head = name[-2:]
    # 「应参与自查机构246家，实际提交自查报告的231家，参与率…」: a 实际 figure right after
    # the due one, done by another verb (an uncertain reading: a warning at most)
    other_done: Quantity | None = None
    # 「应由负责人出庭的7件，镇长或分管副镇长出庭应诉5件，出庭应诉率…」: after the due figure,
    # the first figure whose words do the rate's verb without 应 or 实际 (an inferred done)
    own_done: Quantity | None = None
    for p in nearby:
        words = clause_tail(text, _SHARE_CLAUSE_MARKS, max(0, p.num_start - 24), p.num_start)
        d = _DUE_RE.search(words)
        a = _DONE_RE.search(words)
        bare = words.strip(" 　")
        d1 = _DUE_ONE_RE.fullmatch(bare) or _paired_one(bare, head, text, p)
        a1 = _DONE_ONE_RE.fullmatch(bare) or _paired_one(bare, head, text, p, done=True)
        if (a is not None and a.group(1) in keys) or (a1 is not None and a1.group(1) in head):
            done = p
            done_verb = a.group(1) if a is not None and a.group(1) in keys else ""
        elif a is not None and due is not None and other_done is None and words.startswith("实际"):
            other_done = p
        elif (
            (d is not None and d.group(1) in keys and not words[: d.start()].endswith("不"))
            or (d1 is not None and d1.group(1) in head)
            or _due_by(words, keys)
        ):
            due = p
        elif (
            due is not None
            and own_done is None
            and d is None
            and a is None
            and p.num_start < q.num_start
            # (a part of the due: 「其中转交办理5件」 — unless its words are the rate's own
            # name: 「其中负责人出庭应诉251件」 for 负责人出庭应诉率)
            and (not words.startswith("其中") or common_substring(word, words) >= NAMED_DONE)
            and any(k in words for k in keys)
        ):
            own_done = p
    sure = True
    if done is None and other_done is not None and due is not None:
        done, sure = other_done, False
    inferred = False
    if done is None and own_done is not None and due is not None:
        done, sure, inferred = own_done, False, True
    if due is None and done is not None and _names_the_doing(lex, word, head, done_verb):
        # 「对126家重点企业开展…抽查，抽查覆盖率85%，实际抽查企业101家」: no 应-figure; the
        # set the rate's verb was applied to, stated before the done figure (a warning)
        due, sure = _applied_to(lex, text, nearby, done, {done_verb}), False
    if due is None or done is None or due is done:
        return None
    if due.kind != done.kind or not lex.same_units(due.unit, done.unit):
        return None
    ok, value = _rate_check(done, due, q)
    spans = (span_of(q), span_of(done), span_of(due))
    if ok:
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), spans)
    if inferred and other is not None:
        # (an inferred done is a last resort: the reading of the rate's own words, when it
        # finds one, decides — consistent or not)
        alt = other()
        if alt is not None:
            return alt
    one = sure and due.sentence == done.sentence == q.sentence
    severity = Severity.ERROR if one else Severity.WARNING
    return _rate_mismatch(
        q,
        done,
        due,
        value,
        said=f"{word}{q.text}",
        check=word,
        severity=severity,
        note=f"（分母{due.text}、分子{done.text}系推断）" if inferred else "",
    )


# a completion rate (完成率, 计划完成率, 执行率, 完成计划的) and the clauses of a plan and of
# what was actually done (「计划检查1260家，实际检查1318家」)
_COMPLETION_RE = re.compile("完成|执行|达成")
_NEXT_RATE_RE = re.compile(r"[、和及与][0-9０-９.．]+[%％]")
_PLANNED_RE = re.compile(r"计划(?!外)")
_ACTUAL_RE = re.compile(r"^(?:其中|全年|年内)?实际")


def _plan_and_actual(
    lex: Lexicon, bq: BlockQuantities, q: Quantity, word: str, counts: list[Quantity]
) -> Relation | None:
    """A completion rate of a plan: 「年度计划开展检查320次，实际完成347次，完成计划的108.4%」,
    「计划培训1200人次，实际培训1356人次，完成率113.0%」 — the actual figure over the planned
    one, whatever the verbs. The planned figure is the latest one before the rate whose clause
    says 计划 (not 实际); the actual one follows it, its clause opening with 实际. Such a rate
    may pass 100%; it is checked only against these two. Consistent when it fits; an error when
    the three stand in one sentence, a warning otherwise."""
    if not _COMPLETION_RE.search(word):
        return None
    text = bq.text
    if "分别" in q.pre or _NEXT_RATE_RE.match(text, q.end):
        return None  # 「完成率分别为110%和106.7%」: rates of several plans, paired in order
    grouped = _by_sentence(counts)
    same = grouped.get(q.sentence, [])
    cut = _split_at(same, q.num_start) if same else 0
    before = [
        p
        for p in (*grouped.get(q.sentence - 1, [])[-SCOPE:], *same[max(0, cut - SCOPE) : cut])
        if q.num_start - p.num_start < DUE_REACH
    ]
    plan = actual = None
    for p in before:
        words = clause_tail(text, _SHARE_CLAUSE_MARKS, max(0, p.num_start - 24), p.num_start)
        if _ACTUAL_RE.search(words.strip(" 　")):
            if plan is not None:
                actual = p
        elif _PLANNED_RE.search(words):
            plan, actual = p, None
    if plan is None or actual is None:
        plan, actual = _named_plan_pair(text, q, word, before)
    if plan is None or actual is None:
        return None
    if plan.kind != actual.kind or not lex.same_units(plan.unit, actual.unit) or plan.value <= 0:
        return None
    ok, value = _rate_check(actual, plan, q)
    spans = (span_of(q), span_of(actual), span_of(plan))
    if ok:
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), spans)
    one = plan.sentence == actual.sentence == q.sentence
    severity = Severity.ERROR if one else Severity.WARNING
    return _rate_mismatch(
        q, actual, plan, value, said=f"{word}{q.text}", check=word, severity=severity
    )


# 「完成预算的68%」「完成年度目标的92.5%」: a completion rate that names what it completes
_NAMED_PLAN_RE = re.compile(
    r"(?:完成|执行|达成)了?(?:年度|全年|年初)?(?P<plan>[\u4e00-\u9fff]{2,4}?)数?的$"
)


def _named_plan_pair(
    text: str, q: Quantity, word: str, before: list[Quantity]
) -> tuple[Quantity | None, Quantity | None]:
    """The planned and the actual figure of a completion rate that names its plan (「支出
    预算为246万元，支出决算为167.37万元，完成预算的68%」): the last two figures before the rate,
    the first's clause naming the plan (预算), the second's not, with no figure between the
    second and the rate. A figure of a 其中 item after them (「其中…支出决算为8.47万元，完成预算
    的60.50%」, the item's own budget unsaid) has no such pair."""
    m = _NAMED_PLAN_RE.search(word.strip(" 　"))
    if m is None or len(before) < 2:
        return None, None
    plan, actual = before[-2], before[-1]
    if any(plan.num_start < p.num_start < q.num_start for p in before if p is not actual):
        return None, None
    if text.find("其中", plan.end, q.num_start) >= 0:
        return None, None
    named = m.group("plan")

    def clause(p: Quantity) -> str:
        return clause_tail(text, _SHARE_CLAUSE_MARKS, max(0, p.num_start - 24), p.num_start)

    if named in clause(plan) and named not in clause(actual):
        return plan, actual
    return None, None


# a list longer than this is not searched for the parts a rate may sum (2**n subsets)
MAX_SUMMED_PARTS = 8


# 「不予处罚案件占全部处罚案件的比例为12.8%」「网上办理占比为85%」: a share whose clause names
# what it counts (the subject before 占) and, maybe, its whole (after 占)
_SUBJECT_SHARE_RE = re.compile(
    r"(?P<subj>[\u4e00-\u9fff“”\"]{2,16}?)"
    r"(?:占比|占(?P<base>[\u4e00-\u9fff“”\"]{0,16}?)的?(?:比例|比重)?)(?:为|达到|达|是|约)*$"
)
_SUBJECT_FILLER = ("其中", "分别", "均", "约", "共", "合计", "总计")
_SHARE_CLAUSE_RE = re.compile(r"[^，,；;。：:（）()]*$")
_SHARE_CLAUSE_MARKS = "，,；;。：:（）()"  # (its clause, read by clause_tail)
# how many figures before a share (its sentence and the one before) are read as its terms
SHARE_SCOPE = 12
SHARE_CLAUSE_REACH = 48  # characters of the share's clause read before it


def _narrowed(subject: str, words: str) -> bool:
    """Does a share's subject narrow what a figure's words count by a modifier before the
    words they share (简易注销 / 办理注销登记: 简易 said of neither)? Such a figure counts the
    wider set — the share's whole, its part left untold — not the share's numerator."""
    for k in range(len(subject) - 2, 1, -1):
        if subject[-k:] in words:
            return subject[:-k][-2:] not in words and len(subject[:-k]) >= 2
    return False


def _share_subject(text: str, q: Quantity) -> tuple[str, str] | None:
    """A share's subject (what it counts, two characters at least) and the whole named after
    its 占 ("" when none), from its clause."""
    clause = clause_tail(text, _SHARE_CLAUSE_MARKS, max(0, q.start - SHARE_CLAUSE_REACH), q.start)
    s = _SUBJECT_SHARE_RE.search(clause)
    if s is None:
        return None
    subject = s.group("subj")
    # 「答复内容中予以公开的占比」: what is counted follows the scope's 中
    subject = subject.rsplit("中", 1)[-1] if "中" in subject[1:-1] else subject
    for filler in _SUBJECT_FILLER:
        subject = subject.removeprefix(filler)
    if len(subject) < 2:
        return None
    return subject, s.group("base") or ""


def _subject_share(
    bq: BlockQuantities, q: Quantity, counts: list[Quantity], part_of: dict[int, Quantity]
) -> Relation | None:
    """A share that names its numerator by its subject and maybe its whole after 占: every
    pair of figures before it (its sentence and the one before) whose first shares two
    characters with the subject and whose second is not smaller (and shares two with the
    whole, when one is named) is a reading. Consistent when any reading fits; otherwise an
    error when the sentence names exactly one reading with its whole, else a warning."""
    text = bq.text
    share = _share_subject(text, q)
    if share is None:
        return None
    subject, whole = share
    needed = max(2, len(subject.rstrip("的")) // 2)
    grouped = _by_sentence(counts)
    same = grouped.get(q.sentence, [])
    cut = _split_at(same, q.num_start) if same else 0
    nearby = [
        *grouped.get(q.sentence - 1, [])[-SHARE_SCOPE:],
        *same[max(0, cut - SHARE_SCOPE) : cut],
    ]
    scope = [
        p
        for p in nearby
        if p.depth == q.depth and any(ch.isdigit() for ch in p.number)  # not 「三类」
    ][-SHARE_SCOPE:]
    ahead = False
    if whole and not same[:cut] and q.sentence + 1 in grouped:
        # 「网上办理的事项占全部受理事项的72.5%。全年共受理…1,280项，其中通过网上办理的896
        # 项」: a share that opens its sentence, its whole named, before any figure of it, is
        # told of the figures of the next sentence (a reading, a warning at most)
        ahead = True
        scope = [
            p
            for p in grouped[q.sentence + 1][:SHARE_SCOPE]
            if p.depth == q.depth and any(ch.isdigit() for ch in p.number)
        ]
    named = [(common_substring(subject, _name_words(p, text)), p) for p in scope]
    if ahead:
        # (what sets the subject apart, its opening, said of the figure: 城区学校38所 is no
        # reading of 农村学校占…)
        named = [(k, p) for k, p in named if subject[:2] in _name_words(p, text)]
    readings: list[tuple[int, Quantity, Quantity]] = []
    for score, n in named:
        if score < needed or by_means(n, subject + whole):
            continue  # (「通过网络庭审审结案件86件」 is not 「调解结案数」)
        if _narrowed(subject, _clause_before(text, n) + _name_words(n, text)):
            continue  # (「办理注销登记2175户，简易注销占比68.5%」: 2175 is the whole)
        for w in scope:
            if w is n or w.kind != n.kind or w.unit != n.unit or w.high < n.low or w.value <= 0:
                continue
            base_score = common_substring(whole, _name_words(w, text)) if whole else 0
            if (whole and base_score < 2) or _share_of_money(load_lexicon(), bq, q, subject, n, w):
                continue
            readings.append((score + base_score, n, w))
    # (items of one list are not each other's bases: 「文书档案1,260卷、科技档案340卷」)
    run_of = {id(p): i for i, run in enumerate(_listed_runs(bq, q, scope)) for p in run}
    readings = [r for r in readings if run_of.get(id(r[1]), -1) != run_of.get(id(r[2]), -2)]
    # (「已推动解决46个，其余6个正在推进，未解决问题占比11.5%」: the remainder beside 解决)
    rests = _negated_remainders(text, subject, [n for _, n, _ in readings], scope, part_of)
    readings += [(0, r, part_of[id(r)]) for r in rests]
    if not readings:
        return None
    if any(
        p.num_start > q.num_start and p.depth > q.depth and _bracket_follows(text, q, p)
        for p in same[cut : cut + 2]
    ):
        return None  # 「街道层面占比为71.4%（20件）」: its numerator stated in its bracket
    results = [(_rate_check(n, w, q), n, w) for _, n, w in readings]
    accepted = _accepted(q, results)
    if accepted is not None:
        return accepted
    shown = "；".join(f"{n.number}÷{w.number}＝{v}%" for (_, v), n, w in results[:6])
    spans = [span_of(q)]
    for _, n, w in results:
        for x in (n, w):
            if span_of(x) not in spans:
                spans.append(span_of(x))
    one = not ahead and len(results) == 1 and part_of.get(id(results[0][1])) is results[0][2]
    name = f"{subject}占{whole}的" if whole else f"{subject}占比"
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        tuple(spans),
        code="N104",
        severity=Severity.ERROR if one else Severity.WARNING,
        message=(
            f"{name}{q.text}与其分子分母不符：{shown}"
            if len(results) == 1
            else f"{name}{q.text}与文中数字的各种可能算法均不符：{shown}"
        ),
        suggestion=f"核对{name}比例及其分子分母",
        data={
            "stated": str(q.value),
            "readings": len(results),
            "numerators": tuple(span_of(n) for _, n, _ in results),
        },
    )


# a figure counted by a 的-clause (「提出修改意见的61份」「对存在问题的81户次」), inside a set
# named before it (「审核中退回补正的210份」「96个社区中已有91个」) or opening with 其中
_PART_CLAUSE_RE = re.compile(r"(?:的|中(?:已经|已|共|均)?有?|其中[\u4e00-\u9fff]{0,12})$")
_SCOPE_WITHIN_RE = re.compile(r"中[，,]?(?:已经|已|共|均)?有?")
# characters of a rate's name that say nothing of what it counts
_NAME_FILLER = frozenset("的了和与及率比例重占百分数量总")


def _open_name(word: str) -> str:
    """What an open rate noun counts: 「问题检出比例」 -> 问题检出, 「纠错占比」 -> 纠错."""
    name = name_core(word)[1]
    for ending in (*_SHARE_NAMES, "率"):
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


def _prior_level_bases(
    lex: Lexicon, bq: BlockQuantities, q: Quantity, word: str, numerators: list[Quantity]
) -> list[tuple[Quantity, Quantity]]:
    """「接处火警254起，较去年同期的355起，下降101起，下降率28.45%」: a rate named by a change
    (下降率, 增长率, 降幅) is measured on the earlier level, so the level its sentence compares
    with before it (a comparison base, left out of the rate's terms) is a base of the change it
    counts (101 ÷ 355) — one more reading beside this year's figure."""
    if not any(c in word for c in lex.data["rates"]["change"]):
        return []
    levels = [
        p
        for p in bq.quantities
        if p.sentence == q.sentence
        and p.end <= q.num_start
        and p.value
        and is_comparison_base(p, bq)
    ]
    return [
        (n, w)
        for n in numerators
        for w in levels
        if w is not n and w.kind == n.kind and lex.same_units(w.unit, n.unit)
    ]


def _all_said(bq: BlockQuantities, q: Quantity, word: str) -> bool:
    """「共有中小学校87所，已全部配备法治副校长，配备率100%」: a rate of 100% whose sentence
    says, before it, that all did what its name counts (全部/均 + its stem): its own words give
    it, whatever other figures of that verb follow (「部分学校配备2名以上」)."""
    if q.high < 100 or q.low > 100:
        return False
    stem = _stem(word)
    if not stem:
        return False
    start, _ = bq.sentence_span(q.sentence)
    said = re.search(
        rf"(?:全部|全都|均已|均|都已)[^，,；;。]{{0,3}}{re.escape(stem)}", bq.text[start : q.start]
    )
    # (no figure after the words: 「已全部配备…的学校60所，配备率100%」 counts them again)
    return said is not None and not any(
        start + said.end() <= p.num_start < q.num_start for p in bq.quantities
    )


def _outcome_words(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.data["clauses"].get("dimensions", {}).get("outcome", ()))


def _structural_pair(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    counts: list[Quantity],
    part_of: dict[int, Quantity],
) -> Relation | None:
    """A rate whose name no figure's words hold (「问题检出比例为12.4%」 after 「抽检食品860
    批次，发现不合格的107批次」), read by the structure of the clauses before it: the nearest
    figure before the rate, in the clause right before it (or the sentence right before when
    the rate opens its own), is a part of a whole by the sentence's structure — a 其中 part, a
    的-clause (「提出修改意见的61份」) or a member of a set named before it (「审核中…」「96个社区
    中已有91个」) — and its whole is the nearest figure of its unit before it. The name must
    share a character with the words of the part or the whole (「检出」 ← 抽检), and is not a
    survey's degree (满意度): a rate of another thing stays silent.

    The reading is consistent when the part over the whole, the rest over the whole (达标比例 of
    a count of failures), or the part over any larger figure of its unit before it fits; else
    an error when the part, its whole and the rate stand in one sentence in that order with
    nothing between, a warning otherwise."""
    name = _open_name(word)
    if len(name) < 2 or any(d[:-1] in name for d in _degree_words()):
        return None
    text = bq.text
    grouped = _by_sentence(counts)
    sentence = grouped.get(q.sentence, [])
    cut = _split_at(sentence, q.num_start) if sentence else 0
    same = [p for p in sentence[max(0, cut - SCOPE) : cut] if p.depth == q.depth]
    if same:
        part = same[-1]
        if not _previous_clause(text, part, q) or _isolated(bq, part, q):
            return None
    else:
        earlier = grouped.get(q.sentence - 1, [])
        if not earlier or _figures_between(bq, q):
            return None
        part = earlier[-1]
    if part.quoted or per_or_change(lex, part) or not any(ch.isdigit() for ch in part.number):
        return None
    whole = part_of.get(id(part))
    if whole is None:
        clause = _clause_before(text, part)
        if not _PART_CLAUSE_RE.search(part.pre.strip(" 　")) and not (
            "其中" in clause
            or _SCOPE_WITHIN_RE.search(clause)
            or _SCOPED_PART_RE.search(text, max(0, part.num_start - SCOPED_REACH), part.num_start)
        ):
            return None
        whole = _nearest_whole(lex, bq, part, grouped)
        if whole is None:
            return None
    if whole.kind != part.kind or not lex.same_units(whole.unit, part.unit):
        return None
    if whole.high < part.low or whole.value <= 0:
        return None
    named_whole = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    if named_whole and _part_of_other_run(bq, q, named_whole.group("whole").rstrip("的"), whole):
        return None  # (a part of the whole another run of shares names: no base of this one)
    qualifiers = [x for x in lex.data["rates"]["qualifiers"] if x in word]
    part_words = _clause_before(text, part) + _name_words(part, text)
    if not _qualified(lex, qualifiers, part_words) and not _subsequence(_stem(word), part_words):
        # 审限内结案率 does not count 「尚在审理期限内的13件」: a part whose words carry neither
        # the rate's qualifier nor its verb (答复980件 for 按时答复率 still is read)
        return None
    if _named_whole_wider(word, whole, text):
        return None  # (占涉小微企业案件的 over 处罚案件640件: not the whole it names)
    if _counts_the_subject(word, part):
        return None  # (涉民生案件90件 for 涉企案件纠错率: a class of its subject, 纠错 unstated)
    scoped = _scoped_pair(text, word, part, whole, q)
    words = _clause_before(text, part) + _name_words(part, text) + _clause_before(text, whole)
    words += _name_words(whole, text)
    if not scoped and not (set(name) - _NAME_FILLER) & set(words):
        return None
    # what sets the part apart from its whole (建成…工作室 in 「96个社区中已有91个建成…」)
    whole_words = whole.pre + whole.after + whole.noun
    own = set(_clause_before(text, part) + _clause_after(text, part)) - set(whole_words)
    named = (set(name) - _NAME_FILLER) & own
    if scoped:
        pass  # 「68所学校中，已聘任…的有65所，配备率…」: the structure names the pair
    elif part.sentence != q.sentence and len(named) < 2:
        # across a full stop the name must speak of what sets the part apart, not only of
        # the set (社区): 「…社区网格员配备率」 is another thing of that set
        return None
    elif not named and common_substring(name, whole_words) >= 2:
        # 「办理执法案件3,600件，其中网上办理3,000件，执法案件办结率99%」: a rate of the whole
        return None
    elif len(named) < 2 and _index_of(bq).get(id(part), 0) - _index_of(bq).get(id(whole), 0) > 1:
        # 「案件9,856件，其中派遣处置6,214件、现场处置3,642件，结案率98.7%」: the last of
        # several parts, the rate naming nothing that sets it apart (a stray character at
        # most: 办 of 部门直接办理 in 按期办结率) — a rate of the whole
        return None
    own_words = _clause_before(text, part) + _clause_after(text, part)
    apart = "".join(ch for ch in own_words if ch not in whole_words)
    among = not scoped and "其中" in _clause_before(text, part)  # (a stated subset)
    if (q.low <= 100 <= q.high or among) and common_substring(name, apart) < 2:
        # 「…其中涉及重大公共利益的612件；许可听证权利告知率100%」「受理185件，其中达成和解
        # 协议的47件，结案率96.8%」: a part read as the rate's numerator must be named so by
        # what sets it apart from its whole (two characters in a row), not by a stray
        # character or by the whole's own noun (许可) — else it is a subset the rate does
        # not speak of, and the numerator is not stated (below 100% only for a 其中 part:
        # a scoped pair, 「在抽查的93家中，…达标的有87家，合格率」, is named by the structure,
        # and 「查出程序不规范的12卷，问题检出率」 by the deed)
        return None
    if (
        last_mark(text, "；;", part.end, q.num_start) >= 0 or word.startswith(_statement_openers())
    ) and common_substring(name, apart) < 2:
        # 「…其中重大决策类162份、信访事项类6份；政务服务好评率达到90.4%」: a rate opening a
        # statement of its own after a semicolon (or with 同时, 此外: numbers.toml
        # clauses.statement-openers) is read as the part's only when its name says what
        # sets the part apart (two characters in a row)
        return None
    part_period = period_at(lex, text, part.num_start)
    if (
        part_period not in (None, "whole", "since")
        and part_period != period_at(lex, text, whole.num_start)
        and part_period not in word
    ):
        # 「全年共受理…541件，其中下半年受理278件，…评查优秀率达到42.1%」: a part of the year
        # split from the year's count is no subset a rate counts, unless the rate names it
        return None
    if any(o in own_words and o not in name for o in _outcome_words(lex)):
        # 「审结41件，其中行政机关败诉3件，行政机关负责人出庭应诉率100%」: the part is a
        # decision (败诉, numbers.toml clauses.dimensions.outcome) the rate does not name
        return None
    ok, value = _rate_check(part, whole, q)
    spans = (span_of(q), span_of(part), span_of(whole))
    if ok:
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), spans)
    if _population_named(text, q, word, part, whole):
        return None  # 「对其中212件重大合同开展审核，重大合同审核率100%」: the part is the base
    named_whole = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    if named_whole and _check_unnamed(named_whole.group("whole"), whole, text):
        return None  # 「抽检120批次，其中…45批次，占合格样品的60%」: of the passed, unstated
    if (
        named_whole
        and _names_people(lex, named_whole.group("whole"))
        and not lex.same_units(whole.unit, "人")
    ):
        # 「发放救助金1.46亿元。其中：…17370人1.18亿元，低保人数占户籍人口的3.13%」: a share
        # of people (户籍人口, unstated) is no quotient of two sums of money (or of any figure
        # not counted in persons)
        return None
    if _attempts_unsaid(lex, text, word, [(None, part, whole)], {id(part): whole}):
        return None  # 「办结…；其中经调解达成协议的5,860件，调解成功率…」: the attempts unsaid
    if _qualified_own_rate(bq, q, word, whole):
        return None  # 「签约18.6万人，签约率38.2%，其中重点人群…重点人群签约率」: another base
    if not _base_qualifiers_named(lex, text, word, whole):
        return None  # 「新收行政诉讼案件500件…一审败诉率」: of the 一审 cases, unstated
    # readings that only accept: the rest of the whole (a rate of what passed, the part
    # counting what failed), and the part over a larger figure of its unit before it
    rest = _less(whole, part)
    if _rate_check(rest, whole, q)[0]:
        return None
    siblings = grouped.get(part.sentence, [])
    cut = _split_at(siblings, part.num_start) if siblings else 0
    others = [
        w
        for w in [
            *grouped.get(part.sentence - 1, [])[-SCOPE:],
            *siblings[max(0, cut - SCOPE) : cut],
        ]
        if w.num_start < part.num_start
        and w is not whole
        and w.kind == part.kind
        and lex.same_units(w.unit, part.unit)
        and w.high >= part.low
        and w.value > 0
    ]
    if any(_rate_check(part, w, q)[0] for w in others):
        return None
    # an error only when the name speaks of what sets the part apart (two characters:
    # 意见提出比例 ← 提出修改意见的61份); a pair read by structure alone (问题检出比例 ←
    # 发现不合格的107批次) may be of another subset the text does not state: a warning
    # and its stem among them (成功 of 调解成功率; not only the subject 消费者, which
    # 「其中消费者胜诉45件」 shares with 消费者投诉调解成功率)
    # (a pair read by the structure alone, its name sharing nothing with the part or its
    # whole — 配备率 after 聘任…的有65所 — may be a rate of another thing: 到岗率 of the
    # people, not of the schools; a warning)
    adjacent = (scoped and bool((set(name) - _NAME_FILLER) & set(words))) or (
        len(named) >= 2
        and bool(set(_stem(word)) & named)
        and whole.sentence == part.sentence == q.sentence
        and not others
        and _index_of(bq).get(id(part), 0) - _index_of(bq).get(id(whole), 0) == 1
    )
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        spans,
        code="N104",
        severity=Severity.ERROR if adjacent else Severity.WARNING,
        message=(
            f"{word}{q.text}与其前文的部分与总数不符：{part.number}÷{whole.number}＝{value}%"
            f"（{part.text}为{whole.text}中的一部分）"
        ),
        suggestion=f"核对{word}，或核对{part.text}与{whole.text}",
        data={
            "numerator": str(part.value),
            "denominator": str(whole.value),
            "stated": str(q.value),
        },
    )


# 「68所学校中，已聘任法治副校长的（学校）有65所」: a part drawn from the set its whole names
# (X中), counted by a 的-clause; the rate's clause follows the part's with nothing between
_SCOPED_PART_RE = re.compile(
    r"中[，,]?[^，,；;。：:（）()0-9０-９]{0,30}的[\u4e00-\u9fff]{0,4}?(?:已经|已|共|均)?有$"
)
SCOPED_REACH = 48  # characters before a part its 「X中…的有」 is looked for in
SCOPED_NAME = 3  # characters of a rate name (without 率) too short to name another thing
_SCOPED_GAP_RE = re.compile(r"^[，,][^，,；;。：:（）()0-9０-９%％]{0,8}$")


def _scoped_pair(text: str, word: str, part: Quantity, whole: Quantity, q: Quantity) -> bool:
    """Is the rate the share of a 「X中…的有N」 part in its whole X, whatever its name?

    A rate whose bare name (配备率, 达标率: at most SCOPED_NAME characters before 率) opens the
    clause right after 「全县68所学校中，已聘任法治副校长的学校有65所」 counts that part in that
    set: the structure says what it counts, so its name need not repeat the part's verb
    (配备 for 聘任). A longer name (公开事项办结率) may count another thing and is read by
    its words as before."""
    if part.sentence != q.sentence or whole.sentence != q.sentence:
        return False
    name = _open_name(word)
    if not 2 <= len(name) <= SCOPED_NAME or not word.endswith("率"):
        return False
    if not _SCOPED_PART_RE.search(text, whole.end, part.num_start):
        return False
    return bool(_SCOPED_GAP_RE.match(text[part.end : q.num_start]))


def _figures_between(bq: BlockQuantities, q: Quantity) -> bool:
    """Does the rate's sentence hold a figure before it (any kind)?"""
    return any(
        p.sentence == q.sentence and p.num_start < q.num_start and p is not q
        for p in bq.quantities[
            max(0, _index_of(bq).get(id(q), 0) - 4) : _index_of(bq).get(id(q), 0)
        ]
    )


def _nearest_whole(
    lex: Lexicon, bq: BlockQuantities, part: Quantity, grouped: dict[int, list[Quantity]]
) -> Quantity | None:
    """The figure a part's clause is a part of: the nearest figure of its unit before it in
    its sentence, or in the sentence before when the part's clause opens its own (「其中存在
    隐患的150家。」); None when that figure is smaller than the part (no part and whole)."""

    sentence = grouped.get(part.sentence, [])
    cut = _split_at(sentence, part.num_start) if sentence else 0
    before = sentence[max(0, cut - SCOPE) : cut]
    if not before:
        before = grouped.get(part.sentence - 1, [])[-SCOPE:]
    same = [
        p
        for p in before
        if p.kind == part.kind
        and lex.same_units(p.unit, part.unit)
        and not per_or_change(lex, p)
        and not is_comparison_base(p, bq)
    ]
    if not same or same[-1].high < part.low:
        return None
    return same[-1]


def _sum_of_parts_fits(groups: list[Group], rel: Relation, q: Quantity, text: str) -> bool:
    """Does the rate fit the sum of two or more parts of a list over the list's whole?

    A rate may count several listed outcomes together (优秀23卷、合格58卷、不合格3卷，
    合格率96.4% = (23+58)÷84): a rate that names one figure of a list is consistent when
    some parts of that list, summed, over its whole give it. This only accepts a rate, it
    never reports one."""
    used = set(rel.involved)
    word = rate_word(q)
    # a share that names its whole (占提案总数的) counts the figure it is told of — unless that
    # figure is a part of a list (「终止13件，其中…和解的4件，…撤回的9件，占案件受理总数的
    # 17.8%」: the list's parts, summed, may be what it counts)
    named_share = _NAMED_WHOLE_RE.match(word.strip(" 　")) is not None and not any(
        span_of(x) in used for g in groups for x in g.parts
    )
    for g in groups:
        if g.pooled or not (2 <= len(g.parts) <= MAX_SUMMED_PARTS):
            continue
        if not any(span_of(x) in used for x in (g.total, *g.parts)):
            continue
        if named_share and not any(span_of(x) in used for x in g.parts):
            # 「收到提案118件…按提案内容分：经济建设类21件、…生态文明建设类8件。…立案46件，占
            # 提案总数的54%」: a share that names its whole counts the figure it is told
            # of — the classes of another list of that whole, summed, are no reading of it
            continue
        # 「事件17457件，其中网格员上报17146件，…市长信箱41件，…，办结16443件，办结率99%」: a
        # numerator outside the list whose words name the rate's stem is what it counts — the
        # parts of a list of another dimension (channels) are no sum of it
        stem = _stem(word)
        parts = {span_of(x) for x in g.parts}
        if stem and any(
            sp not in parts and stem in text[max(0, sp.start - 8) : sp.start]
            for sp in rel.data.get("numerators", ())
        ):
            continue
        n = len(g.parts)
        # 「其中负责人出庭应诉251件，委托工作人员出庭6件，…负责人出庭应诉率」: a numerator the
        # rate's name spells out (NAMED_DONE characters in a row) is counted by that name
        # alone; a part not so named (委托工作人员出庭) is not summed with it
        named = [common_substring(word, p.pre) >= NAMED_DONE for p in g.parts]
        for mask in range(1, 1 << n):
            chosen = [g.parts[i] for i in range(n) if mask >> i & 1]
            if len(chosen) < 2:
                continue
            if any(named) and not all(named[i] for i in range(n) if mask >> i & 1):
                continue
            if any(_missed_doing(word, c, text) for c in chosen):
                continue  # (「事后补充审查的3件」: outside what 审查率 counts)
            first = chosen[0]
            summed = _replace(
                first,
                value=sum((c.value for c in chosen), Decimal(0)),
                low=sum((c.low for c in chosen), Decimal(0)),
                high=sum((c.high for c in chosen), Decimal(0)),
                decimals=max(c.decimals for c in chosen),
            )
            if _rate_check(summed, g.total, q)[0]:
                return True
    return False


# (完成 names a target the figure before it reached a share of: 「新增就业8,462人，完成市下达
# 年度目标任务7,500人的112.8%」 — the numerator over the target named inside the share's words)
_INLINE_BASE_RE = re.compile(r"(?:占|相当于|完成)[\u4e00-\u9fff]{0,16}$")
INLINE_CHANGES_SKIPPED = 2  # changes of a figure told between it and its inline base
# a share's clause that opens by pointing back at the figure stated last (这一数字, 该项, 上述
# 金额, 其): 「这一数字占全年支出总额3.15亿元的4%」
_POINTER_SHARE_RE = re.compile(
    r"[，,\s]*(?:这一|这个|这些|该|此|上述|以上|前述|其)[\u4e00-\u9fff]{0,6}?(?:金额|数字|数额|数量|数|项|部分)?"
    r"(?:约|共|合计)?占"
)


def _inline_base(bq: BlockQuantities, q: Quantity) -> Relation | None:
    """「维持的有68件，占受理总数125件的56.4%」: the base stands inside the share's words,
    the numerator right before 占."""
    qs = bq.quantities
    i = _index_of(bq).get(id(q), -1)
    if i < 2:
        return None
    base, numerator = qs[i - 1], qs[i - 2]
    # 「累计完成43.11亿元，同比下降9.2%，完成年度任务（111.3亿元）的36.7%」: the change of the
    # figure told between it and the target's clause is the figure's own, no numerator
    j = i - 2
    while (
        j > 0
        and i - j <= INLINE_CHANGES_SKIPPED + 1
        and qs[j].kind == "percent"
        and (qs[j].change or _change_re(load_lexicon()).search(qs[j].pre.strip(" 　")))
        and qs[j - 1].kind == base.kind
    ):
        j -= 1
    if j != i - 2 and qs[j].sentence == q.sentence:
        numerator = qs[j]
    if base.quoted or numerator.quoted:
        return None
    # 「占罚没总收入（1.6亿元）的20%」: the base in brackets inside the share's words (「完成
    # 预期目标（5100万元）136.3%」: a target's bracket right before the rate, with no 的)
    bracketed = (
        base.depth == q.depth + 1
        and bq.text[base.end : q.pre_start].strip(" 　") in ("）", ")")
        and bq.text[base.num_start - 1 : base.num_start] in ("（", "(")
    )
    if q.pre.strip(" 　") != "的" and not (bracketed and not q.pre.strip(" 　")):
        return _named_base_share(bq, q, numerator, base)
    base_words = base.pre.strip(" 　")
    if bracketed:
        m = _SHARE_CLAUSE_RE.search(bq.text, max(0, base.num_start - 20), base.num_start - 1)
        base_words = m.group(0) if m else ""
    # 「追回医保基金1,260万元。这一数字占…总额3.15亿元的40%」: the numerator named by a
    # pointer back at the sentence before (a warning: the link crosses a full stop)
    pointed = (
        numerator.sentence == q.sentence - 1
        and _POINTER_SHARE_RE.match(bq.text, bq.sentence_span(q.sentence)[0], base.num_start)
        is not None
        and not any(p.sentence == q.sentence for p in qs[max(0, i - 8) : i - 1])
    )
    if (
        (base.end != q.pre_start and not bracketed)
        or not _INLINE_BASE_RE.search(base_words)
        or base.kind != numerator.kind
        or base.unit != numerator.unit
        or base.sentence != q.sentence
        or (numerator.sentence != q.sentence and not pointed)
        or (not pointed and _GROUP_END_RE.search(bq.text, numerator.end, base.num_start))
    ):
        return None
    ok, value = _rate_check(numerator, base, q)
    spans = (span_of(q), span_of(numerator), span_of(base))
    if ok:
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), spans)
    earlier = [] if pointed else _earlier_subjects(bq, numerator, q)
    if any(_rate_check(p, base, q)[0] for p in earlier):
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), spans)
    return _rate_mismatch(
        q,
        numerator,
        base,
        value,
        said=f"{_inline_verb(base_words)}{base.text}的{q.text}",
        note="（分子在前一句）" if pointed else "",
        severity=Severity.WARNING if pointed or earlier else Severity.ERROR,
    )


def _inline_verb(base_words: str) -> str:
    """The word that opens an inline base's clause (占, 相当于, 完成), as the text says it."""
    m = _INLINE_BASE_RE.search(base_words)
    return next(
        (w for w in ("相当于", "完成", "占") if m is not None and m.group(0).startswith(w)), "占"
    )


def _earlier_subjects(bq: BlockQuantities, numerator: Quantity, q: Quantity) -> list[Quantity]:
    """「受理申请1,860件，其中网上申请1,200件，占全市8,600件的21.6%」: the figures of the
    numerator's unit before it in the share's sentence, which the share may speak of too."""
    i = _index_of(bq).get(id(numerator), 0)
    return [
        p
        for p in bq.quantities[max(0, i - SCOPE) : i]
        if p.sentence == q.sentence and p.unit == numerator.unit and not p.quoted
    ]


def _named_base_share(
    bq: BlockQuantities, q: Quantity, numerator: Quantity, base: Quantity
) -> Relation | None:
    """「违法所得532.6万元，占全市4.7亿元罚没收入总额的11.3%」「…，在全市罚没收入总额4.7亿元中
    占11.3%」「…，占罚没收入总额（4.7亿元）的比重为11.3%」: a share whose clause names its
    whole with a figure (占/相当于 … 的, 在 … 中占), the numerator being the figure of the
    clause right before it (or of its own clause). One reading: an error when it fails."""
    text = bq.text
    if (
        numerator.sentence != q.sentence
        or base.sentence != q.sentence
        or base.kind != numerator.kind
        or base.unit != numerator.unit
        or base.depth not in (q.depth, q.depth + 1)
        or numerator.depth != q.depth
        or base.value <= 0
    ):
        return None
    before = text[numerator.end : base.num_start]
    after = text[base.end : q.num_start]
    if _GROUP_END_RE.search(before) or len(COMMA_RE.findall(before)) > 1:
        return None
    share_clause = COMMA_RE.split(before)[-1]
    if not (
        (OCCUPY_BEFORE_RE.search(share_clause) and OCCUPY_AFTER_RE.fullmatch(after))
        or (WITHIN_BEFORE_RE.search(share_clause) and WITHIN_AFTER_RE.fullmatch(after))
    ):
        return None
    ok, value = _rate_check(numerator, base, q)
    spans = (span_of(q), span_of(numerator), span_of(base))
    if ok:
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), spans)
    earlier = _earlier_subjects(bq, numerator, q)
    if any(_rate_check(p, base, q)[0] for p in earlier):
        return None
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        spans,
        code="N104",
        severity=Severity.WARNING if earlier else Severity.ERROR,
        message=(
            f"{q.text}（{numerator.text}占{base.text}的比例）与其分子分母不符："
            f"{numerator.number}÷{base.number}＝{value}%"
        ),
        suggestion=f"核对比例，或核对{numerator.text}与{base.text}",
        data={
            "numerator": str(numerator.value),
            "denominator": str(base.value),
            "stated": str(q.value),
        },
    )


def _bare_share(word: str) -> bool:
    """「占X%」「占的X%」: a share whose whole is not named after 占."""
    return word.rstrip("的") == "占"


_BRACKET_SHARE_RE = re.compile(r"[（(]\s*$")


def _bracket_share(text: str, q: Quantity) -> str:
    """「办结92件（87.6%）」: a bare percentage in brackets right after a figure is its share."""
    head = text[max(0, q.start - 2) : q.start]
    if not _BRACKET_SHARE_RE.search(head):
        return ""
    before = char_before(text, q.start, " 　（(")
    if before and (before.isdigit() or before in "件人次个项份家起场元户名位条"):
        return "占"
    return ""


def _sentence_scope(bq: BlockQuantities, q: Quantity, counts: list[Quantity]) -> list[Quantity]:
    """The figures a rate may be computed from: those of its sentence before it and those
    in a bracket right after it (满意度为97.5%（回收有效问卷392份，表示满意的370份）); when
    its sentence names none before it, those of the sentence before (「参考865人，合格812人。
    合格率97.1%。」) or the ones after it in its own clause group (up to ；or 。)."""
    same = _by_sentence(counts).get(q.sentence, [])
    cut = _split_at(same, q.num_start) if same else 0
    before = list(same[max(0, cut - SCOPE) : cut])
    # a semicolon that opens a new item closes a statement: 「一是…218件；…三是…对27件…
    # 审核，审核率100%」「…1260件；2024年调解纠纷213件」 (not 「…审结1279件；审结案件中…」)
    before = [p for p in before if not _isolated(bq, p, q)]
    if before and _AMONG_OPENING_RE.match(bq.text, bq.sentence_span(q.sentence)[0]):
        # 「抽取评估案件383件，…。其中，优秀3件占比0.78%、良好39件占比10.18%…」: a sentence
        # opened by 其中 draws its figures from the last one before it, their whole (session 20)
        before = _among_whole(_by_sentence(counts).get(q.sentence - 1, []), same) + before
    after = [p for p in same[cut : cut + SCOPE] if p.num_start > q.num_start]
    bracket = [p for p in after if p.depth > q.depth and _bracket_follows(bq.text, q, p)]
    if before:
        # 「调解纠纷530件，调解成功率为96.2%，成功调解510件」: a figure after the rate in its
        # clause group, in the unit of a figure before it, may be what it counts
        # (as its numerator only: 「新增就业51万人，失业率5.0%，转移就业1547.3万人」 has no
        # base after the rate)
        units = {p.unit for p in before}
        later = [
            p
            for p in after
            if p not in bracket
            and p.depth == q.depth
            and p.unit in units
            and _same_clause_group(bq, q, p)
            and not _PERCENT_RE.search(bq.text, q.end, p.num_start)  # another rate's figures
        ]
        _NUMERATOR_ONLY.update(id(p) for p in later)
        return before + bracket + later
    if bracket:
        return bracket + [p for p in after if p not in bracket and _same_clause_group(bq, q, p)]
    clause = [p for p in after if _same_clause_group(bq, q, p)]
    # 「结案90件。当期结案率95.8%，调解率58.3%，为劳动者挽回损失267.07万元」: a figure told
    # after another rate is that rate's statement's, not this one's (as for ``later``)
    clause = [p for p in clause if not _PERCENT_RE.search(bq.text, q.end, p.num_start)]
    if clause:
        return clause
    return _by_sentence(counts).get(q.sentence - 1, [])[-SCOPE:]


# figures on either side of a rate that are read as its numerator or base
SCOPE = 24


def _split_at(same: list[Quantity], pos: int) -> int:
    """How many figures of ``same`` (in text order) start before ``pos``."""
    starts = _STARTS.get(id(same))
    if starts is None or starts[0] is not same:
        if len(_STARTS) > 64:
            _STARTS.clear()
        starts = _STARTS[id(same)] = (same, [p.num_start for p in same])
    return bisect.bisect_left(starts[1], pos)


_STARTS: dict[int, tuple[list[Quantity], list[int]]] = {}


def _by_sentence(counts: list[Quantity]) -> dict[int, list[Quantity]]:
    """``counts`` grouped by sentence, computed once per list."""
    key = id(counts)
    cached = _GROUPED.get(key)
    if cached is None or cached[0] is not counts:
        grouped: dict[int, list[Quantity]] = {}
        for p in counts:
            grouped.setdefault(p.sentence, []).append(p)
        _GROUPED.clear()
        cached = _GROUPED[key] = (counts, grouped)
    return cached[1]


_GROUPED: dict[int, tuple[list[Quantity], dict[int, list[Quantity]]]] = {}


_ITEM_OPENING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|[（(][一二三四五六七八九十0-9]+[）)]"
    rf"|[0-9]+[.、．]|{YEAR_ASCII}年)"
)


def _isolated(bq: BlockQuantities, p: Quantity, q: Quantity) -> bool:
    """Does a semicolon between ``p`` and ``q`` open a new item (一是…, 2024年…, 全年…)?"""

    for m in _SEMI_RE.finditer(bq.text, p.end, q.num_start):
        opening = bq.text[m.end() : m.end() + 12]
        if _ITEM_OPENING_RE.search(opening) or opening.lstrip(" 　").startswith(
            _statement_openers()
        ):
            return True
    return False


_SEMI_RE = re.compile("[；;]")
_PERCENT_RE = re.compile("[%％]")


def _bracket_follows(text: str, q: Quantity, p: Quantity) -> bool:
    """Is ``p`` inside a bracket that opens right after the rate ``q``?"""
    if p.num_start - q.end > BRACKET_REACH:
        return False
    gap = text[q.end : p.num_start]
    opened = gap.lstrip(" 　")
    if opened[:1] not in ("（", "("):
        return False
    # a bracket inside it (「（全区共有村（社区）152个）」) does not close it
    depth = 0
    for ch in opened:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0:
                return False
    return True


BRACKET_REACH = 200  # characters from a rate to a figure of the bracket after it


_GROUP_END_RE = re.compile("[；;。！？!?]")


def _same_clause_group(bq: BlockQuantities, q: Quantity, p: Quantity) -> bool:
    return _GROUP_END_RE.search(bq.text, q.end, p.num_start) is None


_CLAUSE_AFTER_RE = re.compile("[，,；;。：:（）()]")


def _clause_after(text: str, p: Quantity) -> str:
    """The words after a figure to the end of its clause (家完成“明厨亮灶”改造)."""
    m = _CLAUSE_AFTER_RE.search(text, p.end, p.end + 24)
    return text[p.end : m.start() if m else p.end + 24]


_CLAUSE_BEFORE_RE = re.compile("[，,；;。（）()]")


def _clause_before(text: str, p: Quantity) -> str:
    """The words of a figure's clause before it, other figures included (在…7个工作日内…)."""
    start = max(0, p.num_start - 40)
    cut = [m.end() for m in _CLAUSE_BEFORE_RE.finditer(text, start, p.num_start)]
    return text[cut[-1] if cut else start : p.num_start]


def _name_words(p: Quantity, text: str) -> str:
    """The words that name a figure (:func:`_named_by`), kept with the figure for its text:
    each reading of a rate compares them with every candidate part and whole."""
    kept = p.__dict__.get("_name_words")
    if kept is not None and kept[0] is text:
        return kept[1]
    words = _named_by(p, text)
    p.__dict__["_name_words"] = (text, words)
    return words


def _named_by(p: Quantity, text: str) -> str:
    return _before_bracket(text, p) + _words(p) + _clause_after(text, p)


# characters of a clause read before a bracket that cuts a figure's words (村（社区）)
BEFORE_BRACKET = 12


def _before_bracket(text: str, p: Quantity) -> str:
    """The words of a figure's clause before a bracket its own words follow (「已建成村（社区）
    公共法律服务室146个」: 已建成村), which the words before the figure stop at."""
    at = p.pre_start - 1
    if at < 0 or text[at] not in "）)":
        return ""
    lo = max(0, at - BEFORE_BRACKET - 1)
    opening = max(text.rfind("（", lo, at), text.rfind("(", lo, at))
    if opening < 0 or at - opening > BEFORE_BRACKET:
        return ""
    return clause_tail(text, _SHARE_CLAUSE_MARKS, max(0, opening - BEFORE_BRACKET), opening)


def _bracket_after(text: str, earlier: list[Quantity], p: Quantity, q: Quantity) -> bool:
    """Is ``p`` in a bracket, closed before the share ``q``, that opens right after the
    figure before it (「325件（其中无照经营210件）」), so a figure breaking that one down?"""
    if p.depth <= q.depth or not earlier:
        return False
    outer = next((x for x in reversed(earlier) if x.depth < p.depth), None)
    if outer is None:
        return False
    between = text[outer.end : p.num_start].lstrip(" 　")
    return between[:1] in "（(" and not any(c in between for c in "）)")


def _among_whole(earlier: list[Quantity], same: list[Quantity]) -> list[Quantity]:
    """The whole a sentence opened by 其中 draws from: the last figure of the sentence before
    that is at least each of its own figures of that unit — a smaller one holds none of them
    (「立案349件，转为意见和建议51件，立案率87.2%。其中，经济建设类136件，占39%」: of 349)."""
    largest: dict[str, Decimal] = {}
    for p in same:
        largest[p.unit] = max(largest.get(p.unit, p.value), p.value)
    for whole in reversed(earlier[-SCOPE:]):
        if whole.value >= largest.get(whole.unit, whole.value):
            return [whole]
    return []


# a sentence opened by 其中 (spaces and marks before it allowed)
_AMONG_OPENING_RE = re.compile(r"[\s　，,。；;]*其中")


def _numerators(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    scope: list[Quantity],
    parts: dict[int, Quantity],
) -> list[Quantity]:
    """The figures the rate's name says it counts, best first.

    A bare or named share (占X%, 占全部审批数的X%, 占比X%) counts the figure right before
    it. A named rate (合格率, 满意度) counts the figures whose words hold the stem of its
    name (合格, or the same flow stage), else those sharing two characters with the name
    (调解成功率 ← 调解结案); a figure in a bracket right after the rate is read as its
    numerator too. Failing all of these, the figure of the clause right before the rate
    is its numerator when the name shares a character with its words (破案率 ← 破获) or
    the rate is one of numbers.toml ``rates.generic`` (覆盖率 ← 已配备法律顾问的301个)."""
    text = bq.text
    before = [p for p in scope if p.num_start < q.num_start]
    if word.startswith("占") or word in _SHARE_NAMES:
        # the figure right before, when the share's clause has no subject of its own
        # (「…的有22件，占18.1%」; not 「进入“一门”事项占全区…的97.9%」)
        pre = q.pre.strip(" 　")
        marker = respective_end(pre)
        if marker:
            pre = pre[: -len(marker)] + "占"  # 「其中网上办理分别占85%和90%」: a subject
        if "占" in pre:
            # 「占全省就业人员比重为55.2%」: the words after 占 name the whole, not a subject
            # of the share's own (a subject stands before 占: 「税收占比」「其中刑事类警情约占」)
            pre = pre[: pre.index("占") + 1]
        if not before or _SUBJECT_BEFORE_SHARE_RE.search(pre):
            return []
        if before[-1].sentence < q.sentence and _AMONG_OPENING_RE.match(
            text, bq.sentence_span(q.sentence)[0]
        ):
            # 「…受理34件。其中被申请人以市政府各部门为主，占总量的94.11%」: a sentence opened
            # by 其中 draws from the figure before it — that figure is the share's whole, and
            # the part it counts is not stated
            return []
        subject = _OWN_SUBJECT_SHARE_RE.search(q.pre.split("占", 1)[0])
        if (
            subject is not None
            and before[-1].end <= q.pre_start
            and not any(_named_in(subject.group(0), _clause_before(text, p)) for p in before)
        ):
            # 「尚有17件在办，受援人满意或基本满意的占96.3%」: a share whose own clause names
            # what it counts (a 的-phrase before 占) by no earlier figure's whole words, gives it
            # no figure, counts no figure of another clause — its numerator is not stated
            # (「废止12件、修订27件，需废止和修订的占…」 names its figures: read as before)
            return []
        # 「其他325件（其中无照经营210件），占举报量的9%」: a figure in a bracket right after a
        # figure breaks that figure down; the share after the bracket is the outer figure's
        before = [p for i, p in enumerate(before) if not _bracket_after(text, before[:i], p, q)]
        k = _respective_shares(bq).get(id(q))
        if k is not None:
            if _items_named_between(text, before[-1], q):
                return []  # the shares of items the clause before names, without figures
            # 「维持133件、驳回33件…，分别占62.1%、15.4%…」: the i-th share of a run of n
            # counts the figure n − i from the end
            return [before[-k]] if len(before) >= k else []
        return [before[-1]]
    stem = _stem(word)
    if not stem:
        return []
    stem_family = lex.verb_family.get(stem, "")
    # 不合格率: the name itself is the negation, so 不合格58批次 is what it counts
    negated_name = word[: word.rfind(stem)].endswith(_NEGATION)
    qualifiers = [x for x in lex.data["rates"]["qualifiers"] if x in word]
    loose = [x for x in qualifiers if x in _loose_qualifiers(lex)]
    if loose:
        # 「制发公文707件，主动公开637件，平均主动公开率为95.19%」: a qualifier of how the
        # rate is aggregated or scoped (平均, 当期) that no figure of the statement repeats —
        # the stated figures are the only reading the text gives, a warning at most
        qualifiers = [x for x in qualifiers if x not in loose]
        _LOOSENED.add(id(q))
    by_distance = sorted(scope, key=lambda p: abs(p.num_start - q.num_start))
    usable = [
        p
        for p in by_distance
        if _qualified(lex, qualifiers, _clause_before(text, p) + _name_words(p, text))
    ]
    members = lex.data["rates"].get("numerator-words", {}).get(stem, ())
    # the verbs of one deed the rate's name may use for its numerator's (检出率 ← 发现…的3件)
    kin = [v for group in lex.data["rates"]["stem-kin"] if stem in group for v in group]
    strong = [
        p
        for p in usable
        if (
            _subsequence(stem, _name_words(p, text))
            and (negated_name or not _negates_stem(stem, p, text))
        )
        or (
            stem_family in FLOW_STAGES
            and p.family == stem_family
            and (negated_name or not _negates_stem(stem, p, text))
        )
        or sum(w in _words(p) for w in members) >= 2
    ]
    strong = _without_later_parts(text, q, strong)
    for p in strong if stem_family != "concluded" else ():
        # 「成员单位承办率34.7%」 over 「总受理量119949件」: a figure of the stem's intake stage
        # whose words hold no character of the stem (承办 / 受理) is the rate's numerator by
        # its class alone — a reading the text does not force, a warning at most (an outcome
        # rate, 办结率, counts every outcome whatever its verb: 批准, 不予批准)
        if not set(stem) & set(_name_words(p, text)) and sum(w in _words(p) for w in members) < 2:
            _ONE_CHARACTER.add(id(p))
    if len(strong) > 1:
        carried = [w for w in lex.data["clauses"]["carry-in"] if w != "结转" and w not in word]
        # 「化解积案46件，其中化解上年结转积案30件，化解率…」: a figure of last year's stock
        # is a subset the rate's name does not speak of
        strong = [p for p in strong if not any(w in _words(p) for w in carried)] or strong
    if not strong and members:
        # 「审结200件，其中撤销18件、变更4件、确认违法8件，纠错率15%」: the figures that each
        # name one of the outcomes the rate's name is a class of, counted together
        named = [
            p
            for p in usable
            if p.num_start < q.num_start
            and any(w in _words(p) for w in members)
            and not _negates_stem(stem, p, text)
        ]
        if len(named) >= 2 and len({p.unit for p in named}) == 1:
            named.sort(key=lambda p: p.num_start)
            summed = _summed(named)
            _CLASS_SUMS.add(id(summed))
            return [summed]
    if strong:
        # a 其中 part set apart from its whole by words of the rate's name is counted too
        distinct = [
            p
            for p in usable
            if id(p) in parts
            and not any(p is x for x in strong)
            and _distinct_shared(name_core(word)[1], p, parts[id(p)], text) >= 2
        ]
        return strong + distinct
    # a name that only shares words with a figure (调解成功率, 调解结案537件) reads it as the
    # numerator only when it is an outcome (a concluding verb) and a stated part of a whole
    # (其中), the whole being its base; 「社区调解695起…调解成功率100%」 names no outcome
    name = name_core(word)[1]
    weak = [
        p
        for p in usable
        if id(p) in parts
        and (
            (
                p.family == "concluded"
                and _shared_beyond(name, p, _outside(p, scope, parts), text) >= 2
            )
            or _long_shared(name, _name_words(p, text))
            or _distinct_shared(name, p, parts[id(p)], text) >= 2
        )
    ]
    weak = [p for p in weak if not _named_again_later(text, name, p, q, scope, parts)]
    bracket = [p for p in scope if p.num_start > q.num_start and p.depth > q.depth]
    if weak or bracket:
        return weak + [p for p in bracket if p not in weak]
    attempted = _attempt_done(lex, text, word, stem, q, usable, parts)
    if attempted is not None:
        _ONE_CHARACTER.add(id(attempted))
        return [attempted]
    # a rate of survey answers (满意率) counts answers: a figure whose words say no answer
    # (「为农民工等困难群体提供援助的483件，受援群众满意率99.2%」) is no numerator of it by
    # its position — the answers' figure is not stated
    answers = lex.data["clauses"]["survey-answers"]
    if before and not qualifiers and not any(a in stem for a in answers):
        last = before[-1]
        whole = parts.get(id(last))
        generic = tuple(lex.data["rates"].get("generic", ()))
        # characters the figure shares with the name only through the counted thing, which
        # the figures before it name too (抽取案卷150卷，评定优秀案卷39卷，合格率: 案卷),
        # do not make it what the rate counts
        others = set("".join(_name_words(p, text) for p in before[:-1]))
        if not negated_name and _REMAINDER_RE.match(last.pre.strip(" 　")):
            # 「发现问题46个，已推动解决41个，其余5个正在推进，整改完成率89.1%」: a remainder
            # is what the rate leaves out, never what it counts; the part done beside it, of
            # the same whole, is its numerator by position — when the name is a generic one
            # (完成率) or shares a word with it (not 满意率 after 已办结…，其余…)
            done = next(
                (
                    p
                    for p in reversed(before[:-1])
                    if whole is not None and parts.get(id(p)) is whole
                ),
                None,
            )
            # (characters shared only through the counted thing other figures name too — 案件
            # of 上年度未结案件 for 案件质量评查优良率 — do not make it what the rate counts)
            shared = (
                (set(name) & set(_name_words(done, text)))
                - set("".join(_name_words(p, text) for p in before[:-1] if p is not done))
                if done is not None
                else set()
            )
            if (
                done is None
                or not _previous_clause(text, last, q)
                or not (word.endswith(generic) or len(shared) >= 2)
            ):
                return []
            _BY_POSITION.add(id(done))
            if not shared:
                _ONE_CHARACTER.add(id(done))  # (no word of the name: a guess, a warning)
            return [done]
        if (
            _previous_clause(text, last, q)
            and not _own_statement(text, last, q, word, name, generic)
            and (word.endswith(generic) or (set(name) & set(_name_words(last, text))) - others)
            # 「检查企业600家，其中远程检查150家，检查覆盖率100%」: the name speaks of the
            # whole (检查), not of what sets the part apart (远程)
            and not (
                whole is not None
                and common_substring(name, _name_words(whole, text)) >= 2
                and not _distinct_shared(name, last, whole, text)
            )
            and (
                word[: word.rfind(_stem(word))].endswith(_NEGATION)
                or not _negates_stem(_stem(word), last, text)
            )
        ):
            clause = _clause_before(text, last) + _clause_after(text, last)
            if any(o in clause and o not in word for o in _outcome_words(lex)):
                # 「其中行政机关败诉3件，行政机关负责人出庭应诉率100%」: a decision (败诉)
                # the rate does not name is not what it counts
                return []
            shared = (set(name) & set(_name_words(last, text))) - others
            if _names_genus(stem, shared, _name_words(last, text)):
                return []
            if _review_unsaid(lex, word, _clause_before(text, last) + _name_words(last, text)):
                # 「已结案1362件，案件质量评查优良率96.1%」: a rate of a review (评查) counts
                # the items reviewed; a figure not said to be reviewed is not its term
                return []
            if (
                whole is not None
                and common_substring(name, _name_words(last, text)) < 2
                and not word.endswith(generic)
            ):
                # 「调解纠纷823起，其中达成书面协议210起，成功率100%」: a 其中 part set apart
                # by its own noun, sharing no two characters in a row with the name (成 alone),
                # is a subset the rate does not speak of — its numerator is not stated
                return []
            _BY_POSITION.add(id(last))
            # 「再就业6.3万人。毕业生毕业去向落实率41.46%」: a generic rate (落实率) whose full
            # name says what it counts before the generic word, no two characters of it in a
            # row in any figure's words before it (业 alone of 就业; not 任务完成率 after
            # 任务总数696家), is a guess (session 33b)
            told = _clause_name(text, q)
            told = told[: len(told) - len(next((g for g in generic if told.endswith(g)), ""))]
            if (
                word.endswith(generic)
                and len(told) >= 2
                and not any(common_substring(told, _name_words(p, text)) >= 2 for p in before)
            ):
                _ONE_CHARACTER.add(id(last))
            if not word.endswith(generic) and len(shared) < 2 and not shared & set(stem):
                # one character, and not of what the name counts (关 of 行政机关 for
                # 出庭应诉率; unlike 退 of 退回 for 退件比例): a guess
                _ONE_CHARACTER.add(id(last))
            return [last]
    # failing all of these, the nearest figure before the rate told with a verb of the stem's
    # deed (问题检出率 ← 发现违反审查标准的3件): the rule's reading, a warning
    by_kin = [
        p
        for p in usable
        if p.num_start < q.num_start
        and any(v in _name_words(p, text) for v in kin)
        and not _negates_stem(stem, p, text)
    ]
    if by_kin:
        _ONE_CHARACTER.add(id(by_kin[0]))
        return by_kin[:1]
    return []


def _attempt_done(
    lex: Lexicon,
    text: str,
    word: str,
    stem: str,
    q: Quantity,
    usable: list[Quantity],
    parts: dict[int, Quantity],
) -> Quantity | None:
    """The figure a success rate counts when no figure names the success: a name of a verb and
    the outcome of the attempt (调解成功率, numbers.toml ``rates.attempt-outcomes``) over two
    figures of its sentence before it told by that verb, one unit — the earlier the attempts
    taken in, the later the ones done (「受理…调解16.3万起，现已调解15.7万起，调解成功率96.3%」);
    a reading the text allows, not one it forces (a warning)."""
    if stem not in lex.data["rates"].get("attempt-outcomes", ()) or not word.endswith("率"):
        return None
    name = name_core(word)[1]
    verb = name[: name.rfind(stem)][-2:]
    if len(verb) < 2:
        return None
    told = sorted(
        (
            p
            for p in usable
            if p.num_start < q.num_start
            and p.sentence == q.sentence
            and verb in _name_words(p, text)
            and not _negates_stem(verb, p, text)
        ),
        key=lambda p: p.num_start,
    )
    if len(told) < 2:
        return None
    done, came = told[-1], told[-2]
    # the verb is the done figure's own (not a noun it modifies: 调解协议, 调解组织), the one
    # before it was taken in (受理, 收到: the attempts), and the done figure is no 其中 part of
    # a whole (「调解纠纷2716件，其中村级调委会调解1984件…」: a part's own rate)
    if (
        done.verb != verb
        or came.family not in ("received", "accepted")
        or done.unit != came.unit
        or id(done) in parts
    ):
        return None
    return done


def _counts_the_subject(word: str, p: Quantity) -> bool:
    """Does a figure count the subject a rate's name (…率, not a share) opens with, not what it
    counts — a bare class: a figure with no verb, 的-clause or finding of its own whose words
    end with a noun of the name before its stem and hold no word of the stem (刑事案件118件 or 民事案件102件 for 刑事案件胜诉率, 邻里纠纷280件 for
    家庭纠纷调解成功率; not 调解结案537件 for 调解成功率, whose 结案 is a deed; session 20)?"""
    if not word.endswith("率") or word.endswith(_SHARE_NAMES):
        return False  # (a share counts its class: 简易程序案件占比 ← 简易程序612件)
    name = name_core(word)[1]
    stem = _stem(word)
    subject = name[: name.rfind(stem)] if stem else ""
    phrase = p.phrase.strip("、，, 　")
    if len(subject) < 2 or p.verb or len(phrase) < 2 or _subsequence(stem, phrase):
        return False
    # (a 的-clause or a finding says what was found, the numerator of a 检出率: 「发现不合格的
    # 107批次」 for 不合格检出比例, 「对存在问题的81户次」 for 问题发现率 — no bare class)
    found = load_lexicon().data["clauses"]["found-leads"]
    if "的" in p.pre or any(w in p.pre for w in found):
        return False
    return phrase[-2:] in subject


def _review_unsaid(lex: Lexicon, name: str, clause: str) -> bool:
    """Does a rate's name hold an act of review (numbers.toml ``containment.checked`` without 经:
    评查, 审查, 核查…) that the figure's clause does not?"""
    acts = {w.removeprefix("经") for w in lex.data["containment"].get("checked", ())}
    return any(len(a) >= 2 and a in name and a not in clause for a in acts)


_NEGATION = ("不予", "未予", "未", "不", "非", "无")
_ENDED = ("终止", "中止", "拒绝")  # verbs that end or refuse a doing (终止调解, 拒绝调解)
# a rate's name that negates a doing (未解决问题占比, 尚未整改率): the doing
_NEGATED_DOING_RE = re.compile(r"(?:尚未|未能|未|没有)([\u4e00-\u9fff]{2})")


def _negated_remainders(
    text: str,
    word: str,
    numerators: list[Quantity],
    scope: list[Quantity],
    parts: dict[int, Quantity],
) -> list[Quantity]:
    """「已推动解决46个，其余6个正在推进，未解决问题占比11.5%」: a name that negates a doing
    counts the remainder beside a figure of that doing, both parts of one whole."""
    m = _NEGATED_DOING_RE.search(word)
    if m is None:
        return []
    done = [n for n in numerators if m.group(1) in _name_words(n, text) and id(n) in parts]
    return [
        r
        for r in scope
        if _REMAINDER_RE.match(r.pre.strip(" 　"))
        and any(parts.get(id(r)) is parts[id(n)] for n in done)
        and not any(r is n for n in numerators)
    ]


# a figure that is the remainder of a split (其余5个, 剩余6项, 余下3件)
_REMAINDER_RE = re.compile(r"^[，,、；;]?(?:其余|剩余|余下)")


def _named_again_later(
    text: str,
    name: str,
    p: Quantity,
    q: Quantity,
    scope: list[Quantity],
    parts: dict[int, Quantity],
) -> bool:
    """Is a part read by the words it shares with the rate's name followed, past a semicolon
    and before the rate, by a figure of no whole that the name speaks of as well (「办理仲裁
    案件1862件（其中…调解1186件…）；案外调解劳动纠纷2364件，调解成功率86.2%」)? The rate
    is then that later statement's, the part another one's: no reading of it."""
    return any(
        p.end <= x.num_start < q.num_start
        and id(x) not in parts
        and common_substring(name, _name_words(x, text)) >= 2
        and last_mark(text, "；;", p.end, x.num_start) >= 0
        for x in scope
    )


def _names_genus(stem: str, shared: set[str], words: str) -> bool:
    """Does a figure read by its position share with the rate's name only the last character
    of its stem, and none of the stem's other characters (「群众评价3.38万笔，好评率99.7%」:
    评 of 好评)? It counts the whole kind of which the stem names one (all evaluations, the
    good ones a part): the rate's base, its numerator unsaid — no reading."""
    return len(stem) >= 2 and shared == {stem[-1]} and not set(stem[:-1]) & set(words)


def _without_later_parts(text: str, q: Quantity, figures: list[Quantity]) -> list[Quantity]:
    """「结案1,210件，结案率97.6%，其中调解结案640件」: of the figures a rate's name counts, one
    before the rate and others after it that 其中 opens, the later ones are parts of the
    one before (a finer split), not what the rate counts."""
    before = [p for p in figures if p.num_start < q.num_start]
    later = [p for p in figures if p.num_start > q.num_start]
    if len(before) == 1 and later and all("其中" in _clause_before(text, p) for p in later):
        return before
    return figures


def _distinct_shared(name: str, part: Quantity, whole: Quantity, text: str) -> int:
    """How many characters in a row a rate's name shares with the words that set a 其中 part
    apart from its whole, when the name holds all of them (网上办案率 ← 全年办理执法案件3,600
    件，其中网上办理3,000件: 网上, which the whole does not say; not 检查覆盖率 ← 其中重点站点
    检查22座, whose 重点站点 the name does not say)."""
    whole_chars = set(_name_words(whole, text))
    own = "".join(ch for ch in part.phrase + part.verb if ch not in whole_chars)
    if sum(ch not in name for ch in own) > 1:
        return 0
    return common_substring(name, own)


def _negates_stem(stem: str, p: Quantity, text: str) -> bool:
    """Does a figure count the opposite of a rate's stem (不予受理28件 for 受理率)?"""
    if not stem:
        return False
    # the words before the number say it first (「未按期办结的15件」: the verb repeated after
    # it is the same one, 「不予通过的4件」)
    pre = p.pre.rstrip(" 　")
    words = pre if stem in pre else _name_words(p, text)
    found = [m.start() for m in re.finditer(re.escape(stem), words)]
    return bool(found) and all(_negated_re().search(words, 0, at) for at in found)


@lru_cache(maxsize=1)
def _negated_re() -> re.Pattern[str]:
    """A negation right before, or before a qualifier of the rate (未按期办结, 不及时答复)."""

    qualifiers = load_lexicon().data["rates"]["qualifiers"]
    # (终止调解的31件: a doing ended before its outcome counts its failures, not the stem's)
    negation = "|".join(re.escape(n) for n in (*_NEGATION, *_ENDED))
    qualifier = "|".join(re.escape(x) for x in sorted(qualifiers, key=len, reverse=True))
    return re.compile(rf"(?:{negation})(?:{qualifier})?$")


_JOINERS = ("、", "和", "及", "与", "以及")


# what separates the clauses between a run of shares and the figure before it, and the items
# of a clause of names (行政处罚和政府信息公开)
_BETWEEN_CLAUSES_RE = re.compile(r"[，,；;：:。]")
_NAMED_ITEMS_RE = re.compile(r"以及|[、和及与]")
# a figure among names: digits, or a numeral with its measure word (not 一般程序)
_FIGURE_IN_NAMES_RE = re.compile(
    r"[0-9０-９]|[零〇一二两三四五六七八九十百千万]+[件个项家人次名所份条场起]"
)


def _items_named_between(text: str, last: Quantity, q: Quantity) -> bool:
    """「…市交通运输局19件、市住建局11件；按照案件类型分，主要为行政处罚和政府信息公开，分别
    占比41.3%、22.8%」: a clause naming two items or more, with no figure, between the figures
    before and a run of shares (分别占, in a clause of its own) — the shares are those items',
    of the whole; the figures before belong to another breakdown."""
    clauses = _BETWEEN_CLAUSES_RE.split(text[last.end : q.num_start])
    if len(clauses) < 3:
        return False
    names = clauses[-2]
    return (
        _FIGURE_IN_NAMES_RE.search(names) is None
        and len([w for w in _NAMED_ITEMS_RE.split(names) if w.strip()]) >= 2
    )


def _respective_shares(bq: BlockQuantities) -> dict[int, int]:
    """The shares of each run 「分别占A%、B%和C%」「各占…」: id -> how far from the end of the
    figures before the run its numerator stands (the first of n shares: n)."""
    cache: dict[int, int] | None = bq.__dict__.get("_respective_shares")
    if cache is not None:
        return cache
    out: dict[int, int] = {}
    paired: dict[int, frozenset[int]] = {}
    runs: dict[int, tuple[tuple[Quantity, ...], tuple[Quantity, ...]]] = {}
    wholes: dict[int, str] = {}  # a figure a run pairs with -> the whole the run names
    qs = bq.quantities
    i = 0
    while i < len(qs):
        q = qs[i]
        pre = q.pre.rstrip(" 　")
        marker = respective_end(pre) if q.kind == "percent" else ""
        run = _share_run(bq, i)
        if not marker and len(run) >= 2:
            # 「收结重大一审行政案件分别为139件、125件，占收结行政案件总数的10.79%、10.43%」:
            # one 占 with a run of shares right after a run of as many figures — 分别 before
            # the figures, or none, the shares still pair with them in order
            found = _PAIRED_SHARE_END_RE.search(pre)
            marker = found.group(0) if found and _paired_figures(bq, i, len(run)) else ""
        if marker and not _SUBJECT_BEFORE_SHARE_RE.search(pre[: -len(marker)] + "占"):
            for j, x in enumerate(run):
                out[id(x)] = len(run) - j
            # the figures the run pairs with, one each: siblings, never a share's base
            listed = [
                p for p in qs[max(0, i - len(run) * 2) : i] if p.kind not in ("percent", "bare")
            ]
            siblings = frozenset(id(p) for p in listed[-len(run) :])
            for x in run:
                paired[id(x)] = siblings
                runs[id(x)] = (tuple(run), tuple(listed[-len(run) :]))
            named = _RUN_WHOLE_RE.sub("", marker)
            for p in listed[-len(run) :]:
                wholes[id(p)] = named
            i += len(run)
            continue
        i += 1
    bq.__dict__["_respective_shares"] = out
    bq.__dict__["_respective_paired"] = paired
    bq.__dict__["_respective_runs"] = runs
    bq.__dict__["_respective_wholes"] = wholes
    return out


# the words of a run's marker around the whole it names: 「分别占」「各占」「占」…「的」
_RUN_WHOLE_RE = re.compile(r"^[^占]*占|的$")


def _part_of_other_run(bq: BlockQuantities, q: Quantity, whole: str, w: Quantity) -> bool:
    """「审结民事一审案件228.2万件，民事二审案件23.1万件，分别占民事案件总数的86.06%、8.73%。
    审结刑事一审案件22.8万件，…分别占刑事案件总数的65.76%、10.26%」: a figure another run of
    shares pairs with is a part of the whole that run names; when that whole is not the one
    this share names, the figure is no base of this share."""
    _respective_shares(bq)
    other = bq.__dict__["_respective_wholes"].get(id(w))
    if not other or not whole or other == whole:
        return False
    if id(w) in _respective_paired(bq).get(id(q), frozenset()):
        return False
    # (「行政许可事项4,120件…分别占政务服务事项总量的…。其中…分别占行政许可事项总量的…」: a
    # figure whose own words name this share's whole is that whole, whatever run it is in)
    core = _WHOLE_TOTAL_RE.sub("", whole)
    return not (len(core) >= 2 and core in _name_words(w, bq.text))


# a share's own words right before its figure, naming a whole or none: 「占…总数的」「占」
_PAIRED_SHARE_END_RE = re.compile(
    rf"占(?:[^\s，,；;。：:%％0-9０-９]{{1,{MAX_RESPECTIVE_BASE}}}的)?$"
)
# between two items of a run of figures: a joiner, then the next item's label, no clause mark
_PAIRED_ITEM_GAP_RE = re.compile(r"\s*(?:以及|[、和及与])[^\s，,；;。：:%％0-9０-９]{0,12}$")
# all that stands between a run of figures and the run of shares paired with them
_PAIRED_GAP_RE = re.compile(
    rf"^[，,]\s*占(?:[^\s，,；;。：:%％0-9０-９]{{1,{MAX_RESPECTIVE_BASE}}}的)?\s*$"
)


def _share_run(bq: BlockQuantities, i: int) -> list[Quantity]:
    """The percents from the ``i``-th figure on joined by 、/和 (「10.79%、10.43%」)."""
    qs = bq.quantities
    run = [qs[i]] if qs[i].kind == "percent" else []
    while run and i + len(run) < len(qs):
        nxt = qs[i + len(run)]
        # (「分别占到举报总量的51.1%49.2%」: two percents with nothing between lost their
        # joiner — a figure never runs on past its %)
        gap = bq.text[run[-1].end : nxt.start].strip(" 　")
        if nxt.kind != "percent" or (gap and gap not in _JOINERS):
            break
        run.append(nxt)
    return run


def _paired_figures(bq: BlockQuantities, i: int, n: int) -> bool:
    """Do the ``n`` figures right before the ``i``-th (a run of shares) form a run of their
    own — one unit, joined by 、/和, in the shares' sentence, the last one ending the clause
    right before the shares' own (「139件、125件，占…」)?"""
    qs = bq.quantities
    if i < n:
        return False
    figures = qs[i - n : i]
    first = figures[0]
    if any(
        p.kind == "percent" or p.unit != first.unit or p.sentence != qs[i].sentence for p in figures
    ):
        return False
    # (items joined by 、/和, each maybe with its own label: 「受理64件、办结59件」)
    if any(
        _PAIRED_ITEM_GAP_RE.match(bq.text, a.end, b.num_start) is None
        for a, b in itertools.pairwise(figures)
    ):
        return False
    # (nothing but the share's own 占 clause between the last figure and the first share)
    return _PAIRED_GAP_RE.match(bq.text[figures[-1].end : qs[i].start]) is not None


# how many figures of the paragraph before a paired run of shares may be their bases
PAIRED_BASES = 8


def _paired_run_fits(bq: BlockQuantities, q: Quantity, counts: list[Quantity]) -> Relation | None:
    """「共受理行政案件1288件，审结1198件。其中收结重大一审行政案件分别为139件、125件，占收结
    行政案件总数的10.79%、10.43%」: a run of shares paired in order with a run of figures
    (:func:`_respective_shares`) pairs each figure with its own share, and each with its own
    whole — the whole the run names may be several (收结: the received and the concluded). A
    share that is its own figure's share of some figure of that unit told before (the last
    :data:`PAIRED_BASES`) holds: consistent. Otherwise no answer here."""
    if id(q) not in _respective_shares(bq):
        return None
    run, figures = bq.__dict__["_respective_runs"][id(q)]
    if len(run) < 2 or len(run) != len(figures):
        return None
    # (the figures before the run, nearest first, PAIRED_BASES of them at most: no walk over
    # the whole paragraph per share)
    bases: list[Quantity] = []
    for p in reversed(counts):
        if p.num_start >= figures[0].num_start:
            continue
        if p.unit == figures[0].unit and p.value > 0:
            bases.append(p)
            if len(bases) == PAIRED_BASES:
                break
    figure = figures[run.index(q)]
    base = next((b for b in bases if _rate_check(figure, b, q)[0]), None)
    if base is None:
        return None
    return _rate_fits(q, figure, base)


def _respective_paired(bq: BlockQuantities) -> dict[int, frozenset[int]]:
    """The ids of the figures each share of a 分别 run pairs with (:func:`_respective_shares`)."""
    _respective_shares(bq)
    paired: dict[int, frozenset[int]] = bq.__dict__["_respective_paired"]
    return paired


def _other_noun(core: str, w: Quantity, text: str) -> bool:
    """Does the base ``w`` clearly count another thing than the whole a share names
    (``core``): its words share no character with it (诉求 / 「其中PC端14510件」; not 办件量 /
    「共办理各类事项3520件」, an abbreviation) and its counted noun is not the same thing?"""
    return not set(core) & set(_name_words(w, text)) and not same_thing(
        core, counted_noun(w, text)[0]
    )


# the words after a named whole that say it is the total of that noun (诉求总量, 投诉总数)
_WHOLE_TOTAL_RE = re.compile(r"(?:总量|总数|总额|总和|总计|合计|数量|总体)$")


def _names_people(lex: Lexicon, whole: str) -> bool:
    """Does a share's named whole count people (户籍人口, 常住人口, 参保人数: numbers.toml
    ``magnitude.population`` and ``rates.people-wholes``)?"""
    data = lex.data
    words = (
        *data.get("magnitude", {}).get("population", ()),
        *data["rates"].get("people-wholes", ()),
    )
    return whole.endswith(tuple(words))


def _check_unnamed(whole: str, w: Quantity, text: str) -> bool:
    """Does a share's named whole say a check narrowed it (「占有效举报的76%」: numbers.toml
    ``rates.checked-wholes``) that the words of ``w`` do not (「举报线索413起」)? Then ``w``
    counts the wider set, not that whole (a figure of 有效举报 itself still is)."""
    data = load_lexicon().data
    checked = [c for c in data["rates"].get("checked-wholes", ()) if c in whole]
    if not checked:
        return False
    # (「上述73件案件中」: a figure pointing back names the set stated before, whatever its
    # own words: numbers.toml ``containment.back`` and ``demonstratives``)
    containment = data.get("containment", {})
    back = (*containment.get("back", ()), *containment.get("demonstratives", ()))
    if w.pre.rstrip(" 　").endswith(tuple(back)):
        return False
    return any(c not in _name_words(w, text) for c in checked)


def _checked_subset(word: str, w: Quantity, text: str) -> bool:
    """Does a share name the total of a noun (「占投诉总量的40%」「占全部诉求的」) while the words
    of ``w`` say a check narrowed it (「其中有效投诉1720件」: numbers.toml
    ``rates.checked-wholes``) and the whole does not? Then ``w`` is a subset, not that total."""
    m = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    if m is None:
        return False
    whole = m.group("whole").rstrip("的")
    if not (_WHOLE_TOTAL_RE.search(whole) or m.start("whole") > 1):  # (占全部…, 占所有…, 占总…)
        return False
    core = _WHOLE_TOTAL_RE.sub("", whole)
    if len(core) >= 2 and core in _clause_after(text, w):
        # 「对现行有效的312件…文件进行了全面清理，…占清理总数的13.1%」: the whole is named by
        # the action done to the figure in its own clause, so the figure is that whole,
        # whatever its qualifiers (现行有效) say
        return False
    checked = load_lexicon().data["rates"].get("checked-wholes", ())
    words = _name_words(w, text)
    if _qualifier_named(core, words):
        # 「查实存在违规问题的426家…占违规机构总数的」: the figure names what sets the whole
        # apart (违规); the check (查实) is how those were found, not a narrower set
        return False
    return any(c in words and c not in whole for c in checked)


def _qualifier_named(core: str, words: str) -> bool:
    """Do ``words`` (a figure's) name the qualifier of a whole's noun ``core`` — a piece of two
    characters or more opening it, before a head of its own (违规 of 违规机构, 不合格 of
    不合格批次)?"""
    return any(core[:k] in words for k in range(len(core) - 2, 1, -1))


def _named_whole_wider(word: str, w: Quantity, text: str) -> bool:
    """Does the share ``word`` name its whole (占…的) by a qualified noun that ``w`` counts
    without the qualifier (:func:`_wider_than_whole`)?"""
    m = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    whole = m.group("whole").rstrip("的") if m else ""
    if not whole or REFERS_BACK_RE.match(whole):
        return False
    noun = _WHOLE_TOTAL_RE.sub("", whole)
    return len("".join(distinguishing(noun))) >= 2 and _wider_than_whole(noun, w, text)


def _wider_than_whole(noun: str, w: Quantity, text: str) -> bool:
    """Does ``w`` count the head of a whole ``noun`` a share names without the qualifier that
    sets the whole apart (「检查定点医药机构1,380家」 for 占违规机构总数的: 机构, no 违规)? Then ``w``
    is the wider set, not that whole: the share is over a figure whose words name the
    qualifier, or over none stated."""
    head = common_suffix(noun, counted_noun(w, text)[0])
    qualifier = noun[: len(noun) - len(head)]
    if len(head) < 2 or not qualifier or not distinguishing(qualifier):
        return False
    return not set(qualifier) & set(_name_words(w, text))


def _whole_of_other_area(bq: BlockQuantities, whole: str, w: Quantity) -> bool:
    """Does a share's named whole open with an area (占全省中级法院案件总数的) other than the
    one the words of ``w``'s statement name (「全市法院共受理各类案件99984件」)? The whole of
    the wider area is not stated: ``w`` counts another scope, no base of the share."""
    return other_area(whole, bq.text[bq.sentence_span(w.sentence)[0] : w.num_start])


def _named_whole_bases(
    bq: BlockQuantities, q: Quantity, word: str, readings: list[tuple[Quantity, Quantity]]
) -> list[tuple[Quantity, Quantity]]:
    """「来信受理4676件，占诉求总量的5.95%」「…依次是A204件、B71件、C49件，分别占商品类投诉总量
    的30.4%、10.6%、7.3%」: a share that names its whole is over a figure of that noun — never
    over a figure whose counted noun clearly differs from it (PC端14510件, a sub-channel of a
    sibling), nor over a figure its own 分别 run lists beside its numerator (a sibling)."""
    m = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    whole = m.group("whole").rstrip("的") if m else ""
    # (a whole that refers back — 该类工单, 此类案件 — names the set of a figure before, whose
    # own words need not say it; words that name no particular thing name no noun)
    core = (
        ""
        if REFERS_BACK_RE.match(whole)
        else "".join(distinguishing(_WHOLE_TOTAL_RE.sub("", whole)))
    )
    siblings = _respective_paired(bq).get(id(q), frozenset())
    text = bq.text

    def drawn_from_other_set(n: Quantity, w: Quantity) -> bool:
        # the set the numerator's statement says it is drawn from (named between the base
        # and the numerator, in the numerator's sentence)
        if w.end > n.num_start:
            return False
        named = drawn_set(text, max(bq.sentence_span(n.sentence)[0], w.end), n.num_start)
        if not named:
            return False
        # 「商品类投诉中，…普通食品类204件…」 … 「服务类投诉中，…餐饮住宿类97件」: a figure
        # drawn from a sibling set is no base
        own = drawn_set(text, bq.sentence_span(w.sentence)[0], w.num_start)
        if own and not same_thing(own, named):
            return True
        # 「商品类投诉中，日用百货4210件，占比25.37%」 after 「受理消费投诉28460件」: a kind of
        # the base's thing (its head, 投诉, and a qualifier the base does not name) is a
        # narrower set, whose total is not the base
        head = common_suffix(named, counted_noun(w, text)[0])
        qualifier = named[: len(named) - len(head)]
        return len(head) >= 2 and bool(unnamed_chars(qualifier, _name_words(w, text)))

    return [
        (n, w)
        for n, w in readings
        if id(w) not in siblings
        and not _part_of_other_run(bq, q, whole, w)
        and not (len(core) >= 2 and _other_noun(core, w, text))
        and not (len(core) >= 2 and _wider_than_whole(_WHOLE_TOTAL_RE.sub("", whole), w, text))
        and not _check_unnamed(whole, w, text)
        and not _checked_subset(word, w, text)
        and not _whole_of_other_area(bq, whole, w)
        and not drawn_from_other_set(n, w)
        and not _other_stage(word, w)
    ]


def _stage_class(family: str) -> str:
    """The side of a case flow a verb family stands on: what came in (收到, 受理) or what
    was done with it (审结); ``""`` outside the flow."""
    if family in ("received", "accepted"):
        return "intake"
    return family if family in FLOW_STAGES else ""


def _named_stage(word: str) -> str:
    """The one stage of the case flow a share's named whole (占…的, its name ``word``, of any
    length) says — 「占最高法院审结案件总数的」: the concluded — or ``""``."""
    whole = word.strip(" 　")
    if not whole.startswith("占"):
        return ""
    lex = load_lexicon()
    named = {_stage_class(lex.verb_family.get(m.group(0), "")) for m in lex.verb_re.finditer(whole)}
    named.discard("")
    return named.pop() if len(named) == 1 else ""


def _named_verb_unsaid(bq: BlockQuantities, word: str, w: Quantity) -> bool:
    """Does a share name its whole by a verb of the case flow (占审结数的, 占…新收案件总数的)
    that the base's own words do not tell it by — the base told by another verb of that stage
    whose deed differs (its first character: 办结…8269件 for 审结, 受理15400件 for 新收)? Then
    the reading is one the text allows, not one it forces: the 办结 of one body need not be the
    审结 the share speaks of, and 受理 may hold the carry-over 新收 leaves out (session 22: a
    warning at most). 收到 for 收案 is the same deed; a figure restated (「上述73件案件中」)
    is told by the words of its first statement too."""
    if not _named_stage(word):
        return False
    lex = load_lexicon()

    def staged(words: str) -> set[str]:
        return {
            m.group(0)
            for m in lex.verb_re.finditer(words)
            if _stage_class(lex.verb_family.get(m.group(0), ""))
        }

    named = staged(word.strip(" 　"))
    if not named:
        return False
    text = bq.text
    if REFERS_BACK_RE.match(_clause_before(text, w).strip(" 　")):
        return False  # 「上述73件案件中」: the set of a figure before, told as it was there
    own = _clause_before(text, w) + _name_words(w, text)
    own += "".join(
        _clause_before(text, p) + _name_words(p, text)
        for p in bq.quantities
        if p.num_start < w.num_start and p.value == w.value and p.unit == w.unit
    )
    if any(v in own for v in named):
        return False
    return not any(v[0] in b for v in named for b in staged(own))


def _other_stage(word: str, w: Quantity) -> bool:
    """Does a share's named whole say a stage of the case flow other than the one ``w``
    counts (「审结4162件，占最高法院审结案件总数的43.4%」 is over the concluded cases, not
    over 「新收案件5730件」)? Then ``w`` is not that whole."""
    mine = _stage_class(w.family)
    named = _named_stage(word)
    return bool(mine and named) and mine != named


# (an area named whole or as one's own at the start of a whole's name: 全市社区 → 社区)
_AREA_LEAD_RE = re.compile("^" + WHOLE_AREA_RE.pattern)


def _named_whole_earlier(
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    numerators: list[Quantity],
    counts: list[Quantity],
    readings: list[tuple[Quantity, Quantity]],
    part_of: dict[int, Quantity],
) -> list[tuple[Quantity, Quantity]]:
    """「全市共有行政村1286个、社区214个；…示范村（社区）38个，其中社区9个，占全市社区总数的
    4.2%」: a share that names its whole (占…总数的) is over a figure whose counted noun is
    that whole's, stated before in the paragraph beyond the rate's clause (9 ÷ 214): one more
    reading, so the rate is consistent when it fits."""
    m = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    whole = m.group("whole").rstrip("的") if m else ""
    if not whole or REFERS_BACK_RE.match(whole):
        return []
    # (the noun without the area every figure of the report shares: 全市社区 → 社区)
    core = _AREA_LEAD_RE.sub("", _WHOLE_TOTAL_RE.sub("", whole))
    if not _AREA_LEAD_RE.sub("", _WHOLE_TOTAL_RE.sub("", word.strip(" 　")[1:].rstrip("的"))):
        # 「共受理案件5422件。…其次是杨家坪街道，共立案532件，占全区总量的9.81%」: a whole
        # named by nothing but the area and its total (全区总量, 总数) is everything the
        # paragraph counts — a total stated before (共…) is a base, beside the peer items
        return _stated_totals(numerators, counts, readings, part_of)
    if not core:
        return []
    # a one-character whole (占全市村总数的) is a word only when the numerator counts that
    # noun too (「…示范村（社区）38个，其中村29个」): the share then splits the stock of it
    first = (
        numerators[:1]
        if len(core) >= 2
        else [n for n in numerators[:1] if counted_noun(n, bq.text)[0].endswith(core)]
    )
    taken = {(id(n), id(w)) for n, w in readings}
    return [
        (n, w)
        for n in first
        for w in counts
        if w.num_start < n.num_start
        and w is not n
        and w.unit == n.unit
        and w.high >= n.low
        and (id(n), id(w)) not in taken
        and (
            # (「经审查立案…的621件，…已全部办复」: the sentence names it the whole of its state,
            # whatever check its own words name)
            _all_done_after(bq, w, core)
            or (
                counted_noun(w, bq.text)[0].endswith(core)
                and not _checked_subset(word, w, bq.text)  # 占全部诉求的 is not over 有效诉求944
            )
        )
    ]


# 「…交有关单位办理的621件，到2013年底，提案已全部办复」: a clause after a figure, in its
# sentence, that says all of it reached a state (全部/均已/悉数 + the state) names that figure
# the total of the state — 占办复总数的 is over 621
_ALL_DONE_RE = re.compile(
    r"(?:全部|均已|均|悉数|全数)(?:已经|已|按期|按时|依法|予以|得到|被){0,2}$"
)
ALL_DONE_REACH = 40  # characters after the figure the clause of 全部 may stand in


def _all_done_named(bq: BlockQuantities, word: str, w: Quantity) -> bool:
    """Does the share ``word`` name its whole (占办复总数的) by the state ``w``'s sentence
    says all of ``w`` reached (:func:`_all_done_after`)?"""
    m = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    whole = m.group("whole").rstrip("的") if m else ""
    if not whole or REFERS_BACK_RE.match(whole):
        return False
    return _all_done_after(bq, w, _AREA_LEAD_RE.sub("", _WHOLE_TOTAL_RE.sub("", whole)))


def _all_done_after(bq: BlockQuantities, w: Quantity, core: str) -> bool:
    """Does ``w``'s sentence say, after it, that all of it is ``core`` (提案已全部办复 for
    占办复总数的, 均已办结 for 占办结总数的)? The sentence then names ``w`` that whole."""
    if len(core) < 2:
        return False
    text = bq.text
    end = min(bq.sentence_span(w.sentence)[1], w.end + ALL_DONE_REACH)
    at = text.find(core, w.end, end)
    while at >= 0:
        if _ALL_DONE_RE.search(text, max(w.end, at - 6), at):
            return True
        at = text.find(core, at + len(core), end)
    return False


def _stated_totals(
    numerators: list[Quantity],
    counts: list[Quantity],
    readings: list[tuple[Quantity, Quantity]],
    part_of: dict[int, Quantity],
) -> list[tuple[Quantity, Quantity]]:
    """(numerator, total) readings over the totals stated before the numerator in the
    paragraph — a figure after 共/合计… or one a list breaks down (受理34件, then its kinds) —
    in its unit, not smaller than it (:func:`_named_whole_earlier`)."""
    taken = {(id(n), id(w)) for n, w in readings}
    listed = {id(w) for w in part_of.values()}
    return [
        (n, w)
        for n in numerators[:1]
        for w in counts
        if w.num_start < n.num_start
        and w is not n
        and (w.total_marker or id(w) in listed)
        and w.unit == n.unit
        and w.high >= n.low
        and (id(n), id(w)) not in taken
    ]


# words of a subject in the share's own clause before 占/占比 (not 约, 均, 分别, 的)
# (an adverb may stand between the subject and 占: 「其中刑事类警情约占6%」)
_SUBJECT_BEFORE_SHARE_RE = re.compile(
    r"[^约均分别共仅的，,]{2,}(?:约|均|共|仅)?(?:占比|占|比例|比重)"
)


def _named_in(subject: str, before: str) -> bool:
    """Does a share's subject hold the whole words of a figure — its listed item's words
    before the number, ``before`` (需废止和修订的 ← 「废止12件、修订27件」)?"""
    words = _ITEM_SPLIT_RE.split(before)[-1].strip(" 　")
    return len(words) >= 2 and words in subject


_ITEM_SPLIT_RE = re.compile("[、，,；;。：:（）()]")


# a 的-phrase naming a share's subject, read in its clause before 占 (满意或基本满意的占:
# only there, so 「占全部案件的比例」 names a whole, not a subject)
_OWN_SUBJECT_SHARE_RE = re.compile(r"[\u4e00-\u9fff]{2,}的$")


# shared characters that make a rate's name the name of a figure (执法办案管理中心使用率 ←
# 进入执法办案管理中心办理的2815起): a name this long is not shared by chance
LONG_NAME = 4


def _long_shared(name: str, words: str) -> bool:
    """Does a figure share a long run of the rate's name, the larger part of it? A run that is
    only the subject both open with (行政机关 of 行政机关负责人出庭应诉率 and 行政机关败诉3件)
    leaves what the rate counts unsaid."""
    run = common_substring(name, words)
    return run >= LONG_NAME and 2 * run >= len(name)


# 「审结案件中纠错率」「受理案件中调解率」: the rate's name opens with the set it is a share of
_NAME_SCOPE_RE = re.compile(
    r"^(?P<base>[\u4e00-\u9fff]{2,})中(?![心央国华小学级期标介层间村海])(?P<core>[\u4e00-\u9fff]{2,})$"
)


def name_core(word: str) -> tuple[str, str]:
    """A rate's name split into the base it names and what it counts: 「审结案件中纠错率」 ->
    (审结案件, 纠错); 「合格率」 -> ("", 合格)."""
    name = word[:-1] if word.endswith("率") else word
    m = _NAME_SCOPE_RE.match(name)
    if m is None:
        return "", name
    return m.group("base"), m.group("core")


# the rates whose loose qualifier was set aside (cleared with the other per-rate marks)
_LOOSENED: set[int] = set()


@lru_cache(maxsize=2)
def _loose_qualifiers(lex: Lexicon) -> frozenset[str]:
    """numbers.toml ``rates.loose-qualifiers``: qualifiers of aggregation or scope."""
    return frozenset(lex.data["rates"].get("loose-qualifiers", ()))


def _qualified(lex: Lexicon, qualifiers: list[str], words: str) -> bool:
    """Does a figure's wording carry the rate's qualifiers (按时办结率 ← 按期办结, 在7个工作日
    内公示: numbers.toml ``rates.qualifier-evidence``)?"""
    evidence: dict[str, list[str]] = lex.data["rates"].get("qualifier-evidence", {})
    return all(x in words or any(e in words for e in evidence.get(x, ())) for x in qualifiers)


def _own_statement(
    text: str, last: Quantity, q: Quantity, word: str, name: str, generic: tuple[str, ...]
) -> bool:
    """Does a rate open a statement of its own after a semicolon, naming a subject of its own
    (two characters or more besides a generic ending) that shares no two characters in a row
    with the figure before it (「其中酒驾120起、超速3100起；道路运输企业安全检查覆盖率95.2%」)?
    A bare 「；覆盖率98.5%」 still reads the figure before."""
    if last_mark(text, "；;", last.end, q.num_start) < 0:
        return False
    subject = next((word[: -len(g)] for g in generic if word.endswith(g)), name)
    return len(subject) >= 2 and common_substring(name, _name_words(last, text)) < 2


# a short bracket of no clause of its own (「9个区（县）建成」「8个县（市、区）」): it qualifies
# the word before it and breaks no clause
_QUALIFIER_BRACKET_RE = re.compile(r"[（(][^（()）：:，,；;。0-9０-９]{1,8}[）)]")


def _outside(p: Quantity, scope: list[Quantity], parts: dict[int, Quantity]) -> list[Quantity]:
    """The figures of ``scope`` besides ``p``, its own whole and that whole's other parts (「其中
    由社区调委会化解的289件、街道调委会化解的103件，化解成功率」: 化解 is what they count)."""
    whole = parts.get(id(p))
    return [
        o
        for o in scope
        if o is not p and o is not whole and (whole is None or parts.get(id(o)) is not whole)
    ]


def _shared_beyond(name: str, p: Quantity, scope: list[Quantity], text: str) -> int:
    """The longest run of a rate's name in a figure's words that no figure of ``scope`` names
    (「新受理法律援助案件4312件，加上上年度未结案件268件…案件质量评查优良率」: 案件 is
    the counted thing of every figure, no word of what the rate counts)."""
    words = _name_words(p, text)
    others = "".join(_name_words(o, text) for o in scope if o is not p)
    best = 0
    for i in range(len(name)):
        for j in range(i + best + 1, len(name) + 1):
            run = name[i:j]
            if run not in words:
                break
            if run not in others:
                best = j - i
    return best


def _previous_clause(text: str, p: Quantity, q: Quantity) -> bool:
    """Is the rate ``q`` in the clause right after the one of ``p`` (one break between)?"""
    between = _QUALIFIER_BRACKET_RE.sub("", text[p.end : q.num_start])
    return len(_CLAUSE_AFTER_RE.findall(between)) <= 1


# the endings of a rate's name that say "a share of" (a noun before them says what it counts)
_SHARE_NAMES = ("百分比", "比例", "比率", "占比", "比重")


def _stem(word: str) -> str:
    """The words a rate's name counts: 合格率 -> 合格, 满意度 -> 满意."""
    if word.endswith("率") and not word.endswith("比率") and len(word) > 1:
        return word[:-1][-2:]
    for share in _SHARE_NAMES:
        if word.endswith(share) and len(word) >= len(share) + 2:
            return word[: -len(share)][-2:]  # 抽查比例 -> 抽查, 化解比率 -> 化解
    for degree in _degree_words():
        if word.endswith(degree):
            return degree[:-1][-2:]
    return ""


@lru_cache(maxsize=1)
def _degree_words() -> tuple[str, ...]:

    return tuple(load_lexicon().data["rates"].get("degree", []))


_REST_WORDS = rest_words("left", "other")  # numbers.toml ``rest``


def _fits_the_rest(
    bq: BlockQuantities,
    q: Quantity,
    numerators: list[Quantity],
    scope: list[Quantity],
    part_of: dict[int, Quantity],
) -> tuple[Quantity, Quantity, Quantity] | None:
    """A reading that only accepts: the rate's clauses name the rest of a whole after one of
    its parts (「接收1,028人，其中安置412人…；对其余人员…参训585人，参训率95.0%」), so the
    whole less that part (616) may be the base of a numerator stated after the rest: the
    numerator, the whole and the part when one fits."""
    text = bq.text
    for p in scope:
        whole = part_of.get(id(p))
        if whole is None or p.num_start > q.num_start or whole.value <= p.value:
            continue
        at = min(
            (k for w in _REST_WORDS if (k := text.find(w, p.end, q.num_start)) >= 0), default=-1
        )
        if at < 0:
            continue
        rest = _less(whole, p)
        for n in numerators:
            if n.num_start > at and _rate_check(n, rest, q)[0]:
                return n, whole, p
    return None


def _fits_the_counted(
    bq: BlockQuantities,
    q: Quantity,
    numerators: list[Quantity],
    scope: list[Quantity],
    part_of: dict[int, Quantity],
) -> list[Quantity] | None:
    """A reading that only accepts: a 其中 list that ends with a rest named without a figure
    (「抽查1,200户，其中合格1,104户、不合格61户，其余因停业未检，合格率94.8%」) says the rest
    was not counted, so the listed parts (1,104 + 61) may be the rate's base: the numerator and
    the other parts when one fits."""
    for n in numerators:
        whole = part_of.get(id(n))
        if whole is None or n.num_start > q.num_start:
            continue
        listed = [
            p
            for p in scope
            if part_of.get(id(p)) is whole and p.unit == n.unit and p.num_start < q.num_start
        ]
        if len(listed) < 2 or not rest_unnumbered(bq.text, listed[-1]):
            continue
        if _rate_check(n, _summed(listed), q)[0]:
            return [n, *(p for p in listed if p is not n)]
    return None


def _denominators(
    lex: Lexicon,
    numerator: Quantity,
    scope: list[Quantity],
    part_of: dict[int, Quantity],
    capped: bool,
) -> list[Quantity]:
    """Every figure of the scope the numerator may be a share of."""
    found: list[Quantity] = []
    whole = part_of.get(id(numerator))
    if whole is not None and not (capped and whole.high < numerator.low):
        # (a whole smaller than its part is the list's own contradiction, N101, not a rate's)
        found.append(whole)
    for p in scope:
        if p is numerator or any(p is w for w in found):
            continue
        if p.kind != numerator.kind or not lex.same_units(p.unit, numerator.unit):
            continue
        if (
            capped
            and p.high < numerator.low
            and not p.total_marker
            and not _due_before(p, numerator)
        ):
            # a smaller figure holds the numerator only when it is a total (共有86人) or what
            # was due of it (「应办理的积案72件，已清理办结75件」: more done than due is a slip)
            continue
        if p.value == 0:
            continue
        found.append(p)
    found.extend(_caseloads(lex, numerator, scope))
    return found


def _due_before(due: Quantity, numerator: Quantity) -> bool:
    """Is ``due`` a figure of what was due (is_due: 应办理的, 应当回访的) told before the
    numerator in its sentence?"""
    return (
        due.sentence == numerator.sentence and due.num_start < numerator.num_start and is_due(due)
    )


def _caseloads(lex: Lexicon, numerator: Quantity, scope: list[Quantity]) -> list[Quantity]:
    """新收1164件 + 上年结转87件: the year's caseload, a denominator of 结案率."""

    carry = [p for p in scope if p.unit == numerator.unit and _role(lex, p) == "carry"]
    new = [p for p in scope if p.unit == numerator.unit and _role(lex, p) == "new"]
    sums = []
    for c in carry[:2]:
        for n in new[:2]:
            if n is numerator or c is numerator:
                continue
            sums.append(
                _replace(
                    n,
                    value=n.value + c.value,
                    low=n.low + c.low,
                    high=n.high + c.high,
                    number=f"（{n.number}＋{c.number}）",
                    decimals=max(n.decimals, c.decimals),
                )
            )
    return sums


# numerators summed from the outcomes a rate's name is a class of (see _numerators): a list
# may leave some out, so a contradiction on them is a warning
_CLASS_SUMS: set[int] = set()
# numerators found by their position only (see _numerators), for the rate being judged
_BY_POSITION: set[int] = set()
# ... and of those, the ones that share a single character with the rate's name: a guess
_ONE_CHARACTER: set[int] = set()
# figures after a rate in its clause group, read as its numerator only (see _sentence_scope)
_NUMERATOR_ONLY: set[int] = set()


# a bracket after a rate that takes figures out of its base (「公示率100%（依法不予公示的30件除外）」)
_EXCLUDED_RE = re.compile(r"除外|不含|不包括|不计入|不纳入|扣除|剔除")


def _base_narrowed(text: str, q: Quantity, scope: list[Quantity]) -> bool:
    """Does a bracket right after the rate hold a figure it excludes from its base? The base
    is then the whole less what the bracket names, the numerator not stated: no reading."""
    for p in scope:
        if p.num_start > q.end and _bracket_follows(text, q, p):
            # (the first closing bracket after the figure, by bisection in their positions)
            closes = mark_positions(text, "）)")
            k = bisect.bisect_left(closes, p.end)
            close = closes[k] if k < len(closes) else len(text)
            if _EXCLUDED_RE.search(text, q.end, close + 1):
                return True
    return False


# 「审结的案件中（含上年结转12件）」「受理申请（包括网上申请300件）」: a bracket opening with
# 含/包括 names a component of the set before it, a part of that set, not a whole
_INCLUDED_OPENING_RE = re.compile(r"^(?:其中|" + INCLUDED_WORDS + ")")


def _included_component(text: str, numerator: Quantity, base: Quantity) -> bool:
    """Is the base a figure inside a bracket that names a component of the words before the
    bracket (「（含上年结转12件）」), the numerator outside it? Such a figure is a part of the
    set, never the whole a rate of another figure is taken over: no reading."""
    if base.depth <= numerator.depth:
        return False
    opening = last_mark(text, "（(", 0, base.start)
    if opening < 0:
        return False
    return _INCLUDED_OPENING_RE.match(text[opening + 1 : base.start].lstrip(" 　")) is not None


def _population_named(
    text: str, q: Quantity, word: str, numerator: Quantity, base: Quantity
) -> bool:
    """Does the rate's name open with the thing the numerator counts (「重大合同审核率」 of
    「对其中212件重大合同开展合法性审核」), a thing the base's words do not name? Then the
    numerator is that population — the rate's base — and not a part of the wider base: the
    reading is no sure one (the numerator of such a rate is not stated). The thing may also
    end the numerator's words before it (「经法制审核的重大执法决定412件」 for 「重大执法决定法制
    审核覆盖率」)."""
    # the rate's whole name in its clause (重大执法决定法制审核覆盖率, not its last characters)
    name = _RATE_TRAIL.sub("", q.pre.strip(" 　"))
    word = name if name.endswith(word) and len(name) <= 16 else word
    thing = common_prefix(_BRACKETED_RE.sub("", numerator.after or ""), word)
    if len(thing) < 2:
        pre = _BRACKETED_RE.sub("", numerator.pre)
        thing = next((word[:k] for k in range(len(word) - 3, 3, -1) if pre.endswith(word[:k])), "")
    if len(thing) < 2 or len(word) - len(thing) < 3:
        return False
    stem = _stem(word)
    if stem and re.search(
        rf"{re.escape(stem)}[^的，,；;。]{{0,2}}{re.escape(thing)}$", numerator.pre.strip(" 　")
    ):
        # 「共检出问题合同29份」 for 问题合同检出率: the thing is what the rate's verb found,
        # its object right before the figure — the numerator, not a population to be its base
        return False
    return thing not in _name_words(base, text)


# the words of a clause up to a rate (its full name: a rate's word is cut to its last
# characters, 「口占全省常住人口比重」 for 「城镇人口占全省常住人口比重」)
_CLAUSE_NAME_START_RE = re.compile(r"[，,；;。：:！!？?\n]")
# a share's subject and the whole it names: 「城镇人口占全省常住人口比重」
_SUBJECT_AND_WHOLE_RE = re.compile(
    r"(?P<subject>[\u4e00-\u9fff]{2,12})占(?P<whole>[\u4e00-\u9fff]{2,16}?)的?(?:比重|比例)?$"
)


def _clause_name(text: str, q: Quantity) -> str:
    """The whole name of the rate ``q`` as its clause tells it (brackets and the verb before
    the figure left out), not cut as :func:`rate_word` cuts it."""
    start = q.num_start
    low = max(0, start - 40)
    while start > low and not _CLAUSE_NAME_START_RE.match(text[start - 1]):
        start -= 1
    words = _BRACKETED_RE.sub("", text[start : q.num_start]).strip(" 　")
    return _RATE_TRAIL.sub("", words)


def _subject_names_base(text: str, q: Quantity, n: Quantity, w: Quantity) -> bool:
    """Session 33b: is the reading n ÷ w backwards by the share's own name — its subject's
    telling characters (those the whole it names lacks: 城镇 of 「城镇人口占全省常住人口比重」)
    in the base's words (「城镇常住人口366万人」) and none of them in the numerator's (「乡村常住
    人口229万人」)? Then the base is what the share counts, never its whole."""
    m = _SUBJECT_AND_WHOLE_RE.search(_clause_name(text, q))
    if m is None:
        return False
    telling = set(m.group("subject")) - set(m.group("whole"))
    return len(telling & set(_name_words(w, text))) >= 2 and not (
        telling & set(_name_words(n, text))
    )


def _owned_by_sibling_rate(bq: BlockQuantities, q: Quantity, n: Quantity, w: Quantity) -> bool:
    """Session 33b: does n ÷ w give another rate of q's sentence, printed beside it, and not
    q (「受理并调处矛盾纠纷3921件，调解成功3882件，纠纷调解率100%，调成率99%」: 3882 ÷ 3921 is
    the 调成率's)? Then the pair is that rate's, and q is of a pair the text does not state."""
    if _rate_check(n, w, q)[0]:
        return False
    # (told together: no figure of another unit between the two rates — 「乡镇调解员3.3万多人，
    # 占51%，街道调解员3.4万多人，占49%」: the second share has a figure of its own)
    return any(
        p is not q
        and p.unit == q.unit
        and p.sentence == q.sentence
        and not p.change
        and rate_word(p)
        and _rate_check(n, w, p)[0]
        # (the other rate's stem in the numerator's words: 调成 of 调解成功, never 诉讼案件占比
        # beside 办结率 over 办结…件)
        and bool(_stem(rate_word(p)))
        and _subsequence(_stem(rate_word(p)), _name_words(n, bq.text))
        and not any(
            x.unit != q.unit and min(p.end, q.end) <= x.num_start < max(p.num_start, q.num_start)
            for x in bq.quantities
        )
        for p in bq.quantities
    )


def _names_the_whole(text: str, q: Quantity, n: Quantity) -> bool:
    """Do the words of ``n`` hold the whole the share ``q`` names after 占, all of it (its
    counting suffix aside: 「完成一般公共预算收入8000万元」 for 「占一般公共预算收入比重」)?"""
    m = _SUBJECT_AND_WHOLE_RE.search(_clause_name(text, q))
    whole = m.group("whole").removesuffix("总数").rstrip("数量额") if m else ""
    return len(whole) >= 2 and whole in _name_words(n, text)


def _judge_rate(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    capped: bool,
    counts: list[Quantity],
    part_of: dict[int, Quantity],
) -> Relation | None:
    _NUMERATOR_ONLY.clear()
    paired_fit = _paired_run_fits(bq, q, counts) or _bracketed_breakdown(bq, q, word)
    if paired_fit is not None:
        return paired_fit
    scope = _sentence_scope(bq, q, counts)
    ahead = False
    if not scope:
        # 「满意度达到98.6%。共回访1530人，其中表示满意的1493人」: a rate stated before its
        # figures, alone in its sentence, is read against the next sentence when a figure
        # there names what it counts (the stem of its name); never more than a warning
        scope = _by_sentence(counts).get(q.sentence + 1, [])[:SCOPE]
        ahead = True
    _BY_POSITION.clear()
    _ONE_CHARACTER.clear()
    _CLASS_SUMS.clear()
    _LOOSENED.clear()
    complemented = False
    numerators = _numerators(lex, bq, q, word, scope, part_of)
    # 「其中刑事案件118件、民事案件102件。…刑事案件胜诉率达99%」: a bare class of the rate's
    # subject is the set the rate is of, never what it counts (胜诉 is not stated)
    numerators = [n for n in numerators if not _counts_the_subject(word, n)]
    # 「已整改117处，其余11处正在限期整改，整改率91.4%」: a remainder its clause calls still
    # open is what the rate leaves out, even when it repeats the rate's verb — no reading
    # (a name that negates the doing, 未整改率, counts it: added back just below)
    numerators = [
        n
        for n in numerators
        if not (_REMAINDER_RE.match(n.pre.strip(" 　")) and _still_open(bq, lex, n))
    ]
    numerators += _negated_remainders(bq.text, word, numerators, scope, part_of)
    # 「持有执法证件的人员占比96%」: a name whose 的-clause says what sets its numerator apart
    # counts a figure that names it (two characters at least), not any figure of its head noun
    qualifier = ""
    if word.endswith(("占比", "比例", "比重")) and not word.startswith(("占", "对")):
        head = word[:-2].rsplit("的", 1)
        qualifier = head[0] if len(head) == 2 and 1 <= len(head[1]) <= 4 else ""
    if len(qualifier) >= 2:
        numerators = [
            n for n in numerators if common_substring(qualifier, _name_words(n, bq.text)) >= 2
        ]
    # a whole and its own 其中 part both named by the rate: the part is what it counts, the
    # whole its base (「全年办理执法案件3,600件，其中网上办理3,000件」 for 网上办案率)
    core = name_core(word)[1]
    numerators = [
        n
        for n in numerators
        if not any(
            part_of.get(id(p)) is n and _distinct_shared(core, p, n, bq.text) >= 2
            for p in numerators
        )
    ]
    if ahead:
        stem = _stem(word)
        numerators = [n for n in numerators if stem and _subsequence(stem, _name_words(n, bq.text))]
        if numerators:
            # (「结案率…。受理874件，审结827件，其中调解结案530件」: 审结 is what it counts)
            staged = _staged(lex, bq, stem, scope)
            numerators += [p for p in staged if not any(p is n for n in numerators)]
    readings = _pairs_of(lex, numerators, scope, part_of, capped, _stem(word))
    readings += _subject_bases(lex, bq, numerators, counts, readings)
    # 「已办结2398件，办结率97.5%，其中当场办结的1276件」: a figure named by the rate's whole
    # name and nothing more counts what the rate counts — its numerator, never the base of
    # its own parts (a rate of a qualified name, 当场办结率, may take it as its base)
    named = word.removesuffix("率")
    readings = [(n, w) for n, w in readings if not (named and w.phrase == named)]
    readings = _scope_bases(bq.text, _without_sibling_bases(bq.text, word, readings))
    readings = _named_whole_bases(bq, q, word, readings)
    readings = _scope_whole_bases(lex, bq, counts, readings)
    readings += _named_whole_earlier(bq, q, word, numerators, counts, readings, part_of)
    if not readings and not ahead:
        # 「全镇14个行政村中已有11个村被命名为示范村，创建率85.7%」: a name that counts no
        # figure by its words, after a figure drawn from a set (the set's figure opening its
        # clause) — that pair is a reading, a warning at most
        drawn = _drawn_pair(bq.text, q, scope)
        # (「20个乡镇中已有17个乡镇建成…，群众满意率95%」: a survey's answer is what people
        # said, never a count of the set's units unless the part's words say it)
        answers = tuple(lex.data["clauses"]["survey-answers"])
        if drawn is not None and any(
            a in word and a not in _name_words(drawn[0], bq.text) for a in answers
        ):
            drawn = None
        if drawn is not None:
            numerators, readings, ahead = [drawn[0]], [drawn], True
    if not readings and not ahead:
        # 「抽检1,200批次，不合格36批次，合格率98.5%」: what the name counts is the whole less
        # the figure that negates it
        complements, readings = _complements(bq, q, word, scope)
        if readings:
            numerators = complements
            ahead = complemented = True  # a reading the name implies: a warning at most
    # 「共收集评价48,716条，其中差评412条，其余均为满意评价」: the rest a 其中 list names by
    # the rate's stem is what it counts, beside any other reading (「其中表示基本满意的64人、
    # 不满意的9人，其余均表示满意」: not 64); a reading the name implies, so a warning at most
    rests, rest_readings = _rest_named(bq, word, scope, part_of)
    if rest_readings:
        complemented = complemented or not readings
        numerators = [*numerators, *rests]
        readings = [*readings, *rest_readings]
        ahead = True
    if not readings:
        # 「调解纠纷640件，调解成功率为95.8%。其中调解成功600件。」「满意率达98.1%。问卷由
        # 第三方发放。共发放问卷2,400份，表示满意的2,318份。」: the figure the rate's name
        # counts (its stem) in one of the next sentences of the paragraph, the base there or
        # before the rate; never more than a warning
        found = (
            None
            if _counted_before(lex, bq, q, word, numerators)
            else _read_ahead(lex, bq, q, word, [] if ahead else scope, counts, part_of, capped)
        )
        if found is None and not ahead:
            found = _named_whole_before(lex, bq, q, word, numerators, counts)
        if found is None:
            return None
        scope, numerators, readings = found
        ahead = True
    readings += _prior_level_bases(lex, bq, q, word, numerators)
    in_lists = respective_listed(bq)
    # 「甲市、乙市、丙市受理…分别为3595件、3125件、2655件。」 … 「该省…败诉1874件，败诉率为
    # 6.88%」: one subject's figure of a 分别 list of several is a part of the whole a rate of a
    # later sentence is over, not that whole (a figure of the same list may be, 办结率 ←
    # 「受理、办结、结转分别为…」)
    named_whole = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    own_whole = named_whole.group("whole").rstrip("的") if named_whole else ""
    readings = [
        (n, w)
        for n, w in readings
        if not (id(w) in in_lists and id(n) not in in_lists and n.sentence != w.sentence)
        and not _part_of_other_run(bq, q, own_whole, w)
    ]
    readings = _within_frame(bq, q, readings)
    if not readings:
        return None
    readings += _wholes_of_dimensions(bq.text, counts, readings)
    readings += _sibling_sums(bq.text, q, capped, readings, counts)
    results = [(_intake_bounded_check(lex, bq, word, n, w, q), n, w) for n, w in readings]
    # 「满意率为97.3%（满意108件，基本满意3件）」: the answers listed in the bracket after the
    # rate may be all of them, so their sum may be its base (108 ÷ 111): a reading that only
    # accepts
    listed = [
        p
        for p in scope
        if p.num_start > q.num_start and p.depth > q.depth and _bracket_follows(bq.text, q, p)
    ]
    if len(listed) >= 2 and len({p.unit for p in listed}) == 1:
        summed = _summed(listed)
        for n in numerators:
            if n in listed and _rate_check(n, summed, q)[0]:
                return _rate_fits(q, n, *(p for p in listed if p is not n))
    fit = _listed_sum_fits(bq, q, word, scope) or _run_share_fits(
        bq, q, word, scope, [w for _, w in readings]
    )
    if fit is not None:
        return fit
    # the complements are sums already: not summed again (:func:`_joined_numerators`)
    # 「其中经审查后提交的83件，事后补充审查的3件；…审查率达100%」: a part whose words say it
    # missed the rate's doing is outside its numerator, never summed into it
    failed = {id(n) for _, n, _ in results if _missed_doing(word, n, bq.text)}
    accepted = _first_fit(q, results) if complemented else _accepted(q, results, failed=failed)
    if accepted is not None:
        return accepted
    implied = _implied_whole_fits(bq, q, word, results)
    if implied is not None:
        return implied
    outcomes = _outcomes_fit(lex, bq, q, word, results, scope)
    if outcomes is not None:
        return outcomes
    rest_fit = _fits_the_rest(bq, q, numerators, scope, part_of) or _fits_the_counted(
        bq, q, numerators, scope, part_of
    )
    if rest_fit is None:
        rest_fit = _joined_subject_fits(bq, q, results)
    if rest_fit is not None:
        fit_spans = (span_of(q), *(span_of(x) for x in rest_fit))
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), fit_spans)
    results = _reported_readings(lex, bq.text, word, numerators, results, failed)
    # (a count opening the bracket: 「（20件）」, not 「（全区共有村（社区）152个）」)
    bare = [p for p in listed if bq.text[q.end : p.num_start].strip(" 　") in ("（", "(")]
    if _base_narrowed(bq.text, q, scope) or _attempts_unsaid(lex, bq.text, word, results, part_of):
        return None
    # a figure concluded one way named by the rate's own verb (「经调解化解79起」 for 化解率,
    # a name naming no way): maybe all the rate counts, maybe a part — kept, as a guess
    own_way = {
        (id(r[1]), id(r[2]))
        for r in results
        if not_the_concluded(bq.text, word, r[1], r[2])
        and _own_verb_one_way(lex, bq.text, word, r[1])
    }
    # (items of one list are not each other's bases)
    # (nor is a figure told among the items of a breakdown whose items each have their own
    # share of the rate's name — another item, a sum of items, an item's 其中 part)
    listed_run = _run_of_own_shares(bq, q)
    results = [
        r
        for r in results
        if not _co_listed(bq, r[1], r[2])
        and not _peer_share(bq, r[1], r[2], q)
        and not (listed_run and r[1] in listed_run and _inside_run(listed_run, r[1], r[2]))
        and not _population_named(bq.text, q, word, r[1], r[2])
        and ((id(r[1]), id(r[2])) in own_way or not not_the_concluded(bq.text, word, r[1], r[2]))
        and not _intake_over_concluded(r[1], r[2])
        and not _means_of_another_statement(bq.text, word, r[1], r[2])
        and not _qualified_own_rate(bq, q, word, r[2])
        and not _of_later_qualified_rate(bq, q, word, r[1])
        and not _nearer_base_in_other_unit(lex, bq, q, r[1], r[2])
        and not _share_of_money(lex, bq, q, word, r[1], r[2])
        and not _included_component(bq.text, r[1], r[2])
        and not _part_of_a_whole_rate(bq, q, r[1])
        and not _across_dimensions(bq.text, r[1], r[2])
        and not _other_class_of_same_kind(bq, word, r[1], r[2])
        and _base_qualifiers_named(lex, bq.text, word, r[2])
        # (「上半年…受理2,184件，全年共受理4,637件，占…63.5%」: a year's figure is drawn from no
        # part-year set, kinds.periods_fit)
        and periods_fit(
            period_at(lex, bq.text, r[2].num_start), period_at(lex, bq.text, r[1].num_start)
        )
        # 「街道层面占比为71.4%（20件）」: a bracket right after the rate holds one of its
        # terms (a bare count there, no words naming it, the numerator); a reading that
        # uses none of it is not the rate's
        and (not listed or r[1] in listed or (r[2] in listed and not bare))
    ]
    if not results:
        return None
    if any((id(r[1]), id(r[2])) not in own_way for r in results):
        # (a reading with no way named is surer: the guesses go)
        results = [r for r in results if (id(r[1]), id(r[2])) not in own_way]
    # (session 33b: a reading the share's own subject names backwards, or a pair another
    # rate beside it is the rate of, is no reading of this rate)
    # (a backwards reading whose numerator holds the whole the share names is read the right
    # way round — a reading the text allows, a warning at most)
    turned = False
    kept: list[tuple[tuple[bool, str], Quantity, Quantity]] = []
    for r in results:
        if _owned_by_sibling_rate(bq, q, r[1], r[2]):
            continue
        if not _subject_names_base(bq.text, q, r[1], r[2]):
            kept.append(r)
            continue
        if not _names_the_whole(bq.text, q, r[1]) or any(k[1] is r[2] for k in kept):
            continue
        checked = _rate_check(r[2], r[1], q)
        if checked[0]:
            return _rate_fits(q, r[2], r[1])
        kept.append((checked, r[2], r[1]))
        turned = True
    results = kept
    if not results:
        return None
    if _all_of_its_statement(bq.text, q, results):
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), (span_of(q),))
    if _group_share_fits(bq, q, word, counts, [w for _, _, w in results]):
        return None  # another reading fits: the share of the clause group before it
    # (a share that names its whole, 占诉求总数的, is over that whole only)
    allowed = (
        None
        if _SHARE_RE.search(word) or not word.endswith("率")
        else _nearest_base_fits(bq, q, [n for _, n, _ in results], counts)
    )
    if allowed is not None:
        return allowed
    (_, value), numerator, w = results[0]
    other = _precise_other_base(bq, q, counts, results)
    if other is not None:
        return _rate_fits(q, numerator, other)
    stage_base = _stage_named_base(lex, bq, q, numerator)
    if stage_base is not None:
        return _rate_fits(q, numerator, stage_base)
    summed_class = any(id(n) in _CLASS_SUMS for _, n, _ in results)
    # a numerator found by its position and one shared character outside the name's stem
    # is a guess (「…其中行政机关败诉3件，行政机关负责人出庭应诉率100%」): a warning
    by_position = all(id(n) in _ONE_CHARACTER for _, n, _ in results)
    # a base that has a rate of its own right after it (「纠错236件，纠错率24.2%，…结案170件，
    # 调解率17.4%」) may be the numerator's sibling, both counted in a whole the text leaves
    # unsaid: a guess
    # (not when the share names the base's own stage as its whole: 「结案10583件，…结案率93.2%，
    # …占结案总数的58.2%」 is over the concluded, no guess)
    siblings = all(
        _own_rate(bq, w, q, word) is not None
        and not (_named_stage(word) and _named_stage(word) == _stage_class(w.family))
        for _, _, w in results
    )
    unlisted = any(_kind_with_unlisted(lex, q, word, n, w, counts, part_of) for _, n, w in results)
    one_way = all((id(n), id(w)) in own_way for _, n, w in results)
    # (「…的621件，…提案已全部办复」: a base its sentence names the whole of the share's
    # state tells that whole, whatever its own words — no guess)
    all_done = any(_all_done_named(bq, word, w) for _, _, w in results)
    unforced = not all_done and all(_named_verb_unsaid(bq, word, w) for _, _, w in results)
    loosened = id(q) in _LOOSENED
    whole_unsaid = not all_done and all(
        _named_whole_unsaid(word, w, bq.text) for _, _, w in results
    )
    # (several readings are the guess sure.py names; one reading of a name's own subject)
    subject_unsaid = len(results) == 1 and _rate_subject_unsaid(word, numerator, w, bq.text)
    severity = (
        Severity.WARNING
        if ahead
        or whole_unsaid
        or subject_unsaid
        or summed_class
        or by_position
        or siblings
        or unlisted
        or one_way
        or unforced
        or loosened
        or turned
        else Severity.ERROR
    )
    # (the subject the name opens with, told by neither figure: the pair is assumed)
    assumed = (
        f"（{word}所称的对象未见于{numerator.text}、{w.text}的表述，可能另有范围，"
        f"{q.text}、{numerator.text}、{w.text}之间的关系系推断，文中未明示）"
        if subject_unsaid and severity is Severity.WARNING
        else ""
    )
    if len(results) == 1:
        return _rate_mismatch(
            q,
            numerator,
            w,
            value,
            said=f"{word}{q.text}",
            check=word,
            severity=severity,
            note=(
                _BOUND_NOTE
                if _closure_rate(lex, word, numerator) and _new_intake(lex, bq.text, w)
                else ""
            )
            + assumed,
            data={"numerators": (span_of(numerator),)},
        )
    shown = "；".join(f"{n.number}÷{d.number}＝{v}%" for (_, v), n, d in results[:6])
    spans = [span_of(q)]
    for _, n, d in results:
        for x in (n, d):
            if span_of(x) not in spans:
                spans.append(span_of(x))
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        tuple(spans),
        code="N104",
        severity=severity,
        message=f"{word}{q.text}与文中数字的各种可能算法均不符：{shown}",
        suggestion=f"核对{word}及其分子分母",
        data={
            "stated": str(q.value),
            "readings": len(results),
            "numerators": tuple(span_of(n) for _, n, _ in results),
        },
    )


# a share whose named whole is the numerator's own class (占全年同类警情的, 占全省同类案件的)
_SAME_CLASS_WHOLE_RE = re.compile(r"占[^，,；;。]{0,10}?同类")
# what joins two listed figures: a name and 、/和/及, no clause mark
_LISTED_JOIN_RE = re.compile(
    r"[^，,；;。：:0-9０-９]{0,12}?(?:、|和|及)[^，,；;。：:0-9０-９]{0,12}"
)


def _other_class_of_same_kind(bq: BlockQuantities, word: str, n: Quantity, w: Quantity) -> bool:
    """Does a share name its whole as the numerator's own class (「其中抢险救援12.8万起、社会
    救助35.9万起，分别占全年同类警情的29%和41.8%」「占全省同类案件的6.2%」) while the base read
    holds the numerator with a sibling of another class listed beside it (12.8万 and 35.9万 of
    68.5万)? 同类 is each numerator's own class, over the scope the share names: the whole of
    several classes is no base of it (own26 QZC010; the bases of real RT06, KM13 are unsaid).
    A numerator alone under its base (「抢险救援44.2万起，其中夏季12.8万起」) may be of its class."""
    if "同类" not in word or not _SAME_CLASS_WHOLE_RE.search(word):
        return False
    text = bq.text
    for p in bq.quantities:
        if p.num_start >= w.num_start and p is not n and p.unit == n.unit and p.depth == n.depth:
            first, second = (p, n) if p.num_start < n.num_start else (n, p)
            if first.num_start > w.end and _LISTED_JOIN_RE.fullmatch(
                text, first.end, second.num_start
            ):
                return True
    return False


def _named_whole_unsaid(word: str, w: Quantity, text: str) -> bool:
    """Does a share name its whole (占任务数的) by a noun none of whose telling characters
    the base's own words hold (年初预算数109466万元 for 任务数; not 投诉举报78599件 for
    全部诉求, which shares 诉)? Then that base is a reading the text allows, not one it forces: the
    whole it names may be a figure left unsaid (each part's own 任务数) or another figure than
    the one read (session 33: a warning at most)."""
    m = _NAMED_SHARE_WHOLE_RE.search(word)
    if not m:
        return False
    whole = _WHOLE_TOTAL_RE.sub("", m.group("whole").rstrip("的"))
    if REFERS_BACK_RE.match(whole):
        return False
    # (the counting suffix, 任务数 = the number of 任务, is no noun: 数 of 年初预算数 names nothing)
    core = "".join(distinguishing(whole)).rstrip("数量额")
    return len(core) >= 2 and unnamed_chars(core, _name_words(w, text)) >= set(core)


def _rate_subject_unsaid(word: str, n: Quantity, w: Quantity, text: str) -> bool:
    """Does a rate's name open with a subject of its own before what it counts (审判执行案件 of
    审判执行案件结案率, 省高院 of 省高院结案率) that neither the numerator's nor the base's
    clause tells (two characters in a row at least), while the base is told as every kind
    (受理各类案件)? The name may then be of one kind or body of that whole (各类案件 holds
    诉前调解 and 信访 that no 审判执行 rate counts; 全省法院 is not 省高院): a reading the text
    allows, not one it states — a warning at most (session 37)."""
    if not word.endswith("率") or word.endswith(_SHARE_NAMES):
        return False
    stem = _stem(word)
    name = name_core(word)[1]
    at = name.rfind(stem) if stem else -1
    # (without the generic nouns, 案件 of 审判执行案件: 各类案件 tells no 审判执行)
    pieces = distinguishing(name[:at].strip("的 　")) if at > 0 else ()
    # (a subject that names a whole scope, 全口径 / 全年 / 总体 / 综合, widens, never narrows)
    pieces = tuple(p for p in pieces if not p.startswith(_WHOLE_SCOPE_STARTS))
    if not pieces:
        return False
    base_words = _clause_before(text, w) + _name_words(w, text)
    # (only a base told as every kind, 各类案件: a whole of kinds the name picks one of;
    # a base told plainly, 受理1245件 for 群众满意率, is the set the name speaks of)
    if not _EVERY_KIND_RE.search(base_words):
        return False
    if _stated_part_of(text, n, w):
        return False  # (其中通过电子税务局办理59.1万件 of 各类涉税事项: the text pairs them)
    words = base_words + _clause_before(text, n) + _name_words(n, text)
    return all(common_substring(piece, words) < 2 for piece in pieces)


def _stated_part_of(text: str, n: Quantity, w: Quantity) -> bool:
    """Does the sentence state the numerator as a part of the base — the base first, then in
    the same sentence a link the part's clause opens with (「受理各类案件…，其中…」「…中有」
    「…的有」), no full stop or semicolon between? The base told as every kind is then the
    whole the part is drawn from, and a rate over the pair is the reading the text states:
    the name's own subject (网上办理率) is the part's words, told otherwise (通过电子税务局和
    移动端办理) — the pairing is stated, not assumed (session 37)."""
    if w.sentence != n.sentence or w.num_start >= n.num_start:
        return False
    if _SENTENCE_STOP_RE.search(text, w.num_start, n.num_start):
        return False
    # (the link in the numerator's own clause: a 其中 of another part before it links that one;
    # 「其中，」 cut from its clause by the comma)
    clause = _clause_before(text, n)
    start = n.num_start - len(clause)
    return bool(_STATED_PART_RE.search(text, max(w.num_start, start - 3), n.num_start))


_SENTENCE_STOP_RE = re.compile(r"[。；;！？]")
# 其中 (「…，其中通过…办理」「对其中89件…」), 中有 / 中已有 (「…的142件中有131件」), 的有
_STATED_PART_RE = re.compile(r"其中|中(?:已经|已|共|均)?有|的有")


_WHOLE_SCOPE_STARTS = ("全", "总", "整体", "综合")
# words that tell a figure as the sum of every kind: 各类案件, 各种纠纷, 所有事项
_EVERY_KIND_RE = re.compile(r"各类|各种|各项|所有|全部")


def _nearest_base_fits(
    bq: BlockQuantities, q: Quantity, numerators: list[Quantity], counts: list[Quantity]
) -> Relation | None:
    """A base the sentence allows as well as the readings found: the nearest figure before
    the numerator in its sentence (「投诉882件，…；已办结反馈538件，办结反馈率61%」: the thing
    handled, not the paragraph's total), or the first after the rate in the rate's sentence
    (「调解成功92件，…调解成功率38.17%；办结241件」), of the numerator's unit and not below
    it. A rate that fits one of them is not reported; a pair 「33件40人」 is read in its
    other unit too (「批准逮捕158件196人，不批准逮捕33件40人，不捕率16.95%」: 40 ÷ 236)."""
    for n in dict.fromkeys(numerators):
        for part in (n, _paired_figure(bq, n)):
            if part is None:
                continue
            same = [
                c
                for c in counts
                if c.unit == part.unit
                and c.kind == part.kind
                and c is not part
                and not c.change
                and c.value >= part.value
                and part.sentence - 1 <= c.sentence <= q.sentence
            ]
            before = [
                c for c in same if c.sentence == part.sentence and c.num_start < part.num_start
            ]
            unitless = _unit_dropped_before(bq, part)
            if unitless is not None and (not before or before[-1].num_start < unitless.num_start):
                # (「排查矛盾纠纷8451件，调处8438，调解成功7913件，成功率93.78%」: a number
                # printed without its unit between figures of one unit counts what they count
                # — the reading N204 reports — and is the nearest figure before the numerator)
                before.append(unitless)
            if not before:  # (「…举报213件…。截至目前已办结反馈104件，办结反馈率48.8%」)
                before = [c for c in same if c.sentence == part.sentence - 1]
            after = [c for c in same if c.num_start > q.end and c.sentence == q.sentence]
            for w in before[-1:] + after[:1]:
                # (「送审640万元，审定583万元，审减57万元」: a figure that adds up with the
                # numerator to a stated one is its sibling, no base of it)
                if any(c.value == w.value + part.value for c in same):
                    continue
                # (「批准逮捕158件196人，不批准逮捕33件40人」: a negated sibling is no whole of
                # its numerator; their sum is)
                owner = _paired_figure(bq, w, before=True) or w
                sibling = w.num_start < part.num_start and _negated_sibling(bq.text, n, owner)
                whole = _summed([w, part]) if sibling else w
                if _rate_check(part, whole, q)[0]:
                    return _rate_fits(q, part, w)
    return None


def _unit_dropped_before(bq: BlockQuantities, part: Quantity) -> Quantity | None:
    """The number right before ``part`` in its sentence when it is printed without a unit
    (「调处8438，」) and the figure before it carries ``part``'s unit: a count whose unit was
    dropped, as its neighbours say (N204), read with their unit."""
    at = next((i for i, c in enumerate(bq.quantities) if c is part), None)
    if at is None or at < 2:
        return None
    bare, prev = bq.quantities[at - 1], bq.quantities[at - 2]
    if (
        bare.kind != "bare"
        or bare.unit
        or bare.approx
        or bare.change
        or bare.value < part.value
        or bare.sentence != part.sentence
        or prev.sentence != part.sentence
        or prev.unit != part.unit
        or prev.kind != part.kind
    ):
        return None
    return replace(bare, unit=part.unit, unit_text=part.unit_text, kind=part.kind)


def _paired_figure(bq: BlockQuantities, n: Quantity, before: bool = False) -> Quantity | None:
    """The figure right after ``n`` (with ``before``: right before it) with nothing between,
    of another unit (「33件40人」)."""
    for c in bq.quantities:
        if (c.end == n.num_start if before else c.num_start == n.end) and c.kind == n.kind:
            return c if c.unit != n.unit else None
    return None


# the reading of :func:`_intake_bounded_check` said in a message: only a higher rate is wrong
_BOUND_NOTE = "（另有旧存、结转案件时比率只会更低，不会更高）"


def _new_intake(lex: Lexicon, text: str, w: Quantity) -> bool:
    """Does ``w`` count only what newly came in — 新 right before its intake verb (新收,
    新受理, 新立案) — in a paragraph that states no carry-in (旧存, 上年结转)?"""
    if w.family not in ("received", "accepted") or not w.verb:
        return False
    at = text.rfind(w.verb, max(0, w.num_start - 40), w.num_start)
    if at < 0 or not (w.verb.startswith("新") or text[max(0, at - 1) : at] == "新"):
        return False
    return _carry_in_re(lex).search(text) is None


# a bracket right after a figure, saying what it holds: 「结案1634件（含上年旧存）」
# (the words of :data:`.common.INCLUDED_WORDS`, after 其中 or before 有 too: 「（其中含…）」「（含有…）」)
_HOLDS_RE = re.compile(r"\s*[（(](?:其中)?" + INCLUDED_WORDS + r"有?([^（()）]{1,16})[）)]")


def _holds_carry_in(lex: Lexicon, text: str, n: Quantity) -> re.Match[str] | None:
    """The bracket right after the concluded figure ``n`` that says it holds cases carried in
    (「结案1634件（含上年旧存）」), if any. Its rate is then over the intake and that carry-in,
    which the text does not count for its set: the intake alone bounds the rate from above,
    it is not its base."""
    m = _HOLDS_RE.match(text, n.end)
    return m if m is not None and _carry_in_re(lex).search(m.group(1)) else None


def _more_than_came_in(lex: Lexicon, text: str, n: Quantity, w: Quantity) -> bool:
    """Is the concluded figure ``n`` above the intake ``w`` it is read over, in a paragraph
    that states no carry-in — so what was open in the period held cases from before?"""
    return (
        w.family in ("received", "accepted")
        and n.unit == w.unit
        and bounds(n)[0] > bounds(w)[1]
        and _carry_in_re(lex).search(text) is None
    )


@lru_cache(maxsize=2)
def _carry_in_re(lex: Lexicon) -> re.Pattern[str]:
    """Any word of numbers.toml ``clauses.carry-in``."""
    words = sorted(lex.data["clauses"].get("carry-in", ()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _closure_rate(lex: Lexicon, word: str, n: Quantity) -> bool:
    """Is ``word`` the rate of concluding itself (结案率, 审结率, 办结率: its name ends with a
    verb of the concluded stage) and ``n`` a concluded figure — not a way of concluding
    (撤诉率 over 以撤诉方式结案30件)?"""
    stem = word.removesuffix("率")
    return (
        n.family == "concluded"
        and stem != word
        and any(stem.endswith(v) for v, f in lex.verb_family.items() if f == "concluded")
    )


def _intake_bounded_check(
    lex: Lexicon, bq: BlockQuantities, word: str, n: Quantity, w: Quantity, q: Quantity
) -> tuple[bool, str]:
    """:func:`common.rate_check` of one reading; for a concluded figure over what newly came
    in (「新收案件1512.5万件，…结案1238.9万件，…结案率为68.17%」) with no carry-in stated, a
    bound: the rate is over everything open in the period (新收 + 旧存), so it may be lower
    than n ÷ w, never higher. More concluded than came in (「收行政一审案3 111件，…审结3 147
    件，…结案率为96.1%」) says so too: a carry-in the text leaves unsaid (session 22)."""
    ok, value = _rate_check(n, w, q)
    if ok or not _closure_rate(lex, word, n):
        return ok, value
    unit = Decimal(1).scaleb(-q.decimals)
    if _more_than_came_in(lex, bq.text, n, w):
        # 「受理19件，已办结21件，办结率89%」: 21 ÷ (19 + 旧存) is 89% for no whole carry-in
        # (4.46…4.73): a count of cases is whole
        low, high = q.low - unit / 2, q.high + unit
        if low <= 0:
            return True, value
        least = bounds(n)[0] * 100 / high - bounds(w)[1]
        most = bounds(n)[1] * 100 / low - bounds(w)[0]
        return most >= 1 and int(most) >= least, value
    if not _new_intake(lex, bq.text, w) and not (
        w.family in ("received", "accepted") and _holds_carry_in(lex, bq.text, n) is not None
    ):
        return ok, value
    highest = bounds(n)[1] / bounds(w)[0] * 100
    return q.low - unit / 2 <= highest, value


def _outcomes_fit(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    results: list[tuple[tuple[bool, str], Quantity, Quantity]],
    scope: list[Quantity],
) -> Relation | None:
    """A reading that only accepts: a rate of concluding whatever the outcome (办结率:
    numbers.toml ``rates.all-outcomes``) read over one outcome's figure, its verb not the
    rate's (「依法审核批准2,097件，对不符合条件的67件逐一书面告知理由，申请事项办结率100%」),
    counts that outcome and the figures told after it in its statement (up to
    MAX_SUMMED_PARTS), none still open: (2,097＋67) ÷ 2,164."""
    verbs = lex.data["rates"].get("all-outcomes", ())
    own = next((v for v in verbs if v in word), "")
    if not own:
        return None
    for _, n, w in results:
        if n.family != "concluded" or own in _name_words(n, bq.text):
            continue  # (已办结1,120件: all the concluded already)
        after = [
            p
            for p in scope
            if n.end <= p.num_start
            and p.end <= q.num_start
            and p.sentence == n.sentence
            and p.unit == n.unit
            and p.depth == n.depth
        ][: MAX_SUMMED_PARTS - 1]
        parts = [n]
        for p in after:
            if p.family in ("received", "accepted") or _still_open(bq, lex, p):
                break  # (正在办理中的28件: not concluded)
            parts.append(p)
            if _rate_check(_summed(parts), w, q)[0]:
                return _rate_fits(q, w, *parts)
    return None


def _listed_sum_fits(
    bq: BlockQuantities, q: Quantity, word: str, scope: list[Quantity]
) -> Relation | None:
    """A reading that only accepts: the items of one list before a share (figures of one
    unit joined by 、/和 alone) may be all of its whole when no figure states it (「内资企业
    178家、外资企业23家、港澳台资企业9家，内资企业占比为84.8%」: 178 ÷ 210) — an item the
    share's name names (two characters) over their sum."""
    for run in _listed_runs(bq, q, scope):
        total = _summed(run)
        for n in run:
            if common_substring(word, _name_words(n, bq.text)) >= 2 and _rate_check(n, total, q)[0]:
                return _rate_fits(q, n, *(p for p in run if p is not n))
    return None


# between the last item of a list and a share of the list taken together: a comma at most
_RUN_TO_SHARE_RE = re.compile(r"\s*[，,]\s*(?:合计|共计|共|合|三者|两者|以上)?\s*")


def _run_share_fits(
    bq: BlockQuantities, q: Quantity, word: str, scope: list[Quantity], bases: list[Quantity]
) -> Relation | None:
    """A reading that only accepts: a share right after a list (figures of one unit joined by
    、/和 alone, then a comma) may be the share of the items taken together (「交通能源环保类
    172件、城乡建设类80件、民政优抚类50件，占工单总量的59.68%」: 302 ÷ 506) — over a figure of
    the sentence, or a base the share's readings found, that holds their sum. When one such
    figure is found and the sum does not fit it, that reading is the one reported."""
    if not word.startswith("占") and not word.endswith("占比"):
        return None
    if id(q) in _respective_shares(bq):
        return None  # one share of a run pairs with one item (「…、125件，占…的10.79%、10.43%」)
    for run in _listed_runs(bq, q, scope):
        gap = bq.text[run[-1].end : q.num_start].rstrip(" 　")
        if not gap.endswith(word) or not _RUN_TO_SHARE_RE.fullmatch(gap[: len(gap) - len(word)]):
            continue
        total = _summed(run)
        wholes: list[Quantity] = []
        for w in (*scope, *bases):
            if any(w is p for p in run) or w.unit != run[0].unit or w.value < total.value:
                continue
            if _rate_check(total, w, q)[0]:
                return _rate_fits(q, w, *run)
            if all(span_of(w) != span_of(x) for x in wholes):
                wholes.append(w)
        if len(wholes) == 1:
            # the one whole the share's readings name: the list's sum over it is the reading
            # to report (not its last item alone, which the list's 、 joins to the others)
            value = _rate_check(total, wholes[0], q)[1]
            return _rate_mismatch(
                q,
                total,
                wholes[0],
                value,
                said=f"{word}{q.text}",
                check=word,
                severity=Severity.ERROR,
                data={"numerators": tuple(span_of(p) for p in run)},
            )
    return None


def _listed_runs(bq: BlockQuantities, q: Quantity, scope: list[Quantity]) -> list[list[Quantity]]:
    """The lists of two figures or more before a share, at its depth: figures of one unit
    joined by 、/和 alone (partition ``LIST_JOINER_RE``)."""
    runs: list[list[Quantity]] = []
    for p in scope:
        if p.num_start >= q.num_start or p.depth != q.depth:
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.unit == p.unit
            and LIST_JOINER_RE.fullmatch(bq.text, last.end, p.num_start) is not None
        ):
            runs[-1].append(p)
        else:
            runs.append([p])
    return [run for run in runs if len(run) >= 2]


LIST_LABEL_REACH = 16  # characters of its clause read before a list's first figure (its label)
_LIST_JOINERS = " 　、和及与以"  # (stripped from the front of a later item's label)
# the whole a list breaks down named as a scope right before it: 「年内接收档案中，」
_LIST_SCOPE_RE = re.compile(r"中[，,：:]$")


def _list_labels(text: str, run: list[Quantity]) -> list[tuple[int, str]]:
    """Where each item's own words start and what they are: the first item's clause before
    it, each later one's words after the joiner."""
    start = max(0, run[0].num_start - LIST_LABEL_REACH)
    k = last_mark(text, _SHARE_CLAUSE_MARKS, start, run[0].num_start)
    starts = [k + 1 if k >= 0 else start]
    starts += [
        p.num_start - len(text[prev.end : p.num_start].lstrip(_LIST_JOINERS))
        for prev, p in itertools.pairwise(run)
    ]
    return [(at, text[at : p.num_start]) for at, p in zip(starts, run, strict=True)]


def _held_suffix(subject: str, label: str) -> int:
    """The length of the longest end of ``label`` that ``subject`` holds."""
    k = 0
    while k < len(label) and label[len(label) - k - 1 :] in subject:
        k += 1
    return k


def _listed_bound(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    counts: list[Quantity],
    part_of: dict[int, Quantity],
) -> Relation | None:
    """「年内接收档案中，文书档案1,260卷、科技档案340卷、会计档案400卷，文书档案占比为65.0%」:
    disjoint items of one list (one unit, 、/和 alone) are part of their whole, so an item's
    share is at most item ÷ their sum (1,260 ÷ 2,000 = 63.0%), whatever else the whole holds.
    Read when no other reading answered: a share (占比, no whole named after 占) whose subject
    names exactly one item (its words, or what sets them apart of the others, two characters
    at least) and whose least value (printed precision) exceeds that bound. An error when the
    list is under a scope naming its whole (「…中，」), else a warning."""
    text = bq.text
    share = _share_subject(text, q)
    if share is None or share[1]:
        return None
    subject = share[0]
    start, end = bq.sentence_span(q.sentence)
    sentence = text[start:end]
    if any(w in sentence for w in lex.data["clauses"].get("overlap", ())):
        return None  # (items said to overlap: no sum bounds their whole)
    apart = ("其中", *lex.data["clauses"].get("statement-joins", ()))
    for run in _listed_runs(bq, q, _sentence_scope(bq, q, counts)):
        if any(id(p) in part_of for p in run):
            # (a 其中 part beside its whole; a breakdown of a stated whole, the share's base
            # when it is the list's: other readings tell it)
            continue
        if len({p.family for p in run if p.family in FLOW_STAGES}) > 1:
            continue  # (stages of one flow, 受理 and 办结, count the same matters twice)
        labels = _list_labels(text, run)
        if any(a in text[run[0].num_start : run[-1].num_start] for a in apart):
            continue
        shared = labels[0][1]
        for _, label in labels[1:]:
            k = 0
            while k < min(len(shared), len(label)) and shared[-1 - k] == label[-1 - k]:
                k += 1
            shared = shared[len(shared) - k :] if k else ""
        # how much of each label's end the subject holds: an item is named by all its words,
        # or by their head (what all labels end with) and two characters of what sets it
        # apart (not 人员 alone for 新入职人员)
        held = [_held_suffix(subject, label) for _, label in labels]
        named = [
            p
            for p, k, (_, label) in zip(run, held, labels, strict=True)
            if (k == len(label) >= 2 or (shared and k >= len(shared) + 2)) and k == max(held)
        ]
        if len(named) != 1:
            continue
        n = named[0]
        total = _summed(run)
        most = n.high / (n.high + total.low - n.low) * 100
        if bounds(q)[0] <= most:
            continue
        scoped = _LIST_SCOPE_RE.search(text, max(0, labels[0][0] - 2), labels[0][0]) is not None
        return _rate_mismatch(
            q,
            n,
            total,
            _rate_check(n, total, q)[1],
            said=f"{subject}占比{q.text}",
            check=f"{subject}占比",
            note="，所列各项只是其整体的一部分，占比不会高于此",
            severity=Severity.ERROR if scoped else Severity.WARNING,
        )
    return None


def _own_verb_one_way(lex: Lexicon, text: str, word: str, n: Quantity) -> bool:
    """Does a figure concluded one way (numbers.toml ``rates.manner-of-concluding`` before it)
    end its words with the rate's own verb, a name that names no way (「经调解化解79起」 for
    化解率, not 「以调解方式结案1555件」 for 调撤率)? Then the way may be how all were done."""
    manner = lex.data["rates"].get("manner-of-concluding", ())
    stem = _stem(word)
    if not stem or any(m in word for m in manner):
        return False
    return text[max(0, n.num_start - len(stem)) : n.num_start] == stem


def _kind_with_unlisted(
    lex: Lexicon,
    q: Quantity,
    word: str,
    n: Quantity,
    w: Quantity,
    counts: list[Quantity],
    part_of: dict[int, Quantity],
) -> bool:
    """「办结54件，其中调解终止19件，维持17件，受理前化解9件；……调解率为40.74%」: a numerator
    named by the rate's stem and then an outcome the name does not say (调解终止: what ended
    in 终止 after 调解, numbers.toml clauses.one-decision) is one kind of what the rate
    counts; when its whole's listed parts leave some of the whole unlisted (54 － 45 = 9),
    unlisted ones of the rate's kind (和解) may join it: a rate between its own share and that
    share with all the unlisted (35.2% ≤ 40.74% ≤ 51.9%) is no sure contradiction."""
    stem = _stem(word)
    words = (n.verb or "") + (n.noun or "")  # 调解 + 终止
    if not stem or part_of.get(id(n)) is not w or not words.startswith(stem):
        return False
    tail = words[len(stem) :]
    decisions = lex.data["clauses"].get("one-decision", ())
    if not any(tail.startswith(o) and o not in word for o in decisions):
        return False
    listed = sum((p.value for p in counts if part_of.get(id(p)) is w), Decimal(0))
    rest = w.value - listed
    if rest <= 0 or w.value <= 0:
        return False
    low, high = bounds(q)
    return n.value / w.value * 100 <= high and low <= (n.value + rest) / w.value * 100


def _group_share_fits(
    bq: BlockQuantities, q: Quantity, word: str, counts: list[Quantity], bases: list[Quantity]
) -> bool:
    """「裁定准予原告撤诉案件20件，裁定按撤诉处理案件9件，占25%」: a bare 占 after two or more
    figures of one unit since the last percentage of its sentence may cover them together
    (20＋9), over a base tried or over all the figures of that unit in its sentence (the parts
    its shares split, 117). Does that reading fit?"""
    if word not in ("占", "占比"):
        return False
    opened = bq.sentence_span(q.sentence)[0]
    for p in bq.quantities:
        if p.num_start >= q.num_start:
            break
        if p.kind == "percent" and p.num_start >= opened:
            opened = p.end
    same = [p for p in _by_sentence(counts).get(q.sentence, []) if p.depth == q.depth]
    group = [p for p in same if opened <= p.num_start and p.end <= q.num_start]
    if len(group) < 2 or any(p.unit != group[0].unit for p in group):
        return False
    peers = [p for p in same if p.unit == group[0].unit]
    numerator = _summed(group)
    wholes = [*bases, _summed(peers)] if len(peers) > len(group) else bases
    return any(w.unit == numerator.unit and _rate_check(numerator, w, q)[0] for w in wholes)


def _all_of_its_statement(
    text: str, q: Quantity, results: list[tuple[tuple[bool, str], Quantity, Quantity]]
) -> bool:
    """「起诉42件，审结38件，其中败诉3件…；行政机关负责人出庭应诉28件，出庭率100%」: a 100% rate
    in the statement of its numerator, every base tried lying in an earlier statement (before
    a 。 or ；), reads as all of the numerator's own set (28 of the 28 heard): no base of it —
    unless the numerator is a stage of a case flow and the base an earlier stage of it
    (办结38件 after 受理42件；), told wherever it is — not a refusal's notice (告知28件，
    告知率100%) after the granted (准予1398件), its sibling. A refusal (告知12件 after 收到
    96件) is an outcome of some of what came in, never a stage all of it reaches: its 100%
    is all of its own set."""
    if q.value != 100:
        return False
    return all(
        (n.family == "rejected" or not earlier_stage(w, n))
        and n.num_start < q.num_start
        and w.end <= n.num_start
        and any(ch in _STATEMENT_ENDS for ch in text[w.end : n.num_start])
        and not any(ch in _STATEMENT_ENDS for ch in text[n.end : q.num_start])
        for _, n, w in results
    )


_STATEMENT_ENDS = frozenset("。；;！？!?")
DIMENSION_REACH = 120  # characters before the earlier figure searched for its own breakdown


def _sibling_sums(
    text: str,
    q: Quantity,
    capped: bool,
    readings: list[tuple[Quantity, Quantity]],
    counts: list[Quantity],
) -> list[tuple[Quantity, Quantity]]:
    """「批准逮捕6988人，不捕12223人，不捕率为63.6%」: a capped rate read over the figure printed
    right before its numerator and smaller than it (one sentence, one unit, no figure between)
    has no base in that figure — a whole is never below its part; the two are the outcomes of
    one whole the text leaves unsaid, so their sum is the reading (12223 ÷ (6988 + 12223) =
    63.6%). A larger earlier figure may be the whole itself: no sum then, unless the
    numerator's words negate its act (:func:`_negated_sibling`)."""
    if not capped or q.value > 100:
        return []
    out: list[tuple[Quantity, Quantity]] = []
    for n, w in readings:
        if (
            w.num_start < n.num_start
            and w.sentence == n.sentence
            and w.unit == n.unit
            and not (w.change or n.change)
            and (w.high < n.low or _negated_sibling(text, n, w))
            and not any(
                c.unit == n.unit and w.num_start < c.num_start < n.num_start for c in counts
            )
        ):
            out.append((n, _summed([w, n])))
    return out


# a negation opening a figure's words and the act it negates (不捕, 不批准逮捕, 未采纳)
_NEGATED_ACT_RE = re.compile(r"(?:不予|不|未)([\u4e00-\u9fff]{1,2})")


def _negated_sibling(text: str, n: Quantity, w: Quantity) -> bool:
    """Does the numerator's clause count the not-doing of the act the figure right before
    it counts (「批准逮捕320人，不捕180人」: 不 + 捕 of 批准逮捕)? The two are the outcomes of one
    whole, so a larger earlier figure is no whole of it either."""
    m = _NEGATED_ACT_RE.match(n.pre.strip(" 　"))
    if m is None:
        return False
    before = w.pre.strip(" 　")
    return not _NEGATED_ACT_RE.search(before) and bool(set(m.group(1)) & set(before))


def _wholes_of_dimensions(
    text: str, counts: list[Quantity], readings: list[tuple[Quantity, Quantity]]
) -> list[tuple[Quantity, Quantity]]:
    """For a reading across two breakdowns (:func:`_across_dimensions`), the whole both split:
    the latest figure of the numerator's unit before the first dimension's statement, not
    smaller than the numerator (「受理104件。从案件类型看，…；从申请人类型看，…57件，占比…」:
    57 over 104)."""
    out: list[tuple[Quantity, Quantity]] = []
    for n, w in readings:
        if not _across_dimensions(text, n, w):
            continue
        lo = n if n.num_start < w.num_start else w
        first = dimension_opened(text, max(0, lo.num_start - DIMENSION_REACH), lo.num_start)
        whole = next(
            (
                c
                for c in reversed(counts)
                if c.end <= first
                and c.unit == n.unit
                and c.high >= n.low
                and first - c.end <= DIMENSION_REACH
            ),
            None,
        )
        if whole is not None and not any(x is n and y is whole for x, y in [*readings, *out]):
            out.append((n, whole))
    return out


def _across_dimensions(text: str, n: Quantity, w: Quantity) -> bool:
    """「受理104件。从案件类型看，涉及行政处罚的63件…；从申请人类型看，由企业提起的57件，涉企案件
    占比54.8%」: two breakdowns of one whole, each opened by its dimension (从…看, 按…分), split
    it in different ways; a figure of one is no base (nor numerator) of the other's."""
    lo, hi = (n, w) if n.num_start < w.num_start else (w, n)
    return _new_dimension(text, lo.end, hi.num_start) and _new_dimension(
        text, max(0, lo.num_start - DIMENSION_REACH), lo.num_start
    )


def _part_of_a_whole_rate(bq: BlockQuantities, q: Quantity, n: Quantity) -> bool:
    """「行政机关负责人出庭率为100%，其中，我局代理市政府…出庭应诉共计31件」: a rate of 100%
    says every one of its base was counted; a figure past a 其中 after it in its sentence lists
    some of them, no numerator equal to the base (the base is left unsaid)."""
    return (
        q.value == 100
        and n.num_start > q.end
        and n.sentence == q.sentence
        and "其中" in bq.text[q.end : n.num_start]
    )


# a rate printed with at least this many significant digits (30.80%, 97.16%; not 10.5%)
# meets a wrong base only by coincidence (at three, 审减4.45 ÷ 审定42.37 fits 10.5%)
PRECISE_DIGITS = 4


def _precise_other_base(
    bq: BlockQuantities,
    q: Quantity,
    counts: list[Quantity],
    results: list[tuple[tuple[bool, str], Quantity, Quantity]],
) -> Quantity | None:
    """「受理申请267件，答复263件。其中同意公开81件，公开率为30.80%」: a precise rate that does
    not fit the readings its rules chose, while its one numerator over another figure of its
    unit in its sentence or the one before fits exactly (81 ÷ 263 = 30.80%): the sentence
    allows that reading, so nothing is reported (issue 9: any reading that fits). That
    figure, or None."""
    numerators = {id(n) for _, n, _ in results}
    if len(numerators) != 1 or not q.decimals:
        return None
    if len(re.sub(r"\D", "", q.number).lstrip("0")) < PRECISE_DIGITS:
        return None
    numerator = results[0][1]
    tried = {id(w) for _, _, w in results}
    at = bisect.bisect_left(counts, q.num_start, key=lambda c: c.num_start)
    for p in counts[max(0, at - SCOPE) : at]:  # (the figures right before it: bounded work)
        if (
            q.sentence - 1 <= p.sentence <= q.sentence
            and p is not numerator
            and id(p) not in tried
            and p.unit == numerator.unit
            and _rate_check(numerator, p, q)[0]
        ):
            return p
    return None


# the wholes nearest before a negated figure that are read as what it is taken from
COMPLEMENT_WHOLES = 2


def _complements(
    bq: BlockQuantities, q: Quantity, word: str, scope: list[Quantity]
) -> tuple[list[Quantity], list[tuple[Quantity, Quantity]]]:
    """Readings of a rate as its base less a figure that negates its name's stem (合格率 ←
    不合格36批次, 按期办结率 ← 未按期办结15件, 通过率 ← 不予通过4件), or as that base over
    itself and the negated figure together: (numerators, readings) over the figures before
    the rate, else ([], [])."""
    stem = _stem(word)
    if not stem or word[: word.rfind(stem)].endswith(_NEGATION):
        return [], []
    text = bq.text
    lex = load_lexicon()
    before = [p for p in scope if p.num_start < q.num_start]
    # (「工单1326件，连同上年未办结的14件」: last year's stock is beside this year's whole,
    # not a part of it — no complement)
    negated = [
        p
        for p in before
        if _subsequence(stem, _name_words(p, text))
        and _negates_stem(stem, p, text)
        and not names_carry_over(lex, _clause_before(text, p))
    ]
    negated_ids = {id(p) for p in negated}
    numerators: list[Quantity] = []
    readings: list[tuple[Quantity, Quantity]] = []
    for f in negated[-2:]:
        wholes = [
            w
            for w in before
            if id(w) not in negated_ids
            and w.kind == f.kind
            and w.unit == f.unit
            # the whole is stated before what it holds, and is larger
            and w.high > f.low
            and w.num_start < f.num_start
        ][-COMPLEMENT_WHOLES:]
        for w in wholes:
            if w.low <= f.high:
                continue
            n = _less(w, f)
            numerators.append(n)
            readings.append((n, w))
            # 「受理410件，不予受理31件，受理率93.0%」: the whole may be counted with its
            # negation beside it (410 ÷ (410＋31)) — a reading too
            numerators.append(w)
            readings.append((w, _summed([w, f])))
    return numerators, readings


# 「其余均为满意评价」「其余为按期办结」「剩余的全部调解成功」: the rest of a list, said to be
# what a rate counts (no figure of its own)
_REST_NAMED_RE = re.compile(
    r"[，,、；;](?:其余|其他|剩余|余下)的?(?:[\u4e00-\u9fff]{0,6}?)(?:均|都|全部|全)?"
    r"(?:为|是|属于|属|系)?(?P<named>[^，,；;。：:0-9０-９]{1,12})"
)


# words of a rest clause before what it says the rest is (均为, 已经, 表示…)
_REST_LEAD_FILLER_RE = re.compile(
    "均|都|全部|全|为|是|已经|已|予以|以|的|了|表示|属于|属|系|获得|得到"
)


def _names_rest(bq: BlockQuantities) -> bool:
    """Does the block name a rest (其余, 其他…) anywhere? Asked once per block, not per rate."""
    found: bool | None = bq.__dict__.get("_names_rest")
    if found is None:
        found = bq.__dict__["_names_rest"] = any(w in bq.text for w in _REST_WORDS)
    return found


def _rest_named(
    bq: BlockQuantities, word: str, scope: list[Quantity], part_of: dict[int, Quantity]
) -> tuple[list[Quantity], list[tuple[Quantity, Quantity]]]:
    """A rate whose numerator is the rest of a 其中 list, named by the rate's stem right after
    its parts (满意率 ← 「共收集评价48,716条，其中差评412条，其余均为满意评价」: 48,716 －
    412 over 48,716): (numerators, readings) over the scope's figures, else ([], [])."""
    stem = _stem(word)
    if not stem or not _names_rest(bq):
        return [], []
    for i, last in enumerate(scope):
        m = _REST_NAMED_RE.match(bq.text, last.end)
        if m is None or stem not in m["named"]:
            continue
        # what the rest clause says before the stem: no negation (其余均不满意), and no
        # qualifier the rate's name lacks (其余为窗口办理 is not what 网上办理率 counts)
        lead = _REST_LEAD_FILLER_RE.sub("", m["named"][: m["named"].find(stem)])
        if lead.endswith(_NEGATION) or (len(lead) >= 2 and lead[-2:] not in word):
            continue
        if i + 1 < len(scope) and scope[i + 1].start < m.end():
            continue
        # the 其中 whole of the list's figures, and every figure of its unit after it
        whole = None
        for p in reversed(scope[: i + 1]):
            if p.sentence != last.sentence or p.kind != last.kind or p.unit != last.unit:
                break
            whole = part_of.get(id(p))
            if whole is not None:
                break
        if whole is None or whole.kind != last.kind or whole.unit != last.unit:
            continue
        parts = [
            p
            for p in scope[: i + 1]
            if whole.num_start < p.num_start and p.kind == whole.kind and p.unit == whole.unit
        ]
        summed = parts[0] if len(parts) == 1 else _summed(parts)
        if summed.high >= whole.low:
            continue
        n = _less(whole, summed)
        return [n], [(n, whole)]
    return [], []


# the filler that opens a figure's clause before the noun it counts (其中初次信访事项1936件)
_SUBJECT_OPENING_RE = re.compile(r"^(?:其中|全年|共|累计|合计|总计|均|已|有)+")
SUBJECT_NAME = 2  # characters at least of the noun a numerator repeats from its base


def _subject_bases(
    lex: Lexicon,
    bq: BlockQuantities,
    numerators: list[Quantity],
    counts: list[Quantity],
    readings: list[tuple[Quantity, Quantity]],
) -> list[tuple[Quantity, Quantity]]:
    """A numerator whose clause repeats, as its subject, the noun another figure counts
    (「其中初次信访事项1936件。…初次信访事项一次性化解1781件，一次性化解率92.0%」) is drawn
    from that figure: it is a base of the rate beside the others, in the numerator's sentence
    or the one before (a full stop between them does not part them)."""
    text = bq.text
    grouped = _by_sentence(counts)
    out: list[tuple[Quantity, Quantity]] = []
    for n in numerators:
        own = _clause_before(text, n)
        same = grouped.get(n.sentence, [])
        cut = _split_at(same, n.num_start) if same else 0
        for w in (*grouped.get(n.sentence - 1, [])[-SCOPE:], *same[max(0, cut - SCOPE) : cut]):
            if w is n or any(w is b and n is a for a, b in readings):
                continue
            if w.kind != n.kind or not lex.same_units(w.unit, n.unit) or w.high < n.low:
                continue
            if w.value <= 0 or per_or_change(lex, w) or is_comparison_base(w, bq):
                continue
            noun = _SUBJECT_OPENING_RE.sub("", _clause_before(text, w).strip(" 　"))
            if len(noun) >= SUBJECT_NAME and own.find(noun) >= 0 and own != noun:
                out.append((n, w))
    return out


def _pairs_of(
    lex: Lexicon,
    numerators: list[Quantity],
    scope: list[Quantity],
    part_of: dict[int, Quantity],
    capped: bool,
    stem: str,
) -> list[tuple[Quantity, Quantity]]:
    """Every (numerator, base) reading of the scope; ``stem`` is what the rate's name counts
    (:func:`_stem`)."""
    readings = []
    for numerator in numerators:
        for w in _denominators(lex, numerator, scope, part_of, capped):
            if id(numerator) in _BY_POSITION and w.high < numerator.low:
                continue  # a numerator found by position only is a part of a larger whole
            if id(w) in _NUMERATOR_ONLY:
                continue
            readings.append((numerator, w))
        if _counts_its_doing(lex, numerator, stem):
            # 「发现并整改问题案卷36卷…整改率100%」: one figure counts both verbs, so it is the
            # base of the later verb's rate too
            readings.append((numerator, numerator))
    return readings


def _counts_its_doing(lex: Lexicon, figure: Quantity, stem: str) -> bool:
    """Whether a figure counting two verbs joined by 并 (「发现并整改问题36个」) counts the doing
    of what the rate's name counts: the stem is one of its verbs, not a verb after an order
    (发现并督促整改… says nothing of a 整改率, 整改完成率 or 到位率)."""
    joined = _JOINED_VERBS_RE.search(figure.pre)
    if not joined or not stem:
        return False
    words = joined[0]
    at = words.find(stem)
    if at < 0:
        return False
    return not any(words.endswith(lead, 0, at) for lead in lex.data["rates"]["ordered-leads"])


# a list joiner opening a figure's own words: 「审核县政府文件23件、部门文件41件」
_JOINER_OPENING_RE = re.compile(r"^(?:、|和|及|以及|与)")
_JOINER_ENDING_RE = re.compile(r"(?:、|和|及)$")


def _attempts_unsaid(
    lex: Lexicon,
    text: str,
    word: str,
    results: list[tuple[Any, Quantity, Quantity]],
    part_of: dict[int, Quantity],
) -> bool:
    """Is a success rate (numbers.toml ``rates.success``: 调解成功率) read with a numerator
    that is a 其中 part of the concluded, counting the attempts of one way that succeeded, not
    a way of concluding (「办结1.23万件…；其中经调解达成协议的5,860件，调解成功率为62.3%」)?
    Its base is the attempts (the cases mediated), which the text does not give: neither the
    concluded nor the received is sure."""
    if not any(word.endswith(w) for w in lex.data["rates"].get("success", ())):
        return False
    manner = lex.data["rates"].get("manner-of-concluding", ())
    concluding = lex.data["verbs"].get("concluded", ())
    success = next(w for w in lex.data["rates"]["success"] if word.endswith(w))
    attempt = word[: -len(success)][-2:]  # 调解 of 调解成功率
    for _, n, _ in results:
        whole = part_of.get(id(n))
        if whole is None or whole.family != "concluded":
            continue
        if _attempts_taken_in(lex, text, attempt, whole):
            continue  # 「受理医疗纠纷调解申请163件，在已办结的147件…中」: each one an attempt
        words = clause_tail(text, "，,；;。", max(0, n.num_start - 30), n.num_start)
        # (「其中调解结案537件」 names a way of concluding: a share of the concluded, which
        # a report may call 调解成功率)
        if any(m in words for m in manner) and not any(v in words for v in concluding):
            return True
    return False


ATTEMPT_REACH = 80  # characters before a concluded whole read for the intake of attempts


def _attempts_taken_in(lex: Lexicon, text: str, attempt: str, whole: Quantity) -> bool:
    """Did what came in, told in the whole's sentence before it, ask for the attempt itself
    (「受理医疗纠纷调解申请163件」 for 调解成功率)? Then every concluded case was an attempt, and
    the concluded figure is the rate's base. A clause with a verb of intake (numbers.toml
    verbs ``received``, ``accepted``) naming the attempt."""
    if len(attempt) < 2:
        return False
    start = max(
        last_mark(text, "。！？!?", max(0, whole.num_start - ATTEMPT_REACH), whole.num_start) + 1,
        whole.num_start - ATTEMPT_REACH,
        0,
    )
    intake = (*lex.data["verbs"].get("received", ()), *lex.data["verbs"].get("accepted", ()))
    for clause in re.split("[，,；;]", text[start : whole.num_start]):
        if attempt in clause and any(v in clause for v in intake):
            return True
    return False


def _means_of_another_statement(text: str, word: str, n: Quantity, w: Quantity) -> bool:
    """Is a base in another statement than its numerator (a semicolon or a sentence end
    between them) a figure done by some means the rate does not name (「通过调解、和解方式
    结案3.7万件。……作出纠错决定2.73万件，纠错率12.83%」)? Such a figure is a subset of its
    stage, no whole a later statement draws from (unless the numerator's words point back at
    it with 其中)."""
    if w.end > n.num_start or "其中" in n.pre or not by_means(w, word):
        return False
    return _GROUP_END_RE.search(text, w.end, n.num_start) is not None


def _co_listed(bq: BlockQuantities, n: Quantity, w: Quantity) -> bool:
    """Is a base the next item of the numerator's list under one verb (「审核县政府规范性文件
    23件、部门规范性文件41件」): right after it, its own words opening with a joiner and
    naming the same thing? It is then the numerator's sibling, not its base (unlike 「受理
    300件、办结280件」 or 「检查企业1,460家、发现隐患企业218家」, where the base comes first)."""
    index = _index_of(bq)
    i, j = index.get(id(n)), index.get(id(w))
    if i is None or j is None or j != i + 1 or w.kind != n.kind:
        return False
    words = w.pre.strip(" 　")
    if _JOINER_ENDING_RE.search(words) and w.depth == n.depth and n.end <= w.start:
        # 「覆盖8个镇、96个村」: the words between are the noun after the numerator and the
        # joiner — the next item of the list, its noun after its figure too
        between = bq.text[n.end : w.num_start]
        if between.strip(" 　") == words and not any(ch in between for ch in "，,；;。：:"):
            return True
    opening = _JOINER_OPENING_RE.match(words)
    if opening is None:
        return False
    # 「覆盖12个街道（镇）、147个村（社区）」: an item that is only the joiner and its figure,
    # its noun after it, is the next item of the list the verb before the numerator governs
    if opening.end() == len(words) and w.depth == n.depth:
        return True
    # parallel items name one thing (县政府规范性文件 / 部门规范性文件)
    return common_substring(words[opening.end() :], n.pre) >= 2


# the words of a rate's own clause before it
_RATE_CLAUSE_RE = re.compile(r"[^，,；;。：:]*$")
# a subject naming several things joined (「需废止和修订的占…」「撤销、变更的比例」)
_JOINED_SUBJECT_RE = re.compile(r"[\u4e00-\u9fff](?:、|和|及|与)[\u4e00-\u9fff]")
# the items of a list summed for a joined subject, at most
JOINED_RUN = 4


def _joined_subject_fits(
    bq: BlockQuantities, q: Quantity, results: list[tuple[tuple[bool, str], Quantity, Quantity]]
) -> list[Quantity] | None:
    """「废止12件、修订27件，需废止和修订的占清理文件的3.5%」: a rate whose own clause names
    several things joined counts the run of listed figures (each opening with a joiner) that
    ends at a numerator it was read with; the run's sum over a base it was read with is a
    reading that only accepts."""
    m = _RATE_CLAUSE_RE.search(bq.text, max(0, q.start - 30), q.start)
    if m is None or not _JOINED_SUBJECT_RE.search(m.group(0)):
        return None
    quantities = bq.quantities
    index = _index_of(bq)
    for _, n, w in results:
        i = index.get(id(n))
        if i is None:
            continue
        run = [n]
        while (
            len(run) < JOINED_RUN
            and i > 0
            and _JOINER_OPENING_RE.match(quantities[i].pre.strip(" 　"))
            and quantities[i - 1].kind == n.kind
            and quantities[i - 1].unit == n.unit
        ):
            i -= 1
            run.insert(0, quantities[i])
        if len(run) >= 2 and all(w is not x for x in run) and _rate_check(_summed(run), w, q)[0]:
            return [*run, w]
    return None


# two verbs sharing one object and one figure (发现并整改, 排查并化解, 受理并办结了)
_JOINED_VERBS_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:并|并已|且)[\u4e00-\u9fff]{2}[^，,；;。：:]*$")


# how many sentences after a rate are searched for the figure its name counts
AHEAD = 3


def _counted_before(
    lex: Lexicon, bq: BlockQuantities, q: Quantity, word: str, numerators: list[Quantity]
) -> bool:
    """Does a figure before the rate count what its name counts, by its stem or its flow
    stage (「审结案件1237件，结案率97.6%」)? The rate's numerator is then stated and only its
    base is not: a figure with the stem told later (「调解结案534件」) is a part of that
    numerator, not another reading of it."""
    stem = _stem(word)
    if not stem:
        return False
    family = lex.verb_family.get(stem, "")
    return any(
        n.num_start < q.num_start
        and (
            _subsequence(stem, _name_words(n, bq.text))
            or (family in FLOW_STAGES and n.family == family)
        )
        for n in numerators
    )


def _read_ahead(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    before: list[Quantity],
    counts: list[Quantity],
    part_of: dict[int, Quantity],
    capped: bool,
) -> tuple[list[Quantity], list[Quantity], list[tuple[Quantity, Quantity]]] | None:
    """The first of the next :data:`AHEAD` sentences holding a figure whose words hold the
    stem of the rate's name (its numerator), read with the figures of the rate's own
    sentence before it and of the sentences between (its bases): (scope, numerators,
    readings), or None."""
    stem = _stem(word)
    if not stem:
        return None
    grouped = _by_sentence(counts)
    passed: list[Quantity] = []  # figures of the sentences between: bases, not numerators
    for k in range(1, AHEAD + 1):
        later = grouped.get(q.sentence + k, [])[:SCOPE]
        staged = _staged(lex, bq, stem, later)
        named = [
            p
            for p in later
            if _subsequence(stem, _name_words(p, bq.text)) or any(p is x for x in staged)
        ]
        if not named:
            passed.extend(later)
            continue
        scope = [*before, *passed[-SCOPE:], *later]
        _BY_POSITION.clear()
        numerators = [
            n for n in _numerators(lex, bq, q, word, scope, part_of) if any(n is x for x in named)
        ]
        numerators += [p for p in staged if not any(p is n for n in numerators)]
        readings = _pairs_of(lex, numerators, scope, part_of, capped, stem)
        return (scope, numerators, readings) if readings else None
    return None


def _staged(
    lex: Lexicon, bq: BlockQuantities, stem: str, figures: list[Quantity]
) -> list[Quantity]:
    """The figures of the later flow stage the verb of a rate's name is of, by another verb
    (结案率 ← 审结827件, 办结率 ← 答复509件), read with those the stem names (调解结案530件, a
    part of them) when a rate's figures are told after it. (A figure the stem names is read
    as a numerator or not by :func:`_numerators` alone: 「按时答复率…延期答复3件」 is none.)"""
    family = lex.verb_family.get(stem, "")
    if family not in _LATER_STAGES:
        return []
    return [
        p for p in figures if p.family == family and not _subsequence(stem, _name_words(p, bq.text))
    ]


# the most days a year has: a share of its days counted without a stated base
DAYS_IN_YEAR = 366
# how many figures right before such a share are read as the days it counts
DAYS_REACH = 3
_DAY_UNITS = frozenset({"天", "日"})
_WHOLE_YEAR_RE = re.compile(
    rf"全年|年度|{YEAR_ASCII}年(?![0-9一二三四五六七八九十上下]+(?:月|至|到|-|—|～|半年|季度))"
)


def _days_of_year(
    bq: BlockQuantities, q: Quantity, word: str, figures: list[Quantity]
) -> Relation | None:
    """「全年空气质量优良天数达到307天，优良天数比率为81.6%」: a share of the year's days
    whose base is not stated has at most 366 days under it, so it is at least the counted
    days (the figure of the clause before, sharing two characters with the rate's name) ÷
    366. A warning: the base is implied."""
    name = name_core(word)[1]
    days = [
        n
        for n in figures
        if n.unit in _DAY_UNITS
        and n.sentence == q.sentence
        and n.num_start < q.num_start
        and not n.quoted
        and _previous_clause(bq.text, n, q)
        and common_substring(name, _name_words(n, bq.text)) >= 2
        # every word of the name is said of the days (优良天数比率 ← 优良天数; not 培训覆盖率
        # ← 培训天数)
        and all(ch in _name_words(n, bq.text) or ch in "天日数比例" for ch in name)
    ]
    if len(days) != 1:
        return None
    n = days[0]
    start, _ = bq.sentence_span(q.sentence)
    if not _WHOLE_YEAR_RE.search(bq.text, max(start, n.num_start - 60), q.num_start):
        return None  # the year is named in the clauses right before the days
    low, _ = bounds(n)
    least = low / DAYS_IN_YEAR * 100
    unit = Decimal(1).scaleb(-q.decimals)
    if q.high + unit >= least:
        return None
    shown = fmt(least.quantize(Decimal("0.1")))
    return Relation(
        "rate",
        Verdict.CONTRADICTION,
        q.block,
        (q.num_start, q.end),
        (span_of(q), span_of(n)),
        code="N104",
        severity=Severity.WARNING,
        message=(
            f"{word}{q.text}与其分子不符：一年至多{DAYS_IN_YEAR}天，"
            f"{n.number}÷{DAYS_IN_YEAR}＝{shown}%，比率不应低于此数"
        ),
        suggestion=f"核对{word}与{n.text}",
        data={"numerator": str(n.value), "stated": str(q.value)},
    )


_LATER_STAGES = frozenset({"concluded"})
_NAMED_WHOLE_RE = re.compile(r"^占(?:全部|所有|总)?(?P<whole>[\u4e00-\u9fff]{2,12}?)的?$")


def _named_whole_before(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    numerators: list[Quantity],
    counts: list[Quantity],
) -> tuple[list[Quantity], list[Quantity], list[tuple[Quantity, Quantity]]] | None:
    """「全年受理申请320件。组织听证12次。维持原行政行为的180件，占受理总数的62.5%。」: a
    share that names its whole (占…的) whose sentence holds no figure of it is read against
    the figures of the :data:`AHEAD` sentences before whose words share two characters with
    the whole's name (same unit, not smaller); a rate that counts a concluding stage of a
    case flow (按期办结1,140件，按期办结率为97%) against a figure of the receiving or
    accepting stage there (受理信访事项1,200件): (scope, numerators, readings), or None."""
    if not numerators:
        return None
    m = _NAMED_WHOLE_RE.match(word)
    whole = m.group("whole") if m else ""
    # a named rate that counts a stage of a case flow (按期办结率 ← 按期办结1,140件) is a share
    # of an earlier stage (受理1,200件)
    stages = {
        FLOW_STAGES.index(n.family) for n in numerators if n.family in _LATER_STAGES and not whole
    }
    if not whole and not stages:
        return None
    grouped = _by_sentence(counts)
    earlier = [
        p
        for k in range(1, AHEAD + 1)
        for p in grouped.get(q.sentence - k, [])[-SCOPE:]
        if p.depth == 0
        and (
            common_substring(whole, _name_words(p, bq.text)) >= 2
            and not _whole_of_other_area(bq, whole, p)
            and not _check_unnamed(whole, p, bq.text)
            and not _checked_subset(word, p, bq.text)
            if whole
            else p.family in FLOW_STAGES[:2] and FLOW_STAGES.index(p.family) < min(stages)
        )
    ]
    readings = [
        (n, w)
        for n in numerators
        for w in earlier
        # (a figure is never its own whole: 「退税5.62亿元。…主要部分，占全年退税总额的68.7%」)
        if w is not n
        and w.kind == n.kind
        and lex.same_units(w.unit, n.unit)
        and w.high >= n.low
        and w.value > 0
    ]
    return ([*earlier, *numerators], numerators, readings) if readings else None


def _within_frame(
    bq: BlockQuantities, q: Quantity, readings: list[tuple[Quantity, Quantity]]
) -> list[tuple[Quantity, Quantity]]:
    """「…实施以来，北京市共受理…9.9万件。三年来，北京市法律援助中心累计…3896件，占…总量的
    41.7%」: a rate whose sentence opens a period of its own (:func:`_period_frame`) counts
    within that frame — no base of an earlier sentence that does not open the same one."""
    frame = _period_frame(bq, q.sentence)
    if not frame:
        return readings
    return [
        (n, w)
        for n, w in readings
        if w.sentence >= q.sentence or _period_frame(bq, w.sentence) == frame
    ]


def _period_frame(bq: BlockQuantities, sentence: int) -> str:
    """The period a sentence opens with in a clause of its own (「三年来，」「2019年以来，」),
    or ""."""
    start, end = bq.sentence_span(sentence)
    m = _PERIOD_FRAME_RE.match(bq.text, start, end)
    return m.group(1) if m else ""


# a first clause that is a period and no more: 「三年来，」「《…法》实施以来，」
_PERIOD_FRAME_RE = re.compile(r"\s*([^，,。；;：:]{1,16}?(?:以来|年来))[，,]")


def _figures_around(
    q: Quantity, counts: list[Quantity], starts: list[int]
) -> tuple[Quantity, Quantity] | None:
    """The figures right before and right after a share, when both stand in its sentence, at
    its bracket depth, of one kind and unit: the two terms a share between them may be of."""
    k = bisect.bisect_left(starts, q.num_start)
    if k == 0 or k >= len(counts):
        return None
    a, b = counts[k - 1], counts[k]
    if (
        a.sentence != q.sentence
        or b.sentence != q.sentence
        or a.depth != q.depth
        or b.depth != q.depth
        or a.kind != b.kind
        or a.unit != b.unit
    ):
        return None
    return a, b


def _read_share(q: Quantity, part: Quantity, whole: Quantity, said: str) -> Relation:
    """The share ``q`` against ``part`` ÷ ``whole``, a reading of the sentence's structure
    (the figures told after the share or in the next sentence): a warning when it fails."""
    ok, value = _rate_check(part, whole, q)
    spans = (span_of(q), span_of(part), span_of(whole))
    if ok:
        return Relation("rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), spans)
    return _rate_mismatch(q, part, whole, value, said=said, severity=Severity.WARNING)


# the words between a share and the figure of the clause after it (「…的16.3%，全年作出…176件」)
_NEXT_CLAUSE_RE = re.compile(
    r"[^，,；;。：:（）()0-9０-９%％]*[，,][^，,；;。：:（）()0-9０-９%％]*"
)
_BEFORE_SHARE_RE = re.compile(
    r"[^，,；;。：:（）()0-9０-９%％]*(?:[，,][^，,；;。：:（）()0-9０-９%％]*)?"
)


def _named_whole_after(
    bq: BlockQuantities, q: Quantity, word: str, counts: list[Quantity], starts: list[int]
) -> Relation | None:
    """「纠错决定23件，占全部复议决定的16.3%，全年作出复议决定176件」: a share that names its
    whole (占…的) and that no reading took, between the figure of the clause before it (the
    part) and the figure of the clause after it whose words name that whole (two characters
    shared), in one sentence and one unit. A warning when it fails: the whole is told after."""
    m = _NAMED_WHOLE_RE.match(word.strip(" 　"))
    if m is None:
        return None
    text = bq.text
    around = _figures_around(q, counts, starts)
    if around is None:
        return None
    part, whole = around
    if (
        whole.value < part.value
        or _BEFORE_SHARE_RE.fullmatch(text, part.end, q.pre_start) is None
        or _NEXT_CLAUSE_RE.fullmatch(text, q.end, whole.num_start) is None
        or common_substring(m.group("whole"), whole.pre) < 2
    ):
        return None
    return _read_share(q, part, whole, f"{q.text}（{part.text}{word}比例，后文{whole.text}）")


# 「受理申请1,630件，其中刑事案件占比为38.2%，共为532件」: a 其中 clause that names a part and
# its share, then the part's count alone in the next clause
_PART_SHARE_CLAUSE_RE = re.compile(
    r"[，,]其中[^，,；;。：:（）()0-9０-９%％]{1,16}?(?:占比|比例|比重|占)(?:为|是|达到|达|约为|约)?"
)
# the words that introduce a part's count in the clause after its share (「，共为532件」)
_COUNT_WORDS = "共为|共计|合计|共有|总计|计|共|达到|达|为|有"
_COUNT_AFTER_SHARE_RE = re.compile(rf"[，,](?:{_COUNT_WORDS})?")
# 「…1,850人次，其中四成以上为跨省备案，共计652人次」: a share that is the subject of a 其中
# clause (no name of a rate before it), the clause's predicate naming the part, and the next
# clause counting that part by a word of total right before its figure
_OPENING_SHARE_RE = re.compile(r"[^，,；;。：:（）()0-9０-９%％]{0,6}[，,]其中(?:约|近|超过|逾)?")
_PREDICATE_THEN_COUNT_RE = re.compile(
    r"[^，,；;。：:（）()0-9０-９%％]{1,20}[，,]"
    rf"[^，,；;。：:（）()0-9０-９%％]{{0,10}}?(?:{_COUNT_WORDS})"
)


def _share_opening_part(
    bq: BlockQuantities, q: Quantity, counts: list[Quantity], starts: list[int]
) -> Relation | None:
    """「受理投诉186件，其中四分之三以上通过电话回访得到解决，回访解决的共计120件」: a share
    opening a 其中 clause as its subject, the part counted in the next clause (a word of total
    right before the figure, no other figure between): the part over the figure the 其中
    follows. A warning when it fails (the structure, not a name, ties the terms)."""
    return _share_before_part(
        bq, q, counts, starts, _OPENING_SHARE_RE, q.start, _PREDICATE_THEN_COUNT_RE
    )


def _share_then_count(
    bq: BlockQuantities, q: Quantity, counts: list[Quantity], starts: list[int]
) -> Relation | None:
    """「全年受理法律援助申请1,630件，其中刑事法律援助案件占比为38.2%，共为532件」: the share
    of a 其中 part told before the part's count, which stands alone in the next clause; the
    whole is the figure of the clause the 其中 follows. A warning when it fails."""
    return _share_before_part(
        bq, q, counts, starts, _PART_SHARE_CLAUSE_RE, q.num_start, _COUNT_AFTER_SHARE_RE
    )


def _share_before_part(
    bq: BlockQuantities,
    q: Quantity,
    counts: list[Quantity],
    starts: list[int],
    lead: re.Pattern[str],
    lead_end: int,
    tail: re.Pattern[str],
) -> Relation | None:
    """The share ``q`` between a whole and its part: ``lead`` spans the words from the whole
    to ``lead_end`` (where the share begins), ``tail`` those from the share to the part."""
    text = bq.text
    around = _figures_around(q, counts, starts)
    if around is None:
        return None
    whole, part = around
    if (
        whole.value < part.value
        or whole.value <= 0
        or lead.fullmatch(text, whole.end, lead_end) is None
        or tail.fullmatch(text, q.end, part.num_start) is None
    ):
        return None
    return _read_share(q, part, whole, f"{q.text}（其后{part.text}占{whole.text}的比例）")


# 「受理的不动产登记申请中，即时办结的占62.4%」: a share of a part of a stage's things, the
# stage (its verb) and the part named in the words before the share
_SCOPED_SHARE_RE = re.compile(
    r"(?P<verb>[\u4e00-\u9fff]{2})的[^，,；;。：:0-9０-９]{0,14}?(?:中|当中)[，,]"
    r"(?P<part>[\u4e00-\u9fff]{2,10}?)的?(?:占比|占)(?:为|是|达到|达|约为|约)?$"
)
# the longest text _SCOPED_SHARE_RE matches: 2 + 1 + 14 + 2 + 1 + 10 + 1 + 2 + 2 characters
_SCOPED_SHARE_WIDTH = 35


def _scoped_share_ahead(
    bq: BlockQuantities, q: Quantity, counts: list[Quantity], starts: list[int]
) -> Relation | None:
    """「全年受理的不动产登记申请中，即时办结的占62.4%。全年受理不动产登记申请46,200件，即时
    办结26,110件。」: a share in a sentence of no figure, whose scope names a stage by its verb
    and whose subject names the part, told before the sentence that gives the stage's figure
    (its verb in its words) and then the part's (its words in the part's). A warning when it
    fails: the figures are in the next sentence."""
    text = bq.text
    start, end = bq.sentence_span(q.sentence)
    if bisect.bisect_left(starts, start) != bisect.bisect_left(starts, end):
        return None  # (a figure in the share's own sentence)
    # the pattern ends at the share: no match starts further back than its longest reach
    m = _SCOPED_SHARE_RE.search(text, max(start, q.num_start - _SCOPED_SHARE_WIDTH), q.num_start)
    if m is None:
        return None
    verb, named = m.group("verb"), m.group("part")
    nxt = bisect.bisect_left(starts, end)
    ahead = [p for p in counts[nxt : nxt + SCOPE] if p.sentence == q.sentence + 1 and p.depth == 0]
    wholes = [p for p in ahead if verb in p.pre]
    if not wholes:
        return None
    whole = wholes[0]
    parts = [
        p
        for p in ahead
        if p.num_start > whole.num_start
        and named in p.pre
        and p.unit == whole.unit
        and p.kind == whole.kind
        and p.value <= whole.value
    ]
    if len(parts) != 1 or whole.value <= 0:
        return None
    part = parts[0]
    return _read_share(
        q, part, whole, f"{named}的占{q.text}（下一句{part.text}占{whole.text}的比例）"
    )


# 「受理案件以市场监管领域为主，其中…」: the words of a sentence before its 其中 (what it is about)
_AMONG_SPLIT_RE = re.compile(r"其中")


def _stage_named_base(
    lex: Lexicon, bq: BlockQuantities, q: Quantity, numerator: Quantity
) -> Quantity | None:
    """「共收到…案件35件，…受理34件。…受理案件以市场监管领域为主，其中…13件，占总量的38%」: a
    sentence that opens (before its 其中) on the set of one stage of a case flow (受理案件)
    takes its shares of that stage's figure stated before (34), not of the figure of another
    stage (收到35). A reading that only accepts: the share must fit that figure."""
    start, _ = bq.sentence_span(q.sentence)
    if numerator.num_start <= start:
        return None
    opening = _AMONG_SPLIT_RE.split(bq.text[start : numerator.num_start], maxsplit=1)[0]
    families = {lex.verb_family.get(m.group(0), "") for m in lex.verb_re.finditer(opening)} & set(
        FLOW_STAGES
    )
    if len(families) != 1:
        return None
    family = families.pop()
    staged = [
        p
        for p in bq.quantities
        if p.sentence < q.sentence
        and p.family == family
        and p.kind == numerator.kind
        and not p.change
        and lex.same_units(p.unit, numerator.unit)
    ]
    if not staged or not _rate_check(numerator, staged[-1], q)[0]:
        return None
    return staged[-1]


def _rate_fits(q: Quantity, *used: Quantity) -> Relation:
    """The rate ``q`` read as consistent with the figures ``used`` (its numerator and whole,
    and any figure the reading took in)."""
    return Relation(
        "rate", Verdict.CONSISTENT, q.block, (q.num_start, q.end), tuple(map(span_of, (q, *used)))
    )


def _first_fit(
    q: Quantity, results: list[tuple[tuple[bool, str], Quantity, Quantity]]
) -> Relation | None:
    """The rate read as consistent by the first reading that fits, or None."""
    for (ok, _), n, w in results:
        if ok:
            return _rate_fits(q, n, w)
    return None


def _qualified_own_rate(bq: BlockQuantities, q: Quantity, word: str, w: Quantity) -> bool:
    """Does the base have a rate of its own right after it whose name the rate judged repeats
    with a qualifier in front (「签约服务18.6万人，签约率38.2%，其中重点人群签约9.4万人，重点人群
    签约率76.8%」)? The qualified rate is the same measure of a narrower population (重点人群),
    whose size the text leaves unsaid: the base is not its denominator."""
    r = _next_figure(bq, w)
    if r is None or r is q or r.kind != "percent" or r.num_start > q.num_start:
        return False
    if _STATEMENT_END_RE.search(bq.text, w.end, r.num_start):
        return False
    own = rate_word(r)
    return own.endswith("率") and len(word) > len(own) and word.endswith(own)


def _of_later_qualified_rate(bq: BlockQuantities, q: Quantity, word: str, n: Quantity) -> bool:
    """Is a numerator read after the rate followed, in its statement, by a rate of the same
    name with a qualifier in front (「检查3.2万人，体检率92.1%，其中接尘工人体检1.1万人，接尘
    工人体检率96.5%」)? The figure is that narrower rate's, not a share of the whole's rate."""
    if n.num_start < q.num_start:
        return False
    qs = bq.quantities
    j = _index_of(bq).get(id(n))
    if j is None:
        return False
    for r in qs[j + 1 : j + 4]:
        if r.sentence != n.sentence or _STATEMENT_END_RE.search(bq.text, n.end, r.num_start):
            return False
        if r.kind == "percent":
            own = rate_word(r)
            return r is not q and len(own) > len(word) and own.endswith(word)
    return False


def _nearer_base_in_other_unit(
    lex: Lexicon, bq: BlockQuantities, q: Quantity, n: Quantity, w: Quantity
) -> bool:
    """Does a figure of the numerator's sentence, in another unit, stand between the numerator
    and the base read for it and fit the rate (「培训8632人次，取得证书6215人，取证率72.0%」
    after 「新增就业1.28万人」; 「组织听证12场，息诉罢访10件，息诉率83.3%」 after 「来信1215
    件」)? The nearer figure counts the same occasions in another unit: the rate's reading is
    then no sure one. (Only the figures between the two are read: within the rate's scope.)"""
    at = _index_of(bq)
    i, j = sorted((at.get(id(w), 0), at.get(id(n), 0)))
    return any(
        p.kind == n.kind
        and p.sentence == n.sentence
        and not p.quoted
        and not lex.same_units(p.unit, n.unit)
        and p.value > 0
        and _rate_check(n, p, q)[0]
        for p in bq.quantities[i + 1 : j]
    )


def _share_of_money(
    lex: Lexicon, bq: BlockQuantities, q: Quantity, word: str, n: Quantity, w: Quantity
) -> bool:
    """Is the rate a share of money while the reading's terms are counts (「全年发放办案补贴
    186.4万元，其中民事案件补贴占比54.2%」 after 「民事案件296件」)? Its name says what a sum of
    money before it, in its sentence, is (the sum's head noun, 补贴; 罚没款 of 「罚没款共计」):
    the share is of that money, and the cases counted are no term of it."""
    if lex.kind_of(n.unit) == "money" or lex.kind_of(w.unit) == "money":
        return False
    start = bq.sentence_span(q.sentence)[0]
    return any(
        start <= p.num_start < q.num_start
        and lex.kind_of(p.unit) == "money"
        and len(head := _strip_trailing(lex, p.pre.strip(" 　"))[-2:]) == 2
        and head in word
        for p in bq.quantities
    )


def _own_rate(bq: BlockQuantities, w: Quantity, q: Quantity, word: str) -> Quantity | None:
    """The rate stated right after a figure, in its statement and before the rate *q*
    being judged, under another name (「直接纠错236件，纠错率24.2%」), or None."""
    qs = bq.quantities
    j = _index_of(bq).get(id(w))
    if j is None or j + 1 >= len(qs):
        return None
    r = qs[j + 1]
    if r is q or r.kind != "percent" or r.num_start > q.num_start or r.value <= 0:
        return None
    if r.value >= 100 or _STATEMENT_END_RE.search(bq.text, w.end, r.num_start):
        # (「1268名干部参加考试，参考率100%」: a rate of all of it says the figure is whole)
        return None
    own = rate_word(r)
    if not own.endswith("率") or own == word or per_or_change(load_lexicon(), r):
        return None
    return r


_STATEMENT_END_RE = re.compile("[。；;！？!?]")


def _next_figure(bq: BlockQuantities, p: Quantity) -> Quantity | None:
    qs = bq.quantities
    j = _index_of(bq).get(id(p))
    return qs[j + 1] if j is not None and j + 1 < len(qs) else None


def _peer_share(bq: BlockQuantities, n: Quantity, w: Quantity, q: Quantity) -> bool:
    """「行政处罚类349件，占比31%；投诉举报类296件，占比27%」: when the numerator and the base
    each have a rate right after them and the two rates share a name, the two figures are
    items of one breakdown, each a share of a whole the list names elsewhere; neither is the
    other's base — whether the rate judged is one of those rates (「2021年度败诉25件，败诉率为
    11.52%，2022年度败诉1件，败诉率为0.57%」: not 1÷25) or a third one (「优秀3件占比0.78%、良好
    39件占比10.18%、合格341件占比89.03%，总体合格率为100%」: not 39÷341; session 20)."""
    # (a count in a bracket right after a share is that share's, not the next one's: the
    # share then names its item before 占, 「商品类投诉占比64.6%（35542件）」, and the items'
    # shares are one share from their 占 on)
    bn, bw = _bracketed_count_of(bq, n), _bracketed_count_of(bq, w)
    rn = bn or _item_share(bq, n, q)
    rw = bw or _item_share(bq, w, q)
    if rn is None or rw is None or rn is rw:
        return False
    name, other = rate_word(rn), rate_word(rw)
    if bn is not None and bw is not None and "占" in name and "占" in other:
        name, other = name[name.rindex("占") :], other[other.rindex("占") :]
    # (a change after each item, 「投诉46413件，同比上升1.25%」, names no share of them)
    return bool(name) and same_share_name(name, other) and not rn.change and not rw.change


def _bracketed_count_of(bq: BlockQuantities, p: Quantity) -> Quantity | None:
    """The share whose bracket ``p`` opens (「商品类投诉占比64.6%（35542件），服务类投诉占比35.4%
    （19444件）」: the item's count told after its share), or None. Session 32 (quiet): the
    breakdown of :func:`_peer_share` in the order share, then count — real60 KX057 read the
    first item's count as the second item's base (19444 ÷ 35542), a false error."""
    j = _index_of(bq).get(id(p))
    if not j or p.depth == 0:
        return None
    r = bq.quantities[j - 1]
    if r.kind != "percent" or r.change or r.depth != p.depth - 1:
        return None
    return r if bq.text[r.end : p.num_start].strip(" 　") in ("（", "(") else None


def _bracketed_breakdown(bq: BlockQuantities, q: Quantity, word: str) -> Relation | None:
    """「商品类投诉占比64.6%（35542件），服务类投诉占比35.4%（19444件）」: items of one sentence
    each giving its share and then its count in a bracket, the shares one share from their 占
    on and adding up to 100% (within their rounding) — a complete split whose whole is the sum
    of the counts: the share judged is its own count over that sum, the one reading the text
    allows (an error when it does not fit). Shares that add up to less say nothing here (a
    partial list: the whole is unsaid). Session 32 (quiet), with :func:`_bracketed_count_of`."""
    if "占" not in word:
        return None
    j = _index_of(bq).get(id(q))
    qs = bq.quantities
    if j is None or j + 1 >= len(qs) or _bracketed_count_of(bq, qs[j + 1]) is not q:
        return None
    tail = word[word.rindex("占") :]
    items: list[tuple[Quantity, Quantity]] = []
    for r, c in itertools.pairwise(qs):
        if r.sentence != q.sentence or r.kind != "percent" or _bracketed_count_of(bq, c) is not r:
            continue
        name = rate_word(r)
        if c.unit == qs[j + 1].unit and "占" in name and name[name.rindex("占") :] == tail:
            items.append((r, c))
    if len(items) < 2:
        return None
    total = sum((r.value for r, _ in items), Decimal(0))
    slack = sum((Decimal(1).scaleb(-r.decimals) / 2 for r, _ in items), Decimal(0))
    if abs(total - 100) > slack:
        return None
    own = qs[j + 1]
    whole = _summed([c for _, c in items])
    ok, value = _rate_check(own, whole, q)
    if ok:
        return _rate_fits(q, *(c for _, c in items))
    return _rate_mismatch(
        q,
        own,
        whole,
        value,
        said=f"{word}{q.text}",
        check=word,
        severity=Severity.ERROR,
        note="（各项占比合计100%，总数为各项之和）",
    )


# what a share may say between 占 and its figure when it names no whole: 「占16.00%」「占比为」
_BARE_SHARE_RE = re.compile(r"占(?:比|比重)?(?:为|达|达到|了)?")


def same_share_name(a: str, b: str) -> bool:
    """Do two rate names name one share? Equal, or both 占-shares of which one names no
    whole (「质量问题9063件，占总量的37.26%；售后服务问题3893件，占16.00%」: the bare share of the
    next item inherits the whole the first one named — items of one breakdown, session 28b).
    Counted over every read set (real19–42 | real43–45 | real46–48 | invented): false errors
    removed 0 | 0 | 2 (KH067, KG074) | 0; contradictions lost 0 | 0 | 0 | 0 (KG075, KH068 and
    real44 KD064 were "found" only by the same wrong-base reading); snapshot unchanged."""
    if a == b:
        return True
    if not (a.startswith("占") and b.startswith("占")):
        return False
    # (「占总人口的20.50%」 and 「占总人口的比重为59.26%」: one whole named in two forms)
    if _SHARE_FORM_RE.sub("", a) == _SHARE_FORM_RE.sub("", b):
        return True
    return bool(_BARE_SHARE_RE.fullmatch(a)) or bool(_BARE_SHARE_RE.fullmatch(b))


# the words a 占-share's name may end with after its whole (占X的, 占X的比重, 占X比例)
_SHARE_FORM_RE = re.compile(r"的?(?:比重|比例)?$")


# figures of a bracket skipped between a figure and its own share: 「其他处理177件（其中…134件），
# 占13.7%」
ASIDE_FIGURES = 4


def _own_share(bq: BlockQuantities, p: Quantity) -> Quantity | None:
    """The first figure after ``p`` at ``p``'s depth, in its statement, when it is a share
    (a bracket's figures between are an aside); or None."""
    j = _index_of(bq).get(id(p))
    if j is None:
        return None
    for r in bq.quantities[j + 1 : j + 2 + ASIDE_FIGURES]:
        if r.depth > p.depth:
            continue
        if r.kind != "percent" or r.change or r.depth != p.depth:
            return None
        return None if _STATEMENT_END_RE.search(bq.text, p.end, r.num_start) else r
    return None


def _run_of_own_shares(bq: BlockQuantities, q: Quantity) -> list[Quantity]:
    """「予以公开42件，占42.86%；不予公开1件，占1.02%；…其他处理6件，占6.12%」: the figures of
    ``q``'s sentence that each have their own share of ``q``'s name right after them — the
    items of one breakdown, each a share of one whole (two items at least)."""
    name = rate_word(q)
    if not name:
        return []
    items = []
    for p in bq.quantities:
        if (
            p.sentence != q.sentence
            or p.kind != "count"
            or p.change
            or p.num_start > q.num_start + 400
        ):
            continue
        r = _own_share(bq, p)
        if r is not None and same_share_name(rate_word(r), name):
            items.append(p)
    if not any(_own_share(bq, p) is q for p in items):
        return []
    return items if len(items) >= 2 else []


def _inside_run(items: list[Quantity], n: Quantity, w: Quantity) -> bool:
    """Is the base ``w`` of a reading of item ``n``'s share another item of the breakdown, a
    sum of items or a figure told between them (a 其中 part of an item)? The breakdown's whole
    is told before or after its items, never among them."""
    return w is not n and items[0].num_start <= w.num_start <= items[-1].end


def _item_share(bq: BlockQuantities, p: Quantity, q: Quantity) -> Quantity | None:
    """The rate right after a figure in its statement (the rate judged wherever it stands),
    the figure's own; or None."""
    r = _next_figure(bq, p)
    if r is None or r.kind != "percent":
        return None
    if r is not q and _STATEMENT_END_RE.search(bq.text, p.end, r.num_start):
        return None
    return r


def _implied_whole_fits(
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    results: list[tuple[tuple[bool, str], Quantity, Quantity]],
) -> Relation | None:
    """「直接纠错236件，纠错率24.2%，以调解方式结案170件，调解率17.4%」: a base with a rate
    of its own implies the whole that rate is of (236 ÷ 24.2% ≈ 975); the two outcomes are
    shares of that whole, so the rate judged is consistent when its numerator over the implied
    whole fits."""
    for _, n, w in results:
        r = _own_rate(bq, w, q, word)
        if r is None:
            continue
        w_low, w_high = bounds(w)
        unit = Decimal(1).scaleb(-r.decimals)
        r_low, r_high = max(r.low - unit / 2, Decimal("0.0001")), r.high + unit
        whole = _replace(
            w,
            value=w.value / r.value * 100,
            low=w_low / r_high * 100,
            high=w_high / r_low * 100,
            number=f"（{w.number}÷{r.number}%）",
            decimals=0,
        )
        if _rate_check(n, whole, q)[0]:
            return _rate_fits(q, n, w, r)
    return None


OPPOSITE_GAP = 2  # characters between a part's opposite qualifier and the rate's verb


@lru_cache(maxsize=1)
def _opposite_pairs() -> tuple[tuple[str, str], ...]:
    """(qualifier, opposite) both ways round, of numbers.toml ``rates.opposite-qualifiers``."""
    pairs = load_lexicon().data["rates"].get("opposite-qualifiers", ())
    return tuple((a, b) for x, y in pairs for a, b in ((x, y), (y, x)))


EQUIP_CLAUSES = 2  # clauses from a rate back to the count of holders it is equipped over
_CLAUSE_MARK_RE = re.compile(r"[，；;。（）()]|,(?![0-9])")  # (not the comma of 1,864)


def _equipped_bound(
    lex: Lexicon, bq: BlockQuantities, q: Quantity, word: str, counts: list[Quantity]
) -> Relation | None:
    """「一线民警1,864名，已配备执法记录仪1,792台，人均配备率达到98.6%」: a rate of equipping
    (numbers.toml ``rates.equipping``) right after a count of the equipment done with its
    verb (配备, or a verb of its ``stem-kin`` group), a count of the holders in another unit
    in the clause before: the holders equipped are at most the pieces, so the rate is at
    most pieces ÷ holders. Only a rate above that is reported (a holder may have two), a
    warning: the pieces and the holders are linked by the sentence alone."""
    name = next((g for g in lex.data["rates"].get("equipping", ()) if word.endswith(g)), "")
    if not name:
        return None
    verb = name.removesuffix("率")
    verbs = {verb, *(v for g in lex.data["rates"].get("stem-kin", ()) if verb in g for v in g)}
    text = bq.text
    before = [f for f in counts if f.sentence == q.sentence and f.end <= q.num_start][-2:]
    if len(before) != 2:
        return None
    holders, pieces = before
    if lex.same_units(holders.unit, pieces.unit) or holders.kind != pieces.kind:
        return None
    if len(_CLAUSE_MARK_RE.findall(text, holders.end, q.num_start)) != EQUIP_CLAUSES:
        return None  # holders, pieces and the rate: one clause each
    if not any(v in _clause_before(text, pieces) for v in verbs):
        return None
    h_low, p_high = bounds(holders)[0], bounds(pieces)[1]
    if h_low <= 0 or p_high >= h_low:
        return None
    most = p_high / h_low * 100
    unit = Decimal(1).scaleb(-q.decimals)
    if most >= q.low - unit / 2:
        return None
    return _rate_mismatch(
        q,
        pieces,
        holders,
        fmt(most.quantize(unit if q.decimals else Decimal("0.1"))),
        said=f"{word}{q.text}",
        severity=Severity.WARNING,
        note="（配备的数量不足以覆盖如此比例，比率至多如此）",
    )


def _opposite_readings(word: str) -> list[tuple[str, str, str, re.Pattern[str]]]:
    """(qualifier, opposite, verb, the pattern of a part the rate leaves out) for a rate's
    name: a timing qualifier before the rate's verb (及时报备率: 逾期…报备, 未及时报备), or a
    name whose opposite names the other answer of the same deed (好评率: 差评, the shared
    end 评 its verb; numbers.toml ``rates.opposite-names``)."""
    out = []
    for qual, opp in _opposite_pairs():
        at = word.find(qual)
        if at < 0 or word[:at].endswith(_NEGATION):
            continue
        verb = word[at + len(qual) :].removesuffix("率")[:2]
        if len(verb) < 2:
            continue
        missed = re.compile(
            "(?:"
            + "|".join(re.escape(m) for m in (opp, *(n + qual for n in _NEGATION)))
            + f")[\u4e00-\u9fff]{{0,{OPPOSITE_GAP}}}?{re.escape(verb)}"
        )
        out.append((qual, opp, verb, missed))
    for name, opp in _opposite_names():
        if word.removesuffix("率").endswith(name) and not word.endswith(opp + "率"):
            shared = next(
                k for k in range(len(name), -1, -1) if opp.endswith(name[len(name) - k :])
            )
            verb = name[len(name) - shared :]
            out.append((name, opp, verb, re.compile(re.escape(opp))))
    return out


@lru_cache(maxsize=1)
def _opposite_names() -> tuple[tuple[str, str], ...]:
    """(name, opposite) both ways round, of numbers.toml ``rates.opposite-names``."""
    pairs = load_lexicon().data["rates"].get("opposite-names", ())
    return tuple((a, b) for x, y in pairs for a, b in ((x, y), (y, x)))


ASIDE_AFTER_GAP = 1  # characters between a rate's figure and a bracket that gives its figures


def _aside_after(text: str, q: Quantity) -> tuple[int, int]:
    """The span of a bracket opening right after a rate's figure (「好评率达99.87%（共收到评价
    226418条，其中差评395条）」): its figures are the rate's own, as if told before it; (0, 0)
    when none opens there."""
    m = re.compile(f"[ 　]{{0,{ASIDE_AFTER_GAP}}}[（(]([^（()）]*)[）)]").match(text, q.end)
    return (m.start(1), m.end(1)) if m else (0, 0)


def _opposite_bound(
    lex: Lexicon,
    bq: BlockQuantities,
    q: Quantity,
    word: str,
    counts: list[Quantity],
    part_of: dict[int, Quantity],
) -> Relation | None:
    """「报备规范性文件146件，其中逾期报备5件，及时报备率达到100%」: a part of a whole whose
    words put the opposite of the rate's qualifier (逾期 for 及时; or the qualifier negated,
    未按时报送) before the rate's own verb lies outside what the rate counts, so the rate is at
    most (whole － part) ÷ whole. Only a rate above that bound is reported (below it, some of
    the whole may be still open or the base another figure): an error when the whole is of
    the rate's verb too, else a warning. None when no such part precedes the rate."""
    text = bq.text
    aside = _aside_after(text, q)
    for qual, opp, verb, missed in _opposite_readings(word):
        for f in counts:
            if f.sentence != q.sentence:
                continue
            if f.num_start > q.num_start and not aside[0] <= f.num_start < aside[1]:
                continue
            if not missed.search(_clause_before(text, f)):
                continue
            whole = part_of.get(id(f)) or next(
                (
                    w
                    for w in reversed(counts)
                    if w.num_start < f.num_start
                    and w.sentence == f.sentence
                    and w.unit == f.unit
                    and w.low > f.high
                ),
                None,
            )
            if whole is None or whole.unit != f.unit:
                continue
            w_high = bounds(whole)[1]
            f_low = bounds(f)[0]
            if w_high <= f_low:
                continue
            most = (w_high - f_low) / w_high * 100
            unit = Decimal(1).scaleb(-q.decimals)
            if most >= q.low - unit / 2:
                # within the bound: the whole less the part fitting is the rate's reading
                # (the part is never its numerator, 未按时报送2件 for 按时报送率); else the
                # other readings judge it
                if _rate_check(_less(whole, f), whole, q)[0]:
                    return _rate_fits(q, f, whole)
                return None
            same = verb in _clause_before(text, whole) + _name_words(whole, text)
            return _rate_mismatch(
                q,
                _less(whole, f),
                whole,
                fmt((most).quantize(unit if q.decimals else Decimal("0.1"))),
                said=f"{word}{q.text}",
                severity=Severity.ERROR if same else Severity.WARNING,
                note=f"（{f.text}为{opp if opp in _clause_before(text, f) else '未' + qual}，"
                "不在其内，比率至多如此）",
            )
    return None


def _accepted(
    q: Quantity,
    results: list[tuple[tuple[bool, str], Quantity, Quantity]],
    failed: frozenset[int] | set[int] = frozenset(),
) -> Relation | None:
    """The rate read as consistent: by the first reading that fits, else by listed
    categories counted together (:func:`_joined_numerators`), none of them ``failed``."""
    return _first_fit(q, results) or _joined_numerators(q, results, failed)


@lru_cache(maxsize=1)
def _missed_re() -> re.Pattern[str]:
    marks = load_lexicon().data["rates"].get("failed-marks", ())
    return re.compile(
        "(?:" + "|".join(map(re.escape, sorted(marks, key=len, reverse=True))) + ")经?$"
    )


def _missed_doing(word: str, n: Quantity, text: str) -> bool:
    """Do a figure's own words say its items missed the doing the rate counts — a mark of
    numbers.toml ``rates.failed-marks`` right before a verb of the rate's name (未经评估 for
    风险评估率, 超期公示 for 按时公示率, 事后补充审查 for 合法性审查率)?"""
    name = word.removesuffix("率")
    words = clause_tail(text, _SHARE_CLAUSE_MARKS, max(0, n.num_start - 24), n.num_start)
    for i in range(len(name) - 1):
        key = name[i : i + 2]
        at = words.find(key)
        while at > 0:
            if _missed_re().search(words, 0, at):
                return True
            at = words.find(key, at + 1)
    return False


def _less(whole: Quantity, part: Quantity) -> Quantity:
    """The whole less a part, as one figure: （860－17）."""
    return _replace(
        whole,
        value=whole.value - part.value,
        low=whole.low - part.high,
        high=whole.high - part.low,
        number=f"（{whole.number}－{part.number}）",
        decimals=max(whole.decimals, part.decimals),
    )


def _summed(parts: list[Quantity]) -> Quantity:
    """Several figures of one unit read as one: （108＋3）."""
    return _replace(
        parts[0],
        value=sum((p.value for p in parts), Decimal(0)),
        low=sum((p.low for p in parts), Decimal(0)),
        high=sum((p.high for p in parts), Decimal(0)),
        number="（" + "＋".join(p.number for p in parts) + "）",
        decimals=max(p.decimals for p in parts),
    )


def _joined_numerators(
    q: Quantity,
    results: list[tuple[tuple[bool, str], Quantity, Quantity]],
    failed: frozenset[int] | set[int] = frozenset(),
) -> Relation | None:
    """「优秀128卷、良好161卷，优良率92.6%」: a rate may count several listed categories
    together, so the sum of two to four neighbouring figures of one unit (of those its
    readings use) over a base is a reading too — one that can only accept, never report."""
    figures = {id(x): x for _, n, w in results for x in (n, w)}
    bases = [w for _, _, w in results]
    ordered = sorted(figures.values(), key=lambda n: n.num_start)
    for i in range(len(ordered) - 1):
        for j in range(i + 2, min(len(ordered), i + 4) + 1):
            run = ordered[i:j]
            if len({n.unit for n in run}) != 1 or any(id(n) in failed for n in run):
                break
            summed = _summed(run)
            for w in bases:
                if all(w is not n for n in run) and _rate_check(summed, w, q)[0]:
                    return _rate_fits(q, *run, w)
    return None


def _reported_readings(
    lex: Lexicon,
    text: str,
    word: str,
    numerators: list[Quantity],
    results: list[tuple[tuple[bool, str], Quantity, Quantity]],
    failed: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[tuple[bool, str], Quantity, Quantity]]:
    """The readings a contradiction may be reported on, when none fits (a figure ``failed``
    — it missed the rate's doing — never counts what the rate counts, nor, beside such a
    part, the due figure split into it and the done).

    Of several figures the rate's name may count, the one whose words hold most of the name
    is what it counts (仲裁结案率 ← 仲裁结案1204件, not 调解结案787件): when that figure has no
    stated base in the sentence, the rate's base is elsewhere and nothing is reported. A name
    that opens with its base (审结案件中纠错率) is reported only against a base of those words
    (or of that flow stage)."""

    base, core = name_core(word)
    if len(numerators) > 1:
        score = {
            id(n): 0
            if _names_instrument(core, n) or id(n) in failed or (failed and _told_due(text, n))
            else common_substring(core, _name_words(n, text))
            for n in numerators
        }
        top = max(score.values())
        results = [r for r in results if score[id(r[1])] == top]
    if base:
        family = scope_family(lex, base + "的中")
        results = [
            r
            for r in results
            if (
                r[2].family == family
                if family
                else common_substring(base, _name_words(r[2], text)) >= 2
            )
        ]
    return results


def base_qualifiers(lex: Lexicon, word: str) -> list[str]:
    """The qualifiers in a rate's name that narrow the set it is a share of (一审 of 一审败诉率,
    诉前 of 诉前纠纷化解率, 涉企 of 涉企案件办结率: numbers.toml ``rates.base-qualifiers``)."""
    name = name_core(word)[1]
    found: list[str] = []
    for x in lex.data["rates"].get("base-qualifiers", ()):
        at = name.find(x)
        if at < 0:
            continue
        if len(x) == 1:  # a morpheme and the character it takes (涉企)
            x = name[at : at + 2]
            if len(x) < 2:
                continue
        found.append(x)
    return found


def _base_qualifiers_named(lex: Lexicon, text: str, word: str, w: Quantity) -> bool:
    """Do the words of a reading's base carry every qualifier of the rate's name that narrows
    its set (:func:`base_qualifiers`)? 「新收各类行政诉讼案件38061件…一审败诉率7.8%」: 38061
    counts every instance, not the 一审 cases the name is of — not the rate's base."""
    qualifiers = [] if _is_share_word(word) else base_qualifiers(lex, word)
    if not qualifiers:
        return True  # (a share's qualifier names its part: 涉企案件占比 is 涉企 ÷ all)
    words = _name_words(w, text) + w.pre
    return all(x in words for x in qualifiers)


def _told_due(text: str, n: Quantity) -> bool:
    """Do a figure's own words say what was due (需进行合法性审查的86件, 应公示的412件): the
    rate's base, never what it counts however much of its name they hold."""
    words = clause_tail(text, _SHARE_CLAUSE_MARKS, max(0, n.num_start - 24), n.num_start)
    d = _DUE_RE.search(words)
    return d is not None and not words[: d.start()].endswith("不")


def _names_instrument(core: str, n: Quantity) -> bool:
    """Does a figure use the rate's name, a measure in 度 (满意度, numbers.toml
    ``rates.degree``), as a modifier of what it counts (发放满意度调查问卷1,500份: the survey,
    not its outcome)? The name then says nothing of it being counted."""
    for degree in _degree_words():
        if core.endswith(degree):
            at = n.pre.find(degree)
            after = n.pre[at + len(degree) : at + len(degree) + 1] if at >= 0 else ""
            return bool(after) and "\u4e00" <= after <= "\u9fff"
    return False


# a statement whose topic is a rate's change, told before the figure in its sentence:
# 「占比变化：呈下降趋势，下降了2.3%」「占比呈下降趋势，下降了3.1%」
_RATE_TOPIC_RE = re.compile(r"(?:率|占比|比例|比重)(?=变化|呈)")


def _rate_topic(
    bq: BlockQuantities, qs: Sequence[Quantity], idx: int, change_re: re.Pattern[str]
) -> bool:
    """Does the sentence of ``qs[idx]`` open its statement on a rate's change (a rate word
    followed by 变化/呈), only a trend, a comparison and the change word between (not
    「办结率呈上升趋势，受理量较上年增长8%」: another subject's change)?"""
    q = qs[idx]
    start = bq.sentence_span(q.sentence)[0] if bq.sentence_starts else 0
    topic = None
    for found in _RATE_TOPIC_RE.finditer(bq.text, start, q.num_start):
        topic = found  # the last one before the change
    if topic is None:
        return False
    rest = _TOPIC_FILLER_RE.sub("", bq.text[topic.end() : q.num_start])
    change = change_re.search(rest)
    return change is not None and change.start() == 0


# what may stand between a rate's change topic and its change: marks, the trend (呈下降趋势),
# the comparison (同比, 较上月)
_TOPIC_FILLER_RE = re.compile(
    r"[：:，,\s]|变化|呈[\u4e00-\u9fff]{0,4}?(?:趋势|态势)|同比|环比|较上[年月期季]|较去年(?:同期)?|比上[年月]"
)


# the words between an amount and its change clause: a comma, and the comparison (较2023年)
_AMOUNT_CHANGE_GAP_RE = re.compile(r"\s*[，,]\s*")
_AMOUNT_KINDS = ("money", "count")


def _points_of_amount(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「经费投入3961万元，较2023年增加3.3个百分点」: the change of an amount (money, a count)
    told in 个百分点 — points are the difference of two rates. Read when the figure right
    before the change in its sentence is the amount, joined by a bare comma, and neither the
    change's clause nor the amount's names a rate (率, 占比, 比重: 「占比提高1.5个百分点」)."""
    out: list[Relation] = []
    change_re = _change_re(lex)
    comparison = tuple(lex.data["rates"]["comparison"])
    qs = [q for q in bq.quantities if not q.quoted]
    for idx in range(1, len(qs)):
        q, prev = qs[idx], qs[idx - 1]
        if q.kind != "points" or prev.kind not in _AMOUNT_KINDS or prev.sentence != q.sentence:
            continue
        pre = q.pre.strip(" 　")
        if not change_re.search(pre) or not pre.startswith(comparison):
            continue
        if prev.depth != q.depth or not _AMOUNT_CHANGE_GAP_RE.fullmatch(
            bq.text, prev.end, q.pre_start
        ):
            continue
        if _RATE_SUBJECT_RE.search(pre) or _RATE_SUBJECT_RE.search(prev.pre + prev.after):
            continue
        out.append(
            Relation(
                "points",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                (span_of(q), span_of(prev)),
                code="N106",
                severity=Severity.WARNING,
                message=(
                    f"「{prev.text}，{pre[-8:]}{q.text}」：{prev.text}不是比率，"
                    "“个百分点”只用于两个比率之差，数额的增减应以“%”或绝对数表述"
                ),
                suggestion=f"若指相对增幅，写作“{q.number}%”",
            )
        )
    return out


def _points_impossible(rate: Quantity, q: Quantity, word: re.Match[str] | None) -> bool:
    """「占一审常规行政案件的20%，同比上升220%」: read in points, the change would put the rate
    before it below 0% (a rise larger than the rate) or above 100% (a fall that large): the %
    is a relative change — of the rate or of the count its clause chain is about — and no
    slip of 个百分点."""
    if word is None:
        return False
    if change_direction(word.group(0)) > 0:
        return q.value > rate.value
    return rate.value + q.value > 100


def _bracket_remark_of_amount(text: str, qs: Sequence[Quantity], j: int) -> bool:
    """Is ``qs[j]`` the only figure of a bracket opening right after an amount (count,
    money) of the depth outside it (「99984件（占全省法院案件总数的40.26%）」)?"""
    if j == 0:
        return False
    p, rate = qs[j - 1], qs[j]
    return (
        p.kind in _AMOUNT_KINDS
        and p.depth == rate.depth - 1
        and _BRACKET_AFTER_AMOUNT_RE.fullmatch(text, p.end, rate.num_start) is not None
    )


_BRACKET_AFTER_AMOUNT_RE = re.compile(r"\s*[（(][^（()）0-9０-９，,；;。]*")


def points_relations(bq: BlockQuantities, lex: Lexicon) -> list[Relation]:
    """「覆盖率为54.8%，较去年同期提高16.7%」: a rate's change belongs in 个百分点."""
    out: list[Relation] = _points_of_amount(bq, lex)
    change_re = _change_re(lex)
    comparison = tuple(lex.data["rates"]["comparison"])
    qs = [q for q in bq.quantities if not q.quoted]
    # the first count of each sentence (its index): a count before a figure in its sentence
    # is looked up, not sought among all the figures before it (quadratic in a long paragraph)
    first_count: dict[int, int] | None = None
    for idx, q in enumerate(qs):
        if q.kind != "percent":
            continue
        pre = q.pre.strip(" 　")
        if not change_re.search(pre):
            continue
        subject_is_rate = bool(_RATE_SUBJECT_RE.search(pre)) or _rate_topic(bq, qs, idx, change_re)
        prior_rate = None
        if not subject_is_rate:
            for j in range(idx - 1, -1, -1):  # (not reversed(qs[:idx]): a copy per figure)
                p = qs[j]
                if p.sentence != q.sentence:
                    break
                if p.kind == "percent" and rate_word(p):
                    if p.depth > q.depth and _bracket_remark_of_amount(bq.text, qs, j):
                        # 「受理案件99984件（占全省…的40.26%），同比下降1.76%」: the rate is the
                        # bracket's remark on the amount before it; the change is the amount's
                        break
                    prior_rate = p
                    break
                if p.kind != "percent":
                    break
            if prior_rate is None or not pre.startswith(comparison):
                continue
            # 「收到申请96件，按时答复率100%，较上年增长30%」: 增长/增加 of a count named earlier
            if first_count is None:
                first_count = {}
                for j, p in enumerate(qs):
                    if p.kind == "count":
                        first_count.setdefault(p.sentence, j)
            count_before = first_count.get(q.sentence, idx) < idx
            if count_before and _COUNT_CHANGE_RE.search(pre):
                continue
        if prior_rate is not None and _points_impossible(prior_rate, q, change_re.search(pre)):
            continue
        if (
            prior_rate is None
            and q.value > 100
            and (word := change_re.search(pre)) is not None
            and change_direction(word.group(0)) > 0
        ):
            # 「审查报备率同比增长886.4%」: read in points the rate would stand above 100%, so
            # the % is its relative change, as a rise larger than a stated rate is
            continue
        about = rate_word(prior_rate) if prior_rate is not None else "比率"
        spans = (span_of(q),) + ((span_of(prior_rate),) if prior_rate else ())
        out.append(
            Relation(
                "points",
                Verdict.CONTRADICTION,
                q.block,
                (q.num_start, q.end),
                spans,
                code="N106",
                severity=Severity.WARNING,
                message=(
                    f"「{pre[-6:]}{q.text}」说的是{about}"
                    f"{'（' + prior_rate.text + '）' if prior_rate else ''}的变化，"
                    "比率的增减通常以“个百分点”表述"
                ),
                suggestion=f"若指两个比率之差，写作“{q.number}个百分点”；若指相对增幅，请写明基数",
            )
        )
    return out
