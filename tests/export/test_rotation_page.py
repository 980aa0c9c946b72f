"""The loan rounds table prints each round's date on one line (PDF).

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
from pra.plan.formatting import format_date
from pra.plan.revolving import group_fund
from tests.export.factory import example

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
        "1 September 2003",
        "1 Oktober 2003",
        "1 November 2003",
        "1 Desember 2003",
        "1 Januari 2004",
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
