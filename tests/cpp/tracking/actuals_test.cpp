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
      report_day(2014y / March / 2, 200, 4, 410.50), report_day(2014y / February / 28, 100, 0, 0),
      report_day(2014y / March / 1, 150, 3, 300.01)};
  const auto months = actual_months(plan, days);
  BOOST_TEST_REQUIRE(months.size() == 2u);
  BOOST_TEST(months[0].month == 1);
  BOOST_TEST(months[0].days_observed == 1);
  BOOST_TEST(months[0].calendar_days == 28);
  BOOST_TEST(months[1].month == 2);
  BOOST_TEST(months[1].calendar_days == 31);
  BOOST_TEST(months[1].visitors == 350);
  BOOST_TEST(months[1].buyers == 7);
  BOOST_TEST(months[1].revenue.fen() == 71051);
  BOOST_TEST(months[0].revenue.fen() == 0);
  BOOST_TEST(!months[1].complete());
  BOOST_TEST(plan_month_of(start, 2015y / January / 31) == 12);
  BOOST_TEST(to_string(Date(2014y / March / 2)) == "2014-03-02");
}

BOOST_AUTO_TEST_CASE(the_plans_calendar_places_the_days) {
  Plan plan = presets::tmall_2014();
  BOOST_TEST(to_string(plan.market.start_date) == "2014-02-01");
  BOOST_TEST(plan.market.start_month() == 2);
  const std::vector<DailyActual> may = {report_day(2014y / May / 3, 100, 2, 300)};
  BOOST_TEST(actual_months(plan, may).front().month == 4);  // a later report, by its dates
  const Plan moved = starting_on(plan, 2014y / April / 1);
  BOOST_TEST(actual_months(moved, may).front().month == 2);
  BOOST_TEST(to_string(add_months(2014y / November / 20, 3)) == "2015-02-01");
  BOOST_TEST(to_string(parse_date("2016-02-29", "d")) == "2016-02-29");
  BOOST_TEST(message_of([] { parse_date("2015-02-29", "d"); }) ==
             "d must be a date like \"2014-02-01\" (no such day in the calendar), got \"2015-02-29\"");
  BOOST_TEST(message_of([&] { starting_on(plan, 2014y / February / 3); }) ==
             "start must be the first day of a month (plan months are calendar months), got 2014-02-03");
}

BOOST_AUTO_TEST_CASE(bad_days_and_starts_are_named) {
  const Plan plan = presets::tmall_2014();
  auto err = [&](std::vector<DailyActual> days, Date s = start) {
    return message_of([&] { actual_months(starting_on(plan, s), days); });
  };
  BOOST_TEST(err({report_day(2014y / March / 5, 10, 1, 1)}, 2014y / March / 1) ==
             "daily[2014-03-05]: the report has sales on this day, in plan month 1 (2014-03), which "
             "the plan keeps for setting up the store (no sales); if the store opened then, move "
             "the plan's start: plan.market.start_date = \"2014-02-01\" (command line: --start "
             "2014-02-01)");
  BOOST_TEST(err({report_day(2014y / February / 3, 0, 0, 0), report_day(2014y / May / 5, 10, 1, 1)},
                 2014y / March / 1) ==
             "daily[2014-02-03]: the report has this day, before the plan's first month 2014-03 "
             "(market.start_date 2014-03-01); move the plan's start: plan.market.start_date = "
             "\"2014-02-01\" (command line: --start 2014-02-01)");
  BOOST_TEST(err({report_day(2014y / March / 2, 10, 11, 1)}) ==
             "daily[2014-03-02].buyers must be at most the day's visitors (10), got 11");
  BOOST_TEST(err({report_day(2014y / January / 2, 10, 1, 1)}).find("daily[2014-01-02]: the report") == 0u);
  BOOST_TEST(err({report_day(2014y / March / 2, -1, 0, 0)}).find("daily[2014-03-02].visitors") == 0u);
  BOOST_TEST(err({report_day(2014y / March / 2, 10, 1, 5), report_day(2014y / March / 2, 10, 1, 5)}) ==
             "daily: the date 2014-03-02 is reported twice");
}
