#pragma once
/// A big campaign day hour by hour (000 ch.4, 第四阶段大活动备战期): the day's visitors split by
/// the hourly profile, inquiries and orders from the plan's funnel, the customer-service agents
/// each hour needs (Erlang C, exactly erlang::agents_required) and the packers who ship the
/// orders within the plan's shipping time.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>

#include <storeops/campaign_day/policy.hpp>
#include <storeops/plan/plan.hpp>
#include <storeops/simulation/simulate.hpp>
#include <storeops/team/erlang.hpp>

namespace storeops {

/// How customer service is sized on the day (the arguments of erlang::agents_required), the
/// day's visitors, and the campaign's conversion lift.
struct CampaignHoursOptions {
  double day_visitors = 0;
  double handle_time_s = 180;   ///< seconds of agent work per inquiry
  int concurrency = 3;          ///< chats one agent keeps at once
  double service_level = 0.8;   ///< share answered within answer_within_s
  double answer_within_s = 30;
  double shrinkage = 0;         ///< share of paid time not on chats
  double max_occupancy = 1;
  /// The campaign month's conversion lift (campaign_conversion_lift): 1 on a normal day.
  double conversion_lift = 1;
  /// The hourly profile; when absent, the plan's campaign_day.hourly_share.
  std::optional<std::array<double, 24>> hourly_share;
  /// Orders a packer packs an hour; when absent, the plan's campaign_day.packs_per_hour.
  std::optional<double> packs_per_hour;
};

/// One hour of the day. Visitors, inquiries and orders are expectations; people are whole.
struct CampaignHour {
  int hour = 0;
  double visitors = 0, inquiries = 0, orders = 0;
  int cs_agents = 0, packers = 0;
};

/// The conversion lift of plan month `month` (1-based, as in a simulation's table): its
/// campaign's conversion_multiplier, or 1 when the month holds no campaign.
inline double campaign_conversion_lift(const Plan& plan, int month) {
  if (month < 1) detail::fail("month", std::to_string(month), "a plan month >= 1");
  return calendar_effect(plan.market, month - 1).conversion;
}

namespace detail {
/// Packing work each hour: an order placed in hour h is packed evenly over the
/// `ship_within` hours from h on, so every order ships within its time. The day repeats
/// (the orders of 23:00 are packed into the small hours), so the day's packing is its orders.
inline std::array<double, 24> packing_work(const std::array<double, 24>& orders, int ship_within) {
  std::array<double, 24> work{};
  for (int h = 0; h < 24; ++h)
    for (int k = 0; k < ship_within; ++k)
      work[std::size_t((h + k) % 24)] += orders[std::size_t(h)] / ship_within;
  return work;
}

/// Packing work each hour under the plan's shipping rule (004: orders confirmed until
/// `cutoff_hour`, then checked and packed; shipped within `ship_within_hours`): an order placed
/// in hour h waits for its batch, which starts at the cutoff of its day (h before the cutoff)
/// or of the next day, and is packed evenly from then until it is due, h + ship_within_hours
/// (at least the batch's first hour). Where the promise falls before the batch starts, the
/// promise wins: the order is packed from h on. The day repeats, as above.
inline std::array<double, 24> packing_work(const std::array<double, 24>& orders,
                                           const ShippingRules& rules) {
  std::array<double, 24> work{};
  for (int h = 0; h < 24; ++h) {
    const int batch = h < rules.cutoff_hour ? rules.cutoff_hour : rules.cutoff_hour + 24;
    const int due = h + rules.ship_within_hours;
    const int from = due >= batch ? batch : h;
    const int until = std::max(due, from + 1);
    for (int k = from; k < until; ++k)
      work[std::size_t(k % 24)] += orders[std::size_t(h)] / (until - from);
  }
  return work;
}
}  // namespace detail

/// The day hour by hour. Errors name the option and the value.
inline std::array<CampaignHour, 24> campaign_hours(const Plan& plan, const CampaignHoursOptions& o) {
  detail::require_non_negative(o.day_visitors, "day_visitors");
  detail::require_non_negative(o.conversion_lift, "conversion_lift");
  const CampaignDayPolicy& day = plan.campaign_day;
  const auto share = o.hourly_share.value_or(day.hourly_share);
  if (o.hourly_share) detail::rules::shares<24>(share, "hourly_share");
  const double packs = o.packs_per_hour.value_or(day.packs_per_hour);
  if (o.packs_per_hour) detail::require_positive(packs, "packs_per_hour");
  const Draw d = Draw::of(plan.market);
  const double conversion = conversion_rate(d, o.conversion_lift);
  std::array<CampaignHour, 24> hours{};
  std::array<double, 24> orders{};
  for (int h = 0; h < 24; ++h) {
    auto& x = hours[std::size_t(h)];
    x.hour = h;
    x.visitors = o.day_visitors * share[std::size_t(h)];
    x.inquiries = x.visitors * d.inquiry_rate;
    x.orders = orders[std::size_t(h)] = x.visitors * conversion;
    x.cs_agents = erlang::agents_required(x.inquiries, o.handle_time_s, o.service_level,
                                          o.answer_within_s, o.concurrency, o.max_occupancy,
                                          o.shrinkage);
  }
  // the plan's shipping rule (004), unless the campaign day sets its own time
  const auto work = day.ship_within_hours > 0 ? detail::packing_work(orders, day.ship_within_hours)
                                              : detail::packing_work(orders, plan.shipping);
  for (std::size_t h = 0; h < 24; ++h)
    hours[h].packers = static_cast<int>(std::ceil(work[h] / packs - 1e-9));
  return hours;
}

/// An hour of the three after-sales days (活动后3天为售后高峰, 000 ch.3).
struct AfterSalesHour {
  int day = 0, hour = 0;  ///< day 1..3 after the campaign, hour 0..23
  double contacts = 0;    ///< expected after-sales contacts in the hour
  int cs_agents = 0;      ///< erlang::agents_required of them
};

/// The three days after a campaign day of `day_orders` orders, hour by hour: contacts =
/// day_orders × after_sales_share × the day's share × the hour's share (the campaign day's
/// hourly profile: customers write when they shop), each hour's agents by Erlang C with the
/// options' sizing and after_sales_handle_time_s a contact.
inline std::array<AfterSalesHour, 72> after_sales_hours(const Plan& plan, double day_orders,
                                                       const CampaignHoursOptions& o) {
  detail::require_non_negative(day_orders, "day_orders");
  const CampaignDayPolicy& day = plan.campaign_day;
  const auto share = o.hourly_share.value_or(day.hourly_share);
  if (o.hourly_share) detail::rules::shares<24>(share, "hourly_share");
  std::array<AfterSalesHour, 72> out{};
  for (int k = 0; k < 3; ++k)
    for (int h = 0; h < 24; ++h) {
      auto& x = out[std::size_t(k * 24 + h)];
      x.day = k + 1;
      x.hour = h;
      x.contacts = day_orders * day.after_sales_share * day.after_sales_days[std::size_t(k)] *
                   share[std::size_t(h)];
      x.cs_agents = erlang::agents_required(x.contacts, day.after_sales_handle_time_s,
                                            o.service_level, o.answer_within_s, o.concurrency,
                                            o.max_occupancy, o.shrinkage);
    }
  return out;
}

/// Packers to hire for each hour when `own_people` of the store's own staff pack during their
/// hours (campaign_day.own_packing_from_hour, own_packing_hours; the day repeats): an hour's
/// packers less its own people, never below 0 (000 ch.3: own staff pack first).
inline std::array<int, 24> temporary_packers(const std::array<int, 24>& packers, int own_people,
                                             const CampaignDayPolicy& day) {
  if (own_people < 0) detail::fail("own_packers", std::to_string(own_people), ">= 0 people");
  std::array<int, 24> out{};
  for (int h = 0; h < 24; ++h) {
    const int since = (h - day.own_packing_from_hour + 24) % 24;
    const int own = since < day.own_packing_hours ? own_people : 0;
    out[std::size_t(h)] = std::max(0, packers[std::size_t(h)] - own);
  }
  return out;
}

}  // namespace storeops
