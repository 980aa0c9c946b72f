"""The cash flow's verdict in a few sentences, for page 1 and the analysis summary (#13).

The capacity sentence judges an ordinary month and the weakest one; a lender reading page 1
must also learn what the cash-flow table shows month by month (review11p finding 1: page 1 said
"cukup" and one weak month while page 12 listed twelve months of "kas kelompok kurang"):

- in how many months the cash cannot pay what falls due, from when to when, and the largest
  shortfall with its month;
- whether the cash is still short after the last instalment;
- in how many months the instalments can be paid only with the money set aside for costs
  paid ahead, and by how much: a shortfall, since that money cannot pay both;
- when the first instalment falls before selling starts, both days and the months of
  instalments without sales (Pertukangan: "angsuran pertama 1 September 2003, penjualan mulai
  1 Januari 2004").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from pra.plan.notice import Money, Notice
from pra.plan.shortfall import lender_shares

if TYPE_CHECKING:
    from pra.model import BusinessGroup
    from pra.plan.business import BusinessPlan, CashMonth
    from pra.plan.periods import Period


def capacity_verdict(
    group: BusinessGroup, plan: BusinessPlan, names: Mapping[str, str] | None = None
) -> tuple[Notice, ...]:
    """The repayment-capacity verdict, the same sentences wherever it is said (page 1, the
    printed analysis, the analysis summary on the screen): the capacity of an ordinary month
    (the last of ``plan.lines``), the weakest month with something due whenever it leaves
    less (:func:`pra.plan.business.capacity_note`, enough or not), then what the cash flow
    shows (:func:`cash_notes`). A group whose products name the members who run them is
    judged business by business instead (:func:`pra.plan.makers.makers_verdict`). Review
    rev13-code F-c: the screen dropped a weakest month that still pays, and the printed
    analysis the cash flow's sentences."""
    from pra.plan.business import capacity_note
    from pra.plan.makers import makers, makers_verdict

    found = makers(group, plan)
    if found is not None:
        # members' own businesses: each judged on its own, never pooled (#13); ``names`` says
        # who runs which (their ids without it)
        return (*makers_verdict(found, names or {}), *cash_notes(group, plan))
    note = capacity_note(plan.capacity)
    line = _ordinary_only(plan.lines[-1]) if short_months(plan) else plan.lines[-1]
    return (line, *((note,) if note is not None else ()), *cash_notes(group, plan))


def _ordinary_only(line: Notice) -> Notice:
    """An ordinary month's "enough" said as true of ordinary months only, when the cash flow is
    short in some month (rev14-lender 4: the printed analysis said "cukup" above the months the
    group cannot pay)."""
    if line.key == "plan.business.capacity_enough":
        return Notice("plan.business.capacity_enough_ordinary", line.params)
    inner = line.params.get("line")
    if line.key == "plan.business.capacity_and_assumed" and isinstance(inner, Notice):
        return Notice(line.key, {**line.params, "line": _ordinary_only(inner)})
    return line


def cash_notes(group: BusinessGroup, plan: BusinessPlan) -> tuple[Notice, ...]:
    """The sentences above, those that apply; none for a cash flow that pays everything after
    selling starts."""
    found = [*_short_notes(group, plan), *_before_sales(group, plan)]
    return tuple(found)


def short_months(plan: BusinessPlan) -> list[tuple[CashMonth, int]]:
    """The months with something due whose closing cash is below what is still set aside
    for costs paid ahead (zero when nothing is), each with its shortfall, in calendar order:
    one rule for every month (rev14-lender 1), as in the warnings."""
    months = plan.months
    kept = plan.reserve or (0,) * len(months)
    return [
        (m, left - m.closing)
        for m, left in zip(months, kept, strict=True)
        if m.repayments and left - m.closing > 0
    ]


