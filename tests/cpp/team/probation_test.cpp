#define BOOST_TEST_MODULE probation
#include <boost/test/unit_test.hpp>
#include <storeops/plan/plan_json.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/simulation/monte_carlo.hpp>
#include <storeops/simulation/simulate.hpp>
#include <storeops/team/probation.hpp>

#include "../message_of.hpp"

using namespace storeops;
using namespace storeops::literals;
using storeops::testing::message_of;

BOOST_AUTO_TEST_CASE(the_preset_puts_customer_service_on_half_a_month_at_full_pay) {
  const Plan plan = presets::tmall_2014();
  BOOST_TEST(plan.probation.days[index(Role::cs_agent)] == 15.0);
  BOOST_TEST(plan.probation.days[index(Role::cs_manager)] == 15.0);
  BOOST_TEST(plan.probation.days[index(Role::designer)] == 0.0);
  BOOST_TEST(plan.probation.pay_share == 1.0);
  BOOST_TEST(plan.probation.failure_rate.value == 0.0);
  // full pay and no failures: the published figures stand
  const auto r = simulate(plan);
  BOOST_TEST(r.payback_month.value_or(0) == 34);
  BOOST_TEST(r.months[35].cumulative_cash == Money::from_yuan(214'740.94));
}

BOOST_AUTO_TEST_CASE(a_hire_month_pays_probation_and_failures_to_the_fen) {
  const Plan plan = presets::tmall_2014();
  ProbationPolicy p = plan.probation;
  p.pay_share = 0.8;
  Headcount before, after;
  after.add(Role::cs_agent, 3);  // 3 hires at base ¥2,000, 15 days at 80%: 3 × 2,000 × 0.5 × −0.2
  BOOST_TEST(p.hire_month_cost(plan.pay, before, after, 0.0) == Money::from_yuan(-600));
  // a fifth fail: + 3 × 2,000 × 0.5 × 0.2 × 0.8
  BOOST_TEST(p.hire_month_cost(plan.pay, before, after, 0.2) == Money::from_yuan(-600 + 480));
  // a team that shrinks hires nobody
  BOOST_TEST(p.hire_month_cost(plan.pay, after, before, 0.2) == Money());
  // a person on probation is paid 80% of base for 15 of 30 days: 90% of the month's base
  BOOST_TEST(p.base_share(Role::cs_agent) == 0.9);
  BOOST_TEST(p.base_share(Role::designer) == 1.0);  // no probation days
}

BOOST_AUTO_TEST_CASE(the_simulation_pays_probation_in_each_hire_month) {
  const Plan base = presets::tmall_2014();
  Plan plan = base;
  plan.probation.pay_share = 0.8;
  plan.probation.failure_rate = Uncertain{0.1};
  const auto a = simulate(base), b = simulate(plan);
  Headcount before;
  Money total;
  for (std::size_t t = 0; t < a.months.size(); ++t) {
    const Money cost = plan.probation.hire_month_cost(plan.pay, before, a.months[t].staff, 0.1);
    BOOST_TEST(b.months[t].payroll == a.months[t].payroll + cost, "month " << t + 1);
    total += cost;
    before = a.months[t].staff;
  }
  BOOST_TEST(total != Money());  // the preset hires: probation changed something
  BOOST_TEST(b.months[35].cumulative_cash == a.months[35].cumulative_cash - total);
}

BOOST_AUTO_TEST_CASE(a_monte_carlo_samples_the_failure_rate_from_its_own_stream) {
  Plan plan = presets::tmall_2014();
  plan.probation.pay_share = 0.8;
  Plan uncertain = plan;
  uncertain.probation.failure_rate = Uncertain{0.2, Distribution::uniform, 0, 0, 0.4};
  MonteCarloOptions o;
  o.runs = 64;
  o.months = 36;
  o.seed = 7;
  o.threads = 1;
  const auto fixed = monte_carlo(plan, o), sampled = monte_carlo(uncertain, o);
  // the market draws are the same futures; only the payroll of hire months moves
  BOOST_TEST((fixed.column("revenue") == sampled.column("revenue")));
  const auto& pa = fixed.column("payroll");
  const auto& pb = sampled.column("payroll");
  bool moved = false;
  for (Eigen::Index i = 0; i < pa.rows(); ++i) moved = moved || pa.row(i) != pb.row(i);
  BOOST_TEST(moved);
  // and each run's failure rate is its own: two runs' payroll differences differ
  BOOST_TEST(draw_of(uncertain, 7, 0).probation_failure != draw_of(uncertain, 7, 1).probation_failure);
  BOOST_TEST(draw_of(uncertain, 7, 3).probation_failure == draw_of(uncertain, 7, 3).probation_failure);
  BOOST_TEST(std::isnan(draw_of(uncertain, std::nullopt).probation_failure));
}

BOOST_AUTO_TEST_CASE(bad_probation_names_the_field_and_the_value) {
  Plan plan = presets::tmall_2014();
  plan.probation.days[index(Role::cs_agent)] = 45;
  BOOST_TEST(message_of([&] { plan.validate(); }) ==
             "probation.days.cs_agent must be days in 0..30 (a probation runs within the month of "
             "hire), got 45");
  plan = presets::tmall_2014();
  plan.probation.pay_share = 1.5;
  BOOST_TEST(message_of([&] { plan.validate(); }).starts_with("probation.pay_share"));
  plan = presets::tmall_2014();
  plan.probation.failure_rate = Uncertain{1.5};
  BOOST_TEST(message_of([&] { plan.validate(); }).starts_with("probation.failure_rate"));
  plan = presets::tmall_2014();
  plan.probation.pay_share = 0.7;
  const Plan back = plan_from_json(plan_to_json(plan));
  BOOST_TEST((back.probation == plan.probation));
}
