"""The loan rounds print each date on one line; a large lender loan prints whole (PDF).

Sedap Malam's rounds open on 1 September 2003 and then monthly to 1 Januari
2004; in a 3 cm column "1 September" and "2003" fell on two lines, read aloud
as two entries.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pra.export.files import export_workshop
from pra.export.pdf import convert_to_pdf, find_soffice
from pra.model import Workshop
from pra.plan.formatting import format_date, format_rupiah
from pra.plan.lender import group_lender_schedule
from pra.plan.revolving import group_fund
from tests.export.factory import example
from tests.export.test_page_layout import split_amounts

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        find_soffice() is None or shutil.which("pdftotext") is None,
        reason="LibreOffice and poppler-utils are needed (CI installs them)",
    ),
]


def test_each_round_prints_its_whole_date_on_its_row(tmp_path: Path) -> None:
    ws = example("palembang")
    group = ws.groups[0]
    rounds = group_fund(group).rounds
    assert [format_date(r.date, "id") for r in rounds if r.date] == [
        "1 September 2003",  # the hand-over; later rounds on the fund's day, the 6th (#13)
        "6 Oktober 2003",
        "6 November 2003",
        "6 Desember 2003",
        "6 Januari 2004",
    ]
    docx = export_workshop(ws, source="p", output=tmp_path, group=group.name).documents[0]
    (pdf,) = convert_to_pdf([docx])
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace("\u00a0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for r in rounds:
        assert r.date is not None
        row = f"{r.number} {r.month} {format_date(r.date, 'id')} "
        assert any(line.startswith(row) for line in lines), row
    assert not any(re.fullmatch(r"(19|20)\d\d", line) for line in lines)  # no year alone


def test_a_large_lender_loan_prints_every_instalment_with_whole_amounts(tmp_path: Path) -> None:
    """A Rp 987.654.000 loan over 36 months, weekly, declining: nine-digit amounts in four
    columns beside the due date; every row is printed and no amount is cut."""
    data = example("palembang").model_dump(mode="json")
    for source in data["groups"][1]["capital"]["sources"]:
        if source["kind"] == "loan":
            source.update(principal=987_654_000, term_months=36, method="declining")
    ws = Workshop.model_validate(data)
    group = ws.groups[1]
    schedule = group_lender_schedule(group, group.capital.loans[0])
    assert len(schedule.instalments) == 156  # weekly on Mondays for 36 months
    docx = export_workshop(ws, source="p", output=tmp_path, group=group.name).documents[0]
    (pdf,) = convert_to_pdf([docx])
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace("\u00a0", " ")
    assert split_amounts(text) == []
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for i in schedule.instalments:
        row = f"{i.number} {i.due.day if i.due else ''} "
        pay = f" {format_rupiah(i.total, 'id')} {format_rupiah(i.remaining, 'id')}".replace(
            "\u00a0", " "
        )
        assert any(line.startswith(row) and pay in line for line in lines), (row, pay)
