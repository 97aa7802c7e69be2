"""storeops.review_items and storeops.restock on the shipped 50-item example and on small
reports worked by hand."""

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import norm

import storeops


@pytest.fixture(scope="module")
def example():
    catalog_path, report_path = storeops.example_items()
    return storeops.read_catalog(catalog_path), storeops.read_items(report_path)


def test_the_review_columns_and_its_rules_on_the_example(example):
    catalog, items = example
    review = storeops.review_items(catalog, items, today="2014-09-30")
    assert list(review.columns[:8]) == ["stage", "weekly_visitors", "conversion", "hit_candidate",
                                        "in_band", "days_since_sale", "delist", "push"]
    assert review.index.tolist() == [i.item for i in catalog.items]
    week = items[items["date"] > "2014-09-23"].groupby("item")[["visitors", "buyers"]].sum()
    for item, row in review.iterrows():
        assert row["weekly_visitors"] == week.loc[item, "visitors"]
        assert row["conversion"] == pytest.approx(week.loc[item, "buyers"] / week.loc[item, "visitors"])
        assert row["in_band"] == (0.015 <= row["conversion"] <= 0.04)
    bounce = items[items["date"] > "2014-09-23"]
    store_bounce = (bounce["bounce_rate"] * bounce["visitors"]).sum() / bounce["visitors"].sum()
    for item, row in review.iterrows():
        b = bounce[bounce["item"] == item]
        item_bounce = (b["bounce_rate"] * b["visitors"]).sum() / b["visitors"].sum()
        expected = (row["weekly_visitors"] >= 3000 and row["conversion"] >= 0.03 and item_bounce < store_bounce)
        assert row["hit_candidate"] == expected, item
    assert review["push"].sum() <= 4
    assert (review.loc[review["push"], "hit_candidate"]).all()
    last_sale = items[items["units"] > 0].groupby("item")["date"].max()
    for item, row in review.iterrows():
        assert row["days_since_sale"] == (pd.Timestamp("2014-09-30") - last_sale[item]).days
        assert row["delist"] == (row["days_since_sale"] >= 30 and row["age_days"] >= 30)
    assert review["delist"].sum() == 5  # the five items that stopped selling
    assert (review.loc[review["age_days"] < 14, "stage"] == "new").all()


def test_items_the_catalogue_lacks_are_named(example):
    catalog, items = example
    extra = pd.concat([items, items.head(1).assign(item="999")])
    with pytest.raises(storeops.Error, match="review_items: the item report: the item '999' is not in the catalogue"):
        storeops.review_items(catalog, extra, today="2014-09-30")


def test_restock_matches_its_formulas_on_the_example(example):
    catalog, items = example
    today = pd.Timestamp("2014-09-30")
    table = storeops.restock(catalog, items, today=today, service_level=0.9, review_days=5)
    z = norm.ppf(0.9)
    for it in catalog.items:
        rows = items[(items["item"] == it.item) & (items["date"] > today - pd.Timedelta(days=28))]
        listed = pd.Timestamp(it.listed) if it.listed else items.loc[items["item"] == it.item, "date"].min()
        start = max(today - pd.Timedelta(days=27), listed)
        days = pd.date_range(start, today)
        daily = rows.set_index("date")["units"].reindex(days, fill_value=0).to_numpy(float)
        line = table.loc[it.item]
        assert line["daily_demand"] == pytest.approx(daily.mean())
        assert line["demand_sd"] == pytest.approx(daily.std(ddof=1) if len(daily) > 1 else 0.0)
        safety = z * line["demand_sd"] * math.sqrt(it.lead_time_days)
        assert line["safety_stock"] == pytest.approx(safety, rel=1e-6)
        rop = max(daily.mean() * it.lead_time_days + safety, 30 if it.main else 0)
        assert line["reorder_point"] == pytest.approx(rop, rel=1e-9)
        target = max(daily.mean() * (it.lead_time_days + 5) + safety, 30 if it.main else 0)
        assert line["order_quantity"] == max(0, math.ceil(target - it.stock - 1e-9))
        assert line["alert"] == (it.stock <= rop)


def test_a_campaign_is_stocked_a_week_ahead(example):
    catalog, items = example
    first = catalog.items[0].item
    plain = storeops.restock(catalog, items, today="2014-09-30")
    soon = storeops.restock(catalog, items, today="2014-09-30", campaign=("2014-10-05", {first: 500}))
    later = storeops.restock(catalog, items, today="2014-09-30", campaign=("2014-10-15", {first: 500}))
    assert soon.loc[first, "order_quantity"] == plain.loc[first, "order_quantity"] + 500
    assert soon.loc[first, "campaign_units"] == 500
    assert later.equals(plain)
    with pytest.raises(storeops.Error, match="service_level must be in \\(0, 1\\), got 1"):
        storeops.restock(catalog, items, today="2014-09-30", service_level=1)
    with pytest.raises(storeops.Error, match="restock: campaign units: the item 'nope' is not in the catalogue"):
        storeops.restock(catalog, items, today="2014-09-30", campaign=("2014-10-05", {"nope": 1}))


def test_the_items_command(tmp_path, capsys):
    from storeops.cli import main

    catalog_path, report_path = storeops.example_items()
    assert main(["items", str(report_path), "--catalog", str(catalog_path), "--today", "2014-09-30",
                 "--out", str(tmp_path / "en")]) == 0
    text = capsys.readouterr().out
    assert "push this month: " in text and "take off the shelves" in text and "reorder list" in text
    assert main(["items", str(report_path), "--catalog", str(catalog_path), "--today", "2014-09-30",
                 "--labels", "zh", "--out", str(tmp_path / "zh")]) == 0
    assert "补货数量" in capsys.readouterr().out


def test_a_today_outside_the_report_names_its_dates():
    catalog_path, report_path = storeops.example_items()
    catalog, report = storeops.read_catalog(catalog_path), storeops.read_items(report_path)
    for today in ("2015-09-30", "2014-06-01"):
        for review in (storeops.review_items, storeops.restock):
            with pytest.raises(storeops.Error, match=(
                    rf"today {today} is outside the item report, which covers 2014-07-03 to "
                    r"2014-09-30 \(today must be within it, or at most 30 days after")):
                review(catalog, report, today=today)
    # within the window after the report: a review as of a day the exports have not reached
    assert len(storeops.review_items(catalog, report, today="2014-10-30")) == len(catalog.items)


def test_a_catalogue_without_its_unit_cost_is_refused_not_valued_at_zero(tmp_path):
    catalog_path, _ = storeops.example_items()
    frame = storeops.read_catalog(catalog_path).to_frame(labels="zh")
    with pytest.raises(storeops.Error, match=r"catalog: the table lacks 'unit_cost' \(成本价\)"):
        storeops.Catalog.from_frame(frame.drop(columns="成本价"))
    frame.loc[0, "库存"] = None
    with pytest.raises(storeops.Error, match=r"catalog\['\d+'\].stock \(库存\) is blank: the "
                                             r"stock-take and the orders need it"):
        storeops.Catalog.from_frame(frame)


def test_the_example_files_are_named():
    files = storeops.example_items()
    assert files.catalog.name == "catalog_example.csv" and files.items.name == "item_report_example.csv"
    catalog, items = files  # still a pair
    assert (catalog, items) == (files.catalog, files.items)
