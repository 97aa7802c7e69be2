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
