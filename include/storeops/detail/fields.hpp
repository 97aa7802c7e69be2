#pragma once
// One declaration per plan field: its name (the JSON key and the Python attribute), the member
// it lives in, its Chinese label, one line of documentation and the rule its value must keep.
// A struct lists its fields once, in a tuple of these; the JSON reader and writer, the
// Python properties (with the check at assignment), the labels and the docs all walk that
// tuple, so adding a field is one line there plus its tests.
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "validate.hpp"
#include <storeops/core/money.hpp>

namespace storeops::detail {

template <class Struct, class T>
struct Field {
  using struct_type = Struct;
  using value_type = T;
  std::string_view name;
  T Struct::*member;
  std::string_view label_zh;
  std::string_view doc;
  /// Throws Error naming `path` (e.g. "market.display_ctr") when the value breaks the rule.
  void (*check)(const T& value, const std::string& path);
  /// A plan file must give it (a missing key is an error, not the default).
  bool required = false;
};

template <class Struct, class T>
constexpr Field<Struct, T> field(std::string_view name, T Struct::*member, std::string_view label_zh,
                                 std::string_view doc,
                                 void (*check)(const T&, const std::string&)) {
  return {name, member, label_zh, doc, check, false};
}

/// A field that a plan file must give.
template <class Struct, class T>
constexpr Field<Struct, T> required_field(std::string_view name, T Struct::*member,
                                          std::string_view label_zh, std::string_view doc,
                                          void (*check)(const T&, const std::string&)) {
  return {name, member, label_zh, doc, check, true};
}

/// A setting of a class that keeps its own invariants (a policy): like a Field, but read and
/// written through the class's getter and setter, so that the class checks what changes.
template <class Class, class T>
struct Setting {
  using struct_type = Class;
  using value_type = T;
  std::string_view name;
  std::string_view label_zh;
  std::string_view doc;
  T (*get)(const Class&);
  void (*set)(Class&, const T&);
  void (*check)(const T& value, const std::string& path);
};

template <class Class, class T>
constexpr Setting<Class, T> setting(std::string_view name, std::string_view label_zh,
                                    std::string_view doc, T (*get)(const Class&),
                                    void (*set)(Class&, const T&),
                                    void (*check)(const T&, const std::string&)) {
  return {name, label_zh, doc, get, set, check};
}

/// What a field's rule allows, in words for a person (the plan workbook's "allowed" column),
/// found by asking the rule itself about a few values: a number's bounds, a whole number's
/// range; "" where the rule is not a bound on one number (a list, a name, a table).
template <class T>
std::string allowed_values(void (*check)(const T&, const std::string&)) {
  auto ok = [check](const T& v) {
    try {
      check(v, "");
      return true;
    } catch (const Error&) {
      return false;
    }
  };
  if constexpr (std::is_same_v<T, double>) {
    const bool neg = ok(-1.0), zero = ok(0.0), half = ok(0.5), one = ok(1.0), above = ok(1.5),
               big = ok(1e12);
    if (neg && big) return "any number";
    if (zero && one && !above) return "0 to 1";
    if (!zero && half && one && !above) return "above 0, at most 1";
    if (zero && big) return ">= 0";
    if (!zero && half && big) return "> 0";
    return "";
  } else if constexpr (std::is_same_v<T, int>) {
    int low = -1000, high = 1000;
    while (low <= 1000 && !ok(low)) ++low;
    if (low > 1000) return "";
    while (high > low && !ok(high)) --high;
    if (high == 1000 && ok(1'000'000)) return ">= " + std::to_string(low);
    return std::to_string(low) + " to " + std::to_string(high);
  } else if constexpr (std::is_same_v<T, Money>) {
    return ok(Money::from_fen(-1)) ? "any amount of yuan" : ">= 0 yuan";
  } else {
    return "";
  }
}

/// Calls `f(field)` for each field of a table (a tuple of Field).
template <class Table, class F>
constexpr void for_each_field(const Table& table, F&& f) {
  std::apply([&](const auto&... fields) { (f(fields), ...); }, table);
}

/// Checks every field of `value` against its rule, with paths "<prefix>.<name>".
template <class Table, class Struct>
void check_fields(const Table& table, const Struct& value, std::string_view prefix) {
  for_each_field(table, [&](const auto& f) {
    f.check(value.*(f.member), std::string(prefix) + "." + std::string(f.name));
  });
}

/// The rules fields use, as functions a table can point to.
namespace rules {
inline void finite(const double& v, const std::string& path) { require_finite(v, path); }
inline void non_negative(const double& v, const std::string& path) { require_non_negative(v, path); }
inline void positive(const double& v, const std::string& path) { require_positive(v, path); }
inline void rate(const double& v, const std::string& path) { require_rate(v, path); }
inline void money_non_negative(const Money& v, const std::string& path) {
  if (v.fen() < 0) fail(path, v.to_string(), ">= 0");
}
template <int Low, int High>
void whole_in(const int& v, const std::string& path) {
  if (v < Low || v > High)
    fail(path, std::to_string(v), "in " + std::to_string(Low) + ".." + std::to_string(High));
}
template <int Low>
void whole_from(const int& v, const std::string& path) {
  if (v < Low) fail(path, std::to_string(v), ">= " + std::to_string(Low));
}
inline constexpr double infinity = std::numeric_limits<double>::infinity();
/// No rule beyond the type's (a name, a flag, an enum whose names are checked when read).
template <class T>
void any(const T&, const std::string&) {}
}  // namespace rules

}  // namespace storeops::detail
