"""Pseudonymous participant codes: ``W1a2b3c4d-P01``, a workshop's code and a register position.

A workshop's code is ``W`` and the first 8 hex digits of the SHA-256 of its id
(the id is unique in an archive: a second file with the same id is refused);
its participants are ``<workshop code>-P01``, ``-P02`` … in register order. A
code therefore depends on its own workshop alone: adding, removing or renaming
other files changes no code, so an incremental run (``pra.archive.cache``)
writes the rows and raw copies of unchanged files exactly as before, and a
person keeps their code when their workshop's file is edited (a follow-up
meeting added) as long as the register keeps its order.

The id is in the ``workshops`` table anyway, so its hash tells nothing new;
the code holds no name and no path. When two ids share their first 8 hex
digits, the workshop met later in file order takes 12, then 16 … (up to all
64) digits: the same input still gives the same codes, whatever the number of
processes. Memory: one short code per workshop archived.
"""

from __future__ import annotations

import hashlib
from typing import Final

SCHEME: Final = "W+sha256(id)[:8]-Pnn"
"""Names the scheme for the cache's layout key: entries made under another are not reused."""
_FIRST: Final = 8
_STEP: Final = 4


def _digest(workshop_id: str) -> str:
    return hashlib.sha256(workshop_id.encode("utf-8")).hexdigest()


def usual_code(workshop_id: str) -> str:
    """The code a workshop gets unless another's id shares the first digits of its hash."""
    return f"W{_digest(workshop_id)[:_FIRST]}"


def participant_code(workshop: str, position: int) -> str:
    """The code of the participant at ``position`` (from 1) in the register of ``workshop``."""
    return f"{workshop}-P{position:02d}"


class ParticipantCodes:
    """Hands out the codes of one workshop's participants after another."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def workshop(self, workshop_id: str) -> str:
        """The code :meth:`reserve` would give ``workshop_id`` now, without taking it."""
        digest = _digest(workshop_id)
        for size in range(_FIRST, len(digest) + 1, _STEP):
            code = f"W{digest[:size]}"
            if code not in self._taken:
                return code
        raise ValueError(workshop_id)  # only a second workshop with the same id (refused before)

    def peek(self, workshop_id: str, count: int) -> list[str]:
        """The codes :meth:`reserve` would hand out, without handing them out."""
        workshop = self.workshop(workshop_id)
        return [participant_code(workshop, k) for k in range(1, count + 1)]

    def reserve(self, workshop_id: str, count: int) -> tuple[str, list[str]]:
        """The workshop's code, and its ``count`` participants' codes in register order."""
        workshop = self.workshop(workshop_id)
        self._taken.add(workshop)
        return workshop, [participant_code(workshop, k) for k in range(1, count + 1)]
