"""The catalogue (商品清单): the items on sale, read from a file into a :class:`storeops.Catalog`."""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING, Union

from storeops.catalog.items import CATALOG_COLUMNS, Catalog, infer_roles
from storeops.readers.table import read_table

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]


def read_catalog(source: Source, *, items: pd.DataFrame | None = None) -> Catalog:
    """A catalogue from a .csv/.xlsx file (UTF-8 or GBK; English or Chinese headers) or a
    DataFrame; see :meth:`Catalog.from_frame`.

    Parameters
    ----------
    source : str, pathlib.Path or pandas.DataFrame
        The catalogue file (.csv or .xlsx) or a table already read.
    items : pandas.DataFrame, optional
        The item report (:func:`storeops.read_items`). Given, a catalogue without a role
        (商品角色) column, or with blank roles, has them inferred from the items' history
        (:func:`storeops.catalog.items.infer_roles`) and lists them in ``Catalog.inferred``;
        a role the catalogue gives is kept.

    Returns
    -------
    Catalog
        The items, checked cell by cell.

    Raises
    ------
    storeops.Error
        A file that does not exist or cannot be read; a missing column, a blank
        or bad cell, each named by its row and column (see :meth:`Catalog.from_frame`).

    Examples
    --------
    >>> import storeops
    >>> catalog = storeops.read_catalog(storeops.example_items().catalog)
    >>> list(catalog.to_frame().columns)[:4]
    ['item', 'name', 'role', 'price']
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        frame = source
    else:
        names = {k: (k, v) for k, v in CATALOG_COLUMNS.items()}
        names["date"] = ("item", "商品ID")  # the header row is the one that names the item
        frame = read_table(pathlib.Path(source), names, "read_catalog")
    if items is None:
        return Catalog.from_frame(frame)
    return Catalog.from_frame(frame, roles=infer_roles(frame, items))


__all__ = ["read_catalog"]
