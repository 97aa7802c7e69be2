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


@pytest.fixture(scope="module")
def tea_shop(tmp_path_factory):
    """A store folder shaped as a real shop's: the plan edited in the workbook; a GBK
    catalogue without 商品角色; a daily report with a title line and "1,567" numbers; an order
    report whose numbers are written ="…"; 千牛 agents as shop:name; a people list of job
    titles; a note that is no export."""
    import shutil

    folder = storeops.example_store(tmp_path_factory.mktemp("tea") / "src")
    shop = tmp_path_factory.mktemp("tea") / "茶语旗舰店"
    shutil.copytree(folder, shop)
    ex = shop / "exports"
    plan = storeops.load_plan(shop / "plan.json")
    (shop / "plan.json").unlink()
    storeops.save_plan(plan, shop / "plan.xlsx")
    catalog = pd.read_csv(ex / "商品清单.csv", encoding="utf-8-sig", dtype=str).drop(columns="商品角色")
    (ex / "商品清单.csv").unlink()
    catalog.to_csv(ex / "商品列表.csv", index=False, encoding="gbk")
    daily = pd.read_csv(ex / "店铺日报_上.csv", encoding="gb18030", dtype=str)
    daily["浏览量"] = daily["浏览量"].map(lambda v: f"{int(v):,}")
    text = "茶语旗舰店 店铺日报\n导出时间：2025-10-16 08:00:00\n" + daily.to_csv(index=False)
    (ex / "店铺日报_上.csv").write_bytes(text.encode("gbk"))
    orders = pd.read_csv(ex / "订单报表.csv", encoding="utf-8-sig", dtype=str)
    orders["订单编号"] = '="' + orders["订单编号"] + '"'
    orders.to_csv(ex / "订单报表.csv", index=False, encoding="gbk")
    chats = pd.read_csv(ex / "聊天记录.csv", encoding="utf-8-sig", dtype=str)
    chats["客服"] = "茶语旗舰店:" + chats["客服"]
    chats.to_csv(ex / "聊天记录.csv", index=False, encoding="gbk")
    people = pd.read_csv(ex / "员工名单.csv", encoding="utf-8-sig", dtype=str)
    people["岗位"] = people["岗位"].map(lambda r: storeops.core.labels.ROLES_ZH[r])
    people.to_csv(ex / "员工名单.csv", index=False, encoding="utf-8-sig")
    return shop


def test_a_real_shops_folder_is_read_whole(tea_shop):
    store = storeops.open_store(tea_shop)
    assert store.problems == ["exports/说明.txt: no header of a known export (daily report, item "
                              "report, catalogue, orders, chats, refunds, reviews, traffic sources, ads, returns, "
                              "people)"]
    assert store.plan_path.name == "plan.xlsx"
    assert store.catalog is not None and len(store.catalog.inferred) == len(store.catalog.items)
    roles = {i.role for i in store.catalog.items}
    assert "traffic_driver" in roles and "profit" in roles and "campaign" not in roles
    assert not store.orders.index.str.startswith("=").any()
    assert set(store.chats["agent"]) <= set(store.people.index)
    assert str(store.found.set_index("file").at["exports/店铺日报_上.csv", "exported"]) == \
        "2025-10-16 08:00:00"
    assert store.daily["page_views"].max() >= 1_000  # "1,567" read as a number


def test_the_review_of_a_real_shop_explains_itself(tea_shop, tmp_path):
    review = storeops.week_review(tea_shop, "2014-10-22", runs=300, save=False)
    push_note = review.data.notes["push"]
    assert f"Roles (商品角色) inferred from the item report for {len(review.store.catalog.items)} items" in push_note
    assert push_note.startswith("none qualifies: an item is pushed when it is a hit candidate")
    assert "chat records: agents not in the people list" not in review.data.notes.get("data", "")
    missed = review.service["missed"]
    assert all(isinstance(m, str) for m in missed)
    slow = review.service[review.service["response_time_s"] > 30]
    assert all("response_time_s" in m for m in slow["missed"])   # a 74 s reply against 30 s
    page = review.to_html(tmp_path / "week.html", labels="zh").read_text(encoding="utf-8")
    assert "名词解释" in page and "回本月 P50" in page and "打包批次" in page
    assert "个商品的商品角色由商品效果报表推断" in page
    english = review.to_html(tmp_path / "week-en.html").read_text(encoding="utf-8")
    assert "What the figures mean" in english and "the money to put in so that cash stays" in english