def _short_notes(group: BusinessGroup, plan: BusinessPlan) -> list[Notice]:
    short = short_months(plan)
    found = []
    if short:
        worst, most = max(short, key=lambda s: s[1])  # the earliest of equals
        params: dict[str, object] = {
            "count": len(short),
            "first": short[0][0].period,
            "last": short[-1][0].period,
            "worst_period": worst.period,
            "worst": Money(most),
            "lender": _lender_part(group, worst),
        }
        key = (
            "plan.business.cash_short_months"
            if len(short) > 1
            else "plan.business.cash_short_month"
        )
        found.append(Notice(key, params))
        paying = [m for m in plan.months if m.instalments or m.lender]
        if paying:
            last = paying[-1]  # the month of the last instalment, its closing cash
            lacking = {m.index: gap for m, gap in short}.get(last.index, 0)
            if lacking:
                found.append(
                    Notice(
                        "plan.business.cash_after_last_short",
                        {"period": last.period, "amount": Money(lacking)},
                    )
                )
            else:
                # the last short month, not the last instalment's (rev14-lender 5: Penjahit's
                # cash is short to October 2003, not "until June 2004")
                kept = plan.reserve[last.index] if plan.reserve else 0
                found.append(
                    Notice(
                        "plan.business.cash_after_last_enough",
                        {
                            "short": short[-1][0].period,
                            "period": last.period,
                            "amount": Money(last.closing - kept),
                        },
                    )
                )
    # the shortfall of a month still holding money set aside counts that money, which cannot
    # buy the materials and pay the instalments both (rev13b-lender 5): said once, after the
    # shortfall it explains, without its figures again (rev14-lender 1, 2), of the months it
    # is true of: "kekurangan itu" after the largest shortfall pointed at that month, which
    # may hold none of it (rev16-lender 14: Pertukangan, February 2004)
    from_reserve = [
        cast("Period", w.params["period"])
        for w in plan.warnings
        if w.key == "plan.business.short_reserve"
    ]
    if from_reserve:
        found.append(Notice("plan.business.cash_from_reserve", {"months": _runs(from_reserve)}))
    return found


def _runs(periods: list[Period]) -> tuple[Period | Notice, ...]:
    """Months in order said as runs: one month by its name, consecutive ones "September 2003
    sampai Desember 2003"."""
    runs: list[list[Period]] = []
    for period in periods:
        if runs and period.index == runs[-1][-1].index + 1:
            runs[-1].append(period)
        else:
            runs.append([period])
    return tuple(
        run[0]
        if len(run) == 1
        else Notice("plan.business.reserve_run", {"first": run[0], "last": run[-1]})
        for run in runs
    )


def _lender_part(group: BusinessGroup, month: CashMonth) -> Notice | str:
    """How much of the month's instalments and dues goes to each lender (rev14-lender 1b: a
    BMM officer under tanggung renteng reads the BMM instalment in the month short); empty
    without a lender's instalment that month."""
    parts = lender_shares(tuple(loan.lender for loan in group.capital.loans), month)
    if not parts:
        return ""
    return Notice(
        "plan.business.cash_worst_lender",
        {"repayments": Money(month.repayments), "loans": parts},
    )


def _before_sales(group: BusinessGroup, plan: BusinessPlan) -> list[Notice]:
    """The first instalment (the members' or a lender's) before the day selling starts."""
    from pra.plan.business import sales_start
    from pra.plan.money_events import money_events

    begins = sales_start(group)
    dues = [e.day for e in money_events(group) if e.kind in ("fund_first_due", "loan_first_due")]
    if begins is None or not dues or min(dues) >= begins.day:
        return []
    without = [
        m
        for m in plan.months
        if (m.instalments or m.lender) and m.period.end is not None and m.period.end < begins.day
    ]
    params: dict[str, object] = {"first_due": min(dues), "sales": begins.day}
    if not without:  # the first instalment falls in the month selling starts
        return [Notice("plan.business.cash_before_sales_days", params)]
    return [Notice("plan.business.cash_before_sales", {**params, "months": len(without)})]
