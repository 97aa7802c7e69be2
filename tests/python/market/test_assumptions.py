"""The market assumptions of a plan: plain numbers, checks when set, JSON, cross-field rules."""

import json
import pickle

import pytest

import storeops
from storeops import presets


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


def test_month_to_month_noise_fields_and_their_rules():
    m = storeops.presets.tmall_2014().market
    assert (m.monthly_traffic_noise, m.traffic_noise_autocorrelation, m.campaign_lift_noise) == (0.1, 0.5, 0.15)
    with pytest.raises(storeops.Error, match=r"market.traffic_noise_autocorrelation must be in \[0, 1\)"):
        m.traffic_noise_autocorrelation = 1.0
    with pytest.raises(storeops.Error, match="market.monthly_traffic_noise must be a finite number >= 0, got -0.1"):
        m.monthly_traffic_noise = -0.1


def test_correlations_set_as_pairs_round_trip_and_refuse_nonsense(tmp_path):
    plan = storeops.presets.tmall_2014()
    plan.market.correlations = {("inquiry_conversion", "average_order_value"): -0.4}
    assert plan.market.correlations == [("inquiry_conversion", "average_order_value", -0.4)]
    plan.market.correlations = [("cpc", "cpm", 0.3), ("inquiry_conversion", "average_order_value", -0.4)]
    path = tmp_path / "plan.json"
    plan.save(str(path))
    assert storeops.load_plan(str(path)).market.correlations == plan.market.correlations
    with pytest.raises(storeops.Error, match=r"market.correlations\[0\]: unknown input 'conversion'"):
        plan.market.correlations = [("conversion", "cpc", 0.2)]
    with pytest.raises(storeops.Error, match=r"market.correlations\[0\].rho must be in \[-1, 1\], got 1.2"):
        plan.market.correlations = [("cpc", "cpm", 1.2)]
    plan.market.correlations = [("cpc", "cpm", 0.9), ("cpm", "refund_rate", 0.9),
                                ("cpc", "refund_rate", -0.9)]
    with pytest.raises(storeops.Error, match="not positive definite.*cpc / refund_rate"):
        storeops.monte_carlo(plan, 10)
    with pytest.raises(storeops.WrongTypeError):
        plan.market.correlations = "cpc,cpm"


def test_an_uncertain_input_shows_the_parameters_its_distribution_has():
    market = storeops.presets.tmall_2014().market
    assert repr(market.cpc) == "Uncertain(1, distribution='lognormal', spread=0.2)"
    assert repr(storeops.Uncertain(5)) == "Uncertain(5)"
    triangular = storeops.Uncertain.triangular(4, 5, 7)
    assert repr(triangular) == "Uncertain(5, distribution='triangular', low=4, high=7)"
