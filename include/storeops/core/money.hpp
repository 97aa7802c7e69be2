#pragma once
/// Money: a signed 64-bit count of fen (分, 1/100 yuan). docs/model.md §1.
///
/// Never a float inside the library. A rate times an amount rounds to the nearest fen,
/// halves away from zero, once per line item; overflow throws `MoneyOverflow`.
#include <cmath>
#include <compare>
#include <cstdint>
#include <cstdlib>
#include <ostream>
#include <string>
#include <string_view>

#include <storeops/detail/decimal.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/core/error.hpp>

namespace storeops {

namespace detail {
/// Rounds x to the nearest integer, halves away from zero, when that is certain: |x| below
/// 10^12 (where a product's binary error stays under 3e-4) and x not within 10^-3 of a half.
/// Returns false for the exact decimal path to decide. No libm call: this runs in hot loops.
[[gnu::always_inline]] inline bool round_fast(double x, std::int64_t& out) noexcept {
  if (!(x > -1e12 && x < 1e12)) return false;
  const double shifted = x >= 0 ? x + 0.5 : x - 0.5;
  const auto r = static_cast<std::int64_t>(shifted);  // truncates toward zero
  const double past = x >= 0 ? shifted - static_cast<double>(r) : static_cast<double>(r) - shifted;
  if (past < 1e-3 || past > 1.0 - 1e-3) return false;  // x is (nearly) a half
  out = r;
  return true;
}
}  // namespace detail

class Money {
 public:
  constexpr Money() noexcept = default;

  /// An exact amount in fen.
  static constexpr Money from_fen(std::int64_t fen) noexcept { return Money(fen); }

  /// Yuan as written, to the nearest fen (halves away from zero): 1.005 is 1.01 yuan.
  static Money from_yuan(double yuan, std::string_view field = "amount") {
    // Fast path: below 10^12 fen the binary error of yuan·100 is under 3e-4 fen, so away
    // from a half fen plain rounding gives the same fen as the decimal reading below.
    std::int64_t fen = 0;
    if (detail::round_fast(yuan * 100.0, fen)) return Money(fen);
    if (!detail::scale_round(100, detail::Decimal::of(yuan, field), fen))
      throw MoneyOverflow(std::string(field) + " = " + detail::shortest(yuan) +
                          " yuan does not fit in 64-bit fen");
    return Money(fen);
  }

  /// Yuan written as text, exactly: "1234.50", "¥1,234.50", "￥1,234.50" (the full-width
  /// sign Chinese input methods type), "1,234.50元", "-0.05". More than two decimals round to
  /// the fen, halves away from zero. Thousands separators must group three digits ("¥1,2,3"
  /// is refused, not read as ¥123); errors quote the text as given.
  static Money parse(std::string_view text, std::string_view field = "amount") {
    std::string plain;
    std::size_t start = 0;
    while (start < text.size() && text[start] == ' ') ++start;
    if (text.compare(start, 1, "-") == 0 || text.compare(start, 1, "+") == 0) plain += text[start++];
    if (text.compare(start, 2, "\xC2\xA5") == 0) start += 2;        // ¥ in UTF-8
    else if (text.compare(start, 3, "\xEF\xBF\xA5") == 0) start += 3;  // ￥ (full width)
    while (start < text.size() && text[start] == ' ') ++start;
    std::size_t end = text.size();
    while (end > start && text[end - 1] == ' ') --end;
    if (end >= start + 3 && text.compare(end - 3, 3, "\xE5\x85\x83") == 0) end -= 3;  // 元
    while (end > start && text[end - 1] == ' ') --end;
    const std::string_view body = text.substr(start, end - start);
    if (!detail::thousands_grouped(body)) detail::Decimal::fail_text(text, field);
    for (char c : body)
      if (c != ',') plain += c;
    std::int64_t fen = 0;
    if (!detail::scale_round(100, detail::Decimal::of_text(plain, field, text), fen))
      throw MoneyOverflow(std::string(field) + " = " + std::string(text) +
                          " does not fit in 64-bit fen");
    return Money(fen);
  }

  /// Whole yuan, exactly (checked for overflow).
  static Money from_whole_yuan(std::int64_t yuan, std::string_view field = "amount") {
    std::int64_t fen = 0;
    if (__builtin_mul_overflow(yuan, std::int64_t{100}, &fen))
      throw MoneyOverflow(std::string(field) + " = " + std::to_string(yuan) +
                          " yuan does not fit in 64-bit fen");
    return Money(fen);
  }

  constexpr std::int64_t fen() const noexcept { return fen_; }
  /// The amount in yuan as a double, for display and plotting only.
  constexpr double yuan() const noexcept { return static_cast<double>(fen_) / 100.0; }

  friend constexpr auto operator<=>(Money, Money) noexcept = default;

