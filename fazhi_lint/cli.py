"""The ``fazhi-lint`` command: ``check``, ``rules``, ``explain``, ``profiles``.

Exit status: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 the tool
could not do its job (bad option, unknown code, bad configuration, unknown profile).
An unreadable input file is a finding (``E…``), never exit 2.

``fazhi-lint 报告.docx`` is short for ``fazhi-lint check 报告.docx`` (handy for pre-commit);
a bare Latin word that is neither a command nor an existing path (``fazhi-lint chek 报告.docx``)
is a mistyped command, never a path: exit 2 with 「您是不是要输入 “check”？」. argparse's
usage errors are translated into Chinese, with the closest option or value suggested.
``--help`` and ``--version`` stay fast: this module imports rich, the engine and the readers
only inside the commands that need them.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

# no collector passes over what the start-up builds (modules, checks, patterns: all of it lives
# to the end); see _pause_collector
_COLLECTOR_AT_IMPORT = gc.isenabled()
gc.disable()

from . import deferred  # noqa: E402

# before anything imports dataclasses or pluggy: inspect (and ast, dis, tokenize) is run when a
# name of it is first used, which a check of a file does not do (fazhi_lint/deferred.py)
deferred.defer_all()

from . import __version__, pattern_cache, plugin_index  # noqa: E402

# first, so that the imports below compile their patterns through it: the command line keeps
# compiled regular expressions across runs (fazhi_lint/pattern_cache.py; FAZHI_LINT_PATTERN_CACHE=0)
pattern_cache.install()
# and the entry points of the plugins (fazhi_lint/plugin_index.py; FAZHI_LINT_PLUGIN_CACHE=0)
plugin_index.enable()

from .model import family_order  # noqa: E402
from .reporters import FAMILIES, printable  # noqa: E402

if TYPE_CHECKING:
    import pluggy

    from .config import Config
    from .engine import FileResult
    from .plugins import Check
    from .registry import Registry

PROG = "fazhi-lint"
COMMANDS = ("check", "read", "rules", "explain", "profiles", "serve")
SEVERITIES = ("error", "warning", "info")
# listed in --help without importing the reporters
BUILTIN_FORMATS = ("text", "json", "jsonl", "csv", "html", "sarif", "github")

EPILOG = """\
示例：
  fazhi-lint check 报告.docx                  检查一个文件
  fazhi-lint check 收文/ --format json -o out.json
  fazhi-lint check 收文/ --format html -o 检查结果.html --annotate 批注/
  fazhi-lint check 收文/ --jobs 4 --format csv -o 问题清单.csv
  fazhi-lint check 收文/ --select S,H --ignore H107 --fail-on error
  fazhi-lint read 报告.docx                   显示检查所读到的文档（--format json 供程序读取）
  fazhi-lint rules                            列出全部检查
  fazhi-lint explain H101                     查看某项检查的说明

退出码：0 未发现达到 --fail-on 级别的问题；1 发现问题；2 用法或配置错误。"""


DEFAULT_TIMEOUT = 300.0  # keep in step with fazhi_lint.batch (not imported: --help stays light)
DEFAULT_MEMORY_MB = 2048


class UsageError(Exception):
    """A problem with the command line or the environment: message on stderr, exit 2."""


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为非负整数：{text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"应为非负整数：{text!r}")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为非负数：{text!r}") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError(f"应为非负数：{text!r}")
    return value


# -- argument parsing ------------------------------------------------------------------


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示帮助并退出")

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 错误：{_chinese_error(message, self)}\n")

    def option_strings(self) -> list[str]:
        """Every option string of this parser and its subcommands (for "did you mean")."""
        found: list[str] = []
        for action in self._actions:
            found.extend(action.option_strings)
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    if isinstance(sub, _Parser):
                        found.extend(sub.option_strings())
        return list(dict.fromkeys(found))


def _did_you_mean(word: str, candidates: Sequence[str]) -> str:
    """「；您是不是要输入 “X”？」 for the closest candidate, or nothing."""
    import difflib

    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"；您是不是要输入 “{close[0]}”？" if close else ""


def _quoted_list(text: str) -> list[str]:
    return [item.strip().strip("'\"") for item in text.split(",") if item.strip()]


def _chinese_error(message: str, parser: _Parser) -> str:
    """argparse's English error messages in Chinese, with "did you mean" where it helps."""
    import re

    match = re.fullmatch(r"argument (\S+): (.*)", message, re.S)
    if match:
        return f"选项 {match.group(1)}：{_chinese_error(match.group(2), parser)}"
    match = re.fullmatch(r"unrecognized arguments: (.*)", message, re.S)
    if match:
        words = match.group(1).split()
        # (the top parser of a command line is that command's alone: every command's options)
        top = cast(_Parser, build_parser()) if parser.prog == PROG else parser
        options = top.option_strings()
        hints = [_did_you_mean(w.split("=", 1)[0], options) for w in words if w.startswith("-")]
        return f"无法识别的参数：{' '.join(words)}" + "".join(h for h in hints if h)
    match = re.fullmatch(r"invalid choice: '?(.*?)'? \(choose from (.*)\)", message, re.S)
    if match:
        value, choices = match.group(1), _quoted_list(match.group(2))
        hint = _did_you_mean(value, choices)
        return f"无效的取值 “{value}”（可选：{'、'.join(choices)}）{hint}"
    match = re.fullmatch(r"the following arguments are required: (.*)", message, re.S)
    if match:
        return f"缺少必需的参数：{match.group(1)}"
    match = re.fullmatch(r"one of the arguments (.*) is required", message, re.S)
    if match:
        return f"必须给出以下参数之一：{match.group(1)}"
    match = re.fullmatch(r"not allowed with argument (.*)", message, re.S)
    if match:
        return f"不能与 {match.group(1)} 同时使用"
    match = re.fullmatch(r"ambiguous option: (\S+) could match (.*)", message, re.S)
    if match:
        return f"选项 {match.group(1)} 不明确，可能是：{match.group(2)}"
    match = re.fullmatch(r"invalid (\S+) value: '?(.*?)'?", message, re.S)
    if match:
        return f"无效的值 “{match.group(2)}”"
    match = re.fullmatch(r"ignored explicit argument '?(.*?)'?", message, re.S)
    if match:
        return f"此选项不带值，多余的 “{match.group(1)}” 无法处理"
    fixed = {
        "expected one argument": "需要一个值",
        "expected at most one argument": "最多只能有一个值",
        "expected at least one argument": "至少需要一个值",
    }
    return fixed.get(message, message)


