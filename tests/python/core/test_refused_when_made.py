"""Values storeops used to take and pass on (a rate of 2, stars of 6, a negative price, a
report with fewer page views than visitors) are refused where they enter, naming the field
and the value, as each name's Raises section says."""

import datetime

import pytest

import storeops
from storeops import Money

DAY = datetime.date(2014, 9, 15)
PLAN = storeops.presets.tmall_2014()

REFUSED = [
    (lambda: storeops.ShopFacts(good_review_rate=1.5),
     r"shop.good_review_rate must be a rate in \[0, 1\], got 1.5"),
    (lambda: storeops.campaigns.check("淘金币", shop={"good_review_rate": 2}, item={}),
     r"shop.good_review_rate must be a rate in \[0, 1\], got 2"),
    (lambda: storeops.ItemFacts(reviews=-3), "item.reviews must be a count >= 0, got -3"),
    (lambda: storeops.ItemFacts(price=-1), r"item.price must be >= 0, got -¥1.00"),
    (lambda: storeops.DsrRating(day=DAY, described=6, service=5, shipping=5),
     "DsrRating.described must be whole stars in 1..5, got 6"),
    (lambda: storeops.HitCandidateRule(min_conversion_rate=2),
     r"HitCandidateRule.min_conversion_rate must be a rate in \[0, 1\], got 2"),
    (lambda: storeops.PersonAssessment("cs_agent", factor=-1),
     "PersonAssessment.factor must be a finite number >= 0, got -1"),
    (lambda: storeops.PersonAssessment("cs_agent", base_share=1.5),
     r"PersonAssessment.base_share must be a rate in \[0, 1\], got 1.5"),
    (lambda: storeops.AnnualFeeRefund(yearly_sales=1_000_000, share=2),
     r"AnnualFeeRefund.share must be a rate in \[0, 1\], got 2"),
    (lambda: storeops.AnnualFeeRefund(yearly_sales=-1, share=0.5),
     "AnnualFeeRefund.yearly_sales must be >= 0, got -¥1.00"),
    (lambda: storeops.Promotion.member_discount(1.5),
     r"price_share must be a rate in \[0, 1\], got 1.5"),
    (lambda: storeops.Promotion.coupon(69, -40), "discount must be >= 0, got -¥40.00"),
    (lambda: storeops.MemberTier(name="vip", from_spend=-1, price_share=0.9),
     "MemberTier.from_spend must be >= 0, got -¥1.00"),
    (lambda: storeops.member_tier(-1), "spend must be >= 0, got -¥1.00"),
    (lambda: storeops.DepartmentStaff(department="design", roles={"cs_agent": 1}, cost=1),
     r"DepartmentStaff.roles must be a role of design \(it belongs to customer_service\), "
     "got cs_agent"),
    (lambda: storeops.DepartmentStaff(department="design", roles={"designer": -1}, cost=1),
     "roles.designer must be >= 0 people, got -1"),
    (lambda: storeops.Headcount({"cs_agent": -1}), "Headcount.cs_agent must be >= 0 people, got -1"),
    (lambda: storeops.RevenueTier(monthly_revenue=-1, budget=1, departments=[]),
     "RevenueTier.monthly_revenue must be >= 0, got -¥1.00"),
    (lambda: storeops.TrafficTarget(from_level=storeops.CreditLevel(), monthly_visitors=-1,
                                    daily_visitors=1),
     "TrafficTarget.monthly_visitors must be a count >= 0, got -1"),
    (lambda: storeops.split_revenue_variance(plan_visitors=10, plan_orders=20, plan_revenue=1,
                                             actual_visitors=10, actual_orders=5, actual_revenue=1),
     r"plan_orders \(20\) cannot exceed plan_visitors \(10\)"),
    (lambda: storeops.StageTracker(PLAN.stages).record(-1), "revenue must be >= 0, got -¥1.00"),
    (lambda: storeops.StageTracker(PLAN.stages).record(100, 200),
     r"campaign_revenue must be at most the month's revenue \(¥100.00\), got ¥200.00"),
    (lambda: storeops.month_statement(PLAN.fees, PLAN.costs, revenue=100, payroll=-5),
     "payroll must be >= 0, got -¥5.00"),
    (lambda: storeops.month_statement(PLAN.fees, PLAN.costs, revenue=100, promotion={"ztc": -1}),
     "promotion.ztc must be >= 0, got -¥1.00"),
    (lambda: setattr(storeops.CatalogRules(), "min_main", -1),
     "CatalogRules.min_main must be >= 0, got -1"),
    (lambda: setattr(storeops.CatalogRules(), "max_main_price", -1),
     "CatalogRules.max_main_price must be >= 0, got -¥1.00"),
    (lambda: setattr(storeops.ReviewRules(), "band_high", 1.5),
     r"ReviewRules.band_high must be a rate in \[0, 1\], got 1.5"),
    (lambda: setattr(storeops.ReviewRules(), "demand_window_days", 0),
     "ReviewRules.demand_window_days must be >= 1 day, got 0"),
    (lambda: setattr(storeops.ReviewRules(), "growth_trend", 0),
     "ReviewRules.growth_trend must be a finite number > 0, got 0"),
    (lambda: storeops.KpiMultiplier(department="customer_service", kpi="ctr", threshold=1,
                                    factor=1),
     "KpiMultiplier.kpi: 'ctr' is not a KPI of customer_service"),
    (lambda: storeops.DailyReport.from_counts(date=DAY, page_views=10, visitors=20, buyers=1,
                                              units=1, sales=10, home_page_visits=5,
                                              home_page_single_page_visits=1),
     r"visitors \(20\) cannot exceed page_views \(10\)"),
]


