#pragma once
/// A Plan as JSON (schema "storeops.plan/1", documented in docs/plan-schema.md). Money is
/// yuan (a number, or a string such as "1234.50"); rates are numbers in [0, 1]. A malformed
/// file raises storeops::Error naming the path of the bad field, e.g.
/// "plan.staffing.tiers[2].monthly_revenue: expected money (yuan), got true".
#include <string>
#include <string_view>

#include <storeops/plan/plan.hpp>

namespace storeops {

/// The plan as JSON text (indent < 0: one line).
std::string plan_to_json(const Plan& plan, int indent = 2);
/// A plan from JSON text; every field is checked as if set by hand.
Plan plan_from_json(std::string_view text);
void save_plan(const Plan& plan, const std::string& path);
Plan load_plan(const std::string& path);

/// The assessment rules alone (the plan's "assessment" section), e.g. to share them between
/// stores; from_json checks them as the plan does, errors under the path "assessment".
std::string assessment_to_json(const AssessmentRules& rules, int indent = 2);
AssessmentRules assessment_from_json(std::string_view text);

}  // namespace storeops
