"""What a store manager sees of the week: the page in a real browser, the workbook opened
again, the command line."""

import pathlib
import re
import shutil
import subprocess

import pandas as pd
import pytest

import storeops
from storeops.cli import main
from storeops.reviews.page import SECTIONS, WORDS

pytest.importorskip("jinja2")
pytest.importorskip("openpyxl")
ROOT = pathlib.Path(__file__).resolve().parents[3]
#: ASCII a Chinese page may hold: percentiles, trade acronyms, the week's name, file names.
ALLOWED = {"P10", "P50", "P90", "UV", "PV", "DSR", "ID", "W43", "storeops", "exports", "csv",
           "xlsx", "txt"}


@pytest.fixture(scope="module")
def review(example_folder):
    return storeops.week_review(example_folder, "2014-10-22", runs=2000, save=False)


def chromium():
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.fail("chromium is not installed: scripts/ensure_deps.sh installs it (Debian's "
                    "chromium package)")
    return browser


def browse(page, *args):
    return subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                           "--hide-scrollbars", *args, page.as_uri()],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("labels", ["en", "zh"])
def test_the_page_renders_every_section_in_a_real_browser(review, tmp_path, labels):
    page = review.to_html(tmp_path / f"week-{labels}.html", labels=labels)
    html = page.read_text(encoding="utf-8")
    # nothing from the network: styles inline, plots embedded
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html and "<script" not in html
    assert html.count("data:image/png;base64,") == 4
    dom = browse(page, "--dump-dom", "--virtual-time-budget=2000").stdout
    for key in SECTIONS:
        assert WORDS[key][labels == "zh"] in dom, key
    sales = review.totals.loc["sales", "this_week"]
    assert f"¥{sales:,.2f}" in dom  # money to the fen as the page shows it
    shots = ROOT / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    shot = shots / f"week-review-{labels}.png"
    done = browse(page, f"--screenshot={shot}", "--window-size=1200,2400")
    assert shot.stat().st_size > 50_000, done.stderr[-500:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_chinese_page_is_chinese_throughout(review, tmp_path):
    html = review.to_html(tmp_path / "zh.html", labels="zh").read_text(encoding="utf-8")
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", re.sub(r'src="data:[^"]+"', "", body))
    words = set(re.findall(r"[A-Za-z_][A-Za-z_]+", text)) - ALLOWED
    assert words == set(), sorted(words)


def test_the_workbook_has_a_sheet_per_section_and_numbers_as_numbers(review, tmp_path):
    book = review.to_excel(tmp_path / "week.xlsx")
    sheets = pd.read_excel(book, sheet_name=None, engine="openpyxl")
    assert list(sheets) == [WORDS[k][0][:31] for k in SECTIONS]
    totals = sheets["The week against the plan"].set_index("figure")
    assert totals.loc["sales", "this week"] == review.totals.loc["sales", "this_week"]
    assert totals.loc["visitors", "this week"] == review.totals.loc["visitors", "this_week"]
    assert totals["this week"].dtype.kind == "f"  # numbers as numbers, not text
    zh = pd.read_excel(review.to_excel(tmp_path / "week-zh.xlsx", labels="zh"), sheet_name=None,
                       engine="openpyxl")
    assert list(zh) == [WORDS[k][1][:31] for k in SECTIONS]
    assert "本周" in zh["本周与计划"].columns and "销售额" in set(zh["本周与计划"]["指标"])


def test_the_week_command_writes_the_page_and_the_workbook(example_folder, tmp_path, capsys):
    shop = tmp_path / "shop"
    shutil.copytree(example_folder, shop)
    out = tmp_path / "out"
    assert main(["week", str(shop), "--week", "2014-10-22", "--runs", "1000",
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    expected = storeops.week_review(example_folder, "2014-10-22", runs=1000, save=False)
    assert text.startswith(expected.headline().split("\n")[0])
    assert text.startswith("Week 2014-W43: sales ¥")
    assert (out / "week-2014-W43.html").exists() and (out / "week-2014-W43.xlsx").exists()
    assert (shop / "reviews" / "week-2014-W43.json").exists()
    # the same week again (a re-export came in, say): its own page and workbook are replaced
    assert main(["week", str(shop), "--week", "2014-10-22", "--runs", "1000",
                 "--out", str(out)]) == 0
    assert f"replaced the earlier {out / 'week-2014-W43.html'}, {out / 'week-2014-W43.xlsx'}" \
        in capsys.readouterr().out


def test_the_example_store_command_composes_with_week(tmp_path):
    import sys

    made = subprocess.run([sys.executable, "-m", "storeops", "example-store", str(tmp_path / "s")],
                          capture_output=True, text=True)
    assert made.returncode == 0 and made.stdout.strip() == str(tmp_path / "s")
    week = subprocess.run([sys.executable, "-m", "storeops", "week", made.stdout.strip(),
                           "--runs", "500", "--labels", "zh", "--out", str(tmp_path / "o")],
                          capture_output=True, text=True)
    assert week.returncode == 0, week.stderr
    assert "2014-W43 周：销售额" in week.stdout
