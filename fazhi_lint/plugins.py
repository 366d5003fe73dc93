"""The plugin contract: pluggy hookspecs, the :class:`Check` type and rule explanations.

The manager that collects the plugins is :mod:`fazhi_lint.registry`.

A plugin is any module that implements the hooks below and is advertised under the
entry-point group ``fazhi_lint``. The built-in checks (``fazhi_lint.checks``) register
through exactly that group, so our own checks prove the API a third party uses::

    # pyproject.toml of a plugin
    [project.entry-points.fazhi_lint]
    myplugin = "my_package.fazhi_plugin"

    # my_package/fazhi_plugin.py
    from fazhi_lint.plugins import check, hookimpl, collect_checks
    from fazhi_lint.model import Severity

    @check("X101", "my-rule", Severity.WARNING, "一句话说明")
    def my_rule(ctx):
        \"\"\"Explanation shown by `fazhi-lint explain X101`.\"\"\"
        ...

    @hookimpl
    def fazhi_lint_checks():
        return collect_checks(globals())

``hookspec``, ``hookimpl`` and :class:`HookSpecs` are made when first asked for (a module
``__getattr__``): pluggy's import (its TypedDicts and typing aliases, some 10 M instructions)
is then paid only where a plugin manager is built or a plugin marks its hooks, not by a
command line that the plugin index spares the manager (see
:meth:`fazhi_lint.registry.Registry.from_plugins`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from . import pattern_cache
from .model import Block, Diagnostic, Document, Location, Severity, Span

if TYPE_CHECKING:
    import pluggy

    from .analysis.outline import Outline
    from .analysis.views import DocumentViews
    from .profiles import Profile

PROJECT = "fazhi_lint"
ENTRY_POINT_GROUP = "fazhi_lint"

#: The built-in check families (modules of ``fazhi_lint.checks``) and the code prefixes of the
#: checks each defines: the registry imports a module only when a selected code may be in it,
#: without importing ``fazhi_lint.checks`` to learn this (tests/test_registry.py keeps it true).
CHECK_MODULES: dict[str, tuple[str, ...]] = {
    "structure": ("S",),
    "headings": ("H",),
    "debris": ("T0",),
    "revisions": ("F0",),
    "numbers": ("N",),
    "phrases": ("P1",),
    "typography": ("T1",),
    "repetition": ("T2",),
    "wording": ("P2",),
    "privacy": ("F4",),
    "signature": ("F2",),
    "deadlines": ("F3",),
    "layout": ("F1",),
    "comparison": ("C",),
}

if TYPE_CHECKING:  # made by __getattr__ (below) when first asked for
    hookspec = pluggy.HookspecMarker(PROJECT)
    hookimpl = pluggy.HookimplMarker(PROJECT)


def __getattr__(name: str) -> Any:
    """``hookspec``, ``hookimpl`` and ``HookSpecs``, made on the first lookup of one of them
    (then ordinary globals of this module)."""
    if name not in ("hookspec", "hookimpl", "HookSpecs"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import pluggy

    made = globals()
    if "hookimpl" not in made:
        made["hookspec"] = pluggy.HookspecMarker(PROJECT)
        made["hookimpl"] = pluggy.HookimplMarker(PROJECT)
        for name_, hook in vars(_HookSpecs).items():
            if name_.startswith(f"{PROJECT}_"):
                made["hookspec"](hook)
        made["HookSpecs"] = _HookSpecs
        for function in _UNMARKED:
            made["hookimpl"](function)
        _UNMARKED.clear()
    return made[name]


_UNMARKED: list[Callable[..., Any]] = []


def deferred_hookimpl(function: Callable[..., Any]) -> Callable[..., Any]:
    """``@hookimpl`` (plain) for the built-in plugin, applied when ``hookimpl`` is made: at
    once if it is, else on the first lookup of ``hookimpl``, ``hookspec`` or ``HookSpecs``,
    which every manager that knows our hooks makes (:func:`fazhi_lint.registry.make_plugin_manager`
    adds :class:`HookSpecs`) before it registers a plugin."""
    if "hookimpl" in globals():
        return hookimpl(function)
    _UNMARKED.append(function)
    return function


CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")


NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


# -- rule explanations ----------------------------------------------------------------------

#: The fixed sections of a rule's explanation, in the order they are shown.
SECTIONS = ("检查什么", "为什么", "不报告", "错误示例", "正确示例", "选项")
#: Headings of the older English docstring form, still accepted (third-party plugins).
LEGACY_SECTIONS = {
    "what it finds": "检查什么",
    "what it checks": "检查什么",
    "why it matters": "为什么",
    "why": "为什么",
    "not reported": "不报告",
    "not compared": "不报告",
    "options": "选项",
    "option": "选项",
    "bad": "错误示例",
    "good": "正确示例",
}
_SECTION_RE = re.compile(
    r"^(?P<title>" + "|".join(SECTIONS) + r")(?P<note>（[^）\n]*）)?[：:][ \t]*(?P<rest>.*)$"
)
_LEGACY_RE = re.compile(
    r"^(?P<title>" + "|".join(sorted(LEGACY_SECTIONS, key=len, reverse=True)) + r")"
    r"(?P<note>)[：:][ \t]*(?P<rest>.*)$",
    re.IGNORECASE,
)

# both example sections, titled at the start of a line: what a built-in rule must have (the
# registry's quick test on every start; tests/test_rule_examples.py holds the full one)
_EXAMPLE_TITLES_RE = re.compile(r"^(错误示例|正确示例)(（[^）\n]*）)?[：:]", re.MULTILINE)


def has_example_titles(text: str) -> bool:
    """Whether ``text`` titles both 错误示例 and 正确示例 (see :func:`parse_explanation`),
    without parsing it: :data:`_EXAMPLE_TITLES_RE` tried only where a title's word stands
    (``str.find``; a search of the pattern, anchored at every line start of 99 docstrings,
    was 4 M instructions of every start)."""
    for title in ("错误示例", "正确示例"):
        at = text.find(title)
        while at >= 0 and _EXAMPLE_TITLES_RE.match(text, at) is None:
            at = text.find(title, at + 1)
        if at < 0:
            return False
    return True


@dataclass(frozen=True)
class Explanation:
    """A rule's docstring split into its fixed sections (see :data:`SECTIONS`).

    ``lead`` is the text before the first section (counted as 检查什么 when that section is
    missing); ``notes`` holds a section's qualifier, e.g. 「（2024年度报告）」 after 错误示例.
    Text under no heading at all, as in an old English docstring, stays in ``lead``.
    """

    lead: str
    sections: Mapping[str, str]
    notes: Mapping[str, str] = field(default_factory=dict)

    def get(self, title: str) -> str:
        if title == "检查什么":
            return self.sections.get(title) or self.lead
        return self.sections.get(title, "")

    def ordered(self) -> list[tuple[str, str]]:
        """``(title, text)`` for each non-empty section in the fixed order."""
        return [(t, self.get(t)) for t in SECTIONS if self.get(t)]

    @property
    def bad_example(self) -> str:
        return self.sections.get("错误示例", "")

    @property
    def good_example(self) -> str:
        return self.sections.get("正确示例", "")


def parse_explanation(text: str) -> Explanation:
    """Split an explanation into its sections; the single parser behind ``explain``, the HTML
    report and docs/rules.md.

    A section starts with its title at the beginning of a line, followed by 「：」 or ``:``
    (``错误示例：`` or ``错误示例（2024年度报告）：``); its text runs on the same line and
    on the following lines up to the next title. Indented blocks (examples) are dedented. A
    title given twice has its texts joined. English headings of the old form (``What it
    finds:``, ``Why:``, ``Not reported:``) are read as their Chinese sections.
    """
    import textwrap  # here: a check reads its explanation from the cache file (0.5 M)

    lead: list[str] = []
    bodies: dict[str, list[str]] = {}
    notes: dict[str, str] = {}
    current = lead
    for line in textwrap.dedent(text or "").strip("\n").splitlines():
        match = _SECTION_RE.match(line) or _LEGACY_RE.match(line)
        if match:
            raw = match.group("title")
            title = raw if raw in SECTIONS else LEGACY_SECTIONS[raw.lower()]
            current = bodies.setdefault(title, [])
            if current:
                current.append("")
            if match.group("note"):
                notes[title] = match.group("note")
            if match.group("rest").strip():
                current.append(match.group("rest").rstrip())
            continue
        current.append(line.rstrip())
    sections = {
        title: textwrap.dedent("\n".join(lines)).strip("\n")
        for title, lines in bodies.items()
        if "\n".join(lines).strip()
    }
    return Explanation("\n".join(lead).strip("\n"), sections, notes)


class HookSpecs:
    """What a plugin may contribute. Each hook returns a list; results are concatenated."""

    def fazhi_lint_checks(self) -> list[Check]:  # type: ignore[empty-body]
        """Return the :class:`Check` objects this plugin contributes."""

    def fazhi_lint_profile_dirs(self) -> list[str]:  # type: ignore[empty-body]
        """Return directories holding profile TOML files (``<name>.toml``)."""

    def fazhi_lint_readers(self) -> list[ReaderSpec]:  # type: ignore[empty-body]
        """Return :class:`ReaderSpec` objects for formats the built-in readers do not know.

        A plugin reader is tried before the built-in sniffing; its ``sniff`` must be cheap and
        say yes only for content it can read.
        """

    def fazhi_lint_reporters(self) -> dict[str, Any]:  # type: ignore[empty-body]
        """Return output formats: ``{name: reporter}`` (see :mod:`fazhi_lint.reporters`)."""


# its methods are marked with ``hookspec`` when it is first asked for (__getattr__, above)
_HookSpecs = globals().pop("HookSpecs")


@dataclass(frozen=True)
class ReaderSpec:
    """A reader contributed by a plugin: ``read`` turns bytes into a Document."""

    kind: str  # the Document.format it produces
    sniff: Callable[[bytes, str], bool]
    read: Callable[..., Document]  # read(data, path, limits) -> Document


CheckFunc = Callable[["CheckContext"], Iterable[Diagnostic]]


@dataclass(frozen=True)
class Check:
    """A check: a function with metadata, documented like a ruff rule.

    ``explanation`` (the function's docstring) is what ``fazhi-lint explain CODE`` prints:
    what it finds, why it matters, a bad example (错误示例) and a good one (正确示例).
    ``options`` are the configurable settings and their defaults.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    func: CheckFunc
    explanation: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    plugin: str = "builtin"

    @property
    def family(self) -> str:
        return self.code[0]

    @cached_property
    def sections(self) -> Explanation:
        """The explanation parsed into its fixed sections (:func:`parse_explanation`)."""
        return parse_explanation(self.explanation)

    def __post_init__(self) -> None:
        if not CODE_RE.match(self.code):
            raise ValueError(f"check code {self.code!r} must be a letter and three digits")
        if not NAME_RE.match(self.name):
            raise ValueError(f"check name {self.name!r} must be kebab-case")


def check(
    code: str,
    name: str,
    severity: Severity | str,
    summary: str,
    *,
    options: Mapping[str, Any] | None = None,
) -> Callable[[CheckFunc], Check]:
    """Decorator turning a function into a :class:`Check`; its docstring is the explanation."""

    def wrap(func: CheckFunc) -> Check:
        return Check(
            code=code,
            name=name,
            severity=Severity.parse(severity),
            summary=summary,
            func=func,
            explanation=explanation_of(func),
            options=dict(options or {}),
            plugin=func.__module__,
        )

    return wrap


def explanation_of(func: Callable[..., Any]) -> str:
    """A check's explanation: its function's docstring (:func:`docstring`), dedented and
    stripped. Kept in the pattern cache's file by the text of the docstring when the command
    line installed it: cleaning the 99 built-in docstrings (40 KB) line by line in Python was
    some 10 M instructions of every start."""
    doc = getattr(func, "__doc__", None)
    if not isinstance(doc, str):
        return _explanation(func)
    if not _FINGERPRINT:
        _FINGERPRINT.append(
            pattern_cache.code_fingerprint((explanation_of, _explanation, docstring))
        )
    key = (_FINGERPRINT[0], doc)
    kept = pattern_cache.recall("explanation", key)
    if type(kept) is str:
        return kept
    found = _explanation(func)
    pattern_cache.keep("explanation", key, found)
    return found


_FINGERPRINT: list[int] = []


def _explanation(func: Callable[..., Any]) -> str:
    import textwrap

    return textwrap.dedent(docstring(func)).strip()


def docstring(func: Callable[..., Any]) -> str:
    """``inspect.getdoc(func) or ""``: the docstring without the indentation of its lines
    after the first (the least indentation of those with text, as ``inspect.cleandoc``
    removes it). Without importing :mod:`inspect` (with ``ast``, ``dis`` and ``tokenize``,
    about 4 % of a cold check of one file) unless the function has no docstring of its own
    (``inspect`` looks for an inherited one)."""
    doc = getattr(func, "__doc__", None)
    if not isinstance(doc, str):
        import inspect

        return inspect.getdoc(func) or ""
    first, *rest = doc.expandtabs().split("\n")
    margin = min((len(line) - len(line.lstrip()) for line in rest if line.lstrip()), default=0)
    return "\n".join([first.lstrip(), *(line[margin:] for line in rest)]).strip("\n")


def collect_checks(namespace: Mapping[str, Any] | ModuleType) -> list[Check]:
    """All :class:`Check` objects defined in a module or namespace, in definition order."""
    items = vars(namespace) if isinstance(namespace, ModuleType) else namespace
    return [value for value in items.values() if isinstance(value, Check)]


@lru_cache(maxsize=1)
def _views_of() -> Callable[[Document, Profile], DocumentViews]:
    """:func:`fazhi_lint.analysis.views.views_of`, imported on first use (not by the command
    line's start) and once: each check of each file asks for its context's views."""
    from .analysis.views import views_of

    return views_of


@dataclass
class CheckContext:
    """What a check sees: the document, the analysis views, its profile and options."""

    document: Document
    check: Check
    profile: Profile
    options: Mapping[str, Any]
    severity: Severity

    @cached_property
    def views(self) -> DocumentViews:
        """The analysis views of the document (:mod:`fazhi_lint.analysis.views`)."""
        return _views_of()(self.document, self.profile)

    @property
    def outline(self) -> Outline:
        return self.views.outline

    def diagnostic(
        self,
        message: str,
        block: Block | None = None,
        start: int | None = None,
        end: int | None = None,
        *,
        suggestion: str | None = None,
        severity: Severity | None = None,
        related: Iterable[Span] = (),
        data: dict[str, Any] | None = None,
        code: str | None = None,
        name: str | None = None,
        fix: str | None = None,
    ) -> Diagnostic:
        """Build a diagnostic for this check, located at ``block[start:end]``.

        Without ``start``/``end`` the whole block is the span; without a block the
        finding concerns the document as a whole.
        """
        if block is None:
            location = Location()
            span = None
            excerpt = context = ""
        else:
            location = block.location
            s = 0 if start is None else max(0, min(start, len(block.text)))
            e = len(block.text) if end is None else max(s, min(end, len(block.text)))
            span = (s, e)
            excerpt = block.text[s:e]
            context = block.text
        return Diagnostic(
            code=code or self.check.code,
            name=name or self.check.name,
            severity=severity or self.severity,
            message=message,
            path=self.document.path,
            location=location,
            span=span,
            excerpt=excerpt,
            context=context,
            suggestion=suggestion,
            related=tuple(related),
            data=data or {},
            fix=fix,
        )


# -- helpers for the messages of checks ---------------------------------------------------------

SLIP_LIMIT = 10  # more slips of one kind than this are a habit (or a template): one finding


def snippet(
    block: Block, start: int, end: int, replacement: str | None = None, pad: int = 6
) -> str:
    """The text around ``[start, end)``, optionally with the span replaced."""
    text = block.text
    a, b = max(0, start - pad), min(len(text), end + pad)
    middle = text[start:end] if replacement is None else replacement
    left = ("…" if a > 0 else "") + text[a:start]
    right = text[end:b] + ("…" if b < len(text) else "")
    return f"{left}{middle}{right}".replace("\n", " ")
