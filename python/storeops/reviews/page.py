"""What a person sees of a review: one self-contained HTML page (jinja2: styles inline, plots
embedded as PNG, nothing loaded from the network), one workbook, and the headline the command
line prints; in English or the seeds' Chinese (``labels="zh"``)."""

from __future__ import annotations

import base64
import datetime as _dt
import io
import math
import pathlib
from typing import TYPE_CHECKING, Any, cast

from storeops import _core
from storeops.core.labels import check_labels, label, name_of, translate
from storeops.readers.store import PROBLEMS_ZH

if TYPE_CHECKING:
    import pandas as pd

    from storeops.reviews.week import WeekReview

#: The page's words: section headings and sentences, English and Chinese.
WORDS: dict[str, tuple[str, str]] = {
    "portfolio_title": ("The agency's stores: {n} reviewed", "代运营店铺总览：共 {n} 家"),
    "portfolio_headline": ("Most at risk first: {top}. {broken} could not be reviewed.",
                           "风险最高在前：{top}。{broken} 家无法评审。"),
    "portfolio_stores": ("Stores by risk (1: the most at risk)", "按风险排序的店铺（1 为风险最高）"),
    "portfolio_risen": ("Stores whose risk rose since the last run", "风险上升的店铺（与上次相比）"),
    "portfolio_none_risen": ("no store moved up the list since the last run (or this is the first)",
                             "与上次相比没有店铺风险上升（或这是第一次）"),
    "portfolio_spread": ("Sales against plan, store by store", "各店销售额与计划之比"),
    "portfolio_rule": ("The rank: stores that could not be reviewed first, then by the chance of "
                       "running short of cash within 12 months, the payback month at P90, sales "
                       "against plan (the further behind, the higher), late shipments and KPI "
                       "misses, each deciding only where the ones before are equal.",
                       "排名规则：无法评审的店铺在前；其后依次按12个月内资金不足概率、P90回本月、销售额与计划之比"
                       "（越落后越靠前）、超时发货与KPI未达标数排序，前者相同时才看后者。"),
    "title": ("Weekly review {week}: {start} to {end}", "周会 {week}：{start} 至 {end}"),
    "totals": ("The week against the plan", "本周与计划"),
    "gap": ("Why sales differ from plan", "销售额与计划的差异"),
    "days": ("Day by day", "每日数据"),
    "forecast": ("Forecast from every report so far", "按至今全部报表的预测"),
    "push": ("Items to push", "主推商品"),
    "delist": ("Items to take off the shelves", "建议下架商品"),
    "reorder": ("Reorder", "补货"),
    "service": ("Customer service", "客服考核"),
    "late_shipments": ("Late shipments", "超时发货订单"),
    "ads": ("Ads by channel against the promotion budget", "各推广渠道花费与推广预算"),
    "refunds": ("Refunds by reason", "退款原因"),
    "reviews": ("Neutral and negative reviews", "中差评"),
    "traffic_sources": ("Visitors by source", "流量来源"),
    "next_week": ("Next week's targets", "下周目标"),
    "next_week_roster": ("Next week's customer-service roster", "下周客服值班表"),
    "next_week_ads": ("Next week's ad budgets", "下周推广预算"),
    "next_week_restock": ("Next week's restock", "下周补货"),
    "decided": ("Decided for the week, and done", "本周的决定与执行"),
    "overridden": ("Figures a later export replaced", "被较新导出替换的数据"),
    "data": ("What this review was made from", "本次周会所用数据"),
    "glossary": ("What the figures mean", "名词解释"),
    "desk_title": ("The desk of {day}", "{day} 晨会与每日检查"),
    "desk_headline": ("{n} things to do today", "今日待办 {n} 项"),
    "brief": ("The morning brief", "晨会数据"),
    "campaigns_ahead": ("Campaign days within 14 days", "14 天内的大活动"),
    "checks": ("Today's checklist", "每日检查表"),
    "check_late_shipment": ("late shipment", "超时未发货"), "check_no_tracking": ("no tracking number", "未填物流单号"),
    "check_unconfirmed": ("not confirmed received", "未确认收货"), "check_arrival_call": ("arrival call", "到货回访"),
    "check_unpaid": ("unpaid, to remind", "未付款催付"), "check_refund_due": ("refund to answer", "待处理退款"),
    "check_transit_damage": ("damage or loss in transit", "运输破损或丢件"),
    "check_clearance_return": ("clearance return: offer an exchange", "清仓品退货：建议换货"),
    "check_negative_review": ("neutral or negative review", "中差评"), "check_zero_stock": ("no stock: take down", "缺货下架"),
    "proposal_title": ("Next week {week}: proposed {start} to {end}", "下周计划 {week}：{start} 至 {end}"),
    "targets": ("Targets, day by day", "每日目标"),
    "reorders": ("Restock within the cash", "补货（现金范围内）"),
    "take_down": ("Items on sale with no stock: take down", "缺货商品：下架"),
    "roster": ("Customer-service roster", "客服值班表"),
    "prices": ("Promotion prices", "促销价格"),
    "expected": ("What the proposal is expected to bring", "预期效果"),
    "proposal_headline": ("Next week: sales target ¥{sales:,.2f}; ads ¥{ads:,.2f}; restock "
                          "¥{stock:,.2f}; the cash the store can spend ¥{cash:,.2f}",
                          "下周：销售目标 ¥{sales:,.2f}；推广 ¥{ads:,.2f}；补货 ¥{stock:,.2f}；可支配现金 ¥{cash:,.2f}"),
    "this_week": ("this week", "本周"), "last_week": ("last week", "上周"), "plan": ("plan", "计划"),
    "variance": ("sales minus plan", "销售额差异"), "traffic": ("traffic", "流量"),
    "conversion": ("conversion", "转化率"), "order_value": ("order value", "客单价"),
    "none": ("none", "无"), "yes": ("yes", "是"), "no": ("no", "否"),
    "headline_sales": ("Week {week}: sales ¥{sales:,.2f} against plan ¥{plan:,.2f} ({share:+.1%}); "
                       "visitors {visitors:,.0f}, conversion {cr:.2%}, order value ¥{aov:,.2f}",
                       "{week} 周：销售额 ¥{sales:,.2f}，计划 ¥{plan:,.2f}（{share:+.1%}）；"
                       "访客数 {visitors:,.0f}，转化率 {cr:.2%}，客单价 ¥{aov:,.2f}"),
    "headline_forecast": ("Payback month P50 {p50} (P10 {p10}, P90 {p90}), {share:.0%} of futures "
                          "pay back; capital for 90%: ¥{capital:,.2f}",
                          "回本月 P50 第 {p50} 月（P10 {p10}，P90 {p90}），{share:.0%} 的模拟回本；"
                          "90% 把握所需资金 ¥{capital:,.2f}"),
    "headline_actions": ("{push} to push, {delist} to take off, {reorder} to reorder, "
                         "{late} late shipments", "主推 {push} 个，下架 {delist} 个，补货 {reorder} 个，"
                         "超时发货 {late} 单"),
    "roster_cost": ("Roster cost for the week: {cost}", "本周排班费用：{cost}"),
    "sales_by_day": ("Sales by day against the day's target", "每日销售额与目标"),
    "waterfall": ("From plan to actual sales", "从计划到实际销售额"),
    "fan": ("Payback month by review (P10-P90, median)", "各周预测的回本月（P10-P90，中位数）"),
    "cover": ("Days of stock cover (red: reorder)", "库存可售天数（红色：需补货）"),
    "review_week": ("review week", "周会"), "payback_month": ("payback month", "回本月"),
    "sales": ("sales", "销售额"), "target": ("target", "目标"), "days_axis": ("days", "天"),
    "month_title": ("Monthly review {month} (plan month {plan_month})",
                    "月度运营总结 {month}（计划第 {plan_month} 月）"),
    "month_totals": ("The month against the plan", "本月与计划"),
    "month_days": ("Day by day: page views, visitors, sales", "每日趋势：浏览量、访客数、销售额"),
    "sheet": ("Assessment sheet", "考核表"),
    "returns_by_reason": ("Refunds and returns by reason", "退换货原因分析"),
    "returns_by_item": ("Refunds by item, the ten most", "退换货商品（前十）"),
    "returns_by_outcome": ("Refunds and returns by outcome", "退换货处理结果"),
    "payslips": ("Payroll from the sheet", "按考核表计算的工资"),
    "actual": ("actual", "实际"),
    "trend": ("Visitors and sales by day", "每日访客数与销售额"),
    "month_headline": ("{month}: sales ¥{sales:,.2f} against plan ¥{plan:,.2f}; visitors "
                       "{visitors:,.0f}, conversion {cr:.2%}", "{month}：销售额 ¥{sales:,.2f}，"
                       "计划 ¥{plan:,.2f}；访客数 {visitors:,.0f}，转化率 {cr:.2%}"),
    "partial": ("{n} of {of} days reported: the plan is for those days",
                "已报 {n}/{of} 天：计划按已报的天数计算"),
    "generated": ("Made by storeops {version} from the store's own exports.",
                  "由 storeops {version} 根据店铺导出数据生成。"),
}

