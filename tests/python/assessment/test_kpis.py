"""storeops.read_chats and storeops.kpis: the month's KPIs from its records, by the pinned
definitions."""

import math

import pandas as pd
import pytest

import storeops


def chats():
    rows = [  # time, agent, customer, direction, text
        ("2014-09-01 10:00:00", "小王", "买家A", "in", "在吗"),
        ("2014-09-01 10:00:20", "小王", "买家A", "in", "这件有货吗"),   # same turn: no reply yet
        ("2014-09-01 10:01:00", "小王", "买家A", "out", "亲，有货的"),  # 60 s after the turn's first
        ("2014-09-01 10:05:00", "小王", "买家A", "in", "什么时候发货"),  # a new turn
        ("2014-09-01 10:05:30", "小王", "买家A", "out", "今天就发"),     # 30 s
        ("2014-09-01 11:00:00", "小李", "买家B", "in", "包邮吗"),
        ("2014-09-01 11:02:00", "小李", "买家B", "out", "包邮哦亲"),     # 120 s
        ("2014-09-01 11:10:00", "小李", "买家B", "in", "好的"),          # never answered
        ("2014-09-01 12:00:00", "小李", "买家C", "in", "有优惠吗"),      # never answered
    ]
    return pd.DataFrame(rows, columns=["time", "agent", "customer", "direction", "text"])


def test_read_chats_reads_a_qianniu_export(tmp_path):
    frame = chats().rename(columns={"time": "发送时间", "agent": "客服账号", "customer": "买家昵称",
                                    "text": "消息内容"})
    frame["发送人"] = [a if d == "out" else c for a, c, d in
                     zip(frame["客服账号"], frame["买家昵称"], frame.pop("direction"))]
    frame["服务评价"] = ["", "", "很满意", "", "", "", "一般", "", ""]
    path = tmp_path / "chats.csv"
    frame.to_csv(path, index=False, encoding="gbk")
    read = storeops.read_chats(path)
    assert list(read.columns) == ["time", "agent", "customer", "direction", "text", "rating"]
    assert read["direction"].tolist() == chats()["direction"].tolist()
    assert read["time"].iloc[2] == pd.Timestamp("2014-09-01 10:01:00")
    with pytest.raises(storeops.Error, match="read_chats: the records lack 'text'"):
        storeops.read_chats(chats().drop(columns="text"))
    bad = chats()
    bad.loc[4, "direction"] = "sideways"
    with pytest.raises(storeops.Error, match="row 5: 'sideways' is neither"):
        storeops.read_chats(bad)


def test_customer_service_kpis_by_the_pinned_definitions():
    c = storeops.read_chats(chats())
    shipments = pd.DataFrame({"customer": ["买家A", "买家Z"]})
    k = storeops.kpis("customer_service", chats=c, shipments=shipments)
    # measured from the chats: every KPI but the lead's sales (given with the sales figures)
    assert list(k.index[:5]) == storeops.department_kpis("customer_service")[:5]
    assert storeops.department_kpis("customer_service")[5:] == ["personal_sales", "team_sales"]
    assert "personal_sales" not in k.index
    assert k["response_time_s"] == (60 + 30 + 120) / 3   # the unanswered turns are left out
    assert k["unanswered_turns"] == 2
    # 回复率 counts customers, not turns (000 ch.5): A and B were replied to, C never
    assert k["reply_rate"] == 2 / 3
    assert k["average_reply_length"] == (5 + 4 + 4) / 3
    assert k["success_rate"] == 1 / 3                    # A of A, B, C bought
    assert math.isnan(k["satisfaction"])                 # no ratings: missing, not zero
    assert k.attrs["missing"] == ["satisfaction"]


def test_success_rate_follows_the_payment_rule():
    """成交率 = 售前成功人数 / 售前接待人数 (000 ch.5): the pre-sale customers wrote before they
    paid (or never paid); those who paid after writing succeeded."""
    c = storeops.read_chats(chats())
    shipments = pd.DataFrame({"customer": ["买家A", "买家B"],
                              "paid": ["2014-09-01 09:00:00", "2014-09-01 11:30:00"]})
    k = storeops.kpis("customer_service", chats=c, shipments=shipments)
    # A paid before writing: an after-sale contact, not pre-sale; B wrote, then paid; C never paid
    assert k["success_rate"] == 1 / 2


