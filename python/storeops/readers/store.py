"""A store is a folder: ``plan.json`` and ``exports/`` holding whatever the store exported
(CSV in UTF-8, with BOM or GBK, .xlsx, old .xls), each file recognised by its header row,
never by its name. :func:`open_store` reads them all into one :class:`Store`; a file that
cannot be read stops nothing else: its problem is listed in ``Store.found``."""

from __future__ import annotations

import dataclasses
import pathlib
import warnings
from typing import TYPE_CHECKING, Any, Callable, Mapping, Union

from storeops import _core
from storeops._core import Plan
from storeops.catalog.items import CATALOG_COLUMNS, Catalog
from storeops.readers.catalog import read_catalog
from storeops.readers.chats import CHAT_COLUMN_NAMES, read_chats
from storeops.readers.items import ITEM_COLUMN_NAMES, read_items
from storeops.readers.orders import ORDER_COLUMN_NAMES, read_orders
from storeops.readers.people import PEOPLE_COLUMN_NAMES, read_people
from storeops.readers.table import canonical, read_rows
from storeops.readers.daily import DAILY_COLUMN_NAMES, MissingDaysWarning, read_daily

if TYPE_CHECKING:
    import pandas as pd

StorePath = Union[str, pathlib.Path]

#: Returns (退货/退款记录) and advertising (直通车/钻展 报表): recognised and listed; the
#: monthly review counts them.
RETURN_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "日期", "退款申请时间", "申请时间"),
    "reason": ("reason", "退货原因", "退款原因", "原因"),
}
AD_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "日期"),
    "impressions": ("impressions", "展现量"),
    "clicks": ("clicks", "点击量"),
    "spend": ("spend", "花费"),
}
_CATALOG_NAMES = {k: (k, v) for k, v in CATALOG_COLUMNS.items()}


@dataclasses.dataclass(frozen=True)
class ExportKind:
    """A kind of export: the columns its header row names (all of ``required``)."""

    name: str
    names: Mapping[str, tuple[str, ...]]
    required: tuple[str, ...]
    what: str  # what a person calls it


#: The kinds, in the order a header is tried: the more specific first (an item report also
#: names a date, visitors and sales, like the daily report).
EXPORT_KINDS = (
    ExportKind("orders", ORDER_COLUMN_NAMES, ("order", "paid_amount", "status", "created"),
               "order report (订单报表)"),
    ExportKind("chats", CHAT_COLUMN_NAMES, ("time", "agent", "customer", "text"),
               "chat records (千牛 聊天记录)"),
    ExportKind("items", ITEM_COLUMN_NAMES, ("date", "item", "visitors"), "item report (商品效果)"),
    ExportKind("catalog", _CATALOG_NAMES, ("item", "name", "price", "stock"), "catalogue (商品清单)"),
    ExportKind("daily", DAILY_COLUMN_NAMES, ("date", "visitors", "sales"), "daily report (日报表)"),
    ExportKind("returns", RETURN_COLUMN_NAMES, ("date", "reason"), "returns (退货记录)"),
    ExportKind("ads", AD_COLUMN_NAMES, ("date", "impressions", "clicks", "spend"),
               "advertising report (推广报表)"),
    ExportKind("people", PEOPLE_COLUMN_NAMES, ("person", "role"), "people list (员工名单)"),
)
#: The problems open_store writes itself, and their Chinese (a reader's own error stays as is).
PROBLEMS_ZH = {
    "no header of a known export (daily report, item report, catalogue, orders, chats, "
    "returns, ads, people)": "未识别的文件：表头不属于任何已知导出（日报表、商品效果、商品清单、订单、聊天记录、退货、推广、员工名单）",
    "the file is empty": "文件为空",
    "not an export (a .csv, .xlsx or .xls file)": "不是导出文件（应为 .csv、.xlsx 或 .xls）",
}
#: Files looked at in exports/: the rest (notes, pictures) are listed as not exports.
EXPORT_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm", ".xls")


def recognise(rows: list[list[object]]) -> ExportKind | None:
    """The kind of export whose header is among the top rows, or None."""
    for row in rows[:20]:
        for kind in EXPORT_KINDS:
            named = {canonical(cell, kind.names) for cell in row}
            if all(r in named for r in kind.required):
                return kind
    return None


