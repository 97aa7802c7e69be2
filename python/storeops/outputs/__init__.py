"""What the library writes: plots, and tables as text, CSV and Excel. It knows how to draw and lay out, not what a model is: the areas above pass their results in.

The tables' writer (``storeops.outputs.tables``: text, CSV, Excel) is imported where a
command writes one, so that ``import storeops`` does not import it.
"""

from __future__ import annotations

from storeops.outputs import plots
from storeops.outputs.plots import (
    axes,
    chinese_font,
    finish,
    finish_by_month,
    plot_cash_low_points,
    plot_monte_carlo,
    plot_simulation,
    plot_sobol,
    plot_sweep,
    plot_tornado,
    pyplot,
    save_figures,
    text,
    yuan_axis,
)

__all__ = [
    "axes",
    "chinese_font",
    "finish",
    "finish_by_month",
    "plot_cash_low_points",
    "plot_monte_carlo",
    "plot_simulation",
    "plot_sobol",
    "plot_sweep",
    "plot_tornado",
    "plots",
    "pyplot",
    "save_figures",
    "text",
    "yuan_axis",
]
