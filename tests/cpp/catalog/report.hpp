// An item report built row by row, for the review and restock tests.
#pragma once
#include <storeops/catalog/item_days.hpp>
#include <string>
#include <vector>

namespace storeops::testing {
/// A report built row by row.
struct Report {
  std::vector<std::int32_t> item;
  std::vector<Day> day;
  std::vector<double> visitors, buyers, units, bounce;
  void add(int i, Day d, double v, double b, double u, double bounce_rate = 0.5) {
    item.push_back(i);
    day.push_back(d);
    visitors.push_back(v);
    buyers.push_back(b);
    units.push_back(u);
    bounce.push_back(bounce_rate);
  }
  ItemDays days() const { return {item, day, visitors, buyers, units, bounce}; }
};
inline Item item(std::string id, bool main = false, std::int64_t stock = 0) {
  Item i;
  i.item = std::move(id);
  i.price = Money::from_yuan(50);
  i.stock = stock;
  i.main = main;
  return i;
}
inline const Day today = 16'343;  // 2014-09-30
}  // namespace storeops::testing
