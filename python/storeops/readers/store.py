"""A store is a folder: ``plan.json`` and ``exports/`` holding whatever the store exported
(CSV in UTF-8, with BOM or GBK, .xlsx, old .xls), each file recognised by its header row,
never by its name. :func:`open_store` reads them all into one :class:`Store`; a file that
cannot be read stops nothing else: its problem is listed in ``Store.found``."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import numbers
import pathlib
import re
import warnings
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Union

from storeops import _core
from storeops._core import Plan
from storeops.plan.workbook import load_plan
from storeops.catalog.items import CATALOG_COLUMNS, Catalog
from storeops.readers.catalog import read_catalog
from storeops.readers.chats import CHAT_COLUMN_NAMES, is_chat_log, read_chat_log, read_chats
from storeops.readers.items import ITEM_COLUMN_NAMES, read_items
from storeops.readers.orders import ORDER_COLUMN_NAMES, read_orders
from storeops.readers.people import PEOPLE_COLUMN_NAMES, read_people
from storeops.readers.table import _text, canonical, read_rows, read_table
from storeops.readers.daily import DAILY_COLUMN_NAMES, MissingDaysWarning, read_daily
from storeops.readers.marketing import (
    AD_COLUMN_NAMES,
    REFUND_COLUMN_NAMES,
    REVIEW_COLUMN_NAMES,
    TRAFFIC_COLUMN_NAMES,
    read_ads,
    read_refunds,
    read_reviews,
    read_traffic,
)

if TYPE_CHECKING:
    import pandas as pd

StorePath = Union[str, pathlib.Path]

#: Returns as the month's records folder writes them (date, reason): the monthly review's
#: logistics KPI (quality returns) reads them where the folder has no refund export (退款管理),
#: which is read in full as ``refunds`` and preferred.
RETURN_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "日期", "退款申请时间", "申请时间"),
    "reason": ("reason", "退货原因", "退款原因", "原因"),
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
    ExportKind("refunds", REFUND_COLUMN_NAMES, ("order", "amount", "requested"), "refunds (退款)"),
    ExportKind("orders", ORDER_COLUMN_NAMES, ("order", "paid_amount", "status", "created"),
               "order report (订单报表)"),
    ExportKind("reviews", REVIEW_COLUMN_NAMES, ("rating", "time"), "reviews (评价)"),
    ExportKind("chats", CHAT_COLUMN_NAMES, ("time", "agent", "customer", "text"),
               "chat records (千牛 聊天记录)"),
    ExportKind("items", ITEM_COLUMN_NAMES, ("date", "item", "visitors"), "item report (商品效果)"),
    ExportKind("catalog", _CATALOG_NAMES, ("item", "name", "price", "stock"), "catalogue (商品清单)"),
    ExportKind("traffic", TRAFFIC_COLUMN_NAMES, ("date", "source", "visitors"),
               "traffic sources (流量来源)"),
    ExportKind("ads", AD_COLUMN_NAMES, ("date", "spend", "sales"),
               "ad report (直通车, 引力魔方/钻展, 淘宝客)"),
    ExportKind("daily", DAILY_COLUMN_NAMES, ("date", "visitors", "sales"), "daily report (日报表)"),
    ExportKind("returns", RETURN_COLUMN_NAMES, ("date", "reason"), "returns (退货记录)"),
    ExportKind("people", PEOPLE_COLUMN_NAMES, ("person", "role"), "people list (员工名单)"),
)
#: What a file of no known header is told: the kinds a header is tried for.
NO_HEADER = ("no header of a known export (daily report, item report, catalogue, orders, chats, "
             "refunds, reviews, traffic sources, ads, returns, people)")
#: The problems open_store writes itself, and their Chinese (a reader's own error stays as is).
PROBLEMS_ZH = {
    NO_HEADER: "未识别的文件：表头不属于任何已知导出（日报表、商品效果、商品清单、订单、聊天记录、退款、评价、流量来源、推广、退货、员工名单）",
    "the file is empty": "文件为空",
    "not an export (a .csv, .xlsx or .xls file)": "不是导出文件（应为 .csv、.xlsx 或 .xls）",
}
#: Files looked at in exports/: the rest (notes, pictures) are listed as not exports.
EXPORT_SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm", ".xls")


#: The columns of ``Store.overridden``: one row per day (or item day, order, chat line) that a
#: later export replaced, with the older file, the newer one, the columns that changed and the
#: older figures (nothing is lost).
OVERRIDDEN_COLUMNS = ("kind", "at", "file", "replaced_by", "columns", "earlier")


#: A 千牛 chat log saved as text: no header, its messages recognised by their first lines.
CHAT_LOG = ExportKind("chats", CHAT_COLUMN_NAMES, (), "chat log (千牛 聊天记录 .txt)")


def nearest_header(rows: list[list[object]]) -> str:
    """For a file of no known header: the known header nearest to one of its top cells
    ("; the nearest known header: '访客量' may be '访客数' (visitors)"), or nothing."""
    import difflib

    known = {s: (kind, column) for kind in EXPORT_KINDS for column, names in kind.names.items()
             for s in names if not s.isascii()}
    for row in rows[:20]:
        for cell in row:
            text = str(cell).strip()
            if not text or text.isascii() or len(text) > 20:
                continue
            close = difflib.get_close_matches(text, list(known), n=1, cutoff=0.6)
            if close:
                kind, column = known[close[0]]
                return (f"; the nearest known header: {text!r} may be {close[0]!r} ({column}, "
                        f"in the {kind.what})")
    return ""


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
    file: ``file``, ``kind``, ``rows``, ``first_date``, ``last_date``, ``problem``, ``exported``
    (the 导出时间 its title gives, else the file's time). ``overridden`` lists what a later
    export replaced (:data:`OVERRIDDEN_COLUMNS`).

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
    overridden: pd.DataFrame | None = None
    plan_path: pathlib.Path | None = None
    #: The ad platforms' reports (:func:`storeops.readers.marketing.read_ads`), all channels.
    ads: pd.DataFrame | None = None
    #: The refund export (:func:`storeops.readers.marketing.read_refunds`).
    refunds: pd.DataFrame | None = None
    #: The review export (:func:`storeops.readers.marketing.read_reviews`).
    reviews: pd.DataFrame | None = None
    #: Traffic by source (:func:`storeops.readers.marketing.read_traffic`).
    traffic: pd.DataFrame | None = None
    #: Returns as a records folder lists them (date, reason): the monthly review's quality
    #: returns where there is no refund export.
    returns: pd.DataFrame | None = None

    @property
    def problems(self) -> list[str]:
        """Each file's problem, as 'file: problem'."""
        rows = self.found[self.found["problem"].notna()]
        return [f"{f}: {p}" for f, p in zip(rows["file"], rows["problem"])]

    def __repr__(self) -> str:
        held = [k for k in ("daily", "items", "catalog", "chats", "orders", "people", "ads",
                            "refunds", "reviews", "traffic")
                if getattr(self, k) is not None]
        return (f"Store({str(self.path)!r}, plan {self.plan.name!r}, {len(self.found)} files: "
                f"{', '.join(held) or 'no exports read'})")


