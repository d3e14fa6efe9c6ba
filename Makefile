# Quick start: `make demo` (install + run on the bundled corpus), `make test` (install + run all tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/dateline demo

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check dateline tests benchmarks scripts

bench: install
	$(BIN)/dateline bench

clean:
	rm -rf $(VENV) dateline.db dateline.db-* exports artifacts
