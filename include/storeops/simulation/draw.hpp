#pragma once
/// One sampled future's uncertain inputs (docs/model.md §7): the market's nine, drawn once per
/// run from the run's own random stream, and the share of hires who fail probation.
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>

#include <Eigen/Dense>
#include <storeops/core/random.hpp>
#include <storeops/market/assumptions.hpp>
#include <storeops/plan/plan.hpp>

namespace storeops {

/// The uncertain inputs of one future, drawn once per run, and where its month-to-month
/// noise comes from.
struct Draw {
  double organic_start, organic_growth, cpc, cpm, inquiry_rate, inquiry_conversion,
      silent_conversion, average_order_value, refund_rate;
  /// A sampled future has noisy months (MarketAssumptions::noisy_months), drawn from the
  /// sub-stream (seed, run, month); the plan's own values have none.
  bool noisy = false;
  std::uint64_t seed = 0, run = 0;
  /// The share of hires who fail probation in this future (ProbationPolicy::failure_rate,
  /// drawn from its own stream so the inputs above draw as before); NaN: the plan's value.
  double probation_failure = NAN;

  /// The plan's own values (no sampling, no noise).
  static Draw of(const MarketAssumptions& m);
  /// One future's draw, input by input in the order of `uncertain_inputs` (the order of the
  /// random stream: changing it changes every sampled future). With correlations, `factor`
  /// is their Cholesky factor (MarketAssumptions::correlation_factor): nine normal scores
  /// are correlated by it and mapped through each input's own distribution.
  static Draw sample(const MarketAssumptions& m, Rng& rng,
                     const Eigen::Matrix<double, 9, 9>* factor = nullptr);
};

/// An uncertain input: its name, where the plan keeps it, where a draw holds it, and the
/// most it may be (rates are redrawn above 1).
struct UncertainInput {
  std::string_view name;
  Uncertain MarketAssumptions::*plan;
  double Draw::*draw;
  double max;
};

/// The uncertain inputs, once (storeops.UNCERTAIN_INPUTS in Python).
inline constexpr std::array<UncertainInput, 9> uncertain_inputs = {{
    {"organic_start", &MarketAssumptions::organic_start, &Draw::organic_start, INFINITY},
    {"organic_growth", &MarketAssumptions::organic_growth, &Draw::organic_growth, INFINITY},
    {"cpc", &MarketAssumptions::cpc, &Draw::cpc, INFINITY},
    {"cpm", &MarketAssumptions::cpm, &Draw::cpm, INFINITY},
    {"inquiry_rate", &MarketAssumptions::inquiry_rate, &Draw::inquiry_rate, 1.0},
    {"inquiry_conversion", &MarketAssumptions::inquiry_conversion, &Draw::inquiry_conversion, 1.0},
    {"silent_conversion", &MarketAssumptions::silent_conversion, &Draw::silent_conversion, 1.0},
    {"average_order_value", &MarketAssumptions::average_order_value, &Draw::average_order_value,
     INFINITY},
    {"refund_rate", &MarketAssumptions::refund_rate, &Draw::refund_rate, 1.0},
}};

inline Draw Draw::of(const MarketAssumptions& m) {
  Draw d{};
  for (const auto& u : uncertain_inputs) d.*(u.draw) = (m.*(u.plan)).value;
  return d;
}

static_assert([] {
  for (std::size_t i = 0; i < uncertain_inputs.size(); ++i)
    if (uncertain_inputs[i].name != uncertain_input_names[i]) return false;
  return true;
}(), "uncertain_inputs must list uncertain_input_names, in order");

inline Draw Draw::sample(const MarketAssumptions& m, Rng& rng,
                         const Eigen::Matrix<double, 9, 9>* factor) {
  Draw d{};
  if (!factor) {
    for (const auto& u : uncertain_inputs) d.*(u.draw) = (m.*(u.plan)).sample(rng, u.max);
    return d;
  }
  Eigen::Matrix<double, 9, 1> z;
  for (auto& x : z) x = rng.normal();
  const Eigen::Matrix<double, 9, 1> correlated = *factor * z;
  for (std::size_t i = 0; i < uncertain_inputs.size(); ++i) {
    const auto& u = uncertain_inputs[i];
    d.*(u.draw) = (m.*(u.plan)).inverse_cdf(normal_cdf(correlated(Eigen::Index(i))), u.max);
  }
  return d;
}
/// The stream of a run's probation draw: far from the month streams (0..1199).
inline constexpr std::uint64_t probation_stream = 0x7072'6f62;  // "prob"

/// The draw of run `run` under `seed` (the plan's own values without a seed).
inline Draw draw_of(const Plan& plan, std::optional<std::uint64_t> seed, std::uint64_t run = 0,
                    const Eigen::Matrix<double, 9, 9>* factor = nullptr) {
  if (!seed) return Draw::of(plan.market);
  Rng rng(*seed, run);
  Draw d = Draw::sample(plan.market, rng, factor);
  Rng probation(*seed, run, probation_stream);
  d.probation_failure = plan.probation.failure_rate.sample(probation, 1.0);
  d.noisy = plan.market.noisy_months();
  d.seed = *seed;
  d.run = run;
  return d;
}

/// The Cholesky factor of the plan's correlations, when it has any (for draw_of).
inline std::optional<Eigen::Matrix<double, 9, 9>> correlation_factor_of(const Plan& plan) {
  if (plan.market.correlations.empty()) return std::nullopt;
  return plan.market.correlation_factor();
}

}  // namespace storeops
