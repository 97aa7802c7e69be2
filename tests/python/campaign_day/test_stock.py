"""storeops.campaign_stock and the campaign day's temporary staff in the plan."""

import pytest

import storeops


def test_stock_by_product_role_with_a_third_prepacked():
    plan = storeops.presets.tmall_2014()
    stock = storeops.campaign_stock(plan, day_orders=1000, units_per_order=1.5)
    assert list(stock.index) == ["traffic_driver", "profit", "campaign", "image", "total"]
    assert stock.loc["campaign", "forecast_units"] == 900
    assert stock.loc["campaign", "stock_units"] == 1080  # 900 and 20% safety stock
    assert stock.loc["campaign", "prepacked_boxes"] == 300  # a third of the goods (000)
    assert stock.loc["total", "stock_units"] == 1080 + 450 + 270
    assert storeops.campaign_stock(plan, day_orders=1000, units_per_order=1.5,
                                   safety=0).loc["total", "stock_units"] == 1500
    with pytest.raises(storeops.Error, match="units_per_order must be a finite number > 0, got 0"):
        storeops.campaign_stock(plan, day_orders=10, units_per_order=0)
    plan.campaign_day.stock_shares = [0.5, 0.5, 0, 0]
    assert storeops.campaign_stock(plan, day_orders=10, units_per_order=1).loc["campaign", "stock_units"] == 0
    with pytest.raises(storeops.Error, match="campaign_day.stock_shares must be shares summing to 1"):
        plan.campaign_day.stock_shares = [0.5, 0.6, 0, 0]


def test_temporary_staff_enter_the_campaign_months_payroll_only_when_opted_in():
    plan = storeops.presets.tmall_2014()
    base = storeops.simulate(plan)
    assert base.payback_month == 34
    assert base.to_frame()["cumulative_cash"].iloc[-1] == pytest.approx(214_740.94, abs=0.001)
    day = storeops.campaign_day(plan, day_visitors=150_000, month="双11")
    opted = day.to_plan()
    assert plan == storeops.presets.tmall_2014()  # the original plan is untouched
    nov = [c for c in opted.market.campaigns if c.name == "双11"][0]
    assert nov.temporary_staff_cost == day.temporary_staff_cost
    a, b = base.to_frame(), storeops.simulate(opted).to_frame()
    extra = (b["payroll"] - a["payroll"]).round(2)
    months = extra[extra != 0].index + 1
    assert list(months) == [10, 22, 34]  # every November of the plan
    assert (extra[extra != 0] == day.temporary_staff_cost.yuan).all()
    assert (b["headcount"] == a["headcount"]).all()  # paid per shift, not hired
    assert storeops.Plan.from_json(opted.to_json()) == opted
    with pytest.raises(storeops.Error, match="holds no campaign"):
        storeops.campaign_day(plan, day_visitors=10, month=3).to_plan()


def test_a_campaign_month_takes_its_temporary_staff_cost():
    c = storeops.CampaignMonth(month_of_year=11, name="双11", temporary_staff_cost="1234.50")
    assert c.temporary_staff_cost == storeops.Money("1234.50")
    assert "temporary_staff_cost=¥1,234.50" in repr(c)
    with pytest.raises(storeops.Error, match=r"CampaignMonth.temporary_staff_cost must be >= 0"):
        storeops.CampaignMonth(month_of_year=11, temporary_staff_cost=-1)
    with pytest.raises(storeops.Error, match=r"CampaignMonth.month_of_year must be in 1..12, got 13"):
        storeops.CampaignMonth(month_of_year=13)
