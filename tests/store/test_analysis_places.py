"""A broken business analysis in a file is named by group and season, in words."""

from __future__ import annotations

import json
from pathlib import Path

from pra.resources import example_path
from pra.store import check_file


def test_a_season_with_percent_and_units_is_named_by_its_label(tmp_path: Path) -> None:
    data = json.loads(example_path("palembang").read_text(encoding="utf-8"))
    data["groups"][0]["analysis"]["seasons"][0]["units"] = 5
    path = tmp_path / "rusak.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [p.text("id") for p in check_file(path)] == [
        f'{path}: kelompok "Kelompok Sedap Malam", musim "Libur sekolah: kantin tutup": '
        "musim berupa persen atau jumlah unit, salah satu saja"
    ]


def test_a_season_of_a_missing_product_is_named(tmp_path: Path) -> None:
    data = json.loads(example_path("palembang").read_text(encoding="utf-8"))
    data["groups"][0]["analysis"]["seasons"][2]["product_id"] = "pr-hilang"
    path = tmp_path / "rusak.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [p.text("id") for p in check_file(path)] == [
        f'{path}: kelompok "Kelompok Sedap Malam", musim "Pesanan kue Lebaran", produk: '
        'merujuk ke produk yang tidak ada ("pr-hilang")'
    ]
