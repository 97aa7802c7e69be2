// A running store's reports against its plan: track, calibrate, reforecast (the pandas side,
// reading the report files, is python/storeops/tracking.py).
#include <pybind11/functional.h>
#include <pybind11/numpy.h>

#include "fields.hpp"
#include "pybind11.hpp"

namespace storeops::python {
namespace {

using Days = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>;

Date date_of(std::int64_t days_since_epoch) {
  return Date(std::chrono::sys_days(std::chrono::days(days_since_epoch)));
}

/// The report's days from parallel arrays: dates as days since 1970-01-01, sales in fen.
std::vector<DailyActual> days_of(const Days& date, const Days& visitors, const Days& buyers,
                                 const Days& sales_fen) {
  const auto n = date.size();
  if (visitors.size() != n || buyers.size() != n || sales_fen.size() != n)
    throw Error("daily: date, visitors, buyers and sales must be the same length");
  std::vector<DailyActual> out(static_cast<std::size_t>(n));
  for (py::ssize_t i = 0; i < n; ++i)
    out[std::size_t(i)] = {date_of(date.at(i)), visitors.at(i), buyers.at(i),
                           Money::from_fen(sales_fen.at(i))};
  return out;
}

}  // namespace

void register_tracking(py::module_& m) {
  py::class_<RevenueVariance>(m, "RevenueVariance", R"doc(
Actual minus plan revenue (``variance``) and its ``traffic``, ``conversion`` and
``order_value`` effects (Money), which add up to it to the fen.

Examples
--------
>>> gap = storeops.split_revenue_variance(plan_visitors=10_000, plan_orders=200,
...     plan_revenue=storeops.Money(20_000), actual_visitors=9_000,
...     actual_orders=200, actual_revenue=storeops.Money(19_000))
>>> gap
RevenueVariance(variance=-¥1,000.00, traffic=-¥2,054.08, conversion=¥2,054.08,
order_value=-¥1,000.00)
>>> gap.traffic + gap.conversion + gap.order_value == gap.variance
True
)doc")
      .def_readonly("variance", &RevenueVariance::variance)
      .def_readonly("traffic", &RevenueVariance::traffic)
      .def_readonly("conversion", &RevenueVariance::conversion)
      .def_readonly("order_value", &RevenueVariance::order_value)
      .def("__repr__", [](const RevenueVariance& v) {
        return "RevenueVariance(variance=" + v.variance.to_string() + ", traffic=" +
               v.traffic.to_string() + ", conversion=" + v.conversion.to_string() +
               ", order_value=" + v.order_value.to_string() + ")";
      });
  m.def("split_revenue_variance",
        [](double plan_visitors, double plan_orders, const py::object& plan_revenue,
           double actual_visitors, double actual_orders, const py::object& actual_revenue) {
          return split_revenue_variance(plan_visitors, plan_orders, money_from(plan_revenue, "plan_revenue"),
                                        actual_visitors, actual_orders,
                                        money_from(actual_revenue, "actual_revenue"));
        },
        py::kw_only(),
        py::arg("plan_visitors"), py::arg("plan_orders"), py::arg("plan_revenue"),
        py::arg("actual_visitors"), py::arg("actual_orders"), py::arg("actual_revenue"), R"doc(
Splits actual minus plan revenue into traffic, conversion and order-value effects by the
logarithmic-mean Divisia index: effect of x = L(R1, R0) * ln(x1 / x0), L the logarithmic
mean, revenue = visitors * (orders / visitors) * (revenue / orders). The effects do not
depend on the order of the factors and add up to the variance exactly: each is rounded to the
fen and the remainder goes to the largest. When either side sells nothing the gap goes to the
factor that is zero there (visitors, else conversion, else order value).

Parameters
----------
plan_visitors, plan_orders : float
    The plan's visitors and orders.
plan_revenue : Money or yuan
    The plan's revenue.
actual_visitors, actual_orders : float
    The actual visitors and orders.
actual_revenue : Money or yuan
    The actual revenue.

Returns
-------
RevenueVariance
    ``variance`` and its ``traffic``, ``conversion`` and ``order_value`` effects, to the fen.

Raises
------
storeops.Error
    A count or revenue below zero, or more orders than visitors on either
    side.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> gap = storeops.split_revenue_variance(plan_visitors=10_000, plan_orders=200,
...     plan_revenue=storeops.Money(20_000), actual_visitors=9_000,
...     actual_orders=200, actual_revenue=storeops.Money(19_000))
>>> str(gap.variance)
'-¥1,000.00'
)doc");

  py::class_<DayFigures>(m, "DayFigures", R"doc(
Visitors, orders (buyers, one order each) and revenue: the plan's for a run of days
(:func:`plan_for_days`), or a day's target (:func:`catch_up`).

Raises
------
storeops.Error
    Visitors, orders or revenue below zero or not finite.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> days = storeops.plan_for_days(storeops.presets.tmall_2014(), "2014-09-01",
...     "2014-09-30")
>>> round(days.orders)
381
)doc")
      .def(py::init([](double visitors, double orders, const py::object& revenue) {
             DayFigures d{visitors, orders, money_from(revenue, "revenue")};
             detail::require_non_negative(d.visitors, "visitors");
             detail::require_non_negative(d.orders, "orders");
             return d;
           }),
           py::kw_only(), py::arg("visitors"), py::arg("orders"), py::arg("revenue"))
      .def_readonly("visitors", &DayFigures::visitors)
      .def_readonly("orders", &DayFigures::orders)
      .def_readonly("revenue", &DayFigures::revenue)
      .def("__eq__", [](const DayFigures& a, const DayFigures& b) { return a == b; })
      .def("__repr__", [](const DayFigures& d) {
        return "DayFigures(visitors=" + detail::shortest(d.visitors) + ", orders=" +
               detail::shortest(d.orders) + ", revenue=" + d.revenue.to_string() + ")";
      });
  m.def("plan_for_days", [](const Plan& plan, const py::object& first, const py::object& last) {
    Date a, b;
    assign(a, first, "first");
    assign(b, last, "last");
    py::gil_scoped_release release;
    return plan_for_days(plan, a, b);
  }, py::arg("plan"), py::arg("first"), py::arg("last"), R"doc(
The plan's visitors, orders and revenue for the days ``first`` to ``last`` (dates or
'YYYY-MM-DD', both included): each day carries its plan month's figures / the days of that
calendar month (the plan's deterministic simulation on its calendar, ``market.start_date``);
revenue to the fen. Days before the plan's first month count nothing.

Parameters
----------
plan : Plan
    The plan.
first, last : datetime.date or str
    The first and the last day, both included.

Returns
-------
DayFigures
    The plan's visitors, orders and revenue over those days.

Raises
------
storeops.Error
    ``last`` before ``first``.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> days = storeops.plan_for_days(storeops.presets.tmall_2014(), "2014-09-01", "2014-09-07")
>>> round(days.visitors), str(days.revenue)
(4446, '¥8,892.73')
)doc");
  m.def("catch_up", &catch_up, py::arg("month_plan"), py::arg("done"), py::arg("days_left"), R"doc(
The target for each of the ``days_left`` days of a month that brings it back to plan:
(``month_plan`` − ``done``) / ``days_left``, figure by figure, never below zero; revenue to the
fen.

Parameters
----------
month_plan : DayFigures
    The month's plan (:func:`plan_for_days` over the calendar month).
done : DayFigures
    What the month has done so far.
days_left : int
    Days left in the month, at least one.

Returns
-------
DayFigures
    The target for each day left.

Raises
------
storeops.Error
    ``days_left`` below one.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> month = storeops.DayFigures(visitors=30_000, orders=600, revenue=60_000)
>>> done = storeops.DayFigures(visitors=18_000, orders=300, revenue=30_000)
>>> storeops.catch_up(month, done, days_left=10)
DayFigures(visitors=1200, orders=30, revenue=¥3,000.00)
)doc");

  m.def("_prior_spread", [](const Uncertain& u) { return detail::log_prior(u).sd; }, py::arg("u"),
        "The sigma of the log-normal prior calibration gives an input: the plan's own spread for "
        "a log-normal, else the wide prior (1, *assumed*) of an input the plan holds fixed.");
  m.def("_shipping_lateness", [](const ShippingRules& rules, const Days& paid, const Days& shipped,
                                 std::int64_t records_end) {
    const auto n = paid.size();
    if (shipped.size() != n) throw Error("shipping: paid and shipped must be the same length");
    py::array_t<std::int64_t> late(n), batch(n);
    auto l = late.mutable_unchecked<1>();
    auto b = batch.mutable_unchecked<1>();
    for (py::ssize_t i = 0; i < n; ++i) {
      l(i) = rules.lateness(paid.at(i), shipped.at(i), records_end);
      b(i) = days_since_epoch(rules.batch_day(paid.at(i)));
    }
    return py::make_tuple(late, batch);
  }, py::arg("rules"), py::arg("paid"), py::arg("shipped"), py::arg("records_end"),
     "Seconds late (0: in time) and packing-batch day of each order, by ShippingRules; times "
     "are seconds since 1970-01-01, shipped < 0 for not yet shipped.");

  m.def("_track", [](const Plan& plan, const Days& date, const Days& visitors, const Days& buyers,
                     const Days& sales_fen, std::int64_t start) {
    const auto days = days_of(date, visitors, buyers, sales_fen);
    std::vector<TrackedMonth> months;
    {
      py::gil_scoped_release release;
      months = track(plan, days, date_of(start));
    }
    py::list rows;
    for (const auto& t : months)
      rows.append(py::make_tuple(t.month, t.days_observed, t.plan_visitors, t.actual_visitors,
                                 t.plan_orders, t.actual_buyers, t.plan_revenue, t.actual_revenue,
                                 t.split.variance, t.split.traffic, t.split.conversion,
                                 t.split.order_value));
    return rows;
  }, py::arg("plan"), py::arg("date"), py::arg("visitors"), py::arg("buyers"),
     py::arg("sales_fen"), py::arg("start"));

  m.def("_calibrate", [](const Plan& plan, const Days& date, const Days& visitors,
                         const Days& buyers, const Days& sales_fen, std::int64_t start) {
    const auto days = days_of(date, visitors, buyers, sales_fen);
    std::optional<Calibration> c;
    {
      py::gil_scoped_release release;
      c = calibrate(plan, days, date_of(start));
    }
    py::list inputs;
    for (const auto& i : c->inputs)
      inputs.append(py::make_tuple(std::string(i.name), i.prior, i.fitted, i.days));
    return py::make_tuple(c->plan, inputs, c->conversion_dispersion, c->traffic_dispersion);
  }, py::arg("plan"), py::arg("date"), py::arg("visitors"), py::arg("buyers"),
     py::arg("sales_fen"), py::arg("start"));

  m.def("_replay_months", [](const Plan& plan, const Days& date, const Days& visitors,
                             const Days& buyers, const Days& sales_fen, std::int64_t start) {
    const auto days = days_of(date, visitors, buyers, sales_fen);
    py::gil_scoped_release release;
    return int(replay_actuals(plan, days, date_of(start)).months.size());
  }, py::arg("plan"), py::arg("date"), py::arg("visitors"), py::arg("buyers"),
     py::arg("sales_fen"), py::arg("start"));

  m.def("_reforecast", [](const Plan& plan, const Days& date, const Days& visitors,
                          const Days& buyers, const Days& sales_fen, std::int64_t start, int runs,
                          int months, std::uint64_t seed, int threads, const py::object& progress,
                          std::vector<std::string> columns) {
    const auto days = days_of(date, visitors, buyers, sales_fen);
    ReforecastOptions o;
    o.runs = runs;
    o.months = months;
    o.seed = seed;
    o.threads = threads;
    o.columns = std::move(columns);
    if (!progress.is_none())
      o.progress = [progress](int done, int total) {
        py::gil_scoped_acquire hold;
        progress(done, total);
      };
    py::gil_scoped_release release;
    return reforecast(plan, days, date_of(start), o);
  }, py::arg("plan"), py::arg("date"), py::arg("visitors"), py::arg("buyers"),
     py::arg("sales_fen"), py::arg("start"), py::arg("runs"), py::arg("months") = 36,
     py::arg("seed") = 0, py::arg("threads") = 0, py::arg("progress") = py::none(),
     py::arg("columns") = std::vector<std::string>{});
}

}  // namespace storeops::python
