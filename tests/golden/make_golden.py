"""Writes the golden results that tests/python/test_golden.py compares against.

Run once, before a change that must not alter results (an engine rewrite, a refactor), and
commit the files; the test then proves that the change kept every number. Re-run only when a
change is *meant* to alter results, and say so in the commit.

    .venv/bin/python tests/golden/make_golden.py
"""

from __future__ import annotations

import pathlib

import numpy as np

import storeops

HERE = pathlib.Path(__file__).parent
RUNS, MONTHS = 64, 36


def plans() -> dict[str, storeops.Plan]:
    """The preset and variants that take the engine's other paths."""
    preset = storeops.presets.tmall_2014()
    sbg = storeops.presets.tmall_2014()
    sbg.market.retention_alpha, sbg.market.retention_beta = 0.8, 2.4
    shrink = storeops.load_plan(HERE / "shrink_lag2.json")
    return {"preset": preset, "sbg": sbg, "shrink_lag2": shrink}


CASES = [("preset", 1), ("preset", 20261124), ("sbg", 7), ("shrink_lag2", 3)]


def arrays(plan: storeops.Plan, seed: int) -> dict[str, np.ndarray]:
    mc = storeops.monte_carlo(plan, runs=RUNS, months=MONTHS, seed=seed, threads=1)
    out = {c: np.array(getattr(mc, c)) for c in storeops.MONTE_CARLO_COLUMNS}
    out["stage"] = np.array(mc.stage)
    out["payback_months"] = np.array(mc.payback_months)
    return out


def simulation(plan: storeops.Plan) -> dict[str, np.ndarray]:
    frame = storeops.simulate(plan, months=MONTHS).to_frame(columns="all")
    return {k: frame[k].to_numpy() for k in frame.columns if k != "stage"} | {
        "stage": frame["stage"].to_numpy().astype(str)}


def main() -> None:
    all_plans = plans()
    for name, seed in CASES:
        np.savez_compressed(HERE / f"mc_{name}_seed{seed}.npz", **arrays(all_plans[name], seed))
    for name, plan in all_plans.items():
        np.savez_compressed(HERE / f"sim_{name}.npz", **simulation(plan))


if __name__ == "__main__":
    main()
