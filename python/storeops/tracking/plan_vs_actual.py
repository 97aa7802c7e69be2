"""Run the store: compare plan with actual, calibrate, re-forecast.

A store's daily report, read by :func:`storeops.read_daily` into one row per day (or given as
a path, read so here), is what these work from. :func:`track` sets it against the plan month by month and splits the revenue gap into
traffic, conversion and order-value effects; :func:`calibrate` fits the plan's market inputs
to it; :func:`reforecast` samples the store's futures from where it stands. The statistics
run in the C++ core (``storeops/tracking/``), so C++ applications get the same answers.
"""

from __future__ import annotations

import datetime as _dt
import math
import pathlib
from typing import TYPE_CHECKING, Any, Callable, Sequence, Union, cast

import numpy as np

from storeops import _core
from storeops._core import Money, Plan
from storeops.core.labels import check_labels, label
from storeops.readers.daily import DAILY_COLUMN_NAMES, read_daily
from storeops.simulation.engine import _check_plan

if TYPE_CHECKING:
    import pandas as pd

#: Columns of :meth:`PlanVsActual.to_frame`, in order.
TRACK_COLUMNS = (
    "month", "days_observed", "plan_visitors", "actual_visitors", "plan_orders", "actual_buyers",
    "plan_revenue", "actual_revenue", "revenue_variance", "traffic_effect", "conversion_effect",
    "aov_effect",
)

Source = Union[str, "pathlib.Path", "pd.DataFrame"]
DateLike = Union[str, _dt.date, np.datetime64]


def _fail(message: str) -> None:
    raise _core.Error(message)


# -- the report to the C++ core --------------------------------------------------------------

def _days_since_epoch(value: DateLike, name: str = "start") -> int:
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value.strip())
        except ValueError:
            _fail(f"{name} must be a date like '2014-02-01', got {value!r}")
    elif isinstance(value, _dt.datetime):  # a pandas Timestamp too
        value = value.date()
    elif isinstance(value, np.datetime64):
        value = _dt.date.fromisoformat(str(value.astype("datetime64[D]")))
    if not isinstance(value, _dt.date):
        raise _core.WrongTypeError(f"{name} must be a date or a 'YYYY-MM-DD' string, got "
                                   f"{value!r} ({type(value).__name__})")
    return (value - _dt.date(1970, 1, 1)).days


def _arrays(daily: Source) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    frame = read_daily(daily)
    dates = np.asarray(frame["date"], dtype="datetime64[D]").astype(np.int64)
    sales = np.array([round(float(x) * 100) if not isinstance(x, Money) else x.fen
                      for x in frame["sales"]], dtype=np.int64)
    return (dates, frame["visitors"].to_numpy(np.int64), frame["buyers"].to_numpy(np.int64), sales)


def _start_of(plan: Plan, start: DateLike | None) -> int:
    """Plan month 1 as days since 1970-01-01: ``start`` when given (the plan's calendar moved
    to it for the call), else the plan's own ``market.start_date``."""
    return _days_since_epoch(plan.market.start_date if start is None else start)


# -- plan against actual ---------------------------------------------------------------------

