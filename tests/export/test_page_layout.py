"""The printed page as a reader sees it: no amount split across lines, in any table or sentence.

Every example's plans and a workshop whose amounts run to eight and nine digits
are exported, converted by one LibreOffice run, and read back with
``pdftotext -layout``: every "Rp" must be followed, on the same line, by a
whole amount (``Rp 12.345.000``), never by a piece of one (``Rp 30.00`` with
the ``0`` on the next line, or ``Rp`` alone at the end of a line).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pra.export.files import export_workshop
from pra.export.pdf import convert_to_pdf, find_soffice
from pra.export.template import load_template
from pra.model import Workshop
from pra.resources import EXAMPLES
from pra.synthetic import maximal_workshop
from tests.export.factory import example

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        find_soffice() is None or shutil.which("pdftotext") is None,
        reason="LibreOffice and poppler-utils are needed (CI installs them)",
    ),
]

AMOUNT = re.compile(r"Rp[ \u00a0]*([0-9.]*)(.?)")
WHOLE = re.compile(r"\d{1,3}(\.\d{3})*")


def eight_digit_workshop() -> Workshop:
    """The maximal workshop with a stimulus of Rp 12.345.000 a member, budget lines of Rp 23.456.000
    and products that cost more than they sell for (an analysis deep in the red)."""
    ws = maximal_workshop(participants=40, problems=10, groups=2, steps_per_group=12)
    groups = []
    for group in ws.groups:
        capital = group.capital
        budget = tuple(b.model_copy(update={"unit_price": 23_456_000}) for b in capital.budget)
        capital = capital.model_copy(
            update={
                "stimulus_per_member": 12_345_000,
                "compulsory_dues": 1_250_000,
                "budget": budget,
            }
        )
        # the business analysis with eight-digit prices and costs: a cash flow that goes
        # far below zero prints amounts such as "−Rp 123.456.000" in every column
        analysis = group.analysis
        products = tuple(
            p.model_copy(update={"price": 12_345_000, "materials": 23_456_000})
            for p in analysis.products
        )
        costs = tuple(c.model_copy(update={"amount": 34_567_000}) for c in analysis.fixed_costs)
        analysis = analysis.model_copy(update={"products": products, "fixed_costs": costs})
        groups.append(group.model_copy(update={"capital": capital, "analysis": analysis}))
    return ws.model_copy(update={"groups": tuple(groups)})


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("layout")
    template = load_template()
    jobs = [*[(name, example(name)) for name in EXAMPLES], ("eight", eight_digit_workshop())]
    docs: dict[str, Path] = {}
    for label, ws in jobs:
        result = export_workshop(
            ws, source=label, output=work / label, lang="id", minutes=True, template=template
        )
        for i, path in enumerate(result.documents):
            flat = work / f"{label}-{i}.docx"
            shutil.copyfile(path, flat)
            docs[f"{label}-{i} {path.stem}"] = flat
    convert_to_pdf(list(docs.values()))
    return {key: path.with_suffix(".pdf") for key, path in docs.items()}


def split_amounts(text: str) -> list[str]:
    """Each line holding an "Rp" that is not followed by a whole amount on that line."""
    bad = []
    for line in text.splitlines():
        line = line.replace("(Rp)", "")  # a column's unit in its header: "Pokok (Rp)"
        for match in AMOUNT.finditer(line):
            digits, after = match.groups()
            if digits.endswith(".") and after in ("", " "):
                digits = digits[:-1]  # a sentence's full stop, not a thousands dot
                # ...unless the amount goes on after the full stop: "Rp 1.200." then "000"
            if not WHOLE.fullmatch(digits) or after.isdigit():
                bad.append(line.strip())
    return bad


def test_the_check_finds_split_amounts() -> None:
    assert split_amounts("Jumlah   Rp 30.00\n         0") == ["Jumlah   Rp 30.00"]
    assert split_amounts("tanda tangan Rp\n500.000") == ["tanda tangan Rp"]
    assert split_amounts("Rp 1.200.0   Rp 5.000") == ["Rp 1.200.0   Rp 5.000"]
    assert split_amounts("kas berisi Rp 6.450.000.\nRp 12.345.000  Rp 0") == []
    assert split_amounts("Bulan  Pokok (Rp)  Sisa (Rp)\n1      1.041.667   11.458.333") == []


def test_no_amount_is_split_across_lines(pdfs: dict[str, Path]) -> None:
    found = {}
    for key, pdf in pdfs.items():
        text = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Rp" in text or "Berita acara" in key, key
        bad = split_amounts(text)
        if bad:
            found[key] = bad
        if key.startswith("eight-0 "):
            assert re.search(r"Rp\s12\.345\.000", text), "the eight-digit amounts are printed"
    assert found == {}
