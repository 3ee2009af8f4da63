# Two commands for a fresh machine with Python 3.11+: `make site` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
# Where the browser tests find Chromium; see `browser` below.
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser)

.PHONY: site serve test test-fast test-js lint browser lock messages clean

# The engine that builds the site: mkdocs (with this project's plugin) or zensical (which runs no MkDocs plugin, so
# it builds from docs/ plus what `python -m generator build --out` writes, staged together in .zensical/).
ENGINE ?= mkdocs
ZVENV := .venv-zensical
STAGE := .zensical
# The German site's stage: mkdocs.de.yml with mkdocs.yml merged in as MkDocs merges it (Zensical
# would append mkdocs.de.yml's lists to mkdocs.yml's), docs/ with its pages translated into German
# (translations/pages/de/) in place, and the pages the generator makes in German.
STAGE_DE := .zensical-de

## site: create .venv, install the pinned dependencies, build the site into site/ (strict) and its German
##       edition into site/de/ (mkdocs.de.yml); ENGINE=zensical for Zensical
site: $(VENV)/.site $(if $(filter zensical,$(ENGINE)),$(ZVENV)/.installed)
ifeq ($(ENGINE),zensical)
	rm -rf $(STAGE) && mkdir -p $(STAGE)
	cp -R mkdocs.yml CONTRIBUTING.md overrides docs $(STAGE)/
	$(BIN)/python -m generator build --out $(STAGE)/docs
	cd $(STAGE) && ../$(ZVENV)/bin/zensical build --strict
	rm -rf site && mv $(STAGE)/site site
	rm -rf $(STAGE_DE) && mkdir -p $(STAGE_DE)
	cp -R CONTRIBUTING.md overrides docs $(STAGE_DE)/
	$(BIN)/python -m generator stage mkdocs.de.yml --out $(STAGE_DE)
	$(BIN)/python -m generator build --config mkdocs.de.yml --out $(STAGE_DE)/docs
	cd $(STAGE_DE) && ../$(ZVENV)/bin/zensical build --strict
	rm -rf site/de && mv $(STAGE_DE)/site/de site/de
else
	$(BIN)/mkdocs build --strict
	$(BIN)/mkdocs build --strict -f mkdocs.de.yml
endif

## serve: preview the site on http://127.0.0.1:8000, rebuilding the pages that change when exercises.toml,
##        vocabulary.toml, templates/ or docs/ are saved (a dirty serve, whose warning about itself is no
##        error: `make site` builds it all, strictly)
serve: $(VENV)/.site
	$(BIN)/mkdocs serve --dirty --no-strict

## test: install the test dependencies and a headless Chromium where missing, then lint, type-check and run every
##       test: unit, JavaScript, build and browser (tests/conftest.py says which is which), a process per core,
##       each test file in one of them (its module's builds are made once)
test: $(VENV)/.test $(ZVENV)/.installed browser lint test-js
	$(BIN)/pytest -n auto --dist loadfile

## test-fast: the everyday loop, under a minute: the unit tests (each in its worker's own process: no build, no
##            process, no browser) with fewer Hypothesis examples, a worker per core, and the JavaScript tests
test-fast: $(VENV)/.test test-js
	HYPOTHESIS_PROFILE=fast $(BIN)/pytest -q -n auto tests/unit

## test-js: the site's scripts under Node's own test runner, held to the answers Python writes for them first
JS_CASES := .cache/js-cases.json
test-js: $(VENV)/.test
	$(BIN)/python -m tests.js.cases $(JS_CASES)
	EXERCISE_GUIDE_JS_CASES=$(JS_CASES) node --test tests/js/

lint: $(VENV)/.test
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy generator

# Debian's chromium where apt-get can install it (CI and developer machines here), else Playwright's own
# build, with the system libraries it needs wherever they can be installed without a password (as root,
# or with passwordless sudo as on GitHub's runners, whose image also has a /usr/bin/chromium).
browser: $(VENV)/.test
	@if [ -n "$(CHROMIUM)" ]; then \
		echo "browser tests use $(CHROMIUM)"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
			|| $(BIN)/playwright install --with-deps chromium; \
	elif command -v apt-get >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
		$(BIN)/playwright install --with-deps chromium; \
	else \
		$(BIN)/playwright install chromium; \
	fi

# Every package is checked against the hashes in the lock file; the project itself is a separate
# editable install with no dependencies of its own to resolve.
$(VENV)/.site: requirements/site.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements/site.txt
	$(PIP) install --no-deps -e .
	touch $@

# Zensical in an environment of its own: it pins packages of its own, which the site's lock need not follow.
$(ZVENV)/.installed: requirements/zensical.txt
	test -x $(ZVENV)/bin/python || $(PYTHON) -m venv $(ZVENV)
	$(ZVENV)/bin/python -m pip --disable-pip-version-check --quiet install --require-hashes -r requirements/zensical.txt
	touch $@

$(VENV)/.test: requirements/test.txt $(VENV)/.site
	$(PIP) install --require-hashes -r requirements/test.txt
	touch $@

## messages: extract the site's own wording (babel.cfg) and update each language's catalogue from it: the
##           templates' into translations/messages/messages.pot and <language>.po, the browser scripts'
##           (a domain of its own, which the site publishes for them) into translations/scripts/scripts.pot
##           and <language>.po; then translate what is new or fuzzy (CONTRIBUTING.md). No dates and no
##           line numbers are written, so an unchanged template or script changes nothing.
MESSAGES := translations/messages
SCRIPT_MESSAGES := translations/scripts
EXTRACT := $(BIN)/pybabel --quiet extract -F babel.cfg --omit-header --sort-by-file --add-location=file \
	--add-comments=TRANSLATORS: --strip-comment-tags
# $(call update,FOLDER,TEMPLATE): each language's FOLDER/<language>.po brought up to TEMPLATE.
update = for po in $(1)/*.po; do \
		[ -e "$$po" ] || continue; \
		$(BIN)/pybabel --quiet update --ignore-pot-creation-date -i $(2) \
			-l "$$(basename "$$po" .po | tr - _)" -o "$$po" || exit 1; \
	done
# Each domain is extracted from its own files: babel.cfg maps both, so extracting `.` would mix them.
messages: $(VENV)/.site
	$(EXTRACT) -o $(MESSAGES)/messages.pot $(sort $(shell find templates -name '*.j2'))
	$(EXTRACT) -o $(SCRIPT_MESSAGES)/scripts.pot $(sort $(wildcard docs/assets/javascripts/*.js))
	$(call update,$(MESSAGES),$(MESSAGES)/messages.pot)
	$(call update,$(SCRIPT_MESSAGES),$(SCRIPT_MESSAGES)/scripts.pot)

## lock: resolve requirements/*.txt, with every file's hash, from requirements/*.in (then review the diff).
##       Pins already in a .txt stay; `make lock UPGRADE=1` moves everything to the newest releases.
LOCK_TOOL := pip-tools==7.6.2
COMPILE := .lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links $(if $(UPGRADE),--upgrade)
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet $(LOCK_TOOL)
	$(COMPILE) --output-file requirements/site.txt requirements/site.in
	$(COMPILE) --constraint requirements/site.txt --output-file requirements/test.txt requirements/test.in
	$(COMPILE) --output-file requirements/zensical.txt requirements/zensical.in
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) $(ZVENV) $(STAGE) $(STAGE_DE) site .cache .pytest_cache .mypy_cache .ruff_cache .hypothesis
