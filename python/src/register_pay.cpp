// Pay rules, payslips and payroll.
#include "fields.hpp"

namespace storeops::python {
namespace {

std::vector<Money> money_list(const py::object& values, const char* field) {
  std::vector<Money> out;
  if (values.is_none()) return out;
  std::size_t i = 0;
  for (const auto& v : values) {
    const std::string name = std::string(field) + "[" + std::to_string(i++) + "]";
    out.push_back(money_from(v, name.c_str()));
  }
  return out;
}

std::map<std::string, double> kpi_map(const py::object& kpis) {
  std::map<std::string, double> out;
  if (kpis.is_none()) return out;
  for (const auto& [k, v] : kpis.cast<py::dict>()) out[k.cast<std::string>()] = v.cast<double>();
  return out;
}


}  // namespace

void register_pay(py::module_& m) {
  auto role_pay = py::class_<RolePay>(m, "RolePay", R"doc(
One role's pay rules, yuan a month: base pay (底薪), position allowance (岗位), benefits (福利),
extra reward (额外奖励), and a commission on ``"personal_sales"``, ``"team_sales"``, the
silent-order ``"pool"`` or ``"none"``. ``rating_bonus`` marks customer-service roles that earn
the rating bonus of 000 attachment 七.

Examples
--------
>>> rule = storeops.presets.tmall_2014().pay.role("cs_agent")
>>> rule.commission, rule.commission_rate
('personal_sales', 0.002)
)doc")
      .def(py::init([](const std::string& role, const py::object& base,
                       const py::object& allowance, const py::object& benefits,
                       const py::object& reward, const std::string& commission, double rate,
                       bool rating) {
             return checked(role_pay_fields,
                            RolePay{role_from_string(role), money_from(base, "RolePay.base"),
                                    money_from(allowance, "RolePay.position_allowance"),
                                    money_from(benefits, "RolePay.benefits"),
                                    money_from(reward, "RolePay.extra_reward"),
                                    commission_basis_from_string(commission), rate, rating},
                            "RolePay");
           }),
           py::kw_only(), py::arg("role"), py::arg("base"), py::arg("position_allowance") = 0,
           py::arg("benefits") = 0, py::arg("extra_reward") = 0, py::arg("commission") = "none",
           py::arg("commission_rate") = 0.0, py::arg("rating_bonus") = false)
      .def_readonly("role", &RolePay::role)
      .def("__repr__", [](const RolePay& r) {
        return "RolePay(role='" + std::string(to_string(r.role)) + "', base=" + r.base.to_string() +
               ", commission='" + std::string(to_string(r.commission)) + "', commission_rate=" +
               detail::shortest(r.commission_rate) + ")";
      });
  bind_fields(role_pay, role_pay_fields, "RolePay");  // each field checked when set

  auto rating_rule = py::class_<RatingBonusRule>(m, "RatingBonusRule", R"doc(
The customer-service rating bonus (000 attachment 七): ``bonus`` (assumed 500) earned when
the rating holds; −``per_neutral`` per neutral review, −``per_negative`` per negative
review; +``per_tenth_up`` per full 0.1 rise, −``per_tenth_down`` per full 0.1 fall. A
negative result is deducted from base pay.

Examples
--------
>>> rating = storeops.presets.tmall_2014().pay.rating
>>> str(rating.bonus), str(rating.per_negative)
('¥500.00', '¥300.00')
)doc")
      .def(py::init([](const py::object& bonus, const py::object& neutral, const py::object& negative,
                       const py::object& up, const py::object& down) {
             return checked(rating_bonus_fields,
                            RatingBonusRule{money_from(bonus, "bonus"), money_from(neutral, "per_neutral"),
                                            money_from(negative, "per_negative"),
                                            money_from(up, "per_tenth_up"),
                                            money_from(down, "per_tenth_down")},
                            "RatingBonusRule");
           }),
           py::kw_only(), py::arg("bonus") = 500, py::arg("per_neutral") = 100,
           py::arg("per_negative") = 300, py::arg("per_tenth_up") = 100,
           py::arg("per_tenth_down") = 200);
  bind_fields(rating_rule, rating_bonus_fields, "RatingBonusRule");  // each field checked when set

  m.def("department_kpis", [](const std::string& department) {
    return department_kpis(department_from_string(department));
  }, py::arg("department"),
  R"doc(
The KPIs a department is assessed on (000 ch.5, 002 月度考核表), by name; storeops.kpis computes
them from the month's records.

Parameters
----------
department : str
    A department key, e.g. ``"customer_service"``.

Returns
-------
list of str
    The KPI names, in the order the assessment sheet shows them.

Raises
------
storeops.Error
    An unknown department.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.department_kpis("customer_service")[:3]
['reply_rate', 'success_rate', 'satisfaction']
)doc");
  auto kpi_multiplier = py::class_<KpiMultiplier>(m, "KpiMultiplier", R"doc(
An optional pay rule: when ``department``'s ``kpi`` is below ``threshold`` (or, with
``below=False``, at least ``threshold``), multiply its people's ``applies_to`` ("commission" or
"bonus") by ``factor``. KPIs by department: customer_service reply_rate, success_rate,
satisfaction, response_time_s, average_reply_length; promotion ctr, traffic_cost, roi,
traffic_reached, ad_cost_ratio; logistics dsr_shipping, wrong_shipment_rate,
quality_return_share; design task_completion.

Raises
------
storeops.Error
    A field outside what its rule allows, when the object is made or the field is set
    (``KpiMultiplier.ALLOWED`` says what each field allows); the message names the field
    and the value. An unknown department, or a KPI the
    department does not have (``department_kpis``).
TypeError
    A field of the wrong type, or a keyword the class does not have
    (storeops.WrongTypeError).

Examples
--------
>>> rule = storeops.KpiMultiplier(department="customer_service", kpi="reply_rate",
...     threshold=0.9, factor=0.8)
>>> rule.below, rule.applies_to
(True, 'commission')
)doc")
      .def(py::init([](const std::string& dept, std::string kpi, double threshold, double factor,
                       bool below, std::string applies_to) {
             const Department department = department_from_string(dept);
             if (!is_kpi_of(department, kpi))  // as PayPolicy words it
               throw Error("KpiMultiplier.kpi: '" + kpi + "' is not a KPI of " + dept + " (valid: " +
                           kpi_names(department) + ")");
             return checked(kpi_multiplier_fields,
                            KpiMultiplier{department, std::move(kpi), below, threshold, factor,
                                          std::move(applies_to)},
                            "KpiMultiplier");
           }),
           py::kw_only(), py::arg("department"), py::arg("kpi"), py::arg("threshold"),
           py::arg("factor"), py::arg("below") = true, py::arg("applies_to") = "commission");
  bind_fields(kpi_multiplier, kpi_multiplier_fields, "KpiMultiplier");  // each field checked when set

  py::class_<PayLine>(m, "PayLine", "One line of a payslip: the item, the rule with its inputs, the amount."
      "\n"
      "\n"
      "Examples\n"
      "--------\n"
      ">>> slips = storeops.presets.tmall_2014().pay.payroll(storeops.Headcount({\"store_manager\": 1}))\n"
      ">>> slips.payslips[0].lines[0]\n"
      "base pay (底薪) of store_manager: ¥5,000.00\n")
      .def_readonly("item", &PayLine::item)
      .def_readonly("rule", &PayLine::rule)
      .def_readonly("amount", &PayLine::amount)
      .def("__repr__", [](const PayLine& l) { return l.rule + ": " + l.amount.to_string(); });

  py::class_<Payslip>(m, "Payslip", R"doc(
One person's pay for a month, exact in fen. ``total = base + position_allowance + benefits +
extra_reward + commission + bonus + minimum_wage_top_up − deductions``. ``lines`` and
``explanation()`` say how each amount came about.

Examples
--------
>>> slips = storeops.presets.tmall_2014().pay.payroll(storeops.Headcount({"store_manager": 1}))
>>> slips.payslips[0].role, str(slips.payslips[0].total)
('store_manager', '¥5,000.00')
)doc")
      .def_readonly("role", &Payslip::role)
      .def_property_readonly("department", [](const Payslip& p) {
        return std::string(to_string(department_of(p.role)));
      })
      .def_readonly("base", &Payslip::base)
      .def_readonly("position_allowance", &Payslip::position_allowance)
      .def_readonly("benefits", &Payslip::benefits)
      .def_readonly("extra_reward", &Payslip::extra_reward)
      .def_readonly("commission", &Payslip::commission)
      .def_readonly("bonus", &Payslip::bonus)
      .def_readonly("deductions", &Payslip::deductions)
      .def_readonly("minimum_wage_top_up", &Payslip::minimum_wage_top_up)
      .def_readonly("total", &Payslip::total)
      .def_readonly("lines", &Payslip::lines)
      .def("explanation", &Payslip::explanation, "The payslip as text, one rule per line.")
      .def("__repr__", [](const Payslip& p) { return to_text(p); });

  py::class_<Payroll>(m, "Payroll", R"doc(
A month's payroll: one payslip per person, department totals.

Raises
------
ValueError
    ``to_frame`` or ``plot`` with ``labels`` other than ``"en"`` or ``"zh"``.

Examples
--------
>>> slips = storeops.presets.tmall_2014().pay.payroll(storeops.Headcount({"cs_agent": 2,
...     "store_manager": 1}))
>>> len(slips.payslips), str(slips.total)
(3, '¥10,000.00')
)doc")
      .def_property_readonly("payslips", [](const Payroll& p) {
        std::vector<Payslip> out;
        for (const auto& e : p.people) out.push_back(e.slip);
        return out;
      }, "One payslip per person, in payroll order.")
      .def_property_readonly("names", [](const Payroll& p) {
        std::vector<std::string> out;
        for (const auto& e : p.people) out.push_back(e.name.empty() ? std::to_string(e.person) : e.name);
        return out;
      }, "Each person's name from the assessment sheet the payroll followed, in payroll order "
         "(their number, 1, 2, ..., where it followed none).")
      .def_property_readonly("by_department", [](const Payroll& p) {
        py::dict d;
        for (std::size_t i = 0; i < department_count; ++i)
          if (p.by_department[i].fen() != 0)
            d[py::str(std::string(department_names[i]))] = p.by_department[i];
        return d;
      }, "Total pay per department (departments with pay only).")
      .def_readonly("total", &Payroll::total)
      .def_readonly("pool", &Payroll::pool, "pool_rate × silent-order revenue.")
      .def_readonly("pool_paid", &Payroll::pool_paid, "What the pool members received.")
      .def_readonly("store_revenue", &Payroll::store_revenue)
      .def_property_readonly("payroll_to_revenue", &Payroll::payroll_to_revenue,
                             "Total pay / store revenue (0 when no revenue was given).")
      .def("__len__", [](const Payroll& p) { return p.people.size(); })
      .def("__repr__", [](const Payroll& p) {
        return "Payroll(" + std::to_string(p.people.size()) + " people, total=" +
               p.total.to_string() + ")";
      });

  auto pay_policy = py::class_<PayPolicy>(m, "PayPolicy", R"doc(
The pay rules of a plan, as data: one RolePay per role, the rating bonus rule, the indirect
departments' pool (``pool_rate`` of the whole store's silent-order revenue, split evenly over
the members of ``pool_departments``), a minimum wage (0: none) and optional KPI multipliers.
A replacement is checked; a bad one raises storeops.Error and leaves the policy as it was.

