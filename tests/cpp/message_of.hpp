// What a call says when it fails: tests compare the whole message, because a message that names
// the field and the value is part of the interface.
#pragma once
#include <storeops/core/error.hpp>
#include <string>

namespace storeops::testing {

/// The message of the storeops::Error that `f()` throws, or "no error".
template <class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace storeops::testing
