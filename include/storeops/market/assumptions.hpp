#pragma once
/// The market a plan runs in: traffic by channel, conversion, order value, refunds, reviews,
/// seasonality and campaigns (docs/model.md §2, §6–§8). Nothing here is in the seeds except
/// where a comment cites one: every default is *assumed*, and the uncertain ones carry a
/// distribution that Monte Carlo samples once per run.
#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <string>
#include <string_view>
#include <vector>

#include <storeops/core/date.hpp>
#include <storeops/core/names.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/core/random.hpp>

namespace storeops {

enum class Distribution { fixed, lognormal, normal, uniform, triangular };
inline constexpr std::array<std::string_view, 5> distribution_names = {
    "fixed", "lognormal", "normal", "uniform", "triangular"};
template <>
struct EnumNames<Distribution> {
  static constexpr auto& names = distribution_names;
  static constexpr std::string_view what = "distribution", plural = "distributions";
};
inline Distribution distribution_from_string(std::string_view s) {
  return from_string<Distribution>(s);
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

  /// The same distribution around a new central value: the median of a lognormal, the mean
  /// of a normal, the mode of a triangular (their spread and bounds kept), the middle of a
  /// uniform (its width kept); a fixed input becomes `v`. What a plain number set on an
  /// uncertain input means.
  Uncertain with_value(double v) const noexcept {
    Uncertain u = *this;
    if (distribution == Distribution::uniform) {
      u.low += v - value;
      u.high += v - value;
    }
    u.value = v;
    return u;
  }

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
    const double z = normal_quantile(q);
    switch (distribution) {
      case Distribution::fixed: return value;
      case Distribution::lognormal: return value * std::exp(spread * z);
      case Distribution::normal: return std::min(high, std::max(low, value + spread * z));
      case Distribution::uniform: return low + (high - low) * q;
      case Distribution::triangular: return triangular_quantile(q);
    }
    return value;
  }

  /// The value at cumulative probability u in (0, 1) of exactly the distribution `sample`
  /// draws from: a lognormal truncated above `max`, a normal truncated to [low, high]. What
  /// correlated draws (a Gaussian copula) and Sobol samples map their uniforms through.
  double inverse_cdf(double u, double max = INFINITY) const noexcept {
    u = std::min(std::max(u, 1e-12), 1.0 - 1e-12);
    switch (distribution) {
      case Distribution::fixed: return value;
      case Distribution::lognormal: {
        if (!(spread > 0)) return value;
        const double cap = max < INFINITY ? normal_cdf(std::log(max / value) / spread) : 1.0;
        return value * std::exp(spread * normal_quantile(u * cap));
      }
      case Distribution::normal: {
        if (!(spread > 0)) return value;
        const double a = normal_cdf((low - value) / spread), b = normal_cdf((high - value) / spread);
        return std::min(high, std::max(low, value + spread * normal_quantile(a + u * (b - a))));
      }
      case Distribution::uniform: return low + (high - low) * u;
      case Distribution::triangular: return triangular_quantile(u);
    }
    return value;
  }

  /// Checks what any distribution needs, whatever field it is for: finite numbers, a
  /// spread >= 0, a lognormal's median > 0, low <= value <= high where bounds apply.
  void check_shape(const std::string& field) const {
    detail::require_finite(value, field + ".value");
    switch (distribution) {
      case Distribution::fixed: break;
      case Distribution::lognormal:
        detail::require_non_negative(spread, field + ".spread");
        if (!(value > 0))
          detail::fail(field + ".value", detail::shortest(value), "> 0 (a lognormal's median)");
        break;
      case Distribution::normal:
        detail::require_non_negative(spread, field + ".spread");
        [[fallthrough]];
      case Distribution::uniform:
      case Distribution::triangular:
        if (std::isnan(low) || std::isnan(high) || !(low <= value && value <= high))
          detail::fail(field + ".value", detail::shortest(value),
                       "between low and high (" + detail::shortest(low) + " and " +
                           detail::shortest(high) + ")");
        break;
    }
  }

