"""The campaign day (C++ ``storeops/campaign_day/``): hours, stock and the duty roster of a 双11-style day."""

from __future__ import annotations

from storeops.campaign_day import readiness
from storeops.campaign_day.readiness import (
    ASSUMED_CAMPAIGN_HOURLY_SHARE,
    CampaignDay,
    RosterTimeLimitWarning,
    after_sales_hours,
    campaign_day,
    campaign_hours,
    campaign_stock,
    conversion_lift,
    own_packers,
    roster,
    roster_frame,
)

__all__ = [
    "ASSUMED_CAMPAIGN_HOURLY_SHARE",
    "CampaignDay",
    "RosterTimeLimitWarning",
    "after_sales_hours",
    "campaign_day",
    "campaign_hours",
    "campaign_stock",
    "conversion_lift",
    "own_packers",
    "readiness",
    "roster",
    "roster_frame",
]
