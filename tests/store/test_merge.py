"""Merging mentors' copies of one workshop file (pra.store.merge)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pra.edit import followup as fu
from pra.errors import PraError
from pra.model import Workshop
from pra.store import dumps
from pra.store.merge import Copy, merge

SEDAP = "g-sedap-malam"
JAYA = "g-jaya-bersama"


@pytest.fixture(scope="module")
def base(examples: dict[str, Workshop]) -> Workshop:
    return examples["palembang"]


@pytest.fixture(scope="module")
def hendra(base: Workshop) -> Workshop:
    """Hendra's copy: a meeting of Sedap Malam on 4 July 2004."""
    return fu.add_meeting(base, SEDAP, dt.date(2004, 7, 4))


@pytest.fixture(scope="module")
def yusnani(base: Workshop) -> Workshop:
    """Yusnani's copy: a meeting of Jaya Bersama on 5 July 2004 (the same new id, mt-1)."""
    return fu.add_meeting(base, JAYA, dt.date(2004, 7, 5))


def dates(ws: Workshop, group_id: str) -> list[dt.date]:
    group = ws.group(group_id)
    assert group is not None
    return [m.date for m in group.followup.meetings]


def test_each_mentors_group_meetings_are_united(
    base: Workshop, hendra: Workshop, yusnani: Workshop
) -> None:
    merged = merge([Copy("a.json", hendra), Copy("b.json", yusnani)])
    ws = merged.workshop
    assert dates(ws, SEDAP) == [*dates(base, SEDAP), dt.date(2004, 7, 4)]
    assert dates(ws, JAYA) == [*dates(base, JAYA), dt.date(2004, 7, 5)]
    assert merged.only_in == {
        "a.json": {"Kelompok Sedap Malam": {"meetings": 1}},
        "b.json": {"Kelompok Jaya Bersama": {"meetings": 1}},
    }
    # both copies numbered their new meeting the same; one of them got a fresh id
    new = [ws.group(g).followup.meetings[-1].id for g in (SEDAP, JAYA)]  # type: ignore[union-attr]
    assert len(set(new)) == 2
    assert merged.renumbered == 1


def test_two_mentors_of_one_group_each_add_a_meeting(base: Workshop, hendra: Workshop) -> None:
    zainal = fu.add_meeting(base, SEDAP, dt.date(2004, 7, 11), "visit")
    ws = merge([Copy("a.json", hendra), Copy("c.json", zainal)]).workshop
    assert dates(ws, SEDAP)[-2:] == [dt.date(2004, 7, 4), dt.date(2004, 7, 11)]


def test_a_meeting_recorded_differently_is_refused_naming_group_and_date(
    hendra: Workshop,
) -> None:
    meeting = hendra.group(SEDAP).followup.meetings[-1]  # type: ignore[union-attr]
    other = fu.update_meeting(hendra, SEDAP, meeting.id, notes="Hujan deras, sedikit yang datang.")
    with pytest.raises(PraError) as raised:
        merge([Copy("a.json", hendra), Copy("b.json", other)])
    said = raised.value.message("id")
    assert said.startswith(
        'Kelompok "Kelompok Sedap Malam": pertemuan kelompok tanggal 4 Juli 2004'
    )
    assert "a.json" in said and "b.json" in said
    assert "Date" not in raised.value.message("en")


def test_another_workshop_part_is_refused_naming_the_place(base: Workshop) -> None:
    group = base.group(SEDAP)
    assert group is not None
    renamed = base.model_copy(
        update={
            "groups": tuple(
                g.model_copy(update={"business": "Kue kering"}) if g.id == SEDAP else g
                for g in base.groups
            )
        }
    )
    with pytest.raises(PraError) as raised:
        merge([Copy("a.json", base), Copy("b.json", renamed)])
    assert raised.value.key == "merge.workshop_differs"
    assert 'kelompok "Kelompok Sedap Malam"' in raised.value.message("id")
    assert "business" in raised.value.message("id")


def test_another_workshop_is_refused(base: Workshop, examples: dict[str, Workshop]) -> None:
    with pytest.raises(PraError) as raised:
        merge([Copy("a.json", base), Copy("s.json", examples["surabaya"])])
    assert raised.value.key == "merge.other_workshop"


def test_a_single_field_filled_in_one_copy_is_taken_two_values_refused(base: Workshop) -> None:
    base = fu.set_reflection(base, SEDAP, "")  # the copies' common start: no reflection yet
    a = fu.set_reflection(base, SEDAP, "Kelompok makin kompak.")
    ws = merge([Copy("a.json", a), Copy("b.json", base)]).workshop
    assert ws.group(SEDAP).followup.reflection == "Kelompok makin kompak."  # type: ignore[union-attr]
    b = fu.set_reflection(base, SEDAP, "Perlu pendampingan pembukuan.")
    with pytest.raises(PraError) as raised:
        merge([Copy("a.json", a), Copy("b.json", b)])
    assert raised.value.key == "merge.field_conflict"


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from([SEDAP, JAYA]), st.integers(1, 60)),
        min_size=0,
        max_size=3,
        unique=True,
    ),
    st.lists(
        st.tuples(st.sampled_from([SEDAP, JAYA]), st.integers(1, 60)),
        min_size=0,
        max_size=3,
        unique=True,
    ),
)
def test_merge_is_itself_with_itself_and_ignores_the_order(
    base: Workshop, left: list[tuple[str, int]], right: list[tuple[str, int]]
) -> None:
    """Each copy adds meetings after the last shared one (4 July 2004 + days)."""

    def copy_with(meetings: list[tuple[str, int]]) -> Workshop:
        ws = base
        for group_id, days in meetings:
            ws = fu.add_meeting(ws, group_id, dt.date(2004, 7, 1) + dt.timedelta(days=days))
        return ws

    a, b = copy_with(left), copy_with(right)
    assert dumps(merge([Copy("a", a), Copy("a2", a)]).workshop) == dumps(a)
    if set(left) & set(right):  # the same meeting day in both: equal only by chance
        return
    ab = merge([Copy("a", a), Copy("b", b)]).workshop
    ba = merge([Copy("b", b), Copy("a", a)]).workshop
    assert dumps(ab) == dumps(ba)
    assert sum(len(g.followup.meetings) for g in ab.groups) == sum(
        len(g.followup.meetings) for g in base.groups
    ) + len(left) + len(right)


def test_a_participant_added_in_one_copy_is_named(base: Workshop) -> None:
    from pra.edit.participants import add_participant

    grown = add_participant(base, "Siti Aminah")
    for copies in (
        [Copy("a.json", base), Copy("b.json", grown)],
        [Copy("b.json", grown), Copy("a.json", base)],
    ):
        with pytest.raises(PraError) as raised:
            merge(copies)
        assert raised.value.key == "merge.workshop_differs"
        assert "Siti Aminah" in raised.value.message("id")


def test_two_records_of_one_day_in_one_copy_merge_with_themselves(base: Workshop) -> None:
    """Two assessments of one day by one assessor: matched by which of them they are."""
    group = base.group(SEDAP)
    assert group is not None
    first = group.followup.assessments[0]
    again = first.model_copy(update={"id": "as-again", "notes": "Dinilai ulang sore harinya."})
    followup = group.followup.model_copy(
        update={"assessments": (*group.followup.assessments, again)}
    )
    ws = base.model_copy(
        update={
            "groups": tuple(
                g.model_copy(update={"followup": followup}) if g.id == SEDAP else g
                for g in base.groups
            )
        }
    )
    assert dumps(merge([Copy("a", ws), Copy("b", ws)]).workshop) == dumps(ws)
