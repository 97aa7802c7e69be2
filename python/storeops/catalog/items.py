"""The catalogue and its stock (004 选款方向, 仓库管理; 002 篇3-4; 001): the item report, the items
on sale, which to push and which to drop, what to reorder today, and the monthly stock-take.

    >>> example = storeops.example_items()                    # files shipped with the package
    >>> items = storeops.read_items(example.items)            # 生意参谋 商品效果 / 量子恒道 宝贝页
    >>> catalog = storeops.read_catalog(example.catalog)
    >>> findings = catalog.check()                            # the mix against 004's rules
    >>> review = storeops.review_items(catalog, items, today="2014-09-30")  # stage, push, delist
    >>> reorder = storeops.restock(catalog, items, today="2014-09-30")      # 警戒库存

The per-item work runs in the C++ core (``storeops/catalog/``) over columns; the thresholds
are data (:class:`CatalogRules`, :class:`ReviewRules`, ``storeops.presets``).
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import pathlib
from typing import TYPE_CHECKING, Any, Iterable, Mapping, NamedTuple, Union

import numpy as np

from storeops import _core
from storeops._core import CatalogFinding, CatalogRules, Item, Money, ReviewRules
from storeops.core.labels import PRODUCT_ROLES_ZH, check_labels

if TYPE_CHECKING:
    import pandas as pd

Source = Union[str, "pathlib.Path", "pd.DataFrame"]
DateLike = Union[str, _dt.date, np.datetime64]


#: A catalogue's columns, in order, with their Chinese headers (read_catalog reads either).
CATALOG_COLUMNS: dict[str, str] = {
    "item": "商品ID", "name": "商品名称", "role": "商品角色", "price": "售价", "unit_cost": "成本价",
    "stock": "库存", "lead_time_days": "到货天数", "main": "主推款", "listed": "上架日期"}
_ROLE_OF_ZH = {zh: en for en, zh in PRODUCT_ROLES_ZH.items()}
#: The columns a catalogue must have: the stock-take values losses at the unit cost and the
#: restock orders from the stock, so neither is ever taken as 0 when the column is absent.
CATALOG_REQUIRED = ("item", "role", "price", "unit_cost", "stock")

REVIEW_COLUMNS = ("stage", "weekly_visitors", "conversion", "hit_candidate", "in_band",
                  "days_since_sale", "delist", "push", "push_score", "age_days")
RESTOCK_COLUMNS = ("stock", "daily_demand", "demand_sd", "safety_stock", "reorder_point",
                   "days_of_cover", "order_quantity", "alert", "campaign_units")


def _day(value: DateLike, name: str) -> int:
    """Days since 1970-01-01 of a date given as text, date or datetime64."""
    import pandas as pd

    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise _core.Error(f"{name} must be a date, got {value!r}") from None
    return int((stamp.normalize() - pd.Timestamp("1970-01-01")).days)


# -- the catalogue ---------------------------------------------------------------------------

def _role(value: object, where: str) -> str:
    text = str(value).strip()
    return _ROLE_OF_ZH.get(text, text)


def _flag(value: object, where: str) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "是", "y"):
        return True
    if text in ("false", "no", "0", "否", "n", "", "nan", "none"):
        return False
    raise _core.Error(f"{where} must be true or false (是/否), got {value!r}")


class Catalog(_core.Catalog):
    """The items on sale (:class:`storeops.Item`), with their mix check, stock moves and
    stock-take. Build one from items, from a DataFrame (:meth:`from_frame`), a file
    (:func:`read_catalog`) or JSON (:meth:`from_json`).

    Raises
    ------
    storeops.Error
        A table without the catalogue's columns (listing those it lacks), a blank or
        bad cell (naming the row and the column), a JSON text that is not a catalogue, or a
        stock move of an unknown item.

    Examples
    --------
    >>> import storeops
    >>> catalog = storeops.read_catalog(storeops.example_items().catalog)
    >>> len(catalog.to_frame()) > 0
    True
    """

    #: The items whose role (商品角色) was inferred from the item report, not given by the
    #: catalogue (:func:`infer_roles`); empty for a catalogue that gives every role.
    inferred: frozenset[str] = frozenset()

    def __init__(self, items: Iterable[Item]) -> None:
        super().__init__(list(items))

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, *,
                   roles: Mapping[str, str] | None = None) -> Catalog:
        """A catalogue from a DataFrame with the columns of :data:`CATALOG_COLUMNS`, in English
        or Chinese (商品ID 商品名称 商品角色 售价 成本价 库存 到货天数 主推款 上架日期); ``role`` may
        be 引流款/利润款/活动款/形象款, ``main`` 是/否. Errors name the item and the column.
        ``roles`` (item -> role, as :func:`infer_roles` gives) fills a role column the table
        lacks or leaves blank; those items are listed in :attr:`inferred`."""
        import pandas as pd

        english = {zh: en for en, zh in CATALOG_COLUMNS.items()}
        frame = frame.rename(columns=lambda c: english.get(str(c).strip(), str(c).strip()))
        inferred: set[str] = set()
        if roles is not None:  # a role the catalogue leaves out (or blank) is the one inferred
            frame = frame.copy()
            given = frame["role"] if "role" in frame.columns else pd.Series("", index=frame.index)
            blank = given.isna() | given.astype(str).str.strip().isin(("", "nan"))
            ids = frame["item"].astype(str).str.strip()
            frame["role"] = given.where(~blank, ids.map(lambda i: roles.get(i, "profit")))
            inferred = set(ids[blank])
        # unit cost and stock value the stock-take and the orders: never taken as 0 when absent
        missing = [c for c in CATALOG_REQUIRED if c not in frame.columns]
        if missing == ["role"]:
            raise _core.Error(
                "catalog: the table lacks 'role' (商品角色); give each item's role (引流款, 利润款, "
                "活动款, 形象款), or read the catalogue with its item report (read_catalog(path, "
                "items=...); a store folder does so) and the roles are inferred from the items' "
                "history; its columns are " + ", ".join(repr(str(c)) for c in frame.columns))
        if missing:
            raise _core.Error("catalog: the table lacks " + ", ".join(
                f"{c!r} ({CATALOG_COLUMNS[c]})" for c in missing)
                + "; its columns are " + ", ".join(repr(str(c)) for c in frame.columns))
        items = []
        for k, row in enumerate(frame.to_dict("records")):
            ident = str(row["item"]).strip()
            where = f"catalog[{ident!r}]" if ident else f"catalog row {k + 1}"
            listed = row.get("listed")
            has_date = listed is not None and not (isinstance(listed, float) and math.isnan(listed)) \
                and str(listed).strip() not in ("", "NaT", "nan", "None")
            kwargs: dict[str, Any] = {"item": ident, "name": str(row.get("name", "") or ""),
                                      "role": _role(row["role"], where), "price": _yuan(row["price"]),
                                      "main": _flag(row.get("main", False), f"{where}.main")}
            for key in ("unit_cost", "stock", "lead_time_days"):
                value = row.get(key)
                if value is None or (isinstance(value, float) and math.isnan(value)) or \
                        str(value).strip() == "":
                    if key in CATALOG_REQUIRED:
                        raise _core.Error(f"{where}.{key} ({CATALOG_COLUMNS[key]}) is blank: the "
                                          "stock-take and the orders need it")
                    continue
                kwargs[key] = _yuan(value) if key == "unit_cost" else _whole(value, f"{where}.{key}")
            if has_date:
                try:
                    stamp = pd.Timestamp(str(listed))
                    if not 1900 <= stamp.year <= 2999:
                        raise ValueError
                except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
                    raise _core.Error(f"{where}.listed ({CATALOG_COLUMNS['listed']}): {listed!r} "
                                      "is not a date like 2014-09-01") from None
                kwargs["listed"] = stamp.date()
            try:
                items.append(Item(**kwargs))
            except _core.Error as err:
                raise _core.Error(str(err).replace("Item.", f"{where}.", 1)) from None
        catalog = cls(items)
        catalog.inferred = frozenset(inferred)
        return catalog

    def to_frame(self, *, labels: str = "en") -> pd.DataFrame:
        """One row per item, columns :data:`CATALOG_COLUMNS` (Chinese with ``labels="zh"``)."""
        import pandas as pd

        check_labels(labels)
        frame = pd.DataFrame(
            [{"item": i.item, "name": i.name, "role": i.role, "price": i.price.yuan,
              "unit_cost": i.unit_cost.yuan, "stock": i.stock, "lead_time_days": i.lead_time_days,
              "main": i.main, "listed": pd.Timestamp(i.listed) if i.listed else pd.NaT}
             for i in self.items], columns=list(CATALOG_COLUMNS))
        if labels == "zh":
            frame["role"] = frame["role"].map(PRODUCT_ROLES_ZH)
            frame["main"] = frame["main"].map({True: "是", False: "否"})
            frame = frame.rename(columns=CATALOG_COLUMNS)
        return frame

    def to_json(self, indent: int | None = 2) -> str:
        """The catalogue as JSON: money as exact yuan text ("39.90"), dates ISO."""
        return json.dumps({"schema": "storeops.catalog/1", "items": [
            {"item": i.item, "name": i.name, "role": i.role, "price": str(i.price.decimal),
             "unit_cost": str(i.unit_cost.decimal), "stock": i.stock,
             "lead_time_days": i.lead_time_days, "main": i.main,
             "listed": i.listed.isoformat() if i.listed else None} for i in self.items]},
            ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Catalog:
        """A catalogue from :meth:`to_json`'s text."""
        doc = json.loads(text)
        if not isinstance(doc, dict) or doc.get("schema") != "storeops.catalog/1":
            raise _core.Error("catalog JSON: expected an object with schema 'storeops.catalog/1'")
        items = []
        for k, it in enumerate(doc.get("items", [])):
            it = dict(it)
            if it.get("listed"):
                it["listed"] = _dt.date.fromisoformat(it["listed"])
            else:
                it.pop("listed", None)
            try:
                items.append(Item(**it))
            except TypeError as err:
                raise _core.Error(f"catalog JSON items[{k}]: {err}") from None
        return cls(items)

    def save(self, path: str | pathlib.Path) -> None:
        """Writes :meth:`to_json` to ``path``."""
        pathlib.Path(path).write_text(self.to_json(), encoding="utf-8")

    def check(self, rules: CatalogRules | None = None) -> pd.DataFrame:
        """The catalogue against the mix rules (default ``storeops.presets.catalog_rules()``:
        004's 引流款 5-7, 利润款 about 10, 3-5 main items, main items' price under ¥100; 002's
        30 units on hand for a main item). One row per rule broken: ``rule``, ``clause`` (the
        seed's words), ``found`` and ``items``; empty when the mix is sound."""
        import pandas as pd

        findings: list[CatalogFinding] = self._check(rules or CatalogRules())
        return pd.DataFrame([{"rule": f.rule, "clause": f.clause, "found": f.found, "items": list(f.items)}
                             for f in findings], columns=["rule", "clause", "found", "items"])

    def apply_moves(self, moves: pd.DataFrame) -> None:
        """Applies stock moves: a DataFrame with ``date``, ``item``, ``kind`` (received 入库,
        sold 出库, returned 退货入库, exchanged 换货出库) and ``units``, in date order. A move that
        takes an item's stock below zero is an error naming the item and the date, and then
        no move is applied."""
        for c in ("date", "item", "kind", "units"):
            if c not in moves.columns:
                raise _core.Error(f"moves: the table lacks the column {c!r}")
        days = [_day(d, "moves.date") for d in moves["date"]]
        units = [_whole(u, f"moves[{k}].units") for k, u in enumerate(moves["units"])]
        self._apply(days, [str(i) for i in moves["item"]], [str(k) for k in moves["kind"]], units)


