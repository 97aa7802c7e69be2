"""Staffing benchmarks: batch headcount and Erlang C over a grid.

Run with ``make bench`` (or ``.venv/bin/python bench/bench_staffing.py``). Prints the
throughput of storeops and of a straightforward NumPy / Python version of the same
computation, measured in the same run, and their ratio. The machines are shared: compare
ratios, not absolute figures, across runs.
"""

from __future__ import annotations

import math

import numpy as np

import storeops
from timing import best_of
from storeops import DEPARTMENTS, erlang




def numpy_headcount(policy, revenue, orders):
    """The seed rules in NumPy: tier by searchsorted, bands by comparison, max per dept."""
    thresholds = np.array([t.monthly_revenue.yuan for t in policy.tiers])
    table = np.zeros((len(thresholds), len(DEPARTMENTS)), dtype=np.int32)
    for i, tier in enumerate(policy.tiers):
        for d in tier.departments:
            table[i, DEPARTMENTS.index(d.department)] = d.headcount
    tier = np.maximum(np.searchsorted(thresholds, revenue, side="right") - 1, 0)
    by_tier = table[tier]
    by_band = np.broadcast_to(table[0], by_tier.shape).copy()
    for b in policy.bands:
        at = b.low + policy.trigger * (b.high - b.low)
        by_band[:, DEPARTMENTS.index(b.department)] += (orders >= at) * b.add
    return np.maximum(by_tier, by_band)


def python_agents_required(arrivals, aht, sl=0.8, t=20.0):
    a = arrivals * aht / 3600.0
    if a == 0:
        return 0
    b, n = 1.0, 0
    while True:
        n += 1
        b = a * b / (n + a * b)
        if n <= a:
            continue
        c = n * b / (n - a * (1 - b))
        if 1 - c * math.exp(-(n - a) * t / aht) >= sl:
            return n


def main() -> None:
    policy = storeops.presets.staffing_2014()
    rng = np.random.default_rng(0)
    n = 1_000_000
    revenue = rng.uniform(0, 150_000, n).round(2)
    orders = rng.uniform(0, 300, n)
    ours = best_of(lambda: policy.headcount_batch(revenue, orders), repeat=5)
    theirs = best_of(lambda: numpy_headcount(policy, revenue, orders), repeat=5)
    assert (policy.headcount_batch(revenue, orders) == numpy_headcount(policy, revenue, orders)).all()
    print(f"headcount_batch  storeops {n / ours / 1e6:7.1f} M rows/s   "
          f"numpy {n / theirs / 1e6:7.1f} M rows/s   ratio {theirs / ours:5.2f}x")

    arrivals = np.linspace(10, 2000, 200)
    aht = np.linspace(60, 600, 50)
    grid_a, grid_h = np.meshgrid(arrivals, aht)
    cells = grid_a.size
    ours = best_of(lambda: erlang.agents_required(grid_a, grid_h, answer_within_s=20), repeat=3)
    theirs = best_of(lambda: [python_agents_required(x, h) for x, h in zip(grid_a.flat, grid_h.flat)],
                     repeat=1)
    check = [python_agents_required(x, h) for x, h in zip(grid_a.flat[:500], grid_h.flat[:500])]
    assert list(erlang.agents_required(grid_a, grid_h, answer_within_s=20).flat[:500]) == check
    print(f"agents_required  storeops {cells / ours / 1e3:7.1f} k cells/s  "
          f"python {cells / theirs / 1e3:7.1f} k cells/s  ratio {theirs / ours:5.2f}x"
          f"   ({cells} cells, up to {grid_a.max() * grid_h.max() / 3600:.0f} Erlangs)")


if __name__ == "__main__":
    main()
