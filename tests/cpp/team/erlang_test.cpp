#define BOOST_TEST_MODULE erlang
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <storeops/team/erlang.hpp>

using namespace storeops;
namespace e = storeops::erlang;
namespace tt = boost::test_tools;

// The textbook example: 200 contacts an hour, 180 s handle time, 80% within 20 s.
BOOST_AUTO_TEST_CASE(published_erlang_c_example) {
  BOOST_TEST(e::agents_required(200, 180, 0.8, 20) == 14);
  BOOST_TEST(e::service_level(14, 200, 180, 20) == 0.888, tt::tolerance(0.001));
  BOOST_TEST(e::service_level(13, 200, 180, 20) < 0.8);
  BOOST_TEST(e::wait_probability(14, 200, 180) == 0.1741, tt::tolerance(0.001));
  BOOST_TEST(e::average_speed_of_answer(14, 200, 180) == 7.83, tt::tolerance(0.002));
}

BOOST_AUTO_TEST_CASE(concurrency_occupancy_and_shrinkage) {
  // Three chats at once: a third of the agents (rounded up) for the same servers.
  BOOST_TEST(e::agents_required(200, 180, 0.8, 20, 3) == 5);
  BOOST_TEST(e::service_level(5, 200, 180, 20, 3) == e::service_level(15, 200, 180, 20));
  // An occupancy cap of 70% needs ceil(10 / 0.7) = 15 servers.
  BOOST_TEST(e::agents_required(200, 180, 0.8, 20, 1, 0.7) == 15);
  // 30% shrinkage: 14 / 0.7 = 20 paid agents.
  BOOST_TEST(e::agents_required(200, 180, 0.8, 20, 1, 1.0, 0.3) == 20);
  BOOST_TEST(e::agents_required(0, 180) == 0);
}

BOOST_AUTO_TEST_CASE(thousands_of_servers_are_safe) {
  const int n = e::agents_required(100'000, 180, 0.8, 20);  // 5,000 Erlangs
  BOOST_TEST(n > 5000);
  BOOST_TEST(n < 5100);
  const double sl = e::service_level(n, 100'000, 180, 20);
  BOOST_TEST(std::isfinite(sl));
  BOOST_TEST(sl >= 0.8);
  BOOST_TEST(e::service_level(n - 1, 100'000, 180, 20) < 0.8);
}

BOOST_AUTO_TEST_CASE(an_overloaded_queue) {
  BOOST_TEST(e::wait_probability(10, 200, 180) == 1.0);
  BOOST_TEST(e::service_level(10, 200, 180, 20) == 0.0);
  BOOST_TEST(std::isinf(e::average_speed_of_answer(10, 200, 180)));
}

BOOST_AUTO_TEST_CASE(peak_hour_from_daily_inquiries) {
  BOOST_TEST(e::peak_hour_arrivals(1000) == 120.0);
  BOOST_TEST(e::peak_hour_arrivals(1000, 0.2) == 200.0);
}

BOOST_AUTO_TEST_CASE(bad_input) {
  BOOST_CHECK_THROW(e::agents_required(-1, 180), Error);
  BOOST_CHECK_THROW(e::agents_required(std::nan(""), 180), Error);
  BOOST_CHECK_THROW(e::agents_required(100, 0), Error);
  BOOST_CHECK_THROW(e::agents_required(100, 180, 1.0), Error);
  BOOST_CHECK_THROW(e::agents_required(100, 180, 0.0), Error);
  BOOST_CHECK_THROW(e::agents_required(100, 180, 0.8, -1), Error);
  BOOST_CHECK_THROW(e::agents_required(100, 180, 0.8, 20, 0), Error);
  BOOST_CHECK_THROW(e::agents_required(100, 180, 0.8, 20, 1, 0.0), Error);
  BOOST_CHECK_THROW(e::agents_required(100, 180, 0.8, 20, 1, 1.0, 1.0), Error);
  BOOST_CHECK_THROW(e::service_level(-1, 100, 180, 20), Error);
  BOOST_CHECK_THROW(e::peak_hour_arrivals(100, 1.2), Error);
  try {
    e::agents_required(100, 180, 1.5);
  } catch (const Error& err) {
    BOOST_TEST(std::string(err.what()) == "service_level must be in (0, 1), got 1.5");
  }
}