def _yuan(value: object) -> Money:
    if isinstance(value, Money):
        return value
    if isinstance(value, str):
        return Money(value.strip().replace("¥", "").replace("￥", "").replace("元", ""))
    return Money(float(value))  # type: ignore[arg-type]


def _whole(value: object, where: str) -> int:
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _core.Error(f"{where} must be a whole number, got {value!r}") from None
    if not math.isfinite(x) or x != math.floor(x):
        raise _core.Error(f"{where} must be a whole number, got {value!r}")
    return int(x)


# -- roles from the items' history ------------------------------------------------------------

#: The days of the item report the roles are inferred from (the last ones it has).
ROLE_WINDOW_DAYS = 30


def infer_roles(frame: pd.DataFrame, items: pd.DataFrame) -> dict[str, str]:
    """Each catalogue item's role (商品角色) read from its history in the item report, for a
    catalogue that does not say (a real export has no 商品角色 column). The seeds' item cycle
    (004 选款方向; 002 篇3) gives the roles their shapes; the thresholds are *assumed*:

    - 引流款 ``traffic_driver``: brings the visitors on a thin margin: among the top quarter
      of the items by visitors over the report's last 30 days, with a margin ((price - unit
      cost) / price) below the items' median;
    - 形象款 ``image``: the dear items that set the shop's look, not its volume: among the top
      tenth by price, selling fewer units than the median item;
    - 利润款 ``profit``: every other item, and an item the report has not seen yet;
    - 活动款 ``campaign`` is never inferred: which item goes to a campaign is a decision.

    Parameters
    ----------
    frame : pandas.DataFrame
        The catalogue as read (``item``, ``price``, ``unit_cost``; English or Chinese headers).
    items : pandas.DataFrame
        The item report as :func:`storeops.read_items` returns it.

    Returns
    -------
    dict
        Item ID -> role code.

    Examples
    --------
    >>> import pandas as pd
    >>> from storeops.catalog.items import infer_roles
    >>> catalog = pd.DataFrame({"item": ["a", "b", "c", "d"], "price": [19, 59, 69, 399],
    ...                         "unit_cost": [15, 25, 30, 150]})
    >>> items = pd.DataFrame({"date": pd.to_datetime(["2025-10-01"] * 4), "item": ["a", "b", "c", "d"],
    ...                       "visitors": [900, 300, 200, 50], "units": [60, 20, 15, 1]})
    >>> infer_roles(catalog, items)
    {'a': 'traffic_driver', 'b': 'profit', 'c': 'profit', 'd': 'image'}
    """
    import pandas as pd

    english = {zh: en for en, zh in CATALOG_COLUMNS.items()}
    frame = frame.rename(columns=lambda c: english.get(str(c).strip(), str(c).strip()))
    ids = frame["item"].astype(str).str.strip()
    price = pd.to_numeric(frame["price"].astype(str).str.replace(r"[¥￥元,]", "", regex=True),
                          errors="coerce").to_numpy()
    cost = pd.to_numeric(frame["unit_cost"].astype(str).str.replace(r"[¥￥元,]", "", regex=True),
                         errors="coerce").to_numpy()
    margin = np.where(price > 0, (price - cost) / np.where(price > 0, price, 1), np.nan)
    last = pd.Timestamp(items["date"].max())
    recent = items[items["date"] > last - pd.Timedelta(days=ROLE_WINDOW_DAYS)]
    totals = recent.groupby(recent["item"].astype(str))[["visitors", "units"]].sum()
    visitors = totals["visitors"].reindex(ids).fillna(0).to_numpy(dtype=float)
    units = totals["units"].reindex(ids).fillna(0).to_numpy(dtype=float)
    seen = ids.isin(totals.index).to_numpy()
    roles = {}
    for k, ident in enumerate(ids):
        role = "profit"
        if seen[k] and visitors[k] >= np.quantile(visitors[seen], 0.75) and \
                margin[k] < np.nanmedian(margin):
            role = "traffic_driver"
        elif price[k] >= np.nanquantile(price, 0.9) and units[k] < np.median(units[seen] if
                                                                                 seen.any() else units):
            role = "image"
        roles[ident] = role
    return roles


