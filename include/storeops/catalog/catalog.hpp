#pragma once
/// The catalogue (商品): the items on sale with their role, price, cost and stock, the seed's
/// mix rules as data with a check that returns findings, stock moves that are never lost, and
/// the monthly stock-take (004: 库存盘点, 每月28~31号; 002: 主推款现货30-50个).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <storeops/core/money.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/plan/lifecycle.hpp>

namespace storeops {

/// A day as days since 1970-01-01 (the item report's dates, and `today`).
using Day = std::int32_t;

/// One item of the catalogue (宝贝).
struct Item {
  std::string item;  ///< its id (商品ID)
  std::string name;  ///< 商品名称
  ProductRole role = ProductRole::profit;
  Money price;       ///< the selling price
  Money unit_cost;   ///< what one unit costs the store
  std::int64_t stock = 0;     ///< units on hand (the book stock)
  int lead_time_days = 7;     ///< days from ordering to receiving (*assumed* 7)
  bool main = false;          ///< a main item (主推款)
  std::optional<Day> listed;  ///< the day it went on sale; absent: its first day in the report
  friend bool operator==(const Item&, const Item&) = default;
};

namespace detail::rules {
inline void stock_count(const std::int64_t& v, const std::string& path) {
  if (v < 0) fail(path, std::to_string(v), "a whole number of units >= 0");
}
inline void lead_time(const int& v, const std::string& path) {
  if (v < 0 || v > 365) fail(path, std::to_string(v), "in 0..365 days");
}
inline void item_id(const std::string& v, const std::string& path) {
  if (v.empty()) fail(path, "an empty id", "a non-empty id");
}
}  // namespace detail::rules

/// Every field of an item, once (the listing date is optional and has its own reader).
inline constexpr auto item_fields = [] {
  namespace r = detail::rules;
  using I = Item;
  return std::make_tuple(
      detail::required_field("item", &I::item, "商品ID", "The item's id.", r::item_id),
      detail::field("name", &I::name, "商品名称", "The item's name.", r::any<std::string>),
      detail::required_field("role", &I::role, "商品角色",
                             "traffic_driver 引流款, profit 利润款, campaign 活动款, image 形象款.",
                             r::any<ProductRole>),
      detail::required_field("price", &I::price, "售价", "Selling price, yuan.", r::money_non_negative),
      detail::field("unit_cost", &I::unit_cost, "成本价", "Cost of one unit, yuan.",
                    r::money_non_negative),
      detail::field("stock", &I::stock, "库存", "Units on hand.", r::stock_count),
      detail::field("lead_time_days", &I::lead_time_days, "到货天数",
                    "Days from ordering to receiving (*assumed* 7).", r::lead_time),
      detail::field("main", &I::main, "主推款", "A main item (主推款).", r::any<bool>));
}();

/// A stock move (进销存): units received (入库), sold (出库), returned in good order (退货入库)
/// or sent out as an exchange (换货出库; the unit that comes back is a `returned` move).
enum class MoveKind { received, sold, returned, exchanged };
inline constexpr std::array<std::string_view, 4> move_kind_names = {"received", "sold", "returned",
                                                                   "exchanged"};
template <>
struct EnumNames<MoveKind> {
  static constexpr auto& names = move_kind_names;
  static constexpr std::string_view what = "stock move", plural = "stock moves";
};

struct StockMove {
  Day day = 0;
  std::string item;
  MoveKind kind = MoveKind::received;
  std::int64_t units = 0;
};

/// One line of a stock-take (盘点): the book stock against the count.
struct StockTakeLine {
  std::string item;
  std::int64_t book = 0, counted = 0, difference = 0;  ///< difference = counted - book
  Money value;  ///< the difference at unit cost
};

/// The items on sale. Ids are unique; every field is checked when the catalogue is made.
class Catalog {
 public:
  Catalog() = default;
  explicit Catalog(std::vector<Item> items) : items_(std::move(items)) {
    for (std::size_t i = 0; i < items_.size(); ++i) {
      detail::check_fields(item_fields, items_[i], where(i));
      if (!index_.emplace(items_[i].item, i).second)
        throw Error("catalog: the item '" + items_[i].item + "' is listed twice");
    }
  }

  const std::vector<Item>& items() const noexcept { return items_; }
  std::size_t size() const noexcept { return items_.size(); }

  /// The index of item `id`; an id the catalogue lacks is an error naming it.
  std::size_t index_of(const std::string& id, const std::string& context = "catalog") const {
    const auto it = index_.find(id);
    if (it == index_.end())
      throw Error(context + ": the item '" + id + "' is not in the catalogue");
    return it->second;
  }
  bool contains(const std::string& id) const { return index_.count(id) > 0; }

  /// Applies stock moves in date order (moves of one day in the order given). A move that
  /// would take stock below zero is an error naming the item and the day; then nothing moves.
  void apply(std::vector<StockMove> moves) {
    std::stable_sort(moves.begin(), moves.end(),
                     [](const StockMove& a, const StockMove& b) { return a.day < b.day; });
    std::vector<std::int64_t> stock(items_.size());
    for (std::size_t i = 0; i < items_.size(); ++i) stock[i] = items_[i].stock;
    for (const auto& m : moves) {
      const std::size_t i = index_of(m.item, "stock move on " + day_text(m.day));
      if (m.units < 0)
        detail::fail("stock move on " + day_text(m.day) + " of '" + m.item + "'.units",
                     std::to_string(m.units), "a whole number of units >= 0");
      const bool in = m.kind == MoveKind::received || m.kind == MoveKind::returned;
      stock[i] += in ? m.units : -m.units;
      if (stock[i] < 0)
        throw Error("stock move on " + day_text(m.day) + ": " + std::string(to_string(m.kind)) +
                    " " + std::to_string(m.units) + " of '" + m.item + "' takes its stock to " +
                    std::to_string(stock[i]) + " (below zero)");
    }
    for (std::size_t i = 0; i < items_.size(); ++i) items_[i].stock = stock[i];
  }

