"""Column labels in English (the default) and in the seeds' own Chinese terms (labels="zh")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: English column name -> the seeds' Chinese term.
ZH = {
    "packing": "打包", "packing (temporary)": "临时打包",
    "yesterday": "昨日", "month_so_far": "本月至今", "today": "今日",
    # the desk's kinds of check (004 每日运营工作表), as a message names them
    "late_shipment": "超时未发货", "no_tracking": "未填物流单号", "unconfirmed": "未确认收货",
    "arrival_call": "到货回访", "unpaid": "未付款催付", "refund_due": "待处理退款",
    "clearance_return": "清仓品退货", "transit_damage": "运输破损或丢件", "negative_review": "中差评",
    "zero_stock": "缺货下架",
    # the KPIs that set pay (000 ch.3, ch.5), as the assessment sheet names them
    "dsr_shipping": "发货速度评分", "wrong_shipment_rate": "错发率", "quality_return_share": "质量问题退货占比",
    "task_completion": "任务完成率", "ctr": "点击率", "traffic_cost": "引流成本",
    "satisfaction": "满意度", "success_rate": "询单转化率", "reply_rate": "回复率", "ad_spend": "推广花费",
    "response_time_s": "平均响应时间(秒)", "average_reply_length": "平均回复字数",
    "traffic_reached": "流量达成率", "ad_cost_ratio": "广告费用支出比例", "roi": "投入产出比",
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
    "campaign_revenue": "活动销售额",
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
    "product_role": "商品角色",
    "rule": "规则",
    "clause": "依据",
    "found": "实际",
    "items": "商品",
    "value": "数值",
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
    "temporary_packers": "临时打包人数",
    "contacts": "售后咨询数",
    "day": "活动后第几天",
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
    "after sales": "活动后售后",
    "simulation": "模拟",
    "capital": "所需资金",
    "plan vs actual": "计划与实际",
    "fitted inputs": "拟合参数",
    "forecast": "预测",
    "review": "商品诊断",
    "reorder": "补货清单",
    "mix": "商品结构",
    "sheet": "考核表",
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

#: Review ratings in Chinese (评价管理).
RATINGS_ZH = {"good": "好评", "neutral": "中评", "negative": "差评"}

#: Role names in Chinese (000 ch.1, ch.4).
ROLES_ZH = {"cs_agent": "客服", "cs_lead": "客服组长", "cs_manager": "客服主管",
            "promoter": "推广专员", "designer": "美工", "senior_designer": "高级美工",
            "logistics_staff": "库管打包", "logistics_lead": "物流主管", "merchandiser": "商品专员",
            "planner": "策划文案", "operations_director": "运营总监", "store_manager": "店长",
            "copywriter": "文案编辑", "finance_clerk": "财务"}

#: Job titles a people list may give instead of a role code: the seeds' titles (000 ch.1, ch.4;
#: 002; 004 每日运营工作表) and the usual ones of a shop's own list. 运营 (the shop's operator)
#: is read as the operations role the model has, operations_director (*assumed*).
ROLE_TITLES: dict[str, str] = {
    **{zh: en for en, zh in ROLES_ZH.items()},
    "客服专员": "cs_agent", "售前客服": "cs_agent", "售后客服": "cs_agent", "在线客服": "cs_agent",
    "客服经理": "cs_manager", "客服部主管": "cs_manager",
    "推广": "promoter", "推广员": "promoter", "直通车推广": "promoter",
    "设计": "designer", "美工设计": "designer", "美工主管": "senior_designer",
    "仓管": "logistics_staff", "打包": "logistics_staff", "打包员": "logistics_staff",
    "库管": "logistics_staff", "仓管/打包": "logistics_staff", "仓管打包": "logistics_staff",
    "物流": "logistics_staff", "发货员": "logistics_staff", "仓库主管": "logistics_lead",
    "商品": "merchandiser", "策划": "planner", "文案": "copywriter",
    "运营": "operations_director", "运营主管": "operations_director",
    "会计": "finance_clerk", "出纳": "finance_clerk",
}


def role_code(value: object) -> str | None:
    """The role code a people list's cell names: a code (``cs_agent``) or a job title (客服,
    客服主管, 美工, 推广, 仓管/打包, 运营, 店长, 财务, ...); None when it names no role."""
    from storeops._core import ROLES

    text = str(value).strip()
    if text in ROLES:
        return text
    return ROLE_TITLES.get(text.replace(" ", "").replace("／", "/"))


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
    for table in (STAGES_ZH, DEPARTMENTS_ZH, ROLES_ZH, INPUTS_ZH, PRODUCT_ROLES_ZH, PRODUCT_STAGES_ZH,
                  RATINGS_ZH, ZH):
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


#: Headline figures of a summary (the ``figure`` column), pattern by pattern; ``{column}``
#: is the Chinese label of the first group, ``{1}``, ``{2}`` the groups.
_FIGURES_ZH = (
    (re.compile(r"^(\w+) \(month (\d+)\)$"), "{column}（第{2}月）"),
    (re.compile(r"^payback month \((\d+)% of runs pay back\)$"), "回本月（{1}% 的模拟回本）"),
    (re.compile(r"^capital for (\d+)% of futures$"), "{1}% 把握所需资金"),
    (re.compile(r"^cash low point$"), "现金最低点"),
    (re.compile(r"^runs$"), "模拟次数"),
)


def figure_label(figure: str, labels: str = "en") -> str:
    """A summary's figure in the chosen language: 'revenue (month 36)' → 销售额（第36月）."""
    check_labels(labels)
    if labels == "en":
        return figure
    for pattern, zh in _FIGURES_ZH:
        found = pattern.match(figure)
        if found:
            groups = ("", *found.groups())
            return zh.format(*groups, column=label(groups[1], labels) if len(groups) > 1 else "")
    return label(figure, labels)


