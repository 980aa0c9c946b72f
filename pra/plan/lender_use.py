"""What a lender's loan buys, for page 1 (#13, rev15-lender 4: "use of funds is the lender's
first question"; page 1 named what the members' loans buy, never what the lender's loan buys).

From the budget (RAB) lines whose source is the loan: the lines bought (assets and one-off
costs, their total), the lines paid ahead for materials and monthly costs (their money stays
in the cash, set aside for those costs: ``BudgetLine.prepaid``), and the principal no line
uses, kept in the cash as working capital. Lines the members buy with their loans are theirs,
not the loan's (:mod:`pra.plan.loan_use`).
"""

from __future__ import annotations

from pra.model import BusinessGroup, LenderLoan
from pra.plan.notice import Money, Notice
from pra.plan.sources import source_name


def lender_use(group: BusinessGroup, loan: LenderLoan) -> Notice:
    """``Pinjaman BMM membeli: Mesin jahit; … (Rp 2.155.000); Rp 845.000 untuk bahan dan
    biaya bulanan di muka disimpan di kas.``"""
    lines = [b for b in group.capital.budget if b.source_id == loan.id and not b.member_loans]
    bought = [b for b in lines if not b.prepaid]
    ahead = [b for b in lines if b.prepaid]
    spent = sum(b.quantity * b.unit_price for b in bought)
    kept = sum(b.quantity * b.unit_price for b in ahead)
    rest: list[Notice] = []
    if kept:
        kinds = sorted({b.prepaid for b in ahead if b.prepaid})
        rest.append(
            Notice(
                "plan.loan_use.lender_kept",
                {
                    "amount": Money(kept),
                    "what": Notice(f"plan.loan_use.lender_kept_{'_'.join(kinds)}"),
                },
            )
        )
    till = loan.principal - spent - kept
    if till > 0:
        key = "till" if spent or kept else "till_all"
        rest.append(Notice(f"plan.loan_use.lender_{key}", {"amount": Money(till)}))
    name = source_name(loan)
    if not bought:
        return Notice("plan.loan_use.lender_none", {"source": name, "rest": _join(rest)})
    items = "; ".join(b.item for b in bought)
    tail = Notice("plan.loan_use.lender_tail", {"rest": _join(rest)}) if rest else ""
    return Notice(
        "plan.loan_use.lender_bought",
        {"source": name, "items": items, "amount": Money(spent), "rest": tail},
    )


def _join(parts: list[Notice]) -> Notice | str:
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return Notice("plan.loan_use.lender_and", {"first": parts[0], "second": parts[1]})
