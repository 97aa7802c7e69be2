// Departments, roles, headcounts, the staffing policy, the plan and the plan check.
#include <pybind11/numpy.h>

#include "fields.hpp"

namespace storeops::python {
namespace {

py::dict roles_dict(const std::vector<RoleCount>& roles) {
  py::dict d;
  for (const auto& r : roles) d[py::str(std::string(to_string(r.role)))] = r.count;
  return d;
}

/// A count of people: whole and >= 0.
int people_from(const py::handle& v, const std::string& field) {
  const int people = int_from(v, field);
  if (people < 0) detail::fail(field, std::to_string(people), ">= 0 people");
  return people;
}

std::vector<RoleCount> roles_from(const py::dict& d) {
  std::vector<RoleCount> out;
  for (const auto& [k, v] : d) {
    const std::string key = py::str(k);
    out.push_back({role_from_string(key), people_from(v, "roles." + key)});
  }
  return out;
}

Department department_key(const py::handle& key) {
  if (!py::isinstance<py::str>(key))
    throw py::key_error("department keys are strings such as 'customer_service', got " +
                        py::repr(key).cast<std::string>());
  try {
    return department_from_string(key.cast<std::string>());
  } catch (const Error& e) {
    throw py::key_error(e.what());
  }
}

py::dict headcount_dict(const Headcount& h) {
  py::dict d;
  for (std::size_t i = 0; i < department_count; ++i)
    if (h.departments()[i] != 0) d[py::str(std::string(department_names[i]))] = h.departments()[i];
  return d;
}

py::tuple names_tuple(auto const& names) {
  py::list l;
  for (auto n : names) l.append(py::str(std::string(n)));
  return py::tuple(l);
}

}  // namespace

void register_staffing(py::module_& m) {
  m.attr("DEPARTMENTS") = names_tuple(department_names);
  m.attr("ROLES") = names_tuple(role_names);
  m.def("department_of", [](const std::string& role) {
    return std::string(to_string(department_of(role_from_string(role))));
  }, py::arg("role"), R"doc(
The department a role belongs to.

Parameters
----------
role : str
    A role key, e.g. ``"cs_agent"``.

Returns
-------
str
    The department key.

Raises
------
storeops.Error
    An unknown role.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.department_of("cs_lead")
'customer_service'
)doc");

  py::class_<Headcount>(m, "Headcount", R"doc(
People per department (a read-only mapping from department key to int) with ``.total``.

Iterating gives the departments that have staff; ``headcount["planning"]`` is 0 when the
store has no planner. ``.roles`` maps role keys to people. Equal to a dict with the same
non-zero counts. ``Headcount({"cs_agent": 2, "store_manager": 1})`` makes a team by role.

Raises
------
storeops.Error
    An unknown role or a count below zero.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> team = storeops.Headcount({"cs_agent": 2, "designer": 1})
>>> team.total, team["customer_service"], team["planning"]
(3, 2, 0)
)doc")
      .def(py::init([](const py::dict& roles) {
             Headcount h;
             for (const auto& [k, v] : roles) {
               const std::string key = py::str(k);
               h.add(role_from_string(key), people_from(v, "Headcount." + key));
             }
             return h;
           }),
           py::arg("roles"), "A team from a mapping role -> people (each >= 0).")
      .def("__getitem__", [](const Headcount& h, const py::handle& k) { return h[department_key(k)]; })
      .def("__iter__", [](const Headcount& h) { return py::iter(headcount_dict(h)); })
      .def("__len__", [](const Headcount& h) { return py::len(headcount_dict(h)); })
      .def("__contains__", [](const Headcount& h, const py::handle& k) {
        return py::isinstance<py::str>(k) && headcount_dict(h).contains(k);
      })
      .def("keys", [](const Headcount& h) { return headcount_dict(h).attr("keys")(); })
      .def("values", [](const Headcount& h) { return headcount_dict(h).attr("values")(); })
      .def("items", [](const Headcount& h) { return headcount_dict(h).attr("items")(); })
      .def("get", [](const Headcount& h, const py::handle& k, const py::object& dflt) -> py::object {
        try {
          return py::int_(h[department_key(k)]);
        } catch (const py::key_error&) {
          return dflt;
        }
      }, py::arg("key"), py::arg("default") = py::none())
      .def("to_dict", &headcount_dict, "Departments with staff and their counts.")
      .def_property_readonly("total", &Headcount::total, "Everyone, all departments.")
      .def_property_readonly("roles", [](const Headcount& h) {
        py::dict d;
        for (std::size_t i = 0; i < role_count; ++i)
          if (h.roles()[i] != 0) d[py::str(std::string(role_names[i]))] = h.roles()[i];
        return d;
      }, "People per role (cs_agent, cs_lead, ...), roles with staff only.")
      .def("__eq__", [](const Headcount& h, const py::object& other) -> py::object {
        if (py::isinstance<Headcount>(other)) return py::bool_(h == other.cast<Headcount>());
        if (!py::isinstance<py::dict>(other))
          return py::reinterpret_borrow<py::object>(Py_NotImplemented);
        py::dict nonzero;
        for (const auto& [k, v] : other.cast<py::dict>())
          if (!v.equal(py::int_(0))) nonzero[k] = v;
        return py::bool_(headcount_dict(h).equal(nonzero));
      })
      .def("__hash__", [](const Headcount&) -> py::object { return py::none(); })
      .def("__repr__", [](const Headcount& h) { return to_text(h); })
      .def(py::pickle(
          [](const Headcount& h) {
            py::list roles;
            for (int c : h.roles()) roles.append(c);
            return py::make_tuple(roles);
          },
          [](const py::tuple& t) {
            Headcount h;
            auto roles = t[0].cast<std::vector<int>>();
            if (roles.size() != role_count) throw Error("Headcount pickle: wrong role count");
            for (std::size_t i = 0; i < role_count; ++i) h.add(static_cast<Role>(i), roles[i]);
            return h;
          }));
  py::module_::import("collections.abc").attr("Mapping").attr("register")(m.attr("Headcount"));

  py::class_<DepartmentStaff>(m, "DepartmentStaff",
                              R"doc(
One department's team in a revenue tier and its cost as written.

Raises
------
storeops.Error
    An unknown department or role, a role of another department, a count below
    zero, or ``cost`` below ¥0.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.presets.tmall_2014().staffing.tiers[1].departments[0]
DepartmentStaff(department='customer_service', roles={'cs_lead': 1, 'cs_agent': 2},
cost=¥6,500.00)
)doc")
      .def(py::init([](const std::string& department, const py::dict& roles,
                       const py::object& cost) {
             const auto staff = DepartmentStaff{department_from_string(department), roles_from(roles),
                                                amount_from(cost, "DepartmentStaff.cost")};
             for (const auto& r : staff.roles)
               if (department_of(r.role) != staff.department)
                 detail::fail("DepartmentStaff.roles", std::string(to_string(r.role)),
                              "a role of " + std::string(to_string(staff.department)) + " (it belongs to " +
                                  std::string(to_string(department_of(r.role))) + ")");
             return staff;
           }),
           py::kw_only(), py::arg("department"), py::arg("roles"), py::arg("cost"))
      .def_readonly("department", &DepartmentStaff::department)
      .def_property_readonly("roles", [](const DepartmentStaff& d) { return roles_dict(d.roles); })
      .def_readonly("cost", &DepartmentStaff::cost)
      .def_property_readonly("headcount", &DepartmentStaff::headcount)
      .def("__repr__", [](const DepartmentStaff& d) {
        return "DepartmentStaff(department='" + std::string(to_string(d.department)) +
               "', roles=" + py::repr(roles_dict(d.roles)).cast<std::string>() +
               ", cost=" + d.cost.to_string() + ")";
      });

  py::class_<RevenueTier>(m, "RevenueTier", R"doc(
A revenue tier (000 ch.4): from ``monthly_revenue`` (yuan a month) on, the store has these
departments. ``budget`` is the seed's personnel budget (可用人员成本); ``stated_cost`` its
总成本 where it writes one (0 otherwise).

Raises
------
storeops.Error
    An amount below ¥0. The tiers' order and their departments are checked by
    the StaffingPolicy that takes them.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> tier = storeops.presets.tmall_2014().staffing.tiers[0]
>>> str(tier.monthly_revenue), tier.departments[0].roles
('¥10,000.00', {'cs_agent': 2})
)doc")
      .def(py::init([](const py::object& revenue, const py::object& budget,
                       std::vector<DepartmentStaff> departments, const py::object& stated_cost) {
             return RevenueTier{amount_from(revenue, "RevenueTier.monthly_revenue"),
                                amount_from(budget, "RevenueTier.budget"), std::move(departments),
                                amount_from(stated_cost, "RevenueTier.stated_cost")};
           }),
           py::kw_only(), py::arg("monthly_revenue"), py::arg("budget"), py::arg("departments"),
           py::arg("stated_cost") = 0)
      .def_readonly("monthly_revenue", &RevenueTier::monthly_revenue)
      .def_readonly("budget", &RevenueTier::budget)
      .def_readonly("departments", &RevenueTier::departments)
      .def_readonly("stated_cost", &RevenueTier::stated_cost)
      .def_property_readonly("department_cost", &RevenueTier::department_cost)
      .def_property_readonly("personnel_cost", &RevenueTier::personnel_cost)
      .def("__repr__", [](const RevenueTier& t) {
        return "RevenueTier(monthly_revenue=" + t.monthly_revenue.to_string() +
               ", budget=" + t.budget.to_string() + ", " +
               std::to_string(t.departments.size()) + " departments)";
      });

  auto order_band = py::class_<OrderBand>(m, "OrderBand", R"doc(
An orders-per-day band (000 ch.5): ``add`` more people in ``department`` from
``low + trigger·(high − low)`` orders a day on.

Examples
--------
>>> band = storeops.presets.tmall_2014().staffing.bands[0]
>>> band.department, band.low, band.high, band.add
('customer_service', 50.0, 100.0, 1)
)doc")
      .def(py::init([](const std::string& department, double low, double high, int add,
                       std::string note) {
             return checked(order_band_fields,
                            OrderBand{department_from_string(department), low, high, add, std::move(note)},
                            "OrderBand");
           }),
           py::kw_only(), py::arg("department"), py::arg("low"), py::arg("high"),
           py::arg("add") = 1, py::arg("note") = "")
      .def("__repr__", [](const OrderBand& b) {
        return "OrderBand(department='" + std::string(to_string(b.department)) + "', low=" +
               detail::shortest(b.low) + ", high=" + detail::shortest(b.high) +
               ", add=" + std::to_string(b.add) + ")";
      });
  bind_fields(order_band, order_band_fields, "OrderBand");  // each field checked when set

  py::class_<TierCostShare>(m, "TierCostShare",
                            R"doc(
One tier's personnel cost next to its revenue (000 ch.4).

Examples
--------
>>> share = storeops.presets.tmall_2014().staffing.tier_cost_shares()[0]
>>> str(share.monthly_revenue), str(share.personnel_cost), round(share.share, 3)
('¥10,000.00', '¥4,000.00', 0.4)
)doc")
      .def_readonly("monthly_revenue", &TierCostShare::monthly_revenue)
      .def_readonly("budget", &TierCostShare::budget)
      .def_readonly("department_cost", &TierCostShare::department_cost)
      .def_readonly("personnel_cost", &TierCostShare::personnel_cost)
      .def_readonly("share", &TierCostShare::share);

  auto erlang = py::class_<ErlangStaffing>(m, "ErlangStaffing", R"doc(
How customer service is sized past the orders-a-day table when ``beyond_table`` is
``"erlang"``: the busiest hour's chats are orders a day × ``chats_per_order`` × ``peak_share``,
and the agents are ``storeops.erlang.agents_required`` of them. Every default is *assumed*.

Examples
--------
>>> storeops.presets.tmall_2014().staffing.erlang.service_level
0.8
)doc")
      .def(py::init([](double chats_per_order, double peak_share, double handle_time_s,
                       int concurrency, double service_level, double answer_within_s) {
             return checked(erlang_staffing_fields,
                            ErlangStaffing{chats_per_order, peak_share, handle_time_s, concurrency,
                                           service_level, answer_within_s},
                            "ErlangStaffing");
           }),
           py::kw_only(), py::arg("chats_per_order") = 10.0, py::arg("peak_share") = 0.12,
           py::arg("handle_time_s") = 180.0, py::arg("concurrency") = 3,
           py::arg("service_level") = 0.8, py::arg("answer_within_s") = 30.0)
      .def("agents", &ErlangStaffing::agents, py::arg("orders_per_day"),
           "Agents the busiest hour needs at this many orders a day.")
      .def("__eq__", [](const ErlangStaffing& a, const ErlangStaffing& b) { return a == b; })
      .def("__repr__", [](const ErlangStaffing& e) {
        return "ErlangStaffing(chats_per_order=" + detail::shortest(e.chats_per_order) +
               ", peak_share=" + detail::shortest(e.peak_share) + ", handle_time_s=" +
               detail::shortest(e.handle_time_s) + ", concurrency=" +
               std::to_string(e.concurrency) + ", service_level=" +
               detail::shortest(e.service_level) + ", answer_within_s=" +
               detail::shortest(e.answer_within_s) + ")";
      });
  bind_fields(erlang, erlang_staffing_fields, "ErlangStaffing");

  auto staffing_policy = py::class_<StaffingPolicy>(m, "StaffingPolicy", R"doc(
The staffing rules of a plan, as data: revenue tiers, orders-per-day bands and how they
combine (``"max"``: department by department the larger of the two; ``"tiers"``; ``"bands"``),
what happens past the bands' last hiring point (``beyond_table``: ``"repeat_last_step"``, each
department keeps adding its last band's people every last step; ``"erlang"``, customer service
by Erlang C on the day's chats (``erlang``); ``"hold"``, nobody added), and whether the stages'
planned hires are a floor on headcount (``stage_floor``).

Every field can be read and replaced; a replacement is checked and a bad one raises
storeops.Error, leaving the policy as it was. Lists come back as copies: change the copy and
assign it back (``policy.bands = bands``).

Raises
------
storeops.Error
    A field outside what its rule allows, when the object is made or the field is set
    (``StaffingPolicy.ALLOWED`` says what each field allows); the message names the field
    and the value. Tiers whose revenue does not rise, or a
    role in another department's staff.
TypeError
    A field of the wrong type, or a keyword the class does not have
    (storeops.WrongTypeError).

Examples
--------
>>> staffing = storeops.presets.tmall_2014().staffing
>>> staffing.headcount(storeops.Money(3_000_000), 600).total
24
>>> staffing.beyond_table
'repeat_last_step'
)doc")
      .def(py::init([](std::vector<RevenueTier> tiers, std::vector<OrderBand> bands,
                       double trigger, const std::string& combine, int lag, bool shrink) {
             return StaffingPolicy(std::move(tiers), std::move(bands), trigger,
                                   combine_from_string(combine), lag, shrink);
           }),
           py::kw_only(), py::arg("tiers"), py::arg("bands"), py::arg("trigger") = 0.0,
           py::arg("combine") = "max", py::arg("hiring_lag_months") = 1,
           py::arg("allow_shrink") = false)
      .def_property("tiers", &StaffingPolicy::tiers, &StaffingPolicy::set_tiers)
      .def_property("bands", &StaffingPolicy::bands, &StaffingPolicy::set_bands)
      .def_property("erlang", &StaffingPolicy::erlang, &StaffingPolicy::set_erlang,
                    "Customer service's sizing past the table under beyond_table 'erlang'.")
      .def("headcount",
           [](const StaffingPolicy& p, const py::object& revenue, double orders,
              const std::optional<Headcount>& floor) {
             return p.headcount(money_from(revenue, "monthly_revenue"), orders,
                                floor ? &*floor : nullptr);
           },
           py::arg("monthly_revenue"), py::arg("orders_per_day"), py::kw_only(),
           py::arg("floor") = py::none(),
           "The team needed at a monthly revenue (yuan) and orders a day; with ``floor`` (a "
           "Headcount, e.g. ``plan.stages.planned_staff('launch')``) no department has fewer.")
      .def(
          "headcount_batch",
          [](const StaffingPolicy& p,
             const py::array_t<double, py::array::c_style | py::array::forcecast>& revenue,
             const py::array_t<double, py::array::c_style | py::array::forcecast>& orders) {
            if (revenue.ndim() != 1 || orders.ndim() != 1)
              throw Error("monthly_revenue and orders_per_day must be 1-D arrays");
            const auto n = static_cast<std::size_t>(revenue.shape(0));
            py::array_t<int> out({static_cast<py::ssize_t>(n),
                                  static_cast<py::ssize_t>(department_count)});
            std::span<const double> r(revenue.data(), n);
            std::span<const double> o(orders.data(), static_cast<std::size_t>(orders.shape(0)));
            int* dst = out.mutable_data();
            {
              py::gil_scoped_release release;
              p.headcount_batch(r, o, dst);
            }
            return out;
          },
          py::arg("monthly_revenue"), py::arg("orders_per_day"),
          "Headcounts of many (revenue, orders a day) pairs: an int array of shape (n, 8), "
          "columns in storeops.DEPARTMENTS order.")
      .def("staff_over_time", [](const StaffingPolicy& p, const std::vector<Headcount>& needs) {
        return p.staff_over_time(needs);
      }, py::arg("needs"),
         "Staff employed each month for monthly needs, with the hiring lag and no-shrink rule.")
      .def("tier_cost_shares", [](const StaffingPolicy& p) { return tier_cost_shares(p); },
           "Each tier's personnel cost as a share of its revenue.");
  bind_settings(staffing_policy, staffing_settings, "Staffing");  // checked when set

  auto presets = m.attr("presets").cast<py::module_>();
  presets.def("staffing_2014", &presets::staffing_2014,
              "The staffing rules of seed 000 (revenue tiers ch.4, order bands ch.5).");
}

}  // namespace storeops::python
