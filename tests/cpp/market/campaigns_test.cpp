#define BOOST_TEST_MODULE campaigns
#include <boost/test/unit_test.hpp>
#include <storeops/market/campaigns.hpp>
#include <storeops/plan/presets.hpp>

using namespace storeops;
using namespace storeops::literals;
using namespace std::chrono;

namespace {
const CampaignRule& rule(const std::string& name) {
  static const auto rules = presets::campaigns_2014();
  for (const auto& r : rules)
    if (r.name == name) return r;
  throw Error("no rule " + name);
}
// A shop and an item that pass every rule of 超优汇 exactly at its thresholds.
ShopFacts shop_at(std::int64_t points) { return {points, 0.98, true}; }
ItemFacts item_at() {
  ItemFacts i;
  i.sales = 10;
  i.reviews = 5;
  i.quantity = 100;
  i.price = 100_yuan;  // 100 × 100 = 10,000
  i.recorded_price = 200_yuan;
  i.market_average_price = 100_yuan;
  i.free_shipping = true;
  return i;
}
bool ok(const std::string& name, ShopFacts s, ItemFacts i) { return check_campaign(rule(name), s, i).eligible; }
}  // namespace

BOOST_AUTO_TEST_CASE(chaoyouhui_and_aigou_both_sides_of_each_threshold) {
  for (const char* name : {"超优汇", "爱购"}) {
    BOOST_TEST(ok(name, shop_at(251), item_at()));
    BOOST_TEST(!ok(name, shop_at(250), item_at()));  // 5 hearts, below 1 diamond
    auto s = shop_at(251);
    s.consumer_protection = false;
    BOOST_TEST(!ok(name, s, item_at()));
    auto i = item_at();
    i.sales = 9;
    BOOST_TEST(!ok(name, shop_at(251), i));
    i = item_at();
    i.reviews = 4;
    BOOST_TEST(!ok(name, shop_at(251), i));
    i = item_at();
    i.quantity = 99;  // 9,900 < 10,000
    BOOST_TEST(!ok(name, shop_at(251), i));
    i = item_at();
    i.free_shipping = false;
    BOOST_TEST(!ok(name, shop_at(251), i));
  }
}

BOOST_AUTO_TEST_CASE(duchangtuan_review_rate_and_price_share) {
  auto i = item_at();
  i.price = 100_yuan;
  i.recorded_price = 200_yuan;  // 50%: the upper edge
  BOOST_TEST(ok("独畅团", shop_at(251), i));
  i.recorded_price = Money::from_yuan(199.99);  // just over 50%
  BOOST_TEST(!ok("独畅团", shop_at(251), i));
  i.recorded_price = 1'000_yuan;  // 10%: the lower edge
  BOOST_TEST(ok("独畅团", shop_at(251), i));
  i.recorded_price = Money::from_yuan(1'000.01);  // under 10%
  BOOST_TEST(!ok("独畅团", shop_at(251), i));
  auto s = shop_at(251);
  s.good_review_rate = 0.9799;
  BOOST_TEST(!ok("独畅团", s, item_at()));
}

BOOST_AUTO_TEST_CASE(taojinbi) {
  auto i = item_at();
  i.sales = 50;
  i.quantity = 200;
  BOOST_TEST(ok("淘金币", shop_at(1001), i));
  BOOST_TEST(!ok("淘金币", shop_at(1000), i));
  auto j = i;
  j.sales = 49;
  BOOST_TEST(!ok("淘金币", shop_at(1001), j));
  j = i;
  j.quantity = 199;
  BOOST_TEST(!ok("淘金币", shop_at(1001), j));
  j = i;
  j.price = Money::from_yuan(100.01);  // above the market average
  BOOST_TEST(!ok("淘金币", shop_at(1001), j));
  j = i;
  j.reviews = 4;
  BOOST_TEST(!ok("淘金币", shop_at(1001), j));
}

BOOST_AUTO_TEST_CASE(tiantiantejia_level_window_and_quantity_window) {
  auto i = item_at();
  i.quantity = 50;
  BOOST_TEST(ok("天天特价", shop_at(41), i));     // 3 hearts
  BOOST_TEST(!ok("天天特价", shop_at(40), i));    // 2 hearts
  BOOST_TEST(ok("天天特价", shop_at(10'000), i)); // 5 diamonds
  BOOST_TEST(!ok("天天特价", shop_at(10'001), i)); // 1 crown
  i.quantity = 49;
  BOOST_TEST(!ok("天天特价", shop_at(41), i));
  i.quantity = 300;
  BOOST_TEST(ok("天天特价", shop_at(41), i));
  i.quantity = 301;
  BOOST_TEST(!ok("天天特价", shop_at(41), i));
  i.quantity = 100;
  i.sales = 9;
  BOOST_TEST(!ok("天天特价", shop_at(41), i));
}

BOOST_AUTO_TEST_CASE(fuyoushiyong) {
  auto i = item_at();
  i.quantity = 800;
  BOOST_TEST(ok("付邮试用", shop_at(251), i));
  i.quantity = 799;
  BOOST_TEST(!ok("付邮试用", shop_at(251), i));
  i.quantity = 800;
  BOOST_TEST(!ok("付邮试用", shop_at(250), i));
}

BOOST_AUTO_TEST_CASE(every_failed_condition_is_listed) {
  ItemFacts nothing;
  const auto e = check_campaign(rule("超优汇"), {0, 1.0, false}, nothing);
  BOOST_TEST(!e.eligible);
  BOOST_TEST(e.failed.size() == 6u);
  BOOST_TEST(e.failed[0].condition == "shop credit level");
  BOOST_TEST(e.failed[0].required == ">= 1 diamond");
  BOOST_TEST(e.failed[0].actual == "none (0 points)");
  auto bad = item_at();
  bad.sales = -1;
  BOOST_CHECK_THROW(check_campaign(rule("超优汇"), shop_at(251), bad), Error);
}

BOOST_AUTO_TEST_CASE(campaign_day_plan_000) {
  CampaignDayInputs in;
  in.normal_visitors = 2'000;
  in.normal_conversion = 0.02;
  in.average_order_value = 100_yuan;
  in.traffic_multiplier = 5;
  in.conversion_multiplier = 1.5;
  const auto p = plan_campaign_day(in);
  BOOST_TEST(p.visitors == 10'000.0);
  BOOST_TEST(p.orders == 300.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(p.revenue == 30'000_yuan);
  BOOST_TEST(p.stock_units == 360);
  BOOST_TEST(p.prepacked_boxes == 100);
  BOOST_TEST(p.peak_hour_inquiries == 240.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(p.agents == erlang::agents_required(240, 180, 0.8, 30, 3));
  in.conversion_multiplier = 100;
  BOOST_CHECK_THROW(plan_campaign_day(in), Error);
}
