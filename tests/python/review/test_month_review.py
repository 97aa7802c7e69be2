"""storeops.month_review: the monthly summary (月度运营总结, 004), the assessment sheet from the
month's chats and the payroll from that sheet."""

import pandas as pd
import pytest

import storeops
from storeops.cli import main


@pytest.fixture(scope="module")
def month(example_folder):
    return storeops.month_review(example_folder, "2014-10")


def test_the_month_against_the_plan(month):
    assert month.plan_month == 9  # October 2014, the plan starting in February
    daily = month.store.daily.set_index("date").loc["2014-10"]
    assert month.totals.loc["visitors", "actual"] == daily["visitors"].sum()
    planned = storeops.plan_for_days(month.store.plan, "2014-10-01", "2014-10-31")
    assert month.totals.loc["sales", "plan"] == planned.revenue.yuan
    assert len(month.days) == 31


def test_customers_from_the_order_report(month):
    orders = month.store.orders
    paid = orders[(orders["paid"] >= "2014-10-01") & (orders["paid"] < "2014-11-01")]
    before = set(orders.loc[orders["paid"] < "2014-10-01", "buyer"])
    returning = set(paid["buyer"]) & before
    assert month.totals.loc["returning_customers", "actual"] == len(returning) > 0
    assert month.totals.loc["new_customers", "actual"] == len(set(paid["buyer"]) - before)
    assert month.totals.loc["orders", "actual"] == len(paid)


def test_the_sheet_and_the_payroll_by_name(month):
    assert set(month.sheet.index) == {"小王", "小李", "老张", "陈经理", "小赵"}
    agents = month.sheet[month.sheet["role"] == "cs_agent"]
    assert agents["total_score"].notna().all()
    assert set(month.payslips.index) == set(month.sheet.index)
    assert month.payslips.loc["陈经理", "base"] == 5000.0
    assert (month.payslips["total"] > 0).all()


def test_the_month_command_and_a_month_outside_the_report(example_folder, tmp_path, capsys):
    assert main(["month", str(example_folder), "--month", "2014-10", "--labels", "zh",
                 "--out", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("2014-10：销售额 ¥")
    sheets = pd.read_excel(tmp_path / "month-2014-10.xlsx", sheet_name=None, engine="openpyxl")
    assert list(sheets) == ["本月与计划", "每日趋势：浏览量、访客数、销售额", "退换货原因分析", "退换货商品（前十）",
                           "退换货处理结果", "考核表", "按考核表计算的工资"]
    assert "<h2>考核表</h2>" in (tmp_path / "month-2014-10.html").read_text(encoding="utf-8")
    with pytest.raises(storeops.Error, match=r"2015-03 is outside the daily report, which "
                                             r"covers 2014-02-01 to 2014-10-31"):
        storeops.month_review(example_folder, "2015-03")
