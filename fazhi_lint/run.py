"""One check run: discover the files, lint them in batch workers, set the baseline's findings
aside, and hand each result on — the orchestration the command line and the desk share.

    run = Run(Linter(config), jobs=2, baseline=baseline)
    found = run.discover(["报告/"])
    for result in run.lint(found.files, skipped=found.skipped):
        ...                      # stream it (jsonl), advance a progress bar
    reporter(run.results, stream, options)
    exit_status = 1 if run.failed() else 0

Choosing the output format, where it goes and how progress is shown stays with the caller.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .batch import BatchLimits, InMemoryFile, lint_files
from .discovery import Discovery, discover
from .engine import Linter
from .model import FileResult
from .readers.errors import FILE_SKIPPED

if TYPE_CHECKING:
    from .baseline import Baseline
    from .model import Document


@dataclass
class Run:
    """A run of ``linter`` over many files.

    ``results`` holds what is reported (after the baseline), ``everything`` what was found
    (what ``--write-baseline`` records), ``hidden`` how many findings the baseline set aside.
    With ``previous`` (last year's report) each result gets the C101–C104 comparison; else
    ``previous_for`` (the ledger's lookup of the unit's report of the year before) may add it.
    With ``compare`` the baseline is applied after :meth:`compare_batch`, so that a known
    shared passage (C105) is set aside like any other finding. ``in_process``: a single file
    is checked in this process when the limits can be enforced here (no worker to start).
    """

    linter: Linter
    jobs: int | None = None
    limits: BatchLimits = field(default_factory=BatchLimits)
    baseline: Baseline | None = None
    previous: Document | None = None
    previous_for: Callable[[FileResult], FileResult] | None = None
    compare: bool = False
    in_process: bool = False
    results: list[FileResult] = field(default_factory=list)
    everything: list[FileResult] = field(default_factory=list)
    hidden: int = 0

    def discover(self, paths: Sequence[str | os.PathLike[str]]) -> Discovery:
        """The files under ``paths``, with the configuration's ``exclude`` applied."""
        config = self.linter.config
        return discover(paths, config.exclude, config.root)

    def lint(
        self,
        sources: Iterable[str | InMemoryFile],
        *,
        skipped: Iterable[str] = (),
        on_done: Callable[[int, FileResult], None] | None = None,
    ) -> Iterator[FileResult]:
        """Lint ``sources`` (in input order) and yield each result as it will be reported;
        then one E013 result per file of the folders that was not checked (``skipped``)."""
        for result in lint_files(
            self.linter,
            list(sources),
            jobs=self.jobs,
            limits=self.limits,
            on_done=on_done,
            in_process=self.in_process,
        ):
            yield self._take(result)
        if self.linter.is_enabled(FILE_SKIPPED):
            from .readers.errors import skipped_diagnostic

            for path in skipped:
                yield self._take(FileResult(path, "skipped", [skipped_diagnostic(path)]))

    def lint_one(self, source: str | InMemoryFile) -> FileResult:
        """One file, within the run's limits."""
        return next(self.lint([source]))

    def _take(self, result: FileResult) -> FileResult:
        if self.previous is not None:
            from .comparison import add_previous

            result = add_previous(self.linter, result, self.previous)
        elif self.previous_for is not None:
            result = self.previous_for(result)
        self.everything.append(result)
        if self.baseline is not None and not self.compare:  # compare: after C105
            result, dropped = self.baseline.filter(result)
            self.hidden += dropped
        self.results.append(result)
        return result

    def compare_batch(self) -> None:
        """C105: passages the checked files share (``--compare``). C105 belongs to what was
        found (``--write-baseline``, the ledger); the baseline then hides a known passage."""
        from .comparison import add_batch

        self.everything[:] = add_batch(self.linter, self.everything)
        self.results[:] = self.everything
        if self.baseline is not None:
            for i, result in enumerate(self.results):
                self.results[i], dropped = self.baseline.filter(result)
                self.hidden += dropped

    def failed(self) -> bool:
        """True when a reported finding reaches the failing severity."""
        return self.linter.failed(self.results)
