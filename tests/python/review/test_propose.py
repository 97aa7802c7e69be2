"""storeops.propose: next week's decisions chosen against the store's own risk, saved, edited
in the workbook (storeops.decide) and set against what was done by the next weekly review."""

from __future__ import annotations

import dataclasses
import json
import math

import numpy as np
import pandas as pd
import pytest

import storeops
from storeops.core.labels import translate
from storeops.reviews import proposal as P

WEEK = "2014-10-22"  # the week reviewed; the proposal is for 2014-W44


@pytest.fixture(scope="module")
def store(example_folder):
    return storeops.open_store(example_folder)


@pytest.fixture(scope="module")
def proposed(store):
    return storeops.propose(store, WEEK, runs=500)


def test_the_proposal_has_every_section_named_as_pinned(proposed):
    assert isinstance(proposed, storeops.Proposal) and proposed.name == "2014-W44"
    assert list(proposed.targets.columns) == ["visitors", "buyers", "sales", "basis"]
    assert list(proposed.targets.index) == list(pd.date_range("2014-10-27", periods=7))
    assert list(proposed.ads.columns) == ["spend_4w", "sales_4w", "roi_4w", "marginal_roi",
                                          "budget", "change", "reason"]
    assert set(proposed.ads.index) == {"search", "display", "affiliate"}
    assert {"units", "cost", "reason"} <= set(proposed.reorders.columns)
    assert list(proposed.expected.index) == ["sales", "ad_spend", "profit"]
    assert list(proposed.expected.columns) == ["proposed_p10", "proposed_p50", "proposed_p90",
                                               "planned_p50"]
    e = proposed.expected
    assert e.at["sales", "proposed_p10"] <= e.at["sales", "proposed_p50"] <= e.at["sales", "proposed_p90"]
    assert e.at["ad_spend", "proposed_p50"] == pytest.approx(proposed.ads["budget"].sum())
    assert proposed.cash_limit > 0 and proposed.roster is not None
    assert all(isinstance(r, str) and r for r in proposed.ads["reason"])
    assert all(isinstance(b, str) and b for b in proposed.targets["basis"])


def test_a_store_ahead_of_plan_is_never_asked_for_less_than_its_run_rate(store):
    """Issue: a shop selling about ¥4,300 a day was asked for ¥1,583.02: the rest of the
    month's plan spread over the days left. Ahead of plan, the run rate is the floor."""
    rows = store.daily.copy()
    for column in ("visitors", "buyers", "sales"):
        rows[column] = rows[column].astype(float) * 4
    ahead = dataclasses.replace(store, daily=rows)
    p = storeops.propose(ahead, WEEK, runs=300)
    known = rows[rows["date"] <= "2014-10-26"]
    for day, target in p.targets.iterrows():
        own = P.run_rate(known, day.date())
        assert target["sales"] >= round(own["sales"], 2) - 0.01, day
        assert target["basis"].startswith("ahead of plan: the run rate of the last 14 days")


def test_a_store_behind_plan_gets_the_catch_up_or_its_p50_with_the_shortfall(proposed):
    october = proposed.targets.loc["2014-10-27":"2014-10-31"]
    for _, row in october.iterrows():
        basis = row["basis"]
        assert basis.startswith("behind plan")
        if "beyond reach" in basis:  # the forecast's P50 day, the shortfall stated
            assert f"the forecast's P50 day (¥{row['sales']:,.2f})" in basis and "short by ¥" in basis


def test_the_budgets_are_chosen_by_the_optimiser_with_equal_marginal_returns():
    fits = {"search": P.ChannelFit(a=20.0, b=0.6, b_se=0.05, days=40),
            "display": P.ChannelFit(a=12.0, b=0.5, b_se=0.05, days=40),
            "affiliate": P.ChannelFit(a=3.0, b=0.9, b_se=0.05, days=40)}
    bounds = {"search": (50.0, 3000.0), "display": (50.0, 3000.0), "affiliate": (10.0, 40.0)}
    chosen = P._choose_budgets(fits, bounds, total=1200.0, margin=1.0)  # the money binds
    assert sum(chosen.values()) == pytest.approx(1200.0, abs=0.05)
    for name, (lo, hi) in bounds.items():
        assert lo - 0.01 <= chosen[name] <= hi + 0.01
    inside = [n for n, (lo, hi) in bounds.items() if lo + 1 < chosen[n] < hi - 1]
    assert len(inside) >= 2
    marginals = [fits[n].marginal(chosen[n]) for n in inside]
    assert max(marginals) - min(marginals) < 1e-3 * max(marginals)
    # where the money does not bind, a channel inside its region stops where a yuan more earns
    # nothing more (margin x marginal sales = 1)
    loose = P._choose_budgets(fits, bounds, total=100_000.0, margin=0.25)
    assert 0.25 * fits["search"].marginal(loose["search"]) == pytest.approx(1.0, abs=1e-3)


