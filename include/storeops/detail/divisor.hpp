#pragma once
/// Division by a number fixed in advance, for hot loops: a multiply-high and a shift instead of
/// a hardware divide (tens of cycles). Exact for every dividend below 2^63 (Granlund and
/// Montgomery 1994, theorem 4.2, with 63-bit dividends: the round-up magic number
/// ceil(2^(63+l) / d), l = ceil(log2 d), fits in 64 bits, and floor(n / d) =
/// floor(n × magic / 2^(63+l)) for every n < 2^63).
#include <bit>
#include <cstdint>

#include <storeops/detail/decimal.hpp>

namespace storeops::detail {

class Divisor {
 public:
  Divisor() = default;
  /// Division by `d`, 2 <= d <= 2^63 (the caller checks).
  explicit constexpr Divisor(std::uint64_t d) noexcept : shift_(bits(d) - 1) {
    const uint128 power = uint128(1) << (63 + bits(d));
    magic_ = std::uint64_t(power / d + (power % d != 0));  // rounded up
  }

  /// floor(n / d), for n < 2^63.
  [[gnu::always_inline]] constexpr std::uint64_t divide(std::uint64_t n) const noexcept {
    return std::uint64_t((uint128(magic_) * n) >> 64) >> shift_;
  }

 private:
  static constexpr int bits(std::uint64_t d) noexcept {  // ceil(log2 d)
    return static_cast<int>(std::bit_width(d - 1));
  }
  std::uint64_t magic_ = 0;
  int shift_ = 0;
};

}  // namespace storeops::detail
