"""The group progress report (laporan perkembangan kelompok) and the mentor's summary.

The report covers a period (``first`` to ``last``): the group, the meetings held,
money in and out by source, repayments due against paid per member, savings,
attendance, the five result areas with their scores and the grade with its
reasons, problems and follow-ups, the mentor's notes and reflection, and the
signatures of the chair, the treasurer and the mentor. Every figure is
:func:`pra.plan.followup.group_progress` at the period's last day (cumulative
figures) or the meetings within the period (money in and out; the lender loans'
instalments due and paid within it, their arrears as of the day before it and of its
last day: :func:`pra.plan.followup.lender_period`), so the report and the TUI's
progress tab never disagree.

The mentor's summary is one row per group: grade, repayment rate, PAR30,
attendance and the next action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from pra.export.context import Context
from pra.export.language import set_properties
from pra.export.plan import new_context
from pra.export.report_money import lender_section, money_section
from pra.export.report_sources import lender_loans
from pra.export.signing import signature_grid
from pra.export.tables import Cell, Column
from pra.export.template import Template
from pra.i18n import Language
from pra.model import BusinessGroup, Workshop
from pra.model.followup import CRITERIA, Meeting, ResultArea
from pra.plan.followup import (
    GroupProgress,
    LkmReadiness,
    MonthDue,
    Rescheduled,
    area_name,
    criterion_text,
    group_progress,
    meeting_attendance,
    member_attendance,
)

if TYPE_CHECKING:
    from docx.document import Document


def last_record(group: BusinessGroup) -> dt.date | None:
    """The day of the group's last meeting or assessment."""
    days = [m.date for m in group.followup.meetings]
    days += [a.date for a in group.followup.assessments]
    return max(days, default=None)


def period_meetings(group: BusinessGroup, first: dt.date, last: dt.date) -> list[Meeting]:
    return sorted(
        (m for m in group.followup.meetings if first <= m.date <= last), key=lambda m: m.date
    )


def _pct(ctx: Context, value: Decimal | None) -> str:
    return ctx.percent(value.quantize(Decimal(1))) if value is not None else "–"


def build_report(
    ws: Workshop,
    group: BusinessGroup,
    template: Template,
    lang: Language,
    first: dt.date,
    last: dt.date,
) -> Document:
    """The progress report of ``group`` from ``first`` to ``last`` as a python-docx document."""
    ctx = new_context(ws, template, lang)
    ctx.group = group
    w = ctx.writer
    period = ctx.date_range(first, last, full=True)
    set_properties(
        w.doc,
        lang,
        title=ctx.t("export.report.title_of", group=group.name),
        subject=ctx.t("export.report.subject", group=group.name, period=period),
        author=group.followup.mentor or group.name,
        created=last,
    )
    progress = group_progress(ws, group, last)
    meetings = period_meetings(group, first, last)
    w.paragraph(ctx.t("export.report.title"), "Title")
    w.paragraph(group.name, "Subtitle")
    w.paragraph(ctx.t("export.report.period", period=period), align="center")

    identity(ctx, group, progress)
    from pra.plan.followup.fund_period import fund_period

    stimulus = fund_period(ws, group, first, last).stimulus
    meetings_section(ctx, group, meetings, stimulus)
    money_section(ctx, ws, group, meetings, progress, first)
    sales_section(ctx, group, first, last)
    repayment_section(ctx, group, progress, first)
    lender_section(ctx, group, first, last)
    savings_section(ctx, group, first, last)
    attendance_section(ctx, group, first, last)
    areas_section(ctx, group, progress)
    problems_section(ctx, group, meetings)
    notes_section(ctx, group, meetings, progress, first, last)
    signatures(ctx, group, last)
    return w.doc


def linked_by(group: BusinessGroup, on: dt.date) -> bool:
    """Whether the group was linked to its LKM by the end of ``on`` (a link without a date
    counts as made)."""
    followup = group.followup
    if not followup.lkm.strip():
        return False
    return followup.linked_on is None or followup.linked_on <= on


