"""The item report (生意参谋 商品效果 / 量子恒道 宝贝页): one row per item and day.

    >>> import storeops
    >>> items = storeops.read_items(storeops.example_items().items)
    >>> list(items.columns)[:3]
    ['date', 'item', 'visitors']
"""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING, Any, Union

import numpy as np

from storeops import _core
from storeops.readers.table import REPORT_COLUMN_NAMES, canonical, read_table, require_columns

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]

#: The item report's columns, each with every header that names it (a view of the one table
#: shared with the daily report, :data:`storeops.readers.table.REPORT_COLUMN_NAMES`).
ITEM_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    k: REPORT_COLUMN_NAMES[k] for k in (
        "date", "item", "item_name", "visitors", "page_views", "buyers", "units", "sales",
        "conversion_rate", "bounce_rate", "favourites", "carts")}
#: Columns of :func:`read_items`, in order; the last three when the report has them.
ITEM_COLUMNS = ("date", "item", "visitors", "page_views", "buyers", "units", "sales")
ITEM_OPTIONAL_COLUMNS = ("bounce_rate", "favourites", "carts")


def _numbers(frame: pd.DataFrame, header: Any, column: str, *, percent: bool = False) -> np.ndarray:
    """A report column as floats: thousands separators, ¥ and 元 dropped; "3.25%" is 0.0325
    where a rate is expected. A cell that is no number is an error naming its row."""
    import pandas as pd

    raw = frame[header]
    if pd.api.types.is_numeric_dtype(raw):
        values = raw.to_numpy(dtype=float)
        bad = ~np.isfinite(values)
    else:
        # plain numbers in one pass; only the cells that are not (1,234 / ¥99 / 3.25%) are cleaned
        try:
            values = np.array(raw.to_numpy(dtype=object), dtype=float)
        except (ValueError, TypeError):
            values = np.array(pd.to_numeric(raw, errors="coerce"), dtype=float)  # writable
        dirty = ~np.isfinite(values)
        if dirty.any():
            text = raw[dirty].astype(str).str.strip()
            for mark in (",", "，", "¥", "￥", "元", " ", "\u00a0"):
                text = text.str.replace(mark, "", regex=False)
            is_percent = text.str.endswith("%")
            if is_percent.any() and not percent:
                row = int(np.flatnonzero(dirty)[int(np.argmax(is_percent.to_numpy()))])
                raise _core.Error(f"items: {_where(frame, row)}, column {header!r}: "
                                  f"{_shown(raw.iloc[row])} is a percentage, expected a number")
            cleaned = pd.to_numeric(text.str.rstrip("%"), errors="coerce").to_numpy(dtype=float)
            values[dirty] = np.where(is_percent.to_numpy(), cleaned / 100, cleaned)
        bad = ~np.isfinite(values)
    if bad.any():
        row = int(np.argmax(bad))
        raise _core.Error(f"items: {_where(frame, row)}, column {header!r}: {_shown(raw.iloc[row])} is "
                          "not a number")
    if (values < 0).any():
        row = int(np.argmax(values < 0))
        raise _core.Error(f"items: {_where(frame, row)}, column {header!r}: {_shown(raw.iloc[row])} is "
                          "negative")
    return np.asarray(values, dtype=float)


def _shown(value: object) -> str:
    """A cell as the report holds it, for an error: 'x', 1.5, -1."""
    if isinstance(value, np.generic):
        value = value.item()
    return repr(value)


def _counts(frame: pd.DataFrame, header: Any) -> np.ndarray:
    values = _numbers(frame, header, header)
    whole = values == np.floor(values)
    if not whole.all():
        row = int(np.argmax(~whole))
        raise _core.Error(f"items: {_where(frame, row)}, column {header!r}: "
                          f"{_shown(frame[header].iloc[row])} is not a whole number")
    huge = values > 1e12  # more than an item sells or draws in a day: a broken cell
    if huge.any():
        row = int(np.argmax(huge))
        raise _core.Error(f"items: {_where(frame, row)}, column {header!r}: "
                          f"{_shown(frame[header].iloc[row])} is more than an item counts in a day")
    return values.astype(np.int64)


class _RowNames:
    """Each row's date and item, for errors: kept in ``frame.attrs``, which pandas deep-copies
    on every operation, so it copies as itself (copying 700,000 names each time took a minute
    on a year of a large store's report)."""

    def __init__(self, dates: np.ndarray, items: np.ndarray) -> None:
        self.dates, self.items = dates, items

    def __deepcopy__(self, memo: dict[int, object]) -> _RowNames:
        return self


def _where(frame: pd.DataFrame, row: int) -> str:
    """A row of the item report, by its date and item when they can be read."""
    names = frame.attrs.get("_rows")
    parts = [str(names.dates[row]), str(names.items[row])] if names is not None else []
    return ("row " + str(row + 1) + (" (" + ", ".join(parts) + ")" if parts else ""))


def _dates(raw: pd.Series) -> pd.Series:
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(raw):
        return pd.Series(raw.dt.normalize())
    plain = pd.to_datetime(raw, errors="coerce", format="%Y-%m-%d")
    if plain.notna().all():  # the usual export: one vectorised pass
        return pd.Series(plain)
    text = raw.astype(str).str.strip()
    for mark, to in (("年", "-"), ("月", "-"), ("日", ""), ("/", "-"), (".", "-")):
        text = text.str.replace(mark, to, regex=False)
    text = text.str.split(" ").str[0].str.split("T").str[0]
    eight = text.str.fullmatch(r"\d{8}")
    text = text.where(~eight, text.str[:4] + "-" + text.str[4:6] + "-" + text.str[6:])
    # a year of four digits, no sign: "年2014-08-22" would otherwise read as the year -2014
    text = text.where(text.str.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}").fillna(False).astype(bool))
    out = pd.to_datetime(text, errors="coerce", format="%Y-%m-%d")
    if out.isna().any():
        row = int(np.argmax(out.isna().to_numpy()))
        raise _core.Error(f"items: row {row + 1}, column 'date': {_shown(raw.iloc[row])} is not a date")
    return out


