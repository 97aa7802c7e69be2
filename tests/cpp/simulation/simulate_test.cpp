#define BOOST_TEST_MODULE simulate
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <storeops/simulation/monte_carlo.hpp>
#include <storeops/plan/presets.hpp>

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

BOOST_AUTO_TEST_CASE(uncertain_quantiles) {
  const Uncertain ln{100, Distribution::lognormal, 0.15};
  BOOST_TEST(ln.quantile(0.5) == 100.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(ln.quantile(0.9) == 100 * std::exp(0.15 * 1.2815515655446004),
             boost::test_tools::tolerance(1e-9));
  const Uncertain tri{2, Distribution::triangular, 0, 1, 4};
  BOOST_TEST(tri.quantile(1.0 / 3.0) == 2.0, boost::test_tools::tolerance(1e-9));
  Rng rng(1, 0);
  const Uncertain n{0.05, Distribution::normal, 0.1, 0.0, 0.3};
  for (int i = 0; i < 1000; ++i) {
    const double x = n.sample(rng);
    BOOST_TEST((x >= 0.0 && x <= 0.3));
  }
}
