"""Run a plan forward: one future (:func:`simulate`) or many (:func:`monte_carlo`).

Money columns are yuan, rounded to the fen; counts of visitors and orders are expectations.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

import numpy as np

from storeops import _core
from storeops._core import MONTE_CARLO_COLUMNS, STAGES, Headcount, Money, Plan, StoreState

if TYPE_CHECKING:
    import pandas as pd

#: The columns of ``Simulation.to_frame()``, in order. ``operating_profit`` is the month's
#: flow after the investment: ``storeops.payback_month(plan.initial_investment,
#: frame["operating_profit"])`` is ``Simulation.payback_month``. ``cash_flow`` includes the
#: investment: it is operating_profit less ``deposits_and_purchases`` (a column of
#: ``to_frame(columns="all")``).
MAIN_COLUMNS = (
    "month", "stage", "visitors", "orders", "orders_per_day", "revenue", "headcount", "payroll",
    "promotion_spend", "platform_fees", "gross_profit", "operating_profit", "cash_flow",
    "cumulative_cash",
)


def _quantiles(values: np.ndarray, q: Sequence[float]) -> np.ndarray:
    """Quantiles of each column by the C++ core (one row per q), the one place they are
    computed (a q outside [0, 1] is refused there, by name)."""
    return np.asarray(_core._quantiles(np.ascontiguousarray(values, dtype=np.float64), list(q)))


def _payback(plan: Plan, operating_profit: Any, start: StoreState | None) -> int | None:
    """The payback month by storeops.payback_month over the months run, counted on from what a
    start state had already earned."""
    flows = [Money(round(float(x), 2)) for x in operating_profit]
    if start is None:
        return _core.payback_month(plan.initial_investment, flows)
    if start.payback_month is not None:
        return int(start.payback_month)
    left = plan.initial_investment - start.operating_profit_sum
    month = _core.payback_month(left, flows) if left > 0 else 1
    return None if month is None else start.month + month


class Simulation:
    """One simulated future of a plan, month by month.

    ``to_frame()`` gives one row per month; ``payback_month`` the first month (1-based) whose
    summed operating profit covers the plan's investment (None if not within the run), worked
    out by :func:`storeops.payback_month` from the ``operating_profit`` column;
    ``stage_start`` the first month of each stage.

    Raises
    ------
    storeops.Error
        ``staff`` or ``month_figures`` of a month outside the run.
    KeyError
        ``column`` of an unknown column (listing the columns).
    ValueError
        ``columns`` other than ``"main"`` or ``"all"``, or ``labels`` other than ``"en"`` or
        ``"zh"``.

    Examples
    --------
    >>> import storeops
    >>> sim = storeops.simulate(storeops.presets.tmall_2014(), months=12)
    >>> sim.months
    12
    >>> sim.staff(12)
    Headcount(customer_service=4, design=2, promotion=1, merchandising=1, logistics=3, planning=1, total=12)
    """

    def __init__(self, plan: Plan, core: _core.SimulationResult, start: StoreState | None = None) -> None:
        # Plain Python and NumPy data only, so that a simulation pickles.
        self.plan = plan
        self._columns: dict[str, Any] = core.columns()
        #: Where the store stands after the last month: ``simulate(plan, start=sim.state)``.
        self.state: StoreState = core.state
        self.payback_month: int | None = _payback(plan, self._columns["operating_profit"], start)
        self.stage_start: dict[str, int | None] = core.stage_start
        self._staff = [core.staff(m) for m in range(1, len(core) + 1)]
        self._figures = [core.month_figures(m) for m in range(1, len(core) + 1)]

    @property
    def months(self) -> int:
        return len(self._staff)

    def _check(self, month: int) -> int:
        first = int(self._columns["month"][0])
        if not first <= month < first + self.months:
            raise _core.Error(f"month must be in {first}..{first + self.months - 1}, got {month}")
        return month - first

    def staff(self, month: int) -> Headcount:
        """The staff employed in a month (1-based)."""
        return self._staff[self._check(month)]

    def month_figures(self, month: int) -> dict[str, Any]:
        """The exact figures behind a month's payroll (Money and review counts)."""
        return dict(self._figures[self._check(month)])

    def column(self, name: str) -> np.ndarray:
        """One monthly column as a NumPy array (money in yuan)."""
        if name not in self._columns:
            raise KeyError(f"unknown column {name!r}; columns: {', '.join(self._columns)}")
        return np.asarray(self._columns[name])

    def to_frame(self, *, columns: str = "main", labels: str = "en") -> pd.DataFrame:
        """One row per month. ``columns="main"`` gives the columns of docs/model.md §8,
        ``"all"`` adds traffic by channel, inquiries, refunds, spend by channel, reviews,
        credit points and headcount by department. ``labels="zh"`` names columns in Chinese."""
        import pandas as pd

        from storeops.core.labels import rename

        if columns not in ("main", "all"):
            raise ValueError(f"columns must be 'main' or 'all', got {columns!r}")
        names = MAIN_COLUMNS if columns == "main" else tuple(self._columns)
        frame = pd.DataFrame({n: self._columns[n] for n in names})
        frame["month"] = frame["month"].astype(int)
        frame["headcount"] = frame["headcount"].astype(int)
        return rename(frame, labels)

    def plot(self, kind: str = "overview", *, ax: Any = None, labels: str = "en") -> Any:
        """Plots: ``"overview"`` (revenue and operating profit), ``"cash"`` (cumulative cash
        and payback), ``"headcount"`` (staff steps by department)."""
        from storeops.outputs import plots

        return plots.plot_simulation(self, kind, ax=ax, labels=labels)

    def __repr__(self) -> str:
        return f"Simulation({self.plan.name!r}, {self.months} months, payback month {self.payback_month})"


