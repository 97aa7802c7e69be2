#pragma once
/// The shipping rule (关于发货, 004 前期运营方案): "每天15点前确认订单, 到15:00点后开始检查和包货"
/// (orders are confirmed until 15:00, then checked and packed) and "跟顾客交易时最好申明24小时内发货"
/// (promise the customer shipment within 24 hours). Data in the plan (Plan::shipping); the
/// weekly review lists every order that broke it (docs/model.md §10).
///
/// The rule as the model reads it: an order paid before `cutoff_hour` joins that day's packing
/// batch, one paid at or after it the next day's; either way it must be shipped within
/// `ship_within_hours` of its payment, the promise made to the customer. An order is late when
/// it was shipped after that, or is still unshipped when the records end past it.
#include <chrono>
#include <cstdint>
#include <string>
#include <tuple>

#include <storeops/core/date.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>

namespace storeops {

/// A moment as the exports give it: seconds since 1970-01-01 00:00, local time (the stores'
/// exports carry no time zone; all times of one store are read alike).
using Seconds = std::int64_t;

struct ShippingRules {
  int cutoff_hour = 15;        ///< 每天15点前确认订单 (004)
  int ship_within_hours = 24;  ///< 24小时内发货 (004)
  friend bool operator==(const ShippingRules&, const ShippingRules&) = default;

  /// The moment an order paid at `paid` must be shipped by.
  Seconds due(Seconds paid) const noexcept { return paid + Seconds(ship_within_hours) * 3600; }

  /// The day whose packing batch an order paid at `paid` joins: its own day before the
  /// cutoff, the next day from the cutoff on.
  Date batch_day(Seconds paid) const {
    const std::int64_t day = paid >= 0 ? paid / 86400 : -((-paid + 86399) / 86400);
    const std::int64_t hour = (paid - day * 86400) / 3600;
    return date_from_days(day + (hour >= cutoff_hour ? 1 : 0));
  }

  /// Seconds past the due moment (0: in time). `shipped` < 0 means not shipped yet, judged at
  /// `records_end` (when the records stop).
  Seconds lateness(Seconds paid, Seconds shipped, Seconds records_end) const noexcept {
    const Seconds at = shipped >= 0 ? shipped : records_end;
    return at > due(paid) ? at - due(paid) : 0;
  }
};

namespace detail::rules {
inline void hour_of_day(const int& v, const std::string& path) {
  if (v < 0 || v > 23) fail(path, std::to_string(v), "an hour of the day, 0..23");
}
inline void shipping_hours(const int& v, const std::string& path) {
  if (v < 1 || v > 24 * 30) fail(path, std::to_string(v), "in 1..720 hours");
}
}  // namespace detail::rules

/// Every field of the shipping rule, once.
inline constexpr auto shipping_fields = [] {
  namespace r = detail::rules;
  using S = ShippingRules;
  return std::make_tuple(
      detail::field("cutoff_hour", &S::cutoff_hour, "确认订单截止时间",
                    "Orders paid before this hour join the day's packing batch (004: 15).",
                    r::hour_of_day),
      detail::field("ship_within_hours", &S::ship_within_hours, "发货时限",
                    "Hours from payment within which an order must ship (004: 24).",
                    r::shipping_hours));
}();

}  // namespace storeops
