"""Returns and refunds, reported (退换货报表, 004 整体运营流程: 退换货的主要事由, 并且制定好相应的报表
分析): a month's refunds by reason, by item and by outcome, and the share of sales refunded
against the plan's refund rate (:func:`returns_report`)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
from typing import TYPE_CHECKING, Any

from storeops import _core
from storeops.readers.store import Store
from storeops.reviews.week import StoreLike, _store

if TYPE_CHECKING:
    import pandas as pd

#: How a refund ended: the money went back, the goods were exchanged, the request was closed
#: without a refund (the shop refused it, or the buyer withdrew it), or it is still open.
OUTCOMES = ("refund", "exchange", "rejected", "open")
#: The columns of each breakdown: how many, how much was asked, and how each ended.
RETURN_COLUMNS = ("requests", "amount", *OUTCOMES, "refunded_amount")


def outcome(kind: Any, status: Any, finished: Any) -> str:
    """How one refund ended, from the export's 退款类型, 退款状态 and 完结时间.

    Parameters
    ----------
    kind, status : str
        The export's 退款类型 (仅退款/退货退款/换货) and 退款状态 (退款成功/退款关闭/退款中 ...).
    finished : pandas.Timestamp or NaT
        When it was closed; NaT while open.

    Returns
    -------
    str
        One of :data:`OUTCOMES`.

    Examples
    --------
    >>> import pandas as pd
    >>> from storeops.reviews.returns import outcome
    >>> outcome("退货退款", "退款成功", pd.Timestamp("2014-10-02")), outcome("换货", "", pd.NaT)
    ('refund', 'exchange')
    >>> outcome("仅退款", "退款关闭", pd.Timestamp("2014-10-02")), outcome("仅退款", "退款中", pd.NaT)
    ('rejected', 'open')
    """
    import pandas as pd

    kind, status = str(kind or ""), str(status or "")
    if "换货" in kind or "换货" in status:
        return "exchange"
    if any(w in status for w in ("关闭", "拒绝", "取消", "撤销", "CLOSED")):
        return "rejected"
    if "成功" in status or "SUCCESS" in status or (not status and not pd.isna(finished)):
        return "refund"
    return "open"


@dataclasses.dataclass
class ReturnsReport:
    """A month's refunds and returns (:func:`returns_report`).

    ``by_reason``, ``by_item`` and ``by_outcome``: one row each, with ``requests``, ``amount``
    (asked, yuan), how many ended as ``refund``, ``exchange``, ``rejected`` or are still
    ``open``, and ``refunded_amount``. ``refund_share``: the refunded amount over the month's
    sales (the daily report); ``plan_refund_rate``: the plan's ``market.refund_rate``.

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> report = storeops.returns_report(folder, month="2014-09")
    >>> list(report.by_outcome.index)
    ['refund', 'exchange', 'rejected', 'open']
    """

    store: Store
    month: str
    by_reason: pd.DataFrame
    by_item: pd.DataFrame
    by_outcome: pd.DataFrame
    sales: float
    refund_share: float
    plan_refund_rate: float

    @property
    def verdict(self) -> str:
        """One sentence: the share refunded against the plan's rate, and the main reason."""
        if not len(self.by_reason):
            return f"no refund requested in {self.month}"
        top = self.by_reason.index[0]
        if math.isnan(self.refund_share):
            share = "no sales reported, so no share of them"
        else:
            word = "above" if self.refund_share > self.plan_refund_rate else "within"
            share = (f"{self.refund_share:.2%} of sales refunded, {word} the plan's "
                     f"{self.plan_refund_rate:.2%}")
        requests = self.by_reason["requests"]
        return (f"{share}; the main reason {top} ({int(requests.iloc[0])} of "
                f"{int(requests.sum())} requests)")

    def __repr__(self) -> str:
        return f"ReturnsReport({self.month}: {self.verdict})"


