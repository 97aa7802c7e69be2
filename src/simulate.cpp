// The engine run once (simulate.hpp): compiled here, once, rather than in every file that
// includes the headers.
#include <storeops/simulation/month_block.hpp>
#include <storeops/simulation/simulate.hpp>

namespace storeops {

StoreState run_plan(const Plan& plan, const Schedule& schedule, const Draw& d, int months,
                    MonthSink sink, const StoreState& start, ObservedMonths observed) {
  detail::RunBlock block(plan, schedule, 1);
  block.start(std::span(&d, 1), start);
  for (int k = 0; k < months; ++k) {
    const auto at = static_cast<std::size_t>(k);
    block.run_month(at < observed.size() && observed[at] ? &*observed[at] : nullptr);
    sink(block.record(0));
  }
  return block.state(0);
}

SimulationResult simulate(const Plan& plan, const SimulationOptions& options) {
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
