#pragma once
/// Many sampled futures of one plan (docs/model.md §8). Each run draws its uncertain inputs from
/// its own random stream (seed, run), so results depend only on the seed, never on the
/// number of threads. Results are row-major Eigen matrices: one row per run, one column per
/// month, money in yuan rounded to the fen.
#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <storeops/simulation/simulate.hpp>

namespace storeops {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// A per-month column of a Monte Carlo result: its name and how a month gives it.
struct MonteCarloColumn {
  std::string_view name;
  double (*value)(const MonthRecord&);
};

/// The per-month columns a Monte Carlo result holds, in order (MONTE_CARLO_COLUMNS in
/// Python): money in yuan rounded to the fen, counts as the expectations they are.
inline constexpr std::array<MonteCarloColumn, 12> monte_carlo_columns = {{
    {"visitors", [](const MonthRecord& r) { return r.visitors; }},
    {"orders", [](const MonthRecord& r) { return r.orders; }},
    {"orders_per_day", [](const MonthRecord& r) { return r.orders_per_day; }},
    {"revenue", [](const MonthRecord& r) { return r.revenue.yuan(); }},
    {"headcount", [](const MonthRecord& r) { return double(r.staff.total()); }},
    {"payroll", [](const MonthRecord& r) { return r.payroll.yuan(); }},
    {"promotion_spend", [](const MonthRecord& r) { return r.promotion_spend.yuan(); }},
    {"platform_fees", [](const MonthRecord& r) { return r.platform_fees.yuan(); }},
    {"gross_profit", [](const MonthRecord& r) { return r.gross_profit.yuan(); }},
    {"operating_profit", [](const MonthRecord& r) { return r.operating_profit.yuan(); }},
    {"cash_flow", [](const MonthRecord& r) { return r.cash_flow.yuan(); }},
    {"cumulative_cash", [](const MonthRecord& r) { return r.cumulative_cash.yuan(); }},
}};

/// How many futures a Monte Carlo samples when not told (the same in Python and the CLI).
inline constexpr int default_runs = 10'000;

struct MonteCarloOptions {
  int runs = default_runs;
  int months = 36;
  std::uint64_t seed = 0;
  int threads = 0;  ///< 0: every core
  /// The index of the first run: chunks with first_run 0, n, 2n, ... under one seed
  /// concatenate to exactly the single run of all of them (for fanning out over processes).
  std::uint64_t first_run = 0;
  /// Called from the calling thread about ten times a second with (runs done, runs).
  std::function<void(int, int)> progress;
  /// Every run starts from this state (none: an empty store) and runs `months` more months.
  std::optional<StoreState> start = std::nullopt;
};

using StageMatrix = Eigen::Matrix<std::int8_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// The q-quantile of sorted values, interpolating linearly between neighbours (NumPy's
/// default); NaN for no values.
inline double quantile_sorted(const std::vector<double>& v, double q) {
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  const double pos = q * double(v.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(pos));
  const auto hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (pos - double(lo)) * (v[hi] - v[lo]);
}

/// Quantiles of each column of `m` (runs × months): one row per q, one column per column.
/// The one place quantiles of results are computed, for C++ and Python alike.
inline Matrix quantiles_by_column(const Eigen::Ref<const Matrix>& m, const std::vector<double>& qs) {
  for (double q : qs) detail::require_rate(q, "q");
  Matrix out(static_cast<Eigen::Index>(qs.size()), m.cols());
  std::vector<double> values(static_cast<std::size_t>(m.rows()));
  for (Eigen::Index t = 0; t < m.cols(); ++t) {
    for (Eigen::Index r = 0; r < m.rows(); ++r) values[std::size_t(r)] = m(r, t);
    std::sort(values.begin(), values.end());
    for (std::size_t k = 0; k < qs.size(); ++k) out(Eigen::Index(k), t) = quantile_sorted(values, qs[k]);
  }
  return out;
}

/// Share of runs (rows) that have reached each stage by each month: stage_count × months.
inline Matrix stage_reached_share(const Eigen::Ref<const StageMatrix>& stage) {
  Matrix out = Matrix::Zero(stage_count, stage.cols());
  for (Eigen::Index r = 0; r < stage.rows(); ++r) {
    int reached = 0;
    for (Eigen::Index t = 0; t < stage.cols(); ++t) {
      reached = std::max(reached, int(stage(r, t)));
      for (int s = 0; s <= reached; ++s) out(s, t) += 1.0;
    }
  }
  return out / static_cast<double>(std::max<Eigen::Index>(1, stage.rows()));
}

namespace detail {

/// Runs `work(i)` for i in [0, count) on `threads` threads (0: every core), in chunks of 64
/// handed out in order; `progress(done, count)` from the calling thread about ten times a
/// second. What work(i) computes must depend on i only, so results never depend on threads.
/// The first exception stops the work and is rethrown.
template <class Work>
void parallel_for(Eigen::Index count, int threads, Work&& work,
                  const std::function<void(int, int)>& progress = {}) {
  if (threads < 0) fail("threads", std::to_string(threads), ">= 0");
  const int n = threads > 0 ? threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  constexpr Eigen::Index chunk = 64;
  std::atomic<Eigen::Index> next{0};
  std::atomic<int> done{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto worker = [&] {
    try {
      for (;;) {
        const Eigen::Index start = next.fetch_add(chunk);
        if (start >= count || failed) return;
        const Eigen::Index end = std::min(count, start + chunk);
        for (Eigen::Index i = start; i < end; ++i) work(i);
        done += static_cast<int>(end - start);
      }
    } catch (...) {
      if (!failed.exchange(true)) failure = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  for (int i = 0; i < std::min<Eigen::Index>(n, (count + chunk - 1) / chunk); ++i) pool.emplace_back(worker);
  if (progress) {
    while (done.load() < count && !failed.load()) {
      progress(done.load(), static_cast<int>(count));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  if (progress) progress(static_cast<int>(count), static_cast<int>(count));
}

}  // namespace detail

struct MonteCarloResult {
  std::array<Matrix, monte_carlo_columns.size()> columns;
  StageMatrix stage;
  Eigen::VectorXd payback_months;  ///< NaN where the run never pays back

  const Matrix& column(std::string_view name) const {
    for (std::size_t i = 0; i < monte_carlo_columns.size(); ++i)
      if (monte_carlo_columns[i].name == name) return columns[i];
    std::string valid;
    for (auto c : monte_carlo_columns) valid += (valid.empty() ? "" : ", ") + std::string(c.name);
    throw Error("unknown column '" + std::string(name) + "'; columns: " + valid);
  }

  /// Quantiles per month: one row per q, one column per month.
  Matrix quantiles(std::string_view name, const std::vector<double>& qs) const {
    return quantiles_by_column(column(name), qs);
  }

  /// Share of runs that have reached each stage by each month: stage_count × months.
  Matrix stage_probability() const { return stage_reached_share(stage); }
};

/// Runs `options.runs` sampled futures of the plan.
inline MonteCarloResult monte_carlo(const Plan& plan, const MonteCarloOptions& options = {}) {
  check_months(options.months, options.start);
  if (options.runs < 1 || options.runs > 100'000'000)
    detail::fail("runs", std::to_string(options.runs), "in 1..100000000");
  if (options.threads < 0) detail::fail("threads", std::to_string(options.threads), ">= 0");
  plan.validate();
  const Eigen::Index runs = options.runs, months = options.months;
  MonteCarloResult out;
  for (auto& c : out.columns) c.resize(runs, months);
  out.stage.resize(runs, months);
  out.payback_months.resize(runs);
  const detail::RunState initial =
      options.start ? detail::RunState(plan, *options.start) : detail::RunState(plan);
  const Schedule schedule(plan, initial.month + options.months);
  const int first_month = initial.month;
  const auto factor = correlation_factor_of(plan);

  auto one_run = [&](Eigen::Index run) {
    const Draw d = draw_of(plan, options.seed, options.first_run + static_cast<std::uint64_t>(run),
                           factor ? &*factor : nullptr);
    double* col[monte_carlo_columns.size()];
    for (std::size_t c = 0; c < monte_carlo_columns.size(); ++c) col[c] = out.columns[c].row(run).data();
    std::int8_t* st = out.stage.row(run).data();
    auto record = [&](const MonthRecord& r) {
      const auto t = std::size_t(r.month - 1 - first_month);
      // each column's accessor is a constant of the table: direct, inlined calls
      [&]<std::size_t... C>(std::index_sequence<C...>) {
        ((col[C][t] = monte_carlo_columns[C].value(r)), ...);
      }(std::make_index_sequence<monte_carlo_columns.size()>{});
      st[t] = static_cast<std::int8_t>(r.stage);
    };
    auto months_of = [&](detail::RunState& s) {
      run_plan(plan, schedule, d, options.months, s, record);
      out.payback_months(run) =
          s.payback ? double(*s.payback) : std::numeric_limits<double>::quiet_NaN();
    };
    if (options.start) {
      detail::RunState s = initial;
      months_of(s);
    } else {
      // a fresh store in each thread's own RunState, restarted run after run: built once
      // per thread (no allocation), its history neither copied nor cleared
      thread_local std::optional<detail::RunState> fresh;
      if (fresh)
        fresh->restart(plan);
      else
        fresh.emplace(plan);
      months_of(*fresh);
    }
  };

  detail::parallel_for(runs, options.threads, one_run, options.progress);
  return out;
}

/// One row of a sensitivity (tornado) table: an uncertain input at its P10 and P90, every
/// other input at the plan's value.
struct Swing {
  std::string input;
  double low_value = 0, high_value = 0;
  double low_result = 0, high_result = 0;  ///< the metric with the input at low / high
};

/// One-at-a-time swings of each uncertain input on a metric of the simulation:
/// "cumulative_cash" (at the last month, yuan), "operating_profit" (summed, yuan),
/// "revenue" (summed, yuan) or "payback_month" (NaN when it never pays back).
inline std::vector<Swing> sensitivity(const Plan& plan, int months = 36,
                                      std::string_view metric = "cumulative_cash") {
  check_months(months);
  plan.validate();
  if (metric != "cumulative_cash" && metric != "operating_profit" && metric != "revenue" &&
      metric != "payback_month")
    throw Error("metric must be one of cumulative_cash, operating_profit, revenue, "
                "payback_month, got '" + std::string(metric) + "'");
  const Schedule schedule(plan, months);
  auto measure = [&](const Draw& d) {
    detail::RunState s(plan);
    Money profit, revenue;
    run_plan(plan, schedule, d, months, s, [&](const MonthRecord& r) {
      profit += r.operating_profit;
      revenue += r.revenue;
    });
    if (metric == "payback_month")
      return s.payback ? double(*s.payback) : std::numeric_limits<double>::quiet_NaN();
    return (metric == "revenue" ? revenue : metric == "operating_profit" ? profit : s.cumulative).yuan();
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
