#define BOOST_TEST_MODULE variance
#include <boost/test/unit_test.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/tracking/variance.hpp>

#include "days.hpp"

using namespace storeops;
using namespace std::chrono;

namespace {
Money yuan(double y) { return Money::from_yuan(y); }
void adds_up(const RevenueVariance& v) {
  BOOST_TEST(v.traffic.fen() + v.conversion.fen() + v.order_value.fen() == v.variance.fen());
}
}  // namespace

BOOST_AUTO_TEST_CASE(each_factor_alone_takes_the_whole_gap) {
  // traffic +10%, conversion and order value as planned
  auto v = split_revenue_variance(1000, 20, yuan(2000), 1100, 22, yuan(2200));
  BOOST_TEST(v.variance.fen() == 20000);
  BOOST_TEST(v.traffic.fen() == 20000);
  BOOST_TEST(v.conversion.fen() == 0);
  BOOST_TEST(v.order_value.fen() == 0);
  v = split_revenue_variance(1000, 20, yuan(2000), 1000, 15, yuan(1500));  // conversion falls
  BOOST_TEST(v.conversion.fen() == -50000);
  BOOST_TEST(v.traffic.fen() == 0);
  v = split_revenue_variance(1000, 20, yuan(2000), 1000, 20, yuan(2400));  // order value rises
  BOOST_TEST(v.order_value.fen() == 40000);
}

BOOST_AUTO_TEST_CASE(mixed_changes_add_up_to_the_fen_and_swap_sides_with_a_sign) {
  const double cases[][6] = {{1234.5, 25.7, 2580.33, 1400, 23, 2999.99},
                             {98765.4, 1975.3, 197530.61, 80000, 2100, 230000.07},
                             {10, 0.2, 20.01, 13, 1, 95.5}};
  for (const auto& c : cases) {
    const auto a = split_revenue_variance(c[0], c[1], yuan(c[2]), c[3], c[4], yuan(c[5]));
    const auto b = split_revenue_variance(c[3], c[4], yuan(c[5]), c[0], c[1], yuan(c[2]));
    adds_up(a);
    adds_up(b);
    // the logarithmic mean is symmetric, so reversing plan and actual reverses every effect
    BOOST_TEST(std::llabs(a.traffic.fen() + b.traffic.fen()) <= 1);
    BOOST_TEST(std::llabs(a.conversion.fen() + b.conversion.fen()) <= 1);
    BOOST_TEST(std::llabs(a.order_value.fen() + b.order_value.fen()) <= 1);
  }
  // traffic up, conversion down, order value up: each effect with its sign
  const auto v = split_revenue_variance(1000, 20, yuan(2000), 1200, 18, yuan(2070));
  BOOST_TEST(v.traffic.fen() > 0);
  BOOST_TEST(v.conversion.fen() < 0);
  BOOST_TEST(v.order_value.fen() > 0);
}

BOOST_AUTO_TEST_CASE(zero_revenue_on_either_side_goes_to_the_factor_that_is_zero) {
  auto v = split_revenue_variance(0, 0, Money(), 500, 5, yuan(600));  // a setup month with sales
  BOOST_TEST(v.traffic.fen() == 60000);
  v = split_revenue_variance(1000, 20, yuan(2000), 900, 0, Money());  // nobody bought
  BOOST_TEST(v.conversion.fen() == -200000);
  v = split_revenue_variance(1000, 20, yuan(2000), 0, 0, Money());  // the shop was closed
  BOOST_TEST(v.traffic.fen() == -200000);
  v = split_revenue_variance(0, 0, Money(), 0, 0, Money());
  BOOST_TEST(v.variance.fen() == 0);
  BOOST_TEST(v.traffic.fen() == 0);
}

BOOST_AUTO_TEST_CASE(track_compares_partial_months_pro_rata) {
  const Plan plan = presets::tmall_2014();
  const Date start = 2014y / February / 1;
  auto days = test::days_of(plan, start, 4, {.traffic = 0.8, .conversion = 1.1});
  days.resize(days.size() - 10);  // May (plan month 4) reported to the 21st
  const auto months = track(plan, days, start);
  BOOST_TEST_REQUIRE(months.size() == 4u);
  const auto sim = simulate(plan, {.months = 4});
  const TrackedMonth& may = months.back();
  BOOST_TEST(may.month == 4);
  BOOST_TEST(may.days_observed == 21);
  BOOST_TEST(may.plan_revenue == sim.months[3].revenue.times(21.0 / 31.0));
  for (const auto& m : months) {
    adds_up(m.split);
    BOOST_TEST(m.split.variance == m.actual_revenue - m.plan_revenue);
    if (m.plan_revenue.fen() > 0) {
      BOOST_TEST(m.split.traffic.fen() < 0);     // 80% of planned visitors
      BOOST_TEST(m.split.conversion.fen() > 0);  // 110% of planned conversion
    }
  }
}

BOOST_AUTO_TEST_CASE(more_orders_than_visitors_is_refused) {
  BOOST_CHECK_EXCEPTION(split_revenue_variance(10, 20, Money::from_whole_yuan(100), 10, 5,
                                               Money::from_whole_yuan(50)),
                        Error, [](const Error& e) {
                          return std::string(e.what()) == "plan_orders (20) cannot exceed plan_visitors (10)";
                        });
  BOOST_CHECK_THROW(split_revenue_variance(10, 5, Money::from_whole_yuan(100), 4, 5,
                                           Money::from_whole_yuan(50)),
                    Error);
}