#: The sentences of the command line and the reviews, in English and the seeds' Chinese.
SENTENCES = {
    "payback_month": ("payback month: {month}", "回本月：{month}"),
    "not_within": ("not within the months simulated", "模拟期内未回本"),
    "wrote": ("wrote {files}", "已写入 {files}"),
    "replaced": ("replaced the earlier {files}", "已替换此前的 {files}"),
    "warning": ("warning", "提示"),
    "payback_share": ("share of runs that pay back within {months} months: {share:.1%}",
                      "{months} 个月内回本的模拟占比：{share:.1%}"),
    "capital_needed": ("capital needed to keep cash at or above zero in {confidence:.0%} of "
                       "futures: ¥{amount:,.2f}",
                       "使 {confidence:.0%} 的模拟现金不低于零所需资金：¥{amount:,.2f}"),
    "capital_from_month_1": ("capital needed from month 1 to keep cash above zero in 90% of "
                             "futures: ¥{amount:,.2f}",
                             "自第 1 月起使 90% 的模拟现金不低于零所需资金：¥{amount:,.2f}"),
    "payback_header": ("payback: share paid back ({runs:,} runs, months {first}-{last})",
                       "回本：回本比例（{runs:,} 次模拟，第 {first}-{last} 月）"),
    "push": ("push this month", "本月主推"),
    "delist": ("take off the shelves (no sale in 30 days)", "下架（30 天无销量）"),
    "none": ("none", "无"),
    "reorder": ("reorder list ({n} items to order; {alert} of them at or below their reorder "
                "point, 警戒库存):", "补货清单（{n} 个商品需补货，其中 {alert} 个已到警戒库存）："),
    "mix": ("[mix] {rule}: found {found} ({clause}): {items}",
            "[商品结构] {rule}：实际 {found}（{clause}）：{items}"),
    "cs_roster": ("customer-service roster (客服值班表)", "客服值班表"),
    "shipping_roster": ("shipping roster (发货值班表)", "发货值班表"),
    "gap": (" (gap {gap:.1%})", "（与最优差距 {gap:.1%}）"),
    "temporary_staff": ("temporary staff for the day and the three after-sales days (paid per "
                        "shift, not hired): {cost}",
                        "当天及活动后三天的临时用工费用（按班次付费，不招聘）：{cost}"),
    "own_packers": ("the store's own people packing {start}:00-{end}:00 before temporary packers "
                    "are hired (其他部门分配到打包): {n}",
                    "本店其他部门参与打包的人数（{start}:00-{end}:00，先于临时打包员）：{n}"),
    "after_sales": ("the three after-sales days (活动后3天为售后高峰): at most {agents} agents an "
                    "hour, rosters {cost}",
                    "活动后三天售后高峰：每小时最多 {agents} 名客服，值班费用 {cost}"),
}