def _same(text: str) -> str:
    return text


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of the command line; with ``command``, of that command alone (what parsing
    a command line naming it needs: the parsers of the other commands are not built).

    Built with argparse's ``gettext`` set aside: the words it would translate while building
    are group titles that :class:`_Parser` names in Chinese right after, and our own 「命令」;
    each look-up searched the locale folders for a catalogue (six per start, importing
    ``locale``). Its messages when parsing go through ``gettext`` as before."""
    translate = argparse._  # type: ignore[attr-defined]
    argparse._ = _same  # type: ignore[attr-defined]
    try:
        return _build_parser(command)
    finally:
        argparse._ = translate  # type: ignore[attr-defined]


def _build_parser(command: str | None) -> argparse.ArgumentParser:
    from .readers.errors import CHECK_LIMIT_EXCEEDED, FILE_SKIPPED

    def wanted(name: str) -> bool:
        return command is None or command == name

    parser = _Parser(
        prog=PROG,
        description="法治政府建设年度报告合规检查工具：检查 .docx/.pdf/.txt/.md/.html 报告的"
        "结构、标题编号、规范用语、数据一致性与格式。",
        epilog=EPILOG,
    )
    parser.add_argument(
        "-V",
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help="显示版本号并退出",
    )
    commands = parser.add_subparsers(dest="command", metavar="<命令>", title="命令")

    if wanted("check"):
        check = commands.add_parser(
            "check",
            help="检查文件或文件夹（默认命令）",
            description="检查报告文件；文件夹递归查找 .docx .dotx .docm .pdf .txt .md .markdown .html .htm"
            "（以及 .doc .wps，提示另存为 .docx），文件夹中不能检查的文件（压缩包、.ofd、.rtf、图片等）"
            f"逐个列为 {FILE_SKIPPED} 提示并说明如何处理；直接列出的文件不论扩展名都会检查。",
            epilog=EPILOG,
        )
        check.add_argument(
            "paths",
            nargs="+",
            metavar="PATH",
            help="要检查的文件或文件夹；“-” 表示从标准输入读取",
        )
        selection = check.add_argument_group("选择检查（覆盖配置文件）")
        selection.add_argument(
            "--select",
            action="append",
            metavar="CODES",
            help="只运行这些检查：代码（H101）、前缀（H、H1）、名称或 ALL，逗号分隔，可重复",
        )
        selection.add_argument(
            "--extend-select",
            action="append",
            metavar="CODES",
            help="在已选检查之外再加上这些",
        )
        selection.add_argument(
            "--ignore", action="append", metavar="CODES", help="不运行这些检查（写法同 --select）"
        )
        selection.add_argument(
            "--severity",
            choices=SEVERITIES,
            help="只显示不低于此级别的问题（默认 info：全部显示）",
        )
        selection.add_argument(
            "--fail-on",
            choices=(*SEVERITIES, "never"),
            help="发现不低于此级别的问题时退出码为 1（默认 warning）",
        )
        selection.add_argument(
            "--exit-zero", action="store_true", help="无论发现什么问题，退出码都为 0"
        )
        output = check.add_argument_group("输出")
        output.add_argument(
            "--format",
            default="text",
            metavar="FORMAT",
            help=f"输出格式：{'、'.join(BUILTIN_FORMATS)}（默认 text）",
        )
        _add_output_file(output)
        output.add_argument(
            "--annotate",
            metavar="DIR",
            help="为每个 Word 文件在此文件夹写一份副本，把每个问题作为批注标在原文上（原文件不变）",
        )
        output.add_argument(
            "--statistics", action="store_true", help="按检查代码统计问题数，代替逐条列出"
        )
        output.add_argument(
            "--show-source",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="显示问题所在段落的摘录并标出位置（默认显示）",
        )
        output.add_argument("-q", "--quiet", action="store_true", help="只输出问题，不输出汇总行")
        output.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="显示进度条（默认：仅在终端中、检查多个文件且未设置 CI 时显示）",
        )
        _add_color(output)
        batch = check.add_argument_group("批量检查")
        batch.add_argument(
            "-j",
            "--jobs",
            type=_non_negative_int,
            metavar="N",
            help="同时检查的文件数（工作进程数；默认为 CPU 核数，0 同默认）",
        )
        batch.add_argument(
            "--timeout",
            type=_non_negative_float,
            default=DEFAULT_TIMEOUT,
            metavar="SECONDS",
            help=f"单个文件的检查时限，超时记为 {CHECK_LIMIT_EXCEEDED} 问题（默认 {DEFAULT_TIMEOUT:g} 秒，0 不限）",
        )
        batch.add_argument(
            "--max-memory",
            type=_non_negative_int,
            default=DEFAULT_MEMORY_MB,
            metavar="MB",
            help=f"检查单个文件可额外使用的内存，超出记为 {CHECK_LIMIT_EXCEEDED} 问题（默认 {DEFAULT_MEMORY_MB} MB，0 不限）",
        )
        compare = check.add_argument_group("与其他报告比较")
        last_year = compare.add_mutually_exclusive_group()
        last_year.add_argument(
            "--previous",
            metavar="FILE",
            help="与本单位上年的报告比较：各部分照搬的比例、照搬的段落、上年安排未提及、同比数字不符（C101–C104；只检查一个文件时可用）",
        )
        last_year.add_argument(
            "--no-previous",
            action="store_true",
            help="使用 --ledger 时，不自动与台账中本单位上年的报告比较",
        )
        compare.add_argument(
            "--unit",
            metavar="NAME",
            help="报送单位（台账中的单位名称，只检查一个文件时可用）：使用 --ledger 时据此取台账中该单位上年的报告比较，并记为已确认的单位",
        )
        compare.add_argument(
            "--compare",
            action="store_true",
            help="比较本批各报告：列出不同报告之间相同或基本相同的段落（C105）",
        )
        batch.add_argument(
            "--baseline",
            metavar="FILE",
            help="只报告基线文件中没有的新问题（基线由 --write-baseline 生成）",
        )
        batch.add_argument(
            "--write-baseline",
            metavar="FILE",
            help="把本次发现的全部问题记入基线文件；此时退出码为 0",
        )
        batch.add_argument(
            "--ledger",
            metavar="DIR",
            help="把本次检查的文件和问题记入此文件夹中的审查台账（与 fazhi-lint serve 共用）",
        )
        settings = check.add_argument_group("配置")
        _add_settings(settings, exclusive=True)
        settings.add_argument(
            "--received",
            metavar="DATE",
            help="收到报告的日期（如 2025-03-05），用于检查是否逾期报送（F301）",
        )
        settings.add_argument(
            "--stdin-filename",
            metavar="NAME",
            help="从标准输入读取时使用的文件名（决定 .md 等格式和输出中的路径）",
        )
        check.set_defaults(handler=_run_check)

    if wanted("read"):
        read = commands.add_parser(
            "read",
            help="显示检查所读到的文档（分段、位置、编号、标题层级、标题与报告年度）",
            description="按检查收到的样子逐段显示文档：位置、所属部分（正文/附属/目录/表格）、"
            "编号（自动编号另行标明）、标题层级和样式，以及识别出的标题、报告年度及其来源。"
            "对检查结果有疑问时，先用它看看文档被读成了什么样。",
        )
        read.add_argument("path", metavar="FILE", help="要显示的文件")
        read.add_argument(
            "--format",
            choices=("text", "json"),
            default="text",
            help="输出格式：text（默认，逐段一行）或 json（对象：path、format、meta、blocks）",
        )
        _add_output_file(read)
        _add_settings(read, exclusive=False)
        read.set_defaults(handler=_run_read)

    if wanted("rules"):
        rules = commands.add_parser(
            "rules",
            help="列出全部检查",
            description="列出全部检查：代码、名称、默认级别、说明（含插件提供的检查）。",
        )
        _add_listing(rules)
        rules.set_defaults(handler=_run_rules)

    if wanted("explain"):
        explain = commands.add_parser(
            "explain",
            help="显示某项检查的说明",
            description="显示一项检查的说明：检查什么、为什么、不报告什么、错误示例与正确示例、选项。",
        )
        explain.add_argument("rule", metavar="CODE|NAME", help="检查代码（H101）或名称")
        _add_listing(explain)
        explain.set_defaults(handler=_run_explain)

    if wanted("profiles"):
        profiles = commands.add_parser(
            "profiles",
            help="列出可用的配置方案",
            description="列出可用的配置方案（报告制度）：名称、标题、继承关系、来源文件。",
        )
        _add_listing(profiles)
        profiles.set_defaults(handler=_run_profiles)

    if wanted("serve"):
        serve = commands.add_parser(
            "serve",
            help="在浏览器中打开审查台（上传、查看、标记、下载）",
            description="启动本机审查台网页：上传报告、查看检查结果、标记审查结论、管理审查台账。"
            "默认只在本机（127.0.0.1）可访问。",
        )
        serve.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1，仅本机）")
        serve.add_argument("--port", type=int, default=8765, help="端口（默认 8765）")
        serve.add_argument(
            "--data",
            metavar="DIR",
            default="审查台账",
            help="台账和收文的存放文件夹（默认 ./审查台账）",
        )
        serve.add_argument("--no-browser", action="store_true", help="不自动打开浏览器")
        serve.add_argument("--profile", help="检查使用的配置方案（默认 national）")
        serve.set_defaults(handler=_run_serve)
    return parser


def _run_serve(args: argparse.Namespace) -> int:
    try:
        from .desk.app import serve
    except ImportError as exc:
        raise UsageError(
            f"审查台需要额外的组件（{exc.name}）：请运行 pip install 'fazhi-lint[desk]'"
        ) from None
    return serve(args.host, args.port, args.data, browser=not args.no_browser, profile=args.profile)


def _add_output_file(group: Any) -> None:
    """``-o/--output`` (check, read)."""
    group.add_argument("-o", "--output", metavar="FILE", help="写入文件（UTF-8）而不是标准输出")


def _add_settings(group: Any, *, exclusive: bool) -> None:
    """``--profile``, ``--config`` and ``--no-config`` (check, read; ``exclusive``: the last
    two refuse each other, as check's always did and read's never did)."""
    group.add_argument(
        "--profile",
        metavar="NAME|PATH",
        help="配置方案：名称（见 fazhi-lint profiles）或 .toml 路径",
    )
    source = group.add_mutually_exclusive_group() if exclusive else group
    source.add_argument("--config", metavar="FILE", help="使用此配置文件（不再自动查找）")
    source.add_argument("--no-config", action="store_true", help="忽略所有配置文件，使用默认设置")


def _add_listing(parser: Any) -> None:
    """``--format text|json`` and ``--color`` (rules, explain, profiles)."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help="输出格式")
    _add_color(parser)


