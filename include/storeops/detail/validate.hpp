#pragma once
// Checks at the door: every value that enters the library passes one of these, and a
// failure names the field, the value and what was expected.
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include <storeops/core/error.hpp>
#include "format.hpp"

namespace storeops::detail {

[[noreturn]] inline void fail(std::string_view field, const std::string& value,
                              std::string_view expected) {
  throw Error(std::string(field) + " must be " + std::string(expected) + ", got " + value);
}

inline double require_finite(double v, std::string_view field) {
  if (!std::isfinite(v)) fail(field, shortest(v), "a finite number");
  return v;
}

inline double require_non_negative(double v, std::string_view field) {
  if (!std::isfinite(v) || v < 0.0) fail(field, shortest(v), "a finite number >= 0");
  return v;
}

inline double require_positive(double v, std::string_view field) {
  if (!std::isfinite(v) || v <= 0.0) fail(field, shortest(v), "a finite number > 0");
  return v;
}

/// A rate is a share: a double in [0, 1] (docs/model.md §1).
inline double require_rate(double v, std::string_view field) {
  if (!(v >= 0.0 && v <= 1.0)) fail(field, shortest(v), "a rate in [0, 1]");
  return v;
}

inline std::int64_t require_non_negative(std::int64_t v, std::string_view field) {
  if (v < 0) fail(field, shortest(v), "a count >= 0");
  return v;
}

/// A denominator of a metric: zero makes the metric undefined, which is an error, not NaN.
inline double require_denominator(double v, std::string_view field) {
  require_non_negative(v, field);
  if (v == 0.0) fail(field, "0", "> 0 (it is a denominator)");
  return v;
}

/// `part` is a subset of `whole` (replied customers of received customers, ...).
inline void require_part_of(double part, std::string_view part_field, double whole,
                            std::string_view whole_field) {
  if (part > whole)
    throw Error(std::string(part_field) + " (" + shortest(part) + ") cannot exceed " +
                std::string(whole_field) + " (" + shortest(whole) + ")");
}

}  // namespace storeops::detail