def say(key: str, labels: str = "en", **values: object) -> str:
    """A sentence of :data:`SENTENCES` in the chosen language, filled in with ``values``."""
    check_labels(labels)
    return SENTENCES[key][labels == "zh"].format(**values)


#: Columns whose cells are names the label tables translate.
#: The messages a command prints besides its tables (warnings, a store folder's problems), in
#: Chinese: each an English pattern and its Chinese, the same fields in both.
MESSAGES_ZH: tuple[tuple[str, str], ...] = (
    (r"daily report: (?P<n>\d+) days missing \((?P<spans>.*)\); they are left out, not filled in",
     "日报表缺少 {n} 天（{spans}）：这些天不计入，也不补填"),
    (r"(?P<file>.+): no header of a known export \([^)]*\); the nearest known header: "
     r"(?P<cell>.+) may be (?P<known>'[^']*') \(.*\)",
     "{file}：未识别的文件：表头不属于任何已知导出；最接近的已知表头：{cell} 可能应为 {known}"),
    (r"(?P<file>.+): no header of a known export \(.*\)",
     "{file}：未识别的文件：表头不属于任何已知导出"),
    (r"(?P<file>.+): the file is empty", "{file}：文件为空"),
    (r"(?P<file>.+): not an export \(a \.csv, \.xlsx or \.xls file\)",
     "{file}：不是导出文件（应为 .csv、.xlsx 或 .xls）"),
    (r"chat records: agents not in the people list: (?P<names>.+)",
     "聊天记录中的客服不在员工名单中：{names}"),
    (r"labels='zh': no font with Chinese glyphs is installed.*",
     "未安装中文字体（如 fonts-wqy-microhei 或 fonts-noto-cjk），图中的中文将显示为方框"),
    (r"(?P<file>.+): (?P<what>.+) (?P<day>\d{4}-\d{2}-\d{2}) is reported again by (?P<newer>.+) "
     r"\(exported later\): its figures replace these, which differ in (?P<columns>.+)",
     "{file}：{day} 的数据被较新的导出 {newer} 替换（不同的列：{columns}）"),
    (r"no item report found", "未找到商品效果报表"),
    (r"no catalogue found", "未找到商品清单"),
    (r"no order report found", "未找到订单报表"),
    (r"no chat records \(千牛\) found", "未找到千牛聊天记录"),
    (r"no people list found", "未找到员工名单"),
    (r"ahead of plan: the run rate of the last (?P<n>\d+) days for a (?P<wd>\w+) \((?P<own>¥[\d,.]+)\), "
     r"never less; the month's plan asks (?P<plan>¥[\d,.]+)(?P<rest>.*)",
     "领先计划：按最近 {n} 天同星期的日均（{own}），不低于此；本月计划要求 {plan}{rest}"),
    (r"behind plan: the catch-up to the month's plan \((?P<c>¥[\d,.]+)\), within the forecast's "
     r"P90 day \((?P<p>¥[\d,.]+)\)(?P<rest>.*)",
     "落后计划：追回本月计划所需（{c}），在预测的 P90 日销售额（{p}）之内{rest}"),
    (r"behind plan: the catch-up to the month's plan \((?P<c>¥[\d,.]+)\), no forecast to check "
     r"its reach against(?P<rest>.*)", "落后计划：追回本月计划所需（{c}），无预测可核对{rest}"),
    (r"behind plan beyond reach: the forecast's P50 day \((?P<p50>¥[\d,.]+)\); the catch-up "
     r"\((?P<c>¥[\d,.]+)\) is above its P90 \((?P<p90>¥[\d,.]+)\): short by (?P<s>¥[\d,.]+) this "
     r"day(?P<rest>.*)", "落后且追不回：按预测 P50 日销售额（{p50}）；追回所需（{c}）高于其 P90（{p90}）：当天缺口 {s}{rest}"),
    (r"buyers at the plan's order target \((?P<n>[\d.]+) a day\)", "买家数按计划日单目标（每天 {n} 单）"),
    (r"sales = (?P<a>[\d.e+-]+) x spend\^(?P<b>[\d.]+) a day \(±(?P<se>[\d.nan]+), (?P<d>\d+) days\): "
     r"a yuan more brings (?P<mr>¥[\d,.]+) of sales, (?P<mp>¥[-+\d,.]+) of profit; (?P<rest>.+)",
     "日销售额 = {a} × 花费^{b}（±{se}，{d} 天）：多投 1 元带来 {mr} 销售额、{mp} 利润；{rest}"),
    (r"at the (?P<w>least|most) of its trust region \((?P<lo>¥[\d,]+)-(?P<hi>¥[\d,]+) a week, spends seen\)",
     "处于可信区间（每周 {lo}-{hi}，已见过的花费）的{w}"),
    (r"equal to the other channels' at the margin", "与其他渠道的边际回报相等"),
    (r"(?P<n>\d+) days with spend in the last eight weeks; (?P<m>\d+) are needed to fit its "
     r"response: no budget proposed", "最近八周仅 {n} 天有花费；需要 {m} 天才能拟合其效果：不建议预算"),
    (r"within (?P<t>¥[\d,.]+) for the week: the plan's promotion budget \((?P<b>¥[\d,.]+)\) or the cash "
     r"the store can spend \((?P<c>¥[\d,.]+)\), the less; profit counted at (?P<m>\d+%) of sales "
     r"after goods, commission, shipping and refunds",
     "本周不超过 {t}：计划推广预算（{b}）与可支配现金（{c}）取其小；利润按扣除货品、佣金、运费与退款后销售额的 {m} 计"),
    (r"(?P<d>[\d.]+) days of stock at (?P<r>[\d.]+) a day(?P<alert>, at or below its reorder point "
     r"\(警戒库存\))?; (?P<m>¥[\d,.]+) margin a unit",
     "库存可售 {d} 天（日均 {r} 件）{alert}；单件毛利 {m}"),
    (r"on sale with no stock: take it down until it is in \(004 整体运营流程 配送\)",
     "在售但无库存：到货前先下架（004 整体运营流程 配送）"),
    (r"in decline: (?P<p>\d+%) of its price \((?P<z>[\d.]+)折\) keeps (?P<m>¥[\d,.]+) a unit after "
     r"commission, refunds and shipping; never under (?P<f>\d+)折",
     "衰退期：按原价 {z} 折，扣除佣金、退款与运费后每件仍赚 {m}；不低于 {f} 折"),
    (r"in decline, but any discount would sell at a loss after commission, refunds and shipping: "
     r"refused", "衰退期，但任何折扣在扣除佣金、退款与运费后都会亏损：不建议促销"),
    (r"a hit candidate: (?P<v>[\d,]+) visitors a week at (?P<c>[\d.]+%), (?P<b>\d+) buyers",
     "爆款候选：每周访客 {v}、转化率 {c}、买家 {b}"),
    (r"customer-service shifts for the week cost (?P<c>¥[\d,.]+)", "本周客服排班费用 {c}"),
    (r"capital (?P<c>¥[\d,.]+) \(the plan's\)", "投入资金 {c}（计划给定）"),
    (r"capital (?P<c>¥[\d,.]+) \(assumed\)", "投入资金 {c}（假设）"),
    (r"the forecast's P10 low point (?P<p>-?¥[\d,.]+) kept at or above the plan's reserve "
     r"(?P<r>¥[\d,.]+)", "预测 P10 现金低点 {p}，保持不低于计划备用金 {r}"),
    (r"the forecast's P10 low point (?P<p>-?¥[\d,.]+) kept at or above zero \(no reserve set: "
     r"plan.funding.reserve\)", "预测 P10 现金低点 {p}，保持不低于零（计划未设备用金：plan.funding.reserve）"),
    (r"(?P<o>[\d,]+) orders a day to pack at (?P<r>[\d.]+) an hour: (?P<n>\d+) people in "
     r"(?P<w>[\d:-]+); the logistics staff \((?P<l>\d+)\) first, then the other departments "
     r"\((?P<d>\d+)\), then temporary packers costing (?P<c>¥[\d,.]+) for the week",
     "每天 {o} 单，每人每小时打包 {r} 单：{w} 需 {n} 人；先由物流人员（{l} 人），再由其他部门（{d} 人），最后临时打包员（本周费用 {c}）"),
    (r"(?P<o>[\d,]+) orders a day to pack at (?P<r>[\d.]+) an hour: (?P<n>\d+) people in "
     r"(?P<w>[\d:-]+); the logistics staff \((?P<l>\d+)\) first, then the other departments "
     r"\((?P<d>\d+)\), then temporary packers \(none needed\)",
     "每天 {o} 单，每人每小时打包 {r} 单：{w} 需 {n} 人；先由物流人员（{l} 人），再由其他部门（{d} 人），无需临时打包员"),
    (r"logistics staff (?P<w>[\d:-]+)", "物流人员 {w}"),
    (r"refund for (?P<r>.+): answer at once, claim from the carrier", "因{r}退款：立即处理，并向快递索赔"),
    (r"(?P<k>中评|差评) not answered: (?P<t>.+)", "{k}未解释：{t}"),
    (r"a review names damage: (?P<t>.+)", "评价提到破损：{t}"),
    (r"(?P<s>[\d.]+%) of sales refunded, above the plan's (?P<p>[\d.]+%)",
     "退款占销售额 {s}，高于计划的 {p}"),
    (r"(?P<s>[\d.]+%) of sales refunded, within the plan's (?P<p>[\d.]+%)",
     "退款占销售额 {s}，在计划的 {p} 以内"),
    (r"no sales reported, so no share of them", "无销售额，无法计算退款占比"),
    (r"the main reason (?P<r>.+) \((?P<n>\d+) of (?P<t>\d+) requests\)", "主要原因：{r}（{t} 笔申请中 {n} 笔）"),
    (r"no refund requested in (?P<m>[\d-]+)", "{m} 无退款申请"),
    (r"(?P<t>.+): a clearance item; offer an exchange before the return", "{t}：清仓商品，先建议换货而非退货"),
    (r"no (?:order report|refund export|review export|catalogue) \((?P<f>[^)]+)\): (?P<k>[a-z_, ]+) not checked",
     "缺少{f}：未检查 {k}"),
    (r"nothing to do from the exports: every check is clear", "导出数据中没有待办：各项检查均正常"),
    (r"nothing to do from the exports the folder has", "现有导出数据中没有待办"),
    (r"(?P<n>.+): on sale with no stock, take it down", "{n}：在售但无库存，请下架"),
    (r"paid, not shipped within the shipping rule", "已付款，超过发货时限仍未发货"),
    (r"shipped late, at (?P<t>.+)", "发货超时（{t} 发出）"),
    (r"shipped without a tracking number", "已发货但未填物流单号"),
    (r"shipped (?P<d>[\d-]+), not confirmed received", "{d} 已发货，买家尚未确认收货"),
    (r"(?P<c>.+): usually (?P<n>\d+) days \(\*assumed\*\); call the buyer a day after",
     "{c}：通常 {n} 天送达（假定）；送达后一天电话回访"),
    (r"created, unpaid: (?P<h>\d+) hours left in the 3-day hold", "已下单未付款：3 天保留期还剩 {h} 小时"),
    (r"¥(?P<a>[\d,.]+) (?P<r>.*): answer before the platform refunds by itself \((?P<d>\d+) days, "
     r"\*assumed\*\)", "¥{a} {r}：在平台自动退款前处理（{d} 天，假定）"),
    (r"nothing to do from the exports: every check is clear", "导出数据中没有待办：各项检查均正常"),
    (r"other departments (?P<w>[\d:-]+)", "其他部门人员 {w}"),
    (r"the cash the store can spend \((?P<c>¥[\d,.]+)\) ends before (?P<i>\S+); the rest waits for next week",
     "可支配现金（{c}）在 {i} 之前用完；其余留待下周"),
    (r"budget (?P<b>¥[\d,.]+), spent (?P<s>¥[\d,.]+), which brought (?P<g>¥[\d,.]+) of sales",
     "预算 {b}，实际花费 {s}，带来销售额 {g}"),
    (r"sales (?P<a>¥[\d,.]+) against the target (?P<t>¥[\d,.]+) \((?P<p>[-+\d.]+%)\)",
     "销售额 {a}，目标 {t}（{p}）"),
    (r"order (?P<u>\d+) units; about (?P<r>[-\d,]+) came in \(the stock now, less then, plus what sold\)",
     "采购 {u} 件；约 {r} 件已到货（现库存减当时库存加期间销量）"),
    (r"nothing was decided for (?P<w>\S+): python -m storeops propose STORE proposes the week "
     r"after a review and saves it", "{w} 没有保存的决定：下周计划保存后，下次周会将对照其执行情况"),
    (r"assessed (?P<s>[\d.]+) \((?P<band>[^)]*)\), factor (?P<f>[\d.]+): bonus (?P<b>¥[\d,.]+); no "
     r"data for (?P<m>.+)", "考核 {s} 分（{band}），系数 {f}：奖金 {b}；缺少数据：{m}"),
    (r"assessed (?P<s>[\d.]+) \((?P<band>[^)]*)\), factor (?P<f>[\d.]+): bonus (?P<b>¥[\d,.]+)",
     "考核 {s} 分（{band}），系数 {f}：奖金 {b}"),
    (r"not assessed: no data for (?P<m>.+); bonus (?P<b>¥[\d,.]+)", "未考核：缺少数据 {m}；奖金 {b}"),
    (r"not assessed: no KPI of its department; bonus (?P<b>¥[\d,.]+)", "未考核：该部门无考核指标；奖金 {b}"),
    (r"no ad report found \(直通车, 引力魔方/钻展 or 淘宝客\)", "未找到推广报表（直通车、引力魔方/钻展或淘宝客）"),
    (r"no ad spend reported between (?P<a>[0-9-]+) and (?P<b>[0-9-]+)", "{a} 至 {b} 没有推广花费"),
    (r"no refund export found \(退款管理\)", "未找到退款导出（退款管理）"),
    (r"no refund requested between (?P<a>[0-9-]+) and (?P<b>[0-9-]+)", "{a} 至 {b} 没有退款申请"),
    (r"no review export found \(评价管理\)", "未找到评价导出（评价管理）"),
    (r"(?P<n>\d+) reviews: (?P<g>\d+) good, (?P<m>\d+) neutral, (?P<b>\d+) negative",
     "{n} 条评价：好评 {g}，中评 {m}，差评 {b}"),
    (r"no traffic-source export found \(生意参谋 流量来源\)", "未找到流量来源导出（生意参谋）"),
    (r"no traffic reported between (?P<a>[0-9-]+) and (?P<b>[0-9-]+)", "{a} 至 {b} 没有流量数据"),
    (r"no chats between (?P<a>[0-9-]+) and (?P<b>[0-9-]+)", "{a} 至 {b} 没有聊天记录"),
    (r"no chats in the last four weeks", "最近四周没有聊天记录"),
    (r"no chats in (?P<m>[0-9-]+): customer service is assessed on nothing",
     "{m} 没有聊天记录：客服无可考核的数据"),
    (r"no earlier review saved under reviews/", "reviews/ 下没有此前保存的周会"),
    (r"days missing from the daily report: (?P<days>.+)", "日报表缺少的日期：{days}"),
    (r"agents in the chat records who are not in the people list, so not assessed: (?P<names>.+)",
     "聊天记录中不在员工名单的客服（未考核）：{names}"),
    (r"none qualifies: an item is pushed when it is a hit candidate \(002 篇4: a week of at least "
     r"(?P<v>[\d,]+) visitors at a conversion of at least (?P<c>[\d.]+%), bouncing less than the "
     r"store\); the most visited, (?P<item>\S+) (?P<name>.*), had (?P<mv>[\d,]+) visitors at "
     r"(?P<mc>[\d.]+%)\.",
     "无符合条件的商品：主推商品须为爆款候选（002 篇4：一周访客至少 {v}、转化率至少 {c}、跳失率低于"
     "店铺平均）；访客最多的 {item} {name} 上周访客 {mv}、转化率 {mc}。"),
    (r"none qualifies: an item is pushed when it is a hit candidate \(002 篇4: a week of at least "
     r"(?P<v>[\d,]+) visitors at a conversion of at least (?P<c>[\d.]+%), bouncing less than the "
     r"store\)\.",
     "无符合条件的商品：主推商品须为爆款候选（002 篇4：一周访客至少 {v}、转化率至少 {c}、跳失率低于"
     "店铺平均）。"),
    (r"Roles \(商品角色\) inferred from the item report for (?P<n>\d+) items \((?P<counts>.*)\): "
     r"the catalogue does not give them; add a 商品角色 column to set them\.",
     "{n} 个商品的商品角色由商品效果报表推断（{counts}）：商品清单未给出；可在商品清单中加“商品角色”列自行指定。"),
)


