"""The files around the tables: ``datapackage.json``, the JSON Schema, the README, raw copies.

``datapackage.json`` is a Frictionless *tabular data package* (v1 profile, read
by frictionless-py, the R ``frictionless`` package, DuckDB and pandas via their
CSV readers); every table's schema comes from ``pra.archive.tables``.

The JSON Schema of the workshop file is generated from the model
(``Workshop.model_json_schema()``) with ``$schema`` (draft 2020-12) and an
``$id`` naming the schema version. It describes types and shapes; the
integrity rules (references, unique ids, dot limits) are checked by ``pra``
itself and are listed in the README.

A pseudonymised raw copy is the validated workshop written again with every
participant's id and name replaced by their code and the phone number removed,
references included, so it loads in ``pra`` and joins the CSV tables by code;
each lender's (and grant giver's) name is replaced by its kind
(:func:`pra.archive.lender_kinds.name_in_copy`), as a lender may be a person.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from pydantic_core import to_json

from pra.archive.lender_kinds import name_in_copy
from pra.archive.report import SKIP_KINDS
from pra.archive.tables import TABLES, Column, Table
from pra.i18n import t
from pra.model import SCHEMA_VERSION, Workshop

SCHEMA_FILE: Final = "workshop.schema.json"
PACKAGE_FILE: Final = "datapackage.json"
README_FILE: Final = "README.md"
RAW_DIR: Final = "raw"
SCHEMA_ID: Final = f"urn:pra:schema:workshop:{SCHEMA_VERSION}"
DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
COPY_SCHEME: Final = 4
"""How a workshop is pseudonymised (:func:`pseudonymised_json`, ``pra.archive.scrub``): 2,
lenders and givers written as their kind in the copy; 3, a lender's name that may be a
person's replaced in free text too; 4, informal lenders' everyday names (bank emok, lintah
darat, toke …) and the person after a title in one (``Tengkulak karet Pak Darto``), and
assessors coded as mentors are. Part of the cache's key (``pra.archive.cache``), so that
what an earlier scheme wrote is never served from it."""


MENTOR_COLUMNS: Final = frozenset({("workshops", "mentor"), ("group_followup", "mentor")})
"""The columns holding a mentor's code, described by how the package's codes were made."""
LINKED_MENTOR: Final = (
    "The mentor, by code: the one the data steward's mentor key gives the "
    "person in every workshop of this package (the same person, the same code), or, for a "
    "mentor the key does not name, a code within the workshop (M1, M2 …; A1 … for an "
    "assessor); the institution in brackets (the code is the text before ' ('). Tell them "
    "apart by the code: M or A followed by digits alone is the workshop's own (M1 of two "
    "workshops is most often two different people: group by workshop_id and code); any other "
    "code (the key's, e.g. PD01) is one person across workshops. The key (names and codes) is "
    "held by the steward, never in the package."
)


def mentor_codes(with_names: bool, linked: bool) -> str:
    """Which kind of mentor codes a package holds, as ``datapackage.json`` says it."""
    if with_names:
        return "names"
    return "linked-by-steward-key" if linked else "per-workshop"


def column_description(table: Table, column: Column, linked: bool) -> str:
    """A column's description in this package: a mentor's code says how it was made."""
    if linked and (table.name, column.name) in MENTOR_COLUMNS:
        return LINKED_MENTOR
    return column.description


def usual_raw_file(workshop_id: str) -> str:
    """A workshop's raw copy in the package, unless another's id differs only in case."""
    return f"{RAW_DIR}/{workshop_id}.json"


def workshop_schema() -> dict[str, Any]:
    """The JSON Schema of a workshop file of the current ``schema_version``."""
    schema = Workshop.model_json_schema()
    return {"$schema": DRAFT, "$id": SCHEMA_ID, **schema}


def datapackage(with_names: bool, raw: bool, linked: bool = False) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of an archive; ``linked``: made with a steward's
    mentor key (:mod:`pra.archive.mentor_key`)."""
    return {
        "profile": "tabular-data-package",
        "name": "pra-workshops",
        "title": "Arsip lokakarya PRA",
        "description": (
            "Participatory appraisal (PRA) workshops that ended in group business plans, "
            "one CSV table per kind of record. "
            + (
                "Includes participants' names and phone numbers."
                if with_names
                else "Pseudonymised: participants are known by codes "
                "(W1a2b3c4d-P01: a hash of the workshop id, then the register position); "
                "no name or phone number is included."
            )
        ),
        "pra": {
            "schema_version": SCHEMA_VERSION,
            "workshop_schema": SCHEMA_FILE,
            "pseudonymised": not with_names,
            "raw_copies": RAW_DIR if raw else None,
            "mentor_codes": mentor_codes(with_names, linked),
        },
        "resources": [_resource(table, with_names, linked) for table in TABLES],
    }


