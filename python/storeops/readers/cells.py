"""The cells of an export as values: numbers with thousands separators, money to the fen,
counts, times, and text, each error naming the export, the row and the column.

The readers of the exports added in round four (ads, refunds, reviews, traffic sources) read
their columns through :func:`parse_columns`; a column is given a kind and every cell of it is
checked, none silently zeroed or dropped.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Callable, Mapping

from storeops import _core
from storeops.readers.table import unwrap

if TYPE_CHECKING:
    import pandas as pd

#: What a blank cell may say in an export.
BLANK = ("", "-", "--", "nan", "NaN", "None", "NaT", "null")
_MARKS = re.compile(r"[,，¥￥元\s\u00a0]")


class CellError(ValueError):
    """A cell that does not read as its column's kind (the reader adds where)."""


def _text(value: object) -> str:
    return str(unwrap(value)).strip()


def blank(value: object) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    return _text(value) in BLANK


def number(value: object, *, percent: bool = False) -> float:
    """A number: "1,567" is 1567, "¥38.90" 38.9, "3.25%" 0.0325 where a rate is read."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        x = float(value)
    else:
        text = _MARKS.sub("", _text(value))
        scale = 1.0
        if text.endswith("%"):
            if not percent:
                raise CellError("is a percentage, expected a number")
            text, scale = text[:-1], 0.01
        try:
            x = float(text) * scale
        except ValueError:
            raise CellError("is not a number") from None
    if not math.isfinite(x):
        raise CellError("is not a finite number")
    return x


def amount(value: object) -> float:
    """Money in yuan, never negative, exact to the fen (checked through storeops.Money)."""
    x = number(value)
    if x < 0:
        raise CellError("is negative")
    text = _MARKS.sub("", _text(value)) if isinstance(value, str) else None
    try:
        money = _core.Money(text) if text else _core.Money(x)
    except (ValueError, OverflowError):
        raise CellError("is not an amount of money (yuan to the fen)") from None
    return money.fen / 100


def count(value: object) -> int:
    x = number(value)
    if x < 0 or x != math.floor(x):
        raise CellError("is not a whole number of zero or more")
    return int(x)


def moment(value: object) -> object:
    """A date and time (pandas Timestamp); a year outside 1900-2999 is no export's."""
    import pandas as pd

    try:
        stamp = pd.Timestamp(_text(value).replace("/", "-"))
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        raise CellError("is not a date or a time") from None
    if pd.isna(stamp) or not 1900 <= stamp.year <= 2999 or stamp.tzinfo is not None:
        raise CellError("is not a date or a time")
    return stamp


def text(value: object) -> str:
    return _text(value)


#: The kinds a column may be read as.
KINDS: dict[str, Callable[[object], object]] = {
    "number": number, "amount": amount, "count": count, "time": moment, "text": text,
    "rate": lambda v: number(v, percent=True)}


def parse_columns(frame: pd.DataFrame, found: Mapping[str, str], kinds: Mapping[str, str],
                  what: str, *, optional_blank: tuple[str, ...] = ()) -> pd.DataFrame:
    """The export's columns under their canonical names, each cell read as its kind.

    ``found`` maps a canonical column to the export's own header; ``kinds`` a canonical
    column to its kind (:data:`KINDS`). A blank cell is an error naming the row and the column
    unless the column is in ``optional_blank`` (a refund not yet finished has no finish time),
    where it is kept as missing. Rows are numbered as the export's data rows, from 1."""
    import pandas as pd

    out = {}
    for column, header in found.items():
        parse = KINDS[kinds.get(column, "text")]
        values: list[object] = []
        for row, value in enumerate(frame[header].tolist(), start=1):
            if blank(value):
                if column in optional_blank or kinds.get(column, "text") == "text":
                    values.append(None if kinds.get(column, "text") != "text" else "")
                    continue
                raise _core.Error(f"{what} row {row}, column {header!r}: the value is missing")
            try:
                values.append(parse(value))
            except CellError as err:
                raise _core.Error(f"{what} row {row}, column {header!r}: {_text(value)!r} "
                                  f"{err}") from None
        out[column] = values
    result = pd.DataFrame(out, index=pd.RangeIndex(len(frame)))
    for column, kind in kinds.items():
        if column in result and kind == "time":
            result[column] = pd.to_datetime(result[column]).astype("datetime64[ns]")
    return result


__all__ = ["BLANK", "CellError", "KINDS", "amount", "blank", "count", "moment", "number",
           "parse_columns", "text"]