def _breakdown(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """Requests, amounts and outcomes grouped by one column, the most requested first."""
    import pandas as pd

    if not len(rows):
        return pd.DataFrame(columns=list(RETURN_COLUMNS), index=pd.Index([], name=by))
    counts = pd.crosstab(rows[by], rows["outcome"]).reindex(columns=list(OUTCOMES), fill_value=0)
    out = pd.DataFrame({"requests": rows.groupby(by).size(),
                        "amount": rows.groupby(by)["amount"].sum().round(2)})
    out = out.join(counts)
    refunded = rows[rows["outcome"] == "refund"].groupby(by)["amount"].sum()
    out["refunded_amount"] = refunded.reindex(out.index, fill_value=0.0).round(2)
    return out.sort_values(["requests", "amount"], ascending=False, kind="stable")[list(RETURN_COLUMNS)]


def returns_report(store: StoreLike, month: Any = None) -> ReturnsReport:
    """A month's refunds by reason, item and outcome, against the plan's refund rate.

    Parameters
    ----------
    store : Store, str or pathlib.Path
        The store folder or :func:`storeops.open_store`'s result.
    month : str, optional
        The calendar month, ``"2014-09"``; by default the month of the daily report's last day.
        A refund belongs to the month it was requested in.

    Returns
    -------
    ReturnsReport

    Raises
    ------
    storeops.Error
        A folder without a refund export (退款管理) or a daily report, or a month not like
        ``"2014-09"``.

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> storeops.returns_report(folder, "2014-10").by_reason.columns[:2].tolist()
    ['requests', 'amount']
    """
    import pandas as pd

    shop = _store(store)
    if shop.refunds is None:
        raise _core.Error(f"returns_report: {shop.path} has no refund export (退款管理) among its "
                          "exports")
    if shop.daily is None:
        raise _core.Error(f"returns_report: {shop.path} has no daily report among its exports")
    if month is None:
        month = pd.Timestamp(shop.daily["date"].max()).strftime("%Y-%m")
    import re

    text = month.isoformat()[:7] if isinstance(month, _dt.date) else str(month)
    if not re.fullmatch(r"\d{4}-(0?[1-9]|1[0-2])", text):
        raise _core.Error(f"returns_report: month must be like '2014-09', got {month!r}")
    period = pd.Period(text, freq="M")
    first, last = period.start_time.date(), period.end_time.date()
    return report_of(shop, first, last)


def report_of(shop: Store, first: _dt.date, last: _dt.date) -> ReturnsReport:
    """The report of the refunds requested from ``first`` to ``last`` (the monthly review's)."""
    import pandas as pd

    start, end = pd.Timestamp(first), pd.Timestamp(last) + pd.Timedelta(days=1)
    r = shop.refunds
    assert r is not None and shop.daily is not None
    rows = r[(r["requested"] >= start) & (r["requested"] < end)].copy()
    rows["outcome"] = [outcome(k, s, f) for k, s, f in zip(rows["kind"], rows["status"], rows["finished"])]
    def text(v: Any) -> str:
        return "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v).strip()
    rows["reason"] = [text(v) or "(none given)" for v in rows["reason"]]
    rows["item"] = [text(i) or text(t) or "(unknown)" for i, t in zip(rows["item"], rows["title"])]
    days = shop.daily[(shop.daily["date"] >= start) & (shop.daily["date"] < end)]
    sales = float(days["sales"].astype(float).sum())
    refunded = float(rows.loc[rows["outcome"] == "refund", "amount"].sum())
    by_outcome = _breakdown(rows, "outcome").reindex(list(OUTCOMES))
    by_outcome = by_outcome.fillna(0).astype({c: int for c in ("requests", *OUTCOMES)})
    return ReturnsReport(shop, str(pd.Period(first, freq="M")), _breakdown(rows, "reason"),
                         _breakdown(rows, "item"), by_outcome, round(sales, 2),
                         refunded / sales if sales else math.nan,
                         float(shop.plan.market.refund_rate.value))


__all__ = ["OUTCOMES", "RETURN_COLUMNS", "ReturnsReport", "outcome", "report_of", "returns_report"]