  /// Checks the distribution against the range its field allows.
  void validate(const std::string& field, double min, double max) const {
    check_shape(field);
    auto in_range = [&](double v, const std::string& what) {
      if (!std::isfinite(v) || v < min || v > max)
        detail::fail(field + what, detail::shortest(v),
                     "in [" + detail::shortest(min) + ", " + detail::shortest(max) + "]");
    };
    in_range(value, ".value");
    if (distribution == Distribution::lognormal) {
      // draws above `max` are redrawn; refuse a spread that would redraw often
      if (max < INFINITY && value * std::exp(3.0 * spread) > max)
        throw Error(field + ": a lognormal with value " + detail::shortest(value) +
                    " and spread " + detail::shortest(spread) + " often exceeds " +
                    detail::shortest(max) + "; use a smaller spread or normal with low and high");
    } else if (distribution != Distribution::fixed) {
      in_range(low, ".low");
      in_range(high, ".high");
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
};

/// A platform campaign month (618, 双11, 双12): traffic and conversion lift that month.
struct CampaignMonth {
  int month_of_year = 11;
  std::string name;
  double traffic_multiplier = 1;
  double conversion_multiplier = 1;
  /// The campaign day's temporary staff (临时工), paid per shift, not hired: added to the
  /// month's payroll, never to its headcount. 0 (none) unless a plan opts in, e.g. with the
  /// cost of a campaign-day roster (docs/model.md §7).
  Money temporary_staff_cost;
  friend bool operator==(const CampaignMonth&, const CampaignMonth&) = default;
};

/// Every field of a campaign month, once.
inline constexpr auto campaign_month_fields = [] {
  namespace r = detail::rules;
  using C = CampaignMonth;
  return std::make_tuple(
      detail::required_field("month_of_year", &C::month_of_year, "月份",
                             "Calendar month of the campaign (11: 双11).", r::whole_in<1, 12>),
      detail::field("name", &C::name, "活动", "The campaign's name (618, 双11, 双12).",
                    r::any<std::string>),
      detail::field("traffic_multiplier", &C::traffic_multiplier, "流量倍数",
                    "The month's visitors times this (*assumed*).", r::non_negative),
      detail::field("conversion_multiplier", &C::conversion_multiplier, "转化倍数",
                    "The month's conversions times this (*assumed*).", r::non_negative),
      detail::field("temporary_staff_cost", &C::temporary_staff_cost, "临时工费用",
                    "Campaign-day temporary staff, yuan, added to the month's payroll (0: none).",
                    r::money_non_negative));
}();

/// The uncertain inputs a Monte Carlo draws, in the order of the random stream
/// (storeops.UNCERTAIN_INPUTS; simulate.hpp's table of them checks it has these names).
inline constexpr std::array<std::string_view, 9> uncertain_input_names = {
    "organic_start", "organic_growth", "cpc", "cpm", "inquiry_rate", "inquiry_conversion",
    "silent_conversion", "average_order_value", "refund_rate"};

/// A correlation between two uncertain inputs (a Gaussian copula: the inputs keep their own
/// distributions, their normal scores are correlated by `rho`). 000 gives none; a higher
/// order value going with a lower conversion is the usual example.
struct Correlation {
  std::string a, b;  ///< names from uncertain_input_names
  double rho = 0;    ///< in [-1, 1]
  friend bool operator==(const Correlation&, const Correlation&) = default;
};

/// Every market assumption of the simulation, with its default (*assumed* unless cited).
struct MarketAssumptions {
  /// 开店日期: the first day of the plan's month 1, which gives every plan month its calendar
  /// month (seasonality, campaigns) and every report day its plan month (000: 2014-02).
  Date start_date{std::chrono::year(2014), std::chrono::February, std::chrono::day(1)};
  /// The calendar month (1-12) of the plan's month 1.
  int start_month() const noexcept { return int(unsigned(start_date.month())); }
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
      {6, "618", 1.3, 1.05, {}}, {11, "双11", 2.0, 1.2, {}}, {12, "双12", 1.3, 1.05, {}}};

  // month-to-month noise of a sampled future (a Monte Carlo, or simulate with a seed; the
  // plan's own run has none): every channel's visitors times exp(x − σ²/2), x an AR(1)
  // log-shock with sd σ = monthly_traffic_noise and autocorrelation ρ; orders drawn as
  // Poisson counts around visitors × conversion; a campaign month's two lifts each times
  // exp(c·z − c²/2), c = campaign_lift_noise. All *assumed*; 0 and 0 turn it off.
  double monthly_traffic_noise = 0.10;
  double traffic_noise_autocorrelation = 0.5;
  double campaign_lift_noise = 0.15;

  /// Correlations between uncertain inputs (none: each drawn on its own, as before).
  std::vector<Correlation> correlations;

  /// True when sampled futures get month-to-month noise.
  bool noisy_months() const noexcept { return monthly_traffic_noise > 0 || campaign_lift_noise > 0; }

  friend bool operator==(const MarketAssumptions&, const MarketAssumptions&) = default;

  /// Checks every field against its rule (market_fields) and the rules across fields.
  void validate() const;

  /// The correlation matrix over uncertain_input_names (identity where no pair is given).
  Eigen::Matrix<double, 9, 9> correlation_matrix() const;
  /// Its Cholesky factor L (C = L·Lᵀ); an error naming the pairs when C is not positive
  /// definite.
  Eigen::Matrix<double, 9, 9> correlation_factor() const;
};

namespace detail::rules {
inline void uncertain_count(const Uncertain& u, const std::string& path) {
  u.validate(path, 0, infinity);
}
inline void uncertain_price(const Uncertain& u, const std::string& path) {
  u.validate(path, 1e-6, infinity);
}
inline void uncertain_rate(const Uncertain& u, const std::string& path) { u.validate(path, 0, 1); }
inline void uncertain_order_value(const Uncertain& u, const std::string& path) {
  u.validate(path, 0, 1e9);
}
/// A month-to-month change of the store rating: ratings run from 1 to 5 (as in pay).
inline void rating_change(const double& v, const std::string& path) {
  require_finite(v, path);
  if (std::fabs(v) > 4.0) fail(path, shortest(v), "within [-4, 4] (ratings run from 1 to 5)");
}
inline void seasonality(const std::array<double, 12>& s, const std::string& path) {
  for (std::size_t i = 0; i < s.size(); ++i)
    require_non_negative(s[i], path + "[" + std::to_string(i) + "]");
}
inline void campaign(const CampaignMonth& c, const std::string& path) {
  check_fields(campaign_month_fields, c, path);
}
inline void campaigns(const std::vector<CampaignMonth>& cs, const std::string& path) {
  for (std::size_t i = 0; i < cs.size(); ++i) campaign(cs[i], path + "[" + std::to_string(i) + "]");
}
inline void autocorrelation(const double& v, const std::string& path) {
  if (!(v >= 0 && v < 1)) fail(path, shortest(v), "in [0, 1) (1 would never forget a shock)");
}
inline void first_of_month(const Date& d, const std::string& path) {
  if (!d.ok()) throw Error(path + ": not a calendar date");
  if (unsigned(d.day()) != 1)
    fail(path, to_string(d), "the first day of a month (plan months are calendar months)");
}
inline void correlations(const std::vector<Correlation>& cs, const std::string& path) {
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const auto at = path + "[" + std::to_string(i) + "]";
    for (const std::string* name : {&cs[i].a, &cs[i].b})
      if (std::find(uncertain_input_names.begin(), uncertain_input_names.end(), *name) ==
          uncertain_input_names.end()) {
        std::string valid;
        for (auto n : uncertain_input_names) valid += (valid.empty() ? "" : ", ") + std::string(n);
        throw Error(at + ": unknown input '" + *name + "'; uncertain inputs: " + valid);
      }
    if (cs[i].a == cs[i].b) throw Error(at + ": an input cannot be correlated with itself ('" + cs[i].a + "')");
    if (!(cs[i].rho >= -1 && cs[i].rho <= 1)) fail(at + ".rho", shortest(cs[i].rho), "in [-1, 1]");
    for (std::size_t j = 0; j < i; ++j)
      if ((cs[j].a == cs[i].a && cs[j].b == cs[i].b) || (cs[j].a == cs[i].b && cs[j].b == cs[i].a))
        throw Error(at + ": the pair " + cs[i].a + " / " + cs[i].b + " is given twice");
  }
}
}  // namespace detail::rules

