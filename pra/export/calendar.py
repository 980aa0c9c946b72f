"""The activity calendar on paper (TABEL KALENDER KEGIATAN): steps down, weeks or months across.

A cell where a step runs holds the full names of the people responsible, as
the group reads them aloud ("Bu Sumiati", never "Bu"), one per line, each
name whole on its line (:func:`pra.export.nobreak.whole_name`: the columns are
as wide as the widest name; with two or more, each name starts with •), and is shaded; the names, not the shade, carry the
meaning, so a photocopy reads the same (a step with nobody named shows ■).
A period the group marked unavailable for the whole of it shows ×; one that a
holiday covers only in part shows (×), so a holiday of 28 Mar – 7 Apr marks
March and April as partly free, not whole months. The legend explains only
the marks printed, and lists each holiday with its dates. A calendar too
wide for portrait goes on landscape pages; one too wide even for that is cut
into parts of consecutive periods, each repeating the step column. Below the
steps, the money rows (:mod:`pra.export.calendar_money`): the hand-overs and
first instalments the repayment schedules start from, derived from the capital
plan, in the period that holds their day.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from pra.export import sections
from pra.export.calendar_money import MoneyRow, money_legend, money_outside, money_rows
from pra.export.context import Context
from pra.export.measure import widest_word
from pra.export.nobreak import join_dates, whole_name
from pra.export.sections import A4_HEIGHT_EMU, A4_WIDTH_EMU
from pra.export.tables import ACTIVE_FILL, CELL_MARGIN_TWIPS, TWIPS_PER_EMU, Cell, Column
from pra.plan.calendar_grid import CalendarRow, calendar_grid
from pra.plan.formatting import format_date, format_day_month
from pra.plan.periods import Period
from pra.plan.schedule import Schedule

PORTRAIT_PERIODS: Final = 7
"""Up to this many periods fit beside the step column on a portrait page."""
LANDSCAPE_PERIODS: Final = 13
"""At most this many periods on one landscape page; more are split into parts."""
PART_WHOLE_ROWS: Final = 30
"""A calendar part of up to this many rows (steps and money rows) is kept whole: on the page
it starts on when it fits there, else on the next; a longer one breaks between rows."""
STEP_WEIGHT: Final = 4.2
PERIOD_WEIGHT: Final = 1.5


FULL: Final = "×"
PARTIAL: Final = "(×)"
NOBODY: Final = "■"
BULLET: Final = "•"


def cell_names(ctx: Context, ids: Sequence[str]) -> str:
    """The names in a cell, one per line; with two or more, each starts with • (a name may wrap)."""
    if not ids:
        return NOBODY
    if len(ids) == 1:
        return whole_name(ctx.name(ids[0]))
    return "\n".join(f"{BULLET}\u00a0{whole_name(ctx.name(i))}" for i in ids)


def blackout_marks(ctx: Context, schedule: Schedule) -> list[str]:
    """Per period: ``×`` when a holiday covers all of it, ``(×)`` when only part, else ``""``."""
    group = ctx.group
    assert group is not None
    by_id = {b.id: b for b in group.calendar.blackouts}
    marks = []
    for period in schedule.periods:
        found = [by_id[i] for i in period.blackout_ids if i in by_id]
        if not period.blackout_ids:
            marks.append("")
        elif period.start is None or period.end is None or not found:
            marks.append(FULL)
        else:
            first, last = period.start, period.end
            covered = any(b.start <= first and b.end >= last for b in found)
            marks.append(FULL if covered else PARTIAL)
    return marks


def legend(ctx: Context, schedule: Schedule, rows: Sequence[CalendarRow]) -> list[str]:
    """The legend's sentences: one for each kind of mark printed, then the holidays' dates."""
    group = ctx.group
    assert group is not None
    cells = [c for r in rows for c in r.cells if c.active]
    marks = set(blackout_marks(ctx, schedule))
    parts = []
    if any(c.responsible_ids for c in cells):
        parts.append(ctx.t("export.label.calendar_legend_names"))
    if any(len(c.responsible_ids) > 1 for c in cells):
        parts.append(ctx.t("export.label.calendar_legend_bullet", mark=BULLET))
    if any(not c.responsible_ids for c in cells):
        parts.append(ctx.t("export.label.calendar_legend_nobody", mark=NOBODY))
    if FULL in marks:
        parts.append(ctx.t("export.label.calendar_legend_full", mark=FULL))
    if PARTIAL in marks:
        parts.append(ctx.t("export.label.calendar_legend_partial", mark=PARTIAL))
    used = {i for p in schedule.periods for i in p.blackout_ids}
    # a calendar without dates marks no column: every holiday is named here, none dropped
    dated = schedule.start is not None
    holidays = [
        f"{b.label} ({ctx.date_range(b.start, b.end)})"
        for b in group.calendar.blackouts
        if b.id in used or not dated
    ]
    if holidays:
        parts.append(ctx.t("export.label.calendar_holidays", holidays="; ".join(holidays)))
    if schedule.critical_path:
        # above the table, not below: alone after a page-filling table it took a page of its own
        parts.append(ctx.t("export.label.critical"))
    return parts


def period_head(ctx: Context, period: Period) -> str:
    """A column head: ``Sep 2003`` for a month, ``Mg 3`` over ``15 Sep`` for a week."""
    if period.unit == "week" and period.start is not None:
        week = ctx.t("export.label.week_head", n=period.index + 1)
        return f"{week}\n{format_day_month(period.start, ctx.lang)}"
    return period.label(ctx.lang)


def calendar_parts(periods: int, per_part: int = LANDSCAPE_PERIODS) -> list[range]:
    """The period ranges of each printed part: one part when it fits, else balanced parts."""
    per_part = max(1, per_part)
    if periods <= per_part:
        return [range(periods)]
    parts = math.ceil(periods / per_part)
    size = math.ceil(periods / parts)
    return [range(i, min(i + size, periods)) for i in range(0, periods, size)]


def periods_per_page(
    ctx: Context,
    schedule: Schedule,
    rows: Sequence[CalendarRow],
    width: int,
    money: Sequence[MoneyRow] = (),
) -> int:
    """How many period columns fit beside the step column in ``width`` EMU, none narrower than a name.

    A column must hold the longest word of any name or column head (a line
    breaks only at spaces); the step column keeps at least a fifth of the
    width, or its longest word.
    """
    w = ctx.writer
    size = w.font_size(w.style_id("Calendar Text"))
    head = w.font_size(w.style_id("Table Heading"))
    names = {cell_names(ctx, c.responsible_ids) for r in rows for c in r.cells if c.active}
    names |= {text for m in money for text in m.cells.values()}
    heads = [join_dates(period_head(ctx, p)) + " (×)" for p in schedule.periods]
    margins = 2 * CELL_MARGIN_TWIPS + 20
    column = max(widest_word(names, size), widest_word(heads, head, bold=True)) + margins
    twips = width // TWIPS_PER_EMU
    titles = [r.title for r in rows] + [m.title for m in money]
    steps = max(twips // 5, widest_word(titles, size) + margins)
    return max(1, (twips - steps) // column)


def calendar_section(ctx: Context, heading: str, schedule: Schedule) -> None:
    """The calendar grid, on landscape pages when it is too wide for portrait."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    rows = calendar_grid(schedule)
    # the hand-overs and first instalments the schedules start from, derived from the capital
    # plan (#13: Jaya Bersama's calendar had no row for the BMM loan its schedules count from)
    money = [m for m in money_rows(ctx, schedule) if m.period is not None] if group.steps else []
    portrait = w.usable_width()
    wide = portrait + A4_HEIGHT_EMU - A4_WIDTH_EMU  # the same margins on a landscape page
    fits = min(PORTRAIT_PERIODS, periods_per_page(ctx, schedule, rows, portrait, money))
    landscape = bool(group.steps) and schedule.length > fits
    per_part = min(LANDSCAPE_PERIODS, periods_per_page(ctx, schedule, rows, wide, money))
    if landscape:
        sections.start_landscape(w.doc)
    w.heading(heading)
    if not group.steps:
        w.empty()
        return
    unit_key = (
        "export.label.calendar_unit_week"
        if schedule.unit == "week"
        else ("export.label.calendar_unit_month")
    )
    legend_parts = [ctx.t(unit_key), *legend(ctx, schedule, rows), *money_legend(ctx, money)]
    w.note(" ".join(legend_parts), keep_with_next=True)
    marks = blackout_marks(ctx, schedule)
    parts = calendar_parts(schedule.length, per_part if landscape else schedule.length)
    for number, part in enumerate(parts, start=1):
        if len(parts) > 1:
            first = schedule.periods[part.start].label(ctx.lang)
            last = schedule.periods[part.stop - 1].label(ctx.lang)
            w.heading(
                ctx.t(
                    "export.label.calendar_part",
                    part=number,
                    parts=len(parts),
                    first=first,
                    last=last,
                ),
                3,
            )
        # the first landscape part starts on a fresh page under the heading and the legend:
        # kept whole, it went to the next page alone and left them on a page of their own
        # (#13, rev13b-lender: smloan Sedap Malam p6); it breaks between rows instead, its
        # first rows on the heading's page
        movable = not (landscape and number == 1)
        widest = max(len(p) for p in parts)
        _grid(ctx, schedule, rows, part, marks, widest, money, movable)
    outside = money_outside(ctx, schedule)
    if outside is not None:
        w.note(outside)
    for sentence in holidays_outside_notes(ctx, schedule):
        w.note(sentence)
    _collection_before(ctx)
    _collection_after(ctx)
    if schedule.warnings:
        # the checks stay on the page of the calendar's last part (or note): alone at the
        # top of a landscape page of their own, they left it almost empty (#13 item 8)
        w.keep_last_with_next()
        w.heading(ctx.t("export.heading.warnings"), 3)
        w.bullets(ctx.notice(n) for n in schedule.warnings)
    if landscape:
        sections.end_landscape(w.doc)


