"""The daily report (淘宝数据日报表: 日期 浏览量 访客数 销售额 成交件数 转化率 客单价 DSR 访问深度 首页跳失率,
or a 生意参谋 / 量子恒道 export): one row per day, every cell checked.

    >>> import storeops
    >>> daily = storeops.read_daily(storeops.example_daily_report())
    >>> list(daily.columns)[:3]
    ['date', 'page_views', 'visitors']
"""

from __future__ import annotations

import datetime as _dt
import math
import pathlib
import warnings
from typing import TYPE_CHECKING, Any, Mapping, Union

import numpy as np

from storeops import _core
from storeops._core import Money
from storeops.readers.table import REPORT_COLUMN_NAMES, canonical, read_table, require_columns

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]

#: The daily report's columns and every header that names them (one table with the item
#: report's: :data:`storeops.readers.table.REPORT_COLUMN_NAMES`).
DAILY_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    k: REPORT_COLUMN_NAMES[k] for k in (
        "date", "page_views", "visitors", "sales", "units", "buyers", "conversion_rate",
        "average_order_value", "dsr", "pages_per_visit", "home_bounce_rate")}

#: Columns every report must have (buyers may come from a conversion rate or an order value).
REQUIRED_COLUMNS = ("date", "page_views", "visitors", "sales", "units")
#: Columns returned when the report has them.
OPTIONAL_COLUMNS = ("dsr", "pages_per_visit", "home_bounce_rate")


class MissingDaysWarning(UserWarning):
    """A daily report skips days: they are reported, never filled in.

    Examples
    --------
    >>> import storeops
    >>> issubclass(storeops.MissingDaysWarning, UserWarning)
    True
    """




def _fail(message: str) -> None:
    raise _core.Error(message)


def _canonical(header: object) -> str | None:
    return canonical(header, DAILY_COLUMN_NAMES)


def _read_table(path: pathlib.Path) -> pd.DataFrame:
    return read_table(path, DAILY_COLUMN_NAMES, "read_daily")


def _number(value: object, column: str, where: str, *, percent_ok: bool = False) -> float:
    """A report cell as a number: thousands separators, ¥ and 元 dropped; "3.25%" is 0.0325."""
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        x = float(value)
        if math.isnan(x):
            _fail(f"daily report {where}, column {column!r}: the value is missing")
        return x
    text = str(value).strip()
    for mark in (",", "，", "¥", "￥", "元", " ", "\u00a0"):
        text = text.replace(mark, "")
    percent = False
    if text.endswith("%"):
        if not percent_ok:
            _fail(f"daily report {where}, column {column!r}: {value!r} is a percentage, "
                  "expected a number")
        text, percent = text[:-1], True
    if text in ("", "-", "--", "nan", "NaN"):
        _fail(f"daily report {where}, column {column!r}: the value is missing")
    try:
        x = float(text) / 100 if percent else float(text)  # / 100: "41.5%" is 0.415 exactly
    except ValueError:
        _fail(f"daily report {where}, column {column!r}: {value!r} is not a number")
    if not math.isfinite(x):
        _fail(f"daily report {where}, column {column!r}: {value!r} is not a finite number")
    return x


#: The most of anything a report counts in a day: a larger count is a broken cell, not a store.
MAX_COUNT = 1e12


def _count(value: object, column: str, where: str) -> int:
    x = _number(value, column, where)
    if x < 0:
        _fail(f"daily report {where}, column {column!r}: {value!r} is negative")
    if x != math.floor(x):
        _fail(f"daily report {where}, column {column!r}: {value!r} is not a whole number")
    if x > MAX_COUNT:
        _fail(f"daily report {where}, column {column!r}: {value!r} is more than a store counts "
              f"in a day ({MAX_COUNT:,.0f})")
    return int(x)


def _money(value: object, column: str, where: str) -> Money:
    """A sales cell as exact Money: text is read as the decimal it is, to the fen."""
    x = _number(value, column, where)
    if x < 0:
        _fail(f"daily report {where}, column {column!r}: {value!r} is negative")
    if isinstance(value, str):
        text = value.strip()
        for mark, to in (("¥", ""), ("￥", ""), ("元", ""), ("，", ","), (" ", ""), ("\u00a0", "")):
            text = text.replace(mark, to)
        try:
            return Money(text)
        except (ValueError, OverflowError):
            _fail(f"daily report {where}, column {column!r}: {value!r} is not an amount of money "
                  "(yuan to the fen, within 64-bit fen)")
    try:
        return Money(x)
    except (ValueError, OverflowError):
        _fail(f"daily report {where}, column {column!r}: {value!r} is not an amount of money "
              "(yuan to the fen, within 64-bit fen)")
    raise AssertionError  # unreachable: _fail raises


