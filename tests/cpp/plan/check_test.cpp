#define BOOST_TEST_MODULE check
#include <boost/test/unit_test.hpp>
#include <storeops/plan/check.hpp>
#include <storeops/plan/presets.hpp>

using namespace storeops;
using namespace storeops::literals;

BOOST_AUTO_TEST_CASE(plan_check_names_every_seed_contradiction) {
  const auto findings = check(presets::tmall_2014());
  auto has = [&](const std::string& code, const std::string& text) {
    for (const auto& f : findings)
      if (f.code == code && f.message.find(text) != std::string::npos) return true;
    return false;
  };
  BOOST_TEST(has("seed_correction", "800,000"));
  BOOST_TEST(has("seed_correction", "400,000"));
  BOOST_TEST(has("seed_correction", "160,000"));
  BOOST_TEST(has("personnel_share", "6.0%-7.0%"));
  BOOST_TEST(has("tier_total", "16,500"));
  BOOST_TEST(has("no_minimum_wage", "minimum wage"));
  BOOST_TEST(has("stage_hires", "launch"));
  BOOST_TEST(!has("negative_net_margin", ""));
  auto plan = presets::tmall_2014();
  plan.costs.promotion = 0.5;
  BOOST_TEST(check_costs(plan.costs).at(0).code == "negative_net_margin");
}

BOOST_AUTO_TEST_CASE(the_check_holds_the_simulated_store_to_the_daily_order_targets) {
  // 002 篇3: 30 orders a day from 2014-03, 50 after 双12, the final goal 200
  Plan plan = presets::tmall_2014();
  BOOST_TEST(plan.targets.daily_orders.size() == 2u);
  BOOST_TEST(plan.targets.orders_per_day_on(Date{std::chrono::year(2014), std::chrono::month(2),
                                                 std::chrono::day(28)}) == 0.0);
  BOOST_TEST(plan.targets.orders_per_day_on(Date{std::chrono::year(2014), std::chrono::month(12),
                                                 std::chrono::day(13)}) == 50.0);
  const auto findings = check_order_targets(plan);
  BOOST_REQUIRE(findings.size() == 1u);  // the store reaches 200 a day in a campaign month
  BOOST_TEST(findings[0].code == "order_targets");
  BOOST_TEST(findings[0].source == "002 篇3");
  BOOST_TEST(findings[0].message.find("in 11 of 36 months: month 2 (2014-03) 7.8 against 30.0") !=
             std::string::npos);
  // each month held to the target on its first day
  const auto sim = simulate(plan);
  int short_months = 0;
  for (const auto& m : sim.months)
    short_months += m.orders_per_day <
                    plan.targets.orders_per_day_on(add_months(plan.market.start_date, m.month - 1));
  BOOST_TEST(short_months == 11);
  plan.targets.final_orders_per_day = 5'000;
  const auto more = check_order_targets(plan);
  BOOST_REQUIRE(more.size() == 2u);
  BOOST_TEST(more[1].code == "final_order_target");
  // out of order dates are refused, naming the field
  plan.targets.daily_orders[1].from = plan.targets.daily_orders[0].from;
  BOOST_CHECK_THROW(plan.validate(), Error);
}
