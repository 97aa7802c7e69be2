#pragma once
/// A Plan: every rule and assumption of one store plan, as data (DOMAIN.md §8).
#include "pay.hpp"
#include "staffing.hpp"
#include "traffic.hpp"

namespace storeops {

struct Plan {
  StaffingPolicy staffing;        ///< who is employed when (§3)
  PayPolicy pay;                  ///< what each role is paid (§4)
  TrafficTargets traffic_targets; ///< visitor targets by credit level (§2)
};

}  // namespace storeops
