#pragma once
/// Seller credit level (信用等级), from credit points: +1 per positive review, 0 per neutral,
/// −1 per negative (docs/model.md §2). Five hearts (心), diamonds (钻), crowns (冠) and gold
/// crowns (金冠); below 4 points the shop has no level yet.
#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include <storeops/core/names.hpp>
#include <storeops/detail/validate.hpp>

namespace storeops {

enum class CreditTier { none = 0, heart = 1, diamond = 2, crown = 3, gold_crown = 4 };

inline constexpr std::array<std::string_view, 5> credit_tier_names = {
    "none", "heart", "diamond", "crown", "gold_crown"};

template <>
struct EnumNames<CreditTier> {
  static constexpr auto& names = credit_tier_names;
  static constexpr std::string_view what = "credit tier", plural = "credit tiers";
};
inline CreditTier credit_tier_from_string(std::string_view name) {
  return from_string<CreditTier>(name);
}

/// The lowest point count of each level, 1 heart to 5 gold crowns (Taobao's published table).
inline constexpr std::array<std::int64_t, 20> credit_level_lower_bounds = {
    4,     11,    41,     91,     151,                    // hearts
    251,   501,   1001,   2001,   5001,                   // diamonds
    10001, 20001, 50001,  100001, 200001,                 // crowns
    500001, 1000001, 2000001, 5000001, 10000001};         // gold crowns

/// A level such as "3 diamonds": a tier and a count 1–5 (count 0 only with tier none).
class CreditLevel {
 public:
  constexpr CreditLevel() noexcept = default;
  CreditLevel(CreditTier tier, int count) : tier_(tier), count_(count) {
    if (tier == CreditTier::none ? count != 0 : (count < 1 || count > 5))
      detail::fail("CreditLevel.count", std::to_string(count),
                   tier == CreditTier::none ? "0 for tier none" : "in 1..5");
  }

  CreditTier tier() const noexcept { return tier_; }
  int count() const noexcept { return count_; }
  /// 0 for none, 1 for 1 heart, ..., 20 for 5 gold crowns: levels in order.
  int rank() const noexcept {
    return tier_ == CreditTier::none ? 0 : (static_cast<int>(tier_) - 1) * 5 + count_;
  }
  /// Fewest points that give this level.
  std::int64_t lower_bound_points() const noexcept {
    return rank() == 0 ? INT64_MIN : credit_level_lower_bounds[std::size_t(rank() - 1)];
  }

  friend bool operator==(CreditLevel a, CreditLevel b) noexcept { return a.rank() == b.rank(); }
  friend auto operator<=>(CreditLevel a, CreditLevel b) noexcept { return a.rank() <=> b.rank(); }

  /// "none", "1 heart", "3 diamonds", "2 gold_crowns".
  std::string to_string() const {
    if (tier_ == CreditTier::none) return "none";
    return std::to_string(count_) + " " + std::string(storeops::to_string(tier_)) +
           (count_ > 1 ? "s" : "");
  }
  friend std::ostream& operator<<(std::ostream& os, CreditLevel l) { return os << l.to_string(); }

  static CreditLevel from_rank(int rank) {
    if (rank < 0 || rank > 20) detail::fail("CreditLevel.rank", std::to_string(rank), "in 0..20");
    if (rank == 0) return {};
    return CreditLevel(static_cast<CreditTier>((rank - 1) / 5 + 1), (rank - 1) % 5 + 1);
  }

 private:
  CreditTier tier_ = CreditTier::none;
  int count_ = 0;
};

/// The level a shop with `points` credit points holds. Any point count is valid (negative
/// reviews can take it below zero): below 4 the tier is none.
inline CreditLevel credit_level(std::int64_t points) noexcept {
  int rank = 0;
  while (rank < 20 && points >= credit_level_lower_bounds[std::size_t(rank)]) ++rank;
  return CreditLevel::from_rank(rank);
}

/// Credit points from review counts: +1 positive, 0 neutral, −1 negative.
inline std::int64_t credit_points(std::int64_t positive, std::int64_t neutral,
                                  std::int64_t negative) {
  detail::require_non_negative(positive, "positive");
  detail::require_non_negative(neutral, "neutral");
  detail::require_non_negative(negative, "negative");
  return positive - negative;
}

}  // namespace storeops
