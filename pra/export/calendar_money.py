"""The printed calendar's money rows: the hand-overs and first instalments the schedules start from.

Derived from the capital plan (:mod:`pra.plan.money_events`), never typed as a
step: each is a row of its own below the steps, its title starting with the
money mark ("Dana:"), its day written in the cell of the week or month that
holds it, so the calendar and the repayment schedules agree on the month (#13).
An event outside the calendar's periods is named below the calendar with its
date, never dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pra.export.context import Context
from pra.plan.formatting import format_day_month
from pra.plan.money_events import MoneyEvent, event_period, money_events
from pra.plan.schedule import Schedule


@dataclass(frozen=True, slots=True)
class MoneyRow:
    """A money event as printed: its title, and the period and text of its cell (``None``:
    outside the calendar)."""

    title: str
    period: int | None
    day: str


def event_title(ctx: Context, event: MoneyEvent) -> str:
    """``Dana: pinjaman BMM Rp 3.000.000 diterima kelompok`` (marked as money, with its figure;
    a later round of the fund names its borrowers, each name whole on its line)."""
    return ctx.notice(event.notice({m: ctx.names((m,)) for m in event.member_ids}))


def money_rows(ctx: Context, schedule: Schedule) -> list[MoneyRow]:
    """The group's money events in order of day, each with the period that holds it."""
    group = ctx.group
    assert group is not None
    return [
        MoneyRow(
            event_title(ctx, e),
            event_period(schedule.periods, e.day),
            format_day_month(e.day, ctx.lang),
        )
        for e in money_events(group)
    ]


def money_outside(ctx: Context, schedule: Schedule) -> str | None:
    """The sentence naming the money events outside the calendar's periods, with their dates."""
    group = ctx.group
    assert group is not None
    outside = [
        ctx.t("export.calendar.money.dated", title=event_title(ctx, e), date=ctx.date(e.day))
        for e in money_events(group)
        if event_period(schedule.periods, e.day) is None
    ]
    if not outside:
        return None
    return ctx.t("export.calendar.money.outside", events="; ".join(outside))


def money_legend(ctx: Context, rows: Sequence[MoneyRow]) -> list[str]:
    """The legend's sentence for the money rows, when any is printed in the grid; undated, with
    the assumed hand-over they are placed on (as page 1 and the cash flow state it)."""
    from pra.plan.business import assumed_handover

    if not any(r.period is not None for r in rows):
        return []
    group = ctx.group
    assert group is not None
    assumed = assumed_handover(group)
    if assumed is None:
        return [ctx.t("export.calendar.money.legend")]
    return [
        ctx.t("export.calendar.money.legend"),
        ctx.t("export.calendar.money.assumed", date=ctx.date(assumed)),
    ]
