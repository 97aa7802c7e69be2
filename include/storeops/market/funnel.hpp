#pragma once
/// The conversion funnel of one period and one traffic channel (docs/model.md §2; 002 篇3-4).
///
/// visitors (访客数 UV) × conversion rate (支付转化率) = orders (one per paying buyer);
/// orders × average order value (客单价) = revenue (销售额).
#include <string>

#include <storeops/detail/validate.hpp>
#include <storeops/core/money.hpp>

namespace storeops {

class Funnel {
 public:
  /// visitors: UV in the period (>= 0); conversion_rate: paying buyers / visitors, in
  /// [0, 1]; average_order_value: 客单价, >= 0.
  Funnel(double visitors, double conversion_rate, Money average_order_value = {})
      : visitors_(detail::require_non_negative(visitors, "Funnel.visitors")),
        conversion_rate_(detail::require_rate(conversion_rate, "Funnel.conversion_rate")),
        average_order_value_(average_order_value) {
    if (average_order_value.fen() < 0)
      detail::fail("Funnel.average_order_value", average_order_value.to_string(), ">= 0");
  }

  double visitors() const noexcept { return visitors_; }
  double conversion_rate() const noexcept { return conversion_rate_; }
  Money average_order_value() const noexcept { return average_order_value_; }

  /// Expected orders (= paying buyers): visitors × conversion rate. A float on purpose:
  /// it is an expected value, not a count.
  double orders() const noexcept { return visitors_ * conversion_rate_; }
  /// Revenue (销售额) = orders × average order value, rounded once to the fen.
  Money revenue() const { return average_order_value_.times(orders(), "Funnel.orders"); }
  /// UV value (UV价值) = revenue / visitors.
  Money uv_value() const {
    detail::require_denominator(visitors_, "Funnel.visitors");
    return revenue().divided_by(visitors_, "Funnel.visitors");
  }

 private:
  double visitors_;
  double conversion_rate_;
  Money average_order_value_;
};

/// The funnel split by whether the visitor talks to customer service first (询单).
/// CR = inquiry_rate·inquiry_conversion + (1 − inquiry_rate)·silent_conversion.
/// Silent orders (静默下单) feed the indirect departments' pay pool (docs/model.md §4).
class InquiryFunnel {
 public:
  /// inquiry_rate: 询单率, share of visitors who contact customer service;
  /// inquiry_conversion: 询单转化率, share of inquirers who buy;
  /// silent_conversion: 静默转化率, share of non-inquiring visitors who buy.
  InquiryFunnel(double visitors, double inquiry_rate, double inquiry_conversion,
                double silent_conversion, Money average_order_value)
      : visitors_(detail::require_non_negative(visitors, "InquiryFunnel.visitors")),
        inquiry_rate_(detail::require_rate(inquiry_rate, "InquiryFunnel.inquiry_rate")),
        inquiry_conversion_(
            detail::require_rate(inquiry_conversion, "InquiryFunnel.inquiry_conversion")),
        silent_conversion_(
            detail::require_rate(silent_conversion, "InquiryFunnel.silent_conversion")),
        average_order_value_(average_order_value) {
    if (average_order_value.fen() < 0)
      detail::fail("InquiryFunnel.average_order_value", average_order_value.to_string(),
                   ">= 0");
  }

  double visitors() const noexcept { return visitors_; }
  double inquiry_rate() const noexcept { return inquiry_rate_; }
  double inquiry_conversion() const noexcept { return inquiry_conversion_; }
  double silent_conversion() const noexcept { return silent_conversion_; }
  Money average_order_value() const noexcept { return average_order_value_; }

  /// Visitors who contact customer service (询单人数).
  double inquiries() const noexcept { return visitors_ * inquiry_rate_; }
  double inquiry_orders() const noexcept { return inquiries() * inquiry_conversion_; }
  /// 静默下单: visitors·(1 − inquiry_rate)·silent_conversion.
  double silent_orders() const noexcept {
    return visitors_ * (1.0 - inquiry_rate_) * silent_conversion_;
  }
  double orders() const noexcept { return inquiry_orders() + silent_orders(); }
  /// The blended conversion rate (支付转化率).
  double conversion_rate() const noexcept {
    return inquiry_rate_ * inquiry_conversion_ + (1.0 - inquiry_rate_) * silent_conversion_;
  }
  Money revenue() const { return average_order_value_.times(orders(), "InquiryFunnel.orders"); }
  /// Revenue of silent orders: the base of the indirect departments' 1% pool.
  Money silent_revenue() const {
    return average_order_value_.times(silent_orders(), "InquiryFunnel.silent_orders");
  }
  Money inquiry_revenue() const {
    return average_order_value_.times(inquiry_orders(), "InquiryFunnel.inquiry_orders");
  }
  /// The same period as a plain funnel with the blended conversion rate.
  Funnel funnel() const { return Funnel(visitors_, conversion_rate(), average_order_value_); }

 private:
  double visitors_;
  double inquiry_rate_;
  double inquiry_conversion_;
  double silent_conversion_;
  Money average_order_value_;
};

}  // namespace storeops
