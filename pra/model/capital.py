"""Capital and the revolving fund (modal dan dana bergulir), per group.

The stimulus grant (bantuan stimulan) is lent to members and repaid with a flat
monthly service fee (jasa pinjaman) so that the next members can borrow: a
revolving fund (dana bergulir). Deductions such as the reserve (cadangan) or
membership shares (saham) are taken from what each member receives. All money
is whole rupiah; the arithmetic lives in ``pra.plan.fund``. Where the money comes
from (grants, lender loans, own capital) is in :mod:`pra.model.funding`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from pra.model.base import Entity, Id, Record
from pra.model.bounds import ITEMS_MAX, PEOPLE_MAX
from pra.model.funding import Frequency, FundingSource, Grant, LenderLoan, OwnCapital
from pra.model.money import Percent, Rupiah
from pra.model.strict import Flag, PositiveWhole, Whole
from pra.model.text import Name, RequiredName, Text

DeductionKind = Literal["reserve", "share", "admin", "other"]


class Deduction(Entity):
    """Something taken from each member's stimulus: a percent of it or a fixed amount."""

    label: RequiredName
    kind: DeductionKind = "other"
    percent: Percent | None = None
    amount: Rupiah | None = None
    frequency: Literal["once", "monthly"] = "once"

    @model_validator(mode="after")
    def _percent_or_amount(self) -> Self:
        if (self.percent is None) == (self.amount is None):
            raise ValueError("a deduction has either a percent or an amount, not both or neither")
        return self


Prepaid = Literal["materials", "fixed_costs"]
"""What a budget line pays ahead (see ``BudgetLine.prepaid``)."""

CashUnit = Literal[1, 100, 500, 1000]
"""The smallest amount a group hands over in cash at its meetings (Rp 1, 100, 500, 1.000)."""


class BudgetLine(Entity):
    """A line of the budget (rencana anggaran biaya, RAB)."""

    item: RequiredName
    quantity: PositiveWhole = 1
    unit: Name = ""
    unit_price: Rupiah = 0
    source_id: Id | None = None
    """The funding source (``CapitalPlan.sources``) that pays this line; ``None``: not decided."""
    member_loans: Flag = False
    """Bought by the members with the loans they receive from the source (Yogyakarta's KUW:
    each member's own trade), not by the group from the source's part for assets."""
    prepaid: Prepaid | None = None
    """A running cost paid ahead, not an asset: ``materials`` (bahan, modal kerja: used up
    by the products sold, their cost is in the products' unit cost) or ``fixed_costs``
    (sewa tempat 3 bulan: a fixed cost of the business analysis paid for some months).
    The cash flow charges those costs every month in full, so this line's money is kept
    in the opening cash, set aside for them (``pra.plan.business``). ``None``: an asset
    or a one-off cost spent at the start (what a file without the field means)."""


class CapitalPlan(Record):
    """The group's capital plan and the rules of its revolving fund."""

    sources: Annotated[tuple[FundingSource, ...], Field(max_length=ITEMS_MAX)] = ()
    """Where the money comes from: grants, loans from lenders, the members' own capital."""
    stimulus_per_member: Rupiah = 0
    """What each member borrows from the revolving fund (Palembang, Yogyakarta: Rp 500.000).

    A rule of the fund, not money: the money that starts the fund is the part of the
    grants (and lender loans) lent on to members, ``pra.plan.ledger`` checks they agree."""
    deductions: Annotated[tuple[Deduction, ...], Field(max_length=ITEMS_MAX)] = ()
    service_fee_percent: Percent = Field(default=Decimal(0), json_schema_extra={"default": 0})
    """Jasa pinjaman: percent of the loan charged flat every month."""
    loan_term_months: Annotated[Whole, Field(ge=1, le=120)] = 10
    repayment_frequency: Frequency = "monthly"
    """How often the members repay the fund: ``monthly`` (what a file without the field
    means) or ``weekly``, at the group's weekly meeting: then ``loan_term_months × 52 ÷ 12``
    instalments (rounded down, at least one), as a lender's weekly loan (``pra.plan.fund``)."""
    repayment_day: Annotated[Whole, Field(ge=1, le=31)] | None = None
    """Monthly: the day of the month the members' instalments fall due (the month's last day
    where it has fewer days), the first at least a month after the hand-over. Weekly: the
    weekday, 1 = Monday … 7 = Sunday, the first at least a week after the hand-over
    (``pra.plan.due_dates``). ``None`` (what a file without the field means): the
    hand-over's own day of the month (weekday), a month (week) apart."""
    cash_unit: CashUnit = 1
    """Instalments are rounded up to this unit, the last one takes the rest (``pra.plan.rounding``).

    Rp 1 (the default, and what a file without the field means) splits to the rupiah; a group
    made in the tool starts at Rp 500 (``pra.edit.groups.NEW_GROUP_CASH_UNIT``), and
    ``pra check`` says when a Rp 1 schedule holds amounts nobody pays in cash."""
    first_round_ids: Annotated[tuple[Id, ...], Field(max_length=PEOPLE_MAX)] = ()
    """Who borrows in the first round; empty means every member at once."""
    budget: Annotated[tuple[BudgetLine, ...], Field(max_length=ITEMS_MAX)] = ()
    rules: Annotated[tuple[Text, ...], Field(max_length=ITEMS_MAX)] = ()
    """Other fund rules the group agreed, in its own words."""

    @model_validator(mode="after")
    def _weekday(self) -> Self:
        if (
            self.repayment_frequency == "weekly"
            and self.repayment_day is not None
            and self.repayment_day > 7
        ):
            raise ValueError("a weekly instalment falls on a weekday, 1 (Monday) to 7 (Sunday)")
        return self

    @model_validator(mode="after")
    def _one_own_capital(self) -> Self:
        if sum(isinstance(s, OwnCapital) for s in self.sources) > 1:
            raise ValueError("a group has one record of its own capital")
        return self

    @property
    def grants(self) -> tuple[Grant, ...]:
        return tuple(s for s in self.sources if isinstance(s, Grant))

    @property
    def loans(self) -> tuple[LenderLoan, ...]:
        return tuple(s for s in self.sources if isinstance(s, LenderLoan))

    @property
    def own_capital(self) -> OwnCapital | None:
        return next((s for s in self.sources if isinstance(s, OwnCapital)), None)

    @property
    def compulsory_dues(self) -> int:
        """Iuran (simpanan) wajib every member pays every month, from :class:`OwnCapital`."""
        own = self.own_capital
        return own.compulsory_dues if own else 0

    @property
    def voluntary_savings(self) -> str:
        """The simpanan sukarela rule in words, from :class:`OwnCapital`."""
        own = self.own_capital
        return own.voluntary_savings if own else ""

    def source(self, source_id: str | None) -> Grant | LenderLoan | OwnCapital | None:
        """The source with ``source_id``, or ``None``."""
        return next((s for s in self.sources if s.id == source_id), None)
