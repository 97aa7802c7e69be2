"""The weekly review of a large store, section by section (issue: under 5 s on the 2-core
development machine, reading included): a year of daily reports, 2,000 items x 365 days of item
report, 100,000 chat lines, 20,000 orders, and the re-forecast of 10,000 runs.

Run with ``make bench`` (or ``.venv/bin/python bench/bench_week_review.py``). Prints the time of
each part once (the store is large: one run is the measurement) and the whole call. The machines
are shared and noisy: compare a run with itself, not with another day's.
"""

from __future__ import annotations

import pathlib
import tempfile
import time
from typing import Any

import numpy as np
import pandas as pd

import storeops
from storeops.reviews import week as review_module  # its sections, and the calendar it uses

DAYS, ITEMS, CHAT_LINES, ORDERS = 365, 2_000, 100_000, 20_000
START = pd.Timestamp("2014-02-01")


def make_store(folder: pathlib.Path) -> pathlib.Path:
    """A year-old store on the seed plan, with English headers (the readers take either)."""
    rng = np.random.default_rng(7)
    exports = folder / "exports"
    exports.mkdir(parents=True)
    plan = storeops.presets.tmall_2014()
    plan.save(str(folder / "plan.json"))
    days = pd.date_range(START, periods=DAYS)
    visitors = rng.poisson(3_000, DAYS)
    visitors[:28] = 0  # the setup month
    buyers = rng.binomial(visitors, 0.02)
    sales = np.round(buyers * rng.uniform(80, 120, DAYS), 2)
    pd.DataFrame({"date": days.strftime("%Y-%m-%d"), "page_views": visitors * 3,
                  "visitors": visitors, "sales": sales, "units": buyers, "buyers": buyers}
                 ).to_csv(exports / "daily.csv", index=False)
    ids = [str(560_000_000 + k) for k in range(ITEMS)]
    catalog = pd.DataFrame({"item": ids, "name": [f"item {k}" for k in range(ITEMS)],
                            "role": "profit", "price": 99.0, "unit_cost": 40.0,
                            "stock": rng.integers(0, 200, ITEMS), "lead_time_days": 7,
                            "main": False, "listed": ""})
    catalog.to_csv(exports / "catalog.csv", index=False)
    item_visitors = rng.poisson(2, (DAYS, ITEMS))
    item_buyers = rng.binomial(item_visitors, 0.05)
    pd.DataFrame({"date": np.repeat(days.strftime("%Y-%m-%d"), ITEMS),
                  "item": np.tile(ids, DAYS), "visitors": item_visitors.ravel(),
                  "page_views": item_visitors.ravel() * 2, "buyers": item_buyers.ravel(),
                  "units": item_buyers.ravel(), "sales": item_buyers.ravel() * 99.0}
                 ).to_csv(exports / "items.csv", index=False)
    created = START + pd.Timedelta(days=28) + pd.to_timedelta(
        np.sort(rng.uniform(0, (DAYS - 28) * 86_400, ORDERS)), unit="s")
    paid = created + pd.Timedelta(minutes=5)
    shipped = paid + pd.to_timedelta(rng.uniform(1, 30, ORDERS), unit="h")
    pd.DataFrame({"order": [str(10**10 + k) for k in range(ORDERS)],
                  "buyer": [f"tb_{k % 15_000}" for k in range(ORDERS)],
                  "paid_amount": np.round(rng.uniform(20, 300, ORDERS), 2), "status": "交易成功",
                  "created": created.strftime("%Y-%m-%d %H:%M:%S"),
                  "paid": paid.strftime("%Y-%m-%d %H:%M:%S"),
                  "shipped": shipped.strftime("%Y-%m-%d %H:%M:%S")}
                 ).to_csv(exports / "orders.csv", index=False)
    times = END - pd.to_timedelta(np.sort(rng.uniform(0, 120 * 86_400, CHAT_LINES))[::-1], unit="s")
    pd.DataFrame({"time": times.strftime("%Y-%m-%d %H:%M:%S"),
                  "agent": rng.choice(["a1", "a2", "a3", "a4"], CHAT_LINES),
                  "customer": [f"tb_{k // 4}" for k in range(CHAT_LINES)],
                  "direction": np.where(np.arange(CHAT_LINES) % 2 == 0, "in", "out"),
                  "text": "hello"}).to_csv(exports / "chats.csv", index=False)
    pd.DataFrame({"person": ["a1", "a2", "a3", "a4"], "role": "cs_agent"}
                 ).to_csv(exports / "people.csv", index=False)
    return folder


END = START + pd.Timedelta(days=DAYS)


def timed(name: str, call: Any) -> Any:
    t0 = time.perf_counter()
    out = call()
    print(f"  {name:<42} {time.perf_counter() - t0:7.2f} s", flush=True)
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_store(pathlib.Path(tmp) / "store")
        print(f"week review of a store with {DAYS} days, {ITEMS:,} items x {DAYS} days, "
              f"{CHAT_LINES:,} chat lines, {ORDERS:,} orders, re-forecast "
              f"{review_module.REVIEW_RUNS:,} runs:")
        t0 = time.perf_counter()
        store = timed("reading (open_store)", lambda: storeops.open_store(folder))
        daily = store.daily
        monday = timed("the week (which one)", lambda: review_module._week_of(daily, None))
        sunday = monday + pd.Timedelta(days=6).to_pytimedelta()
        timed("totals and the gap (plan_for_days)",
              lambda: review_module._totals(store.plan, daily, monday))
        timed("the seven days with targets", lambda: review_module._days(store.plan, daily, monday))
        timed("re-forecast (10,000 runs)",
              lambda: review_module._forecast(store.plan, daily, sunday, review_module.REVIEW_RUNS))
        notes: dict[str, str] = {}
        timed("push, delist, reorder", lambda: review_module._items(store, sunday, notes))
        timed("service (chat KPIs by agent)",
              lambda: review_module._service(store, monday, sunday, notes, []))
        timed("late shipments", lambda: review_module._late(store, monday, sunday, notes))
        timed("next week's proposal (targets, ads, restock)",
              lambda: storeops.propose(store, monday, runs=2_000))
        timed("next week's roster (Erlang C, CBC)", lambda: review_module._roster(store, sunday, notes))
        print(f"  {'sections, reading included':<42} {time.perf_counter() - t0:7.2f} s")
        t1 = time.perf_counter()
        storeops.week_review(folder, save=False)
        whole = time.perf_counter() - t1
        print(f"  {'week_review(folder), the whole call':<42} {whole:7.2f} s (target: under 5 s)")


if __name__ == "__main__":
    main()