def _plain(rows: list[list[object]], kind: ExportKind) -> pd.DataFrame:
    """Returns as a records folder lists them (date, reason): its rows under the canonical
    names."""
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


def _catalog_table(path: pathlib.Path) -> pd.DataFrame:
    """A catalogue's table as read, checked when the item report is in (its roles may have to
    be inferred from it)."""
    names = {k: (k, v) for k, v in CATALOG_COLUMNS.items()}
    names["date"] = ("item", "商品ID")  # the header row is the one that names the item
    return read_table(path, names, "read_catalog")


def _lacks_roles(catalog: pd.DataFrame) -> bool:
    """Whether a catalogue's table leaves a role (商品角色) to infer from the item report."""
    from storeops.readers.table import canonical

    roles = [c for c in catalog.columns if canonical(c, _CATALOG_NAMES) == "role"]
    if not roles:
        return True
    column = catalog[roles[0]]
    return bool(column.isna().any() or column.astype(str).str.strip().isin(("", "nan")).any())


def _table_of(path: pathlib.Path, kind: ExportKind, rows: list[list[object]]) -> Any:
    readers: dict[str, Callable[[Any], Any]] = {
        "daily": read_daily, "items": read_items, "catalog": _catalog_table,
        "chats": read_chats, "orders": read_orders, "ads": read_ads, "refunds": read_refunds,
        "reviews": read_reviews, "traffic": read_traffic}
    if kind is CHAT_LOG:
        return read_chat_log(path)
    if kind.name in readers:
        return readers[kind.name](path)
    rows = read_rows(path, path.name)  # the small lists (people, returns, ads) whole
    if kind.name == "people":
        return read_people(path)
    return _plain(rows, kind)