#: Every figure the page shows, in a line a store's manager reads, English and Chinese.
GLOSSARY: dict[str, tuple[str, str]] = {
    "visitors": ("people who opened the shop's pages that day (访客数, UV)",
                 "当天浏览店铺页面的人数（UV）"),
    "buyers": ("people who paid that day (支付买家数)", "当天付款的人数"),
    "conversion_rate": ("buyers / visitors", "支付买家数 ÷ 访客数"),
    "average_order_value": ("sales / buyers (客单价)", "销售额 ÷ 支付买家数"),
    "plan": ("what the plan expects for the same days", "计划对同样天数的预期"),
    "order_target": ("the plan's daily order target for the store's age (晨会 target)",
                     "按开店时长计的每日订单目标"),
    "traffic": ("the part of the sales gap that visitors explain", "销售额差异中由访客数造成的部分"),
    "conversion_effect": ("the part that conversion explains", "由转化率造成的部分"),
    "order_value": ("the part that the order value explains", "由客单价造成的部分"),
    "payback_p50": ("the month the store has earned back its investment, in half of the sampled "
                    "futures (P10: one in ten pays back by then; P90: nine in ten)",
                    "一半的模拟未来中收回投资的月份（P10：十分之一已回本；P90：十分之九已回本）"),
    "payback_share": ("the share of sampled futures that pay back within the forecast",
                      "预测期内回本的模拟占比"),
    "capital_90": ("the money to put in so that cash stays above zero in 9 futures of 10",
                   "使十分之九的模拟未来现金不低于零所需投入的资金"),
    "cash_short_12": ("the share of sampled futures in which the store spends more than the capital "
                      "committed within 12 months (the plan's funding, else the larger of its "
                      "investment and what its own forecast needs in 9 futures of 10)",
                      "12个月内花费超过投入资金的模拟未来占比（计划资金；未设时取投资总额与计划自身九成把握所需资金中的较大者）"),
    "push_score": ("the item's buyers last week; a pushed item is a hit candidate (002 篇4)",
                   "该商品上周的买家数；主推商品须为爆款候选"),
    "days_since_sale": ("days since the item last sold (30: take it off the shelves)",
                        "距上次成交的天数（满 30 天建议下架）"),
    "days_of_cover": ("days the stock lasts at the recent daily demand", "按近期日均需求，库存可售天数"),
    "reorder_point": ("the stock at which to order (警戒库存): demand over the lead time and a "
                      "safety stock", "警戒库存：到货周期内的需求加安全库存"),
    "order_quantity": ("units to order now", "现在应采购的件数"),
    "batch_day": ("the packing day an order belonged to by the cut-off hour (每天15点前确认订单)",
                  "按每天截单时间归入的打包批次日"),
    "hours_late": ("hours past the shipping rule (24 hours after payment)", "超出发货时限（付款后24小时）的小时数"),
    "response_time_s": ("seconds from a customer's message to the agent's reply (target 30 s)",
                        "从顾客消息到客服回复的秒数（目标 30 秒）"),
    "reply_rate": ("customers replied to / customers who wrote", "回复过的顾客数 ÷ 咨询顾客数"),
    "success_rate": ("customers who paid after chatting / customers who chatted before paying",
                     "咨询后付款的顾客数 ÷ 付款前咨询的顾客数"),
    "satisfaction": ("customers whose last rating was satisfied / customers who rated",
                     "最后一次评价为满意的顾客数 ÷ 评价顾客数"),
    "missed": ("the KPIs an agent missed against the plan's targets", "未达到计划目标的考核指标"),
    "roi": ("sales the ads brought / what they cost (投入产出比)", "推广带来的成交金额 ÷ 推广花费"),
    "plan_budget": ("the plan's promotion share (推广费占比) of the plan's sales for the days",
                    "计划推广费占比 × 同期计划销售额"),
    "share_of_sales": ("refunded amount / the days' sales", "退款金额 ÷ 同期销售额"),
    "exported": ("when the file was exported (its 导出时间, else the file's time); the later "
                 "export of a day wins", "文件的导出时间（无则为文件时间）；同一天以较新的导出为准"),
}