def identity(ctx: Context, group: BusinessGroup, progress: GroupProgress) -> None:
    w, ws, followup = ctx.writer, ctx.ws, group.followup
    w.heading(ctx.t("export.report.h.group"))
    place = ", ".join(p for p in (ws.info.place.village, ws.info.place.city) if p)
    borrowed = lender_loans(ctx, group, progress.on)
    planned = lender_loans(ctx, group, progress.on, taken=False)
    link = (
        ctx.t("export.report.linked", lkm=followup.lkm, date=ctx.date(followup.linked_on))
        if linked_by(group, progress.on)
        else ctx.t("export.report.lkm.borrows_only", loans=borrowed)
        if borrowed
        else ctx.t("export.report.lkm.planned_only", loans=planned)
        if planned
        else ctx.t("export.none")
    )
    if planned and borrowed and not linked_by(group, progress.on):
        link += "; " + ctx.t("export.report.lkm.planned", loans=planned)
    pairs = [
        (ctx.t("export.report.l.group"), group.name),
        (ctx.t("export.report.l.business"), ctx.or_none(group.business)),
        (ctx.t("export.report.l.workshop"), ctx.workshop_title()),
        (ctx.t("export.report.l.place"), ctx.or_none(place)),
        (ctx.t("export.report.l.chair"), ctx.or_none(ctx.name(group.chair_id))),
        (ctx.t("export.report.l.treasurer"), ctx.or_none(ctx.name(group.treasurer_id))),
        (ctx.t("export.report.l.members"), members_cell(ctx, group, progress.on)),
        (ctx.t("export.report.l.mentor"), ctx.or_none(followup.mentor or ws.info.mentor)),
        (ctx.t("export.report.l.lkm"), link),
    ]
    if followup.independent_on is not None:
        pairs.append((ctx.t("export.report.l.mandiri"), ctx.date(followup.independent_on)))
    w.key_values(pairs)


def members_cell(ctx: Context, group: BusinessGroup, on: dt.date) -> str:
    """The members in the group at the period's end, and who left by then (and when)."""
    gone = [(x.participant_id, x.date) for x in group.followup.left if x.date <= on]
    gone = [(pid, day) for pid, day in gone if pid in group.member_ids]
    count = ctx.number(len(group.member_ids) - len(gone))
    if not gone:
        return count
    names = ", ".join(
        ctx.t("export.report.member_left", name=ctx.name(pid), date=ctx.date(day))
        for pid, day in gone
    )
    return ctx.t("export.report.members_left", count=count, left=len(gone), names=names)


def meetings_section(
    ctx: Context, group: BusinessGroup, meetings: Sequence[Meeting], stimulus: int
) -> None:
    """The period's meetings; their money in adds up to the fund ledger's, ``stimulus`` (received
    within the period, not at a meeting) aside, and a note under the table says so."""
    w = ctx.writer
    w.heading(ctx.t("export.report.h.meetings"))
    if not meetings:
        w.empty()
        return
    from pra.plan.followup.handover import meeting_money

    rows: list[tuple[str | Cell, ...]] = []
    total = 0
    for i, m in enumerate(meetings, start=1):
        seen = meeting_attendance(group, m)
        money_in = meeting_money(group, m).money_in
        total += money_in
        rows.append(
            (
                ctx.number(i),
                ctx.date(m.date),
                ctx.t(f"meeting_kind.{m.kind}"),
                ctx.or_none(ctx.name(m.led_by_id)),
                f"{seen.present}/{seen.expected}",
                ctx.rupiah(money_in),
            )
        )
    rows.append(
        (
            "",
            Cell(ctx.t("export.total"), bold=True),
            "",
            "",
            "",
            Cell(ctx.rupiah(total), bold=True),
        )
    )
    w.table(
        [
            Column(0.8, "center"),
            Column(3.2),
            Column(3.4),
            Column(2.8),
            Column(1.6, "center"),
            Column(2.6, "right"),
        ],
        [
            ctx.t("export.col.no"),
            ctx.t("export.report.col.date"),
            ctx.t("export.report.col.kind"),
            ctx.t("export.report.col.led_by"),
            Cell(ctx.t("export.report.col.present"), align="center"),
            Cell(ctx.t("export.report.col.money_in"), align="right"),
        ],
        rows,
    )
    key = "meetings_money_stimulus" if stimulus else "meetings_money"
    w.note(ctx.t(f"export.report.{key}", stimulus=ctx.rupiah(stimulus), total=ctx.rupiah(total)))