def _resource(table: Table, with_names: bool, linked: bool) -> dict[str, Any]:
    schema = table.schema(with_names)
    if linked:
        for column, field in zip(table.columns_for(with_names), schema["fields"], strict=True):
            field["description"] = column_description(table, column, linked)
    return {
        "name": table.name,
        "path": table.path,
        "profile": "tabular-data-resource",
        "title": table.title,
        "description": table.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def write_json(path: Path, value: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def pseudonymised_json(ws: Workshop, codes: Mapping[str, str]) -> bytes:
    """``ws`` as a workshop file in which participants are known only by their codes.

    Ids and names are replaced by the code and phone numbers removed; every
    reference to a participant is rewritten with the same one-to-one map, so
    the copy keeps its integrity and loads in ``pra``. A lender or a grant's giver
    is written as its kind, never its name (which may be a person's). The text is the same
    canonical JSON the store writes (indent 2, UTF-8, trailing newline).
    """
    data = ws.model_dump(mode="json")

    def ids(refs: list[str]) -> list[str]:
        return [codes.get(r, r) for r in refs]

    for person in data["participants"]:
        code = codes[person["id"]]
        person["id"] = person["name"] = code
        person["phone"] = None
        person["nik"] = None
    for ballot in data["voting"]["dots"]["ballots"]:
        ballot["participant_id"] = codes.get(ballot["participant_id"], ballot["participant_id"])
    for skill in data["skills"]:
        skill["holder_ids"] = ids(skill["holder_ids"])
    for group in data["groups"]:
        group["member_ids"] = ids(group["member_ids"])
        for role in ("chair_id", "secretary_id", "treasurer_id"):
            if group[role] is not None:
                group[role] = codes.get(group[role], group[role])
        for pledge in group["pledges"]:
            pledge["participant_id"] = codes.get(pledge["participant_id"], pledge["participant_id"])
        for step in group["steps"]:
            step["responsible_ids"] = ids(step["responsible_ids"])
        capital = group["capital"]
        capital["first_round_ids"] = ids(capital["first_round_ids"])
        for product in group["analysis"]["products"]:
            product["member_ids"] = ids(product["member_ids"])
        for source in capital["sources"]:
            for field in ("lender", "giver"):
                if field in source:
                    source[field] = name_in_copy(source[field])
        follow = group["followup"]
        for meeting in follow["meetings"]:
            for row in meeting["members"]:
                row["participant_id"] = codes.get(row["participant_id"], row["participant_id"])
            if meeting["led_by_id"] is not None:
                meeting["led_by_id"] = codes.get(meeting["led_by_id"], meeting["led_by_id"])
            for action in meeting["actions"]:
                action["responsible_ids"] = ids(action["responsible_ids"])
        for record in (*follow["left"], *follow["reschedules"]):
            record["participant_id"] = codes.get(record["participant_id"], record["participant_id"])
    return to_json(data, indent=2) + b"\n"


def without_niks_json(ws: Workshop) -> bytes:
    """``ws`` as its canonical workshop file with every participant's NIK removed.

    An archive made ``--with-names`` copies a workshop file as it is, except that
    the NIK (identity card number) is for the group's printed plan only.
    """
    data = ws.model_dump(mode="json")
    for person in data["participants"]:
        person["nik"] = None
    return to_json(data, indent=2) + b"\n"


_SCRUB_KEYS: Final = (
    "archive.readme.scrub_names",
    "archive.readme.scrub_one_word",
    "archive.readme.scrub_phones",
    "archive.readme.scrub_fit",
    "archive.readme.scrub_missed",
    "archive.readme.scrub_skipped",
)
"""What the pseudonymisation of free text catches and what it does not, one README bullet each."""


def skipped_sentence(skipped: Mapping[str, int]) -> str:
    """How many files were skipped, and how many for each reason, each said as it is: a copy
    of a workshop already archived was valid and lost nothing, unlike a file that could not
    be read."""
    total = sum(skipped.values())
    if not total:
        return t("archive.readme.skipped_none")
    reasons = "; ".join(
        t(f"archive.readme.skipped_{kind}", count=skipped[kind])
        for kind in SKIP_KINDS
        if skipped.get(kind)
    )
    return t("archive.readme.skipped", count=total, reasons=reasons)


def readme(
    *,
    with_names: bool,
    raw: bool,
    workshops: int,
    participants: int,
    skipped: Mapping[str, int],
    rows: Mapping[str, int],
    conflicts: int = 0,
    linked: bool = False,
) -> str:
    """The package's README: what is in it, how personal data was treated, and the codebook.

    ``skipped``: how many files were skipped for each reason (:data:`SKIP_KINDS`); ``linked``:
    mentors coded by a steward's key (:mod:`pra.archive.mentor_key`), never the key itself."""
    mentor_kind = (
        "archive.readme.mentors_linked" if linked else "archive.readme.mentors_per_workshop"
    )
    lines = [
        f"# {t('archive.readme.title')}",
        "",
        t("archive.readme.summary", workshops=workshops, participants=participants)
        + " "
        + skipped_sentence(skipped),
        *(["", t("archive.readme.conflicts", count=conflicts)] if conflicts else []),
        "",
        f"## {t('archive.readme.files_heading')}",
        "",
        f"- `data/*.csv`: {t('archive.readme.files_data')} {t('archive.readme.row_order')}",
        f"- `{PACKAGE_FILE}`: {t('archive.readme.files_package')}",
        f"- `{SCHEMA_FILE}`: {t('archive.readme.files_schema', id=SCHEMA_ID)}",
        f"- `{RAW_DIR}/`: "
        + (
            t("archive.readme.files_raw_names" if with_names else "archive.readme.files_raw")
            if raw
            else t("archive.readme.files_no_raw")
        ),
        f"- `data/skipped.csv`: {t('archive.readme.files_skipped')}",
        f"- `.pra-cache/`: {t('archive.readme.files_cache')}",
        "",
        f"## {t('archive.readme.privacy_heading')}",
        "",
        t("archive.readme.with_names" if with_names else "archive.readme.pseudonymised"),
        "",
        *(
            []
            if with_names
            else [
                t("archive.readme.lenders"),
                "",
                t("archive.readme.mentors"),
                "",
                t(mentor_kind),
                "",
            ]
        ),
        *(
            [t("archive.readme.free_text")]
            if with_names
            else [
                t("archive.readme.scrub_intro"),
                "",
                *(f"- {t(key)}" for key in _SCRUB_KEYS),
                "",
                t("archive.readme.free_text_staff"),
            ]
        ),
        "",
        f"## {t('archive.readme.integrity_heading')}",
        "",
        t("archive.readme.integrity"),
        "",
        f"## {t('archive.readme.codebook_heading')}",
        "",
        t("archive.readme.codebook_intro"),
    ]
    for table in TABLES:
        lines += [
            "",
            f"### `{table.name}` — {table.title}",
            "",
            table.description,
            "",
            t("archive.readme.rows", count=rows.get(table.name, 0)),
        ]
        if table.primary_key:
            lines.append(t("archive.readme.key", key=", ".join(table.primary_key)))
        lines.append("")
        for column in table.columns_for(with_names):
            description = column_description(table, column, linked)
            lines.append(f"- `{column.name}` ({column.type}) — {column.title}: {description}")
    return "\n".join(lines) + "\n"
