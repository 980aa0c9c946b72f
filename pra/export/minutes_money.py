"""The berita acara's money table: every funding source of every group, whole, with its date.

A grant is one row with its whole amount, split as the capital plan splits it
(the part spent on the group's business, the part lent on to members); a lender
loan is a row of its own (the group's money, repaid to the lender); each row says
the day the plan hands the money over (:func:`pra.plan.lender.disbursement_date`),
which is seldom the day of the workshop. Two totals follow, grants and loans,
never added together. Under the table, one sentence per group says what each
first-round borrower signs for and receives in hand (:mod:`pra.plan.fund`), the
same figures as the group's plan.
"""

from __future__ import annotations

import datetime as dt

from pra.export.context import Context
from pra.export.tables import Cell, Column
from pra.model import BusinessGroup, Grant, LenderLoan


def _short_date(ctx: Context, day: dt.date | None) -> str:
    """``1 Sep 2003``: the hand-over day in its narrow column."""
    from pra.plan.formatting import format_short_date

    return format_short_date(day, ctx.lang) if day else ctx.t("export.none")


def _rows(ctx: Context, group: BusinessGroup) -> list[tuple[Grant | LenderLoan, int, int, int]]:
    """Each grant and lender loan: (source, whole amount, for the business, lent on)."""
    found: list[tuple[Grant | LenderLoan, int, int, int]] = []
    for source in group.capital.sources:
        if isinstance(source, Grant) and source.amount:
            found.append((source, source.amount, source.assets, source.revolving))
        elif isinstance(source, LenderLoan) and source.principal:
            found.append((source, source.principal, source.principal, 0))
    return found


def _members_sentence(ctx: Context, group: BusinessGroup) -> str | None:
    """What each first-round borrower signs for and receives, as in the group's plan."""
    from pra.plan.capital import capital_summary
    from pra.plan.fund import member_share
    from pra.plan.revolving import fund_start

    plan = group.capital
    if not plan.stimulus_per_member:
        return None
    summary = capital_summary(group)
    share = member_share(plan)
    kept = plan.stimulus_per_member - share.received
    # each deduction by its own name, as the group's plan names it (its amount when several)
    named = [d for d in share.deductions if d.amount]
    names = ", ".join(
        d.label if len(named) == 1 else f"{d.label} {ctx.rupiah(d.amount)}" for d in named
    )
    return ctx.t(
        "export.label.money_members" if kept else "export.label.money_members_whole",
        group=group.name,
        borrowers=ctx.number(summary.borrowers),
        members=ctx.number(len(group.member_ids)),
        amount=ctx.rupiah(plan.stimulus_per_member),
        kept=ctx.rupiah(kept),
        names=names,
        received=ctx.rupiah(share.received),
        total=ctx.rupiah(summary.stimulus_net),
        date=ctx.or_none(ctx.date(fund_start(group))),
    )


def money_section(ctx: Context) -> None:
    """Per group, each grant and lender loan whole: amount, for the business, lent on, when."""
    from pra.plan.lender import disbursement_date
    from pra.plan.sources import source_name

    w, ws = ctx.writer, ctx.ws
    w.heading(ctx.t("export.heading.m_money"))
    groups = [(g, _rows(ctx, g)) for g in ws.groups]
    groups = [(g, rows) for g, rows in groups if rows]
    if not groups:
        w.empty()
        return
    w.note(ctx.t("export.label.money_handed_over"), keep_with_next=True)

    def amount(value: int) -> str:
        return ctx.rupiah(value) if value else "—"

    table: list[list[str | Cell]] = []
    totals = {"grant": [0, 0, 0], "loan": [0, 0, 0]}
    # each row its own number (rev13-lender 13: Jaya Bersama's grant and loan were both "2")
    numbered = ((g, row) for g, rows in groups for row in rows)
    for i, (g, (source, whole, business, lent)) in enumerate(numbered, start=1):
        kind = "grant" if isinstance(source, Grant) else "loan"
        for k, value in enumerate((whole, business, lent)):
            totals[kind][k] += value
        table.append(
            [
                # every row names its group: a row of empty cells reads as nobody's money
                ctx.number(i),
                g.name,
                ctx.notice(source_name(source)),
                ctx.rupiah(whole),
                amount(business),
                amount(lent),
                _short_date(ctx, disbursement_date(g, source)),
            ]
        )
    for kind, (whole, business, lent) in totals.items():
        if whole:
            table.append(
                [
                    "",
                    Cell(ctx.t(f"export.label.money_total_{kind}"), bold=True),
                    "",
                    Cell(ctx.rupiah(whole), bold=True),
                    Cell(amount(business), bold=True),
                    Cell(amount(lent), bold=True),
                    "",
                ]
            )
    w.table(
        [
            Column(0.8, "center"),
            Column(2.8),
            Column(3.6),
            Column(2.6, "right"),
            Column(2.6, "right"),
            Column(2.6, "right"),
            Column(2.2),
        ],
        [
            ctx.t("export.col.no"),
            ctx.t("export.col.group"),
            ctx.t("export.col.money_source"),
            Cell(ctx.t("export.col.money_whole"), align="right"),
            Cell(ctx.t("export.col.money_business"), align="right"),
            Cell(ctx.t("export.col.money_lent"), align="right"),
            ctx.t("export.col.money_when"),
        ],
        table,
    )
    sentences = [s for g, _ in groups if (s := _members_sentence(ctx, g))]
    if sentences:
        w.bullets(sentences)
