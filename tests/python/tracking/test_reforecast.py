"""storeops.reforecast: the reported months as they were, the rest sampled."""

import numpy as np
import pytest

import storeops

START = "2014-02-01"  # plan month 1 (the plan starts in February)


@pytest.fixture(scope="module")
def forecast(plan, report):
    return storeops.reforecast(plan, report, start=START, runs=400, seed=2)


def test_reported_months_are_the_actuals_in_every_run(plan, report, forecast):
    assert forecast.runs == 400 and forecast.months == 36 and forecast.first_month == 1
    exact = storeops.read_daily(storeops.synthetic_daily(
        plan, start=START, months=7, traffic=0.85, conversion=1.1, order_value=0.95, seed=5),
        exact=True)
    for month in range(2, 8):
        days = exact[exact["date"].dt.month == month + 1]["sales"]
        total = storeops.sum_money(list(days))
        column = forecast.revenue[:, month - 1]
        assert (column == total.fen / 100).all()
    assert (forecast.visitors[:, 3] == report[report["date"].dt.month == 5]["visitors"].sum()).all()
    later = forecast.revenue[:, 12]
    assert later.min() < later.max()


def test_same_seed_same_result_whatever_the_threads(plan, report, forecast):
    again = storeops.reforecast(plan, report, start=START, runs=400, seed=2, threads=1)
    for column in storeops.MONTE_CARLO_COLUMNS:
        assert np.array_equal(getattr(again, column), getattr(forecast, column))
    assert np.array_equal(again.payback_months, forecast.payback_months, equal_nan=True)
    other = storeops.reforecast(plan, report, start=START, runs=400, seed=3)
    assert not np.array_equal(other.revenue, forecast.revenue)


def test_a_reforecast_keeps_the_columns_asked_for(plan, report, forecast):
    cash = storeops.reforecast(plan, report, start=START, runs=400, seed=2,
                               columns=["cumulative_cash"])
    assert cash.columns == ["cumulative_cash"]
    assert np.array_equal(cash.cumulative_cash, forecast.cumulative_cash)
    assert cash.capital_required() == forecast.capital_required()
    with pytest.raises(AttributeError, match="^column 'revenue' was not kept"):
        cash.revenue  # noqa: B018
    with pytest.raises(ValueError, match="^unknown column 'cash' in columns"):
        storeops.reforecast(plan, report, start=START, runs=10, columns=["cash"])


def test_payback_summary_and_plots_work_on_it(forecast):
    summary = forecast.summary()
    assert summary["figure"].iloc[-1].startswith("payback month")
    paid = forecast.payback_months[~np.isnan(forecast.payback_months)]
    assert (paid > 7).all()  # nothing paid back in the months reported
    assert forecast.payback_distribution()["paid_back"].iloc[6] == 0
    assert forecast.plan.market.average_order_value.spread < 0.15  # sampled from the fitted plan
    need = forecast.capital_required(0.9)  # capital still needed, the reported months included
    assert isinstance(need, storeops.Money) and need.fen > 0
    assert need >= forecast.capital_required(0.5)
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    for kind in ("fan", "payback", "stages"):
        forecast.plot(kind)
    plt.close("all")


def test_the_horizon_must_go_past_the_reported_months(plan, report):
    with pytest.raises(storeops.Error, match="months must be more than the 7 months reported"):
        storeops.reforecast(plan, report, start=START, runs=10, months=7)
