"""The exports of the shop's money and voice beyond its orders: the ad platforms' reports
(直通车 search ads, 引力魔方/钻展 display ads, 淘宝客 affiliates), refunds (退款), reviews
(评价) and traffic sources (流量来源). Each is recognised by its header, read cell by cell (an
error names the file, the row and the column) and returned under English column names.

    >>> import pandas as pd
    >>> from storeops.readers.marketing import read_ads
    >>> ads = read_ads(pd.DataFrame({"日期": ["2025-10-14"], "计划名称": ["春茶"], "展现量": ["12,000"],
    ...                              "点击量": [240], "花费": ["¥180.00"], "总成交笔数": [6],
    ...                              "总成交金额": ["540.00"]}), channel="直通车")
    >>> ads.loc[0, "channel"], float(ads.loc[0, "spend"]), float(ads.loc[0, "sales"])
    ('search', 180.0, 540.0)
"""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING, Mapping, Union

from storeops import _core
from storeops.readers.cells import parse_columns
from storeops.readers.table import canonical, read_rows, read_table, require_columns

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]

#: The ad channels, each with the words that name it in a file's name, title or channel column.
CHANNELS: dict[str, tuple[str, ...]] = {
    "search": ("直通车", "search", "搜索推广"),
    "display": ("引力魔方", "钻展", "钻石展位", "超级推荐", "display"),
    "affiliate": ("淘宝客", "淘客", "affiliate"),
}
#: The channels in Chinese, for pages and workbooks.
CHANNELS_ZH = {"search": "直通车", "display": "引力魔方/钻展", "affiliate": "淘宝客"}

#: The ad reports' columns (per day and campaign). 淘宝客 pays a commission (佣金) on what it
#: sells: its spend is the commission, and it has no impressions or clicks to report.
AD_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "日期", "统计日期", "时间"),
    "channel": ("channel", "推广工具", "推广渠道", "渠道"),
    "campaign": ("campaign", "计划名称", "推广计划", "计划", "推广单元", "活动名称"),
    "spend": ("spend", "花费", "消耗", "总花费", "支出佣金", "付款佣金", "佣金", "结算佣金"),
    "impressions": ("impressions", "展现量", "曝光量"),
    "clicks": ("clicks", "点击量", "点击数"),
    "orders": ("orders", "总成交笔数", "成交笔数", "付款笔数", "引入付款笔数", "直接成交笔数"),
    "sales": ("sales", "总成交金额", "成交金额", "付款金额", "引入付款金额", "直接成交金额"),
}
AD_KINDS = {"date": "time", "channel": "text", "campaign": "text", "spend": "amount",
            "impressions": "count", "clicks": "count", "orders": "count", "sales": "amount"}

#: The refund export's columns (退款管理 导出).
REFUND_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "order": ("order", "订单编号", "订单号"),
    "amount": ("amount", "退款金额", "买家退款金额", "申请退款金额"),
    "reason": ("reason", "退款原因", "退货原因", "原因"),
    "requested": ("requested", "退款申请时间", "申请时间", "退款创建时间"),
    "finished": ("finished", "退款完结时间", "完结时间", "退款完成时间"),
    "status": ("status", "退款状态", "状态"),
    "kind": ("kind", "退款类型", "售后类型", "类型"),
    "item": ("item", "宝贝ID", "商品ID", "宝贝id", "商品id"),
    "title": ("title", "宝贝标题", "商品名称", "商品标题"),
}
REFUND_KINDS = {"order": "text", "amount": "amount", "reason": "text", "requested": "time",
                "finished": "time", "status": "text", "kind": "text", "item": "text",
                "title": "text"}

