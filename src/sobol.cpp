// Variance-based sensitivity (sobol.hpp): Saltelli's rows run as blocks of the engine,
// compiled here once rather than in every file that includes the headers.
#include <Eigen/Dense>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <storeops/detail/parallel_for.hpp>
#include <storeops/simulation/month_block.hpp>
#include <storeops/simulation/sobol.hpp>

namespace storeops {

namespace detail {

/// The outputs of the d + 2 model runs of one row (A, AB_1..AB_d, B), run side by side as one
/// block: cash at the last month, revenue summed, or the payback month (months + 1: never).
void sobol_outputs(MonthBlock& block, std::span<const Draw> draws, int months,
                   std::string_view output, double* out) {
  block.start(draws, StoreState{});
  std::array<Money, uncertain_inputs.size() + 2> revenue{};
  for (int k = 0; k < months; ++k) {
    block.run_month();
    for (std::size_t i = 0; i < draws.size(); ++i) revenue[i] += block.figures().revenue[i];
  }
  for (std::size_t i = 0; i < draws.size(); ++i) {
    const auto payback = block.payback_month(i);
    out[i] = output == "payback_month" ? (payback ? double(*payback) : double(months + 1))
             : output == "revenue"     ? revenue[i].yuan()
                                       : block.cumulative_cash(i).yuan();
  }
}

/// S1 and ST from f(A), f(AB_i), f(B) over the rows `rows`.
void sobol_indices(const Eigen::MatrixXd& y, const std::vector<Eigen::Index>& rows,
                   Eigen::VectorXd& s1, Eigen::VectorXd& st) {
  const Eigen::Index d = y.cols() - 2, n = Eigen::Index(rows.size());
  double mean = 0;
  for (auto r : rows) mean += y(r, 0) + y(r, d + 1);
  mean /= double(2 * n);
  double var = 0;
  for (auto r : rows)
    var += (y(r, 0) - mean) * (y(r, 0) - mean) + (y(r, d + 1) - mean) * (y(r, d + 1) - mean);
  var /= double(2 * n);
  s1.setZero(d);
  st.setZero(d);
  if (!(var > 0)) return;  // a constant output: nothing to explain
  for (Eigen::Index i = 0; i < d; ++i) {
    double first = 0, total = 0;
    for (auto r : rows) {
      const double fa = y(r, 0), fab = y(r, i + 1), fb = y(r, d + 1);
      first += fb * (fab - fa);
      total += (fa - fab) * (fa - fab);
    }
    s1(i) = first / double(n) / var;
    st(i) = 0.5 * total / double(n) / var;
  }
}

}  // namespace detail

SobolResult sobol(const Plan& plan, const SobolOptions& options) {
  check_months(options.months);
  plan.validate();
  if (options.runs < 2 || options.runs > 10'000'000)
    detail::fail("runs", std::to_string(options.runs), "in 2..10000000");
  if (options.output != "cumulative_cash" && options.output != "revenue" &&
      options.output != "payback_month")
    throw Error("output must be one of cumulative_cash, revenue, payback_month, got '" +
                options.output + "'");
  if (options.resamples < 2) detail::fail("resamples", std::to_string(options.resamples), ">= 2");
  if (!(options.confidence > 0 && options.confidence < 1))
    detail::fail("confidence", detail::shortest(options.confidence), "in (0, 1)");
  constexpr Eigen::Index d = uncertain_inputs.size();
  static_assert(d + 2 <= Eigen::Index(detail::MonthBlock::max_lanes), "a row runs as one block");
  const Eigen::Index n = options.runs;
  const Schedule schedule(plan, options.months);
  SobolResult out;
  for (auto name : uncertain_input_names) out.inputs.push_back(name);
  out.outputs.resize(n, d + 2);
  // each thread's block of d + 2 runs, made in the thread on its first row and kept
  constexpr Eigen::Index chunk = 64;  // rows handed to a thread at a time
  std::vector<std::unique_ptr<detail::MonthBlock>> blocks(
      std::size_t(detail::worker_count(n, options.threads, chunk)));
  detail::parallel_for(n, options.threads, [&](Eigen::Index j, int worker) {
    auto& block = blocks[std::size_t(worker)];
    if (!block) block = std::make_unique<detail::MonthBlock>(plan, schedule, std::size_t(d + 2));
    // row j of A and of B: uniforms from the row's own stream, mapped through each input's
    // distribution
    Rng rng(options.seed, std::uint64_t(j));
    std::array<double, d> ua, ub;
    for (auto& u : ua) u = rng.uniform();
    for (auto& u : ub) u = rng.uniform();
    auto draw = [&](auto&& uniform_of) {
      Draw x = Draw::of(plan.market);
      for (std::size_t i = 0; i < uncertain_inputs.size(); ++i) {
        const auto& in = uncertain_inputs[i];
        x.*(in.draw) = (plan.market.*(in.plan)).inverse_cdf(uniform_of(i), in.max);
      }
      return x;
    };
    // the row's runs in the order of its outputs: A, AB_1 .. AB_d, B
    std::array<Draw, d + 2> draws;
    draws[0] = draw([&](std::size_t i) { return ua[i]; });
    for (std::size_t k = 0; k < std::size_t(d); ++k)
      draws[k + 1] = draw([&](std::size_t i) { return i == k ? ub[i] : ua[i]; });
    draws[std::size_t(d) + 1] = draw([&](std::size_t i) { return ub[i]; });
    std::array<double, d + 2> row;
    detail::sobol_outputs(*block, draws, options.months, options.output, row.data());
    for (Eigen::Index c = 0; c < d + 2; ++c) out.outputs(j, c) = row[std::size_t(c)];
  }, {}, chunk);
  // the estimators on outputs less their mean: the first-order one is not shift-invariant in a
  // finite sample, and centring (as SALib does) lowers its variance
  const Eigen::MatrixXd centred = out.outputs.array() - out.outputs.mean();
  std::vector<Eigen::Index> rows(static_cast<std::size_t>(n));
  for (Eigen::Index j = 0; j < n; ++j) rows[std::size_t(j)] = j;
  detail::sobol_indices(centred, rows, out.s1, out.st);
  // bootstrap: the indices over rows drawn with replacement; the interval half-width is
  // z · the standard deviation of the resampled indices (ddof 1), as SALib reports it
  Eigen::MatrixXd b1(options.resamples, d), bt(options.resamples, d);
  Rng rng(options.seed ^ 0x5B0B01ULL, std::uint64_t(n));
  for (int b = 0; b < options.resamples; ++b) {
    for (auto& r : rows) r = Eigen::Index(rng.next() % std::uint64_t(n));
    Eigen::VectorXd s1, st;
    detail::sobol_indices(centred, rows, s1, st);
    b1.row(b) = s1.transpose();
    bt.row(b) = st.transpose();
  }
  const double z = normal_quantile(0.5 + options.confidence / 2);
  auto half_width = [&](const Eigen::MatrixXd& m) {
    const Eigen::RowVectorXd mean = m.colwise().mean();
    return Eigen::VectorXd(
        (z * ((m.rowwise() - mean).array().square().colwise().sum() / double(m.rows() - 1)).sqrt())
            .transpose());
  };
  out.s1_conf = half_width(b1);
  out.st_conf = half_width(bt);
  return out;
}

}  // namespace storeops
