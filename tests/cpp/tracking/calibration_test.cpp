#define BOOST_TEST_MODULE calibration
#include <boost/test/unit_test.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/tracking/calibration.hpp>

#include "days.hpp"

using namespace storeops;
using namespace std::chrono;

namespace {
const Date start = 2014y / February / 1;

Plan truth_plan() {
  Plan t = presets::tmall_2014();
  t.market.average_order_value = t.market.average_order_value.with_value(120);
  t.market.inquiry_conversion = t.market.inquiry_conversion.with_value(0.072);
  t.market.silent_conversion = t.market.silent_conversion.with_value(0.012);
  t.market.organic_start = t.market.organic_start.with_value(1500);
  t.market.organic_growth = t.market.organic_growth.with_value(0.3);
  return t;
}

const FittedInput& input(const Calibration& c, std::string_view name) {
  for (const auto& i : c.inputs)
    if (i.name == name) return i;
  throw std::runtime_error("no input " + std::string(name));
}

double relative_error(double fitted, double truth) { return std::abs(fitted / truth - 1); }
}  // namespace

BOOST_AUTO_TEST_CASE(a_plan_calibrated_on_its_own_months_keeps_its_inputs) {
  const Plan plan = presets::tmall_2014();
  const auto days = test::days_of(plan, start, 7);
  const Calibration c = calibrate(plan, days, start);
  const auto& m = c.plan.market;
  BOOST_TEST(relative_error(m.average_order_value.value, 100) < 0.005);
  BOOST_TEST(relative_error(m.inquiry_conversion.value, 0.06) < 0.01);
  BOOST_TEST(relative_error(m.silent_conversion.value, 0.01) < 0.01);
  BOOST_TEST(relative_error(m.organic_start.value, 1000) < 0.02);
  BOOST_TEST(relative_error(m.organic_growth.value, 0.25) < 0.03);
  BOOST_TEST(c.inputs.size() == 5u);
  // the inquiry split of the plan is kept: both conversions move by the same factor
  BOOST_TEST(m.inquiry_conversion.value / m.silent_conversion.value == 6.0,
             boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_store_that_runs_differently_from_plan_is_recovered) {
  const Plan plan = presets::tmall_2014();
  const Plan truth = truth_plan();
  const Calibration c = calibrate(plan, test::days_of(truth, start, 7), start);
  const auto& m = c.plan.market;
  BOOST_TEST(relative_error(m.average_order_value.value, 120) < 0.01);
  BOOST_TEST(relative_error(m.inquiry_conversion.value, 0.072) < 0.02);
  BOOST_TEST(relative_error(m.organic_start.value, 1500) < 0.03);
  BOOST_TEST(relative_error(m.organic_growth.value, 0.3) < 0.05);
  // the calibrated plan replays the reported months' revenue within 10%
  const auto replay = simulate(c.plan, {.months = 7});
  const auto actual = simulate(truth, {.months = 7});
  Money a, b;
  for (int k = 0; k < 7; ++k) {
    a += replay.months[std::size_t(k)].revenue;
    b += actual.months[std::size_t(k)].revenue;
  }
  BOOST_TEST(relative_error(a.yuan(), b.yuan()) < 0.10);
}

BOOST_AUTO_TEST_CASE(spreads_shrink_as_months_are_added) {
  const Plan plan = presets::tmall_2014();
  const Plan truth = truth_plan();
  const test::Distortion noisy{.noise = 0.2};
  const Calibration two = calibrate(plan, test::days_of(truth, start, 3, noisy), start);
  const Calibration six = calibrate(plan, test::days_of(truth, start, 7, noisy), start);
  for (auto name : {"average_order_value", "inquiry_conversion", "organic_start", "organic_growth"}) {
    BOOST_TEST_CONTEXT(name) {
      BOOST_TEST(input(six, name).fitted.spread < input(two, name).fitted.spread);
      BOOST_TEST(input(six, name).fitted.spread > 0);
      BOOST_TEST(input(six, name).days > input(two, name).days);
      BOOST_TEST((input(six, name).fitted.distribution == Distribution::lognormal));
    }
  }
  // data narrow the plan's own spread
  BOOST_TEST(input(six, "organic_growth").fitted.spread < plan.market.organic_growth.spread);
}

BOOST_AUTO_TEST_CASE(an_empty_report_is_an_error) {
  const Plan plan = presets::tmall_2014();
  BOOST_CHECK_EXCEPTION(calibrate(plan, std::vector<DailyActual>{}, start), Error,
                        [](const Error& e) { return std::string(e.what()) == "calibrate: the report has no days"; });
}
