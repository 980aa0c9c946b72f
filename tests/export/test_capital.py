"""The capital and fund pages as the group reads them: sums per source, rotation, no false sentence."""

from __future__ import annotations

from pathlib import Path

from pra.export.files import export_workshop
from pra.model import Workshop

from .factory import example
from .test_docx import text_of


def _with_capital(ws: Workshop, **update: object) -> Workshop:
    group = ws.groups[0]
    capital = group.capital.model_copy(update=update)
    return ws.model_copy(update={"groups": (group.model_copy(update={"capital": capital}),)})


def test_a_fund_too_slow_for_everyone_does_not_say_all_have_repaid(tmp_path: Path) -> None:
    ws = example("palembang")
    first = ws.groups[0].member_ids[:1]
    slow = _with_capital(
        ws,
        loan_term_months=120,
        first_round_ids=first,
        service_fee_percent=0,
        compulsory_dues=0,
        deductions=(),
    )
    text = text_of(export_workshop(slow, source="s", output=tmp_path).documents[0])
    assert "Belum kebagian pinjaman dalam perhitungan" in text
    assert "Setelah semua anggota meminjam dan melunasi" not in text
    normal = text_of(export_workshop(ws, source="p", output=tmp_path / "p").documents[0])
    assert "Setelah semua anggota meminjam dan melunasi" in normal
