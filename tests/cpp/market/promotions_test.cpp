#define BOOST_TEST_MODULE promotions
#include <boost/test/unit_test.hpp>
#include <storeops/market/promotions.hpp>

using namespace storeops;
using namespace storeops::literals;

BOOST_AUTO_TEST_CASE(basket_discounts_exact_to_the_fen) {
  // 满200减30, a 69-40 coupon, second item half price, free shipping over 99
  const std::vector<BasketLine> basket = {{"A", Money::from_yuan(59.9), 2}, {"B", 99_yuan, 1}};
  const std::vector<Promotion> promos = {
      {PromotionKind::second_half_price, "第2件半价", {}, {}, 1.0, false},
      {PromotionKind::spend_and_save, "满200减30", 200_yuan, 30_yuan, 1.0, false},
      {PromotionKind::coupon, "69-40", 69_yuan, 40_yuan, 1.0, false}};
  const auto p = price_basket(basket, promos, {10_yuan, 99_yuan});
  BOOST_TEST(p.list_total == Money::from_yuan(218.8));
  BOOST_TEST(p.lines[0].amount == Money::from_yuan(29.95));  // half of 59.90
  // 188.85 < 200: no 满减; the coupon applies from 69
  BOOST_TEST(p.lines.size() == 2u);
  BOOST_TEST(p.goods_total == Money::from_yuan(148.85));
  BOOST_TEST(p.shipping == Money());
  BOOST_TEST(p.total == Money::from_yuan(148.85));
  BOOST_TEST(p.below_floor);  // 68.0% of list < 70%
  BOOST_TEST(!price_basket(basket, promos, {10_yuan, 99_yuan}, 0.7, true).below_floor);
}

BOOST_AUTO_TEST_CASE(second_item_half_price_is_75_percent_on_pairs) {
  const auto p = price_basket({{"A", 100_yuan, 2}}, {{PromotionKind::second_half_price, "", {}, {}, 1.0, false}});
  BOOST_TEST(p.total == 150_yuan);
  BOOST_TEST(p.effective_discount == 0.25);
  const auto odd = price_basket({{"A", 100_yuan, 3}}, {{PromotionKind::second_half_price, "", {}, {}, 1.0, false}});
  BOOST_TEST(odd.total == 250_yuan);
}

BOOST_AUTO_TEST_CASE(repeating_spend_and_save_member_discount_follow_shop) {
  const std::vector<Promotion> promos = {
      {PromotionKind::member_discount, "VIP", {}, {}, 0.9, false},
      {PromotionKind::spend_and_save, "每满100减10", 100_yuan, 10_yuan, 1.0, true},
      {PromotionKind::follow_shop, "收藏减5", {}, 5_yuan, 1.0, false}};
  const auto p = price_basket({{"A", Money::from_yuan(123.45), 3}}, promos);
  // 370.35 -> VIP 333.32 (370.35 x 0.9 = 333.315 -> 333.32, so 37.03 off) -> 3 x 10 off -> 5 off
  BOOST_TEST(p.lines[0].amount == Money::from_yuan(37.03));
  BOOST_TEST(p.lines[1].amount == 30_yuan);
  BOOST_TEST(p.total == Money::from_yuan(298.32));
  BOOST_TEST(p.discounts + p.goods_total == p.list_total);  // not a fen lost
  BOOST_CHECK_THROW(price_basket({{"A", -1_yuan, 1}}, {}), Error);
}

