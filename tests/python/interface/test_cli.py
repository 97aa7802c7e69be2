import subprocess
import sys

import pandas as pd

import storeops
from storeops.cli import main


def run(*args):
    return subprocess.run([sys.executable, "-m", "storeops", *args], capture_output=True, text=True)


def test_help_speaks_to_a_store_manager():
    out = run("--help")
    assert out.returncode == 0
    assert "python -m storeops preset plan.json" in out.stdout
    assert "rates as 0.02 for 2%" in out.stdout


def test_preset_check_simulate_montecarlo(tmp_path, capsys):
    plan = tmp_path / "plan.json"
    assert main(["preset", str(plan)]) == 0
    assert main(["check", str(plan)]) == 0
    assert "800,000" in capsys.readouterr().out
    out = tmp_path / "reports"
    assert main(["simulate", str(plan), "--months", "12", "--out", str(out)]) == 0
    table = pd.read_csv(out / "simulation.csv")
    assert len(table) == 12 and "cumulative_cash" in table
    assert pd.read_excel(out / "simulation.xlsx", sheet_name="months", engine="openpyxl").shape[0] == 12
    assert (out / "cash_curve.png").stat().st_size > 1000
    assert main(["montecarlo", str(plan), "--runs", "200", "--months", "12", "--out", str(out)]) == 0
    assert set(pd.read_excel(out / "montecarlo.xlsx", sheet_name=None, engine="openpyxl")) >= {"summary", "revenue"}
    assert (out / "revenue_fan.png").exists()


def test_reports_for_a_chinese_team(tmp_path):
    plan = tmp_path / "plan.json"
    main(["preset", str(plan)])
    out = tmp_path / "zh"
    assert main(["simulate", str(plan), "--months", "12", "--out", str(out), "--labels", "zh"]) == 0
    assert "累计现金" in pd.read_csv(out / "simulation.csv").columns
    assert main(["montecarlo", str(plan), "--runs", "100", "--months", "12", "--out", str(out),
                 "--labels", "zh"]) == 0
    for name in ("cash_curve.png", "headcount_steps.png", "revenue_fan.png", "stages.png"):
        assert (out / name).stat().st_size > 1000


def test_a_bad_plan_gives_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "storeops.plan/1", "staffing": 3}')
    assert main(["check", str(bad)]) == 2
    assert f"storeops: {bad}: plan: missing key 'investments'" in capsys.readouterr().err
    assert main(["simulate", str(tmp_path / "missing.json")]) == 2
    assert "missing.json': no such file" in capsys.readouterr().err
    assert main(["simulate", str(tmp_path)]) == 2
    assert "it is a folder, not a file" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "storeops.plan/1",\n  "name": oops}')
    assert main(["check", str(broken)]) == 2
    assert "malformed JSON" in (err := capsys.readouterr().err) and "line 2" in err


def test_preset_keeps_an_existing_file_unless_forced(tmp_path, capsys):
    path = tmp_path / "plan.json"
    path.write_text("mine")
    assert main(["preset", str(path)]) == 2
    assert "exists; pass --force" in capsys.readouterr().err
    assert path.read_text() == "mine"
    assert main(["preset", str(path), "--force"]) == 0
    assert storeops.load_plan(path) == storeops.presets.tmall_2014()


def test_track_prints_plan_against_actual_and_the_reforecast(tmp_path, capsys):
    report = storeops.example_daily_report()
    plan = tmp_path / "plan.json"
    storeops.presets.tmall_2014().save(str(plan))
    out = tmp_path / "track"
    assert main(["track", str(report), "--plan", str(plan), "--runs", "500", "--labels", "zh",
                 "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "已报天数" in text and "流量影响" in text and "客单价影响" in text
    assert "客单价" in text and "拟合值" in text and "average_order_value" not in text
    assert "回本：回本比例（500 次模拟，第 1-36 月）" in text
    # a start that makes the store's first selling month the plan's setup month: the fix named
    assert main(["track", str(report), "--start", "2014-03-01", "--runs", "10",
                 "--out", str(tmp_path / "other")]) == 2
    assert "--start 2014-02-01" in capsys.readouterr().err


def test_montecarlo_prints_the_capital_for_a_confidence(tmp_path, capsys):
    plan = tmp_path / "plan.json"
    storeops.presets.tmall_2014().save(str(plan))
    out = tmp_path / "reports"
    assert main(["montecarlo", str(plan), "--runs", "300", "--capital", "0.9", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    expected = storeops.monte_carlo(storeops.presets.tmall_2014(), 300, seed=0).capital_required(0.9)
    assert f"capital needed to keep cash at or above zero in 90% of futures: ¥{expected.yuan:,.2f}" in text
    assert (out / "cash_low_points.png").exists()
    assert main(["montecarlo", str(plan), "--runs", "10", "--capital", "1", "--out", str(out)]) == 2
    assert "confidence must be in (0, 1), got 1.0" in capsys.readouterr().err
