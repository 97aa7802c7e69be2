#pragma once
/// The market a plan runs in: traffic by channel, conversion, order value, refunds, reviews,
/// seasonality and campaigns (DOMAIN.md §2, §6–§8). Nothing here is in the seeds except
/// where a comment cites one: every default is *assumed*, and the uncertain ones carry a
/// distribution that Monte Carlo samples once per run.
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <string>
#include <string_view>
#include <vector>

#include "detail/validate.hpp"
#include "random.hpp"

namespace storeops {

enum class Distribution { fixed, lognormal, normal, uniform, triangular };
inline constexpr std::array<std::string_view, 5> distribution_names = {
    "fixed", "lognormal", "normal", "uniform", "triangular"};
inline Distribution distribution_from_string(std::string_view s) {
  for (std::size_t i = 0; i < distribution_names.size(); ++i)
    if (distribution_names[i] == s) return static_cast<Distribution>(i);
  throw Error("distribution must be one of fixed, lognormal, normal, uniform, triangular, got '" +
              std::string(s) + "'");
}

/// An input that may vary between sampled futures.
///  - fixed: always `value`;
///  - lognormal: value · exp(spread · Z), `value` is the median, `spread` the sigma of the log;
///  - normal: value + spread · Z, redrawn until inside [low, high] (a truncated normal);
///  - uniform: between low and high;
///  - triangular: between low and high with its mode at `value`.
struct Uncertain {
  double value = 0;
  Distribution distribution = Distribution::fixed;
  double spread = 0;
  double low = 0;
  double high = 0;

  friend bool operator==(const Uncertain&, const Uncertain&) = default;

  bool varies() const noexcept { return distribution != Distribution::fixed; }

  /// One draw. `max` truncates a lognormal draw by redrawing (rates stay <= 1).
  double sample(Rng& rng, double max = INFINITY) const noexcept {
    switch (distribution) {
      case Distribution::fixed: return value;
      case Distribution::lognormal:
        for (int i = 0; i < 1000; ++i) {
          const double x = value * std::exp(spread * rng.normal());
          if (x <= max) return x;
        }
        return value;
      case Distribution::normal:
        for (int i = 0; i < 1000; ++i) {
          const double x = value + spread * rng.normal();
          if (x >= low && x <= high) return x;
        }
        return value;  // validate() keeps [low, high] around value, so this is never reached
      case Distribution::uniform: return low + (high - low) * rng.uniform();
      case Distribution::triangular: return triangular_quantile(rng.uniform());
    }
    return value;
  }

  /// The q-quantile (q in (0, 1)), for sensitivity swings (P10 and P90).
  double quantile(double q) const noexcept {
    const double z = std::sqrt(2.0) * inverse_erf(2.0 * q - 1.0);
    switch (distribution) {
      case Distribution::fixed: return value;
      case Distribution::lognormal: return value * std::exp(spread * z);
      case Distribution::normal: return std::min(high, std::max(low, value + spread * z));
      case Distribution::uniform: return low + (high - low) * q;
      case Distribution::triangular: return triangular_quantile(q);
    }
    return value;
  }

  /// Checks the distribution against the range its field allows.
  void validate(const std::string& field, double min, double max) const {
    auto in_range = [&](double v, const std::string& what) {
      if (!std::isfinite(v) || v < min || v > max)
        detail::fail(field + what, detail::shortest(v),
                     "in [" + detail::shortest(min) + ", " + detail::shortest(max) + "]");
    };
    in_range(value, ".value");
    switch (distribution) {
      case Distribution::fixed: break;
      case Distribution::lognormal:
        detail::require_non_negative(spread, field + ".spread");
        // draws above `max` are redrawn; refuse a spread that would redraw often
        if (max < INFINITY && value * std::exp(3.0 * spread) > max)
          throw Error(field + ": a lognormal with value " + detail::shortest(value) +
                      " and spread " + detail::shortest(spread) + " often exceeds " +
                      detail::shortest(max) + "; use a smaller spread or normal with low and high");
        break;
      case Distribution::normal:
        detail::require_non_negative(spread, field + ".spread");
        in_range(low, ".low");
        in_range(high, ".high");
        if (!(low <= value && value <= high))
          detail::fail(field + ".value", detail::shortest(value), "between low and high");
        break;
      case Distribution::uniform:
      case Distribution::triangular:
        in_range(low, ".low");
        in_range(high, ".high");
        if (!(low <= value && value <= high))
          detail::fail(field + ".value", detail::shortest(value), "between low and high");
        break;
    }
  }

