#pragma once
/// Daily order targets (日单目标, 002 篇3 整体目标): "2月后每天发单不少于30件" (from March at least 30
/// orders a day), "双12活动后...目标定于每天50单以上" (after 双12 at least 50), "终极目标日单200" (the
/// final goal, 200 a day). Data in the plan (Plan::targets); storeops::check() reports the
/// months where the simulated store falls short, and the weekly review sets each day's order
/// target to at least the one in force (docs/model.md §6).
#include <string>
#include <tuple>
#include <vector>

#include <storeops/core/date.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>

namespace storeops {

/// At least `orders_per_day` orders a day from the day `from` on.
struct OrderTarget {
  Date from;                  ///< the first day the target holds
  double orders_per_day = 0;  ///< 日单: orders a day at least
  std::string source;         ///< where it comes from, e.g. "002 篇3: 2月后每天发单不少于30件"
  friend bool operator==(const OrderTarget&, const OrderTarget&) = default;
};

/// Every field of an order target, once.
inline constexpr auto order_target_fields = [] {
  namespace r = detail::rules;
  using T = OrderTarget;
  return std::make_tuple(
      detail::required_field("from", &T::from, "起始日期", "The first day the target holds.",
                             r::any<Date>),
      detail::required_field("orders_per_day", &T::orders_per_day, "日订单目标",
                             "Orders a day at least.", r::non_negative),
      detail::field("source", &T::source, "出处", "Where the target comes from.",
                    r::any<std::string>));
}();

namespace detail::rules {
inline void order_targets(const std::vector<OrderTarget>& ts, const std::string& path) {
  for (std::size_t i = 0; i < ts.size(); ++i) {
    const std::string at = path + "[" + std::to_string(i) + "]";
    check_fields(order_target_fields, ts[i], at);
    if (i > 0 && !(ts[i - 1].from < ts[i].from))
      fail(at + ".from", to_string(ts[i].from),
           "after the previous target's " + to_string(ts[i - 1].from));
  }
}
}  // namespace detail::rules

/// The plan's order targets: dated daily targets in order, and the final goal without a date.
struct PlanTargets {
  std::vector<OrderTarget> daily_orders;
  double final_orders_per_day = 0;  ///< 终极目标日单; 0: none
  friend bool operator==(const PlanTargets&, const PlanTargets&) = default;

  /// The target in force on `day`: the last one from on or before it; 0 before the first.
  double orders_per_day_on(const Date& day) const noexcept {
    double target = 0;
    for (const auto& t : daily_orders)
      if (!(day < t.from)) target = t.orders_per_day;
    return target;
  }
};

/// Every field of the plan's targets, once.
inline constexpr auto plan_target_fields = [] {
  namespace r = detail::rules;
  using P = PlanTargets;
  return std::make_tuple(
      detail::field("daily_orders", &P::daily_orders, "日订单目标",
                    "Dated targets of orders a day, in order of their first day.",
                    r::order_targets),
      detail::field("final_orders_per_day", &P::final_orders_per_day, "终极日单目标",
                    "The final goal of orders a day, without a date (002: 200); 0: none.",
                    r::non_negative));
}();

}  // namespace storeops
