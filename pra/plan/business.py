"""The business analysis in numbers: profit and loss, a 12-month cash flow, break-even, repayment.

From the group's products (price and cost per unit, ordinary monthly sales),
its seasons and its monthly fixed costs (:mod:`pra.model.business`):

* **profit and loss** of a month, per product and in total: sales − the cost
  of the units sold (materials, labour, packaging) − fixed costs;
* **a cash flow** month by month from the plan's start, for at least 12 months
  and on until the month the last instalment of every loan falls due (the
  lenders' loans and the members' loans from the revolving fund), so the page
  shows every loan repaid (:func:`cash_flow_length`), following the money by
  source (:func:`pra.plan.ledger.funding_ledger`): the business opens with what
  the sources leave in the group's till after the budget (RAB) lines they pay —
  a grant's part for assets, a lender loan's principal, the own capital — minus
  the lines no source pays. A line that pays running costs ahead (``BudgetLine.prepaid``:
  materials, working capital, a few months' rent) is not spent at the start: the table
  charges product and fixed costs in full every month, so its money stays in the opening
  cash, set aside for them (until #13 the ingredients the grant bought were charged again
  as product costs). A grant's part lent on to members (the revolving
  fund) is the members' money, never the business's cash, and a lender loan
  goes back to the lender. Then each month sales in, and out: costs, the
  instalments the borrowers pay into the revolving fund (principal and service
  fee, :func:`pra.plan.revolving.group_fund`, dated from the fund's start), the
  members' compulsory dues, and the lender loans' instalments in the month they
  fall due (:func:`pra.plan.lender.group_lender_schedule`; undated: one period
  after the grace counted from month 0), loan by loan (:attr:`CashMonth.lenders`), so the
  printed table gives each lender a column of its own;
* **break-even** in units per month: the units whose margin pays the fixed costs,
  with the products in the proportions of an ordinary month;
* **repayment capacity**: the ordinary month's profit per member against what
  one borrower pays a month (instalment, service fee, monthly deductions and
  dues) plus each member's share of the lender loans (everything paid back to
  the lenders ÷ the loans' months ÷ the members, rounded up), and a plain
  warning for every month the cash cannot pay the instalments.

Sales start on the day selling starts (:func:`sales_start`: a date, or the
scheduled start of the calendar step the group marks; else the plan's start):
no sales before it, and the month it falls in counts the days selling only —
each product's units × days selling ÷ days of the month (Jaya Bersama, selling
from 29 September: 2 of 30 days). The fixed costs are paid from the month selling starts, in
full in that month; the months before it pay none, as the business does not run yet
(Pertukangan: its welder's electricity from January 2004, when its first job starts, not from
the hand-over in August 2003; #13, review11p finding 3). The
table's months are whole calendar months and sales do not stop, so only the
first month of sales is cut; a sentence under the table says which rule applied.

All money is whole rupiah. A season's percentage of a month's units, and a part
month's units, are rounded to the nearest unit, halves upwards.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Final

from pra.i18n import Language, get_language
from pra.model import BusinessGroup, Grant, LenderLoan, OwnCapital, Workshop
from pra.model.business import BusinessAnalysis, Product, Season
from pra.plan.debt_break_even import debt_break_even_line
from pra.plan.fund import most_in_a_month
from pra.plan.memo import once
from pra.plan.notice import Cents, Money, Month, Notice
from pra.plan.periods import Period, period_bounds
from pra.plan.reserve import prepaid_fixed_costs, reserve_left
from pra.plan.shortfall import cash_warnings

if TYPE_CHECKING:
    from pra.plan.lender import LenderSchedule
    from pra.plan.revolving import LedgerRow

CASH_FLOW_MONTHS: Final = 12


def season_in_month(season: Season, calendar_month: int, year: int | None = None) -> bool:
    """Whether ``season`` falls in ``calendar_month`` (1 = January) of ``year``. A season that
    moves with Ramadan or Lebaran (``Season.follows``) is placed in ``year`` by
    :func:`pra.plan.feasts.moved_months`; without a year, or where the table of feasts does
    not reach, it keeps the months the group marked."""
    if season.follows is not None and season.marked_for is not None and year is not None:
        from pra.plan.feasts import moved_months

        moved = moved_months(season.follows, season.marked_for, season.months, year, calendar_month)
        if moved is not None:
            return moved
    return calendar_month in season.months


def season_applies(
    season: Season, product: Product, calendar_month: int, year: int | None = None
) -> bool:
    """Whether ``season`` changes the sales of ``product`` in ``calendar_month`` of ``year``."""
    return season.product_id in (None, product.id) and season_in_month(season, calendar_month, year)


def season_placed(season: Season, months: tuple[CashMonth, ...]) -> tuple[dt.date, ...]:
    """The first days of the cash flow's months ``season`` falls in (its feast's months
    year by year, for a season that moves with one)."""
    return tuple(
        m.period.start.replace(day=1)
        for m in months
        if m.period.start is not None
        and m.calendar_month is not None
        and season_in_month(season, m.calendar_month, m.period.start.year)
    )


def feasts_unknown(seasons: tuple[Season, ...], months: tuple[CashMonth, ...]) -> bool:
    """Whether a season moving with a feast meets a month of the cash flow beyond the table of
    feasts (:data:`pra.plan.feasts.FEASTS`): there it keeps the months the group marked."""
    from pra.plan.feasts import moved_months

    return any(
        moved_months(s.follows, s.marked_for, s.months, m.period.start.year, m.calendar_month)
        is None
        for s in seasons
        if s.follows is not None and s.marked_for is not None
        for m in months
        if m.period.start is not None and m.calendar_month is not None
    )


def units_sold(
    product: Product,
    seasons: tuple[Season, ...],
    calendar_month: int | None = None,
    year: int | None = None,
) -> int:
    """Units of ``product`` sold in ``calendar_month`` of ``year``; an ordinary month when
    ``calendar_month`` is ``None``.

    The seasons that apply are taken in the order the group listed them: a
    number of units replaces the sales, a percentage scales them (rounded to
    the nearest unit, halves upwards).
    """
    units = product.units_per_month
    if calendar_month is None:
        return units
    for season in seasons:
        if not season_applies(season, product, calendar_month, year):
            continue
        if season.units is not None:
            units = season.units
        elif season.percent is not None:
            units = (units * season.percent * 2 + 100) // 200
    return units


@dataclass(frozen=True, slots=True)
class ProductLine:
    """One product in one month: units, sales, cost of the units sold, and their margin."""

    product_id: str
    name: str
    unit: str
    units: int
    price: int
    unit_cost: int
    sales: int
    cost: int

    @property
    def unit_margin(self) -> int:
        return self.price - self.unit_cost

    @property
    def margin(self) -> int:
        """Sales − cost of the units sold (may be negative: sold below cost)."""
        return self.sales - self.cost


@dataclass(frozen=True, slots=True)
class ProfitAndLoss:
    """A month's profit and loss: per product, fixed costs, and the profit."""

    products: tuple[ProductLine, ...]
    fixed_costs: int

    @property
    def sales(self) -> int:
        return sum(p.sales for p in self.products)

    @property
    def cost_of_sales(self) -> int:
        return sum(p.cost for p in self.products)

    @property
    def margin(self) -> int:
        return self.sales - self.cost_of_sales

    @property
    def profit(self) -> int:
        """Margin − fixed costs; negative is a loss."""
        return self.margin - self.fixed_costs


