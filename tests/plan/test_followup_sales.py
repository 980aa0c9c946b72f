"""Sales and profit reported at meetings against the group's business analysis, worked by hand."""

from __future__ import annotations

import datetime as dt

from pra.i18n import set_language
from pra.model import Workshop
from pra.model.business import BusinessAnalysis, FixedCost, Product, Season
from pra.plan.followup import (
    early_warnings,
    group_progress,
    profit_warning,
    profitable,
    report_month,
    sales_against_plan,
    suggest_met,
)

from .followup_factory import meeting, workshop

# Kue bolu: Rp 3.000 a piece, cost 1.400 + 300 + 100 = 1.800, 400 pieces an ordinary month;
# Ramadan (March and April) sells 150%: 400 × 150% = 600 pieces; rent Rp 100.000 a month.
#   ordinary month: sales 400 × 3.000 = 1.200.000, profit 1.200.000 − 720.000 − 100.000 = 380.000
#   March, April:   sales 600 × 3.000 = 1.800.000, profit 1.800.000 − 1.080.000 − 100.000 = 620.000
ANALYSIS = BusinessAnalysis(
    products=(
        Product(
            id="bolu",
            name="Kue bolu",
            unit="potong",
            price=3_000,
            materials=1_400,
            labour=300,
            packaging=100,
            units_per_month=400,
        ),
    ),
    seasons=(Season(id="ramadan", label="Ramadan", months=(3, 4), percent=150),),
    fixed_costs=(FixedCost(id="sewa", label="Sewa tempat", amount=100_000),),
)


def _reports() -> Workshop:
    """Monthly meetings on the 1st, and one on 15 February; each report covers the period
    from the previous meeting to the day before, and counts in the month of its midpoint:
      1 Jan   first meeting, reports nothing
      1 Feb   1 Jan–31 Jan, midpoint 16 Jan → January: 1.000.000 − 700.000 = 300.000 (below 380.000)
      15 Feb  1 Feb–14 Feb, midpoint 7 Feb → February: 600.000 − 350.000
      1 Mar   15 Feb–28 Feb, midpoint 21 Feb → February: 700.000 − 400.000; February adds up to
              1.300.000 − 750.000 = 550.000 (not below)
      1 Apr   March (midpoint 16 Mar): 1.500.000 − 1.000.000 = 500.000 (below 620.000)
      1 May   April (midpoint 15 Apr): sales 1.400.000 without costs (no profit)
      1 Jun   May (midpoint 16 May): 1.100.000 − 800.000 = 300.000 (below)
      1 Jul   June (midpoint 15 Jun): 1.000.000 − 750.000 = 250.000 (below)"""
    figures = [
        (dt.date(2026, 1, 1), None, None),
        (dt.date(2026, 2, 1), 1_000_000, 700_000),
        (dt.date(2026, 2, 15), 600_000, 350_000),
        (dt.date(2026, 3, 1), 700_000, 400_000),
        (dt.date(2026, 4, 1), 1_500_000, 1_000_000),
        (dt.date(2026, 5, 1), 1_400_000, None),
        (dt.date(2026, 6, 1), 1_100_000, 800_000),
        (dt.date(2026, 7, 1), 1_000_000, 750_000),
    ]
    meetings = [
        meeting(f"m{i}", day, {"p1": {}, "p2": {}, "p3": {}, "p4": {}}, sales=sales, costs=costs)
        for i, (day, sales, costs) in enumerate(figures)
    ]
    ws = workshop(meetings)
    group = ws.groups[0].model_copy(update={"analysis": ANALYSIS})
    return ws.model_copy(update={"groups": (group,)})


def test_a_report_counts_in_the_month_of_the_middle_of_the_period_it_covers() -> None:
    # monthly on the 1st: 1–30 November, midpoint 15 November
    assert report_month(dt.date(2026, 11, 1), dt.date(2026, 12, 1)) == dt.date(2026, 11, 1)
    # monthly on the 15th: 15 January – 14 February, midpoint 30 January
    assert report_month(dt.date(2026, 1, 15), dt.date(2026, 2, 15)) == dt.date(2026, 1, 1)
    # weekly: 1–7 December, midpoint 4 December; 24–30 November, midpoint 27 November
    assert report_month(dt.date(2026, 12, 1), dt.date(2026, 12, 8)) == dt.date(2026, 12, 1)
    assert report_month(dt.date(2026, 11, 24), dt.date(2026, 12, 1)) == dt.date(2026, 11, 1)
    # a week across two months: 28 November – 4 December, midpoint 1 December
    assert report_month(dt.date(2026, 11, 28), dt.date(2026, 12, 5)) == dt.date(2026, 12, 1)
    # a first meeting, with no previous one, counts in its own month
    assert report_month(None, dt.date(2026, 12, 1)) == dt.date(2026, 12, 1)