class PlanVsActual:
    """The plan against the store's reports, month by month (from :func:`track`).

    ``to_frame()`` has one row per plan month with reported days: the plan pro rata by the
    days reported, the actuals, and the revenue gap split into ``traffic_effect``,
    ``conversion_effect`` and ``aov_effect`` (they add up to ``revenue_variance`` to the
    fen). ``plot()`` draws plan against actual revenue and a waterfall of the effects.

    Raises
    ------
    ValueError
        ``labels`` other than ``"en"`` or ``"zh"``.

    Examples
    --------
    >>> import storeops
    >>> tracked = storeops.track(storeops.presets.tmall_2014(), storeops.example_daily_report())
    >>> int(tracked.to_frame()["month"].iloc[0])
    1
    """

    def __init__(self, plan: Plan, start: _dt.date, rows: Sequence[tuple[Any, ...]]) -> None:
        self.plan = plan
        #: The calendar date of plan month 1.
        self.start = start
        self._rows = [tuple(r) for r in rows]

    @property
    def months(self) -> int:
        """Plan months with reported days."""
        return len(self._rows)

    def to_frame(self, *, labels: str = "en", exact: bool = False) -> pd.DataFrame:
        """One row per plan month with reported days (columns :data:`TRACK_COLUMNS`).

        Money columns are yuan as floats with two decimals, or :class:`storeops.Money` with
        ``exact=True``; ``labels="zh"`` gives Chinese headers.
        """
        import pandas as pd

        check_labels(labels)
        money = slice(6, 12)
        records = []
        for r in self._rows:
            values = list(r)
            if not exact:
                values[money] = [m.fen / 100 for m in values[money]]
            records.append(values)
        frame = pd.DataFrame.from_records(records, columns=list(TRACK_COLUMNS))
        return frame.rename(columns={c: label(c, labels) for c in TRACK_COLUMNS})

    def plot(self, ax: Any = None, *, labels: str = "en") -> Any:
        """Plan against actual revenue by month, and a waterfall of the summed effects from
        plan to actual revenue."""
        from storeops.outputs import plots

        return plots.plot_plan_vs_actual(self, ax=ax, labels=labels)

    def __repr__(self) -> str:
        return (f"PlanVsActual({self.plan.name!r}, {self.months} months from "
                f"{self.start.isoformat()})")


def track(plan: Plan, daily: Source, *, start: DateLike | None = None) -> PlanVsActual:
    """The plan against the store's daily reports, month by month, and why they differ.

    Parameters
    ----------
    plan : Plan
        The plan; its deterministic simulation (the plan's own values) is the benchmark.
    daily : path or DataFrame
        The daily report, read by :func:`read_daily` (or its result).
    start : date or 'YYYY-MM-DD', optional
        The first day of plan month 1. Default: the plan's own ``market.start_date``. Another
        date moves the plan's calendar for this call (seasonality and campaigns follow it).
        A reported day before plan month 1, or with sales in the plan's setup month, is an
        error that names the day and the start that fits the report.

    Returns
    -------
    PlanVsActual
        ``.to_frame()`` with the columns :data:`TRACK_COLUMNS`; a partial month is compared
        with the plan pro rata by days. The effects are the logarithmic-mean Divisia index
        (see :func:`storeops.split_revenue_variance`): a fall in conversion gives a negative
        ``conversion_effect``, a rise in order value a positive ``aov_effect``.

    Raises
    ------
    storeops.Error
        See :func:`read_daily` for the report; a ``start`` that does not read as
        a date, or a report with days before the plan's first month.

    Examples
    --------
    >>> import storeops
    >>> plan = storeops.presets.tmall_2014()
    >>> tracked = storeops.track(plan, storeops.example_daily_report())
    >>> list(tracked.to_frame().columns)[:4]
    ['month', 'days_observed', 'plan_visitors', 'actual_visitors']
    """
    _check_plan(plan, "track")
    first = _start_of(plan, start)
    rows = _core._track(plan, *_arrays(daily), first)
    return PlanVsActual(plan, _dt.date(1970, 1, 1) + _dt.timedelta(days=first), rows)


# -- calibration -----------------------------------------------------------------------------

def _calibration(plan: Plan, daily: Source, start: DateLike | None) -> tuple[Any, ...]:
    _check_plan(plan, "calibrate")
    return tuple(_core._calibrate(plan, *_arrays(daily), _start_of(plan, start)))


