// Campaign entry rules, promotion arithmetic, customers and the campaign day.
#include <pybind11/numpy.h>

#include "pybind11.hpp"

namespace storeops::python {
namespace {

/// A shop's facts checked as they enter: a good-review rate is a rate, a flag is a bool.
ShopFacts checked_shop(std::int64_t points, double good_review_rate, bool consumer_protection) {
  return ShopFacts{points, detail::require_rate(good_review_rate, "shop.good_review_rate"),
                   consumer_protection};
}

bool flag_from(const py::handle& v, const std::string& field) {
  if (!py::isinstance<py::bool_>(v)) throw WrongType(field + " must be True or False, got " + described(v));
  return v.cast<bool>();
}

ShopFacts shop_from(const py::handle& h) {
  if (py::isinstance<ShopFacts>(h)) return h.cast<ShopFacts>();
  if (!py::isinstance<py::dict>(h))
    throw WrongType("shop must be a ShopFacts or a dict with credit_points, good_review_rate, "
                    "consumer_protection, got " + described(h));
  std::int64_t points = 0;
  double rate = 1.0;
  bool protection = false;
  for (const auto& [k, v] : h.cast<py::dict>()) {
    const auto key = py::str(k).cast<std::string>();
    if (key == "credit_points") points = whole_from(v, "shop.credit_points");
    else if (key == "good_review_rate") rate = number_from(v, "shop.good_review_rate");
    else if (key == "consumer_protection") protection = flag_from(v, "shop.consumer_protection");
    else throw Error("shop: unknown fact '" + key + "' (valid: credit_points, good_review_rate, "
                     "consumer_protection)");
  }
  return checked_shop(points, rate, protection);
}

/// An item's facts from keywords or a dict: counts whole and >= 0, prices money >= 0.
ItemFacts item_from(const py::handle& h) {
  if (py::isinstance<ItemFacts>(h)) return h.cast<ItemFacts>();
  if (!py::isinstance<py::dict>(h))
    throw WrongType("item must be an ItemFacts or a dict with sales, reviews, quantity, price, "
                    "recorded_price, market_average_price, free_shipping, got " + described(h));
  const auto count = [](const py::handle& v, const std::string& field) {
    return static_cast<long>(detail::require_non_negative(static_cast<std::int64_t>(whole_from(v, field)), field));
  };
  ItemFacts i;
  for (const auto& [k, v] : h.cast<py::dict>()) {
    const auto key = py::str(k).cast<std::string>();
    const auto field = "item." + key;
    if (key == "sales") i.sales = count(v, field);
    else if (key == "reviews") i.reviews = count(v, field);
    else if (key == "quantity") i.quantity = count(v, field);
    else if (key == "price") i.price = amount_from(v, field);
    else if (key == "recorded_price") i.recorded_price = amount_from(v, field);
    else if (key == "market_average_price") i.market_average_price = amount_from(v, field);
    else if (key == "free_shipping") i.free_shipping = flag_from(v, field);
    else throw Error("item: unknown fact '" + key + "' (valid: sales, reviews, quantity, price, "
                     "recorded_price, market_average_price, free_shipping)");
  }
  return i;
}

py::object optional_level(const std::optional<CreditLevel>& l) {
  return l ? py::cast(*l) : py::object(py::none());
}

}  // namespace

void register_campaigns(py::module_& m) {
  py::class_<ShopFacts>(m, "ShopFacts", R"doc(
A shop's facts for campaign rules.

Raises
------
storeops.Error
    ``good_review_rate`` outside [0, 1], or an unknown fact.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> shop = storeops.ShopFacts(credit_points=1_200, good_review_rate=0.99,
...     consumer_protection=True)
>>> storeops.credit_level(shop.credit_points)
CreditLevel(tier='diamond', count=3)
)doc")
      .def(py::init(&checked_shop),
           py::kw_only(), py::arg("credit_points") = 0, py::arg("good_review_rate") = 1.0,
           py::arg("consumer_protection") = false)
      .def_readonly("credit_points", &ShopFacts::credit_points)
      .def_readonly("good_review_rate", &ShopFacts::good_review_rate)
      .def_readonly("consumer_protection", &ShopFacts::consumer_protection);
  py::class_<ItemFacts>(m, "ItemFacts", R"doc(
An item's facts for campaign rules.

Raises
------
storeops.Error
    A count or price below zero, or an unknown fact.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> item = storeops.ItemFacts(sales=60, reviews=8, quantity=250, price=39,
...     market_average_price=45)
>>> shop = storeops.ShopFacts(credit_points=1_200, consumer_protection=True)
>>> storeops.campaigns.check("淘金币", shop=shop, item=item).eligible
True
)doc")
      .def(py::init([](const py::kwargs& kw) { return item_from(kw); }))
      .def_readonly("sales", &ItemFacts::sales)
      .def_readonly("reviews", &ItemFacts::reviews)
      .def_readonly("quantity", &ItemFacts::quantity)
      .def_readonly("price", &ItemFacts::price)
      .def_readonly("recorded_price", &ItemFacts::recorded_price)
      .def_readonly("market_average_price", &ItemFacts::market_average_price)
      .def_readonly("free_shipping", &ItemFacts::free_shipping);
  py::class_<FailedCondition>(m, "FailedCondition", R"doc(
A failed condition: rule, required, actual.

Examples
--------
>>> result = storeops.campaigns.check("淘金币", shop={"credit_points": 100,
...     "consumer_protection": True}, item={"sales": 60, "reviews": 8,
...     "quantity": 250, "price": 39, "market_average_price": 45})
>>> result.failed[0]
shop credit level: required >= 3 diamonds, actual 4 hearts (100 points)
>>> result.failed[0].required
'>= 3 diamonds'
)doc")
      .def_readonly("condition", &FailedCondition::condition)
      .def_readonly("required", &FailedCondition::required)
      .def_readonly("actual", &FailedCondition::actual)
      .def("__repr__", [](const FailedCondition& f) {
        return f.condition + ": required " + f.required + ", actual " + f.actual;
      });
  py::class_<Eligibility>(m, "Eligibility", "Whether a shop and item may enter a campaign."
      "\n"
      "\n"
      "Examples\n"
      "--------\n"
      ">>> result = storeops.campaigns.check(\"淘金币\", shop={\"credit_points\": 1200,\n"
      "...     \"consumer_protection\": True}, item={\"sales\": 60, \"reviews\": 8,\n"
      "...     \"quantity\": 250, \"price\": 39, \"market_average_price\": 45})\n"
      ">>> result.eligible\n"
      "True\n")
      .def_readonly("campaign", &Eligibility::campaign)
      .def_readonly("eligible", &Eligibility::eligible)
      .def_readonly("failed", &Eligibility::failed)
      .def("__bool__", [](const Eligibility& e) { return e.eligible; })
      .def("__repr__", [](const Eligibility& e) {
        return "Eligibility(" + e.campaign + ": " + (e.eligible ? "eligible" : std::to_string(e.failed.size()) + " failed") + ")";
      });
  py::class_<CampaignRule>(m, "CampaignRule", "A platform campaign's entry rules (004 活动框架)."
      "\n"
      "\n"
      "Examples\n"
      "--------\n"
      ">>> rule = storeops.presets.campaigns_2014()[0]\n"
      ">>> rule.name, rule.consumer_protection\n"
      "('超优汇', True)\n")
      .def_readonly("name", &CampaignRule::name)
      .def_property_readonly("min_level", [](const CampaignRule& r) { return optional_level(r.min_level); })
      .def_property_readonly("max_level", [](const CampaignRule& r) { return optional_level(r.max_level); })
      .def_readonly("consumer_protection", &CampaignRule::consumer_protection)
      .def_readonly("min_good_review_rate", &CampaignRule::min_good_review_rate)
      .def_readonly("min_sales", &CampaignRule::min_sales)
      .def_readonly("min_reviews", &CampaignRule::min_reviews)
      .def_readonly("min_quantity", &CampaignRule::min_quantity)
      .def_readonly("max_quantity", &CampaignRule::max_quantity)
      .def_readonly("min_quantity_times_price", &CampaignRule::min_quantity_times_price)
      .def_readonly("free_shipping", &CampaignRule::free_shipping)
      .def_readonly("min_price_share", &CampaignRule::min_price_share)
      .def_readonly("max_price_share", &CampaignRule::max_price_share)
      .def_readonly("price_at_most_market_average", &CampaignRule::price_at_most_market_average)
      .def_readonly("source", &CampaignRule::source);

  auto c = m.attr("campaigns").cast<py::module_>();
  c.def("rules", &presets::campaigns_2014, "The campaigns of 004 and their entry rules.");
  c.def("check", [](const std::string& name, const py::object& shop, const py::object& item) {
    const auto rules = presets::campaigns_2014();
    std::string names;
    for (const auto& r : rules) {
      if (r.name == name) return check_campaign(r, shop_from(shop), item_from(item));
      names += (names.empty() ? "" : ", ") + r.name;
    }
    throw Error("unknown campaign '" + name + "'; campaigns: " + names);
  }, py::arg("name"), py::arg("shop"), py::arg("item"),
     "Eligibility of a shop and item for a campaign, with every failed condition.");

  py::enum_<PromotionKind>(m, "PromotionKind")
      .value("spend_and_save", PromotionKind::spend_and_save)
      .value("second_half_price", PromotionKind::second_half_price)
      .value("coupon", PromotionKind::coupon)
      .value("member_discount", PromotionKind::member_discount)
      .value("follow_shop", PromotionKind::follow_shop);
  py::class_<Promotion>(m, "Promotion", R"doc(
A promotion. Build one with ``Promotion.spend_and_save(200, 30)`` (满减; ``repeat=True`` for
每满), ``Promotion.coupon(69, 40)``, ``Promotion.second_half_price()`` (第2件半价),
``Promotion.member_discount(0.9)``, ``Promotion.follow_shop(5)`` (收藏减5).

Raises
------
storeops.Error
    A threshold or discount below ¥0, or a ``price_share`` outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> coupon = storeops.Promotion.coupon(69, 40)
>>> coupon.kind, str(coupon.threshold), str(coupon.discount)
(<PromotionKind.coupon: 2>, '¥69.00', '¥40.00')
>>> str(storeops.price_basket([("560001787", 79, 1)], [coupon]).total)
'¥39.00'
)doc")
      .def_static("spend_and_save", [](const py::object& t, const py::object& d, bool repeat, std::string name) {
        return Promotion{PromotionKind::spend_and_save, std::move(name), amount_from(t, "threshold"),
                         amount_from(d, "discount"), 1.0, repeat};
      }, py::arg("threshold"), py::arg("discount"), py::kw_only(), py::arg("repeat") = false, py::arg("name") = "")
      .def_static("coupon", [](const py::object& t, const py::object& d, std::string name) {
        return Promotion{PromotionKind::coupon, std::move(name), amount_from(t, "threshold"),
                         amount_from(d, "discount"), 1.0, false};
      }, py::arg("threshold"), py::arg("discount"), py::arg("name") = "")
      .def_static("second_half_price", [](std::string name) {
        return Promotion{PromotionKind::second_half_price, std::move(name), {}, {}, 1.0, false};
      }, py::arg("name") = "")
      .def_static("member_discount", [](const py::object& rate, std::string name) {
        return Promotion{PromotionKind::member_discount, std::move(name), {}, {},
                         detail::require_rate(number_from(rate, "price_share"), "price_share"), false};
      }, py::arg("price_share"), py::arg("name") = "")
      .def_static("follow_shop", [](const py::object& d, std::string name) {
        return Promotion{PromotionKind::follow_shop, std::move(name), {}, amount_from(d, "discount"), 1.0, false};
      }, py::arg("discount") = 5, py::kw_only(), py::arg("name") = "")
      .def_readonly("kind", &Promotion::kind)
      .def_readonly("name", &Promotion::name)
      .def_readonly("threshold", &Promotion::threshold)
      .def_readonly("discount", &Promotion::discount)
      .def_readonly("rate", &Promotion::rate)
      .def_readonly("repeat", &Promotion::repeat);
  py::class_<DiscountLine>(m, "DiscountLine")
      .def_readonly("promotion", &DiscountLine::promotion)
      .def_readonly("amount", &DiscountLine::amount)
      .def("__repr__", [](const DiscountLine& l) { return l.promotion + ": -" + l.amount.to_string(); });
  py::class_<BasketPrice>(m, "BasketPrice", R"doc(
A priced basket: every discount, shipping, the floor check.

Examples
--------
>>> basket = storeops.price_basket([("560001787", 120, 2)],
...     [storeops.Promotion.spend_and_save(200, 30)])
>>> str(basket.list_total), str(basket.discounts), str(basket.total)
('¥240.00', '¥30.00', '¥210.00')
>>> basket.lines
[spend and save: -¥30.00]
)doc")
      .def_readonly("list_total", &BasketPrice::list_total)
      .def_readonly("discounts", &BasketPrice::discounts)
      .def_readonly("goods_total", &BasketPrice::goods_total)
      .def_readonly("shipping", &BasketPrice::shipping)
      .def_readonly("total", &BasketPrice::total)
      .def_readonly("lines", &BasketPrice::lines)
      .def_readonly("effective_discount", &BasketPrice::effective_discount)
      .def_readonly("below_floor", &BasketPrice::below_floor)
      .def_readonly("floor_note", &BasketPrice::floor_note);
  m.def("price_basket",
        [](const py::iterable& basket, const std::vector<Promotion>& promotions,
           const py::object& shipping_fee, const py::object& free_shipping_over, double floor,
           bool big_campaign) {
          std::vector<BasketLine> lines;
          std::size_t i = 0;
          for (const auto& row : basket) {
            const auto t = row.cast<py::tuple>();
            if (t.size() != 3)
              throw Error("basket[" + std::to_string(i) + "] must be (item, list_price, quantity)");
            const std::string f = "basket[" + std::to_string(i++) + "].list_price";
            lines.push_back({py::str(t[0]).cast<std::string>(), money_from(t[1], f.c_str()),
                             t[2].cast<long>()});
          }
          return price_basket(lines, promotions,
                              {money_from(shipping_fee, "shipping_fee"),
                               money_from(free_shipping_over, "free_shipping_over")},
                              floor, big_campaign);
        },
        py::arg("basket"), py::arg("promotions"), py::kw_only(), py::arg("shipping_fee") = 0,
        py::arg("free_shipping_over") = 0, py::arg("floor") = 0.7, py::arg("big_campaign") = false,
        R"doc(
Prices a basket of (item, list_price, quantity) exactly in fen: item-level promotions
first (second item half price, member discount), then order-level ones (满减, coupons,
follow-the-shop), then shipping. Outside big campaigns a price below ``floor`` (70%) of list
is reported as a violation (002).

Parameters
----------
basket : iterable of tuple
    The lines of the order: (item id, list price in yuan or Money, quantity).
promotions : list of Promotion
    The promotions that apply.
shipping_fee, free_shipping_over : Money or yuan
    Shipping charged below the free-shipping threshold (0: always charged).
floor : float
    The least share of list price the goods may sell at outside big campaigns.
big_campaign : bool
    A big campaign day, when the floor does not apply.

Returns
-------
BasketPrice
    The list total, each discount, the goods total, shipping, the total paid and whether
    the goods sell below the floor.

Raises
------
storeops.Error
    A basket row that is not (item, list_price, quantity), a quantity or price
    below zero, or a promotion's price share outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> promotions = [storeops.Promotion.second_half_price(),
...     storeops.Promotion.coupon(150, 20)]
>>> basket = storeops.price_basket([("560001787", 100, 2)], promotions,
...     shipping_fee=10, free_shipping_over=99)
>>> basket.lines
[second item half price: -¥50.00, coupon: -¥20.00]
>>> str(basket.shipping), str(basket.total), basket.below_floor
('¥0.00', '¥130.00', True)
)doc");

