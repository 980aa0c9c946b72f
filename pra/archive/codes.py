"""Pseudonymous participant codes: P0001, P0002 … stable within one archive.

Participants are numbered in the order the archive meets them: files in sorted
order, participants in register order. The same input therefore always gives
the same codes, and every table (and the pseudonymised copy of the file) names
a person by the same code. Only the current workshop's map is kept in memory:
a reference never crosses workshops, so memory stays flat however many there are.
"""

from __future__ import annotations

from collections.abc import Mapping

from pra.model import Workshop


class ParticipantCodes:
    """Hands out codes for the participants of one workshop after another."""

    def __init__(self, prefix: str = "P", width: int = 4) -> None:
        self._prefix = prefix
        self._width = width
        self._next = 1

    @property
    def issued(self) -> int:
        """How many codes have been handed out so far."""
        return self._next - 1

    def code(self, number: int) -> str:
        return f"{self._prefix}{number:0{self._width}d}"

    def for_workshop(self, ws: Workshop) -> Mapping[str, str]:
        """Participant id → code, for every participant of ``ws``, in register order."""
        start = self._next
        self._next += len(ws.participants)
        return {p.id: self.code(start + i) for i, p in enumerate(ws.participants)}
