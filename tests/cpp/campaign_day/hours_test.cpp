#define BOOST_TEST_MODULE hours
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <numeric>
#include <storeops/campaign_day/hours.hpp>
#include <storeops/plan/presets.hpp>

using namespace storeops;
using storeops::testing::message_of;
namespace tt = boost::test_tools;

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

BOOST_AUTO_TEST_CASE(the_campaign_day_packs_by_the_plans_shipping_rule) {
  // 004: orders confirmed until 15:00, then packed; shipped within 24 hours. An order of hour
  // h < 15 is packed over [15, h + 24), one of h >= 15 over [39, h + 24) (at least an hour)
  const Plan plan = presets::tmall_2014();
  BOOST_TEST(plan.campaign_day.ship_within_hours == 0);
  std::array<double, 24> orders{};
  for (int h = 0; h < 24; ++h) orders[std::size_t(h)] = 10.0 + h;
  const auto work = detail::packing_work(orders, plan.shipping);
  std::array<double, 24> expected{};
  for (int h = 0; h < 24; ++h) {
    const int from = h < 15 ? 15 : 39, until = std::max(h + 24, from + 1);
    for (int k = from; k < until; ++k) expected[std::size_t(k % 24)] += orders[std::size_t(h)] / (until - from);
  }
  double packed = 0, placed = 0;
  for (std::size_t h = 0; h < 24; ++h) {
    BOOST_TEST(work[h] == expected[h], tt::tolerance(1e-12));
    packed += work[h];
    placed += orders[h];
  }
  BOOST_TEST(packed == placed, tt::tolerance(1e-12));
  BOOST_TEST(work[14] == 0.0);  // no batch is packed at 14:00: the 14:00 orders wait for 15:00
  // a promise shorter than the wait for the batch: the promise wins, packed from the hour on
  ShippingRules quick{15, 3};
  const auto fast = detail::packing_work(orders, quick);
  BOOST_TEST(fast[0] == orders[0] / 3 + orders[23] / 3 + orders[22] / 3, tt::tolerance(1e-12));
  // the campaign day's own hours, when set, are the rule before round three
  Plan own = plan;
  own.campaign_day.ship_within_hours = 12;
  CampaignHoursOptions o;
  o.day_visitors = 200'000;
  const auto hours = campaign_hours(own, o);
  std::array<double, 24> day_orders{};
  for (std::size_t h = 0; h < 24; ++h) day_orders[h] = hours[h].orders;
  const auto spread = detail::packing_work(day_orders, 12);
  for (std::size_t h = 0; h < 24; ++h)
    BOOST_TEST(hours[h].packers == int(std::ceil(spread[h] / own.campaign_day.packs_per_hour - 1e-9)));
}

BOOST_AUTO_TEST_CASE(three_after_sales_days_and_own_staff_packing_first) {
  // 000 ch.3: 活动后3天为售后高峰; 其他部门...分配到扫描/打单/配货/打包
  const Plan plan = presets::tmall_2014();
  const CampaignDayPolicy& day = plan.campaign_day;
  CampaignHoursOptions o;
  o.service_level = 0.8;
  const auto after = after_sales_hours(plan, 10'000, o);
  double contacts = 0;
  for (const auto& x : after) {
    const double expected = 10'000 * day.after_sales_share *
                            day.after_sales_days[std::size_t(x.day - 1)] *
                            day.hourly_share[std::size_t(x.hour)];
    BOOST_TEST(x.contacts == expected, tt::tolerance(1e-12));
    BOOST_TEST(x.cs_agents == erlang::agents_required(x.contacts, day.after_sales_handle_time_s,
                                                      0.8, 30, 3, 1.0, 0.0));
    contacts += x.contacts;
  }
  BOOST_TEST(after[0].day == 1);
  BOOST_TEST(after[71].day == 3);
  BOOST_TEST(after[71].hour == 23);
  BOOST_TEST(contacts == 10'000 * 0.15, tt::tolerance(1e-9));
  BOOST_CHECK_THROW(after_sales_hours(plan, -1, o), Error);
  CampaignHoursOptions lopsided = o;
  lopsided.hourly_share = std::array<double, 24>{};  // sums to 0, not 1
  BOOST_CHECK_THROW(after_sales_hours(plan, 10'000, lopsided), Error);

  std::array<int, 24> packers{};
  packers.fill(5);
  const auto temps = temporary_packers(packers, 3, day);
  for (int h = 0; h < 24; ++h)  // own people pack 9:00 to 18:00
    BOOST_TEST(temps[std::size_t(h)] == (h >= 9 && h < 18 ? 2 : 5), "hour " << h);
  BOOST_TEST(temporary_packers(packers, 9, day)[12] == 0);  // never below 0
  CampaignDayPolicy night = day;
  night.own_packing_from_hour = 20;  // the window wraps past midnight
  BOOST_TEST(temporary_packers(packers, 3, night)[3] == 2);
  BOOST_TEST(temporary_packers(packers, 3, night)[5] == 5);
  BOOST_CHECK_THROW(temporary_packers(packers, -1, day), Error);
}
