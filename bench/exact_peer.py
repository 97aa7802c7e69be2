"""An exact peer of storeops' Monte Carlo: the same month, computed the same way, as a
performance-minded notebook user would write it with Numba: one compiled loop per run, the
run's whole state in local variables, month after month.

It computes what ``storeops.monte_carlo`` computes, to the fen, for the seed plan with smooth
months (no monthly traffic noise, no campaign-lift noise) and with its noisy ones:

- the draws: storeops' own random stream (SplitMix64 into xoshiro256**, Box–Muller normals,
  lognormal draws above a rate's 1 and normal draws outside [low, high] drawn again);
- a noisy month's own stream (seed, run, month): each campaign's traffic and conversion lifts
  times exp(c·z − c²/2), the AR(1) log-shock of traffic, Poisson inquiry and silent orders
  (multiplied uniforms below a mean of 30, Hörmann's PTRS above);
- the calendar (seasonality, campaign lifts), the ad budget (the trial, then a share of last
  month's revenue), adstock and Hill saturation, organic growth, affiliates and returning
  customers;
- the funnel, revenue as the order value times the orders rounded to the fen, the affiliates'
  commission, geometric churn, the reviews customer service answers for;
- staffing: the revenue tier, the order bands, the steps past the table, each stage's planned
  hires as a floor, the tier's role mix, the hiring lag and no department shrinking;
- pay: fixed pay by role, the rating bonus less reviews, the agents' even shares of their
  sales, the leads' team commission and the pool; probation in a hire month;
- the P&L line by line (refunds, goods, commission, shipping, tax, other), the annual fee, the
  investments and the stages' software, the payback test and the stage transition with the
  mature target less what campaigns added.

Money is integer fen throughout. A rate times an amount is rounded as storeops rounds it
(docs/model.md §1): the rate read as the decimal it prints as, ``m / 10**k``, and the product
``(fen * m + half) // 10**k``, the division done as a multiplication by ``1 / 10**k`` and
corrected by one where it rounded across a whole. An amount times any other factor (orders, a
sampled refund rate) is rounded in floating point where that is certain (farther than a
thousandth from a half fen); nearer, from the exact binary product (Dekker's two-product)
where the factor's decimal cannot lie on the other side of the half, from the decimal itself
(a plan's factor, known beforehand) or, where neither is known, with Python's ``decimal`` (a
call out of the compiled loop; none in the bench's 720,000 store-months).

Written for speed as a Numba user would: each run's state in local variables; the staffing
need composed again only when the month's level (tier, bands, steps past the table, stage)
changes and the team's pay folded again only when the staff change; no slices in the loop (a
view is reference-counted); ``error_model="numpy"`` (no zero-division checks).

What the peer does not cover (its kernel refuses such plans): the sBG customer curve, Erlang C staffing past the table, KPI multipliers and
a minimum wage (storeops' per-person pay), correlated inputs, a start from a saved state.

``bench/bench_monte_carlo.py`` checks it against storeops on 20,000 runs × 36 months of the
seed plan, with smooth months and with noisy ones, store-month by store-month, and times the
two side by side.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

import storeops

#: storeops.UNCERTAIN_INPUTS, in the order of the random stream.
INPUTS = ("organic_start", "organic_growth", "cpc", "cpm", "inquiry_rate", "inquiry_conversion",
          "silent_conversion", "average_order_value", "refund_rate")
#: The most each input may be (a rate is drawn again above 1).
INPUT_MAX = (math.inf, math.inf, math.inf, math.inf, 1.0, 1.0, 1.0, math.inf, 1.0)
DISTRIBUTIONS = {"fixed": 0, "lognormal": 1, "normal": 2}

DEPARTMENTS = storeops.DEPARTMENTS
ROLES = storeops.ROLES
#: The role a department hires when it simply needs one more person.
BASE_ROLE = {"customer_service": "cs_agent", "design": "designer", "promotion": "promoter",
             "merchandising": "merchandiser", "logistics": "logistics_staff",
             "planning": "planner", "management": "store_manager", "finance": "finance_clerk"}
COMMISSION = {"none": 0, "personal_sales": 1, "team_sales": 2, "pool": 3}


# ---- exact money, outside the compiled loop (the rare near-half products) ----

def exact_times(fen: int, factor: float) -> int:
    """fen × factor rounded to the fen, halves away from zero, the factor read as the decimal
    it prints as (what storeops' Money::times does where floating point is not certain)."""
    product = Decimal(int(fen)) * Decimal(repr(float(factor)))
    return int(product.to_integral_value(rounding=ROUND_HALF_UP))


def decimal_rate(value: float) -> tuple[int, int]:
    """A rate as the decimal it prints as: (m, 10**k) with value == m / 10**k."""
    sign, digits, exponent = Decimal(repr(float(value))).as_tuple()
    if sign:
        raise ValueError(f"a negative rate {value} is not taken by the peer")
    m = int("".join(map(str, digits)) or "0")
    if exponent >= 0:
        return m * 10 ** exponent * 10, 10
    return m, 10 ** (-exponent)


def fen(amount: storeops.Money) -> int:
    return int(amount.fen)


# ---- what a run shares: the plan as arrays ----

def plan_arrays(plan: storeops.Plan, months: int) -> dict:
    """The plan's tables and schedule as NumPy arrays and numbers, for the kernel."""
    m = plan.market
    if m.correlations or (m.retention_alpha > 0 and m.retention_beta > 0):
        raise ValueError("the exact peer draws independent inputs and uses geometric churn")
    st, pay = plan.staffing, plan.pay
    if st.beyond_table == "erlang" or st.combine != "max":
        raise ValueError("the exact peer sizes staff by the table's max rule and steps past it")
    if pay.minimum_wage.yuan != 0 or pay.kpi_multipliers:
        raise ValueError("the exact peer pays by role (no minimum wage, no KPI multipliers)")
    a: dict = {}

    # the draws
    dist = np.zeros(9, np.int64)
    params = np.zeros((9, 5))
    for i, name in enumerate(INPUTS):
        u = getattr(m, name)
        if u.distribution not in DISTRIBUTIONS:
            raise ValueError(f"the exact peer draws fixed, lognormal and normal inputs ({name})")
        dist[i] = DISTRIBUTIONS[u.distribution]
        params[i] = (u.value, u.spread, u.low, u.high, INPUT_MAX[i])
    a["dist"], a["params"] = dist, params
    if plan.probation.failure_rate.distribution != "fixed":
        raise ValueError("the exact peer takes a fixed probation failure rate")
    failure = plan.probation.failure_rate.value

    # the calendar by month: seasonality × campaign traffic lift, conversion lift, campaign lift
    season, lift, campaign = np.ones(months), np.ones(months), np.ones(months)
    temporary = np.zeros(months, np.int64)
    for t in range(months):
        moy = (m.start_month - 1 + t) % 12
        season[t] = m.seasonality[moy]
        for c in m.campaigns:
            if c.month_of_year == moy + 1:
                season[t] *= c.traffic_multiplier
                lift[t] *= c.conversion_multiplier
                campaign[t] *= c.traffic_multiplier * c.conversion_multiplier
                temporary[t] += fen(c.temporary_staff_cost)
    a["season"], a["lift"], a["campaign"], a["temporary"] = season, lift, campaign, temporary
    # noisy months: each campaign's lifts drawn in the month's own stream, the AR(1) shock
    a["campaigns_in"] = np.array([sum(c.month_of_year == (m.start_month - 1 + t) % 12 + 1
                                      for c in m.campaigns) for t in range(months)], np.int64)
    a["noise"] = np.array([m.monthly_traffic_noise, m.traffic_noise_autocorrelation,
                           m.campaign_lift_noise])
    # what revenue is divided by to take the campaigns out, as the decimal it prints as
    decimals = [decimal_rate(1.0 / c) for c in campaign]
    a["campaign_m"] = np.array([d[0] for d in decimals], np.int64)
    a["campaign_s"] = np.array([d[1] for d in decimals], np.int64)

    # investments by month
    deposits, purchases = np.zeros(months, np.int64), np.zeros(months, np.int64)
    for inv in plan.investments:
        if inv.month < months:
            (deposits if inv.refundable else purchases)[inv.month] += fen(inv.amount)
    a["deposits"], a["purchases"] = deposits, purchases
    a["investment"] = sum(fen(inv.amount) for inv in plan.investments)

    # the stages: targets, software, floors of planned hires by department
    stages = plan.stages.stages
    a["target"] = np.array([fen(s.revenue_target) for s in stages], np.int64)
    a["excludes"] = np.array([s.excludes_campaigns for s in stages], np.bool_)
    a["software"] = np.array([fen(s.software) for s in stages], np.int64)
    a["min_months"] = np.array([s.min_months for s in stages], np.int64)
    a["confirm"] = plan.stages.confirm_months
    floors = np.zeros((len(stages), len(DEPARTMENTS)), np.int64)
    if st.stage_floor:
        for k, s in enumerate(stages):
            planned = plan.stages.planned_staff(s.stage)
            for d, dept in enumerate(DEPARTMENTS):
                floors[k, d] = planned[dept]
    a["floors"] = floors
    trial = next((fen(s.ad_budget) for s in stages if fen(s.ad_budget) > 0), 0)
    a["trial"] = trial
    # the trial budget spread over its months, to the fen (halves away from zero)
    a["trial_month"] = int((Decimal(trial) / Decimal(m.ad_trial_months))
                           .to_integral_value(rounding=ROUND_HALF_UP))

    # staffing: tiers (thresholds, department counts, role mix in order), bands, steps past
    tiers = st.tiers
    a["tier_fen"] = np.array([fen(t.monthly_revenue) for t in tiers], np.int64)
    tier_counts = np.zeros((len(tiers), len(DEPARTMENTS)), np.int64)
    mix_role = np.full((len(tiers), len(ROLES)), -1, np.int64)  # the tier's roles in order
    mix_count = np.zeros((len(tiers), len(ROLES)), np.int64)
    for k, t in enumerate(tiers):
        slot = 0
        for dept in t.departments:
            tier_counts[k, DEPARTMENTS.index(dept.department)] = dept.headcount
            for role, count in dept.roles.items():
                mix_role[k, slot], mix_count[k, slot] = ROLES.index(role), count
                slot += 1
    a["tier_counts"], a["mix_role"], a["mix_count"] = tier_counts, mix_role, mix_count
    bands = st.bands
    a["band_at"] = np.array([b.low + st.trigger * (b.high - b.low) for b in bands])
    a["band_dept"] = np.array([DEPARTMENTS.index(b.department) for b in bands], np.int64)
    a["band_add"] = np.array([b.add for b in bands], np.int64)
    start = np.full(len(DEPARTMENTS), np.inf)
    step = np.zeros(len(DEPARTMENTS))
    add = np.zeros(len(DEPARTMENTS), np.int64)
    if st.beyond_table == "repeat_last_step":
        for d in range(len(DEPARTMENTS)):
            last = before = -1.0
            width, n = 0.0, 0
            for b, band in enumerate(bands):
                if a["band_dept"][b] != d or a["band_at"][b] < last:
                    continue
                before, last, n, width = last, a["band_at"][b], band.add, band.high - band.low
            s = last - before if before >= 0 else width
            if n and s > 0:
                start[d], step[d], add[d] = last + s, s, n
    a["beyond_start"], a["beyond_step"], a["beyond_add"] = start, step, add
    a["lag"] = st.hiring_lag_months
    a["dept_of"] = np.array([DEPARTMENTS.index(storeops.department_of(r)) for r in ROLES],
                            np.int64)
    a["base_role"] = np.array([ROLES.index(BASE_ROLE[d]) for d in DEPARTMENTS], np.int64)

    # pay by role
    fixed = np.zeros(len(ROLES), np.int64)
    bonus = np.zeros(len(ROLES), np.bool_)
    basis = np.zeros(len(ROLES), np.int64)
    rate_m = np.zeros(len(ROLES), np.int64)
    rate_s = np.ones(len(ROLES), np.int64)
    for r, role in enumerate(ROLES):
        rule = pay.role(role)
        fixed[r] = fen(rule.base) + fen(rule.position_allowance) + fen(rule.benefits) + \
            fen(rule.extra_reward)
        bonus[r] = rule.rating_bonus
        if storeops.department_of(role) == "customer_service" and not rule.rating_bonus:
            raise ValueError("the exact peer pays customer service a rating bonus")
        basis[r] = COMMISSION[rule.commission]
        if basis[r] == 1 and role != "cs_agent":
            raise ValueError("the exact peer pays personal sales to agents only")
        rate_m[r], rate_s[r] = decimal_rate(rule.commission_rate)
    a["fixed"], a["bonus"], a["basis"], a["rate_m"], a["rate_s"] = fixed, bonus, basis, rate_m, rate_s
    rating = pay.rating
    tenths = round(m.rating_change * 10)
    a["bonus_each"] = fen(rating.bonus) + (fen(rating.per_tenth_up) * tenths if tenths >= 0
                                          else -fen(rating.per_tenth_down) * -tenths)
    a["per_neutral"], a["per_negative"] = fen(rating.per_neutral), fen(rating.per_negative)
    a["pool"] = decimal_rate(pay.pool_rate)
    probation = plan.probation
    a["probation_days"] = np.array(probation.days, np.float64)
    a["probation_per_base"] = np.array(
        [d / 30.0 * (failure * probation.pay_share - (1.0 - probation.pay_share))
         for d in probation.days])
    a["probation_neutral"] = (probation.pay_share == 1.0 and failure == 0.0) or \
        not any(d > 0 for d in probation.days)
    a["base_fen"] = np.array([fen(pay.role(r).base) for r in ROLES], np.int64)

    # the market's numbers and the rates of the P&L
    a["market"] = np.array([
        m.ad_trial_months, m.adstock, m.search_half_saturation, m.display_half_saturation,
        m.display_ctr, m.paid_spillover, m.organic_market_cap, m.affiliate_share,
        m.repeat_visits, 1.0 - m.customer_churn, m.days_in_month, m.review_share,
        m.neutral_share, m.negative_share, m.hill_shape])
    costs, fees = plan.costs, plan.fees
    a["rates"] = np.array([decimal_rate(x) for x in (
        m.promotion_share, m.search_share, m.affiliate_commission, 1.0 - costs.gross_margin,
        fees.commission_rate, costs.shipping_packaging, costs.tax, costs.other)], np.int64)
    a["refund_plan"] = m.refund_rate.value
    a["refund_rate"] = decimal_rate(m.refund_rate.value)
    a["annual_fee"] = fen(fees.annual_fee)
    return a


# ---- the compiled kernel ----

_KERNEL = None


def kernel():
    """The compiled kernel (numba imported and compiled on first use)."""
    global _KERNEL
    if _KERNEL is None:
        _KERNEL = _compile()
    return _KERNEL


def _compile():
    import numba
    from numba import njit, uint64

    M1, M2, M3 = uint64(0x9E3779B97F4A7C15), uint64(0xBF58476D1CE4E5B9), uint64(0x94D049BB133111EB)

    @njit(inline="always", error_model="numpy")
    def rotl(x, k):
        return (x << uint64(k)) | (x >> uint64(64 - k))

    @njit(inline="always", error_model="numpy")
    def next_u64(s):
        result = rotl(s[1] * uint64(5), 7) * uint64(9)
        t = s[1] << uint64(17)
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    @njit(inline="always", error_model="numpy")
    def uniform(s):
        return float(next_u64(s) >> uint64(11)) * 2.0 ** -53

    @njit(inline="always", error_model="numpy")
    def normal(s):
        u1 = uniform(s)
        while u1 <= 0.0:
            u1 = uniform(s)
        u2 = uniform(s)
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)

    @njit(inline="always", error_model="numpy")
    def splitmix_into(s, x):
        """The four words of xoshiro256** from SplitMix64 started at x."""
        for i in range(4):
            x = x + M1
            z = x
            z = (z ^ (z >> uint64(30))) * M2
            z = (z ^ (z >> uint64(27))) * M3
            s[i] = z ^ (z >> uint64(31))

    @njit(error_model="numpy")
    def seed_stream(s, seed, run):
        """Rng(seed, run): the run's stream of draws."""
        splitmix_into(s, uint64(seed) ^ (M1 * (uint64(run) + uint64(1))))

    @njit(error_model="numpy")
    def seed_month(s, seed, run, month):
        """Rng(seed, run, month): the month's own stream of noise."""
        splitmix_into(s, uint64(seed) ^ (M1 * (uint64(run) + uint64(1))) ^
                      (uint64(0xD1B54A32D192ED03) * (uint64(month) + uint64(1))))

    @njit(error_model="numpy")
    def poisson(s, mean):
        """A Poisson count: multiplication of uniforms below 30, Hörmann's PTRS above."""
        if not (mean > 0):
            return 0.0
        if mean < 30:
            limit = math.exp(-mean)
            k = 0
            p = uniform(s)
            while p > limit:
                k += 1
                p *= uniform(s)
            return float(k)
        slam = math.sqrt(mean)
        b = 0.931 + 2.53 * slam
        a = -0.059 + 0.02483 * b
        invalpha = 1.1239 + 1.1328 / (b - 3.4)
        vr = 0.9277 - 3.6224 / (b - 2)
        while True:
            u = uniform(s) - 0.5
            v = uniform(s)
            us = 0.5 - abs(u)
            k = math.floor((2 * a / us + b) * u + mean + 0.43)
            if us >= 0.07 and v <= vr:
                return float(np.int64(k))
            if k < 0 or (us < 0.013 and v > us):
                continue
            if math.log(v) + math.log(invalpha) - math.log(a / (us * us) + b) <= \
                    -mean + k * math.log(mean) - math.lgamma(k + 1):
                return float(np.int64(k))

    @njit(error_model="numpy")
    def draw(s, dist, params, out):
        for i in range(9):
            value, spread, low, high, most = params[i]
            out[i] = value
            if dist[i] == 1:
                for _ in range(1000):
                    x = value * math.exp(spread * normal(s))
                    if x <= most:
                        out[i] = x
                        break
            elif dist[i] == 2:
                for _ in range(1000):
                    x = value + spread * normal(s)
                    if x >= low and x <= high:
                        out[i] = x
                        break

    @njit(error_model="numpy")
    def times_exact(amount, factor):
        with numba.objmode(r="int64"):
            r = exact_times(amount, factor)
        return r

    @njit(inline="always", error_model="numpy")
    def times(amount, factor):
        """Money::times: amount × factor to the nearest fen, halves away from zero, the factor
        read as the decimal it prints as. The exact binary product (Dekker's two-product) is
        rounded where the decimal reading cannot be on the other side of the half: farther
        from it than amount × the factor's half-ulp; nearer (about once in 10^12), decimal."""
        p = float(amount) * factor
        if not (p > -1e12 and p < 1e12):
            return times_exact(amount, factor)
        # first as storeops does: plain rounding, where the product is not within a thousandth
        # of a half fen
        shifted = p + 0.5 if p >= 0 else p - 0.5
        r = np.int64(shifted)
        past = shifted - float(r) if p >= 0 else float(r) - shifted
        if past >= 1e-3 and past <= 1.0 - 1e-3:
            return r
        a = float(amount)
        ca = 134217729.0 * a
        a_hi = ca - (ca - a)
        a_lo = a - a_hi
        cb = 134217729.0 * factor
        b_hi = cb - (cb - factor)
        b_lo = factor - b_hi
        e = ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo  # p + e: exact
        negative = p < 0
        if negative:
            p, e = -p, -e
        whole = math.floor(p)
        d = (p - whole - 0.5) + e  # from the half above `whole`
        margin = p * 2.0 ** -52 + 2.0 ** -50  # and d's own rounding
        if d > margin:
            r = np.int64(whole) + 1
        elif d < -margin:
            r = np.int64(whole)
        else:
            return times_exact(amount, factor)
        return -r if negative else r

    @njit(error_model="numpy")
    def scaled_exact(amount, m, scale):
        """amount × m / scale (m / scale the decimal of a factor; scale <= 10^18) to the
        nearest fen, halves away from zero, exactly: long multiplication bit by bit with the
        quotient and remainder kept apart, so nothing overflows (the rare near-half path)."""
        negative = amount < 0
        a = -amount if negative else amount
        mq, mr = m // scale, m % scale
        q = r = 0
        for bit in range(62, -1, -1):
            q, r = 2 * q, 2 * r
            if r >= scale:
                r -= scale
                q += 1
            if (a >> bit) & 1:
                q += mq
                r += mr
                if r >= scale:
                    r -= scale
                    q += 1
        if 2 * r >= scale:
            q += 1
        return -q if negative else q

    @njit(inline="always", error_model="numpy")
    def times_decimal(amount, factor, m, scale):
        """times() for a factor whose decimal m / scale is known (a plan's): the near-half
        products decided in the kernel."""
        p = float(amount) * factor
        if p > 0 and p < 1e12:
            whole = math.floor(p)
            d = p - whole - 0.5
            margin = p * 2.0 ** -50 + 2.0 ** -50
            if d > margin:
                return np.int64(whole) + 1
            if d < -margin:
                return np.int64(whole)
        return scaled_exact(amount, m, scale)

    @njit(inline="always", error_model="numpy")
    def of(amount, m, scale, inverse):
        """Rate::of for an amount >= 0: (fen × m + half) // 10^k, the division done as a
        multiplication by 1 / 10^k and corrected by one where it rounded across a whole."""
        x = amount * m + (scale >> 1)  # scale is 10^k, k >= 1: even
        q = np.int64(float(x) * inverse)
        r = x - q * scale
        if r < 0:
            q -= 1
        elif r >= scale:
            q += 1
        return q

    @njit(error_model="numpy")
    def run_months(seed, first_run, runs, months, cash_out, dist, params, season, lift, campaign,
                   temporary, deposits, purchases, investment, target, excludes, software,
                   min_months, confirm, floors, trial, trial_month, tier_fen, tier_counts,
                   mix_role, mix_count, band_at, band_dept, band_add, beyond_start, beyond_step,
                   beyond_add, lag, dept_of, base_role, fixed, bonus, basis, rate_m, rate_s,
                   bonus_each, per_neutral, per_negative, pool_m, pool_s, probation_per_base,
                   probation_neutral, base_fen, market, rates, refund_plan, refund_m, refund_s,
                   annual_fee, campaign_m, campaign_s, campaigns_in, noise):
        (ad_trial_months, adstock, search_half, display_half, display_ctr, spillover,
         market_cap, affiliate_share, repeat_visits, keep, days, review_share, neutral_share,
         negative_share, hill_shape) = (market[0], market[1], market[2], market[3], market[4],
                                        market[5], market[6], market[7], market[8], market[9],
                                        market[10], market[11], market[12], market[13],
                                        market[14])
        promo_m, promo_s = rates[0, 0], rates[0, 1]
        search_m, search_s = rates[1, 0], rates[1, 1]
        aff_m, aff_s = rates[2, 0], rates[2, 1]
        goods_m, goods_s = rates[3, 0], rates[3, 1]
        comm_m, comm_s = rates[4, 0], rates[4, 1]
        ship_m, ship_s = rates[5, 0], rates[5, 1]
        tax_m, tax_s = rates[6, 0], rates[6, 1]
        other_m, other_s = rates[7, 0], rates[7, 1]
        promo_i, search_i, aff_i = 1.0 / promo_s, 1.0 / search_s, 1.0 / aff_s
        goods_i, comm_i, ship_i = 1.0 / goods_s, 1.0 / comm_s, 1.0 / ship_s
        tax_i, other_i = 1.0 / tax_s, 1.0 / other_s
        pool_i, refund_i = 1.0 / pool_s, 1.0 / refund_s
        rate_i = 1.0 / rate_s
        n_roles, n_depts = fixed.shape[0], floors.shape[1]
        n_stages, n_tiers, n_bands = target.shape[0], tier_fen.shape[0], band_at.shape[0]
        ring = lag + 1
        s = np.zeros(4, np.uint64)
        x = np.zeros(9)
        staff = np.zeros(n_roles, np.int64)
        staff_dept = np.zeros(n_depts, np.int64)
        needs = np.zeros((ring, n_roles), np.int64)
        counts = np.zeros(n_depts, np.int64)
        placed = np.zeros(n_depts, np.int64)
        target_dept = np.zeros(n_depts, np.int64)
        need = np.zeros(n_roles, np.int64)
        fresh = np.zeros(n_roles, np.int64)
        ring_version = np.zeros(ring, np.int64)
        team_role = np.zeros(n_roles, np.int64)
        beyond_from = beyond_start.min()
        sigma, rho, lift_noise = noise[0], noise[1], noise[2]
        noisy = sigma > 0 or lift_noise > 0
        month_stream = np.zeros(4, np.uint64)
        for r in range(runs):
            seed_stream(s, seed, first_run + r)
            draw(s, dist, params, x)
            organic0, growth, cpc, cpm = x[0], x[1], x[2], x[3]
            ir, ic0, sc0, aov_yuan, refund = x[4], x[5], x[6], x[7], x[8]
            aov = times(100, aov_yuan)  # Money::from_yuan: yuan × 100 to the fen
            refund_prepared = refund == refund_plan
            organic = search_stock = display_stock = paid_before = customers = 0.0
            last_revenue = cumulative = profit_sum = 0
            months_open = 0
            stage = last_stage = 0
            stage_months = streak = 0
            payback = 0
            for k in range(n_roles):  # element by element: a slice is a view, counted by NRT
                staff[k] = 0
                need[k] = -1  # no need yet: the first month's is new
            for k in range(ring):
                ring_version[k] = -1
            need_version = 0
            slot = 0  # the ring's slot of this month, t % ring
            applied_version = -1
            level_tier = level_bands = level_steps = level_stage = -1
            people = agents = bonus_people = fixed_pay = n_team = 0
            pool = hired = False
            shock = 0.0
            shocked = False
            for t in range(months):
                # calendar
                open_ = stage != 0
                entered = t == 0 or stage != last_stage
                last_stage = stage
                sea, lft, lift_all = season[t], lift[t], campaign[t]
                if noisy and open_:
                    seed_month(month_stream, seed, first_run + r, t)
                    if lift_noise > 0:
                        for _ in range(campaigns_in[t]):
                            traffic_lift = math.exp(lift_noise * normal(month_stream)
                                                    - 0.5 * lift_noise * lift_noise)
                            conversion_lift = math.exp(lift_noise * normal(month_stream)
                                                       - 0.5 * lift_noise * lift_noise)
                            sea *= traffic_lift
                            lft *= conversion_lift
                            lift_all *= traffic_lift * conversion_lift
                # advertising and traffic
                ad = 0
                if open_:
                    ad = trial_month if months_open < ad_trial_months and trial > 0 \
                        else of(last_revenue, promo_m, promo_s, promo_i)
                search_spend = of(ad, search_m, search_s, search_i)
                display_spend = ad - search_spend
                o = se = di = af = rt = 0.0
                if open_:
                    search_stock = search_spend / 100.0 + adstock * search_stock
                    display_stock = display_spend / 100.0 + adstock * display_stock
                    xs = search_stock / search_half
                    xd = display_stock / display_half
                    if hill_shape != 1.0:
                        xs, xd = xs ** hill_shape, xd ** hill_shape
                    search = search_half * xs / (1.0 + xs) / cpc
                    display = display_half * xd / (1.0 + xd) * 1000.0 * display_ctr / cpm
                    if months_open == 0:
                        organic = organic0
                    else:
                        organic += growth * (organic + spillover * paid_before) * \
                            (1.0 - organic / market_cap)
                        organic = max(0.0, organic)
                    o = organic * sea
                    se = search * sea
                    di = display * sea
                    af = affiliate_share * o
                    rt = repeat_visits * customers * sea
                    paid_before = se + di
                    if noisy and sigma > 0:  # the month's AR(1) log-shock
                        z = normal(month_stream)
                        shock = rho * shock + math.sqrt(1 - rho * rho) * sigma * z if shocked \
                            else sigma * z
                        shocked = True
                        k_shock = math.exp(shock - 0.5 * sigma * sigma)
                        o *= k_shock
                        se *= k_shock
                        di *= k_shock
                        af *= k_shock
                        rt *= k_shock
                        paid_before = se + di
                visitors = o + se + di + af + rt
                # funnel
                ic = min(1.0, ic0 * lft)
                sc = min(1.0, sc0 * lft)
                inquiries = visitors * ir
                inquiry_orders = inquiries * ic
                silent = visitors * (1.0 - ir) * sc
                if noisy and open_:
                    inquiry_orders = poisson(month_stream, inquiry_orders)
                    silent = poisson(month_stream, silent)
                orders = inquiry_orders + silent
                orders_per_day = orders / days
                inquiry_revenue = times(aov, inquiry_orders)
                silent_revenue = times(aov, silent)
                revenue = inquiry_revenue + silent_revenue
                conversion = orders / visitors if visitors > 0 else 0.0
                affiliate_spend = of(times(aov, af * conversion), aff_m, aff_s, aff_i)
                # customers, reviews
                customers = customers * keep + orders
                served = inquiry_orders * review_share
                neutral = np.int64(served * neutral_share + 0.5)
                negative = np.int64(served * negative_share + 0.5)
                # staffing: the month's level (tier, bands reached, steps past the table,
                # stage); the need is composed again only when the level changes
                rev = revenue if open_ else 0
                opd = orders_per_day if open_ else 0.0
                tier = 0
                while tier + 1 < n_tiers and rev >= tier_fen[tier + 1]:
                    tier += 1
                reached = 0
                for b in range(n_bands):
                    if opd >= band_at[b]:
                        reached += 1
                steps = 0
                if opd >= beyond_from:
                    for d in range(n_depts):
                        if opd >= beyond_start[d]:
                            steps += 1 + np.int64((opd - beyond_start[d]) / beyond_step[d])
                if not (tier == level_tier and reached == level_bands and steps == level_steps
                        and stage == level_stage):
                    level_tier, level_bands, level_steps, level_stage = tier, reached, steps, stage
                    for d in range(n_depts):
                        counts[d] = tier_counts[0, d]
                    for b in range(n_bands):
                        if opd >= band_at[b]:
                            counts[band_dept[b]] += band_add[b]
                    for d in range(n_depts):
                        if opd >= beyond_start[d]:
                            counts[d] += (1 + np.int64((opd - beyond_start[d]) / beyond_step[d])) \
                                * beyond_add[d]
                        counts[d] = max(counts[d], tier_counts[tier, d], floors[stage, d])
                        placed[d] = 0
                    for k in range(n_roles):
                        fresh[k] = 0
                    for k in range(n_roles):
                        role = mix_role[tier, k]
                        if role < 0:
                            break
                        d = dept_of[role]
                        n = min(mix_count[tier, k], counts[d] - placed[d])
                        fresh[role] += n
                        placed[d] += n
                    for d in range(n_depts):
                        fresh[base_role[d]] += counts[d] - placed[d]
                    changed = False
                    for k in range(n_roles):
                        if fresh[k] != need[k]:
                            changed = True
                            need[k] = fresh[k]
                    if changed:  # a new need (levels apart may need the same team)
                        need_version += 1
                if ring_version[slot] != need_version:
                    for k in range(n_roles):
                        needs[slot, k] = need[k]
                    ring_version[slot] = need_version
                read = slot - lag if t >= lag else 0  # the need of `lag` months ago, or month 1's
                if read < 0:
                    read += ring
                slot = slot + 1 if slot + 1 < ring else 0
                probation = 0
                if open_ and applied_version != ring_version[read]:
                    # a new target: no department shrinks (its people kept when it has more
                    # than the target); the team's pay folded again
                    applied_version = ring_version[read]
                    for d in range(n_depts):
                        staff_dept[d] = 0
                        target_dept[d] = 0
                    for k in range(n_roles):
                        staff_dept[dept_of[k]] += staff[k]
                        target_dept[dept_of[k]] += needs[read, k]
                    hired = False
                    for k in range(n_roles):
                        before = staff[k]
                        now = before if staff_dept[dept_of[k]] > target_dept[dept_of[k]] \
                            else needs[read, k]
                        if now != before:
                            hired = True
                            if not probation_neutral and now > before and \
                                    probation_per_base[k] != 0.0:
                                probation += times(base_fen[k],
                                                   probation_per_base[k] * (now - before))
                            staff[k] = now
                if hired:
                    hired = False
                    people = agents = bonus_people = 0
                    fixed_pay = 0
                    pool = False
                    for k in range(n_roles):
                        n = staff[k]
                        people += n
                        fixed_pay += fixed[k] * n
                        if bonus[k]:
                            bonus_people += n
                        if basis[k] == 3 and n > 0:
                            pool = True
                    fixed_pay += bonus_each * bonus_people
                    agents = staff[0] if basis[0] == 1 else 0
                    n_team = 0
                    for k in range(n_roles):
                        if basis[k] == 2 and staff[k] > 0:
                            team_role[n_team] = k
                            n_team += 1
                # pay: the folded team's fixed pay and bonus, the agents' even shares, the
                # leads' team commission, the pool, less the reviews
                payroll = 0
                if people > 0:
                    payroll = fixed_pay
                    if staff[0] > 0:
                        cs_sales = inquiry_revenue
                        if agents == 1:
                            payroll += of(cs_sales, rate_m[0], rate_s[0], rate_i[0])
                        elif agents > 1:
                            q = cs_sales // agents
                            extra = cs_sales - q * agents
                            if extra > 0:
                                payroll += of(q + 1, rate_m[0], rate_s[0], rate_i[0]) * extra
                            payroll += of(q, rate_m[0], rate_s[0], rate_i[0]) * (agents - extra)
                        for j in range(n_team):
                            k = team_role[j]
                            payroll += of(cs_sales, rate_m[k], rate_s[k], rate_i[k]) * staff[k]
                    if pool:
                        payroll += of(silent_revenue, pool_m, pool_s, pool_i)
                    if bonus_people > 0:
                        payroll -= per_neutral * neutral + per_negative * negative
                if open_:
                    payroll += temporary[t] + probation
                # profit and loss
                promotion = search_spend + display_spend + affiliate_spend
                refunds = of(revenue, refund_m, refund_s, refund_i) if refund_prepared \
                    else times(revenue, refund)
                net = revenue - refunds
                gross = net - of(net, goods_m, goods_s, goods_i)
                fee = annual_fee if open_ and months_open % 12 == 0 else 0
                bought = purchases[t] + software[last_stage] if entered else purchases[t]
                operating = gross - of(net, comm_m, comm_s, comm_i) - fee - promotion - payroll - \
                    of(net, ship_m, ship_s, ship_i) - of(net, tax_m, tax_s, tax_i) - of(net, other_m, other_s, other_i)
                cumulative += operating - deposits[t] - bought
                profit_sum += operating
                if payback == 0 and profit_sum >= investment:
                    payback = t + 1
                cash_out[r, t] = cumulative / 100.0
                # the stage transition
                if lift_all == 1.0:
                    campaign_revenue = 0
                elif lift_all == campaign[t]:  # the plan's lift: its decimal is known
                    campaign_revenue = revenue - times_decimal(revenue, 1.0 / lift_all,
                                                               campaign_m[t], campaign_s[t])
                else:
                    campaign_revenue = revenue - times(revenue, 1.0 / lift_all)
                counted = revenue - campaign_revenue if excludes[stage] else revenue
                stage_months += 1
                met = target[stage] == 0 or counted >= target[stage]
                streak = streak + 1 if met else 0
                needed = 0 if target[stage] == 0 else confirm
                if not (stage_months < min_months[stage] or streak < needed or streak == 0) \
                        and stage + 1 < n_stages:
                    stage += 1
                    stage_months = 0
                    streak = 0
                last_revenue = revenue
                if open_:
                    months_open += 1

    return run_months