#: The page's section order (each is a heading on the page and a sheet of the workbook).
SECTIONS = ("totals", "gap", "days", "forecast", "push", "delist", "reorder", "service",
            "late_shipments", "ads", "refunds", "reviews", "traffic_sources", "decided", "next_week",
            "next_week_ads", "next_week_restock", "next_week_roster", "overridden", "data", "glossary")

#: Row and column names the label tables lack, in Chinese.
EXTRA_ZH = {
    "this_week": "本周", "last_week": "上周", "plan": "计划", "buyers": "买家数", "sales": "销售额",
    "target_visitors": "目标访客数", "target_buyers": "目标买家数", "target_sales": "目标销售额",
    "plan_sales": "计划销售额", "order_target": "日单目标", "payback_p10": "回本月 P10", "payback_p50": "回本月 P50",
    "payback_p90": "回本月 P90", "payback_share": "回本比例", "capital_90": "90% 把握所需资金",
    "cash_short_12": "12个月内资金不足概率",
    "horizon_months": "预测月数", "runs": "模拟次数", "name": "商品名称", "weekly_visitors": "周访客数",
    "conversion": "转化率", "push_score": "主推得分", "days_since_sale": "距上次成交天数",
    "age_days": "上架天数", "daily_demand": "日均需求", "reorder_point": "补货点",
    "order_cost": "采购金额", "paid": "付款时间", "due": "应发货时间", "shipped": "发货时间",
    "batch_day": "打包批次", "hours_late": "超时小时数", "file": "文件", "kind": "类型",
    "rows": "行数", "first_date": "起始日期", "last_date": "结束日期", "problem": "问题",
    "response_time_s": "平均响应时间(秒)", "average_reply_length": "平均回复字数",
    "reply_rate": "回复率", "success_rate": "询单转化率", "satisfaction": "满意度",
    "personal_sales": "个人销售达成率", "team_sales": "团队销售达成率",
    "unanswered_turns": "未回复次数", "figure": "指标", "value": "数值", "agent": "客服",
    "item": "商品ID", "date": "日期", "order": "订单编号", "shift": "班次", "start_hour": "开始时间",
    "hours": "时长", "cost": "费用", "count": "人数", "people": "人数", "total_cost": "总费用",
    "variance": "销售额差异", "traffic": "流量影响", "order_value": "客单价影响",
    "conversion_effect": "转化率影响", "actual": "实际", "orders": "订单数",
    "new_customers": "新顾客数", "returning_customers": "老顾客数", "returning_share": "老顾客占比",
    "refunded_orders": "退款订单数", "person": "员工", "base": "底薪", "commission": "提成",
    "bonus": "奖金", "total": "合计", "total_score": "总分", "band": "等级", "factor": "绩效系数",
    "passed": "通过", "missing": "缺少数据", "month": "月份", "department": "部门", "role": "岗位",
    "probation": "试用期", "exported": "导出时间", "at": "日期或对象", "replaced_by": "替换为",
    "columns": "变化的列", "earlier": "原数据 → 新数据", "missed": "未达标",
    "channel": "渠道", "spend": "花费", "impressions": "展现量", "clicks": "点击量", "roi": "投入产出比",
    "plan_budget": "计划推广预算", "reason": "原因", "refunds": "退款笔数", "amount": "金额",
    "store": "店铺", "sales_vs_plan": "销售额/计划", "cash_short_probability": "12个月内资金不足概率",
    "kpi_misses": "KPI未达标数", "problems": "问题", "risk_rank": "风险排名", "page": "评审页面",
    "places_up": "上升名次",
    "requests": "申请数", "refund": "已退款", "exchange": "已换货", "rejected": "已关闭",
    "open": "处理中", "refunded_amount": "已退金额", "outcome": "处理结果",
    "share_of_sales": "占销售额比例", "rating": "评价", "text": "内容", "reply": "解释内容",
    "time": "时间", "source": "流量来源", "visitor_share": "访客占比",
    "refund_amount": "退款金额", "refund_share": "退款占销售额比例", "reviews": "评价数",
    "negative_reviews": "差评数", "unanswered_negative_reviews": "未解释的差评数",
    "basis": "依据", "price": "原价", "spend_4w": "近4周花费", "sales_4w": "近4周成交", "roi_4w": "近4周投入产出比",
    "marginal_roi": "边际投入产出比", "budget": "下周预算", "change": "变化", "units": "数量",
    "promotion": "促销价", "margin": "单件毛利", "proposed_p10": "建议 P10", "proposed_p50": "建议 P50",
    "proposed_p90": "建议 P90", "planned_p50": "计划 P50", "ad_spend": "推广花费", "profit": "利润",
    "team": "岗位组", "decided": "决定", "done": "执行", "since": "起始", "detail": "问题记录",
    "clause": "依据条款", "checker": "检查人", "owner": "跟进人", "result": "处理结果",
    "campaign": "活动", "days_left": "剩余天数", "prepare": "准备事项", "day": "日期",
    "month_so_far": "本月至今", "yesterday": "昨日", "today": "今日",
    "target_conversion_rate": "目标转化率", "target_average_order_value": "目标客单价", "sentence": "说明", "ref": "对象",
}
#: Export kinds in Chinese, for the data section.
KINDS_ZH = {"daily": "日报表", "items": "商品效果", "catalog": "商品清单", "orders": "订单报表",
            "chats": "聊天记录", "people": "员工名单", "returns": "退货记录", "ads": "推广报表",
            "refunds": "退款", "reviews": "评价", "traffic": "流量来源", "unknown": "未识别"}


