"""Reading a store's exported reports: the one table of column names that the daily report
(:func:`storeops.read_daily`) and the item report (:func:`storeops.read_items`) share, and
the file reader both use (CSV in UTF-8, UTF-8 with BOM or GBK/GB18030, or Excel; a title
above the header row is skipped)."""

from __future__ import annotations

import csv
import io
import re
import itertools
import pathlib
from typing import TYPE_CHECKING, Mapping, Sequence

from storeops import _core

if TYPE_CHECKING:
    import pandas as pd

#: Every column of the reports and every header that names it: the English name first, then
#: the seed's daily report (002), 生意参谋 and 量子恒道 exports. Matched after trimming spaces,
#: ASCII letters in any case. Each report reads the columns it knows (a store's 跳失率 is its
#: home page's, an item's is its page's). Add a synonym here and it is understood everywhere.
REPORT_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "date": ("date", "日期", "统计日期", "时间", "统计时间"),
    "page_views": ("page_views", "浏览量", "PV", "页面浏览量", "商品浏览量", "宝贝页浏览量",
                   "宝贝浏览量"),
    "visitors": ("visitors", "访客数", "UV", "访客人数", "访客", "商品访客数", "宝贝页访客数",
                 "宝贝访客数"),
    "sales": ("sales", "销售额", "支付金额", "支付宝成交金额", "成交金额"),
    "units": ("units", "成交件数", "支付件数", "支付宝成交件数", "支付商品件数"),
    "buyers": ("buyers", "支付买家数", "成交用户数", "成交人数", "支付人数"),
    "conversion_rate": ("conversion_rate", "转化率", "支付转化率", "全店成交转化率",
                        "全店成交转化率均值"),
    "average_order_value": ("average_order_value", "客单价", "客单价均值"),
    "dsr": ("dsr", "DSR", "动态评分"),
    "pages_per_visit": ("pages_per_visit", "访问深度", "平均访问深度", "人均浏览量"),
    "home_bounce_rate": ("home_bounce_rate", "首页跳失率", "跳失率"),
    # the item report (生意参谋 商品效果, 量子恒道 宝贝页)
    "item": ("item", "商品ID", "商品id", "宝贝ID", "宝贝id"),
    "item_name": ("item_name", "商品名称", "宝贝名称", "商品标题", "宝贝标题"),
    "bounce_rate": ("bounce_rate", "商品详情页跳出率", "详情页跳出率", "跳出率", "跳失率"),
    "favourites": ("favourites", "商品收藏人数", "收藏人数", "宝贝收藏人数"),
    "carts": ("carts", "加购件数", "商品加购件数"),
}


#: A unit an export writes after a header ("支付金额(元)", "转化率（%）"): the header is read
#: without it.
_UNIT = re.compile(r"\s*[（(]\s*(?:元|%|％|个|人|次|件|笔|秒|天)\s*[)）]\s*$")


def canonical(header: object, names: Mapping[str, tuple[str, ...]]) -> str | None:
    """The column a header names, among ``names``; None for a column the report ignores. A
    unit in brackets after the header is no part of its name ("支付金额(元)" is 支付金额)."""
    text = _UNIT.sub("", str(header).strip())
    for name, synonyms in names.items():
        for s in synonyms:
            if text == s or (text.isascii() and text.lower() == s.lower()):
                return name
    return None


def require_columns(what: str, missing: Sequence[str], names: Mapping[str, tuple[str, ...]],
                    columns: Sequence[object]) -> None:
    """Refuses a table that lacks columns, naming each with two of its headers and listing the
    columns it has: ``what`` says whose (e.g. "read_items: the report lacks")."""
    if missing:
        raise _core.Error(what + " " + ", ".join(
            f"{m!r} ({' / '.join(names[m.split(' ')[0]][1:3])})" for m in missing)
            + "; its columns are " + ", ".join(repr(str(c)) for c in columns))


def header_row(rows: Sequence[Sequence[object]], names: Mapping[str, tuple[str, ...]],
               key: str = "date") -> int:
    """The first of the top rows that names the ``key`` column (exports put a title above)."""
    for i, row in enumerate(rows[:20]):
        if any(canonical(cell, names) == key for cell in row):
            return i
    return 0


#: The largest export read (a year of a large store's item report is about 40 MB): a bigger
#: file is refused by name rather than read into memory.
MAX_EXPORT_BYTES = 512 * 1024 * 1024
#: The longest cell of a CSV export (the csv module's limit): a longer one is refused by name.
MAX_CELL_CHARS = 128 * 1024


def _check_size(path: pathlib.Path, what: str) -> None:
    size = path.stat().st_size
    if size > MAX_EXPORT_BYTES:
        raise _core.Error(f"{what}: {str(path)!r} is {size / 2**20:,.0f} MiB, more than the "
                          f"{MAX_EXPORT_BYTES // 2**20} MiB an export is read up to: split it "
                          "by months")


def _text(path: pathlib.Path, what: str) -> str:
    """A CSV export's text: UTF-8 (with or without BOM), else GBK/GB18030."""
    _check_size(path, what)
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _core.Error(f"{what}: {str(path)!r} is neither UTF-8 nor GBK/GB18030 text")
    if "\x00" in text:
        raise _core.Error(f"{what}: {str(path)!r} holds NUL bytes: not a text export")
    return text


def _blank(row: Sequence[object]) -> bool:
    return not any(not (isinstance(c, float) and c != c) and str(c).strip() for c in row)


#: A cell Excel is told to keep as text: ="4012000002375438590" (the seller centre writes long
#: order numbers so, that Excel does not round them to 4.01E+18).
_EXCEL_TEXT = re.compile(r'^="(.*)"$', re.S)


