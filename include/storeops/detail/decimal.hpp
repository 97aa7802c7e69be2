#pragma once
// A double read as the decimal a person typed: 0.015 is 15e-3, not 0.01499999999999999944...
// Money times a rate uses this so that halves round away from zero as written
// (docs/model.md §1), whatever binary floating point makes of the rate.
#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "format.hpp"
#include "validate.hpp"

namespace storeops::detail {

__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

/// value = mantissa * 10^exponent, mantissa with at most 17 significant digits.
struct Decimal {
  std::int64_t mantissa = 0;
  int exponent = 0;

  /// The shortest decimal that reads back as `x` (std::to_chars gives it).
  static Decimal of(double x, std::string_view field) {
    require_finite(x, field);
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
    if (ec != std::errc{}) fail(field, shortest(x), "a representable number");
    Decimal d;
    parse(std::string_view(buf, static_cast<std::size_t>(end - buf)), d);  // <= 17 digits
    return d;
  }

  [[noreturn]] static void fail_text(std::string_view text, std::string_view field) {
    fail(field, "'" + std::string(text) + "'", "a decimal number such as 1234.50 or 1,234.50");
  }

  /// A decimal written as text: optional sign, digits, optional '.' and digits, optional
  /// exponent ("1234.50", "-0.015", "1e-3"). At most 19 significant digits.
  static Decimal of_text(std::string_view text, std::string_view field,
                         std::string_view as_given = {}) {
    if (as_given.empty()) as_given = text;
    std::size_t i = 0, digits = 0, significant = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
    bool dot = false;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
      if (text[i] == '.' && !dot) {
        dot = true;
      } else if (text[i] >= '0' && text[i] <= '9') {
        ++digits;
        if (significant > 0 || text[i] != '0') ++significant;
      } else {
        digits = 0;
        break;
      }
    }
    bool exponent_ok = true;
    if (i < text.size() && digits > 0) {
      std::size_t j = i + 1, exponent_digits = 0;
      if (j < text.size() && (text[j] == '-' || text[j] == '+')) ++j;
      for (; j < text.size(); ++j, ++exponent_digits)
        if (text[j] < '0' || text[j] > '9') exponent_ok = false;
      exponent_ok = exponent_ok && exponent_digits > 0 && exponent_digits <= 4;
    }
    if (digits == 0 || !exponent_ok) fail_text(as_given, field);
    std::string normalized(text);
    for (auto& c : normalized)
      if (c == 'E') c = 'e';
    if (!normalized.empty() && normalized[0] == '+') normalized.erase(0, 1);
    Decimal d;
    if (significant > 19 || !parse(normalized, d))
      fail(field, "'" + std::string(as_given) + "'", "a decimal of at most 19 significant digits "
           "that fits in 64 bits");
    return d;
  }

 private:
  /// False when the digits do not fit in the 64-bit mantissa.
  static bool parse(std::string_view s, Decimal& d) {
    d = Decimal{};
    bool negative = false;
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') {
      negative = true;
      ++i;
    }
    int fraction_digits = 0;
    bool in_fraction = false;
    for (; i < s.size() && s[i] != 'e'; ++i) {
      if (s[i] == '.') {
        in_fraction = true;
        continue;
      }
      if (__builtin_mul_overflow(d.mantissa, 10, &d.mantissa) ||
          __builtin_add_overflow(d.mantissa, s[i] - '0', &d.mantissa))
        return false;
      if (in_fraction) ++fraction_digits;
    }
    int exp = 0;
    if (i < s.size()) {  // 'e' followed by an optional sign and digits
      ++i;
      bool exp_negative = false;
      if (s[i] == '-' || s[i] == '+') exp_negative = s[i++] == '-';
      for (; i < s.size() && exp < 100000; ++i) exp = exp * 10 + (s[i] - '0');
      if (exp_negative) exp = -exp;
    }
    d.exponent = exp - fraction_digits;
    if (negative) d.mantissa = -d.mantissa;
    return true;
  }
};

