#pragma once
/// The one error family of storeops. Python sees `storeops.Error`, a `ValueError`.
#include <stdexcept>
#include <string>

namespace storeops {

/// Every error storeops throws derives from this. It is an `invalid_argument` because
/// every failure the library reports is a value it was given that it cannot accept.
class Error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// A money result that does not fit in signed 64-bit fen (docs/model.md §1: overflow is an
/// error, never a wrap). Python sees `storeops.MoneyOverflowError` (an `Error` and an
/// `OverflowError`).
class MoneyOverflow : public Error {
 public:
  using Error::Error;
};

}  // namespace storeops
