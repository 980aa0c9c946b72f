"""The money story by source: every rupiah of each funding source followed to its use.

For each source of a group (``CapitalPlan.sources``) the ledger says what came
in and where it went, to the rupiah:

- a **grant**: its part for the group's assets pays the budget lines that name
  it (what is left of that part stays in the group's till; lines the members buy
  with their loans are the members' use of their loans, not the grant's); its part lent on
  to members starts the revolving fund — handed to the first-round borrowers in
  cash, minus what the fund keeps at hand-over (reserve, shares,
  administration) — and whatever the first round does not need waits in the
  fund for the next borrowers;
- a **lender loan**: its principal pays the budget lines that name it (the
  rest stays in the till as working capital), and all of it goes back to the
  lender with the interest (:mod:`pra.plan.lender`): never the group's own cash;
- the **own capital** (:mod:`pra.plan.own`): the members' simpanan pokok (once
  each), the pledged money paid in, and the valued goods and labour of the janji
  hati pay the budget lines that name it — the goods that are the line's item
  first (:func:`pra.plan.own.own_spending`), then the cash; only
  the cash left stays in the till, the goods and labour left are the members'
  contribution in kind (never cash), and money pledged but not yet paid in is not
  counted; the simpanan wajib comes in every month and stays in the fund.

Budget lines the members buy with their loans from a grant (``member_loans``) above the
cash those loans hand them (the loan less the deductions at hand-over) are a check sentence
too: the members would be short of money for what the plan says they buy.

A lender loan that no budget line (nor the members' loans) uses is a check
sentence too — the group would pay interest on money the plan never spends —
and so is a loan without its lender's name.

Money is conserved per source: ``money_in == sum of the uses`` whenever the
plan is possible. When it is not — the budget spends more of a source than it
has, e.g. equipment bought with the part of a grant that is also lent to the
members — the over-use is kept as :attr:`SourceLedger.over` and a check
sentence says so; the uses then add up to ``money_in + over``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pra.model import BusinessGroup, Grant, LenderLoan, Pledge
from pra.plan.capital import capital_summary
from pra.plan.early_spending import spent_before_handover
from pra.plan.fund import member_share
from pra.plan.memo import once
from pra.plan.notice import Money, Notice
from pra.plan.own import OwnLine, own_contribution, own_spending, thing_words
from pra.plan.sources import source_name

USES = (
    "assets",
    "prepaid",
    "member_loans",
    "reserve",
    "share",
    "admin",
    "other_deduction",
    "fund_waiting",
    "till",
    "in_kind",
)
"""The uses a rupiah can go to, in the order a table shows them."""


@dataclass(frozen=True, slots=True)
class Use:
    """One use of a source's money: ``key`` one of :data:`USES`."""

    key: str
    amount: int
    label: str = ""
    """A deduction at hand-over: its own name ("Simpanan pokok koperasi …"), which the printed
    plan uses so the deduction has one name on every page (the screen shows the kind)."""
    said: Notice | None = None
    """The own capital's use said whole: the goods given and who gives them, the line they
    meet, or whose cash pledges pay a line (:func:`_own_uses`)."""

    @property
    def notice(self) -> Notice:
        """The use as the printed plan names it: a deduction by its label, else by its kind."""
        if self.said is not None:
            return self.said
        if self.label:
            from pra.plan.fund import REFUNDABLE_KINDS

            kind = "refunded" if self.key in REFUNDABLE_KINDS else "kept"
            return Notice(f"plan.ledger.use_deduction_{kind}", {"label": self.label})
        return Notice(f"plan.ledger.use_{self.key}")


