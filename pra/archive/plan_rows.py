"""The rows of the business plan (rencana usaha) in the archive: each group's products and the
plan's months, as :func:`pra.plan.business.business_plan` works them out for the printed plan
(:func:`~pra.plan.business.planned_months`: its months alone, computed as it computes them).

With them a researcher compares what the groups reported at their meetings (``meetings.sales``,
``meetings.costs``) with what they planned, month by month, without the raw copies
(``--no-raw``). The months are dated as the printed plan dates them
(:func:`pra.plan.business.analysis_start`); a plan with nothing dated has numbered months only.
Nothing here is a person's: a product's name is free text of the plan, pseudonymised like every
text of the workshop before the rows are made (``pra.archive.scrub``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pra.archive.rows import Context

Row = tuple[object, ...]


def products(c: Context) -> Iterator[Row]:
    """Each product of each group's business analysis, with its ordinary month (no season)."""
    from pra.plan.business import profit_and_loss

    for g in c.ws.groups:
        lines = profit_and_loss(g.analysis).products
        for i, (p, line) in enumerate(zip(g.analysis.products, lines, strict=True), start=1):
            yield (
                *(c.ws.id, g.id, p.id, i, p.name, p.unit, p.price),
                *(p.materials, p.labour, p.packaging, line.unit_cost),
                *(line.units, line.sales, line.cost),
            )


def plan_months(c: Context) -> Iterator[Row]:
    """Each month of each group's planned cash flow (the business plan's table)."""
    from pra.plan.business import analysis_start, planned_months

    for g in c.ws.groups:
        for m in planned_months(g, analysis_start(g, c.ws.info.date)):
            yield (
                *(c.ws.id, g.id, m.index + 1, m.period.start, m.period.end, m.calendar_month),
                *(m.opening, m.sales, m.cost_of_sales, m.fixed_costs, m.profit),
                *(m.instalments, m.dues, m.lender, m.funding, m.closing),
            )
