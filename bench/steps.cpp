// Where a Monte Carlo's time goes: nanoseconds per store-month of each named step of the
// month (MonthBlock::run_month), and of the rest of the call (each run's draw, writing the
// result), for the seed preset's smooth months on one thread, 20,000 runs x 36 months, writing
// cumulative cash alone (what the baselines of bench_monte_carlo.py return) and all twelve
// columns. It defines STOREOPS_STEP, the hook run_month calls each step through, to read the
// clock around each call, and compiles the engine's own sources with it (the library's copy has
// no hook): two reads a step and block of 128 runs add a few ns per store-month,
// charged to the steps (the whole call stays within noise of an untimed build). Each figure is
// from the fastest of five calls. `make bench-steps` builds and runs it.
#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace steps_bench {
using Clock = std::chrono::steady_clock;
constexpr std::size_t most = 16;
inline std::array<std::string_view, most> names;
inline std::array<double, most> seconds;  // this call's time in each step
inline std::size_t count = 0;

inline void add(std::string_view name, Clock::duration took) {
  std::size_t k = 0;
  while (k < count && names[k].data() != name.data()) ++k;  // a step's name is one literal
  if (k == count) names[count++] = name;
  seconds[k] += std::chrono::duration<double>(took).count();
}
}  // namespace steps_bench

#define STOREOPS_STEP(name, call)                                             \
  do {                                                                        \
    const auto step_start_ = steps_bench::Clock::now();                       \
    call;                                                                     \
    steps_bench::add(name, steps_bench::Clock::now() - step_start_);          \
  } while (false)

#include <storeops/plan/presets.hpp>
#include <storeops/simulation/monte_carlo.hpp>

#include "../src/monte_carlo.cpp"
#include "../src/simulate.cpp"

using namespace storeops;

namespace {
constexpr int runs = 20'000, months = 36, repeats = 5;

void profile(const Plan& plan, std::vector<std::string> columns, const char* what) {
  MonteCarloOptions options;
  options.runs = runs;
  options.months = months;
  options.seed = 1;
  options.threads = 1;
  options.columns = std::move(columns);
  std::array<double, steps_bench::most> best{};
  double best_call = 1e300;
  for (int r = 0; r < repeats; ++r) {
    steps_bench::seconds.fill(0);
    const auto start = steps_bench::Clock::now();
    const MonteCarloResult result = monte_carlo(plan, options);
    const double call = std::chrono::duration<double>(steps_bench::Clock::now() - start).count();
    if (call < best_call) {
      best_call = call;
      best = steps_bench::seconds;
    }
  }
  const double per = 1e9 / (double(runs) * months);  // seconds to ns per store-month
  std::printf("%s: %.1f ns per store-month (%.2f M store-months/s), of which\n", what,
              best_call * per, 1e-6 / (best_call * per * 1e-9));
  double steps = 0;
  for (std::size_t k = 0; k < steps_bench::count; ++k) {
    std::printf("  %-26s %6.1f ns\n", std::string(steps_bench::names[k]).c_str(), best[k] * per);
    steps += best[k];
  }
  std::printf("  %-26s %6.1f ns\n", "draws, results, the rest", (best_call - steps) * per);
}
}  // namespace

int main() {
  Plan plan = presets::tmall_2014();
  plan.market.monthly_traffic_noise = plan.market.campaign_lift_noise = 0;  // smooth months
  std::printf("monte_carlo, one thread, %d runs x %d months, smooth months, best of %d\n", runs,
              months, repeats);
  profile(plan, {"cumulative_cash"}, "cumulative cash alone");
  profile(plan, {}, "all twelve columns");
}