def test_a_channel_with_too_few_days_proposes_nothing_and_says_which_data(store):
    few = store.ads[~((store.ads["channel"] == "display") & (store.ads["date"] < "2014-10-20"))]
    p = storeops.propose(dataclasses.replace(store, ads=few), WEEK, runs=300)
    display = p.ads.loc["display"]
    assert math.isnan(display["budget"])
    assert "14 are needed to fit its response: no budget proposed" in display["reason"]
    without = storeops.propose(dataclasses.replace(store, ads=None), WEEK, runs=300)
    assert without.ads is None and "no ad report" in without.notes["ads"]


def test_the_restock_stays_within_the_cash_the_most_needed_first(store):
    notes: dict[str, str] = {}
    reorders, take_down, spent = P._reorders(store, pd.Timestamp("2014-10-26").date(), 600.0, notes)
    assert spent == pytest.approx(reorders["cost"].sum()) and spent <= 600.0
    assert "the rest waits for next week" in notes["reorders"]
    assert take_down is not None


def test_promotion_prices_keep_the_floor_and_a_margin(proposed, store):
    prices = proposed.prices
    assert prices is not None and len(prices)
    listed = {i.item: i for i in store.catalog.items}
    for item, row in prices.dropna(subset=["promotion"]).iterrows():
        assert row["promotion"] >= 0.7 * listed[item].price.yuan - 1e-9
        assert row["margin"] > 0


def test_the_loop_propose_save_edit_decide_review(example_folder, tmp_path):
    import shutil

    import openpyxl

    shop = tmp_path / "shop"
    shutil.copytree(example_folder, shop)
    p = storeops.propose(shop, WEEK, runs=300)
    saved = p.save()
    assert saved == shop / "decisions" / "2014-W44.json"
    made = json.loads(saved.read_text(encoding="utf-8"))
    assert made["week"] == "2014-W44" and set(made["ads"]) == {"search", "display", "affiliate"}
    book = p.to_excel(tmp_path / "next.xlsx")
    wb = openpyxl.load_workbook(book)
    ads = wb["ads"]
    header = [c.value for c in ads[1]]
    for row in ads.iter_rows(min_row=2):
        if row[header.index("channel")].value == "search":
            row[header.index("budget")].value = 200           # the operator changes a budget
    wb.save(book)
    decided = json.loads(storeops.decide(shop, book).read_text(encoding="utf-8"))
    assert decided["ads"]["search"] == 200
    review = storeops.week_review(shop, "2014-10-29", runs=300, save=False)
    d = review.decided.set_index(["kind", "ref"])
    assert d.at[("ads", "search"), "decided"] == 200
    spent = storeops.open_store(shop).ads
    week = spent[(spent["date"] >= "2014-10-27") & (spent["date"] <= "2014-11-02")
                 & (spent["channel"] == "search")]
    assert d.at[("ads", "search"), "done"] == pytest.approx(week["spend"].sum())
    assert ("targets", "sales") in d.index
    earlier = storeops.week_review(shop, WEEK, runs=300, save=False)
    assert earlier.decided is None and "nothing was decided for 2014-W43" in earlier.data.notes["decided"]


def test_a_bad_edit_is_named_by_sheet_row_and_value(example_folder, tmp_path):
    import openpyxl

    p = storeops.propose(example_folder, WEEK, runs=300)
    book = p.to_excel(tmp_path / "next.xlsx")
    wb = openpyxl.load_workbook(book)
    wb["ads"]["F2"] = "lots"
    wb.save(book)
    with pytest.raises(storeops.Error, match=r"decide: next.xlsx sheet 'ads' row 2, column 'budget': "
                                             r"'lots' is not a number of zero or more"):
        storeops.decide(example_folder, book)
    with pytest.raises(storeops.Error, match=r"ad_budget must be yuan, zero or more, got -5"):
        storeops.propose(example_folder, WEEK, ad_budget=-5)


def test_the_propose_command_writes_the_page_the_workbook_and_the_decisions(example_folder,
                                                                           tmp_path, capsys):
    import shutil

    from storeops.cli import main

    shop = tmp_path / "shop"
    shutil.copytree(example_folder, shop)
    out = tmp_path / "out"
    assert main(["propose", str(shop), "--week", WEEK, "--runs", "300", "--labels", "zh",
                 "--out", str(out)]) == 0
    assert (out / "next-week-2014-W44.html").exists() and (out / "next-week-2014-W44.xlsx").exists()
    assert (shop / "decisions" / "2014-W44.json").exists()
    page = (out / "next-week-2014-W44.html").read_text(encoding="utf-8")
    assert "下周计划 2014-W44" in page and "每日目标" in page and "边际投入产出比" in page
    assert "behind plan" not in page and "sales = " not in page  # the reasons in Chinese too
    assert np.isfinite(pd.read_excel(out / "next-week-2014-W44.xlsx", sheet_name="ads",
                                     engine="openpyxl")["budget"]).all()


