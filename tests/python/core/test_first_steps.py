"""What a new user tries first, outside the make commands: each call gives the library's
error naming the parameter, what it takes and what it got, at the moment of the mistake."""

from __future__ import annotations

import numpy as np
import pytest

import storeops
from storeops import finance, presets


@pytest.fixture
def plan():
    return presets.tmall_2014()


def test_a_plain_number_moves_an_uncertain_inputs_central_value(plan):
    plan.market.average_order_value = 120
    aov = plan.market.average_order_value
    assert (aov.value, aov.distribution, aov.spread) == (120, "lognormal", 0.15)
    plan.market.inquiry_rate = 0.25  # a fixed input stays fixed
    assert plan.market.inquiry_rate == storeops.Uncertain.fixed(0.25)
    plan.market.refund_rate = 0.08  # a normal keeps its sd and bounds
    assert (plan.market.refund_rate.low, plan.market.refund_rate.high) == (0.0, 0.3)
    wide = storeops.Uncertain.uniform(10, 20).with_value(30)
    assert (wide.low, wide.high, wide.value) == (25, 35, 30)
    assert storeops.simulate(plan).to_frame()["revenue"].sum() > 0


def test_uncertain_normal_has_default_bounds():
    u = storeops.Uncertain.normal(0.05, 0.015)
    assert (u.value, u.spread, u.low) == (0.05, 0.015, 0.0)
    assert u.high == pytest.approx(0.11)
    assert storeops.Uncertain.normal(-1.0, 0.5).low == -3.0


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: storeops.Uncertain.lognormal(-1, 0.2), "median\\), got -1"),
        (lambda: storeops.Uncertain.lognormal(1, -0.2), "Uncertain.spread must be a finite number >= 0"),
        (lambda: storeops.Uncertain.normal(0.5, 0.1, low=0.6, high=0.9), "between low and high \\(0.6 and 0.9\\)"),
        (lambda: storeops.Uncertain.triangular(3, 1, 2), "between low and high"),
        (lambda: storeops.Uncertain(float("nan")), "Uncertain.value must be a finite number"),
    ],
)
def test_an_uncertain_that_cannot_be_is_refused_when_built(make, message):
    with pytest.raises(storeops.Error, match=message):
        make()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: storeops.simulate(p, months=36.5),
         r"simulate\(\): months must be a whole number, got 36.5 \(float\)"),
        (lambda p: storeops.simulate("plan.json"),
         r"plan must be a storeops.Plan, got 'plan.json' \(str\) \(to read a plan file, pass "
         r"storeops.load_plan\(path\)\)"),
        (lambda p: storeops.Funnel(visitors="10000", conversion_rate=0.02),
         r"Funnel\(\): visitors must be a number, got '10000' \(str\)"),
        (lambda p: p.pay.payslip("cs_agent", personal_sale=1000),
         r"has no parameter 'personal_sale'; did you mean 'personal_sales'\?"),
        (lambda p: finance.pnl(p, [{"revenue": 100_000, "refund_rat": 0.05}]),
         r"has no parameter 'refund_rat'; did you mean 'refund_rate'\?"),
        (lambda p: storeops.monte_carlo(p, runs=10, seed=2**70),
         r"seed must be in 0..18446744073709551615 \(2\*\*64 - 1\), got 1180591620717411303424"),
        (lambda p: storeops.monte_carlo(p, runs=10, seed="1"), "seed must be a whole number"),
        (lambda p: setattr(p.market, "display_ctr", "1%"),
         r"market.display_ctr must be a number, got '1%' \(str\)"),
        (lambda p: setattr(p.market, "start_month", 2.0),
         r"market.start_month must be a whole number, got 2.0 \(float\)"),
        (lambda p: setattr(p.market, "seasonality", [1.0] * 11),
         "market.seasonality must hold 12 numbers, January to December, got 11"),
        (lambda p: setattr(p.staffing, "trigger", "high"),
         r"StaffingPolicy.trigger must be a number, got 'high' \(str\)"),
    ],
)
def test_wrong_types_and_names_get_the_librarys_error(plan, call, message):
    with pytest.raises(storeops.WrongTypeError if "got '" in message or "whole" in message
                       or "no parameter" in message or "Plan, got" in message else storeops.Error,
                       match=message):
        call(plan)


def test_the_wrong_type_error_is_both_a_library_error_and_a_type_error(plan):
    assert issubclass(storeops.WrongTypeError, storeops.Error)
    assert issubclass(storeops.WrongTypeError, TypeError)
    assert issubclass(storeops.WrongTypeError, ValueError)


def test_options_are_keyword_only(plan):
    with pytest.raises(TypeError):
        storeops.simulate(plan, 12)  # type: ignore[misc]
    with pytest.raises(TypeError):
        storeops.monte_carlo(plan, 100, 12)  # type: ignore[misc]
    assert storeops.monte_carlo(plan, 100, months=2).runs == 100  # runs may be positional
    assert storeops.DEFAULT_RUNS == 10_000
    assert storeops.monte_carlo(plan, months=2, seed=1, threads=1).runs == storeops.DEFAULT_RUNS


@pytest.mark.parametrize(
    ("text", "fen"),
    [("¥1,234.50", 123450), ("1,234,567", 123456700), ("-¥1,000", -100000), (" ¥ 12 ", 1200),
     ("123", 12300), ("0.5", 50)],
)
def test_money_reads_thousands_separators_in_threes(text, fen):
    assert storeops.Money(text).fen == fen


@pytest.mark.parametrize("text", ["¥1,2,3", "12,34", "1,2345", ",123", "1.234,5", "two thousand",
                                  "1 234"])