  friend Money operator+(Money a, Money b) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a.fen_, b.fen_, &r)) overflow("sum", a, b);
    return Money(r);
  }
  friend Money operator-(Money a, Money b) {
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a.fen_, b.fen_, &r)) overflow("difference", a, b);
    return Money(r);
  }
  Money operator-() const {
    if (fen_ == INT64_MIN) negation_overflow(*this);
    return Money(-fen_);
  }
  Money& operator+=(Money o) { return *this = *this + o; }
  Money& operator-=(Money o) { return *this = *this - o; }

  /// An exact multiple: a count of units at a unit price.
  friend Money operator*(Money a, std::int64_t n) {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a.fen_, n, &r)) product_overflow(a, n);
    return Money(r);
  }
  friend Money operator*(std::int64_t n, Money a) { return a * n; }

  /// The amount times a factor (a rate, a count of orders), rounded once to the nearest
  /// fen, halves away from zero. The factor is read as the decimal it prints as.
  [[gnu::always_inline]] Money times(double factor, std::string_view field = "factor") const {
    // Fast path, same result: see from_yuan. Hot loops multiply here millions of times.
    std::int64_t r = 0;
    if (detail::round_fast(static_cast<double>(fen_) * factor, r)) [[likely]] return Money(r);
    return times_exact(factor, field);
  }

  /// The amount divided by a number, rounded once to the nearest fen (halves away).
  Money divided_by(double divisor, std::string_view field = "divisor") const {
    std::int64_t r = 0;
    // Fast path, same result: a divisor that is a whole number below 2^53 is exact in binary,
    // so fen / divisor is correctly rounded and only a near-half needs the exact path.
    if (divisor >= 1.0 && divisor < 9e15 && divisor == std::trunc(divisor) &&
        detail::round_fast(static_cast<double>(fen_) / divisor, r))
      return Money(r);
    const auto d = detail::Decimal::of(divisor, field);
    if (d.mantissa == 0) detail::fail(field, "0", "non-zero (it is a divisor)");
    if (!detail::divide_round(fen_, d, r))
      throw MoneyOverflow(to_string() + " / " + detail::shortest(divisor) +
                          " does not fit in 64-bit fen");
    return Money(r);
  }

  /// "¥1,234.50", "-¥0.05".
  std::string to_string() const {
    const bool negative = fen_ < 0;
    // unsigned magnitude so that INT64_MIN prints too
    const std::uint64_t magnitude =
        negative ? std::uint64_t(-(fen_ + 1)) + 1 : std::uint64_t(fen_);
    const std::string whole = std::to_string(magnitude / 100);
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
      if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
      grouped += whole[i];
    }
    const auto cents = magnitude % 100;
    return std::string(negative ? "-" : "") + "¥" + grouped + "." + char('0' + cents / 10) +
           char('0' + cents % 10);
  }

  friend std::ostream& operator<<(std::ostream& os, Money m) { return os << m.to_string(); }

 private:
  constexpr explicit Money(std::int64_t fen) noexcept : fen_(fen) {}

  /// times() where the product is (nearly) a half fen or large: the rate read as the decimal
  /// it prints as. Out of line so that the hot fast path stays small; a plan's few rates are
  /// read once per thread (decimal_of_memo), since a rate of whole per mille lands on a half
  /// fen for one amount in twenty.
  [[gnu::cold, gnu::noinline]] Money times_exact(double factor, std::string_view field) const {
    std::int64_t r = 0;
    if (!detail::scale_round(fen_, detail::decimal_of_memo(factor, field), r))
      throw MoneyOverflow(to_string() + " * " + detail::shortest(factor) +
                          " does not fit in 64-bit fen");
    return Money(r);
  }

  // The error paths are out of line and cold, so that the arithmetic inlines into hot loops.
  [[noreturn, gnu::cold, gnu::noinline]] static void product_overflow(Money a, std::int64_t n) {
    throw MoneyOverflow(a.to_string() + " * " + std::to_string(n) + " does not fit in 64-bit fen");
  }
  [[noreturn, gnu::cold, gnu::noinline]] static void negation_overflow(Money a) {
    throw MoneyOverflow("negating " + a.to_string() + " overflows");
  }
  [[noreturn, gnu::cold, gnu::noinline]] static void overflow(const char* what, Money a, Money b) {
    throw MoneyOverflow(std::string("the ") + what + " of " + a.to_string() + " and " +
                        b.to_string() + " does not fit in 64-bit fen");
  }

  std::int64_t fen_ = 0;
};

namespace detail {
/// Fen added and subtracted without a check each, where Money checks every sum: for the lines
/// of a month whose amounts one range check has bounded beforehand, so that no sum of them can
/// overflow (MonthBlock::profit_and_loss). Converts to and from Money exactly.
struct UncheckedFen {
  std::int64_t fen = 0;
  UncheckedFen() = default;
  explicit UncheckedFen(Money m) noexcept : fen(m.fen()) {}
  explicit constexpr UncheckedFen(std::int64_t f) noexcept : fen(f) {}
  friend UncheckedFen operator+(UncheckedFen a, UncheckedFen b) noexcept {
    return UncheckedFen(a.fen + b.fen);
  }
  friend UncheckedFen operator-(UncheckedFen a, UncheckedFen b) noexcept {
    return UncheckedFen(a.fen - b.fen);
  }
};
inline Money as_money(Money m) noexcept { return m; }
inline Money as_money(UncheckedFen f) noexcept { return Money::from_fen(f.fen); }
}  // namespace detail

/// a / b as a plain number (a share or a ratio of two amounts); b must not be zero.
inline double ratio(Money a, Money b, std::string_view field = "denominator") {
  if (b.fen() == 0) detail::fail(field, "¥0.00", "non-zero (it is a denominator)");
  return static_cast<double>(a.fen()) / static_cast<double>(b.fen());
}

namespace literals {
/// 2000_yuan, exact.
inline Money operator""_yuan(unsigned long long yuan) {
  if (yuan > static_cast<unsigned long long>(INT64_MAX / 100))
    throw MoneyOverflow("literal yuan amount does not fit in 64-bit fen");
  return Money::from_whole_yuan(static_cast<std::int64_t>(yuan));
}
inline Money operator""_fen(unsigned long long fen) {
  if (fen > static_cast<unsigned long long>(INT64_MAX))
    throw MoneyOverflow("literal fen amount does not fit in 64-bit fen");
  return Money::from_fen(static_cast<std::int64_t>(fen));
}
}  // namespace literals

}  // namespace storeops
