"""Next week's targets, a day at a time, by one rule (the weekly review's next week and the
proposal's alike): a store ahead of its month's plan is never asked for less than its own run
rate; one behind is asked for the catch-up where its forecast reaches it, else for the
forecast's P50 with the shortfall stated."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from storeops import _core

if TYPE_CHECKING:
    import pandas as pd

    from storeops.readers.store import Store

#: The days the run rate is read from, the last ones the daily report has (*assumed*: two
#: weeks, long enough to hold each weekday twice, short enough to follow a change).
RUN_RATE_DAYS = 14
#: The weeks the weekday pattern is read from, when the report has them.
WEEKDAY_WEEKS = 8


def _weekday_factors(daily: pd.DataFrame, column: str) -> np.ndarray:
    """Each weekday's share of an average day over the last weeks (1 where too few weeks)."""
    import pandas as pd

    last = daily["date"].max()
    recent = daily[daily["date"] > last - pd.Timedelta(weeks=WEEKDAY_WEEKS)]
    values = recent[column].astype(float)
    if len(recent) < 28 or values.mean() <= 0:
        return np.ones(7)
    by_day = values.groupby(recent["date"].dt.day_of_week).mean().reindex(range(7))
    return np.asarray((by_day / values.mean()).fillna(1.0), dtype=float)


def run_rate(daily: pd.DataFrame, day: _dt.date) -> dict[str, float]:
    """The store's own pace on ``day``: the mean of the last 14 reported days, by weekday."""
    import pandas as pd

    last = daily["date"].max()
    recent = daily[daily["date"] > last - pd.Timedelta(days=RUN_RATE_DAYS)]
    out = {}
    for column in ("visitors", "buyers", "sales"):
        mean = float(recent[column].astype(float).mean()) if len(recent) else 0.0
        out[column] = mean * float(_weekday_factors(daily, column)[day.weekday()])
    return out


def next_week_targets(store: Store, monday: _dt.date, forecast: Any = None) -> pd.DataFrame:
    """The seven days from ``monday``, each with its visitors, buyers and sales target and the
    sentence of its basis: a store ahead of its month's plan is never asked for less than its
    own run rate; one behind is asked for the catch-up to the month's plan where the forecast
    (its P90 day) reaches it, else for the forecast's P50 with the shortfall stated."""
    import pandas as pd

    plan, daily = store.plan, cast(Any, store.daily)
    last_reported = daily["date"].max().date()
    # where the store stands: its month so far against the plan for the same days
    done_until = min(last_reported, monday - _dt.timedelta(days=1))
    first = done_until.replace(day=1)
    so_far = daily[(daily["date"] >= pd.Timestamp(first)) & (daily["date"] <= pd.Timestamp(done_until))]
    ahead_now = float(so_far["sales"].astype(float).sum()) >= \
        _core.plan_for_days(plan, first, done_until).revenue.fen / 100
    records = []
    for d in range(7):
        day = monday + _dt.timedelta(days=d)
        month_first = day.replace(day=1)
        month_last = (month_first + _dt.timedelta(days=32)).replace(day=1) - _dt.timedelta(days=1)
        done_until = min(last_reported, monday - _dt.timedelta(days=1))
        own = run_rate(daily, day)
        planned_day = _core.plan_for_days(plan, day, day)
        order_target = plan.targets.orders_per_day_on(day, opening=plan.market.start_date)
        if done_until >= month_first:
            month_plan = _core.plan_for_days(plan, month_first, month_last)
            rows = daily[(daily["date"] >= pd.Timestamp(month_first)) &
                         (daily["date"] <= pd.Timestamp(done_until))]
            done = _core.DayFigures(visitors=float(rows["visitors"].sum()),
                                    orders=float(rows["buyers"].sum()),
                                    revenue=_core.sum_money([_core.Money(float(s)) for s in rows["sales"]]))
            so_far = _core.plan_for_days(plan, month_first, done_until)
            catch = _core.catch_up(month_plan, done, (month_last - done_until).days)
            ahead = done.revenue.fen >= so_far.revenue.fen
        else:  # a month not yet begun: its plan, the store standing as it does now
            catch, ahead = planned_day, ahead_now
        catch_sales = catch.revenue.fen / 100
        if ahead:
            target = {"visitors": max(catch.visitors, own["visitors"]),
                      "buyers": max(catch.orders, own["buyers"], order_target),
                      "sales": max(catch_sales, own["sales"])}
            basis = (f"ahead of plan: the run rate of the last {RUN_RATE_DAYS} days for a "
                     f"{day:%A} (¥{own['sales']:,.2f}), never less; the month's plan asks "
                     f"¥{catch_sales:,.2f}")
        else:
            reach = forecast.get(day) if forecast is not None else None
            if reach is None or catch_sales <= reach[2]:
                target = {"visitors": catch.visitors, "buyers": max(catch.orders, order_target),
                          "sales": catch_sales}
                basis = (f"behind plan: the catch-up to the month's plan (¥{catch_sales:,.2f})"
                         + (f", within the forecast's P90 day (¥{reach[2]:,.2f})" if reach else
                            ", no forecast to check its reach against"))
            else:
                p50 = reach[1]
                scale = p50 / own["sales"] if own["sales"] else 1.0
                target = {"visitors": own["visitors"] * scale,
                          "buyers": max(own["buyers"] * scale, order_target), "sales": p50}
                basis = (f"behind plan beyond reach: the forecast's P50 day (¥{p50:,.2f}); the "
                         f"catch-up (¥{catch_sales:,.2f}) is above its P90 (¥{reach[2]:,.2f}): "
                         f"short by ¥{catch_sales - p50:,.2f} this day")
        if order_target > 0 and target["buyers"] == order_target:
            basis += f"; buyers at the plan's order target ({order_target:g} a day)"
        records.append({"date": pd.Timestamp(day), "visitors": round(target["visitors"]),
                        "buyers": math.ceil(target["buyers"] - 1e-9),
                        "sales": round(target["sales"], 2), "basis": basis})
    return pd.DataFrame.from_records(records).set_index("date")


