"""storeops.returns_report: a month's refunds by reason, item and outcome against the plan's
refund rate (004: 退换货的主要事由, 并且制定好相应的报表分析), and in the monthly review."""

from __future__ import annotations

import dataclasses
import math

import pandas as pd
import pytest

import storeops
from storeops.core.labels import translate
from storeops.reviews.returns import OUTCOMES, RETURN_COLUMNS, outcome


@pytest.fixture(scope="module")
def store(example_folder):
    return storeops.open_store(example_folder)


def _refunds(rows):
    frame = pd.DataFrame(rows)
    for c, blank in (("finished", pd.NaT), ("status", ""), ("kind", ""), ("item", ""), ("title", "")):
        if c not in frame:
            frame[c] = blank
    frame["requested"] = pd.to_datetime(frame["requested"], format="mixed")
    frame["finished"] = pd.to_datetime(frame["finished"])
    return frame


def test_the_outcome_of_each_refund_from_its_kind_and_status():
    done = pd.Timestamp("2014-10-02")
    assert outcome("退货退款", "退款成功", done) == "refund"
    assert outcome("仅退款", "", done) == "refund"          # finished, no status: the money went back
    assert outcome("换货", "换货成功", done) == "exchange"
    assert outcome("仅退款", "退款关闭", done) == "rejected"
    assert outcome("仅退款", "卖家拒绝退款", pd.NaT) == "rejected"
    assert outcome("退货退款", "退款中", pd.NaT) == "open"
    assert outcome("", "", pd.NaT) == "open"


def test_a_months_refunds_by_reason_item_and_outcome_against_the_plan(store):
    rows = _refunds([
        {"order": "1", "amount": 100.0, "reason": "破损", "requested": "2014-10-03", "status": "退款成功",
         "finished": "2014-10-04", "title": "龙井"},
        {"order": "2", "amount": 50.0, "reason": "破损", "requested": "2014-10-05", "status": "退款关闭",
         "finished": "2014-10-06", "title": "龙井"},
        {"order": "3", "amount": 30.0, "reason": "尺码/规格不符", "requested": "2014-10-07",
         "kind": "换货", "status": "换货成功", "finished": "2014-10-09", "item": "I7", "title": "碧螺春"},
        {"order": "4", "amount": 20.0, "reason": "", "requested": "2014-10-31 23:00", "status": "退款中"},
        {"order": "5", "amount": 999.0, "reason": "破损", "requested": "2014-11-01", "status": "退款成功",
         "finished": "2014-11-02"},                          # November's: not in October
    ])
    report = storeops.returns_report(dataclasses.replace(store, refunds=rows), month="2014-10")
    assert isinstance(report, storeops.ReturnsReport) and report.month == "2014-10"
    assert list(report.by_reason.columns) == list(RETURN_COLUMNS)
    assert report.by_reason.loc["破损"].tolist() == [2, 150.0, 1, 0, 1, 0, 100.0]
    assert report.by_reason.loc["尺码/规格不符", "exchange"] == 1
    assert report.by_reason.loc["(none given)", "open"] == 1
    assert list(report.by_reason.index)[0] == "破损"       # the most requested first
    assert report.by_item.loc["龙井", "requests"] == 2 and report.by_item.loc["I7", "amount"] == 30.0
    assert list(report.by_outcome.index) == list(OUTCOMES)
    assert report.by_outcome["requests"].tolist() == [1, 1, 1, 1]
    october = store.daily[(store.daily["date"] >= "2014-10-01") & (store.daily["date"] <= "2014-10-31")]
    sales = float(october["sales"].astype(float).sum())
    assert report.sales == pytest.approx(sales)
    assert report.refund_share == pytest.approx(100.0 / sales)
    assert report.plan_refund_rate == store.plan.market.refund_rate.value == 0.05
    assert report.verdict == (f"{100 / sales:.2%} of sales refunded, within the plan's 5.00%; "
                              "the main reason 破损 (2 of 4 requests)")
    assert translate(report.verdict, "zh").startswith(f"退款占销售额 {100 / sales:.2%}，在计划的 5.00% 以内；主要原因：破损")


def test_a_share_above_the_plan_says_so_and_an_empty_month_says_none(store):
    rows = _refunds([{"order": "1", "amount": 1e6, "reason": "质量问题", "requested": "2014-10-03",
                      "status": "退款成功", "finished": "2014-10-04"}])
    report = storeops.returns_report(dataclasses.replace(store, refunds=rows), month="2014-10")
    assert "of sales refunded, above the plan's 5.00%" in report.verdict
    quiet = storeops.returns_report(dataclasses.replace(store, refunds=rows), month="2014-09")
    assert quiet.verdict == "no refund requested in 2014-09" and not len(quiet.by_reason)
    assert quiet.refund_share == 0 and quiet.by_outcome["requests"].sum() == 0


def test_the_default_month_and_the_errors(store):
    assert storeops.returns_report(store).month == "2014-10"   # the daily report's last month
    with pytest.raises(ValueError, match=r"returns_report: month must be like '2014-09', got 'Oct'"):
        storeops.returns_report(store, month="Oct")
    with pytest.raises(ValueError, match=r"returns_report: .* has no refund export \(退款管理\)"):
        storeops.returns_report(dataclasses.replace(store, refunds=None))


def test_the_example_store_has_every_outcome(store):
    report = storeops.returns_report(store, "2014-10")
    assert (report.by_outcome["requests"] > 0).all(), report.by_outcome
    assert not math.isnan(report.refund_share)


def test_the_monthly_review_includes_the_returns(store, tmp_path):
    review = storeops.month_review(store, "2014-10")
    assert review.returns is not None
    assert review.returns.by_reason.equals(storeops.returns_report(store, "2014-10").by_reason)
    page = review.to_html(tmp_path / "month.html", labels="zh").read_text(encoding="utf-8")
    assert "退换货原因分析" in page and translate(review.returns.verdict, "zh") in page
    book = pd.read_excel(review.to_excel(tmp_path / "month.xlsx"), sheet_name=None, engine="openpyxl")
    by_reason = book["Refunds and returns by reason"]
    assert by_reason["requests"].sum() == review.returns.by_reason["requests"].sum()
    assert "Refunds by item, the ten most" in book and "Refunds and returns by outcome" in book
    bare = storeops.month_review(dataclasses.replace(store, refunds=None), "2014-10")
    assert bare.returns is None
    page = bare.to_html(tmp_path / "bare.html").read_text(encoding="utf-8")
    assert "no refund export found" in page


def test_without_a_refund_export_the_returns_list_sets_the_warehouses_quality_returns(shop):
    """A records folder's returns list (date, reason) feeds the logistics KPI where the folder
    has no refund export: the refund export is preferred where both are there."""
    (shop / "exports" / "退款管理.csv").unlink()
    pd.DataFrame({"日期": ["2014-09-03", "2014-09-10", "2014-09-12", "2014-09-20", "2014-10-02"],
                  "退货原因": ["质量问题", "不想要了", "质量问题", "不想要了", "质量问题"]}
                 ).to_csv(shop / "exports" / "退货记录.csv", index=False, encoding="utf-8-sig")
    store = storeops.open_store(shop)
    assert store.refunds is None and len(store.returns) == 5
    sheet = storeops.month_review(store, "2014-09").sheet
    logistics = sheet[sheet["department"] == "logistics"]
    assert len(logistics) and (logistics["quality_return_share"] == 0.5).all()
