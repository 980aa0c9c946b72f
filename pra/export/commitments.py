"""What the group commits to: its success circle, its SWOT, its members' pledges, its steps."""

from __future__ import annotations

from pra.export.context import Context
from pra.export.tables import Cell, Column
from pra.model import Step
from pra.plan.capital import CapitalSummary
from pra.plan.schedule import Schedule

SIGNATURE_ROW_TWIPS = 560
"""About 1 cm: room for a signature or a thumbprint."""


def success_section(ctx: Context, heading: str) -> None:
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading)
    if not group.success:
        w.empty()
        return
    w.table(
        [Column(1, "center"), Column(7), Column(7)],
        [ctx.t("export.col.no"), ctx.t("export.col.success"), ctx.t("export.col.indicator")],
        [(ctx.number(i), s.text, s.indicator) for i, s in enumerate(group.success, start=1)],
    )


def swot_section(ctx: Context, heading: str) -> None:
    """SWOT as a 2×2 table: strengths and weaknesses (inside), opportunities and threats (outside)."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading)
    swot = group.swot
    quadrants = (
        ("strengths", swot.strengths),
        ("weaknesses", swot.weaknesses),
        ("opportunities", swot.opportunities),
        ("threats", swot.threats),
    )
    if not any(items for _, items in quadrants):
        w.empty()
        return
    bullet = ctx.t("export.bullet")
    cells = [
        Cell(
            "\n".join(f"{bullet} {i.text}" for i in items) if items else ctx.t("export.empty"),
            title=ctx.t(f"export.col.{name}"),
        )
        for name, items in quadrants
    ]
    w.table([Column(1), Column(1)], None, [(cells[0], cells[1]), (cells[2], cells[3])])


def risks_section(ctx: Context, heading: str) -> None:
    """Each weakness and threat as a risk, with how the group will deal with it.

    A risk nobody has answered yet prints a dotted line in its place, and a note
    says so: a gap to fill in with the mentor, never a row that looks complete.
    """
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading, 2)
    risks = [
        (item, ctx.t(f"export.label.risk_from_{quadrant}"))
        for quadrant in ("weaknesses", "threats")
        for item in getattr(group.swot, quadrant)
    ]
    if not risks:
        w.empty()
        return
    gap = ctx.t("export.label.fill_line")
    missing = sum(1 for item, _ in risks if not item.mitigation)
    rows = [
        (ctx.number(n), item.text, source, item.mitigation or gap)
        for n, (item, source) in enumerate(risks, start=1)
    ]
    w.table(
        [Column(0.9, "center"), Column(5.5), Column(2.4), Column(6.2)],
        [
            ctx.t("export.col.no"),
            ctx.t("export.col.risk"),
            ctx.t("export.col.risk_from"),
            ctx.t("export.col.mitigation"),
        ],
        rows,
        min_height=SIGNATURE_ROW_TWIPS if missing else None,  # room to write by hand
    )
    if missing:
        w.note(ctx.t("export.label.risks_open", count=missing, line=gap))


def pledges_section(ctx: Context, heading: str, summary: CapitalSummary) -> None:
    """Each member's pledge with a column to sign, and the total own contribution (swadaya)."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading)
    if not group.pledges:
        w.empty()
        return
    rows: list[tuple[str | Cell, ...]] = []
    for i, p in enumerate(group.pledges, start=1):
        kind = ctx.t(f"pledge_kind.{p.kind}")
        what = f"{kind}: {p.description}" if p.description else kind
        rows.append(
            (
                ctx.number(i),
                ctx.name(p.participant_id),
                what,
                ctx.rupiah(p.value) if p.value is not None else ctx.t("export.none"),
                ctx.t("export.yes") if p.kept else ctx.t("export.no"),
                "",
            )
        )
    rows.append(
        (
            "",
            Cell(ctx.t("export.total"), bold=True, span=2),
            Cell(ctx.rupiah(summary.own_total), bold=True, align="right"),
            "",
            "",
        )
    )
    w.table(
        [
            Column(0.9, "center"),
            Column(3.4),
            Column(4.0),
            Column(2.8, "right"),
            Column(1.9, "center"),
            Column(2.6),
        ],
        [
            ctx.t("export.col.no"),
            ctx.t("export.col.name"),
            ctx.t("export.col.pledge"),
            Cell(ctx.t("export.col.value"), align="right"),
            Cell(ctx.t("export.col.kept"), align="center"),
            ctx.t("export.col.signature"),
        ],
        rows,
        min_height=SIGNATURE_ROW_TWIPS,
        keep_with_next=True,  # the totals under the table never alone on the next page
    )
    w.paragraph(
        ctx.t("export.label.own_total", amount=ctx.rupiah(summary.own_total)),
        bold=True,
        keep_with_next=True,
    )
    not_kept = summary.own_total - summary.kept_value
    w.note(
        ctx.t("export.label.kept_total", amount=ctx.rupiah(summary.kept_value)),
        keep_with_next=bool(summary.unvalued_pledges or not_kept),
    )
    if not_kept:
        w.note(
            ctx.t("export.label.not_kept_total", amount=ctx.rupiah(not_kept)),
            keep_with_next=bool(summary.unvalued_pledges),
        )
    if summary.unvalued_pledges:
        from pra.plan.notice import Notice

        w.note(
            ctx.notice(Notice("plan.capital.line_unvalued", {"count": summary.unvalued_pledges}))
        )