def test_by_agent_gives_one_row_per_agent():
    k = storeops.kpis("customer_service", chats=storeops.read_chats(chats()), by="agent")
    assert k.index.tolist() == ["小李", "小王"]
    assert k.loc["小王", "response_time_s"] == 45
    assert k.loc["小李", "response_time_s"] == 120
    assert k.loc["小李", "unanswered_turns"] == 2
    assert k.loc["小王", "reply_rate"] == 1.0


def test_promotion_logistics_and_design_kpis():
    ads = pd.DataFrame({"展现量": [10_000, 30_000], "点击量": [300, 500], "花费": [240.0, 360.0],
                        "成交金额": [1_200.0, 1_800.0]})
    k = storeops.kpis("promotion", ads=ads, month_plan={"visitors": 1_000, "revenue": 12_000})
    assert k["ctr"] == 800 / 40_000
    assert k["traffic_cost"] == 600 / 800
    assert k["roi"] == 3_000 / 600
    assert k["traffic_reached"] == 0.8
    assert k["ad_cost_ratio"] == 0.05
    assert storeops.kpis("promotion", ads=ads).attrs["missing"] == ["traffic_reached", "ad_cost_ratio"]
    ship = pd.DataFrame({"customer": list("abcd"), "wrong": [False, True, False, False],
                         "dsr_shipping": [5, 4, None, 5], "packer": ["甲", "乙", "甲", "乙"]})
    ret = pd.DataFrame({"reason": ["quality", "size", "质量问题", "changed mind"]})
    k = storeops.kpis("logistics", shipments=ship, returns=ret)
    assert (k["dsr_shipping"], k["wrong_shipment_rate"], k["quality_return_share"]) == (14 / 3, 0.25, 0.5)
    by = storeops.kpis("logistics", shipments=ship, by="person")
    assert by.loc["乙", "wrong_shipment_rate"] == 0.5 and by.loc["甲", "wrong_shipment_rate"] == 0.0
    assert storeops.kpis("design", month_plan={"tasks": 20, "tasks_done": 17})["task_completion"] == 0.85
    assert storeops.kpis("design").attrs["missing"] == ["task_completion"]
    with pytest.raises(storeops.Error, match="unknown department 'sales'"):
        storeops.kpis("sales")
    with pytest.raises(storeops.Error, match="by='agent' splits customer service"):
        storeops.kpis("promotion", ads=ads, by="agent")


def test_satisfaction_counts_customers_not_rated_lines():
    """000 ch.5: 满意度 = 客户好评 / 客户人数. One customer's two 满意 lines and another's 不满意
    are one satisfied customer of two (0.5), not two satisfied lines of three (0.667)."""
    frame = chats()
    frame["rating"] = ["", "满意", "满意", "", "", "", "不满意", "", ""]
    k = storeops.kpis("customer_service", chats=storeops.read_chats(frame))
    assert k["satisfaction"] == 0.5
    frame["rating"] = ["不满意", "", "满意", "", "", "", "", "", ""]  # the last rating counts
    assert storeops.kpis("customer_service", chats=storeops.read_chats(frame))["satisfaction"] == 1.0


def test_a_qianniu_sub_account_is_the_person_the_people_list_names():
    frame = chats()
    frame["agent"] = frame["agent"].map({"小王": "茶语旗舰店:小王", "小李": "茶语旗舰店：小李"})
    read = storeops.read_chats(frame)
    assert sorted(set(read["agent"])) == ["小李", "小王"]
    assert read["account"].iloc[0] == "茶语旗舰店:小王"
    by_agent = storeops.kpis("customer_service", chats=read, by="agent")
    assert sorted(by_agent.index) == ["小李", "小王"]
    assert "account" not in storeops.read_chats(chats()).columns  # only when one was written so
