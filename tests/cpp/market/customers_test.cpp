#define BOOST_TEST_MODULE customers
#include <boost/test/unit_test.hpp>
#include <storeops/market/customers.hpp>
#include <storeops/plan/presets.hpp>

using namespace storeops;
using namespace storeops::literals;
using namespace std::chrono;

BOOST_AUTO_TEST_CASE(members_and_retention) {
  const auto tiers = presets::member_tiers_2014();
  BOOST_TEST(member_tier(tiers, 999_yuan).name == "normal");
  BOOST_TEST(member_tier(tiers, 1'000_yuan).name == "senior");
  BOOST_TEST(member_tier(tiers, 3'000_yuan).price_share == 0.8);   // 001: VIP 8折
  BOOST_TEST(member_tier(tiers, 10'000_yuan).name == "lifetime");
  BOOST_TEST(member_tier(tiers, 10'000_yuan).price_share == 0.7);  // 004: 终生本店7折
  const auto s = sbg_retention(1.0, 1.0, 3);  // S(t) = 1/(t+1)
  BOOST_TEST(s[1] == 0.5);
  BOOST_TEST(s[3] == 0.25);
  BOOST_CHECK_THROW(sbg_retention(0, 1, 3), Error);
}

BOOST_AUTO_TEST_CASE(reactivation_six_months_001) {
  const sys_days promo = 2014y / 11 / 11;
  const std::vector<CustomerRecord> customers = {
      {"a", sys_days(2014y / 5 / 11)},   // exactly six months: silent
      {"b", sys_days(2014y / 5 / 12)},   // a day short
      {"c", sys_days(2013y / 12 / 1)},
  };
  const auto plan = reactivation_plan(customers, promo);
  BOOST_TEST(plan.size() == 2u);
  BOOST_TEST(plan[0].id == "a");
  BOOST_TEST((plan[0].reminder == sys_days(2014y / 11 / 4)));
  BOOST_TEST((plan[0].offer_from == sys_days(2014y / 11 / 9)));
  BOOST_TEST((plan[0].offer_to == sys_days(2014y / 11 / 10)));
  BOOST_TEST(plan[1].id == "c");
  BOOST_CHECK_THROW(reactivation_plan(std::vector<CustomerRecord>{{"d", sys_days(2015y / 1 / 1)}}, promo),
                    Error);
}

