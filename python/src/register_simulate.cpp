// Market assumptions, simulate, monte_carlo and sensitivity.
#include <pybind11/eigen.h>
#include <pybind11/functional.h>
#include <pybind11/numpy.h>

#include "pybind11.hpp"

namespace storeops::python {
namespace {

py::dict month_columns(const SimulationResult& r) {
  const auto n = r.months.size();
  auto column = [n](auto get) {
    py::array_t<double> a(static_cast<py::ssize_t>(n));
    auto* p = a.mutable_data();
    for (std::size_t i = 0; i < n; ++i) p[i] = get(i);
    return a;
  };
  const auto& m = r.months;
  py::dict d;
  py::list stages;
  for (const auto& x : m) stages.append(std::string(to_string(x.stage)));
  d["month"] = column([&](std::size_t i) { return double(m[i].month); });
  d["stage"] = stages;
#define STOREOPS_COUNT(name) d[#name] = column([&](std::size_t i) { return m[i].name; })
#define STOREOPS_MONEY(name) d[#name] = column([&](std::size_t i) { return m[i].name.yuan(); })
  STOREOPS_COUNT(visitors);
  STOREOPS_COUNT(organic);
  STOREOPS_COUNT(search);
  STOREOPS_COUNT(display);
  STOREOPS_COUNT(affiliate);
  STOREOPS_COUNT(returning);
  STOREOPS_COUNT(inquiries);
  STOREOPS_COUNT(orders);
  STOREOPS_COUNT(silent_orders);
  STOREOPS_COUNT(orders_per_day);
  STOREOPS_MONEY(revenue);
  STOREOPS_MONEY(refunds);
  STOREOPS_MONEY(net_sales);
  d["headcount"] = column([&](std::size_t i) { return double(m[i].staff.total()); });
  STOREOPS_MONEY(payroll);
  STOREOPS_MONEY(promotion_spend);
  STOREOPS_MONEY(search_spend);
  STOREOPS_MONEY(display_spend);
  STOREOPS_MONEY(affiliate_spend);
  STOREOPS_MONEY(platform_fees);
  STOREOPS_MONEY(gross_profit);
  STOREOPS_MONEY(operating_profit);
  STOREOPS_MONEY(deposits_and_purchases);
  STOREOPS_MONEY(cash_flow);
  STOREOPS_MONEY(cumulative_cash);
  STOREOPS_MONEY(inquiry_revenue);
  STOREOPS_MONEY(silent_revenue);
  STOREOPS_MONEY(campaign_revenue);
#undef STOREOPS_COUNT
#undef STOREOPS_MONEY
  d["neutral_reviews"] = column([&](std::size_t i) { return double(m[i].neutral_reviews); });
  d["negative_reviews"] = column([&](std::size_t i) { return double(m[i].negative_reviews); });
  d["credit_points"] = column([&](std::size_t i) { return double(m[i].credit_points); });
  for (std::size_t k = 0; k < department_count; ++k)
    d[py::str("headcount_" + std::string(department_names[k]))] =
        column([&](std::size_t i) { return double(m[i].staff.departments()[k]); });
  return d;
}

}  // namespace

void register_simulate(py::module_& m) {
  py::list columns;
  for (const auto& c : monte_carlo_columns) columns.append(std::string(c.name));
  m.attr("MONTE_CARLO_COLUMNS") = py::tuple(columns);
  m.attr("DEFAULT_RUNS") = default_runs;
  m.attr("DEFAULT_BLOCK_SIZE") = default_block_size;

  py::class_<StoreState>(m, "StoreState", R"doc(
Where a store stands between two months: everything the months after depend on (cash, staff,
the needs still to be hired for, customers, traffic and ad stock, lifecycle progress, payback
so far). Every simulation ends with one (``Simulation.state``); ``simulate(plan, start=state)``
and ``monte_carlo(plan, start=state)`` go on from it, and 10 months then 26 from the state are
the 36 months exactly. Saved and read as JSON (``to_json``, ``StoreState.from_json``; schema
"storeops.state/1"); it pickles.

Raises
------
storeops.Error
    ``from_json`` on text that is not a saved state (the message gives the JSON path).

Examples
--------
>>> sim = storeops.simulate(storeops.presets.tmall_2014(), months=10)
>>> state = sim.state
>>> state.month
10
>>> storeops.simulate(storeops.presets.tmall_2014(), months=26, start=state).payback_month
34
)doc")
      .def_readonly("month", &StoreState::month, "Months behind the store.")
      .def_readonly("months_open", &StoreState::months_open, "Of them, months open for business.")
      .def_property_readonly("stage", [](const StoreState& s) { return s.stage.index; },
                             "Index of the current stage in the plan's lifecycle.")
      .def_readonly("cumulative_cash", &StoreState::cumulative_cash)
      .def_readonly("last_revenue", &StoreState::last_revenue)
      .def_readonly("operating_profit_sum", &StoreState::operating_profit_sum,
                    "Operating profit summed since month 1 (the payback test).")
      .def_readonly("payback_month", &StoreState::payback_month)
      .def_readonly("organic", &StoreState::organic, "Organic visitors a month, before seasonality.")
      .def_readonly("customers", &StoreState::customers)
      .def_readonly("credit_points", &StoreState::credit_points)
      .def_readonly("employed", &StoreState::employed, "The staff (Headcount).")
      .def("to_json", [](const StoreState& s, int indent) { return state_to_json(s, indent); },
           py::arg("indent") = 2, "The state as JSON text.")
      .def_static("from_json", [](const std::string& text) { return state_from_json(text); },
                  py::arg("text"), "A state from JSON text; errors name the bad field's path.")
      .def("__eq__", &equal_values<StoreState>)
      .def("__repr__", [](const StoreState& s) {
        return "StoreState(month " + std::to_string(s.month) + ", cash " +
               s.cumulative_cash.to_string() + ", " + std::to_string(s.employed.total()) + " staff)";
      })
      .def(py::pickle([](const StoreState& s) { return py::make_tuple(state_to_json(s, -1)); },
                      [](const py::tuple& t) { return state_from_json(t[0].cast<std::string>()); }));
  m.attr("StoreState").attr("__hash__") = py::none();

  py::class_<SimulationResult>(m, "SimulationResult", "One simulated future, month by month.")
      .def_readonly("state", &SimulationResult::state, "Where the store stands after the last month.")
      .def_property_readonly("payback_month", [](const SimulationResult& r) -> py::object {
        if (!r.payback_month) return py::none();
        return py::int_(*r.payback_month);
      })
      .def_property_readonly("stage_start", [](const SimulationResult& r) {
        py::dict d;
        for (std::size_t s = 0; s < stage_count; ++s)
          d[py::str(std::string(stage_names[s]))] =
              r.stage_start[s] ? py::object(py::int_(*r.stage_start[s])) : py::object(py::none());
        return d;
      }, "The first month (1-based) of each stage, None where never reached.")
      .def("columns", &month_columns, "Every monthly column as a NumPy array (money in yuan).")
      .def("staff", [](const SimulationResult& r, int month) {
        if (month < 1 || month > int(r.months.size()))
          detail::fail("month", std::to_string(month), "in 1.." + std::to_string(r.months.size()));
        return r.months[std::size_t(month - 1)].staff;
      }, py::arg("month"), "The staff employed in a month (1-based).")
      .def("month_figures", [](const SimulationResult& r, int month) {
        if (month < 1 || month > int(r.months.size()))
          detail::fail("month", std::to_string(month), "in 1.." + std::to_string(r.months.size()));
        const auto& x = r.months[std::size_t(month - 1)];
        py::dict d;
        d["inquiry_revenue"] = x.inquiry_revenue;
        d["silent_revenue"] = x.silent_revenue;
        d["campaign_revenue"] = x.campaign_revenue;
        d["revenue"] = x.revenue;
        d["payroll"] = x.payroll;
        d["neutral_reviews"] = x.neutral_reviews;
        d["negative_reviews"] = x.negative_reviews;
        return d;
      }, py::arg("month"), "Exact figures of a month behind its payroll (Money).")
      .def("__len__", [](const SimulationResult& r) { return r.months.size(); });

  m.def(
      "_simulate",
      [](const Plan& plan, int months, const py::object& seed, std::optional<StoreState> start) {
        SimulationOptions o;
        o.months = months;
        o.start = std::move(start);
        if (!seed.is_none()) {
          const auto s = seed.cast<py::int_>();
          if (s < py::int_(0)) detail::fail("seed", py::str(s).cast<std::string>(), ">= 0");
          o.seed = s.cast<std::uint64_t>();
        }
        py::gil_scoped_release release;
        return simulate(plan, o);
      },
      py::arg("plan"), py::arg("months") = 36, py::arg("seed") = py::none(),
      py::arg("start") = py::none());

  auto mc = py::class_<MonteCarloResult>(m, "MonteCarloResult",
                                         "Many sampled futures: arrays shaped (runs, months).");
  for (std::size_t i = 0; i < monte_carlo_columns.size(); ++i)
    mc.def_property_readonly(
        std::string(monte_carlo_columns[i].name).c_str(),
        [i](py::object self) {
          const auto& r = self.cast<const MonteCarloResult&>();
          // a read-only view onto the result's own memory: no copy
          const MonteCarloResult::Column c = r.column(i);
          py::array a(py::dtype::of<double>(), {c.rows(), c.cols()},
                      {c.cols() * Eigen::Index(sizeof(double)), Eigen::Index(sizeof(double))},
                      c.data(), self);
          py::detail::array_proxy(a.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
          return a;
        });
  mc.def_property_readonly("columns", [](const MonteCarloResult& r) {
        py::list names;
        for (std::size_t i = 0; i < monte_carlo_columns.size(); ++i)
          if (r.has(i)) names.append(std::string(monte_carlo_columns[i].name));
        return names;
      }, "The columns the result holds (monte_carlo(columns=...)), in MONTE_CARLO_COLUMNS order.");
  mc.def_property_readonly("stage", [](py::object self) {
        const auto& r = self.cast<const MonteCarloResult&>();
        py::array a(py::dtype::of<std::int8_t>(), {r.stage.rows(), r.stage.cols()},
                    {r.stage.cols() * Eigen::Index(1), Eigen::Index(1)}, r.stage.data(), self);
        py::detail::array_proxy(a.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
        return a;
      }, "Stage index per run and month (storeops.STAGES[i]).")
      .def_property_readonly("payback_months", [](const MonteCarloResult& r) {
        return Eigen::VectorXd(r.payback_months);
      }, "Payback month per run (NaN: not within the months simulated).")
      .def("quantiles", &MonteCarloResult::quantiles, py::arg("column"),
           py::arg("q") = std::vector<double>{0.1, 0.5, 0.9},
           "Quantiles per month: one row per q, one column per month.")
      .def("stage_probability", &MonteCarloResult::stage_probability,
           "Share of runs that reached each stage by each month: (stages, months).");

  m.def(
      "_monte_carlo",
      [](const Plan& plan, int runs, int months, std::uint64_t seed, int threads,
         const py::object& progress, std::uint64_t first_run, std::optional<StoreState> start,
         int block_size, std::vector<std::string> columns) {
        MonteCarloOptions o{runs,       months, seed, threads, first_run, {}, std::move(start),
                            block_size, std::move(columns)};
        if (!progress.is_none())
          o.progress = [progress](int done, int total) {
            py::gil_scoped_acquire hold;
            progress(done, total);
          };
        py::gil_scoped_release release;
        return monte_carlo(plan, o);
      },
      py::arg("plan"), py::arg("runs"), py::arg("months") = 36, py::arg("seed") = 0,
      py::arg("threads") = 0, py::arg("progress") = py::none(), py::arg("first_run") = 0,
      py::arg("start") = py::none(), py::arg("block_size") = default_block_size,
      py::arg("columns") = std::vector<std::string>{});

  m.def("_quantiles", [](const Eigen::Ref<const Matrix>& values, const std::vector<double>& q) {
    return quantiles_by_column(values, q);
  }, py::arg("values"), py::arg("q"), "Quantiles of each column: one row per q.");
  m.def("_stage_probability", [](const Eigen::Ref<const StageMatrix>& stage) {
    return stage_reached_share(stage);
  }, py::arg("stage"), "Share of runs that reached each stage by each month.");

  m.def("_sobol", [](const Plan& plan, int runs, int months, std::uint64_t seed,
                     const std::string& output, int threads) {
    SobolOptions o;
    o.runs = runs;
    o.months = months;
    o.seed = seed;
    o.output = output;
    o.threads = threads;
    SobolResult r;
    {
      py::gil_scoped_release release;
      r = sobol(plan, o);
    }
    py::list names;
    for (auto n : r.inputs) names.append(std::string(n));
    return py::make_tuple(names, r.s1, r.s1_conf, r.st, r.st_conf, r.outputs);
  }, py::arg("plan"), py::arg("runs"), py::arg("months") = 36, py::arg("seed") = 0,
     py::arg("output") = "cumulative_cash", py::arg("threads") = 0);

  py::class_<Swing>(m, "Swing", "One row of a sensitivity table.")
      .def_readonly("input", &Swing::input)
      .def_readonly("low_value", &Swing::low_value)
      .def_readonly("high_value", &Swing::high_value)
      .def_readonly("low_result", &Swing::low_result)
      .def_readonly("high_result", &Swing::high_result);
  m.def("_sensitivity", [](const Plan& plan, int months, const std::string& metric) {
    py::gil_scoped_release release;
    return sensitivity(plan, months, metric);
  }, py::arg("plan"), py::arg("months") = 36, py::arg("metric") = "cumulative_cash");
}

}  // namespace storeops::python