def test_each_report_stands_against_the_analysis_of_the_month_it_counts_in() -> None:
    ws = _reports()
    rows = sales_against_plan(ws.groups[0], dt.date(2026, 7, 1))
    assert [
        (r.month, r.sales, r.costs, r.profit, r.planned_sales, r.planned_profit, r.below_plan)
        for r in rows
    ] == [
        (dt.date(2026, 1, 1), 1_000_000, 700_000, 300_000, 1_200_000, 380_000, True),
        (dt.date(2026, 2, 1), 1_300_000, 750_000, 550_000, 1_200_000, 380_000, False),
        (dt.date(2026, 3, 1), 1_500_000, 1_000_000, 500_000, 1_800_000, 620_000, True),
        (dt.date(2026, 4, 1), 1_400_000, None, None, 1_800_000, 620_000, False),
        (dt.date(2026, 5, 1), 1_100_000, 800_000, 300_000, 1_200_000, 380_000, True),
        (dt.date(2026, 6, 1), 1_000_000, 750_000, 250_000, 1_200_000, 380_000, True),
    ]
    # the progress value the dashboard and the report read holds the same rows
    assert group_progress(ws, ws.groups[0], dt.date(2026, 7, 1)).sales == rows


def test_a_first_meeting_counts_in_its_own_month() -> None:
    ws = workshop(
        [meeting("m0", dt.date(2026, 3, 20), {"p1": {}}, sales=1_500_000, costs=1_000_000)]
    )
    group = ws.groups[0].model_copy(update={"analysis": ANALYSIS})
    # no previous meeting: March, against March's plan (Ramadan: 1.800.000, profit 620.000)
    assert [
        (r.month, r.planned_sales, r.planned_profit)
        for r in sales_against_plan(group, dt.date(2026, 3, 31))
    ] == [(dt.date(2026, 3, 1), 1_800_000, 620_000)]


def test_profit_below_plan_in_each_of_the_last_three_reported_months_is_a_warning() -> None:
    set_language("id")
    ws = _reports()
    group = ws.groups[0]
    # on 30 June June's sales are not reported yet (they are at the 1 July meeting): the last
    # three months with costs are Feb (not below), Mar, May
    assert profit_warning(group, dt.date(2026, 6, 30)) is None
    # on 1 July: Mar, May, Jun, all below (April reported no costs and is passed over):
    # profit 500.000 + 300.000 + 250.000 = 1.050.000; plan 620.000 + 380.000 + 380.000 = 1.380.000
    # The three months are named one by one: "Maret 2026 – Juni 2026" would span four.
    warning = profit_warning(group, dt.date(2026, 7, 1))
    assert warning is not None
    text = (
        "laba usaha di bawah rencana analisis usaha dalam 3 bulan terakhir yang dilaporkan "
        "(Maret 2026, Mei 2026, Juni 2026; bulan di antaranya tanpa laba yang dilaporkan): "
        "Rp\u00a01.050.000, rencana Rp\u00a01.380.000"
    )
    assert warning.text() == text
    assert text in [w.text() for w in early_warnings(ws, group, dt.date(2026, 7, 1))]


def test_without_a_business_analysis_nothing_is_compared() -> None:
    ws = workshop([meeting("m0", dt.date(2026, 1, 20), {"p1": {}}, sales=500_000, costs=600_000)])
    assert sales_against_plan(ws.groups[0], dt.date(2026, 6, 30)) == ()
    assert profit_warning(ws.groups[0], dt.date(2026, 6, 30)) is None