/// Decimal::of, remembered per thread for the last doubles seen (direct-mapped by their bits):
/// hot loops read the same few rates over and over, and std::to_chars is the costly part.
/// True when the commas of a number's text group its whole part in threes: "1,234.50" and
/// "1234" yes; "1,2,3", "12,34" and a comma after the point no.
inline bool thousands_grouped(std::string_view text) {
  const auto comma = text.find(',');
  if (comma == std::string_view::npos) return true;
  const auto whole_end = std::min(text.find('.'), text.find_first_of("eE"));
  if (whole_end != std::string_view::npos && text.find(',', whole_end) != std::string_view::npos)
    return false;
  const std::string_view whole = text.substr(0, std::min(whole_end, text.size()));
  if (comma == 0 || comma > 3) return false;
  for (std::size_t i = comma; i < whole.size(); i += 4) {  // ",ddd" groups to the end
    if (whole[i] != ',' || i + 4 > whole.size()) return false;
    for (std::size_t k = i + 1; k < i + 4; ++k)
      if (whole[k] < '0' || whole[k] > '9') return false;
  }
  return true;
}

inline Decimal decimal_of_memo(double x, std::string_view field) {
  struct Entry {
    std::uint64_t bits = 0;
    Decimal decimal;
    bool filled = false;
  };
  thread_local std::array<Entry, 64> memo{};
  const auto bits = std::bit_cast<std::uint64_t>(x);
  Entry& e = memo[(bits * 0x9E3779B97F4A7C15ull) >> 58];  // Fibonacci hashing: top 6 bits
  if (!e.filled || e.bits != bits) e = {bits, Decimal::of(x, field), true};
  return e.decimal;
}

inline uint128 pow10_u128(int k) {
  uint128 p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

/// round(numerator / denominator), halves away from zero; denominator > 0.
inline int128 divide_round_half_away(int128 numerator, uint128 denominator) {
  const bool negative = numerator < 0;
  const uint128 magnitude = negative ? uint128(-(numerator + 1)) + 1 : uint128(numerator);
  uint128 q = magnitude / denominator;
  const uint128 r = magnitude % denominator;
  if (r >= denominator - r) ++q;  // 2r >= d without overflowing 2r
  return negative ? -int128(q) : int128(q);
}

/// value * d rounded to an integer, halves away from zero; false when it does not fit in
/// 64 bits.
inline bool scale_round(std::int64_t value, Decimal d, std::int64_t& out) {
  constexpr int128 max64 = INT64_MAX, min64 = INT64_MIN;
  int128 result;
  if (value == 0 || d.mantissa == 0) {
    out = 0;
    return true;
  }
  const int128 product = int128(value) * d.mantissa;  // < 2^63 * 10^17 < 2^127
  if (d.exponent >= 0) {
    if (d.exponent > 19) return false;  // |product| >= 1 so it cannot fit
    result = product;
    for (int i = 0; i < d.exponent; ++i) {
      result *= 10;
      if (result > max64 || result < min64) return false;
    }
  } else if (d.exponent < -38) {
    result = 0;  // |product| < 10^36, far below half of 10^39
  } else {
    result = divide_round_half_away(product, pow10_u128(-d.exponent));
  }
  if (result > max64 || result < min64) return false;
  out = static_cast<std::int64_t>(result);
  return true;
}

/// value / d rounded to an integer, halves away from zero; d != 0.
inline bool divide_round(std::int64_t value, Decimal d, std::int64_t& out) {
  constexpr int128 max64 = INT64_MAX, min64 = INT64_MIN;
  // value / (m * 10^e) = value * 10^-e / m
  int128 numerator = value;
  int128 denominator = d.mantissa;
  if (denominator < 0) {
    denominator = -denominator;
    numerator = -numerator;
  }
  int e = d.exponent;
  while (e < 0) {
    if (numerator > int128(1) << 120 || numerator < -(int128(1) << 120)) return false;
    numerator *= 10;
    ++e;
  }
  uint128 den = uint128(denominator);
  while (e > 0) {
    if (den > (uint128(1) << 120)) {  // value / den rounds to 0 already
      out = 0;
      return true;
    }
    den *= 10;
    --e;
  }
  const int128 result = divide_round_half_away(numerator, den);
  if (result > max64 || result < min64) return false;
  out = static_cast<std::int64_t>(result);
  return true;
}

}  // namespace storeops::detail
