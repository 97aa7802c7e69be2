# The two commands a user needs: `make demo` and `make test`. Both install what is missing.
PY      := .venv/bin/python
BUILD   := build/cpp
JOBS    ?= 2
GEN     := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

.PHONY: demo test deps docs notebook python cpp-test py-test typecheck sanitize fuzz fuzz-smoke bench bench-instructions bench-lanes bench-money-lanes bench-steps bench-step-instructions bench-peer-lines clean install wheel packaging-test
PREFIX  ?= /usr/local

# The demo writes to out/ again on every run (--force: a user asked for it by name).
demo: DEPS := demo
demo: python
	$(PY) -m storeops demo --out out --force

test: cpp-test py-test typecheck packaging-test

# What is missing, for the demo alone (`make demo`) or for everything else.
DEPS ?= test
deps:
	@bash scripts/ensure_deps.sh $(DEPS)

# The Python package, built and installed into .venv from this tree. Its build folder is its
# own (build/make-python), so that a plain `pip install .` (build/<wheel tag>) and this one do
# not rebuild everything after each other.
python: deps
	$(PY) -m pip install --no-build-isolation --disable-pip-version-check -q \
	  -C build-dir=build/make-python .

# The documentation site: docs/ (Markdown) into build/docs/html with Sphinx and the PyData
# theme, warnings as errors, offline; the Python reference from the installed package's
# docstrings and the command line's from its parser. `make test` builds it too (a test).
docs: python
	$(PY) -m sphinx -W --keep-going -E -q -b html docs build/docs/html
	@echo "storeops: the site is build/docs/html/index.html"

# The C++ library for applications that link it: a Release build installed under PREFIX
# (default /usr/local); then find_package(storeops CONFIG) with -DCMAKE_PREFIX_PATH=$(PREFIX).
install: deps
	cmake -S . -B build/release $(GEN) -DCMAKE_BUILD_TYPE=Release -DSTOREOPS_BUILD_TESTS=OFF \
	  -DSTOREOPS_INSTALL=ON >/dev/null
	cmake --build build/release -j $(JOBS)
	cmake --install build/release --prefix $(PREFIX)

# The C++ tests, built once (a debug build with -Werror) and run under AddressSanitizer and
# UndefinedBehaviorSanitizer: one build instead of a plain and a sanitized one keeps
# `make test` within its time on a 2-core machine, and every test runs with the checks on.
# The release build of the library is what the Python tests exercise.
cpp-test: deps
	cmake -S . -B $(BUILD) $(GEN) -DCMAKE_BUILD_TYPE=Debug -DSTOREOPS_WERROR=ON \
	  -DSTOREOPS_SANITIZE=ON >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Kept for habit: the C++ tests already run under the sanitizers.
sanitize: cpp-test

py-test: python
	$(PY) -m pytest tests/python --nbmake notebooks

# The Python surface type-checks: the package's own code under mypy --strict, and the
# hand-written stubs of the compiled core against the module itself (mypy.stubtest; what it
# cannot know is listed, with reasons, in python/stubtest-allowlist.txt).
typecheck: python
	cd python && ../$(PY) -m mypy --strict -p storeops
	$(PY) -m mypy.stubtest storeops --allowlist python/stubtest-allowlist.txt

# A binary wheel for machines without a compiler or Eigen: built from the same build folder as
# `make python` (so nothing compiles twice), then repaired by auditwheel into a manylinux
# wheel in dist/ (Eigen and nlohmann-json are header-only: compiled in, nothing to bundle).
wheel: python
	rm -rf dist/raw && mkdir -p dist/raw
	$(PY) -m pip wheel --no-build-isolation --no-deps --disable-pip-version-check -q \
	  -C build-dir=build/make-python -w dist/raw .
	PATH="$(CURDIR)/.venv/bin:$$PATH" $(PY) -m auditwheel repair -w dist dist/raw/storeops-*.whl

# The wheel installed into a fresh virtualenv (no system packages, no compiler needed) runs
# the demo; and the library builds with its C++ headers from PyPI alone (/usr ignored).
packaging-test: wheel
	bash scripts/wheel_test.sh
	bash scripts/pypi_headers_test.sh

# The notebooks in JupyterLab (installed into .venv on first use; make test runs them headless).
notebook: python
	@$(PY) -c "import jupyterlab" 2>/dev/null || $(PY) -m pip install -q --disable-pip-version-check jupyterlab
	$(PY) -m jupyter lab notebooks

clean:
	rm -rf build out dist

# Benchmarks: run on demand, never in `make test` (the machines are shared and noisy).
# EXACT_PEER=path/to/exact_peer.py: an outside exact peer of the month (kept outside the
# project), run from its own folder with this project's Python; its last line is storeops one
# thread over it. Its exit status (1 below its own bar) does not stop the other benchmarks.
EXACT_PEER ?=
bench: python
	$(PY) bench/bench_staffing.py
	@$(PY) -c "import numba" 2>/dev/null || $(PY) -m pip install -q --disable-pip-version-check numba
	$(PY) bench/bench_monte_carlo.py
	@if [ -n "$(EXACT_PEER)" ]; then \
	  echo "== the outside exact peer: $(EXACT_PEER) =="; \
	  cd "$$(dirname "$(EXACT_PEER)")" && "$(abspath $(PY))" "$$(basename "$(EXACT_PEER)")" \
	    || echo "(the peer exited $$?: see its last line)"; \
	fi
	$(PY) bench/bench_tracking.py
	$(PY) bench/bench_week_review.py
	$(PY) bench/bench_propose.py
	$(PY) bench/bench_today.py
	$(PY) bench/bench_portfolio.py
	$(PY) bench/bench_sobol.py
	$(PY) bench/bench_cluster.py
	$(PY) bench/bench_catalog.py
	@$(PY) -c "import pyworkforce" 2>/dev/null || $(PY) -m pip install -q --disable-pip-version-check pyworkforce
	$(PY) bench/bench_campaign_day.py
	$(MAKE) --no-print-directory bench-lanes
	$(MAKE) --no-print-directory bench-money-lanes
	$(MAKE) --no-print-directory bench-steps

