"""What every command writes: the same set of files (CSV with a byte-order mark, one .xlsx,
PNG) in --out, rounded as people read them, in one language, never over an earlier run's."""

import re

import pandas as pd
import pytest

import storeops
from storeops.reviews import synthetic_records
from storeops.cli import main

pytest.importorskip("openpyxl")
pytest.importorskip("matplotlib")

DATA = storeops.example_daily_report().parent
#: Tokens a Chinese report may carry in ASCII: percentiles, acronyms of the trade, item IDs.
ASCII_ALLOWED = {"P10", "P50", "P90", "UV", "PV", "DSR", "KPI", "ID", "S1", "ST"}


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "plan.json"
    storeops.presets.tmall_2014().save(str(path))
    return path


def commands(plan_file, folder, labels):
    """Each command that writes files, by the stem of its files. `assess` takes no --labels
    (its --out sheet.xlsx is the Chinese 考核表), so it is checked in English only."""
    every = {
        "simulation": ["simulate", str(plan_file), "--months", "12"],
        "montecarlo": ["montecarlo", str(plan_file), "--runs", "200", "--months", "12",
                       "--capital", "0.9"],
        "track": ["track", str(DATA / "daily_report_example.csv"), "--runs", "100"],
        "campaign_day": ["campaign", "--visitors", "50000"],
        "items": ["items", str(DATA / "item_report_example.csv"), "--catalog",
                  str(DATA / "catalog_example.csv"), "--today", "2014-08-31"],
    }
    if labels == "en":
        records = synthetic_records(folder / "records", month="2014-09", seed=3)
        every["assessment-2014-09"] = ["assess", str(records), "--month", "2014-09", "--plan",
                                       str(plan_file)]
    return every


def test_every_command_writes_csv_xlsx_and_png_to_out(plan_file, tmp_path, capsys):
    for stem, argv in commands(plan_file, tmp_path, "en").items():
        out = tmp_path / stem
        assert main([*argv, "--out", str(out)]) == 0, capsys.readouterr().err
        csv = out / f"{stem}.csv"
        assert csv.read_bytes()[:3] == b"\xef\xbb\xbf", stem  # the BOM Excel and WPS look for
        sheets = pd.read_excel(out / f"{stem}.xlsx", sheet_name=None, engine="openpyxl")
        first = pd.read_csv(csv, encoding="utf-8-sig")
        assert list(next(iter(sheets.values())).columns) == list(first.columns)
        # every sheet also stands as a CSV of its own
        assert len(list(out.glob(f"{stem}*.csv"))) == len(sheets), stem
        if stem.startswith("assessment"):
            continue
        pngs = list(out.glob("*.png"))
        assert pngs and all(p.stat().st_size > 5000 for p in pngs), stem
        assert "wrote " + str(csv) in capsys.readouterr().out