def sales_section(ctx: Context, group: BusinessGroup, first: dt.date, last: dt.date) -> None:
    """Each month the sales reported at the period's meetings count in, against the business
    analysis (only for a group that has one); the months whose profit is below plan are marked.

    The rule is the meeting's date, as for every other figure of the report: a period holds
    the sales its meetings report (the 6 January meeting's sales of December are in the report
    whose period holds 6 January), so the table adds up to the business's figures above it and
    each month is in exactly one report of consecutive periods; a report written at a period's
    end never waits for the next period's first meeting."""
    from pra.plan.business import planned_month
    from pra.plan.followup import sales_against_plan
    from pra.plan.followup.loans import months_between
    from pra.plan.formatting import format_month

    if not group.analysis.products:
        return
    w = ctx.writer
    w.heading(ctx.t("export.report.h.sales"))
    rows = list(sales_against_plan(group, last, since=first))
    if not rows:  # the plan has its analysis: what is missing is the group's reports
        w.paragraph(ctx.t("export.report.no_sales"), "Note")
        return
    w.lead(ctx.t("export.report.sales_lead"))

    def profit(value: int | None) -> str:
        return ctx.rupiah(value) if value is not None else "–"

    table: list[tuple[str, ...]] = []
    for month in months_between(rows[0].month, rows[-1].month):
        found = next((m for m in rows if m.month == month), None)
        if found is None:  # a month between reports without one: said, not skipped
            planned = planned_month(group, month)
            table.append(
                (
                    format_month(month, ctx.lang),
                    ctx.t("export.report.not_reported"),
                    ctx.rupiah(planned.sales),
                    "–",
                    ctx.rupiah(planned.profit),
                    "",
                )
            )
            continue
        table.append(
            (
                format_month(found.month, ctx.lang),
                ctx.rupiah(found.sales),
                ctx.rupiah(found.planned_sales),
                profit(found.profit),
                ctx.rupiah(found.planned_profit),
                ctx.t("export.report.below_plan") if found.below_plan else "",
            )
        )
    w.table(
        [Column(2.4), *[Column(2.2, "right") for _ in range(4)], Column(1.2, "center")],
        [
            ctx.t("export.report.col.month"),
            *(
                Cell(ctx.t(f"export.report.col.{k}"), align="right")
                for k in ("sales", "planned_sales", "profit", "planned_profit")
            ),
            Cell(ctx.t("export.report.col.below_plan"), align="center"),
        ],
        table,
    )


MONTH_HEADS = {"arrears": "arrears_running"}
"""The per-month table's arrears are a running total (to the month's end), its due and paid
the month's own: the heading says so."""


