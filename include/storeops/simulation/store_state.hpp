#pragma once
/// Where a store stands between two months (StoreState): everything the months after depend
/// on, saved by one simulation and resumed by the next (state_json.hpp writes it as JSON).
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <storeops/plan/lifecycle.hpp>
#include <storeops/plan/plan.hpp>
#include <storeops/team/staffing.hpp>

namespace storeops {

/// Where a store stands between two months: everything the months after depend on. A
/// simulation can end with one (SimulationResult::state) and another can start from it
/// (SimulationOptions::start): 10 months and then 26 from the state are the 36 months.
struct StoreState {
  int month = 0;        ///< months behind the store (the next month is month + 1)
  int months_open = 0;  ///< of them, months open for business (after setup)
  StageProgress stage;  ///< where the store is in its lifecycle
  std::size_t last_stage = 0;  ///< the stage index of the last month (a change buys software)
  Money cumulative_cash;
  Money last_revenue;          ///< the promotion budget after the trial is a share of it
  Money operating_profit_sum;  ///< summed since month 1: the payback test
  std::optional<int> payback_month;
  double organic = 0;       ///< organic visitors a month, before seasonality
  double search_stock = 0;  ///< adstocked 直通车 yuan
  double display_stock = 0; ///< adstocked 钻展 yuan
  double paid_before = 0;   ///< last month's paid visitors (sales momentum)
  double customers = 0;     ///< the customer base (geometric churn)
  double traffic_shock = 0; ///< last month's log-traffic shock (sampled futures; AR(1))
  std::int64_t credit_points = 0;
  Headcount employed;
  std::optional<Headcount> applied;  ///< the last staffing target applied
  /// The staffing needs of the last months, oldest first (as many as the hiring lag, or all
  /// months when fewer): a need is hired `hiring_lag_months` after it appears.
  std::vector<Headcount> needs;
  /// Orders of every month so far: the cohorts of the sBG customer curve (sBG plans only).
  std::vector<double> cohorts;
  friend bool operator==(const StoreState&, const StoreState&) = default;
};
}  // namespace storeops
