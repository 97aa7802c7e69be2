#pragma once
/// Plan against actual, month by month, and why they differ (docs/model.md §10): revenue =
/// visitors × conversion × order value, and the gap between plan and actual split into a
/// traffic, a conversion and an order-value effect by the logarithmic-mean Divisia index
/// (LMDI-I). The split is exact to the fen and does not depend on the order of the factors.
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <vector>

#include <storeops/simulation/simulate.hpp>
#include <storeops/tracking/actuals.hpp>

namespace storeops {

/// Actual minus plan revenue and its three effects; traffic + conversion + order_value ==
/// variance, to the fen.
struct RevenueVariance {
  Money variance, traffic, conversion, order_value;
  friend bool operator==(const RevenueVariance&, const RevenueVariance&) = default;
};

namespace detail {
/// The logarithmic mean (a − b) / (ln a − ln b) of two positive numbers; a when they are equal.
inline double log_mean(double a, double b) {
  if (a == b) return a;
  return (a - b) / (std::log(a) - std::log(b));
}
}  // namespace detail

/// Splits actual minus plan revenue into the effects of visitors (流量), conversion (转化率 =
/// orders / visitors) and order value (客单价 = revenue / orders):
///   effect of x = L(R₁, R₀) · ln(x₁ / x₀),   L the logarithmic mean,
/// which add up to R₁ − R₀ and treat the three factors alike. When either revenue is zero the
/// log is undefined and its limit is used: the whole gap goes to the factor that is zero
/// (visitors, else conversion, else order value; the others are then undefined). Each effect
/// is rounded to the fen and what rounding leaves goes to the largest effect (the first of
/// traffic, conversion, order value on a tie), so the three add up to the variance exactly.
inline RevenueVariance split_revenue_variance(double plan_visitors, double plan_orders,
                                              Money plan_revenue, double actual_visitors,
                                              double actual_orders, Money actual_revenue) {
  detail::require_non_negative(plan_visitors, "plan_visitors");
  detail::require_non_negative(plan_orders, "plan_orders");
  detail::require_non_negative(actual_visitors, "actual_visitors");
  detail::require_non_negative(actual_orders, "actual_orders");
  detail::require_part_of(plan_orders, "plan_orders", plan_visitors, "plan_visitors");
  detail::require_part_of(actual_orders, "actual_orders", actual_visitors, "actual_visitors");
  if (plan_revenue.fen() < 0) detail::fail("plan_revenue", plan_revenue.to_string(), ">= 0");
  if (actual_revenue.fen() < 0) detail::fail("actual_revenue", actual_revenue.to_string(), ">= 0");
  RevenueVariance out;
  out.variance = actual_revenue - plan_revenue;
  const double r0 = double(plan_revenue.fen()), r1 = double(actual_revenue.fen());
  std::array<double, 3> effect{};  // fen: traffic, conversion, order value
  if (r0 > 0 && r1 > 0) {
    // revenue > 0 needs visitors and orders > 0 on both sides
    if (!(plan_visitors > 0 && plan_orders > 0 && actual_visitors > 0 && actual_orders > 0))
      throw Error("split_revenue_variance: revenue without visitors or orders");
    const double l = detail::log_mean(r1, r0);
    effect[0] = l * std::log(actual_visitors / plan_visitors);
    effect[1] = l * std::log((actual_orders / actual_visitors) / (plan_orders / plan_visitors));
    effect[2] = l * std::log((r1 / actual_orders) / (r0 / plan_orders));
  } else if (r0 != r1) {
    // one side sells nothing: the factor that is zero there takes the whole gap
    const bool plan_side = r0 == 0;
    const double v = plan_side ? plan_visitors : actual_visitors;
    const double o = plan_side ? plan_orders : actual_orders;
    effect[v == 0 ? 0 : o == 0 ? 1 : 2] = r1 - r0;
  }
  std::array<std::int64_t, 3> fen{};
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < 3; ++i) sum += fen[i] = std::llround(effect[i]);
  std::size_t largest = 0;
  for (std::size_t i = 1; i < 3; ++i)
    if (std::llabs(fen[i]) > std::llabs(fen[largest])) largest = i;
  fen[largest] += out.variance.fen() - sum;
  out.traffic = Money::from_fen(fen[0]);
  out.conversion = Money::from_fen(fen[1]);
  out.order_value = Money::from_fen(fen[2]);
  return out;
}

/// One plan month with reported days: the plan pro rata by the days reported, the actuals,
/// and the split of the revenue gap.
struct TrackedMonth {
  int month = 0;
  int days_observed = 0;
  double plan_visitors = 0, plan_orders = 0;
  Money plan_revenue;
  std::int64_t actual_visitors = 0, actual_buyers = 0;
  Money actual_revenue;
  RevenueVariance split;
};

/// Plan against actual for every plan month that has reported days, the plan being its
/// deterministic simulation (the plan's own values).
inline std::vector<TrackedMonth> track(const Plan& plan, std::span<const DailyActual> days) {
  const std::vector<MonthActual> months = actual_months(plan, days);
  std::vector<TrackedMonth> out;
  if (months.empty()) return out;
  const SimulationResult sim = simulate(plan, {.months = months.back().month});
  for (const MonthActual& a : months) {
    const MonthRecord& r = sim.months[std::size_t(a.month - 1)];
    TrackedMonth t;
    t.month = a.month;
    t.days_observed = a.days_observed;
    t.plan_visitors = r.visitors * a.share();
    t.plan_orders = r.orders * a.share();
    t.plan_revenue = r.revenue.times(a.share(), "days observed");
    t.actual_visitors = a.visitors;
    t.actual_buyers = a.buyers;
    t.actual_revenue = a.revenue;
    t.split = split_revenue_variance(t.plan_visitors, t.plan_orders, t.plan_revenue,
                                     double(a.visitors), double(a.buyers), a.revenue);
    out.push_back(t);
  }
  return out;
}

/// The same with plan month 1 moved to the month of `start` (starting_on).
inline std::vector<TrackedMonth> track(const Plan& plan, std::span<const DailyActual> days,
                                       const Date& start) {
  return track(starting_on(plan, start), days);
}

}  // namespace storeops
