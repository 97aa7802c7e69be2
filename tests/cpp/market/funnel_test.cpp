#define BOOST_TEST_MODULE funnel
#include <boost/test/unit_test.hpp>
#include <storeops/market/funnel.hpp>

using namespace storeops;
using namespace storeops::literals;

BOOST_AUTO_TEST_CASE(seed_002_ten_thousand_uv_at_two_percent_is_200_orders) {
  const Funnel day(10'000, 0.02, 100_yuan);
  BOOST_TEST(day.orders() == 200.0);
  BOOST_TEST(day.revenue() == 20'000_yuan);
  BOOST_TEST(day.uv_value() == 2_yuan);
}

BOOST_AUTO_TEST_CASE(revenue_rounds_once_to_the_fen) {
  const Funnel f(333, 0.03, Money::from_yuan(99.99));  // 9.99 orders
  BOOST_TEST(f.revenue().fen() == 99890);               // 9.99 * 9999 = 99890.01 fen
}

BOOST_AUTO_TEST_CASE(inquiry_split_blends_to_the_conversion_rate) {
  const InquiryFunnel f(10'000, 0.3, 0.4, 0.02, 100_yuan);
  BOOST_TEST(f.inquiries() == 3000.0);
  BOOST_TEST(f.inquiry_orders() == 1200.0);
  BOOST_TEST(f.silent_orders() == 140.0, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(f.conversion_rate() == 0.3 * 0.4 + 0.7 * 0.02);
  BOOST_TEST(f.silent_revenue() == 14'000_yuan);
  BOOST_TEST(f.revenue() == 134'000_yuan);
  BOOST_TEST(f.funnel().orders() == f.orders(), boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(bad_input_names_field_and_value) {
  auto message = [](auto make) {
    try {
      make();
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  BOOST_TEST(message([] { Funnel(10, 1.5, 1_yuan); }) ==
             "Funnel.conversion_rate must be a rate in [0, 1], got 1.5");
  BOOST_TEST(message([] { Funnel(-1, 0.1, 1_yuan); }) ==
             "Funnel.visitors must be a finite number >= 0, got -1");
  BOOST_TEST(message([] { Funnel(std::nan(""), 0.1, 1_yuan); }) ==
             "Funnel.visitors must be a finite number >= 0, got nan");
  BOOST_TEST(message([] { Funnel(1, 0.1, -1_yuan); }) ==
             "Funnel.average_order_value must be >= 0, got -¥1.00");
  BOOST_TEST(message([] { InquiryFunnel(1, 0.1, 0.1, -0.1, 1_yuan); }) ==
             "InquiryFunnel.silent_conversion must be a rate in [0, 1], got -0.1");
  BOOST_CHECK_THROW(Funnel(0, 0.1, 1_yuan).uv_value(), Error);
}
