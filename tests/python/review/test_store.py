"""A store is a folder: storeops.open_store and the example store."""

import pathlib
import shutil

import pandas as pd
import pytest

import storeops


def test_every_export_is_recognised_by_its_header(example_folder):
    store = storeops.open_store(example_folder)
    kinds = dict(zip(store.found["file"], store.found["kind"]))
    assert kinds == {
        "exports/员工名单.csv": "people", "exports/商品效果.csv": "items",
        "exports/商品清单.csv": "catalog", "exports/店铺日报_上.csv": "daily",
        "exports/店铺日报_下.xlsx": "daily", "exports/聊天记录.csv": "chats",
        "exports/订单报表.csv": "orders", "exports/说明.txt": "unknown",
        "exports/直通车报表.csv": "ads", "exports/引力魔方报表.xlsx": "ads",
        "exports/淘宝客报表.csv": "ads", "exports/退款管理.csv": "refunds",
        "exports/评价管理.csv": "reviews", "exports/流量来源.csv": "traffic"}
    assert list(store.found.columns) == ["file", "kind", "rows", "first_date", "last_date", "problem",
                                         "exported"]
    assert store.problems == ["exports/说明.txt: no header of a known export (daily report, item "
                              "report, catalogue, orders, chats, refunds, reviews, traffic sources, ads, returns, "
                              "people)"]
    assert store.plan == storeops.presets.tmall_2014()
    # the two daily reports overlap by a week: merged, each day once
    assert store.daily["date"].is_unique and len(store.daily) == 273  # 2014-02-01 to 10-31
    assert set(store.people.index) == {"小王", "小李", "老张", "陈经理", "小赵"}


def test_the_example_exports_agree_with_each_other(example_folder):
    store = storeops.open_store(example_folder)
    by_day = store.daily.set_index("date")["sales"]
    orders = store.orders.groupby(store.orders["paid"].dt.normalize())["paid_amount"].sum()
    items = store.items.groupby("date")["sales"].sum()
    sold = by_day[by_day > 0]
    assert (orders.reindex(sold.index).round(2) == sold.round(2)).all()
    assert (items.reindex(sold.index).round(2) == sold.round(2)).all()


def test_a_revised_re_export_replaces_the_earlier_days_and_keeps_them_listed(shop):
    """Issue: a revised re-export of one day stopped the whole review. The later export wins;
    what it replaced is listed with the columns that changed and the earlier figures."""
    import os

    upper = shop / "exports" / "店铺日报_上.csv"
    lower = shop / "exports" / "店铺日报_下.xlsx"
    frame = pd.read_csv(upper, encoding="gb18030", dtype=str)
    before = frame.loc[frame["日期"] == "2014-06-20", "浏览量"].item()
    frame.loc[frame["日期"] == "2014-06-20", "浏览量"] = "1"
    frame.to_csv(upper, index=False, encoding="gb18030")
    os.utime(lower, (1_600_000_000, 1_600_000_000))   # the workbook exported earlier
    store = storeops.open_store(shop)
    day = store.daily.set_index("date").loc[pd.Timestamp("2014-06-20")]
    assert day["page_views"] == 1                       # the later export's figure
    (row,) = store.overridden.itertuples()
    assert (row.kind, row.at, row.file, row.replaced_by, row.columns) == (
        "the day", "2014-06-20", "exports/店铺日报_下.xlsx", "exports/店铺日报_上.csv", "page_views")
    assert row.earlier == f"page_views {int(before):,} → 1"
    # exported at the same moment: which is the revision cannot be told
    os.utime(upper, (1_600_000_000, 1_600_000_000))
    with pytest.raises(storeops.Error, match=(
            r"the day 2014-06-20 is reported twice with different figures \(page_views\): in "
            r"exports/店铺日报_上.csv and in exports/店铺日报_下.xlsx, exported at the same time, so "
            r"which is the revision cannot be told; remove the one that is wrong")):
        storeops.open_store(shop)


def test_an_export_time_in_the_title_line_orders_the_exports(tmp_path):
    from storeops.readers.store import exported_at

    path = tmp_path / "日报.csv"
    path.write_text("导出时间：2025-10-16 08:00:00\n日期,访客数\n", encoding="utf-8")
    rows = storeops.readers.table.read_rows(path, "t")
    assert str(exported_at(path, rows)) == "2025-10-16 08:00:00"
    assert str(exported_at(path, [["导出时间", "2025/10/17 09:30"]])) == "2025-10-17 09:30:00"


