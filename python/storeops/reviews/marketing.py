"""The week's ads, refunds, reviews and traffic, from the exports that hold them: what the
weekly review shows beside its sales (ad spend and ROI by channel against the plan's promotion
budget, refunds by reason, the reviews and the negative ones, visitors by source)."""

from __future__ import annotations

import datetime as _dt
import math
from typing import TYPE_CHECKING

from storeops import _core

if TYPE_CHECKING:
    import pandas as pd

    from storeops.readers.store import Store

#: The columns of the week's ad table, one row per channel and a total.
AD_WEEK_COLUMNS = ("spend", "impressions", "clicks", "orders", "sales", "roi", "plan_budget")


def _in(frame: pd.DataFrame, column: str, first: _dt.date, last: _dt.date) -> pd.DataFrame:
    import pandas as pd

    at = pd.to_datetime(frame[column])
    return frame[(at >= pd.Timestamp(first)) & (at < pd.Timestamp(last) + pd.Timedelta(days=1))]


def promotion_budget(store: Store, first: _dt.date, last: _dt.date) -> float:
    """The plan's promotion money for these days: its promotion share (推广费占比) of the plan's
    revenue for them, in yuan."""
    planned = _core.plan_for_days(store.plan, first, last)
    return planned.revenue.fen / 100 * store.plan.market.promotion_share


def ads_week(store: Store, first: _dt.date, last: _dt.date,
             notes: dict[str, str]) -> pd.DataFrame | None:
    """Spend, impressions, clicks, orders, sales and ROI (sales / spend) by channel, and the
    total against the plan's promotion budget for the days."""
    if store.ads is None:
        notes["ads"] = "no ad report found (直通车, 引力魔方/钻展 or 淘宝客)"
        return None
    week = _in(store.ads, "date", first, last)
    if week.empty:
        notes["ads"] = f"no ad spend reported between {first} and {last}"
        return None
    sums = week.groupby("channel")[["spend", "impressions", "clicks", "orders", "sales"]].sum(
        min_count=1)
    sums.loc["total"] = sums.sum(min_count=1)
    sums["roi"] = [s / c if c else math.nan for s, c in zip(sums["sales"], sums["spend"])]
    sums["plan_budget"] = math.nan
    sums.loc["total", "plan_budget"] = promotion_budget(store, first, last)
    sums.index.name = "channel"
    return sums[list(AD_WEEK_COLUMNS)]


def refunds_week(store: Store, first: _dt.date, last: _dt.date,
                 notes: dict[str, str]) -> pd.DataFrame | None:
    """Refunds requested in the days, by reason: how many, how much, and the share of the
    days' sales."""
    if store.refunds is None:
        notes["refunds"] = "no refund export found (退款管理)"
        return None
    week = _in(store.refunds, "requested", first, last)
    if week.empty:
        notes["refunds"] = f"no refund requested between {first} and {last}"
        return None
    by = week.groupby(week["reason"].replace("", "(none given)"))
    out = by.agg(refunds=("order", "size"), amount=("amount", "sum")).sort_values(
        "amount", ascending=False)
    sales = _sales(store, first, last)
    out["share_of_sales"] = out["amount"] / sales if sales else math.nan
    out.index.name = "reason"
    return out


def _sales(store: Store, first: _dt.date, last: _dt.date) -> float:
    if store.daily is None:
        return math.nan
    rows = _in(store.daily, "date", first, last)
    return float(sum(float(s) for s in rows["sales"]))


def reviews_week(store: Store, first: _dt.date, last: _dt.date,
                 notes: dict[str, str]) -> pd.DataFrame | None:
    """The reviews of the days: the count of each rating in ``notes`` and the neutral and
    negative ones listed, answered (解释) or not."""
    if store.reviews is None:
        notes["reviews"] = "no review export found (评价管理)"
        return None
    week = _in(store.reviews, "time", first, last)
    counts = week["rating"].value_counts()
    notes["reviews"] = (f"{len(week)} reviews: {int(counts.get('good', 0))} good, "
                        f"{int(counts.get('neutral', 0))} neutral, "
                        f"{int(counts.get('negative', 0))} negative")
    bad = week[week["rating"].isin(("neutral", "negative"))]
    return bad[["time", "order", "rating", "text", "reply"]].reset_index(drop=True)


def traffic_week(store: Store, first: _dt.date, last: _dt.date,
                 notes: dict[str, str]) -> pd.DataFrame | None:
    """Visitors, buyers and sales by source over the days, most visitors first."""
    if store.traffic is None:
        notes["traffic"] = "no traffic-source export found (生意参谋 流量来源)"
        return None
    week = _in(store.traffic, "date", first, last)
    if week.empty:
        notes["traffic"] = f"no traffic reported between {first} and {last}"
        return None
    out = week.groupby("source")[["visitors", "buyers", "sales"]].sum(min_count=1)
    out["visitor_share"] = out["visitors"] / out["visitors"].sum()
    return out.sort_values("visitors", ascending=False)


__all__ = ["AD_WEEK_COLUMNS", "ads_week", "promotion_budget", "refunds_week", "reviews_week",
           "traffic_week"]
