"""Results before and after a refactor or an engine rewrite are the same, number for number.

The files in tests/golden/ were written by tests/golden/make_golden.py from the engine as it
stood before round two's rewrites (run under round two's staffing rules, which a plan still
selects), and one for the preset as round three made it; every array must match exactly (money
to the fen, counts to the last bit), for one thread and for two.
"""

from __future__ import annotations

import importlib.util
import pathlib

import numpy as np
import pytest

import storeops

GOLDEN = pathlib.Path(__file__).resolve().parents[2] / "golden"
spec = importlib.util.spec_from_file_location("make_golden", GOLDEN / "make_golden.py")
assert spec is not None and spec.loader is not None
make_golden = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_golden)


@pytest.mark.parametrize(("name", "seed"), make_golden.CASES)
@pytest.mark.parametrize("threads", [1, 2])
def test_monte_carlo_arrays_are_unchanged(name, seed, threads):
    plan = make_golden.plans()[name]
    mc = storeops.monte_carlo(plan, runs=make_golden.RUNS, months=make_golden.MONTHS,
                              seed=seed, threads=threads)
    with np.load(GOLDEN / f"mc_{name}_seed{seed}.npz") as golden:
        assert sorted(golden.files) == sorted([*storeops.MONTE_CARLO_COLUMNS, "stage",
                                               "payback_months"])
        for column in storeops.MONTE_CARLO_COLUMNS:
            np.testing.assert_array_equal(getattr(mc, column), golden[column], err_msg=column)
        np.testing.assert_array_equal(mc.stage, golden["stage"])
        np.testing.assert_array_equal(mc.payback_months, golden["payback_months"])


@pytest.mark.parametrize("name", make_golden.SIMULATIONS)
def test_simulation_table_is_unchanged(name):
    frame = storeops.simulate(make_golden.plans()[name], months=make_golden.MONTHS).to_frame(
        columns="all")
    with np.load(GOLDEN / f"sim_{name}.npz") as golden:
        assert set(golden.files) <= set(frame.columns)
        for column in golden.files:
            expected = golden[column]
            actual = frame[column].to_numpy()
            if column == "stage":
                actual = actual.astype(str)
            np.testing.assert_array_equal(actual, expected, err_msg=column)


def test_the_preset_pays_back_in_month_34_with_its_published_cash():
    sim = storeops.simulate(storeops.presets.tmall_2014())
    assert sim.payback_month == 34
    assert sim.to_frame()["cumulative_cash"].iloc[-1] == 214740.94


def test_round_two_staffing_rules_give_round_twos_figures():
    sim = storeops.simulate(make_golden.round_two(storeops.presets.tmall_2014()))
    assert sim.payback_month == 29
    assert sim.to_frame()["cumulative_cash"].iloc[-1] == 542313.07
