import collections.abc
import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storeops
from storeops import DEPARTMENTS, presets


@pytest.fixture
def plan():
    return presets.tmall_2014()


def test_worked_examples_of_domain_3(plan):
    a = plan.staffing.headcount(monthly_revenue=60_000, orders_per_day=20)
    assert a == {"customer_service": 3, "design": 1, "promotion": 1, "logistics": 1}
    assert a.total == 6
    assert a["merchandising"] == 0
    b = plan.staffing.headcount(60_000, 160)
    assert dict(b) == {"customer_service": 4, "design": 1, "promotion": 2, "logistics": 2}
    assert b.total == 9


def test_headcount_is_a_mapping(plan):
    h = plan.staffing.headcount(60_000, 20)
    assert isinstance(h, collections.abc.Mapping)
    assert set(h) == {"customer_service", "design", "promotion", "logistics"}
    assert len(h) == 4
    assert "design" in h and "planning" not in h
    assert h.get("nope", -1) == -1
    with pytest.raises(KeyError, match="valid departments: customer_service"):
        h["sales"]
    assert pickle.loads(pickle.dumps(h)) == h


def test_roles_inside_departments(plan):
    assert plan.staffing.headcount(60_000, 20).roles == {
        "cs_lead": 1, "cs_agent": 2, "designer": 1, "promoter": 1, "logistics_staff": 1}
    top = plan.staffing.headcount(150_000, 0)
    assert top.roles == {"cs_manager": 1, "cs_agent": 3, "senior_designer": 2, "promoter": 1,
                         "merchandiser": 1, "logistics_lead": 1, "logistics_staff": 2,
                         "planner": 1}
    assert storeops.department_of("senior_designer") == "design"


def test_tiers_are_data_with_the_80000_tier(plan):
    tiers = plan.staffing.tiers
    assert [t.monthly_revenue for t in tiers] == [10_000, 50_000, 80_000, 100_000]
    assert [t.personnel_cost for t in tiers] == [4_000, 16_500, 17_500, 34_000]
    frame = plan.staffing.to_frame()
    assert list(frame["personnel_share"]) == [0.4, 0.33, 0.21875, 0.34]
    assert list(frame["total"]) == [2, 6, 7, 12]


def test_a_user_changes_the_rules(plan):
    plan.staffing.trigger = 0.5  # hire half-way into each band
    assert plan.staffing.headcount(0, 74.9)["customer_service"] == 2
    assert plan.staffing.headcount(0, 75)["customer_service"] == 3
    bands = plan.staffing.bands
    bands.append(storeops.OrderBand(department="customer_service", low=300, high=400))
    plan.staffing.bands = bands
    assert plan.staffing.headcount(0, 350)["customer_service"] == 5
    plan.staffing.combine = "tiers"
    assert plan.staffing.headcount(60_000, 160).total == 6
    with pytest.raises(storeops.Error, match=r"Staffing.trigger must be a rate in \[0, 1\], got 2"):
        plan.staffing.trigger = 2
    assert plan.staffing.trigger == 0.5
    with pytest.raises(storeops.Error, match="Staffing.combine: unknown combine rule .+; valid combine rules: max, tiers, bands"):
        plan.staffing.combine = "sum"


def test_batch_equals_scalar(plan):
    rng = np.random.default_rng(1)
    revenue = rng.uniform(0, 150_000, 500)
    orders = rng.uniform(0, 300, 500)
    out = plan.staffing.headcount_batch(revenue, orders)
    assert out.shape == (500, len(storeops.DEPARTMENTS))
    for i in range(0, 500, 7):
        h = plan.staffing.headcount(float(revenue[i]), float(orders[i]))
        assert list(out[i]) == [h[d] for d in DEPARTMENTS]
    with pytest.raises(storeops.Error, match=r"orders_per_day\[1\] must be a finite number"):
        plan.staffing.headcount_batch(np.array([1.0, 2.0]), np.array([1.0, np.nan]))
    with pytest.raises(storeops.Error, match="same length"):
        plan.staffing.headcount_batch(np.array([1.0, 2.0]), np.array([1.0]))


def test_hiring_lag_and_no_shrink(plan):
    s = plan.staffing
    needs = [s.headcount(r, 0) for r in (10_000, 60_000, 60_000, 10_000, 10_000)]
    assert [h.total for h in s.staff_over_time(needs)] == [2, 2, 6, 6, 6]
    s.allow_shrink = True
    assert [h.total for h in s.staff_over_time(needs)] == [2, 2, 6, 6, 2]


@pytest.mark.parametrize(
    ("revenue", "orders", "message"),
    [(-1, 0, "monthly_revenue must be >= 0, got -¥1.00"),
     (1, -1, "orders_per_day must be a finite number >= 0, got -1"),
     (1, float("nan"), "orders_per_day must be a finite number >= 0, got nan"),
     (float("inf"), 0, "must be a finite number, got inf")],
)
def test_bad_input(plan, revenue, orders, message):
    with pytest.raises(storeops.Error) as info:
        plan.staffing.headcount(revenue, orders)
    assert message in str(info.value)


def test_plan_check_names_the_contradictions(plan):
    findings = storeops.check_staffing(plan.staffing)
    assert [f.code for f in findings] == ["personnel_share", "tier_total"]
    assert "6.0%-7.0%" in findings[0].message and "40.0%" in findings[0].message
    assert findings[0].source == "000 ch.4"
    assert "¥16,500.00" in findings[1].message


@settings(max_examples=200, deadline=None)
@given(r1=st.floats(0, 2e5), r2=st.floats(0, 2e5), o1=st.floats(0, 400), o2=st.floats(0, 400))
def test_headcount_is_monotone_in_revenue_and_orders(r1, r2, o1, o2):
    s = presets.staffing_2014()
    lo = s.headcount(min(r1, r2), min(o1, o2))
    hi = s.headcount(max(r1, r2), max(o1, o2))
    assert all(lo[d] <= hi[d] for d in DEPARTMENTS)