def profit_and_loss(
    analysis: BusinessAnalysis, calendar_month: int | None = None, year: int | None = None
) -> ProfitAndLoss:
    """The profit and loss of ``calendar_month`` (1 = January) of ``year``, or of an ordinary
    month (``None``)."""
    lines = []
    for p in analysis.products:
        units = units_sold(p, analysis.seasons, calendar_month, year)
        lines.append(
            ProductLine(
                p.id,
                p.name,
                p.unit,
                units,
                p.price,
                p.unit_cost,
                units * p.price,
                units * p.unit_cost,
            )
        )
    return ProfitAndLoss(tuple(lines), sum(c.amount for c in analysis.fixed_costs))


@dataclass(frozen=True, slots=True)
class BreakEven:
    """Units a month whose margin pays the fixed costs (``None``: no margin, never)."""

    total: int | None
    per_product: tuple[tuple[str, int], ...]
    """``(product id, units)`` in the proportions of an ordinary month."""


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def _member_share(amount: int, members: int, unit: int) -> int:
    """One member's share of ``amount`` due to a lender, rounded up to the group's cash unit:
    nobody pays a fraction of what is handed over at a meeting (Rp 295.000 ÷ 11 = 26.818,18;
    at Rp 500 each pays 27.000)."""
    return _ceil_div(amount, members * unit) * unit


def break_even(analysis: BusinessAnalysis, debt: int = 0) -> BreakEven:
    """Break-even in units per month, with the products in their ordinary proportions.

    ``debt`` is a month's instalments and dues to pay besides the fixed costs (0: the fixed
    costs alone; :mod:`pra.plan.debt_break_even`).

    With one product: fixed costs ÷ (price − unit cost), rounded up. With
    several: the ordinary month's units scaled by fixed costs ÷ margin, each
    rounded up (the margin of an ordinary month pays the fixed costs exactly
    when scaled by that ratio). A month whose products earn no margin never
    breaks even (``total`` is ``None``).
    """
    pnl = profit_and_loss(analysis)
    fixed = pnl.fixed_costs + debt
    if len(pnl.products) == 1 and not pnl.products[0].units:
        # one product not yet forecast: its unit margin still gives the answer
        line = pnl.products[0]
        if line.unit_margin <= 0:
            return BreakEven(None, ())
        units = _ceil_div(fixed, line.unit_margin)
        return BreakEven(units, ((line.product_id, units),))
    if not pnl.products or pnl.margin <= 0:
        return BreakEven(None, ())
    per = tuple(
        (p.product_id, _ceil_div(fixed * p.units, pnl.margin)) for p in pnl.products if p.units
    )
    return BreakEven(sum(u for _, u in per), per)


@dataclass(frozen=True, slots=True)
class CashMonth:
    """One month of the group's cash flow (``index`` 0 = the plan's start month)."""

    index: int
    period: Period
    calendar_month: int | None
    opening: int
    sales: int
    cost_of_sales: int
    fixed_costs: int
    instalments: int
    """Principal, service fees and monthly deductions the borrowers pay into the fund."""
    dues: int
    closing: int
    lender: int = 0
    """Instalments (principal and interest) paid back to the lenders this month."""
    funding: int = 0
    """A grant's or loan's money handed over this month (after the opening), less the
    budget lines it pays then."""
    lenders: tuple[int, ...] = ()
    """:attr:`lender` loan by loan, in the order of ``CapitalPlan.loans``."""

    @property
    def members_and_dues(self) -> int:
        """What the members pay: their instalments into the revolving fund and the dues."""
        return self.instalments + self.dues

    @property
    def repayments(self) -> int:
        """Everything paid out for loans and dues: the revolving fund's, the dues, the lenders'."""
        return self.instalments + self.dues + self.lender

    @property
    def profit(self) -> int:
        return self.sales - self.cost_of_sales - self.fixed_costs

    @property
    def inflows(self) -> int:
        return self.sales + self.funding

    @property
    def outflows(self) -> int:
        return self.cost_of_sales + self.fixed_costs + self.repayments


@dataclass(frozen=True, slots=True)
class Capacity:
    """An ordinary month's profit per member against what one borrower pays a month."""

    members: int
    profit: int
    per_member: int
    """Profit ÷ members, rounded down (0 without members)."""
    payment: int
    """The most one borrower pays the revolving fund in a month (instalment, service fee,
    monthly deductions and dues, the largest month of the repayment schedule; the dues
    alone without a fund), plus :attr:`lender_share`."""
    lender_share: int = 0
    """Each member's share of the lender loans' repayments in the month the most falls due
    (that month's instalments ÷ members, rounded up)."""
    weakest: WeakMonth | None = None
    """The month of the cash flow with something due whose profit leaves the least per
    member after that month's payment, when it leaves less than the ordinary month."""
    lender_month: Period | None = None
    """The month the most falls due to the lenders (the earliest of equals)."""
    lender_total: int = 0
    """What falls due to the lenders in :attr:`lender_month`."""
    unit: int = 1
    """The group's cash unit, the share is rounded up to."""
    borrower_month: dt.date | None = None
    """Weekly repayments, dated: the first day of the calendar month a borrower pays the most
    in (:attr:`payment` less :attr:`lender_share`; the earliest of equals), else ``None``."""

    @property
    def margin(self) -> int:
        """The ordinary month's: positive, left after paying; negative, short."""
        return self.per_member - self.payment


@dataclass(frozen=True, slots=True)
class WeakMonth:
    """One month of the cash flow judged as :class:`Capacity` judges an ordinary month."""

    period: Period
    profit: int
    per_member: int
    """The month's profit ÷ members, rounded down."""
    payment: int
    """What one borrower pays that month: the instalment, service fee and deductions when
    members' instalments fall due, the dues, and :attr:`lender_share`."""
    lender_share: int = 0
    """That month's lender instalments ÷ members, rounded up."""
    lender_total: int = 0
    """That month's lender instalments."""
    unit: int = 1

    @property
    def margin(self) -> int:
        return self.per_member - self.payment


