"""storeops.week_review: the week in one command (pinned names: week_review, WeekReview and its
sections, open_store, Store, read_orders, example_store)."""

import datetime as dt
import json

import pandas as pd
import pytest

import storeops

WEEK = "2014-10-22"  # a Wednesday: the week of Monday 2014-10-20


@pytest.fixture(scope="module")
def review(example_folder):
    return storeops.week_review(storeops.open_store(example_folder), WEEK, save=False)


def test_the_week_is_monday_to_sunday_and_its_totals_against_plan(review):
    assert (review.week_start, review.week_end) == (dt.date(2014, 10, 20), dt.date(2014, 10, 26))
    assert review.name == "2014-W43"
    totals = review.totals
    assert list(totals.index) == ["visitors", "buyers", "sales", "conversion_rate",
                                  "average_order_value"]
    assert list(totals.columns) == ["this_week", "last_week", "plan"]
    daily = review.store.daily.set_index("date")
    week = daily.loc["2014-10-20":"2014-10-26"]
    assert totals.loc["visitors", "this_week"] == week["visitors"].sum()
    assert totals.loc["sales", "this_week"] == pytest.approx(week["sales"].sum(), abs=0.005)
    assert totals.loc["visitors", "last_week"] == daily.loc["2014-10-13":"2014-10-19", "visitors"].sum()
    planned = storeops.plan_for_days(review.plan, "2014-10-20", "2014-10-26")
    assert totals.loc["sales", "plan"] == planned.revenue.yuan
    assert totals.loc["conversion_rate", "this_week"] == pytest.approx(
        week["buyers"].sum() / week["visitors"].sum())


def test_the_gap_to_plan_splits_to_the_fen(review):
    g = review.gap
    assert g.traffic + g.conversion + g.order_value == g.variance
    actual = storeops.sum_money([storeops.Money(x) for x in review.days["sales"]])
    planned = storeops.plan_for_days(review.plan, review.week_start, review.week_end).revenue
    assert g.variance == actual - planned


def test_the_seven_days_with_their_targets(review):
    days = review.days
    assert len(days) == 7 and days["date"].dt.day_of_week.tolist() == list(range(7))
    one = storeops.plan_for_days(review.plan, "2014-10-21", "2014-10-21")
    assert days.loc[1, "target_sales"] == one.revenue.yuan
    assert {"visitors", "buyers", "sales", "conversion_rate", "average_order_value",
            "target_visitors", "target_buyers"} <= set(days.columns)


def test_next_week_brings_the_month_back_to_plan(review):
    nxt = review.next_week
    assert nxt["date"].tolist() == list(pd.date_range("2014-10-27", periods=7))
    # October: what the month lacks after the review week, over its five days left
    month = storeops.plan_for_days(review.plan, "2014-10-01", "2014-10-31")
    done = review.store.daily.set_index("date").loc["2014-10-01":"2014-10-26"]
    lacking = month.revenue - storeops.sum_money([storeops.Money(x) for x in done["sales"]])
    october = nxt[nxt["date"].dt.month == 10]
    assert len(october) == 5
    catch_up = (lacking * (1 / 5)).yuan
    for _, day in october.iterrows():  # behind plan: the catch-up where the forecast reaches it
        if "beyond reach" in day["basis"]:  # else the forecast's P50 day, the shortfall stated
            assert f"the catch-up (¥{catch_up:,.2f}) is above its P90" in day["basis"]
            assert f"short by ¥{catch_up - day['sales']:,.2f}" in day["basis"]
        else:
            assert day["sales"] == catch_up
    # November's days carry November's plan (the store behind, the plan within its reach)
    november = nxt[nxt["date"].dt.month == 11]
    assert november["sales"].iloc[0] == storeops.plan_for_days(
        review.plan, "2014-11-01", "2014-11-01").revenue.yuan
    assert november["basis"].iloc[0].startswith("behind plan: the catch-up to the month's plan")
    assert review.next_week_roster is not None and review.next_week_roster_cost.yuan > 0


