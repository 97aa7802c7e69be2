#pragma once
/// The plan check: contradictions in the seed data and risky settings, each with the seed
/// it comes from, so that a user sees what the numbers of a plan disagree about.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "plan.hpp"
#include "staffing.hpp"

namespace storeops {

struct Finding {
  std::string severity;  ///< "contradiction" (the plan disagrees with itself) or "warning"
  std::string code;      ///< stable key, e.g. "personnel_share"
  std::string message;   ///< a sentence a store manager can read
  std::string source;    ///< where in the seeds, e.g. "000 ch.4"
};

namespace detail {
inline std::string percent(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", share * 100.0);
  return buf;
}
}  // namespace detail

/// Each tier's personnel cost as a share of its revenue against the seed's rule that
/// personnel costs 6–7% of revenue (000 ch.4), and each tier's stated total against the sum
/// of its department costs.
inline std::vector<Finding> check_staffing(const StaffingPolicy& policy,
                                           double rule_low = 0.06, double rule_high = 0.07) {
  detail::require_rate(rule_low, "rule_low");
  detail::require_rate(rule_high, "rule_high");
  std::vector<Finding> out;
  std::string shares;
  bool outside = false;
  for (const auto& t : tier_cost_shares(policy)) {
    shares += (shares.empty() ? "" : ", ") + t.monthly_revenue.to_string() + ": " +
              t.personnel_cost.to_string() + " = " + detail::percent(t.share);
    if (t.share < rule_low - 1e-12 || t.share > rule_high + 1e-12) outside = true;
    if (t.personnel_cost != t.department_cost)
      out.push_back({"contradiction", "tier_total",
                     "the tier at " + t.monthly_revenue.to_string() + " states a total of " +
                         t.personnel_cost.to_string() + " but its departments add up to " +
                         t.department_cost.to_string() + " (budget " + t.budget.to_string() +
                         ")",
                     "000 ch.4"});
  }
  if (outside)
    out.insert(out.begin(),
               {"contradiction", "personnel_share",
                "the seed says personnel costs " + detail::percent(rule_low) + "-" +
                    detail::percent(rule_high) + " of revenue, but its own tier table gives " +
                    shares + "; the table is kept as data and the ratio reported",
                "000 ch.4"});
  return out;
}

/// Risky pay settings: no minimum-wage floor, so a bad month's penalties can take a
/// payslip below the legal minimum (DOMAIN.md §4).
inline std::vector<Finding> check_pay(const PayPolicy& pay) {
  std::vector<Finding> out;
  if (pay.minimum_wage().fen() == 0)
    out.push_back({"warning", "no_minimum_wage",
                   "no minimum wage is set: rating penalties are deducted from base pay with "
                   "no floor under the total; set pay.minimum_wage to the local monthly minimum",
                   "000 attachment 七"});
  return out;
}

/// Every finding of the plan check.
inline std::vector<Finding> check(const Plan& plan) {
  auto out = check_staffing(plan.staffing);
  for (auto& f : check_pay(plan.pay)) out.push_back(std::move(f));
  return out;
}

}  // namespace storeops
