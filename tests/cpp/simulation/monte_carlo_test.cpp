#define BOOST_TEST_MODULE monte_carlo
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <storeops/plan/presets.hpp>
#include <storeops/simulation/monte_carlo.hpp>

using namespace storeops;
using namespace storeops::literals;

BOOST_AUTO_TEST_CASE(monte_carlo_is_the_same_on_one_and_two_threads) {
  const auto plan = presets::tmall_2014();
  const auto one = monte_carlo(plan, {300, 24, 7, 1, 0, {}});
  const auto two = monte_carlo(plan, {300, 24, 7, 2, 0, {}});
  for (std::size_t c = 0; c < one.columns.size(); ++c) BOOST_TEST((one.columns[c] == two.columns[c]));
  BOOST_TEST((one.stage == two.stage));
  for (Eigen::Index r = 0; r < one.payback_months.size(); ++r) {
    const double a = one.payback_months(r), b = two.payback_months(r);
    BOOST_TEST(((std::isnan(a) && std::isnan(b)) || a == b));
  }
  const auto other = monte_carlo(plan, {300, 24, 8, 2, 0, {}});
  BOOST_TEST(!(other.column("revenue") == one.column("revenue")));
}

BOOST_AUTO_TEST_CASE(chunks_concatenate_to_the_whole_run) {
  const auto plan = presets::tmall_2014();
  const auto whole = monte_carlo(plan, {100, 12, 5, 2, 0, {}});
  const auto tail = monte_carlo(plan, {40, 12, 5, 1, 60, {}});
  BOOST_TEST((whole.column("revenue").bottomRows(40) == tail.column("revenue")));
}

BOOST_AUTO_TEST_CASE(run_zero_of_a_seed_is_simulate_with_that_seed) {
  const auto plan = presets::tmall_2014();
  const auto mc = monte_carlo(plan, {4, 12, 99, 1, 0, {}});
  const auto one = simulate(plan, {12, 99});
  for (int t = 0; t < 12; ++t)
    BOOST_TEST(mc.column("revenue")(0, t) == one.months[std::size_t(t)].revenue.yuan());
}

BOOST_AUTO_TEST_CASE(quantiles_and_stage_probability) {
  const auto mc = monte_carlo(presets::tmall_2014(), {500, 36, 1, 2, 0, {}});
  const auto q = mc.quantiles("revenue", {0.1, 0.5, 0.9});
  for (Eigen::Index t = 0; t < 36; ++t) {
    BOOST_TEST(q(0, t) <= q(1, t));
    BOOST_TEST(q(1, t) <= q(2, t));
  }
  const auto p = mc.stage_probability();
  BOOST_TEST(p(0, 0) == 1.0);  // everyone starts in setup
  BOOST_TEST(p(1, 0) == 0.0);
  BOOST_TEST(p(1, 35) == 1.0);  // and every future has launched by month 36
  for (Eigen::Index t = 1; t < 36; ++t) BOOST_TEST(p(3, t) >= p(3, t - 1));
  BOOST_CHECK_THROW(mc.column("profit"), Error);
}

BOOST_AUTO_TEST_CASE(sensitivity_swings_each_uncertain_input) {
  const auto rows = sensitivity(presets::tmall_2014());
  BOOST_TEST(rows.size() == 7u);  // organic_start and inquiry_rate are fixed in the seed plan
  for (const auto& s : rows) BOOST_TEST(s.low_value < s.high_value);
  for (std::size_t i = 1; i < rows.size(); ++i)
    BOOST_TEST(std::abs(rows[i - 1].high_result - rows[i - 1].low_result) >=
               std::abs(rows[i].high_result - rows[i].low_result));
  BOOST_CHECK_THROW(sensitivity(presets::tmall_2014(), 36, "profit"), Error);
}

BOOST_AUTO_TEST_CASE(bad_options) {
  const auto plan = presets::tmall_2014();
  BOOST_CHECK_THROW(simulate(plan, {0, {}}), Error);
  BOOST_CHECK_THROW(monte_carlo(plan, {0, 36, 0, 0, 0, {}}), Error);
  BOOST_CHECK_THROW(monte_carlo(plan, {10, 36, 0, -1, 0, {}}), Error);
  auto bad = plan;
  bad.market.display_ctr = 1.5;
  BOOST_CHECK_THROW(simulate(bad, {}), Error);
  bad = plan;
  bad.market.silent_conversion = {0.5, Distribution::lognormal, 1.0};
  BOOST_CHECK_THROW(simulate(bad, {}), Error);
}


BOOST_AUTO_TEST_CASE(the_lists_of_inputs_and_columns) {
  const std::vector<std::string_view> inputs = {
      "organic_start",      "organic_growth",    "cpc",
      "cpm",                "inquiry_rate",      "inquiry_conversion",
      "silent_conversion",  "average_order_value", "refund_rate"};
  BOOST_REQUIRE(uncertain_inputs.size() == inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) BOOST_TEST(uncertain_inputs[i].name == inputs[i]);
  const std::vector<std::string_view> columns = {
      "visitors",     "orders",          "orders_per_day", "revenue",
      "headcount",    "payroll",         "promotion_spend", "platform_fees",
      "gross_profit", "operating_profit", "cash_flow",      "cumulative_cash"};
  BOOST_REQUIRE(monte_carlo_columns.size() == columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) BOOST_TEST(monte_carlo_columns[i].name == columns[i]);
  BOOST_TEST(default_runs == 10'000);
  // the preset's published figures through the C++ API
  const auto sim = simulate(presets::tmall_2014(), {.months = 36});
  BOOST_TEST(sim.payback_month.value_or(0) == 29);
  BOOST_TEST(sim.months.back().cumulative_cash.fen() == 54'231'307);
}
