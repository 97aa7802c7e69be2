import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import storeops
from storeops import Money, presets


@pytest.fixture
def plan():
    return presets.tmall_2014()


def test_worked_example_rating_unchanged(plan):
    p = plan.pay.payslip("cs_agent", personal_sales=300_000)
    assert (p.base, p.commission, p.bonus, p.deductions, p.total) == (
        Money(2_000), Money(600), Money(500), Money(0), Money(3_100))
    assert all(isinstance(x, Money) for x in (p.base, p.commission, p.bonus, p.deductions, p.total))


def test_worked_example_penalties_with_a_float_rating_step(plan):
    p = plan.pay.payslip("cs_agent", personal_sales=300_000, neutral_reviews=2,
                         negative_reviews=1, rating_change=4.6 - 4.7)
    assert p.bonus == Money(0)
    assert p.deductions == Money(200)
    assert p.total == Money(2_400)
    text = p.explanation()
    assert "rating down 1 full tenth(s)" in text
    assert "2 neutral review(s) x -¥100.00: -¥200.00" in text
    frame = p.to_frame()
    assert frame["amount"].iloc[-1] == 2_400.0


@pytest.mark.parametrize(("change", "net"), [(4.8 - 4.7, 600), (4.9 - 4.7, 700), (0.05, 500),
                                             (4.5 - 4.7, 100), (0.0, 500)])
def test_rating_steps(plan, change, net):
    p = plan.pay.payslip("cs_agent", rating_change=change)
    assert p.bonus - p.deductions == Money(net)


def test_roles_and_pool(plan):
    assert plan.pay.payslip("cs_lead", team_sales=500_000).total == Money(4_000)
    assert plan.pay.payslip("designer", pool_share="123.45").total == Money("3123.45")
    assert plan.pay.payslip("merchandiser").total == Money(3_000)
    assert plan.pay.payslip("senior_designer").base == Money(4_000)
    assert plan.pay.role("cs_manager").commission == "team_sales"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [(dict(role="boss"), "unknown role 'boss'; valid roles: cs_agent"),
     (dict(role="designer", personal_sales=5), "personal_sales does not apply to designer"),
     (dict(role="cs_agent", team_sales=5), "team_sales does not apply to cs_agent"),
     (dict(role="merchandiser", pool_share=5), "pool_share does not apply to merchandiser"),
     (dict(role="planner", negative_reviews=1), "does not apply to planner"),
     (dict(role="cs_agent", personal_sales=-1), "personal_sales must be >= 0, got -¥1.00"),
     (dict(role="cs_agent", personal_sales=float("nan")), "personal_sales must be a finite number, got nan"),
     (dict(role="cs_agent", neutral_reviews=-1), "neutral_reviews must be a count >= 0, got -1"),
     (dict(role="cs_agent", rating_change=float("nan")), "rating_change must be a finite number, got nan"),
     (dict(role="cs_agent", kpis={"roi": 1.0}), "kpis.roi is not a KPI of customer_service")],
)
def test_bad_input_names_the_field(plan, kwargs, message):
    with pytest.raises(storeops.Error, match=message.replace("(", r"\(").replace(")", r"\)")):
        plan.pay.payslip(**kwargs)


def test_payroll(plan):
    team = plan.staffing.headcount(60_000, 160)
    pr = plan.pay.payroll(team, customer_service_sales=400_000, silent_sales=100_000,
                          store_revenue=600_000)
    assert len(pr) == 9
    assert pr.pool == Money(1_000) == pr.pool_paid
    assert pr.total == storeops.sum_money(s.total for s in pr.payslips)
    assert pr.by_department["design"] == Money(3_200)
    assert pr.by_department["customer_service"] == Money("12100.01")  # rounded once per line
    assert pr.payroll_to_revenue == pytest.approx(pr.total.fen / 60_000_000)
    frame = pr.to_frame()
    assert list(frame["role"]) == ["cs_agent"] * 3 + ["cs_lead", "promoter", "promoter", "designer",
                                                      "logistics_staff", "logistics_staff"]
    assert frame["total"].sum() == pytest.approx(pr.total.yuan)
    dept = storeops.pay.department_frame(pr)
    assert dept["share"].sum() == pytest.approx(1.0)


