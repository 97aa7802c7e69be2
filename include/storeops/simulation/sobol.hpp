#pragma once
/// Variance-based sensitivity (docs/model.md §8): how much of the spread of an outcome each
/// uncertain input explains on its own (first-order index S1) and with its interactions
/// (total index ST). Saltelli's sampling scheme — two independent sample matrices A and B and,
/// for each input i, A with column i taken from B — with the Saltelli (2010) first-order and
/// Jansen total estimators, and bootstrap confidence intervals, as SALib computes them.
/// Inputs are drawn independently from their own distributions (correlations and
/// month-to-month noise are left out: the indices are defined for independent inputs).
#include <Eigen/Dense>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <storeops/simulation/monte_carlo.hpp>

namespace storeops {

struct SobolOptions {
  int runs = 4096;  ///< base samples N; the model runs N × (inputs + 2) times
  int months = 36;
  std::uint64_t seed = 0;
  /// "cumulative_cash" at the last month (yuan), "revenue" summed (yuan), or
  /// "payback_month" (a run that never pays back counts as months + 1).
  std::string output = "cumulative_cash";
  int threads = 0;       ///< 0: every core
  int resamples = 100;   ///< bootstrap resamples for the confidence intervals
  double confidence = 0.95;
};

struct SobolResult {
  std::vector<std::string_view> inputs;  ///< uncertain_input_names
  Eigen::VectorXd s1, s1_conf, st, st_conf;
  /// The model outputs, runs × (inputs + 2): column 0 f(A), 1..inputs f(AB_i), last f(B)
  /// (SALib's order, for checking against it).
  Eigen::MatrixXd outputs;
};

/// First-order and total Sobol indices of `options.output` for every uncertain input (compiled
/// once into the library: src/sobol.cpp).
SobolResult sobol(const Plan& plan, const SobolOptions& options = {});

}  // namespace storeops
