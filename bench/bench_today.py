"""The morning's desk on the weekly review's benchmark store (issue: under 2 s on the 2-core
development machine, "fast enough to run at 8:20"): a year of days, 2,000 items, 20,000 orders
(the last weeks' not yet confirmed), 100,000 chat lines, a refund export of 1,000 refunds and a
review export of 6,000 reviews. Prints where the time goes, part by part, then the whole call.

Run with ``make bench`` (or ``.venv/bin/python bench/bench_today.py``). The machines are shared
and noisy: the whole call is the best of three, each on a fresh copy of the folder (a desk file
carried over would make the later calls do less).
"""

from __future__ import annotations

import pathlib
import shutil
import sys
import tempfile
import time

import numpy as np
import pandas as pd

import storeops
from storeops.reviews import desk as D

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from bench_week_review import make_store, timed  # noqa: E402

REFUNDS, REVIEWS = 1_000, 6_000


def add_after_sales(folder: pathlib.Path) -> None:
    """The orders of the last three weeks still open, refunds and reviews of the year's orders."""
    exports = folder / "exports"
    orders = pd.read_csv(exports / "orders.csv", dtype=str)
    shipped = pd.to_datetime(orders["shipped"])
    orders.loc[(shipped > shipped.max() - pd.Timedelta(days=21)).to_numpy(), "status"] = "卖家已发货"
    orders["tracking_number"] = [f"YT{k:010d}" for k in range(len(orders))]
    orders["carrier"] = "圆通速递"
    orders.to_csv(exports / "orders.csv", index=False)
    rng = np.random.default_rng(5)
    picked = orders.sample(REFUNDS, random_state=1).sort_values("paid")
    requested = pd.to_datetime(picked["paid"]) + pd.to_timedelta(rng.uniform(1, 6, REFUNDS), unit="D")
    open_ = requested > requested.max() - pd.Timedelta(days=3)
    pd.DataFrame({"订单编号": picked["order"].to_numpy(), "退款金额": picked["paid_amount"].to_numpy(),
                  "退款原因": rng.choice(["不想要了", "质量问题", "破损", "发错货"], REFUNDS),
                  "退款类型": rng.choice(["仅退款", "退货退款"], REFUNDS),
                  "宝贝标题": rng.choice(["龙井", "【清仓】碧螺春", "普洱"], REFUNDS),
                  "退款申请时间": requested.dt.strftime("%Y-%m-%d %H:%M:%S").to_numpy(),
                  "退款完结时间": np.where(open_, "", (requested + pd.Timedelta(days=1))
                                     .dt.strftime("%Y-%m-%d %H:%M:%S")),
                  "退款状态": np.where(open_, "退款中", "退款成功")}
                 ).to_csv(exports / "refunds.csv", index=False, encoding="utf-8-sig")
    rated = orders.sample(REVIEWS, random_state=2).sort_values("shipped")
    rating = rng.choice(["好评", "中评", "差评"], REVIEWS, p=[0.95, 0.03, 0.02])
    pd.DataFrame({"订单编号": rated["order"].to_numpy(), "评价": rating,
                  "评价内容": np.where(rating == "差评", "包装破损", "很好"),
                  "评价时间": (pd.to_datetime(rated["shipped"]) + pd.Timedelta(days=4))
                  .dt.strftime("%Y-%m-%d %H:%M:%S").to_numpy(),
                  "解释内容": np.where(rng.uniform(size=REVIEWS) < 0.5, "抱歉", "")}
                 ).to_csv(exports / "reviews.csv", index=False, encoding="utf-8-sig")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = make_store(pathlib.Path(tmp) / "store")
        add_after_sales(folder)
        print("today on a store of a year's days, 2,000 items, 20,000 orders, 100,000 chat lines, "
              f"{REFUNDS:,} refunds and {REVIEWS:,} reviews:")
        t0 = time.perf_counter()
        store = timed("reading what the desk reads (open_store)",
                      lambda: storeops.open_store(folder, kinds=D.DESK_EXPORTS))
        day = (pd.Timestamp(store.daily["date"].max()) + pd.Timedelta(days=1)).date()
        timed("the brief (yesterday, the month, today's target)", lambda: D._brief(store, day))
        timed("the order checks", lambda: D._order_checks(store, day))
        timed("the after-sales checks", lambda: D._after_sales_checks(store, day))
        print(f"  {'parts, reading included':<50} {time.perf_counter() - t0:7.2f} s")
        best = float("inf")
        for k in range(3):
            copy = pathlib.Path(tmp) / f"copy{k}"
            shutil.copytree(folder, copy)
            t1 = time.perf_counter()
            desk = storeops.today(copy)
            best = min(best, time.perf_counter() - t1)
        print(f"  {'today(folder), reading included, best of 3':<50} {best:7.2f} s (target: under 2 s); "
              f"{len(desk.checks):,} checks")


if __name__ == "__main__":
    main()
