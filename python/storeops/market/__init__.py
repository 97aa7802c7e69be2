"""The market (C++ ``storeops/market/``): the funnel's metrics, the daily report's targets, campaigns, promotions and members."""

from __future__ import annotations

from storeops.market import campaigns
from storeops.market.campaigns import (
    CampaignDayPlan,
    NAMES,
    check,
    check_all,
    plan_campaign_day,
    rules,
)
from storeops.market import customers
from storeops.market.customers import (
    MemberTier,
    member_tier,
    reactivation_plan,
    sbg_retention,
)
from storeops.market import daily_report
from storeops.market import metrics
from storeops.market.metrics import (
    average_order_value,
    bounce_rate,
    breakeven_roi,
    conversion_rate,
    cpc,
    cpm,
    ctr,
    good_review_rate,
    reply_rate,
    roi,
    satisfaction,
    success_rate,
    uv_value,
    visit_depth,
)
from storeops.market import promotions
from storeops.market.promotions import (
    BasketPrice,
    Promotion,
    price_basket,
)

__all__ = [
    "BasketPrice",
    "CampaignDayPlan",
    "MemberTier",
    "NAMES",
    "Promotion",
    "average_order_value",
    "bounce_rate",
    "breakeven_roi",
    "campaigns",
    "check",
    "check_all",
    "conversion_rate",
    "cpc",
    "cpm",
    "ctr",
    "customers",
    "daily_report",
    "good_review_rate",
    "member_tier",
    "metrics",
    "plan_campaign_day",
    "price_basket",
    "promotions",
    "reactivation_plan",
    "reply_rate",
    "roi",
    "rules",
    "satisfaction",
    "sbg_retention",
    "success_rate",
    "uv_value",
    "visit_depth",
]