def repayment_section(
    ctx: Context, group: BusinessGroup, progress: GroupProgress, first: dt.date
) -> None:
    """Per member: borrowed, due up to the period's end, paid, arrears, days late; the total;
    the members still waiting for a loan; then the period's months (:func:`month_table`)."""
    w = ctx.writer
    w.heading(ctx.t("export.report.h.repayment"))
    loans = [s for s in progress.loans if s.borrowed]
    if not loans:
        w.empty()
        return
    w.lead(
        ctx.t(
            "export.report.repayment_lead",
            date=ctx.date(progress.on),
            rate=_pct(ctx, progress.repayment_rate),
            par30=_pct(ctx, progress.par30),
        )
    )
    w.note(ctx.t("export.report.by_member", date=ctx.date(progress.on)), keep_with_next=True)
    moved = {pid for pid, _ in progress.reschedules}
    rows: list[tuple[str | Cell, ...]] = [
        (
            ctx.t("export.report.reschedule.mark", name=ctx.name(s.participant_id))
            if s.participant_id in moved
            else ctx.name(s.participant_id),
            ctx.rupiah(s.borrowed),
            ctx.rupiah(s.due),
            ctx.rupiah(s.paid),
            ctx.rupiah(s.arrears),
            ctx.number(s.days_late) if s.days_late else "–",
        )
        for s in loans
    ]
    rows.append(
        (
            Cell(ctx.t("export.total"), bold=True),
            *(
                Cell(ctx.rupiah(sum(getattr(s, f) for s in loans)), bold=True)
                for f in ("borrowed", "due", "paid", "arrears")
            ),
            "",
        )
    )
    w.table(
        [
            Column(3.2),
            Column(2.3, "right"),
            Column(2.3, "right"),
            Column(2.3, "right"),
            Column(2.3, "right"),
            Column(1.4, "center"),
        ],
        [
            ctx.t("export.report.col.member"),
            *(
                Cell(ctx.t(f"export.report.col.{k}"), align="right")
                for k in ("borrowed", "due", "paid", "arrears")
            ),
            Cell(ctx.t("export.report.col.days_late"), align="center"),
        ],
        rows,
    )
    if waiting := waiting_members(group, progress):
        names = ", ".join(ctx.name(pid) for pid in waiting)
        w.paragraph(ctx.t("export.report.waiting", date=ctx.date(progress.on), names=names))
    for pid, change in progress.reschedules:
        w.paragraph(reschedule_line(ctx, pid, change))
    month_table(ctx, group, first, progress.on)


def month_table(ctx: Context, group: BusinessGroup, first: dt.date, last: dt.date) -> None:
    """Due against paid in each month of the period, a month cut by the period's start or end
    counted within the period only and saying so; the arrears carried in from before the
    period as an opening line; a total row (review rev15 F6, P5)."""
    from pra.plan.followup.evidence import borrower_ids
    from pra.plan.followup.loans import due_in_period, member_loans
    from pra.plan.formatting import format_month

    period = due_in_period([member_loans(group, i) for i in borrower_ids(group)], first, last)
    months = [m for m in period.months if m.due or m.paid or m.rescheduled]
    if not months:
        return
    w = ctx.writer
    w.note(ctx.t("export.report.by_month"), keep_with_next=True)
    fields = ["due", "paid", "arrears"]
    if any(m.rescheduled for m in months):
        fields.append("rescheduled")

    def label(m: MonthDue) -> str:
        month = format_month(m.month, ctx.lang)
        if period.cut_end(m):
            return ctx.t("export.report.month_until", month=month, date=ctx.date(last))
        if period.cut_start(m):
            return ctx.t("export.report.month_from", month=month, date=ctx.date(first))
        return month

    rows: list[tuple[str | Cell, ...]] = []
    if period.earlier:
        opening = ctx.t("export.report.opening_arrears", date=ctx.date(first))
        rows.append((opening, "", "", ctx.rupiah(period.opening), *([""] * (len(fields) - 3))))
    rows += [(label(m), *(ctx.rupiah(getattr(m, k)) for k in fields)) for m in months]
    totals = {"due": period.due, "paid": period.paid}
    totals["rescheduled"] = sum(m.rescheduled for m in months)
    rows.append(
        (
            Cell(ctx.t("export.total"), bold=True),
            *(Cell(ctx.rupiah(totals[k]), bold=True) if k in totals else "" for k in fields),
        )
    )
    w.table(
        [Column(4.5), *(Column(2.2, "right") for _ in fields)],
        [
            ctx.t("export.report.col.month"),
            *(
                Cell(ctx.t(f"export.report.col.{MONTH_HEADS.get(k, k)}"), align="right")
                for k in fields
            ),
        ],
        rows,
    )


