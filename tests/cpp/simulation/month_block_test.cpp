// The month step computes its figures as written, each product rounded before it is added,
// also where the machine has fused multiply-add: CMake builds this test with -mfma where the
// CPU has it (tests/CMakeLists.txt), and storeops' -ffp-contract=off keeps the compiler from
// fusing a * b + c into one rounding. A fused build would give other visitors and orders than
// the wheel for the same plan and seed (in the last bits), and other goldens.
#define BOOST_TEST_MODULE month_block
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <cmath>
#include <limits>
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

namespace {
/// The preset with stage `stage`'s software set to `software`.
Plan with_software(std::size_t stage, Money software) {
  Plan plan = presets::tmall_2014();
  auto stages = plan.stages.stages();
  stages[stage].software = software;
  plan.stages = Lifecycle(stages, plan.stages.confirm_months());
  return plan;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_month_past_the_sum_bound_takes_the_checked_sums_with_the_same_fen) {
  // a stage's software of 2^58 fen or more puts every month of the plan on Money's checked
  // sums; in months before that stage is entered the figures are those of the unchecked sums
  const Money huge = Money::from_fen(std::int64_t(1) << 60);
  const auto usual = simulate(presets::tmall_2014(), {3, {}});
  const auto checked = simulate(with_software(3, huge), {3, {}});  // the mature stage: not reached
  BOOST_TEST_REQUIRE(usual.months.size() == 3u);
  for (std::size_t k = 0; k < 3; ++k) {
    BOOST_TEST(checked.months[k].operating_profit == usual.months[k].operating_profit);
    BOOST_TEST(checked.months[k].cash_flow == usual.months[k].cash_flow);
    BOOST_TEST(checked.months[k].platform_fees == usual.months[k].platform_fees);
    BOOST_TEST(checked.months[k].cumulative_cash == usual.months[k].cumulative_cash);
  }
  BOOST_TEST(usual.months[2].cash_flow != Money());  // the months compared have a P&L
  // and the checked sums still name an overflow: the launch stage's software (month 2) so
  // large that the month's cash flow does not fit
  const Money most = Money::from_fen(std::numeric_limits<std::int64_t>::max());
  BOOST_CHECK_THROW(simulate(with_software(1, most), {3, {}}), MoneyOverflow);
}
