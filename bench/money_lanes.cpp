// The profit-and-loss lines of a block, exact to the fen, computed lane by lane (what
// MonthBlock::profit_and_loss does: sales_lines with prepared Rates, overflow-checked sums)
// against a lane-parallel form the compiler can vectorise: each product as a double rounded
// half away from zero (round_fast's rule), the sums in plain 64-bit integers, and a flag per
// lane for what that form cannot vouch for (a product within 1e-3 fen of a half, an amount
// out of range), whose lines are then computed the exact way. Both give the same fen; this
// prints the time per lane of each, their ratio and how many lanes took the exact way.
// `make bench-money-lanes` builds it twice: for x86-64 (SSE2, the wheel's target) and, where
// the CPU has AVX-512, for x86-64-v4 (its 64-bit integer <-> double conversions vectorise).
#include <storeops/plan/finance.hpp>
#include <storeops/plan/presets.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

using namespace storeops;

namespace {
constexpr int lanes = 128;

struct Inputs {
  std::int64_t revenue[lanes], promotion[lanes], payroll[lanes], cumulative[lanes];
  double refund_rate[lanes];
};
struct Lines {
  std::int64_t refunds[lanes], net_sales[lanes], gross_profit[lanes], commission[lanes],
      operating_profit[lanes], cumulative[lanes];
};

/// Lane i's lines, the engine's way.
[[gnu::always_inline]] inline void exact_lane(const Inputs& in, Lines& out, const SalesRates& rates,
                                              const Rate& refund, int i) {
  const SalesLines l = sales_lines(rates, Money::from_fen(in.revenue[i]), refund);
  const Money operating = l.operating_profit(Money(), Money::from_fen(in.promotion[i]),
                                             Money::from_fen(in.payroll[i]));
  out.refunds[i] = l.refunds.fen();
  out.net_sales[i] = l.net_sales.fen();
  out.gross_profit[i] = l.gross_profit.fen();
  out.commission[i] = l.platform_commission.fen();
  out.operating_profit[i] = operating.fen();
  out.cumulative[i] = (Money::from_fen(in.cumulative[i]) + operating).fen();
}

[[gnu::noinline]] void by_lane(const Inputs& in, Lines& out, const SalesRates& rates,
                               const std::vector<Rate>& refund) {
  for (int i = 0; i < lanes; ++i) exact_lane(in, out, rates, refund[std::size_t(i)], i);
}

/// x >= 0 rounded half away from zero; `doubt` set where round_fast would not vouch for it.
[[gnu::always_inline]] inline std::int64_t rounded(double x, std::int64_t& doubt) {
  const double shifted = x + 0.5;
  const auto r = static_cast<std::int64_t>(shifted);
  const double past = shifted - static_cast<double>(r);
  // bitwise, not ||: no branch, so the loop vectorises
  doubt |= std::int64_t(x < 0) | std::int64_t(x >= 1e12) | std::int64_t(past < 1e-3) |
           std::int64_t(past > 1.0 - 1e-3);
  return r;
}

struct Shares {
  double goods, commission, shipping, tax, other;
};

[[gnu::noinline]] int side_by_side(const Inputs& in, Lines& out, const Shares& s,
                                   const SalesRates& rates, const std::vector<Rate>& refund) {
  std::int64_t doubt[lanes];
  for (int i = 0; i < lanes; ++i) {
    std::int64_t d = 0;
    const std::int64_t revenue = in.revenue[i];
    const std::int64_t refunds = rounded(double(revenue) * in.refund_rate[i], d);
    const std::int64_t net = revenue - refunds;
    const double n = double(net);
    const std::int64_t goods = rounded(n * s.goods, d), commission = rounded(n * s.commission, d),
                       shipping = rounded(n * s.shipping, d), tax = rounded(n * s.tax, d),
                       other = rounded(n * s.other, d);
    const std::int64_t gross = net - goods;
    const std::int64_t operating =
        gross - commission - in.promotion[i] - in.payroll[i] - shipping - tax - other;
    out.refunds[i] = refunds;
    out.net_sales[i] = net;
    out.gross_profit[i] = gross;
    out.commission[i] = commission;
    out.operating_profit[i] = operating;
    out.cumulative[i] = in.cumulative[i] + operating;
    // amounts below 2^50 fen (and revenue below 1e12 fen, checked above): no sum can overflow
    d |= ((in.promotion[i] | in.payroll[i]) >> 50) |
         ((in.cumulative[i] + (std::int64_t(1) << 50)) >> 51);
    doubt[i] = d;
  }
  int redone = 0;
  for (int i = 0; i < lanes; ++i)
    if (doubt[i]) {
      exact_lane(in, out, rates, refund[std::size_t(i)], i);
      ++redone;
    }
  return redone;
}

template <class F>
double ns_per_lane(F&& f) {
  constexpr int blocks = 100'000;
  double best = 1e9;
  for (int repeat = 0; repeat < 7; ++repeat) {
    const auto start = std::chrono::steady_clock::now();
    for (int k = 0; k < blocks; ++k) {
      f();
      asm volatile("" ::: "memory");  // every block computed, none hoisted
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best / blocks / lanes * 1e9;
}
}  // namespace

int main() {
  const Plan plan = presets::tmall_2014();
  const SalesRates rates(plan.fees, plan.costs);
  const Shares shares{1.0 - plan.costs.gross_margin, plan.fees.commission_rate,
                      plan.costs.shipping_packaging, plan.costs.tax, plan.costs.other};
  std::mt19937_64 random(2014);
  Inputs in{};
  std::vector<Rate> refund;
  for (int i = 0; i < lanes; ++i) {  // a month's figures of the preset's size, and sampled refunds
    in.revenue[i] = std::int64_t(random() % 50'000'000);
    in.promotion[i] = std::int64_t(random() % 3'000'000);
    in.payroll[i] = std::int64_t(random() % 5'000'000);
    in.cumulative[i] = std::int64_t(random() % 100'000'000) - 50'000'000;
    in.refund_rate[i] = 0.05 + double(random() % 1000) * 1e-5;
    refund.push_back(Rate::unprepared(in.refund_rate[i], "refund_rate"));
  }
  Lines a{}, b{};
  by_lane(in, a, rates, refund);
  const int redone = side_by_side(in, b, shares, rates, refund);
  if (std::memcmp(&a, &b, sizeof a) != 0) {
    std::puts("the two forms differ");
    return 1;
  }
  const double exact = ns_per_lane([&] { by_lane(in, a, rates, refund); });
  const double parallel = ns_per_lane([&] { side_by_side(in, b, shares, rates, refund); });
  std::printf("P&L lines, %d lanes (same fen; %d lanes took the exact way): "
              "lane by lane %.2f ns/lane, side by side %.2f ns/lane, ratio %.2fx\n",
              lanes, redone, exact, parallel, exact / parallel);
}
