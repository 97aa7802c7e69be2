#pragma once
/// Fits a plan's uncertain market inputs to a store's reported days (docs/model.md §10):
/// order value, conversion, and the organic traffic curve. Each fit is a Bayesian posterior
/// under a stated model of the daily counts, its prior the plan's own distribution, so that
/// its spread shrinks as months are added:
///  - order value (客单价): the ratio of summed sales to summed buyers, its variance the
///    ratio estimator's from the days' scatter; a normal posterior for its log;
///  - conversion (转化率): each day's buyers Poisson (binomial, with p small) with mean
///    visitors × k × the plan's conversion that month; k scales inquiry and silent conversion
///    together (the plan's inquiry split kept); quasi-likelihood: the variance scaled by the
///    days' Pearson dispersion when they scatter more than Poisson;
///  - organic traffic (自然流量): each day's visitors Poisson with mean the model's visitors of
///    that month / its days, the model run with the plan's advertising and the fitted order
///    value and conversion; organic_start and organic_growth fitted on the log scale by
///    Fisher scoring, quasi-likelihood as for conversion, the spread from the Laplace
///    approximation (the inverse of the posterior information).
/// An input the plan holds fixed gets a wide prior (a log-normal with sigma 1). Months the
/// plan spends in setup (no visitors in the model) do not enter the traffic fit.
#include <Eigen/Dense>
#include <cmath>
#include <span>
#include <string_view>
#include <vector>

#include <storeops/simulation/simulate.hpp>
#include <storeops/tracking/actuals.hpp>

