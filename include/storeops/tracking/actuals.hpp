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

#include <storeops/core/money.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/plan/plan.hpp>

namespace storeops {

using Date = std::chrono::year_month_day;

/// "2014-02-01".
inline std::string to_string(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()),
                unsigned(d.day()));
  return buf;
}

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

/// Days in the calendar month of `d`.
inline int days_in_month(const Date& d) {
  return int(unsigned(std::chrono::year_month_day_last(d.year(), std::chrono::month_day_last(d.month())).day()));
}

/// The plan month (1-based) a day falls in, plan month 1 being the calendar month of `start`.
inline int plan_month_of(const Date& start, const Date& day) {
  return (int(day.year()) - int(start.year())) * 12 + int(unsigned(day.month())) -
         int(unsigned(start.month())) + 1;
}

/// Checks that `start` can be the plan's month 1: a real date, the first of a month, in the
/// calendar month the plan starts in (market.start_month).
inline void check_start(const Plan& plan, const Date& start) {
  if (!start.ok()) throw Error("start: not a calendar date");
  if (unsigned(start.day()) != 1)
    detail::fail("start", to_string(start), "the first day of a month (plan months are calendar months)");
  if (int(unsigned(start.month())) != plan.market.start_month)
    detail::fail("start", to_string(start),
                 "in month " + std::to_string(plan.market.start_month) +
                     " (the plan's market.start_month), but it is in month " +
                     std::to_string(unsigned(start.month())));
}

/// Checks every day (a real date on or after `start`, counts >= 0, buyers <= visitors, sales
/// >= 0, no date twice) and sums them by plan month, in order of month. Errors name the date.
inline std::vector<MonthActual> actual_months(const Plan& plan, std::span<const DailyActual> days,
                                              const Date& start) {
  check_start(plan, start);
  std::vector<const DailyActual*> sorted;
  sorted.reserve(days.size());
  for (std::size_t i = 0; i < days.size(); ++i) {
    const DailyActual& d = days[i];
    if (!d.date.ok()) throw Error("daily[" + std::to_string(i) + "].date: not a calendar date");
    const std::string at = "daily[" + to_string(d.date) + "]";
    if (d.date < start)
      detail::fail(at + ".date", to_string(d.date), "on or after start " + to_string(start));
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