@dataclass(frozen=True, slots=True)
class SourceLedger:
    """One source: what came in, where it went, and to whom it is repaid."""

    source_id: str
    kind: str
    """``grant``, ``loan`` or ``own``."""
    name: Notice
    money_in: int
    uses: tuple[Use, ...]
    over: int
    """Rupiah the plan uses beyond what the source has (0 when the plan is possible)."""
    repaid_to: str | None = None
    """A lender loan: the lender, to whom all of it goes back."""
    repaid: int = 0
    """A lender loan: principal and interest paid back to the lender over the term."""

    @property
    def used(self) -> int:
        return sum(u.amount for u in self.uses)

    def use(self, key: str) -> int:
        return sum(u.amount for u in self.uses if u.key == key)


@dataclass(frozen=True, slots=True)
class FundingLedger:
    """All sources of a group, with the check sentences of a plan that does not add up."""

    sources: tuple[SourceLedger, ...]
    checks: tuple[Notice, ...]

    @property
    def own_cash_in(self) -> int:
        """What the group owns: everything but lender loans."""
        return sum(s.money_in for s in self.sources if s.kind != "loan")


def _lines_paid_from(group: BusinessGroup, source_id: str) -> int:
    """The budget lines the source pays itself (not those members buy with their loans)."""
    return sum(
        r.total
        for r in capital_summary(group).budget
        if r.source_id == source_id and not r.member_loans
    )


def _member_lines_from(group: BusinessGroup, source_id: str) -> int:
    """The budget lines the members buy with their loans from the source (``member_loans``)."""
    return sum(
        r.total
        for r in capital_summary(group).budget
        if r.source_id == source_id and r.member_loans
    )


def _member_lines_check(
    group: BusinessGroup, source_id: str, name: Notice, uses: list[Use], checks: list[Notice]
) -> None:
    """Lines the members buy with their loans above the cash their loans hand them (Tri Astha
    until #13: 10 × 435.000 budgeted, 10 × 392.500 received after the deductions)."""
    lines = _member_lines_from(group, source_id)
    first = sum(u.amount for u in uses if u.key == "member_loans")
    # the later rounds' loans (from the instalments back) buy lines too, up to all that is
    # lent over the rounds (rev15-lender 1); counted with the last grant that lends on
    last = [g.id for g in group.capital.grants if g.revolving][-1:]
    later = _later_lent(group) if last == [source_id] else 0
    cash = first + later
    if lines <= cash:
        return
    received = member_share(group.capital).received
    borrowers = first // received if received else 0
    detail: Notice | str = ""
    if borrowers and borrowers * received == first:
        params: dict[str, object] = {"borrowers": borrowers, "received": Money(received)}
        key = "plan.ledger.member_cash_detail"
        if later:
            key, params["later"] = f"{key}_later", Money(later)
        detail = Notice(key, params)
    checks.append(
        Notice(
            "plan.ledger.over_member_loans",
            {
                "source": name,
                "lines": Money(lines),
                "available": Money(cash),
                "detail": detail,
                "short": Money(lines - cash),
            },
        )
    )


def _later_lent(group: BusinessGroup) -> int:
    """The cash the fund's later rounds lend (:class:`pra.plan.loan_use.LoanUse`)."""
    from pra.plan.loan_use import loan_use

    use = loan_use(group)
    return use.later if use is not None else 0


def _prepaid_from(group: BusinessGroup, source_id: str) -> int:
    """The source's budget lines that pay running costs ahead (``BudgetLine.prepaid``)."""
    return sum(
        b.quantity * b.unit_price
        for b in group.capital.budget
        if b.source_id == source_id and not b.member_loans and b.prepaid
    )


def _spend(
    money: int, lines: int, name: Notice, kind: str, checks: list[Notice], prepaid: int = 0
) -> tuple[list[Use], int]:
    """``money`` spent on ``lines``; over-use gives a check sentence. The ``prepaid`` part of
    the lines pays running costs ahead: it stays in the business's cash (the cash flow's
    opening cash), set aside for the costs the cash flow charges every month."""
    over = max(lines - money, 0)
    if over:
        checks.append(
            Notice(
                f"plan.ledger.over_{kind}",
                {"source": name, "lines": Money(lines), "available": Money(money)},
            )
        )
    return [Use("assets", lines - prepaid), Use("prepaid", prepaid)], over


