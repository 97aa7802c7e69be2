"""A store that grows past the seed's table: staffing past the last band, the stages' planned
hires as a floor, and the mature stage's target without the campaign months' lift."""

import json

import numpy as np
import pytest

import storeops
from storeops import DEPARTMENTS, Money, presets


@pytest.fixture
def plan():
    return presets.tmall_2014()


def test_headcount_grows_past_the_table_by_the_last_step(plan):
    s = plan.staffing
    assert s.beyond_table == "repeat_last_step"
    at100 = s.headcount(Money(3_000_000), 100)
    assert dict(at100) == {"customer_service": 4, "design": 2, "promotion": 1,
                           "merchandising": 1, "logistics": 3, "planning": 1}
    # 600 a day: the bands at 50 and 150, then a step every 100 orders from 250
    at600 = s.headcount(Money(3_000_000), 600)
    assert dict(at600) == {"customer_service": 8, "design": 2, "promotion": 6,
                           "merchandising": 1, "logistics": 6, "planning": 1}
    assert at600.total == 24
    at2000 = s.headcount(Money(3_000_000), 2_000)
    assert dict(at2000) == {"customer_service": 22, "design": 2, "promotion": 20,
                            "merchandising": 1, "logistics": 20, "planning": 1}
    assert at2000.total == 66


def test_hold_keeps_round_twos_rule_and_erlang_sizes_customer_service(plan):
    s = plan.staffing
    s.beyond_table = "hold"
    assert s.headcount(Money(3_000_000), 2_000) == s.headcount(Money(3_000_000), 250)
    s.beyond_table = "erlang"
    e = storeops.ErlangStaffing()
    assert s.erlang == e
    assert e.agents(600) == 14
    for orders in (150, 250, 600, 2_000):
        added = e.agents(orders) - e.agents(150)
        assert s.headcount(Money(3_000_000), orders)["customer_service"] == 4 + added
    assert s.headcount(Money(3_000_000), 600)["logistics"] == 6  # the others step as before
    s.erlang = storeops.ErlangStaffing(chats_per_order=20)  # twice the chats: more agents
    assert s.headcount(Money(3_000_000), 600)["customer_service"] == 4 + 26 - 8
    with pytest.raises(ValueError, match=r"Staffing.beyond_table: unknown beyond-table rule 'hlod'; valid beyond-table rules: repeat_last_step, erlang, hold"):
        s.beyond_table = "hlod"
    with pytest.raises(ValueError, match=r"ErlangStaffing.peak_share"):
        storeops.ErlangStaffing(peak_share=1.5)
    with pytest.raises(ValueError, match=r"service_level"):
        s.erlang = storeops.ErlangStaffing(service_level=1.0)
    assert s.erlang == storeops.ErlangStaffing(chats_per_order=20)  # unchanged when refused


@pytest.mark.parametrize("rule", ["repeat_last_step", "erlang", "hold"])
def test_headcount_never_falls_as_orders_or_revenue_rise(plan, rule):
    s = plan.staffing
    s.beyond_table = rule
    revenue, orders = np.meshgrid(np.arange(0, 4_000_001, 50_000.0), np.arange(0, 3_001, 25.0),
                                  indexing="ij")
    counts = s.headcount_batch(revenue.ravel(), orders.ravel()).reshape(
        revenue.shape + (len(DEPARTMENTS),))
    assert (np.diff(counts, axis=0) >= 0).all()  # more revenue, same orders
    assert (np.diff(counts, axis=1) >= 0).all()  # more orders, same revenue
    if rule != "hold":
        assert counts[-1, -1].sum() > counts[-1, 10].sum()  # 3,000 a day needs more than 250


def test_the_settings_are_in_the_plan_file(plan, tmp_path):
    plan.staffing.beyond_table = "erlang"
    plan.staffing.stage_floor = False
    plan.staffing.erlang = storeops.ErlangStaffing(handle_time_s=240, concurrency=2)
    path = tmp_path / "plan.json"
    plan.save(str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["staffing"]["beyond_table"] == "erlang"
    assert doc["staffing"]["stage_floor"] is False
    assert doc["staffing"]["erlang"]["handle_time_s"] == 240
    assert doc["stages"]["stages"][-1]["excludes_campaigns"] is True
    back = storeops.load_plan(str(path))
    assert back == plan
    doc["staffing"]["erlang"]["concurrency"] = 0
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError, match=r"staffing.erlang.concurrency.*0"):
        storeops.load_plan(str(path))
    # a plan file from before round three reads with the new defaults
    del doc["staffing"]["erlang"], doc["staffing"]["beyond_table"], doc["staffing"]["stage_floor"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    old = storeops.load_plan(str(path))
    assert old.staffing.beyond_table == "repeat_last_step" and old.staffing.stage_floor


def test_the_stages_planned_staff_is_a_floor(plan):
    launch = plan.stages.planned_staff("launch")
    assert dict(launch) == {"customer_service": 2, "design": 1}
    assert launch.roles == {"cs_agent": 2, "designer": 1}
    scale_up = plan.stages.planned_staff("scale_up")
    assert dict(scale_up) == {"customer_service": 3, "design": 2, "promotion": 1, "logistics": 2}
    # the first tier has no designer; the launch floor adds one
    assert plan.staffing.headcount(0, 0)["design"] == 0
    assert plan.staffing.headcount(0, 0, floor=launch)["design"] == 1
    sim = storeops.simulate(plan)
    assert sim.to_frame()["stage"].iloc[2] == "launch"
    assert sim.staff(3).roles["designer"] == 1  # hired a month (the hiring lag) into launch
    plan.staffing.stage_floor = False
    assert "designer" not in storeops.simulate(plan).staff(3).roles


def test_campaign_revenue_is_tracked_apart_and_the_mature_target_excludes_it(plan):
    frame = storeops.simulate(plan).to_frame(columns="all")
    campaign = frame["campaign_revenue"]
    assert (campaign > 0).sum() >= 5  # 618, 双11 and 双12 of the plan's years
    assert (campaign <= frame["revenue"]).all()
    assert plan.stages.plan_of("mature").excludes_campaigns
    tracker = storeops.StageTracker(plan.stages)
    for _ in range(3):  # setup, launch, scale_up: each met in a month
        assert tracker.record(600_000)
    assert tracker.stage == "mature"
    tracker.record(520_000, campaign_revenue=40_000)
    assert not tracker.final_target_met
    tracker.record(520_000, campaign_revenue=20_000)
    assert tracker.final_target_met


def test_the_preset_figures_under_each_rule(plan):
    """Round three's preset against round two's rules, to the fen (README, docs/model.md)."""
    sim = storeops.simulate(plan)
    assert sim.payback_month == 34
    assert sim.to_frame()["cumulative_cash"].iloc[-1] == 214_740.94
    plan.staffing.beyond_table = "hold"
    hold = storeops.simulate(plan)
    assert (hold.payback_month, hold.to_frame()["cumulative_cash"].iloc[-1]) == (31, 435_740.99)
    plan.staffing.stage_floor = False
    old = storeops.simulate(plan)
    assert (old.payback_month, old.to_frame()["cumulative_cash"].iloc[-1]) == (29, 542_313.07)
