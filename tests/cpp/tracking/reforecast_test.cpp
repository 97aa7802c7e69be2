#define BOOST_TEST_MODULE reforecast
#include <boost/test/unit_test.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/tracking/reforecast.hpp>

#include "days.hpp"

using namespace storeops;
using namespace std::chrono;

namespace {
const Date start = 2014y / February / 1;
ReforecastOptions options(int runs, int months, std::uint64_t seed, int threads = 0) {
  ReforecastOptions o;
  o.runs = runs;
  o.months = months;
  o.seed = seed;
  o.threads = threads;
  return o;
}
}

BOOST_AUTO_TEST_CASE(reported_months_are_the_same_in_every_run) {
  const Plan plan = presets::tmall_2014();
  auto days = test::days_of(plan, start, 7, {.traffic = 0.9, .conversion = 0.95, .order_value = 1.05});
  days.erase(days.begin(), days.begin() + 28);  // February (setup) not reported: as planned
  days.resize(days.size() - 5);                 // August reported to the 26th: not complete
  const auto result = reforecast(plan, days, start, options(300, 36, 3, 2));
  BOOST_TEST(result.column("revenue").rows() == 300);
  BOOST_TEST(result.column("revenue").cols() == 36);
  const auto months = actual_months(starting_on(plan, start), days);
  const auto planned = simulate(plan, {.months = 1});
  const auto revenue = result.column("revenue");
  BOOST_TEST(revenue(0, 0) == planned.months[0].revenue.yuan());
  for (const auto& m : months) {
    if (!m.complete()) continue;
    for (Eigen::Index run = 0; run < revenue.rows(); ++run)
      BOOST_TEST(revenue(run, m.month - 1) == m.revenue.yuan());  // to the fen, in every run
    BOOST_TEST(result.column("visitors")(7, m.month - 1) == double(m.visitors));
  }
  // the months after differ between runs
  const auto later = revenue.col(12);
  BOOST_TEST(later.maxCoeff() > later.minCoeff());
}

BOOST_AUTO_TEST_CASE(same_seed_same_result_whatever_the_threads) {
  const Plan plan = presets::tmall_2014();
  const auto days = test::days_of(plan, start, 5, {.traffic = 1.1, .conversion = 0.9, .noise = 0.1});
  const auto one = reforecast(plan, days, start, options(200, 30, 9, 1));
  const auto two = reforecast(plan, days, start, options(200, 30, 9, 2));
  for (auto c : monte_carlo_columns) BOOST_TEST((one.column(c.name) == two.column(c.name)));
  BOOST_TEST((one.payback_months.array().isNaN() == two.payback_months.array().isNaN()).all());
  // a re-forecast keeps the columns asked for, reported months and sampled ones alike
  auto cash_only = options(200, 30, 9, 2);
  cash_only.columns = {"cumulative_cash"};
  const auto cash = reforecast(plan, days, start, cash_only);
  BOOST_TEST((cash.column("cumulative_cash") == one.column("cumulative_cash")));
  BOOST_TEST(!cash.has(monte_carlo_column_index("revenue")));
  BOOST_CHECK_THROW(cash.column("revenue"), Error);
}

BOOST_AUTO_TEST_CASE(the_state_carries_what_the_store_earned) {
  const Plan plan = presets::tmall_2014();
  const auto days = test::days_of(plan, start, 6, {.conversion = 1.2});
  const auto past = replay_actuals(plan, days, start);
  BOOST_TEST(past.months.size() == 6u);
  BOOST_TEST(past.state.month == 6);
  BOOST_TEST(past.state.cumulative_cash == past.months.back().cumulative_cash);
  const auto result = reforecast(plan, days, start, options(50, 36, 1, 1));
  const auto cash = result.column("cumulative_cash");
  const auto flow = result.column("cash_flow");
  for (Eigen::Index run = 0; run < 50; ++run)  // cash goes on from the reported months' cash
    BOOST_TEST(Money::from_yuan(cash(run, 6)) ==
               past.state.cumulative_cash + Money::from_yuan(flow(run, 6)));
  BOOST_CHECK_THROW(reforecast(plan, days, start, options(5, 6, 0)), Error);
}