@dataclass(frozen=True, slots=True)
class BusinessPlan:
    """Everything :mod:`pra.plan.business` works out for one group."""

    ordinary: ProfitAndLoss
    break_even: BreakEven
    start_up: int
    """The start-up costs the business pays: the budget (RAB) lines paid from the sources
    (not those the members buy with their loans) and the lines no source pays."""
    capital: int
    """What the sources provide for the business: the grants' parts for assets, the lender
    loans' principal, the own capital (never the part of a grant lent on to members)."""
    months: tuple[CashMonth, ...]
    capacity: Capacity
    lines: tuple[Notice, ...]
    """The arithmetic to read aloud."""
    warnings: tuple[Notice, ...]
    """One per month whose cash cannot pay the instalments (and dues)."""
    sales_note: Notice | None = None
    """How the first month of sales was counted (see the module docstring)."""
    repaid: tuple[Notice, ...] = ()
    """When each loan is repaid: every lender loan's last instalment, and the revolving
    fund's last member instalment, each with its month of the cash flow."""

    prepaid: int = 0
    """The start-up lines that pay running costs ahead (materials, working capital, a fixed
    cost for some months): kept in the opening cash, set aside for the costs the cash flow
    charges in full every month."""
    reserve: tuple[int, ...] = ()
    """What is still set aside at each month's end (:func:`pra.plan.reserve.reserve_left`)."""
    assumed: Notice | None = None
    """The hand-over day the cash flow assumes while no money has a date
    (:func:`assumed_handover`), said with the plan's months; ``None``: nothing assumed."""

    @property
    def opening(self) -> int:
        return self.capital - self.start_up + self.prepaid


@dataclass(frozen=True, slots=True)
class OpeningPart:
    """One source's share of the business's cash: the money it gives, the lines it pays."""

    name: Notice
    kind: str
    """``grant`` (its part for assets), ``loan`` (the principal) or ``own`` (its cash)."""
    money: int
    lines: int
    month: int = 0
    """The month of the cash flow the money comes in (0: by the opening month, in the
    opening cash; later: a grant or loan handed over after the business starts)."""
    prepaid: int = 0
    """The part of :attr:`lines` that pays running costs ahead (``BudgetLine.prepaid``):
    kept in the cash, set aside for the costs the cash flow charges every month."""


@dataclass(frozen=True, slots=True)
class Opening:
    """The business's opening cash by source (see the module docstring).

    Only money is cash: a grant's or loan's money handed over by the opening month and
    the members' own cash (:mod:`pra.plan.own`). Pledged goods and labour are the own
    contribution in kind, shown beside it; pledged money not yet paid in is not counted.
    """

    parts: tuple[OpeningPart, ...]
    unfunded: int
    """Budget lines no source pays (nor the members with their loans): paid from the cash."""
    revolving: int
    """The grants' parts lent on to members: named, never counted as the business's cash."""
    in_kind: int = 0
    """The own contribution in goods and labour (never cash)."""
    in_kind_lines: int = 0
    """The own capital's budget lines those goods meet."""
    promised: int = 0
    """Money pledged but not yet paid in: not counted."""
    unfunded_prepaid: int = 0
    """The part of :attr:`unfunded` that pays running costs ahead."""

    @property
    def capital(self) -> int:
        return sum(p.money for p in self.parts if not p.month)

    @property
    def start_up(self) -> int:
        return sum(p.lines for p in self.parts if not p.month) + self.unfunded

    @property
    def prepaid(self) -> int:
        """The budget lines of the opening that pay running costs ahead: kept in the cash."""
        return sum(p.prepaid for p in self.parts if not p.month) + self.unfunded_prepaid

    @property
    def cash(self) -> int:
        return self.capital - self.start_up + self.prepaid

    def later(self) -> dict[int, int]:
        """Month → money that comes in after the opening, less the lines it pays then
        (those paying running costs ahead stay in the cash)."""
        found: dict[int, int] = {}
        for p in self.parts:
            if p.month:
                found[p.month] = found.get(p.month, 0) + p.money - p.lines + p.prepaid
        return found

    def later_prepaid(self) -> dict[int, int]:
        """Month → the part of :meth:`later` that pays running costs ahead (set aside)."""
        found: dict[int, int] = {}
        for p in self.parts:
            if p.month and p.prepaid:
                found[p.month] = found.get(p.month, 0) + p.prepaid
        return found


def opening_cash(group: BusinessGroup, start: dt.date | None = None) -> Opening:
    """What each source leaves the business after the budget lines it pays (the ledger's till).

    ``start`` is the cash flow's first month: a grant or loan handed over in a later
    month is not opening cash; it comes in (less its lines) in that month.
    """
    from pra.plan.ledger import funding_ledger
    from pra.plan.lender import disbursement_date
    from pra.plan.own import own_contribution, own_spending

    plan = group.capital
    ledger = {s.source_id: s for s in funding_ledger(group).sources}
    own = own_contribution(group)
    parts = []
    in_kind_lines = 0
    for source in plan.sources:
        entry = ledger[source.id]
        paid = [b for b in plan.budget if b.source_id == source.id and not b.member_loans]
        lines = sum(b.quantity * b.unit_price for b in paid)
        prepaid = sum(b.quantity * b.unit_price for b in paid if b.prepaid)
        month = 0
        if isinstance(source, OwnCapital):
            spent = own_spending(group)
            money, lines, in_kind_lines = own.cash, spent.cash_lines, spent.in_kind_lines
            # the goods given meet the lines they are (own_spending): only the lines paid in
            # cash can be cash set aside
            prepaid = min(prepaid, lines)
        else:
            money = source.assets if isinstance(source, Grant) else entry.money_in
            handed = disbursement_date(group, source) if start is not None else None
            if start is not None and handed is not None:
                month = max(_months_between(start, handed), 0)
        if money or lines:
            parts.append(OpeningPart(entry.name, entry.kind, money, lines, month, prepaid))
    known = {s.id for s in plan.sources}
    orphans = [b for b in plan.budget if b.source_id not in known and not b.member_loans]
    unfunded = sum(b.quantity * b.unit_price for b in orphans)
    has_own = plan.own_capital is not None
    return Opening(
        tuple(parts),
        unfunded,
        sum(g.revolving for g in plan.grants),
        own.in_kind if has_own else 0,
        in_kind_lines,
        own.promised if has_own else 0,
        sum(b.quantity * b.unit_price for b in orphans if b.prepaid),
    )


def _months_between(first: dt.date, later: dt.date) -> int:
    return (later.year - first.year) * 12 + later.month - first.month


def lender_outflows(group: BusinessGroup, start: dt.date | None) -> dict[int, int]:
    """Month of the cash flow → what the group pays its lenders that month.

    Dated (a start and a hand-over date): each instalment in the month its due date
    falls in. Otherwise from month 0, counting from the grace's end as the dated schedule
    does (the first instalment when a grace ends, else a period after the hand-over:
    :func:`pra.plan.lender.first_offset` *o*): monthly instalment ``k`` (from 1) in month
    grace + ``k`` − 1 + *o*, weekly instalment ``k`` in month grace + ⌈12·(k − 1 + *o*) ÷ 52⌉.
    """
    paid: dict[int, int] = {}
    for loan in group.capital.loans:
        for month, amount in lender_outflows_of(group, loan, start).items():
            paid[month] = paid.get(month, 0) + amount
    return paid


