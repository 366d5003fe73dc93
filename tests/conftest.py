"""Shared test set-up: the ``slow`` marker behind ``make test-fast``.

The slow tests are the integration ones: real external programs (pre-commit, LibreOffice,
Chromium, pip building a wheel), the whole corpus, process kills and the CLI in subprocesses
on hostile inputs; and the heaviest in-process ones (the import graph of every module, the
statistics properties over generated reports and their time bounds), which cost a second or
more of CPU each. ``make test-fast`` leaves them out for the edit-test loop; ``make test``
(and CI) runs everything.

Speed of a run (the edit-test loop): the compiled-pattern cache of the command line is
installed for the whole run, in a folder of the project's ``.pytest_cache`` that outlives the
run (each xdist worker compiled some 1,200 patterns afresh, ~1 s, into a temporary folder);
the collector's young pass is rarer and the collected tests are frozen out of its sight
(11,000 test items and their parameters walked again by every full pass: ~12 % of a run's
CPU, half of it in the collection); a module that is slow as a whole is not even imported
when ``-m "not slow"`` leaves it out; with ``--batch-cases`` (``make test-fast``) the plain
tests of each module run as one item listing every failing case (``tests/case_batches.py``:
one case still runs alone by its node id or ``-k``); the random-input guards of the
shortcuts draw the first quarter of their inputs in the lane and all of them in the full suite
(``tests/draws.py``; since session 31 also the three that kept their full count, their reach
bounds scaled: ~4 CPU s). Session 31, load 10-29: the lane ~93 CPU s user on a quiet machine
(54.9 s wall, the brief's figure), two workers even to 0.2 CPU s; 70 % of the items' CPU is the
statistics case tables' own ``analyze_text`` work (benchmarks/README.md).
"""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import draws
import pytest
from case_batches import add_option, batch

SLOW_MODULES = frozenset(
    {
        "test_annotate",
        "test_batch",
        "test_browser",
        "test_corpus_real",
        "test_desk_browser",
        "test_fixture_build",
        "test_fuzz",
        "test_hostile_inputs",
        "test_layers",
        "test_libreoffice_oracle",
        "test_orphans",
        "test_packaging",
        "test_pdf_corpus",
        "test_pdf_parity",
        "test_precommit",
        "test_statistics_blind",
        "test_statistics_bounds",
        "test_statistics_properties",
    }
)
# single slow tests in otherwise fast modules
SLOW_TESTS = frozenset(
    {
        "test_real_json_output_matches_the_schema",
        "test_budget_pdf_contents_page_no_longer_reads_as_headings",
        "test_huge_inputs_finish",
        # the command line in subprocesses, a worker killed mid-batch, fixtures rebuilt
        "test_the_output_is_whole_and_the_status_is_mains",
        "test_the_command_line_finds_the_same_with_and_without_it",
        "test_a_kill_mid_batch_keeps_every_earlier_result",
        "test_reportlab_fixtures_are_what_the_script_builds",
        "test_a_cold_check_does_not_import_importlib_resources",
        # fresh interpreters: cold starts under three hash seeds, imports of a cold check, a
        # spawned checking process
        "test_a_warm_start_compiles_nothing_whatever_the_hash_seed",
        "test_a_check_of_a_docx_file_never_runs_inspect",
        "test_plain_check_does_not_import_jieba",
        "test_the_worker_stores_the_text_also_from_a_spawned_checking_process",
        "test_the_exit_functions_run",
        "test_a_running_thread_gets_the_ordinary_exit",
        "test_jsonl_streams_from_the_cli",
        "test_csv_from_the_cli_opens_as_utf8_sig",
        "test_a_baseline_hides_known_shared_passages_and_shows_a_new_one",
        "test_copied_shares_per_section_within_five_points",
        "test_batch_groups_found_and_nothing_else",
        # fresh interpreters asked what a start imported or created (session 20); the lane
        # keeps one such test of each (the library's one-family run, the collector paused by a
        # check) and runs the same code in-process (the comparison, the .docx and PDF readers,
        # every check, the command line's `rules`)
        "test_the_command_line_with_one_family_imports_only_that_family",
        "test_plain_check_imports_no_similarity_library",
        "test_the_dataclasses_of_a_docx_check_have_docstrings",
        "test_a_normal_pdf_never_imports_pdfplumber",
        "test_other_commands_resume_it_without_freezing",
        # LibreOffice printing a Word table to PDF; a PDF worker hung or aborted on purpose
        "test_a_word_table_printed_by_libreoffice_reads_as_the_docx",
        "test_a_hang_or_crash_in_the_worker_is_e010_and_the_batch_goes_on",
        # whole seed reports read by pdfminer to compare with pdfium (session 21); the lane
        # compares the reportlab files and checks the seeds' drawn spaces and dashes by pdfium
        "test_pdfium_reads_the_seed_reports_as_pdfplumber",
        # every pair of seed paragraphs joined at every mark (session 22); the lane keeps the
        # joints of test_joints_that_reach_across_equal_the_joined_extraction, the same shortcut
        "test_the_seed_paragraphs_joined_at_every_mark_equal_their_joined_extraction",
    }
)

