#pragma once
/// The plan check: contradictions in the seed data and risky settings, each with the seed
/// it comes from, so that a user sees what the numbers of a plan disagree about.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <storeops/plan/plan.hpp>
#include <storeops/simulation/simulate.hpp>
#include <storeops/team/staffing.hpp>

namespace storeops {

struct Finding {
  /// "invalid" (the plan cannot be simulated as it stands), "contradiction" (the plan
  /// disagrees with itself) or "warning"
  std::string severity;
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
/// payslip below the legal minimum (docs/model.md §4).
inline std::vector<Finding> check_pay(const PayPolicy& pay) {
  std::vector<Finding> out;
  if (pay.minimum_wage().fen() == 0)
    out.push_back({"warning", "no_minimum_wage",
                   "no minimum wage is set: rating penalties are deducted from base pay with "
                   "no floor under the total; set pay.minimum_wage to the local monthly minimum",
                   "000 attachment 七"});
  return out;
}

/// Costs that leave no margin: a sale that loses money before promotion and payroll.
inline std::vector<Finding> check_costs(const CostStructure& costs) {
  std::vector<Finding> out;
  if (costs.net_margin() < 0)
    out.push_back({"warning", "negative_net_margin",
                   "the cost structure's net margin is " + detail::percent(costs.net_margin()) +
                       ": at steady state every sale loses money",
                   "000 ch.4"});
  if (costs.contribution_margin() <= 0)
    out.push_back({"warning", "no_contribution_margin",
                   "gross margin less commission, shipping and tax is " +
                       detail::percent(costs.contribution_margin()) +
                       ": no advertising can pay for itself",
                   "000 ch.4"});
  return out;
}

/// The people each stage plans to hire against what the tier and band rules give at the
/// stage's revenue target (000 ch.3 against ch.4).
inline std::vector<Finding> check_stage_hires(const Plan& plan) {
  std::vector<Finding> out;
  Headcount planned;
  for (const auto& s : plan.stages.stages()) {
    for (const auto& h : s.hires) planned.add(h.role, h.count);
    if (s.revenue_target.fen() == 0 || s.hires.empty()) continue;
    const Headcount rules = plan.staffing.headcount(s.revenue_target, 0);
    std::string diff;
    for (std::size_t d = 0; d < department_count; ++d)
      if (planned.departments()[d] != rules.departments()[d])
        diff += (diff.empty() ? "" : ", ") + std::string(department_names[d]) + " " +
                std::to_string(planned.departments()[d]) + " vs " +
                std::to_string(rules.departments()[d]);
    if (!diff.empty())
      out.push_back({"warning", "stage_hires",
                     "by the end of stage " + std::string(to_string(s.stage)) +
                         " the stage plan has hired (stage plan vs tier rules at its " +
                         s.revenue_target.to_string() + " target): " + diff,
                     "000 ch.3, ch.4"});
  }
  return out;
}

/// The simulated store (the plan's own values, `months` months) against the plan's daily order
/// targets (002 篇3): the months whose orders a day fall short of the target in force on their
/// first day, and the final goal when no month reaches it. The plan must be valid.
inline std::vector<Finding> check_order_targets(const Plan& plan, int months = 36) {
  std::vector<Finding> out;
  const PlanTargets& targets = plan.targets;
  if (targets.daily_orders.empty() && targets.final_orders_per_day == 0) return out;
  SimulationOptions options;
  options.months = months;
  const SimulationResult sim = simulate(plan, options);
  auto one = [](double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", x);
    return std::string(buf);
  };
  std::string shortfalls;
  int first = 0, count = 0;
  for (const auto& m : sim.months) {
    const Date day = add_months(plan.market.start_date, m.month - 1);
    const double target = targets.orders_per_day_on(plan.market.start_date, day);
    if (target <= 0 || m.orders_per_day >= target) continue;
    if (first == 0) first = m.month;
    ++count;
    shortfalls += (shortfalls.empty() ? "" : ", ") + std::string("month ") +
                  std::to_string(m.month) + " (" + month_string(day) + ") " +
                  one(m.orders_per_day) + " against " + one(target);
  }
  if (count > 0)
    out.push_back({"warning", "order_targets",
                   "the simulated store falls short of the plan's daily order targets in " +
                       std::to_string(count) + " of " + std::to_string(months) +
                       " months: " + shortfalls,
                   "002 篇3"});
  if (targets.final_orders_per_day > 0) {
    double best = 0;
    int best_month = 0;
    for (const auto& m : sim.months)
      if (m.orders_per_day > best) best = m.orders_per_day, best_month = m.month;
    if (best < targets.final_orders_per_day)
      out.push_back({"warning", "final_order_target",
                     "no month of the " + std::to_string(months) +
                         " reaches the final goal of " + one(targets.final_orders_per_day) +
                         " orders a day (best: " + one(best) + " in month " +
                         std::to_string(best_month) + ")",
                     "002 篇3"});
  }
  return out;
}

/// Every finding of the plan check. A plan that fails validation (a rule across fields,
/// such as the sBG pair or review shares above 1) is reported first, as "invalid", with the
/// same message simulate would raise, so a check never says nothing about a plan that cannot run.
inline std::vector<Finding> check(const Plan& plan) {
  std::vector<Finding> out;
  try {
    plan.validate();
  } catch (const Error& e) {
    out.push_back({"invalid", "invalid_plan", e.what(), "storeops"});
  }
  for (const auto& c : plan.corrections)
    out.push_back({"contradiction", "seed_correction", c.field + ": " + c.note, c.source});
  auto append = [&out](std::vector<Finding> more) {
    for (auto& f : more) out.push_back(std::move(f));
  };
  append(check_staffing(plan.staffing));
  append(check_pay(plan.pay));
  append(check_costs(plan.costs));
  append(check_stage_hires(plan));
  if (out.empty() || out.front().severity != "invalid") append(check_order_targets(plan));
  return out;
}

}  // namespace storeops
