"""The capital plan of a group: stimulus plus own contribution against the budget (RAB).

The stimulus counts with what members actually receive in hand (the deductions
stay in the revolving fund and cannot buy materials); the own contribution
(swadaya) is the members' pledges (janji hati) that carry a value — money, and
goods or labour valued in rupiah. Pledges without a value are counted but not
added, and said so. The difference with the budget is a shortfall or a surplus.

Each budget line names the funding source that pays it (``pra.model.funding``);
by kind — grants (stimulus), lender loans, own contribution, or none (other) —
each is held against its own lines: a grant pays only from the part it spends
on the group's assets (the part lent to members is the revolving fund), a
lender loan from its principal, the own contribution from its valued pledges
and the members' simpanan pokok. A surplus of goods or labour pledges does not
pay for materials the grant was meant to buy, and the summary says so instead
of reporting only the overall surplus.
"""

from __future__ import annotations

from dataclasses import dataclass

from pra.model import BusinessGroup, CapitalPlan
from pra.plan.fund import deduction_notice, member_share
from pra.plan.loan_use import use_lines
from pra.plan.memo import once
from pra.plan.notice import Money, Notice


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """A budget line with its total (quantity × unit price)."""

    line_id: str
    item: str
    quantity: int
    unit: str
    unit_price: int
    total: int
    source: str
    """The kind of the paying source: ``stimulus`` (a grant), ``loan``, ``own``, ``other`` (none)."""
    source_id: str | None = None
    member_loans: bool = False
    """Bought by members with their loans (see ``BudgetLine.member_loans``)."""


SOURCES = ("stimulus", "loan", "own", "other")
"""The funding sources a budget line can name, in the order they are shown."""

BALANCES = ("stimulus", "members", "returned", "loan", "own", "other")
"""The rows of the capital table: :data:`SOURCES` with the members' loans apart (``members``:
the lines the members buy with their loans, against the grants' part lent on that they
receive), so each total of the budget's source column has its row (rev15-lender 9); and what
the lines buy with the later rounds' loans apart (``returned``: lent from the instalments that
come back, not from the grant: rev17-lender 1 read Rp 5.750.000 of a Rp 5.000.000 grant)."""


@dataclass(frozen=True, slots=True)
class SourceBalance:
    """One funding source: what the budget plans to pay from it and what the group has."""

    source: str
    planned: int
    available: int
    """Stimulus: the grants' parts for assets; members: the cash the members receive from the
    grants' parts lent on; loan: the principal; own: valued pledges and simpanan pokok;
    other: nothing recorded."""

    @property
    def difference(self) -> int:
        """Positive: more than its lines need; negative: short."""
        return self.available - self.planned

    def line(self) -> Notice:
        """``Bantuan stimulan: dianggarkan Rp 4.350.000, diterima Rp 3.925.000 — kurang Rp 425.000``."""
        diff = self.difference
        if diff < 0:
            balance = Notice("plan.capital.source.short", {"amount": Money(-diff)})
        elif diff > 0:
            balance = Notice("plan.capital.source.over", {"amount": Money(diff)})
        else:
            balance = Notice("plan.capital.source.even")
        return Notice(
            f"plan.capital.source.{self.source}",
            {
                "planned": Money(self.planned),
                "available": Money(self.available),
                "balance": balance,
            },
        )


@dataclass(frozen=True, slots=True)
class CapitalSummary:
    """What the group has against what its budget needs."""

    borrowers: int
    stimulus_gross: int
    stimulus_net: int
    own_money: int
    own_goods: int
    """Tools, materials and other pledged things, valued in rupiah."""
    own_labour: int
    unvalued_pledges: int
    kept_value: int
    """Value of the pledges already kept."""
    budget: tuple[BudgetRow, ...]
    lines: tuple[Notice, ...]
    """The arithmetic and the verdict (the printed plan shows :attr:`sources` as a table)."""
    sources: tuple[SourceBalance, ...]
    """Each source that is planned or available, against its own budget lines."""

    @property
    def own_total(self) -> int:
        return self.own_money + self.own_goods + self.own_labour

    @property
    def capital_total(self) -> int:
        """What the sources have for the budget (grants' asset parts, loans, own contribution)."""
        return sum(s.available for s in self.sources)

    @property
    def budget_total(self) -> int:
        return sum(r.total for r in self.budget)

    @property
    def difference(self) -> int:
        """Positive: surplus; negative: shortfall."""
        return self.capital_total - self.budget_total

    def budget_by_source(self) -> dict[str, int]:
        """Budget totals per funding source (stimulus, own, other), in that order."""
        return _by_source(self.budget)

    def reading(self) -> tuple[Notice, ...]:
        """:attr:`lines` with one line per source before the totals, for a screen without a table."""
        at = next(
            (i for i, n in enumerate(self.lines) if n.key in CAPITAL_LINES),
            len(self.lines),
        )
        return (*self.lines[:at], *(s.line() for s in self.sources), *self.lines[at:])