def daily_forecast(store: Store, monday: _dt.date, runs: int, seed: int) -> tuple[dict[Any, Any], Any]:
    """Per day of next week: the forecast's (P10, P50, P90) of a day's sales in its month, from
    the store's re-forecast (the plan calibrated on the reports); and the re-forecast."""
    from storeops.tracking.plan_vs_actual import reforecast

    plan = store.plan
    start = _dt.date.fromisoformat(plan.market.start_date)
    sunday = monday + _dt.timedelta(days=6)
    months = (sunday.year - start.year) * 12 + sunday.month - start.month + 1
    mc = reforecast(plan, cast(Any, store.daily), runs=runs, months=max(months, 2) + 12, seed=seed,
                    columns=["revenue", "operating_profit", "cumulative_cash"])
    out = {}
    for d in range(7):
        day = monday + _dt.timedelta(days=d)
        m = (day.year - start.year) * 12 + day.month - start.month  # 0-based plan month
        days_in = ((day.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
                   - _dt.timedelta(days=1)).day
        revenue = np.asarray(mc.revenue[:, m], dtype=float) / days_in
        out[day] = tuple(float(x) for x in np.quantile(revenue, [0.1, 0.5, 0.9]))
    return out, mc


def as_of(store: Store, sunday: _dt.date) -> Store:
    """The store as its exports stood on ``sunday``: the days after it left out, so that a
    proposal for an earlier week is made from what was known then."""
    import pandas as pd

    end = pd.Timestamp(sunday) + pd.Timedelta(days=1)

    def upto(frame: pd.DataFrame | None, column: str) -> pd.DataFrame | None:
        return None if frame is None else frame[frame[column] < end]

    return dataclasses.replace(store, daily=upto(store.daily, "date"), items=upto(store.items, "date"),
                               ads=upto(store.ads, "date"), traffic=upto(store.traffic, "date"))


__all__ = ["RUN_RATE_DAYS", "as_of", "WEEKDAY_WEEKS", "daily_forecast", "next_week_targets", "run_rate"]
