"""N — statistics that contradict each other.

The checks read the relations computed once per document by
:mod:`fazhi_lint.analysis.relations` (quantities from :mod:`fazhi_lint.analysis.quantities`),
and report only contradictions, each with the arithmetic in its message and the spans of
every number involved (``Diagnostic.related``). An arithmetic contradiction is an error;
a heuristic (plausibility, wording) is a warning or a note.
"""

from __future__ import annotations

from collections.abc import Iterator

from fazhi_lint.analysis.relations import (
    Relation,
    Verdict,
)
from fazhi_lint.model import Diagnostic, Severity
from fazhi_lint.plugins import CheckContext, check


def _relations(ctx: CheckContext) -> list[Relation]:
    return ctx.views.relations


def _report(ctx: CheckContext) -> Iterator[Diagnostic]:
    """Diagnostics for this check's code from the shared relations."""
    blocks = {b.index: b for b in ctx.document.blocks}
    default = ctx.check.severity
    for rel in _relations(ctx):
        if rel.verdict is not Verdict.CONTRADICTION or rel.code != ctx.check.code:
            continue
        block = blocks.get(rel.block)
        if block is None:
            continue
        severity = ctx.severity
        if rel.severity is not None and rel.severity < default:
            # a weaker sub-case of this rule (e.g. 「另一起」 instead of 「其余」)
            severity = min(ctx.severity, rel.severity)
        elif rel.severity is not None and rel.severity > default and ctx.severity == default:
            # a certain sub-case of a warning rule (the text rules out the explanation, a
            # figure off by a power of ten), unless the profile set the rule's severity
            severity = rel.severity
        yield ctx.diagnostic(
            rel.message,
            block,
            rel.span[0],
            rel.span[1],
            suggestion=rel.suggestion,
            severity=severity,
            related=rel.involved,
            data={k: v for k, v in rel.data.items() if isinstance(v, (str, int, list))},
        )