def _first_round(group: BusinessGroup) -> int:
    members = set(group.member_ids)
    named = [m for m in dict.fromkeys(group.capital.first_round_ids) if m in members]
    return len(named) or len(members)


def _revolving_uses(group: BusinessGroup, grants: tuple[Grant, ...]) -> Iterator[list[Use]]:
    """Per grant, where its lent-on part goes: the first round in cash and deductions, the rest
    waiting in the fund. Grants are drawn on in order."""
    plan = group.capital
    share = member_share(plan)
    borrowers = _first_round(group)
    need = plan.stimulus_per_member * borrowers
    for grant in grants:
        lent = min(grant.revolving, need)
        need -= lent
        uses: list[Use] = []
        # split the lent amount into cash in hand and the deductions in the same proportion,
        # exactly: whole loans first, the part of a loan (a grant ending mid-loan) as cash
        loans = lent // plan.stimulus_per_member if plan.stimulus_per_member else 0
        deducted = 0
        for d in share.deductions:
            key = d.kind if d.kind in ("reserve", "share", "admin") else "other_deduction"
            amount = min(d.amount, plan.stimulus_per_member) * loans
            amount = min(amount, lent - deducted)
            deducted += amount
            uses.append(Use(key, amount, d.label))
        uses.insert(0, Use("member_loans", lent - deducted))
        uses.append(Use("fund_waiting", grant.revolving - lent))
        yield uses


def members_cash(group: BusinessGroup) -> int:
    """The cash the first-round borrowers receive from the grants' parts lent on to members
    (the loans less the deductions at hand-over): every grant's ``member_loans`` use."""
    return sum(
        u.amount
        for uses in _revolving_uses(group, group.capital.grants)
        for u in uses
        if u.key == "member_loans"
    )


def _cash_pool(group: BusinessGroup, names: Mapping[str, str]) -> list[list[Any]]:
    """The own cash, piece by piece, in the order the lines spend it: the money pledges paid
    in (the pledges' order), then the members' simpanan pokok. Each ``[notice key, who, left]``."""
    pool: list[list[Any]] = [
        ["plan.ledger.from_pledge", names.get(p.participant_id, p.participant_id), p.value]
        for p in group.pledges
        if p.kept and p.kind == "money" and p.value
    ]
    savings = own_contribution(group).savings
    if savings:
        pool.append(["plan.ledger.from_savings", "", savings])
    return pool


def _take(pool: list[list[Any]], amount: int) -> tuple[Notice, ...]:
    """Take ``amount`` from the pool, first pieces first: whose money it is."""
    parts = []
    for piece in pool:
        if amount <= 0:
            break
        take = min(amount, piece[2])
        if take:
            piece[2] -= take
            amount -= take
            parts.append(Notice(piece[0], {"who": piece[1], "amount": Money(take)}))
    return tuple(parts)


def _whole(parts: tuple[Notice, ...], amount: int) -> tuple[Notice, ...]:
    """Whose cash pays a use, for a sentence its amount follows: one piece paying it whole
    is named without the amount ("… dari janji hati tunai Suryani Rp 100.000 Rp 100.000")."""
    if len(parts) == 1 and parts[0].params.get("amount") == Money(amount):
        part = parts[0]
        return (
            Notice(f"{part.key}_whole", {k: v for k, v in part.params.items() if k != "amount"}),
        )
    return parts


def _who(pledge: Pledge, names: Mapping[str, str]) -> str:
    return names.get(pledge.participant_id, pledge.participant_id)


def _own_lines(
    group: BusinessGroup, names: Mapping[str, str]
) -> tuple[list[tuple[OwnLine, tuple[Notice, ...]]], list[list[Any]]]:
    """Each own-capital budget line with whose cash pays it, and the cash pool left."""
    pool = _cash_pool(group, names)
    return [(line, _take(pool, line.cash)) for line in own_spending(group).lines], pool