#: How many futures :func:`monte_carlo` samples when not told (the same in C++ and the CLI).
DEFAULT_RUNS: int = _core.DEFAULT_RUNS

#: How many runs :func:`monte_carlo` simulates side by side, month by month, when not told.
DEFAULT_BLOCK_SIZE: int = _core.DEFAULT_BLOCK_SIZE

_SEED_MAX = 2**64 - 1


def _check_plan(plan: object, function: str) -> None:
    if not isinstance(plan, Plan):
        hint = (" (to read a plan file, pass storeops.load_plan(path))"
                if isinstance(plan, (str, bytes)) or hasattr(plan, "__fspath__") else "")
        raise _core.WrongTypeError(f"{function}(): plan must be a storeops.Plan, got "
                                   f"{plan!r} ({type(plan).__name__}){hint}")


def _check_seed(seed: object, name: str = "seed") -> None:
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise _core.WrongTypeError(f"{name} must be a whole number, got {seed!r} ({type(seed).__name__})")
    if not 0 <= seed <= _SEED_MAX:
        raise _core.Error(f"{name} must be in 0..{_SEED_MAX} (2**64 - 1), got {seed}")


def simulate(plan: Plan, *, months: int = 36, seed: int | None = None,
             start: StoreState | None = None) -> Simulation:
    """Runs the plan forward month by month.

    Parameters
    ----------
    plan : Plan
        e.g. ``storeops.presets.tmall_2014()``; a file is read with ``storeops.load_plan``.
    months : int
        Months to simulate, 1..1200 (default 36).
    seed : int, optional
        None uses the plan's own values; a seed (0..2**64 - 1) draws one sampled future of its
        uncertain inputs (the same draw as run 0 of ``monte_carlo`` with that seed).
    start : StoreState, optional
        Go on from where a store stands (``Simulation.state`` of an earlier run, or
        ``StoreState.from_json``): ``months`` more months, numbered on from the state's month.
        The same seed draws the same future, so 10 months and then 26 from the state are the
        36 months.

    Returns
    -------
    Simulation
        ``to_frame()`` for the monthly table, ``payback_month``, ``plot()``.

    Raises
    ------
    storeops.Error
        ``months`` outside 1 to 1200, or a plan that breaks a rule.
    TypeError
        ``start`` not a storeops.StoreState (storeops.WrongTypeError).

    Examples
    --------
    >>> import storeops
    >>> sim = storeops.simulate(storeops.presets.tmall_2014())
    >>> sim.payback_month
    34
    >>> float(sim.to_frame()["cumulative_cash"].iloc[-1])
    214740.94
    """
    _check_plan(plan, "simulate")
    if seed is not None:
        _check_seed(seed)
    if start is not None and not isinstance(start, StoreState):
        raise _core.WrongTypeError(f"simulate(): start must be a storeops.StoreState, got "
                                   f"{start!r} ({type(start).__name__})")
    return Simulation(plan, _core._simulate(plan, months, seed, start), start)


