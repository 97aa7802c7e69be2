#define BOOST_TEST_MODULE presets
#include <boost/test/unit_test.hpp>
#include <storeops/plan/plan_json.hpp>
#include <storeops/plan/presets.hpp>
#include <storeops/simulation/simulate.hpp>
#include <storeops/team/payroll.hpp>

using namespace storeops;

BOOST_AUTO_TEST_CASE(the_seed_organisations_roles_have_departments_and_assumed_pay) {
  BOOST_TEST((department_of(Role::operations_director) == Department::management));
  BOOST_TEST((department_of(Role::store_manager) == Department::management));
  BOOST_TEST((department_of(Role::copywriter) == Department::planning));
  BOOST_TEST((department_of(Role::finance_clerk) == Department::finance));
  const PayPolicy pay = presets::pay_2014();
  BOOST_TEST(pay.role(Role::operations_director).base == Money::from_yuan(8'000));
  BOOST_TEST(pay.role(Role::store_manager).base == Money::from_yuan(5'000));
  BOOST_TEST(pay.role(Role::finance_clerk).base == Money::from_yuan(3'000));
  BOOST_TEST((pay.role(Role::copywriter).commission == CommissionBasis::none));
}

BOOST_AUTO_TEST_CASE(the_five_person_store_keeps_its_five_people_and_simulates) {
  const Plan plan = presets::five_person_store();
  BOOST_TEST(plan.name == "five_person_store");
  BOOST_TEST((plan_from_json(plan_to_json(plan)) == plan));
  const auto sim = simulate(plan, SimulationOptions{});
  BOOST_TEST(sim.months[0].staff.total() == 0);  // the setup month
  for (std::size_t t = 2; t < sim.months.size(); ++t) {
    const Headcount& staff = sim.months[t].staff;
    BOOST_TEST(staff.total() == 5);
    for (Role r : {Role::cs_agent, Role::promoter, Role::logistics_staff, Role::store_manager,
                   Role::finance_clerk})
      BOOST_TEST(staff.count(r) == 1);
    BOOST_TEST(staff[Department::management] == 1);
    BOOST_TEST(staff[Department::finance] == 1);
    // the five payslips, person by person, and nothing else
    const auto& r = sim.months[t];
    BOOST_TEST(r.payroll == payroll_total_per_person(plan.pay, staff, r.inquiry_revenue, r.silent_revenue,
                                                     r.neutral_reviews, r.negative_reviews,
                                                     plan.market.rating_change));
  }
}
