"""The daily desk: each morning's brief and the list of things to do today, as the seeds run a
store by the day (004 每日运营工作表: 晨会数据准备, then the checklist with 检查人, 问题记录, 跟进人,
处理结果), from the store's own exports; what is not done is carried over to the next day.

    >>> import storeops, pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> desk = storeops.today(folder, "2014-10-20")
    >>> list(desk.checks.columns)[:4]
    ['kind', 'ref', 'since', 'due']
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import math
import pathlib
from typing import TYPE_CHECKING, Any, Union

from storeops import _core
from storeops.readers.store import Store, open_store
from storeops.reviews.common import _date, _write_atomically

if TYPE_CHECKING:
    import pandas as pd

StoreLike = Union[Store, str, pathlib.Path]

#: The columns of ``Desk.checks``: the seed's checklist columns last (检查人, 跟进人, 处理结果).
CHECK_COLUMNS = ("kind", "ref", "since", "due", "detail", "clause", "checker", "owner", "result")
#: The kinds of check, each with the clause of the seeds it follows.
CHECK_KINDS: dict[str, str] = {
    "late_shipment": "004 每日运营工作表: 检查店铺前一天付款订单是否已经全部发货, 杜绝发生自动退款",
    "no_tracking": "004 前期运营方案: 发货后及时填写物流单号",
    "unconfirmed": "004 前期运营方案: 发货一周后, 如果还没确认收货, 及时跟进",
    "arrival_call": "000 附件七: 按照快递正常到达时间后延一天, 电话回访",
    "unpaid": "002 篇2: 系统会为亲把订单保留3天 (催付)",
    "refund_due": "004 每日运营工作表: 投诉维权处理; 杜绝发生自动退款",
    "clearance_return": "002 篇2: 特价清仓货品, 在换的范围会尽量给亲换的, 但不宜退货",
    "transit_damage": "003 三、售後服務: 运输途中破损、丢件及时处理",
    "negative_review": "004 每日运营工作表: 中差评处理 (解释)",
    "zero_stock": "004 整体运营流程 (四)配送: 缺货的应及时下架该产品",
}
#: Days a carrier usually takes to deliver (*assumed*: no seed gives them); an unknown
#: carrier is taken as the slowest.
ARRIVAL_DAYS: dict[str, int] = {"顺丰": 2, "顺丰速运": 2, "中通": 3, "圆通": 3, "圆通速递": 3,
                                "申通": 3, "韵达": 3, "百世": 4, "EMS": 4, "邮政": 5}
#: Days a buyer's refund request may wait for the shop's answer before the platform refunds
#: automatically (*assumed*: Taobao's rule varies by kind; the seeds say only 杜绝自动退款).
REFUND_ANSWER_DAYS = 2
#: Hours an unpaid order is held (002 篇2: 系统会为亲把订单保留3天).
UNPAID_HOLD_HOURS = 72
#: Words of an item's title (in the refund export or the catalogue) that mark it as clearance
#: stock (特价清仓, *assumed*: the seeds name the practice, not a field that marks it).
CLEARANCE_WORDS = ("清仓", "特价清仓", "断码", "clearance")
#: Words of a refund reason or a review that name damage or loss in transit.
DAMAGE_WORDS = ("破损", "压坏", "压扁", "碎", "丢件", "丢失", "漏", "damaged", "lost")


@dataclasses.dataclass
class Desk:
    """One morning's desk (:func:`today`): ``brief`` (yesterday against its target, the month so
    far, today's target, the campaign days ahead) and ``checks``, one row per thing to do.

    Raises
    ------
    storeops.Error
        :meth:`resolve` of a check the desk does not hold.

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> storeops.today(folder, "2014-10-20").day.isoformat()
    '2014-10-20'
    """

    store: Store
    day: _dt.date
    #: Rows ``yesterday``, ``month_so_far``, ``today``: visitors, buyers, sales, conversion,
    #: order value, with ``target`` columns and the sentence of today's basis.
    brief: pd.DataFrame
    #: One row per thing to do today (:data:`CHECK_COLUMNS`).
    checks: pd.DataFrame
    #: Campaign days within 14 days and what the seeds ask to prepare (000 ch.4 大活动备战期).
    campaigns: pd.DataFrame
    notes: dict[str, str]

    def resolve(self, kind: str, ref: str, result: str, *, owner: str = "") -> None:
        """Marks a check done (处理结果), and who followed it up (跟进人); saved at once."""
        hit = (self.checks["kind"] == kind) & (self.checks["ref"].astype(str) == str(ref))
        if not hit.any():
            raise _core.Error(f"resolve: no {kind!r} check for {ref!r} on the desk of {self.day}")
        self.checks.loc[hit, "result"] = str(result)
        if owner:
            self.checks.loc[hit, "owner"] = str(owner)
        self.save()

    def save(self) -> pathlib.Path:
        """Writes the day's checks to the store's ``desk/2014-09-18.json``, whole or not at all."""
        path = self.store.path / "desk" / f"{self.day.isoformat()}.json"
        rows = [{k: (None if v is None or (isinstance(v, float) and math.isnan(v)) else str(v))
                 for k, v in r.items()} for r in self.checks.to_dict("records")]
        _write_atomically(path, json.dumps({"day": self.day.isoformat(), "checks": rows},
                                           ensure_ascii=False, indent=2))
        return path

    def to_html(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """The brief, the campaign days ahead and the checklist as one page."""
        from storeops.reviews.page import write_desk_html

        return write_desk_html(self, pathlib.Path(path), labels=labels)

    def to_excel(self, path: str | pathlib.Path, *, labels: str = "en") -> pathlib.Path:
        """The brief and the checklist in one workbook (the team fills 跟进人 and 处理结果)."""
        import pandas as pd

        path = pathlib.Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with pd.ExcelWriter(path) as writer:
            self.brief.reset_index().to_excel(writer, sheet_name="brief", index=False)
            self.checks.to_excel(writer, sheet_name="checks", index=False)
            self.campaigns.to_excel(writer, sheet_name="campaigns", index=False)
        return path


#: Each export the checks read, and the kinds of check that cannot be made without it.
NEEDED_BY = (("orders", "order report (订单报表)",
              ("late_shipment", "no_tracking", "unconfirmed", "arrival_call", "unpaid")),
             ("refunds", "refund export (退款管理)", ("refund_due", "clearance_return")),
             ("reviews", "review export (评价管理)", ("negative_review",)),
             ("catalog", "catalogue (商品清单)", ("zero_stock",)))
#: The exports the desk reads from a folder: the brief's days, the order and after-sales checks
#: and the catalogue's stock (the item report and the chats are not needed in the morning).
DESK_EXPORTS = ("daily", "orders", "refunds", "reviews", "catalog")


def _store(store: StoreLike) -> Store:
    return store if isinstance(store, Store) else open_store(store, kinds=DESK_EXPORTS)


def _brief(store: Store, day: _dt.date) -> pd.DataFrame:
    import pandas as pd

    from storeops.reviews.targets import next_week_targets

    daily: Any = store.daily
    yesterday = day - _dt.timedelta(days=1)
    first = day.replace(day=1) if day.day > 1 else (day - _dt.timedelta(days=1)).replace(day=1)

    def figures(rows: pd.DataFrame) -> dict[str, float]:
        v, b = float(rows["visitors"].sum()), float(rows["buyers"].sum())
        s = float(sum(float(x) for x in rows["sales"]))
        return {"visitors": v, "buyers": b, "sales": s, "conversion_rate": b / v if v else math.nan,
                "average_order_value": s / b if b else math.nan}

    def planned(a: _dt.date, b: _dt.date) -> dict[str, float]:
        f = _core.plan_for_days(store.plan, a, b)
        s = f.revenue.fen / 100
        return {"visitors": f.visitors, "buyers": f.orders, "sales": s,
                "conversion_rate": f.orders / f.visitors if f.visitors else math.nan,
                "average_order_value": s / f.orders if f.orders else math.nan}

    at = pd.to_datetime(daily["date"])
    last = daily[at == pd.Timestamp(yesterday)]
    so_far = daily[(at >= pd.Timestamp(first)) & (at <= pd.Timestamp(yesterday))]
    # today's target by the weekly proposal's rule, on what was known last night
    known = dataclasses.replace(store, daily=daily[at <= pd.Timestamp(yesterday)])
    target = next_week_targets(known, day).iloc[0]
    rows = {"yesterday": {**figures(last), **{f"target_{k}": v for k, v in
                                              planned(yesterday, yesterday).items()}},
            "month_so_far": {**figures(so_far), **{f"target_{k}": v for k, v in
                                                   planned(first, yesterday).items()}},
            "today": {"target_visitors": float(target["visitors"]),
                      "target_buyers": float(target["buyers"]),
                      "target_sales": float(target["sales"]), "basis": target["basis"]}}
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame["basis"] = frame["basis"].fillna("")
    return frame


def campaign_date(name: str, month_of_year: int, year: int) -> _dt.date:
    """The day of a campaign month's big day: 618 is 6-18, 双11 11-11, 双12 12-12; a name that
    gives no day is the month's first."""
    import re

    double = re.fullmatch(r"双(\d{1,2})", name.strip())
    if double:
        return _dt.date(year, int(double.group(1)), int(double.group(1)))
    digits = re.fullmatch(r"(\d{1,2})(\d{2})", name.strip())
    if digits and int(digits.group(1)) == month_of_year:
        return _dt.date(year, month_of_year, int(digits.group(2)))
    return _dt.date(year, month_of_year, 1)