 private:
  double triangular_quantile(double u) const noexcept {
    const double span = high - low;
    if (span <= 0) return value;
    const double c = (value - low) / span;
    return u < c ? low + std::sqrt(u * span * (value - low))
                 : high - std::sqrt((1 - u) * span * (high - value));
  }
  /// Inverse error function (Giles' single-precision-accurate approximation, refined by two
  /// Newton steps to double precision).
  static double inverse_erf(double x) noexcept {
    double w = -std::log((1.0 - x) * (1.0 + x)), p;
    if (w < 5.0) {
      w -= 2.5;
      p = 2.81022636e-08;
      for (double c : {3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
                       -0.00125372503, -0.00417768164, 0.246640727, 1.50140941})
        p = c + p * w;
    } else {
      w = std::sqrt(w) - 3.0;
      p = -0.000200214257;
      for (double c : {0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
                       -0.0076224613, 0.00943887047, 1.00167406, 2.83297682})
        p = c + p * w;
    }
    double y = p * x;
    for (int i = 0; i < 2; ++i)
      y -= (std::erf(y) - x) / (2.0 / std::sqrt(std::numbers::pi) * std::exp(-y * y));
    return y;
  }
};

/// A platform campaign month (618, 双11, 双12): traffic and conversion lift that month.
struct CampaignMonth {
  int month_of_year = 11;
  std::string name;
  double traffic_multiplier = 1;
  double conversion_multiplier = 1;
  friend bool operator==(const CampaignMonth&, const CampaignMonth&) = default;
};

/// Every market assumption of the simulation, with its default (*assumed* unless cited).
struct MarketAssumptions {
  int start_month = 2;           ///< calendar month of the plan's month 0 (000: 2014-02)
  double days_in_month = 30;     ///< orders_per_day = monthly orders / days_in_month (§1)