@pytest.mark.parametrize(("make", "message"), REFUSED)
def test_refused_naming_the_field_and_value(make, message):
    with pytest.raises(storeops.Error, match=message):
        make()


WRONG_TYPE = [
    (lambda: storeops.ItemFacts(reviews="many"), "item.reviews must be a whole number, got 'many'"),
    (lambda: storeops.campaigns.check("淘金币", shop={"consumer_protection": "yes"}, item={}),
     "shop.consumer_protection must be True or False, got 'yes'"),
    (lambda: storeops.Money([1]), "must be money"),
    (lambda: storeops.Money(True), "must be an amount in yuan, got a bool"),
    (lambda: storeops.DsrRating(day="2014-09-15", described=5, service=5, shipping=5),
     "day must be a datetime.date"),
    (lambda: setattr(storeops.ReviewRules(), "max_push", 2.5),
     "ReviewRules.max_push must be a whole number, got 2.5"),
    (lambda: storeops.sweep_paths(1), "sweep_paths\\(\\): plan must be a storeops.Plan, got 1"),
    (lambda: storeops.payback_month(1, 5),
     r"^payback_month\(\): monthly_cash_flows must be a list, got 5 \(int\)$"),
]


@pytest.mark.parametrize(("make", "message"), WRONG_TYPE)
def test_a_wrong_type_is_a_type_error_naming_the_field(make, message):
    with pytest.raises(storeops.WrongTypeError, match=message) as caught:
        make()
    assert isinstance(caught.value, TypeError)


def test_values_within_their_rules_still_pass():
    assert storeops.ShopFacts(good_review_rate=1.0).good_review_rate == 1.0
    assert storeops.Promotion.member_discount(0.0).rate == 0.0
    assert storeops.member_tier(0).name == "normal"
    assert storeops.StageTracker(PLAN.stages).record(100, 100) in (True, False)
    rules = storeops.ReviewRules()
    rules.band_low = 0.0
    rules.demand_window_days = 1
    assert (rules.band_low, rules.demand_window_days) == (0.0, 1)
    row = storeops.DailyReport.from_counts(date=DAY, page_views=10, visitors=10, buyers=2,
                                           units=2, sales=10, home_page_visits=5,
                                           home_page_single_page_visits=5)
    assert row.visit_depth == 1.0
    assert storeops.split_revenue_variance(
        plan_visitors=10, plan_orders=10, plan_revenue=Money(100), actual_visitors=10,
        actual_orders=5, actual_revenue=50).variance == Money(-50)