def _words_zh(text: str) -> str:
    """Role and KPI codes inside a translated message, in Chinese."""
    import re

    names = {**PRODUCT_ROLES_ZH, **ROLES_ZH, "least": "最低端", "most": "最高端"}
    return re.sub(r"(?<![A-Za-z_])[a-z]+(?:_[a-z]+)*(?![A-Za-z_])",
                  lambda m: names.get(m.group(0), label(m.group(0), "zh")), text)


def _translate_one(message: str) -> str | None:
    import re

    for pattern, chinese in MESSAGES_ZH:
        found = re.fullmatch(pattern, message, re.S)
        if found:
            groups = {k: (v or "") for k, v in found.groupdict().items()}
            rest = groups.get("rest", "")
            if rest:  # a known clause after the sentence: in Chinese too
                clause = rest[2:] if rest.startswith("; ") else rest
                groups["rest"] = ("；" if rest.startswith("; ") else "") + (
                    _translate_one(clause) or clause)
            if groups.get("alert"):
                groups["alert"] = "，已到警戒库存"
            return _words_zh(chinese.format(**groups))
    return None


def translate(message: str, labels: str = "en") -> str:
    """A command's message in the language of ``labels``: the Chinese of a known one
    (:data:`MESSAGES_ZH`), else the message as it is."""
    import re

    if labels != "zh":
        return message
    whole = _translate_one(message)
    if whole is not None:
        return whole
    for joint, glue in ((r"(?<=\.) ", ""), (r"; ", "；")):  # sentences, or problems, joined
        parts = [_translate_one(part) for part in re.split(joint, message)]
        if len(parts) > 1 and all(part is not None for part in parts):
            return glue.join(part for part in parts if part is not None)
    return message