def word(key: str, labels: str, **values: Any) -> str:
    check_labels(labels)
    return WORDS[key][labels == "zh"].format(**values)


def column_label(name: str, labels: str) -> str:
    if labels == "en":
        return name.replace("_", " ")
    if name in EXTRA_ZH:  # its own words first: order_target is 日单目标, not 订单编号目标
        return EXTRA_ZH[name]
    if name.endswith("_target") and label(name[:-7], "zh") != name[:-7]:
        return label(name[:-7], "zh") + "目标"
    if name.endswith("_target") and name[:-7] in EXTRA_ZH:
        return EXTRA_ZH[name[:-7]] + "目标"
    zh = label(name, "zh")
    return zh if zh != name else EXTRA_ZH.get(name, name_of(name, "zh"))


# -- cells as a person reads them ------------------------------------------------------------

_MONEY_WORDS = ("sales", "revenue", "cost", "capital", "amount", "price", "order_value", "spend",
                "budget", "change", "promotion", "margin",
                "variance", "traffic", "conversion_effect")
_RATE_WORDS = ("rate", "share", "conversion", "satisfaction")


def _kind(column: str) -> str:
    if column in ("date", "paid", "due", "shipped", "batch_day", "first_date", "last_date"):
        return "date"
    if column.startswith("roi") or column.endswith("_roi"):  # sales a yuan brings
        return "decimal"
    if column.endswith("_vs_plan") or column.endswith("_probability"):  # a ratio, a chance
        return "rate"
    if column in ("average_order_value", "order_cost") or any(column.endswith(w) or column.startswith(w)
                                                              for w in _MONEY_WORDS):
        if column not in ("conversion_rate", "conversion"):
            return "money"
    if any(w in column for w in _RATE_WORDS):
        return "rate"
    if column.startswith("payback_p") or column in ("hours_late", "response_time_s",
                                                    "average_reply_length", "push_score",
                                                    "daily_demand", "days_of_cover",
                                                    "reorder_point", "pages_per_visit", "dsr"):
        return "decimal"
    return "count"


def cell(value: Any, kind: str, labels: str) -> str:
    """One value as the page shows it: money to the fen with ¥, counts whole, rates as %."""
    import pandas as pd

    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return "—"
    if isinstance(value, (bool,)) or type(value).__name__ == "bool_":
        return word("yes" if value else "no", labels)
    if isinstance(value, _core.Money):
        return cell(value.yuan, "money", labels)
    if isinstance(value, (pd.Timestamp, _dt.datetime)):
        ts = pd.Timestamp(value)
        return ts.strftime("%Y-%m-%d") if ts == ts.normalize() else ts.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return name_of(value, labels) if labels == "zh" else value
    x = float(value)
    if kind == "money":
        return f"-¥{-x:,.2f}" if x < 0 else f"¥{x:,.2f}"
    if kind == "rate":
        return f"{x:.2%}"
    if kind == "decimal":
        return f"{x:,.1f}"
    return f"{x:,.0f}"


def table(frame: pd.DataFrame | None, labels: str, *, index: bool = True,
          row_kinds: dict[str, str] | None = None) -> dict[str, Any] | None:
    """A frame as header and rows of text for the page (None stays None)."""
    if frame is None:
        return None
    if index and frame.index.name is None:
        frame = frame.rename_axis("figure")
    shown = frame.reset_index() if index else frame
    columns = [str(c) for c in shown.columns]
    header = [column_label(c, labels) for c in columns]
    rows = []
    first = columns[0] if columns else ""
    for record in shown.itertuples(index=False):
        values = list(record)
        row_kind = (row_kinds or {}).get(str(values[0])) if values else None
        texts = []
        for c, v in zip(columns, values):
            if c == first and row_kinds is not None:
                texts.append(column_label(str(v), labels))
            elif c == "kind" and labels == "zh":
                texts.append(KINDS_ZH.get(str(v), str(v)))
            elif c == "problem" and labels == "zh" and isinstance(v, str):
                texts.append(PROBLEMS_ZH.get(v, translate(v, labels)))
            else:
                texts.append(cell(v, row_kind or _kind(c), labels))
        rows.append(texts)
    # a column of words (a name, a problem, a reason) reads left to right and wraps on the page
    text = [_kind(c) != "date" and shown[c].map(lambda v: isinstance(v, str)).any()
            for c in shown.columns]
    return {"header": header, "rows": rows, "text": text}


TOTAL_KINDS = {"visitors": "count", "buyers": "count", "sales": "money",
               "conversion_rate": "rate", "average_order_value": "money"}


# -- plots -----------------------------------------------------------------------------------