# -- review, restock, stock-take -------------------------------------------------------------

def _report_columns(catalog: Catalog, items: pd.DataFrame, what: str) -> dict[str, np.ndarray]:
    for c in ("date", "item", "visitors", "buyers", "units"):
        if c not in items.columns:
            raise _core.Error(f"{what}: the item report lacks the column {c!r} (read it with "
                              "storeops.read_items)")
    import pandas as pd

    ids = items["item"]
    if not (pd.api.types.is_string_dtype(ids) or pd.api.types.is_object_dtype(ids)):
        ids = ids.astype(str)
    positions, codes = pd.factorize(ids)  # each id looked up once
    index = np.array([catalog._index_of(str(ident), f"{what}: the item report")  # 123 == "123"
                      for ident in codes], dtype=np.int32)

    days = ((pd.to_datetime(items["date"]).dt.normalize() - pd.Timestamp("1970-01-01"))
            .dt.days.to_numpy(dtype=np.int32))
    out = {"item": index[positions], "day": days,
           "visitors": items["visitors"].to_numpy(dtype=float),
           "buyers": items["buyers"].to_numpy(dtype=float),
           "units": items["units"].to_numpy(dtype=float)}
    if "bounce_rate" in items.columns:
        out["bounce_rate"] = items["bounce_rate"].to_numpy(dtype=float)
    return out