#: The review export's columns (评价管理 导出). 解释内容 is the shop's reply.
REVIEW_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "order": ("order", "订单编号", "订单号"),
    "item": ("item", "宝贝ID", "商品ID", "宝贝id", "商品id"),
    "rating": ("rating", "评价", "评价结果", "评分", "评价等级"),
    "text": ("text", "评价内容", "评论内容", "内容"),
    "time": ("time", "评价时间", "评论时间"),
    "reply": ("reply", "解释内容", "商家回复", "回复内容"),
    "buyer": ("buyer", "买家昵称", "买家会员名", "评价人"),
}
REVIEW_KINDS = {"order": "text", "item": "text", "rating": "text", "text": "text",
                "time": "time", "reply": "text", "buyer": "text"}
#: How a rating cell reads: 好评/中评/差评, or stars 1-5 (4-5 good, 3 neutral, 1-2 negative).
RATINGS = {"好评": "good", "中评": "neutral", "差评": "negative", "good": "good",
           "neutral": "neutral", "negative": "negative", "5": "good", "4": "good", "3": "neutral",
           "2": "negative", "1": "negative"}

#: The traffic-source export's columns (生意参谋 流量来源).
TRAFFIC_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "日期", "统计日期"),
    "source": ("source", "流量来源", "来源", "来源名称", "一级来源", "二级来源"),
    "visitors": ("visitors", "访客数", "访客"),
    "buyers": ("buyers", "支付买家数", "下单买家数"),
    "sales": ("sales", "支付金额", "成交金额"),
}
TRAFFIC_KINDS = {"date": "time", "source": "text", "visitors": "count", "buyers": "count",
                 "sales": "amount"}


def _frame(source: Source, names: Mapping[str, tuple[str, ...]], what: str,
           key: str) -> tuple[pd.DataFrame, str]:
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        return source.reset_index(drop=True), what
    if isinstance(source, (str, pathlib.Path)):
        path = pathlib.Path(source)
        return read_table(path, names, what, key=key).reset_index(drop=True), path.name
    raise _core.WrongTypeError(f"{what}(): source must be a path or a pandas DataFrame, got "
                               f"{type(source).__name__}")