class MonteCarlo:
    """Many sampled futures of a plan.

    Each column of :data:`storeops.MONTE_CARLO_COLUMNS` the result holds (:attr:`columns`:
    all of them unless ``monte_carlo(columns=...)`` kept fewer) is an attribute holding an
    array shaped (runs, months) — read-only, a view onto the C++ result when it comes straight
    from :func:`monte_carlo`. ``payback_months`` has one entry per run (NaN: not within the
    months simulated); ``stage`` the stage index per month. Results pickle, and chunks of
    one seed concatenate (:meth:`concat`).

    Raises
    ------
    storeops.Error
        An unknown column (listing the columns), or one the run did not keep
        (``keep=``); quantiles outside [0, 1] or a confidence outside (0, 1).

    Examples
    --------
    >>> import storeops
    >>> mc = storeops.monte_carlo(storeops.presets.tmall_2014(), 100, seed=7, threads=1,
    ...     columns=["revenue"])
    >>> mc.columns
    ['revenue']
    >>> mc.quantiles("revenue").shape
    (36, 4)
    """

    def __init__(self, plan: Plan, arrays: dict[str, np.ndarray], seed: int, *, first_run: int = 0,
                 first_month: int = 1) -> None:
        self.plan = plan
        self.seed = seed
        self.first_run = first_run
        #: The store's month number of the first column (1, or the month after a start state).
        self.first_month = first_month
        self._arrays = arrays

    @classmethod
    def _from_core(cls, plan: Plan, core: _core.MonteCarloResult, seed: int, first_run: int,
                   first_month: int = 1) -> MonteCarlo:
        arrays = {c: getattr(core, c) for c in core.columns}
        arrays["stage"] = core.stage
        arrays["payback_months"] = core.payback_months
        return cls(plan, arrays, seed, first_run=first_run, first_month=first_month)

    def __getattr__(self, name: str) -> Any:
        arrays = self.__dict__.get("_arrays", {})
        if name in arrays and name != "payback_months":
            return arrays[name]
        if name in MONTE_CARLO_COLUMNS:
            raise AttributeError(self._not_kept(name))
        raise AttributeError(name)

    @property
    def columns(self) -> list[str]:
        """The columns the result holds, in :data:`storeops.MONTE_CARLO_COLUMNS` order."""
        return [c for c in MONTE_CARLO_COLUMNS if c in self._arrays]

    def _not_kept(self, name: str) -> str:
        return (f"column '{name}' was not kept: this result holds {', '.join(self.columns)} "
                "(monte_carlo(columns=...))")

    def _column(self, name: str) -> np.ndarray:
        """A column's array; an unknown column, or one not kept, is an error."""
        if name not in MONTE_CARLO_COLUMNS:
            raise _core.Error(f"unknown column '{name}'; columns: {', '.join(MONTE_CARLO_COLUMNS)}")
        if name not in self._arrays:
            raise _core.Error(self._not_kept(name))
        return np.asarray(self._arrays[name])

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_arrays"] = {k: np.array(v) for k, v in self._arrays.items()}  # own the data
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    @classmethod
    def concat(cls, parts: Sequence[MonteCarlo]) -> MonteCarlo:
        """Joins chunks run with the same plan, months and seed and consecutive
        ``first_run``: the result equals one run of all of them."""
        if not parts:
            raise ValueError("concat needs at least one part")
        parts = sorted(parts, key=lambda p: p.first_run)
        expected = parts[0].first_run
        for p in parts:
            if (p.seed != parts[0].seed or p.months != parts[0].months
                    or p.first_month != parts[0].first_month):
                raise ValueError("parts must share seed, months and start")
            if p.columns != parts[0].columns:
                raise ValueError(f"parts must hold the same columns: {', '.join(parts[0].columns)} "
                                 f"against {', '.join(p.columns)}")
            if p.first_run != expected:
                raise ValueError(f"parts leave a gap: expected first_run {expected}, got {p.first_run}")
            expected += p.runs
        arrays = {k: np.concatenate([p._arrays[k] for p in parts]) for k in parts[0]._arrays}
        return cls(parts[0].plan, arrays, parts[0].seed, first_run=parts[0].first_run,
                   first_month=parts[0].first_month)

    @property
    def runs(self) -> int:
        return int(self._arrays["stage"].shape[0])

    @property
    def months(self) -> int:
        return int(self._arrays["stage"].shape[1])

    @property
    def month(self) -> np.ndarray:
        """Month numbers (1-based), broadcast to (runs, months) without a copy."""
        return np.broadcast_to(self._month_numbers(), (self.runs, self.months))

    @property
    def last_month(self) -> int:
        """The store's month number of the last column."""
        return self.first_month + self.months - 1

    def _month_numbers(self) -> np.ndarray:
        return np.arange(self.first_month, self.first_month + self.months)

    @property
    def payback_months(self) -> np.ndarray:
        return self._arrays["payback_months"]

    def quantiles(self, column: str = "revenue", *, q: Sequence[float] = (0.1, 0.5, 0.9)) -> pd.DataFrame:
        """Quantiles of a column per month: rows are months, columns P10, P50, P90, ..."""
        import pandas as pd

        values = _quantiles(self._column(column), q)
        frame = pd.DataFrame(values.T, columns=[f"P{round(x * 100):g}" for x in q])
        frame.insert(0, "month", self._month_numbers())
        return frame

    def to_frame(self, q: Sequence[float] = (0.1, 0.5, 0.9), *, labels: str = "en") -> pd.DataFrame:
        """Every column's quantiles per month in one table (the columns held): rows are months,
        columns ``<column> P10``, ``<column> P50``, ... (``labels="zh"`` names them in
        Chinese)."""
        import pandas as pd

        from storeops.core.labels import label

        frame = pd.DataFrame({"month": self._month_numbers()})
        for column in self.columns:
            values = _quantiles(self._arrays[column], q)
            for x, row in zip(q, values):
                frame[f"{label(column, labels)} P{round(x * 100):g}"] = row
        return frame.rename(columns={"month": label("month", labels)})

    def payback_distribution(self) -> pd.DataFrame:
        """Share of runs paid back by each month (cumulative)."""
        import pandas as pd

        p = self.payback_months
        months = self._month_numbers()
        return pd.DataFrame({"month": months, "paid_back": [(p <= m).mean() for m in months]})

    def stage_probability(self) -> pd.DataFrame:
        """Share of runs that have reached each stage by each month."""
        import pandas as pd

        share = _core._stage_probability(np.ascontiguousarray(self._arrays["stage"], dtype=np.int8))
        frame = pd.DataFrame({s: share[i] for i, s in enumerate(STAGES)})
        frame.insert(0, "month", self._month_numbers())
        return frame

    def summary(self) -> pd.DataFrame:
        """Headline figures: P10/P50/P90 of revenue, operating profit, cash and headcount at
        the last month, of the cash low point, and of the payback month (the rows of columns
        the result holds)."""
        import pandas as pd

        rows = []
        for column in ("revenue", "operating_profit", "cumulative_cash", "headcount"):
            if column not in self._arrays:
                continue
            last = self._arrays[column][:, -1:]
            rows.append([f"{column} (month {self.last_month})", *_quantiles(last, (0.1, 0.5, 0.9))[:, 0]])
        p = self.payback_months
        paid = p[~np.isnan(p)]
        rows.append([f"payback month ({self.payback_share:.0%} of runs pay back)",
                     *(_quantiles(paid[:, None], (0.1, 0.5, 0.9))[:, 0] if paid.size else [np.nan] * 3)])
        if "cumulative_cash" in self._arrays:
            lows = self.cash_low_point[:, None]
            rows.insert(len(rows) - 1, ["cash low point", *_quantiles(lows, (0.1, 0.5, 0.9))[:, 0]])
        return pd.DataFrame(rows, columns=["figure", "P10", "P50", "P90"])

    @property
    def cash_low_point(self) -> np.ndarray:
        """Per run, the lowest cumulative cash over the months held (yuan, to the fen;
        negative when the store is under water)."""
        lows: np.ndarray = self._column("cumulative_cash").min(axis=1)
        return lows

    def capital_required(self, confidence: float = 0.9) -> Money:
        """The least money which, put in at month 1, keeps cumulative cash at or above zero in
        at least ``confidence`` of the runs: the empirical quantile of the low points
        (:attr:`cash_low_point`), exact to the fen. For a :func:`storeops.reforecast` it is the
        capital the store needs in all, the months already reported included."""
        if not (isinstance(confidence, (int, float)) and 0 < confidence < 1):
            hint = (f" (did you mean {confidence / 100:g}?)"
                    if isinstance(confidence, (int, float)) and 1 < confidence < 100 else "")
            raise _core.Error(f"confidence must be in (0, 1), got {confidence!r}{hint}")
        lows = np.sort(np.round(self.cash_low_point * 100).astype(np.int64))
        # runs that must stay above zero: at least ceil(confidence x runs) of them
        needed = int(np.ceil(confidence * self.runs - 1e-9))
        low = int(lows[self.runs - needed])
        return Money.from_fen(max(0, -low))

    @property
    def payback_share(self) -> float:
        """The share of runs that pay back within the months simulated."""
        return float((~np.isnan(self.payback_months)).mean())

    def plot(self, kind: str = "fan", *, column: str = "revenue", ax: Any = None,
             labels: str = "en") -> Any:
        """Plots: ``"fan"`` (P10–P90 band and median of a column), ``"payback"``
        (share paid back by month), ``"stages"`` (probability of each stage by month),
        ``"cash"`` (the cash paths' fan beside their low points and the capital needed for 90%
        confidence; ``ax``: None or two axes)."""
        from storeops.outputs import plots

        if kind == "cash":
            return plots.plot_cash_low_points(self, ax, labels=labels)
        return plots.plot_monte_carlo(self, kind, column=column, ax=ax, labels=labels)

    def __repr__(self) -> str:
        return f"MonteCarlo({self.plan.name!r}, {self.runs} runs x {self.months} months, seed {self.seed})"


