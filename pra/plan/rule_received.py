"""The group's written fund rules against what the deductions leave each member (#13,
rev13-lender finding 7).

Tri Astha's rules say "Menurut kesepakatan tertulis, setiap anggota menerima Rp 435.000" while
the deductions the capital step holds (10% reserve, 10% share, 1,5% administration of Rp
500.000) leave Rp 392.500: the printed plan carried both amounts, a page apart, and ``pra
check`` said nothing. :func:`received_conflicts` finds a rule that speaks of what a member
receives (a form of *terima*: "menerima", "diterima") and names amounts in rupiah, none of which is what the
deductions leave (nor the loan itself, "menerima pinjaman Rp 500.000"); a rule naming a lender
is about the lender's loan and is left alone, as :mod:`pra.plan.rule_days` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pra.model import BusinessGroup

_AMOUNT: Final = re.compile(r"\bRp\.?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\d)", re.IGNORECASE)
"""``Rp 435.000``, ``Rp435000``, ``Rp. 435.000`` (Indonesian thousands with dots)."""
_RECEIVES: Final = re.compile(r"(?:te|ne)rima")
"""A form of *terima*: diterima, menerima (the prefix drops the t), penerimaan."""


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
        amounts = [int(m.group(1).replace(".", "")) for m in _AMOUNT.finditer(rule)]
        if amounts and not {received, plan.stimulus_per_member} & set(amounts):
            found.append(ReceivedConflict(number, amounts[0], received))
    return tuple(found)
