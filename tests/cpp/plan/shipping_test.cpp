#define BOOST_TEST_MODULE shipping
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <storeops/plan/presets.hpp>
#include <storeops/plan/shipping.hpp>

using namespace storeops;
using storeops::testing::message_of;
using namespace std::chrono;

BOOST_AUTO_TEST_CASE(the_shipping_rule_of_seed_004) {
  const ShippingRules rules;  // 15:00 cutoff, 24 hours
  BOOST_TEST(rules.cutoff_hour == 15);
  BOOST_TEST(rules.ship_within_hours == 24);
  const Seconds day = days_since_epoch(2014y / September / 22) * 86'400;
  const Seconds paid = day + 14 * 3600 + 59 * 60;  // 14:59
  BOOST_TEST(to_string(rules.batch_day(paid)) == "2014-09-22");
  BOOST_TEST(to_string(rules.batch_day(day + 15 * 3600)) == "2014-09-23");  // from 15:00: next day
  BOOST_TEST(rules.lateness(paid, paid + 24 * 3600, 0) == 0);
  BOOST_TEST(rules.lateness(paid, paid + 30 * 3600, 0) == 6 * 3600);
  // not shipped: judged when the records end
  BOOST_TEST(rules.lateness(paid, -1, paid + 26 * 3600) == 2 * 3600);
  BOOST_TEST(rules.lateness(paid, -1, paid + 3600) == 0);
  Plan plan = presets::tmall_2014();
  plan.shipping.cutoff_hour = 24;
  BOOST_TEST(message_of([&] { plan.validate(); }) ==
             "shipping.cutoff_hour must be an hour of the day, 0..23, got 24");
}
