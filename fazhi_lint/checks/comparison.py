"""``C1xx`` — comparisons with other reports: last year's (``--previous``) and the other
reports of one batch (``--compare``).

These checks need a second document, so they report nothing in an ordinary ``check`` run;
:mod:`fazhi_lint.comparison` runs them when the option is given. They are declared here so
that ``rules``, ``explain``, ``--select``/``--ignore`` and severity settings treat them like
every other check.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Diagnostic, Severity
from ..plugins import CheckContext, check


def _run_by_comparison(ctx: CheckContext) -> Iterable[Diagnostic]:
    return ()  # see fazhi_lint.comparison


@check(
    "C101",
    "copied-share",
    Severity.INFO,
    "与上年报告相比，各部分照搬或基本照搬的句子所占比例",
)
def copied_share(ctx: CheckContext) -> Iterable[Diagnostic]:
    """The share of this year's sentences copied from last year's report, per part.

    What it finds: with ``--previous 上年报告``, each part of this year's report (总体情况和
    成效 C1, 不足和原因 C2, 第一责任人职责 C3, 下一年度安排 C4) is compared sentence by sentence
    with last year's; a sentence of at least 15 Chinese characters is a copy when it is the
    same as one of last year's, or nearly so once numbers are set aside and the words are
    compared regardless of order (jieba word segmentation, rapidfuzz similarity of at least
    85). One finding for the whole report gives the share of copied sentences in each part
    and in the whole text. Only reports of the profile's kind are compared.

    Why: evaluators criticise a report copied from last year («照搬照抄») more than anything
    but missing parts; the share tells the reviewer at once where to look.

    错误示例:
        存在的不足：……（与上年报告的「存在的不足」逐句相同，照搬比例 100%）
    正确示例: 每年根据当年情况重写各部分，沿用的表述只占少数。
    """
    return _run_by_comparison(ctx)


@check(
    "C102",
    "copied-from-previous",
    Severity.WARNING,
    "段落照搬或基本照搬上年报告",
)
def copied_from_previous(ctx: CheckContext) -> Iterable[Diagnostic]:
    """A paragraph of this year's report copied from last year's.

    What it finds: with ``--previous``, each paragraph holding sentences that are copies or
    near-copies of last year's (see C101), with last year's place and text beside it. Copied
    不足和原因 (C2) and 下一年度安排 (C4) are warnings: the same problems and the same plans
    year after year mean nothing was done about them. In 总体情况和成效 (C1) a copied
    paragraph is a warning when its counts and amounts are also last year's (a yearly count
    that did not change is suspicious; a rate such as 100% recurs legitimately), information
    when the figures were updated or there are none; in
    other parts it is information.

    Why: a reviewer with last year's file open beside this year's does this by hand, if at
    all; the finding shows both places side by side.

    错误示例:
        2024年：存在的不足……基层执法人员法治素养有待提高。（2023年报告同一句）
    正确示例: 写明本年度新发现的问题及其原因；上年问题的整改情况另行说明。
    """
    return _run_by_comparison(ctx)


@check(
    "C103",
    "plan-not-reported",
    Severity.INFO,
    "上年报告的下一年度安排在本年工作情况中没有提及",
)
def plan_not_reported(ctx: CheckContext) -> Iterable[Diagnostic]:
    """A plan item of last year's report that this year's report never mentions.

    What it finds: with ``--previous``, each item of last year's 下一年度安排 (a sub-heading,
    or a paragraph's first sentence where there are no sub-headings) is looked for in this
    year's 总体情况和成效: it counts as reported on when one paragraph there (with the next
    one) holds at least 60% of the item's own words and two of them side by side (jieba
    words; words every plan uses, such as 推进、加强、进一步, do not count — they are listed
    in ``comparison.toml``), so that 「打造…队伍」 in another context is no mention. Each item
    not found is listed, so the reviewer can ask about it.

    Why: plans that are never reported on are a common criticism of these reports; a
    missing item may also just be worded differently, hence information only.

    错误示例:
        上年报告：（三）建成行政执法监督信息平台。本年报告的工作情况中只字未提。
    正确示例: 本年工作情况中逐项交代上年安排的落实情况（已完成、推进中或调整的原因）。
    """
    return _run_by_comparison(ctx)


@check(
    "C104",
    "yearly-change-mismatch",
    Severity.WARNING,
    "本年数字与所述同比变化推出的上年数字，和上年报告不符",
)
def yearly_change_mismatch(ctx: CheckContext) -> Iterable[Diagnostic]:
    """A year-on-year change that does not agree with last year's own figure.

    What it finds: with ``--previous``, a count stated this year together with its change
    (「办理行政复议案件120件，较上年增加30件」 or 「…同比增长20%」) gives last year's
    figure (90件, 100件); when last year's report states the same count (same verb, same
    noun, same unit) exactly once with another value, the two reports contradict each other.
    A percentage is allowed one unit of its last printed digit for rounding. Nothing is
    judged when the two reports' years are known and not consecutive.

    Why: a statistics contradiction is the worst defect of a report; between two years it is
    found only by someone who has both files open.

    错误示例:
        本年：办理行政复议案件120件，较上年增加30件。上年报告：办理行政复议案件86件。
    正确示例: 变化按上年报告的数字计算（120件，较上年增加34件），或说明上年数字已更正。
    """
    return _run_by_comparison(ctx)


@check(
    "C105",
    "shared-between-reports",
    Severity.INFO,
    "同一批报告中，不同报告有相同或基本相同的段落",
    options={"warning-chars": 150},
)
def shared_between_reports(ctx: CheckContext) -> Iterable[Diagnostic]:
    """A passage shared by several reports of one batch.

    What it finds: with ``--compare`` (checking several files), paragraphs of at least 40
    Chinese characters that occur, the same or nearly so (jieba word shingles, MinHash/LSH
    candidate search, then a Jaccard similarity of at least 0.6), in two or more different
    reports (paragraphs with a sentence end: prose, not a table row read as a line; only
    documents that are reports of the profile's kind). Consecutive shared paragraphs are one passage; each passage is one finding, on
    the first report that holds it, listing every place. A passage of at least
    ``warning-chars`` Chinese characters (150) is a warning, a shorter one information.

    Why: departments' reports that share whole paragraphs were copied from each other or
    from a template, not written from the department's own work.

    错误示例:
        区司法局报告和区市场监管局报告都有一段相同的「严格规范公正文明执法」工作情况。
    正确示例: 每个单位只写本单位的工作、数字和问题。
    """
    return _run_by_comparison(ctx)
