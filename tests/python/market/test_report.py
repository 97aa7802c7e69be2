import datetime as dt

import pytest

import storeops
from storeops import DailyReport, Dsr, DsrRating, Money


def test_daily_report_row_002():
    row = DailyReport.from_counts(date=dt.date(2014, 9, 15), page_views=35_000,
                                  visitors=10_000, buyers=200, units=260, sales=20_000,
                                  dsr=Dsr(described=4.8, service=4.7, shipping=4.9),
                                  home_page_visits=6_000, home_page_single_page_visits=2_400)
    assert row.date == dt.date(2014, 9, 15)
    assert row.conversion_rate == 0.02
    assert row.average_order_value == Money(100)
    assert row.visit_depth == 3.5
    assert row.home_page_bounce_rate == 0.4
    frame = storeops.daily_report_frame([row], labels="zh")
    assert list(frame.columns)[:4] == ["日期", "浏览量", "访客数", "销售额"]
    assert frame["销售额"][0] == 20_000.0
    with pytest.raises(ValueError, match="labels must be one of"):
        storeops.daily_report_frame([row], labels="fr")


def test_dsr_averages_the_last_180_days():
    today = dt.date(2014, 12, 31)
    ratings = [
        DsrRating(day=today, described=5, service=5, shipping=4),
        DsrRating(day=today - dt.timedelta(days=179), described=4, service=3, shipping=5),
        DsrRating(day=today - dt.timedelta(days=180), described=1, service=1, shipping=1),
        DsrRating(day=today + dt.timedelta(days=1), described=1, service=1, shipping=1),
    ]
    d = storeops.dsr_over(ratings, as_of=today)
    assert (d.described, d.service, d.shipping) == (4.5, 4.0, 4.5)
    with pytest.raises(storeops.Error, match="no DSR rating"):
        storeops.dsr_over(ratings[2:3], as_of=today)
    with pytest.raises(storeops.Error, match="Dsr.service must be a score in"):
        Dsr(service=0.5)
    with pytest.raises(storeops.Error, match="date must be a datetime.date"):
        DailyReport.from_counts(date="2014-09-15", page_views=1, visitors=1, buyers=0, units=0,
                                sales=0, home_page_visits=1, home_page_single_page_visits=0)
