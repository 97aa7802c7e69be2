#define BOOST_TEST_MODULE assessment
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <storeops/plan/plan_json.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/team/assessment.hpp>
#include <storeops/team/payroll.hpp>

#include "../message_of.hpp"

using namespace storeops;
using namespace storeops::literals;
using storeops::testing::message_of;

namespace {
/// One assessment line per person of `staff`, in payroll order, all with `factor`.
std::vector<PersonAssessment> everyone(const Headcount& staff, double factor, std::string note) {
  std::vector<PersonAssessment> out;
  for (std::size_t r = 0; r < role_count; ++r)
    for (int k = 0; k < staff.count(static_cast<Role>(r)); ++k)
      out.push_back({static_cast<Role>(r), factor, note, 1.0, "",
                     std::string(role_names[r]) + " " + std::to_string(k + 1)});
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(the_seed_rules_are_in_the_preset_and_round_trip_through_json) {
  const Plan plan = presets::tmall_2014();
  BOOST_TEST((plan.assessment == assessment_2014()));
  BOOST_TEST(plan.assessment.targets.size() == 18u);
  // 000 ch.5: satisfaction is 考评的最重要指标, so it weighs most; ch.3's early-period KPIs least
  BOOST_TEST(plan.assessment.targets[0].kpi == "satisfaction");
  BOOST_TEST(plan.assessment.targets[0].weight == 0.35);
  double heaviest_other = 0;
  for (const auto& t : plan.assessment.targets)
    if (t.department == Department::customer_service && t.kpi != "satisfaction")
      heaviest_other = std::max(heaviest_other, t.weight);
  BOOST_TEST(heaviest_other < 0.35);
  BOOST_TEST(plan.assessment.targets[3].kpi == "response_time_s");
  BOOST_TEST(plan.assessment.targets[3].weight == 0.1);
  BOOST_TEST(!plan.assessment.targets[3].higher_is_better);
  BOOST_TEST(plan.assessment.pass_score == 60.0);
  Plan changed = plan;
  changed.assessment.bands[0].factor = 1.5;
  changed.assessment.targets[1].target = 15;
  const Plan back = plan_from_json(plan_to_json(changed));
  BOOST_TEST((back.assessment == changed.assessment));
  BOOST_TEST((back.probation == plan.probation));
}

BOOST_AUTO_TEST_CASE(a_score_is_100_at_the_target_and_in_proportion_short_of_it) {
  const KpiTarget more{Department::customer_service, "reply_rate", 0.95, 0.15, true, "", ""};
  const KpiTarget less{Department::customer_service, "response_time_s", 30, 0.3, false, "", ""};
  BOOST_TEST(AssessmentRules::score(0.95, more) == 100.0);
  BOOST_TEST(AssessmentRules::score(1.0, more) == 100.0);
  BOOST_TEST(AssessmentRules::score(0.475, more) == 50.0);
  BOOST_TEST(AssessmentRules::score(20, less) == 100.0);
  BOOST_TEST(AssessmentRules::score(60, less) == 50.0);
  BOOST_TEST(std::isnan(AssessmentRules::score(NAN, less)));  // missing records: no score
  const AssessmentRules rules = assessment_2014();
  BOOST_TEST(rules.band_of(95)->label == "优秀");
  BOOST_TEST(rules.band_of(90)->factor == 1.2);
  BOOST_TEST(rules.band_of(74.9)->label == "合格");
  BOOST_TEST(rules.band_of(0)->factor == 0.5);
  BOOST_TEST(rules.band_of(NAN) == nullptr);
}

BOOST_AUTO_TEST_CASE(bad_rules_name_the_field_and_the_value) {
  Plan plan = presets::tmall_2014();
  plan.assessment.targets[0].kpi = "ctr";
  BOOST_TEST(message_of([&] { plan.validate(); }) ==
             "assessment.targets[0].kpi must be a KPI of customer_service (reply_rate, "
             "success_rate, satisfaction, response_time_s, average_reply_length, personal_sales, "
             "team_sales), got 'ctr'");
  plan = presets::tmall_2014();
  plan.assessment.targets[0].weight = -0.3;
  BOOST_TEST(message_of([&] { plan.validate(); }).starts_with("assessment.targets[0].weight"));
  plan = presets::tmall_2014();
  plan.assessment.targets[0].weight = 0.4;
  BOOST_TEST(message_of([&] { plan.validate(); }) ==
             "assessment.targets: the weights of customer_service sum to 1.05, not 1");
  plan = presets::tmall_2014();
  std::swap(plan.assessment.bands[0], plan.assessment.bands[1]);
  BOOST_TEST(message_of([&] { plan.validate(); }) ==
             "assessment.bands[1].min_score must be below the band before it (75; bands run "
             "down), got 90");
  plan = presets::tmall_2014();
  plan.assessment.pass_score = 101;
  BOOST_TEST(message_of([&] { plan.validate(); }) ==
             "assessment.pass_score must be in 0..100, got 101");
}

BOOST_AUTO_TEST_CASE(payroll_follows_the_sheet_and_explains_it) {
  const auto plan = presets::tmall_2014();
  const Headcount staff = plan.staffing.headcount(60'000_yuan, 160);  // 9 people, 3 agents
  PayrollInputs in;
  in.customer_service_sales = 300'000_yuan;  // ¥100,000 each: commission ¥200
  in.silent_sales = 100'000_yuan;
  const Payroll plain = payroll(plan.pay, staff, in);
  in.assessments = everyone(staff, 1.0, "");
  in.assessments[0].factor = 1.2;
  in.assessments[0].note = "92.5 优秀 (response_time_s 25 / 30)";
  in.assessments[1].factor = 0.5;
  in.assessments[1].note = "41 不合格";
  const Payroll sheet = payroll(plan.pay, staff, in);
  const Payslip& first = sheet.people[0].slip;
  BOOST_TEST(sheet.people[0].name == "cs_agent 1");  // the sheet's names travel with the pay
  BOOST_TEST(plain.people[0].name.empty());
  BOOST_TEST(first.commission == 240_yuan);  // ¥200 × 1.2
  BOOST_TEST(first.bonus == 600_yuan);       // the rating bonus ¥500 × 1.2
  BOOST_TEST(first.total == plain.people[0].slip.total + 40_yuan + 100_yuan);
  bool explained = false;
  for (const auto& line : first.lines)
    explained = explained || (line.item == "assessment" &&
                              line.rule == "assessment (考核) 92.5 优秀 (response_time_s 25 / 30): "
                                           "commission x 1.2" &&
                              line.amount == 40_yuan);
  BOOST_TEST(explained);
  BOOST_TEST(sheet.people[1].slip.commission == 100_yuan);
  BOOST_TEST(sheet.people[1].slip.bonus == 250_yuan);
  // everyone else is paid as without a sheet
  for (std::size_t k = 2; k < sheet.people.size(); ++k)
    BOOST_TEST(sheet.people[k].slip.total == plain.people[k].slip.total);
  BOOST_TEST(sheet.total == plain.total + 140_yuan - 100_yuan - 250_yuan);
}

BOOST_AUTO_TEST_CASE(payroll_refuses_a_sheet_that_is_not_the_team) {
  const auto plan = presets::tmall_2014();
  const Headcount staff = plan.staffing.headcount(60'000_yuan, 160);
  PayrollInputs in;
  in.assessments = everyone(staff, 1.0, "");
  in.assessments.pop_back();
  BOOST_TEST(message_of([&] { payroll(plan.pay, staff, in); }) ==
             "assessments has 8 entries but the team has 9 people");
  in.assessments = everyone(staff, 1.0, "");
  in.assessments[0].role = Role::designer;
  BOOST_TEST(message_of([&] { payroll(plan.pay, staff, in); }) ==
             "assessments[0].role: designer, but person 1 of the payroll is a cs_agent (payroll "
             "order: roles as in ROLES)");
  in.assessments = everyone(staff, -1.0, "");
  BOOST_TEST(message_of([&] { payroll(plan.pay, staff, in); }).starts_with("assessment_factor"));
}

BOOST_AUTO_TEST_CASE(a_probation_pays_its_share_of_base_with_the_reason) {
  const auto plan = presets::tmall_2014();
  PayInputs in;
  in.base_share = 0.9;  // 80% pay for 15 of 30 days
  in.base_note = "probation (试用期) 15 days at 80%";
  const Payslip slip = plan.pay.payslip(Role::cs_agent, in);
  BOOST_TEST(slip.base == 1'800_yuan);
  BOOST_TEST(slip.lines[1].rule == "probation (试用期) 15 days at 80%");
  BOOST_TEST(slip.lines[1].amount == -200_yuan);
  in.base_share = 1.1;
  BOOST_TEST(message_of([&] { plan.pay.payslip(Role::cs_agent, in); }).starts_with("base_share"));
}

BOOST_AUTO_TEST_CASE(the_customer_service_lead_is_also_assessed_on_sales) {
  // 000 ch.3: 客服主管...KPI初步定为个人销售绩效, 和团队销售绩效两方面
  const AssessmentRules rules = assessment_2014();
  int lead = 0, agent = 0;
  double lead_weights = 0;
  for (const auto& t : rules.targets) {
    if (t.department != Department::customer_service) continue;
    lead += t.applies_to(Role::cs_lead);
    agent += t.applies_to(Role::cs_agent);
    if (t.applies_to(Role::cs_lead)) lead_weights += t.weight;
  }
  BOOST_TEST(agent == 5);
  BOOST_TEST(lead == 7);  // the department's five and the lead's personal and team sales
  BOOST_TEST(lead_weights == 1.5, boost::test_tools::tolerance(1e-12));  // scaled to 1 on the sheet
  Plan plan = presets::tmall_2014();
  plan.assessment.targets[5].role = "designer";
  BOOST_TEST(message_of([&] { plan.validate(); }) ==
             "assessment.targets[5].role must be a role of customer_service, got 'designer'");
  plan.assessment.targets[5].role = "boss";
  BOOST_TEST(message_of([&] { plan.validate(); }).find("unknown role 'boss'") != std::string::npos);
}