def _png(draw: Any) -> str:
    """A plot drawn by ``draw(ax)`` as an embedded PNG (data: URI); '' without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return ""
    fig, ax = plt.subplots(figsize=(7.5, 3.6))
    draw(ax)
    if fig.get_layout_engine() is None:
        fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96)
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _font(labels: str) -> None:
    if labels == "zh":
        import matplotlib

        from storeops.outputs.plots import chinese_font

        family = chinese_font()
        if family:
            matplotlib.rcParams["font.family"] = [family]


def plots(review: WeekReview, labels: str) -> dict[str, str]:
    """The page's pictures: sales against target by day, the waterfall from plan to actual,
    the forecast's payback month by review week, and stock cover."""
    import numpy as np

    from storeops.outputs.plots import yuan_axis

    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return {}
    _font(labels)
    out: dict[str, str] = {}
    days = review.days

    def sales(ax: Any) -> None:
        x = np.arange(len(days))
        ax.bar(x, days["sales"].fillna(0) if "sales" in days else 0, color="#4c72b0",
               label=word("sales", labels))
        ax.plot(x, days["target_sales"], color="#c44e52", marker="o", label=word("target", labels))
        ax.set_xticks(x, [d.strftime("%m-%d") for d in days["date"]])
        yuan_axis(ax)
        ax.set_title(word("sales_by_day", labels))
        ax.legend(fontsize=8)
    out["sales_by_day"] = _png(sales)

    def waterfall(ax: Any) -> None:
        g = review.gap
        plan = float(cast(float, review.totals.at["sales", "plan"]))
        steps = [g.traffic.yuan, g.conversion.yuan, g.order_value.yuan]
        names = [word(k, labels) for k in ("plan", "traffic", "conversion", "order_value")] + \
            [word("this_week", labels)]
        level, bottoms, heights, colors = plan, [0.0], [plan], ["#8c8c8c"]
        for s in steps:
            bottoms.append(level if s >= 0 else level + s)
            heights.append(abs(s))
            colors.append("#55a868" if s >= 0 else "#c44e52")
            level += s
        bottoms.append(0.0)
        heights.append(level)
        colors.append("#4c72b0")
        ax.bar(names, heights, bottom=bottoms, color=colors)
        yuan_axis(ax)
        ax.set_title(word("waterfall", labels))
    out["waterfall"] = _png(waterfall)

    history = review.forecast_history
    if len(history):
        def fan(ax: Any) -> None:
            x = np.arange(len(history))
            ax.fill_between(x, history["payback_p10"], history["payback_p90"], color="#4c72b0",
                            alpha=0.25, label="P10-P90")
            ax.plot(x, history["payback_p50"], color="#4c72b0", marker="o", label="P50")
            ax.set_xticks(x, [f"{d:%m-%d}" for d in history.index], rotation=45, fontsize=7)
            ax.set_ylabel(word("payback_month", labels))
            ax.set_xlabel(word("review_week", labels))
            ax.set_title(word("fan", labels))
            ax.legend(fontsize=8)
        out["fan"] = _png(fan)
    if review.reorder is not None and review.store.catalog is not None and \
            review.store.items is not None:
        from storeops.catalog.items import restock

        stock = restock(review.store.catalog, review.store.items, today=review.week_end)

        def cover(ax: Any) -> None:
            shown = stock[np.isfinite(stock["days_of_cover"])].sort_values("days_of_cover").head(20)
            ax.barh([str(i) for i in shown.index], shown["days_of_cover"],
                    color=["#c44e52" if q > 0 else "#4c72b0" for q in shown["order_quantity"]])
            ax.invert_yaxis()
            ax.tick_params(axis="y", labelsize=7)
            ax.set_xlabel(word("days_axis", labels))
            ax.set_title(word("cover", labels))
        out["cover"] = _png(cover)
    return out


# -- the page, the workbook, the headline ----------------------------------------------------

def headline(review: WeekReview, labels: str = "en") -> str:
    t = review.totals

    def at(row: str, column: str = "this_week") -> float:
        return float(cast(float, t.at[row, column]))
    plan_sales = at("sales", "plan")
    sold = at("buyers") > 0
    lines = [word("headline_sales", labels, week=review.name, sales=at("sales"), plan=plan_sales,
                  share=(at("sales") / plan_sales - 1) if plan_sales else 0.0,
                  visitors=at("visitors"), cr=at("conversion_rate") if sold else 0.0,
                  aov=at("average_order_value") if sold else 0.0)]
    if review.days_reported < 7:
        lines[0] += ("；" if labels == "zh" else "; ") + word("partial", labels,
                                                            n=review.days_reported, of=7)
    f = review.forecast
    if f is not None:
        def month(x: float) -> str:
            return "—" if math.isnan(x) else f"{x:.0f}"
        lines.append(word("headline_forecast", labels, p50=month(f["payback_p50"]),
                          p10=month(f["payback_p10"]), p90=month(f["payback_p90"]),
                          share=f["payback_share"], capital=f["capital_90"]))

    def count(x: Any) -> str:
        return "—" if x is None else str(len(x))
    lines.append(word("headline_actions", labels, push=count(review.push),
                      delist=count(review.delist), reorder=count(review.reorder),
                      late=count(review.late_shipments)))
    return "\n".join(lines)


def sections(review: WeekReview, labels: str) -> list[dict[str, Any]]:
    """Each section's heading, note (when it has no data) and table."""
    kinds = {"payback_p10": "decimal", "payback_p50": "decimal", "payback_p90": "decimal",
             "payback_share": "rate", "capital_90": "money", "cash_short_12": "rate",
             "horizon_months": "count",
             "runs": "count", "variance": "money", "traffic": "money",
             "conversion_effect": "money", "order_value": "money"}
    days = review.days.drop(columns=[c for c in ("page_views", "units") if c in review.days])
    tables = {
        "totals": table(review.totals, labels, row_kinds=TOTAL_KINDS),
        "gap": table(_frame_of(review, "gap"), labels, row_kinds=kinds),
        "days": table(days, labels, index=False),
        "forecast": table(_frame_of(review, "forecast"), labels, row_kinds=kinds),
        "push": table(review.push, labels), "delist": table(review.delist, labels),
        "reorder": table(review.reorder, labels),
        "service": table(_service_shown(review.service, labels), labels),
        "late_shipments": table(review.late_shipments, labels),
        "ads": table(_channels_shown(review.ads, labels), labels),
        "refunds": table(review.refunds, labels), "reviews": table(review.reviews, labels,
                                                                   index=False),
        "traffic_sources": table(review.traffic_sources, labels),
        "decided": table(_sentences_shown(review.decided, labels), labels, index=False),
        "next_week": table(_sentences_shown(review.next_week, labels), labels, index=False),
        "next_week_ads": table(_frame_of(review, "next_week_ads", labels), labels),
        "next_week_restock": table(_frame_of(review, "next_week_restock", labels), labels),
        "next_week_roster": table(review.next_week_roster, labels, index=False),
        "overridden": table(review.data.overridden, labels, index=False),
        "data": table(review.data.files, labels, index=False),
        "glossary": table(_glossary(labels), labels, index=False),
    }
    out = []
    for key in SECTIONS:
        t = tables[key]
        note = review.data.notes.get(key)
        if note is not None:
            note = translate(note, labels)
        if t is not None and not t["rows"] and note is None:
            note = word("none", labels)
        out.append({"key": key, "heading": word(key, labels), "table": t, "note": note})
    return out