def _progress_bar(stream: Any = None) -> Callable[[int, int], None]:
    """On a terminal, one line redrawn as runs finish; in a log or a pipe, the final line only."""
    out = stream if stream is not None else sys.stderr
    live = bool(getattr(out, "isatty", lambda: False)())

    def show(done: int, total: int) -> None:
        if not live and done < total:
            return
        width = 30
        filled = width * done // max(total, 1)
        bar = f"  [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} runs"
        out.write(("\r" if live else "") + bar + ("\n" if done >= total else ""))
        out.flush()

    return show


def monte_carlo(
    plan: Plan,
    runs: int = DEFAULT_RUNS,
    *,
    months: int = 36,
    seed: int = 0,
    threads: int = 0,
    progress: bool | Callable[[int, int], None] = False,
    first_run: int = 0,
    start: StoreState | None = None,
    client: Any = None,
    chunk_runs: int | None = None,
    block_size: int = DEFAULT_BLOCK_SIZE,
    columns: Sequence[str] | None = None,
) -> MonteCarlo:
    """Samples ``runs`` futures of the plan's uncertain inputs and simulates each.

    Parameters
    ----------
    plan : Plan
        The plan whose uncertain inputs are sampled.
    runs : int
        Futures to sample, 1..100,000,000 (default :data:`DEFAULT_RUNS`); the one option that
        may also be given by position, ``monte_carlo(plan, 1000)``. Every other is a keyword.
    months : int
        Months of each future, 1..1200 (default 36).
    seed : int
        0..2**64 - 1. Results depend only on the seed, never on ``threads``.
    threads : int
        Threads to use; 0 (the default) uses every core. The work runs in C++ with the GIL
        released.
    progress : bool or callable
        True draws a progress bar on stderr (on a terminal it redraws one line; in a log it
        prints the final line only); a callable receives (runs done, runs).
    first_run : int
        Numbers the runs from there: chunks with first_run 0, n, 2n, ... of one seed
        concatenate (:meth:`MonteCarlo.concat`) to exactly the single run of all of them, e.g.
        across processes.
    start : StoreState, optional
        Every run goes on from this state for ``months`` more months (see :func:`simulate`).
    client : dask.distributed.Client, optional
        Runs the futures on the cluster in chunks of runs (numbered by ``first_run``) and joins
        them: the result is identical, array for array, to the local one for the same seed.
        ``threads`` then applies on each worker. Needs ``pip install 'storeops[dask]'``.
    chunk_runs : int, optional
        Runs per chunk on the cluster; by default about four chunks per worker, at least 1,000
        runs each.
    block_size : int
        Runs a thread takes at a time, 1..4096 (default :data:`DEFAULT_BLOCK_SIZE`), simulated
        side by side month by month, at most 128 at once: a matter of speed only; the arrays are
        the same for every block size.
    columns : sequence of str, optional
        The columns to keep, names from :data:`storeops.MONTE_CARLO_COLUMNS`; by default all of
        them. Every run is simulated in full either way; a column not kept is never written, so
        ``columns=["cumulative_cash"]`` takes a twelfth of the memory (a million runs x 36
        months: 288 MB instead of 3.5 GB) and less time, with the same values as a full result.
        ``stage`` and ``payback_months`` are always kept.

    Returns
    -------
    MonteCarlo
        Arrays shaped (runs, months) for each of :data:`storeops.MONTE_CARLO_COLUMNS`.

    Raises
    ------
    storeops.Error
        ``runs``, ``months``, ``seed`` or ``threads`` out of range (naming it and
        its value), ``chunk_runs`` without ``client``, or a plan that breaks a rule.
    TypeError
        ``start`` not a storeops.StoreState (storeops.WrongTypeError).

    Examples
    --------
    >>> import storeops
    >>> mc = storeops.monte_carlo(storeops.presets.tmall_2014(), runs=200, seed=1, threads=1)
    >>> mc.cumulative_cash.shape
    (200, 36)
    >>> mc.columns[:3]
    ['visitors', 'orders', 'orders_per_day']
    """
    _check_plan(plan, "monte_carlo")
    _check_seed(seed)
    _check_seed(first_run, "first_run")
    callback = _progress_bar() if progress is True else (progress or None)
    if start is not None and not isinstance(start, StoreState):
        raise _core.WrongTypeError(f"monte_carlo(): start must be a storeops.StoreState, got "
                                   f"{start!r} ({type(start).__name__})")
    kept = _check_columns(columns)
    if client is not None:
        from storeops.simulation import cluster

        return cluster.monte_carlo_on(cluster.check_client(client, "monte_carlo"), plan, runs,
                                      run=monte_carlo, join=MonteCarlo.concat,
                                      months=months, seed=seed, threads=threads,
                                      first_run=first_run, start=start, chunk_runs=chunk_runs,
                                      block_size=block_size, columns=columns)
    if chunk_runs is not None:
        raise _core.Error("chunk_runs applies to a run on a cluster: give client= as well")
    core = _core._monte_carlo(plan, runs, months, seed, threads, callback, first_run, start,
                              block_size, kept)
    return MonteCarlo._from_core(plan, core, seed, first_run,
                                 1 if start is None else start.month + 1)


