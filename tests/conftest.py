"""Shared test set-up: the ``slow`` marker behind ``make test-fast``.

The slow tests are the integration ones: real external programs (pre-commit, LibreOffice,
Chromium, pip building a wheel), the whole corpus, process kills and the CLI in subprocesses
on hostile inputs. ``make test-fast`` leaves them out for the edit-test loop; ``make test``
(and CI) runs everything.
"""

from __future__ import annotations

import pytest

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
        "test_libreoffice_oracle",
        "test_orphans",
        "test_packaging",
        "test_pdf_corpus",
        "test_pdf_parity",
        "test_precommit",
        "test_statistics_blind",
    }
)
# single slow tests in otherwise fast modules
SLOW_TESTS = frozenset(
    {
        "test_real_json_output_matches_the_schema",
        "test_budget_pdf_contents_page_no_longer_reads_as_headings",
        "test_huge_inputs_finish",
    }
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: integration test left out by `make test-fast`")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.path.stem
        if module in SLOW_MODULES or item.originalname in SLOW_TESTS:  # type: ignore[attr-defined]
            item.add_marker(pytest.mark.slow)
