"""The NIK (identity card number) of a participant: 16 digits or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from pra import store
from pra.model import Participant, Workshop
from pra.store.file_errors import WorkshopFileError


def test_a_nik_is_sixteen_digits() -> None:
    assert Participant(id="p-1", name="Rohani", nik="1671045203750001").nik == "1671045203750001"
    assert Participant(id="p-1", name="Rohani").nik is None


@pytest.mark.parametrize(
    "bad",
    [
        "167104520375000",
        "16710452037500012",
        "1671 0452 0375 0001",
        "16710452037500O1",
        "١٦٧١٠٤٥٢٠٣٧٥٠٠٠١",
        "",
    ],
)
def test_anything_else_is_refused_with_a_sentence(bad: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        Participant(id="p-1", name="Rohani", nik=bad)
    assert caught.value.errors()[0]["type"] == "nik"
    # pra check names the place and says what a NIK is
    ws = Workshop(id="ws-1", participants=(Participant(id="p-1", name="Rohani"),))
    data = ws.model_dump(mode="json")
    data["participants"][0]["nik"] = bad
    path = tmp_path / "w.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WorkshopFileError) as failed:
        store.load(path)
    said = failed.value.message("id")
    assert "16 angka" in said and "Rohani" in said
