#pragma once
/// storeops core: calendar dates, Money in exact fen, rates prepared for many amounts, the error family,
/// random streams.
#include <storeops/core/date.hpp>
#include <storeops/core/money.hpp>
#include <storeops/core/rate.hpp>
#include <storeops/core/names.hpp>
#include <storeops/core/error.hpp>
#include <storeops/core/random.hpp>
