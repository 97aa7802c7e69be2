#pragma once
/// Stock and pre-packed boxes for a big campaign day (000 ch.4 大活动备战期: 仓库的备货情况,
/// 预包装的包装盒数量; ch.3: 提前打包1/3的货品), split over the product roles by the plan's campaign_day.stock_shares.
#include <array>
#include <cmath>
#include <optional>

#include <storeops/campaign_day/policy.hpp>
#include <storeops/plan/lifecycle.hpp>
#include <storeops/plan/plan.hpp>

namespace storeops {

/// One product role's stock for the day.
struct CampaignStockLine {
  ProductRole role = ProductRole::campaign;
  double share = 0;           ///< of the day's units
  double forecast_units = 0;  ///< the day's orders x units per order x share
  long units = 0;             ///< to have in the warehouse: forecast plus safety stock, whole
  long prepacked_boxes = 0;   ///< packed before the day: prepacked_share of the forecast, whole
};

struct CampaignStock {
  std::array<CampaignStockLine, 4> lines{};  ///< in the order of product_role_names
  long units = 0, prepacked_boxes = 0;       ///< the lines summed
};

/// Stock for a day of `day_orders` orders of `units_per_order` units; `safety` overrides the
/// plan's campaign_day.safety_stock.
inline CampaignStock campaign_stock(const Plan& plan, double day_orders, double units_per_order,
                                    std::optional<double> safety = std::nullopt) {
  detail::require_non_negative(day_orders, "day_orders");
  detail::require_positive(units_per_order, "units_per_order");
  const CampaignDayPolicy& day = plan.campaign_day;
  const double extra = safety ? detail::require_non_negative(*safety, "safety") : day.safety_stock;
  auto whole = [](double x) { return static_cast<long>(std::ceil(x - 1e-9)); };
  CampaignStock out;
  for (std::size_t i = 0; i < out.lines.size(); ++i) {
    auto& line = out.lines[i];
    line.role = static_cast<ProductRole>(i);
    line.share = day.stock_shares[i];
    line.forecast_units = day_orders * units_per_order * line.share;
    line.units = whole(line.forecast_units * (1.0 + extra));
    line.prepacked_boxes = whole(line.forecast_units * day.prepacked_share);
    out.units += line.units;
    out.prepacked_boxes += line.prepacked_boxes;
  }
  return out;
}

}  // namespace storeops
