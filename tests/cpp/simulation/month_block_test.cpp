// The month step computes its figures as written, each product rounded before it is added,
// also where the machine has fused multiply-add: CMake builds this test with -mfma where the
// CPU has it (tests/CMakeLists.txt), and storeops' -ffp-contract=off keeps the compiler from
// fusing a * b + c into one rounding. A fused build would give other visitors and orders than
// the wheel for the same plan and seed (in the last bits), and other goldens.
#define BOOST_TEST_MODULE month_block
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <cmath>
#include <storeops/plan/presets.hpp>
#include <storeops/simulation/simulate.hpp>

using namespace storeops;

namespace {
/// a·b + c with the product rounded first: what the source says, whatever the compiler may do.
double product_then_sum(double a, double b, double c) {
  volatile double product = a * b;  // a volatile is stored, so it is rounded to a double
  return product + c;
}
}  // namespace

BOOST_AUTO_TEST_CASE(conversion_rate_rounds_each_product_before_the_sum) {
  // rates where rounding the products once (fused) and twice (as written) differ, both ways
  // the compiler could fuse the two terms
  int checked = 0;
  for (int k = 1; k < 20'000 && checked < 50; ++k) {
    const double ir = 0.15 + k * 1e-6, ic = 0.06 + k * 3e-7, sc = 0.01 + k * 1e-7;
    volatile double rest = 1.0 - ir;
    volatile double silent = rest * sc, inquiry = ir * ic;
    const double written = product_then_sum(ir, ic, silent);
    if (std::fma(ir, ic, silent) == written || std::fma(rest, sc, inquiry) == written) continue;
    BOOST_TEST(conversion_rate(ir, ic, sc, 1.0) == written);
    ++checked;
  }
  BOOST_TEST(checked == 50);  // the rates above have such cases: the test shows something
}

BOOST_AUTO_TEST_CASE(returning_visitors_come_from_the_customer_base_as_written) {
  // customers = customers · keep + orders, then returning = repeat visits · customers · season:
  // a sum of a product, which a compiler left to fuse turns into one multiply-add
  const Plan plan = presets::tmall_2014();
  const auto r = simulate(plan, {36, {}});
  const double keep = 1.0 - plan.market.customer_churn;
  double customers = 0;
  int months = 0;
  for (const auto& m : r.months) {
    if (m.stage != Stage::setup) {
      const double season = calendar_effect(plan.market, m.month - 1).traffic;
      BOOST_TEST(m.returning == plan.market.repeat_visits * customers * season, "month " << m.month);
      months += customers > 0;
    }
    customers = product_then_sum(customers, keep, m.orders);
  }
  BOOST_TEST(months == 34);  // every month after the first open one
}
