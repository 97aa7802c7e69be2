"""Probation (试用期): its length by role, its pay, and failed probations in sampled futures."""

import numpy as np
import pytest

import storeops
from storeops import Money


def test_the_preset_gives_customer_service_half_a_month_and_keeps_the_published_figures():
    plan = storeops.presets.tmall_2014()
    days = dict(zip(storeops.ROLES, plan.probation.days))
    assert days["cs_agent"] == days["cs_lead"] == days["cs_manager"] == 15.0
    assert days["designer"] == 0.0 and plan.probation.pay_share == 1.0
    assert plan.probation.failure_rate.value == 0.0
    assert plan.probation == storeops.presets.probation_2014()
    run = storeops.simulate(plan)
    assert run.payback_month == 34
    assert run.column("cumulative_cash")[35] == 214_740.94


def test_a_person_on_probation_is_paid_a_share_of_the_months_base():
    probation = storeops.presets.tmall_2014().probation
    probation.pay_share = 0.8
    assert probation.base_share("cs_agent") == 0.9  # 80% for 15 of 30 days
    assert probation.base_share("designer") == 1.0  # no probation
    with pytest.raises(ValueError, match="waiter"):
        probation.base_share("waiter")


def test_probation_pay_and_failures_move_each_hire_month_to_the_fen():
    base = storeops.presets.tmall_2014()
    plan = storeops.presets.tmall_2014()
    probation = plan.probation
    probation.pay_share = 0.8
    probation.failure_rate = 0.1  # a number moves the value, keeps the distribution
    plan.probation = probation
    a, b = storeops.simulate(base), storeops.simulate(plan)
    before = storeops.Headcount({})
    total = Money(0)
    for month in range(1, 37):
        after = a.staff(month)
        cost = plan.probation.hire_month_cost(plan.pay, before, after)
        assert Money(b.column("payroll")[month - 1]) == Money(a.column("payroll")[month - 1]) + cost
        total += cost
        before = after
    assert total != Money(0)
    # two agents at ¥2,000, 15 days: 2 × 2,000 × ½ × (0.1 × 0.8 − 0.2) = −¥240
    two = storeops.Headcount({"cs_agent": 2})
    assert plan.probation.hire_month_cost(plan.pay, storeops.Headcount({}), two) == Money(-240)


def test_a_monte_carlo_draws_each_future_its_own_failure_rate_and_nothing_else_moves():
    plan = storeops.presets.tmall_2014()
    probation = plan.probation
    probation.pay_share = 0.8
    plan.probation = probation
    uncertain = storeops.Plan.from_json(plan.to_json())
    probation.failure_rate = storeops.Uncertain(0.2, distribution="uniform", low=0.0, high=0.4)
    uncertain.probation = probation
    fixed = storeops.monte_carlo(plan, runs=200, seed=5, threads=1)
    sampled = storeops.monte_carlo(uncertain, runs=200, seed=5, threads=1)
    np.testing.assert_array_equal(fixed.revenue, sampled.revenue)
    moved = (fixed.payroll != sampled.payroll).any(axis=1)
    assert moved.mean() > 0.9  # almost every future hires in some month
    again = storeops.monte_carlo(uncertain, runs=200, seed=5, threads=2)
    np.testing.assert_array_equal(again.payroll, sampled.payroll)
    # the round trip keeps the distribution
    assert storeops.Plan.from_json(uncertain.to_json()).probation == uncertain.probation


def test_bad_probation_names_the_field_and_the_value():
    plan = storeops.presets.tmall_2014()
    probation = plan.probation
    days = list(probation.days)
    days[0] = 45
    with pytest.raises(storeops.Error) as e:
        probation.days = days
    assert str(e.value) == ("probation.days.cs_agent must be days in 0..30 (a probation runs within "
                            "the month of hire), got 45")
    with pytest.raises(storeops.Error, match="probation.pay_share"):
        probation.pay_share = 1.5
    with pytest.raises(storeops.Error, match="probation.failure_rate"):
        probation.failure_rate = storeops.Uncertain(1.5)
