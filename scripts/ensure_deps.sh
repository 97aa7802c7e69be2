#!/usr/bin/env bash
# Installs what `make demo` and `make test` need and the machine lacks: Debian packages
# (compiler, CMake, Eigen, nlohmann-json, Boost.Test, COIN-OR CBC, a Chinese font; for the tests,
# Chromium) through apt-get, Python packages into .venv through pip.
# Safe to run again: it installs only what is missing.
#   scripts/ensure_deps.sh demo   what `make demo` runs: the build and the demo's packages
#   scripts/ensure_deps.sh        (or `test`) all of that and what the tests use besides
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-test}"
case "$purpose" in demo|test) ;; *) echo "usage: $0 [demo|test]" >&2; exit 2;; esac

need_apt=()
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v cmake >/dev/null 2>&1 || need_apt+=(cmake)
command -v make >/dev/null 2>&1 || need_apt+=(make)
[ -f /usr/include/eigen3/Eigen/Core ] || need_apt+=(libeigen3-dev)
[ -f /usr/include/nlohmann/json.hpp ] || need_apt+=(nlohmann-json3-dev)
[ -f /usr/include/boost/test/unit_test.hpp ] && ls /usr/lib/*/libboost_unit_test_framework.so >/dev/null 2>&1 \
  || need_apt+=(libboost-test-dev)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3 python3-venv python3-dev)
# the MIP solver of the duty rosters (COIN-OR CBC), found through pkg-config
[ -f /usr/include/coin/Cbc_C_Interface.h ] || need_apt+=(coinor-libcbc-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
# a font with Chinese glyphs, for plots with labels="zh" (5 MB)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need_apt+=(fonts-wqy-microhei)
# the tests open the review page in a real browser, headless (as root it runs --no-sandbox)
if [ "$purpose" = test ]; then command -v chromium >/dev/null 2>&1 || need_apt+=(chromium); fi

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "storeops: installing Debian packages: ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "storeops: need root (or sudo) to install ${need_apt[*]}; install them and run again" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# A virtual environment that sees the machine's packages, so that what is already installed
# is not downloaded again, and that keeps what we add out of the machine's Python.
if [ ! -x .venv/bin/python ]; then
  python3 -m venv --system-site-packages .venv
fi
missing=$(.venv/bin/python scripts/python_deps.py "$purpose")
if [ -n "$missing" ]; then
  echo "storeops: installing Python packages: $missing"
  .venv/bin/python -m pip install -q --disable-pip-version-check $missing
fi