def lender_outflows_of(
    group: BusinessGroup, loan: LenderLoan, start: dt.date | None
) -> dict[int, int]:
    """Month of the cash flow → what the group pays the lender of ``loan`` that month
    (see :func:`lender_outflows`)."""
    from pra.plan.due_dates import week_month
    from pra.plan.lender import first_offset

    paid: dict[int, int] = {}
    for row in placed_lender_schedule(group, loan, start).instalments:
        if start is not None and row.due is not None:
            month = _months_between(start, row.due)
        elif loan.frequency == "monthly":
            month = loan.grace_months + row.number - 1 + first_offset(loan)
        else:  # as the fund's weeks, counted from the grace's end
            month = loan.grace_months + week_month(row.number - 1 + first_offset(loan))
        paid[month] = paid.get(month, 0) + row.total
    return paid


def placed_lender_schedule(
    group: BusinessGroup, loan: LenderLoan, start: dt.date | None = None
) -> LenderSchedule:
    """The loan's schedule as the cash flow places it: dated from its hand-over, or while no
    money has a date, from the assumed one (:func:`assumed_handover`); a loan alone undated in
    a dated cash flow, from the cash flow's first day ``start`` (said by
    :func:`_assumed_note`: no month is named from a date the plan does not state, #13
    rev13-lender finding 6). The printed schedule stays undated, but its effective rate is
    measured on this one (one assumption, #13)."""
    from pra.plan.lender import group_lender_schedule, lender_schedule

    schedule = group_lender_schedule(group, loan)
    assumed = (assumed_handover(group) or start) if schedule.disbursed is None else None
    if assumed is None:
        return schedule
    return lender_schedule(loan, assumed, group.capital.cash_unit)


def rate_handover(group: BusinessGroup) -> tuple[dt.date | None, bool]:
    """The hand-over day the members' effective rate is measured from, and whether it is the
    cash flow's assumption (:func:`assumed_handover`) rather than the plan's own date: one
    assumption for the rate and the cash flow beside it (Sedap Malam undated: assumed 27
    October 2003, first payment 6 December, 27,7%, not 29,5% counted by months)."""
    from pra.plan.revolving import fund_start

    own = fund_start(group)
    if own is not None:
        return own, False
    assumed = assumed_handover(group)
    return assumed, assumed is not None


def money_start(group: BusinessGroup) -> dt.date | None:
    """The day the cash flow counts the revolving fund from: its hand-over
    (:func:`pra.plan.revolving.fund_start`), else the assumed one (:func:`assumed_handover`)."""
    from pra.plan.revolving import fund_start

    return fund_start(group) or assumed_handover(group)


def _fund_rows(group: BusinessGroup, start: dt.date | None) -> tuple[tuple[LedgerRow, ...], int]:
    """The revolving fund's months, and the cash flow's month its month 0 falls in."""
    from pra.plan.revolving import revolving_fund

    began = money_start(group)
    capital = group.capital
    ledger = (
        revolving_fund(capital, group.member_ids, began).rows if capital.stimulus_per_member else ()
    )
    offset = _months_between(start, began) if start is not None and began is not None else 0
    return ledger, offset


def _last_fund_month(ledger: tuple[LedgerRow, ...], offset: int) -> int | None:
    """The cash flow's month of the fund's last member instalment (``None``: none falls due)."""
    paid = [r.month for r in ledger if r.principal_in or r.fees_in]
    return offset + paid[-1] if paid else None


def cash_flow_length(group: BusinessGroup, start: dt.date | None) -> int:
    """Months the cash flow runs: :data:`CASH_FLOW_MONTHS`, or more, up to the month of the last
    instalment of every lender loan and of the revolving fund's last member instalment.

    A plan whose fund lends round after round (Sedap Malam: five rounds, the last borrower
    repaying from Feb 2004 to Jan 2005) thus shows 17 months, not 12 with loans still owed.
    """
    ledger, offset = _fund_rows(group, start)
    ends = [CASH_FLOW_MONTHS - 1, *lender_outflows(group, start)]
    fund_end = _last_fund_month(ledger, offset)
    if fund_end is not None:
        ends.append(fund_end)
    return max(ends) + 1


@dataclass(frozen=True, slots=True)
class SalesStart:
    """The day selling starts, and the calendar step that says so (``None``: a date)."""

    day: dt.date
    step_title: str | None = None


def sales_start(group: BusinessGroup) -> SalesStart | None:
    """The day ``group`` starts selling: its analysis' date, or the scheduled start of the
    step it marks (``None``: not said, or the calendar has no start date)."""
    analysis = group.analysis
    if analysis.sales_start is not None:
        return SalesStart(analysis.sales_start)
    if analysis.sales_step_id is None:
        return None
    from pra.plan.schedule import schedule_group

    found = next(
        (s for s in schedule_group(group).steps if s.step_id == analysis.sales_step_id), None
    )
    if found is None or found.start_date is None:
        return None
    title = next((s.title for s in group.steps if s.id == analysis.sales_step_id), None)
    return SalesStart(found.start_date, title)


def undated_sales_step(group: BusinessGroup) -> str | None:
    """The title of the step ``group``'s analysis chose to start selling, when that step has
    no date (the calendar has no start date); ``None`` otherwise. The plan and the check
    then ask for the calendar's date, not for a step to be chosen."""
    analysis = group.analysis
    if analysis.sales_step_id is None or sales_start(group) is not None:
        return None
    return next((s.title for s in group.steps if s.id == analysis.sales_step_id), None)


def _days_selling(begins: dt.date, first: dt.date, last: dt.date) -> tuple[int, int]:
    """``(days selling, days of the month)`` of the month ``first``…``last``."""
    month_days = calendar.monthrange(last.year, last.month)[1]
    if begins > last:
        return 0, month_days
    return (last - max(begins, first)).days + 1, month_days


def _part_month(pnl: ProfitAndLoss, days: int, month_days: int) -> ProfitAndLoss:
    """``pnl`` with each product's units × days ÷ month_days (to the nearest unit, halves up)."""
    lines = []
    for p in pnl.products:
        units = (p.units * days * 2 + month_days) // (2 * month_days)
        lines.append(
            ProductLine(
                p.product_id,
                p.name,
                p.unit,
                units,
                p.price,
                p.unit_cost,
                units * p.price,
                units * p.unit_cost,
            )
        )
    return ProfitAndLoss(tuple(lines), pnl.fixed_costs)


