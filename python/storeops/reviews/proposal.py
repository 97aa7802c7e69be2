"""Next week, proposed: the targets, the ad budgets by channel, the restock, the duty roster,
the items to push and the promotion prices, chosen together against the store's own risk
(:func:`propose`), saved as the store's decisions (:meth:`Proposal.save`, :func:`decide`) and
set against what was done in the next weekly review (``WeekReview.decided``).

Each row carries its reason in one sentence; where the data cannot support a decision (too
few ad days, no catalogue, no chats) the section says which data would, and proposes nothing.
The method, its fits, its optimiser and its limits: docs/deciding-next-week.md.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import math
import pathlib
from typing import TYPE_CHECKING, Any, Union, cast

import numpy as np

from storeops import _core
from storeops.readers.store import Store, open_store
from storeops.reviews.targets import RUN_RATE_DAYS, as_of, daily_forecast, next_week_targets, run_rate
from storeops.reviews.common import (_iso_week, _roster, _week_of, _why_no_push, _write_atomically,
                                     committed_capital)

if TYPE_CHECKING:
    import pandas as pd

StoreLike = Union[Store, str, pathlib.Path]

#: The futures a proposal's re-forecast samples by default (the weekly review's proposal too).
PROPOSAL_RUNS = 2_000
#: The fewest days with spend a channel needs before its response is fitted.
MIN_AD_DAYS = 14
#: The trust region: next week's budget of a channel stays within these multiples of the
#: least and the most it spent in a week of the last eight (*assumed*: the fit knows nothing
#: of spends it has not seen).
TRUST = (0.5, 1.5)
#: The seeds' price floor: no promotion below 7折 of the list price (002 篇2, 004).
PRICE_FLOOR = 0.7
#: The columns of each table.
TARGET_COLUMNS = ("visitors", "buyers", "sales", "basis")
AD_COLUMNS = ("spend_4w", "sales_4w", "roi_4w", "marginal_roi", "budget", "change", "reason")
REORDER_COLUMNS = ("name", "units", "cost", "reason")
EXPECTED_COLUMNS = ("proposed_p10", "proposed_p50", "proposed_p90", "planned_p50")


def _store(store: StoreLike) -> Store:
    return store if isinstance(store, Store) else open_store(store)


def _margin(plan: Any) -> float:
    """What a yuan of sales leaves after the goods, the commission, shipping and refunds."""
    c = plan.costs
    return float(c.gross_margin - c.commission - c.shipping_packaging
                 - plan.market.refund_rate.value)


# -- ads -------------------------------------------------------------------------------------

@dataclasses.dataclass
class ChannelFit:
    """A channel's response, daily sales = a * spend^b (0 < b <= 1: each yuan brings less than
    the one before), fitted by least squares on the logs of its days with spend."""

    a: float
    b: float
    b_se: float
    days: int

    def weekly_sales(self, weekly_spend: float) -> float:
        return float(7 * self.a * (max(weekly_spend, 0.0) / 7) ** self.b)

    def marginal(self, weekly_spend: float) -> float:
        """Sales per yuan at the margin (the curve's slope) at a week's spend."""
        x = max(weekly_spend, 1e-9) / 7
        return float(self.a * self.b * x ** (self.b - 1))


def fit_channel(days: pd.DataFrame) -> ChannelFit | None:
    """The response of one channel from its days (spend, sales), or None with too few."""
    from scipy.optimize import curve_fit  # type: ignore[import-untyped]

    used = days[(days["spend"] > 0) & (days["sales"] > 0)]
    if len(used) < MIN_AD_DAYS:
        return None
    x, y = np.log(used["spend"].to_numpy(float)), np.log(used["sales"].to_numpy(float))
    (log_a, b), cov = curve_fit(lambda x, la, b: la + b * x, x, y, p0=(0.0, 0.7),
                                bounds=([-20, 0.05], [20, 1.0]))
    b_se = float(math.sqrt(cov[1, 1])) if np.isfinite(cov[1, 1]) else math.nan
    return ChannelFit(float(math.exp(log_a)), float(b), b_se, len(used))


def _choose_budgets(fits: dict[str, ChannelFit], bounds: dict[str, tuple[float, float]],
                    total: float, margin: float) -> dict[str, float]:
    """The spends that maximise the expected profit after the ads (margin x sales - spend),
    each within its trust region and all within ``total``: SciPy's SLSQP."""
    from scipy.optimize import minimize

    names = list(fits)
    lo = np.array([bounds[n][0] for n in names])
    hi = np.array([bounds[n][1] for n in names])
    if lo.sum() > total:  # the least the trust region allows is over the money: scale down
        lo = lo * total / lo.sum()
        hi = np.minimum(hi, np.maximum(lo, hi))

    def loss(x: np.ndarray) -> float:
        return -float(sum(margin * fits[n].weekly_sales(v) - v for n, v in zip(names, x)))

    def grad(x: np.ndarray) -> np.ndarray:
        return -np.array([margin * fits[n].marginal(v) - 1 for n, v in zip(names, x)])

    start = np.clip(np.full(len(names), total / max(len(names), 1)), lo, hi)
    result = minimize(loss, start, jac=grad, method="SLSQP", bounds=list(zip(lo, hi)),
                      constraints=[{"type": "ineq", "fun": lambda x: total - x.sum(),
                                    "jac": lambda x: -np.ones_like(x)}],
                      options={"ftol": 1e-10, "maxiter": 500})
    return {n: float(round(v, 2)) for n, v in zip(names, result.x)}


def _ads(store: Store, monday: _dt.date, budget: float, cash: float,
         notes: dict[str, str]) -> pd.DataFrame | None:
    import pandas as pd

    if store.ads is None:
        notes["ads"] = ("no ad report: with 直通车, 引力魔方 or 淘宝客 reports of at least "
                        f"{MIN_AD_DAYS} days, the budgets would be chosen")
        return None
    end = pd.Timestamp(monday)
    four = store.ads[(store.ads["date"] >= end - pd.Timedelta(days=28)) & (store.ads["date"] < end)]
    eight = store.ads[(store.ads["date"] >= end - pd.Timedelta(days=56)) & (store.ads["date"] < end)]
    margin = _margin(store.plan)
    rows: dict[str, dict[str, Any]] = {}
    fits: dict[str, ChannelFit] = {}
    bounds: dict[str, tuple[float, float]] = {}
    for key, days in eight.groupby("channel"):
        channel = str(key)
        daily_sums = days.groupby("date")[["spend", "sales"]].sum()
        fit = fit_channel(daily_sums.reset_index())
        recent = four[four["channel"] == channel]
        spend4, sales4 = float(recent["spend"].sum()), float(recent["sales"].sum())
        weekly = daily_sums["spend"].groupby(pd.Grouper(freq="W-SUN")).sum()
        weekly = weekly[weekly > 0]
        rows[channel] = {"spend_4w": spend4, "sales_4w": sales4,
                         "roi_4w": sales4 / spend4 if spend4 else math.nan,
                         "last_week": float(weekly.iloc[-1]) if len(weekly) else 0.0}
        if fit is None:
            rows[channel]["reason"] = (f"{len(daily_sums)} days with spend in the last eight "
                                       f"weeks; {MIN_AD_DAYS} are needed to fit its response: "
                                       "no budget proposed")
            continue
        fits[channel] = fit
        bounds[channel] = (TRUST[0] * float(weekly.min()), TRUST[1] * float(weekly.max()))
    if not rows:
        notes["ads"] = "no ad spend in the last eight weeks: nothing to fit a budget on"
        return None
    total = min(budget, cash)
    chosen = _choose_budgets(fits, bounds, total, margin) if fits else {}
    out = []
    for channel, row in rows.items():
        fit = fits.get(channel)
        budget_c = chosen.get(channel)
        if fit is not None and budget_c is not None:
            lo, hi = bounds[channel]
            at = "the least" if budget_c <= lo + 0.01 else "the most" if budget_c >= hi - 0.01 else None
            mr = fit.marginal(budget_c)
            row.update({"marginal_roi": mr, "budget": budget_c,
                        "change": budget_c - row["last_week"],
                        "reason": (f"sales = {fit.a:.3g} x spend^{fit.b:.2f} a day (±{fit.b_se:.2f}, "
                                   f"{fit.days} days): a yuan more brings ¥{mr:.2f} of sales, "
                                   f"¥{mr * margin - 1:+.2f} of profit" + (
                                       f"; at {at} of its trust region (¥{lo:,.0f}-¥{hi:,.0f} "
                                       "a week, spends seen)" if at else "; equal to the other "
                                       "channels' at the margin"))})
        else:
            row.update({"marginal_roi": math.nan, "budget": math.nan, "change": math.nan})
        out.append({"channel": channel, **{c: row.get(c, math.nan) for c in AD_COLUMNS}})
    notes["ads"] = (f"within ¥{total:,.2f} for the week: the plan's promotion budget "
                    f"(¥{budget:,.2f}) or the cash the store can spend (¥{cash:,.2f}), the less; "
                    f"profit counted at {margin:.0%} of sales after goods, commission, shipping "
                    "and refunds")
    return pd.DataFrame(out).set_index("channel")


# -- stock -----------------------------------------------------------------------------------

def _reorders(store: Store, sunday: _dt.date, cash: float,
              notes: dict[str, str]) -> tuple[pd.DataFrame | None, pd.DataFrame | None, float]:
    """The restock within the cash, the most profitable cover first; and the items on sale
    with no stock, to take down (004 整体运营流程: 缺货的应及时下架). Returns the cost spent."""
    import pandas as pd

    from storeops.catalog.items import restock

    if store.catalog is None or store.items is None:
        notes["reorders"] = ("no " + ("catalogue" if store.catalog is None else "item report")
                             + ": with both, the restock would be listed")
        return None, None, 0.0
    items = store.items[store.items["date"] <= pd.Timestamp(sunday)]
    stock = restock(store.catalog, items, today=sunday)
    info = {i.item: i for i in store.catalog.items}
    wanted = stock[stock["order_quantity"] > 0].copy()
    wanted["profit_per_yuan"] = [
        (info[i].price.yuan - info[i].unit_cost.yuan) / info[i].unit_cost.yuan
        if info[i].unit_cost.yuan else 0.0 for i in wanted.index]
    wanted["urgent"] = wanted["alert"].astype(bool)
    wanted = wanted.sort_values(["urgent", "profit_per_yuan"], ascending=[False, False])
    rows, spent = [], 0.0
    for key, r in wanted.iterrows():
        item = str(key)
        units = int(r["order_quantity"])
        cost = units * info[item].unit_cost.yuan
        if spent + cost > cash:
            notes["reorders"] = (f"the cash the store can spend (¥{cash:,.2f}) ends before "
                                 f"{item}; the rest waits for next week")
            break
        spent += cost
        rows.append({"item": item, "name": info[item].name, "units": units, "cost": round(cost, 2),
                     "reason": (f"{r['days_of_cover']:.1f} days of stock at {r['daily_demand']:.1f} "
                                f"a day" + (", at or below its reorder point (警戒库存)"
                                            if r["urgent"] else "")
                                + f"; ¥{info[item].price.yuan - info[item].unit_cost.yuan:,.2f} "
                                "margin a unit")})
    reorders = pd.DataFrame(rows, columns=["item", *REORDER_COLUMNS]).set_index("item")
    empty = [i for i in store.catalog.items if i.stock == 0]
    take_down = pd.DataFrame([{"item": i.item, "name": i.name,
                               "reason": "on sale with no stock: take it down until it is in "
                                         "(004 整体运营流程 配送)"} for i in empty],
                             columns=["item", "name", "reason"]).set_index("item")
    return reorders, take_down, spent


def _prices(store: Store, review: pd.DataFrame | None) -> pd.DataFrame | None:
    """Promotion candidates: items in decline or with more than 60 days of stock, at the
    deepest discount that keeps a margin after commission, refunds and shipping, never under
    7折 of the list price."""
    import pandas as pd

    if store.catalog is None or review is None:
        return None
    c = store.plan.costs
    costs_share = c.commission + c.shipping_packaging + store.plan.market.refund_rate.value
    rows = []
    for item in store.catalog.items:
        if item.item not in review.index:
            continue
        stage = review.at[item.item, "stage"]
        if stage != "decline":
            continue
        price, unit = item.price.yuan, item.unit_cost.yuan
        floor = max(PRICE_FLOOR * price, unit / (1 - costs_share) if costs_share < 1 else price)
        promo = round(math.ceil(floor * 10) / 10, 2)
        margin = promo * (1 - costs_share) - unit
        if promo >= price or margin <= 0:
            rows.append({"item": item.item, "name": item.name, "price": price, "promotion": math.nan,
                         "margin": math.nan,
                         "reason": "in decline, but any discount would sell at a loss after "
                                   "commission, refunds and shipping: refused"})
            continue
        rows.append({"item": item.item, "name": item.name, "price": price, "promotion": promo,
                     "margin": round(margin, 2),
                     "reason": f"in decline: {promo / price:.0%} of its price ({promo / price * 10:.1f}折) "
                               f"keeps ¥{margin:,.2f} a unit after commission, refunds and "
                               f"shipping; never under {PRICE_FLOOR * 10:.0f}折"})
    return pd.DataFrame(rows, columns=["item", "name", "price", "promotion", "margin",
                                       "reason"]).set_index("item")


# -- staff -----------------------------------------------------------------------------------

def _orders_a_day(store: Store, sunday: _dt.date) -> float:
    """Paid orders a day over the last four weeks: the order report's, else the daily report's
    buyers."""
    import pandas as pd

    end = pd.Timestamp(sunday) + pd.Timedelta(days=1)
    start = end - pd.Timedelta(days=28)
    if store.orders is not None and "paid" in store.orders.columns:
        paid = store.orders["paid"]
        return float(((paid >= start) & (paid < end)).sum()) / 28
    daily = cast(Any, store.daily)
    rows = daily[(daily["date"] >= start) & (daily["date"] < end)]
    return float(rows["buyers"].sum()) / max(len(rows), 1)


def packing(store: Store, monday: _dt.date, sunday: _dt.date,
            notes: dict[str, str]) -> tuple[pd.DataFrame, float]:
    """Who packs next week, own staff first as the campaign day does: the orders a day (the
    last four weeks) must be packed within the shipping rule, in the store's packing hours
    (``plan.campaign_day.own_packing_from_hour``, ``own_packing_hours``) at ``packs_per_hour``;
    the plan's logistics staff pack first, then people of the other departments (000 ch.3:
    其他部门留下必要人员 ... 打包), then temporary packers on the plan's packing shifts at least
    cost. Returns the rows and the week's cost of the temporary packers (yuan)."""
    import pandas as pd

    from storeops.campaign_day.readiness import own_packers, roster, roster_frame
    from storeops.simulation.engine import simulate

    plan = store.plan
    day = plan.campaign_day
    start = _dt.date.fromisoformat(plan.market.start_date)
    month = max(1, (monday.year - start.year) * 12 + monday.month - start.month + 1)
    logistics = int(simulate(plan, months=month).staff(month).get("logistics", 0))
    others = own_packers(plan, month)
    orders = _orders_a_day(store, sunday)
    per_person = day.own_packing_hours * day.packs_per_hour
    window = f"{day.own_packing_from_hour}:00-{day.own_packing_from_hour + day.own_packing_hours}:00"
    needed = math.ceil(orders / per_person - 1e-9) if per_person else 0
    rows: list[dict[str, Any]] = [{"team": "packing", "shift": f"logistics staff {window}", "start_hour": day.own_packing_from_hour,
             "hours": day.own_packing_hours, "cost": 0.0, "people": min(logistics, needed),
             "shift_cost": 0.0}]
    left = max(0, needed - logistics)
    if left:
        rows.append({"team": "packing", "shift": f"other departments {window}",
                     "start_hour": day.own_packing_from_hour, "hours": day.own_packing_hours,
                     "cost": 0.0, "people": min(others, left), "shift_cost": 0.0})
    left = max(0, left - others)
    cost = 0.0
    if left:
        need = [left if day.own_packing_from_hour <= h < day.own_packing_from_hour +
                day.own_packing_hours else 0 for h in range(24)]
        result = roster(need, list(day.packing_shifts))
        temporary = roster_frame(result)
        temporary.insert(0, "team", "packing (temporary)")
        rows += [{str(k): v for k, v in r.items()} for r in temporary.to_dict("records")]
        cost = float(result.cost.yuan) * 7
    notes["packing"] = (f"{orders:,.0f} orders a day to pack at {day.packs_per_hour:g} an hour: "
                        f"{needed} people in {window}; the logistics staff ({logistics}) first, "
                        f"then the other departments ({others}), then temporary packers"
                        + (f" costing ¥{cost:,.2f} for the week" if cost else " (none needed)"))
    return pd.DataFrame(rows), cost


# -- the proposal ----------------------------------------------------------------------------

@dataclasses.dataclass
class Proposal:
    """Next week's decisions, each with its reason (:func:`propose`).

    Raises
    ------
    storeops.Error
        :meth:`to_html` without jinja2; OSError from :meth:`save`, :meth:`to_excel` or
        :meth:`to_html` where the folder cannot be written.

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> p = storeops.propose(folder, "2014-10-22", runs=200)
    >>> p.name, list(p.targets.columns)
    ('2014-W44', ['visitors', 'buyers', 'sales', 'basis'])
    """

    store: Store
    week_start: _dt.date
    #: A target a day: visitors, buyers, sales and the sentence of its basis.
    targets: pd.DataFrame
    #: By channel: spend_4w, sales_4w, roi_4w, marginal_roi, budget, change, reason.
    ads: pd.DataFrame | None
    #: The restock within the cash: units, cost, reason; the most profitable cover first.
    reorders: pd.DataFrame | None
    #: Items on sale with no stock, to take down.
    take_down: pd.DataFrame | None
    #: The cash the store can spend next week without the forecast's P10 cash, with the capital
    #: its owner committed (:func:`committed_capital`), falling below the plan's reserve
    #: (``plan.funding.reserve``) (yuan).
    cash_limit: float
    #: Next week's shifts: customer service from the chats by hour (Erlang C), packers from
    #: the orders and the shipping rule, own staff first (``team`` says which).
    roster: pd.DataFrame | None
    #: The items to push, with their reason.
    push: pd.DataFrame | None
    #: Promotion candidates with the margin after commission, refunds and shipping.
    prices: pd.DataFrame | None
    #: Rows sales, ad_spend, profit; columns proposed_p10/p50/p90 and planned_p50.
    expected: pd.DataFrame
    #: A sentence for each section that proposes nothing, or says how it chose.
    notes: dict[str, str]

    @property
    def name(self) -> str:
        """The ISO week proposed, as its decisions file is named: '2014-W44'."""
        return _iso_week(self.week_start)

    def __repr__(self) -> str:
        return (f"Proposal({self.name}: sales target ¥{self.targets['sales'].sum():,.2f}, "
                f"cash limit ¥{self.cash_limit:,.2f})")

    def decisions(self) -> dict[str, Any]:
        """The proposal as the decisions it makes (what :meth:`save` writes)."""
        import pandas as pd

        stock = {i.item: i.stock for i in self.store.catalog.items} if self.store.catalog else {}
        return {
            "week": self.name, "week_start": self.week_start.isoformat(),
            "targets": {pd.Timestamp(cast(Any, d)).date().isoformat(): {"visitors": float(r["visitors"]),
                                               "buyers": float(r["buyers"]),
                                               "sales": float(r["sales"])}
                        for d, r in self.targets.iterrows()},
            "ads": {c: float(b) for c, b in (self.ads["budget"].items() if self.ads is not None
                                             else []) if b == b},
            "reorders": {str(i): {"units": int(r["units"]), "stock_then": int(stock.get(str(i), 0))}
                         for i, r in (self.reorders.iterrows() if self.reorders is not None
                                      else [])},
        }

    def save(self, path: str | pathlib.Path | None = None) -> pathlib.Path:
        """Writes the decisions to the store's ``decisions/2014-W44.json`` (or ``path``), whole
        or not at all: what the next weekly review sets against what was done."""
        target = pathlib.Path(path) if path else self.store.path / "decisions" / f"{self.name}.json"
        _write_atomically(target, json.dumps(self.decisions(), ensure_ascii=False, indent=2))
        return target

    def sections(self) -> dict[str, pd.DataFrame | None]:
        return {"targets": self.targets, "ads": self.ads, "reorders": self.reorders,
                "take_down": self.take_down, "roster": self.roster, "push": self.push,
                "prices": self.prices, "expected": self.expected}

    def to_excel(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """A workbook, a sheet per section, named by its key: edit a budget (ads) or a quantity
        (reorders) and read it back with :func:`decide`."""
        import pandas as pd

        from storeops.outputs.tables import tidy

        path = pathlib.Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with pd.ExcelWriter(path) as writer:
            for key, frame in self.sections().items():
                shown = pd.DataFrame({"note": [self.notes.get(key, "none")]}) if frame is None \
                    else tidy(frame.reset_index())
                shown.to_excel(writer, sheet_name=key, index=False)
        return path

    def to_html(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """One page, every section a table with its reasons (see :meth:`to_excel`)."""
        from storeops.reviews.page import write_proposal_html

        return write_proposal_html(self, pathlib.Path(path), labels=labels)


def propose(store: StoreLike, week: Any = None, *, ad_budget: float | None = None,
            runs: int = PROPOSAL_RUNS, seed: int = 0) -> Proposal:
    """Next week's decisions for a store folder: the week after the last reviewed one (or
    after ``week``).

    Parameters
    ----------
    store : Store, str or pathlib.Path
        The store folder or :func:`storeops.open_store`'s result.
    week : str or datetime.date, optional
        A day of the week just reviewed; by default the last complete week of the report.
    ad_budget : float, optional
        Next week's ad money in yuan; by default the plan's promotion share of its sales.
    runs, seed : int
        The re-forecast's futures and seed (the targets' reach, the cash limit, the expected
        effect).

    Returns
    -------
    Proposal
        Targets, ads, reorders, cash limit, roster, push, prices and the expected effect.

    Raises
    ------
    storeops.Error
        A folder without a daily report, or a negative ``ad_budget``.

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> p = storeops.propose(folder, "2014-10-22", runs=200)
    >>> list(p.expected.index)
    ['sales', 'ad_spend', 'profit']
    """
    import pandas as pd

    from storeops.catalog.items import review_items

    shop = _store(store)
    if shop.daily is None:
        raise _core.Error(f"propose: {shop.path} has no daily report among its exports")
    if ad_budget is not None and not (isinstance(ad_budget, (int, float)) and ad_budget >= 0):
        raise _core.Error(f"propose: ad_budget must be yuan, zero or more, got {ad_budget!r}")
    reviewed = _week_of(shop.daily, week)
    shop = as_of(shop, reviewed + _dt.timedelta(days=6))  # what was known on the Sunday
    monday = reviewed + _dt.timedelta(days=7)
    sunday = monday + _dt.timedelta(days=6)
    notes: dict[str, str] = {}
    by_day, mc = daily_forecast(shop, monday, runs, seed)
    targets = next_week_targets(shop, monday, by_day)
    cash_limit = _cash_limit(shop, mc, runs, seed, notes)
    planned = _core.plan_for_days(shop.plan, monday, sunday)
    budget = float(ad_budget) if ad_budget is not None else \
        planned.revenue.fen / 100 * shop.plan.market.promotion_share
    reorders, take_down, spent = _reorders(shop, reviewed + _dt.timedelta(days=6), cash_limit, notes)
    ads = _ads(shop, monday, budget, max(0.0, cash_limit - spent), notes)
    roster_frame, roster_cost = _roster(shop, reviewed + _dt.timedelta(days=6), notes)
    if roster_frame is not None:
        roster_frame.insert(0, "team", "customer_service")
    packers, _ = packing(shop, monday, reviewed + _dt.timedelta(days=6), notes)
    roster_frame = packers if roster_frame is None else pd.concat([roster_frame, packers],
                                                                  ignore_index=True)
    review = None
    push = None
    if shop.catalog is not None and shop.items is not None:
        items = shop.items[shop.items["date"] <= pd.Timestamp(reviewed + _dt.timedelta(days=6))]
        review = review_items(shop.catalog, items, today=reviewed + _dt.timedelta(days=6))
        names = {i.item: i.name for i in shop.catalog.items}
        chosen = review[review["push"]]
        push = pd.DataFrame({"name": [names.get(i, "") for i in chosen.index],
                             "reason": [f"a hit candidate: {r['weekly_visitors']:,.0f} visitors a "
                                        f"week at {r['conversion']:.2%}, {r['push_score']:.0f} "
                                        "buyers" for _, r in chosen.iterrows()]},
                            index=chosen.index)
        if push.empty:
            notes["push"] = _why_no_push(review.assign(name=[names.get(i, "") for i in review.index]),
                                         shop.catalog)
    else:
        notes["push"] = "no catalogue or item report: with both, the items to push would be chosen"
    prices = _prices(shop, review)
    if prices is not None and prices.empty:
        notes["prices"] = "no item is in decline: no promotion price proposed"
    expected = _expected(shop, monday, mc, targets, ads, planned)
    if roster_cost is not None:
        notes["roster"] = f"customer-service shifts for the week cost ¥{float(roster_cost.yuan):,.2f}"
    return Proposal(shop, monday, targets, ads, reorders, take_down, round(cash_limit, 2),
                    roster_frame, push, prices, expected, notes)


def _cash_limit(store: Store, mc: Any, runs: int, seed: int, notes: dict[str, str]) -> float:
    """The cash the store can spend beyond its forecast next week without the forecast's P10
    cash (with the capital its owner committed) falling below the plan's reserve."""
    lows = np.asarray(mc.cash_low_point, dtype=float)
    capital = committed_capital(store.plan, runs, seed)
    reserve = float(store.plan.funding.reserve.yuan)
    p10 = float(np.quantile(lows, 0.1))
    given = "the plan's" if store.plan.funding.capital.fen > 0 else "assumed"
    low = ("-" if p10 < 0 else "") + f"¥{abs(p10):,.2f}"
    notes["cash"] = (f"capital ¥{capital:,.2f} ({given}); the forecast's P10 low point {low} "
                     + (f"kept at or above the plan's reserve ¥{reserve:,.2f}" if reserve > 0 else
                        "kept at or above zero (no reserve set: plan.funding.reserve)"))
    return max(0.0, capital + p10 - reserve)


def _expected(store: Store, monday: _dt.date, mc: Any, targets: pd.DataFrame,
              ads: pd.DataFrame | None, planned: Any) -> pd.DataFrame:
    """The week's sales, ad spend and profit: the re-forecast's days (P10/P50/P90) with the
    ads' change applied through their fitted curves, and the plan's own week."""
    import pandas as pd

    start = _dt.date.fromisoformat(store.plan.market.start_date)
    margin = _margin(store.plan)
    sales = np.zeros(mc.runs)
    profit = np.zeros(mc.runs)
    for d in range(7):
        day = monday + _dt.timedelta(days=d)
        m = (day.year - start.year) * 12 + day.month - start.month
        days_in = ((day.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
                   - _dt.timedelta(days=1)).day
        sales += np.asarray(mc.revenue[:, m], dtype=float) / days_in
        profit += np.asarray(mc.operating_profit[:, m], dtype=float) / days_in
    spend = lift = 0.0
    if ads is not None:
        chosen = ads[ads["budget"].notna()]
        spend = float(chosen["budget"].sum())
        change = float(chosen["change"].sum())
        lift = float((chosen["marginal_roi"] * chosen["change"]).sum())  # first-order, per curve
        profit = profit + margin * lift - change
    sales = sales + lift
    q = [0.1, 0.5, 0.9]
    planned_sales = planned.revenue.fen / 100
    from storeops.simulation.engine import simulate

    months = (monday.year - start.year) * 12 + monday.month - start.month + 2
    own = simulate(store.plan, months=months).to_frame()
    plan_profit = 0.0
    for d in range(7):
        day = monday + _dt.timedelta(days=d)
        m = (day.year - start.year) * 12 + day.month - start.month
        days_in = ((day.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
                   - _dt.timedelta(days=1)).day
        plan_profit += float(own["operating_profit"].iloc[m]) / days_in
    frame = pd.DataFrame({
        "proposed_p10": [float(np.quantile(sales, q[0])), spend, float(np.quantile(profit, q[0]))],
        "proposed_p50": [float(np.quantile(sales, q[1])), spend, float(np.quantile(profit, q[1]))],
        "proposed_p90": [float(np.quantile(sales, q[2])), spend, float(np.quantile(profit, q[2]))],
        "planned_p50": [planned_sales, planned_sales * store.plan.market.promotion_share,
                        plan_profit]}, index=pd.Index(["sales", "ad_spend", "profit"]))
    return frame.round(2)


def decide(store: StoreLike, path: str | pathlib.Path) -> pathlib.Path:
    """The decisions from a proposal workbook a person edited (a budget in its ``ads`` sheet, a
    quantity in its ``reorders`` sheet), written to the store's ``decisions/`` file.

    Parameters
    ----------
    store : Store, str or pathlib.Path
        The store folder.
    path : str or pathlib.Path
        The workbook :meth:`Proposal.to_excel` wrote (``next-week-2014-W44.xlsx``), edited.

    Returns
    -------
    pathlib.Path
        The decisions file written (``decisions/2014-W44.json``).

    Raises
    ------
    storeops.Error
        A workbook that is not a proposal's, or a budget or quantity that is not a number of
        zero or more (naming the sheet, the row and the value).

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> p = storeops.propose(folder, "2014-10-22", runs=200)
    >>> book = p.to_excel(folder / "next.xlsx")
    >>> storeops.decide(folder, book).name
    '2014-W44.json'
    """
    import pandas as pd

    shop = _store(store)
    path = pathlib.Path(path)
    try:
        sheets = pd.read_excel(path, sheet_name=None, dtype=object, engine="openpyxl")
    except (OSError, ValueError) as err:
        raise _core.Error(f"decide: {str(path)!r} is not a readable proposal workbook ({err})") from None
    if "targets" not in sheets:
        raise _core.Error(f"decide: {path.name} has no 'targets' sheet: it is not a proposal's "
                          "workbook (python -m storeops propose writes one)")
    targets = sheets["targets"]
    monday = pd.Timestamp(targets["date"].iloc[0]).date()

    def number(sheet: str, row: Any, column: str, value: object) -> float:
        try:
            x = float(str(value).replace(",", "").replace("¥", ""))
        except ValueError:
            x = math.nan
        if not (x >= 0):
            raise _core.Error(f"decide: {path.name} sheet {sheet!r} row {row + 2}, column "
                              f"{column!r}: {value!r} is not a number of zero or more")
        return x

    stock = {i.item: i.stock for i in shop.catalog.items} if shop.catalog else {}
    decisions: dict[str, Any] = {"week": _iso_week(monday), "week_start": monday.isoformat(),
                 "targets": {pd.Timestamp(r["date"]).date().isoformat():
                             {k: float(r[k]) for k in ("visitors", "buyers", "sales")}
                             for _, r in targets.iterrows()},
                 "ads": {}, "reorders": {}}
    ads = sheets.get("ads")
    if ads is not None and "budget" in ads.columns:
        for k, r in ads.iterrows():
            if not pd.isna(r["budget"]):
                decisions["ads"][str(r["channel"])] = number("ads", k, "budget", r["budget"])
    reorders = sheets.get("reorders")
    if reorders is not None and "units" in reorders.columns:
        for k, r in reorders.iterrows():
            units = number("reorders", k, "units", r["units"])
            if units != math.floor(units):
                raise _core.Error(f"decide: {path.name} sheet 'reorders' row {int(cast(Any, k)) + 2}, column "
                                  f"'units': {r['units']!r} is not a whole number")
            decisions["reorders"][str(r["item"])] = {"units": int(units),
                                                     "stock_then": int(stock.get(str(r["item"]), 0))}
    target = shop.path / "decisions" / f"{decisions['week']}.json"
    _write_atomically(target, json.dumps(decisions, ensure_ascii=False, indent=2))
    return target


__all__ = ["AD_COLUMNS", "EXPECTED_COLUMNS", "MIN_AD_DAYS", "PRICE_FLOOR", "PROPOSAL_RUNS", "Proposal",
           "REORDER_COLUMNS", "RUN_RATE_DAYS", "TARGET_COLUMNS", "TRUST", "ChannelFit", "committed_capital", "decide", "fit_channel", "packing", "next_week_targets", "propose", "run_rate"]