def waiting_members(group: BusinessGroup, progress: GroupProgress) -> list[str]:
    """The members on the report's day who have not borrowed from the fund by then."""
    from pra.plan.followup.members import members_on

    borrowed = {s.participant_id for s in progress.loans if s.borrowed}
    return [pid for pid in members_on(group, progress.on) if pid not in borrowed]


def reschedule_line(ctx: Context, participant_id: str, change: Rescheduled) -> str:
    """What a reschedule did: the instalments it moved (not paid on time) and the new terms."""
    new = change.instalments
    regular, last = new[0].total, new[-1].total
    terms = (
        ctx.t("export.report.reschedule.terms_even", count=len(new), amount=ctx.rupiah(regular))
        if all(d.total == regular for d in new)
        else ctx.t(
            "export.report.reschedule.terms",
            count=len(new) - 1,
            amount=ctx.rupiah(regular),
            last=ctx.rupiah(last),
        )
    )
    return ctx.t(
        "export.report.reschedule.line" if change.missed else "export.report.reschedule.ahead",
        name=ctx.name(participant_id),
        date=ctx.date(change.date),
        missed_count=ctx.number(change.missed_count),
        missed=ctx.rupiah(change.missed),
        principal=ctx.rupiah(change.principal),
        charges=ctx.rupiah(change.charges),
        terms=terms,
        first=ctx.date(new[0].date),
    )


def savings_section(ctx: Context, group: BusinessGroup, first: dt.date, last: dt.date) -> None:
    """Per member: what was saved in the period, by kind, as the fund's ledger above counts it
    (simpanan pokok with what was kept from the member's loans at hand-over), the compulsory dues
    that fell due in it, and everything the member has saved up to the period's end."""
    from pra.plan.followup.evidence import borrower_ids
    from pra.plan.followup.savings import savings_between, savings_status

    w = ctx.writer
    w.heading(ctx.t("export.report.h.savings"))
    fields = ("principal", "compulsory", "voluntary", "agreed")
    rows = []
    for pid in borrower_ids(group):
        saved = savings_between(ctx.ws, group, pid, first, last)
        total = savings_status(ctx.ws, group, pid, last).total
        if total or any(getattr(saved, k) for k in fields):
            rows.append((pid, saved, total))
    if not rows:
        w.empty()
        return
    w.lead(ctx.t("export.report.savings_lead", date=ctx.date(last)))
    w.table(
        [Column(3.0), *[Column(1.9, "right") for _ in range(len(fields) + 1)]],
        [
            ctx.t("export.report.col.member"),
            *(Cell(ctx.t(f"export.report.col.{k}"), align="right") for k in fields),
            Cell(ctx.t("export.report.col.saved_until", date=ctx.date(last)), align="right"),
        ],
        [
            (
                ctx.name(pid),
                *(ctx.rupiah(getattr(saved, k)) for k in fields),
                ctx.rupiah(total),
            )
            for pid, saved, total in rows
        ]
        + [
            (
                Cell(ctx.t("export.total"), bold=True),
                *(
                    Cell(ctx.rupiah(sum(getattr(saved, k) for _, saved, _ in rows)), bold=True)
                    for k in fields
                ),
                Cell(ctx.rupiah(sum(total for *_, total in rows)), bold=True),
            )
        ],
    )


def attendance_section(ctx: Context, group: BusinessGroup, first: dt.date, last: dt.date) -> None:
    """Per member: the group's own meetings of the period attended, of those held while a member."""
    from pra.plan.followup.attendance import period_attendance
    from pra.plan.followup.evidence import borrower_ids

    w = ctx.writer
    w.heading(ctx.t("export.report.h.attendance"))
    members = (member_attendance(group, pid, last, since=first) for pid in borrower_ids(group))
    rows = [a for a in members if a.held]
    if not rows:
        w.empty()
        return
    w.lead(
        ctx.t(
            "export.report.attendance_lead", rate=_pct(ctx, period_attendance(group, first, last))
        )
    )
    w.table(
        [Column(4), Column(2, "center"), Column(2, "right")],
        [
            ctx.t("export.report.col.member"),
            Cell(ctx.t("export.report.col.attended"), align="center"),
            Cell(ctx.t("export.report.col.rate"), align="right"),
        ],
        [(ctx.name(a.participant_id), f"{a.attended}/{a.held}", _pct(ctx, a.rate)) for a in rows],
    )


