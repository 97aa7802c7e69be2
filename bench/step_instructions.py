"""Instructions per store-month of each named step of the month, under callgrind.

Runs bench/step_instructions.cpp (built by ``make bench-step-instructions``: each step of
MonthBlock::run_month in a function of its own) under callgrind with SMALL and LARGE runs of
the seed preset's smooth months, cumulative cash alone, and prints each step's inclusive
instructions per store-month: the difference of the two counts over the difference of the
store-months, so that the fixed cost of a call (the plan, the threads, the result) cancels.
Each run's draw is its own line; "the rest" is what is left of the whole difference (writing
the result, the block's start). Counts do not depend on the machine's load.
"""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys
import tempfile

SMALL, LARGE, MONTHS = 500, 4_500, 36
#: run_month's steps in the order its STOREOPS_STEP lambdas are numbered
STEPS = ["calendar", "advertising and traffic", "funnel", "observed month", "customers",
         "reviews", "staffing", "pay", "profit and loss", "stage transition"]
LAMBDA = re.compile(r"^\s*([\d,]+) .*run_month\(storeops::ObservedMonth const\*\)::\{lambda\(\)#(\d+)\}")
DRAW = re.compile(r"^\s*([\d,]+) .*:storeops::draw_of\(")


def counts(program: str, runs: int, work: pathlib.Path) -> tuple[int, dict[str, int]]:
    out = work / f"callgrind.{runs}"
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", program,
                    str(runs)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    total = int(re.search(r"^totals:\s+(\d+)", out.read_text(), re.M).group(1))
    report = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                            check=True, capture_output=True, text=True).stdout
    steps: dict[str, int] = {}
    for line in report.splitlines():
        if m := LAMBDA.match(line):
            name = STEPS[int(m.group(2)) - 1]
            steps[name] = max(steps.get(name, 0), int(m.group(1).replace(",", "")))
        elif m := DRAW.match(line):
            steps["each run's draw"] = max(steps.get("each run's draw", 0),
                                           int(m.group(1).replace(",", "")))
    return total, steps


def main() -> None:
    if len(sys.argv) != 2 or not pathlib.Path(sys.argv[1]).is_file():
        sys.exit(f"usage: {sys.argv[0]} build/bench-step-instructions (got {sys.argv[1:]!r}: "
                 "not one file; make bench-step-instructions builds it)")
    program = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        small_total, small = counts(program, SMALL, work)
        large_total, large = counts(program, LARGE, work)
    per = (LARGE - SMALL) * MONTHS
    whole = (large_total - small_total) / per
    print(f"monte_carlo, one thread, smooth months, cash alone: {whole:.0f} instructions per "
          f"store-month (callgrind, {SMALL:,} and {LARGE:,} runs x {MONTHS} months), of which")
    named = 0.0
    for name in STEPS + ["each run's draw"]:
        if name not in large:
            continue
        step = (large[name] - small.get(name, 0)) / per
        named += step
        print(f"  {name:<26} {step:6.0f}")
    print(f"  {'the rest':<26} {whole - named:6.0f}")


if __name__ == "__main__":
    main()
