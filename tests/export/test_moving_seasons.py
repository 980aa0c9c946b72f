"""A season that moves with Ramadan or Lebaran is printed with the months it falls in, year by
year (issue 13, item 11)."""

from __future__ import annotations

from pathlib import Path

from pra.export.files import export_workshop

from .factory import example
from .test_docx import text_of


def test_sedap_malam_prints_where_its_feast_seasons_fall(tmp_path: Path) -> None:
    ws = example("palembang")
    ws = ws.model_copy(update={"groups": ws.groups[:1]})
    path = export_workshop(ws, source="p", output=tmp_path).documents[0]
    text = text_of(path)
    # a month and its year never part at a line's end (no-break space)
    # Ramadan 1424: 26 Oct – 24 Nov 2003 (November's); 1425: 15 Oct – 13 Nov 2004 (October's).
    # Lebaran 1424: 25 Nov 2003; 1425: 14 Nov 2004. The cash flow runs Sep 2003 – Jan 2005.
    assert (
        "Puasa Ramadan: siang sepi (Nov\u00a02003, Okt\u00a02004; ikut bulan Ramadan, yang maju sekitar "
        "11 hari setiap tahun): semua produk, 50% dari bulan biasa"
    ) in text
    assert (
        "Pesanan kue Lebaran (Nov\u00a02003, Nov\u00a02004; ikut Lebaran (1 Syawal), yang maju sekitar "
        "11 hari setiap tahun): Kue kering Lebaran (nastar), 60 unit"
    ) in text
    # a season of the calendar months stays as it was printed
    assert "Libur sekolah: kantin tutup (Jul): semua produk, 60% dari bulan biasa" in text