Raises
------
storeops.Error
    A field outside what its rule allows, when the object is made or the field is set
    (``PayPolicy.ALLOWED`` says what each field allows); the message names the field
    and the value. A role without a pay rule, or two
    rules for one role.
TypeError
    A field of the wrong type, or a keyword the class does not have
    (storeops.WrongTypeError).

Examples
--------
>>> pay = storeops.presets.tmall_2014().pay
>>> pay.role("cs_agent").base
Money('2000.00')
>>> str(pay.payroll(storeops.Headcount({"store_manager": 1})).total)
'¥5,000.00'
)doc")
      .def(py::init([](std::vector<RolePay> roles, RatingBonusRule rating, double pool_rate,
                       const std::vector<std::string>& pool_departments,
                       const py::object& minimum_wage, std::vector<KpiMultiplier> kpis) {
             std::vector<Department> depts;
             for (const auto& d : pool_departments) depts.push_back(department_from_string(d));
             return PayPolicy(std::move(roles), rating, pool_rate, std::move(depts),
                              money_from(minimum_wage, "Pay.minimum_wage"), std::move(kpis));
           }),
           py::kw_only(), py::arg("roles"), py::arg("rating") = RatingBonusRule{},
           py::arg("pool_rate") = PayPolicy::default_pool_rate,
           py::arg("pool_departments") = PayPolicy::default_pool_departments(),
           py::arg("minimum_wage") = 0, py::arg("kpi_multipliers") = std::vector<KpiMultiplier>{})
      .def("role", [](const PayPolicy& p, Role r) { return p.role(r); },
           py::arg("role"), "The pay rule of a role (a copy).")
      .def("set_role", &PayPolicy::set_role, py::arg("rule"), "Replace one role's pay rule.")
      .def_property_readonly("roles", &PayPolicy::roles, "Every role's pay rule, a list.")
      .def_property_readonly("by_role", [](const PayPolicy& p) {
        py::dict out;  // keyed by role name, as the plan's JSON keys them
        for (const auto& r : p.roles()) out[py::cast(r.role)] = r;
        return out;
      }, "Every role's pay rule by role name (a dict of copies; change one with set_role).")
      .def_property("rating", &PayPolicy::rating, &PayPolicy::set_rating)
      .def_property("kpi_multipliers", &PayPolicy::kpi_multipliers, &PayPolicy::set_kpi_multipliers)
      .def(
          "payslip",
          [](const PayPolicy& p, const std::string& role, const py::object& personal_sales,
             const py::object& team_sales, const py::object& pool_share, long neutral,
             long negative, double rating_change, const py::object& kpis) {
            PayInputs in;
            in.personal_sales = money_from(personal_sales, "personal_sales");
            in.team_sales = money_from(team_sales, "team_sales");
            in.pool_share = money_from(pool_share, "pool_share");
            in.neutral_reviews = neutral;
            in.negative_reviews = negative;
            in.rating_change = rating_change;
            in.kpis = kpi_map(kpis);
            return p.payslip(role_from_string(role), in);
          },
          py::arg("role"), py::kw_only(), py::arg("personal_sales") = 0, py::arg("team_sales") = 0,
          py::arg("pool_share") = 0, py::arg("neutral_reviews") = 0,
          py::arg("negative_reviews") = 0, py::arg("rating_change") = 0.0,
          py::arg("kpis") = py::none(),
          R"doc(One person's payslip for the month.

Parameters
----------
role : str
    One of storeops.ROLES.
personal_sales, team_sales, pool_share : Money or yuan
    The month's sales behind the role's commission, or its share of the silent-order pool.
    An input the role's rules do not use raises storeops.Error.
neutral_reviews, negative_reviews : int
    Reviews charged to this customer-service person this month.
rating_change : float
    This month's store rating minus last month's (4.6 − 4.7); counted in full tenths.
kpis : dict, optional
    The department's KPI values, for the policy's KPI multipliers.
)doc")
      .def(
          "payroll",
          [](const PayPolicy& p, const Headcount& staff, const py::object& cs_sales,
             const py::object& agent_sales, const py::object& silent_sales,
             const py::object& store_revenue, const py::object& neutral,
             const py::object& negative, double rating_change, const py::object& kpis,
             const py::object& assessments) {
            PayrollInputs in;
            if (!assessments.is_none())
              in.assessments = assessments.cast<std::vector<PersonAssessment>>();
            in.customer_service_sales = money_from(cs_sales, "customer_service_sales");
            in.agent_sales = money_list(agent_sales, "agent_sales");
            in.silent_sales = money_from(silent_sales, "silent_sales");
            in.store_revenue = money_from(store_revenue, "store_revenue");
            if (!neutral.is_none()) in.neutral_reviews = neutral.cast<std::vector<long>>();
            if (!negative.is_none()) in.negative_reviews = negative.cast<std::vector<long>>();
            in.rating_change = rating_change;
            if (!kpis.is_none())
              for (const auto& [d, values] : kpis.cast<py::dict>())
                in.kpis[department_from_string(d.cast<std::string>())] =
                    kpi_map(py::reinterpret_borrow<py::object>(values));
            return payroll(p, staff, in);
          },
          py::arg("headcount"), py::kw_only(), py::arg("customer_service_sales") = 0,
          py::arg("agent_sales") = py::none(), py::arg("silent_sales") = 0,
          py::arg("store_revenue") = 0, py::arg("neutral_reviews") = py::none(),
          py::arg("negative_reviews") = py::none(), py::arg("rating_change") = 0.0,
          py::arg("kpis") = py::none(), py::arg("assessments") = py::none(),
          R"doc(The whole team's pay for a month: one payslip per person of ``headcount``.

Parameters
----------
headcount : Headcount
    The team (e.g. ``plan.staffing.headcount(revenue, orders_per_day)``).
customer_service_sales : Money or yuan
    Sales through customer service, split evenly (to the fen) over the cs_agents; or give
    ``agent_sales``, one amount per cs_agent.
silent_sales : Money or yuan
    The whole store's silent-order revenue: the base of the indirect departments' pool.
store_revenue : Money or yuan
    For ``payroll_to_revenue``.
neutral_reviews, negative_reviews : list of int, optional
    Per customer-service person in payroll order (agents, leads, managers).
rating_change : float
    The store rating's change from last month.
kpis : dict, optional
    ``{department: {kpi: value}}`` for the KPI multipliers.
assessments : list of PersonAssessment, optional
    Each person's line of the month's assessment sheet, in payroll order: its pay factor on
    commission and bonus and its share of base (probation), each explained on the payslip.
    storeops.payroll(plan, headcount, sheet=...) builds them from ``storeops.assess``.
)doc");
  bind_settings(pay_policy, pay_settings, "Pay");  // checked when set

  auto presets = m.attr("presets").cast<py::module_>();
  presets.def("pay_2014", &presets::pay_2014,
              "The pay rules of seed 000 (ch.5 and attachment 七).");
}

}  // namespace storeops::python
