#define BOOST_TEST_MODULE assumptions
#include <boost/test/unit_test.hpp>
#include "../message_of.hpp"
#include <cmath>
#include <storeops/market/assumptions.hpp>

using namespace storeops;
using storeops::testing::message_of;
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
  BOOST_TEST(fields == 37u);
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

BOOST_AUTO_TEST_CASE(correlations_are_checked_by_name_range_and_as_a_whole) {
  MarketAssumptions m;
  m.correlations = {{"inquiry_conversion", "average_order_value", -0.5}};
  BOOST_CHECK_NO_THROW(m.validate());
  const auto c = m.correlation_matrix();
  BOOST_TEST(c(5, 7) == -0.5);
  BOOST_TEST(c(7, 5) == -0.5);
  const auto l = m.correlation_factor();
  BOOST_TEST(((l * l.transpose() - c).cwiseAbs().maxCoeff() < 1e-12));
  m.correlations = {{"conversion", "average_order_value", 0.2}};
  BOOST_TEST(message_of([&] { m.validate(); }).find("market.correlations[0]: unknown input 'conversion'") == 0u);
  m.correlations = {{"cpc", "cpm", 1.5}};
  BOOST_TEST(message_of([&] { m.validate(); }) == "market.correlations[0].rho must be in [-1, 1], got 1.5");
  m.correlations = {{"cpc", "cpm", 0.9}, {"cpm", "refund_rate", 0.9}, {"cpc", "refund_rate", -0.9}};
  const auto e = message_of([&] { m.validate(); });
  BOOST_TEST(e.find("not positive definite") != std::string::npos);
  BOOST_TEST(e.find("cpc / refund_rate") != std::string::npos);
  m.correlations = {};
  m.traffic_noise_autocorrelation = 1;
  BOOST_TEST(message_of([&] { m.validate(); }).find("market.traffic_noise_autocorrelation must be in [0, 1)") == 0u);
  m.traffic_noise_autocorrelation = 0.5;
  m.monthly_traffic_noise = -0.1;
  BOOST_TEST(message_of([&] { m.validate(); }).find("market.monthly_traffic_noise") == 0u);
}

BOOST_AUTO_TEST_CASE(inverse_cdf_is_the_distribution_sample_draws_from) {
  const Uncertain ln{0.06, Distribution::lognormal, 0.2};
  BOOST_TEST(ln.inverse_cdf(0.5) == 0.06, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(ln.inverse_cdf(0.975, 0.07) <= 0.07);  // truncated at the rate's maximum
  const Uncertain n{0.05, Distribution::normal, 0.015, 0.0, 0.3};
  BOOST_TEST(n.inverse_cdf(0.5) == 0.05, boost::test_tools::tolerance(0.01));  // truncated: near
  BOOST_TEST(n.inverse_cdf(1e-15) >= 0.0);
  const Uncertain u{3, Distribution::uniform, 0, 2, 4};
  BOOST_TEST(u.inverse_cdf(0.25) == 2.5);
}
