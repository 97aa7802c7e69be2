"""What the library writes: plots, and tables as text, CSV and Excel. It knows how to draw and lay out, not what a model is: the areas above pass their results in."""

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
from storeops.outputs import tables
from storeops.outputs.tables import (
    COUNTS,
    EXPECTED_COUNTS,
    MONEY,
    WHOLE_FIGURES,
    as_text,
    slug,
    table_files,
    tidy,
    write_tables,
)

__all__ = [
    "COUNTS",
    "EXPECTED_COUNTS",
    "MONEY",
    "WHOLE_FIGURES",
    "as_text",
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
    "slug",
    "table_files",
    "tables",
    "text",
    "tidy",
    "write_tables",
    "yuan_axis",
]
