#pragma once
/// Store metrics (docs/model.md §2; 000 ch.5, 002 篇3-4). Every ratio checks its inputs: counts
/// are finite and >= 0, a part never exceeds its whole, and a zero denominator is an
/// error, not NaN.
#include <storeops/detail/validate.hpp>
#include <storeops/core/money.hpp>

namespace storeops::metrics {

namespace detail_ {
inline double share(double part, const char* part_field, double whole, const char* whole_field) {
  storeops::detail::require_non_negative(part, part_field);
  storeops::detail::require_denominator(whole, whole_field);
  storeops::detail::require_part_of(part, part_field, whole, whole_field);
  return part / whole;
}

/// An amount per unit (per click, per buyer, per visitor), to the fen.
inline Money per(Money amount, const char* amount_field, double units, const char* units_field) {
  if (amount.fen() < 0) storeops::detail::fail(amount_field, amount.to_string(), ">= 0");
  storeops::detail::require_denominator(units, units_field);
  return amount.divided_by(units, units_field);
}
}  // namespace detail_

/// 回复率 reply rate = replied customers / received customers (000 ch.5).
inline double reply_rate(double replied, double received) {
  return detail_::share(replied, "replied", received, "received");
}

/// 成交率 success rate = paying customers / pre-sale contacts, where pre-sale contacts =
/// inquiries before ordering + contacts after ordering and before paying (000 ch.5).
inline double success_rate(double paid, double presale_received) {
  return detail_::share(paid, "paid", presale_received, "presale_received");
}

/// 客户满意度 satisfaction = positive reviews / customers (000 ch.5).
inline double satisfaction(double positive_reviews, double customers) {
  return detail_::share(positive_reviews, "positive_reviews", customers, "customers");
}

/// 支付转化率 conversion rate = paying buyers / visitors.
inline double conversion_rate(double buyers, double visitors) {
  return detail_::share(buyers, "buyers", visitors, "visitors");
}

/// 好评率 good-review rate = positive / (positive + neutral + negative); target >= 98.5% (002).
inline double good_review_rate(double positive, double neutral, double negative) {
  storeops::detail::require_non_negative(positive, "positive");
  storeops::detail::require_non_negative(neutral, "neutral");
  storeops::detail::require_non_negative(negative, "negative");
  return detail_::share(positive, "positive", positive + neutral + negative,
                        "positive + neutral + negative");
}

/// 跳失率 bounce rate = single-page visits / visits.
inline double bounce_rate(double single_page_visits, double visits) {
  return detail_::share(single_page_visits, "single_page_visits", visits, "visits");
}

/// 访问深度 visit depth = page views / visitors (>= 1 in real data, not enforced).
inline double visit_depth(double page_views, double visitors) {
  storeops::detail::require_non_negative(page_views, "page_views");
  storeops::detail::require_denominator(visitors, "visitors");
  return page_views / visitors;
}

/// 点击率 CTR = clicks / impressions.
inline double ctr(double clicks, double impressions) {
  return detail_::share(clicks, "clicks", impressions, "impressions");
}

/// 平均点击花费 CPC = spend / clicks, to the fen.
inline Money cpc(Money spend, double clicks) {
  return detail_::per(spend, "spend", clicks, "clicks");
}

/// 千次展现成本 CPM = 1000 · spend / impressions, to the fen.
inline Money cpm(Money spend, double impressions) {
  if (spend.fen() < 0) storeops::detail::fail("spend", spend.to_string(), ">= 0");
  storeops::detail::require_denominator(impressions, "impressions");
  return (spend * 1000).divided_by(impressions, "impressions");
}

/// 投入产出比 ROI = attributed revenue / spend.
inline double roi(Money attributed_revenue, Money spend) {
  if (attributed_revenue.fen() < 0)
    storeops::detail::fail("attributed_revenue", attributed_revenue.to_string(), ">= 0");
  if (spend.fen() <= 0)
    storeops::detail::fail("spend", spend.to_string(), "> 0 (it is a denominator)");
  return ratio(attributed_revenue, spend);
}

/// 保本ROI break-even ROI = 1 / contribution-margin ratio: the ROI at which an ad pays
/// for itself.
inline double breakeven_roi(double contribution_margin) {
  storeops::detail::require_rate(contribution_margin, "contribution_margin");
  if (contribution_margin == 0.0)
    storeops::detail::fail("contribution_margin", "0", "> 0 (it is a denominator)");
  return 1.0 / contribution_margin;
}

/// 客单价 average order value = revenue / buyers, to the fen.
inline Money average_order_value(Money revenue, double buyers) {
  return detail_::per(revenue, "revenue", buyers, "buyers");
}

/// UV价值 UV value = revenue / visitors, to the fen.
inline Money uv_value(Money revenue, double visitors) {
  return detail_::per(revenue, "revenue", visitors, "visitors");
}

}  // namespace storeops::metrics
