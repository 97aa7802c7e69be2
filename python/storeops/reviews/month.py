"""The month in one command: the store's monthly review (月度总结, 004; the assessment and the
payroll of 000 ch.5) from its own exports (:func:`month_review`)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import pathlib
from typing import TYPE_CHECKING, Any

from storeops import _core
from storeops.reviews.week import StoreLike, _actual, _store, hints_for, paid_orders, planned_for

from storeops.readers.store import Store

if TYPE_CHECKING:
    import pandas as pd

#: The rows of ``MonthReview.totals``: the 004 summary's figures the exports allow.
MONTH_ROWS = ("page_views", "visitors", "pages_per_visit", "home_bounce_rate", "buyers",
              "sales", "conversion_rate", "average_order_value", "orders", "new_customers",
              "returning_customers", "returning_share", "refunded_orders", "refunds",
              "refund_amount", "refund_share", "reviews", "negative_reviews",
              "unanswered_negative_reviews")


@dataclasses.dataclass
class MonthReview:
    """The monthly summary (月度运营总结, 004) of one calendar month, from :func:`month_review`.

    ``totals``: the month's figures against the plan's (visitors, buyers, sales, conversion,
    order value; page views, visit depth and bounce as reported; orders, new and returning
    customers and refunds from the order report). ``days``: the daily trend (PV, UV, sales,
    against each day's plan). ``returns``: refunds by reason, item and outcome
    (:class:`storeops.ReturnsReport`). ``sheet``: the assessment sheet (考核表) from the month's chats;
    ``payroll``: the payslips from that sheet, each by name. A section without its data is
    None, and ``notes`` says why.

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
    >>> review = storeops.month_review(folder, "2014-09")
    >>> review.month
    '2014-09'
    """

    store: Store
    month: str
    plan_month: int
    totals: pd.DataFrame
    days: pd.DataFrame
    sheet: pd.DataFrame | None
    payroll: Any
    payslips: pd.DataFrame | None
    notes: dict[str, str]
    #: Days of the month the daily report has, and the month's days: a partial month is set
    #: against the plan for the days reported, and its headline says so.
    days_reported: int = 0
    days_in_month: int = 0
    #: Refunds and returns by reason, item and outcome (:func:`storeops.returns_report`); None
    #: without a refund export.
    returns: Any = None

    @property
    def name(self) -> str:
        return self.month

    def __repr__(self) -> str:
        sales = self.totals.loc["sales"]
        return (f"MonthReview({self.month}, plan month {self.plan_month}: sales "
                f"¥{sales['actual']:,.2f} against plan ¥{sales['plan']:,.2f})")

    def to_excel(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """Writes the month as one workbook: totals, days, the sheet, the payslips."""
        from storeops.reviews.page import write_month_excel

        return write_month_excel(self, pathlib.Path(path), labels=labels)

    def to_html(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """Writes the month as one self-contained page."""
        from storeops.reviews.page import write_month_html

        return write_month_html(self, pathlib.Path(path), labels=labels)


def _customers(orders: pd.DataFrame, first: _dt.date, last: _dt.date) -> dict[str, float]:
    """New and returning buyers of the month (a returning buyer bought before it), refunds."""
    import pandas as pd

    paid = orders[orders["paid"].notna()]
    start, end = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
    month = paid[(paid["paid"] >= start) & (paid["paid"] < end)]
    out = {"orders": float(len(month)), "refunded_orders": float(
        month["status"].astype(str).str.contains("退款").sum())}
    if "buyer" in paid.columns:
        before = set(paid.loc[paid["paid"] < start, "buyer"])
        buyers = set(month["buyer"])
        out["new_customers"] = float(len(buyers - before))
        out["returning_customers"] = float(len(buyers & before))
        out["returning_share"] = len(buyers & before) / len(buyers) if buyers else math.nan
    return out


def _department_kpis(shop: Store, first: _dt.date, last: _dt.date,
                     planned: Any) -> dict[str, dict[str, float]]:
    """The KPIs a department shares, from the exports that hold them: promotion's from the ad
    reports against the month's planned visitors and sales; logistics' quality-return share
    from the refund export, or without one from the returns list (000 ch.5)."""
    import pandas as pd

    from storeops.team.assessment import kpis

    out: dict[str, dict[str, float]] = {}
    start, end = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
    if shop.ads is not None:
        ads = shop.ads[(shop.ads["date"] >= start) & (shop.ads["date"] < end)]
        if len(ads):
            month_plan = {"visitors": planned.visitors, "revenue": planned.revenue.fen / 100}
            table = ads.rename(columns={"sales": "revenue"})[
                ["date", "impressions", "clicks", "spend", "revenue"]].fillna(0)
            out["promotion"] = {k: float(v) for k, v in
                                kpis("promotion", ads=table, month_plan=month_plan).items()
                                if v == v}
    # the refund export when the folder has one, else a records folder's returns list
    returns = None
    if shop.refunds is not None:
        returns = shop.refunds[(shop.refunds["requested"] >= start) &
                               (shop.refunds["requested"] < end)][["reason"]]
    elif shop.returns is not None:
        returns = shop.returns[(shop.returns["date"] >= start) &
                               (shop.returns["date"] < end)][["reason"]]
    if returns is not None and len(returns):
        out["logistics"] = {k: float(v) for k, v in
                            kpis("logistics", returns=returns).items() if v == v}
    return out


def _basis(row: Any, slip: Any) -> str:
    """Why a payslip's bonus is what it is: the assessment's factor and band, or why none."""
    missing = list(row.get("missing") or [])
    factor = row.get("factor")
    if factor is None or factor != factor:
        return ("not assessed: no data for " + ", ".join(missing) if missing else
                "not assessed: no KPI of its department") + f"; bonus ¥{slip.bonus.yuan:,.2f}"
    text = (f"assessed {row.get('total_score', float('nan')):.1f} ({row.get('band')}), factor "
            f"{factor:g}: bonus ¥{slip.bonus.yuan:,.2f}")
    return text + ("; no data for " + ", ".join(missing) if missing else "")


def _after_sales(shop: Store, first: _dt.date, last: _dt.date, sales: float,
                 notes: dict[str, str]) -> dict[str, float]:
    """The month's refunds from the refund export (requested in the month: how many, how much,
    their share of the month's sales against the plan's refund rate) and its reviews from the
    review export (how many, the negative ones, those not answered): missing, never zero, where
    the folder has no such export."""
    import pandas as pd

    out: dict[str, float] = {}
    start, end = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
    if shop.refunds is not None:
        month = shop.refunds[(shop.refunds["requested"] >= start) & (shop.refunds["requested"] < end)]
        out["refunds"] = float(len(month))
        out["refund_amount"] = float(month["amount"].sum())
        out["refund_share"] = out["refund_amount"] / sales if sales else math.nan
    else:
        notes["refunds"] = "no refund export found (退款管理)"
    if shop.reviews is not None:
        month = shop.reviews[(shop.reviews["time"] >= start) & (shop.reviews["time"] < end)]
        negative = month[month["rating"].eq("negative")]
        out["reviews"] = float(len(month))
        out["negative_reviews"] = float(len(negative))
        out["unanswered_negative_reviews"] = float(negative["reply"].astype(str).str.strip()
                                                   .eq("").sum())
    else:
        notes["reviews"] = "no review export found (评价管理)"
    return out


def month_review(store: StoreLike, month: str) -> MonthReview:
    """The monthly review (月度运营总结及计划表, 004) of a store: the month against the plan, its
    daily trend, the customers, the assessment sheet from the month's chats and the payroll
    from that sheet.

    Parameters
    ----------
    store : Store or path
    month : 'YYYY-MM'
        The calendar month, e.g. "2014-09"; it must be inside the daily report.

    Returns
    -------
    MonthReview
        The month's ``totals`` against the plan, its ``days``, the assessment ``sheet``, the
        ``payroll`` and ``payslips`` (a section without its data is None; ``notes`` says why);
        ``to_html`` and ``to_excel`` write the page and the workbook.

    Raises
    ------
    storeops.Error
        When the store has no daily report, ``month`` is not like ``"2014-09"``,
        or the month is outside the report (naming the dates it covers).

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> review = storeops.month_review(folder, "2014-09")
    >>> type(review).__name__
    'MonthReview'
    """
    shop = _store(store)
    with hints_for(shop):
        return _month_of_store(shop, month)


def _month_of_store(shop: Store, month: str) -> MonthReview:
    import pandas as pd

    from storeops.reviews.returns import report_of
    from storeops.team.assessment import assess, kpis, payroll, sheet_order

    if shop.daily is None:
        raise _core.Error(f"month_review: {shop.path} has no daily report among its exports")
    try:
        period = pd.Period(str(month), freq="M")
    except ValueError:
        raise _core.Error(f"month_review: month must be like '2014-09', got {month!r}") from None
    first, last = period.start_time.date(), period.end_time.date()
    covered = shop.daily["date"]
    if pd.Timestamp(first) > covered.max() or pd.Timestamp(last) < covered.min():
        raise _core.Error(f"month_review: {period} is outside the daily report, which covers "
                          f"{covered.min().date()} to {covered.max().date()}")
    start = pd.Period(shop.plan.market.start_date[:7], freq="M")
    plan_month = (period - start).n + 1
    notes: dict[str, str] = {}
    rows = shop.daily[(covered >= pd.Timestamp(first)) & (covered <= pd.Timestamp(last))]
    visitors, buyers, sales = _actual(shop.daily, first, last)
    planned, reported = planned_for(shop.plan, shop.daily, first, last)
    actual: dict[str, float] = {
        "visitors": visitors, "buyers": buyers, "sales": sales.fen / 100,
        "conversion_rate": buyers / visitors if visitors else math.nan,
        "average_order_value": sales.fen / 100 / buyers if buyers else math.nan,
        "page_views": float(rows["page_views"].sum()),
        "pages_per_visit": float(rows["pages_per_visit"].mean())
        if "pages_per_visit" in rows else math.nan,
        "home_bounce_rate": float(rows["home_bounce_rate"].mean())
        if "home_bounce_rate" in rows else math.nan}
    if shop.orders is not None:
        actual.update(_customers(shop.orders, first, last))
    else:
        notes["customers"] = "no order report found"
    actual.update(_after_sales(shop, first, last, sales.fen / 100, notes))
    plan_column = {"visitors": planned.visitors, "buyers": planned.orders,
                   "sales": planned.revenue.fen / 100,
                   "conversion_rate": planned.orders / planned.visitors if planned.visitors else
                   math.nan,
                   "average_order_value": planned.revenue.fen / 100 / planned.orders
                   if planned.orders else math.nan,
                   "refund_share": shop.plan.market.refund_rate.value}
    totals = pd.DataFrame({"actual": [actual.get(r, math.nan) for r in MONTH_ROWS],
                           "plan": [plan_column.get(r, math.nan) for r in MONTH_ROWS]},
                          index=list(MONTH_ROWS))
    days = rows[["date", *(c for c in ("page_views", "visitors", "buyers", "sales")
                           if c in rows)]].copy()
    days["plan_sales"] = [_core.plan_for_days(shop.plan, d.date(), d.date()).revenue.fen / 100
                          for d in days["date"]]
    sheet = pay = slips = None
    if shop.chats is None or shop.people is None:
        notes["sheet"] = ("no chat records (千牛) found" if shop.chats is None
                          else "no people list found")
    else:
        chats = shop.chats[(shop.chats["time"] >= pd.Timestamp(first)) &
                           (shop.chats["time"] < pd.Timestamp(last) + pd.Timedelta(days=1))]
        by_agent = kpis("customer_service", chats=chats, shipments=paid_orders(shop), by="agent") \
            if len(chats) else None
        unmatched = sorted(set(chats["agent"]) - set(shop.people.index))
        if unmatched:
            notes["unmatched_agents"] = ("agents in the chat records who are not in the people "
                                         "list, so not assessed: " + ", ".join(unmatched))
        shared = _department_kpis(shop, first, last, planned)
        people: dict[str, dict[str, Any]] = {}
        for person, role in shop.people["role"].items():
            values: dict[str, Any] = {"role": role}
            if by_agent is not None and person in by_agent.index:
                values.update(by_agent.loc[person].to_dict())
            values.update(shared.get(_core.department_of(role), {}))
            people[str(person)] = values
        sheet = assess(shop.plan, plan_month, people)
        pay = payroll(shop.plan, sheet=sheet, store_revenue=sales)
        names = sheet_order(sheet)
        slips = pd.DataFrame([{"person": n, "role": p.role, "base": p.base.yuan,
                               "commission": p.commission.yuan, "bonus": p.bonus.yuan,
                               "total": p.total.yuan, "basis": _basis(sheet.loc[n], p)}
                              for n, p in zip(names, pay.payslips)]).set_index("person")
        if not len(chats):
            notes["sheet"] = f"no chats in {period}: customer service is assessed on nothing"
    returns = report_of(shop, first, last) if shop.refunds is not None else None
    return MonthReview(shop, str(period), plan_month, totals, days, sheet, pay, slips, notes,
                       reported, (last - first).days + 1, returns)


__all__ = ["MONTH_ROWS", "MonthReview", "month_review"]
