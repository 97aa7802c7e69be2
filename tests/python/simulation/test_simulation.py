import pickle

import numpy as np
import pandas as pd
import pytest

import storeops
from storeops import Money, presets


@pytest.fixture(scope="module")
def plan():
    return presets.tmall_2014()


@pytest.fixture(scope="module")
def sim(plan):
    return storeops.simulate(plan, months=36)


def test_pinned_columns_and_payback(sim):
    frame = sim.to_frame()
    assert list(frame.columns) == ["month", "stage", "visitors", "orders", "orders_per_day",
                                   "revenue", "headcount", "payroll", "promotion_spend",
                                   "platform_fees", "gross_profit", "operating_profit",
                                   "cash_flow", "cumulative_cash"]
    assert len(frame) == 36
    assert list(frame["month"]) == list(range(1, 37))
    assert isinstance(sim.payback_month, int)
    assert sim.payback_month == storeops.payback_month(
        presets.tmall_2014().initial_investment,
        [Money(x) for x in np.round(frame["operating_profit"], 2).astype(str)])


def test_cumulative_cash_is_the_running_sum(sim):
    frame = sim.to_frame()
    assert np.allclose(frame["cumulative_cash"], np.cumsum(frame["cash_flow"]), atol=0.005)


def test_orders_per_day_is_monthly_orders_over_30(sim):
    frame = sim.to_frame()
    assert np.allclose(frame["orders_per_day"], frame["orders"] / 30)


def test_payroll_column_equals_the_payslips_of_that_months_staff(plan, sim):
    frame = sim.to_frame()
    for month in (2, 12, 24, 36):
        staff = sim.staff(month)
        figures = sim.month_figures(month)
        cs = sum(staff.roles.get(r, 0) for r in ("cs_agent", "cs_lead", "cs_manager"))
        deal = lambda n: [n // cs + (i < n % cs) for i in range(cs)]  # noqa: E731
        payroll = plan.pay.payroll(staff, customer_service_sales=figures["inquiry_revenue"],
                                   silent_sales=figures["silent_revenue"],
                                   neutral_reviews=deal(figures["neutral_reviews"]),
                                   negative_reviews=deal(figures["negative_reviews"]))
        assert payroll.total == figures["payroll"]
        assert frame["payroll"][month - 1] == pytest.approx(payroll.total.yuan)
        assert frame["headcount"][month - 1] == staff.total


def test_stage_transitions_follow_the_targets(plan, sim):
    frame = sim.to_frame()
    targets = {s.stage: s.revenue_target.yuan for s in plan.stages.stages}
    order = list(storeops.STAGES)
    assert frame["stage"][0] == "setup" and frame["stage"][1] == "launch"
    for t in range(1, 36):
        before, now = frame["stage"][t - 1], frame["stage"][t]
        if now != before:
            assert order.index(now) == order.index(before) + 1
            assert frame["revenue"][t - 1] >= targets[before]
    assert sim.stage_start["launch"] == 2


def test_all_columns_and_chinese_labels(sim):
    full = sim.to_frame(columns="all")
    assert {"organic", "search", "display", "affiliate", "returning", "credit_points",
            "headcount_customer_service"} <= set(full.columns)
    assert np.allclose(full[["organic", "search", "display", "affiliate", "returning"]].sum(axis=1),
                       full["visitors"])
    zh = sim.to_frame(labels="zh")
    assert list(zh.columns[:4]) == ["月份", "阶段", "访客数", "订单数"]
    assert zh["阶段"][1] == "正式运营"
    with pytest.raises(ValueError, match="labels must be 'en' or 'zh'"):
        sim.to_frame(labels="fr")


def test_a_seed_draws_one_future(plan):
    a = storeops.simulate(plan, months=12, seed=5).to_frame()
    b = storeops.simulate(plan, months=12, seed=5).to_frame()
    c = storeops.simulate(plan, months=12, seed=6).to_frame()
    assert a.equals(b)
    assert not a.equals(c)
    mc = storeops.monte_carlo(plan, runs=3, months=12, seed=5)
    assert np.array_equal(mc.revenue[0], a["revenue"].to_numpy())


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


def test_market_assumptions_are_plan_data(tmp_path):
    plan = presets.tmall_2014()
    plan.market.average_order_value = storeops.Uncertain.lognormal(120, 0.1)
    plan.market.campaigns = [storeops.CampaignMonth(month_of_year=11, name="双11",
                                                    traffic_multiplier=2.5)]
    plan.save(tmp_path / "p.json")
    back = storeops.load_plan(tmp_path / "p.json")
    assert back == plan
    assert back.market.average_order_value.value == 120
    assert pickle.loads(pickle.dumps(plan)) == plan
    richer = storeops.simulate(plan).to_frame()["revenue"].sum()
    assert richer > storeops.simulate(presets.tmall_2014()).to_frame()["revenue"].sum()


def test_returning_customers_on_the_sbg_curve(tmp_path):
    plan = presets.tmall_2014()
    plan.market.seasonality = [1.0] * 12
    plan.market.campaigns = []
    geometric = storeops.simulate(plan).to_frame(columns="all")
    plan.market.retention_alpha, plan.market.retention_beta = 0.8, 2.4
    plan.save(tmp_path / "sbg.json")
    assert storeops.load_plan(tmp_path / "sbg.json") == plan
    frame = storeops.simulate(plan).to_frame(columns="all")
    curve = storeops.sbg_retention(0.8, 2.4, 36)
    orders = frame["orders"].to_numpy()
    for t in range(1, 36):
        base = sum(orders[c] * curve[t - 1 - c] for c in range(t))
        assert frame["returning"].iloc[t] == pytest.approx(plan.market.repeat_visits * base, rel=1e-12)
    assert not np.allclose(frame["returning"], geometric["returning"])
    plan.market.retention_beta = 0.0
    with pytest.raises(ValueError, match="give both above 0"):
        storeops.simulate(plan)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("display_ctr", 1.5, r"market.display_ctr must be a rate in \[0, 1\], got 1.5"),
        ("silent_conversion", storeops.Uncertain.lognormal(0.5, 1.0),
         "market.silent_conversion: a lognormal"),
        ("refund_rate", storeops.Uncertain.uniform(-0.1, 0.2),
         r"market.refund_rate.low must be in \[0, 1\], got -0.1"),
        ("average_order_value", storeops.Uncertain(-5),
         r"market.average_order_value.value must be in \[0, 1e\+09\], got -5"),
        ("start_month", 13, "market.start_month must be in 1..12, got 13"),
        ("rating_change", -1e308, r"market.rating_change must be within \[-4, 4\]"),
    ],
)
def test_bad_market_values_are_refused_when_set_with_the_loaders_message(
        tmp_path, field, value, message):
    plan = presets.tmall_2014()
    before = getattr(plan.market, field)
    with pytest.raises(storeops.Error, match=message):
        setattr(plan.market, field, value)
    assert getattr(plan.market, field) == before  # nothing half-set
    # the JSON loader refuses the same value with the same words (one rule, not two)
    import json

    data = json.loads(plan.to_json())
    data["market"][field] = (value if not isinstance(value, storeops.Uncertain) else
                             {"value": value.value, "distribution": value.distribution,
                              "spread": value.spread, "low": value.low, "high": value.high})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(storeops.Error, match=message):
        storeops.load_plan(path)