#: How far past the item report's last day a review's ``today`` may be: the delist window
#: (002: no sale in 30 days), beyond which every item would read as unsold.
TODAY_WINDOW_DAYS = 30


def _check_today(days: np.ndarray, today: int, what: str) -> None:
    """Refuses a ``today`` outside the report's days (by more than the window after it): a
    review then marks every item new (before) or to delist (long after)."""
    if days.size == 0:
        raise _core.Error(f"{what}: the item report has no rows")
    first, last = int(days.min()), int(days.max())
    if today < first or today > last + TODAY_WINDOW_DAYS:
        def iso(d: int) -> str:
            return (_dt.date(1970, 1, 1) + _dt.timedelta(days=d)).isoformat()
        raise _core.Error(f"{what}: today {iso(today)} is outside the item report, which covers "
                          f"{iso(first)} to {iso(last)} (today must be within it, or at most "
                          f"{TODAY_WINDOW_DAYS} days after its last day)")


def review_items(catalog: Catalog, items: pd.DataFrame, *, today: DateLike,
                 rules: ReviewRules | None = None) -> pd.DataFrame:
    """The monthly item review on ``today``.

    Parameters
    ----------
    catalog : Catalog
    items : pandas.DataFrame
        The item report (:func:`read_items`); rows after ``today`` are not read. An item the
        catalogue lacks is an error naming its id.
    today : date
        A day of the report, or at most :data:`TODAY_WINDOW_DAYS` (30) after its last day;
        else an error naming the report's dates.
    rules : ReviewRules, optional
        Default ``storeops.presets.review_rules()``.

    Returns
    -------
    pandas.DataFrame
        Indexed by item, in catalogue order:

        - ``stage``: new (its first ``new_days``, *assumed* 14), hit (a hit candidate), else
          by the trend of the last 7 days' units over the 7 before: growth (x1.2 or more, or
          sales after none), decline (x0.8 or less, or no sales in either week), stable.
        - ``weekly_visitors``, ``conversion`` (buyers / visitors over the last 7 days; NaN
          without visitors).
        - ``hit_candidate``: 002's rule over the last 7 days (UV >= 3,000, conversion >= 3%,
          bounce below the store's bounce rate over the same days, visitor-weighted). Without a
          bounce column the bounce condition is left out.
        - ``in_band``: conversion within 1.5%-4% (001's band for a pushed item).
        - ``days_since_sale``: since its last sale (never sold: since it was listed);
          ``age_days`` since it was listed (``listed``, else its first day in the report).
        - ``delist``: no sale in the last 30 days and listed at least 30 days (002).
        - ``push``: at most ``max_push`` (4; 001: 3-4) hit candidates not to be delisted, most
          weekly buyers first (``push_score``).

    Raises
    ------
    storeops.Error
        An item report of items not in the catalogue, or a ``today`` outside the
        item report (it may be up to 30 days after its last day).

    Examples
    --------
    >>> import storeops
    >>> example = storeops.example_items()
    >>> catalog, items = storeops.read_catalog(example.catalog), storeops.read_items(example.items)
    >>> review = storeops.review_items(catalog, items, today="2014-08-31")
    >>> sorted(review.columns)[:4]
    ['age_days', 'conversion', 'days_since_sale', 'delist']
    """
    import pandas as pd

    cols = _report_columns(catalog, items, "review_items")
    _check_today(cols["day"], _day(today, "today"), "review_items")
    result = _core._review_items(catalog, cols["item"], cols["day"], cols["visitors"], cols["buyers"],
                                 cols["units"], cols.get("bounce_rate"), _day(today, "today"),
                                 rules or ReviewRules())
    frame = pd.DataFrame({c: result[c] for c in REVIEW_COLUMNS},
                         index=pd.Index([i.item for i in catalog.items], name="item"))
    return frame


