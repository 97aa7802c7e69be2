"""The plan as a workbook a store owner edits in Excel or WPS (issue: the plan is a 900-line
JSON file with English keys): a sheet per section with a row per field (its Chinese and English
name, value, unit, what it may be, what it means and where it comes from), and a sheet per table of the plan (tiers,
bands, pay rules, stages, campaigns, shifts). :func:`save_plan` writes it, :func:`load_plan`
reads it back to an identical plan; a bad cell is an error naming the sheet, row and field.

The workbook is the plan file's own structure laid out flat (the JSON keys are the field
names), so every part of a plan travels, and the plan file's loader checks what comes back."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any, Union

from storeops import _core
from storeops._core import Plan

PathLike = Union[str, pathlib.Path]

#: The sheet that says what the workbook is; the schema and the plan's name are on it.
ABOUT = "plan"
#: Section -> the class whose FIELDS give each field's Chinese name and meaning.
SECTION_CLASSES = {"market": "MarketAssumptions", "shipping": "ShippingRules",
                   "probation": "ProbationPolicy", "campaign_day": "CampaignDayPolicy",
                   "costs": "CostStructure", "fees": "PlatformFees", "staffing": "StaffingPolicy",
                   "pay": "PayPolicy", "assessment": "AssessmentRules", "targets": "PlanTargets",
                   "funding": "Funding"}
COLUMNS = ("field", "中文", "value", "unit", "allowed", "about", "source")
_SOURCE = re.compile(r"\*assumed\*|\b00[0-4](?: ch\.\d+| 篇\d+)?")


def _fields(class_name: str) -> dict[str, tuple[str, str, str]]:
    """Each field's Chinese name, meaning and what its rule allows (the class's FIELDS and
    ALLOWED, from the compiled field tables)."""
    cls = getattr(_core, class_name, None)
    allowed = getattr(cls, "ALLOWED", {})
    return {name: (zh, doc, allowed.get(name, "")) for name, zh, doc in getattr(cls, "FIELDS", ())}


def _unit(name: str, value: Any, allowed: str) -> str:
    """The unit a person types the value in, from the field's rule and name."""
    last = name.split(".")[-1].split("[")[0]
    if "yuan" in allowed:
        return "yuan 元"
    if isinstance(value, bool):
        return "true / false"
    if last.endswith("_s"):
        return "seconds 秒"
    if "hour" in last:
        return "hours 小时" if "hours" in last else "hour of day 时"
    if last.endswith("_days") or last.endswith("days"):
        return "days 天"
    if "month" in last:
        return "months 月"
    if allowed.startswith("0 to 1") or allowed.startswith("above 0, at most 1"):
        return "share (0.02 = 2%)"
    return ""


def _source(doc: str) -> str:
    found = _SOURCE.search(doc)
    return found.group(0).strip() if found else ""


def _is_table(value: Any) -> bool:
    return isinstance(value, list) and (not value or all(isinstance(v, dict) for v in value))


def _flatten(prefix: str, value: Any, rows: list[tuple[str, Any]]) -> None:
    """Scalars by dotted path; a list of numbers element by element ("hourly_share[3]")."""
    if isinstance(value, dict):
        if not value:
            rows.append((prefix, "{}"))
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else key, inner, rows)
    elif isinstance(value, list) and not _is_table(value):
        for i, inner in enumerate(value):
            _flatten(f"{prefix}[{i}]", inner, rows)
    else:
        rows.append((prefix, value))


