"""Properties that must hold for any input (hypothesis), and thread safety."""

import concurrent.futures
import decimal

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import storeops
from storeops import Money, presets

FEN = st.integers(-(10**15), 10**15)


@settings(max_examples=300, deadline=None)
@given(a=FEN, b=FEN, c=FEN)
def test_money_arithmetic_never_loses_a_fen(a, b, c):
    x, y, z = Money.from_fen(a), Money.from_fen(b), Money.from_fen(c)
    assert (x + y).fen == a + b
    assert ((x + y) + z) == (x + (y + z))
    assert (x - y + y) == x
    assert storeops.sum_money([x, y, z]).fen == a + b + c


@settings(max_examples=300, deadline=None)
@given(fen=st.integers(-(10**12), 10**12), rate=st.decimals(0, 1, places=4))
def test_rate_times_money_rounds_half_away_as_written(fen, rate):
    exact = decimal.Decimal(fen) * rate
    expected = int(exact.quantize(decimal.Decimal(1), rounding=decimal.ROUND_HALF_UP))
    assert (Money.from_fen(fen) * float(rate)).fen == expected


@settings(max_examples=200, deadline=None)
@given(fen=st.integers(0, 10**12))
def test_an_even_split_adds_up_to_the_fen(fen):
    plan = presets.tmall_2014()
    staff = plan.staffing.headcount(0, 0)  # two agents
    payroll = plan.pay.payroll(staff, customer_service_sales=Money.from_fen(fen))
    agents = [s for s in payroll.payslips if s.role == "cs_agent"]
    sales = [s.commission for s in agents]
    # each agent's commission is 0.2% of a share that differs from the others' by at most a fen
    assert abs(sales[0].fen - sales[1].fen) <= 1
    assert payroll.total == storeops.sum_money(s.total for s in payroll.payslips)


@settings(max_examples=100, deadline=None)
@given(yuan=st.decimals(-(10**9), 10**9, places=2))
def test_text_yuan_is_exact(yuan):
    assert Money(str(yuan)).fen == int(yuan * 100)
    assert Money(str(yuan)).decimal == yuan


def test_concurrent_simulate_from_python_threads_equals_serial():
    plan = presets.tmall_2014()
    seeds = list(range(8))
    serial = [storeops.simulate(plan, months=36, seed=s).to_frame() for s in seeds]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        parallel = list(pool.map(lambda s: storeops.simulate(plan, months=36, seed=s).to_frame(), seeds))
    for a, b in zip(serial, parallel):
        assert a.equals(b)


def test_concurrent_monte_carlo_from_python_threads_equals_serial():
    plan = presets.tmall_2014()
    serial = [storeops.monte_carlo(plan, runs=100, months=24, seed=s).revenue.copy() for s in (1, 2)]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        parallel = list(pool.map(lambda s: storeops.monte_carlo(plan, runs=100, months=24, seed=s,
                                                                threads=1).revenue.copy(), (1, 2)))
    for a, b in zip(serial, parallel):
        assert np.array_equal(a, b)