def own_line_sources(group: BusinessGroup, names: Mapping[str, str]) -> tuple[Notice, ...]:
    """Per budget line paid from the own capital, who pays it (#13): the goods given with
    their giver and value, and the cash pledges (or simpanan pokok) by name and amount —
    the RAB's "Swadaya" said whole."""
    lines, _pool = _own_lines(group, names)
    notices = []
    for line, cash in lines:
        goods = tuple(
            Notice(
                "plan.ledger.from_goods",
                {"who": _who(p, names), "thing": p.description, "amount": Money(n)},
            )
            for p, n in line.goods
        )
        parts = goods + cash
        unkept = _unkept_for(group, line.item, names)
        if parts and unkept:
            notices.append(
                Notice(
                    "plan.ledger.line_from_unkept",
                    {"item": line.item, "parts": parts, "unkept": unkept},
                )
            )
        elif parts or unkept:
            key = "line_from" if parts else "line_unkept"
            notices.append(
                Notice(f"plan.ledger.{key}", {"item": line.item, "parts": parts or unkept})
            )
    return tuple(notices)


def _unkept_for(group: BusinessGroup, item: str, names: Mapping[str, str]) -> tuple[Notice, ...]:
    """The pledges of goods or labour not yet kept whose thing is the line's item (every word
    of the item that names a thing is in the pledge, :func:`pra.plan.own.thing_words`; one
    shared word is not enough: "tempat jahit" is not a "Mesin jahit"): Jaya Bersama's "Meja potong buatan anggota" is
    Junaidi's labour pledge "Membuat meja potong dari kayu", not given yet, while the line is
    said paid with Suryani's cash (#13: the plan never said its maker had not given it)."""
    words = thing_words(item)
    return tuple(
        Notice(
            "plan.ledger.unkept" if p.value else "plan.ledger.unkept_unvalued",
            {
                "who": _who(p, names),
                "kind": Notice(f"pledge_kind.{p.kind}"),
                "thing": p.description,
                "amount": Money(p.value or 0),
            },
        )
        for p in group.pledges
        if not p.kept and p.kind != "money" and words and words <= thing_words(p.description)
    )


def _own_uses(group: BusinessGroup, names: Mapping[str, str]) -> list[Use]:
    """The own capital's uses, each said whole (#13): every good given with its giver and the
    line it meets; every line paid in cash with whose pledges pay it; the cash left in the
    till with whose it is; the goods and labour given that meet no line, each with its giver."""
    lines, pool = _own_lines(group, names)
    uses: list[Use] = []
    for line, parts in lines:
        for pledge, amount in line.goods:
            said = Notice(
                "plan.ledger.use_goods_line",
                {"who": _who(pledge, names), "thing": pledge.description, "item": line.item},
            )
            uses.append(Use("assets", amount, said=said))
        if line.cash:
            key = "prepaid" if line.prepaid else "assets"
            said = Notice(
                f"plan.ledger.use_cash_line{'_prepaid' if line.prepaid else ''}"
                + ("" if parts else "_unpaid"),
                {"item": line.item, "parts": _whole(parts, line.cash)},
            )
            uses.append(Use(key, line.cash, said=said))
    left = sum(piece[2] for piece in pool)
    if left:
        said = Notice("plan.ledger.use_till_from", {"parts": _whole(_take(pool, left), left)})
        uses.append(Use("till", left, said=said))
    given = list(own_spending(group).goods_left)
    given += [(p, p.value or 0) for p in group.pledges if p.kept and p.kind == "labour"]
    for pledge, amount in given:
        kind = "labour" if pledge.kind == "labour" else "goods"
        said = Notice(
            f"plan.ledger.use_in_kind_{kind}",
            {"who": _who(pledge, names), "thing": pledge.description},
        )
        uses.append(Use("in_kind", amount, said=said))
    return uses


