"""The workshop's prioritised problems, why the group's business was chosen, and its potentials.

These are decided by the whole room; each group's plan repeats them because a
grant reader asks "why this business?" and the answer starts with the
problems the room ranked first.
"""

from __future__ import annotations

from pra.export.context import Context
from pra.export.tables import Cell, CellValue, Column
from pra.plan.ideas import workshop_ideas
from pra.plan.pairwise import workshop_pairwise
from pra.plan.potential_map import group_institutions, group_skills
from pra.plan.robustness import top_problem_robustness
from pra.plan.votes import dot_tally


def problems_section(ctx: Context, heading: str) -> None:
    """The ranked problems with their votes, the priority marked, and the reasons given."""
    w, ws = ctx.writer, ctx.ws
    w.heading(heading)
    if not ws.problems:
        w.empty()
        return
    voting = ws.voting
    categories = {p.id: ctx.t(f"category.{p.category}") for p in ws.problems}
    if voting.method == "pairwise":
        rows = workshop_pairwise(ws).rows
        w.lead(ctx.t("export.label.vote_method_pairwise"))
        score_col = ctx.t("export.col.wins")
    else:
        tally = dot_tally(ws)
        rows = tally.rows
        w.lead(ctx.t("export.label.vote_method_dots", dots=voting.dots.dots_per_person))
        score_col = ctx.t("export.col.votes")
    table_rows = []
    for r in rows:
        chosen = r.item_id == voting.priority_id
        title = f"{r.name} {ctx.t('export.priority')}" if chosen else r.name
        table_rows.append(
            (
                ctx.number(r.rank),
                Cell(title, bold=chosen),
                categories.get(r.item_id, ""),
                Cell(ctx.number(r.score), bold=chosen),
                ctx.percent(round(r.share * 100)),
            )
        )
    w.table(
        [
            Column(1.6, "center"),
            Column(6.5),
            Column(2.4),
            Column(1.4, "right"),
            Column(1.5, "right"),
        ],
        [
            ctx.t("export.col.rank"),
            ctx.t("export.col.problem"),
            ctx.t("export.col.category"),
            Cell(score_col, align="right"),
            Cell(ctx.t("export.col.share"), align="right"),
        ],
        table_rows,
    )
    if voting.method != "pairwise":
        w.note(
            ctx.t("export.label.vote_cast", cast=tally.dots_cast, available=tally.dots_available)
        )
        w.note(ctx.notice(top_problem_robustness(ws).note))
    if voting.reasons:
        w.lead(ctx.t("export.label.reasons"))
        w.bullets(voting.reasons)


def choice_section(ctx: Context, heading: str) -> None:
    """The group's reasons, and the idea matrix with the group's own business marked."""
    w, ws, group = ctx.writer, ctx.ws, ctx.group
    assert group is not None
    w.heading(heading)
    if not group.reason and not ws.ideas:
        w.empty()
        return
    if group.reason:
        w.lead(ctx.t("export.label.group_reason"))
        w.paragraph(group.reason)
    if not ws.ideas:
        return
    matrix = workshop_ideas(ws)
    row_of = {r.item_id: r for r in matrix.rows}
    chosen = row_of.get(group.idea_id or "")
    ctx.render(
        "choice",
        idea=chosen.name if chosen else "",
        business=group.business,
        score=ctx.number(chosen.score) if chosen else "",
        rank=chosen.rank if chosen else 0,
        ideas=len(matrix.rows),
        tied=bool(chosen and chosen.tied),
    )
    criteria = matrix.criteria
    w.lead(ctx.t("export.label.matrix"))
    rows: list[list[CellValue]] = []
    for r in matrix.rows:
        mine = r.item_id == group.idea_id
        name = f"{r.name} {ctx.t('export.chosen')}" if mine else r.name
        # a missing score is shown as missing (and said below the table), never as a 0
        scores = [
            ctx.t("export.none") if s is None else ctx.number(s)
            for s in matrix.scores.get(r.item_id, ())
        ]
        rows.append(
            [
                ctx.number(r.rank),
                Cell(name, bold=mine),
                *scores,
                Cell(ctx.number(r.score), bold=mine),
            ]
        )
    codes = [f"K{i + 1}" for i in range(len(criteria))]
    w.table(
        [
            Column(1.6, "center"),
            Column(6),
            *[Column(1.1, "center") for _ in criteria],
            Column(1.4, "right"),
        ],
        [
            ctx.t("export.col.rank"),
            ctx.t("export.col.idea"),
            *[Cell(c, align="center") for c in codes],
            Cell(ctx.t("export.col.score"), align="right"),
        ],
        rows,
    )
    legend = "; ".join(
        f"{code} = {c.name} (×{c.weight})" for code, c in zip(codes, criteria, strict=True)
    )
    if legend:
        w.note(ctx.t("export.label.criteria_legend", criteria=legend))
    for note in matrix.robustness:
        if note.criterion_id and not note.holds:
            w.note(ctx.notice(note.note))
    for warning in matrix.warnings:
        w.note(ctx.notice(warning))


def potentials_section(ctx: Context, heading: str) -> None:
    """Skills the members hold, institutions the group can lean on, resources outside it."""
    w, ws, group = ctx.writer, ctx.ws, ctx.group
    assert group is not None
    w.heading(heading)
    w.heading(ctx.t("export.heading.skills"), 2)
    skills = group_skills(ws, group)
    if skills:
        w.table(
            [Column(4), Column(10)],
            [ctx.t("export.col.skill"), ctx.t("export.col.holders")],
            [(s.name, ctx.names(s.holder_ids)) for s in skills],
        )
    else:
        w.empty()
    w.heading(ctx.t("export.heading.institutions"), 2)
    institutions = group_institutions(ws, group)
    unrated = ctx.t("export.unrated")  # not rated in the room yet: never a default 3
    if institutions:
        w.table(
            [Column(6), Column(4), Column(2, "center"), Column(2, "center")],
            [
                ctx.t("export.col.institution"),
                ctx.t("export.col.kind"),
                Cell(ctx.t("export.col.importance"), align="center"),
                Cell(ctx.t("export.col.closeness"), align="center"),
            ],
            [
                (
                    i.name,
                    institution_kind(ctx, i.kind),
                    ctx.number(i.importance) if i.importance is not None else unrated,
                    ctx.number(i.closeness) if i.closeness is not None else unrated,
                )
                for i in institutions
            ],
        )
    else:
        w.empty()
    w.heading(ctx.t("export.heading.resources"), 2)
    if ws.resources:
        notes: list[str] = []
        w.table(
            [Column(5), Column(3), Column(7)],
            [ctx.t("export.col.resource"), ctx.t("export.col.kind"), ctx.t("export.col.notes")],
            [
                (r.name, ctx.t(f"resource_kind.{r.kind}"), ctx.cell(r.notes, notes))
                for r in ws.resources
            ],
        )
        ctx.write_notes(notes)
    else:
        w.empty()


def institution_kind(ctx: Context, kind: str) -> str:
    """A kind the catalogue knows ("arisan", "LSM", "partai politik") in the plan's language, as
    the resource kinds beside it are; any other kind as the facilitator typed it."""
    from pra.i18n import has

    key = "institution_kind." + "_".join(kind.casefold().split())
    return ctx.t(key) if kind.strip() and has(key, ctx.lang) else kind
