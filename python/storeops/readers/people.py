"""The people list (员工名单): who works in the store and in what role, by role code or by job
title (客服, 美工, 仓管/打包, ...)."""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING, Union

from storeops import _core
from storeops.core.labels import ROLE_TITLES, role_code
from storeops.readers.table import canonical, read_rows, unwrap

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]

#: The people list's columns and the headers that name them.
PEOPLE_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "person": ("person", "姓名", "员工", "员工姓名", "客服"),
    "role": ("role", "岗位", "职位"),
}


def _rows_of(source: Source) -> tuple[list[list[object]], str]:
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        return [list(source.columns), *source.values.tolist()], "people list"
    path = pathlib.Path(source)
    return read_rows(path, path.name), path.name


def read_people(source: Source) -> pd.DataFrame:
    """The people list: one row per person, indexed by ``person``, with ``role`` as a role code.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        A .csv/.xlsx file, or a table, with a person column (姓名, 员工) and a role column (岗位,
        职位) holding role codes (``cs_agent``) or job titles (客服, 客服主管, 美工, 推广,
        仓管/打包, 运营, 店长, 财务, ...: :data:`storeops.core.labels.ROLE_TITLES`).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``person``; ``role`` the code, ``title`` the cell as written.

    Raises
    ------
    storeops.Error
        A file without the two columns, a blank name, or a role that is neither a code nor a
        known title (naming the file, the row and the value, and the roles it may be).

    Examples
    --------
    >>> import pandas as pd
    >>> from storeops.readers.people import read_people
    >>> read_people(pd.DataFrame({"姓名": ["小美", "老王"], "岗位": ["客服", "仓管/打包"]}))["role"].tolist()
    ['cs_agent', 'logistics_staff']
    """
    import pandas as pd

    rows, name = _rows_of(source)
    top = next((i for i, r in enumerate(rows[:20])
                if {"person", "role"} <= {canonical(c, PEOPLE_COLUMN_NAMES) for c in r}), None)
    if top is None:
        raise _core.Error(f"{name}: no header row with a person (姓名) and a role (岗位) column")
    header = [canonical(c, PEOPLE_COLUMN_NAMES) for c in rows[top]]
    out = []
    for i, row in enumerate(rows[top + 1:], start=1):
        cells = dict(zip(header, row))
        person, title = str(unwrap(cells["person"])).strip(), str(unwrap(cells["role"])).strip()
        if not person or person == "nan":
            raise _core.Error(f"{name} row {i}, column 'person': the name is blank")
        role = role_code(title)
        if role is None:
            raise _core.Error(
                f"{name} row {i}, column 'role': {title!r} is not a role; give a role code ("
                + ", ".join(_core.ROLES) + ") or a job title (" + ", ".join(sorted(ROLE_TITLES)) + ")")
        out.append({"person": person, "role": role, "title": title})
    return pd.DataFrame(out, columns=["person", "role", "title"]).set_index("person")


__all__ = ["PEOPLE_COLUMN_NAMES", "read_people"]
