"""Customers (001, 000 attachment 八): member tiers, cohort retention, re-activation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Iterable

from storeops._core import MemberTier, _reactivation_plan, member_tier, sbg_retention

if TYPE_CHECKING:
    import pandas as pd


def reactivation_plan(
    customers: pd.DataFrame | Iterable[tuple[str, dt.date]],
    promotion_date: dt.date,
    *,
    silent_months: int = 6,
    reminder_days: int = 7,
    offer_from_days: int = 2,
    offer_to_days: int = 1,
) -> pd.DataFrame:
    """Who gets the re-activation reminder and offer before a promotion (001): customers
    silent for ``silent_months`` calendar months or more by the promotion date get a reminder
    ``reminder_days`` before it and an offer from ``offer_from_days`` to ``offer_to_days``
    before it. ``customers`` is a DataFrame with columns ``id`` and ``last_purchase``, or
    (id, last purchase date) pairs."""
    import pandas as pd

    if isinstance(customers, pd.DataFrame):
        missing = {"id", "last_purchase"} - set(customers.columns)
        if missing:
            raise ValueError(f"customers lacks column(s) {sorted(missing)}")
        pairs: list[tuple[str, Any]] = [
            (str(i), pd.Timestamp(d).date()) for i, d in zip(customers["id"], customers["last_purchase"])]
    else:
        pairs = [(str(i), d) for i, d in customers]
    rows = _reactivation_plan(pairs, promotion_date, silent_months, reminder_days,
                              offer_from_days, offer_to_days)
    return pd.DataFrame(rows, columns=["id", "last_purchase", "reminder", "offer_from", "offer_to"])


__all__ = ["MemberTier", "member_tier", "reactivation_plan", "sbg_retention"]
