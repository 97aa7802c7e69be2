#pragma once
/// Calendar dates: the plan's calendar (market.start_date) and the days of a store's reports.
/// A plan's months are calendar months, plan month 1 being the month of its start date.
#include <charconv>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>

#include <storeops/core/error.hpp>

namespace storeops {

using Date = std::chrono::year_month_day;

/// "2014-02-01".
inline std::string to_string(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()),
                unsigned(d.day()));
  return buf;
}

/// "2014-02": the calendar month of a date.
inline std::string month_string(const Date& d) { return to_string(d).substr(0, 7); }

/// The first day of the month `months` calendar months after the month of `d`.
inline Date add_months(const Date& d, int months) {
  const std::chrono::year_month ym =
      std::chrono::year_month(d.year(), d.month()) + std::chrono::months(months);
  return ym / std::chrono::day(1);
}

/// Days since 1970-01-01 (the form NumPy's datetime64[D] and the bindings use).
inline std::int64_t days_since_epoch(const Date& d) {
  return std::chrono::sys_days(d).time_since_epoch().count();
}
inline Date date_from_days(std::int64_t days) {
  return Date(std::chrono::sys_days(std::chrono::days(days)));
}

/// Days in the calendar month of `d`.
inline int days_in_month(const Date& d) {
  return int(unsigned(
      std::chrono::year_month_day_last(d.year(), std::chrono::month_day_last(d.month())).day()));
}

/// The plan month (1-based) a day falls in, plan month 1 being the calendar month of `start`.
inline int plan_month_of(const Date& start, const Date& day) {
  return (int(day.year()) - int(start.year())) * 12 + int(unsigned(day.month())) -
         int(unsigned(start.month())) + 1;
}

/// Reads "YYYY-MM-DD" (a real calendar date, years 1900 to 2999); an error names `field`.
inline Date parse_date(std::string_view text, std::string_view field) {
  const auto bad = [&](std::string_view why) -> Date {
    throw Error(std::string(field) + " must be a date like \"2014-02-01\" (" + std::string(why) +
                "), got \"" + std::string(text) + "\"");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad("YYYY-MM-DD");
  int y = 0;
  unsigned m = 0, d = 0;
  const auto number = [&](std::string_view part, auto& out) {
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && end == part.data() + part.size();
  };
  if (!number(text.substr(0, 4), y) || !number(text.substr(5, 2), m) ||
      !number(text.substr(8, 2), d))
    return bad("YYYY-MM-DD");
  if (y < 1900 || y > 2999) return bad("a year from 1900 to 2999");
  const Date date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!date.ok()) return bad("no such day in the calendar");
  return date;
}

}  // namespace storeops
