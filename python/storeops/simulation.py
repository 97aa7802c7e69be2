"""Run a plan forward: one future (:func:`simulate`) or many (:func:`monte_carlo`).

Money columns are yuan, rounded to the fen; counts of visitors and orders are expectations.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Callable, Sequence

import numpy as np

from . import _core
from ._core import MONTE_CARLO_COLUMNS, STAGES, Headcount, Plan

if TYPE_CHECKING:
    import pandas as pd

#: The columns of ``Simulation.to_frame()`` that DOMAIN.md §8 names, in order.
MAIN_COLUMNS = (
    "month", "stage", "visitors", "orders", "orders_per_day", "revenue", "headcount", "payroll",
    "promotion_spend", "platform_fees", "gross_profit", "operating_profit", "cash_flow",
    "cumulative_cash",
)


class Simulation:
    """One simulated future of a plan, month by month.

    ``to_frame()`` gives one row per month; ``payback_month`` the first month (1-based) whose
    summed operating profit covers the plan's investment (None if not within the run);
    ``stage_start`` the first month of each stage.
    """

    def __init__(self, plan: Plan, core: _core.SimulationResult) -> None:
        self.plan = plan
        self._core = core
        self._columns: dict[str, Any] = core.columns()

    @property
    def months(self) -> int:
        return len(self._core)

    @property
    def payback_month(self) -> int | None:
        return self._core.payback_month

    @property
    def stage_start(self) -> dict[str, int | None]:
        return self._core.stage_start

    def staff(self, month: int) -> Headcount:
        """The staff employed in a month (1-based)."""
        return self._core.staff(month)

    def month_figures(self, month: int) -> dict[str, Any]:
        """The exact figures behind a month's payroll (Money and review counts)."""
        return self._core.month_figures(month)

    def column(self, name: str) -> np.ndarray:
        """One monthly column as a NumPy array (money in yuan)."""
        if name not in self._columns:
            raise KeyError(f"unknown column {name!r}; columns: {', '.join(self._columns)}")
        return np.asarray(self._columns[name])

    def to_frame(self, *, columns: str = "main", labels: str = "en") -> pd.DataFrame:
        """One row per month. ``columns="main"`` gives the columns of DOMAIN.md §8,
        ``"all"`` adds traffic by channel, inquiries, refunds, spend by channel, reviews,
        credit points and headcount by department. ``labels="zh"`` names columns in Chinese."""
        import pandas as pd

        from .labels import rename

        if columns not in ("main", "all"):
            raise ValueError(f"columns must be 'main' or 'all', got {columns!r}")
        names = MAIN_COLUMNS if columns == "main" else tuple(self._columns)
        frame = pd.DataFrame({n: self._columns[n] for n in names})
        frame["month"] = frame["month"].astype(int)
        frame["headcount"] = frame["headcount"].astype(int)
        return rename(frame, labels)

    def plot(self, kind: str = "overview", ax: Any = None, *, labels: str = "en") -> Any:
        """Plots: ``"overview"`` (revenue and operating profit), ``"cash"`` (cumulative cash
        and payback), ``"headcount"`` (staff steps by department)."""
        from . import plots

        return plots.plot_simulation(self, kind, ax=ax, labels=labels)

    def __repr__(self) -> str:
        return f"Simulation({self.plan.name!r}, {self.months} months, payback month {self.payback_month})"


def simulate(plan: Plan, months: int = 36, seed: int | None = None) -> Simulation:
    """Runs the plan forward month by month.

    Parameters
    ----------
    plan : Plan
        e.g. ``storeops.presets.tmall_2014()``.
    months : int
        Months to simulate, 1..1200 (default 36).
    seed : int, optional
        None uses the plan's own values; a seed draws one sampled future of its uncertain
        inputs (the same draw as run 0 of ``monte_carlo`` with that seed).
    """
    return Simulation(plan, _core._simulate(plan, months, seed))


