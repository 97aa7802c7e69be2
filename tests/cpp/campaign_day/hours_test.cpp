#define BOOST_TEST_MODULE hours
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <numeric>
#include <storeops/campaign_day/hours.hpp>
#include <storeops/plan/presets.hpp>

using namespace storeops;
using storeops::testing::message_of;

BOOST_AUTO_TEST_CASE(the_assumed_profile_sums_to_one_and_peaks_after_midnight) {
  const auto& s = assumed_campaign_hourly_share;
  BOOST_TEST(std::abs(std::accumulate(s.begin(), s.end(), 0.0) - 1.0) < 1e-12);
  BOOST_TEST(*std::max_element(s.begin(), s.end()) == s[0]);
  // the evening rush: more than the afternoon
  BOOST_TEST(s[22] > 1.5 * s[15]);
}

BOOST_AUTO_TEST_CASE(each_hour_is_the_funnel_and_erlang_c_of_its_visitors) {
  const Plan plan = presets::tmall_2014();
  CampaignHoursOptions o;
  o.day_visitors = 200'000;
  o.conversion_lift = campaign_conversion_lift(plan, 10);  // 2014-11: 双11
  BOOST_TEST(o.conversion_lift == 1.2);
  BOOST_TEST(campaign_conversion_lift(plan, 3) == 1.0);
  const auto hours = campaign_hours(plan, o);
  const Draw d = Draw::of(plan.market);
  double visitors = 0, orders = 0;
  for (const auto& h : hours) {
    BOOST_TEST(h.visitors == 200'000 * assumed_campaign_hourly_share[std::size_t(h.hour)]);
    BOOST_TEST(h.inquiries == h.visitors * d.inquiry_rate);
    BOOST_TEST(h.orders == h.visitors * conversion_rate(d, 1.2));
    BOOST_TEST(h.cs_agents == erlang::agents_required(h.inquiries, 180, 0.8, 30, 3, 1.0, 0.0));
    visitors += h.visitors;
    orders += h.orders;
  }
  BOOST_TEST(std::abs(visitors - 200'000) < 1e-6);
  // every order is packed within the day's hours: packers x rate covers the packing work
  double capacity = 0;
  for (const auto& h : hours) capacity += h.packers * plan.campaign_day.packs_per_hour;
  BOOST_TEST(capacity >= orders);
  BOOST_TEST(hours[0].cs_agents > hours[4].cs_agents);
}

BOOST_AUTO_TEST_CASE(packing_spreads_each_hours_orders_over_the_shipping_time) {
  std::array<double, 24> orders{};
  orders[23] = 12;
  const auto work = detail::packing_work(orders, 3);
  BOOST_TEST(work[23] == 4.0);
  BOOST_TEST(work[0] == 4.0);
  BOOST_TEST(work[1] == 4.0);
  BOOST_TEST(work[2] == 0.0);
}

BOOST_AUTO_TEST_CASE(bad_shares_are_named) {
  const Plan plan = presets::tmall_2014();
  CampaignHoursOptions o;
  o.day_visitors = 1000;
  std::array<double, 24> s{};
  s[0] = 0.5;
  o.hourly_share = s;
  BOOST_TEST(message_of([&] { campaign_hours(plan, o); }) ==
             "hourly_share must be shares summing to 1 (within 1e-9), got a sum of 0.5");
  s[0] = 1.5;
  s[1] = -0.5;
  o.hourly_share = s;
  BOOST_TEST(message_of([&] { campaign_hours(plan, o); }) ==
             "hourly_share[1] must be a finite number >= 0, got -0.5");
  o.hourly_share.reset();
  o.day_visitors = -1;
  BOOST_TEST(message_of([&] { campaign_hours(plan, o); }) == "day_visitors must be a finite number >= 0, got -1");
  BOOST_TEST(message_of([&] { campaign_conversion_lift(plan, 0); }) == "month must be a plan month >= 1, got 0");
}
