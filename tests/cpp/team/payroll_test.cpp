#define BOOST_TEST_MODULE payroll
#include <boost/test/unit_test.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/team/payroll.hpp>

using namespace storeops;
using namespace storeops::literals;

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
