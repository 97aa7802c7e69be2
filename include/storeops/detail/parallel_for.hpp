#pragma once
/// The library's one way to spread work over threads (monte_carlo, sobol): items handed out in
/// chunks, in order, so that what an item computes depends on the item alone, never on the
/// number of threads. For the library's compiled parts (src/); not part of the interface.
#include <Eigen/Core>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include <storeops/detail/validate.hpp>

namespace storeops {

namespace detail {

/// The threads parallel_for runs `count` items on, `threads` asked for (0: every core).
inline int worker_count(Eigen::Index count, int threads, Eigen::Index chunk) {
  if (threads < 0) fail("threads", std::to_string(threads), ">= 0");
  const int n = threads > 0 ? threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  return static_cast<int>(std::max<Eigen::Index>(1, std::min<Eigen::Index>(n, (count + chunk - 1) / chunk)));
}

/// Runs `work(i)` (or `work(i, worker)`, worker the thread's index in
/// [0, worker_count(count, threads, chunk))) for i in [0, count) on `threads` threads (0:
/// every core), in chunks of `chunk` handed out in order; `progress(done, count)` from the
/// calling thread about ten times a second. What work(i) computes must depend on i only, so
/// results never depend on threads. The first exception stops the work and is rethrown.
template <class Work>
void parallel_for(Eigen::Index count, int threads, Work&& work,
                  const std::function<void(int, int)>& progress = {}, Eigen::Index chunk = 64) {
  const int n = worker_count(count, threads, chunk);
  std::atomic<Eigen::Index> next{0};
  std::atomic<int> done{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto worker = [&](int index) {
    try {
      for (;;) {
        const Eigen::Index start = next.fetch_add(chunk);
        if (start >= count || failed) return;
        const Eigen::Index end = std::min(count, start + chunk);
        for (Eigen::Index i = start; i < end; ++i) {
          if constexpr (std::is_invocable_v<Work&, Eigen::Index, int>)
            work(i, index);
          else
            work(i);
        }
        done += static_cast<int>(end - start);
      }
    } catch (...) {
      if (!failed.exchange(true)) failure = std::current_exception();
    }
  };
  std::vector<std::thread> pool;
  for (int i = 0; i < n; ++i) pool.emplace_back(worker, i);
  if (progress) {
    while (done.load() < count && !failed.load()) {
      progress(done.load(), static_cast<int>(count));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  if (progress) progress(static_cast<int>(count), static_cast<int>(count));
}

}  // namespace detail

}  // namespace storeops
