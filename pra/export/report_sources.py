"""The progress report's sentences about the money the plan brought in from outside the fund.

The fund's ledger shows only the part of a grant that revolves; the part the plan
spends on the group's business (its RAB: tools, first materials) is said here, so
the report accounts for the grant whole. A loan from a lender (BMM) is the group's
own debt to an institution once the lender hands it over: the report names it where it
speaks of LKMs, and a loan planned but not yet disbursed by the period's end apart from
the loans taken (direncanakan, belum cair), never as money the group has.
"""

from __future__ import annotations

import datetime as dt

from pra.export.context import Context
from pra.model import BusinessGroup, Grant


def grant_lines(ctx: Context, group: BusinessGroup, on: dt.date) -> list[str]:
    """One sentence per grant the plan partly spends on the business: the whole, the part
    spent per the RAB, the part lent on through the fund; a grant the plan hands over after
    ``on`` (and not recorded as received by then) is named as planned, not yet received."""
    from pra.plan.lender import disbursement_date
    from pra.plan.sources import source_name

    lines = []
    later = _received_later(group, on)
    for source in group.capital.sources:
        if not isinstance(source, Grant) or not source.amount:
            continue
        planned_on = disbursement_date(group, source)
        if source in later and planned_on is not None:
            lines.append(
                ctx.t(
                    "export.report.grant.planned",
                    source=ctx.notice(source_name(source)),
                    amount=ctx.rupiah(source.amount),
                    date=ctx.date(planned_on),
                )
            )
            continue
        if not source.assets:
            continue
        key = "export.report.grant.split" if source.revolving else "export.report.grant.assets"
        lines.append(
            ctx.t(
                key,
                source=ctx.notice(source_name(source)),
                amount=ctx.rupiah(source.amount),
                assets=ctx.rupiah(source.assets),
                revolving=ctx.rupiah(source.revolving),
            )
        )
    return lines


def _received_later(group: BusinessGroup, on: dt.date) -> list[Grant]:
    """The grants the plan hands over after ``on`` and not recorded as received by then."""
    from pra.plan.lender import disbursement_date

    received = group.followup.stimulus_on
    if received is not None and received <= on:
        return []
    return [
        s
        for s in group.capital.sources
        if isinstance(s, Grant)
        and s.amount
        and (planned_on := disbursement_date(group, s)) is not None
        and planned_on > on
    ]


def lender_loans(ctx: Context, group: BusinessGroup, on: dt.date, *, taken: bool = True) -> str:
    """The group's loans from lenders it had by the end of ``on`` (``taken=False``: those only
    planned, not yet disbursed by then), ``Pinjaman BMM Rp 3.000.000``; empty without any
    (:attr:`pra.plan.followup.LenderStatus.taken`)."""
    from pra.plan.followup import lender_statuses
    from pra.plan.sources import source_name

    return ", ".join(
        f"{ctx.notice(source_name(s.loan))} {ctx.rupiah(s.loan.principal)}"
        for s in lender_statuses(group, on)
        if s.taken == taken
    )


def handover_line(ctx: Context, group: BusinessGroup, on: dt.date) -> str | None:
    """The fund's hand-over as the plan dates it against the day recorded, and the gap.

    One rule with :func:`grant_lines`: a hand-over after ``on`` (the period's end) is named
    only as planned, never as done: "akan diserahkan" when the plan dates it after the
    period, "belum tercatat diserahkan" when the plan dated it within but none was recorded
    by then; nothing when the grant's sentence already names it as planned."""
    from pra.plan.followup.fund import plan_start, recorded_start

    planned, recorded = plan_start(ctx.ws, group), recorded_start(group)
    if planned is None:
        return None
    if recorded is None or recorded > on:
        if planned > on and _received_later(group, on):
            return None  # the grant's sentence names it as planned (grant_lines)
        key = "later_planned" if planned > on else "not_recorded"
        return ctx.t(f"export.report.handover.{key}", planned=ctx.date(planned))
    if planned == recorded:
        return ctx.t("export.report.handover.as_planned", date=ctx.date(planned))
    if planned.day == recorded.day:
        months = (recorded.year - planned.year) * 12 + recorded.month - planned.month
        gap = ctx.t("export.report.handover.months", count=abs(months))
    else:
        gap = ctx.t("export.report.handover.days", count=abs((recorded - planned).days))
    return ctx.t(
        "export.report.handover.later" if recorded > planned else "export.report.handover.earlier",
        planned=ctx.date(planned),
        recorded=ctx.date(recorded),
        gap=gap,
    )
