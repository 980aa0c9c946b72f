"""The files an archive run could not use, and why: written to ``data/skipped.csv``.

A file that fails to load or validate is never fatal: it is listed with the
sentence ``pra`` gives for it (the one ``pra check`` prints, the place in the
file and the problem) and the run goes on with the next file. The file is
named once, in the ``file`` column (and before the reason on the terminal),
never again inside the reason.

A reason never names a participant: a place such as *peserta "Rohani"* is
said by the participant's number in the register (*peserta 1*), and any
participant's name or phone number the file's register holds is replaced the
same way wherever else it appears in the sentence (a problem's title, a value
shown). The file is not archived, so its participants have no codes.

Names are stored as they can be written to a UTF-8 file or terminal: the bytes
of a file name that are not UTF-8 (a file copied from an old system) become
U+FFFD (:func:`display_name`), so such a name never stops the run.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pra.errors import PraError
from pra.i18n import Language, t
from pra.oserrors import os_reason
from pra.store.file_errors import FileProblem, WorkshopFileError

Register = Sequence[tuple[str, str | None]]
"""Each participant's (name, phone) as the file writes them, in register order."""

SkipKind = Literal["invalid", "scrub", "unexpected", "copy", "conflict"]
"""Why a file was left out: it could not be read or was not valid; its participants' names
could not be replaced in its free text; pra failed on it (a defect); it is a copy of a
workshop already archived (nothing lost); it is another version of one (a conflict)."""

SKIP_KINDS: tuple[SkipKind, ...] = ("invalid", "scrub", "unexpected", "copy", "conflict")
"""Every :data:`SkipKind`, in the order the package's README counts them."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file left out of the archive."""

    file: str
    reason: str
    kind: SkipKind = "invalid"


def display_name(path: Path | str) -> str:
    """``path`` as text that can always be written: bytes that are not UTF-8 shown as U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def writable(text: str) -> str:
    """``text`` that can be encoded as UTF-8: a lone surrogate left in it becomes ``?``."""
    return text.encode("utf-8", "replace").decode("utf-8")


def reason_for(error: Exception, lang: Language | None = None, register: Register = ()) -> str:
    """Why a file could not be used, without naming the file (the caller names it once).

    ``register``: the file's participants; none of their names or numbers is in the sentence.
    """
    text = _reason(error, lang)
    return without_people(text, register, lang) if register else text


def _reason(error: Exception, lang: Language | None) -> str:
    if isinstance(error, WorkshopFileError):
        first = _unnamed(error.problems[0])
        where, what = first.where(lang), first.what(lang)
        text = t("archive.at_place", lang=lang, place=where, what=what) if where else what
        if len(error.problems) > 1:
            text = t("store.more", lang=lang, first=text, count=len(error.problems) - 1)
        return text
    if isinstance(error, PraError):
        return error.message(lang)
    if isinstance(error, OSError):
        return t("archive.unreadable", lang=lang, error=os_reason(error).text(lang))
    lines = str(error).splitlines()
    return t("archive.unreadable", lang=lang, error=lines[0] if lines else type(error).__name__)


def skipped_for(path: Path | str, error: Exception) -> Skipped:
    """The report line for ``path``: the error's own sentence, without the file name or people."""
    register = () if isinstance(error, OSError) else register_of(path)
    return Skipped(display_name(path), reason_for(error, register=register))


def _unnamed(problem: FileProblem) -> FileProblem:
    """``problem`` with a participant's place said by number, not by name."""
    place = tuple(
        ("store.place.participant", {"n": params.get("n", "?")})
        if key == "store.place.participant_named"
        else (key, params)
        for key, params in problem.place
    )
    return dataclasses.replace(problem, place=place)


def register_of(path: Path | str) -> list[tuple[str, str | None]]:
    """The participants' names and phones of the file at ``path``, as far as it can be read."""
    try:
        data: Any = json.loads(Path(path).read_bytes())
    except (OSError, ValueError, RecursionError):
        return []
    people = data.get("participants") if isinstance(data, dict) else None
    if not isinstance(people, list):
        return []
    register: list[tuple[str, str | None]] = []
    for person in people:
        if isinstance(person, dict):
            name, phone = person.get("name"), person.get("phone")
            if isinstance(phone, int | float) and not isinstance(phone, bool):
                phone = str(phone)  # a number typed without quotes is still someone's number
            register.append(
                (name if isinstance(name, str) else "", phone if isinstance(phone, str) else None)
            )
    return register


def without_people(text: str, register: Register, lang: Language | None = None) -> str:
    """``text`` with every participant's name (every word of it) or number said by number."""
    from pra.archive.scrub import PHONE_MARK, Finder

    finder = Finder.for_people(register)
    parts: list[str] = []
    last = 0
    for start, end, owner in finder.spans(text):
        said = PHONE_MARK if owner is None else t("store.place.participant", lang=lang, n=owner + 1)
        parts += [text[last:start], said]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def unexpected(path: Path | str) -> Skipped:
    """The report line for a file that failed in a way pra did not foresee (a bug).

    Says nothing of the error itself: its text may quote the file's data
    (participants' names), and the report is printed and kept in ``skipped.csv``.
    """
    return Skipped(display_name(path), t("archive.unexpected"), "unexpected")


def duplicate(path: Path | str, workshop_id: str, first: Path | str) -> Skipped:
    """A second file with a workshop id already archived from ``first``, whose content is the
    same (a copy: nothing is lost); one whose content differs is a :func:`conflict`."""
    return Skipped(
        display_name(path),
        t("archive.duplicate", id=workshop_id, first=display_name(first)),
        "copy",
    )


def conflict(path: Path | str, workshop_id: str, first: Path | str) -> Skipped:
    """A second file with a workshop id already archived from ``first`` whose content differs:
    two versions of one workshop. Only ``first``'s is in the package; which one is the
    workshop's record is for the researcher to settle, so the run ends non-zero."""
    return Skipped(
        display_name(path),
        t("archive.conflict", id=workshop_id, first=display_name(first), file=display_name(path)),
        "conflict",
    )


def same_content(first: Path | str, second: Path | str) -> bool:
    """Whether two workshop files hold the same workshop: the same bytes, or the same JSON
    written another way (spacing, key order). A file that cannot be read counts as different."""
    try:
        one, two = Path(first).read_bytes(), Path(second).read_bytes()
        return one == two or json.loads(one) == json.loads(two)
    except (OSError, ValueError, RecursionError):
        return False
