// Uncertain inputs, campaign months and the market assumptions of a plan. The properties of
// MarketAssumptions come from its field table (market_fields): each setter takes what JSON
// takes, converts it with a named error for a wrong type, and checks it with the same rule
// as the JSON loader, so a bad value is refused when it is set, not when the plan runs.
#include <cmath>
#include <limits>

#include "fields.hpp"

namespace storeops::python {
namespace {

Uncertain checked(Uncertain u) {
  u.check_shape("Uncertain");
  return u;
}

}  // namespace

void register_market(py::module_& m) {
  py::class_<Uncertain>(m, "Uncertain", R"doc(
An input that may vary between sampled futures. Build one with ``Uncertain.fixed(v)``,
``.lognormal(median, spread)``, ``.normal(mean, sd, low=..., high=...)`` (redrawn until inside
[low, high]), ``.uniform(low, high)`` or ``.triangular(low, mode, high)``. Monte Carlo draws it
once per run; ``simulate`` without a seed uses ``value``. A plain number set on a plan field
that holds an Uncertain moves its central value and keeps the distribution
(see ``with_value``); set ``Uncertain.fixed(v)`` to remove the uncertainty.

Raises
------
storeops.Error
    An unknown distribution, a spread below zero, or a value outside ``low`` to
    ``high``.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> u = storeops.Uncertain(100, distribution="lognormal", spread=0.15)
>>> round(u.quantile(0.5), 6), u.with_value(120).value
(100.0, 120.0)
)doc")
      .def(py::init([](const py::object& value, const std::string& distribution,
                       const py::object& spread, const py::object& low, const py::object& high) {
             return checked({number_from(value, "value"), distribution_from_string(distribution),
                             number_from(spread, "spread"), number_from(low, "low"),
                             number_from(high, "high")});
           }),
           py::arg("value"), py::kw_only(), py::arg("distribution") = "fixed",
           py::arg("spread") = 0.0, py::arg("low") = 0.0, py::arg("high") = 0.0)
      .def_static("fixed", [](const py::object& v) { return checked({number_from(v, "value")}); },
                  py::arg("value"), "Always `value`.")
      .def_static(
          "lognormal",
          [](const py::object& median, const py::object& spread) {
            return checked({number_from(median, "median"), Distribution::lognormal,
                            number_from(spread, "spread")});
          },
          py::arg("median"), py::arg("spread"),
          "median · exp(spread · Z): `spread` is the sigma of the log (0.2: about ±20%).")
      .def_static(
          "normal",
          [](const py::object& mean, const py::object& sd, const py::object& low,
             const py::object& high) {
            const double mu = number_from(mean, "mean"), s = number_from(sd, "sd");
            detail::require_non_negative(s, "sd");
            // default bounds: four standard deviations, and never below zero for a value
            // that is not negative (every uncertain input of a plan is >= 0)
            const double lo = low.is_none() ? (mu >= 0 ? std::max(0.0, mu - 4 * s) : mu - 4 * s)
                                            : number_from(low, "low");
            const double hi = high.is_none() ? mu + 4 * s : number_from(high, "high");
            return checked({mu, Distribution::normal, s, lo, hi});
          },
          py::arg("mean"), py::arg("sd"), py::kw_only(), py::arg("low") = py::none(), py::arg("high") = py::none(),
          "mean + sd · Z, redrawn until inside [low, high]. Without bounds: mean ± 4 sd, and "
          "not below 0 when the mean is not negative.")
      .def_static(
          "uniform",
          [](const py::object& low, const py::object& high) {
            const double lo = number_from(low, "low"), hi = number_from(high, "high");
            return checked({(lo + hi) / 2, Distribution::uniform, 0, lo, hi});
          },
          py::arg("low"), py::arg("high"), "Between low and high.")
      .def_static(
          "triangular",
          [](const py::object& low, const py::object& mode, const py::object& high) {
            return checked({number_from(mode, "mode"), Distribution::triangular, 0,
                            number_from(low, "low"), number_from(high, "high")});
          },
          py::arg("low"), py::arg("mode"), py::arg("high"), "Between low and high, peaked at mode.")
      .def_readonly("value", &Uncertain::value)
      .def_readonly("distribution", &Uncertain::distribution)
      .def_readonly("spread", &Uncertain::spread)
      .def_readonly("low", &Uncertain::low)
      .def_readonly("high", &Uncertain::high)
      .def("with_value", [](const Uncertain& u, const py::object& v) {
        return checked(u.with_value(number_from(v, "value")));
      }, py::arg("value"), "The same distribution around a new central value (the median of a "
         "lognormal, the mean of a normal, the mode of a triangular, the middle of a uniform).")
      .def("quantile", [](const Uncertain& u, const py::object& q) {
        const double x = number_from(q, "q");
        if (!(x > 0 && x < 1)) detail::fail("q", detail::shortest(x), "in (0, 1)");
        return u.quantile(x);
      }, py::arg("q"))
      .def("__eq__", &equal_values<Uncertain>)
      .def("__hash__", &no_hash<Uncertain>)
      .def("__repr__", [](const Uncertain& u) {
        // the parameters the distribution has, as the plan file writes them
        std::string out = "Uncertain(" + detail::shortest(u.value);
        if (!u.varies()) return out + ")";
        out += ", distribution='" + std::string(to_string(u.distribution)) + "'";
        if (u.distribution == Distribution::lognormal || u.distribution == Distribution::normal)
          out += ", spread=" + detail::shortest(u.spread);
        if (u.distribution != Distribution::lognormal)
          out += ", low=" + detail::shortest(u.low) + ", high=" + detail::shortest(u.high);
        return out + ")";
      })
      .def(py::pickle(
          [](const Uncertain& u) {
            return py::make_tuple(u.value, std::string(to_string(u.distribution)),
                                  u.spread, u.low, u.high);
          },
          [](const py::tuple& t) {
            return Uncertain{t[0].cast<double>(), distribution_from_string(t[1].cast<std::string>()),
                             t[2].cast<double>(), t[3].cast<double>(), t[4].cast<double>()};
          }));

  // A campaign month is a value: plan.market.campaigns hands out copies, so setting a field on
  // one would silently change nothing. Build a new one (or use with_()) instead.
  auto campaign = py::class_<CampaignMonth>(m, "CampaignMonth", R"doc(
A platform campaign month: traffic and conversion lift, and the campaign day's temporary staff
(paid per shift with the month's payroll, not hired; 0 unless a plan opts in).

Raises
------
storeops.Error
    A field outside what its rule allows, when the object is made or the field
    is set; the message names the field and the value.
TypeError
    A field of the wrong type, or a keyword the class does not have
    (storeops.WrongTypeError).

Examples
--------
>>> double11 = storeops.presets.tmall_2014().market.campaigns[1]
>>> double11.name, double11.month_of_year, double11.traffic_multiplier
('双11', 11, 2.0)
)doc");
  campaign
      .def(py::init([](const py::object& month, std::string name, const py::object& traffic,
                       const py::object& conversion, const py::object& temporary) {
             CampaignMonth c{int_from(month, "CampaignMonth.month_of_year"), std::move(name),
                             number_from(traffic, "CampaignMonth.traffic_multiplier"),
                             number_from(conversion, "CampaignMonth.conversion_multiplier"), {}};
             assign(c.temporary_staff_cost, temporary, "CampaignMonth.temporary_staff_cost");
             return checked(campaign_month_fields, c, "CampaignMonth");
           }),
           py::kw_only(), py::arg("month_of_year"), py::arg("name") = "",
           py::arg("traffic_multiplier") = 1.0, py::arg("conversion_multiplier") = 1.0,
           py::arg("temporary_staff_cost") = 0)
      .def_readonly("month_of_year", &CampaignMonth::month_of_year)
      .def_readonly("name", &CampaignMonth::name)
      .def_readonly("traffic_multiplier", &CampaignMonth::traffic_multiplier)
      .def_readonly("conversion_multiplier", &CampaignMonth::conversion_multiplier)
      .def_readonly("temporary_staff_cost", &CampaignMonth::temporary_staff_cost)
      .def("__eq__", &equal_values<CampaignMonth>)
      .def("__hash__", &no_hash<CampaignMonth>)
      .def("__repr__", [](const CampaignMonth& c) {
        std::string out = "CampaignMonth(month_of_year=" + std::to_string(c.month_of_year) +
                          ", name='" + c.name + "', traffic_multiplier=" +
                          detail::shortest(c.traffic_multiplier) +
                          ", conversion_multiplier=" + detail::shortest(c.conversion_multiplier);
        if (c.temporary_staff_cost.fen() != 0)
          out += ", temporary_staff_cost=" + c.temporary_staff_cost.to_string();
        return out + ")";
      });
  {
    py::list fields;
    detail::for_each_field(campaign_month_fields, [&](const auto& f) {
      fields.append(py::make_tuple(std::string(f.name), std::string(f.label_zh), std::string(f.doc)));
    });
    campaign.attr("FIELDS") = py::tuple(fields);
  }

  auto market = py::class_<MarketAssumptions>(m, "MarketAssumptions", R"doc(
The market a plan runs in: every simulation input, each documented in docs/plan-schema.md.
All are *assumed* (not in the seeds) unless the doc line cites one. Each field is checked when
it is set, by the rule the JSON loader uses; rules across fields (retention_alpha with
retention_beta, neutral_share + negative_share <= 1) when the plan is checked or simulated.
``MarketAssumptions.FIELDS`` lists (name, Chinese label, doc) for every field.

Examples
--------
>>> market = storeops.presets.tmall_2014().market
>>> market.start_date, market.start_month, market.average_order_value.value
('2014-02-01', 2, 100.0)
)doc");
  market.def(py::init<>());
  bind_fields(market, market_fields, "market");
  // start_month, from before plans had a calendar: the month of start_date, kept so that
  // older notebooks run; setting it moves start_date to that month of the same year.
  market.def_property(
      "start_month", [](const MarketAssumptions& a) { return a.start_month(); },
      [](MarketAssumptions& a, const py::object& value) {
        const int month = int_from(value, "market.start_month");
        if (month < 1 || month > 12)
          detail::fail("market.start_month", std::to_string(month), "in 1..12");
        a.start_date = a.start_date.year() / std::chrono::month(unsigned(month)) / 1;
      },
      "The calendar month (1-12) of start_date; setting it moves start_date to that month of "
      "the same year (the older form of start_date).");
  market.def("validate", &MarketAssumptions::validate, "Checks every field and the rules across fields.");
  market.def("__eq__", [](const MarketAssumptions& a, const MarketAssumptions& b) { return a == b; });
  m.attr("Plan").cast<py::class_<Plan>>().def_readwrite(
      "market", &Plan::market, "Traffic, conversion, prices, seasonality (MarketAssumptions).");
  py::list inputs;
  for (const auto& u : uncertain_inputs) inputs.append(std::string(u.name));
  m.attr("UNCERTAIN_INPUTS") = py::tuple(inputs);
}

}  // namespace storeops::python
