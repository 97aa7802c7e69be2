"""Column labels in English (the default) and in the seeds' own Chinese terms (labels="zh")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: English column name -> the seeds' Chinese term.
ZH = {
    "month": "月份",
    "stage": "阶段",
    "visitors": "访客数",
    "organic": "自然搜索访客",
    "search": "直通车访客",
    "display": "钻展访客",
    "affiliate": "淘宝客访客",
    "returning": "老顾客访客",
    "inquiries": "询单人数",
    "orders": "订单数",
    "silent_orders": "静默下单",
    "orders_per_day": "日均订单",
    "revenue": "销售额",
    "refunds": "退款",
    "net_sales": "净销售额",
    "headcount": "人数",
    "payroll": "工资总额",
    "promotion_spend": "推广费用",
    "search_spend": "直通车费用",
    "display_spend": "钻展费用",
    "affiliate_spend": "淘宝客佣金",
    "platform_fees": "平台费用",
    "gross_profit": "毛利",
    "operating_profit": "营业利润",
    "cash_flow": "现金流",
    "cumulative_cash": "累计现金",
    "inquiry_revenue": "询单销售额",
    "silent_revenue": "静默销售额",
    "neutral_reviews": "中评数",
    "negative_reviews": "差评数",
    "credit_points": "信用积分",
    "conversion_rate": "转化率",
    "average_order_value": "客单价",
    "person": "员工",
    "role": "岗位",
    "department": "部门",
    "base": "底薪",
    "position_allowance": "岗位津贴",
    "benefits": "福利",
    "extra_reward": "额外奖励",
    "commission": "提成",
    "bonus": "奖金",
    "deductions": "扣款",
    "minimum_wage_top_up": "最低工资补足",
    "total": "合计",
    "pay": "工资",
    "share": "占比",
    "inquiry_orders": "询单订单",
    "uv_value": "UV价值",
    "amount": "金额",
    "deposits_and_purchases": "保证金与采购",
    "figure": "指标",
    "paid_back": "回本比例",
    "input": "变量",
    "low_value": "低值",
    "high_value": "高值",
    "low_result": "低值结果",
    "high_result": "高值结果",
    "swing": "波动幅度",
    # plan against actual (storeops.track) and the daily report (storeops.read_daily)
    "days_observed": "已报天数",
    "plan_visitors": "计划访客数",
    "actual_visitors": "实际访客数",
    "plan_orders": "计划订单数",
    "actual_buyers": "实际买家数",
    "plan_revenue": "计划销售额",
    "actual_revenue": "实际销售额",
    "revenue_variance": "销售额差异",
    "traffic_effect": "流量影响",
    "conversion_effect": "转化率影响",
    "aov_effect": "客单价影响",
    "date": "日期",
    "page_views": "浏览量",
    "sales": "销售额",
    "units": "成交件数",
    "buyers": "支付买家数",
    "dsr": "DSR",
    "pages_per_visit": "访问深度",
    "home_bounce_rate": "首页跳失率",
    "fitted_value": "拟合值",
    "fitted_spread": "拟合离散度",
    "plan_value": "计划值",
    "plan_spread": "计划离散度",
    "days": "天数",
    "cash_p10": "期末现金 P10",
    "cash_p50": "期末现金 P50",
    "cash_p90": "期末现金 P90",
    "payback_share": "回本比例",
    "payback_p50": "回本月中位数",
    "capital_p90": "90%把握所需资金",
    # the big campaign day (storeops.campaign_hours, roster, campaign_stock)
    "hour": "时段",
    "cs_agents": "客服人数",
    "packers": "打包人数",
    "forecast_units": "预计件数",
    "stock_units": "备货件数",
    "prepacked_boxes": "预包装箱数",
    "shift": "班次",
    "start_hour": "开始时间",
    "hours": "时长",
    "cost": "每人费用",
    "people": "人数",
    "shift_cost": "班次费用",
    # the catalogue and its stock (storeops.review_items, restock, stock_take)
    "item": "商品ID",
    "name": "商品名称",
    "weekly_visitors": "周访客数",
    "conversion": "转化率",
    "hit_candidate": "爆款候选",
    "in_band": "转化率达标",
    "days_since_sale": "未动销天数",
    "delist": "下架",
    "push": "主推",
    "push_score": "主推得分",
    "age_days": "上架天数",
    "stock": "库存",
    "daily_demand": "日均销量",
    "demand_sd": "销量标准差",
    "safety_stock": "安全库存",
    "reorder_point": "补货点",
    "days_of_cover": "可售天数",
    "order_quantity": "补货数量",
    "alert": "警戒库存",
    "campaign_units": "活动备货",
    "book": "账面库存",
    "counted": "盘点数量",
    "difference": "差异",
    "bounce_rate": "跳出率",
    "favourites": "收藏人数",
    "carts": "加购件数",
    # sheet names of the reports
    "months": "月度",
    "all columns": "全部列",
    "summary": "汇总",
    "payback": "回本",
    "stages": "阶段概率",
    "cs roster": "客服值班表",
    "shipping roster": "发货值班表",
    "stock list": "备货清单",
    "simulation": "模拟",
}

#: Stage names in Chinese (000 ch.3).
STAGES_ZH = {"setup": "申请阶段", "launch": "正式运营", "scale_up": "全店经销", "mature": "成熟阶段"}

#: Department names in Chinese (000 ch.4).
DEPARTMENTS_ZH = {"customer_service": "客服", "design": "美工", "promotion": "推广",
                  "merchandising": "商品", "logistics": "物流", "planning": "策划",
                  "management": "管理", "finance": "财务"}

#: Product lifecycle stages in Chinese (002 篇4).
PRODUCT_STAGES_ZH = {"new": "新生期", "growth": "成长期", "hit": "爆款期", "stable": "稳定期",
                     "decline": "衰退期"}

#: Product roles in Chinese (004, 002).
PRODUCT_ROLES_ZH = {"traffic_driver": "引流款", "profit": "利润款", "campaign": "活动款",
                    "image": "形象款"}

#: The uncertain inputs of a plan in Chinese, for tornado charts.
INPUTS_ZH = {"organic_start": "首月自然访客", "organic_growth": "自然流量增长率",
             "cpc": "直通车点击单价", "cpm": "钻展千次展现价", "inquiry_rate": "询单率",
             "inquiry_conversion": "询单转化率", "silent_conversion": "静默转化率",
             "average_order_value": "客单价", "refund_rate": "退款率"}


def name_of(value: str, labels: str = "en") -> str:
    """A stage, department or uncertain input (or a column) named in the chosen language."""
    check_labels(labels)
    if labels == "en":
        return value
    for table in (STAGES_ZH, DEPARTMENTS_ZH, INPUTS_ZH, PRODUCT_ROLES_ZH, PRODUCT_STAGES_ZH, ZH):
        if value in table:
            return table[value]
    return value


def check_labels(labels: str) -> None:
    """Refuses a language other than "en" and "zh", before anything is drawn or renamed."""
    if labels not in ("en", "zh"):
        raise ValueError(f"labels must be 'en' or 'zh', got {labels!r}")


def label(name: str, labels: str = "en") -> str:
    """The label of a column name in the chosen language: a plain column, a headcount by
    department (``headcount_design`` → 美工人数), a stage, or a percentile column
    (``revenue P10`` → 销售额 P10)."""
    check_labels(labels)
    if labels == "en":
        return name
    if name in ZH:
        return ZH[name]
    if name.startswith("headcount_") and name[len("headcount_"):] in DEPARTMENTS_ZH:
        return DEPARTMENTS_ZH[name[len("headcount_"):]] + "人数"
    base, _, suffix = name.rpartition(" ")
    if base and suffix[:1] == "P" and suffix[1:].replace(".", "").isdigit():
        return f"{label(base, labels)} {suffix}"
    return STAGES_ZH.get(name, name)


def rename(frame: pd.DataFrame, labels: str = "en") -> pd.DataFrame:
    """The frame with its columns (and stage names) in the chosen language."""
    check_labels(labels)
    if labels == "en":
        return frame
    out = frame.rename(columns={c: label(c, labels) for c in frame.columns})
    stage = label("stage", labels)
    if stage in out:
        out[stage] = out[stage].map(lambda s: STAGES_ZH.get(s, s))
    return out


__all__ = ["DEPARTMENTS_ZH", "INPUTS_ZH", "STAGES_ZH", "ZH", "check_labels", "label", "name_of",
           "rename"]