def test_profitable_means_profit_at_or_above_the_plan_over_the_last_three_reported_months() -> None:
    ws = _reports()
    group = ws.groups[0]
    # on 31 March: January 300.000 + February 550.000 = 850.000 against 380.000 + 380.000 =
    # 760.000: at or above the plan (January alone was below)
    assert profitable(group, dt.date(2026, 3, 31)) is True
    # on 30 June: February 550.000 + March 500.000 + May 300.000 = 1.350.000 against
    # 380.000 + 620.000 + 380.000 = 1.380.000: below the plan by 30.000, although sales were
    # above costs in every month (the old reading called that profitable); no warning yet,
    # as February was not below its plan
    assert profitable(group, dt.date(2026, 6, 30)) is False
    assert profit_warning(group, dt.date(2026, 6, 30)) is None
    # on 1 July: March, May, June 1.050.000 against 1.380.000: not profitable, and warned
    assert profitable(group, dt.date(2026, 7, 1)) is False
    assert profit_warning(group, dt.date(2026, 7, 1)) is not None
    # the records offer the criterion to the assessor by the same rule
    assert ("business", "profitable") in suggest_met(ws, group, dt.date(2026, 3, 31))
    assert ("business", "profitable") not in suggest_met(ws, group, dt.date(2026, 6, 30))


def test_a_group_is_never_profitable_and_warned_of_a_profit_below_plan_on_the_same_day() -> None:
    ws = _reports()
    group = ws.groups[0]
    day = dt.date(2026, 1, 1)
    while day <= dt.date(2026, 8, 1):
        assert not (profitable(group, day) and profit_warning(group, day) is not None), day
        day += dt.timedelta(days=1)


def test_without_a_business_analysis_profitable_means_sales_above_costs() -> None:
    loss = workshop([meeting("m0", dt.date(2026, 1, 20), {"p1": {}}, sales=500_000, costs=600_000)])
    gain = workshop([meeting("m0", dt.date(2026, 1, 20), {"p1": {}}, sales=700_000, costs=600_000)])
    assert profitable(loss.groups[0], dt.date(2026, 6, 30)) is False
    assert profitable(gain.groups[0], dt.date(2026, 6, 30)) is True
    # with an analysis, sales reported without their costs prove nothing either way
    no_costs = workshop([meeting("m0", dt.date(2026, 1, 20), {"p1": {}}, sales=700_000)])
    planned = no_costs.groups[0].model_copy(update={"analysis": ANALYSIS})
    assert profitable(planned, dt.date(2026, 6, 30)) is False


def test_the_criterion_says_what_it_judges_in_both_languages() -> None:
    from pra.plan.followup.criteria import criterion_text

    # short enough for its row at 100x30 ("Usaha produktif: " before it); "rencana" is the
    # business analysis's plan (sales and profit per month), as on the progress tab
    assert criterion_text("business", "profitable", "id") == (
        "Laba 3 bulan terakhir mencapai rencana (tanpa rencana: di atas nol)"
    )
    assert criterion_text("business", "profitable", "en") == (
        "Last 3 months' profit at or above plan (no plan: above zero)"
    )


def test_the_month_selling_starts_is_planned_for_its_selling_days_as_in_the_cash_flow() -> None:
    """Palembang's Sedap Malam starts selling on 22 Sep 2003 (its step "Menitipkan kue …"): 9 of
    30 days. The business plan's cash flow counts September as 450 Kue bolu (1.500 × 9 ÷ 30)
    at 1.000 and 180 maksuba (600 × 9 ÷ 30) at 1.500 = 720.000, costing 450 × 600 + 180 × 850
    = 423.000, fixed 230.000: profit 67.000. The report's plan for September is that, not the
    full month's 2.400.000 and 760.000 (#15); October is a full month again."""
    from pra.plan.business import analysis_start, business_plan, sales_start
    from pra.resources import example_path

    ws = Workshop.model_validate_json(example_path("palembang").read_text(encoding="utf-8"))
    sedap = ws.groups[0]
    start = sales_start(sedap)
    assert start is not None and start.day == dt.date(2003, 9, 22)
    rows = {m.month: m for m in sales_against_plan(sedap, dt.date(2004, 6, 6))}
    september, october = rows[dt.date(2003, 9, 1)], rows[dt.date(2003, 10, 1)]
    assert (september.planned_sales, september.planned_profit) == (720_000, 67_000)
    assert (october.planned_sales, october.planned_profit) == (2_400_000, 760_000)
    cash = next(
        m
        for m in business_plan(sedap, analysis_start(sedap, ws.info.date)).months
        if m.period.start == dt.date(2003, 9, 1)
    )
    assert cash.sales == september.planned_sales
    assert cash.sales - cash.cost_of_sales - cash.fixed_costs == september.planned_profit
