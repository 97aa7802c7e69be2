"""The week in one command: the store's weekly review (周会, 000) from its own exports, with the
month's plan, the re-forecast, the stock, the team and the shipping rule in one place
(:func:`week_review`). The arithmetic (the plan's figures for a run of days, the targets that
bring a month back to plan, the shipping rule, the variance split) is the C++ core's."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import json
import math
import pathlib
import re
from typing import TYPE_CHECKING, Any, Iterator, Union

import numpy as np

from storeops import _core
from storeops._core import DayFigures, Money, Plan, RevenueVariance
from storeops.readers.store import Store, open_store
from storeops.reviews.common import (
    CHAT_SIZING,
    _iso_week,
    _roster,
    _week_of,
    _why_no_push,
    _write_atomically,
)
from storeops.reviews.marketing import ads_week, refunds_week, reviews_week, traffic_week

if TYPE_CHECKING:
    import pandas as pd

StoreLike = Union[Store, str, pathlib.Path]
DateLike = Union[str, _dt.date]

#: The rows of ``WeekReview.totals`` (pinned).
TOTAL_ROWS = ("visitors", "buyers", "sales", "conversion_rate", "average_order_value")
#: Futures a review's re-forecast samples (the same seed every week: changes are the store's).
REVIEW_RUNS = 10_000


def _store(store: StoreLike) -> Store:
    if isinstance(store, Store):
        return store
    if isinstance(store, (str, pathlib.Path)):
        return open_store(store)
    raise _core.WrongTypeError(f"week_review(): store must be a Store or a folder path, got "
                               f"{type(store).__name__}")


@contextlib.contextmanager
def hints_for(shop: Store) -> Iterator[None]:
    """An error's hint as a store folder's user acts on it: the core's hint names the command
    line's --start, which ``week`` and ``month`` do not take; the start is the plan's."""
    try:
        yield
    except _core.Error as err:
        text = str(err)
        where = shop.plan_path.name if shop.plan_path is not None else "the store's plan"
        fixed = re.sub(r" \(command line: --start [0-9-]+\)", f" in {where} (market.start_date)",
                       text)
        if fixed == text:
            raise
        raise _core.Error(fixed) from None


@dataclasses.dataclass
class ReviewData:
    """What a review was made from: the exports found (``files``, one row per file: ``file``,
    ``kind``, ``rows``, ``first_date``, ``last_date``, ``problem``, ``exported``; the object
    reads as that table too), what a later export replaced (``overridden``), the days missing from the daily report, and a note for each section that had
    no data ("no order report found").

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> review = storeops.week_review(folder, runs=200, save=False)
    >>> type(review.data).__name__
    'ReviewData'
    """

    files: pd.DataFrame
    missing_days: list[_dt.date]
    notes: dict[str, str]
    #: What a later export replaced (``Store.overridden``): one row per day, with the columns
    #: that changed and the earlier figures.
    overridden: pd.DataFrame | None = None

    @property
    def problems(self) -> list[str]:
        rows = self.files[self.files["problem"].notna()]
        return [f"{f}: {p}" for f, p in zip(rows["file"], rows["problem"])]

    def __getattr__(self, name: str) -> Any:
        # the files table's own (data["kind"], data.loc[...], len(data)): what was found
        if name.startswith("__") or name in ("files", "missing_days", "notes", "overridden"):
            raise AttributeError(name)
        return getattr(self.files, name)

    def __getitem__(self, key: Any) -> Any:
        return self.files[key]

    def __len__(self) -> int:
        return len(self.files)

    def __repr__(self) -> str:
        lines = [self.files.to_string(index=False)]
        if self.missing_days:
            lines.append("missing days: " + ", ".join(map(str, self.missing_days)))
        lines += [f"{section}: {note}" for section, note in self.notes.items()]
        return "\n".join(lines)


@dataclasses.dataclass
class WeekReview:
    """The weekly review (周会) of one week, Monday to Sunday, from :func:`week_review`.

    Sections: ``totals`` (visitors, buyers, sales, conversion, order value: this week, last
    week, the plan), ``gap`` (the sales gap to plan split into traffic, conversion and
    order-value effects, exact), ``days`` (the seven days with each day's target),
    ``forecast`` and ``forecast_change``, ``push``, ``delist``, ``reorder``, ``service``,
    ``late_shipments``, ``next_week`` and ``next_week_roster``; ``data`` says what they were
    made from. A section without its data is None, and ``data.notes`` says why.

    Raises
    ------
    OSError
        ``to_html`` or ``to_excel`` to a path that cannot be written.
    ValueError
        ``labels`` other than ``"en"`` or ``"zh"``.

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> review = storeops.week_review(folder, runs=200, save=False)
    >>> (review.week_end - review.week_start).days
    6
    """

    store: Store
    week_start: _dt.date
    week_end: _dt.date
    totals: pd.DataFrame
    gap: RevenueVariance
    days: pd.DataFrame
    forecast: pd.Series | None
    forecast_change: pd.Series | None
    forecast_history: pd.DataFrame
    push: pd.DataFrame | None
    delist: pd.DataFrame | None
    reorder: pd.DataFrame | None
    service: pd.DataFrame | None
    late_shipments: pd.DataFrame | None
    next_week: pd.DataFrame
    next_week_roster: pd.DataFrame | None
    next_week_roster_cost: Money | None
    data: ReviewData
    #: Days of the week the daily report has (of 7): a partial week is set against the plan
    #: for those days alone, and its headline says so.
    days_reported: int = 7
    #: Ad spend, sales and ROI by channel against the plan's promotion budget.
    ads: pd.DataFrame | None = None
    #: Refunds requested in the week, by reason.
    refunds: pd.DataFrame | None = None
    #: The week's neutral and negative reviews (the counts of each rating in its note).
    reviews: pd.DataFrame | None = None
    #: Visitors, buyers and sales by traffic source.
    traffic_sources: pd.DataFrame | None = None
    #: What was decided for this week (``decisions/2014-W43.json``, :func:`storeops.propose`),
    #: what was done and what came of it: kind, ref, decided, done, result, sentence; None
    #: (and a note) when nothing was decided.
    decided: pd.DataFrame | None = None
    #: Next week's proposal (:func:`storeops.propose` of this week, as it gives it): its
    #: targets are ``next_week``; its ad budgets and restock are sections of the page.
    proposal: Any = None

    @property
    def plan(self) -> Plan:
        return self.store.plan

    @property
    def name(self) -> str:
        """'2014-W38': the ISO week, as the files are named."""
        return _iso_week(self.week_start)

    def headline(self, labels: str = "en") -> str:
        """The review in three lines, as the command line prints it."""
        from storeops.reviews.page import headline

        return headline(self, labels)

    def to_html(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """Writes the review as one self-contained page (styles inline, plots embedded,
        nothing loaded from the network) that a manager can open or mail."""
        from storeops.reviews.page import write_html

        return write_html(self, pathlib.Path(path), labels=labels)

    def to_excel(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """Writes the review as one workbook, a sheet per section, numbers as numbers."""
        from storeops.reviews.page import write_excel

        return write_excel(self, pathlib.Path(path), labels=labels)

    def __repr__(self) -> str:
        sales = self.totals.loc["sales"]
        return (f"WeekReview({self.name}, {self.week_start} to {self.week_end}: sales "
                f"¥{sales['this_week']:,.2f} against plan ¥{sales['plan']:,.2f})")


def _actual(daily: pd.DataFrame, first: _dt.date, last: _dt.date) -> tuple[int, int, Money]:
    import pandas as pd

    rows = daily[(daily["date"] >= pd.Timestamp(first)) & (daily["date"] <= pd.Timestamp(last))]
    sales = sum((Money(x) for x in rows["sales"]), Money(0))
    return int(rows["visitors"].sum()), int(rows["buyers"].sum()), sales


def _totals(plan: Plan, daily: pd.DataFrame, monday: _dt.date) -> tuple[pd.DataFrame,
                                                                            RevenueVariance]:
    import pandas as pd

    sunday = monday + _dt.timedelta(days=6)
    this = _actual(daily, monday, sunday)
    last = _actual(daily, monday - _dt.timedelta(days=7), monday - _dt.timedelta(days=1))
    planned, _ = planned_for(plan, daily, monday, sunday)

    def column(visitors: float, buyers: float, sales: Money) -> list[float]:
        return [visitors, buyers, sales.fen / 100,
                buyers / visitors if visitors else math.nan,
                sales.fen / 100 / buyers if buyers else math.nan]

    frame = pd.DataFrame({"this_week": column(*this), "last_week": column(*last),
                          "plan": column(planned.visitors, planned.orders, planned.revenue)},
                         index=list(TOTAL_ROWS))
    gap = _core.split_revenue_variance(
        plan_visitors=planned.visitors, plan_orders=planned.orders, plan_revenue=planned.revenue,
        actual_visitors=this[0], actual_orders=this[1], actual_revenue=this[2])
    return frame, gap


def planned_for(plan: Plan, daily: pd.DataFrame, first: _dt.date,
                last: _dt.date) -> tuple[DayFigures, int]:
    """The plan's figures for the days from ``first`` to ``last`` that the daily report has,
    and how many those are: a week (or month) reported in part is set against the plan for
    the days reported, never against the whole span."""
    import pandas as pd

    dates = daily["date"]
    reported = sorted(set(dates[(dates >= pd.Timestamp(first)) &
                                (dates <= pd.Timestamp(last))].dt.date))
    if len(reported) in (0, (last - first).days + 1):
        return _core.plan_for_days(plan, first, last), len(reported)
    days = [_core.plan_for_days(plan, d, d) for d in reported]
    return DayFigures(visitors=sum(d.visitors for d in days), orders=sum(d.orders for d in days),
                      revenue=_core.sum_money([d.revenue for d in days])), len(reported)


def _days(plan: Plan, daily: pd.DataFrame, monday: _dt.date) -> pd.DataFrame:
    import pandas as pd

    week = [monday + _dt.timedelta(days=d) for d in range(7)]
    rows = daily.set_index(daily["date"].dt.date)
    records = []
    for day in week:
        target = _core.plan_for_days(plan, day, day)
        record: dict[str, Any] = {"date": pd.Timestamp(day)}
        if day in rows.index:
            r = rows.loc[day]
            record.update({c: r[c] for c in daily.columns if c != "date"})
            record["conversion_rate"] = r["buyers"] / r["visitors"] if r["visitors"] else math.nan
            record["average_order_value"] = r["sales"] / r["buyers"] if r["buyers"] else math.nan
        order_target = plan.targets.orders_per_day_on(day, opening=plan.market.start_date)
        record.update({"target_visitors": target.visitors,
                       "target_buyers": max(target.orders, order_target),
                       "target_sales": target.revenue.fen / 100, "order_target": order_target})
        records.append(record)
    return pd.DataFrame.from_records(records)


# -- the re-forecast and its history ---------------------------------------------------------

def _forecast(plan: Plan, daily: pd.DataFrame, sunday: _dt.date, runs: int) -> pd.Series:
    import pandas as pd

    from storeops.tracking.plan_vs_actual import reforecast

    known = daily[daily["date"] <= pd.Timestamp(sunday)]
    months = (sunday.year - int(plan.market.start_date[:4])) * 12 + sunday.month - \
        int(plan.market.start_date[5:7]) + 1
    horizon = max(36, months + 12)
    result = reforecast(plan, known, runs=runs, months=horizon, seed=0,
                        columns=["cumulative_cash"])
    paid = result.payback_months[~np.isnan(result.payback_months)]
    q = np.quantile(paid, [0.1, 0.5, 0.9], method="lower") if paid.size else [math.nan] * 3
    # cash short: the store spends more than the capital committed (the proposal's: the plan's
    # funding, else the investment or the plan's own P90 need, *assumed*) at some month of the
    # twelve from the current one
    from storeops.reviews.common import committed_capital

    capital = committed_capital(plan, min(runs, 2_000), 0)
    ahead = np.asarray(result.cumulative_cash)[:, max(0, months - 1):months + 11]
    short = float((ahead.min(axis=1) < -capital).mean()) if ahead.size else math.nan
    return pd.Series({"payback_p10": float(q[0]), "payback_p50": float(q[1]),
                      "payback_p90": float(q[2]), "payback_share": result.payback_share,
                      "capital_90": result.capital_required(0.9).yuan,
                      "cash_short_12": short,
                      "horizon_months": float(horizon), "runs": float(runs)})


def _history_path(store: Store, monday: _dt.date) -> pathlib.Path:
    return store.path / "reviews" / f"week-{_iso_week(monday)}.json"


def forecast_history(store: StoreLike) -> pd.DataFrame:
    """Every review's forecast saved under ``STORE/reviews/``, one row per week (indexed by
    the Monday), oldest first: the history a review plots its forecast against.

    Parameters
    ----------
    store : Store or path
        The store (from :func:`open_store`) or its folder.

    Returns
    -------
    pandas.DataFrame
        Indexed by the reviewed week's Monday: each review's payback P10, P50 and P90, the
        share of futures paying back, the horizon and the runs (empty when no review has been
        saved).

    Raises
    ------
    storeops.Error
        When a saved review in the store's history folder does not read (naming
        the file).

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> storeops.forecast_history(folder).empty
    True
    """
    import pandas as pd

    folder = _store(store).path / "reviews"
    rows = []
    for path in sorted(folder.glob("week-*.json")) if folder.is_dir() else []:
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            rows.append({"week_start": pd.Timestamp(saved["week_start"]), **saved["forecast"]})
        except (ValueError, KeyError, TypeError) as err:
            raise _core.Error(f"{path}: not a saved review ({err})") from None
    frame = pd.DataFrame(rows)
    return frame.set_index("week_start").sort_index() if rows else frame


# -- items, service, shipping, next week -----------------------------------------------------

def _items(store: Store, sunday: _dt.date, notes: dict[str, str]) -> tuple[Any, Any, Any]:
    import pandas as pd

    from storeops.catalog.items import restock, review_items

    if store.items is None or store.catalog is None:
        missing = "item report" if store.items is None else "catalogue"
        for section in ("push", "delist", "reorder"):
            notes[section] = f"no {missing} found"
        return None, None, None
    items = store.items[store.items["date"] <= pd.Timestamp(sunday)]
    names = {i.item: i.name for i in store.catalog.items}
    costs = {i.item: i.unit_cost for i in store.catalog.items}
    review = review_items(store.catalog, items, today=sunday)
    review.insert(0, "name", [names.get(i, "") for i in review.index])
    push = review[review["push"]][["name", "stage", "weekly_visitors", "conversion", "push_score"]]
    if push.empty:
        notes["push"] = _why_no_push(review, store.catalog)
    if store.catalog.inferred:
        notes["push"] = (notes.get("push", "") + " " if "push" in notes else "") + _inferred_note(store.catalog)
    delist = review[review["delist"]][["name", "stage", "days_since_sale", "age_days"]]
    stock = restock(store.catalog, items, today=sunday)
    reorder = stock[stock["order_quantity"] > 0][
        ["stock", "daily_demand", "days_of_cover", "reorder_point", "order_quantity"]].copy()
    reorder.insert(0, "name", [names.get(i, "") for i in reorder.index])
    reorder["order_cost"] = [float((costs[i] * int(q)).yuan) if i in costs else math.nan
                             for i, q in zip(reorder.index, reorder["order_quantity"])]
    return push, delist, reorder.sort_values("days_of_cover")


def _inferred_note(catalog: Any) -> str:
    roles: dict[str, int] = {}
    for item in catalog.items:
        if item.item in catalog.inferred:
            roles[item.role] = roles.get(item.role, 0) + 1
    counts = ", ".join(f"{n} {role}" for role, n in sorted(roles.items()))
    return (f"Roles (商品角色) inferred from the item report for {len(catalog.inferred)} items "
            f"({counts}): the catalogue does not give them; add a 商品角色 column to set them.")


def decided(store: Store, monday: _dt.date, sunday: _dt.date) -> pd.DataFrame | None:
    """What was decided for a week (its decisions file), what was done (from the exports) and
    what came of it: one row per decision; None without a decisions file."""
    import pandas as pd

    path = store.path / "decisions" / f"{_iso_week(monday)}.json"
    if not path.exists():
        return None
    try:
        made = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise _core.Error(f"week_review: {path} is not a readable decisions file ({err})") from None
    rows = []
    start, end = pd.Timestamp(monday), pd.Timestamp(sunday) + pd.Timedelta(days=1)
    week_ads = store.ads[(store.ads["date"] >= start) & (store.ads["date"] < end)] \
        if store.ads is not None else None
    for channel, budget in made.get("ads", {}).items():
        done = float(week_ads.loc[week_ads["channel"] == channel, "spend"].sum()) \
            if week_ads is not None else math.nan
        sales = float(week_ads.loc[week_ads["channel"] == channel, "sales"].sum()) \
            if week_ads is not None else math.nan
        rows.append({"kind": "ads", "ref": channel, "decided": budget, "done": done,
                     "result": sales,
                     "sentence": (f"budget ¥{budget:,.2f}, spent ¥{done:,.2f}, which brought "
                                  f"¥{sales:,.2f} of sales" if done == done else
                                  f"budget ¥{budget:,.2f}; no ad report for the week")})
    daily: Any = store.daily
    days = daily[(daily["date"] >= start) & (daily["date"] < end)]
    target = sum(t["sales"] for t in made.get("targets", {}).values())
    actual = float(sum(float(s) for s in days["sales"]))
    rows.append({"kind": "targets", "ref": "sales", "decided": target, "done": actual,
                 "result": actual - target,
                 "sentence": f"sales ¥{actual:,.2f} against the target ¥{target:,.2f} "
                             f"({actual / target - 1:+.1%})" if target else "no sales target"})
    stock = {i.item: i.stock for i in store.catalog.items} if store.catalog else {}
    sold = store.items[(store.items["date"] >= start)] if store.items is not None else None
    for item, r in made.get("reorders", {}).items():
        units_sold = float(sold.loc[sold["item"].astype(str) == item, "units"].sum()) \
            if sold is not None else 0.0
        received = stock.get(item, 0) - r.get("stock_then", 0) + units_sold if item in stock \
            else math.nan
        rows.append({"kind": "reorder", "ref": item, "decided": r["units"], "done": received,
                     "result": stock.get(item, math.nan),
                     "sentence": (f"order {r['units']} units; about {received:,.0f} came in (the "
                                  f"stock now, less then, plus what sold)" if received == received
                                  else f"order {r['units']} units; the item is no longer in the "
                                  "catalogue")})
    return pd.DataFrame(rows, columns=["kind", "ref", "decided", "done", "result", "sentence"])


def _decided(store: Store, monday: _dt.date, sunday: _dt.date,
             notes: dict[str, str]) -> pd.DataFrame | None:
    table = decided(store, monday, sunday)
    if table is None:
        notes["decided"] = (f"nothing was decided for {_iso_week(monday)}: python -m storeops "
                            "propose STORE proposes the week after a review and saves it")
    return table


def paid_orders(store: Store) -> pd.DataFrame | None:
    """The order report as the KPIs take it: the buyer (``customer``) and when they paid, so
    that the success rate counts, by 000 ch.5's payment rule, a customer who paid after the
    chat (the same figure in the weekly review, the monthly review and :func:`storeops.kpis`)."""
    import pandas as pd

    if store.orders is None or "buyer" not in store.orders.columns:
        return None
    return pd.DataFrame({"customer": store.orders["buyer"].astype(str).to_numpy(),
                         "paid": store.orders["paid"].to_numpy()})


def _service(store: Store, monday: _dt.date, sunday: _dt.date,
             notes: dict[str, str], problems: list[str]) -> pd.DataFrame | None:
    import pandas as pd

    from storeops.team.assessment import kpis

    if store.chats is None:
        notes["service"] = "no chat records (千牛) found"
        return None
    week = store.chats[(store.chats["time"] >= pd.Timestamp(monday)) &
                       (store.chats["time"] < pd.Timestamp(sunday) + pd.Timedelta(days=1))]
    if week.empty:
        notes["service"] = f"no chats between {monday} and {sunday}"
        return None
    if store.people is not None:
        strangers = sorted(set(week["agent"]) - set(store.people.index))
        if strangers:
            problems.append("chat records: agents not in the people list: " + ", ".join(strangers))
    table = kpis("customer_service", chats=week, shipments=paid_orders(store), by="agent")
    frame = table if isinstance(table, pd.DataFrame) else table.to_frame().T
    missed: dict[Any, list[str]] = {agent: [] for agent in frame.index}
    for target in store.plan.assessment.targets:
        if target.department == "customer_service" and target.kpi in frame.columns \
                and target.role in ("", None, "cs_agent"):
            frame[f"{target.kpi}_target"] = target.target
            for agent, value in frame[target.kpi].items():
                if value == value and (value < target.target if target.higher_is_better
                                       else value > target.target):
                    missed[agent].append(target.kpi)  # e.g. a 74 s response against 30 s
    frame["missed"] = [", ".join(missed[a]) for a in frame.index]
    return frame


def _late(store: Store, monday: _dt.date, sunday: _dt.date, notes: dict[str, str]) -> Any:
    import pandas as pd

    from storeops.tracking.shipping import late_shipments

    if store.orders is None:
        notes["late_shipments"] = "no order report found"
        return None
    orders = store.orders
    end = pd.Timestamp(sunday) + pd.Timedelta(days=1)
    until = min(end + pd.Timedelta(hours=store.plan.shipping.ship_within_hours),
                max(orders["paid"].max(), orders["shipped"].max()))
    late = late_shipments(store.plan, orders, until=until)
    in_week = late[(late["paid"] >= pd.Timestamp(monday)) & (late["paid"] < end)]
    return in_week


def _next_week(store: Store, proposal: Any) -> pd.DataFrame:
    """Next week's targets as the proposal sets them (storeops.propose: a store ahead of plan
    never below its run rate, one behind the catch-up within its forecast's reach, else the
    forecast's P50 with the shortfall), with the plan's day and order target beside them."""
    frame: pd.DataFrame = proposal.targets.reset_index()
    frame.insert(4, "plan_sales", [_core.plan_for_days(store.plan, d.date(), d.date()).revenue.fen
                                   / 100 for d in frame["date"]])
    opening = store.plan.market.start_date
    frame.insert(5, "order_target", [store.plan.targets.orders_per_day_on(d.date(), opening=opening)
                                     for d in frame["date"]])
    return frame


# -- the review ------------------------------------------------------------------------------

def _missing_days(daily: pd.DataFrame) -> list[_dt.date]:
    days = np.asarray(daily["date"], dtype="datetime64[D]")
    every = np.arange(days.min(), days.max() + 1)
    return [_dt.date.fromisoformat(str(d)) for d in np.setdiff1d(every, days)]


def week_review(store: StoreLike, week: DateLike | None = None, *, runs: int = REVIEW_RUNS,
                save: bool = True) -> WeekReview:
    """The weekly review of a store (周会): last week against the plan, the forecast from every
    report so far, the stock, the team's chats, late shipments and next week's targets.

    Parameters
    ----------
    store : Store or path
        A store folder (``plan.json`` and ``exports/``) or :func:`open_store`'s result.
    week : date or 'YYYY-MM-DD', optional
        Any day of the week (Monday to Sunday) to review; default the last complete week in
        the daily report.
    runs : int
        Futures the re-forecast samples (default 10,000; seed 0, so that a change from last
        week's forecast is the store's, not the sampling's).
    save : bool
        Append this week's forecast to ``STORE/reviews/week-YYYY-Www.json`` (written
        atomically; a re-run of the same week replaces its own file and nothing else).

    Returns
    -------
    WeekReview

    Raises
    ------
    storeops.Error
        When the store has no daily report, or the week is outside it (naming the dates the
        report covers).

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> review = storeops.week_review(folder, runs=200, save=False)
    >>> type(review).__name__
    'WeekReview'
    """
    shop = _store(store)
    with hints_for(shop):
        return _week_of_store(shop, week, runs, save)


def _week_of_store(shop: Store, week: DateLike | None, runs: int, save: bool) -> WeekReview:
    import pandas as pd

    if shop.daily is None:
        raise _core.Error(f"week_review: {shop.path} has no daily report among its exports "
                          "(a file with 日期, 访客数 and 销售额 columns)")
    monday = _week_of(shop.daily, week)
    sunday = monday + _dt.timedelta(days=6)
    notes: dict[str, str] = {}
    problems: list[str] = []
    totals, gap = _totals(shop.plan, shop.daily, monday)
    days = _days(shop.plan, shop.daily, monday)
    history_before = forecast_history(shop)
    forecast = _forecast(shop.plan, shop.daily, sunday, runs)
    earlier = history_before[history_before.index < pd.Timestamp(monday)] \
        if len(history_before) else history_before
    change = forecast - earlier.iloc[-1][forecast.index] if len(earlier) else None
    if change is None:
        notes["forecast_change"] = "no earlier review saved under reviews/"
    if save:
        _write_atomically(_history_path(shop, monday), json.dumps(
            {"week": _iso_week(monday), "week_start": monday.isoformat(),
             "week_end": sunday.isoformat(), "forecast": forecast.to_dict()}, indent=2))
    if save:
        history = forecast_history(shop)
    else:  # the saved weeks before this one, and this week's forecast
        this_week = forecast.to_frame(pd.Timestamp(monday)).T.rename_axis("week_start")
        history = pd.concat([earlier, this_week]) if len(earlier) else this_week
    push, delist, reorder = _items(shop, sunday, notes)
    service = _service(shop, monday, sunday, notes, problems)
    late = _late(shop, monday, sunday, notes)
    ads = ads_week(shop, monday, sunday, notes)
    refunds = refunds_week(shop, monday, sunday, notes)
    reviews = reviews_week(shop, monday, sunday, notes)
    traffic = traffic_week(shop, monday, sunday, notes)
    roster_frame, roster_cost = _roster(shop, sunday, notes)
    files = shop.found.copy()
    missing = _missing_days(shop.daily)
    in_week = [d for d in missing if monday <= d <= sunday]
    if in_week:
        notes["days"] = "days missing from the daily report: " + ", ".join(map(str, in_week))
    data = ReviewData(files, missing, notes, shop.overridden)
    if shop.overridden is not None and len(shop.overridden):
        problems.extend(f"{r.file}: {r.kind} {r.at} is reported again by {r.replaced_by} (exported "
                        f"later): its figures replace these, which differ in {r.columns}"
                        for r in shop.overridden.itertuples())
    data.files.attrs["problems"] = problems
    for p in problems:
        notes.setdefault("data", "")
        notes["data"] = (notes["data"] + "; " if notes["data"] else "") + p
    reported = planned_for(shop.plan, shop.daily, monday, sunday)[1]
    from storeops.reviews.proposal import PROPOSAL_RUNS, propose

    proposal = propose(shop, monday, runs=PROPOSAL_RUNS, seed=0)  # what propose(store, week) gives
    for key, note in (("next_week_ads", proposal.notes.get("ads")),
                      ("next_week_restock", proposal.notes.get("reorders"))):
        if note:
            notes[key] = note
    return WeekReview(shop, monday, sunday, totals, gap, days, forecast, change, history, push,
                      delist, reorder, service, late, _next_week(shop, proposal),
                      roster_frame, roster_cost, data, reported, ads, refunds, reviews, traffic,
                      _decided(shop, monday, sunday, notes), proposal)


__all__ = ["CHAT_SIZING", "REVIEW_RUNS", "ReviewData", "TOTAL_ROWS", "WeekReview", "decided", "forecast_history",
           "week_review"]
