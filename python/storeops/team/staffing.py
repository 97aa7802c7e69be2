"""Staffing tables as DataFrames, and customer service sized both ways."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storeops.team import erlang
from storeops._core import DEPARTMENTS, Headcount, Money, StaffingPolicy

if TYPE_CHECKING:
    import pandas as pd


def tiers_frame(policy: StaffingPolicy) -> pd.DataFrame:
    """The revenue-tier table (000 ch.4): one row per tier, headcount per department, the
    budget, the personnel cost and its share of revenue (the seed claims 6–7%)."""
    import pandas as pd

    rows = []
    for tier, share in zip(policy.tiers, policy.tier_cost_shares()):
        row: dict[str, object] = {"monthly_revenue": tier.monthly_revenue.yuan}
        counts = {d.department: d.headcount for d in tier.departments}
        for dept in DEPARTMENTS:
            row[dept] = counts.get(dept, 0)
        row["total"] = sum(counts.values())
        row["budget"] = tier.budget.yuan
        row["personnel_cost"] = share.personnel_cost.yuan
        row["personnel_share"] = share.share
        rows.append(row)
    return pd.DataFrame(rows)


def bands_frame(policy: StaffingPolicy) -> pd.DataFrame:
    """The orders-per-day bands (000 ch.5) with the point where each one hires."""
    import pandas as pd

    return pd.DataFrame(
        [
            {
                "department": b.department,
                "low": b.low,
                "high": b.high,
                "hires_at": b.low + policy.trigger * (b.high - b.low),
                "add": b.add,
                "note": b.note,
            }
            for b in policy.bands
        ]
    )


def headcount_frame(headcounts: list[Headcount]) -> pd.DataFrame:
    """One row per headcount, one column per department, plus ``total``."""
    import pandas as pd

    frame = pd.DataFrame([[h[d] for d in DEPARTMENTS] for h in headcounts], columns=list(DEPARTMENTS))
    frame["total"] = frame.sum(axis=1)
    return frame


def compare_customer_service(
    policy: StaffingPolicy,
    monthly_revenue: Money | float,
    orders_per_day: float,
    *,
    daily_inquiries: float,
    handle_time_s: float,
    service_level: float = 0.8,
    answer_within_s: float = 30.0,
    concurrency: int = 1,
    max_occupancy: float = 1.0,
    shrinkage: float = 0.0,
    peak_hour_share: float = erlang.ASSUMED_PEAK_HOUR_SHARE,
) -> dict[str, object]:
    """Customer-service agents by the seed's rules and by Erlang C, side by side.

    The seed rule counts the whole department (agents and their lead); Erlang C counts the
    people on chats at the peak hour, after shrinkage.
    """
    by_rules = policy.headcount(monthly_revenue, orders_per_day)["customer_service"]
    arrivals = erlang.peak_hour_arrivals(daily_inquiries, peak_hour_share)
    by_queue = int(
        erlang.agents_required(arrivals, handle_time_s, service_level=service_level,
                               answer_within_s=answer_within_s, concurrency=concurrency,
                               max_occupancy=max_occupancy, shrinkage=shrinkage)
    )
    return {
        "seed_rules": by_rules,
        "erlang_c": by_queue,
        "peak_hour_arrivals": float(arrivals),
        "service_level_with_seed_rules": float(
            erlang.service_level(by_rules, arrivals, handle_time_s, answer_within_s,
                                 concurrency=concurrency)
        ),
    }


def _tiers_to_frame(self: StaffingPolicy) -> pd.DataFrame:
    return tiers_frame(self)


setattr(StaffingPolicy, "to_frame", _tiers_to_frame)  # a Python method on a compiled class

__all__ = ["bands_frame", "compare_customer_service", "headcount_frame", "tiers_frame"]
