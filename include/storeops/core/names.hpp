#pragma once
/// The names of the library's enums (roles, departments, stages, ...): the strings C++,
/// Python and JSON share. Each enum specialises `EnumNames` next to its declaration with its
/// names, in the enum's order, and what one value is called; `to_string` and `from_string`
/// then work for it, and an unknown name is refused with the field, the value and every
/// valid name.
#include <array>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>

#include <storeops/core/error.hpp>

namespace storeops {

/// Specialise with `static constexpr std::array<std::string_view, N> names` (index = the
/// enum's value), `static constexpr std::string_view what` (e.g. "role") and
/// `static constexpr std::string_view plural` (e.g. "roles").
template <class E>
struct EnumNames;

template <class E>
concept NamedEnum = std::is_enum_v<E> && requires {
  EnumNames<E>::names;
  EnumNames<E>::what;
  EnumNames<E>::plural;
};

/// The name of an enum value.
template <NamedEnum E>
constexpr std::string_view to_string(E value) {
  return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

namespace detail {
template <std::size_t N>
std::string choices(const std::array<std::string_view, N>& names) {
  std::string out;
  for (auto n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}
}  // namespace detail

/// The enum value of a name; `field` (e.g. "plan.pay.roles") prefixes the error when given:
/// "plan.pay.roles: unknown role 'boss'; valid roles: cs_agent, cs_lead, ...".
template <NamedEnum E>
E from_string(std::string_view name, std::string_view field = {}) {
  const auto& names = EnumNames<E>::names;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<E>(i);
  throw Error((field.empty() ? std::string() : std::string(field) + ": ") + "unknown " +
              std::string(EnumNames<E>::what) + " '" + std::string(name) + "'; valid " +
              std::string(EnumNames<E>::plural) + ": " + detail::choices(names));
}

}  // namespace storeops