def _cell(value: Any) -> Any:
    """A table's cell: scalars as they are, anything nested as its JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def save_plan(plan: Plan, path: PathLike) -> pathlib.Path:
    """Writes the plan to ``path``: a workbook (.xlsx) a store owner edits, or the plan file
    (JSON, any other suffix) as :meth:`Plan.save` does. Returns the path.

    Parameters
    ----------
    plan : Plan
        The plan to write.
    path : str or pathlib.Path
        Where: a .xlsx path writes a workbook, any other a plan file (JSON).

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    storeops.Error
        A path that cannot be written (naming it and why).

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> storeops.save_plan(storeops.presets.tmall_2014(), folder / "plan.json").name
    'plan.json'
    >>> storeops.load_plan(folder / "plan.json") == storeops.presets.tmall_2014()
    True
    """
    import pandas as pd

    target = pathlib.Path(path)
    if target.suffix.lower() != ".xlsx":
        plan.save(str(target))
        return target
    doc = json.loads(plan.to_json())
    sheets: dict[str, pd.DataFrame] = {ABOUT: pd.DataFrame({
        "field": ["schema", "name", "how to edit"],
        "中文": ["格式", "计划名称", "修改说明"],
        "value": [doc["schema"], doc["name"],
                  "change the value column; tables are the other sheets; amounts in yuan, rates "
                  "as 0.02 for 2%; load with storeops.load_plan(path)"]})}
    for section, value in doc.items():
        if section in ("schema", "name"):
            continue
        if _is_table(value):
            sheets[section] = _table(section, value)
            continue
        rows: list[tuple[str, Any]] = []
        tables: dict[str, list[Any]] = {}
        for key, inner in value.items():
            if _is_table(inner):
                tables[key] = inner
            else:
                _flatten(key, inner, rows)
        fields = _fields(SECTION_CLASSES.get(section, ""))
        records = []
        for name, cell in rows:
            zh, doc_text, allowed = fields.get(name.split(".")[0].split("[")[0], ("", "", ""))
            if "." in name or "[" in name:
                allowed = ""  # a part of the field (an element, a distribution's parameter)
            records.append((name, zh, cell, _unit(name, cell, allowed), allowed, doc_text,
                            _source(doc_text)))
        sheets[section] = pd.DataFrame(records, columns=list(COLUMNS))
        for key, table in tables.items():
            sheets[f"{section}.{key}"[:31]] = _table(key, table)
    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return target


def _table(key: str, rows: list[dict[str, Any]]) -> Any:
    """A table of the plan (tiers, bands, stages, ...): a row each, its fields as columns."""
    import pandas as pd

    if not rows:
        return pd.DataFrame({"(none)": []})
    # the columns keep the plan file's names, so that a table reads back as it was
    columns = list(dict.fromkeys(k for r in rows for k in r))
    return pd.DataFrame([[_cell(r.get(c)) for c in columns] for r in rows], columns=columns)


def _set(doc: dict[str, Any], path: str, value: Any, where: str) -> None:
    """Sets ``doc`` at a dotted path with list indices ("cpc.value", "hourly_share[3]")."""
    parts = re.findall(r"[^.\[\]]+|\[\d+\]", path)
    if not parts:
        raise _core.Error(f"{where}: the field is empty")
    node: Any = doc
    for part, following in zip(parts, [*parts[1:], None]):
        key: Any = int(part[1:-1]) if part.startswith("[") else part
        child: Any = [] if following is not None and following.startswith("[") else {}
        if following is None:
            if isinstance(node, list):
                while len(node) <= key:
                    node.append(None)
            node[key] = value
            return
        if isinstance(node, list):
            while len(node) <= key:
                node.append(None)
            if node[key] is None:
                node[key] = child
            node = node[key]
        else:
            node = node.setdefault(key, child)


def _value(cell: Any) -> Any:
    """A workbook cell as the plan file writes the value (Excel's floats that are whole stay
    numbers; a table's nested value from its JSON text)."""
    import math

    if isinstance(cell, float) and math.isnan(cell):
        return None
    if isinstance(cell, str) and cell[:1] in "[{":
        try:
            return json.loads(cell)
        except ValueError:
            return cell
    if hasattr(cell, "item"):  # a NumPy scalar
        return cell.item()
    return cell


def load_workbook_plan(path: PathLike) -> Plan:
    """Reads a plan workbook written by :func:`save_plan` (and edited); errors name the sheet,
    the row and the field."""
    import pandas as pd

    source = pathlib.Path(path)
    try:
        book = pd.read_excel(source, sheet_name=None, dtype=object, engine="openpyxl")
    except FileNotFoundError:
        raise _core.Error(f"cannot read a plan from '{source}': no such file") from None
    except Exception as err:
        raise _core.Error(f"cannot read a plan from '{source}': not a readable workbook "
                          f"({type(err).__name__})") from None
    if ABOUT not in book:
        raise _core.Error(f"{source}: no sheet '{ABOUT}': not a plan workbook (write one with "
                          "storeops.save_plan(plan, 'plan.xlsx'))")
    about = {str(f): _value(v) for f, v in zip(book[ABOUT]["field"], book[ABOUT]["value"])}
    doc: dict[str, Any] = {"schema": about.get("schema"), "name": about.get("name") or ""}
    places: dict[str, str] = {}
    for sheet, frame in book.items():
        if sheet == ABOUT:
            continue
        section, _, table = sheet.partition(".")
        if "field" in frame.columns and "value" in frame.columns and not table:
            doc.setdefault(section, {})
            for i, (field, cell) in enumerate(zip(frame["field"], frame["value"]), start=2):
                where = f"{source}, sheet {sheet!r}, row {i} ({field})"
                value = _value(cell)
                if value == "{}":
                    value = {}
                _set(doc[section], str(field), value, where)
                places[f"plan.{section}.{field}"] = where
            continue
        rows = [] if list(frame.columns) == ["(none)"] else [
            {c: _value(v) for c, v in zip(frame.columns, row) if _value(v) is not None}
            for row in frame.itertuples(index=False)]
        for i in range(len(rows)):
            places[f"plan.{sheet}[{i}]"] = f"{source}, sheet {sheet!r}, row {i + 2}"
        if table:
            doc.setdefault(section, {})[table] = rows
        else:
            doc[section] = rows
    try:
        return Plan.from_json(json.dumps(doc, ensure_ascii=False))
    except _core.Error as err:
        raise _core.Error(_located(str(err), places)) from None


def _located(message: str, places: dict[str, str]) -> str:
    """The loader's message with the workbook's sheet and row for the path it names."""
    found = re.match(r"(plan[\w.\[\]]*)", message)
    if not found:
        return message
    path = found.group(1)
    while path:
        for key in (path, re.sub(r"\[\d+\]$", "", path)):
            if key in places:
                return f"{places[key]}: {message}"
        if "." not in path:
            break
        path = path.rsplit(".", 1)[0]
    return message


def load_plan(path: PathLike) -> Plan:
    """A plan from its file: a workbook (.xlsx, :func:`save_plan`) or the plan file (JSON).

    Parameters
    ----------
    path : str or pathlib.Path
        A plan file (JSON) or a plan workbook (.xlsx).

    Returns
    -------
    Plan
        The plan, every field checked.

    Raises
    ------
    storeops.Error
        A file that does not exist or cannot be read, or one that is not a plan:
        the message gives the JSON path or the workbook's sheet and row, and the value.

    Examples
    --------
    >>> import storeops
    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "plan.xlsx"
    >>> _ = storeops.save_plan(storeops.presets.tmall_2014(), path)
    >>> storeops.load_plan(path).market.promotion_share
    0.1
    """
    if pathlib.Path(path).suffix.lower() == ".xlsx":
        return load_workbook_plan(path)
    return _core.load_plan(path)


__all__ = ["load_plan", "load_workbook_plan", "save_plan"]
