"""Next week's proposal on the weekly review's benchmark store (issue: under 10 s on the 2-core
development machine): a year of days, 2,000 items, 20,000 orders, 100,000 chat lines, and three
ad channels a year long. Prints where the time goes, part by part, then the whole call.

Run with ``make bench`` (or ``.venv/bin/python bench/bench_propose.py``). One run is the
measurement (the store is large); the machines are shared and noisy: compare a run with itself.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sys
import tempfile
import time

import numpy as np
import pandas as pd

import storeops
from storeops.reviews import proposal as P
from storeops.reviews import targets as T
from storeops.reviews import week as W

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from bench_week_review import DAYS, START, make_store, timed  # noqa: E402

RUNS = 2_000


def add_ads(folder: pathlib.Path) -> None:
    """A year of 直通车, 引力魔方 and 淘宝客 days, each with diminishing returns."""
    rng = np.random.default_rng(11)
    days = pd.date_range(START + pd.Timedelta(days=28), periods=DAYS - 28)
    for name, (mean, roi) in {"直通车": (300.0, 3.0), "引力魔方": (150.0, 2.0),
                              "淘宝客": (40.0, 10.0)}.items():
        spend = np.round(mean * np.exp(0.3 * rng.standard_normal(len(days))), 2)
        sales = np.round(roi * mean ** 0.3 * spend ** 0.7 * np.exp(0.2 * rng.standard_normal(len(days))), 2)
        pd.DataFrame({"日期": days.strftime("%Y-%m-%d"), "花费": spend, "展现量": (spend * 40).astype(int),
                      "点击量": (spend / 1.2).astype(int), "总成交金额": sales,
                      "总成交笔数": (sales / 90).astype(int)}).to_csv(
            folder / "exports" / f"{name}报表.csv", index=False, encoding="utf-8-sig")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_store(pathlib.Path(tmp) / "store")
        add_ads(folder)
        print(f"propose on a store of {DAYS} days, 2,000 items, 20,000 orders, 100,000 chat lines "
              f"and three ad channels a year long, re-forecast {RUNS:,} runs:")
        t0 = time.perf_counter()
        store = timed("reading (open_store)", lambda: storeops.open_store(folder))
        reviewed = W._week_of(store.daily, None)
        monday = reviewed + dt.timedelta(days=7)
        known = timed("the store as of the review's Sunday", lambda: T.as_of(store, reviewed + dt.timedelta(days=6)))
        reach, mc = timed(f"re-forecast ({RUNS:,} runs) and each day's reach",
                          lambda: T.daily_forecast(known, monday, RUNS, 0))
        timed("the targets (run rate, catch-up, reach)", lambda: T.next_week_targets(known, monday, reach))
        cash = timed("the cash limit (the plan's own Monte Carlo)", lambda: P._cash_limit(known, mc, RUNS, 0))
        notes: dict[str, str] = {}
        spent = timed("the restock within the cash", lambda: P._reorders(known, reviewed + dt.timedelta(days=6), cash, notes))[2]
        timed("ads: fits (curve_fit) and budgets (SLSQP)", lambda: P._ads(known, monday, 3_000.0, cash - spent, notes))
        timed("the roster (Erlang C, CBC)", lambda: W._roster(known, reviewed + dt.timedelta(days=6), notes))
        print(f"  {'parts, reading included':<42} {time.perf_counter() - t0:7.2f} s")
        t1 = time.perf_counter()
        storeops.propose(folder, runs=RUNS)
        print(f"  {'propose(folder), reading included':<42} {time.perf_counter() - t1:7.2f} s "
              "(target: under 10 s)")


if __name__ == "__main__":
    main()