def restock(catalog: Catalog, items: pd.DataFrame, *, today: DateLike, service_level: float = 0.95,
            review_days: int = 7, campaign: tuple[DateLike, Mapping[str, float]] | None = None,
            rules: ReviewRules | None = None,
            catalog_rules: CatalogRules | None = None) -> pd.DataFrame:
    """What to reorder on ``today``, item by item (补货, 警戒库存).

    Parameters
    ----------
    catalog : Catalog
    items : pandas.DataFrame
        The item report (:func:`read_items`).
    today : date
        The day the restock is decided on: within the item report or up to 30 days after it.
    service_level : float, default 0.95
        The chance of not running out within a lead time, in (0, 1).
    review_days : int, default 7
        Days until the next order.
    campaign : (date, {item: units}), optional
        A campaign day ahead and the units each item is forecast to sell on it (e.g. from
        :func:`storeops.campaign_stock`); counted in once the day is within a week (002:
        活动前一个星期内必须有决定). Items left out sell none that day.
    rules : ReviewRules, optional
        ``demand_window_days`` (how many days demand is read over) and
        ``campaign_decide_days``; default ``ReviewRules()``.
    catalog_rules : CatalogRules, optional
        ``main_min_stock``, the least a main item reorders to; default ``CatalogRules()``.

    Returns
    -------
    pandas.DataFrame
        Indexed by item: ``stock``, ``daily_demand`` (mean units a day over the last 28 days,
        days without a row selling none, counted from the listing for a newer item),
        ``demand_sd`` (its sample standard deviation), ``safety_stock`` (z(service_level) x sd
        x sqrt(lead time)), ``reorder_point`` (demand x lead time + safety stock; a main item
        at least 30, 002), ``days_of_cover`` (stock / demand; inf without demand),
        ``order_quantity`` (to cover lead time + review days + safety stock, less the stock,
        whole, never negative), ``alert`` (stock at or below the reorder point),
        ``campaign_units``.

    Raises
    ------
    storeops.Error
        An item report of items not in the catalogue, a service level outside
        (0, 1), or a ``today`` outside the item report (it may be up to 30 days after its
        last day).

    Examples
    --------
    >>> import storeops
    >>> example = storeops.example_items()
    >>> catalog, items = storeops.read_catalog(example.catalog), storeops.read_items(example.items)
    >>> stock = storeops.restock(catalog, items, today="2014-08-31")
    >>> "order_quantity" in stock.columns
    True
    """
    import pandas as pd

    cols = _report_columns(catalog, items, "restock")
    _check_today(cols["day"], _day(today, "today"), "restock")
    campaign_day = campaign_units = None
    if campaign is not None:
        day, units = campaign
        campaign_day = _day(day, "campaign day")
        for ident in units:
            catalog._index_of(str(ident), "restock: campaign units")
        campaign_units = [float(units.get(i.item, 0.0)) for i in catalog.items]
    main_min = (catalog_rules or CatalogRules()).main_min_stock
    result = _core._restock(catalog, cols["item"], cols["day"], cols["visitors"], cols["buyers"],
                            cols["units"], _day(today, "today"), service_level, review_days,
                            campaign_day, campaign_units, rules or ReviewRules(), main_min)
    frame = pd.DataFrame({"stock": [i.stock for i in catalog.items],
                          **{c: result[c] for c in RESTOCK_COLUMNS[1:]}},
                         index=pd.Index([i.item for i in catalog.items], name="item"))
    return frame


