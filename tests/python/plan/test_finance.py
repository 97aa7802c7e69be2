import json
import pickle

import pytest

import storeops
from storeops import CostStructure, Money, PlatformFees, presets


def test_tmall_fees_000_ch1():
    tm = PlatformFees.tmall()
    assert (tm.deposit, tm.annual_fee, tm.commission_rate) == (Money(150_000), Money(30_000), 0.05)
    assert PlatformFees.tmall(all_registered_marks=True).deposit == Money(100_000)
    refunds = PlatformFees(deposit=150_000, annual_fee=30_000, commission_rate=0.05,
                           annual_fee_refunds=[storeops.AnnualFeeRefund(yearly_sales=1_800_000, share=0.5)])
    assert refunds.annual_fee_refund(2_000_000) == Money(15_000)
    with pytest.raises(storeops.Error, match=r"fees.commission_rate must be a rate in \[0, 1\], got 5"):
        PlatformFees(deposit=0, annual_fee=0, commission_rate=5)


def test_cost_structure_000_ch4():
    c = CostStructure.tmall_2014()
    assert (c.gross_margin, c.promotion, c.personnel, c.commission, c.shipping_packaging, c.tax,
            c.other) == (0.40, 0.10, 0.06, 0.05, 0.05, 0.045, 0.02)
    assert c.net_margin == 0.075
    assert c.contribution_margin == 0.255


def test_payback_month():
    assert storeops.payback_month(initial_investment=90, monthly_cash_flows=[-10, 50, 50, 10]) == 3
    assert storeops.payback_month(91, [-10, 50, 50, 10]) == 4
    assert storeops.payback_month(1_000, [-10, 50]) is None
    assert storeops.payback_month(Money(270_650), [Money(10_000)] * 30) == 28
    with pytest.raises(storeops.Error, match=r"monthly_cash_flows\[1\] must be a finite number"):
        storeops.payback_month(1, [1, float("nan")])
    with pytest.raises(storeops.Error, match="initial_investment must be >= 0"):
        storeops.payback_month(-1, [1])


def test_pnl_frame_adds_up():
    plan = presets.tmall_2014()
    months = [
        dict(revenue=0, deposits_paid=160_000, annual_fee_due=True),
        dict(revenue=100_000, refund_rate=0.05, promotion={"ztc": 6_000, "zuanzhan": 4_000},
             payroll=20_000),
    ]
    frame = storeops.finance.pnl(plan, months)
    assert list(frame["month"]) == [1, 2]
    second = frame.iloc[1]
    assert second["net_sales"] == 95_000.0
    assert second["gross_profit"] == 38_000.0
    assert second["promotion:ztc"] == 6_000.0
    assert second["operating_profit"] == 38_000 - 4_750 - 10_000 - 20_000 - 4_750 - 4_275 - 1_900
    assert frame["cumulative_cash"].iloc[-1] == pytest.approx(frame["cash_flow"].sum())
    assert frame["cash_flow"].iloc[0] == -160_000 - 30_000
    with pytest.raises(storeops.Error, match=r"refund_rate must be a rate in \[0, 1\], got 1.5"):
        storeops.month_statement(plan.fees, plan.costs, revenue=1, refund_rate=1.5)


def test_seed_plan_investment_and_stages():
    plan = presets.tmall_2014()
    assert plan.initial_investment == Money(270_650)
    assert [s.stage for s in plan.stages.stages] == list(storeops.STAGES)
    assert [s.revenue_target for s in plan.stages.stages] == [0, 30_000, 300_000, 500_000]
    assert plan.stages.plan_of("launch").ad_budget == Money(30_000)
    t = storeops.StageTracker(plan.stages)
    assert t.record(0) and t.stage == "launch"
    assert not t.record(29_999)
    assert t.record(30_000) and t.stage == "scale_up"
    assert any(a.field == "pay.rating.bonus" for a in plan.assumptions)


def test_hit_candidates_002():
    frame = storeops.lifecycle.hit_candidates(
        [{"item": "A", "visitors": 3_000, "buyers": 90, "bounce_rate": 0.3},
         {"item": "B", "visitors": 2_999, "buyers": 80, "bounce_rate": 0.5}],
        store_bounce_rate=0.4)
    assert list(frame["candidate"]) == [True, False]
    assert "weekly visitors: required >= 3000, actual 2999" in frame["failed"][1]
    with pytest.raises(ValueError, match="lacks"):
        storeops.lifecycle.hit_candidates([{"item": "A"}], store_bounce_rate=0.4)


def test_plan_check_names_every_contradiction():
    findings = storeops.check(presets.tmall_2014())
    text = " | ".join(f.message for f in findings)
    for needle in ("800,000", "400,000", "160,000", "6.0%-7.0%", "16,500", "minimum wage",
                   "stage launch"):
        assert needle in text, needle
    assert {f.source for f in findings} >= {"000 ch.4"}


