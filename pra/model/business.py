"""The business analysis (analisis usaha) of a group: what it sells, at what cost, to whom.

Products or services carry a unit price and a unit cost split into materials,
labour and packaging, and the units the group expects to sell in an ordinary
month. Seasons change those sales in the calendar months the group marks
(Ramadan and Lebaran, the rainy season, school holidays): to a percentage of
the ordinary month, or to a number of units. Monthly fixed costs (rent of a
stall, electricity, transport) are paid whatever is sold. The start-up costs
are the group's budget (RAB, :class:`pra.model.capital.BudgetLine`), never typed
twice. Customers, competitors, how the group sells and its market are short
lists in the group's words. The arithmetic lives in :mod:`pra.plan.business`.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal, Self

from pydantic import Field, model_validator

from pra.model.base import Entity, Id, Record
from pra.model.bounds import ITEMS_MAX
from pra.model.money import Rupiah
from pra.model.strict import Date, Whole
from pra.model.text import Name, RequiredName

UNITS_MAX: Final = 10_000_000
"""Units of one product sold in a month: far above a kelurahan group (real: 10–5,000)."""
SEASON_PERCENT_MAX: Final = 1000
"""A season sells at most ten times an ordinary month."""

Month = Annotated[Whole, Field(ge=1, le=12)]
"""A calendar month, 1 = January."""
Units = Annotated[Whole, Field(ge=0, le=UNITS_MAX)]
Words = Annotated[tuple[Name, ...], Field(max_length=ITEMS_MAX)]


class Product(Entity):
    """A product or service: its unit, price, cost per unit and ordinary monthly sales."""

    name: RequiredName
    unit: Name = ""
    """``potong``, ``bungkus``, ``kg``, ``pesanan`` …"""
    price: Rupiah = 0
    """What a customer pays for one unit."""
    materials: Rupiah = 0
    """Cost of the materials of one unit (bahan baku)."""
    labour: Rupiah = 0
    """Cost of paid labour for one unit (upah)."""
    packaging: Rupiah = 0
    """Cost of packaging one unit (kemasan)."""
    units_per_month: Units = 0
    """Units the group expects to sell in an ordinary month."""
    member_ids: Annotated[tuple[Id, ...], Field(max_length=ITEMS_MAX)] = ()
    """The members who run this product as their own household business (a savings and loan
    group of members' own businesses, #13): its profit carries their instalments
    (:mod:`pra.plan.makers`). Empty: the group's shared business."""

    @model_validator(mode="after")
    def _members_once(self) -> Self:
        if len(set(self.member_ids)) != len(self.member_ids):
            raise ValueError("a product names each member who runs it once")
        return self

    @property
    def unit_cost(self) -> int:
        return self.materials + self.labour + self.packaging


Feast = Literal["ramadan", "lebaran"]
"""An Islamic feast a season moves with: the fasting month, or Idul Fitri (1 Syawal)."""


class Season(Entity):
    """Months when sales differ from an ordinary month: a percentage of it, or a number of units.

    ``product_id`` ``None`` means every product (a percentage only: units are per product).
    A season that ``follows`` Ramadan or Lebaran moves with it: the group marks its months
    for the feast of Hijri year ``marked_for`` (the coming one), and each year the months
    keep their distance to the feast, about 11 days earlier every year (``pra.plan.feasts``).
    """

    label: RequiredName
    months: Annotated[tuple[Month, ...], Field(min_length=1, max_length=12)]
    product_id: Id | None = None
    percent: Annotated[Whole, Field(ge=0, le=SEASON_PERCENT_MAX)] | None = None
    """Sales are this percent of an ordinary month (150: half as much again; 50: half)."""
    units: Units | None = None
    """Sales are this many units of the product in those months."""
    follows: Feast | None = None
    """The feast the season moves with; ``None`` (what a file without it means): the same
    calendar months every year (school holidays, the rains)."""
    marked_for: Annotated[Whole, Field(ge=1, le=9999)] | None = None
    """The Hijri year of the feast the ``months`` were marked for (1424: Lebaran on
    25 November 2003)."""

    @model_validator(mode="after")
    def _feast_and_year(self) -> Self:
        if (self.follows is None) != (self.marked_for is None):
            raise ValueError("a season that moves with a feast names the feast's Hijri year")
        return self

    @model_validator(mode="after")
    def _one_change(self) -> Self:
        if (self.percent is None) == (self.units is None):
            raise ValueError("a season has either a percent or units, not both or neither")
        if self.units is not None and self.product_id is None:
            raise ValueError("a season given in units names its product")
        if len(set(self.months)) != len(self.months):
            raise ValueError("a season names each month once")
        return self


class FixedCost(Entity):
    """A cost paid every month whatever is sold (sewa tempat, listrik, transport)."""

    label: RequiredName
    amount: Rupiah = 0


class BusinessAnalysis(Record):
    """The group's business analysis (analisis usaha); empty in files made before it existed."""

    products: Annotated[tuple[Product, ...], Field(max_length=ITEMS_MAX)] = ()
    seasons: Annotated[tuple[Season, ...], Field(max_length=ITEMS_MAX)] = ()
    fixed_costs: Annotated[tuple[FixedCost, ...], Field(max_length=ITEMS_MAX)] = ()
    customers: Words = ()
    """Pelanggan: who buys."""
    competitors: Words = ()
    """Pesaing: who else sells the same nearby."""
    selling: Words = ()
    """Cara menjual: how the group sells (titip warung, pesanan, pasar pagi …)."""
    market: Words = ()
    """Pasar: where the buyers are."""
    sales_start: Date | None = None
    """The day selling starts: the cash flow has no sales before it, and the month it falls in
    counts the days selling only (``pra.plan.business``). ``None``: from the plan's start."""
    sales_step_id: Id | None = None
    """The calendar step where selling starts (its scheduled start is the day)."""

    @model_validator(mode="after")
    def _one_sales_start(self) -> Self:
        if self.sales_start is not None and self.sales_step_id is not None:
            raise ValueError("selling starts on a date or at a step, not both")
        return self

    def without_member(self, participant_id: str) -> BusinessAnalysis:
        """The analysis with ``participant_id`` running none of its products (she left the
        group, or the workshop)."""
        if not any(participant_id in p.member_ids for p in self.products):
            return self
        products = tuple(
            p.model_copy(
                update={"member_ids": tuple(m for m in p.member_ids if m != participant_id)}
            )
            for p in self.products
        )
        return self.model_copy(update={"products": products})

    @property
    def is_empty(self) -> bool:
        return not (
            self.products
            or self.seasons
            or self.fixed_costs
            or self.customers
            or self.competitors
            or self.selling
            or self.market
        )


MARKET_LISTS: Final[tuple[str, ...]] = ("customers", "competitors", "selling", "market")
"""The short text lists of :class:`BusinessAnalysis`, in the order they are shown."""
