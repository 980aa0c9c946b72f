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
    assert SCHEMA_VERSION == 1, "extend this fixture when the real chain grows"
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
    assert caught.value.message("id") == (
        f"lama.json: format versi 0 terlalu lama; pra ini membaca mulai versi {SCHEMA_VERSION}"
    )
    assert "format version 0 is too old" in caught.value.message("en")


@pytest.mark.usefixtures("chain")
def test_a_migrated_file_with_a_mistake_names_the_place() -> None:
    doc = copy.deepcopy(V0)
    doc["people"][1]["full_name"] = ""
    with pytest.raises(WorkshopFileError) as caught:
        loads(json.dumps(doc), "lama.json")
    assert caught.value.message("id") == ('lama.json: peserta 2, isian "name": tidak boleh kosong')
