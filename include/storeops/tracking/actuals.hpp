#pragma once
/// A running store's daily reports (淘宝数据日报表, 002 篇4; exported from 生意参谋 or 量子恒道,
/// 004) gathered into the plan's months (docs/model.md §10). Plan month 1 is the calendar month
/// of `start`; a month's figures are the sums of its reported days.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <vector>

#include <storeops/core/date.hpp>
#include <storeops/core/money.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/plan/plan.hpp>

namespace storeops {

/// One day of a store's report: what the model needs of it.
struct DailyActual {
  Date date;
  std::int64_t visitors = 0;  ///< 访客数 UV
  std::int64_t buyers = 0;    ///< 支付买家数; one order each, as the model counts orders
  Money sales;                ///< 销售额 / 支付金额
  friend bool operator==(const DailyActual&, const DailyActual&) = default;
};

/// The reported days of one plan month, summed.
struct MonthActual {
  int month = 0;          ///< plan month, 1-based
  int days_observed = 0;  ///< days with a report
  int calendar_days = 0;  ///< days in that calendar month
  std::int64_t visitors = 0, buyers = 0;
  Money revenue;
  /// Every day of the calendar month is reported.
  bool complete() const noexcept { return days_observed == calendar_days; }
  /// The share of the month reported: plan figures are compared pro rata by days.
  double share() const noexcept { return double(days_observed) / double(calendar_days); }
};

/// The plan with its calendar moved: plan month 1 becomes the calendar month of `start` (the
/// first day of a month), so seasonality and campaigns follow the new dates.
inline Plan starting_on(const Plan& plan, const Date& start) {
  detail::rules::first_of_month(start, "start");
  Plan moved = plan;
  moved.market.start_date = start;
  return moved;
}

namespace detail {
/// The plan's months before the store opens (the setup stage's months; none without one).
inline int setup_months(const Plan& plan) {
  for (const auto& s : plan.stages.stages())
    if (s.stage == Stage::setup) return s.min_months;
  return 0;
}
/// How to move the plan's start to `first`, for an error about the calendar.
inline std::string move_start_hint(const Date& first) {
  return "move the plan's start: plan.market.start_date = \"" + to_string(first) +
         "\" (command line: --start " + to_string(first) + ")";
}
}  // namespace detail

/// Checks every day (a real date in or after the plan's first month, counts >= 0, buyers <=
/// visitors, sales >= 0, no date twice, no sales before the store opens) and sums them by
/// plan month (plan month 1 = the month of plan.market.start_date), in order of month.
/// Errors name the date and, where the report and the plan's calendar disagree, say how to
/// move the plan's start.
inline std::vector<MonthActual> actual_months(const Plan& plan, std::span<const DailyActual> days) {
  const Date start = plan.market.start_date;
  detail::rules::first_of_month(start, "market.start_date");
  const int setup = detail::setup_months(plan);
  // the start that fits the report: no day before it, no sales in its setup months
  const auto fitting_start = [&] {
    Date first{std::chrono::year::max(), std::chrono::December, std::chrono::day(31)};
    Date first_sale = first;
    for (const DailyActual& d : days) {
      if (!d.date.ok()) continue;
      first = std::min(first, d.date);
      if (d.buyers > 0 || d.sales.fen() > 0) first_sale = std::min(first_sale, d.date);
    }
    const Date by_day = add_months(first, 0);
    return first_sale == Date{std::chrono::year::max(), std::chrono::December, std::chrono::day(31)}
               ? by_day
               : std::min(by_day, add_months(first_sale, -setup));
  };
  std::vector<const DailyActual*> sorted;
  sorted.reserve(days.size());
  for (std::size_t i = 0; i < days.size(); ++i) {
    const DailyActual& d = days[i];
    if (!d.date.ok()) throw Error("daily[" + std::to_string(i) + "].date: not a calendar date");
    const std::string at = "daily[" + to_string(d.date) + "]";
    if (d.date < start)
      throw Error(at + ": the report has this day, before the plan's first month " +
                  month_string(start) + " (market.start_date " + to_string(start) + "); " +
                  detail::move_start_hint(fitting_start()));
    if (plan_month_of(start, d.date) <= setup && (d.buyers > 0 || d.sales.fen() > 0))
      throw Error(at + ": the report has sales on this day, in plan month " +
                  std::to_string(plan_month_of(start, d.date)) + " (" + month_string(d.date) +
                  "), which the plan keeps for setting up the store (no sales); if the store " +
                  "opened then, " + detail::move_start_hint(fitting_start()));
    if (plan_month_of(start, d.date) > 1200)
      detail::fail(at + ".date", to_string(d.date), "within 1,200 months of start");
    detail::require_non_negative(d.visitors, at + ".visitors");
    detail::require_non_negative(d.buyers, at + ".buyers");
    if (d.buyers > d.visitors)
      detail::fail(at + ".buyers", std::to_string(d.buyers),
                   "at most the day's visitors (" + std::to_string(d.visitors) + ")");
    if (d.sales.fen() < 0) detail::fail(at + ".sales", d.sales.to_string(), ">= 0");
    sorted.push_back(&d);
  }
  std::sort(sorted.begin(), sorted.end(),
            [](const DailyActual* a, const DailyActual* b) { return a->date < b->date; });
  std::vector<MonthActual> out;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const DailyActual& d = *sorted[i];
    if (i > 0 && sorted[i - 1]->date == d.date)
      throw Error("daily: the date " + to_string(d.date) + " is reported twice");
    const int month = plan_month_of(start, d.date);
    if (out.empty() || out.back().month != month)
      out.push_back(MonthActual{month, 0, days_in_month(d.date), 0, 0, Money()});
    MonthActual& m = out.back();
    ++m.days_observed;
    m.visitors += d.visitors;
    m.buyers += d.buyers;
    m.revenue += d.sales;
  }
  return out;
}

}  // namespace storeops
