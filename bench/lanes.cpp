// Plain arrays against Eigen arrays for a block's arithmetic: the customers step and the
// paid-traffic formula (adstock, Hill saturation, price), over the 128 lanes of a block,
// written once as loops over plain arrays (what MonthBlock does) and once as Eigen array
// expressions. Both give the same values; this prints the time per lane of each and their
// ratio. Built by `make bench-lanes` with the library's release flags (-O3, no -march).
#include <Eigen/Dense>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace {
constexpr int lanes = 128;

struct Plain {
  double customers[lanes], orders[lanes], stock[lanes], spend[lanes], cpc[lanes], visitors[lanes];
};
struct Arrays {
  Eigen::Array<double, lanes, 1> customers, orders, stock, spend, cpc, visitors;
};

[[gnu::noinline]] void plain_step(Plain& b, int n, double keep, double adstock, double half) {
  for (int i = 0; i < n; ++i) b.customers[i] = b.customers[i] * keep + b.orders[i];
  for (int i = 0; i < n; ++i) {
    b.stock[i] = b.spend[i] + adstock * b.stock[i];
    const double x = b.stock[i] / half;
    b.visitors[i] = half * x / (1.0 + x) / b.cpc[i];
  }
}

[[gnu::noinline]] void eigen_step(Arrays& b, int n, double keep, double adstock, double half) {
  b.customers.head(n) = b.customers.head(n) * keep + b.orders.head(n);
  b.stock.head(n) = b.spend.head(n) + adstock * b.stock.head(n);
  const auto x = b.stock.head(n) / half;
  b.visitors.head(n) = half * x / (1.0 + x) / b.cpc.head(n);
}

template <class Block, class Step>
double ns_per_lane(Block& b, Step step) {
  for (int i = 0; i < lanes; ++i) {
    b.customers[i] = i;
    b.orders[i] = 1 + i % 7;
    b.stock[i] = i;
    b.spend[i] = 100 + i;
    b.cpc[i] = 1.5 + i % 3;
  }
  constexpr int months = 200'000;
  double best = 1e9;
  for (int repeat = 0; repeat < 7; ++repeat) {
    const auto start = std::chrono::steady_clock::now();
    for (int k = 0; k < months; ++k) step(b, lanes, 0.97, 0.5, 5000.0 + (k & 1));
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best / (double(months) * lanes) * 1e9;
}
}  // namespace

int main() {
  static Plain plain;
  static Arrays arrays;
  const double p = ns_per_lane(plain, plain_step), e = ns_per_lane(arrays, eigen_step);
  bool same = true;
  for (int i = 0; i < lanes; ++i)
    same = same && plain.visitors[i] == arrays.visitors[i] && plain.customers[i] == arrays.customers[i];
  std::printf("plain arrays  %.3f ns per lane-month\n", p);
  std::printf("Eigen arrays  %.3f ns per lane-month   ratio to plain %.2fx   same values: %s\n", e,
              p / e, same ? "yes" : "NO");
  return same ? 0 : 1;
}