def monte_carlo_cash(plan: storeops.Plan, runs: int, months: int = 36, seed: int = 0,
                     first_run: int = 0) -> np.ndarray:
    """Cumulative cash in yuan, runs × months: storeops.monte_carlo(plan, runs, months, seed,
    columns=["cumulative_cash"])'s, to the fen."""
    a = plan_arrays(plan, months)
    out = np.empty((runs, months))
    kernel()(seed, first_run, runs, months, out, a["dist"], a["params"], a["season"], a["lift"],
             a["campaign"], a["temporary"], a["deposits"], a["purchases"], a["investment"],
             a["target"], a["excludes"], a["software"], a["min_months"], a["confirm"],
             a["floors"], a["trial"], a["trial_month"], a["tier_fen"], a["tier_counts"],
             a["mix_role"], a["mix_count"], a["band_at"], a["band_dept"], a["band_add"],
             a["beyond_start"], a["beyond_step"], a["beyond_add"], a["lag"], a["dept_of"],
             a["base_role"], a["fixed"], a["bonus"], a["basis"], a["rate_m"], a["rate_s"],
             a["bonus_each"], a["per_neutral"], a["per_negative"], a["pool"][0], a["pool"][1],
             a["probation_per_base"], a["probation_neutral"], a["base_fen"], a["market"],
             a["rates"], a["refund_plan"], a["refund_rate"][0], a["refund_rate"][1],
             a["annual_fee"], a["campaign_m"], a["campaign_s"], a["campaigns_in"], a["noise"])
    return out


def smooth_preset() -> storeops.Plan:
    """The seed plan with smooth months: the plan the peer is checked and timed on."""
    plan = storeops.presets.tmall_2014()
    plan.market.monthly_traffic_noise = 0.0
    plan.market.campaign_lift_noise = 0.0
    return plan


if __name__ == "__main__":
    plan = smooth_preset()
    runs = 2000
    ours = monte_carlo_cash(plan, runs, 36, seed=1)
    theirs = storeops.monte_carlo(plan, runs=runs, months=36, seed=1, threads=1,
                                  columns=["cumulative_cash"]).cumulative_cash
    diff = np.argwhere(np.round(ours * 100) != np.round(np.asarray(theirs) * 100))
    print(f"{len(diff)} of {ours.size} store-months differ", diff[:5])
