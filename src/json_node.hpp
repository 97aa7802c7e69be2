#pragma once
// Reading and writing JSON with a path: every accessor checks the type, and every error says
// where it is ("plan.staffing.tiers[2].monthly_revenue: expected money ..."). Shared by the
// plan and the store-state files; private to the compiled part of the library.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
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

/// The length of the well-formed UTF-8 character at `text[i]`, or 0 where there is none.
inline std::size_t utf8_length_at(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3
                                              : (c >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k)
    if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return 0;
  return length;
}

/// The offset of the first byte that is not well-formed UTF-8, or none.
inline std::optional<std::size_t> invalid_utf8_at(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_length_at(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

/// `text` with each byte that is not well-formed UTF-8 written as '?': a parse error quotes the
/// bytes it stopped at, which can end inside a character, and an error must stay text.
inline std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_length_at(text, i);
    out.append(length ? text.substr(i, length) : std::string_view("?"));
    i += length ? length : 1;
  }
  return out;
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