def test_rules_across_fields_are_checked_when_the_plan_runs():
    plan = presets.tmall_2014()
    plan.market.neutral_share, plan.market.negative_share = 0.7, 0.6
    with pytest.raises(storeops.Error, match="neutral_share \\+ market.negative_share"):
        storeops.simulate(plan)
    with pytest.raises(storeops.Error, match="neutral_share"):
        plan.validate()


def test_bad_arguments(plan):
    with pytest.raises(storeops.Error, match="months must be in 1..1200, got 0"):
        storeops.simulate(plan, months=0)
    with pytest.raises(storeops.Error, match="runs must be in"):
        storeops.monte_carlo(plan, runs=0)
    with pytest.raises(storeops.Error, match=r"seed must be in 0..18446744073709551615 \(2\*\*64 - 1\), got -1"):
        storeops.monte_carlo(plan, runs=10, seed=-1)
    with pytest.raises(storeops.Error, match="metric must be one of"):
        storeops.sensitivity(plan, metric="profit")


def test_plots(plan, sim, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    mc = storeops.monte_carlo(plan, runs=50, months=36)
    for draw in (lambda: sim.plot("overview"), lambda: sim.plot("cash"),
                 lambda: sim.plot("headcount"), lambda: mc.plot("fan"),
                 lambda: mc.plot("payback"), lambda: mc.plot("stages")):
        ax = draw()
        assert ax.get_title()
        plt.close(ax.figure)
    with pytest.raises(ValueError, match="kind must be"):
        sim.plot("pie")


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


def test_every_result_has_a_frame_and_a_picture(plan):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    mc = storeops.monte_carlo(plan, runs=100, months=12)
    frame = mc.to_frame()
    assert list(frame.columns[:4]) == ["month", "visitors P10", "visitors P50", "visitors P90"]
    assert "销售额 P50" in mc.to_frame(labels="zh").columns
    funnel = storeops.InquiryFunnel(visitors=10_000, inquiry_rate=0.2, inquiry_conversion=0.06,
                                    silent_conversion=0.01, average_order_value=100)
    assert funnel.to_frame()["value"].iloc[0] == 10_000
    payroll = plan.pay.payroll(plan.staffing.headcount(120_000, 160),
                               customer_service_sales=200_000, silent_sales=100_000)
    assert list(payroll.to_frame(labels="zh").columns[:4]) == ["员工", "岗位", "部门", "底薪"]
    for ax in (funnel.plot(), payroll.plot(), storeops.plots.plot_tornado(storeops.sensitivity(plan))):
        assert ax.get_title()
        plt.close(ax.figure)


@pytest.mark.parametrize("seed", [None, 4])
def test_a_simulation_goes_on_from_its_state(tmp_path, seed):
    plan = presets.tmall_2014()
    whole = storeops.simulate(plan, months=36, seed=seed)
    first = storeops.simulate(plan, months=10, seed=seed)
    path = tmp_path / "state.json"
    path.write_text(first.state.to_json(), encoding="utf-8")
    state = storeops.StoreState.from_json(path.read_text(encoding="utf-8"))
    assert state == first.state and state.month == 10
    assert pickle.loads(pickle.dumps(first)).state == first.state
    rest = storeops.simulate(plan, months=26, seed=seed, start=state)
    later = whole.to_frame(columns="all").iloc[10:].reset_index(drop=True)
    pd.testing.assert_frame_equal(rest.to_frame(columns="all"), later)
    assert rest.payback_month == whole.payback_month
    assert rest.state == whole.state
    assert rest.staff(36).total == whole.staff(36).total


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