  py::class_<MemberTier>(m, "MemberTier", R"doc(
A member tier: from a cumulative spend on, a price share.

Raises
------
storeops.Error
    ``from_spend`` below ¥0 or ``price_share`` outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> tier = storeops.member_tier(5_000)
>>> tier.name
'vip'
)doc")
      .def(py::init([](std::string name, const py::object& from, double share) {
             return MemberTier{std::move(name), amount_from(from, "MemberTier.from_spend"),
                               detail::require_rate(share, "MemberTier.price_share")};
           }),
           py::kw_only(), py::arg("name"), py::arg("from_spend"), py::arg("price_share"))
      .def_readonly("name", &MemberTier::name)
      .def_readonly("from_spend", &MemberTier::from_spend)
      .def_readonly("price_share", &MemberTier::price_share);
  m.def("member_tier", [](const py::object& spend, const py::object& tiers) {
    const auto table = tiers.is_none() ? presets::member_tiers_2014() : tiers.cast<std::vector<MemberTier>>();
    return member_tier(table, amount_from(spend, "spend"));
  }, py::arg("spend"), py::arg("tiers") = py::none(),
     R"doc(
The member tier of a cumulative spend (seed tiers normal, senior, vip by default).

Parameters
----------
spend : Money or yuan
    The customer's cumulative spend.
tiers : list of MemberTier, optional
    Tiers by rising ``from_spend``; default the seed's.

Returns
-------
MemberTier
    The highest tier the spend reaches.

Raises
------
storeops.Error
    ``spend`` below ¥0, or ``tiers`` whose thresholds do not rise.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.member_tier(5_000).name
'vip'
)doc");
  m.def("sbg_retention", [](double a, double b, int periods) {
    const auto s = sbg_retention(a, b, periods);
    return py::array_t<double>(static_cast<py::ssize_t>(s.size()), s.data());
  }, py::arg("alpha"), py::arg("beta"), py::arg("periods"),
     R"doc(
Shifted-beta-geometric retention S(0..periods) of a cohort.

Parameters
----------
alpha, beta : float
    The beta distribution of the customers' churn probabilities, both above zero.
periods : int
    Periods after the first.

Returns
-------
numpy.ndarray
    S(0) = 1, S(1), ..., S(periods): the share of the cohort still buying.

Raises
------
storeops.Error
    ``alpha`` or ``beta`` not above zero, or ``periods`` below zero.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> [round(float(s), 4) for s in storeops.sbg_retention(1.0, 3.0, 3)]
[1.0, 0.75, 0.6, 0.5]
)doc");
  m.def("_reactivation_plan", [](const std::vector<std::pair<std::string, py::object>>& customers,
                                 const py::object& promotion, int months, int reminder, int from, int to) {
    std::vector<CustomerRecord> records;
    for (const auto& [id, day] : customers) records.push_back({id, to_sys_days(day, "last_purchase")});
    py::list out;
    for (const auto& r : reactivation_plan(records, to_sys_days(promotion, "promotion_date"), months,
                                           reminder, from, to))
      out.append(py::make_tuple(r.id, to_date(r.last_purchase), to_date(r.reminder),
                                to_date(r.offer_from), to_date(r.offer_to)));
    return out;
  });

