"""Many sampled futures: shapes, threads, quantiles, progress, chunks and the tornado."""

import pickle

import numpy as np
import pytest

import storeops
from storeops import presets


def test_monte_carlo_shapes_and_threads(plan):
    one = storeops.monte_carlo(plan, runs=200, months=24, seed=3, threads=1)
    two = storeops.monte_carlo(plan, runs=200, months=24, seed=3, threads=2)
    for column in storeops.MONTE_CARLO_COLUMNS:
        a, b = getattr(one, column), getattr(two, column)
        assert a.shape == (200, 24)
        assert np.array_equal(a, b), column
    assert np.array_equal(one.stage, two.stage)
    assert np.array_equal(one.payback_months, two.payback_months, equal_nan=True)
    assert one.payback_months.shape == (200,)
    assert one.month.shape == (200, 24)
    assert not one.revenue.flags.writeable  # a view onto the result, not a copy
    assert one.revenue.base is not None


@pytest.mark.parametrize(("block_size", "threads"), [(1, 1), (7, 2), (64, 1), (4096, 2)])
def test_the_arrays_do_not_depend_on_the_block_size(block_size, threads):
    # the preset's noisy months: every run draws its own month streams, whatever its block
    plan = presets.tmall_2014()
    reference = storeops.monte_carlo(plan, runs=300, months=30, seed=5, threads=1)
    assert storeops.DEFAULT_BLOCK_SIZE == 128
    other = storeops.monte_carlo(plan, runs=300, months=30, seed=5, threads=threads,
                                 block_size=block_size)
    for column in [*storeops.MONTE_CARLO_COLUMNS, "stage"]:
        assert np.array_equal(getattr(reference, column), getattr(other, column)), column
    assert np.array_equal(reference.payback_months, other.payback_months, equal_nan=True)


def test_a_block_size_out_of_range_is_refused(plan):
    with pytest.raises(ValueError, match=r"^block_size must be in 1\.\.4096, got 0$"):
        storeops.monte_carlo(plan, runs=10, block_size=0)


@pytest.mark.parametrize(("block_size", "threads"), [(1, 1), (128, 2), (200, 1)])
def test_a_result_keeps_the_columns_asked_for(plan, block_size, threads):
    full = storeops.monte_carlo(plan, runs=300, months=24, seed=5, threads=1)
    kept = storeops.monte_carlo(plan, runs=300, months=24, seed=5, threads=threads,
                                block_size=block_size, columns=["cumulative_cash", "revenue"])
    assert kept.columns == ["revenue", "cumulative_cash"]  # the table's order
    assert full.columns == list(storeops.MONTE_CARLO_COLUMNS)
    for column in ("revenue", "cumulative_cash", "stage"):
        assert np.array_equal(getattr(kept, column), getattr(full, column)), column
    assert np.array_equal(kept.payback_months, full.payback_months, equal_nan=True)
    assert (kept.runs, kept.months) == (300, 24)
    assert not hasattr(kept, "payroll")
    with pytest.raises(AttributeError, match=r"^column 'payroll' was not kept: this result holds "
                                             r"revenue, cumulative_cash \(monte_carlo\(columns=\.\.\.\)\)$"):
        kept.payroll  # noqa: B018
    with pytest.raises(ValueError, match="column 'payroll' was not kept"):
        kept.quantiles("payroll")
    assert kept.quantiles("revenue").equals(full.quantiles("revenue"))
    assert list(kept.to_frame().columns) == ["month", "revenue P10", "revenue P50", "revenue P90",
                                             "cumulative_cash P10", "cumulative_cash P50",
                                             "cumulative_cash P90"]
    assert kept.capital_required() == full.capital_required()
    assert [f for f in kept.summary()["figure"] if "headcount" in f or "operating" in f] == []
    assert kept.summary()["P50"].iloc[0] == full.summary()["P50"].iloc[0]  # revenue's row


