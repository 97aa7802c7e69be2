#pragma once
/// The monthly engine (docs/model.md §8): runs a Plan forward month by month — traffic by
/// channel, conversion, revenue, refunds, reviews, staff with hiring lag, payroll from the pay
/// rules, the P&L and cash, stage transitions — once (`simulate`) or over many sampled
/// futures (`monte_carlo`). Both run the month's steps of month_block.hpp: `simulate` as a
/// block of one run. Declared here, compiled once into the library (src/simulate.cpp).
#include <array>
#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <storeops/plan/plan.hpp>
#include <storeops/simulation/draw.hpp>
#include <storeops/simulation/month.hpp>
#include <storeops/simulation/store_state.hpp>

namespace storeops {

/// What run_plan hands each month to: any callable taking a `const MonthRecord&`, held by
/// reference (a view, like std::function_ref: the callable outlives the call, as a lambda
/// written in the call does). Not a template, so the engine is compiled once, in the library.
class MonthSink {
 public:
  template <class F>
    requires std::invocable<F&, const MonthRecord&> &&
             (!std::same_as<std::remove_cvref_t<F>, MonthSink>)
  MonthSink(F&& f) noexcept  // NOLINT(google-explicit-constructor): a lambda is a sink
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_([](void* o, const MonthRecord& r) { (*static_cast<std::remove_reference_t<F>*>(o))(r); }) {}
  void operator()(const MonthRecord& r) const { call_(object_, r); }

 private:
  void* object_;
  void (*call_)(void*, const MonthRecord&);
};

/// Runs one future for `months` months after `start` (an empty store when not given), hands
/// each month to `sink(const MonthRecord&)` and returns where the store ends. A month of
/// `observed` with a value replaces the model's traffic, orders and revenue of that month.
StoreState run_plan(const Plan& plan, const Schedule& schedule, const Draw& d, int months,
                    MonthSink sink, const StoreState& start = {}, ObservedMonths observed = {});

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
SimulationResult simulate(const Plan& plan, const SimulationOptions& options = {});

}  // namespace storeops
