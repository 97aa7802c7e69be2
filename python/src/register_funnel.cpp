// Funnel, InquiryFunnel and the storeops.metrics functions.
#include "pybind11.hpp"

namespace storeops::python {

void register_funnel(py::module_& m) {
  py::class_<Funnel>(m, "Funnel", R"doc(
The conversion funnel of one period and one traffic channel (访客 → 订单 → 销售额).

Parameters
----------
visitors : float
    Visitors (访客数 UV) in the period, >= 0.
conversion_rate : float
    Paying buyers / visitors (支付转化率), in [0, 1]. One order per buyer.
average_order_value : Money or yuan
    Revenue per buyer (客单价), >= 0.

Raises
------
storeops.Error
    Visitors below zero, ``conversion_rate`` outside [0, 1] or
    ``average_order_value`` below ¥0.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.Funnel(visitors=10_000, conversion_rate=0.02, average_order_value=100).orders
200.0
)doc")
      .def(py::init([](double visitors, double conversion_rate, const py::object& aov) {
             return Funnel(visitors, conversion_rate,
                           money_from(aov, "Funnel.average_order_value"));
           }),
           py::kw_only(), py::arg("visitors"),
           py::arg("conversion_rate"), py::arg("average_order_value") = 0)
      .def_property_readonly("visitors", &Funnel::visitors, "Visitors (UV) in the period.")
      .def_property_readonly("conversion_rate", &Funnel::conversion_rate)
      .def_property_readonly("average_order_value", &Funnel::average_order_value)
      .def_property_readonly("orders", &Funnel::orders,
                             "Expected orders (float): visitors × conversion rate.")
      .def_property_readonly("revenue", &Funnel::revenue,
                             "Revenue (Money): orders × average order value, to the fen.")
      .def_property_readonly("uv_value", &Funnel::uv_value, "UV value (UV价值): revenue / visitors.")
      .def("__repr__",
           [](const Funnel& f) {
             return "Funnel(visitors=" + detail::shortest(f.visitors()) +
                    ", conversion_rate=" + detail::shortest(f.conversion_rate()) +
                    ", average_order_value=" + f.average_order_value().to_string() +
                    ") -> orders " + detail::shortest(f.orders()) + ", revenue " +
                    f.revenue().to_string();
           })
      .def(py::pickle(
          [](const Funnel& f) {
            return py::make_tuple(f.visitors(), f.conversion_rate(), f.average_order_value());
          },
          [](const py::tuple& t) {
            return Funnel(t[0].cast<double>(), t[1].cast<double>(), t[2].cast<Money>());
          }));

  py::class_<InquiryFunnel>(m, "InquiryFunnel", R"doc(
The funnel split by customer-service inquiries (询单).

conversion_rate = inquiry_rate·inquiry_conversion + (1 − inquiry_rate)·silent_conversion.
``silent_orders`` (静默下单) and ``silent_revenue`` feed the indirect departments' pay pool.

Parameters
----------
visitors : float
    Visitors in the period, >= 0.
inquiry_rate : float
    询单率: share of visitors who contact customer service, in [0, 1].
inquiry_conversion : float
    询单转化率: share of inquirers who buy, in [0, 1].
silent_conversion : float
    静默转化率: share of non-inquiring visitors who buy, in [0, 1].
average_order_value : Money or yuan
    客单价, >= 0.

Raises
------
storeops.Error
    Visitors below zero, a rate outside [0, 1] or ``average_order_value`` below
    ¥0.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> funnel = storeops.InquiryFunnel(visitors=10_000, inquiry_rate=0.2,
...     inquiry_conversion=0.06, silent_conversion=0.01, average_order_value=100)
>>> funnel.orders
200.0
)doc")
      .def(py::init([](double visitors, double inquiry_rate, double inquiry_conversion,
                       double silent_conversion, const py::object& aov) {
             return InquiryFunnel(visitors, inquiry_rate, inquiry_conversion, silent_conversion,
                                  money_from(aov, "InquiryFunnel.average_order_value"));
           }),
           py::kw_only(),
           py::arg("visitors"), py::arg("inquiry_rate"), py::arg("inquiry_conversion"),
           py::arg("silent_conversion"), py::arg("average_order_value"))
      .def_property_readonly("visitors", &InquiryFunnel::visitors)
      .def_property_readonly("inquiry_rate", &InquiryFunnel::inquiry_rate)
      .def_property_readonly("inquiry_conversion", &InquiryFunnel::inquiry_conversion)
      .def_property_readonly("silent_conversion", &InquiryFunnel::silent_conversion)
      .def_property_readonly("average_order_value", &InquiryFunnel::average_order_value)
      .def_property_readonly("inquiries", &InquiryFunnel::inquiries, "Visitors who inquire.")
      .def_property_readonly("inquiry_orders", &InquiryFunnel::inquiry_orders)
      .def_property_readonly("silent_orders", &InquiryFunnel::silent_orders,
                             "静默下单: visitors·(1 − inquiry_rate)·silent_conversion.")
      .def_property_readonly("orders", &InquiryFunnel::orders)
      .def_property_readonly("conversion_rate", &InquiryFunnel::conversion_rate,
                             "The blended conversion rate.")
      .def_property_readonly("revenue", &InquiryFunnel::revenue)
      .def_property_readonly("silent_revenue", &InquiryFunnel::silent_revenue)
      .def_property_readonly("inquiry_revenue", &InquiryFunnel::inquiry_revenue)
      .def("funnel", &InquiryFunnel::funnel, "The same period as a plain Funnel.")
      .def(py::pickle(
          [](const InquiryFunnel& f) {
            return py::make_tuple(f.visitors(), f.inquiry_rate(), f.inquiry_conversion(),
                                  f.silent_conversion(), f.average_order_value());
          },
          [](const py::tuple& t) {
            return InquiryFunnel(t[0].cast<double>(), t[1].cast<double>(), t[2].cast<double>(),
                                 t[3].cast<double>(), t[4].cast<Money>());
          }));

  auto mm = m.attr("metrics").cast<py::module_>();
  mm.def("reply_rate", &metrics::reply_rate, py::arg("replied"), py::arg("received"),
         "回复率: replied customers / received customers (000 ch.5).");
  mm.def("success_rate", &metrics::success_rate, py::arg("paid"), py::arg("presale_received"),
         "成交率: paying customers / pre-sale contacts (inquiries before ordering + contacts "
         "after ordering and before paying) (000 ch.5).");
  mm.def("satisfaction", &metrics::satisfaction, py::arg("positive_reviews"),
         py::arg("customers"), "客户满意度: positive reviews / customers (000 ch.5).");
  mm.def("conversion_rate", &metrics::conversion_rate, py::arg("buyers"), py::arg("visitors"),
         "支付转化率: paying buyers / visitors.");
  mm.def("good_review_rate", &metrics::good_review_rate, py::arg("positive"),
         py::arg("neutral"), py::arg("negative"),
         "好评率: positive / (positive + neutral + negative); target >= 0.985 (002).");
  mm.def("bounce_rate", &metrics::bounce_rate, py::arg("single_page_visits"), py::arg("visits"),
         "跳失率: single-page visits / visits.");
  mm.def("visit_depth", &metrics::visit_depth, py::arg("page_views"), py::arg("visitors"),
         "访问深度: page views / visitors.");
  mm.def("ctr", &metrics::ctr, py::arg("clicks"), py::arg("impressions"),
         "点击率: clicks / impressions.");
  mm.def("cpc", [](const py::object& spend, double clicks) {
    return metrics::cpc(money_from(spend, "spend"), clicks);
  }, py::arg("spend"), py::arg("clicks"),
         "Cost per click (Money): spend / clicks, to the fen.");
  mm.def("cpm", [](const py::object& spend, double impressions) {
    return metrics::cpm(money_from(spend, "spend"), impressions);
  }, py::arg("spend"), py::arg("impressions"),
         "Cost per thousand impressions (Money): 1000 · spend / impressions, to the fen.");
  mm.def("roi", [](const py::object& revenue, const py::object& spend) {
    return metrics::roi(money_from(revenue, "attributed_revenue"), money_from(spend, "spend"));
  }, py::arg("attributed_revenue"), py::arg("spend"),
         "投入产出比: attributed revenue / spend.");
  mm.def("breakeven_roi", &metrics::breakeven_roi, py::arg("contribution_margin"),
         "保本ROI: 1 / contribution-margin ratio.");
  mm.def("average_order_value", [](const py::object& revenue, double buyers) {
    return metrics::average_order_value(money_from(revenue, "revenue"), buyers);
  }, py::arg("revenue"),
         py::arg("buyers"), "客单价 (Money): revenue / buyers, to the fen.");
  mm.def("uv_value", [](const py::object& revenue, double visitors) {
    return metrics::uv_value(money_from(revenue, "revenue"), visitors);
  }, py::arg("revenue"), py::arg("visitors"),
         "UV价值 (Money): revenue / visitors, to the fen.");
}

}  // namespace storeops::python