def _add_color(group: Any) -> None:
    group.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="是否着色（auto：仅在终端且未设置 NO_COLOR 时）",
    )


_PAUSED: list[bool] = []


def _pause_collector() -> None:
    """Start-up without the cyclic garbage collector.

    The start-up of a command builds only objects that live to the end (modules, classes,
    compiled patterns, the checks), some hundreds of thousands of them, and the collector
    walked over them again and again: about 7 % of the instructions of a cold ``check`` of one
    file. It is paused from the import of this module (for the import only) and in
    :func:`main` of the program itself until the checks are loaded, before any file of the
    user's is read (their size has no bound): :func:`_collect_from_here` then moves everything built
    so far out of its sight (``gc.freeze``, which also keeps forked workers from copying those
    pages) and turns it back on. A caller's ``main([...])`` (tests, scripts) leaves it alone.
    """
    if gc.isenabled():
        gc.disable()
        _PAUSED.append(True)


YOUNG_PASS = 20_000  # allocations between two passes of the collector while linting


def _collect_from_here(freeze: bool = True) -> None:
    """Turn the collector back on (see :func:`_pause_collector`)."""
    if _PAUSED:
        _PAUSED.clear()
        if freeze:
            gc.freeze()
            # and fewer passes over the young objects while the files are linted: a check
            # makes many short-lived containers, and with the default 700 allocations per
            # pass the collector ran some 30 times for one file (2 % of a cold check); a
            # pass per YOUNG_PASS allocations keeps at most that many cyclic leftovers
            first, *older = gc.get_threshold()
            if 0 < first < YOUNG_PASS:
                gc.set_threshold(YOUNG_PASS, *older)
        gc.enable()