@check("N101", "parts-exceed-total", Severity.ERROR, "分项之和超过总数")
def parts_exceed_total(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：分项之和超过总数（「共X，其中A、B、C」、括号内分项、句首「其中」列出的上一句总数的分项）。

    为什么：分项是总数的一部分，其和不可能超过总数；超出说明某个数字写错或漏算。
    嵌套的「其中」按各自上级核对（770＝695＋75，75＝2＋34＋12＋22＋5）。

    不报告：除最后一项外各项之和恰好等于总数、且最后一项不大于前一项（读作前一项的细分：办结103件＝
    案前39件＋受理后64件，案中调解31件属后者）；分项按不同口径分类（涉企96件、简易程序128件，
    可能重叠；人员的不同属性如女性、35岁以下、党员、少数民族同理）；限定名词的数字（「规模超过
    2,000人的学校」「500万元以上的项目」）；人均、每千人、「较上年增加」这类数字。分项在下一句列出而未用「其中」时为警告。
    列表在哪里结束有多种合理读法时（分号后另起一句、转入下一流程环节、「审结…尚未审结」），
    任一读法相符即不报告；带小数的数字按所印精度四舍五入，分项之和与总数之差在
    （分项数＋1）个末位半单位以内视为相符（4.79万＋0万＋246.47万＝251.26万，总数251.25万元）。

    包含关系：文中以结构说明某数取自某一集合时，该数也不得多于集合——开头点明范围的分句
    （「受理的仲裁案件中」「对排查出的线索，」「上述投诉中」，按与前文数字共有的字和同类单位
    对应，「受理的」这类环节词须相同）、范围内自带的总数（「全镇26个村中」）、「经调查属实的」，
    以及按领域/类型分列且与总数同一动词的分项（警告）、「共有/现有/下辖」的家底与其后同名
    单位的数量（警告）。人次、户次不与人、户比较；累计、历年、上年、另一主体（全市对全区）、
    另一时段的数字不算；概数（近百个、百余所）按其区间；跨段落仅凭字面对应时为警告。

    错误示例：
        检查组共下达责令整改通知书145份。其中，质量整改通知书19份；安全、文明施工整改通知书80份；建筑市场整改通知书33份，实名制整改通知书23份。

    正确示例：
        检查组共下达责令整改通知书155份。其中，质量整改通知书19份；安全、文明施工整改通知书80份；建筑市场整改通知书33份，实名制整改通知书23份。
    """
    return _report(ctx)


@check("N102", "partition-sum-mismatch", Severity.ERROR, "完整划分的分项之和与总数不等")
def partition_sum_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：明确完整的划分（「分别为」「其余」、普通程序/简易程序这类互补分项、表格的合计/小计行）之和少于总数。

    为什么：一般的「其中」可以只列部分，少于总数不算错；但声明为完整划分时必须相等。
    「另一起」这类较弱的完整性提示降为警告。「从来源看，A、B和C分别占…」这类说明为分布、以“和”收尾
    且未写“等”“其他”“主要”的占比列举，合计超过100%为错误，不足100%为警告。
    表格按所有合理读法核对，任一读法相符即不报告：类/款/项分级的预算表（201、20101、2010101，
    上级行是其后各行的小计）只加总顶层各行；「其中」行不计入；「本年收入合计」这类小计行可代表
    其上各行；带小数的金额允许四舍五入误差。PDF中空单元格不占位，无法确定某行数字属于哪一列时，
    该列不判断；跨页续表与前页合并，无法合并而从数据行开始的表格可能缺少前页各行，少于合计时不判断。

    错误示例：
        行政处罚共13943件（普通程序1157件，简易程序12686件）。（1157+12686＝13843≠13943）

    正确示例：
        行政处罚共13943件（普通程序1157件，简易程序12786件）。
    """
    return _report(ctx)


@check("N103", "accepted-exceeds-received", Severity.ERROR, "受理数多于收到数")
def accepted_exceeds_received(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：受理（立案）的数量多于同一段中收到的数量，或受理与不予受理之和多于收到数；
    「从中」取出的后一环节（「收到举报线索86件，从中立案93件」）多于其来源。

    为什么：受理是对收到的申请作出的处理，不可能多于收到的数量。

    错误示例：
        全年共收到行政复议申请80件，受理83件，不予受理5件。

    正确示例：
        全年共收到行政复议申请111件，受理83件，不予受理28件。
    """
    return _report(ctx)


@check("N104", "rate-mismatch", Severity.ERROR, "比率与其分子分母不符")
def rate_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：文中给出的比率与同一句里它自己的分子、分母重新计算的结果不符。

    为什么：比率由分子分母算出，应与之一致。容差为所印精度的半个单位（89.08% 容差0.005个百分点），
    也接受截尾写法。只有分子能由比率名称确认（参与率←参与执法253人）、分母是其总数（「其中」的上级、
    「总数」「共」）或上一流程环节（办结率←受理）时才核对，否则不判断。「应考…实考…」这类应/实
    之后的动词正是比率名称的末字时（参考率），按实考÷应考核对；「天数」计的天（有效监测天数365天）
    是可作分子分母的计数；「其中差评412条，其余均为满意评价」中以比率名称称呼的“其余”部分（总数减
    所列各项）也是一种读法，只凭这种读法判断不符时报告为警告。

    错误示例：
        全区行政执法人员284人，其中参与执法253人，人员参与率89.80%。（253÷284＝89.08%）

    正确示例：
        全区行政执法人员284人，其中参与执法253人，人员参与率89.08%。
    """
    return _report(ctx)


@check("N105", "rate-over-100", Severity.ERROR, "不可能超过100%的比率超过了100%")
def rate_over_100(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：覆盖率、参与率、受理率、结案率、满意率、占比等比率超过100%。

    为什么：这些比率的分子是分母的一部分，不会超过100%。增长率、完成率等可以超过100%的比率不报告
    （可在 numbers.toml 的 ``rates.uncapped`` 中增补）。

    错误示例：
        行政机关负责人出庭应诉率103%。

    正确示例：
        行政机关负责人出庭应诉率100%。
    """
    return _report(ctx)


@check("N106", "percent-for-points", Severity.WARNING, "比率的变化用了“%”而非“个百分点”")
def percent_for_points(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：比率（覆盖率、结案率……）的增减写成「提高X%」，而两个比率之差应写「X个百分点」。

    为什么：「覆盖率54.8%，较去年提高16.7%」可理解为提高16.7个百分点（去年38.1%），也可理解为
    相对增长16.7%（去年约47.0%），两者相差很大。写作「个百分点」或写明基数可消除歧义。
    这是措辞判断，为警告。

    错误示例：
        人员覆盖率为54.8%，较去年同期提高16.7%。

    正确示例：
        人员覆盖率为54.8%，较去年同期提高16.7个百分点。
    """
    return _report(ctx)


@check("N107", "concluded-exceeds-intake", Severity.WARNING, "办结数多于收到或受理数且未说明原因")
def concluded_exceeds_intake(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：办结（审结、结案）的数量多于收到数，或在未给出收到数时多于受理数，且文中没有说明上年结转、
    案前调解等原因。

    为什么：多出的部分通常来自上年结转或受理前化解，这是正常的，但应当写明；否则读者会怀疑数字有误。
    办结数不超过收到数时（收到111件、受理83件、办结103件，其中案前调解39件）不报告。

    错误示例：
        全年受理行政复议案件83件，办结103件。

    正确示例：
        全年收到行政复议案件111件，受理83件，办结103件，其中案前调解、和解结案39件。
    """
    return _report(ctx)


@check("N108", "change-mismatch", Severity.ERROR, "同比增减幅度与所比较的两个数字不符")
def change_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：「较上年的1050件增长11.2%」「由78.5%提高到93.2%，提高了13.7个百分点」中，增减幅度与文中给出的
    本期数、基期数重新计算的结果不符，或增减方向与数字相反。

    为什么：文中同时给出了两期数字，增减幅度由它们算出，应当一致。基期数由句子结构确定：「较/比/同比
    …的」「上年为」「2023年为」「由…到…」之后的数字；本期数是同一句中同单位的其他数字。百分比按
    （本期－基期）÷基期核对，「个百分点」按两个比率之差核对，容差为各数字所印精度的半个单位（也接受
    截尾）。有几种读法时，任一读法相符即不报告；都不符时列出每种读法的算式。两个比率之间的
    「提高X%」恰为两者之差时，按“%”与“个百分点”混用报告（N106）。只说方向、不给幅度时（「较上年的
    19起、8人实现“双下降”」「较上年的398件有所减少」），逐一核对每个数字与本期同单位数字的增减方向；
    「翻了一番」「增长一倍」所在句只给出基期数（「与上年的172名相比」）时，与前文（或同一标题下前几
    段）同一事物的本期数核对，报告为警告。

    错误示例：
        全年办理法律援助案件1236件，较上年的1050件增长11.2%。（（1236－1050）÷1050＝17.7%）

    正确示例：
        全年办理法律援助案件1236件，较上年的1050件增长17.7%。
    """
    return _report(ctx)


@check("N201", "implausible-magnitude", Severity.WARNING, "数量级不合常理，疑似单位错误")
def implausible_magnitude(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：「万」「亿」前有五位以上整数（28101万次，即2.8亿次），或不可分的事物出现小数（3.5起）；
    以万元计的总额下，某一分项写成“元”（可在后面几句中），按“万元”读恰好相加等于总额。

    为什么：正常写法会进位为「亿」或直接写整数，五位数加「万」多半是把原始数字后面误加了「万」。
    金额、面积不检查（预算常写作28101万元）；「人均」「平均」后的小数不报告。

    错误示例：
        开展矛盾纠纷排查28101万次。

    正确示例：
        开展矛盾纠纷排查28101次。
    """
    return _report(ctx)


@check("N202", "approximation-misuse", Severity.WARNING, "概数表述矛盾或不当")
def approximation_misuse(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：「余」「多」用在末位不是0的数字后（1518余件）；同时用两个概数词（约……余、近……多、
    超过……以上、约……左右）。小数后加「余」（44.7万余次）为提示。

    为什么：「余」表示零头，只能跟在整十、整百等整数后；精确数字加「余」自相矛盾。
    （GB/T 15835-2011《出版物上数字用法》）

    错误示例：
        预防矛盾纠纷1518余件；约5000余人次参加。

    正确示例：
        预防矛盾纠纷1518件；5000余人次参加。
    """
    return _report(ctx)


@check("N203", "announced-count-mismatch", Severity.WARNING, "宣布的数量与列出的项目数不符")
def announced_count_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：「涵盖A、B、C、D、E五个领域」「4个部门（A、B、C、D）」「三张清单：A、B、C」「从三个方面：
    一是……二是……」中，数量词与紧邻列出的项目个数不一致；也查后文回指的列表（「这五类问题分别是……」
    「上述制度包括……」，名词按共有的字比对）、以「其一……其二」或编号段落列出的项目（含无句末标点的标题
    「（三）扎实推进四项改革」之后的「1.……2.……」）。

    为什么：数量词与所列项目对不上，说明漏列、多列或数量写错。只在项目能可靠计数时判断
    （紧邻的顿号列表、括号列表、冒号后的列表、一是/二是列举、冒号后紧接的编号段落）；
    「四个意识」等固定说法不检查；「A、B等五个方面」只在列出的多于宣布的时报告；跨句、跨段回指的
    列表是依读法的链接，只报警告，两个数量词都可能被同一处回指时不判断。

    错误示例：
        推动落实4个部门（政务服务办、市场监管局、数字办）常务会前讲法工作。

    正确示例：
        推动落实3个部门（政务服务办、市场监管局、数字办）常务会前讲法工作。
    """
    return _report(ctx)


@check("N204", "missing-unit", Severity.WARNING, "并列数字中有一个缺少单位")
def missing_unit(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：并列列举的数字中，前后各项都带单位（件、人次……），其中一项却只有数字。

    为什么：缺少单位的数字无法理解，常是编辑时误删。只在紧邻的并列项带同一单位时报告；
    热线号码、编号、「第N」、引号内的数字不检查。

    错误示例：
        主动公开行政规范性文件1件，重大行政决策1件，行政许可1513，行政处罚4件。

    正确示例：
        主动公开行政规范性文件1件，重大行政决策1件，行政许可1513件，行政处罚4件。
    """
    return _report(ctx)


@check("N205", "average-mismatch", Severity.WARNING, "平均数与总数和数量不符")
def average_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：「平均每家次约32项」「人均1.23万元」「日均约767件」与同一句中的总数、数量重新计算的结果不符；
    发给每人（每户、每件）的款项（补贴、救助、工资、罚款等，上限见 numbers.toml 的 magnitude.per-head）
    按句中总额和人数算出的人均数（或直接写出的「人均……」）超出合理上限，多为“元”误写为“万元”；
    或低于该类款项写明的合理下限（为农民工追回的工资每人不足100元），多为漏写“万”。

    为什么：平均数由总数除以数量得到，文中同时给出时应当一致；不符多为小数点错位或漏写“万”。
    日均按句中写明的工作日数计算，未写明时按365天；「人均月」再除以12个月。平均数常为约数，
    与计算结果相差不超过5%（或其所印精度）即视为相符。这是依读法的判断，为警告。

    错误示例：
        全年检查企业1426家次，共发现各类事故隐患4562项，平均每家次发现隐患约32项。（4562÷1426＝3.2）

    正确示例：
        全年检查企业1426家次，共发现各类事故隐患4562项，平均每家次发现隐患约3.2项。
    """
    return _report(ctx)


@check("N206", "exceeds-stated-base", Severity.WARNING, "数字超过文中所述的总数或人口")
def exceeds_stated_base(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：同一段中先说明了总量（「全镇共有行政村18个」「常住人口1.8万人」），后面同类事物的数字却超过它
    （「在全镇21个行政村全部建成」），或参与人次超过常住人口的12倍（每人每月一次）；同一标题下
    前文所述的人口也约束后文的人次（「常住人口约4.6万人」……「普法宣传受众达380万人次」）。

    为什么：部分不会多于文中自己给出的总数；人次远超人口，多半是多写一位或误加“万”。同类事物以
    共有的名词判断（行政村／行政村）；线上观看、点击等可覆盖外地人群的数字，以及说明辐射周边、
    多年累计或另一地区的数字，不按人口核对。为警告。

    错误示例：
        全镇共有行政村18个，年内在全镇21个行政村全部建成公共法律服务工作室。

    正确示例：
        全镇共有行政村18个，年内在全镇18个行政村全部建成公共法律服务工作室。
    """
    return _report(ctx)


@check("N301", "year-mismatch", Severity.WARNING, "年份与报告年度不符")
def year_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：年份与报告年度不符：成效、不足部分的标题或句首年份不是报告年度（且该句有统计数字），
    下一年度安排写成了别的年份（含「下一年度，即2023年」；「下一步……。2023年，我局将重点抓好以下
    工作」在2023年度报告中），或已完成的工作写在报告撰写之后的日期（「截至2024年6月底」「截止到
    2024年4月中旬」「到2024年7月」「（数据截至2024年6月底）」「2024年1—5月」「自2024年秋季学期起已
    全部开设」出现在2023年度报告中）。

    为什么：沿用往年材料时最常见的痕迹就是年份没改；报告在次年第一季度写成，写不出之后的情况。
    已完成的工作写在报告年度两年以后（2022年度报告中的「2024年，我局共开展……」）为错误。
    次年第一季度的事项（如2月公布施行的规章）属正常情况，不报告；计划、期限和目标（将、计划于、
    力争、……前）以及下一步工作部分里的日期不报告；往年数字被后文「较上年」「同比」当作比较基数
    且计算相符时，是对比的背景，不报告。报告年度由标题、开头段、标题中的年份或落款日期
    确定，无法确定时不检查。

    错误示例（2024年度报告）：
        天津市某区2024年度法治政府建设情况报告
        一、2023年法治政府建设主要举措和成效
        2023年，共收到行政复议案件111件。

    正确示例（2024年度报告）：
        天津市某区2024年度法治政府建设情况报告
        一、2024年法治政府建设主要举措和成效
        2024年，共收到行政复议案件111件，较2023年增长12%。
    """
    return _report(ctx)


@check("N302", "year-total-below-part", Severity.ERROR, "全年数少于上半年等部分时段的数")
def year_total_below_part(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：同一事项的全年数少于上半年、一季度、前三季度、第四季度、1—9月、4—6月等年内
    部分时段的数，或互不重叠的几个时段（一季度与二季度）合计超过全年；同一段、相邻段或同一标题下
    相隔几段都比较（相隔较远的为警告）。「2023年上半年」与「2023年全年」按所写年份比较。
    全年「开展了3次专项检查」，下一段只写时段、轻动词和量词（「上半年组织两次，下半年组织两次」）
    时，各时段合计应等于全年数（警告）。

    为什么：全年包含上半年，同一事项的全年数不可能少于上半年数，少了说明某个数字写错，
    或全年数漏计了一部分。只比较同一单位、同一动词、同一事项的数字：事项按名称中能区分事物的
    字比较（「占道经营等违法行为」与「违法建设案件」只共有“违法”，是两回事），主语是不同单位
    （东城街道／西城街道）的不比较；去年同期、「较上半年」这类比较基数、增减量、平均数、比率和
    「共有」「总数达」这类存量不比较。

    错误示例：
        上半年受理行政复议案件56件……全年共受理行政复议案件52件。

    正确示例：
        上半年受理行政复议案件56件……全年共受理行政复议案件112件。
    """
    return _report(ctx)


@check("N303", "impossible-date", Severity.ERROR, "日期不存在")
def impossible_date(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：日历上不存在的日期：平年的2月29日，小月的31日（6月31日）等。

    为什么：不存在的日期一定是笔误，读者无法知道实际日期。没有写年份的「2月29日」按
    前文最近的年份判断，找不到年份时不报告。

    错误示例：
        2022年2月29日，区委全面依法治区委员会召开第五次会议。

    正确示例：
        2024年2月29日，区委全面依法治区委员会召开第五次会议。
    """
    return _report(ctx)


@check("N304", "time-span-mismatch", Severity.WARNING, "期限、先后或年数与所写日期不符")
def time_span_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：同一句中：所写期限（为期、历时N天/个月）与起止日期不符；完成日期早于开始日期；
    「N周年」「连续N年」与起始年份不符；某年度的考核评估结果出现在该年结束之前；「明年（2023年）」
    「下一年度，即2023年」中相对年份与所注年份不符；成立（印发、实施）以来开展的工作，时间却在成立之前。

    为什么：这些都可以由句中自己的日期算出，对不上说明日期或期限有一处写错。
    没有写日的月份按该月任一天计算，「月底」按最后一天；「约」「近」和以月、年计的期限放宽计算。

    错误示例：
        2024年11月4日至15日，区应急管理局组织开展为期5天的集中检查。

    正确示例：
        2024年11月4日至15日，区应急管理局组织开展为期12天的集中检查。
    """
    return _report(ctx)


@check("N401", "text-table-mismatch", Severity.ERROR, "正文数字与表格中同一项的数字不符")
def text_table_mismatch(ctx: CheckContext) -> Iterator[Diagnostic]:
    """检查什么：表格前后段落中的数字，与表格中同一项（行名、列名对应）的数字不一致。

    为什么：同一个数字在正文和表格中各写一次，两处不同必有一处写错。数字前的文字点出
    某一行（行名中各行不共有的部分，如「刑事」「民事」）时与该行比较；没有点出任何行、
    且写明「共」「合计」或列名时与合计行比较；列由单位（表头括号中的「件」「万元」）或列名确定。
    点出多行、对应多列或表格没有合计行时不判断；两处数字的四舍五入误差不算不符。

    错误示例：
        全年共办理法律援助案件1778件，各类案件办理情况见下表。
        | 案件类型 | 件数 |
        | 刑事法律援助 | 612 |
        | 民事法律援助 | 1148 |
        | 合计 | 1760 |

    正确示例：
        全年共办理法律援助案件1760件，各类案件办理情况见下表。
        | 案件类型 | 件数 |
        | 刑事法律援助 | 612 |
        | 民事法律援助 | 1148 |
        | 合计 | 1760 |
    """
    return _report(ctx)