def test_json_round_trip_and_pickle(tmp_path):
    plan = presets.tmall_2014()
    plan.pay.minimum_wage = "2199.99"
    path = tmp_path / "plan.json"
    plan.save(path)
    back = storeops.load_plan(path)
    assert back == plan
    assert back.pay.minimum_wage == Money("2199.99")
    assert pickle.loads(pickle.dumps(plan)) == plan
    doc = json.loads(plan.to_json())
    assert doc["schema"] == "storeops.plan/1"
    assert doc["staffing"]["tiers"][2]["monthly_revenue"] == 80_000


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["staffing"]["tiers"][2].update(monthly_revenue=True),
         r"plan.staffing.tiers\[2\].monthly_revenue: expected money"),
        (lambda d: d["staffing"].update(trigger=1.5),
         r"plan.staffing.trigger must be a rate in \[0, 1\], got 1.5"),
        (lambda d: d["pay"]["roles"].update(boss={"base": 1}),
         "plan.pay.roles.boss: unknown role 'boss'"),
        (lambda d: d["costs"].update(tax="high"), "plan.costs.tax: expected a number"),
        (lambda d: d.pop("fees"), "plan: missing key 'fees'"),
        (lambda d: d.update(colour="red"), "plan: unknown key 'colour'"),
    ],
)
def test_malformed_plans_name_the_bad_field(edit, message):
    doc = json.loads(presets.tmall_2014().to_json())
    edit(doc)
    with pytest.raises(storeops.Error, match=message):
        storeops.Plan.from_json(json.dumps(doc))


def test_truncated_json():
    text = presets.tmall_2014().to_json()
    with pytest.raises(storeops.Error, match="plan: malformed JSON"):
        storeops.Plan.from_json(text[: len(text) // 3])


def test_cost_shares_are_checked_when_set_with_the_loaders_rule(tmp_path):
    import json

    plan = storeops.presets.tmall_2014()
    plan.costs.tax = 0.06
    assert plan.costs.tax == 0.06 and plan.costs.net_margin == pytest.approx(0.06)
    with pytest.raises(storeops.Error, match=r"costs.tax must be a rate in \[0, 1\], got 1.5"):
        plan.costs.tax = 1.5
    data = json.loads(plan.to_json())
    data["costs"]["tax"] = 1.5
    with pytest.raises(storeops.Error, match=r"costs.tax must be a rate in \[0, 1\], got 1.5"):
        storeops.Plan.from_json(json.dumps(data))
    del data["costs"]["tax"]
    with pytest.raises(storeops.Error, match="plan.costs: missing key 'tax'"):
        storeops.Plan.from_json(json.dumps(data))
    assert [f[0] for f in storeops.CostStructure.FIELDS] == [
        "gross_margin", "promotion", "personnel", "commission", "shipping_packaging", "tax", "other"]


def test_fees_are_checked_when_set_and_when_loaded_by_one_rule(tmp_path):
    import json

    plan = storeops.presets.tmall_2014()
    plan.fees.deposit = "¥120,000"
    assert plan.fees.deposit == Money(120_000)
    with pytest.raises(storeops.Error, match=r"fees.commission_rate must be a rate in \[0, 1\], got -0.05"):
        plan.fees.commission_rate = -0.05
    with pytest.raises(storeops.Error, match="fees.deposit must be >= 0"):
        plan.fees.deposit = -1
    data = json.loads(plan.to_json())
    data["fees"]["commission_rate"] = -0.05
    with pytest.raises(storeops.Error,
                       match=r"plan.fees.commission_rate must be a rate in \[0, 1\], got -0.05"):
        storeops.Plan.from_json(json.dumps(data))
    assert [f[0] for f in PlatformFees.FIELDS] == ["deposit", "annual_fee", "commission_rate",
                                                  "annual_fee_refunds"]


def test_investments_are_checked_when_built_set_and_loaded(tmp_path):
    import json

    deposit = storeops.Investment(name="deposit", amount=160_000, month=0, refundable=True)
    with pytest.raises(storeops.Error, match="investment.month must be >= 0, got -1"):
        storeops.Investment(name="late", amount=1, month=-1)
    with pytest.raises(storeops.Error, match="investment.amount must be >= 0"):
        deposit.amount = -5
    deposit.amount = "¥150,000"
    assert deposit.amount == Money(150_000)
    data = json.loads(storeops.presets.tmall_2014().to_json())
    data["investments"][0]["month"] = -2
    with pytest.raises(storeops.Error, match=r"plan.investments\[0\].month must be >= 0, got -2"):
        storeops.Plan.from_json(json.dumps(data))
    del data["investments"][0]["month"]
    with pytest.raises(storeops.Error, match=r"plan.investments\[0\]: missing key 'month'"):
        storeops.Plan.from_json(json.dumps(data))
