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
  STOREOPS_MONEY(cash_flow);
  STOREOPS_MONEY(cumulative_cash);
  STOREOPS_MONEY(inquiry_revenue);
  STOREOPS_MONEY(silent_revenue);
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
  py::class_<Uncertain>(m, "Uncertain", R"doc(
An input that may vary between sampled futures. Build one with ``Uncertain.fixed(v)``,
``.lognormal(median, spread)``, ``.normal(mean, sd, low, high)`` (redrawn until inside
[low, high]), ``.uniform(low, high)`` or ``.triangular(low, mode, high)``. Monte Carlo draws it
once per run; ``simulate`` without a seed uses ``value``.
)doc")
      .def(py::init([](double value, const std::string& distribution, double spread, double low,
                       double high) {
             return Uncertain{value, distribution_from_string(distribution), spread, low, high};
           }),
           py::arg("value"), py::kw_only(), py::arg("distribution") = "fixed",
           py::arg("spread") = 0.0, py::arg("low") = 0.0, py::arg("high") = 0.0)
      .def_static("fixed", [](double v) { return Uncertain{v}; }, py::arg("value"))
      .def_static("lognormal", [](double median, double spread) {
        return Uncertain{median, Distribution::lognormal, spread};
      }, py::arg("median"), py::arg("spread"))
      .def_static("normal", [](double mean, double sd, double low, double high) {
        return Uncertain{mean, Distribution::normal, sd, low, high};
      }, py::arg("mean"), py::arg("sd"), py::arg("low"), py::arg("high"))
      .def_static("uniform", [](double low, double high) {
        return Uncertain{(low + high) / 2, Distribution::uniform, 0, low, high};
      }, py::arg("low"), py::arg("high"))
      .def_static("triangular", [](double low, double mode, double high) {
        return Uncertain{mode, Distribution::triangular, 0, low, high};
      }, py::arg("low"), py::arg("mode"), py::arg("high"))
      .def_readonly("value", &Uncertain::value)
      .def_property_readonly("distribution", [](const Uncertain& u) {
        return std::string(distribution_names[std::size_t(u.distribution)]);
      })
      .def_readonly("spread", &Uncertain::spread)
      .def_readonly("low", &Uncertain::low)
      .def_readonly("high", &Uncertain::high)
      .def("quantile", [](const Uncertain& u, double q) {
        if (!(q > 0 && q < 1)) detail::fail("q", detail::shortest(q), "in (0, 1)");
        return u.quantile(q);
      }, py::arg("q"))
      .def("__eq__", [](const Uncertain& a, const Uncertain& b) { return a == b; })
      .def("__repr__", [](const Uncertain& u) {
        return "Uncertain(" + detail::shortest(u.value) + ", distribution='" +
               std::string(distribution_names[std::size_t(u.distribution)]) + "', spread=" +
               detail::shortest(u.spread) + ", low=" + detail::shortest(u.low) + ", high=" +
               detail::shortest(u.high) + ")";
      });

  py::class_<CampaignMonth>(m, "CampaignMonth", "A platform campaign month: traffic and conversion lift.")
      .def(py::init([](int month, std::string name, double traffic, double conversion) {
             return CampaignMonth{month, std::move(name), traffic, conversion};
           }),
           py::kw_only(), py::arg("month_of_year"), py::arg("name") = "",
           py::arg("traffic_multiplier") = 1.0, py::arg("conversion_multiplier") = 1.0)
      .def_readonly("month_of_year", &CampaignMonth::month_of_year)
      .def_readonly("name", &CampaignMonth::name)
      .def_readonly("traffic_multiplier", &CampaignMonth::traffic_multiplier)
      .def_readonly("conversion_multiplier", &CampaignMonth::conversion_multiplier);

  auto market = py::class_<MarketAssumptions>(m, "MarketAssumptions", R"doc(
The market a plan runs in: every simulation input, each documented in docs/plan-schema.md.
All are *assumed* (not in the seeds). Fields can be replaced; the plan is checked when it is
simulated (``plan.validate()`` checks it at once).
)doc");
  market.def(py::init<>());
