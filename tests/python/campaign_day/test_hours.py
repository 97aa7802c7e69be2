"""storeops.campaign_hours: the big campaign day hour by hour."""

import math

import numpy as np
import pytest

import storeops
from storeops import erlang

SIZING = dict(handle_time_s=180, concurrency=3, service_level=0.8, answer_within_s=30,
              shrinkage=0.1, max_occupancy=0.9)


def test_each_hour_is_the_funnel_and_exactly_erlang_c():
    plan = storeops.presets.tmall_2014()
    hours = storeops.campaign_hours(plan, day_visitors=200_000, month="双11", **SIZING)
    assert list(hours.columns) == ["hour", "visitors", "inquiries", "orders", "cs_agents", "packers"]
    assert list(hours["hour"]) == list(range(24))
    assert hours["visitors"].sum() == pytest.approx(200_000, abs=1e-6)
    m = plan.market
    share = storeops.ASSUMED_CAMPAIGN_HOURLY_SHARE
    conversion = (m.inquiry_rate.value * m.inquiry_conversion.value * 1.2
                  + (1 - m.inquiry_rate.value) * m.silent_conversion.value * 1.2)
    for row in hours.itertuples():
        assert row.visitors == 200_000 * share[row.hour]
        assert row.inquiries == pytest.approx(row.visitors * m.inquiry_rate.value, rel=1e-12)
        assert row.orders == pytest.approx(row.visitors * conversion, rel=1e-12)
        assert row.cs_agents == erlang.agents_required(
            row.inquiries, 180, service_level=0.8, answer_within_s=30, concurrency=3,
            max_occupancy=0.9, shrinkage=0.1)
    # the profile peaks in the first hour after midnight and again in the evening
    assert hours["cs_agents"].idxmax() == 0
    assert hours["cs_agents"][20:24].max() > 1.5 * hours["cs_agents"][13:17].max()


def test_every_order_is_packed_within_the_shipping_time():
    plan = storeops.presets.tmall_2014()
    plan.campaign_day.ship_within_hours = 2
    hours = storeops.campaign_hours(plan, day_visitors=100_000, packs_per_hour=25, **SIZING)
    orders = hours["orders"].to_numpy()
    for h in range(24):
        # the packing work of hour h: half of this hour's orders and half of the last hour's
        work = (orders[h] + orders[h - 1]) / 2
        assert hours["packers"][h] == math.ceil(work / 25 - 1e-9)
    assert (hours["packers"] * 25).sum() >= orders.sum()


def test_by_default_the_day_is_packed_by_the_plans_shipping_rule():
    """004: orders confirmed until 15:00 and then packed, shipped within 24 hours."""
    plan = storeops.presets.tmall_2014()
    assert plan.campaign_day.ship_within_hours == 0
    assert (plan.shipping.cutoff_hour, plan.shipping.ship_within_hours) == (15, 24)
    hours = storeops.campaign_hours(plan, day_visitors=100_000, packs_per_hour=25, **SIZING)
    orders = hours["orders"].to_numpy()
    work = np.zeros(24)
    for h in range(24):
        start = 15 if h < 15 else 39
        until = max(h + 24, start + 1)
        for k in range(start, until):
            work[k % 24] += orders[h] / (until - start)
    for h in range(24):
        assert hours["packers"][h] == math.ceil(work[h] / 25 - 1e-9), h
    assert hours["packers"][14] == 0  # the 14:00 orders wait for the 15:00 batch
    plan.shipping.cutoff_hour = 10
    assert storeops.campaign_hours(plan, day_visitors=100_000, packs_per_hour=25,
                                   **SIZING)["packers"][14] > 0


def test_the_campaign_month_lifts_conversion_by_number_or_name():
    plan = storeops.presets.tmall_2014()
    normal = storeops.campaign_hours(plan, day_visitors=50_000, **SIZING)
    by_name = storeops.campaign_hours(plan, day_visitors=50_000, month="双11", **SIZING)
    by_month = storeops.campaign_hours(plan, day_visitors=50_000, month=10, **SIZING)  # 2014-11
    np.testing.assert_allclose(by_name["orders"], normal["orders"] * 1.2, rtol=1e-12)
    assert by_name.equals(by_month)
    quiet = storeops.campaign_hours(plan, day_visitors=50_000, month=3, **SIZING)
    assert quiet.equals(normal)
    with pytest.raises(storeops.Error, match="no campaign named '双十一'.*'双11'"):
        storeops.campaign_hours(plan, day_visitors=50_000, month="双十一", **SIZING)


def test_a_flat_profile_and_bad_shares_are_named():
    plan = storeops.presets.tmall_2014()
    flat = storeops.campaign_hours(plan, day_visitors=24_000, hourly_share=[1 / 24] * 24, **SIZING)
    np.testing.assert_allclose(flat["visitors"], 1000.0)
    with pytest.raises(storeops.Error, match=r"hourly_share must be shares summing to 1 \(within 1e-9\), got a sum of 0.96"):
        storeops.campaign_hours(plan, day_visitors=1, hourly_share=[0.04] * 24, **SIZING)
    bad = [1 / 23] * 24
    bad[5] = -bad[5]
    with pytest.raises(storeops.Error, match=r"hourly_share\[5\] must be a finite number >= 0"):
        storeops.campaign_hours(plan, day_visitors=1, hourly_share=bad, **SIZING)
    with pytest.raises(storeops.Error, match="hourly_share must hold 24 numbers, 0:00 to 23:00, got 12"):
        storeops.campaign_hours(plan, day_visitors=1, hourly_share=[1 / 12] * 12, **SIZING)
    with pytest.raises(storeops.Error, match="day_visitors must be a finite number >= 0, got -5"):
        storeops.campaign_hours(plan, day_visitors=-5, **SIZING)
    with pytest.raises(TypeError):
        storeops.campaign_hours(plan, day_visitors=1)  # the sizing has no silent default


def test_the_campaign_day_data_is_in_the_plan_file(tmp_path):
    plan = storeops.presets.tmall_2014()
    assert [f[0] for f in storeops.CampaignDayPolicy.FIELDS] == [
        "hourly_share", "packs_per_hour", "ship_within_hours", "stock_shares", "safety_stock",
        "prepacked_share", "cs_shifts", "packing_shifts", "after_sales_share", "after_sales_days",
        "after_sales_handle_time_s", "own_packing_from_hour", "own_packing_hours"]
    plan.campaign_day.packing_shifts = [storeops.Shift(start_hour=21, hours=6, cost=180.5, name="夜")]
    plan.save(tmp_path / "p.json")
    back = storeops.load_plan(tmp_path / "p.json")
    assert back == plan
    assert back.campaign_day.packing_shifts[0].cost == storeops.Money("180.50")
    with pytest.raises(storeops.Error, match=r"campaign_day.ship_within_hours must be in 0..24 hours "
                                             r"\(0: the plan's shipping rule\), got 25"):
        plan.campaign_day.ship_within_hours = 25
    with pytest.raises(storeops.Error, match=r"campaign_day.own_packing_from_hour must be in 0..23, got 24"):
        plan.campaign_day.own_packing_from_hour = 24
    with pytest.raises(storeops.Error, match=r"campaign_day.after_sales_days must be shares summing to 1 \(within 1e-9\), got a sum of 0.9"):
        plan.campaign_day.after_sales_days = [0.5, 0.3, 0.1]
    with pytest.raises(storeops.Error, match=r"Shift.hours must be in 1..24 hours, got 25"):
        storeops.Shift(start_hour=0, hours=25, cost=1)
