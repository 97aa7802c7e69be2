import decimal
import pickle

import pytest

import storeops
from storeops import Money


def test_money_is_exact_fen():
    assert Money.from_fen(123450).fen == 123450
    assert Money.from_yuan(1234.5).fen == 123450
    assert Money(2000).fen == 200000
    assert Money("¥1,234.50").fen == 123450
    assert Money(decimal.Decimal("0.10")).fen == 10
    assert Money.from_yuan(1234.5).yuan == 1234.5
    assert Money.from_fen(123450).decimal == decimal.Decimal("1234.50")


@pytest.mark.parametrize(
    ("yuan", "fen"),
    [(1.005, 101), (-1.005, -101), (0.004, 0), (0.125, 13), (-0.125, -13), ("0.005", 1)],
)
def test_yuan_round_half_away_from_zero_as_written(yuan, fen):
    assert Money.from_yuan(yuan).fen == fen


@pytest.mark.parametrize(
    ("amount", "factor", "fen"),
    [
        (Money(300_000), 0.002, 60_000),  # 0.2% of 300,000 yuan is 600 yuan
        (Money(1), 0.015, 2),  # 1.5 fen rounds half away, as written
        (Money(-1), 0.015, -2),
        (Money.from_fen(1), 0.5, 1),
        (Money.from_fen(1), 0.49, 0),
        (Money.from_fen(7), 2.5, 18),
        (Money(3), 4, 1200),
    ],
)
def test_times_rounds_once(amount, factor, fen):
    assert (amount * factor).fen == fen
    assert (factor * amount).fen == fen


def test_division():
    assert (Money.from_fen(10) / 4).fen == 3
    assert (Money(100) / 3).fen == 3333
    assert Money(1) / Money(4) == 0.25
    with pytest.raises(storeops.Error, match="divisor"):
        Money(1) / 0
    with pytest.raises(storeops.Error, match="denominator"):
        Money(1) / Money(0)


def test_arithmetic_accepts_yuan_numbers():
    assert (Money(2) + Money.from_fen(50)).fen == 250
    assert (Money(2) + 0.5).fen == 250
    assert (5 - Money(2)).fen == 300
    assert (-Money(2)).fen == -200
    assert abs(Money(-2)) == Money(2)
    assert storeops.sum_money([Money(1), 2, "0.50"]) == Money("3.50")


def test_comparison_is_exact():
    assert Money(1) < Money(2)
    assert Money(3100) == 3100
    assert Money("12.5") == 12.5
    assert Money("0.10") != 0.1  # the float 0.1 is not a tenth, as with Decimal
    assert hash(Money(3100)) == hash(3100)
    assert Money(1) != "1"
    with pytest.raises(TypeError):
        Money(1) < "2"  # noqa: B015


def test_overflow_is_an_error_not_a_wrap():
    big = Money.from_fen(2**63 - 1)
    for make in (lambda: big + Money.from_fen(1), lambda: big * 2, lambda: big * 1.5,
                 lambda: Money(10**17), lambda: Money.from_fen(-(2**63)) - Money.from_fen(1),
                 lambda: -Money.from_fen(-(2**63))):
        with pytest.raises(storeops.MoneyOverflowError):
            make()
    assert issubclass(storeops.MoneyOverflowError, storeops.Error)
    assert issubclass(storeops.MoneyOverflowError, OverflowError)
    assert issubclass(storeops.Error, ValueError)
    with pytest.raises(OverflowError):
        Money.from_fen(2**63)  # beyond int64 already at the door


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (float("nan"), "yuan must be a finite number, got nan"),
        (float("inf"), "yuan must be a finite number, got inf"),
        ("12,3x", "yuan must be a decimal number such as 1234.50 or 1,234.50, got '12,3x'"),
        (True, "yuan must be an amount in yuan, got a bool"),
        ([1], "yuan must be money"),
    ],
)
def test_bad_money_names_field_and_value(value, message):
    with pytest.raises(storeops.Error, match=message.replace("(", r"\(")):
        Money.from_yuan(value)


def test_text():
    assert str(Money(1234.5)) == "¥1,234.50"
    assert str(Money.from_fen(-5)) == "-¥0.05"
    assert repr(Money(1234.5)) == "Money('1234.50')"
    assert f"{Money(12.5):.1f}" == "12.5"
    assert str(Money.from_fen(-(2**63))) == "-¥92,233,720,368,547,758.08"


def test_pickle():
    assert pickle.loads(pickle.dumps(Money("12.34"))) == Money("12.34")
