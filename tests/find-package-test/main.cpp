// A user's application, built against an installed copy of storeops with nothing but the
// umbrella header: the README's C++ example, run by CTest. It exits non-zero unless every
// step gives what the library promises.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <storeops/storeops.hpp>

int main() {
  // the seed's example: 10,000 UV at 2% is 200 orders a day
  const storeops::Funnel day(10'000, 0.02, storeops::Money::from_yuan(100));
  if (day.orders() != 200.0 || day.revenue() != storeops::Money::from_yuan(20'000)) return 1;

  // a plan: the seed preset, changed, saved and loaded back
  storeops::Plan plan = storeops::presets::tmall_2014();
  storeops::save_plan(plan, "consumer_plan.json");
  const storeops::Plan loaded = storeops::load_plan("consumer_plan.json");
  std::remove("consumer_plan.json");
  if (!(loaded == plan)) return 2;

  // one future, month by month
  const storeops::SimulationResult sim = storeops::simulate(loaded, {.months = 36});
  std::cout << "storeops " << storeops::version << ": payback month "
            << sim.payback_month.value_or(0) << ", cash at month 36 "
            << sim.months.back().cumulative_cash << '\n';
  if (sim.payback_month != 34) return 3;
  if (sim.months.back().cumulative_cash != storeops::Money::from_fen(21'474'094)) return 4;

  // many futures: arrays shaped (runs, months), the same for any number of threads
  storeops::MonteCarloOptions options;
  options.runs = 2'000;
  options.seed = 7;
  const storeops::MonteCarloResult mc = storeops::monte_carlo(loaded, options);
  const auto cash = mc.column("cumulative_cash");
  const storeops::Matrix p50 = mc.quantiles("cumulative_cash", {0.5});
  int paid = 0;
  for (Eigen::Index r = 0; r < mc.payback_months.size(); ++r) paid += !std::isnan(mc.payback_months(r));
  std::cout << "median cash at month 36: " << p50(0, 35) << " yuan; " << paid << " of "
            << cash.rows() << " runs pay back\n";
  if (!(cash.rows() == 2'000 && cash.cols() == 36 && paid > 0)) return 5;

  // the 双11 day: customer service hour by hour, and its roster at least cost (the solver
  // comes with the package when it was built with one)
  storeops::CampaignHoursOptions campaign;
  campaign.day_visitors = 200'000;
  campaign.conversion_lift = storeops::campaign_conversion_lift(loaded, 10);
  std::vector<long> agents;
  for (const auto& h : storeops::campaign_hours(loaded, campaign)) agents.push_back(h.cs_agents);
  if (!storeops::roster_solver_available()) return 0;
  const storeops::Roster cs = storeops::roster(agents, loaded.campaign_day.cs_shifts);
  std::cout << "双11 customer-service roster: " << cs.cost << '\n';
  return cs.optimal && cs.slack[0] >= 0 ? 0 : 6;
}
