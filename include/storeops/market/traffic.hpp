#pragma once
/// Monthly and daily visitor targets by seller credit level (004, 运营目标). The table is data:
/// the seed's rows live in `presets::traffic_targets_2014()`.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <storeops/market/credit.hpp>
#include <storeops/detail/validate.hpp>

namespace storeops {

/// From credit level `from` (until the next row's level), aim for this many visitors.
struct TrafficTarget {
  CreditLevel from;
  std::int64_t monthly_visitors = 0;  ///< UV a month (单月流量)
  std::int64_t daily_visitors = 0;    ///< UV a day (平均日流量); the seed's own figure, not monthly/30
  friend bool operator==(const TrafficTarget&, const TrafficTarget&) = default;
};

class TrafficTargets {
 public:
  /// Rows in ascending order of level, the first from level none.
  explicit TrafficTargets(std::vector<TrafficTarget> rows) : rows_(std::move(rows)) {
    if (rows_.empty()) throw Error("TrafficTargets needs at least one row");
    if (rows_.front().from.rank() != 0)
      detail::fail("TrafficTargets[0].from", rows_.front().from.to_string(),
                   "level none (the table must cover every shop)");
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      const auto field = "TrafficTargets[" + std::to_string(i) + "]";
      detail::require_non_negative(rows_[i].monthly_visitors, field + ".monthly_visitors");
      detail::require_non_negative(rows_[i].daily_visitors, field + ".daily_visitors");
      if (i > 0 && !(rows_[i - 1].from < rows_[i].from))
        detail::fail(field + ".from", rows_[i].from.to_string(),
                     "above the previous row's level " + rows_[i - 1].from.to_string());
    }
  }

  const std::vector<TrafficTarget>& rows() const noexcept { return rows_; }
  friend bool operator==(const TrafficTargets&, const TrafficTargets&) = default;

  const TrafficTarget& for_level(CreditLevel level) const {
    const TrafficTarget* hit = &rows_.front();
    for (const auto& r : rows_)
      if (r.from <= level) hit = &r;
    return *hit;
  }
  const TrafficTarget& for_points(std::int64_t points) const {
    return for_level(credit_level(points));
  }

 private:
  std::vector<TrafficTarget> rows_;
};

}  // namespace storeops
