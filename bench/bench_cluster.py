"""Scaling over processes: Monte Carlo runs a second in this process on one thread, and on a
Dask LocalCluster of one and two worker processes (one thread each), with the efficiency
(rate / (workers x one-process rate)). On a bigger machine, STOREOPS_BENCH_WORKERS=16 adds a
sixteen-worker row.

Run with ``make bench`` (needs ``pip install 'storeops[dask]'``).
"""

from __future__ import annotations

import os
import warnings

import storeops
from timing import best_of

RUNS, MONTHS = 200_000, 36




def main() -> None:
    try:
        import distributed
    except ImportError:
        print("bench_cluster: skipped (pip install 'storeops[dask]')")
        return
    plan = storeops.presets.tmall_2014()
    one = RUNS / best_of(lambda: storeops.monte_carlo(plan, RUNS, months=MONTHS, threads=1))
    print(f"one process, 1 thread:      {one:10,.0f} runs/s")
    sizes = [1, 2]
    if "STOREOPS_BENCH_WORKERS" in os.environ:
        sizes.append(int(os.environ["STOREOPS_BENCH_WORKERS"]))
    for workers in sizes:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                          dashboard_address=None) as cluster, \
                    distributed.Client(cluster) as client:
                storeops.monte_carlo(plan, 1_000, months=MONTHS, client=client)  # warm the workers
                rate = RUNS / best_of(lambda: storeops.monte_carlo(plan, RUNS, months=MONTHS,
                                                                   threads=1, client=client))
        print(f"LocalCluster, {workers:2d} worker{'s' if workers > 1 else ' '}:    {rate:10,.0f} runs/s   "
              f"efficiency {rate / (workers * one):5.2f}")


if __name__ == "__main__":
    main()