def _check_columns(columns: Sequence[str] | None) -> list[str]:
    """monte_carlo's ``columns``: None (all), or a non-empty sequence of known names."""
    if columns is None:
        return []
    # read once, so that a generator is not used up by the check
    names = list(columns) if isinstance(columns, Iterable) and not isinstance(columns, str) else None
    if names is None or not all(isinstance(c, str) for c in names):
        raise _core.Error(f"columns must be a list of column names such as ['cumulative_cash'], "
                          f"got {columns!r}")
    if not names:
        raise _core.Error("columns must name at least one column (None keeps them all)")
    for name in names:
        if name not in MONTE_CARLO_COLUMNS:
            raise _core.Error(f"unknown column '{name}' in columns; columns: "
                              f"{', '.join(MONTE_CARLO_COLUMNS)}")
    return names


def sensitivity(plan: Plan, *, months: int = 36, metric: str = "cumulative_cash") -> pd.DataFrame:
    """One-at-a-time swings (a tornado table): each uncertain input at its P10 and P90 with
    every other at the plan's value.

    Parameters
    ----------
    plan : Plan
        The plan whose uncertain inputs are swung.
    months : int
        Months to simulate (default 36).
    metric : str
        ``"cumulative_cash"`` at the last month (default), ``"operating_profit"`` or
        ``"revenue"`` summed, or ``"payback_month"`` (NaN when it never pays back).

    Returns
    -------
    pandas.DataFrame
        Columns ``input``, ``low_value``, ``high_value``, ``low_result``, ``high_result`` and
        ``swing``, sorted by swing, widest first.

    Raises
    ------
    storeops.Error
        ``months`` outside 1 to 1200, or an unknown ``metric``.

    Examples
    --------
    >>> import storeops
    >>> table = storeops.sensitivity(storeops.presets.tmall_2014())
    >>> list(table.columns)[:3]
    ['input', 'low_value', 'high_value']
    """
    import pandas as pd

    _check_plan(plan, "sensitivity")
    rows = [
        {"input": s.input, "low_value": s.low_value, "high_value": s.high_value,
         "low_result": s.low_result, "high_result": s.high_result,
         "swing": abs(s.high_result - s.low_result)}
        for s in _core._sensitivity(plan, months, metric)
    ]
    return pd.DataFrame(rows, columns=["input", "low_value", "high_value", "low_result",
                                       "high_result", "swing"])