def write_html(review: WeekReview, path: pathlib.Path, *, labels: str = "en") -> pathlib.Path:
    """The review as one self-contained page (see :meth:`WeekReview.to_html`)."""
    try:
        import jinja2
    except ImportError as err:
        raise _core.Error("to_html needs jinja2 (pip install jinja2; it comes with storeops)") from err
    check_labels(labels)
    env = jinja2.Environment(loader=jinja2.PackageLoader("storeops.reviews", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    page = env.get_template("week_review.html.j2").render(
        lang="zh-CN" if labels == "zh" else "en",
        title=word("title", labels, week=review.name, start=review.week_start,
                   end=review.week_end),
        headline=headline(review, labels).split("\n"), sections=sections(review, labels),
        plots=plots(review, labels), words={k: word(k, labels) for k in
                                             ("sales_by_day", "waterfall", "fan", "cover")},
        roster_cost=word("roster_cost", labels, cost=review.next_week_roster_cost)
        if review.next_week_roster_cost is not None else None,
        notes=review.data.notes,
        footer=word("generated", labels, version=_core.__version__))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


#: The proposal's sections, in the order of its page.
PROPOSAL_SECTIONS = ("targets", "ads", "reorders", "take_down", "roster", "push", "prices",
                     "expected")


def write_proposal_html(proposal: Any, path: pathlib.Path, *, labels: str = "en") -> pathlib.Path:
    """The proposal as one self-contained page: every section a table, each row with its
    reason, a note where a section proposes nothing (see :meth:`storeops.Proposal.to_html`)."""
    try:
        import jinja2
    except ImportError as err:
        raise _core.Error("to_html needs jinja2 (pip install jinja2; it comes with storeops)") from err
    check_labels(labels)
    shown = {k: _sentences_shown(v, labels) for k, v in proposal.sections().items()}
    shown["ads"] = _channels_shown(shown["ads"], labels)
    tables = {k: table(v, labels, index=k != "targets") if v is not None else None
              for k, v in shown.items()}
    if shown["targets"] is not None:
        tables["targets"] = table(shown["targets"].reset_index(), labels, index=False)
    sections = [{"key": k, "heading": word(k, labels), "table": tables[k],
                 "note": translate(proposal.notes[k], labels) if k in proposal.notes else
                 (word("none", labels) if not (tables[k] or {"rows": [1]})["rows"] else None)}
                for k in PROPOSAL_SECTIONS]
    ads = proposal.ads["budget"].sum() if proposal.ads is not None else 0.0
    stock = proposal.reorders["cost"].sum() if proposal.reorders is not None else 0.0
    headline = word("proposal_headline", labels, sales=float(proposal.targets["sales"].sum()),
                    ads=float(ads if ads == ads else 0.0), stock=float(stock),
                    cash=proposal.cash_limit)
    env = jinja2.Environment(loader=jinja2.PackageLoader("storeops.reviews", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    page = env.get_template("week_review.html.j2").render(
        lang="zh-CN" if labels == "zh" else "en",
        title=word("proposal_title", labels, week=proposal.name, start=proposal.week_start,
                   end=proposal.week_start + _dt.timedelta(days=6)),
        headline=[headline] + ([translate(proposal.notes["cash"], labels)]
                               if "cash" in proposal.notes else []),
        sections=sections, plots={}, words={}, roster_cost=None, notes=proposal.notes, footer=word("generated", labels, version=_core.__version__))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def write_desk_html(desk: Any, path: pathlib.Path, *, labels: str = "en") -> pathlib.Path:
    """The morning's desk as one page: the brief, the campaign days ahead and the checklist
    (see :meth:`storeops.Desk.to_html`)."""
    import jinja2

    check_labels(labels)
    brief = _sentences_shown(desk.brief, labels)
    checks = _sentences_shown(desk.checks.assign(
        kind=desk.checks["kind"].map(lambda k: word(f"check_{k}", labels))), labels)
    sections = [{"key": k, "heading": word(k, labels), "table": table(v, labels, index=k == "brief"),
                 "note": translate(desk.notes[k], labels) if k in desk.notes else
                 (word("none", labels) if v is not None and not len(v) else None)}
                for k, v in (("brief", brief), ("campaigns_ahead", desk.campaigns), ("checks", checks))]
    env = jinja2.Environment(loader=jinja2.PackageLoader("storeops.reviews", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    page = env.get_template("week_review.html.j2").render(
        lang="zh-CN" if labels == "zh" else "en", title=word("desk_title", labels, day=desk.day),
        headline=[word("desk_headline", labels, n=len(desk.checks))]
        + ([translate(desk.notes["not_checked"], labels)] if "not_checked" in desk.notes else []),
        sections=sections, plots={},
        words={}, roster_cost=None, notes=desk.notes,
        footer=word("generated", labels, version=_core.__version__))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def sheet_name(heading: str) -> str:
    """A heading as a worksheet's name: Excel refuses []:*?/\\ and more than 31 characters."""
    for bad in "[]:*?/\\":
        heading = heading.replace(bad, " ")
    return " ".join(heading.split())[:31]


def write_excel(review: WeekReview, path: pathlib.Path, *, labels: str = "en") -> pathlib.Path:
    """The review as one workbook, a sheet per section (see :meth:`WeekReview.to_excel`)."""
    import pandas as pd

    from storeops.outputs.tables import tidy

    check_labels(labels)
    path.parent.mkdir(parents=True, exist_ok=True)
    frames: dict[str, pd.DataFrame] = {}
    for s in sections(review, labels):
        frame = _frame_of(review, s["key"], labels)
        if frame is None:
            frame = pd.DataFrame({word("data", labels): [s["note"] or word("none", labels)]})
        else:
            frame = tidy(frame.reset_index() if s["key"] not in ("days", "next_week",
                                                                 "next_week_roster", "overridden",
                                                                 "data", "glossary", "reviews",
                                                                 "decided")
                         else frame)
            for c in frame.columns:
                if frame[c].dtype == bool:
                    frame[c] = frame[c].map({True: word("yes", labels), False: word("no", labels)})
            if labels == "zh" and s["key"] == "data":
                frame["kind"] = frame["kind"].map(lambda k: KINDS_ZH.get(k, k))
                frame["problem"] = frame["problem"].map(lambda p: PROBLEMS_ZH.get(p, p))
            if labels == "zh":
                first = frame.columns[0]
                if s["key"] in ("totals", "gap", "forecast"):
                    frame[first] = frame[first].map(lambda v: column_label(str(v), labels))
            frame = frame.rename(columns={c: column_label(str(c), labels) for c in frame.columns})
        frames[s["heading"][:31]] = frame
    with pd.ExcelWriter(path) as writer:
        for name, frame in frames.items():
            frame.to_excel(writer, sheet_name=sheet_name(name), index=False)
    return path


def _glossary(labels: str) -> pd.DataFrame:
    import pandas as pd

    zh = labels == "zh"
    return pd.DataFrame({"名词" if zh else "term": [column_label(k, labels) for k in GLOSSARY],
                         "含义" if zh else "meaning": [v[1] if zh else v[0]
                                                     for v in GLOSSARY.values()]})


def _sentences_shown(frame: pd.DataFrame | None, labels: str) -> pd.DataFrame | None:
    """A table's sentences (basis, reason, sentence) in the page's language."""
    if frame is None or labels != "zh":
        return frame
    columns = [c for c in ("basis", "reason", "sentence", "shift", "detail") if c in frame.columns]
    return frame.assign(**{c: frame[c].map(lambda s: translate(str(s), labels))
                           for c in columns}) if columns else frame


def _channels_shown(frame: pd.DataFrame | None, labels: str) -> pd.DataFrame | None:
    """The ad table with its channels named in the page's language."""
    from storeops.readers.marketing import CHANNELS_ZH

    if frame is None or labels != "zh":
        return frame
    return frame.rename(index={**CHANNELS_ZH, "total": "合计"})


def _service_shown(frame: pd.DataFrame | None, labels: str) -> pd.DataFrame | None:
    """The service table with its missed KPIs named in the page's language."""
    if frame is None or labels != "zh" or "missed" not in frame.columns:
        return frame
    return frame.assign(missed=frame["missed"].map(
        lambda s: "、".join(column_label(k, labels) for k in str(s).split(", ") if k)))


def _frame_of(review: WeekReview, key: str, labels: str = "en") -> pd.DataFrame | None:
    import pandas as pd

    if key == "gap":
        return pd.DataFrame({"value": [review.gap.variance.yuan, review.gap.traffic.yuan,
                                       review.gap.conversion.yuan, review.gap.order_value.yuan]},
                            index=pd.Index(["variance", "traffic", "conversion_effect",
                                            "order_value"], name="figure"))
    if key == "forecast":
        if review.forecast is None:
            return None
        frame = review.forecast.rename("this_week").to_frame()
        if review.forecast_change is not None:
            frame["change"] = review.forecast_change
        frame.index.name = "figure"
        return frame
    if key == "totals":
        frame = review.totals.copy()
        frame.index.name = "figure"
        return frame
    if key == "data":
        return review.data.files
    if key == "overridden":
        return review.data.overridden
    if key == "service":
        return _service_shown(review.service, labels)
    if key == "glossary":
        return _glossary(labels)
    if key == "next_week":
        return _sentences_shown(review.next_week, labels)
    if key == "next_week_ads":
        return None if review.proposal is None else _channels_shown(
            _sentences_shown(review.proposal.ads, labels), labels)
    if key == "next_week_restock":
        return None if review.proposal is None else _sentences_shown(review.proposal.reorders, labels)
    if key == "decided":
        return _sentences_shown(review.decided, labels)
    if key == "ads":
        return _channels_shown(review.ads, labels)
    value = getattr(review, key)
    return value if value is None or isinstance(value, pd.DataFrame) else None


MONTH_SECTIONS = ("month_totals", "month_days", "returns_by_reason", "returns_by_item", "sheet",
                  "payslips")


def _month_tables(review: Any, labels: str) -> list[dict[str, Any]]:
    sheet = None
    if review.sheet is not None:
        shown = [c for c in ("role", "department", "total_score", "band", "factor", "passed",
                             "missing") if c in review.sheet.columns]
        sheet = review.sheet[shown].copy()
        if "missing" in sheet:
            sheet["missing"] = [", ".join(column_label(k, labels) for k in m) if m else ""
                                for m in sheet["missing"]]
    kinds = {"page_views": "count", "visitors": "count", "pages_per_visit": "decimal",
             "home_bounce_rate": "rate", "buyers": "count", "sales": "money",
             "conversion_rate": "rate", "average_order_value": "money", "orders": "count",
             "new_customers": "count", "returning_customers": "count", "returning_share": "rate",
             "refunded_orders": "count", "refunds": "count", "refund_amount": "money",
             "refund_share": "rate", "reviews": "count", "negative_reviews": "count",
             "unanswered_negative_reviews": "count"}
    slips = review.payslips
    if slips is not None and "basis" in slips and labels == "zh":
        slips = slips.assign(basis=slips["basis"].map(lambda b: translate(str(b), labels)))
    returns = review.returns
    tables = {"month_totals": table(review.totals, labels, row_kinds=kinds),
              "month_days": table(review.days, labels, index=False),
              "returns_by_reason": table(returns.by_reason, labels) if returns else None,
              "returns_by_item": table(returns.by_item.head(10), labels) if returns else None,
              "sheet": table(sheet, labels), "payslips": table(slips, labels)}
    notes = {"month_totals": "; ".join(review.notes[k] for k in ("customers", "refunds", "reviews")
                                       if k in review.notes) or None,
             "returns_by_reason": returns.verdict if returns else review.notes.get("refunds"),
             "sheet": "; ".join(review.notes[k] for k in ("sheet", "unmatched_agents")
                                if k in review.notes) or None}
    return [{"key": k, "heading": word(k, labels), "table": tables[k],
             "note": translate(str(notes[k]), labels) if notes.get(k) else review.notes.get(k)}
            for k in MONTH_SECTIONS]


def month_headline(review: Any, labels: str = "en") -> str:
    t = review.totals

    def at(row: str, column: str = "actual") -> float:
        return float(cast(float, t.at[row, column]))
    line = word("month_headline", labels, month=review.month, sales=at("sales"),
                plan=at("sales", "plan"), visitors=at("visitors"),
                cr=at("conversion_rate") if at("buyers") else 0.0)
    if 0 < review.days_reported < review.days_in_month:
        line += ("；" if labels == "zh" else "; ") + word("partial", labels, n=review.days_reported,
                                                         of=review.days_in_month)
    return line


def write_month_html(review: Any, path: pathlib.Path, *, labels: str = "en") -> pathlib.Path:
    """The month as one self-contained page (see :meth:`MonthReview.to_html`)."""
    import jinja2

    check_labels(labels)
    _font(labels)
    days = review.days

    def trend(ax: Any) -> None:
        ax.plot(days["date"], days["sales"], color="#4c72b0", label=word("sales", labels))
        ax.plot(days["date"], days["plan_sales"], color="#c44e52", label=word("plan", labels))
        ax.tick_params(axis="x", labelsize=7, rotation=45)
        ax.set_title(word("trend", labels))
        ax.legend(fontsize=8)
    env = jinja2.Environment(loader=jinja2.PackageLoader("storeops.reviews", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    page = env.get_template("week_review.html.j2").render(
        lang="zh-CN" if labels == "zh" else "en",
        title=word("month_title", labels, month=review.month, plan_month=review.plan_month),
        headline=[month_headline(review, labels)], sections=_month_tables(review, labels),
        plots={"trend": _png(trend)}, words={"trend": word("trend", labels)}, roster_cost=None,
        notes=review.notes, footer=word("generated", labels, version=_core.__version__))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def write_month_excel(review: Any, path: pathlib.Path, *, labels: str = "en") -> pathlib.Path:
    """The month as one workbook (see :meth:`MonthReview.to_excel`)."""
    import pandas as pd

    from storeops.outputs.tables import tidy

    check_labels(labels)
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = {"month_totals": review.totals.rename_axis("figure").reset_index(),
              "month_days": review.days,
              **{f"returns_by_{k}": getattr(review.returns, f"by_{k}").reset_index()
                 if review.returns is not None else None for k in ("reason", "item", "outcome")},
              "sheet": review.sheet.reset_index() if review.sheet is not None else None,
              "payslips": review.payslips.reset_index() if review.payslips is not None else None}
    with pd.ExcelWriter(path) as writer:
        for key, frame in frames.items():
            if frame is None:
                frame = pd.DataFrame({word("data", labels): [review.notes.get(
                    key, review.notes.get("refunds", "") if key.startswith("returns") else "")]})
            else:
                frame = tidy(frame.copy())
                for c in frame.columns:
                    if frame[c].dtype == object:
                        frame[c] = frame[c].map(lambda v: ", ".join(map(str, v))
                                                if isinstance(v, (list, tuple)) else v)
                if labels == "zh" and "figure" in frame.columns:
                    frame["figure"] = frame["figure"].map(lambda v: column_label(str(v), labels))
                frame = frame.rename(columns={c: column_label(str(c), labels) for c in frame.columns})
            frame.to_excel(writer, sheet_name=sheet_name(word(key, labels)), index=False)
    return path


def _portfolio_table(stores: pd.DataFrame, base: pathlib.Path, labels: str) -> dict[str, Any] | None:
    """The ranked stores as a page table: each store's name a link to its own review page
    (relative to the agency's page, so the folder can move)."""
    import os

    shown = stores.drop(columns=["page"])
    out = table(shown, labels, index=False)
    if out is None:
        return None
    for row, page in zip(out["rows"], stores["page"]):
        if isinstance(page, str) and page:
            href = pathlib.Path(os.path.relpath(page, base)).as_posix()
            row[0] = {"text": row[0], "href": href}
    return out


def write_portfolio_html(result: Any, path: pathlib.Path, *, labels: str = "en") -> pathlib.Path:
    """The agency's page (see :meth:`storeops.Portfolio.to_html`)."""
    import jinja2

    check_labels(labels)
    _font("zh")  # the stores' names are Chinese whatever the page's labels
    stores = result.stores
    reviewed = stores[stores["week"].map(lambda w: isinstance(w, str))]

    def spread(ax: Any) -> None:
        ratio = reviewed.set_index("store")["sales_vs_plan"].astype(float).sort_values()
        colours = ["#c44e52" if v < 1 else "#55a868" for v in ratio]
        ax.barh(list(ratio.index), list(ratio.to_numpy() * 100), color=colours)
        ax.axvline(100, color="#333", linewidth=0.8)
        ax.set_xlabel("%")
        ax.set_title(word("portfolio_spread", labels))
    top = ", ".join(str(s) for s in stores["store"].head(3))
    broken = int((~stores["week"].map(lambda w: isinstance(w, str))).sum())
    risen = result.risen()
    path.parent.mkdir(parents=True, exist_ok=True)
    sections = [
        {"key": "portfolio_stores", "heading": word("portfolio_stores", labels),
         "table": _portfolio_table(stores, path.parent.resolve(), labels),
         "note": word("portfolio_rule", labels)},
        {"key": "portfolio_risen", "heading": word("portfolio_risen", labels),
         "table": table(risen, labels, index=False) if len(risen) else None,
         "note": None if len(risen) else word("portfolio_none_risen", labels)}]
    env = jinja2.Environment(loader=jinja2.PackageLoader("storeops.reviews", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    page = env.get_template("week_review.html.j2").render(
        lang="zh-CN" if labels == "zh" else "en",
        title=word("portfolio_title", labels, n=len(stores)),
        headline=[word("portfolio_headline", labels, top=top, broken=broken)],
        sections=sections,
        plots={"portfolio_spread": _png(spread) if len(reviewed) else ""},
        words={"portfolio_spread": word("portfolio_spread", labels)}, roster_cost=None,
        notes={}, footer=word("generated", labels, version=_core.__version__))
    path.write_text(page, encoding="utf-8")
    return path


def write_portfolio_excel(result: Any, path: pathlib.Path, *, labels: str = "en") -> pathlib.Path:
    """The agency's workbook (see :meth:`storeops.Portfolio.to_excel`)."""
    import pandas as pd

    check_labels(labels)
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = {"portfolio_stores": result.stores, "portfolio_risen": result.risen()}
    with pd.ExcelWriter(path) as writer:
        for key, frame in frames.items():
            frame = frame.rename(columns={c: column_label(str(c), labels) for c in frame.columns})
            frame.to_excel(writer, sheet_name=sheet_name(word(key, labels)), index=False)
    return path


__all__ = ["MONTH_SECTIONS", "SECTIONS", "WORDS", "headline", "plots", "sections", "write_excel", "write_html", "month_headline",
           "write_month_excel", "write_month_html", "write_portfolio_excel", "write_portfolio_html"]
