#pragma once
/// Customers (docs/model.md §7; 001, 000 attachment 八): member tiers with discounts, cohort
/// retention on a shifted-beta-geometric curve, and the six-month re-activation rule of 001.
#include <chrono>
#include <span>
#include <string>
#include <vector>

#include <storeops/detail/validate.hpp>
#include <storeops/core/money.hpp>

namespace storeops {

/// A member tier (普通会员, 高级会员, VIP会员): from a cumulative spend on, a discount.
struct MemberTier {
  std::string name;
  Money from_spend;
  double price_share = 1.0;  ///< pay this share of the price (0.95 = 5% off)
};

/// The tier a customer with this cumulative spend holds (tiers ascending by spend).
inline const MemberTier& member_tier(const std::vector<MemberTier>& tiers, Money spend) {
  if (tiers.empty()) throw Error("member tiers: the table is empty");
  const MemberTier* hit = &tiers.front();
  for (std::size_t i = 0; i < tiers.size(); ++i) {
    detail::require_rate(tiers[i].price_share, "tiers[" + std::to_string(i) + "].price_share");
    if (i > 0 && !(tiers[i - 1].from_spend < tiers[i].from_spend))
      detail::fail("tiers[" + std::to_string(i) + "].from_spend", tiers[i].from_spend.to_string(),
                   "above the previous tier's");
    if (spend >= tiers[i].from_spend) hit = &tiers[i];
  }
  return *hit;
}

/// Shifted-beta-geometric retention: the share of a cohort still buying after t periods,
/// S(t) = B(α, β + t) / B(α, β), by the recursion S(t) = S(t−1)·(β + t − 1)/(α + β + t − 1).
inline std::vector<double> sbg_retention(double alpha, double beta, int periods) {
  detail::require_positive(alpha, "alpha");
  detail::require_positive(beta, "beta");
  if (periods < 0) detail::fail("periods", std::to_string(periods), ">= 0");
  std::vector<double> s(std::size_t(periods) + 1);
  s[0] = 1.0;
  for (int t = 1; t <= periods; ++t)
    s[std::size_t(t)] = s[std::size_t(t - 1)] * (beta + t - 1) / (alpha + beta + t - 1);
  return s;
}

struct CustomerRecord {
  std::string id;
  std::chrono::sys_days last_purchase;
};

/// Who gets the re-activation reminder and offer before a promotion (001): customers whose
/// last purchase is `silent_months` or more calendar months before the promotion; the
/// reminder goes `reminder_days` before it and the offer from `offer_from_days` to
/// `offer_to_days` before it.
struct Reactivation {
  std::string id;
  std::chrono::sys_days last_purchase, reminder, offer_from, offer_to;
};

inline std::vector<Reactivation> reactivation_plan(std::span<const CustomerRecord> customers,
                                                   std::chrono::sys_days promotion,
                                                   int silent_months = 6, int reminder_days = 7,
                                                   int offer_from_days = 2, int offer_to_days = 1) {
  using namespace std::chrono;
  if (silent_months < 1) detail::fail("silent_months", std::to_string(silent_months), ">= 1");
  if (reminder_days < 0) detail::fail("reminder_days", std::to_string(reminder_days), ">= 0");
  if (offer_to_days < 0 || offer_from_days < offer_to_days)
    throw Error("offer_from_days must be >= offer_to_days >= 0");
  // the same day of the month, silent_months earlier (clamped to the month's last day)
  const year_month_day p{promotion};
  const year_month ym = year_month{p.year(), p.month()} - months(silent_months);
  const auto last_day = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  const sys_days cutoff = sys_days{ym / (p.day() > last_day ? last_day : p.day())};
  std::vector<Reactivation> out;
  for (const auto& c : customers) {
    if (c.last_purchase > promotion)
      throw Error("customer '" + c.id + "': last purchase after the promotion date");
    if (c.last_purchase <= cutoff)
      out.push_back({c.id, c.last_purchase, promotion - days(reminder_days),
                     promotion - days(offer_from_days), promotion - days(offer_to_days)});
  }
  return out;
}

}  // namespace storeops