def _campaigns(store: Store, day: _dt.date) -> pd.DataFrame:
    """The plan's campaign days within 14 days, with what 000 ch.4 asks to prepare."""
    import pandas as pd

    rows = []
    for m in store.plan.market.campaigns:
        for year in (day.year, day.year + 1):
            on = campaign_date(m.name, int(m.month_of_year), year)
            if 0 <= (on - day).days <= 14:
                rows.append({"campaign": m.name, "day": on, "days_left": (on - day).days,
                             "prepare": "000 ch.4 大活动备战期: stock (备货), the customer-service "
                                        "and packing rosters, the campaign pages, the warm-up"})
    return pd.DataFrame(rows, columns=["campaign", "day", "days_left", "prepare"])


def _row(kind: str, ref: Any, since: Any, due: Any, detail: str) -> dict[str, Any]:
    return {"kind": kind, "ref": str(ref), "since": since, "due": due, "detail": detail,
            "clause": CHECK_KINDS[kind], "checker": "", "owner": "", "result": ""}


def _order_checks(store: Store, day: _dt.date) -> list[dict[str, Any]]:
    import pandas as pd

    if store.orders is None:
        return []
    now = pd.Timestamp(day)
    o = store.orders[pd.to_datetime(store.orders["created"]) < now]
    out = []
    rule = store.plan.shipping.ship_within_hours
    paid = o[o["paid"].notna() & ~o["status"].isin(("等待买家付款", "交易关闭"))]
    late = paid[(paid["shipped"].isna() & (paid["paid"] + pd.Timedelta(hours=rule) < now)) |
                (paid["shipped"].notna() & (paid["shipped"] >= now - pd.Timedelta(days=1)) &
                 (paid["shipped"] > paid["paid"] + pd.Timedelta(hours=rule)))]
    for order, r in late.iterrows():
        out.append(_row("late_shipment", order, r["paid"], r["paid"] + pd.Timedelta(hours=rule),
                        "paid, not shipped within the shipping rule" if pd.isna(r["shipped"])
                        else f"shipped late, at {r['shipped']:%Y-%m-%d %H:%M}"))
    shipped = paid[paid["shipped"].notna() & (paid["shipped"] < now)]
    if "tracking_number" in shipped.columns:
        number = shipped["tracking_number"]
        bare = shipped[number.isna().to_numpy() |
                       number.fillna("").astype(str).str.strip().isin(("", "nan", "None")).to_numpy()]
        for order, r in bare.iterrows():
            out.append(_row("no_tracking", order, r["shipped"], r["shipped"], "shipped without a tracking number"))
    open_ = shipped[~shipped["status"].isin(("交易成功", "TRADE_FINISHED"))]
    for order, r in open_[open_["shipped"] <= now - pd.Timedelta(days=7)].iterrows():
        out.append(_row("unconfirmed", order, r["shipped"], now,
                        f"shipped {r['shipped']:%Y-%m-%d}, not confirmed received"))
    for order, r in open_.iterrows():
        carrier = str(r.get("carrier", "") or "")
        days = ARRIVAL_DAYS.get(carrier, max(ARRIVAL_DAYS.values()))
        call = (r["shipped"] + pd.Timedelta(days=days + 1)).normalize()
        if call == now.normalize():
            out.append(_row("arrival_call", order, r["shipped"], now,
                            f"{carrier or 'carrier unknown'}: usually {days} days (*assumed*); call "
                            "the buyer a day after"))
    unpaid = o[o["paid"].isna() & o["status"].isin(("等待买家付款", "WAIT_BUYER_PAY"))]
    for order, r in unpaid.iterrows():
        left = (pd.Timestamp(r["created"]) + pd.Timedelta(hours=UNPAID_HOLD_HOURS) - now) / pd.Timedelta(hours=1)
        if left > 0:
            out.append(_row("unpaid", order, r["created"], r["created"] + pd.Timedelta(hours=UNPAID_HOLD_HOURS),
                            f"created, unpaid: {left:.0f} hours left in the 3-day hold"))
    return out