def planned_month(group: BusinessGroup, month: dt.date) -> ProfitAndLoss:
    """The plan's profit and loss of the calendar month of ``month`` (its seasons applied),
    counting the selling days only, as the cash flow does: a month in which selling starts
    sells its days from that day (units × days ÷ days of the month) and pays its fixed costs
    in full, a month before it sells nothing and pays only the fixed costs paid ahead."""
    first = month.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    pnl = profit_and_loss(group.analysis, first.month, first.year)
    begins = sales_start(group)
    if begins is not None:
        days, month_days = _days_selling(begins.day, first, last)
        pnl = _selling_days(pnl, days, month_days, prepaid_fixed_costs(group))
    return pnl


def _selling_days(pnl: ProfitAndLoss, days: int, month_days: int, paid_ahead: int) -> ProfitAndLoss:
    """A month's ``pnl`` counting its ``days`` of selling: a whole month as it is; the month
    selling starts its days only, its fixed costs in full; a month before selling starts
    nothing, and of the fixed costs only ``paid_ahead``, those a budget line pays ahead from
    the hand-over (rent: :func:`pra.plan.reserve.prepaid_fixed_costs`). The others start with
    the business, which does not run yet (#13, review11p finding 3)."""
    if not days:
        return ProfitAndLoss(_part_month(pnl, 0, month_days).products, paid_ahead)
    if days < month_days:
        return _part_month(pnl, days, month_days)
    return pnl


def _sales_note(
    group: BusinessGroup, start: dt.date | None, months: tuple[CashMonth, ...]
) -> Notice | None:
    """``Penjualan mulai 29 September 2003 (langkah …): September 2003 dihitung 2 dari 30 hari …``."""
    if start is None or not months or not group.analysis.products:
        return None
    begins = sales_start(group)
    if begins is None:
        undated = undated_sales_step(group)
        if undated is not None:
            return Notice(
                "plan.business.sales_from_start_undated",
                {"period": months[0].period, "title": undated},
            )
        return Notice("plan.business.sales_from_start", {"period": months[0].period})
    step: Notice | str = (
        Notice("plan.business.sales_step", {"title": begins.step_title})
        if begins.step_title
        else ""
    )
    params: dict[str, object] = {"date": begins.day, "step": step}
    for m in months:
        assert m.period.start is not None and m.period.end is not None
        days, month_days = _days_selling(begins.day, m.period.start, m.period.end)
        if not days:
            continue
        before = Notice("plan.business.sales_before") if m.index else ""
        if days == month_days:
            return Notice(
                "plan.business.sales_full", {**params, "period": m.period, "before": before}
            )
        return Notice(
            "plan.business.sales_part",
            {
                **params,
                "period": m.period,
                "days": days,
                "month_days": month_days,
                "before": before,
            },
        )
    return Notice("plan.business.sales_after_table", params)


def _cash_flow(
    group: BusinessGroup, start: dt.date | None, opening: int, later: dict[int, int]
) -> tuple[CashMonth, ...]:
    analysis = group.analysis
    ledger, offset = _fund_rows(group, start)
    lender = lender_outflows(group, start)
    per_loan = [lender_outflows_of(group, loan, start) for loan in group.capital.loans]
    begins = sales_start(group) if start is not None else None
    months = []
    balance = opening
    for i in range(cash_flow_length(group, start)):
        if start is not None:
            first, last = period_bounds("month", start, i)
            period = Period("month", i, first, last)
            calendar_month: int | None = first.month
            year: int | None = first.year
        else:
            period, calendar_month, year = Period("month", i, None, None), None, None
        pnl = profit_and_loss(analysis, calendar_month, year)
        if begins is not None and period.start is not None and period.end is not None:
            days, month_days = _days_selling(begins.day, period.start, period.end)
            pnl = _selling_days(pnl, days, month_days, prepaid_fixed_costs(group))
        at = i - offset  # the month of the revolving fund (0: its loans are handed over)
        row = ledger[at] if 0 <= at < len(ledger) else None
        instalments = row.principal_in + row.fees_in if row else 0
        if row is not None:
            dues = row.dues_in
        else:  # the fund is repaid (or there is none): the dues go on from month 1
            dues = group.capital.compulsory_dues * len(group.member_ids) if at > 0 else 0
        to_lender = lender.get(i, 0)
        funding = later.get(i, 0)
        closing = (
            balance
            + funding
            + pnl.sales
            - pnl.cost_of_sales
            - pnl.fixed_costs
            - instalments
            - dues
            - to_lender
        )
        months.append(
            CashMonth(
                i,
                period,
                calendar_month,
                balance,
                pnl.sales,
                pnl.cost_of_sales,
                pnl.fixed_costs,
                instalments,
                dues,
                closing,
                to_lender,
                funding,
                tuple(paid.get(i, 0) for paid in per_loan),
            )
        )
        balance = closing
    return tuple(months)


def _borrower_payment(group: BusinessGroup) -> int:
    """The most one borrower pays the revolving fund in a month (instalments, service fee,
    monthly deductions, dues: weekly, a month with five meeting days holds five); the dues
    alone without a fund."""
    plan = group.capital
    if plan.stimulus_per_member:
        return most_in_a_month(plan, money_start(group))
    return plan.compulsory_dues


def _capacity(
    group: BusinessGroup, ordinary: ProfitAndLoss, months: tuple[CashMonth, ...]
) -> Capacity:
    """The ordinary month's profit per member against the most one borrower pays in a month,
    and the weakest month of the cash flow (see :class:`Capacity`).

    The lender share is the largest month's: a weekly loan due on Mondays takes five
    instalments in some months, and those months must be paid too (Jaya Bersama: 342.500
    ÷ 10 members = 34.250, not the year's average 29.500).
    """
    members = len(group.member_ids)
    per_member = ordinary.profit // members if members else 0
    plan = group.capital
    borrower = _borrower_payment(group)
    share = total = 0
    heaviest: Period | None = None
    if members and plan.loans and months:
        most = max(months, key=lambda m: m.lender)  # the earliest of equals
        total, heaviest = most.lender, most.period
        share = _member_share(total, members, plan.cash_unit)
    ordinary_capacity = Capacity(
        members,
        ordinary.profit,
        per_member,
        borrower + share,
        share,
        lender_month=heaviest,
        lender_total=total,
        unit=plan.cash_unit,
        borrower_month=_heaviest_borrower_month(group),
    )
    weakest = _weakest_month(group, months, borrower)
    if weakest is not None and weakest.margin < ordinary_capacity.margin:
        return replace(ordinary_capacity, weakest=weakest)
    return ordinary_capacity


def _heaviest_borrower_month(group: BusinessGroup) -> dt.date | None:
    """Weekly, dated: the calendar month a borrower pays the most in (four or five meeting
    days; the earliest of equals), as the repayment table prints it; else ``None``."""
    in_month = _borrower_months(group)
    if not in_month:
        return None
    year, month = max(sorted(in_month), key=lambda key: in_month[key])
    return dt.date(year, month, 1)


