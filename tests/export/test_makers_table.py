"""The printed plan of a group of members' own businesses (#13): page 1 says how many
businesses carry their borrowers' instalments and the weakest by name; the analysis prints a
row per business (Usaha | Dijalankan oleh | Laba sebulan | Per orang | Dibayar peminjam |
Sisa), each amount one word, never split across lines."""

from __future__ import annotations

from pathlib import Path

import docx

from pra.export.files import export_workshop

from .factory import example

NB = "\u00a0"


def test_tri_astha_prints_each_business_against_its_borrowers(tmp_path: Path) -> None:
    ws = example("yogyakarta")
    (path,) = export_workshop(ws, source="y", output=tmp_path).documents
    doc = docx.Document(str(path))
    texts = [p.text.replace(NB, " ") for p in doc.paragraphs]
    page_one = next(line for line in texts if line.startswith("Kemampuan mengangsur"))
    assert page_one == (
        "Kemampuan mengangsur per usaha anggota: 5 dari 5 usaha dapat membayar angsuran"
        " Rp 60.000 sebulan setiap peminjam yang menjalankannya; yang terlemah Belanja di warung"
        " kelontong (rata-rata Rp 10.000) (Sutrisno, Tukiyem, Ngatini), laba Rp 65.931 per orang"
        ' sebulan: cukup, sisa Rp 5.931 (hitungannya di bagian "Titik impas dan kemampuan'
        ' mengangsur").'
    )
    assert not any("÷ 10 anggota" in line for line in texts)  # nothing pooled any more
    (table,) = [
        tb
        for tb in doc.tables
        if [c.text for c in tb.rows[0].cells][:2] == ["Usaha", "Dijalankan oleh"]
    ]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == [
        "Usaha",
        "Dijalankan oleh",
        "Laba sebulan",
        "Per orang",
        "Dibayar peminjam",
        "Sisa",
    ]
    # tests/plan/test_makers.py works these out by hand
    assert rows[-1] == [
        "Ayam kampung",
        "Sumardi",
        f"Rp{NB}158.198",
        f"Rp{NB}158.198",
        f"Rp{NB}60.000",
        f"Rp{NB}98.198",
    ]
    assert [r[5] for r in rows[1:]] == [
        f"Rp{NB}{n}" for n in ("66.838", "5.931", "270.931", "101.735", "98.198")
    ]
    # every amount is one word: "Rp", a no-break space, the number
    assert all(" " not in cell for r in rows[1:] for cell in r[2:])
