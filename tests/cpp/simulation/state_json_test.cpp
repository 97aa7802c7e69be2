#define BOOST_TEST_MODULE state_json
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <storeops/plan/presets.hpp>
#include <storeops/simulation/monte_carlo.hpp>
#include <storeops/simulation/state_json.hpp>

using namespace storeops;

namespace {
std::vector<Plan> plans() {
  Plan preset = presets::tmall_2014();
  Plan sbg = presets::tmall_2014();
  sbg.market.retention_alpha = 0.8;
  sbg.market.retention_beta = 2.4;
  Plan shrink = presets::tmall_2014();
  shrink.staffing.set_allow_shrink(true);
  shrink.staffing.set_hiring_lag_months(2);
  return {preset, sbg, shrink};
}

void same_months(const MonthRecord& a, const MonthRecord& b) {
  BOOST_TEST(a.month == b.month);
  BOOST_TEST(a.visitors == b.visitors);  // bit for bit: the same arithmetic in the same order
  BOOST_TEST(a.orders == b.orders);
  BOOST_TEST(a.revenue == b.revenue);
  BOOST_TEST(a.payroll == b.payroll);
  BOOST_TEST(a.operating_profit == b.operating_profit);
  BOOST_TEST(a.cumulative_cash == b.cumulative_cash);
  BOOST_TEST((a.staff == b.staff));
  BOOST_TEST(a.credit_points == b.credit_points);
  BOOST_TEST(static_cast<int>(a.stage) == static_cast<int>(b.stage));
}
}  // namespace

BOOST_AUTO_TEST_CASE(ten_months_then_twenty_six_from_the_state_are_the_thirty_six) {
  for (const Plan& plan : plans())
    for (std::optional<std::uint64_t> seed : {std::optional<std::uint64_t>(), std::optional<std::uint64_t>(7)}) {
      const auto whole = simulate(plan, {.months = 36, .seed = seed});
      for (int cut : {1, 2, 10, 35}) {
        const auto first = simulate(plan, {.months = cut, .seed = seed});
        const auto rest = simulate(plan, {.months = 36 - cut, .seed = seed, .start = first.state});
        BOOST_REQUIRE(rest.months.size() == std::size_t(36 - cut));
        for (std::size_t k = 0; k < rest.months.size(); ++k)
          same_months(rest.months[k], whole.months[std::size_t(cut) + k]);
        BOOST_TEST((rest.payback_month == whole.payback_month));
        BOOST_TEST((rest.state == whole.state));
      }
    }
}

BOOST_AUTO_TEST_CASE(the_state_round_trips_through_json) {
  for (const Plan& plan : plans()) {
    const auto first = simulate(plan, {.months = 10, .seed = 3});
    const StoreState back = state_from_json(state_to_json(first.state));
    BOOST_TEST((back == first.state));
    const auto rest = simulate(plan, {.months = 26, .seed = 3, .start = back});
    BOOST_TEST(rest.months.back().cumulative_cash ==
               simulate(plan, {.months = 36, .seed = 3}).months.back().cumulative_cash);
  }
}

BOOST_AUTO_TEST_CASE(a_monte_carlo_goes_on_from_a_state) {
  const Plan plan = presets::tmall_2014();
  const auto first = simulate(plan, {.months = 10, .seed = 1});
  MonteCarloOptions o;
  o.runs = 3;
  o.months = 26;
  o.seed = 1;
  o.threads = 1;
  o.start = first.state;
  const auto mc = monte_carlo(plan, o);
  const auto whole = simulate(plan, {.months = 36, .seed = 1});  // = run 0 of seed 1
  for (int t = 0; t < 26; ++t)
    BOOST_TEST(mc.column("cumulative_cash")(0, t) == whole.months[std::size_t(10 + t)].cumulative_cash.yuan());
  if (whole.payback_month)
    BOOST_TEST(mc.payback_months(0) == double(*whole.payback_month));
  else
    BOOST_TEST(std::isnan(mc.payback_months(0)));
}

BOOST_AUTO_TEST_CASE(a_state_that_does_not_fit_the_plan_is_refused_by_name) {
  const Plan plan = presets::tmall_2014();
  StoreState s = simulate(plan, {.months = 10}).state;
  s.needs.clear();
  BOOST_CHECK_EXCEPTION(simulate(plan, {.months = 5, .start = s}), Error, [](const Error& e) {
    return std::string(e.what()).find("state.needs must be 1 (the last min(hiring lag, month) months)") !=
           std::string::npos;
  });
  s = simulate(plan, {.months = 10}).state;
  s.customers = -3;
  BOOST_CHECK_EXCEPTION(simulate(plan, {.months = 5, .start = s}), Error, [](const Error& e) {
    return std::string(e.what()) == "state.customers must be a finite number >= 0, got -3";
  });
  s = simulate(plan, {.months = 10}).state;
  BOOST_CHECK_EXCEPTION(simulate(plan, {.months = 1191, .start = s}), Error, [](const Error& e) {
    return std::string(e.what()).find("months must be at most 1190 after a state at month 10") !=
           std::string::npos;
  });
  BOOST_CHECK_EXCEPTION(state_from_json(R"({"schema": "storeops.state/1", "month": 1})"), Error,
                        [](const Error& e) {
                          return std::string(e.what()).find("state: missing key 'months_open'") !=
                                 std::string::npos;
                        });
}
