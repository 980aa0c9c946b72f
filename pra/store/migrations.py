"""Older workshop files, brought up to the current ``schema_version`` before validation.

A migration is a pure function from the document of version *n* (a plain dict,
as ``json.loads`` gives it) to the document of version *n + 1*; it never
touches files and never validates. :data:`MIGRATIONS` maps *n* to that
function; :func:`migrate` runs the chain from a file's version up to
:data:`~pra.model.SCHEMA_VERSION`.

``schema_version`` 1 is the first format ``pra`` has written; 1 → 2 turns the
single stimulus field into funding-source records (:func:`_v1_to_v2`); 2 → 3
lets a meeting record the group's payments to its lenders (:func:`_v2_to_v3`); 3 → 4
lets an institution be not rated yet (:func:`_v3_to_v4`); 4 → 5 lets a follow-up be the
pendamping's (:func:`_v4_to_v5`); 5 → 6 lets a product name the members who run it
(:func:`_v5_to_v6`).
``tests/store/test_migrations.py`` proves the mechanism with a synthetic
version-0 format. When the model changes shape, bump ``SCHEMA_VERSION`` and
register the step here::

    @migration(1)
    def _v1_to_v2(doc: Document) -> Document:
        ...

A file from a *newer* ``pra`` is refused with a message (never loaded with its
unknown fields dropped). Before the first save of a migrated file, the store
keeps the original beside the backups (``.pra-backups/NAME.vN.json``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pra.model import SCHEMA_VERSION

Document = dict[str, Any]
Migration = Callable[[Document], Document]

MIGRATIONS: dict[int, Migration] = {}
"""``n -> function`` taking a version-*n* document to version *n + 1*."""


class MigrationGap(Exception):
    """No migration registered from ``version`` (the file is older than any ``pra`` can read)."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register the decorated function as the step from ``from_version`` to the next."""

    def register(function: Migration) -> Migration:
        MIGRATIONS[from_version] = function
        return function

    return register


def oldest_readable() -> int:
    """The oldest ``schema_version`` the chain can bring up to date."""
    version = SCHEMA_VERSION
    while version - 1 in MIGRATIONS:
        version -= 1
    return version


def migrate(doc: Document, version: int, target: int = SCHEMA_VERSION) -> Document:
    """``doc`` (of ``version``) brought to ``target`` by the registered steps, in order.

    Each step gets its own shallow copy, so the caller's dict is never changed;
    ``schema_version`` is set after every step.
    """
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationGap(version)
        doc = step(dict(doc))
        version += 1
        doc = {"schema_version": version, **{k: v for k, v in doc.items() if k != "schema_version"}}
    return doc


def _fresh_id(base: str, taken: str) -> str:
    """``base``, or ``base`` with a number, that does not occur as an id in ``taken`` (the JSON text)."""
    candidate, n = base, 1
    while f'"{candidate}"' in taken:
        n += 1
        candidate = f"{base}{n}"
    return candidate


@migration(1)
def _v1_to_v2(doc: Document) -> Document:
    """Version 2 records where each group's money comes from (``pra.model.funding``).

    - ``stimulus_per_member`` × the first-round borrowers (every member when none
      is named) becomes a grant, all of it lent on to members (the revolving
      fund, as version 1 planned it); ``stimulus_per_member`` stays the fund's
      loan per member.
    - ``compulsory_dues`` and ``voluntary_savings`` move into the group's own capital.
    - A budget line's ``source`` ("stimulus", "own", "other") becomes ``source_id``:
      the grant, the own capital, or nothing decided.
    """
    import json

    taken = json.dumps(doc)
    groups = []
    for gi, group in enumerate(doc.get("groups") or []):
        if not isinstance(group, dict) or not isinstance(group.get("capital"), dict):
            groups.append(group)
            continue
        capital = dict(group["capital"])
        members = list(group.get("member_ids") or [])
        first = [m for m in capital.get("first_round_ids") or [] if m in members]
        borrowers = len(first) or len(members)
        stimulus = capital.get("stimulus_per_member", 0)
        dues = capital.pop("compulsory_dues", 0)
        voluntary = capital.pop("voluntary_savings", "")
        budget = [dict(line) for line in capital.get("budget") or [] if isinstance(line, dict)]
        paid_from = {line.get("source", "stimulus") for line in budget}
        sources: list[dict[str, object]] = []
        ids: dict[str, str | None] = {"stimulus": None, "own": None}
        if isinstance(stimulus, int) and stimulus * borrowers > 0:
            ids["stimulus"] = _fresh_id(f"fs-{gi + 1}-grant", taken)
            amount = stimulus * borrowers
            sources.append(
                {"kind": "grant", "id": ids["stimulus"], "amount": amount, "revolving": amount}
            )
        if dues or voluntary or "own" in paid_from:
            ids["own"] = _fresh_id(f"fs-{gi + 1}-own", taken)
            own: dict[str, object] = {"kind": "own", "id": ids["own"]}
            if dues:
                own["compulsory_dues"] = dues
            if voluntary:
                own["voluntary_savings"] = voluntary
            sources.append(own)
        for line in budget:
            source_id = ids.get(line.pop("source", "stimulus"))
            if source_id is not None:
                line["source_id"] = source_id
        if "budget" in capital:
            capital["budget"] = budget
        capital["sources"] = sources
        groups.append({**group, "capital": capital})
    if "groups" in doc:
        doc["groups"] = groups
    return doc


@migration(2)
def _v2_to_v3(doc: Document) -> Document:
    """Version 3 records, at each follow-up meeting, what the group paid its lenders
    (``Meeting.lender_payments``). A version-2 file recorded none: every meeting gets an
    empty list, and nothing else changes. (An older ``pra`` refuses a version-3 file as
    newer, instead of loading it with those payments dropped.)"""
    groups = []
    for group in doc.get("groups") or []:
        followup = group.get("followup") if isinstance(group, dict) else None
        if not isinstance(followup, dict) or not isinstance(followup.get("meetings"), list):
            groups.append(group)
            continue
        meetings = [
            {"lender_payments": [], **m} if isinstance(m, dict) else m for m in followup["meetings"]
        ]
        groups.append({**group, "followup": {**followup, "meetings": meetings}})
    if "groups" in doc:
        doc["groups"] = groups
    return doc


@migration(3)
def _v3_to_v4(doc: Document) -> Document:
    """Version 4 keeps an institution not yet rated as such (``importance`` and ``closeness``
    ``null``): a new institution was given 3 and 3, drawn and printed as if the group had
    rated it. A version-3 file cannot tell a 3 the room gave from the default, so its
    ratings are kept as they are (rated); nothing else changes. (An older ``pra`` refuses a
    version-4 file as newer, instead of failing on a rating it cannot read.)"""
    return doc


@migration(4)
def _v4_to_v5(doc: Document) -> Document:
    """Version 5 lets a follow-up agreed at a meeting be the pendamping's own
    (``FollowUpAction.by_mentor``). A version-4 file's follow-ups were all members': each
    keeps its default (``false``), and nothing else changes. (An older ``pra`` refuses a
    version-5 file as newer, instead of dropping who does a follow-up.)"""
    return doc


@migration(5)
def _v5_to_v6(doc: Document) -> Document:
    """Version 6 lets a product name the members who run it as their own household business
    (``Product.member_ids``, #13): its profit then carries their instalments. A version-5
    file's products were all the group's shared business: each keeps its default (empty),
    and nothing else changes. (An older ``pra`` refuses a version-6 file as newer, instead
    of dropping who runs which business.)"""
    return doc
