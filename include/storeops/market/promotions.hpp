#pragma once
/// Promotion arithmetic on a basket, exact in fen (docs/model.md §7; 000 attachment 六, 002, 004):
/// spend-X-save-Y (满减), second item half price (第2件半价 = 75% on pairs), coupons (69−40),
/// member discounts, follow-the-shop (收藏减5), free shipping over a threshold, and the
/// 70%-of-list floor outside big campaigns (002).
#include <string>
#include <vector>

#include <storeops/detail/validate.hpp>
#include <storeops/core/money.hpp>

namespace storeops {

struct BasketLine {
  std::string item;
  Money list_price;  ///< per unit
  long quantity = 1;
};

enum class PromotionKind { spend_and_save, second_half_price, coupon, member_discount, follow_shop };

/// One promotion. spend_and_save: `discount` off per full `threshold` (or once when not
/// `repeat`); coupon: `discount` off from `threshold`; member_discount: pay `rate` of the price;
/// second_half_price: every second unit of a line at half price; follow_shop: `discount` off.
struct Promotion {
  PromotionKind kind = PromotionKind::spend_and_save;
  std::string name;
  Money threshold;
  Money discount;
  double rate = 1.0;
  bool repeat = false;
};

struct ShippingRule {
  Money fee;            ///< charged below the threshold
  Money free_over;      ///< 包邮 from this order value; zero: always charged
};

struct DiscountLine {
  std::string promotion;
  Money amount;  ///< taken off
};

struct BasketPrice {
  Money list_total, discounts, goods_total, shipping, total;
  std::vector<DiscountLine> lines;
  double effective_discount = 0;  ///< discounts / list_total
  bool below_floor = false;       ///< the goods sell under the floor share of list
  std::string floor_note;
};

/// Prices a basket: item-level promotions first (second item half price, member discount),
/// then order-level ones (满减, coupons, follow-the-shop) on what remains, then shipping.
/// `floor` is the lowest share of list price allowed outside big campaigns (0.7 in 002).
inline BasketPrice price_basket(const std::vector<BasketLine>& basket,
                                const std::vector<Promotion>& promotions,
                                const ShippingRule& shipping = {}, double floor = 0.7,
                                bool big_campaign = false) {
  detail::require_rate(floor, "floor");
  BasketPrice p;
  for (std::size_t i = 0; i < basket.size(); ++i) {
    const auto& l = basket[i];
    const auto f = "basket[" + std::to_string(i) + "]";
    if (l.list_price.fen() < 0) detail::fail(f + ".list_price", l.list_price.to_string(), ">= 0");
    if (l.quantity < 0) detail::fail(f + ".quantity", std::to_string(l.quantity), "a count >= 0");
    p.list_total += l.list_price * l.quantity;
  }
  for (std::size_t i = 0; i < promotions.size(); ++i) {
    const auto& pr = promotions[i];
    const auto f = "promotions[" + std::to_string(i) + "]";
    if (pr.threshold.fen() < 0) detail::fail(f + ".threshold", pr.threshold.to_string(), ">= 0");
    if (pr.discount.fen() < 0) detail::fail(f + ".discount", pr.discount.to_string(), ">= 0");
    detail::require_rate(pr.rate, f + ".rate");
    if (pr.kind == PromotionKind::spend_and_save && pr.repeat && pr.threshold.fen() == 0)
      detail::fail(f + ".threshold", "¥0.00", "> 0 for a repeating 满减");
  }
  Money goods = p.list_total;
  auto take = [&](const std::string& name, Money amount) {
    if (amount > goods) amount = goods;  // a discount cannot make goods negative
    if (amount.fen() <= 0) return;
    goods -= amount;
    p.discounts += amount;
    p.lines.push_back({name, amount});
  };
  for (const auto& pr : promotions) {
    if (pr.kind == PromotionKind::second_half_price) {
      Money off;
      for (const auto& l : basket) off += l.list_price.times(0.5) * (l.quantity / 2);
      take(pr.name.empty() ? "second item half price" : pr.name, off);
    } else if (pr.kind == PromotionKind::member_discount) {
      take(pr.name.empty() ? "member discount" : pr.name, goods - goods.times(pr.rate, "rate"));
    }
  }
  for (const auto& pr : promotions) {
    switch (pr.kind) {
      case PromotionKind::spend_and_save:
        if (goods >= pr.threshold && (goods.fen() > 0)) {
          const long times = pr.repeat ? static_cast<long>(goods.fen() / pr.threshold.fen()) : 1;
          take(pr.name.empty() ? "spend and save" : pr.name, pr.discount * times);
        }
        break;
      case PromotionKind::coupon:
        if (goods >= pr.threshold) take(pr.name.empty() ? "coupon" : pr.name, pr.discount);
        break;
      case PromotionKind::follow_shop: take(pr.name.empty() ? "follow the shop" : pr.name, pr.discount); break;
      default: break;
    }
  }
  p.goods_total = goods;
  const bool free = shipping.free_over.fen() > 0 && goods >= shipping.free_over;
  p.shipping = free ? Money() : shipping.fee;
  p.total = goods + p.shipping;
  p.effective_discount = p.list_total.fen() > 0 ? ratio(p.discounts, p.list_total) : 0.0;
  if (!big_campaign && p.list_total.fen() > 0 && goods < p.list_total.times(floor, "floor")) {
    p.below_floor = true;
    p.floor_note = "the goods sell at " + detail::shortest(std::round(ratio(goods, p.list_total) * 1000) / 10) +
                   "% of list, below the " + detail::shortest(floor * 100) +
                   "% floor outside big campaigns (002)";
  }
  return p;
}

}  // namespace storeops
