#!/usr/bin/env bash
# Installs the newest wheel in dist/ into a fresh virtualenv that sees no system packages and
# runs the demo from it, outside the source tree: what a notebook user without a compiler or
# Eigen gets from `pip install storeops-*.whl`.
set -euo pipefail
wheel=$(ls -t dist/storeops-*manylinux*.whl | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check "$wheel"
cd "$work"
"$work/venv/bin/python" - <<'PY'
import pathlib, storeops
where = pathlib.Path(storeops.__file__).resolve()
assert "venv" in where.parts, f"storeops imported from {where}, not the fresh virtualenv"
assert storeops.simulate(storeops.presets.tmall_2014()).payback_month == 34
# the roster's MIP solver (COIN-OR CBC) travels inside the wheel
assert storeops.roster_solver_available()
assert storeops.roster([2] * 24, [(0, 12, 100), (12, 12, 100)]).cost == storeops.Money(400)
PY
"$work/venv/bin/python" -m storeops demo --runs 2000 --out "$work/out" > "$work/demo.txt"
grep -q "payback month" "$work/demo.txt"
# the main job with no extra: `pip install storeops` alone gives a working week and month
shop=$("$work/venv/bin/storeops" example-store "$work/shop")
"$work/venv/bin/storeops" week "$shop" --runs 500 --out "$work/review" > "$work/week.txt"
grep -q "^Week 2014-W" "$work/week.txt"
"$work/venv/bin/storeops" month "$shop" --month 2014-10 --out "$work/review" > "$work/month.txt"
test -s "$work/review/week-2014-W43.html" -a -s "$work/review/month-2014-10.xlsx"
echo "wheel test: $(basename "$wheel") installs into a fresh virtualenv, solves a roster, runs the demo and reviews a week and a month"
