#define BOOST_TEST_MODULE catalog
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <storeops/catalog/catalog.hpp>

using namespace storeops;
using storeops::testing::message_of;

namespace {
Item item(std::string id, ProductRole role, double price, std::int64_t stock, bool main = false) {
  Item i;
  i.item = std::move(id);
  i.role = role;
  i.price = Money::from_yuan(price);
  i.unit_cost = Money::from_yuan(price / 2);
  i.stock = stock;
  i.main = main;
  return i;
}
}  // namespace

BOOST_AUTO_TEST_CASE(the_mix_check_names_each_rule_its_clause_and_items) {
  std::vector<Item> items;
  for (int k = 0; k < 6; ++k) items.push_back(item("t" + std::to_string(k), ProductRole::traffic_driver, 39, 100));
  for (int k = 0; k < 10; ++k) items.push_back(item("p" + std::to_string(k), ProductRole::profit, 89, 40));
  items[0].main = items[6].main = items[7].main = true;
  BOOST_TEST(check_catalog(Catalog(items)).empty());
  items[7].stock = 12;
  items[6].price = Money::from_yuan(129);
  items.push_back(item("t6", ProductRole::traffic_driver, 39, 100));
  items.push_back(item("t7", ProductRole::traffic_driver, 39, 100));
  const auto f = check_catalog(Catalog(items));
  BOOST_REQUIRE(f.size() == 3u);
  BOOST_TEST(f[0].rule == "traffic_driver items: 5-7");
  BOOST_TEST(f[0].clause == "004: 引流款(5-7款)");
  BOOST_TEST(f[0].found == "8");
  BOOST_TEST(f[0].items.size() == 8u);
  BOOST_TEST(f[1].rule == "main items' stock: at least 30 units");
  BOOST_TEST((f[1].items == std::vector<std::string>{"p1"}));
  BOOST_TEST(f[2].rule == "main items' price: at most ¥100.00");
  BOOST_TEST((f[2].items == std::vector<std::string>{"p0"}));
  CatalogRules lenient;
  lenient.role_counts[0].max = 8;
  BOOST_TEST(check_catalog(Catalog(items), lenient).size() == 2u);
}

BOOST_AUTO_TEST_CASE(bad_items_are_named) {
  BOOST_TEST(message_of([] { Catalog({item("a", ProductRole::profit, -1, 0)}); }) ==
             "catalog['a'].price must be >= 0, got -¥1.00");
  BOOST_TEST(message_of([] { Catalog({item("a", ProductRole::profit, 1, -3)}); }) ==
             "catalog['a'].stock must be a whole number of units >= 0, got -3");
  BOOST_TEST(message_of([] {
               Catalog({item("a", ProductRole::profit, 1, 0), item("a", ProductRole::image, 1, 0)});
             }) == "catalog: the item 'a' is listed twice");
  auto late = item("b", ProductRole::profit, 1, 0);
  late.lead_time_days = -2;
  BOOST_TEST(message_of([&] { Catalog({late}); }) == "catalog['b'].lead_time_days must be in 0..365 days, got -2");
  BOOST_TEST(message_of([] { Catalog({item("a", ProductRole::profit, 1, 0)}).index_of("zz", "items"); }) ==
             "items: the item 'zz' is not in the catalogue");
}

BOOST_AUTO_TEST_CASE(stock_moves_are_applied_in_date_order_and_never_go_below_zero) {
  Catalog c({item("a", ProductRole::profit, 10, 5)});
  const Day d = 16'000;
  c.apply({{d + 1, "a", MoveKind::sold, 7}, {d, "a", MoveKind::received, 10}, {d + 2, "a", MoveKind::returned, 1},
           {d + 3, "a", MoveKind::exchanged, 2}});
  BOOST_TEST(c.items()[0].stock == 5 + 10 - 7 + 1 - 2);
  BOOST_TEST(message_of([&] { c.apply({{d, "a", MoveKind::sold, 8}}); }) ==
             "stock move on 2013-10-22: sold 8 of 'a' takes its stock to -1 (below zero)");
  BOOST_TEST(c.items()[0].stock == 7);  // nothing moved
}

BOOST_AUTO_TEST_CASE(a_stock_take_values_the_difference_and_changes_nothing) {
  Catalog c({item("a", ProductRole::profit, 10, 50), item("b", ProductRole::profit, 30, 8)});
  const auto partial = c.stock_take({48, std::nullopt});  // b's shelf not counted yet
  BOOST_TEST_REQUIRE(partial.size() == 1u);
  BOOST_TEST(partial[0].item == "a");
  const auto lines = c.stock_take({48, 9});
  BOOST_TEST(lines[0].difference == -2);
  BOOST_TEST(lines[0].value == Money::from_yuan(-10));
  BOOST_TEST(lines[1].value == Money::from_yuan(15));
  BOOST_TEST(c.items()[0].stock == 50);  // the count changes nothing by itself
  c.apply_counts({48, std::nullopt});
  BOOST_TEST(c.items()[0].stock == 48);
  BOOST_TEST(c.items()[1].stock == 8);  // not counted: the book stands
  BOOST_TEST(message_of([&] { c.stock_take({-1, 2}); }) ==
             "stock_take['a'] must be a whole number of units >= 0, got -1");
}
