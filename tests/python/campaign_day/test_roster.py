"""storeops.roster: duty rosters at least cost, checked against SciPy's milp (HiGHS)."""

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

import storeops
from storeops.campaign_day import readiness  # storeops.campaign_day is the function


def scipy_least_cost(required, shifts):
    cover = np.array([[1.0 if (h - s) % 24 < n else 0.0 for (s, n, _) in shifts] for h in range(24)])
    costs = np.array([round(c * 100) for (_, _, c) in shifts], dtype=float)  # fen
    res = milp(costs, constraints=LinearConstraint(cover, lb=np.array(required, float), ub=np.inf),
               integrality=np.ones(len(shifts)), bounds=Bounds(0, np.inf))
    assert res.success
    return round(res.fun)


@pytest.mark.parametrize("seed", range(12))
def test_the_cost_is_scipys_optimum_on_random_days(seed):
    rng = np.random.default_rng(seed)
    required = rng.integers(0, 40, 24).tolist()
    shifts = [(int(rng.integers(0, 24)), int(rng.integers(3, 13)), float(rng.integers(50, 400)))
              for _ in range(int(rng.integers(5, 30)))]
    shifts += [(0, 24, 900.0)]  # every hour can be covered
    result = storeops.roster(required, shifts)
    assert result.optimal
    assert result.cost.fen == scipy_least_cost(required, shifts)
    # the cost is exactly the roster's counts times the shifts' costs, in fen
    assert result.cost == sum((storeops.Money(c) * n for (_, _, c), n in zip(shifts, result.counts)),
                              storeops.Money(0))
    assert all(c >= r for c, r in zip(result.coverage, required))
    assert result.slack == [c - r for c, r in zip(result.coverage, required)]


def test_shifts_past_midnight_and_the_roster_table():
    required = [2] * 4 + [0] * 18 + [3, 3]
    result = storeops.roster(required, [(22, 6, 300), (8, 8, 100)])
    assert result.counts == [3, 0]
    assert result.cost == storeops.Money(900)
    assert result.coverage[22:] == [3, 3] and result.coverage[:4] == [3, 3, 3, 3]
    assert result.slack[0] == 1
    table = storeops.roster_frame(result, labels="zh")
    assert list(table.columns) == ["班次", "开始时间", "时长", "每人费用", "人数", "班次费用"]
    assert table["班次费用"].sum() == 900


def test_bad_rosters_are_named():
    day = [(8, 8, 100)]
    with pytest.raises(storeops.Error, match="required\\[3\\]: 2 people are needed at 3:00 but no shift covers that hour"):
        storeops.roster([0, 0, 0, 2] + [0] * 20, day)
    with pytest.raises(storeops.Error, match=r"shifts\[0\].hours must be in 1..24 hours, got 0"):
        storeops.roster([0] * 24, [(8, 0, 100)])
    with pytest.raises(storeops.Error, match=r"shifts\[1\].hours must be in 1..24 hours, got 25"):
        storeops.roster([0] * 24, [(8, 8, 100), (0, 25, 100)])
    with pytest.raises(storeops.Error, match=r"shifts\[0\].cost must be >= 0, got -¥5.00"):
        storeops.roster([0] * 24, [(8, 8, -5)])
    with pytest.raises(storeops.Error, match=r"required\[7\] must be a whole number >= 0, got -1"):
        storeops.roster([0] * 7 + [-1] + [0] * 16, day)
    with pytest.raises(storeops.Error, match=r"required\[2\] must be a whole number of people, got 1.5"):
        storeops.roster([0, 0, 1.5] + [0] * 21, day)
    with pytest.raises(storeops.Error, match="required must hold 24 hourly counts"):
        storeops.roster([1] * 23, day)
    with pytest.raises(storeops.Error, match=r"shifts\[0\] must be a \(start_hour, hours, cost\) tuple"):
        storeops.roster([0] * 24, [(8, 8)])


def test_the_campaign_days_rosters_cover_its_hours():
    plan = storeops.presets.tmall_2014()
    day = storeops.campaign_day(plan, day_visitors=200_000, month="双11")
    assert day.own_packers == 0  # a campaign's name is no plan month: no own staff counted
    for need, result in (("cs_agents", day.cs_roster), ("temporary_packers", day.packing_roster)):
        assert result.optimal
        assert result.required == day.hours[need].tolist()
        assert min(result.slack) >= 0
    assert day.hours["temporary_packers"].tolist() == day.hours["packers"].tolist()
    assert len(day.after_sales_rosters) == 3
    for d, result in zip((1, 2, 3), day.after_sales_rosters):
        assert result.required == day.after_sales.loc[day.after_sales["day"] == d,
                                                      "cs_agents"].tolist()
    assert day.temporary_staff_cost == (day.cs_roster.cost + day.packing_roster.cost
                                        + day.after_sales_cost)


def test_the_stores_own_people_pack_before_temporary_packers_are_hired():
    """000 ch.3: 其他部门留下必要人员, 以部门为单位分别分配到扫描/打单/配货/打包等岗位."""
    plan = storeops.presets.tmall_2014()
    month = 10  # 2014-11: 双11 in the plan's calendar
    staff = storeops.simulate(plan, months=month).staff(month)
    own = sum(n - 1 for d, n in staff.items() if d != "customer_service" and n > 0)
    assert readiness.own_packers(plan, month) == own > 0
    day = storeops.campaign_day(plan, day_visitors=200_000, month=month)
    assert day.own_packers == own
    hours = day.hours
    for h in range(24):
        own_now = own if 9 <= h < 18 else 0
        assert hours["temporary_packers"][h] == max(0, hours["packers"][h] - own_now)
    assert day.packing_roster.required == hours["temporary_packers"].tolist()
    hired = storeops.campaign_day(plan, day_visitors=200_000, month=month, own_packers=0)
    assert hired.packing_roster.cost > day.packing_roster.cost  # own people save the day's pay


def test_the_three_after_sales_days():
    """000 ch.3: 活动后3天为售后高峰, 安排售后人员上夜班."""
    plan = storeops.presets.tmall_2014()
    day = storeops.campaign_day(plan, day_visitors=200_000, month="双11")
    after = day.after_sales
    assert list(after.columns) == ["day", "hour", "contacts", "cs_agents"]
    assert len(after) == 72 and after["day"].tolist() == [1] * 24 + [2] * 24 + [3] * 24
    orders = day.hours["orders"].sum()
    shares = plan.campaign_day.after_sales_days
    for d in (1, 2, 3):
        contacts = after.loc[after["day"] == d, "contacts"].sum()
        assert contacts == pytest.approx(orders * 0.15 * shares[d - 1])
    assert after.loc[after["day"] == 1, "cs_agents"].sum() >= after.loc[after["day"] == 3,
                                                                        "cs_agents"].sum()
    direct = readiness.after_sales_hours(plan, day_orders=orders)
    assert direct.equals(after)
    with pytest.raises(storeops.Error, match=r"hourly_share"):
        readiness.after_sales_hours(plan, day_orders=orders,
                                                      hourly_share=[1 / 24] * 23 + [0.5])
    plan.campaign_day.after_sales_share = 0
    assert readiness.after_sales_hours(plan, day_orders=orders)[
        "cs_agents"].sum() == 0