def test_an_unreadable_file_stops_nothing_else(shop):
    (shop / "exports" / "坏文件.csv").write_text(
        "日期,浏览量,访客数,销售额,成交件数,支付买家数\n2014-13-45,1,1,2,1,1\n", encoding="utf-8")
    (shop / "exports" / "空文件.csv").write_text("", encoding="utf-8")
    store = storeops.open_store(shop)
    found = store.found.set_index("file")
    assert found.loc["exports/坏文件.csv", "kind"] == "daily"
    assert "2014-13-45" in found.loc["exports/坏文件.csv", "problem"]
    assert "is empty" in found.loc["exports/空文件.csv", "problem"]
    assert store.daily is not None and store.orders is not None


def test_a_folder_without_a_plan_or_that_is_no_folder(tmp_path):
    with pytest.raises(storeops.Error, match=r"has no plan \(plan.json or plan.xlsx\); write one "
                                             r"with python -m storeops preset .*plan.xlsx, edit it"):
        storeops.open_store(tmp_path)
    with pytest.raises(storeops.Error, match=r"is not a folder"):
        storeops.open_store(tmp_path / "nowhere")
    storeops.presets.tmall_2014().save(str(tmp_path / "plan.json"))
    empty = storeops.open_store(tmp_path)  # a plan and no exports yet
    assert empty.daily is None and len(empty.found) == 0
    with pytest.raises(storeops.Error, match=r"has no daily report among its exports"):
        storeops.week_review(empty)


def test_the_example_is_not_written_over_an_existing_folder(example_folder):
    with pytest.raises(storeops.Error, match=r"already has files; give a new folder or force"):
        storeops.example_store(example_folder)


DATA = pathlib.Path(__file__).with_name("data")


def test_an_old_xls_export_is_read_and_recognised(tmp_path):
    # tests/python/review/data/daily_report.xls: an Excel 97 file (written once with xlwt), a
    # title above its header, as 生意参谋 exports it
    daily = storeops.read_daily(DATA / "daily_report.xls")
    assert daily["visitors"].tolist() == [518, 551, 655]
    assert daily["sales"].tolist() == [455.2, 684.6, 1538.8]
    storeops.presets.tmall_2014().save(str(tmp_path / "plan.json"))
    (tmp_path / "exports").mkdir()
    shutil.copy(DATA / "daily_report.xls", tmp_path / "exports" / "report.xls")
    store = storeops.open_store(tmp_path)
    assert store.found["kind"].tolist() == ["daily"] and len(store.daily) == 3


def test_open_store_reads_only_the_kinds_asked_for(example_folder):
    """kinds=: every file is still recognised and listed, the others are not read (rows empty,
    their attributes None); an unknown kind is an error naming the known ones."""
    store = storeops.open_store(example_folder, kinds=["daily", "orders"])
    assert store.daily is not None and store.orders is not None
    assert store.items is None and store.chats is None and store.catalog is None and store.refunds is None
    found = store.found.set_index("file")
    assert found.loc["exports/聊天记录.csv", "kind"] == "chats"
    assert pd.isna(found.loc["exports/聊天记录.csv", "rows"])
    assert found.loc["exports/订单报表.csv", "rows"] == len(store.orders)
    full = storeops.open_store(example_folder)
    assert store.daily.equals(full.daily) and store.orders.equals(full.orders)
    with pytest.raises(ValueError, match=r"open_store: kinds \['orderz'\] are not kinds of export \(ads, catalog"):
        storeops.open_store(example_folder, kinds=["orderz"])


def test_a_catalogue_without_roles_brings_its_item_report_when_kinds_leave_it_out(shop):
    catalog = shop / "exports" / "商品清单.csv"
    pd.read_csv(catalog, dtype=str).drop(columns=["商品角色"]).to_csv(catalog, index=False)
    store = storeops.open_store(shop, kinds=["catalog"])
    assert store.catalog is not None and store.items is not None  # roles inferred, not lost
    assert len(store.catalog.inferred) == len(store.catalog.items)
    assert store.chats is None
