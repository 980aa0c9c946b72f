"""Do the calendar's collection steps and the repayment schedules agree?

A step of the activity plan *collects* the instalments when its title names
them: a word holding ``angsur`` (angsuran, mengangsur), ``cicil``
(cicilan) or, in English, ``instalment``/``installment``/``repayment``
(:func:`is_collection_step`). The months such steps cover on the calendar
(their scheduled start to end) are the **collection months**.

The **instalment months** are those in which money falls due: a month of the
revolving fund in which borrowers repay principal (:func:`pra.plan.revolving.group_fund`)
and a month with an instalment to a lender (:func:`pra.plan.lender.group_lender_schedule`).

Both are compared within the calendar's span — from its start to the end of its
last step — since a calendar of a few weeks cannot show a year of instalments.
Two kinds of months disagree: instalments fall due with no step to collect them,
and a step collects when nothing falls due. :func:`collection_mismatch` finds
them; :func:`pra.plan.checks.input_checks` says them in one sentence per group.
A group without dates (no calendar start), without instalments or without any
collection step is not compared: its calendar does not show the collection at all
(the review asks for the calendar separately).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from pra.model import BusinessGroup, Step

if TYPE_CHECKING:
    from pra.plan.notice import Notice

COLLECTION_WORDS: Final = ("angsur", "cicil", "instalment", "installment", "repayment")
"""Parts of words that mark a step collecting instalments (found anywhere in the title, in
lower case: ``mengangsur``, ``cicilan``)."""

Month = tuple[int, int]
"""``(year, month)``."""


def is_collection_step(step: Step) -> bool:
    """Whether ``step``'s title names the collection of instalments."""
    title = step.title.casefold()
    return any(word in title for word in COLLECTION_WORDS)


def _months(first: dt.date, last: dt.date) -> list[Month]:
    found = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        found.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


@dataclass(frozen=True, slots=True)
class CollectionMismatch:
    """Months, in order, within the calendar's span."""

    uncollected: tuple[Month, ...]
    """Instalments fall due, no step collects them."""
    idle: tuple[Month, ...]
    """A step collects, nothing falls due."""


def instalment_months(group: BusinessGroup) -> set[Month]:
    """Every month in which the group's borrowers or the group itself pay an instalment."""
    from pra.plan.lender import group_lender_schedule
    from pra.plan.revolving import group_fund

    months: set[Month] = set()
    if group.capital.stimulus_per_member:
        for row in group_fund(group).rows:
            months.update((day.year, day.month) for day in row.due_dates)
    for loan in group.capital.loans:
        for instalment in group_lender_schedule(group, loan).instalments:
            if instalment.due is not None:
                months.add((instalment.due.year, instalment.due.month))
    return months


def collection_mismatch(group: BusinessGroup) -> CollectionMismatch | None:
    """The months the calendar and the schedules disagree on, or ``None`` when they agree
    (or cannot be compared: no dates, no instalments, no collection step). Undated, on the
    cash flow's assumed hand-over (:func:`pra.plan.business.as_assumed`)."""
    from pra.plan.business import as_assumed
    from pra.plan.schedule import schedule_group

    group = as_assumed(group)
    if group.calendar.start is None or not group.steps:
        return None
    due = instalment_months(group)
    if not due:
        return None
    scheduled = [s for s in schedule_group(group).steps if s.start_date is not None and s.end_date]
    if not scheduled:
        return None
    span = set(
        _months(
            min([group.calendar.start, *(s.start_date for s in scheduled if s.start_date)]),
            max(s.end_date for s in scheduled if s.end_date),
        )
    )
    collecting = {s.id for s in group.steps if is_collection_step(s)}
    if not collecting:
        return None
    collected: set[Month] = set()
    for s in scheduled:
        if s.step_id in collecting and s.start_date is not None and s.end_date is not None:
            collected.update(_months(s.start_date, s.end_date))
    uncollected = tuple(sorted((due - collected) & span))
    idle = tuple(sorted((collected - due) & span))
    if not uncollected and not idle:
        return None
    return CollectionMismatch(uncollected, idle)


@dataclass(frozen=True, slots=True)
class DueInHoliday:
    """A lender instalment that falls due on a day the calendar marks as a holiday."""

    loan_id: str
    number: int
    due: dt.date
    holiday: str
    first: dt.date
    last: dt.date


def lender_due_in_holidays(group: BusinessGroup) -> tuple[DueInHoliday, ...]:
    """Every lender instalment due within one of the calendar's holidays (blackouts): the
    group meets nobody then, so who pays the lender that day has to be agreed beforehand.
    Undated, on the cash flow's assumed hand-over (:func:`pra.plan.business.as_assumed`)."""
    from pra.plan.business import as_assumed
    from pra.plan.lender import group_lender_schedule

    group = as_assumed(group)
    found = []
    for loan in group.capital.loans:
        for instalment in group_lender_schedule(group, loan).instalments:
            due = instalment.due
            if due is None:
                continue
            for b in group.calendar.blackouts:
                if b.start <= due <= b.end:
                    found.append(
                        DueInHoliday(loan.id, instalment.number, due, b.label, b.start, b.end)
                    )
                    break
    return tuple(found)


