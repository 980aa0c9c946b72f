"""The workshop record (berita acara): where and when, who attended, what was decided and agreed.

Groups attach it to a grant proposal as the minutes of their founding
meeting, so it ends with signature lines and the lurah's acknowledgement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pra.export.language import set_properties
from pra.export.plan import new_context, place_lines, signature_grid
from pra.export.problems import problems_section
from pra.export.tables import Cell, Column
from pra.export.template import Template
from pra.i18n import Language
from pra.model import Workshop

if TYPE_CHECKING:
    from docx.document import Document

ATTENDANCE_ROW_TWIPS = 420
"""About 0.75 cm per line of the attendance list: room for a signature."""


def build_minutes(ws: Workshop, template: Template, lang: Language) -> Document:
    """The berita acara of ``ws`` as a python-docx document."""
    ctx = new_context(ws, template, lang)
    w, info = ctx.writer, ws.info
    title = ctx.workshop_title()
    set_properties(
        w.doc,
        lang,
        title=ctx.t("export.document.minutes_title", workshop=title),
        subject=ctx.t("export.minutes_subject", workshop=title),
        author=info.partner or info.mentor or title,
        created=info.date,
    )
    w.paragraph(ctx.t("export.minutes_title"), "Title")
    w.paragraph(title, "Subtitle")
    present = [p for p in ws.participants if p.present]
    ctx.render(
        "minutes_opening",
        date=ctx.date(info.date),
        venue=info.venue,
        workshop=title,
        village=info.place.village,
        city=info.place.city,
        present=len(present),
        facilitators=", ".join(info.facilitators),
    )

    w.heading(ctx.t("export.heading.m_place"))
    pairs = [(ctx.t("export.label.venue"), ctx.or_none(info.venue)), *place_lines(ctx)]
    pairs.append((ctx.t("export.cover.date"), ctx.or_none(ctx.date(info.date))))
    pairs.append((ctx.t("export.label.facilitators"), ctx.or_none("\n".join(info.facilitators))))
    pairs.append((ctx.t("export.label.mentor"), ctx.or_none(info.mentor)))
    pairs.append((ctx.t("export.label.partner"), ctx.or_none(info.partner)))
    w.key_values(pairs)

    w.heading(ctx.t("export.heading.m_attendance"))
    if ws.participants:
        w.lead(
            ctx.t("export.label.present_count", present=len(present), total=len(ws.participants))
        )
        w.table(
            [
                Column(1.0, "center"),
                Column(5),
                Column(2.2),
                Column(1.2, "center"),
                Column(1.4, "center"),
                Column(3.4),
            ],
            [
                ctx.t("export.col.no"),
                ctx.t("export.col.name"),
                ctx.t("export.col.sex"),
                Cell(ctx.t("export.col.rt"), align="center"),
                Cell(ctx.t("export.col.present"), align="center"),
                ctx.t("export.col.signature"),
            ],
            [
                (
                    ctx.number(i),
                    p.name,
                    ctx.t(f"sex.{p.sex}") if p.sex else "",
                    p.rt,
                    ctx.t("export.yes") if p.present else ctx.t("export.absent"),
                    "",
                )
                for i, p in enumerate(ws.participants, start=1)
            ],
            min_height=ATTENDANCE_ROW_TWIPS,
        )
    else:
        w.empty()

    problems_section(ctx, ctx.t("export.heading.m_problems"))

    w.heading(ctx.t("export.heading.m_groups"))
    if ws.groups:
        w.table(
            [Column(1.0, "center"), Column(3.6), Column(4.2), Column(2.6), Column(5)],
            [
                ctx.t("export.col.no"),
                ctx.t("export.col.group"),
                ctx.t("export.col.business"),
                ctx.t("export.col.chair"),
                ctx.t("export.label.members"),
            ],
            [
                (
                    ctx.number(i),
                    g.name,
                    g.business,
                    ctx.name(g.chair_id),
                    f"{ctx.t('export.label.member_count', count=len(g.member_ids))}: "
                    f"{ctx.names(g.member_ids)}",
                )
                for i, g in enumerate(ws.groups, start=1)
            ],
        )
    else:
        w.empty()

    w.heading(ctx.t("export.heading.m_agreements"))
    if info.agreements:
        for i, text in enumerate(info.agreements, start=1):
            w.paragraph(f"{ctx.number(i)}.\t{text}", "List Item")
    else:
        w.empty()
    ctx.render("minutes_closing")

    w.heading(ctx.t("export.heading.m_signatures"))
    city = info.place.city or info.place.village
    when = ctx.date(info.date)
    if city or when:
        w.paragraph(
            ctx.t("export.label.place_date", city=city, date=when).strip(", "),
            align="right",
            keep_with_next=True,
        )
    people = [(ctx.t("export.label.facilitators"), f) for f in info.facilitators]
    if info.mentor:
        people.append((ctx.t("export.label.mentor"), info.mentor))
    village = info.place.village
    lurah = (
        ctx.t("export.label.lurah", village=village)
        if village
        else ctx.t("export.label.lurah_plain")
    )
    signature_grid(ctx, people, lurah)
    return w.doc