/// Every field of MarketAssumptions, once: JSON key, member, Chinese label, doc, rule.
inline constexpr auto market_fields = [] {
  namespace r = detail::rules;
  using M = MarketAssumptions;
  using detail::field;
  return std::make_tuple(
      field("start_date", &M::start_date, "开店日期",
            "The first day of the plan's month 1, \"YYYY-MM-01\" (000: 2014-02-01); report days "
            "and calendar months follow from it.", r::first_of_month),
      field("days_in_month", &M::days_in_month, "每月天数",
            "orders_per_day = monthly orders / days_in_month.", r::positive),
      field("organic_start", &M::organic_start, "首月自然访客",
            "Organic search visitors in the first open month (Uncertain).", r::uncertain_count),
      field("organic_growth", &M::organic_growth, "自然流量增长率",
            "Logistic growth of organic visitors a month (Uncertain).", r::uncertain_count),
      field("organic_market_cap", &M::organic_market_cap, "自然流量上限",
            "Organic visitors a month the market allows.", r::positive),
      field("paid_spillover", &M::paid_spillover, "付费流量带动系数",
            "Paid visitors that also push search rank (sales momentum).", r::non_negative),
      field("cpc", &M::cpc, "直通车点击单价", "直通车 cost per click, yuan (Uncertain).",
            r::uncertain_price),
      field("search_half_saturation", &M::search_half_saturation, "直通车半饱和花费",
            "Adstocked 直通车 yuan a month at half efficiency.", r::positive),
      field("cpm", &M::cpm, "钻展千次展现价",
            "钻展 cost per thousand impressions, yuan (Uncertain).", r::uncertain_price),
      field("display_ctr", &M::display_ctr, "钻展点击率", "钻展 click-through rate.", r::rate),
      field("display_half_saturation", &M::display_half_saturation, "钻展半饱和花费",
            "Adstocked 钻展 yuan a month at half efficiency.", r::positive),
      field("adstock", &M::adstock, "广告延续率",
            "Share of last month's effective ad spend carried over.", r::rate),
      field("hill_shape", &M::hill_shape, "饱和曲线形状",
            "Shape of the saturation curve (1: diminishing returns from the start).",
            r::positive),
      field("search_share", &M::search_share, "直通车预算占比",
            "Share of the ad budget on 直通车 (the rest on 钻展).", r::rate),
      field("affiliate_share", &M::affiliate_share, "淘宝客流量占比",
            "淘宝客 visitors as a share of organic visitors.", r::non_negative),
      field("affiliate_commission", &M::affiliate_commission, "淘宝客佣金率",
            "淘宝客 commission on the sales they bring.", r::rate),
      field("repeat_visits", &M::repeat_visits, "老顾客月访问次数",
            "Visits a month per customer in the base.", r::non_negative),
      field("customer_churn", &M::customer_churn, "顾客流失率",
            "Share of the customer base lost each month (geometric).", r::rate),
      field("retention_alpha", &M::retention_alpha, "留存曲线α",
            "sBG retention alpha; with retention_beta > 0 the customer base follows the "
            "shifted-beta-geometric curve instead of customer_churn (0: off).",
            r::non_negative),
      field("retention_beta", &M::retention_beta, "留存曲线β",
            "sBG retention beta; a new cohort's first-month churn is alpha / (alpha + beta) "
            "(0: off).",
            r::non_negative),
      field("inquiry_rate", &M::inquiry_rate, "询单率", "询单率 inquiry rate (Uncertain).",
            r::uncertain_rate),
      field("inquiry_conversion", &M::inquiry_conversion, "询单转化率",
            "询单转化率 inquiry conversion (Uncertain).", r::uncertain_rate),
      field("silent_conversion", &M::silent_conversion, "静默转化率",
            "静默转化率 silent conversion (Uncertain).", r::uncertain_rate),
      field("average_order_value", &M::average_order_value, "客单价",
            "客单价 average order value, yuan (Uncertain).", r::uncertain_order_value),
      field("refund_rate", &M::refund_rate, "退款率", "Share of revenue refunded (Uncertain).",
            r::uncertain_rate),
      field("review_share", &M::review_share, "评价率", "Share of orders reviewed.", r::rate),
      field("neutral_share", &M::neutral_share, "中评率", "Neutral share of reviews.", r::rate),
      field("negative_share", &M::negative_share, "差评率", "Negative share of reviews.",
            r::rate),
      field("rating_change", &M::rating_change, "店铺评分月变化",
            "Monthly store-rating change for the rating bonus, in [-4, 4].", r::rating_change),
      field("ad_trial_months", &M::ad_trial_months, "广告试投月数",
            "Months over which the launch ad trial budget is spent.", r::whole_from<1>),
      field("promotion_share", &M::promotion_share, "推广费占比",
            "Ad spend as a share of last month's revenue after the trial (000 ch.4: 10%).",
            r::rate),
      field("seasonality", &M::seasonality, "季节系数",
            "Traffic factor by calendar month, January first (12 numbers).", r::seasonality),
      field("campaigns", &M::campaigns, "大促月份", "Platform campaign months (618, 双11, 双12).",
            r::campaigns),
      field("monthly_traffic_noise", &M::monthly_traffic_noise, "月度流量波动",
            "Standard deviation of a month's log-traffic shock in sampled futures (*assumed* 0.1).",
            r::non_negative),
      field("traffic_noise_autocorrelation", &M::traffic_noise_autocorrelation, "流量波动自相关",
            "AR(1) autocorrelation of the monthly traffic shock, in [0, 1) (*assumed* 0.5).",
            r::autocorrelation),
      field("campaign_lift_noise", &M::campaign_lift_noise, "大促效果波动",
            "Standard deviation of the log of a campaign month's lifts (*assumed* 0.15).",
            r::non_negative),
      field("correlations", &M::correlations, "变量相关性",
            "Correlations between uncertain inputs: pairs {a, b, rho} (Gaussian copula).",
            r::correlations));
}();