class MonteCarlo:
    """Many sampled futures of a plan.

    Each column of :data:`storeops.MONTE_CARLO_COLUMNS` is an attribute holding an array
    shaped (runs, months) — a read-only view, not a copy. ``payback_months`` has one entry
    per run (NaN: not within the months simulated); ``stage`` the stage index per month.
    """

    def __init__(self, plan: Plan, core: _core.MonteCarloResult, seed: int) -> None:
        self.plan = plan
        self.seed = seed
        self._core = core

    def __getattr__(self, name: str) -> Any:
        if name in MONTE_CARLO_COLUMNS or name == "stage":
            return getattr(self._core, name)
        raise AttributeError(name)

    @property
    def runs(self) -> int:
        return int(self._core.revenue.shape[0])

    @property
    def months(self) -> int:
        return int(self._core.revenue.shape[1])

    @property
    def month(self) -> np.ndarray:
        """Month numbers (1-based), broadcast to (runs, months) without a copy."""
        return np.broadcast_to(np.arange(1, self.months + 1), (self.runs, self.months))

    @property
    def payback_months(self) -> np.ndarray:
        return self._core.payback_months

    def quantiles(self, column: str = "revenue", q: Sequence[float] = (0.1, 0.5, 0.9)) -> pd.DataFrame:
        """Quantiles of a column per month: rows are months, columns P10, P50, P90, ..."""
        import pandas as pd

        values = self._core.quantiles(column, list(q))
        frame = pd.DataFrame(values.T, columns=[f"P{round(x * 100):g}" for x in q])
        frame.insert(0, "month", np.arange(1, self.months + 1))
        return frame

    def payback_distribution(self) -> pd.DataFrame:
        """Share of runs paid back by each month (cumulative), and never within the run."""
        import pandas as pd

        p = self.payback_months
        months = np.arange(1, self.months + 1)
        share = [(p <= m).mean() for m in months]
        return pd.DataFrame({"month": months, "paid_back": share})

    def stage_probability(self) -> pd.DataFrame:
        """Share of runs that have reached each stage by each month."""
        import pandas as pd

        values = self._core.stage_probability()
        frame = pd.DataFrame(values.T, columns=list(STAGES))
        frame.insert(0, "month", np.arange(1, self.months + 1))
        return frame

    def summary(self) -> pd.DataFrame:
        """Headline figures: P10/P50/P90 of revenue, operating profit and cash at the last
        month, and of the payback month."""
        import pandas as pd

        rows = []
        for column in ("revenue", "operating_profit", "cumulative_cash", "headcount"):
            last = getattr(self._core, column)[:, -1]
            rows.append([f"{column} (month {self.months})", *np.quantile(last, [0.1, 0.5, 0.9])])
        p = self.payback_months
        paid = p[~np.isnan(p)]
        rows.append(["payback month (runs that pay back)",
                     *(np.quantile(paid, [0.1, 0.5, 0.9]) if paid.size else [np.nan] * 3)])
        rows.append(["share of runs that pay back", float((~np.isnan(p)).mean()), np.nan, np.nan])
        return pd.DataFrame(rows, columns=["figure", "P10", "P50", "P90"])

    def plot(self, kind: str = "fan", column: str = "revenue", ax: Any = None, *,
             labels: str = "en") -> Any:
        """Plots: ``"fan"`` (P10–P90 band and median of a column), ``"payback"``
        (share paid back by month), ``"stages"`` (probability of each stage by month)."""
        from . import plots

        return plots.plot_monte_carlo(self, kind, column=column, ax=ax, labels=labels)

    def __repr__(self) -> str:
        return f"MonteCarlo({self.plan.name!r}, {self.runs} runs x {self.months} months, seed {self.seed})"


def _progress_bar(stream: Any = None) -> Callable[[int, int], None]:
    out = stream if stream is not None else sys.stderr

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        out.write(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} runs")
        if done >= total:
            out.write("\n")
        out.flush()

    return show


def monte_carlo(
    plan: Plan,
    runs: int,
    months: int = 36,
    seed: int = 0,
    threads: int = 0,
    *,
    progress: bool | Callable[[int, int], None] = False,
) -> MonteCarlo:
    """Samples ``runs`` futures of the plan's uncertain inputs and simulates each.

    Results depend only on ``seed``, never on ``threads`` (0: every core). The work runs in
    C++ with the GIL released. ``progress=True`` draws a progress bar on stderr; a callable
    receives (runs done, runs).
    """
    callback = _progress_bar() if progress is True else (progress or None)
    if seed < 0:
        raise _core.Error(f"seed must be >= 0, got {seed}")
    return MonteCarlo(plan, _core._monte_carlo(plan, runs, months, seed, threads, callback), seed)


def sensitivity(plan: Plan, months: int = 36, metric: str = "cumulative_cash") -> pd.DataFrame:
    """One-at-a-time swings (a tornado table): each uncertain input at its P10 and P90 with
    every other at the plan's value, and the metric each gives — ``"cumulative_cash"`` at the
    last month, ``"operating_profit"`` or ``"revenue"`` summed, or ``"payback_month"``.
    Rows are sorted by swing, widest first."""
    import pandas as pd

    rows = [
        {"input": s.input, "low_value": s.low_value, "high_value": s.high_value,
         "low_result": s.low_result, "high_result": s.high_result,
         "swing": abs(s.high_result - s.low_result)}
        for s in _core._sensitivity(plan, months, metric)
    ]
    return pd.DataFrame(rows, columns=["input", "low_value", "high_value", "low_result",
                                       "high_result", "swing"])


__all__ = ["MAIN_COLUMNS", "MonteCarlo", "Simulation", "monte_carlo", "sensitivity", "simulate"]
