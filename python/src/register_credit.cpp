// Credit levels and the traffic targets by level.
#include "pybind11.hpp"

namespace storeops::python {

void register_credit(py::module_& m) {
  py::class_<CreditLevel>(m, "CreditLevel", R"doc(
A seller credit level (信用等级) such as "3 diamonds".

Parameters
----------
tier : str
    "none", "heart", "diamond", "crown" or "gold_crown".
count : int
    1–5 (0 with tier "none").

Raises
------
storeops.Error
    An unknown tier, or a count the tier does not have (1 to 5; 0 for
    ``"none"``).
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> level = storeops.CreditLevel("crown", 2)
>>> level.lower_bound_points, level.rank
(20001, 12)
>>> str(level)
'2 crowns'
)doc")
      .def(py::init([](const std::string& tier, int count) {
             return CreditLevel(credit_tier_from_string(tier), count);
           }),
           py::arg("tier") = "none", py::arg("count") = 0)
      .def_property_readonly("tier", &CreditLevel::tier)
      .def_property_readonly("count", &CreditLevel::count)
      .def_property_readonly("rank", &CreditLevel::rank,
                             "0 for none, 1 for 1 heart, ..., 20 for 5 gold crowns.")
      .def_property_readonly(
          "lower_bound_points",
          [](CreditLevel l) -> py::object {
            if (l.rank() == 0) return py::none();
            return py::int_(l.lower_bound_points());
          },
          "Fewest points that give this level (None for none).")
      .def_static("from_rank", &CreditLevel::from_rank, py::arg("rank"))
      .def("__eq__", [](CreditLevel a, CreditLevel b) { return a == b; })
      .def("__lt__", [](CreditLevel a, CreditLevel b) { return a < b; })
      .def("__le__", [](CreditLevel a, CreditLevel b) { return a <= b; })
      .def("__gt__", [](CreditLevel a, CreditLevel b) { return a > b; })
      .def("__ge__", [](CreditLevel a, CreditLevel b) { return a >= b; })
      .def("__hash__", [](CreditLevel a) { return a.rank(); })
      .def("__str__", &CreditLevel::to_string)
      .def("__repr__",
           [](CreditLevel l) {
             return "CreditLevel(tier='" + std::string(to_string(l.tier())) +
                    "', count=" + std::to_string(l.count()) + ")";
           })
      .def(py::pickle([](CreditLevel l) { return py::make_tuple(l.rank()); },
                      [](const py::tuple& t) { return CreditLevel::from_rank(t[0].cast<int>()); }));

  m.def("credit_level", &credit_level, py::arg("points"),
        R"doc(
The credit level (信用等级) of a shop with this many credit points (+1 per positive review, 0
neutral, -1 negative). Below 4 points: tier 'none', count 0.

Parameters
----------
points : int
    The shop's credit points.

Returns
-------
CreditLevel
    The tier (none, heart, diamond, crown, gold_crown) and the count within it.

Raises
------
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.credit_level(300)
CreditLevel(tier='diamond', count=1)
)doc");
  m.def("credit_points", &credit_points, py::arg("positive"), py::arg("neutral"),
        py::arg("negative"), R"doc(
Credit points from review counts: positive − negative.

Parameters
----------
positive, neutral, negative : int
    Review counts; a neutral review counts nothing.

Returns
-------
int
    positive − negative.

Raises
------
storeops.Error
    A count below zero.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.credit_points(120, 5, 3)
117
)doc");

  py::class_<TrafficTarget>(m, "TrafficTarget",
                            R"doc(
Visitors to aim for from a credit level on (004, 运营目标).

Raises
------
storeops.Error
    Visitors below zero.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.traffic_target(300)
TrafficTarget(from_level=1 diamond, monthly_visitors=30000, daily_visitors=1000)
)doc")
      .def(py::init([](CreditLevel from, std::int64_t monthly, std::int64_t daily) {
             return TrafficTarget{from,
                                  detail::require_non_negative(monthly, "TrafficTarget.monthly_visitors"),
                                  detail::require_non_negative(daily, "TrafficTarget.daily_visitors")};
           }),
           py::kw_only(), py::arg("from_level"), py::arg("monthly_visitors"),
           py::arg("daily_visitors"))
      .def_readonly("from_level", &TrafficTarget::from)
      .def_readonly("monthly_visitors", &TrafficTarget::monthly_visitors)
      .def_readonly("daily_visitors", &TrafficTarget::daily_visitors)
      .def("__repr__", [](const TrafficTarget& t) {
        return "TrafficTarget(from_level=" + t.from.to_string() +
               ", monthly_visitors=" + std::to_string(t.monthly_visitors) +
               ", daily_visitors=" + std::to_string(t.daily_visitors) + ")";
      });

  py::class_<TrafficTargets>(m, "TrafficTargets",
                             R"doc(
Visitor targets by credit level: rows in ascending level order, the first from level none.

Raises
------
storeops.Error
    No row, a first row above level none (the table must cover every shop),
    or rows out of order.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> targets = storeops.presets.traffic_targets_2014()
>>> storeops.traffic_target(300, targets).daily_visitors
1000
)doc")
      .def(py::init<std::vector<TrafficTarget>>(), py::arg("rows"))
      .def_property_readonly("rows", &TrafficTargets::rows)
      .def("for_level", &TrafficTargets::for_level, py::arg("level"))
      .def("for_points", &TrafficTargets::for_points, py::arg("points"))
      .def(py::pickle([](const TrafficTargets& t) { return py::make_tuple(t.rows()); },
                      [](const py::tuple& t) {
                        return TrafficTargets(t[0].cast<std::vector<TrafficTarget>>());
                      }));

  auto presets = m.attr("presets").cast<py::module_>();
  presets.def("traffic_targets_2014", &presets::traffic_targets_2014,
              "Visitor targets by credit level from seed 004 (运营目标).");
}

}  // namespace storeops::python