def test_an_earlier_run_is_never_overwritten_without_force(plan_file, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["simulate", str(plan_file), "--months", "6", "--out", str(out)]) == 0
    capsys.readouterr()
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    assert main(["simulate", str(plan_file), "--months", "12", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{out / 'simulation.csv'}, {out / 'simulation-all-columns.csv'}" in err
    assert "already exist (from an earlier run); pass --force to overwrite, or --out another" in err
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before
    assert len(pd.read_csv(out / "simulation.csv")) == 6
    assert main(["simulate", str(plan_file), "--months", "12", "--out", str(out), "--force"]) == 0
    assert len(pd.read_csv(out / "simulation.csv")) == 12


def test_help_says_how_files_are_kept():
    import subprocess
    import sys

    text = subprocess.run([sys.executable, "-m", "storeops", "track", "--help"],
                          capture_output=True, text=True).stdout
    assert "never overwrites the files" in text and "--force" in text and "--out" in text


def test_money_to_the_fen_counts_whole_and_the_capital_in_the_files(plan_file, tmp_path):
    out = tmp_path / "mc"
    assert main(["montecarlo", str(plan_file), "--runs", "300", "--months", "24",
                 "--capital", "0.9", "--out", str(out)]) == 0
    for csv in out.glob("*.csv"):
        text = csv.read_text(encoding="utf-8-sig")
        long = re.findall(r"-?\d+\.\d{3,}", text)
        if csv.name in ("montecarlo-payback.csv", "montecarlo-stages.csv"):
            continue  # shares, kept as rates
        assert not long, (csv.name, long[:3])
    summary = pd.read_csv(out / "montecarlo.csv", encoding="utf-8-sig").set_index("figure")
    assert summary.loc["headcount (month 24)"].map(lambda v: float(v).is_integer()).all()
    capital = pd.read_csv(out / "montecarlo-capital.csv", encoding="utf-8-sig")
    expected = storeops.monte_carlo(storeops.presets.tmall_2014(), 300, months=24,
                                    seed=0).capital_required(0.9)
    assert capital.set_index("figure").loc["capital for 90% of futures", "value"] == \
        pytest.approx(expected.yuan, abs=0.001)
    sheets = pd.read_excel(out / "montecarlo.xlsx", sheet_name=None, engine="openpyxl")
    assert "capital" in sheets


def ascii_words(text):
    return sorted(set(re.findall(r"[A-Za-z_][A-Za-z_]+", text)) - ASCII_ALLOWED)


def test_chinese_reports_are_chinese_throughout(plan_file, tmp_path, capsys):
    for stem, argv in commands(plan_file, tmp_path, "zh").items():
        out = tmp_path / f"zh-{stem}"
        assert main([*argv, "--labels", "zh", "--out", str(out)]) == 0
        printed = re.sub(re.escape(str(out)) + r"/[\w.-]+", "", capsys.readouterr().out)
        assert ascii_words(printed) == [], (stem, ascii_words(printed))
        for csv in out.glob("*.csv"):
            assert ascii_words(csv.read_text(encoding="utf-8-sig")) == [], csv.name
        for name, sheet in pd.read_excel(out / f"{stem}.xlsx", sheet_name=None, engine="openpyxl").items():
            assert ascii_words(name) == []
            assert ascii_words(sheet.to_csv(index=False)) == [], (stem, name)


#: A number of four or more digits without its thousands separators (11677, 9500.00), not part
#: of a date, a time, a path or a word (2014-09-30, 23:00, o2/montecarlo.csv, P10).
UNGROUPED = re.compile(r"(?<![\w./:-])-?\d{4,}(?:\.\d+)?(?![\w./:-])")


def test_every_printed_table_groups_thousands_alike(plan_file, tmp_path, capsys):
    # one format a column: 11,677 visitors beside ¥11,676.92, never 11677 or 9500
    for stem, argv in commands(plan_file, tmp_path, "en").items():
        assert main([*argv, "--out", str(tmp_path / f"fmt-{stem}")]) == 0
        printed = capsys.readouterr().out
        # an item's ID (淘宝 ID, a label more than a number) leads its row
        lines = [re.sub(r"(^|: |, )\d{6,}\s", "", line) for line in printed.splitlines()]
        bare = [line for line in lines
                if UNGROUPED.search(line) and not line.startswith(("wrote", "["))]
        assert bare == [], (stem, bare[:5])


def test_the_reorder_heading_agrees_with_its_table(tmp_path, capsys):
    out = tmp_path / "items"
    assert main(["items", str(DATA / "item_report_example.csv"), "--catalog",
                 str(DATA / "catalog_example.csv"), "--today", "2014-09-30",
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    heading = re.search(r"reorder list \((\d+) items to order; (\d+) of them at or below", text)
    reorder = pd.read_csv(out / "items-reorder.csv", encoding="utf-8-sig")
    assert int(heading[1]) == len(reorder) and len(reorder) > 0
    assert int(heading[2]) == int(reorder["alert"].sum())
    assert (reorder["order_quantity"] > 0).all()


def test_bad_counts_are_refused_before_anything_runs(plan_file, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["track", str(DATA / "daily_report_example.csv"), "--runs", "-5",
              "--out", str(tmp_path)])
    captured = capsys.readouterr()
    assert "argument --runs: expected a whole number >= 1, got -5" in captured.err
    assert captured.out == ""  # the tracking table was not printed first
    assert main(["montecarlo", str(plan_file), "--runs", "10", "--capital", "90",
                 "--out", str(tmp_path / "x")]) == 2
    assert "confidence must be in (0, 1), got 90.0 (did you mean 0.9?)" in capsys.readouterr().err


def test_a_warning_is_said_once_in_plain_words(tmp_path, capsys):
    lines = (DATA / "daily_report_example.csv").read_text(encoding="utf-8-sig").splitlines()
    gappy = tmp_path / "gappy.csv"
    gappy.write_text("\n".join(lines[:20] + lines[26:60]) + "\n", encoding="utf-8-sig")
    assert main(["track", str(gappy), "--runs", "50", "--out", str(tmp_path / "o")]) == 0
    err = capsys.readouterr().err
    assert err.count("MissingDaysWarning") == 1
    assert err.startswith("storeops: MissingDaysWarning: daily report: 6 days missing "
                          "(2014-02-20 to 2014-02-25)")
    assert "warnings.warn" not in err and ".py:" not in err
