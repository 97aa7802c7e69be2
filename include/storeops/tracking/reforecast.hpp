#pragma once
/// A running store's future (docs/model.md §10): the months it has reported are replayed as
/// they happened, the same in every run; its state at the end of the last complete reported
/// month (cash, staff, customers, traffic levels, stage) is carried forward; the months after
/// are sampled from the plan calibrated on the reports.
#include <span>
#include <vector>

#include <storeops/simulation/monte_carlo.hpp>
#include <storeops/tracking/calibration.hpp>

namespace storeops {

/// The reported months replayed on the plan: months with reports take the reported visitors,
/// buyers and revenue (ObservedMonth), months before the first reported day run as planned.
/// Runs to the end of the last complete reported month (none: an empty result).
inline SimulationResult replay_actuals(const Plan& plan, std::span<const DailyActual> days) {
  plan.validate();
  const std::vector<MonthActual> months = actual_months(plan, days);
  int last = 0;
  for (const auto& a : months)
    if (a.complete()) last = a.month;
  if (last == 0) {  // nothing complete: the store before its first month
    SimulationResult none;
    none.state = StoreState{};
    return none;
  }
  SimulationOptions options;
  options.months = last;
  options.observed.resize(std::size_t(last));
  for (const auto& a : months)
    if (a.month <= last)
      options.observed[std::size_t(a.month - 1)] =
          ObservedMonth{double(a.visitors), double(a.buyers), a.revenue};
  return simulate(plan, options);
}

/// Options of a re-forecast: those of a Monte Carlo; `months` is the whole horizon from the
/// plan's month 1, the reported months included. `start` is not used (the reports give it).
using ReforecastOptions = MonteCarloOptions;

/// A Monte Carlo over the whole horizon: the reported months (replay_actuals) in every run,
/// then `options.months` − those months sampled from the plan calibrated on the reports
/// (calibrate). Same seed, same result, whatever the number of threads.
inline MonteCarloResult reforecast(const Plan& plan, std::span<const DailyActual> days,
                                   const ReforecastOptions& options = {}) {
  const SimulationResult past = replay_actuals(plan, days);
  const int observed = int(past.months.size());
  if (options.months <= observed)
    detail::fail("months", std::to_string(options.months),
                 "more than the " + std::to_string(observed) + " months reported (the horizon "
                 "counts from the plan's month 1)");
  const Calibration fitted = calibrate(plan, days);
  MonteCarloOptions future = options;
  future.months = options.months - observed;
  future.start = observed > 0 ? std::optional<StoreState>(past.state) : std::nullopt;
  const MonteCarloResult ahead = monte_carlo(fitted.plan, future);

  const Eigen::Index runs = options.runs, months = options.months, seen = observed;
  MonteCarloResult out(runs, months, ahead.kept());
  for (std::size_t c = 0; c < monte_carlo_columns.size(); ++c) {
    if (!out.has(c)) continue;
    Eigen::Map<Matrix> col = out.column(c);
    for (Eigen::Index t = 0; t < seen; ++t)
      col.col(t).setConstant(monte_carlo_columns[c].value(past.months[std::size_t(t)]));
    col.rightCols(months - seen) = ahead.column(c);
  }
  for (Eigen::Index t = 0; t < seen; ++t)
    out.stage.col(t).setConstant(static_cast<std::int8_t>(past.months[std::size_t(t)].stage));
  out.stage.rightCols(months - seen) = ahead.stage;
  out.payback_months = ahead.payback_months;
  return out;
}

/// The same with plan month 1 moved to the month of `start` (starting_on).
inline SimulationResult replay_actuals(const Plan& plan, std::span<const DailyActual> days,
                                       const Date& start) {
  return replay_actuals(starting_on(plan, start), days);
}
inline MonteCarloResult reforecast(const Plan& plan, std::span<const DailyActual> days,
                                   const Date& start, const ReforecastOptions& options = {}) {
  return reforecast(starting_on(plan, start), days, options);
}

}  // namespace storeops
