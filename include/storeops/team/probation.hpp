#pragma once
/// Probation (试用期, seed 000 ch.3: new customer service staff are on probation for one week
/// to half a month and are confirmed when they pass the assessment). Data in the plan
/// (Plan::probation): how long each role's probation lasts, what share of base pay it is
/// paid, and how often a hire fails it and is replaced. See docs/model.md §3.
///
/// A probation runs inside the month of hire (at most 30 days), so the monthly staffing
/// plan's hiring lag (need -> hire) is unchanged; what probation changes is the hire
/// month's pay: each hire is paid `pay_share` of base for its probation days, and a share
/// `failure_rate` of hires fail, are paid their probation days and are replaced by someone
/// who starts a probation of their own (one replacement, no second failure counted).
#include <array>
#include <cmath>
#include <string>

#include <storeops/core/money.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/format.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/market/assumptions.hpp>
#include <storeops/team/pay.hpp>
#include <storeops/team/roles.hpp>
#include <storeops/team/staffing.hpp>

namespace storeops {

struct ProbationPolicy {
  /// Days of probation by role, in the order of role_names (0: none). The preset gives the
  /// customer-service roles 15 days (000 ch.3: 一周到半个月, the longer end), the others 0
  /// (*assumed*: the seeds name no probation for them).
  std::array<double, role_count> days{};
  /// Probation pay as a share of base pay (*assumed* 1.0: the seeds do not say it is less).
  double pay_share = 1.0;
  /// The share of hires who fail their probation and are replaced (*assumed* 0; give it a
  /// distribution and a Monte Carlo samples it for each future, from its own stream).
  Uncertain failure_rate{0.0};
  friend bool operator==(const ProbationPolicy&, const ProbationPolicy&) = default;

  /// Whether probation changes nothing the model pays (full pay and no failures): then the
  /// simulation skips it.
  bool neutral(double failure) const noexcept {
    if (pay_share == 1.0 && failure == 0.0) return true;
    for (double d : days)
      if (d > 0) return false;
    return true;
  }

  /// The share of a month's base pay that a person of `role` on probation is paid: pay_share
  /// for the role's d days of probation and full pay for the rest of a 30-day month,
  /// 1 − (1 − pay_share) × d/30 (the payroll from an assessment sheet pays it).
  double base_share(Role role) const noexcept {
    return 1.0 - (1.0 - pay_share) * days[index(role)] / 30.0;
  }

  /// What probation adds to the payroll of the month in which the team went from `before`
  /// to `after` (negative: it saves): for each hire of a role with d days of probation and
  /// base pay B, B × d/30 × (failure × pay_share − (1 − pay_share)), to the fen.
  Money hire_month_cost(const PayPolicy& pay, const Headcount& before, const Headcount& after,
                        double failure) const {
    Money total;
    for (std::size_t r = 0; r < role_count; ++r) {
      const auto role = static_cast<Role>(r);
      const int n = after.count(role) - before.count(role);  // hires; a shrink hires nobody
      if (n <= 0 || days[r] == 0) continue;
      const double per_base = days[r] / 30.0 * (failure * pay_share - (1.0 - pay_share));
      total += pay.role(role).base.times(per_base * n, "probation");
    }
    return total;
  }
};

namespace detail::rules {
inline void probation_days(const std::array<double, role_count>& ds, const std::string& path) {
  for (std::size_t r = 0; r < role_count; ++r) {
    const auto where = path + "." + std::string(role_names[r]);
    if (!std::isfinite(ds[r]) || ds[r] < 0 || ds[r] > 30)
      fail(where, shortest(ds[r]), "days in 0..30 (a probation runs within the month of hire)");
  }
}
}  // namespace detail::rules

/// Every field of the probation policy, once.
inline constexpr auto probation_fields = [] {
  namespace r = detail::rules;
  using P = ProbationPolicy;
  return std::make_tuple(
      detail::field("days", &P::days, "试用期天数",
                    "Days of probation by role, in the order of storeops.ROLES (0..30).",
                    r::probation_days),
      detail::field("pay_share", &P::pay_share, "试用期工资比例",
                    "Probation pay as a share of base pay (*assumed* 1.0).", r::rate),
      detail::field("failure_rate", &P::failure_rate, "试用期淘汰率",
                    "Share of hires who fail probation and are replaced (*assumed* 0).",
                    r::uncertain_rate));
}();

/// The seeds' probation: 15 days for customer service (000 ch.3), full pay, no failures.
inline ProbationPolicy probation_2014() {
  ProbationPolicy p;
  for (std::size_t r = 0; r < role_count; ++r)
    if (department_of(static_cast<Role>(r)) == Department::customer_service) p.days[r] = 15;
  return p;
}

}  // namespace storeops
