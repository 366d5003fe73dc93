"""``C1xx`` — comparisons with other reports: last year's (``--previous``) and the other
reports of one batch (``--compare``).

These checks need a second document, so they report nothing in an ordinary ``check`` run;
:mod:`fazhi_lint.comparison` runs them when the option is given. They are declared here so
that ``rules``, ``explain``, ``--select``/``--ignore`` and severity settings treat them like
every other check.
"""

from __future__ import annotations

from collections.abc import Iterable

from fazhi_lint.model import Diagnostic, Severity
from fazhi_lint.plugins import CheckContext, check


def _run_by_comparison(ctx: CheckContext) -> Iterable[Diagnostic]:
    return ()  # see fazhi_lint.comparison


@check(
    "C101",
    "copied-share",
    Severity.INFO,
    "与上年报告相比，各部分照搬或基本照搬的句子所占比例",
)
def copied_share(ctx: CheckContext) -> Iterable[Diagnostic]:
    """检查什么：使用 ``--previous 上年报告`` 时，把本年报告的各部分（总体情况和成效 C1、不足和原因
    C2、第一责任人职责 C3、下一年度安排 C4）逐句与上年报告比较；不少于15个汉字的句子与上年某句相同，
    或撇开数字、不计词序比较词语后基本相同（jieba 分词，rapidfuzz 相似度不低于85），即算照搬。全文一条，
    给出各部分和全文照搬句子所占的比例。只比较属于本配置方案类型的报告。

    为什么：除缺少必备内容外，评议者批评最多的就是照搬上年报告（“照搬照抄”）；各部分的比例让审核人员
    一眼看出该查哪里。

    上年报告也可以从审查台账中取：审查台中确认了报送单位的报告，或 ``check 文件 --ledger 台账 --unit
    单位``，与台账中该单位已确认的上年度报告比较（有多份时取最新一版，并说明用的是哪一份）；系统推测、
    未经确认的单位一律不用。

    不报告：没有 ``--previous``、台账中也没有该单位已确认的上年报告时不运行；不是本类型报告的文件不比较；
    少于15个汉字的短句和分级标题（「（二）深入学习宣传贯彻习近平法治思想。」）不计。

    错误示例：
        存在的不足：……（与上年报告的「存在的不足」逐句相同，照搬比例 100%）

    正确示例：
        每年根据当年情况重写各部分，沿用的表述只占少数。
    """
    return _run_by_comparison(ctx)


@check(
    "C102",
    "copied-from-previous",
    Severity.WARNING,
    "段落照搬或基本照搬上年报告",
)
def copied_from_previous(ctx: CheckContext) -> Iterable[Diagnostic]:
    """检查什么：使用 ``--previous`` 时，本年报告中含有照搬或基本照搬上年句子（见 C101）的每个段落，
    并列出上年报告中的位置和原文。照搬的“不足和原因”（C2）和“下一年度安排”（C4）为警告：年年相同的问题
    和安排，说明并未整改落实。“总体情况和成效”（C1）中照搬的段落，若其中的件数、金额也与上年相同
    （年度数字未变令人生疑；100%这类比率年年相同属正常），为警告；数字已更新或没有数字的为提示；其他
    部分为提示。

    为什么：审核人员要把上年的文件摆在旁边逐段对照才能发现，往往顾不上；本条把两处并排列出。

    不报告：没有 ``--previous`` 时不运行；规范表述和短句不算照搬（见 C101）。

    错误示例：
        2024年：存在的不足……基层执法人员法治素养有待提高。（2023年报告同一句）

    正确示例：
        写明本年度新发现的问题及其原因；上年问题的整改情况另行说明。
    """
    return _run_by_comparison(ctx)


@check(
    "C103",
    "plan-not-reported",
    Severity.INFO,
    "上年报告的下一年度安排在本年工作情况中没有提及",
)
def plan_not_reported(ctx: CheckContext) -> Iterable[Diagnostic]:
    """检查什么：使用 ``--previous`` 时，上年报告“下一年度安排”的每一项（小标题，没有小标题时取段落
    首句）在本年“总体情况和成效”中查找：那里有一个段落（连同下一段）含有该项自身词语的至少60%，且其中
    两个词相邻出现（jieba 分词；“推进、加强、进一步”这类每项安排都用的词不计，列在 ``comparison.toml``
    中），才算有交代，这样「打造…队伍」出现在别的语境中不算。每一项没有找到的安排列出一条，供审核人员询问。

    为什么：报告中的工作安排从不交代落实情况，是评议中常见的批评；但某项也可能只是换了说法，所以只作提示。

    不报告：没有 ``--previous`` 时不运行；上年报告没有可识别的“下一年度安排”时不比较。

    错误示例：
        上年报告：（三）建成行政执法监督信息平台。本年报告的工作情况中只字未提。

    正确示例：
        本年工作情况中逐项交代上年安排的落实情况（已完成、推进中或调整的原因）。
    """
    return _run_by_comparison(ctx)


@check(
    "C104",
    "yearly-change-mismatch",
    Severity.WARNING,
    "本年数字与所述同比变化推出的上年数字，和上年报告不符",
)
def yearly_change_mismatch(ctx: CheckContext) -> Iterable[Diagnostic]:
    """检查什么：使用 ``--previous`` 时，本年写出的数字及其同比变化（「办理行政复议案件120件，较上年
    增加30件」或「…同比增长20%」）推出上年的数字（90件、100件）；上年报告对同一数量（同一动词、名词和
    单位）恰好写过一次且数值不同，两份报告即相互矛盾。百分比允许末位数字相差1（四舍五入）。

    为什么：数字自相矛盾是报告最严重的缺陷；跨年度的矛盾只有把两份文件都打开的人才能发现。

    不报告：两份报告的年度已知且不相邻时不判断；上年报告对同一数量写了多次或没有写时不判断。

    错误示例：
        本年：办理行政复议案件120件，较上年增加30件。上年报告：办理行政复议案件86件。

    正确示例：
        变化按上年报告的数字计算（120件，较上年增加34件），或说明上年数字已更正。
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
    """检查什么：使用 ``--compare``（一次检查多个文件）时，不少于40个汉字、在两份或更多不同报告中
    相同或基本相同的段落（jieba 词语片段，MinHash/LSH 找候选，再要求 Jaccard 相似度不低于0.6）；只比较
    有句末标点的段落（正文，而不是按行读出的表格行），只比较属于本配置方案类型的报告。相连的相同段落
    合为一段；每段一条，记在第一份含有它的报告上，并列出所有位置。不少于 ``warning-chars`` 个汉字（150）
    的为警告，较短的为提示。

    为什么：不同部门的报告有整段相同的文字，说明是互相抄录或套用模板，而不是根据本单位的工作写成的。

    审查台中，同一批上传的报告检查完后自动相互比较。同一段相同文字按其文字识别（不论文件名和顺序），
    所以基线（``--baseline``）能隐去已知的相同段落，审查结论也随之保留。

    不报告：没有 ``--compare`` 时不运行（审查台除外）；同一份报告内部的重复由 T201 检查。

    错误示例：
        区司法局报告和区市场监管局报告都有一段相同的「严格规范公正文明执法」工作情况。

    正确示例：
        每个单位只写本单位的工作、数字和问题。

    选项：
        ``warning-chars``（默认 150）：相同段落至少这么多个汉字时报告为警告，较短的为提示。
    """
    return _run_by_comparison(ctx)
