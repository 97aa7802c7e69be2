#pragma once
/// Platform campaign entry rules as data (docs/model.md §7; 004 活动框架), a checker that reports
/// every failed condition, and the big-campaign day plan (000 ch.4 大活动备战期; the day itself,
/// 000 ch.3 活动的大致策划).
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <storeops/market/credit.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/team/erlang.hpp>
#include <storeops/core/money.hpp>

namespace storeops {

/// What a campaign asks of the shop and of the item. Unset optionals are no condition.
struct CampaignRule {
  std::string name;
  // shop
  std::optional<CreditLevel> min_level, max_level;
  bool consumer_protection = false;            ///< 消保
  std::optional<double> min_good_review_rate;  ///< 好评率
  // item
  std::optional<long> min_sales, min_reviews, min_quantity, max_quantity;
  std::optional<Money> min_quantity_times_price;  ///< 数量 × 促销价
  bool free_shipping = false;                     ///< 包邮
  std::optional<double> min_price_share, max_price_share;  ///< of the recorded price (1-5折)
  bool price_at_most_market_average = false;       ///< 不高于全网均价
  std::string source;
};

struct ShopFacts {
  std::int64_t credit_points = 0;
  double good_review_rate = 1.0;
  bool consumer_protection = false;
};

struct ItemFacts {
  long sales = 0;
  long reviews = 0;
  long quantity = 0;          ///< units offered in the campaign
  Money price;                ///< campaign price
  Money recorded_price;       ///< the price in the sales record (原价)
  Money market_average_price; ///< 全网均价
  bool free_shipping = false;
};

/// One failed condition: which rule, what it requires, what the shop or item has.
struct FailedCondition {
  std::string condition, required, actual;
};

struct Eligibility {
  std::string campaign;
  bool eligible = false;
  std::vector<FailedCondition> failed;
};

inline Eligibility check_campaign(const CampaignRule& rule, const ShopFacts& shop,
                                  const ItemFacts& item) {
  detail::require_rate(shop.good_review_rate, "shop.good_review_rate");
  for (auto [v, f] : {std::pair{item.sales, "item.sales"}, {item.reviews, "item.reviews"},
                      {item.quantity, "item.quantity"}})
    if (v < 0) detail::fail(f, std::to_string(v), "a count >= 0");
  for (auto [m, f] : {std::pair{item.price, "item.price"}, {item.recorded_price, "item.recorded_price"},
                      {item.market_average_price, "item.market_average_price"}})
    if (m.fen() < 0) detail::fail(f, m.to_string(), ">= 0");
  Eligibility e{rule.name, false, {}};
  auto fail = [&](std::string c, std::string req, std::string act) {
    e.failed.push_back({std::move(c), std::move(req), std::move(act)});
  };
  const CreditLevel level = credit_level(shop.credit_points);
  if (rule.min_level && level < *rule.min_level)
    fail("shop credit level", ">= " + rule.min_level->to_string(),
         level.to_string() + " (" + std::to_string(shop.credit_points) + " points)");
  if (rule.max_level && level > *rule.max_level)
    fail("shop credit level", "<= " + rule.max_level->to_string(),
         level.to_string() + " (" + std::to_string(shop.credit_points) + " points)");
  if (rule.consumer_protection && !shop.consumer_protection)
    fail("consumer protection (消保)", "joined", "not joined");
  if (rule.min_good_review_rate && shop.good_review_rate < *rule.min_good_review_rate)
    fail("good-review rate", ">= " + detail::shortest(*rule.min_good_review_rate),
         detail::shortest(shop.good_review_rate));
  auto at_least = [&](const std::optional<long>& min, long v, const char* what) {
    if (min && v < *min) fail(what, ">= " + std::to_string(*min), std::to_string(v));
  };
  at_least(rule.min_sales, item.sales, "item sales");
  at_least(rule.min_reviews, item.reviews, "item reviews");
  at_least(rule.min_quantity, item.quantity, "campaign quantity");
  if (rule.max_quantity && item.quantity > *rule.max_quantity)
    fail("campaign quantity", "<= " + std::to_string(*rule.max_quantity), std::to_string(item.quantity));
  if (rule.min_quantity_times_price) {
    const Money value = item.price * item.quantity;
    if (value < *rule.min_quantity_times_price)
      fail("quantity x price", ">= " + rule.min_quantity_times_price->to_string(), value.to_string());
  }
  if (rule.free_shipping && !item.free_shipping) fail("free shipping (包邮)", "yes", "no");
  if (rule.min_price_share || rule.max_price_share) {
    if (item.recorded_price.fen() <= 0) {
      fail("price against the recorded price", "a recorded price", "none");
    } else {
      const double share = ratio(item.price, item.recorded_price);
      if ((rule.min_price_share && share < *rule.min_price_share - 1e-12) ||
          (rule.max_price_share && share > *rule.max_price_share + 1e-12))
        fail("price against the recorded price",
             detail::shortest(rule.min_price_share.value_or(0)) + " to " +
                 detail::shortest(rule.max_price_share.value_or(1)) + " of it",
             detail::shortest(share));
    }
  }
  if (rule.price_at_most_market_average && item.price > item.market_average_price)
    fail("price against the market average", "<= " + item.market_average_price.to_string(),
         item.price.to_string());
  e.eligible = e.failed.empty();
  return e;
}

/// A big-campaign day forecast from a normal day (000 ch.3 and ch.5): traffic and conversion
/// scale from normal ratios; stock, pre-packed boxes (a third of the goods) and the
/// customer-service agents the peak hour needs (Erlang C).
struct CampaignDayInputs {
  double normal_visitors = 0;        ///< a normal day's UV
  double normal_conversion = 0;      ///< a normal day's conversion rate
  Money average_order_value;
  double traffic_multiplier = 1;     ///< campaign-day traffic over a normal day's
  double conversion_multiplier = 1;  ///< campaign-day conversion over a normal day's
  double units_per_order = 1;
  double safety_stock = 0.2;         ///< extra stock share (*assumed*)
  double prepacked_share = 1.0 / 3;  ///< 提前打包1/3的货品 (000 ch.3)
  double inquiry_rate = 0.2;         ///< *assumed*
  double peak_hour_share = erlang::assumed_peak_hour_share;  ///< *assumed*
  double handle_time_s = 180;        ///< *assumed*
  int concurrency = 3;               ///< chats per agent (*assumed*)
  double service_level = 0.8;
  double answer_within_s = 30;
};

struct CampaignDayPlan {
  double visitors = 0, conversion_rate = 0, orders = 0;
  Money revenue;
  long stock_units = 0, prepacked_boxes = 0;
  double peak_hour_inquiries = 0;
  int agents = 0;
};

inline CampaignDayPlan plan_campaign_day(const CampaignDayInputs& in) {
  detail::require_non_negative(in.normal_visitors, "normal_visitors");
  detail::require_rate(in.normal_conversion, "normal_conversion");
  detail::require_non_negative(in.traffic_multiplier, "traffic_multiplier");
  detail::require_non_negative(in.conversion_multiplier, "conversion_multiplier");
  detail::require_positive(in.units_per_order, "units_per_order");
  detail::require_non_negative(in.safety_stock, "safety_stock");
  detail::require_rate(in.prepacked_share, "prepacked_share");
  detail::require_rate(in.inquiry_rate, "inquiry_rate");
  if (in.average_order_value.fen() < 0)
    detail::fail("average_order_value", in.average_order_value.to_string(), ">= 0");
  CampaignDayPlan p;
  p.visitors = in.normal_visitors * in.traffic_multiplier;
  p.conversion_rate = in.normal_conversion * in.conversion_multiplier;
  if (p.conversion_rate > 1.0)
    detail::fail("normal_conversion x conversion_multiplier", detail::shortest(p.conversion_rate),
                 "a rate in [0, 1]");
  p.orders = p.visitors * p.conversion_rate;
  p.revenue = in.average_order_value.times(p.orders, "orders");
  const double units = p.orders * in.units_per_order;
  p.stock_units = static_cast<long>(std::ceil(units * (1.0 + in.safety_stock) - 1e-9));
  p.prepacked_boxes = static_cast<long>(std::ceil(units * in.prepacked_share - 1e-9));
  p.peak_hour_inquiries = erlang::peak_hour_arrivals(p.visitors * in.inquiry_rate, in.peak_hour_share);
  p.agents = erlang::agents_required(p.peak_hour_inquiries, in.handle_time_s, in.service_level,
                                     in.answer_within_s, in.concurrency);
  return p;
}

}  // namespace storeops