def areas_section(ctx: Context, group: BusinessGroup, progress: GroupProgress) -> None:
    """The last assessment of the period: each area's score, the criteria met and those still
    to work on, the grade and why."""
    w = ctx.writer
    w.heading(ctx.t("export.report.h.areas"))
    grading = progress.grading
    if grading is None:
        w.empty()
        return
    # what the records bear out on the assessment's day and the assessor did not tick is
    # marked (rev15-follow F2: "Belum terpenuhi: Terhubung dengan LKM" beside "BMM sejak 6 Mei
    # 2004"; "Angsuran dibayar lancar" beside "angsuran lancar 100%")
    from pra.plan.followup.evidence import suggest_met

    borne = set(suggest_met(ctx.ws, group, grading.date))
    mark = ctx.t("export.report.borne_mark")

    def missing(area: ResultArea, met: tuple[str, ...]) -> str:
        return "\n".join(
            criterion_text(area, k, ctx.lang) + (mark if (area, k) in borne else "")
            for k in CRITERIA[area]
            if k not in met
        )

    rows = [
        (
            area_name(a.area, ctx.lang),
            f"{len(a.met)}/{a.total}",
            _pct(ctx, a.percent),
            "\n".join(criterion_text(a.area, k, ctx.lang) for k in a.met) or "–",
            missing(a.area, a.met) or "–",
        )
        for a in grading.areas
    ]
    unticked = any(
        (a.area, k) in borne for a in grading.areas for k in CRITERIA[a.area] if k not in a.met
    )
    w.table(
        [Column(2.4), Column(1.1, "center"), Column(1.2, "right"), Column(3.2), Column(3.2)],
        [
            ctx.t("export.report.col.area"),
            Cell(ctx.t("export.report.col.met"), align="center"),
            Cell(ctx.t("export.report.col.score"), align="right"),
            ctx.t("export.report.col.criteria_met"),
            ctx.t("export.report.col.criteria_missing"),
        ],
        rows,
    )
    rule = ctx.t(
        "export.report.grade_rule",
        date=ctx.date(grading.date),
        percent=_pct(ctx, grading.percent),
        grade=grading.by_rule,
    )
    lines = [rule]
    if unticked:
        lines.append(
            ctx.t("export.report.borne_note", mark=mark.strip(), date=ctx.date(grading.date))
        )
    if grading.overridden:
        lines.append(
            ctx.t("export.report.grade_override", grade=grading.grade, reason=grading.reason)
        )
    if progress.lkm is not None:
        lines += lkm_lines(ctx, progress.lkm)
    if (borrowed := lender_loans(ctx, group, progress.on)) and not linked_by(group, progress.on):
        lines.append(ctx.t("export.report.lkm.borrows", loans=borrowed))
    for line in lines:
        w.paragraph(line)
    if len(progress.grades) > 1:
        history = ", ".join(f"{ctx.date(g.date)}: {g.grade}" for g in progress.grades)
        w.paragraph(ctx.t("export.report.grade_history", history=history))


def lkm_lines(ctx: Context, lkm: LkmReadiness) -> list[str]:
    """The rule, then whether the group meets it and, if not, which figures fall short
    (the one rule of :mod:`pra.plan.followup.lkm`, as the screen and the link edit say it)."""
    return [lkm.rule(ctx.lang), lkm.verdict(ctx.lang)]