def test_payroll_checks_its_figures(plan):
    team = plan.staffing.headcount(60_000, 20)  # 2 agents, 1 lead, 3 indirect
    with pytest.raises(storeops.Error, match="agent_sales has 1 entries but the team has 2 cs_agents"):
        plan.pay.payroll(team, agent_sales=[100])
    with pytest.raises(storeops.Error, match="not both"):
        plan.pay.payroll(team, agent_sales=[1, 2], customer_service_sales=3)
    with pytest.raises(storeops.Error, match="negative_reviews has 2 entries"):
        plan.pay.payroll(team, negative_reviews=[1, 0])
    pr = plan.pay.payroll(team, agent_sales=[100_000, 50_000], negative_reviews=[1, 0, 2])
    assert [s.commission for s in pr.payslips[:3]] == [Money(200), Money(100), Money(300)]
    assert pr.payslips[2].deductions == Money(100)


def test_a_reform_side_by_side(plan):
    reform = presets.tmall_2014()
    reform.pay.update_role("cs_agent", commission_rate=0.003)
    team = plan.staffing.headcount(60_000, 160)
    figures = dict(customer_service_sales=300_000, silent_sales=100_000, store_revenue=600_000)
    table = storeops.pay.compare(plan.pay.payroll(team, **figures),
                                 reform.pay.payroll(team, **figures), labels=("seed", "0.3%"))
    assert list(table.columns) == ["person", "role", "seed", "0.3%", "difference"]
    assert list(table["difference"][:3]) == [100.0, 100.0, 100.0]  # 0.1% of 100,000 each
    assert table["difference"].iloc[-1] == 300.0
    with pytest.raises(ValueError, match="unknown RolePay field"):
        reform.pay.update_role("cs_agent", comission_rate=0.003)
    with pytest.raises(storeops.Error, match="commission_rate must be a rate"):
        reform.pay.update_role("cs_agent", commission_rate=3)
    assert reform.pay.role("cs_agent").commission_rate == 0.003


def test_minimum_wage_and_kpi_multipliers(plan):
    plan.pay.minimum_wage = 2_200
    p = plan.pay.payslip("cs_agent", negative_reviews=3)
    assert (p.minimum_wage_top_up, p.total) == (Money(600), Money(2_200))
    assert "no_minimum_wage" not in [f.code for f in storeops.check(plan)]
    plan.pay.kpi_multipliers = [storeops.KpiMultiplier(department="customer_service",
                                                       kpi="reply_rate", threshold=0.9, factor=0.5)]
    assert plan.pay.payslip("cs_agent", personal_sales=300_000, kpis={"reply_rate": 0.85}).commission == Money(300)
    assert plan.pay.payslip("cs_agent", personal_sales=300_000, kpis={"reply_rate": 0.95}).commission == Money(600)
    with pytest.raises(storeops.Error, match="'ctr' is not a KPI of customer_service"):
        plan.pay.kpi_multipliers = [storeops.KpiMultiplier(department="customer_service", kpi="ctr",
                                                           threshold=0.9, factor=0.5)]


@settings(max_examples=150, deadline=None)
@given(cs1=st.integers(0, 10**8), cs2=st.integers(0, 10**8), s1=st.integers(0, 10**8),
       s2=st.integers(0, 10**8))
def test_payroll_is_monotone_in_sales(cs1, cs2, s1, s2):
    plan = presets.tmall_2014()
    team = plan.staffing.headcount(120_000, 260)
    lo = plan.pay.payroll(team, customer_service_sales=Money.from_fen(min(cs1, cs2)),
                          silent_sales=Money.from_fen(min(s1, s2)))
    hi = plan.pay.payroll(team, customer_service_sales=Money.from_fen(max(cs1, cs2)),
                          silent_sales=Money.from_fen(max(s1, s2)))
    assert lo.total <= hi.total
    assert all(a.total <= b.total for a, b in zip(lo.payslips, hi.payslips))
