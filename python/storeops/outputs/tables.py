"""Tables written for people: CSV and Excel files with money to the fen and counts whole.

Inside, money is exact and the visitor and order counts of a simulation are expectations
(fractions of a visitor). A report rounds each column by what it holds: money to the fen,
whole counts (staff, reviews, months) as integers, and expected visitors and orders to whole
numbers (an expectation of 11,676.92 visitors is written 11,677). Rates and shares are kept
as they are. A table of headline figures (a ``figure`` column beside P10/P50/P90 or
``value``) is rounded row by row by what each figure holds. Every CSV file carries a UTF-8
byte-order mark, so that Excel and WPS open Chinese text in the right encoding.
"""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING, Mapping

from storeops.core.labels import label, rename

if TYPE_CHECKING:
    import pandas as pd

#: Columns that hold yuan: written to the fen.
MONEY = frozenset({
    "revenue", "refunds", "net_sales", "payroll", "promotion_spend", "search_spend",
    "display_spend", "affiliate_spend", "platform_fees", "gross_profit", "operating_profit",
    "deposits_and_purchases", "cash_flow", "cumulative_cash", "inquiry_revenue", "silent_revenue",
    "campaign_revenue",
    "low_result", "high_result", "swing", "amount", "base", "commission", "bonus", "total",
    "plan_revenue", "actual_revenue", "revenue_variance", "traffic_effect", "conversion_effect",
    "aov_effect", "sales", "capital", "cost", "order_cost", "stock_value", "shift_cost",
})
#: Columns that count whole things: written as integers.
COUNTS = frozenset({"month", "headcount", "neutral_reviews", "negative_reviews", "credit_points",
                    "days_observed", "actual_visitors", "actual_buyers", "runs"})
#: Expected numbers of visitors and orders: written rounded to whole numbers.
EXPECTED_COUNTS = frozenset({
    "visitors", "organic", "search", "display", "affiliate", "returning", "inquiries", "orders",
    "silent_orders", "plan_visitors", "plan_orders",
})


def _base(column: str) -> str:
    """'revenue P10' → 'revenue': a percentile column holds what its column holds."""
    base, _, suffix = column.rpartition(" ")
    return base if base and suffix[:1] == "P" else column


#: Headline figures (the ``figure`` column of a summary) that count whole things.
WHOLE_FIGURES = ("headcount", "payback month", "runs", "months")


def _round_figures(frame: pd.DataFrame) -> pd.DataFrame:
    """A summary's values row by row: money to the fen, whole counts as integers, shares as
    they are (a figure named "... share" or "confidence")."""
    import pandas as pd

    out = frame.copy()
    values = [c for c in out.columns if c != "figure"]
    rows = []
    for figure, row in zip(out["figure"], out[values].itertuples(index=False)):
        name = str(figure)
        cells: list[object] = []
        for v in row:
            if not isinstance(v, (int, float)) or pd.isna(v):
                cells.append(v)
            elif name.startswith(WHOLE_FIGURES):
                cells.append(int(round(v)) if float(v).is_integer() else round(float(v), 1))
            elif "share" in name or "confidence" in name:
                cells.append(float(v))
            else:
                cells.append(round(float(v), 2))
        rows.append(cells)
    rounded = pd.DataFrame(rows, columns=values, index=out.index, dtype=object)
    return pd.concat([out[["figure"]], rounded], axis=1)[list(frame.columns)]


def tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of an English-labelled frame rounded for a report (see the module's doc)."""
    if "figure" in frame.columns:
        return _round_figures(frame)
    out = frame.copy()
    for column in out.columns:
        base = _base(str(column))
        if out[column].dtype.kind not in "fi":
            continue
        if base in MONEY:
            out[column] = out[column].round(2)
        elif base in COUNTS or base.startswith("headcount_") or base in EXPECTED_COUNTS:
            if out[column].notna().all():
                out[column] = out[column].round().astype("int64")
        elif base == "orders_per_day":
            out[column] = out[column].round(2)
    return out


def _cell(value: object, float_format: str, na_rep: str) -> str:
    """One cell of a column of mixed values (a summary's): whole numbers grouped by thousands,
    other numbers in the table's float format."""
    import pandas as pd

    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return na_rep if value is None or value is pd.NaT or value is pd.NA else str(value)
    if isinstance(value, float) and value != value:  # NaN
        return na_rep
    return f"{value:,}" if isinstance(value, int) else float_format.format(value)


def as_text(frame: pd.DataFrame, *, float_format: str = "{:,.2f}", na_rep: str = "—",
          index: bool = False) -> str:
    """A table as the terminal shows it, one number format a column: whole numbers grouped by
    thousands (11,677, never 11677 beside 11,676.92), other numbers in ``float_format``, a
    missing value as ``na_rep``."""
    formatters: dict[object, object] = {}
    for column in frame.columns:
        kind = frame[column].dtype.kind
        if kind in "iu":
            formatters[column] = "{:,}".format
        elif kind == "O":
            formatters[column] = lambda v, f=float_format: _cell(v, f, na_rep)
    return frame.to_string(na_rep=na_rep, index=index, float_format=float_format.format,
                           formatters=formatters)  # type: ignore[arg-type]


def slug(name: str) -> str:
    """A sheet's name as part of a file name: 'cs roster' → 'cs-roster'."""
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def table_files(stem: str, sheets: list[str]) -> list[str]:
    """The file names write_tables writes for these sheets: ``<stem>.csv`` for the first sheet,
    ``<stem>-<sheet>.csv`` for each other, and ``<stem>.xlsx`` with them all."""
    return ([f"{stem}.csv"] + [f"{stem}-{slug(name)}.csv" for name in sheets[1:]] +
            [f"{stem}.xlsx"])


def write_tables(folder: pathlib.Path, stem: str, sheets: Mapping[str, pd.DataFrame], *,
                 labels: str = "en") -> list[pathlib.Path]:
    """Writes every sheet as CSV (UTF-8 with a byte-order mark; names from
    :func:`table_files`) and all of them to ``<stem>.xlsx`` (when openpyxl is installed),
    tidied and labelled; returns the paths written."""
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    ready = {name: rename(tidy(frame), labels) for name, frame in sheets.items()}
    names = table_files(stem, list(ready))
    written = []
    for file, frame in zip(names, ready.values()):
        frame.to_csv(folder / file, index=False, encoding="utf-8-sig")
        written.append(folder / file)
    try:
        import openpyxl  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        return written
    xlsx = folder / names[-1]
    with pd.ExcelWriter(xlsx) as writer:
        for name, frame in ready.items():
            frame.to_excel(writer, sheet_name=label(name, labels)[:31], index=False)
    written.append(xlsx)
    return written


__all__ = ["COUNTS", "EXPECTED_COUNTS", "MONEY", "WHOLE_FIGURES", "as_text", "slug", "table_files",
           "tidy", "write_tables"]
