"""An institution the room has not rated yet is kept as not rated, never as a default 3.

Issue #12 (s13-forms, item 1): a new institution was drawn in the Venn diagram with
Penting 3 / Dekat 3, as if the group had rated it, and printed so on the plan. Now a new
institution carries no rating; the diagram leaves it out of the picture and lists it as
"belum dinilai"; the table and the printed plan say "belum dinilai"; the first Ctrl+↑/→
rates it at the middle (3), the next ones move it. A file of schema version 3 (every
institution rated, 3 by default) loads with its ratings unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

from pra.edit import potentials as pot
from pra.export.files import export_workshop
from pra.i18n import t
from pra.model import SCHEMA_VERSION
from pra.plan.potential_map import group_institutions
from pra.resources import example_path
from pra.store import loads
from pra.tui.widgets.venn import name_lines, venn_layout, venn_lines
from tests.export.factory import example
from tests.export.test_english_record import table_rows

KOPERASI = "Koperasi simpan pinjam"


def test_a_new_institution_is_not_rated() -> None:
    ws = pot.add_institution(example("palembang"), KOPERASI)
    new = ws.institutions[-1]
    assert (new.importance, new.closeness) == (None, None)
    assert not new.rated


def test_the_first_nudge_rates_at_the_middle_and_the_next_move_it() -> None:
    ws = pot.add_institution(example("palembang"), KOPERASI)
    ref = ws.institutions[-1].id
    ws = pot.nudge_institution(ws, ref, "importance", 1)
    assert ws.institutions[-1].importance == 3 and ws.institutions[-1].closeness is None
    ws = pot.nudge_institution(ws, ref, "importance", 1)
    ws = pot.nudge_institution(ws, ref, "closeness", -1)
    assert (ws.institutions[-1].importance, ws.institutions[-1].closeness) == (4, 3)
    assert ws.institutions[-1].rated


def test_the_diagram_leaves_an_unrated_institution_out_and_lists_it_as_unrated() -> None:
    ws = pot.add_institution(example("palembang"), KOPERASI)
    layout = venn_layout(ws.institutions, "KELOMPOK")
    assert len(layout.labels) == len(ws.institutions) - 1
    assert KOPERASI.upper() not in "\n".join(venn_lines(ws.institutions, "KELOMPOK")).upper()
    listed = name_lines(ws.institutions, t("tui.potentials.unrated"))
    number = len(ws.institutions)
    assert listed[-1] == f"{number} {KOPERASI} ({t('tui.potentials.unrated')})"
    assert all("(" not in line for line in listed[:-1])  # the rated ones are named plainly


def test_the_printed_plan_says_an_unrated_institution_is_not_rated(tmp_path: Path) -> None:
    ws = pot.add_institution(example("palembang"), KOPERASI)
    group = ws.groups[0]
    assert [i.name for i in group_institutions(ws, group)][-1] == KOPERASI  # rated ones first
    result = export_workshop(ws, source="t", output=tmp_path, lang="id")
    rows = table_rows(result.documents[0], "Lembaga")
    row = next(r for r in rows if r[0] == KOPERASI)
    assert row[2:] == [t("export.unrated"), t("export.unrated")], row


def test_a_version_3_file_keeps_its_ratings() -> None:
    doc = json.loads(example_path("palembang").read_text(encoding="utf-8"))
    doc["schema_version"] = 3
    ratings = [(i["importance"], i["closeness"]) for i in doc["institutions"]]
    ws = loads(json.dumps(doc), "palembang.json")
    assert ws.schema_version == SCHEMA_VERSION
    assert [(i.importance, i.closeness) for i in ws.institutions] == ratings
    assert all(i.rated for i in ws.institutions)
