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


def test_start_must_be_the_plans_first_month(plan, report):
    with pytest.raises(storeops.Error, match=r"start must be in month 2 \(the plan's "
                                             r"market.start_month\), but it is in month 3"):
        storeops.track(plan, report, start="2014-03-01")
    with pytest.raises(storeops.Error, match="first day of a month"):
        storeops.track(plan, report, start="2014-02-02")
    with pytest.raises(storeops.Error, match="start must be a date like '2014-02-01'"):
        storeops.track(plan, report, start="Feb 2014")
    with pytest.raises(storeops.Error, match=r"daily\[2014-02-01\].date must be on or after start"):
        storeops.track(plan, report, start="2015-02-01")


def test_chinese_headers_and_a_picture(plan, report):
    tracked = storeops.track(plan, report, start=START)
    zh = tracked.to_frame(labels="zh")
    assert list(zh.columns[:4]) == ["月份", "已报天数", "计划访客数", "实际访客数"]
    assert list(zh.columns[-3:]) == ["流量影响", "转化率影响", "客单价影响"]
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    left, right = tracked.plot()
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
