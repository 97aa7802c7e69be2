#define BOOST_TEST_MODULE pay
#include <boost/test/unit_test.hpp>
#include <storeops/team/payroll.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/core/random.hpp>

using namespace storeops;
using namespace storeops::literals;

namespace {
PayInputs sales(Money personal) {
  PayInputs in;
  in.personal_sales = personal;
  return in;
}
}  // namespace

BOOST_AUTO_TEST_CASE(worked_example_rating_unchanged) {
  const auto pay = presets::tmall_2014().pay;
  const Payslip p = pay.payslip(Role::cs_agent, sales(300'000_yuan));
  BOOST_TEST(p.base == 2'000_yuan);
  BOOST_TEST(p.commission == 600_yuan);
  BOOST_TEST(p.bonus == 500_yuan);
  BOOST_TEST(p.deductions == 0_yuan);
  BOOST_TEST(p.total == 3'100_yuan);
}

BOOST_AUTO_TEST_CASE(the_python_shaped_call_gives_the_same_payslips) {
  const auto plan = presets::tmall_2014();
  BOOST_TEST(plan.pay.payslip(Role::cs_agent, 300'000_yuan).total == 3'100_yuan);
  BOOST_TEST(plan.pay.payslip(Role::cs_agent, 300'000_yuan, {}, {}, 2, 1, 4.6 - 4.7).total ==
             2'400_yuan);
  BOOST_TEST(plan.pay.payslip(Role::merchandiser).total == 3'000_yuan);
}

BOOST_AUTO_TEST_CASE(worked_example_penalties_and_a_float_rating_step) {
  const auto pay = presets::tmall_2014().pay;
  PayInputs in = sales(300'000_yuan);
  in.neutral_reviews = 2;
  in.negative_reviews = 1;
  in.rating_change = 4.6 - 4.7;  // -0.0999..., a full tenth down
  const Payslip p = pay.payslip(Role::cs_agent, in);
  BOOST_TEST(p.bonus == 0_yuan);
  BOOST_TEST(p.deductions == 200_yuan);
  BOOST_TEST(p.commission == 600_yuan);
  BOOST_TEST(p.total == 2'400_yuan);
  BOOST_TEST(p.explanation().find("rating down 1 full tenth(s)") != std::string::npos);
  BOOST_TEST(p.explanation().find("deducted from base pay: -¥200.00") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rating_steps_count_full_tenths) {
  const auto pay = presets::tmall_2014().pay;
  auto bonus = [&](double change) {
    PayInputs in;
    in.rating_change = change;
    const auto p = pay.payslip(Role::cs_agent, in);
    return p.bonus - p.deductions;
  };
  BOOST_TEST(bonus(4.8 - 4.7) == 600_yuan);
  BOOST_TEST(bonus(4.9 - 4.7) == 700_yuan);
  BOOST_TEST(bonus(0.05) == 500_yuan);  // not a full tenth
  BOOST_TEST(bonus(4.5 - 4.7) == 100_yuan);
  BOOST_TEST(bonus(4.7 - 4.7) == 500_yuan);
  BOOST_TEST(bonus(4.0 - 4.7) == -900_yuan);  // 500 - 7 * 200
}

BOOST_AUTO_TEST_CASE(leads_earn_on_team_sales_indirect_roles_from_the_pool) {
  const auto pay = presets::tmall_2014().pay;
  PayInputs lead;
  lead.team_sales = 500'000_yuan;
  BOOST_TEST(pay.payslip(Role::cs_lead, lead).total == (2'500_yuan + 1'000_yuan + 500_yuan));
  PayInputs designer;
  designer.pool_share = Money::from_yuan(123.45);
  const auto d = pay.payslip(Role::designer, designer);
  BOOST_TEST(d.commission == Money::from_yuan(123.45));
  BOOST_TEST(d.total == Money::from_yuan(3'123.45));
  BOOST_TEST(pay.payslip(Role::merchandiser, PayInputs{}).total == 3'000_yuan);
  BOOST_TEST(pay.payslip(Role::senior_designer, PayInputs{}).base == 4'000_yuan);
}

BOOST_AUTO_TEST_CASE(inputs_a_role_does_not_use_are_errors) {
  const auto pay = presets::tmall_2014().pay;
  BOOST_CHECK_THROW(pay.payslip(Role::designer, sales(1_yuan)), Error);
  PayInputs team;
  team.team_sales = 1_yuan;
  BOOST_CHECK_THROW(pay.payslip(Role::cs_agent, team), Error);
  PayInputs pool;
  pool.pool_share = 1_yuan;
  BOOST_CHECK_THROW(pay.payslip(Role::merchandiser, pool), Error);
  PayInputs reviews;
  reviews.negative_reviews = 1;
  BOOST_CHECK_THROW(pay.payslip(Role::planner, reviews), Error);
  BOOST_CHECK_THROW(pay.payslip(Role::cs_agent, sales(-1_yuan)), Error);
  PayInputs bad;
  bad.neutral_reviews = -1;
  BOOST_CHECK_THROW(pay.payslip(Role::cs_agent, bad), Error);
  bad = {};
  bad.rating_change = std::nan("");
  BOOST_CHECK_THROW(pay.payslip(Role::cs_agent, bad), Error);
}

BOOST_AUTO_TEST_CASE(minimum_wage_floor) {
  auto pay = presets::tmall_2014().pay;
  pay.set_minimum_wage(2'200_yuan);
  PayInputs in;
  in.negative_reviews = 3;  // 500 - 900 = -400: total 1,600 before the floor
  const auto p = pay.payslip(Role::cs_agent, in);
  BOOST_TEST(p.minimum_wage_top_up == 600_yuan);
  BOOST_TEST(p.total == 2'200_yuan);
  BOOST_CHECK_THROW(pay.set_minimum_wage(-1_yuan), Error);
}

BOOST_AUTO_TEST_CASE(kpi_multipliers_are_data) {
  auto pay = presets::tmall_2014().pay;
  pay.set_kpi_multipliers({{Department::customer_service, "reply_rate", true, 0.9, 0.5, "commission"}});
  PayInputs in = sales(300'000_yuan);
  in.kpis["reply_rate"] = 0.85;
  BOOST_TEST(pay.payslip(Role::cs_agent, in).commission == 300_yuan);
  in.kpis["reply_rate"] = 0.95;
  BOOST_TEST(pay.payslip(Role::cs_agent, in).commission == 600_yuan);
  BOOST_CHECK_THROW(
      pay.set_kpi_multipliers({{Department::customer_service, "ctr", true, 0.9, 0.5, "commission"}}),
      Error);
  in.kpis["roi"] = 1;
  BOOST_CHECK_THROW(pay.payslip(Role::cs_agent, in), Error);
}

BOOST_AUTO_TEST_CASE(payroll_pays_every_person_and_splits_the_pool_to_the_fen) {
  const auto plan = presets::tmall_2014();
  const Headcount staff = plan.staffing.headcount(60'000_yuan, 160);  // 9 people
  PayrollInputs in;
  in.customer_service_sales = 400'000_yuan;
  in.silent_sales = Money::from_yuan(100'000.07);  // pool 1,000.0007 -> ¥1,000.00
  in.store_revenue = 600'000_yuan;
  const Payroll pr = payroll(plan.pay, staff, in);
  BOOST_TEST(pr.people.size() == 9u);
  BOOST_TEST(pr.pool == 1'000_yuan);
  BOOST_TEST(pr.pool_paid == pr.pool);  // design 1 + promotion 2 + logistics 2 = 5 members
  Money sum;
  for (const auto& e : pr.people) sum += e.slip.total;
  BOOST_TEST(sum == pr.total);
  // Agents sell 133,333.34 + 133,333.33 + 133,333.33; each commission rounds once per line
  // to ¥266.67, so the three make ¥800.01. The lead: 2,500 + 0.2% of 400,000 + 500.
  BOOST_TEST(pr.people[0].slip.commission == Money::from_yuan(266.67));
  BOOST_TEST(pr.by_department[index(Department::customer_service)] ==
             3 * (2'000_yuan + 500_yuan) + Money::from_yuan(800.01) + 3'800_yuan);
  BOOST_TEST(pr.by_department[index(Department::design)] == 3'200_yuan);
  BOOST_TEST(pr.payroll_to_revenue() == ratio(pr.total, 600'000_yuan));
}

BOOST_AUTO_TEST_CASE(payroll_rejects_inconsistent_figures) {
  const auto plan = presets::tmall_2014();
  const Headcount staff = plan.staffing.headcount(60'000_yuan, 20);  // 2 agents + 1 lead
  PayrollInputs in;
  in.agent_sales = {1_yuan};
  BOOST_CHECK_THROW(payroll(plan.pay, staff, in), Error);
  in.agent_sales = {1_yuan, 2_yuan};
  in.customer_service_sales = 3_yuan;
  BOOST_CHECK_THROW(payroll(plan.pay, staff, in), Error);
  in = {};
  in.negative_reviews = {1, 0};
  BOOST_CHECK_THROW(payroll(plan.pay, staff, in), Error);
  in.negative_reviews = {1, 0, 2};  // agent, agent, lead
  const auto pr = payroll(plan.pay, staff, in);
  BOOST_TEST(pr.people[0].slip.bonus == 200_yuan);
  BOOST_TEST(pr.people[2].slip.role == Role::cs_lead);
  BOOST_TEST(pr.people[2].slip.deductions == 100_yuan);
}

BOOST_AUTO_TEST_CASE(pay_rules_validate) {
  auto pay = presets::tmall_2014().pay;
  auto agent = pay.role(Role::cs_agent);
  agent.commission_rate = 1.5;
  BOOST_CHECK_THROW(pay.set_role(agent), Error);
  BOOST_TEST(pay.role(Role::cs_agent).commission_rate == 0.002);
  auto merch = pay.role(Role::merchandiser);
  merch.commission = CommissionBasis::pool;
  BOOST_CHECK_THROW(pay.set_role(merch), Error);
  auto planner = pay.role(Role::planner);
  planner.rating_bonus = true;
  BOOST_CHECK_THROW(pay.set_role(planner), Error);
  BOOST_CHECK_THROW(pay.set_pool_rate(-0.1), Error);
  agent.commission_rate = 0.003;  // a reform: 0.3%
  pay.set_role(agent);
  BOOST_TEST(pay.payslip(Role::cs_agent, sales(300'000_yuan)).commission == 900_yuan);
}

BOOST_AUTO_TEST_CASE(payroll_total_by_roles_equals_the_payslips) {
  const auto plan = presets::tmall_2014();
  auto floored = plan.pay;
  floored.set_minimum_wage(2'300_yuan);  // takes the person-by-person path
  Rng rng(3, 0);
  for (int k = 0; k < 2000; ++k) {
    const Headcount staff = plan.staffing.headcount(Money::from_fen(std::int64_t(rng.uniform() * 2e7)),
                                                    rng.uniform() * 300);
    const Money cs = Money::from_fen(std::int64_t(rng.uniform() * 5e7));
    const Money silent = Money::from_fen(std::int64_t(rng.uniform() * 5e7));
    const long neutral = long(rng.uniform() * 40), negative = long(rng.uniform() * 20);
    const double change = (std::floor(rng.uniform() * 9) - 4) / 10.0;
    const PayPolicy* pays[] = {&plan.pay, &floored};
    for (const PayPolicy* pay : pays) {
      int people = 0;
      for (auto r : {Role::cs_agent, Role::cs_lead, Role::cs_manager}) people += staff.count(r);
      PayrollInputs in;
      in.customer_service_sales = cs;
      in.silent_sales = silent;
      in.neutral_reviews = deal_reviews(neutral, people);
      in.negative_reviews = deal_reviews(negative, people);
      in.rating_change = change;
      BOOST_TEST(payroll_total(*pay, staff, cs, silent, neutral, negative, change) ==
                 payroll(*pay, staff, in).total);
      BOOST_TEST(payroll_total_per_person(*pay, staff, cs, silent, neutral, negative, change) ==
                 payroll(*pay, staff, in).total);
    }
  }
}
