#pragma once
/// What a store assumes about its big campaign day (000 ch.4, 第四阶段大活动备战期): when the
/// visitors come, how fast orders are packed and shipped, the shifts people can work and what
/// they cost, and how the day's stock splits over the product roles. Data in the plan
/// (Plan::campaign_day), so a store can load, change and save it; every default is *assumed*.
#include <array>
#include <cmath>
#include <string>
#include <vector>

#include <storeops/core/money.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>

namespace storeops {

/// A shift people can work on the day (班次): from `start_hour` for `hours` hours (it may run
/// past midnight), paid `cost` yuan per person for the shift.
struct Shift {
  int start_hour = 0;
  int hours = 8;
  Money cost;
  std::string name;
  friend bool operator==(const Shift&, const Shift&) = default;

  /// Whether the shift has people at work in `hour` (0-23).
  bool covers(int hour) const noexcept { return (hour - start_hour + 24) % 24 < hours; }
};

namespace detail::rules {
inline void shift_hours(const int& v, const std::string& path) {
  if (v < 1 || v > 24) fail(path, std::to_string(v), "in 1..24 hours");
}
}  // namespace detail::rules

/// Every field of a shift, once.
inline constexpr auto shift_fields = [] {
  namespace r = detail::rules;
  using S = Shift;
  return std::make_tuple(
      detail::required_field("start_hour", &S::start_hour, "开始时间",
                             "Hour the shift starts (0-23).", r::whole_in<0, 23>),
      detail::required_field("hours", &S::hours, "时长", "Hours it lasts (1-24; may pass midnight).",
                             r::shift_hours),
      detail::required_field("cost", &S::cost, "每人费用", "Pay per person for the shift, yuan.",
                             r::money_non_negative),
      detail::field("name", &S::name, "班次", "What the store calls it (早班, 夜班).",
                    r::any<std::string>));
}();

/// *assumed*: the share of a big campaign day's visitors in each hour, 0:00 to 23:00. The
/// rush when the sale opens at midnight (the first hour is the day's largest), a quiet night,
/// a steady day and a second rush in the evening before the sale ends. Sums to 1.
inline constexpr std::array<double, 24> assumed_campaign_hourly_share = {
    0.14,  0.06,  0.025, 0.012, 0.008, 0.007, 0.01,  0.018, 0.028, 0.036, 0.04,  0.04,
    0.038, 0.036, 0.036, 0.036, 0.036, 0.036, 0.038, 0.045, 0.056, 0.066, 0.07,  0.083};

/// The campaign-day data of a plan (大促备战): see the header comment. Product roles index
/// `stock_shares` in the order of product_role_names.
struct CampaignDayPolicy {
  std::array<double, 24> hourly_share = assumed_campaign_hourly_share;
  double packs_per_hour = 30;  ///< orders one packer packs and labels in an hour (*assumed*)
  /// 0 (default): orders are packed and shipped by the plan's shipping rule (Plan::shipping,
  /// 004: confirmed until 15:00, shipped within 24 hours); 1..24: each order is packed evenly
  /// over this many hours from its placing, the rule before round three (then *assumed* 12).
  int ship_within_hours = 0;
  /// The day's units by product role: traffic_driver, profit, campaign, image (*assumed*:
  /// the campaign items sell most of the day).
  std::array<double, 4> stock_shares = {0.25, 0.15, 0.60, 0.0};
  double safety_stock = 0.2;         ///< extra stock over the forecast (*assumed*)
  double prepacked_share = 1.0 / 3;  ///< 提前打包1/3的货品 (000 ch.3)
  /// Customer-service shifts (*assumed*: 8 hours at ¥200, a night shift at ¥260, 4-hour
  /// part-time shifts at ¥110).
  std::vector<Shift> cs_shifts = {
      {0, 8, Money::from_yuan(260), "夜班"},  {8, 8, Money::from_yuan(200), "早班"},
      {16, 8, Money::from_yuan(200), "晚班"}, {23, 4, Money::from_yuan(140), "零点班"},
      {10, 4, Money::from_yuan(110), "上午兼职"}, {14, 4, Money::from_yuan(110), "下午兼职"},
      {19, 4, Money::from_yuan(110), "晚间兼职"}};
  /// Packing shifts (*assumed*: 8 hours at ¥160, nights at ¥210, 4-hour part-time at ¥90).
  std::vector<Shift> packing_shifts = {
      {0, 8, Money::from_yuan(210), "夜班"}, {8, 8, Money::from_yuan(160), "早班"},
      {16, 8, Money::from_yuan(160), "晚班"}, {6, 8, Money::from_yuan(160), "早二班"},
      {12, 4, Money::from_yuan(90), "午间兼职"}, {20, 4, Money::from_yuan(90), "晚间兼职"}};
  /// 活动后3天为售后高峰 (000 ch.3): the share of the day's orders that come back to after-sales
  /// in the three days after (*assumed* 0.15), and how they fall on those days (*assumed*).
  double after_sales_share = 0.15;
  std::array<double, 3> after_sales_days = {0.5, 0.3, 0.2};
  double after_sales_handle_time_s = 300;  ///< a return or a complaint (*assumed* 5 minutes)
  /// 其他部门留下必要人员, 以部门为单位分别分配到扫描/打单/配货/打包等岗位 (000 ch.3): the store's own
  /// people pack from this hour for this many hours (*assumed* 9:00 for 9 hours) before any
  /// temporary packer is hired.
  int own_packing_from_hour = 9;
  int own_packing_hours = 9;
  friend bool operator==(const CampaignDayPolicy&, const CampaignDayPolicy&) = default;
};

namespace detail::rules {
template <std::size_t N>
void shares(const std::array<double, N>& s, const std::string& path) {
  double sum = 0;
  for (std::size_t i = 0; i < N; ++i) {
    require_non_negative(s[i], path + "[" + std::to_string(i) + "]");
    sum += s[i];
  }
  if (std::abs(sum - 1.0) > 1e-9)
    fail(path, "a sum of " + shortest(sum), "shares summing to 1 (within 1e-9)");
}
inline void ship_within(const int& v, const std::string& path) {
  if (v < 0 || v > 24) fail(path, std::to_string(v), "in 0..24 hours (0: the plan's shipping rule)");
}
inline void shifts(const std::vector<Shift>& ss, const std::string& path) {
  for (std::size_t i = 0; i < ss.size(); ++i)
    check_fields(shift_fields, ss[i], path + "[" + std::to_string(i) + "]");
}
}  // namespace detail::rules

/// Every field of the campaign-day data, once.
inline constexpr auto campaign_day_fields = [] {
  namespace r = detail::rules;
  using C = CampaignDayPolicy;
  return std::make_tuple(
      detail::field("hourly_share", &C::hourly_share, "分时流量占比",
                    "Share of the day's visitors in each hour 0-23 (*assumed*; sums to 1).",
                    r::shares<24>),
      detail::field("packs_per_hour", &C::packs_per_hour, "每人每小时打包单数",
                    "Orders one packer packs an hour (*assumed* 30).", r::positive),
      detail::field("ship_within_hours", &C::ship_within_hours, "发货时限",
                    "0: the plan's shipping rule (cutoff and promise, 004); 1..24: hours over "
                    "which each order is packed from its placing.",
                    r::ship_within),
      detail::field("stock_shares", &C::stock_shares, "备货占比",
                    "The day's units by product role: traffic_driver, profit, campaign, image "
                    "(*assumed*; sums to 1).",
                    r::shares<4>),
      detail::field("safety_stock", &C::safety_stock, "安全库存比例",
                    "Extra stock over the forecast (*assumed* 0.2).", r::non_negative),
      detail::field("prepacked_share", &C::prepacked_share, "预包装比例",
                    "Share of the goods packed before the day (000: 1/3).", r::rate),
      detail::field("cs_shifts", &C::cs_shifts, "客服班次",
                    "Shifts customer service can work (*assumed*).", r::shifts),
      detail::field("packing_shifts", &C::packing_shifts, "打包班次",
                    "Shifts packers can work (*assumed*).", r::shifts),
      detail::field("after_sales_share", &C::after_sales_share, "售后咨询比例",
                    "Share of the day's orders that contact after-sales in the three days "
                    "after (000 ch.3: 活动后3天为售后高峰; *assumed* 0.15).",
                    r::non_negative),
      detail::field("after_sales_days", &C::after_sales_days, "售后三天占比",
                    "How the after-sales contacts fall on the three days (*assumed*; sums to 1).",
                    r::shares<3>),
      detail::field("after_sales_handle_time_s", &C::after_sales_handle_time_s, "售后处理时长秒",
                    "Seconds of agent work per after-sales contact (*assumed* 300).",
                    r::positive),
      detail::field("own_packing_from_hour", &C::own_packing_from_hour, "本店人员打包开始时间",
                    "The hour the store's own people start packing on the day (*assumed* 9).",
                    r::whole_in<0, 23>),
      detail::field("own_packing_hours", &C::own_packing_hours, "本店人员打包小时数",
                    "Hours the store's own people pack (000 ch.3: 其他部门...分配到打包; "
                    "*assumed* 9).",
                    r::whole_in<0, 24>));
}();

}  // namespace storeops
