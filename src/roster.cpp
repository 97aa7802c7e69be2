// The least-cost duty roster as an integer program, solved by COIN-OR CBC:
//   minimise  sum_j cost_j x_j   subject to  sum_{j covers h} x_j >= required_h  (every hour h),
//   x_j whole, 0 <= x_j <= max_h required_h.
// CBC proves the optimum (branch and cut with an absolute gap of 0 on whole-fen costs); we
// keep only the model and the checks at the door here.
#include <storeops/campaign_day/roster.hpp>

#include <algorithm>
#include <cmath>
#include <string>

#include <storeops/detail/validate.hpp>

#ifdef STOREOPS_WITH_CBC
#include <Cbc_C_Interface.h>
#include <CoinFinite.hpp>
#endif

namespace storeops {
namespace {

void check(std::span<const long> required, std::span<const Shift> shifts) {
  if (required.size() != 24)
    throw Error("required must hold 24 hourly counts (0:00 to 23:00), got " +
                std::to_string(required.size()));
  for (std::size_t h = 0; h < 24; ++h)
    if (required[h] < 0)
      detail::fail("required[" + std::to_string(h) + "]", std::to_string(required[h]), "a whole number >= 0");
  if (shifts.empty()) throw Error("shifts: no shift to roster");
  for (std::size_t j = 0; j < shifts.size(); ++j)
    detail::check_fields(shift_fields, shifts[j], "shifts[" + std::to_string(j) + "]");
  for (int h = 0; h < 24; ++h)
    if (required[std::size_t(h)] > 0 &&
        std::none_of(shifts.begin(), shifts.end(), [h](const Shift& s) { return s.covers(h); }))
      throw Error("required[" + std::to_string(h) + "]: " + std::to_string(required[std::size_t(h)]) +
                  " people are needed at " + std::to_string(h) + ":00 but no shift covers that hour");
}

/// A roster that covers every hour (the cheapest covering shift, as often as the hour needs):
/// the solver's first incumbent, so that a time limit always has a roster to return.
std::vector<long> first_roster(std::span<const long> required, std::span<const Shift> shifts) {
  std::vector<long> counts(shifts.size(), 0);
  for (int h = 0; h < 24; ++h) {
    long have = 0;
    for (std::size_t j = 0; j < shifts.size(); ++j)
      if (shifts[j].covers(h)) have += counts[j];
    if (have >= required[std::size_t(h)]) continue;
    std::size_t best = shifts.size();
    for (std::size_t j = 0; j < shifts.size(); ++j)
      if (shifts[j].covers(h) && (best == shifts.size() || shifts[j].cost < shifts[best].cost)) best = j;
    counts[best] += required[std::size_t(h)] - have;
  }
  return counts;
}

Roster finish(std::span<const long> required, std::span<const Shift> shifts,
              std::vector<long> counts, bool optimal, double gap) {
  Roster r;
  r.shifts.assign(shifts.begin(), shifts.end());
  r.counts = std::move(counts);
  r.optimal = optimal;
  r.gap = gap;
  for (std::size_t j = 0; j < shifts.size(); ++j) r.cost += shifts[j].cost * r.counts[j];
  for (int h = 0; h < 24; ++h) {
    const auto i = std::size_t(h);
    r.required[i] = required[i];
    for (std::size_t j = 0; j < shifts.size(); ++j)
      if (shifts[j].covers(h)) r.coverage[i] += r.counts[j];
    r.slack[i] = r.coverage[i] - r.required[i];
  }
  return r;
}

}  // namespace

#ifdef STOREOPS_WITH_CBC

bool roster_solver_available() noexcept { return true; }

Roster roster(std::span<const long> required, std::span<const Shift> shifts, double time_limit_s) {
  check(required, shifts);
  detail::require_positive(time_limit_s, "time_limit_s");
  const long most = *std::max_element(required.begin(), required.end());
  const int n = static_cast<int>(shifts.size());
  if (most == 0) return finish(required, shifts, std::vector<long>(shifts.size(), 0), true, 0.0);

  // rows: the hours that need someone; columns: shifts, each covering its hours
  std::vector<int> row_of(24, -1);
  std::vector<double> row_low;
  for (int h = 0; h < 24; ++h)
    if (required[std::size_t(h)] > 0) {
      row_of[std::size_t(h)] = static_cast<int>(row_low.size());
      row_low.push_back(static_cast<double>(required[std::size_t(h)]));
    }
  std::vector<CoinBigIndex> start{0};
  std::vector<int> index;
  std::vector<double> value, col_low(shifts.size(), 0.0),
      col_up(shifts.size(), static_cast<double>(most)), cost;
  for (const Shift& s : shifts) {
    for (int h = 0; h < 24; ++h)
      if (s.covers(h) && row_of[std::size_t(h)] >= 0) {
        index.push_back(row_of[std::size_t(h)]);
        value.push_back(1.0);
      }
    start.push_back(static_cast<CoinBigIndex>(index.size()));
    cost.push_back(static_cast<double>(s.cost.fen()));  // whole fen: exact in a double
  }
  const std::vector<double> row_up(row_low.size(), COIN_DBL_MAX);

  Cbc_Model* model = Cbc_newModel();
  struct Free {
    Cbc_Model* m;
    ~Free() { Cbc_deleteModel(m); }
  } owner{model};
  Cbc_loadProblem(model, n, static_cast<int>(row_low.size()), start.data(), index.data(),
                  value.data(), col_low.data(), col_up.data(), cost.data(), row_low.data(),
                  row_up.data());
  for (int j = 0; j < n; ++j) Cbc_setInteger(model, j);
  Cbc_setLogLevel(model, 0);
  Cbc_setMaximumSeconds(model, time_limit_s);
  Cbc_setAllowableGap(model, 0.0);  // proven least cost, to the fen
  const auto first = first_roster(required, shifts);
  std::vector<int> columns(shifts.size());
  std::vector<double> first_values(shifts.size());
  for (int j = 0; j < n; ++j) {
    columns[std::size_t(j)] = j;
    first_values[std::size_t(j)] = static_cast<double>(first[std::size_t(j)]);
  }
  Cbc_setMIPStartI(model, n, columns.data(), first_values.data());
  Cbc_solve(model);

  const double* best = Cbc_bestSolution(model);
  if (!best) return finish(required, shifts, first, false, 1.0);  // nothing better found
  std::vector<long> counts(shifts.size());
  for (std::size_t j = 0; j < shifts.size(); ++j) counts[j] = std::lround(best[j]);
  const bool optimal = Cbc_isProvenOptimal(model) != 0;
  Roster r = finish(required, shifts, std::move(counts), optimal, 0.0);
  if (!optimal) {
    const double found = static_cast<double>(r.cost.fen());
    const double bound = Cbc_getBestPossibleObjValue(model);
    r.gap = found > 0 ? std::max(0.0, (found - bound) / found) : 0.0;
  }
  return r;
}

#else

bool roster_solver_available() noexcept { return false; }

Roster roster(std::span<const long> required, std::span<const Shift> shifts, double) {
  check(required, shifts);
  throw Error(
      "roster: this storeops was built without its MIP solver (COIN-OR CBC); install it "
      "(Debian/Ubuntu: sudo apt-get install coinor-libcbc-dev) and build storeops again");
}

#endif

}  // namespace storeops