  /// The stock-take (盘点): `counted[i]` units of item i (in catalogue order) against the
  /// book, one line per counted item; an item not counted (nullopt) has no line (a partial
  /// count is a count of some shelves). Changes nothing: apply_counts makes the counts the
  /// book.
  std::vector<StockTakeLine> stock_take(const std::vector<std::optional<std::int64_t>>& counted) const {
    check_counts(counted);
    std::vector<StockTakeLine> lines;
    lines.reserve(items_.size());
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (!counted[i]) continue;
      StockTakeLine l{items_[i].item, items_[i].stock, *counted[i], *counted[i] - items_[i].stock, {}};
      l.value = items_[i].unit_cost * l.difference;
      lines.push_back(std::move(l));
    }
    return lines;
  }

  /// The counted items' book stock set to their counts; the others keep theirs.
  void apply_counts(const std::vector<std::optional<std::int64_t>>& counted) {
    check_counts(counted);
    for (std::size_t i = 0; i < items_.size(); ++i)
      if (counted[i]) items_[i].stock = *counted[i];
  }

  friend bool operator==(const Catalog& a, const Catalog& b) { return a.items_ == b.items_; }

  static std::string day_text(Day d) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(d))};
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return out;
  }

 private:
  void check_counts(const std::vector<std::optional<std::int64_t>>& counted) const {
    if (counted.size() != items_.size())
      throw Error("stock_take: expected a count or none for each of the " +
                  std::to_string(items_.size()) + " items, got " + std::to_string(counted.size()));
    for (std::size_t i = 0; i < items_.size(); ++i)
      if (counted[i] && *counted[i] < 0)
        detail::fail("stock_take['" + items_[i].item + "']", std::to_string(*counted[i]),
                     "a whole number of units >= 0");
  }
  std::string where(std::size_t i) const {
    return "catalog['" + (items_[i].item.empty() ? "#" + std::to_string(i) : items_[i].item) + "']";
  }
  std::vector<Item> items_;
  std::unordered_map<std::string, std::size_t> index_;
};

// ---- the mix rules (004 选款方向, 002 篇3) ------------------------------------------------------

/// How many items of a role the store should carry.
struct RoleCountRule {
  ProductRole role = ProductRole::profit;
  int min = 0, max = 0;
  std::string clause;  ///< the seed's words
  friend bool operator==(const RoleCountRule&, const RoleCountRule&) = default;
};

/// The catalogue's mix rules, as data: a store can change them.
struct CatalogRules {
  std::vector<RoleCountRule> role_counts = {
      {ProductRole::traffic_driver, 5, 7, "004: 引流款(5-7款)"},
      {ProductRole::profit, 8, 12, "004: 利润款(10款左右)"}};
  int min_main = 3, max_main = 5;
  std::string main_clause = "004: 主推款3-5个";
  std::int64_t main_min_stock = 30;
  std::string stock_clause = "002: 主推款现货30-50个以上";
  Money max_main_price = Money::from_yuan(100);
  std::string price_clause = "004: 主打产品价格为100元以下为优";
  friend bool operator==(const CatalogRules&, const CatalogRules&) = default;
};

/// One finding of the mix check: the rule, the seed's clause, what was found, the items.
struct CatalogFinding {
  std::string rule, clause, found;
  std::vector<std::string> items;
};

/// The catalogue against the mix rules: one finding per rule broken (none: the mix is sound).
inline std::vector<CatalogFinding> check_catalog(const Catalog& c, const CatalogRules& rules = {}) {
  std::vector<CatalogFinding> out;
  auto listed = [&](auto keep) {
    std::vector<std::string> ids;
    for (const auto& i : c.items())
      if (keep(i)) ids.push_back(i.item);
    return ids;
  };
  for (const auto& r : rules.role_counts) {
    const auto ids = listed([&](const Item& i) { return i.role == r.role; });
    const auto n = static_cast<int>(ids.size());
    if (n < r.min || n > r.max)
      out.push_back({std::string(to_string(r.role)) + " items: " + std::to_string(r.min) + "-" +
                         std::to_string(r.max),
                     r.clause, std::to_string(n), ids});
  }
  const auto main = listed([](const Item& i) { return i.main; });
  const auto n_main = static_cast<int>(main.size());
  if (n_main < rules.min_main || n_main > rules.max_main)
    out.push_back({"main items: " + std::to_string(rules.min_main) + "-" + std::to_string(rules.max_main),
                   rules.main_clause, std::to_string(n_main), main});
  const auto low = listed([&](const Item& i) { return i.main && i.stock < rules.main_min_stock; });
  if (!low.empty())
    out.push_back({"main items' stock: at least " + std::to_string(rules.main_min_stock) + " units",
                   rules.stock_clause, std::to_string(low.size()) + " below", low});
  const auto dear = listed([&](const Item& i) { return i.main && i.price > rules.max_main_price; });
  if (!dear.empty())
    out.push_back({"main items' price: at most " + rules.max_main_price.to_string(),
                   rules.price_clause, std::to_string(dear.size()) + " above", dear});
  return out;
}

}  // namespace storeops