  py::class_<CampaignDayPlan>(m, "CampaignDayPlan", R"doc(
A big-campaign day's forecast (000 ch.3).

Examples
--------
>>> day = storeops.plan_campaign_day(normal_visitors=2_000, normal_conversion=0.02,
...     average_order_value=100, traffic_multiplier=5)
>>> day.visitors, day.orders, str(day.revenue)
(10000.0, 200.0, '¥20,000.00')
>>> day.agents
5
)doc")
      .def_readonly("visitors", &CampaignDayPlan::visitors)
      .def_readonly("conversion_rate", &CampaignDayPlan::conversion_rate)
      .def_readonly("orders", &CampaignDayPlan::orders)
      .def_readonly("revenue", &CampaignDayPlan::revenue)
      .def_readonly("stock_units", &CampaignDayPlan::stock_units)
      .def_readonly("prepacked_boxes", &CampaignDayPlan::prepacked_boxes)
      .def_readonly("peak_hour_inquiries", &CampaignDayPlan::peak_hour_inquiries)
      .def_readonly("agents", &CampaignDayPlan::agents);
  m.def("plan_campaign_day",
        [](double visitors, double conversion, const py::object& aov, double traffic_x,
           double conversion_x, double units, double safety, double prepacked, double inquiry,
           double peak, double aht, int concurrency, double sl, double within) {
          return plan_campaign_day({visitors, conversion, money_from(aov, "average_order_value"),
                                    traffic_x, conversion_x, units, safety, prepacked, inquiry,
                                    peak, aht, concurrency, sl, within});
        },
        py::kw_only(), py::arg("normal_visitors"), py::arg("normal_conversion"),
        py::arg("average_order_value"), py::arg("traffic_multiplier"),
        py::arg("conversion_multiplier") = 1.0, py::arg("units_per_order") = 1.0,
        py::arg("safety_stock") = 0.2, py::arg("prepacked_share") = 1.0 / 3,
        py::arg("inquiry_rate") = 0.2, py::arg("peak_hour_share") = erlang::assumed_peak_hour_share,
        py::arg("handle_time_s") = 180.0, py::arg("concurrency") = 3,
        py::arg("service_level") = 0.8, py::arg("answer_within_s") = 30.0,
        R"doc(
A big-campaign day from a normal day (000 ch.3): visitors and conversion scale by
the multipliers; stock adds a safety share; a third of the goods is packed ahead; the peak
hour's inquiries size customer service by Erlang C.

Parameters
----------
normal_visitors, normal_conversion : float
    A normal day's visitors and conversion rate.
average_order_value : Money or yuan
    A campaign order's value.
traffic_multiplier, conversion_multiplier : float
    The campaign day against a normal day.
units_per_order : float
    Units an order holds.
safety_stock : float
    The share of stock added to the forecast units.
prepacked_share : float
    The share of goods packed before the day (a third, 000).
inquiry_rate, peak_hour_share : float
    Inquiries per visitor, and the busiest hour's share of the day.
handle_time_s, concurrency, service_level, answer_within_s
    Customer-service sizing, as for :func:`storeops.erlang.agents_required`.

Returns
-------
CampaignDayPlan
    The day's visitors, conversion, orders, revenue, stock units, pre-packed boxes, the peak
    hour's inquiries and the agents they need.

Raises
------
storeops.Error
    A count or multiplier below zero, a rate outside [0, 1], or Erlang inputs
    out of range (``service_level`` in (0, 1), ``concurrency`` at least 1).
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> day = storeops.plan_campaign_day(normal_visitors=2_000, normal_conversion=0.02,
...     average_order_value=100, traffic_multiplier=5, conversion_multiplier=1.5)
>>> day.conversion_rate, day.orders, day.stock_units, day.prepacked_boxes
(0.03, 300.0, 360, 100)
)doc");
}

}  // namespace storeops::python
