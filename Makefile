# Two commands on a fresh machine with Python 3.11 and make:
#   make demo   - create .venv, install, run the pipeline on corpus/ into outputs/, print a summary
#   make test   - create/reuse .venv, install with the test extras, run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: demo test install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e ".[test,dask]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/claims run corpus/ --out outputs/
	$(BIN)/claims validate outputs/

test: install-test
	$(BIN)/python -m pytest

bench: install-test
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf $(VENV) outputs/*.jsonl outputs/manifest.json outputs/cache outputs/generations
