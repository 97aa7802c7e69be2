#define BOOST_TEST_MODULE plan_json
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <storeops/plan/plan_json.hpp>
#include <storeops/plan/presets.hpp>

using namespace storeops;
using namespace storeops::literals;

namespace {
std::string error_of(const std::string& text) {
  try {
    (void)plan_from_json(text);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

/// The preset's JSON with one textual replacement.
std::string edited(const std::string& from, const std::string& to) {
  std::string text = plan_to_json(presets::tmall_2014());
  const auto at = text.find(from);
  BOOST_REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}
}  // namespace

BOOST_AUTO_TEST_CASE(round_trip_gives_an_equal_plan) {
  const Plan plan = presets::tmall_2014();
  const std::string text = plan_to_json(plan);
  const Plan back = plan_from_json(text);
  BOOST_TEST((back == plan));
  BOOST_TEST(plan_to_json(back) == text);
  BOOST_TEST((plan_from_json(plan_to_json(plan, -1)) == plan));
  Plan sbg = plan;
  sbg.market.retention_alpha = 0.8;
  sbg.market.retention_beta = 2.4;
  BOOST_TEST((plan_from_json(plan_to_json(sbg)) == sbg));
}

BOOST_AUTO_TEST_CASE(odd_money_round_trips_to_the_fen) {
  Plan plan = presets::tmall_2014();
  plan.pay.set_minimum_wage(Money::from_fen(219'999));
  plan.investments.push_back({"huge", Money::from_fen(INT64_MAX), 3, false, ""});
  const Plan back = plan_from_json(plan_to_json(plan));
  BOOST_TEST(back.pay.minimum_wage().fen() == 219'999);
  BOOST_TEST(back.investments.back().amount.fen() == INT64_MAX);
}

BOOST_AUTO_TEST_CASE(save_and_load) {
  const std::string path = "plan_json_test.json";
  save_plan(presets::tmall_2014(), path);
  BOOST_TEST((load_plan(path) == presets::tmall_2014()));
  std::remove(path.c_str());
  BOOST_CHECK_THROW(load_plan("/nonexistent/plan.json"), Error);
}

BOOST_AUTO_TEST_CASE(errors_name_the_path_of_the_bad_field) {
  BOOST_TEST(error_of(edited("\"monthly_revenue\": 80000", "\"monthly_revenue\": true")) ==
             "plan.staffing.tiers[2].monthly_revenue: expected money (yuan, as a number or a "
             "string such as \"1234.50\"), got true");
  BOOST_TEST(error_of(edited("\"trigger\": 0.0", "\"trigger\": 1.5")) ==
             "plan.staffing.trigger must be a rate in [0, 1], got 1.5");
  BOOST_TEST(error_of(edited("\"commission_rate\": 0.05", "\"commission_rate\": -0.05")) ==
             "plan.fees.commission_rate must be a rate in [0, 1], got -0.05");
  BOOST_TEST(error_of(edited("\"cs_lead\": 1", "\"cs_boss\": 1")).find(
                 "plan.staffing.tiers[1].departments.customer_service.roles.cs_boss: unknown "
                 "role 'cs_boss'") == 0);
  BOOST_TEST(error_of(edited("\"allow_shrink\"", "\"allow_shrinking\"")).find(
                 "plan.staffing: unknown key 'allow_shrinking' (valid keys: tiers, bands") == 0);
  BOOST_TEST(error_of(edited("\"schema\": \"storeops.plan/1\",", "")) ==
             "plan: missing key 'schema'");
  BOOST_TEST(error_of(edited("\"month\": 6", "\"month\": 6.5")) ==
             "plan.investments[3].month: expected a whole number, got 6.5");
  BOOST_TEST(error_of(edited("\"base\": 2000", "\"base\": \"2,000.00\"")) == "no error");
  BOOST_TEST(error_of(edited("\"base\": 2000", "\"base\": 1e300")) ==
             "plan.pay.roles.cs_agent.base: money does not fit in 64-bit fen");
}

BOOST_AUTO_TEST_CASE(malformed_and_truncated_text) {
  const std::string text = plan_to_json(presets::tmall_2014());
  BOOST_TEST(error_of(text.substr(0, text.size() / 2)).find("plan: malformed JSON") == 0);
  BOOST_TEST(error_of("").find("plan: malformed JSON") == 0);
  BOOST_TEST(error_of("[]") == "plan: expected an object, got an array");
  BOOST_TEST(error_of("{\"schema\": \"storeops.plan/2\"}") ==
             "plan.schema: expected \"storeops.plan/1\", got storeops.plan/2");
}

// Findings of fuzz/plan_json_fuzzer.cpp, kept as regressions (inputs also in fuzz/regressions/).
BOOST_AUTO_TEST_CASE(fuzz_findings) {
  // a number beyond a double raised nlohmann's out_of_range, not storeops::Error
  BOOST_TEST(error_of("{\"schema\": 31e308000}").find("plan: malformed JSON") == 0);
}

BOOST_AUTO_TEST_CASE(the_calendar_and_the_shipping_rule_are_in_the_file) {
  const std::string text = plan_to_json(presets::tmall_2014());
  BOOST_TEST(text.find("\"start_date\": \"2014-02-01\"") != std::string::npos);
  BOOST_TEST(text.find("\"cutoff_hour\": 15") != std::string::npos);
  BOOST_TEST(text.find("\"ship_within_hours\": 24") != std::string::npos);
  // an older file: start_month instead of start_date
  const Plan older = plan_from_json(edited("\"start_date\": \"2014-02-01\"", "\"start_month\": 5"));
  BOOST_TEST(to_string(older.market.start_date) == "2014-05-01");
  BOOST_TEST(error_of(edited("\"start_date\": \"2014-02-01\"", "\"start_date\": \"2014-02-30\"")) ==
             "plan.market.start_date must be a date like \"2014-02-01\" (no such day in the "
             "calendar), got \"2014-02-30\"");
  BOOST_TEST(error_of(edited("\"cutoff_hour\": 15", "\"cutoff_hour\": 25")) ==
             "plan.shipping.cutoff_hour must be an hour of the day, 0..23, got 25");
}

BOOST_AUTO_TEST_CASE(targets_counted_from_the_opening_and_the_funding_round_trip) {
  Plan plan = presets::tmall_2014();
  plan.funding.capital = Money::from_whole_yuan(300'000);
  plan.funding.reserve = Money::from_fen(2'000'050);
  plan.targets.daily_orders.push_back({17, 5, 80, "mine", false});
  const std::string text = plan_to_json(plan);
  BOOST_TEST((plan_from_json(text) == plan));
  BOOST_TEST(text.find("\"reserve\": 20000.5") != std::string::npos);
  // a dated target, as files wrote it before round four, names what to write instead
  BOOST_TEST(error_of(edited("\"month\": 2,\n        \"day\": 1", "\"from\": \"2014-03-01\"")).find(
                 "plan.targets.daily_orders[0].from: a target is counted from the store's "
                 "opening now") == 0);
  BOOST_TEST(error_of(edited("\"reserve\": 0", "\"reserve\": -5")) ==
             "plan.funding.reserve must be >= 0, got -¥5.00");
}
