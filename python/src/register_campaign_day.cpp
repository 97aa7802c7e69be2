// The big campaign day: its data in the plan, hours, stock and duty rosters.
#include "fields.hpp"
#include "pybind11.hpp"

#include <pybind11/numpy.h>

namespace storeops::python {
namespace {

/// One figure of each hour (CampaignHour, AfterSalesHour) as a NumPy array.
template <class Hour, std::size_t N>
py::array_t<double> doubles(const std::array<Hour, N>& hours, double Hour::*m) {
  py::array_t<double> out(static_cast<py::ssize_t>(N));
  for (std::size_t h = 0; h < N; ++h) out.mutable_at(py::ssize_t(h)) = hours[h].*m;
  return out;
}
template <class Hour, std::size_t N>
py::array_t<std::int64_t> people(const std::array<Hour, N>& hours, int Hour::*m) {
  py::array_t<std::int64_t> out(static_cast<py::ssize_t>(N));
  for (std::size_t h = 0; h < N; ++h) out.mutable_at(py::ssize_t(h)) = hours[h].*m;
  return out;
}
/// The customer-service sizing and the hourly profile shared by the campaign day and its
/// after-sales days, from Python's arguments (each converted with its name in the error).
CampaignHoursOptions sizing(const py::object& hourly_share, const py::object& concurrency,
                            const py::object& service_level, const py::object& answer_within_s,
                            const py::object& shrinkage, const py::object& max_occupancy) {
  CampaignHoursOptions o;
  if (!hourly_share.is_none()) {
    std::array<double, 24> s{};
    assign(s, hourly_share, "hourly_share");
    o.hourly_share = s;
  }
  o.concurrency = int_from(concurrency, "concurrency");
  o.service_level = number_from(service_level, "service_level");
  o.answer_within_s = number_from(answer_within_s, "answer_within_s");
  o.shrinkage = number_from(shrinkage, "shrinkage");
  o.max_occupancy = number_from(max_occupancy, "max_occupancy");
  return o;
}
py::list longs(std::span<const long> v) {
  py::list out;
  for (long x : v) out.append(x);
  return out;
}

/// 24 whole numbers >= 0 from any sequence (a list, a NumPy array, a Series); a count that is
/// negative or not whole is named by its hour.
std::vector<long> required_from(const py::handle& v) {
  if (py::isinstance<py::str>(v) || !py::hasattr(v, "__len__") || !py::hasattr(v, "__iter__"))
    throw WrongType("required must be a sequence of 24 whole numbers, got " + described(v));
  std::vector<long> out;
  std::size_t h = 0;
  for (const auto& x : v) {
    const std::string path = "required[" + std::to_string(h++) + "]";
    const double d = number_from(x, path);
    if (d != std::floor(d) || std::abs(d) > 1e12)
      detail::fail(path, detail::shortest(d), "a whole number of people");
    out.push_back(static_cast<long>(d));
  }
  return out;
}

/// Shifts as Shift objects or (start_hour, hours, cost[, name]) tuples; roster() checks them
/// and names a bad one by its place: shifts[2].hours.
std::vector<Shift> shifts_from(const py::handle& v) {
  if (py::isinstance<py::str>(v) || !py::isinstance<py::sequence>(v))
    throw WrongType("shifts must be a list of (start_hour, hours, cost) tuples, got " + described(v));
  std::vector<Shift> out;
  std::size_t j = 0;
  for (const auto& s : py::reinterpret_borrow<py::sequence>(v)) {
    const std::string path = "shifts[" + std::to_string(j++) + "]";
    if (py::isinstance<Shift>(s)) {
      out.push_back(s.cast<Shift>());
      continue;
    }
    if (py::isinstance<py::str>(s) || !py::isinstance<py::sequence>(s) ||
        (py::len(s) != 3 && py::len(s) != 4))
      throw WrongType(path + " must be a (start_hour, hours, cost) tuple, got " + described(s));
    const auto t = py::reinterpret_borrow<py::sequence>(s);
    Shift shift{int_from(t[0], path + ".start_hour"), int_from(t[1], path + ".hours"),
                money_from(t[2], (path + ".cost").c_str()),
                py::len(s) == 4 ? py::str(t[3]).cast<std::string>() : std::string()};
    out.push_back(std::move(shift));
  }
  return out;
}

}  // namespace

void register_campaign_day(py::module_& m) {
  auto shift = py::class_<Shift>(m, "Shift", R"doc(
A shift people can work on a campaign day (班次): from ``start_hour`` (0-23) for ``hours``
(1-24; it may run past midnight), paid ``cost`` yuan per person for the shift.

Examples
--------
>>> shift = storeops.presets.tmall_2014().campaign_day.cs_shifts[0]
>>> shift.name, shift.start_hour, shift.hours
('夜班', 0, 8)
)doc");
  shift
      .def(py::init([](const py::object& start, const py::object& hours, const py::object& cost,
                       std::string name) {
             Shift s{int_from(start, "Shift.start_hour"), int_from(hours, "Shift.hours"), {},
                     std::move(name)};
             assign(s.cost, cost, "Shift.cost");
             return checked(shift_fields, s, "Shift");
           }),
           py::kw_only(), py::arg("start_hour"), py::arg("hours"), py::arg("cost"),
           py::arg("name") = "")
      .def("covers", &Shift::covers, py::arg("hour"), "Whether people are at work in ``hour``.")
      .def("__eq__", &equal_values<Shift>)
      .def("__hash__", &no_hash<Shift>)
      .def("__repr__", [](const Shift& s) {
        return "Shift(start_hour=" + std::to_string(s.start_hour) + ", hours=" +
               std::to_string(s.hours) + ", cost=" + s.cost.to_string() +
               (s.name.empty() ? "" : ", name='" + s.name + "'") + ")";
      });
  bind_fields(shift, shift_fields, "Shift");

  auto policy = py::class_<CampaignDayPolicy>(m, "CampaignDayPolicy", R"doc(
A plan's big campaign day (大促备战; ``plan.campaign_day``): the hourly visitor profile, packing
rate, shipping time, the shifts customer service and packers can work, and how the day's stock
splits over product roles. All *assumed* but the pre-packed third (000). ``FIELDS`` lists
(name, Chinese label, doc).

Examples
--------
>>> policy = storeops.presets.tmall_2014().campaign_day
>>> len(policy.cs_shifts) > 0
True
)doc");
  policy.def(py::init<>());
  bind_fields(policy, campaign_day_fields, "campaign_day");
  policy.def("__eq__", &equal_values<CampaignDayPolicy>).def("__hash__", &no_hash<CampaignDayPolicy>);
  m.attr("Plan").cast<py::class_<Plan>>().def_readwrite(
      "campaign_day", &Plan::campaign_day,
      "The big campaign day's hours, shifts and stock (CampaignDayPolicy).");
  m.attr("ASSUMED_CAMPAIGN_HOURLY_SHARE") = py::tuple(py::cast(assumed_campaign_hourly_share));

  py::class_<Roster>(m, "Roster", R"doc(
A duty roster at least cost: ``counts`` people on each of ``shifts``, costing exactly ``cost``;
``coverage`` and ``slack`` (coverage - required) for each hour 0-23. ``optimal`` is False when
the solve hit its time limit; ``gap`` then bounds how far ``cost`` may be above the least.

Examples
--------
>>> result = storeops.roster([2] * 24, [(0, 12, 300), (12, 12, 300)])
>>> result.counts, str(result.cost)
([2, 2], '¥1,200.00')
)doc")
      .def_property_readonly("shifts", [](const Roster& r) { return r.shifts; })
      .def_property_readonly("counts", [](const Roster& r) { return longs(r.counts); })
      .def_readonly("cost", &Roster::cost)
      .def_property_readonly("required", [](const Roster& r) { return longs(r.required); })
      .def_property_readonly("coverage", [](const Roster& r) { return longs(r.coverage); })
      .def_property_readonly("slack", [](const Roster& r) { return longs(r.slack); })
      .def_readonly("optimal", &Roster::optimal)
      .def_readonly("gap", &Roster::gap)
      .def("__repr__", [](const Roster& r) {
        long people = 0;
        for (long c : r.counts) people += c;
        return "Roster(" + std::to_string(people) + " people on " + std::to_string(r.shifts.size()) +
               " shifts, cost " + r.cost.to_string() + (r.optimal ? ", optimal" : ", NOT proven optimal") + ")";
      });

  m.def("roster_solver_available", &roster_solver_available,
        R"doc(
Whether this build has its MIP solver (COIN-OR CBC) for roster().

Returns
-------
bool
    True when :func:`roster` can solve.

Examples
--------
>>> isinstance(storeops.roster_solver_available(), bool)
True
)doc");
  m.def("_roster", [](const py::object& required, const py::object& candidates, double limit) {
    const auto need = required_from(required);
    const auto shifts = shifts_from(candidates);
    py::gil_scoped_release release;
    return roster(need, shifts, limit);
  }, py::arg("required"), py::arg("shifts"), py::arg("time_limit_s"));

  m.def("campaign_conversion_lift", &campaign_conversion_lift, py::arg("plan"), py::arg("month"),
        "The conversion lift of plan month ``month`` (1-based): its campaign's multiplier, or 1.");
  m.def("_campaign_hours", [](const Plan& plan, const py::object& day_visitors,
                              const py::object& hourly_share, const py::object& handle_time_s,
                              const py::object& concurrency, const py::object& service_level,
                              const py::object& answer_within_s, const py::object& shrinkage,
                              const py::object& max_occupancy, double conversion_lift,
                              const py::object& packs_per_hour) {
    CampaignHoursOptions o = sizing(hourly_share, concurrency, service_level, answer_within_s,
                                    shrinkage, max_occupancy);
    o.day_visitors = number_from(day_visitors, "day_visitors");
    o.handle_time_s = number_from(handle_time_s, "handle_time_s");
    o.conversion_lift = conversion_lift;
    if (!packs_per_hour.is_none()) o.packs_per_hour = number_from(packs_per_hour, "packs_per_hour");
    const auto hours = campaign_hours(plan, o);
    py::dict out;
    out["hour"] = people(hours, &CampaignHour::hour);
    out["visitors"] = doubles(hours, &CampaignHour::visitors);
    out["inquiries"] = doubles(hours, &CampaignHour::inquiries);
    out["orders"] = doubles(hours, &CampaignHour::orders);
    out["cs_agents"] = people(hours, &CampaignHour::cs_agents);
    out["packers"] = people(hours, &CampaignHour::packers);
    return out;
  });

  m.def("_after_sales_hours", [](const Plan& plan, const py::object& day_orders,
                                 const py::object& hourly_share, const py::object& concurrency,
                                 const py::object& service_level, const py::object& answer_within_s,
                                 const py::object& shrinkage, const py::object& max_occupancy) {
    const CampaignHoursOptions o = sizing(hourly_share, concurrency, service_level,
                                          answer_within_s, shrinkage, max_occupancy);
    const auto hours = after_sales_hours(plan, number_from(day_orders, "day_orders"), o);
    py::dict out;
    out["day"] = people(hours, &AfterSalesHour::day);
    out["hour"] = people(hours, &AfterSalesHour::hour);
    out["contacts"] = doubles(hours, &AfterSalesHour::contacts);
    out["cs_agents"] = people(hours, &AfterSalesHour::cs_agents);
    return out;
  });
  m.def("_temporary_packers", [](const Plan& plan, const std::array<int, 24>& packers, int own) {
    const auto out = temporary_packers(packers, own, plan.campaign_day);
    return std::vector<int>(out.begin(), out.end());
  }, py::arg("plan"), py::arg("packers"), py::arg("own_packers"));

  py::class_<CampaignStockLine>(m, "CampaignStockLine", R"doc(
One product role's stock for the day.

Examples
--------
>>> stock = storeops.campaign_stock(storeops.presets.tmall_2014(), day_orders=1_000,
...     units_per_order=1.2)
>>> list(stock.columns)
['share', 'forecast_units', 'stock_units', 'prepacked_boxes']
)doc")
      .def_readonly("role", &CampaignStockLine::role)
      .def_readonly("share", &CampaignStockLine::share)
      .def_readonly("forecast_units", &CampaignStockLine::forecast_units)
      .def_readonly("units", &CampaignStockLine::units)
      .def_readonly("prepacked_boxes", &CampaignStockLine::prepacked_boxes);
  m.def("_campaign_stock", [](const Plan& plan, const py::object& day_orders,
                              const py::object& units_per_order, const py::object& safety) {
    const auto s = campaign_stock(plan, number_from(day_orders, "day_orders"),
                                  number_from(units_per_order, "units_per_order"),
                                  safety.is_none() ? std::nullopt
                                                   : std::optional<double>(number_from(safety, "safety")));
    return std::vector<CampaignStockLine>(s.lines.begin(), s.lines.end());
  });
}

}  // namespace storeops::python
