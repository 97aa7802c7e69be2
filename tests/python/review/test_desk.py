"""storeops.today: the morning's brief and checklist, as the seeds run a store by the day, from
the store's own exports; what is not done is carried over until it is."""

from __future__ import annotations

import dataclasses
import json

import pandas as pd
import pytest

import storeops
from storeops.core.labels import translate
from storeops.reviews import desk as D

DAY = "2014-10-20"


@pytest.fixture
def shop(example_folder, tmp_path):
    import shutil

    folder = tmp_path / "shop"
    shutil.copytree(example_folder, folder)
    return folder


def _orders(store):
    """The example's orders with one planted case of each order check, on 2014-10-20."""
    o = store.orders.copy()
    base = o.iloc[-1]
    rows = {
        "LATE": {"paid": pd.Timestamp("2014-10-18 10:00"), "shipped": pd.NaT, "status": "买家已付款"},
        "BARE": {"paid": pd.Timestamp("2014-10-17 10:00"), "shipped": pd.Timestamp("2014-10-17 16:00"),
                 "status": "卖家已发货", "tracking_number": ""},
        "OPEN": {"paid": pd.Timestamp("2014-10-10 10:00"), "shipped": pd.Timestamp("2014-10-10 16:00"),
                 "status": "卖家已发货"},
        "CALL": {"paid": pd.Timestamp("2014-10-16 09:00"), "shipped": pd.Timestamp("2014-10-16 12:00"),
                 "status": "卖家已发货", "carrier": "圆通速递"},
        "WAIT": {"paid": pd.NaT, "shipped": pd.NaT, "status": "等待买家付款",
                 "created": pd.Timestamp("2014-10-19 08:00")},
    }
    for order, change in rows.items():
        row = base.copy()
        row["created"] = change.get("created", pd.Timestamp("2014-10-09 09:00"))
        row["tracking_number"] = "YT123"
        for k, v in change.items():
            row[k] = v
        o.loc[order] = row
    return o


def test_the_brief_has_yesterday_the_month_and_today_by_the_proposals_rule(shop):
    desk = storeops.today(shop, DAY)
    store = storeops.open_store(shop)
    assert list(desk.brief.index) == ["yesterday", "month_so_far", "today"]
    y = store.daily.set_index("date").loc["2014-10-19"]
    assert desk.brief.at["yesterday", "visitors"] == y["visitors"]
    plan_day = storeops.plan_for_days(store.plan, "2014-10-19", "2014-10-19")
    assert desk.brief.at["yesterday", "target_sales"] == pytest.approx(plan_day.revenue.yuan)
    assert desk.brief.at["today", "basis"].startswith("behind plan")
    assert desk.day.isoformat() == DAY
    later = storeops.today(shop)          # default: the day after the report's last day
    assert later.day.isoformat() == "2014-11-01"
    assert list(later.campaigns["campaign"]) == ["双11"] and later.campaigns["days_left"].iloc[0] == 10


def test_every_kind_of_check_from_the_exports(shop):
    store = storeops.open_store(shop)
    planted = dataclasses.replace(store, orders=_orders(store))
    checks = storeops.today(planted, DAY).checks
    by = {(k, r) for k, r in zip(checks["kind"], checks["ref"])}
    for kind, ref in (("late_shipment", "LATE"), ("no_tracking", "BARE"), ("unconfirmed", "OPEN"),
                      ("arrival_call", "CALL"), ("unpaid", "WAIT")):
        assert (kind, ref) in by, kind
    assert {"negative_review", "transit_damage", "zero_stock"} <= set(checks["kind"])
    assert list(checks.columns) == list(D.CHECK_COLUMNS)
    wait = checks[checks["ref"] == "WAIT"].iloc[0]
    assert "56 hours left in the 3-day hold" in wait["detail"]  # 10-19 08:00 + 72 h - 10-20 00:00
    assert all(checks["clause"].map(bool))
    zero = checks[checks["kind"] == "zero_stock"]
    assert set(zero["ref"]) == {i.item for i in store.catalog.items if i.stock == 0}
    refunds = store.refunds.copy()
    refunds.loc[len(refunds)] = {**refunds.iloc[0].to_dict(), "order": "R1",
                                 "requested": pd.Timestamp("2014-10-19 10:00"), "finished": pd.NaT,
                                 "reason": "不想要了"}
    due = storeops.today(dataclasses.replace(planted, refunds=refunds), DAY).checks
    row = due[(due["kind"] == "refund_due") & (due["ref"] == "R1")].iloc[0]
    assert row["due"] == pd.Timestamp("2014-10-21 10:00")