@dataclasses.dataclass
class Store:
    """A store folder read by :func:`open_store`: its plan and its exports, merged by kind.

    ``daily``, ``items``, ``orders``, ``chats``, ``people`` are DataFrames as their readers
    return them (``read_daily``, ``read_items``, ``read_orders``, ``read_chats``), ``catalog`` a
    :class:`storeops.Catalog`; each is None when the folder has none. ``found`` has one row per
    file: ``file``, ``kind``, ``rows``, ``first_date``, ``last_date``, ``problem``.

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> store = storeops.open_store(storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop"))
    >>> store.daily is not None
    True
    """

    path: pathlib.Path
    plan: Plan
    daily: pd.DataFrame | None
    items: pd.DataFrame | None
    catalog: Catalog | None
    chats: pd.DataFrame | None
    orders: pd.DataFrame | None
    people: pd.DataFrame | None
    found: pd.DataFrame

    @property
    def problems(self) -> list[str]:
        """Each file's problem, as 'file: problem'."""
        rows = self.found[self.found["problem"].notna()]
        return [f"{f}: {p}" for f, p in zip(rows["file"], rows["problem"])]

    def __repr__(self) -> str:
        held = [k for k in ("daily", "items", "catalog", "chats", "orders", "people")
                if getattr(self, k) is not None]
        return (f"Store({str(self.path)!r}, plan {self.plan.name!r}, {len(self.found)} files: "
                f"{', '.join(held) or 'no exports read'})")


def _plain(rows: list[list[object]], kind: ExportKind) -> pd.DataFrame:
    """An export the review only counts (returns, ads): its rows under the canonical names."""
    import pandas as pd

    top = next(i for i, r in enumerate(rows[:20])
               if set(kind.required) <= {canonical(c, kind.names) for c in r})
    header = [canonical(c, kind.names) or str(c) for c in rows[top]]
    frame = pd.DataFrame(rows[top + 1:], columns=header)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    bad = frame["date"].isna()
    if bad.any():
        raise _core.Error(f"row {int(bad.to_numpy().argmax()) + 1}, column 'date': "
                          f"{rows[top + 1 + int(bad.to_numpy().argmax())]!r} has no date")
    return frame


def _table_of(path: pathlib.Path, kind: ExportKind, rows: list[list[object]]) -> Any:
    readers: dict[str, Callable[[Any], Any]] = {
        "daily": read_daily, "items": read_items, "catalog": read_catalog,
        "chats": read_chats, "orders": read_orders}
    if kind.name in readers:
        return readers[kind.name](path)
    rows = read_rows(path, path.name)  # the small lists (people, returns, ads) whole
    if kind.name == "people":
        return read_people(path)
    return _plain(rows, kind)


def _dates(kind: str, table: Any) -> tuple[Any, Any]:
    import pandas as pd

    column = {"daily": "date", "items": "date", "chats": "time", "orders": "created",
              "returns": "date", "ads": "date"}.get(kind)
    if column is None or table is None or len(table) == 0:
        return None, None
    values = table[column] if column in table.columns else table.index.to_series()
    return pd.Timestamp(values.min()).date(), pd.Timestamp(values.max()).date()


def _merge_days(parts: list[tuple[str, pd.DataFrame]], key: list[str], what: str) -> pd.DataFrame:
    """Files that overlap in days merged: the same day (and item) twice with the same figures
    is kept once; with different figures, an error naming both files."""
    import pandas as pd

    frames = []
    for file, frame in parts:
        tagged = frame.copy()
        tagged["_file"] = file
        frames.append(tagged)
    every = pd.concat(frames, ignore_index=True)
    figures = [c for c in every.columns if c != "_file"]
    twice = every[every.duplicated(key, keep=False)]
    for _, group in twice.groupby(key, sort=True):
        first = group.iloc[0]
        for _, other in group.iloc[1:].iterrows():
            same = all((first[c] == other[c]) or (pd.isna(first[c]) and pd.isna(other[c]))
                       for c in figures)
            if not same:
                at = " ".join(str(pd.Timestamp(first[k]).date()) if k == "date" else str(first[k])
                              for k in key)
                raise _core.Error(f"{what} {at} is reported twice with different figures: in "
                                  f"{first['_file']} and in {other['_file']}")
    merged = every.drop_duplicates(key, keep="first").drop(columns="_file")
    return merged.sort_values(key, kind="stable").reset_index(drop=True)


