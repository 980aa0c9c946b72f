"""Capital and the revolving fund (modal dan dana bergulir), per group.

The stimulus grant (bantuan stimulan) is lent to members and repaid with a flat
monthly service fee (jasa pinjaman) so that the next members can borrow: a
revolving fund (dana bergulir). Deductions such as the reserve (cadangan) or
membership shares (saham) are taken from what each member receives. All money
is whole rupiah; the arithmetic lives in ``pra.plan.fund``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from pra.model.base import Entity, Id, Record
from pra.model.bounds import ITEMS_MAX, PEOPLE_MAX
from pra.model.money import Percent, Rupiah
from pra.model.strict import PositiveWhole, Whole
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


FundingSource = Literal["stimulus", "own", "other"]

CashUnit = Literal[1, 100, 500, 1000]
"""The smallest amount a group hands over in cash at its meetings (Rp 1, 100, 500, 1.000)."""


class BudgetLine(Entity):
    """A line of the budget (rencana anggaran biaya, RAB)."""

    item: RequiredName
    quantity: PositiveWhole = 1
    unit: Name = ""
    unit_price: Rupiah = 0
    source: FundingSource = "stimulus"


class CapitalPlan(Record):
    """The group's capital plan and the rules of its revolving fund."""

    stimulus_per_member: Rupiah = 0
    """What each member is lent from the stimulus (Palembang, Yogyakarta: Rp 500.000)."""
    deductions: Annotated[tuple[Deduction, ...], Field(max_length=ITEMS_MAX)] = ()
    compulsory_dues: Rupiah = 0
    """Iuran wajib: paid by every member every month."""
    voluntary_savings: Text = ""
    """Simpanan sukarela: the rule in words (voluntary, so no amount)."""
    service_fee_percent: Percent = Field(default=Decimal(0), json_schema_extra={"default": 0})
    """Jasa pinjaman: percent of the loan charged flat every month."""
    loan_term_months: Annotated[Whole, Field(ge=1, le=120)] = 10
    cash_unit: CashUnit = 1
    """Instalments are rounded up to this unit, the last one takes the rest (``pra.plan.rounding``).

    Rp 1 (the default, and what a file without the field means) splits to the rupiah."""
    first_round_ids: Annotated[tuple[Id, ...], Field(max_length=PEOPLE_MAX)] = ()
    """Who borrows in the first round; empty means every member at once."""
    budget: Annotated[tuple[BudgetLine, ...], Field(max_length=ITEMS_MAX)] = ()
    rules: Annotated[tuple[Text, ...], Field(max_length=ITEMS_MAX)] = ()
    """Other fund rules the group agreed, in its own words."""
