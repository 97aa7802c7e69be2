"""matplotlib pictures of simulation results (revenue fan chart, cash curve, headcount steps,
payback and stage probabilities). Imported only when a plot is asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ._core import DEPARTMENTS, STAGES
from .labels import label

if TYPE_CHECKING:
    from .simulation import MonteCarlo, Simulation


def _axes(ax: Any) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=(8, 4.5))
    return ax


def _yuan(ax: Any) -> None:
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"¥{v:,.0f}"))


def plot_simulation(sim: Simulation, kind: str, ax: Any = None, *, labels: str = "en") -> Any:
    if kind not in ("overview", "cash", "headcount"):
        raise ValueError(f"kind must be 'overview', 'cash' or 'headcount', got {kind!r}")
    ax = _axes(ax)
    month = sim.column("month")
    if kind == "overview":
        ax.plot(month, sim.column("revenue"), label=label("revenue", labels), color="#4c72b0")
        ax.plot(month, sim.column("operating_profit"), label=label("operating_profit", labels),
                color="#55a868")
        ax.axhline(0, color="grey", lw=0.8)
        _yuan(ax)
        ax.set_title(f"{sim.plan.name}: revenue and operating profit by month")
    elif kind == "cash":
        cash = sim.column("cumulative_cash")
        ax.plot(month, cash, color="#c44e52", label=label("cumulative_cash", labels))
        ax.fill_between(month, cash, 0, where=cash < 0, color="#c44e52", alpha=0.15)
        ax.axhline(0, color="grey", lw=0.8)
        if sim.payback_month:
            ax.axvline(sim.payback_month, color="black", ls="--", lw=1)
            ax.annotate(f"payback month {sim.payback_month}", (sim.payback_month, cash.min()),
                        xytext=(5, 5), textcoords="offset points")
        _yuan(ax)
        ax.set_title(f"{sim.plan.name}: cumulative cash (investment and deposits included)")
    else:
        bottom = np.zeros_like(month, dtype=float)
        for dept in DEPARTMENTS:
            counts = sim.column(f"headcount_{dept}")
            if counts.any():
                ax.bar(month, counts, bottom=bottom, label=dept, width=0.9)
                bottom += counts
        ax.set_ylabel(label("headcount", labels))
        ax.set_title(f"{sim.plan.name}: staff by department (hiring lag, no shrink)")
    ax.set_xlabel(label("month", labels))
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", fontsize=8)
    return ax


def plot_monte_carlo(mc: MonteCarlo, kind: str, *, column: str = "revenue", ax: Any = None,
                     labels: str = "en") -> Any:
    if kind not in ("fan", "payback", "stages"):
        raise ValueError(f"kind must be 'fan', 'payback' or 'stages', got {kind!r}")
    ax = _axes(ax)
    month = np.arange(1, mc.months + 1)
    if kind == "fan":
        q = mc.quantiles(column, (0.1, 0.25, 0.5, 0.75, 0.9))
        ax.fill_between(month, q["P10"], q["P90"], color="#4c72b0", alpha=0.2, label="P10–P90")
        ax.fill_between(month, q["P25"], q["P75"], color="#4c72b0", alpha=0.35, label="P25–P75")
        ax.plot(month, q["P50"], color="#4c72b0", label="median")
        if column not in ("visitors", "orders", "orders_per_day", "headcount"):
            _yuan(ax)
        ax.set_ylabel(label(column, labels))
        ax.set_title(f"{mc.plan.name}: {column} over {mc.runs:,} sampled futures")
    elif kind == "payback":
        d = mc.payback_distribution()
        ax.step(d["month"], d["paid_back"], where="post", color="#55a868")
        ax.set_ylim(0, 1)
        ax.set_ylabel("share of futures paid back")
        ax.set_title(f"{mc.plan.name}: payback month over {mc.runs:,} futures")
    else:
        p = mc.stage_probability()
        for stage in STAGES[1:]:
            ax.plot(p["month"], p[stage], label=stage)
        ax.set_ylim(0, 1.02)
        ax.set_ylabel("share of futures that reached the stage")
        ax.set_title(f"{mc.plan.name}: reaching each stage")
    ax.set_xlabel(label("month", labels))
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", fontsize=8)
    return ax


def plot_tornado(table: Any, ax: Any = None, *, metric: str = "cumulative cash at the last month") -> Any:
    """A tornado chart of :func:`storeops.sensitivity`: each input's swing around the middle,
    widest at the top."""
    from matplotlib.ticker import FuncFormatter

    ax = _axes(ax)
    rows = table.iloc[::-1]
    base = (rows["low_result"] + rows["high_result"]) / 2
    ax.barh(rows["input"], rows["high_result"] - base, left=base, color="#55a868", label="input at P90")
    ax.barh(rows["input"], rows["low_result"] - base, left=base, color="#c44e52", label="input at P10")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"¥{v:,.0f}"))
    ax.set_title(f"{metric}: one-at-a-time swings")
    ax.legend(fontsize=8)
    return ax


def save_figures(out: Any, figures: list) -> list:
    """Draws each ``(file name, draw(ax))`` on its own figure and saves it as PNG in the folder
    ``out``; returns the paths written (none when matplotlib is missing)."""
    import pathlib

    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:  # the library runs without matplotlib; `make demo` installs it
        return []
    folder = pathlib.Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, draw in figures:
        fig, ax = plt.subplots(figsize=(8, 4.5))
        draw(ax)
        fig.tight_layout()
        fig.savefig(folder / name, dpi=110)
        plt.close(fig)
        written.append(folder / name)
    return written


__all__ = ["plot_monte_carlo", "plot_simulation", "plot_tornado", "save_figures"]