def calibrate(plan: Plan, daily: Source, *, start: DateLike | None = None) -> Plan:
    """A new plan whose market inputs are fitted to the store's reported days.

    Fits the order value, the conversion (inquiry and silent conversion scaled together,
    keeping the plan's inquiry split) and the organic traffic curve (``organic_start`` and
    ``organic_growth``, given the plan's advertising). Each fitted input becomes a log-normal
    whose median is the posterior's and whose ``spread`` is its uncertainty: it shrinks as
    months are added. The model: daily buyers Poisson (binomial with a small rate) around
    visitors x conversion, daily visitors Poisson around the model's month / its days, both
    with the variance scaled by the days' own scatter when it exceeds Poisson's
    (quasi-likelihood); order value the ratio of summed sales to buyers; the plan's
    distributions as priors (a wide one, sigma 1 on the log, for an input the plan fixes).
    Paid traffic is taken as planned, so a traffic gap shows up in the organic curve.

    Parameters
    ----------
    plan, daily, start
        As for :func:`track`. The plan given is not changed.

    Returns
    -------
    Plan
        A copy with ``average_order_value``, ``inquiry_conversion``, ``silent_conversion``,
        ``organic_start`` and ``organic_growth`` fitted; :func:`fitted_inputs` lists them.

    Raises
    ------
    storeops.Error
        For a report with no days, or any error of :func:`track`.

    Examples
    --------
    >>> import storeops
    >>> plan = storeops.presets.tmall_2014()
    >>> fitted = storeops.calibrate(plan, storeops.example_daily_report())
    >>> type(fitted).__name__, fitted.market.promotion_share == plan.market.promotion_share
    ('Plan', True)
    """
    return cast(Plan, _calibration(plan, daily, start)[0])


def fitted_inputs(plan: Plan, daily: Source, *, start: DateLike | None = None) -> pd.DataFrame:
    """What :func:`calibrate` fits, one row per input.

    Parameters
    ----------
    plan, daily, start
        As for :func:`track`.

    Returns
    -------
    pandas.DataFrame
        Columns ``input``, ``plan_value``, ``plan_spread`` (the sigma of the prior the fit used:
        the plan's own for a log-normal input, else the wide 1 of an input the plan holds fixed,
        *assumed*), ``fitted_value`` (the posterior
        median), ``fitted_spread`` (sigma of its log), ``p5`` and ``p95`` (the fitted 90%
        interval) and ``days`` (reported days the fit used). ``attrs`` holds
        ``conversion_dispersion`` and ``traffic_dispersion``: how much more the days scatter
        than Poisson counts would (1: no more).

    Raises
    ------
    storeops.Error
        Any error of :func:`track` (the daily report read, or a start that is not a
        date).

    Examples
    --------
    >>> import storeops
    >>> table = storeops.fitted_inputs(storeops.presets.tmall_2014(),
    ...     storeops.example_daily_report())
    >>> "average_order_value" in set(table["input"])
    True
    """
    import pandas as pd

    fitted, inputs, conversion_dispersion, traffic_dispersion = _calibration(plan, daily, start)
    # the prior the fit used: the plan's spread, or the wide one of an input the plan fixes
    rows = [{"input": name, "plan_value": prior.value, "plan_spread": _core._prior_spread(prior),
             "fitted_value": post.value, "fitted_spread": post.spread,
             "p5": _quantile(post, 0.05), "p95": _quantile(post, 0.95), "days": days}
            for name, prior, post, days in inputs]
    frame = pd.DataFrame(rows)
    frame.attrs["conversion_dispersion"] = conversion_dispersion
    frame.attrs["traffic_dispersion"] = traffic_dispersion
    return frame


def _quantile(u: Any, q: float) -> float:
    # a fitted input is a log-normal: median x exp(sigma z)
    from statistics import NormalDist

    return float(u.value * math.exp(u.spread * NormalDist().inv_cdf(q)))


# -- re-forecast -----------------------------------------------------------------------------

