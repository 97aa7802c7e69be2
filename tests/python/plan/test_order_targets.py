"""Daily order targets (002 篇3): in the plan, in the plan file, in the check, in the review."""

import datetime as dt
import json

import pytest

import storeops


@pytest.fixture
def plan():
    return storeops.presets.tmall_2014()


def test_the_preset_holds_002s_targets(plan):
    targets = plan.targets
    assert targets == storeops.presets.targets_2014()
    assert [(t.from_, t.orders_per_day) for t in targets.daily_orders] == [
        ("2014-03-01", 30.0), ("2014-12-13", 50.0)]
    assert targets.final_orders_per_day == 200
    assert "2月后每天发单不少于30件" in targets.daily_orders[0].source
    assert targets.orders_per_day_on("2014-02-28") == 0
    assert targets.orders_per_day_on(dt.date(2014, 3, 1)) == 30
    assert targets.orders_per_day_on("2014-12-12") == 30
    assert targets.orders_per_day_on("2014-12-13") == 50
    assert targets.orders_per_day_on("2016-01-01") == 50


def test_the_check_reports_the_months_that_fall_short(plan):
    findings = {f.code: f for f in storeops.check(plan)}
    short = findings["order_targets"]
    assert short.severity == "warning" and short.source == "002 篇3"
    assert short.message.startswith(
        "the simulated store falls short of the plan's daily order targets in 11 of 36 months: "
        "month 2 (2014-03) 7.8 against 30.0, ")
    assert "month 14 (2015-03) 48.5 against 50.0" in short.message
    assert "final_order_target" not in findings  # the store reaches 200 a day in a campaign month
    # the months are those of the simulation, each held to the target on its first day
    frame = storeops.simulate(plan).to_frame()
    expected = [m for m, opd in zip(frame["month"], frame["orders_per_day"])
                if opd < plan.targets.orders_per_day_on(
                    (dt.date(2014, 2, 1) + dt.timedelta(days=31 * (m - 1))).replace(day=1))]
    assert len(expected) == 11
    plan.targets.final_orders_per_day = 5_000
    final = {f.code: f for f in storeops.check_order_targets(plan)}["final_order_target"]
    assert final.message.startswith("no month of the 36 reaches the final goal of 5000.0 orders a day")
    plan.targets = storeops.PlanTargets()
    assert not [f for f in storeops.check(plan) if "order_target" in f.code]


def test_targets_are_checked_and_round_trip_through_the_plan_file(plan, tmp_path):
    with pytest.raises(ValueError, match=r"OrderTarget.orders_per_day must be a finite number >= 0, got -1"):
        storeops.OrderTarget(from_="2014-03-01", orders_per_day=-1)
    with pytest.raises(ValueError, match=r"OrderTarget.from.*2014-02-30"):
        storeops.OrderTarget(from_="2014-02-30", orders_per_day=1)
    later = storeops.OrderTarget(from_="2014-01-01", orders_per_day=10)
    with pytest.raises(ValueError, match=r"targets.daily_orders\[2\].from must be after the previous target's 2014-12-13, got 2014-01-01"):
        plan.targets.daily_orders = [*plan.targets.daily_orders, later]
    plan.targets.daily_orders = [*plan.targets.daily_orders,
                                 storeops.OrderTarget(from_="2015-06-01", orders_per_day=80,
                                                      source="mine")]
    path = tmp_path / "plan.json"
    plan.save(str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["targets"]["daily_orders"][2] == {"from": "2015-06-01", "orders_per_day": 80,
                                                 "source": "mine"}
    assert storeops.load_plan(str(path)) == plan
    doc["targets"]["daily_orders"][0]["orders_per_day"] = "many"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError, match=r"targets.daily_orders\[0\].orders_per_day"):
        storeops.load_plan(str(path))
    del doc["targets"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert storeops.load_plan(str(path)).targets == storeops.PlanTargets()  # older files: none


def test_the_plan_workbook_keeps_the_targets(plan, tmp_path):
    storeops.save_plan(plan, tmp_path / "plan.xlsx")
    assert storeops.load_plan(tmp_path / "plan.xlsx").targets == plan.targets


def test_the_weekly_review_holds_each_day_to_the_target_in_force(tmp_path):
    store = storeops.open_store(storeops.example_store(tmp_path / "shop"))
    review = storeops.week_review(store, runs=200)
    days = review.days
    for _, row in days.iterrows():
        target = store.plan.targets.orders_per_day_on(row["date"].date())
        assert row["order_target"] == target
        assert row["target_buyers"] >= target
    assert (review.next_week["buyers"] >= review.next_week["order_target"]).all()
