"""Pseudonymous participant codes: P0001, P0002 … stable within one archive.

Participants are numbered in the order the archive meets them: files in sorted
order, participants in register order. The same input therefore always gives
the same codes, and every table (and the pseudonymised copy of the file) names
a person by the same code. Nothing but a counter is kept: a reference never
crosses workshops, so memory stays flat however many there are.
"""

from __future__ import annotations


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

    def peek(self, count: int) -> list[str]:
        """The codes :meth:`reserve` would hand out next, without handing them out."""
        return [self.code(self._next + i) for i in range(count)]

    def reserve(self, count: int) -> list[str]:
        """The codes of the next ``count`` participants, in register order."""
        codes = self.peek(count)
        self._next += count
        return codes
