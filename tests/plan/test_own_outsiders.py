"""A pledge from someone who is not a member (rev16-lender 4): x_pledge gave Jaya Bersama's
sewing machine pledge (Rp 500.000) to Rohani, chair of Sedap Malam; page 1 still read
"Swadaya anggota Rp 1.160.000" as if all of it were the members' own."""

from __future__ import annotations

from pathlib import Path

import docx

from pra import store
from pra.export.files import export_workshop
from pra.model import Workshop
from pra.plan.own import own_contribution
from pra.resources import example_path

NB = "\u00a0"


def _rohanis_machine() -> Workshop:
    ws = store.load(example_path("palembang"))
    jb = ws.groups[1]
    pledges = (jb.pledges[0].model_copy(update={"participant_id": "p-01"}), *jb.pledges[1:])
    jb = jb.model_copy(update={"pledges": pledges})
    return ws.model_copy(update={"groups": (ws.groups[0], jb)})


def test_what_non_members_gave_is_counted_and_known() -> None:
    # Jaya Bersama as shipped: money paid in 100.000 + 50.000 = 150.000, goods given 500.000 +
    # 450.000 + 35.000 + 25.000 = 1.010.000, total 1.160.000 — all from members
    ws = store.load(example_path("palembang"))
    assert own_contribution(ws.groups[1]).outsiders == ()
    # Rohani (p-01, Sedap Malam) gives the 500.000 machine: the total stays 1.160.000, as the
    # pledges' table and the capital sum count it, and 500.000 of it is known to be hers
    own = own_contribution(_rohanis_machine().groups[1])
    assert (own.total, own.outsiders) == (1_160_000, (("p-01", 500_000),))


def test_page_one_says_how_much_came_from_outside_the_group(tmp_path: Path) -> None:
    ws = _rohanis_machine()
    out = export_workshop(ws, source="p", output=tmp_path, group="Kelompok Jaya Bersama")
    texts = [p.text.replace(NB, " ") for p in docx.Document(str(out.documents[0])).paragraphs]
    assert (
        "Swadaya anggota Rp 1.160.000, termasuk Rp 500.000 dari bukan anggota kelompok"
        " (Rohani): uang tunai Rp 150.000 (janji hati berupa uang yang sudah disetor"
        " Rp 150.000) dan barang atau tenaga janji hati yang sudah diberikan senilai"
        " Rp 1.010.000;"
    ) in " ".join(texts)
