"""The progress report marks a criterion the records bear out that the assessor left unticked
(rev15-follow F2: Sedap Malam's report said "Belum terpenuhi: Terhubung dengan lembaga keuangan
mikro" beside "BMM … sejak 6 Mei 2004"; the assessment of 6 June 2004 did not tick it)."""

from __future__ import annotations

import datetime as dt

from pra import store
from pra.export.report import build_report
from pra.export.template import load_template
from pra.resources import example_path


def test_an_unticked_criterion_the_records_bear_out_is_marked_and_said() -> None:
    ws = store.load(example_path("palembang"))
    sedap = ws.groups[0]
    assert sedap.followup.linked_on == dt.date(2004, 5, 6)
    doc = build_report(ws, sedap, load_template(), "id", ws.info.date, dt.date(2004, 6, 6))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    missing = next(c for c in cells if "Terhubung dengan lembaga keuangan mikro" in c)
    assert "Terhubung dengan lembaga keuangan mikro (LKM/BMM) *" in missing.split("\n")
    said = [p.text for p in doc.paragraphs]
    assert (
        "* Menurut catatan kelompok sampai 6 Juni 2004, kriteria ini sudah terpenuhi, tetapi"
        " penilai belum mencentangnya: periksa lagi pada penilaian berikut."
    ) in [s.replace("\u00a0", " ") for s in said]
    # Jaya Bersama has no LKM: nothing marked, nothing said
    jaya = ws.groups[1]
    doc = build_report(ws, jaya, load_template(), "id", ws.info.date, dt.date(2004, 6, 6))
    assert not any(c.text.endswith(" *") for t in doc.tables for r in t.rows for c in r.cells)