def run() -> NoReturn:
    """The program (``fazhi-lint``, ``python -m fazhi_lint``): :func:`main`, then out.

    Tearing the interpreter down (every module and object freed one by one, a last pass of
    the collector) is about 2 % of a cold ``check`` of one file and does nothing a finished
    command needs: once the exit functions have run (the pattern cache's write among them)
    and the output is flushed, the process ends at once (``os._exit``). When anything could
    still need the ordinary exit (a thread that is not a daemon, an output that cannot be
    flushed), it is the ordinary exit, as before.
    """
    status = main()
    if not _quick_exit_is_safe():
        raise SystemExit(status)
    import atexit

    try:
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BaseException:  # a broken pipe, a full disk: as Python reports it at exit
        raise SystemExit(status) from None
    os._exit(status)


def _quick_exit_is_safe() -> bool:
    """No thread but the main one still running (the ordinary exit would wait for it)."""
    threading = sys.modules.get("threading")
    if threading is None:
        return True
    current = threading.current_thread()
    return current is threading.main_thread() and all(
        thread is current or thread.daemon or not thread.is_alive()
        for thread in threading.enumerate()
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    if argv is None:  # the program itself
        _pause_collector()
    try:
        return _main(argv)
    finally:
        _collect_from_here(freeze=False)


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        build_parser().print_help(sys.stderr)
        return 2
    _tolerant_streams()
    if args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "-V", "--version"):
        if _looks_like_a_command(args_list[0]):
            word = args_list[0]
            build_parser().print_usage(sys.stderr)
            print(
                f"{PROG}: 错误：未知命令 “{word}”{_did_you_mean(word, COMMANDS)}"
                f"（可用的命令：{'、'.join(COMMANDS)}；要检查名为 {word} 的文件，"
                f"请写 fazhi-lint check ./{word}）",
                file=sys.stderr,
            )
            return 2
        args_list.insert(0, "check")  # `fazhi-lint 报告.docx` means `fazhi-lint check 报告.docx`
    # a command named: the parser of that command alone (-h, -V: every command's)
    parser = build_parser(args_list[0] if args_list[0] in COMMANDS else None)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    from .config import ConfigError
    from .profiles import ProfileError
    from .safe_write import OutputError

    restore = _orderly_sigterm()
    if args.handler is not _run_check:
        _collect_from_here(freeze=False)
    try:
        status: int = args.handler(args)
        return status
    except (UsageError, ConfigError, ProfileError, OutputError) as exc:
        print(f"{PROG}: 错误：{printable(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:
        if isinstance(exc, _Terminated):
            print(f"{PROG}: 已终止", file=sys.stderr)
            return 143
        print(f"{PROG}: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `fazhi-lint check ... | head`
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        restore()


class _Terminated(KeyboardInterrupt):
    """SIGTERM: handled like Ctrl-C (outputs cleaned up, workers stopped), exit 143."""


def _orderly_sigterm() -> Callable[[], None]:
    """Turn SIGTERM into :class:`_Terminated` for this run; returns what restores the handler."""
    from .batch import signal  # the C module (fazhi_lint/batch.py)

    def terminate(signum: int, frame: Any) -> None:
        raise _Terminated

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except (ValueError, OSError, AttributeError):  # not the main thread
        return lambda: None

    def restore() -> None:
        with contextlib.suppress(ValueError, OSError, TypeError):
            signal.signal(signal.SIGTERM, previous)

    return restore


def _looks_like_a_command(word: str) -> bool:
    """A first word that is no path but reads like a command (``chek``, ``rule``, ``Explain``).

    A mistyped command is never taken for a path: an existing file or folder is a path, and
    so is anything with a path separator, an extension or a non-Latin letter; a bare Latin
    word that names nothing on disk is a command the user mistyped.
    """
    if not word or word.startswith("-") or word == "-" or os.path.exists(word):
        return False
    return word.isascii() and word.replace("-", "").replace("_", "").isalpha()


def _tolerant_streams() -> None:
    """Never crash on a console that cannot encode a character (e.g. a GBK pipe, or a lone
    surrogate from an undecodable file name on a UTF-8 one)."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(Exception):
                stream.reconfigure(errors="replace")


# -- check -----------------------------------------------------------------------------


def _run_check(args: argparse.Namespace) -> int:
    if len(args.paths) == 1 and args.paths[0].lower().endswith(".pdf"):
        # one PDF: its text is extracted in the reader's worker while the checks load
        from .readers.pdf import prefetch

        prefetch(os.path.normpath(args.paths[0]))
    from .batch import BatchLimits, InMemoryFile
    from .engine import Linter
    from .reporters import (
        ReportOptions,
        UnknownFormatError,
        add_plugin_reporters,
        get_reporter,
        get_streaming,
        get_streaming_end,
    )
    from .run import Run

    registry = load_registry()
    try:
        add_plugin_reporters(registry.reporters)
    except Exception as exc:
        raise UsageError(f"加载插件提供的输出格式失败：{type(exc).__name__}: {exc}") from exc
    try:
        reporter = get_reporter(args.format)
    except UnknownFormatError as exc:
        raise UsageError(f"--format：{exc}") from None

    config = apply_overrides(load_configuration(args), args, registry)
    linter = Linter(config, registry)
    _collect_from_here()  # the start-up is done: what follows reads the user's files
    baseline = _load_baseline(args.baseline) if args.baseline else None

    paths = [p for p in args.paths if p != "-"]
    jobs = args.jobs if args.jobs is not None else config.jobs
    limits = BatchLimits(timeout=args.timeout or None, memory_mb=args.max_memory or None)
    run = Run(linter, jobs=jobs, limits=limits, baseline=baseline)
    found = run.discover(paths)
    for problem in found.errors:
        print(f"{PROG}: 警告：无法读取文件夹 {printable(problem)}", file=sys.stderr)
    _refuse_outputs(args, found.files, config.source)
    total = len(found.files) + (1 if "-" in args.paths else 0)
    if not total and not args.quiet:
        what = "（均被配置 exclude 排除）" if found.excluded else ""
        print(f"{PROG}: 警告：没有找到可检查的文件{what}", file=sys.stderr)

    options = ReportOptions(
        color=args.color,
        show_source=args.show_source,
        statistics=args.statistics,
        quiet=args.quiet,
        registry=registry,
        root=os.getcwd(),
    )
    streaming = None if args.statistics or args.compare else get_streaming(args.format)
    if args.previous or args.compare:
        _need_similarity()
    run.previous = _previous(args, linter, sources_count=total)
    run.compare = bool(args.compare)
    run.in_process = True
    used: dict[str, Any] = {}  # path -> what the ledger gave as last year's report
    if run.previous is None and _from_ledger(args, linter, sources_count=total):

        def from_ledger(result: FileResult) -> FileResult:
            if not os.path.isfile(result.path):
                return result
            return _previous_from_ledger(args, linter, result, used)

        run.previous_for = from_ledger
    to_terminal = not args.output or args.output == "-"

    sources: list[str | InMemoryFile] = []
    if "-" in args.paths:  # checked in a worker too, within --timeout and --max-memory
        sources.append(InMemoryFile(args.stdin_filename or "<stdin>", _read_stdin()))
    sources.extend(found.files)

    with _output(args.output) as stream:
        show_progress = _want_progress(args, len(sources), streaming is not None and to_terminal)
        with _progress(show_progress, len(sources)) as advance:
            for result in run.lint(sources, skipped=found.skipped, on_done=advance):
                if streaming is not None:
                    with _reporter_guard(args.format, to_terminal):
                        streaming(result, stream, options)
        if args.compare:
            run.compare_batch()
        if streaming is None:
            with _reporter_guard(args.format, to_terminal):
                reporter(run.results, stream, options)
        elif (end := get_streaming_end(args.format)) is not None:
            with _reporter_guard(args.format, to_terminal):
                end(run.results, stream, options)

    results, everything = run.results, run.everything
    if run.hidden and not args.quiet:
        print(
            f"{PROG}: 基线 {printable(args.baseline)} 中已有的 {run.hidden} 个问题未列出",
            file=sys.stderr,
        )
    annotate_failed = bool(args.annotate) and not _annotate(
        results, args.annotate, args.quiet, found.files
    )
    if args.ledger:
        _record_ledger(everything, args.ledger, args.quiet, args.unit, used)
    if args.write_baseline:
        from .baseline import write_baseline

        try:
            count = write_baseline(args.write_baseline, everything)
        except OSError as exc:
            raise UsageError(
                f"无法写入基线文件 {args.write_baseline}：{exc.strerror or exc}"
            ) from exc
        if not args.quiet:
            shown = printable(args.write_baseline)
            print(f"{PROG}: 已将 {count} 个问题记入基线 {shown}", file=sys.stderr)
        return 2 if annotate_failed else 0
    if annotate_failed:
        return 2
    return 1 if run.failed() else 0


def _need_similarity() -> None:
    """--previous and --compare need the optional similarity libraries."""
    import importlib.util

    missing = [m for m in ("jieba", "rapidfuzz", "datasketch") if not importlib.util.find_spec(m)]
    if missing:
        raise UsageError(
            f"比较报告需要安装 {'、'.join(missing)}：pip install 'fazhi-lint[compare]'"
        )


def _previous(args: argparse.Namespace, linter: Any, sources_count: int) -> Any:
    """Last year's report for ``--previous`` (read once), or None without the option."""
    if not args.previous:
        return None
    if sources_count != 1:
        raise UsageError("--previous 只能与一个要检查的文件一起使用")
    if not Path(args.previous).is_file():
        raise UsageError(f"--previous：文件不存在：{printable(args.previous)}")
    from .readers import read_path

    previous = read_path(args.previous, plugin_readers=linter.registry.readers)
    if not previous.readable:
        raise UsageError(f"--previous：无法读取上年报告 {printable(args.previous)}")
    return previous


def _from_ledger(args: argparse.Namespace, linter: Any, sources_count: int) -> bool:
    """Whether last year's report is looked up in the ledger (``--ledger`` without
    ``--previous`` or ``--no-previous``, C101–C104 enabled)."""
    if args.unit is not None:
        if not args.ledger:
            raise UsageError("--unit 只能与 --ledger 一起使用")
        if sources_count != 1:
            raise UsageError("--unit 只能与一个要检查的文件一起使用")
        if not args.unit.strip():
            raise UsageError("--unit：单位名称不能为空")
    if not args.ledger or args.previous or args.no_previous:
        return False
    from .comparison import wants_previous

    return wants_previous(linter)


def _previous_from_ledger(
    args: argparse.Namespace, linter: Any, result: FileResult, used: dict[str, Any]
) -> FileResult:
    """``result`` compared with its unit's report of the year before, as the ledger holds it."""
    from .comparison import add_previous
    from .desk.previous import for_file

    found = for_file(
        args.ledger,
        result.path,
        result.meta.get("year"),
        (args.unit or "").strip() or None,
        linter.registry.readers,
    )
    used[result.path] = found
    if found.document is None:
        if found.note and not args.quiet and (args.unit or found.unit):
            print(f"{PROG}: {printable(result.path)}：{found.note}", file=sys.stderr)
        return result
    if not args.quiet:
        print(
            f"{PROG}: {printable(result.path)}：与台账中的上年报告比较——{found.describe()}",
            file=sys.stderr,
        )
    return add_previous(linter, result, found.document)


def _run_read(args: argparse.Namespace) -> int:
    """`fazhi-lint read FILE`: the document as the checks receive it; 1 if it cannot be read."""
    from dataclasses import replace

    from .profiles import load_profile
    from .readers import read_path
    from .readview import document_view, render_text

    path = Path(args.path)
    if not path.is_file():
        raise UsageError(f"{args.path}：文件不存在")
    if args.output and args.output != "-":
        from .safe_write import refuse_output

        refuse_output(args.output, [args.path], "输出文件")
    args.paths = [args.path]
    config = load_configuration(args)
    if args.profile:
        config = replace(config, profile=args.profile)
    registry = load_registry()
    document = read_path(path, plugin_readers=registry.readers)
    view = document_view(document, load_profile(config.profile, registry.profile_dirs))
    with _output(args.output) as stream:
        if args.format == "json":
            import json

            json.dump(view, stream, ensure_ascii=False, indent=2, default=str)
            stream.write("\n")
        else:
            stream.write(render_text(view))
    return 0 if document.readable else 1


def _refuse_outputs(args: argparse.Namespace, inputs: Sequence[str], config: str | None) -> None:
    """Exit 2 before anything is read when an output would replace an input (or a symlink)."""
    from .safe_write import OutputError, refuse_output

    protected = [*inputs, *(p for p in (config, args.baseline, args.previous) if p)]
    output = args.output if args.output and args.output != "-" else None
    if output:
        refuse_output(output, protected, "输出文件")
    if args.write_baseline:
        refuse_output(args.write_baseline, [*inputs, *([config] if config else [])], "基线文件")
        if output and os.path.abspath(output) == os.path.abspath(args.write_baseline):
            raise OutputError(f"-o 与 --write-baseline 是同一个文件 {output}，请分别指定")
    if args.annotate:
        folder = args.annotate
        if os.path.lexists(folder) and not os.path.isdir(folder):
            raise OutputError(f"--annotate 的 {folder} 不是文件夹，拒绝写入；请指定一个文件夹")


@contextlib.contextmanager
def _reporter_guard(fmt: str, to_terminal: bool) -> Iterator[None]:
    """A reporter that fails is exit 2 with a message; the output file is then not written."""
    from .safe_write import OutputError

    try:
        yield
    except (KeyboardInterrupt, BrokenPipeError, OutputError, UsageError):
        raise
    except Exception as exc:
        kept = "输出不完整" if to_terminal else "输出文件未写入（原有文件保持不变）"
        raise UsageError(
            f"生成 {fmt} 格式的报告时出错（{type(exc).__name__}: {exc}），{kept}"
        ) from exc


def _load_baseline(path: str) -> Any:
    from .baseline import BaselineError, load_baseline

    try:
        return load_baseline(path)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None


def _record_ledger(
    results: Sequence[FileResult],
    folder: str,
    quiet: bool,
    unit: str | None = None,
    used: dict[str, Any] | None = None,
) -> None:
    from .desk.ledger import LedgerError, record_files

    files = [r for r in results if not r.path.startswith("<")]
    units = {p: f.unit for p, f in (used or {}).items() if f.unit}
    if unit and unit.strip():
        units.update({r.path: unit.strip() for r in files})
    previous = {p: f.report.id for p, f in (used or {}).items() if f.document is not None}
    try:
        batch = record_files(folder, files, units=units, previous=previous)
    except LedgerError as exc:
        raise UsageError(str(exc)) from None
    if not quiet:
        print(
            f"{PROG}: 已将 {len(files)} 个文件记入审查台账 {folder}（批次 {batch}）",
            file=sys.stderr,
        )


def _annotate(
    results: Sequence[FileResult], folder: str, quiet: bool, inputs: Sequence[str]
) -> bool:
    """Write the annotated copies; False when one could not be written (exit 2)."""
    from .annotate import annotate_results

    report = annotate_results(results, folder, inputs)
    for item in report.failed:
        print(f"{PROG}: 错误：无法生成批注副本：{printable(item.error or '')}", file=sys.stderr)
    if not quiet:
        comments = sum(item.comments for item in report.written)
        print(
            f"{PROG}: 已在 {printable(folder)} 写入 {len(report.written)} 个带批注的 Word 副本"
            f"（共 {comments} 条批注）",
            file=sys.stderr,
        )
        if report.skipped:
            print(
                f"{PROG}: {len(report.skipped)} 个文件不是可读的 Word 文件，未生成批注副本",
                file=sys.stderr,
            )
    return not report.failed


def _is_ci() -> bool:
    value = os.environ.get("CI", "").strip().lower()
    return value not in ("", "0", "false", "no")


def _want_progress(args: argparse.Namespace, files: int, streaming_to_terminal: bool) -> bool:
    """A progress bar on stderr: asked for, or on an interactive terminal outside CI.

    Never when the report itself streams to the same terminal, or when stdout is piped
    (``fazhi-lint check 收文/ | less``) unless the report goes to a file.
    """
    if args.progress is not None:
        return bool(args.progress) and files > 0
    if files < 2 or args.quiet or _is_ci() or streaming_to_terminal:
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        err_tty = sys.stderr.isatty()
        out_ok = bool(args.output and args.output != "-") or sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False
    return err_tty and out_ok


@contextlib.contextmanager
def _progress(show: bool, total: int) -> Iterator[Callable[[int, FileResult], None]]:
    """A callback advancing a rich progress bar on stderr (a no-op when ``show`` is false).

    The bar is refreshed from this thread only (no refresh thread), so worker processes can
    be forked safely while it is shown; it disappears when done.
    """
    if not show:
        yield lambda index, result: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(file=sys.stderr)
    progress = Progress(
        TextColumn("检查中"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("已用"),
        TimeElapsedColumn(),
        TextColumn("剩余"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}", style="dim"),
        console=console,
        auto_refresh=False,
        transient=True,
    )
    task = progress.add_task("check", total=total, name="")
    with progress:
        progress.refresh()

        def advance(index: int, result: FileResult) -> None:
            name = printable(os.path.basename(result.path))[:40]
            progress.update(task, advance=1, name=name)
            progress.refresh()

        yield advance


def _read_stdin() -> bytes:
    """Standard input, read up to one byte past the reader's size limit (which says so)."""
    from .readers.safety import DEFAULT_LIMITS

    return bytes(sys.stdin.buffer.read(DEFAULT_LIMITS.max_file_bytes + 1))


def load_plugins() -> tuple[pluggy.PluginManager, Registry]:
    """The plugin manager and everything it contributes, collected once (a broken plugin is
    exit 2)."""
    registry = load_registry()
    try:
        assert registry.pm is not None
        return registry.pm, registry
    except Exception as exc:
        raise UsageError(f"加载检查插件失败：{type(exc).__name__}: {exc}") from exc


def load_registry() -> Registry:
    """Everything the plugins contribute, collected once (a broken plugin is exit 2), without
    building the plugin manager when the plugin index says there is no plugin but the
    built-in checks (:meth:`fazhi_lint.registry.Registry.from_plugins`)."""
    from .registry import default_registry

    try:
        return default_registry()
    except Exception as exc:
        raise UsageError(f"加载检查插件失败：{type(exc).__name__}: {exc}") from exc


def load_configuration(args: argparse.Namespace) -> Config:
    """``--no-config``, ``--config FILE``, or the nearest configuration file."""
    from .config import Config, ConfigError, find_config_file, load_config

    if getattr(args, "no_config", False):
        return Config()
    if getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(f"{path}: 配置文件不存在")
        return load_config(path)
    first = next((p for p in getattr(args, "paths", ()) if p != "-"), None)
    return load_config(find_config_file(Path(first) if first else Path.cwd()))


def split_codes(values: Sequence[str] | None) -> list[str] | None:
    """``["S,H", "T101"]`` -> ``["S", "H", "T101"]``; None when the option was not given."""
    if values is None:
        return None
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def apply_overrides(config: Config, args: argparse.Namespace, registry: Registry) -> Config:
    """Command-line options over the configuration file.

    ``--select`` replaces the file's ``select``; ``--extend-select`` adds to the selection;
    ``--ignore`` adds to the file's ``ignore``. A code the command line names explicitly
    (by code or name) is not dropped by the file's ``ignore`` of that same code. Reading
    problems (``E``) stay selected when the selection names no ``E`` code (``--select H``
    still reports a file that cannot be opened): the engine's policy, as for the API.
    """
    from .config import ConfigError
    from .model import Severity

    cli_select = split_codes(getattr(args, "select", None))
    cli_extend = split_codes(getattr(args, "extend_select", None)) or []
    cli_ignore = split_codes(getattr(args, "ignore", None)) or []
    for option, selectors in (
        ("--select", cli_select or []),
        ("--extend-select", cli_extend),
        ("--ignore", cli_ignore),
    ):
        for selector in selectors:
            if not registry.knows(selector):
                raise UsageError(
                    f"{option}：未知的检查代码或名称 {selector!r}{suggest(selector, registry)}"
                )
    where = config.source or "配置"
    for key, configured in (("select", config.select), ("ignore", config.ignore)):
        for selector in configured:
            if not registry.knows(selector):
                raise ConfigError(
                    f"{where}: {key}: 未知的检查代码或名称 {selector!r}"
                    f"{suggest(selector, registry)}"
                )

    select = tuple(cli_select) if cli_select is not None else config.select
    select += tuple(cli_extend)
    # reading problems stay selected unless the selection names an E code: the engine's policy
    named = {c.code for s in [*(cli_select or []), *cli_extend] if (c := registry.resolve(s))}
    kept_ignores = tuple(
        s for s in config.ignore if (c := registry.resolve(s)) is None or c.code not in named
    )
    changes: dict[str, Any] = {"select": select, "ignore": kept_ignores + tuple(cli_ignore)}
    if getattr(args, "severity", None):
        changes["min_severity"] = Severity.parse(args.severity)
    fail_on = getattr(args, "fail_on", None)
    if fail_on == "never":
        changes["fail_never"] = True
    elif fail_on:
        changes["fail_on"] = Severity.parse(fail_on)
        changes["fail_never"] = False
    if getattr(args, "exit_zero", False):
        changes["fail_never"] = True
    if getattr(args, "profile", None):
        changes["profile"] = args.profile
    if getattr(args, "received", None):
        changes["rules"] = _with_received(config, args.received, registry)
    return config.with_overrides(**changes)


def _with_received(config: Config, received: str, registry: Registry) -> dict[str, Any]:
    """``--received DATE`` as the ``received`` option of F301 (a bad date is a usage error)."""
    from .analysis.ending import parse_received
    from .config import RuleSettings

    try:
        date = parse_received(received)
    except ValueError as exc:
        raise UsageError(f"--received：{exc}") from None
    rules = dict(config.rules)
    key = next((k for k in rules if registry.resolve(k) is registry.resolve("F301")), "F301")
    current = rules.get(key, RuleSettings())
    rules[key] = RuleSettings(current.severity, {**current.options, "received": date.isoformat()})
    return rules


def suggest(key: str, registry: Registry, limit: int = 3) -> str:
    """「；是否要找：H101（heading-number-gap）」 for a mistyped code or name, else ""."""
    import difflib

    choices = {c.code: c for c in registry.checks}
    choices.update({c.name: c for c in registry.checks})
    query = key.upper() if len(key) <= 4 else key
    matches = difflib.get_close_matches(query, list(choices), n=limit * 2, cutoff=0.6)
    seen: list[Check] = []
    for match in matches:
        if choices[match] not in seen:
            seen.append(choices[match])
    if not seen:
        return ""
    names = "、".join(f"{c.code}（{c.name}）" for c in seen[:limit])
    return f"；是否要找：{names}"


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """stdout, or a file written atomically (see :mod:`fazhi_lint.safe_write`)."""
    if not path or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    from .safe_write import OutputError, atomic_writer

    try:
        with atomic_writer(path) as stream:
            yield cast(TextIO, stream)
    except BrokenPipeError:
        raise
    except OSError as exc:  # e.g. the disk is full: the previous file is kept
        raise OutputError(f"无法写入输出文件 {path}：{exc.strerror or exc}") from exc


# -- rules / explain / profiles --------------------------------------------------------


def family_title(letter: str) -> str:
    return f"{letter} {FAMILIES.get(letter, '其他')}"


def is_builtin(check: Check) -> bool:
    return check.plugin == "builtin" or check.plugin.startswith("fazhi_lint")


def rule_dict(check: Check) -> dict[str, Any]:
    return {
        "code": check.code,
        "name": check.name,
        "family": check.family,
        "family_name": FAMILIES.get(check.family, "其他"),
        "severity": check.severity.label,
        "summary": check.summary,
        "options": dict(check.options),
        "explanation": check.explanation,
        "plugin": check.plugin,
    }


def _dump_json(data: Any) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _run_rules(args: argparse.Namespace) -> int:
    registry = load_registry()
    checks = sorted(registry.checks, key=lambda c: (family_order(c.family), c.code))
    if args.format == "json":
        _dump_json([rule_dict(c) for c in checks])
        return 0
    from rich.text import Text

    from .reporters.terminal import SEVERITY_STYLE, make_console

    # one rule per line (grep-friendly), columns aligned, never truncated
    console = make_console(sys.stdout, args.color)
    families: dict[str, list[Check]] = {}
    for item in checks:
        families.setdefault(item.family, []).append(item)
    name_width = max((len(c.name) for c in checks), default=0)
    for index, (letter, members) in enumerate(families.items()):
        if index:
            console.print()
        console.print(Text(family_title(letter), style="bold underline"), soft_wrap=True)
        for item in members:
            line = Text("  ")
            line.append(item.code, style="bold")
            line.append(f"  {item.name:<{name_width}}  ")
            line.append(item.severity.zh, style=SEVERITY_STYLE.get(item.severity, ""))
            line.append(f"  {item.summary}")
            if not is_builtin(item):
                line.append(f"（插件：{item.plugin}）", style="dim")
            console.print(line, soft_wrap=True)
    console.print()
    console.print(Text(f"共 {len(checks)} 项检查", style="dim"))
    return 0


def _toml_value(value: Any) -> str:
    import json  # (a TOML basic string is a JSON string)

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple, set, frozenset)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }"
    return json.dumps(str(value), ensure_ascii=False)


def _run_explain(args: argparse.Namespace) -> int:
    registry = load_registry()
    item = registry.resolve(args.rule.strip())
    if item is None:
        group = registry.matching(args.rule.strip()) if args.rule.strip() else []
        if group:
            codes = "、".join(c.code for c in group[:8]) + ("……" if len(group) > 8 else "")
            raise UsageError(f"{args.rule!r} 是一组检查（{codes}），请指定其中一项")
        raise UsageError(f"未知的检查 {args.rule!r}{suggest(args.rule, registry)}")
    if args.format == "json":
        _dump_json(rule_dict(item))
        return 0
    from rich.text import Text

    from .reporters.terminal import SEVERITY_STYLE, make_console

    # printed line by line, never re-wrapped: the explanation keeps its author's layout
    console = make_console(sys.stdout, args.color)

    def say(text: Text | str = "") -> None:
        console.print(text, soft_wrap=True)

    color = SEVERITY_STYLE.get(item.severity, "")
    title = Text()
    title.append(item.code, style=f"bold {color}")
    title.append("  ")
    title.append(item.name, style="bold")
    say(title)
    say(Text(item.summary))
    say()
    facts: list[tuple[str, Text | str]] = [
        ("默认级别", Text(f"{item.severity.zh}（{item.severity.label}）", style=color)),
        ("类别", family_title(item.family)),
        ("来源", item.plugin),
    ]
    options = [f"{k} = {_toml_value(v)}" for k, v in item.options.items()] or ["（无）"]
    facts.extend(("选项" if i == 0 else "", option) for i, option in enumerate(options))
    for label, value in facts:
        line = Text("  ")
        line.append(f"{label}{'　' * (4 - len(label))}", style="dim")
        line.append("  ")
        line.append(value)
        say(line)
    say()
    for line in _explanation_lines(item.explanation):
        say(Text("  ") + line if line.plain else "")
    say()
    say(Text("  配置示例（pyproject.toml）：", style="dim"))
    say(Text(f"  [tool.fazhi-lint.rules.{item.name}]", style="green"))
    say(Text(f'  severity = "{item.severity.label}"', style="green"))
    for key, value in item.options.items():
        say(Text(f"  {key} = {_toml_value(value)}", style="green"))
    return 0


_SECTION_STYLE = {"错误示例": "bold red", "正确示例": "bold green"}


def _explanation_lines(explanation: str) -> list[Any]:
    """The explanation by its fixed sections (one parser: :func:`plugins.parse_explanation`).

    Each section title on a line of its own, its text below, examples indented; the author's
    line breaks are kept (never re-wrapped).
    """
    from rich.text import Text

    from .plugins import parse_explanation

    if not explanation.strip():
        return [Text("（该检查暂无详细说明）", style="dim")]
    parsed = parse_explanation(explanation)
    lines: list[Text] = []
    if parsed.lead and parsed.sections.get("检查什么"):
        lines += [Text(line.replace("``", "`")) for line in parsed.lead.splitlines()]
    for title, body in parsed.ordered():
        if lines:
            lines.append(Text(""))
        heading = Text(title + parsed.notes.get(title, ""), style=_SECTION_STYLE.get(title, "bold"))
        lines.append(heading)
        indent = "    " if title in _SECTION_STYLE else "  "
        lines += [Text(indent + line.replace("``", "`")) for line in body.splitlines()]
    return lines


def _run_profiles(args: argparse.Namespace) -> int:
    from .profiles import ProfileError, available_profiles, load_profile

    registry = load_registry()
    rows: list[dict[str, Any]] = []
    for name, path in available_profiles(registry.profile_dirs).items():
        row: dict[str, Any] = {"name": name, "title": "", "extends": [], "source": str(path)}
        try:
            profile = load_profile(name, registry.profile_dirs)
            row["title"] = profile.description
            row["extends"] = [Path(s).stem for s in profile.sources[:-1]]
        except ProfileError as exc:
            row["error"] = str(exc)
        rows.append(row)
    if args.format == "json":
        _dump_json(rows)
        return 0
    from rich.text import Text

    from .reporters.terminal import make_console

    console = make_console(sys.stdout, args.color)
    width = max((len(row["name"]) for row in rows), default=0)
    for row in rows:
        line = Text("  ")
        line.append(f"{row['name']:<{width}}", style="bold")
        line.append("  ")
        if "error" in row:
            line.append(f"（无法读取：{row['error']}）", style="red")
        else:
            line.append(row["title"])
            if row["extends"]:
                line.append(f"（继承：{' → '.join(row['extends'])}）", style="dim")
        console.print(line, soft_wrap=True)
        console.print(Text(f"  {'':<{width}}  {row['source']}", style="dim"), soft_wrap=True)
    return 0


if _COLLECTOR_AT_IMPORT:  # (see _pause_collector)
    gc.enable()