def _counts_of(catalog: Catalog, counted: Mapping[str, int] | pd.DataFrame | pd.Series,
               what: str) -> list[int | None]:
    """Counted units by item in catalogue order (None: not counted); an item the catalogue
    lacks, or counted twice, is an error naming it."""
    import pandas as pd

    if isinstance(counted, pd.DataFrame):
        if not {"item", "counted"} <= set(counted.columns):
            raise _core.Error(f"{what}: counted needs the columns 'item' and 'counted'")
        pairs = list(zip(counted["item"].astype(str), counted["counted"]))
    else:
        pairs = [(str(k), v) for k, v in counted.items()]
    by_item: dict[str, int] = {}
    for ident, units in pairs:
        catalog._index_of(ident, f"{what}: counted")
        if ident in by_item:
            raise _core.Error(f"{what}: the item {ident!r} is counted twice")
        by_item[ident] = _whole(units, f"{what}[{ident!r}]")
    return [by_item.get(i.item) for i in catalog.items]


def stock_take(catalog: Catalog, counted: Mapping[str, int] | pd.DataFrame | pd.Series, *,
               date: DateLike) -> pd.DataFrame:
    """The monthly stock-take sheet (盘点; 004: on the 28th-31st): counted units against the
    book. It changes nothing: :func:`apply_stock_take` gives the catalogue with the counts as
    its book stock.

    ``counted`` maps item to units (a dict, a Series, or a DataFrame with ``item`` and
    ``counted``). A partial count (some shelves) is a sheet of the items counted; the others
    are listed in ``attrs["uncounted"]``. Every counted item must be in the catalogue.

    Parameters
    ----------
    catalog : Catalog
        The catalogue whose book stock is counted against.
    counted : dict, pandas.Series or pandas.DataFrame
        Units counted by item: a mapping, a Series, or a table with ``item`` and ``counted``.
    date : date or str
        The day of the count.

    Returns
    -------
    pandas.DataFrame
        Indexed by the counted items with ``book``, ``counted``, ``difference`` (counted -
        book) and ``value`` (the difference at unit cost, yuan); ``attrs["uncounted"]`` lists
        the items not counted.

    Raises
    ------
    storeops.Error
        A count of an unknown item, a count below zero, or a date that does not
        read.

    Examples
    --------
    >>> import storeops
    >>> catalog = storeops.read_catalog(storeops.example_items().catalog)
    >>> first = catalog.to_frame()["item"].iloc[0]
    >>> sheet = storeops.stock_take(catalog, {first: 10}, date="2014-08-31")
    >>> len(sheet)
    1
    """
    import pandas as pd

    _day(date, "date")
    counts = _counts_of(catalog, counted, "stock_take")
    lines = catalog._stock_take(counts)
    frame = pd.DataFrame({"book": lines["book"], "counted": lines["counted"],
                          "difference": lines["difference"],
                          "value": [v.yuan for v in lines["value"]]},
                         index=pd.Index(lines["item"], name="item", dtype=object))
    frame.attrs["uncounted"] = [i.item for i, c in zip(catalog.items, counts) if c is None]
    return frame


