"""storeops.read_daily: the report's headers, encodings, numbers and mistakes."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import storeops
from storeops.readers.daily import DAILY_COLUMN_NAMES

SEED_HEADERS = ["日期", "浏览量", "访客数", "销售额", "成交件数", "转化率", "客单价", "DSR", "访问深度", "首页跳失率"]


def seed_report(rows=3):
    """The seed's daily report (002): conversion as a percentage, no buyer column."""
    data = []
    for i in range(rows):
        data.append([f"2014-03-0{i + 1}", "1,250", "400", "￥1,234.50", "15", "2.50%", "123.45",
                     "4.8", "3.1", "41.5%"])
    return pd.DataFrame(data, columns=SEED_HEADERS)


def english(**override):
    row = {"date": "2014-03-01", "page_views": 300, "visitors": 100, "sales": 250.5,
           "units": 3, "buyers": 2}
    row.update(override)
    return pd.DataFrame([row])


def test_the_seed_report_reads_with_its_own_headers():
    out = storeops.read_daily(seed_report())
    assert list(out.columns) == ["date", "page_views", "visitors", "sales", "units", "buyers",
                                 "dsr", "pages_per_visit", "home_bounce_rate"]
    assert out["date"].dtype.kind == "M"
    assert out["page_views"].tolist() == [1250] * 3
    assert out["sales"].tolist() == [1234.5] * 3
    assert out["buyers"].tolist() == [10] * 3  # 400 x 2.50%
    assert out["home_bounce_rate"].tolist() == [0.415] * 3
    assert out["pages_per_visit"].tolist() == [3.1] * 3


@pytest.mark.parametrize("column, synonym", [
    (column, s) for column, names in DAILY_COLUMN_NAMES.items() for s in names])
def test_every_synonym_names_its_column(column, synonym):
    values = {"date": "2014-03-01", "page_views": "300", "visitors": "100", "sales": "250.50",
              "units": "3", "buyers": "2", "conversion_rate": "2%", "average_order_value": "125.25",
              "dsr": "4.7", "pages_per_visit": "2.5", "home_bounce_rate": "40%"}
    frame = pd.DataFrame([{(synonym if c == column else c): v for c, v in values.items()}])
    out = storeops.read_daily(frame)
    expected = {"date": pd.Timestamp("2014-03-01"), "page_views": 300, "visitors": 100,
                "sales": 250.5, "units": 3, "buyers": 2, "dsr": 4.7, "pages_per_visit": 2.5,
                "home_bounce_rate": 0.4}
    if column in expected:
        assert out.loc[0, column] == expected[column]
    else:  # conversion_rate and average_order_value are read, not returned
        assert column not in out.columns
    assert out.loc[0, "buyers"] == 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_files_in_the_encodings_chinese_excel_writes(tmp_path, encoding):
    path = tmp_path / "report.csv"
    seed_report().to_csv(path, index=False, encoding=encoding)
    out = storeops.read_daily(path)
    assert len(out) == 3 and out["buyers"].tolist() == [10] * 3
    assert storeops.read_daily(str(path)).equals(out)


def test_excel_and_a_title_above_the_header(tmp_path):
    path = tmp_path / "report.xlsx"
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame([["生意参谋 店铺日报"]]).to_excel(writer, index=False, header=False)
        frame = pd.DataFrame({"统计日期": [dt.date(2014, 3, 1), dt.date(2014, 3, 2)],
                              "浏览量": [900, 1000], "访客数": [300, 320],
                              "支付金额": [1500.25, 1720.8], "支付件数": [14, 16],
                              "支付买家数": [12, 13]})
        frame.to_excel(writer, index=False, startrow=2)
    out = storeops.read_daily(path)
    assert out["date"].tolist() == [pd.Timestamp("2014-03-01"), pd.Timestamp("2014-03-02")]
    assert out["buyers"].tolist() == [12, 13]
    assert out["sales"].tolist() == [1500.25, 1720.8]


def test_sales_exact_on_request_and_rows_sorted_by_date():
    frame = english(date="2014-03-02", sales="¥1,000,000.07")
    frame = pd.concat([frame, english(date="2014-03-01", sales="0.10")], ignore_index=True)
    out = storeops.read_daily(frame, exact=True)
    assert out["date"].tolist() == [pd.Timestamp("2014-03-01"), pd.Timestamp("2014-03-02")]
    assert out["sales"].tolist() == [storeops.Money("0.10"), storeops.Money("1000000.07")]
    assert out["sales"][1].fen == 100000007


@pytest.mark.parametrize("text", ["2014-03-01", "2014/3/1", "20140301", "2014年3月1日"])
def test_dates_in_the_forms_exports_use(text):
    assert storeops.read_daily(english(date=text))["date"][0] == pd.Timestamp("2014-03-01")


