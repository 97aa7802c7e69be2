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

