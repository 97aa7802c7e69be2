#!/usr/bin/env bash
# The library configures and builds with Eigen and nlohmann/json from PyPI (cmeel-eigen,
# nlohmann-json, in .venv) when CMake may not look in /usr, where Debian puts its copies: what
# `pip install .` does on a machine without them.
set -euo pipefail
dir=build/pypi-headers
rm -rf "$dir"
log=$(cmake -S . -B "$dir" -DCMAKE_IGNORE_PREFIX_PATH=/usr -DSTOREOPS_BUILD_TESTS=OFF \
  -DSTOREOPS_INSTALL=OFF -DPython_EXECUTABLE="$PWD/.venv/bin/python" 2>&1)
grep -q "Eigen from PyPI" <<<"$log" || { echo "$log"; echo "Eigen did not come from PyPI"; exit 1; }
grep -q "nlohmann/json from PyPI" <<<"$log" || { echo "$log"; echo "nlohmann/json did not come from PyPI"; exit 1; }
cmake --build "$dir" -j "${JOBS:-2}" >/dev/null
echo "pypi headers test: the library builds with Eigen and nlohmann/json from PyPI alone"
