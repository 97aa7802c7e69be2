// The seed's tables (presets.hpp, where each is documented with the seed it comes from),
// compiled once rather than in every file that builds a plan.
#include <storeops/plan/presets.hpp>

namespace storeops::presets {

TrafficTargets traffic_targets_2014() {
  return TrafficTargets({
      {CreditLevel(), 10'000, 300},
      {CreditLevel(CreditTier::heart, 5), 15'000, 500},
      {CreditLevel(CreditTier::diamond, 1), 30'000, 1'000},
      {CreditLevel(CreditTier::diamond, 3), 45'000, 1'500},
      {CreditLevel(CreditTier::diamond, 5), 60'000, 2'000},
  });
}

StaffingPolicy staffing_2014() {
  using D = Department;
  using R = Role;
  auto yuan = [](std::int64_t y) { return Money::from_whole_yuan(y); };
  std::vector<RevenueTier> tiers = {
      // 000 ch.4 营业额 10000: two agents, early and late shift
      {yuan(10'000), yuan(4'000), {{D::customer_service, {{R::cs_agent, 2}}, yuan(4'000)}}, Money()},
      // 营业额 50000: budget 15,000; departments add up to 15,000; 总成本 written as 16,500
      {yuan(50'000), yuan(15'000),
       {{D::customer_service, {{R::cs_lead, 1}, {R::cs_agent, 2}}, yuan(6'500)},
        {D::design, {{R::designer, 1}}, yuan(3'000)},
        {D::promotion, {{R::promoter, 1}}, yuan(3'000)},
        {D::logistics, {{R::logistics_staff, 1}}, yuan(2'500)}},
       yuan(16'500)},
      // 营业额 "800000" (80,000): one more warehouse keeper
      {yuan(80'000), yuan(17'500),
       {{D::customer_service, {{R::cs_lead, 1}, {R::cs_agent, 2}}, yuan(6'500)},
        {D::design, {{R::designer, 1}}, yuan(3'000)},
        {D::promotion, {{R::promoter, 1}}, yuan(3'000)},
        {D::logistics, {{R::logistics_staff, 2}}, yuan(5'000)}},
       Money()},
      // 营业额 100000: pre- and after-sale groups under a supervisor, a logistics lead
      {yuan(100'000), yuan(34'000),
       {{D::customer_service, {{R::cs_manager, 1}, {R::cs_agent, 3}}, yuan(9'000)},
        {D::design, {{R::senior_designer, 2}}, yuan(8'000)},
        {D::promotion, {{R::promoter, 1}}, yuan(3'000)},
        {D::merchandising, {{R::merchandiser, 1}}, yuan(3'000)},
        {D::logistics, {{R::logistics_lead, 1}, {R::logistics_staff, 2}}, yuan(8'000)},
        {D::planning, {{R::planner, 1}}, yuan(3'000)}},
       yuan(34'000)},
  };
  // 000 ch.5: orders a day
  std::vector<OrderBand> bands = {
      {D::customer_service, 50, 100, 1, "50-100单增加一个客服"},
      {D::customer_service, 150, 250, 1, "150-250单增加一个客服"},
      {D::promotion, 50, 150, 1, "50单-150单配一个推广人员"},
      {D::promotion, 150, 250, 1, "150-250单配一个活动申报 (campaign applications)"},
      {D::logistics, 50, 100, 1, "50-100单/天增加一个打包"},
      {D::logistics, 150, 250, 1, "150-250增加一个打包"},
  };
  return StaffingPolicy(std::move(tiers), std::move(bands), /*trigger=*/0.0, Combine::max,
                        /*hiring_lag_months (assumed)=*/1, /*allow_shrink=*/false);
}

PayPolicy pay_2014() {
  using R = Role;
  using C = CommissionBasis;
  auto yuan = [](std::int64_t y) { return Money::from_whole_yuan(y); };
  auto role = [](R r, Money base, C basis = C::none, double rate = 0.0, bool rating = false) {
    return RolePay{r, base, Money(), Money(), Money(), basis, rate, rating};
  };
  return PayPolicy(
      {
          // 客服: 底薪 + 业绩提成 + 额外奖励 + 福利; 0.2 个点 of personal / team sales
          role(R::cs_agent, yuan(2'000), C::personal_sales, 0.002, true),
          role(R::cs_lead, yuan(2'500), C::team_sales, 0.002, true),
          role(R::cs_manager, yuan(3'000), C::team_sales, 0.002, true),
          // 策划, 推广, 设计, 仓储: 底薪 + 团队业绩提成 (the pool) + 岗位 + 福利
          role(R::promoter, yuan(3'000), C::pool),
          role(R::designer, yuan(3'000), C::pool),
          role(R::senior_designer, yuan(4'000), C::pool),
          role(R::logistics_staff, yuan(2'500), C::pool),
          role(R::logistics_lead, yuan(3'000), C::pool),
          role(R::planner, yuan(3'000), C::pool),
          // 商品: not in the pool (000 ch.5 names four indirect departments)
          role(R::merchandiser, yuan(3'000)),
          // 000 ch.1's organisation names these roles without pay, and the seed plan's tiers
          // employ none of them: *assumed* fixed pay, outside the pool
          role(R::operations_director, yuan(8'000)),
          role(R::store_manager, yuan(5'000)),
          role(R::copywriter, yuan(3'000)),
          role(R::finance_clerk, yuan(3'000)),
      },
      RatingBonusRule{}, /*pool_rate: 整店静默下单 1%*/ 0.01);
}

Lifecycle lifecycle_2014() {
  using R = Role;
  auto yuan = [](std::int64_t y) { return Money::from_whole_yuan(y); };
  return Lifecycle(
      {
          {Stage::setup, Money(), 1, Money(), Money(), {}, false,
           "申请公司和专卖店: company and store application; Tmall fees (16W开店费用)"},
          {Stage::launch, yuan(30'000), 0, yuan(30'000), yuan(1'000),
           {{R::cs_agent, 2}, {R::designer, 1}}, false,
           "正式投入运营: outsourced decoration, a 30,000 ad trial (the seed's budget also pays "
           "for fake orders, which are fraud and not modelled), 1,000 software"},
          {Stage::scale_up, yuan(300'000), 0, Money(), Money(),
           {{R::cs_agent, 1}, {R::promoter, 1}, {R::logistics_staff, 2}, {R::designer, 1}}, false,
           "全店经销过度: computers, desks, shelves, boxes; build a hit item; promote a cs lead"},
          {Stage::mature, yuan(500'000), 0, Money(), Money(), {}, /*excludes_campaigns=*/true,
           "成熟阶段: 聚划算 funding; the target excludes 聚划算, read as what the campaign days "
           "(618, 双11, 双12) add: the model has no 聚划算 line (assumed)"},
      },
      /*confirm_months=*/1);
}

std::vector<Investment> investments_2014() {
  auto yuan = [](std::int64_t y) { return Money::from_whole_yuan(y); };
  return {
      {"Tmall deposit (天猫押金)", yuan(160'000), 0, true, "000 ch.4 (2014-02)"},
      {"hardware and early salaries", yuan(5'325), 1, false, "000 ch.4 (2014-03)"},
      {"hardware and early salaries", yuan(5'325), 5, false, "000 ch.4 (2014-07)"},
      {"聚划算 deposit (聚划算押金)", yuan(100'000), 6, true, "000 ch.4 (2014-08)"},
  };
}

std::vector<CampaignRule> campaigns_2014() {
  auto yuan = [](std::int64_t y) { return Money::from_whole_yuan(y); };
  const CreditLevel one_diamond(CreditTier::diamond, 1), three_diamonds(CreditTier::diamond, 3);
  CampaignRule chaoyouhui;  // 超优汇: 一钻以上, 消保; 销售≥10, 评价≥5, 数量*促销价>=1万, 包邮
  chaoyouhui.name = "超优汇";
  chaoyouhui.min_level = one_diamond;
  chaoyouhui.consumer_protection = true;
  chaoyouhui.min_sales = 10;
  chaoyouhui.min_reviews = 5;
  chaoyouhui.min_quantity_times_price = yuan(10'000);
  chaoyouhui.free_shipping = true;
  chaoyouhui.source = "004 活动框架";
  CampaignRule aigou = chaoyouhui;  // 爱购: the same conditions
  aigou.name = "爱购";
  CampaignRule duchangtuan = chaoyouhui;  // 独畅团: also 好评率98%以上, price 1-5折 of 原价
  duchangtuan.name = "独畅团";
  duchangtuan.min_good_review_rate = 0.98;
  duchangtuan.min_price_share = 0.1;
  duchangtuan.max_price_share = 0.5;
  CampaignRule taojinbi;  // 淘金币: 三钻, 消保; 销售≥50, 评价≥5, 数量≥200, 不高于全网均价
  taojinbi.name = "淘金币";
  taojinbi.min_level = three_diamonds;
  taojinbi.consumer_protection = true;
  taojinbi.min_sales = 50;
  taojinbi.min_reviews = 5;
  taojinbi.min_quantity = 200;
  taojinbi.price_at_most_market_average = true;
  taojinbi.source = "004 活动框架";
  CampaignRule tiantiantejia;  // 天天特价: 三星到五钻; 销售≥10, 50≤数量≤300
  tiantiantejia.name = "天天特价";
  tiantiantejia.min_level = CreditLevel(CreditTier::heart, 3);
  tiantiantejia.max_level = CreditLevel(CreditTier::diamond, 5);
  tiantiantejia.min_sales = 10;
  tiantiantejia.min_quantity = 50;
  tiantiantejia.max_quantity = 300;
  tiantiantejia.source = "004 活动框架";
  CampaignRule fuyoushiyong;  // 付邮试用: 一钻以上, 消保; 数量≥800
  fuyoushiyong.name = "付邮试用";
  fuyoushiyong.min_level = one_diamond;
  fuyoushiyong.consumer_protection = true;
  fuyoushiyong.min_quantity = 800;
  fuyoushiyong.source = "004 活动框架";
  return {chaoyouhui, aigou, duchangtuan, taojinbi, tiantiantejia, fuyoushiyong};
}

std::vector<MemberTier> member_tiers_2014() {
  return {{"normal", Money(), 1.0},
          {"senior", Money::from_whole_yuan(1'000), 0.95},
          {"vip", Money::from_whole_yuan(3'000), 0.80},
          {"lifetime", Money::from_whole_yuan(10'000), 0.70}};
}

PlanTargets targets_2014() {
  // Counted from 000's February opening: month 2 is March (002's "2月后"), month 11 day 13 is
  // the day after 双12. The positions are the project's reading of another store's calendar.
  return PlanTargets{{{2, 1, 30, "002 篇3: 2月后每天发单不少于30件", true},
                      {11, 13, 50, "002 篇3: 双12活动后...目标定于每天50单以上", true}},
                     200};
}

Plan tmall_2014() {
  Plan plan{"tmall_2014",
            staffing_2014(),
            pay_2014(),
            PlatformFees::tmall(),
            CostStructure::tmall_2014(),
            lifecycle_2014(),
            investments_2014(),
            traffic_targets_2014(),
            MarketAssumptions{},
            {
                {"pay.rating.bonus", "the seed names the bonus without an amount: 500"},
                {"pay.minimum_wage", "not in the seeds: 0 (none); set the local minimum"},
                {"pay.roles.*.position_allowance", "named without amounts: 0"},
                {"pay.roles.operations_director, store_manager, copywriter, finance_clerk",
                 "000 ch.1 names the roles without pay: 8,000, 5,000, 3,000, 3,000 a month, "
                 "no commission"},
                {"staffing.hiring_lag_months", "a hire takes effect a month after the need"},
                {"staffing.beyond_table",
                 "past 000 ch.5's last band (250 orders a day) each department keeps hiring one "
                 "person every 100 orders, its last step"},
                {"stages.confirm_months", "a stage's target must hold one month (the seeds do "
                                          "not say how long)"},
                {"pay.roles (non customer service)",
                 "000 ch.4 gives department costs: two senior designers' 8,000 is 4,000 each, "
                 "logistics' 8,000 a lead's 3,000 and two staff at 2,500"},
                {"probation", "000 ch.3 gives customer service one week to half a month: 15 "
                              "days; full pay and no failures (the seeds give neither)"},
                {"assessment", "000 ch.3 and ch.5 name the KPIs and satisfaction as the most "
                               "important; targets, weights, bands and the pass score are "
                               "assumed"},
                {"stages.setup.min_months", "company and store application take a month"},
                {"investments[1..2].amount", "10,650 split evenly between 2014-03 and 2014-07"},
                {"market.*", "traffic, conversion split, order value, refunds, reviews, "
                             "seasonality and campaign lifts are not in the seeds; 002's 2% "
                             "conversion target sets inquiry 20% x 6% + silent 80% x 1%"},
                {"targets.daily_orders",
                 "002 dates its targets on its own store's calendar (2月后, 双12活动后): here "
                 "counted from the opening, month 2 and month 11 day 13"},
                {"stages.mature.excludes_campaigns",
                 "000's 不含聚划算 read as without what 618, 双11 and 双12 add: the model has no "
                 "聚划算 line"},
                {"funding", "no seed names a reserve: 0; the capital is the investment schedule's "
                            "total or what the plan's forecast needs in nine futures of ten"},
            },
            {
                {"staffing.tiers[2].monthly_revenue",
                 "the seed prints this tier as 800,000; its place between 50,000 and 100,000 "
                 "and its 17,500 budget show 80,000",
                 "000 ch.4"},
                {"investments[3].amount",
                 "the seed writes 400,000 聚划算经费, but its 270,650 total and 'of which the "
                 "聚划算 deposit is 100,000' show 100,000",
                 "000 ch.4"},
                {"investments[0].amount",
                 "the schedule's Tmall deposit is 160,000 (16W开店费用), but ch.1 gives 150,000 "
                 "with TM marks (fees.deposit); the schedule is kept as written",
                 "000 ch.1, ch.4"},
            },
            CampaignDayPolicy{},
            assessment_2014(),
            probation_2014(),
            ShippingRules{},  // 004: confirm by 15:00, ship within 24 hours
            targets_2014(),
            Funding{}};  // no seed names a reserve; the capital is read from the schedule
  plan.validate();
  return plan;
}

Plan five_person_store() {
  using D = Department;
  using R = Role;
  Plan plan = tmall_2014();
  plan.name = "five_person_store";
  const PayPolicy& pay = plan.pay;
  auto pay_of = [&](R r) { return pay.role(r).base; };
  std::vector<RevenueTier> tiers = {
      {Money(), pay_of(R::cs_agent) + pay_of(R::promoter) + pay_of(R::logistics_staff) +
                    pay_of(R::store_manager) + pay_of(R::finance_clerk),
       {{D::customer_service, {{R::cs_agent, 1}}, pay_of(R::cs_agent)},
        {D::promotion, {{R::promoter, 1}}, pay_of(R::promoter)},
        {D::logistics, {{R::logistics_staff, 1}}, pay_of(R::logistics_staff)},
        {D::management, {{R::store_manager, 1}}, pay_of(R::store_manager)},
        {D::finance, {{R::finance_clerk, 1}}, pay_of(R::finance_clerk)}},
       Money()}};
  plan.staffing = StaffingPolicy(std::move(tiers), {}, plan.staffing.trigger(), Combine::tiers,
                                 plan.staffing.hiring_lag_months(), plan.staffing.allow_shrink());
  std::vector<StagePlan> stages = plan.stages.stages();
  for (auto& s : stages) s.hires.clear();
  plan.stages = Lifecycle(std::move(stages), plan.stages.confirm_months());
  plan.assumptions.push_back({"staffing", "003's five-person store: the same five people from the "
                                          "first open month, whatever the revenue"});
  plan.validate();
  return plan;
}
}  // namespace storeops::presets
