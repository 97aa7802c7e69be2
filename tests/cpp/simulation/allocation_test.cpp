// The Monte Carlo hot loop allocates nothing: every allocation of a run of the whole
// machinery (result matrices, the schedule, the worker thread) is made once, so ten times the
// runs make exactly as many allocations. Counted by replacing the global operator new.
#define BOOST_TEST_MODULE allocation
#include <atomic>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <new>
#include <storeops/simulation/monte_carlo.hpp>
#include <storeops/plan/presets.hpp>

namespace {
std::atomic<long> allocations{0};
}

void* operator new(std::size_t size) {
  ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

using namespace storeops;

namespace {
long allocations_of(const Plan& plan, int runs) {
  MonteCarloOptions o;
  o.runs = runs;
  o.months = 36;
  o.seed = 7;
  o.threads = 1;
  const long before = allocations.load();
  const MonteCarloResult r = monte_carlo(plan, o);
  const long made = allocations.load() - before;
  BOOST_TEST(r.column(0).rows() == runs);
  return made;
}
}  // namespace

BOOST_AUTO_TEST_CASE(ten_times_the_runs_make_no_more_allocations) {
  Plan plan = presets::tmall_2014();
  allocations_of(plan, 64);  // first use: thread-local memos, lazily built tables
  const long small = allocations_of(plan, 640), large = allocations_of(plan, 6400);
  BOOST_TEST(small > 0);  // the counter counts: the result matrices are allocations
  BOOST_TEST(large == small);
  // the same with customers on the sBG curve and person-by-person pay (a minimum wage)
  plan.market.retention_alpha = 0.8;
  plan.market.retention_beta = 2.4;
  plan.pay.set_minimum_wage(Money::from_whole_yuan(2'300));
  allocations_of(plan, 64);
  BOOST_TEST(allocations_of(plan, 6400) == allocations_of(plan, 640));
}
