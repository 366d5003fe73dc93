"""One test item per module's plain tests: ``pytest --batch-cases`` (``make test-fast``).

The statistics tests are thousands of parametrised one-sentence cases; pytest's own work for
an item (setup, three reports, with xdist their serialization through the controller) cost
about as much as the case itself (session 17, benchmarks/README.md). With ``--batch-cases``
the plain tests of one module become one item that runs each function body on its cases (the
same assertion, as strict) and, if any fails, reports EVERY failing case: its node id (what
runs it alone), its parameters and the assertion's message with the values compared. (One
item per module, not per function: a statistics module holds a dozen functions of a few
cases each; the lane's 3,565 items became ~1,000 and its CPU ~10 % less, session 24.)

Only plain tests are batched: a function whose arguments are all direct parameters, or that
has none (no fixture, no autouse or xunit set-up, no class), without marks of its own or per
case beyond ``parametrize``; anything else stays an item of its own. The batching comes after
the selection (``-k``, ``-m``, node ids), so a selected single case stays a single item, and
the full suite (``make test``, CI: no ``--batch-cases``) keeps an item per case.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable
from typing import Any

import pytest

try:  # pytest's own class of a direct parameter (private): without it nothing is batched, so a
    # pytest that renames it costs the fast lane its speed, never the suite its run
    from _pytest.python import DirectParamFixtureDef
except ImportError:  # pragma: no cover - depends on the installed pytest
    DirectParamFixtureDef = None  # type: ignore[assignment, misc]

OPTION = "--batch-cases"
# the batch's name in its node id: the module's, then this in brackets
BATCH_ID = "every-case"
# a parameter longer than this is shortened in a failure's listing
PARAM_SHOWN = 400


def add_option(parser: pytest.Parser) -> None:
    parser.addoption(
        OPTION,
        action="store_true",
        default=False,
        help="run the plain tests of each module (parametrised cases, functions without "
        "arguments) as one item that lists every failing case (the edit-test loop, make "
        "test-fast)",
    )


def _params(case: pytest.Function) -> dict[str, Any]:
    """A case's parameters by name (none for a function without ``parametrize``)."""
    callspec = getattr(case, "callspec", None)
    return callspec.params if callspec is not None else {}


def _plain_case(item: pytest.Item) -> bool:
    """A module's function called with its parameters alone (if any), nothing set up around it."""
    if not isinstance(item, pytest.Function) or not isinstance(item.parent, pytest.Module):
        return False
    callspec = getattr(item, "callspec", None)
    if callspec is not None and callspec.marks:
        return False
    if any(mark.name != "parametrize" for mark in item.iter_markers()):
        return False
    params = _params(item)
    defs = item._fixtureinfo.name2fixturedefs
    for name in item.fixturenames:
        if name not in params:
            return False
        if not all(isinstance(d, DirectParamFixtureDef) for d in defs.get(name, ())):
            return False  # an indirect parameter: a fixture's own
    return set(item._fixtureinfo.argnames) == set(item.fixturenames)


class CaseFailures(Exception):
    def __init__(self, failures: list[tuple[pytest.Function, BaseException]], total: int):
        super().__init__(f"{len(failures)} of {total} cases failed")
        self.failures = failures
        self.total = total


class CaseBatch(pytest.Item):
    """Every plain case of one module, each checked, every failure reported."""

    def __init__(self, *, cases: list[pytest.Function], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cases = cases

    def runtest(self) -> None:
        failures: list[tuple[pytest.Function, BaseException]] = []
        skipped: list[pytest.Function] = []
        for case in self.cases:
            params = _params(case)
            args = {name: params[name] for name in case._fixtureinfo.argnames}
            try:
                case.obj(**args)
            except pytest.skip.Exception:
                skipped.append(case)
            except (Exception, pytest.fail.Exception) as exc:  # each listed
                failures.append((case, exc))
        if failures:
            raise CaseFailures(failures, len(self.cases))
        if skipped and len(skipped) == len(self.cases):
            pytest.skip(f"all {len(skipped)} cases skipped")
        if skipped:
            names = "\n".join(case.nodeid for case in skipped)
            self.add_report_section("call", "skipped cases", names)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if not isinstance(excinfo.value, CaseFailures):
            return super().repr_failure(excinfo)
        lines = [f"{excinfo.value} (each runs alone by its node id, without {OPTION}):"]
        for case, exc in excinfo.value.failures:
            lines.append("")
            lines.append(f"FAILED {case.nodeid}")
            for name, value in _params(case).items():
                shown = repr(value)
                if len(shown) > PARAM_SHOWN:
                    shown = shown[:PARAM_SHOWN] + "…"
                lines.append(f"  {name} = {shown}")
            lines.extend(f"  {line}" for line in _where(case, exc))
            message = str(exc).splitlines() or [""]
            lines.append(f"  {type(exc).__name__}: {message[0]}")
            lines.extend(f"    {line}" for line in message[1:])
        return "\n".join(lines)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        path, lineno, _ = self.cases[0].reportinfo()
        return path, lineno, self.name


def _where(case: pytest.Function, exc: BaseException) -> Iterable[str]:
    """The line of the test module the case failed at (its assertion), and a deeper frame's."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [f for f in frames if f.filename == str(case.path)]
    if own:
        yield f"at {case.path.name}:{own[-1].lineno}: {own[-1].line}"
    if frames and frames[-1] not in own:
        last = frames[-1]
        yield f"raised in {last.filename}:{last.lineno}: {last.line}"


def batch(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Replace, in place, the plain cases of each module by one batch at the first's place."""
    if not config.getoption(OPTION) or DirectParamFixtureDef is None:
        return
    groups: dict[str, list[pytest.Function]] = {}
    for item in items:
        if _plain_case(item):  # a Function of a Module
            key = item.parent.nodeid  # type: ignore[union-attr]
            groups.setdefault(key, []).append(item)  # type: ignore[arg-type]
    first = {id(cases[0]): cases for cases in groups.values() if len(cases) > 1}
    rest = {id(case) for cases in first.values() for case in cases[1:]}
    batched: list[pytest.Item] = []
    for item in items:
        cases = first.get(id(item))
        if cases is not None:
            module = cases[0].parent
            assert isinstance(module, pytest.Module)
            batched.append(CaseBatch.from_parent(module, name=f"[{BATCH_ID}]", cases=cases))
        elif id(item) not in rest:
            batched.append(item)
    items[:] = batched