def lkm_cell(ctx: Context, group: BusinessGroup, lkm: LkmReadiness | None, on: dt.date) -> str:
    """The summary's LKM column: the institution once linked (by ``on``), else whether it may be."""
    if linked_by(group, on):
        return group.followup.lkm
    return ctx.t(
        "export.report.lkm.cell_ready" if lkm and lkm.ready else "export.report.lkm.cell_not"
    )


def problems_section(ctx: Context, group: BusinessGroup, meetings: Sequence[Meeting]) -> None:
    from pra.plan.followup.actions import action_people

    w = ctx.writer
    w.heading(ctx.t("export.report.h.problems"))
    problems = [(m.date, text) for m in meetings for text in m.problems]
    actions = [(m.date, a) for m in meetings for a in m.actions]
    if not problems and not actions:
        w.empty()
        return
    if problems:
        w.table(
            [Column(2.8), Column(9)],
            [ctx.t("export.report.col.date"), ctx.t("export.report.col.problem")],
            [(ctx.date(day), text) for day, text in problems],
        )
    if actions:
        if problems:  # a sentence between the two tables: they never touch
            w.lead(ctx.t("export.report.actions_lead"))
        w.table(
            [Column(5.5), Column(3), Column(2.6), Column(1.6, "center")],
            [
                ctx.t("export.report.col.action"),
                ctx.t("export.report.col.who"),
                ctx.t("export.report.col.by_when"),
                Cell(ctx.t("export.report.col.done"), align="center"),
            ],
            [
                (
                    a.text,
                    # the members, and the pendamping when it is hers (rev15 F1)
                    ctx.or_none(
                        ", ".join(
                            action_people(ctx.ws, group, a, ctx.t("export.report.mentor_word"))
                        )
                    ),
                    ctx.or_none(ctx.date(a.due)),
                    ctx.t("export.yes") if a.done else "–",
                )
                for _, a in actions
            ],
        )


def notes_section(
    ctx: Context,
    group: BusinessGroup,
    meetings: Sequence[Meeting],
    progress: GroupProgress,
    first: dt.date,
    last: dt.date,
) -> None:
    """The mentor's notes of each meeting, the warnings at the period's end, the reflection."""
    w = ctx.writer
    w.heading(ctx.t("export.report.h.notes"))
    notes = [(m.date, m.notes) for m in meetings if m.notes]
    for day, text in notes:
        w.paragraph(f"{ctx.date(day)}: {text}")
    if progress.warnings:
        w.note(ctx.t("export.report.warnings"), keep_with_next=True)
        w.bullets(ctx.notice(n) for n in progress.warnings)
    reflection_part(ctx, group, first, last)


def reflection_part(ctx: Context, group: BusinessGroup, first: dt.date, last: dt.date) -> None:
    """The mentor's reflection, which is written without a date.

    A pendamping reflects with the group on the mentoring so far, and the duties end in a
    report of it from the start to the end: so the reflection is the one of the group's last
    record (meeting or assessment), printed in the report whose period holds that day, and
    said to be undated there. A report of an earlier period (or one after every record) says
    where the reflection is instead of printing it as if written in that period.
    """
    w = ctx.writer
    text = group.followup.reflection
    end = last_record(group)
    if not text.strip() or end is None:
        w.note(ctx.t("export.report.reflection"), keep_with_next=True)
        w.paragraph(ctx.or_none(text))
    elif first <= end <= last:
        w.note(ctx.t("export.report.reflection_with_last", date=ctx.date(end)), keep_with_next=True)
        w.paragraph(text)
    else:
        w.paragraph(ctx.t("export.report.reflection_elsewhere", date=ctx.date(end)))


