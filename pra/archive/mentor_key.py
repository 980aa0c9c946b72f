"""A linking key for mentors across workshops, kept by the data steward outside the package.

Without it a mentor's code belongs to one workshop (``pra.archive.mentors``: ``M1``, ``M2`` …),
so a researcher cannot follow one person's groups across workshops. The steward may keep a
small CSV file, ``name,code`` a line (``Hendra Saputra,PD01``; a first line ``name,code`` or
``nama,kode`` is a header), and give it to ``pra archive --mentor-key FILE``: a mentor or
assessor whose name is in it gets its code in every workshop of the package, wherever the
per-workshop code would be written. A name is matched as ``pra.archive.mentors`` matches one
(folded, the titles before it and the institution in brackets after it aside); one written in
two ways may be given twice with the same code. The key itself is never written into the
package: only its codes, which is why a code must not be a name nor be read as another scheme's
code: 1 to 4 letters then 1 to 6 digits (a ``-`` or ``_`` between allowed), not ``M`` or ``A``
and digits alone (the per-workshop codes), nor ``W`` and digits (a workshop's code), and holding
no word of a name in the key. A file that cannot be read or breaks these rules is refused with
a sentence naming the line, before anything is written.

:attr:`MentorKey.digest` is part of the cache's layout key (``pra.archive.cache``): a run with
another key (or none) never reuses what a run with this one prepared. It is computed once a run.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from pra.errors import PraError
from pra.model.person_names import name_key

_SAFE: Final = re.compile(r"[A-Za-z]{1,4}[-_]?[0-9]{1,6}")
_OTHER_SCHEMES: Final = re.compile(r"[MAWmaw][0-9]+")
_HEADERS: Final = frozenset({("name", "code"), ("nama", "kode")})
_SALT: Final = b"pra archive mentor key"
_ROUNDS: Final = 200_000


@dataclass(frozen=True, slots=True)
class MentorKey:
    """Names (as :func:`pra.model.person_names.name_key` makes them) → their codes."""

    codes: Mapping[str, str]
    rows: tuple[tuple[int, str, str], ...] = field(default=(), compare=False)
    """``(line, name as written, code)`` of each row, to tell the steward which matched nobody
    (:func:`unmatched_rows`); never written into the package nor part of :attr:`digest`."""

    @property
    def digest(self) -> str:
        """A hash of the key's content, for the cache's layout key (never written elsewhere).

        The cache (``OUTDIR/.pra-cache``, never part of the shared package) holds only this,
        within its folder's name: a slow hash, so that confirming a guessed key against it
        (names are easily guessed, the codes are in the package) costs a guesser time."""
        text = json.dumps(sorted(self.codes.items()), ensure_ascii=False)
        return hashlib.pbkdf2_hmac("sha256", text.encode("utf-8"), _SALT, _ROUNDS).hex()


def read_mentor_key(path: Path) -> MentorKey:
    """The key in the CSV file ``path``; a :class:`PraError` saying what is wrong otherwise."""
    from pra.archive.report import display_name
    from pra.oserrors import os_reason

    file = display_name(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise PraError(
            "archive.mentor_key_unreadable", file=file, reason=os_reason(error)
        ) from None
    except UnicodeDecodeError:
        raise PraError("archive.mentor_key_not_text", file=file) from None
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error:
        raise PraError("archive.mentor_key_not_text", file=file) from None
    lines = [(n, row) for n, row in enumerate(rows, start=1) if any(c.strip() for c in row)]
    if lines and tuple(c.strip().casefold() for c in lines[0][1]) in _HEADERS:
        lines = lines[1:]
    if not lines:
        raise PraError("archive.mentor_key_empty", file=file)
    codes: dict[str, str] = {}
    line_of: dict[str, int] = {}
    written: list[tuple[int, str, str]] = []
    for n, row in lines:
        if len(row) != 2 or not row[0].strip() or not row[1].strip():
            raise PraError("archive.mentor_key_row", file=file, line=n)
        name, code = row[0].strip(), row[1].strip()
        key = name_key(name)
        if not key:
            raise PraError("archive.mentor_key_row", file=file, line=n)
        if key in codes and codes[key] != code:
            raise PraError(
                "archive.mentor_key_two_codes", file=file, line=n, first=line_of[key], name=name
            )
        codes[key] = code
        line_of.setdefault(key, n)
        written.append((n, name, code))
    words = {w for key in codes for w in key.split() if len(w) > 1}
    for key, code in codes.items():
        n = line_of[key]
        if not _SAFE.fullmatch(code) or _OTHER_SCHEMES.fullmatch(code):
            raise PraError("archive.mentor_key_bad_code", file=file, line=n, code=code)
        letters = "".join(c for c in code.casefold() if c.isalpha())
        if any(w == letters or (len(letters) > 2 and w.startswith(letters)) for w in words):
            raise PraError("archive.mentor_key_bad_code", file=file, line=n, code=code)
    return MentorKey(codes, tuple(written))


def unmatched_rows(key: MentorKey, found: Set[str]) -> list[tuple[int, str]]:
    """``(line, name)`` of each row of ``key`` whose code is not among the codes ``found`` in a
    package: a name that matched no mentor, assessor or text of any workshop archived."""
    return [(n, name) for n, name, code in key.rows if code not in found]


def codes_found(folders: Iterable[Path], key: MentorKey) -> set[str]:
    """The codes of ``key`` written somewhere in the files of ``folders`` (a package's ``data``
    and ``raw``), each as a whole code (``PD01``, not inside ``PD012``).

    Read from the package as written, so that it holds for workshops prepared in this run and
    those reused from the cache alike."""
    wanted = set(key.codes.values())
    alternatives = b"|".join(
        re.escape(code.encode()) for code in sorted(wanted, key=len, reverse=True)
    )
    pattern = re.compile(rb"(?<![A-Za-z0-9_-])(" + alternatives + rb")(?![A-Za-z0-9_-])")
    found: set[str] = set()
    for folder in folders:
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if not path.is_file():
                continue
            data = path.read_bytes()
            found.update(m.decode() for m in set(pattern.findall(data)))
            if found == wanted:
                return found
    return found
