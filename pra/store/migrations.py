"""Older workshop files, brought up to the current ``schema_version`` before validation.

A migration is a pure function from the document of version *n* (a plain dict,
as ``json.loads`` gives it) to the document of version *n + 1*; it never
touches files and never validates. :data:`MIGRATIONS` maps *n* to that
function; :func:`migrate` runs the chain from a file's version up to
:data:`~pra.model.SCHEMA_VERSION`.

``schema_version`` 1 is the first format ``pra`` has written, so the chain is
empty today; ``tests/store/test_migrations.py`` proves the mechanism with a
synthetic version-0 format. When the model changes shape, bump
``SCHEMA_VERSION`` and register the step here::

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