def test_the_forecast_and_its_history(shop):
    store = storeops.open_store(shop)
    first = storeops.week_review(store, "2014-10-13", runs=2000)
    assert first.forecast_change is None
    assert "no earlier review" in first.data.notes["forecast_change"]
    assert set(first.forecast.index) >= {"payback_p10", "payback_p50", "payback_p90",
                                         "payback_share", "capital_90"}
    saved = json.loads((shop / "reviews" / "week-2014-W42.json").read_text())
    assert saved["week_start"] == "2014-10-13" and saved["forecast"]["runs"] == 2000
    second = storeops.week_review(store, "2014-10-20", runs=2000)
    assert second.forecast_change is not None
    assert second.forecast_change["capital_90"] == pytest.approx(
        second.forecast["capital_90"] - first.forecast["capital_90"])
    assert list(second.forecast_history.index) == [pd.Timestamp("2014-10-13"),
                                                   pd.Timestamp("2014-10-20")]
    # a re-run of a week replaces its own file and nothing else
    before = (shop / "reviews" / "week-2014-W42.json").read_text()
    storeops.week_review(store, "2014-10-20", runs=1000)
    assert (shop / "reviews" / "week-2014-W42.json").read_text() == before
    assert json.loads((shop / "reviews" / "week-2014-W43.json").read_text())["forecast"]["runs"] == 1000
    assert sorted(p.name for p in (shop / "reviews").iterdir()) == ["week-2014-W42.json",
                                                                    "week-2014-W43.json"]


def test_items_service_and_late_shipments(review):
    assert review.reorder is not None and (review.reorder["order_quantity"] > 0).all()
    assert (review.reorder["order_cost"] > 0).all()
    assert review.delist is not None and review.push is not None
    assert set(review.service.index) == {"小王", "小李"}
    assert "response_time_s" in review.service.columns
    late = review.late_shipments
    assert late is not None and (late["hours_late"] > 0).all()
    assert ((late["paid"] >= "2014-10-20") & (late["paid"] < "2014-10-27")).all()


def test_a_section_without_its_data_says_so(shop):
    (shop / "exports" / "订单报表.csv").unlink()
    (shop / "exports" / "聊天记录.csv").unlink()
    r = storeops.week_review(shop, WEEK, runs=500, save=False)
    assert r.late_shipments is None and r.service is None and r.next_week_roster is None
    assert r.data.notes["late_shipments"] == "no order report found"
    assert r.data.notes["service"] == "no chat records (千牛) found"


def test_a_week_outside_the_reports_names_their_dates(review):
    with pytest.raises(storeops.Error, match=r"the week of 2015-01-07 \(2015-01-05 to "
                                             r"2015-01-11\) is outside the daily report, which "
                                             r"covers 2014-02-01 to 2014-10-31"):
        storeops.week_review(review.store, "2015-01-07", save=False)


def test_the_default_week_is_the_last_complete_one(example_folder):
    r = storeops.week_review(example_folder, runs=500, save=False)
    assert (r.week_start, r.week_end) == (dt.date(2014, 10, 20), dt.date(2014, 10, 26))


def test_agents_not_in_the_people_list_are_listed(shop):
    chats = shop / "exports" / "聊天记录.csv"
    frame = pd.read_csv(chats, encoding="utf-8-sig", dtype=str)
    in_week = frame["时间"].between("2014-10-21", "2014-10-22")
    frame.loc[in_week, "客服"] = "新人"
    frame.to_csv(chats, index=False, encoding="utf-8-sig")
    r = storeops.week_review(shop, WEEK, runs=500, save=False)
    assert "chat records: agents not in the people list: 新人" in r.data.notes["data"]
    assert "新人" in r.service.index  # listed, not dropped


def test_the_data_says_what_was_found_and_what_was_not(shop):
    (shop / "exports" / "订单报表.csv").unlink()
    r = storeops.week_review(shop, WEEK, runs=500, save=False)
    assert set(r.data["kind"]) >= {"daily", "items", "catalog", "chats", "people", "unknown"}
    assert len(r.data) == len(r.data.files) == 13  # the example store's 14 exports, less the orders
    text = repr(r.data)
    assert "late_shipments: no order report found" in text and "店铺日报_上.csv" in text