def test_a_return_asked_on_a_clearance_item_is_offered_an_exchange(shop):
    """002 篇2: 特价清仓货品, 在换的范围会尽量给亲换的, 但不宜退货. A return (退货退款) still open
    on an item whose title says 清仓 is listed; a refund only (仅退款), a finished return or an
    ordinary item is not."""
    store = storeops.open_store(shop)
    refunds = store.refunds.copy()
    base = {**refunds.iloc[0].to_dict(), "requested": pd.Timestamp("2014-10-19 10:00"),
            "finished": pd.NaT, "reason": "不想要了", "item": ""}
    cases = {"C1": {"kind": "退货退款", "title": "【清仓特价】西湖龙井 250g"},
             "C2": {"kind": "仅退款", "title": "【清仓特价】西湖龙井 250g"},
             "C3": {"kind": "退货退款", "title": "【清仓特价】西湖龙井 250g",
                    "finished": pd.Timestamp("2014-10-19 18:00")},
             "C4": {"kind": "退货退款", "title": "西湖龙井 250g"}}
    for order, change in cases.items():
        refunds.loc[len(refunds)] = {**base, "order": order, **change}
    checks = storeops.today(dataclasses.replace(store, refunds=refunds), DAY).checks
    clearance = checks[checks["kind"] == "clearance_return"]
    assert list(clearance["ref"]) == ["C1"]
    row = clearance.iloc[0]
    assert row["detail"] == "【清仓特价】西湖龙井 250g: a clearance item; offer an exchange before the return"
    assert row["due"] == pd.Timestamp("2014-10-21 10:00") and "002 篇2" in row["clause"]
    assert translate(row["detail"], "zh") == "【清仓特价】西湖龙井 250g：清仓商品，先建议换货而非退货"
    # the catalogue's name marks it too, when the export gives the item's ID and no title
    import types

    catalog = types.SimpleNamespace(items=[types.SimpleNamespace(item="X9", name="断码清仓 T恤"),
                                           types.SimpleNamespace(item="X8", name="新款 T恤")])
    named = dataclasses.replace(store, catalog=catalog)
    assert D._is_clearance(named, "X9", "") and not D._is_clearance(named, "X8", "")


def test_what_is_done_is_not_asked_again_and_the_rest_is_carried_over(shop):
    first = storeops.today(shop, DAY)
    kind, ref = first.checks.iloc[0][["kind", "ref"]]
    other = first.checks.iloc[1]
    first.resolve(kind, ref, "已解释", owner="小王")
    first.checks.loc[1, "owner"] = "老张"
    first.save()
    saved = json.loads((shop / "desk" / f"{DAY}.json").read_text(encoding="utf-8"))
    assert saved["checks"][0]["result"] == "已解释" and saved["checks"][0]["owner"] == "小王"
    second = storeops.today(shop, "2014-10-21")
    pairs = set(zip(second.checks["kind"], second.checks["ref"]))
    assert (kind, ref) not in pairs
    carried = second.checks[(second.checks["kind"] == other["kind"]) & (second.checks["ref"] == other["ref"])]
    assert carried["owner"].iloc[0] == "老张"
    with pytest.raises(storeops.Error, match=r"resolve: no 'zero_stock' check for 'nope'"):
        second.resolve("zero_stock", "nope", "done")


def test_a_hand_edited_desk_file_is_named_never_dropped(shop):
    storeops.today(shop, DAY)
    path = shop / "desk" / f"{DAY}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["checks"][2]["kind"] = "lunch"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(storeops.Error, match=r"2014-10-20.json check 3, field 'kind': 'lunch' is not "
                                             r"a kind of check"):
        storeops.today(shop, "2014-10-21")
    path.write_text("{ broken", encoding="utf-8")
    with pytest.raises(storeops.Error, match=r"is not a desk file the library wrote"):
        storeops.today(shop, "2014-10-21")


def test_the_today_command_writes_the_page_and_the_workbook(shop, tmp_path, capsys):
    from storeops.cli import main

    out = tmp_path / "out"
    assert main(["today", str(shop), "--day", DAY, "--labels", "zh", "--out", str(out)]) == 0
    assert "things to do today" in capsys.readouterr().out
    page = (out / f"desk-{DAY}.html").read_text(encoding="utf-8")
    assert "晨会数据" in page and "每日检查表" in page and "跟进人" in page
    book = pd.read_excel(out / f"desk-{DAY}.xlsx", sheet_name=None, engine="openpyxl")
    assert set(book) == {"brief", "checks", "campaigns"}


def test_the_example_stores_own_desk_has_every_kind_of_check(shop):
    """make demo shows a desk with something on it: the example's exports hold a case of each
    kind the morning after their last day."""
    checks = storeops.today(shop).checks
    assert set(checks["kind"]) == set(D.CHECK_KINDS)
    assert (checks["kind"] == "no_tracking").sum() == 1 and (checks["kind"] == "unpaid").sum() == 2


def test_the_desk_reads_only_what_its_checks_need(shop):
    """8:20 on a year of exports: the desk leaves the item report and the chats unread."""
    desk = storeops.today(shop, DAY)
    assert desk.store.items is None and desk.store.chats is None
    assert set(D.DESK_EXPORTS) == {"daily", "orders", "refunds", "reviews", "catalog"}
    full = storeops.today(storeops.open_store(shop), DAY)   # a Store given: as it is
    assert full.checks[["kind", "ref"]].equals(desk.checks[["kind", "ref"]])


def test_a_missing_export_is_named_not_taken_as_all_clear(shop):
    (shop / "exports" / "退款管理.csv").unlink()
    (shop / "exports" / "评价管理.csv").unlink()
    desk = storeops.today(shop, DAY)
    assert desk.notes["not_checked"] == (
        "no refund export (退款管理): refund_due, clearance_return not checked; "
        "no review export (评价管理): negative_review not checked")
    assert not {"refund_due", "clearance_return", "negative_review"} & set(desk.checks["kind"])
    assert translate(desk.notes["not_checked"], "zh") == (
        "缺少退款管理：未检查 待处理退款, 清仓品退货；缺少评价管理：未检查 中差评")
    page = desk.to_html(shop / "desk.html").read_text(encoding="utf-8")
    assert "no refund export (退款管理)" in page
    full = storeops.today(storeops.open_store(shop.parent / "shop"), "2014-10-21")
    assert "not_checked" in full.notes                 # the same folder: still no refunds