@dataclass(frozen=True, slots=True)
class DueBeforeCollection:
    """Members' instalments that fall due before the first step that collects them starts."""

    first_due: dt.date
    count: int
    """How many of the fund's due dates come before the step."""
    last_due: dt.date
    """The last of them."""
    step_title: str
    step_start: dt.date


def fund_due_before_collection(group: BusinessGroup) -> DueBeforeCollection | None:
    """The members' first instalments due before the calendar's first collection step begins
    (``None`` when none is, or when it cannot be compared: no dates, no collection step). While
    no money has a date, on the cash flow's assumed hand-over
    (:func:`pra.plan.business.as_assumed`)."""
    from pra.plan.business import as_assumed
    from pra.plan.revolving import group_fund
    from pra.plan.schedule import schedule_group

    group = as_assumed(group)
    if group.calendar.start is None or not group.capital.stimulus_per_member:
        return None
    collecting = {s.id: s.title for s in group.steps if is_collection_step(s)}
    if not collecting:
        return None
    starts = [
        (s.start_date, collecting[s.step_id])
        for s in schedule_group(group).steps
        if s.step_id in collecting and s.start_date is not None
    ]
    if not starts:
        return None
    start, title = min(starts)
    due = sorted({day for row in group_fund(group).rows for day in row.due_dates})
    early = [d for d in due if d < start]
    if not early:
        return None
    return DueBeforeCollection(early[0], len(early), early[-1], title, start)


@dataclass(frozen=True, slots=True)
class DueAfter:
    """The instalments of one source that fall due after the last collecting step ends."""

    loan_id: str | None
    """The lender loan, or ``None`` for the members' instalments to the revolving fund."""
    count: int
    first: dt.date
    last: dt.date


@dataclass(frozen=True, slots=True)
class DueAfterCollection:
    """Instalments due after the calendar's last collecting step ends, and who collects them:
    the people responsible for that step, else the group's treasurer (``()`` when neither)."""

    step_title: str
    step_end: dt.date
    collector_ids: tuple[str, ...]
    dues: tuple[DueAfter, ...]


def due_after_collection(group: BusinessGroup) -> DueAfterCollection | None:
    """The members' and the lenders' instalments due after the last day of the calendar's last
    collection step (``None`` when none is, or when it cannot be compared: no dates, no
    collection step). A calendar of a few weeks stops long before a year of instalments; the
    plan then has to say who collects them afterwards and until when. While no money has a
    date, on the cash flow's assumed hand-over (:func:`pra.plan.business.as_assumed`): the
    undated plan named nobody to collect after its calendar (review11p finding 7)."""
    from pra.plan.business import as_assumed
    from pra.plan.lender import group_lender_schedule
    from pra.plan.revolving import group_fund
    from pra.plan.schedule import schedule_group

    group = as_assumed(group)
    if group.calendar.start is None:
        return None
    steps = {s.id: s for s in group.steps if is_collection_step(s)}
    if not steps:
        return None
    ends = [
        (s.end_date, s.step_id)
        for s in schedule_group(group).steps
        if s.step_id in steps and s.end_date is not None
    ]
    if not ends:
        return None
    end, step_id = max(ends)
    dues: list[DueAfter] = []
    if group.capital.stimulus_per_member:
        late = sorted(day for r in group_fund(group).rows for day in r.due_dates if day > end)
        if late:
            dues.append(DueAfter(None, len(late), late[0], late[-1]))
    for loan in group.capital.loans:
        late = sorted(
            i.due
            for i in group_lender_schedule(group, loan).instalments
            if i.due is not None and i.due > end
        )
        if late:
            dues.append(DueAfter(loan.id, len(late), late[0], late[-1]))
    if not dues:
        return None
    step = steps[step_id]
    collectors = step.responsible_ids or ((group.treasurer_id,) if group.treasurer_id else ())
    return DueAfterCollection(step.title, end, tuple(collectors), tuple(dues))


def due_after_parts(group: BusinessGroup, found: DueAfterCollection) -> tuple[Notice, ...]:
    """Each source's late instalments as a phrase: ``angsuran anggota 10 kali, 6 Desember 2003 –
    6 September 2004``."""
    from pra.plan.notice import Notice
    from pra.plan.sources import source_name

    loans = {loan.id: loan for loan in group.capital.loans}
    parts = []
    for due in found.dues:
        params: dict[str, object] = {"count": due.count, "first": due.first, "last": due.last}
        if due.loan_id is None:
            parts.append(Notice("plan.checks.due_after_members", params))
        else:
            params["source"] = source_name(loans[due.loan_id])
            parts.append(Notice("plan.checks.due_after_loan", params))
    return tuple(parts)