def holidays_outside_notes(ctx: Context, schedule: Schedule) -> list[str]:
    """The holidays before the first column and after the last, each with the instalments due
    within it (#13: a holiday after the calendar's last column was printed nowhere)."""
    from pra.plan.calendar_holidays import OutsideHoliday, holidays_outside

    group = ctx.group
    assert group is not None

    def one(found: OutsideHoliday) -> str:
        b = found.holiday
        text = f"{b.label} ({ctx.date_range(b.start, b.end)})"
        if not found.dues:
            return text
        dues = ", ".join(
            ctx.t("export.calendar.holidays.due_lender", lender=who, date=ctx.date(day))
            if who
            else ctx.t("export.calendar.holidays.due_members", date=ctx.date(day))
            for who, day in found.dues
        )
        return ctx.t("export.calendar.holidays.with_dues", holiday=text, dues=dues)

    before, after = holidays_outside(group, schedule.periods)
    notes = []
    if before:
        items = "; ".join(one(h) for h in before)
        notes.append(ctx.t("export.calendar.holidays.before", holidays=items))
    if after:
        items = "; ".join(one(h) for h in after)
        notes.append(ctx.t("export.calendar.holidays.after", holidays=items))
    return notes


def _collection_before(ctx: Context) -> None:
    """The members' instalments that fall due before the calendar's first collecting step
    begins (:func:`pra.plan.collection.fund_due_before_collection`): nobody on the page collects
    them, which ``pra check`` says and the paper has to say too (#13)."""
    from pra.plan.collection import fund_due_before_collection
    from pra.plan.notice import Notice

    group = ctx.group
    assert group is not None
    early = fund_due_before_collection(group)
    if early is None:
        return
    dues = ctx.notice(
        Notice(
            "plan.checks.due_after_members",
            {"count": early.count, "first": early.first_due, "last": early.last_due},
        )
    )
    ctx.writer.note(
        ctx.t(
            "export.label.collection_before",
            dues=dues,
            title=early.step_title,
            start=format_date(early.step_start, ctx.lang),
        )
    )