def step_when(ctx: Context, schedule: Schedule, step_id: str) -> str:
    """When a step runs: its days in a weekly calendar with a start, else its months or periods."""
    s = schedule.step(step_id)
    if s is None:
        return ""
    if schedule.unit == "week" and s.start_date is not None and s.end_date is not None:
        return ctx.date_range(s.start_date, s.end_date)
    first = schedule.periods[s.start].label(ctx.lang)
    last = schedule.periods[s.end - 1].label(ctx.lang)
    return first if first == last else f"{first} – {last}"


def _when_with_push(ctx: Context, schedule: Schedule, step: Step) -> str:
    """:func:`step_when`, and on the same row the fixed date when the steps before pushed it later."""
    when = step_when(ctx, schedule, step.id)
    placed = schedule.step(step.id)
    if (
        step.start is not None
        and placed is not None
        and placed.start_date is not None
        and placed.start_date > step.start
    ):
        return f"{when}\n{ctx.t('export.label.pushed', date=ctx.date(step.start))}"
    return when


def steps_section(ctx: Context, heading: str, schedule: Schedule) -> None:
    """The steps with who is responsible, what they need and cost, what comes first, and when."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading)
    if not group.steps:
        w.empty()
        return
    number = {s.id: i for i, s in enumerate(group.steps, start=1)}
    critical = set(schedule.critical_path)
    rows: list[tuple[str | Cell, ...]] = []
    notes: list[str] = []
    for i, s in enumerate(group.steps, start=1):
        placed = schedule.step(s.id)
        deps = placed.depends_on if placed else s.depends_on
        after = ", ".join(ctx.number(number[d]) for d in deps if d in number)
        rows.append(
            (
                f"{ctx.number(i)}{'*' if s.id in critical else ''}",
                f"{s.title}\n{ctx.t('export.label.after_steps', steps=after)}"
                if after
                else s.title,
                ctx.names(s.responsible_ids),
                ctx.cell(s.needs, notes),
                ctx.rupiah(s.cost),
                _when_with_push(ctx, schedule, s),
            )
        )
    rows.append(
        (
            "",
            Cell(ctx.t("export.total"), bold=True, span=3),
            Cell(ctx.rupiah(sum(s.cost for s in group.steps)), bold=True, align="right"),
            "",
        )
    )
    if critical:
        # above the table: alone below a page-filling table it took a page of its own
        w.note(ctx.t("export.label.critical"), keep_with_next=True)
    bridge = _steps_against_budget(ctx)
    if bridge:
        # above the table too: under it, the note kept a table of up to ten rows whole with
        # it and moved it to the next page (Tri Astha p5 left 398 pt empty)
        w.note(bridge, keep_with_next=True)
    w.table(
        [
            Column(0.9, "center"),
            Column(4.0),
            Column(2.7),
            Column(3.0),
            Column(2.9, "right"),
            Column(3.0),
        ],
        [
            ctx.t("export.col.no"),
            ctx.t("export.col.step"),
            ctx.t("export.col.responsible"),
            ctx.t("export.col.needs"),
            Cell(ctx.t("export.col.cost"), align="right"),
            ctx.t("export.col.when"),
        ],
        rows,
    )
    ctx.write_notes(notes)


def _steps_against_budget(ctx: Context) -> str:
    """The steps' total followed to the budget's (RAB) cash spending, when the group has both:
    two totals a lender adds up, which the page never connected (rev16-lender 6: Sedap Malam
    Rp 3.500.000 here, Rp 5.350.000 in the RAB)."""
    from pra.plan.reconcile import steps_against_budget

    group = ctx.group
    assert group is not None
    if not group.capital.budget or not any(s.cost for s in group.steps):
        return ""
    found = steps_against_budget(group)
    less = "".join(
        ctx.t(f"export.label.steps_budget_{key}", amount=ctx.rupiah(amount))
        for key, amount in (("in_kind", found.in_kind), ("member_loans", found.member_loans))
        if amount
    )
    params = {
        "steps": ctx.rupiah(found.steps),
        "budget": ctx.rupiah(found.budget),
        "less": less,
        "cash": ctx.rupiah(found.cash),
        "section": ctx.t("export.heading.capital"),
    }
    if not found.difference:
        return ctx.t("export.label.steps_budget_equal", **params)
    return ctx.t(
        "export.label.steps_budget_differs",
        **params,
        difference=ctx.rupiah(abs(found.difference)),
    )
