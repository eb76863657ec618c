# The README's two commands: `make run` (install + chat UI) and `make test` (install dev + tests). CI runs `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export OMP_WAIT_POLICY := PASSIVE

.PHONY: install install-dev run index test test-fast lint typecheck eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first and pinned: the CPU wheel in the local wheel dir; anything else pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install torch==2.13.0
	$(BIN)/pip install -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed scripts/install-chromium
	$(BIN)/pip install -e '.[dev]'
	scripts/install-chromium
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/gdc chat

index: install
	$(BIN)/gdc index

test: install-dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest

# The unit tier and every doctest: hash embeddings, no model; seconds.
test-fast: install-dev
	$(BIN)/pytest -m "not integration and not browser and not server and not slow"

typecheck: install-dev
	$(BIN)/mypy

lint: install-dev
	$(BIN)/ruff check .

eval: install
	$(BIN)/gdc eval

bench: install
	$(BIN)/gdc bench

clean:
	rm -rf $(VENV) index/built
