#define BOOST_TEST_MODULE restock
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <storeops/catalog/restock.hpp>
#include "report.hpp"

using namespace storeops;
using namespace storeops::testing;

BOOST_AUTO_TEST_CASE(restock_covers_lead_time_and_review_with_safety_stock) {
  Report r;
  std::vector<Item> items = {item("steady", false, 15), item("main", true, 10)};
  items[0].lead_time_days = 4;
  items[0].listed = items[1].listed = today - 200;
  for (Day d = today - 27; d <= today; ++d) r.add(0, d, 100, 3, (d % 2) ? 2 : 4);  // mean 3, sd ~1.02
  const Catalog c(items);
  RestockOptions o;
  const auto lines = restock(c, r.days(), today, o);
  const double sd = std::sqrt(28.0 / 27.0);
  BOOST_TEST(lines[0].daily_demand == 3.0);
  BOOST_TEST(std::abs(lines[0].demand_sd - sd) < 1e-12);
  BOOST_TEST(std::abs(lines[0].safety_stock - normal_quantile(0.95) * sd * 2.0) < 1e-12);
  BOOST_TEST(std::abs(lines[0].reorder_point - (12 + lines[0].safety_stock)) < 1e-12);
  BOOST_TEST(lines[0].order_quantity == std::int64_t(std::ceil(3.0 * 11 + lines[0].safety_stock - 15)));
  BOOST_TEST(lines[0].alert);  // 15 <= 12 + 3.4
  BOOST_TEST(std::abs(lines[0].days_of_cover - 15.0 / 3) < 1e-12);
  // a main item never falls below the seed's 30 units
  BOOST_TEST(lines[1].reorder_point == 30.0);
  BOOST_TEST(lines[1].order_quantity == 20);
  BOOST_TEST(std::isinf(lines[1].days_of_cover));
  // a campaign five days ahead is decided now; one ten days ahead is not yet
  o.campaign = CampaignAhead{today + 5, {100, 0}};
  BOOST_TEST(restock(c, r.days(), today, o)[0].order_quantity == lines[0].order_quantity + 100);
  o.campaign = CampaignAhead{today + 10, {100, 0}};
  BOOST_TEST(restock(c, r.days(), today, o)[0].order_quantity == lines[0].order_quantity);
}
