"""The fast lane's case batches (tests/case_batches.py, ``--batch-cases``): every plain case of a
module in one item, every case still checked and every failing one listed; what is not a plain
case, and what the selection leaves alone, stays an item of its own."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

CONFTEST = """
import pytest
from case_batches import add_option, batch

def pytest_addoption(parser):
    add_option(parser)

@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    yield
    batch(config, items)
"""

CASES = """
import pytest

@pytest.mark.parametrize("a, b", [(1, 1), (2, 3), (4, 4), (5, 6)])
def test_equal(a, b):
    assert a == b

@pytest.mark.parametrize("n", [1, 2])
def test_fixture(n, tmp_path):
    assert n

@pytest.mark.parametrize("n", [1, pytest.param(2, marks=pytest.mark.xfail(strict=True))])
def test_marked(n):
    assert n == 1

def test_plain():
    assert True

def test_plain_fails():
    assert 1 + 1 == 3
"""


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_cases=CASES)
    return pytester


def test_without_the_option_every_case_is_an_item(project: pytest.Pytester) -> None:
    result = project.runpytest()
    # 4 + 2 + 2 + 1 + 1 items; (2, 3), (5, 6) and test_plain_fails fail, the xfail case fails
    # as expected
    result.assert_outcomes(passed=6, failed=3, xfailed=1)


def test_a_batch_checks_every_case_and_lists_every_failure(project: pytest.Pytester) -> None:
    result = project.runpytest("--batch-cases")
    # one item of the module's plain cases (failed): test_equal's four, test_marked's case
    # without marks, test_plain and test_plain_fails; test_fixture 2 items (a fixture);
    # test_marked's case with marks of its own 1 (xfailed)
    result.assert_outcomes(passed=2, failed=1, xfailed=1)
    result.stdout.fnmatch_lines(
        [
            "*3 of 7 cases failed*",
            "FAILED test_cases.py::test_equal[2-3]",
            "  a = 2",
            "  b = 3",
            "*assert 2 == 3*",
            "FAILED test_cases.py::test_equal[5-6]",
            "*assert 5 == 6*",
            "FAILED test_cases.py::test_plain_fails",
            "*assert 1 + 1 == 3",
        ]
    )


def test_a_selected_case_stays_one_item(project: pytest.Pytester) -> None:
    result = project.runpytest("--batch-cases", "-k", "test_equal and 2-3")
    result.assert_outcomes(failed=1, deselected=9)
    result.stdout.fnmatch_lines(["FAILED test_cases.py::test_equal[[]2-3[]]*"])


def test_a_batch_of_passing_cases_is_one_pass(project: pytest.Pytester) -> None:
    result = project.runpytest("--batch-cases", "-k", "test_equal and not 2-3 and not 5-6")
    result.assert_outcomes(passed=1, deselected=8)