def test_chunks_of_the_same_columns_concatenate(plan):
    kw = dict(months=12, seed=9, columns=["orders"])
    whole = storeops.monte_carlo(plan, runs=60, **kw)
    parts = [storeops.monte_carlo(plan, runs=30, first_run=f, **kw) for f in (0, 30)]
    joined = storeops.MonteCarlo.concat(parts)
    assert joined.columns == ["orders"]
    assert np.array_equal(joined.orders, whole.orders)
    back = pickle.loads(pickle.dumps(joined))
    assert back.columns == ["orders"] and np.array_equal(back.orders, whole.orders)
    other = storeops.monte_carlo(plan, runs=30, first_run=30, months=12, seed=9)
    with pytest.raises(ValueError, match="^parts must hold the same columns: orders against visitors, "):
        storeops.MonteCarlo.concat([parts[0], other])


@pytest.mark.parametrize(("columns", "message"), [
    ("revenue", r"^columns must be a list of column names such as \['cumulative_cash'\], got 'revenue'$"),
    ([], r"^columns must name at least one column \(None keeps them all\)$"),
    (["revenue", 3], r"^columns must be a list of column names"),
    (["cash"], r"^unknown column 'cash' in columns; columns: visitors, orders, "),
    (5, r"^columns must be a list of column names such as \['cumulative_cash'\], got 5$"),
])
def test_bad_columns_are_refused(plan, columns, message):
    with pytest.raises(ValueError, match=message):
        storeops.monte_carlo(plan, runs=10, columns=columns)


def test_columns_may_come_from_any_iterable_of_names(plan):
    mc = storeops.monte_carlo(plan, runs=10, months=6, columns=(c for c in ["revenue"]))
    assert mc.columns == ["revenue"]


