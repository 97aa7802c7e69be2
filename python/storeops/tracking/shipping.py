"""The orders that broke the plan's shipping rule (004 关于发货: "每天15点前确认订单",
"24小时内发货"; ``plan.shipping``), from the order report (:func:`storeops.read_orders`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from storeops import _core
from storeops._core import Plan
from storeops.readers.orders import UNPAID_STATES

if TYPE_CHECKING:
    import pandas as pd


def late_shipments(plan: Plan, orders: pd.DataFrame, *, until: Any = None) -> pd.DataFrame:
    """The orders that broke the plan's shipping rule (``plan.shipping``): shipped more than
    ``ship_within_hours`` after payment, or still unshipped past that at ``until`` (default:
    the last moment the report shows). Unpaid and closed orders owe nothing.

    Parameters
    ----------
    plan : Plan
        Its ``shipping`` rules: ``ship_within_hours`` and the packing ``cutoff_hour``.
    orders : pandas.DataFrame
        The order report as :func:`read_orders` returns it (``paid`` and ``shipped`` times).
    until : date or datetime, optional
        The moment an unshipped order is late at; default the last moment the report shows.

    Returns
    -------
    pandas.DataFrame
        Indexed by order with ``paid``, ``due``, ``shipped`` (NaT: not yet), ``batch_day``
        (the packing batch the order joined: its day before ``cutoff_hour``, the next day from
        it on) and ``hours_late`` (a float), latest first.

    Raises
    ------
    storeops.Error
        When the order report has no paid or shipped times.

    Examples
    --------
    >>> import storeops
    >>> import pandas as pd
    >>> orders = pd.DataFrame({"order": ["A1", "A2"], "buyer": ["x", "y"],
    ...     "paid_amount": [100.0, 80.0], "status": ["交易成功", "交易成功"],
    ...     "created": pd.to_datetime(["2014-09-01 09:00", "2014-09-01 09:00"]),
    ...     "paid": pd.to_datetime(["2014-09-01 10:00", "2014-09-01 10:00"]),
    ...     "shipped": pd.to_datetime(["2014-09-01 18:00", "2014-09-04 10:00"])})
    >>> late = storeops.late_shipments(storeops.presets.tmall_2014(), orders)
    >>> len(late), float(late["hours_late"].iloc[0])
    (1, 48.0)
    """
    import pandas as pd

    rules = plan.shipping
    if "paid" not in orders.columns or "shipped" not in orders.columns:
        raise _core.Error("late_shipments: the order report needs its 订单付款时间 (paid) and "
                          "发货时间 (shipped) columns")
    owed = orders[orders["paid"].notna() & ~orders["status"].isin(UNPAID_STATES)]
    if until is None:
        ends = [owed["paid"].max(), owed["shipped"].max()]
        until = max((e for e in ends if pd.notna(e)), default=pd.Timestamp(0))
    until = pd.Timestamp(until)
    # seconds since 1970-01-01 as the C++ rule takes them (-1: not shipped)
    paid = owed["paid"].to_numpy("datetime64[s]").astype(np.int64)
    shipped_at = owed["shipped"].to_numpy("datetime64[s]")
    shipped = np.where(np.isnat(shipped_at), np.int64(-1), shipped_at.astype(np.int64))
    end = int(until.to_datetime64().astype("datetime64[s]").astype(np.int64))
    late_s, batch = _core._shipping_lateness(rules, paid.astype(np.int64), shipped, end)
    is_late = late_s > 0
    late = owed[is_late]
    out = pd.DataFrame({
        "paid": late["paid"],
        "due": late["paid"] + pd.Timedelta(hours=rules.ship_within_hours),
        "shipped": late["shipped"],
        "batch_day": pd.to_datetime(batch[is_late].astype("datetime64[D]")).astype("datetime64[ns]"),
        "hours_late": np.round(late_s[is_late] / 3600, 2),
    }, index=late.index)
    return out.sort_values("hours_late", ascending=False, kind="stable")


__all__ = ["late_shipments"]
