#define BOOST_TEST_MODULE review
#include <boost/test/unit_test.hpp>
#include <storeops/catalog/review.hpp>
#include "report.hpp"

using namespace storeops;
using namespace storeops::testing;


BOOST_AUTO_TEST_CASE(hit_candidates_are_pushed_in_order_of_weekly_buyers) {
  std::vector<Item> items;
  Report r;
  for (int i = 0; i < 6; ++i) {
    items.push_back(item("i" + std::to_string(i)));
    for (Day d = today - 40; d <= today; ++d) r.add(i, d, 500, 20 + i, 20 + i, 0.3);  // 3,500 UV a week
  }
  items.push_back(item("browsed"));  // many visitors who leave: the store's bounce rises above 0.3
  for (Day d = today - 40; d <= today; ++d) r.add(6, d, 500, 1, 1, 0.9);
  const Catalog c(items);
  const auto rev = review_items(c, r.days(), today);
  int pushed = 0;
  for (int i = 0; i < 6; ++i) {
    BOOST_TEST(rev[std::size_t(i)].hit_candidate);
    BOOST_TEST((rev[std::size_t(i)].stage == ProductStage::hit));
    BOOST_TEST(rev[std::size_t(i)].weekly_visitors == 3'500.0);
    pushed += rev[std::size_t(i)].push;
  }
  BOOST_TEST(pushed == 4);
  BOOST_TEST(!rev[0].push);
  BOOST_TEST(!rev[1].push);
  BOOST_TEST(rev[5].push);
  BOOST_TEST(!rev[6].hit_candidate);
  BOOST_TEST(rev[0].in_band);   // 20 / 500: 4%, the top of the band
  BOOST_TEST(!rev[5].in_band);  // 25 / 500: 5%
}

BOOST_AUTO_TEST_CASE(stages_and_delisting_follow_age_trend_and_the_last_sale) {
  Report r;
  std::vector<Item> items = {item("new"), item("up"), item("down"), item("flat"), item("dead")};
  for (Day d = today - 3; d <= today; ++d) r.add(0, d, 50, 1, 1);
  for (Day d = today - 13; d <= today; ++d) r.add(1, d, 50, 1, d > today - 7 ? 2 : 1);
  for (Day d = today - 13; d <= today; ++d) r.add(2, d, 50, 1, d > today - 7 ? 1 : 2);
  for (Day d = today - 13; d <= today; ++d) r.add(3, d, 50, 1, 1);
  for (Day d = today - 60; d <= today; ++d) r.add(4, d, 50, 0, d == today - 45 ? 1 : 0);
  items[1].listed = items[2].listed = items[3].listed = today - 100;
  const auto rev = review_items(Catalog(items), r.days(), today);
  BOOST_TEST((rev[0].stage == ProductStage::new_item));
  BOOST_TEST(rev[0].age_days == 3);
  BOOST_TEST((rev[1].stage == ProductStage::growth));
  BOOST_TEST((rev[2].stage == ProductStage::decline));
  BOOST_TEST((rev[3].stage == ProductStage::stable));
  BOOST_TEST((rev[4].stage == ProductStage::decline));
  BOOST_TEST(rev[4].days_since_sale == 45);
  BOOST_TEST(rev[4].delist);
  BOOST_TEST(!rev[3].delist);
  BOOST_TEST(rev[3].conversion == 1.0 / 50);
  BOOST_TEST(rev[3].in_band);
}