def signatures(ctx: Context, group: BusinessGroup, last: dt.date) -> None:
    """The chair, the treasurer and the mentor sign under the report's last paragraph: it keeps
    with them, so the signatures never stand alone on the last page (no more of the report is
    held back with them)."""
    w, ws = ctx.writer, ctx.ws
    w.keep_last_with_next()
    w.heading(ctx.t("export.report.h.signatures"))
    city = ws.info.place.city or ws.info.place.village
    w.paragraph(
        ctx.t("export.label.place_date", city=city, date=ctx.date(last)).strip(", "),
        align="right",
        keep_with_next=True,
    )
    people = [
        (ctx.t("export.label.chair"), ctx.name(group.chair_id)),
        (ctx.t("export.label.treasurer"), ctx.name(group.treasurer_id)),
        (ctx.t("export.label.mentor"), group.followup.mentor or ws.info.mentor),
    ]
    signature_grid(ctx, people, None)


# -- the mentor's summary -------------------------------------------------------------


def next_action(ctx: Context, group: BusinessGroup, progress: GroupProgress) -> str:
    """The first follow-up not done (with who and by when), else none: a warning is not an
    action (the summary lists the warnings under its table)."""
    open_actions = sorted(
        (
            a
            for m in group.followup.meetings
            if m.date <= progress.on
            for a in m.actions
            if not a.done
        ),
        key=lambda a: a.due or dt.date.max,
    )
    if open_actions:
        a = open_actions[0]
        parts = [a.text, ctx.names(a.responsible_ids), ctx.date(a.due)]
        return " — ".join(p for p in parts if p)
    return "–"


def build_summary(
    ws: Workshop, groups: Sequence[BusinessGroup], template: Template, lang: Language, on: dt.date
) -> Document:
    """One row per group: grade, repayment rate, PAR30, attendance, next action."""
    ctx = new_context(ws, template, lang)
    w = ctx.writer
    mentors = sorted({g.followup.mentor for g in groups if g.followup.mentor})
    set_properties(
        w.doc,
        lang,
        title=ctx.t("export.report.summary_title"),
        subject=ctx.t("export.report.summary_subject", workshop=ctx.workshop_title()),
        author=", ".join(mentors) or ctx.workshop_title(),
        created=on,
    )
    w.paragraph(ctx.t("export.report.summary_title"), "Title")
    w.paragraph(ctx.workshop_title(), "Subtitle")
    w.paragraph(
        ctx.t("export.report.summary_on", date=ctx.date(on), mentors=", ".join(mentors) or "–"),
        align="center",
    )
    rows = []
    rule: LkmReadiness | None = None
    warned: list[tuple[str, list[str]]] = []
    for i, group in enumerate(groups, start=1):
        progress = group_progress(ws, group, on)
        if progress.warnings:
            warned.append((group.name, [ctx.notice(n) for n in progress.warnings]))
        grading = progress.grading
        rows.append(
            (
                ctx.number(i),
                group.name,
                grading.grade if grading is not None else "–",
                _pct(ctx, progress.repayment_rate),
                _pct(ctx, progress.par30),
                _pct(ctx, progress.attendance_rate),
                lkm_cell(ctx, group, progress.lkm, on),
                next_action(ctx, group, progress)
                if not progress.warnings
                else ctx.t("export.report.see_warnings", action=next_action(ctx, group, progress)),
            )
        )
        rule = progress.lkm
    w.table(
        [
            Column(0.7, "center"),
            Column(2.8),
            Column(1.0, "center"),
            Column(1.9, "right"),
            Column(1.3, "right"),
            Column(1.7, "right"),
            Column(2.4, "center"),
            Column(3.7),
        ],
        [
            ctx.t("export.col.no"),
            ctx.t("export.col.group"),
            Cell(ctx.t("export.report.col.grade"), align="center"),
            Cell(ctx.t("export.report.col.repayment_rate"), align="right"),
            Cell(ctx.t("export.report.col.par30"), align="right"),
            Cell(ctx.t("export.report.col.attendance"), align="right"),
            Cell(ctx.t("export.report.lkm.col"), align="center"),
            ctx.t("export.report.col.next_action"),
        ],
        rows,
    )
    if rule is not None:
        w.note(rule.rule(ctx.lang))
    for name, notes in warned:
        w.note(ctx.t("export.report.summary_warnings", group=name), keep_with_next=True)
        w.bullets(notes)
    return w.doc
