#define BOOST_TEST_MODULE simulate
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <storeops/simulation/monte_carlo.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/team/payroll.hpp>

using namespace storeops;
using namespace storeops::literals;

BOOST_AUTO_TEST_CASE(cumulative_cash_is_the_running_sum_of_cash_flow) {
  const auto r = simulate(presets::tmall_2014(), {36, {}});
  BOOST_TEST(r.months.size() == 36u);
  Money sum;
  for (const auto& m : r.months) {
    sum += m.cash_flow;
    BOOST_TEST(m.cumulative_cash == sum);
    BOOST_TEST(m.cash_flow == m.operating_profit - (m.month == 1 ? 160'000_yuan : Money()) -
                                  (m.month == 2 ? 5'325_yuan + 1'000_yuan : Money()) -
                                  (m.month == 6 ? 5'325_yuan : Money()) -
                                  (m.month == 7 ? 100'000_yuan : Money()));
  }
}

namespace {
/// The seed plan without seasons or campaign months, so returning visitors are the base alone.
Plan flat_seasons() {
  Plan plan = presets::tmall_2014();
  plan.market.seasonality.fill(1.0);
  plan.market.campaigns.clear();
  return plan;
}
}  // namespace

BOOST_AUTO_TEST_CASE(returning_visitors_follow_the_sbg_curve_of_each_months_customers) {
  Plan plan = flat_seasons();
  plan.market.retention_alpha = 0.8;
  plan.market.retention_beta = 2.4;
  const auto r = simulate(plan, {36, {}});
  const auto s = sbg_retention(0.8, 2.4, 36);
  for (std::size_t t = 1; t < r.months.size(); ++t) {
    double base = 0;  // every earlier month's customers, on the curve from when they bought
    for (std::size_t c = 0; c < t; ++c) base += r.months[c].orders * s[t - 1 - c];
    const double expected = plan.market.repeat_visits * base;
    BOOST_TEST(r.months[t].returning == expected, boost::test_tools::tolerance(1e-12));
  }
  BOOST_TEST(r.months.back().returning > 0.0);
}

BOOST_AUTO_TEST_CASE(an_sbg_curve_without_spread_is_geometric_churn) {
  // Beta(α, β) with α + β large is nearly a point at α / (α + β): every customer lapses with
  // the same probability, which is geometric churn at that rate.
  Plan geometric = flat_seasons();
  geometric.market.customer_churn = 0.15;
  Plan sbg = geometric;
  sbg.market.retention_alpha = 0.15e7;
  sbg.market.retention_beta = 0.85e7;
  const auto a = simulate(geometric, {36, {}}), b = simulate(sbg, {36, {}});
  for (std::size_t t = 0; t < 36; ++t)
    BOOST_TEST(b.months[t].returning == a.months[t].returning, boost::test_tools::tolerance(1e-4));
  // with spread, the loyal stay: more returning visitors late than geometric churn at the
  // same first-month rate
  sbg.market.retention_alpha = 0.3;
  sbg.market.retention_beta = 1.7;
  BOOST_TEST(simulate(sbg, {36, {}}).months.back().returning > a.months.back().returning);
}

BOOST_AUTO_TEST_CASE(an_sbg_curve_needs_both_parameters) {
  Plan plan = presets::tmall_2014();
  plan.market.retention_alpha = 0.5;
  BOOST_CHECK_EXCEPTION(simulate(plan), Error, [](const Error& e) {
    return std::string(e.what()).find("market.retention_alpha and market.retention_beta") !=
           std::string::npos;
  });
  plan.market.retention_alpha = -1;
  plan.market.retention_beta = 1;
  BOOST_CHECK_THROW(simulate(plan), Error);
  plan.market.retention_alpha = 1;
  plan.market.retention_beta = std::nan("");
  BOOST_CHECK_EXCEPTION(simulate(plan), Error, [](const Error& e) {
    return std::string(e.what()).find("market.retention_beta") != std::string::npos &&
           std::string(e.what()).find("nan") != std::string::npos;
  });
}

BOOST_AUTO_TEST_CASE(payroll_equals_the_payslips_of_the_month) {
  const auto plan = presets::tmall_2014();
  const auto r = simulate(plan, {36, {}});
  int checked = 0;
  for (const auto& m : r.months) {
    if (m.staff.total() == 0) {
      BOOST_TEST(m.payroll == Money());
      continue;
    }
    int cs = 0;
    for (auto role : {Role::cs_agent, Role::cs_lead, Role::cs_manager}) cs += m.staff.count(role);
    PayrollInputs in;
    in.customer_service_sales = m.inquiry_revenue;
    in.silent_sales = m.silent_revenue;
    in.neutral_reviews = deal_reviews(m.neutral_reviews, cs);
    in.negative_reviews = deal_reviews(m.negative_reviews, cs);
    in.rating_change = plan.market.rating_change;
    const Payroll slips = payroll(plan.pay, m.staff, in);
    Money sum;
    for (const auto& e : slips.people) sum += e.slip.total;
    BOOST_TEST(m.payroll == sum, "month " << m.month);
    ++checked;
  }
  BOOST_TEST(checked == 35);
}

BOOST_AUTO_TEST_CASE(stages_follow_the_targets) {
  const auto plan = presets::tmall_2014();
  const auto r = simulate(plan, {36, {}});
  BOOST_TEST((r.months[0].stage == Stage::setup));
  BOOST_TEST((r.months[1].stage == Stage::launch));
  for (std::size_t t = 1; t < r.months.size(); ++t) {
    const auto& before = r.months[t - 1];
    const auto& now = r.months[t];
    if (now.stage == before.stage) continue;
    // a move happens only after the month that met the previous stage's target
    const auto& target = plan.stages.plan_of(before.stage).revenue_target;
    BOOST_TEST(before.revenue >= target, "month " << now.month);
    BOOST_TEST(static_cast<int>(now.stage) == static_cast<int>(before.stage) + 1);
  }
  BOOST_TEST(r.stage_start[1].value() == 2);
  BOOST_TEST(r.payback_month.has_value());
}

BOOST_AUTO_TEST_CASE(staff_follows_need_with_a_lag_and_never_shrinks) {
  const auto plan = presets::tmall_2014();
  const auto r = simulate(plan, {36, {}});
  for (std::size_t t = 2; t < r.months.size(); ++t) {
    const auto need = plan.staffing.headcount(r.months[t - 1].revenue, r.months[t - 1].orders_per_day);
    for (std::size_t d = 0; d < department_count; ++d) {
      BOOST_TEST(r.months[t].staff.departments()[d] >= need.departments()[d]);
      BOOST_TEST(r.months[t].staff.departments()[d] >= r.months[t - 1].staff.departments()[d]);
    }
  }
}