def _found(frame: pd.DataFrame, names: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for header in frame.columns:
        name = canonical(header, names)
        if name is not None and name not in found:
            found[name] = header
    return found


def channel_of(words: str) -> str | None:
    """The ad channel a file name, a title line or a channel cell names, or None."""
    for channel, names in CHANNELS.items():
        if any(n.lower() in words.lower() for n in names):
            return channel
    return None


def read_ads(source: Source, *, channel: str | None = None) -> pd.DataFrame:
    """An ad platform's report: one row per day and campaign.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        A 直通车, 引力魔方/钻展 or 淘宝客 report (.csv/.xlsx/.xls; title lines and "1,567" numbers
        allowed), or a table.
    channel : str, optional
        ``search`` (直通车), ``display`` (引力魔方/钻展) or ``affiliate`` (淘宝客), or the Chinese
        name; by default read from a channel column (推广工具), else from the file's name or its
        title lines.

    Returns
    -------
    pandas.DataFrame
        ``date``, ``channel``, ``campaign``, ``spend``, ``impressions``, ``clicks``, ``orders``,
        ``sales`` (amounts in yuan, to the fen); a column the report lacks is missing (NaN),
        never zero (淘宝客 has no impressions).

    Raises
    ------
    storeops.Error
        A report without a date, a spend or a sales column, a channel that cannot be told, or a
        cell that does not read (naming the file, the row and the column).

    Examples
    --------
    >>> import pandas as pd
    >>> from storeops.readers.marketing import read_ads
    >>> read_ads(pd.DataFrame({"日期": ["2025-10-14"], "支出佣金": ["12.5"], "付款金额": ["250"],
    ...                        "付款笔数": ["3"]}), channel="淘宝客")["channel"].tolist()
    ['affiliate']
    """
    import numpy as np
    import pandas as pd

    frame, name = _frame(source, AD_COLUMN_NAMES, "read_ads", "date")
    found = _found(frame, AD_COLUMN_NAMES)
    require_columns(f"read_ads: {name} lacks", [c for c in ("date", "spend", "sales")
                                                 if c not in found], AD_COLUMN_NAMES,
                    list(frame.columns))
    given = channel_of(channel) if channel is not None else None
    if channel is not None and given is None:
        raise _core.Error(f"read_ads: channel must be one of {', '.join(CHANNELS)} (or "
                          f"直通车, 引力魔方, 淘宝客), got {channel!r}")
    if given is None and "channel" not in found and isinstance(source, (str, pathlib.Path)):
        rows = read_rows(pathlib.Path(source), name, limit=5)
        given = channel_of(pathlib.Path(source).name + " " + " ".join(map(str, sum(rows, []))))
    out = parse_columns(frame, found, AD_KINDS, f"ads {name}")
    if "channel" in found and given is None:
        read = out["channel"].map(lambda w: channel_of(str(w)))
        if read.isna().any():
            row = int(np.argmax(read.isna().to_numpy()))
            raise _core.Error(f"ads {name} row {row + 1}, column {found['channel']!r}: "
                              f"{out['channel'].iloc[row]!r} is not an ad channel (直通车, "
                              "引力魔方/钻展, 淘宝客)")
        out["channel"] = read
    elif given is None:
        raise _core.Error(f"read_ads: {name}: which platform's report this is cannot be told; "
                          "name the file after it (直通车, 引力魔方, 淘宝客) or give channel=")
    else:
        out["channel"] = given
    if "campaign" not in out:
        out["campaign"] = ""
    columns = list(AD_KINDS)
    for c in columns:
        if c not in out:
            out[c] = np.nan
    out = out[columns]
    out["date"] = pd.to_datetime(out["date"]).dt.normalize()
    return out.sort_values(["date", "channel", "campaign"], kind="stable").reset_index(drop=True)


def read_refunds(source: Source) -> pd.DataFrame:
    """The refund export (退款管理): one row per refund.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        The export (.csv/.xlsx/.xls) or a table.

    Returns
    -------
    pandas.DataFrame
        ``order``, ``amount`` (yuan), ``reason``, ``requested``, ``finished`` (NaT while
        open), ``status``, ``kind`` (仅退款/退货退款/换货, where given), ``item``, ``title``.

    Raises
    ------
    storeops.Error
        An export without an order, an amount or a request time, or a cell that does not read
        (naming the file, the row and the column).

    Examples
    --------
    >>> import pandas as pd
    >>> from storeops.readers.marketing import read_refunds
    >>> r = read_refunds(pd.DataFrame({"订单编号": ['="4012000002375438590"'], "退款金额": ["58.00"],
    ...                                "退款原因": ["破损"], "退款申请时间": ["2025-10-15 10:00"]}))
    >>> r.loc[0, "order"], float(r.loc[0, "amount"]), r.loc[0, "reason"]
    ('4012000002375438590', 58.0, '破损')
    """
    import pandas as pd

    frame, name = _frame(source, REFUND_COLUMN_NAMES, "read_refunds", "order")
    found = _found(frame, REFUND_COLUMN_NAMES)
    require_columns(f"read_refunds: {name} lacks", [c for c in ("order", "amount", "requested")
                                                    if c not in found], REFUND_COLUMN_NAMES,
                    list(frame.columns))
    out = parse_columns(frame, found, REFUND_KINDS, f"refunds {name}", optional_blank=("finished",))
    for c in REFUND_KINDS:
        if c not in out:
            out[c] = pd.NaT if REFUND_KINDS[c] == "time" else ""
    return out[list(REFUND_KINDS)].sort_values("requested", kind="stable").reset_index(drop=True)


def read_reviews(source: Source) -> pd.DataFrame:
    """The review export (评价管理): one row per review.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        The export (.csv/.xlsx/.xls) or a table.

    Returns
    -------
    pandas.DataFrame
        ``order``, ``item``, ``rating`` (``good``, ``neutral``, ``negative``: 好评/中评/差评 or
        stars), ``text``, ``time``, ``reply`` (the shop's 解释内容; "" when not answered),
        ``buyer``.

    Raises
    ------
    storeops.Error
        An export without a rating or a time, or a rating or a time that does not read
        (naming the file, the row and the column).

    Examples
    --------
    >>> import pandas as pd
    >>> from storeops.readers.marketing import read_reviews
    >>> read_reviews(pd.DataFrame({"评价": ["差评"], "评价时间": ["2025-10-15 20:00"],
    ...                            "评价内容": ["茶叶碎了"]}))["rating"].tolist()
    ['negative']
    """
    import numpy as np

    frame, name = _frame(source, REVIEW_COLUMN_NAMES, "read_reviews", "rating")
    found = _found(frame, REVIEW_COLUMN_NAMES)
    require_columns(f"read_reviews: {name} lacks", [c for c in ("rating", "time")
                                                    if c not in found], REVIEW_COLUMN_NAMES,
                    list(frame.columns))
    out = parse_columns(frame, found, REVIEW_KINDS, f"reviews {name}")
    rating = out["rating"].map(lambda r: RATINGS.get(str(r).strip().removesuffix("星")))
    if rating.isna().any():
        row = int(np.argmax(rating.isna().to_numpy()))
        raise _core.Error(f"reviews {name} row {row + 1}, column {found['rating']!r}: "
                          f"{out['rating'].iloc[row]!r} is not a rating (好评, 中评, 差评 or 1-5)")
    out["rating"] = rating
    for c in REVIEW_KINDS:
        if c not in out:
            out[c] = ""
    return out[list(REVIEW_KINDS)].sort_values("time", kind="stable").reset_index(drop=True)


def read_traffic(source: Source) -> pd.DataFrame:
    """The traffic-source export (生意参谋 流量来源): one row per day and source.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        The export (.csv/.xlsx/.xls) or a table.

    Returns
    -------
    pandas.DataFrame
        ``date``, ``source``, ``visitors``, ``buyers``, ``sales`` (yuan); a column the export
        lacks is missing (NaN), never zero.

    Raises
    ------
    storeops.Error
        An export without a date, a source or visitors, or a cell that does not read (naming
        the file, the row and the column).

    Examples
    --------
    >>> import pandas as pd
    >>> from storeops.readers.marketing import read_traffic
    >>> read_traffic(pd.DataFrame({"日期": ["2025-10-14"], "流量来源": ["手淘搜索"],
    ...                            "访客数": ["1,204"]}))["visitors"].tolist()
    [1204]
    """
    import numpy as np
    import pandas as pd

    frame, name = _frame(source, TRAFFIC_COLUMN_NAMES, "read_traffic", "source")
    found = _found(frame, TRAFFIC_COLUMN_NAMES)
    require_columns(f"read_traffic: {name} lacks", [c for c in ("date", "source", "visitors")
                                                    if c not in found], TRAFFIC_COLUMN_NAMES,
                    list(frame.columns))
    out = parse_columns(frame, found, TRAFFIC_KINDS, f"traffic {name}")
    for c in TRAFFIC_KINDS:
        if c not in out:
            out[c] = np.nan
    out = out[list(TRAFFIC_KINDS)]
    out["date"] = pd.to_datetime(out["date"]).dt.normalize()
    return out.sort_values(["date", "source"], kind="stable").reset_index(drop=True)


__all__ = ["AD_COLUMN_NAMES", "AD_KINDS", "CHANNELS", "CHANNELS_ZH", "RATINGS",
           "REFUND_COLUMN_NAMES", "REFUND_KINDS", "REVIEW_COLUMN_NAMES", "REVIEW_KINDS",
           "TRAFFIC_COLUMN_NAMES", "TRAFFIC_KINDS", "channel_of", "read_ads", "read_refunds",
           "read_reviews", "read_traffic"]
