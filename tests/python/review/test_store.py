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
        "exports/订单报表.csv": "orders", "exports/说明.txt": "unknown"}
    assert list(store.found.columns) == ["file", "kind", "rows", "first_date", "last_date", "problem"]
    assert store.problems == ["exports/说明.txt: no header of a known export (daily report, item "
                              "report, catalogue, orders, chats, returns, ads, people)"]
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


def test_the_same_day_twice_with_other_figures_names_both_files(shop):
    upper = shop / "exports" / "店铺日报_上.csv"
    frame = pd.read_csv(upper, encoding="gb18030", dtype=str)
    frame.loc[frame["日期"] == "2014-06-20", "浏览量"] = "1"
    frame.to_csv(upper, index=False, encoding="gb18030")
    with pytest.raises(storeops.Error, match=(
            "the day 2014-06-20 is reported twice with different figures: in "
            "exports/店铺日报_上.csv and in exports/店铺日报_下.xlsx")):
        storeops.open_store(shop)


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
    with pytest.raises(storeops.Error, match=r"has no plan.json \(write one with python -m "
                                             r"storeops preset"):
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
