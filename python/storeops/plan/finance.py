"""Money in and out as tables: a P&L a notebook can show (docs/model.md §5)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

from storeops._core import MonthStatement, Plan, month_statement, payback_month

if TYPE_CHECKING:
    import pandas as pd

#: P&L lines in statement order (money, yuan).
PNL_LINES = (
    "revenue",
    "refunds",
    "net_sales",
    "cost_of_goods",
    "gross_profit",
    "platform_commission",
    "annual_fee",
    "promotion_spend",
    "payroll",
    "shipping_packaging",
    "tax",
    "other",
    "operating_profit",
    "deposits",
    "one_off_purchases",
    "cash_flow",
)


def statement_frame(statements: Iterable[MonthStatement]) -> pd.DataFrame:
    """One row per month (1-based), a column per P&L line in yuan, promotion by channel as
    ``promotion:<channel>`` columns, and ``cumulative_cash``."""
    import pandas as pd

    rows = []
    for month, s in enumerate(statements, start=1):
        row: dict[str, Any] = {"month": month}
        for name in PNL_LINES:
            row[name] = getattr(s, name).yuan
        for channel, spend in s.promotion_by_channel.items():
            row[f"promotion:{channel}"] = spend.yuan
        rows.append(row)
    frame = pd.DataFrame(rows)
    if not frame.empty:
        frame["cumulative_cash"] = frame["cash_flow"].cumsum().round(2)
    return frame


def pnl(plan: Plan, months: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A monthly P&L and cash flow from the plan's fees and costs and each month's figures
    (keyword arguments of :func:`storeops.month_statement`: revenue, refund_rate, promotion,
    payroll, annual_fee_due, deposits_paid, one_off_purchases, ...)."""
    return statement_frame(month_statement(plan.fees, plan.costs, **m) for m in months)


__all__ = ["PNL_LINES", "payback_month", "pnl", "statement_frame"]
