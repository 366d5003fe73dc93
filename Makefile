# Two commands on a fresh machine (see README):
#   make demo   set up, then lint the bundled example reports
#   make test   set up, then run the linters and the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-fast lint bench fuzz fixtures clean browser-tools

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

# the edit-test loop: everything but the integration tests marked slow in tests/conftest.py,
# spread over every core (pytest-xdist); bytecode and pytest's rewritten asserts are cached
# whatever the environment says (PYTHONDONTWRITEBYTECODE set made each worker rewrite ~260
# test modules, ~5 s of every run)
test-fast: export PYTHONDONTWRITEBYTECODE =
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow" -n auto --batch-cases

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --all

# mutated fixtures through the CLI (not part of `make test`); FUZZ="--seed 2 --minutes 10"
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py $(FUZZ)

fixtures: $(STAMP)
	$(BIN)/python fixtures/build_fixtures.py

# System tools for the browser tests (Chromium, driven by Playwright through executable_path;
# never a downloaded browser) and the LibreOffice oracle, with CJK fonts for both; installed
# with apt-get only when absent (CI runs as root on Debian). The tests skip without them.
browser-tools:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi "noto.*cjk"; } || missing="$$missing fonts-noto-cjk"; \
	if [ -z "$$missing" ]; then echo "browser tools: all present"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "browser tools: installing$$missing"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; } \
		|| echo "browser tools: could not install$$missing (the tests that need them will be skipped)"; \
	else echo "browser tools: missing$$missing (the tests that need them will be skipped)"; fi

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
