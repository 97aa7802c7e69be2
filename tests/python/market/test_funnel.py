import pickle

import pytest

import storeops
from storeops import Funnel, InquiryFunnel, Money


def test_seed_002_ten_thousand_uv_at_two_percent_is_200_orders():
    day = Funnel(visitors=10_000, conversion_rate=0.02, average_order_value=100)
    assert day.orders == 200.0
    assert isinstance(day.revenue, Money)
    assert day.revenue == Money(20_000)
    assert day.uv_value == Money(2)


def test_revenue_rounds_once_to_the_fen():
    f = Funnel(visitors=333, conversion_rate=0.03, average_order_value=99.99)
    assert f.revenue.fen == 99890


def test_inquiry_split_blends_to_the_conversion_rate():
    f = InquiryFunnel(visitors=10_000, inquiry_rate=0.3, inquiry_conversion=0.4,
                      silent_conversion=0.02, average_order_value=100)
    assert f.inquiries == 3000.0
    assert f.inquiry_orders == 1200.0
    assert f.silent_orders == pytest.approx(140.0, rel=1e-12)
    assert f.conversion_rate == 0.3 * 0.4 + 0.7 * 0.02
    assert f.silent_revenue == Money(14_000)
    assert f.revenue == Money(134_000)
    assert f.funnel().orders == pytest.approx(f.orders)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(visitors=10, conversion_rate=1.5, average_order_value=1),
         "Funnel.conversion_rate must be a rate in [0, 1], got 1.5"),
        (dict(visitors=-1, conversion_rate=0.1, average_order_value=1),
         "Funnel.visitors must be a finite number >= 0, got -1"),
        (dict(visitors=float("nan"), conversion_rate=0.1, average_order_value=1),
         "Funnel.visitors must be a finite number >= 0, got nan"),
        (dict(visitors=1, conversion_rate=0.1, average_order_value=-1),
         "Funnel.average_order_value must be >= 0, got -¥1.00"),
    ],
)
def test_bad_input_names_field_and_value(kwargs, message):
    with pytest.raises(storeops.Error) as info:
        Funnel(**kwargs)
    assert str(info.value) == message


def test_keywords_only_and_pickle():
    with pytest.raises(TypeError):
        Funnel(10_000, 0.02, 100)  # type: ignore[misc]
    f = Funnel(visitors=10_000, conversion_rate=0.02, average_order_value=100)
    g = pickle.loads(pickle.dumps(f))
    assert (g.visitors, g.conversion_rate, g.average_order_value) == (10_000, 0.02, Money(100))


def test_orders_without_an_order_value():
    day = Funnel(visitors=10_000, conversion_rate=0.02)
    assert day.orders == 200.0
    assert day.revenue == Money(0)
