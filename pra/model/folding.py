"""Text folded for matching names, with a map back to the original offsets.

A name is looked for in a *folded copy* of each text and replaced in the text
itself, so the original spelling, spacing and length of everything around it
stay as they were. Folding, one character cluster (a character and the
combining marks after it) at a time:

- compatibility normalisation and case folding (``ß`` → ``ss``, ``İ`` → ``i``,
  full-width letters → ASCII), then accents dropped (``é``, written composed or
  decomposed, → ``e``);
- any run of white space (spaces, tabs, line breaks, no-break spaces) → one space;
- invisible format characters (soft hyphen, zero-width space) → nothing.

Each character of the folded copy remembers the cluster it came from, so a
match in the copy is a span of the original (:meth:`Folded.span`), and a match
that would start or end inside a cluster (half of ``ß``'s ``ss``) is refused.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def fold(text: str) -> str:
    """``text`` folded as :class:`Folded` folds it (used for names and phrases looked for)."""
    return Folded.of(text).text


def _fold_cluster(cluster: str) -> str:
    decomposed = unicodedata.normalize("NFKD", cluster.casefold())
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of ``original``; ``starts[k]``/``ends[k]``: the cluster of folded char ``k``."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> Folded:
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i, n = 0, len(original)
        while i < n:
            j = i + 1
            if original[i].isspace():
                while j < n and original[j].isspace():
                    j += 1
                key = " "
            else:
                while j < n and unicodedata.combining(original[j]):
                    j += 1
                cluster = original[i:j]
                key = "" if unicodedata.category(cluster[0]) == "Cf" else _fold_cluster(cluster)
            out.append(key)
            starts.extend([i] * len(key))
            ends.extend([j] * len(key))
            i = j
        return cls(original, "".join(out), tuple(starts), tuple(ends))

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The original span of the folded span ``[start, end)``; ``None`` if it cuts a cluster."""
        if end <= start:
            return None
        if start > 0 and self.starts[start - 1] == self.starts[start]:
            return None
        if end < len(self.text) and self.starts[end] == self.starts[end - 1]:
            return None
        return self.starts[start], self.ends[end - 1]


def quick_fold(text: str) -> str:
    """``text`` case-folded, compatibility-decomposed and without accents, with no offset map.

    For a first look over a whole file: every folded name found in a text by
    :class:`Folded` has each of its words in ``quick_fold`` of that text.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
