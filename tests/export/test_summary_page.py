"""Page 1 (the summary) stays one page once a group has a lender loan and a weak month (#13,
rev13-lender finding 1b): the BMM officer found page 1 ending mid-sentence ("… dan bagiannya
Rp 11.500 dari") and the verdict on a near-empty page 2. Printed with LibreOffice and read
page by page with poppler: page 2 begins with section 1, not the summary's tail."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from pra.export.files import export_workshop
from pra.export.pdf import convert_to_pdf, find_soffice
from pra.model import LenderLoan, Workshop
from pra.synthetic import maximal_workshop
from tests.export.factory import example

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        find_soffice() is None or shutil.which("pdftotext") is None,
        reason="LibreOffice and poppler-utils are needed (CI installs them)",
    ),
]


def _with_loan(ws: Workshop, index: int, loan: LenderLoan, line: int, price: int) -> Workshop:
    """``ws`` with ``loan`` added to its group ``index`` and budget line ``line`` paid from it."""
    group = ws.groups[index]
    budget = tuple(
        b.model_copy(update={"source_id": loan.id, "unit_price": price, "quantity": 1})
        if i == line
        else b
        for i, b in enumerate(group.capital.budget)
    )
    capital = group.capital.model_copy(
        update={"sources": (*group.capital.sources, loan), "budget": budget}
    )
    groups = list(ws.groups)
    groups[index] = group.model_copy(update={"capital": capital})
    return ws.model_copy(update={"groups": tuple(groups)})


def sedap_malam_with_bmm() -> Workshop:
    """smloan.json: Sedap Malam with a BMM loan of Rp 1.000.000 (12 months, 1,5% flat, weekly
    on Mondays, a month's grace, joint liability) paying its working-capital line (2 × 580.000
    → 1 × 1.000.000); its weakest month, July 2004, is short once the loan is repaid from it."""
    ws = example("palembang")
    bmm = LenderLoan(
        id="fs-sm-bmm",
        lender="BMM",
        principal=1_000_000,
        term_months=12,
        rate_percent=Decimal("1.5"),
        frequency="weekly",
        due_day=1,
        grace_months=1,
        joint_liability=True,
        disbursed_on=dt.date(2003, 9, 1),
    )
    sm = ws.groups[0]
    line = next(i for i, b in enumerate(sm.capital.budget) if b.item.startswith("Modal kerja"))
    ws = _with_loan(ws, 0, bmm, line, 500_000)
    return ws.model_copy(update={"groups": ws.groups[:1]})


def maximal_with_kur() -> Workshop:
    """maxloan2.json: the synthetic maximal workshop's first group (30 members) with a KUR loan
    of Rp 12.345.500, 24 months at 1,25% a month on the balance, weekly on Wednesdays after 2
    months' grace, paying its first budget line."""
    ws = maximal_workshop(groups=2)
    kur = LenderLoan(
        id="fs-max-loan",
        lender="Bank Rakyat Indonesia unit KUR Kecamatan Ilir Timur II",
        principal=12_345_500,
        term_months=24,
        rate_percent=Decimal("1.25"),
        method="declining",
        frequency="weekly",
        due_day=3,
        grace_months=2,
        joint_liability=True,
        disbursed_on=dt.date(2026, 4, 1),
    )
    ws = _with_loan(ws, 0, kur, 0, 12_345_500)
    return ws.model_copy(update={"groups": ws.groups[:1]})


def jaya_bersama_selling_late() -> Workshop:
    """v_jb2 (rev14-lender 1b): Jaya Bersama, with its BMM loan, selling only from 15 December
    2003: short from October 2003, before any sale, the BMM instalment named in the month
    short; page 1 ran onto page 2 ("… yang dipakai" / "untuk angsuran harus diganti …")."""
    ws = example("palembang")
    jb = ws.groups[1]
    analysis = jb.analysis.model_copy(
        update={"sales_step_id": None, "sales_start": dt.date(2003, 12, 15)}
    )
    jb = jb.model_copy(update={"analysis": analysis})
    return ws.model_copy(update={"groups": (jb,)})


def _page(pdf: Path, n: int) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_page_one_holds_the_whole_summary_with_a_loan_and_a_weak_month(tmp_path: Path) -> None:
    docs = []
    for label, ws in (
        ("sm", sedap_malam_with_bmm()),
        ("max", maximal_with_kur()),
        ("jb", jaya_bersama_selling_late()),
    ):
        [doc] = export_workshop(ws, source=label, output=tmp_path / label).documents
        docs.append(doc)
    for pdf in convert_to_pdf(docs):
        first, second = _page(pdf, 1), _page(pdf, 2)
        assert "Ringkasan rencana" in first and "Kemampuan mengangsur" in first, pdf
        # the summary ends on page 1: its last sentence, and page 2 opens with section 1
        assert 'kemampuan mengangsur").' in " ".join(first.split()), first
        assert second.lstrip().startswith("1. Identitas"), second[:300]