# Plain arrays against Eigen arrays for a block's arithmetic (MonthBlock uses plain arrays).
bench-lanes: deps
	@mkdir -p build
	$(CXX) -std=c++20 -O3 -DNDEBUG $$(pkg-config --cflags eigen3) bench/lanes.cpp -o build/bench-lanes
	build/bench-lanes

# How the C++ benches of the library's headers compile: optimised, figures as written (no fused
# multiply-add, as the library's CMake target), for the wheel's x86-64 unless a target adds -march.
BENCH_CXX := $(CXX) -std=c++20 -O3 -ffp-contract=off -DNDEBUG -Iinclude $$(pkg-config --cflags eigen3)

# The P&L lines exact lane by lane against a vectorisable form (bench/money_lanes.cpp): for the
# wheel's x86-64, and for x86-64-v4 where the CPU has AVX-512.
MONEY_LANES := $(BENCH_CXX) bench/money_lanes.cpp src/presets.cpp
bench-money-lanes: deps
	@mkdir -p build
	$(MONEY_LANES) -o build/bench-money-lanes
	@echo "x86-64:" && build/bench-money-lanes
	@if grep -qw avx512dq /proc/cpuinfo; then \
	  $(MONEY_LANES) -march=x86-64-v4 -o build/bench-money-lanes-v4 && \
	  echo "x86-64-v4:" && build/bench-money-lanes-v4; fi

# Nanoseconds per store-month of each step of the month (bench/steps.cpp, one thread): where a
# Monte Carlo's time goes, built as the wheel is (x86-64).
bench-steps: deps
	@mkdir -p build
	$(BENCH_CXX) bench/steps.cpp src/presets.cpp -o build/bench-steps -pthread
	build/bench-steps

# The same, step by step (bench/step_instructions.cpp: each step of the month in a function of
# its own, built as the wheel is), so that a step's count can be set beside a peer's.
bench-step-instructions: deps
	@command -v valgrind >/dev/null 2>&1 || apt-get install -y -qq valgrind
	@mkdir -p build
	$(BENCH_CXX) -g bench/step_instructions.cpp src/presets.cpp -o build/bench-step-instructions -pthread
	$(PY) bench/step_instructions.py build/bench-step-instructions

# An outside exact peer's kernel by its source lines under callgrind (bench/peer_lines.py):
# make bench-peer-lines EXACT_PEER=path/to/exact_peer.py, to set beside the steps above.
bench-peer-lines: python
	@command -v valgrind >/dev/null 2>&1 || apt-get install -y -qq valgrind
	@test -n "$(EXACT_PEER)" || { echo "say which peer: make bench-peer-lines EXACT_PEER=path/to/exact_peer.py"; exit 2; }
	$(PY) bench/peer_lines.py $(EXACT_PEER)

# The Monte Carlo engine's instructions per store-month under callgrind (valgrind from Debian):
# a count that does not depend on the machine's load.
bench-instructions: python
	@command -v valgrind >/dev/null 2>&1 || apt-get install -y -qq valgrind
	$(PY) bench/instructions.py $(EXACT_PEER)

# Each fuzzer briefly (20,000 executions): a broken harness fails here instead of rotting.
fuzz-smoke:
	$(MAKE) --no-print-directory fuzz FUZZ_RUNS=20000

# The plan and store-state loaders under libFuzzer with AddressSanitizer and UBSan (clang from
# Debian), built through CMake (-DSTOREOPS_FUZZ=ON) so that they find Eigen and nlohmann/json as
# everything else does. FUZZ_RUNS executions each (default ten million); findings land in
# fuzz/findings/.
FUZZ_RUNS ?= 10000000
FUZZ_BUILD := build/fuzz
fuzz: python
	@command -v clang++ >/dev/null 2>&1 || apt-get install -y -qq clang libclang-rt-14-dev
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) $(GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DSTOREOPS_FUZZ=ON -DSTOREOPS_BUILD_TESTS=OFF -DSTOREOPS_INSTALL=OFF >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target plan_json_fuzzer state_json_fuzzer
	mkdir -p fuzz/findings
	$(PY) fuzz/make_corpus.py $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/state-corpus
	$(FUZZ_BUILD)/fuzz/plan_json_fuzzer -runs=$(FUZZ_RUNS) -max_len=16384 -dict=fuzz/json.dict \
	  -artifact_prefix=fuzz/findings/ -print_final_stats=1 $(FUZZ_BUILD)/corpus fuzz/regressions
	$(FUZZ_BUILD)/fuzz/state_json_fuzzer -runs=$(FUZZ_RUNS) -max_len=8192 -dict=fuzz/json.dict \
	  -artifact_prefix=fuzz/findings/ -print_final_stats=1 $(FUZZ_BUILD)/state-corpus
