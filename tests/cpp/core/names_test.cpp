#define BOOST_TEST_MODULE names
#include <boost/test/unit_test.hpp>
#include <storeops/storeops.hpp>

using namespace storeops;

BOOST_AUTO_TEST_CASE(every_named_enum_reads_and_writes_its_names) {
  for (auto name : role_names) BOOST_TEST(to_string(from_string<Role>(name)) == name);
  for (auto name : stage_names) BOOST_TEST(to_string(from_string<Stage>(name)) == name);
  BOOST_TEST(to_string(from_string<Distribution>("triangular")) == "triangular");
  BOOST_TEST(to_string(CreditTier::gold_crown) == "gold_crown");
}

BOOST_AUTO_TEST_CASE(an_unknown_name_lists_the_valid_ones_and_the_field) {
  BOOST_CHECK_EXCEPTION(from_string<Role>("boss", "plan.pay.roles"), Error, [](const Error& e) {
    return std::string(e.what()).starts_with(
        "plan.pay.roles: unknown role 'boss'; valid roles: cs_agent, cs_lead, cs_manager");
  });
  BOOST_CHECK_EXCEPTION(from_string<Combine>("min"), Error, [](const Error& e) {
    return std::string(e.what()) == "unknown combine rule 'min'; valid combine rules: max, tiers, bands";
  });
}