def _rate(value: object, column: str, where: str) -> float:
    x = _number(value, column, where, percent_ok=True)
    if not 0 <= x <= 1:
        hint = " (write a percentage with its % sign, e.g. '3.25%')" if 1 < x <= 100 else ""
        _fail(f"daily report {where}, column {column!r}: {value!r} is not a rate in [0, 1]{hint}")
    return x


def _date(value: object, row: int) -> _dt.date:
    day = _any_date(value, row)
    if not 1900 <= day.year <= 2999:
        _fail(f"daily report row {row}, column 'date': {value!r} is not a date from 1900 to 2999")
    return day


def _any_date(value: object, row: int) -> _dt.date:
    if isinstance(value, _dt.datetime):  # a pandas Timestamp too
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, np.datetime64):
        return _dt.date.fromisoformat(str(value)[:10])
    text = str(value).strip()
    try:
        for mark, to in (("年", "-"), ("月", "-"), ("日", ""), ("/", "-"), (".", "-")):
            text = text.replace(mark, to)
        text = text.split(" ")[0].split("T")[0]
        if text.isdigit() and len(text) == 8:
            return _dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        y, m, d = (int(p) for p in text.split("-"))
        return _dt.date(y, m, d)
    except (ValueError, TypeError, OverflowError):
        _fail(f"daily report row {row}, column 'date': {value!r} is not a date")
    raise AssertionError  # unreachable: _fail raises


def _columns_of(frame: pd.DataFrame) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for header in frame.columns:
        name = _canonical(header)
        if name is None:
            continue
        if name in found:
            _fail(f"read_daily: both {found[name]!r} and {header!r} are the column {name!r}")
        found[name] = header
    missing = [c for c in REQUIRED_COLUMNS if c not in found]
    if not ({"buyers", "conversion_rate", "average_order_value"} & found.keys()):
        missing.append("buyers (or conversion_rate / average_order_value to derive it)")
    require_columns("read_daily: the report lacks", missing, DAILY_COLUMN_NAMES, list(frame.columns))
    return found


def _buyers(row: Mapping[Any, Any], found: dict[str, Any], visitors: int, sales: Money,
            where: str) -> int:
    """A buyer column, else visitors x conversion rate (cross-checked against sales / order
    value when the report has both), else sales / order value."""
    if "buyers" in found:
        return _count(row[found["buyers"]], found["buyers"], where)
    by_value = None
    if "average_order_value" in found:
        aov = _number(row[found["average_order_value"]], found["average_order_value"], where)
        if aov < 0:
            _fail(f"daily report {where}, column {found['average_order_value']!r}: {aov} is negative")
        by_value = sales.yuan / aov if aov > 0 else 0.0
    if "conversion_rate" not in found:
        assert by_value is not None
        return int(math.floor(by_value + 0.5))
    rate = _rate(row[found["conversion_rate"]], found["conversion_rate"], where)
    buyers = int(math.floor(visitors * rate + 0.5))
    if by_value is not None and sales.fen > 0:
        gap = abs(buyers - by_value)
        if gap > 2 and gap > 0.02 * max(buyers, by_value):
            _fail(f"daily report {where}: visitors x conversion rate gives {buyers} buyers but "
                  f"sales / order value gives {by_value:.1f}; the columns disagree")
    return buyers