def test_money_refuses_text_it_would_have_to_guess_at_and_quotes_it_as_given(text):
    with pytest.raises(storeops.Error, match=f"got '{text}'"):
        storeops.Money(text)


def test_batch_functions_name_mismatched_shapes():
    with pytest.raises(storeops.Error, match="shape"):
        storeops.erlang.agents_required(np.array([10.0, 20.0]), np.array([60.0, 60.0, 60.0]))


def test_payback_month_and_the_simulation_agree_by_construction():
    plan = presets.tmall_2014()
    frame = storeops.simulate(plan).to_frame(columns="all")
    sim = storeops.simulate(plan)
    assert storeops.payback_month(plan.initial_investment, frame["operating_profit"]) == 34
    assert sim.payback_month == 34
    # cash_flow holds the investment: it is operating profit less deposits and purchases
    np.testing.assert_allclose(frame["cash_flow"],
                               frame["operating_profit"] - frame["deposits_and_purchases"],
                               atol=1e-6)
    assert frame["deposits_and_purchases"].sum() >= plan.initial_investment.yuan
    assert storeops.payback_month(plan.initial_investment, frame["cash_flow"]) != 29


def test_the_monte_carlo_summary_states_the_payback_share_once():
    mc = storeops.monte_carlo(presets.tmall_2014(), runs=200, seed=3, threads=1)
    summary = mc.summary()
    assert not summary.isna().any().any()
    share = mc.payback_share
    assert 0 < share <= 1
    assert summary["figure"].iloc[-1] == f"payback month ({share:.0%} of runs pay back)"


def test_the_progress_bar_in_a_log_prints_the_final_line_only():
    import io

    from storeops.simulation.engine import _progress_bar

    log = io.StringIO()
    show = _progress_bar(log)
    for done in (0, 50, 100):
        show(done, 100)
    assert log.getvalue() == "  [##############################] 100/100 runs\n"


def test_reports_write_money_to_the_fen_counts_whole_and_chinese_with_a_bom(tmp_path):
    import pandas as pd

    from storeops.cli import main

    plan_path = tmp_path / "plan.json"
    presets.tmall_2014().save(plan_path)
    assert main(["simulate", str(plan_path), "--out", str(tmp_path / "en")]) == 0
    raw = (tmp_path / "en" / "simulation.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # every CSV: Excel and WPS read it as UTF-8
    text = raw.decode("utf-8-sig")
    for row in text.splitlines()[1:]:
        for cell in row.split(","):
            if "." in cell:  # no float noise: at most two decimals
                assert len(cell.split(".")[1]) <= 2, cell
    frame = pd.read_csv(tmp_path / "en" / "simulation.csv")
    assert frame["visitors"].dtype.kind == "i" and frame["headcount"].dtype.kind == "i"

    assert main(["simulate", str(plan_path), "--out", str(tmp_path / "zh"), "--labels", "zh"]) == 0
    raw = (tmp_path / "zh" / "simulation.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    sheets = pd.read_excel(tmp_path / "zh" / "simulation.xlsx", sheet_name=None, engine="openpyxl")
    assert list(sheets) == ["月度", "全部列"]
    every = sheets["全部列"]
    assert "客服人数" in every.columns and "保证金与采购" in every.columns
    assert not [c for c in every.columns if c.isascii()], "every column in Chinese"


def test_pay_rules_by_role_name_as_the_json_keys_them(plan):
    rules = plan.pay.by_role
    assert set(rules) == set(storeops.ROLES)
    assert repr(rules["cs_agent"]) == repr(plan.pay.role("cs_agent"))
    assert rules["cs_agent"].base == 2000


def test_the_plan_check_reports_a_plan_that_cannot_run(plan):
    assert not [f for f in storeops.check(plan) if f.severity == "invalid"]
    plan.market.retention_alpha = 0.8  # without retention_beta: the pair rule fails
    invalid = [f for f in storeops.check(plan) if f.severity == "invalid"]
    assert len(invalid) == 1
    assert "market.retention_alpha and market.retention_beta" in invalid[0].message
    with pytest.raises(storeops.Error, match=invalid[0].message.split(":")[0]):
        storeops.simulate(plan)


def test_a_failed_constructor_leaves_nothing_unfinished_for_a_traceback_to_show():
    import traceback

    try:
        storeops.CreditLevel("star", 1)
    except storeops.Error as err:
        for frame, _ in traceback.walk_tb(err.__traceback__):
            for value in frame.f_locals.values():
                repr(value)  # an unfinished CreditLevel here would crash the interpreter
    else:
        raise AssertionError("CreditLevel('star', 1) was accepted")


def test_every_named_enum_reads_and_writes_its_name(plan):
    assert plan.pay.role("cs_agent").role == "cs_agent"
    assert plan.pay.role("cs_agent").commission == "personal_sales"
    assert plan.stages.plan_of("launch").stage == "launch"
    assert storeops.Uncertain.lognormal(1, 0.1).distribution == "lognormal"
    with pytest.raises(storeops.Error, match="unknown role 'boss'; valid roles: cs_agent, cs_lead"):
        plan.pay.role("boss")
    with pytest.raises(storeops.Error, match="unknown stage 'growth'; valid stages: setup, launch"):
        plan.stages.plan_of("growth")


def test_a_plan_that_load_plan_would_refuse_is_not_saved(plan, tmp_path):
    plan.market.neutral_share, plan.market.negative_share = 0.7, 0.6
    path = tmp_path / "plan.json"
    with pytest.raises(storeops.Error, match="not saving the plan .*neutral_share"):
        plan.save(path)
    assert not path.exists()
