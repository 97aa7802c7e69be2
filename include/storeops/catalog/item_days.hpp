#pragma once
/// The item report (商品效果 / 宝贝页 data: one row per item and day) as columns, and the
/// windows of it that the review and the restock read: one pass over the rows, no allocation
/// per row.
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include <storeops/catalog/catalog.hpp>

namespace storeops {

/// The item report as columns of equal length. `item` indexes the catalogue; `bounce_rate`
/// is empty when the report has none (NaN on a day without one).
struct ItemDays {
  std::span<const std::int32_t> item;
  std::span<const Day> day;
  std::span<const double> visitors, buyers, units;
  std::span<const double> bounce_rate;
};

namespace detail {

/// What one item did in the windows that end on `today` (rows after `today` are not read).
struct ItemWindow {
  Day first = std::numeric_limits<Day>::max();  ///< its first day in the report
  Day last_sale = std::numeric_limits<Day>::min();
  double week_visitors = 0, week_buyers = 0, week_units = 0;  ///< the last 7 days
  double week_bounce_visitors = 0, week_bounced = 0;  ///< visitors with a bounce rate, bounced
  double prior_week_units = 0;                        ///< the 7 days before those
  double demand_units = 0, demand_squares = 0;        ///< the demand window
};

inline void check_item_days(const ItemDays& d, std::size_t items) {
  const std::size_t n = d.item.size();
  if (d.day.size() != n || d.visitors.size() != n || d.buyers.size() != n || d.units.size() != n ||
      (!d.bounce_rate.empty() && d.bounce_rate.size() != n))
    throw Error("items: the report's columns differ in length");
  for (std::size_t r = 0; r < n; ++r) {
    if (d.item[r] < 0 || std::size_t(d.item[r]) >= items)
      throw Error("items: row " + std::to_string(r) + " names item #" + std::to_string(d.item[r]) +
                  ", not in the catalogue");
    const auto bad = [&](double v) { return !(v >= 0) || !std::isfinite(v); };
    if (bad(d.visitors[r]) || bad(d.buyers[r]) || bad(d.units[r]))
      throw Error("items: row " + std::to_string(r) + " (" + Catalog::day_text(d.day[r]) +
                  ") has a negative or missing count");
    if (d.buyers[r] > d.visitors[r])
      throw Error("items: row " + std::to_string(r) + " (" + Catalog::day_text(d.day[r]) +
                  ") has more buyers than visitors");
  }
}

/// One pass over the report: each item's windows ending on `today`; `demand_days` long for
/// the demand window.
inline std::vector<ItemWindow> item_windows(const ItemDays& d, std::size_t items, Day today,
                                            int demand_days) {
  std::vector<ItemWindow> w(items);
  const bool bounce = !d.bounce_rate.empty();
  for (std::size_t r = 0; r < d.item.size(); ++r) {
    const Day day = d.day[r];
    if (day > today) continue;
    ItemWindow& x = w[std::size_t(d.item[r])];
    const double units = d.units[r];
    x.first = std::min(x.first, day);
    if (units > 0) x.last_sale = std::max(x.last_sale, day);
    const Day age = today - day;  // 0 on `today`
    if (age < 7) {
      x.week_visitors += d.visitors[r];
      x.week_buyers += d.buyers[r];
      x.week_units += units;
      if (bounce && !std::isnan(d.bounce_rate[r])) {
        x.week_bounce_visitors += d.visitors[r];
        x.week_bounced += d.visitors[r] * d.bounce_rate[r];
      }
    } else if (age < 14) {
      x.prior_week_units += units;
    }
    if (age < demand_days) {
      x.demand_units += units;
      x.demand_squares += units * units;
    }
  }
  return w;
}

}  // namespace detail
}  // namespace storeops
