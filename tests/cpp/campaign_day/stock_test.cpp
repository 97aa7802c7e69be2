#define BOOST_TEST_MODULE stock
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <storeops/campaign_day/stock.hpp>
#include <storeops/simulation/simulate.hpp>
#include <storeops/plan/plan_json.hpp>
#include <storeops/plan/presets.hpp>

using namespace storeops;
using storeops::testing::message_of;

BOOST_AUTO_TEST_CASE(stock_splits_by_role_with_safety_and_a_third_prepacked) {
  const Plan plan = presets::tmall_2014();
  const auto s = campaign_stock(plan, 1000, 1.5);  // 1,500 units forecast
  BOOST_TEST((s.lines[2].role == ProductRole::campaign));
  BOOST_TEST(s.lines[2].forecast_units == 900.0);
  BOOST_TEST(s.lines[2].units == 1080);           // 900 x 1.2
  BOOST_TEST(s.lines[2].prepacked_boxes == 300);  // a third of 900
  BOOST_TEST(s.lines[0].units == 450);            // 375 x 1.2
  BOOST_TEST(s.lines[0].prepacked_boxes == 125);
  BOOST_TEST(s.lines[1].units == 270);
  BOOST_TEST(s.lines[3].units == 0);
  BOOST_TEST(s.units == 1080 + 450 + 270);
  BOOST_TEST(s.prepacked_boxes == 300 + 125 + 75);
  BOOST_TEST(campaign_stock(plan, 1000, 1.5, 0.0).units == 1500);
  BOOST_TEST(message_of([&] { campaign_stock(plan, -1, 1); }) == "day_orders must be a finite number >= 0, got -1");
  BOOST_TEST(message_of([&] { campaign_stock(plan, 1, 0); }) == "units_per_order must be a finite number > 0, got 0");
}

BOOST_AUTO_TEST_CASE(campaign_day_data_round_trips_and_is_checked_in_the_plan_file) {
  Plan plan = presets::tmall_2014();
  plan.campaign_day.packs_per_hour = 42;
  plan.campaign_day.cs_shifts.push_back({5, 10, Money::from_yuan(321.5), "长班"});
  BOOST_TEST((plan_from_json(plan_to_json(plan)) == plan));
  auto text = plan_to_json(plan);
  const auto at = text.find("\"ship_within_hours\": 0,");  // the campaign day's: the plan's rule
  BOOST_REQUIRE(at != std::string::npos);
  text.replace(at, 22, "\"ship_within_hours\": 30");
  BOOST_TEST(message_of([&] { plan_from_json(text); }) ==
             "plan.campaign_day.ship_within_hours must be in 0..24 hours (0: the plan's shipping "
             "rule), got 30");
}

BOOST_AUTO_TEST_CASE(a_campaign_months_temporary_staff_are_in_its_payroll_only_when_opted_in) {
  Plan plan = presets::tmall_2014();
  const auto before = simulate(plan, SimulationOptions{});
  for (auto& c : plan.market.campaigns)
    if (c.name == "双11") c.temporary_staff_cost = Money::from_yuan(5'000);
  const auto after = simulate(plan, SimulationOptions{});
  for (std::size_t t = 0; t < before.months.size(); ++t) {
    const bool nov = (plan.market.start_month() - 1 + int(t)) % 12 == 10;
    BOOST_TEST(after.months[t].payroll - before.months[t].payroll ==
               (nov ? Money::from_yuan(5'000) : Money()), "month " << t + 1);
    BOOST_TEST((after.months[t].staff == before.months[t].staff));
  }
}
