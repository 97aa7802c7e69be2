#pragma once
/// Restocking (补货; 004: 警戒库存通知, 002: 主推款现货30-50个, 活动前一个星期内必须有决定): each
/// item's demand from the item report, its safety stock and reorder point, how many days its
/// stock lasts, what to order today, and the low-stock alert.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include <storeops/catalog/review.hpp>
#include <storeops/core/random.hpp>

namespace storeops {

/// A campaign ahead: its day and the units each item (catalogue order) is forecast to sell
/// that day. Counted in once the campaign is within `campaign_decide_days`.
struct CampaignAhead {
  Day day = 0;
  std::vector<double> units;
};

struct RestockOptions {
  double service_level = 0.95;  ///< chance of not running out within a lead time
  int review_days = 7;          ///< days until the next order
  std::optional<CampaignAhead> campaign;
};

/// One item's restock line.
struct RestockLine {
  double daily_demand = 0, demand_sd = 0, safety_stock = 0, reorder_point = 0;
  double days_of_cover = 0;  ///< stock / daily demand (infinite without demand)
  std::int64_t order_quantity = 0;
  bool alert = false;        ///< stock at or below the reorder point (警戒库存)
  double campaign_units = 0; ///< the campaign day's units counted in
};

/// Restocks every item on `today`.
///
/// Demand is the mean of the units sold a day over the last `demand_window_days` (days
/// without a row sold nothing; an item listed within the window counts from its listing), and
/// its sample standard deviation. Safety stock = z(service_level) x sd x sqrt(lead time);
/// reorder point = demand x lead time + safety stock, for a main item at least the rules'
/// main stock (30); order = demand x (lead time + review days) + safety stock (at least the
/// main stock for a main item), less the stock on hand, rounded up, never negative. A
/// campaign within `campaign_decide_days` adds its forecast units to both.
inline std::vector<RestockLine> restock(const Catalog& catalog, const ItemDays& days, Day today,
                                        const RestockOptions& o = {}, const ReviewRules& rules = {},
                                        std::int64_t main_min_stock = CatalogRules{}.main_min_stock) {
  if (!(o.service_level > 0 && o.service_level < 1))
    detail::fail("service_level", detail::shortest(o.service_level), "in (0, 1)");
  if (o.review_days < 0) detail::fail("review_days", std::to_string(o.review_days), ">= 0 days");
  if (rules.demand_window_days < 1)
    detail::fail("demand_window_days", std::to_string(rules.demand_window_days), ">= 1 day");
  const bool campaign_now = o.campaign && today < o.campaign->day &&
                            o.campaign->day - today <= rules.campaign_decide_days;
  if (o.campaign && o.campaign->units.size() != catalog.size())
    throw Error("campaign: expected the units of each of the " + std::to_string(catalog.size()) +
                " items, got " + std::to_string(o.campaign->units.size()));
  detail::check_item_days(days, catalog.size());
  const auto windows = detail::item_windows(days, catalog.size(), today, rules.demand_window_days);
  const double z = normal_quantile(o.service_level);
  std::vector<RestockLine> out(catalog.size());
  for (std::size_t i = 0; i < catalog.size(); ++i) {
    const Item& item = catalog.items()[i];
    const auto& w = windows[i];
    RestockLine& l = out[i];
    const Day from = std::max(today - rules.demand_window_days + 1, listed_day(item, w, today));
    const double n = std::max(0, today - from + 1);
    if (n > 0) {
      l.daily_demand = w.demand_units / n;
      if (n > 1)
        l.demand_sd = std::sqrt(std::max(0.0, (w.demand_squares - n * l.daily_demand * l.daily_demand) / (n - 1)));
    }
    const double lead = item.lead_time_days;
    l.safety_stock = z * l.demand_sd * std::sqrt(lead);
    if (campaign_now) {
      l.campaign_units = o.campaign->units[i];
      if (!(l.campaign_units >= 0) || !std::isfinite(l.campaign_units))
        detail::fail("campaign.units['" + item.item + "']", detail::shortest(l.campaign_units),
                     "a number of units >= 0");
    }
    const double floor_units = item.main ? double(main_min_stock) : 0.0;
    l.reorder_point = std::max(l.daily_demand * lead + l.safety_stock, floor_units) + l.campaign_units;
    const double target = std::max(l.daily_demand * (lead + o.review_days) + l.safety_stock, floor_units) +
                          l.campaign_units;
    const double stock = double(item.stock);
    l.order_quantity = std::max<std::int64_t>(0, std::int64_t(std::ceil(target - stock - 1e-9)));
    l.days_of_cover = l.daily_demand > 0 ? stock / l.daily_demand : std::numeric_limits<double>::infinity();
    l.alert = stock <= l.reorder_point;
  }
  return out;
}

}  // namespace storeops