def test_the_weekly_review_carries_the_same_proposal(example_folder, tmp_path):
    review = storeops.week_review(example_folder, WEEK, runs=500, save=False)
    alone = storeops.propose(example_folder, WEEK)
    pd.testing.assert_frame_equal(review.proposal.targets, alone.targets)
    pd.testing.assert_frame_equal(review.proposal.ads, alone.ads)
    assert review.next_week[["visitors", "buyers", "sales", "basis"]].to_dict("list") == \
        alone.targets.reset_index(drop=True).to_dict("list")
    page = review.to_html(tmp_path / "week.html").read_text(encoding="utf-8")
    assert "Next week&#39;s ad budgets" in page and "Next week&#39;s restock" in page


def test_packers_are_own_staff_first_then_other_departments_then_temporary(store):
    """004/000 ch.3: the orders a day packed in the packing hours; the logistics staff first,
    the other departments' people next, temporary packers on the plan's shifts last."""
    busy = store.daily.copy()
    busy["buyers"] = busy["buyers"].astype(float) * 100
    shop = dataclasses.replace(store, orders=None, daily=busy)
    notes: dict[str, str] = {}
    monday = pd.Timestamp("2014-10-27").date()
    rows, cost = P.packing(shop, monday, pd.Timestamp("2014-10-26").date(), notes)
    day = store.plan.campaign_day
    orders = P._orders_a_day(shop, pd.Timestamp("2014-10-26").date())
    needed = math.ceil(orders / (day.own_packing_hours * day.packs_per_hour))
    assert rows["team"].tolist()[:2] == ["packing", "packing"]
    own = int(rows.loc[rows["shift"].str.startswith("logistics staff"), "people"].sum())
    others = int(rows.loc[rows["shift"].str.startswith("other departments"), "people"].sum())
    temporary = rows[rows["team"] == "packing (temporary)"]
    assert own + others < needed and cost > 0 and temporary["people"].sum() > 0
    assert cost == pytest.approx(7 * temporary["shift_cost"].sum())
    assert f"{orders:,.0f} orders a day to pack" in notes["packing"]
    quiet_rows, quiet_cost = P.packing(store, monday, pd.Timestamp("2014-10-26").date(), notes)
    assert quiet_cost == 0 and "(none needed)" in notes["packing"]
    p = storeops.propose(store, WEEK, runs=300)
    assert set(p.roster["team"]) >= {"customer_service", "packing"}


def _with_funding(store, capital=0, reserve=0):
    plan = storeops.Plan.from_json(store.plan.to_json())
    plan.funding.capital = capital
    plan.funding.reserve = reserve
    return dataclasses.replace(store, plan=plan)


def test_the_cash_limit_keeps_the_p10_at_the_plans_reserve(store):
    """The cash limit is the plan's capital, less the P10 low point's shortfall, less its
    reserve (备用金), and says so; never below zero."""
    import types

    mc = types.SimpleNamespace(cash_low_point=np.linspace(-50_000, 10_000, 101))  # P10 -44,000
    notes: dict[str, str] = {}
    funded = _with_funding(store, capital=300_000, reserve=20_000)
    assert P._cash_limit(funded, mc, 100, 0, notes) == 236_000
    assert notes["cash"] == ("capital ¥300,000.00 (the plan's); the forecast's P10 low point "
                             "-¥44,000.00 kept at or above the plan's reserve ¥20,000.00")
    assert translate(notes["cash"], "zh") == (
        "投入资金 ¥300,000.00（计划给定）；预测 P10 现金低点 -¥44,000.00，保持不低于计划备用金 ¥20,000.00")
    assert P._cash_limit(_with_funding(store, capital=300_000, reserve=260_000), mc, 100, 0, {}) == 0
    # no capital given: the assumed one, the investment or the plan's own P90 need
    assumed = P.committed_capital(store.plan, 200, 0)
    assert assumed >= store.plan.initial_investment.yuan
    notes = {}
    assert P._cash_limit(store, mc, 200, 0, notes) == pytest.approx(assumed - 44_000)
    assert notes["cash"].endswith("kept at or above zero (no reserve set: plan.funding.reserve)")
    assert "(assumed)" in notes["cash"] and "计划未设备用金" in translate(notes["cash"], "zh")


def test_a_reserve_holds_back_what_the_proposal_spends(store, proposed):
    """With a reserve that leaves ¥1,000 to spend, the restock and the ads above the plan's
    promotion stay within it."""
    reserve = round(proposed.cash_limit - 1_000, 2)
    tight = storeops.propose(_with_funding(store, reserve=reserve), WEEK, runs=500)
    assert tight.cash_limit == pytest.approx(1_000, abs=0.01)
    stock = tight.reorders["cost"].sum() if tight.reorders is not None else 0.0
    assert stock <= 1_000 + 0.01
    assert (proposed.reorders["cost"].sum() if proposed.reorders is not None else 0) > stock
    assert f"reserve ¥{reserve:,.2f}" in tight.notes["cash"]
