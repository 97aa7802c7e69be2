#pragma once
/// Seed numbers as data. Every table here cites the seed it comes from; a user copies one,
/// changes it and passes it back, instead of editing formulas. The tables themselves are in
/// src/presets.cpp, compiled once (a plan is a large object to build in every file).
#include <storeops/market/campaigns.hpp>
#include <storeops/market/customers.hpp>
#include <storeops/plan/finance.hpp>
#include <storeops/plan/lifecycle.hpp>
#include <storeops/team/pay.hpp>
#include <storeops/plan/plan.hpp>
#include <storeops/team/staffing.hpp>
#include <storeops/market/traffic.hpp>

namespace storeops::presets {

/// Visitor targets by credit level (004, 运营目标): before 5 hearts 10,000 a month (300 a
/// day); 5 hearts to 1 diamond 15,000 (500); 1 to 3 diamonds 30,000 (1,000); 3 to 5
/// diamonds 45,000 (1,500); from 5 diamonds 60,000 (2,000).
TrafficTargets traffic_targets_2014();

/// The staffing rules of 000 ch.4 (revenue tiers) and ch.5 (orders-per-day bands).
/// Department costs are as the seed writes them; the third tier is 80,000 (the seed prints
/// 800,000, but the tiers' order and its 17,500 budget show the typo).
StaffingPolicy staffing_2014();

/// The pay rules of 000 ch.5 and attachment 七. Position allowance, benefits, extra rewards
/// and the minimum wage are *assumed* 0 (the seed names them without amounts); the rating
/// bonus is *assumed* 500.
PayPolicy pay_2014();

/// The stages of 000 ch.3 with their targets and budgets.
Lifecycle lifecycle_2014();

/// The investment schedule of 000 ch.4: 270,650 in all. Month 0 is 2014-02. The split of
/// the 10,650 of hardware and early salaries between 2014-03 and 2014-07 is *assumed* even.
std::vector<Investment> investments_2014();

/// The platform campaigns of 004 (活动框架) and their entry rules.
std::vector<CampaignRule> campaigns_2014();

/// Member tiers of 000 attachment 八 (普通会员, 高级会员, VIP会员) with the seeds' discounts: VIP
/// customers get 8折 (001: "VIP客户群...新品上新时可以给8折优惠", on new items; the model applies it
/// to what a VIP buys) and a lifetime 7折 after a cumulative spend (004: "个人累积消费多少元既获得终生
/// 本店7折"). No seed gives a threshold or the senior discount: 1,000 / 95%, 3,000 and 10,000 are
/// *assumed*.
std::vector<MemberTier> member_tiers_2014();

/// The daily order targets of 002 篇3 (整体目标): at least 30 orders a day "2月后" (from
/// 2014-03-01), at least 50 "双12活动后" (from 2014-12-13), and the final goal of 200 a day.
PlanTargets targets_2014();

/// The seed plan of 000 (Tmall, 2014) with what the other seeds add.
Plan tmall_2014();

/// Seed 003's five-person store (运营主管, 客服, 推广, 物流, 财务): one each of cs_agent, promoter,
/// logistics_staff, store_manager (its 运营主管) and finance_clerk from the first open month, on
/// the seed plan's market, fees, costs and investments. The team does not grow: no revenue
/// tiers above it, no order bands, no stage hires.
Plan five_person_store();

}  // namespace storeops::presets
