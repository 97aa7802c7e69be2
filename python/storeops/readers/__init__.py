"""The input layer: every export a store has (daily report, item report, catalogue, orders, chats, people, ...) read and checked in one place, and the store folder that holds them.

The store folder (``storeops.readers.store``: :func:`storeops.open_store`) is imported on
first use, with the reviews that read it.
"""

from __future__ import annotations

from storeops.readers import catalog
from storeops.readers.catalog import (
    read_catalog,
)
from storeops.readers import chats
from storeops.readers.chats import (
    CHAT_COLUMN_NAMES,
    DIRECTIONS,
    read_chats,
)
from storeops.readers import daily
from storeops.readers.daily import (
    DAILY_COLUMN_NAMES,
    MissingDaysWarning,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    read_daily,
)
from storeops.readers import items
from storeops.readers.items import (
    ITEM_COLUMNS,
    ITEM_COLUMN_NAMES,
    ITEM_OPTIONAL_COLUMNS,
    read_items,
)
from storeops.readers import orders
from storeops.readers.orders import (
    ORDER_COLUMN_NAMES,
    REQUIRED_ORDER_COLUMNS,
    UNPAID_STATES,
    read_orders,
)
from storeops.readers import people
from storeops.readers.people import (
    PEOPLE_COLUMN_NAMES,
    read_people,
)
from storeops.readers import table
from storeops.readers.table import (
    MAX_CELL_CHARS,
    MAX_EXPORT_BYTES,
    REPORT_COLUMN_NAMES,
    canonical,
    header_row,
    read_rows,
    read_table,
    require_columns,
    unwrap,
)

__all__ = [
    "CHAT_COLUMN_NAMES",
    "DAILY_COLUMN_NAMES",
    "DIRECTIONS",
    "ITEM_COLUMNS",
    "ITEM_COLUMN_NAMES",
    "ITEM_OPTIONAL_COLUMNS",
    "MAX_CELL_CHARS",
    "MAX_EXPORT_BYTES",
    "MissingDaysWarning",
    "OPTIONAL_COLUMNS",
    "ORDER_COLUMN_NAMES",
    "PEOPLE_COLUMN_NAMES",
    "REPORT_COLUMN_NAMES",
    "REQUIRED_COLUMNS",
    "REQUIRED_ORDER_COLUMNS",
    "UNPAID_STATES",
    "canonical",
    "catalog",
    "chats",
    "daily",
    "header_row",
    "items",
    "orders",
    "people",
    "read_catalog",
    "read_chats",
    "read_daily",
    "read_items",
    "read_orders",
    "read_people",
    "read_rows",
    "read_table",
    "require_columns",
    "unwrap",
    "table",
]