def reforecast(plan: Plan, daily: Source, *, start: DateLike | None = None,
               runs: int = _core.DEFAULT_RUNS,
               months: int = 36, seed: int = 0, threads: int = 0,
               progress: bool | Callable[[int, int], None] = False,
               columns: Sequence[str] | None = None) -> Any:
    """The store's futures from where it stands: a :class:`storeops.MonteCarlo` over the whole
    horizon (plan month 1 to ``months``).

    The reported months, to the end of the last complete one, are the actuals and the same in
    every run (revenue to the fen = the month's summed sales; a month before the first
    reported day, such as a setup month, runs as planned). The store's state at that point
    (cash, staff, customers, traffic levels, stage, payback so far) is carried forward, and
    the later months are sampled from the plan calibrated on the reports
    (:func:`calibrate`; ``MonteCarlo.plan`` is that plan). Same seed, same result, whatever
    ``threads``. ``payback_months``, ``summary()`` and every plot of a MonteCarlo work on it.

    Parameters
    ----------
    plan, daily, start
        As for :func:`track`.
    runs : int
        Futures to sample (default :data:`storeops.DEFAULT_RUNS`).
    months : int
        The horizon from plan month 1, more than the months reported (default 36).
    seed, threads, progress, columns
        As for :func:`storeops.monte_carlo`.

    Returns
    -------
    MonteCarlo
        The futures, months 1 to ``months``; the reported months are the same in every run,
        and ``plan`` is the calibrated plan the later months were sampled from.

    Raises
    ------
    storeops.Error
        Any error of :func:`track`, or a run argument out of range as in
        :func:`monte_carlo`.

    Examples
    --------
    >>> import storeops
    >>> mc = storeops.reforecast(storeops.presets.tmall_2014(), storeops.example_daily_report(),
    ...     runs=100, seed=1, threads=1)
    >>> mc.cumulative_cash.shape
    (100, 36)
    """
    from storeops.simulation.engine import MonteCarlo, _check_columns, _check_seed, _progress_bar

    _check_plan(plan, "reforecast")
    _check_seed(seed)
    kept = _check_columns(columns)
    arrays = _arrays(daily)
    first = _start_of(plan, start)
    fitted = _core._calibrate(plan, *arrays, first)[0]
    callback = _progress_bar() if progress is True else (progress or None)
    core = _core._reforecast(plan, *arrays, first, runs, months, seed, threads, callback, kept)
    return MonteCarlo._from_core(fitted, core, seed, 0, 1)


# -- a synthetic report ----------------------------------------------------------------------

