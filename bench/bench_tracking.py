"""Running-the-store benchmark: read a year of daily rows, then re-forecast 10,000 runs x 36
months on one thread (the issue's target: under a second together).

Run with ``make bench`` (or ``.venv/bin/python bench/bench_tracking.py``). Prints the time of
each step, best of five, and as a baseline in the same run a plain ``monte_carlo`` of the same
plan, runs and months on one thread: the re-forecast's extra cost is reading, calibrating and
replaying the reported months. The machines are shared: compare ratios across runs.
"""

from __future__ import annotations

import pathlib
import tempfile

import storeops
from timing import best_time

RUNS, MONTHS = 10_000, 36




def main() -> None:
    plan = storeops.presets.tmall_2014()
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "year.csv"
        storeops.synthetic_daily(plan, start="2014-02-01", months=12, traffic=0.9, seed=1,
                                 labels="zh").to_csv(path, index=False, encoding="gbk")
        read, daily = best_time(lambda: storeops.read_daily(path), repeat=5)
        print(f"read_daily, {len(daily)} days (GBK CSV, Chinese headers): {read * 1e3:8.1f} ms")
        forecast, _ = best_time(lambda: storeops.reforecast(
            plan, daily, start="2014-02-01", runs=RUNS, months=MONTHS, seed=0, threads=1), repeat=5)
        print(f"reforecast, {RUNS:,} runs x {MONTHS} months, 1 thread:  {forecast * 1e3:8.1f} ms")
        print(f"read + reforecast:                             {(read + forecast) * 1e3:8.1f} ms "
              f"({'under' if read + forecast < 1 else 'OVER'} the one-second target)")
        plain, _ = best_time(lambda: storeops.monte_carlo(plan, runs=RUNS, months=MONTHS, seed=0,
                                                        threads=1), repeat=5)
        print(f"baseline monte_carlo, same runs, 1 thread:     {plain * 1e3:8.1f} ms "
              f"(reforecast / baseline = {forecast / plain:.2f}x)")


if __name__ == "__main__":
    main()
