#pragma once
/// The daily report row of 002 篇4 (淘宝数据日报表) and the shop's DSR (店铺动态评分).
#include <chrono>
#include <span>
#include <string>

#include <storeops/detail/validate.hpp>
#include <storeops/market/metrics.hpp>
#include <storeops/core/money.hpp>

namespace storeops {

/// Detailed seller ratings: three 1–5 averages over the last 180 days (docs/model.md §2).
struct Dsr {
  double described = 5.0;  ///< 描述相符 item as described
  double service = 5.0;    ///< 服务态度 service attitude
  double shipping = 5.0;   ///< 物流服务 shipping

  Dsr() = default;
  Dsr(double described_, double service_, double shipping_)
      : described(check(described_, "Dsr.described")),
        service(check(service_, "Dsr.service")),
        shipping(check(shipping_, "Dsr.shipping")) {}

  static double check(double v, const char* field) {
    if (!(v >= 1.0 && v <= 5.0)) detail::fail(field, detail::shortest(v), "a score in [1, 5]");
    return v;
  }
};

/// One buyer's ratings of one order, on the day they were given (whole stars 1–5).
struct DsrRating {
  std::chrono::sys_days day;
  int described = 5;
  int service = 5;
  int shipping = 5;
};

/// The DSR as of `as_of`: the average of the ratings given in the `window_days` days that
/// end on `as_of` (ratings after `as_of` are ignored). No rating in the window is an error.
inline Dsr dsr_over(std::span<const DsrRating> ratings, std::chrono::sys_days as_of,
                    int window_days = 180) {
  if (window_days <= 0) detail::fail("window_days", std::to_string(window_days), "> 0");
  const auto first = as_of - std::chrono::days(window_days - 1);
  double d = 0, s = 0, p = 0;
  long n = 0;
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    const auto& r = ratings[i];
    const auto field = "ratings[" + std::to_string(i) + "]";
    for (int v : {r.described, r.service, r.shipping})
      if (v < 1 || v > 5) detail::fail(field, std::to_string(v), "stars in 1..5");
    if (r.day < first || r.day > as_of) continue;
    d += r.described;
    s += r.service;
    p += r.shipping;
    ++n;
  }
  if (n == 0)
    throw Error("no DSR rating in the " + std::to_string(window_days) +
                " days before the report date");
  const double count = static_cast<double>(n);
  return Dsr(d / count, s / count, p / count);
}

/// One row of the daily report (002 篇4): 日期 浏览量 访客数 销售额 成交件数 转化率 客单价 DSR
/// 访问深度 首页跳失率.
struct DailyReport {
  std::chrono::sys_days date;
  double page_views = 0;         ///< 浏览量 PV
  double visitors = 0;           ///< 访客数 UV
  Money sales;                   ///< 销售额
  double units = 0;              ///< 成交件数 units sold
  double buyers = 0;             ///< paying buyers (one order each)
  double conversion_rate = 0;    ///< 转化率 buyers / visitors
  Money average_order_value;     ///< 客单价 sales / buyers (0 on a day with no buyer)
  Dsr dsr;                       ///< DSR as of the day
  double visit_depth = 0;        ///< 访问深度 PV / UV
  double home_page_bounce_rate = 0;  ///< 首页跳失率

  /// The row from the day's raw counts; every ratio is checked as in `metrics`.
  static DailyReport from_counts(std::chrono::sys_days date, double page_views,
                                 double visitors, double buyers, double units, Money sales,
                                 Dsr dsr, double home_page_visits,
                                 double home_page_single_page_visits) {
    DailyReport r;
    r.date = date;
    r.page_views = detail::require_non_negative(page_views, "page_views");
    r.visitors = detail::require_non_negative(visitors, "visitors");
    r.buyers = detail::require_non_negative(buyers, "buyers");
    r.units = detail::require_non_negative(units, "units");
    if (sales.fen() < 0) detail::fail("sales", sales.to_string(), ">= 0");
    // every visitor views a page and every buyer takes a unit: the other way round is a
    // report with its columns swapped
    detail::require_part_of(visitors, "visitors", page_views, "page_views");
    detail::require_part_of(buyers, "buyers", units, "units");
    r.sales = sales;
    r.dsr = dsr;
    r.conversion_rate = metrics::conversion_rate(buyers, visitors);
    r.visit_depth = metrics::visit_depth(page_views, visitors);
    r.average_order_value = buyers > 0 ? metrics::average_order_value(sales, buyers) : Money();
    r.home_page_bounce_rate =
        metrics::bounce_rate(home_page_single_page_visits, home_page_visits);
    return r;
  }
};

}  // namespace storeops
