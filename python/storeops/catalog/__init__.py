"""The catalogue and its stock (C++ ``storeops/catalog/``): the items on sale, which to push or drop, reorders and the stock-take."""

from __future__ import annotations

from storeops.catalog import items
from storeops.catalog.items import (
    CATALOG_COLUMNS,
    CATALOG_REQUIRED,
    Catalog,
    EXAMPLE_ITEMS,
    ExampleItems,
    TODAY_WINDOW_DAYS,
    apply_stock_take,
    example_items,
    restock,
    review_items,
    stock_take,
    synthetic_items,
)

__all__ = [
    "CATALOG_COLUMNS",
    "CATALOG_REQUIRED",
    "Catalog",
    "EXAMPLE_ITEMS",
    "ExampleItems",
    "TODAY_WINDOW_DAYS",
    "apply_stock_take",
    "example_items",
    "items",
    "restock",
    "review_items",
    "stock_take",
    "synthetic_items",
]
