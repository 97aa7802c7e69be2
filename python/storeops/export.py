"""Tables written for people: CSV and Excel files with money to the fen and counts whole.

Inside, money is exact and the visitor and order counts of a simulation are expectations
(fractions of a visitor). A report rounds each column by what it holds: money to the fen,
whole counts (staff, reviews, months) as integers, and expected visitors and orders to whole
numbers (an expectation of 11,676.92 visitors is written 11,677). Rates and shares are kept
as they are. Chinese reports (``labels="zh"``) carry a UTF-8 byte-order mark so that Excel
opens them in the right encoding.
"""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING, Mapping

from .labels import label, rename

if TYPE_CHECKING:
    import pandas as pd

#: Columns that hold yuan: written to the fen.
MONEY = frozenset({
    "revenue", "refunds", "net_sales", "payroll", "promotion_spend", "search_spend",
    "display_spend", "affiliate_spend", "platform_fees", "gross_profit", "operating_profit",
    "deposits_and_purchases", "cash_flow", "cumulative_cash", "inquiry_revenue", "silent_revenue",
    "low_result", "high_result", "swing", "amount", "base", "commission", "bonus", "total",
})
#: Columns that count whole things: written as integers.
COUNTS = frozenset({"month", "headcount", "neutral_reviews", "negative_reviews", "credit_points"})
#: Expected numbers of visitors and orders: written rounded to whole numbers.
EXPECTED_COUNTS = frozenset({
    "visitors", "organic", "search", "display", "affiliate", "returning", "inquiries", "orders",
    "silent_orders",
})


def _base(column: str) -> str:
    """'revenue P10' → 'revenue': a percentile column holds what its column holds."""
    base, _, suffix = column.rpartition(" ")
    return base if base and suffix[:1] == "P" else column


def tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of an English-labelled frame rounded for a report (see the module's doc)."""
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


def write_tables(folder: pathlib.Path, stem: str, sheets: Mapping[str, pd.DataFrame], *,
                 labels: str = "en") -> list[pathlib.Path]:
    """Writes the first sheet as ``<stem>.csv`` and every sheet to ``<stem>.xlsx`` (when
    openpyxl is installed), tidied and labelled; returns the paths written."""
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    ready = {label(name, labels): rename(tidy(frame), labels) for name, frame in sheets.items()}
    csv = folder / f"{stem}.csv"
    next(iter(ready.values())).to_csv(csv, index=False,
                                      encoding="utf-8-sig" if labels == "zh" else "utf-8")
    written = [csv]
    try:
        import openpyxl  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        return written
    xlsx = folder / f"{stem}.xlsx"
    with pd.ExcelWriter(xlsx) as writer:
        for name, frame in ready.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
    written.append(xlsx)
    return written


__all__ = ["COUNTS", "EXPECTED_COUNTS", "MONEY", "tidy", "write_tables"]