def apply_stock_take(catalog: Catalog, counted: Mapping[str, int] | pd.DataFrame | pd.Series,
                     *, date: DateLike) -> Catalog:
    """A new catalogue whose counted items have their counts as book stock (the others keep
    theirs); the catalogue given is unchanged. ``counted`` as for :func:`stock_take`.

    Parameters
    ----------
    catalog : Catalog
        The catalogue counted; it is not changed.
    counted : dict, pandas.Series or pandas.DataFrame
        Units counted by item, as for :func:`stock_take`.
    date : date or str
        The day of the count.

    Returns
    -------
    Catalog
        A new catalogue: the counted items with their counts as book stock, the others as
        they were.

    Raises
    ------
    storeops.Error
        As for :func:`stock_take`.

    Examples
    --------
    >>> import storeops
    >>> catalog = storeops.read_catalog(storeops.example_items().catalog)
    >>> first = catalog.to_frame()["item"].iloc[0]
    >>> after = storeops.apply_stock_take(catalog, {first: 10}, date="2014-08-31")
    >>> int(after.to_frame().set_index("item").loc[first, "stock"])
    10
    >>> after is catalog
    False
    """
    _day(date, "date")
    counts = _counts_of(catalog, counted, "apply_stock_take")
    updated = Catalog(list(catalog.items))
    updated._apply_counts(counts)
    return updated


# -- a synthetic store's items ----------------------------------------------------------------

def synthetic_items(plan: _core.Plan, *, start: DateLike, days: int = 90, items: int = 50,
                    seed: int = 0, labels: str = "en") -> tuple[Catalog, pd.DataFrame]:
    """A made-up store's catalogue and item report, for trying the review and the restock.

    The store's daily visitors and conversion are the plan's (``simulate(plan)``) in plan
    months 17-19, a store in full swing; they split over ``items`` items by the 80/20 rule (Zipf weights: the first
    items draw most visitors). Roles follow 004's mix (6 traffic drivers, 10 profit items, 4
    campaign items, the rest image items; 3 main items); each item's conversion is the plan's
    times a lognormal factor (sigma 0.5), visitors Poisson, buyers binomial, a unit or two an
    order. The last five items stop selling 40 days before the end (drop candidates) and two
    were listed in the last ten days. ``labels="zh"`` gives the report 生意参谋's Chinese headers.

    Parameters
    ----------
    plan : Plan
        The plan whose months 17-19 set the store's visitors and conversion.
    start : date or str
        The first day of the report.
    days : int
        Days of the report (default 90).
    items : int
        Items in the catalogue, at least 24 (default 50).
    seed : int
        The random seed: the same seed, the same store.
    labels : {"en", "zh"}
        The report's headers: as :func:`read_items` returns them or as the export has them.

    Returns
    -------
    (Catalog, pandas.DataFrame)
        The catalogue and the report as :func:`read_items` returns it (or, with
        ``labels="zh"``, as an export would hold it).

    Raises
    ------
    storeops.Error
        Fewer than 24 items, fewer than one day, or a start that does not read.

    Examples
    --------
    >>> import storeops
    >>> catalog, items = storeops.synthetic_items(storeops.presets.tmall_2014(),
    ...     start="2014-06-01", days=30, items=24, seed=1)
    >>> items["item"].nunique(), items["date"].nunique()
    (24, 30)
    """
    import pandas as pd

    from storeops.simulation.engine import simulate

    check_labels(labels)
    if items < 24:
        raise _core.Error(f"synthetic_items: items must be at least 24, got {items}")
    if days < 1:
        raise _core.Error(f"synthetic_items: days must be at least 1, got {days}")
    first = pd.Timestamp(_dt.date(1970, 1, 1) + _dt.timedelta(days=_day(start, "start")))
    sim = simulate(plan, months=36).to_frame()
    store_visitors = float(sim["visitors"].iloc[16:19].mean()) / 30
    store_cr = float((sim["orders"].iloc[16:19] / sim["visitors"].iloc[16:19]).mean())
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, items + 1) ** 1.1
    weights /= weights.sum()
    roles = (["traffic_driver"] * 6 + ["profit"] * 10 + ["campaign"] * 4
             + ["image"] * (items - 20))
    prices = {"traffic_driver": (29, 59), "profit": (69, 99), "campaign": (39, 79), "image": (99, 299)}
    conversion = [min(0.2, store_cr * float(np.exp(0.5 * rng.standard_normal() - 0.125)))
                  for _ in range(items)]
    catalog_items = []
    for k in range(items):
        low, high = prices[roles[k]]
        price = float(rng.integers(low, high + 1)) - 0.1
        listed = first + pd.Timedelta(days=days - 1 - int(rng.integers(3, 10))) if k in (18, 19) else None
        catalog_items.append(Item(
            item=f"{560_000_000 + 1_000 * k + int(rng.integers(0, 1_000))}",
            name=f"{ {'traffic_driver': '引流', 'profit': '利润', 'campaign': '活动', 'image': '形象'}[roles[k]]}款{k + 1:02d}",
            role=roles[k], price=round(price, 2), unit_cost=round(price * 0.45, 2),
            # about 5 to 40 days of its sales on hand, so that some items are low
            stock=int(math.ceil(store_visitors * weights[k] * conversion[k] * 1.1
                                * float(rng.uniform(5, 40)))),
            lead_time_days=int(rng.integers(3, 15)),
            main=k in (0, 1, 6), listed=listed.date() if listed is not None else None))
    rows = []
    for k, it in enumerate(catalog_items):
        cr = conversion[k]
        bounce = float(rng.uniform(0.3, 0.6))
        for d in range(days):
            date = first + pd.Timedelta(days=d)
            if it.listed is not None and date.date() < it.listed:
                continue
            mean = store_visitors * weights[k] * (0.05 if k >= items - 5 and d >= days - 40 else 1.0)
            visitors = int(rng.poisson(mean))
            buyers = int(rng.binomial(visitors, cr if not (k >= items - 5 and d >= days - 40) else 0.0))
            units = buyers + int(rng.poisson(0.2 * buyers))
            rows.append({"date": date, "item": it.item, "visitors": visitors,
                         "page_views": visitors + int(rng.poisson(1.5 * visitors)),
                         "buyers": buyers, "units": units,
                         "sales": round(units * it.price.yuan, 2),
                         "bounce_rate": round(float(np.clip(bounce + 0.05 * rng.standard_normal(), 0, 1)), 4),
                         "favourites": int(rng.binomial(visitors, 0.05)),
                         "carts": int(rng.binomial(visitors, 0.08))})
    report = pd.DataFrame(rows)
    if labels == "zh":
        headers = {"date": "统计日期", "item": "商品ID", "visitors": "商品访客数", "page_views": "商品浏览量",
                   "buyers": "支付买家数", "units": "支付件数", "sales": "支付金额",
                   "bounce_rate": "商品详情页跳出率", "favourites": "商品收藏人数", "carts": "加购件数"}
        report["date"] = report["date"].dt.strftime("%Y-%m-%d")
        report["bounce_rate"] = (100 * report["bounce_rate"]).map(lambda x: f"{x:.2f}%")
        report = report.rename(columns=headers)
    return Catalog(catalog_items), report


