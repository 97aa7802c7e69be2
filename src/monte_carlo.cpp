// Many sampled futures (monte_carlo.hpp): the engine's blocks of runs, the writing of the
// result's columns and the threads, compiled here once rather than in every file that includes
// the headers.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <storeops/detail/parallel_for.hpp>
#include <storeops/simulation/monte_carlo.hpp>
#include <storeops/simulation/month_block.hpp>

namespace storeops {

namespace detail {

/// How the block's month just run gives each of monte_carlo_columns for one run: the same
/// figure as MonteCarloColumn::value reads from a MonthRecord, in the same order.
struct LaneColumn {
  std::string_view name;
  double (*lane)(const MonthBlock&, std::size_t);
};
#define STOREOPS_LANE(name, field) \
  LaneColumn { name, [](const MonthBlock& b, std::size_t i) { return field; } }
inline constexpr std::array<LaneColumn, monte_carlo_columns.size()> lane_columns = {{
    STOREOPS_LANE("visitors", b.figures().visitors[i]),
    STOREOPS_LANE("orders", b.figures().orders[i]),
    STOREOPS_LANE("orders_per_day", b.figures().orders_per_day[i]),
    STOREOPS_LANE("revenue", b.figures().revenue[i].yuan()),
    STOREOPS_LANE("headcount", double(b.team(i).people)),
    STOREOPS_LANE("payroll", b.figures().payroll[i].yuan()),
    STOREOPS_LANE("promotion_spend", b.figures().promotion_spend[i].yuan()),
    STOREOPS_LANE("platform_fees", b.figures().platform_fees[i].yuan()),
    STOREOPS_LANE("gross_profit", b.figures().gross_profit[i].yuan()),
    STOREOPS_LANE("operating_profit", b.figures().operating_profit[i].yuan()),
    STOREOPS_LANE("cash_flow", b.figures().cash_flow[i].yuan()),
    STOREOPS_LANE("cumulative_cash", b.figures().cumulative_cash[i].yuan()),
}};
#undef STOREOPS_LANE

constexpr bool same_order() {
  for (std::size_t c = 0; c < lane_columns.size(); ++c)
    if (lane_columns[c].name != monte_carlo_columns[c].name) return false;
  return true;
}
static_assert(same_order(), "lane_columns follows monte_carlo_columns, name by name");

/// Writes column C of lanes 0..lanes of a block's month just run down one month of the result
/// (`to`: the first lane's element; a run's row is `months` further on). The column's accessor
/// is a constant of the table, inlined.
template <std::size_t C>
void write_column(const MonthBlock& block, double* to, Eigen::Index lanes, Eigen::Index months) {
  for (Eigen::Index i = 0; i < lanes; ++i)
    to[i * months] = lane_columns[C].lane(block, std::size_t(i));
}

using ColumnWriter = void (*)(const MonthBlock&, double*, Eigen::Index, Eigen::Index);

template <std::size_t... C>
constexpr std::array<ColumnWriter, sizeof...(C)> column_writers(std::index_sequence<C...>) {
  return {&write_column<C>...};
}
/// write_column of each of monte_carlo_columns, by index.
inline constexpr auto column_writer =
    column_writers(std::make_index_sequence<monte_carlo_columns.size()>{});

/// Every column and the stage at once, when the result keeps them all: one pass over the
/// lanes, each lane's figures stored together (about 50 instructions a store-month fewer than
/// a pass per column). `to[C]`: column C's first lane's element; `stages`: the stage's.
template <std::size_t... C>
[[gnu::always_inline]] inline void write_all_columns(const MonthBlock& block, double* const* to,
                                                     std::int8_t* stages, Eigen::Index lanes,
                                                     Eigen::Index months, std::index_sequence<C...>) {
  const Stage* const of = &block.figures().stage[0];
  for (Eigen::Index i = 0; i < lanes; ++i) {
    const Eigen::Index at = i * months;
    ((to[C][at] = lane_columns[C].lane(block, std::size_t(i))), ...);
    stages[at] = static_cast<std::int8_t>(of[i]);
  }
}
}  // namespace detail

MonteCarloResult monte_carlo(const Plan& plan, const MonteCarloOptions& options) {
  check_months(options.months, options.start);
  if (options.runs < 1 || options.runs > 100'000'000)
    detail::fail("runs", std::to_string(options.runs), "in 1..100000000");
  if (options.threads < 0) detail::fail("threads", std::to_string(options.threads), ">= 0");
  if (options.block_size < 1 || options.block_size > 4096)
    detail::fail("block_size", std::to_string(options.block_size), "in 1..4096");
  plan.validate();
  const StoreState start = options.start.value_or(StoreState{});
  check_state(plan, start);
  const Eigen::Index runs = options.runs, months = options.months, size = options.block_size;
  MonteCarloResult out(runs, months, column_set(options.columns));
  // the kept columns: where each starts, and its writer
  std::vector<std::pair<double*, detail::ColumnWriter>> kept;
  for (std::size_t c = 0; c < monte_carlo_columns.size(); ++c)
    if (out.has(c)) kept.emplace_back(out.column(c).data(), detail::column_writer[c]);
  const bool all = kept.size() == monte_carlo_columns.size();
  const Schedule schedule(plan, start.month + options.months);
  const auto factor = correlation_factor_of(plan);

  // each thread's block and draws, made in the thread on its first block and kept
  struct Space {
    std::unique_ptr<detail::MonthBlock> block;
    std::vector<Draw> draws;
  };
  const Eigen::Index blocks = (runs + size - 1) / size;
  std::vector<Space> spaces(std::size_t(detail::worker_count(blocks, options.threads, 1)));

  // a block's runs go through the thread's MonthBlock this many at a time
  const Eigen::Index side = std::min<Eigen::Index>(size, detail::MonthBlock::max_lanes);
  auto group = [&](Space& space, Eigen::Index first, Eigen::Index lanes) {
    detail::MonthBlock& block = *space.block;
    for (Eigen::Index i = 0; i < lanes; ++i)
      space.draws[std::size_t(i)] =
          draw_of(plan, options.seed, options.first_run + static_cast<std::uint64_t>(first + i),
                  factor ? &*factor : nullptr);
    block.start(std::span(space.draws.data(), std::size_t(lanes)), start);
    std::int8_t* const stages = out.stage.data() + first * months;
    const Stage* const stage_of = &block.figures().stage[0];
    for (Eigen::Index k = 0; k < months; ++k) {
      block.run_month();
      if (all) {
        std::array<double*, monte_carlo_columns.size()> to;
        for (std::size_t c = 0; c < to.size(); ++c) to[c] = kept[c].first + first * months + k;
        detail::write_all_columns(block, to.data(), stages + k, lanes, months,
                                  std::make_index_sequence<monte_carlo_columns.size()>{});
        continue;
      }
      for (const auto& [column, write] : kept) write(block, column + first * months + k, lanes, months);
      for (Eigen::Index i = 0; i < lanes; ++i)
        stages[i * months + k] = static_cast<std::int8_t>(stage_of[i]);
    }
    for (Eigen::Index i = 0; i < lanes; ++i) {
      const auto payback = block.payback_month(std::size_t(i));
      out.payback_months(first + i) =
          payback ? double(*payback) : std::numeric_limits<double>::quiet_NaN();
    }
  };
  auto one_block = [&](Eigen::Index index, int worker) {
    Space& space = spaces[std::size_t(worker)];
    if (!space.block) {
      space.block = std::make_unique<detail::MonthBlock>(plan, schedule, std::size_t(side));
      space.draws.resize(std::size_t(side));
    }
    const Eigen::Index first = index * size, end = std::min(first + size, runs);
    for (Eigen::Index at = first; at < end; at += side) group(space, at, std::min(side, end - at));
  };

  std::function<void(int, int)> progress;
  if (options.progress)  // blocks done, reported as runs done
    progress = [&](int done, int) {
      options.progress(static_cast<int>(std::min<Eigen::Index>(done * size, runs)), options.runs);
    };
  detail::parallel_for(blocks, options.threads, one_block, progress, 1);
  return out;
}

std::vector<Swing> sensitivity(const Plan& plan, int months, std::string_view metric) {
  check_months(months);
  plan.validate();
  if (metric != "cumulative_cash" && metric != "operating_profit" && metric != "revenue" &&
      metric != "payback_month")
    throw Error("metric must be one of cumulative_cash, operating_profit, revenue, "
                "payback_month, got '" + std::string(metric) + "'");
  const Schedule schedule(plan, months);
  auto measure = [&](const Draw& d) {
    Money profit, revenue;
    const StoreState s = run_plan(plan, schedule, d, months, [&](const MonthRecord& r) {
      profit += r.operating_profit;
      revenue += r.revenue;
    });
    if (metric == "payback_month")
      return s.payback_month ? double(*s.payback_month) : std::numeric_limits<double>::quiet_NaN();
    return (metric == "revenue" ? revenue
            : metric == "operating_profit" ? profit
                                           : s.cumulative_cash).yuan();
  };
  std::vector<Swing> out;
  for (const auto& input : uncertain_inputs) {
    const Uncertain& u = plan.market.*(input.plan);
    if (!u.varies()) continue;
    Swing s{std::string(input.name), u.quantile(0.1), u.quantile(0.9), 0, 0};
    Draw low = Draw::of(plan.market), high = low;
    low.*(input.draw) = s.low_value;
    high.*(input.draw) = s.high_value;
    s.low_result = measure(low);
    s.high_result = measure(high);
    out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](const Swing& a, const Swing& b) {
    const double wa = std::abs(a.high_result - a.low_result), wb = std::abs(b.high_result - b.low_result);
    return wa > wb;
  });
  return out;
}

}  // namespace storeops
