"""The storeops command line: ``python -m storeops --help``."""

from __future__ import annotations

import argparse
import pathlib
import sys
from typing import TYPE_CHECKING, Any, Callable, Sequence

if TYPE_CHECKING:
    import pandas as pd

DESCRIPTION = """\
Plan and run an online store on Tmall or Taobao: who to hire and when, what each person
is paid, how visitors become orders, and when the money invested comes back.

Start from the seed plan (the 2014 Tmall plan the library is built from):
  python -m storeops preset plan.json          write the seed plan to plan.json
  python -m storeops check plan.json           list what in the plan contradicts itself
  python -m storeops simulate plan.json        month by month for 36 months
  python -m storeops montecarlo plan.json      10,000 possible futures at once
  python -m storeops track report.csv --start 2014-02-01
                                               a running store's daily report against the
                                               plan, and when it pays back from here
  python -m storeops campaign --visitors 200000
                                               the 双11 day hour by hour: agents, packers,
                                               their rosters at least cost, and the stock
  python -m storeops items report.csv --catalog catalog.csv --today 2014-09-30
                                               the items to push, drop and reorder
  python -m storeops assess records/ --month 2014-09
                                               the month's assessment sheet (考核表)
Edit plan.json (amounts in yuan, rates as 0.02 for 2%) and run again.
"""


