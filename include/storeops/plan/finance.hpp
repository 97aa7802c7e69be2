#pragma once
/// Money in and out (docs/model.md §5; 000 ch.1, ch.3, ch.4): platform fees, the steady-state
/// cost structure, a month's P&L and cash flow, and the payback month.
#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <storeops/detail/decimal.hpp>
#include <storeops/detail/fields.hpp>
#include <storeops/detail/validate.hpp>
#include <storeops/core/money.hpp>
#include <storeops/core/rate.hpp>

namespace storeops {

/// Part of the annual fee refunded when a year's sales reach a threshold (real Tmall rules
/// vary by category; *assumed* data, empty in the seed plan).
struct AnnualFeeRefund {
  Money yearly_sales;  ///< from these sales in a contract year
  double share = 0;    ///< this share of the annual fee comes back
  friend bool operator==(const AnnualFeeRefund&, const AnnualFeeRefund&) = default;
};

/// Platform fees (天猫 资费, 000 ch.1).
struct PlatformFees {
  Money deposit;             ///< 保证金: refundable, cash out, not an expense
  Money annual_fee;          ///< 年费, paid each contract year
  double commission_rate = 0;  ///< 扣点: share of each successful transaction
  std::vector<AnnualFeeRefund> annual_fee_refunds;  ///< ascending thresholds
  friend bool operator==(const PlatformFees&, const PlatformFees&) = default;

  /// Tmall 2014: deposit 150,000 with TM (applied-for) marks, 100,000 when every mark is
  /// registered (R); annual fee 30,000; commission 5%.
  static PlatformFees tmall(bool all_registered_marks = false) {
    PlatformFees f;
    f.deposit = Money::from_whole_yuan(all_registered_marks ? 100'000 : 150'000);
    f.annual_fee = Money::from_whole_yuan(30'000);
    f.commission_rate = 0.05;
    return f;
  }

  /// Checks every field (platform_fee_fields).
  void validate() const;

  /// The annual fee refunded for a contract year with these sales.
  Money annual_fee_refund(Money yearly_sales) const {
    double share = 0;
    for (const auto& r : annual_fee_refunds)
      if (yearly_sales >= r.yearly_sales) share = r.share;
    return annual_fee.times(share, "annual_fee_refunds.share");
  }
};

namespace detail::rules {
/// Refund thresholds: shares are rates, sales >= 0 and rising.
inline void annual_fee_refunds(const std::vector<AnnualFeeRefund>& refunds, const std::string& path) {
  for (std::size_t i = 0; i < refunds.size(); ++i) {
    const auto f = path + "[" + std::to_string(i) + "]";
    require_rate(refunds[i].share, f + ".share");
    money_non_negative(refunds[i].yearly_sales, f + ".yearly_sales");
    if (i > 0 && refunds[i].yearly_sales <= refunds[i - 1].yearly_sales)
      fail(f + ".yearly_sales", refunds[i].yearly_sales.to_string(), "above the previous threshold");
  }
}
}  // namespace detail::rules

/// Every field of PlatformFees, once: JSON key, member, Chinese label, doc, rule.
inline constexpr auto platform_fee_fields = [] {
  namespace r = detail::rules;
  using F = PlatformFees;
  return std::make_tuple(
      detail::required_field("deposit", &F::deposit, "保证金",
                             "Refundable deposit: cash out, not an expense (000 ch.1).",
                             r::money_non_negative),
      detail::required_field("annual_fee", &F::annual_fee, "年费", "Paid each contract year.",
                             r::money_non_negative),
      detail::required_field("commission_rate", &F::commission_rate, "扣点",
                             "Share of each successful transaction (5%).", r::rate),
      detail::field("annual_fee_refunds", &F::annual_fee_refunds, "年费返还",
                    "Share of the annual fee refunded from yearly sales thresholds (optional).",
                    r::annual_fee_refunds));
}();

inline void PlatformFees::validate() const { detail::check_fields(platform_fee_fields, *this, "fees"); }

namespace detail {
/// Sum and difference of rates as decimals, so 0.40 − 0.10 − … is exactly 0.075 as written.
inline double decimal_sum(std::initializer_list<std::pair<double, int>> terms) {
  __extension__ __int128 units = 0;  // in 1e-15
  for (auto [rate, sign] : terms) {
    const auto d = Decimal::of(rate, "rate");
    __extension__ __int128 v = d.mantissa;
    int e = d.exponent + 15;
    for (; e > 0; --e) v *= 10;
    for (; e < 0; ++e) v /= 10;  // rates with more than 15 decimals lose the excess
    units += sign * v;
  }
  const bool negative = units < 0;
  auto magnitude = negative ? -units : units;
  std::string digits = std::to_string(static_cast<long long>(magnitude));
  return std::stod((negative ? "-" : "") + digits + "e-15");
}
}  // namespace detail

/// The steady-state cost structure as shares of revenue (000 ch.4, 全店经销后).
struct CostStructure {
  double gross_margin = 0;        ///< 毛利率
  double promotion = 0;           ///< 推广成本
  double personnel = 0;           ///< 人员成本
  double commission = 0;          ///< 天猫扣点
  double shipping_packaging = 0;  ///< 运费+包装成本
  double tax = 0;                 ///< 税收
  double other = 0;               ///< 场地/聚会/天猫软件/员工福利
  friend bool operator==(const CostStructure&, const CostStructure&) = default;

