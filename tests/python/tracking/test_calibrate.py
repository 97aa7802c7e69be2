"""storeops.calibrate: fitted inputs, their spreads, and their coverage of the truth."""

import numpy as np
import pytest

import storeops

START = "2014-02-01"  # plan month 1 (the plan starts in February)

FITTED = ("average_order_value", "inquiry_conversion", "silent_conversion", "organic_start",
          "organic_growth")


def store(plan, aov=100.0, k=1.0, organic_start=1000.0, growth=0.25):
    truth = storeops.Plan.from_json(plan.to_json())
    m = truth.market
    m.average_order_value = aov
    m.inquiry_conversion = 0.06 * k
    m.silent_conversion = 0.01 * k
    m.organic_start = organic_start
    m.organic_growth = growth
    truth.market = m
    return truth


def test_a_new_plan_with_every_fitted_input_log_normal(plan, report):
    fitted = storeops.calibrate(plan, report, start=START)
    assert isinstance(fitted, storeops.Plan) and fitted is not plan
    assert plan.market.average_order_value.value == 100  # the plan given is not changed
    for name in FITTED:
        u = getattr(fitted.market, name)
        assert u.distribution == "lognormal" and u.spread > 0
    table = storeops.fitted_inputs(plan, report, start=START)
    assert table["input"].tolist() == list(FITTED)
    assert (table["p5"] < table["fitted_value"]).all() and (table["fitted_value"] < table["p95"]).all()
    assert table.attrs["traffic_dispersion"] >= 1


def test_calibrated_on_its_own_simulated_output_it_recovers_its_inputs(plan):
    """A year of the plan's own store (Poisson visitors, binomial buyers, gamma order values):
    each fitted median within three of its spreads of the plan's value, and close."""
    report = storeops.synthetic_daily(plan, start=START, months=12, noise=0.0, seed=1)
    fitted = storeops.calibrate(plan, report, start=START).market
    for name, truth, close in (("average_order_value", 100, 0.03), ("inquiry_conversion", 0.06, 0.03),
                               ("organic_start", 1000, 0.15), ("organic_growth", 0.25, 0.05)):
        u = getattr(fitted, name)
        assert abs(np.log(u.value / truth)) < 3 * u.spread, name
        assert u.value == pytest.approx(truth, rel=close), name


def test_six_months_give_smaller_spreads_than_two(plan):
    truth = store(plan, aov=90, k=1.2, organic_start=1300, growth=0.3)
    full = storeops.read_daily(storeops.synthetic_daily(truth, start=START, months=7, seed=11))
    two = storeops.fitted_inputs(plan, full[full["date"] < "2014-05-01"], start=START)
    six = storeops.fitted_inputs(plan, full, start=START)
    assert (six["fitted_spread"] < two["fitted_spread"]).all()
    assert (six["days"] > two["days"]).all()


def test_the_calibrated_plan_replays_the_observed_revenue_within_ten_percent(plan):
    truth = store(plan, aov=120, k=1.2, organic_start=1400, growth=0.2)
    report = storeops.read_daily(storeops.synthetic_daily(truth, start=START, months=7, seed=4))
    fitted = storeops.calibrate(plan, report, start=START)
    replay = storeops.simulate(fitted, months=7).to_frame()["revenue"].sum()
    assert replay == pytest.approx(report["sales"].sum(), rel=0.10)
    # the plan as written misses by more
    assert abs(storeops.simulate(plan, months=7).to_frame()["revenue"].sum() / report["sales"].sum() - 1) > 0.10


def test_ninety_percent_intervals_cover_the_truth_in_85_to_95_percent_of_stores(plan):
    """250 synthetic stores, their inputs drawn from the plan's distributions (organic start,
    which the plan fixes, from a log-normal of sigma 0.3), each with six months open and
    day-to-day scatter: the fitted 90% interval of each input covers the store's truth in
    85-95% of them."""
    rng = np.random.default_rng(2026)
    covered = {name: 0 for name in FITTED}
    stores = 250
    for i in range(stores):
        aov = 100 * np.exp(0.15 * rng.standard_normal())
        k = np.exp(0.146 * rng.standard_normal())
        o0 = 1000 * np.exp(0.3 * rng.standard_normal())
        g = 0.25 * np.exp(0.3 * rng.standard_normal())
        truth = store(plan, float(aov), float(k), float(o0), float(g))
        report = storeops.synthetic_daily(truth, start=START, months=7, noise=0.15, seed=i)
        table = storeops.fitted_inputs(plan, report, start=START).set_index("input")
        values = {"average_order_value": aov, "inquiry_conversion": 0.06 * k,
                  "silent_conversion": 0.01 * k, "organic_start": o0, "organic_growth": g}
        for name, value in values.items():
            covered[name] += table.loc[name, "p5"] <= value <= table.loc[name, "p95"]
    shares = {name: hits / stores for name, hits in covered.items()}
    assert all(0.85 <= s <= 0.95 for s in shares.values()), shares


def test_an_empty_report_is_an_error(plan, report):
    with pytest.raises(storeops.Error, match="calibrate: the report has no days"):
        storeops.calibrate(plan, report.iloc[:0], start=START)


def test_an_input_the_plan_fixes_shows_the_wide_prior_the_fit_used(plan, report):
    assert plan.market.organic_start.distribution == "fixed"  # the seed plan fixes it
    table = storeops.fitted_inputs(plan, report).set_index("input")
    assert table.loc["organic_start", "plan_spread"] == 1.0
    assert table.loc["average_order_value", "plan_spread"] == plan.market.average_order_value.spread
