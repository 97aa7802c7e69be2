"""Daily order targets (002 篇3): in the plan, in the plan file, in the check, in the review."""

import datetime as dt
import functools
import json

import pytest

import storeops


@pytest.fixture
def plan():
    return storeops.presets.tmall_2014()


def test_the_preset_holds_002s_targets_counted_from_the_opening(plan):
    targets = plan.targets
    assert targets == storeops.presets.targets_2014()
    assert [(t.month, t.day, t.orders_per_day, t.assumed) for t in targets.daily_orders] == [
        (2, 1, 30.0, True), (11, 13, 50.0, True)]
    assert [t.first_day(plan.market.start_date) for t in targets.daily_orders] == [
        "2014-03-01", "2014-12-13"]
    assert targets.final_orders_per_day == 200
    assert "2月后每天发单不少于30件" in targets.daily_orders[0].source
    on = functools.partial(targets.orders_per_day_on, opening=plan.market.start_date)
    assert on("2014-02-28") == 0
    assert on(dt.date(2014, 3, 1)) == 30
    assert on("2014-12-12") == 30
    assert on("2014-12-13") == 50
    assert on("2016-01-01") == 50


def test_the_targets_move_with_the_opening(plan):
    plan.market.start_date = "2015-06-01"
    on = functools.partial(plan.targets.orders_per_day_on, opening=plan.market.start_date)
    assert on("2014-12-13") == 0  # not held to a target before it opens
    assert on("2015-06-30") == 0 and on("2015-07-01") == 30
    assert on("2016-04-12") == 30 and on("2016-04-13") == 50
    short = {f.code: f for f in storeops.check(plan)}["order_targets"]
    first = storeops.simulate(plan).to_frame()["orders_per_day"].iloc[1]
    assert f"months: month 2 (2015-07) {first:.1f} against 30.0, " in short.message
    assert "month 12 (2016-05)" in short.message and "against 50.0" in short.message


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
                    opening=plan.market.start_date, day=(dt.date(2014, 2, 1) + dt.timedelta(days=31 * (m - 1))).replace(day=1))]
    assert len(expected) == 11
    plan.targets.final_orders_per_day = 5_000
    final = {f.code: f for f in storeops.check_order_targets(plan)}["final_order_target"]
    assert final.message.startswith("no month of the 36 reaches the final goal of 5000.0 orders a day")
    plan.targets = storeops.PlanTargets()
    assert not [f for f in storeops.check(plan) if "order_target" in f.code]


def test_targets_are_checked_and_round_trip_through_the_plan_file(plan, tmp_path):
    with pytest.raises(ValueError, match=r"OrderTarget.orders_per_day must be a finite number >= 0, got -1"):
        storeops.OrderTarget(month=2, orders_per_day=-1)
    with pytest.raises(ValueError, match=r"OrderTarget.month must be >= 1, got 0"):
        storeops.OrderTarget(month=0, orders_per_day=1)
    with pytest.raises(ValueError, match=r"OrderTarget.day must be in 1..31, got 32"):
        storeops.OrderTarget(month=1, day=32, orders_per_day=1)
    earlier = storeops.OrderTarget(month=1, orders_per_day=10)
    with pytest.raises(ValueError, match=r"targets.daily_orders\[2\].month must be after the previous "
                                         r"target's month 11 day 13, got month 1 day 1"):
        plan.targets.daily_orders = [*plan.targets.daily_orders, earlier]
    plan.targets.daily_orders = [*plan.targets.daily_orders,
                                 storeops.OrderTarget(month=17, orders_per_day=80, source="mine")]
    path = tmp_path / "plan.json"
    plan.save(str(path))
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["targets"]["daily_orders"][2] == {"month": 17, "day": 1, "orders_per_day": 80,
                                                 "source": "mine", "assumed": False}
    assert storeops.load_plan(str(path)) == plan
    doc["targets"]["daily_orders"][0]["orders_per_day"] = "many"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError, match=r"targets.daily_orders\[0\].orders_per_day"):
        storeops.load_plan(str(path))
    # a file from before targets were counted from the opening names the key to write instead
    doc["targets"]["daily_orders"] = [{"from": "2014-03-01", "orders_per_day": 30}]
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError, match=r"targets.daily_orders\[0\].*from.*month"):
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
        target = store.plan.targets.orders_per_day_on(row["date"].date(),
                                                      opening=store.plan.market.start_date)
        assert row["order_target"] == target
        assert row["target_buyers"] >= target
    assert (review.next_week["buyers"] >= review.next_week["order_target"]).all()


def test_the_plans_funding_is_data_in_the_plan_file_and_workbook(plan, tmp_path):
    assert plan.funding == storeops.Funding()
    assert (plan.funding.capital.yuan, plan.funding.reserve.yuan) == (0, 0)
    plan.funding.capital = 300_000
    plan.funding.reserve = "20000.50"
    assert repr(plan.funding) == "Funding(capital=¥300,000.00, reserve=¥20,000.50)"
    with pytest.raises(ValueError, match=r"funding.reserve must be >= 0, got -¥1.00"):
        plan.funding.reserve = -1
    plan.save(str(tmp_path / "plan.json"))
    doc = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert doc["funding"] == {"capital": 300000, "reserve": 20000.5}
    assert storeops.load_plan(str(tmp_path / "plan.json")).funding == plan.funding
    storeops.save_plan(plan, tmp_path / "plan.xlsx")
    assert storeops.load_plan(tmp_path / "plan.xlsx").funding == plan.funding
    del doc["funding"]
    (tmp_path / "plan.json").write_text(json.dumps(doc), encoding="utf-8")
    assert storeops.load_plan(str(tmp_path / "plan.json")).funding == storeops.Funding()