# fixtures that run an external program (LibreOffice exporting the form fixtures to PDF):
# every test that asks for one is an integration test
SLOW_FIXTURES = frozenset({"pdf_files"})


# the command line's compiled-pattern cache (fazhi_lint/pattern_cache.py) lives in a folder
# of the project's pytest cache, kept from run to run, never in the user's cache folder (xdist
# workers inherit the variable); the plugin index in a folder of this run
_OWN_PATTERN_CACHE: list[str] = []
# the collector's young pass while testing (700 allocations by default; the command line's
# own figure while it lints, fazhi_lint.cli.YOUNG_PASS)
YOUNG_PASS = 20_000


def pytest_addoption(parser: pytest.Parser) -> None:
    add_option(parser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: integration test left out by `make test-fast`")
    draws.FULL = not _fast_lane(config)  # the random-input guards draw a quarter in the lane
    if not os.environ.get("FAZHI_LINT_PATTERN_CACHE"):
        folder = Path(config.rootpath, ".pytest_cache", "fazhi-patterns")
        os.environ["FAZHI_LINT_PATTERN_CACHE"] = str(folder)
    if not os.environ.get("FAZHI_LINT_PLUGIN_CACHE"):  # the plugin index in a folder of the run
        folder = tempfile.mkdtemp(prefix="fazhi-plugins-")
        os.environ["FAZHI_LINT_PLUGIN_CACHE"] = folder
        _OWN_PATTERN_CACHE.append(folder)
    # before any test module imports fazhi_lint: its patterns come from the kept file (an
    # in-process fazhi_lint.cli.main installed it at some point of every run before)
    from fazhi_lint import pattern_cache

    pattern_cache.install()
    gc.set_threshold(YOUNG_PASS, *gc.get_threshold()[1:])


def pytest_collection_finish(session: pytest.Session) -> None:
    # the collected items live to the end of the run: out of the collector's sight
    gc.freeze()


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """A module that is slow as a whole is not imported when ``-m "not slow"`` leaves it out."""
    if _fast_lane(config) and collection_path.stem in SLOW_MODULES:
        return True
    return None


def _fast_lane(config: pytest.Config) -> bool:
    return config.getoption("markexpr", "") == "not slow"


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    patterns = sys.modules.get("fazhi_lint.pattern_cache")
    if patterns is not None:  # installed by an in-process fazhi_lint.cli.main: written now
        patterns.uninstall()
    for folder in _OWN_PATTERN_CACHE:
        shutil.rmtree(folder, ignore_errors=True)
    if hasattr(config, "workerinput"):
        _end_the_worker()


def _end_the_worker() -> None:
    """An xdist worker whose results are sent (its last report went with ``pytest_sessionfinish``)
    ends at once, as the command line does (``fazhi_lint.cli``): the exit functions run, the
    interpreter's teardown of some 17,000 collected items and the tests' caches, which the
    controller waited for at the end of every run, does not."""
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(0)


# a wrapper: the slow marks come before the selection (-m) and the case batches after it
# (-k, -m, node ids: a single selected case stays one item)
@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> Iterator[None]:
    for item in items:
        module = item.path.stem
        if (
            module in SLOW_MODULES
            or item.originalname in SLOW_TESTS  # type: ignore[attr-defined]
            or SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ()))
        ):
            item.add_marker(pytest.mark.slow)

    yield
    batch(config, items)