def _borrower_months(group: BusinessGroup) -> dict[tuple[int, int], int]:
    """Weekly repayments: what a first-round borrower pays in each calendar month (four or
    five meeting days, and the month's dues); empty for monthly ones, whose months are all
    alike (:func:`_borrower_payment` then stands for every month)."""
    from pra.plan.fund import month_totals

    plan = group.capital
    start = money_start(group)
    if plan.repayment_frequency != "weekly" or not plan.stimulus_per_member or start is None:
        return {}
    return month_totals(plan, start)  # dated: keyed (year, month)


def _weakest_month(
    group: BusinessGroup, months: tuple[CashMonth, ...], borrower: int
) -> WeakMonth | None:
    """The month with something due whose profit per member leaves the least after what one
    borrower pays that month (the earliest of equals); ``None`` without members or dues."""
    members = len(group.member_ids)
    if not members:
        return None
    found: WeakMonth | None = None
    in_month = _borrower_months(group)
    for m in months:
        share = _member_share(m.lender, members, group.capital.cash_unit)
        paid = borrower
        if m.period.start is not None:  # weekly: what the month's meeting days make due
            paid = in_month.get((m.period.start.year, m.period.start.month), borrower)
        own = paid if m.instalments else (group.capital.compulsory_dues if m.dues else 0)
        payment = own + share
        if not payment:
            continue
        month = WeakMonth(
            m.period,
            m.profit,
            m.profit // members,
            payment,
            share,
            lender_total=m.lender,
            unit=group.capital.cash_unit,
        )
        if found is None or month.margin < found.margin:
            found = month
    return found


def planned_months(group: BusinessGroup, start: dt.date | None = None) -> tuple[CashMonth, ...]:
    """:attr:`BusinessPlan.months` of :func:`business_plan`, computed as it computes them and
    nothing else of the plan: for a reader that needs the months alone (the archive's
    ``plan_months``), a third cheaper."""
    opening = opening_cash(group, start)
    return _cash_flow(group, start, opening.cash, opening.later())


@once
def business_plan(group: BusinessGroup, start: dt.date | None = None) -> BusinessPlan:
    """The group's business analysis worked out; ``start`` dates the months and places the seasons.

    Without a start the months are numbered and no season applies (their
    months cannot be placed); a line says so when the group has seasons.
    """
    analysis = group.analysis
    ordinary = profit_and_loss(analysis)
    opening = opening_cash(group, start)
    start_up, capital = opening.start_up, opening.capital
    months = _cash_flow(group, start, opening.cash, opening.later())
    capacity = _capacity(group, ordinary, months)
    lines = [
        Notice(
            "plan.business.line_pnl",
            {
                "sales": Money(ordinary.sales),
                "cost": Money(ordinary.cost_of_sales),
                "fixed": Money(ordinary.fixed_costs),
                "profit": Money(ordinary.profit),
            },
        ),
        _opening_line(opening, months),
    ]
    if analysis.seasons and start is None:
        lines.append(Notice("plan.business.no_start"))
    if feasts_unknown(analysis.seasons, months):
        from pra.plan.feasts import FEASTS

        first, last = min(FEASTS.values())[0], max(FEASTS.values())[1]
        lines.append(Notice("plan.business.feasts_unknown", {"first": first, "last": last}))
    be = break_even(analysis)
    lines.append(_break_even_line(analysis, be))
    with_debt = debt_break_even_line(analysis, months)
    if with_debt is not None and be.total is not None:
        lines.append(with_debt)
    lines.append(_capacity_line(capacity, _assumed_sales(group, months)))
    reserve = reserve_left(group, months, opening.prepaid, opening.later_prepaid())
    lenders = tuple(loan.lender for loan in group.capital.loans)
    warnings = tuple(
        cash_warnings(months, reserve, opening.prepaid, opening.later_prepaid(), lenders)
    )
    return BusinessPlan(
        ordinary,
        be,
        start_up,
        capital,
        months,
        capacity,
        tuple(lines),
        warnings,
        _sales_note(group, start, months),
        _repaid(group, start, months),
        opening.prepaid,
        reserve,
        _assumed_note(group, start),
    )


def _assumed_note(group: BusinessGroup, start: dt.date | None) -> Notice | None:
    """The one assumption an undated plan's months rest on, said (:func:`assumed_handover`);
    or, in a dated plan, the lender loans without a hand-over date placed from the cash flow's
    first day (:func:`placed_lender_schedule`)."""
    if start is None:
        return None
    assumed = assumed_handover(group)
    if assumed is not None:
        return (
            Notice("plan.business.handover_assumed", {"day": assumed}) if start == assumed else None
        )
    from pra.plan.lender import disbursement_date
    from pra.plan.sources import source_name

    undated = [
        loan
        for loan in group.capital.loans
        if loan.principal and disbursement_date(group, loan) is None
    ]
    if not undated:
        return None
    first = min((d for loan in undated for d in _first_dues(group, loan, start)), default=start)
    return Notice(
        "plan.business.loan_handover_assumed",
        {"sources": tuple(source_name(loan) for loan in undated), "day": start, "first": first},
    )


def _first_dues(group: BusinessGroup, loan: LenderLoan, start: dt.date) -> list[dt.date]:
    rows = placed_lender_schedule(group, loan, start).instalments
    return [rows[0].due] if rows and rows[0].due is not None else []


def _repaid(
    group: BusinessGroup, start: dt.date | None, months: tuple[CashMonth, ...]
) -> tuple[Notice, ...]:
    """``Pinjaman BMM lunas dengan angsuran ke-52 (4 Okt 2004), pada Okt 2004: sisa Rp 0.``"""
    from pra.plan.lender import group_lender_schedule
    from pra.plan.sources import source_name

    found = []
    for loan in group.capital.loans:
        rows = group_lender_schedule(group, loan).instalments
        paid = lender_outflows_of(group, loan, start)
        if not rows or not paid or not 0 <= max(paid) < len(months):
            continue
        last = rows[-1]
        found.append(
            Notice(
                "plan.business.repaid_loan_dated" if last.due else "plan.business.repaid_loan",
                {
                    "source": source_name(loan),
                    "n": last.number,
                    "date": last.due or "",
                    "period": months[max(paid)].period,
                    "rest": Money(0),
                },
            )
        )
    ledger, offset = _fund_rows(group, start)
    fund_end = _last_fund_month(ledger, offset)
    if fund_end is not None and 0 <= fund_end < len(months):
        found.append(
            Notice(
                "plan.business.repaid_fund", {"period": months[fund_end].period, "rest": Money(0)}
            )
        )
    return tuple(found)


