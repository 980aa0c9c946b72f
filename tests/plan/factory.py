"""Small workshops for the planning tests, built from the model classes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pra.model import (
    DotBallot,
    DotVoting,
    Participant,
    Problem,
    ProblemVoting,
    Skill,
    Step,
    Workshop,
)


def people(n: int, rts: Sequence[str] = ("01",)) -> tuple[Participant, ...]:
    """``n`` participants ``p00``, ``p01`` … spread over ``rts`` in turn."""
    return tuple(
        Participant(id=f"p{i:02d}", name=f"Orang {i}", rt=rts[i % len(rts)]) for i in range(n)
    )


def problems(*titles: str) -> tuple[Problem, ...]:
    return tuple(Problem(id=f"m{i}", title=t) for i, t in enumerate(titles))


def ballots(rows: Mapping[str, Mapping[str, int]]) -> tuple[DotBallot, ...]:
    return tuple(DotBallot(participant_id=p, dots=dict(d)) for p, d in rows.items())


def voted(
    n_people: int,
    titles: Sequence[str],
    rows: Mapping[str, Mapping[str, int]],
    dots_per_person: int = 3,
) -> Workshop:
    """A valid workshop with ``n_people`` participants and dot ballots ``rows``."""
    return Workshop(
        id="ws",
        participants=people(n_people),
        problems=problems(*titles),
        voting=ProblemVoting(
            dots=DotVoting(dots_per_person=dots_per_person, ballots=ballots(rows))
        ),
    )


def skilled(
    holders: Mapping[str, Sequence[str]], participants: Sequence[Participant]
) -> tuple[Skill, ...]:
    """Skills named by the keys, held by the listed participant ids."""
    return tuple(
        Skill(id=f"sk-{i}", name=name, holder_ids=tuple(ids))
        for i, (name, ids) in enumerate(holders.items())
    )


def step(
    ref: str, duration: int = 1, deps: Sequence[str] = (), who: Sequence[str] = (), **kw: object
) -> Step:
    return Step.model_validate(
        {
            "id": ref,
            "title": f"Langkah {ref}",
            "duration": duration,
            "depends_on": tuple(deps),
            "responsible_ids": tuple(who),
            **kw,
        }
    )
