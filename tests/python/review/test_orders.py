"""storeops.read_orders: the seller centre's order report, and the shipping rule of seed 004."""

import pandas as pd
import pytest

import storeops

HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,订单创建时间,订单付款时间,发货时间,宝贝标题,宝贝总数量,物流单号,物流公司\n"


def write(tmp_path, rows, encoding="utf-8-sig", name="orders.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding=encoding)
    return path


ROWS = [
    "1001,tb_a,\"¥1,234.50\",交易成功,2014-09-22 14:00:00,2014-09-22 14:01:00,2014-09-23 15:01:00,引流款01,2,'123456789012,圆通速递",
    "1002,tb_b,99.90,交易成功,2014/9/22 16:00,2014/9/22 16:05,2014/9/23 15:30,利润款02,1,223456789012,圆通速递",
    "1003,tb_c,59.00,等待卖家发货,2014-09-23 09:00:00,2014-09-23 09:02:00,,形象款03,1,,",
    "1004,tb_d,20.00,交易关闭,2014-09-23 10:00:00,,,形象款04,1,,",
]


def test_the_export_read_to_the_fen_with_its_chinese_headers(tmp_path):
    orders = storeops.read_orders(write(tmp_path, ROWS, encoding="gb18030"), exact=True)
    assert list(orders.index) == ["1001", "1002", "1003", "1004"]
    assert orders.loc["1001", "paid_amount"] == storeops.Money("1234.50")
    assert orders.loc["1001", "tracking_number"] == "123456789012"  # Excel's ' mark dropped
    assert orders.loc["1002", "paid"] == pd.Timestamp("2014-09-22 16:05")
    assert pd.isna(orders.loc["1003", "shipped"]) and pd.isna(orders.loc["1004", "paid"])
    assert orders.loc["1001", "units"] == 2
    english = orders.reset_index()
    english["paid_amount"] = english["paid_amount"].map(lambda m: m.yuan)
    again = storeops.read_orders(english)
    assert again["paid_amount"].tolist() == [1234.5, 99.9, 59.0, 20.0]


@pytest.mark.parametrize("row, message", [
    ("1001,tb_a,abc,交易成功,2014-09-22 14:00,2014-09-22 14:01,,t,1,,",
     r"order 1001 \(row 1\), column '买家实际支付金额': 'abc' is not an amount of money"),
    ("1001,tb_a,10,交易成功,2014-09-22 14:00,2014-09-22 14:01,2014-09-22 13:00,t,1,,",
     r"order 1001 \(row 1\): shipped at 2014-09-22 13:00:00 before it was paid at 2014-09-22 14:01:00"),
    ("1001,tb_a,10,交易成功,yesterday,,,t,1,,",
     r"order 1001 \(row 1\), column '订单创建时间': 'yesterday' is not a date and time"),
    ("1001,tb_a,10,交易成功,2014-09-22 14:00,,,t,1.5,,",
     r"order 1001 \(row 1\), column '宝贝总数量': '1.5' is not a whole number"),
    ("1001,tb_a,10,交易成功,9999-01-01 00:00,,,t,1,,",
     r"'9999-01-01 00:00' is not a date and time"),
])
def test_a_bad_cell_names_the_order_and_the_column(tmp_path, row, message):
    with pytest.raises(storeops.Error, match=message):
        storeops.read_orders(write(tmp_path, [row]))


def test_an_order_twice_and_a_missing_column_are_refused(tmp_path):
    with pytest.raises(storeops.Error, match=r"the order is listed twice \(rows 1 and 2\)"):
        storeops.read_orders(write(tmp_path, [ROWS[0], ROWS[0]]))
    bad = tmp_path / "bad.csv"
    bad.write_text("订单编号,订单状态,订单创建时间\n1,交易成功,2014-09-22 10:00\n", encoding="utf-8")
    with pytest.raises(storeops.Error, match=r"lacks 'paid_amount' \(买家实际支付金额"):
        storeops.read_orders(bad)


def test_the_shipping_rule_lists_the_late_orders(tmp_path):
    plan = storeops.presets.tmall_2014()
    assert (plan.shipping.cutoff_hour, plan.shipping.ship_within_hours) == (15, 24)
    orders = storeops.read_orders(write(tmp_path, ROWS))
    late = storeops.late_shipments(plan, orders, until="2014-09-25 12:00")
    # 1001: paid 14:01, shipped 25 hours later: 1 hour late; 1002 in time (23.4 hours);
    # 1003 unshipped at the records' end: 51 hours past payment, 27 late; 1004 never paid
    assert list(late.index) == ["1003", "1001"]
    assert late.loc["1001", "hours_late"] == 1.0
    assert late.loc["1003", "hours_late"] == pytest.approx(26.97, abs=0.01)
    assert late.loc["1001", "batch_day"] == pd.Timestamp("2014-09-22")  # before 15:00
    plan.shipping.ship_within_hours = 48
    assert list(storeops.late_shipments(plan, orders, until="2014-09-25 12:00").index) == ["1003"]
    with pytest.raises(storeops.Error, match=r"shipping.cutoff_hour must be an hour of the day"):
        plan.shipping.cutoff_hour = 24