@once
def funding_ledger(group: BusinessGroup, names: Mapping[str, str] | None = None) -> FundingLedger:
    """The ledger of every source of ``group`` (see the module docstring); ``names`` (participant
    id → name) names the members whose pledges the own capital's uses are."""
    from pra.plan.lender import group_lender_schedule

    plan = group.capital
    checks: list[Notice] = []
    ledgers: list[SourceLedger] = []
    revolving = iter(_revolving_uses(group, plan.grants))
    for source in plan.sources:
        name = source_name(source)
        lines = _lines_paid_from(group, source.id)
        if isinstance(source, Grant):
            prepaid = _prepaid_from(group, source.id)
            uses, over = _spend(source.assets, lines, name, "grant", checks, prepaid)
            uses.append(Use("till", max(source.assets - lines, 0)))
            uses.extend(next(revolving))
            _member_lines_check(group, source.id, name, uses, checks)
            ledgers.append(
                SourceLedger(source.id, "grant", name, source.amount, _nonzero(uses), over)
            )
        elif isinstance(source, LenderLoan):
            amount = Money(source.principal)
            if not source.lender:
                checks.append(
                    Notice("plan.ledger.loan_without_lender", {"source": name, "amount": amount})
                )
            if source.principal and not any(b.source_id == source.id for b in group.capital.budget):
                # borrowed and paid back with interest, but nothing in the plan spends it
                checks.append(Notice("plan.ledger.loan_unused", {"source": name, "amount": amount}))
            prepaid = _prepaid_from(group, source.id)
            uses, over = _spend(source.principal, lines, name, "loan", checks, prepaid)
            uses.append(Use("till", max(source.principal - lines, 0)))
            # the schedule the plan prints: dated, in the group's cash unit (a declining
            # loan's first interest depends on its first due date)
            schedule = group_lender_schedule(group, source)
            ledgers.append(
                SourceLedger(
                    source.id,
                    "loan",
                    name,
                    source.principal,
                    _nonzero(uses),
                    over,
                    repaid_to=source.lender,
                    repaid=schedule.total_paid,
                )
            )
        else:
            own = own_contribution(group)
            spent = own_spending(group)
            # the goods given meet the lines that name them: only lines paid in cash are set
            # aside; goods that are no line's item cannot pay for another line
            prepaid = min(_prepaid_from(group, source.id), spent.cash_lines)
            available = own.cash + spent.in_kind_lines
            uses, over = _spend(available, lines, name, "own", checks, prepaid)
            checks.extend(
                Notice("plan.ledger.in_kind_by_amount", {"item": item, "amount": Money(amount)})
                for item, amount in spent.by_amount
            )
            if not over:
                # said line by line, with the goods' givers and whose cash (#13); the totals
                # are the same: goods lines + cash lines = the lines; the rest till and in kind
                uses = _own_uses(group, names or {})
            else:
                uses.append(Use("till", max(own.cash - spent.cash_lines, 0)))
                uses.append(Use("in_kind", own.in_kind - spent.in_kind_lines))
            ledgers.append(SourceLedger(source.id, "own", name, own.total, _nonzero(uses), over))
    need = plan.stimulus_per_member * _first_round(group)
    lent = sum(g.revolving for g in plan.grants)
    if need > lent and group.member_ids:
        checks.append(
            Notice(
                "plan.ledger.first_round_short",
                {
                    "need": Money(need),
                    "borrowers": _first_round(group),
                    "loan": Money(plan.stimulus_per_member),
                    "lent": Money(lent),
                },
            )
        )
    # a lender's loan the plan spends before it is handed over (#13)
    checks.extend(spent_before_handover(group))
    return FundingLedger(tuple(ledgers), tuple(checks))


def _nonzero(uses: list[Use]) -> tuple[Use, ...]:
    return tuple(u for u in uses if u.amount)
