// The daily report row and DSR.
#include "pybind11.hpp"

namespace storeops::python {

void register_report(py::module_& m) {
  py::class_<Dsr>(m, "Dsr", R"doc(
Detailed seller ratings (店铺动态评分): three 1–5 averages.

Raises
------
storeops.Error
    A score outside [1, 5].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> dsr = storeops.Dsr(described=4.8, service=4.7, shipping=4.9)
>>> dsr
Dsr(described=4.8, service=4.7, shipping=4.9)
>>> dsr.service
4.7
)doc")
      .def(py::init<double, double, double>(), py::kw_only(), py::arg("described") = 5.0,
           py::arg("service") = 5.0, py::arg("shipping") = 5.0)
      .def_readonly("described", &Dsr::described, "描述相符 item as described")
      .def_readonly("service", &Dsr::service, "服务态度 service")
      .def_readonly("shipping", &Dsr::shipping, "物流服务 shipping")
      .def("__repr__", [](const Dsr& d) {
        return "Dsr(described=" + detail::shortest(d.described) + ", service=" +
               detail::shortest(d.service) + ", shipping=" + detail::shortest(d.shipping) + ")";
      });

  py::class_<DsrRating>(m, "DsrRating", R"doc(
One buyer's 1–5 star ratings of one order.

Raises
------
storeops.Error
    Stars outside 1 to 5.
TypeError
    ``day`` not a date, or another argument of the wrong type (storeops.WrongTypeError).

Examples
--------
>>> import datetime
>>> day = datetime.date(2014, 12, 31)
>>> ratings = [storeops.DsrRating(day=day, described=5, service=5, shipping=4),
...     storeops.DsrRating(day=day - datetime.timedelta(days=30), described=4,
...     service=3, shipping=5)]
>>> storeops.dsr_over(ratings, as_of=day)
Dsr(described=4.5, service=4, shipping=4.5)
)doc")
      .def(py::init([](const py::object& day, int described, int service, int shipping) {
             const auto stars = [](int v, const char* field) {
               if (v < 1 || v > 5) detail::fail(field, std::to_string(v), "whole stars in 1..5");
               return v;
             };
             return DsrRating{to_sys_days(day, "day"), stars(described, "DsrRating.described"),
                              stars(service, "DsrRating.service"), stars(shipping, "DsrRating.shipping")};
           }),
           py::kw_only(), py::arg("day"), py::arg("described"), py::arg("service"),
           py::arg("shipping"))
      .def_property_readonly("day", [](const DsrRating& r) { return to_date(r.day); })
      .def_readonly("described", &DsrRating::described)
      .def_readonly("service", &DsrRating::service)
      .def_readonly("shipping", &DsrRating::shipping);

  m.def(
      "dsr_over",
      [](const std::vector<DsrRating>& ratings, const py::object& as_of, int window_days) {
        return dsr_over(ratings, to_sys_days(as_of, "as_of"), window_days);
      },
      py::arg("ratings"), py::arg("as_of"), py::arg("window_days") = 180,
      R"doc(
The DSR as of a date: averages of the ratings given in the last `window_days` days.

Parameters
----------
ratings : sequence of DsrRating
    The buyers' ratings.
as_of : datetime.date
    The report date; ratings after it are left out.
window_days : int
    Days of ratings averaged, ending on ``as_of`` (default 180).

Returns
-------
Dsr
    The three averages.

Raises
------
storeops.Error
    Stars outside 1 to 5, ``window_days`` below one, or no rating in the window.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> import datetime
>>> day = datetime.date(2014, 12, 31)
>>> ratings = [storeops.DsrRating(day=day, described=5, service=5, shipping=4),
...     storeops.DsrRating(day=day - datetime.timedelta(days=200), described=1,
...     service=1, shipping=1)]
>>> storeops.dsr_over(ratings, as_of=day)
Dsr(described=5, service=5, shipping=4)
)doc");

  py::class_<DailyReport>(m, "DailyReport", R"doc(
One row of the daily report (淘宝数据日报表, 002 篇4): date, PV, UV, sales, units, CR, AOV,
DSR, visit depth and home-page bounce rate. Build it with ``DailyReport.from_counts``.

Raises
------
storeops.Error
    A count or ``sales`` below zero (``from_counts``), more visitors than page
    views, more buyers than visitors or than units, more single-page visits than home-page
    visits.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> import datetime
>>> row = storeops.DailyReport.from_counts(date=datetime.date(2014, 9, 15),
...     page_views=35_000, visitors=10_000, buyers=200, units=260, sales=20_000,
...     home_page_visits=6_000, home_page_single_page_visits=2_400)
>>> row.conversion_rate, str(row.average_order_value), row.visit_depth, row.home_page_bounce_rate
(0.02, '¥100.00', 3.5, 0.4)
)doc")
      .def_static(
          "from_counts",
          [](const py::object& date, double page_views, double visitors, double buyers,
             double units, const py::object& sales, Dsr dsr, double home_page_visits,
             double home_page_single_page_visits) {
            return DailyReport::from_counts(to_sys_days(date, "date"), page_views, visitors,
                                            buyers, units, money_from(sales, "sales"), dsr, home_page_visits,
                                            home_page_single_page_visits);
          },
          py::kw_only(), py::arg("date"), py::arg("page_views"), py::arg("visitors"),
          py::arg("buyers"), py::arg("units"), py::arg("sales"), py::arg("dsr") = Dsr(),
          py::arg("home_page_visits"), py::arg("home_page_single_page_visits"))
      .def_property_readonly("date", [](const DailyReport& r) { return to_date(r.date); })
      .def_readonly("page_views", &DailyReport::page_views)
      .def_readonly("visitors", &DailyReport::visitors)
      .def_readonly("sales", &DailyReport::sales)
      .def_readonly("units", &DailyReport::units)
      .def_readonly("buyers", &DailyReport::buyers)
      .def_readonly("conversion_rate", &DailyReport::conversion_rate)
      .def_readonly("average_order_value", &DailyReport::average_order_value)
      .def_readonly("dsr", &DailyReport::dsr)
      .def_readonly("visit_depth", &DailyReport::visit_depth)
      .def_readonly("home_page_bounce_rate", &DailyReport::home_page_bounce_rate);
}

}  // namespace storeops::python
