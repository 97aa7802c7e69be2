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
