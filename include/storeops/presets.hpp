#pragma once
/// Seed numbers as data. Every table here cites the seed it comes from; a user copies one,
/// changes it and passes it back, instead of editing formulas.
#include "traffic.hpp"

namespace storeops::presets {

/// Visitor targets by credit level (004, 运营目标): before 5 hearts 10,000 a month (300 a
/// day); 5 hearts to 1 diamond 15,000 (500); 1 to 3 diamonds 30,000 (1,000); 3 to 5
/// diamonds 45,000 (1,500); from 5 diamonds 60,000 (2,000).
inline TrafficTargets traffic_targets_2014() {
  return TrafficTargets({
      {CreditLevel(), 10'000, 300},
      {CreditLevel(CreditTier::heart, 5), 15'000, 500},
      {CreditLevel(CreditTier::diamond, 1), 30'000, 1'000},
      {CreditLevel(CreditTier::diamond, 3), 45'000, 1'500},
      {CreditLevel(CreditTier::diamond, 5), 60'000, 2'000},
  });
}

}  // namespace storeops::presets
