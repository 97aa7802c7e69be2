"""storeops.portfolio: an agency's Monday (代运营), every store reviewed, a broken one a row
saying why, ranked by a stated rule, the same on a Dask LocalCluster as in this process."""

from __future__ import annotations

import json
import math
import re
import shutil
import subprocess

import pandas as pd
import pytest

import storeops
from storeops.reviews import portfolio as PF
from storeops.reviews.example import EXAMPLE_PORTFOLIO

RUNS = 200


@pytest.fixture(scope="module")
def agency(tmp_path_factory):
    return storeops.example_portfolio(tmp_path_factory.mktemp("agency") / "agency")


@pytest.fixture(scope="module")
def ranked(agency, tmp_path_factory):
    copy = tmp_path_factory.mktemp("ranked") / "agency"
    shutil.copytree(agency, copy)
    return storeops.portfolio(copy, runs=RUNS, client=False)


def test_every_store_is_a_row_ranked_most_at_risk_first(ranked):
    stores = ranked.stores
    assert isinstance(ranked, storeops.Portfolio) and ranked.ran_on == "in-process"
    assert list(stores.columns) == list(PF.PORTFOLIO_COLUMNS)
    assert sorted(stores["store"]) == sorted(EXAMPLE_PORTFOLIO)
    assert list(stores["risk_rank"]) == [1, 2, 3, 4]
    by = stores.set_index("store")
    # the owner who put in ¥300,000 runs short of cash; the plan with a higher order value is
    # the one behind plan
    assert by.at["龙井小店", "risk_rank"] == 1 and by.at["龙井小店", "cash_short_probability"] > 0.5
    assert by.at["普洱专营店", "sales_vs_plan"] < by.at["茶语旗舰店", "sales_vs_plan"]
    assert by.at["茶语旗舰店", "sales_vs_plan"] == pytest.approx(
        by.at["茶语旗舰店", "sales"] / by.at["茶语旗舰店", "plan_sales"])
    assert (stores["week"] == "2014-W43").all()
    assert (by["kpi_misses"] == 2).all()  # two agents missed the response time, in every copy
    for page in stores["page"]:
        assert pd.notna(page) and page.endswith("week-2014-W43.html")
        assert (PF.pathlib.Path(page).parent / "week-2014-W43.xlsx").exists()
    # the rank follows the stated rule: sorted by the key, ties by name
    keys = [PF.risk_key(r) for _, r in stores.iterrows()]
    assert keys == sorted(keys)


def test_the_rank_is_monotone_in_each_figure():
    base = {"store": "A", "week": "2014-W43", "sales_vs_plan": 0.9, "payback_p90": 30.0,
            "cash_short_probability": 0.1, "late_shipments": 1, "kpi_misses": 0}
    worse = [dict(base, store="B", cash_short_probability=0.2), dict(base, store="B", payback_p90=31.0),
             dict(base, store="B", payback_p90=math.nan), dict(base, store="B", sales_vs_plan=0.8),
             dict(base, store="B", late_shipments=2), dict(base, store="B", kpi_misses=1),
             dict(base, store="B", week=None)]
    for row in worse:
        frame = pd.DataFrame([base, row], columns=[c for c in PF.PORTFOLIO_COLUMNS])
        assert list(PF.rank(frame)["store"]) == ["B", "A"], row


def test_a_broken_store_is_a_row_saying_why_and_the_others_go_on(agency, tmp_path):
    root = tmp_path / "agency"
    shutil.copytree(agency, root)
    (root / "空店").mkdir()                                  # no plan
    broken = root / "坏数据店"
    shutil.copytree(root / "茶语旗舰店", broken)
    for f in broken.glob("week-*"):
        f.unlink()
    for daily in (broken / "exports").glob("店铺日报*"):
        daily.unlink()                                       # no daily report: no review
    result = storeops.portfolio(root, runs=RUNS, client=False, pages=False)
    by = result.stores.set_index("store")
    assert len(by) == 6 and by["page"].isna().all()
    assert "plan.json" in by.at["空店", "problems"] and str(root / "空店") in by.at["空店", "problems"]
    assert "no daily report" in by.at["坏数据店", "problems"]
    for name in ("空店", "坏数据店"):
        assert pd.isna(by.at[name, "week"]) and pd.isna(by.at[name, "sales"])
        assert by.at[name, "risk_rank"] in (1, 2)            # cannot be judged: first
    assert by.loc[list(EXAMPLE_PORTFOLIO), "week"].eq("2014-W43").all()