  // organic search (自然搜索): logistic growth driven by sales momentum, capped by the market
  Uncertain organic_start{1'000};  ///< organic visitors in the first open month
  Uncertain organic_growth{0.25, Distribution::lognormal, 0.3};  ///< per month
  double organic_market_cap = 250'000;  ///< organic visitors a month the market allows
  double paid_spillover = 0.3;  ///< paid visitors that also push search rank (sales momentum)

  // paid search 直通车 (by CPC) and display 钻展 (by CPM), with adstock and Hill saturation
  Uncertain cpc{1.0, Distribution::lognormal, 0.2};  ///< yuan per click
  double search_half_saturation = 150'000;  ///< adstocked yuan a month at half efficiency
  Uncertain cpm{8.0, Distribution::lognormal, 0.2};  ///< yuan per thousand impressions
  double display_ctr = 0.01;
  double display_half_saturation = 100'000;
  double adstock = 0.3;     ///< share of last month's effective spend carried over
  double hill_shape = 1.0;  ///< saturation curve shape (1: diminishing returns from the start)
  double search_share = 0.6;  ///< share of the ad budget on 直通车; the rest on 钻展

  // affiliates 淘宝客: visitors as a share of organic, paid by commission on their sales
  double affiliate_share = 0.1;
  double affiliate_commission = 0.08;

  // returning customers: the base is every past order's customer still buying; each month
  // a share lapses, customer_churn of all, or with retention_alpha and retention_beta both
  // above 0 the shifted-beta-geometric curve (customers.hpp): customers differ in how likely
  // they are to lapse, so a cohort's churn falls as it ages and old customers stay longer.
  double repeat_visits = 0.3;   ///< visits a month per customer in the base
  double customer_churn = 0.15; ///< share of the customer base lost each month (geometric)
  double retention_alpha = 0;   ///< sBG α (0 with retention_beta 0: geometric churn)
  double retention_beta = 0;    ///< sBG β; a new cohort's first-month churn is α / (α + β)

  /// True when the customer base follows the shifted-beta-geometric curve.
  bool follows_sbg() const noexcept { return retention_alpha > 0 && retention_beta > 0; }

  // conversion (§2): CR = ir·ic + (1 − ir)·sc; 002 targets a 2% conversion rate
  Uncertain inquiry_rate{0.2};  ///< rates drawn lognormal are redrawn above 1
  Uncertain inquiry_conversion{0.06, Distribution::lognormal, 0.2};
  Uncertain silent_conversion{0.01, Distribution::lognormal, 0.2};
  Uncertain average_order_value{100, Distribution::lognormal, 0.15};  ///< yuan
  Uncertain refund_rate{0.05, Distribution::normal, 0.015, 0.0, 0.3};

  // reviews
  double review_share = 0.5;     ///< share of orders reviewed; customer service answers for
                                 ///< the reviews of the orders it served (inquiry orders)
  double neutral_share = 0.01;   ///< of reviews; 002 wants >= 98.5% positive
  double negative_share = 0.005;
  double rating_change = 0.0;    ///< monthly store-rating change for the rating bonus

  // promotion budget: the launch stage's ad trial spread over its months, then a share of
  // last month's revenue (000 ch.4: promotion 10%)
  int ad_trial_months = 3;
  double promotion_share = 0.10;

  std::array<double, 12> seasonality = {1.0, 0.8, 1.0, 1.0, 1.0, 1.0,
                                        0.9, 0.9, 1.0, 1.0, 1.0, 1.0};  ///< Jan..Dec
  std::vector<CampaignMonth> campaigns = {
      {6, "618", 1.3, 1.05}, {11, "双11", 2.0, 1.2}, {12, "双12", 1.3, 1.05}};

  friend bool operator==(const MarketAssumptions&, const MarketAssumptions&) = default;

  void validate() const {
    using detail::require_non_negative;
    using detail::require_rate;
    if (start_month < 1 || start_month > 12)
      detail::fail("market.start_month", std::to_string(start_month), "in 1..12");
    detail::require_positive(days_in_month, "market.days_in_month");
    organic_start.validate("market.organic_start", 0, INFINITY);
    organic_growth.validate("market.organic_growth", 0, INFINITY);
    detail::require_positive(organic_market_cap, "market.organic_market_cap");
    require_non_negative(paid_spillover, "market.paid_spillover");
    cpc.validate("market.cpc", 1e-6, INFINITY);
    detail::require_positive(search_half_saturation, "market.search_half_saturation");
    cpm.validate("market.cpm", 1e-6, INFINITY);
    require_rate(display_ctr, "market.display_ctr");
    detail::require_positive(display_half_saturation, "market.display_half_saturation");
    require_rate(adstock, "market.adstock");
    detail::require_positive(hill_shape, "market.hill_shape");
    require_rate(search_share, "market.search_share");
    require_non_negative(affiliate_share, "market.affiliate_share");
    require_rate(affiliate_commission, "market.affiliate_commission");
    require_non_negative(repeat_visits, "market.repeat_visits");
    require_rate(customer_churn, "market.customer_churn");
    require_non_negative(retention_alpha, "market.retention_alpha");
    require_non_negative(retention_beta, "market.retention_beta");
    if ((retention_alpha > 0) != (retention_beta > 0))
      throw Error("market.retention_alpha and market.retention_beta: give both above 0 (the "
                  "sBG curve) or both 0 (geometric customer_churn), got " +
                  detail::shortest(retention_alpha) + " and " + detail::shortest(retention_beta));
    inquiry_rate.validate("market.inquiry_rate", 0, 1);
    inquiry_conversion.validate("market.inquiry_conversion", 0, 1);
    silent_conversion.validate("market.silent_conversion", 0, 1);
    average_order_value.validate("market.average_order_value", 0, 1e9);
    refund_rate.validate("market.refund_rate", 0, 1);
    require_rate(review_share, "market.review_share");
    require_rate(neutral_share, "market.neutral_share");
    require_rate(negative_share, "market.negative_share");
    if (neutral_share + negative_share > 1.0)
      throw Error("market.neutral_share + market.negative_share must be <= 1");
    detail::require_finite(rating_change, "market.rating_change");
    if (ad_trial_months < 1)
      detail::fail("market.ad_trial_months", std::to_string(ad_trial_months), ">= 1");
    require_rate(promotion_share, "market.promotion_share");
    for (std::size_t i = 0; i < 12; ++i)
      require_non_negative(seasonality[i], "market.seasonality[" + std::to_string(i) + "]");
    for (std::size_t i = 0; i < campaigns.size(); ++i) {
      const auto f = "market.campaigns[" + std::to_string(i) + "]";
      if (campaigns[i].month_of_year < 1 || campaigns[i].month_of_year > 12)
        detail::fail(f + ".month_of_year", std::to_string(campaigns[i].month_of_year), "in 1..12");
      require_non_negative(campaigns[i].traffic_multiplier, f + ".traffic_multiplier");
      require_non_negative(campaigns[i].conversion_multiplier, f + ".conversion_multiplier");
    }
  }
};

}  // namespace storeops
