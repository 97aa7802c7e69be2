// Platform fees, the cost structure, the month's statement and the payback month.
#include "fields.hpp"

namespace storeops::python {

void register_finance(py::module_& m) {
  py::class_<AnnualFeeRefund>(m, "AnnualFeeRefund",
                              R"doc(
Part of the annual fee refunded from a year's sales on.

Raises
------
storeops.Error
    ``yearly_sales`` below zero or ``share`` outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> refund = storeops.AnnualFeeRefund(yearly_sales=1_000_000, share=0.5)
>>> fees = storeops.PlatformFees(deposit=150_000, annual_fee=30_000,
...     commission_rate=0.05, annual_fee_refunds=[refund])
>>> str(fees.annual_fee_refund(1_200_000)), str(fees.annual_fee_refund(800_000))
('¥15,000.00', '¥0.00')
)doc")
      .def(py::init([](const py::object& sales, double share) {
             return AnnualFeeRefund{amount_from(sales, "AnnualFeeRefund.yearly_sales"),
                                    detail::require_rate(share, "AnnualFeeRefund.share")};
           }),
           py::kw_only(), py::arg("yearly_sales"), py::arg("share"))
      .def_readonly("yearly_sales", &AnnualFeeRefund::yearly_sales)
      .def_readonly("share", &AnnualFeeRefund::share);

  auto fees = py::class_<PlatformFees>(m, "PlatformFees", R"doc(
Platform fees (天猫资费, 000 ch.1): ``deposit`` (保证金, refundable: cash out, not an expense),
``annual_fee`` (年费, each contract year), ``commission_rate`` (扣点, share of each successful
transaction), and optional ``annual_fee_refunds`` by yearly sales.

Examples
--------
>>> fees = storeops.presets.tmall_2014().fees
>>> str(fees.deposit), fees.commission_rate
('¥150,000.00', 0.05)
)doc")
      .def(py::init([](const py::object& deposit, const py::object& annual_fee, double rate,
                       std::vector<AnnualFeeRefund> refunds) {
             PlatformFees f{money_from(deposit, "fees.deposit"),
                            money_from(annual_fee, "fees.annual_fee"), rate, std::move(refunds)};
             f.validate();
             return f;
           }),
           py::kw_only(), py::arg("deposit"), py::arg("annual_fee"), py::arg("commission_rate"),
           py::arg("annual_fee_refunds") = std::vector<AnnualFeeRefund>{})
      .def_static("tmall", &PlatformFees::tmall, py::arg("all_registered_marks") = false,
                  "Tmall 2014: deposit 150,000 with TM marks (100,000 when every mark is "
                  "registered), annual fee 30,000, commission 5%.")
      .def("annual_fee_refund", [](const PlatformFees& f, const py::object& sales) {
        return f.annual_fee_refund(money_from(sales, "yearly_sales"));
      }, py::arg("yearly_sales"), "The annual fee refunded for a contract year's sales.")
      .def("__eq__", [](const PlatformFees& a, const PlatformFees& b) { return a == b; })
      .def("__repr__", [](const PlatformFees& f) {
        return "PlatformFees(deposit=" + f.deposit.to_string() + ", annual_fee=" +
               f.annual_fee.to_string() + ", commission_rate=" + detail::shortest(f.commission_rate) + ")";
      });
  bind_fields(fees, platform_fee_fields, "fees");  // each fee checked when set

  auto costs = py::class_<CostStructure>(m, "CostStructure", R"doc(
The steady-state cost structure as shares of revenue (000 ch.4): gross margin, promotion,
personnel, commission, shipping and packaging, tax and other (venue, events, software,
benefits). ``net_margin`` is computed in decimals: exactly 0.075 for the seed.

Examples
--------
>>> costs = storeops.presets.tmall_2014().costs
>>> costs.gross_margin, costs.tax
(0.4, 0.045)
)doc")
      .def(py::init([](double gm, double promo, double personnel, double commission, double ship,
                       double tax, double other) {
             CostStructure c{gm, promo, personnel, commission, ship, tax, other};
             c.validate();
             return c;
           }),
           py::kw_only(), py::arg("gross_margin"), py::arg("promotion"), py::arg("personnel"),
           py::arg("commission"), py::arg("shipping_packaging"), py::arg("tax"), py::arg("other"))
      .def_static("tmall_2014", &CostStructure::tmall_2014)
      .def_property_readonly("net_margin", &CostStructure::net_margin)
      .def_property_readonly("contribution_margin", &CostStructure::contribution_margin,
                             "Gross margin less commission, shipping and tax.")
      .def("__eq__", [](const CostStructure& a, const CostStructure& b) { return a == b; })
      .def("__repr__", [](const CostStructure& c) {
        return "CostStructure(gross_margin=" + detail::shortest(c.gross_margin) +
               ", net_margin=" + detail::shortest(c.net_margin()) + ")";
      });
  bind_fields(costs, cost_fields, "costs");  // each share checked when set

  m.def(
      "payback_month",
      [](const py::object& investment, const py::iterable& flows) -> py::object {
        std::vector<Money> cash;
        std::size_t i = 0;
        for (const auto& f : flows) {
          const std::string name = "monthly_cash_flows[" + std::to_string(i++) + "]";
          cash.push_back(money_from(f, name.c_str()));
        }
        const auto month = payback_month(money_from(investment, "initial_investment"), cash);
        if (!month) return py::none();
        return py::int_(*month);
      },
      py::arg("initial_investment"), py::arg("monthly_cash_flows"),
      R"doc(
The first 1-based month whose cumulative cash flow covers the investment, or None.

Parameters
----------
initial_investment : Money or yuan
    What has to come back.
monthly_cash_flows : iterable of Money or yuan
    Each month's cash flow, month 1 first.

Returns
-------
int or None
    The month, or None when the flows never cover the investment.

Raises
------
storeops.Error
    ``initial_investment`` below ¥0, or a cash flow that is not an amount.
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> storeops.payback_month(100, [30, 30, 30, 30])
4
>>> storeops.payback_month(100, [30, 30]) is None
True
)doc");

  py::class_<MonthStatement>(m, "MonthStatement", "One month's P&L and cash flow (expenses positive)."
      "\n"
      "\n"
      "Examples\n"
      "--------\n"
      ">>> plan = storeops.presets.tmall_2014()\n"
      ">>> statement = storeops.month_statement(plan.fees, plan.costs, revenue=100_000,\n"
      "...     refund_rate=0.05)\n"
      ">>> str(statement.refunds)\n"
      "'¥5,000.00'\n")
      .def_readonly("revenue", &MonthStatement::revenue)
      .def_readonly("refunds", &MonthStatement::refunds)
      .def_readonly("net_sales", &MonthStatement::net_sales)
      .def_readonly("cost_of_goods", &MonthStatement::cost_of_goods)
      .def_readonly("gross_profit", &MonthStatement::gross_profit)
      .def_readonly("platform_commission", &MonthStatement::platform_commission)
      .def_readonly("annual_fee", &MonthStatement::annual_fee)
      .def_readonly("promotion_spend", &MonthStatement::promotion_spend)
      .def_readonly("promotion_by_channel", &MonthStatement::promotion_by_channel)
      .def_readonly("payroll", &MonthStatement::payroll)
      .def_readonly("shipping_packaging", &MonthStatement::shipping_packaging)
      .def_readonly("tax", &MonthStatement::tax)
      .def_readonly("other", &MonthStatement::other)
      .def_readonly("operating_profit", &MonthStatement::operating_profit)
      .def_readonly("deposits", &MonthStatement::deposits)
      .def_readonly("one_off_purchases", &MonthStatement::one_off_purchases)
      .def_readonly("cash_flow", &MonthStatement::cash_flow);

  m.def(
      "month_statement",
      [](const PlatformFees& fees, const CostStructure& costs, const py::object& revenue,
         double refund_rate, const py::object& promotion, const py::object& payroll,
         bool annual_fee_due, const py::object& refund, const py::object& deposits_paid,
         const py::object& deposits_returned, const py::object& purchases) {
        MonthInputs in;
        in.revenue = money_from(revenue, "revenue");
        in.refund_rate = refund_rate;
        if (!promotion.is_none())
          for (const auto& [k, v] : promotion.cast<py::dict>()) {
            const auto channel = k.cast<std::string>();
            in.promotion[channel] = amount_from(v, "promotion." + channel);
          }
        in.payroll = amount_from(payroll, "payroll");
        in.annual_fee_due = annual_fee_due;
        in.annual_fee_refund = amount_from(refund, "annual_fee_refund");
        in.deposits_paid = amount_from(deposits_paid, "deposits_paid");
        in.deposits_returned = amount_from(deposits_returned, "deposits_returned");
        in.one_off_purchases = amount_from(purchases, "one_off_purchases");
        return month_statement(fees, costs, in);
      },
      py::arg("fees"), py::arg("costs"), py::kw_only(), py::arg("revenue"),
      py::arg("refund_rate") = 0.0, py::arg("promotion") = py::none(), py::arg("payroll") = 0,
      py::arg("annual_fee_due") = false, py::arg("annual_fee_refund") = 0,
      py::arg("deposits_paid") = 0, py::arg("deposits_returned") = 0,
      py::arg("one_off_purchases") = 0,
      R"doc(
One month's P&L and cash flow.

Costs that scale with sales are shares of net sales (goods at 1 − gross margin, platform
commission, shipping and packaging, tax, other); ``promotion`` ({channel: spend}) and
``payroll`` are what was spent. Deposits and one-off purchases are cash out, not expenses.

Parameters
----------
fees : PlatformFees
    Commission, annual fee and deposits.
costs : CostStructure
    The shares of net sales that scale with sales.
revenue : Money or yuan
    The month's revenue before refunds.
refund_rate : float
    The share of revenue refunded.
promotion : dict of str to Money or yuan, optional
    Promotion spend by channel.
payroll : Money or yuan
    The month's payroll.
annual_fee_due : bool
    Whether the annual fee falls in this month.
annual_fee_refund, deposits_paid, deposits_returned, one_off_purchases : Money or yuan
    The month's other cash movements.

Returns
-------
MonthStatement
    Net sales, each cost line, operating profit and the month's cash flow, in fen.

Raises
------
storeops.Error
    ``revenue`` or any amount below ¥0, or ``refund_rate`` outside [0, 1].
TypeError
    An argument of the wrong type (storeops.WrongTypeError where storeops names it).

Examples
--------
>>> plan = storeops.presets.tmall_2014()
>>> statement = storeops.month_statement(plan.fees, plan.costs, revenue=100_000,
...     refund_rate=0.05)
>>> str(statement.net_sales), str(statement.gross_profit)
('¥95,000.00', '¥38,000.00')
)doc");
}

}  // namespace storeops::python