def synthetic_daily(plan: Plan, *, start: DateLike | None = None, months: int, traffic: float = 1.0,
                    conversion: float = 1.0, order_value: float = 1.0, noise: float = 0.15,
                    seed: int = 0, labels: str = "en") -> pd.DataFrame:
    """A daily report of a made-up store that runs the plan with known distortions: for
    teaching, testing and trying :func:`track` and :func:`calibrate` before a store has data.

    Parameters
    ----------
    plan : Plan
        The plan the store runs.
    start : date or 'YYYY-MM-DD', optional
        The first day of plan month 1 (default: the plan's ``market.start_date``).
    months : int
        Months of days to make.
    traffic, conversion, order_value : float
        Multiples of the plan's visitors, conversion and order value (1: as planned).
    noise : float
        Sigma of the day-to-day log-normal scatter of visitors (0: Poisson scatter only).
    seed : int
        The same seed gives the same report.
    labels : {"en", "zh"}
        English column names or the seed's Chinese headers.

    Returns
    -------
    pandas.DataFrame
        One row per day, as a store's export would have it (text percentages included).

    Raises
    ------
    storeops.Error
        ``months`` outside 1 to 1200, a multiplier below zero, or a start that
        does not read as a date.

    Notes
    -----
    Each day's visitors are Poisson around the plan's month / its days x ``traffic``, with a
    day-to-day log-normal scatter of sigma ``noise``; buyers binomial on them at the plan's
    conversion x ``conversion``; each order's value gamma-distributed (coefficient of
    variation 0.6) around the plan's order value x ``order_value``. Page views, units, DSR,
    visit depth and bounce rate are filled in plausibly. ``labels="zh"`` writes the seed's
    Chinese headers (日期 浏览量 访客数 ...), ready for ``to_csv``. Same seed, same report.

    Examples
    --------
    >>> import storeops
    >>> daily = storeops.synthetic_daily(storeops.presets.tmall_2014(), months=2, seed=1)
    >>> len(daily) > 50
    True
    """
    import pandas as pd

    from storeops.simulation.engine import simulate

    _check_plan(plan, "synthetic_daily")
    check_labels(labels)
    for name, value in (("traffic", traffic), ("conversion", conversion),
                        ("order_value", order_value), ("noise", noise)):
        if not (isinstance(value, (int, float)) and math.isfinite(value) and value >= 0):
            _fail(f"synthetic_daily(): {name} must be a number >= 0, got {value!r}")
    first = _dt.date(1970, 1, 1) + _dt.timedelta(days=_start_of(plan, start))
    sim = simulate(plan, months=months).to_frame()
    visitors_by_month = sim["visitors"].to_numpy(float)
    orders_by_month = sim["orders"].to_numpy(float)
    revenue_by_month = sim["revenue"].to_numpy(float)
    rng = np.random.default_rng(seed)
    shape = 1 / 0.6 ** 2
    records = []
    for k in range(months):
        year, mon = divmod(first.month - 1 + k, 12)
        day1 = _dt.date(first.year + year, mon + 1, 1)
        days = ((day1.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - day1).days
        planned = float(visitors_by_month[k])
        orders = float(orders_by_month[k])
        cr = orders / planned if planned > 0 else 0.0
        aov = float(revenue_by_month[k]) / orders if orders > 0 else 0.0
        for d in range(days):
            mean = planned / days * traffic * math.exp(noise * rng.standard_normal() - noise ** 2 / 2)
            visitors = int(rng.poisson(mean))
            buyers = int(rng.binomial(visitors, min(1.0, cr * conversion)))
            sales = float(rng.gamma(shape * buyers, aov * order_value / shape)) if buyers else 0.0
            units = buyers + int(rng.poisson(0.3 * buyers))
            records.append({
                "date": (day1 + _dt.timedelta(days=d)).isoformat(),
                "page_views": visitors + int(rng.poisson(2.5 * visitors)),
                "visitors": visitors,
                "sales": round(sales, 2),
                "units": units,
                "conversion_rate": f"{100 * buyers / visitors:.2f}%" if visitors else "0.00%",
                "average_order_value": round(sales / buyers, 2) if buyers else 0.0,
                "dsr": round(float(np.clip(4.8 + 0.05 * rng.standard_normal(), 0, 5)), 2),
                "pages_per_visit": round(1 + 2.5 * rng.random(), 2) if visitors else 0.0,
                "home_bounce_rate": f"{100 * float(rng.uniform(0.3, 0.5)):.2f}%",
                "buyers": buyers,
            })
    frame = pd.DataFrame.from_records(records)
    if labels == "zh":
        frame = frame.rename(columns={c: DAILY_COLUMN_NAMES[c][1] for c in frame.columns})
    return frame


#: How the example report was made (see :func:`example_daily_report`).
EXAMPLE_REPORT = {"start": "2014-02-01", "months": 7, "traffic": 0.85, "conversion": 1.1,
                  "order_value": 0.95, "seed": 2014, "labels": "zh"}


def example_daily_report() -> pathlib.Path:
    """The path of a small example report shipped with the package: seven months (February
    to August 2014; February is the setup month) of a store that runs the seed plan with 85%
    of its traffic, 110% of its conversion and 95% of its order value, in the seed's Chinese
    headers, UTF-8 with a BOM. Made by ``synthetic_daily(presets.tmall_2014(),
    **EXAMPLE_REPORT)``; try ``storeops.track(plan, storeops.example_daily_report(),
    start="2014-02-01")``.

    Returns
    -------
    pathlib.Path
        The report file (CSV), to give to :func:`read_daily`, :func:`track` or
        :func:`reforecast`.

    Examples
    --------
    >>> import storeops
    >>> path = storeops.example_daily_report()
    >>> path.suffix
    '.csv'
    >>> len(storeops.read_daily(path))
    212
    """
    return pathlib.Path(__file__).parents[1] / "data" / "daily_report_example.csv"


__all__ = [
    "EXAMPLE_REPORT",
    "example_daily_report",
    "PlanVsActual",
    "TRACK_COLUMNS",
    "calibrate",
    "fitted_inputs",
    "reforecast",
    "synthetic_daily",
    "track",
]

