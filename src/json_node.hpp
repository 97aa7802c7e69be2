#pragma once
// Reading and writing JSON with a path: every accessor checks the type, and every error says
// where it is ("plan.staffing.tiers[2].monthly_revenue: expected money ..."). Shared by the
// plan and the store-state files; private to the compiled part of the library.
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include <storeops/core/error.hpp>
#include <storeops/core/money.hpp>

namespace storeops::detail {

using json = nlohmann::ordered_json;

/// Money as JSON: whole yuan as an integer, yuan with fen as a number, beyond a double's
/// exactness as a string.
inline json money(Money m) {
  if (m.fen() % 100 == 0) return m.fen() / 100;
  if (m.fen() > -1'000'000'000'000'000 && m.fen() < 1'000'000'000'000'000) return m.yuan();
  std::string s = m.to_string();  // exact beyond a double's reach: "¥..." as a string
  return s;
}

inline std::string kind_of(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return j.get<bool>() ? "true" : "false";
    case json::value_t::string: return "the string " + j.dump();
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return j.dump();
  }
}

/// A node of the document with its path; every accessor checks the type.
class Node {
 public:
  Node(const json& j, std::string path) : j_(j), path_(std::move(path)) {}

  [[noreturn]] void fail(const std::string& what) const { throw Error(path_ + ": " + what); }
  [[noreturn]] void expected(const std::string& what) const {
    fail("expected " + what + ", got " + kind_of(j_));
  }
  const std::string& path() const { return path_; }
  /// The JSON value itself.
  const json& raw() const { return j_; }

  /// An object with exactly these keys allowed (required ones must be present).
  const Node& object(std::initializer_list<const char*> allowed) const {
    return object(std::vector<const char*>(allowed));
  }
  const Node& object(const std::vector<const char*>& allowed) const {
    if (!j_.is_object()) expected("an object");
    for (const auto& [key, value] : j_.items()) {
      bool ok = false;
      for (const char* a : allowed) ok = ok || key == a;
      if (!ok) {
        std::string names;
        for (const char* a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
        fail("unknown key '" + key + "' (valid keys: " + names + ")");
      }
    }
    return *this;
  }
  bool is_null() const { return j_.is_null(); }
  bool has(const char* key) const { return j_.is_object() && j_.contains(key); }
  Node operator[](const char* key) const {
    if (!j_.is_object()) expected("an object");
    if (!j_.contains(key)) fail("missing key '" + std::string(key) + "'");
    return Node(j_.at(key), path_ + "." + key);
  }
  std::vector<Node> array() const {
    if (!j_.is_array()) expected("an array");
    std::vector<Node> out;
    for (std::size_t i = 0; i < j_.size(); ++i)
      out.emplace_back(j_[i], path_ + "[" + std::to_string(i) + "]");
    return out;
  }
  std::vector<std::pair<std::string, Node>> entries() const {
    if (!j_.is_object()) expected("an object");
    std::vector<std::pair<std::string, Node>> out;
    for (const auto& [key, value] : j_.items()) out.emplace_back(key, Node(value, path_ + "." + key));
    return out;
  }

  double number() const {
    if (!j_.is_number()) expected("a number");
    return j_.get<double>();
  }
  double rate() const {
    const double v = number();
    if (!(v >= 0.0 && v <= 1.0)) fail("expected a rate in [0, 1], got " + j_.dump());
    return v;
  }
  int integer() const {
    if (!j_.is_number_integer()) expected("a whole number");
    const auto v = j_.get<std::int64_t>();
    if (v < INT32_MIN || v > INT32_MAX) fail("expected a whole number that fits in 32 bits");
    return static_cast<int>(v);
  }
  std::int64_t integer64() const {
    if (!j_.is_number_integer()) expected("a whole number");
    if (j_.is_number_unsigned() && j_.get<std::uint64_t>() > std::uint64_t(INT64_MAX))
      fail("expected a whole number that fits in 64 bits");
    return j_.get<std::int64_t>();
  }
  bool boolean() const {
    if (!j_.is_boolean()) expected("true or false");
    return j_.get<bool>();
  }
  std::string string() const {
    if (!j_.is_string()) expected("a string");
    return j_.get<std::string>();
  }
  Money money() const {
    try {
      if (j_.is_number_integer()) {
        if (j_.is_number_unsigned() && j_.get<std::uint64_t>() > std::uint64_t(INT64_MAX))
          fail("money does not fit in 64-bit fen");
        return Money::from_whole_yuan(j_.get<std::int64_t>(), path_);
      }
      if (j_.is_number_float()) return Money::from_yuan(j_.get<double>(), path_);
      if (j_.is_string()) return Money::parse(j_.get<std::string>(), path_);
    } catch (const MoneyOverflow&) {
      fail("money does not fit in 64-bit fen");
    }
    expected("money (yuan, as a number or a string such as \"1234.50\")");
  }
  /// Runs `make` and prefixes any library error with this node's path.
  template <class F>
  auto build(F make) const {
    try {
      return make();
    } catch (const Error& e) {
      const std::string what = e.what();
      if (what.rfind("plan", 0) == 0) throw;  // already located
      fail(what);
    }
  }

 private:
  const json& j_;
  std::string path_;
};

template <class T, class F>
T keyed(const Node& n, F parse) {
  return n.build([&] { return parse(n.string()); });
}


}  // namespace storeops::detail
