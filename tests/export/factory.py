"""Workshops for the export tests: the shipped examples, hostile text, the smallest and the largest."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from pra import store
from pra.model import BusinessGroup, Participant, Workshop
from pra.resources import example_path

LONG_NOTE = ("Catatan panjang tentang usaha kelompok yang harus tetap terbaca. " * 80)[:5000]
ARABIC = "عبد الله بن محمد"
EMOJI_GROUP = "Kelompok Kue 🍰 Sedap 🌙"
ARABIC_GROUP = "Kelompok جايا Bersama"


def example(name: str) -> Workshop:
    return store.load(example_path(name))


def hostile_workshop() -> Workshop:
    """Palembang with emoji, Arabic-script names, 5,000-character notes and a group with no steps."""
    data: dict[str, Any] = example("palembang").model_dump(mode="json")
    data["participants"][0]["name"] = ARABIC
    data["participants"][1]["name"] = "Siti 👩‍🍳 Aminah"
    data["participants"][2]["name"] = 'Nur\u200bhayati <b>&amp; "Ibu"</b>'
    sm, jb = data["groups"]
    sm["name"] = EMOJI_GROUP
    jb["name"] = ARABIC_GROUP
    sm["reason"] = LONG_NOTE
    sm["steps"][0]["needs"] = LONG_NOTE
    sm["steps"][1]["title"] = "{{ 7*7 }} {% for x in y %}"
    sm["notes"] = {"steps": LONG_NOTE}
    sm["swot"]["strengths"][0]["text"] = "قوة: 💪 kerja keras"
    jb["steps"] = []
    jb["analysis"]["sales_step_id"] = None  # it named one of those steps
    jb["success"] = []
    jb["swot"] = {}
    jb["pledges"] = []
    jb["capital"] = {}
    for meeting in jb.get("followup", {}).get("meetings", []):
        meeting["lender_payments"] = []  # they paid the lender loan the capital plan had
    data["voting"]["reasons"] = [LONG_NOTE]
    data["info"]["agreements"] = [LONG_NOTE, "مُوافَقة"]
    return Workshop.model_validate(data)


def one_participant_workshop() -> Workshop:
    """The smallest workshop that has a plan: one person, one group, nothing else filled in."""
    return Workshop(
        id="ws-one",
        participants=(Participant(id="p-1", name="Bu Sumiati"),),
        groups=(
            BusinessGroup(id="g-1", name="Kelompok Satu", member_ids=("p-1",), chair_id="p-1"),
        ),
    )


def document_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")
