"""storeops.track: plan against actual, and the revenue gap split exactly."""

import pandas as pd
import pytest

import storeops
from storeops.tracking import TRACK_COLUMNS

START = "2014-02-01"  # plan month 1 (the plan starts in February)


def test_the_pinned_columns_one_row_per_month_with_days(plan, report):
    frame = storeops.track(plan, report, start=START).to_frame()
    assert tuple(frame.columns) == TRACK_COLUMNS == (
        "month", "days_observed", "plan_visitors", "actual_visitors", "plan_orders",
        "actual_buyers", "plan_revenue", "actual_revenue", "revenue_variance", "traffic_effect",
        "conversion_effect", "aov_effect")
    assert frame["month"].tolist() == [1, 2, 3, 4, 5, 6, 7]
    assert frame["days_observed"].tolist() == [28, 31, 30, 31, 30, 31, 31]


def test_effects_add_up_to_the_variance_to_the_fen(plan, report):
    frame = storeops.track(plan, report, start=START).to_frame(exact=True)
    for row in frame.itertuples():
        assert row.traffic_effect + row.conversion_effect + row.aov_effect == row.revenue_variance
        assert row.actual_revenue - row.plan_revenue == row.revenue_variance
    # the month's actual revenue is its summed sales, to the fen
    report_exact = storeops.read_daily(storeops.synthetic_daily(
        plan, start=START, months=7, traffic=0.85, conversion=1.1, order_value=0.95, seed=5),
        exact=True)
    march = report_exact[report_exact["date"].dt.month == 3]["sales"]
    assert storeops.sum_money(list(march)) == frame.loc[1, "actual_revenue"]


def test_the_signs_say_what_moved(plan, report):
    frame = storeops.track(plan, report, start=START).to_frame()
    open_months = frame[frame["plan_revenue"] > 0]
    assert (open_months["traffic_effect"] < 0).all()     # 85% of the planned visitors
    assert open_months["conversion_effect"].sum() > 0  # 110% of the planned conversion
    assert open_months["aov_effect"].sum() < 0           # 95% of the planned order value


def test_a_partial_month_is_compared_pro_rata(plan, report):
    cut = report[report["date"] < "2014-03-11"]
    frame = storeops.track(plan, cut, start=START).to_frame(exact=True)
    march = frame.iloc[-1]
    assert march["days_observed"] == 10
    full = storeops.simulate(plan, months=2).to_frame()
    assert march["plan_revenue"] == storeops.Money(full.loc[1, "revenue"]) * (10 / 31)
    assert march["plan_visitors"] == pytest.approx(full.loc[1, "visitors"] * 10 / 31)


def test_split_revenue_variance_is_public_and_exact():
    v = storeops.split_revenue_variance(
        plan_visitors=1000, plan_orders=20, plan_revenue=storeops.Money(2000),
        actual_visitors=1000, actual_orders=15, actual_revenue=storeops.Money(1500))
    assert v.conversion == storeops.Money(-500)
    assert v.traffic == storeops.Money(0) and v.order_value == storeops.Money(0)
    assert v.variance == storeops.Money(-500)


def test_the_plan_knows_its_calendar(plan, report):
    assert plan.market.start_date == "2014-02-01"
    assert plan.market.start_month == 2
    default = storeops.track(plan, report).to_frame(exact=True)
    assert default.equals(storeops.track(plan, report, start=START).to_frame(exact=True))
    moved = storeops.Plan.from_json(plan.to_json())
    moved.market.start_date = "2015-02-01"
    with pytest.raises(storeops.Error, match=(
            r"daily\[2014-02-01\]: the report has this day, before the plan's first month "
            r"2015-02 \(market.start_date 2015-02-01\); move the plan's start: "
            r'plan.market.start_date = "2014-02-01" \(command line: --start 2014-02-01\)')):
        storeops.track(moved, report)


