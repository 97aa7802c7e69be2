#define BOOST_TEST_MODULE finance
#include <boost/test/unit_test.hpp>
#include <storeops/plan/check.hpp>
#include <storeops/plan/presets.hpp>
#include <array>
#include <vector>

using namespace storeops;
using namespace storeops::literals;

BOOST_AUTO_TEST_CASE(tmall_fees_000_ch1) {
  const auto tm = PlatformFees::tmall();
  BOOST_TEST(tm.deposit == 150'000_yuan);
  BOOST_TEST(tm.annual_fee == 30'000_yuan);
  BOOST_TEST(tm.commission_rate == 0.05);
  BOOST_TEST(PlatformFees::tmall(true).deposit == 100'000_yuan);
}

BOOST_AUTO_TEST_CASE(annual_fee_refund_is_optional_data) {
  auto f = PlatformFees::tmall();
  BOOST_TEST(f.annual_fee_refund(10'000'000_yuan) == 0_yuan);
  f.annual_fee_refunds = {{1'800'000_yuan, 0.5}, {3'600'000_yuan, 1.0}};
  f.validate();
  BOOST_TEST(f.annual_fee_refund(1'000'000_yuan) == 0_yuan);
  BOOST_TEST(f.annual_fee_refund(2'000'000_yuan) == 15'000_yuan);
  BOOST_TEST(f.annual_fee_refund(3'600'000_yuan) == 30'000_yuan);
  f.annual_fee_refunds = {{3'600'000_yuan, 1.0}, {1'800'000_yuan, 0.5}};
  BOOST_CHECK_THROW(f.validate(), Error);
}

BOOST_AUTO_TEST_CASE(cost_structure_000_ch4) {
  const auto c = CostStructure::tmall_2014();
  BOOST_TEST(c.gross_margin == 0.40);
  BOOST_TEST(c.promotion == 0.10);
  BOOST_TEST(c.personnel == 0.06);
  BOOST_TEST(c.commission == 0.05);
  BOOST_TEST(c.shipping_packaging == 0.05);
  BOOST_TEST(c.tax == 0.045);
  BOOST_TEST(c.other == 0.02);
  BOOST_TEST(c.net_margin() == 0.075);  // exactly, not 0.07500000000000001
  BOOST_TEST(c.contribution_margin() == 0.255);
}

BOOST_AUTO_TEST_CASE(payback_month_is_the_first_covering_month) {
  const std::vector<Money> flows = {-10_yuan, 50_yuan, 50_yuan, 10_yuan};
  BOOST_TEST(payback_month(90_yuan, flows).value() == 3);
  BOOST_TEST(payback_month(91_yuan, flows).value() == 4);
  BOOST_TEST(payback_month(40_yuan, flows).value() == 2);
  BOOST_TEST(payback_month(0_yuan, flows).value() == 2);  // month 1 is still below zero
  BOOST_TEST(!payback_month(1'000_yuan, flows).has_value());
  BOOST_TEST(!payback_month(1_yuan, std::vector<Money>{}).has_value());
  BOOST_CHECK_THROW(payback_month(-1_yuan, flows), Error);
}

BOOST_AUTO_TEST_CASE(month_statement_adds_up) {
  MonthInputs in;
  in.revenue = 100'000_yuan;
  in.refund_rate = 0.05;
  in.promotion = {{"ztc", 6'000_yuan}, {"zuanzhan", 4'000_yuan}};
  in.payroll = 20'000_yuan;
  in.annual_fee_due = true;
  in.deposits_paid = 150'000_yuan;
  const auto s = month_statement(PlatformFees::tmall(), CostStructure::tmall_2014(), in);
  BOOST_TEST(s.refunds == 5'000_yuan);
  BOOST_TEST(s.net_sales == 95'000_yuan);
  BOOST_TEST(s.cost_of_goods == 57'000_yuan);
  BOOST_TEST(s.gross_profit == 38'000_yuan);
  BOOST_TEST(s.platform_commission == 4'750_yuan);
  BOOST_TEST(s.promotion_spend == 10'000_yuan);
  BOOST_TEST(s.shipping_packaging == 4'750_yuan);
  BOOST_TEST(s.tax == 4'275_yuan);
  BOOST_TEST(s.other == 1'900_yuan);
  BOOST_TEST(s.annual_fee == 30'000_yuan);
  BOOST_TEST(s.operating_profit ==
             38'000_yuan - 4'750_yuan - 30'000_yuan - 10'000_yuan - 20'000_yuan - 4'750_yuan -
                 4'275_yuan - 1'900_yuan);
  BOOST_TEST(s.cash_flow == s.operating_profit - 150'000_yuan);
  in.refund_rate = 1.5;
  BOOST_CHECK_THROW(month_statement(PlatformFees::tmall(), CostStructure::tmall_2014(), in), Error);
}

BOOST_AUTO_TEST_CASE(seed_investment_is_270650) {
  const auto plan = presets::tmall_2014();
  BOOST_TEST(plan.initial_investment() == 270'650_yuan);
  BOOST_TEST(plan.investments[3].amount == 100'000_yuan);
}


BOOST_AUTO_TEST_CASE(sales_lines_unchecked_equal_the_checked_below_the_bound) {
  // the month block sums a bounded month's lines unchecked (detail::UncheckedFen): the same
  // fen as Money's checked sums, for revenues up to the bound (2^59 fen) and refund rates
  // from none to all
  const Plan plan = presets::tmall_2014();
  const SalesRates rates(plan.fees, plan.costs);
  const Money fee = 30'000_yuan, promotion = 1'234'567_fen, payroll = -1'000_fen;
  int compared = 0;
  for (std::int64_t fen : {0LL, 1LL, 99LL, 1'000'005LL, 123'456'789'012LL, (1LL << 40) + 7,
                           (1LL << 59) - 1}) {
    for (double refund : {0.0, 0.05, 0.125, 1.0}) {
      const Money revenue = Money::from_fen(fen);
      const Rate r(refund, "refund_rate");
      const SalesLines checked = sales_lines(rates, revenue, r);
      const auto unchecked = sales_lines<detail::UncheckedFen>(rates, revenue, r);
      BOOST_TEST(unchecked.refunds.fen == checked.refunds.fen());
      BOOST_TEST(unchecked.net_sales.fen == checked.net_sales.fen());
      BOOST_TEST(unchecked.gross_profit.fen == checked.gross_profit.fen());
      BOOST_TEST(unchecked.tax.fen == checked.tax.fen());
      BOOST_TEST(unchecked
                     .operating_profit(detail::UncheckedFen(fee), detail::UncheckedFen(promotion),
                                       detail::UncheckedFen(payroll))
                     .fen == checked.operating_profit(fee, promotion, payroll).fen());
      ++compared;
    }
  }
  BOOST_TEST(compared == 28);
}

BOOST_AUTO_TEST_CASE(rates_on_one_scale_give_each_rates_fen) {
  // SharedScale writes rates of other scales (0.6, 0.05, 0.045, 0.125, 1) on the largest
  // (10^3): each product is the fen Rate::of gives, halves and all
  const std::array<double, 5> values = {0.6, 0.05, 0.045, 0.125, 1.0};
  std::array<Rate, 5> rates;
  for (std::size_t k = 0; k < 5; ++k) rates[k] = Rate(values[k], "rate");
  const SharedScale<5> shared({&rates[0], &rates[1], &rates[2], &rates[3], &rates[4]});
  BOOST_TEST_REQUIRE(shared.ok);
  BOOST_TEST(shared.half == 500u);
  int halves = 0;
  for (std::int64_t fen = 0; fen < 20'000; ++fen)
    for (std::size_t k = 0; k < 5; ++k) {
      const Money expected = rates[k].of(Money::from_fen(fen));
      BOOST_TEST_REQUIRE(shared.of(std::uint64_t(fen), k) == expected, fen << " x " << values[k]);
      halves += (fen * 45) % 1000 == 500 && k == 2;  // 0.045 lands on a half fen
    }
  BOOST_TEST(halves == 100);
  for (std::int64_t fen : {std::int64_t(shared.limit) - 1, std::int64_t(shared.limit)})
    for (std::size_t k = 0; k < 5; ++k)
      BOOST_TEST(shared.of(std::uint64_t(fen), k) == rates[k].of(Money::from_fen(fen)));
  // an unprepared rate (every product through Money::times) leaves the rates apart
  std::array<Rate, 5> apart = rates;
  apart[3] = Rate::unprepared(0.125, "rate");
  BOOST_TEST(!SharedScale<5>({&apart[0], &apart[1], &apart[2], &apart[3], &apart[4]}).ok);
}
