// The catalogue and its stock: items, the mix check, stock moves, the stock-take, the item
// review and restocking. The Python layer (storeops/catalog.py) reads the reports into the
// columns these take.
#include "fields.hpp"
#include "pybind11.hpp"

#include <pybind11/numpy.h>

namespace storeops::python {
namespace {

template <class T>
std::span<const T> column(const py::array_t<T, py::array::c_style | py::array::forcecast>& a) {
  return {a.data(), static_cast<std::size_t>(a.size())};
}

using Ints = py::array_t<std::int32_t, py::array::c_style | py::array::forcecast>;
using Doubles = py::array_t<double, py::array::c_style | py::array::forcecast>;

template <class Out, class T>
py::array_t<Out> gather(const std::vector<T>& rows, Out (*get)(const T&)) {
  py::array_t<Out> out(static_cast<py::ssize_t>(rows.size()));
  auto view = out.template mutable_unchecked<1>();
  for (std::size_t i = 0; i < rows.size(); ++i) view(py::ssize_t(i)) = get(rows[i]);
  return out;
}

void check_rules(const ReviewRules& r) {
  detail::require_rate(r.band_low, "rules.band_low");
  detail::require_rate(r.band_high, "rules.band_high");
  if (r.band_high < r.band_low)
    detail::fail("rules.band_high", detail::shortest(r.band_high), ">= rules.band_low");
  if (r.max_push < 0) detail::fail("rules.max_push", std::to_string(r.max_push), ">= 0");
  for (auto [v, f] : {std::pair{r.delist_after_days, "rules.delist_after_days"},
                      {r.new_days, "rules.new_days"}, {r.campaign_decide_days, "rules.campaign_decide_days"}})
    if (v < 0) detail::fail(f, std::to_string(v), ">= 0 days");
  detail::require_positive(r.growth_trend, "rules.growth_trend");
  detail::require_non_negative(r.decline_trend, "rules.decline_trend");
}

/// A read-write property whose setter converts with a named error and checks `rule` (what
/// the review or the check would refuse later is refused when it is set).
template <class C, class T, class Rule>
void checked_property(py::class_<C>& cls, const char* name, T C::*member, const std::string& path, Rule rule) {
  cls.def_property(
      name, [member](const C& c) { return c.*member; },
      [member, path, rule](C& c, const py::object& v) {
        T value{};
        assign(value, v, path);
        rule(value, path);
        c.*member = value;
      });
}

}  // namespace

void register_catalog(py::module_& m) {
  auto item = py::class_<Item>(m, "Item", R"doc(
One item of the catalogue (宝贝): ``item`` (its id), ``name``, ``role`` (traffic_driver 引流款,
profit 利润款, campaign 活动款, image 形象款), ``price``, ``unit_cost``, ``stock``,
``lead_time_days``, ``main`` (主推款) and ``listed`` (the date it went on sale, or None: its
first day in the item report).

Examples
--------
>>> catalog = storeops.read_catalog(storeops.example_items().catalog)
>>> item = catalog.items[0]
>>> item.role in ("traffic_driver", "profit", "campaign", "image")
True
)doc");
  item.def(py::init([](const py::object& id, std::string name, const py::object& role,
                       const py::object& price, const py::object& unit_cost,
                       const py::object& stock, const py::object& lead, bool main,
                       const py::object& listed) {
         Item i;
         assign(i.item, id, "Item.item");
         i.name = std::move(name);
         assign(i.role, role, "Item.role");
         assign(i.price, price, "Item.price");
         assign(i.unit_cost, unit_cost, "Item.unit_cost");
         assign(i.stock, stock, "Item.stock");
         assign(i.lead_time_days, lead, "Item.lead_time_days");
         i.main = main;
         if (!listed.is_none())
           i.listed = static_cast<Day>(to_sys_days(listed, "Item.listed").time_since_epoch().count());
         return checked(item_fields, i, "Item");
       }),
       py::kw_only(), py::arg("item"), py::arg("name") = "", py::arg("role"), py::arg("price"),
       py::arg("unit_cost") = 0, py::arg("stock") = 0, py::arg("lead_time_days") = 7,
       py::arg("main") = false, py::arg("listed") = py::none());
  bind_fields(item, item_fields, "Item");
  item.def_property(
          "listed",
          [](const Item& i) -> py::object {
            if (!i.listed) return py::none();
            return to_date(std::chrono::sys_days(std::chrono::days(*i.listed)));
          },
          [](Item& i, const py::object& v) {
            if (v.is_none()) i.listed.reset();
            else i.listed = static_cast<Day>(to_sys_days(v, "Item.listed").time_since_epoch().count());
          },
          "The date it went on sale (上架日期), or None: its first day in the item report.")
      .def("__eq__", &equal_values<Item>)
      .def("__hash__", &no_hash<Item>)
      .def("__repr__", [](const Item& i) {
        return "Item('" + i.item + "', " + std::string(to_string(i.role)) + ", " + i.price.to_string() +
               ", stock " + std::to_string(i.stock) + (i.main ? ", main" : "") + ")";
      });

  py::class_<CatalogFinding>(m, "CatalogFinding", R"doc(
One rule of the mix that the catalogue breaks.

Examples
--------
>>> catalog = storeops.read_catalog(storeops.example_items().catalog)
>>> rules = storeops.CatalogRules()
>>> rules.main_min_stock = 500
>>> findings = catalog.check(rules)
>>> list(findings.columns)
['rule', 'clause', 'found', 'items']
>>> findings.loc[0, "rule"]
"main items' stock: at least 500 units"
)doc")
      .def_readonly("rule", &CatalogFinding::rule)
      .def_readonly("clause", &CatalogFinding::clause)
      .def_readonly("found", &CatalogFinding::found)
      .def_readonly("items", &CatalogFinding::items)
      .def("__repr__", [](const CatalogFinding& f) { return f.rule + ": found " + f.found + " (" + f.clause + ")"; });

  py::class_<RoleCountRule>(m, "RoleCountRule", R"doc(
How many items of a role the store carries.

Raises
------
storeops.Error
    An unknown product role, ``min`` below zero or ``max`` below ``min``.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> rule = storeops.RoleCountRule(role="traffic_driver", min=1, max=3,
...     clause="assumed")
>>> rule.role, rule.min, rule.max
('traffic_driver', 1, 3)
)doc")
      .def(py::init([](const py::object& role, int low, int high, std::string clause) {
             RoleCountRule r;
             assign(r.role, role, "RoleCountRule.role");
             if (low < 0 || high < low)
               detail::fail("RoleCountRule.max", std::to_string(high), ">= min (" + std::to_string(low) + ") >= 0");
             r.min = low;
             r.max = high;
             r.clause = std::move(clause);
             return r;
           }),
           py::kw_only(), py::arg("role"), py::arg("min"), py::arg("max"), py::arg("clause") = "")
      .def_readonly("role", &RoleCountRule::role)
      .def_readonly("min", &RoleCountRule::min)
      .def_readonly("max", &RoleCountRule::max)
      .def_readonly("clause", &RoleCountRule::clause);

  auto catalog_rules = py::class_<CatalogRules>(m, "CatalogRules", R"doc(
The catalogue's mix rules, as data (004 选款方向, 002 篇3): items per role, main items, their
stock and price, each with the seed's clause. Change any and check again.

Raises
------
storeops.Error
    ``min_main``, ``max_main`` or ``main_min_stock`` set below zero, or
    ``max_main_price`` below ¥0.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> rules = storeops.CatalogRules()
>>> rules.min_main, rules.max_main
(3, 5)
)doc")
      .def(py::init<>())
      .def_readwrite("role_counts", &CatalogRules::role_counts)
      .def_readwrite("main_clause", &CatalogRules::main_clause)
      .def_readwrite("stock_clause", &CatalogRules::stock_clause)
      .def_property("max_main_price", [](const CatalogRules& r) { return r.max_main_price; },
                    [](CatalogRules& r, const py::object& v) {
                      r.max_main_price = amount_from(v, "CatalogRules.max_main_price");
                    })
      .def_readwrite("price_clause", &CatalogRules::price_clause)
      .def("__eq__", &equal_values<CatalogRules>);
  checked_property(catalog_rules, "min_main", &CatalogRules::min_main, "CatalogRules.min_main", detail::rules::whole_from<0>);
  checked_property(catalog_rules, "max_main", &CatalogRules::max_main, "CatalogRules.max_main", detail::rules::whole_from<0>);
  checked_property(catalog_rules, "main_min_stock", &CatalogRules::main_min_stock,
                   "CatalogRules.main_min_stock", detail::rules::whole_from<0>);

  auto review_rules = py::class_<ReviewRules>(m, "ReviewRules", R"doc(
The item review's thresholds, as data: the hit-candidate rule (002: a week of 3,000 UV at 3%,
bounce below the store's), the conversion band of a pushed item (001: 1.5%-4%), at most
``max_push`` pushed items (001: 3-4), 30 days without a sale to delist (002), and the
*assumed* stage and demand windows. ``campaign_decide_days``: campaign stock is decided a week
ahead (002).

Raises
------
storeops.Error
    A band outside [0, 1], a count of items or days set below zero (the demand
    window below one day), ``growth_trend`` not above zero or ``decline_trend`` below zero.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> rules = storeops.ReviewRules()
>>> rules.new_days, rules.delist_after_days
(14, 30)
)doc")
      .def(py::init<>())
      .def_property("hit", [](const ReviewRules& r) { return r.hit; },
                    [](ReviewRules& r, const HitCandidateRule& h) { r.hit = h; });
  checked_property(review_rules, "band_low", &ReviewRules::band_low, "ReviewRules.band_low", detail::rules::rate);
  checked_property(review_rules, "band_high", &ReviewRules::band_high, "ReviewRules.band_high", detail::rules::rate);
  for (auto [name, member] : {std::pair{"max_push", &ReviewRules::max_push},
                              {"delist_after_days", &ReviewRules::delist_after_days},
                              {"new_days", &ReviewRules::new_days},
                              {"campaign_decide_days", &ReviewRules::campaign_decide_days}})
    checked_property(review_rules, name, member, std::string("ReviewRules.") + name, detail::rules::whole_from<0>);
  checked_property(review_rules, "demand_window_days", &ReviewRules::demand_window_days,
                   "ReviewRules.demand_window_days", [](int v, const std::string& path) {
                     if (v < 1) detail::fail(path, std::to_string(v), ">= 1 day");
                   });
  checked_property(review_rules, "growth_trend", &ReviewRules::growth_trend, "ReviewRules.growth_trend",
                   detail::rules::positive);
  checked_property(review_rules, "decline_trend", &ReviewRules::decline_trend, "ReviewRules.decline_trend",
                   detail::rules::non_negative);

  py::class_<Catalog>(m, "Catalog", py::dynamic_attr(), R"doc(
The items on sale. Use ``storeops.Catalog`` (it adds DataFrames, files and JSON).
)doc")
      .def(py::init([](const std::vector<Item>& items) { return Catalog(items); }), py::arg("items"))
      .def_property_readonly("items", &Catalog::items)
      .def("__len__", &Catalog::size)
      .def("__eq__", [](const Catalog& a, const py::object& b) -> py::object {
        if (!py::isinstance<Catalog>(b)) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        return py::bool_(a == b.cast<const Catalog&>());
      })
      .def("__hash__", &no_hash<Catalog>)
      .def("_index_of", [](const Catalog& c, const std::string& id, const std::string& context) {
        return c.index_of(id, context);
      })
      .def("_check", [](const Catalog& c, const CatalogRules& r) { return check_catalog(c, r); })
      .def("_apply", [](Catalog& c, const std::vector<std::int64_t>& days, const std::vector<std::string>& ids,
                        const std::vector<std::string>& kinds, const std::vector<std::int64_t>& units) {
        std::vector<StockMove> moves;
        moves.reserve(ids.size());
        for (std::size_t k = 0; k < ids.size(); ++k)
          moves.push_back({static_cast<Day>(days[k]), ids[k],
                           from_string<MoveKind>(kinds[k], "moves[" + std::to_string(k) + "].kind"), units[k]});
        c.apply(std::move(moves));
      })
      .def("_apply_counts", [](Catalog& c, const std::vector<std::optional<std::int64_t>>& counted) {
        c.apply_counts(counted);
      })
      .def("_stock_take", [](const Catalog& c, const std::vector<std::optional<std::int64_t>>& counted) {
        py::dict out;
        const auto lines = c.stock_take(counted);
        py::list item, book, count, diff, value;
        for (const auto& l : lines) {
          item.append(l.item);
          book.append(l.book);
          count.append(l.counted);
          diff.append(l.difference);
          value.append(l.value);
        }
        out["item"] = item;
        out["book"] = book;
        out["counted"] = count;
        out["difference"] = diff;
        out["value"] = value;
        return out;
      });

  m.def("_review_items", [](const Catalog& c, const Ints& item, const Ints& day, const Doubles& visitors,
                            const Doubles& buyers, const Doubles& units, const py::object& bounce,
                            std::int32_t today, const ReviewRules& rules) {
    check_rules(rules);
    Doubles b = bounce.is_none() ? Doubles(0) : bounce.cast<Doubles>();
    const ItemDays d{column(item), column(day), column(visitors), column(buyers), column(units), column(b)};
    std::vector<ItemReview> r;
    {
      py::gil_scoped_release release;
      r = review_items(c, d, today, rules);
    }
    py::dict out;
    py::list stage;
    for (const auto& x : r) stage.append(std::string(to_string(x.stage)));
    out["stage"] = stage;
    out["weekly_visitors"] = gather<double, ItemReview>(r, [](const ItemReview& x) { return x.weekly_visitors; });
    out["conversion"] = gather<double, ItemReview>(r, [](const ItemReview& x) { return x.conversion; });
    out["hit_candidate"] = gather<bool, ItemReview>(r, [](const ItemReview& x) { return x.hit_candidate; });
    out["in_band"] = gather<bool, ItemReview>(r, [](const ItemReview& x) { return x.in_band; });
    out["days_since_sale"] = gather<std::int64_t, ItemReview>(r, [](const ItemReview& x) { return std::int64_t(x.days_since_sale); });
    out["delist"] = gather<bool, ItemReview>(r, [](const ItemReview& x) { return x.delist; });
    out["push"] = gather<bool, ItemReview>(r, [](const ItemReview& x) { return x.push; });
    out["push_score"] = gather<double, ItemReview>(r, [](const ItemReview& x) { return x.push_score; });
    out["age_days"] = gather<std::int64_t, ItemReview>(r, [](const ItemReview& x) { return std::int64_t(x.age_days); });
    return out;
  });

  m.def("_restock", [](const Catalog& c, const Ints& item, const Ints& day, const Doubles& visitors,
                       const Doubles& buyers, const Doubles& units, std::int32_t today,
                       double service_level, int review_days, const py::object& campaign_day,
                       const py::object& campaign_units, const ReviewRules& rules,
                       std::int64_t main_min_stock) {
    check_rules(rules);
    RestockOptions o;
    o.service_level = service_level;
    o.review_days = review_days;
    if (!campaign_day.is_none())
      o.campaign = CampaignAhead{campaign_day.cast<std::int32_t>(), campaign_units.cast<std::vector<double>>()};
    const ItemDays d{column(item), column(day), column(visitors), column(buyers), column(units), {}};
    std::vector<RestockLine> r;
    {
      py::gil_scoped_release release;
      r = restock(c, d, today, o, rules, main_min_stock);
    }
    py::dict out;
    out["daily_demand"] = gather<double, RestockLine>(r, [](const RestockLine& x) { return x.daily_demand; });
    out["demand_sd"] = gather<double, RestockLine>(r, [](const RestockLine& x) { return x.demand_sd; });
    out["safety_stock"] = gather<double, RestockLine>(r, [](const RestockLine& x) { return x.safety_stock; });
    out["reorder_point"] = gather<double, RestockLine>(r, [](const RestockLine& x) { return x.reorder_point; });
    out["days_of_cover"] = gather<double, RestockLine>(r, [](const RestockLine& x) { return x.days_of_cover; });
    out["order_quantity"] = gather<std::int64_t, RestockLine>(r, [](const RestockLine& x) { return x.order_quantity; });
    out["alert"] = gather<bool, RestockLine>(r, [](const RestockLine& x) { return x.alert; });
    out["campaign_units"] = gather<double, RestockLine>(r, [](const RestockLine& x) { return x.campaign_units; });
    return out;
  });
}

}  // namespace storeops::python
