#pragma once
/// Customer-service sizing by queueing (Erlang C), with chat concurrency, an occupancy cap
/// and shrinkage (docs/model.md §3). Traffic A = λ·AHT in Erlangs; N servers = agents ×
/// concurrency (one agent holds `concurrency` Wangwang chats at once).
///
/// C(N, A) comes from the Erlang B recursion B(n) = A·B(n−1) / (n + A·B(n−1)), never from
/// factorials, so thousands of servers are safe.
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include <storeops/detail/validate.hpp>

namespace storeops::erlang {

namespace detail_ {
using storeops::detail::fail;
using storeops::detail::shortest;

inline double traffic(double arrivals_per_hour, double handle_time_s) {
  storeops::detail::require_non_negative(arrivals_per_hour, "arrivals_per_hour");
  storeops::detail::require_positive(handle_time_s, "handle_time_s");
  return arrivals_per_hour * handle_time_s / 3600.0;
}

inline double servers(int agents, int concurrency) {
  if (agents < 0) fail("agents", std::to_string(agents), "a count >= 0");
  if (concurrency < 1) fail("concurrency", std::to_string(concurrency), ">= 1 chat per agent");
  return static_cast<double>(agents) * concurrency;
}

/// Erlang B with n servers and traffic a, by the recursion.
inline double erlang_b(std::int64_t n, double a) noexcept {
  double b = 1.0;
  for (std::int64_t k = 1; k <= n; ++k) b = a * b / (static_cast<double>(k) + a * b);
  return b;
}

/// Erlang C from Erlang B: C = N·B / (N − A·(1 − B)); 1 when N <= A (the queue grows).
inline double erlang_c_from_b(double n, double a, double b) noexcept {
  if (n <= a) return 1.0;
  return n * b / (n - a * (1.0 - b));
}
}  // namespace detail_

/// Probability that a contact waits (Erlang C): 1 when servers <= traffic.
inline double wait_probability(int agents, double arrivals_per_hour, double handle_time_s,
                               int concurrency = 1) {
  const double a = detail_::traffic(arrivals_per_hour, handle_time_s);
  const double n = detail_::servers(agents, concurrency);
  if (a == 0.0) return 0.0;
  return detail_::erlang_c_from_b(n, a, detail_::erlang_b(static_cast<std::int64_t>(n), a));
}

/// Share of contacts answered within `answer_within_s`: 1 − C·exp(−(N − A)·T/AHT).
inline double service_level(int agents, double arrivals_per_hour, double handle_time_s,
                            double answer_within_s, int concurrency = 1) {
  storeops::detail::require_non_negative(answer_within_s, "answer_within_s");
  const double c = wait_probability(agents, arrivals_per_hour, handle_time_s, concurrency);
  const double a = detail_::traffic(arrivals_per_hour, handle_time_s);
  const double n = detail_::servers(agents, concurrency);
  if (a == 0.0) return 1.0;
  if (n <= a) return 0.0;
  return 1.0 - c * std::exp(-(n - a) * answer_within_s / handle_time_s);
}

/// Average speed of answer in seconds: C·AHT / (N − A); infinite when servers <= traffic.
inline double average_speed_of_answer(int agents, double arrivals_per_hour,
                                      double handle_time_s, int concurrency = 1) {
  const double c = wait_probability(agents, arrivals_per_hour, handle_time_s, concurrency);
  const double a = detail_::traffic(arrivals_per_hour, handle_time_s);
  const double n = detail_::servers(agents, concurrency);
  if (a == 0.0) return 0.0;
  if (n <= a) return std::numeric_limits<double>::infinity();
  return c * handle_time_s / (n - a);
}

/// Occupancy: traffic / servers, the share of time a chat slot is busy.
inline double occupancy(int agents, double arrivals_per_hour, double handle_time_s,
                        int concurrency = 1) {
  const double a = detail_::traffic(arrivals_per_hour, handle_time_s);
  const double n = detail_::servers(agents, concurrency);
  if (n == 0.0) {
    if (a == 0.0) return 0.0;
    detail_::fail("agents", "0", "> 0 when contacts arrive");
  }
  return a / n;
}

/// The fewest agents whose service level reaches `service_level` within `answer_within_s`
/// and whose occupancy stays at or below `max_occupancy`, divided by (1 − shrinkage) and
/// rounded up (shrinkage: the share of paid time not on chats: breaks, training, leave).
inline int agents_required(double arrivals_per_hour, double handle_time_s,
                           double service_level = 0.8, double answer_within_s = 30,
                           int concurrency = 1, double max_occupancy = 1.0,
                           double shrinkage = 0.0) {
  const double a = detail_::traffic(arrivals_per_hour, handle_time_s);
  if (!(service_level > 0.0 && service_level < 1.0))
    detail_::fail("service_level", detail_::shortest(service_level), "in (0, 1)");
  storeops::detail::require_non_negative(answer_within_s, "answer_within_s");
  if (concurrency < 1)
    detail_::fail("concurrency", std::to_string(concurrency), ">= 1 chat per agent");
  if (!(max_occupancy > 0.0 && max_occupancy <= 1.0))
    detail_::fail("max_occupancy", detail_::shortest(max_occupancy), "in (0, 1]");
  if (!(shrinkage >= 0.0 && shrinkage < 1.0))
    detail_::fail("shrinkage", detail_::shortest(shrinkage), "in [0, 1)");
  if (a == 0.0) return 0;
  if (a > 1e7) detail_::fail("arrivals_per_hour", detail_::shortest(arrivals_per_hour),
                             "a traffic below 10 million Erlangs");

  // Walk servers upward from the traffic, updating Erlang B as we go: O(A) in all.
  auto n = static_cast<std::int64_t>(std::floor(a));
  double b = detail_::erlang_b(n, a);
  for (std::int64_t agents = 1;; ++agents) {
    const std::int64_t servers = agents * concurrency;
    while (n < servers) {
      ++n;
      b = a * b / (static_cast<double>(n) + a * b);
    }
    const double nd = static_cast<double>(servers);
    if (nd <= a || a / nd > max_occupancy) continue;
    const double c = detail_::erlang_c_from_b(nd, a, b);
    const double sl = 1.0 - c * std::exp(-(nd - a) * answer_within_s / handle_time_s);
    if (sl >= service_level) {
      const double paid = std::ceil(static_cast<double>(agents) / (1.0 - shrinkage) - 1e-9);
      return static_cast<int>(paid);
    }
  }
}

/// The share of a day's inquiries that arrive in its busiest hour (*assumed*: the seeds give
/// none). The one home of this default: everything that sizes by peak hour reads it here.
inline constexpr double assumed_peak_hour_share = 0.12;

/// Peak-hour arrivals from a day's inquiries: daily × peak-hour share.
inline double peak_hour_arrivals(double daily_inquiries,
                                 double peak_hour_share = assumed_peak_hour_share) {
  storeops::detail::require_non_negative(daily_inquiries, "daily_inquiries");
  storeops::detail::require_rate(peak_hour_share, "peak_hour_share");
  return daily_inquiries * peak_hour_share;
}

/// Agents for a day's inquiries: sized for the peak hour (daily × peak-hour share).
inline int agents_for_daily_inquiries(double daily_inquiries, double handle_time_s,
                                      double service_level = 0.8, double answer_within_s = 30,
                                      int concurrency = 1, double max_occupancy = 1.0,
                                      double shrinkage = 0.0,
                                      double peak_hour_share = assumed_peak_hour_share) {
  return agents_required(peak_hour_arrivals(daily_inquiries, peak_hour_share), handle_time_s,
                         service_level, answer_within_s, concurrency, max_occupancy, shrinkage);
}

}  // namespace storeops::erlang
