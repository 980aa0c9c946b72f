"""The group's written fund rules against what the deductions leave each member (#13,
rev13-lender finding 7).

Tri Astha's rules say "Menurut kesepakatan tertulis, setiap anggota menerima Rp 435.000" while
the deductions the capital step holds (10% reserve, 10% share, 1,5% administration of Rp
500.000) leave Rp 392.500: the printed plan carried both amounts, a page apart, and ``pra
check`` said nothing. :func:`received_conflicts` finds a rule that speaks of what a member
receives (a form of *terima*: "menerima", "diterima"; or "mendapat", "memperoleh", "diberi") and
names amounts in rupiah (``Rp 435.000``, ``Rp 435 ribu``, ``1,5 juta``), none of which is what the
deductions leave (nor the loan itself, "menerima pinjaman Rp 500.000"); a rule naming a lender
is about the lender's loan and is left alone, as :mod:`pra.plan.rule_days` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pra.model import BusinessGroup

_NUMBER: Final = r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d{1,3})?"
_UNIT: Final = r"ribu|rb|juta|jt"
_AMOUNT: Final = re.compile(
    rf"\bRp\.?\s*(?P<rp>{_NUMBER})(?:\s*(?P<rp_unit>{_UNIT})\b)?(?![\d.,]*\d)"
    rf"|\b(?P<bare>{_NUMBER})\s*(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)
"""``Rp 435.000``, ``Rp435000``, ``Rp. 435.000`` (Indonesian thousands with dots), and with its
size: ``Rp 435 ribu``, ``435rb``, ``Rp 1,5 juta`` (a comma is the decimal mark)."""
_SCALE: Final = {"ribu": 1_000, "rb": 1_000, "juta": 1_000_000, "jt": 1_000_000}
_RECEIVES: Final = re.compile(r"(?:te|ne)rima|mendapat|didapat|peroleh|diberi")
"""What a member gets: a form of *terima* (diterima, menerima: the prefix drops the t,
penerimaan), *mendapat*/*didapat* (not the bare *dapat*, "can"), *memperoleh*/*diperoleh*,
*diberi*/*diberikan*."""


def _rupiah(match: re.Match[str]) -> int:
    """The rupiah an :data:`_AMOUNT` match says: ``Rp 435 ribu`` is 435.000."""
    number = match.group("rp") or match.group("bare")
    unit = (match.group("rp_unit") or match.group("unit") or "").casefold()
    whole, _, fraction = number.replace(".", "").partition(",")
    scale = _SCALE.get(unit, 1)
    value = int(whole) * scale
    if fraction and unit:
        value += int(fraction) * scale // 10 ** len(fraction)
    return value


@dataclass(frozen=True, slots=True)
class ReceivedConflict:
    """Rule ``number`` (1-based) says a member receives ``said``; the deductions leave
    ``received``."""

    number: int
    said: int
    received: int


def received_conflicts(group: BusinessGroup) -> tuple[ReceivedConflict, ...]:
    """The rules that name what a member receives, and never the amount the deductions leave
    (see the module docstring). Without a revolving fund, nothing."""
    from pra.plan.fund import member_share

    plan = group.capital
    if not plan.stimulus_per_member:
        return ()
    received = member_share(plan).received
    lenders = [loan.lender.casefold() for loan in plan.loans if loan.lender.strip()]
    found = []
    for number, rule in enumerate(plan.rules, start=1):
        folded = rule.casefold()
        if not _RECEIVES.search(folded) or any(lender in folded for lender in lenders):
            continue
        amounts = [_rupiah(m) for m in _AMOUNT.finditer(rule)]
        if amounts and not {received, plan.stimulus_per_member} & set(amounts):
            found.append(ReceivedConflict(number, amounts[0], received))
    return tuple(found)
