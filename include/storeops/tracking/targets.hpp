#pragma once
/// Targets and plan figures by day: the arithmetic of the weekly and monthly review (周会,
/// 000; 月度运营总结, 004): the plan's figures for any run of days, and the daily targets
/// that bring a month back to plan. The
/// review itself (reading the exports, the page, the workbook) is the Python layer's; these
/// figures are the same from C++ (docs/model.md §10).
#include <algorithm>
#include <cstdint>

#include <storeops/core/date.hpp>
#include <storeops/core/money.hpp>
#include <storeops/simulation/simulate.hpp>
#include <storeops/tracking/actuals.hpp>

namespace storeops {

/// Visitors, orders and revenue: the plan's for some days, or a day's target.
struct DayFigures {
  double visitors = 0;
  double orders = 0;  ///< buyers in a report: the model counts one order per buyer
  Money revenue;
  friend bool operator==(const DayFigures&, const DayFigures&) = default;
};

/// The plan's figures for the days `first` to `last` (both included): each day carries its
/// plan month's figures / the days of that calendar month, the plan being its deterministic
/// simulation on its calendar (market.start_date). Revenue is each month's share to the fen
/// (Money::times), summed. Days before the plan's first month count nothing.
inline DayFigures plan_for_days(const Plan& plan, const Date& first, const Date& last) {
  if (!first.ok() || !last.ok()) throw Error("plan_for_days: not a calendar date");
  if (last < first)
    detail::fail("plan_for_days: last", to_string(last), "on or after first " + to_string(first));
  const Date start = plan.market.start_date;
  const int last_month = plan_month_of(start, last);
  DayFigures out;
  if (last_month < 1) return out;
  if (last_month > 1200) detail::fail("plan_for_days: last", to_string(last), "within 1,200 months of the plan's start");
  const SimulationResult sim = simulate(plan, {.months = last_month});
  for (int m = std::max(1, plan_month_of(start, first)); m <= last_month; ++m) {
    const Date month_first = add_months(start, m - 1);
    const Date next_month = add_months(start, m);
    const auto from = std::max(std::chrono::sys_days(month_first), std::chrono::sys_days(first));
    const auto to = std::min(std::chrono::sys_days(next_month) - std::chrono::days(1),
                             std::chrono::sys_days(last));
    const int days = int((to - from).count()) + 1;
    if (days <= 0) continue;
    const double share = double(days) / double(days_in_month(month_first));
    const MonthRecord& r = sim.months[std::size_t(m - 1)];
    out.visitors += r.visitors * share;
    out.orders += r.orders * share;
    out.revenue += r.revenue.times(share, "days of the month");
  }
  return out;
}

/// The target for each of the `days_left` days of a month that brings the month back to its
/// plan: (the month's plan − what the month has done so far) / days_left, each figure never
/// below zero (a month ahead of plan needs nothing more to meet it). Revenue to the fen.
inline DayFigures catch_up(const DayFigures& month_plan, const DayFigures& done, int days_left) {
  if (days_left < 1) detail::fail("catch_up: days_left", std::to_string(days_left), ">= 1");
  const auto per_day = [&](double plan, double so_far) {
    return std::max(0.0, (plan - so_far) / double(days_left));
  };
  DayFigures t;
  t.visitors = per_day(month_plan.visitors, done.visitors);
  t.orders = per_day(month_plan.orders, done.orders);
  const Money gap = month_plan.revenue - done.revenue;
  t.revenue = gap.fen() > 0 ? gap.times(1.0 / double(days_left), "days left") : Money();
  return t;
}

}  // namespace storeops