def _after_sales_checks(store: Store, day: _dt.date) -> list[dict[str, Any]]:
    import pandas as pd

    now = pd.Timestamp(day)
    out = []
    if store.refunds is not None:
        r = store.refunds[store.refunds["requested"] < now]
        waiting = r[r["finished"].isna()]
        for _, x in waiting.iterrows():
            due = x["requested"] + pd.Timedelta(days=REFUND_ANSWER_DAYS)
            out.append(_row("refund_due", x["order"], x["requested"], due,
                            f"¥{x['amount']:,.2f} {x['reason']}: answer before the platform refunds "
                            f"by itself ({REFUND_ANSWER_DAYS} days, *assumed*)"))
        returns = waiting[waiting["kind"].astype(str).str.contains("退货")]
        for _, x in returns[[_is_clearance(store, x["item"], x["title"])
                             for _, x in returns.iterrows()]].iterrows():
            out.append(_row("clearance_return", x["order"], x["requested"],
                            x["requested"] + pd.Timedelta(days=REFUND_ANSWER_DAYS),
                            f"{x['title'] or x['item']}: a clearance item; offer an exchange "
                            "before the return"))
        damaged = r[r["reason"].astype(str).str.contains("|".join(DAMAGE_WORDS))]
        for _, x in damaged[damaged["requested"] >= now - pd.Timedelta(days=7)].iterrows():
            out.append(_row("transit_damage", x["order"], x["requested"], now,
                            f"refund for {x['reason']}: answer at once, claim from the carrier"))
    if store.reviews is not None:
        v = store.reviews[store.reviews["time"] < now]
        bad = v[v["rating"].isin(("neutral", "negative")) & v["reply"].astype(str).str.strip().eq("")]
        for _, x in bad.iterrows():
            out.append(_row("negative_review", x["order"] or x["item"], x["time"], now,
                            f"{'差评' if x['rating'] == 'negative' else '中评'} not answered: {x['text']}"))
        hurt = v[v["text"].astype(str).str.contains("|".join(DAMAGE_WORDS)) &
                 (v["time"] >= now - pd.Timedelta(days=7))]
        for _, x in hurt.iterrows():
            out.append(_row("transit_damage", x["order"] or x["item"], x["time"], now,
                            f"a review names damage: {x['text']}"))
    if store.catalog is not None:
        for item in store.catalog.items:
            if item.stock == 0:
                out.append(_row("zero_stock", item.item, now, now,
                                f"{item.name}: on sale with no stock, take it down"))
    return out


