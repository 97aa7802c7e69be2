// The month is a sequence of named steps (docs/model.md §8), each run through STOREOPS_STEP:
// this test defines the hook to write down each step it runs (as bench/steps.cpp does to time
// them), so it sees every step of every month, in order, for one run and for a block of many.
// The engine is compiled into the library without the hook, so the test compiles the engine's
// own sources (src/simulate.cpp, src/monte_carlo.cpp) with it: their definitions are the
// program's, and the library's copies of them are not linked in.
#include <string>
#include <string_view>
#include <vector>

namespace {
std::vector<std::string_view> steps_run;  // the name of each step run, in order
}  // namespace

#define STOREOPS_STEP(name, call)  \
  do {                             \
    steps_run.emplace_back(name);  \
    call;                          \
  } while (false)

#define BOOST_TEST_MODULE month_steps
#include <boost/test/unit_test.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/simulation/monte_carlo.hpp>

#include "../../../src/monte_carlo.cpp"
#include "../../../src/simulate.cpp"

using namespace storeops;

namespace {
const std::vector<std::string_view> month = {
    "calendar", "advertising and traffic", "funnel",   "customers",       "reviews",
    "staffing", "pay",                     "profit and loss", "stage transition"};

std::vector<std::string_view> months_of_steps(int months, int observed_month = -1) {
  std::vector<std::string_view> all;
  for (int t = 0; t < months; ++t)
    for (const auto step : month) {
      if (step == "customers" && t == observed_month) all.push_back("observed month");
      all.push_back(step);
    }
  return all;
}
}  // namespace

BOOST_AUTO_TEST_CASE(simulate_runs_each_step_once_a_month_in_order) {
  steps_run.clear();
  const SimulationResult r = simulate(presets::tmall_2014(), {.months = 4});
  BOOST_TEST(r.months.size() == 4u);
  BOOST_TEST(steps_run == months_of_steps(4), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_observed_month_runs_after_the_funnel_and_before_the_customers) {
  steps_run.clear();
  SimulationOptions options{.months = 3};
  options.observed = {std::nullopt, ObservedMonth{12'000, 240, Money::from_yuan(30'000)}};
  simulate(presets::tmall_2014(), options);
  BOOST_TEST(steps_run == months_of_steps(3, 1), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_monte_carlo_runs_the_steps_once_a_block_not_once_a_run) {
  // 300 runs on one thread in blocks of 128: three blocks (128, 128, 44), each month's steps
  // once for the whole block
  steps_run.clear();
  MonteCarloOptions options;
  options.runs = 300;
  options.months = 5;
  options.threads = 1;
  monte_carlo(presets::tmall_2014(), options);
  const auto block = months_of_steps(5);
  std::vector<std::string_view> want;
  for (int blocks = 0; blocks < 3; ++blocks) want.insert(want.end(), block.begin(), block.end());
  BOOST_TEST(steps_run == want, boost::test_tools::per_element());
}
