#pragma once
/// A Plan: every rule and assumption of one store plan, as data (docs/model.md §8). Saved to and
/// loaded from JSON by plan_json.hpp.
#include <string>
#include <vector>

#include <storeops/campaign_day/policy.hpp>
#include <storeops/plan/finance.hpp>
#include <storeops/plan/funding.hpp>
#include <storeops/plan/lifecycle.hpp>
#include <storeops/plan/order_targets.hpp>
#include <storeops/plan/shipping.hpp>
#include <storeops/market/assumptions.hpp>
#include <storeops/team/assessment.hpp>
#include <storeops/team/pay.hpp>
#include <storeops/team/probation.hpp>
#include <storeops/team/staffing.hpp>
#include <storeops/market/traffic.hpp>

namespace storeops {

/// A value the seeds do not give: the plan says so wherever it reports it.
struct Assumption {
  std::string field;  ///< dotted path in the plan, e.g. "pay.rating.bonus"
  std::string note;   ///< why this value
  friend bool operator==(const Assumption&, const Assumption&) = default;
};

/// A place where the plan departs from the seed's text because the text contradicts itself;
/// the plan check lists each one.
struct Correction {
  std::string field;   ///< dotted path of the corrected value
  std::string note;    ///< what the seed says and why the plan reads it otherwise
  std::string source;  ///< e.g. "000 ch.4"
  friend bool operator==(const Correction&, const Correction&) = default;
};

struct Plan {
  std::string name;                  ///< e.g. "tmall_2014"
  StaffingPolicy staffing;           ///< who is employed when (§3)
  PayPolicy pay;                     ///< what each role is paid (§4)
  PlatformFees fees;                 ///< platform fees (§5)
  CostStructure costs;               ///< steady-state cost shares (§5)
  Lifecycle stages;                  ///< stages, targets, budgets (§6)
  std::vector<Investment> investments;  ///< the dated investment schedule (§5)
  TrafficTargets traffic_targets;    ///< visitor targets by credit level (§2)
  MarketAssumptions market;          ///< traffic, conversion, prices, seasonality (§8)
  std::vector<Assumption> assumptions;
  std::vector<Correction> corrections;
  CampaignDayPolicy campaign_day;    ///< the big campaign day's hours, shifts and stock (§7)
  /// The monthly assessment (月度考核): KPI targets, weights, bands and pay factors (§4).
  AssessmentRules assessment = assessment_2014();
  ProbationPolicy probation;         ///< 试用期: length by role, pay share, failures (§3)
  ShippingRules shipping;            ///< 发货: order cutoff and the shipping promise (004)
  PlanTargets targets;               ///< 日单目标: daily order targets and the final goal (002)
  Funding funding;                   ///< 资金: the capital committed and the cash reserve kept

  friend bool operator==(const Plan&, const Plan&) = default;

  /// The sum of the investment schedule: what the store must earn back.
  Money initial_investment() const {
    Money total;
    for (const auto& i : investments) total += i.amount;
    return total;
  }

  void validate() const {
    market.validate();
    detail::check_fields(campaign_day_fields, campaign_day, "campaign_day");
    detail::check_fields(assessment_fields, assessment, "assessment");
    detail::check_fields(probation_fields, probation, "probation");
    detail::check_fields(shipping_fields, shipping, "shipping");
    detail::check_fields(plan_target_fields, targets, "targets");
    detail::check_fields(funding_fields, funding, "funding");
    fees.validate();
    costs.validate();
    stages.validate();
    for (std::size_t i = 0; i < investments.size(); ++i) {
      investments[i].validate("investments[" + std::to_string(i) + "]");
    }
  }
};

}  // namespace storeops