__all__ = ["DEFAULT_RUNS", "MAIN_COLUMNS", "MonteCarlo", "Simulation", "monte_carlo", "sensitivity", "simulate"]


def sobol(plan: Plan, *, runs: int = 4096, months: int = 36, seed: int = 0,
          output: str = "cumulative_cash", threads: int = 0) -> pd.DataFrame:
    """How much of the spread of an outcome each uncertain input explains (Sobol indices).

    Unlike the tornado table (:func:`sensitivity`), which moves one input at a time from the
    plan's values, Sobol indices vary every input at once over its whole distribution and
    split the outcome's variance: ``S1`` is the share an input explains on its own, ``ST`` the
    share it takes part in, interactions included; ``ST`` near 0 means the input can be fixed
    at any value without changing the spread, so research goes first to the highest ``ST``.

    Parameters
    ----------
    plan : Plan
        The plan whose uncertain inputs (:data:`storeops.UNCERTAIN_INPUTS`) are varied,
        independently (correlations and month-to-month noise are left out).
    runs : int
        Base samples N of Saltelli's scheme; the model runs N x (9 + 2) times (default 4,096).
    months : int
        Months of each run (default 36).
    seed : int
        The same seed gives the same indices, whatever ``threads``.
    output : str
        ``"cumulative_cash"`` at the last month (default), ``"revenue"`` summed, or
        ``"payback_month"`` (a run that never pays back counts as months + 1).
    threads : int
        0 (the default) uses every core; the work runs in C++ with the GIL released.

    Returns
    -------
    pandas.DataFrame
        Indexed by input name, columns ``S1``, ``S1_conf``, ``ST``, ``ST_conf`` (half-widths of
        95% bootstrap intervals, 100 resamples), by Saltelli (2010) for S1 and Jansen for ST,
        as SALib computes them. ``.plot()`` draws them as bars. An input the plan holds fixed
        (``distribution == "fixed"``) is left out and listed in ``attrs["fixed"]``.
        ``attrs["outputs"]`` holds the model outputs, N x 11: f(A), f(AB_1) ... f(AB_9), f(B).

    Raises
    ------
    storeops.Error
        ``runs``, ``months`` or ``threads`` out of range, or an unknown ``output``.

    Examples
    --------
    >>> import storeops
    >>> indices = storeops.sobol(storeops.presets.tmall_2014(), runs=64, seed=1, threads=1)
    >>> list(indices.columns)
    ['S1', 'S1_conf', 'ST', 'ST_conf']
    """
    _check_plan(plan, "sobol")
    _check_seed(seed)
    names, s1, s1_conf, st, st_conf, outputs = _core._sobol(plan, runs, months, seed, output, threads)
    from storeops.simulation.results import SobolIndices

    frame = SobolIndices({"S1": s1, "S1_conf": s1_conf, "ST": st, "ST_conf": st_conf},
                         index=list(names))
    frame.index.name = "input"
    # an input the plan fixes explains nothing by construction: left out, and named
    fixed = [n for n in names if getattr(plan.market, n).distribution == "fixed"]
    frame = frame.drop(index=fixed)
    frame.attrs["output"] = output
    frame.attrs["outputs"] = np.asarray(outputs)
    frame.attrs["fixed"] = fixed
    result: pd.DataFrame = frame
    return result
