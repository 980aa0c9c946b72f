"""The repayment capacity in one sentence, for page 1 (#13, rev13-lender finding 1b).

Page 1 of the printed plan is one page. The capacity sentences with their arithmetic (the
ordinary month's profit ÷ members, what a borrower pays and how her share of the lenders'
instalments is reached, then the weakest month the same way: :func:`pra.plan.business.
capacity_note`) took up to nine lines there and pushed the verdict onto a near-empty page 2
as soon as a group had a loan and a weak month. Page 1 says the verdict only, from the same
:class:`~pra.plan.business.Capacity`: per member against per borrower, enough or short, the
weakest month's verdict, and where the arithmetic is printed (the analysis section, which
keeps every line of it).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from pra.plan.makers import makers_summary
from pra.plan.notice import Money, Notice

if TYPE_CHECKING:
    from pra.plan.business import BusinessPlan
    from pra.plan.makers import Makers


def capacity_brief(plan: BusinessPlan, where: object, *, cash_short: bool = False) -> Notice:
    """The verdict of ``plan``'s capacity in one sentence; ``where`` names the section that
    holds the arithmetic. The sales assumption of the full sentence is kept (the cash flow
    sells from its first month when the plan does not say when selling starts).

    ``cash_short``: the cash flow cannot pay what falls due in some month (page 1 says it
    first, as the gap to finance). An ordinary month that pays is then not called "cukup"
    (rev14-lender 4: Pertukangan, short 11 of 12 months, read "cukup, sisa Rp 31.928"): the
    sentence says the margin holds in an ordinary month only, and the weakest month briefly."""
    c = plan.capacity
    assumed = _assumed(plan)
    if not c.members:
        return Notice("plan.business.capacity_no_members")
    said: dict[str, object] = {
        "per_member": Money(c.per_member),
        "payment": Money(c.payment),
        "where": where,
        "assumed": assumed,
    }
    if c.profit < 0:
        return Notice("plan.business.brief_loss", {**said, **_loss(-c.profit, c.members)})
    if cash_short and c.margin >= 0:
        return Notice(
            "plan.business.brief_cash_short",
            {**said, "left": Money(c.margin), "weak": _weakest_brief(plan)},
        )
    verdict = (
        Notice("plan.business.brief_enough", {"left": Money(c.margin)})
        if c.margin >= 0
        else Notice("plan.business.brief_short", {"short": Money(-c.margin)})
    )
    return Notice("plan.business.brief", {**said, "verdict": verdict, "weak": _weakest(plan)})


def _assumed(plan: BusinessPlan) -> object:
    """The sales assumption the full sentence carries (``""``: none)."""
    last = plan.lines[-1] if plan.lines else None
    if last is not None and last.key == "plan.business.capacity_and_assumed":
        return last.params.get("assumed", "")
    return ""


def makers_brief(
    plan: BusinessPlan, found: Makers, names: Mapping[str, str], where: object
) -> Notice:
    """Page 1's capacity sentence for a group of members' own businesses
    (:mod:`pra.plan.makers`): how many businesses carry their borrowers' instalments, the
    weakest by name, the members who run none; the arithmetic is in the section ``where``."""
    said = makers_summary(found, names)
    return Notice("plan.makers.brief", {**said.params, "where": where, "assumed": _assumed(plan)})


def _weakest(plan: BusinessPlan) -> Notice | str:
    """The weakest month's verdict, when it leaves less than the ordinary month
    (:func:`pra.plan.business.capacity_note` says it with its arithmetic)."""
    weak = plan.capacity.weakest
    if weak is None:
        return ""
    params: dict[str, object] = {
        "period": weak.period,
        "per_member": Money(weak.per_member),
        "payment": Money(weak.payment),
    }
    if weak.margin >= 0:
        return Notice("plan.business.brief_weak_enough", {**params, "left": Money(weak.margin)})
    if weak.profit < 0:
        loss = _loss(-weak.profit, plan.capacity.members)
        return Notice("plan.business.brief_weak_loss", {**params, **loss})
    return Notice("plan.business.brief_weak_short", {**params, "short": Money(-weak.margin)})


def _weakest_brief(plan: BusinessPlan) -> Notice | str:
    """The weakest month in a few words, beside a cash flow already said to be short."""
    weak = plan.capacity.weakest
    if weak is None or weak.margin >= 0:
        return ""
    if weak.profit < 0:
        return Notice(
            "plan.business.brief_gap_weak_loss",
            {"period": weak.period, **_loss(-weak.profit, plan.capacity.members)},
        )
    return Notice(
        "plan.business.brief_gap_weak",
        {"period": weak.period, "per_member": Money(weak.per_member)},
    )


def _loss(loss: int, members: int) -> dict[str, object]:
    """The group's loss and each member's part of it (rev15-lender 5: "rugi Rp 50.000" beside
    "laba … per anggota" read as per member; it is the group's, Rp 5.000 each of ten), the part
    rounded down as the profit per member is."""
    part = loss // members
    each: object = Money(part)
    if part * members != loss:
        each = Notice("plan.business.per_member_rounded", {"amount": Money(part)})
    return {"loss": Money(loss), "loss_member": each}
