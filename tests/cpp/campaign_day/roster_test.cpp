#define BOOST_TEST_MODULE roster
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <random>
#include <storeops/campaign_day/roster.hpp>

using namespace storeops;
using storeops::testing::message_of;

namespace {
std::vector<long> every_hour(long n) { return std::vector<long>(24, n); }

/// The least cost by trying every roster with at most `most` people a shift.
Money brute_force(const std::vector<long>& required, const std::vector<Shift>& shifts, long most) {
  std::vector<long> x(shifts.size(), 0);
  Money best = Money::from_yuan(1e12);
  while (true) {
    bool covers = true;
    for (int h = 0; h < 24 && covers; ++h) {
      long have = 0;
      for (std::size_t j = 0; j < shifts.size(); ++j)
        if (shifts[j].covers(h)) have += x[j];
      covers = have >= required[std::size_t(h)];
    }
    if (covers) {
      Money c;
      for (std::size_t j = 0; j < shifts.size(); ++j) c += shifts[j].cost * x[j];
      best = std::min(best, c);
    }
    std::size_t j = 0;
    while (j < x.size() && x[j] == most) x[j++] = 0;
    if (j == x.size()) return best;
    ++x[j];
  }
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_whole_day_shift_beats_three_when_it_is_cheaper) {
  BOOST_REQUIRE(roster_solver_available());
  const std::vector<Shift> shifts = {{0, 8, Money::from_yuan(100), "a"}, {8, 8, Money::from_yuan(100), "b"},
                                     {16, 8, Money::from_yuan(100), "c"}, {0, 24, Money::from_yuan(250), "d"}};
  const auto r = roster(every_hour(2), shifts);
  BOOST_TEST(r.optimal);
  BOOST_TEST(r.cost == Money::from_yuan(500));
  BOOST_TEST((r.counts == std::vector<long>{0, 0, 0, 2}));
  for (int h = 0; h < 24; ++h) BOOST_TEST(r.slack[std::size_t(h)] == 0);
}

BOOST_AUTO_TEST_CASE(a_shift_past_midnight_covers_the_small_hours) {
  const Shift night{22, 6, Money::from_yuan(1), ""};
  BOOST_TEST(night.covers(23));
  BOOST_TEST(night.covers(0));
  BOOST_TEST(night.covers(3));
  BOOST_TEST(!night.covers(4));
  BOOST_TEST(!night.covers(21));
  std::vector<long> req(24, 0);
  req[1] = 3;
  req[23] = 1;
  const auto r = roster(req, std::vector<Shift>{night, {8, 8, Money::from_yuan(1), ""}});
  BOOST_TEST((r.counts == std::vector<long>{3, 0}));
  BOOST_TEST(r.coverage[23] == 3);
  BOOST_TEST(r.slack[23] == 2);
  BOOST_TEST(r.cost == Money::from_yuan(3));
}

BOOST_AUTO_TEST_CASE(the_cost_is_the_least_of_every_roster) {
  std::mt19937 gen(7);
  for (int trial = 0; trial < 30; ++trial) {
    std::vector<long> req(24);
    for (auto& x : req) x = long(gen() % 4);
    std::vector<Shift> shifts;
    for (int j = 0; j < 4; ++j)
      shifts.push_back({int(gen() % 24), 4 + int(gen() % 9), Money::from_fen(std::int64_t(5'000 + gen() % 20'000)), ""});
    shifts.push_back({0, 24, Money::from_fen(60'000), ""});  // every hour can be covered
    const auto r = roster(req, shifts);
    BOOST_TEST(r.optimal);
    BOOST_TEST(r.cost == brute_force(req, shifts, 3), "trial " << trial);
    for (int h = 0; h < 24; ++h) BOOST_TEST(r.coverage[std::size_t(h)] >= req[std::size_t(h)]);
  }
}

BOOST_AUTO_TEST_CASE(bad_input_is_named) {
  const std::vector<Shift> day = {{8, 8, Money::from_yuan(100), ""}};
  std::vector<long> req(24, 0);
  req[3] = 2;
  BOOST_TEST(message_of([&] { roster(req, day); }) ==
             "required[3]: 2 people are needed at 3:00 but no shift covers that hour");
  req[3] = -1;
  BOOST_TEST(message_of([&] { roster(req, day); }) == "required[3] must be a whole number >= 0, got -1");
  BOOST_TEST(message_of([&] { roster(std::vector<long>(23, 0), day); }) ==
             "required must hold 24 hourly counts (0:00 to 23:00), got 23");
  BOOST_TEST(message_of([&] { roster(every_hour(0), std::vector<Shift>{{8, 0, Money(), ""}}); }) ==
             "shifts[0].hours must be in 1..24 hours, got 0");
  BOOST_TEST(message_of([&] { roster(every_hour(0), std::vector<Shift>{{8, 25, Money(), ""}}); }) ==
             "shifts[0].hours must be in 1..24 hours, got 25");
  BOOST_TEST(message_of([&] { roster(every_hour(0), std::vector<Shift>{{8, 8, Money::from_yuan(-1), ""}}); }) ==
             "shifts[0].cost must be >= 0, got -¥1.00");
  BOOST_TEST(message_of([&] { roster(every_hour(0), std::vector<Shift>{{24, 8, Money(), ""}}); }) ==
             "shifts[0].start_hour must be in 0..23, got 24");
}

BOOST_AUTO_TEST_CASE(nobody_needed_is_an_empty_roster) {
  const auto r = roster(every_hour(0), std::vector<Shift>{{8, 8, Money::from_yuan(100), ""}});
  BOOST_TEST(r.optimal);
  BOOST_TEST(r.cost == Money());
  BOOST_TEST(r.counts[0] == 0);
}
