#pragma once
/// The library's version: the one place it is written (CMake and pyproject read it here).
#define STOREOPS_VERSION_MAJOR 0
#define STOREOPS_VERSION_MINOR 2
#define STOREOPS_VERSION_PATCH 0
#define STOREOPS_VERSION_STRING "0.2.0"

namespace storeops {
inline constexpr const char* version = STOREOPS_VERSION_STRING;
}  // namespace storeops
