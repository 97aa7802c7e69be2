#pragma once
/// Many sampled futures of one plan (docs/model.md §8). Each run draws its uncertain inputs from
/// its own random stream (seed, run), so results depend only on the seed, never on the
/// number of threads. Results are row-major Eigen matrices: one row per run, one column per
/// month, money in yuan rounded to the fen.
#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cstdint>
#include <cmath>
#include <functional>
#include <limits>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <storeops/simulation/simulate.hpp>

namespace storeops {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// A per-month column of a Monte Carlo result: its name and how a month gives it (the engine
/// reads the same figure from its block of runs: src/monte_carlo.cpp, in the same order).
struct MonteCarloColumn {
  std::string_view name;
  double (*value)(const MonthRecord&);
};

/// The per-month columns a Monte Carlo result holds, in order (MONTE_CARLO_COLUMNS in
/// Python): money in yuan rounded to the fen, counts as the expectations they are.
#define STOREOPS_COLUMN(name, of_record) \
  MonteCarloColumn { name, [](const MonthRecord& r) { return of_record; } }
inline constexpr std::array<MonteCarloColumn, 12> monte_carlo_columns = {{
    STOREOPS_COLUMN("visitors", r.visitors),
    STOREOPS_COLUMN("orders", r.orders),
    STOREOPS_COLUMN("orders_per_day", r.orders_per_day),
    STOREOPS_COLUMN("revenue", r.revenue.yuan()),
    STOREOPS_COLUMN("headcount", double(r.staff.total())),
    STOREOPS_COLUMN("payroll", r.payroll.yuan()),
    STOREOPS_COLUMN("promotion_spend", r.promotion_spend.yuan()),
    STOREOPS_COLUMN("platform_fees", r.platform_fees.yuan()),
    STOREOPS_COLUMN("gross_profit", r.gross_profit.yuan()),
    STOREOPS_COLUMN("operating_profit", r.operating_profit.yuan()),
    STOREOPS_COLUMN("cash_flow", r.cash_flow.yuan()),
    STOREOPS_COLUMN("cumulative_cash", r.cumulative_cash.yuan()),
}};
#undef STOREOPS_COLUMN

/// How many futures a Monte Carlo samples when not told (the same in Python and the CLI).
inline constexpr int default_runs = 10'000;
/// How many runs a Monte Carlo simulates side by side in one block when not told.
inline constexpr int default_block_size = 128;

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
  /// Runs a thread takes at a time (1..4096), simulated side by side month by month, at most
  /// MonthBlock::max_lanes (128) at once: a matter of speed only, the results are the same
  /// for every block size.
  int block_size = default_block_size;
  /// The columns the result keeps (names of monte_carlo_columns, any order); empty: all of
  /// them. Every run is simulated in full either way: a column not kept is not written, so a
  /// result of cumulative cash alone takes a twelfth of the memory (a million runs × 36
  /// months: 288 MB instead of 3.5 GB) and less time. The kept columns are the same, value
  /// for value, as in a result of all of them.
  std::vector<std::string> columns = {};
};

/// The index in monte_carlo_columns of the column called `name`; an unknown name lists them.
/// `field` names where the name came from in the error ("columns": MonteCarloOptions::columns).
inline std::size_t monte_carlo_column_index(std::string_view name, std::string_view field = "") {
  for (std::size_t i = 0; i < monte_carlo_columns.size(); ++i)
    if (monte_carlo_columns[i].name == name) return i;
  std::string valid;
  for (auto c : monte_carlo_columns) valid += (valid.empty() ? "" : ", ") + std::string(c.name);
  throw Error("unknown column '" + std::string(name) + "'" +
              (field.empty() ? "" : " in " + std::string(field)) + "; columns: " + valid);
}

/// Which of monte_carlo_columns a result holds, by index.
using ColumnSet = std::array<bool, monte_carlo_columns.size()>;

/// The columns named (options.columns): every one of them when `names` is empty.
inline ColumnSet column_set(const std::vector<std::string>& names) {
  ColumnSet kept{};
  if (names.empty()) kept.fill(true);
  for (const auto& name : names) kept[monte_carlo_column_index(name, "columns")] = true;
  return kept;
}

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

/// The memory of a result's columns, one block of doubles. A large block is mapped 2 MiB
/// aligned and advised to huge pages (Linux): a 20,000 × 36 result is 69 MB of fresh memory,
/// slow to fault in 4 KiB pages (measured on the development VM: twelve columns allocated one
/// by one took 33 ms to fault and fill, one aligned block 19 ms, the simulation itself about
/// 90 ms). Elsewhere, and for small blocks, plain aligned memory.
class ColumnMemory {
 public:
  ColumnMemory() = default;
  explicit ColumnMemory(std::size_t count) : count_(count) {
    const std::size_t bytes = count * sizeof(double);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t huge = std::size_t(1) << 21;
    if (bytes >= 2 * huge) {
      void* p = mmap(nullptr, bytes + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p != MAP_FAILED) {
        mapping_ = p;
        mapped_ = bytes + huge;
        const auto at = (reinterpret_cast<std::uintptr_t>(p) + huge - 1) & ~std::uintptr_t(huge - 1);
        madvise(reinterpret_cast<void*>(at), bytes & ~(huge - 1), MADV_HUGEPAGE);  // a hint only
        data_ = reinterpret_cast<double*>(at);
        return;
      }
    }
#endif
    data_ = static_cast<double*>(::operator new(std::max<std::size_t>(bytes, 1), alignment));
  }
  ColumnMemory(const ColumnMemory& other) : ColumnMemory(other.count_) {
    std::copy(other.data_, other.data_ + count_, data_);
  }
  ColumnMemory(ColumnMemory&& other) noexcept { swap(other); }
  ColumnMemory& operator=(ColumnMemory other) noexcept {
    swap(other);
    return *this;
  }
  ~ColumnMemory() {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (mapping_) {
      munmap(mapping_, mapped_);
      return;
    }
#endif
    if (data_) ::operator delete(data_, alignment);
  }
  double* data() const noexcept { return data_; }

