// The monthly assessment (月度考核) and probation (试用期): their data in the plan, and one
// person's line of the sheet as payroll reads it.
#include "fields.hpp"
#include "pybind11.hpp"

namespace storeops::python {

void register_assessment(py::module_& m) {
  auto target = py::class_<KpiTarget>(m, "KpiTarget", R"doc(
One KPI on a department's assessment sheet: its ``target`` (a score of 100), its ``weight``
in the department's total score (a department's weights sum to 1), whether more is better
(False for a response time or a cost), the seed clause it comes from (``source``;
"*assumed*"), and ``role``: empty for every role of the department, or the one role whose
sheet adds it (the customer-service lead's personal and team sales, 000 ch.3; that person's
score is scaled to the weights' sum).

Examples
--------
>>> first = storeops.presets.assessment_2014().targets[0]
>>> first
KpiTarget(customer_service, satisfaction, target=0.95, weight=0.35)
>>> first.weight
0.35
)doc");
  target.def(py::init([](const py::object& department, const py::object& kpi, const py::object& t,
                         const py::object& weight, const py::object& higher, const py::object& source,
                         const py::object& role) {
                KpiTarget k;
                assign(k.department, department, "KpiTarget.department");
                assign(k.kpi, kpi, "KpiTarget.kpi");
                assign(k.target, t, "KpiTarget.target");
                assign(k.weight, weight, "KpiTarget.weight");
                assign(k.higher_is_better, higher, "KpiTarget.higher_is_better");
                assign(k.source, source, "KpiTarget.source");
                assign(k.role, role, "KpiTarget.role");
                return checked(kpi_target_fields, k, "KpiTarget");
              }),
              py::arg("department"), py::arg("kpi"), py::arg("target"), py::arg("weight"),
              py::arg("higher_is_better") = true, py::arg("source") = "*assumed*",
              py::arg("role") = "");
  bind_fields(target, kpi_target_fields, "KpiTarget");
  target.def("__eq__", &equal_values<KpiTarget>).def("__hash__", &no_hash<KpiTarget>);
  target.def("__repr__", [](const KpiTarget& k) {
    return "KpiTarget(" + std::string(to_string(k.department)) + ", " + k.kpi + ", target=" +
           detail::shortest(k.target) + ", weight=" + detail::shortest(k.weight) +
           (k.higher_is_better ? "" : ", less is better") +
           (k.role.empty() ? "" : ", role=" + k.role) + ")";
  });

  auto band = py::class_<ScoreBand>(m, "ScoreBand", R"doc(
A score band: from ``min_score`` up to the next band, ``factor`` multiplies commission and
bonus; ``label`` names it (优秀, 良好, 合格, 不合格).

Examples
--------
>>> top = storeops.presets.assessment_2014().bands[0]
>>> top.label, top.min_score, top.factor
('优秀', 90.0, 1.2)
)doc");
  band.def(py::init([](const py::object& min_score, const py::object& factor, const py::object& label) {
             ScoreBand b;
             assign(b.min_score, min_score, "ScoreBand.min_score");
             assign(b.factor, factor, "ScoreBand.factor");
             assign(b.label, label, "ScoreBand.label");
             return checked(score_band_fields, b, "ScoreBand");
           }),
           py::arg("min_score"), py::arg("factor"), py::arg("label") = "");
  bind_fields(band, score_band_fields, "ScoreBand");
  band.def("__eq__", &equal_values<ScoreBand>).def("__hash__", &no_hash<ScoreBand>);
  band.def("__repr__", [](const ScoreBand& b) {
    return "ScoreBand(" + detail::shortest(b.min_score) + ", " + detail::shortest(b.factor) +
           (b.label.empty() ? "" : ", " + b.label) + ")";
  });

  auto rules = py::class_<AssessmentRules>(m, "AssessmentRules", R"doc(
The monthly assessment as data (``plan.assessment``): each department's KPIs with target and
weight (``targets``), the score bands and their pay factors from the highest down to 0
(``bands``), and the total score that passes a probation (``pass_score``). The seeds (000 ch.5,
002) name the KPIs and their order; the numbers of ``presets.assessment_2014()`` are *assumed*.
``check()`` refuses a KPI that is not its department's, a negative weight, weights of a
department that do not sum to 1, and bands out of order.

Examples
--------
>>> rules = storeops.presets.assessment_2014()
>>> [band.label for band in rules.bands][:2]
['优秀', '良好']
)doc");
  rules.def(py::init([](const py::object& targets, const py::object& bands, const py::object& pass) {
              AssessmentRules a;
              if (!targets.is_none()) assign(a.targets, targets, "AssessmentRules.targets");
              if (!bands.is_none()) assign(a.bands, bands, "AssessmentRules.bands");
              assign(a.pass_score, pass, "AssessmentRules.pass_score");
              return a;  // check() when used: a sheet may be built up field by field
            }),
            py::arg("targets") = py::none(), py::arg("bands") = py::none(),
            py::arg("pass_score") = 60.0);
  bind_fields(rules, assessment_fields, "assessment");
  rules.def("__eq__", &equal_values<AssessmentRules>).def("__hash__", &no_hash<AssessmentRules>);
  rules.def(
      "check",
      [](const AssessmentRules& a) { detail::check_fields(assessment_fields, a, "assessment"); },
      "Raises storeops.Error naming the field and value of the first rule broken.");
  rules.def(
      "score", [](const AssessmentRules&, double value, const KpiTarget& t) {
        return AssessmentRules::score(value, t);
      },
      py::arg("value"), py::arg("target"),
      "A KPI's score: 100 at or beyond the target, in proportion short of it; NaN for NaN.");
  rules.def(
      "band_of", [](const AssessmentRules& a, double total) -> std::optional<ScoreBand> {
        const ScoreBand* b = a.band_of(total);
        return b ? std::optional<ScoreBand>(*b) : std::nullopt;
      },
      py::arg("total"), "The band a total score falls in (None for NaN).");
  rules.def(
      "to_json", [](const AssessmentRules& a, int indent) { return assessment_to_json(a, indent); },
      py::arg("indent") = 2, "The rules as the plan file's \"assessment\" section.");
  rules.def_static("from_json", &assessment_from_json, py::arg("text"),
                   "Rules from to_json's text, checked.");
  rules.def("__repr__", [](const AssessmentRules& a) {
    return "AssessmentRules(" + std::to_string(a.targets.size()) + " KPI targets, " +
           std::to_string(a.bands.size()) + " bands, pass_score=" + detail::shortest(a.pass_score) +
           ")";
  });

  auto probation = py::class_<ProbationPolicy>(m, "ProbationPolicy", R"doc(
Probation (试用期; ``plan.probation``): ``days`` of probation by role in the order of
storeops.ROLES (0..30: it runs within the month of hire; 000 ch.5 gives customer service one
week to half a month, the preset 15), probation pay as a share of base (``pay_share``,
*assumed* 1.0) and the share of hires who fail and are replaced (``failure_rate``, an
Uncertain, *assumed* 0; a Monte Carlo samples it for each future from its own random stream).
In a month that hires, each hire of a role with d days and base pay B adds
B × d/30 × (failure_rate × pay_share − (1 − pay_share)) to the payroll.

Examples
--------
>>> probation = storeops.presets.tmall_2014().probation
>>> probation.pay_share, probation.failure_rate.value
(1.0, 0.0)
)doc");
  probation.def(py::init<>());
  bind_fields(probation, probation_fields, "probation");
  probation.def("__eq__", &equal_values<ProbationPolicy>).def("__hash__", &no_hash<ProbationPolicy>);
  probation.def(
      "hire_month_cost",
      [](const ProbationPolicy& p, const PayPolicy& pay, const Headcount& before,
         const Headcount& after, const py::object& failure) {
        return p.hire_month_cost(pay, before, after,
                                 failure.is_none() ? p.failure_rate.value
                                                   : number_from(failure, "failure_rate"));
      },
      py::arg("pay"), py::arg("before"), py::arg("after"), py::arg("failure_rate") = py::none(),
      "What probation adds to the payroll of the month the team went from ``before`` to "
      "``after`` (negative: it saves), to the fen.");
  probation.def(
      "base_share",
      [](const ProbationPolicy& p, const std::string& role) {
        return p.base_share(role_from_string(role));
      },
      py::arg("role"),
      "The share of a month's base pay a person of ``role`` on probation is paid: "
      "1 - (1 - pay_share) × days/30.");

  py::class_<PersonAssessment>(m, "PersonAssessment", R"doc(
One person's line of the assessment sheet as payroll reads it, in payroll order: the ``role``
(checked against the person's), the pay ``factor`` on commission and bonus with the ``note``
that explains it, and the share of base pay paid (``base_share``, below 1 on probation) with
its ``base_note``. storeops.payroll builds these from the sheet.

Raises
------
storeops.Error
    An unknown role, ``factor`` below zero or ``base_share`` outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> line = storeops.PersonAssessment("cs_agent", factor=0.8, note="score 72 (C)")
>>> line.role, line.factor, line.base_share
('cs_agent', 0.8, 1.0)
)doc")
      .def(py::init([](const std::string& role, double factor, std::string note, double base_share,
                       std::string base_note, std::string name) {
             return PersonAssessment{role_from_string(role),
                                     detail::require_non_negative(factor, "PersonAssessment.factor"),
                                     std::move(note),
                                     detail::require_rate(base_share, "PersonAssessment.base_share"),
                                     std::move(base_note), std::move(name)};
           }),
           py::arg("role"), py::arg("factor") = 1.0, py::arg("note") = "",
           py::arg("base_share") = 1.0, py::arg("base_note") = "", py::arg("name") = "")
      .def_property_readonly("role", [](const PersonAssessment& a) { return std::string(to_string(a.role)); })
      .def_readonly("factor", &PersonAssessment::factor)
      .def_readonly("note", &PersonAssessment::note)
      .def_readonly("base_share", &PersonAssessment::base_share)
      .def_readonly("base_note", &PersonAssessment::base_note)
      .def_readonly("name", &PersonAssessment::name);

  auto plan = m.attr("Plan").cast<py::class_<Plan>>();
  plan.def_property(
      "assessment", [](const Plan& p) { return p.assessment; },
      [](Plan& p, const AssessmentRules& a) {
        detail::check_fields(assessment_fields, a, "assessment");
        p.assessment = a;
      },
      "The monthly assessment rules (AssessmentRules), checked when set.");
  plan.def_property(
      "probation", [](const Plan& p) { return p.probation; },
      [](Plan& p, const ProbationPolicy& a) {
        detail::check_fields(probation_fields, a, "probation");
        p.probation = a;
      },
      "Probation by role, its pay and failures (ProbationPolicy), checked when set.");
  m.attr("presets").attr("assessment_2014") = py::cpp_function(
      &assessment_2014, "The assessment of seeds 000 ch.5 and 002 (numbers *assumed*).");
  m.attr("presets").attr("probation_2014") = py::cpp_function(
      &probation_2014, "15 days for customer service (000 ch.5), full pay, no failures.");
}

}  // namespace storeops::python