inline void MarketAssumptions::validate() const {
  detail::check_fields(market_fields, *this, "market");
  if ((retention_alpha > 0) != (retention_beta > 0))
    throw Error("market.retention_alpha and market.retention_beta: give both above 0 (the "
                "sBG curve) or both 0 (geometric customer_churn), got " +
                detail::shortest(retention_alpha) + " and " + detail::shortest(retention_beta));
  if (neutral_share + negative_share > 1.0)
    throw Error("market.neutral_share + market.negative_share must be <= 1");
  if (!correlations.empty()) correlation_factor();  // refuses a matrix that is not positive definite
}

inline Eigen::Matrix<double, 9, 9> MarketAssumptions::correlation_matrix() const {
  Eigen::Matrix<double, 9, 9> c = Eigen::Matrix<double, 9, 9>::Identity();
  auto index = [](const std::string& name) {
    return Eigen::Index(std::find(uncertain_input_names.begin(), uncertain_input_names.end(), name) -
                        uncertain_input_names.begin());
  };
  for (const auto& k : correlations) c(index(k.a), index(k.b)) = c(index(k.b), index(k.a)) = k.rho;
  return c;
}

inline Eigen::Matrix<double, 9, 9> MarketAssumptions::correlation_factor() const {
  const auto c = correlation_matrix();
  auto positive_definite = [](const Eigen::Matrix<double, 9, 9>& m) {
    Eigen::LLT<Eigen::Matrix<double, 9, 9>> llt(m);
    return llt.info() == Eigen::Success && llt.matrixL().toDenseMatrix().diagonal().minCoeff() > 1e-9;
  };
  if (!positive_definite(c)) {
    // name the pairs without which the rest would be consistent (else every pair given)
    std::string offending;
    for (const auto& k : correlations) {
      MarketAssumptions without = *this;
      std::erase(without.correlations, k);
      if (positive_definite(without.correlation_matrix()))
        offending += (offending.empty() ? "" : ", ") + k.a + " / " + k.b;
    }
    if (offending.empty())
      for (const auto& k : correlations) offending += (offending.empty() ? "" : ", ") + k.a + " / " + k.b;
    throw Error("market.correlations: the correlations cannot hold together (the matrix is not "
                "positive definite); look at " + offending);
  }
  return Eigen::LLT<Eigen::Matrix<double, 9, 9>>(c).matrixL();
}

}  // namespace storeops
