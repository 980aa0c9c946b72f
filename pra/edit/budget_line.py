"""A budget (RAB) line typed in one line: ``Mesin jahit Butterfly, 1, unit, 1.500.000``.

The item, then, separated by commas and in this order: the quantity (``1``), its
unit (``unit``, or with the quantity: ``10 meter``) and the price of one
(``1.500.000``, ``Rp 25.000``, ``25rb``, ``1,5jt``). Each may be left out and
typed in its own field of the form instead, never in both. The item is every
part before the first that starts with a number (``Buku kas, buku pinjaman,
kartu anggota`` stays one item); a part after it that does not read is refused
with a sentence, never folded into the item. The amounts themselves are read
where the line is kept (:func:`pra.edit.capital.add_budget_line`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pra.edit.number_words import with_digits
from pra.edit.steps import LINE_PARTS, MONEY_TOKEN
from pra.errors import PraError

_STARTS_NUMBER: Final = re.compile(r"(?i)\d|rp\.?\s*\d")
_WHOLE: Final = re.compile(r"\d{1,6}")
_QUANTITY_UNIT: Final = re.compile(r"(\d{1,6})\s+([^\d\s].*)")
_WORD: Final = re.compile(r"[^\d]+")
_ANY_AMOUNT: Final = re.compile(r"(?i)(rp\.?\s*)?\d[\d.,]*\s*(rb|ribu|k|jt|juta)?")


@dataclass(frozen=True, slots=True)
class BudgetEntry:
    """A typed budget line, read; an empty field was not in the line."""

    item: str
    quantity: str = ""
    unit: str = ""
    price: str = ""


def parse_budget_line(text: str) -> BudgetEntry:
    """Read ``text`` (see the module docstring); refused with a sentence when a part does
    not read or the line has no item."""
    parts = [p.strip() for p in LINE_PARTS.split(text.strip())]
    # "dua", "dua unit", "sepuluh meter" after the item: the quantity in words
    parts[1:] = [with_digits(p, lambda rest: len(rest.split()) <= 1) for p in parts[1:]]
    first = next((i for i, p in enumerate(parts) if _STARTS_NUMBER.match(p)), len(parts))
    item = ", ".join(p for p in parts[:first] if p)
    if not item:
        raise PraError("edit.budget.no_item", text=text.strip())
    found: dict[str, str] = {}
    rest = [p for p in parts[first:] if p]
    for index, part in enumerate(rest):
        last = index == len(rest) - 1
        if "price" in found:
            _refuse(part)
        elif MONEY_TOKEN.fullmatch(part) or re.fullmatch(r"0+", part):
            found["price"] = part
        elif _WHOLE.fullmatch(part) and "quantity" not in found:
            found["quantity"] = part
        elif (both := _QUANTITY_UNIT.fullmatch(part)) and "quantity" not in found:
            found["quantity"], found["unit"] = both.group(1), both.group(2).strip()
        elif _WORD.fullmatch(part) and "quantity" in found and "unit" not in found:
            found["unit"] = part
        elif last and "quantity" in found and _ANY_AMOUNT.fullmatch(part):
            found["price"] = part  # a small price after the quantity: "Benang, 5, gulung, 500"
        else:
            _refuse(part)
    return BudgetEntry(
        item, found.get("quantity", ""), found.get("unit", ""), found.get("price", "")
    )


def _refuse(part: str) -> None:
    raise PraError("edit.budget.not_understood", token=part)


def with_fields(entry: BudgetEntry, *, quantity: str, unit: str, price: str) -> BudgetEntry:
    """The line completed by the form's own fields; a value in both is refused."""
    fields = {"quantity": quantity.strip(), "unit": unit.strip(), "price": price.strip()}
    typed = {"quantity": entry.quantity, "unit": entry.unit, "price": entry.price}
    for name, value in fields.items():
        if value and typed[name]:
            raise PraError("edit.budget.twice", token=typed[name])
    return BudgetEntry(
        entry.item,
        entry.quantity or fields["quantity"],
        entry.unit or fields["unit"],
        entry.price or fields["price"],
    )
