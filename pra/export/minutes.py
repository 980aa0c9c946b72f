"""The workshop record (berita acara): where and when, who attended, what was decided and agreed.

Groups attach it to a grant proposal as the minutes of their founding
meeting, so it ends with signature lines and the lurah's acknowledgement.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from pra.export.context import Context
from pra.export.language import set_properties
from pra.export.minutes_money import money_section
from pra.export.plan import new_context, place_lines
from pra.export.problems import problems_section
from pra.export.signing import lurah, signature_grid
from pra.export.tables import Cell, Column
from pra.export.template import Template
from pra.i18n import Language
from pra.model import Workshop

if TYPE_CHECKING:
    from docx.document import Document

ATTENDANCE_ROW_TWIPS = 420
"""About 0.75 cm per line of the attendance list: room for a signature."""


ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
REGISTER_BLANK = "……"
"""The register number is the kelurahan's to write in: the export never makes one up."""


def minutes_number(ctx: Context) -> str:
    """``……/BA-PRA/13 Ilir/VIII/2003``: the letter number in the usual form, its register blank."""
    info = ctx.ws.info
    parts = [REGISTER_BLANK, ctx.t("export.label.minutes_code")]
    if info.place.village:
        parts.append(info.place.village)
    if info.date:
        parts += [ROMAN_MONTHS[info.date.month - 1], str(info.date.year)]
    return "/".join(parts)


def weekday(day: dt.date, lang: Language) -> str:
    """``Rabu``: the day of the week, as the record names it beside the date."""
    from babel.dates import format_date

    return str(format_date(day, format="EEEE", locale=lang))


def build_minutes(ws: Workshop, template: Template, lang: Language, draft: int = 0) -> Document:
    """The berita acara of ``ws`` as a python-docx document.

    ``draft`` (the things any group must fix first, :func:`pra.plan.checks.blocking_checks`)
    prints it as a draft, as a plan is: it records every group's money, so a group's plan
    that is not ready makes the record not ready either (a line at the head of every page,
    "DRAF" in its title, nothing to sign)."""
    ctx = new_context(ws, template, lang)
    ctx.draft = draft
    if draft:
        from pra.export import sections

        sections.add_page_header(ctx.writer.doc, ctx.t("export.draft_header", count=draft))
    w, info = ctx.writer, ws.info
    w.whole_words = True  # dates and names never split over lines (#13)
    title = ctx.workshop_title()
    set_properties(
        w.doc,
        lang,
        title=ctx.t(
            "export.document.draft_minutes_title" if draft else "export.document.minutes_title",
            workshop=title,
        ),
        subject=ctx.t("export.minutes_subject", workshop=title),
        author=info.partner or info.mentor or title,
        created=info.date,
    )
    w.paragraph(ctx.t("export.minutes_draft_title" if draft else "export.minutes_title"), "Title")
    w.paragraph(title, "Subtitle")
    w.paragraph(ctx.t("export.label.minutes_number", number=minutes_number(ctx)), align="center")
    present = [p for p in ws.participants if p.present]
    ctx.render(
        "minutes_opening",
        day=weekday(info.date, lang) if info.date else "",
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
                    g.business or ctx.t("export.funding.no_business"),
                    ctx.name(g.chair_id),
                    f"{ctx.t('export.label.member_count', count=len(g.member_ids))}: "
                    f"{ctx.names(g.member_ids)}",
                )
                for i, g in enumerate(ws.groups, start=1)
            ],
        )
    else:
        w.empty()

    money_section(ctx)

    w.heading(ctx.t("export.heading.m_agreements"))
    if info.agreements:
        for i, text in enumerate(info.agreements, start=1):
            w.paragraph(f"{ctx.number(i)}.\t{text}", "List Item")
    else:
        w.empty()
    ctx.render("minutes_closing")

    w.heading(ctx.t("export.heading.m_signatures"))
    if draft:  # nothing to sign on a draft: it says so instead
        w.paragraph(ctx.t("export.minutes_draft_no_signatures", count=draft), bold=True)
        return w.doc
    city = info.place.city or info.place.village
    when = ctx.date(info.date)
    if city or when:
        w.paragraph(
            ctx.t("export.label.place_date", city=city, date=when).strip(", "),
            align="right",
            keep_with_next=True,
        )
    # each facilitator signs on a line of her own, under her own role in the singular
    people = [(ctx.t("export.label.facilitator"), f) for f in info.facilitators]
    if info.mentor:
        people.append((ctx.t("export.label.mentor"), info.mentor))
    witness = lurah(ctx)
    # The lurah who also guided the workshop signs once, under "Mengetahui".
    same = {" ".join(x.casefold().split()) for x in witness if x}
    people = [(r, n) for r, n in people if " ".join(n.casefold().split()) not in same]
    signature_grid(ctx, people, witness)
    return w.doc
