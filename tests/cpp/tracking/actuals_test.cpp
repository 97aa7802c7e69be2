#define BOOST_TEST_MODULE actuals
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <storeops/plan/presets.hpp>
#include <storeops/tracking/actuals.hpp>

using namespace storeops;
using storeops::testing::message_of;
using namespace std::chrono;

namespace {
const Date start = 2014y / February / 1;
DailyActual report_day(Date d, std::int64_t v, std::int64_t b, double sales) {
  return {d, v, b, Money::from_yuan(sales)};
}
}  // namespace

BOOST_AUTO_TEST_CASE(days_are_summed_by_plan_month_in_date_order) {
  const Plan plan = presets::tmall_2014();
  const std::vector<DailyActual> days = {
      report_day(2014y / March / 2, 200, 4, 410.50), report_day(2014y / February / 28, 100, 2, 199.99),
      report_day(2014y / March / 1, 150, 3, 300.01)};
  const auto months = actual_months(plan, days, start);
  BOOST_TEST_REQUIRE(months.size() == 2u);
  BOOST_TEST(months[0].month == 1);
  BOOST_TEST(months[0].days_observed == 1);
  BOOST_TEST(months[0].calendar_days == 28);
  BOOST_TEST(months[1].month == 2);
  BOOST_TEST(months[1].calendar_days == 31);
  BOOST_TEST(months[1].visitors == 350);
  BOOST_TEST(months[1].buyers == 7);
  BOOST_TEST(months[1].revenue.fen() == 71051);
  BOOST_TEST(!months[1].complete());
  BOOST_TEST(plan_month_of(start, 2015y / January / 31) == 12);
  BOOST_TEST(to_string(Date(2014y / March / 2)) == "2014-03-02");
}

BOOST_AUTO_TEST_CASE(bad_days_and_starts_are_named) {
  const Plan plan = presets::tmall_2014();
  auto err = [&](std::vector<DailyActual> days, Date s = start) {
    return message_of([&] { actual_months(plan, days, s); });
  };
  BOOST_TEST(err({}, 2014y / March / 1).find("the plan's market.start_month") != std::string::npos);
  BOOST_TEST(err({}, 2014y / February / 3).find("first day of a month") != std::string::npos);
  BOOST_TEST(err({report_day(2014y / March / 2, 10, 11, 1)}) ==
             "daily[2014-03-02].buyers must be at most the day's visitors (10), got 11");
  BOOST_TEST(err({report_day(2014y / January / 2, 10, 1, 1)}).find("daily[2014-01-02].date") == 0u);
  BOOST_TEST(err({report_day(2014y / March / 2, -1, 0, 0)}).find("daily[2014-03-02].visitors") == 0u);
  BOOST_TEST(err({report_day(2014y / March / 2, 10, 1, 5), report_day(2014y / March / 2, 10, 1, 5)}) ==
             "daily: the date 2014-03-02 is reported twice");
}