def _dates(kind: str, table: Any) -> tuple[Any, Any]:
    import pandas as pd

    column = {"daily": "date", "items": "date", "chats": "time", "orders": "created",
              "returns": "date", "ads": "date", "refunds": "requested", "reviews": "time",
              "traffic": "date"}.get(kind)
    if column is None or table is None or len(table) == 0:
        return None, None
    values = table[column] if column in table.columns else table.index.to_series()
    return pd.Timestamp(values.min()).date(), pd.Timestamp(values.max()).date()


#: A title line's export time: 生意参谋 and the seller centre write 导出时间 (or 下载时间) above
#: the header; the file's own time stands in where a file has none.
_EXPORTED = re.compile(r"(?:导出|下载|生成)时间\s*[:：]?\s*(\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)")


def exported_at(file: pathlib.Path, rows: list[list[object]]) -> _dt.datetime:
    """When a file was exported: the 导出时间 its title lines give, else its modification time."""
    import pandas as pd

    for row in rows[:20]:
        cells = [str(c) for c in row if c is not None and str(c) != "nan"]
        for at, cell in enumerate(cells):
            found = _EXPORTED.search(cell) or (_EXPORTED.search(cell + cells[at + 1])
                                               if at + 1 < len(cells) else None)
            if found:
                return pd.Timestamp(found.group(1).replace("/", "-")).to_pydatetime()
    return _dt.datetime.fromtimestamp(file.stat().st_mtime)


def _shown(value: object) -> str:
    import pandas as pd

    if isinstance(value, pd.Timestamp):
        return str(value.date()) if value == value.normalize() else str(value)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):  # numpy's too
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        return "—" if value != value else f"{float(value):,.2f}".rstrip("0").rstrip(".")
    return str(value)