NAMED_VALUES = {"stage": {**STAGES_ZH, **PRODUCT_STAGES_ZH}, "input": INPUTS_ZH,
                "department": DEPARTMENTS_ZH, "role": ROLES_ZH, "product_role": {**PRODUCT_ROLES_ZH, "total": "合计"}}


def rename(frame: pd.DataFrame, labels: str = "en") -> pd.DataFrame:
    """The frame with its columns (and stage names, summary figures and True/False cells)
    in the chosen language."""
    check_labels(labels)
    if labels == "en":
        return frame
    out = frame.rename(columns={c: label(c, labels) for c in frame.columns})
    for column, names in NAMED_VALUES.items():
        if column in frame.columns and label(column, labels) in out:
            out[label(column, labels)] = out[label(column, labels)].map(
                lambda v, names=names: names.get(v, v) if isinstance(v, str) else v)
    figure = label("figure", labels)
    if figure in out:
        out[figure] = out[figure].map(lambda f: figure_label(str(f), labels))
    for column in out.columns:
        if out[column].dtype == bool:
            out[column] = out[column].map({True: "是", False: "否"})
    return out


__all__ = ["RATINGS_ZH", "MESSAGES_ZH", "ROLE_TITLES", "role_code", "translate", "DEPARTMENTS_ZH", "INPUTS_ZH", "NAMED_VALUES", "ROLES_ZH", "STAGES_ZH", "ZH", "check_labels", "figure_label", "label",
           "name_of", "rename", "say", "SENTENCES"]
