"""The campaign day: roster solves against the 100 ms target, and the hourly Erlang C sizing
against pyworkforce's on the same 24 hours (same answers; the speed ratio).

    python bench/bench_campaign_day.py      (make bench runs it; pyworkforce is installed there)
"""

from __future__ import annotations

import numpy as np

import storeops
from storeops import erlang
from timing import best_of

HANDLE_S, ANSWER_S, LEVEL = 180.0, 30.0, 0.8


def random_day(rng: np.random.Generator, shifts: int) -> tuple[list[int], list[tuple[int, int, float]]]:
    required = rng.integers(0, 120, 24).tolist()
    candidates = [(int(rng.integers(0, 24)), int(rng.integers(4, 13)), float(rng.integers(80, 400)))
                  for _ in range(shifts - 1)]
    return required, candidates + [(0, 24, 1_000.0)]


def main() -> None:
    rng = np.random.default_rng(11)
    days = [random_day(rng, 50) for _ in range(20)]
    times = []
    for required, shifts in days:
        times.append(best_of(lambda: storeops.roster(required, shifts), repeat=3))
        assert storeops.roster(required, shifts).optimal
    print(f"roster, 24 hours x 50 candidate shifts, 20 random days: median {np.median(times) * 1e3:6.1f} ms, "
          f"slowest {max(times) * 1e3:6.1f} ms ({'under' if max(times) < 0.1 else 'OVER'} the 100 ms target)")

    plan = storeops.presets.tmall_2014()
    hours = storeops.campaign_hours(plan, day_visitors=200_000, month="双11", handle_time_s=HANDLE_S,
                                    concurrency=1, service_level=LEVEL, answer_within_s=ANSWER_S,
                                    shrinkage=0.0, max_occupancy=1.0)
    inquiries = hours["inquiries"].to_numpy()
    ours = best_of(lambda: erlang.agents_required(inquiries, HANDLE_S, service_level=LEVEL,
                                                  answer_within_s=ANSWER_S), repeat=20)
    mine = erlang.agents_required(inquiries, HANDLE_S, service_level=LEVEL, answer_within_s=ANSWER_S)
    assert (np.asarray(mine) == hours["cs_agents"].to_numpy()).all()
    try:
        from pyworkforce.queuing import ErlangC
    except ImportError:
        print("pyworkforce is not installed (pip install pyworkforce): no comparison")
        return

    def theirs_day() -> list[int]:
        return [ErlangC(transactions=float(x), aht=HANDLE_S / 60, asa=ANSWER_S / 60, interval=60,
                        shrinkage=0.0).required_positions(service_level=LEVEL, max_occupancy=1.0)["positions"]
                for x in inquiries]

    theirs = best_of(theirs_day, repeat=5)
    same = list(map(int, mine)) == theirs_day()
    print(f"hourly Erlang C, 24 hours of 双11: storeops {ours * 1e6:8.1f} us   pyworkforce {theirs * 1e6:10.1f} us   "
          f"ratio {theirs / ours:6.1f}x   same agents: {same}")


if __name__ == "__main__":
    main()
