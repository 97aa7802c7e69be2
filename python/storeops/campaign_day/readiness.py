"""The big campaign day (000 ch.4, 第四阶段大活动备战期; the day's own plan, 000 ch.3 活动的大致
策划): a 双11 or mid-year sale is won or lost hour by hour. Visitors split by an hourly
profile, customer service sized for each hour by Erlang C, packers for the orders that must
ship, duty rosters (值班表) at least cost, and the stock and pre-packed boxes for the day.

    >>> plan = storeops.presets.tmall_2014()
    >>> day = storeops.campaign_day(plan, day_visitors=200_000, month="双11")
    >>> len(day.hours)                 # 24 rows: visitors, inquiries, orders, cs_agents, packers
    24
    >>> day.cs_roster.counts, day.cs_roster.cost
    ([14, 26, 28, 82, 3, 0, 21], Money('28560.00'))
    >>> len(day.after_sales)           # the three after-sales days, hour by hour (000 ch.3)
    72
    >>> plan_with_temps = day.to_plan()  # the rosters' pay in 双11's payroll

Temporary staff are paid per shift, not hired: their pay enters the campaign month's payroll
only when a plan opts in (``CampaignMonth.temporary_staff_cost``; ``CampaignDay.to_plan``).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from storeops import _core
from storeops._core import CampaignMonth, Money, Plan, Roster, Shift
from storeops.core.labels import PRODUCT_ROLES_ZH, check_labels, rename

if TYPE_CHECKING:
    import pandas as pd

#: *assumed*: the share of a big campaign day's visitors in each hour 0:00-23:00, the first
#: hour after midnight the largest and a second rush in the evening (the default of
#: ``plan.campaign_day.hourly_share``).
ASSUMED_CAMPAIGN_HOURLY_SHARE: tuple[float, ...] = _core.ASSUMED_CAMPAIGN_HOURLY_SHARE

HOUR_COLUMNS = ("hour", "visitors", "inquiries", "orders", "cs_agents", "packers")
AFTER_SALES_COLUMNS = ("day", "hour", "contacts", "cs_agents")


class RosterTimeLimitWarning(UserWarning):
    """A roster solve reached its time limit: the roster covers every hour, but its cost is
    not proven least (``Roster.gap`` bounds how far from it).

    Examples
    --------
    >>> import storeops
    >>> issubclass(storeops.RosterTimeLimitWarning, UserWarning)
    True
    """


def conversion_lift(plan: Plan, month: int | str | None) -> float:
    """The conversion lift of a campaign: ``month`` a plan month (1-based) or the name of one of
    ``plan.market.campaigns`` ("双11"); 1 for None."""
    if month is None:
        return 1.0
    if isinstance(month, str):
        for c in plan.market.campaigns:
            if c.name == month:
                return float(c.conversion_multiplier)
        names = ", ".join(repr(c.name) for c in plan.market.campaigns) or "none"
        raise _core.Error(f"month: no campaign named {month!r} in plan.market.campaigns "
                          f"(campaigns: {names})")
    return float(_core.campaign_conversion_lift(plan, month))


def campaign_hours(plan: Plan, *, day_visitors: float, hourly_share: Sequence[float] | None = None,
                   handle_time_s: float, concurrency: int, service_level: float,
                   answer_within_s: float, shrinkage: float, max_occupancy: float,
                   month: int | str | None = None,
                   packs_per_hour: float | None = None) -> pd.DataFrame:
    """The campaign day hour by hour.

    Parameters
    ----------
    plan : Plan
        Its funnel (inquiry rate, inquiry and silent conversion) turns visitors into inquiries
        and orders; ``plan.campaign_day`` holds the hourly profile, packing rate and shipping
        time.
    day_visitors : float
        The day's visitors (UV), split over the hours by ``hourly_share``.
    hourly_share : sequence of 24 floats, optional
        Non-negative shares summing to 1 (within 1e-9); default
        ``plan.campaign_day.hourly_share`` (*assumed*: :data:`ASSUMED_CAMPAIGN_HOURLY_SHARE`).
    handle_time_s, concurrency, service_level, answer_within_s, shrinkage, max_occupancy
        Customer-service sizing, as :func:`storeops.erlang.agents_required` takes them.
    month : int or str, optional
        A plan month (1-based) or a campaign's name ("双11"): that campaign's conversion lift
        applies. None: a normal day's conversion.
    packs_per_hour : float, optional
        Orders one packer packs an hour; default ``plan.campaign_day.packs_per_hour``.

    Returns
    -------
    pandas.DataFrame
        24 rows, columns ``hour`` (0-23), ``visitors``, ``inquiries``, ``orders`` (expected
        counts), ``cs_agents`` (exactly ``erlang.agents_required`` of the hour's inquiries)
        and ``packers`` (each hour's orders packed evenly over the ``ship_within_hours`` that
        follow, at ``packs_per_hour`` a packer; the day repeats, so 23:00's orders are packed
        in the small hours and every order is packed).

    Raises
    ------
    storeops.Error
        Visitors below zero, an hourly share that is not 24 shares adding up to 1,
        or Erlang inputs out of range (naming the input and its value).

    Examples
    --------
    >>> import storeops
    >>> hours = storeops.campaign_hours(storeops.presets.tmall_2014(), day_visitors=200_000,
    ...     handle_time_s=180, concurrency=3, service_level=0.8, answer_within_s=30,
    ...     shrinkage=0.3, max_occupancy=0.85)
    >>> len(hours), int(hours["cs_agents"].max())
    (24, 158)
    """
    import pandas as pd

    columns = _core._campaign_hours(plan, day_visitors, hourly_share, handle_time_s, concurrency,
                                    service_level, answer_within_s, shrinkage, max_occupancy,
                                    conversion_lift(plan, month), packs_per_hour)
    return pd.DataFrame({c: columns[c] for c in HOUR_COLUMNS})


def after_sales_hours(plan: Plan, *, day_orders: float, hourly_share: Sequence[float] | None = None,
                      concurrency: int = 3, service_level: float = 0.8,
                      answer_within_s: float = 30, shrinkage: float = 0.0,
                      max_occupancy: float = 1.0) -> pd.DataFrame:
    """The three days after a campaign day, hour by hour (活动后3天为售后高峰, 000 ch.3).

    Contacts = ``day_orders`` × ``plan.campaign_day.after_sales_share`` (*assumed* 0.15) × the
    day's share (``after_sales_days``, *assumed* 0.5, 0.3, 0.2) × the hour's share (the
    campaign day's profile, or ``hourly_share``); agents by Erlang C
    (:func:`storeops.erlang.agents_required`) at ``after_sales_handle_time_s`` a contact
    (*assumed* 300) with the sizing given.

    Returns
    -------
    pandas.DataFrame
        72 rows: ``day`` (1-3), ``hour`` (0-23), ``contacts`` (expected), ``cs_agents``.
    """
    import pandas as pd

    columns = _core._after_sales_hours(plan, day_orders, hourly_share, concurrency,
                                       service_level, answer_within_s, shrinkage, max_occupancy)
    return pd.DataFrame({c: columns[c] for c in AFTER_SALES_COLUMNS})


def own_packers(plan: Plan, month: int | str | None) -> int:
    """The store's own people who pack on a campaign day (000 ch.3: "其他部门留下必要人员,
    以部门为单位分别分配到扫描/打单/配货/打包等岗位"): in a plan month (an int), the simulated
    staff outside customer service (which serves customers all day), less one person kept at
    each department's own work (*assumed*); 0 when ``month`` is not a plan month."""
    from storeops.simulation.engine import simulate

    if not isinstance(month, int):
        return 0
    staff = simulate(plan, months=max(month, 1)).staff(month)
    return sum(max(0, n - 1) for department, n in staff.items() if department != "customer_service")


def roster(required: Sequence[int] | Any, shifts: Sequence[tuple[int, int, Any] | Shift], *,
           time_limit_s: float = 10.0) -> Roster:
    """The duty roster (值班表) at least cost.

    Parameters
    ----------
    required : sequence of 24 whole numbers
        People needed at work in each hour 0-23 (a list, array or Series such as
        ``campaign_hours(...)["cs_agents"]``).
    shifts : list of Shift or of tuples ``(start_hour, hours, cost)``
        The candidate shifts: start 0-23, 1-24 hours (a shift may run past midnight), cost in
        yuan per person for the shift.
    time_limit_s : float, default 10
        The solver's time limit.

    Returns
    -------
    Roster
        ``counts`` per shift, ``cost`` (Money, exactly the sum of counts x cost), ``coverage``
        and ``slack`` per hour, ``optimal`` and ``gap``.

    Raises
    ------
    storeops.Error
        Hours that are not 24 counts of at least zero, a shift that does not fit in
        the day, or no shift that covers an hour with people needed.

    Warns
    -----
    RosterTimeLimitWarning
        When the solve reaches ``time_limit_s``: the roster returned covers every hour but
        may not be the cheapest.

    Notes
    -----
    An integer program (cover every hour at least cost) solved by COIN-OR CBC, which proves
    the optimum. A solve that reaches its time limit warns (:class:`RosterTimeLimitWarning`)
    and returns the best roster found, with ``optimal=False`` and its ``gap``. An hour that
    needs people and that no shift covers is an error naming the hour.

    Examples
    --------
    >>> import storeops
    >>> result = storeops.roster([2] * 24, [(0, 8, 200), (8, 8, 200), (16, 8, 200)])
    >>> result.optimal, str(result.cost)
    (True, '¥1,200.00')
    """
    result = _core._roster(required, shifts, time_limit_s)
    if not result.optimal:
        warnings.warn(f"roster: the solve reached its {time_limit_s:g} s time limit; the roster "
                      f"covers every hour but may cost up to {result.gap:.1%} more than the least",
                      RosterTimeLimitWarning, stacklevel=2)
    return result


def roster_frame(result: Roster, *, labels: str = "en") -> pd.DataFrame:
    """A roster as a table a manager can post: one row per shift with people on it.

    Parameters
    ----------
    result : Roster
        A solved roster (:func:`roster`).
    labels : {"en", "zh"}
        Column names in English or Chinese.

    Returns
    -------
    pandas.DataFrame
        One row per shift with people on it: ``shift``, ``start_hour``, ``hours``, ``cost``
        (a person's), ``people`` and ``shift_cost``.

    Raises
    ------
    ValueError
        ``labels`` other than ``"en"`` or ``"zh"``.

    Examples
    --------
    >>> import storeops
    >>> result = storeops.roster([2] * 24, [(0, 8, 200), (8, 8, 200), (16, 8, 200)])
    >>> storeops.roster_frame(result)["people"].tolist()
    [2, 2, 2]
    """
    import pandas as pd

    check_labels(labels)
    rows = [{"shift": s.name or f"{s.start_hour:02d}:00+{s.hours}h",
             "start_hour": s.start_hour, "hours": s.hours, "cost": s.cost.yuan,
             "people": n, "shift_cost": (s.cost * n).yuan}
            for s, n in zip(result.shifts, result.counts)]
    frame = pd.DataFrame(rows, columns=["shift", "start_hour", "hours", "cost", "people", "shift_cost"])
    return rename(frame, labels)


def campaign_stock(plan: Plan, *, day_orders: float, units_per_order: float,
                   safety: float | None = None) -> pd.DataFrame:
    """Stock and pre-packed boxes for the day, by product role.

    The day's units (``day_orders x units_per_order``) split by
    ``plan.campaign_day.stock_shares`` over the product roles (traffic_driver 引流款, profit
    利润款, campaign 活动款, image 形象款); each role stocks its forecast plus ``safety``
    (default ``plan.campaign_day.safety_stock``), and packs ``prepacked_share`` of it (000: a
    third) before the day. Whole units, rounded up.

    Parameters
    ----------
    plan : Plan
        Its ``campaign_day.stock_shares``, ``safety_stock`` and ``prepacked_share``.
    day_orders : float
        The day's expected orders.
    units_per_order : float
        Units an order holds.
    safety : float, optional
        The safety share added to each role's forecast; default
        ``plan.campaign_day.safety_stock``.

    Returns
    -------
    pandas.DataFrame
        Indexed by role, with a last row ``total``: ``share``, ``forecast_units``, ``stock_units``,
        ``prepacked_boxes``.

    Raises
    ------
    storeops.Error
        Orders, units per order or the safety share below zero.

    Examples
    --------
    >>> import storeops
    >>> stock = storeops.campaign_stock(storeops.presets.tmall_2014(), day_orders=4_000,
    ...     units_per_order=1.2)
    >>> len(stock) > 0
    True
    """
    import pandas as pd

    lines = _core._campaign_stock(plan, day_orders, units_per_order, safety)
    frame = pd.DataFrame(
        {"share": [x.share for x in lines], "forecast_units": [x.forecast_units for x in lines],
         "stock_units": [x.units for x in lines], "prepacked_boxes": [x.prepacked_boxes for x in lines]},
        index=pd.Index([x.role for x in lines], name="role"))
    frame.loc["total"] = [frame["share"].sum(), frame["forecast_units"].sum(),
                          frame["stock_units"].sum(), frame["prepacked_boxes"].sum()]
    return frame.astype({"stock_units": "int64", "prepacked_boxes": "int64"})


@dataclass
class CampaignDay:
    """A campaign day made ready (:func:`campaign_day`): the hours, both rosters, the stock,
    and what the temporary staff cost.

    Raises
    ------
    storeops.Error
        ``to_plan`` when the day has no campaign month in the plan.
    ValueError
        ``labels`` other than ``"en"`` or ``"zh"``.

    Examples
    --------
    >>> import storeops
    >>> day = storeops.campaign_day(storeops.presets.tmall_2014(), day_visitors=50_000)
    >>> type(day).__name__, len(day.to_frame())
    ('CampaignDay', 24)
    """

    plan: Plan
    month: int | str | None
    hours: pd.DataFrame
    cs_roster: Roster
    packing_roster: Roster
    stock: pd.DataFrame
    #: the store's own people who pack in their hours (:func:`own_packers`); ``hours``'
    #: ``temporary_packers`` are the packers left to hire, whom ``packing_roster`` covers
    own_packers: int
    #: the three after-sales days (:func:`after_sales_hours`) and a roster for each
    after_sales: pd.DataFrame
    after_sales_rosters: list[Roster]

    @property
    def after_sales_cost(self) -> Money:
        """The three after-sales days' rosters' pay."""
        total = Money(0)
        for r in self.after_sales_rosters:
            total = total + r.cost
        return total

    @property
    def temporary_staff_cost(self) -> Money:
        """The day's rosters' pay and the after-sales days' (paid per shift, not hired)."""
        return self.cs_roster.cost + self.packing_roster.cost + self.after_sales_cost

    def to_plan(self) -> Plan:
        """A copy of the plan whose campaign month pays this day's rosters in its payroll
        (``CampaignMonth.temporary_staff_cost``); ``month`` must name a campaign."""
        if self.month is None:
            raise _core.Error("to_plan: the day has no campaign month (give month= a plan month "
                              "or a campaign's name)")
        month = self.month
        moy = ((self.plan.market.start_month - 1 + month - 1) % 12 + 1
               if isinstance(month, int) else None)

        def match(c: CampaignMonth) -> bool:
            return c.month_of_year == moy if moy is not None else c.name == month

        if not any(match(c) for c in self.plan.market.campaigns):
            raise _core.Error(f"to_plan: month {self.month!r} holds no campaign of "
                              "plan.market.campaigns")
        plan = Plan.from_json(self.plan.to_json())
        plan.market.campaigns = [
            CampaignMonth(month_of_year=c.month_of_year, name=c.name,
                          traffic_multiplier=c.traffic_multiplier,
                          conversion_multiplier=c.conversion_multiplier,
                          temporary_staff_cost=self.temporary_staff_cost if match(c)
                          else c.temporary_staff_cost)
            for c in self.plan.market.campaigns]
        return plan

    def to_frame(self, *, labels: str = "en") -> pd.DataFrame:
        """The hourly table, with Chinese headers for ``labels="zh"``."""
        return rename(self.hours, labels)

    def stock_frame(self, *, labels: str = "en") -> pd.DataFrame:
        """The stock list, roles and headers in Chinese for ``labels="zh"``."""
        check_labels(labels)
        frame = self.stock
        if labels == "zh":
            frame = frame.rename(index={**PRODUCT_ROLES_ZH, "total": "合计"})
            frame.index.name = "商品角色"
        return rename(frame, labels)

    def plot(self, ax: Any = None, *, labels: str = "en") -> Any:
        """Visitors, agents and packers by hour, with the rosters' coverage."""
        from storeops.outputs.plots import plot_campaign_day

        return plot_campaign_day(self, ax, labels=labels)


def campaign_day(plan: Plan, *, day_visitors: float, month: int | str | None = None,
                 units_per_order: float = 1.0, handle_time_s: float = 180,
                 concurrency: int = 3, service_level: float = 0.8,
                 answer_within_s: float = 30, shrinkage: float = 0.0,
                 max_occupancy: float = 1.0, hourly_share: Sequence[float] | None = None,
                 packs_per_hour: float | None = None, own_packers: int | None = None,
                 time_limit_s: float = 10.0) -> CampaignDay:
    """Everything for one campaign day at once: :func:`campaign_hours`; the store's own people
    packing first (``own_packers``, default :func:`own_packers` of the plan month) and the
    temporary packers left to hire; the customer-service and packing rosters from
    ``plan.campaign_day``'s shifts (:func:`roster`); the three after-sales days after it
    (:func:`after_sales_hours`) with a customer-service roster each; and the stock for the
    day's orders (:func:`campaign_stock`). Customer-service sizing defaults: 180 s a chat, 3
    chats at once, 80% answered within 30 s (*assumed*).

    Parameters
    ----------
    plan : Plan
        The store's plan: its campaign months, ``campaign_day`` rules and shifts.
    day_visitors : float
        The day's expected visitors.
    month : int or str, optional
        The plan month (or "YYYY-MM") of the campaign; default the plan's first campaign month.
    units_per_order : float
        Units a campaign order holds (default 1).
    handle_time_s, concurrency, service_level, answer_within_s, shrinkage, max_occupancy
        Customer-service sizing, as for :func:`storeops.erlang.agents_required`.
    hourly_share : sequence of 24 floats, optional
        The day's visitors by hour; default ``plan.campaign_day.hourly_share``.
    packs_per_hour : float, optional
        Orders a packer packs an hour; default ``plan.campaign_day.packs_per_hour``.
    own_packers : int, optional
        The store's own packers on the day; default :func:`own_packers` of the plan month.
    time_limit_s : float
        Each roster solve's time limit (default 10 s).

    Returns
    -------
    CampaignDay
        ``hours`` (the day hour by hour), ``cs_roster`` and ``packing_roster``, ``stock``,
        ``own_packers``, ``after_sales`` and ``after_sales_rosters``; ``to_frame``,
        ``stock_frame``, ``plot`` and ``to_plan`` (the plan with the day's figures).

    Raises
    ------
    storeops.Error
        Visitors below zero, or an input the campaign-day rules refuse (naming it
        and its value).

    Examples
    --------
    >>> import storeops
    >>> day = storeops.campaign_day(storeops.presets.tmall_2014(), day_visitors=200_000,
    ...     month=11)
    >>> len(day.hours)
    24
    """
    hours = campaign_hours(plan, day_visitors=day_visitors, hourly_share=hourly_share,
                           handle_time_s=handle_time_s, concurrency=concurrency,
                           service_level=service_level, answer_within_s=answer_within_s,
                           shrinkage=shrinkage, max_occupancy=max_occupancy, month=month,
                           packs_per_hour=packs_per_hour)
    own = _own_packers(plan, month) if own_packers is None else own_packers
    hours["temporary_packers"] = _core._temporary_packers(
        plan, [int(p) for p in hours["packers"]], own)
    after = after_sales_hours(plan, day_orders=float(hours["orders"].sum()),
                              hourly_share=hourly_share, concurrency=concurrency,
                              service_level=service_level, answer_within_s=answer_within_s,
                              shrinkage=shrinkage, max_occupancy=max_occupancy)
    day = plan.campaign_day
    return CampaignDay(
        plan=plan, month=month, hours=hours,
        cs_roster=roster(hours["cs_agents"], day.cs_shifts, time_limit_s=time_limit_s),
        packing_roster=roster(hours["temporary_packers"], day.packing_shifts,
                              time_limit_s=time_limit_s),
        stock=campaign_stock(plan, day_orders=float(hours["orders"].sum()),
                             units_per_order=units_per_order),
        own_packers=own, after_sales=after,
        after_sales_rosters=[roster(after.loc[after["day"] == d, "cs_agents"], day.cs_shifts,
                                    time_limit_s=time_limit_s) for d in (1, 2, 3)])


_own_packers = own_packers


__all__ = ["ASSUMED_CAMPAIGN_HOURLY_SHARE", "CampaignDay", "RosterTimeLimitWarning",
           "after_sales_hours", "campaign_day", "campaign_hours", "campaign_stock",
           "conversion_lift", "own_packers", "roster", "roster_frame"]
