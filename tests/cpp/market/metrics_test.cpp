#define BOOST_TEST_MODULE metrics
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <storeops/market/metrics.hpp>

using namespace storeops;
using storeops::testing::message_of;
using namespace storeops::literals;
namespace m = storeops::metrics;

BOOST_AUTO_TEST_CASE(customer_service_kpis_000_ch5) {
  BOOST_TEST(m::reply_rate(95, 100) == 0.95);
  BOOST_TEST(m::success_rate(30, 120) == 0.25);  // presale = inquiries + contacts before paying
  BOOST_TEST(m::satisfaction(90, 100) == 0.9);
}

BOOST_AUTO_TEST_CASE(funnel_and_review_ratios) {
  BOOST_TEST(m::conversion_rate(200, 10'000) == 0.02);
  BOOST_TEST(m::good_review_rate(985, 10, 5) == 0.985);
  BOOST_TEST(m::bounce_rate(40, 100) == 0.4);
  BOOST_TEST(m::visit_depth(35'000, 10'000) == 3.5);
}

BOOST_AUTO_TEST_CASE(advertising) {
  BOOST_TEST(m::ctr(30, 1000) == 0.03);
  BOOST_TEST(m::cpc(300_yuan, 400) == Money::from_yuan(0.75));
  BOOST_TEST(m::cpm(50_yuan, 20'000) == Money::from_yuan(2.5));
  BOOST_TEST(m::roi(1500_yuan, 500_yuan) == 3.0);
  BOOST_TEST(m::breakeven_roi(0.25) == 4.0);
  BOOST_TEST(m::average_order_value(20'000_yuan, 200) == 100_yuan);
  BOOST_TEST(m::uv_value(20'000_yuan, 10'000) == 2_yuan);
}

BOOST_AUTO_TEST_CASE(zero_denominator_is_an_error_not_nan) {
  BOOST_TEST(message_of([] { m::reply_rate(0, 0); }) ==
             "received must be > 0 (it is a denominator), got 0");
  BOOST_CHECK_THROW(m::success_rate(0, 0), Error);
  BOOST_CHECK_THROW(m::satisfaction(0, 0), Error);
  BOOST_CHECK_THROW(m::conversion_rate(0, 0), Error);
  BOOST_CHECK_THROW(m::good_review_rate(0, 0, 0), Error);
  BOOST_CHECK_THROW(m::ctr(0, 0), Error);
  BOOST_CHECK_THROW(m::cpc(1_yuan, 0), Error);
  BOOST_CHECK_THROW(m::cpm(1_yuan, 0), Error);
  BOOST_CHECK_THROW(m::roi(1_yuan, Money()), Error);
  BOOST_CHECK_THROW(m::breakeven_roi(0), Error);
  BOOST_CHECK_THROW(m::visit_depth(1, 0), Error);
}

BOOST_AUTO_TEST_CASE(impossible_inputs_are_named) {
  BOOST_TEST(message_of([] { m::reply_rate(5, 3); }) == "replied (5) cannot exceed received (3)");
  BOOST_TEST(message_of([] { m::conversion_rate(-1, 3); }) ==
             "buyers must be a finite number >= 0, got -1");
  BOOST_TEST(message_of([] { m::ctr(INFINITY, 3); }) ==
             "clicks must be a finite number >= 0, got inf");
  BOOST_TEST(message_of([] { m::breakeven_roi(1.2); }) ==
             "contribution_margin must be a rate in [0, 1], got 1.2");
  BOOST_CHECK_THROW(m::cpc(-1_yuan, 3), Error);
}