#define STOREOPS_FIELD(name, doc) market.def_readwrite(#name, &MarketAssumptions::name, doc)
  STOREOPS_FIELD(start_month, "Calendar month (1-12) of the plan's first month.");
  STOREOPS_FIELD(days_in_month, "orders_per_day = monthly orders / days_in_month.");
  STOREOPS_FIELD(organic_start, "Organic search visitors in the first open month (Uncertain).");
  STOREOPS_FIELD(organic_growth, "Logistic growth of organic visitors a month (Uncertain).");
  STOREOPS_FIELD(organic_market_cap, "Organic visitors a month the market allows.");
  STOREOPS_FIELD(paid_spillover, "Paid visitors that also push search rank (sales momentum).");
  STOREOPS_FIELD(cpc, "直通车 cost per click, yuan (Uncertain).");
  STOREOPS_FIELD(search_half_saturation, "Adstocked 直通车 yuan a month at half efficiency.");
  STOREOPS_FIELD(cpm, "钻展 cost per thousand impressions, yuan (Uncertain).");
  STOREOPS_FIELD(display_ctr, "钻展 click-through rate.");
  STOREOPS_FIELD(display_half_saturation, "Adstocked 钻展 yuan a month at half efficiency.");
  STOREOPS_FIELD(adstock, "Share of last month's effective ad spend carried over.");
  STOREOPS_FIELD(hill_shape, "Shape of the saturation curve.");
  STOREOPS_FIELD(search_share, "Share of the ad budget on 直通车 (the rest on 钻展).");
  STOREOPS_FIELD(affiliate_share, "淘宝客 visitors as a share of organic visitors.");
  STOREOPS_FIELD(affiliate_commission, "淘宝客 commission on the sales they bring.");
  STOREOPS_FIELD(repeat_visits, "Visits a month per customer in the base.");
  STOREOPS_FIELD(customer_churn, "Share of the customer base lost each month (geometric).");
  STOREOPS_FIELD(retention_alpha,
                 "sBG retention alpha; with retention_beta > 0 the customer base follows the "
                 "shifted-beta-geometric curve instead of customer_churn (0: off).");
  STOREOPS_FIELD(retention_beta, "sBG retention beta; a new cohort's first-month churn is "
                                 "alpha / (alpha + beta) (0: off).");
  STOREOPS_FIELD(inquiry_rate, "询单率 (Uncertain).");
  STOREOPS_FIELD(inquiry_conversion, "询单转化率 (Uncertain).");
  STOREOPS_FIELD(silent_conversion, "静默转化率 (Uncertain).");
  STOREOPS_FIELD(average_order_value, "客单价, yuan (Uncertain).");
  STOREOPS_FIELD(refund_rate, "Share of revenue refunded (Uncertain).");
  STOREOPS_FIELD(review_share, "Share of orders reviewed.");
  STOREOPS_FIELD(neutral_share, "Neutral share of reviews.");
  STOREOPS_FIELD(negative_share, "Negative share of reviews.");
  STOREOPS_FIELD(rating_change, "Monthly store-rating change for the rating bonus.");
  STOREOPS_FIELD(ad_trial_months, "Months over which the launch ad trial budget is spent.");
  STOREOPS_FIELD(promotion_share, "Ad spend as a share of last month's revenue after the trial.");
  STOREOPS_FIELD(seasonality, "Traffic factor by calendar month, January first (12 numbers).");
  STOREOPS_FIELD(campaigns, "Platform campaign months (618, 双11, 双12).");
#undef STOREOPS_FIELD
  market.def("validate", &MarketAssumptions::validate);
  market.def("__eq__", [](const MarketAssumptions& a, const MarketAssumptions& b) { return a == b; });
  m.attr("Plan").cast<py::class_<Plan>>().def_readwrite(
      "market", &Plan::market, "Traffic, conversion, prices, seasonality (MarketAssumptions).");
  py::list inputs;
  for (auto n : uncertain_input_names) inputs.append(std::string(n));
  m.attr("UNCERTAIN_INPUTS") = py::tuple(inputs);
  py::list columns;
  for (auto n : monte_carlo_columns) columns.append(std::string(n));
  m.attr("MONTE_CARLO_COLUMNS") = py::tuple(columns);

  py::class_<SimulationResult>(m, "SimulationResult", "One simulated future, month by month.")
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
        d["revenue"] = x.revenue;
        d["payroll"] = x.payroll;
        d["neutral_reviews"] = x.neutral_reviews;
        d["negative_reviews"] = x.negative_reviews;
        return d;
      }, py::arg("month"), "Exact figures of a month behind its payroll (Money).")
      .def("__len__", [](const SimulationResult& r) { return r.months.size(); });

  m.def(
      "_simulate",
      [](const Plan& plan, int months, const py::object& seed) {
        SimulationOptions o;
        o.months = months;
        if (!seed.is_none()) {
          const auto s = seed.cast<py::int_>();
          if (s < py::int_(0)) detail::fail("seed", py::str(s).cast<std::string>(), ">= 0");
          o.seed = s.cast<std::uint64_t>();
        }
        py::gil_scoped_release release;
        return simulate(plan, o);
      },
      py::arg("plan"), py::arg("months") = 36, py::arg("seed") = py::none());

  auto mc = py::class_<MonteCarloResult>(m, "MonteCarloResult",
                                         "Many sampled futures: arrays shaped (runs, months).");
  for (std::size_t i = 0; i < monte_carlo_columns.size(); ++i)
    mc.def_property_readonly(
        std::string(monte_carlo_columns[i]).c_str(),
        [i](py::object self) {
          const auto& r = self.cast<const MonteCarloResult&>();
          // a read-only view onto the result's own memory: no copy
          py::array a(py::dtype::of<double>(), {r.columns[i].rows(), r.columns[i].cols()},
                      {r.columns[i].cols() * Eigen::Index(sizeof(double)), Eigen::Index(sizeof(double))},
                      r.columns[i].data(), self);
          py::detail::array_proxy(a.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
          return a;
        });
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
         const py::object& progress, std::uint64_t first_run) {
        MonteCarloOptions o{runs, months, seed, threads, first_run, {}};
        if (!progress.is_none())
          o.progress = [progress](int done, int total) {
            py::gil_scoped_acquire hold;
            progress(done, total);
          };
        py::gil_scoped_release release;
        return monte_carlo(plan, o);
      },
      py::arg("plan"), py::arg("runs"), py::arg("months") = 36, py::arg("seed") = 0,
      py::arg("threads") = 0, py::arg("progress") = py::none(), py::arg("first_run") = 0);

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