def _opening_line(opening: Opening, months: tuple[CashMonth, ...]) -> Notice:
    """``Kas awal menurut sumber dana: Bantuan stimulan … untuk aset Rp 3.500.000 − RAB …``."""
    parts: tuple[Notice, ...] = tuple(
        Notice(
            f"plan.business.opening_{part.kind}",
            {"source": part.name, "money": Money(part.money), "lines": Money(part.lines)},
        )
        for part in opening.parts
        if not part.month
    ) or (Notice("plan.business.opening_none"),)
    later: tuple[Notice, ...] = tuple(
        Notice(
            "plan.business.opening_later",
            {
                "source": part.name,
                "money": Money(part.money),
                "lines": Money(part.lines),
                "prepaid": _prepaid_phrase(part.prepaid),
                "period": months[part.month].period
                if part.month < len(months)
                else Notice("plan.business.after_cash_flow"),
            },
        )
        for part in opening.parts
        if part.month
    )
    in_kind: Notice | str = ""
    if opening.in_kind:
        in_kind = Notice(
            "plan.business.opening_in_kind",
            {"amount": Money(opening.in_kind), "lines": Money(opening.in_kind_lines)},
        )
    promised: Notice | str = ""
    if opening.promised:
        promised = Notice("plan.business.opening_promised", {"amount": Money(opening.promised)})
    unfunded: Notice | str = ""
    if opening.unfunded:
        unfunded = Notice("plan.business.opening_unfunded", {"amount": Money(opening.unfunded)})
    revolving: Notice | str = ""
    if opening.revolving:
        revolving = Notice("plan.business.opening_revolving", {"amount": Money(opening.revolving)})
    return Notice(
        "plan.business.line_opening",
        {
            "parts": parts,
            "unfunded": unfunded,
            "prepaid": _prepaid_phrase(opening.prepaid),
            "revolving": revolving,
            "opening": Money(opening.cash),
            "later": Notice("plan.business.opening_later_all", {"parts": later}) if later else "",
            "in_kind": in_kind,
            "promised": promised,
        },
    )


def _prepaid_phrase(amount: int) -> Notice | str:
    """`` + RAB untuk bahan dan biaya bulanan yang dibayar di muka Rp 2.030.000``."""
    if not amount:
        return ""
    return Notice("plan.business.opening_prepaid", {"amount": Money(amount)})


def _break_even_line(analysis: BusinessAnalysis, be: BreakEven) -> Notice:
    """``Titik impas sebulan: 140 potong Kue bolu, 105 biji Risoles``."""
    if not analysis.products:
        return Notice("plan.business.line_no_products")
    if be.total is None:
        return Notice("plan.business.line_no_break_even")
    return Notice("plan.business.line_break_even", {"units": break_even_units(analysis, be)})


def break_even_units(analysis: BusinessAnalysis, be: BreakEven) -> tuple[Notice, ...]:
    """``140 potong Kue bolu``, ``105 biji Risoles``: the break-even's units, product by product."""
    products = {p.id: p for p in analysis.products}
    return tuple(
        Notice(
            "plan.business.units" if products[ref].unit else "plan.business.units_plain",
            {"units": n, "unit": products[ref].unit, "name": products[ref].name},
        )
        for ref, n in be.per_product
    )


def _assumed_sales(group: BusinessGroup, months: tuple[CashMonth, ...]) -> Notice | str:
    """`` Ini dengan anggapan penjualan penuh sejak Agustus 2003 …``: a group with steps whose
    analysis does not say when selling starts (or chose a step that has no date) sells, in
    the cash flow, from its first month."""
    if not group.steps or not months or not group.analysis.products:
        return ""
    if sales_start(group) is not None:
        return ""
    undated = undated_sales_step(group)
    if undated is not None:
        return Notice(
            "plan.business.capacity_assumed_undated",
            {"period": months[0].period, "title": undated},
        )
    return Notice("plan.business.capacity_assumed", {"period": months[0].period})


def _share(profit: int, members: int, per_member: int) -> Money | Notice:
    """A line of arithmetic is true as printed: a share that is not whole is rounded down to
    the whole rupiah, as every amount is printed, and says so."""
    if per_member * members == profit:
        return Money(per_member)
    return Notice("plan.business.per_member_rounded", {"amount": Money(per_member)})


