"""What the reviews share: the week's calendar (which week, its ISO name), writing a file
whole or not at all, next week's customer-service roster from the chats by hour, and the one
reason no item is pushed."""

from __future__ import annotations

import datetime as _dt
import os
import pathlib
import tempfile
from typing import TYPE_CHECKING, Any, Union

import numpy as np

from storeops import _core

if TYPE_CHECKING:
    import pandas as pd

    from storeops.readers.store import Store

DateLike = Union[str, _dt.date]

#: How a chat is sized for the roster (*assumed*, as the campaign day's: 180 s of agent work a
#: chat, three chats at once, 80% answered within 30 s).
CHAT_SIZING = {"handle_time_s": 180.0, "concurrency": 3, "service_level": 0.8,
               "answer_within_s": 30.0}


def _date(value: DateLike, name: str) -> _dt.date:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise _core.Error(f"{name} must be a date like '2014-09-22', got {value!r}") from None


def _iso_week(monday: _dt.date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def _week_of(daily: pd.DataFrame, week: DateLike | None) -> _dt.date:
    """The Monday of the week containing ``week``; default the last complete week reported."""
    first: _dt.date = daily["date"].min().date()
    last: _dt.date = daily["date"].max().date()
    if week is None:
        sunday = last - _dt.timedelta(days=(last.weekday() + 1) % 7)
        monday = sunday - _dt.timedelta(days=6)
        if monday < first:
            raise _core.Error(f"week_review: the daily report ({first} to {last}) holds no "
                              "complete week, Monday to Sunday")
        return monday
    day = _date(week, "week")
    monday = day - _dt.timedelta(days=day.weekday())
    if monday > last or monday + _dt.timedelta(days=6) < first:
        raise _core.Error(f"week_review: the week of {day} ({monday} to "
                          f"{monday + _dt.timedelta(days=6)}) is outside the daily report, which "
                          f"covers {first} to {last}")
    return monday


def _write_atomically(path: pathlib.Path, text: str) -> None:
    """The file whole or not at all: a temporary file beside it, then one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temporary, path)
    except BaseException:
        pathlib.Path(temporary).unlink(missing_ok=True)
        raise


def _why_no_push(review: pd.DataFrame, catalog: Any) -> str:
    """The one reason no item is pushed: none is a hit candidate (002 篇4), and the nearest."""
    rule = _core.ReviewRules().hit
    seen = review[review["weekly_visitors"] > 0]
    text = (f"none qualifies: an item is pushed when it is a hit candidate (002 篇4: a week of at "
            f"least {rule.min_weekly_visitors:,.0f} visitors at a conversion of at least "
            f"{rule.min_conversion_rate:.0%}, bouncing less than the store)")
    if len(seen):
        best = seen.sort_values("weekly_visitors", ascending=False).iloc[0]
        text += (f"; the most visited, {best.name} {best['name']}, had "
                 f"{best['weekly_visitors']:,.0f} visitors at {best['conversion']:.2%}")
    return text + "."


def _roster(store: Store, sunday: _dt.date, notes: dict[str, str]) -> tuple[Any, Any]:
    """Next week's customer-service duty roster: the chats of the last four weeks by hour of
    day (conversations a day), agents an hour by Erlang C, the plan's shifts at least cost."""
    import pandas as pd

    from storeops.campaign_day.readiness import roster, roster_frame
    from storeops.team.erlang import agents_required

    if store.chats is None:
        notes["next_week_roster"] = "no chat records (千牛) found"
        return None, None
    start = pd.Timestamp(sunday) - pd.Timedelta(days=27)
    recent = store.chats[(store.chats["time"] >= start) &
                         (store.chats["time"] < pd.Timestamp(sunday) + pd.Timedelta(days=1))]
    asks = recent[recent["direction"] == "in"]
    if asks.empty:
        notes["next_week_roster"] = "no chats in the last four weeks"
        return None, None
    # a conversation: a customer's first message of a day
    conversations = asks.groupby([asks["time"].dt.date, asks["customer"]])["time"].min()
    days = max(1, (pd.Timestamp(sunday) - start).days + 1)
    per_hour = np.bincount(conversations.dt.hour.to_numpy(), minlength=24) / days
    need = np.asarray(agents_required(per_hour, **CHAT_SIZING), dtype=float)
    need = np.where(per_hour > 0, np.maximum(need, 1), 0).astype(int)
    result = roster(need.tolist(), list(store.plan.campaign_day.cs_shifts))
    frame = roster_frame(result)
    frame.attrs["chats_per_hour"] = per_hour
    return frame, result.cost * 7


__all__ = ["CHAT_SIZING", "DateLike", "committed_capital"]


def committed_capital(plan: Any, runs: int, seed: int) -> float:
    """The money a plan's owner commits: ``plan.funding.capital`` where the plan gives it, else
    (*assumed*) the initial investment or what the plan's own forecast needs to keep cash at or
    above zero in nine futures of ten, the more."""
    from storeops.simulation.engine import monte_carlo

    if plan.funding.capital.fen > 0:
        return float(plan.funding.capital.yuan)
    own = monte_carlo(plan, runs, months=36, seed=seed, columns=["cumulative_cash"])
    return float(max(plan.initial_investment.yuan, own.capital_required(0.9).yuan))
