import pickle

import numpy as np
import pandas as pd
import pytest

import storeops
from storeops import Money, presets


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

