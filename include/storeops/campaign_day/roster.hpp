#pragma once
/// Duty rosters at least cost (大促前的客服安排值班表, 发货值班表; 000 ch.4): how many people on
/// each candidate shift so that every hour has the people it needs, at the least total pay.
/// An integer program solved to proven optimality by COIN-OR CBC (src/roster.cpp), a
/// well-kept MIP solver, rather than a heuristic of ours.
#include <array>
#include <span>
#include <string>
#include <vector>

#include <storeops/campaign_day/policy.hpp>
#include <storeops/core/money.hpp>

namespace storeops {

/// The roster: people per shift, what it costs and how it covers the day.
struct Roster {
  std::vector<Shift> shifts;
  std::vector<long> counts;         ///< people on each shift, in the order of `shifts`
  Money cost;                       ///< exactly the sum of counts x shift cost
  std::array<long, 24> required{};  ///< people needed each hour
  std::array<long, 24> coverage{};  ///< people at work each hour
  std::array<long, 24> slack{};     ///< coverage - required (>= 0)
  /// Proven least cost; false when the solve hit its time limit, and `gap` says how far the
  /// roster's cost may be from the least (relative to it).
  bool optimal = false;
  double gap = 0;
};

/// The default limit on a roster solve, seconds.
inline constexpr double default_roster_time_limit_s = 10;

/// Whether this build has the MIP solver that roster() uses (COIN-OR CBC).
bool roster_solver_available() noexcept;

/// The least-cost roster. `required` holds 24 whole numbers >= 0; an hour that needs people
/// but that no shift covers is an error naming it, as are bad shifts and counts. A solve that
/// reaches `time_limit_s` returns the best roster found with optimal = false and its gap.
Roster roster(std::span<const long> required, std::span<const Shift> shifts,
              double time_limit_s = default_roster_time_limit_s);

}  // namespace storeops