def test_buyers_from_conversion_are_checked_against_order_value():
    frame = seed_report(1)
    frame["客单价"] = "80.00"  # 1234.50 / 80 = 15.4 buyers, but 400 x 2.5% = 10
    with pytest.raises(storeops.Error, match=r"daily report 2014-03-01: visitors x conversion rate "
                                             r"gives 10 buyers but sales / order value gives 15.4"):
        storeops.read_daily(frame)


@pytest.mark.parametrize("override, message", [
    ({"visitors": -5}, r"2014-03-01, column 'visitors': -5 is negative"),
    ({"buyers": 101}, r"2014-03-01, column 'buyers': 101 buyers is more than the 100 visitors"),
    ({"units": "lots"}, r"2014-03-01, column 'units': 'lots' is not a number"),
    ({"visitors": 10.5}, r"2014-03-01, column 'visitors': 10.5 is not a whole number"),
    ({"buyers": 0}, r"2014-03-01: sales of 250.50 yuan without a buyer"),
    ({"date": "2014-13-01"}, r"daily report row 1, column 'date': '2014-13-01' is not a date"),
    ({"sales": ""}, r"2014-03-01, column 'sales': the value is missing"),
])
def test_bad_cells_name_the_day_and_the_column(override, message):
    with pytest.raises(storeops.Error, match=message):
        storeops.read_daily(english(**override))


def test_a_missing_column_lists_what_was_found():
    frame = english().drop(columns=["visitors"])
    with pytest.raises(storeops.Error) as err:
        storeops.read_daily(frame)
    assert "lacks 'visitors' (访客数 / 统计日期" not in str(err.value)
    assert "lacks 'visitors'" in str(err.value)
    assert "its columns are 'date', 'page_views', 'sales', 'units', 'buyers'" in str(err.value)
    with pytest.raises(storeops.Error, match="buyers \\(or conversion_rate / average_order_value"):
        storeops.read_daily(english().drop(columns=["buyers"]))


def test_a_date_reported_twice_is_named():
    frame = pd.concat([english(), english()], ignore_index=True)
    with pytest.raises(storeops.Error, match="2014-03-01: the date is reported twice \\(rows 1 and 2\\)"):
        storeops.read_daily(frame)


def test_a_conversion_rate_above_one_asks_for_its_percent_sign():
    frame = seed_report(1)
    frame["转化率"] = "2.5"
    with pytest.raises(storeops.Error, match="write a percentage with its % sign"):
        storeops.read_daily(frame)


def test_missing_days_are_warned_about_never_filled():
    frame = pd.concat([english(date="2014-03-01"), english(date="2014-03-04")], ignore_index=True)
    with pytest.warns(storeops.MissingDaysWarning, match="2 days missing \\(2014-03-02 to 2014-03-03\\)"):
        out = storeops.read_daily(frame)
    assert len(out) == 2


def test_files_that_cannot_be_read_are_explained(tmp_path):
    with pytest.raises(storeops.Error, match="no file"):
        storeops.read_daily(tmp_path / "nothing.csv")
    (tmp_path / "report.json").write_text("{}")
    with pytest.raises(storeops.Error, match=r"must be a .csv, .xlsx or .xls file, got '.json'"):
        storeops.read_daily(tmp_path / "report.json")
    with pytest.raises(storeops.WrongTypeError):
        storeops.read_daily(42)


def test_a_synthetic_report_reads_back_exactly():
    plan = storeops.presets.tmall_2014()
    raw = storeops.synthetic_daily(plan, start="2014-02-01", months=2, seed=3, labels="zh")
    assert list(raw.columns[:5]) == ["日期", "浏览量", "访客数", "销售额", "成交件数"]
    out = storeops.read_daily(raw)
    assert out["visitors"].tolist() == raw["访客数"].tolist()
    assert out["buyers"].tolist() == raw["支付买家数"].tolist()
    assert np.allclose(out["sales"], raw["销售额"])
    again = storeops.synthetic_daily(plan, start="2014-02-01", months=2, seed=3, labels="zh")
    assert again.equals(raw)


HEADER = "日期,浏览量,访客数,销售额,成交件数,支付买家数\n"


@pytest.mark.parametrize("body, message", [
    ("", r"'[^']*bad.csv' is empty"),
    (HEADER, r"'[^']*bad.csv' has a header row and no rows below it"),
    (HEADER + "9999-02-01,1,1,1,1,1\n",
     r"daily report row 1, column 'date': '9999-02-01' is not a date from 1900 to 2999"),
    (HEADER + '2014-02-01,1,1,"1' + "0" * 40 + '",1,1\n',
     r"daily report 2014-02-01, column '销售额': '1000.*' is not an amount of money"),
    (HEADER + "2014-02-01,1,1,1\x00,1,1\n", r"holds NUL bytes: not a text export"),
])
def test_a_malformed_file_gives_the_librarys_error_naming_it(tmp_path, body, message):
    bad = tmp_path / "bad.csv"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(storeops.Error, match=message):
        storeops.read_daily(bad)
