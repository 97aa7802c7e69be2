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
  // 002 篇3: 30 orders a day from the store's second month, 50 after 双12, the final goal 200
  using std::chrono::day;
  using std::chrono::month;
  using std::chrono::year;
  Plan plan = presets::tmall_2014();
  const Date opening = plan.market.start_date;
  BOOST_TEST(plan.targets.daily_orders.size() == 2u);
  BOOST_TEST(plan.targets.daily_orders[0].assumed);
  BOOST_TEST(to_string(plan.targets.daily_orders[0].first_day(opening)) == "2014-03-01");
  BOOST_TEST(to_string(plan.targets.daily_orders[1].first_day(opening)) == "2014-12-13");
  BOOST_TEST(plan.targets.orders_per_day_on(opening, Date{year(2014), month(2), day(28)}) == 0.0);
  BOOST_TEST(plan.targets.orders_per_day_on(opening, Date{year(2014), month(12), day(12)}) == 30.0);
  BOOST_TEST(plan.targets.orders_per_day_on(opening, Date{year(2014), month(12), day(13)}) == 50.0);
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
                    plan.targets.orders_per_day_on(opening, add_months(opening, m.month - 1));
  BOOST_TEST(short_months == 11);
  plan.targets.final_orders_per_day = 5'000;
  const auto more = check_order_targets(plan);
  BOOST_REQUIRE(more.size() == 2u);
  BOOST_TEST(more[1].code == "final_order_target");
  // a store that opens a year later is held to the targets a year later
  Plan later = presets::tmall_2014();
  later.market.start_date = Date{year(2015), month(2), day(1)};
  BOOST_TEST(later.targets.orders_per_day_on(later.market.start_date,
                                             Date{year(2014), month(12), day(13)}) == 0.0);
  BOOST_TEST(later.targets.orders_per_day_on(later.market.start_date,
                                             Date{year(2015), month(12), day(13)}) == 50.0);
  BOOST_TEST(check_order_targets(later).at(0).message.find("month 2 (2015-03) 7.8 against 30.0") !=
             std::string::npos);
  // out of order positions are refused, naming the field
  plan.targets.daily_orders[1].month = plan.targets.daily_orders[0].month;
  plan.targets.daily_orders[1].day = plan.targets.daily_orders[0].day;
  try {
    plan.validate();
    BOOST_FAIL("validate accepted two targets on the same day");
  } catch (const Error& e) {
    BOOST_TEST(std::string(e.what()).find("targets.daily_orders[1].month") != std::string::npos);
  }
}
