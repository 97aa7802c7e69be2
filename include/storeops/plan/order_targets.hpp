#pragma once
/// Daily order targets (日单目标, 002 篇3 整体目标): "2月后每天发单不少于30件" (from March at least 30
/// orders a day), "双12活动后...目标定于每天50单以上" (after 双12 at least 50), "终极目标日单200" (the
/// final goal, 200 a day). Data in the plan (Plan::targets); storeops::check() reports the
/// months where the simulated store falls short, and the weekly review sets each day's order
/// target to at least the one in force (docs/model.md §6).
///
/// A target is counted from the store's opening (`MarketAssumptions::start_date`), not dated:
/// 002's targets are another store's calendar, and a plan that opens later must meet them as
/// late, not be held to them before it has traffic. The preset's positions are the project's
/// reading of 002's "2月后" and "双12活动后" on 000's February opening: *assumed*.
#include <string>
#include <tuple>
#include <vector>

#include <storeops/core/date.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>

namespace storeops {

/// At least `orders_per_day` orders a day from day `day` of the store's month `month` on
/// (month 1 is the month it opens).
struct OrderTarget {
  int month = 1;              ///< 开店第几个月: the store's month the target starts in, 1 = opening
  int day = 1;                ///< the day of that month it starts on
  double orders_per_day = 0;  ///< 日单: orders a day at least
  std::string source;         ///< where it comes from, e.g. "002 篇3: 2月后每天发单不少于30件"
  bool assumed = false;       ///< its position is the project's reading, not the seed's words
  friend bool operator==(const OrderTarget&, const OrderTarget&) = default;

  /// The first day the target holds for a store that opens on `opening` (a first of a month).
  Date first_day(const Date& opening) const {
    return date_from_days(days_since_epoch(add_months(opening, month - 1)) + (day - 1));
  }
};

/// Every field of an order target, once.
inline constexpr auto order_target_fields = [] {
  namespace r = detail::rules;
  using T = OrderTarget;
  return std::make_tuple(
      detail::required_field("month", &T::month, "开店月份",
                             "The store's month the target starts in (1: the month it opens).",
                             r::whole_from<1>),
      detail::field("day", &T::day, "起始日", "The day of that month the target starts on.",
                    r::whole_in<1, 31>),
      detail::required_field("orders_per_day", &T::orders_per_day, "日订单目标",
                             "Orders a day at least.", r::non_negative),
      detail::field("source", &T::source, "出处", "Where the target comes from.",
                    r::any<std::string>),
      detail::field("assumed", &T::assumed, "假设",
                    "True when the target's position is the project's reading, not the seed's "
                    "(*assumed*: the preset's two).",
                    r::any<bool>));
}();

namespace detail::rules {
inline void order_targets(const std::vector<OrderTarget>& ts, const std::string& path) {
  for (std::size_t i = 0; i < ts.size(); ++i) {
    const std::string at = path + "[" + std::to_string(i) + "]";
    check_fields(order_target_fields, ts[i], at);
    auto position = [](const OrderTarget& t) {
      return "month " + std::to_string(t.month) + " day " + std::to_string(t.day);
    };
    if (i > 0 && !(std::tie(ts[i - 1].month, ts[i - 1].day) < std::tie(ts[i].month, ts[i].day)))
      fail(at + ".month", position(ts[i]), "after the previous target's " + position(ts[i - 1]));
  }
}
}  // namespace detail::rules

/// The plan's order targets: targets counted from the opening in order, and the final goal
/// without a date.
struct PlanTargets {
  std::vector<OrderTarget> daily_orders;
  double final_orders_per_day = 0;  ///< 终极目标日单; 0: none
  friend bool operator==(const PlanTargets&, const PlanTargets&) = default;

  /// The target in force on `day` for a store that opens on `opening`: the last one whose
  /// first day is on or before it; 0 before the first.
  double orders_per_day_on(const Date& opening, const Date& day) const {
    double target = 0;
    for (const auto& t : daily_orders)
      if (!(day < t.first_day(opening))) target = t.orders_per_day;
    return target;
  }
};

/// Every field of the plan's targets, once.
inline constexpr auto plan_target_fields = [] {
  namespace r = detail::rules;
  using P = PlanTargets;
  return std::make_tuple(
      detail::field("daily_orders", &P::daily_orders, "日订单目标",
                    "Targets of orders a day, counted from the opening, in order.",
                    r::order_targets),
      detail::field("final_orders_per_day", &P::final_orders_per_day, "终极日单目标",
                    "The final goal of orders a day, without a date (002: 200); 0: none.",
                    r::non_negative));
}();

}  // namespace storeops
