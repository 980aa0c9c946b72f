"""The printed calendar's money rows: the hand-overs and first instalments the schedules start from.

Derived from the capital plan (:mod:`pra.plan.money_events`), never typed as a
step: each is a row of its own below the steps, its title starting with the
money mark ("Dana:"), its day written in the cell of the week or month that
holds it, so the calendar and the repayment schedules agree on the month (#13).
An event outside the calendar's periods is named below the calendar with its
date, never dropped; an event partly within them is a row, and its days outside are named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pra.export.context import Context
from pra.plan.formatting import format_day_month
from pra.plan.money_events import MoneyEvent, event_period, money_events
from pra.plan.schedule import Schedule


@dataclass(frozen=True, slots=True)
class MoneyRow:
    """A money event as printed: its title, the period of its first day (``None``: outside the
    calendar), and each period that holds one of its days with that cell's text (an
    instalment row: every instalment it counts, #13 rev13-lender 11)."""

    title: str
    period: int | None
    cells: Mapping[int, str]


def event_title(ctx: Context, event: MoneyEvent) -> str:
    """``Dana: pinjaman BMM Rp 3.000.000 diterima kelompok`` (marked as money, with its figure;
    a later round of the fund names its borrowers, each name whole on its line)."""
    return ctx.notice(event.notice({m: ctx.names((m,)) for m in event.member_ids}))


def money_rows(ctx: Context, schedule: Schedule) -> list[MoneyRow]:
    """The group's money events in order of day, each with the period that holds it."""
    group = ctx.group
    assert group is not None
    rows = []
    for e in money_events(group):
        cells = _cells(ctx, schedule, e.days or (e.day,))
        # the first period holding one of its days: a loan handed over before the calendar
        # keeps the row of the instalments that fall within it (rev16-lender 1: the row went
        # because its first instalment was before the first column)
        rows.append(MoneyRow(event_title(ctx, e), min(cells, default=None), cells))
    return rows


def _cells(ctx: Context, schedule: Schedule, days: Sequence[dt.date]) -> dict[int, str]:
    """Each period holding one of ``days`` → its text: ``6 Okt``; several days in one period (a
    month column, weekly instalments) ``6, 13, 20, 27 Okt`` within a month, else each whole."""
    held: dict[int, list[dt.date]] = {}
    for day in days:
        period = event_period(schedule.periods, day)
        if period is not None:
            held.setdefault(period, []).append(day)
    cells = {}
    for period, inside in held.items():
        last = format_day_month(inside[-1], ctx.lang)
        if len({(d.year, d.month) for d in inside}) == 1:
            cells[period] = ", ".join([*(str(d.day) for d in inside[:-1]), last])
        else:
            cells[period] = ", ".join(format_day_month(d, ctx.lang) for d in inside)
    return cells


def money_outside(ctx: Context, schedule: Schedule) -> str | None:
    """The sentence naming the money events outside the calendar's periods, with their dates."""
    group = ctx.group
    assert group is not None
    outside = []
    for e in money_events(group):
        days = e.days or (e.day,)
        out = [d for d in days if event_period(schedule.periods, d) is None]
        if len(out) == len(days):
            outside.append(
                ctx.t(
                    "export.calendar.money.dated", title=event_title(ctx, e), date=ctx.date(e.day)
                )
            )
        elif out:  # in the grid, but some of its days before or after it
            dates = ", ".join(ctx.date(d) for d in out)
            outside.append(
                ctx.t("export.calendar.money.dated_some", title=event_title(ctx, e), dates=dates)
            )
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
