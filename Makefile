# Two commands on a fresh machine (see README):
#   make demo   set up, then lint the bundled example reports
#   make test   set up, then run the linters and the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench fuzz fixtures clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/fazhi-lint check fixtures/seeds --exit-zero

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --all

# mutated fixtures through the CLI (not part of `make test`); FUZZ="--seed 2 --minutes 10"
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py $(FUZZ)

fixtures: $(STAMP)
	$(BIN)/python fixtures/build_fixtures.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
