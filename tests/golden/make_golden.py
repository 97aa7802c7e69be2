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


def quiet(plan: storeops.Plan) -> storeops.Plan:
    """Without month-to-month noise: the smooth months the first goldens were made with."""
    plan.market.monthly_traffic_noise = 0
    plan.market.campaign_lift_noise = 0
    return plan


def round_two(plan: storeops.Plan) -> storeops.Plan:
    """The staffing rules the first goldens were made with: nobody hired past the orders-a-day
    table, and no floor from the stages' planned hires (round three made both the default)."""
    plan.staffing.beyond_table = "hold"
    plan.staffing.stage_floor = False
    return plan


def plans() -> dict[str, storeops.Plan]:
    """The preset and variants that take the engine's other paths; the first three without
    month-to-month noise (their goldens predate it), the fourth with the preset's own, all
    under round two's staffing rules; the last the preset as it is now, smooth months."""
    preset = round_two(quiet(storeops.presets.tmall_2014()))
    sbg = round_two(quiet(storeops.presets.tmall_2014()))
    sbg.market.retention_alpha, sbg.market.retention_beta = 0.8, 2.4
    shrink = round_two(quiet(storeops.load_plan(HERE / "shrink_lag2.json")))
    noisy = round_two(storeops.presets.tmall_2014())
    noisy.market.correlations = [("inquiry_conversion", "average_order_value", -0.4)]
    round_three = quiet(storeops.presets.tmall_2014())
    return {"preset": preset, "sbg": sbg, "shrink_lag2": shrink, "noisy_correlated": noisy,
            "round_three": round_three}


SIMULATIONS = ["preset", "sbg", "shrink_lag2", "round_three"]  # no noise in the plan's own run

CASES = [("preset", 1), ("preset", 20261124), ("sbg", 7), ("shrink_lag2", 3),
         ("noisy_correlated", 5), ("round_three", 1)]


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
    """Writes the goldens that are missing; an existing one is kept (delete it to remake it)."""
    all_plans = plans()
    for name, seed in CASES:
        path = HERE / f"mc_{name}_seed{seed}.npz"
        if not path.exists():
            np.savez_compressed(path, **arrays(all_plans[name], seed))
    for name in SIMULATIONS:
        plan = all_plans[name]
        path = HERE / f"sim_{name}.npz"
        if not path.exists():
            np.savez_compressed(path, **simulation(plan))


if __name__ == "__main__":
    main()