  /// 40% gross margin; promotion 10%, personnel 6%, commission 5%, shipping and packaging
  /// 5%, tax 4.5%, venue/events/software/benefits 2%: net margin 7.5%.
  static CostStructure tmall_2014() { return {0.40, 0.10, 0.06, 0.05, 0.05, 0.045, 0.02}; }

  /// Gross margin less every cost share, computed in decimals: 0.075 for the seed.
  double net_margin() const {
    return detail::decimal_sum({{gross_margin, 1}, {promotion, -1}, {personnel, -1},
                                {commission, -1}, {shipping_packaging, -1}, {tax, -1},
                                {other, -1}});
  }
  /// What is left of a sale after the costs that scale with it (goods, commission,
  /// shipping, tax): the base of the break-even ROI.
  double contribution_margin() const {
    return detail::decimal_sum(
        {{gross_margin, 1}, {commission, -1}, {shipping_packaging, -1}, {tax, -1}});
  }

  void validate() const;
};

/// Every field of CostStructure, once: JSON key, member, Chinese label, doc, rule.
inline constexpr auto cost_fields = [] {
  namespace r = detail::rules;
  using C = CostStructure;
  using detail::required_field;
  return std::make_tuple(
      required_field("gross_margin", &C::gross_margin, "毛利率", "Gross margin on sales (000 ch.4: 40%).", r::rate),
      required_field("promotion", &C::promotion, "推广成本", "Promotion as a share of revenue (10%).", r::rate),
      required_field("personnel", &C::personnel, "人员成本", "Personnel as a share of revenue (6%).", r::rate),
      required_field("commission", &C::commission, "天猫扣点", "Platform commission (5%).", r::rate),
      required_field("shipping_packaging", &C::shipping_packaging, "运费+包装成本",
                     "Shipping and packaging (5%).", r::rate),
      required_field("tax", &C::tax, "税收", "Tax (4.5%).", r::rate),
      required_field("other", &C::other, "场地/聚会/天猫软件/员工福利",
                     "Venue, events, software, benefits (2%).", r::rate));
}();

inline void CostStructure::validate() const { detail::check_fields(cost_fields, *this, "costs"); }

/// The first 1-based month whose cumulative cash flow covers the initial investment, or
/// nothing when it never does.
inline std::optional<int> payback_month(Money initial_investment,
                                        std::span<const Money> monthly_cash_flows) {
  if (initial_investment.fen() < 0)
    detail::fail("initial_investment", initial_investment.to_string(), ">= 0");
  Money cumulative;
  for (std::size_t i = 0; i < monthly_cash_flows.size(); ++i) {
    cumulative += monthly_cash_flows[i];
    if (cumulative >= initial_investment) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

/// What a month's statement is computed from.
struct MonthInputs {
  Money revenue;                               ///< 销售额, orders × AOV
  double refund_rate = 0;                      ///< share of revenue refunded
  std::map<std::string, Money> promotion;      ///< spend by channel (直通车, 钻展, ...)
  Money payroll;                               ///< from the pay rules, not a percentage
  bool annual_fee_due = false;                 ///< the month a contract year starts
  Money annual_fee_refund;                     ///< refunded this month
  Money deposits_paid;                         ///< 保证金/押金 paid: cash out, not expense
  Money deposits_returned;
  Money one_off_purchases;                     ///< hardware, decoration: cash out this month
};

/// One month's P&L and cash flow (docs/model.md §5). Expenses are positive amounts.
struct MonthStatement {
  Money revenue, refunds, net_sales, cost_of_goods, gross_profit;
  Money platform_commission, annual_fee, promotion_spend, payroll, shipping_packaging, tax,
      other;
  std::map<std::string, Money> promotion_by_channel;
  Money operating_profit;
  Money deposits, one_off_purchases;  ///< net deposits paid, one-off purchases
  Money cash_flow;                    ///< operating profit − net deposits − purchases
};

/// The lines of a month's statement that scale with sales (docs/model.md §5): refunds at the
/// refund rate, then shares of net sales — goods at 1 − gross margin, the platform's
/// commission, shipping, tax, other — each rounded to the fen once. `Amount` is Money (every
/// sum checked for overflow) or detail::UncheckedFen, for a month whose amounts a caller has
/// bounded beforehand (MonthBlock::profit_and_loss): the same fen either way.
template <class Amount = Money>
struct BasicSalesLines {
  Amount refunds, net_sales, cost_of_goods, gross_profit, platform_commission, shipping_packaging,
      tax, other;

  /// What is left of the gross profit after commission, shipping, tax and other, and after the
  /// month's annual fee, promotion and payroll: the operating profit.
  Amount operating_profit(Amount annual_fee, Amount promotion, Amount payroll) const {
    return gross_profit - platform_commission - annual_fee - promotion - payroll -
           shipping_packaging - tax - other;
  }
};
using SalesLines = BasicSalesLines<Money>;

/// Rates of one amount brought to one scale: each prepared rate's m / 10^k written as
/// m·10^(K−k) / 10^K, K the largest k among them, so that their products share one half, one
/// limit and one division by 10^K. The same fen as each Rate::of: numerator and denominator
/// times 10^(K−k) leave the quotient's floor as it was. Not `ok` when a rate is not prepared
/// or its scaled digits do not fit; then each rate goes its own way.
template <std::size_t N>
struct SharedScale {
  std::array<std::uint64_t, N> mantissa{};
  std::uint64_t half = 0, limit = 0;  // amounts up to `limit` fen take the shared path
  detail::Divisor scale;
  bool ok = false;

  explicit SharedScale(const std::array<const Rate*, N>& rates) {
    constexpr std::uint64_t top = std::uint64_t(1) << 63;
    std::uint64_t largest = 0;  // 10^K
    for (const Rate* r : rates) {
      if (r->limit_ == 0) return;  // not prepared (Rate::prepare declined it)
      largest = std::max(largest, 2 * r->half_);  // a prepared rate's half is 10^k / 2
    }
    limit = top - 1;
    for (std::size_t k = 0; k < N; ++k) {
      const std::uint64_t factor = largest / (2 * rates[k]->half_);  // 10^(K−k)
      if (rates[k]->mantissa_ > ((std::uint64_t(1) << 62) / factor)) return;
      mantissa[k] = rates[k]->mantissa_ * factor;
    }
    half = largest / 2;
    for (std::uint64_t m : mantissa)
      if (m > 0) limit = std::min(limit, (top - 1 - half) / m);  // fen × m + half < 2^63
    scale = detail::Divisor(largest);
    ok = true;
  }

  /// amount × rate k, rounded as Rate::of, for 0 <= fen <= limit.
  [[gnu::always_inline]] Money of(std::uint64_t fen, std::size_t k) const noexcept {
    return Money::from_fen(std::int64_t(scale.divide(fen * mantissa[k] + half)));
  }
};

/// The rates of the sales lines, prepared once for many months (Rate): goods at
/// 1 − gross margin, the platform's commission, shipping, tax, other; and the five on one
/// scale (SharedScale), since they all multiply the month's net sales.
struct SalesRates {
  Rate goods, commission, shipping, tax, other;
  SharedScale<5> of_net_sales;
  SalesRates(const PlatformFees& fees, const CostStructure& costs)
      : goods(1.0 - costs.gross_margin, "1 - gross_margin"),
        commission(fees.commission_rate, "commission_rate"),
        shipping(costs.shipping_packaging, "shipping_packaging"),
        tax(costs.tax, "tax"),
        other(costs.other, "other"),
        of_net_sales({&goods, &commission, &shipping, &tax, &other}) {}
};

/// The sales lines of a month with this revenue and refund rate (both checked by the caller).
template <class Amount = Money>
[[gnu::always_inline]] inline BasicSalesLines<Amount> sales_lines(const SalesRates& rates,
                                                                  Money revenue,
                                                                  const Rate& refund_rate) {
  BasicSalesLines<Amount> s;
  s.refunds = Amount(refund_rate.of(revenue));
  s.net_sales = Amount(revenue) - s.refunds;
  const Money net = detail::as_money(s.net_sales);
  const SharedScale<5>& shared = rates.of_net_sales;
  if (const auto fen = std::uint64_t(net.fen()); shared.ok && fen <= shared.limit) [[likely]] {
    s.cost_of_goods = Amount(shared.of(fen, 0));
    s.platform_commission = Amount(shared.of(fen, 1));
    s.shipping_packaging = Amount(shared.of(fen, 2));
    s.tax = Amount(shared.of(fen, 3));
    s.other = Amount(shared.of(fen, 4));
  } else {
    s.cost_of_goods = Amount(rates.goods.of(net));
    s.platform_commission = Amount(rates.commission.of(net));
    s.shipping_packaging = Amount(rates.shipping.of(net));
    s.tax = Amount(rates.tax.of(net));
    s.other = Amount(rates.other.of(net));
  }
  s.gross_profit = s.net_sales - s.cost_of_goods;
  return s;
}

/// A month's statement with promotion given as a total. `in.promotion` is ignored here.
inline MonthStatement month_statement_core(const PlatformFees& fees, const CostStructure& costs,
                                           const MonthInputs& in, Money promotion_total) {
  if (in.revenue.fen() < 0) detail::fail("revenue", in.revenue.to_string(), ">= 0");
  detail::require_rate(in.refund_rate, "refund_rate");
  const SalesLines lines =
      sales_lines(SalesRates(fees, costs), in.revenue, Rate(in.refund_rate, "refund_rate"));
  MonthStatement s;
  s.revenue = in.revenue;
  s.refunds = lines.refunds;
  s.net_sales = lines.net_sales;
  s.cost_of_goods = lines.cost_of_goods;
  s.gross_profit = lines.gross_profit;
  s.platform_commission = lines.platform_commission;
  s.annual_fee = (in.annual_fee_due ? fees.annual_fee : Money()) - in.annual_fee_refund;
  s.promotion_spend = promotion_total;
  s.payroll = in.payroll;
  s.shipping_packaging = lines.shipping_packaging;
  s.tax = lines.tax;
  s.other = lines.other;
  s.operating_profit = lines.operating_profit(s.annual_fee, s.promotion_spend, s.payroll);
  s.deposits = in.deposits_paid - in.deposits_returned;
  s.one_off_purchases = in.one_off_purchases;
  s.cash_flow = s.operating_profit - s.deposits - s.one_off_purchases;
  return s;
}

/// A month's statement: costs that scale with sales are shares of net sales (goods at
/// 1 − gross margin, commission at the platform rate, shipping, tax, other); promotion (by
/// channel) and payroll are what was spent.
inline MonthStatement month_statement(const PlatformFees& fees, const CostStructure& costs,
                                      const MonthInputs& in) {
  Money promotion;
  for (const auto& [channel, spend] : in.promotion) {
    if (spend.fen() < 0) detail::fail("promotion." + channel, spend.to_string(), ">= 0");
    promotion += spend;
  }
  MonthStatement s = month_statement_core(fees, costs, in, promotion);
  s.promotion_by_channel = in.promotion;
  return s;
}

}  // namespace storeops
