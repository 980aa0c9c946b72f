"""The group business plan (rencana usaha kelompok) as a Word document.

The order follows what a grant reader at the Dinas Sosial looks for and what
the group follows up against: cover; identity and officers; members; the
prioritised problems and why this business; potentials; success circle;
SWOT and the risks with their mitigation; pledges; steps; calendar;
capital and the money story by source; fund rules; repayments and rotation;
the business analysis; signatures of the officers and of every member, and the
approval block (:mod:`pra.export.signing`). A section with nothing in it says
"Belum diisi".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pra.export import (
    analysis,
    calendar,
    commitments,
    funding,
    money,
    problems,
    sections,
    signing,
)
from pra.export.blocks import Writer
from pra.export.context import Context
from pra.export.language import apply_language, set_properties
from pra.export.nobreak import NBSP
from pra.export.snippets import Snippets
from pra.export.tables import Cell, Column
from pra.export.template import Template, default_template_dir
from pra.i18n import Language
from pra.model import BusinessGroup, Workshop
from pra.plan.capital import capital_summary
from pra.plan.memo import computed_once
from pra.plan.potential_map import group_skills
from pra.plan.schedule import workshop_schedule

if TYPE_CHECKING:
    from docx.document import Document


def new_context(ws: Workshop, template: Template, lang: Language) -> Context:
    """A document from ``template`` in ``lang`` (language set, A4, page footer) and its context."""
    doc = template.new_document()
    apply_language(doc, lang)
    sections.ensure_a4_portrait(doc)
    sections.add_page_footer(doc, lang)
    snippets = Snippets([template.folder, default_template_dir()], lang)
    return Context(ws, Writer(doc, lang), snippets)


def build_plan(
    ws: Workshop, group: BusinessGroup, template: Template, lang: Language, draft: int = 0
) -> Document:
    """The business plan of ``group`` as a python-docx document, ready to save.

    ``draft`` (the number of things that must be fixed first, :func:`pra.plan.checks.blocking_checks`)
    prints it as a draft: a line at the head of every page, "DRAF" in the title, and no
    places for signatures (a blank line to sign invites a signature on a plan not ready).
    The plan's figures are computed once for the whole document (:mod:`pra.plan.memo`).
    """
    with computed_once():
        return _build_plan(ws, group, template, lang, draft)


def _build_plan(
    ws: Workshop, group: BusinessGroup, template: Template, lang: Language, draft: int
) -> Document:
    ctx = new_context(ws, template, lang)
    ctx.group = group
    ctx.draft = draft
    if draft:
        sections.add_page_header(ctx.writer.doc, ctx.t("export.draft_header", count=draft))
    ctx.writer.whole_words = True  # dates and names never split over lines (#13)
    set_properties(
        ctx.writer.doc,
        lang,
        title=ctx.t(
            "export.document.draft_plan_title" if draft else "export.document.plan_title",
            group=group.name,
        ),
        subject=ctx.t("export.subject", group=group.name, workshop=ctx.workshop_title()),
        author=group.name,
        created=ws.info.date,
    )
    summary = capital_summary(group)
    schedule = workshop_schedule(ws, group)

    def heading(key: str) -> str:
        return ctx.t(f"export.heading.{key}")

    cover(ctx)
    funding.summary_block(ctx, summary)
    identity(ctx, heading("identity"))
    members(ctx, heading("members"))
    problems.problems_section(ctx, heading("problems"))
    problems.choice_section(ctx, heading("choice"))
    problems.potentials_section(ctx, heading("potentials"))
    commitments.success_section(ctx, heading("success"))
    commitments.swot_section(ctx, heading("swot"))
    commitments.risks_section(ctx, heading("risks"))
    commitments.pledges_section(ctx, heading("pledges"), summary)
    commitments.steps_section(ctx, heading("steps"), schedule)
    calendar.calendar_section(ctx, heading("calendar"), schedule)
    money.capital_section(ctx, heading("capital"), summary)
    funding.sources_section(ctx, heading("money_story"))
    money.fund_section(ctx, heading("fund"))
    money.repayment_section(ctx, heading("repayment"))
    funding.lender_section(ctx)
    analysis.analysis_section(ctx, heading("analysis"))
    signatures(ctx, heading("signatures"))
    return ctx.writer.doc


def place_lines(ctx: Context) -> list[tuple[str, str]]:
    """Kelurahan, kecamatan, kota, provinsi as (label, value), the empty ones left out."""
    place = ctx.ws.info.place
    return [
        (ctx.t(f"export.cover.{key}"), value)
        for key, value in (
            ("village", place.village),
            ("district", place.district),
            ("city", place.city),
            ("province", place.province),
        )
        if value
    ]


def cover(ctx: Context) -> None:
    """The first page: what this is, whose it is, where and when, and who accompanies them."""
    w, group, info = ctx.writer, ctx.group, ctx.ws.info
    assert group is not None
    # the title at the top: page 1 keeps its room for the summary (pra.export.funding), which
    # names what a lender's loan buys too (rev15-lender 4)
    w.paragraph(ctx.t("export.draft_title" if ctx.draft else "export.plan_title"), "Title")
    w.paragraph(group.name, "Subtitle")
    if group.business:
        w.paragraph(group.business, "Cover Line")
    w.paragraph("", "Cover Line")
    # the place on one line, as section 1 says it, so page 1 keeps room for the summary
    # (rev14-lender 1b: with a BMM loan and a pre-sales shortfall it ran onto page 2)
    # each part whole: "Provinsi Sumatera" / "Selatan" broke a name (rev15-lender 7)
    place = ", ".join(f"{label} {value}".replace(" ", NBSP) for label, value in place_lines(ctx))
    if place:
        w.paragraph(place, "Cover Line")
    lines = []
    if info.date:
        lines.append((ctx.t("export.cover.date"), ctx.date(info.date)))
    if info.partner:
        lines.append((ctx.t("export.cover.partner"), info.partner))
    if info.title:
        lines.append((ctx.t("export.cover.workshop"), info.title))
    for label, value in lines:
        w.paragraph(f"{label}: {value}", "Cover Line")
    w.paragraph("", "Cover Line")


def identity(ctx: Context, heading: str) -> None:
    w, ws, group = ctx.writer, ctx.ws, ctx.group
    assert group is not None
    w.heading(heading, page_break_before=True)
    ctx.render(
        "plan_intro",
        group=group.name,
        workshop=ws.info.title,
        village=ws.info.place.village,
        date=ctx.date(ws.info.date),
        members=len(group.member_ids),
        business=group.business,
    )
    place = ws.info.place
    address = ", ".join(
        x
        for x in (
            ctx.t("export.label.rt_rw", rt=place.rt, rw=place.rw) if place.rt or place.rw else "",
            *[f"{label} {value}" for label, value in place_lines(ctx)],
        )
        if x
    )
    heads = sum(1 for m in group.member_ids if (p := ctx.people.get(m)) and p.household_head)
    pairs = [
        (ctx.t("export.label.group"), group.name),
        (ctx.t("export.label.business"), ctx.or_none(group.business)),
        (ctx.t("export.label.address"), ctx.or_none(address)),
        (ctx.t("export.label.formed"), ctx.or_none(ctx.date(ws.info.date))),
        (
            ctx.t("export.label.members"),
            ctx.t("export.label.members_value", count=len(group.member_ids), heads=heads),
        ),
        (ctx.t("export.label.chair"), ctx.or_none(ctx.name(group.chair_id))),
        (ctx.t("export.label.secretary"), ctx.or_none(ctx.name(group.secretary_id))),
        (ctx.t("export.label.treasurer"), ctx.or_none(ctx.name(group.treasurer_id))),
        (ctx.t("export.label.mentor"), ctx.or_none(ws.info.mentor)),
        (ctx.t("export.label.partner"), ctx.or_none(ws.info.partner)),
    ]
    w.key_values(pairs)


def role_of(ctx: Context, participant_id: str) -> str:
    group = ctx.group
    assert group is not None
    for role, ref in group.officer_ids().items():
        if ref == participant_id:
            return ctx.t(f"role.{role}")
    return ctx.t("role.member")


def members(ctx: Context, heading: str) -> None:
    """The member table: name, sex, household head, RT, role in the group, skills (and NIK)."""
    w, group = ctx.writer, ctx.group
    assert group is not None
    w.heading(heading)
    if not group.member_ids:
        w.empty()
        return
    skills: dict[str, list[str]] = {}
    for s in group_skills(ctx.ws, group):
        for holder in s.holder_ids:
            skills.setdefault(holder, []).append(s.name)
    rows: list[tuple[str, ...]] = []
    for i, ref in enumerate(group.member_ids, start=1):
        person = ctx.people.get(ref)
        rows.append(
            (
                ctx.number(i),
                ctx.name(ref),
                ctx.t(f"sex.{person.sex}") if person and person.sex else "",
                ctx.t("export.yes") if person and person.household_head else "",
                person.rt if person else "",
                role_of(ctx, ref),
                ", ".join(skills.get(ref, [])),
                (person.nik or "") if person else "",
            )
        )
    columns = [
        Column(1.0, "center"),
        Column(4.2),
        Column(2.2),
        Column(1, "center"),
        Column(1, "center"),
        Column(2.2),
        Column(4.6),
    ]
    header: list[str | Cell] = [
        ctx.t("export.col.no"),
        ctx.t("export.col.name"),
        ctx.t("export.col.sex"),
        Cell(ctx.t("export.col.head"), align="center"),
        Cell(ctx.t("export.col.rt"), align="center"),
        ctx.t("export.col.role"),
        ctx.t("export.col.skills"),
    ]
    # The NIK (identity number) a lender asks for: a column only where a member has one.
    # It is printed here and nowhere else (not in the archive, the statistics or the room).
    if any(row[-1] for row in rows):
        columns[-1] = Column(3.0)
        columns.append(Column(3.6))
        header.append(ctx.t("export.col.nik"))
    else:
        rows = [row[:-1] for row in rows]
    w.table(columns, header, rows)


def signatures(ctx: Context, heading: str) -> None:
    """Every member signs (the officers once, with their role), then who approves the plan
    (:mod:`pra.export.signing`)."""
    w, ws, group = ctx.writer, ctx.ws, ctx.group
    assert group is not None
    w.heading(heading)
    if ctx.draft:  # nothing to sign on a draft: it says so instead
        w.paragraph(ctx.t("export.draft_no_signatures", count=ctx.draft), bold=True)
        return
    ctx.render("signatures", keep_with_next=True, group=group.name)
    city = ws.info.place.city or ws.info.place.village
    when = ctx.date(ws.info.date)
    if city or when:
        w.paragraph(
            ctx.t("export.label.place_date", city=city, date=when).strip(", "),
            align="right",
            keep_with_next=True,
        )
    # the officers sign once, among the members, their role after their name
    signing.member_signatures(ctx, ctx.t("export.heading.member_signatures"))
    signing.approval_block(ctx, ctx.t("export.heading.approval"))
