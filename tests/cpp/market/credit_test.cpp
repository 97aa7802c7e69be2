#define BOOST_TEST_MODULE credit
#include <boost/test/unit_test.hpp>
#include <storeops/market/credit.hpp>
#include <storeops/plan/presets.hpp>

using namespace storeops;

struct Case {
  std::int64_t points;
  CreditTier tier;
  int count;
};

// Every lower bound of docs/model.md §2 and the point just below it.
BOOST_AUTO_TEST_CASE(every_level_boundary) {
  const Case cases[] = {
      {-10, CreditTier::none, 0},       {0, CreditTier::none, 0},
      {3, CreditTier::none, 0},         {4, CreditTier::heart, 1},
      {10, CreditTier::heart, 1},       {11, CreditTier::heart, 2},
      {41, CreditTier::heart, 3},       {91, CreditTier::heart, 4},
      {150, CreditTier::heart, 4},      {151, CreditTier::heart, 5},
      {250, CreditTier::heart, 5},      {251, CreditTier::diamond, 1},
      {501, CreditTier::diamond, 2},    {1001, CreditTier::diamond, 3},
      {2001, CreditTier::diamond, 4},   {5001, CreditTier::diamond, 5},
      {10000, CreditTier::diamond, 5},  {10001, CreditTier::crown, 1},
      {20001, CreditTier::crown, 2},    {50001, CreditTier::crown, 3},
      {100001, CreditTier::crown, 4},   {200001, CreditTier::crown, 5},
      {500000, CreditTier::crown, 5},   {500001, CreditTier::gold_crown, 1},
      {1000001, CreditTier::gold_crown, 2}, {2000001, CreditTier::gold_crown, 3},
      {5000001, CreditTier::gold_crown, 4}, {10000000, CreditTier::gold_crown, 4},
      {10000001, CreditTier::gold_crown, 5}, {INT64_MAX, CreditTier::gold_crown, 5},
  };
  for (const auto& c : cases) {
    const auto level = credit_level(c.points);
    BOOST_TEST_INFO("points " << c.points);
    BOOST_TEST(static_cast<int>(level.tier()) == static_cast<int>(c.tier));
    BOOST_TEST(level.count() == c.count);
  }
}

BOOST_AUTO_TEST_CASE(names_points_and_order) {
  BOOST_TEST(to_string(credit_level(1001).tier()) == "diamond");
  BOOST_TEST(credit_level(1001).to_string() == "3 diamonds");
  BOOST_TEST(credit_level(4).to_string() == "1 heart");
  BOOST_TEST(credit_level(0).to_string() == "none");
  BOOST_TEST(credit_points(12, 3, 2) == 10);
  BOOST_TEST(credit_level(300) > credit_level(200));
  BOOST_TEST(CreditLevel(CreditTier::diamond, 3).lower_bound_points() == 1001);
  BOOST_TEST(static_cast<int>(credit_tier_from_string("gold_crown")) == 4);
  BOOST_CHECK_THROW(credit_tier_from_string("star"), Error);
  BOOST_CHECK_THROW(CreditLevel(CreditTier::heart, 6), Error);
  BOOST_CHECK_THROW(CreditLevel(CreditTier::none, 1), Error);
  BOOST_CHECK_THROW(credit_points(-1, 0, 0), Error);
}

BOOST_AUTO_TEST_CASE(traffic_targets_by_credit_level_004) {
  const auto targets = presets::traffic_targets_2014();
  struct Row {
    std::int64_t points, monthly, daily;
  };
  const Row rows[] = {{0, 10'000, 300},   {150, 10'000, 300},  {151, 15'000, 500},
                      {250, 15'000, 500}, {251, 30'000, 1'000}, {1000, 30'000, 1'000},
                      {1001, 45'000, 1'500}, {5000, 45'000, 1'500}, {5001, 60'000, 2'000},
                      {10'000'001, 60'000, 2'000}};
  for (const auto& r : rows) {
    BOOST_TEST_INFO("points " << r.points);
    BOOST_TEST(targets.for_points(r.points).monthly_visitors == r.monthly);
    BOOST_TEST(targets.for_points(r.points).daily_visitors == r.daily);
  }
}

BOOST_AUTO_TEST_CASE(traffic_targets_reject_bad_tables) {
  BOOST_CHECK_THROW(TrafficTargets({}), Error);
  BOOST_CHECK_THROW(TrafficTargets({{CreditLevel(CreditTier::heart, 1), 1, 1}}), Error);
  BOOST_CHECK_THROW(TrafficTargets({{CreditLevel(), 1, 1}, {CreditLevel(), 2, 2}}), Error);
  BOOST_CHECK_THROW(TrafficTargets({{CreditLevel(), -1, 1}}), Error);
}