CAPITAL_LINES = frozenset({"plan.capital.line_capital", "plan.capital.line_capital_none"})
"""The keys of the line that says the capital for the budget (with its parts, or that none is)."""


def _by_source(budget: tuple[BudgetRow, ...]) -> dict[str, int]:
    totals = dict.fromkeys(SOURCES, 0)
    for r in budget:
        totals[r.source] += r.total
    return totals


def _by_balance(budget: tuple[BudgetRow, ...]) -> dict[str, int]:
    """Budget totals per row of the capital table (:data:`BALANCES`)."""
    totals = dict.fromkeys(BALANCES, 0)
    for r in budget:
        totals["members" if r.member_loans and r.source == "stimulus" else r.source] += r.total
    return totals


def _in_kind_left(group: BusinessGroup) -> tuple[int, int]:
    """The goods and the labour given (kept, valued) that meet no budget line: in the own
    capital's total, but never money (:func:`pra.plan.own.own_spending`)."""
    from pra.plan.own import own_spending

    goods = sum(n for _, n in own_spending(group).goods_left)
    labour = sum(p.value or 0 for p in group.pledges if p.kept and p.kind == "labour")
    return goods, labour


def _surplus(diff: int, in_kind: tuple[int, int]) -> Notice:
    """``Kelebihan modal: Rp 110.000, yaitu kelebihan kas Rp 50.000, barang janji hati yang
    tidak memenuhi baris RAB Rp 60.000``: the goods and labour that meet no line are not money a
    lender can count on (#13: Jaya Bersama's thread and cloth scraps were read as cash)."""
    goods = min(in_kind[0], diff)
    labour = min(in_kind[1], diff - goods)
    cash = diff - goods - labour
    if not goods and not labour:
        return Notice("plan.capital.line_surplus", {"amount": Money(diff)})
    parts = tuple(
        Notice(f"plan.capital.surplus_{key}", {"amount": Money(amount)})
        for key, amount in (("cash", cash), ("goods", goods), ("labour", labour))
        if amount
    )
    return Notice("plan.capital.line_surplus_parts", {"amount": Money(diff), "parts": parts})


def _verdict(
    diff: int, sources: tuple[SourceBalance, ...], money: int, in_kind: tuple[int, int] = (0, 0)
) -> list[Notice]:
    """The last lines: shortfall, surplus or balance, and each source short of its own lines;
    a surplus split into cash and the goods and labour given that meet no line (``in_kind``)."""
    short = [s for s in sources if s.difference < 0]
    if diff < 0:
        return [Notice("plan.capital.line_shortfall", {"amount": Money(-diff)})]
    if not short:
        if diff > 0:
            return [_surplus(diff, in_kind)]
        return [Notice("plan.capital.line_balanced")]
    lines = [
        Notice("plan.capital.source.surplus_but_short", {"amount": Money(diff)})
        if diff > 0
        else Notice("plan.capital.source.balanced_but_short")
    ]
    for s in short:
        key = f"plan.capital.source.short_{s.source}"
        if s.source == "stimulus" and not money:
            key = "plan.capital.source.short_stimulus_no_money"
        lines.append(Notice(key, {"amount": Money(-s.difference), "money": Money(money)}))
    return lines


KIND_OF: dict[str, str] = {"grant": "stimulus", "loan": "loan", "own": "own"}
"""A funding source's ``kind`` as the budget's source kind."""


def source_kind(plan: CapitalPlan, source_id: str | None) -> str:
    """The kind (:data:`SOURCES`) of the source ``source_id`` of ``plan``; ``other`` when none."""
    source = plan.source(source_id)
    return KIND_OF[source.kind] if source is not None else "other"


def _later_bought(group: BusinessGroup) -> int:
    """What the members' lines buy with the later rounds' loans (:mod:`pra.plan.loan_use`)."""
    from pra.plan.loan_use import loan_use

    use = loan_use(group)
    return use.used_later if use is not None else 0


def _lent_on(plan: CapitalPlan) -> tuple[Notice, ...]:
    """The grants whose part lent on the members receive, by name."""
    from pra.plan.sources import source_name

    return tuple(source_name(g) for g in plan.grants if g.revolving)