def _is_clearance(store: Store, item: Any, title: Any) -> bool:
    """Whether a refunded item is clearance stock: its title, or its catalogue name, says so."""
    names = [str(title or "")]
    if store.catalog is not None and str(item or ""):
        names += [i.name for i in store.catalog.items if i.item == str(item)]
    return any(word in name for name in names for word in CLEARANCE_WORDS)


def _carried(store: Store, day: _dt.date) -> dict[tuple[str, str], dict[str, Any]]:
    """The last desk before ``day``: its checks by (kind, ref), what was filled in kept."""
    folder = store.path / "desk"
    if not folder.is_dir():
        return {}
    earlier = sorted(p for p in folder.glob("*.json") if p.stem < day.isoformat())
    if not earlier:
        return {}
    path = earlier[-1]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data["checks"]
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as err:
        raise _core.Error(f"today: {path} is not a desk file the library wrote ({err}); fix or "
                          "remove it") from None
    out = {}
    for k, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not {"kind", "ref"} <= set(row):
            raise _core.Error(f"today: {path} check {k}: it has no 'kind' and 'ref' ({row!r})")
        if row["kind"] not in CHECK_KINDS:
            raise _core.Error(f"today: {path} check {k}, field 'kind': {row['kind']!r} is not a "
                              "kind of check (" + ", ".join(CHECK_KINDS) + ")")
        out[(str(row["kind"]), str(row["ref"]))] = row
    return out


