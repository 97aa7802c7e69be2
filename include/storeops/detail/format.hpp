#pragma once
// Shortest round-trip text of numbers, for error messages and decimal arithmetic.
#include <charconv>
#include <cstdint>
#include <string>
#include <system_error>

namespace storeops::detail {

/// The shortest text that reads back as the same double ("0.015", "1e-05", "nan").
inline std::string shortest(double x) {
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  if (ec != std::errc{}) return "?";
  return std::string(buf, end);
}

inline std::string shortest(std::int64_t x) { return std::to_string(x); }

}  // namespace storeops::detail