def read_items(source: Source) -> pd.DataFrame:
    """Reads an item report (one row per item and day) into a DataFrame.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        A ``.csv`` (UTF-8, with or without BOM, or GBK/GB18030) or ``.xlsx`` file, or a
        DataFrame. Headers may be 生意参谋's item-effect export (统计日期, 商品ID, 商品名称, 商品访客数,
        商品浏览量, 支付买家数, 支付件数, 支付金额, 商品详情页跳出率, 商品收藏人数, 加购件数), 量子恒道's
        (宝贝页访客数, 宝贝页浏览量, 跳失率, ...) or the English names; they share one synonym table
        with :func:`read_daily` (:data:`ITEM_COLUMN_NAMES`). Cells may carry thousands
        separators, ¥ signs and percentages.

    Returns
    -------
    pandas.DataFrame
        Sorted by item then date: ``date`` (datetime64), ``item`` (the id as text; the name
        when the report has no id), ``visitors``, ``page_views``, ``buyers``, ``units`` (whole
        numbers), ``sales`` (yuan, two decimals) and, when present, ``bounce_rate`` (a rate),
        ``favourites``, ``carts``. ``buyers`` comes from the buyer column, else visitors x
        conversion rate rounded to the nearest buyer.

    Raises
    ------
    storeops.Error
        A missing column (listing those found), a cell that is no number, a negative or
        fractional count, more buyers than visitors, an item reported twice on one day: each
        named by its row, date and item.

    Examples
    --------
    >>> import storeops
    >>> items = storeops.read_items(storeops.example_items().items)
    >>> {"item", "date"} <= set(items.columns)
    True
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        frame = source.reset_index(drop=True)
    elif isinstance(source, (str, pathlib.Path)):
        frame = read_table(pathlib.Path(source), ITEM_COLUMN_NAMES, "read_items").reset_index(drop=True)
    else:
        raise _core.WrongTypeError(f"read_items(): source must be a path or a pandas DataFrame, "
                                   f"got {type(source).__name__}")
    found: dict[str, Any] = {}
    for header in frame.columns:
        name = canonical(header, ITEM_COLUMN_NAMES)
        if name is None:
            continue
        if name in found:
            raise _core.Error(f"read_items: both {found[name]!r} and {header!r} are the column {name!r}")
        found[name] = header
    if "item" not in found and "item_name" in found:
        found["item"] = found["item_name"]
    missing = [c for c in ("date", "item", "visitors", "page_views", "units", "sales") if c not in found]
    if "buyers" not in found and "conversion_rate" not in found:
        missing.append("buyers")
    require_columns("read_items: the report lacks", missing, ITEM_COLUMN_NAMES, list(frame.columns))
    dates = _dates(frame[found["date"]])
    ids = frame[found["item"]].astype(str).str.strip()
    frame = frame.copy()
    frame.attrs["_rows"] = _RowNames(dates.dt.strftime("%Y-%m-%d").to_numpy(), ids.to_numpy())
    visitors = _counts(frame, found["visitors"])
    out = pd.DataFrame({"date": dates.astype("datetime64[ns]"), "item": ids,
                        "visitors": visitors, "page_views": _counts(frame, found["page_views"])})
    if "buyers" in found:
        buyers = _counts(frame, found["buyers"])
    else:
        rate = _numbers(frame, found["conversion_rate"], found["conversion_rate"], percent=True)
        buyers = np.floor(visitors * rate + 0.5).astype(np.int64)
    over = buyers > visitors
    if over.any():
        row = int(np.argmax(over))
        raise _core.Error(f"items: {_where(frame, row)}: {buyers[row]} buyers is more than the "
                          f"{visitors[row]} visitors")
    out["buyers"] = buyers
    out["units"] = _counts(frame, found["units"])
    out["sales"] = np.round(_numbers(frame, found["sales"], found["sales"]), 2)
    if "bounce_rate" in found:
        rate = _numbers(frame, found["bounce_rate"], found["bounce_rate"], percent=True)
        if (rate > 1).any():
            row = int(np.argmax(rate > 1))
            raise _core.Error(f"items: {_where(frame, row)}, column {found['bounce_rate']!r}: "
                              f"{_shown(frame[found['bounce_rate']].iloc[row])} is not a rate in [0, 1] "
                              "(write a percentage with its % sign)")
        out["bounce_rate"] = rate
    for c in ("favourites", "carts"):
        if c in found:
            out[c] = _counts(frame, found[c])
    twice = out.duplicated(["item", "date"], keep="first")
    if twice.any():
        row = int(np.argmax(twice.to_numpy()))
        raise _core.Error(f"items: the item {out['item'].iloc[row]!r} is reported twice on "
                          f"{out['date'].iloc[row]:%Y-%m-%d}")
    return out.sort_values(["item", "date"], kind="stable").reset_index(drop=True)


__all__ = ["ITEM_COLUMNS", "ITEM_COLUMN_NAMES", "ITEM_OPTIONAL_COLUMNS", "read_items"]
