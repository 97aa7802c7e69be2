"""Reviewing and restocking a large catalogue: 10,000 items x 90 days of item report, one core,
against the one-second target; beside it, the same weekly sums and 28-day demand in pandas
(groupby), which a notebook user would write.

    python bench/bench_catalog.py      (make bench runs it)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import storeops
from timing import best_of

ITEMS, DAYS = 10_000, 90
TODAY = pd.Timestamp("2014-09-30")


def store(rng: np.random.Generator) -> tuple[storeops.Catalog, pd.DataFrame]:
    roles = np.array(["traffic_driver", "profit", "campaign", "image"])
    catalog = storeops.Catalog(
        storeops.Item(item=f"{k:06d}", role=str(roles[k % 4]), price=49.9, unit_cost=20,
                      stock=int(rng.integers(0, 300)), lead_time_days=int(rng.integers(3, 15)),
                      main=k < 4)
        for k in range(ITEMS))
    dates = pd.date_range(TODAY - pd.Timedelta(days=DAYS - 1), TODAY)
    visitors = rng.poisson(np.repeat(rng.gamma(1.0, 200.0, ITEMS), DAYS))
    buyers = rng.binomial(visitors, 0.02)
    report = pd.DataFrame({"date": np.tile(dates.to_numpy(), ITEMS),
                           "item": np.repeat([f"{k:06d}" for k in range(ITEMS)], DAYS),
                           "visitors": visitors, "page_views": visitors * 3, "buyers": buyers,
                           "units": buyers + rng.poisson(0.2 * buyers), "sales": buyers * 49.9,
                           "bounce_rate": rng.uniform(0.2, 0.7, ITEMS * DAYS)})
    return catalog, report


def pandas_windows(report: pd.DataFrame) -> pd.DataFrame:
    """The review's and restock's sums in pandas: last week's visitors and buyers, and the
    28-day mean and deviation of daily units (the part storeops does in C++)."""
    week = report[report["date"] > TODAY - pd.Timedelta(days=7)].groupby("item")[["visitors", "buyers"]].sum()
    month = report[report["date"] > TODAY - pd.Timedelta(days=28)].groupby("item")["units"].agg(["mean", "std"])
    return week.join(month)


def main() -> None:
    rng = np.random.default_rng(5)
    catalog, report = store(rng)
    review = best_of(lambda: storeops.review_items(catalog, report, today=TODAY))
    stock = best_of(lambda: storeops.restock(catalog, report, today=TODAY))
    total = review + stock
    theirs = best_of(lambda: pandas_windows(report))
    from storeops.catalog.items import _day, _report_columns

    cols = _report_columns(catalog, report, "bench")
    rules = storeops.ReviewRules()
    core = best_of(lambda: storeops._core._review_items(
        catalog, cols["item"], cols["day"], cols["visitors"], cols["buyers"], cols["units"],
        cols["bounce_rate"], _day(TODAY, "today"), rules))
    print(f"review_items, {ITEMS:,} items x {DAYS} days (1 core):  {review * 1e3:7.1f} ms")
    print(f"restock, same report:                          {stock * 1e3:7.1f} ms")
    print(f"review + restock:                              {total * 1e3:7.1f} ms "
          f"({'under' if total < 1 else 'OVER'} the one-second target)")
    print(f"  of which the per-item work in C++:           {core * 1e3:7.1f} ms "
          "(the rest reads the DataFrame's columns)")
    print(f"pandas groupby of the windows alone:           {theirs * 1e3:7.1f} ms "
          f"(pandas / the C++ review = {theirs / core:.1f}x)")


if __name__ == "__main__":
    main()
