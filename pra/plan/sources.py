"""How a funding source is named on the screen and in the plan (``Bantuan Dinas Sosial``)."""

from __future__ import annotations

from pra.model import Grant, LenderLoan, OwnCapital
from pra.plan.notice import Notice


def source_name(source: Grant | LenderLoan | OwnCapital) -> Notice:
    """``Bantuan stimulan Dinas Sosial``, ``Pinjaman BMM``, ``Modal sendiri``."""
    if isinstance(source, Grant):
        if source.giver:
            return Notice("plan.funding.grant_named", {"giver": source.giver})
        return Notice("plan.funding.grant")
    if isinstance(source, LenderLoan):
        if source.lender:
            return Notice("plan.funding.loan_named", {"lender": source.lender})
        return Notice("plan.funding.loan")
    return Notice("plan.funding.own")