def _merge_days(parts: list[tuple[str, pd.DataFrame, _dt.datetime]], key: list[str],
                what: str, overridden: list[dict[str, Any]]) -> pd.DataFrame:
    """Files that overlap in days merged. The same day (and item) twice with the same figures
    is kept once; with different figures, the later export's (a revised re-export) replaces
    the earlier's, and each replaced row goes to ``overridden`` with the columns that changed
    and their earlier figures. Two exports of the same time that disagree are an error naming
    both files and the columns."""
    import pandas as pd

    frames = []
    for rank, (file, frame, when) in enumerate(sorted(parts, key=lambda p: p[2])):
        tagged = frame.copy()
        tagged["_file"], tagged["_when"], tagged["_rank"] = file, when, rank
        frames.append(tagged)
    every = pd.concat(frames, ignore_index=True)
    figures = [c for c in every.columns if c not in ("_file", "_when", "_rank")]
    twice = every[every.duplicated(key, keep=False)]
    for _, group in twice.groupby(key, sort=True):
        newest = group.iloc[-1]
        for _, other in group.iloc[:-1].iterrows():
            changed = [c for c in figures if not ((newest[c] == other[c]) or
                                                  (pd.isna(newest[c]) and pd.isna(other[c])))]
            if not changed:
                continue
            at = " ".join(str(pd.Timestamp(newest[k]).date()) if k == "date" else str(newest[k])
                          for k in key)
            if other["_when"] == newest["_when"]:
                raise _core.Error(
                    f"{what} {at} is reported twice with different figures ({', '.join(changed)}): "
                    f"in {other['_file']} and in {newest['_file']}, exported at the same time, "
                    "so which is the revision cannot be told; remove the one that is wrong")
            overridden.append({
                "kind": what, "at": at, "file": other["_file"], "replaced_by": newest["_file"],
                "columns": ", ".join(changed),
                "earlier": "; ".join(f"{c} {_shown(other[c])} → {_shown(newest[c])}" for c in changed)})
    merged = every.drop_duplicates(key, keep="last").drop(columns=["_file", "_when", "_rank"])
    return merged.sort_values(key, kind="stable").reset_index(drop=True)


#: The names a store's plan may have in its folder: the plan file, or the workbook that
#: ``python -m storeops preset plan.xlsx`` writes and a person edits in Excel or WPS.
PLAN_FILES = ("plan.json", "plan.xlsx")


def plan_file(folder: pathlib.Path) -> pathlib.Path:
    """The store's plan: ``plan.json`` or ``plan.xlsx``; where both are there, the one saved
    last (an edit in the workbook is newer than the file it was written from)."""
    there = [folder / name for name in PLAN_FILES if (folder / name).is_file()]
    if not there:
        raise _core.Error(f"open_store: {str(folder)!r} has no plan (plan.json or plan.xlsx); "
                          f"write one with python -m storeops preset {folder / 'plan.xlsx'}, "
                          "edit it in Excel or WPS if you like, and run again")
    return max(there, key=lambda p: p.stat().st_mtime)


