#define BOOST_TEST_MODULE sobol
#include <boost/test/unit_test.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/simulation/sobol.hpp>

using namespace storeops;

namespace {
SobolOptions options(int runs, std::string output, int threads) {
  SobolOptions o;
  o.runs = runs;
  o.output = std::move(output);
  o.threads = threads;
  o.seed = 3;
  return o;
}
}  // namespace

BOOST_AUTO_TEST_CASE(indices_name_every_input_and_fixed_inputs_explain_nothing) {
  const Plan plan = presets::tmall_2014();
  const SobolResult r = sobol(plan, options(512, "cumulative_cash", 2));
  BOOST_TEST_REQUIRE(r.inputs.size() == 9u);
  BOOST_TEST(r.inputs[7] == "average_order_value");
  // organic_start and inquiry_rate are fixed in the preset: their columns equal f(A)
  BOOST_TEST(r.s1(0) == 0.0);
  BOOST_TEST(r.st(4) == 0.0);
  for (Eigen::Index i = 0; i < 9; ++i) {
    BOOST_TEST(r.st(i) >= 0.0);
    BOOST_TEST(r.s1_conf(i) >= 0.0);
  }
  // order value and conversion matter most for cash: their total indices lead
  BOOST_TEST(r.st(7) > r.st(2));
  BOOST_TEST(r.st(6) > r.st(3));
  BOOST_TEST(r.outputs.rows() == 512);
  BOOST_TEST(r.outputs.cols() == 11);
}

BOOST_AUTO_TEST_CASE(same_seed_same_indices_whatever_the_threads) {
  const Plan plan = presets::tmall_2014();
  const auto one = sobol(plan, options(256, "payback_month", 1));
  const auto two = sobol(plan, options(256, "payback_month", 2));
  BOOST_TEST((one.outputs == two.outputs));
  BOOST_TEST((one.s1 == two.s1));
  BOOST_TEST((one.st_conf == two.st_conf));
}

BOOST_AUTO_TEST_CASE(bad_options_are_named) {
  const Plan plan = presets::tmall_2014();
  BOOST_CHECK_EXCEPTION(sobol(plan, options(256, "profit", 1)), Error, [](const Error& e) {
    return std::string(e.what()) ==
           "output must be one of cumulative_cash, revenue, payback_month, got 'profit'";
  });
  BOOST_CHECK_THROW(sobol(plan, options(1, "revenue", 1)), Error);
}
