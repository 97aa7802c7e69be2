#pragma once
// Reported days made from a plan's own deterministic months: each month's visitors, buyers and
// revenue spread over its days (rounded so that the month's totals stay within one of the
// plan's), optionally with day-to-day scatter (log-normal, sigma `noise`, seeded).
#include <chrono>
#include <cmath>
#include <storeops/storeops.hpp>

namespace test {
struct Distortion {
  double traffic = 1, conversion = 1, order_value = 1, noise = 0;
  std::uint64_t seed = 1;
};

inline std::vector<storeops::DailyActual> days_of(const storeops::Plan& plan, storeops::Date start,
                                                  int months, Distortion x = {}) {
  using namespace storeops;
  const auto sim = simulate(plan, {.months = months});
  Rng rng(x.seed, 0);
  std::vector<DailyActual> out;
  for (int m = 1; m <= months; ++m) {
    const auto& r = sim.months[std::size_t(m - 1)];
    const auto ym = std::chrono::year_month(start.year(), start.month()) + std::chrono::months(m - 1);
    const int n = days_in_month(ym / 1);
    const double cr = (r.visitors > 0 ? r.orders / r.visitors : 0) * x.conversion;
    const double aov = (r.orders > 0 ? r.revenue.yuan() / r.orders : 0) * x.order_value;
    double v_sum = 0, b_sum = 0;  // running totals before rounding
    std::int64_t v_out = 0, b_out = 0;
    for (int k = 1; k <= n; ++k) {
      DailyActual d;
      d.date = ym / std::chrono::day(unsigned(k));
      v_sum += r.visitors / n * x.traffic * std::exp(x.noise * rng.normal());
      d.visitors = std::llround(v_sum) - v_out;
      v_out += d.visitors;
      b_sum += double(d.visitors) * cr * std::exp(x.noise * rng.normal());
      d.buyers = std::min<std::int64_t>(d.visitors, std::llround(b_sum) - b_out);
      b_out += d.buyers;
      d.sales = Money::from_yuan(
          std::round(double(d.buyers) * aov * std::exp(x.noise * rng.normal()) * 100) / 100);
      out.push_back(d);
    }
  }
  return out;
}
}  // namespace test
