"""Instructions per store-month of the Monte Carlo engine, counted by callgrind (valgrind):
the work of the month step itself, free of the machine's load and clock.

Two runs of ``monte_carlo`` on one thread, of SMALL and LARGE runs × 36 months, each under
callgrind (with smooth months and with the preset's noisy ones, writing all twelve columns;
and with smooth months writing cumulative cash alone, what the NumPy and Numba baselines of
bench_monte_carlo.py return); the difference of their instruction counts over the difference of their
store-months is the engine's cost per store-month (Python start-up, imports and the fixed
cost of a call cancel). A process's count moves by a few million instructions from one run to
the next (the interpreter, the thread that waits for the workers), so each size is the median
of REPEATS runs. Run with ``make bench-instructions``.
"""

from __future__ import annotations

import pathlib
import re
import statistics
import subprocess
import sys
import tempfile

SMALL, LARGE, MONTHS, REPEATS = 500, 4_500, 36, 3

PROGRAM = """
import sys, storeops
plan = storeops.presets.tmall_2014()
smooth, cash = "smooth" in sys.argv, "cash" in sys.argv
if smooth:
    plan.market.monthly_traffic_noise = plan.market.campaign_lift_noise = 0
storeops.monte_carlo(plan, runs=int(sys.argv[1]), months={months}, seed=1, threads=1,
                     columns=["cumulative_cash"] if cash else None)
"""

# (smooth months, cumulative cash alone, what the row says)
CASES = ((True, False, "smooth months"), (False, False, "the preset's noisy months"),
         (True, True, "smooth months, cash column only"))


def instructions(runs: int, smooth: bool, cash: bool, work: pathlib.Path) -> int:
    out = work / f"callgrind.{runs}.{int(smooth)}.{int(cash)}"
    script = work / "run.py"
    script.write_text(PROGRAM.format(months=MONTHS))
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                    sys.executable, str(script), str(runs)] + (["smooth"] if smooth else [])
                   + (["cash"] if cash else []),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    totals = re.search(r"^(?:totals|summary):\s+(\d+)", out.read_text(), re.M)
    assert totals, f"no instruction total in {out}"
    return int(totals.group(1))


def median_instructions(runs: int, smooth: bool, cash: bool, work: pathlib.Path) -> int:
    return statistics.median_low(instructions(runs, smooth, cash, work) for _ in range(REPEATS))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        for smooth, cash, name in CASES:
            small = median_instructions(SMALL, smooth, cash, work)
            large = median_instructions(LARGE, smooth, cash, work)
            per = (large - small) / ((LARGE - SMALL) * MONTHS)
            print(f"monte_carlo, one thread, {name:<32} {per:8.0f} instructions per store-month "
                  f"(callgrind, median of {REPEATS}, {SMALL:,} and {LARGE:,} runs x {MONTHS} "
                  "months; target < 400)")


if __name__ == "__main__":
    main()