def read_daily(source: Source, *, exact: bool = False) -> pd.DataFrame:
    """Reads a store's daily report into one row per day, sorted by date.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        A ``.csv`` (UTF-8, UTF-8 with BOM, or GBK/GB18030 as Chinese Excel writes it) or
        ``.xlsx`` file, or a DataFrame. Headers may be the seed's daily report (日期 浏览量 访客数
        销售额 成交件数 转化率 客单价 DSR 访问深度 首页跳失率), a 生意参谋 or 量子恒道 export (统计日期,
        支付金额, 支付件数, 支付买家数, 支付转化率, 跳失率, ...; see :data:`DAILY_COLUMN_NAMES`) or
        the English names; a title above the header row is skipped. Cells may carry thousands
        separators, ¥ signs and percentages ("3.25%").
    exact : bool
        False (the default): ``sales`` in yuan as floats with two decimals. True: ``sales``
        holds :class:`storeops.Money` values, exact to the fen.

    Returns
    -------
    pandas.DataFrame
        Columns ``date`` (datetime64), ``page_views``, ``visitors``, ``sales``, ``units``,
        ``buyers`` and, when the report has them, ``dsr``, ``pages_per_visit``,
        ``home_bounce_rate`` (a rate in [0, 1]). ``buyers`` is the buyer column when there is
        one, else visitors x conversion rate rounded to the nearest buyer, checked against
        sales / order value (more than 2% and 2 buyers apart is an error).

    Raises
    ------
    storeops.Error
        Naming the day (or the row, when its date is bad) and the column: a missing column
        (listing those found), a bad number, a negative count, more buyers than visitors,
        sales without buyers, a date reported twice.

    Warns
    -----
    MissingDaysWarning
        When days are missing between the first and the last; they are never filled in.

    Examples
    --------
    >>> import storeops
    >>> daily = storeops.read_daily(storeops.example_daily_report())
    >>> list(daily.columns)[:4]
    ['date', 'page_views', 'visitors', 'sales']
    >>> str(daily["date"].iloc[0])[:10]
    '2014-02-01'
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        frame = source
    elif isinstance(source, (str, pathlib.Path)):
        frame = _read_table(pathlib.Path(source))
    else:
        raise _core.WrongTypeError(f"read_daily(): source must be a path or a pandas DataFrame, "
                                   f"got {type(source).__name__}")
    found = _columns_of(frame)
    records = []
    seen: dict[_dt.date, int] = {}
    for i, row in enumerate(frame.to_dict("records"), start=1):
        day = _date(row[found["date"]], i)
        where = day.isoformat()
        if day in seen:
            _fail(f"daily report {where}: the date is reported twice (rows {seen[day]} and {i})")
        seen[day] = i
        visitors = _count(row[found["visitors"]], found["visitors"], where)
        sales = _money(row[found["sales"]], found["sales"], where)
        buyers = _buyers(row, found, visitors, sales, where)
        if buyers > visitors:
            _fail(f"daily report {where}, column 'buyers': {buyers} buyers is more than the "
                  f"{visitors} visitors")
        if sales.fen > 0 and buyers == 0:
            _fail(f"daily report {where}: sales of {sales.yuan:,.2f} yuan without a buyer")
        record: dict[str, Any] = {
            "date": pd.Timestamp(day),
            "page_views": _count(row[found["page_views"]], found["page_views"], where),
            "visitors": visitors,
            "sales": sales if exact else round(sales.fen / 100, 2),
            "units": _count(row[found["units"]], found["units"], where),
            "buyers": buyers,
        }
        if "dsr" in found:
            dsr = _number(row[found["dsr"]], found["dsr"], where)
            if not 0 <= dsr <= 5:
                _fail(f"daily report {where}, column {found['dsr']!r}: {dsr} is not a DSR in [0, 5]")
            record["dsr"] = dsr
        if "pages_per_visit" in found:
            depth = _number(row[found["pages_per_visit"]], found["pages_per_visit"], where)
            if depth < 0:
                _fail(f"daily report {where}, column {found['pages_per_visit']!r}: {depth} is negative")
            record["pages_per_visit"] = depth
        if "home_bounce_rate" in found:
            record["home_bounce_rate"] = _rate(row[found["home_bounce_rate"]],
                                               found["home_bounce_rate"], where)
        records.append(record)
    columns = list(REQUIRED_COLUMNS[:4]) + ["units", "buyers"] + [
        c for c in OPTIONAL_COLUMNS if c in found]
    out = pd.DataFrame.from_records(records, columns=columns)
    out = out.sort_values("date", kind="stable").reset_index(drop=True)
    out["date"] = pd.to_datetime(out["date"]).astype("datetime64[ns]")
    for c in ("page_views", "visitors", "units", "buyers"):
        out[c] = out[c].astype("int64")
    _warn_gaps(out["date"])
    return out


def _warn_gaps(dates: pd.Series) -> None:
    if len(dates) < 2:
        return
    days = np.asarray(dates, dtype="datetime64[D]")
    steps = np.diff(days).astype(np.int64)
    gaps = [(days[i] + 1, days[i + 1] - 1) for i in np.nonzero(steps > 1)[0]]
    if gaps:
        missing = int((steps[steps > 1] - 1).sum())
        spans = ", ".join(str(a) if a == b else f"{a} to {b}" for a, b in gaps[:5])
        more = f" and {len(gaps) - 5} more gaps" if len(gaps) > 5 else ""
        warnings.warn(f"daily report: {missing} days missing ({spans}{more}); they are left "
                      "out, not filled in", MissingDaysWarning, stacklevel=3)


__all__ = ["DAILY_COLUMN_NAMES", "MissingDaysWarning", "OPTIONAL_COLUMNS", "REQUIRED_COLUMNS", "read_daily"]
