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
At least ``orders_per_day`` orders a day from day ``day`` of the store's month ``month`` on
(month 1 is the month it opens, the plan's ``market.start_date``), with the ``source`` it comes
from (002 篇3: 2月后每天发单不少于30件). Counted from the opening, a target moves with the plan's
start date. ``assumed`` marks a position that is the project's reading, not the seed's words.

Raises
------
storeops.Error
    ``month`` below 1, ``day`` outside 1..31 or ``orders_per_day`` below zero.
TypeError
    An argument of the wrong type (storeops.WrongTypeError).

Examples
--------
>>> first = storeops.presets.tmall_2014().targets.daily_orders[0]
>>> first
OrderTarget(month=2, day=1, orders_per_day=30, assumed=True)
>>> first.first_day("2014-02-01")
'2014-03-01'
)doc");
  target.def(py::init([](int month, int day, double orders_per_day, std::string source,
                         bool assumed) {
               return checked(order_target_fields,
                              OrderTarget{month, day, orders_per_day, std::move(source), assumed},
                              "OrderTarget");
             }),
             py::kw_only(), py::arg("month"), py::arg("day") = 1, py::arg("orders_per_day"),
             py::arg("source") = "", py::arg("assumed") = false);
  target.def_readonly("month", &OrderTarget::month, "The store's month it starts in (1: opening).")
      .def_readonly("day", &OrderTarget::day, "The day of that month it starts on.")
      .def_readonly("orders_per_day", &OrderTarget::orders_per_day)
      .def_readonly("source", &OrderTarget::source)
      .def_readonly("assumed", &OrderTarget::assumed,
                    "True when the position is the project's reading, not the seed's words.")
      .def("first_day", [](const OrderTarget& t, const py::object& opening) {
             Date d;
             assign(d, opening, "opening");
             return to_string(t.first_day(d));
           }, py::arg("opening"),
           "The first day it holds for a store opening on ``opening``, as YYYY-MM-DD.")
      .def("__eq__", [](const OrderTarget& a, const OrderTarget& b) { return a == b; })
      .def("__repr__", [](const OrderTarget& t) {
        return "OrderTarget(month=" + std::to_string(t.month) + ", day=" + std::to_string(t.day) +
               ", orders_per_day=" + detail::shortest(t.orders_per_day) +
               (t.assumed ? ", assumed=True" : "") + ")";
      });

  auto funding = py::class_<Funding>(m, "Funding", R"doc(
The money behind the plan (资金): ``capital``, what the owner commits (¥0, the default: the
investment schedule's total or what the plan's own forecast needs in nine futures of ten, the
more), and ``reserve`` (备用金), cash the store never plans to spend: the weekly proposal spends
on ads and stock only what keeps the forecast's P10 cash at or above it. Both *assumed* by
default: no seed names a reserve.

Examples
--------
>>> funding = storeops.presets.tmall_2014().funding
>>> funding.capital.yuan, funding.reserve.yuan
(0.0, 0.0)
)doc");
  funding.def(py::init<>());
  bind_fields(funding, funding_fields, "funding");
  funding.def("__eq__", [](const Funding& a, const Funding& b) { return a == b; })
      .def("__repr__", [](const Funding& f) {
        return "Funding(capital=" + f.capital.to_string() + ", reserve=" + f.reserve.to_string() + ")";
      });
  m.attr("Plan").cast<py::class_<Plan>>().def_readwrite("funding", &Plan::funding,
                     "The capital committed and the cash reserve kept (Funding).");

  auto targets = py::class_<PlanTargets>(m, "PlanTargets", R"doc(
The plan's daily order targets (日单目标, 002 篇3): ``daily_orders``, a list of OrderTarget counted
from the store's opening, in order, and ``final_orders_per_day``, the final goal without a date
(0: none). ``plan.targets``; ``storeops.check(plan)`` reports the months a simulated store falls
short, and the weekly review and the proposal set each day's order target to at least the one
in force.

Examples
--------
>>> plan = storeops.presets.tmall_2014()
>>> plan.targets.orders_per_day_on("2014-06-01", opening=plan.market.start_date)
30.0
>>> plan.targets.final_orders_per_day
200.0
)doc");
  targets.def(py::init<>());
  bind_fields(targets, plan_target_fields, "targets");
  targets.def("orders_per_day_on", [](const PlanTargets& t, const py::object& day,
                                      const py::object& opening) {
           Date d, o;
           assign(d, day, "day");
           assign(o, opening, "opening");
           return t.orders_per_day_on(o, d);
         }, py::arg("day"), py::kw_only(), py::arg("opening"),
         "The target in force on a day (a date or 'YYYY-MM-DD') for a store that opens on "
         "``opening`` (the plan's ``market.start_date``); 0 before the first.")
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