def test_the_readmes_week_command_runs_as_printed_twice(tmp_path):
    """The README's two lines, run in a shell as a newcomer would after `make demo`: the
    environment make demo made, then the week of a fresh example store; run again, the same
    week replaces its own page."""
    import pathlib
    import re
    import subprocess
    import sys

    root = pathlib.Path(__file__).resolve().parents[3]
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(\. \.venv/bin/activate[^\n]*)\n(python -m storeops week[^\n]*)\n```",
                      readme)
    assert block, "the README shows the week command after the activation line"
    activate = pathlib.Path(sys.executable).parent / "activate"
    command = block.group(2).split("#")[0].replace("/tmp/shop", str(tmp_path / "shop"))
    script = f". {activate} && cd {tmp_path} && {command}"
    for run in range(2):
        done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / "out" / "week-2014-W43.html").exists()
    assert "replaced the earlier" in done.stdout


def test_the_new_exports_are_read_kept_and_used(example_folder, tmp_path):
    """直通车, 引力魔方, 淘宝客, refunds, reviews, traffic sources and a 千牛 .txt log: each
    recognised by its header (or its lines), kept in the Store and shown by the review."""
    import shutil

    shop = tmp_path / "shop"
    shutil.copytree(example_folder, shop)
    (shop / "exports" / "小美聊天记录.txt").write_text(
        "与 tb_new 的聊天记录\n2014-10-21 10:01:02 tb_new\n有新茶吗\n"
        "2014-10-21 10:01:40 茶语旗舰店:小王\n亲，有的\n", encoding="gbk")
    store = storeops.open_store(shop)
    assert set(store.ads["channel"]) == {"search", "display", "affiliate"}
    assert store.ads.loc[store.ads["channel"] == "affiliate", "impressions"].isna().all()  # never 0
    assert {"order", "amount", "reason", "requested", "finished"} <= set(store.refunds.columns)
    assert store.refunds["finished"].isna().any()                    # still open: kept, not dropped
    assert set(store.reviews["rating"]) == {"good", "neutral", "negative"}
    assert store.traffic["source"].nunique() == 8
    assert "tb_new" in set(store.chats["customer"])
    assert store.found.set_index("file").at["exports/小美聊天记录.txt", "kind"] == "chats"
    review = storeops.week_review(store, "2014-10-22", runs=200, save=False)
    total = review.ads.loc["total"]
    assert total["spend"] == pytest.approx(review.ads.drop(index="total")["spend"].sum())
    assert total["roi"] == pytest.approx(total["sales"] / total["spend"])
    planned = storeops.plan_for_days(store.plan, review.week_start, review.week_end)
    assert total["plan_budget"] == pytest.approx(planned.revenue.fen / 100 * 0.1)
    assert review.refunds["refunds"].sum() >= 1
    assert set(review.reviews["rating"]) <= {"neutral", "negative"}
    assert review.data.notes["reviews"].endswith("negative")
    assert review.traffic_sources["visitor_share"].sum() == pytest.approx(1.0)


def test_a_near_miss_header_is_read_or_answered_with_the_nearest(tmp_path):
    from storeops.readers.store import nearest_header

    frame = pd.DataFrame({"日期": ["2025-10-14"], "访客": ["1,567"], "支付金额(元)": ["4,310.20"],
                          "浏览量": [3000], "成交件数": [60], "支付买家数": [50]})
    daily = storeops.read_daily(frame)
    assert int(daily["visitors"].iloc[0]) == 1567 and float(daily["sales"].iloc[0]) == 4310.2
    assert nearest_header([["日子", "访客量", "销售"]]) == (
        "; the nearest known header: '访客量' may be '访客' (visitors, in the daily report (日报表))")


def test_the_month_takes_its_refunds_reviews_and_promotion_kpis_from_the_exports(example_folder,
                                                                                 tmp_path):
    month = storeops.month_review(example_folder, "2014-10")
    store = storeops.open_store(example_folder)
    october = store.refunds[store.refunds["requested"].dt.strftime("%Y-%m") == "2014-10"]
    t = month.totals
    assert t.at["refunds", "actual"] == len(october)
    assert t.at["refund_amount", "actual"] == pytest.approx(october["amount"].sum())
    assert t.at["refund_share", "actual"] == pytest.approx(october["amount"].sum()
                                                         / t.at["sales", "actual"])
    assert t.at["refund_share", "plan"] == store.plan.market.refund_rate.value
    bad = store.reviews[(store.reviews["time"].dt.strftime("%Y-%m") == "2014-10")
                        & (store.reviews["rating"] == "negative")]
    assert t.at["negative_reviews", "actual"] == len(bad)
    # the promoter is assessed on the ad reports, and every payslip says why its bonus is so
    promoter = month.sheet.loc["小赵"]
    assert promoter["missing"] == [] and promoter["roi"] == pytest.approx(
        *[(lambda a: a["sales"].sum() / a["spend"].sum())(
            store.ads[store.ads["date"].dt.strftime("%Y-%m") == "2014-10"])])
    assert month.payslips.at["小王", "basis"].startswith("assessed ")
    assert "bonus ¥600.00" in month.payslips.at["小王", "basis"]
    assert month.payslips.at["陈经理", "basis"] == "not assessed: no KPI of its department; bonus ¥0.00"
    page = month.to_html(tmp_path / "m.html", labels="zh").read_text(encoding="utf-8")
    assert "依据" in page and "缺少数据：满意度" in page and "satisfaction" not in page