def open_store(path: StorePath, *, kinds: Iterable[str] | None = None) -> Store:
    """Reads a store folder: its plan (``plan.json`` or ``plan.xlsx``) and every export under
    ``exports/``; where two exports report the same day differently, the later export wins.

    Parameters
    ----------
    path : str or pathlib.Path
        The store's folder (see :func:`example_store` for one to try).
    kinds : iterable of str, optional
        Read only these kinds of export (names of :data:`EXPORT_KINDS`, e.g. ``["daily",
        "orders"]``); every file is still recognised and listed in ``.found``, the others with
        ``rows`` left empty, and their attributes are None. By default, every kind. The daily
        desk reads only what its checks need, so that it is quick on a year of exports.

    Returns
    -------
    Store
        ``.plan`` and the exports by kind, merged across files; ``.found`` lists each file
        with its kind ("unknown" when no header was recognised), rows, dates and problem.

    Raises
    ------
    storeops.Error
        When the folder or its plan (``plan.json`` or ``plan.xlsx``) is missing or does not
        load, or when two files exported at the same time report the same day (or order)
        with different figures (naming both and the columns). A file
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
    wanted = None if kinds is None else set(kinds)
    known = {k.name for k in EXPORT_KINDS}
    if wanted is not None and wanted - known:
        raise _core.Error(f"open_store: kinds {sorted(wanted - known)} are not kinds of export "
                          f"({', '.join(sorted(known))})")
    plan_path = plan_file(folder)
    plan = load_plan(plan_path)
    exports = folder / "exports"
    files = sorted(p for p in exports.rglob("*") if p.is_file()) if exports.is_dir() else []
    found: list[dict[str, Any]] = []
    tables: dict[str, list[tuple[str, Any, _dt.datetime]]] = {}
    overridden: list[dict[str, Any]] = []
    skipped: list[tuple[pathlib.Path, ExportKind, list[list[object]], dict[str, Any]]] = []

    def read_into(file: pathlib.Path, kind: ExportKind, rows: list[list[object]],
                  entry: dict[str, Any]) -> None:
        try:
            with warnings.catch_warnings():  # missing days: counted once, on the merged days
                warnings.simplefilter("ignore", MissingDaysWarning)
                table = _table_of(file, kind, rows)
        except (ValueError, OSError, KeyError, IndexError) as err:
            entry["problem"] = str(err)
            return
        entry["rows"] = len(table)
        entry["first_date"], entry["last_date"] = _dates(entry["kind"], table)
        if entry["kind"] == "orders":
            table = table.reset_index()
        tables.setdefault(entry["kind"], []).append((entry["file"], table, entry["exported"]))

    for file in files:
        name = str(file.relative_to(folder))
        entry: dict[str, Any] = {"file": name, "kind": "unknown", "rows": 0, "first_date": None,
                                 "last_date": None, "problem": None, "exported": None}
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
                if file.suffix.lower() == ".txt" and is_chat_log(_text(file, name)):
                    kind = CHAT_LOG
                else:
                    entry["problem"] = NO_HEADER + nearest_header(rows)
                    continue
            entry["kind"] = kind.name
            entry["exported"] = exported_at(file, rows)
        except (ValueError, OSError, KeyError, IndexError) as err:
            entry["problem"] = str(err)
            continue
        if wanted is not None and kind.name not in wanted:
            entry["rows"] = None  # recognised, not read: the caller asked for other kinds
            skipped.append((file, kind, rows, entry))
            continue
        read_into(file, kind, rows, entry)
    if tables.get("catalog") and "items" not in tables and any(
            _lacks_roles(t) for _, t, _ in tables["catalog"]):
        for file, kind, rows, entry in skipped:  # its roles come from the item report
            if kind.name == "items":
                read_into(file, kind, rows, entry)

    def merged(kind: str, key: list[str], what: str) -> Any:
        parts = tables.get(kind)
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0][1]
        return _merge_days(parts, key, what, overridden)  # a revised re-export replaces

    daily = merged("daily", ["date"], "the day")
    items = merged("items", ["date", "item"], "the item day")
    chats = merged("chats", ["time", "agent", "customer", "text"], "the chat line")
    orders = merged("orders", ["order"], "the order")
    ads = merged("ads", ["date", "channel", "campaign"], "the ad day")
    refunds = merged("refunds", ["order", "requested"], "the refund")
    reviews = merged("reviews", ["time", "order", "buyer", "text"], "the review")
    traffic = merged("traffic", ["date", "source"], "the traffic day")
    returns = merged("returns", ["date", "reason"], "the return")
    if orders is not None:
        orders = orders.set_index("order")
    catalog = None
    if tables.get("catalog"):  # the latest export; its roles inferred from the items if it has none
        name, table, _ = max(tables["catalog"], key=lambda p: p[2])
        try:
            catalog = read_catalog(table, items=items)
        except ValueError as err:
            entry = next(e for e in found if e["file"] == name)
            entry["problem"] = str(err)
    people = pd.concat([t for _, t, _ in tables["people"]]) if tables.get("people") else None
    frame = pd.DataFrame(found, columns=["file", "kind", "rows", "first_date", "last_date",
                                         "problem", "exported"])
    replaced = pd.DataFrame(overridden, columns=list(OVERRIDDEN_COLUMNS))
    return Store(folder, plan, daily, items, catalog, chats, orders, people, frame, replaced,
                 plan_path, ads, refunds, reviews, traffic, returns)


__all__ = ["CHAT_LOG", "EXPORT_KINDS", "ExportKind", "NO_HEADER", "OVERRIDDEN_COLUMNS", "PLAN_FILES",
           "PROBLEMS_ZH", "RETURN_COLUMN_NAMES", "Store", "exported_at", "nearest_header",
           "open_store", "plan_file", "recognise"]
