#pragma once
/// Random numbers for Monte Carlo: xoshiro256** seeded through SplitMix64, and our own
/// distributions, so that a run's draws depend only on (seed, run), never on the thread that
/// runs it or on the standard library's implementation of std::normal_distribution.
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <numbers>

namespace storeops {

class Rng {
 public:
  /// The stream of run `run` under `seed`: independent streams, one per run.
  Rng(std::uint64_t seed, std::uint64_t run) noexcept {
    std::uint64_t x = seed ^ (0x9E3779B97F4A7C15ULL * (run + 1));
    for (auto& s : s_) s = splitmix(x);
  }
  /// Sub-stream `stream` of run `run` (e.g. one per month): a month's draws depend on
  /// (seed, run, month) only, so a run resumed from a saved state draws the same months.
  Rng(std::uint64_t seed, std::uint64_t run, std::uint64_t stream) noexcept {
    std::uint64_t x = seed ^ (0x9E3779B97F4A7C15ULL * (run + 1)) ^ (0xD1B54A32D192ED03ULL * (stream + 1));
    for (auto& s : s_) s = splitmix(x);
  }

  std::uint64_t next() noexcept {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  /// Uniform in [0, 1) with 53 random bits.
  double uniform() noexcept { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  /// Standard normal by Box–Muller (one of the pair; simple and reproducible).
  double normal() noexcept {
    double u1 = uniform();
    while (u1 <= 0.0) u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
  }
  /// A Poisson count with mean `mean` (>= 0): multiplication of uniforms below 30, Hörmann's
  /// transformed rejection (PTRS, as NumPy) above.
  std::int64_t poisson(double mean) noexcept {
    if (!(mean > 0)) return 0;
    if (mean < 30) {
      const double limit = std::exp(-mean);
      std::int64_t k = 0;
      for (double p = uniform(); p > limit; p *= uniform()) ++k;
      return k;
    }
    const double slam = std::sqrt(mean);
    const double b = 0.931 + 2.53 * slam, a = -0.059 + 0.02483 * b;
    const double invalpha = 1.1239 + 1.1328 / (b - 3.4), vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const double u = uniform() - 0.5, v = uniform(), us = 0.5 - std::fabs(u);
      const double k = std::floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return static_cast<std::int64_t>(k);
      if (k < 0 || (us < 0.013 && v > us)) continue;
      // log(mean) here, not before the loop: most draws are accepted above without it
      if (std::log(v) + std::log(invalpha) - std::log(a / (us * us) + b) <=
          -mean + k * std::log(mean) - std::lgamma(k + 1))
        return static_cast<std::int64_t>(k);
    }
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix(std::uint64_t& x) noexcept {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::uint64_t s_[4];
};

/// The standard normal distribution function Φ.
inline double normal_cdf(double x) noexcept { return 0.5 * std::erfc(-x / std::numbers::sqrt2); }

/// Its inverse Φ⁻¹(p), p in (0, 1): Giles' approximation of the inverse error function,
/// refined by two Newton steps to double precision.
inline double normal_quantile(double p) noexcept {
  const double x = 2.0 * p - 1.0;
  double w = -std::log((1.0 - x) * (1.0 + x)), q;
  if (w < 5.0) {
    w -= 2.5;
    q = 2.81022636e-08;
    for (double c : {3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
                     -0.00125372503, -0.00417768164, 0.246640727, 1.50140941})
      q = c + q * w;
  } else {
    w = std::sqrt(w) - 3.0;
    q = -0.000200214257;
    for (double c : {0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
                     -0.0076224613, 0.00943887047, 1.00167406, 2.83297682})
      q = c + q * w;
  }
  double y = q * x;
  for (int i = 0; i < 2; ++i)
    y -= (std::erf(y) - x) / (2.0 / std::sqrt(std::numbers::pi) * std::exp(-y * y));
  return std::numbers::sqrt2 * y;
}

}  // namespace storeops
