#pragma once
/// The monthly item review (002 篇4, 001): each item's lifecycle stage, whether it is a hit
/// candidate, whether a pushed item's conversion is in band, which items to push and which to
/// take off the shelves. Every threshold is data (ReviewRules).
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

#include <storeops/catalog/item_days.hpp>
#include <storeops/plan/lifecycle.hpp>

namespace storeops {

/// The review's thresholds: the seeds' where they give them, else *assumed*.
struct ReviewRules {
  HitCandidateRule hit;            ///< 002 篇4: a week of UV >= 3,000, CR >= 3%, bounce below the store's
  double band_low = 0.015;         ///< 001: a pushed item keeps conversion within 1.5%-4%
  double band_high = 0.04;
  int max_push = 4;                ///< 001: 3-4 pushed items a month at most
  int delist_after_days = 30;      ///< 002: 30天无销量的宝贝可以下架
  int new_days = 14;               ///< *assumed*: an item is new for its first two weeks
  double growth_trend = 1.2;       ///< *assumed*: a week's units >= 1.2x the week before: growth
  double decline_trend = 0.8;      ///< *assumed*: <= 0.8x: decline
  int demand_window_days = 28;     ///< *assumed*: restock reads the last four weeks
  int campaign_decide_days = 7;    ///< 002: 活动前一个星期内必须有决定
};

/// One item's review.
struct ItemReview {
  ProductStage stage = ProductStage::new_item;
  double weekly_visitors = 0, weekly_buyers = 0;
  double conversion = std::numeric_limits<double>::quiet_NaN();  ///< NaN without visitors
  bool hit_candidate = false, in_band = false;
  int days_since_sale = 0;  ///< since its last sale; never sold: since it was listed
  int age_days = 0;         ///< since it was listed
  bool delist = false, push = false;
  double push_score = 0;    ///< weekly buyers (hit candidates only; 0 otherwise)
};

/// The day each item went on sale: its `listed` date, else its first day in the report, else
/// `today` (an item with no rows and no date is new today).
inline Day listed_day(const Item& item, const detail::ItemWindow& w, Day today) {
  if (item.listed) return *item.listed;
  return w.first <= today ? w.first : today;
}

/// Reviews every item of the catalogue on `today` from the item report.
///
/// Stage: new for the first `new_days`; hit when a hit candidate; else by the trend of the
/// last week's units over the week before: growth at or above `growth_trend` (or sales after
/// none), decline at or below `decline_trend` (or no sales in either week), stable between.
/// Push: the hit candidates not to be delisted, most weekly buyers first, at most `max_push`.
/// Without a bounce rate in the report the hit rule's bounce condition cannot be tested and
/// is left out.
inline std::vector<ItemReview> review_items(const Catalog& catalog, const ItemDays& days, Day today,
                                            const ReviewRules& rules = {}) {
  detail::check_item_days(days, catalog.size());
  const auto windows = detail::item_windows(days, catalog.size(), today, rules.demand_window_days);
  double bounced = 0, seen = 0;  // the store's bounce rate over the week, visitor-weighted
  for (const auto& w : windows) {
    bounced += w.week_bounced;
    seen += w.week_bounce_visitors;
  }
  HitCandidateRule hit = rules.hit;
  if (days.bounce_rate.empty() || seen == 0) hit.bounce_below_store_average = false;
  const double store_bounce = seen > 0 ? bounced / seen : 0.0;

  std::vector<ItemReview> out(catalog.size());
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < catalog.size(); ++i) {
    const Item& item = catalog.items()[i];
    const auto& w = windows[i];
    ItemReview& r = out[i];
    const Day listed = listed_day(item, w, today);
    r.age_days = std::max(0, today - listed);
    r.weekly_visitors = w.week_visitors;
    r.weekly_buyers = w.week_buyers;
    if (w.week_visitors > 0) r.conversion = w.week_buyers / w.week_visitors;
    const double bounce = w.week_bounce_visitors > 0 ? w.week_bounced / w.week_bounce_visitors : 0.0;
    r.hit_candidate = hit_candidate({item.item, w.week_visitors, w.week_buyers, bounce},
                                    store_bounce, hit).candidate;
    r.in_band = w.week_visitors > 0 && r.conversion >= rules.band_low && r.conversion <= rules.band_high;
    r.days_since_sale = w.last_sale > std::numeric_limits<Day>::min() ? today - w.last_sale : r.age_days;
    r.delist = r.days_since_sale >= rules.delist_after_days && r.age_days >= rules.delist_after_days;
    if (r.age_days < rules.new_days) {
      r.stage = ProductStage::new_item;
    } else if (r.hit_candidate) {
      r.stage = ProductStage::hit;
    } else if (w.prior_week_units == 0) {
      r.stage = w.week_units > 0 ? ProductStage::growth : ProductStage::decline;
    } else {
      const double trend = w.week_units / w.prior_week_units;
      r.stage = trend >= rules.growth_trend    ? ProductStage::growth
                : trend <= rules.decline_trend ? ProductStage::decline
                                               : ProductStage::stable;
    }
    if (r.hit_candidate && !r.delist) {
      r.push_score = w.week_buyers;
      candidates.push_back(i);
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
    return out[a].push_score > out[b].push_score;
  });
  for (std::size_t k = 0; k < candidates.size() && k < std::size_t(std::max(0, rules.max_push)); ++k)
    out[candidates[k]].push = true;
  return out;
}

}  // namespace storeops
