"""Platform campaigns (004 活动框架): entry rules as data, and a checker that names every
failed condition; and the big-campaign day plan (000 ch.4 大活动备战期; the day itself, ch.3
活动的大致策划).

    >>> storeops.campaigns.check("淘金币", shop={"credit_points": 1200, "consumer_protection": True},
    ...                          item={"sales": 60, "reviews": 8, "quantity": 250, "price": 39,
    ...                                "market_average_price": 45})
    Eligibility(淘金币: eligible)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storeops._core import CampaignDayPlan, Eligibility, plan_campaign_day
from storeops._core import campaigns as _c

if TYPE_CHECKING:
    import pandas as pd

rules = _c.rules
NAMES = tuple(r.name for r in _c.rules())


def check(name: str, shop: Any, item: Any) -> Eligibility:
    """Whether ``shop`` (ShopFacts or dict: credit_points, good_review_rate,
    consumer_protection) and ``item`` (ItemFacts or dict: sales, reviews, quantity, price,
    recorded_price, market_average_price, free_shipping) may enter campaign ``name``;
    ``.failed`` lists every failed condition with what is required and what was found."""
    return _c.check(name, shop, item)


def check_all(shop: Any, item: Any) -> pd.DataFrame:
    """Every campaign at once: eligible, and the failed conditions."""
    import pandas as pd

    rows = []
    for n in NAMES:
        e = check(n, shop, item)
        rows.append({"campaign": n, "eligible": e.eligible,
                     "failed": "; ".join(f"{f.condition}: required {f.required}, actual {f.actual}"
                                         for f in e.failed)})
    return pd.DataFrame(rows, columns=["campaign", "eligible", "failed"])


__all__ = ["NAMES", "CampaignDayPlan", "check", "check_all", "plan_campaign_day", "rules"]
