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

The person who grades a group (an assessment's ``assessor``) is treated alike: her grade
is a record of her judgement as much as the mentor's work is. An assessor who is one of
the workshop's mentors (the same name, titles and institution aside) gets that mentor's
code; another gets ``A1``, ``A2`` … in the order the assessments appear
(``Rina Kartika (Dinas Sosial)`` → ``A1 (Dinas Sosial)``).

To compare mentors across workshops, the data steward may keep a key outside the package
(:mod:`pra.archive.mentor_key`, ``pra archive --mentor-key``): a person it names (matched by
:func:`name_key`) has the key's code in every workshop instead, and its names are looked for in
every text of every workshop; the others keep the workshop's codes, numbered as without a key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pra.model import Workshop

if TYPE_CHECKING:
    from pra.archive.mentor_key import MentorKey


def mentor_code(n: int) -> str:
    """The code of the workshop's ``n``-th mentor (from 1)."""
    return f"M{n}"


def assessor_code(n: int) -> str:
    """The code of the workshop's ``n``-th assessor who is not one of its mentors (from 1)."""
    return f"A{n}"


def mentors(ws: Workshop) -> list[str]:
    """The mentor fields of ``ws``, each once, in the order they first appear."""
    fields = [ws.info.mentor, *(g.followup.mentor for g in ws.groups)]
    return list(dict.fromkeys(m.strip() for m in fields if m.strip()))


def person_of(field: str) -> str:
    """The person's name in a mentor field, without the institution in brackets after it."""
    from pra.model.workshop import person_of as person

    return person(field)


def assessors(ws: Workshop) -> list[str]:
    """The assessor fields of ``ws``'s assessments, each once, in the order of the groups and
    their assessments."""
    fields = [a.assessor for g in ws.groups for a in g.followup.assessments]
    return list(dict.fromkeys(a.strip() for a in fields if a.strip()))


def name_key(field: str) -> str:
    """A mentor field's person as names are matched: folded, without the institution in
    brackets after the name and the titles before it."""
    from pra.archive.folding import fold
    from pra.model.titles import without_titles

    return without_titles(fold(person_of(field)).strip())


def without_mentors(ws: Workshop, key: MentorKey | None = None) -> Workshop:
    """``ws`` with each mentor's and assessor's name replaced by the code in every text (the
    register of participants aside); ``ws`` itself without mentors and assessors (nor a
    ``key``). With a steward's ``key`` (:mod:`pra.archive.mentor_key`) a person it names has
    its code instead of the workshop's, and its names are looked for in every text too."""
    from pra.archive.scrub import Finder, replace_found

    fields = mentors(ws)
    others = assessors(ws)
    linked = key.codes if key is not None else {}
    if not fields and not others and not linked:
        return ws
    codes = [mentor_code(i) for i in range(1, len(fields) + 1)]
    persons = [name_key(field) for field in fields]
    index_of = {field: i for i, field in enumerate(fields)}
    names: dict[str, int] = {}
    for i, person in enumerate(persons):
        if person:
            names.setdefault(person, i)
    for field in others:
        if field in index_of:
            continue
        person = name_key(field)
        if person in names:  # the mentor assessing: her own code
            index_of[field] = names[person]
            continue
        codes.append(assessor_code(len(codes) - len(fields) + 1))
        persons.append(person)
        index_of[field] = len(codes) - 1
        if person:
            names[person] = len(codes) - 1
    # the key's codes for its persons; the others keep the workshop's codes
    codes = [linked.get(person, code) for person, code in zip(persons, codes, strict=True)]
    for person, code in linked.items():
        if person not in names:
            names[person] = len(codes)
            codes.append(code)
    finder = Finder(names, {}, Finder.of(ws).phrases)
    data = ws.model_dump(mode="json")
    replace_found(data, finder, codes, skip=frozenset({"participants"}))

    def field_value(original: str, replaced: str) -> str:
        # a mentor's or assessor's field never keeps the name, even one the search does
        # not recognise
        original = original.strip()
        if not original:
            return replaced
        return replaced if replaced != original else codes[index_of[original]]

    data["info"]["mentor"] = field_value(ws.info.mentor, data["info"]["mentor"])
    for group, dumped in zip(ws.groups, data["groups"], strict=True):
        follow = dumped["followup"]
        follow["mentor"] = field_value(group.followup.mentor, follow["mentor"])
        for a, row in zip(group.followup.assessments, follow["assessments"], strict=True):
            row["assessor"] = field_value(a.assessor, row["assessor"])
    return Workshop.model_validate(data)