namespace storeops {

/// One fitted input: the plan's distribution and the fitted one (log-normal: its median and
/// the sigma of its log).
struct FittedInput {
  std::string_view name;
  Uncertain prior, fitted;
  int days = 0;  ///< reported days the fit used
};

/// A plan fitted to a store's reports, with what was fitted.
struct Calibration {
  Plan plan;
  std::vector<FittedInput> inputs;
  double conversion_dispersion = 1;  ///< Pearson dispersion of daily buyers (>= 1)
  double traffic_dispersion = 1;     ///< Pearson dispersion of daily visitors (>= 1)
};

namespace detail {

/// A normal prior for the log of an input: a log-normal's own, else wide around its value.
struct LogPrior {
  double mean = 0, sd = 1;
};
inline LogPrior log_prior(const Uncertain& u) {
  constexpr double wide = 1.0;  // *assumed*: an input the plan fixes may still be off by e×
  const bool known = u.distribution == Distribution::lognormal && u.spread > 0;
  return {std::log(u.value), known ? u.spread : wide};
}

inline Uncertain lognormal(double log_median, double sd) {
  return Uncertain{std::exp(log_median), Distribution::lognormal, sd};
}

/// The days' scatter around their expected counts, as a multiple of Poisson's (at least 1).
inline double pearson_dispersion(double chi2, std::size_t n, std::size_t params) {
  if (n <= params) return 1.0;
  return std::max(1.0, chi2 / double(n - params));
}

/// 客单价: the posterior of log(order value).
inline FittedInput fit_order_value(const MarketAssumptions& m, std::span<const DailyActual> days) {
  double sales = 0, buyers = 0;
  int n = 0;
  for (const auto& d : days)
    if (d.buyers > 0) {
      sales += double(d.sales.fen()) / 100.0;
      buyers += double(d.buyers);
      ++n;
    }
  const LogPrior prior = log_prior(m.average_order_value);
  if (n == 0 || sales <= 0) return {"average_order_value", m.average_order_value, m.average_order_value, 0};
  const double mean = sales / buyers;
  double scatter = 0;
  for (const auto& d : days)
    if (d.buyers > 0) {
      const double e = double(d.sales.fen()) / 100.0 - mean * double(d.buyers);
      scatter += e * e;
    }
  // the ratio estimator's variance; with one day, an *assumed* order-value CV of 0.5
  double var_log = n >= 2 ? double(n) / double(n - 1) * scatter / (buyers * buyers) / (mean * mean)
                          : 0.25 / buyers;
  var_log = std::max(var_log, 1e-12);
  const double precision = 1.0 / (prior.sd * prior.sd) + 1.0 / var_log;
  const double post = (prior.mean / (prior.sd * prior.sd) + std::log(mean) / var_log) / precision;
  return {"average_order_value", m.average_order_value, lognormal(post, std::sqrt(1.0 / precision)), n};
}

/// 转化率: the posterior of log k, k scaling inquiry and silent conversion together.
/// `rate[m - 1]` is the plan's conversion rate in plan month m.
inline std::pair<double, double> fit_conversion_scale(const MarketAssumptions& m,
                                                      std::span<const DailyActual> days,
                                                      const Date& start,
                                                      const std::vector<double>& rate,
                                                      int& used, double& dispersion) {
  double buyers = 0, expected = 0;
  used = 0;
  for (const auto& d : days) {
    const double e = double(d.visitors) * rate[std::size_t(plan_month_of(start, d.date) - 1)];
    if (e <= 0) continue;
    buyers += double(d.buyers);
    expected += e;
    ++used;
  }
  // the prior: log k normal, its sd from the spreads of the two conversions, weighted by
  // their shares of the plan's conversion rate
  auto sd_of = [](const Uncertain& u) {
    return u.distribution == Distribution::lognormal ? u.spread : 0.0;
  };
  const double inquiry = m.inquiry_rate.value * m.inquiry_conversion.value;
  const double silent = (1.0 - m.inquiry_rate.value) * m.silent_conversion.value;
  const double w = inquiry + silent > 0 ? inquiry / (inquiry + silent) : 0.5;
  double prior_sd = std::hypot(w * sd_of(m.inquiry_conversion), (1 - w) * sd_of(m.silent_conversion));
  if (!(prior_sd > 0)) prior_sd = log_prior(Uncertain{}).sd;
  dispersion = 1.0;
  if (used == 0) return {0.0, prior_sd};
  if (buyers > 0) {
    const double k = buyers / expected;
    double chi2 = 0;
    for (const auto& d : days) {
      const double e = k * double(d.visitors) * rate[std::size_t(plan_month_of(start, d.date) - 1)];
      if (e > 0) chi2 += (double(d.buyers) - e) * (double(d.buyers) - e) / e;
    }
    dispersion = pearson_dispersion(chi2, std::size_t(used), 1);
  }
  // Newton on the concave log posterior (b·l − e^l·E)/φ − l²/(2s²)
  const double p = 1.0 / (prior_sd * prior_sd);
  double l = 0, info = p;
  for (int it = 0; it < 100; ++it) {
    const double grad = (buyers - std::exp(l) * expected) / dispersion - l * p;
    info = std::exp(l) * expected / dispersion + p;
    const double step = std::clamp(grad / info, -1.0, 1.0);
    l += step;
    if (std::abs(step) < 1e-12) break;
  }
  info = std::exp(l) * expected / dispersion + p;
  return {l, std::sqrt(1.0 / info)};
}

}  // namespace detail

/// Fits the plan's order value, conversion and organic traffic to the reported days (see
/// the header's comment for the model) and returns the fitted plan with what was fitted.
inline Calibration calibrate(const Plan& plan, std::span<const DailyActual> days) {
  plan.validate();
  const Date start = plan.market.start_date;
  const std::vector<MonthActual> months = actual_months(plan, days);
  if (months.empty()) throw Error("calibrate: the report has no days");
  const int last = months.back().month;
  Calibration out{plan, {}, 1, 1};
  MarketAssumptions& m = out.plan.market;

  const FittedInput aov = detail::fit_order_value(plan.market, days);
  m.average_order_value = aov.fitted;
  out.inputs.push_back(aov);

  std::vector<double> rate(static_cast<std::size_t>(last));
  const Draw planned = Draw::of(plan.market);
  for (int t = 0; t < last; ++t)
    rate[std::size_t(t)] = conversion_rate(planned, calendar_effect(plan.market, t).conversion);
  int used = 0;
  const auto [log_k, sd_k] =
      detail::fit_conversion_scale(plan.market, days, start, rate, used, out.conversion_dispersion);
  m.inquiry_conversion = detail::lognormal(std::log(plan.market.inquiry_conversion.value) + log_k, sd_k);
  m.silent_conversion = detail::lognormal(std::log(plan.market.silent_conversion.value) + log_k, sd_k);
  out.inputs.push_back({"inquiry_conversion", plan.market.inquiry_conversion, m.inquiry_conversion, used});
  out.inputs.push_back({"silent_conversion", plan.market.silent_conversion, m.silent_conversion, used});

  // organic traffic: the model's visitors by month for θ = (log organic_start, log growth)
  const detail::LogPrior p0 = detail::log_prior(plan.market.organic_start),
                         p1 = detail::log_prior(plan.market.organic_growth);
  const Schedule schedule(out.plan, last);
  Draw draw = Draw::of(m);
  std::vector<double> visitors(static_cast<std::size_t>(last));
  auto model = [&](const Eigen::Vector2d& theta, std::vector<double>& v) {
    draw.organic_start = std::exp(theta(0));
    draw.organic_growth = std::exp(theta(1));
    run_plan(out.plan, schedule, draw, last,
             [&](const MonthRecord& r) { v[std::size_t(r.month - 1)] = r.visitors; });
  };
  const Eigen::Vector2d prior_mean(p0.mean, p1.mean);
  const Eigen::Matrix2d prior_precision =
      Eigen::Vector2d(1 / (p0.sd * p0.sd), 1 / (p1.sd * p1.sd)).asDiagonal();
  model(prior_mean, visitors);
  std::vector<const MonthActual*> fitted;  // months the model has visitors in
  int traffic_days = 0;
  for (const auto& a : months)
    if (visitors[std::size_t(a.month - 1)] > 0) {
      fitted.push_back(&a);
      traffic_days += a.days_observed;
    }

  Eigen::Vector2d theta = prior_mean;
  Eigen::Matrix2d info = prior_precision;
  if (!fitted.empty()) {
    std::vector<double> up(visitors.size()), down(visitors.size());
    // the score and the expected information of the Poisson log-likelihood at θ
    auto score = [&](const Eigen::Vector2d& th, Eigen::Vector2d& grad, Eigen::Matrix2d& fisher,
                     double dispersion) {
      constexpr double h = 1e-3;
      model(th, visitors);
      std::array<Eigen::VectorXd, 2> jac;
      for (int i = 0; i < 2; ++i) {
        Eigen::Vector2d a = th, b = th;
        a(i) += h;
        b(i) -= h;
        model(a, up);
        model(b, down);
        jac[std::size_t(i)].resize(Eigen::Index(fitted.size()));
        for (std::size_t k = 0; k < fitted.size(); ++k) {
          const auto t = std::size_t(fitted[k]->month - 1);
          jac[std::size_t(i)](Eigen::Index(k)) = (up[t] - down[t]) / (2 * h);
        }
      }
      grad = -prior_precision * (th - prior_mean);
      fisher = prior_precision;
      for (std::size_t k = 0; k < fitted.size(); ++k) {
        const MonthActual& a = *fitted[k];
        const double v = std::max(visitors[std::size_t(a.month - 1)], 1e-9);
        const double per_day = double(a.days_observed) / double(a.calendar_days);
        const Eigen::Vector2d j(jac[0](Eigen::Index(k)), jac[1](Eigen::Index(k)));
        grad += (double(a.visitors) / v - per_day) * j / dispersion;
        fisher += per_day / v * j * j.transpose() / dispersion;
      }
    };
    auto solve = [&](double dispersion) {
      for (int it = 0; it < 100; ++it) {
        Eigen::Vector2d grad;
        score(theta, grad, info, dispersion);
        Eigen::Vector2d step = info.llt().solve(grad);
        const double size = step.norm();
        if (size > 1.0) step /= size;  // at most a factor e per step
        theta += step;
        if (size < 1e-9) break;
      }
      Eigen::Vector2d grad;
      score(theta, grad, info, dispersion);
    };
    solve(1.0);
    // the days' scatter around the fitted months, then the fit again with it
    model(theta, visitors);
    double chi2 = 0;
    std::size_t n = 0;
    for (const MonthActual* a : fitted) {
      const double mu = visitors[std::size_t(a->month - 1)] / double(a->calendar_days);
      for (const auto& d : days)
        if (plan_month_of(start, d.date) == a->month && mu > 0) {
          chi2 += (double(d.visitors) - mu) * (double(d.visitors) - mu) / mu;
          ++n;
        }
    }
    out.traffic_dispersion = detail::pearson_dispersion(chi2, n, 2);
    if (out.traffic_dispersion > 1.0) solve(out.traffic_dispersion);
  }
  const Eigen::Matrix2d covariance = info.inverse();
  m.organic_start = detail::lognormal(theta(0), std::sqrt(covariance(0, 0)));
  m.organic_growth = detail::lognormal(theta(1), std::sqrt(covariance(1, 1)));
  out.inputs.push_back({"organic_start", plan.market.organic_start, m.organic_start, traffic_days});
  out.inputs.push_back({"organic_growth", plan.market.organic_growth, m.organic_growth, traffic_days});
  out.plan.validate();
  return out;
}

/// The same with plan month 1 moved to the month of `start` (starting_on).
inline Calibration calibrate(const Plan& plan, std::span<const DailyActual> days, const Date& start) {
  return calibrate(starting_on(plan, start), days);
}

}  // namespace storeops
