"""An agency's Monday at scale (issue: 200 store folders, each a quarter of days, 200 items,
2,000 orders and chats): storeops.portfolio in this process, one store after another, and on
a Dask LocalCluster of the machine's cores; prints seconds a store and the speed-up, and what a
1,000-store agency should expect on a cluster of a given size.

Run with ``make bench`` (or ``.venv/bin/python bench/bench_portfolio.py [STORES]``). Each
store's page and workbook are written, as the command writes them. The machines are shared and
noisy: one run is the measurement; compare a run with itself.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import sys
import tempfile
import time

import numpy as np
import pandas as pd

import storeops

STORES, DAYS, ITEMS, ORDERS, CHAT_LINES = 200, 91, 200, 2_000, 10_000
START = pd.Timestamp("2014-05-01")
RUNS = 2_000


def make_store(folder: pathlib.Path, seed: int) -> pathlib.Path:
    """A store a quarter old on the seed plan (its setup month before), English headers."""
    rng = np.random.default_rng(seed)
    exports = folder / "exports"
    exports.mkdir(parents=True)
    plan = storeops.presets.tmall_2014()
    plan.market.start_date = "2014-04-01"  # the plan's first month sets up; sales from May
    plan.save(str(folder / "plan.json"))
    days = pd.date_range(START, periods=DAYS)
    visitors = rng.poisson(1_500, DAYS)
    buyers = rng.binomial(visitors, 0.02)
    sales = np.round(buyers * rng.uniform(80, 120, DAYS), 2)
    pd.DataFrame({"date": days.strftime("%Y-%m-%d"), "page_views": visitors * 3,
                  "visitors": visitors, "sales": sales, "units": buyers, "buyers": buyers}
                 ).to_csv(exports / "daily.csv", index=False)
    ids = [str(560_000_000 + k) for k in range(ITEMS)]
    pd.DataFrame({"item": ids, "name": [f"item {k}" for k in range(ITEMS)], "role": "profit",
                  "price": 99.0, "unit_cost": 40.0, "stock": rng.integers(0, 200, ITEMS),
                  "lead_time_days": 7, "main": False, "listed": ""}
                 ).to_csv(exports / "catalog.csv", index=False)
    item_visitors = rng.poisson(7, (DAYS, ITEMS))
    item_buyers = rng.binomial(item_visitors, 0.02)
    pd.DataFrame({"date": np.repeat(days.strftime("%Y-%m-%d"), ITEMS), "item": np.tile(ids, DAYS),
                  "visitors": item_visitors.ravel(), "page_views": item_visitors.ravel() * 2,
                  "buyers": item_buyers.ravel(), "units": item_buyers.ravel(),
                  "sales": item_buyers.ravel() * 99.0}).to_csv(exports / "items.csv", index=False)
    created = START + pd.to_timedelta(np.sort(rng.uniform(0, DAYS * 86_400, ORDERS)), unit="s")
    paid = created + pd.Timedelta(minutes=5)
    shipped = paid + pd.to_timedelta(rng.uniform(1, 30, ORDERS), unit="h")
    pd.DataFrame({"order": [str(10**10 + k) for k in range(ORDERS)],
                  "buyer": [f"tb_{k % 1_500}" for k in range(ORDERS)],
                  "paid_amount": np.round(rng.uniform(20, 300, ORDERS), 2), "status": "交易成功",
                  "created": created.strftime("%Y-%m-%d %H:%M:%S"),
                  "paid": paid.strftime("%Y-%m-%d %H:%M:%S"),
                  "shipped": shipped.strftime("%Y-%m-%d %H:%M:%S")}
                 ).to_csv(exports / "orders.csv", index=False)
    end = START + pd.Timedelta(days=DAYS)
    times = end - pd.to_timedelta(np.sort(rng.uniform(0, 56 * 86_400, CHAT_LINES))[::-1], unit="s")
    pd.DataFrame({"time": times.strftime("%Y-%m-%d %H:%M:%S"),
                  "agent": rng.choice(["a1", "a2"], CHAT_LINES),
                  "customer": [f"tb_{k // 4}" for k in range(CHAT_LINES)],
                  "direction": np.where(np.arange(CHAT_LINES) % 2 == 0, "in", "out"),
                  "text": "hello"}).to_csv(exports / "chats.csv", index=False)
    pd.DataFrame({"person": ["a1", "a2"], "role": "cs_agent"}).to_csv(exports / "people.csv", index=False)
    return folder


def main() -> None:
    stores = int(sys.argv[1]) if len(sys.argv) > 1 else STORES
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp) / "agency"
        t0 = time.perf_counter()
        first = make_store(root / "store000", 0)
        for k in range(1, stores):  # a few distinct stores, copied: the work of each is alike
            if k < 8:
                make_store(root / f"store{k:03d}", k)
            else:
                shutil.copytree(root / f"store{k % 8:03d}", root / f"store{k:03d}")
        print(f"portfolio of {stores} store folders ({DAYS} days, {ITEMS} items, {ORDERS:,} orders, "
              f"{CHAT_LINES:,} chat lines each; {RUNS:,} futures a review), made in "
              f"{time.perf_counter() - t0:.1f} s; {cores} cores:")
        assert first.exists()
        t1 = time.perf_counter()
        here = storeops.portfolio(root, client=False, runs=RUNS)
        serial = time.perf_counter() - t1
        reviewed = int(here.stores["week"].notna().sum())
        if reviewed != stores:
            raise SystemExit("bench_portfolio: not every store was reviewed: "
                             + str(here.stores["problems"].dropna().iloc[0]))
        print(f"  in this process, one after another   {serial:8.1f} s  {serial / stores:6.2f} s a store")
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=cores, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            t2 = time.perf_counter()
            there = storeops.portfolio(root, client=client, runs=RUNS)
            spread = time.perf_counter() - t2
        print(f"  on a LocalCluster of {cores} workers        {spread:8.1f} s  {spread / stores:6.2f} s a "
              f"store; {serial / spread:.2f}x the serial run")
        same = here.stores.drop(columns=["risk_rank"]).sort_values("store").reset_index(drop=True).equals(
            there.stores.drop(columns=["risk_rank"]).sort_values("store").reset_index(drop=True))
        print(f"  the same rows both ways: {same}")
        per_store = serial / stores
        for workers in (16, 64):
            print(f"  a 1,000-store agency on {workers} worker cores: about "
                  f"{1_000 * per_store / workers / 60:.1f} min (this machine's {per_store:.2f} s a store, "
                  "scaled, scheduling aside)")


if __name__ == "__main__":
    main()
