#pragma once
/// A month of the engine, as the rest of the library sees it (docs/model.md §8): the record of
/// one month of one future (MonthRecord), what every run of a plan shares (Schedule), a month's
/// calendar and conversion, and the months a store reported (ObservedMonth). The engine that
/// runs months is compiled into the library (simulate.hpp, monte_carlo.hpp); its inside, the
/// block of runs, is month_block.hpp.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <storeops/market/customers.hpp>
#include <storeops/plan/plan.hpp>
#include <storeops/simulation/draw.hpp>
#include <storeops/simulation/store_state.hpp>

namespace storeops {

/// One month of one future. Money is exact; the visitor and order counts are expectations.
struct MonthRecord {
  int month = 0;  ///< 1-based
  Stage stage = Stage::setup;
  double organic = 0, search = 0, display = 0, affiliate = 0, returning = 0;
  double visitors = 0, inquiries = 0, orders = 0, silent_orders = 0, orders_per_day = 0;
  Money revenue, refunds, net_sales, gross_profit, platform_fees, promotion_spend, payroll,
      operating_profit, cash_flow, cumulative_cash;
  /// Deposits paid and one-off purchases (the investment schedule, stage software): what
  /// cash_flow takes off operating_profit. Payback sums operating_profit.
  Money deposits_and_purchases;
  Money inquiry_revenue, silent_revenue, search_spend, display_spend, affiliate_spend;
  /// 活动销售额: what the month's campaigns (618, 双11, 双12, 聚划算) added to revenue,
  /// revenue × (1 − 1 / (their traffic lift × conversion lift)); 0 outside campaign months.
  /// A stage whose target excludes campaigns (StagePlan::excludes_campaigns) compares the rest.
  Money campaign_revenue;
  Headcount staff;
  long neutral_reviews = 0, negative_reviews = 0;  ///< of inquiry orders: charged to CS pay
  std::int64_t credit_points = 0;
};

/// What every run of a plan shares, worked out once: the investments by month and the
/// customer retention curve.
struct Schedule {
  std::vector<Money> deposits, purchases;  ///< by month
  /// Campaign-day temporary staff by month (CampaignMonth::temporary_staff_cost): paid with
  /// the month's payroll once the store is open.
  std::vector<Money> temporary_staff;
  /// The share of a month's customers still in the base k months later (sBG plans only).
  std::vector<double> retention;
  explicit Schedule(const Plan& plan, int months)
      : deposits(std::size_t(months)), purchases(std::size_t(months)),
        temporary_staff(std::size_t(months)) {
    for (const auto& i : plan.investments)
      if (i.month < months) (i.refundable ? deposits : purchases)[std::size_t(i.month)] += i.amount;
    for (int t = 0; t < months; ++t)
      for (const auto& c : plan.market.campaigns)
        if (c.month_of_year == (plan.market.start_month() - 1 + t) % 12 + 1)
          temporary_staff[std::size_t(t)] += c.temporary_staff_cost;
    if (plan.market.follows_sbg())
      retention = sbg_retention(plan.market.retention_alpha, plan.market.retention_beta, months);
  }
};
/// A month's calendar effects: seasonality times the traffic lift of a campaign month (618,
/// 双11, 双12), and the campaign's conversion lift.
struct CalendarEffect {
  double traffic = 1, conversion = 1;
  double campaign = 1;  ///< the campaigns' own traffic × conversion lift (no seasonality)
};

/// The calendar effects of month t + 1 (t months after the plan's first month).
inline CalendarEffect calendar_effect(const MarketAssumptions& m, int t) {
  const int moy = (m.start_month() - 1 + t) % 12;
  CalendarEffect e{m.seasonality[std::size_t(moy)], 1.0};
  for (const auto& c : m.campaigns)
    if (c.month_of_year == moy + 1) {
      e.traffic *= c.traffic_multiplier;
      e.conversion *= c.conversion_multiplier;
      e.campaign *= c.traffic_multiplier * c.conversion_multiplier;
    }
  return e;
}

/// The conversion rate the funnel gives (docs/model.md §2): inquiry and silent conversion
/// lifted by a campaign, each at most 1.
inline double conversion_rate(double inquiry_rate, double inquiry_conversion,
                              double silent_conversion, double conversion_lift) {
  return inquiry_rate * std::min(1.0, inquiry_conversion * conversion_lift) +
         (1.0 - inquiry_rate) * std::min(1.0, silent_conversion * conversion_lift);
}
inline double conversion_rate(const Draw& d, double conversion_lift) {
  return conversion_rate(d.inquiry_rate, d.inquiry_conversion, d.silent_conversion,
                         conversion_lift);
}

/// What a store's reports say about one month (跑店数据): it replaces the model's visitors,
/// orders and revenue for that month, so the months after start from what happened.
struct ObservedMonth {
  double visitors = 0;
  double buyers = 0;  ///< 支付买家数: one order each, as the model counts orders
  Money revenue;
};

/// Months that happened, by month from the start of a run: a month with a value replaces the
/// model's traffic, orders and revenue with what was reported (ObservedMonth).
using ObservedMonths = std::span<const std::optional<ObservedMonth>>;

/// Checks a state against the plan it is to be resumed under: each field in its range, the
/// history as long as the plan needs (the needs of the hiring lag, the sBG cohorts).
inline void check_state(const Plan& plan, const StoreState& s) {
  using detail::fail;
  const auto lag = static_cast<std::size_t>(plan.staffing.hiring_lag_months());
  if (s.month < 0 || s.month > 1200) fail("state.month", std::to_string(s.month), "in 0..1200");
  if (s.months_open < 0 || s.months_open > s.month)
    fail("state.months_open", std::to_string(s.months_open), "in 0..state.month");
  StageTracker(plan.stages, s.stage);  // checks the stage against the lifecycle
  const auto want = std::min<std::size_t>(lag, std::size_t(s.month));
  if (s.needs.size() != want)
    fail("state.needs", std::to_string(s.needs.size()) + " needs",
         std::to_string(want) + " (the last min(hiring lag, month) months)");
  if (plan.market.follows_sbg() && s.cohorts.size() != std::size_t(s.month))
    fail("state.cohorts", std::to_string(s.cohorts.size()) + " months",
         std::to_string(s.month) + " (every month's orders, for the sBG curve)");
  for (const auto& [value, field] :
       {std::pair{s.organic, "state.organic"}, {s.search_stock, "state.search_stock"},
        {s.display_stock, "state.display_stock"}, {s.paid_before, "state.paid_before"},
        {s.customers, "state.customers"}})
    detail::require_non_negative(value, field);
  for (std::size_t k = 0; k < s.cohorts.size(); ++k)
    detail::require_non_negative(s.cohorts[k], "state.cohorts[" + std::to_string(k) + "]");
  if (s.last_revenue.fen() < 0) fail("state.last_revenue", s.last_revenue.to_string(), ">= 0");
  if (s.payback_month && (*s.payback_month < 1 || *s.payback_month > s.month))
    fail("state.payback_month", std::to_string(*s.payback_month), "in 1..state.month");
  detail::require_finite(s.traffic_shock, "state.traffic_shock");
}

}  // namespace storeops