def test_progress_counts_runs_in_blocks(plan):
    calls = []
    storeops.monte_carlo(plan, runs=300, months=6, block_size=64, threads=1,
                         progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (300, 300)
    assert all(0 <= d <= 300 and t == 300 for d, t in calls)


def test_quantile_summaries(plan):
    mc = storeops.monte_carlo(plan, runs=400, months=36, seed=11)
    q = mc.quantiles("revenue")
    assert list(q.columns) == ["month", "P10", "P50", "P90"]
    assert (q["P10"] <= q["P50"]).all() and (q["P50"] <= q["P90"]).all()
    assert q["P50"].iloc[-1] == pytest.approx(np.quantile(mc.revenue[:, -1], 0.5))
    stages = mc.stage_probability()
    assert stages["setup"].iloc[0] == 1.0 and stages["launch"].iloc[-1] == 1.0
    assert (np.diff(stages["mature"]) >= 0).all()
    paid = mc.payback_distribution()
    assert (np.diff(paid["paid_back"]) >= 0).all()
    summary = mc.summary()
    assert f"payback month ({mc.payback_share:.0%} of runs pay back)" in list(summary["figure"])
    with pytest.raises(storeops.Error, match="unknown column 'profit'"):
        mc.quantiles("profit")


def test_progress_callback(plan):
    calls = []
    storeops.monte_carlo(plan, runs=100, months=12, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (100, 100)


def test_sensitivity_table(plan):
    table = storeops.sensitivity(plan)
    assert list(table.columns) == ["input", "low_value", "high_value", "low_result",
                                   "high_result", "swing"]
    assert set(table["input"]) <= set(storeops.UNCERTAIN_INPUTS)
    assert (table["low_value"] < table["high_value"]).all()
    assert list(table["swing"]) == sorted(table["swing"], reverse=True)
    payback = storeops.sensitivity(plan, metric="payback_month")
    assert len(payback) == len(table)


def _chunk(args):
    plan_json, first = args
    plan = storeops.Plan.from_json(plan_json)
    return storeops.monte_carlo(plan, runs=50, months=12, seed=9, threads=1, first_run=first)


def test_results_pickle_and_chunks_fan_out_over_processes(plan, sim):
    import concurrent.futures
    import multiprocessing

    back = pickle.loads(pickle.dumps(sim))
    assert back.to_frame().equals(sim.to_frame())
    assert back.payback_month == sim.payback_month
    assert back.staff(12) == sim.staff(12)
    whole = storeops.monte_carlo(plan, runs=150, months=12, seed=9)
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=ctx) as pool:
        parts = list(pool.map(_chunk, [(plan.to_json(), k * 50) for k in range(3)]))
    joined = storeops.MonteCarlo.concat(parts)
    for column in storeops.MONTE_CARLO_COLUMNS:
        assert np.array_equal(getattr(joined, column), getattr(whole, column)), column
    assert np.array_equal(joined.payback_months, whole.payback_months, equal_nan=True)
    assert pickle.loads(pickle.dumps(whole)).quantiles("revenue").equals(whole.quantiles("revenue"))
    with pytest.raises(ValueError, match="gap"):
        storeops.MonteCarlo.concat([parts[0], parts[2]])


def test_quantiles_match_the_cpp_summary(plan):
    mc = storeops.monte_carlo(plan, runs=300, months=12, seed=4)
    core = storeops._core._monte_carlo(plan, 300, 12, 4)
    assert np.allclose(mc.quantiles("revenue")[["P10", "P50", "P90"]].to_numpy().T,
                       core.quantiles("revenue", [0.1, 0.5, 0.9]))
    assert np.allclose(mc.stage_probability()[list(storeops.STAGES)].to_numpy().T,
                       core.stage_probability())


def test_a_monte_carlo_goes_on_from_a_state():
    plan = presets.tmall_2014()
    first = storeops.simulate(plan, months=10, seed=1)
    mc = storeops.monte_carlo(plan, runs=4, months=26, seed=1, threads=1, start=first.state)
    whole = storeops.simulate(plan, months=36, seed=1)
    np.testing.assert_array_equal(mc.cumulative_cash[0],
                                  whole.to_frame()["cumulative_cash"].to_numpy()[10:])
    assert mc.first_month == 11 and mc.quantiles("revenue")["month"].iloc[0] == 11
    with pytest.raises(storeops.WrongTypeError, match="start must be a storeops.StoreState"):
        storeops.monte_carlo(plan, runs=4, start="state.json")


def test_the_pinned_lists_of_inputs_and_columns():
    assert storeops.UNCERTAIN_INPUTS == (
        "organic_start", "organic_growth", "cpc", "cpm", "inquiry_rate", "inquiry_conversion",
        "silent_conversion", "average_order_value", "refund_rate")
    assert storeops.MONTE_CARLO_COLUMNS == (
        "visitors", "orders", "orders_per_day", "revenue", "headcount", "payroll",
        "promotion_spend", "platform_fees", "gross_profit", "operating_profit", "cash_flow",
        "cumulative_cash")
    assert storeops.DEFAULT_RUNS == 10_000


def test_capital_required_is_the_exact_quantile_of_the_cash_low_points():
    plan = storeops.presets.tmall_2014()
    mc = storeops.monte_carlo(plan, 1000, months=36, seed=4, threads=1)
    lows = mc.cash_low_point
    assert np.array_equal(lows, mc.cumulative_cash.min(axis=1))
    for confidence in (0.5, 0.9, 0.999):
        need = mc.capital_required(confidence)
        # with that money put in, at least the share stays above zero; a fen less, fewer do
        covered = np.mean(np.round(lows * 100) + need.fen >= 0)
        short = np.mean(np.round(lows * 100) + need.fen - 1 >= 0)
        assert covered >= confidence > short
    assert mc.capital_required(0.9) >= mc.capital_required(0.5)
    with pytest.raises(storeops.Error, match=r"confidence must be in \(0, 1\), got 1"):
        mc.capital_required(1)
    assert "cash low point" in list(mc.summary()["figure"])
