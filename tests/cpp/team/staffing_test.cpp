#define BOOST_TEST_MODULE staffing
#include <boost/test/unit_test.hpp>
#include <storeops/plan/check.hpp>
#include <storeops/plan/presets.hpp>
#include <vector>

using namespace storeops;
using namespace storeops::literals;
using D = Department;

BOOST_AUTO_TEST_CASE(worked_examples_of_domain_3) {
  const Plan plan = presets::tmall_2014();
  const Headcount a = plan.staffing.headcount(60'000_yuan, 20);
  BOOST_TEST(a[D::customer_service] == 3);
  BOOST_TEST(a[D::design] == 1);
  BOOST_TEST(a[D::promotion] == 1);
  BOOST_TEST(a[D::logistics] == 1);
  BOOST_TEST(a[D::merchandising] == 0);
  BOOST_TEST(a[D::planning] == 0);
  BOOST_TEST(a.total() == 6);

  const Headcount b = plan.staffing.headcount(60'000_yuan, 160);
  BOOST_TEST(b[D::customer_service] == 4);
  BOOST_TEST(b[D::design] == 1);
  BOOST_TEST(b[D::promotion] == 2);
  BOOST_TEST(b[D::logistics] == 2);
  BOOST_TEST(b.total() == 9);
}

BOOST_AUTO_TEST_CASE(roles_inside_departments) {
  const auto staffing = presets::staffing_2014();
  const Headcount a = staffing.headcount(60'000_yuan, 20);
  BOOST_TEST(a.count(Role::cs_lead) == 1);
  BOOST_TEST(a.count(Role::cs_agent) == 2);
  const Headcount b = staffing.headcount(60'000_yuan, 160);  // the band adds an agent
  BOOST_TEST(b.count(Role::cs_lead) == 1);
  BOOST_TEST(b.count(Role::cs_agent) == 3);
  const Headcount top = staffing.headcount(150'000_yuan, 0);
  BOOST_TEST(top.count(Role::cs_manager) == 1);
  BOOST_TEST(top.count(Role::cs_agent) == 3);
  BOOST_TEST(top.count(Role::senior_designer) == 2);
  BOOST_TEST(top.count(Role::designer) == 0);
  BOOST_TEST(top.count(Role::logistics_lead) == 1);
  BOOST_TEST(top.count(Role::logistics_staff) == 2);
  BOOST_TEST(top.total() == 12);
}

BOOST_AUTO_TEST_CASE(tier_boundaries_and_the_80000_tier) {
  const auto s = presets::staffing_2014();
  BOOST_TEST(s.headcount(0_yuan, 0).total() == 2);  // below the first tier: the first tier
  BOOST_TEST(s.headcount(Money::from_yuan(49'999.99), 0).total() == 2);
  BOOST_TEST(s.headcount(50'000_yuan, 0).total() == 6);
  BOOST_TEST(s.headcount(80'000_yuan, 0)[D::logistics] == 2);
  BOOST_TEST(s.headcount(100'000_yuan, 0).total() == 12);
}

BOOST_AUTO_TEST_CASE(bands_hire_at_the_trigger_point) {
  auto s = presets::staffing_2014();
  BOOST_TEST(s.headcount(0_yuan, 49.9)[D::customer_service] == 2);
  BOOST_TEST(s.headcount(0_yuan, 50)[D::customer_service] == 3);
  BOOST_TEST(s.headcount(0_yuan, 150)[D::customer_service] == 4);
  s.set_trigger(0.5);  // hire half-way into each band: 75 and 200 orders a day
  BOOST_TEST(s.headcount(0_yuan, 74.9)[D::customer_service] == 2);
  BOOST_TEST(s.headcount(0_yuan, 75)[D::customer_service] == 3);
  BOOST_TEST(s.headcount(0_yuan, 200)[D::promotion] == 2);
  BOOST_CHECK_THROW(s.set_trigger(1.5), Error);
  BOOST_TEST(s.trigger() == 0.5);  // a rejected change leaves the policy as it was
}

BOOST_AUTO_TEST_CASE(combine_modes) {
  auto s = presets::staffing_2014();
  s.set_combine(Combine::tiers);
  BOOST_TEST(s.headcount(60'000_yuan, 160).total() == 6);
  s.set_combine(Combine::bands);
  BOOST_TEST(s.headcount(60'000_yuan, 160).total() == 8);  // cs 4, promotion 2, logistics 2
}

BOOST_AUTO_TEST_CASE(batch_equals_scalar) {
  const auto s = presets::staffing_2014();
  const std::vector<double> revenue = {0, 60'000, 60'000, 99'999.99, 100'000, 1e6};
  const std::vector<double> orders = {0, 20, 160, 55, 260, 0};
  std::vector<int> out(revenue.size() * department_count);
  s.headcount_batch(revenue, orders, out.data());
  for (std::size_t i = 0; i < revenue.size(); ++i) {
    const auto h = s.headcount(Money::from_yuan(revenue[i]), orders[i]);
    for (std::size_t d = 0; d < department_count; ++d)
      BOOST_TEST(out[i * department_count + d] == h.departments()[d]);
  }
  const std::vector<double> bad = {0, -1};
  try {
    s.headcount_batch(revenue, std::vector<double>{0, 1, 2, 3, std::nan(""), 5}, out.data());
    BOOST_FAIL("no error");
  } catch (const Error& e) {
    BOOST_TEST(std::string(e.what()) == "orders_per_day[4] must be a finite number >= 0, got nan");
  }
  BOOST_CHECK_THROW(s.headcount_batch(revenue, bad, out.data()), Error);
}

BOOST_AUTO_TEST_CASE(hiring_lag_and_no_shrink) {
  const auto s = presets::staffing_2014();
  std::vector<Headcount> needs = {s.headcount(10'000_yuan, 0), s.headcount(60'000_yuan, 0),
                                  s.headcount(60'000_yuan, 0), s.headcount(10'000_yuan, 0),
                                  s.headcount(10'000_yuan, 0)};
  const auto employed = s.staff_over_time(needs);
  BOOST_TEST(employed[0].total() == 2);
  BOOST_TEST(employed[1].total() == 2);  // the need appears in month 1, the hire in month 2
  BOOST_TEST(employed[2].total() == 6);
  BOOST_TEST(employed[3].total() == 6);
  BOOST_TEST(employed[4].total() == 6);  // revenue fell, headcount does not
  auto shrinking = s;
  shrinking.set_allow_shrink(true);
  BOOST_TEST(shrinking.staff_over_time(needs)[4].total() == 2);
}

BOOST_AUTO_TEST_CASE(bad_input_and_bad_tables) {
  const auto s = presets::staffing_2014();
  BOOST_CHECK_THROW(s.headcount(-1_yuan, 0), Error);
  BOOST_CHECK_THROW(s.headcount(1_yuan, -1), Error);
  BOOST_CHECK_THROW(s.headcount(1_yuan, std::nan("")), Error);
  auto tiers = s.tiers();
  std::swap(tiers[0], tiers[1]);
  try {
    StaffingPolicy(tiers, s.bands());
    BOOST_FAIL("no error");
  } catch (const Error& e) {
    BOOST_TEST(std::string(e.what()) ==
               "Staffing.tiers[1].monthly_revenue must be above the previous tier's "
               "¥50,000.00, got ¥10,000.00");
  }
  auto wrong_role = s.tiers();
  wrong_role[0].departments[0].roles[0].role = Role::designer;
  BOOST_CHECK_THROW(StaffingPolicy(wrong_role, s.bands()), Error);
  BOOST_CHECK_THROW(StaffingPolicy({}, s.bands()), Error);
  auto bands = s.bands();
  bands[0].high = 10;
  BOOST_CHECK_THROW(StaffingPolicy(s.tiers(), bands), Error);
  BOOST_CHECK_THROW(role_from_string("boss"), Error);
  BOOST_CHECK_THROW(department_from_string("sales"), Error);
}

BOOST_AUTO_TEST_CASE(plan_check_names_the_personnel_contradiction) {
  const auto shares = tier_cost_shares(presets::staffing_2014());
  BOOST_TEST(shares.size() == 4u);
  BOOST_TEST(shares[0].share == 0.4);
  BOOST_TEST(shares[1].share == 0.33);
  BOOST_TEST(shares[2].share == 0.21875);
  BOOST_TEST(shares[3].share == 0.34);
  const auto findings = check_staffing(presets::staffing_2014());
  BOOST_TEST(findings.size() == 2u);
  BOOST_TEST(findings[0].code == "personnel_share");
  BOOST_TEST(findings[0].message.find("6.0%-7.0%") != std::string::npos);
  BOOST_TEST(findings[0].message.find("40.0%") != std::string::npos);
  BOOST_TEST(findings[1].code == "tier_total");
  BOOST_TEST(findings[1].message.find("¥16,500.00") != std::string::npos);
  BOOST_TEST(check_pay(presets::pay_2014()).at(0).code == "no_minimum_wage");
}

// Past the table (000 ch.5 ends at 250 orders a day) the bands keep hiring: a step of 100
// orders (the distance between the last two bands, 50 → 150) adds one person to each
// department with bands.
BOOST_AUTO_TEST_CASE(staffing_keeps_up_past_the_table) {
  const auto s = presets::staffing_2014();
  BOOST_TEST((s.beyond_table() == BeyondTable::repeat_last_step));
  const Money big = 3'000'000_yuan;
  const Headcount at100 = s.headcount(big, 100), at600 = s.headcount(big, 600),
                  at2000 = s.headcount(big, 2000);
  BOOST_TEST(at100[D::customer_service] == 4);  // the top tier's team
  BOOST_TEST(at100.total() == 12);
  // 600: bands 50, 150 and steps at 250, 350, 450, 550 → 2 + 2 + 4 agents, 6 promoters, 6 packers
  BOOST_TEST(at600[D::customer_service] == 8);
  BOOST_TEST(at600[D::promotion] == 6);
  BOOST_TEST(at600[D::logistics] == 6);
  BOOST_TEST(at600[D::design] == 2);  // no bands: the tier alone
  BOOST_TEST(at600.total() == 24);
  // 2,000: 18 steps past the table
  BOOST_TEST(at2000[D::customer_service] == 22);
  BOOST_TEST(at2000[D::promotion] == 20);
  BOOST_TEST(at2000[D::logistics] == 20);
  BOOST_TEST(at2000.total() == 66);
  // the step starts where the table ends: 249.9 is the table, 250 the first step
  BOOST_TEST(s.headcount(big, 249.9)[D::customer_service] == 4);
  BOOST_TEST(s.headcount(big, 250)[D::customer_service] == 5);
}

BOOST_AUTO_TEST_CASE(hold_is_round_twos_rule_and_erlang_sizes_customer_service) {
  auto hold = presets::staffing_2014();
  hold.set_beyond_table(BeyondTable::hold);
  BOOST_TEST(hold.headcount(3'000'000_yuan, 600).total() == 13);  // the table's 150 band
  BOOST_TEST(hold.headcount(3'000'000_yuan, 2000) == hold.headcount(3'000'000_yuan, 250));

  auto erlang = presets::staffing_2014();
  erlang.set_beyond_table(BeyondTable::erlang);
  const ErlangStaffing& e = erlang.erlang();
  // customer service: the band rule at the table's end (4) plus the agents Erlang C adds
  // above those at its last band (150 orders a day)
  for (double orders : {150.0, 250.0, 600.0, 2000.0}) {
    const int added = e.agents(orders) - e.agents(150);
    BOOST_TEST(erlang.headcount(3'000'000_yuan, orders)[D::customer_service] == 4 + added);
  }
  BOOST_TEST(e.agents(600) == 14);
  BOOST_TEST(erlang.headcount(3'000'000_yuan, 600)[D::customer_service] == 14 - e.agents(150) + 4);
  // the other departments repeat their last step as before
  BOOST_TEST(erlang.headcount(3'000'000_yuan, 600)[D::logistics] == 6);
  ErlangStaffing bad;
  bad.service_level = 1.0;
  BOOST_CHECK_THROW(erlang.set_erlang(bad), Error);
  BOOST_TEST(erlang.erlang().service_level == 0.8);  // unchanged when refused
}

BOOST_AUTO_TEST_CASE(headcount_never_falls_as_orders_or_revenue_rise) {
  for (auto rule : {BeyondTable::repeat_last_step, BeyondTable::erlang, BeyondTable::hold}) {
    auto s = presets::staffing_2014();
    s.set_beyond_table(rule);
    std::vector<Money> revenues;
    // every tier boundary and every band's hiring point lies on the grid (steps of 10,000
    // yuan and 5 orders), and past the table it reaches 3,000 orders a day
    for (std::int64_t y = 0; y <= 200'000; y += 10'000) revenues.push_back(Money::from_whole_yuan(y));
    for (std::int64_t y = 400'000; y <= 4'000'000; y += 400'000)
      revenues.push_back(Money::from_whole_yuan(y));
    for (std::size_t r = 0; r < revenues.size(); ++r)
      for (double o = 0; o <= 3000; o += o < 300 ? 5 : 50) {
        const Headcount h = s.headcount(revenues[r], o);
        const Headcount more_orders = s.headcount(revenues[r], o + (o < 300 ? 5 : 50));
        for (std::size_t d = 0; d < department_count; ++d) {
          const auto dept = static_cast<Department>(d);
          BOOST_TEST_REQUIRE(more_orders[dept] >= h[dept]);
          if (r + 1 < revenues.size())
            BOOST_TEST_REQUIRE(s.headcount(revenues[r + 1], o)[dept] >= h[dept]);
        }
      }
  }
}

BOOST_AUTO_TEST_CASE(a_floor_raises_departments_and_level_counts_steps) {
  const auto s = presets::staffing_2014();
  // the launch stage's planned staff (000 ch.3)
  const Headcount floor = presets::tmall_2014().stages.planned_staff(1);
  BOOST_TEST(floor.count(Role::designer) == 1);
  BOOST_TEST(floor.count(Role::cs_agent) == 2);
  BOOST_TEST(presets::tmall_2014().stages.planned_staff(2).total() == 3 + 5);
  const Headcount h = s.headcount(0_yuan, 0, &floor);
  BOOST_TEST(h[D::design] == 1);  // the launch designer the first tier lacks
  BOOST_TEST(h.count(Role::designer) == 1);
  BOOST_TEST(h[D::customer_service] == 2);
  BOOST_TEST(h.total() == 3);
  // a level names each point reached: the table's bands, then the steps past it
  using L = StaffingPolicy::Level;
  BOOST_TEST(s.level(0, 100, L{}).bands == 3);
  BOOST_TEST(s.level(0, 249, L{}).bands == 6);
  BOOST_TEST(s.level(0, 250, L{}).bands == 9);  // three departments step at 250
  BOOST_TEST(s.level(0, 600, L{}).bands == 6 + 3 * 4);
  BOOST_TEST(s.key(s.level(0, 600, L{})) == s.table_level_count());  // past the table: no key
}

BOOST_AUTO_TEST_CASE(steps_past_the_table_summed_by_group_equal_each_departments) {
  // level() counts the departments that step alike (same start, same length) together: with
  // the preset's three alike and a band that makes logistics step on its own, the points
  // reached still equal the table's points plus each department's steps
  auto s = presets::staffing_2014();
  auto bands = s.bands();
  bands.push_back(OrderBand{D::logistics, 200, 220, 2, "a second packing shift"});
  s.set_bands(bands);
  using L = StaffingPolicy::Level;
  const auto cs = std::size_t(D::customer_service), logistics = std::size_t(D::logistics);
  int apart = 0, past = 0;
  for (auto rule : {BeyondTable::repeat_last_step, BeyondTable::erlang, BeyondTable::hold}) {
    s.set_beyond_table(rule);
    for (double orders = 200; orders <= 5000; orders += 7.5) {
      std::size_t steps = 0;
      for (std::size_t d = 0; d < department_count; ++d) steps += std::size_t(s.beyond_steps(d, orders));
      // the table's seven points (the preset's six and the new band's), then the steps
      BOOST_TEST_REQUIRE(s.level(0, orders, L{}).bands == 7 + steps, "orders " << orders);
      past += steps > 0;
      apart += s.beyond_steps(logistics, orders) != s.beyond_steps(cs, orders);
    }
  }
  BOOST_TEST(past >= 2 * 634);  // the grid from 250 on (634 of its 641 points), but under hold
  BOOST_TEST(apart > 1000);     // and there logistics steps apart from customer service
}
