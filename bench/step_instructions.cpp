// Instructions per store-month of each named step of the month, for callgrind: the steps of
// MonthBlock::run_month each run through a function of its own (STOREOPS_STEP below), so that
// callgrind's inclusive count of each is the step's work; the rest of the call (each run's
// draw, writing the result) is what is left. `make bench-step-instructions` builds it as the
// wheel is built (x86-64, -O3, no fused multiply-add) and runs it under callgrind twice, with
// SMALL and LARGE runs of the seed preset's smooth months, cumulative cash alone; the
// difference of the two counts over the difference of store-months is each step's cost
// (bench/step_instructions.py). The wrapping costs a call and a return per step and block of
// 128 runs: under 0.1 instructions per store-month.
#include <cstdio>
#include <cstdlib>

#define STOREOPS_STEP(name, call) [&]() __attribute__((noinline)) { call; }()

#include <storeops/plan/presets.hpp>
#include <storeops/simulation/monte_carlo.hpp>

#include "../src/monte_carlo.cpp"
#include "../src/simulate.cpp"

int main(int argc, char** argv) {
  using namespace storeops;
  Plan plan = presets::tmall_2014();
  plan.market.monthly_traffic_noise = plan.market.campaign_lift_noise = 0;  // smooth months
  MonteCarloOptions options;
  options.runs = argc > 1 ? std::atoi(argv[1]) : 500;
  options.months = 36;
  options.seed = 1;
  options.threads = 1;
  options.columns = {"cumulative_cash"};
  const MonteCarloResult result = monte_carlo(plan, options);
  std::printf("%.2f\n", result.column("cumulative_cash")(0, 35));
}
