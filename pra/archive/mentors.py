"""Mentors (pendamping) in a pseudonymised archive: a code per mentor instead of the name.

A mentor is a person, and the follow-up tables make a record of their work (the
groups they follow, their grades, repayment and attendance): a researcher comparing
mentors needs to tell them apart, not to know who they are. So in a pseudonymised
archive each mentor of a workshop gets a code, ``M1``, ``M2`` … in the order they
first appear in the file (the workshop's mentor, then each group's in the order of
the groups), and the code stands for the name wherever it is written: the mentor
fields themselves, the facilitators' list (a mentor may have facilitated the
workshop too), notes, problems, reflections, every free text. What the field adds
in brackets, the mentor's institution (``Hendra Saputra (Yayasan Bina Vitalis)`` →
``M1 (Yayasan Bina Vitalis)``), is kept, like a lender's institution.

The code belongs to the workshop (tables carry ``workshop_id`` beside it): it depends
on that file alone, never on the other files of the archive nor on a hash of the name
(a name is easily guessed and hashed again), so the same person following groups in two
workshops has a code in each. A name is looked for as a participant's is
(:class:`pra.archive.scrub.Finder`: folded, whole words, a one-word name only where it
is written as a name), without the titles it starts with (Pak, Bu, Drs. …); a first
name alone or a nickname is not recognised. A mentor field the search leaves unchanged
becomes the code alone, so the fields never keep a name.
"""

from __future__ import annotations

import re
from typing import Final

from pra.model import Workshop

_BRACKETS: Final = re.compile(r"\s*\([^()]*\)\s*$")


def mentor_code(n: int) -> str:
    """The code of the workshop's ``n``-th mentor (from 1)."""
    return f"M{n}"


def mentors(ws: Workshop) -> list[str]:
    """The mentor fields of ``ws``, each once, in the order they first appear."""
    fields = [ws.info.mentor, *(g.followup.mentor for g in ws.groups)]
    return list(dict.fromkeys(m.strip() for m in fields if m.strip()))


def person_of(field: str) -> str:
    """The person's name in a mentor field, without the institution in brackets after it."""
    return _BRACKETS.sub("", field).strip()


def without_mentors(ws: Workshop) -> Workshop:
    """``ws`` with each mentor's name replaced by the mentor's code in every text (the
    register of participants aside); ``ws`` itself without mentors."""
    from pra.archive.folding import fold
    from pra.archive.scrub import Finder, replace_found, without_titles

    fields = mentors(ws)
    if not fields:
        return ws
    names: dict[str, int] = {}
    for i, field in enumerate(fields):
        key = without_titles(fold(person_of(field)).strip())
        if key:
            names.setdefault(key, i)
    finder = Finder(names, {}, Finder.of(ws).phrases)
    codes = [mentor_code(i) for i in range(1, len(fields) + 1)]
    code_of = dict(zip(fields, codes, strict=True))
    data = ws.model_dump(mode="json")
    replace_found(data, finder, codes, skip=frozenset({"participants"}))

    def field_value(original: str, replaced: str) -> str:
        # a mentor field never keeps the name, even one the search does not recognise
        original = original.strip()
        if not original:
            return replaced
        return replaced if replaced != original else code_of[original]

    data["info"]["mentor"] = field_value(ws.info.mentor, data["info"]["mentor"])
    for group, dumped in zip(ws.groups, data["groups"], strict=True):
        follow = dumped["followup"]
        follow["mentor"] = field_value(group.followup.mentor, follow["mentor"])
    return Workshop.model_validate(data)