def _paid_for(
    lender_share: int,
    total: int,
    members: int,
    unit: int,
    period: Period | None = None,
    own: tuple[int, dt.date] | None = None,
) -> Notice:
    """What a borrower's payment is made of; with lender loans, how her share of the lenders'
    instalments is reached: the month named (``period``; else the month the sentence names),
    that month's instalments ÷ members, and the rounding up to the cash unit (Jaya Bersama:
    December 2003, five Mondays, 342.500 ÷ 10 = 34.250, up to Rp 500: 34.500). ``own``, a
    weekly plan's ordinary month: what a borrower pays the fund in the schedule's heaviest
    calendar month, and that month (Jaya Bersama: 59.500 in December 2003, five Mondays)."""
    weekly = {"own": Money(own[0]), "month": Month(own[1])} if own is not None else None
    if not lender_share:
        if weekly is not None:
            return Notice("plan.business.paid_for_weekly", weekly)
        return Notice("plan.business.paid_for")
    exact: Money | Cents = Money(total // members)
    if total % members:
        exact = Cents((Decimal(total) / members).quantize(Decimal("0.01"), ROUND_HALF_UP))
    rounded = (
        Notice(
            "plan.business.share_rounded_up"
            if unit > 1
            else "plan.business.share_rounded_up_rupiah",
            {"unit": Money(unit), "amount": Money(lender_share)},
        )
        if lender_share * members != total
        else ""
    )
    params = {
        "amount": Money(lender_share),
        "total": Money(total),
        "members": members,
        "exact": exact,
        "rounded": rounded,
    }
    if period is None:
        return Notice("plan.business.paid_for_lender_that_month", params)
    if weekly is not None:
        return Notice(
            "plan.business.paid_for_weekly_lender", {**params, **weekly, "period": period}
        )
    return Notice("plan.business.paid_for_lender", {**params, "period": period})


def _weak_params(c: Capacity, weak: WeakMonth) -> dict[str, object]:
    return {
        "profit": Money(c.profit),
        "members": c.members,
        "per_member": _share(c.profit, c.members, c.per_member),
        "period": weak.period,
        "weak_profit": Money(weak.profit),
        "weak_per_member": _share(weak.profit, c.members, weak.per_member),
        "loss": Money(-weak.profit),
        "payment": Money(weak.payment),
        "paid_for": _paid_for(weak.lender_share, weak.lender_total, c.members, weak.unit),
    }


def _capacity_line(c: Capacity, assumed: Notice | str = "") -> Notice:
    """``Laba sebulan Rp 1.200.000 ÷ 10 anggota = Rp 120.000 per anggota; …``: the ordinary
    month's verdict; then, when the analysis does not say when selling starts, that sales are
    assumed from the first month. The weakest month follows in its own sentence
    (:func:`capacity_note`)."""
    line = _capacity_verdict(c)
    if not assumed or not c.members:
        return line
    return Notice("plan.business.capacity_and_assumed", {"line": line, "assumed": assumed})


def _capacity_verdict(c: Capacity) -> Notice:
    """The ordinary month: its profit per member against the most a borrower pays in a month
    (weekly, the heaviest calendar month of the schedule) and her share of the lenders'
    heaviest month. Kept when the weakest month is short (#13: the weekly plan's page 1 said
    only the weakest month, and no word of the lender's share)."""
    if not c.members:
        return Notice("plan.business.capacity_no_members")
    params: dict[str, object] = {
        "profit": Money(c.profit),
        "members": c.members,
        "per_member": _share(c.profit, c.members, c.per_member),
        "payment": Money(c.payment),
        "paid_for": _paid_for(
            c.lender_share,
            c.lender_total,
            c.members,
            c.unit,
            c.lender_month,
            (c.payment - c.lender_share, c.borrower_month) if c.borrower_month else None,
        ),
    }
    if c.profit < 0:
        return Notice("plan.business.capacity_loss", params)
    if c.margin >= 0:
        return Notice("plan.business.capacity_enough", {**params, "left": Money(c.margin)})
    return Notice("plan.business.capacity_short", {**params, "short": Money(-c.margin)})


def capacity_note(c: Capacity) -> Notice | None:
    """The weakest month with something due, after the ordinary month's sentence, when it
    leaves less than the ordinary month: still enough, short, or at a loss."""
    weak = c.weakest
    if weak is None or not c.members or c.profit < 0:
        return None
    found = _weak_params(c, weak)
    if weak.margin >= 0:
        return Notice(
            "plan.business.capacity_weakest_enough", {**found, "left": Money(weak.margin)}
        )
    if weak.profit < 0:
        return Notice("plan.business.capacity_weakest_loss", found)
    return Notice("plan.business.capacity_weakest_short", {**found, "short": Money(-weak.margin)})


def month_names(months: tuple[int, ...], lang: Language | None = None) -> tuple[str, ...]:
    """``(10, 11)`` → ``("Okt", "Nov")``: calendar months by their short names (babel)."""
    from babel.dates import get_month_names

    names = get_month_names("abbreviated", locale=lang or get_language())
    return tuple(str(names[m]) for m in months)


def assumed_handover(group: BusinessGroup) -> dt.date | None:
    """The day the cash flow takes as the hand-over while no grant or loan of ``group`` has one:
    the first day of its activity calendar as the calendar places itself from its fixed steps
    (Jaya Bersama without dates: Monday 6 October 2003, its "Pertemuan mingguan" fixed on 13
    October), as a dated plan hands its money over when its calendar starts. ``None``: the group
    has a calendar start, a dated hand-over, no money to hand over, or no dated step.

    One assumption for the whole cash flow (#13): the revolving fund and the lender loans count
    their months from it, and the sales start on the selling step's day in the same calendar,
    so no month is invented in which members repay before the business could sell (the cash
    flow used to start at the workshop's month while the sales started at the calendar's)."""
    if group.calendar.start is not None:
        return None
    from pra.plan.lender import disbursement_date

    sources: list[Grant | LenderLoan] = [*group.capital.grants, *group.capital.loans]
    if not sources or any(disbursement_date(group, s) is not None for s in sources):
        return None
    from pra.plan.schedule import schedule_group

    return schedule_group(group).start


def as_assumed(group: BusinessGroup) -> BusinessGroup:
    """``group`` as its cash flow reads it: while no money has a date, every grant and lender
    loan handed over on the assumed day (:func:`assumed_handover`) and the calendar starting
    then, where it places itself; ``group`` itself when nothing is assumed. The calendar's money
    rows, who collects after it and the checks on them rest on it, so that an undated plan gets
    what a dated one gets, on its one stated assumption (#13, review11p finding 7)."""
    day = assumed_handover(group)
    if day is None:
        return group
    dated = {"disbursed_on": day, "disbursement_step_id": None}
    sources = tuple(
        s.model_copy(update=dated) if isinstance(s, Grant | LenderLoan) else s
        for s in group.capital.sources
    )
    capital = group.capital.model_copy(update={"sources": sources})
    calendar = group.calendar.model_copy(update={"start": day})
    return group.model_copy(update={"capital": capital, "calendar": calendar})


def analysis_start(group: BusinessGroup, workshop_date: dt.date | None) -> dt.date | None:
    """Where the analysis' months start: the group's calendar; while no money has a hand-over
    date, the first day of the calendar placed by its fixed steps (:func:`assumed_handover`);
    else the workshop's date, else the first day a grant or loan is handed over (a new
    workshop whose only date is the lender loan's: its months are named, not "Bulan 1");
    ``None`` when nothing is dated. A grant or loan handed over before that day moves the
    start to its own day, so that no instalment falls before the cash flow's first month."""
    assumed = assumed_handover(group)
    if assumed is not None:
        return assumed
    from pra.plan.lender import disbursement_date

    sources: list[Grant | LenderLoan] = [*group.capital.grants, *group.capital.loans]
    days = [d for d in (disbursement_date(group, s) for s in sources) if d is not None]
    first = group.calendar.start or workshop_date
    if first is None:
        return min(days, default=None)
    # money handed over before the calendar starts is in the cash flow from its day, with
    # every instalment due before the calendar (rev16-lender 1: a loan handed over in June
    # for a September calendar lost eight weekly instalments, yet was printed as repaid)
    return min([first, *days])


def workshop_warnings(ws: Workshop) -> tuple[tuple[str, Notice], ...]:
    """``(group id, sentence)`` for every month a group's analysis cannot pay its instalments.

    Only groups that have products are looked at: without an analysis there is
    nothing to say yet (the review says that separately).
    """
    found = []
    for group in ws.groups:
        if not group.analysis.products:
            continue
        plan = business_plan(group, analysis_start(group, ws.info.date))
        for warning in plan.warnings:
            found.append(
                (
                    group.id,
                    Notice(f"{warning.key}_in_group", {"group": group.name, **warning.params}),
                )
            )
        found.extend((group.id, n) for n in _makers_warnings(ws, group, plan))
    return tuple(found)


def _makers_warnings(ws: Workshop, group: BusinessGroup, plan: BusinessPlan) -> list[Notice]:
    """Each member business that cannot carry its borrowers' instalments, and the members
    who run none (rev17-lender 5: page 1 said it, `pra check` said "baik")."""
    from pra.plan.makers import maker_line, makers, unrun_line

    found = makers(group, plan)
    if found is None:
        return []
    names = {p.id: p.name for p in ws.participants}
    lines = [maker_line(b, names) for b in found.businesses if b.left < 0]
    unrun = unrun_line(found, names)
    if unrun is not None:
        lines.append(unrun)
    return [Notice("plan.makers.in_group", {"group": group.name, "line": n}) for n in lines]
