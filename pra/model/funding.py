"""Where a group's money comes from: grants, loans from a lender, and its own capital.

A group can have several funding sources (``CapitalPlan.sources``), each a record
with an id that the budget lines (RAB) name when they are paid from it:

- :class:`Grant` — bantuan stimulan or hibah: it belongs to the group. Part of it
  may be lent on to members as a revolving fund (dana bergulir), part spent on
  the group's assets (equipment), and the two parts add up to the grant, so the
  same rupiah is never both lent out and spent.
- :class:`LenderLoan` — credit from BMM, a koperasi, a bank's KUR desk or an
  NGO: repaid to the lender on an agreed schedule, never the group's own cash.
- :class:`OwnCapital` — the members' savings (simpanan pokok once, simpanan
  wajib monthly, sukarela as a rule in words). The pledged money of the janji
  hati is part of it too, but is read from the pledges, never stored twice.

The union :data:`FundingSource` is discriminated by ``kind``; the arithmetic is
in ``pra.plan.ledger`` and ``pra.plan.lender``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import Field, model_validator

from pra.model.base import Entity, Id
from pra.model.money import Percent, Rupiah
from pra.model.strict import Date, Flag, Whole
from pra.model.text import Name, Text


class _Disbursed(Entity):
    """A source handed over once: on a date, or on the day a calendar step is scheduled."""

    disbursed_on: Date | None = None
    disbursement_step_id: Id | None = None
    """The calendar step that hands the money over (its scheduled start is the date)."""

    @model_validator(mode="after")
    def _one_way_of_dating(self) -> Self:
        if self.disbursed_on is not None and self.disbursement_step_id is not None:
            raise ValueError("money is handed over on a date or at a step, not both")
        return self


class Grant(_Disbursed):
    """Bantuan stimulan / hibah: the group's own once handed over."""

    kind: Literal["grant"] = "grant"
    giver: Name = ""
    """From whom (Dinas Sosial, an NGO, the kelurahan)."""
    amount: Rupiah = 0
    revolving: Rupiah = 0
    """Lent on to members as the revolving fund."""
    assets: Rupiah = 0
    """Spent on the group's assets (equipment, materials): never lent out as well."""

    @model_validator(mode="after")
    def _parts_add_up(self) -> Self:
        if self.revolving + self.assets != self.amount:
            raise ValueError(
                "the part lent to members and the part spent on assets add up to the grant"
            )
        return self


RepaymentMethod = Literal["flat", "declining"]
Frequency = Literal["weekly", "monthly"]


class LenderLoan(_Disbursed):
    """A loan from a lender (BMM, koperasi, bank KUR, NGO), repaid to the lender."""

    kind: Literal["loan"] = "loan"
    lender: Name = ""
    principal: Rupiah = 0
    term_months: Annotated[Whole, Field(ge=1, le=120)] = 12
    rate_percent: Percent = Field(default=Decimal(0), json_schema_extra={"default": 0})
    """Interest in percent per month: of the principal (flat) or of what is still owed (declining)."""
    method: RepaymentMethod = "flat"
    frequency: Frequency = "monthly"
    due_day: Annotated[Whole, Field(ge=1, le=31)] = 1
    """Weekly: the weekday, 1 = Monday … 7 = Sunday. Monthly: the day of the month
    (the month's last day where it has fewer days)."""
    grace_months: Annotated[Whole, Field(ge=0, le=24)] = 0
    """Months after the hand-over before the first instalment falls due."""
    joint_liability: Flag = False
    """Tanggung renteng: the members answer for each other's instalments."""

    @model_validator(mode="after")
    def _weekday(self) -> Self:
        if self.frequency == "weekly" and self.due_day > 7:
            raise ValueError("a weekly instalment falls on a weekday, 1 (Monday) to 7 (Sunday)")
        return self


class OwnCapital(Entity):
    """The members' own money: their savings (the pledged money is read from the janji hati)."""

    kind: Literal["own"] = "own"
    principal_savings: Rupiah = 0
    """Simpanan pokok: paid once by every member."""
    compulsory_dues: Rupiah = 0
    """Simpanan (iuran) wajib: paid by every member every month."""
    voluntary_savings: Text = ""
    """Simpanan sukarela: the rule in words (voluntary, so no amount)."""


FundingSource = Annotated[Grant | LenderLoan | OwnCapital, Field(discriminator="kind")]
"""One funding source of a group, told apart by its ``kind``."""
