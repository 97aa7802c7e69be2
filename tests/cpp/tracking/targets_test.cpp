#define BOOST_TEST_MODULE targets
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <storeops/plan/presets.hpp>
#include <storeops/tracking/targets.hpp>

using namespace storeops;
using storeops::testing::message_of;
using namespace std::chrono;

BOOST_AUTO_TEST_CASE(the_plan_for_a_run_of_days_is_its_months_pro_rata) {
  const Plan plan = presets::tmall_2014();
  const SimulationResult sim = simulate(plan, {.months = 9});
  // March 2014 is plan month 2: the whole month is its record
  const DayFigures march = plan_for_days(plan, 2014y / March / 1, 2014y / March / 31);
  BOOST_TEST(march.revenue == sim.months[1].revenue);
  BOOST_TEST(march.visitors == sim.months[1].visitors, boost::test_tools::tolerance(1e-12));
  // a week across two months: each day its month's share, to the fen
  const DayFigures week = plan_for_days(plan, 2014y / September / 29, 2014y / October / 5);
  const Money expected = sim.months[7].revenue.times(2.0 / 30.0, "d") +
                         sim.months[8].revenue.times(5.0 / 31.0, "d");
  BOOST_TEST(week.revenue == expected);
  // the setup month and days before the plan sell nothing
  BOOST_TEST(plan_for_days(plan, 2014y / January / 1, 2014y / February / 28).revenue.fen() == 0);
  BOOST_TEST(message_of([&] { plan_for_days(plan, 2014y / March / 2, 2014y / March / 1); }) ==
             "plan_for_days: last must be on or after first 2014-03-02, got 2014-03-01");
}

BOOST_AUTO_TEST_CASE(catch_up_spreads_what_the_month_lacks_over_the_days_left) {
  const DayFigures plan{31'000, 620, Money::from_yuan(62'000)};
  const DayFigures done{10'000, 200, Money::from_yuan(20'000.10)};
  const DayFigures t = catch_up(plan, done, 21);
  BOOST_TEST(t.visitors == 1'000, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(t.orders == 20, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(t.revenue.fen() == 200'000);  // 4,199,990 fen / 21 = 199,999.52 -> to the fen
  // ahead of plan: nothing more is needed, never a negative target
  const DayFigures ahead = catch_up(plan, DayFigures{40'000, 700, Money::from_yuan(70'000)}, 5);
  BOOST_TEST(ahead.visitors == 0);
  BOOST_TEST(ahead.revenue.fen() == 0);
  BOOST_TEST(message_of([&] { catch_up(plan, done, 0); }) ==
             "catch_up: days_left must be >= 1, got 0");
}

