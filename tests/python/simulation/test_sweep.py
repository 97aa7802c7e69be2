"""storeops.sweep: every combination of a grid of plan fields under common random numbers."""

import numpy as np
import pytest

import storeops
from storeops.simulation.sweeps import SWEEP_COLUMNS


@pytest.fixture(scope="module")
def table():
    plan = storeops.presets.tmall_2014()
    grid = {"market.average_order_value": [90, 110], "market.promotion_share": [0.05, 0.1, 0.15]}
    return storeops.sweep(plan, grid, runs=400, months=36, seed=3)


def test_one_row_per_combination_with_its_values_and_the_summary(table):
    assert list(table.columns) == ["market.average_order_value", "market.promotion_share",
                                   *SWEEP_COLUMNS]
    assert SWEEP_COLUMNS == ("cash_p10", "cash_p50", "cash_p90", "payback_share", "payback_p50",
                             "capital_p90")
    assert len(table) == 6
    assert table["market.average_order_value"].tolist() == [90, 90, 90, 110, 110, 110]
    assert (table["cash_p10"] <= table["cash_p50"]).all() and (table["cash_p50"] <= table["cash_p90"]).all()


def test_each_row_is_that_plans_monte_carlo_under_the_same_seed(table):
    plan = storeops.presets.tmall_2014()
    plan.market.average_order_value = 110  # the central value moves, the spread stays
    plan.market.promotion_share = 0.1
    assert plan.market.average_order_value.spread == 0.15
    mc = storeops.monte_carlo(plan, 400, months=36, seed=3)
    row = table.iloc[4]
    assert row["cash_p50"] == pytest.approx(np.quantile(mc.cumulative_cash[:, -1], 0.5), abs=1e-6)
    assert row["capital_p90"] == mc.capital_required(0.9).yuan
    assert row["payback_share"] == mc.payback_share


def test_a_spread_can_be_swept_and_more_order_value_means_more_cash():
    plan = storeops.presets.tmall_2014()
    t = storeops.sweep(plan, {"market.average_order_value.spread": [0.05, 0.3]}, runs=500, seed=1)
    assert (t["cash_p90"] - t["cash_p10"]).iloc[1] > (t["cash_p90"] - t["cash_p10"]).iloc[0]
    t = storeops.sweep(plan, {"market.average_order_value": [80, 120]}, runs=200, seed=1)
    assert t["cash_p50"].iloc[1] > t["cash_p50"].iloc[0]  # common random numbers: no noise in the gap


def test_unknown_paths_and_bad_values_are_named():
    plan = storeops.presets.tmall_2014()
    with pytest.raises(storeops.Error, match="unknown path 'market.average_ordervalue'; did you "
                                             "mean market.average_order_value"):
        storeops.sweep(plan, {"market.average_ordervalue": [100]}, runs=10)
    with pytest.raises(storeops.Error, match=r"market.promotion_share = 1.5: market.promotion_share "
                                             r"must be a rate in \[0, 1\], got 1.5"):
        storeops.sweep(plan, {"market.promotion_share": [0.1, 1.5]}, runs=10)
    with pytest.raises(storeops.Error, match="non-empty list of values"):
        storeops.sweep(plan, {"staffing.trigger": []}, runs=10)
    assert "staffing.trigger" in storeops.sweep_paths(plan)


def test_without_dask_a_client_is_explained(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.startswith("distributed"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(storeops.Error, match=r"needs Dask: pip install 'storeops\[dask\]'"):
        storeops.monte_carlo(storeops.presets.tmall_2014(), 10, client=object())


def test_the_heat_map_of_two_keys(table):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = table.plot(value="capital_p90")
    assert ax.get_xlabel() == "market.average_order_value"
    assert len(ax.texts) == 6
    plt.close("all")
