// A prepared Rate multiplies exactly as Money::times does: the same fen for every amount,
// including those its integer path hands back to times (negative amounts, big products, rates
// with more digits than fit).
#define BOOST_TEST_MODULE rate
#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <random>
#include <storeops/core/rate.hpp>
#include <vector>

using namespace storeops;

namespace {
// The same fen, or both throw MoneyOverflow.
bool same_as_times(const Rate& rate, Money amount) {
  bool times_threw = false, rate_threw = false;
  Money a, b;
  try {
    a = amount.times(rate.value(), "rate");
  } catch (const MoneyOverflow&) {
    times_threw = true;
  }
  try {
    b = rate.of(amount);
  } catch (const MoneyOverflow&) {
    rate_threw = true;
  }
  return times_threw == rate_threw && (times_threw || a == b);
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_rate_gives_the_fen_of_money_times) {
  std::mt19937_64 random(20261125);
  std::vector<double> rates = {0.0,   1.0,   0.05,  0.045, 0.02,   0.002,   1.0 - 0.35, 0.6,
                               0.001, 0.0015, 0.5, 2.5,   100.0,  1e-9,    0.123456789,
                               1.0 / 3, 0.012345678901234567, 1.5e-25, 1e30, -0.05};
  for (int k = 0; k < 60; ++k) rates.push_back(double(random() % 100'000) / 100'000.0);
  for (int k = 0; k < 20; ++k) rates.push_back(std::uniform_real_distribution<double>(0, 1)(random));
  long compared = 0, differing = 0;
  for (double r : rates) {
    const Rate rate(r, "rate");
    for (int k = 0; k < 4'000; ++k) {
      std::int64_t fen = 0;
      switch (k % 4) {
        case 0: fen = std::int64_t(random() % 1'000); break;
        case 1: fen = std::int64_t(random() % 100'000'000); break;
        case 2: fen = std::int64_t(random() % 100'000'000'000'000); break;
        default: fen = std::int64_t(random() >> 1) / (1 + std::int64_t(random() % 1'000)) * (k % 8 == 3 ? -1 : 1);
      }
      ++compared;
      if (!same_as_times(rate, Money::from_fen(fen))) ++differing;
    }
  }
  BOOST_TEST(compared == 400'000);
  BOOST_TEST(differing == 0);
}

BOOST_AUTO_TEST_CASE(halves_round_away_from_zero_as_the_decimal_reads) {
  // 0.005 × 1 fen is half a fen: away from zero, 1 fen (the double 0.005 is just above it,
  // but the rate is read as the decimal it prints as)
  BOOST_TEST(Rate(0.005, "r").of(Money::from_fen(100)).fen() == 1);
  BOOST_TEST(Rate(0.045, "r").of(Money::from_fen(10)).fen() == 0);   // 0.45 fen
  BOOST_TEST(Rate(0.045, "r").of(Money::from_fen(100)).fen() == 5);  // 4.5 fen: up
  BOOST_TEST(Rate(0.045, "r").of(Money::from_fen(-100)).fen() == -5);  // -4.5 fen: down
  BOOST_TEST(Rate(1.0, "r").of(Money::from_fen(123)).fen() == 123);
  BOOST_TEST(Rate().of(Money::from_fen(123)).fen() == 0);
  BOOST_TEST(Rate::unprepared(0.045, "r").of(Money::from_fen(100)).fen() == 5);
}

BOOST_AUTO_TEST_CASE(a_rate_names_its_field_in_errors) {
  BOOST_CHECK_EXCEPTION(Rate(NAN, "refund_rate"), Error, [](const Error& e) {
    return std::string(e.what()).find("refund_rate") != std::string::npos;
  });
  BOOST_CHECK_THROW(Rate(2.0, "r").of(Money::from_fen(INT64_MAX / 2 + 1)), MoneyOverflow);
}

// The division behind Rate::of: a multiply-high and a shift, exact for every dividend below
// 2^63, whatever the divisor (powers of ten, of two, and everything between).
BOOST_AUTO_TEST_CASE(a_divisor_fixed_in_advance_divides_exactly) {
  std::vector<std::uint64_t> divisors;
  for (std::uint64_t d = 2; d < 2000; ++d) divisors.push_back(d);
  for (std::uint64_t p = 10; p <= 1'000'000'000'000'000'000ull; p *= 10) divisors.push_back(p);
  for (int k = 11; k <= 62; ++k) divisors.push_back(std::uint64_t(1) << k);
  divisors.push_back((std::uint64_t(1) << 62) + 1);
  std::mt19937_64 random(5);
  const std::uint64_t top = (std::uint64_t(1) << 63) - 1;
  for (const std::uint64_t d : divisors) {
    const detail::Divisor by(d);
    for (std::uint64_t n : {std::uint64_t(0), std::uint64_t(1), d - 1, d, d + 1, top, top - 1,
                            top / d * d, top / d * d - 1})
      BOOST_TEST(by.divide(n) == n / d, "n = " << n << ", d = " << d);
    for (int i = 0; i < 2000; ++i) {
      const std::uint64_t n = random() >> (1 + random() % 63);
      if (by.divide(n) != n / d) BOOST_FAIL("n = " << n << ", d = " << d);
    }
  }
}
