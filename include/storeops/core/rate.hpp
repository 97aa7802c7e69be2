#pragma once
/// A rate prepared for multiplying many amounts (a share of revenue, a commission, a tax):
/// read once as the decimal it prints as, m / 10^k, so that each product is integer
/// arithmetic — one multiply, and the division by 10^k done as a multiply-high — with exactly
/// the fen Money::times gives (rounded once, halves away from zero). docs/model.md §1.
#include <array>
#include <bit>
#include <cstdint>
#include <string_view>

#include <storeops/core/money.hpp>
#include <storeops/detail/decimal.hpp>
#include <storeops/detail/divisor.hpp>

namespace storeops {

class Rate {
 public:
  /// A rate of zero.
  Rate() = default;
  /// `value` (finite; `field` names it in errors), prepared.
  Rate(double value, std::string_view field) : value_(value), field_(field) {
    prepare(detail::Decimal::of(value, field));
  }

  /// The same Rate as Rate(value, field), read once per thread and value (a memo of 64).
  static Rate memo(double value, std::string_view field) {
    thread_local std::array<Rate, 64> memo{};
    thread_local std::array<bool, 64> filled{};
    const auto bits = std::bit_cast<std::uint64_t>(value);
    const std::size_t at = (bits * 0x9E3779B97F4A7C15ull) >> 58;  // Fibonacci hashing
    if (!filled[at] || std::bit_cast<std::uint64_t>(memo[at].value_) != bits) {
      memo[at] = Rate(value, field);
      filled[at] = true;
    }
    Rate r = memo[at];
    r.field_ = field;
    return r;
  }

  /// `value` unprepared: every product goes through Money::times (for a rate used for a few
  /// amounts only, where reading its decimal costs more than it saves).
  static Rate unprepared(double value, std::string_view field) noexcept {
    Rate r;
    r.value_ = value;
    r.field_ = field;
    r.limit_ = 0;
    return r;
  }

  double value() const noexcept { return value_; }

  /// amount × rate, rounded to the nearest fen, halves away from zero: amount.times(value()).
  [[gnu::always_inline]] Money of(Money amount) const {
    // one unsigned comparison: a negative amount reads as above any limit
    if (const auto fen = std::uint64_t(amount.fen()); fen <= limit_) [[likely]] {
      return Money::from_fen(std::int64_t(scale_.divide(fen * mantissa_ + half_)));
    }
    return general(amount);
  }

  /// Money::times for the amounts the integer path does not take: inline, since an
  /// unprepared rate (a sampled refund rate) takes it for every amount.
  [[gnu::always_inline]] Money general(Money amount) const { return amount.times(value_, field_); }

  /// m / 10^k with m >= 0: the product of an amount up to limit_ fen by m, plus the half,
  /// is below 2^63 and divided by 10^k as a multiply-high and a shift (detail::Divisor);
  /// anything else (a negative rate, more digits than fit) takes Money::times.
  void prepare(detail::Decimal d) {
    limit_ = 0;  // until prepared: every amount but 0 goes the general way
    if (d.mantissa < 0) return;
    auto m = static_cast<std::uint64_t>(d.mantissa);
    std::uint64_t scale = 1;
    for (int i = 0; i < d.exponent; ++i) {
      if (m > (std::uint64_t(1) << 62) / 10) return;
      m *= 10;
    }
    if (d.exponent < -18) return;
    for (int i = 0; i < -d.exponent; ++i) scale *= 10;
    if (scale == 1) {  // a whole number: m·10 / 10, so that every rate divides alike
      if (m > (std::uint64_t(1) << 62) / 10) return;
      m *= 10;
      scale = 10;
    }
    constexpr std::uint64_t top = std::uint64_t(1) << 63;
    mantissa_ = m;
    half_ = scale / 2;
    limit_ = m == 0 ? top - 1 : (top - 1 - half_) / m;  // fen × m + half <= 2^63 - 1
    scale_ = detail::Divisor(scale);
  }

  double value_ = 0;
  std::string_view field_ = "rate";
  // the rate of zero until prepared: 0 × fen + 0, "divided" by multiplying by 0
  std::uint64_t mantissa_ = 0, half_ = 0;
  std::uint64_t limit_ = (std::uint64_t(1) << 63) - 1;
  detail::Divisor scale_;  // 10^k
};

}  // namespace storeops
