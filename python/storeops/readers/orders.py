"""The order report (卖家中心 订单报表): one row per order, read with the care of
:func:`storeops.read_daily`."""

from __future__ import annotations

import datetime as _dt
import math
import pathlib
from typing import TYPE_CHECKING, Any, Union

from storeops import _core
from storeops._core import Money
from storeops.readers.table import canonical, read_table, require_columns, unwrap

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, pathlib.Path, "pd.DataFrame"]

#: Every column of the order report and the headers that name it (English first, then the
#: seller centre's export). Matched after trimming spaces, ASCII letters in any case.
ORDER_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "order": ("order", "订单编号", "订单号"),
    "buyer": ("buyer", "买家会员名", "买家昵称"),
    "paid_amount": ("paid_amount", "买家实际支付金额", "实付金额", "买家实付金额"),
    "status": ("status", "订单状态"),
    "created": ("created", "订单创建时间", "下单时间"),
    "paid": ("paid", "订单付款时间", "付款时间"),
    "shipped": ("shipped", "发货时间"),
    "title": ("title", "宝贝标题", "商品标题"),
    "units": ("units", "宝贝总数量", "购买数量"),
    "tracking_number": ("tracking_number", "物流单号", "运单号"),
    "carrier": ("carrier", "物流公司"),
}
#: The columns an order report must have.
REQUIRED_ORDER_COLUMNS = ("order", "paid_amount", "status", "created")
#: Order states (订单状态) of orders that were never paid: they are not owed a shipment.
UNPAID_STATES = ("等待买家付款", "交易关闭", "WAIT_BUYER_PAY", "TRADE_CLOSED_BY_TAOBAO")


def _fail(where: str, column: str, value: object, why: str) -> None:
    raise _core.Error(f"{where}, column {column!r}: {value!r} {why}")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or \
        str(value).strip() in ("", "-", "--", "NaT", "nan", "None")