 private:
  static constexpr std::align_val_t alignment{64};
  void swap(ColumnMemory& o) noexcept {
    std::swap(count_, o.count_);
    std::swap(data_, o.data_);
    std::swap(mapping_, o.mapping_);
    std::swap(mapped_, o.mapped_);
  }
  std::size_t count_ = 0;
  double* data_ = nullptr;
  void* mapping_ = nullptr;  // the mapping behind data_, when mapped
  std::size_t mapped_ = 0;
};

}  // namespace detail

/// Many sampled futures: for each of monte_carlo_columns it keeps (all, unless
/// MonteCarloOptions::columns named fewer; has() tells), a runs × months matrix (row-major,
/// money in yuan rounded to the fen), the stages and the payback months. The columns live in
/// one block of memory the result owns; column() gives a view onto one (an Eigen::Map, used
/// like the Matrix it maps; copy it into a Matrix to keep it past the result).
struct MonteCarloResult {
  using Column = Eigen::Map<const Matrix>;

  StageMatrix stage;               ///< the stage index per run and month (STAGES order)
  Eigen::VectorXd payback_months;  ///< NaN where the run never pays back

  MonteCarloResult() { slot_.fill(-1); }
  /// A result of `runs` × `months` holding the columns in `kept` (all by default), not yet
  /// written.
  MonteCarloResult(Eigen::Index runs, Eigen::Index months, const ColumnSet& kept = all_columns())
      : stage(runs, months), payback_months(runs), runs_(runs), months_(months) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < kept.size(); ++i) slot_[i] = kept[i] ? int(count++) : -1;
    memory_ = detail::ColumnMemory(std::size_t(runs * months) * count);
  }

  Eigen::Index runs() const noexcept { return runs_; }
  Eigen::Index months() const noexcept { return months_; }

  /// Whether the result holds column `index` of monte_carlo_columns (MonteCarloOptions::columns).
  bool has(std::size_t index) const noexcept {
    return index < slot_.size() && slot_[index] >= 0;
  }
  /// The columns the result holds, by index of monte_carlo_columns.
  ColumnSet kept() const noexcept {
    ColumnSet k{};
    for (std::size_t i = 0; i < k.size(); ++i) k[i] = slot_[i] >= 0;
    return k;
  }

  /// Column `index` of monte_carlo_columns; one the result does not hold is an error.
  Column column(std::size_t index) const { return Column(column_data(index), runs_, months_); }
  /// Column `index`, to write (for code that builds a result).
  Eigen::Map<Matrix> column(std::size_t index) {
    return Eigen::Map<Matrix>(column_data(index), runs_, months_);
  }
  /// The column called `name` (monte_carlo_columns); an unknown name lists the columns.
  Column column(std::string_view name) const { return column(monte_carlo_column_index(name)); }

  /// Quantiles per month: one row per q, one column per month.
  Matrix quantiles(std::string_view name, const std::vector<double>& qs) const {
    return quantiles_by_column(column(name), qs);
  }

  /// Share of runs that have reached each stage by each month: stage_count × months.
  Matrix stage_probability() const { return stage_reached_share(stage); }

 private:
  static ColumnSet all_columns() noexcept {
    ColumnSet all{};
    all.fill(true);
    return all;
  }
  Eigen::Index runs_ = 0, months_ = 0;
  std::array<int, monte_carlo_columns.size()> slot_;  // a column's place in memory_; -1: not held
  detail::ColumnMemory memory_;
  double* column_data(std::size_t index) const {
    if (index >= monte_carlo_columns.size())
      detail::fail("column", std::to_string(index),
                   "below " + std::to_string(monte_carlo_columns.size()));
    if (slot_[index] < 0) {
      std::string held;
      for (std::size_t i = 0; i < slot_.size(); ++i)
        if (slot_[i] >= 0) held += (held.empty() ? "" : ", ") + std::string(monte_carlo_columns[i].name);
      throw Error("column '" + std::string(monte_carlo_columns[index].name) +
                  "' was not kept: the result holds " + held + " (MonteCarloOptions::columns)");
    }
    return memory_.data() + std::size_t(runs_ * months_) * std::size_t(slot_[index]);
  }
};

/// Runs `options.runs` sampled futures of the plan, `options.block_size` side by side
/// (compiled once into the library: src/monte_carlo.cpp).
MonteCarloResult monte_carlo(const Plan& plan, const MonteCarloOptions& options = {});

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
std::vector<Swing> sensitivity(const Plan& plan, int months = 36,
                               std::string_view metric = "cumulative_cash");

}  // namespace storeops