def test_a_store_that_opened_in_march_is_aligned_by_date(plan, report):
    march_on = report[report["date"] >= "2014-03-01"]
    # the plan's month 1 (February) is its setup month: March is month 2, as the dates say
    frame = storeops.track(plan, march_on).to_frame()
    assert frame["month"].tolist() == [2, 3, 4, 5, 6, 7]
    # a report starting later than the plan's first month: its months by date
    later = storeops.track(plan, report[report["date"] >= "2014-05-01"]).to_frame()
    assert later["month"].tolist() == [4, 5, 6, 7]
    # plan month 1 put on March makes March a setup month with sales: the error says the fix
    with pytest.raises(storeops.Error, match=(
            r"daily\[2014-03-01\]: the report has sales on this day, in plan month 1 \(2014-03\), "
            r"which the plan keeps for setting up the store \(no sales\); if the store opened "
            r'then, move the plan\'s start: plan.market.start_date = "2014-02-01" '
            r"\(command line: --start 2014-02-01\)")):
        storeops.track(plan, march_on, start="2014-03-01")


def test_a_start_moves_the_plans_calendar_for_the_call(plan, report):
    # a store whose first month is a year later than the seed's: the same months, a year on
    shifted = report.copy()
    shifted["date"] = pd.to_datetime(shifted["date"]) + pd.DateOffset(years=1)
    later = storeops.track(plan, shifted, start="2015-02-01").to_frame(exact=True)
    assert later.equals(storeops.track(plan, report).to_frame(exact=True))
    assert plan.market.start_date == "2014-02-01"  # the plan given is unchanged


def test_bad_starts_are_named(report):
    plan = storeops.presets.tmall_2014()
    with pytest.raises(storeops.Error, match="first day of a month"):
        storeops.track(plan, report, start="2014-02-02")
    with pytest.raises(storeops.Error, match="start must be a date like '2014-02-01'"):
        storeops.track(plan, report, start="Feb 2014")
    with pytest.raises(storeops.Error, match=r"market.start_date must be a date like "):
        plan.market.start_date = "2014-02-30"
    with pytest.raises(storeops.Error, match=r"market.start_date must be the first day of a month"):
        plan.market.start_date = "2014-02-03"
    with pytest.raises(TypeError, match=r"market.start_date must be a date"):
        plan.market.start_date = 20140201
    import datetime
    plan.market.start_date = datetime.date(2015, 3, 1)
    assert (plan.market.start_date, plan.market.start_month) == ("2015-03-01", 3)
    plan.market.start_month = 5
    assert plan.market.start_date == "2015-05-01"


def test_the_plan_file_keeps_the_calendar_and_reads_older_files(plan):
    import json
    doc = json.loads(plan.to_json())
    assert doc["market"]["start_date"] == "2014-02-01"
    assert "start_month" not in doc["market"]
    del doc["market"]["start_date"]
    doc["market"]["start_month"] = 4  # a file from before plans had a calendar
    older = storeops.Plan.from_json(json.dumps(doc))
    assert older.market.start_date == "2014-04-01"
    doc["market"]["start_date"] = "2016-05-01"
    with pytest.raises(storeops.Error, match=r"plan.market.start_month: 4 disagrees with "
                                             r"start_date 2016-05-01"):
        storeops.Plan.from_json(json.dumps(doc))


def test_chinese_headers_and_a_picture(plan, report):
    tracked = storeops.track(plan, report, start=START)
    zh = tracked.to_frame(labels="zh")
    assert list(zh.columns[:4]) == ["月份", "已报天数", "计划访客数", "实际访客数"]
    assert list(zh.columns[-3:]) == ["流量影响", "转化率影响", "客单价影响"]
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    left = tracked.plot()
    right = left.figure.axes[1]
    assert len(left.patches) == 2 * tracked.months
    assert len(right.patches) == 5  # plan, three effects, actual
    import matplotlib.pyplot as plt

    plt.close("all")


def test_track_reads_a_file_too(plan, report, tmp_path):
    path = tmp_path / "daily.csv"
    report.assign(date=report["date"].dt.strftime("%Y-%m-%d")).to_csv(path, index=False)
    a = storeops.track(plan, path, start=START).to_frame()
    b = storeops.track(plan, report, start=START).to_frame()
    pd.testing.assert_frame_equal(a, b)