#: How the example catalogue and item report were made (see :func:`example_items`).
EXAMPLE_ITEMS = {"start": "2014-07-03", "days": 90, "items": 50, "seed": 2014, "labels": "zh"}


class ExampleItems(NamedTuple):
    """The example's two files, by name (and, as before, a pair: ``catalog, items = ...``)."""

    catalog: pathlib.Path  #: the catalogue, Chinese headers
    items: pathlib.Path    #: the item report, 生意参谋's Chinese headers


def example_items() -> ExampleItems:
    """The paths of a small example shipped with the package, by name: ``.catalog`` (the
    catalogue, Chinese headers) and ``.items`` (90 days of the item report, 2014-07-03 to
    2014-09-30, 生意参谋's Chinese headers) of 50 items of a store on the seed plan. Made by
    ``synthetic_items(presets.tmall_2014(), **EXAMPLE_ITEMS)``; try
    ``files = storeops.example_items()`` then ``storeops.review_items(
    storeops.read_catalog(files.catalog), storeops.read_items(files.items),
    today="2014-09-30")``.

    Returns
    -------
    ExampleItems
        A named tuple of two paths: ``catalog`` and ``items``.

    Examples
    --------
    >>> import storeops
    >>> example = storeops.example_items()
    >>> example.catalog.suffix, example.items.suffix
    ('.csv', '.csv')
    """
    data = pathlib.Path(__file__).parents[1] / "data"
    return ExampleItems(data / "catalog_example.csv", data / "item_report_example.csv")


__all__ = ["CATALOG_COLUMNS", "CATALOG_REQUIRED", "ROLE_WINDOW_DAYS", "infer_roles", "ExampleItems", "EXAMPLE_ITEMS", "TODAY_WINDOW_DAYS", "example_items", "synthetic_items", "Catalog",
           "restock", "review_items", "stock_take", "apply_stock_take"]