def _collection_after(ctx: Context) -> None:
    """Who collects the instalments that fall due after the calendar's last collecting step, and
    each source's dates (:func:`pra.plan.collection.due_after_collection`)."""
    from pra.plan.collection import due_after_collection, due_after_parts

    group = ctx.group
    assert group is not None
    late = due_after_collection(group)
    if late is None:
        return
    dues = "; ".join(ctx.notice(n) for n in due_after_parts(group, late))
    if late.collector_ids:
        who = ", ".join(ctx.name(i) for i in late.collector_ids)
        text = ctx.t(
            "export.label.collection_after",
            who=who,
            dues=dues,
            title=late.step_title,
            end=format_date(late.step_end, ctx.lang),
        )
    else:
        text = ctx.t(
            "export.label.collection_after_nobody",
            dues=dues,
            title=late.step_title,
            end=format_date(late.step_end, ctx.lang),
        )
    ctx.writer.note(text)


def _grid(
    ctx: Context,
    schedule: Schedule,
    rows: Sequence[CalendarRow],
    part: range,
    marks: Sequence[str],
    widest: int,
    money: Sequence[MoneyRow] = (),
    movable: bool = True,
) -> None:
    """One part of the calendar as a table; ``movable``: a short part moves to the next page
    whole when it does not fit below what is above it."""
    w = ctx.writer
    columns = [Column(STEP_WEIGHT), *[Column(PERIOD_WEIGHT, "center") for _ in part]]
    header: list[str | Cell] = [ctx.t("export.col.step")]
    for i in part:
        period = schedule.periods[i]
        label = period_head(ctx, period)
        header.append(Cell(f"{label} {marks[i]}" if marks[i] else label, align="center"))
    body = []
    critical = set(schedule.critical_path)
    for n, row in enumerate(rows, start=1):
        mark = "*" if row.step_id in critical else ""
        cells: list[str | Cell] = [f"{ctx.number(n)}{mark}. {row.title}"]
        for i in part:
            cell = row.cells[i]
            if cell.active:
                text = cell_names(ctx, cell.responsible_ids)
                cells.append(Cell(text, fill=ACTIVE_FILL))
            elif marks[i]:
                cells.append(marks[i])
            else:
                cells.append("")
        body.append(cells)
    for m in money:
        line: list[str | Cell] = [m.title]
        for i in part:
            if i in m.cells:
                line.append(Cell(m.cells[i], fill=ACTIVE_FILL))
            else:
                line.append(marks[i])
        body.append(line)
    width = w.usable_width()
    if len(part) < widest:
        # A shorter last part keeps the column widths of the parts before it.
        total = STEP_WEIGHT + PERIOD_WEIGHT * widest
        width = int(width * (STEP_WEIGHT + PERIOD_WEIGHT * len(part)) / total)
    # a part moves to the next page whole when it does not fit below what is above it, and
    # only then (#13: Sedap Malam's part 2 left 3 rows at the foot of a page)
    w.table(
        columns,
        header,
        body,
        width=width,
        keep_whole=movable and len(body) <= PART_WHOLE_ROWS,
        font_style="Calendar Text",
    )
