"""A store folder as a real shop's comes (issue: a tea shop's exports, quirks included): each
quirk read right, or answered in one sentence naming the file, row, column and value."""

from __future__ import annotations

import pandas as pd
import pytest

import storeops
from storeops.readers.people import read_people


def test_order_numbers_written_for_excel_are_unwrapped(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,发货时间\n"
                    '="4012000002375438590",买家A,"1,567.00",交易成功,2025-10-15 09:00:00,'
                    "2025-10-15 09:01:00,2025-10-15 16:00:00\n", encoding="gbk")
    orders = storeops.read_orders(path)
    assert orders.index.tolist() == ["4012000002375438590"]
    assert float(orders["paid_amount"].iloc[0]) == 1567.0


def test_a_people_list_may_give_job_titles():
    people = read_people(pd.DataFrame({"姓名": ["小美", "老王", "阿杰", "李姐", "张总", "小周"],
                                       "岗位": ["客服", "仓管/打包", "美工", "财务", "店长", "运营"]}))
    assert people["role"].tolist() == ["cs_agent", "logistics_staff", "designer", "finance_clerk",
                                       "store_manager", "operations_director"]
    assert people["title"].tolist()[0] == "客服"
    with pytest.raises(storeops.Error, match=r"people list row 1, column 'role': '保安' is not a "
                                             r"role; give a role code \(cs_agent, .*\) or a job "
                                             r"title \(.*客服.*\)"):
        read_people(pd.DataFrame({"姓名": ["老李"], "岗位": ["保安"]}))


def test_month_and_week_refuse_a_malformed_value_naming_the_form(example_folder, tmp_path, capsys):
    from storeops.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["month", str(example_folder), "--month", "2025/09", "--out", str(tmp_path)])
    assert stop.value.code == 2
    assert "--month must be a month like 2025-09, got '2025/09'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["week", str(example_folder), "--week", "21/10/2025", "--out", str(tmp_path)])
    assert ("--week must be a date like 2025-10-20 (any day of the week), got '21/10/2025'"
            in capsys.readouterr().err)
    assert not any(tmp_path.iterdir())  # nothing written, no folder made of the slash


def test_the_plan_in_the_folder_may_be_the_workbook(example_folder, tmp_path):
    import shutil

    shop = tmp_path / "shop"
    shutil.copytree(example_folder, shop)
    plan = storeops.load_plan(shop / "plan.json")
    plan.market.promotion_share = 0.12                  # edited in Excel
    (shop / "plan.json").unlink()
    storeops.save_plan(plan, shop / "plan.xlsx")
    store = storeops.open_store(shop)
    assert store.plan_path.name == "plan.xlsx" and store.plan.market.promotion_share == 0.12
    storeops.presets.tmall_2014().save(str(shop / "plan.json"))
    import os
    os.utime(shop / "plan.json", (1_600_000_000, 1_600_000_000))  # the workbook is the newer
    assert storeops.open_store(shop).plan_path.name == "plan.xlsx"


def test_a_calendar_hint_names_the_plan_not_a_command_line_option(example_folder, tmp_path):
    import shutil

    shop = tmp_path / "shop"
    shutil.copytree(example_folder, shop)
    plan = storeops.load_plan(shop / "plan.json")
    plan.market.start_date = "2014-05-01"                # the exports begin before the plan
    plan.save(str(shop / "plan.json"))
    with pytest.raises(storeops.Error) as err:
        storeops.week_review(shop, "2014-10-22", runs=200, save=False)
    assert "--start" not in str(err.value)
    assert 'plan.market.start_date = "2014-02-01" in plan.json (market.start_date)' in str(err.value)


def test_the_command_lines_warnings_follow_labels(example_folder, tmp_path, capsys):
    import shutil

    from storeops.cli import main

    shop = tmp_path / "shop"
    shutil.copytree(example_folder, shop)
    assert main(["week", str(shop), "--week", "2014-10-22", "--runs", "500", "--labels", "zh",
                 "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "exports/说明.txt：未识别的文件：表头不属于任何已知导出" in out
    assert "no header of a known export" not in out
    assert "已写入" in out


def test_a_partial_week_is_set_against_the_plan_for_the_days_reported(example_folder):
    """Issue: 2 days of data read 'sales ¥7,231.93 against plan ¥22,651.51 (-68.1%)' with no
    word; the plan is now for the days reported, and the headline says so."""
    import datetime as dt

    store = storeops.open_store(example_folder)
    store.daily = store.daily[store.daily["date"] <= "2014-10-21"]
    review = storeops.week_review(store, "2014-10-20", runs=200, save=False)
    two_days = sum(storeops.plan_for_days(store.plan, dt.date(2014, 10, d), dt.date(2014, 10, d))
                   .revenue.fen for d in (20, 21)) / 100
    assert review.days_reported == 2
    assert review.totals.at["sales", "plan"] == pytest.approx(two_days, abs=0.005)
    assert "; 2 of 7 days reported: the plan is for those days" in review.headline().split("\n")[0]
    assert "已报 2/7 天" in review.headline("zh")
    whole = storeops.week_review(example_folder, "2014-10-20", runs=200, save=False)
    assert whole.days_reported == 7 and "days reported" not in whole.headline()
    month = storeops.month_review(store, "2014-10")
    assert (month.days_reported, month.days_in_month) == (21, 31)
    from storeops.reviews.page import month_headline

    assert month_headline(month).endswith("; 21 of 31 days reported: the plan is for those days")
