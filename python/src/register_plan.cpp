// The Plan, its JSON form, and the plan check.
#include "fields.hpp"
#include "pybind11.hpp"

namespace storeops::python {

void register_plan(py::module_& m) {
  py::class_<Assumption>(m, "Assumption", "A value the seeds do not give."
      "\n"
      "\n"
      "Examples\n"
      "--------\n"
      ">>> first = storeops.presets.tmall_2014().assumptions[0]\n"
      ">>> first.field\n"
      "'pay.rating.bonus'\n")
      .def_readonly("field", &Assumption::field)
      .def_readonly("note", &Assumption::note)
      .def("__repr__", [](const Assumption& a) { return "assumed " + a.field + ": " + a.note; });
  py::class_<Correction>(m, "Correction", R"doc(
Where the plan reads the seed's text otherwise.

Examples
--------
>>> first = storeops.presets.tmall_2014().corrections[0]
>>> first.field
'staffing.tiers[2].monthly_revenue'
)doc")
      .def_readonly("field", &Correction::field)
      .def_readonly("note", &Correction::note)
      .def_readonly("source", &Correction::source);

  py::class_<Plan>(m, "Plan", R"doc(
A store plan: every rule and assumption, as data. Get the seed plan with
``storeops.presets.tmall_2014()``; change any part; save it with ``plan.save(path)`` and
load it with ``storeops.load_plan(path)`` (JSON, schema "storeops.plan/1"). Plans compare
equal field by field and pickle through their JSON.

Raises
------
storeops.Error
    A part set to a value its rules refuse (``plan.market = ...``); ``from_json`` on text
    that is not a plan (the message gives the JSON path); ``validate`` on a plan that breaks
    a rule; ``save`` to a path that cannot be written.
TypeError
    A part set to an object of another class (storeops.WrongTypeError).

Examples
--------
>>> plan = storeops.presets.tmall_2014()
>>> plan.market.promotion_share = 0.12
>>> plan.stages.planned_staff("launch").total
3
)doc")
      .def_readwrite("name", &Plan::name)
      .def_readwrite("staffing", &Plan::staffing, "Who is employed when (StaffingPolicy).")
      .def_readwrite("pay", &Plan::pay, "What each role is paid (PayPolicy).")
      .def_readwrite("fees", &Plan::fees, "Platform fees (PlatformFees).")
      .def_readwrite("costs", &Plan::costs, "The steady-state cost structure (CostStructure).")
      .def_readwrite("stages", &Plan::stages, "Stages, targets and budgets (Lifecycle).")
      .def_readwrite("investments", &Plan::investments, "The dated investment schedule.")
      .def_readwrite("traffic_targets", &Plan::traffic_targets,
                     "Visitor targets by credit level (TrafficTargets).")
      .def_readonly("assumptions", &Plan::assumptions, "Values the seeds do not give.")
      .def_readonly("corrections", &Plan::corrections, "Where the seed text contradicts itself.")
      .def_property_readonly("initial_investment", &Plan::initial_investment,
                             "The sum of the investment schedule.")
      .def("to_json", [](const Plan& p, int indent) { return plan_to_json(p, indent); },
           py::arg("indent") = 2, "The plan as JSON text.")
      .def_static("from_json", [](const std::string& text) { return plan_from_json(text); },
                  py::arg("text"), "A plan from JSON text; errors name the bad field's path.")
      .def("save", [](const Plan& p, const py::object& path) {
        save_plan(p, py::str(path).cast<std::string>());
      }, py::arg("path"), "Writes the plan to a JSON file.")
      .def("validate", &Plan::validate)
      .def("__eq__", &equal_values<Plan>)
      .def("__hash__", &no_hash<Plan>)
      .def("__repr__", [](const Plan& p) {
        return "Plan('" + p.name + "', investment " + p.initial_investment().to_string() + ")";
      })
      .def(py::pickle([](const Plan& p) { return py::make_tuple(plan_to_json(p, -1)); },
                      [](const py::tuple& t) { return plan_from_json(t[0].cast<std::string>()); }));
  m.def("load_plan", [](const py::object& path) { return load_plan(py::str(path).cast<std::string>()); },
        py::arg("path"), "A plan from a JSON file; errors name the bad field's path.");

  py::class_<Finding>(m, "Finding", "One finding of the plan check."
      "\n"
      "\n"
      "Examples\n"
      "--------\n"
      ">>> finding = storeops.check(storeops.presets.tmall_2014())[0]\n"
      ">>> finding.severity in (\"contradiction\", \"warning\")\n"
      "True\n")
      .def_readonly("severity", &Finding::severity)
      .def_readonly("code", &Finding::code)
      .def_readonly("message", &Finding::message)
      .def_readonly("source", &Finding::source)
      .def("__repr__", [](const Finding& f) {
        return "[" + f.severity + "] " + f.message + " (" + f.source + ")";
      });
  m.def("check", &check, py::arg("plan"),
        R"doc(
The plan check: the seeds' contradictions and risky settings, with citations.

Parameters
----------
plan : Plan
    The plan to check.

Returns
-------
list of Finding
    Each contradiction or risky setting: its ``severity``, ``code``, ``message`` and the
    seed's clause (``source``); empty for a plan with none.

Raises
------
TypeError
    ``plan`` not a storeops.Plan (storeops.WrongTypeError). What the plan gets wrong is
    returned as findings, not raised.

Examples
--------
>>> findings = storeops.check(storeops.presets.tmall_2014())
>>> sorted({f.severity for f in findings})
['contradiction', 'warning']
)doc");
  m.def("check_staffing", &check_staffing, py::arg("staffing"), py::kw_only(), py::arg("rule_low") = 0.06,
        py::arg("rule_high") = 0.07,
        R"doc(
Each tier's personnel cost against the seed's 6-7%-of-revenue rule (000 ch.4).

Parameters
----------
staffing : StaffingPolicy
    The tiers to check.
rule_low, rule_high : float
    The range personnel cost should fall in, as shares of revenue (default 6% to 7%).

Returns
-------
list of Finding
    A finding for each tier outside the range.

Raises
------
storeops.Error
    ``rule_low`` or ``rule_high`` outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> rows = storeops.check_staffing(storeops.presets.tmall_2014().staffing)
>>> len(rows)
2
)doc");

  auto shipping = py::class_<ShippingRules>(m, "ShippingRules", R"doc(
The shipping rule (关于发货, 004): orders paid before ``cutoff_hour`` (15) join the day's
packing batch, later ones the next day's, and every order ships within ``ship_within_hours``
(24) of its payment. ``plan.shipping``; the weekly review lists the orders that broke it.

Examples
--------
>>> shipping = storeops.presets.tmall_2014().shipping
>>> shipping.cutoff_hour, shipping.ship_within_hours
(15, 24)
)doc");
  shipping.def(py::init<>());
  bind_fields(shipping, shipping_fields, "shipping");
  shipping.def("__eq__", [](const ShippingRules& a, const ShippingRules& b) { return a == b; });
  shipping.def("__repr__", [](const ShippingRules& s) {
    return "ShippingRules(cutoff_hour=" + std::to_string(s.cutoff_hour) +
           ", ship_within_hours=" + std::to_string(s.ship_within_hours) + ")";
  });
  m.attr("Plan").cast<py::class_<Plan>>().def_readwrite("shipping", &Plan::shipping,
                     "The order cutoff and the shipping promise (ShippingRules, 004).");

  auto target = py::class_<OrderTarget>(m, "OrderTarget", R"doc(
At least ``orders_per_day`` orders a day from the day ``from_`` on (the plan file's ``from``;
``"2014-03-01"``), with the ``source`` it comes from (002 篇3: 2月后每天发单不少于30件).

Raises
------
storeops.Error
    ``orders_per_day`` below zero.
TypeError
    ``from_`` not a date, or another argument of the wrong type (storeops.WrongTypeError).

Examples
--------
>>> first = storeops.presets.tmall_2014().targets.daily_orders[0]
>>> first
OrderTarget(from_='2014-03-01', orders_per_day=30)
)doc");
  target.def(py::init([](const py::object& from, double orders_per_day, std::string source) {
               OrderTarget t;
               assign(t.from, from, "OrderTarget.from");
               t.orders_per_day = orders_per_day;
               t.source = std::move(source);
               return checked(order_target_fields, t, "OrderTarget");
             }),
             py::kw_only(), py::arg("from_"), py::arg("orders_per_day"), py::arg("source") = "");
  target.def_property_readonly("from_", [](const OrderTarget& t) { return to_string(t.from); },
                               "The first day the target holds, as YYYY-MM-DD.")
      .def_readonly("orders_per_day", &OrderTarget::orders_per_day)
      .def_readonly("source", &OrderTarget::source)
      .def("__eq__", [](const OrderTarget& a, const OrderTarget& b) { return a == b; })
      .def("__repr__", [](const OrderTarget& t) {
        return "OrderTarget(from_='" + to_string(t.from) + "', orders_per_day=" +
               detail::shortest(t.orders_per_day) + ")";
      });

  auto targets = py::class_<PlanTargets>(m, "PlanTargets", R"doc(
The plan's daily order targets (日单目标, 002 篇3): ``daily_orders``, a list of OrderTarget in
order of their first day, and ``final_orders_per_day``, the final goal without a date (0:
none). ``plan.targets``; ``storeops.check(plan)`` reports the months a simulated store falls
short, and the weekly review sets each day's order target to at least the one in force.

Examples
--------
>>> targets = storeops.presets.tmall_2014().targets
>>> targets.orders_per_day_on("2014-06-01"), targets.final_orders_per_day
(30.0, 200.0)
)doc");
  targets.def(py::init<>());
  bind_fields(targets, plan_target_fields, "targets");
  targets.def("orders_per_day_on", [](const PlanTargets& t, const py::object& day) {
           Date d;
           assign(d, day, "day");
           return t.orders_per_day_on(d);
         }, py::arg("day"), "The target in force on a day (a date or 'YYYY-MM-DD'); 0 before the first.")
      .def("__eq__", [](const PlanTargets& a, const PlanTargets& b) { return a == b; })
      .def("__repr__", [](const PlanTargets& t) {
        return "PlanTargets(" + std::to_string(t.daily_orders.size()) +
               " daily targets, final_orders_per_day=" + detail::shortest(t.final_orders_per_day) + ")";
      });
  m.attr("Plan").cast<py::class_<Plan>>().def_readwrite("targets", &Plan::targets,
                     "The daily order targets and the final goal (PlanTargets, 002).");
  m.def("check_order_targets", &check_order_targets, py::arg("plan"), py::kw_only(),
        py::arg("months") = 36,
        R"doc(
The simulated store against the plan's daily order targets (002 篇3).

Parameters
----------
plan : Plan
    The plan; its dated targets of orders a day (``plan.targets.daily_orders``).
months : int
    The months simulated (default 36).

Returns
-------
list of Finding
    One warning naming every month whose simulated orders a day fall short of its target;
    empty when none does.

Raises
------
storeops.Error
    ``months`` outside 1 to 1200.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> short = storeops.check_order_targets(storeops.presets.tmall_2014())
>>> [f.code for f in short]
['order_targets']
)doc");

  auto presets = m.attr("presets").cast<py::module_>();
  presets.def("targets_2014", &presets::targets_2014,
              "The daily order targets of 002 篇3: 30 a day from 2014-03, 50 after 双12, goal 200.");
  presets.def("tmall_2014", &presets::tmall_2014, "The seed plan of 000 (Tmall, 2014), whole.");
  presets.def("five_person_store", &presets::five_person_store,
              "Seed 003's five-person store (运营主管, 客服, 推广, 物流, 财务: store_manager, cs_agent, "
              "promoter, logistics_staff, finance_clerk) on the seed plan's market; the team does "
              "not grow.");
  presets.def("lifecycle_2014", &presets::lifecycle_2014, "The stages of 000 ch.3.");
  presets.def("investments_2014", &presets::investments_2014, "The investment schedule of 000 ch.4.");
}

}  // namespace storeops::python
