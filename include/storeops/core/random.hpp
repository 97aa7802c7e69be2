#pragma once
/// Random numbers for Monte Carlo: xoshiro256** seeded through SplitMix64, and our own
/// distributions, so that a run's draws depend only on (seed, run), never on the thread that
/// runs it or on the standard library's implementation of std::normal_distribution.
#include <cmath>
#include <cstdint>
#include <numbers>

namespace storeops {

class Rng {
 public:
  /// The stream of run `run` under `seed`: independent streams, one per run.
  Rng(std::uint64_t seed, std::uint64_t run) noexcept {
    std::uint64_t x = seed ^ (0x9E3779B97F4A7C15ULL * (run + 1));
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

}  // namespace storeops
