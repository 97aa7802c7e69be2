#define BOOST_TEST_MODULE money
#include <boost/test/unit_test.hpp>
#include <storeops/core/money.hpp>

using storeops::Money;
using namespace storeops::literals;

BOOST_AUTO_TEST_CASE(money_is_integer_fen) {
  BOOST_TEST(Money::from_fen(123450).fen() == 123450);
  BOOST_TEST(Money::from_yuan(1234.5).fen() == 123450);
  BOOST_TEST((2000_yuan).fen() == 200000);
  BOOST_TEST((5_fen).fen() == 5);
  BOOST_TEST(Money::from_yuan(1234.5).yuan() == 1234.5);
}

BOOST_AUTO_TEST_CASE(yuan_round_half_away_from_zero_as_written) {
  // 1.005 is 1.00499999999999989... in binary; as written it is a half fen, which rounds up.
  BOOST_TEST(Money::from_yuan(1.005).fen() == 101);
  BOOST_TEST(Money::from_yuan(-1.005).fen() == -101);
  BOOST_TEST(Money::from_yuan(0.004).fen() == 0);
  BOOST_TEST(Money::from_yuan(0.125).fen() == 13);
  BOOST_TEST(Money::from_yuan(-0.125).fen() == -13);
}

BOOST_AUTO_TEST_CASE(rate_times_amount_rounds_once_half_away) {
  // 0.2% of 300,000 yuan is 600 yuan (docs/model.md §4 worked example).
  BOOST_TEST((300'000_yuan).times(0.002) == 600_yuan);
  // 1.5% of 1 yuan = 1.5 fen -> 2 fen; 0.015 is below 0.015 in binary, the decimal is not.
  BOOST_TEST((1_yuan).times(0.015).fen() == 2);
  BOOST_TEST((-1_yuan).times(0.015).fen() == -2);
  BOOST_TEST((1_fen).times(0.5).fen() == 1);
  BOOST_TEST((1_fen).times(0.49).fen() == 0);
  BOOST_TEST((3_fen).times(1e-30).fen() == 0);
  BOOST_TEST((7_fen).times(2.5).fen() == 18);  // 17.5 -> 18
  BOOST_TEST((10_yuan).times(0).fen() == 0);
}

BOOST_AUTO_TEST_CASE(halves_round_as_written_for_every_rate_in_turn) {
  // Every per-mille rate k/1000 times 500 fen is exactly k/2 fen: odd k lands on a half and
  // takes the exact path, whose decimal reading of each rate is remembered per thread. Two
  // passes, so that the second reads rates back from that memory after many others evicted
  // or shared its slots.
  for (int pass = 0; pass < 2; ++pass)
    for (std::int64_t k = 1; k < 1000; ++k) {
      const double rate = double(k) / 1000.0;
      BOOST_TEST((500_fen).times(rate).fen() == (k + 1) / 2);
      BOOST_TEST((-500_fen).times(rate).fen() == -((k + 1) / 2));
    }
}

BOOST_AUTO_TEST_CASE(division_rounds_once) {
  BOOST_TEST((10_fen).divided_by(4).fen() == 3);   // 2.5 -> 3
  BOOST_TEST((-10_fen).divided_by(4).fen() == -3);
  BOOST_TEST((100_yuan).divided_by(3).fen() == 3333);
  BOOST_TEST((1_yuan).divided_by(0.5).fen() == 200);
  BOOST_CHECK_THROW((1_yuan).divided_by(0), storeops::Error);
}

BOOST_AUTO_TEST_CASE(arithmetic_and_comparison) {
  BOOST_TEST((2_yuan + 50_fen).fen() == 250);
  BOOST_TEST((2_yuan - 250_fen).fen() == -50);
  BOOST_TEST((-(2_yuan)).fen() == -200);
  BOOST_TEST((3_yuan * 4).fen() == 1200);
  BOOST_TEST(1_yuan < 2_yuan);
  BOOST_TEST(storeops::ratio(1_yuan, 4_yuan) == 0.25);
  BOOST_CHECK_THROW(storeops::ratio(1_yuan, Money()), storeops::Error);
}

BOOST_AUTO_TEST_CASE(overflow_is_an_error_not_a_wrap) {
  const Money max = Money::from_fen(INT64_MAX);
  BOOST_CHECK_THROW(max + 1_fen, storeops::MoneyOverflow);
  BOOST_CHECK_THROW(Money::from_fen(INT64_MIN) - 1_fen, storeops::MoneyOverflow);
  BOOST_CHECK_THROW(-Money::from_fen(INT64_MIN), storeops::MoneyOverflow);
  BOOST_CHECK_THROW(max * 2, storeops::MoneyOverflow);
  BOOST_CHECK_THROW(max.times(1.5), storeops::MoneyOverflow);
  BOOST_CHECK_THROW(Money::from_yuan(1e17), storeops::MoneyOverflow);
  BOOST_CHECK_THROW(Money::from_whole_yuan(INT64_MAX / 10), storeops::MoneyOverflow);
  BOOST_CHECK_THROW((1_fen).divided_by(1e-300), storeops::MoneyOverflow);
  // MoneyOverflow is a storeops::Error
  BOOST_CHECK_THROW(max + max, storeops::Error);
}

BOOST_AUTO_TEST_CASE(non_finite_input_names_the_field) {
  try {
    (void)Money::from_yuan(std::nan(""), "sales");
    BOOST_FAIL("no error");
  } catch (const storeops::Error& e) {
    BOOST_TEST(std::string(e.what()) == "sales must be a finite number, got nan");
  }
  BOOST_CHECK_THROW((1_yuan).times(INFINITY), storeops::Error);
}

BOOST_AUTO_TEST_CASE(prints_like_a_chinese_price_tag) {
  BOOST_TEST(Money::from_yuan(1234.5).to_string() == "¥1,234.50");
  BOOST_TEST(Money::from_fen(-5).to_string() == "-¥0.05");
  BOOST_TEST(Money().to_string() == "¥0.00");
  BOOST_TEST(Money::from_yuan(1'000'000).to_string() == "¥1,000,000.00");
  BOOST_TEST(Money::from_fen(INT64_MIN).to_string() == "-¥92,233,720,368,547,758.08");
}

BOOST_AUTO_TEST_CASE(text_with_the_signs_a_chinese_keyboard_types) {
  BOOST_TEST(Money::parse("¥1,234.5").fen() == 123'450);
  BOOST_TEST(Money::parse("\xEF\xBF\xA5" "1,234.5").fen() == 123'450);  // ￥, full width
  BOOST_TEST(Money::parse("1,234.50元").fen() == 123'450);
  BOOST_TEST(Money::parse(" -￥0.05 ").fen() == -5);
  BOOST_CHECK_THROW(Money::parse("元"), storeops::Error);
  BOOST_CHECK_THROW(Money::parse("￥1,2,3"), storeops::Error);
}