def main(argv: Sequence[str] | None = None) -> int:
    from .simulation import DEFAULT_RUNS

    parser = argparse.ArgumentParser(
        prog="python -m storeops", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", help="run the seed plan, 10,000 futures, and draw plots")
    demo.add_argument("--out", default="out", help="folder for the plots (default: out)")
    demo.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                      help=f"futures to sample (default {DEFAULT_RUNS:,})")

    preset = commands.add_parser("preset", help="write a ready-made plan to a JSON file")
    preset.add_argument("path", help="where to write the plan, e.g. plan.json")
    preset.add_argument("--force", action="store_true",
                        help="overwrite the file if it exists (without it, an existing file is kept)")

    check = commands.add_parser("check", help="list contradictions and risky settings in a plan")
    check.add_argument("plan", help="the plan file (JSON)")

    simulate = commands.add_parser(
        "simulate", help="run a plan month by month; write a table (CSV, Excel) and plots")
    simulate.add_argument("plan", help="the plan file (JSON)")
    simulate.add_argument("--months", type=int, default=36, help="months to run (default 36)")
    simulate.add_argument("--out", default="out", help="folder for the reports (default: out)")
    simulate.add_argument("--labels", default="en", choices=["en", "zh"],
                          help="column names and plots in English or Chinese (default en)")

    mc = commands.add_parser(
        "montecarlo", help="run many possible futures; write percentiles (CSV, Excel) and plots")
    mc.add_argument("plan", help="the plan file (JSON)")
    mc.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                    help=f"futures to sample (default {DEFAULT_RUNS:,})")
    mc.add_argument("--months", type=int, default=36, help="months to run (default 36)")
    mc.add_argument("--seed", type=int, default=0, help="the same seed gives the same futures")
    mc.add_argument("--threads", type=int, default=0, help="CPU threads (default: all)")
    mc.add_argument("--out", default="out", help="folder for the reports (default: out)")
    mc.add_argument("--labels", default="en", choices=["en", "zh"],
                    help="plots in English or Chinese (default en)")
    mc.add_argument("--capital", type=float, default=None, metavar="CONFIDENCE",
                    help="print the capital that keeps cash above zero in this share of "
                         "futures, e.g. 0.9")

    track = commands.add_parser(
        "track", help="a store's daily report against its plan, and the re-forecast from there")
    track.add_argument("report", help="the daily report (.csv in UTF-8 or GBK, or .xlsx)")
    track.add_argument("--start", required=True,
                       help="the calendar date of plan month 1, e.g. 2014-02-01")
    track.add_argument("--plan", default=None, help="the plan file (JSON; default: the seed plan)")
    track.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                       help=f"futures to sample for the re-forecast (default {DEFAULT_RUNS:,})")
    track.add_argument("--months", type=int, default=36,
                       help="the horizon from plan month 1 (default 36)")
    track.add_argument("--seed", type=int, default=0, help="the same seed gives the same futures")
    track.add_argument("--threads", type=int, default=0, help="CPU threads (default: all)")
    track.add_argument("--labels", default="en", choices=["en", "zh"],
                       help="column names in English or Chinese (default en)")

    campaign = commands.add_parser(
        "campaign", help="a big campaign day hour by hour: staff, rosters and stock")
    campaign.add_argument("--visitors", type=float, required=True,
                          help="the day's visitors (UV), e.g. 200000")
    campaign.add_argument("--plan", default=None, help="the plan file (JSON; default: the seed plan)")
    campaign.add_argument("--month", default="双11",
                          help="the campaign (a name in the plan, e.g. 双11, or a plan month "
                               "number) whose conversion lift applies; 'none' for a normal "
                               "day (default 双11)")
    campaign.add_argument("--units-per-order", type=float, default=1.0,
                          help="units in an order, for the stock (default 1)")
    campaign.add_argument("--labels", default="en", choices=["en", "zh"],
                          help="column names in English or Chinese (default en)")
    campaign.add_argument("--out", default="out", help="folder for the tables and the plot")

    items = commands.add_parser(
        "items", help="review the catalogue from an item report: push, drop, reorder")
    items.add_argument("report", help="the item report (.csv in UTF-8 or GBK, or .xlsx)")
    items.add_argument("--catalog", required=True, help="the catalogue (.csv or .xlsx)")
    items.add_argument("--today", required=True, help="the day of the review, e.g. 2014-09-30")
    items.add_argument("--service-level", type=float, default=0.95,
                       help="chance of not running out within a lead time (default 0.95)")
    items.add_argument("--labels", default="en", choices=["en", "zh"],
                       help="column names in English or Chinese (default en)")

    assess = commands.add_parser(
        "assess", help="the month's assessment sheet (考核表) from a folder of its records")
    assess.add_argument("records", help="the folder: people.csv, chats.csv, shipments.csv, "
                                        "returns.csv, ads.csv, month_plan.json")
    assess.add_argument("--month", required=True, help="the month assessed, e.g. 2014-09")
    assess.add_argument("--plan", default=None, help="the plan file (JSON; default: the seed plan)")
    assess.add_argument("--start", default="2014-02",
                        help="the calendar month of plan month 1 (default 2014-02, the seed's)")
    assess.add_argument("--out", default=None, help="write the sheet to this .xlsx file")

    args = parser.parse_args(argv)
    try:
        return _run(args)
    except (ValueError, OSError) as err:  # storeops.Error is a ValueError
        print(f"storeops: {err}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    import storeops

    out = pathlib.Path(getattr(args, "out", None) or "out")
    if args.command == "demo":
        from .demo import run

        run(out, stream=sys.stdout, runs=args.runs)
        return 0
    if args.command == "preset":
        if pathlib.Path(args.path).exists() and not args.force:
            print(f"storeops: {args.path} exists; pass --force to overwrite it", file=sys.stderr)
            return 2
        storeops.presets.tmall_2014().save(args.path)
        print(f"wrote the seed plan to {args.path}")
        return 0
    if args.command == "track":
        return _track(args)
    if args.command == "campaign":
        return _campaign(args, out)
    if args.command == "items":
        return _items(args)
    if args.command == "assess":
        return _assess(args)
    plan = storeops.load_plan(args.plan)
    if args.command == "check":
        findings = storeops.check(plan)
        for f in findings:
            print(f"[{f.severity}] {f.message} ({f.source})")
        print(f"{len(findings)} finding(s)")
        return 1 if any(f.severity == "invalid" for f in findings) else 0
    out.mkdir(parents=True, exist_ok=True)
    if args.command == "simulate":
        from .export import tidy
        from .labels import rename

        sim = storeops.simulate(plan, months=args.months)
        frame = sim.to_frame()
        print(rename(tidy(frame), args.labels).to_string(index=False, float_format="{:,.2f}".format))
        print(f"payback month: {sim.payback_month or 'not within the months simulated'}")
        written = _tables(out, "simulation", {"months": frame,
                                              "all columns": sim.to_frame(columns="all")},
                          args.labels)
        lang = args.labels
        written += _figures(out, [
            ("cash_curve.png", lambda ax: sim.plot("cash", ax=ax, labels=lang)),
            ("revenue.png", lambda ax: sim.plot("overview", ax=ax, labels=lang)),
            ("headcount_steps.png", lambda ax: sim.plot("headcount", ax=ax, labels=lang))])
    else:
        result = storeops.monte_carlo(plan, runs=args.runs, months=args.months, seed=args.seed,
                                      threads=args.threads, progress=True)
        summary = result.summary()
        print(summary.to_string(index=False, float_format="{:,.2f}".format))
        print(f"share of runs that pay back within {args.months} months: {result.payback_share:.1%}")
        if args.capital is not None:
            need = result.capital_required(args.capital)
            print(f"capital needed to keep cash at or above zero in {args.capital:.0%} of futures: "
                  f"¥{need.yuan:,.2f}")
        sheets = {"summary": summary, "payback": result.payback_distribution(),
                  "stages": result.stage_probability()}
        for column in ("revenue", "operating_profit", "cumulative_cash"):
            sheets[column] = result.quantiles(column)
        written = _tables(out, "montecarlo", sheets, args.labels)
        lang = args.labels
        written += _figures(out, [
            ("revenue_fan.png", lambda ax: result.plot("fan", column="revenue", ax=ax, labels=lang)),
            ("cash_fan.png",
             lambda ax: result.plot("fan", column="cumulative_cash", ax=ax, labels=lang)),
            ("payback.png", lambda ax: result.plot("payback", ax=ax, labels=lang)),
            ("cash_low_points.png", lambda ax: result.plot("cash", labels=lang)),
            ("stages.png", lambda ax: result.plot("stages", ax=ax, labels=lang))])
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def _track(args: argparse.Namespace) -> int:
    import storeops

    from .labels import label, rename

    plan = storeops.load_plan(args.plan) if args.plan else storeops.presets.tmall_2014()
    daily = storeops.read_daily(args.report)
    lang = args.labels
    table = storeops.track(plan, daily, start=args.start).to_frame(labels=lang)
    print(table.to_string(index=False, float_format="{:,.2f}".format))
    fitted = storeops.fitted_inputs(plan, daily, start=args.start)
    print()
    print(rename(fitted, lang).to_string(index=False, float_format="{:,.4g}".format))
    result = storeops.reforecast(plan, daily, start=args.start, runs=args.runs,
                                 months=args.months, seed=args.seed, threads=args.threads)
    print()
    print(rename(result.summary(), lang).to_string(index=False, float_format="{:,.2f}".format))
    print(f"capital needed from month 1 to keep cash above zero in 90% of futures: "
          f"¥{result.capital_required(0.9).yuan:,.2f}")
    paid = result.payback_distribution()
    changes = paid[paid["paid_back"].diff().fillna(paid["paid_back"]) != 0]
    print()
    print(f"{label('payback', lang)}: {label('paid_back', lang)} "
          f"({result.runs:,} runs, months {result.first_month}-{result.last_month})")
    print(rename(changes, lang).to_string(index=False, float_format="{:.1%}".format))
    return 0


def _campaign(args: argparse.Namespace, out: pathlib.Path) -> int:
    import storeops

    from .labels import rename

    plan = storeops.load_plan(args.plan) if args.plan else storeops.presets.tmall_2014()
    month: int | str | None = args.month
    if args.month.lower() == "none":
        month = None
    elif args.month.isdigit():
        month = int(args.month)
    lang = args.labels
    day = storeops.campaign_day(plan, day_visitors=args.visitors, month=month,
                                units_per_order=args.units_per_order)
    print(day.to_frame(labels=lang).to_string(index=False, float_format="{:,.1f}".format))
    for title, result in (("customer-service roster (客服值班表)", day.cs_roster),
                          ("shipping roster (发货值班表)", day.packing_roster)):
        print()
        print(f"{title}: {result.cost}{'' if result.optimal else f' (gap {result.gap:.1%})'}")
        print(storeops.roster_frame(result, labels=lang).to_string(index=False,
                                                                     float_format="{:,.2f}".format))
    print()
    print(day.stock_frame(labels=lang).to_string(float_format="{:,.2f}".format))
    print(f"temporary staff for the day (paid per shift, not hired): {day.temporary_staff_cost}")
    out.mkdir(parents=True, exist_ok=True)
    written = _tables(out, "campaign_day", {
        "hours": day.hours, "cs roster": storeops.roster_frame(day.cs_roster),
        "shipping roster": storeops.roster_frame(day.packing_roster),
        "stock list": day.stock.reset_index()}, lang)
    written += _figures(out, [("campaign_day.png", lambda ax: day.plot(ax=ax, labels=lang))])
    print("wrote " + ", ".join(str(p) for p in written))
    return 0


def _items(args: argparse.Namespace) -> int:
    import storeops

    from .labels import name_of, rename

    catalog = storeops.read_catalog(args.catalog)
    report = storeops.read_items(args.report)
    lang = args.labels
    findings = catalog.check()
    for rule, clause, found, ids in zip(findings["rule"], findings["clause"], findings["found"],
                                        findings["items"]):
        print(f"[mix] {rule}: found {found} ({clause}): {', '.join(ids)}")
    review = storeops.review_items(catalog, report, today=args.today)
    names = {i.item: i.name for i in catalog.items}
    review.insert(0, "name", [names[i] for i in review.index])
    review["stage"] = review["stage"].map(lambda s: name_of(s, lang))
    review.index.name = name_of("item", lang)
    print(rename(review, lang).to_string(float_format="{:,.4g}".format))
    for title, rows in (("push this month", review[review["push"]]),
                        ("take off the shelves (no sale in 30 days)", review[review["delist"]])):
        print(f"\n{title}: " + (", ".join(f"{i} {n}" for i, n in zip(rows.index, rows["name"])) or "none"))
    stock = storeops.restock(catalog, report, today=args.today, service_level=args.service_level)
    reorder = stock[stock["order_quantity"] > 0].copy()
    reorder.insert(0, "name", [names[i] for i in reorder.index])
    reorder.index.name = name_of("item", lang)
    print(f"\nreorder list ({int(stock['alert'].sum())} items at or below their reorder point, 警戒库存):")
    print(rename(reorder, lang).to_string(float_format="{:,.1f}".format))
    return 0


def _assess(args: argparse.Namespace) -> int:
    import storeops

    from .assessment import assess_records, to_sheet_excel

    plan = storeops.load_plan(args.plan) if args.plan else storeops.presets.tmall_2014()
    sheet = assess_records(args.records, month=args.month, plan=plan, start=args.start)
    shown = ["role", "department", "total_score", "band", "factor", "passed"]
    print(sheet[shown].to_string(float_format="{:,.1f}".format))
    for person, row in sheet.iterrows():
        if row["missing"]:
            print(f"{person}: no records for {', '.join(row['missing'])}")
    if args.out:
        print(f"wrote {to_sheet_excel(sheet, args.out)}")
    return 0


def _tables(out: pathlib.Path, stem: str, sheets: dict[str, pd.DataFrame],
            labels: str) -> list[pathlib.Path]:
    from .export import write_tables

    written = write_tables(out, stem, sheets, labels=labels)
    if len(written) == 1:
        print("storeops: openpyxl is not installed; skipping the Excel report "
              "(pip install 'storeops[reports]')", file=sys.stderr)
    return written


def _figures(out: pathlib.Path, figures: list[tuple[str, Callable[[Any], Any]]]) -> list[pathlib.Path]:
    from .plots import save_figures

    written = save_figures(out, figures)
    if not written:
        print("storeops: matplotlib is not installed, so no plots were drawn "
              "(pip install 'storeops[plot]')", file=sys.stderr)
    return written
