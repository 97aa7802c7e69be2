import pytest

import storeops
from storeops import Money, metrics


def test_customer_service_kpis_000_ch5():
    assert metrics.reply_rate(replied=95, received=100) == 0.95
    assert metrics.success_rate(paid=30, presale_received=120) == 0.25
    assert metrics.satisfaction(positive_reviews=90, customers=100) == 0.9


def test_ratios():
    assert metrics.conversion_rate(buyers=200, visitors=10_000) == 0.02
    assert metrics.good_review_rate(positive=985, neutral=10, negative=5) == 0.985
    assert metrics.bounce_rate(40, 100) == 0.4
    assert metrics.visit_depth(35_000, 10_000) == 3.5


def test_advertising():
    assert metrics.ctr(30, 1000) == 0.03
    assert metrics.cpc(300, 400) == Money("0.75")
    assert metrics.cpm(Money(50), 20_000) == Money("2.50")
    assert metrics.roi(1500, 500) == 3.0
    assert metrics.breakeven_roi(0.25) == 4.0
    assert metrics.average_order_value(20_000, 200) == Money(100)
    assert metrics.uv_value(20_000, 10_000) == Money(2)


@pytest.mark.parametrize(
    "call",
    [
        lambda: metrics.reply_rate(0, 0),
        lambda: metrics.success_rate(0, 0),
        lambda: metrics.satisfaction(0, 0),
        lambda: metrics.conversion_rate(0, 0),
        lambda: metrics.good_review_rate(0, 0, 0),
        lambda: metrics.ctr(0, 0),
        lambda: metrics.cpc(1, 0),
        lambda: metrics.cpm(1, 0),
        lambda: metrics.roi(1, 0),
        lambda: metrics.breakeven_roi(0),
        lambda: metrics.visit_depth(1, 0),
        lambda: metrics.bounce_rate(0, 0),
    ],
)
def test_zero_denominator_is_an_error_not_nan(call):
    with pytest.raises(ValueError, match="denominator"):
        call()


def test_impossible_inputs_are_named():
    with pytest.raises(storeops.Error, match=r"replied \(5\) cannot exceed received \(3\)"):
        metrics.reply_rate(5, 3)
    with pytest.raises(storeops.Error, match="buyers must be a finite number >= 0, got -1"):
        metrics.conversion_rate(-1, 3)
    with pytest.raises(storeops.Error, match="clicks must be a finite number >= 0, got inf"):
        metrics.ctr(float("inf"), 3)
    with pytest.raises(storeops.Error, match=r"contribution_margin must be a rate in \[0, 1\]"):
        metrics.breakeven_roi(1.2)
