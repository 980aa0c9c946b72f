"""The migration chain, proved with a synthetic version-0 format whose field names differ."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pra.model import SCHEMA_VERSION, Workshop
from pra.store import (
    BACKUP_FOLDER,
    MIGRATIONS,
    WorkshopFileError,
    dumps,
    load,
    loads,
    migrate,
    open_workshop,
    save,
)
from pra.store.migrations import Document

# A made-up older format: title and place at the top, "people" with "full_name",
# problems with "label" instead of "title".
V0: dict[str, Any] = {
    "schema_version": 0,
    "id": "ws-lama",
    "title": "Lokakarya lama",
    "place": {"city": "Palembang", "village": "13 Ilir"},
    "people": [
        {"id": "p-01", "full_name": "Ani Kenari"},
        {"id": "p-02", "full_name": "Budi Salak"},
    ],
    "problems": [{"id": "pb-modal", "label": "Kekurangan modal"}],
}


def v0_to_v1(doc: Document) -> Document:
    doc = dict(doc)
    doc["info"] = {"title": doc.pop("title"), "place": doc.pop("place")}
    doc["participants"] = [{"id": p["id"], "name": p["full_name"]} for p in doc.pop("people")]
    doc["problems"] = [{"id": p["id"], "title": p["label"]} for p in doc["problems"]]
    return doc


@pytest.fixture
def chain(monkeypatch: pytest.MonkeyPatch) -> None:
    assert SCHEMA_VERSION == 6, "extend this fixture when the real chain grows"
    monkeypatch.setitem(MIGRATIONS, 0, v0_to_v1)


@pytest.mark.usefixtures("chain")
def test_a_version_0_file_loads_into_the_current_model() -> None:
    original = copy.deepcopy(V0)
    migrate(V0, 0)
    assert original == V0  # migrations never change the caller's document
    ws = loads(json.dumps(V0), "lama.json")
    assert ws.schema_version == SCHEMA_VERSION
    assert ws.info.title == "Lokakarya lama" and ws.info.place.village == "13 Ilir"
    assert [p.name for p in ws.participants] == ["Ani Kenari", "Budi Salak"]
    assert ws.problem("pb-modal") is not None
    assert json.loads(dumps(ws))["schema_version"] == SCHEMA_VERSION


@pytest.mark.usefixtures("chain")
def test_migrate_runs_the_chain_and_sets_the_version() -> None:
    doc = migrate(V0, 0)
    assert doc["schema_version"] == SCHEMA_VERSION and "people" not in doc
    assert Workshop.model_validate(doc).info.title == "Lokakarya lama"


@pytest.mark.usefixtures("chain")
def test_the_original_is_kept_before_the_first_save_in_the_new_format(tmp_path: Path) -> None:
    path = tmp_path / "lama.json"
    path.write_text(json.dumps(V0))
    with open_workshop(path) as opened:
        save(opened.workshop, path)
        save(opened.workshop, path)
    kept = tmp_path / BACKUP_FOLDER / "lama.v0.json"
    assert json.loads(kept.read_bytes()) == V0
    assert not (tmp_path / BACKUP_FOLDER / "lama.v0-2.json").exists()  # kept once
    assert load(path).info.title == "Lokakarya lama"


def test_without_a_migration_an_old_file_is_refused_clearly() -> None:
    with pytest.raises(WorkshopFileError) as caught:
        loads(json.dumps(V0), "lama.json")
    # version 1 is the oldest the real chain reads (1 → 2, funding sources)
    assert caught.value.message("id") == (
        "lama.json: format versi 0 terlalu lama; pra ini membaca mulai versi 1"
    )
    assert "format version 0 is too old" in caught.value.message("en")


@pytest.mark.usefixtures("chain")
def test_a_migrated_file_with_a_mistake_names_the_place() -> None:
    doc = copy.deepcopy(V0)
    doc["people"][1]["full_name"] = ""
    with pytest.raises(WorkshopFileError) as caught:
        loads(json.dumps(doc), "lama.json")
    assert caught.value.message("id") == ('lama.json: peserta 2, isian "name": tidak boleh kosong')


# The examples as version 1 wrote them (main before issue 13), kept as they were shipped.
V1 = Path(__file__).parent / "v1"


def test_version_1_stimulus_becomes_a_grant_revolved_to_members() -> None:
    ws = loads((V1 / "palembang.json").read_text(encoding="utf-8"), "palembang.json")
    assert ws.schema_version == SCHEMA_VERSION == 6
    sedap = ws.groups[0]
    assert sedap.name == "Kelompok Sedap Malam" and len(sedap.member_ids) == 10
    # 500.000 × 10 borrowers (no first round named: everyone) = 5.000.000, all revolved,
    # exactly what version 1 planned; the fund's loan per member stays 500.000
    (grant,) = sedap.capital.grants
    assert (grant.id, grant.amount, grant.revolving, grant.assets) == (
        "fs-1-grant",
        5_000_000,
        5_000_000,
        0,
    )
    assert sedap.capital.stimulus_per_member == 500_000
    # dues and the voluntary rule move into the own-capital record
    own = sedap.capital.own_capital
    assert own is not None and own.id == "fs-1-own"
    assert (own.compulsory_dues, own.voluntary_savings) == (
        5_000,
        "Simpanan sukarela setiap pertemuan mingguan, dicatat bendahara.",
    )
    assert sedap.capital.compulsory_dues == 5_000
    # budget lines name their source by id: "stimulus" → the grant, "own" → own capital
    by_item = {b.item: b.source_id for b in sedap.capital.budget}
    assert by_item["Oven"] == "fs-1-grant"
    assert by_item["Oven dan cetakan milik ketua"] == "fs-1-own"
    assert ws.groups[1].capital.grants[0].id == "fs-2-grant"


def test_version_1_first_round_sets_the_grant_and_other_lines_name_no_source() -> None:
    doc = json.loads((V1 / "surabaya.json").read_text(encoding="utf-8"))
    group = doc["groups"][0]
    assert len(group["capital"]["first_round_ids"]) == 6 < len(group["member_ids"])
    group["capital"]["budget"][0]["source"] = "other"
    ws = loads(json.dumps(doc), "surabaya.json")
    # 500.000 × the 6 first-round borrowers, not × every member
    assert ws.groups[0].capital.grants[0].amount == 3_000_000
    assert ws.groups[0].capital.budget[0].source_id is None


def test_version_1_without_money_gets_no_sources() -> None:
    doc = {
        "schema_version": 1,
        "id": "ws-kosong",
        "participants": [{"id": "p1", "name": "Ani"}],
        "groups": [{"id": "g1", "name": "Kue", "member_ids": ["p1"], "capital": {}}],
    }
    assert migrate(doc, 1)["groups"][0]["capital"] == {"sources": []}
    assert loads(json.dumps(doc), "k.json").groups[0].capital.sources == ()


def test_a_version_2_file_loads_with_no_payments_to_lenders() -> None:
    """Version 2 (before the group's payments to its lender were recorded) loads unchanged
    otherwise: the Palembang example as version 2 wrote it (no ``lender_payments``)."""
    from pra.resources import example_path

    doc = json.loads(example_path("palembang").read_text(encoding="utf-8"))
    doc["schema_version"] = 2
    for group in doc["groups"]:
        for meeting in group["followup"]["meetings"]:
            del meeting["lender_payments"]
    ws = loads(json.dumps(doc), "palembang.json")
    assert ws.schema_version == SCHEMA_VERSION == 6
    jaya = ws.groups[1]
    assert len(jaya.followup.meetings) == 10
    assert all(m.lender_payments == () for m in jaya.followup.meetings)
    assert json.loads(dumps(ws))["groups"][1]["followup"]["meetings"][0]["lender_payments"] == []


def test_a_version_4_file_loads_with_every_follow_up_the_members() -> None:
    """Version 4 (before a follow-up could be the pendamping's, rev15 F1) loads unchanged: the
    Palembang example as version 4 wrote it (no ``by_mentor``); an older pra refuses version 5 (and 6)."""
    from pra.resources import example_path

    doc = json.loads(example_path("palembang").read_text(encoding="utf-8"))
    doc["schema_version"] = 4
    actions = [a for g in doc["groups"] for m in g["followup"]["meetings"] for a in m["actions"]]
    assert actions
    for action in actions:
        del action["by_mentor"]
    ws = loads(json.dumps(doc), "palembang.json")
    assert ws.schema_version == SCHEMA_VERSION == 6
    kept = [a for g in ws.groups for m in g.followup.meetings for a in m.actions]
    assert len(kept) == len(actions) and not any(a.by_mentor for a in kept)


def test_a_version_5_file_loads_with_every_product_the_groups_shared_business() -> None:
    """Version 5 (before a product could name the members who run it, #13) loads unchanged:
    the Yogyakarta example as version 5 wrote it (no ``member_ids`` on its products), every
    product the group's shared business; saved again, the field is written (empty)."""
    from pra.resources import example_path

    doc = json.loads(example_path("yogyakarta").read_text(encoding="utf-8"))
    doc["schema_version"] = 5
    products = [p for g in doc["groups"] for p in g["analysis"]["products"]]
    assert len(products) == 5
    for product in products:
        del product["member_ids"]
    assert migrate(doc, 5)["groups"] == doc["groups"]  # nothing else changes
    ws = loads(json.dumps(doc), "yogyakarta.json")
    assert ws.schema_version == SCHEMA_VERSION == 6
    assert all(p.member_ids == () for p in ws.groups[0].analysis.products)
    saved = json.loads(dumps(ws))
    assert saved["groups"][0]["analysis"]["products"][0]["member_ids"] == []
