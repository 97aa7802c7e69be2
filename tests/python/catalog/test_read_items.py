"""storeops.read_items: the item report from 生意参谋 and 量子恒道 exports."""

import pandas as pd
import pytest

import storeops
from storeops.readers.items import ITEM_COLUMN_NAMES
from storeops.readers.table import REPORT_COLUMN_NAMES

ROWS = {"date": ["2014-09-01", "2014-09-01", "2014-09-02"], "item": ["A1", "B2", "A1"],
        "visitors": [100, 50, 120], "page_views": [300, 80, 330], "buyers": [4, 1, 5],
        "units": [5, 1, 6], "sales": [199.5, 39.9, 239.4]}


def test_the_item_report_shares_one_synonym_table_with_the_daily_report():
    assert storeops.DAILY_COLUMN_NAMES["visitors"] is REPORT_COLUMN_NAMES["visitors"]
    assert ITEM_COLUMN_NAMES["visitors"] is REPORT_COLUMN_NAMES["visitors"]
    for name in ("统计日期", "商品ID", "商品名称", "商品访客数", "商品浏览量", "支付买家数", "支付件数",
                 "支付金额", "商品详情页跳出率", "商品收藏人数", "加购件数", "宝贝页访客数", "宝贝页浏览量", "跳失率"):
        assert any(name in synonyms for synonyms in ITEM_COLUMN_NAMES.values()), name


@pytest.mark.parametrize("column,synonym", [
    (c, s) for c, names in ITEM_COLUMN_NAMES.items()
    for s in names if c not in ("item_name", "conversion_rate")])
def test_every_synonym_is_understood(column, synonym):
    frame = dict(ROWS, bounce_rate=["40%", "50%", "30%"], favourites=[1, 2, 3], carts=[2, 3, 4])
    frame[synonym] = frame.pop(column)
    out = storeops.read_items(pd.DataFrame(frame))
    assert column in out.columns
    assert list(out["item"]) == ["A1", "A1", "B2"]  # sorted by item, then date


def test_a_chinese_export_in_gbk_with_percent_separators_and_yuan(tmp_path):
    frame = pd.DataFrame({"统计日期": ["2014年9月1日", "2014/09/02"], "商品ID": [560001, 560001],
                          "商品名称": ["连衣裙", "连衣裙"], "商品访客数": ["1,200", "1,300"],
                          "商品浏览量": ["3,000", "3,100"], "支付买家数": [36, 40], "支付件数": [40, 44],
                          "支付金额": ["￥3,996.00", "4,395.60元"], "商品详情页跳出率": ["45.5%", "44%"],
                          "商品收藏人数": [50, 60], "加购件数": [80, 90]})
    path = tmp_path / "items.csv"
    with open(path, "w", encoding="gbk") as f:
        f.write("商品效果,2014-09\n")  # a title above the header row
        frame.to_csv(f, index=False)
    out = storeops.read_items(path)
    assert list(out.columns) == ["date", "item", "visitors", "page_views", "buyers", "units", "sales",
                                 "bounce_rate", "favourites", "carts"]
    assert out["date"].dt.strftime("%Y-%m-%d").tolist() == ["2014-09-01", "2014-09-02"]
    assert out["item"].tolist() == ["560001", "560001"]
    assert out["visitors"].tolist() == [1200, 1300]
    assert out["sales"].tolist() == [3996.0, 4395.6]
    assert out["bounce_rate"].tolist() == [0.455, 0.44]
    xlsx = tmp_path / "items.xlsx"
    frame.to_excel(xlsx, index=False)
    assert storeops.read_items(xlsx).equals(out)


def test_buyers_from_a_conversion_rate_and_a_name_for_the_id():
    frame = {k: v for k, v in ROWS.items() if k not in ("buyers", "item")}
    frame["商品名称"] = ["裙", "裤", "裙"]
    frame["支付转化率"] = ["4.00%", "2.00%", "4.17%"]
    out = storeops.read_items(pd.DataFrame(frame))
    assert out["buyers"].tolist() == [4, 5, 1]
    assert out["item"].tolist() == ["裙", "裙", "裤"]


def test_bad_reports_are_named_by_row_date_and_item():
    with pytest.raises(storeops.Error, match=r"read_items: the report lacks 'units'"):
        storeops.read_items(pd.DataFrame({k: v for k, v in ROWS.items() if k != "units"}))
    bad = dict(ROWS, buyers=[4, 51, 5])
    with pytest.raises(storeops.Error, match=r"row 2 \(2014-09-01, B2\): 51 buyers is more than the 50 visitors"):
        storeops.read_items(pd.DataFrame(bad))
    bad = dict(ROWS, units=[5, "x", 6])
    with pytest.raises(storeops.Error, match=r"row 2 \(2014-09-01, B2\), column 'units': 'x' is not a number"):
        storeops.read_items(pd.DataFrame(bad))
    bad = dict(ROWS, units=[5, -1, 6])
    with pytest.raises(storeops.Error, match=r"column 'units': -1 is negative"):
        storeops.read_items(pd.DataFrame(bad))
    bad = dict(ROWS, units=[5, 1.5, 6])
    with pytest.raises(storeops.Error, match=r"column 'units': 1.5 is not a whole number"):
        storeops.read_items(pd.DataFrame(bad))
    bad = dict(ROWS, date=["2014-09-01", "2014-09-01", "2014-09-01"], item=["A1", "B2", "A1"])
    with pytest.raises(storeops.Error, match="the item 'A1' is reported twice on 2014-09-01"):
        storeops.read_items(pd.DataFrame(bad))
    bad = dict(ROWS, date=["2014-09-01", "someday", "2014-09-02"])
    with pytest.raises(storeops.Error, match="row 2, column 'date': 'someday' is not a date"):
        storeops.read_items(pd.DataFrame(bad))


def test_a_date_with_a_stray_mark_before_its_year_is_no_date():
    """"年2014-08-22" once read as the year -2014 and escaped as a pandas overflow (found by
    the readers' property test)."""
    frame = pd.DataFrame({"日期": ["年2014-08-22"], "商品ID": ["1"], "访客数": [1], "浏览量": [1],
                          "支付买家数": [1], "支付件数": [1], "支付金额": [1]})
    with pytest.raises(storeops.Error, match=r"items: row 1, column 'date': '年2014-08-22' is not a date"):
        storeops.read_items(frame)