def _moment(value: object, where: str, column: str) -> _dt.datetime | None:
    """A time cell ("2014-09-01 10:23:45", "2014/9/1 10:23", an Excel datetime), or None."""
    import pandas as pd

    if _blank(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.replace(tzinfo=None)
    text = str(value).strip().replace("/", "-").replace("T", " ")
    if len(text) == 19:  # the exports' own "2014-09-01 10:23:45", parsed without pandas (fast)
        try:
            quick = _dt.datetime.fromisoformat(text)
        except ValueError:
            quick = None
        if quick is not None and quick.tzinfo is None and 1900 <= quick.year <= 2999:
            return quick
    try:
        stamp = pd.Timestamp(text)
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        stamp = None
    if stamp is None or pd.isna(stamp) or not 1900 <= stamp.year <= 2999 or \
            stamp.tzinfo is not None:  # the exports write local times, without a zone
        _fail(where, column, value, "is not a date and time like '2014-09-01 10:23:45'")
    return stamp.to_pydatetime()  # type: ignore[union-attr]


def _amount(value: object, where: str, column: str) -> Money:
    text = str(value).strip()
    for mark, to in (("¥", ""), ("￥", ""), ("元", ""), ("，", ""), (",", ""), (" ", ""),
                     ("\u00a0", "")):
        text = text.replace(mark, to)
    if _blank(text):
        _fail(where, column, value, "is missing")
    try:
        amount = Money(text)
    except (ValueError, OverflowError):
        _fail(where, column, value, "is not an amount of money")
        raise AssertionError from None  # unreachable: _fail raises
    if amount.fen < 0:
        _fail(where, column, value, "is negative")
    return amount


def _units(value: object, where: str, column: str) -> int:
    try:
        x = float(str(value).replace(",", "").strip())
    except ValueError:
        x = math.nan
    if not math.isfinite(x) or x < 0 or x != math.floor(x) or x > 1e9:
        _fail(where, column, value, "is not a whole number of units >= 0")
    return int(x)


def read_orders(source: Source, *, exact: bool = False) -> pd.DataFrame:
    """Reads the seller centre's order report (卖家中心 订单报表) into one row per order.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        A ``.csv`` (UTF-8, with BOM, or GBK), ``.xlsx`` or ``.xls`` export, or a DataFrame.
        Headers may be the export's (订单编号 买家会员名 买家实际支付金额 订单状态 订单创建时间
        订单付款时间 发货时间 宝贝标题 宝贝总数量 物流单号 物流公司) or the English names of
        :data:`ORDER_COLUMN_NAMES`; the first four of :data:`REQUIRED_ORDER_COLUMNS` must be there.
    exact : bool
        ``paid_amount`` as :class:`storeops.Money` (True) or yuan floats to the fen (False).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``order`` (text, as the export writes it), sorted by ``created``; columns
        ``buyer``, ``paid_amount``, ``status``, ``created``, ``paid``, ``shipped`` (datetimes,
        NaT where not paid or not shipped), ``title``, ``units``, ``tracking_number``,
        ``carrier``. A column the export lacks is absent from the result, never filled in.

    Raises
    ------
    storeops.Error
        Naming the order (or the row) and the column: a missing column, an amount or a time
        that does not read, an order listed twice, an order paid before it was created or
        shipped before it was paid.

    Examples
    --------
    >>> import storeops
    >>> import pandas as pd
    >>> export = pd.DataFrame({"订单编号": ["A1"], "买家会员名": ["x"], "买家实际支付金额": ["100.00"],
    ...     "订单状态": ["交易成功"], "订单创建时间": ["2014-09-01 09:00"], "订单付款时间": ["2014-09-01 10:00"],
    ...     "发货时间": ["2014-09-01 18:00"]})
    >>> orders = storeops.read_orders(export)
    >>> list(orders.columns)[:3], len(orders)
    (['buyer', 'paid_amount', 'status'], 1)
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        frame, name = source, "order report"
    elif isinstance(source, (str, pathlib.Path)):
        frame = read_table(pathlib.Path(source), ORDER_COLUMN_NAMES, "read_orders", key="order")
        name = str(source)
    else:
        raise _core.WrongTypeError("read_orders(): source must be a path or a pandas DataFrame, "
                                   f"got {type(source).__name__}")
    found: dict[str, Any] = {}
    for header in frame.columns:
        column = canonical(header, ORDER_COLUMN_NAMES)
        if column is not None and column not in found:
            found[column] = header
    require_columns(f"read_orders: {name} lacks", [c for c in REQUIRED_ORDER_COLUMNS if c not in found],
                    ORDER_COLUMN_NAMES, list(frame.columns))
    records = []
    seen: dict[str, int] = {}
    for i, row in enumerate(frame.to_dict("records"), start=1):
        order = str(unwrap(row[found["order"]])).strip().lstrip("'")  # Excel's text marks on long IDs
        if _blank(order):
            raise _core.Error(f"{name} row {i}, column {found['order']!r}: the order number is "
                              "missing")
        where = f"{name} order {order} (row {i})"
        if order in seen:
            raise _core.Error(f"{where}: the order is listed twice (rows {seen[order]} and {i})")
        seen[order] = i
        created = _moment(row[found["created"]], where, found["created"])
        if created is None:
            _fail(where, found["created"], row[found["created"]], "is missing")
        paid = _moment(row[found["paid"]], where, found["paid"]) if "paid" in found else None
        shipped = _moment(row[found["shipped"]], where, found["shipped"]) if "shipped" in found \
            else None
        if paid is not None and created is not None and paid < created:
            raise _core.Error(f"{where}: paid at {paid} before it was created at {created}")
        if shipped is not None and paid is None and "paid" in found:
            raise _core.Error(f"{where}: shipped at {shipped} but never paid")
        if shipped is not None and paid is not None and shipped < paid:
            raise _core.Error(f"{where}: shipped at {shipped} before it was paid at {paid}")
        amount = _amount(row[found["paid_amount"]], where, found["paid_amount"])
        record: dict[str, Any] = {
            "order": order,
            "buyer": str(row[found["buyer"]]).strip() if "buyer" in found else None,
            "paid_amount": amount if exact else amount.fen / 100,
            "status": str(row[found["status"]]).strip(),
            "created": created, "paid": paid, "shipped": shipped,
        }
        if "title" in found:
            record["title"] = str(row[found["title"]]).strip()
        if "units" in found:
            record["units"] = _units(row[found["units"]], where, found["units"])
        for text in ("tracking_number", "carrier"):
            if text in found:
                cell = row[found[text]]
                record[text] = None if _blank(cell) else str(cell).strip().lstrip("'")
        records.append(record)
    columns = ["order", "buyer", "paid_amount", "status", "created", "paid", "shipped",
               *(c for c in ("title", "units", "tracking_number", "carrier") if c in found)]
    out = pd.DataFrame.from_records(records, columns=columns)
    if "buyer" not in found:
        out = out.drop(columns="buyer")
    for c in ("created", "paid", "shipped"):
        out[c] = pd.to_datetime(out[c]).astype("datetime64[ns]")
    return out.sort_values("created", kind="stable").set_index("order")


__all__ = ["ORDER_COLUMN_NAMES", "REQUIRED_ORDER_COLUMNS", "UNPAID_STATES", "read_orders"]
