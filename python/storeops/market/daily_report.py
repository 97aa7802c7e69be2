"""Daily report tables and traffic targets, as pandas DataFrames."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from storeops._core import DailyReport, Funnel, InquiryFunnel, TrafficTarget, TrafficTargets, credit_level
from storeops._core import presets as _presets

if TYPE_CHECKING:
    import pandas as pd

#: Column names of the daily report (002 篇4): English and the seed's own terms.
DAILY_REPORT_LABELS = {
    "en": {
        "date": "date",
        "page_views": "page_views",
        "visitors": "visitors",
        "sales": "sales",
        "units": "units",
        "conversion_rate": "conversion_rate",
        "average_order_value": "average_order_value",
        "dsr_described": "dsr_described",
        "dsr_service": "dsr_service",
        "dsr_shipping": "dsr_shipping",
        "visit_depth": "visit_depth",
        "home_page_bounce_rate": "home_page_bounce_rate",
    },
    "zh": {
        "date": "日期",
        "page_views": "浏览量",
        "visitors": "访客数",
        "sales": "销售额",
        "units": "成交件数",
        "conversion_rate": "转化率",
        "average_order_value": "客单价",
        "dsr_described": "DSR描述相符",
        "dsr_service": "DSR服务态度",
        "dsr_shipping": "DSR物流服务",
        "visit_depth": "访问深度",
        "home_page_bounce_rate": "首页跳失率",
    },
}


def daily_report_frame(rows: Iterable[DailyReport], *, labels: str = "en") -> pd.DataFrame:
    """The daily report (淘宝数据日报表) as a DataFrame, one row per day.

    Money columns are yuan as floats rounded to the fen; ``labels="zh"`` gives the seed's
    Chinese column names.

    Parameters
    ----------
    rows : iterable of DailyReport
        The report's rows.
    labels : {"en", "zh"}
        Column names in English or the seed's Chinese.

    Returns
    -------
    pandas.DataFrame
        One row per day: ``date``, ``page_views``, ``visitors``, ``sales``, ``units``,
        ``conversion_rate``, ``average_order_value``, the three DSR scores, ``visit_depth``
        and ``home_page_bounce_rate``.

    Raises
    ------
    ValueError
        ``labels`` other than ``"en"`` or ``"zh"``.

    Examples
    --------
    >>> import storeops
    >>> storeops.daily_report_frame([]).empty
    True
    """
    import pandas as pd

    if labels not in DAILY_REPORT_LABELS:
        raise ValueError(f"labels must be one of {sorted(DAILY_REPORT_LABELS)}, got {labels!r}")
    names = DAILY_REPORT_LABELS[labels]
    records = [
        {
            names["date"]: r.date,
            names["page_views"]: r.page_views,
            names["visitors"]: r.visitors,
            names["sales"]: r.sales.yuan,
            names["units"]: r.units,
            names["conversion_rate"]: r.conversion_rate,
            names["average_order_value"]: r.average_order_value.yuan,
            names["dsr_described"]: r.dsr.described,
            names["dsr_service"]: r.dsr.service,
            names["dsr_shipping"]: r.dsr.shipping,
            names["visit_depth"]: r.visit_depth,
            names["home_page_bounce_rate"]: r.home_page_bounce_rate,
        }
        for r in rows
    ]
    return pd.DataFrame.from_records(records, columns=list(names.values()))


def traffic_target(points: int, targets: TrafficTargets | None = None) -> TrafficTarget:
    """The visitor target of a shop with this many credit points (seed 004 by default).

    Parameters
    ----------
    points : int
        The shop's credit points.
    targets : TrafficTargets, optional
        The table to read; default the seed's (004).

    Returns
    -------
    TrafficTarget
        The row for the shop's credit level: the level it applies from, monthly and daily
        visitors.

    Raises
    ------
    TypeError
        ``points`` not a whole number, or ``targets`` not a storeops.TrafficTargets.

    Examples
    --------
    >>> import storeops
    >>> target = storeops.traffic_target(300)
    >>> target.monthly_visitors
    30000
    """
    table = targets if targets is not None else _presets.traffic_targets_2014()
    return table.for_level(credit_level(points))


def _traffic_targets_frame(self: TrafficTargets) -> pd.DataFrame:
    """The table as a DataFrame: from_level, monthly_visitors, daily_visitors."""
    import pandas as pd

    return pd.DataFrame(
        {
            "from_level": [str(r.from_level) for r in self.rows],
            "monthly_visitors": [r.monthly_visitors for r in self.rows],
            "daily_visitors": [r.daily_visitors for r in self.rows],
        }
    )


setattr(TrafficTargets, "to_frame", _traffic_targets_frame)  # a Python method on a compiled class


def _funnel_frame(self: Funnel | InquiryFunnel, *, labels: str = "en") -> pd.DataFrame:
    """The funnel's stages as a table: visitors, (inquiries,) orders, revenue, UV value."""
    import pandas as pd

    from storeops.core.labels import label

    rows = [("visitors", self.visitors)]
    if isinstance(self, InquiryFunnel):
        rows += [("inquiries", self.inquiries), ("inquiry_orders", self.inquiry_orders),
                 ("silent_orders", self.silent_orders)]
    rows += [("orders", self.orders), ("conversion_rate", self.conversion_rate),
             ("average_order_value", self.average_order_value.yuan), ("revenue", self.revenue.yuan)]
    return pd.DataFrame({"measure": [label(n, labels) for n, _ in rows], "value": [v for _, v in rows]})


def _funnel_plot(self: Funnel | InquiryFunnel, ax: Any = None, *, labels: str = "en") -> Any:
    """The funnel as horizontal bars: visitors down to orders."""
    from storeops.core.labels import check_labels, label
    from storeops.outputs.plots import axes, finish, text

    check_labels(labels)
    ax = axes(ax)
    stages = [("visitors", self.visitors)]
    if isinstance(self, InquiryFunnel):
        stages += [("inquiries", self.inquiries)]
    stages += [("orders", self.orders)]
    names = [label(n, labels) for n, _ in stages][::-1]
    values = [v for _, v in stages][::-1]
    ax.barh(names, values, color="#4c72b0")
    for y, v in enumerate(values):
        ax.annotate(f"{v:,.0f}", (v, y), xytext=(4, 0), textcoords="offset points", va="center")
    ax.set_xscale("log")
    ax.set_title(text("funnel", labels, rate=self.conversion_rate, revenue=self.revenue))
    return finish(ax, labels)


for _cls in (Funnel, InquiryFunnel):
    setattr(_cls, "to_frame", _funnel_frame)  # a Python method on a compiled class
    setattr(_cls, "plot", _funnel_plot)  # a Python method on a compiled class
