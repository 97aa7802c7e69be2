#pragma once
/// The money behind the plan (资金): what the owner commits and what the store keeps untouched.
/// 000 ch.4 commits ¥270,650 in four instalments (总投入270650元) and counts the 聚划算 deposit
/// as working capital later (聚划算押金后期可作为公司流动资金); no seed names a reserve. The weekly
/// proposal spends on ads and stock only what keeps the forecast's P10 cash at or above the
/// reserve (docs/guide/deciding-next-week.md).
#include <tuple>

#include <storeops/core/money.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>

namespace storeops {

struct Funding {
  /// 投入资金: the capital the owner commits. ¥0 (the default, *assumed*): the investment
  /// schedule's total or what the plan's own forecast needs in nine futures of ten, the more.
  Money capital;
  /// 备用金: cash the store keeps and never plans to spend, judged in the forecast's P10 future.
  /// ¥0 by default (*assumed*: no seed names one), so spending may take the P10 cash to zero.
  Money reserve;
  friend bool operator==(const Funding&, const Funding&) = default;
};

/// Every field of the funding, once.
inline constexpr auto funding_fields = [] {
  namespace r = detail::rules;
  using F = Funding;
  return std::make_tuple(
      detail::field("capital", &F::capital, "投入资金",
                    "The capital the owner commits; 0: the investment schedule's total or what "
                    "the plan's forecast needs in nine futures of ten, the more (*assumed*).",
                    r::money_non_negative),
      detail::field("reserve", &F::reserve, "备用金",
                    "Cash the store never plans to spend, in the forecast's P10 future (*assumed* "
                    "0: no seed names one).",
                    r::money_non_negative));
}();

}  // namespace storeops
