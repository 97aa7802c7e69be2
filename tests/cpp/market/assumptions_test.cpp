#define BOOST_TEST_MODULE assumptions
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <storeops/market/assumptions.hpp>

using namespace storeops;
using namespace storeops::literals;

BOOST_AUTO_TEST_CASE(uncertain_quantiles) {
  const Uncertain ln{100, Distribution::lognormal, 0.15};
  BOOST_TEST(ln.quantile(0.5) == 100.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(ln.quantile(0.9) == 100 * std::exp(0.15 * 1.2815515655446004),
             boost::test_tools::tolerance(1e-9));
  const Uncertain tri{2, Distribution::triangular, 0, 1, 4};
  BOOST_TEST(tri.quantile(1.0 / 3.0) == 2.0, boost::test_tools::tolerance(1e-9));
  Rng rng(1, 0);
  const Uncertain n{0.05, Distribution::normal, 0.1, 0.0, 0.3};
  for (int i = 0; i < 1000; ++i) {
    const double x = n.sample(rng);
    BOOST_TEST((x >= 0.0 && x <= 0.3));
  }
}
BOOST_AUTO_TEST_CASE(every_field_is_checked_by_its_rule_with_its_path) {
  MarketAssumptions m;
  m.display_ctr = 1.5;
  BOOST_CHECK_EXCEPTION(m.validate(), Error, [](const Error& e) {
    return std::string(e.what()) == "market.display_ctr must be a rate in [0, 1], got 1.5";
  });
  m = MarketAssumptions{};
  m.rating_change = -1e308;
  BOOST_CHECK_EXCEPTION(m.validate(), Error, [](const Error& e) {
    return std::string(e.what()).find("market.rating_change must be within [-4, 4]") == 0;
  });
  std::size_t fields = 0;
  detail::for_each_field(market_fields, [&](const auto& f) {
    ++fields;
    BOOST_TEST(!f.label_zh.empty());
    BOOST_TEST(!f.doc.empty());
  });
  BOOST_TEST(fields == 33u);
}

BOOST_AUTO_TEST_CASE(a_new_central_value_keeps_the_spread) {
  const Uncertain lognormal{100, Distribution::lognormal, 0.15};
  BOOST_TEST(lognormal.with_value(120).spread == 0.15);
  const Uncertain uniform{15, Distribution::uniform, 0, 10, 20};
  const Uncertain moved = uniform.with_value(30);
  BOOST_TEST(moved.low == 25.0);
  BOOST_TEST(moved.high == 35.0);
  BOOST_CHECK_THROW(Uncertain({-1, Distribution::lognormal, 0.2}).check_shape("u"), Error);
}