def today(store: StoreLike, day: Any = None) -> Desk:
    """The morning's desk of a store folder: the brief and today's checks, what the last desk
    left open carried over, what it marked done (处理结果) left off.

    Parameters
    ----------
    store : Store, str or pathlib.Path
        The store folder or :func:`storeops.open_store`'s result.
    day : str or datetime.date, optional
        The day of the desk; by default the day after the last day the daily report shows.

    Returns
    -------
    Desk
        ``brief``, ``checks``, ``campaigns``; saved as the store's ``desk/2014-10-20.json``.

    Raises
    ------
    storeops.Error
        A folder without a daily report, a day that is not a date, or a desk file that was
        not written by the library (naming the file, the check and the field).

    Examples
    --------
    >>> import storeops, pathlib, tempfile
    >>> folder = storeops.example_store(pathlib.Path(tempfile.mkdtemp()) / "shop")
    >>> desk = storeops.today(folder, "2014-10-20")
    >>> list(desk.brief.index)
    ['yesterday', 'month_so_far', 'today']
    """
    import pandas as pd

    shop = _store(store)
    if shop.daily is None:
        raise _core.Error(f"today: {shop.path} has no daily report among its exports")
    last = pd.Timestamp(shop.daily["date"].max()).date()
    when = last + _dt.timedelta(days=1) if day is None else _date(day, "day")
    checks = _order_checks(shop, when) + _after_sales_checks(shop, when)
    carried = _carried(shop, when)
    frame = pd.DataFrame(checks, columns=list(CHECK_COLUMNS))
    frame = frame.drop_duplicates(["kind", "ref"], keep="first")
    keep = []
    for k, row in frame.iterrows():
        before = carried.get((row["kind"], row["ref"]))
        if before is not None:
            if str(before.get("result") or "").strip():
                continue  # done on an earlier desk: not asked again
            for field in ("checker", "owner"):
                frame.at[k, field] = before.get(field) or ""
        keep.append(k)
    frame = frame.loc[keep].reset_index(drop=True)
    notes: dict[str, str] = {}
    unchecked = [f"no {what}: {', '.join(kinds)} not checked"
                 for attribute, what, kinds in NEEDED_BY
                 if getattr(shop, attribute) is None]
    if unchecked:  # an empty list is not "all clear" where nothing was looked at
        notes["not_checked"] = "; ".join(unchecked)
    if not len(frame):
        notes["checks"] = ("nothing to do from the exports: every check is clear" if not unchecked
                           else "nothing to do from the exports the folder has")
    desk = Desk(shop, when, _brief(shop, when), frame, _campaigns(shop, when), notes)
    desk.save()
    return desk


__all__ = ["ARRIVAL_DAYS", "CHECK_COLUMNS", "CHECK_KINDS", "CLEARANCE_WORDS", "DAMAGE_WORDS", "DESK_EXPORTS", "NEEDED_BY", "Desk", "campaign_date",
           "REFUND_ANSWER_DAYS", "UNPAID_HOLD_HOURS", "today"]
