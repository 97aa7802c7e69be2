#define BOOST_TEST_MODULE report
#include <boost/test/unit_test.hpp>
#include <storeops/market/report.hpp>
#include <string>
#include <vector>

using namespace storeops;
using namespace storeops::literals;
using namespace std::chrono;

BOOST_AUTO_TEST_CASE(daily_report_row_002) {
  const sys_days day = 2014y / 9 / 15;
  const auto row = DailyReport::from_counts(day, 35'000, 10'000, 200, 260, 20'000_yuan,
                                            Dsr(4.8, 4.7, 4.9), 6'000, 2'400);
  BOOST_TEST(row.conversion_rate == 0.02);
  BOOST_TEST(row.average_order_value == 100_yuan);
  BOOST_TEST(row.visit_depth == 3.5);
  BOOST_TEST(row.home_page_bounce_rate == 0.4);
  BOOST_TEST(row.dsr.service == 4.7);
  BOOST_TEST((row.date == day));
}

BOOST_AUTO_TEST_CASE(a_day_without_buyers_has_no_order_value) {
  const auto row = DailyReport::from_counts(sys_days(2014y / 9 / 15), 10, 10, 0, 0, Money(),
                                            Dsr(), 5, 5);
  BOOST_TEST(row.average_order_value == Money());
  BOOST_CHECK_THROW(DailyReport::from_counts(sys_days(2014y / 9 / 15), 10, 0, 0, 0, Money(),
                                             Dsr(), 5, 5),
                    Error);
}

BOOST_AUTO_TEST_CASE(a_row_with_fewer_pages_than_visitors_or_units_than_buyers_is_refused) {
  const sys_days day = 2014y / 9 / 15;
  BOOST_CHECK_EXCEPTION(DailyReport::from_counts(day, 10, 20, 1, 1, 10_yuan, Dsr(), 5, 1), Error,
                        [](const Error& e) {
                          return std::string(e.what()) == "visitors (20) cannot exceed page_views (10)";
                        });
  BOOST_CHECK_EXCEPTION(DailyReport::from_counts(day, 30, 20, 3, 1, 10_yuan, Dsr(), 5, 1), Error,
                        [](const Error& e) {
                          return std::string(e.what()) == "buyers (3) cannot exceed units (1)";
                        });
}

BOOST_AUTO_TEST_CASE(dsr_averages_the_last_180_days) {
  const sys_days today = 2014y / 12 / 31;
  const std::vector<DsrRating> ratings = {
      {today, 5, 5, 4},
      {today - days(179), 4, 3, 5},  // the first day of the window
      {today - days(180), 1, 1, 1},  // one day too old
      {today + days(1), 1, 1, 1},    // after the report date
  };
  const Dsr d = dsr_over(ratings, today);
  BOOST_TEST(d.described == 4.5);
  BOOST_TEST(d.service == 4.0);
  BOOST_TEST(d.shipping == 4.5);
  BOOST_CHECK_THROW(dsr_over(std::vector<DsrRating>{{today - days(200), 5, 5, 5}}, today),
                    Error);
  BOOST_CHECK_THROW(dsr_over(std::vector<DsrRating>{{today, 6, 5, 5}}, today), Error);
  BOOST_CHECK_THROW(Dsr(0.5, 5, 5), Error);
}