def open_store(path: StorePath) -> Store:
    """Reads a store folder: ``plan.json`` and every export under ``exports/``.

    Parameters
    ----------
    path : str or pathlib.Path
        The store's folder (see :func:`example_store` for one to try).

    Returns
    -------
    Store
        ``.plan`` and the exports by kind, merged across files; ``.found`` lists each file
        with its kind ("unknown" when no header was recognised), rows, dates and problem.

    Raises
    ------
    storeops.Error
        When the folder or its ``plan.json`` is missing or the plan does not load, or when two
        files report the same day (or order) with different figures (naming both). A file
        that cannot be read is a problem in ``.found``, not an error: it stops nothing else.

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> store = storeops.open_store(storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop"))
    >>> type(store).__name__, store.plan.market.promotion_share
    ('Store', 0.1)
    """
    import pandas as pd

    folder = pathlib.Path(path)
    if not folder.is_dir():
        raise _core.Error(f"open_store: {str(folder)!r} is not a folder (a store is a folder "
                          "with plan.json and exports/; storeops.example_store(path) makes one)")
    plan_path = folder / "plan.json"
    if not plan_path.exists():
        raise _core.Error(f"open_store: {str(folder)!r} has no plan.json (write one with "
                          f"python -m storeops preset {plan_path})")
    plan = _core.load_plan(str(plan_path))
    exports = folder / "exports"
    files = sorted(p for p in exports.rglob("*") if p.is_file()) if exports.is_dir() else []
    found: list[dict[str, Any]] = []
    tables: dict[str, list[tuple[str, Any]]] = {}
    for file in files:
        name = str(file.relative_to(folder))
        entry: dict[str, Any] = {"file": name, "kind": "unknown", "rows": 0, "first_date": None,
                                 "last_date": None, "problem": None}
        found.append(entry)
        if file.suffix.lower() not in EXPORT_SUFFIXES:
            entry["problem"] = "not an export (a .csv, .xlsx or .xls file)"
            continue
        try:
            rows = read_rows(file, name, limit=20)  # the header is among the top rows
            if not rows:
                entry["problem"] = "the file is empty"
                continue
            kind = recognise(rows)
            if kind is None:
                entry["problem"] = "no header of a known export (daily report, item report, " \
                                   "catalogue, orders, chats, returns, ads, people)"
                continue
            entry["kind"] = kind.name
            with warnings.catch_warnings():  # missing days: counted once, on the merged days
                warnings.simplefilter("ignore", MissingDaysWarning)
                table = _table_of(file, kind, rows)
        except (ValueError, OSError, KeyError, IndexError) as err:
            entry["problem"] = str(err)
            continue
        entry["rows"] = len(table)
        entry["first_date"], entry["last_date"] = _dates(entry["kind"], table)
        if entry["kind"] == "orders":
            table = table.reset_index()
        tables.setdefault(entry["kind"], []).append((name, table))

    def merged(kind: str, key: list[str], what: str) -> Any:
        parts = tables.get(kind)
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0][1]
        return _merge_days(parts, key, what)  # two files that disagree: an error naming both

    daily = merged("daily", ["date"], "the day")
    items = merged("items", ["date", "item"], "the item day")
    chats = merged("chats", ["time", "agent", "customer", "text"], "the chat line")
    orders = merged("orders", ["order"], "the order")
    if orders is not None:
        orders = orders.set_index("order")
    catalog = tables["catalog"][-1][1] if tables.get("catalog") else None
    people = pd.concat([t for _, t in tables["people"]]) if tables.get("people") else None
    frame = pd.DataFrame(found, columns=["file", "kind", "rows", "first_date", "last_date",
                                         "problem"])
    return Store(folder, plan, daily, items, catalog, chats, orders, people, frame)


__all__ = ["AD_COLUMN_NAMES", "EXPORT_KINDS", "ExportKind", "PROBLEMS_ZH", "RETURN_COLUMN_NAMES", "Store", "open_store", "recognise"]