def unwrap(cell: object) -> object:
    """A cell's value without Excel's text mark (``="…"`` → ``…``); other cells as they are."""
    if isinstance(cell, str) and cell.startswith('="'):
        found = _EXCEL_TEXT.match(cell.strip())
        if found:
            return found.group(1)
    return cell


def _unwrap_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every column of text cells without Excel's text mark, looked at only where one has it."""
    for column in frame.columns:
        values = frame[column]
        if values.dtype == object and values.astype(str).str.startswith('="').any():
            frame[column] = values.map(unwrap)
    return frame


def read_rows(path: pathlib.Path, what: str, limit: int | None = None) -> list[list[object]]:
    """A file's rows of cells (the first ``limit`` when given), blank rows dropped: CSV (UTF-8,
    UTF-8 with BOM or GBK/GB18030), .xlsx (openpyxl) or old .xls (python-calamine, as
    生意参谋 and the seller centre export)."""
    import pandas as pd

    if not path.exists():
        raise _core.Error(f"{what}: no file {str(path)!r}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls"):
        _check_size(path, what)
        engine = "calamine" if suffix == ".xls" else "openpyxl"
        try:
            raw = pd.read_excel(path, header=None, dtype=object, engine=engine,  # type: ignore[call-overload]
                                nrows=limit)
        except ImportError as err:
            package = "python-calamine" if engine == "calamine" else "openpyxl"
            raise _core.Error(f"{what}: reading {str(path)!r} needs {package} (pip install "
                              f"{package}; it comes with storeops)") from err
        except Exception as err:  # a broken workbook: the reader's root cause, with the file
            root: BaseException = err
            while root.__cause__ is not None or root.__context__ is not None:
                root = root.__cause__ or root.__context__  # type: ignore[assignment]
            words = str(root).splitlines()[0] if str(root) else ""
            raise _core.Error(f"{what}: {str(path)!r} is not a readable {suffix[1:]} workbook "
                              f"({type(root).__name__}: {words})") from None
        return [[unwrap(c) for c in r] for r in raw.values.tolist() if not _blank(r)]
    if suffix in (".csv", ".txt"):
        # csv, not pandas' parser: an export's title line above the header has fewer fields
        reader = csv.reader(io.StringIO(_text(path, what)))
        try:
            lines = [r for r in (reader if limit is None else itertools.islice(reader, limit))
                     if any(cell.strip() for cell in r)]
        except csv.Error as err:
            raise _core.Error(f"{what}: {str(path)!r} row {reader.line_num}: {err} (a cell of "
                              f"more than {MAX_CELL_CHARS // 1024} KB is no export's)") from None
        width = max((len(r) for r in lines), default=0)
        return [[*map(unwrap, r), *[""] * (width - len(r))] for r in lines]
    raise _core.Error(f"{what}: {str(path)!r} must be a .csv, .xlsx or .xls file, got "
                      f"{suffix or 'no suffix'!r}")


def _csv_table(path: pathlib.Path, names: Mapping[str, tuple[str, ...]], what: str,
               key: str) -> pd.DataFrame:
    """A CSV export under its header row, parsed by pandas' C reader from that row on (the
    lines above it, an export's title, are found with the csv module)."""
    import pandas as pd

    text = _text(path, what)
    stream = io.StringIO(text)
    reader = csv.reader(stream)
    start = 0
    for _ in range(20):
        at = stream.tell()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            raise _core.Error(f"{what}: {str(path)!r} row {reader.line_num}: {err} (a cell of "
                              f"more than {MAX_CELL_CHARS // 1024} KB is no export's)") from None
        if any(canonical(cell, names) == key for cell in row):
            start = at
            break
    else:
        start = 0
    if not text[start:].strip():
        raise _core.Error(f"{what}: {str(path)!r} is empty")
    longest = max(map(len, text.splitlines()), default=0)  # a line holds its longest cell
    if longest > MAX_CELL_CHARS:
        raise _core.Error(f"{what}: {str(path)!r} has a line of {longest:,} characters (a cell "
                          f"of more than {MAX_CELL_CHARS // 1024} KB is no export's)")
    try:
        frame = pd.read_csv(io.StringIO(text[start:]), dtype=str, keep_default_na=False,
                            skip_blank_lines=True)
    except (pd.errors.ParserError, ValueError) as err:
        raise _core.Error(f"{what}: {str(path)!r} is not a readable CSV table ({err})") from None

    frame.columns = [str(unwrap(str(c).strip())).strip() for c in frame.columns]
    frame = _unwrap_frame(frame[~(frame == "").all(axis=1)].copy())
    if frame.empty:
        raise _core.Error(f"{what}: {str(path)!r} has a header row and no rows below it")
    return frame


def read_table(path: pathlib.Path, names: Mapping[str, tuple[str, ...]], what: str,
               key: str = "date") -> pd.DataFrame:
    """A report file as text cells under its header row (the first naming ``key``); ``what``
    names the caller in errors."""
    import pandas as pd

    if path.exists() and path.suffix.lower() in (".csv", ".txt"):
        return _csv_table(path, names, what, key)
    rows = read_rows(path, what)
    if not rows:
        raise _core.Error(f"{what}: {str(path)!r} is empty")
    top = header_row(rows, names, key)
    if top + 1 >= len(rows):
        raise _core.Error(f"{what}: {str(path)!r} has a header row and no rows below it")
    frame = pd.DataFrame(rows[top + 1:], columns=[str(c).strip() for c in rows[top]])
    return frame.dropna(how="all")  # read_rows has unwrapped ="…" already


__all__ = ["MAX_CELL_CHARS", "MAX_EXPORT_BYTES", "REPORT_COLUMN_NAMES", "canonical", "header_row", "read_rows", "read_table", "unwrap",
           "require_columns"]