def test_a_local_cluster_gives_the_same_rows_as_this_process(agency, tmp_path):
    """20 store folders, one of them broken: the same rows on a Dask LocalCluster of two
    workers as one after another here (each store's review has its own seed)."""
    distributed = pytest.importorskip("distributed")
    root = tmp_path / "agency"
    root.mkdir()
    source = agency / "茶语旗舰店"
    light = shutil.ignore_patterns("week-*", "reviews", "商品效果.csv", "聊天记录.csv", "*报表.*",
                                   "流量来源.csv")  # the daily report, orders and plan: quick to read
    for k in range(19):
        shutil.copytree(source, root / f"店{k:02d}", ignore=light)
    (root / "店99").mkdir()                                 # broken: no plan
    here = storeops.portfolio(root, runs=50, client=False, pages=False)
    for folder in root.iterdir():                           # start again: no history
        shutil.rmtree(folder / "reviews", ignore_errors=True)
    (root / PF.HISTORY_FILE).unlink()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        there = storeops.portfolio(root, runs=50, client=client, pages=False)
    assert there.ran_on == "dask" and len(there.stores) == 20
    pd.testing.assert_frame_equal(here.stores, there.stores)


def test_the_history_says_whose_risk_rose_since_last_week(agency, tmp_path):
    root = tmp_path / "agency"
    shutil.copytree(agency, root)
    first = storeops.portfolio(root, week="2014-10-15", runs=RUNS, client=False, pages=False)
    assert first.rank_change.empty and first.risen().empty
    history = json.loads((root / PF.HISTORY_FILE).read_text(encoding="utf-8"))
    assert history["runs"][0]["week"] == "2014-W42"
    plan = storeops.load_plan(root / "花茶坊" / "plan.json")  # its owner takes money out
    plan.funding.capital = 200_000
    plan.save(str(root / "花茶坊" / "plan.json"))
    second = storeops.portfolio(root, week="2014-10-22", runs=RUNS, client=False, pages=False)
    before = dict(zip(first.stores["store"], first.stores["risk_rank"]))
    now = dict(zip(second.stores["store"], second.stores["risk_rank"]))
    assert now["花茶坊"] < before["花茶坊"]
    assert second.rank_change["花茶坊"] == before["花茶坊"] - now["花茶坊"]
    assert "花茶坊" in set(second.risen()["store"])
    (root / PF.HISTORY_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"portfolio-history.json is not a history the library wrote"):
        storeops.portfolio(root, week="2014-10-22", runs=RUNS, client=False)


def test_the_errors_name_what_is_wrong(tmp_path):
    with pytest.raises(ValueError, match=r"portfolio: .* is not a folder of store folders"):
        storeops.portfolio(tmp_path / "nowhere", client=False)
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match=r"portfolio: .* holds no store folder"):
        storeops.portfolio(tmp_path / "empty", client=False)
    with pytest.raises(ValueError, match=r"portfolio: runs must be a whole number >= 1, got 0"):
        storeops.portfolio(tmp_path / "empty", runs=0, client=False)


def chromium():
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.fail("chromium is not installed: scripts/ensure_deps.sh installs it")
    return browser


@pytest.mark.parametrize("labels", ["en", "zh"])
def test_the_agency_page_in_a_real_browser_links_each_store(ranked, tmp_path, labels):
    page = ranked.to_html(tmp_path / "out" / "agency.html", labels=labels)
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert html.count("data:image/png;base64,") == 1          # the spread of sales against plan
    dom = subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                          "--virtual-time-budget=2000", page.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    from storeops.reviews.page import WORDS

    assert WORDS["portfolio_stores"][labels == "zh"] in dom
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', dom)
    assert sorted(text for _, text in links) == sorted(EXAMPLE_PORTFOLIO)
    for href, _ in links:                                    # relative, and each page is there
        assert not href.startswith("/") and (page.parent / href).resolve().exists()
    book = ranked.to_excel(tmp_path / "agency.xlsx", labels=labels)
    sheets = pd.read_excel(book, sheet_name=None, engine="openpyxl")
    first = next(iter(sheets.values()))
    assert len(first) == 4 and first.iloc[0, 0] == ranked.stores["store"].iloc[0]


def test_the_portfolio_command_writes_the_agency_page(agency, tmp_path, capsys):
    from storeops.cli.commands import main

    root = tmp_path / "agency"
    shutil.copytree(agency, root)
    assert main(["portfolio", str(root), "--in-process", "--runs", "100",
                 "--out", str(tmp_path / "out"), "--labels", "zh"]) == 0
    printed = capsys.readouterr().out
    assert "Portfolio(4 stores, ran in-process; most at risk: 龙井小店)" in printed
    assert (tmp_path / "out" / "portfolio.html").exists() and (tmp_path / "out" / "portfolio.xlsx").exists()


def test_an_unreadable_export_is_named_in_its_stores_problems(agency, tmp_path):
    root = tmp_path / "agency"
    shutil.copytree(agency, root)
    (root / "花茶坊" / "exports" / "坏文件.csv").write_bytes(b"\xff\xfe\x00garbage,,\n1,2\n")
    result = storeops.portfolio(root, runs=RUNS, client=False, pages=False)
    by = result.stores.set_index("store")
    assert "exports/坏文件.csv" in by.at["花茶坊", "problems"]
    assert by.at["花茶坊", "week"] == "2014-W43"          # the rest of its folder still reviewed
    assert "说明.txt" not in by.at["茶语旗舰店", "problems"]  # a note in the folder is no problem