@once
def capital_summary(group: BusinessGroup) -> CapitalSummary:
    """Stimulus + own contribution − budget, with the lines of arithmetic."""
    plan = group.capital
    members = set(group.member_ids)
    borrowers = len([m for m in dict.fromkeys(plan.first_round_ids) if m in members]) or len(
        members
    )
    share = member_share(plan)
    gross, net = plan.stimulus_per_member * borrowers, share.received * borrowers
    money = goods = labour = unvalued = kept = 0
    counted = {"money": 0, "goods": 0, "labour": 0}  # the pledges kept (pra.plan.own's rule)
    for p in group.pledges:
        if p.value is None:
            unvalued += 1
            continue
        part = "money" if p.kind == "money" else "labour" if p.kind == "labour" else "goods"
        if part == "money":
            money += p.value
        elif part == "labour":
            labour += p.value
        else:
            goods += p.value
        kept += p.value if p.kept else 0
        counted[part] += p.value if p.kept else 0
    budget = tuple(
        BudgetRow(
            b.id,
            b.item,
            b.quantity,
            b.unit,
            b.unit_price,
            b.quantity * b.unit_price,
            source_kind(plan, b.source_id),
            b.source_id,
            b.member_loans,
        )
        for b in plan.budget
    )
    # what counts is what is paid in or given; a pledge not yet kept is promised, not counted
    own = kept
    budget_total = sum(r.total for r in budget)
    planned = _by_balance(budget)
    pokok = plan.own_capital.principal_savings * len(members) if plan.own_capital else 0
    # a grant pays its asset lines from its part for assets, and the lines members buy with
    # their loans from what they receive in hand
    by_members = any(r.member_loans and r.source == "stimulus" for r in budget)
    # the later rounds' loans that the lines buy (rev15-lender 1) come from the instalments
    # that come back, a row of their own: the members' row holds the grant's part they receive
    later = _later_bought(group) if by_members else 0
    moved = min(later, planned["members"])
    planned["members"] -= moved
    planned["returned"] += moved
    available = {
        "stimulus": sum(g.assets for g in plan.grants),
        "members": net if by_members else 0,
        "returned": later,
        "loan": sum(loan.principal for loan in plan.loans),
        "own": own + pokok,
        "other": 0,
    }
    sources = tuple(
        SourceBalance(key, planned[key], available[key])
        for key in BALANCES
        if planned[key] or available[key]
    )
    diff = sum(available.values()) - budget_total
    received = {"members": borrowers, "amount": Money(share.received), "total": Money(net)}
    lines = [
        # the members' loans are the grants' part lent on: the table's row of that name (rev15-
        # lender 9: a reader adding the budget by its source column could not find it)
        Notice("plan.capital.line_loans_received_row", {**received, "sources": _lent_on(plan)})
        if by_members
        else Notice("plan.capital.line_loans_received", received),
        # what those loans buy, and the part lent for no budget line (#13)
        *use_lines(group),
    ]
    # each deduction kept at hand-over in its one sentence (pra.plan.fund.deduction_notice),
    # then what the first round's borrowers leave of it
    for d in share.deductions:
        if d.amount:
            lines.append(
                Notice(
                    "plan.capital.line_retained",
                    {
                        "deduction": deduction_notice(d),
                        "members": borrowers,
                        "amount": Money(d.amount),
                        "total": Money(d.amount * borrowers),
                    },
                )
            )
    # only the parts with a value: "tenaga Rp 0" reads as labour worth nothing
    own_parts = tuple(
        Notice(f"plan.capital.own_{kind}", {"amount": Money(value)})
        for kind, value in counted.items()
        if value
    )
    lines.append(
        Notice("plan.capital.line_own", {"parts": own_parts, "total": Money(own)})
        if own_parts
        else Notice("plan.capital.line_own_none")
    )
    if counted["labour"]:
        # labour given is own contribution, never money that buys a budget line
        # (pra.plan.own.own_spending)
        lines.append(Notice("plan.capital.line_own_labour", {"amount": Money(counted["labour"])}))
    if money + goods + labour > kept:
        lines.append(
            Notice(
                "plan.capital.line_own_promised", {"amount": Money(money + goods + labour - kept)}
            )
        )
    if unvalued:
        lines.append(Notice("plan.capital.line_unvalued", {"count": unvalued}))
    for grant in plan.grants:
        if grant.revolving and not grant.assets:
            lines.append(
                Notice("plan.capital.line_grant_revolving", {"amount": Money(grant.amount)})
            )
        elif grant.revolving:  # the part lent to members is not in the sum for the budget
            lines.append(
                Notice(
                    "plan.capital.line_grant_parts",
                    {
                        "amount": Money(grant.amount),
                        "assets": Money(grant.assets),
                        "revolving": Money(grant.revolving),
                    },
                )
            )
    # what the members receive in hand and spend on their own trades is not the part of the
    # grant for the group's purchases (Tri Astha's grant is all lent on)
    parts = [
        Notice(f"plan.capital.part_{key}", {"amount": Money(available[key])})
        for key in BALANCES
        if available[key]
    ]
    capital_parts = tuple(parts)
    if capital_parts:
        lines.append(
            Notice(
                "plan.capital.line_capital",
                {"amount": Money(sum(available.values())), "parts": capital_parts},
            )
        )
    else:  # a new workshop: said plainly, never "Rp 0 ()"
        lines.append(Notice("plan.capital.line_capital_none", {}))
    lines.append(Notice("plan.capital.line_budget", {"amount": Money(budget_total)}))
    lines.extend(_verdict(diff, sources, money, _in_kind_left(group)))
    return CapitalSummary(
        borrowers, gross, net, money, goods, labour, unvalued, kept, budget, tuple(lines), sources
    )
