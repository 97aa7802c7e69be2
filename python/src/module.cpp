// storeops._core: the compiled half of the storeops package.
#include "pybind11.hpp"

PYBIND11_MODULE(_core, m) {
  m.doc() = "storeops compiled core; use the storeops package, not this module.";
  m.attr("__version__") = STOREOPS_PY_VERSION;
  // the submodules, made here so that every area adds to them in any order
  m.def_submodule("presets", "Seed tables as data.");
  m.def_submodule("metrics", "Store metrics; zero denominators raise storeops.Error.");
  m.def_submodule("erlang", "Customer-service sizing by queueing (Erlang C).");
  m.def_submodule("campaigns", "Platform campaign entry rules (004).");
  storeops::python::register_money(m);  // first: the error types and Money everyone uses
  storeops::python::register_funnel(m);
  storeops::python::register_credit(m);
  storeops::python::register_report(m);
  storeops::python::register_staffing(m);
  storeops::python::register_erlang(m);
  storeops::python::register_pay(m);
  storeops::python::register_finance(m);
  storeops::python::register_lifecycle(m);
  storeops::python::register_plan(m);  // a Plan holds all of the above
  storeops::python::register_market(m);
  storeops::python::register_simulate(m);
  storeops::python::register_campaigns(m);
  storeops::python::register_tracking(m);
  storeops::python::register_campaign_day(m);
  storeops::python::register_catalog(m);
  storeops::python::register_assessment(m);
}
