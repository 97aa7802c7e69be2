#pragma once
/// The monthly engine (docs/model.md §8): runs a Plan forward month by month — traffic by
/// channel, conversion, revenue, refunds, reviews, staff with hiring lag, payroll from the pay
/// rules, the P&L and cash, stage transitions — once (`simulate`) or over many sampled
/// futures (`monte_carlo`). Both run the month's steps of month_block.hpp: `simulate` as a
/// block of one run.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <storeops/plan/plan.hpp>
#include <storeops/simulation/draw.hpp>
#include <storeops/simulation/month_block.hpp>
#include <storeops/simulation/store_state.hpp>

namespace storeops {

/// Runs one future for `months` months after `start` (an empty store when not given), hands
/// each month to `sink(const MonthRecord&)` and returns where the store ends. A month of
/// `observed` with a value replaces the model's traffic, orders and revenue of that month.
template <class Sink>
StoreState run_plan(const Plan& plan, const Schedule& schedule, const Draw& d, int months,
                    Sink&& sink, const StoreState& start = {}, ObservedMonths observed = {}) {
  detail::RunBlock block(plan, schedule, 1);
  block.start(std::span(&d, 1), start);
  for (int k = 0; k < months; ++k) {
    const auto at = static_cast<std::size_t>(k);
    block.run_month(at < observed.size() && observed[at] ? &*observed[at] : nullptr);
    sink(block.record(0));
  }
  return block.state(0);
}

/// Options of one simulation.
struct SimulationOptions {
  int months = 36;
  std::optional<std::uint64_t> seed = std::nullopt;  ///< none: the plan's values; a seed: one future
  /// Where to start: none, an empty store before month 1; a state, the months after it (the
  /// same seed draws the same future, so 10 months and 26 more from the state are 36).
  std::optional<StoreState> start = std::nullopt;
  /// Months that happened (a running store's reports), from the first month run: each one
  /// given replaces the model's visitors, orders and revenue of that month.
  std::vector<std::optional<ObservedMonth>> observed = {};
};

struct SimulationResult {
  std::vector<MonthRecord> months;
  /// The first month (1-based, counted from the store's month 1) whose operating profit,
  /// summed from month 1, covers the plan's investment; empty when not within the months run.
  std::optional<int> payback_month;
  /// The first 1-based month spent in each stage (empty if never reached in these months).
  std::array<std::optional<int>, stage_count> stage_start{};
  /// Where the store stands after the last month: the start of a simulation that goes on.
  StoreState state;
};

inline void check_months(int months) {
  if (months < 1 || months > 1200) detail::fail("months", std::to_string(months), "in 1..1200");
}

/// Checks that `months` more months after `start` stay within the 1,200 a run may have.
inline void check_months(int months, const std::optional<StoreState>& start) {
  check_months(months);
  const int before = start ? start->month : 0;
  if (before + months > 1200)
    detail::fail("months", std::to_string(months),
                 "at most " + std::to_string(1200 - before) + " after a state at month " +
                     std::to_string(before) + " (1,200 months in all)");
}

/// Runs the plan forward `options.months` months (from `options.start` when given).
inline SimulationResult simulate(const Plan& plan, const SimulationOptions& options = {}) {
  check_months(options.months, options.start);
  plan.validate();
  const auto factor = correlation_factor_of(plan);
  const Draw d = draw_of(plan, options.seed, 0, factor ? &*factor : nullptr);
  const StoreState start = options.start.value_or(StoreState{});
  check_state(plan, start);
  const Schedule schedule(plan, start.month + options.months);
  SimulationResult out;
  out.months.reserve(std::size_t(options.months));
  out.state = run_plan(plan, schedule, d, options.months, [&](const MonthRecord& r) {
    out.months.push_back(r);
    auto& first = out.stage_start[static_cast<std::size_t>(r.stage)];
    if (!first) first = r.month;
  }, start, options.observed);
  out.payback_month = out.state.payback_month;
  return out;
}

}  // namespace storeops
